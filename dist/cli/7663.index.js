export const id = 7663;
export const ids = [7663];
export const modules = {

/***/ 37431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R4: () => (/* binding */ validateGroupName),
/* harmony export */   m3: () => (/* binding */ groupJobsFile),
/* harmony export */   nS: () => (/* binding */ DEFAULT_LOCK_TIMEOUT_SECS),
/* harmony export */   t6: () => (/* binding */ acquireGroupLock)
/* harmony export */ });
/* unused harmony exports JOBS_GONE_TIMEOUT_SECS, groupLockFile */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _holder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79144);
/**
 * Concurrency groups as real locks (docs/design.md decision 8): an exclusive `flock(1)` on
 * `<work dir>/locks/<group>.lock` on the placement host, held by one long-lived `flock`-holding
 * shell that runs over the run's own transport and reads its stdin until EOF.
 *
 * Why this shape (`./holder.ts`): the lock dies with its holder on every exit path without stale
 * detection. A normal release ends stdin; a cancelled or crashed runner closes its pipe (local) or
 * its SSH connection (remote), the holder's `cat` sees EOF or the session is torn down, the shell
 * exits and the kernel drops the lock. No pid files are trusted; the `.holder` file is only shown
 * to waiters.
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
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid concurrency group \`${group}\``, {
            hint: 'use 1-128 letters, digits, `.`, `_` or `-`, starting with a letter or digit',
        });
    }
    return group;
}
function groupLockFile(workDir, group) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(workDir, 'locks', `${validateGroupName(group)}.lock`);
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
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`lock timeout must be a non-negative integer of seconds, got ${options.timeoutSecs}`);
    }
    const host = transport.hostLabel;
    const holder = options.holder ?? `pid ${process.pid} on ${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()}`;
    const started = Date.now();
    let waited = false;
    const held = (0,_holder_js__WEBPACK_IMPORTED_MODULE_3__/* .startHolder */ .f)(transport, {
        argv: ['sh', '-c', HOLDER_SCRIPT, 'pikaci-lock', lockFile, String(options.timeoutSecs), holder],
        ...(options.signal ? { signal: options.signal } : {}),
        onLine(line) {
            if (line.startsWith('waiting ')) {
                waited = true;
                options.log(`[pikaci] concurrency group \`${options.group}\` is held on ${host} (last holder: ${line.slice(8)}); waiting up to ${options.timeoutSecs}s`);
            }
            else if (line === 'jobs-still-running') {
                options.log(`[pikaci] job processes of concurrency group \`${options.group}\` on ${host} were still running ${JOBS_GONE_TIMEOUT_SECS}s after the run let go; releasing the group anyway (pikaci gc --processes finds them)`);
            }
            return line === 'acquired';
        },
    });
    const first = await held.held;
    if (first !== null) {
        const waited = Math.round((Date.now() - started) / 1000);
        if (first.cancelled)
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`cancelled while waiting for concurrency group \`${options.group}\``);
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`timed out after ${waited}s waiting for concurrency group \`${options.group}\` on ${host} (${lockFile})`, { hint: 'another run holds the group; raise --lock-timeout or wait for it to finish' });
        }
        const how = first.connectionLost
            ? 'connection lost'
            : `exit ${first.exitCode ?? first.signal ?? 'unknown'}`;
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`could not take the lock for concurrency group \`${options.group}\` on ${host} (${lockFile}): ${how}`, { hint: 'the host needs flock(1) (util-linux) and a writable work dir' });
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
                await held.release();
                options.log(`[pikaci] released concurrency group \`${options.group}\` on ${host}`);
            })();
            return released;
        },
    };
}


/***/ }),

/***/ 79144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ startHolder)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A holder: one process run over a transport that takes something on the host (a `flock`), says so
 * on its stdout, and keeps it until its stdin ends (docs/design.md decision 8). A normal release
 * ends stdin; a cancelled or crashed runner closes its pipe or its SSH connection, so what is held
 * is let go on every exit path without stale detection. Concurrency groups (`./group-lock.ts`) and
 * the Tart backend's VM slots are held this way.
 */

function startHolder(transport, options) {
    const stdin = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
    let pending = '';
    let markHeld = () => undefined;
    const heldNow = new Promise((resolve) => (markHeld = resolve));
    const running = transport.exec({
        argv: options.argv,
        stdin,
        ...(options.signal ? { signal: options.signal } : {}),
        onStdout: (chunk) => {
            pending += chunk.toString('utf8');
            let newline = pending.indexOf('\n');
            while (newline !== -1) {
                if (options.onLine(pending.slice(0, newline)))
                    markHeld();
                pending = pending.slice(newline + 1);
                newline = pending.indexOf('\n');
            }
        },
    });
    const held = Promise.race([heldNow.then(() => null), running]).then((first) => {
        if (first !== null)
            stdin.end();
        return first;
    });
    let released;
    return {
        held,
        release() {
            released ??= (stdin.end(), running);
            return released;
        },
    };
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

/***/ 21498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ runsDir),
/* harmony export */   Lw: () => (/* binding */ cargoHomeDir),
/* harmony export */   Ot: () => (/* binding */ runPaths),
/* harmony export */   wt: () => (/* binding */ jobPaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** The state-root layout (docs/upstream.md, records 1.4). Every path here is absolute. */

function runsDir(stateRoot) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateRoot, 'runs');
}
function cargoHomeDir(stateRoot) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateRoot, 'cache', 'cargo-home');
}
function runPaths(stateRoot, runId) {
    const runDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runsDir(stateRoot), runId);
    return {
        runDir,
        runJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'run.json'),
        planJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'plan.json'),
        preparedOutputsJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'prepared-outputs.json'),
        snapshotDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'snapshot'),
        cargoTargetDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'cargo-target'),
        jobsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'jobs'),
    };
}
function jobPaths(runDir, jobId) {
    const jobDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'jobs', jobId);
    const artifactsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'artifacts');
    return {
        jobDir,
        statusJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'status.json'),
        hostLog: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'host.log'),
        artifactsDir,
        guestLog: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(artifactsDir, 'guest.log'),
        resultJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(artifactsDir, 'result.json'),
    };
}


/***/ }),

/***/ 72735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ cancelOnSignals)
/* harmony export */ });
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function cancelOnSignals(signals = ['SIGINT', 'SIGTERM']) {
    const controller = new AbortController();
    let received = null;
    const handler = (sig) => {
        if (received !== null)
            process.exit(EXIT_CODES[sig] ?? 1);
        received = sig;
        process.stderr.write(`pikaci: ${sig} received, stopping the run (send it again to exit at once)\n`);
        controller.abort();
    };
    for (const sig of signals)
        process.on(sig, handler);
    return {
        signal: controller.signal,
        received: () => received,
        exitCode: () => (received === null ? null : (EXIT_CODES[received] ?? 1)),
        dispose: () => {
            for (const sig of signals)
                process.off(sig, handler);
        },
    };
}


/***/ }),

/***/ 57663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cancelOnSignals: () => (/* reexport */ cancel/* cancelOnSignals */.d),
  createReporter: () => (/* reexport */ reporters/* createReporter */.A5),
  gateOnChanges: () => (/* reexport */ gateOnChanges),
  recordSkippedRun: () => (/* reexport */ recordSkippedRun),
  resolveLaneRun: () => (/* reexport */ resolveLaneRun),
  resolveRunnable: () => (/* reexport */ resolveRunnable),
  runJobs: () => (/* reexport */ runJobs),
  selectJobs: () => (/* reexport */ selectJobs)
});

