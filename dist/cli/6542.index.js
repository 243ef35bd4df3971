export const id = 6542;
export const ids = [6542];
export const modules = {

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

/***/ 16542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ORPHAN_GRACE_SECS: () => (/* reexport */ DEFAULT_ORPHAN_GRACE_SECS),
  ExecuteNodeSchema: () => (/* reexport */ schemas/* ExecuteNodeSchema */.bk),
  JobLogMetadataSchema: () => (/* reexport */ schemas/* JobLogMetadataSchema */.SK),
  JobRecordSchema: () => (/* reexport */ schemas/* JobRecordSchema */.Sl),
  PLAN_PRECONDITIONS: () => (/* reexport */ schemas/* PLAN_PRECONDITIONS */.IU),
  PassCacheRecordSchema: () => (/* reexport */ schemas/* PassCacheRecordSchema */.OO),
  PlanExecutorKindSchema: () => (/* reexport */ schemas/* PlanExecutorKindSchema */.gu),
  PlanNodeRecordSchema: () => (/* reexport */ schemas/* PlanNodeRecordSchema */.oj),
  PrepareNodeSchema: () => (/* reexport */ schemas/* PrepareNodeSchema */.X8),
  PrepareTimingRecordSchema: () => (/* reexport */ schemas/* PrepareTimingRecordSchema */.y2),
  PreparedOutputConsumerKindSchema: () => (/* reexport */ schemas/* PreparedOutputConsumerKindSchema */.GK),
  PreparedOutputExposureSchema: () => (/* reexport */ schemas/* PreparedOutputExposureSchema */.Z9),
  PreparedOutputInvocationModeSchema: () => (/* reexport */ schemas/* PreparedOutputInvocationModeSchema */.lh),
  PreparedOutputLauncherTransportModeSchema: () => (/* reexport */ schemas/* PreparedOutputLauncherTransportModeSchema */.Gh),
  PreparedOutputPayloadManifestRecordSchema: () => (/* reexport */ schemas/* PreparedOutputPayloadManifestRecordSchema */.WX),
  PreparedOutputResidencySchema: () => (/* reexport */ schemas/* PreparedOutputResidencySchema */.__),
  PreparedOutputsRecordSchema: () => (/* reexport */ schemas/* PreparedOutputsRecordSchema */.YX),
  RUN_ID_PATTERN: () => (/* reexport */ run_id/* RUN_ID_PATTERN */.z6),
  RUN_STATUSES: () => (/* reexport */ schemas/* RUN_STATUSES */.LV),
  RealizedPreparedOutputRecordSchema: () => (/* reexport */ schemas/* RealizedPreparedOutputRecordSchema */.zV),
  RemoteLinuxVmExecutionRecordSchema: () => (/* reexport */ schemas/* RemoteLinuxVmExecutionRecordSchema */.sA),
  RemoteLinuxVmPhaseSchema: () => (/* reexport */ schemas/* RemoteLinuxVmPhaseSchema */.m9),
  RunLifecycleEventSchema: () => (/* reexport */ schemas/* RunLifecycleEventSchema */.x8),
  RunLogsMetadataSchema: () => (/* reexport */ schemas/* RunLogsMetadataSchema */.Ly),
  RunPlanRecordSchema: () => (/* reexport */ schemas/* RunPlanRecordSchema */.tv),
  RunRecordSchema: () => (/* reexport */ schemas/* RunRecordSchema */.g$),
  RunStatusSchema: () => (/* reexport */ schemas/* RunStatusSchema */.d$),
  TerminalResultSchema: () => (/* reexport */ schemas/* TerminalResultSchema */.z0),
  TimestampSchema: () => (/* reexport */ time/* TimestampSchema */.wX),
  cargoHomeDir: () => (/* reexport */ layout/* cargoHomeDir */.Lw),
  describeIssues: () => (/* reexport */ read/* describeIssues */.w),
  ensureReadableStateRoot: () => (/* reexport */ state_root/* ensureReadableStateRoot */.qq),
  ensureWritableStateRoot: () => (/* reexport */ state_root/* ensureWritableStateRoot */.Sw),
  gcRuns: () => (/* reexport */ loaders/* gcRuns */.RS),
  isRunId: () => (/* reexport */ run_id/* isRunId */.Pk),
  jobPaths: () => (/* reexport */ layout/* jobPaths */.wt),
  listRuns: () => (/* reexport */ loaders/* listRuns */.v),
  loadLogs: () => (/* reexport */ loaders/* loadLogs */.Em),
  loadLogsMetadata: () => (/* reexport */ loaders/* loadLogsMetadata */.TS),
  loadPreparedOutputsRecord: () => (/* reexport */ loaders/* loadPreparedOutputsRecord */.dL),
  loadRunBundle: () => (/* reexport */ loaders/* loadRunBundle */.sG),
  loadRunRecord: () => (/* reexport */ loaders/* loadRunRecord */.F3),
  logJob: () => (/* reexport */ loaders/* logJob */.Oy),
  logsMetadataOf: () => (/* reexport */ loaders/* logsMetadataOf */.ke),
  newRunId: () => (/* reexport */ run_id/* newRunId */.F$),
  orphanJudge: () => (/* reexport */ orphanJudge),
  readRecord: () => (/* reexport */ read/* readRecord */.a),
  resolveStateRoot: () => (/* reexport */ state_root/* resolveStateRoot */.Uv),
  rfc3339: () => (/* reexport */ time/* rfc3339 */.ag),
  runIdTimeMs: () => (/* reexport */ run_id/* runIdTimeMs */.AK),
  runLiveness: () => (/* reexport */ liveness/* runLiveness */.x),
  runPaths: () => (/* reexport */ layout/* runPaths */.Ot),
  runsDir: () => (/* reexport */ layout/* runsDir */.AM),
  silentReporter: () => (/* reexport */ reporter/* silentReporter */.P),
  timestampMs: () => (/* reexport */ time/* timestampMs */.R5),
  writeFileAtomic: () => (/* reexport */ atomic/* writeFileAtomic */.Z),
  writeRecord: () => (/* reexport */ atomic/* writeRecord */.r)
});

