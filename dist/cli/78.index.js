export const id = 78;
export const ids = [78];
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
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43688);
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

/***/ 23182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createIncusBackend: () => (/* binding */ createIncusBackend)
/* harmony export */ });
/* unused harmony exports DEFAULT_HOST_GRACE_SECS, runIncusJob */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _guest_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41341);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54553);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15756);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21056);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74347);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32723);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43688);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(56345);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(67576);
/* harmony import */ var _instance_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(37843);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(69952);
/* harmony import */ var _payload_manifest_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(32844);
/**
 * The Incus runtime (docs/upstream.md, executor 3, with docs/design.md decisions 1, 6, 7, 10): the
 * phase script of one job over its `IncusInstance` on the placement host, driven only through the
 * job's `Transport`, so local and remote placement share this code. Every phase is timed into the
 * execution record; the outcome comes from the guest's `result.json`. The instance is deleted by
 * `cleanup`, which the orchestrator runs on every path (`runWithCleanup`).
 */














/** The host waits this long past the job timeout, so the guest's own `timeout` fires first (docs/design.md decision 6). */
const DEFAULT_HOST_GRACE_SECS = 30;
/** Where a writable-workspace job's read-only snapshot is mounted before its private copy is made. */
const SNAPSHOT_SOURCE_PATH = '/workspace/snapshot-source';
/** The Incus backend: `run` creates the job's instance, `cleanup` deletes it. */
function createIncusBackend(options) {
    // Each job's instance, from its `run` to its `cleanup`.
    const instances = new Map();
    const key = (ctx) => `${ctx.runId}\0${ctx.job.id}`;
    return {
        run(ctx) {
            const cli = new _cli_js__WEBPACK_IMPORTED_MODULE_10__/* .IncusCli */ .db(options.config, ctx.transport, ctx.hostLog);
            const instance = new _instance_js__WEBPACK_IMPORTED_MODULE_11__/* .IncusInstance */ .E(cli, ctx.runId, ctx.job.id, ctx.signal);
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
                    return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .assertNever */ .xb)(removed);
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
    const phases = new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .PhaseRecorder */ .wo();
    const record = {
        backend: 'incus',
        image: null,
        incus_image: null,
        phases: phases.phases,
    };
    const outcome = await (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .settleVmJob */ .cE)(ctx, async () => {
        // This machine keeps the job's files in the run directory (result.json, guest.log).
        await phases.run('prepare_directories', () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_5__.mkdir)(ctx.paths.artifactsDir, { recursive: true }));
        // The workspace seam puts the run's snapshot on the host (published once per content hash
        // over SSH); the guest makes its own writable copy when the job asks for one.
        const staged = await phases.run('stage_workspace_snapshot', () => (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_7__/* .stageWorkspace */ .os)(transport, ctx.workspace, ctx.paths, {
            workDir: config.work_dir,
            log: (line) => hostLog.line(line),
            signal: ctx.signal,
            snapshotOnly: true,
        }));
        const snapshotSource = staged.snapshotDir;
        await phases.run('prepare_runtime', async () => {
            // Independent look-ups in parallel (one round trip instead of four over SSH). Nothing is
            // created until every payload manifest has been validated. The stale delete clears what a
            // previous attempt of the same run and job may have left behind.
            const [images, payloads, resolvedSnapshot] = await (0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .allSettledOrThrow */ .eu)([
                cli.images(config.image),
                payloadDevices(staged.jobDir),
                resolvePath(snapshotSource),
                instance.removeStale(),
            ]);
            const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
            if (matching.length !== 1) {
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY(matching.length === 0
                    ? `Incus image \`${config.image}\` is not available in project \`${config.project}\` on ${host}; import it first (for example \`${config.cli} image import meta.tar.gz rootfs.tar.gz --alias ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(config.image)} --project ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(config.project)}\`)`
                    : `Incus image \`${config.image}\` metadata from project \`${config.project}\` on ${host} returned multiple matching alias records`);
            }
            const fingerprint = matching[0].fingerprint;
            record.incus_image = { project: config.project, alias: config.image, fingerprint };
            record.image = { name: config.image, digest: fingerprint };
            hostLog.line(`[pikaci] Incus image \`${config.image}\` fingerprint=${fingerprint} on ${host}`);
            await instance.create();
            await instance.addDisk('add snapshot disk device', {
                name: (0,_naming_js__WEBPACK_IMPORTED_MODULE_12__/* .mountDeviceName */ .X2)('read_only_snapshot', snapshotSource, _guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.snapshot),
                source: resolvedSnapshot,
                path: job.writable_workspace ? SNAPSHOT_SOURCE_PATH : _guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.snapshot,
                readOnly: true,
            });
            for (const device of payloads) {
                await instance.addDisk(`add payload disk device \`${device.name}\``, device);
            }
            await instance.start();
        });
        // The guest runner sets its own PATH, HOME and user; the job adds the CI context, its `pass_env`
        // variables and its secrets.
        const request = (0,_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .buildGuestRequest */ .C7)(job, {
            env: { ...ctx.environment.context, ...ctx.environment.passed, ...ctx.environment.secrets },
        });
        const runnerPath = await phases.run('launch_guest', async () => {
            // One round trip writes the request pair and, when the image lacks the runner, pushes it.
            // The pair goes through stdin (the JSON's byte length in $1, then the env file), never the
            // command line: it carries the job's secrets, and argv is visible in the host's process list.
            const script = [
                'set -eu',
                `mkdir -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.runtimeStateDir)}`,
                `dd of=${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.request)} bs=1 count="$1" 2>/dev/null`,
                `cat > ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.requestEnv)}`,
                ...(job.writable_workspace
                    ? [
                        `mkdir -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.snapshot)}`,
                        `cp -a ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(`${SNAPSHOT_SOURCE_PATH}/.`)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.snapshot)}`,
                        `chown -R 1000 ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.snapshot)} 2>/dev/null || true`,
                    ]
                    : []),
                `if [ -x ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.runner)} ]; then echo ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.runner)}; else`,
                `  mkdir -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.pushedRunner))}`,
                `  printf '%s' "$2" > ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.pushedRunner)}`,
                `  chmod 755 ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.pushedRunner)}`,
                `  echo ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.pushedRunner)}`,
                'fi',
            ].join('\n');
            const write = ['sh', '-c', script, 'sh', String(Buffer.byteLength(request.json)), (0,_guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .guestRunnerScript */ .iF)()];
            const requestBytes = request.json + request.envFile;
            // A container takes commands as soon as it starts: the write is its own readiness probe.
            // Only when it fails (a VM whose agent is still booting) does the bounded wait run.
            const first = await instance.capture(write, { stdin: requestBytes });
            let out = first.stdout;
            if (first.exitCode !== 0) {
                if (first.cancelled)
                    throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY('cancelled');
                hostLog.line(`[pikaci] Incus instance ${instance.name} not ready yet (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_6__/* .describeExit */ .KE)(first)})`);
                await waitReady();
                out = await instance.run('write Incus guest request', write, requestBytes);
            }
            else {
                hostLog.line('[pikaci] wrote Incus guest request');
            }
            return out.trim().split('\n').at(-1);
        });
        hostLog.line(`[pikaci] starting Incus guest runner ${runnerPath} for job \`${job.id}\` on ${host} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_4__.rfc3339)()}: ${request.request.command}`);
        const graceSecs = options.hostGraceSecs ?? DEFAULT_HOST_GRACE_SECS;
        const run = await phases.run('wait_for_completion', async () => {
            const stdout = new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .LineSplitter */ .g3('[runner:stdout] ', (line) => hostLog.write(line));
            const stderr = new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .LineSplitter */ .g3('[runner:stderr] ', (line) => hostLog.write(line));
            const result = await instance.exec({
                argv: [runnerPath, _guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.request],
                onStdout: (chunk) => {
                    stdout.push(chunk);
                    ctx.output('stdout', chunk);
                },
                onStderr: (chunk) => {
                    stderr.push(chunk);
                    ctx.output('stderr', chunk);
                },
                timeoutMs: (job.timeout_secs + graceSecs) * 1000,
                signal: ctx.signal,
            });
            stdout.end();
            stderr.end();
            hostLog.line(`[pikaci] Incus guest runner ended (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_6__/* .describeExit */ .KE)(result)}) at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_4__.rfc3339)()}`);
            return result;
        });
        if (run.cancelled)
            return (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .failedOutcome */ .iS)('cancelled');
        if (run.connectionLost) {
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY(`infrastructure error: lost the connection to ${host} while the guest was running`);
        }
        const collect = () => (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .collectLifecycleFiles */ .Y_)(instance, {
            stateDir: _guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.runtimeStateDir,
            artifactsDir: ctx.paths.artifactsDir,
            log: hostLog,
            signal: ctx.signal,
            runtime: 'Incus',
            host,
        });
        if (run.timedOut) {
            hostLog.line(`[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`);
            await phases.run('collect_artifacts', collect);
            return (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .failedOutcome */ .iS)(`timed out after ${job.timeout_secs}s`);
        }
        return phases.run('collect_artifacts', async () => {
            await collect();
            return (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .readGuestOutcome */ .P3)(ctx.paths.resultJson);
        });
    });
    return { ...outcome, remote_linux_vm_execution: record };
    async function resolvePath(path) {
        const result = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_6__/* .capture */ .Fg)(transport, ['readlink', '-f', path]);
        const resolved = result.stdout.trim();
        if (result.exitCode !== 0 || resolved === '') {
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY(`failed to resolve path ${path} on ${host} (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_6__/* .describeExit */ .KE)(result)})`);
        }
        return resolved;
    }
    /** Prepared payload mounts of a staged job, validated before any of them is added. */
    async function payloadDevices(hostJobDir) {
        const staged = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .stagedLinuxCommand */ .Md)(job);
        if (!staged)
            return [];
        const devices = [];
        for (const spec of staged.payload_specs) {
            const suffix = spec.role === 'workspace_deps' ? 'workspace-deps' : 'workspace-build';
            const link = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(hostJobDir, 'staged-linux-rust', suffix);
            const root = await resolvePath(link).catch(() => {
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY(`prepared output \`${spec.output_name}\` is missing at ${link} on ${host}; its prepare node must build it first`);
            });
            const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, _payload_manifest_js__WEBPACK_IMPORTED_MODULE_13__/* .PAYLOAD_MANIFEST_RELATIVE_PATH */ .SD);
            const read = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_6__/* .mustCapture */ .w8)(transport, `read payload manifest ${manifestPath}`, (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shArgv */ .oV)(`if test -f ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(manifestPath)}; then cat ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(manifestPath)}; fi`));
            if (read.stdout.trim() === '')
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY(`missing payload manifest for staged output ${root}`);
            for (const mount of (0,_payload_manifest_js__WEBPACK_IMPORTED_MODULE_13__/* .planDeclaredMounts */ .up)(root, (0,_payload_manifest_js__WEBPACK_IMPORTED_MODULE_13__/* .parsePayloadManifest */ .vc)(read.stdout, manifestPath))) {
                const source = await resolvePath(mount.source);
                (0,_payload_manifest_js__WEBPACK_IMPORTED_MODULE_13__/* .assertWithinRoot */ .cP)(root, source, mount.deviceName);
                devices.push({ name: mount.deviceName, source, path: mount.guestPath, readOnly: mount.readOnly });
            }
        }
        return devices;
    }
    async function waitReady() {
        const limit = config.readiness_timeout_secs;
        hostLog.line(`[pikaci] wait for Incus instance ${instance.name} readiness (up to ${limit}s)`);
        const readiness = await (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .waitUntilReady */ .bs)((remainingMs) => instance.capture(['true'], { timeoutMs: remainingMs }), {
            timeoutSecs: limit,
            signal: ctx.signal,
        });
        switch (readiness) {
            case 'ready':
                return;
            case 'cancelled':
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY('cancelled');
            case 'connection_lost':
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY(`lost the connection to ${host} while waiting for the instance`);
            case 'timed_out':
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_9__/* .VmFailure */ .wY(`Incus instance ${instance.name} did not become ready within ${limit}s`);
            default:
                return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .assertNever */ .xb)(readiness);
        }
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
    /** The image records matching `alias` (`image list <alias> --format json`). */
    async images(alias) {
        const { config, host } = this;
        const listed = await this.capture(this.argv(['image', 'list'], alias, '--format', 'json')).catch((error) => {
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY(`cannot run the Incus CLI \`${config.cli}\` on ${host}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}; install Incus there, or choose the CLI with --incus-cli (\`lxc\` for LXD)`);
        });
        if (listed.exitCode !== 0) {
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY(`failed to list Incus images in project \`${config.project}\` on ${host} (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(listed)})${stderrTail(listed.stderr)}`);
        }
        try {
            return JSON.parse(listed.stdout);
        }
        catch (error) {
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY(`decode Incus image list from ${host}: ${String(error)}`);
        }
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
  Vo: () => (/* reexport */ cli/* incusArgv */.Vo),
  vY: () => (/* reexport */ incusModule),
  qU: () => (/* reexport */ payload_manifest/* storePathProblem */.qU)
});

// UNUSED EXPORTS: DEFAULT_HOST_GRACE_SECS, INCUS_SETTINGS, IncusCli, IncusCommandError, IncusHostConfigSchema, IncusInstance, MOUNT_KIND_LABELS, assertWithinRoot, createIncusBackend, declaredPayloadDeviceName, diskDeviceArgv, fnv1a64, incusSettings, initArgv, instanceName, limitConfig, mountDeviceName, parsePayloadManifest, payloadMountSource, planDeclaredMounts, runIncusJob, sanitizeDeviceComponent, validateDeclaredPayloadMount

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
// EXTERNAL MODULE: ./src/backends/incus/backend.ts
var backend = __webpack_require__(23182);
// EXTERNAL MODULE: ./src/runtime/index.ts + 5 modules
var runtime = __webpack_require__(43688);
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
        const { createIncusBackend } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 23182));
        return { kind: 'ready', backend: createIncusBackend({ config }) };
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
 * config (so `pikaci gc --instances` can find it when a runner dies, docs/design.md decision 7), given
 * its disks, started, driven with `exec`, and deleted. Every command goes through `IncusCli`.
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
    /** Deletes what a previous attempt of the same run and job may have left; its exit does not matter. */
    removeStale() {
        return this.cli.capture(this.deleteArgv(), { timeoutMs: DELETE_TIMEOUT_MS });
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
    async addDisk(label, device) {
        await this.cli.run(label, (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .diskDeviceArgv */ .Cc)(this.cli.config, this.name, device), { signal: this.signal });
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
    /** Runs `argv` in the instance, logged; a non-zero exit throws `IncusCommandError`. */
    run(label, argv, stdin) {
        return this.cli.run(label, this.execArgv(argv), {
            signal: this.signal,
            ...(stdin === undefined ? {} : { stdin }),
        });
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


/***/ }),

/***/ 35109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ DEFAULT_BASE_CANDIDATES),
/* harmony export */   parseParallel: () => (/* binding */ parseParallel),
/* harmony export */   runAffected: () => (/* binding */ runAffected)
/* harmony export */ });
/* unused harmony export renderOutcomes */
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15756);

/** Tried in order when `--base` is not given: the remote's default branch, then the usual local names. */
const DEFAULT_BASE_CANDIDATES = ['origin/HEAD', 'main', 'master'];
function parseParallel(value) {
    const parallel = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(parallel) || parallel < 1) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__.InputError(`--parallel must be a whole number of lanes, 1 or more, got \`${value}\``);
    }
    return parallel;
}
/** `--base`, else the first of `DEFAULT_BASE_CANDIDATES` that names a commit in `repoRoot`. */
async function resolveBase(repoRoot, base) {
    if (base !== undefined)
        return base;
    const { createGit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24157));
    const git = createGit(repoRoot);
    for (const candidate of DEFAULT_BASE_CANDIDATES) {
        if (await git.hasCommit(candidate))
            return candidate;
    }
    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__.InputError(`no base to compare with: none of ${DEFAULT_BASE_CANDIDATES.join(', ')} names a commit here`, { where: repoRoot, hint: 'pass --base REV: the branch your change will be merged into' });
}
async function runAffected(flags) {
    const { loadRunSources, planHosts, hostRunOptions } = await __webpack_require__.e(/* import() */ 630).then(__webpack_require__.bind(__webpack_require__, 42630));
    const { planChange, renderPlan } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 31754));
    const { resolveLaneRun, cancelOnSignals, createReporter } = await __webpack_require__.e(/* import() */ 135).then(__webpack_require__.bind(__webpack_require__, 45135));
    const { default: pLimit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70370));
    const hostFlags = planHosts(flags);
    const sources = await loadRunSources(flags);
    const base = flags.group === 'branch' ? await resolveBase(sources.repoRoot, flags.base) : flags.base;
    const plan = await planChange({
        sources: sources.sources,
        base,
        head: flags.head,
        group: flags.group,
        localChanges: !flags.committed,
    });
    process.stdout.write(renderPlan(plan));
    const selected = plan.selections.filter((selection) => selection.selected);
    if (selected.length === 0) {
        process.stdout.write('no lanes selected: nothing to run\n');
        return;
    }
    // Every lane is resolved before any runs, so a lane that cannot run stops the command up front.
    const laneRuns = selected.map((selection) => ({
        selection,
        laneRun: resolveLaneRun({ id: selection.id, sources: sources.runnable, env: process.env }),
    }));
    if (flags.dryRun) {
        for (const { selection, laneRun } of laneRuns) {
            process.stdout.write(`would run ${describeLaneRun(selection, laneRun)}\n`);
        }
        return;
    }
    warnAboutSnapshot(plan, flags);
    const cancellation = cancelOnSignals();
    const outcomes = new Map();
    const limit = pLimit(flags.parallel);
    const runLane = async ({ selection, laneRun }) => {
        if (cancellation.signal.aborted)
            return;
        const started = Date.now();
        const signal = cancellation.signal;
        const hosts = { ...hostFlags, concurrencyGroup: laneRun.concurrencyGroup };
        const reporter = laneReporter(createReporter('human', { stdout: process.stdout, stderr: process.stderr }), selection.id, flags.parallel > 1);
        const runLaneNow = () => sources.run({
            targetId: laneRun.runnable.targetId,
            targetDescription: laneRun.runnable.description,
            filters: laneRun.runnable.filters,
            changedFiles: [...plan.changed],
            message: `selected by pikaci run --affected: ${selection.explanation}`,
            jobs: laneRun.jobs,
            maxConcurrentExecutes: laneRun.maxConcurrentExecutes,
            includeLocalChanges: !flags.committed,
            ...hostRunOptions(hosts, signal),
            reporter,
            signal,
        });
        const run = flags.skipIfPassed
            ? await (await __webpack_require__.e(/* import() */ 486).then(__webpack_require__.bind(__webpack_require__, 73486))).runSkippingLocalPasses({
                id: selection.id,
                laneRun,
                stateRoot: sources.stateRoot,
                sourceRoot: sources.repoRoot,
                includeLocalChanges: !flags.committed,
                host: hostFlags.settings,
                env: process.env,
                signal,
                reporter,
                log: (line) => process.stderr.write(`${line}\n`),
                run: runLaneNow,
            })
            : await runLaneNow();
        outcomes.set(selection.id, {
            lane: selection.id,
            status: run.status,
            durationMs: Date.now() - started,
            runId: run.run_id,
            reason: run.pass_cache?.outcome === 'already_passed'
                ? (run.message ?? 'already passed')
                : selection.explanation,
        });
    };
    try {
        // Lanes of one concurrency group run one after another in a single slot, so a lane waiting
        // for its group's lock never holds a slot another lane could use; the lock itself is still
        // taken by each run, as `pikaci run <lane>` takes it, and guards against other runners.
        await Promise.all(chainsByGroup(laneRuns).map((chain) => limit(() => runChain(chain, runLane))));
    }
    finally {
        cancellation.dispose();
    }
    const rows = selected.map((selection) => outcomes.get(selection.id) ?? {
        lane: selection.id,
        status: 'not started',
        durationMs: null,
        runId: null,
        reason: selection.explanation,
    });
    process.stdout.write(renderOutcomes(rows));
    const failed = rows.some((row) => row.status !== 'passed' && row.status !== 'skipped');
    process.exitCode = cancellation.exitCode() ?? (failed ? 1 : 0);
}
/** Lanes grouped into chains: one chain per concurrency group (manifest order), one per ungrouped lane. */
function chainsByGroup(items) {
    const chains = [];
    const byGroup = new Map();
    for (const item of items) {
        const group = item.laneRun.concurrencyGroup;
        if (group === null) {
            chains.push([item]);
            continue;
        }
        const chain = byGroup.get(group);
        if (chain !== undefined) {
            chain.push(item);
            continue;
        }
        const fresh = [item];
        byGroup.set(group, fresh);
        chains.push(fresh);
    }
    return chains;
}
async function runChain(chain, run) {
    for (const item of chain)
        await run(item);
}
/** With lanes running at once, every output line says which lane (and job) printed it. */
function laneReporter(reporter, laneId, parallelLanes) {
    if (!parallelLanes)
        return reporter;
    const label = (jobId) => (jobId === laneId ? laneId : `${laneId}/${jobId}`);
    return {
        event: (event) => reporter.event(event),
        jobOutput: (output) => reporter.jobOutput?.({ ...output, jobId: label(output.jobId), parallel: true }),
        jobOutputEnd: (jobId) => reporter.jobOutputEnd?.(label(jobId)),
    };
}
function describeLaneRun(selection, laneRun) {
    const jobs = `${laneRun.jobs.length} ${laneRun.jobs.length === 1 ? 'job' : 'jobs'}`;
    const command = laneRun.lane?.command ?? null;
    const what = command === null
        ? `target \`${laneRun.runnable.targetId}\` (${jobs})`
        : `command \`${command.join(' ')}\``;
    const group = laneRun.concurrencyGroup === null ? '' : `, concurrency group \`${laneRun.concurrencyGroup}\``;
    return `${selection.id}: ${what}${group} — ${selection.explanation}`;
}
/** The lanes run from the checkout; a plan of another `--head` would not match what runs. */
function warnAboutSnapshot(plan, flags) {
    if (flags.head === undefined || plan.source.kind !== 'git')
        return;
    process.stderr.write(`warning: the lanes were planned for --head ${flags.head} but run on the checkout's ${flags.committed ? 'HEAD' : 'working tree'}; check out ${flags.head} to run exactly that revision\n`);
}
function formatDuration(ms) {
    if (ms === null)
        return '-';
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const secs = Math.round(ms / 1000);
    return `${Math.floor(secs / 60)}m${String(secs % 60).padStart(2, '0')}s`;
}
/** The final table: one row per selected lane, in manifest order, columns padded to line up. */
function renderOutcomes(rows) {
    const table = [
        ['lane', 'status', 'duration', 'run id', 'reason'],
        ...rows.map((row) => [
            row.lane,
            row.status,
            formatDuration(row.durationMs),
            row.runId ?? '-',
            row.reason,
        ]),
    ];
    const widths = [0, 1, 2, 3].map((column) => Math.max(...table.map((cells) => cells[column].length)));
    const lines = table.map((cells) => cells.map((cell, column) => (column < widths.length ? cell.padEnd(widths[column]) : cell)).join('  '));
    const passed = rows.filter((row) => row.status === 'passed').length;
    return `\n${lines.join('\n')}\n${passed} of ${rows.length} lanes passed\n`;
}


/***/ }),

/***/ 45300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ addHostOptions),
/* harmony export */   k: () => (/* binding */ orphanSweeps)
/* harmony export */ });
/* harmony import */ var _hosts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35851);

const collect = (value, previous) => [...previous, value];
function addHostOptions(command) {
    for (const spec of _hosts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .HOST_SETTINGS */ .HX) {
        const description = `${spec.description} ($${spec.env}${spec.kind === 'list' ? ', comma-separated' : ''})`;
        switch (spec.kind) {
            case 'boolean':
                command.option(`--${spec.name}`, description);
                break;
            case 'list':
                command.option(`--${spec.name} ${spec.argument ?? '<value>'}`, description, collect, []);
                break;
            case 'text':
            case 'integer':
                command.option(`--${spec.name} ${spec.argument ?? '<value>'}`, description);
                break;
        }
    }
    return command;
}
/** The `gc` sweeps the runtime modules offer, in registry order. */
function orphanSweeps() {
    return _hosts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RUNTIME_KINDS */ .n0.flatMap((runtime) => {
        const orphans = _hosts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .BACKENDS */ .A7[runtime].orphans;
        return orphans ? [{ ...orphans, runtime }] : [];
    });
}


/***/ }),

/***/ 31754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GROUPS: () => (/* binding */ GROUPS),
/* harmony export */   k: () => (/* binding */ register),
/* harmony export */   oneOf: () => (/* binding */ oneOf),
/* harmony export */   planChange: () => (/* binding */ planChange),
/* harmony export */   renderPlan: () => (/* binding */ renderPlan)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15756);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94383);
/* harmony import */ var _source_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49455);
/* harmony import */ var _host_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45300);




const FORMATS = ['human', 'json', 'matrix'];
const GROUPS = ['branch', 'nightly'];
function oneOf(flag, allowed, value) {
    if (allowed.includes(value))
        return value;
    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__.InputError(`${flag} must be one of ${allowed.join(', ')}, got \`${value}\``);
}
function register(program) {
    const command = program
        .command('plan')
        .description('select the lanes a change touches, explain each choice, and print the job matrix')
        .option('--manifest <path>', `lane manifest (default: ${_sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MANIFEST */ .mj} in the repository)`)
        .option(..._source_options_js__WEBPACK_IMPORTED_MODULE_3__/* .CATALOG_OPTION */ .G)
        .option('--base <rev>', 'diff from the merge base of <rev> and --head')
        .option('--head <rev>', 'the revision whose changes are planned (default: HEAD)')
        .option('--changed-from <file>', 'read changed paths from <file> (one per line, or NUL-separated); `-` for stdin')
        .option('--group <group>', 'lane group: branch or nightly', 'branch')
        .option('--lanes <list>', 'run exactly these lanes (comma-separated ids), or `all`')
        .option('--format <format>', 'human, json, or matrix (the matrix JSON alone)', 'human')
        .option('--repo <dir>', 'repository directory (default: the current directory)')
        .option('--explain-key <lane>', "print the lane's pass key (run --skip-if-passed, the action's skip-if-passed) and each input it hashes; host flags as for run");
    (0,_host_options_js__WEBPACK_IMPORTED_MODULE_2__/* .addHostOptions */ .O)(command).action(async (flags) => {
        if (flags.explainKey !== undefined) {
            const { explainKey } = await __webpack_require__.e(/* import() */ 956).then(__webpack_require__.bind(__webpack_require__, 50956));
            const format = oneOf('--format', ['human', 'json'], flags.format);
            process.stdout.write(await explainKey(flags.explainKey, flags, format));
            return;
        }
        const format = oneOf('--format', FORMATS, flags.format);
        const group = oneOf('--group', GROUPS, flags.group);
        process.stdout.write(await plan(flags, format, group));
    });
}
async function plan(flags, format, group) {
    const result = await planChange({ ...flags, group });
    const { source, changed, selections, matrix, manifestRelative } = result;
    switch (format) {
        case 'matrix':
            return `${JSON.stringify(matrix)}\n`;
        case 'json':
            return `${JSON.stringify({
                group,
                manifest: manifestRelative,
                base: source.kind === 'git' ? source.base : null,
                head: source.kind === 'git' ? source.head : null,
                merge_base: source.kind === 'git' ? source.mergeBase : null,
                diff_source: source.kind,
                changed_from: source.kind === 'changed-from' ? source.source : null,
                changed_files_count: changed.length,
                lanes: selections.map(({ id, title, selected, reason, explanation }) => ({
                    id,
                    title,
                    selected,
                    reason,
                    explanation,
                })),
                matrix,
            }, null, 2)}\n`;
        case 'human':
            return renderPlan(result);
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .xb)(format);
    }
}
/** The human rendering: where the diff came from, each lane with ✓/· and why, the count. */
function renderPlan(result) {
    const lines = [describeSource(result.source, result.changed.length)];
    for (const selection of result.selections) {
        lines.push(`${selection.selected ? '✓' : '·'} ${selection.id} (${selection.title}): ${selection.explanation}`);
    }
    lines.push(`${result.matrix.include.length} of ${result.selections.length} ${result.group} lanes selected`);
    return `${lines.join('\n')}\n`;
}
/** The selection `pikaci plan` prints, as data: the action's matcher and rules on the given change. */
async function planChange(request) {
    const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    const { existsSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
    const { loadLaneSources, requireManifest } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 94383));
    const { buildMatrix, parseLaneList, selectLanes } = await __webpack_require__.e(/* import() */ 150).then(__webpack_require__.bind(__webpack_require__, 99150));
    const { group } = request;
    if (request.base !== undefined && request.changedFrom !== undefined) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__.InputError('--base and --changed-from cannot be combined', {
            hint: 'diff two revisions with --base/--head, or pass the changed files with --changed-from',
        });
    }
    if (request.head !== undefined && request.base === undefined) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__.InputError('--head needs --base', {
            hint: 'pass --base REV: the revision the change is compared with',
        });
    }
    const explicitLanes = request.lanes === undefined ? undefined : parseLaneList(request.lanes);
    let sources = request.sources;
    if (sources === undefined) {
        const repoRoot = resolve(request.repo ?? '.');
        if (!existsSync(repoRoot))
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__.InputError(`repository directory \`${repoRoot}\` does not exist`, { where: '--repo' });
        // Lanes only, checked against the catalog's target ids: the action's plan step reads them the same way.
        sources = await loadLaneSources({
            catalog: request.catalog,
            manifest: request.manifest,
            repoRoot,
            manifestNeed: 'required',
            repoOption: '--repo DIR',
        });
    }
    requireManifest(sources);
    const { repoRoot: repo, lanes } = sources;
    // The manifest's own path as a changed file would spell it (set whenever the manifest is).
    const manifestRelative = sources.manifestRelative;
    const needsDiff = explicitLanes === undefined && group === 'branch';
    const { changed, source } = await changedFiles(request, repo, needsDiff);
    const selections = selectLanes({
        lanes,
        group,
        changed,
        manifestPath: manifestRelative,
        explicitLanes,
    });
    return { group, manifestRelative, source, changed, selections, matrix: buildMatrix(lanes, selections) };
}
async function changedFiles(flags, repo, needsDiff) {
    if (flags.changedFrom !== undefined) {
        const { readChangedFrom } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24157));
        const changed = await readChangedFrom(flags.changedFrom);
        return {
            changed,
            source: { kind: 'changed-from', source: flags.changedFrom === '-' ? 'stdin' : flags.changedFrom },
        };
    }
    if (flags.base !== undefined) {
        const { changesSince, createGit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24157));
        const git = createGit(repo);
        const since = await changesSince(git, flags.base, flags.head ?? 'HEAD');
        const withLocal = flags.localChanges === true && flags.head === undefined;
        // Committed changes first, in diff order (a lane's reason names the first file that selects it).
        const changed = withLocal ? [...new Set([...since.paths, ...(await git.localChanges())])] : since.paths;
        return {
            changed,
            source: {
                kind: 'git',
                base: since.base,
                head: since.head,
                mergeBase: since.from,
                localChanges: withLocal ? changed.length - since.paths.length : null,
            },
        };
    }
    if (needsDiff) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__.InputError('nothing to compare: the branch group is selected by a diff', {
            hint: 'pass --base REV (e.g. --base origin/main), or --changed-from FILE|-, or name lanes with --lanes',
        });
    }
    return { changed: [], source: { kind: 'none', why: 'lanes chosen without a diff' } };
}
function describeSource(source, count) {
    const files = count === 1 ? '1 changed file' : `${count} changed files`;
    switch (source.kind) {
        case 'git': {
            const diff = `git diff from the merge base ${source.mergeBase.slice(0, 12)} of ${source.base.slice(0, 12)} and ${source.head.slice(0, 12)}`;
            return source.localChanges === null
                ? `${files}: ${diff}`
                : `${files}: ${diff}, and the working tree adds ${source.localChanges === 0 ? 'none' : `${source.localChanges} (uncommitted or untracked)`}`;
        }
        case 'changed-from':
            return `${files} read from ${source.source}`;
        case 'none':
            return source.why;
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .xb)(source);
    }
}


/***/ }),

/***/ 49455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ CATALOG_OPTION)
/* harmony export */ });
/**
 * `--catalog`, described once for every command that loads the sources (`loadSources`): the default
 * is `REPO_CATALOG_PATH` (`src/catalog/paths.ts`), else the catalog bundled with the action. Kept
 * apart from the catalog module so registering a command does not load the catalog's dependencies.
 */
const CATALOG_OPTION = [
    '--catalog <path>',
    'target catalog (default: ci/pikaci-catalog.toml, else the bundled one)',
];


/***/ }),

/***/ 82078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
// EXTERNAL MODULE: ./src/cli/commands/host-options.ts
var host_options = __webpack_require__(45300);
;// CONCATENATED MODULE: ./src/cli/commands/gc.ts

