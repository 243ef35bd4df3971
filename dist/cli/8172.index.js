export const id = 8172;
export const ids = [8172];
export const modules = {

/***/ 18172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hostProcessBackend: () => (/* binding */ hostProcessBackend)
/* harmony export */ });
/* unused harmony export hostArgv */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80144);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81651);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88577);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36463);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95462);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4667);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52611);
/* harmony import */ var _supervisor_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(61320);
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
            return [...BASH, (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGuestCommand */ .D)(guest).command];
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .x)(guest);
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
    const staged = await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_3__/* .stageWorkspace */ .os)(ctx.transport, ctx.workspace, ctx.paths, {
        workDir,
        log: (line) => ctx.hostLog.line(line),
        signal: ctx.signal,
    });
    return {
        cwd: ctx.job.writable_workspace ? await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writableCopy */ .s5)(ctx.transport, staged) : staged.snapshotDir,
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
            hostLog.line(`[pikaci] starting host-process job \`${job.id}\` on ${workspace.host} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_4__/* .rfc3339 */ .ag)()}`);
            hostLog.line(`[pikaci] ${workspace.label}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellJoin */ .n)(argv)}`);
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
            ending = { ok: false, message: `could not start the command: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`, exitCode: null };
        }
        hostLog.line(`[pikaci] host-process job exited with ${ending.exitCode ?? 'no exit code'} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_4__/* .rfc3339 */ .ag)()}: ${ending.message}`);
    }
    await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .writeTerminalResult */ .Fy)(paths.resultJson, ending);
    return (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .readTerminalResult */ .qq)(paths.resultJson);
}
/**
 * The job's command runs under the supervisor (`./supervisor.ts`), so it dies with its connection
 * or its runner; the workspace is prepared over the plain transport.
 */
function jobTransport(ctx, workspace, options) {
    if (options.unsupervised)
        return ctx.transport;
    return (0,_supervisor_js__WEBPACK_IMPORTED_MODULE_8__/* .supervisedTransport */ .OC)(ctx.transport, {
        marker: `${ctx.runId}/${ctx.job.id}`,
        jobsLockFile: options.jobsLockFile,
        local: workspace.onThisMachine,
    });
}
/** The host-process backend for one placement host (here, or reached over SSH). */
function hostProcessBackend(options = { workDir: _workspace_index_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_WORK_DIR */ .gy, jobsLockFile: null }) {
    return { run: (ctx) => runHostProcess(ctx, options) };
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


/***/ }),

/***/ 22532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z0: () => (/* binding */ TerminalResultSchema)
/* harmony export */ });
/* unused harmony exports LIFECYCLE_SCHEMA_VERSION, LIFECYCLE_STATES, LifecycleStateSchema, GuestStatusSchema, GuestEventSchema, runStatusOfResult, parseTerminalResult, parseGuestStatus, parseEvents */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * The guest lifecycle files (docs/guest-protocol.md "Lifecycle files"; docs/upstream.md, executor 0.4
 * and 5.4): `status.json`, `events.jsonl` and the terminal `result.json`, written by the guest runner
 * and read back by the host. The schemas accept what any writer may produce (upstream's included);
 * the runner's exact bytes are specified in the protocol.
 */


const LIFECYCLE_SCHEMA_VERSION = 1;
const LIFECYCLE_STATES = [
    'requested',
    'provisioning',
    'booted',
    'unreachable',
    'stopped',
    'destroyed',
    'starting',
    'ready',
    'failed',
    'completed',
];
const LifecycleStateSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(LIFECYCLE_STATES);
const schemaVersion = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(LIFECYCLE_SCHEMA_VERSION);
/** `result.json`. `status` is only `completed` or `failed`; upstream's old `passed` is rejected. */
const TerminalResultSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: schemaVersion,
    status: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['completed', 'failed']),
    finished_at: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    message: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    exit_code: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
    details: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
});
const GuestStatusSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: schemaVersion,
    state: LifecycleStateSchema,
    updated_at: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    message: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    boot_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    details: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
});
const GuestEventSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: schemaVersion,
    kind: LifecycleStateSchema,
    timestamp: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    message: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    boot_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    details: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
    seq: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
});
/** `completed` → `passed`, `failed` → `failed` (the job record's RunStatus). */
function runStatusOfResult(result) {
    return result.status === 'completed' ? 'passed' : 'failed';
}
/** Parse `result.json`. `where` names the file in errors. */
function parseTerminalResult(text, where = 'result.json') {
    return parseDocument(TerminalResultSchema, text, where, 'guest terminal result');
}
/** Parse `status.json`. */
function parseGuestStatus(text, where = 'status.json') {
    return parseDocument(GuestStatusSchema, text, where, 'guest status');
}
/**
 * Parse `events.jsonl`. A last line without its newline that does not parse is dropped: a writer
 * that appends (upstream's lifecycle program) may be caught mid-line. Any other bad line is an error.
 */
