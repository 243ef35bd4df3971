/**
 * Loaders for finished or running runs (docs/upstream.md, records 4), list and gc (records 1.5, 1.6). They follow
 * the absolute paths recorded in run.json verbatim and fall back to the default layout when a path
 * is null.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { didYouMean, errorMessage, InputError } from '../util/index.js';
import { runsDir, runPaths } from './layout.js';
import { runLiveness, type RunLiveness } from './liveness.js';
import { readRecord } from './read.js';
import { runIdTimeMs } from './run-id.js';
import {
  PreparedOutputsRecordSchema,
  RunRecordSchema,
  type JobRecord,
  type PreparedOutputsRecord,
  type RunBundle,
  type RunLogsMetadata,
  type RunRecord,
} from './schemas.js';
import { timestampMs } from './time.js';

export type LogKind = 'host' | 'guest' | 'both';

export interface Logs {
  host: string | null;
  guest: string | null;
}

function checkRunIdShape(runId: string): void {
  if (runId === '' || runId.includes('/') || runId.includes('\\') || runId === '.' || runId === '..') {
    throw new InputError(`\`${runId}\` is not a run id`, {
      hint: 'run ids look like 20260319T010203Z-deadbeef',
    });
  }
}

async function existingRunIds(stateRoot: string): Promise<string[]> {
  try {
    return await readdir(runsDir(stateRoot));
  } catch {
    return [];
  }
}

export async function loadRunRecord(stateRoot: string, runId: string): Promise<RunRecord> {
  checkRunIdShape(runId);
  const paths = runPaths(stateRoot, runId);
  const dirInfo = await stat(paths.runDir).catch(() => null);
  if (!dirInfo?.isDirectory()) {
    const hint = didYouMean(runId, await existingRunIds(stateRoot));
    throw new InputError(`run \`${runId}\` not found in ${runsDir(stateRoot)}`, {
      hint: hint ?? 'list the runs with `pikaci list` (and check --state-root / PIKACI_STATE_ROOT)',
    });
  }
  return readRecord(paths.runJson, RunRecordSchema, `run record of \`${runId}\``);
}

function selectJobs(run: RunRecord, job: string | undefined): JobRecord[] {
  if (job === undefined) return run.jobs;
  const found = run.jobs.find((candidate) => candidate.id === job);
  if (!found) {
    throw new InputError(`job \`${job}\` not found in run \`${run.run_id}\``, {
      hint:
        didYouMean(
          job,
          run.jobs.map((j) => j.id),
        ) ?? `the run's jobs are: ${run.jobs.map((j) => j.id).join(', ') || '(none)'}`,
    });
  }
  return [found];
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

export function logsMetadataOf(
  run: RunRecord,
  jobs: readonly JobRecord[],
  exists: (path: string) => boolean,
): RunLogsMetadata {
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

export async function loadLogsMetadata(
  stateRoot: string,
  runId: string,
  options: { job?: string } = {},
): Promise<RunLogsMetadata> {
  const run = await loadRunRecord(stateRoot, runId);
  return logsMetadataFor(run, selectJobs(run, options.job));
}

async function logsMetadataFor(run: RunRecord, jobs: readonly JobRecord[]): Promise<RunLogsMetadata> {
  const files = new Set<string>();
  for (const job of jobs) {
    for (const path of [job.host_log_path, job.guest_log_path]) if (await isFile(path)) files.add(path);
  }
  return logsMetadataOf(run, jobs, (path) => files.has(path));
}

/** The job a log command means: the named one, else the run's first job. */
export function logJob(run: RunRecord, job: string | undefined): JobRecord {
  if (job === undefined) {
    const first = run.jobs[0];
    if (!first) throw new InputError(`run \`${run.run_id}\` has no jobs`, { hint: run.message ?? undefined });
    return first;
  }
  return selectJobs(run, job)[0]!;
}

/** Whole log files as text; for large logs prefer streaming the paths from `loadLogsMetadata`. */
export async function loadLogs(
  stateRoot: string,
  runId: string,
  options: { job?: string; kind?: LogKind } = {},
): Promise<Logs> {
  const run = await loadRunRecord(stateRoot, runId);
  const job = logJob(run, options.job);
  const kind = options.kind ?? 'both';
  const read = async (path: string): Promise<string> => {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read log of job \`${job.id}\`: ${errorMessage(error)}`, { where: path });
    }
  };
  return {
    host: kind === 'guest' ? null : await read(job.host_log_path),
    guest: kind === 'host' ? null : await read(job.guest_log_path),
  };
}

/** Null when the run has no prepared-outputs file; an error when the file is unreadable or invalid. */
export async function loadPreparedOutputsRecord(
  stateRoot: string,
  runId: string,
  run?: RunRecord,
): Promise<PreparedOutputsRecord | null> {
  const record = run ?? (await loadRunRecord(stateRoot, runId));
  const path = record.prepared_outputs_path ?? runPaths(stateRoot, runId).preparedOutputsJson;
  if (!(await isFile(path))) return null;
  return readRecord(path, PreparedOutputsRecordSchema, `prepared outputs of run \`${runId}\``);
}