function register(program) {
    const command = program
        .command('gc')
        .description('remove all but the newest runs (runs whose runner is alive are kept unless --force)')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--keep-runs <n>', 'how many of the newest runs to keep', '10')
        .option('--force', 'also remove runs that may still be running');
    for (const sweep of (0,host_options/* orphanSweeps */.k)()) {
        command.option(`--${sweep.flag}`, `instead: ${sweep.description} (on --ssh-host, else here)`);
    }
    command
        .option('--grace-secs <n>', 'with a sweep: what a run this state root does not know left is removed only when older (default 3600)')
        .option('--run <id>', 'with a sweep: look only at what this run left');
    (0,host_options/* addHostOptions */.O)(command).action(async (flags) => {
        const { InputError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15756));
        const { gcRuns, resolveStateRoot } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
        const sweeps = (0,host_options/* orphanSweeps */.k)().filter((sweep) => flags[sweep.flag] === true);
        if (sweeps.length > 0) {
            await sweepHost(flags, sweeps, await resolveStateRoot({ flag: flags.stateRoot }));
            return;
        }
        if (!/^\d+$/.test(flags.keepRuns)) {
            throw new InputError(`--keep-runs must be a non-negative integer, got \`${flags.keepRuns}\``);
        }
        const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
        const result = await gcRuns(stateRoot, {
            keep: Number(flags.keepRuns),
            force: flags.force ?? false,
        }).catch(async (error) => {
            throw await removalError(stateRoot, error);
        });
        const lines = [`removed_runs=${result.removed.length}`, ...result.removed];
        for (const id of result.kept_running)
            lines.push(`kept ${id}: it may still be running (use --force to remove)`);
        process.stdout.write(`${lines.join('\n')}\n`);
    });
}
/** A file system that refuses the removal is the environment's problem: say which, where, and the fix. */
async function removalError(stateRoot, error) {
    const { describeSystemError, isSystemError, PikaciError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15756));
    if (!isSystemError(error))
        return error;
    const hint = error.code === 'EROFS'
        ? 'the state root is on a read-only file system: remount it read-write (or run gc where it is writable)'
        : error.code === 'EACCES' || error.code === 'EPERM'
            ? 'run gc as the user that wrote the runs, or fix the permissions of the state root'
            : 'fix the state root, then run gc again';
    return new PikaciError(`cannot remove old runs under ${stateRoot}: ${describeSystemError(error)}`, {
        hint,
        cause: error,
    });
}
async function sweepHost(flags, sweeps, stateRoot) {
    const { InputError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15756));
    const { backendConfigs, DEFAULT_WORK_DIR, parseHostSettings } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 35851));
    const { DEFAULT_ORPHAN_GRACE_SECS, isRunId, orphanJudge } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
    const { connectSsh, LocalTransport } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 74347));
    if (flags.graceSecs !== undefined && !/^\d+$/.test(flags.graceSecs)) {
        throw new InputError(`--grace-secs must be a non-negative integer, got \`${flags.graceSecs}\``);
    }
    if (flags.run !== undefined && !isRunId(flags.run)) {
        throw new InputError(`--run must be a run id like the names under <state root>/runs, got \`${flags.run}\``);
    }
    const settings = parseHostSettings(flags, process.env);
    const configs = backendConfigs(settings, settings.remoteWorkDir ?? DEFAULT_WORK_DIR);
    const graceSecs = flags.graceSecs === undefined ? DEFAULT_ORPHAN_GRACE_SECS : Number(flags.graceSecs);
    const judge = orphanJudge(stateRoot, graceSecs);
    const transport = settings.ssh ? await connectSsh(settings.ssh) : new LocalTransport();
    try {
        const lines = [];
        for (const sweep of sweeps) {
            const decisions = await sweep.sweep(transport, configs[sweep.runtime], {
                judge,
                ...(flags.run === undefined ? {} : { run: flags.run }),
            });
            lines.push(`removed_${sweep.flag}=${decisions.filter((d) => d.action === 'removed').length}`);
            for (const d of decisions)
                lines.push(d.line);
        }
        process.stdout.write(`${lines.join('\n')}\n`);
    }
    finally {
        await transport.close();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/cli/commands/list.ts
/** `pikaci list`: every run, newest first; half-created and corrupt runs are listed as such. */

function list_register(program) {
    program
        .command('list')
        .description('list recorded runs, newest first')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--json', 'print the entries as JSON')
        .action(async (flags) => {
        const { listRuns, resolveStateRoot } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
        const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
        const entries = await listRuns(stateRoot);
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
            return;
        }
        if (entries.length === 0) {
            // On stderr, so that scripts reading the rows from stdout still see none.
            const missing = await (0,promises_.stat)(stateRoot).then(() => false, () => true);
            process.stderr.write(`no runs under ${stateRoot}${missing ? ' (it does not exist)' : ''}\n`);
            return;
        }
        for (const entry of entries) {
            if (entry.state !== 'recorded') {
                process.stdout.write(`${entry.run_id}\t${entry.state}\t-\t-\t${entry.reason}\n`);
                continue;
            }
            const { run, liveness } = entry;
            const status = liveness === 'abandoned' ? 'running (abandoned: its runner is gone)' : run.status;
            const target = run.target_id ?? run.jobs[0]?.id ?? '-';
            process.stdout.write(`${run.run_id}\t${status}\t${target}\t${run.created_at}\n`);
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/logs.ts

const FOLLOW_POLL_MS = 200;
function logs_register(program) {
    program
        .command('logs')
        .description("print a job's logs (the run's first job unless --job)")
        .argument('<run_id>')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--job <id>', 'the job whose logs to print')
        .option('--kind <kind>', 'host, guest or both', 'both')
        .option('--metadata-json', 'print the log paths and whether they exist, as JSON')
        .option('--follow', 'keep printing new output until the run finishes')
        .action(async (runId, flags) => {
        if (flags.kind !== 'host' && flags.kind !== 'guest' && flags.kind !== 'both') {
            throw new util.InputError(`--kind must be host, guest or both, got \`${flags.kind}\``);
        }
        const kind = flags.kind;
        const records = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
        const stateRoot = await records.resolveStateRoot({ flag: flags.stateRoot });
        await records.ensureReadableStateRoot(stateRoot);
        if (flags.metadataJson) {
            const options = flags.job === undefined ? {} : { job: flags.job };
            const metadata = await records.loadLogsMetadata(stateRoot, runId, options);
            process.stdout.write(`${JSON.stringify(metadata, null, 2)}\n`);
            return;
        }
        const run = await records.loadRunRecord(stateRoot, runId);
        const job = records.logJob(run, flags.job);
        const files = [];
        if (kind !== 'guest')
            files.push({ label: 'host', path: job.host_log_path });
        if (kind !== 'host')
            files.push({ label: 'guest', path: job.guest_log_path });
        if (flags.follow)
            await follow(stateRoot, runId, files);
        else
            for (const file of files)
                await printFile(file.label, file.path);
    });
}
async function printFile(label, path) {
    const { createReadStream } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
    const { stat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    if (!(await stat(path).catch(() => null))?.isFile()) {
        throw new util.InputError(`cannot read the ${label} log: no such file`, { where: path });
    }
    process.stdout.write(`== ${label} ==\n`);
    for await (const chunk of createReadStream(path))
        process.stdout.write(chunk);
}
/** Print bytes as they are appended, until run.json says the run is over (or its runner is gone). */
async function follow(stateRoot, runId, files) {
    const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    const { loadRunRecord, runLiveness } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
    const offsets = files.map(() => 0);
    let lastLabel = null;
    const drain = async () => {
        for (const [index, file] of files.entries()) {
            const handle = await open(file.path, 'r').catch(() => null);
            if (!handle)
                continue;
            try {
                const buffer = Buffer.alloc(64 * 1024);
                for (;;) {
                    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offsets[index]);
                    if (bytesRead === 0)
                        break;
                    if (files.length > 1 && lastLabel !== file.label)
                        process.stdout.write(`== ${file.label} ==\n`);
                    lastLabel = file.label;
                    offsets[index] += bytesRead;
                    process.stdout.write(Buffer.from(buffer.subarray(0, bytesRead)));
                }
            }
            finally {
                await handle.close();
            }
        }
    };
    for (;;) {
        const run = await loadRunRecord(stateRoot, runId);
        const liveness = runLiveness(run);
        await drain();
        if (liveness === 'terminal' || liveness === 'abandoned') {
            await drain();
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, FOLLOW_POLL_MS));
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/prepared-outputs.ts
function prepared_outputs_register(program) {
    program
        .command('prepared-outputs')
        .description("show a run's prepared outputs (staged payloads)")
        .argument('<run_id>')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--json', 'print the record as JSON')
        .action(async (runId, flags) => {
        const { InputError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15756));
        const { loadPreparedOutputsRecord, resolveStateRoot, ensureReadableStateRoot } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
        const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
        await ensureReadableStateRoot(stateRoot);
        const record = await loadPreparedOutputsRecord(stateRoot, runId);
        if (record === null)
            throw new InputError(`prepared outputs not found for run \`${runId}\``);
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
            return;
        }
        const lines = [
            `run_id=${runId}`,
            `schema_version=${record.schema_version}`,
            `outputs=${record.outputs.length}`,
        ];
        for (const output of record.outputs) {
            lines.push([
                output.node_id,
                output.output_name,
                output.installable,
                output.consumer,
                output.realized_path,
                output.payload?.kind ?? '-',
                String(output.payload?.entrypoints.length ?? 0),
            ].join('\t'));
        }
        process.stdout.write(`${lines.join('\n')}\n`);
    });
}

// EXTERNAL MODULE: ./src/cli/commands/affected.ts
var affected = __webpack_require__(35109);
// EXTERNAL MODULE: ./src/sources/index.ts + 2 modules
var sources = __webpack_require__(94383);
// EXTERNAL MODULE: ./src/cli/commands/source-options.ts
var source_options = __webpack_require__(49455);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts





const collect = (value, previous) => [...previous, value];
function parseOutputFormat(value) {
    if (value === 'human' || value === 'json' || value === 'jsonl')
        return value;
    throw new util.InputError(`--output must be human, json or jsonl, got \`${value}\``);
}
function run_register(program) {
    const command = program
        .command('run')
        .description('run a catalog target or a lane of ci/forge-lanes.toml and record it under the state root')
        .argument('[target-or-lane]', 'catalog target id or manifest lane id (or --affected)')
        .option(...source_options/* CATALOG_OPTION */.G)
        .option('--manifest <path>', `lane manifest (default: ${sources/* DEFAULT_MANIFEST */.mj} of the repository, if present)`)
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--output <format>', 'human, json (final run record) or jsonl (lifecycle events)', 'human')
        .option('--job <id>', 'run only this job of the target (repeatable)', collect, [])
        .option('--since <rev>', "run only if files changed since <rev> match the target's path filters")
        .option('--concurrency-group <name>', "hold this group's lock on each placement host for the run (default: the lane's concurrency_group)")
        .option('--affected', 'run every lane the change selects, as the plan step would (see --base)')
        .option('--base <rev>', `--affected: diff from the merge base of <rev> and HEAD (default: the first of ${affected/* DEFAULT_BASE_CANDIDATES */.j.join(', ')} that exists)`)
        .option('--head <rev>', '--affected: plan the changes of <rev> instead of HEAD and the working tree')
        .option('--group <group>', '--affected: lane group, branch (default) or nightly')
        .option('--parallel <n>', '--affected: run up to <n> lanes at once (default 1)')
        .option('--committed', '--affected: leave uncommitted edits and untracked files out of plan and runs')
        .option('--dry-run', '--affected: print the plan and what would run, run nothing')
        .option('--skip-if-passed', "don't run a lane whose pass key (see pikaci plan --explain-key) already passed in this state root; say which run proved it");
    (0,host_options/* addHostOptions */.O)(command).action(async (id, flags) => {
        const format = parseOutputFormat(flags.output);
        if (flags.affected === true || id === undefined) {
            const { runAffected, parseParallel } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 35109));
            const { GROUPS, oneOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 31754));
            checkAffectedFlags(id, flags, format);
            await runAffected({
                ...flags,
                group: oneOf('--group', GROUPS, flags.group ?? 'branch'),
                parallel: parseParallel(flags.parallel ?? '1'),
                committed: flags.committed === true,
                dryRun: flags.dryRun === true,
                skipIfPassed: flags.skipIfPassed === true,
            });
            return;
        }
        checkSingleRunFlags(flags);
        const { loadRunSources, changedFilesSince, executeAndReport, planHosts, hostRunOptions } = await __webpack_require__.e(/* import() */ 630).then(__webpack_require__.bind(__webpack_require__, 42630));
        const hostFlags = planHosts(flags);
        const sources = await loadRunSources(flags);
        const { resolveLaneRun, gateOnChanges, recordSkippedRun } = await __webpack_require__.e(/* import() */ 135).then(__webpack_require__.bind(__webpack_require__, 45135));
        // The same resolution as the action's `command: run`: jobs, concurrency group, parallelism.
        const laneRun = resolveLaneRun({
            id,
            sources: sources.runnable,
            jobIds: flags.job,
            concurrencyGroup: hostFlags.concurrencyGroup,
            env: process.env,
        });
        const hosts = { ...hostFlags, concurrencyGroup: laneRun.concurrencyGroup };
        const metadata = {
            targetId: laneRun.runnable.targetId,
            targetDescription: laneRun.runnable.description,
            filters: laneRun.runnable.filters,
        };
        const execution = { jobs: laneRun.jobs, maxConcurrentExecutes: laneRun.maxConcurrentExecutes };
        let gated = null;
        if (flags.since !== undefined) {
            const { compilePatternSet } = await __webpack_require__.e(/* import() */ 854).then(__webpack_require__.bind(__webpack_require__, 27854));
            const changedFiles = await changedFilesSince(sources.repoRoot, flags.since);
            const gate = gateOnChanges({
                filters: laneRun.runnable.filters,
                changedFiles,
                since: flags.since,
                manifestPath: sources.manifestRelative,
                compile: compilePatternSet,
            });
            if (!gate.run) {
                await executeAndReport(format, (reporter) => recordSkippedRun({
                    ...metadata,
                    stateRoot: sources.stateRoot,
                    sourceRoot: sources.repoRoot,
                    changedFiles,
                    message: gate.reason,
                    reporter,
                }));
                return;
            }
            gated = { changedFiles, message: gate.reason };
        }
        const runLane = (reporter, signal) => sources.run({
            ...metadata,
            ...execution,
            ...hostRunOptions(hosts, signal),
            ...gated,
            reporter,
            signal,
        });
        if (flags.skipIfPassed !== true) {
            await executeAndReport(format, runLane);
            return;
        }
        const { runSkippingLocalPasses } = await __webpack_require__.e(/* import() */ 486).then(__webpack_require__.bind(__webpack_require__, 73486));
        await executeAndReport(format, (reporter, signal) => runSkippingLocalPasses({
            id,
            laneRun,
            stateRoot: sources.stateRoot,
            sourceRoot: sources.repoRoot,
            includeLocalChanges: sources.includeLocalChanges,
            host: hostFlags.settings,
            env: process.env,
            signal,
            reporter,
            log: (line) => process.stderr.write(`${line}\n`),
            run: () => runLane(reporter, signal),
        }));
    });
}
/** `--affected` plans and runs many lanes: a lane id and the one-run flags do not apply to it. */
function checkAffectedFlags(id, flags, format) {
    if (flags.affected !== true) {
        throw new util.InputError('pikaci run needs a target or lane id, or --affected', {
            hint: 'pikaci run <target-or-lane> runs one; pikaci run --affected runs every lane your change selects',
        });
    }
    if (id !== undefined) {
        throw new util.InputError(`\`${id}\` and --affected cannot be combined`, {
            hint: `run one lane with \`pikaci run ${id}\`, or every selected lane with \`pikaci run --affected\``,
        });
    }
    const single = [
        ['--job', flags.job.length > 0],
        ['--since', flags.since !== undefined],
        ['--concurrency-group', flags.concurrencyGroup !== undefined],
        ['--output json/jsonl', format !== 'human'],
    ];
    for (const [flag, given] of single) {
        if (given) {
            throw new util.InputError(`${flag} cannot be combined with --affected`, {
                hint: 'each selected lane runs whole, under its own concurrency group, with human output',
            });
        }
    }
}
/** The `--affected` flags mean nothing for one named run: refuse them rather than ignore them. */
function checkSingleRunFlags(flags) {
    const affectedOnly = [
        ['--base', flags.base !== undefined],
        ['--head', flags.head !== undefined],
        ['--group', flags.group !== undefined],
        ['--parallel', flags.parallel !== undefined],
        ['--committed', flags.committed === true],
        ['--dry-run', flags.dryRun === true],
    ];
    for (const [flag, given] of affectedOnly) {
        if (given) {
            throw new util.InputError(`${flag} needs --affected`, {
                hint: `add --affected to run the lanes a change selects, or drop ${flag}`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/rerun.ts




function rerun_register(program) {
    const command = program
        .command('rerun')
        .description("run a recorded run's target again against the same snapshot")
        .argument('<run_id>', 'the run to repeat')
        .option(...source_options/* CATALOG_OPTION */.G)
        .option('--manifest <path>', `lane manifest (default: ${sources/* DEFAULT_MANIFEST */.mj} of the repository, if present)`)
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--output <format>', 'human, json or jsonl', 'human')
        .option('--concurrency-group <name>', "hold this group's lock on each placement host for the run");
    (0,host_options/* addHostOptions */.O)(command).action(async (runId, flags) => {
        const format = parseOutputFormat(flags.output);
        const { InputError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15756));
        const { loadRunRecord, ensureReadableStateRoot } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
        const { resolveRunnable, selectJobs, recordSkippedRun } = await __webpack_require__.e(/* import() */ 135).then(__webpack_require__.bind(__webpack_require__, 45135));
        const { loadRunSources, executeAndReport, planHosts, hostRunOptions } = await __webpack_require__.e(/* import() */ 630).then(__webpack_require__.bind(__webpack_require__, 42630));
        const hosts = planHosts(flags);
        const sources = await loadRunSources(flags);
        await ensureReadableStateRoot(sources.stateRoot);
        const previous = await loadRunRecord(sources.stateRoot, runId);
        const targetId = previous.target_id ?? (previous.jobs.length === 1 ? previous.jobs[0].id : null);
        if (targetId === null) {
            throw new InputError(`run \`${runId}\` cannot be rerun because it does not record a target id`);
        }
        const runnable = resolveRunnable(targetId, sources.runnable);
        const metadata = {
            targetId: runnable.targetId,
            targetDescription: previous.target_description ?? runnable.description,
            changedFiles: previous.changed_files,
            filters: previous.filters,
            message: `rerun of ${runId}`,
        };
        if (previous.status === 'skipped') {
            await executeAndReport(format, (reporter) => recordSkippedRun({
                ...metadata,
                stateRoot: sources.stateRoot,
                sourceRoot: sources.repoRoot,
                rerunOf: previous,
                reporter,
            }));
            return;
        }
        if (previous.snapshot_dir === '') {
            throw new InputError(`run \`${runId}\` has no snapshot to rerun`, {
                hint: 'start a new run with `pikaci run`',
            });
        }
        const jobs = selectJobs(runnable, previous.jobs.map((job) => job.id));
        await executeAndReport(format, (reporter, signal) => sources.run({
            ...metadata,
            ...hostRunOptions(hosts, signal),
            jobs,
            rerunOf: previous,
            reporter,
            signal,
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts
function status_register(program) {
    program
        .command('status')
        .description("show a run's status and its jobs")
        .argument('<run_id>')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--json', 'print the run record as JSON')
        .action(async (runId, flags) => {
        const { loadRunRecord, resolveStateRoot, ensureReadableStateRoot, runLiveness } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
        const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
        await ensureReadableStateRoot(stateRoot);
        const run = await loadRunRecord(stateRoot, runId);
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
            return;
        }
        const lines = [`${run.run_id} ${run.target_id ?? '-'} ${run.status}`];
        if (runLiveness(run) === 'abandoned')
            lines.push(`runner=gone (pid ${run.runner_pid} on ${run.runner_host} no longer exists)`);
        if (run.rerun_of)
            lines.push(`rerun_of=${run.rerun_of}`);
        if (run.plan_path)
            lines.push(`plan=${run.plan_path}`);
        if (run.prepared_outputs_path)
            lines.push(`prepared_outputs=${run.prepared_outputs_path}`);
        if (run.prepared_output_consumer)
            lines.push(`prepared_output_consumer=${run.prepared_output_consumer}`);
        if (run.message)
            lines.push(run.message);
        if (run.changed_files.length > 0)
            lines.push(`changed_files=${run.changed_files.length}`);
        for (const job of run.jobs)
            lines.push(`${job.id} ${job.status}${job.message ? ` ${job.message}` : ''}`);
        process.stdout.write(`${lines.join('\n')}\n`);
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/show.ts

/** Each log is shown up to its last 512 KiB, so a page stays quick to open; the rest is in the file. */
const MAX_LOG_BYTES = 512 * 1024;
function show_register(program) {
    program
        .command('show')
        .description('write a run as one self-contained HTML page: timeline, jobs, logs, prepared outputs')
        .argument('<run_id>')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--html', 'write the HTML page (the only view `show` has)')
        .option('--out <file>', 'where to write it (default: ./pikaci-<run_id>.html)')
        .option('--open', 'open it with xdg-open (macOS: open) when that is installed')
        .action(async (runId, flags) => {
        if (!flags.html) {
            throw new util.InputError('`pikaci show` writes an HTML page; pass --html', {
                hint: `pikaci show ${runId} --html [--out FILE] [--open]`,
            });
        }
        const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
        const records = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
        const { runHtml } = await __webpack_require__.e(/* import() */ 244).then(__webpack_require__.bind(__webpack_require__, 3244));
        const stateRoot = await records.resolveStateRoot({ flag: flags.stateRoot });
        await records.ensureReadableStateRoot(stateRoot);
        const bundle = await records.loadRunBundle(stateRoot, runId, {
            onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
        });
        const logs = new Map();
        const runDir = records.runPaths(stateRoot, bundle.run.run_id).runDir;
        for (const job of bundle.run.jobs) {
            // A run unpacked by hand (`gh run download`) keeps the runner's paths: read its own copies.
            const own = records.jobPaths(runDir, job.id);
            logs.set(job.id, {
                host: await readLogTail(job.host_log_path, own.hostLog),
                guest: await readLogTail(job.guest_log_path, own.guestLog),
            });
        }
        const out = resolve(flags.out ?? `pikaci-${bundle.run.run_id}.html`);
        await records.writeFileAtomic(out, runHtml({ bundle, logs }));
        process.stdout.write(`${out}\n`);
        if (flags.open)
            await openFile(out);
    });
}
/**
 * The last `MAX_LOG_BYTES` of a log, starting at a line boundary: from the recorded path, else from
 * the same file inside this state root's copy of the run; a log in neither place says so.
 */
async function readLogTail(recorded, own) {
    const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    let path = recorded;
    let handle = await open(path, 'r').catch((error) => error);
    if (!('read' in handle) && handle.code === 'ENOENT' && own !== recorded) {
        path = own;
        handle = await open(path, 'r').catch((error) => error);
    }
    if (!('read' in handle)) {
        const reason = handle.code === 'ENOENT' ? 'not written' : `cannot read: ${handle.message}`;
        return { kind: 'missing', path: recorded, reason };
    }
    try {
        const { size } = await handle.stat();
        const start = Math.max(0, size - MAX_LOG_BYTES);
        const buffer = Buffer.alloc(size - start);
        await handle.read(buffer, 0, buffer.length, start);
        const cut = start === 0 ? 0 : buffer.indexOf(0x0a) + 1;
        return { kind: 'text', path, text: buffer.subarray(cut).toString('utf8'), omittedBytes: start + cut };
    }
    finally {
        await handle.close();
    }
}
/** Hands the file to the desktop's opener, detached; without one, says where the file is. */
async function openFile(file) {
    const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
    const path = await onPath(opener);
    if (path === null) {
        process.stderr.write(`no ${opener} on PATH; open ${file} in a browser\n`);
        return;
    }
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    const child = spawn(path, [file], { detached: true, stdio: 'ignore' });
    child.on('error', (error) => process.stderr.write(`${opener} failed (${error.message}); open ${file} in a browser\n`));
    child.unref();
}
async function onPath(name) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    const { delimiter, join } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
        if (dir === '')
            continue;
        const candidate = join(dir, name);
        if (await access(candidate, constants.X_OK).then(() => true, () => false))
            return candidate;
    }
    return null;
}

// EXTERNAL MODULE: ./src/cli/commands/plan.ts
var plan = __webpack_require__(31754);
;// CONCATENATED MODULE: ./src/cli/commands/targets.ts


function targets_register(program) {
    program
        .command('targets')
        .description('list the catalog targets with their jobs (placement, runtime, timeout, command)')
        .option(...source_options/* CATALOG_OPTION */.G)
        .option('--manifest <path>', `lane manifest that binds staged targets to their filters (default: ${sources/* DEFAULT_MANIFEST */.mj} if present)`)
        .option('--json', 'print JSON (shape: see `targetsJson`)')
        .action(async (flags) => {
        const { catalog, manifest } = await (0,sources/* loadSources */.Dl)({ ...flags, manifestNeed: 'optional' });
        const { compileJobCommand } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 54553));
        const json = targetsJson(catalog, manifest, (job) => compileJobCommand(job));
        process.stdout.write(flags.json ? `${JSON.stringify(json, null, 2)}\n` : renderTargets(json));
    });
}
/** Stable JSON: keys in this order, targets and jobs in catalog order. */
function targetsJson(catalog, manifest, compile) {
    const targetJson = (target) => ({
        id: target.id,
        description: target.description,
        staged: target.staged !== undefined,
        lane: catalog.bindings.get(target.id) ?? null,
        filters: target.filters,
        jobs: target.jobs.map((job) => {
            const compiled = compile(job);
            return {
                id: job.id,
                description: job.description,
                placement: job.execution.placement,
                runtime: job.execution.runtime,
                timeout_secs: job.timeout_secs,
                writable_workspace: job.writable_workspace,
                command: compiled.command,
                run_as_root: compiled.runAsRoot,
                runtime_config: job.runtime_config,
                guest_command: job.guest_command,
            };
        }),
    });
    return {
        catalog: catalog.path,
        manifest: manifest?.path ?? null,
        targets: [...catalog.targets.values()].map(targetJson),
    };
}
function renderTargets(json) {
    const lines = [`catalog ${json.catalog}${json.manifest ? ` (filters from ${json.manifest})` : ''}`];
    for (const target of json.targets) {
        const notes = [
            target.staged ? `staged${target.lane ? `, lane ${target.lane}` : ', no lane bound'}` : undefined,
            target.filters.length > 0 ? `${target.filters.length} filters` : undefined,
        ].filter(Boolean);
        lines.push('', `${target.id}  ${target.description}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`);
        for (const job of target.jobs) {
            const firstLine = job.command.split('\n')[0];
            const command = firstLine.length > 100 ? `${firstLine.slice(0, 97)}...` : firstLine;
            lines.push(`  ${job.id}  ${job.placement}/${job.runtime}  ${job.timeout_secs}s${job.run_as_root ? '  root' : ''}  ${command}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/lanes.ts


function lanes_register(program) {
    program
        .command('lanes')
        .description('list the lanes of the manifest: target or command, entrypoint, group, runner labels')
        .option('--manifest <path>', `lane manifest (default: ${sources/* DEFAULT_MANIFEST */.mj} in the repository)`)
        .option(...source_options/* CATALOG_OPTION */.G)
        .option('--json', 'print JSON (shape: see `lanesJson`)')
        .action(async (flags) => {
        const { catalog, manifest } = await (0,sources/* loadSources */.Dl)({ ...flags, manifestNeed: 'required' });
        const json = lanesJson(manifest, catalog.path);
        process.stdout.write(flags.json ? `${JSON.stringify(json, null, 2)}\n` : renderLanes(json));
    });
}
/** Stable JSON: every lane (branch first, file order) with its normalized fields in a fixed key order. */
function lanesJson(manifest, catalogPath) {
    const laneJson = (lane) => ({
        id: lane.id,
        title: lane.title,
        group: lane.group,
        target: lane.target,
        staged_linux_target: lane.staged_linux_target,
        command: lane.command,
        entrypoint: lane.entrypoint,
        concurrency_group: lane.concurrency_group,
        runs_on: lane.runs_on,
        paths: lane.paths,
        line: lane.line,
    });
    return {
        manifest: manifest.path,
        catalog: catalogPath,
        nightly_schedule_utc: manifest.nightly_schedule_utc,
        lanes: [...manifest.branch, ...manifest.nightly].map(laneJson),
    };
}
function renderLanes(json) {
    const lines = [`manifest ${json.manifest} (catalog ${json.catalog})`];
    for (const lane of json.lanes) {
        const runs = lane.target !== null ? `target ${lane.target}` : `command ${lane.entrypoint}`;
        const runsOn = typeof lane.runs_on === 'string' ? lane.runs_on : lane.runs_on.join(',');
        const details = [
            `runs-on ${runsOn}`,
            lane.concurrency_group ? `group ${lane.concurrency_group}` : undefined,
            lane.group === 'branch'
                ? lane.paths.length > 0
                    ? `${lane.paths.length} paths`
                    : 'always'
                : `nightly at ${json.nightly_schedule_utc} UTC`,
        ].filter(Boolean);
        lines.push(`${lane.group.padEnd(7)} ${lane.id}  ${lane.title}  ${runs}  (${details.join('; ')})`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/invariants.ts
function invariants_register(program) {
    program
        .command('invariants')
        .description('check the project invariants (invariants/invariants.toml) and print pass/fail for each')
        .option('--invariants <path>', 'invariants file (default: invariants/invariants.toml in the repository)')
        .option('--catalog <path>', "catalog to check instead of the file's subject")
        .option('--manifest <path>', "lane manifest to check instead of the file's subject")
        .option('--json', 'print the report as JSON')
        .action(async (flags) => {
        const { join, resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
        const { repoRoot } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24157));
        const { INVARIANTS_PATH, loadInvariants, renderInvariants, runInvariants } = await Promise.all(/* import() */[__webpack_require__.e(638), __webpack_require__.e(24)]).then(__webpack_require__.bind(__webpack_require__, 35024));
        const path = flags.invariants !== undefined ? resolve(flags.invariants) : join(await repoRoot(), INVARIANTS_PATH);
        const report = await runInvariants(await loadInvariants(path), {
            catalog: flags.catalog === undefined ? undefined : resolve(flags.catalog),
            manifest: flags.manifest === undefined ? undefined : resolve(flags.manifest),
        });
        process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderInvariants(report));
        if (!report.ok)
            process.exitCode = 1;
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/download.ts

function download_register(program) {
    program
        .command('download')
        .description("download a workflow run's pikaci artifacts into the state root (then use list/status/logs)")
        .requiredOption('--repo <owner/name>', 'the repository the workflow ran in')
        .requiredOption('--run-id <n>', 'the workflow run id (the number in …/actions/runs/<id>)')
        .option('--lane <id>', 'only this lane')
        .option('--state-root <path>', 'where to unpack (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--api-url <url>', 'REST API base URL (default: $GITHUB_API_URL, else https://api.github.com)')
        .action(async (flags) => {
        const token = process.env['GITHUB_TOKEN'] || process.env['GH_TOKEN'] || '';
        if (token === '') {
            throw new util.InputError('no GitHub token: set GITHUB_TOKEN or GH_TOKEN', {
                hint: "e.g. `GH_TOKEN=$(gh auth token) pikaci download …`; the token needs read access to the repository's Actions",
            });
        }
        if (!/^\d+$/.test(flags.runId) || Number(flags.runId) <= 0) {
            throw new util.InputError(`--run-id must be a workflow run id (a positive number), got \`${flags.runId}\``, {
                where: '--run-id',
            });
        }
        const { downloadRuns, splitRepository } = await __webpack_require__.e(/* import() */ 875).then(__webpack_require__.bind(__webpack_require__, 36875));
        const { resolveStateRoot } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
        splitRepository(flags.repo, '--repo');
        const downloaded = await downloadRuns({
            target: {
                token,
                repository: flags.repo,
                apiUrl: flags.apiUrl || process.env['GITHUB_API_URL'] || null,
            },
            workflowRunId: Number(flags.runId),
            lane: flags.lane,
            stateRoot: await resolveStateRoot({ flag: flags.stateRoot }),
            log: (line) => void process.stderr.write(`${line}\n`),
        });
        for (const run of downloaded) {
            process.stdout.write(`${run.runId} ${run.lane} attempt=${run.attempt} ${run.status}\n`);
        }
        const first = downloaded[0];
        if (first)
            process.stderr.write(`next: pikaci status ${first.runId}   pikaci logs ${first.runId}\n`);
    });
}

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
;// CONCATENATED MODULE: ./src/cli/version.ts
/**
 * The package version, fixed when the CLI is built: ncc inlines the imported `version` field into
 * the bundle, so `dist/cli/index.js` never reads package.json at run time. From `src/` (tsx) and
 * `lib/` the import resolves to the package's own package.json, two directories up.
 */

const PACKAGE_VERSION = package_0/* version */.rE;

;// CONCATENATED MODULE: ./src/cli/commands/version.ts

function version_register(program) {
    program
        .command('version')
        .description('print the version, the Node.js version and the shipped catalog and guest runner')
        .option('--json', 'print { version, node, catalog, guestRunner } as JSON')
        .action(async (flags) => {
        const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
        const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
        const { defaultCatalogPath } = await Promise.all(/* import() */[__webpack_require__.e(638), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 15799));
        const { guestRunnerScriptPath } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 41341));
        const { PikaciError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15756));
        async function fileId(path, what) {
            try {
                return `sha256:${createHash('sha256')
                    .update(await readFile(path))
                    .digest('hex')}`;
            }
            catch (error) {
                throw new PikaciError(`cannot read the ${what}: ${error.message}`, {
                    where: path,
                    hint: 'this installation of pikaci-action is incomplete: reinstall it, or rebuild with `npm run build`',
                    cause: error,
                });
            }
        }
        const catalogPath = defaultCatalogPath();
        const runnerPath = guestRunnerScriptPath();
        const report = {
            version: PACKAGE_VERSION,
            node: process.version,
            catalog: await fileId(catalogPath, 'bundled catalog'),
            guestRunner: await fileId(runnerPath, 'guest runner script'),
        };
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
            return;
        }
        process.stdout.write([
            `pikaci ${report.version}`,
            `node ${report.node}`,
            `catalog ${report.catalog} (${catalogPath})`,
            `guest runner ${report.guestRunner} (${runnerPath})`,
        ].join('\n') + '\n');
    });
}

;// CONCATENATED MODULE: ./src/cli/program.ts
/**
 * The `pikaci` command tree. Each command lives in `commands/<name>.ts` and exports
 * `register(program)`; commands that need heavy dependencies import them lazily in their action.
 */
















function buildProgram() {
    const program = new esm/* Command */.uB('pikaci')
        .description('Plan and run pikaci lanes: host processes, Incus instances, Tart VMs')
        .version(PACKAGE_VERSION)
        .showHelpAfterError()
        .exitOverride();
    (0,plan/* register */.k)(program);
    run_register(program);
    rerun_register(program);
    list_register(program);
    status_register(program);
    logs_register(program);
    show_register(program);
    prepared_outputs_register(program);
    register(program);
    targets_register(program);
    lanes_register(program);
    invariants_register(program);
    download_register(program);
    version_register(program);
    return program;
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
/**
 * The CLI itself, loaded by `main.ts` once the compile cache is on: parse argv, run the command, and
 * turn errors into one readable message and an exit code.
 */



async function runCli(argv) {
    // `pikaci list | head` closes the pipe early: that is the reader's choice, not an error.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(0);
        throw error;
    });
    const program = buildProgram();
    try {
        await program.parseAsync(argv);
        return process.exitCode === undefined ? 0 : Number(process.exitCode);
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            return error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof util.PikaciError) {
            process.stderr.write(`pikaci: ${error.describe()}\n`);
            return error.exitCode;
        }
        if ((0,util.isSystemError)(error)) {
            // A file or process the environment refused (read-only, permissions, missing program): no stack.
            process.stderr.write(`pikaci: ${(0,util.describeSystemError)(error)}\n  hint: check that path and its file system (mounted read-only? full? owned by another user?), then run the command again\n`);
            return 1;
        }
        process.stderr.write(`pikaci: internal error: ${(0,util/* errorMessage */.gJ)(error)}\n`);
        if (error instanceof Error && error.stack)
            process.stderr.write(`${error.stack}\n`);
        return 1;
    }
}


/***/ }),

/***/ 24157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHANGE_STATUSES: () => (/* reexport */ CHANGE_STATUSES),
  GIT_REDIRECTING_ENV: () => (/* reexport */ GIT_REDIRECTING_ENV),
  changesSince: () => (/* reexport */ changesSince),
  createGit: () => (/* reexport */ createGit),
  gitEnvironment: () => (/* reexport */ gitEnvironment),
  parseChangedList: () => (/* reexport */ parseChangedList),
  parseNameStatusZ: () => (/* reexport */ parseNameStatusZ),
  pathsOfChanges: () => (/* reexport */ pathsOfChanges),
  readChangedFrom: () => (/* reexport */ readChangedFrom),
  repoRoot: () => (/* reexport */ repoRoot),
  runGit: () => (/* reexport */ runGit),
  streamGit: () => (/* reexport */ streamGit)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/toml/index.ts + 3 modules
var toml = __webpack_require__(4509);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/git/changes.ts
/**
 * Changed-file lists: `git diff -z --name-status` output, and the `--changed-from FILE|-` lists a
 * caller hands in. Names are taken verbatim: `-z` means git neither quotes nor escapes them, and
 * nothing here trims them (a name may begin or end with a space). A name whose bytes are not valid
 * UTF-8 is decoded with U+FFFD in their place and reported, so the caller can warn (README,
 * "Matching rules").
 */



const CHANGE_STATUSES = ['A', 'C', 'D', 'M', 'R', 'T', 'U', 'X'];
/** The one line a caller prints for an `InvalidUtf8Name`. */
function invalidUtf8Warning(name) {
    return `changed file name is not valid UTF-8: "${name.escaped}"; it is matched as ${JSON.stringify(name.decoded)} (each invalid byte sequence replaced by U+FFFD), so only a wildcard can match those bytes`;
}
/** Splits NUL-separated bytes into UTF-8 names, reporting each name whose bytes are not valid UTF-8. */
function decodeNulSeparated(bytes, onInvalid = () => undefined) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if ((0,external_node_buffer_.isUtf8)(buffer))
        return buffer.toString('utf8').split('\0');
    const fields = [];
    let start = 0;
    for (;;) {
        const end = buffer.indexOf(0, start);
        const field = buffer.subarray(start, end === -1 ? buffer.length : end);
        const decoded = field.toString('utf8');
        if (!(0,external_node_buffer_.isUtf8)(field))
            onInvalid({ escaped: escapeBytes(field), decoded });
        fields.push(decoded);
        if (end === -1)
            return fields;
        start = end + 1;
    }
}
function escapeBytes(bytes) {
    let out = '';
    for (const byte of bytes) {
        if (byte === 0x5c)
            out += '\\\\';
        else if (byte >= 0x20 && byte < 0x7f)
            out += String.fromCharCode(byte);
        else
            out += `\\x${byte.toString(16).padStart(2, '0')}`;
    }
    return out;
}
/**
 * Parse `git diff -z --name-status` output: `S\0path\0`, or `Rnnn\0from\0to\0` for renames and
 * copies. Given bytes, names that are not valid UTF-8 are reported to `onInvalid`.
 */