function parseEvents(text, where = 'events.jsonl') {
    const lines = text.split('\n');
    const complete = text.endsWith('\n');
    const events = [];
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        const isPartialTail = !complete && index === lines.length - 1;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            if (isPartialTail)
                break;
            throw lifecycleError(`${where}:${index + 1}`, 'guest event', `is not JSON (${error.message})`);
        }
        const parsed = safeParse(GuestEventSchema, value);
        if (!parsed.success) {
            if (isPartialTail)
                break;
            throw lifecycleError(`${where}:${index + 1}`, 'guest event', describeIssue(parsed.error));
        }
        events.push(parsed.data);
    }
    return events;
}
function parseDocument(schema, text, where, what) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw lifecycleError(where, what, `is not JSON (${error.message})`);
    }
    const parsed = safeParse(schema, value);
    if (!parsed.success)
        throw lifecycleError(where, what, describeIssue(parsed.error));
    return parsed.data;
}
function describeIssue(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'is invalid';
    const path = issue.path.length > 0 ? `field \`${issue.path.join('.')}\`` : 'document';
    return `has an invalid ${path}: ${issue.message}`;
}
function lifecycleError(where, what, problem) {
    return new PikaciError(`${what} ${problem}`, {
        where,
        hint: 'the guest runner (pikaci-incus-run) writes this file; check logs/guest.log for how it ended (docs/guest-protocol.md)',
    });
}


/***/ }),

/***/ 80144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ compileGuestCommand),
/* harmony export */   O: () => (/* binding */ compileJobCommand)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95462);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31146);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81651);
/** Guest command compilation with the upstream quoting rule (docs/upstream.md, executor 0.2). */



const BASH = 'bash --noprofile --norc -lc';
function compileGuestCommand(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return { command: `${BASH} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.command)}`, runAsRoot: false };
        case 'shell_command_as_root':
            return { command: `${BASH} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.command)}`, runAsRoot: true };
        case 'exact_cargo_test':
            return {
                command: `cargo test -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.package)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.test_name)} -- --exact --nocapture`,
                runAsRoot: false,
            };
        case 'package_unit_tests':
            return { command: `cargo test -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.package)} --lib -- --nocapture`, runAsRoot: false };
        case 'package_tests':
            return { command: `cargo test -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.package)} -- --nocapture`, runAsRoot: false };
        case 'filtered_cargo_tests':
            return {
                command: `cargo test -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.package)} -- ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.filter)} --nocapture`,
                runAsRoot: false,
            };
        case 'argv':
            return { command: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellJoin */ .n)(guest.argv), runAsRoot: false };
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .assertNever */ .x)(guest);
    }
}
/** A staged Linux job runs its wrapper; its guest command is ignored (upstream override rule). */
function compileJobCommand(job) {
    const staged = (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .stagedLinuxCommand */ .Md)(job);
    if (staged)
        return { command: staged.execute_wrapper_command, runAsRoot: false };
    return compileGuestCommand(job.guest_command);
}


/***/ }),

/***/ 50995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ JOB_ID_PATTERN)
/* harmony export */ });
/** The job id rule, apart from the schemas (./job.ts) so the lane manifest checks ids without zod. */
const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;


/***/ }),

