/**
 * host_process (docs/upstream.md, executor 2, with the changes in docs/design.md): the job's command runs on its placement host
 * through the Transport, in a workspace the placement provides, with output streamed live to the terminal
 * and appended to host.log. Every ending — exit, timeout, cancellation, a command that cannot
 * start — is written to result.json, and the outcome is read back from it.
 */
import { mkdir } from 'node:fs/promises';
import { compileGuestCommand, type GuestCommand } from '../../model/index.js';
import { assertNever } from '../../util/index.js';
import { rfc3339 } from '../../records/index.js';
import {
  readTerminalResult,
  writeTerminalResult,
  type JobContext,
  type JobOutcome,
  type RuntimeBackend,
} from '../../runtime/index.js';
import type { ExecResult, Transport } from '../../transport/index.js';
import { errorMessage, shellJoin } from '../../util/index.js';
import { DEFAULT_WORK_DIR, stageWorkspace, writableCopy } from '../../workspace/index.js';
import { supervisedTransport } from './supervisor.js';

const BASH = ['bash', '--noprofile', '--norc', '-lc'] as const;

/** The argv a guest command runs as on the host; null for commands this runtime refuses. */
export function hostArgv(guest: GuestCommand): readonly string[] | null {
  switch (guest.kind) {
    case 'host_shell_command':
    case 'shell_command':
      return [...BASH, guest.command];
    case 'shell_command_as_root':
      return null;
    case 'argv':
      return guest.argv;
    case 'exact_cargo_test':
    case 'package_unit_tests':
    case 'package_tests':
    case 'filtered_cargo_tests':
      return [...BASH, compileGuestCommand(guest).command];
    default:
      return assertNever(guest);
  }
}

interface Ending {
  ok: boolean;
  message: string;
  exitCode: number | null;
}

function endingOf(result: ExecResult, timeoutSecs: number, workspace: HostWorkspace): Ending {
  const { label } = workspace;
  if (result.cancelled) return { ok: false, message: 'cancelled', exitCode: null };
  if (result.timedOut) return { ok: false, message: `timed out after ${timeoutSecs}s`, exitCode: null };
  if (result.connectionLost) {
    return {
      ok: false,
      message: `infrastructure error: lost the connection to ${workspace.host}`,
      exitCode: null,
    };
  }
  if (result.exitCode === 0) return { ok: true, message: `${label} passed`, exitCode: 0 };
  if (result.exitCode !== null) {
    const hint = result.exitCode === 127 ? ' (command not found)' : '';
    return {
      ok: false,
      message: `${label} exited with ${result.exitCode}${hint}`,
      exitCode: result.exitCode,
    };
  }
  return { ok: false, message: `${label} was killed by ${result.signal ?? 'a signal'}`, exitCode: null };
}

/** Where a host-process job runs on its placement host, and how its log lines name it. */
export interface HostWorkspace {
  cwd: string;
  /** The workspace's own variables (`ARTIFACTS`, `CARGO_HOME`, `CARGO_TARGET_DIR`). */
  env: Record<string, string>;
  /** `host-local command` on this machine (upstream wording), `remote host-process command` over SSH. */
  label: string;
  host: string;
  /** The runner's own machine: the job also gets the allow-listed host variables. */
  onThisMachine: boolean;
}

/**
 * The job's whole environment (README "Security"): on this machine the allow-listed host variables
 * (a remote host's own login environment stands in for them), the CI context, the workspace's
 * variables, the job's `pass_env` variables and its declared secrets. Never the runner's environment as
 * a whole.
 */
function jobEnv(ctx: JobContext, workspace: HostWorkspace): Record<string, string> {
  const { host, context, passed, secrets } = ctx.environment;
  return {
    ...(workspace.onThisMachine ? host : {}),
    ...context,
    ...passed,
    ...workspace.env,
    ...secrets,
  };
}