function parseNameStatusZ(output, onInvalid) {
    const fields = typeof output === 'string' ? output.split('\0') : decodeNulSeparated(output, onInvalid);
    // The output ends with a NUL, which leaves one empty field at the end.
    if (fields[fields.length - 1] === '')
        fields.pop();
    const changes = [];
    let i = 0;
    const take = (what) => {
        const field = fields[i++];
        if (field === undefined || field === '')
            throw new Error(`record ${changes.length + 1}: missing ${what}`);
        return field;
    };
    while (i < fields.length) {
        const statusField = take('status');
        const letter = statusField[0];
        if (!CHANGE_STATUSES.includes(letter)) {
            throw new Error(`record ${changes.length + 1}: unknown status \`${statusField}\``);
        }
        if (letter === 'R' || letter === 'C') {
            const from = take('source path');
            const path = take('destination path');
            changes.push({
                status: letter,
                from,
                path,
                similarity: Number.parseInt(statusField.slice(1), 10) || 0,
            });
        }
        else {
            changes.push({ status: letter, path: take('path') });
        }
    }
    return changes;
}
/** The paths a change list touches, in diff order, without duplicates: a rename's source, then its destination. */
function pathsOfChanges(changes) {
    const paths = new Set();
    for (const change of changes) {
        if (change.status === 'R' || change.status === 'C')
            paths.add(change.from);
        paths.add(change.path);
    }
    return [...paths];
}
/**
 * A changed-file list as text: NUL-separated when it holds a NUL (`git diff -z --name-only`),
 * else one path per line (a CR before the LF is dropped). Empty entries are dropped, duplicates
 * removed, order kept.
 */
function parseChangedList(input, onInvalid) {
    const entries = typeof input !== 'string'
        ? input.includes(0)
            ? decodeNulSeparated(input, onInvalid)
            : decodeLines(input, onInvalid)
        : input.includes('\0')
            ? input.split('\0')
            : input.split('\n').map((line) => line.replace(/\r$/, ''));
    return [...new Set(entries.filter((entry) => entry.trim() !== ''))];
}
function decodeLines(bytes, onInvalid) {
    return decodeNulSeparated(Buffer.from(bytes).map((byte) => (byte === 0x0a ? 0 : byte)), onInvalid).map((line) => line.replace(/\r$/, ''));
}
/** Read `--changed-from FILE|-`: a file, or standard input for `-`. */
async function readChangedFrom(source, stdin = process.stdin, warn = (message) => process.stderr.write(`warning: ${message}\n`)) {
    if (source === '') {
        throw new util.InputError('--changed-from needs a file name, or `-` for standard input');
    }
    let bytes;
    try {
        bytes = source === '-' ? await readStream(stdin) : await (0,promises_.readFile)(source);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : code === 'EISDIR'
                    ? 'it is a directory'
                    : error.message;
        throw new util.InputError(`cannot read the changed-file list \`${source}\`: ${why}`, {
            where: '--changed-from',
            hint: 'pass a file with one repo-relative path per line (or NUL-separated), or `-` to read standard input',
            cause: error,
        });
    }
    return parseChangedList(bytes, (name) => warn(invalidUtf8Warning(name)));
}
async function readStream(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/git/run.ts
/**
 * The one way this project starts `git` (plan's changed files, the action's diff and base-revision
 * manifest, snapshots, the state root's repository root, a run's recorded HEAD): one environment,
 * one error shape, through `node:child_process` (not execa: the action's `plan` runs a few of these,
 * never needs process groups, and not loading execa is a measured part of its cold start).
 *
 * The environment. git reads a handful of variables that point it at another repository, index,
 * object store or work tree instead of the one at the working directory; a parent git sets them for
 * its hooks and `git rebase -x` commands (a pre-push hook running `pikaci plan`, say), and a shell
 * may have them exported. Every git process here is about the repository at its `cwd`, so they are
 * removed: the set `git rev-parse --local-env-vars` prints (the variables git itself drops before
 * running a command in another repository), except the two that carry configuration rather than a
 * location, `GIT_CONFIG_PARAMETERS` and `GIT_CONFIG_COUNT` (`git -c` settings and
 * `GIT_CONFIG_KEY_<n>`/`GIT_CONFIG_VALUE_<n>` pairs: credentials for `fetch --deepen`,
 * `safe.directory`), which are the caller's to choose. `GIT_CEILING_DIRECTORIES` and
 * `GIT_DISCOVERY_ACROSS_FILESYSTEM` are kept too: they only stop the upward search for a repository,
 * so they can make git find none, never another one. Added: `LC_ALL=C` (messages and output that
 * do not depend on the locale), `GIT_TERMINAL_PROMPT=0` (a fetch fails rather than waits for a
 * password) and `GIT_OPTIONAL_LOCKS=0` (`git status` does not write the index under a running editor).
 */



/** Removed from every git process's environment (see the top of this file). */
const GIT_REDIRECTING_ENV = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_IMPLICIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_GRAFT_FILE',
    'GIT_SHALLOW_FILE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_REPLACE_REF_BASE',
    'GIT_PREFIX',
    'GIT_INTERNAL_SUPER_PREFIX',
    'GIT_CONFIG',
];
/** The environment every git process gets: `base` without `GIT_REDIRECTING_ENV`, plus the fixed settings. */
function gitEnvironment(base = process.env) {
    const env = {
        ...base,
        LC_ALL: 'C',
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
    };
    for (const name of GIT_REDIRECTING_ENV)
        delete env[name];
    return env;
}
/**
 * Runs `git <args>` in `cwd` to completion. Throws a `PikaciError` when git cannot be started (not
 * installed, `cwd` missing), is killed, or exits with a code outside `exitCodes`; the message names
 * the command and carries git's standard error.
 */
async function runGit(cwd, args, options = {}) {
    const started = startGit(cwd, args);
    const stdout = [];
    started.child.stdout.on('data', (chunk) => stdout.push(chunk));
    // EPIPE when git exits without reading all its input: its exit status says what happened.
    started.child.stdin.on('error', () => undefined);
    if (options.input === undefined)
        started.child.stdin.end();
    else
        started.child.stdin.end(options.input);
    const ended = await started.ended;
    if (ended.kind === 'failed')
        throw cannotRun(cwd, args, ended.code, ended.message);
    let output;
    try {
        output = { exitCode: ended.exitCode, stdout: Buffer.concat(stdout), stderr: ended.stderr };
    }
    catch (error) {
        // Output beyond the largest buffer Node can hold.
        throw cannotRun(cwd, args, undefined, error.message);
    }
    const expected = options.exitCodes ?? [0];
    if (expected !== 'any' && !expected.includes(output.exitCode)) {
        throw gitFailed(cwd, args, output.exitCode, output.stderr);
    }
    return output;
}
/** Starts `git <args>` in `cwd` with piped standard input and output; see `GitProcess`. */
function streamGit(cwd, args) {
    const started = startGit(cwd, args);
    const exited = started.ended.then((ended) => {
        if (ended.kind === 'failed')
            throw cannotRun(cwd, args, ended.code, ended.message);
        if (ended.exitCode !== 0)
            throw gitFailed(cwd, args, ended.exitCode, ended.stderr);
    });
    // A caller that fails first may never await `exited`; its rejection is not an unhandled one.
    exited.catch(() => undefined);
    return {
        stdin: started.child.stdin,
        stdout: started.child.stdout,
        exited,
        stop: () => started.child.kill(),
    };
}
/** The git command as messages name it: `git diff -z …` (arguments as given, unquoted). */
function commandLine(args) {
    return ['git', ...args].join(' ');
}
function cannotRun(cwd, args, code, message) {
    const missing = code === 'ENOENT';
    const why = !missing
        ? message
        : (0,external_node_fs_.existsSync)(cwd)
            ? 'git is not installed or not on PATH'
            : 'the directory does not exist';
    return new util.PikaciError(`cannot run \`git ${args[0] ?? ''}\`: ${why}`, {
        where: cwd,
        hint: missing && (0,external_node_fs_.existsSync)(cwd) ? 'install git and make sure it is on PATH' : undefined,
    });
}
function gitFailed(cwd, args, exitCode, stderr) {
    return new util.PikaciError(`\`${commandLine(args)}\` failed (exit ${exitCode})${stderr ? `: ${stderr}` : ''}`, {
        where: cwd,
        hint: stderr.includes('not a git repository') ? 'run from a git checkout or pass --repo DIR' : undefined,
    });
}
/** The single `spawn` of git: the cleaned environment, all three streams piped, one settled outcome. */
function startGit(cwd, args) {
    const child = (0,external_node_child_process_.spawn)('git', args, { cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const ended = new Promise((resolvePromise) => {
        let settled = false;
        child.on('error', (error) => {
            if (settled)
                return;
            settled = true;
            resolvePromise({ kind: 'failed', code: error.code, message: error.message });
        });
        child.on('close', (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            if (exitCode === null) {
                resolvePromise({
                    kind: 'failed',
                    code: undefined,
                    message: `killed with ${signal ?? 'a signal'}: ${commandLine(args)}`,
                });
                return;
            }
            resolvePromise({ kind: 'exited', exitCode, stderr: Buffer.concat(stderr).toString('utf8').trim() });
        });
    });
    return { child, ended };
}

;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * The few git operations planning needs, behind one small interface so the selection core never
 * talks to git and tests can run the real thing against repositories they build.
 */





/**
 * The top level of the git working tree that contains `cwd`, else `cwd` itself (resolved): outside a
 * repository, or without git, the state root and the default manifest and catalog are found there.
 */
async function repoRoot(cwd = process.cwd()) {
    const top = await runGit(cwd, ['rev-parse', '--show-toplevel']).then((result) => result.stdout.toString('utf8').trim(), () => '');
    return top === '' ? (0,external_node_path_.resolve)(cwd) : top;
}
/** A `Git` that runs the `git` program in `dir`. */
function createGit(dir, options = {}) {
    return new ProcessGit(dir, options.warn ?? ((message) => process.stderr.write(`warning: ${message}\n`)));
}
class ProcessGit {
    dir;
    warn;
    constructor(dir, warn) {
        this.dir = dir;
        this.warn = warn;
    }
    async revParse(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1]);
        if (result.exitCode !== 0) {
            throw new util.InputError(`unknown revision \`${rev}\`: no such commit in the repository`, {
                where: this.dir,
                hint: 'pass a commit that exists locally (a shallow clone may lack it: fetch more history, e.g. fetch-depth: 0)',
            });
        }
        return result.stdout.toString('utf8').trim();
    }
    async hasCommit(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1]);
        return result.exitCode === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', '--end-of-options', a, b], [0, 1]);
        const base = result.stdout.toString('utf8').trim();
        return result.exitCode === 0 && base !== '' ? base : null;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], [0, 1]);
        return result.exitCode === 0;
    }
    async isShallow() {
        const result = await this.run(['rev-parse', '--is-shallow-repository']);
        return result.stdout.toString('utf8').trim() === 'true';
    }
    async fetchDeepen(depth, remote = 'origin') {
        if (!Number.isInteger(depth) || depth < 1) {
            throw new util.InputError(`fetch depth must be a positive integer, got ${depth}`);
        }
        await this.run(['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote]);
    }
    async diff(base, head) {
        // `--no-relative` guards against `diff.relative` in the user's config; `-z` keeps names verbatim.
        const result = await this.run([
            'diff',
            '-z',
            '--name-status',
            '-M',
            '--no-relative',
            '--no-ext-diff',
            '--end-of-options',
            base,
            head,
            '--',
        ]);
        try {
            return parseNameStatusZ(result.stdout, (name) => this.warn(invalidUtf8Warning(name)));
        }
        catch (error) {
            throw new util.PikaciError(`cannot read \`git diff\` output for ${base}..${head}`, {
                where: this.dir,
                cause: error,
            });
        }
    }
    async changedFiles(base, head) {
        return pathsOfChanges(await this.diff(base, head));
    }
    async showFile(rev, path) {
        const result = await this.run(['cat-file', 'blob', `${rev}:${path}`], [0, 128]);
        if (result.exitCode !== 0) {
            throw new util.InputError(`no file \`${path}\` at revision \`${rev}\``, {
                where: this.dir,
                hint: 'check the path (repo-relative) and that the revision is fetched',
            });
        }
        // Shown files are TOML manifests: invalid UTF-8 is an error at its line, never replaced.
        return (0,toml/* decodeUtf8 */._6)(result.stdout, `${rev}:${path}`);
    }
    async localChanges() {
        const edited = await this.run([
            'diff',
            '--name-only',
            '-z',
            '--no-relative',
            '--no-ext-diff',
            'HEAD',
            '--',
        ]);
        const untracked = await this.run(['ls-files', '--others', '--exclude-standard', '--full-name', '-z']);
        const names = [
            ...decodeNulSeparated(edited.stdout, (name) => this.warn(invalidUtf8Warning(name))),
            ...decodeNulSeparated(untracked.stdout, (name) => this.warn(invalidUtf8Warning(name))),
        ];
        return [...new Set(names.filter((name) => name !== ''))].sort();
    }
    /** Run git here (`runGit`: the cleaned environment, one error shape); exit codes outside `expected` throw. */
    run(args, expected = [0]) {
        return runGit(this.dir, args, { exitCodes: expected });
    }
}
/**
 * The paths changed on `head` since it forked from `base` (a three-dot diff): the merge base of the
 * two, diffed against `head`. When `base` is an ancestor of `head` the merge base is `base` itself.
 */
async function changesSince(git, base, head) {
    const [baseId, headId] = [await git.revParse(base), await git.revParse(head)];
    const from = await git.mergeBase(baseId, headId);
    if (from === null) {
        const shallow = await git.isShallow();
        throw new util.InputError(`\`${base}\` and \`${head}\` have no common history here`, {
            where: git.dir,
            hint: shallow
                ? 'this is a shallow clone: fetch more history (git fetch --deepen=100, or fetch-depth: 0)'
                : 'pass a --base that shares history with --head, or list the files with --changed-from',
        });
    }
    return { base: baseId, head: headId, from, paths: await git.changedFiles(from, headId) };
}

;// CONCATENATED MODULE: ./src/git/index.ts
/**
 * git, reached through one small interface: changed files between explicit revisions, history checks,
 * the repository root; and the one runner every git process of the project is started by (`run.ts`).
 */





/***/ }),

/***/ 41341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  es: () => (/* reexport */ GUEST_PATHS),
  z0: () => (/* reexport */ TerminalResultSchema),
  C7: () => (/* reexport */ buildGuestRequest),
  iF: () => (/* reexport */ guestRunnerScript),
  guestRunnerScriptPath: () => (/* reexport */ guestRunnerScriptPath)
});

// UNUSED EXPORTS: ENV_NAME_PATTERN, GUEST_REQUEST_SCHEMA_VERSION, GUEST_USER, GuestEventSchema, GuestRequestSchema, GuestStatusSchema, LIFECYCLE_SCHEMA_VERSION, LIFECYCLE_STATES, LifecycleStateSchema, MAX_GUEST_TIMEOUT_SECS, parseEvents, parseGuestStatus, parseTerminalResult, renderGuestRequest, runStatusOfResult

;// CONCATENATED MODULE: ./src/guest/paths.ts
/**
 * Guest paths of the Incus runtime (docs/guest-protocol.md "Paths"; docs/upstream.md, executor 5.1).
 * The image, the guest runner script and the host-side executor all use these; change them together.
 */
const GUEST_PATHS = {
    runtimeStateDir: '/run/pika-cloud',
    request: '/run/pika-cloud/guest-request.json',
    /** pikaci-action's shell-readable companion of the request (docs/guest-protocol.md "Request files"). */
    requestEnv: '/run/pika-cloud/guest-request.env',
    status: '/run/pika-cloud/status.json',
    events: '/run/pika-cloud/events.jsonl',
    /** The last event's `seq`, for the next writer of events.jsonl; not collected by the host. */
    eventsSeq: '/run/pika-cloud/events.jsonl.seq',
    result: '/run/pika-cloud/result.json',
    logsDir: '/run/pika-cloud/logs',
    guestLog: '/run/pika-cloud/logs/guest.log',
    artifactsDir: '/run/pika-cloud/artifacts',
    xdgStateHome: '/run/pika-cloud/xdg-state',
    xdgCacheHome: '/cargo-home/xdg-cache',
    cargoHome: '/cargo-home',
    cargoTarget: '/cargo-target',
    snapshot: '/workspace/snapshot',
    stagedWorkspaceDeps: '/staged/linux-rust/workspace-deps',
    stagedWorkspaceBuild: '/staged/linux-rust/workspace-build',
    rootHome: '/root',
    userHome: '/home/pikaci',
    /** Where the NixOS image bakes the runner in (`pikaci-image.nix`). */
    runner: '/run/current-system/sw/bin/pikaci-incus-run',
    /** Where the executor pushes the runner when the image lacks it (outside the collected state dir). */
    pushedRunner: '/run/pikaci/pikaci-incus-run',
    lifecycle: '/run/current-system/sw/bin/pika-cloud-lifecycle',
};
/** The unprivileged guest user the runner switches to unless `run_as_root` (uid 1000). */
const GUEST_USER = 'pikaci';

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/guest/request.ts
/**
 * The guest request and its shell-readable companion (docs/guest-protocol.md "Request files";
 * docs/upstream.md, executor 5.2, schema_version 2).
 *
 * The host writes two files side by side: `guest-request.json` (the upstream JSON, 2-space indent)
 * and `guest-request.env` (the same values as `KEY='value'` lines), which the POSIX sh runner sources
 * because a stock image has no JSON parser; its `PIKACI_REQUEST_SHA256` binds it to the JSON. Both
 * come from one validated object here. The optional `env` and `cwd` extend upstream v2 and are
 * omitted when unset, so a plain request is exactly the upstream shape.
 */




const GUEST_REQUEST_SCHEMA_VERSION = 2;
/** The runner accepts at most nine digits (it compares numbers in the shell; docs/guest-protocol.md "The runner"). */
const MAX_GUEST_TIMEOUT_SECS = 999_999_999;
const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Shell variables cannot hold NUL, so neither can anything that goes through the env file. */
const shellSafe = (what) => schemas/* string */.YjP().refine((value) => !value.includes('\0'), `${what} must not contain NUL characters`);
const GuestRequestSchema = schemas/* strictObject */.rej({
    schema_version: schemas/* literal */.euz(GUEST_REQUEST_SCHEMA_VERSION),
    command: shellSafe('command').pipe(schemas/* string */.YjP().min(1, 'command must be a non-empty string')),
    timeout_secs: schemas/* number */.aig().int().positive().max(MAX_GUEST_TIMEOUT_SECS),
    run_as_root: schemas/* boolean */.zMY(),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), shellSafe('env values'))
        .superRefine((env, ctx) => {
        for (const name of Object.keys(env)) {
            if (ENV_NAME_PATTERN.test(name))
                continue;
            ctx.addIssue({
                code: 'custom',
                path: [name],
                message: `env name \`${name}\` is not a variable name: use letters, digits and \`_\`, not starting with a digit`,
            });
        }
    })
        .optional(),
    cwd: shellSafe('cwd').pipe(schemas/* string */.YjP().startsWith('/', 'cwd must be an absolute guest path')).optional(),
});
/** The request for one job: its compiled command (docs/upstream.md, executor 0.2), root flag and timeout. */
function buildGuestRequest(job, options = {}) {
    const compiled = (0,model.compileJobCommand)(job);
    return renderGuestRequest({
        schema_version: GUEST_REQUEST_SCHEMA_VERSION,
        command: compiled.command,
        timeout_secs: job.timeout_secs,
        run_as_root: compiled.runAsRoot,
        ...(options.env && Object.keys(options.env).length > 0 ? { env: { ...options.env } } : {}),
        ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    });
}
/** Validate a request and render both files. Throws `InputError` naming the bad field. */
function renderGuestRequest(input) {
    const parsed = GuestRequestSchema.safeParse(input);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(request)';
        throw new util.InputError(`invalid guest request field \`${path}\`: ${issue?.message ?? 'invalid'}`, {
            where: 'guest request',
            hint: 'fields are schema_version (2), command, timeout_secs, run_as_root, and optionally env and cwd',
        });
    }
    const request = parsed.data;
    const json = `${JSON.stringify(request, null, 2)}\n`;
    return { request, json, envFile: renderEnvFile(request, json) };
}
function renderEnvFile(request, json) {
    const entries = Object.entries(request.env ?? {});
    const lines = [
        ['PIKACI_REQUEST_SHA256', (0,external_node_crypto_.createHash)('sha256').update(json).digest('hex')],
        ['PIKACI_REQUEST_COMMAND', request.command],
        ['PIKACI_REQUEST_TIMEOUT_SECS', String(request.timeout_secs)],
        ['PIKACI_REQUEST_RUN_AS_ROOT', String(request.run_as_root)],
        ['PIKACI_REQUEST_CWD', request.cwd ?? ''],
        ['PIKACI_REQUEST_ENV_COUNT', String(entries.length)],
    ];
    entries.forEach(([name, value], index) => {
        lines.push([`PIKACI_REQUEST_ENV_NAME_${index}`, name], [`PIKACI_REQUEST_ENV_VALUE_${index}`, value]);
    });
    const body = lines.map(([key, value]) => `${key}=${(0,util/* shellQuote */.ZL)(value)}`).join('\n');
    return `# guest-request.env: written with guest-request.json by pikaci-action; sourced by pikaci-incus-run\n${body}\n`;
}

;// CONCATENATED MODULE: ./src/guest/lifecycle.ts
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
const LifecycleStateSchema = schemas/* enum */.k5n(LIFECYCLE_STATES);
const schemaVersion = schemas/* literal */.euz(LIFECYCLE_SCHEMA_VERSION);
/** `result.json`. `status` is only `completed` or `failed`; upstream's old `passed` is rejected. */
const TerminalResultSchema = schemas/* object */.Ikc({
    schema_version: schemaVersion,
    status: schemas/* enum */.k5n(['completed', 'failed']),
    finished_at: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    exit_code: schemas/* number */.aig().int().optional(),
    details: schemas/* unknown */.L5J().optional(),
});
const GuestStatusSchema = schemas/* object */.Ikc({
    schema_version: schemaVersion,
    state: LifecycleStateSchema,
    updated_at: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    boot_id: schemas/* string */.YjP().optional(),
    details: schemas/* unknown */.L5J().optional(),
});
const GuestEventSchema = schemas/* object */.Ikc({
    schema_version: schemaVersion,
    kind: LifecycleStateSchema,
    timestamp: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    boot_id: schemas/* string */.YjP().optional(),
    details: schemas/* unknown */.L5J().optional(),
    seq: schemas/* number */.aig().int().positive(),
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
        const parsed = GuestEventSchema.safeParse(value);
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
    const parsed = schema.safeParse(value);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/guest/script.ts
/**
 * The guest runner script's text, for the executor to push into an instance whose image lacks it
 * (docs/guest-protocol.md "Paths").
 *
 * `nix/incus/pikaci-incus-run` is the single source of truth; nothing is generated. From `src/guest/`
 * (tsx, jest) and `lib/guest/` (the library build) it is two directories up. The ncc bundles carry
 * their own copy: ncc sees the `new URL(…, import.meta.url)` below, emits the file as an asset next
 * to `dist/<entry>/index.js` and rewrites the expression to that asset's plain path (a string, not a
 * URL), which is why both shapes are accepted.
 */



/** Path of the runner script as seen from this module (or from the bundle). */
function guestRunnerScriptPath() {
    const location = __webpack_require__.ab + "pikaci-incus-run";
    return typeof location === 'string' ? location : (0,external_node_url_.fileURLToPath)(location);
}
let cached;
function guestRunnerScript() {
    if (cached !== undefined)
        return cached;
    const path = guestRunnerScriptPath();
    try {
        cached = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new util.PikaciError(`cannot read the guest runner script: ${error.message}`, {
            where: path,
            hint: 'the script ships as nix/incus/pikaci-incus-run (or next to the bundled dist/<entry>/index.js)',
            cause: error,
        });
    }
    return cached;
}

;// CONCATENATED MODULE: ./src/guest/index.ts
/**
 * The guest contract of the Incus runtime (docs/guest-protocol.md): request files, lifecycle files,
 * paths, runner script.
 */






/***/ }),

/***/ 35851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A7: () => (/* reexport */ BACKENDS),
  DEFAULT_WORK_DIR: () => (/* reexport */ workspace/* DEFAULT_WORK_DIR */.gy),
  HX: () => (/* reexport */ HOST_SETTINGS),
  n0: () => (/* reexport */ RUNTIME_KINDS),
  backendConfigs: () => (/* binding */ backendConfigs),
  q9: () => (/* binding */ executionEnvironment),
  CB: () => (/* reexport */ parseConcurrencyGroup),
  parseHostSettings: () => (/* reexport */ parseHostSettings)
});

// UNUSED EXPORTS: PLACEMENT_SETTINGS, actionHostSettings, hostSettingsFrom

// EXTERNAL MODULE: ./src/locks/index.ts + 1 modules
var locks = __webpack_require__(8709);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var transport = __webpack_require__(74347);
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




// EXTERNAL MODULE: ./src/runtime/index.ts + 5 modules
var runtime = __webpack_require__(43688);
;// CONCATENATED MODULE: ./src/backends/tart/index.ts
/**
 * The Tart runtime as a backend module (README "Adding a runtime"). Its settings are accepted
 * (upstream's names), but the backend is not built yet: a Tart job fails with "not available yet"
 * and nothing on the host is touched.
 */

const TART_SETTINGS = [
    {
        name: 'tart-base-vm',
        env: 'PIKACI_TART_BASE_VM',
        kind: 'text',
        argument: '<vm>',
        description: 'the Tart VM each job clones (default sequoia-base)',
    },
];
const tartModule = {
    runtime: 'tart',
    settings: TART_SETTINGS,
    configure: (values) => {
        const baseVm = runtime/* setting */.Pe.text(values, 'tart-base-vm');
        return baseVm === undefined ? {} : { baseVm };
    },
    complete: (given) => ({ baseVm: given.baseVm ?? 'sequoia-base' }),
    create: (_config, host) => Promise.resolve({
        kind: 'unavailable',
        message: `not available yet: ${host.placement} × tart jobs need the Tart runtime backend`,
    }),
};

// EXTERNAL MODULE: ./src/backends/incus/index.ts + 3 modules
var incus = __webpack_require__(10904);
;// CONCATENATED MODULE: ./src/hosts/registry.ts
/**
 * Every runtime, one line each (README "Adding a runtime"). The mapped type makes a runtime the
 * catalog knows but no module provides a compile error here.
 */



const BACKENDS = {
    host_process: hostProcessModule,
    incus: incus/* incusModule */.vY,
    tart: tartModule,
};
const RUNTIME_KINDS = Object.keys(BACKENDS);

// EXTERNAL MODULE: ./src/workspace/index.ts + 3 modules
var workspace = __webpack_require__(32723);
;// CONCATENATED MODULE: ./src/hosts/settings.ts
/**
 * Host settings (README "Host settings"): the placement rows here and each runtime's rows from its
 * backend module form one table; the CLI reads it as flags with `PIKACI_*` fallbacks, the action as
 * inputs, and one function turns either into settings. Every bad value is an `InputError` naming the
 * flag and its variable, or the input.
 */







/** How to reach a placement host, and what every runtime shares there. */
const PLACEMENT_SETTINGS = [
    {
        name: 'ssh-host',
        env: 'PIKACI_SSH_HOST',
        kind: 'text',
        argument: '<host>',
        description: 'the host remote_ssh jobs run on',
    },
    {
        name: 'ssh-user',
        env: 'PIKACI_SSH_USER',
        kind: 'text',
        argument: '<user>',
        description: 'the SSH user (default: $USER on the CLI, root in the action)',
    },
    {
        name: 'ssh-port',
        env: 'PIKACI_SSH_PORT',
        kind: 'integer',
        argument: '<port>',
        min: 1,
        max: 65_535,
        description: 'the SSH port (default 22)',
    },
    {
        name: 'ssh-key',
        env: 'PIKACI_SSH_KEY',
        kind: 'text',
        argument: '<path>',
        description: 'the private key file for the SSH host (default: the SSH agent)',
        action: 'content',
        actionDescription: 'the private key for the SSH host (a secret): masked, kept in memory, never written to disk. Empty: the SSH agent.',
        secret: true,
    },
    {
        name: 'ssh-known-hosts',
        env: 'PIKACI_SSH_KNOWN_HOSTS',
        kind: 'text',
        argument: '<path>',
        description: 'the known_hosts file for the SSH host; host keys are always verified',
        action: 'content',
        actionDescription: 'known_hosts lines for the SSH host; host keys are always verified.',
    },
    {
        name: 'ssh-accept-new-host-keys',
        env: 'PIKACI_SSH_ACCEPT_NEW_HOST_KEYS',
        kind: 'boolean',
        description: 'trust and record the key of a host not yet in known_hosts',
        action: 'none',
    },
    {
        name: 'remote-work-dir',
        env: 'PIKACI_REMOTE_WORK_DIR',
        kind: 'text',
        argument: '<path>',
        absolute: true,
        description: `the work dir on placement hosts: runs, snapshots, locks (default ${workspace/* DEFAULT_WORK_DIR */.gy})`,
    },
    {
        name: 'lock-timeout',
        env: 'PIKACI_LOCK_TIMEOUT',
        kind: 'integer',
        argument: '<secs>',
        min: 0,
        max: 604_800,
        description: `how long to wait for the concurrency group's lock, in seconds (default ${locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS})`,
    },
];
/** The whole table: placement rows, then each runtime's. */
const HOST_SETTINGS = [
    ...PLACEMENT_SETTINGS,
    ...RUNTIME_KINDS.flatMap((runtime) => BACKENDS[runtime].settings),
];
const SSH_ONLY = ['ssh-user', 'ssh-port', 'ssh-key', 'ssh-known-hosts'];
/** Parsed values from either origin → settings; each runtime's module reads its own rows. */
function hostSettingsFrom(values, origin, env) {
    const remoteWorkDir = runtime/* setting */.Pe.text(values, 'remote-work-dir');
    const settings = {
        lockTimeoutSecs: runtime/* setting */.Pe.integer(values, 'lock-timeout') ?? locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS,
        ...(remoteWorkDir === undefined ? {} : { remoteWorkDir }),
    };
    const workDir = remoteWorkDir ?? workspace/* DEFAULT_WORK_DIR */.gy;
    for (const runtime of RUNTIME_KINDS) {
        const module = BACKENDS[runtime];
        const given = module.configure(values, origin);
        // Completed now so a bad combination fails before the run starts, with the settings named.
        module.complete(given, { workDir });
        if (Object.keys(given).length > 0)
            settings[runtime] = given;
    }
    const host = runtime/* setting */.Pe.text(values, 'ssh-host');
    if (host === undefined) {
        const stray = SSH_ONLY.find((name) => values.has(name));
        if (stray !== undefined) {
            throw new util.InputError(origin.kind === 'cli'
                ? `--${stray} was given without --ssh-host`
                : `input \`${stray}\` is set but \`ssh-host\` is empty`, {
                ...(origin.kind === 'action' ? { where: 'input `ssh-host`' } : {}),
                hint: origin.kind === 'cli'
                    ? 'pass --ssh-host (or $PIKACI_SSH_HOST) to run remote_ssh jobs'
                    : 'give the host remote_ssh jobs run on, or drop the SSH inputs',
            });
        }
        return settings;
    }
    const port = runtime/* setting */.Pe.integer(values, 'ssh-port');
    const key = runtime/* setting */.Pe.text(values, 'ssh-key');
    const knownHosts = runtime/* setting */.Pe.text(values, 'ssh-known-hosts');
    const user = runtime/* setting */.Pe.text(values, 'ssh-user') ?? (origin.kind === 'cli' ? env['USER'] || 'root' : 'root');
    const ssh = origin.kind === 'cli'
        ? {
            host,
            user,
            ...(port === undefined ? {} : { port }),
            ...(key === undefined ? {} : { privateKeyPath: key }),
            ...(knownHosts === undefined ? {} : { knownHostsPath: knownHosts }),
            acceptNewHostKeys: runtime/* setting */.Pe.boolean(values, 'ssh-accept-new-host-keys') ?? false,
        }
        : {
            host,
            user,
            port: port ?? 22,
            ...(key === undefined ? { agent: true } : { privateKey: `${key.trim()}\n` }),
            ...(knownHosts === undefined ? {} : { knownHosts }),
        };
    (0,transport/* parseSshConnectOptions */.W1)(ssh, origin.kind === 'cli' ? 'SSH flags (--ssh-*) or $PIKACI_SSH_*' : 'the ssh-* inputs');
    return { ...settings, ssh };
}
/** CLI: commander's flag values, each falling back to its `PIKACI_*` variable. */
function parseHostSettings(flags, env) {
    return hostSettingsFrom((0,runtime/* readCliSettings */.SG)(HOST_SETTINGS, flags, env), runtime/* CLI_ORIGIN */.G6, env);
}
/** Action: the inputs; secret inputs go to `onSecret` as soon as they are read. */
function actionHostSettings(getInput, onSecret, env) {
    return hostSettingsFrom(readActionSettings(HOST_SETTINGS, getInput, onSecret), ACTION_ORIGIN, env);
}
function parseConcurrencyGroup(value) {
    return value === undefined || value === '' ? null : (0,locks/* validateGroupName */.R4)(value);
}

;// CONCATENATED MODULE: ./src/hosts/index.ts
/**
 * Host settings → how a run reaches its placements and which backend runs each pair. This is the
 * one place that composes transports with the runtime modules of the registry (`./registry.ts`);
 * the orchestrator receives the result. A run in a concurrency group takes the group's lock on
 * each placement host over that host's own transport when the host is first used, and drops it
 * when the run closes the transport.
 */








/** A transport that also holds a group lock on its host; closing releases the lock first. */
class LockedTransport {
    inner;
    lock;
    placement;
    hostLabel;
    constructor(inner, lock) {
        this.inner = inner;
        this.lock = lock;
        this.placement = inner.placement;
        this.hostLabel = inner.hostLabel;
    }
    exec(request) {
        return this.inner.exec(request);
    }
    async close() {
        try {
            await this.lock.release();
        }
        finally {
            await this.inner.close();
        }
    }
}
/** Each runtime's whole config: what `settings` sets, completed by its module. */
function backendConfigs(settings, workDir) {
    return Object.fromEntries(RUNTIME_KINDS.map((runtime) => [
        runtime,
        BACKENDS[runtime].complete((settings[runtime] ?? {}), { workDir }),
    ]));
}
function executionEnvironment(settings = {}) {
    const workDir = settings.remoteWorkDir ?? workspace/* DEFAULT_WORK_DIR */.gy;
    // Completed up front: a bad setting fails here, before any job, naming the setting.
    const configs = backendConfigs(settings, workDir);
    const jobsLockFile = settings.concurrencyGroup ? (0,locks/* groupJobsFile */.m3)(workDir, settings.concurrencyGroup) : null;
    const log = settings.log ?? ((line) => process.stderr.write(`${line}\n`));
    const backends = new Map();
    async function open(placement) {
        switch (placement) {
            case 'local':
                return new transport.LocalTransport();
            case 'remote_ssh':
                if (!settings.ssh) {
                    throw new util.InputError('remote_ssh jobs need an SSH host, and none is configured for this run', {
                        hint: 'pass --ssh-host (CLI) or the ssh-host input (action), with a key and known hosts',
                    });
                }
                return (0,transport.connectSsh)(settings.ssh, { log: (line) => log(`[pikaci] ${line}`) });
            default:
                return (0,util/* assertNever */.xb)(placement);
        }
    }
    return {
        async transportFor(placement) {
            const transport = await open(placement);
            settings.onTransport?.(transport);
            const group = settings.concurrencyGroup;
            if (!group)
                return transport;
            try {
                const lock = await (0,locks/* acquireGroupLock */.t6)(transport, {
                    group,
                    workDir,
                    timeoutSecs: settings.lockTimeoutSecs ?? locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS,
                    log,
                    ...(settings.signal ? { signal: settings.signal } : {}),
                });
                return new LockedTransport(transport, lock);
            }
            catch (error) {
                await transport.close();
                throw error;
            }
        },
        resolveBackend({ placement, runtime }) {
            const key = `${placement} ${runtime}`;
            let backend = backends.get(key);
            if (!backend) {
                backend = BACKENDS[runtime].create(configs[runtime], { placement, workDir, jobsLockFile });
                backends.set(key, backend);
            }
            return backend;
        },
    };
}


/***/ }),

/***/ 8709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nS: () => (/* reexport */ DEFAULT_LOCK_TIMEOUT_SECS),
  t6: () => (/* reexport */ acquireGroupLock),
  m3: () => (/* reexport */ groupJobsFile),
  R4: () => (/* reexport */ validateGroupName)
});

