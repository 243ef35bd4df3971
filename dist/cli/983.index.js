export const id = 983;
export const ids = [983];
export const modules = {

/***/ 35983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepOrphanProcesses: () => (/* binding */ sweepOrphanProcesses)
/* harmony export */ });
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74347);
/* harmony import */ var _supervisor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61320);
/**
 * `pikaci gc --processes`: stop the host-process job processes a killed runner left behind, found
 * by the `PIKACI_REMOTE_JOB=<run id>/<job id>` marker in their environment and judged by the one
 * rule in `src/records/` (`orphanJudge`).
 */


/** One line per marked process: `<pid> <seconds since it started> <marker value>` (Linux /proc). */
const SCAN_SCRIPT = [
    'set -u',
    'test -d /proc/self || { echo "no /proc on this host" >&2; exit 3; }',
    `grep -a -z -H '^${_supervisor_js__WEBPACK_IMPORTED_MODULE_1__/* .REMOTE_JOB_MARKER */ .GX}=' /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n' |`,
    'while IFS= read -r line; do',
    '  pid=${line#/proc/}; pid=${pid%%/*}',
    `  value=\${line#*:${_supervisor_js__WEBPACK_IMPORTED_MODULE_1__/* .REMOTE_JOB_MARKER */ .GX}=}`,
    '  age=$(ps -o etimes= -p "$pid" 2>/dev/null) || continue',
    '  echo "$pid" $age "$value"',
    'done',
].join('\n');
/** `$1` grace seconds, `$2` marker value, then pids: TERM, wait, KILL; only pids still marked so. */
const STOP_SCRIPT = [
    'set -u',
    'grace=$1 value=$2',
    'shift 2',
    `marked() { tr '\\0' '\\n' < "/proc/$1/environ" 2>/dev/null | grep -qxF "${_supervisor_js__WEBPACK_IMPORTED_MODULE_1__/* .REMOTE_JOB_MARKER */ .GX}=$value"; }`,
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
            const failed = stop.exitCode === 0 ? null : `stop failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(stop)})`;
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
    const scan = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .mustCapture */ .w8)(transport, `list processes marked ${_supervisor_js__WEBPACK_IMPORTED_MODULE_1__/* .REMOTE_JOB_MARKER */ .GX}`, (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shArgv */ .oV)(SCAN_SCRIPT));
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


/***/ })

};
