/**
 * One run (docs/upstream.md, records 3): records first (run.json `running` and `run_started` before any heavy
 * work), then the snapshot, plan.json, the prepare phase, and the execute phase with fail-fast.
 * Every record write is atomic; cleanup (log files, transports) runs on every path.
 */
import { cp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { runGit } from '../git/index.js';
import { executorLabel, type JobSpec, type Placement } from '../model/index.js';
import {
  JobRecordSchema,
  PreparedOutputsRecordSchema,
  RunLifecycleEventSchema,
  RunPlanRecordSchema,
  RunRecordSchema,
  cargoHomeDir,
  ensureWritableStateRoot,
  jobPaths,
  newRunId,
  readRecord,
  rfc3339,
  runPaths,
  silentReporter,
  writeRecord,
  type JobRecord,
  type PrepareTimingRecord,
  type PreparePlanNode,
  type PreparedOutputsRecord,
  type RealizedPreparedOutputRecord,
  type RunLifecycleEvent,
  type RunPaths,
  type RunRecord,
  type RunReporter,
} from '../records/index.js';
import {
  jobEnvironment,
  openLogSet,
  openLogWriter,
  registerDeclaredSecrets,
  writeTerminalResult,
  type BackendResolution,
  type ClosableLogWriter,
  type JobContext,
  type JobOutcome,
  type LogWriter,
} from '../runtime/index.js';
import { createSnapshot, readSnapshotMetadata, snapshotProfileForJobs } from '../snapshot/index.js';
import { executionEnvironment } from '../hosts/index.js';
import type { Transport } from '../transport/index.js';
import { errorMessage, InputError, PikaciError } from '../util/errors.js';
import { executeConcurrency, maxConcurrentExecutes } from './concurrency.js';
import { buildRunPlan, prepareRunnerNodeId, type JobPlan, type RunPlan } from './plan.js';

export const CANCELLED_MESSAGE = 'cancelled';
export const SKIPPED_AFTER_FAILURE = 'not run because an earlier execute node failed';
export const SKIPPED_AFTER_CANCEL = 'not run because the run was cancelled';
/**
 * Space kept free in the run directory for the final records: when a job's log fills the disk,
 * this file is deleted so result.json, status.json and run.json can still say what happened.
 */
const SPACE_RESERVE_BYTES = 256 * 1024;
const SPACE_RESERVE_FILE = '.pikaci-space-reserve';

type NixBuildNode = PreparePlanNode & { prepare: { type: 'nix_build' } };

export interface PrepareHandlers {
  /** Realise a staged payload; absent in this build, so staged jobs fail with a clear message. */
  nixBuild?(
    node: NixBuildNode,
    ctx: {
      runId: string;
      runDir: string;
      snapshotDir: string;
      logs: readonly LogWriter[];
      signal: AbortSignal;
    },
  ): Promise<RealizedPreparedOutputRecord>;
}

export interface RunMetadata {
  targetId: string | null;
  targetDescription: string | null;
  changedFiles?: readonly string[];
  filters?: readonly string[];
  message?: string | null;
}

export interface RunOptions extends RunMetadata {
  stateRoot: string;
  /** Top level of the git working tree the snapshot is taken from. */
  sourceRoot: string;
  jobs: readonly JobSpec[];
  /** Rerun: reuse this run's snapshot instead of taking a new one. */
  rerunOf?: RunRecord;
  reporter?: RunReporter;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** false: the snapshot is exactly HEAD (CI); true: local edits and untracked files too. */
  includeLocalChanges?: boolean;
  /** The transport for a placement; one is opened per placement and closed when the run ends. */
  transportFor?: (placement: Placement) => Transport | Promise<Transport>;
  resolveBackend?: (execution: JobSpec['execution']) => BackendResolution;
  prepare?: PrepareHandlers;
  /**
   * The cap on execute nodes at once, as `resolveLaneRun` decided it for the caller's own output;
   * absent: `PIKACI_MAX_CONCURRENT_EXECUTES`. Jobs that cannot run in parallel still run one at a time.
   */
  maxConcurrentExecutes?: number;
}

async function gitHead(cwd: string): Promise<string | null> {
  const head = await runGit(cwd, ['rev-parse', 'HEAD']).then(
    (result) => result.stdout.toString('utf8').trim(),
    () => '',
  );
  return head === '' ? null : head;
}

function initialRecord(runId: string, createdAt: string, options: RunOptions): RunRecord {
  return RunRecordSchema.parse({
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
    runner_host: hostname(),
  });
}

function isNoSpace(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOSPC';
}

class RunSession {
  readonly paths: RunPaths;
  readonly record: RunRecord;
  private readonly reporter: RunReporter;
  private reserveReleased: Promise<void> | undefined;

  constructor(
    readonly stateRoot: string,
    record: RunRecord,
    reporter: RunReporter,
  ) {
    this.record = record;
    this.paths = runPaths(stateRoot, record.run_id);
    this.reporter = reporter;
  }

  private get reservePath(): string {
    return join(this.paths.runDir, SPACE_RESERVE_FILE);
  }

  /** Set the reserve aside; best effort (a disk already full leaves none, and writes say so). */
  async reserveSpace(): Promise<void> {
    await writeFile(this.reservePath, Buffer.alloc(SPACE_RESERVE_BYTES)).catch(() =>
      rm(this.reservePath, { force: true }),
    );
  }

  /** Give the reserve back to the disk (idempotent); records written after this have room. */
  releaseSpace(): Promise<void> {
    this.reserveReleased ??= rm(this.reservePath, { force: true }).catch(() => undefined);
    return this.reserveReleased;
  }

  /**
   * Write a record; on a full disk, release the reserve and try once more. Either way the write is
   * atomic: the previous version stays whole when the new one cannot be written.
   */
  async persist(write: () => Promise<void>, what: string): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!isNoSpace(error)) throw error;
      await this.releaseSpace();
      try {
        await write();
      } catch (again) {
        if (!isNoSpace(again)) throw again;
        throw new PikaciError(`no space left on device writing ${what}`, {
          hint: 'free space on the state root (pikaci gc) and run again',
          cause: again,
        });
      }
    }
  }

  async save(): Promise<void> {
    await this.persist(
      () => writeRecord(this.paths.runJson, RunRecordSchema, this.record),
      this.paths.runJson,
    );
  }

  async emit(event: RunLifecycleEvent): Promise<void> {
    await this.reporter.event(RunLifecycleEventSchema.parse(event));
  }

  async saveJob(job: JobRecord): Promise<void> {
    const statusJson = jobPaths(this.paths.runDir, job.id).statusJson;
    await this.persist(() => writeRecord(statusJson, JobRecordSchema, job), statusJson);
    const index = this.record.jobs.findIndex((j) => j.id === job.id);
    if (index === -1) this.record.jobs.push(job);
    else this.record.jobs[index] = job;
    if (job.status === 'failed' && this.record.status === 'running') this.record.status = 'failed';
    await this.save();
  }

  async finish(status: 'passed' | 'failed' | 'skipped', message?: string): Promise<RunRecord> {
    this.record.status = status;
    this.record.finished_at = rfc3339();
    if (message !== undefined) this.record.message = message;
    this.record.runner_pid = null;
    this.record.runner_host = null;
    await this.save();
    await this.emit({ event: 'run_finished', run: this.record });
    return this.record;
  }
}