// UNUSED EXPORTS: CANCELLED_MESSAGE, DEFAULT_MAX_CONCURRENT_EXECUTES, LANE_COMMAND_TIMEOUT_SECS, LinePrefixer, MAX_CONCURRENT_EXECUTES_ENV, OUTPUT_FORMATS, PrepareFailure, SKIPPED_AFTER_CANCEL, SKIPPED_AFTER_FAILURE, buildRunPlan, executeConcurrency, executeNodeId, laneCommandJob, lockGroupName, maxConcurrentExecutes, planExecutorKind, prepareRunnerNodeId, renderEvent, renderRunSummary, resolveLane

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/records/state-root.ts
var state_root = __webpack_require__(84028);
// EXTERNAL MODULE: ./src/records/time.ts
var time = __webpack_require__(88577);
// EXTERNAL MODULE: ./src/records/run-id.ts
var run_id = __webpack_require__(59029);
// EXTERNAL MODULE: ./src/records/reporter.ts
var reporter = __webpack_require__(26925);
// EXTERNAL MODULE: ./src/records/layout.ts
var layout = __webpack_require__(21498);
// EXTERNAL MODULE: ./src/records/atomic.ts
var atomic = __webpack_require__(75517);
// EXTERNAL MODULE: ./src/records/schemas.ts
var schemas = __webpack_require__(39442);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
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
            (0,redact/* addSecret */.Ck)(source[name]);
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
            (0,redact/* addSecret */.Ck)(value);
            secrets[name] = value;
        }
    }
    if (missing.length > 0) {
        throw new errors/* PikaciError */.uy(`job \`${job.id}\` asks for the secret${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set`, {
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

// EXTERNAL MODULE: ./src/runtime/log-writer.ts
var log_writer = __webpack_require__(69872);
// EXTERNAL MODULE: ./src/snapshot/metadata.ts
var snapshot_metadata = __webpack_require__(43031);
// EXTERNAL MODULE: ./src/snapshot/create.ts + 4 modules
var create = __webpack_require__(78633);
// EXTERNAL MODULE: ./src/snapshot/profile.ts
var profile = __webpack_require__(27629);
// EXTERNAL MODULE: ./src/model/job.ts
var model_job = __webpack_require__(31146);
;// CONCATENATED MODULE: ./src/run/concurrency.ts
/** How many execute nodes may run at once (docs/upstream.md, records 3.9). */


const MAX_CONCURRENT_EXECUTES_ENV = 'PIKACI_MAX_CONCURRENT_EXECUTES';
const DEFAULT_MAX_CONCURRENT_EXECUTES = 2;
/** The configured cap: a positive integer, default 2; anything else is bad input. */
function maxConcurrentExecutes(env = process.env) {
    const raw = env[MAX_CONCURRENT_EXECUTES_ENV];
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_MAX_CONCURRENT_EXECUTES;
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
        throw new errors/* InputError */.dz(`${MAX_CONCURRENT_EXECUTES_ENV} must be a positive integer, got \`${raw}\``, {
            hint: `unset it for the default (${DEFAULT_MAX_CONCURRENT_EXECUTES}) or set e.g. ${MAX_CONCURRENT_EXECUTES_ENV}=4`,
        });
    }
    return value;
}
/** Jobs run in parallel only when every job of the run supports it; otherwise one at a time. */
function executeConcurrency(jobs, configured) {
    return jobs.length > 0 && jobs.every(model_job/* supportsParallelExecute */.NG) ? configured : 1;
}

// EXTERNAL MODULE: ./src/runtime/result.ts
var result = __webpack_require__(36463);
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
        throw new errors/* PikaciError */.uy(`${(0,errors/* errorMessage */.gJ)(error)}; also ${failure}`, { cause: error });
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
    await (0,result/* writeTerminalResult */.Fy)(ctx.paths.resultJson, {
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
        const message = (0,errors/* errorMessage */.gJ)(error);
        ctx.hostLog.line(`[pikaci] ${message}`);
        return message;
    }
}

// EXTERNAL MODULE: ./src/records/read.ts
var read = __webpack_require__(98624);
// EXTERNAL MODULE: ./src/runtime/prepare.ts
var runtime_prepare = __webpack_require__(31331);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/workspace/layout.ts
var workspace_layout = __webpack_require__(52611);
// EXTERNAL MODULE: ./src/model/command.ts
var command = __webpack_require__(80144);
// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
;// CONCATENATED MODULE: ./src/run/plan.ts
/**
 * plan.json (docs/upstream.md, records 2.6, 3.5): shared, deduplicated staged prepare nodes
 * (`prepare-<prefix>-workspace-deps` → `prepare-<prefix>-workspace-build`), one
 * `prepare-<job>-runner` per Incus job, then one `execute-<job>` per job. Pure.
 *
 * Unlike upstream, a staged prepare node is placed on the host of the jobs that consume it
 * (README "Staged payloads"): its installable names the snapshot on that host and its exposures
 * are the jobs' directories there. When one prefix's jobs span placements, each placement gets its
 * own nodes (`…-workspace-deps-local`, `…-workspace-deps-remote-ssh`): a payload is built where it
 * is consumed, never copied between hosts.
 */






const ROLE_SUFFIX = {
    workspace_deps: 'workspace-deps',
    workspace_build: 'workspace-build',
};
const ROLE_DESCRIPTION = {
    workspace_deps: 'Build staged Linux Rust dependencies',
    workspace_build: 'Build staged Linux Rust test artifacts',
};
function planExecutorKind(runtime) {
    switch (runtime) {
        case 'host_process':
            return 'host_local';
        case 'incus':
            return 'remote_linux_vm';
        case 'tart':
            return 'tart_local';
        default:
            return (0,assert_never/* assertNever */.x)(runtime);
    }
}
/** The shell text of a host-process command as recorded in a `host_command` node. */
function hostCommandText(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
        case 'shell_command_as_root':
            return guest.command;
        case 'argv':
            return (0,shell/* shellJoin */.n)(guest.argv);
        case 'exact_cargo_test':
        case 'package_unit_tests':
        case 'package_tests':
        case 'filtered_cargo_tests':
            return (0,command/* compileGuestCommand */.D)(guest).command;
        default:
            return (0,assert_never/* assertNever */.x)(guest);
    }
}
function prepareRunnerNodeId(jobId) {
    return `prepare-${jobId}-runner`;
}
function executeNodeId(jobId) {
    return `execute-${jobId}`;
}
/** The placements each staged prefix is consumed on. */
function prefixPlacements(jobs) {
    const placements = new Map();
    for (const job of jobs) {
        const staged = (0,model_job/* stagedLinuxCommand */.Md)(job);
        if (!staged)
            continue;
        const set = placements.get(staged.prepare_node_prefix) ?? new Set();
        set.add(job.execution.placement);
        placements.set(staged.prepare_node_prefix, set);
    }
    return placements;
}
function buildRunPlan(input) {
    const prepares = [];
    const byId = new Map();
    const executes = [];
    const jobs = [];
    const placementsOf = prefixPlacements(input.jobs);
    for (const job of input.jobs) {
        const dependsOn = [];
        const staged = (0,model_job/* stagedLinuxCommand */.Md)(job);
        if (staged) {
            const placement = job.execution.placement;
            const host = (0,workspace_layout/* hostLayout */.nR)(placement, input, input.workDir);
            const spansHosts = (placementsOf.get(staged.prepare_node_prefix)?.size ?? 1) > 1;
            let previous = null;
            for (const spec of staged.payload_specs) {
                const suffix = ROLE_SUFFIX[spec.role];
                const id = `prepare-${staged.prepare_node_prefix}-${suffix}${spansHosts ? `-${placement.replaceAll('_', '-')}` : ''}`;
                let node = byId.get(id);
                if (!node) {
                    node = {
                        kind: 'prepare',
                        id,
                        description: `${ROLE_DESCRIPTION[spec.role]} for ${staged.prepare_description}`,
                        executor: 'host_local',
                        placement,
                        runtime: 'host_process',
                        depends_on: previous === null ? [] : [previous],
                        prepare: {
                            type: 'nix_build',
                            installable: `path:${host.snapshotDir}#${spec.output_name}`,
                            output_name: spec.output_name,
                            residency: placement === 'local' ? 'local_authoritative' : 'remote_authoritative_staged_linux',
                            handoff: { protocol: 'nix_store_path_v1', exposures: [] },
                        },
                    };
                    byId.set(id, node);
                    prepares.push(node);
                }
                const mountPath = external_node_path_.posix.join(host.jobDir(job.id), 'staged-linux-rust', suffix);
                if (node.prepare.type === 'nix_build' && node.prepare.handoff) {
                    const exposures = node.prepare.handoff.exposures;
                    if (!exposures.some((e) => e.path === mountPath)) {
                        exposures.push({ kind: 'host_symlink_mount', path: mountPath, access: 'read_only' });
                    }
                }
                dependsOn.push(id);
                previous = id;
            }
        }
        if (job.execution.runtime === 'incus') {
            const id = prepareRunnerNodeId(job.id);
            const node = {
                kind: 'prepare',
                id,
                description: `Prepare ${job.execution.placement === 'remote_ssh' ? 'remote' : 'local'} Linux VM backend for \`${job.id}\``,
                executor: 'host_local',
                placement: 'local',
                runtime: 'host_process',
                depends_on: [],
                prepare: { type: 'remote_linux_vm_backend', backend: 'incus' },
            };
            byId.set(id, node);
            prepares.push(node);
            dependsOn.push(id);
        }
        const id = executeNodeId(job.id);
        const common = {
            kind: 'execute',
            id,
            description: job.description,
            executor: planExecutorKind(job.execution.runtime),
            placement: job.execution.placement,
            runtime: job.execution.runtime,
            depends_on: [...dependsOn],
        };
        if (job.execution.runtime === 'host_process') {
            executes.push({
                ...common,
                execute: {
                    type: 'host_command',
                    command: hostCommandText(job.guest_command),
                    timeout_secs: job.timeout_secs,
                    writable_workspace: job.writable_workspace,
                },
            });
        }
        else {
            const compiled = (0,command/* compileJobCommand */.O)(job);
            executes.push({
                ...common,
                execute: {
                    type: 'vm_command',
                    command: compiled.command,
                    run_as_root: compiled.runAsRoot,
                    timeout_secs: job.timeout_secs,
                    writable_workspace: job.writable_workspace,
                },
            });
        }
        jobs.push({ job, executeNodeId: id, dependsOn });
    }
    return {
        record: {
            schema_version: 1,
            run_id: input.runId,
            target_id: input.targetId,
            target_description: input.targetDescription,
            created_at: input.createdAt,
            scope: 'post_host_setup_and_snapshot',
            preconditions: [...schemas/* PLAN_PRECONDITIONS */.IU],
            nodes: [...prepares, ...executes],
        },
        jobs,
    };
}

// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(73073);
;// CONCATENATED MODULE: ./src/run/session.ts
/**
 * A run's records (docs/upstream.md, records 3): run.json `running` and `run_started` before any
 * heavy work, job records as they change, the final status. Every record write is atomic, and a
 * full disk releases the run's space reserve once before it gives up.
 */








const CANCELLED_MESSAGE = 'cancelled';
const SKIPPED_AFTER_FAILURE = 'not run because an earlier execute node failed';
const SKIPPED_AFTER_CANCEL = 'not run because the run was cancelled';
/**
 * Space kept free in the run directory for the final records: when a job's log fills the disk,
 * this file is deleted so result.json, status.json and run.json can still say what happened.
 */
const SPACE_RESERVE_BYTES = 256 * 1024;
const SPACE_RESERVE_FILE = '.pikaci-space-reserve';
async function gitHead(cwd) {
    const head = await (0,run/* runGit */.EO)(cwd, ['rev-parse', 'HEAD']).then((result) => result.stdout.toString('utf8').trim(), () => '');
    return head === '' ? null : head;
}
function initialRecord(runId, createdAt, options) {
    return (0,schema/* parse */.q)(schemas/* RunRecordSchema */.g$, {
        run_id: runId,
        status: 'running',
        rerun_of: options.rerunOf?.run_id ?? null,
        target_id: options.targetId,
        target_description: options.targetDescription,
        source_root: options.rerunOf?.source_root ?? options.sourceRoot,
        snapshot_dir: '',
        git_head: options.rerunOf?.git_head ?? null,
        git_dirty: options.rerunOf?.git_dirty ?? null,
        created_at: createdAt,
        changed_files: [...(options.changedFiles ?? [])],
        filters: [...(options.filters ?? [])],
        message: options.message ?? null,
        jobs: [],
        runner_pid: process.pid,
        runner_host: (0,external_node_os_.hostname)(),
    });
}
function isNoSpace(error) {
    return error?.code === 'ENOSPC';
}
class RunSession {
    stateRoot;
    paths;
    record;
    reporter;
    reserveReleased;
    constructor(stateRoot, record, reporter) {
        this.stateRoot = stateRoot;
        this.record = record;
        this.paths = (0,layout/* runPaths */.Ot)(stateRoot, record.run_id);
        this.reporter = reporter;
    }
    get reservePath() {
        return (0,external_node_path_.join)(this.paths.runDir, SPACE_RESERVE_FILE);
    }
    /** Set the reserve aside; best effort (a disk already full leaves none, and writes say so). */
    async reserveSpace() {
        await (0,promises_.writeFile)(this.reservePath, Buffer.alloc(SPACE_RESERVE_BYTES)).catch(() => (0,promises_.rm)(this.reservePath, { force: true }));
    }
    /** Give the reserve back to the disk (idempotent); records written after this have room. */
    releaseSpace() {
        this.reserveReleased ??= (0,promises_.rm)(this.reservePath, { force: true }).catch(() => undefined);
        return this.reserveReleased;
    }
    /**
     * Write a record; on a full disk, release the reserve and try once more. Either way the write is
     * atomic: the previous version stays whole when the new one cannot be written.
     */
    async persist(write, what) {
        try {
            await write();
        }
        catch (error) {
            if (!isNoSpace(error))
                throw error;
            await this.releaseSpace();
            try {
                await write();
            }
            catch (again) {
                if (!isNoSpace(again))
                    throw again;
                throw new errors/* PikaciError */.uy(`no space left on device writing ${what}`, {
                    hint: 'free space on the state root (pikaci gc) and run again',
                    cause: again,
                });
            }
        }
    }
    async save() {
        await this.persist(() => (0,atomic/* writeRecord */.r)(this.paths.runJson, schemas/* RunRecordSchema */.g$, this.record), this.paths.runJson);
    }
    async emit(event) {
        await this.reporter.event((0,schema/* parse */.q)(schemas/* RunLifecycleEventSchema */.x8, event));
    }
    async saveJob(job) {
        const statusJson = (0,layout/* jobPaths */.wt)(this.paths.runDir, job.id).statusJson;
        await this.persist(() => (0,atomic/* writeRecord */.r)(statusJson, schemas/* JobRecordSchema */.Sl, job), statusJson);
        const index = this.record.jobs.findIndex((j) => j.id === job.id);
        if (index === -1)
            this.record.jobs.push(job);
        else
            this.record.jobs[index] = job;
        if (job.status === 'failed' && this.record.status === 'running')
            this.record.status = 'failed';
        await this.save();
    }
    async finish(status, message) {
        this.record.status = status;
        this.record.finished_at = (0,time/* rfc3339 */.ag)();
        if (message !== undefined)
            this.record.message = message;
        this.record.runner_pid = null;
        this.record.runner_host = null;
        await this.save();
        await this.emit({ event: 'run_finished', run: this.record });
        return this.record;
    }
}
function jobRecord(runDir, job, fields) {
    const paths = (0,layout/* jobPaths */.wt)(runDir, job.id);
    return (0,schema/* parse */.q)(schemas/* JobRecordSchema */.Sl, {
        id: job.id,
        description: job.description,
        executor: (0,model_job/* executorLabel */.gC)(job.execution),
        placement: job.execution.placement,
        runtime: job.execution.runtime,
        plan_node_id: `execute-${job.id}`,
        timeout_secs: job.timeout_secs,
        host_log_path: paths.hostLog,
        guest_log_path: paths.guestLog,
        ...fields,
    });
}
/** Record a run that was decided not to execute (e.g. no change matched its filters). */
async function recordSkippedRun(options) {
    await (0,state_root/* ensureWritableStateRoot */.Sw)(options.stateRoot);
    const createdAt = (0,time/* rfc3339 */.ag)();
    const runId = (0,run_id/* newRunId */.F$)(new Date(createdAt));
    const record = initialRecord(runId, createdAt, { ...options, jobs: [] });
    record.status = 'skipped';
    record.finished_at = createdAt;
    record.git_head = await gitHead(options.sourceRoot);
    record.runner_pid = null;
    record.runner_host = null;
    const session = new RunSession(options.stateRoot, record, options.reporter ?? reporter/* silentReporter */.P);
    await (0,promises_.mkdir)(session.paths.runDir, { recursive: true });
    await session.save();
    await session.emit(startedEvent(record));
    await session.emit({ event: 'run_finished', run: record });
    return record;
}
function startedEvent(record) {
    return {
        event: 'run_started',
        run_id: record.run_id,
        created_at: record.created_at,
        rerun_of: record.rerun_of,
        target_id: record.target_id,
        target_description: record.target_description,
    };
}

;// CONCATENATED MODULE: ./src/run/prepare-phase.ts
/**
 * The prepare phase (docs/upstream.md, records 3.6): prepare nodes one at a time before any job
 * executes — staged payloads built with Nix, a VM backend's runner preparation. A failed node fails
 * the jobs that consume it and skips the rest.
 */







function prepareDurationMs(dependsOn, timings) {
    const total = timings
        .filter((t) => dependsOn.includes(t.node_id))
        .reduce((sum, t) => sum + t.duration_ms, 0);
    return total === 0 ? null : total;
}
/** Sequential prepares (docs/upstream.md, records 3.6); returns true when one failed and the jobs have been marked. */
async function runPreparePhase(state) {
    const { session, plan } = state;
    const prepares = plan.record.nodes.filter((n) => n.kind === 'prepare');
    // Nothing to time, nothing changed in run.json since the plan was recorded.
    if (prepares.length === 0)
        return false;
    const completed = new Set();
    const timings = session.record.prepare_timings;
    for (const node of prepares) {
        const startedAt = new Date();
        let failure = null;
        if (state.signal.aborted)
            failure = CANCELLED_MESSAGE;
        else if (!node.depends_on.every((dep) => completed.has(dep))) {
            failure = 'no ready prepare nodes; unresolved dependencies in run plan';
        }
        else {
            try {
                await runPrepareNode(state, node);
            }
            catch (error) {
                failure = (0,errors/* errorMessage */.gJ)(error);
            }
        }
        const finishedAt = new Date();
        timings.push({
            node_id: node.id,
            started_at: (0,time/* rfc3339 */.ag)(startedAt),
            finished_at: (0,time/* rfc3339 */.ag)(finishedAt),
            duration_ms: finishedAt.getTime() - startedAt.getTime(),
        });
        if (failure !== null) {
            await markPrepareFailure(state, node.id, failure);
            return true;
        }
        completed.add(node.id);
    }
    await session.save();
    return false;
}
function consumersOf(plan, nodeId) {
    return plan.jobs.filter((j) => j.dependsOn.includes(nodeId));
}
async function runPrepareNode(state, node) {
    const consumers = consumersOf(state.plan, node.id);
    // Prepare output is streamed into these logs: a write error stops the logs, not the runner, and
    // fails the node below.
    const logSet = (0,log_writer/* openLogSet */.$w)(() => void state.session.releaseSpace());
    const logs = consumers.map((c) => logSet.open((0,layout/* jobPaths */.wt)(state.session.paths.runDir, c.job.id).hostLog));
    try {
        await runPrepareWithLogs(state, node, logs);
    }
    finally {
        for (const log of logs)
            log.close();
    }
    if (logSet.failure)
        throw logSet.failure;
}
async function runPrepareWithLogs(state, node, logs) {
    for (const log of logs)
        log.line(`[pikaci] prepare \`${node.id}\`: ${node.description}`);
    const prepare = node.prepare;
    switch (prepare.type) {
        case 'nix_build': {
            const handler = state.options.prepare?.nixBuild;
            if (!handler) {
                throw new errors/* PikaciError */.uy(`not implemented yet: building the staged payload \`${prepare.output_name}\` with Nix (prepare node \`${node.id}\`) is not available in this version`);
            }
            // Built where its consumers run (the plan placed the node there), through the run's own
            // transport to that host: one code path for this machine and SSH hosts.
            const placement = node.placement ?? 'local';
            const context = {
                runId: state.session.record.run_id,
                runDir: state.session.paths.runDir,
                transport: await state.transport(placement),
                workDir: state.options.environment.workDir,
                workspace: runWorkspace(state),
                logs,
                signal: state.signal,
            };
            try {
                const output = await handler(node, context);
                await upsertPreparedOutput(state.session.paths.preparedOutputsJson, output);
            }
            catch (error) {
                if (error instanceof runtime_prepare/* PrepareFailure */.I) {
                    await upsertPreparedOutput(state.session.paths.preparedOutputsJson, error.record);
                }
                throw error;
            }
            return;
        }
        case 'remote_linux_vm_backend': {
            const owner = state.plan.jobs.find((j) => prepareRunnerNodeId(j.job.id) === node.id);
            if (!owner)
                throw new errors/* PikaciError */.uy(`prepare node \`${node.id}\` has no job`);
            const resolution = await state.resolve(owner.job.execution);
            if (resolution.kind === 'unavailable')
                throw new errors/* PikaciError */.uy(resolution.message);
            if (!resolution.backend.prepare)
                return;
            const ctx = await jobContext(state, owner, logs[0] ?? (0,log_writer/* openLogWriter */.qf)((0,layout/* jobPaths */.wt)(state.session.paths.runDir, owner.job.id).hostLog));
            await resolution.backend.prepare(ctx);
            return;
        }
    }
}
async function upsertPreparedOutput(path, output) {
    const record = await (0,read/* readRecord */.a)(path, schemas/* PreparedOutputsRecordSchema */.YX, 'prepared outputs');
    const index = record.outputs.findIndex((o) => o.node_id === output.node_id);
    if (index === -1)
        record.outputs.push(output);
    else
        record.outputs[index] = output;
    await (0,atomic/* writeRecord */.r)(path, schemas/* PreparedOutputsRecordSchema */.YX, record);
}
async function markPrepareFailure(state, nodeId, failure) {
    const { session, plan } = state;
    for (const jobPlan of plan.jobs) {
        const direct = jobPlan.dependsOn.includes(nodeId);
        const message = direct
            ? `prepare node \`${nodeId}\` failed before execute: ${failure}`
            : `not run because prepare phase stopped after \`${nodeId}\` failed: ${failure}`;
        const log = (0,log_writer/* openLogWriter */.qf)((0,layout/* jobPaths */.wt)(session.paths.runDir, jobPlan.job.id).hostLog);
        log.line(`[pikaci] ${message}`);
        log.close();
        const now = (0,time/* rfc3339 */.ag)();
        await session.saveJob(jobRecord(session.paths.runDir, jobPlan.job, {
            status: direct ? 'failed' : 'skipped',
            started_at: now,
            finished_at: now,
            message,
            pre_execution_prepare_duration_ms: prepareDurationMs(jobPlan.dependsOn, session.record.prepare_timings),
        }));
    }
}

;// CONCATENATED MODULE: ./src/run/execute-phase.ts
/**
 * The execute phase (docs/upstream.md, records 3.9): each job on the backend its placement × runtime
 * resolves to, with its logs, at most `cap` at once, fail-fast.
 */





async function skipJobs(state, jobs, message) {
    for (const jobPlan of jobs) {
        const now = (0,time/* rfc3339 */.ag)();
        await state.session.saveJob(jobRecord(state.session.paths.runDir, jobPlan.job, {
            status: 'skipped',
            started_at: now,
            finished_at: now,
            message,
        }));
    }
}
/** The run's workspace as this machine has it: what the workspace seam places on a host. */
function runWorkspace(state) {
    return {
        runId: state.session.record.run_id,
        snapshotDir: state.snapshotDir,
        contentHash: state.contentHash,
        cargoHomeDir: (0,layout/* cargoHomeDir */.Lw)(state.options.stateRoot),
        cargoTargetDir: state.session.paths.cargoTargetDir,
    };
}
async function jobContext(state, jobPlan, hostLog, signal = state.signal) {
    const { session, options } = state;
    const job = jobPlan.job;
    return {
        job,
        runId: session.record.run_id,
        paths: (0,layout/* jobPaths */.wt)(session.paths.runDir, job.id),
        hostLog,
        transport: await state.transport(job.execution.placement),
        workspace: runWorkspace(state),
        environment: jobEnvironment(job, options.env ?? process.env),
        signal,
        output: (stream, chunk) => state.reporter.jobOutput?.({ jobId: job.id, stream, chunk, parallel: state.parallel }),
    };
}
async function executeJob(state, jobPlan) {
    const { session } = state;
    const job = jobPlan.job;
    const prepareMs = prepareDurationMs(jobPlan.dependsOn, session.record.prepare_timings);
    const running = jobRecord(session.paths.runDir, job, {
        status: 'running',
        started_at: (0,time/* rfc3339 */.ag)(),
        pre_execution_prepare_duration_ms: prepareMs,
    });
    await session.saveJob(running);
    await session.emit({ event: 'job_started', run_id: session.record.run_id, job: running });
    let outcome;
    let logFailed = false;
    const resolution = await state.resolve(job.execution);
    if (resolution.kind === 'unavailable') {
        outcome = { status: 'failed', exit_code: null, message: resolution.message };
        const log = (0,log_writer/* openLogWriter */.qf)((0,layout/* jobPaths */.wt)(session.paths.runDir, job.id).hostLog);
        log.line(`[pikaci] ${resolution.message}`);
        log.close();
    }
    else {
        const paths = (0,layout/* jobPaths */.wt)(session.paths.runDir, job.id);
        const writers = [];
        // A log that cannot be written (a full disk) stops the job through its own signal, so the
        // backend's cleanup runs; the reserve is released so the records can still be written.
        const stopOnLogFailure = new AbortController();
        const logs = (0,log_writer/* openLogSet */.$w)((failure) => {
            void session.releaseSpace();
            stopOnLogFailure.abort(failure);
        });
        try {
            const hostLog = logs.open(paths.hostLog);
            writers.push(hostLog);
            const signal = AbortSignal.any([state.signal, stopOnLogFailure.signal]);
            // The orchestrator guarantees the backend's cleanup on every path (docs/design.md decision 7).
            const ctx = await jobContext(state, jobPlan, hostLog, signal);
            outcome = await runWithCleanup(resolution.backend, ctx);
        }
        catch (error) {
            outcome = { status: 'failed', exit_code: null, message: (0,errors/* errorMessage */.gJ)(error) };
            writers[0]?.line(`[pikaci] ${outcome.message}`);
        }
        finally {
            for (const writer of writers)
                writer.close();
            state.reporter.jobOutputEnd?.(job.id);
        }
        if (logs.failure) {
            logFailed = true;
            outcome = { ...outcome, status: 'failed', exit_code: null, message: logs.failure.message };
            // The backend saw a cancellation; result.json says why the job was stopped. Should even that
            // not fit, the job record below still says it (or its own write fails the run).
            const ending = { ok: false, message: outcome.message, exitCode: null };
            await session
                .persist(() => (0,result/* writeTerminalResult */.Fy)(paths.resultJson, ending), paths.resultJson)
                .catch(() => undefined);
        }
    }
    if (state.signal.aborted && outcome.status === 'failed' && !logFailed)
        outcome = { ...outcome, message: CANCELLED_MESSAGE };
    const finished = jobRecord(session.paths.runDir, job, {
        status: outcome.status,
        started_at: running.started_at,
        finished_at: (0,time/* rfc3339 */.ag)(),
        exit_code: outcome.exit_code,
        message: outcome.message,
        pre_execution_prepare_duration_ms: prepareMs,
        remote_linux_vm_execution: outcome.remote_linux_vm_execution ?? null,
    });
    await session.saveJob(finished);
    await session.emit({ event: 'job_finished', run_id: session.record.run_id, job: finished });
    return finished;
}
/** Fail-fast execution (docs/upstream.md, records 3.9): after the first failure no job starts; the rest are skipped. */
async function runExecutePhase(state, cap) {
    const pending = [...state.plan.jobs];
    const active = new Set();
    let stop = false;
    while (pending.length > 0 || active.size > 0) {
        while (!stop && !state.signal.aborted && active.size < cap && pending.length > 0) {
            const jobPlan = pending.shift();
            const task = executeJob(state, jobPlan).then((finished) => {
                active.delete(task);
                if (finished.status === 'failed')
                    stop = true;
            });
            active.add(task);
        }
        if (active.size === 0)
            break;
        await Promise.race(active);
    }
    const cancelled = state.signal.aborted;
    await skipJobs(state, pending, cancelled ? SKIPPED_AFTER_CANCEL : SKIPPED_AFTER_FAILURE);
    if (cancelled)
        return state.session.finish('failed', CANCELLED_MESSAGE);
    const failed = state.session.record.jobs.some((j) => j.status === 'failed');
    return state.session.finish(failed ? 'failed' : 'passed');
}

;// CONCATENATED MODULE: ./src/run/orchestrate.ts
/**
 * One run (docs/upstream.md, records 3): records first (`./session.ts`), then the snapshot,
 * plan.json, the prepare phase (`./prepare-phase.ts`) and the execute phase with fail-fast
 * (`./execute-phase.ts`). Cleanup (log files, transports, the space reserve) runs on every path.
 */










/** Run `jobs` as one recorded run and return the final run record (never throws once started). */
async function runJobs(options) {
    const configured = options.maxConcurrentExecutes ?? maxConcurrentExecutes(options.env ?? process.env);
    if (!Number.isSafeInteger(configured) || configured < 1) {
        throw new errors/* InputError */.dz(`maxConcurrentExecutes must be a positive integer, got ${configured}`);
    }
    const cap = executeConcurrency(options.jobs, configured);
    if (options.jobs.length === 0)
        throw new errors/* InputError */.dz('a run needs at least one job');
    registerDeclaredSecrets(options.jobs, options.env ?? process.env);
    await (0,state_root/* ensureWritableStateRoot */.Sw)(options.stateRoot);
    const createdAt = (0,time/* rfc3339 */.ag)();
    const runId = (0,run_id/* newRunId */.F$)(new Date(createdAt));
    const session = new RunSession(options.stateRoot, initialRecord(runId, createdAt, options), options.reporter ?? reporter/* silentReporter */.P);
    await (0,promises_.mkdir)(session.paths.jobsDir, { recursive: true });
    await (0,promises_.mkdir)((0,layout/* cargoHomeDir */.Lw)(options.stateRoot), { recursive: true });
    await (0,promises_.mkdir)(session.paths.cargoTargetDir, { recursive: true });
    await session.save();
    await session.reserveSpace();
    await session.emit(startedEvent(session.record));
    const signal = options.signal ?? new AbortController().signal;
    const transports = new Map();
    try {
        return await runAfterStart(session, options, signal, cap, transports);
    }
    catch (error) {
        const message = signal.aborted ? CANCELLED_MESSAGE : (0,errors/* errorMessage */.gJ)(error);
        return await session.finish('failed', message);
    }
    finally {
        await Promise.allSettled([...transports.values()].map(async (transport) => (await transport).close()));
        await session.releaseSpace();
    }
}
async function takeSnapshot(session, options) {
    const record = session.record;
    const previous = options.rerunOf;
    if (previous) {
        if (previous.snapshot_dir === '') {
            throw new errors/* PikaciError */.uy(`run \`${previous.run_id}\` has no snapshot to rerun`);
        }
        if (!(await (0,promises_.stat)(previous.snapshot_dir).catch(() => null))?.isDirectory()) {
            throw new errors/* PikaciError */.uy(`snapshot for run \`${previous.run_id}\` no longer exists at ${previous.snapshot_dir}`);
        }
        const metadata = await (0,snapshot_metadata/* readSnapshotMetadata */.U$)(previous.snapshot_dir).catch(() => null);
        record.snapshot_dir = previous.snapshot_dir;
        return { snapshotDir: previous.snapshot_dir, contentHash: metadata?.content_hash ?? null };
    }
    const metadata = await (0,create/* createSnapshot */.$)({
        sourceRoot: options.sourceRoot,
        destDir: session.paths.snapshotDir,
        profile: (0,profile/* snapshotProfileForJobs */.lw)(options.jobs),
        includeLocalChanges: options.includeLocalChanges ?? true,
    });
    record.source_root = metadata.source_root;
    record.snapshot_dir = metadata.snapshot_dir;
    record.git_head = metadata.git_head;
    record.git_dirty = metadata.git_dirty;
    return { snapshotDir: metadata.snapshot_dir, contentHash: metadata.content_hash };
}
async function runAfterStart(session, options, signal, cap, transports) {
    const { snapshotDir, contentHash } = await takeSnapshot(session, options);
    if (signal.aborted)
        return session.finish('failed', CANCELLED_MESSAGE);
    const record = session.record;
    const plan = buildRunPlan({
        runId: record.run_id,
        runDir: session.paths.runDir,
        createdAt: record.created_at,
        targetId: record.target_id,
        targetDescription: record.target_description,
        snapshotDir,
        contentHash,
        workDir: options.environment.workDir,
        jobs: options.jobs,
    });
    await (0,atomic/* writeRecord */.r)(session.paths.planJson, schemas/* RunPlanRecordSchema */.tv, plan.record);
    await (0,atomic/* writeRecord */.r)(session.paths.preparedOutputsJson, schemas/* PreparedOutputsRecordSchema */.YX, {
        schema_version: 1,
        outputs: [],
    });
    for (const jobPlan of plan.jobs) {
        const paths = (0,layout/* jobPaths */.wt)(session.paths.runDir, jobPlan.job.id);
        (0,log_writer/* openLogWriter */.qf)(paths.hostLog).close();
        (0,log_writer/* openLogWriter */.qf)(paths.guestLog).close();
    }
    record.plan_path = session.paths.planJson;
    record.prepared_outputs_path = session.paths.preparedOutputsJson;
    await session.save();
    const { environment } = options;
    const state = {
        session,
        options,
        plan,
        signal,
        snapshotDir,
        contentHash,
        resolve: (execution) => environment.resolveBackend(execution),
        transport: (placement) => {
            let transport = transports.get(placement);
            if (!transport) {
                transport = Promise.resolve().then(() => environment.transportFor(placement));
                transports.set(placement, transport);
            }
            return transport;
        },
        reporter: options.reporter ?? reporter/* silentReporter */.P,
        parallel: cap > 1 && options.jobs.length > 1,
    };
    const prepareFailed = await runPreparePhase(state);
    // A prepare node stopped by a cancel failed because of it: the run says so, as a cancel while executing does.
    if (prepareFailed)
        return session.finish('failed', signal.aborted ? CANCELLED_MESSAGE : undefined);
    if (signal.aborted) {
        await skipJobs(state, plan.jobs, SKIPPED_AFTER_CANCEL);
        return session.finish('failed', CANCELLED_MESSAGE);
    }
    return runExecutePhase(state, cap);
}

// EXTERNAL MODULE: ./src/run/reporters.ts + 1 modules
var reporters = __webpack_require__(23918);
// EXTERNAL MODULE: ./src/run/cancel.ts
var cancel = __webpack_require__(72735);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/locks/group-lock.ts
var group_lock = __webpack_require__(37431);
;// CONCATENATED MODULE: ./src/run/lane.ts
/** A lane with a plain `command` runs as one host-process job (argv, no shell) named after the lane. */



/** Lanes carry no timeout of their own; one hour, like the longest catalog jobs. */
const LANE_COMMAND_TIMEOUT_SECS = 3600;
function laneCommandJob(lane) {
    if (lane.command === null || lane.command.length === 0) {
        throw new errors/* InputError */.dz(`lane \`${lane.id}\` has no command and no target to run`, {
            where: `line ${lane.line}`,
        });
    }
    return (0,schema/* parse */.q)(model_job/* JobSpecSchema */.QH, {
        id: lane.id,
        description: lane.title,
        timeout_secs: LANE_COMMAND_TIMEOUT_SECS,
        writable_workspace: false,
        execution: { placement: 'local', runtime: 'host_process' },
        runtime_config: { kind: 'host_process' },
        guest_command: { kind: 'argv', argv: [...lane.command] },
    });
}

;// CONCATENATED MODULE: ./src/run/select.ts


function resolveRunnable(id, sources) {
    const target = sources.targets.get(id);
    if (target)
        return fromTarget(target, 'target', target.filters);
    const lane = sources.lanes.find((candidate) => candidate.id === id);
    if (lane)
        return resolveLane(lane, sources);
    const ids = [...sources.targets.keys(), ...sources.lanes.map((l) => l.id)];
    const near = (0,errors/* closest */.kp)(id, ids, 5);
    const searched = sources.manifestPath
        ? `the catalog ${sources.catalogPath} or the manifest ${sources.manifestPath}`
        : `the catalog ${sources.catalogPath} (no lane manifest found)`;
    throw new errors/* InputError */.dz(`unknown target or lane \`${id}\`: not in ${searched}`, {
        hint: near.length > 0
            ? `closest ids: ${near.map((n) => `\`${n}\``).join(', ')}`
            : `known ids: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`,
    });
}
/** A manifest lane: its catalog target (with the lane's paths as filters), or its plain command. */
function resolveLane(lane, sources) {
    if (lane.target !== null) {
        const laneTarget = sources.targets.get(lane.target);
        if (!laneTarget) {
            throw new errors/* InputError */.dz(`lane \`${lane.id}\` names target \`${lane.target}\`, which is not in the catalog`, {
                where: sources.manifestPath ? `${sources.manifestPath}:${lane.line}` : undefined,
                hint: `add the target to ${sources.catalogPath} or fix the lane`,
            });
        }
        return fromTarget(laneTarget, 'lane-target', lane.paths);
    }
    return {
        targetId: lane.id,
        description: lane.title,
        jobs: [laneCommandJob(lane)],
        filters: lane.paths,
        source: 'lane-command',
    };
}
function fromTarget(target, source, filters) {
    return { targetId: target.id, description: target.description, jobs: target.jobs, filters, source };
}
/** Keep only the jobs named by `--job` (in the target's order); every name must exist. */
function selectJobs(runnable, ids) {
    if (ids.length === 0)
        return [...runnable.jobs];
    const known = runnable.jobs.map((job) => job.id);
    for (const id of ids) {
        if (!known.includes(id)) {
            const near = (0,errors/* closest */.kp)(id, known);
            throw new errors/* InputError */.dz(`unknown job \`${id}\` in \`${runnable.targetId}\``, {
                hint: `${near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(', ')}? ` : ''}its jobs are: ${known.join(', ')}`,
            });
        }
    }
    return runnable.jobs.filter((job) => ids.includes(job.id));
}
/**
 * docs/design.md decision 3, applied to one target: no filters ⇒ run; empty diff ⇒ run; the manifest itself
 * changed ⇒ run; else run iff a changed file is selected by the ordered patterns.
 */
function gateOnChanges(input) {
    const { filters, changedFiles, since } = input;
    if (filters.length === 0)
        return { run: true, reason: 'no path filters: always runs' };
    if (changedFiles.length === 0)
        return { run: true, reason: `no files changed since ${since}: runs everything` };
    if (input.manifestPath !== null && changedFiles.includes(input.manifestPath)) {
        return { run: true, reason: `the lane manifest ${input.manifestPath} changed` };
    }
    const set = input.compile(filters);
    for (const file of changedFiles) {
        const match = set.match(file);
        if (match.matched)
            return { run: true, reason: `${file} matched \`${match.pattern ?? ''}\`` };
    }
    return {
        run: false,
        reason: `skipped; no files changed since ${since} matched ${filters.length} filter(s)`,
    };
}

;// CONCATENATED MODULE: ./src/run/lane-run.ts
/**
 * What running one lane means, for the action's `command: run` and `pikaci run <id>` alike: which
 * jobs run, under which concurrency group, and how many execute at once. Both callers take all
 * three from `resolveLaneRun`, so a matrix leg and a maintainer's local run of the same lane cannot
 * drift apart (README "Running lanes locally": `pikaci run <lane>` runs it exactly as the action).
 * Pure: the caller loads the catalog and manifest and passes the environment.
 */




/**
 * Resolve `id`: a lane of the manifest first (the action's `lane` input is always a lane id, so a
 * lane wins over a catalog target of the same id), else a catalog target.
 */
function resolveLaneRun(request) {
    const { sources } = request;
    const lane = sources.lanes.find((candidate) => candidate.id === request.id) ?? null;
    const runnable = lane === null ? resolveRunnable(request.id, sources) : resolveLane(lane, sources);
    const jobs = selectJobs(runnable, request.jobIds ?? []);
    const explicit = request.concurrencyGroup ?? null;
    const laneGroup = lane?.concurrency_group ?? null;
    const concurrency = executeConcurrency(jobs, maxConcurrentExecutes(request.env));
    return {
        lane,
        title: lane?.title ?? runnable.description,
        runnable,
        jobs,
        concurrencyGroup: explicit ?? (laneGroup === null ? null : lockGroupName(laneGroup)),
        maxConcurrentExecutes: concurrency,
        parallel: concurrency > 1 && jobs.length > 1,
    };
}
/**
 * A manifest group as a lock name. The lock is a file on the host (`W/locks/<name>.lock`), so its
 * name is limited to letters, digits, `.`, `_` and `-`; a group outside that set — upstream's
 * synthesized `staged-linux:<target>` — keeps its readable part and gains 8 hex of its SHA-256,
 * so two different groups never share a lock.
 */
function lockGroupName(group) {
    try {
        return (0,group_lock/* validateGroupName */.R4)(group);
    }
    catch {
        const readable = group
            .replace(/[^A-Za-z0-9._-]+/g, '-')
            .replace(/^[^A-Za-z0-9]+/, '')
            .slice(0, 119) || 'group';
        const digest = (0,external_node_crypto_.createHash)('sha256').update(group).digest('hex').slice(0, 8);
        return (0,group_lock/* validateGroupName */.R4)(`${readable}-${digest}`);
    }
}

;// CONCATENATED MODULE: ./src/run/index.ts
/** Runs: plan.json building, orchestration (prepare, execute, fail-fast, cancellation), reporters. */












/***/ }),

