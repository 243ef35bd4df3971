/**
 * One run (docs/upstream.md, records 3): records first (`./session.ts`), then the snapshot,
 * plan.json, the prepare phase (`./prepare-phase.ts`) and the execute phase with fail-fast
 * (`./execute-phase.ts`). Cleanup (log files, transports, the space reserve) runs on every path.
 */
import { mkdir, stat } from 'node:fs/promises';
import type { Placement } from '../model/index.js';
import {
  PreparedOutputsRecordSchema,
  RunPlanRecordSchema,
  cargoHomeDir,
  ensureWritableStateRoot,
  jobPaths,
  newRunId,
  rfc3339,
  silentReporter,
  writeRecord,
  type RunRecord,
} from '../records/index.js';
import { openLogWriter, registerDeclaredSecrets } from '../runtime/index.js';
import { createSnapshot, readSnapshotMetadata, snapshotProfileForJobs } from '../snapshot/index.js';
import type { Transport } from '../transport/index.js';
import { errorMessage, InputError, PikaciError } from '../util/index.js';
import { executeConcurrency, maxConcurrentExecutes } from './concurrency.js';
import { runExecutePhase, skipJobs } from './execute-phase.js';
import type { RunOptions } from './options.js';
import { buildRunPlan } from './plan.js';
import { runPreparePhase } from './prepare-phase.js';
import {
  CANCELLED_MESSAGE,
  SKIPPED_AFTER_CANCEL,
  RunSession,
  initialRecord,
  startedEvent,
  type RunState,
} from './session.js';

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
    contentHash,
    workDir: options.environment.workDir,
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

  const { environment } = options;
  const state: RunState = {
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
    reporter: options.reporter ?? silentReporter,
    parallel: cap > 1 && options.jobs.length > 1,
  };

  const prepareFailed = await runPreparePhase(state);
  // A prepare node stopped by a cancel failed because of it: the run says so, as a cancel while executing does.
  if (prepareFailed) return session.finish('failed', signal.aborted ? CANCELLED_MESSAGE : undefined);
  if (signal.aborted) {
    await skipJobs(state, plan.jobs, SKIPPED_AFTER_CANCEL);
    return session.finish('failed', CANCELLED_MESSAGE);
  }
  return runExecutePhase(state, cap);
}
