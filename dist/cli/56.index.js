export const id = 56;
export const ids = [56];
export const modules = {

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
    /**
     * Not upstream (README "Staged payloads"): upstream's fulfillment result, kept in the entry
     * (`status`, `error`; `exposures` are the fulfilled ones), and where and how the output was
     * realized: the placement and host that hold it (it is never copied elsewhere), whether Nix built
     * it or an earlier run's output for the same snapshot hash was found in that host's store, and
     * whether the snapshot had to be sent there (`not_needed`: reused outputs need no snapshot).
     */
    status: schemas/* enum */.k5n(['succeeded', 'failed']).default('succeeded'),
    error: nullableString,
    placement: model/* PlacementSchema */.Bb.nullable().default(null),
    host: nullableString,
    realization: schemas/* enum */.k5n(['built', 'reused']).nullable().default(null),
    reused_from_run: nullableString,
    snapshot_transfer: schemas/* enum */.k5n(['uploaded', 'reused', 'on_this_machine', 'not_needed']).nullable().default(null),
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













/***/ })

};