/***/ 31146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ PlacementSchema),
/* harmony export */   Je: () => (/* binding */ PLACEMENTS),
/* harmony export */   Md: () => (/* binding */ stagedLinuxCommand),
/* harmony export */   NG: () => (/* binding */ supportsParallelExecute),
/* harmony export */   QH: () => (/* binding */ JobSpecSchema),
/* harmony export */   gC: () => (/* binding */ executorLabel),
/* harmony export */   hY: () => (/* binding */ SnapshotProfileSchema),
/* harmony export */   sM: () => (/* binding */ RuntimeKindSchema)
/* harmony export */ });
/* unused harmony exports RUNTIMES, ExecutionConfigSchema, PAYLOAD_ROLES, PayloadRoleSchema, StagedPayloadSpecSchema, StagedLinuxCommandSchema, HostProcessRuntimeSchema, IncusRuntimeSchema, TartRuntimeSchema, RuntimeConfigSchema, GuestCommandSchema, SecretNameSchema */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81651);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50995);
/**
 * The job model (docs/design.md decision 5): where a job runs (`execution`), how it is isolated
 * (`runtime_config`, one variant per backend, whose `kind` must equal `execution.runtime`), and
 * what it runs (`guest_command`). Backend knobs exist only inside their runtime variant.
 */



const PLACEMENTS = ['local', 'remote_ssh'];
const RUNTIMES = ['host_process', 'incus', 'tart'];
const PlacementSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(PLACEMENTS);
const RuntimeKindSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RUNTIMES);
const ExecutionConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    placement: PlacementSchema,
    runtime: RuntimeKindSchema,
});
const PAYLOAD_ROLES = ['workspace_deps', 'workspace_build'];
const PayloadRoleSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(PAYLOAD_ROLES);
const StagedPayloadSpecSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    role: PayloadRoleSchema,
    /** Flake attribute path, e.g. `ci.x86_64-linux.workspaceDeps`; built as `path:<snapshot>#<output_name>`. */
    output_name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Repo-relative installable, e.g. `.#ci.x86_64-linux.workspaceDeps`. */
    nix_installable: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const SnapshotProfileSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['rust', 'followup']);
const StagedLinuxCommandSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    snapshot_profile: SnapshotProfileSchema,
    prepare_node_prefix: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    prepare_description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Exactly two specs, in the order `[workspace_deps, workspace_build]`. */
    payload_specs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([StagedPayloadSpecSchema, StagedPayloadSpecSchema])
        .refine(([deps, build]) => deps.role === 'workspace_deps' && build.role === 'workspace_build', {
        message: 'payload_specs must be [workspace_deps, workspace_build] in that order',
    }),
    /** Absolute guest path of the lane's entry script; replaces the guest command at run time. */
    execute_wrapper_command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .startsWith('/', 'execute_wrapper_command must be an absolute guest path'),
    workspace_output_system: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const HostProcessRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_process') });
const IncusRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('incus'),
    staged_linux_command: StagedLinuxCommandSchema.optional(),
});
const TartRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tart'),
    host_setup_command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    mount_host_rust_toolchain: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
});
const RuntimeConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    HostProcessRuntimeSchema,
    IncusRuntimeSchema,
    TartRuntimeSchema,
]);
const nonEmpty = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
const GuestCommandSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_shell_command'), command: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('exact_cargo_test'), package: nonEmpty, test_name: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('package_unit_tests'), package: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('package_tests'), package: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('filtered_cargo_tests'), package: nonEmpty, filter: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shell_command'), command: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shell_command_as_root'), command: nonEmpty }),
    /** A lane's plain `command`: an argv run without a shell. */
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('argv'), argv: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).min(1) }),
]);
/**
 * A secret a job asks for by name: an environment variable of the action's (or CLI's) process,
 * passed to the job and redacted from every log and record (README "Security"). The runner's own
 * channels (`INPUT_*`, `ACTIONS_*`) can never be asked for.
 */
const SecretNameSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'these are environment variable names: letters, digits and `_`')
    .refine((name) => !/^(INPUT_|ACTIONS_)/i.test(name), {
    message: "`INPUT_*` and `ACTIONS_*` are the runner's own variables and are never passed to a job",
});
const JobSpecSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_ID_PATTERN */ .B, 'job ids are letters, digits, `.`, `_` and `-`, starting alphanumeric'),
    description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    writable_workspace: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    execution: ExecutionConfigSchema,
    runtime_config: RuntimeConfigSchema,
    guest_command: GuestCommandSchema,
    /** Environment variables passed to the job as secrets (values redacted everywhere). */
    secrets: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SecretNameSchema).optional(),
    /** Non-secret environment variables passed to the job by name when set (README "Security"). */
    pass_env: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SecretNameSchema).optional(),
})
    .superRefine((job, ctx) => {
    if (job.runtime_config.kind !== job.execution.runtime) {
        ctx.addIssue({
            code: 'custom',
            path: ['runtime_config', 'kind'],
            message: `runtime_config is \`${job.runtime_config.kind}\` but execution.runtime is \`${job.execution.runtime}\`; they must agree`,
        });
    }
});
/** The label upstream records in `JobRecord.executor` for a placement × runtime pair. */
function executorLabel(execution) {
    const { placement, runtime } = execution;
    switch (runtime) {
        case 'host_process':
            return placement === 'local' ? 'host_local' : 'remote_ssh_host_process';
        case 'incus':
            return placement === 'local' ? 'local_incus' : 'remote_linux_vm';
        case 'tart':
            return placement === 'local' ? 'tart_local' : 'remote_ssh_tart';
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .x)(runtime);
    }
}
function stagedLinuxCommand(job) {
    return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}
/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
function supportsParallelExecute(job) {
    return stagedLinuxCommand(job) !== undefined;
}


/***/ }),

/***/ 75517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   r: () => (/* binding */ writeRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11107);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50767);
/**
 * Atomic record writes (docs/design.md decision 12): a temp file in the same directory, fsync, rename, so a
 * reader (or a killed writer) never sees a torn JSON file. Writes to one path are serialised in
 * this process so an older snapshot of a record can never overwrite a newer one.
 */





const queues = new Map();
/**
 * Pretty JSON (2-space indent, as upstream), validated by `schema` so the field order is the schema's.
 * Every string passes the redactor (README "Security"), so no record carries a secret.
 */
async function writeRecord(path, schema, value) {
    const text = JSON.stringify((0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .redactDeep */ .KL)((0,_schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .q)(schema, value)), null, 2);
    await writeFileAtomic(path, text);
}
async function writeFileAtomic(path, text) {
    const previous = queues.get(path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => replaceFile(path, text));
    queues.set(path, next);
    try {
        await next;
    }
    finally {
        if (queues.get(path) === next)
            queues.delete(path);
    }
}
async function replaceFile(path, text) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', 0o644);
    try {
        try {
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        // A half-written temp file (a full disk) is never renamed, and must not keep its space.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 98624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readRecord),
/* harmony export */   w: () => (/* binding */ describeIssues)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11107);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/** Reading and validating one JSON record file, with errors that name the file and the key path. */



function describeIssues(error) {
    return error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
        .join('; ');
}
/** Reads `path` as `schema`; a missing, unreadable or invalid file throws a InputError naming it. */
async function readRecord(path, schema, what) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read ${what}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { where: path });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} is not valid JSON (${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)})`, {
            where: path,
            hint: 'the file is corrupt; remove the run with `pikaci gc` or restore the file',
        });
    }
    const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .safeParse */ .x)(schema, json);
    if (!parsed.success) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} does not match its schema: ${describeIssues(parsed.error)}`, {
            where: path,
            hint: 'the file was written by an incompatible version or edited by hand',
        });
    }
    return parsed.data;
}


/***/ }),

/***/ 88577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ timestampMs),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   wX: () => (/* binding */ TimestampSchema)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * Timestamps in records: written as RFC 3339 UTC with `Z` (millisecond precision); read in any
 * RFC 3339 form, including upstream's `+00:00` offset with up to 9 fractional digits.
 */

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|z|[+-]\d{2}:\d{2})$/;
const TimestampSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(RFC3339, 'expected an RFC 3339 timestamp such as 2026-03-19T01:02:03Z');
function rfc3339(date = new Date()) {
    return date.toISOString();
}
/** Milliseconds since the epoch of an RFC 3339 timestamp (any offset, any precision). */
function timestampMs(value) {
    return Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
}


/***/ }),

