/**
 * The workspace seam (docs/architecture.md "Workspaces"): where a job's files are on the host it
 * runs on. On this machine that is the run's own snapshot and job directories; on a host reached
 * over SSH the snapshot is published once per content hash under `W/snapshots/<hash>/snapshot`
 * (streamed, never staged locally) and the job's directories are under `W/runs/<run>/jobs/<job>`.
 * This is the one place that tells the two apart; backends only ask for what they need.
 */
import { posix } from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { JobPaths } from '../records/index.js';
import { mustCapture, shArgv } from '../transport/index.js';
import type { Transport } from '../transport/index.js';
import { assertNever } from '../util/index.js';
import { shellQuote } from '../util/index.js';
import { remoteLayout } from './layout.js';
import type { SyncOptions, SyncResult } from './sync.js';

/** The run's workspace as the runner has it: what every job's workspace is made from. */
export interface RunWorkspace {
  runId: string;
  /** The run's read-only snapshot on this machine, and its content hash. */
  snapshotDir: string;
  contentHash: string | null;
  /** The state root's shared cargo home and the run's cargo target dir, on this machine. */
  cargoHomeDir: string;
  cargoTargetDir: string;
}

/** A job's directories on the host it runs on. */
export interface StagedWorkspace {
  /** The job runs on the runner itself (its files are the run's own). */
  onThisMachine: boolean;
  /** The run's snapshot on that host. */
  snapshotDir: string;
  /** This job's directory there, and its artifacts directory (created). */
  jobDir: string;
  artifactsDir: string;
  cargoHomeDir: string;
  cargoTargetDir: string;
}

export interface StageOptions {
  /** Work dir W on a remote host. */
  workDir: string;
  log: (line: string) => void;
  signal?: AbortSignal;
  /** Only the snapshot is needed (a VM backend makes its own directories). */
  snapshotOnly?: boolean;
}

/** Put the run's snapshot where `transport` runs commands, and make the job's directories there. */
export async function stageWorkspace(
  transport: Transport,
  run: RunWorkspace,
  paths: JobPaths,
  options: StageOptions,
): Promise<StagedWorkspace> {
  switch (transport.placement) {
    case 'local':
      if (!options.snapshotOnly) await mkdir(paths.artifactsDir, { recursive: true });
      return {
        onThisMachine: true,
        snapshotDir: run.snapshotDir,
        jobDir: paths.jobDir,
        artifactsDir: paths.artifactsDir,
        cargoHomeDir: run.cargoHomeDir,
        cargoTargetDir: run.cargoTargetDir,
      };
    case 'remote_ssh': {
      const layout = remoteLayout(options.workDir, run.runId, run.contentHash);
      const jobId = posix.basename(paths.jobDir);
      const staged: StagedWorkspace = {
        onThisMachine: false,
        snapshotDir: layout.snapshotDir,
        jobDir: layout.jobDir(jobId),
        artifactsDir: layout.artifactsDir(jobId),
        cargoHomeDir: posix.join(options.workDir, 'cache/cargo-home'),
        cargoTargetDir: posix.join(layout.runDir, 'cargo-target'),
      };
      const dirs = options.snapshotOnly
        ? [posix.dirname(staged.snapshotDir)]
        : [staged.artifactsDir, posix.dirname(staged.snapshotDir), staged.cargoHomeDir];
      await mustCapture(
        transport,
        'ensure remote job dirs',
        shArgv(`set -eu; mkdir -p ${dirs.map(shellQuote).join(' ')}`),
      );
      await publishSnapshot(transport, {
        localDir: run.snapshotDir,
        remoteDir: staged.snapshotDir,
        log: options.log,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return staged;
    }
    default:
      return assertNever(transport.placement);
  }
}

/** The run's snapshot on a host, and whether it had to be sent there. */
export interface StagedSnapshot {
  snapshotDir: string;
  transfer: 'uploaded' | 'reused' | 'on_this_machine';
}

/**
 * Put only the run's snapshot where `transport` runs commands: what a prepare node builds from.
 * Over SSH it is published once per content hash; a second run on the same hash sends nothing.
 */
export async function stageSnapshot(
  transport: Transport,
  run: RunWorkspace,
  options: Omit<StageOptions, 'snapshotOnly'>,
): Promise<StagedSnapshot> {
  switch (transport.placement) {
    case 'local':
      return { snapshotDir: run.snapshotDir, transfer: 'on_this_machine' };
    case 'remote_ssh': {
      const snapshotDir = remoteLayout(options.workDir, run.runId, run.contentHash).snapshotDir;
      const synced = await publishSnapshot(transport, {
        localDir: run.snapshotDir,
        remoteDir: snapshotDir,
        log: options.log,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return { snapshotDir, transfer: synced.action };
    }
    default:
      return assertNever(transport.placement);
  }
}

/**
 * A private writable copy of the snapshot for one job, made on the host the job runs on (so a job
 * that writes to its workspace cannot change what later jobs see). Returns its path.
 */
export async function writableCopy(transport: Transport, staged: StagedWorkspace): Promise<string> {
  const copy = posix.join(staged.jobDir, 'workspace');
  await mustCapture(
    transport,
    'copy the snapshot into a writable workspace',
    shArgv(
      `set -eu; rm -rf ${shellQuote(copy)}; cp -a ${shellQuote(staged.snapshotDir)} ${shellQuote(copy)}`,
    ),
  );
  return copy;
}

/** The SSH publisher (and tar with it) is loaded only by a run that has a remote placement. */
async function publishSnapshot(transport: Transport, options: SyncOptions): Promise<SyncResult> {
  const { syncSnapshot } = await import('./sync.js');
  return syncSnapshot(transport, options);
}
