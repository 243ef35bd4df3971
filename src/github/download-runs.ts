/**
 * `pikaci download`: fetch the `pikaci-<lane>-<attempt>` artifacts of a workflow run and unpack
 * each into `<state root>/runs/<run_id>`, so `pikaci list/status/logs` work offline. Records hold
 * absolute paths of the runner's state root; they are rewritten to the local one on the way in.
 * Each run is unpacked into a temporary directory first and renamed into place, so an interrupted
 * download never leaves a half run behind, and a run already present is left untouched.
 */
import { parse } from '../schema/index.js';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createReadStream } from 'node:fs';
import {
  ensureWritableStateRoot,
  isRunId,
  JobRecordSchema,
  RunRecordSchema,
  runsDir,
  writeRecord,
} from '../records/index.js';
import { closest, InputError, PikaciError } from '../util/index.js';
import { downloadArtifactZip, listRunArtifacts, type RunArtifact } from './artifacts.js';
import type { RestTarget } from './rest.js';

const ARTIFACT_NAME = /^pikaci-(.+)-(\d+)$/;
const PROGRESS_THRESHOLD_BYTES = 1024 * 1024;

export interface DownloadRunsOptions {
  target: RestTarget;
  workflowRunId: number;
  lane?: string | undefined;
  stateRoot: string;
  /** Progress and notes, one line each (the CLI writes them to stderr). */
  log: (line: string) => void;
}

export interface DownloadedRun {
  artifact: string;
  lane: string;
  attempt: number;
  runId: string;
  status: 'downloaded' | 'already present';
}

interface LaneArtifact extends RunArtifact {
  lane: string;
  attempt: number;
}

export async function downloadRuns(options: DownloadRunsOptions): Promise<DownloadedRun[]> {
  const all = await listRunArtifacts(options.target, options.workflowRunId);
  const ours: LaneArtifact[] = [];
  for (const artifact of all) {
    const match = ARTIFACT_NAME.exec(artifact.name);
    if (match) ours.push({ ...artifact, lane: match[1]!, attempt: Number(match[2]) });
  }
  if (ours.length === 0) {
    throw new InputError(
      `workflow run ${options.workflowRunId} of ${options.target.repository} has no pikaci artifacts`,
      {
        hint:
          all.length > 0
            ? `its artifacts are: ${all.map((a) => a.name).join(', ')}`
            : 'the run uploaded no artifacts (or they were deleted)',
      },
    );
  }
  const lanes = [...new Set(ours.map((a) => a.lane))].sort();
  if (options.lane !== undefined && !lanes.includes(options.lane)) {
    const near = closest(options.lane, lanes);
    throw new InputError(
      `workflow run ${options.workflowRunId} has no artifact for lane \`${options.lane}\``,
      {
        where: '--lane',
        hint: `${near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(', ')}? ` : ''}lanes with artifacts: ${lanes.join(', ')}`,
      },
    );
  }
  // The newest attempt of each lane: a re-run's records supersede the earlier attempt's.
  const chosen = lanes
    .filter((lane) => options.lane === undefined || lane === options.lane)
    .map((lane) => ours.filter((a) => a.lane === lane).sort((a, b) => b.attempt - a.attempt)[0]!);

  const live = chosen.filter((artifact) => !artifact.expired);
  for (const artifact of chosen.filter((a) => a.expired)) {
    options.log(
      `artifact ${artifact.name} has expired${artifact.expires_at ? ` (${artifact.expires_at})` : ''}; skipped`,
    );
  }
  if (live.length === 0) {
    throw new PikaciError(
      `the artifact${chosen.length > 1 ? 's' : ''} ${chosen.map((a) => a.name).join(', ')} of run ${options.workflowRunId} expired`,
      {
        hint: "artifacts are kept for the retention period only (the run step's `retention-days`); rerun the lane for fresh records",
      },
    );
  }

  await ensureWritableStateRoot(options.stateRoot);
  const downloaded: DownloadedRun[] = [];
  for (const artifact of live) {
    for (const runId of await fetchArtifact(options, artifact)) {
      downloaded.push({ ...runId, artifact: artifact.name, lane: artifact.lane, attempt: artifact.attempt });
    }
  }
  return downloaded;
}

async function fetchArtifact(
  options: DownloadRunsOptions,
  artifact: LaneArtifact,
): Promise<Array<{ runId: string; status: DownloadedRun['status'] }>> {
  const runs = runsDir(options.stateRoot);
  const scratch = join(runs, `.download-${randomUUID()}`);
  const zipFile = `${scratch}.zip`;
  await mkdir(scratch, { recursive: true });
  try {
    const large = artifact.size_in_bytes >= PROGRESS_THRESHOLD_BYTES;
    options.log(`downloading ${artifact.name} (${mebibytes(artifact.size_in_bytes)})`);
    let nextReport = 10;
    await downloadArtifactZip(options.target, artifact, zipFile, ({ bytes, total }) => {
      const size = total ?? artifact.size_in_bytes;
      if (!large || size <= 0) return;
      const percent = Math.floor((bytes / size) * 100);
      if (percent >= nextReport) {
        options.log(
          `  ${artifact.name}: ${Math.min(percent, 100)}% (${mebibytes(bytes)} of ${mebibytes(size)})`,
        );
        nextReport = Math.floor(percent / 10) * 10 + 10;
      }
    });
    await extractZip(zipFile, scratch, artifact.name);
    const results: Array<{ runId: string; status: DownloadedRun['status'] }> = [];
    for (const runId of await readdir(scratch)) {
      if (!isRunId(runId))
        throw new PikaciError(`artifact ${artifact.name} holds \`${runId}\`, which is not a run directory`);
      const dest = join(runs, runId);
      if (await stat(dest).catch(() => null)) {
        options.log(`run ${runId} is already in ${runs}; left as it is`);
        results.push({ runId, status: 'already present' });
        continue;
      }
      await relocateRun(join(scratch, runId), dest);
      await rename(join(scratch, runId), dest);
      results.push({ runId, status: 'downloaded' });
    }
    return results;
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await rm(zipFile, { force: true });
  }
}

