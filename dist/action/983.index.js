export const id = 983;
export const ids = [983];
export const modules = {

/***/ 35983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepOrphanProcesses: () => (/* binding */ sweepOrphanProcesses)
/* harmony export */ });
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95267);
/* harmony import */ var _supervisor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61320);
/**
 * `pikaci gc --processes`: stop the host-process job processes a killed runner left behind, found
 * by the `PIKACI_REMOTE_JOB=<run id>/<job id>` marker in their environment and judged by the one
 * rule in `src/records/` (`orphanJudge`).
 */


/** One line per marked process: `<pid> <seconds since it started> <marker value>` (Linux /proc). */
const SCAN_SCRIPT = [
    'set -u',
    'test -d /proc/self || { echo "no /proc on this host" >&2; exit 3; }',
    `grep -a -z -H '^${_supervisor_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOTE_JOB_MARKER */ .GX}=' /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n' |`,
    'while IFS= read -r line; do',
    '  pid=${line#/proc/}; pid=${pid%%/*}',
    `  value=\${line#*:${_supervisor_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOTE_JOB_MARKER */ .GX}=}`,
    '  age=$(ps -o etimes= -p "$pid" 2>/dev/null) || continue',
    '  echo "$pid" $age "$value"',
    'done',
].join('\n');
/** `$1` grace seconds, `$2` marker value, then pids: TERM, wait, KILL; only pids still marked so. */
const STOP_SCRIPT = [
    'set -u',
    'grace=$1 value=$2',
    'shift 2',
    `marked() { tr '\\0' '\\n' < "/proc/$1/environ" 2>/dev/null | grep -qxF "${_supervisor_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOTE_JOB_MARKER */ .GX}=$value"; }`,
    'for p; do marked "$p" && kill -s TERM "$p" 2>/dev/null; done',
    'waited=0',
    'while [ "$waited" -lt "$grace" ]; do',
    '  left=; for p; do marked "$p" && left=1; done',
    '  [ -z "$left" ] && exit 0',
    '  sleep 1; waited=$((waited + 1))',
    'done',
    'for p; do marked "$p" && kill -s KILL "$p" 2>/dev/null; done',
    'sleep 1',
    'left=; for p; do marked "$p" && left="$left $p"; done',
    '[ -z "$left" ] || { echo "still running:$left" >&2; exit 1; }',
].join('\n');
/** Seconds between TERM and KILL when `gc --processes` stops a leftover job. */
const STOP_GRACE_SECS = 5;
/**
 * Find processes marked `PIKACI_REMOTE_JOB` on the host and stop those whose run is over (or
 * unknown and older than the grace period, by the oldest process of the job). Linux hosts only:
 * the marker is read from /proc. Processes that cleared their environment cannot be found.
 */
async function sweepOrphanProcesses(transport, options) {
    const decisions = [];
    // A job still forking while it is stopped can leave a child the first pass did not see.
    for (let pass = 0; pass < 3; pass++) {
        const jobs = await scanMarkedProcesses(transport);
        let stopped = false;
        for (const [job, processes] of jobs) {
            const runId = job.slice(0, Math.max(0, job.indexOf('/')));
            if (options.run !== undefined && runId !== options.run)
                continue;
            const pids = processes.map((p) => p.pid);
            const ageSecs = Math.max(...processes.map((p) => p.ageSecs));
            const { orphan, reason } = await options.judge(runId, ageSecs);
            const earlier = decisions.find((d) => d.job === job);
            if (!orphan) {
                if (!earlier)
                    decisions.push({ job, runId, pids, action: 'kept', reason });
                continue;
            }
            if (options.dryRun) {
                if (!earlier)
                    decisions.push({ job, runId, pids, action: 'removed', reason });
                continue;
            }
            stopped = true;
            const stop = await transport.exec({
                argv: ['sh', '-c', STOP_SCRIPT, 'pikaci-gc-stop', String(STOP_GRACE_SECS), job, ...pids.map(String)],
            });
            const failed = stop.exitCode === 0 ? null : `stop failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(stop)})`;
            if (earlier) {
                earlier.pids.push(...pids);
                if (failed)
                    [earlier.action, earlier.reason] = ['kept', failed];
            }
            else {
                decisions.push({ job, runId, pids, action: failed ? 'kept' : 'removed', reason: failed ?? reason });
            }
        }
        if (!stopped)
            break;
    }
    return decisions.map((d) => ({
        action: d.action,
        line: `${d.action} job ${d.job} pids ${d.pids.join(',')} (run ${d.runId}: ${d.reason})`,
    }));
}
async function scanMarkedProcesses(transport) {
    const scan = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mustCapture */ .w8)(transport, `list processes marked ${_supervisor_js__WEBPACK_IMPORTED_MODULE_0__/* .REMOTE_JOB_MARKER */ .GX}`, (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shArgv */ .oV)(SCAN_SCRIPT));
    const jobs = new Map();
    for (const line of scan.stdout.split('\n')) {
        const match = /^(\d+) (\d+) (.+)$/.exec(line.trim());
        if (!match)
            continue;
        const [, pid, age, job] = match;
        const list = jobs.get(job) ?? [];
        list.push({ pid: Number(pid), ageSecs: Number(age) });
        jobs.set(job, list);
    }
    return jobs;
}


