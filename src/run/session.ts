/**
 * A run's records (docs/upstream.md, records 3): run.json `running` and `run_started` before any
 * heavy work, job records as they change, the final status. Every record write is atomic, and a
 * full disk releases the run's space reserve once before it gives up.
 */
import { parse } from '../schema/index.js';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { runGit } from '../git/index.js';
import { executorLabel, type JobSpec, type Placement } from '../model/index.js';
import {
  JobRecordSchema,
  RunLifecycleEventSchema,
  RunRecordSchema,
  ensureWritableStateRoot,
  jobPaths,
  newRunId,
  rfc3339,
  runPaths,
  silentReporter,
  writeRecord,
  type JobRecord,
  type RunLifecycleEvent,
  type RunPaths,
  type RunRecord,
  type RunReporter,
} from '../records/index.js';
import type { BackendResolution } from '../runtime/index.js';
import type { Transport } from '../transport/index.js';
import { PikaciError } from '../util/index.js';
import type { RunOptions } from './options.js';
import type { RunPlan } from './plan.js';

export const CANCELLED_MESSAGE = 'cancelled';
export const SKIPPED_AFTER_FAILURE = 'not run because an earlier execute node failed';
export const SKIPPED_AFTER_CANCEL = 'not run because the run was cancelled';
/**
 * Space kept free in the run directory for the final records: when a job's log fills the disk,
 * this file is deleted so result.json, status.json and run.json can still say what happened.
 */
const SPACE_RESERVE_BYTES = 256 * 1024;
const SPACE_RESERVE_FILE = '.pikaci-space-reserve';

async function gitHead(cwd: string): Promise<string | null> {
  const head = await runGit(cwd, ['rev-parse', 'HEAD']).then(
    (result) => result.stdout.toString('utf8').trim(),
    () => '',
  );
  return head === '' ? null : head;
}

export function initialRecord(
  runId: string,
  createdAt: string,
  options: Omit<RunOptions, 'environment'>,
): RunRecord {
  return parse(RunRecordSchema, {
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

export class RunSession {
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
    await this.reporter.event(parse(RunLifecycleEventSchema, event));
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

export function jobRecord(
  runDir: string,
  job: JobSpec,
  fields: Pick<JobRecord, 'status' | 'started_at'> & Partial<JobRecord>,
): JobRecord {
  const paths = jobPaths(runDir, job.id);
  return parse(JobRecordSchema, {
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
  options: Omit<RunOptions, 'jobs' | 'environment'> & { message: string },
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

export function startedEvent(record: RunRecord): RunLifecycleEvent {
  return {
    event: 'run_started',
    run_id: record.run_id,
    created_at: record.created_at,
    rerun_of: record.rerun_of,
    target_id: record.target_id,
    target_description: record.target_description,
  };
}

/** What the phases share for one run. */
export interface RunState {
  session: RunSession;
  options: RunOptions;
  plan: RunPlan;
  signal: AbortSignal;
  snapshotDir: string;
  contentHash: string | null;
  resolve: (execution: JobSpec['execution']) => BackendResolution | Promise<BackendResolution>;
  /** The run's transport for a placement, opened on first use and closed when the run ends. */
  transport: (placement: Placement) => Promise<Transport>;
  reporter: RunReporter;
  parallel: boolean;
}
