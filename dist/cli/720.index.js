export const id = 720;
export const ids = [720];
export const modules = {

/***/ 18172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hostProcessBackend: () => (/* binding */ hostProcessBackend)
/* harmony export */ });
/* unused harmony export hostArgv */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54553);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15756);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21056);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22656);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32723);
/* harmony import */ var _supervisor_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61320);
/**
 * host_process (docs/upstream.md, executor 2, with the changes in docs/design.md): the job's command runs on its placement host
 * through the Transport, in a workspace the placement provides, with output streamed live to the terminal
 * and appended to host.log. Every ending — exit, timeout, cancellation, a command that cannot
 * start — is written to result.json, and the outcome is read back from it.
 */








const BASH = ['bash', '--noprofile', '--norc', '-lc'];
/** The argv a guest command runs as on the host; null for commands this runtime refuses. */
function hostArgv(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return [...BASH, guest.command];
        case 'shell_command_as_root':
            return null;
        case 'argv':
            return guest.argv;
        case 'exact_cargo_test':
        case 'package_unit_tests':
        case 'package_tests':
        case 'filtered_cargo_tests':
            return [...BASH, (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGuestCommand */ .Dw)(guest).command];
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .xb)(guest);
    }
}
function endingOf(result, timeoutSecs, workspace) {
    const { label } = workspace;
    if (result.cancelled)
        return { ok: false, message: 'cancelled', exitCode: null };
    if (result.timedOut)
        return { ok: false, message: `timed out after ${timeoutSecs}s`, exitCode: null };
    if (result.connectionLost) {
        return {
            ok: false,
            message: `infrastructure error: lost the connection to ${workspace.host}`,
            exitCode: null,
        };
    }
    if (result.exitCode === 0)
        return { ok: true, message: `${label} passed`, exitCode: 0 };
    if (result.exitCode !== null) {
        const hint = result.exitCode === 127 ? ' (command not found)' : '';
        return {
            ok: false,
            message: `${label} exited with ${result.exitCode}${hint}`,
            exitCode: result.exitCode,
        };
    }
    return { ok: false, message: `${label} was killed by ${result.signal ?? 'a signal'}`, exitCode: null };
}
/**
 * The job's whole environment (README "Security"): on this machine the allow-listed host variables
 * (a remote host's own login environment stands in for them), the CI context, the workspace's
 * variables, the job's `pass_env` variables and its declared secrets. Never the runner's environment as
 * a whole.
 */
