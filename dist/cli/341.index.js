export const id = 341;
export const ids = [341,553];
export const modules = {

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





/***/ })

};
