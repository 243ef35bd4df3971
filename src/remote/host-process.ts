/**
 * remote_ssh × host_process: the host-process backend with its workspace on the placement host —
 * the run's snapshot published there (`W/snapshots/<hash>/snapshot`), or a private writable copy.
 */
import { posix } from 'node:path';
import {
  hostProcessBackendWith,
  type HostWorkspace,
  type JobContext,
  type RuntimeBackend,
} from '../runtime/index.js';
import { shellQuote } from '../util/index.js';
import { mustCapture, shArgv } from './exec.js';
import { remoteLayout } from './layout.js';
import { supervisedTransport } from './supervisor.js';
import { syncSnapshot } from './sync.js';

/**
 * `jobsLockFile`: the run's concurrency group's jobs file on the host (see `src/locks/`), or null.
 * The job command itself runs under the supervisor (`./supervisor.ts`), so it dies with its
 * connection; the workspace is prepared over the plain transport.
 */
export function remoteHostProcessBackend(
  workDir: string,
  jobsLockFile: string | null = null,
): RuntimeBackend {
  return {
    run: (ctx) =>
      hostProcessBackendWith(() => remoteWorkspace(ctx, workDir)).run({
        ...ctx,
        transport: supervisedTransport(ctx.transport, { marker: `${ctx.runId}/${ctx.job.id}`, jobsLockFile }),
      }),
  };
}

async function remoteWorkspace(ctx: JobContext, workDir: string): Promise<HostWorkspace> {
  const { job, transport, hostLog } = ctx;
  const layout = remoteLayout(workDir, ctx.runId, ctx.snapshotContentHash);
  const artifacts = layout.artifactsDir(job.id);
  const cargoHome = posix.join(workDir, 'cache/cargo-home');
  await mustCapture(
    transport,
    'ensure remote job dirs',
    shArgv(
      `set -eu; mkdir -p ${[artifacts, posix.dirname(layout.snapshotDir), cargoHome].map(shellQuote).join(' ')}`,
    ),
  );
  await syncSnapshot(transport, {
    localDir: ctx.snapshotDir,
    remoteDir: layout.snapshotDir,
    log: (line) => hostLog.line(line),
    signal: ctx.signal,
  });
  let cwd = layout.snapshotDir;
  if (job.writable_workspace) {
    cwd = posix.join(layout.jobDir(job.id), 'workspace');
    await mustCapture(
      transport,
      'copy the snapshot into a writable workspace',
      shArgv(
        `set -eu; rm -rf ${shellQuote(cwd)}; cp -a ${shellQuote(layout.snapshotDir)} ${shellQuote(cwd)}`,
      ),
    );
  }
  return {
    cwd,
    env: {
      ARTIFACTS: artifacts,
      CARGO_HOME: cargoHome,
      CARGO_TARGET_DIR: posix.join(layout.runDir, 'cargo-target'),
    },
    label: 'remote host-process command',
    host: transport.hostLabel,
  };
}