/***/ }),

/***/ 61320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ REMOTE_JOB_MARKER),
/* harmony export */   OC: () => (/* binding */ supervisedTransport)
/* harmony export */ });
/* unused harmony exports SUPERVISOR_GRACE_SECS, supervisedArgv */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A host-process job dies with its runner (README "Faults"). OpenSSH does not signal a session's
 * command when the client goes away without a pty, and a local process group outlives a killed
 * parent: either way a job whose runner was killed would keep running, reparented to PID 1, while
 * its concurrency group passes to the next run.
 *
 * So the job runs under a small POSIX sh supervisor on the placement host. The supervisor starts a
 * watcher that reads the channel's (locally: the pipe's) stdin, which the runner keeps open and
 * never writes to, then `exec`s the job: the job keeps the session's pid and process group (so the
 * transport's own stop path and exit status are unchanged) and reads /dev/null. When the channel closes — the job
 * ended, or the runner and its connection died — the watcher sees EOF, sends TERM to the job's
 * process group, waits up to the grace period for the job to exit, then KILLs the group (itself
 * included). The job and everything it starts carry `PIKACI_REMOTE_JOB=<run id>/<job id>` in their
 * environment, which `pikaci gc --processes` looks for.
 *
 * In a concurrency group the watcher also holds a shared `flock` on the group's jobs file until it
 * dies, i.e. until the job's process group has been stopped; the group's lock holder takes that
 * lock exclusively before it lets the group go (see `src/locks/`).
 */

/** The environment variable that marks every process of a host-process job (remote or local). */
const REMOTE_JOB_MARKER = 'PIKACI_REMOTE_JOB';
/** How long the watcher waits between TERM and KILL once the job's channel has closed. */
const SUPERVISOR_GRACE_SECS = 5;
/** `$1` job pid (= process group), `$2` grace seconds; stdin is the channel's. */
const WATCHER_SCRIPT = [
    "trap '' TERM INT HUP",
    'while read -r _; do :; done',
    'running() { s=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; case $s in Z*|"") return 1;; esac; }',
    'kill -s TERM -- "-$1" 2>/dev/null',
    'waited=0',
    'while running "$1" && [ "$waited" -lt "$2" ]; do sleep 1; waited=$((waited + 1)); done',
    'kill -s KILL -- "-$1" 2>/dev/null',
].join('\n');
/**
 * `$1` marker, `$2` grace seconds, `$3` shared-lock file or empty, `$4` watcher script, `$5` `own`
 * to start the watcher in a process group of its own (local jobs, see `SupervisorOptions.local`);
 * then the job argv.
 */
const SUPERVISOR_SCRIPT = [
    'set -u',
    'marker=$1 grace=$2 hold=$3 watcher=$4 group=$5',
    'shift 5',
    `export ${REMOTE_JOB_MARKER}="$marker"`,
    'if [ -n "$hold" ]; then exec 8>>"$hold" && flock -s 8; fi',
    'exec 3<&0 </dev/null',
    // sshd (and LocalTransport) start each command as its process group leader, and exec keeps this
    // pid for the job.
    'if [ "$group" = own ] && command -v setsid >/dev/null 2>&1; then',
    '  setsid sh -c "$watcher" pikaci-job-watch "$$" "$grace" <&3 >/dev/null 2>&1 &',
    'else',
    '  sh -c "$watcher" pikaci-job-watch "$$" "$grace" <&3 >/dev/null 2>&1 &',
    'fi',
    'exec 3<&- 8>&-',
    'exec "$@"',
].join('\n');
/** The argv that runs `argv` under the supervisor (pure). */
function supervisedArgv(argv, options) {
    return [
        'sh',
        '-c',
        SUPERVISOR_SCRIPT,
        'pikaci-job',
        options.marker,
        String(options.graceSecs ?? SUPERVISOR_GRACE_SECS),
        options.jobsLockFile ?? '',
        WATCHER_SCRIPT,
        options.local ? 'own' : 'job',
        ...argv,
    ];
}
/**
 * A transport whose commands run under the supervisor, with a stdin that stays open until the
 * command ends (the request's own stdin is replaced: the job reads /dev/null, as before).
 */
function supervisedTransport(transport, options) {
    return {
        placement: transport.placement,
        hostLabel: transport.hostLabel,
        async exec(request) {
            const channelStdin = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
            try {
                return await transport.exec({
                    ...request,
                    argv: supervisedArgv(request.argv, options),
                    stdin: channelStdin,
                });
            }
            finally {
                channelStdin.end();
            }
        },
        close: () => transport.close(),
    };
}


/***/ })

};