// UNUSED EXPORTS: JOBS_GONE_TIMEOUT_SECS, groupLockFile

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/locks/group-lock.ts
/**
 * Concurrency groups as real locks (docs/design.md decision 8): an exclusive `flock(1)` on
 * `<work dir>/locks/<group>.lock` on the placement host, held by one long-lived `flock`-holding
 * shell that runs over the run's own transport and reads its stdin until EOF.
 *
 * Why this shape: the lock dies with its holder on every exit path without stale detection. A
 * normal release ends stdin; a cancelled or crashed runner closes its pipe (local) or its SSH
 * connection (remote), the holder's `cat` sees EOF or the session is torn down, the shell exits and
 * the kernel drops the lock. No pid files are trusted; the `.holder` file is only shown to waiters.
 *
 * The group is only let go once the run's remote job processes are gone, not merely once its
 * connection is: each supervised job's watcher (`src/backends/host-process/supervisor.ts`) holds a shared flock on
 * `<group>.lock.jobs` until it has stopped the job's process group, and the holder takes that lock
 * exclusively after its stdin ends, before it exits. The wait is bounded so a wedged host cannot
 * hold a group forever; running out is reported.
 */




const DEFAULT_LOCK_TIMEOUT_SECS = 3600;
/** Exit status of the holder script when `flock -w` gave up. */
const TIMED_OUT_STATUS = 75;
/** How long the holder waits, after its stdin ends, for the group's job processes to be gone. */
const JOBS_GONE_TIMEOUT_SECS = 60;
const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** A group name is a file name on the host: letters, digits, `.`, `_`, `-`. */
function validateGroupName(group) {
    if (!GROUP_NAME.test(group)) {
        throw new util.InputError(`invalid concurrency group \`${group}\``, {
            hint: 'use 1-128 letters, digits, `.`, `_` or `-`, starting with a letter or digit',
        });
    }
    return group;
}
function groupLockFile(workDir, group) {
    return external_node_path_.posix.join(workDir, 'locks', `${validateGroupName(group)}.lock`);
}
/** The file a group's running job supervisors hold shared (see the file comment). */
function groupJobsFile(workDir, group) {
    return `${groupLockFile(workDir, group)}.jobs`;
}
/** The holder script; `$1` lock file, `$2` timeout seconds, `$3` holder description. */
const HOLDER_SCRIPT = [
    'set -eu',
    'mkdir -p "$(dirname "$1")"',
    'exec 9>>"$1"',
    'if ! flock -n 9; then',
    '  printf "waiting %s\\n" "$(cat "$1.holder" 2>/dev/null || echo unknown)"',
    `  flock -w "$2" 9 || exit ${TIMED_OUT_STATUS}`,
    'fi',
    'printf "%s\\n" "$3" > "$1.holder"',
    'echo acquired',
    'cat > /dev/null',
    'exec 7>>"$1.jobs"',
    `flock -x -w ${JOBS_GONE_TIMEOUT_SECS} 7 || echo jobs-still-running`,
    'rm -f "$1.holder"',
].join('\n');
async function acquireGroupLock(transport, options) {
    const lockFile = groupLockFile(options.workDir, options.group);
    if (!Number.isInteger(options.timeoutSecs) || options.timeoutSecs < 0) {
        throw new util.InputError(`lock timeout must be a non-negative integer of seconds, got ${options.timeoutSecs}`);
    }
    const host = transport.hostLabel;
    const holder = options.holder ?? `pid ${process.pid} on ${(0,external_node_os_.hostname)()}`;
    const started = Date.now();
    const stdin = new external_node_stream_.PassThrough();
    let pending = '';
    let acquired = false;
    let waited = false;
    let signalAcquired = () => undefined;
    const acquiredNow = new Promise((resolve) => (signalAcquired = resolve));
    const running = transport.exec({
        argv: ['sh', '-c', HOLDER_SCRIPT, 'pikaci-lock', lockFile, String(options.timeoutSecs), holder],
        stdin,
        ...(options.signal ? { signal: options.signal } : {}),
        onStdout: (chunk) => {
            pending += chunk.toString('utf8');
            let newline = pending.indexOf('\n');
            while (newline !== -1) {
                const line = pending.slice(0, newline);
                pending = pending.slice(newline + 1);
                if (line.startsWith('waiting ')) {
                    waited = true;
                    options.log(`[pikaci] concurrency group \`${options.group}\` is held on ${host} (last holder: ${line.slice(8)}); waiting up to ${options.timeoutSecs}s`);
                }
                else if (line === 'acquired') {
                    acquired = true;
                    signalAcquired();
                }
                else if (line === 'jobs-still-running') {
                    options.log(`[pikaci] job processes of concurrency group \`${options.group}\` on ${host} were still running ${JOBS_GONE_TIMEOUT_SECS}s after the run let go; releasing the group anyway (pikaci gc --processes finds them)`);
                }
                newline = pending.indexOf('\n');
            }
        },
    });
    const first = await Promise.race([acquiredNow.then(() => null), running]);
    if (first !== null) {
        stdin.end();
        const waited = Math.round((Date.now() - started) / 1000);
        if (first.cancelled)
            throw new util.PikaciError(`cancelled while waiting for concurrency group \`${options.group}\``);
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new util.PikaciError(`timed out after ${waited}s waiting for concurrency group \`${options.group}\` on ${host} (${lockFile})`, { hint: 'another run holds the group; raise --lock-timeout or wait for it to finish' });
        }
        const how = first.connectionLost
            ? 'connection lost'
            : `exit ${first.exitCode ?? first.signal ?? 'unknown'}`;
        throw new util.PikaciError(`could not take the lock for concurrency group \`${options.group}\` on ${host} (${lockFile}): ${how}`, { hint: 'the host needs flock(1) (util-linux) and a writable work dir' });
    }
    const waitedMs = Date.now() - started;
    options.log(`[pikaci] holding concurrency group \`${options.group}\` on ${host}${waited ? ` after waiting ${(waitedMs / 1000).toFixed(1)}s` : ''}`);
    let released;
    return {
        group: options.group,
        lockFile,
        waitedMs,
        release() {
            released ??= (async () => {
                stdin.end();
                await running;
                if (acquired)
                    options.log(`[pikaci] released concurrency group \`${options.group}\` on ${host}`);
            })();
            return released;
        },
    };
}

;// CONCATENATED MODULE: ./src/locks/index.ts
/** Concurrency-group locks held on a placement host for the duration of a run (docs/design.md decision 8). */



/***/ }),

/***/ 54553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BE: () => (/* reexport */ JOB_ID_PATTERN),
  QH: () => (/* reexport */ JobSpecSchema),
  Je: () => (/* reexport */ PLACEMENTS),
  Bb: () => (/* reexport */ PlacementSchema),
  sM: () => (/* reexport */ RuntimeKindSchema),
  hY: () => (/* reexport */ SnapshotProfileSchema),
  Dw: () => (/* reexport */ compileGuestCommand),
  compileJobCommand: () => (/* reexport */ compileJobCommand),
  gC: () => (/* reexport */ executorLabel),
  Md: () => (/* reexport */ stagedLinuxCommand),
  NG: () => (/* reexport */ supportsParallelExecute)
});

// UNUSED EXPORTS: ExecutionConfigSchema, GuestCommandSchema, HostProcessRuntimeSchema, IncusRuntimeSchema, LANE_GROUPS, PAYLOAD_ROLES, PayloadRoleSchema, RUNTIMES, RuntimeConfigSchema, SecretNameSchema, StagedLinuxCommandSchema, StagedPayloadSpecSchema, TartRuntimeSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/model/job.ts
/**
 * The job model (docs/design.md decision 5): where a job runs (`execution`), how it is isolated
 * (`runtime_config`, one variant per backend, whose `kind` must equal `execution.runtime`), and
 * what it runs (`guest_command`). Backend knobs exist only inside their runtime variant.
 */


const PLACEMENTS = ['local', 'remote_ssh'];
const RUNTIMES = ['host_process', 'incus', 'tart'];
const PlacementSchema = schemas/* enum */.k5n(PLACEMENTS);
const RuntimeKindSchema = schemas/* enum */.k5n(RUNTIMES);
const ExecutionConfigSchema = schemas/* strictObject */.rej({
    placement: PlacementSchema,
    runtime: RuntimeKindSchema,
});
const PAYLOAD_ROLES = ['workspace_deps', 'workspace_build'];
const PayloadRoleSchema = schemas/* enum */.k5n(PAYLOAD_ROLES);
const StagedPayloadSpecSchema = schemas/* strictObject */.rej({
    role: PayloadRoleSchema,
    /** Flake attribute path, e.g. `ci.x86_64-linux.workspaceDeps`; built as `path:<snapshot>#<output_name>`. */
    output_name: schemas/* string */.YjP().min(1),
    /** Repo-relative installable, e.g. `.#ci.x86_64-linux.workspaceDeps`. */
    nix_installable: schemas/* string */.YjP().min(1),
});
const SnapshotProfileSchema = schemas/* enum */.k5n(['rust', 'followup']);
const StagedLinuxCommandSchema = schemas/* strictObject */.rej({
    snapshot_profile: SnapshotProfileSchema,
    prepare_node_prefix: schemas/* string */.YjP().min(1),
    prepare_description: schemas/* string */.YjP().min(1),
    /** Exactly two specs, in the order `[workspace_deps, workspace_build]`. */
    payload_specs: schemas/* tuple */.PVZ([StagedPayloadSpecSchema, StagedPayloadSpecSchema])
        .refine(([deps, build]) => deps.role === 'workspace_deps' && build.role === 'workspace_build', {
        message: 'payload_specs must be [workspace_deps, workspace_build] in that order',
    }),
    /** Absolute guest path of the lane's entry script; replaces the guest command at run time. */
    execute_wrapper_command: schemas/* string */.YjP()
        .startsWith('/', 'execute_wrapper_command must be an absolute guest path'),
    workspace_output_system: schemas/* string */.YjP().min(1),
});
const HostProcessRuntimeSchema = schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('host_process') });
const IncusRuntimeSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('incus'),
    staged_linux_command: StagedLinuxCommandSchema.optional(),
});
const TartRuntimeSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('tart'),
    host_setup_command: schemas/* string */.YjP().min(1).optional(),
    mount_host_rust_toolchain: schemas/* boolean */.zMY().default(false),
});
const RuntimeConfigSchema = schemas/* discriminatedUnion */.gMt('kind', [
    HostProcessRuntimeSchema,
    IncusRuntimeSchema,
    TartRuntimeSchema,
]);
const nonEmpty = schemas/* string */.YjP().min(1);
const GuestCommandSchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('host_shell_command'), command: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('exact_cargo_test'), package: nonEmpty, test_name: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('package_unit_tests'), package: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('package_tests'), package: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('filtered_cargo_tests'), package: nonEmpty, filter: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('shell_command'), command: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('shell_command_as_root'), command: nonEmpty }),
    /** A lane's plain `command`: an argv run without a shell. */
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('argv'), argv: schemas/* array */.YOg(schemas/* string */.YjP()).min(1) }),
]);
const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * A secret a job asks for by name: an environment variable of the action's (or CLI's) process,
 * passed to the job and redacted from every log and record (README "Security"). The runner's own
 * channels (`INPUT_*`, `ACTIONS_*`) can never be asked for.
 */
const SecretNameSchema = schemas/* string */.YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'these are environment variable names: letters, digits and `_`')
    .refine((name) => !/^(INPUT_|ACTIONS_)/i.test(name), {
    message: "`INPUT_*` and `ACTIONS_*` are the runner's own variables and are never passed to a job",
});
const JobSpecSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP()
        .regex(JOB_ID_PATTERN, 'job ids are letters, digits, `.`, `_` and `-`, starting alphanumeric'),
    description: schemas/* string */.YjP().min(1),
    timeout_secs: schemas/* number */.aig().int().positive(),
    writable_workspace: schemas/* boolean */.zMY().default(false),
    execution: ExecutionConfigSchema,
    runtime_config: RuntimeConfigSchema,
    guest_command: GuestCommandSchema,
    /** Environment variables passed to the job as secrets (values redacted everywhere). */
    secrets: schemas/* array */.YOg(SecretNameSchema).optional(),
    /** Non-secret environment variables passed to the job by name when set (README "Security"). */
    pass_env: schemas/* array */.YOg(SecretNameSchema).optional(),
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
            return (0,util/* assertNever */.xb)(runtime);
    }
}
function stagedLinuxCommand(job) {
    return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}
/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
function supportsParallelExecute(job) {
    return stagedLinuxCommand(job) !== undefined;
}

;// CONCATENATED MODULE: ./src/model/command.ts
/** Guest command compilation with the upstream quoting rule (docs/upstream.md, executor 0.2). */



const BASH = 'bash --noprofile --norc -lc';
function compileGuestCommand(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return { command: `${BASH} ${(0,util/* shellQuote */.ZL)(guest.command)}`, runAsRoot: false };
        case 'shell_command_as_root':
            return { command: `${BASH} ${(0,util/* shellQuote */.ZL)(guest.command)}`, runAsRoot: true };
        case 'exact_cargo_test':
            return {
                command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} ${(0,util/* shellQuote */.ZL)(guest.test_name)} -- --exact --nocapture`,
                runAsRoot: false,
            };
        case 'package_unit_tests':
            return { command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} --lib -- --nocapture`, runAsRoot: false };
        case 'package_tests':
            return { command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} -- --nocapture`, runAsRoot: false };
        case 'filtered_cargo_tests':
            return {
                command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} -- ${(0,util/* shellQuote */.ZL)(guest.filter)} --nocapture`,
                runAsRoot: false,
            };
        case 'argv':
            return { command: (0,util/* shellJoin */.nZ)(guest.argv), runAsRoot: false };
        default:
            return (0,util/* assertNever */.xb)(guest);
    }
}
/** A staged Linux job runs its wrapper; its guest command is ignored (upstream override rule). */
function compileJobCommand(job) {
    const staged = stagedLinuxCommand(job);
    if (staged)
        return { command: staged.execute_wrapper_command, runAsRoot: false };
    return compileGuestCommand(job.guest_command);
}

;// CONCATENATED MODULE: ./src/model/index.ts





/***/ }),

/***/ 21056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ORPHAN_GRACE_SECS: () => (/* reexport */ DEFAULT_ORPHAN_GRACE_SECS),
  ExecuteNodeSchema: () => (/* reexport */ ExecuteNodeSchema),
  JobLogMetadataSchema: () => (/* reexport */ JobLogMetadataSchema),
  JobRecordSchema: () => (/* reexport */ JobRecordSchema),
  PLAN_PRECONDITIONS: () => (/* reexport */ PLAN_PRECONDITIONS),
  PassCacheRecordSchema: () => (/* reexport */ PassCacheRecordSchema),
  PlanExecutorKindSchema: () => (/* reexport */ PlanExecutorKindSchema),
  PlanNodeRecordSchema: () => (/* reexport */ PlanNodeRecordSchema),
  PrepareNodeSchema: () => (/* reexport */ PrepareNodeSchema),
  PrepareTimingRecordSchema: () => (/* reexport */ PrepareTimingRecordSchema),
  PreparedOutputConsumerKindSchema: () => (/* reexport */ PreparedOutputConsumerKindSchema),
  PreparedOutputExposureSchema: () => (/* reexport */ PreparedOutputExposureSchema),
  PreparedOutputInvocationModeSchema: () => (/* reexport */ PreparedOutputInvocationModeSchema),
  PreparedOutputLauncherTransportModeSchema: () => (/* reexport */ PreparedOutputLauncherTransportModeSchema),
  PreparedOutputPayloadManifestRecordSchema: () => (/* reexport */ PreparedOutputPayloadManifestRecordSchema),
  PreparedOutputResidencySchema: () => (/* reexport */ PreparedOutputResidencySchema),
  PreparedOutputsRecordSchema: () => (/* reexport */ PreparedOutputsRecordSchema),
  RUN_ID_PATTERN: () => (/* reexport */ RUN_ID_PATTERN),
  RUN_STATUSES: () => (/* reexport */ RUN_STATUSES),
  RealizedPreparedOutputRecordSchema: () => (/* reexport */ RealizedPreparedOutputRecordSchema),
  RemoteLinuxVmExecutionRecordSchema: () => (/* reexport */ RemoteLinuxVmExecutionRecordSchema),
  RemoteLinuxVmPhaseSchema: () => (/* reexport */ RemoteLinuxVmPhaseSchema),
  RunLifecycleEventSchema: () => (/* reexport */ RunLifecycleEventSchema),
  RunLogsMetadataSchema: () => (/* reexport */ RunLogsMetadataSchema),
  RunPlanRecordSchema: () => (/* reexport */ RunPlanRecordSchema),
  RunRecordSchema: () => (/* reexport */ RunRecordSchema),
  RunStatusSchema: () => (/* reexport */ RunStatusSchema),
  TerminalResultSchema: () => (/* reexport */ guest/* TerminalResultSchema */.z0),
  TimestampSchema: () => (/* reexport */ TimestampSchema),
  cargoHomeDir: () => (/* reexport */ cargoHomeDir),
  describeIssues: () => (/* reexport */ describeIssues),
  ensureReadableStateRoot: () => (/* reexport */ ensureReadableStateRoot),
  ensureWritableStateRoot: () => (/* reexport */ ensureWritableStateRoot),
  gcRuns: () => (/* reexport */ gcRuns),
  isRunId: () => (/* reexport */ isRunId),
  jobPaths: () => (/* reexport */ jobPaths),
  listRuns: () => (/* reexport */ listRuns),
  loadLogs: () => (/* reexport */ loadLogs),
  loadLogsMetadata: () => (/* reexport */ loadLogsMetadata),
  loadPreparedOutputsRecord: () => (/* reexport */ loadPreparedOutputsRecord),
  loadRunBundle: () => (/* reexport */ loadRunBundle),
  loadRunRecord: () => (/* reexport */ loadRunRecord),
  logJob: () => (/* reexport */ logJob),
  logsMetadataOf: () => (/* reexport */ logsMetadataOf),
  newRunId: () => (/* reexport */ newRunId),
  orphanJudge: () => (/* reexport */ orphanJudge),
  readRecord: () => (/* reexport */ readRecord),
  resolveStateRoot: () => (/* reexport */ resolveStateRoot),
  rfc3339: () => (/* reexport */ rfc3339),
  runIdTimeMs: () => (/* reexport */ runIdTimeMs),
  runLiveness: () => (/* reexport */ runLiveness),
  runPaths: () => (/* reexport */ runPaths),
  runsDir: () => (/* reexport */ runsDir),
  silentReporter: () => (/* reexport */ silentReporter),
  timestampMs: () => (/* reexport */ timestampMs),
  writeFileAtomic: () => (/* reexport */ writeFileAtomic),
  writeRecord: () => (/* reexport */ writeRecord)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
;// CONCATENATED MODULE: ./src/records/time.ts
/**
 * Timestamps in records: written as RFC 3339 UTC with `Z` (millisecond precision); read in any
 * RFC 3339 form, including upstream's `+00:00` offset with up to 9 fractional digits.
 */

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|z|[+-]\d{2}:\d{2})$/;
const TimestampSchema = schemas/* string */.YjP()
    .regex(RFC3339, 'expected an RFC 3339 timestamp such as 2026-03-19T01:02:03Z');
function rfc3339(date = new Date()) {
    return date.toISOString();
}
/** Milliseconds since the epoch of an RFC 3339 timestamp (any offset, any precision). */
function timestampMs(value) {
    return Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
}

// EXTERNAL MODULE: ./src/guest/index.ts + 4 modules
var guest = __webpack_require__(41341);
;// CONCATENATED MODULE: ./src/records/schemas.ts
/**
 * On-disk record schemas (docs/upstream.md, records 2), snake_case as upstream. Decoding is
 * backward-compatible: every field upstream treats as optional reads back as `null`/`[]` when
 * missing, unknown fields are ignored. Encoding writes every field (null for none) in this order.
 */



const nullableString = schemas/* string */.YjP().nullable().default(null);
const stringList = schemas/* array */.YOg(schemas/* string */.YjP()).default(() => []);
const RUN_STATUSES = ['running', 'passed', 'failed', 'skipped'];
const RunStatusSchema = schemas/* enum */.k5n(RUN_STATUSES);
const PlanExecutorKindSchema = schemas/* enum */.k5n(['host_local', 'remote_linux_vm', 'tart_local']);
const PreparedOutputConsumerKindSchema = schemas/* enum */.k5n([
    'host_local_symlink_mounts_v1',
    'remote_exposure_request_v1',
    'fulfill_request_cli_v1',
]);
const PreparedOutputInvocationModeSchema = schemas/* enum */.k5n([
    'direct_helper_exec_v1',
    'external_wrapper_command_v1',
]);
const PreparedOutputLauncherTransportModeSchema = schemas/* enum */.k5n([
    'direct_launcher_exec_v1',
    'command_transport_v1',
    'ssh_launcher_transport_v1',
]);
const PreparedOutputResidencySchema = schemas/* enum */.k5n([
    'local_authoritative',
    'remote_authoritative_staged_linux',
]);
const RemoteLinuxVmPhaseSchema = schemas/* enum */.k5n([
    'prepare_directories',
    'stage_workspace_snapshot',
    'prepare_runtime',
    'launch_guest',
    'wait_for_completion',
    'collect_artifacts',
]);
/**
 * A VM backend's execution (docs/upstream.md, records 2): upstream's Incus shape, plus `image`,
 * which every VM runtime fills the same way (name, and the digest or fingerprint where the runtime
 * reports one), so summaries need no per-runtime code.
 */
const RemoteLinuxVmExecutionRecordSchema = schemas/* object */.Ikc({
    backend: model/* RuntimeKindSchema */.sM,
    image: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: nullableString }).nullable().default(null),
    incus_image: schemas/* object */.Ikc({ project: schemas/* string */.YjP(), alias: schemas/* string */.YjP(), fingerprint: nullableString })
        .nullable()
        .default(null),
    phases: schemas/* array */.YOg(schemas/* object */.Ikc({
        phase: RemoteLinuxVmPhaseSchema,
        started_at: TimestampSchema,
        finished_at: TimestampSchema,
        duration_ms: schemas/* number */.aig().int().nonnegative(),
    }))
        .default(() => []),
});
const JobRecordSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    description: schemas/* string */.YjP(),
    status: RunStatusSchema,
    executor: schemas/* string */.YjP(),
    placement: model/* PlacementSchema */.Bb.nullable().default(null),
    runtime: model/* RuntimeKindSchema */.sM.nullable().default(null),
    plan_node_id: nullableString,
    timeout_secs: schemas/* number */.aig().int().nonnegative(),
    host_log_path: schemas/* string */.YjP(),
    guest_log_path: schemas/* string */.YjP(),
    started_at: TimestampSchema,
    finished_at: TimestampSchema.nullable().default(null),
    exit_code: schemas/* number */.aig().int().nullable().default(null),
    message: nullableString,
    pre_execution_prepare_duration_ms: schemas/* number */.aig().int().nonnegative().nullable().default(null),
    remote_linux_vm_execution: RemoteLinuxVmExecutionRecordSchema.nullable().default(null),
});
const PrepareTimingRecordSchema = schemas/* object */.Ikc({
    node_id: schemas/* string */.YjP(),
    started_at: TimestampSchema,
    finished_at: TimestampSchema,
    duration_ms: schemas/* number */.aig().int().nonnegative(),
});
/**
 * Not upstream: what the pass cache decided for a run made with skip-if-passed (README "Skipping
 * lanes that already passed"). `already_passed`: nothing ran, because a run with the same pass key
 * had passed (`proved_by_*` name it: a workflow run URL in the action, a run id locally). `ran`: the
 * key missed and the lane ran; a passing run is then the proof for `key`.
 */
const PassCacheRecordSchema = schemas/* object */.Ikc({
    key: schemas/* string */.YjP(),
    outcome: schemas/* enum */.k5n(['already_passed', 'ran']),
    proved_by_run_id: nullableString,
    proved_by_url: nullableString,
    proved_at: TimestampSchema.nullable().default(null),
});
const RunRecordSchema = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP(),
    status: RunStatusSchema,
    rerun_of: nullableString,
    target_id: nullableString,
    target_description: nullableString,
    source_root: schemas/* string */.YjP(),
    snapshot_dir: schemas/* string */.YjP(),
    git_head: nullableString,
    git_dirty: schemas/* boolean */.zMY().nullable().default(null),
    created_at: TimestampSchema,
    finished_at: TimestampSchema.nullable().default(null),
    plan_path: nullableString,
    prepared_outputs_path: nullableString,
    prepared_output_consumer: PreparedOutputConsumerKindSchema.nullable().default(null),
    prepared_output_mode: nullableString,
    prepared_output_invocation_mode: PreparedOutputInvocationModeSchema.nullable().default(null),
    prepared_output_invocation_wrapper_program: nullableString,
    prepared_output_launcher_transport_mode: PreparedOutputLauncherTransportModeSchema.nullable().default(null),
    prepared_output_launcher_transport_program: nullableString,
    prepared_output_launcher_transport_host: nullableString,
    prepared_output_launcher_transport_remote_launcher_program: nullableString,
    prepared_output_launcher_transport_remote_helper_program: nullableString,
    prepared_output_launcher_transport_remote_work_dir: nullableString,
    changed_files: stringList,
    filters: stringList,
    message: nullableString,
    prepare_timings: schemas/* array */.YOg(PrepareTimingRecordSchema).default(() => []),
    jobs: schemas/* array */.YOg(JobRecordSchema),
    /**
     * Not upstream: the process that owns a `running` run, so `list` and `gc` can tell a live run
     * from one whose runner was killed. Null once the run is terminal, and in upstream records.
     */
    runner_pid: schemas/* number */.aig().int().positive().nullable().default(null),
    runner_host: nullableString,
    pass_cache: PassCacheRecordSchema.nullable().default(null),
});
const RunLifecycleEventSchema = schemas/* discriminatedUnion */.gMt('event', [
    schemas/* object */.Ikc({
        event: schemas/* literal */.euz('run_started'),
        run_id: schemas/* string */.YjP(),
        created_at: TimestampSchema,
        rerun_of: nullableString,
        target_id: nullableString,
        target_description: nullableString,
    }),
    schemas/* object */.Ikc({ event: schemas/* literal */.euz('job_started'), run_id: schemas/* string */.YjP(), job: JobRecordSchema }),
    schemas/* object */.Ikc({ event: schemas/* literal */.euz('job_finished'), run_id: schemas/* string */.YjP(), job: JobRecordSchema }),
    schemas/* object */.Ikc({ event: schemas/* literal */.euz('run_finished'), run: RunRecordSchema }),
]);
const PreparedOutputExposureSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('host_symlink_mount'),
    path: schemas/* string */.YjP(),
    access: schemas/* literal */.euz('read_only'),
});
const PrepareNodeSchema = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('nix_build'),
        installable: schemas/* string */.YjP(),
        output_name: schemas/* string */.YjP(),
        residency: PreparedOutputResidencySchema.default('local_authoritative'),
        handoff: schemas/* object */.Ikc({
            protocol: schemas/* literal */.euz('nix_store_path_v1'),
            exposures: schemas/* array */.YOg(PreparedOutputExposureSchema).default(() => []),
        })
            .nullable()
            .default(null),
    }),
    schemas/* object */.Ikc({ type: schemas/* literal */.euz('remote_linux_vm_backend'), backend: model/* RuntimeKindSchema */.sM }),
]);
const ExecuteNodeSchema = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('vm_command'),
        command: schemas/* string */.YjP(),
        run_as_root: schemas/* boolean */.zMY(),
        timeout_secs: schemas/* number */.aig().int().nonnegative(),
        writable_workspace: schemas/* boolean */.zMY(),
    }),
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('host_command'),
        command: schemas/* string */.YjP(),
        timeout_secs: schemas/* number */.aig().int().nonnegative(),
        writable_workspace: schemas/* boolean */.zMY(),
    }),
]);
const planNodeCommon = {
    id: schemas/* string */.YjP(),
    description: schemas/* string */.YjP(),
    executor: PlanExecutorKindSchema,
    placement: model/* PlacementSchema */.Bb.nullable().default(null),
    runtime: model/* RuntimeKindSchema */.sM.nullable().default(null),
    depends_on: stringList,
};
const PlanNodeRecordSchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('prepare'), ...planNodeCommon, prepare: PrepareNodeSchema }),
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('execute'), ...planNodeCommon, execute: ExecuteNodeSchema }),
]);
const PLAN_PRECONDITIONS = ['host_setup_complete', 'workspace_snapshot_created'];
const RunPlanRecordSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    run_id: schemas/* string */.YjP(),
    target_id: nullableString,
    target_description: nullableString,
    created_at: TimestampSchema,
    scope: schemas/* literal */.euz('post_host_setup_and_snapshot'),
    preconditions: stringList,
    nodes: schemas/* array */.YOg(PlanNodeRecordSchema).default(() => []),
});
const payloadEntry = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), relative_path: schemas/* string */.YjP() });
const PreparedOutputPayloadManifestRecordSchema = schemas/* object */.Ikc({
    schema_version: schemas/* number */.aig().int(),
    kind: schemas/* enum */.k5n(['staged_linux_workspace_deps_v1', 'staged_linux_workspace_build_v1']),
    entrypoints: schemas/* array */.YOg(payloadEntry).default(() => []),
    asset_roots: schemas/* array */.YOg(payloadEntry).default(() => []),
    mounts: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        relative_path: schemas/* string */.YjP(),
        guest_path: schemas/* string */.YjP(),
        read_only: schemas/* boolean */.zMY(),
    }))
        .default(() => []),
});
const RealizedPreparedOutputRecordSchema = schemas/* object */.Ikc({
    node_id: schemas/* string */.YjP(),
    installable: schemas/* string */.YjP(),
    output_name: schemas/* string */.YjP(),
    protocol: schemas/* literal */.euz('nix_store_path_v1'),
    residency: PreparedOutputResidencySchema.default('local_authoritative'),
    consumer: PreparedOutputConsumerKindSchema,
    realized_path: schemas/* string */.YjP(),
    consumer_request_path: nullableString,
    consumer_result_path: nullableString,
    consumer_launch_request_path: nullableString,
    consumer_transport_request_path: nullableString,
    exposures: schemas/* array */.YOg(PreparedOutputExposureSchema).default(() => []),
    requested_exposures: schemas/* array */.YOg(PreparedOutputExposureSchema).default(() => []),
    payload: PreparedOutputPayloadManifestRecordSchema.nullable().default(null),
});
const PreparedOutputsRecordSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    outputs: schemas/* array */.YOg(RealizedPreparedOutputRecordSchema).default(() => []),
});
/** `jobs/<job>/artifacts/result.json`: one schema for every runtime, owned by the guest contract (docs/guest-protocol.md). */

const JobLogMetadataSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    host_log_path: schemas/* string */.YjP(),
    guest_log_path: schemas/* string */.YjP(),
    host_log_exists: schemas/* boolean */.zMY(),
    guest_log_exists: schemas/* boolean */.zMY(),
});
const RunLogsMetadataSchema = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP(),
    status: RunStatusSchema,
    jobs: schemas/* array */.YOg(JobLogMetadataSchema).default(() => []),
});

;// CONCATENATED MODULE: ./src/records/reporter.ts
const silentReporter = { event: () => undefined };

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/records/run-id.ts
/** Run ids: `YYYYMMDDTHHMMSSZ-<8 hex>`; lexicographic order is chronological order to the second. */