// EXTERNAL MODULE: ./src/records/schemas.ts
var schemas = __webpack_require__(39442);
// EXTERNAL MODULE: ./src/records/reporter.ts
var reporter = __webpack_require__(26925);
// EXTERNAL MODULE: ./src/records/time.ts
var time = __webpack_require__(88577);
// EXTERNAL MODULE: ./src/records/run-id.ts
var run_id = __webpack_require__(59029);
// EXTERNAL MODULE: ./src/records/layout.ts
var layout = __webpack_require__(21498);
// EXTERNAL MODULE: ./src/records/atomic.ts
var atomic = __webpack_require__(75517);
// EXTERNAL MODULE: ./src/records/read.ts
var read = __webpack_require__(98624);
// EXTERNAL MODULE: ./src/records/liveness.ts
var liveness = __webpack_require__(88189);
// EXTERNAL MODULE: ./src/records/state-root.ts
var state_root = __webpack_require__(84028);
// EXTERNAL MODULE: ./src/records/loaders.ts
var loaders = __webpack_require__(37478);
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
    if (!(0,run_id/* isRunId */.Pk)(runId))
        return 'unknown';
    const record = await (0,loaders/* loadRunRecord */.F3)(stateRoot, runId).catch(() => null);
    if (record === null)
        return 'unknown';
    switch ((0,liveness/* runLiveness */.x)(record)) {
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

/***/ 88189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ runLiveness)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Whether the process that owns a `running` run is still alive. run.json records `runner_pid` and
 * `runner_host`; on the same host a pid that no longer exists means the runner was killed and the
 * run is abandoned. On another host (or for upstream records without a pid) it cannot be known.
 */

function runLiveness(run) {
    if (run.status !== 'running')
        return 'terminal';
    if (run.runner_pid === null || run.runner_host !== (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)())
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


/***/ }),

/***/ 37478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ loadLogs),
/* harmony export */   F3: () => (/* binding */ loadRunRecord),
/* harmony export */   Oy: () => (/* binding */ logJob),
/* harmony export */   RS: () => (/* binding */ gcRuns),
/* harmony export */   TS: () => (/* binding */ loadLogsMetadata),
/* harmony export */   dL: () => (/* binding */ loadPreparedOutputsRecord),
/* harmony export */   ke: () => (/* binding */ logsMetadataOf),
/* harmony export */   sG: () => (/* binding */ loadRunBundle),
/* harmony export */   v: () => (/* binding */ listRuns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21498);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88189);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98624);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59029);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39442);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88577);
/**
 * Loaders for finished or running runs (docs/upstream.md, records 4), list and gc (records 1.5, 1.6). They follow
 * the absolute paths recorded in run.json verbatim and fall back to the default layout when a path
 * is null.
 */