/***/ 36463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ writeTerminalResult),
/* harmony export */   qq: () => (/* binding */ readTerminalResult)
/* harmony export */ });
/* unused harmony export outcomeFromTerminalResult */
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88577);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75517);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22532);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98624);
/**
 * The terminal `result.json` contract shared by every runtime (docs/upstream.md, executor 0.4, docs/design.md
 * decision 6; a guest's in docs/guest-protocol.md "Lifecycle files").
 */

async function writeTerminalResult(path, result) {
    const record = {
        schema_version: 1,
        status: result.ok ? 'completed' : 'failed',
        finished_at: (0,_records_index_js__WEBPACK_IMPORTED_MODULE_0__/* .rfc3339 */ .ag)(),
        message: result.message,
    };
    if (result.exitCode !== null)
        record.exit_code = result.exitCode;
    if (result.details !== undefined)
        record.details = result.details;
    await (0,_records_index_js__WEBPACK_IMPORTED_MODULE_1__/* .writeRecord */ .r)(path, _records_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TerminalResultSchema */ .z0, record);
}
function outcomeFromTerminalResult(result) {
    return {
        status: result.status === 'completed' ? 'passed' : 'failed',
        exit_code: result.exit_code ?? null,
        message: result.message,
    };
}
async function readTerminalResult(path) {
    return outcomeFromTerminalResult(await (0,_records_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readRecord */ .a)(path, _records_index_js__WEBPACK_IMPORTED_MODULE_2__/* .TerminalResultSchema */ .z0, 'terminal result'));
}


/***/ }),

/***/ 95267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ capture),
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   oV: () => (/* binding */ shArgv),
/* harmony export */   w8: () => (/* binding */ mustCapture)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Output beyond this is dropped: these helpers read markers and manifests, never logs. */
const CAPTURE_LIMIT = 4 * 1024 * 1024;
async function capture(transport, argv, options = {}) {
    const out = [];
    const err = [];
    let outSize = 0;
    let errSize = 0;
    const result = await transport.exec({
        argv,
        ...options,
        onStdout: (chunk) => {
            if ((outSize += chunk.length) <= CAPTURE_LIMIT)
                out.push(chunk);
        },
        onStderr: (chunk) => {
            if ((errSize += chunk.length) <= CAPTURE_LIMIT)
                err.push(chunk);
        },
    });
    return {
        ...result,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
    };
}
/** `sh -c <script>` on the placement host. */
function shArgv(script) {
    return ['sh', '-c', script];
}
function describeExit(result) {
    if (result.connectionLost)
        return 'connection lost';
    if (result.timedOut)
        return 'timed out';
    if (result.cancelled)
        return 'cancelled';
    if (result.exitCode !== null)
        return `exit code ${result.exitCode}`;
    return `signal ${result.signal ?? 'unknown'}`;
}
/** Run and require success; the error names what was being done, the host and how it ended. */
async function mustCapture(transport, what, argv, options = {}) {
    const result = await capture(transport, argv, options);
    if (result.exitCode !== 0) {
        const stderr = result.stderr.trim();
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PikaciError */ .uy(`${what} on ${transport.hostLabel} failed (${describeExit(result)})${stderr ? `: ${stderr}` : ''}`);
    }
    return result;
}


/***/ }),

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   fx: () => (/* binding */ streamRedactor),
/* harmony export */   it: () => (/* binding */ redactFile)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH, hasSecrets, redactText, clearSecrets */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/**
 * One redactor for every file the project writes (README "Security"): the SSH key, the token and
 * each secret a job asks for are registered here once, and the log writers, the record writer and
 * the job summary replace them with `***`.
 *
 * A value is registered whole and line by line (each line of 4 or more characters), like the
 * runner's own masks, so a key printed across several lines or chunks is still caught. The
 * streaming form keeps a short tail of undelivered text so a value split across two chunks is
 * replaced too. Matching works on bytes (latin1 strings), so logs keep their exact bytes.
 */



