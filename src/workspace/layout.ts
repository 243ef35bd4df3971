/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */
import { posix } from 'node:path';
import type { Placement } from '../model/index.js';
import { jobPaths } from '../records/index.js';
import { assertNever } from '../util/index.js';

/** Work dir W on placement hosts when none is given (README "Host flags"). */
export const DEFAULT_WORK_DIR = '/var/tmp/pikaci';

export interface RemoteLayout {
  workDir: string;
  runDir: string;
  /** Published once per content hash and shared by runs; per run when the snapshot has no hash. */
  snapshotDir: string;
  jobDir(jobId: string): string;
  artifactsDir(jobId: string): string;
}

export function remoteLayout(workDir: string, runId: string, contentHash: string | null): RemoteLayout {
  const runDir = posix.join(workDir, 'runs', runId);
  const jobDir = (jobId: string): string => posix.join(runDir, 'jobs', jobId);
  return {
    workDir,
    runDir,
    snapshotDir: contentHash
      ? posix.join(workDir, 'snapshots', contentHash, 'snapshot')
      : posix.join(runDir, 'snapshot'),
    jobDir,
    artifactsDir: (jobId) => posix.join(jobDir(jobId), 'artifacts'),
  };
}

/** The run as this machine records it: enough to say where its files are on any placement host. */
export interface RunLocation {
  runId: string;
  /** The run's directory in the state root, and its snapshot, on this machine. */
  runDir: string;
  snapshotDir: string;
  contentHash: string | null;
}

/** The run's snapshot and a job's directory on the host of `placement` (the seam's rule, pure). */
export function hostLayout(
  placement: Placement,
  run: RunLocation,
  workDir: string,
): { snapshotDir: string; jobDir(jobId: string): string } {
  switch (placement) {
    case 'local':
      return { snapshotDir: run.snapshotDir, jobDir: (jobId) => jobPaths(run.runDir, jobId).jobDir };
    case 'remote_ssh':
      return remoteLayout(workDir, run.runId, run.contentHash);
    default:
      return assertNever(placement);
  }
}

/**
 * Where a host remembers the prepared outputs realized from one snapshot content hash (on this
 * machine too, under its own W): `W/snapshots/<hash>/prepared-outputs/`. What is remembered is only
 * which store path an output name gave; the path itself stays in Nix's store, and is used again only
 * while Nix still holds it.
 */
export function preparedOutputsDir(workDir: string, contentHash: string): string {
  return posix.join(workDir, 'snapshots', contentHash, 'prepared-outputs');
}