function jobEnv(ctx, workspace) {
    const { host, context, passed, secrets } = ctx.environment;
    return {
        ...(workspace.onThisMachine ? host : {}),
        ...context,
        ...passed,
        ...workspace.env,
        ...secrets,
    };
}
/** The job's workspace on its host (the workspace seam), with a writable copy when the job asks. */
async function hostWorkspace(ctx, workDir) {
    const staged = await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .stageWorkspace */ .os)(ctx.transport, ctx.workspace, ctx.paths, {
        workDir,
        log: (line) => ctx.hostLog.line(line),
        signal: ctx.signal,
    });
    return {
        cwd: ctx.job.writable_workspace ? await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writableCopy */ .s5)(ctx.transport, staged) : staged.snapshotDir,
        env: {
            ARTIFACTS: staged.artifactsDir,
            CARGO_HOME: staged.cargoHomeDir,
            CARGO_TARGET_DIR: staged.cargoTargetDir,
        },
        label: staged.onThisMachine ? 'host-local command' : 'remote host-process command',
        host: ctx.transport.hostLabel,
        onThisMachine: staged.onThisMachine,
    };
}
async function runHostProcess(ctx, options) {
    const { job, hostLog, paths } = ctx;
    const timeoutSecs = job.timeout_secs;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(paths.artifactsDir, { recursive: true });
    const argv = hostArgv(job.guest_command);
    let ending;
    if (argv === null) {
        ending = {
            ok: false,
            message: 'host-process jobs do not support root commands (shell_command_as_root); use an incus or tart runtime',
            exitCode: null,
        };
        hostLog.line(`[pikaci] ${ending.message}`);
    }
    else {
        try {
            const workspace = await hostWorkspace(ctx, options.workDir);
            hostLog.line(`[pikaci] starting host-process job \`${job.id}\` on ${workspace.host} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_3__.rfc3339)()}`);
            hostLog.line(`[pikaci] ${workspace.label}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellJoin */ .nZ)(argv)}`);
            hostLog.line(`[pikaci] host-process workspace: ${workspace.cwd}`);
            const result = await jobTransport(ctx, workspace, options).exec({
                argv,
                cwd: workspace.cwd,
                env: jobEnv(ctx, workspace),
                inheritEnv: false,
                onStdout: (chunk) => {
                    hostLog.write(chunk);
                    ctx.output('stdout', chunk);
                },
                onStderr: (chunk) => {
                    hostLog.write(chunk);
                    ctx.output('stderr', chunk);
                },
                timeoutMs: timeoutSecs * 1000,
                signal: ctx.signal,
            });
            ending = endingOf(result, timeoutSecs, workspace);
            if (result.timedOut)
                hostLog.line(`[pikaci] timeout after ${timeoutSecs}s, killed ${workspace.label}`);
        }
        catch (error) {
            ending = { ok: false, message: `could not start the command: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, exitCode: null };
        }
        hostLog.line(`[pikaci] host-process job exited with ${ending.exitCode ?? 'no exit code'} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_3__.rfc3339)()}: ${ending.message}`);
    }
    await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeTerminalResult */ .Fy)(paths.resultJson, ending);
    return (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readTerminalResult */ .qq)(paths.resultJson);
}
/**
 * The job's command runs under the supervisor (`./supervisor.ts`), so it dies with its connection
 * or its runner; the workspace is prepared over the plain transport.
 */
function jobTransport(ctx, workspace, options) {
    if (options.unsupervised)
        return ctx.transport;
    return (0,_supervisor_js__WEBPACK_IMPORTED_MODULE_6__/* .supervisedTransport */ .OC)(ctx.transport, {
        marker: `${ctx.runId}/${ctx.job.id}`,
        jobsLockFile: options.jobsLockFile,
        local: workspace.onThisMachine,
    });
}
/** The host-process backend for one placement host (here, or reached over SSH). */
function hostProcessBackend(options = { workDir: _workspace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_WORK_DIR */ .gy, jobsLockFile: null }) {
    return { run: (ctx) => runHostProcess(ctx, options) };
}


/***/ }),

/***/ 97889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qQ: () => (/* reexport */ hostProcessModule),
  OC: () => (/* reexport */ supervisor/* supervisedTransport */.OC)
});

// UNUSED EXPORTS: REMOTE_JOB_MARKER, SUPERVISOR_GRACE_SECS, hostArgv, hostProcessBackend, supervisedArgv

;// CONCATENATED MODULE: ./src/backends/host-process/module.ts
const hostProcessModule = {
    runtime: 'host_process',
    settings: [],
    configure: () => ({}),
    complete: () => ({}),
    async create(_config, host) {
        const { hostProcessBackend } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18172));
        return {
            kind: 'ready',
            backend: hostProcessBackend({ workDir: host.workDir, jobsLockFile: host.jobsLockFile }),
        };
    },
    orphans: {
        flag: 'processes',
        description: 'stop leftover job processes (marked PIKACI_REMOTE_JOB) whose run is no longer running',
        async sweep(transport, _config, options) {
            const { sweepOrphanProcesses } = await __webpack_require__.e(/* import() */ 983).then(__webpack_require__.bind(__webpack_require__, 35983));
            return sweepOrphanProcesses(transport, options);
        },
    },
};

// EXTERNAL MODULE: ./src/backends/host-process/backend.ts
var backend = __webpack_require__(18172);
// EXTERNAL MODULE: ./src/backends/host-process/supervisor.ts
var supervisor = __webpack_require__(61320);
;// CONCATENATED MODULE: ./src/backends/host-process/index.ts
/** The host-process runtime: a job's command on its placement host, supervised, here or over SSH. */





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


/***/ }),

/***/ 44516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createIncusBackend: () => (/* binding */ createIncusBackend)
});

// UNUSED EXPORTS: DEFAULT_HOST_GRACE_SECS, runIncusJob

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/guest/index.ts + 4 modules
var src_guest = __webpack_require__(41341);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
// EXTERNAL MODULE: ./src/snapshot/index.ts + 7 modules
var src_snapshot = __webpack_require__(98616);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var src_transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/workspace/index.ts + 3 modules
var workspace = __webpack_require__(32723);
// EXTERNAL MODULE: ./src/runtime/index.ts + 6 modules
var runtime = __webpack_require__(22656);
// EXTERNAL MODULE: ./src/vm/index.ts + 6 modules
var vm = __webpack_require__(56345);
// EXTERNAL MODULE: ./src/backends/incus/cli.ts
var incus_cli = __webpack_require__(67576);
// EXTERNAL MODULE: ./src/backends/incus/instance.ts
var incus_instance = __webpack_require__(37843);
// EXTERNAL MODULE: ./src/backends/incus/naming.ts
var naming = __webpack_require__(69952);
;// CONCATENATED MODULE: ./src/backends/incus/phase-clock.ts
/**
 * Phase timings read from a script's markers (docs/design.md decision 7): a phase ends where the next
 * one begins, at the moment its marker arrived, so one host script can span several phases and each
 * is still timed honestly. A phase that was open when the job failed is recorded too.
 */

class PhaseClock {
    into;
    open;
    constructor(into) {
        this.into = into;
    }
    /** Closes the open phase at `at` and opens `phase` there. */
    enter(phase, at = Date.now()) {
        this.close(at);
        this.open = { phase, start: at };
    }
    current() {
        return this.open?.phase;
    }
    close(at = Date.now()) {
        if (!this.open)
            return;
        const { phase, start } = this.open;
        const end = Math.max(at, start);
        this.into.push({
            phase,
            started_at: (0,records.rfc3339)(new Date(start)),
            finished_at: (0,records.rfc3339)(new Date(end)),
            duration_ms: end - start,
        });
        this.open = undefined;
    }
}

// EXTERNAL MODULE: ./src/backends/incus/payload-manifest.ts
var payload_manifest = __webpack_require__(32844);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/backends/incus/script.ts
/**
 * One host script per Incus job (issue 13): a job opens one exec channel on its host for the look-ups,
 * create → start and the guest, plus the delete, instead of one per command, so a host whose login
 * shell is slow to start pays it twice, not a dozen times. The script says where it is with marker lines on
 * both stdout and stderr, `\x1f` `pikaci-<nonce> <words…>`, and the host reads each step's output, exit
 * status and timing from them as they stream. The nonce is random per script and never reaches the
 * guest's command line (the guest shell reads it from stdin), so the job's own output cannot forge a
 * marker.
 */


/** A random nonce for one script's markers. */
function newNonce() {
    return (0,external_node_crypto_.randomBytes)(16).toString('hex');
}
function markerPrefix(nonce) {
    return Buffer.from(`\x1fpikaci-${nonce} `, 'latin1');
}
/**
 * The shell functions every script starts with: `mark` (a marker on both streams), `sect` (a step
 * whose end and exit status are marked; the script goes on), `step` (the same, but the script stops
 * at the first failure), `catif` (a file's bytes, nothing when it is absent) and `resolve`
 * (`readlink -f` into `$r`, failing on an empty answer).
 */
function scriptPrelude(nonce) {
    return [
        'set -u',
        `N=${(0,util/* shellQuote */.ZL)(nonce)}`,
        `mark() { printf '\\037pikaci-%s %s\\n' "$N" "$*"; printf '\\037pikaci-%s %s\\n' "$N" "$*" >&2; }`,
        'sect() { s=$1; shift; mark begin "$s"; "$@" </dev/null; mark end "$s" "$?"; }',
        'step() { s=$1; shift; mark begin "$s"; "$@" </dev/null; rc=$?; mark end "$s" "$rc"; [ "$rc" -eq 0 ] || exit 1; }',
        'catif() { if test -f "$1"; then cat "$1"; fi; }',
        'resolve() { r=$(readlink -f "$1"); rc=$?; [ -n "$r" ] || rc=1; printf %s "$r"; return "$rc"; }',
    ].join('\n');
}
function renderArgv(argv) {
    return argv
        .map((arg) => (typeof arg === 'string' ? (0,util/* shellQuote */.ZL)(arg) : `${(0,util/* shellQuote */.ZL)(arg.prefix)}"$${arg.variable}"`))
        .join(' ');
}
/**
 * Splits one output stream of a marked script into data and markers, with bounded memory: only a
 * partial marker is held back (a chunk ending in `\x1f` plus the start of the prefix), so live
 * output is passed on as it comes. After a marker answered `'raw'`, everything passes through.
 */
class MarkerSplitter {
    events;
    pending = Buffer.alloc(0);
    raw = false;
    prefix;
    constructor(nonce, events) {
        this.events = events;
        this.prefix = markerPrefix(nonce);
    }
    push(chunk) {
        if (this.raw) {
            this.events.data(chunk);
            return;
        }
        let data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        this.pending = Buffer.alloc(0);
        for (;;) {
            const at = data.indexOf(this.prefix);
            if (at === -1)
                break;
            const newline = data.indexOf(0x0a, at + this.prefix.length);
            if (newline === -1) {
                if (at > 0)
                    this.events.data(data.subarray(0, at));
                this.pending = Buffer.from(data.subarray(at));
                return;
            }
            if (at > 0)
                this.events.data(data.subarray(0, at));
            const words = data
                .subarray(at + this.prefix.length, newline)
                .toString('utf8')
                .split(' ');
            data = data.subarray(newline + 1);
            if (this.events.marker(words) === 'raw') {
                this.raw = true;
                if (data.length > 0)
                    this.events.data(data);
                return;
            }
        }
        // Hold back a tail that may be the start of a marker cut by the chunk boundary.
        for (let unit = data.indexOf(0x1f, Math.max(0, data.length - this.prefix.length + 1)); unit !== -1;) {
            if (this.prefix.subarray(0, data.length - unit).equals(data.subarray(unit))) {
                if (unit > 0)
                    this.events.data(data.subarray(0, unit));
                this.pending = Buffer.from(data.subarray(unit));
                return;
            }
            unit = data.indexOf(0x1f, unit + 1);
        }
        if (data.length > 0)
            this.events.data(data);
    }
    /** The stream ended: a held-back tail was data after all. */
    end() {
        if (this.pending.length > 0)
            this.events.data(this.pending);
        this.pending = Buffer.alloc(0);
    }
}
function script_text(chunks) {
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Runs one marked script on `transport`: each stream's bytes go to the step its last `begin` marker
 * named (kept in `steps`; a script names each step once), or to the sink set for that stream (`sink`), which is how a script hands
 * live output (the guest runner's) to its reader.
 */
class MarkedScript {
    nonce;
    options;
    steps = new Map();
    current = { stdout: undefined, stderr: undefined };
    sinks = {
        stdout: undefined,
        stderr: undefined,
    };
    constructor(nonce, options = {}) {
        this.nonce = nonce;
        this.options = options;
    }
    /** Sends the rest of `stream` (until another sink is set) to `sink` instead of the current step. */
    sink(stream, sink) {
        this.sinks[stream] = sink;
    }
    /** The step named `id` (created empty when it has not begun). */
    step(id) {
        let step = this.steps.get(id);
        if (!step) {
            step = { stdout: [], stderr: [], began: false };
            this.steps.set(id, step);
        }
        return step;
    }
    run(transport, script) {
        const splitter = (stream) => new MarkerSplitter(this.nonce, {
            data: (chunk) => {
                const sink = this.sinks[stream];
                if (sink)
                    sink(chunk);
                else
                    this.current[stream]?.[stream].push(Buffer.from(chunk));
            },
            marker: (words) => this.marker(stream, words),
        });
        const out = splitter('stdout');
        const err = splitter('stderr');
        return transport
            .exec({
            argv: ['sh', '-c', script],
            ...(this.options.stdin === undefined ? {} : { stdin: this.options.stdin }),
            ...(this.options.signal ? { signal: this.options.signal } : {}),
            onStdout: (chunk) => out.push(chunk),
            onStderr: (chunk) => err.push(chunk),
        })
            .finally(() => {
            out.end();
            err.end();
        });
    }
    marker(stream, words) {
        const [kind, id, code] = words;
        const at = Date.now();
        if ((kind === 'begin' || kind === 'end') && id !== undefined) {
            const step = this.step(id);
            if (kind === 'begin') {
                this.current[stream] = step;
                if (stream === 'stdout') {
                    step.began = true;
                    step.beganAt = at;
                    this.options.onStep?.(id, step);
                }
            }
            else {
                this.current[stream] = undefined;
                if (stream === 'stdout') {
                    step.exitCode = Number(code);
                    step.endedAt = at;
                    this.options.onStep?.(id, step);
                }
            }
            return;
        }
        return this.options.onMarker?.(stream, words, at);
    }
}

;// CONCATENATED MODULE: ./src/backends/incus/backend.ts
/**
 * The Incus runtime (docs/upstream.md, executor 3, with docs/design.md decisions 1, 6, 7, 10): the
 * phase script of one job over its `IncusInstance` on the placement host, driven only through the
 * job's `Transport`, so local and remote placement share this code. Every phase is timed into the
 * execution record; the outcome comes from the guest's `result.json`. The instance is deleted by
 * `cleanup`, which the orchestrator runs on every path (`runWithCleanup`).
 *
 * The host sees one script per job (issue 13; `script.ts`), plus the delete: the look-ups (the
 * remote snapshot's marker, the image, a stale instance, the payload manifests), a pause on stdin
 * while this side validates them, then create → disks → start → one guest exec that writes the
 * request pair from stdin, runs the guest runner and streams its lifecycle files back as a tar.
 * Phase boundaries are the moments the script's markers arrive.
 */


















/** The host waits this long past the job timeout, so the guest's own `timeout` fires first (docs/design.md decision 6). */
const DEFAULT_HOST_GRACE_SECS = 30;
/** How long the lifecycle files may take to stream back after the runner's end marker. */
const COLLECT_TIMEOUT_MS = 120_000;
/** Where a writable-workspace job's read-only snapshot is mounted before its private copy is made. */
const SNAPSHOT_SOURCE_PATH = '/workspace/snapshot-source';
/** The Incus backend: `run` creates the job's instance, `cleanup` deletes it. */
function createIncusBackend(options) {
    // Each job's instance, from its `run` to its `cleanup`.
    const instances = new Map();
    const key = (ctx) => `${ctx.runId}\0${ctx.job.id}`;
    return {
        run(ctx) {
            const cli = new incus_cli/* IncusCli */.db(options.config, ctx.transport, ctx.hostLog);
            const instance = new incus_instance/* IncusInstance */.E(cli, ctx.runId, ctx.job.id, ctx.signal);
            instances.set(key(ctx), instance);
            return runPhases(ctx, cli, instance, options);
        },
        async cleanup(ctx) {
            const instance = instances.get(key(ctx));
            if (!instance)
                return;
            const removed = await instance.delete();
            instances.delete(key(ctx));
            switch (removed) {
                case 'never_created':
                    return;
                case 'deleted':
                    ctx.hostLog.line(`[pikaci] deleted Incus instance ${instance.name}`);
                    return;
                case 'absent':
                    ctx.hostLog.line(`[pikaci] Incus instance ${instance.name} was already gone`);
                    return;
                default:
                    return (0,util/* assertNever */.xb)(removed);
            }
        },
    };
}
/** One job on the Incus backend, its cleanup included (for callers without the orchestrator). */
function runIncusJob(ctx, options) {
    return runWithCleanup(createIncusBackend(options), ctx);
}
async function runPhases(ctx, cli, instance, options) {
    const { config } = options;
    const { job, transport, hostLog } = ctx;
    const host = transport.hostLabel;
    const record = {
        backend: 'incus',
        image: null,
        incus_image: null,
        phases: [],
    };
    const phases = new PhaseClock(record.phases);
    const graceSecs = options.hostGraceSecs ?? DEFAULT_HOST_GRACE_SECS;
    const outcome = await (0,vm/* settleVmJob */.cE)(ctx, async () => {
        try {
            return await phaseScript();
        }
        finally {
            phases.close();
        }
    });
    return { ...outcome, remote_linux_vm_execution: record };
    async function phaseScript() {
        // This machine keeps the job's files in the run directory (result.json, guest.log).
        phases.enter('prepare_directories');
        await (0,promises_.mkdir)(ctx.paths.artifactsDir, { recursive: true });
        // The workspace seam puts the run's snapshot on the host (published once per content hash over
        // SSH). Over SSH the look-up script reads the published snapshot's marker first; only when it
        // is not this content hash's does the seam run (and upload).
        phases.enter('stage_workspace_snapshot');
        const remote = transport.placement === 'remote_ssh';
        let staged = remote
            ? remoteStaged()
            : await (0,workspace/* stageWorkspace */.os)(transport, ctx.workspace, ctx.paths, stageOptions());
        if (!remote)
            phases.enter('prepare_runtime');
        const payloadLinks = payloadLinksOf(staged.jobDir);
        // The guest runner sets its own PATH, HOME and user; the job adds the CI context, its `pass_env`
        // variables and its secrets.
        const request = (0,src_guest/* buildGuestRequest */.C7)(job, {
            env: { ...ctx.environment.context, ...ctx.environment.passed, ...ctx.environment.secrets },
        });
        const launch = launcher(request.json + request.envFile, Buffer.byteLength(request.json), request.request.command);
        /** Runs at the look-ups' `ready` marker, the script waiting: nothing is created unless this returns. */
        const validate = async (lookup) => {
            if (remote) {
                const snapshot = lookup.step('look-snapshot');
                if (snapshotReusable(snapshot)) {
                    hostLog.line(`[pikaci] remote snapshot already available at ${staged.snapshotDir} (content hash ${ctx.workspace.contentHash})`);
                    phases.enter('prepare_runtime', snapshot.endedAt);
                }
                else {
                    staged = await (0,workspace/* stageWorkspace */.os)(transport, ctx.workspace, ctx.paths, stageOptions());
                    phases.enter('prepare_runtime');
                }
            }
            const images = imagesOf(lookup.step('look-images'));
            const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
            if (matching.length !== 1) {
                throw new vm/* VmFailure */.wY(matching.length === 0
                    ? `Incus image \`${config.image}\` is not available in project \`${config.project}\` on ${host}; import it first (for example \`${config.cli} image import meta.tar.gz rootfs.tar.gz --alias ${(0,util/* shellQuote */.ZL)(config.image)} --project ${(0,util/* shellQuote */.ZL)(config.project)}\`)`
                    : `Incus image \`${config.image}\` metadata from project \`${config.project}\` on ${host} returned multiple matching alias records`);
            }
            const fingerprint = matching[0].fingerprint;
            record.incus_image = { project: config.project, alias: config.image, fingerprint };
            record.image = { name: config.image, digest: fingerprint };
            hostLog.line(`[pikaci] Incus image \`${config.image}\` fingerprint=${fingerprint} on ${host}`);
            return [
                {
                    id: 'snapshot',
                    label: 'add snapshot disk device',
                    name: (0,naming/* mountDeviceName */.X2)('read_only_snapshot', staged.snapshotDir, src_guest/* GUEST_PATHS */.es.snapshot),
                    source: staged.snapshotDir,
                    path: job.writable_workspace ? SNAPSHOT_SOURCE_PATH : src_guest/* GUEST_PATHS */.es.snapshot,
                    readOnly: true,
                },
                ...payloadDisks(lookup, payloadLinks),
            ];
        };
        let attempt = await launch.run({
            lookups: lookupLines(remote ? staged.snapshotDir : undefined, payloadLinks),
            validate,
        });
        if (attempt.kind === 'not_ready') {
            // A container takes commands as soon as it starts: the guest exec is its own readiness probe.
            // Only when it is refused (a VM whose agent is still booting) does the bounded wait run.
            hostLog.line(`[pikaci] Incus instance ${instance.name} not ready yet (${(0,src_transport/* describeExit */.KE)(attempt.result)})`);
            await waitReady();
            attempt = await launch.run(undefined);
            if (attempt.kind === 'not_ready') {
                throw new incus_cli/* IncusCommandError */.Q2('write Incus guest request', host, {
                    ...attempt.result,
                    stdout: '',
                    stderr: attempt.stderr,
                });
            }
        }
        const run = attempt.result;
        const collect = () => (0,vm/* collectLifecycleFiles */.Y_)(instance, {
            stateDir: src_guest/* GUEST_PATHS */.es.runtimeStateDir,
            artifactsDir: ctx.paths.artifactsDir,
            log: hostLog,
            signal: ctx.signal,
            runtime: 'Incus',
            host,
        });
        if (attempt.kind === 'ended') {
            // The lifecycle files came back on the same exec, after the runner.
            await attempt.collected;
            return (0,vm/* readGuestOutcome */.P3)(ctx.paths.resultJson);
        }
        if (attempt.kind === 'cut' && attempt.hostTimerFired) {
            hostLog.line(`[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`);
            phases.enter('collect_artifacts');
            await collect();
            return (0,vm/* failedOutcome */.iS)(`timed out after ${job.timeout_secs}s`);
        }
        if (run.cancelled || ctx.signal.aborted)
            return (0,vm/* failedOutcome */.iS)('cancelled');
        if (run.connectionLost) {
            throw new vm/* VmFailure */.wY(`infrastructure error: lost the connection to ${host} while the guest was running`);
        }
        // The guest exec ended before the runner did (the guest went away): collect what is there.
        phases.enter('collect_artifacts');
        await collect();
        return (0,vm/* readGuestOutcome */.P3)(ctx.paths.resultJson);
    }
    function stageOptions() {
        return {
            workDir: config.work_dir,
            log: (line) => hostLog.line(line),
            signal: ctx.signal,
            snapshotOnly: true,
        };
    }
    /** Where the seam puts this job's snapshot and directory on the SSH host (`remoteLayout`). */
    function remoteStaged() {
        const layout = (0,workspace/* remoteLayout */.JS)(config.work_dir, ctx.workspace.runId, ctx.workspace.contentHash);
        return { snapshotDir: layout.snapshotDir, jobDir: layout.jobDir(external_node_path_.posix.basename(ctx.paths.jobDir)) };
    }
    /** Only a marker of this very content hash is reused here; every other case is the seam's to judge. */
    function snapshotReusable(snapshot) {
        const local = ctx.workspace.contentHash;
        if (local === null || snapshot.exitCode !== 0)
            return false;
        try {
            const parsed = src_snapshot/* SnapshotMetadataSchema */.D6.safeParse(JSON.parse(script_text(snapshot.stdout)));
            return parsed.success && parsed.data.content_hash === local;
        }
        catch {
            return false;
        }
    }
    /** The staged payload links of a staged job (`<job dir>/staged-linux-rust/<role>`), in spec order. */
    function payloadLinksOf(hostJobDir) {
        const staged = (0,model/* stagedLinuxCommand */.Md)(job);
        if (!staged)
            return [];
        return staged.payload_specs.map((spec) => ({
            output: spec.output_name,
            link: external_node_path_.posix.join(hostJobDir, 'staged-linux-rust', spec.role === 'workspace_deps' ? 'workspace-deps' : 'workspace-build'),
        }));
    }
    /**
     * The look-ups, the first part of the launch script: the published snapshot's marker (over SSH,
     * with its parent directory made), the image records, each payload's resolved root and manifest,
     * and (alongside, its outcome does not matter) the removal of what a previous attempt of this run
     * and job left. Each is a step the script reports and goes past.
     */
    function lookupLines(snapshotDir, payloads) {
        const lines = [];
        if (snapshotDir !== undefined) {
            const marker = external_node_path_.posix.join(snapshotDir, src_snapshot/* SNAPSHOT_METADATA_FILE */.mh);
            lines.push(`snapshot() { mkdir -p ${(0,util/* shellQuote */.ZL)(external_node_path_.posix.dirname(snapshotDir))} && catif ${(0,util/* shellQuote */.ZL)(marker)}; }`, 'sect look-snapshot snapshot');
        }
        lines.push(`${renderArgv(instance.staleDeleteArgv())} </dev/null >/dev/null 2>&1 & stale=$!`, `sect look-images ${renderArgv(cli.argv(['image', 'list'], config.image, '--format', 'json'))}`);
        payloads.forEach(({ link }, index) => {
            lines.push(`sect look-root${index} resolve ${(0,util/* shellQuote */.ZL)(link)}`, `sect look-manifest${index} catif "$r"/${(0,util/* shellQuote */.ZL)(payload_manifest/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD)}`);
        });
        lines.push('wait "$stale"');
        return lines;
    }
    function imagesOf(images) {
        if (images.exitCode === undefined) {
            throw new vm/* VmFailure */.wY(`list Incus images in project \`${config.project}\` on ${host} did not finish`);
        }
        if (images.exitCode === 127) {
            throw new vm/* VmFailure */.wY(`cannot run the Incus CLI \`${config.cli}\` on ${host}: command not found: ${config.cli}${(0,incus_cli/* stderrTail */.be)(script_text(images.stderr))}; install Incus there, or choose the CLI with --incus-cli (\`lxc\` for LXD)`);
        }
        if (images.exitCode !== 0) {
            throw new vm/* VmFailure */.wY(`failed to list Incus images in project \`${config.project}\` on ${host} (exit code ${images.exitCode})${(0,incus_cli/* stderrTail */.be)(script_text(images.stderr))}`);
        }
        try {
            return JSON.parse(script_text(images.stdout));
        }
        catch (error) {
            throw new vm/* VmFailure */.wY(`decode Incus image list from ${host}: ${String(error)}`);
        }
    }
    /** Prepared payload mounts of a staged job, every manifest validated before anything is created. */
    function payloadDisks(lookup, links) {
        const disks = [];
        links.forEach(({ output, link }, index) => {
            const resolved = lookup.step(`look-root${index}`);
            if (resolved.exitCode !== 0) {
                throw new vm/* VmFailure */.wY(`prepared output \`${output}\` is missing at ${link} on ${host}; its prepare node must build it first`);
            }
            const root = script_text(resolved.stdout);
            const manifestPath = external_node_path_.posix.join(root, payload_manifest/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD);
            const read = lookup.step(`look-manifest${index}`);
            if (read.exitCode !== 0) {
                throw new vm/* VmFailure */.wY(`read payload manifest ${manifestPath} on ${host} failed (exit code ${String(read.exitCode ?? 'unknown')})${(0,incus_cli/* stderrTail */.be)(script_text(read.stderr))}`);
            }
            const manifest = script_text(read.stdout);
            if (manifest.trim() === '')
                throw new vm/* VmFailure */.wY(`missing payload manifest for staged output ${root}`);
            for (const mount of (0,payload_manifest/* planDeclaredMounts */.up)(root, (0,payload_manifest/* parsePayloadManifest */.vc)(manifest, manifestPath))) {
                disks.push({
                    id: `payload${disks.length}`,
                    label: `add payload disk device \`${mount.deviceName}\``,
                    name: mount.deviceName,
                    source: mount.source,
                    path: mount.guestPath,
                    readOnly: mount.readOnly,
                    root,
                });
            }
        });
        return disks;
    }
    async function waitReady() {
        const limit = config.readiness_timeout_secs;
        hostLog.line(`[pikaci] wait for Incus instance ${instance.name} readiness (up to ${limit}s)`);
        const readiness = await (0,vm/* waitUntilReady */.bs)((remainingMs) => instance.capture(['true'], { timeoutMs: remainingMs }), {
            timeoutSecs: limit,
            signal: ctx.signal,
        });
        switch (readiness) {
            case 'ready':
                return;
            case 'cancelled':
                throw new vm/* VmFailure */.wY('cancelled');
            case 'connection_lost':
                throw new vm/* VmFailure */.wY(`lost the connection to ${host} while waiting for the instance`);
            case 'timed_out':
                throw new vm/* VmFailure */.wY(`Incus instance ${instance.name} did not become ready within ${limit}s`);
            default:
                return (0,util/* assertNever */.xb)(readiness);
        }
    }
    /**
     * The launch script, one exec channel. The first attempt starts with the look-ups, prints `ready`
     * and waits on stdin: this side validates them (and publishes the snapshot when it must) and only
     * then sends the rest of the script (resolve every disk source and check payload sources stay in
     * their root, create, add the disks, start), or an empty one, which ends it with nothing created.
     * Both attempts end in one guest exec that reads the nonce and the request pair from the same stdin
     * (never a command line: the pair carries the job's secrets), makes the writable copy when asked,
     * pushes the runner when the image lacks it, runs it, and streams the lifecycle files back as a tar
     * after the runner's end marker.
     */
    function launcher(requestBytes, jsonLength, command) {
        // Static and large: in the script's argv as variables, so what goes through stdin stays small.
        const guestLine = `exec ${renderArgv([
            ...instance.execArgv(['sh', '-c']),
            { prefix: '', variable: 'G' },
            'sh',
            String(jsonLength),
            { prefix: '', variable: 'R' },
        ])}`;
        const statics = [`G=${(0,util/* shellQuote */.ZL)(guestLaunchScript())}`, `R=${(0,util/* shellQuote */.ZL)((0,src_guest/* guestRunnerScript */.iF)())}`];
        /** Resolve, check, create, add disks, start; fills `logged` with what host.log shows of each. */
        function createLines(disks, logged) {
            const lines = [];
            disks.forEach((disk) => {
                const variable = disk.id;
                lines.push(`step resolve-${disk.id} resolve ${(0,util/* shellQuote */.ZL)(disk.source)}; ${variable}=$r`);
                if (disk.root !== undefined) {
                    const prefix = disk.root.endsWith('/') ? disk.root : `${disk.root}/`;
                    lines.push(`case "$${variable}" in ${(0,util/* shellQuote */.ZL)(disk.root)}|${(0,util/* shellQuote */.ZL)(prefix)}*) ;; *) mark escapes ${disk.id}; exit 1 ;; esac`);
                }
            });
            const create = (0,incus_cli/* initArgv */.NS)(config, instance.name, ctx.runId, job.id);
            logged.set('create', { label: 'create Incus instance', argv: create });
            lines.push(`step create ${renderArgv(create)}`);
            disks.forEach((disk) => {
                // The source is what the script resolved into the variable named after the disk.
                const source = `\0${disk.id}`;
                const argv = (0,incus_cli/* diskDeviceArgv */.Cc)(config, instance.name, { ...disk, source }).map((arg) => arg === `source=${source}` ? { prefix: 'source=', variable: disk.id } : arg);
                logged.set(disk.id, { label: disk.label, argv });
                lines.push(`step ${disk.id} ${renderArgv(argv)}`);
            });
            const start = cli.argv(['start'], instance.name);
            logged.set('start', { label: 'start Incus instance', argv: start });
            lines.push(`step start ${renderArgv(start)}`);
            return lines;
        }
        return {
            async run(first) {
                const nonce = newNonce();
                const logged = new Map();
                const lines = [scriptPrelude(nonce), ...statics];
                const stdin = first ? new external_node_stream_.PassThrough() : `${nonce}\n${requestBytes}`;
                let ready = false;
                let planned = [];
                let validation;
                let invalid;
                if (first) {
                    lines.push(...first.lookups, 'mark ready', 'IFS= read -r len || exit 0', '[ "$len" -gt 0 ] 2>/dev/null || exit 0', 'rest=$(dd bs=1 count="$len" 2>/dev/null) || exit 1', 'eval "$rest"');
                }
                else {
                    lines.push('mark begin guest', guestLine);
                }
                const proceed = (lookup, input, validate) => {
                    validation = validate(lookup).then((disks) => {
                        planned = disks;
                        instance.creating();
                        const rest = [...createLines(disks, logged), 'mark begin guest', guestLine].join('\n');
                        input.end(`${Buffer.byteLength(rest)}\n${rest}${nonce}\n${requestBytes}`);
                    }, (error) => {
                        invalid = { error };
                        input.end('0\n');
                    });
                };
                const resolved = new Map();
                const runnerOut = new vm/* LineSplitter */.g3('[runner:stdout] ', (line) => hostLog.write(line));
                const runnerErr = new vm/* LineSplitter */.g3('[runner:stderr] ', (line) => hostLog.write(line));
                const collector = new StreamedGuestFiles();
                const hostTimer = new AbortController();
                let timer;
                let collectTimedOut = false;
                let started = false;
                let ended;
                let escaped;
                let collected;
                let unlogged;
                const logOutput = () => {
                    if (unlogged === undefined)
                        return;
                    const step = script.step(unlogged);
                    if (step.stdout.length > 0)
                        hostLog.write(script_text(step.stdout));
                    if (step.stderr.length > 0)
                        hostLog.write(script_text(step.stderr));
                    unlogged = undefined;
                };
                const script = new MarkedScript(nonce, {
                    stdin,
                    signal: AbortSignal.any([ctx.signal, hostTimer.signal]),
                    onStep(id, step) {
                        if (step.exitCode === undefined) {
                            logOutput();
                            const shown = logged.get(id);
                            if (shown) {
                                hostLog.line(`[pikaci] ${shown.label}: ${(0,util/* shellJoin */.nZ)(shown.argv.map((arg) => shownArg(arg, resolved)))}`);
                                unlogged = id;
                            }
                            if (id === 'guest' && phases.current() !== 'launch_guest') {
                                phases.enter('launch_guest', step.beganAt);
                            }
                        }
                        else if (id.startsWith('resolve-') && step.exitCode === 0) {
                            resolved.set(id, script_text(step.stdout));
                        }
                    },
                    onMarker(stream, words, at) {
                        const [kind, value] = words;
                        if (kind === 'ready' && stream === 'stdout' && first && typeof stdin !== 'string') {
                            ready = true;
                            proceed(script, stdin, first.validate);
                        }
                        else if (kind === 'escapes') {
                            escaped = value;
                        }
                        else if (kind === 'started') {
                            if (stream === 'stderr') {
                                script.sink('stderr', (chunk) => {
                                    runnerErr.push(chunk);
                                    ctx.output('stderr', chunk);
                                });
                                return;
                            }
                            started = true;
                            hostLog.line('[pikaci] wrote Incus guest request');
                            hostLog.line(`[pikaci] starting Incus guest runner ${words.slice(1).join(' ')} for job \`${job.id}\` on ${host} at ${(0,records.rfc3339)()}: ${command}`);
                            phases.enter('wait_for_completion', at);
                            timer = setTimeout(() => hostTimer.abort(), (job.timeout_secs + graceSecs) * 1000);
                            script.sink('stdout', (chunk) => {
                                runnerOut.push(chunk);
                                ctx.output('stdout', chunk);
                            });
                        }
                        else if (kind === 'ended') {
                            if (stream === 'stderr') {
                                runnerErr.end();
                                script.sink('stderr', (chunk) => collector.stderr(chunk));
                                return;
                            }
                            clearTimeout(timer);
                            // The files after the runner get the bound a separate collect exec has.
                            timer = setTimeout(() => {
                                collectTimedOut = true;
                                hostTimer.abort();
                            }, COLLECT_TIMEOUT_MS);
                            runnerOut.end();
                            ended = Number(value);
                            hostLog.line(`[pikaci] Incus guest runner ended (exit code ${ended}) at ${(0,records.rfc3339)(new Date(at))}`);
                            phases.enter('collect_artifacts', at);
                            script.sink('stdout', (chunk) => collector.stdout(chunk));
                            collected = (0,vm/* collectLifecycleFiles */.Y_)(collector, {
                                stateDir: src_guest/* GUEST_PATHS */.es.runtimeStateDir,
                                artifactsDir: ctx.paths.artifactsDir,
                                log: hostLog,
                                signal: ctx.signal,
                                runtime: 'Incus',
                                host,
                            });
                            // Settled by the caller; a failure here must not go unhandled meanwhile.
                            collected.catch(() => undefined);
                            return 'raw';
                        }
                    },
                });
                const result = await script.run(transport, lines.join('\n'));
                if (typeof stdin !== 'string' && !stdin.writableEnded)
                    stdin.end();
                await validation;
                clearTimeout(timer);
                collector.finish(collectTimedOut ? { ...result, cancelled: false, timedOut: true } : result);
                logOutput();
                runnerOut.end();
                runnerErr.end();
                if (started && ended !== undefined && collected)
                    return { kind: 'ended', result, collected };
                if (started) {
                    hostLog.line(`[pikaci] Incus guest runner ended (${(0,src_transport/* describeExit */.KE)(result)}) at ${(0,records.rfc3339)()}`);
                    return { kind: 'cut', result, hostTimerFired: hostTimer.signal.aborted && !ctx.signal.aborted };
                }
                if (invalid)
                    throw invalid.error;
                if (result.cancelled || ctx.signal.aborted)
                    throw new vm/* VmFailure */.wY('cancelled');
                if (first && !ready) {
                    throw new vm/* VmFailure */.wY(`look up Incus state on ${host} failed (${(0,src_transport/* describeExit */.KE)(result)})${(0,incus_cli/* stderrTail */.be)(script_text(script.step('look-images').stderr))}`);
                }
                // Which host step failed, and why. Only a first attempt that ran to its end may learn that
                // nothing was created (a retry finds it made; a cut-off script may have run `init` unseen).
                const create = script.steps.get('create');
                const createFailed = create?.began === true && create.exitCode !== undefined && create.exitCode !== 0;
                if (first && result.exitCode !== null && (!create?.began || createFailed)) {
                    instance.createdNothing();
                }
                if (escaped !== undefined) {
                    const disk = planned.find((d) => d.id === escaped);
                    const source = script_text(script.step(`resolve-${escaped}`).stdout);
                    if (disk?.root !== undefined)
                        (0,payload_manifest/* assertWithinRoot */.cP)(disk.root, source, disk.name);
                    throw new vm/* VmFailure */.wY(`payload mount \`${disk?.name ?? escaped}\` escapes its root (${source})`);
                }
                for (const [id, step] of script.steps) {
                    const launchStep = logged.has(id) || id.startsWith('resolve-');
                    if (!launchStep || !step.began || step.exitCode === 0)
                        continue;
                    const how = step.exitCode === undefined ? result : { ...result, exitCode: step.exitCode };
                    if (id.startsWith('resolve-')) {
                        const disk = planned.find((d) => `resolve-${d.id}` === id);
                        throw new vm/* VmFailure */.wY(`failed to resolve path ${disk?.source ?? id} on ${host} (${(0,src_transport/* describeExit */.KE)(how)})`);
                    }
                    throw new incus_cli/* IncusCommandError */.Q2(logged.get(id)?.label ?? id, host, {
                        ...how,
                        stdout: script_text(step.stdout),
                        stderr: script_text(step.stderr),
                    });
                }
                const guest = script.steps.get('guest');
                if (guest?.began)
                    return { kind: 'not_ready', result, stderr: script_text(guest.stderr) };
                throw new vm/* VmFailure */.wY(`launch the Incus instance on ${host} failed (${(0,src_transport/* describeExit */.KE)(result)})`);
            },
        };
    }
    /** The guest side of the launch (POSIX sh; busybox and dash). Its argv carries no secret and no nonce. */
    function guestLaunchScript() {
        const q = util/* shellQuote */.ZL;
        const names = vm/* LIFECYCLE_FILES */.th.map(([from]) => q(from)).join(' ');
        return [
            'IFS= read -r N || exit 97',
            `mkdir -p ${q(src_guest/* GUEST_PATHS */.es.runtimeStateDir)} || exit 98`,
            `dd of=${q(src_guest/* GUEST_PATHS */.es.request)} bs=1 count="$1" 2>/dev/null || exit 98`,
            `cat > ${q(src_guest/* GUEST_PATHS */.es.requestEnv)} || exit 98`,
            ...(job.writable_workspace
                ? [
                    `mkdir -p ${q(src_guest/* GUEST_PATHS */.es.snapshot)} || exit 98`,
                    `cp -a ${q(`${SNAPSHOT_SOURCE_PATH}/.`)} ${q(src_guest/* GUEST_PATHS */.es.snapshot)} || exit 98`,
                    `chown -R 1000 ${q(src_guest/* GUEST_PATHS */.es.snapshot)} 2>/dev/null`,
                ]
                : []),
            `if [ -x ${q(src_guest/* GUEST_PATHS */.es.runner)} ]; then r=${q(src_guest/* GUEST_PATHS */.es.runner)}; else`,
            `  mkdir -p ${q(external_node_path_.posix.dirname(src_guest/* GUEST_PATHS */.es.pushedRunner))} || exit 98`,
            `  printf '%s' "$2" > ${q(src_guest/* GUEST_PATHS */.es.pushedRunner)} && chmod 755 ${q(src_guest/* GUEST_PATHS */.es.pushedRunner)} || exit 98`,
            `  r=${q(src_guest/* GUEST_PATHS */.es.pushedRunner)}`,
            'fi',
            `printf '\\037pikaci-%s started %s\\n' "$N" "$r"; printf '\\037pikaci-%s started\\n' "$N" >&2`,
            `"$r" ${q(src_guest/* GUEST_PATHS */.es.request)} </dev/null`,
            'rc=$?',
            `printf '\\037pikaci-%s ended %s\\n' "$N" "$rc"; printf '\\037pikaci-%s ended %s\\n' "$N" "$rc" >&2`,
            `cd ${q(src_guest/* GUEST_PATHS */.es.runtimeStateDir)} && set -- && for f in ${names}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`,
        ].join('\n');
    }
}
/** How a script argument appears in host.log: a computed value shown as it was resolved. */
function shownArg(arg, resolved) {
    return typeof arg === 'string'
        ? arg
        : `${arg.prefix}${resolved.get(`resolve-${arg.variable}`) ?? `$${arg.variable}`}`;
}
/**
 * The lifecycle files' tar as it streams in after the runner's end marker, offered as a `Guest`
 * exec, so `collectLifecycleFiles` unpacks, places and redacts them exactly as it does for a
 * separate collect exec (which the timeout path still uses).
 */