const REDACTED = '***';
/** Shorter values (and lines of a multi-line value) are not secrets worth garbling a log for. */
const MIN_SECRET_LENGTH = 4;
const secrets = new Set();
let matcher = null;
/** Register a value (and each of its lines) to be replaced by `***` everywhere from now on. */
function addSecret(value) {
    if (value === undefined)
        return;
    const candidates = [value, value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())];
    let added = false;
    for (const candidate of candidates) {
        if (candidate.length < MIN_SECRET_LENGTH || secrets.has(candidate))
            continue;
        secrets.add(candidate);
        added = true;
    }
    if (added)
        matcher = null;
}
/** Whether any value is registered (nothing to do otherwise). */
function hasSecrets() {
    return secrets.size > 0;
}
/** Byte-level matcher: the UTF-8 bytes of each value as a latin1 string, longest first. */
function currentMatcher() {
    if (secrets.size === 0)
        return null;
    if (matcher === null) {
        const encoded = [...secrets].map((s) => Buffer.from(s, 'utf8').toString('latin1'));
        encoded.sort((a, b) => b.length - a.length);
        const pattern = new RegExp(encoded.map(escapeRegExp).join('|'), 'g');
        matcher = { pattern, longest: encoded[0].length };
    }
    return matcher;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/** `text` with every registered value replaced by `***`. */
function redactText(text) {
    const current = currentMatcher();
    if (current === null)
        return text;
    const bytes = Buffer.from(text, 'utf8').toString('latin1');
    const redacted = bytes.replace(current.pattern, REDACTED);
    return redacted === bytes ? text : Buffer.from(redacted, 'latin1').toString('utf8');
}
/** A copy of a JSON-like value with every string redacted (records keep their shape and stay valid JSON). */
function redactDeep(value) {
    if (!hasSecrets())
        return value;
    return redactValue(value);
}
function redactValue(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map(redactValue);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactValue(inner)]));
    }
    return value;
}
function streamRedactor(sink) {
    let pending = '';
    const deliver = (text) => {
        if (text.length > 0)
            sink(Buffer.from(text, 'latin1'));
    };
    return {
        write(chunk) {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
            const current = currentMatcher();
            if (current === null) {
                deliver(pending);
                pending = '';
                if (bytes.length > 0)
                    sink(bytes);
                return;
            }
            const text = pending + bytes.toString('latin1');
            const lastNewline = text.lastIndexOf('\n');
            let cut = Math.max(lastNewline + 1, text.length - (current.longest - 1));
            let out = '';
            let from = 0;
            current.pattern.lastIndex = 0;
            for (let match = current.pattern.exec(text); match !== null; match = current.pattern.exec(text)) {
                const start = match.index;
                const end = start + match[0].length;
                if (start >= cut)
                    break;
                // A match that reaches the held-back tail is complete: deliver through its end.
                if (end > cut)
                    cut = end;
                out += text.slice(from, start) + REDACTED;
                from = end;
            }
            out += text.slice(from, Math.max(from, cut));
            pending = text.slice(Math.max(from, cut));
            deliver(out);
        },
        end() {
            const current = currentMatcher();
            const rest = current === null ? pending : pending.replace(current.pattern, REDACTED);
            pending = '';
            deliver(rest);
        },
    };
}
/**
 * Rewrite a file written by someone else (a guest's log and lifecycle files, collected from the
 * instance) through the redactor: streamed, then renamed over the original. Nothing to do when no
 * value is registered or the file does not exist.
 */
async function redactFile(path) {
    if (!hasSecrets())
        return;
    // The source is opened first: a missing file leaves no temp file behind (a write stream creates
    // its file asynchronously, so one made before the ENOENT could appear after its removal).
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r').catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    });
    if (handle === null)
        return;
    const temp = `${path}.redacting`;
    const sink = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp);
    const redactor = streamRedactor((bytes) => sink.write(bytes));
    try {
        for await (const chunk of handle.createReadStream())
            redactor.write(chunk);
    }
    catch (error) {
        sink.destroy();
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.finished)(sink).catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    redactor.end();
    await new Promise((resolve, reject) => sink.end(() => resolve()).on('error', reject));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
}
/** Forget every registered value (tests and long-lived library callers between runs). */
function clearSecrets() {
    secrets.clear();
    matcher = null;
}


/***/ }),

/***/ 95462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote),
/* harmony export */   n: () => (/* binding */ shellJoin)
/* harmony export */ });
/**
 * The upstream single-quote rule: wrap in single quotes, each embedded `'` becomes `'"'"'`.
 * Every argument that crosses a shell (SSH, `sh -c`, guest command lines) goes through here.
 */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'"'"'`)}'`;
}
/** Quote each argument and join them into one command line for a POSIX shell. */
function shellJoin(argv) {
    return argv.map(shellQuote).join(' ');
}


