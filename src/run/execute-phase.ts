/**
 * The execute phase (docs/upstream.md, records 3.9): each job on the backend its placement × runtime
 * resolves to, with its logs, at most `cap` at once, fail-fast.
 */
import { cargoHomeDir, jobPaths, rfc3339, type JobRecord, type RunRecord } from '../records/index.js';
import {
  jobEnvironment,
  openLogSet,
  openLogWriter,
  runWithCleanup,
  writeTerminalResult,
  type ClosableLogWriter,
  type JobContext,
  type JobOutcome,
  type LogWriter,
} from '../runtime/index.js';
import { errorMessage } from '../util/index.js';
import type { RunWorkspace } from '../workspace/index.js';
import type { JobPlan } from './plan.js';
import { prepareDurationMs } from './prepare-phase.js';
import {
  CANCELLED_MESSAGE,
  SKIPPED_AFTER_CANCEL,
  SKIPPED_AFTER_FAILURE,
  jobRecord,
  type RunState,
} from './session.js';

export async function skipJobs(state: RunState, jobs: readonly JobPlan[], message: string): Promise<void> {
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

/** The run's workspace as this machine has it: what the workspace seam places on a host. */
export function runWorkspace(state: RunState): RunWorkspace {
  return {
    runId: state.session.record.run_id,
    snapshotDir: state.snapshotDir,
    contentHash: state.contentHash,
    cargoHomeDir: cargoHomeDir(state.options.stateRoot),
    cargoTargetDir: state.session.paths.cargoTargetDir,
  };
}

export async function jobContext(
  state: RunState,
  jobPlan: JobPlan,
  hostLog: LogWriter,
  signal: AbortSignal = state.signal,
): Promise<JobContext> {
  const { session, options } = state;
  const job = jobPlan.job;
  return {
    job,
    runId: session.record.run_id,
    paths: jobPaths(session.paths.runDir, job.id),
    hostLog,
    transport: await state.transport(job.execution.placement),
    workspace: runWorkspace(state),
    environment: jobEnvironment(job, options.env ?? process.env),
    signal,
    output: (stream, chunk) =>
      state.reporter.jobOutput?.({ jobId: job.id, stream, chunk, parallel: state.parallel }),
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
  const resolution = await state.resolve(job.execution);
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
      const signal = AbortSignal.any([state.signal, stopOnLogFailure.signal]);
      // The orchestrator guarantees the backend's cleanup on every path (docs/design.md decision 7).
      const ctx = await jobContext(state, jobPlan, hostLog, signal);
      outcome = await runWithCleanup(resolution.backend, ctx);
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
export async function runExecutePhase(state: RunState, cap: number): Promise<RunRecord> {
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