class StreamedGuestFiles {
    held = [];
    request;
    result;
    settle;
    stdout(chunk) {
        if (this.request)
            this.request.onStdout?.(chunk);
        else
            this.held.push(['stdout', Buffer.from(chunk)]);
    }
    stderr(chunk) {
        if (this.request)
            this.request.onStderr?.(chunk);
        else
            this.held.push(['stderr', Buffer.from(chunk)]);
    }
    finish(result) {
        this.result = result;
        this.settle?.(result);
    }
    exec(request) {
        this.request = request;
        for (const [stream, chunk] of this.held.splice(0)) {
            if (stream === 'stdout')
                request.onStdout?.(chunk);
            else
                request.onStderr?.(chunk);
        }
        if (this.result)
            return Promise.resolve(this.result);
        return new Promise((resolve) => {
            this.settle = resolve;
        });
    }
}


/***/ }),

/***/ 67576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ diskDeviceArgv),
/* harmony export */   NS: () => (/* binding */ initArgv),
/* harmony export */   Q2: () => (/* binding */ IncusCommandError),
/* harmony export */   Vo: () => (/* binding */ incusArgv),
/* harmony export */   be: () => (/* binding */ stderrTail),
/* harmony export */   db: () => (/* binding */ IncusCli)
/* harmony export */ });
/* unused harmony export limitConfig */
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15756);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56345);