/** The job's workspace on its host (the workspace seam), with a writable copy when the job asks. */
async function hostWorkspace(ctx: JobContext, workDir: string): Promise<HostWorkspace> {
  const staged = await stageWorkspace(ctx.transport, ctx.workspace, ctx.paths, {
    workDir,
    log: (line) => ctx.hostLog.line(line),
    signal: ctx.signal,
  });
  return {
    cwd: ctx.job.writable_workspace ? await writableCopy(ctx.transport, staged) : staged.snapshotDir,
    env: {
      ARTIFACTS: staged.artifactsDir,
      CARGO_HOME: staged.cargoHomeDir,
      CARGO_TARGET_DIR: staged.cargoTargetDir,
    },
    label: staged.onThisMachine ? 'host-local command' : 'remote host-process command',
    host: ctx.transport.hostLabel,
    onThisMachine: staged.onThisMachine,
  };
}

async function runHostProcess(ctx: JobContext, options: HostProcessOptions): Promise<JobOutcome> {
  const { job, hostLog, paths } = ctx;
  const timeoutSecs = job.timeout_secs;
  await mkdir(paths.artifactsDir, { recursive: true });
  const argv = hostArgv(job.guest_command);
  let ending: Ending;
  if (argv === null) {
    ending = {
      ok: false,
      message:
        'host-process jobs do not support root commands (shell_command_as_root); use an incus or tart runtime',
      exitCode: null,
    };
    hostLog.line(`[pikaci] ${ending.message}`);
  } else {
    try {
      const workspace = await hostWorkspace(ctx, options.workDir);
      hostLog.line(`[pikaci] starting host-process job \`${job.id}\` on ${workspace.host} at ${rfc3339()}`);
      hostLog.line(`[pikaci] ${workspace.label}: ${shellJoin(argv)}`);
      hostLog.line(`[pikaci] host-process workspace: ${workspace.cwd}`);
      const result = await jobTransport(ctx, workspace, options).exec({
        argv,
        cwd: workspace.cwd,
        env: jobEnv(ctx, workspace),
        inheritEnv: false,
        onStdout: (chunk) => {
          hostLog.write(chunk);
          ctx.output('stdout', chunk);
        },
        onStderr: (chunk) => {
          hostLog.write(chunk);
          ctx.output('stderr', chunk);
        },
        timeoutMs: timeoutSecs * 1000,
        signal: ctx.signal,
      });
      ending = endingOf(result, timeoutSecs, workspace);
      if (result.timedOut) hostLog.line(`[pikaci] timeout after ${timeoutSecs}s, killed ${workspace.label}`);
    } catch (error) {
      ending = { ok: false, message: `could not start the command: ${errorMessage(error)}`, exitCode: null };
    }
    hostLog.line(
      `[pikaci] host-process job exited with ${ending.exitCode ?? 'no exit code'} at ${rfc3339()}: ${ending.message}`,
    );
  }
  await writeTerminalResult(paths.resultJson, ending);
  return readTerminalResult(paths.resultJson);
}

export interface HostProcessOptions {
  /** Work dir W on a remote host. */
  workDir: string;
  /** The run's concurrency group's jobs file on the host (`src/locks/`), or null. */
  jobsLockFile: string | null;
  /** Run the job without the supervisor (library callers that manage processes themselves). */
  unsupervised?: boolean;
}

/**
 * The job's command runs under the supervisor (`./supervisor.ts`), so it dies with its connection
 * or its runner; the workspace is prepared over the plain transport.
 */
function jobTransport(ctx: JobContext, workspace: HostWorkspace, options: HostProcessOptions): Transport {
  if (options.unsupervised) return ctx.transport;
  return supervisedTransport(ctx.transport, {
    marker: `${ctx.runId}/${ctx.job.id}`,
    jobsLockFile: options.jobsLockFile,
    local: workspace.onThisMachine,
  });
}

/** The host-process backend for one placement host (here, or reached over SSH). */
export function hostProcessBackend(
  options: HostProcessOptions = { workDir: DEFAULT_WORK_DIR, jobsLockFile: null },
): RuntimeBackend {
  return { run: (ctx) => runHostProcess(ctx, options) };
}
