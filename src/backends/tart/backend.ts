/**
 * The Tart runtime (docs/upstream.md, executor 6, with docs/design.md decisions 1, 6 and 7): the phase
 * script of one job over its `TartVm` on the placement host (this Mac, or a Mac over SSH), driven only
 * through the job's `Transport`. Phases are timed into the execution record; the outcome comes from
 * the guest runner's `result.json` (docs/guest-protocol.md). Everything after the clone is undone by
 * `cleanup`, which the orchestrator runs on every path (`runWithCleanup`): stop (bounded), reap
 * `tart run`, delete, then give the host's VM slot back — upstream returned early without it on a
 * readiness timeout or an early error and leaked the VM and its `tart run`.
 */
import { mkdir } from 'node:fs/promises';
import { posix } from 'node:path';
import { buildGuestRequest, guestRunnerScript } from '../../guest/index.js';
import { rfc3339, type RemoteLinuxVmExecutionRecord } from '../../records/index.js';
import {
  runWithCleanup,
  type JobContext,
  type JobOutcome,
  type RuntimeBackend,
} from '../../runtime/index.js';
import { capture, describeExit, mustCapture, shArgv } from '../../transport/index.js';
import { assertNever, errorMessage, shellQuote } from '../../util/index.js';
import {
  collectLifecycleFiles,
  failedOutcome,
  LineSplitter,
  PhaseRecorder,
  readGuestOutcome,
  settleVmJob,
  VmFailure,
} from '../../vm/index.js';
import { stageWorkspace } from '../../workspace/index.js';
import { hostArgv, TartCli } from './cli.js';
import { TART_VM_SLOTS, type TartHostConfig } from './config.js';
import {
  ARTIFACTS_SHARE,
  guestEnvironment,
  GUEST_LIBRARY_DEVELOPER,
  LIBRARY_DEVELOPER_TAG,
  NIX_BOOTSTRAP,
  NIX_CHECK,
  NIX_STORE_TAG,
  prepareGuestScript,
  runnerArgv,
  RUST_TOOLCHAIN_SHARE,
  sharedPath,
  TART_STATE_DIR,
  WORKSPACE_SHARE,
  XCODE_TAG,
  type GuestPrepare,
} from './guest.js';
import { checkTartHost, HostSetups, resolveRustToolchain, resolveXcodeApp } from './host.js';
import { baseVmDigest, vmName } from './naming.js';
import { acquireVmSlot, type HeldSlot } from './slots.js';
import { TartVm, type DirShare } from './vm.js';

export interface TartBackendOptions {
  config: TartHostConfig;
}

type Phase = RemoteLinuxVmExecutionRecord['phases'][number]['phase'];

interface JobState {
  vm: TartVm;
  slot: HeldSlot | null;
}

/** The Tart backend: `run` clones and boots the job's VM, `cleanup` stops and deletes it. */
export function createTartBackend(options: TartBackendOptions): RuntimeBackend {
  const jobs = new Map<string, JobState>();
  const hostChecks = new Map<string, Promise<string>>();
  const setups = new HostSetups();
  const key = (ctx: JobContext): string => `${ctx.runId}\0${ctx.job.id}`;
  return {
    run(ctx) {
      const cli = new TartCli(options.config.work_dir, ctx.transport, ctx.hostLog);
      const state: JobState = {
        vm: new TartVm(cli, vmName(ctx.runId, ctx.job.id), ctx.hostLog, ctx.signal),
        slot: null,
      };
      jobs.set(key(ctx), state);
      const checked = (): Promise<string> => {
        let check = hostChecks.get(ctx.transport.hostLabel);
        if (!check) {
          check = checkTartHost(ctx.transport, options.config.work_dir, ctx.signal);
          hostChecks.set(ctx.transport.hostLabel, check);
          // A failed check (perhaps cut off by a cancellation) is asked again by the next job.
          check.catch(() => hostChecks.delete(ctx.transport.hostLabel));
        }
        return check;
      };
      return runPhases(ctx, state, options, { checked, setups });
    },
    async cleanup(ctx) {
      const state = jobs.get(key(ctx));
      if (!state) return;
      jobs.delete(key(ctx));
      try {
        await state.vm.stop(options.config.stop_timeout_secs);
        const removed = await state.vm.delete();
        switch (removed) {
          case 'never_created':
            return;
          case 'deleted':
            ctx.hostLog.line(`[pikaci] deleted Tart VM ${state.vm.name}`);
            return;
          case 'absent':
            ctx.hostLog.line(`[pikaci] Tart VM ${state.vm.name} was already gone`);
            return;
          default:
            return assertNever(removed);
        }
      } finally {
        await state.slot?.release();
      }
    },
  };
}