/***/ 23918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A5: () => (/* binding */ createReporter),
  qN: () => (/* binding */ renderRunSummary)
});

// UNUSED EXPORTS: LinePrefixer, OUTPUT_FORMATS, renderEvent

// EXTERNAL MODULE: ./src/vm/lines.ts
var lines = __webpack_require__(52294);
;// CONCATENATED MODULE: ./src/run/progress.ts
function emptyProgress() {
    return { startedMs: null, running: new Map(), passed: 0, failed: 0, skipped: 0 };
}
function applyProgressEvent(state, event, nowMs) {
    switch (event.event) {
        case 'run_started':
            state.startedMs = nowMs;
            return;
        case 'job_started':
            state.running.set(event.job.id, nowMs);
            return;
        case 'job_finished': {
            state.running.delete(event.job.id);
            const status = event.job.status;
            if (status === 'passed')
                state.passed++;
            else if (status === 'failed')
                state.failed++;
            else if (status === 'skipped')
                state.skipped++;
            return;
        }
        case 'run_finished':
            state.running.clear();
            return;
    }
}
/** One line, at most `columns` wide: `⏳ 0:42 · 2 passed, 1 failed · running: vm-tests 0:12, …`. */
function progressLine(state, nowMs, columns) {
    const counts = [
        `${state.passed} passed`,
        ...(state.failed > 0 ? [`${state.failed} failed`] : []),
        ...(state.skipped > 0 ? [`${state.skipped} skipped`] : []),
    ].join(', ');
    const running = [...state.running].map(([id, since]) => `${oneLine(id)} ${clock(nowMs - since)}`);
    const line = [
        `⏳ ${clock(state.startedMs === null ? 0 : nowMs - state.startedMs)}`,
        counts,
        running.length > 0 ? `running: ${running.join(', ')}` : 'between jobs',
    ].join(' · ');
    const width = Math.max(10, columns - 1);
    return [...line].length > width ? `${[...line].slice(0, width - 1).join('')}…` : line;
}
function clock(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
/** Job ids are repository data: no control characters on the terminal. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
const CLEAR = '\r\u001b[2K';
const TICK_MS = 1000;
/**
 * Wraps a `human` reporter's sinks and events with the status line on `terminal` (stderr). The line
 * is only drawn while every stream is at the start of a line, and is gone once the run finishes.
 */
function withProgress(inner, io, now = Date.now) {
    const state = emptyProgress();
    let shown = false;
    let atLineStart = true;
    let finished = false;
    let timer = null;
    const clear = () => {
        if (shown)
            io.stderr.write(CLEAR);
        shown = false;
    };
    const draw = () => {
        if (finished || !atLineStart)
            return;
        io.stderr.write(`${shown ? CLEAR : ''}${progressLine(state, now(), io.stderr.columns || 80)}`);
        shown = true;
    };
    const around = (sink) => ({
        write: (chunk) => {
            clear();
            const result = sink.write(chunk);
            const text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
            if (text.length > 0)
                atLineStart = text.endsWith('\n');
            draw();
            return result;
        },
    });
    const reporter = inner({ stdout: around(io.stdout), stderr: around(io.stderr) });
    return {
        ...reporter,
        event: async (event) => {
            applyProgressEvent(state, event, now());
            if (event.event === 'run_started' && timer === null) {
                timer = setInterval(draw, TICK_MS);
                timer.unref();
            }
            if (event.event === 'run_finished') {
                finished = true;
                if (timer !== null)
                    clearInterval(timer);
                clear();
            }
            await reporter.event(event);
        },
    };
}

;// CONCATENATED MODULE: ./src/run/reporters.ts


const OUTPUT_FORMATS = (/* unused pure expression or super */ null && (['human', 'json', 'jsonl']));
/**
 * Prefixes every line of interleaved job output with `[job-id] `: one line splitter per job and
 * stream, each keeping at most one partial line, so memory stays bounded however much a job prints.
 */
class LinePrefixer {
    sink;
    splitters = new Map();
    constructor(sink) {
        this.sink = sink;
    }
    write(jobId, stream, chunk) {
        const key = `${jobId}\0${stream}`;
        let entry = this.splitters.get(key);
        if (!entry) {
            entry = { jobId, lines: new lines/* LineSplitter */.g(`[${jobId}] `, (line) => void this.sink.write(line)) };
            this.splitters.set(key, entry);
        }
        entry.lines.push(chunk);
    }
    end(jobId) {
        for (const [key, entry] of this.splitters) {
            if (entry.jobId !== jobId)
                continue;
            entry.lines.end();
            this.splitters.delete(key);
        }
    }
}
function liveOutput(sink) {
    const prefixer = new LinePrefixer(sink);
    return {
        jobOutput: ({ jobId, stream, chunk, parallel }) => {
            if (parallel)
                prefixer.write(jobId, stream, chunk);
            else
                sink.write(chunk);
        },
        jobOutputEnd: (jobId) => prefixer.end(jobId),
    };
}
/** One readable line per lifecycle event (the forge's rendering, docs/upstream.md, records 3.12). */
function renderEvent(event) {
    switch (event.event) {
        case 'run_started':
            return `[pikaci] run started: ${event.run_id} · ${event.target_id ?? 'unknown-target'}${event.target_description ? ` · ${event.target_description}` : ''}`;
        case 'job_started':
            return `[pikaci] job started: ${event.job.id} · ${event.job.description}`;
        case 'job_finished':
            return `[pikaci] job finished: ${event.job.id} · status=${event.job.status}${event.job.message ? ` · ${event.job.message}` : ''}`;
        case 'run_finished':
            return `[pikaci] run finished: ${event.run.run_id} · status=${event.run.status}${event.run.message ? ` · ${event.run.message}` : ''}`;
    }
}
/**
 * `progress` (the CLI sets it when stderr is a terminal) adds a live status line to `human` output;
 * the machine-readable formats never carry one.
 */
function createReporter(format, io, options = {}) {
    switch (format) {
        case 'human':
            return options.progress ? withProgress(humanReporter, io) : humanReporter(io);
        case 'jsonl':
            return {
                event: (event) => void io.stdout.write(`${JSON.stringify(event)}\n`),
                ...liveOutput(io.stderr),
            };
        case 'json':
            return { event: () => undefined, ...liveOutput(io.stderr) };
    }
}
function humanReporter(io) {
    return { event: (event) => void io.stderr.write(`${renderEvent(event)}\n`), ...liveOutput(io.stdout) };
}
/** The final lines of a run: `<run_id> <job_id> <status>` per job (or the target for a job-less run). */
function renderRunSummary(run) {
    if (run.jobs.length === 0) {
        return {
            stdout: [`${run.run_id} ${run.target_id ?? '-'} ${run.status}`],
            stderr: run.message ? [run.message] : [],
        };
    }
    return {
        stdout: run.jobs.map((job) => `${run.run_id} ${job.id} ${job.status}`),
        stderr: run.jobs.filter((job) => job.message).map((job) => `${job.id}: ${job.message}`),
    };
}


/***/ }),

