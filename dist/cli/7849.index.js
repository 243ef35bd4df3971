export const id = 7849;
export const ids = [7849];
export const modules = {

/***/ 69828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ GUEST_PATHS)
/* harmony export */ });
/* unused harmony export GUEST_USER */
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


/***/ }),

/***/ 86389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ buildGuestRequest)
/* harmony export */ });
/* unused harmony exports GUEST_REQUEST_SCHEMA_VERSION, MAX_GUEST_TIMEOUT_SECS, ENV_NAME_PATTERN, GuestRequestSchema, renderGuestRequest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11107);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80144);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95462);
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
const shellSafe = (what) => _schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().refine((value) => !value.includes('\0'), `${what} must not contain NUL characters`);
const GuestRequestSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: _schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(GUEST_REQUEST_SCHEMA_VERSION),
    command: shellSafe('command').pipe(_schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1, 'command must be a non-empty string')),
    timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(MAX_GUEST_TIMEOUT_SECS),
    run_as_root: _schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    env: _schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(_schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), shellSafe('env values'))
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
    cwd: shellSafe('cwd').pipe(_schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().startsWith('/', 'cwd must be an absolute guest path')).optional(),
});
/** The request for one job: its compiled command (docs/upstream.md, executor 0.2), root flag and timeout. */
function buildGuestRequest(job, options = {}) {
    const compiled = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_2__/* .compileJobCommand */ .O)(job);
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
    const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .x)(GuestRequestSchema, input);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(request)';
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`invalid guest request field \`${path}\`: ${issue?.message ?? 'invalid'}`, {
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
        ['PIKACI_REQUEST_SHA256', (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(json).digest('hex')],
        ['PIKACI_REQUEST_COMMAND', request.command],
        ['PIKACI_REQUEST_TIMEOUT_SECS', String(request.timeout_secs)],
        ['PIKACI_REQUEST_RUN_AS_ROOT', String(request.run_as_root)],
        ['PIKACI_REQUEST_CWD', request.cwd ?? ''],
        ['PIKACI_REQUEST_ENV_COUNT', String(entries.length)],
    ];
    entries.forEach(([name, value], index) => {
        lines.push([`PIKACI_REQUEST_ENV_NAME_${index}`, name], [`PIKACI_REQUEST_ENV_VALUE_${index}`, value]);
    });
    const body = lines.map(([key, value]) => `${key}=${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(value)}`).join('\n');
    return `# guest-request.env: written with guest-request.json by pikaci-action; sourced by pikaci-incus-run\n${body}\n`;
}


/***/ }),

/***/ 54477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ guestRunnerScript),
/* harmony export */   l: () => (/* binding */ guestRunnerScriptPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
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
    return typeof location === 'string' ? location : (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(location);
}
let cached;
function guestRunnerScript() {
    if (cached !== undefined)
        return cached;
    const path = guestRunnerScriptPath();
    try {
        cached = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`cannot read the guest runner script: ${error.message}`, {
            where: path,
            hint: 'the script ships as nix/incus/pikaci-incus-run (or next to the bundled dist/<entry>/index.js)',
            cause: error,
        });
    }
    return cached;
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

/***/ 64575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ collectLifecycleFiles),
/* harmony export */   t: () => (/* binding */ LIFECYCLE_FILES)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98697);
/* harmony import */ var _guest_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69828);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95267);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95462);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(50767);
/* harmony import */ var _guest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6285);
/**
 * Collection of a guest's lifecycle files (docs/upstream.md, executor 3; the guest runner writes them,
 * docs/design.md decision 10): one `tar` stream out of the guest, unpacked into the job's artifacts
 * as it arrives, then redacted like every file the host writes (README "Security").
 */







/** Each lifecycle file: its path under the guest's state directory, and its name in the job's artifacts. */
const LIFECYCLE_FILES = [
    _guest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GUEST_PATHS */ .e.guestLog,
    _guest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GUEST_PATHS */ .e.events,
    _guest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GUEST_PATHS */ .e.status,
    _guest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GUEST_PATHS */ .e.result,
].map((path) => [node_path__WEBPACK_IMPORTED_MODULE_1__.posix.relative(_guest_index_js__WEBPACK_IMPORTED_MODULE_3__/* .GUEST_PATHS */ .e.runtimeStateDir, path), node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(path)]);
const COLLECT_TIMEOUT_MS = 120_000;
/** Copies the lifecycle files the guest has written (missing ones are skipped) into `artifactsDir`. */
async function collectLifecycleFiles(guest, options) {
    const { artifactsDir } = options;
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(artifactsDir, '.collect');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(staging, { recursive: true });
    const names = LIFECYCLE_FILES.map(([from]) => (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(from)).join(' ');
    const script = `cd ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(options.stateDir)} && set -- && for f in ${names}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`;
    const unpack = (0,tar__WEBPACK_IMPORTED_MODULE_2__/* .extract */ .o6)({ cwd: staging, strict: true, preservePaths: false });
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
        throw new _guest_js__WEBPACK_IMPORTED_MODULE_5__/* .VmFailure */ .w(`${what} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_6__/* .describeExit */ .KE)(result)})`);
    // No bytes: the guest wrote none of the files (reading result.json says so); tar calls that a bad archive.
    if (unpacked !== null && streamed > 0) {
        throw new _guest_js__WEBPACK_IMPORTED_MODULE_5__/* .VmFailure */ .w(`${what} failed: unreadable tar stream (${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(unpacked)})`);
    }
    for (const [from, to] of LIFECYCLE_FILES) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(staging, from), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(artifactsDir, to)).catch(() => undefined);
        // The guest wrote these; secrets are redacted here, as the host's own writers do.
        await (0,_util_index_js__WEBPACK_IMPORTED_MODULE_8__/* .redactFile */ .it)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(artifactsDir, to));
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { recursive: true, force: true });
}


/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ VmFailure)
/* harmony export */ });
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

/***/ 12261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ waitUntilReady)
/* harmony export */ });
/* unused harmony export READINESS_POLL_MS */
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


/***/ }),

/***/ 8900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P3: () => (/* binding */ readGuestOutcome),
/* harmony export */   cE: () => (/* binding */ settleVmJob),
/* harmony export */   iS: () => (/* binding */ failedOutcome)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36463);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _guest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6285);
/**
 * A VM job's outcome (docs/design.md decision 6): read from the guest's `result.json` once it has been
 * collected; any failure of the host-side work is a failed outcome, written to `result.json` too.
 */



function failedOutcome(message) {
    return { status: 'failed', exit_code: null, message };
}
/** The outcome the guest wrote; a missing or unreadable `result.json` is an infrastructure error. */
async function readGuestOutcome(resultJson) {
    return (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readTerminalResult */ .qq)(resultJson).catch((error) => {
        throw new _guest_js__WEBPACK_IMPORTED_MODULE_1__/* .VmFailure */ .w(`infrastructure error: the guest wrote no usable result.json (${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); did it crash?`);
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
        const message = error instanceof _guest_js__WEBPACK_IMPORTED_MODULE_1__/* .VmFailure */ .w || error instanceof _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy ? (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error) : String(error);
        ctx.hostLog.line(`[pikaci] ${message}`);
        outcome = failedOutcome(ctx.signal.aborted ? 'cancelled' : message);
    }
    if (outcome.status === 'failed' && outcome.exit_code === null) {
        await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTerminalResult */ .Fy)(ctx.paths.resultJson, {
            ok: false,
            message: outcome.message,
            exitCode: null,
        }).catch(() => undefined);
    }
    return outcome;
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