const RUN_ID_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;
function newRunId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
function isRunId(value) {
    return RUN_ID_PATTERN.test(value);
}
/** The creation instant encoded in a run id, or null when the id has another shape. */
function runIdTimeMs(runId) {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(runId);
    if (!match)
        return null;
    const [, y, mo, d, h, mi, s] = match;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/records/layout.ts
/** The state-root layout (docs/upstream.md, records 1.4). Every path here is absolute. */

function runsDir(stateRoot) {
    return (0,external_node_path_.join)(stateRoot, 'runs');
}
function cargoHomeDir(stateRoot) {
    return (0,external_node_path_.join)(stateRoot, 'cache', 'cargo-home');
}
function runPaths(stateRoot, runId) {
    const runDir = (0,external_node_path_.join)(runsDir(stateRoot), runId);
    return {
        runDir,
        runJson: (0,external_node_path_.join)(runDir, 'run.json'),
        planJson: (0,external_node_path_.join)(runDir, 'plan.json'),
        preparedOutputsJson: (0,external_node_path_.join)(runDir, 'prepared-outputs.json'),
        snapshotDir: (0,external_node_path_.join)(runDir, 'snapshot'),
        cargoTargetDir: (0,external_node_path_.join)(runDir, 'cargo-target'),
        jobsDir: (0,external_node_path_.join)(runDir, 'jobs'),
    };
}
function jobPaths(runDir, jobId) {
    const jobDir = (0,external_node_path_.join)(runDir, 'jobs', jobId);
    const artifactsDir = (0,external_node_path_.join)(jobDir, 'artifacts');
    return {
        jobDir,
        statusJson: (0,external_node_path_.join)(jobDir, 'status.json'),
        hostLog: (0,external_node_path_.join)(jobDir, 'host.log'),
        artifactsDir,
        guestLog: (0,external_node_path_.join)(artifactsDir, 'guest.log'),
        resultJson: (0,external_node_path_.join)(artifactsDir, 'result.json'),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/records/atomic.ts
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
    const text = JSON.stringify((0,util/* redactDeep */.KL)(schema.parse(value)), null, 2);
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
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, 'w', 0o644);
    try {
        try {
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        // A half-written temp file (a full disk) is never renamed, and must not keep its space.
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/records/read.ts
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
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new util.InputError(`cannot read ${what}: ${(0,util/* errorMessage */.gJ)(error)}`, { where: path });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new util.InputError(`${what} is not valid JSON (${(0,util/* errorMessage */.gJ)(error)})`, {
            where: path,
            hint: 'the file is corrupt; remove the run with `pikaci gc` or restore the file',
        });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        throw new util.InputError(`${what} does not match its schema: ${describeIssues(parsed.error)}`, {
            where: path,
            hint: 'the file was written by an incompatible version or edited by hand',
        });
    }
    return parsed.data;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/records/liveness.ts
/**
 * Whether the process that owns a `running` run is still alive. run.json records `runner_pid` and
 * `runner_host`; on the same host a pid that no longer exists means the runner was killed and the
 * run is abandoned. On another host (or for upstream records without a pid) it cannot be known.
 */

function runLiveness(run) {
    if (run.status !== 'running')
        return 'terminal';
    if (run.runner_pid === null || run.runner_host !== (0,external_node_os_.hostname)())
        return 'unknown';
    return processExists(run.runner_pid) ? 'alive' : 'abandoned';
}
function processExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: the process exists but belongs to another user.
        return error.code === 'EPERM';
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/git/index.ts + 3 modules
var git = __webpack_require__(24157);
;// CONCATENATED MODULE: ./src/records/state-root.ts
/**
 * Choosing and checking the state root: `--state-root`, else `PIKACI_STATE_ROOT`, else
 * `<repo root>/.pikaci` where the repo root is the git top level of the cwd (the cwd outside git).
 */





async function resolveStateRoot(sources = {}) {
    const cwd = sources.cwd ?? process.cwd();
    const env = sources.env ?? process.env['PIKACI_STATE_ROOT'];
    if (sources.flag !== undefined && sources.flag !== '')
        return (0,external_node_path_.resolve)(cwd, sources.flag);
    if (env !== undefined && env !== '')
        return (0,external_node_path_.resolve)(cwd, env);
    return (0,external_node_path_.join)(await (0,git.repoRoot)(cwd), '.pikaci');
}
/** Create the state root if needed and prove it is a writable directory. */
async function ensureWritableStateRoot(stateRoot) {
    try {
        await makeDirectories((0,external_node_path_.join)(stateRoot, 'runs'));
        await (0,promises_.access)(stateRoot, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        await (0,promises_.access)((0,external_node_path_.join)(stateRoot, 'runs'), external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch (error) {
        const why = (0,util.isSystemError)(error) ? (0,util.describeSystemError)(error) : (0,util/* errorMessage */.gJ)(error);
        throw new util.InputError(`state root ${stateRoot} is not a writable directory: ${why}`, {
            where: stateRoot,
            hint: (0,util.isSystemError)(error) && error.code === 'EROFS'
                ? 'it is on a read-only file system: remount it read-write, or pass --state-root (or set PIKACI_STATE_ROOT) to a writable directory'
                : 'pass --state-root or set PIKACI_STATE_ROOT to a directory you can write',
        });
    }
}
/**
 * `mkdir -p`, one level at a time from the deepest existing ancestor. Node's recursive mkdir retries
 * forever where a file system refuses to create entries with ENOENT (under /proc), and reports
 * ENOENT rather than EROFS below a read-only mount; this fails at once with the real cause.
 */
async function makeDirectories(path) {
    const missing = [];
    let current = (0,external_node_path_.resolve)(path);
    for (;;) {
        const info = await (0,promises_.stat)(current).catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return undefined;
            throw error;
        });
        if (info !== undefined) {
            if (!info.isDirectory())
                throw new Error(`${current} exists and is not a directory`);
            break;
        }
        missing.push(current);
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const dir of missing.reverse()) {
        await (0,promises_.mkdir)(dir).catch(async (error) => {
            if (error.code === 'EEXIST') {
                // Created meanwhile, or a symbolic link whose target is missing.
                if ((await (0,promises_.stat)(dir).catch(() => undefined))?.isDirectory())
                    return;
                throw new Error(`${dir} exists but is not a directory (a broken symbolic link?)`);
            }
            if (error.code === 'ENOENT') {
                throw new Error(`cannot create ${dir}: ${(0,external_node_path_.dirname)(dir)} does not allow new entries (ENOENT)`);
            }
            throw error;
        });
    }
}
/** For read-only commands: the state root must exist and be a readable directory. */
async function ensureReadableStateRoot(stateRoot) {
    try {
        const info = await (0,promises_.stat)(stateRoot);
        if (!info.isDirectory())
            throw new Error('not a directory');
        await (0,promises_.access)(stateRoot, external_node_fs_.constants.R_OK | external_node_fs_.constants.X_OK);
    }
    catch (error) {
        throw new util.InputError(`state root ${stateRoot} is not a readable directory: ${(0,util/* errorMessage */.gJ)(error)}`, {
            where: stateRoot,
            hint: 'pass --state-root or set PIKACI_STATE_ROOT to the state root your runs were written to',
        });
    }
}

;// CONCATENATED MODULE: ./src/records/loaders.ts
/**
 * Loaders for finished or running runs (docs/upstream.md, records 4), list and gc (records 1.5, 1.6). They follow
 * the absolute paths recorded in run.json verbatim and fall back to the default layout when a path
 * is null.
 */









function checkRunIdShape(runId) {
    if (runId === '' || runId.includes('/') || runId.includes('\\') || runId === '.' || runId === '..') {
        throw new util.InputError(`\`${runId}\` is not a run id`, {
            hint: 'run ids look like 20260319T010203Z-deadbeef',
        });
    }
}
async function existingRunIds(stateRoot) {
    try {
        return await (0,promises_.readdir)(runsDir(stateRoot));
    }
    catch {
        return [];
    }
}
async function loadRunRecord(stateRoot, runId) {
    checkRunIdShape(runId);
    const paths = runPaths(stateRoot, runId);
    const dirInfo = await (0,promises_.stat)(paths.runDir).catch(() => null);
    if (!dirInfo?.isDirectory()) {
        const hint = (0,util/* didYouMean */.au)(runId, await existingRunIds(stateRoot));
        throw new util.InputError(`run \`${runId}\` not found in ${runsDir(stateRoot)}`, {
            hint: hint ?? 'list the runs with `pikaci list` (and check --state-root / PIKACI_STATE_ROOT)',
        });
    }
    return readRecord(paths.runJson, RunRecordSchema, `run record of \`${runId}\``);
}
function selectJobs(run, job) {
    if (job === undefined)
        return run.jobs;
    const found = run.jobs.find((candidate) => candidate.id === job);
    if (!found) {
        throw new util.InputError(`job \`${job}\` not found in run \`${run.run_id}\``, {
            hint: (0,util/* didYouMean */.au)(job, run.jobs.map((j) => j.id)) ?? `the run's jobs are: ${run.jobs.map((j) => j.id).join(', ') || '(none)'}`,
        });
    }
    return [found];
}
async function isFile(path) {
    return (await (0,promises_.stat)(path).catch(() => null))?.isFile() ?? false;
}
function logsMetadataOf(run, jobs, exists) {
    return {
        run_id: run.run_id,
        status: run.status,
        jobs: jobs.map((job) => ({
            id: job.id,
            host_log_path: job.host_log_path,
            guest_log_path: job.guest_log_path,
            host_log_exists: exists(job.host_log_path),
            guest_log_exists: exists(job.guest_log_path),
        })),
    };
}
async function loadLogsMetadata(stateRoot, runId, options = {}) {
    const run = await loadRunRecord(stateRoot, runId);
    return logsMetadataFor(run, selectJobs(run, options.job));
}
async function logsMetadataFor(run, jobs) {
    const files = new Set();
    for (const job of jobs) {
        for (const path of [job.host_log_path, job.guest_log_path])
            if (await isFile(path))
                files.add(path);
    }
    return logsMetadataOf(run, jobs, (path) => files.has(path));
}
/** The job a log command means: the named one, else the run's first job. */
function logJob(run, job) {
    if (job === undefined) {
        const first = run.jobs[0];
        if (!first)
            throw new util.InputError(`run \`${run.run_id}\` has no jobs`, { hint: run.message ?? undefined });
        return first;
    }
    return selectJobs(run, job)[0];
}
/** Whole log files as text; for large logs prefer streaming the paths from `loadLogsMetadata`. */
async function loadLogs(stateRoot, runId, options = {}) {
    const run = await loadRunRecord(stateRoot, runId);
    const job = logJob(run, options.job);
    const kind = options.kind ?? 'both';
    const read = async (path) => {
        try {
            return await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            throw new util.InputError(`cannot read log of job \`${job.id}\`: ${(0,util/* errorMessage */.gJ)(error)}`, { where: path });
        }
    };
    return {
        host: kind === 'guest' ? null : await read(job.host_log_path),
        guest: kind === 'host' ? null : await read(job.guest_log_path),
    };
}
/** Null when the run has no prepared-outputs file; an error when the file is unreadable or invalid. */
async function loadPreparedOutputsRecord(stateRoot, runId, run) {
    const record = run ?? (await loadRunRecord(stateRoot, runId));
    const path = record.prepared_outputs_path ?? runPaths(stateRoot, runId).preparedOutputsJson;
    if (!(await isFile(path)))
        return null;
    return readRecord(path, PreparedOutputsRecordSchema, `prepared outputs of run \`${runId}\``);
}
/** run.json is required; logs metadata cannot fail; prepared outputs are best effort (null + warning). */
async function loadRunBundle(stateRoot, runId, options = {}) {
    const warn = options.onWarning ?? ((message) => process.stderr.write(`warning: ${message}\n`));
    const run = await loadRunRecord(stateRoot, runId);
    const logs = await logsMetadataFor(run, run.jobs);
    let prepared = null;
    try {
        prepared = await loadPreparedOutputsRecord(stateRoot, runId, run);
    }
    catch (error) {
        warn(`failed to load prepared outputs for run \`${runId}\`: ${(0,util/* errorMessage */.gJ)(error)}`);
    }
    return { run, logs, prepared_outputs: prepared };
}
/** Every run directory, newest first; a half-created or corrupt run is listed as such. */
async function listRuns(stateRoot) {
    const dir = runsDir(stateRoot);
    const names = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new util.InputError(`cannot list runs: ${(0,util/* errorMessage */.gJ)(error)}`, { where: dir });
    });
    const entries = [];
    for (const name of names) {
        if (!name.isDirectory())
            continue;
        const runId = name.name;
        const runJson = runPaths(stateRoot, runId).runJson;
        let entry;
        let sortMs = runIdTimeMs(runId);
        if (!(await isFile(runJson))) {
            entry = { run_id: runId, state: 'incomplete', reason: 'no run.json (half-created run directory)' };
        }
        else {
            try {
                const run = await readRecord(runJson, RunRecordSchema, 'run record');
                entry = { run_id: runId, state: 'recorded', run, liveness: runLiveness(run) };
                sortMs = timestampMs(run.created_at);
            }
            catch (error) {
                entry = { run_id: runId, state: 'corrupt', reason: (0,util/* errorMessage */.gJ)(error) };
            }
        }
        sortMs ??= (await (0,promises_.stat)((0,external_node_path_.join)(dir, runId))).mtimeMs;
        entries.push({ entry, sortMs });
    }
    entries.sort((a, b) => b.sortMs - a.sortMs || b.entry.run_id.localeCompare(a.entry.run_id));
    return entries.map((e) => e.entry);
}
/**
 * Keeps the `keep` newest run directories (by run id, newest first) and removes the rest, except
 * runs whose runner may still be alive: `running` with a live or unknown pid, or a directory
 * without run.json created within the grace period. `force` removes those too. `cache/` is untouched.
 */
async function gcRuns(stateRoot, options) {
    if (!Number.isInteger(options.keep) || options.keep < 0) {
        throw new util.InputError(`--keep-runs must be a non-negative integer, got \`${options.keep}\``);
    }
    const dir = runsDir(stateRoot);
    const dirents = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new util.InputError(`cannot list runs: ${(0,util/* errorMessage */.gJ)(error)}`, { where: dir });
    });
    const ids = dirents
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
        .reverse();
    const result = { removed: [], kept_running: [] };
    const grace = options.startingGraceMs ?? 60_000;
    for (const runId of ids.slice(options.keep)) {
        if (!options.force && (await mayBeRunning(stateRoot, runId, grace))) {
            result.kept_running.push(runId);
            continue;
        }
        await (0,promises_.rm)((0,external_node_path_.join)(dir, runId), { recursive: true, force: true });
        result.removed.push(runId);
    }
    return result;
}
async function mayBeRunning(stateRoot, runId, graceMs) {
    const paths = runPaths(stateRoot, runId);
    if (!(await isFile(paths.runJson))) {
        const info = await (0,promises_.stat)(paths.runDir).catch(() => null);
        return info !== null && Date.now() - info.mtimeMs < graceMs;
    }
    try {
        const run = await readRecord(paths.runJson, RunRecordSchema, 'run record');
        const liveness = runLiveness(run);
        return liveness === 'alive' || liveness === 'unknown';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/records/orphans.ts
/**
 * The one rule `pikaci gc` applies to whatever a run left on a host — Incus instances, job
 * processes, VMs (docs/design.md decision 7): the owner run is read from the state root's records;
 * a terminal or abandoned run owns nothing; a live run keeps what it has; a run recorded on another
 * host cannot be judged and is kept. A run id this state root has never seen is orphaned only once
 * the thing is older than the grace period, so a sweep from one runner never removes what another
 * runner sharing the host has just started.
 */



const DEFAULT_ORPHAN_GRACE_SECS = 3600;
async function ownership(stateRoot, runId) {
    if (!isRunId(runId))
        return 'unknown';
    const record = await loadRunRecord(stateRoot, runId).catch(() => null);
    if (record === null)
        return 'unknown';
    switch (runLiveness(record)) {
        case 'alive':
            return 'live';
        case 'terminal':
        case 'abandoned':
            return 'over';
        case 'unknown':
            return 'other_host';
    }
}
/** Judge a thing of run `runId`, `ageSecs` old, against `stateRoot`'s records. */
function orphanJudge(stateRoot, graceSecs) {
    return async (runId, ageSecs) => {
        switch (await ownership(stateRoot, runId)) {
            case 'live':
                return { orphan: false, reason: 'its run is still running' };
            case 'other_host':
                return { orphan: false, reason: 'its run is recorded as running on another host' };
            case 'over':
                return { orphan: true, reason: 'its run is no longer running' };
            case 'unknown':
                return ageSecs > graceSecs
                    ? { orphan: true, reason: `unknown run, created ${Math.round(ageSecs)}s ago (grace ${graceSecs}s)` }
                    : { orphan: false, reason: `unknown run, younger than the grace period of ${graceSecs}s` };
        }
    };
}

;// CONCATENATED MODULE: ./src/records/index.ts
/** Run records: the state root, run ids, record schemas, atomic writes, loaders, list and gc. */













/***/ }),

/***/ 43688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G6: () => (/* reexport */ CLI_ORIGIN),
  tw: () => (/* reexport */ jobEnvironment),
  $w: () => (/* reexport */ openLogSet),
  qf: () => (/* reexport */ openLogWriter),
  SG: () => (/* reexport */ readCliSettings),
  qq: () => (/* reexport */ readTerminalResult),
  JF: () => (/* reexport */ registerDeclaredSecrets),
  Ew: () => (/* reexport */ runWithCleanup),
  Pe: () => (/* reexport */ setting),
  Fy: () => (/* reexport */ writeTerminalResult)
});

// UNUSED EXPORTS: ACTION_ORIGIN, CONTEXT_ENV_NAMES, HOST_ENV_NAMES, HOST_ENV_PREFIXES, LogWriteError, flagProperty, outcomeFromTerminalResult, readActionSettings, settingError

// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/runtime/settings.ts
/**
 * Host settings as one table (README "Host settings"): each row is a CLI flag, a `PIKACI_*`
 * environment variable and an action input at once, so the three can never drift apart. The
 * placement rows live in `src/hosts/`, each runtime's rows in its backend module. Light on
 * purpose: the CLI builds its flags from these rows before any command runs.
 */

const CLI_ORIGIN = {
    kind: 'cli',
    describe: (spec) => `--${spec.name} (or $${spec.env})`,
};
const ACTION_ORIGIN = {
    kind: 'action',
    describe: (spec) => `input \`${spec.name}\``,
};
/** A bad setting value: what it must be and what it was, naming where it came from. */
function settingError(origin, spec, problem) {
    return new util.InputError(`${origin.describe(spec)} ${problem}`, origin.kind === 'action' ? { where: `input \`${spec.name}\`` } : {});
}
/** The camelCase property commander uses for a flag: `incus-image` → `incusImage`. */
function flagProperty(spec) {
    return spec.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
function parseBoolean(origin, spec, raw) {
    const value = raw.trim().toLowerCase();
    if (value === '1' || value === 'true')
        return true;
    if (value === '0' || value === 'false')
        return false;
    throw settingError(origin, spec, `must be true, false, 1 or 0, got \`${raw}\``);
}
/** One raw text value → the setting's value, or an error naming its source. */
function parseText(origin, spec, raw) {
    switch (spec.kind) {
        case 'boolean':
            return parseBoolean(origin, spec, raw);
        case 'list': {
            const items = raw.split(origin.kind === 'action' ? /[\s,]+/ : ',').map((item) => item.trim());
            if (origin.kind === 'action')
                return items.filter((item) => item !== '');
            if (items.some((item) => item === ''))
                throw settingError(origin, spec, 'has an empty item');
            return items;
        }
        case 'integer': {
            const n = Number(raw);
            const { min = 0, max = Number.MAX_SAFE_INTEGER } = spec;
            if (!/^\d+$/.test(raw) || n < min || n > max) {
                throw settingError(origin, spec, `must be an integer from ${min} to ${max}, got \`${raw}\``);
            }
            return n;
        }
        case 'text':
            if (spec.choices && !spec.choices.includes(raw)) {
                throw settingError(origin, spec, `must be ${spec.choices.join(' or ')}, got \`${raw}\``);
            }
            if (spec.absolute && !raw.startsWith('/')) {
                throw settingError(origin, spec, `must be an absolute path, got \`${raw}\``);
            }
            return raw;
    }
}
/**
 * CLI: commander's flag values, each falling back to its variable (an empty variable is unset).
 * A repeated list flag gives its items; a switch given on the command line is true.
 */
function readCliSettings(table, flags, env) {
    const values = new Map();
    for (const spec of table) {
        const flag = flags[flagProperty(spec)];
        if (spec.kind === 'list' && Array.isArray(flag) && flag.length > 0) {
            const items = flag.map(String);
            if (items.some((item) => item.trim() === '')) {
                throw settingError(CLI_ORIGIN, spec, 'has an empty item');
            }
            values.set(spec.name, items);
            continue;
        }
        if (spec.kind === 'boolean' && flag === true) {
            values.set(spec.name, true);
            continue;
        }
        // A flag given on the command line counts even when empty; an empty variable is unset.
        if (typeof flag === 'string') {
            values.set(spec.name, parseText(CLI_ORIGIN, spec, flag));
            continue;
        }
        const raw = env[spec.env];
        if (raw === undefined || raw === '')
            continue;
        values.set(spec.name, parseText(CLI_ORIGIN, spec, raw));
    }
    return values;
}
/**
 * Action: each input through `getInput` (untrimmed, so key material keeps its lines); an empty
 * input is unset. Secret inputs go to `onSecret` before anything else can see them.
 */
function readActionSettings(table, getInput, onSecret) {
    const values = new Map();
    for (const spec of table) {
        if (spec.action === 'none')
            continue;
        const raw = getInput(spec.name);
        if (spec.secret)
            onSecret(raw);
        if (raw.trim() === '')
            continue;
        values.set(spec.name, spec.action === 'content' ? raw : parseText(ACTION_ORIGIN, spec, raw.trim()));
    }
    return values;
}
/** Typed getters over parsed values (the table decided the type; these only narrow it). */
const setting = {
    text(values, name) {
        const value = values.get(name);
        return typeof value === 'string' ? value : undefined;
    },
    boolean(values, name) {
        const value = values.get(name);
        return typeof value === 'boolean' ? value : undefined;
    },
    integer(values, name) {
        const value = values.get(name);
        return typeof value === 'number' ? value : undefined;
    },
    list(values, name) {
        const value = values.get(name);
        return Array.isArray(value) ? value : undefined;
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/runtime/log-writer.ts
/**
 * Log files written with synchronous appends: a chunk is on disk before the next one is read from
 * the pipe, so a command that prints gigabytes never makes this process buffer them (docs/design.md decision 9).
 *
 * Writes happen inside stream handlers, where a throw would crash the runner before any cleanup
 * runs. So in a set opened with `onError` a write error (a full disk, above all) never throws: the
 * first one is kept, reported once to `onError`, and every log of the set stops writing (they share
 * the disk). Without `onError` the error is thrown, worded the same way.
 */



/** The write error that stopped a set of logs: `no space left on device writing <file>`. */
class LogWriteError extends util.PikaciError {
    path;
    constructor(path, error) {
        const code = error?.code;
        const message = code === 'ENOSPC'
            ? `no space left on device writing ${path}`
            : `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
        super(message, { hint: 'free space on the state root (pikaci gc) and run again', cause: error });
        this.path = path;
        this.name = 'LogWriteError';
    }
}
function openLogSet(onError) {
    let failure = null;
    const fail = (path, error) => {
        if (failure !== null)
            return;
        failure = new LogWriteError(path, error);
        if (!onError)
            throw failure;
        onError(failure);
    };
    return {
        get failure() {
            return failure;
        },
        open(path) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            let fd = (0,external_node_fs_.openSync)(path, 'a');
            const append = (bytes) => {
                if (fd === null || failure !== null)
                    return;
                let offset = 0;
                try {
                    while (offset < bytes.length)
                        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
                }
                catch (error) {
                    fail(path, error);
                }
            };
            // Every log the project writes passes the redactor (README "Security").
            const redactor = (0,util/* streamRedactor */.fx)(append);
            const write = (chunk) => {
                if (fd === null)
                    throw new Error(`log ${path} is closed`);
                if (failure !== null) {
                    if (onError)
                        return;
                    throw failure;
                }
                redactor.write(chunk);
            };
            return {
                path,
                write,
                line: (text) => write(`${text}\n`),
                close: () => {
                    if (fd === null)
                        return;
                    try {
                        redactor.end();
                    }
                    finally {
                        (0,external_node_fs_.closeSync)(fd);
                        fd = null;
                    }
                },
            };
        },
    };
}
/** One log on its own; a write error is thrown (as a `LogWriteError`). */
function openLogWriter(path) {
    return openLogSet().open(path);
}

// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
;// CONCATENATED MODULE: ./src/runtime/result.ts
/**
 * The terminal `result.json` contract shared by every runtime (docs/upstream.md, executor 0.4, docs/design.md
 * decision 6; a guest's in docs/guest-protocol.md "Lifecycle files").
 */

async function writeTerminalResult(path, result) {
    const record = {
        schema_version: 1,
        status: result.ok ? 'completed' : 'failed',
        finished_at: (0,records.rfc3339)(),
        message: result.message,
    };
    if (result.exitCode !== null)
        record.exit_code = result.exitCode;
    if (result.details !== undefined)
        record.details = result.details;
    await (0,records.writeRecord)(path, records.TerminalResultSchema, record);
}
function outcomeFromTerminalResult(result) {
    return {
        status: result.status === 'completed' ? 'passed' : 'failed',
        exit_code: result.exit_code ?? null,
        message: result.message,
    };
}
async function readTerminalResult(path) {
    return outcomeFromTerminalResult(await (0,records.readRecord)(path, records.TerminalResultSchema, 'terminal result'));
}

;// CONCATENATED MODULE: ./src/runtime/cleanup.ts
/**
 * The cleanup guarantee (docs/design.md decision 7): the caller of a backend, not the backend, makes
 * sure `cleanup` runs after `run` on every path. A cleanup that fails fails the job, even one that
 * passed: a leaked instance is a failure (`pikaci gc --instances` finds it).
 */


/**
 * `backend.run(ctx)`, then `backend.cleanup(ctx)` — after a pass, a failure, a timeout, a cancellation
 * and when `run` throws (the error is thrown again, with the cleanup failure added when there is one).
 */
async function runWithCleanup(backend, ctx) {
    let outcome;
    try {
        outcome = await backend.run(ctx);
    }
    catch (error) {
        const failure = await cleanUp(backend, ctx);
        if (failure === null)
            throw error;
        throw new util.PikaciError(`${(0,util/* errorMessage */.gJ)(error)}; also ${failure}`, { cause: error });
    }
    const failure = await cleanUp(backend, ctx);
    if (failure === null)
        return outcome;
    const failed = {
        ...outcome,
        status: 'failed',
        exit_code: null,
        message: `${outcome.message}; also ${failure}`,
    };
    await writeTerminalResult(ctx.paths.resultJson, {
        ok: false,
        message: failed.message,
        exitCode: null,
    }).catch(() => undefined);
    return failed;
}
/** Runs the backend's cleanup; its failure, logged to host.log, or null. */
async function cleanUp(backend, ctx) {
    if (!backend.cleanup)
        return null;
    try {
        await backend.cleanup(ctx);
        return null;
    }
    catch (error) {
        const message = (0,util/* errorMessage */.gJ)(error);
        ctx.hostLog.line(`[pikaci] ${message}`);
        return message;
    }
}

;// CONCATENATED MODULE: ./src/runtime/job-env.ts

/** Taken from this machine's environment for local host-process jobs only (a remote host or guest has its own). */
const HOST_ENV_NAMES = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'TMPDIR',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NIX_PATH',
    'NIX_SSL_CERT_FILE',
    'RUSTUP_HOME',
    'JAVA_HOME',
    'ANDROID_HOME',
    'GITHUB_WORKSPACE',
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_TEMP',
];
/** Also from this machine, by prefix (locale settings). */
const HOST_ENV_PREFIXES = ['LC_'];
/** The run's non-secret CI context, given to every job on every runtime when set. */
const CONTEXT_ENV_NAMES = [
    'CI',
    'GITHUB_ACTIONS',
    'GITHUB_ACTOR',
    'GITHUB_BASE_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_HEAD_REF',
    'GITHUB_JOB',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_REF_TYPE',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_OWNER',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_SERVER_URL',
    'GITHUB_SHA',
    'GITHUB_WORKFLOW',
];
function pick(source, names) {
    const picked = {};
    for (const name of names) {
        const value = source[name];
        if (value !== undefined)
            picked[name] = value;
    }
    return picked;
}
/** Register every secret the jobs ask for (those set), so every log redacts them from the start. */
function registerDeclaredSecrets(jobs, source) {
    for (const job of jobs)
        for (const name of job.secrets ?? [])
            (0,util/* addSecret */.Ck)(source[name]);
}
/**
 * The environment of `job` from `source` (the action's or CLI's process environment). A declared
 * secret that is not set fails the job before it starts, naming the variable and how to set it.
 */
function jobEnvironment(job, source) {
    const host = pick(source, HOST_ENV_NAMES);
    for (const [name, value] of Object.entries(source)) {
        if (value !== undefined && HOST_ENV_PREFIXES.some((prefix) => name.startsWith(prefix))) {
            host[name] = value;
        }
    }
    const secrets = {};
    const missing = [];
    for (const name of job.secrets ?? []) {
        const value = source[name];
        if (value === undefined || value === '')
            missing.push(name);
        else {
            (0,util/* addSecret */.Ck)(value);
            secrets[name] = value;
        }
    }
    if (missing.length > 0) {
        throw new util.PikaciError(`job \`${job.id}\` asks for the secret${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set`, {
            hint: `set it in the environment of the step (e.g. \`env: { ${missing[0]}: \${{ secrets.${missing[0]} }} }\`) or of \`pikaci run\``,
        });
    }
    return {
        host,
        context: pick(source, CONTEXT_ENV_NAMES),
        passed: pick(source, job.pass_env ?? []),
        secrets,
    };
}

;// CONCATENATED MODULE: ./src/runtime/index.ts







/***/ }),

/***/ 98616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mh: () => (/* reexport */ metadata_SNAPSHOT_METADATA_FILE),
  D6: () => (/* reexport */ SnapshotMetadataSchema),
  $p: () => (/* reexport */ createSnapshot),
  U$: () => (/* reexport */ metadata_readSnapshotMetadata),
  M2: () => (/* reexport */ snapshotContentHash),
  lw: () => (/* reexport */ snapshotProfileForJobs)
});

// UNUSED EXPORTS: FILE_MODES, SNAPSHOT_PROFILES, computeContentHash, formatSnapshotTimestamp, gitBlobId, hashSnapshotDirectory, isSkippedPath, shouldSkipEntry, verifySnapshot

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/git/index.ts + 3 modules
var git = __webpack_require__(24157);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/snapshot/blobs.ts
/**
 * Bulk blob reads through one `git cat-file --batch --buffer` process: object ids in on stdin (closed
 * at once, so git may buffer its output), `<oid> blob <size>\n<bytes>\n` out on stdout, in request
 * order. Each blob is handed to `onBlob` whole; while too many handlers are still running, stdout is
 * paused so memory stays bounded.
 */


const MAX_IN_FLIGHT = 64;
async function readBlobs(cwd, oids, onBlob) {
    if (oids.length === 0)
        return;
    const child = (0,git.streamGit)(cwd, ['cat-file', '--batch', '--buffer']);
    return new Promise((resolve, reject) => {
        const queue = new ChunkQueue();
        let next = 0;
        let expectedSize = null;
        let inFlight = 0;
        let failure = null;
        let exited = false;
        // Settles only once git has exited and every handler has finished, so nothing outlives the call.
        const settle = () => {
            if (inFlight > 0 || !exited)
                return;
            if (failure)
                reject(failure);
            else if (next < oids.length)
                reject(new util.PikaciError(`git cat-file stopped after ${next} of ${oids.length} objects`, { where: cwd }));
            else
                resolve();
        };
        const fail = (error) => {
            failure ??= error;
            child.stdout.destroy();
            child.stop();
            settle();
        };
        // git cannot start, exits non-zero or is stopped: the runner's error (command and stderr).
        child.exited.then(() => {
            exited = true;
            settle();
        }, (error) => {
            exited = true;
            fail(error);
        });
        child.stdin.on('error', (error) => fail(new util.PikaciError(`git cat-file stdin: ${error.message}`, { where: cwd })));
        child.stdout.on('data', (chunk) => {
            if (failure)
                return;
            queue.push(chunk);
            for (;;) {
                if (expectedSize === null) {
                    const header = queue.takeLine();
                    if (header === null)
                        break;
                    const oid = oids[next];
                    const [gotOid, type, size] = header.split(' ');
                    if (gotOid !== oid || type === 'missing' || type !== 'blob' || size === undefined) {
                        fail(new util.PikaciError(type === 'missing'
                            ? `git object ${oid} is missing from the repository`
                            : `unexpected git cat-file reply for ${oid}: ${JSON.stringify(header)}`, { where: cwd, hint: 'run `git fsck`; a shallow or partial clone may lack the object' }));
                        return;
                    }
                    expectedSize = Number(size);
                }
                const body = queue.take(expectedSize + 1);
                if (body === null)
                    break;
                const oid = oids[next];
                next += 1;
                expectedSize = null;
                inFlight += 1;
                if (inFlight >= MAX_IN_FLIGHT)
                    child.stdout.pause();
                onBlob(oid, body.subarray(0, body.length - 1)).then(() => {
                    inFlight -= 1;
                    if (inFlight < MAX_IN_FLIGHT / 2 && !failure)
                        child.stdout.resume();
                    settle();
                }, (error) => {
                    inFlight -= 1;
                    fail(error instanceof Error ? error : new Error(String(error)));
                });
            }
        });
        child.stdin.end(`${oids.join('\n')}\n`);
    });
}
/** A byte queue that joins chunks only when a whole line or body is available. */
class ChunkQueue {
    chunks = [];
    length = 0;
    push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
    }
    takeLine() {
        let offset = 0;
        for (const chunk of this.chunks) {
            const at = chunk.indexOf(10);
            if (at !== -1) {
                const line = this.take(offset + at + 1);
                return line.subarray(0, line.length - 1).toString('utf8');
            }
            offset += chunk.length;
        }
        return null;
    }
    take(count) {
        if (count > this.length)
            return null;
        const first = this.chunks[0];
        let out;
        if (first.length >= count) {
            out = first.subarray(0, count);
            if (first.length === count)
                this.chunks.shift();
            else
                this.chunks[0] = first.subarray(count);
        }
        else {
            const parts = [];
            let needed = count;
            while (needed > 0) {
                const chunk = this.chunks[0];
                if (chunk.length <= needed) {
                    parts.push(chunk);
                    this.chunks.shift();
                    needed -= chunk.length;
                }
                else {
                    parts.push(chunk.subarray(0, needed));
                    this.chunks[0] = chunk.subarray(needed);
                    needed = 0;
                }
            }
            out = Buffer.concat(parts, count);
        }
        this.length -= count;
        return out;
    }
}