/***/ 69872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ openLogSet),
/* harmony export */   qf: () => (/* binding */ openLogWriter)
/* harmony export */ });
/* unused harmony export LogWriteError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50767);
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
class LogWriteError extends _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy {
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            let fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a');
            const append = (bytes) => {
                if (fd === null || failure !== null)
                    return;
                let offset = 0;
                try {
                    while (offset < bytes.length)
                        offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, offset);
                }
                catch (error) {
                    fail(path, error);
                }
            };
            // Every log the project writes passes the redactor (README "Security").
            const redactor = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .streamRedactor */ .fx)(append);
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
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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


/***/ }),

/***/ 31331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PrepareFailure)
/* harmony export */ });
/**
 * A prepare node that fails after its output was realized (a hostile manifest, an exposure that
 * cannot be made) carries the failure entry for prepared-outputs.json, as upstream records one.
 */
class PrepareFailure extends Error {
    record;
    constructor(message, record) {
        super(message);
        this.record = record;
    }
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

/***/ 11107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse),
/* harmony export */   x: () => (/* binding */ safeParse)
/* harmony export */ });
/**
 * zod's one entry in the project: source files import `z`, `parse` and `safeParse` from here, never from
 * 'zod' (eslint `no-restricted-imports`), and parse only through those two (eslint
 * `no-restricted-syntax`).
 *
 * Both turn zod's JIT off for the parse. On an object schema's first parse the JIT generates
 * and compiles a parser with `new Function`, which pays off over thousands of parses; a pikaci
 * process parses each schema a few times, so the generated code is all cost (about 7 ms of a one-job
 * `pikaci run`, issue 13, `npm run bench run-overhead`). The JIT is only a fast path for the same
 * checks, so results are the same (`__tests__/schema/jitless.test.ts` compares both on the real
 * catalog and manifest and thousands of mutations). It is a per-call option, not `z.config`, so a
 * program that imports this library keeps its own zod settings.
 */