/** argv of one Incus CLI invocation: `[sudo -n] <cli> <args...>`; `--project` goes after the verb. */
function incusArgv(config, verb, ...rest) {
    return [...(config.sudo ? ['sudo', '-n'] : []), config.cli, ...verb, '--project', config.project, ...rest];
}
/** `limits.*` config keys in sorted order, only those present. */
function limitConfig(config) {
    const entries = [];
    if (config.limits.cpu !== undefined)
        entries.push(['limits.cpu', String(config.limits.cpu)]);
    if (config.limits.memory !== undefined)
        entries.push(['limits.memory', config.limits.memory]);
    entries.sort(([a], [b]) => a.localeCompare(b));
    return entries.flatMap(([key, value]) => ['--config', `${key}=${value}`]);
}
/**
 * `config device add` argv for a disk. Properties sorted by key; `readonly=true` only when read-only;
 * `io.bus=virtiofs` only for VMs (containers bind-mount and reject the key); `shift=false` last.
 */
function diskDeviceArgv(config, instance, device) {
    const properties = [
        ['path', device.path],
        ['source', device.source],
    ];
    if (device.readOnly)
        properties.push(['readonly', 'true']);
    if (config.instance_type === 'vm')
        properties.push(['io.bus', 'virtiofs']);
    properties.sort(([a], [b]) => a.localeCompare(b));
    return incusArgv(config, ['config', 'device', 'add'], instance, device.name, 'disk', ...properties.map(([key, value]) => `${key}=${value}`), 'shift=false');
}
/** `init` argv: created, not started; carries the run id so `gc --instances` can find orphans. */
function initArgv(config, instance, runId, jobId) {
    return incusArgv(config, ['init'], ...(config.storage_pool ? ['--storage', config.storage_pool] : []), ...config.profiles.flatMap((profile) => ['--profile', profile]), ...limitConfig(config), '--config', `user.pikaci.run_id=${runId}`, '--config', `user.pikaci.job_id=${jobId}`, ...(config.instance_type === 'vm' ? ['--vm'] : []), config.image, instance);
}
/** An Incus command that did not succeed; `exitCode` is set when it ran to its end. */
class IncusCommandError extends _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY {
    constructor(label, host, result) {
        super(`${label} on ${host} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(result)})${stderrTail(result.stderr)}`, result.exitCode);
        this.name = 'IncusCommandError';
    }
}
/** The Incus CLI of one host, for one job: commands it runs are logged to the job's host.log. */
class IncusCli {
    config;
    transport;
    log;
    constructor(config, transport, log) {
        this.config = config;
        this.transport = transport;
        this.log = log;
    }
    get host() {
        return this.transport.hostLabel;
    }
    argv(verb, ...rest) {
        return incusArgv(this.config, verb, ...rest);
    }
    /** Runs `argv`, logging it and its output; a non-zero exit throws `IncusCommandError`. */
    async run(label, argv, options = {}) {
        this.log.line(`[pikaci] ${label}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shellJoin */ .nZ)(argv)}`);
        const result = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .capture */ .Fg)(this.transport, argv, options);
        if (result.stdout)
            this.log.write(result.stdout);
        if (result.stderr)
            this.log.write(result.stderr);
        if (result.exitCode !== 0)
            throw new IncusCommandError(label, this.host, result);
        return result.stdout;
    }
    /** Runs `argv` quietly and returns how it ended, whatever that was. */
    capture(argv, options = {}) {
        return (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .capture */ .Fg)(this.transport, argv, options);
    }
    /** Runs `request` (its argv an Incus command) with its output streamed, not captured. */
    stream(request) {
        return this.transport.exec(request);
    }
}
/** `: <last three lines of stderr>`, or nothing when it is empty. */
function stderrTail(stderr) {
    const text = stderr.trim();
    return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}