/** Unzip refusing entries that would land outside `dest` (absolute paths, `..`). */
async function extractZip(zipFile: string, dest: string, name: string): Promise<void> {
  const { Parse } = await import('unzip-stream');
  const writes: Array<Promise<void>> = [];
  const parser = Parse();
  parser.on('entry', (entry: import('unzip-stream').Entry) => {
    const path = normalize(entry.path);
    if (isAbsolute(path) || path.split(sep).includes('..')) {
      entry.autodrain();
      parser.emit(
        'error',
        new PikaciError(`artifact ${name} holds an unsafe path: ${JSON.stringify(entry.path)}`),
      );
      return;
    }
    if (entry.type === 'Directory') {
      entry.autodrain();
      return;
    }
    const target = join(dest, path);
    writes.push(
      mkdir(dirname(target), { recursive: true }).then(() => pipeline(entry, createWriteStream(target))),
    );
  });
  try {
    await pipeline(createReadStream(zipFile), parser);
    await Promise.all(writes);
  } catch (error) {
    throw new PikaciError(`artifact ${name} is not a readable zip: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Rewrite the runner's absolute paths under its run directory to `finalDir`, where the run will
 * live (run.json and each job's status.json, in `runDir` before it is moved there).
 */
async function relocateRun(runDir: string, finalDir: string): Promise<void> {
  const runJson = join(runDir, 'run.json');
  const run = parse(RunRecordSchema, JSON.parse(await readFile(runJson, 'utf8')));
  const firstJob = run.jobs[0];
  const oldRunDir = run.plan_path
    ? dirname(run.plan_path)
    : firstJob
      ? dirname(dirname(dirname(firstJob.host_log_path)))
      : null;
  if (oldRunDir === null || oldRunDir === finalDir) return;
  const move = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value === oldRunDir || value.startsWith(`${oldRunDir}/`)
        ? finalDir + value.slice(oldRunDir.length)
        : value;
    }
    if (Array.isArray(value)) return value.map(move);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, move(inner)]));
    }
    return value;
  };
  await writeRecord(runJson, RunRecordSchema, parse(RunRecordSchema, move(run)));
  for (const job of run.jobs) {
    const statusJson = join(runDir, 'jobs', job.id, 'status.json');
    const text = await readFile(statusJson, 'utf8').catch(() => null);
    if (text === null) continue;
    await writeRecord(statusJson, JobRecordSchema, parse(JobRecordSchema, move(JSON.parse(text))));
  }
}

function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
