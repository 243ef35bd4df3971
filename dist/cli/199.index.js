export const id = 199;
export const ids = [199];
export const modules = {

/***/ 1199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dJ: () => (/* reexport */ cancelOnSignals),
  hI: () => (/* reexport */ createReporter),
  gateOnChanges: () => (/* reexport */ gateOnChanges),
  recordSkippedRun: () => (/* reexport */ recordSkippedRun),
  qN: () => (/* reexport */ renderRunSummary),
  resolveRunnable: () => (/* reexport */ resolveRunnable),
  Ag: () => (/* reexport */ runJobs),
  selectJobs: () => (/* reexport */ selectJobs)
});

// UNUSED EXPORTS: CANCELLED_MESSAGE, DEFAULT_MAX_CONCURRENT_EXECUTES, LANE_COMMAND_TIMEOUT_SECS, LinePrefixer, MAX_CONCURRENT_EXECUTES_ENV, OUTPUT_FORMATS, SKIPPED_AFTER_CANCEL, SKIPPED_AFTER_FAILURE, buildRunPlan, executeConcurrency, executeNodeId, laneCommandJob, maxConcurrentExecutes, planExecutorKind, prepareRunnerNodeId, renderEvent

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(6684);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/run/plan.ts
/**
 * plan.json (run-records §2.6, §3.5): shared, deduplicated staged prepare nodes
 * (`prepare-<prefix>-workspace-deps` → `prepare-<prefix>-workspace-build`), one
 * `prepare-<job>-runner` per Incus job, then one `execute-<job>` per job. Pure.
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
            return (0,model/* assertNever */.xb)(runtime);
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
            return (0,model/* compileGuestCommand */.Dw)(guest).command;
        default:
            return (0,model/* assertNever */.xb)(guest);
    }
}
function prepareRunnerNodeId(jobId) {
    return `prepare-${jobId}-runner`;
}
function executeNodeId(jobId) {
    return `execute-${jobId}`;
}
function buildRunPlan(input) {
    const prepares = [];
    const byId = new Map();
    const executes = [];
    const jobs = [];
    for (const job of input.jobs) {
        const dependsOn = [];
        const staged = (0,model/* stagedLinuxCommand */.Md)(job);
        if (staged) {
            let previous = null;
            for (const spec of staged.payload_specs) {
                const suffix = ROLE_SUFFIX[spec.role];
                const id = `prepare-${staged.prepare_node_prefix}-${suffix}`;
                let node = byId.get(id);
                if (!node) {
                    node = {
                        kind: 'prepare',
                        id,
                        description: `${ROLE_DESCRIPTION[spec.role]} for ${staged.prepare_description}`,
                        executor: 'host_local',
                        placement: 'local',
                        runtime: 'host_process',
                        depends_on: previous === null ? [] : [previous],
                        prepare: {
                            type: 'nix_build',
                            installable: `path:${input.snapshotDir}#${spec.output_name}`,
                            output_name: spec.output_name,
                            residency: 'remote_authoritative_staged_linux',
                            handoff: { protocol: 'nix_store_path_v1', exposures: [] },
                        },
                    };
                    byId.set(id, node);
                    prepares.push(node);
                }
                const mountPath = (0,external_node_path_.join)((0,records.jobPaths)(input.runDir, job.id).jobDir, 'staged-linux-rust', suffix);
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
            const compiled = (0,model.compileJobCommand)(job);
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
            preconditions: [...records.PLAN_PRECONDITIONS],
            nodes: [...prepares, ...executes],
        },
        jobs,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/runtime/index.ts + 3 modules
var runtime = __webpack_require__(5284);
// EXTERNAL MODULE: ./src/snapshot/index.ts + 7 modules
var snapshot = __webpack_require__(3575);
// EXTERNAL MODULE: ./src/hosts/index.ts + 4 modules
var hosts = __webpack_require__(998);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/run/concurrency.ts
/** How many execute nodes may run at once (run-records §3.9). */


const MAX_CONCURRENT_EXECUTES_ENV = 'PIKACI_MAX_CONCURRENT_EXECUTES';
const DEFAULT_MAX_CONCURRENT_EXECUTES = 2;
/** The configured cap: a positive integer, default 2; anything else is bad input. */
function maxConcurrentExecutes(env = process.env) {
    const raw = env[MAX_CONCURRENT_EXECUTES_ENV];
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_MAX_CONCURRENT_EXECUTES;
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
        throw new errors.InputError(`${MAX_CONCURRENT_EXECUTES_ENV} must be a positive integer, got \`${raw}\``, {
            hint: `unset it for the default (${DEFAULT_MAX_CONCURRENT_EXECUTES}) or set e.g. ${MAX_CONCURRENT_EXECUTES_ENV}=4`,
        });
    }
    return value;
}
/** Jobs run in parallel only when every job of the run supports it; otherwise one at a time. */
function executeConcurrency(jobs, configured) {
    return jobs.length > 0 && jobs.every(model/* supportsParallelExecute */.NG) ? configured : 1;
}

;// CONCATENATED MODULE: ./src/run/orchestrate.ts
/**
 * One run (run-records §3): records first (run.json `running` and `run_started` before any heavy
 * work), then the snapshot, plan.json, the prepare phase, and the execute phase with fail-fast.
 * Every record write is atomic; cleanup (log files, transports) runs on every path.
 */












const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const CANCELLED_MESSAGE = 'cancelled';
const SKIPPED_AFTER_FAILURE = 'not run because an earlier execute node failed';
const SKIPPED_AFTER_CANCEL = 'not run because the run was cancelled';
async function gitHead(cwd) {
    try {
        const head = (await execFileAsync('git', ['rev-parse', 'HEAD'], { cwd })).stdout.trim();
        return head === '' ? null : head;
    }
    catch {
        return null;
    }
}
function initialRecord(runId, createdAt, options) {
    return records.RunRecordSchema.parse({
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
class RunSession {
    stateRoot;
    paths;
    record;
    reporter;
    constructor(stateRoot, record, reporter) {
        this.stateRoot = stateRoot;
        this.record = record;
        this.paths = (0,records.runPaths)(stateRoot, record.run_id);
        this.reporter = reporter;
    }
    async save() {
        await (0,records.writeRecord)(this.paths.runJson, records.RunRecordSchema, this.record);
    }
    async emit(event) {
        await this.reporter.event(records.RunLifecycleEventSchema.parse(event));
    }
    async saveJob(job) {
        await (0,records.writeRecord)((0,records.jobPaths)(this.paths.runDir, job.id).statusJson, records.JobRecordSchema, job);
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
        this.record.finished_at = (0,records.rfc3339)();
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
    const paths = (0,records.jobPaths)(runDir, job.id);
    return records.JobRecordSchema.parse({
        id: job.id,
        description: job.description,
        executor: (0,model/* executorLabel */.gC)(job.execution),
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
    await (0,records.ensureWritableStateRoot)(options.stateRoot);
    const createdAt = (0,records.rfc3339)();
    const runId = (0,records.newRunId)(new Date(createdAt));
    const record = initialRecord(runId, createdAt, { ...options, jobs: [] });
    record.status = 'skipped';
    record.finished_at = createdAt;
    record.git_head = await gitHead(options.sourceRoot);
    record.runner_pid = null;
    record.runner_host = null;
    const session = new RunSession(options.stateRoot, record, options.reporter ?? records.silentReporter);
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
/** Run `jobs` as one recorded run and return the final run record (never throws once started). */
async function runJobs(options) {
    const configuredCap = maxConcurrentExecutes(options.env ?? process.env);
    if (options.jobs.length === 0)
        throw new errors.InputError('a run needs at least one job');
    await (0,records.ensureWritableStateRoot)(options.stateRoot);
    const createdAt = (0,records.rfc3339)();
    const runId = (0,records.newRunId)(new Date(createdAt));
    const session = new RunSession(options.stateRoot, initialRecord(runId, createdAt, options), options.reporter ?? records.silentReporter);
    await (0,promises_.mkdir)(session.paths.jobsDir, { recursive: true });
    await (0,promises_.mkdir)((0,records.cargoHomeDir)(options.stateRoot), { recursive: true });
    await (0,promises_.mkdir)(session.paths.cargoTargetDir, { recursive: true });
    await session.save();
    await session.emit(startedEvent(session.record));
    const signal = options.signal ?? new AbortController().signal;
    const transports = new Map();
    try {
        return await runAfterStart(session, options, signal, configuredCap, transports);
    }
    catch (error) {
        const message = signal.aborted ? CANCELLED_MESSAGE : (0,errors/* errorMessage */.gJ)(error);
        return session.finish('failed', message);
    }
    finally {
        await Promise.allSettled([...transports.values()].map(async (transport) => (await transport).close()));
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
        const metadata = await (0,snapshot/* readSnapshotMetadata */.U$)(previous.snapshot_dir).catch(() => null);
        record.snapshot_dir = previous.snapshot_dir;
        return { snapshotDir: previous.snapshot_dir, contentHash: metadata?.content_hash ?? null };
    }
    const metadata = await (0,snapshot/* createSnapshot */.$p)({
        sourceRoot: options.sourceRoot,
        destDir: session.paths.snapshotDir,
        profile: (0,snapshot/* snapshotProfileForJobs */.lw)(options.jobs),
        includeLocalChanges: options.includeLocalChanges ?? true,
    });
    record.source_root = metadata.source_root;
    record.snapshot_dir = metadata.snapshot_dir;
    record.git_head = metadata.git_head;
    record.git_dirty = metadata.git_dirty;
    return { snapshotDir: metadata.snapshot_dir, contentHash: metadata.content_hash };
}
async function runAfterStart(session, options, signal, configuredCap, transports) {
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
        jobs: options.jobs,
    });
    await (0,records.writeRecord)(session.paths.planJson, records.RunPlanRecordSchema, plan.record);
    await (0,records.writeRecord)(session.paths.preparedOutputsJson, records.PreparedOutputsRecordSchema, {
        schema_version: 1,
        outputs: [],
    });
    for (const jobPlan of plan.jobs) {
        const paths = (0,records.jobPaths)(session.paths.runDir, jobPlan.job.id);
        (0,runtime/* openLogWriter */.qf)(paths.hostLog).close();
        (0,runtime/* openLogWriter */.qf)(paths.guestLog).close();
    }
    record.plan_path = session.paths.planJson;
    record.prepared_outputs_path = session.paths.preparedOutputsJson;
    await session.save();
    // Without host settings: local placement only, and Incus with its defaults.
    const defaults = (0,hosts/* executionEnvironment */.q9)();
    const transportFor = options.transportFor ?? defaults.transportFor;
    const cap = executeConcurrency(options.jobs, configuredCap);
    const state = {
        session,
        options,
        plan,
        signal,
        snapshotDir,
        contentHash,
        resolve: options.resolveBackend ?? defaults.resolveBackend,
        transport: (placement) => {
            let transport = transports.get(placement);
            if (!transport) {
                transport = Promise.resolve().then(() => transportFor(placement));
                transports.set(placement, transport);
            }
            return transport;
        },
        reporter: options.reporter ?? records.silentReporter,
        parallel: cap > 1 && options.jobs.length > 1,
    };
    const prepareFailed = await runPreparePhase(state);
    if (prepareFailed)
        return session.finish('failed');
    if (signal.aborted) {
        await skipJobs(state, plan.jobs, SKIPPED_AFTER_CANCEL);
        return session.finish('failed', CANCELLED_MESSAGE);
    }
    return runExecutePhase(state, cap);
}
function prepareDurationMs(dependsOn, timings) {
    const total = timings
        .filter((t) => dependsOn.includes(t.node_id))
        .reduce((sum, t) => sum + t.duration_ms, 0);
    return total === 0 ? null : total;
}
/** Sequential prepares (§3.6); returns true when one failed and the jobs have been marked (§3.7). */
async function runPreparePhase(state) {
    const { session, plan } = state;
    const prepares = plan.record.nodes.filter((n) => n.kind === 'prepare');
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
            started_at: (0,records.rfc3339)(startedAt),
            finished_at: (0,records.rfc3339)(finishedAt),
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
    const logs = consumers.map((c) => (0,runtime/* openLogWriter */.qf)((0,records.jobPaths)(state.session.paths.runDir, c.job.id).hostLog));
    try {
        for (const log of logs)
            log.line(`[pikaci] prepare \`${node.id}\`: ${node.description}`);
        const prepare = node.prepare;
        switch (prepare.type) {
            case 'nix_build': {
                const handler = state.options.prepare?.nixBuild;
                if (!handler) {
                    throw new errors/* PikaciError */.uy(`not implemented yet: building the staged payload \`${prepare.output_name}\` with Nix (prepare node \`${node.id}\`) is not available in this version`);
                }
                const output = await handler(node, {
                    runId: state.session.record.run_id,
                    runDir: state.session.paths.runDir,
                    snapshotDir: state.session.record.snapshot_dir,
                    logs,
                    signal: state.signal,
                });
                await upsertPreparedOutput(state.session.paths.preparedOutputsJson, output);
                return;
            }
            case 'remote_linux_vm_backend': {
                const owner = state.plan.jobs.find((j) => prepareRunnerNodeId(j.job.id) === node.id);
                if (!owner)
                    throw new errors/* PikaciError */.uy(`prepare node \`${node.id}\` has no job`);
                const resolution = state.resolve(owner.job.execution);
                if (resolution.kind === 'unavailable')
                    throw new errors/* PikaciError */.uy(resolution.message);
                if (!resolution.backend.prepare)
                    return;
                const ctx = await jobContext(state, owner, logs[0] ?? (0,runtime/* openLogWriter */.qf)((0,records.jobPaths)(state.session.paths.runDir, owner.job.id).hostLog));
                await resolution.backend.prepare(ctx);
                return;
            }
        }
    }
    finally {
        for (const log of logs)
            log.close();
    }
}
async function upsertPreparedOutput(path, output) {
    const record = await (0,records.readRecord)(path, records.PreparedOutputsRecordSchema, 'prepared outputs');
    const index = record.outputs.findIndex((o) => o.node_id === output.node_id);
    if (index === -1)
        record.outputs.push(output);
    else
        record.outputs[index] = output;
    await (0,records.writeRecord)(path, records.PreparedOutputsRecordSchema, record);
}
async function markPrepareFailure(state, nodeId, failure) {
    const { session, plan } = state;
    for (const jobPlan of plan.jobs) {
        const direct = jobPlan.dependsOn.includes(nodeId);
        const message = direct
            ? `prepare node \`${nodeId}\` failed before execute: ${failure}`
            : `not run because prepare phase stopped after \`${nodeId}\` failed: ${failure}`;
        const log = (0,runtime/* openLogWriter */.qf)((0,records.jobPaths)(session.paths.runDir, jobPlan.job.id).hostLog);
        log.line(`[pikaci] ${message}`);
        log.close();
        const now = (0,records.rfc3339)();
        await session.saveJob(jobRecord(session.paths.runDir, jobPlan.job, {
            status: direct ? 'failed' : 'skipped',
            started_at: now,
            finished_at: now,
            message,
            pre_execution_prepare_duration_ms: prepareDurationMs(jobPlan.dependsOn, session.record.prepare_timings),
        }));
    }
}
async function skipJobs(state, jobs, message) {
    for (const jobPlan of jobs) {
        const now = (0,records.rfc3339)();
        await state.session.saveJob(jobRecord(state.session.paths.runDir, jobPlan.job, {
            status: 'skipped',
            started_at: now,
            finished_at: now,
            message,
        }));
    }
}
async function jobContext(state, jobPlan, hostLog, guestLog) {
    const { session, options } = state;
    const job = jobPlan.job;
    const paths = (0,records.jobPaths)(session.paths.runDir, job.id);
    let workspaceDir = state.snapshotDir;
    if (job.writable_workspace) {
        // A private copy so a job that writes to its workspace cannot change what later jobs see.
        if (!(await (0,promises_.stat)(paths.workspaceDir).catch(() => null))) {
            await (0,promises_.cp)(state.snapshotDir, paths.workspaceDir, { recursive: true, verbatimSymlinks: true });
        }
        workspaceDir = paths.workspaceDir;
    }
    return {
        job,
        runId: session.record.run_id,
        stateRoot: options.stateRoot,
        runDir: session.paths.runDir,
        paths,
        hostLog,
        guestLog: guestLog ?? hostLog,
        transport: await state.transport(job.execution.placement),
        snapshotDir: state.snapshotDir,
        snapshotContentHash: state.contentHash,
        workspaceDir,
        cargoHomeDir: (0,records.cargoHomeDir)(options.stateRoot),
        cargoTargetDir: session.paths.cargoTargetDir,
        timeoutSecs: job.timeout_secs,
        signal: state.signal,
        output: (stream, chunk) => state.reporter.jobOutput?.({ jobId: job.id, stream, chunk, parallel: state.parallel }),
        reporter: state.reporter,
    };
}
async function executeJob(state, jobPlan) {
    const { session } = state;
    const job = jobPlan.job;
    const prepareMs = prepareDurationMs(jobPlan.dependsOn, session.record.prepare_timings);
    const running = jobRecord(session.paths.runDir, job, {
        status: 'running',
        started_at: (0,records.rfc3339)(),
        pre_execution_prepare_duration_ms: prepareMs,
    });
    await session.saveJob(running);
    await session.emit({ event: 'job_started', run_id: session.record.run_id, job: running });
    let outcome;
    const resolution = state.resolve(job.execution);
    if (resolution.kind === 'unavailable') {
        outcome = { status: 'failed', exit_code: null, message: resolution.message };
        const log = (0,runtime/* openLogWriter */.qf)((0,records.jobPaths)(session.paths.runDir, job.id).hostLog);
        log.line(`[pikaci] ${resolution.message}`);
        log.close();
    }
    else {
        const paths = (0,records.jobPaths)(session.paths.runDir, job.id);
        const writers = [];
        try {
            const hostLog = (0,runtime/* openLogWriter */.qf)(paths.hostLog);
            writers.push(hostLog);
            const guestLog = (0,runtime/* openLogWriter */.qf)(paths.guestLog);
            writers.push(guestLog);
            outcome = await resolution.backend.run(await jobContext(state, jobPlan, hostLog, guestLog));
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
    }
    if (state.signal.aborted && outcome.status === 'failed')
        outcome = { ...outcome, message: CANCELLED_MESSAGE };
    const finished = jobRecord(session.paths.runDir, job, {
        status: outcome.status,
        started_at: running.started_at,
        finished_at: (0,records.rfc3339)(),
        exit_code: outcome.exit_code,
        message: outcome.message,
        pre_execution_prepare_duration_ms: prepareMs,
        remote_linux_vm_execution: outcome.remote_linux_vm_execution ?? null,
    });
    await session.saveJob(finished);
    await session.emit({ event: 'job_finished', run_id: session.record.run_id, job: finished });
    return finished;
}
/** Fail-fast execution (§3.9): after the first failure no job starts; the rest are skipped. */
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

;// CONCATENATED MODULE: ./src/run/reporters.ts
const OUTPUT_FORMATS = (/* unused pure expression or super */ null && (['human', 'json', 'jsonl']));
/** Longest partial line kept while waiting for its newline; longer ones are flushed as they are. */
const MAX_PENDING_LINE = 64 * 1024;
/**
 * Prefixes every line of interleaved job output with `[job-id] `, keeping at most one partial line
 * per job and stream, so memory stays bounded however much a job prints.
 */
class LinePrefixer {
    sink;
    pending = new Map();
    constructor(sink) {
        this.sink = sink;
    }
    write(jobId, stream, chunk) {
        const key = `${jobId}\0${stream}`;
        let data = Buffer.concat([this.pending.get(key) ?? Buffer.alloc(0), chunk]);
        let newline = data.indexOf(0x0a);
        while (newline !== -1) {
            this.sink.write(`[${jobId}] ${data.subarray(0, newline + 1).toString()}`);
            data = data.subarray(newline + 1);
            newline = data.indexOf(0x0a);
        }
        if (data.length > MAX_PENDING_LINE) {
            this.sink.write(`[${jobId}] ${data.toString()}\n`);
            data = Buffer.alloc(0);
        }
        if (data.length === 0)
            this.pending.delete(key);
        else
            this.pending.set(key, Buffer.from(data));
    }
    end(jobId) {
        for (const [key, data] of this.pending) {
            if (!key.startsWith(`${jobId}\0`))
                continue;
            this.sink.write(`[${jobId}] ${data.toString()}\n`);
            this.pending.delete(key);
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
/** One readable line per lifecycle event (the forge's rendering, run-records §3.12). */
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
function createReporter(format, io) {
    switch (format) {
        case 'human':
            return { event: (event) => void io.stderr.write(`${renderEvent(event)}\n`), ...liveOutput(io.stdout) };
        case 'jsonl':
            return {
                event: (event) => void io.stdout.write(`${JSON.stringify(event)}\n`),
                ...liveOutput(io.stderr),
            };
        case 'json':
            return { event: () => undefined, ...liveOutput(io.stderr) };
    }
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

;// CONCATENATED MODULE: ./src/run/cancel.ts
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

;// CONCATENATED MODULE: ./src/run/lane.ts
/** A lane with a plain `command` runs as one host-process job (argv, no shell) named after the lane. */


/** Lanes carry no timeout of their own; one hour, like the longest catalog jobs. */
const LANE_COMMAND_TIMEOUT_SECS = 3600;
function laneCommandJob(lane) {
    if (lane.command === null || lane.command.length === 0) {
        throw new errors.InputError(`lane \`${lane.id}\` has no command and no target to run`, {
            where: `line ${lane.line}`,
        });
    }
    return model/* JobSpecSchema */.QH.parse({
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
    if (lane) {
        if (lane.target !== null) {
            const laneTarget = sources.targets.get(lane.target);
            if (!laneTarget) {
                throw new errors.InputError(`lane \`${lane.id}\` names target \`${lane.target}\`, which is not in the catalog`, {
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
    const ids = [...sources.targets.keys(), ...sources.lanes.map((l) => l.id)];
    const near = (0,errors/* closest */.kp)(id, ids, 5);
    const searched = sources.manifestPath
        ? `the catalog ${sources.catalogPath} or the manifest ${sources.manifestPath}`
        : `the catalog ${sources.catalogPath} (no lane manifest found)`;
    throw new errors.InputError(`unknown target or lane \`${id}\`: not in ${searched}`, {
        hint: near.length > 0
            ? `closest ids: ${near.map((n) => `\`${n}\``).join(', ')}`
            : `known ids: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`,
    });
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
            throw new errors.InputError(`unknown job \`${id}\` in \`${runnable.targetId}\``, {
                hint: `${near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(', ')}? ` : ''}its jobs are: ${known.join(', ')}`,
            });
        }
    }
    return runnable.jobs.filter((job) => ids.includes(job.id));
}
/**
 * DESIGN decision 3, applied to one target: no filters ⇒ run; empty diff ⇒ run; the manifest itself
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

;// CONCATENATED MODULE: ./src/run/index.ts
/** Runs: plan.json building, orchestration (prepare, execute, fail-fast, cancellation), reporters. */









/***/ })

};