/***/ }),

/***/ 10904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SD: () => (/* reexport */ payload_manifest/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD),
  cP: () => (/* reexport */ payload_manifest/* assertWithinRoot */.cP),
  vY: () => (/* reexport */ incusModule),
  vc: () => (/* reexport */ payload_manifest/* parsePayloadManifest */.vc),
  up: () => (/* reexport */ payload_manifest/* planDeclaredMounts */.up),
  qU: () => (/* reexport */ payload_manifest/* storePathProblem */.qU)
});

// UNUSED EXPORTS: DEFAULT_HOST_GRACE_SECS, INCUS_SETTINGS, IncusCli, IncusCommandError, IncusHostConfigSchema, IncusInstance, MOUNT_KIND_LABELS, createIncusBackend, declaredPayloadDeviceName, diskDeviceArgv, fnv1a64, incusArgv, incusSettings, initArgv, instanceName, limitConfig, mountDeviceName, payloadMountSource, runIncusJob, sanitizeDeviceComponent, validateDeclaredPayloadMount

// EXTERNAL MODULE: ./src/backends/incus/naming.ts
var naming = __webpack_require__(69952);
// EXTERNAL MODULE: ./src/backends/incus/payload-manifest.ts
var payload_manifest = __webpack_require__(32844);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/backends/incus/config.ts
/**
 * How to reach and drive an Incus (or LXD) daemon on a placement host. This is host configuration,
 * not job data: it comes from action inputs, CLI flags or the environment, never from job ids.
 */

