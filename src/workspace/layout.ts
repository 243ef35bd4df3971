/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */
import { posix } from 'node:path';

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