;// CONCATENATED MODULE: ./src/snapshot/nul.ts
/** `-z` output of git (run through `src/git/`'s runner) split into strictly decoded UTF-8 paths. */

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Splits `-z` output into records, decoding each as strict UTF-8. */
function splitNul(output, where) {
    const records = [];
    let start = 0;
    while (start < output.length) {
        let end = output.indexOf(0, start);
        if (end === -1)
            end = output.length;
        const bytes = output.subarray(start, end);
        try {
            records.push(utf8.decode(bytes));
        }
        catch {
            throw new util.PikaciError(`a path is not valid UTF-8: ${JSON.stringify(bytes.toString('latin1'))}`, {
                where,
                hint: 'rename the file to a UTF-8 name; snapshot paths and hashes are defined over UTF-8',
            });
        }
        start = end + 1;
    }
    return records;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/snapshot/hash.ts
/**
 * The snapshot content hash. It is part of the remote snapshot reuse contract: a snapshot made here and
 * one checked on a remote host must agree byte for byte, so the formula is fixed and written down.
 *
 *   content_hash = lowercase hex SHA-256 over the concatenation, for every file entry of the snapshot
 *   sorted by the UTF-8 bytes of its path, of
 *
 *       <mode> SP <oid> TAB <path> NUL
 *
 *   where
 *   - <path> is the `/`-separated path relative to the snapshot root, UTF-8, no leading `./`;
 *   - <mode> is the git file mode as git prints it: `100644` (regular), `100755` (regular, owner
 *     executable bit set) or `120000` (symbolic link);
 *   - <oid> is the lowercase hex SHA-1 git blob id: SHA-1 of `blob <byte length>` NUL <bytes>, where
 *     the bytes are the file contents, or for a symbolic link the link target string.
 *
 * Directories contribute nothing of their own (as in git, an empty directory is not content), and the
 * root-level ready marker `pikaci-snapshot.json` is never an entry. Because the oids are git's own blob
 * ids, a clean tracked file is hashed from `git ls-files -s`/`ls-tree` output without reading it, while
 * a snapshot directory can still be re-hashed from its bytes alone (`hashSnapshotDirectory`).
 */

const FILE_MODES = (/* unused pure expression or super */ null && (['100644', '100755', '120000']));
/** Byte order of the UTF-8 encoding (git's index order), not JavaScript's UTF-16 order. */
function comparePathBytes(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function hash_computeContentHash(entries) {
    const sorted = [...entries].sort((a, b) => comparePathBytes(a.path, b.path));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const entry of sorted)
        hash.update(`${entry.mode} ${entry.oid}\t${entry.path}\0`, 'utf8');
    return hash.digest('hex');
}
/** git's SHA-1 blob id of some bytes (what `git hash-object --no-filters` prints). */
function hash_gitBlobId(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
;// CONCATENATED MODULE: ./src/snapshot/profile.ts
/**
 * Snapshot profiles and the upstream skip rules (docs/upstream.md, lanes 1.5, docs/upstream.md, records 5.1).
 * Pure: no file system, no git.
 */


const SNAPSHOT_PROFILES = ['full', 'staged_linux_rust', 'staged_linux_followup'];
/** Skipped wherever they appear: VCS and tool state, build output. */
const SKIP_AT_ANY_DEPTH = new Set(['.git', '.pikaci', '.direnv', 'target']);
/** Skipped below the root only, so a top-level `build/` (e.g. build scripts) is kept. */
const SKIP_BELOW_ROOT = new Set(['node_modules', '.gradle', 'DerivedData', 'build']);
function skippedAtRoot(profile) {
    switch (profile) {
        case 'full':
            return new Set();
        case 'staged_linux_rust':
            return new Set(['ios', 'android']);
        case 'staged_linux_followup':
            return new Set(['ios']);
        default:
            return (0,util/* assertNever */.xb)(profile);
    }
}
/** Upstream `should_skip(name, is_root, profile)`: does this directory entry stay out of the snapshot? */
function shouldSkipEntry(name, atRoot, profile) {
    if (SKIP_AT_ANY_DEPTH.has(name))
        return true;
    if (atRoot)
        return skippedAtRoot(profile).has(name);
    return SKIP_BELOW_ROOT.has(name);
}
/**
 * Whether a repository-relative path (`/`-separated, no leading `./`) lies under a skipped entry:
 * the rules are applied to every component, the first one being the root-level entry.
 */
function isSkippedPath(relPath, profile) {
    const components = relPath.split('/');
    return components.some((name, depth) => shouldSkipEntry(name, depth === 0, profile));
}
/**
 * Upstream `snapshot_profile_for_jobs`: any staged job with the `followup` profile ⇒ followup;
 * any staged job ⇒ rust; otherwise the full tree.
 */
function snapshotProfileForJobs(jobs) {
    const staged = jobs.flatMap((job) => {
        const command = (0,model/* stagedLinuxCommand */.Md)(job);
        return command ? [command] : [];
    });
    if (staged.some((command) => command.snapshot_profile === 'followup'))
        return 'staged_linux_followup';
    if (staged.length > 0)
        return 'staged_linux_rust';
    return 'full';
}

;// CONCATENATED MODULE: ./src/snapshot/metadata.ts
/**
 * `<snapshot>/pikaci-snapshot.json` (docs/upstream.md, records 2.9): the snapshot's description and its ready
 * marker. It is written last and atomically, so its presence means the tree beside it is complete.
 */






const metadata_SNAPSHOT_METADATA_FILE = 'pikaci-snapshot.json';
/** RFC 3339 in UTC; upstream writes `+00:00` with 0–9 fractional digits, its fixtures use `Z`. */
const UtcTimestampSchema = schemas/* string */.YjP()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|\+00:00)$/, 'expected an RFC 3339 UTC timestamp ending in `Z` or `+00:00`');
const OmittedPathSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1),
    /**
     * `submodule`: a gitlink (mode 160000); its commit is not in this repository's object store.
     * `nested_repository`: an untracked directory holding its own git repository.
     */
    reason: schemas/* enum */.k5n(['submodule', 'nested_repository']),
});
const SnapshotMetadataSchema = schemas/* object */.Ikc({
    source_root: schemas/* string */.YjP().min(1),
    snapshot_dir: schemas/* string */.YjP().min(1),
    git_head: schemas/* string */.YjP().nullable(),
    git_dirty: schemas/* boolean */.zMY().nullable(),
    created_at: UtcTimestampSchema,
    content_hash: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256')
        .nullable()
        .default(null),
    /** Ours, absent from upstream files: the profile used and what was left out on purpose. */
    profile: schemas/* enum */.k5n(SNAPSHOT_PROFILES).optional(),
    omitted_paths: schemas/* array */.YOg(OmittedPathSchema).optional(),
});
/** The upstream form: UTC with a `+00:00` offset. */
function formatSnapshotTimestamp(date) {
    return date.toISOString().replace(/Z$/, '+00:00');
}
async function metadata_readSnapshotMetadata(dir) {
    const file = (0,external_node_path_.join)(dir, metadata_SNAPSHOT_METADATA_FILE);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (isNotFound(error)) {
            throw new util.PikaciError('snapshot is not ready: its marker file is missing', {
                where: file,
                hint: 'the snapshot was never completed (or the path is wrong); create it again',
                cause: error,
            });
        }
        throw new util.PikaciError(`cannot read snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new util.PikaciError(`snapshot metadata is not valid JSON: ${error.message}`, {
            where: file,
            hint: 'the marker is corrupt; delete the snapshot directory and create it again',
            cause: error,
        });
    }
    const parsed = SnapshotMetadataSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : '';
        throw new util.PikaciError(`invalid snapshot metadata${at}: ${issue?.message ?? 'unknown problem'}`, {
            where: file,
            hint: 'the marker is corrupt or from an incompatible writer; delete the snapshot and create it again',
        });
    }
    return parsed.data;
}
/** Temp file in the same directory, then rename: readers see no marker or a whole one. */
async function writeSnapshotMetadata(dir, metadata) {
    const file = (0,external_node_path_.join)(dir, metadata_SNAPSHOT_METADATA_FILE);
    const temp = (0,external_node_path_.join)(dir, `.${metadata_SNAPSHOT_METADATA_FILE}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, `${JSON.stringify(metadata, null, 2)}\n`, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw new util.PikaciError(`cannot write snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
}
function isNotFound(error) {
    return error?.code === 'ENOENT';
}

;// CONCATENATED MODULE: ./src/snapshot/create.ts
/**
 * Snapshot creation. Unlike upstream (which walks and copies the working tree, ignored files included),
 * the file set comes from git: the files tracked at HEAD, plus (outside CI) local modifications and
 * untracked files that are not ignored. Clean tracked files are written straight from the object store
 * by id, so neither copying nor hashing them reads the working tree.
 *
 * Decisions worth knowing:
 * - Ignored files are never included (upstream copied them, `.env` secrets and all; docs/upstream.md, records 5.5.3).
 * - Submodules (gitlinks) and untracked nested repositories are left out and listed in
 *   `omitted_paths`: their contents are not in this repository's object store or index.
 * - Files from the object store hold git's stored bytes: no smudge filters (LFS) or eol conversion,
 *   so each file's bytes are exactly the blob its id names and a snapshot re-hashes to its content_hash.
 * - Paths must be UTF-8 and the repository SHA-1: the content hash is defined over both.
 * - A root-level `pikaci-snapshot.json` in the source is left out; that name is the marker's.
 */











const WORKTREE_COPY_CONCURRENCY = 32;
async function createSnapshot(options) {
    const clock = options.clock ?? (() => new Date());
    const sourceRoot = (0,external_node_path_.resolve)(options.sourceRoot);
    const destDir = (0,external_node_path_.resolve)(options.destDir);
    const head = await checkSource(sourceRoot);
    await prepareDestination(destDir);
    const [unfiltered, gitDirty] = await (0,util/* allSettledOrThrow */.eu)([
        options.includeLocalChanges ? planWorkingTree(sourceRoot) : planHead(sourceRoot),
        isDirty(sourceRoot),
    ]);
    const plan = filterPlan(unfiltered, options.profile);
    const localFiles = await inspectLocalFiles(sourceRoot, plan.local);
    const directories = new Set();
    for (const { path } of [...plan.stored, ...localFiles]) {
        for (let dir = (0,external_node_path_.dirname)(path); dir !== '.'; dir = (0,external_node_path_.dirname)(dir))
            directories.add(dir);
    }
    // Parents sort before their children, so non-recursive mkdir never misses a parent.
    for (const dir of [...directories].sort(comparePathBytes))
        await (0,promises_.mkdir)((0,external_node_path_.join)(destDir, dir));
    let localEntries;
    try {
        [, localEntries] = await (0,util/* allSettledOrThrow */.eu)([
            writeStoredFiles(sourceRoot, destDir, plan.stored),
            copyLocalFiles(sourceRoot, destDir, localFiles),
        ]);
    }
    catch (error) {
        throw (0,util/* withContext */.eQ)(`snapshot of ${sourceRoot} into ${destDir} failed (the directory is left without its ready marker; delete it before retrying)`, error);
    }
    const entries = [...plan.stored, ...localEntries];
    const metadata = {
        source_root: sourceRoot,
        snapshot_dir: destDir,
        git_head: head,
        git_dirty: gitDirty,
        created_at: formatSnapshotTimestamp(clock()),
        content_hash: hash_computeContentHash(entries),
        profile: options.profile,
        omitted_paths: plan.omitted,
    };
    await writeSnapshotMetadata(destDir, metadata);
    return metadata;
}
/** The checks below word a non-zero exit themselves: git's exit status is returned, not thrown. */
const ANY_EXIT = { exitCodes: 'any' };
/**
 * The content hash a snapshot of `sourceRoot` would have, computed without writing one: the same
 * file set (`planHead`/`planWorkingTree`, then the profile's skip rules) and the same formula
 * (`hash.ts`). Clean tracked files are hashed from their blob ids alone, so on a CI checkout (HEAD
 * only) nothing but `git ls-tree` output is read; local edits and untracked files are read and hashed.
 * The pass cache (README "Skipping lanes that already passed") keys a lane on it before anything runs.
 */
async function snapshotContentHash(options) {
    const sourceRoot = (0,external_node_path_.resolve)(options.sourceRoot);
    const head = await checkSource(sourceRoot);
    const unfiltered = await (options.includeLocalChanges ? planWorkingTree(sourceRoot) : planHead(sourceRoot));
    const plan = filterPlan(unfiltered, options.profile);
    const localFiles = await inspectLocalFiles(sourceRoot, plan.local);
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
    const localEntries = await (0,util/* allSettledOrThrow */.eu)(localFiles.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        return { path, mode, oid: hash_gitBlobId(bytes) };
    })));
    const entries = [...plan.stored, ...localEntries];
    return { contentHash: hash_computeContentHash(entries), files: entries.length, gitHead: head };
}
/** Returns HEAD's commit id after checking that `sourceRoot` is the top of a usable working tree. */
async function checkSource(sourceRoot) {
    const info = await (0,promises_.stat)(sourceRoot).catch(() => null);
    if (!info?.isDirectory()) {
        throw new util.InputError('snapshot source is not a directory', {
            where: sourceRoot,
            hint: 'pass the top-level directory of a git checkout',
        });
    }
    const fast = await sourceFacts(sourceRoot);
    if (fast !== null) {
        await checkTopLevel(sourceRoot, fast.topLevel);
        checkObjectFormat(sourceRoot, fast.objectFormat);
        return fast.head;
    }
    const top = await (0,git.runGit)(sourceRoot, ['rev-parse', '--show-toplevel'], ANY_EXIT);
    if (top.exitCode !== 0) {
        throw new util.InputError(`snapshot source is not a git working tree: ${top.stderr}`, {
            where: sourceRoot,
            hint: 'snapshots are made from git checkouts; run from a clone of the repository',
        });
    }
    await checkTopLevel(sourceRoot, top.stdout.toString('utf8').trim());
    const format = await (0,git.runGit)(sourceRoot, ['rev-parse', '--show-object-format'], ANY_EXIT);
    checkObjectFormat(sourceRoot, format.exitCode === 0 ? format.stdout.toString('utf8').trim() : 'sha1');
    const head = await (0,git.runGit)(sourceRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
    if (head.exitCode !== 0) {
        throw new util.InputError('the repository has no commits, so there is no HEAD to snapshot', {
            where: sourceRoot,
            hint: 'commit the files first (`git add -A && git commit`)',
        });
    }
    return head.stdout.toString('utf8').trim();
}
/**
 * Top level, object format and HEAD from one `git rev-parse` when all three are there (each git
 * process is a measured part of `pikaci run`'s overhead); null sends `checkSource` through the
 * one-check-per-process path, which words each failure.
 */
async function sourceFacts(sourceRoot) {
    const result = await (0,git.runGit)(sourceRoot, ['rev-parse', '--show-toplevel', '--show-object-format', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
    const lines = result.stdout.toString('utf8').split('\n');
    if (result.exitCode !== 0 || lines.length !== 4 || lines[3] !== '')
        return null;
    const [topLevel, objectFormat, head] = lines.map((line) => line.trim());
    return { topLevel, objectFormat, head };
}
async function checkTopLevel(sourceRoot, topLevel) {
    if ((await (0,promises_.realpath)(topLevel)) !== (await (0,promises_.realpath)(sourceRoot))) {
        throw new util.InputError(`snapshot source is not the top level of its repository (${topLevel})`, {
            where: sourceRoot,
            hint: `pass ${topLevel} instead`,
        });
    }
}
function checkObjectFormat(sourceRoot, objectFormat) {
    if (objectFormat !== 'sha1') {
        throw new util.InputError(`repositories with the ${objectFormat} object format are not supported`, {
            where: sourceRoot,
            hint: 'the snapshot content hash is defined over SHA-1 blob ids; use a sha1 repository',
        });
    }
}
async function prepareDestination(destDir) {
    const existing = await (0,promises_.readdir)(destDir).catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw new util.InputError(`snapshot destination cannot be used: ${error.message}`, { where: destDir });
    });
    if (existing !== null && existing.length > 0) {
        throw new util.InputError('snapshot destination is not empty', {
            where: destDir,
            hint: 'pass a new or empty directory (delete a stale snapshot first)',
        });
    }
    await (0,promises_.mkdir)(destDir, { recursive: true });
}
/** git's standard output; a non-zero exit throws the runner's error (the command and git's stderr). */
async function gitOutput(sourceRoot, args) {
    return (await (0,git.runGit)(sourceRoot, args)).stdout;
}
/** CI: the tree of HEAD, read from the object store only. */
async function planHead(sourceRoot) {
    const output = await gitOutput(sourceRoot, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
    const plan = { stored: [], local: [], omitted: [] };
    for (const record of splitNul(output, `${sourceRoot} (git ls-tree HEAD)`)) {
        // `<mode> SP <type> SP <oid> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, , oid] = record.slice(0, tab).split(' ');
        addStored(plan, record.slice(tab + 1), mode, oid, sourceRoot);
    }
    return plan;
}
/** A developer machine: the index, with edited, deleted and conflicted paths taken from the disk. */
async function planWorkingTree(sourceRoot) {
    const [staged, modified, untracked] = await (0,util/* allSettledOrThrow */.eu)([
        gitOutput(sourceRoot, ['ls-files', '-z', '-s']),
        gitOutput(sourceRoot, ['ls-files', '-z', '-m']),
        gitOutput(sourceRoot, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    const changed = new Set(splitNul(modified, `${sourceRoot} (git ls-files -m)`));
    const plan = { stored: [], local: [], omitted: [] };
    const seen = new Set();
    for (const record of splitNul(staged, `${sourceRoot} (git ls-files -s)`)) {
        // `<mode> SP <oid> SP <stage> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, oid, stage] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        if (seen.has(path))
            continue;
        seen.add(path);
        // A conflicted path has several stages and no single blob: the disk holds the user's version.
        if (mode !== '160000' && (changed.has(path) || stage !== '0'))
            plan.local.push(path);
        else
            addStored(plan, path, mode, oid, sourceRoot);
    }
    for (const path of splitNul(untracked, `${sourceRoot} (git ls-files --others)`)) {
        // git lists an untracked directory holding its own repository as `dir/` and never looks inside.
        if (path.endsWith('/'))
            plan.omitted.push({ path: path.slice(0, -1), reason: 'nested_repository' });
        else
            plan.local.push(path);
    }
    return plan;
}
function addStored(plan, path, rawMode, oid, where) {
    const mode = parseInt(rawMode, 8);
    switch (mode >> 12) {
        case 0o10:
            // git itself only knows 644 and 755; anything with the owner execute bit is executable.
            plan.stored.push({ path, oid, mode: mode & 0o100 ? '100755' : '100644' });
            return;
        case 0o12:
            plan.stored.push({ path, oid, mode: '120000' });
            return;
        case 0o16:
            plan.omitted.push({ path, reason: 'submodule' });
            return;
        default:
            throw new util.PikaciError(`unexpected git file mode ${rawMode} for ${JSON.stringify(path)}`, { where });
    }
}
/**
 * Applies the profile's skip rules. The root-level `pikaci-snapshot.json` is always left out too: it is
 * the marker's name, and a snapshot taken from a materialised workspace must not carry the old one.
 */
function filterPlan(plan, profile) {
    const keep = (path) => path !== metadata_SNAPSHOT_METADATA_FILE && !isSkippedPath(path, profile);
    return {
        stored: plan.stored.filter((file) => keep(file.path)),
        local: plan.local.filter(keep),
        omitted: plan.omitted.filter((entry) => keep(entry.path)),
    };
}
async function isDirty(sourceRoot) {
    const status = await gitOutput(sourceRoot, ['status', '--porcelain', '-z', '--untracked-files=normal']);
    return status.length > 0;
}
async function writeStoredFiles(sourceRoot, destDir, files) {
    const byOid = new Map();
    for (const file of files) {
        const group = byOid.get(file.oid);
        if (group)
            group.push(file);
        else
            byOid.set(file.oid, [file]);
    }
    await readBlobs(sourceRoot, [...byOid.keys()], async (oid, bytes) => {
        for (const file of byOid.get(oid))
            await materialise((0,external_node_path_.join)(destDir, file.path), file.mode, bytes);
    });
}
/**
 * Which working-tree paths are a file or symlink, seen the way git sees them: without following links.
 * Dropped: deleted paths, tracked files replaced by a directory (git lists its files as untracked), and
 * paths below a directory replaced by a symlink (git treats them as deleted; the link itself is untracked).
 */
async function inspectLocalFiles(sourceRoot, paths) {
    const realDirectories = new Map();
    const isRealDirectory = (dir) => {
        if (dir === '.')
            return Promise.resolve(true);
        let known = realDirectories.get(dir);
        if (!known) {
            known = isRealDirectory((0,external_node_path_.dirname)(dir)).then(async (parentIsReal) => parentIsReal &&
                (await (0,promises_.lstat)((0,external_node_path_.join)(sourceRoot, dir)).then((info) => info.isDirectory(), () => false)));
            realDirectories.set(dir, known);
        }
        return known;
    };
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
    const inspected = await (0,util/* allSettledOrThrow */.eu)(paths.map((path) => limit(async () => {
        if (!(await isRealDirectory((0,external_node_path_.dirname)(path))))
            return null;
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const info = await (0,promises_.lstat)(source).catch((error) => {
            if (error.code === 'ENOENT')
                return null;
            throw error;
        });
        if (info === null || info.isDirectory())
            return null;
        if (info.isSymbolicLink())
            return { path, mode: '120000' };
        if (info.isFile())
            return { path, mode: info.mode & 0o100 ? '100755' : '100644' };
        throw new util.PikaciError(`cannot snapshot ${JSON.stringify(path)}: not a file, symlink or directory`, {
            where: source,
            hint: 'remove the special file (fifo, socket or device) or add it to .gitignore',
        });
    })));
    return inspected.filter((file) => file !== null);
}
/** Copies working-tree files, returning their hash entries computed from the bytes copied. */
async function copyLocalFiles(sourceRoot, destDir, files) {
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
    return (0,util/* allSettledOrThrow */.eu)(files.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        await materialise((0,external_node_path_.join)(destDir, path), mode, bytes);
        return { path, mode, oid: hash_gitBlobId(bytes) };
    })));
}
/** Like a git checkout: links are recreated from their target bytes, never followed; umask applies. */
async function materialise(target, mode, bytes) {
    switch (mode) {
        case '120000':
            await (0,promises_.symlink)(bytes, target);
            return;
        case '100755':
            await (0,promises_.writeFile)(target, bytes, { mode: 0o777, flag: 'wx' });
            return;
        case '100644':
            await (0,promises_.writeFile)(target, bytes, { mode: 0o666, flag: 'wx' });
            return;
        default:
            (0,util/* assertNever */.xb)(mode);
    }
}

;// CONCATENATED MODULE: ./src/snapshot/verify.ts
/** Checking a snapshot directory against an expected content hash, by re-reading its bytes. */






/**
 * The content hash (see hash.ts) of a snapshot directory computed from what is on disk: every regular
 * file and symlink below `dir` except the root-level marker.
 */
async function hashSnapshotDirectory(dir) {
    const limit = pLimit(32);
    const pending = [];
    const walk = async (relDir) => {
        const names = await readdir(join(dir, relDir));
        for (const name of names) {
            const rel = relDir === '' ? name : `${relDir}/${name}`;
            if (rel === SNAPSHOT_METADATA_FILE)
                continue;
            const absolute = join(dir, rel);
            const info = await lstat(absolute);
            if (info.isDirectory())
                await walk(rel);
            else if (info.isSymbolicLink()) {
                pending.push(limit(async () => ({
                    path: rel,
                    mode: '120000',
                    oid: gitBlobId(await readlink(absolute, { encoding: 'buffer' })),
                })));
            }
            else if (info.isFile()) {
                const mode = info.mode & 0o100 ? '100755' : '100644';
                pending.push(limit(async () => ({ path: rel, mode, oid: gitBlobId(await readFile(absolute)) })));
            }
            else {
                throw new PikaciError(`unexpected special file in snapshot: ${JSON.stringify(rel)}`, { where: dir });
            }
        }
    };
    try {
        await walk('');
    }
    finally {
        // Reads already started finish (or fail) before this returns, whatever happened to the walk.
        await Promise.allSettled(pending);
    }
    return computeContentHash(await Promise.all(pending));
}
/**
 * A snapshot is good when its marker is present and valid, records `expectedHash`, and the files on disk
 * still hash to it. Problems are returned, not thrown, so a caller can recreate the snapshot.
 */
async function verifySnapshot(dir, expectedHash) {
    let metadata;
    try {
        metadata = await readSnapshotMetadata(dir);
    }
    catch (error) {
        return { ok: false, reason: errorMessage(error), metadata: null };
    }
    if (metadata.content_hash !== expectedHash) {
        return {
            ok: false,
            reason: `marker records content hash ${metadata.content_hash ?? 'null'}, expected ${expectedHash}`,
            metadata,
        };
    }
    let actual;
    try {
        actual = await hashSnapshotDirectory(dir);
    }
    catch (error) {
        return { ok: false, reason: `cannot hash snapshot files: ${errorMessage(error)}`, metadata };
    }
    if (actual !== expectedHash) {
        return { ok: false, reason: `files on disk hash to ${actual}, expected ${expectedHash}`, metadata };
    }
    return { ok: true, metadata };
}

;// CONCATENATED MODULE: ./src/snapshot/index.ts
/** Source snapshots: a filtered copy of a git checkout with a content hash and a ready marker. */







/***/ }),

/***/ 94383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mj: () => (/* reexport */ DEFAULT_MANIFEST),
  loadLaneSources: () => (/* reexport */ loadLaneSources),
  loadRunSources: () => (/* reexport */ loadRunSources),
  Dl: () => (/* reexport */ loadSources),
  requireManifest: () => (/* reexport */ requireManifest)
});

// UNUSED EXPORTS: loadSourceCatalog, loadSourceCatalogIds

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/sources/load.ts
/**
 * The one loader of a repository's catalog and lane manifest, for `pikaci plan`, `run` (and
 * `--affected`), `rerun`, `targets`, `lanes` and the action's `run`; the action's `plan` takes its
 * catalog from here too (README "Lane manifest and catalog"): the repository root, the catalog
 * (`--catalog`, else `ci/pikaci-catalog.toml`, else the bundled one), the manifest (`--manifest`,
 * else `DEFAULT_MANIFEST` in the repository) and the catalog bound to it.
 *
 * What it loads is imported when it is asked for: the CLI names `DEFAULT_MANIFEST` in its help
 * without loading the catalog's and the manifest's dependencies.
 */



/** Where a repository keeps its lane manifest, relative to its root (README "Lane manifest and catalog"). */
const DEFAULT_MANIFEST = 'ci/forge-lanes.toml';
async function loadSources(request) {
    const { repoRoot, manifestFile, present } = await locate(request);
    const { catalog, source } = await loadSourceCatalog({ catalog: request.catalog, repoRoot });
    const base = { repoRoot, catalogSource: source, manifestFile };
    if (!present)
        return { ...base, catalog, manifest: null, manifestRelative: null, lanes: [] };
    const { bindManifest, manifestOptionsFor } = await Promise.all(/* import() */[__webpack_require__.e(638), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 15799));
    const lanes = await loadLanes(repoRoot, manifestFile, manifestOptionsFor(catalog));
    return { ...base, ...lanes, catalog: bindManifest(catalog, lanes.manifest) };
}
/**
 * The manifest and its lanes, checked against the catalog's target ids only (`loadSourceCatalogIds`):
 * what `pikaci plan` reads, as the action's plan step does. Staged targets are not bound: plan rules
 * read lanes only.
 */
async function loadLaneSources(request) {
    const { repoRoot, manifestFile, present } = await locate(request);
    const { ids, source } = await loadSourceCatalogIds({ catalog: request.catalog, repoRoot });
    const base = { repoRoot, catalogSource: source, manifestFile };
    if (!present)
        return { ...base, manifest: null, manifestRelative: null, lanes: [] };
    return { ...base, ...(await loadLanes(repoRoot, manifestFile, ids)) };
}
/** The repository and the manifest file; a missing one is an error where the request says so. */
async function locate(request) {
    const repoRoot = request.repoRoot ?? (await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24157))).repoRoot());
    const manifestFile = request.manifest !== undefined ? (0,external_node_path_.resolve)(request.manifest) : (0,external_node_path_.join)(repoRoot, DEFAULT_MANIFEST);
    const present = (0,external_node_fs_.existsSync)(manifestFile);
    if (!present && (request.manifest !== undefined || request.manifestNeed === 'required')) {
        throw missingManifest(manifestFile, request.repoOption);
    }
    return { repoRoot, manifestFile, present };
}
async function loadLanes(repoRoot, manifestFile, ids) {
    const { allLanes, loadManifest } = await __webpack_require__.e(/* import() */ 757).then(__webpack_require__.bind(__webpack_require__, 98757));
    const manifest = await loadManifest(manifestFile, ids);
    return {
        manifest,
        manifestRelative: (0,external_node_path_.relative)(repoRoot, manifestFile).split(external_node_path_.sep).join('/'),
        lanes: allLanes(manifest),
    };
}
/**
 * The catalog alone: `catalog` (as given), else the repository's `ci/pikaci-catalog.toml`, else the
 * bundled one (`resolveCatalogPath`). The action's `plan` reads its manifest itself (from the
 * workspace, or the base revision for `pull_request_target`) and its catalog here.
 */
async function loadSourceCatalog(request) {
    const { loadCatalog, resolveCatalogPath } = await Promise.all(/* import() */[__webpack_require__.e(638), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 15799));
    const location = resolveCatalogPath({ flag: request.catalog, repoRoot: request.repoRoot });
    return { catalog: await loadCatalog(location.path), source: location.source };
}
/**
 * The catalog's target ids alone, which is all a plan needs: from the bundled catalog's build-time
 * index while it matches, else by loading the catalog (src/catalog/ids.ts). The catalog is found as
 * `loadSourceCatalog` finds it.
 */
async function loadSourceCatalogIds(request) {
    // The catalog's light entry, not its index: the index loads the catalog schemas.
    const { loadCatalogIds, resolveCatalogPath } = await __webpack_require__.e(/* import() */ 389).then(__webpack_require__.bind(__webpack_require__, 31389));
    const location = resolveCatalogPath({ flag: request.catalog, repoRoot: request.repoRoot });
    return { ids: await loadCatalogIds(location), source: location.source };
}
/** The manifest of `sources`, which a caller that loaded them with `manifestNeed: 'optional'` now needs. */
function requireManifest(sources, repoOption) {
    if (sources.manifest === null)
        throw missingManifest(sources.manifestFile, repoOption);
    return sources.manifest;
}
function missingManifest(file, repoOption) {
    return new util.InputError(`lane manifest \`${file}\` does not exist`, {
        where: '--manifest',
        hint: `pass --manifest PATH, or run in a repository that has ${DEFAULT_MANIFEST}${repoOption ? ` (${repoOption})` : ''}`,
    });
}

;// CONCATENATED MODULE: ./src/sources/run.ts

async function loadRunSources(flags) {
    const { resolveStateRoot } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 21056));
    const { runJobs } = await __webpack_require__.e(/* import() */ 135).then(__webpack_require__.bind(__webpack_require__, 45135));
    const { nixBuildOptionsFromEnv, nixPrepareHandlers } = await __webpack_require__.e(/* import() */ 585).then(__webpack_require__.bind(__webpack_require__, 16585));
    const sources = await loadSources({ ...flags, manifestNeed: 'optional' });
    const { repoRoot, catalog, manifest } = sources;
    const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
    const includeLocalChanges = process.env['CI'] !== 'true';
    return {
        repoRoot,
        stateRoot,
        sources,
        runnable: {
            targets: catalog.targets,
            lanes: sources.lanes,
            catalogPath: catalog.path,
            manifestPath: manifest === null ? null : sources.manifestFile,
        },
        manifestRelative: sources.manifestRelative,
        includeLocalChanges,
        run: (options) => runJobs({
            ...options,
            stateRoot,
            sourceRoot: repoRoot,
            includeLocalChanges: options.includeLocalChanges ?? includeLocalChanges,
            prepare: nixPrepareHandlers(nixBuildOptionsFromEnv()),
        }),
    };
}

;// CONCATENATED MODULE: ./src/sources/index.ts
/**
 * A repository's catalog and lane manifest, loaded one way for the CLI and the action alike
 * (`loadSources`), and what a run is made of (`loadRunSources`). Importing this module loads neither
 * the catalog's nor the orchestration's dependencies: its functions import them when called.
 */




/***/ }),

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pv: () => (/* reexport */ IssueCollector),
  RE: () => (/* reexport */ addZodIssues),
  _6: () => (/* reexport */ decodeUtf8),
  u4: () => (/* reexport */ isRecord),
  gm: () => (/* reexport */ parseTomlFile),
  tf: () => (/* reexport */ validate)
});

// UNUSED EXPORTS: TomlValidationError, formatIssue, formatKeyPath, locateToml, objectKeysAt, parseToml, unknownKeyMessage

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@iarna/toml/toml.js
var toml = __webpack_require__(64572);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/toml/locator.ts
const BARE_KEY = /^[A-Za-z0-9_-]+$/;
/** `a.b[2].c`; keys that are not bare are written as `"quoted"` segments. */
function formatKeyPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number') {
            out += `[${segment}]`;
        }
        else {
            const key = BARE_KEY.test(segment) ? segment : JSON.stringify(segment);
            out += out === '' ? key : `.${key}`;
        }
    }
    return out;
}
function keyOf(path) {
    return JSON.stringify(path);
}
function locateToml(text) {
    // Scanned on first use: a valid catalog is never asked for a line, and its scan is a measured
    // part of the action's cold start.
    let lines;
    return {
        lineOf(path) {
            if (lines === undefined) {
                lines = new Map();
                new Scanner(text, lines).scanDocument();
            }
            for (let length = path.length; length >= 0; length--) {
                const line = lines.get(keyOf(path.slice(0, length)));
                if (line !== undefined)
                    return line;
            }
            return undefined;
        },
    };
}
class Scanner {
    text;
    lines;
    pos = 0;
    line = 1;
    /** Current number of elements of each array of tables, keyed by its resolved path. */
    tableArrays = new Map();
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    scanDocument() {
        let table = [];
        this.record([], 1);
        while (this.pos < this.text.length) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                break;
            const ch = this.text[this.pos];
            if (ch === '[') {
                table = this.scanHeader();
            }
            else {
                this.scanKeyValue(table);
            }
            this.skipToLineEnd();
        }
    }
    record(path, line) {
        const key = keyOf(path);
        if (!this.lines.has(key))
            this.lines.set(key, line);
    }
    scanHeader() {
        const line = this.line;
        const isArray = this.text.startsWith('[[', this.pos);
        this.pos += isArray ? 2 : 1;
        const keys = this.scanKey();
        this.skipInlineSpace();
        this.pos += isArray ? 2 : 1;
        const resolved = [];
        for (const key of keys) {
            resolved.push(key);
            const count = this.tableArrays.get(keyOf(resolved));
            // A parent that is an array of tables refers to its last element.
            if (count !== undefined && resolved.length < keys.length)
                resolved.push(count - 1);
        }
        if (isArray) {
            const arrayKey = keyOf(resolved);
            const count = (this.tableArrays.get(arrayKey) ?? 0) + 1;
            this.tableArrays.set(arrayKey, count);
            this.recordPrefixes(resolved, line);
            resolved.push(count - 1);
        }
        this.recordPrefixes(resolved, line);
        return resolved;
    }
    recordPrefixes(path, line) {
        for (let length = 1; length <= path.length; length++)
            this.record(path.slice(0, length), line);
    }
    scanKeyValue(table) {
        const line = this.line;
        const keys = this.scanKey();
        const path = [...table, ...keys];
        this.recordPrefixes(path, line);
        this.skipInlineSpace();
        if (this.text[this.pos] === '=')
            this.pos++;
        this.skipInlineSpace();
        this.scanValue(path);
    }
    /** A possibly dotted key made of bare and quoted parts. */
    scanKey() {
        const keys = [];
        for (;;) {
            this.skipInlineSpace();
            const ch = this.text[this.pos];
            if (ch === '"' || ch === "'") {
                keys.push(this.scanString());
            }
            else {
                const start = this.pos;
                while (this.pos < this.text.length && /[A-Za-z0-9_-]/.test(this.text[this.pos]))
                    this.pos++;
                keys.push(this.text.slice(start, this.pos));
            }
            this.skipInlineSpace();
            if (this.text[this.pos] !== '.')
                return keys;
            this.pos++;
        }
    }
    scanValue(path) {
        const ch = this.text[this.pos];
        if (ch === '"' || ch === "'") {
            this.scanString();
        }
        else if (ch === '[') {
            this.scanArray(path);
        }
        else if (ch === '{') {
            this.scanInlineTable(path);
        }
        else {
            this.skipScalar();
            // A date-time may separate its date and time with one space.
            const date = /^\d{4}-\d\d-\d\d$/.test(this.text.slice(this.pos - 10, this.pos));
            if (date && /^ \d/.test(this.text.slice(this.pos, this.pos + 2))) {
                this.pos++;
                this.skipScalar();
            }
        }
    }
    scanArray(path) {
        this.pos++;
        let index = 0;
        for (;;) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                return;
            if (this.text[this.pos] === ']') {
                this.pos++;
                return;
            }
            const elementPath = [...path, index];
            this.record(elementPath, this.line);
            this.scanValue(elementPath);
            index++;
            this.skipWhitespaceAndComments();
            if (this.text[this.pos] === ',')
                this.pos++;
        }
    }
    scanInlineTable(path) {
        this.pos++;
        for (;;) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                return;
            if (this.text[this.pos] === '}') {
                this.pos++;
                return;
            }
            const line = this.line;
            const keyPath = [...path, ...this.scanKey()];
            this.recordPrefixes(keyPath, line);
            this.skipInlineSpace();
            if (this.text[this.pos] === '=')
                this.pos++;
            this.skipInlineSpace();
            this.scanValue(keyPath);
            this.skipWhitespaceAndComments();
            if (this.text[this.pos] === ',')
                this.pos++;
        }
    }
    /** Consumes a basic, literal or multi-line string and returns its raw content. */
    scanString() {
        const quote = this.text[this.pos];
        const triple = this.text.startsWith(quote.repeat(3), this.pos);
        const delimiter = triple ? quote.repeat(3) : quote;
        this.pos += delimiter.length;
        const start = this.pos;
        while (this.pos < this.text.length) {
            const ch = this.text[this.pos];
            if (quote === '"' && ch === '\\') {
                if (this.text[this.pos + 1] === '\n')
                    this.line++;
                this.pos += 2;
                continue;
            }
            if (this.text.startsWith(delimiter, this.pos)) {
                // A multi-line string may end with up to two extra quotes before its delimiter.
                let end = this.pos;
                if (triple)
                    while (this.text[end + delimiter.length] === quote)
                        end++;
                const raw = this.text.slice(start, end);
                this.pos = end + delimiter.length;
                return quote === '"' ? unescapeBasic(raw) : raw;
            }
            if (ch === '\n') {
                if (!triple)
                    break;
                this.line++;
            }
            this.pos++;
        }
        return this.text.slice(start, this.pos);
    }
    skipScalar() {
        while (this.pos < this.text.length && !/[,\]}\s#]/.test(this.text[this.pos]))
            this.pos++;
    }
    skipInlineSpace() {
        while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')
            this.pos++;
    }
    skipWhitespaceAndComments() {
        while (this.pos < this.text.length) {
            const ch = this.text[this.pos];
            if (ch === ' ' || ch === '\t' || ch === '\r') {
                this.pos++;
            }
            else if (ch === '\n') {
                this.line++;
                this.pos++;
            }
            else if (ch === '#') {
                while (this.pos < this.text.length && this.text[this.pos] !== '\n')
                    this.pos++;
            }
            else {
                return;
            }
        }
    }
    /** After a statement: skip its trailing comment and the newline that ends it. */
    skipToLineEnd() {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n')
            this.pos++;
        if (this.pos < this.text.length) {
            this.line++;
            this.pos++;
        }
    }
}
function unescapeBasic(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/toml/parse.ts
/** TOML text → plain data, with parse errors turned into `InputError`s that name file:line:col. */





/** Far above any real manifest or catalog (the Pika catalog is 40 KB); stops `/dev/zero`-like reads early. */
const MAX_TOML_BYTES = 4 * 1024 * 1024;
/** Arrays and inline tables nested deeper than this are refused before parsing (real files use a few). */
const MAX_TOML_NESTING = 100;
const BYTE_ORDER_MARK = '\uFEFF';
function isTomlError(error) {
    return error instanceof Error && error.fromTOML === true;
}
/**
 * Parses TOML text. A leading UTF-8 byte-order mark is dropped (editors on Windows write one; it is
 * not part of the document).
 */
function parseToml(source, file) {
    const text = source.startsWith(BYTE_ORDER_MARK) ? source.slice(1) : source;
    checkNesting(text, file);
    let data;
    try {
        data = toml.parse(text);
    }
    catch (error) {
        if (isTomlError(error)) {
            // @iarna/toml appends " at row R, col C, pos P:" and a code excerpt; we print the position ourselves.
            const reason = error.message.split(' at row ')[0].trim();
            throw new util.InputError(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
                hint: 'fix the TOML syntax at that position (https://toml.io/en/v1.0.0)',
                cause: error,
            });
        }
        throw error;
    }
    return { file, data, locator: locateToml(text) };
}
async function parseTomlFile(path) {
    return parseToml(decodeUtf8(await readBounded(path), path), path);
}
/** Reads a regular file of at most `MAX_TOML_BYTES`; anything else is refused with the reason. */
async function readBounded(path) {
    const cannotRead = (why, hint, cause) => new util.InputError(`cannot read ${path}: ${why}`, { hint, cause });
    try {
        // stat before open: opening a FIFO would block until something writes to it.
        const info = await (0,promises_.stat)(path);
        if (!info.isFile()) {
            throw cannotRead(`it is ${fileKind(info)}, not a regular file`, 'pass the path of a TOML file (a device, pipe or directory is not read)');
        }
        if (info.size > MAX_TOML_BYTES)
            throw tooLarge(path, info.size);
        const handle = await (0,promises_.open)(path, 'r');
        try {
            // One byte more than the limit tells a file that grew since the stat.
            const buffer = Buffer.alloc(MAX_TOML_BYTES + 1);
            let length = 0;
            for (;;) {
                const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length > MAX_TOML_BYTES)
                    throw tooLarge(path, length);
            }
            return buffer.subarray(0, length);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof util.InputError)
            throw error;
        const code = error.code;
        throw new util.InputError(`cannot read ${path}${code ? ` (${code})` : ''}`, {
            hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
            cause: error,
        });
    }
}
function tooLarge(path, size) {
    return new util.InputError(`cannot read ${path}: it is larger than ${MAX_TOML_BYTES / (1024 * 1024)} MiB (${size} bytes or more)`, { hint: 'a lane manifest or catalog is a small text file: check that the path names the right file' });
}
function fileKind(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** TOML is UTF-8: invalid bytes are an error at their line, column and byte offset, never replaced. */
function decodeUtf8(bytes, file) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString('utf8');
    const offset = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1))
        line++;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new util.InputError(`${file}:${line}:${offset - lineStart + 1}: not valid UTF-8 (byte 0x${byte} at byte offset ${offset})`, { hint: 'TOML files are UTF-8: re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' });
}
/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const extra = lead >= 0xc2 && lead <= 0xdf
            ? 1
            : lead >= 0xe0 && lead <= 0xef
                ? 2
                : lead >= 0xf0 && lead <= 0xf4
                    ? 3
                    : 0;
        if (extra === 0 || i + extra >= bytes.length)
            return i;
        let codePoint = lead & (0x3f >> extra);
        for (let k = 1; k <= extra; k++) {
            const next = bytes[i + k];
            if ((next & 0xc0) !== 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        const overlong = (extra === 2 && codePoint < 0x800) || (extra === 3 && codePoint < 0x10000);
        const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
        if (overlong || surrogate || codePoint > 0x10ffff)
            return i;
        i += extra + 1;
    }
    return bytes.length;
}
/**
 * Refuses arrays and inline tables nested deeper than `MAX_TOML_NESTING`, and dotted keys or table
 * headers of more parts, before the parser, the key locator and the schema walk (recursive, or
 * quadratic in the length of a key path) see them. Strings and comments are skipped.
 */