const IncusHostConfigSchema = schemas/* strictObject */.rej({
    /** `incus`, or `lxc` for LXD, whose CLI is the same for every command used here. */
    cli: schemas/* enum */.k5n(['incus', 'lxc']).default('incus'),
    /** Prefix every Incus command with `sudo -n` (non-interactive: a password prompt fails fast). */
    sudo: schemas/* boolean */.zMY().default(false),
    project: schemas/* string */.YjP().min(1).default('pika-managed-agents'),
    profiles: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).default(['default', 'pika-agent-dev']),
    storage_pool: schemas/* string */.YjP().min(1).optional(),
    image: schemas/* string */.YjP().min(1).default('pikaci/dev'),
    instance_type: schemas/* enum */.k5n(['vm', 'container']).default('vm'),
    limits: schemas/* strictObject */.rej({
        cpu: schemas/* number */.aig().int().positive().optional(),
        memory: schemas/* string */.YjP()
            .regex(/^\d+(KiB|MiB|GiB|TiB|kB|MB|GB|TB)$/, 'memory is a size such as `4096MiB`')
            .optional(),
    })
        .default({ cpu: 2, memory: '4096MiB' }),
    readiness_timeout_secs: schemas/* number */.aig().int().positive().default(120),
    /** Remote work dir W on the placement host (runs/, snapshots/, cache/). */
    work_dir: schemas/* string */.YjP().startsWith('/', 'work_dir must be absolute').default('/var/tmp/pikaci'),
});

