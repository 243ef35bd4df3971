export const id = 9442;
export const ids = [9442];
export const modules = {

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

/***/ 39442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ PreparedOutputConsumerKindSchema),
/* harmony export */   Gh: () => (/* binding */ PreparedOutputLauncherTransportModeSchema),
/* harmony export */   IU: () => (/* binding */ PLAN_PRECONDITIONS),
/* harmony export */   LV: () => (/* binding */ RUN_STATUSES),
/* harmony export */   Ly: () => (/* binding */ RunLogsMetadataSchema),
/* harmony export */   OO: () => (/* binding */ PassCacheRecordSchema),
/* harmony export */   SK: () => (/* binding */ JobLogMetadataSchema),
/* harmony export */   Sl: () => (/* binding */ JobRecordSchema),
/* harmony export */   WX: () => (/* binding */ PreparedOutputPayloadManifestRecordSchema),
/* harmony export */   X8: () => (/* binding */ PrepareNodeSchema),
/* harmony export */   YX: () => (/* binding */ PreparedOutputsRecordSchema),
/* harmony export */   Z9: () => (/* binding */ PreparedOutputExposureSchema),
/* harmony export */   __: () => (/* binding */ PreparedOutputResidencySchema),
/* harmony export */   bk: () => (/* binding */ ExecuteNodeSchema),
/* harmony export */   d$: () => (/* binding */ RunStatusSchema),
/* harmony export */   g$: () => (/* binding */ RunRecordSchema),
/* harmony export */   gu: () => (/* binding */ PlanExecutorKindSchema),
/* harmony export */   lh: () => (/* binding */ PreparedOutputInvocationModeSchema),
/* harmony export */   m9: () => (/* binding */ RemoteLinuxVmPhaseSchema),
/* harmony export */   oj: () => (/* binding */ PlanNodeRecordSchema),
/* harmony export */   sA: () => (/* binding */ RemoteLinuxVmExecutionRecordSchema),
/* harmony export */   tv: () => (/* binding */ RunPlanRecordSchema),
/* harmony export */   x8: () => (/* binding */ RunLifecycleEventSchema),
/* harmony export */   y2: () => (/* binding */ PrepareTimingRecordSchema),
/* harmony export */   z0: () => (/* reexport safe */ _guest_index_js__WEBPACK_IMPORTED_MODULE_3__.z0),
/* harmony export */   zV: () => (/* binding */ RealizedPreparedOutputRecordSchema)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31146);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88577);
/* harmony import */ var _guest_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22532);
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


/***/ })

};