/***/ }),

/***/ 4667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ stageSnapshot),
/* harmony export */   os: () => (/* binding */ stageWorkspace),
/* harmony export */   s5: () => (/* binding */ writableCopy)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95267);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81651);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95462);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52611);
/**
 * The workspace seam (docs/architecture.md "Workspaces"): where a job's files are on the host it
 * runs on. On this machine that is the run's own snapshot and job directories; on a host reached
 * over SSH the snapshot is published once per content hash under `W/snapshots/<hash>/snapshot`
 * (streamed, never staged locally) and the job's directories are under `W/runs/<run>/jobs/<job>`.
 * This is the one place that tells the two apart; backends only ask for what they need.
 */






/** Put the run's snapshot where `transport` runs commands, and make the job's directories there. */
async function stageWorkspace(transport, run, paths, options) {
    switch (transport.placement) {
        case 'local':
            if (!options.snapshotOnly)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(paths.artifactsDir, { recursive: true });
            return {
                onThisMachine: true,
                snapshotDir: run.snapshotDir,
                jobDir: paths.jobDir,
                artifactsDir: paths.artifactsDir,
                cargoHomeDir: run.cargoHomeDir,
                cargoTargetDir: run.cargoTargetDir,
            };
        case 'remote_ssh': {
            const layout = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteLayout */ .JS)(options.workDir, run.runId, run.contentHash);
            const jobId = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(paths.jobDir);
            const staged = {
                onThisMachine: false,
                snapshotDir: layout.snapshotDir,
                jobDir: layout.jobDir(jobId),
                artifactsDir: layout.artifactsDir(jobId),
                cargoHomeDir: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(options.workDir, 'cache/cargo-home'),
                cargoTargetDir: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(layout.runDir, 'cargo-target'),
            };
            const dirs = options.snapshotOnly
                ? [node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(staged.snapshotDir)]
                : [staged.artifactsDir, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(staged.snapshotDir), staged.cargoHomeDir];
            await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mustCapture */ .w8)(transport, 'ensure remote job dirs', (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shArgv */ .oV)(`set -eu; mkdir -p ${dirs.map(_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z).join(' ')}`));
            await publishSnapshot(transport, {
                localDir: run.snapshotDir,
                remoteDir: staged.snapshotDir,
                log: options.log,
                ...(options.signal ? { signal: options.signal } : {}),
            });
            return staged;
        }
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .assertNever */ .x)(transport.placement);
    }
}
/**
 * Put only the run's snapshot where `transport` runs commands: what a prepare node builds from.
 * Over SSH it is published once per content hash; a second run on the same hash sends nothing.
 */
async function stageSnapshot(transport, run, options) {
    switch (transport.placement) {
        case 'local':
            return { snapshotDir: run.snapshotDir, transfer: 'on_this_machine' };
        case 'remote_ssh': {
            const snapshotDir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteLayout */ .JS)(options.workDir, run.runId, run.contentHash).snapshotDir;
            const synced = await publishSnapshot(transport, {
                localDir: run.snapshotDir,
                remoteDir: snapshotDir,
                log: options.log,
                ...(options.signal ? { signal: options.signal } : {}),
            });
            return { snapshotDir, transfer: synced.action };
        }
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .assertNever */ .x)(transport.placement);
    }
}
/**
 * A private writable copy of the snapshot for one job, made on the host the job runs on (so a job
 * that writes to its workspace cannot change what later jobs see). Returns its path.
 */
async function writableCopy(transport, staged) {
    const copy = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(staged.jobDir, 'workspace');
    await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mustCapture */ .w8)(transport, 'copy the snapshot into a writable workspace', (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shArgv */ .oV)(`set -eu; rm -rf ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(copy)}; cp -a ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(staged.snapshotDir)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(copy)}`));
    return copy;
}
/** The SSH publisher (and tar with it) is loaded only by a run that has a remote placement. */
async function publishSnapshot(transport, options) {
    const { syncSnapshot } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(4430)]).then(__webpack_require__.bind(__webpack_require__, 74430));
    return syncSnapshot(transport, options);
}


/***/ })

};
