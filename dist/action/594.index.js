export const id = 594;
export const ids = [594];
export const modules = {

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
/* harmony export */   r: () => (/* binding */ writeRecord)
/* harmony export */ });
/* unused harmony export writeFileAtomic */
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

/***/ 59029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ runIdTimeMs),
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Pk: () => (/* binding */ isRunId)
/* harmony export */ });
/* unused harmony export RUN_ID_PATTERN */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Run ids: `YYYYMMDDTHHMMSSZ-<8 hex>`; lexicographic order is chronological order to the second. */

const RUN_ID_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;
function newRunId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
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


/***/ }),

/***/ 39442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ PLAN_PRECONDITIONS),
/* harmony export */   Sl: () => (/* binding */ JobRecordSchema),
/* harmony export */   WX: () => (/* binding */ PreparedOutputPayloadManifestRecordSchema),
/* harmony export */   YX: () => (/* binding */ PreparedOutputsRecordSchema),
/* harmony export */   g$: () => (/* binding */ RunRecordSchema),
/* harmony export */   tv: () => (/* binding */ RunPlanRecordSchema),
/* harmony export */   x8: () => (/* binding */ RunLifecycleEventSchema)
/* harmony export */ });
/* unused harmony exports RUN_STATUSES, RunStatusSchema, PlanExecutorKindSchema, PreparedOutputConsumerKindSchema, PreparedOutputInvocationModeSchema, PreparedOutputLauncherTransportModeSchema, PreparedOutputResidencySchema, RemoteLinuxVmPhaseSchema, RemoteLinuxVmExecutionRecordSchema, PrepareTimingRecordSchema, PassCacheRecordSchema, PreparedOutputExposureSchema, PrepareNodeSchema, ExecuteNodeSchema, PlanNodeRecordSchema, RealizedPreparedOutputRecordSchema, JobLogMetadataSchema, RunLogsMetadataSchema */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31146);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88577);
/**
 * On-disk record schemas (docs/upstream.md, records 2), snake_case as upstream. Decoding is
 * backward-compatible: every field upstream treats as optional reads back as `null`/`[]` when
 * missing, unknown fields are ignored. Encoding writes every field (null for none) in this order.
 */



const nullableString = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable().default(null);
const stringList = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default(() => []);
const RUN_STATUSES = ['running', 'passed', 'failed', 'skipped'];
const RunStatusSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RUN_STATUSES);
const PlanExecutorKindSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['host_local', 'remote_linux_vm', 'tart_local']);
const PreparedOutputConsumerKindSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    'host_local_symlink_mounts_v1',
    'remote_exposure_request_v1',
    'fulfill_request_cli_v1',
]);
const PreparedOutputInvocationModeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    'direct_helper_exec_v1',
    'external_wrapper_command_v1',
]);
const PreparedOutputLauncherTransportModeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    'direct_launcher_exec_v1',
    'command_transport_v1',
    'ssh_launcher_transport_v1',
]);
const PreparedOutputResidencySchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
    'local_authoritative',
    'remote_authoritative_staged_linux',
]);
const RemoteLinuxVmPhaseSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
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
const RemoteLinuxVmExecutionRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    backend: _model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RuntimeKindSchema */ .sM,
    image: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), digest: nullableString }).nullable().default(null),
    incus_image: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ project: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), alias: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), fingerprint: nullableString })
        .nullable()
        .default(null),
    phases: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        phase: RemoteLinuxVmPhaseSchema,
        started_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX,
        finished_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX,
        duration_ms: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    }))
        .default(() => []),
});
const JobRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: RunStatusSchema,
    executor: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    placement: _model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PlacementSchema */ .Bb.nullable().default(null),
    runtime: _model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RuntimeKindSchema */ .sM.nullable().default(null),
    plan_node_id: nullableString,
    timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    host_log_path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    guest_log_path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    started_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX,
    finished_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX.nullable().default(null),
    exit_code: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable().default(null),
    message: nullableString,
    pre_execution_prepare_duration_ms: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable().default(null),
    remote_linux_vm_execution: RemoteLinuxVmExecutionRecordSchema.nullable().default(null),
});
const PrepareTimingRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    node_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    started_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX,
    finished_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX,
    duration_ms: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
});
/**
 * Not upstream: what the pass cache decided for a run made with skip-if-passed (README "Skipping
 * lanes that already passed"). `already_passed`: nothing ran, because a run with the same pass key
 * had passed (`proved_by_*` name it: a workflow run URL in the action, a run id locally). `ran`: the
 * key missed and the lane ran; a passing run is then the proof for `key`.
 */
const PassCacheRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    key: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    outcome: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['already_passed', 'ran']),
    proved_by_run_id: nullableString,
    proved_by_url: nullableString,
    proved_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX.nullable().default(null),
});
const RunRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    run_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: RunStatusSchema,
    rerun_of: nullableString,
    target_id: nullableString,
    target_description: nullableString,
    source_root: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    snapshot_dir: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    git_head: nullableString,
    git_dirty: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().nullable().default(null),
    created_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX,
    finished_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX.nullable().default(null),
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
    prepare_timings: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PrepareTimingRecordSchema).default(() => []),
    jobs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(JobRecordSchema),
    /**
     * Not upstream: the process that owns a `running` run, so `list` and `gc` can tell a live run
     * from one whose runner was killed. Null once the run is terminal, and in upstream records.
     */
    runner_pid: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().nullable().default(null),
    runner_host: nullableString,
    pass_cache: PassCacheRecordSchema.nullable().default(null),
});
const RunLifecycleEventSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('event', [
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        event: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('run_started'),
        run_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        created_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX,
        rerun_of: nullableString,
        target_id: nullableString,
        target_description: nullableString,
    }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ event: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('job_started'), run_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), job: JobRecordSchema }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ event: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('job_finished'), run_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), job: JobRecordSchema }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ event: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('run_finished'), run: RunRecordSchema }),
]);
const PreparedOutputExposureSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_symlink_mount'),
    path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    access: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('read_only'),
});
const PrepareNodeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('nix_build'),
        installable: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        output_name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        residency: PreparedOutputResidencySchema.default('local_authoritative'),
        handoff: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
            protocol: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('nix_store_path_v1'),
            exposures: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PreparedOutputExposureSchema).default(() => []),
        })
            .nullable()
            .default(null),
    }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ type: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('remote_linux_vm_backend'), backend: _model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RuntimeKindSchema */ .sM }),
]);
const ExecuteNodeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('vm_command'),
        command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        run_as_root: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        writable_workspace: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        type: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_command'),
        command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        writable_workspace: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    }),
]);
const planNodeCommon = {
    id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    executor: PlanExecutorKindSchema,
    placement: _model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PlacementSchema */ .Bb.nullable().default(null),
    runtime: _model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RuntimeKindSchema */ .sM.nullable().default(null),
    depends_on: stringList,
};
const PlanNodeRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('prepare'), ...planNodeCommon, prepare: PrepareNodeSchema }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('execute'), ...planNodeCommon, execute: ExecuteNodeSchema }),
]);
const PLAN_PRECONDITIONS = ['host_setup_complete', 'workspace_snapshot_created'];
const RunPlanRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    run_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    target_id: nullableString,
    target_description: nullableString,
    created_at: _time_js__WEBPACK_IMPORTED_MODULE_2__/* .TimestampSchema */ .wX,
    scope: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('post_host_setup_and_snapshot'),
    preconditions: stringList,
    nodes: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PlanNodeRecordSchema).default(() => []),
});
const payloadEntry = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), relative_path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
const PreparedOutputPayloadManifestRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['staged_linux_workspace_deps_v1', 'staged_linux_workspace_build_v1']),
    entrypoints: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(payloadEntry).default(() => []),
    asset_roots: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(payloadEntry).default(() => []),
    mounts: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        relative_path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        guest_path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        read_only: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    }))
        .default(() => []),
});
const RealizedPreparedOutputRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    node_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    installable: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    output_name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    protocol: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('nix_store_path_v1'),
    residency: PreparedOutputResidencySchema.default('local_authoritative'),
    consumer: PreparedOutputConsumerKindSchema,
    realized_path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    consumer_request_path: nullableString,
    consumer_result_path: nullableString,
    consumer_launch_request_path: nullableString,
    consumer_transport_request_path: nullableString,
    exposures: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PreparedOutputExposureSchema).default(() => []),
    requested_exposures: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PreparedOutputExposureSchema).default(() => []),
    payload: PreparedOutputPayloadManifestRecordSchema.nullable().default(null),
    /**
     * Not upstream (README "Staged payloads"): upstream's fulfillment result, kept in the entry
     * (`status`, `error`; `exposures` are the fulfilled ones), and where and how the output was
     * realized: the placement and host that hold it (it is never copied elsewhere), whether Nix built
     * it or an earlier run's output for the same snapshot hash was found in that host's store, and
     * whether the snapshot had to be sent there (`not_needed`: reused outputs need no snapshot).
     */
    status: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['succeeded', 'failed']).default('succeeded'),
    error: nullableString,
    placement: _model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PlacementSchema */ .Bb.nullable().default(null),
    host: nullableString,
    realization: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['built', 'reused']).nullable().default(null),
    reused_from_run: nullableString,
    snapshot_transfer: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['uploaded', 'reused', 'on_this_machine', 'not_needed']).nullable().default(null),
});
const PreparedOutputsRecordSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    outputs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(RealizedPreparedOutputRecordSchema).default(() => []),
});
/** `jobs/<job>/artifacts/result.json`: one schema for every runtime, owned by the guest contract (docs/guest-protocol.md). */

const JobLogMetadataSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    host_log_path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    guest_log_path: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    host_log_exists: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    guest_log_exists: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
});
const RunLogsMetadataSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    run_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: RunStatusSchema,
    jobs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(JobLogMetadataSchema).default(() => []),
});


/***/ }),

/***/ 84028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sw: () => (/* binding */ ensureWritableStateRoot),
/* harmony export */   Uv: () => (/* binding */ resolveStateRoot)
/* harmony export */ });
/* unused harmony export ensureReadableStateRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10308);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/**
 * Choosing and checking the state root: `--state-root`, else `PIKACI_STATE_ROOT`, else
 * `<repo root>/.pikaci` where the repo root is the git top level of the cwd (the cwd outside git).
 */





async function resolveStateRoot(sources = {}) {
    const cwd = sources.cwd ?? process.cwd();
    const env = sources.env ?? process.env['PIKACI_STATE_ROOT'];
    if (sources.flag !== undefined && sources.flag !== '')
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, sources.flag);
    if (env !== undefined && env !== '')
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, env);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRoot */ .jv)(cwd), '.pikaci');
}
/** Create the state root if needed and prove it is a writable directory. */
async function ensureWritableStateRoot(stateRoot) {
    try {
        await makeDirectories((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateRoot, 'runs'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(stateRoot, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateRoot, 'runs'), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (error) {
        const why = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isSystemError */ .Or)(error) ? (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSystemError */ .Zo)(error) : (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error);
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`state root ${stateRoot} is not a writable directory: ${why}`, {
            where: stateRoot,
            hint: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isSystemError */ .Or)(error) && error.code === 'EROFS'
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
    let current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    for (;;) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(current).catch((error) => {
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
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const dir of missing.reverse()) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir).catch(async (error) => {
            if (error.code === 'EEXIST') {
                // Created meanwhile, or a symbolic link whose target is missing.
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).catch(() => undefined))?.isDirectory())
                    return;
                throw new Error(`${dir} exists but is not a directory (a broken symbolic link?)`);
            }
            if (error.code === 'ENOENT') {
                throw new Error(`cannot create ${dir}: ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)} does not allow new entries (ENOENT)`);
            }
            throw error;
        });
    }
}
/** For read-only commands: the state root must exist and be a readable directory. */
async function ensureReadableStateRoot(stateRoot) {
    try {
        const info = await stat(stateRoot);
        if (!info.isDirectory())
            throw new Error('not a directory');
        await access(stateRoot, constants.R_OK | constants.X_OK);
    }
    catch (error) {
        throw new InputError(`state root ${stateRoot} is not a readable directory: ${errorMessage(error)}`, {
            where: stateRoot,
            hint: 'pass --state-root or set PIKACI_STATE_ROOT to the state root your runs were written to',
        });
    }
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

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   fx: () => (/* binding */ streamRedactor),
/* harmony export */   it: () => (/* binding */ redactFile)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH, hasSecrets, clearSecrets */
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


/***/ })

};