// EXTERNAL MODULE: ./src/backends/incus/cli.ts
var cli = __webpack_require__(67576);
// EXTERNAL MODULE: ./src/backends/incus/instance.ts
var instance = __webpack_require__(37843);
// EXTERNAL MODULE: ./src/backends/incus/backend.ts + 2 modules
var backend = __webpack_require__(44516);
// EXTERNAL MODULE: ./src/runtime/index.ts + 6 modules
var runtime = __webpack_require__(22656);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/backends/incus/settings.ts
/**
 * The Incus backend's host settings (README "Host settings"): one row each for the flag, the
 * `PIKACI_INCUS_*` variable and the action input, and how they become an `IncusHostConfig`.
 */



const INCUS_SETTINGS = [
    {
        name: 'incus-cli',
        env: 'PIKACI_INCUS_CLI',
        kind: 'text',
        argument: '<name>',
        choices: ['incus', 'lxc'],
        description: 'the Incus CLI: incus, or lxc for LXD (default incus)',
    },
    {
        name: 'incus-sudo',
        env: 'PIKACI_INCUS_SUDO',
        kind: 'boolean',
        description: 'run the Incus CLI through sudo -n',
    },
    {
        name: 'incus-project',
        env: 'PIKACI_INCUS_PROJECT',
        kind: 'text',
        argument: '<name>',
        description: 'the Incus project (default pika-managed-agents)',
    },
    {
        name: 'incus-profile',
        env: 'PIKACI_INCUS_PROFILE',
        kind: 'list',
        argument: '<name>',
        description: 'Incus profiles: repeatable flag, comma-separated otherwise (default default,pika-agent-dev)',
    },
    {
        name: 'incus-image',
        env: 'PIKACI_INCUS_IMAGE',
        kind: 'text',
        argument: '<alias>',
        description: 'the Incus image alias (default pikaci/dev)',
    },
    {
        name: 'incus-type',
        env: 'PIKACI_INCUS_TYPE',
        kind: 'text',
        argument: '<type>',
        choices: ['vm', 'container'],
        description: 'the instance type: vm or container (default vm)',
    },
    {
        name: 'incus-storage-pool',
        env: 'PIKACI_INCUS_STORAGE_POOL',
        kind: 'text',
        argument: '<pool>',
        description: 'the Incus storage pool (default: the profile’s)',
    },
];
/** The Incus settings given (nothing else): the partial config the defaults complete. */
function incusSettings(values, _origin) {
    const incus = {};
    const cli = runtime/* setting */.Pe.text(values, 'incus-cli');
    if (cli !== undefined)
        incus.cli = cli;
    const sudo = runtime/* setting */.Pe.boolean(values, 'incus-sudo');
    if (sudo !== undefined)
        incus.sudo = sudo;
    const type = runtime/* setting */.Pe.text(values, 'incus-type');
    if (type !== undefined)
        incus.instance_type = type;
    const project = runtime/* setting */.Pe.text(values, 'incus-project');
    if (project !== undefined)
        incus.project = project;
    const image = runtime/* setting */.Pe.text(values, 'incus-image');
    if (image !== undefined)
        incus.image = image;
    const pool = runtime/* setting */.Pe.text(values, 'incus-storage-pool');
    if (pool !== undefined)
        incus.storage_pool = pool;
    const profiles = runtime/* setting */.Pe.list(values, 'incus-profile');
    if (profiles !== undefined && profiles.length > 0)
        incus.profiles = [...profiles];
    return incus;
}
/** The given parts → the full config, with the host's work dir; a value the schema refuses is named. */
function completeIncus(given, host) {
    const checked = IncusHostConfigSchema.safeParse({ ...given, work_dir: host.workDir });
    if (!checked.success) {
        throw new util.InputError(`invalid Incus settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return checked.data;
}

;// CONCATENATED MODULE: ./src/backends/incus/module.ts

const incusModule = {
    runtime: 'incus',
    settings: INCUS_SETTINGS,
    configure: incusSettings,
    complete: completeIncus,
    async create(config) {
        const { createIncusBackend } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 44516));
        return { kind: 'ready', backend: createIncusBackend({ config }) };
    },
    async identity(config, host) {
        const { incusIdentity } = await __webpack_require__.e(/* import() */ 450).then(__webpack_require__.bind(__webpack_require__, 67450));
        return incusIdentity(config, host);
    },
    orphans: {
        flag: 'instances',
        description: 'delete pikaci-* Incus instances whose run is no longer running',
        async sweep(transport, config, options) {
            const { sweepOrphanInstances } = await __webpack_require__.e(/* import() */ 41).then(__webpack_require__.bind(__webpack_require__, 3041));
            return sweepOrphanInstances(transport, config, options);
        },
    },
};

;// CONCATENATED MODULE: ./src/backends/incus/index.ts










/***/ }),

/***/ 37843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ IncusInstance)
/* harmony export */ });
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15756);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56345);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67576);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69952);
/**
 * One job's Incus instance (docs/upstream.md, executor 3): created with the run and job ids in its
 * config (so `pikaci gc --instances` can find it when a runner dies, docs/design.md decision 7), started,
 * driven with `exec`, and deleted. Every command goes through `IncusCli`; the backend's launch script
 * (`backend.ts`) creates, gives disks and starts it in one host script with the same argv builders.
 */





/** How long a delete may take before it counts as failed (a hung daemon must not hang the run). */
const DELETE_TIMEOUT_MS = 120_000;
class IncusInstance {
    cli;
    runId;
    jobId;
    signal;
    name;
    /** Whether an instance of this name may exist because of this object (or an earlier attempt). */
    mayExist = false;
    constructor(cli, runId, jobId, 
    /** The job's signal: every command but `delete` stops when it aborts. */
    signal) {
        this.cli = cli;
        this.runId = runId;
        this.jobId = jobId;
        this.signal = signal;
        this.name = (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .instanceName */ .zl)(runId, jobId);
    }
    /** `init` (created, not started) with `user.pikaci.run_id` and `user.pikaci.job_id`. */
    async create() {
        // An `init` the CLI reports as failed created nothing (the daemon rolls back); one cut off
        // (cancelled, lost connection) may have, so only then does `delete` still run.
        this.mayExist = true;
        const argv = (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .initArgv */ .NS)(this.cli.config, this.name, this.runId, this.jobId);
        await this.cli.run('create Incus instance', argv, { signal: this.signal }).catch((error) => {
            if (error instanceof _cli_js__WEBPACK_IMPORTED_MODULE_3__/* .IncusCommandError */ .Q2 && error.exitCode !== null)
                this.mayExist = false;
            throw error;
        });
    }
    /**
     * A host script is about to create the instance (`initArgv`): from now on it may exist. Until
     * `createdNothing` says otherwise, `delete` runs.
     */
    creating() {
        this.mayExist = true;
    }
    /** The script's `init` never ran, or the CLI reported it failed (the daemon rolls back): nothing to delete. */
    createdNothing() {
        this.mayExist = false;
    }
    /** `delete --force` argv, for a host script that removes what a previous attempt left. */
    staleDeleteArgv() {
        return this.deleteArgv();
    }
    async start() {
        await this.cli.run('start Incus instance', this.cli.argv(['start'], this.name), { signal: this.signal });
    }
    /** The host argv that runs `argv` inside the instance. */
    execArgv(argv) {
        return this.cli.argv(['exec'], this.name, '--', ...argv);
    }
    /** Runs `request.argv` in the instance with its output streamed (`Guest`). */
    exec(request) {
        return this.cli.stream({ ...request, argv: this.execArgv(request.argv) });
    }
    /** Runs `argv` in the instance quietly and returns how it ended (the job's signal unless given one). */
    capture(argv, options = {}) {
        return this.cli.capture(this.execArgv(argv), { signal: this.signal, ...options });
    }
    /**
     * Deletes the instance when it may exist: `never_created` when it cannot, `deleted`, or `absent` when
     * the daemon no longer knows it. Idempotent; bounded; never cancelled (it runs after a cancellation)
     * and safe after a lost connection (the SSH transport dials again). Throws a `VmFailure` when the
     * instance may be left behind.
     */
    async delete() {
        if (!this.mayExist)
            return 'never_created';
        const removal = await this.cli
            .capture(this.deleteArgv(), { timeoutMs: DELETE_TIMEOUT_MS })
            .catch((error) => ({ error }));
        const absent = !('error' in removal) && removal.exitCode !== 0 && /instance not found/i.test(removal.stderr);
        if ('error' in removal || (removal.exitCode !== 0 && !absent)) {
            const why = 'error' in removal
                ? (0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(removal.error)
                : `${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(removal)}${(0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrTail */ .be)(removal.stderr)}`;
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY(`failed to delete Incus instance ${this.name} on ${this.cli.host}: ${why}`);
        }
        this.mayExist = false;
        return absent ? 'absent' : 'deleted';
    }
    deleteArgv() {
        return this.cli.argv(['delete'], '--force', this.name);
    }
}


/***/ }),

/***/ 69952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ declaredPayloadDeviceName),
/* harmony export */   X2: () => (/* binding */ mountDeviceName),
/* harmony export */   zl: () => (/* binding */ instanceName)
/* harmony export */ });
/* unused harmony exports sanitizeDeviceComponent, MOUNT_KIND_LABELS, fnv1a64 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Names the Incus backend derives from run and mount data (docs/upstream.md, executor 3.2, 4.3, 4.4). These are
 * part of the contract with upstream tooling, so each algorithm is reproduced exactly.
 */

/** `pikaci-` + the first 12 hex chars of sha256("<run_id>:<job_id>"). */
function instanceName(runId, jobId) {
    return `pikaci-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 12)}`;
}
/** Lower-case ASCII alphanumerics, everything else `-`, outer dashes trimmed (runs are kept). */
function sanitizeDeviceComponent(value) {
    let mapped = '';
    for (const char of value)
        mapped += /^[A-Za-z0-9]$/.test(char) ? char.toLowerCase() : '-';
    return mapped.replace(/^-+|-+$/g, '');
}
/** Device name for a mount declared by a payload manifest: at most 20 chars of `[a-z0-9-]`. */
function declaredPayloadDeviceName(manifestKind, mountName) {
    const prefix = sanitizeDeviceComponent(manifestKind);
    const candidate = `pk-${prefix}-${sanitizeDeviceComponent(mountName)}`;
    if (candidate.length <= 20)
        return candidate;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(candidate, 'utf8').digest('hex').slice(0, 8);
    return `pk-${prefix.slice(0, 8)}-${digest}`;
}
const MOUNT_KIND_LABELS = {
    persistent_volume: 'persist',
    read_only_snapshot: 'snapshot',
    artifact_output: 'artifact',
    cache: 'cache',
};
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const U64 = (1n << 64n) - 1n;
/** 64-bit FNV-1a over the UTF-8 bytes. */
function fnv1a64(text) {
    let hash = FNV_OFFSET;
    for (const byte of Buffer.from(text, 'utf8')) {
        hash ^= BigInt(byte);
        hash = (hash * FNV_PRIME) & U64;
    }
    return hash;
}
/** Device name of a plan mount (the snapshot disk): `pk-<label[0..6]>-<low 32 bits of FNV-1a>`. */
function mountDeviceName(kind, source, guestPath) {
    const label = MOUNT_KIND_LABELS[kind];
    const seed = `${label}-${sanitizeDeviceComponent(source)}-${sanitizeDeviceComponent(guestPath)}`;
    const digest = (fnv1a64(seed) & 0xffffffffn).toString(16).padStart(8, '0');
    return `pk-${label.slice(0, 6)}-${digest}`;
}


/***/ }),

/***/ 32844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SD: () => (/* binding */ PAYLOAD_MANIFEST_RELATIVE_PATH),
/* harmony export */   cP: () => (/* binding */ assertWithinRoot),
/* harmony export */   qU: () => (/* binding */ storePathProblem),
/* harmony export */   up: () => (/* binding */ planDeclaredMounts),
/* harmony export */   vc: () => (/* binding */ parsePayloadManifest)
/* harmony export */ });
/* unused harmony exports validateDeclaredPayloadMount, payloadMountSource */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21056);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15756);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69952);
/**
 * The declared payload-mount protocol (docs/upstream.md, executor 4): a prepared output carries
 * `share/pikaci/payload-manifest.json` naming the directories to mount into the guest. A manifest is
 * untrusted input: its mounts must stay inside the payload root and land on normalized guest paths.
 */




const PAYLOAD_MANIFEST_RELATIVE_PATH = 'share/pikaci/payload-manifest.json';
/** The manifest schema is the prepared-outputs record's: one contract for producer, record and executor. */
const PayloadManifestSchema = _records_index_js__WEBPACK_IMPORTED_MODULE_1__.PreparedOutputPayloadManifestRecordSchema;
function parsePayloadManifest(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__.PikaciError(`decode ${where}: ${error.message}`, { where });
    }
    const parsed = PayloadManifestSchema.safeParse(json);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__.PikaciError(`decode ${where}: ${issues}`, { where });
    }
    return parsed.data;
}
/**
 * `/nix/store/<hash>-<name>`, optionally followed by a path inside it: the hash is 32 characters of
 * Nix's base-32 alphabet (no `e`, `o`, `t`, `u`), the name uses Nix's store-name characters and does
 * not start with `.`.
 */
const STORE_PATH = /^\/nix\/store\/[0-9a-df-np-sv-z]{32}-(?!\.)[A-Za-z0-9+\-._?=]+(\/.*)?$/;
/**
 * Why `path` is not a direct Nix store path (or a path inside one), or undefined when it is. It must
 * already be normal: `/nix/store/../../tmp/x` starts with `/nix/store/` but names `/tmp/x`.
 */
function storePathProblem(path) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path) !== path || path.endsWith('/')) {
        return `\`${path}\` is not a normalized absolute path (it has \`.\`, \`..\`, \`//\` or a trailing \`/\`)`;
    }
    if (!STORE_PATH.test(path)) {
        return `\`${path}\` is not a Nix store path \`/nix/store/<32-character hash>-<name>\``;
    }
    return undefined;
}
/** Path components as Rust's `Path::components()` sees them: `.` and empty parts dropped. */
function components(path) {
    return path.split('/').filter((part) => part !== '' && part !== '.');
}
/** Upstream validation (docs/upstream.md, executor 4), with the messages upstream prints. */
function validateDeclaredPayloadMount(root, mount) {
    if (mount.name.trim() === '') {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__.PikaciError(`invalid payload mount for ${root}: empty mount name`);
    }
    if (mount.relative_path.startsWith('/') || components(mount.relative_path).includes('..')) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__.PikaciError(`invalid payload mount \`${mount.name}\` for ${root}: relative_path must stay within the payload root`);
    }
    if (!mount.guest_path.startsWith('/') || components(mount.guest_path).includes('..')) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__.PikaciError(`invalid payload mount \`${mount.name}\` for ${root}: guest_path must be an absolute normalized path`);
    }
}
/** `""` and `"."` mean the payload root itself. */
function payloadMountSource(root, mount) {
    const relative = components(mount.relative_path);
    return relative.length === 0 ? root : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, ...relative);
}
/**
 * A resolved (`readlink -f`) source must still be the resolved root or lie below it: a symlink inside
 * the payload must not smuggle a host directory into the guest.
 */