function jobRecord(
  runDir: string,
  job: JobSpec,
  fields: Pick<JobRecord, 'status' | 'started_at'> & Partial<JobRecord>,
): JobRecord {
  const paths = jobPaths(runDir, job.id);
  return JobRecordSchema.parse({
    id: job.id,
    description: job.description,
    executor: executorLabel(job.execution),
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
export async function recordSkippedRun(
  options: Omit<RunOptions, 'jobs'> & { message: string },
): Promise<RunRecord> {
  await ensureWritableStateRoot(options.stateRoot);
  const createdAt = rfc3339();
  const runId = newRunId(new Date(createdAt));
  const record = initialRecord(runId, createdAt, { ...options, jobs: [] });
  record.status = 'skipped';
  record.finished_at = createdAt;
  record.git_head = await gitHead(options.sourceRoot);
  record.runner_pid = null;
  record.runner_host = null;
  const session = new RunSession(options.stateRoot, record, options.reporter ?? silentReporter);
  await mkdir(session.paths.runDir, { recursive: true });
  await session.save();
  await session.emit(startedEvent(record));
  await session.emit({ event: 'run_finished', run: record });
  return record;
}

function startedEvent(record: RunRecord): RunLifecycleEvent {
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
export async function runJobs(options: RunOptions): Promise<RunRecord> {
  const configured = options.maxConcurrentExecutes ?? maxConcurrentExecutes(options.env ?? process.env);
  if (!Number.isSafeInteger(configured) || configured < 1) {
    throw new InputError(`maxConcurrentExecutes must be a positive integer, got ${configured}`);
  }
  const cap = executeConcurrency(options.jobs, configured);
  if (options.jobs.length === 0) throw new InputError('a run needs at least one job');
  registerDeclaredSecrets(options.jobs, options.env ?? process.env);
  await ensureWritableStateRoot(options.stateRoot);
  const createdAt = rfc3339();
  const runId = newRunId(new Date(createdAt));
  const session = new RunSession(
    options.stateRoot,
    initialRecord(runId, createdAt, options),
    options.reporter ?? silentReporter,
  );
  await mkdir(session.paths.jobsDir, { recursive: true });
  await mkdir(cargoHomeDir(options.stateRoot), { recursive: true });
  await mkdir(session.paths.cargoTargetDir, { recursive: true });
  await session.save();
  await session.reserveSpace();
  await session.emit(startedEvent(session.record));

  const signal = options.signal ?? new AbortController().signal;
  const transports = new Map<Placement, Promise<Transport>>();
  try {
    return await runAfterStart(session, options, signal, cap, transports);
  } catch (error) {
    const message = signal.aborted ? CANCELLED_MESSAGE : errorMessage(error);
    return await session.finish('failed', message);
  } finally {
    await Promise.allSettled([...transports.values()].map(async (transport) => (await transport).close()));
    await session.releaseSpace();
  }
}

async function takeSnapshot(
  session: RunSession,
  options: RunOptions,
): Promise<{ snapshotDir: string; contentHash: string | null }> {
  const record = session.record;
  const previous = options.rerunOf;
  if (previous) {
    if (previous.snapshot_dir === '') {
      throw new PikaciError(`run \`${previous.run_id}\` has no snapshot to rerun`);
    }
    if (!(await stat(previous.snapshot_dir).catch(() => null))?.isDirectory()) {
      throw new PikaciError(
        `snapshot for run \`${previous.run_id}\` no longer exists at ${previous.snapshot_dir}`,
      );
    }
    const metadata = await readSnapshotMetadata(previous.snapshot_dir).catch(() => null);
    record.snapshot_dir = previous.snapshot_dir;
    return { snapshotDir: previous.snapshot_dir, contentHash: metadata?.content_hash ?? null };
  }
  const metadata = await createSnapshot({
    sourceRoot: options.sourceRoot,
    destDir: session.paths.snapshotDir,
    profile: snapshotProfileForJobs(options.jobs),
    includeLocalChanges: options.includeLocalChanges ?? true,
  });
  record.source_root = metadata.source_root;
  record.snapshot_dir = metadata.snapshot_dir;
  record.git_head = metadata.git_head;
  record.git_dirty = metadata.git_dirty;
  return { snapshotDir: metadata.snapshot_dir, contentHash: metadata.content_hash };
}

interface RunState {
  session: RunSession;
  options: RunOptions;
  plan: RunPlan;
  signal: AbortSignal;
  snapshotDir: string;
  contentHash: string | null;
  resolve: (execution: JobSpec['execution']) => BackendResolution;
  transport: (placement: Placement) => Promise<Transport>;
  reporter: RunReporter;
  parallel: boolean;
}

async function runAfterStart(
  session: RunSession,
  options: RunOptions,
  signal: AbortSignal,
  cap: number,
  transports: Map<Placement, Promise<Transport>>,
): Promise<RunRecord> {
  const { snapshotDir, contentHash } = await takeSnapshot(session, options);
  if (signal.aborted) return session.finish('failed', CANCELLED_MESSAGE);

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
  await writeRecord(session.paths.planJson, RunPlanRecordSchema, plan.record);
  await writeRecord(session.paths.preparedOutputsJson, PreparedOutputsRecordSchema, {
    schema_version: 1,
    outputs: [],
  });
  for (const jobPlan of plan.jobs) {
    const paths = jobPaths(session.paths.runDir, jobPlan.job.id);
    openLogWriter(paths.hostLog).close();
    openLogWriter(paths.guestLog).close();
  }
  record.plan_path = session.paths.planJson;
  record.prepared_outputs_path = session.paths.preparedOutputsJson;
  await session.save();

  // Without host settings: local placement only, and Incus with its defaults.
  const defaults = executionEnvironment();
  const transportFor = options.transportFor ?? defaults.transportFor;
  const state: RunState = {
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
    reporter: options.reporter ?? silentReporter,
    parallel: cap > 1 && options.jobs.length > 1,
  };

  const prepareFailed = await runPreparePhase(state);
  if (prepareFailed) return session.finish('failed');
  if (signal.aborted) {
    await skipJobs(state, plan.jobs, SKIPPED_AFTER_CANCEL);
    return session.finish('failed', CANCELLED_MESSAGE);
  }
  return runExecutePhase(state, cap);
}

function prepareDurationMs(
  dependsOn: readonly string[],
  timings: readonly PrepareTimingRecord[],
): number | null {
  const total = timings
    .filter((t) => dependsOn.includes(t.node_id))
    .reduce((sum, t) => sum + t.duration_ms, 0);
  return total === 0 ? null : total;
}

/** Sequential prepares (docs/upstream.md, records 3.6); returns true when one failed and the jobs have been marked. */
async function runPreparePhase(state: RunState): Promise<boolean> {
  const { session, plan } = state;
  const prepares = plan.record.nodes.filter((n): n is PreparePlanNode => n.kind === 'prepare');
  const completed = new Set<string>();
  const timings = session.record.prepare_timings;
  for (const node of prepares) {
    const startedAt = new Date();
    let failure: string | null = null;
    if (state.signal.aborted) failure = CANCELLED_MESSAGE;
    else if (!node.depends_on.every((dep) => completed.has(dep))) {
      failure = 'no ready prepare nodes; unresolved dependencies in run plan';
    } else {
      try {
        await runPrepareNode(state, node);
      } catch (error) {
        failure = errorMessage(error);
      }
    }
    const finishedAt = new Date();
    timings.push({
      node_id: node.id,
      started_at: rfc3339(startedAt),
      finished_at: rfc3339(finishedAt),
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

function consumersOf(plan: RunPlan, nodeId: string): JobPlan[] {
  return plan.jobs.filter((j) => j.dependsOn.includes(nodeId));
}

async function runPrepareNode(state: RunState, node: PreparePlanNode): Promise<void> {
  const consumers = consumersOf(state.plan, node.id);
  // Prepare output is streamed into these logs: a write error stops the logs, not the runner, and
  // fails the node below.
  const logSet = openLogSet(() => void state.session.releaseSpace());
  const logs = consumers.map((c) => logSet.open(jobPaths(state.session.paths.runDir, c.job.id).hostLog));
  try {
    await runPrepareWithLogs(state, node, logs);
  } finally {
    for (const log of logs) log.close();
  }
  if (logSet.failure) throw logSet.failure;
}

async function runPrepareWithLogs(
  state: RunState,
  node: PreparePlanNode,
  logs: readonly ClosableLogWriter[],
): Promise<void> {
  for (const log of logs) log.line(`[pikaci] prepare \`${node.id}\`: ${node.description}`);
  const prepare = node.prepare;
  switch (prepare.type) {
    case 'nix_build': {
      const handler = state.options.prepare?.nixBuild;
      if (!handler) {
        throw new PikaciError(
          `not implemented yet: building the staged payload \`${prepare.output_name}\` with Nix (prepare node \`${node.id}\`) is not available in this version`,
        );
      }
      const output = await handler(node as NixBuildNode, {
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
      if (!owner) throw new PikaciError(`prepare node \`${node.id}\` has no job`);
      const resolution = state.resolve(owner.job.execution);
      if (resolution.kind === 'unavailable') throw new PikaciError(resolution.message);
      if (!resolution.backend.prepare) return;
      const ctx = await jobContext(
        state,
        owner,
        logs[0] ?? openLogWriter(jobPaths(state.session.paths.runDir, owner.job.id).hostLog),
      );
      await resolution.backend.prepare(ctx);
      return;
    }
  }
}

async function upsertPreparedOutput(path: string, output: RealizedPreparedOutputRecord): Promise<void> {
  const record: PreparedOutputsRecord = await readRecord(
    path,
    PreparedOutputsRecordSchema,
    'prepared outputs',
  );
  const index = record.outputs.findIndex((o) => o.node_id === output.node_id);
  if (index === -1) record.outputs.push(output);
  else record.outputs[index] = output;
  await writeRecord(path, PreparedOutputsRecordSchema, record);
}

async function markPrepareFailure(state: RunState, nodeId: string, failure: string): Promise<void> {
  const { session, plan } = state;
  for (const jobPlan of plan.jobs) {
    const direct = jobPlan.dependsOn.includes(nodeId);
    const message = direct
      ? `prepare node \`${nodeId}\` failed before execute: ${failure}`
      : `not run because prepare phase stopped after \`${nodeId}\` failed: ${failure}`;
    const log = openLogWriter(jobPaths(session.paths.runDir, jobPlan.job.id).hostLog);
    log.line(`[pikaci] ${message}`);
    log.close();
    const now = rfc3339();
    await session.saveJob(
      jobRecord(session.paths.runDir, jobPlan.job, {
        status: direct ? 'failed' : 'skipped',
        started_at: now,
        finished_at: now,
        message,
        pre_execution_prepare_duration_ms: prepareDurationMs(
          jobPlan.dependsOn,
          session.record.prepare_timings,
        ),
      }),
    );
  }
}

async function skipJobs(state: RunState, jobs: readonly JobPlan[], message: string): Promise<void> {
  for (const jobPlan of jobs) {
    const now = rfc3339();
    await state.session.saveJob(
      jobRecord(state.session.paths.runDir, jobPlan.job, {
        status: 'skipped',
        started_at: now,
        finished_at: now,
        message,
      }),
    );
  }
}

async function jobContext(
  state: RunState,
  jobPlan: JobPlan,
  hostLog: LogWriter,
  guestLog?: LogWriter,
  signal: AbortSignal = state.signal,
): Promise<JobContext> {
  const { session, options } = state;
  const job = jobPlan.job;
  const paths = jobPaths(session.paths.runDir, job.id);
  let workspaceDir = state.snapshotDir;
  if (job.writable_workspace) {
    // A private copy so a job that writes to its workspace cannot change what later jobs see.
    if (!(await stat(paths.workspaceDir).catch(() => null))) {
      await cp(state.snapshotDir, paths.workspaceDir, { recursive: true, verbatimSymlinks: true });
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
    cargoHomeDir: cargoHomeDir(options.stateRoot),
    cargoTargetDir: session.paths.cargoTargetDir,
    timeoutSecs: job.timeout_secs,
    environment: jobEnvironment(job, options.env ?? process.env),
    signal,
    output: (stream, chunk) =>
      state.reporter.jobOutput?.({ jobId: job.id, stream, chunk, parallel: state.parallel }),
    reporter: state.reporter,
  };
}

async function executeJob(state: RunState, jobPlan: JobPlan): Promise<JobRecord> {
  const { session } = state;
  const job = jobPlan.job;
  const prepareMs = prepareDurationMs(jobPlan.dependsOn, session.record.prepare_timings);
  const running = jobRecord(session.paths.runDir, job, {
    status: 'running',
    started_at: rfc3339(),
    pre_execution_prepare_duration_ms: prepareMs,
  });
  await session.saveJob(running);
  await session.emit({ event: 'job_started', run_id: session.record.run_id, job: running });

  let outcome: JobOutcome;
  let logFailed = false;
  const resolution = state.resolve(job.execution);
  if (resolution.kind === 'unavailable') {
    outcome = { status: 'failed', exit_code: null, message: resolution.message };
    const log = openLogWriter(jobPaths(session.paths.runDir, job.id).hostLog);
    log.line(`[pikaci] ${resolution.message}`);
    log.close();
  } else {
    const paths = jobPaths(session.paths.runDir, job.id);
    const writers: ClosableLogWriter[] = [];
    // A log that cannot be written (a full disk) stops the job through its own signal, so the
    // backend's cleanup runs; the reserve is released so the records can still be written.
    const stopOnLogFailure = new AbortController();
    const logs = openLogSet((failure) => {
      void session.releaseSpace();
      stopOnLogFailure.abort(failure);
    });
    try {
      const hostLog = logs.open(paths.hostLog);
      writers.push(hostLog);
      const guestLog = logs.open(paths.guestLog);
      writers.push(guestLog);
      const signal = AbortSignal.any([state.signal, stopOnLogFailure.signal]);
      outcome = await resolution.backend.run(await jobContext(state, jobPlan, hostLog, guestLog, signal));
    } catch (error) {
      outcome = { status: 'failed', exit_code: null, message: errorMessage(error) };
      writers[0]?.line(`[pikaci] ${outcome.message}`);
    } finally {
      for (const writer of writers) writer.close();
      state.reporter.jobOutputEnd?.(job.id);
    }
    if (logs.failure) {
      logFailed = true;
      outcome = { ...outcome, status: 'failed', exit_code: null, message: logs.failure.message };
      // The backend saw a cancellation; result.json says why the job was stopped. Should even that
      // not fit, the job record below still says it (or its own write fails the run).
      const ending = { ok: false, message: outcome.message, exitCode: null };
      await session
        .persist(() => writeTerminalResult(paths.resultJson, ending), paths.resultJson)
        .catch(() => undefined);
    }
  }
  if (state.signal.aborted && outcome.status === 'failed' && !logFailed)
    outcome = { ...outcome, message: CANCELLED_MESSAGE };
  const finished = jobRecord(session.paths.runDir, job, {
    status: outcome.status,
    started_at: running.started_at,
    finished_at: rfc3339(),
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
async function runExecutePhase(state: RunState, cap: number): Promise<RunRecord> {
  const pending = [...state.plan.jobs];
  const active = new Set<Promise<void>>();
  let stop = false;
  while (pending.length > 0 || active.size > 0) {
    while (!stop && !state.signal.aborted && active.size < cap && pending.length > 0) {
      const jobPlan = pending.shift()!;
      const task: Promise<void> = executeJob(state, jobPlan).then((finished) => {
        active.delete(task);
        if (finished.status === 'failed') stop = true;
      });
      active.add(task);
    }
    if (active.size === 0) break;
    await Promise.race(active);
  }
  const cancelled = state.signal.aborted;
  await skipJobs(state, pending, cancelled ? SKIPPED_AFTER_CANCEL : SKIPPED_AFTER_FAILURE);
  if (cancelled) return state.session.finish('failed', CANCELLED_MESSAGE);
  const failed = state.session.record.jobs.some((j) => j.status === 'failed');
  return state.session.finish(failed ? 'failed' : 'passed');
}