export interface BundleOptions {
  /** Receives the text of non-fatal problems; defaults to a `warning:` line on stderr. */
  onWarning?: (message: string) => void;
}

/** run.json is required; logs metadata cannot fail; prepared outputs are best effort (null + warning). */
export async function loadRunBundle(
  stateRoot: string,
  runId: string,
  options: BundleOptions = {},
): Promise<RunBundle> {
  const warn = options.onWarning ?? ((message: string) => process.stderr.write(`warning: ${message}\n`));
  const run = await loadRunRecord(stateRoot, runId);
  const logs = await logsMetadataFor(run, run.jobs);
  let prepared: PreparedOutputsRecord | null = null;
  try {
    prepared = await loadPreparedOutputsRecord(stateRoot, runId, run);
  } catch (error) {
    warn(`failed to load prepared outputs for run \`${runId}\`: ${errorMessage(error)}`);
  }
  return { run, logs, prepared_outputs: prepared };
}

export type RunListEntry =
  | { run_id: string; state: 'recorded'; run: RunRecord; liveness: RunLiveness }
  | { run_id: string; state: 'incomplete' | 'corrupt'; reason: string };

/** Every run directory, newest first; a half-created or corrupt run is listed as such. */
export async function listRuns(stateRoot: string): Promise<RunListEntry[]> {
  const dir = runsDir(stateRoot);
  const names = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new InputError(`cannot list runs: ${errorMessage(error)}`, { where: dir });
  });
  const entries: Array<{ entry: RunListEntry; sortMs: number }> = [];
  for (const name of names) {
    if (!name.isDirectory()) continue;
    const runId = name.name;
    const runJson = runPaths(stateRoot, runId).runJson;
    let entry: RunListEntry;
    let sortMs = runIdTimeMs(runId);
    if (!(await isFile(runJson))) {
      entry = { run_id: runId, state: 'incomplete', reason: 'no run.json (half-created run directory)' };
    } else {
      try {
        const run = await readRecord(runJson, RunRecordSchema, 'run record');
        entry = { run_id: runId, state: 'recorded', run, liveness: runLiveness(run) };
        sortMs = timestampMs(run.created_at);
      } catch (error) {
        entry = { run_id: runId, state: 'corrupt', reason: errorMessage(error) };
      }
    }
    sortMs ??= (await stat(join(dir, runId))).mtimeMs;
    entries.push({ entry, sortMs });
  }
  entries.sort((a, b) => b.sortMs - a.sortMs || b.entry.run_id.localeCompare(a.entry.run_id));
  return entries.map((e) => e.entry);
}

export interface GcOptions {
  /** How many of the newest runs to keep (upstream default 10). */
  keep: number;
  /** Also remove runs that may still be running. */
  force?: boolean;
  /** A run directory without run.json younger than this may be starting right now (default 60 s). */
  startingGraceMs?: number;
}

export interface GcResult {
  removed: string[];
  /** Beyond `keep`, but left alone because their runner may still be alive. */
  kept_running: string[];
}

/**
 * Keeps the `keep` newest run directories (by run id, newest first) and removes the rest, except
 * runs whose runner may still be alive: `running` with a live or unknown pid, or a directory
 * without run.json created within the grace period. `force` removes those too. `cache/` is untouched.
 */
export async function gcRuns(stateRoot: string, options: GcOptions): Promise<GcResult> {
  if (!Number.isInteger(options.keep) || options.keep < 0) {
    throw new InputError(`--keep-runs must be a non-negative integer, got \`${options.keep}\``);
  }
  const dir = runsDir(stateRoot);
  const dirents = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new InputError(`cannot list runs: ${errorMessage(error)}`, { where: dir });
  });
  const ids = dirents
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .reverse();
  const result: GcResult = { removed: [], kept_running: [] };
  const grace = options.startingGraceMs ?? 60_000;
  for (const runId of ids.slice(options.keep)) {
    if (!options.force && (await mayBeRunning(stateRoot, runId, grace))) {
      result.kept_running.push(runId);
      continue;
    }
    await rm(join(dir, runId), { recursive: true, force: true });
    result.removed.push(runId);
  }
  return result;
}

async function mayBeRunning(stateRoot: string, runId: string, graceMs: number): Promise<boolean> {
  const paths = runPaths(stateRoot, runId);
  if (!(await isFile(paths.runJson))) {
    const info = await stat(paths.runDir).catch(() => null);
    return info !== null && Date.now() - info.mtimeMs < graceMs;
  }
  try {
    const run = await readRecord(paths.runJson, RunRecordSchema, 'run record');
    const liveness = runLiveness(run);
    return liveness === 'alive' || liveness === 'unknown';
  } catch {
    return false;
  }
}