function checkRunIdShape(runId) {
    if (runId === '' || runId.includes('/') || runId.includes('\\') || runId === '.' || runId === '..') {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`\`${runId}\` is not a run id`, {
            hint: 'run ids look like 20260319T010203Z-deadbeef',
        });
    }
}
async function existingRunIds(stateRoot) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runsDir */ .AM)(stateRoot));
    }
    catch {
        return [];
    }
}
async function loadRunRecord(stateRoot, runId) {
    checkRunIdShape(runId);
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runPaths */ .Ot)(stateRoot, runId);
    const dirInfo = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(paths.runDir).catch(() => null);
    if (!dirInfo?.isDirectory()) {
        const hint = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(runId, await existingRunIds(stateRoot));
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`run \`${runId}\` not found in ${(0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runsDir */ .AM)(stateRoot)}`, {
            hint: hint ?? 'list the runs with `pikaci list` (and check --state-root / PIKACI_STATE_ROOT)',
        });
    }
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .a)(paths.runJson, _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$, `run record of \`${runId}\``);
}
function selectJobs(run, job) {
    if (job === undefined)
        return run.jobs;
    const found = run.jobs.find((candidate) => candidate.id === job);
    if (!found) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`job \`${job}\` not found in run \`${run.run_id}\``, {
            hint: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(job, run.jobs.map((j) => j.id)) ?? `the run's jobs are: ${run.jobs.map((j) => j.id).join(', ') || '(none)'}`,
        });
    }
    return [found];
}
async function isFile(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => null))?.isFile() ?? false;
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
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`run \`${run.run_id}\` has no jobs`, { hint: run.message ?? undefined });
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
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        }
        catch (error) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot read log of job \`${job.id}\`: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, { where: path });
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
    const path = record.prepared_outputs_path ?? (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runPaths */ .Ot)(stateRoot, runId).preparedOutputsJson;
    if (!(await isFile(path)))
        return null;
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .a)(path, _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .PreparedOutputsRecordSchema */ .YX, `prepared outputs of run \`${runId}\``);
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
        warn(`failed to load prepared outputs for run \`${runId}\`: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    return { run, logs, prepared_outputs: prepared };
}
/** Every run directory, newest first; a half-created or corrupt run is listed as such. */
async function listRuns(stateRoot) {
    const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runsDir */ .AM)(stateRoot);
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot list runs: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, { where: dir });
    });
    const entries = [];
    for (const name of names) {
        if (!name.isDirectory())
            continue;
        const runId = name.name;
        const runJson = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runPaths */ .Ot)(stateRoot, runId).runJson;
        let entry;
        let sortMs = (0,_run_id_js__WEBPACK_IMPORTED_MODULE_6__/* .runIdTimeMs */ .AK)(runId);
        if (!(await isFile(runJson))) {
            entry = { run_id: runId, state: 'incomplete', reason: 'no run.json (half-created run directory)' };
        }
        else {
            try {
                const run = await (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .a)(runJson, _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$, 'run record');
                entry = { run_id: runId, state: 'recorded', run, liveness: (0,_liveness_js__WEBPACK_IMPORTED_MODULE_7__/* .runLiveness */ .x)(run) };
                sortMs = (0,_time_js__WEBPACK_IMPORTED_MODULE_8__/* .timestampMs */ .R5)(run.created_at);
            }
            catch (error) {
                entry = { run_id: runId, state: 'corrupt', reason: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error) };
            }
        }
        sortMs ??= (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, runId))).mtimeMs;
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
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--keep-runs must be a non-negative integer, got \`${options.keep}\``);
    }
    const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runsDir */ .AM)(stateRoot);
    const dirents = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot list runs: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, { where: dir });
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, runId), { recursive: true, force: true });
        result.removed.push(runId);
    }
    return result;
}
async function mayBeRunning(stateRoot, runId, graceMs) {
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runPaths */ .Ot)(stateRoot, runId);
    if (!(await isFile(paths.runJson))) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(paths.runDir).catch(() => null);
        return info !== null && Date.now() - info.mtimeMs < graceMs;
    }
    try {
        const run = await (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .a)(paths.runJson, _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$, 'run record');
        const liveness = (0,_liveness_js__WEBPACK_IMPORTED_MODULE_7__/* .runLiveness */ .x)(run);
        return liveness === 'alive' || liveness === 'unknown';
    }
    catch {
        return false;
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

/***/ 26925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ silentReporter)
/* harmony export */ });
const silentReporter = { event: () => undefined };


/***/ }),

/***/ 59029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ runIdTimeMs),
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Pk: () => (/* binding */ isRunId),
/* harmony export */   z6: () => (/* binding */ RUN_ID_PATTERN)
/* harmony export */ });
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

/***/ 84028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sw: () => (/* binding */ ensureWritableStateRoot),
/* harmony export */   Uv: () => (/* binding */ resolveStateRoot),
/* harmony export */   qq: () => (/* binding */ ensureReadableStateRoot)
/* harmony export */ });
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
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(stateRoot);
        if (!info.isDirectory())
            throw new Error('not a directory');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(stateRoot, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`state root ${stateRoot} is not a readable directory: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`, {
            where: stateRoot,
            hint: 'pass --state-root or set PIKACI_STATE_ROOT to the state root your runs were written to',
        });
    }
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


/***/ })

};