const ONE_SHOT = { jitless: true };
/** `schema.parse(value)` without the JIT: throws zod's error (for values this process made itself). */
function parse(schema, value) {
    return schema.parse(value, ONE_SHOT);
}
/** `schema.safeParse(value)` without the JIT. */
function safeParse(schema, value) {
    return schema.safeParse(value, ONE_SHOT);
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

/***/ 52294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LineSplitter)
/* harmony export */ });
/* unused harmony export MAX_PENDING_LINE */
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


/***/ }),

/***/ 52611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ remoteLayout),
/* harmony export */   Tv: () => (/* binding */ preparedOutputsDir),
/* harmony export */   gy: () => (/* binding */ DEFAULT_WORK_DIR),
/* harmony export */   nR: () => (/* binding */ hostLayout)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21498);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81651);
/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */



/** Work dir W on placement hosts when none is given (README "Host flags"). */
const DEFAULT_WORK_DIR = '/var/tmp/pikaci';
function remoteLayout(workDir, runId, contentHash) {
    const runDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'runs', runId);
    const jobDir = (jobId) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(runDir, 'jobs', jobId);
    return {
        workDir,
        runDir,
        snapshotDir: contentHash
            ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'snapshots', contentHash, 'snapshot')
            : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(runDir, 'snapshot'),
        jobDir,
        artifactsDir: (jobId) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(jobDir(jobId), 'artifacts'),
    };
}
/** The run's snapshot and a job's directory on the host of `placement` (the seam's rule, pure). */
function hostLayout(placement, run, workDir) {
    switch (placement) {
        case 'local':
            return { snapshotDir: run.snapshotDir, jobDir: (jobId) => (0,_records_index_js__WEBPACK_IMPORTED_MODULE_1__/* .jobPaths */ .wt)(run.runDir, jobId).jobDir };
        case 'remote_ssh':
            return remoteLayout(workDir, run.runId, run.contentHash);
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .x)(placement);
    }
}
/**
 * Where a host remembers the prepared outputs realized from one snapshot content hash (on this
 * machine too, under its own W): `W/snapshots/<hash>/prepared-outputs/`. What is remembered is only
 * which store path an output name gave; the path itself stays in Nix's store, and is used again only
 * while Nix still holds it.
 */
function preparedOutputsDir(workDir, contentHash) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'snapshots', contentHash, 'prepared-outputs');
}


/***/ })

};