function checkNesting(text, file) {
    let depth = 0;
    /** Dots since the last `=`, `,`, bracket or newline: the parts of a dotted key or header, less one. */
    let dots = 0;
    let line = 1;
    let lineStart = 0;
    const refuse = (i, what) => new util.InputError(`${file}:${line}:${i - lineStart + 1}: ${what}`, {
        hint: 'flatten the structure: lane manifests and catalogs need only a few levels',
    });
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n') {
            line++;
            lineStart = i + 1;
            dots = 0;
        }
        else if (ch === '#') {
            const end = text.indexOf('\n', i);
            i = (end === -1 ? text.length : end) - 1;
        }
        else if (ch === '"' || ch === "'") {
            const delimiter = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
            for (i += delimiter.length; i < text.length; i++) {
                if (ch === '"' && text[i] === '\\') {
                    i++;
                    if (text[i] === '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                else if (text.startsWith(delimiter, i)) {
                    // A multi-line string may end with up to two extra quotes before its delimiter.
                    while (delimiter.length === 3 && text[i + 3] === ch)
                        i++;
                    i += delimiter.length - 1;
                    break;
                }
                else if (text[i] === '\n') {
                    if (delimiter.length === 1) {
                        i--;
                        break;
                    }
                    line++;
                    lineStart = i + 1;
                }
            }
        }
        else if (ch === '.') {
            if (++dots >= MAX_TOML_NESTING) {
                throw refuse(i, `a dotted key or table header has more than ${MAX_TOML_NESTING} parts`);
            }
        }
        else if (ch === '[' || ch === '{') {
            dots = 0;
            if (++depth > MAX_TOML_NESTING) {
                throw refuse(i, `arrays and inline tables are nested more than ${MAX_TOML_NESTING} levels deep`);
            }
        }
        else if (ch === ']' || ch === '}') {
            depth = Math.max(0, depth - 1);
            dots = 0;
        }
        else if (ch === '=' || ch === ',') {
            dots = 0;
        }
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/toml/validate.ts
/**
 * Schema validation of parsed TOML with messages that name the file, the line and the key path:
 * every problem of a document is collected and reported in one `TomlValidationError`.
 */



function formatIssue(file, issue) {
    const where = issue.line === undefined ? file : `${file}:${issue.line}`;
    const key = formatKeyPath(issue.path);
    return key === '' ? `${where}: ${issue.message}` : `${where}: ${key}: ${issue.message}`;
}
class TomlValidationError extends util.InputError {
    file;
    issues;
    constructor(file, issues) {
        const lines = [...issues]
            .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
            .map((issue) => formatIssue(file, issue));
        const head = issues.length === 1 ? lines[0] : `${issues.length} problems in ${file}:\n  ${lines.join('\n  ')}`;
        super(head);
        this.file = file;
        this.issues = issues;
        this.name = 'TomlValidationError';
    }
}
/** Collects problems with their key paths, then throws them all at once. */
class IssueCollector {
    file;
    locator;
    collected = [];
    constructor(file, locator) {
        this.file = file;
        this.locator = locator;
    }
    static for(doc) {
        return new IssueCollector(doc.file, doc.locator);
    }
    add(path, message) {
        this.collected.push({ path, line: this.locator.lineOf(path), message });
    }
    get count() {
        return this.collected.length;
    }
    throwIfAny() {
        if (this.collected.length > 0)
            throw new TomlValidationError(this.file, this.collected);
    }
}
function unknownKeyMessage(key, known) {
    const hint = (0,util/* didYouMean */.au)(key, known);
    return hint ? `unknown key \`${key}\`; ${hint}` : `unknown key \`${key}\``;
}
/** Adds every zod issue to `issues`, below `prefix` (the key path of `data` in the document). */
function addZodIssues(issues, schema, data, error, prefix = []) {
    for (const issue of error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            const known = objectKeysAt(schema, path, data) ?? [];
            for (const key of issue.keys)
                issues.add([...prefix, ...path, key], unknownKeyMessage(key, known));
        }
        else if (issue.code === 'invalid_key') {
            const reasons = issue.issues.map((inner) => inner.message).join('; ');
            issues.add([...prefix, ...path], `invalid key \`${String(path.at(-1))}\`: ${reasons}`);
        }
        else if (issue.code === 'invalid_union' &&
            issue.errors.length > 0 &&
            issue.message === 'Invalid input') {
            // Without a message of its own, a union says why each alternative failed.
            const reasons = [...new Set(issue.errors.map((branch) => branch[0]?.message).filter(Boolean))];
            issues.add([...prefix, ...path], reasons.length > 0 ? reasons.join('; or ') : issue.message);
        }
        else {
            issues.add([...prefix, ...path], issue.message);
        }
    }
}
/** Parses `data` with `schema`; on failure throws one error listing every problem with line and key path. */
function validate(schema, data, doc) {
    const result = schema.safeParse(data);
    if (result.success)
        return result.data;
    const issues = new IssueCollector(doc.file, doc.locator);
    addZodIssues(issues, schema, data, result.error);
    issues.throwIfAny();
    throw new Error('unreachable: a failed parse reported no issues');
}
/** The keys an object schema accepts at `path` (for "did you mean"), following the data through unions. */
function objectKeysAt(schema, path, data) {
    const node = unwrap(schema);
    if (node instanceof schemas/* ZodUnion */.fZ7) {
        const options = node.options;
        const matching = pickOption(node, data);
        const candidates = matching ? [matching] : options;
        const keys = new Set();
        for (const option of candidates)
            for (const key of objectKeysAt(option, path, data) ?? [])
                keys.add(key);
        return keys.size > 0 ? [...keys] : undefined;
    }
    if (path.length === 0) {
        return node instanceof schemas/* ZodObject */.bvH ? Object.keys(node.shape) : undefined;
    }
    const [head, ...rest] = path;
    const child = childAt(data, head);
    if (node instanceof schemas/* ZodObject */.bvH && typeof head === 'string') {
        const field = node.shape[head];
        return field ? objectKeysAt(field, rest, child) : undefined;
    }
    if (node instanceof schemas/* ZodArray */.naA)
        return objectKeysAt(node.element, rest, child);
    if (node instanceof schemas/* ZodRecord */.b8S)
        return objectKeysAt(node.valueType, rest, child);
    if (node instanceof schemas/* ZodTuple */.y0Q && typeof head === 'number') {
        const item = node.def.items[head];
        return item ? objectKeysAt(item, rest, child) : undefined;
    }
    return undefined;
}
function unwrap(schema) {
    let node = schema;
    for (;;) {
        if (node instanceof schemas/* ZodOptional */.IiU || node instanceof schemas/* ZodNullable */.l1C || node instanceof schemas/* ZodDefault */.XiL) {
            node = node.unwrap();
        }
        else if (node instanceof schemas/* ZodPipe */.utH) {
            node = node.in;
        }
        else {
            return node;
        }
    }
}
function pickOption(union, data) {
    if (!(union instanceof schemas/* ZodDiscriminatedUnion */.jvo) || !isRecord(data))
        return undefined;
    const discriminator = union.def.discriminator;
    const value = data[discriminator];
    return union.options.find((option) => {
        const node = unwrap(option);
        if (!(node instanceof schemas/* ZodObject */.bvH))
            return false;
        const field = unwrap(node.shape[discriminator]);
        return field instanceof schemas/* ZodLiteral */.DN5 && field.values.has(value);
    });
}
function childAt(data, segment) {
    if (Array.isArray(data) && typeof segment === 'number')
        return data[segment];
    if (isRecord(data) && typeof segment === 'string')
        return data[segment];
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/toml/index.ts
/** TOML files with positions: parse, locate key paths, validate with zod and report file:line: key.path. */





/***/ }),

/***/ 74347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalTransport: () => (/* reexport */ LocalTransport),
  Fg: () => (/* reexport */ capture),
  connectSsh: () => (/* reexport */ connectSsh),
  KE: () => (/* reexport */ describeExit),
  w8: () => (/* reexport */ mustCapture),
  W1: () => (/* reexport */ parseSshConnectOptions),
  oV: () => (/* reexport */ shArgv)
});

// UNUSED EXPORTS: DEFAULT_KILL_GRACE_MS, PidMarkerFilter, SshConnectOptionsSchema, SshTransport, appendKnownHost, buildRemoteCommand, entryMatchesHost, fingerprint, formatKnownHostLine, knownHostName, parseKnownHosts, verifyHostKey, withPidMarker

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 132 modules
var execa = __webpack_require__(4434);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/transport/local.ts
/**
 * `LocalTransport` runs argv on this machine with execa, without a shell (docs/design.md decision 1).
 *
 * Each command runs in its own process group so a timeout or an abort stops everything it started
 * (a `bash -c` that forked `sleep`, a build tool's workers): SIGTERM to the group, then SIGKILL to the
 * group after a grace period. Output is streamed to the callbacks and never kept.
 */



const DEFAULT_KILL_GRACE_MS = 5_000;
/** How often to look whether a stopped process group has emptied before the SIGKILL deadline. */
const GROUP_POLL_MS = 50;
/** Process groups still running, SIGKILLed if this process exits so no command outlives the run. */
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pgid of liveGroups)
            signalGroup(pgid, 'SIGKILL');
    });
}
/** Send a signal to a whole process group; false when the group no longer exists. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
class LocalTransport {
    placement = 'local';
    hostLabel = 'localhost';
    killGraceMs;
    constructor(options = {}) {
        this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    }
    /**
     * Run `argv` to completion. Resolves with how it ended (non-zero exit codes are results, not
     * errors). Rejects with a `PikaciError` only when the command cannot start at all:
     * `command not found: <program>`, `command is not executable: <program>`, or
     * `working directory does not exist: <cwd>`.
     */
    async exec(request) {
        const [program, ...args] = request.argv;
        if (program === undefined || program === '') {
            throw new util.PikaciError('cannot run an empty command', {
                hint: 'the argv needs at least a program name',
            });
        }
        if (request.signal?.aborted) {
            return { exitCode: null, signal: null, timedOut: false, cancelled: true };
        }
        if (request.cwd !== undefined)
            await assertDirectory(request.cwd);
        installExitHook();
        const subprocess = (0,execa/* execa */.Ho)(program, args, {
            cwd: request.cwd,
            env: request.env,
            extendEnv: request.inheritEnv ?? true,
            stdin: request.stdin === undefined ? 'ignore' : 'pipe',
            stdout: request.onStdout ? 'pipe' : 'ignore',
            stderr: request.onStderr ? 'pipe' : 'ignore',
            buffer: false,
            detached: true,
            reject: false,
            stripFinalNewline: false,
        });
        const pgid = subprocess.pid;
        if (pgid !== undefined)
            liveGroups.add(pgid);
        if (request.onStdout)
            subprocess.stdout?.on('data', request.onStdout);
        if (request.onStderr)
            subprocess.stderr?.on('data', request.onStderr);
        if (request.stdin !== undefined && subprocess.stdin)
            feedStdin(request.stdin, subprocess.stdin);
        let timedOut = false;
        let cancelled = false;
        let stopping;
        const exited = subprocess.then(() => undefined);
        const stop = () => {
            if (stopping || pgid === undefined)
                return;
            stopping = this.stopGroup(pgid, exited);
        };
        const timer = request.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, request.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        request.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            const result = await subprocess;
            if (stopping)
                await stopping;
            if (result.failed && result.exitCode === undefined && result.signal === undefined) {
                throw startError(program, result.code, result.cause);
            }
            return {
                exitCode: result.exitCode ?? null,
                signal: result.signal ?? null,
                timedOut,
                cancelled,
            };
        }
        finally {
            if (timer)
                clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            if (pgid !== undefined)
                liveGroups.delete(pgid);
        }
    }
    /** Nothing to release: every command's process group is gone when `exec` returns. */
    async close() { }
    /**
     * SIGTERM the group; once the leader has exited, wait for the rest of the group to leave; SIGKILL
     * whatever is left when the grace period ends.
     */
    async stopGroup(pgid, exited) {
        signalGroup(pgid, 'SIGTERM');
        const deadline = Date.now() + this.killGraceMs;
        let killTimer;
        const killed = new Promise((resolve) => {
            killTimer = setTimeout(() => {
                signalGroup(pgid, 'SIGKILL');
                resolve();
            }, this.killGraceMs);
        });
        try {
            await Promise.race([exited, killed]);
            while (Date.now() < deadline && (await groupHasLiveMembers(pgid))) {
                await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
            }
            signalGroup(pgid, 'SIGKILL');
        }
        finally {
            clearTimeout(killTimer);
        }
    }
}
/**
 * Whether any process of the group is still running. Killed members re-parented to an init that
 * reaps slowly linger as zombies, which `kill(-pgid, 0)` still counts; on Linux read `/proc` to skip them.
 */
async function groupHasLiveMembers(pgid) {
    if (process.platform !== 'linux')
        return signalGroup(pgid, 0);
    const entries = await (0,promises_.readdir)('/proc').catch(() => undefined);
    if (entries === undefined)
        return signalGroup(pgid, 0);
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await (0,promises_.readFile)(`/proc/${entry}/stat`, 'utf8').catch(() => '');
        // Fields after the parenthesised command name: state, ppid, pgrp, …
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (pgrp === String(pgid) && state !== 'Z')
            return true;
    }
    return false;
}
async function assertDirectory(cwd) {
    const info = await (0,promises_.stat)(cwd).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new util.PikaciError(`working directory does not exist: ${cwd}`, {
            hint: 'create the directory before running the command there',
        });
    }
}
/** Stream the request's stdin into the child; a child that stops reading early is not an error. */
function feedStdin(source, sink) {
    sink.on('error', () => undefined);
    if (typeof source === 'string' || Buffer.isBuffer(source)) {
        sink.end(source);
        return;
    }
    source.on('error', () => sink.end());
    source.pipe(sink);
}
function startError(program, code, cause) {
    switch (code) {
        case 'ENOENT':
            return new util.PikaciError(`command not found: ${program}`, {
                hint: 'install it or put its directory on PATH',
                cause,
            });
        case 'EACCES':
            return new util.PikaciError(`command is not executable: ${program}`, {
                hint: 'check the file mode (chmod +x) and that it is a program, not a directory',
                cause,
            });
        default:
            return new util.PikaciError(`could not start ${program}: ${code ?? 'unknown error'}`, { cause });
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/transport/known-hosts.ts
/**
 * OpenSSH `known_hosts` parsing and host-key verification (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT").
 *
 * Supported: plain host patterns with `*`/`?` wildcards and `!` negation, `[host]:port`,
 * comma-separated host lists, hashed `|1|salt|hash` names (HMAC-SHA1), `@revoked` (always refused)
 * and `@cert-authority` (recognised, but host certificates are not supported: a clear error).
 * Pure except for `appendKnownHost`, which writes the file atomically.
 */




/** Parse known_hosts text. Blank lines and `#` comments are skipped; a malformed line is an InputError. */
function parseKnownHosts(text, source) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const where = `${source}:${index + 1}`;
        const fields = line.split(/\s+/);
        let marker = null;
        if (fields[0]?.startsWith('@')) {
            const name = fields.shift();
            if (name === '@revoked')
                marker = 'revoked';
            else if (name === '@cert-authority')
                marker = 'cert-authority';
            else {
                throw new util.InputError(`unknown known_hosts marker ${name}`, {
                    where,
                    hint: 'the markers OpenSSH knows are @revoked and @cert-authority',
                });
            }
        }
        const [hosts, keyType, keyBase64] = fields;
        if (hosts === undefined || keyType === undefined || keyBase64 === undefined) {
            throw new util.InputError('malformed known_hosts line: expected `[marker] hosts key-type base64-key [comment]`', {
                where,
                hint: 'regenerate the entry with `ssh-keyscan -p PORT HOST`',
            });
        }
        const key = decodeKey(keyBase64);
        if (key === undefined || keyBlobType(key) !== keyType) {
            throw new util.InputError(`malformed known_hosts line: the ${keyType} key is not valid base64 of a ${keyType} key`, {
                where,
                hint: 'regenerate the entry with `ssh-keyscan -p PORT HOST`',
            });
        }
        entries.push({ marker, hosts, keyType, key, where });
    }
    return entries;
}
/** The name known_hosts uses for a host: `host` on port 22, else `[host]:port`. */
function knownHostName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
/** Whether an entry's hosts field names `host` at `port` (hashed, wildcard and negated patterns). */
function entryMatchesHost(hostsField, host, port) {
    const name = knownHostName(host, port);
    if (hostsField.startsWith('|1|'))
        return hashedNameMatches(hostsField, name);
    let matched = false;
    for (const pattern of hostsField.split(',')) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        if (wildcardMatch(body.toLowerCase(), name.toLowerCase())) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}
/** Decide whether `offered` (a raw public key blob) is the right key for `host` at `port`. */
function verifyHostKey(entries, host, port, offered) {
    const offeredType = keyBlobType(offered);
    const forHost = entries.filter((entry) => entryMatchesHost(entry.hosts, host, port));
    const revoked = forHost.find((entry) => entry.marker === 'revoked' && entry.key.equals(offered));
    if (revoked)
        return { kind: 'revoked', entry: revoked };
    const plain = forHost.filter((entry) => entry.marker === null);
    const trusted = plain.find((entry) => entry.key.equals(offered));
    if (trusted)
        return { kind: 'trusted', entry: trusted };
    const sameType = plain.filter((entry) => entry.keyType === offeredType);
    if (sameType.length > 0)
        return { kind: 'changed', entries: sameType };
    const authority = forHost.find((entry) => entry.marker === 'cert-authority');
    if (authority)
        return { kind: 'cert-authority', entry: authority };
    return { kind: 'unknown', knownTypes: [...new Set(plain.map((entry) => entry.keyType))] };
}
/** Key types known for a host, so the client asks the server for a key it can check. */
function knownKeyTypes(entries, host, port) {
    const types = entries
        .filter((entry) => entry.marker === null && entryMatchesHost(entry.hosts, host, port))
        .map((entry) => entry.keyType);
    return [...new Set(types)];
}
/** OpenSSH's fingerprint: `SHA256:` and the unpadded base64 of the blob's SHA-256. */
function fingerprint(key) {
    return `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}
/** The key type named inside a public key blob (its first SSH string), or undefined if malformed. */
function keyBlobType(key) {
    if (key.length < 4)
        return undefined;
    const length = key.readUInt32BE(0);
    if (length === 0 || 4 + length > key.length)
        return undefined;
    return key.subarray(4, 4 + length).toString('latin1');
}
/** A known_hosts line for a key offered by `host` at `port`. */
function formatKnownHostLine(host, port, key) {
    return `${knownHostName(host, port)} ${keyBlobType(key) ?? 'unknown'} ${key.toString('base64')}`;
}
/**
 * Append a line to a known_hosts file atomically: write the whole new content to a temporary file
 * in the same directory, then rename it over the original (readers never see a half-written line).
 */
async function appendKnownHost(path, line) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
    const existing = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw new util.PikaciError(`cannot read known_hosts file ${path}: ${error.message}`, { cause: error });
    });
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    await (0,promises_.writeFile)(temporary, `${existing}${separator}${line}\n`, { mode: 0o600 });
    await (0,promises_.rename)(temporary, path);
}
function decodeKey(base64) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
        return undefined;
    return Buffer.from(base64, 'base64');
}
function hashedNameMatches(field, name) {
    const [, , salt, hash] = field.split('|');
    if (salt === undefined || hash === undefined)
        return false;
    const expected = Buffer.from(hash, 'base64');
    const actual = (0,external_node_crypto_.createHmac)('sha1', Buffer.from(salt, 'base64')).update(name).digest();
    return expected.length === actual.length && (0,external_node_crypto_.timingSafeEqual)(expected, actual);
}
/** OpenSSH `match_pattern`: `*` matches any run of characters, `?` exactly one. */
function wildcardMatch(pattern, value) {
    let p = 0;
    let v = 0;
    let starP = -1;
    let starV = 0;
    while (v < value.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
            p++;
            v++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starV = v;
        }
        else if (starP !== -1) {
            p = starP + 1;
            v = ++starV;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p++;
    return p === pattern.length;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/transport/ssh-config.ts
/**
 * Options of an SSH placement host, validated at the boundary (action inputs, CLI flags, catalog).
 * A connection always verifies the host key: a known_hosts file or inline entries are required.
 */


const SshConnectOptionsSchema = schemas/* strictObject */.rej({
    host: schemas/* string */.YjP().min(1, 'host must not be empty'),
    port: schemas/* number */.aig().int().min(1).max(65_535).default(22),
    user: schemas/* string */.YjP().min(1, 'user must not be empty'),
    /** Path of a private key file (OpenSSH or PEM format). */
    privateKeyPath: schemas/* string */.YjP().min(1).optional(),
    /** A private key given inline (an action secret). Kept in memory only, never written to disk. */
    privateKey: schemas/* string */.YjP().min(1).optional(),
    passphrase: schemas/* string */.YjP().optional(),
    /** `true` uses `$SSH_AUTH_SOCK`; a string is the agent socket path. */
    agent: schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* string */.YjP().min(1)]).default(false),
    /** OpenSSH known_hosts file. Appended to when `acceptNewHostKeys` is set. */
    knownHostsPath: schemas/* string */.YjP().min(1).optional(),
    /** known_hosts lines given inline (e.g. an action input), checked before the file. */
    knownHosts: schemas/* string */.YjP().optional(),
    /** Trust-on-first-use: accept and record the key of a host with no entry. Never accepts a changed key. */
    acceptNewHostKeys: schemas/* boolean */.zMY().default(false),
    /** Budget for connecting, all retries included (ssh2 `readyTimeout` per attempt). */
    connectTimeoutMs: schemas/* number */.aig().int().positive().default(20_000),
    /** Extra attempts after the first for transient network errors (refused, timed out, reset). */
    connectRetries: schemas/* number */.aig().int().min(0).max(10).default(2),
    /** Delay before the first retry; doubles after each. */
    retryBackoffMs: schemas/* number */.aig().int().min(0).default(500),
    keepaliveIntervalMs: schemas/* number */.aig().int().min(0).default(15_000),
    keepaliveCountMax: schemas/* number */.aig().int().min(0).default(3),
    /** Time between sending TERM and KILL to a remote command that is stopped. */
    killGraceMs: schemas/* number */.aig().int().min(0).default(5_000),
    /**
     * TCP_NODELAY on the connection (default on): back-to-back commands on one connection otherwise
     * wait on delayed ACKs. Off only to measure that (bench/transport.bench.ts).
     */
    noDelay: schemas/* boolean */.zMY().default(true),
    /** Channels open at once on the connection; OpenSSH's `MaxSessions` defaults to 10. */
    maxChannels: schemas/* number */.aig().int().min(1).default(8),
})
    .superRefine((options, context) => {
    if (options.privateKey !== undefined && options.privateKeyPath !== undefined) {
        context.addIssue({
            code: 'custom',
            path: ['privateKey'],
            message: 'give either privateKey or privateKeyPath, not both',
        });
    }
    if (options.privateKey === undefined && options.privateKeyPath === undefined && options.agent === false) {
        context.addIssue({
            code: 'custom',
            path: ['privateKeyPath'],
            message: 'no way to authenticate: give privateKeyPath, privateKey or agent',
        });
    }
    if (options.knownHostsPath === undefined && options.knownHosts === undefined) {
        context.addIssue({
            code: 'custom',
            path: ['knownHostsPath'],
            message: 'host keys are always verified: give knownHostsPath or knownHosts',
        });
    }
});
/** Validate options; an InputError names the first bad key and never echoes secret values. */
function parseSshConnectOptions(input, where = 'ssh options') {
    const result = SshConnectOptionsSchema.safeParse(input);
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const path = issue.path.join('.');
        return path === '' ? issue.message : `${path}: ${issue.message}`;
    });
    throw new util.InputError(`invalid SSH options: ${messages.join('; ')}`, {
        where,
        hint: 'see the SSH options in the README (host, port, user, a key, and known hosts)',
    });
}

;// CONCATENATED MODULE: ./src/transport/ssh.ts
/**
 * `SshTransport` runs argv on a placement host over ONE ssh2 connection for the whole run
 * (docs/design.md decision 1): every `exec` opens a channel multiplexed on it. The host key is always
 * verified against known_hosts before anything is sent; a dropped connection is reported as a result
 * (`connectionLost`) and the next `exec` dials again, so cleanup can still run.
 *
 * Remote commands: each argument goes through `shellQuote`, so the remote login shell sees exactly
 * the argv given (OpenSSH runs `$SHELL -c <command>`). Stopping a command sends the SSH `signal`
 * request (TERM, then KILL after the grace period); OpenSSH ≥ 7.9 delivers it with `killpg` to the
 * session's process group, so the remote command's children stop too.
 */







/** How long to wait for the exit status after KILL before closing the channel regardless. */
const CLOSE_AFTER_KILL_MS = 2_000;
const TRANSIENT_CODES = new Set([
    'ECONNREFUSED',
    'ETIMEDOUT',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'EPIPE',
]);
const PID_MARKER_PREFIX = '@@pikaci-pid=';
const PID_MARKER_SUFFIX = '@@';
/** Stderr held back while looking for the pid marker (it normally is the very first bytes). */
const PID_MARKER_SCAN_LIMIT = 64 * 1024;
const PID_MARKER = new RegExp(`${PID_MARKER_PREFIX}(\\d+)${PID_MARKER_SUFFIX}\\n`);
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Host key algorithms ssh2 can verify, by the key type written in known_hosts. */
const HOST_KEY_ALGORITHMS = {
    'ssh-ed25519': ['ssh-ed25519'],
    'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
    'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
    'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
    'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};
/** Validate options, load the key and known hosts, and open the connection (with bounded retries). */
async function connectSsh(input, hooks = {}) {
    const options = parseSshConnectOptions(input);
    const credentials = await loadCredentials(options);
    const transport = new SshTransport(options, credentials, hooks);
    await transport.reconnect();
    return transport;
}
/**
 * The remote command line for a request: `cd <cwd> && exec env K=V … <argv>`, every piece quoted.
 * `exec` makes the program itself the session's process (its exit status and signal pass through
 * unchanged), so like `LocalTransport`, argv[0] must be a program, not a shell builtin. Pure.
 */
function buildRemoteCommand(request) {
    if (request.argv.length === 0 || request.argv[0] === '') {
        throw new util.PikaciError('cannot run an empty command', { hint: 'the argv needs at least a program name' });
    }
    const parts = [];
    if (request.cwd !== undefined)
        parts.push(`cd ${(0,util/* shellQuote */.ZL)(request.cwd)} &&`);
    const env = Object.entries(request.env ?? {});
    for (const [name] of env) {
        if (!ENV_NAME.test(name)) {
            throw new util.InputError(`invalid environment variable name ${JSON.stringify(name)}`, {
                hint: 'names are letters, digits and underscores, not starting with a digit',
            });
        }
    }
    parts.push('exec');
    if (env.length > 0)
        parts.push('env', ...env.map(([name, value]) => (0,util/* shellQuote */.ZL)(`${name}=${value}`)));
    parts.push((0,util/* shellJoin */.nZ)(request.argv));
    return parts.join(' ');
}
/**
 * Prefix a remote command with a line on stderr that gives the session's process id. sshd starts
 * each session in its own session and process group (`setsid`), so that id is also the process group
 * of the command and all its children: stopping a command signals that group from a second channel.
 * The SSH `signal` request alone is not enough: OpenSSH refuses it for root logins ("session
 * signalling requires privilege separation").
 */
function withPidMarker(command) {
    return `printf '${PID_MARKER_PREFIX}%s${PID_MARKER_SUFFIX}\\n' "$$" >&2 && ${command}`;
}
class SshTransport {
    options;
    credentials;
    hooks;
    placement = 'remote_ssh';
    hostLabel;
    connection;
    dialing;
    closed = false;
    opened = 0;
    channels;
    constructor(options, credentials, hooks = {}) {
        this.options = options;
        this.credentials = credentials;
        this.hooks = hooks;
        this.hostLabel = `${options.user}@${options.host}:${options.port}`;
        this.channels = (0,p_limit["default"])(options.maxChannels);
    }
    /** TCP connections this transport has opened (1 for a whole run unless the connection dropped). */
    get connectionCount() {
        return this.opened;
    }
    /** Whether a connection is up right now. */
    get connected() {
        return this.connection !== undefined && !this.connection.lost;
    }
    /**
     * Run `argv` on the host. Resolves with how it ended; `connectionLost: true` (and `exitCode: null`)
     * when the connection dropped before the exit status arrived. Rejects with a `PikaciError` when
     * the host cannot be reached, its key is refused, or authentication fails.
     */
    async exec(request) {
        const command = buildRemoteCommand(request);
        return this.channels(async () => {
            if (request.signal?.aborted)
                return { exitCode: null, signal: null, timedOut: false, cancelled: true };
            const connection = await this.ensureConnected();
            if (request.signal?.aborted)
                return { exitCode: null, signal: null, timedOut: false, cancelled: true };
            return this.runOnChannel(connection, withPidMarker(command), request);
        });
    }
    /** Drop the current connection (if any) and dial again. Used after a loss, or to start. */
    async reconnect() {
        if (this.closed)
            throw this.closedError();
        const current = this.connection;
        if (current && !current.lost) {
            current.lost = true;
            current.client.end();
        }
        this.connection = undefined;
        await this.ensureConnected();
    }
    async close() {
        this.closed = true;
        const connection = this.connection ?? (await this.dialing?.catch(() => undefined));
        this.connection = undefined;
        if (!connection || connection.lost)
            return;
        await new Promise((resolve) => {
            connection.client.once('close', resolve);
            connection.client.end();
        });
    }
    closedError() {
        return new util.PikaciError(`the SSH connection to ${this.hostLabel} was closed`, {
            hint: 'this transport was closed; connect again with connectSsh',
        });
    }
    async ensureConnected() {
        if (this.closed)
            throw this.closedError();
        if (this.connection && !this.connection.lost)
            return this.connection;
        if (this.connection?.lost)
            this.hooks.log?.(`SSH connection to ${this.hostLabel} was lost; dialing again`);
        this.connection = undefined;
        this.dialing ??= this.dial().finally(() => {
            this.dialing = undefined;
        });
        const connection = await this.dialing;
        if (this.closed) {
            connection.client.end();
            throw this.closedError();
        }
        this.connection = connection;
        return connection;
    }
    /** Dial with bounded retries for transient network errors, within `connectTimeoutMs` overall. */
    async dial() {
        const { connectTimeoutMs, connectRetries, retryBackoffMs } = this.options;
        const deadline = Date.now() + connectTimeoutMs;
        let backoff = retryBackoffMs;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.dialOnce(Math.max(deadline - Date.now(), 1));
            }
            catch (error) {
                const failure = error instanceof DialError ? error : new DialError((0,util/* errorMessage */.gJ)(error), false, error);
                const out = attempt > connectRetries || !failure.transient || Date.now() + backoff >= deadline;
                if (out)
                    throw this.connectError(failure, attempt);
                this.hooks.log?.(`SSH connect to ${this.hostLabel} failed (${failure.message}); retrying in ${backoff} ms ` +
                    `(attempt ${attempt + 1} of ${connectRetries + 1})`);
                await new Promise((resolve) => setTimeout(resolve, backoff));
                backoff *= 2;
            }
        }
    }
    connectError(failure, attempts) {
        if (failure.cause instanceof util.PikaciError)
            return failure.cause;
        const tries = attempts === 1 ? '' : ` (${attempts} attempts)`;
        return new util.PikaciError(`cannot connect to ${this.hostLabel}: ${failure.message}${tries}`, {
            hint: failure.transient
                ? 'check that sshd is running and listening on that host and port, and that no firewall blocks it'
                : undefined,
            cause: failure.cause,
        });
    }
    async dialOnce(readyTimeout) {
        const { Client } = (await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 85472, 23))).default;
        const entries = await this.loadKnownHosts();
        const client = new Client();
        let hostKeyFailure;
        // Our own socket, so TCP_NODELAY is set before the first byte: without it each small SSH message
        // that follows an unacknowledged one (channel open, exec request, EOF) waits for the server's
        // delayed ACK, ~40 ms per command on one connection (bench/transport.bench.ts measures both).
        const sock = (0,external_node_net_.connect)({
            host: this.options.host,
            port: this.options.port,
            noDelay: this.options.noDelay,
        });
        const config = {
            sock,
            host: this.options.host,
            port: this.options.port,
            username: this.options.user,
            privateKey: this.credentials.privateKey,
            passphrase: this.options.passphrase,
            agent: this.credentials.agent,
            readyTimeout,
            keepaliveInterval: this.options.keepaliveIntervalMs,
            keepaliveCountMax: this.options.keepaliveCountMax,
            algorithms: {
                serverHostKey: preferredHostKeyAlgorithms(entries, this.options.host, this.options.port),
            },
            hostVerifier: (key, verify) => {
                this.checkHostKey(entries, key).then(() => verify(true), (error) => {
                    hostKeyFailure = error instanceof util.PikaciError ? error : new util.PikaciError((0,util/* errorMessage */.gJ)(error));
                    verify(false);
                });
            },
        };
        return new Promise((resolve, reject) => {
            let ready = false;
            const connection = { client, lost: false, onLost: new Set() };
            const lose = () => {
                if (!ready) {
                    reject(hostKeyFailure
                        ? new DialError(hostKeyFailure.message, false, hostKeyFailure)
                        : new DialError('the server closed the connection during the handshake', true));
                    return;
                }
                if (connection.lost && connection.onLost.size === 0)
                    return;
                connection.lost = true;
                for (const settle of [...connection.onLost])
                    settle();
                connection.onLost.clear();
            };
            client.on('ready', () => {
                ready = true;
                this.opened++;
                resolve(connection);
            });
            client.on('error', (error) => {
                if (ready) {
                    this.hooks.log?.(`SSH connection to ${this.hostLabel}: ${error.message}`);
                    return;
                }
                reject(this.classifyDialError(error, hostKeyFailure));
                client.end();
            });
            client.on('end', lose);
            client.on('close', lose);
            try {
                client.connect(config);
            }
            catch (error) {
                sock.destroy();
                reject(new DialError((0,util/* errorMessage */.gJ)(error), false, error));
            }
        });
    }
    classifyDialError(error, hostKeyFailure) {
        if (hostKeyFailure)
            return new DialError(hostKeyFailure.message, false, hostKeyFailure);
        if (error.level === 'client-authentication') {
            const methods = [
                this.credentials.privateKey ? 'publickey' : undefined,
                this.credentials.agent ? 'agent' : undefined,
            ]
                .filter((method) => method !== undefined)
                .join(', ');
            return new DialError(error.message, false, new util.PikaciError(`SSH authentication failed for ${this.hostLabel} (tried: ${methods})`, {
                hint: `check the user name and that the key's public half is in ~${this.options.user}/.ssh/authorized_keys on the host`,
                cause: error,
            }));
        }
        if (error.level === 'client-timeout')
            return new DialError(`no SSH handshake within ${this.options.connectTimeoutMs} ms`, true, error);
        const transient = error.code !== undefined && TRANSIENT_CODES.has(error.code);
        return new DialError(error.message, transient, error);
    }
    /** Read the inline entries and the known_hosts file afresh for each dial (a first-use key may have been added). */
    async loadKnownHosts() {
        const entries = [];
        if (this.options.knownHosts !== undefined)
            entries.push(...parseKnownHosts(this.options.knownHosts, 'knownHosts'));
        const path = this.options.knownHostsPath;
        if (path === undefined)
            return entries;
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT' && this.options.acceptNewHostKeys)
                return entries;
            throw new util.InputError(`cannot read known_hosts file ${path}: ${fileErrorReason(error)}`, {
                hint: `create it with the host's key: ssh-keyscan -p ${this.options.port} ${this.options.host} >> ${path}`,
                cause: error,
            });
        }
        entries.push(...parseKnownHosts(text, path));
        return entries;
    }
    async checkHostKey(entries, key) {
        const { host, port, knownHostsPath } = this.options;
        const name = knownHostName(host, port);
        const offered = `${keyBlobType(key) ?? 'unknown'} ${fingerprint(key)}`;
        const verdict = verifyHostKey(entries, host, port, key);
        const source = knownHostsPath ?? 'the knownHosts entries';
        switch (verdict.kind) {
            case 'trusted':
                return;
            case 'unknown': {
                if (this.options.acceptNewHostKeys) {
                    if (knownHostsPath !== undefined)
                        await appendKnownHost(knownHostsPath, formatKnownHostLine(host, port, key));
                    this.hooks.log?.(`added host key of ${name} (${offered}) to ${source} (acceptNewHostKeys)`);
                    return;
                }
                const others = verdict.knownTypes.length > 0
                    ? `; ${source} has only ${verdict.knownTypes.join(', ')} keys for it`
                    : '';
                throw new util.PikaciError(`host key of ${name} is not known: the server offered ${offered}${others}`, {
                    where: knownHostsPath,
                    hint: `check that fingerprint with the host's owner, then add the key: ` +
                        `ssh-keyscan -p ${port} ${host} >> ${knownHostsPath ?? 'known_hosts'} ` +
                        `(or set acceptNewHostKeys to trust a new host on first use)`,
                });
            }
            case 'changed': {
                const known = verdict.entries.map((entry) => `${fingerprint(entry.key)} (${entry.where})`).join(', ');
                throw new util.PikaciError(`HOST KEY MISMATCH for ${name}: the server offered ${offered} but known_hosts has ${known}. ` +
                    'Someone could be intercepting the connection, or the host was reinstalled; refusing to connect', {
                    where: verdict.entries[0]?.where,
                    hint: `if the change is expected, verify the new fingerprint out of band and replace the entry (ssh-keygen -R '${name}' -f ${knownHostsPath ?? 'known_hosts'})`,
                });
            }
            case 'revoked':
                throw new util.PikaciError(`host key of ${name} (${offered}) is marked @revoked; refusing to connect`, {
                    where: verdict.entry.where,
                    hint: 'the host must be given a new key, and known_hosts an entry for it',
                });
            case 'cert-authority':
                throw new util.PikaciError(`host certificates are not supported: ${name} is known only through a @cert-authority entry`, {
                    where: verdict.entry.where,
                    hint: `add the host's own key: ssh-keyscan -p ${port} ${host} >> ${knownHostsPath ?? 'known_hosts'}`,
                });
            default:
                return (0,util/* assertNever */.xb)(verdict);
        }
    }
    async runOnChannel(connection, command, request) {
        let channel;
        // How the command ended, once the server said so (SSH `exit-status` or `exit-signal`).
        let exit;
        const recordExit = (code, signalName) => {
            if (exit !== undefined)
                return;
            if (typeof code === 'number')
                exit = { code, signal: null };
            else if (typeof signalName === 'string' && signalName !== '')
                exit = { code: null, signal: signalName.startsWith('SIG') ? signalName : `SIG${signalName}` };
        };
        try {
            channel = await new Promise((resolve, reject) => {
                connection.client.exec(command, (error, stream) => {
                    if (error) {
                        reject(error);
                        return;
                    }
                    // Listen for the exit status right here, not after the `await`: ssh2 parses every packet of
                    // one socket read synchronously, so a quick command's reply, output, exit status and close can
                    // all arrive in the same read as the exec confirmation, and an `exit` emitted before the
                    // continuation runs is lost (a stalled event loop made every exec lose it; a busy one, ~2%).
                    stream.on('exit', recordExit);
                    resolve(stream);
                });
            });
        }
        catch (error) {
            if (connection.lost)
                return { exitCode: null, signal: null, timedOut: false, cancelled: false, connectionLost: true };
            throw new util.PikaciError(`cannot open an SSH channel to ${this.hostLabel}: ${(0,util/* errorMessage */.gJ)(error)}`, {
                hint: 'the server may limit sessions per connection (sshd MaxSessions); lower maxChannels',
                cause: error,
            });
        }
        return new Promise((resolve) => {
            let timedOut = false;
            let cancelled = false;
            let stopLevel;
            let pid;
            let settled = false;
            const timers = [];
            const forwardStderr = request.onStderr ?? (() => undefined);
            const stderr = new PidMarkerFilter(forwardStderr, (found) => {
                pid = found;
                // A stop requested before the command had started: deliver it now.
                if (stopLevel)
                    this.signalRemote(connection, channel, pid, stopLevel);
            });
            const finish = (lost) => {
                if (settled)
                    return;
                settled = true;
                for (const timer of timers)
                    clearTimeout(timer);
                request.signal?.removeEventListener('abort', onAbort);
                connection.onLost.delete(onLost);
                // A command that exits without reading all its stdin must not keep the source attached.
                if (request.stdin !== undefined &&
                    !Buffer.isBuffer(request.stdin) &&
                    typeof request.stdin !== 'string') {
                    request.stdin.unpipe(channel);
                }
                stderr.flush();
                if (exit === undefined && lost) {
                    resolve({ exitCode: null, signal: null, timedOut, cancelled, connectionLost: true });
                    return;
                }
                if (exit === undefined) {
                    // The server closed the session without an exit status (OpenSSH does when the client closed
                    // the channel first, e.g. after KILL; see CLOSE_AFTER_KILL_MS). Nothing later can bring one:
                    // ssh2 forgets a channel at its close, and no message may follow a channel's close.
                    this.hooks.log?.(`remote command on ${this.hostLabel} ended without an exit status`);
                }
                resolve({ exitCode: exit?.code ?? null, signal: exit?.signal ?? null, timedOut, cancelled });
            };
            const onLost = () => finish(true);
            const escalate = (level) => {
                stopLevel = level;
                this.signalRemote(connection, channel, pid, level);
            };
            const stop = () => {
                if (stopLevel)
                    return;
                escalate('TERM');
                timers.push(setTimeout(() => {
                    escalate('KILL');
                    timers.push(setTimeout(() => {
                        // sshd keeps a session channel open while its command lives: stop waiting for it.
                        this.hooks.log?.(`remote command on ${this.hostLabel} did not exit after KILL; closing its channel`);
                        channel.close();
                        timers.push(setTimeout(() => finish(false), CLOSE_AFTER_KILL_MS));
                    }, CLOSE_AFTER_KILL_MS));
                }, this.options.killGraceMs));
            };
            const onAbort = () => {
                cancelled = true;
                stop();
            };
            connection.onLost.add(onLost);
            // ssh2 passes the exit status it recorded to `close` as well (its documented `close(code, signal)`):
            // a second source, whatever the listener timing.
            channel.on('close', (code, signalName) => {
                recordExit(code, signalName);
                finish(connection.lost);
            });
            if (request.onStdout)
                channel.on('data', request.onStdout);
            else
                channel.resume();
            channel.stderr.on('data', (chunk) => stderr.push(chunk));
            ssh_feedStdin(request.stdin, channel);
            if (request.timeoutMs !== undefined) {
                timers.push(setTimeout(() => {
                    timedOut = true;
                    stop();
                }, request.timeoutMs));
            }
            if (request.signal?.aborted)
                onAbort();
            else
                request.signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
    /**
     * Signal a remote command's process group from a second channel (`kill -s SIG -- -PGID`); before
     * its pid is known, fall back to the SSH `signal` request.
     */
    signalRemote(connection, channel, pid, name) {
        if (pid === undefined) {
            sendChannelSignal(channel, name);
            return;
        }
        const command = `kill -s ${name} -- -${pid} 2>/dev/null || kill -s ${name} ${pid} 2>/dev/null`;
        try {
            connection.client.exec(command, (error, killer) => {
                if (error) {
                    this.hooks.log?.(`could not signal remote process group ${pid} on ${this.hostLabel}: ${error.message}`);
                    return;
                }
                killer.resume();
                killer.stderr.resume();
                killer.end();
            });
        }
        catch (error) {
            this.hooks.log?.(`could not signal remote process group ${pid} on ${this.hostLabel}: ${(0,util/* errorMessage */.gJ)(error)}`);
        }
    }
}
/**
 * Splits the pid marker line (see `withPidMarker`) out of a stderr stream and passes every other
 * byte through, in order. Holds at most `PID_MARKER_SCAN_LIMIT` bytes while looking for it.
 */
class PidMarkerFilter {
    forward;
    onPid;
    held = Buffer.alloc(0);
    constructor(forward, onPid) {
        this.forward = forward;
        this.onPid = onPid;
    }
    push(chunk) {
        if (this.held === undefined) {
            this.forward(chunk);
            return;
        }
        const buffer = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
        const match = PID_MARKER.exec(buffer.toString('latin1'));
        if (match) {
            this.held = undefined;
            const before = buffer.subarray(0, match.index);
            const after = buffer.subarray(match.index + match[0].length);
            if (before.length > 0)
                this.forward(before);
            this.onPid(Number(match[1]));
            if (after.length > 0)
                this.forward(after);
            return;
        }
        if (buffer.length > PID_MARKER_SCAN_LIMIT) {
            this.held = undefined;
            this.forward(buffer);
            return;
        }
        this.held = buffer;
    }
    /** Pass on whatever is still held (the stream ended without a marker). */
    flush() {
        if (this.held !== undefined && this.held.length > 0)
            this.forward(this.held);
        this.held = undefined;
    }
}
class DialError extends Error {
    transient;
    cause;
    constructor(message, transient, cause) {
        super(message);
        this.transient = transient;
        this.cause = cause;
    }
}
async function loadCredentials(options) {
    const { utils } = (await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 85472, 23))).default;
    let privateKey;
    let source = 'privateKey';
    if (options.privateKeyPath !== undefined) {
        source = options.privateKeyPath;
        try {
            privateKey = await (0,promises_.readFile)(options.privateKeyPath);
        }
        catch (error) {
            throw new util.InputError(`cannot read SSH private key ${options.privateKeyPath}: ${fileErrorReason(error)}`, {
                cause: error,
            });
        }
    }
    else if (options.privateKey !== undefined) {
        // Secrets pasted into CI settings often lose the final newline or gain CRs.
        privateKey = Buffer.from(`${options.privateKey.replace(/\r\n/g, '\n').trim()}\n`);
    }
    if (privateKey !== undefined) {
        const parsed = utils.parseKey(privateKey, options.passphrase);
        if (parsed instanceof Error) {
            throw new util.InputError(`SSH private key ${source} cannot be used: ${parsed.message}`, {
                hint: 'give an unencrypted OpenSSH or PEM private key, or its passphrase',
            });
        }
    }
    let agent;
    if (options.agent === true) {
        agent = process.env.SSH_AUTH_SOCK;
        if (!agent) {
            throw new util.InputError('agent is set but SSH_AUTH_SOCK is not', {
                hint: 'start an ssh-agent (eval "$(ssh-agent)"; ssh-add KEY) or give a key instead',
            });
        }
    }
    else if (typeof options.agent === 'string') {
        agent = options.agent;
    }
    return { privateKey, agent };
}
/** Ask first for the key types known_hosts has for this host, so the server offers a checkable key. */
function preferredHostKeyAlgorithms(entries, host, port) {
    const preferred = knownKeyTypes(entries, host, port).flatMap((type) => HOST_KEY_ALGORITHMS[type] ?? []);
    return { remove: preferred, prepend: preferred, append: [] };
}
/**
 * Send an SSH `signal` request. ssh2 1.17's `channel.signal()` is a silent no-op once stdin has
 * reached EOF (it checks `writable`, see mscdex/ssh2#1510), yet the request is valid until the
 * channel closes; so send it through the protocol while the channel is open or half-closed.
 */
