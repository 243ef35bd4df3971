/**
 * remote_ssh × host_process: the job's command runs on the placement host in a copy of the run's
 * snapshot published there (`W/snapshots/<hash>/snapshot`, or a private writable copy), through the
 * SSH transport. Output streams back live; the exit becomes `result.json` on this side.
 */
import { posix } from 'node:path';
import type { JobContext, JobOutcome, RuntimeBackend } from '../runtime/index.js';
import { hostArgv, readTerminalResult, writeTerminalResult } from '../runtime/index.js';
import { errorMessage } from '../util/errors.js';
import { shellJoin, shellQuote } from '../util/shell.js';
import { describeExit, mustCapture, shArgv } from './exec.js';
import { remoteLayout } from './layout.js';
import { syncSnapshot } from './sync.js';

export function remoteHostProcessBackend(workDir: string): RuntimeBackend {
  return { run: (ctx) => runRemoteHostProcess(ctx, workDir) };
}

async function runRemoteHostProcess(ctx: JobContext, workDir: string): Promise<JobOutcome> {
  const { job, transport, hostLog, paths } = ctx;
  const layout = remoteLayout(workDir, ctx.runId, ctx.snapshotContentHash);
  const argv = hostArgv(job.guest_command);
  let ending: { ok: boolean; message: string; exitCode: number | null };
  if (argv === null) {
    ending = {
      ok: false,
      message: 'host-process jobs do not support root commands (shell_command_as_root)',
      exitCode: null,
    };
  } else {
    try {
      const jobDir = layout.jobDir(job.id);
      const artifacts = layout.artifactsDir(job.id);
      await mustCapture(
        transport,
        'ensure remote job dirs',
        shArgv(
          `set -eu; mkdir -p ${[artifacts, posix.dirname(layout.snapshotDir), posix.join(workDir, 'cache/cargo-home')].map(shellQuote).join(' ')}`,
        ),
      );
      await syncSnapshot(transport, {
        localDir: ctx.snapshotDir,
        remoteDir: layout.snapshotDir,
        log: (l) => hostLog.line(l),
        signal: ctx.signal,
      });
      let cwd = layout.snapshotDir;
      if (job.writable_workspace) {
        cwd = posix.join(jobDir, 'workspace');
        await mustCapture(
          transport,
          'copy the snapshot into a writable workspace',
          shArgv(
            `set -eu; rm -rf ${shellQuote(cwd)}; cp -a ${shellQuote(layout.snapshotDir)} ${shellQuote(cwd)}`,
          ),
        );
      }
      hostLog.line(`[pikaci] remote host-process command on ${transport.hostLabel}: ${shellJoin(argv)}`);
      const result = await transport.exec({
        argv,
        cwd,
        env: {
          ARTIFACTS: artifacts,
          CARGO_HOME: posix.join(workDir, 'cache/cargo-home'),
          CARGO_TARGET_DIR: posix.join(layout.runDir, 'cargo-target'),
        },
        onStdout: (chunk) => {
          hostLog.write(chunk);
          ctx.output('stdout', chunk);
        },
        onStderr: (chunk) => {
          hostLog.write(chunk);
          ctx.output('stderr', chunk);
        },
        timeoutMs: ctx.timeoutSecs * 1000,
        signal: ctx.signal,
      });
      if (result.cancelled) ending = { ok: false, message: 'cancelled', exitCode: null };
      else if (result.timedOut)
        ending = { ok: false, message: `timed out after ${ctx.timeoutSecs}s`, exitCode: null };
      else if (result.connectionLost)
        ending = {
          ok: false,
          message: `infrastructure error: lost the connection to ${transport.hostLabel}`,
          exitCode: null,
        };
      else if (result.exitCode === 0)
        ending = { ok: true, message: 'remote host-process command passed', exitCode: 0 };
      else
        ending = {
          ok: false,
          message: `remote host-process command ended with ${describeExit(result)}`,
          exitCode: result.exitCode,
        };
    } catch (error) {
      ending = { ok: false, message: errorMessage(error), exitCode: null };
    }
  }
  hostLog.line(`[pikaci] ${ending.message}`);
  await writeTerminalResult(paths.resultJson, ending);
  return readTerminalResult(paths.resultJson);
}
