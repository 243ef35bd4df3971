/**
 * The pass cache in the run records (README "Skipping lanes that already passed"): the run recorded
 * for a lane that already passed (nothing ran), the `pass_cache` field of a run that ran after a
 * miss, and the check that a finished run really proves its key.
 */
import { parse } from '../schema/index.js';
import { mkdir } from 'node:fs/promises';
import {
  ensureWritableStateRoot,
  newRunId,
  rfc3339,
  runPaths,
  RunRecordSchema,
  silentReporter,
  writeRecord,
  type PassCacheRecord,
  type RunRecord,
  type RunReporter,
} from '../records/index.js';
import { readSnapshotMetadata } from '../snapshot/index.js';
import type { PassKey } from './key.js';

/** The run that proved a key: a workflow run (URL) in the action, a run of this state root locally. */
export interface PassProof {
  runId: string | null;
  url: string | null;
  /** When that run passed (RFC 3339), when known. */
  at: string | null;
}

export function alreadyPassedMessage(proof: PassProof): string {
  if (proof.url !== null) return `already passed at ${proof.url}`;
  if (proof.runId !== null) return `already passed in run ${proof.runId}`;
  return 'already passed (the proving run is not known: its marker could not be read)';
}

export interface AlreadyPassedRequest {
  stateRoot: string;
  sourceRoot: string;
  targetId: string;
  targetDescription: string;
  filters: readonly string[];
  gitHead: string | null;
  passKey: PassKey;
  proof: PassProof;
  reporter?: RunReporter;
}

/**
 * Record a lane that is not run because its key already passed: status `passed`, no jobs, no
 * snapshot, the message naming the proving run and `pass_cache.outcome = already_passed`. The same
 * lifecycle events as any run (`run_started`, `run_finished`), so every output format shows it.
 */
export async function recordAlreadyPassed(request: AlreadyPassedRequest): Promise<RunRecord> {
  await ensureWritableStateRoot(request.stateRoot);
  const createdAt = rfc3339();
  const runId = newRunId(new Date(createdAt));
  const passCache: PassCacheRecord = {
    key: request.passKey.key,
    outcome: 'already_passed',
    proved_by_run_id: request.proof.runId,
    proved_by_url: request.proof.url,
    proved_at: request.proof.at,
  };
  const record = parse(RunRecordSchema, {
    run_id: runId,
    status: 'passed',
    target_id: request.targetId,
    target_description: request.targetDescription,
    source_root: request.sourceRoot,
    snapshot_dir: '',
    git_head: request.gitHead,
    created_at: createdAt,
    finished_at: createdAt,
    filters: [...request.filters],
    message: alreadyPassedMessage(request.proof),
    jobs: [],
    pass_cache: passCache,
  });
  const reporter = request.reporter ?? silentReporter;
  const paths = runPaths(request.stateRoot, runId);
  await mkdir(paths.runDir, { recursive: true });
  await writeRecord(paths.runJson, RunRecordSchema, record);
  await reporter.event({
    event: 'run_started',
    run_id: runId,
    created_at: createdAt,
    rerun_of: null,
    target_id: record.target_id,
    target_description: record.target_description,
  });
  await reporter.event({ event: 'run_finished', run: record });
  return record;
}

/** Note on a finished run that it ran because `passKey` missed (its own proof, if it passed). */
export async function markRan(stateRoot: string, run: RunRecord, passKey: PassKey): Promise<RunRecord> {
  const marked = parse(RunRecordSchema, {
    ...run,
    pass_cache: {
      key: passKey.key,
      outcome: 'ran',
      proved_by_run_id: null,
      proved_by_url: null,
      proved_at: null,
    },
  });
  await writeRecord(runPaths(stateRoot, run.run_id).runJson, RunRecordSchema, marked);
  return marked;
}

export type ProofCheck = { proved: true } | { proved: false; reason: string };

/**
 * Does this finished run prove `passKey`? Only a passed run whose snapshot has the content hash the
 * key was computed from (the tree did not change in between) and whose jobs ran on the image digests
 * the key names (an Incus alias was not moved in between; `remote_linux_vm_execution.image`).
 */
export async function verifyProof(run: RunRecord, passKey: PassKey): Promise<ProofCheck> {
  if (run.status !== 'passed') return { proved: false, reason: `the run ${run.status}` };
  if (run.jobs.length === 0 || run.jobs.some((job) => job.status !== 'passed')) {
    return { proved: false, reason: 'not every job of the run passed' };
  }
  const metadata = await readSnapshotMetadata(run.snapshot_dir).catch(() => null);
  if (metadata?.content_hash !== passKey.expect.contentHash) {
    return {
      proved: false,
      reason: `the run's snapshot (${metadata?.content_hash ?? 'unreadable'}) is not the tree the key was computed from (${passKey.expect.contentHash}): files changed while it ran`,
    };
  }
  for (const job of run.jobs) {
    const expected =
      job.placement === null || job.runtime === null
        ? undefined
        : passKey.expect.imageDigests[job.placement]?.[job.runtime];
    if (expected === undefined) continue;
    const digest = job.remote_linux_vm_execution?.image?.digest ?? null;
    if (digest !== expected) {
      return {
        proved: false,
        reason: `job \`${job.id}\` ran on ${job.runtime} image ${digest ?? 'unknown'}, not ${expected}`,
      };
    }
  }
  return { proved: true };
}