function sendChannelSignal(channel, name) {
    const internals = channel;
    const id = internals.outgoing?.id;
    const state = internals.outgoing?.state;
    const protocol = internals._client?._protocol;
    try {
        if (id !== undefined && protocol && (state === 'open' || state === 'eof'))
            protocol.signal(id, name);
        else
            channel.signal(name);
    }
    catch {
        // The channel is already closing; its close event settles the result.
    }
}
function ssh_feedStdin(source, channel) {
    if (source === undefined) {
        channel.end();
        return;
    }
    if (typeof source === 'string' || Buffer.isBuffer(source)) {
        channel.end(source);
        return;
    }
    source.on('error', () => channel.end());
    source.pipe(channel);
}
/** `ENOENT`, `EACCES`…: the file error's code, which says it all next to the path. */
function fileErrorReason(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : (0,util/* errorMessage */.gJ)(error);
}

;// CONCATENATED MODULE: ./src/transport/capture.ts

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
        throw new util.PikaciError(`${what} on ${transport.hostLabel} failed (${describeExit(result)})${stderr ? `: ${stderr}` : ''}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/transport/index.ts







/***/ }),

/***/ 15756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InputError: () => (/* reexport */ InputError),
  PikaciError: () => (/* reexport */ PikaciError),
  Ck: () => (/* reexport */ addSecret),
  eu: () => (/* reexport */ allSettledOrThrow),
  xb: () => (/* reexport */ assertNever),
  kp: () => (/* reexport */ closest),
  describeSystemError: () => (/* reexport */ describeSystemError),
  au: () => (/* reexport */ didYouMean),
  gJ: () => (/* reexport */ errorMessage),
  ZD: () => (/* reexport */ escapeHtml),
  isSystemError: () => (/* reexport */ isSystemError),
  KL: () => (/* reexport */ redactDeep),
  it: () => (/* reexport */ redactFile),
  nZ: () => (/* reexport */ shellJoin),
  ZL: () => (/* reexport */ shellQuote),
  fx: () => (/* reexport */ streamRedactor),
  eQ: () => (/* reexport */ withContext)
});

// UNUSED EXPORTS: MIN_SECRET_LENGTH, REDACTED, clearSecrets, hasSecrets, redactText

;// CONCATENATED MODULE: ./src/util/all-settled.ts
/**
 * Like `Promise.all`, but waits for every operation to settle before throwing the first failure (in
 * argument order), so no process, channel or file write started by one of them is still running once
 * the caller sees the error (docs/design.md decision 7: cleanup runs on every path).
 */
async function allSettledOrThrow(operations) {
    const outcomes = await Promise.allSettled(operations);
    for (const outcome of outcomes)
        if (outcome.status === 'rejected')
            throw outcome.reason;
    return outcomes.map((outcome) => outcome.value);
}

;// CONCATENATED MODULE: ./src/util/assert-never.ts
/**
 * The end of an exhaustive `switch` (docs/design.md decision 5): the argument's type is `never` when
 * every variant is handled, so a new variant is a compile error at each `switch` that must handle it.
 * Reached at run time only when a value escaped its type (a bug), so the error is a plain `Error`.
 */
function assertNever(value) {
    throw new Error(`unhandled variant: ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/util/errors.ts
class PikaciError extends Error {
    where;
    hint;
    exitCode = 1;
    constructor(message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'PikaciError';
        this.where = details.where;
        this.hint = details.hint;
    }
    /** One block of text for a terminal or an Actions log: `where: message` then `hint: ...`. */
    describe() {
        const head = this.where ? `${this.where}: ${this.message}` : this.message;
        return this.hint ? `${head}\n  hint: ${this.hint}` : head;
    }
}
class InputError extends PikaciError {
    exitCode = 2;
    constructor(message, details = {}) {
        super(message, details);
        this.name = 'InputError';
    }
}
/** Wrap an error with the context it travelled through, keeping the original as `cause`. */
function withContext(context, error) {
    if (error instanceof InputError) {
        return new InputError(`${context}: ${error.message}`, {
            where: error.where,
            hint: error.hint,
            cause: error,
        });
    }
    if (error instanceof PikaciError) {
        return new PikaciError(`${context}: ${error.message}`, {
            where: error.where,
            hint: error.hint,
            cause: error,
        });
    }
    return new PikaciError(`${context}: ${errorMessage(error)}`, { cause: error });
}
function errorMessage(error) {
    if (error instanceof PikaciError)
        return error.describe();
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Closest candidates by edit distance, for "did you mean" hints. */
function closest(value, candidates, max = 3) {
    const scored = [];
    for (const candidate of candidates) {
        const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
        const limit = Math.max(2, Math.floor(Math.max(value.length, candidate.length) / 3));
        if (distance <= limit || candidate.includes(value) || value.includes(candidate)) {
            scored.push([distance, candidate]);
        }
    }
    scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    return scored.slice(0, max).map(([, candidate]) => candidate);
}
function didYouMean(value, candidates) {
    const near = closest(value, candidates);
    return near.length === 0 ? undefined : `did you mean ${near.map((c) => `\`${c}\``).join(', ')}?`;
}
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** A failed system call (`fs`, `child_process`): its `code`, `syscall` and usually `path` say what and where. */
function isSystemError(error) {
    const candidate = error;
    return (error instanceof Error && typeof candidate?.code === 'string' && typeof candidate.syscall === 'string');
}
/** `rmdir /x/y: read-only file system (EROFS)` from Node's `EROFS: read-only file system, rmdir '/x/y'`. */
function describeSystemError(error) {
    const reason = error.message
        .replace(new RegExp(`^${error.code}: `), '')
        .replace(new RegExp(`, ${error.syscall}\\b.*$`, 's'), '');
    const target = error.path === undefined ? '' : ` ${error.path}`;
    return `${error.syscall}${target}: ${reason} (${error.code})`;
}

;// CONCATENATED MODULE: ./src/util/html.ts
/** Text inside HTML or SVG, element content or a quoted attribute: the five special characters as entities. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/util/redact.ts
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
    const temp = `${path}.redacting`;
    const source = (0,external_node_fs_.createReadStream)(path);
    const sink = (0,external_node_fs_.createWriteStream)(temp);
    const redactor = streamRedactor((bytes) => sink.write(bytes));
    try {
        for await (const chunk of source)
            redactor.write(chunk);
    }
    catch (error) {
        sink.destroy();
        await (0,promises_.rm)(temp, { force: true });
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    redactor.end();
    await new Promise((resolve, reject) => sink.end(() => resolve()).on('error', reject));
    await (0,promises_.rename)(temp, path);
}
/** Forget every registered value (tests and long-lived library callers between runs). */
function clearSecrets() {
    secrets.clear();
    matcher = null;
}

;// CONCATENATED MODULE: ./src/util/shell.ts
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

;// CONCATENATED MODULE: ./src/util/index.ts
/**
 * Small shared helpers: typed errors, exhaustiveness, settling parallel work, shell quoting, secret
 * redaction, HTML escaping.
 * `dirname-shim.ts` is not here: the bundled entries import it by itself, first (docs/design.md,
 * Bundling notes).
 */








/***/ }),

/***/ 56345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g3: () => (/* reexport */ LineSplitter),
  wo: () => (/* reexport */ PhaseRecorder),
  wY: () => (/* reexport */ VmFailure),
  Y_: () => (/* reexport */ collectLifecycleFiles),
  iS: () => (/* reexport */ failedOutcome),
  P3: () => (/* reexport */ readGuestOutcome),
  cE: () => (/* reexport */ settleVmJob),
  bs: () => (/* reexport */ waitUntilReady)
});

// UNUSED EXPORTS: LIFECYCLE_FILES, MAX_PENDING_LINE, READINESS_POLL_MS

;// CONCATENATED MODULE: ./src/vm/lines.ts
/**
 * The one line splitter: a byte stream cut into prefixed lines with bounded memory (docs/design.md
 * decision 9). The VM backends split guest output into host.log with it, and the reporters prefix
 * interleaved job output with it.
 */
/** Longest partial line kept while waiting for its newline; longer ones are flushed as they are. */
const MAX_PENDING_LINE = 64 * 1024;
/** Emits each complete line of the pushed chunks as `prefix + line + '\n'`, keeping at most one partial line. */
class LineSplitter {
    prefix;
    emit;
    pending = Buffer.alloc(0);
    constructor(prefix, emit) {
        this.prefix = prefix;
        this.emit = emit;
    }
    push(chunk) {
        let data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        let newline = data.indexOf(0x0a);
        while (newline !== -1) {
            this.emit(`${this.prefix}${data.subarray(0, newline + 1).toString()}`);
            data = data.subarray(newline + 1);
            newline = data.indexOf(0x0a);
        }
        if (data.length > MAX_PENDING_LINE) {
            this.emit(`${this.prefix}${data.toString()}\n`);
            data = Buffer.alloc(0);
        }
        this.pending = Buffer.from(data);
    }
    /** Flushes the partial line, if any, with a newline. */
    end() {
        if (this.pending.length > 0)
            this.emit(`${this.prefix}${this.pending.toString()}\n`);
        this.pending = Buffer.alloc(0);
    }
}

// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
;// CONCATENATED MODULE: ./src/vm/phases.ts
/**
 * The phase recorder of a VM job: each phase timed into the execution record on every path, the
 * ones that throw included (docs/upstream.md, executor 3; docs/design.md decision 7).
 */

class PhaseRecorder {
    phases = [];
    async run(phase, body) {
        const startedAt = (0,records.rfc3339)();
        const start = Date.now();
        try {
            return await body();
        }
        finally {
            this.phases.push({
                phase,
                started_at: startedAt,
                finished_at: (0,records.rfc3339)(),
                duration_ms: Date.now() - start,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/vm/guest.ts
/** An error that happened after the VM work began: the job fails with its message. */
class VmFailure extends Error {
    exitCode;
    /** The exit code of the host command that failed, when it ran to its end. */
    constructor(message, exitCode = null) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'VmFailure';
    }
}

;// CONCATENATED MODULE: ./src/vm/readiness.ts
const READINESS_POLL_MS = 250;
/**
 * Runs `probe` (given the milliseconds left, at least one second) until it exits 0. A probe that was
 * cancelled or lost its connection ends the wait at once; the pause between probes is cancellable.
 */
async function waitUntilReady(probe, options) {
    const deadline = Date.now() + options.timeoutSecs * 1000;
    for (;;) {
        const result = await probe(Math.max(1000, deadline - Date.now()));
        if (result.exitCode === 0)
            return 'ready';
        if (result.cancelled || options.signal.aborted)
            return 'cancelled';
        if (result.connectionLost)
            return 'connection_lost';
        if (Date.now() >= deadline)
            return 'timed_out';
        if (!(await pause(options.pollMs ?? READINESS_POLL_MS, options.signal)))
            return 'cancelled';
    }
}
/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function pause(ms, signal) {
    if (signal.aborted)
        return Promise.resolve(false);
    return new Promise((resolve) => {
        const done = (elapsed) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            resolve(elapsed);
        };
        const onAbort = () => done(false);
        const timer = setTimeout(() => done(true), ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/guest/index.ts + 4 modules
var guest = __webpack_require__(41341);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/vm/collect.ts
/**
 * Collection of a guest's lifecycle files (docs/upstream.md, executor 3; the guest runner writes them,
 * docs/design.md decision 10): one `tar` stream out of the guest, unpacked into the job's artifacts
 * as it arrives, then redacted like every file the host writes (README "Security").
 */







/** Each lifecycle file: its path under the guest's state directory, and its name in the job's artifacts. */
const LIFECYCLE_FILES = [
    guest/* GUEST_PATHS */.es.guestLog,
    guest/* GUEST_PATHS */.es.events,
    guest/* GUEST_PATHS */.es.status,
    guest/* GUEST_PATHS */.es.result,
].map((path) => [external_node_path_.posix.relative(guest/* GUEST_PATHS */.es.runtimeStateDir, path), external_node_path_.posix.basename(path)]);
const COLLECT_TIMEOUT_MS = 120_000;
/** Copies the lifecycle files the guest has written (missing ones are skipped) into `artifactsDir`. */
async function collectLifecycleFiles(guest, options) {
    const { artifactsDir } = options;
    const staging = (0,external_node_path_.join)(artifactsDir, '.collect');
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,promises_.mkdir)(staging, { recursive: true });
    const names = LIFECYCLE_FILES.map(([from]) => (0,util/* shellQuote */.ZL)(from)).join(' ');
    const script = `cd ${(0,util/* shellQuote */.ZL)(options.stateDir)} && set -- && for f in ${names}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`;
    const unpack = (0,index_min/* extract */.o6)({ cwd: staging, strict: true, preservePaths: false });
    let streamed = 0;
    const result = await guest.exec({
        argv: ['sh', '-c', script],
        // Lifecycle files are small except guest.log, which tar unpacks to disk as it arrives.
        onStdout: (chunk) => {
            streamed += chunk.length;
            void unpack.write(chunk);
        },
        onStderr: (chunk) => options.log.write(chunk),
        signal: options.signal,
        timeoutMs: COLLECT_TIMEOUT_MS,
    });
    const unpacked = await new Promise((resolve) => {
        unpack
            .on('finish', () => resolve(null))
            .on('close', () => resolve(null))
            .on('error', resolve);
        unpack.end();
    });
    const what = `collect ${options.runtime} guest files from ${options.host}`;
    if (result.exitCode !== 0)
        throw new VmFailure(`${what} failed (${(0,transport/* describeExit */.KE)(result)})`);
    // No bytes: the guest wrote none of the files (reading result.json says so); tar calls that a bad archive.
    if (unpacked !== null && streamed > 0) {
        throw new VmFailure(`${what} failed: unreadable tar stream (${(0,util/* errorMessage */.gJ)(unpacked)})`);
    }
    for (const [from, to] of LIFECYCLE_FILES) {
        await (0,promises_.rename)((0,external_node_path_.join)(staging, from), (0,external_node_path_.join)(artifactsDir, to)).catch(() => undefined);
        // The guest wrote these; secrets are redacted here, as the host's own writers do.
        await (0,util/* redactFile */.it)((0,external_node_path_.join)(artifactsDir, to));
    }
    await (0,promises_.rm)(staging, { recursive: true, force: true });
}

// EXTERNAL MODULE: ./src/runtime/index.ts + 5 modules
var runtime = __webpack_require__(43688);
;// CONCATENATED MODULE: ./src/vm/result.ts
/**
 * A VM job's outcome (docs/design.md decision 6): read from the guest's `result.json` once it has been
 * collected; any failure of the host-side work is a failed outcome, written to `result.json` too.
 */



function failedOutcome(message) {
    return { status: 'failed', exit_code: null, message };
}
/** The outcome the guest wrote; a missing or unreadable `result.json` is an infrastructure error. */
async function readGuestOutcome(resultJson) {
    return (0,runtime/* readTerminalResult */.qq)(resultJson).catch((error) => {
        throw new VmFailure(`infrastructure error: the guest wrote no usable result.json (${(0,util/* errorMessage */.gJ)(error)}); did it crash?`);
    });
}
/**
 * Runs the phases of a VM job. What they throw fails the job with its message (logged to host.log),
 * or with `cancelled` once the job's signal has aborted; a failure the guest did not report itself
 * (no exit code) is written to `result.json`, so it always says how the job ended.
 */
async function settleVmJob(ctx, phases) {
    let outcome;
    try {
        outcome = await phases();
    }
    catch (error) {
        const message = error instanceof VmFailure || error instanceof util.PikaciError ? (0,util/* errorMessage */.gJ)(error) : String(error);
        ctx.hostLog.line(`[pikaci] ${message}`);
        outcome = failedOutcome(ctx.signal.aborted ? 'cancelled' : message);
    }
    if (outcome.status === 'failed' && outcome.exit_code === null) {
        await (0,runtime/* writeTerminalResult */.Fy)(ctx.paths.resultJson, {
            ok: false,
            message: outcome.message,
            exitCode: null,
        }).catch(() => undefined);
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/vm/index.ts
/**
 * The plumbing both VM backends share (Incus now, Tart next): the phase recorder, the line splitter,
 * the readiness loop, collection of the guest's lifecycle files and reading its result.
 */








/***/ }),

/***/ 32723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gy: () => (/* reexport */ DEFAULT_WORK_DIR),
  os: () => (/* reexport */ stageWorkspace),
  s5: () => (/* reexport */ writableCopy)
});

// UNUSED EXPORTS: remoteLayout, syncSnapshot

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var src_transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/workspace/layout.ts
/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */

/** Work dir W on placement hosts when none is given (README "Host flags"). */
const DEFAULT_WORK_DIR = '/var/tmp/pikaci';
function remoteLayout(workDir, runId, contentHash) {
    const runDir = external_node_path_.posix.join(workDir, 'runs', runId);
    const jobDir = (jobId) => external_node_path_.posix.join(runDir, 'jobs', jobId);
    return {
        workDir,
        runDir,
        snapshotDir: contentHash
            ? external_node_path_.posix.join(workDir, 'snapshots', contentHash, 'snapshot')
            : external_node_path_.posix.join(runDir, 'snapshot'),
        jobDir,
        artifactsDir: (jobId) => external_node_path_.posix.join(jobDir(jobId), 'artifacts'),
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/snapshot/index.ts + 7 modules
var snapshot = __webpack_require__(98616);
;// CONCATENATED MODULE: ./src/workspace/sync.ts
/**
 * Publish a local snapshot on a placement host without clobbering (docs/upstream.md, executor 3.3 step 2): reuse a
 * remote copy whose marker carries the same content hash; otherwise stream a tar into a temporary
 * sibling directory and rename it into place. The first writer wins; a marker with another hash, or
 * none, is an error rather than a guess.
 */






async function readRemoteHash(transport, remoteDir) {
    const marker = external_node_path_.posix.join(remoteDir, snapshot/* SNAPSHOT_METADATA_FILE */.mh);
    const read = await (0,src_transport/* mustCapture */.w8)(transport, `read remote snapshot metadata ${marker}`, (0,src_transport/* shArgv */.oV)(`if test -f ${(0,util/* shellQuote */.ZL)(marker)}; then cat ${(0,util/* shellQuote */.ZL)(marker)}; fi`));
    if (read.stdout.trim() === '')
        return undefined;
    let json;
    try {
        json = JSON.parse(read.stdout);
    }
    catch (error) {
        throw new util.PikaciError(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${String(error)}`);
    }
    const parsed = snapshot/* SnapshotMetadataSchema */.D6.safeParse(json);
    if (!parsed.success) {
        throw new util.PikaciError(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${parsed.error.message}`);
    }
    return parsed.data.content_hash;
}
/** Upstream's reuse rule; `undefined` remote means no marker yet. */
function ready(local, remote, remoteDir, host) {
    if (remote === undefined)
        return false;
    if (local === null)
        return true;
    if (remote === null) {
        throw new util.PikaciError(`remote snapshot at ${remoteDir} on ${host} is missing content hash ${local}; refusing ambiguous reuse`, { hint: `remove ${remoteDir} on ${host} if it is stale` });
    }
    if (remote !== local) {
        throw new util.PikaciError(`remote snapshot hash mismatch at ${remoteDir} on ${host} (expected ${local}, got ${remote})`, {
            hint: `another writer published different content under this hash; inspect ${remoteDir} on ${host}`,
        });
    }
    return true;
}
async function syncSnapshot(transport, options) {
    const { localDir, remoteDir, log } = options;
    const host = transport.hostLabel;
    const local = (await (0,snapshot/* readSnapshotMetadata */.U$)(localDir)).content_hash;
    const reuseLine = `[pikaci] remote snapshot already available at ${remoteDir}${local ? ` (content hash ${local})` : ''}`;
    if (ready(local, await readRemoteHash(transport, remoteDir), remoteDir, host)) {
        log(reuseLine);
        return { action: 'reused', contentHash: local };
    }
    const parent = external_node_path_.posix.dirname(remoteDir);
    const staging = external_node_path_.posix.join(parent, `.pikaci-sync-snapshot-${process.pid}-${process.hrtime.bigint()}`);
    log(`[pikaci] sync snapshot ${localDir} -> ${host}:${remoteDir}`);
    await (0,src_transport/* mustCapture */.w8)(transport, 'prepare remote snapshot staging dir', (0,src_transport/* shArgv */.oV)(`set -eu; mkdir -p ${(0,util/* shellQuote */.ZL)(parent)}; rm -rf ${(0,util/* shellQuote */.ZL)(staging)}; mkdir -p ${(0,util/* shellQuote */.ZL)(staging)}`));
    // The tar stream is produced as the remote side reads it: nothing is staged in memory or on disk.
    const tarStream = external_node_stream_.Readable.from((0,index_min/* create */.vt)({ cwd: localDir, portable: true }, ['.']));
    let localError;
    tarStream.on('error', (error) => {
        localError = error;
    });
    const upload = await (0,src_transport/* capture */.Fg)(transport, ['tar', '-C', staging, '-xf', '-'], {
        stdin: tarStream,
        signal: options.signal,
    });
    if (localError !== undefined || upload.exitCode !== 0) {
        await (0,src_transport/* capture */.Fg)(transport, (0,src_transport/* shArgv */.oV)(`rm -rf ${(0,util/* shellQuote */.ZL)(staging)}`));
        const local = localError === undefined ? 'ok' : String(localError);
        throw new util.PikaciError(`sync snapshot to ${host} failed (local tar: ${local}; remote tar: ${(0,src_transport/* describeExit */.KE)(upload)})${upload.stderr.trim() ? `: ${upload.stderr.trim()}` : ''}`);
    }
    // `mv -T` never moves the staging dir *into* a directory that appeared meanwhile.
    const q = { staging: (0,util/* shellQuote */.ZL)(staging), target: (0,util/* shellQuote */.ZL)(remoteDir) };
    await (0,src_transport/* mustCapture */.w8)(transport, 'finalize remote snapshot sync', (0,src_transport/* shArgv */.oV)(`if [ -e ${q.target} ]; then rm -rf ${q.staging}; ` +
        `elif mv -T ${q.staging} ${q.target} 2>/dev/null; then :; ` +
        `elif [ -e ${q.target} ]; then rm -rf ${q.staging}; else rm -rf ${q.staging}; exit 1; fi`));
    const published = await readRemoteHash(transport, remoteDir);
    if (published === undefined) {
        throw new util.PikaciError(`remote snapshot at ${remoteDir} on ${host} is still missing a ready marker after publish; refusing ambiguous reuse`);
    }
    ready(local, published, remoteDir, host);
    return { action: 'uploaded', contentHash: local };
}

;// CONCATENATED MODULE: ./src/workspace/stage.ts
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
                await (0,promises_.mkdir)(paths.artifactsDir, { recursive: true });
            return {
                onThisMachine: true,
                snapshotDir: run.snapshotDir,
                jobDir: paths.jobDir,
                artifactsDir: paths.artifactsDir,
                cargoHomeDir: run.cargoHomeDir,
                cargoTargetDir: run.cargoTargetDir,
            };
        case 'remote_ssh': {
            const layout = remoteLayout(options.workDir, run.runId, run.contentHash);
            const jobId = external_node_path_.posix.basename(paths.jobDir);
            const staged = {
                onThisMachine: false,
                snapshotDir: layout.snapshotDir,
                jobDir: layout.jobDir(jobId),
                artifactsDir: layout.artifactsDir(jobId),
                cargoHomeDir: external_node_path_.posix.join(options.workDir, 'cache/cargo-home'),
                cargoTargetDir: external_node_path_.posix.join(layout.runDir, 'cargo-target'),
            };
            const dirs = options.snapshotOnly
                ? [external_node_path_.posix.dirname(staged.snapshotDir)]
                : [staged.artifactsDir, external_node_path_.posix.dirname(staged.snapshotDir), staged.cargoHomeDir];
            await (0,src_transport/* mustCapture */.w8)(transport, 'ensure remote job dirs', (0,src_transport/* shArgv */.oV)(`set -eu; mkdir -p ${dirs.map(util/* shellQuote */.ZL).join(' ')}`));
            await syncSnapshot(transport, {
                localDir: run.snapshotDir,
                remoteDir: staged.snapshotDir,
                log: options.log,
                ...(options.signal ? { signal: options.signal } : {}),
            });
            return staged;
        }
        default:
            return (0,util/* assertNever */.xb)(transport.placement);
    }
}
/**
 * A private writable copy of the snapshot for one job, made on the host the job runs on (so a job
 * that writes to its workspace cannot change what later jobs see). Returns its path.
 */
async function writableCopy(transport, staged) {
    const copy = external_node_path_.posix.join(staged.jobDir, 'workspace');
    await (0,src_transport/* mustCapture */.w8)(transport, 'copy the snapshot into a writable workspace', (0,src_transport/* shArgv */.oV)(`set -eu; rm -rf ${(0,util/* shellQuote */.ZL)(copy)}; cp -a ${(0,util/* shellQuote */.ZL)(staged.snapshotDir)} ${(0,util/* shellQuote */.ZL)(copy)}`));
    return copy;
}

;// CONCATENATED MODULE: ./src/workspace/index.ts
/** Where a job's files are on the host it runs on: the run's snapshot, published once per content hash. */





/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