/** One job on the Tart backend, its cleanup included (for callers without the orchestrator). */
export function runTartJob(ctx: JobContext, options: TartBackendOptions): Promise<JobOutcome> {
  return runWithCleanup(createTartBackend(options), ctx);
}

async function runPhases(
  ctx: JobContext,
  state: JobState,
  options: TartBackendOptions,
  shared: { checked: () => Promise<string>; setups: HostSetups },
): Promise<JobOutcome> {
  const { config } = options;
  const { job, transport, hostLog } = ctx;
  const { vm } = state;
  const host = transport.hostLabel;
  if (job.runtime_config.kind !== 'tart') {
    throw new VmFailure(
      `job \`${job.id}\` is not a Tart job (runtime_config.kind = ${job.runtime_config.kind})`,
    );
  }
  const tart = job.runtime_config;
  const guest: GuestPrepare = {
    hostXcode: config.use_host_xcode,
    libraryDeveloper: false,
    hostToolchain: tart.mount_host_rust_toolchain,
  };
  const phases = new PhaseRecorder<Phase>();
  const record: RemoteLinuxVmExecutionRecord = {
    backend: 'tart',
    image: { name: config.base_vm, digest: baseVmDigest(config.base_vm) },
    incus_image: null,
    phases: phases.phases,
  };

  const outcome = await settleVmJob(ctx, async () => {
    await phases.run('prepare_directories', async () => {
      await mkdir(ctx.paths.artifactsDir, { recursive: true });
      const version = await shared.checked();
      hostLog.line(`[pikaci] Tart ${version} on ${host}`);
    });

    const workspace = await phases.run('stage_workspace_snapshot', async () => {
      const staged = await stageWorkspace(transport, ctx.workspace, ctx.paths, {
        workDir: config.work_dir,
        log: (line) => hostLog.line(line),
        signal: ctx.signal,
      });
      const hostRunDir = posix.dirname(posix.dirname(staged.jobDir));
      let source = staged.snapshotDir;
      if (tart.host_setup_command !== undefined) {
        source = await shared.setups.prepare(ctx, config.work_dir, staged.snapshotDir, hostRunDir, [
          tart.host_setup_command,
        ]);
      }
      if (!job.writable_workspace) return { dir: source, artifactsDir: staged.artifactsDir };
      const copy = posix.join(staged.jobDir, 'workspace');
      await mustCapture(
        transport,
        'copy the workspace for a writable_workspace job',
        shArgv(
          `set -eu; rm -rf ${shellQuote(copy)}; cp -a ${shellQuote(source)} ${shellQuote(copy)}; chmod -R u+w ${shellQuote(copy)}`,
        ),
        { signal: ctx.signal },
      );
      return { dir: copy, artifactsDir: staged.artifactsDir };
    });

    await phases.run('prepare_runtime', async () => {
      const shares = await directoryShares(workspace.dir, workspace.artifactsDir);
      state.slot = await acquireVmSlot(transport, {
        workDir: config.work_dir,
        slots: TART_VM_SLOTS,
        timeoutSecs: config.slot_timeout_secs,
        holder: `run ${ctx.runId} job ${job.id}`,
        log: (line) => hostLog.line(line),
        signal: ctx.signal,
      });
      await vm.removeStale();
      hostLog.line(
        `[pikaci] starting Tart VM \`${vm.name}\` from \`${config.base_vm}\` on ${host} at ${rfc3339()}`,
      );
      await vm.clone(config.base_vm).catch((error: unknown) => {
        throw new VmFailure(
          `clone Tart base VM \`${config.base_vm}\` into \`${vm.name}\` on ${host}: ${errorMessage(error)}; set --tart-base-vm (PIKACI_TART_BASE_VM) or create \`${config.base_vm}\` there (tart clone ghcr.io/cirruslabs/macos-sequoia-base:latest ${config.base_vm})`,
        );
      });
      vm.boot(shares, guest.hostToolchain);
      await vm.waitReady(config.readiness_timeout_secs);
      if (guest.hostToolchain) await ensureSyntheticNix(shares);
    });

    // The runner sets its own HOME and user; macOS paths and CA bundle, then the CI context, the
    // job's `pass_env` variables and its secrets go on top.
    const request = buildGuestRequest(job, {
      env: {
        ...guestEnvironment(guest),
        ...ctx.environment.context,
        ...ctx.environment.passed,
        ...ctx.environment.secrets,
      },
      cwd: sharedPath(WORKSPACE_SHARE),
    });
    await phases.run('launch_guest', async () => {
      const script = prepareGuestScript(guest);
      const argv = [
        'sudo',
        '-n',
        'sh',
        '-c',
        script,
        'sh',
        String(Buffer.byteLength(request.json)),
        String(Buffer.byteLength(request.envFile)),
      ];
      await vm.run('write Tart guest request', argv, request.json + request.envFile + guestRunnerScript());
    });
    hostLog.line(
      `[pikaci] starting Tart guest runner for job \`${job.id}\` in \`${vm.name}\` on ${host} at ${rfc3339()}: ${request.request.command}`,
    );

    const graceSecs = config.host_grace_secs;
    const run = await phases.run('wait_for_completion', async () => {
      const stdout = new LineSplitter('[exec:stdout] ', (line) => hostLog.write(line));
      const stderr = new LineSplitter('[exec:stderr] ', (line) => hostLog.write(line));
      const result = await vm.exec({
        argv: runnerArgv(),
        onStdout: (chunk) => {
          stdout.push(chunk);
          ctx.output('stdout', chunk);
        },
        onStderr: (chunk) => {
          stderr.push(chunk);
          ctx.output('stderr', chunk);
        },
        timeoutMs: (job.timeout_secs + graceSecs) * 1000,
        signal: ctx.signal,
      });
      stdout.end();
      stderr.end();
      hostLog.line(`[pikaci] tart exec ended (${describeExit(result)}) at ${rfc3339()}`);
      return result;
    });
    if (run.cancelled) return failedOutcome('cancelled');
    if (run.connectionLost) {
      throw new VmFailure(`infrastructure error: lost the connection to ${host} while the guest was running`);
    }
    const collect = (): Promise<void> =>
      collectLifecycleFiles(vm, {
        stateDir: TART_STATE_DIR,
        artifactsDir: ctx.paths.artifactsDir,
        log: hostLog,
        signal: ctx.signal,
        runtime: 'Tart',
        host,
      });
    if (run.timedOut) {
      hostLog.line(
        `[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`,
      );
      await phases.run('collect_artifacts', collect).catch((error: unknown) => {
        hostLog.line(`[pikaci] ${errorMessage(error)}`);
      });
      return failedOutcome(`timed out after ${job.timeout_secs}s`);
    }
    return phases.run('collect_artifacts', async () => {
      await collect();
      return readGuestOutcome(ctx.paths.resultJson);
    });
  });
  return { ...outcome, remote_linux_vm_execution: record };

  /** The `--dir` shares, in upstream's order (executor 6 step 7). */
  async function directoryShares(workspaceDir: string, artifactsDir: string): Promise<DirShare[]> {
    const shares: DirShare[] = [
      { name: WORKSPACE_SHARE, path: workspaceDir, readOnly: !job.writable_workspace },
      { name: ARTIFACTS_SHARE, path: artifactsDir, readOnly: false },
    ];
    if (guest.hostXcode) {
      const app = await resolveXcodeApp(transport, config.work_dir, config.xcode_app, ctx.signal);
      // Upstream shares /Library/Developer unconditionally; a host without it would make `tart run` fail.
      const library = await capture(
        transport,
        hostArgv(config.work_dir, ['test', '-d', GUEST_LIBRARY_DEVELOPER]),
        {
          signal: ctx.signal,
        },
      );
      guest.libraryDeveloper = library.exitCode === 0;
      hostLog.line(
        `[pikaci] sharing the host's Xcode ${app}${guest.libraryDeveloper ? ` and ${GUEST_LIBRARY_DEVELOPER}` : ''} into the guest`,
      );
      shares.push({ path: app, readOnly: true, tag: XCODE_TAG });
      if (guest.libraryDeveloper) {
        shares.push({ path: GUEST_LIBRARY_DEVELOPER, readOnly: true, tag: LIBRARY_DEVELOPER_TAG });
      }
    }
    if (guest.hostToolchain) {
      const root = await resolveRustToolchain(transport, config.work_dir, config.rust_toolchain, ctx.signal);
      hostLog.line(`[pikaci] sharing the host's Rust toolchain ${root} and /nix/store into the guest`);
      shares.push(
        { name: RUST_TOOLCHAIN_SHARE, path: root, readOnly: true },
        { path: '/nix/store', readOnly: true, tag: NIX_STORE_TAG },
      );
    }
    return shares;
  }

  /**
   * Host toolchain jobs mount the host's /nix/store at /nix/store, which on macOS needs a synthetic
   * `/nix` (upstream step 11): when the base VM lacks it, add it and boot the VM again.
   */
  async function ensureSyntheticNix(shares: readonly DirShare[]): Promise<void> {
    if ((await vm.capture(NIX_CHECK)).exitCode === 0) return;
    hostLog.line('[pikaci] bootstrapping synthetic /nix mountpoint inside Tart guest');
    await vm.run('prepare synthetic /nix in the Tart guest', NIX_BOOTSTRAP);
    await vm.stop(config.stop_timeout_secs);
    vm.boot(shares, true);
    await vm.waitReady(config.readiness_timeout_secs);
    if ((await vm.capture(NIX_CHECK)).exitCode !== 0) {
      throw new VmFailure('synthetic /nix mountpoint is still unavailable after Tart guest restart');
    }
  }
}