function assertWithinRoot(resolvedRoot, resolvedSource, mountName) {
    const root = resolvedRoot.endsWith('/') ? resolvedRoot : `${resolvedRoot}/`;
    if (resolvedSource !== resolvedRoot && !resolvedSource.startsWith(root)) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__.PikaciError(`invalid payload mount \`${mountName}\`: its source resolves to ${resolvedSource}, outside the payload root ${resolvedRoot}`, { hint: 'payload mounts may only expose directories inside the prepared output' });
    }
}
/** Validate every mount of a manifest before any device is added; unique guest paths and devices. */
function planDeclaredMounts(root, manifest) {
    const plans = manifest.mounts.map((mount) => {
        validateDeclaredPayloadMount(root, mount);
        return {
            deviceName: (0,_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredPayloadDeviceName */ .OL)(manifest.kind, mount.name),
            source: payloadMountSource(root, mount),
            guestPath: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(mount.guest_path),
            readOnly: mount.read_only,
        };
    });
    const seen = new Set();
    for (const plan of plans) {
        for (const key of [`device ${plan.deviceName}`, `guest path ${plan.guestPath}`]) {
            if (seen.has(key))
                throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__.PikaciError(`payload manifest for ${root} declares ${key} twice`);
            seen.add(key);
        }
    }
    return plans;
}


/***/ })

};
