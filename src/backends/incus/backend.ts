/**
 * The Incus runtime (docs/upstream.md, executor 3, with docs/design.md decisions 1, 6, 7, 10): the
 * phase script of one job over its `IncusInstance` on the placement host, driven only through the
 * job's `Transport`, so local and remote placement share this code. Every phase is timed into the
 * execution record; the outcome comes from the guest's `result.json`. The instance is deleted by
 * `cleanup`, which the orchestrator runs on every path (`runWithCleanup`).
 */
import { posix } from 'node:path';
import { buildGuestRequest, GUEST_PATHS, guestRunnerScript } from '../../guest/index.js';
import { stagedLinuxCommand } from '../../model/index.js';
import { allSettledOrThrow, assertNever, shellQuote } from '../../util/index.js';
import { rfc3339, type RemoteLinuxVmExecutionRecord } from '../../records/index.js';
import { mkdir } from 'node:fs/promises';
import { capture, describeExit, mustCapture, shArgv } from '../../transport/index.js';
import { stageWorkspace } from '../../workspace/index.js';
import {
  runWithCleanup,
  type JobContext,
  type JobOutcome,
  type RuntimeBackend,
} from '../../runtime/index.js';
import {
  collectLifecycleFiles,
  failedOutcome,
  LineSplitter,
  PhaseRecorder,
  readGuestOutcome,
  settleVmJob,
  VmFailure,
  waitUntilReady,
} from '../../vm/index.js';
import { IncusCli, type DiskDevice } from './cli.js';
import type { IncusHostConfig } from './config.js';
import { IncusInstance } from './instance.js';
import { mountDeviceName } from './naming.js';
import {
  assertWithinRoot,
  PAYLOAD_MANIFEST_RELATIVE_PATH,
  parsePayloadManifest,
  planDeclaredMounts,
} from './payload-manifest.js';

/** The host waits this long past the job timeout, so the guest's own `timeout` fires first (docs/design.md decision 6). */
export const DEFAULT_HOST_GRACE_SECS = 30;
/** Where a writable-workspace job's read-only snapshot is mounted before its private copy is made. */
const SNAPSHOT_SOURCE_PATH = '/workspace/snapshot-source';

export interface IncusBackendOptions {
  config: IncusHostConfig;
  hostGraceSecs?: number;
}

type Phase = RemoteLinuxVmExecutionRecord['phases'][number]['phase'];

/** The Incus backend: `run` creates the job's instance, `cleanup` deletes it. */
export function createIncusBackend(options: IncusBackendOptions): RuntimeBackend {
  // Each job's instance, from its `run` to its `cleanup`.
  const instances = new Map<string, IncusInstance>();
  const key = (ctx: JobContext): string => `${ctx.runId}\0${ctx.job.id}`;
  return {
    run(ctx) {
      const cli = new IncusCli(options.config, ctx.transport, ctx.hostLog);
      const instance = new IncusInstance(cli, ctx.runId, ctx.job.id, ctx.signal);
      instances.set(key(ctx), instance);
      return runPhases(ctx, cli, instance, options);
    },
    async cleanup(ctx) {
      const instance = instances.get(key(ctx));
      if (!instance) return;
      const removed = await instance.delete();
      instances.delete(key(ctx));
      switch (removed) {
        case 'never_created':
          return;
        case 'deleted':
          ctx.hostLog.line(`[pikaci] deleted Incus instance ${instance.name}`);
          return;
        case 'absent':
          ctx.hostLog.line(`[pikaci] Incus instance ${instance.name} was already gone`);
          return;
        default:
          return assertNever(removed);
      }
    },
  };
}

/** One job on the Incus backend, its cleanup included (for callers without the orchestrator). */
export function runIncusJob(ctx: JobContext, options: IncusBackendOptions): Promise<JobOutcome> {
  return runWithCleanup(createIncusBackend(options), ctx);
}

async function runPhases(
  ctx: JobContext,
  cli: IncusCli,
  instance: IncusInstance,
  options: IncusBackendOptions,
): Promise<JobOutcome> {
  const { config } = options;
  const { job, transport, hostLog } = ctx;
  const host = transport.hostLabel;
  const phases = new PhaseRecorder<Phase>();
  const record: RemoteLinuxVmExecutionRecord = {
    backend: 'incus',
    image: null,
    incus_image: null,
    phases: phases.phases,
  };

  const outcome = await settleVmJob(ctx, async () => {
    // This machine keeps the job's files in the run directory (result.json, guest.log).
    await phases.run('prepare_directories', () => mkdir(ctx.paths.artifactsDir, { recursive: true }));
    // The workspace seam puts the run's snapshot on the host (published once per content hash
    // over SSH); the guest makes its own writable copy when the job asks for one.
    const staged = await phases.run('stage_workspace_snapshot', () =>
      stageWorkspace(transport, ctx.workspace, ctx.paths, {
        workDir: config.work_dir,
        log: (line) => hostLog.line(line),
        signal: ctx.signal,
        snapshotOnly: true,
      }),
    );
    const snapshotSource = staged.snapshotDir;

    await phases.run('prepare_runtime', async () => {
      // Independent look-ups in parallel (one round trip instead of four over SSH). Nothing is
      // created until every payload manifest has been validated. The stale delete clears what a
      // previous attempt of the same run and job may have left behind.
      const [images, payloads, resolvedSnapshot] = await allSettledOrThrow([
        cli.images(config.image),
        payloadDevices(staged.jobDir),
        resolvePath(snapshotSource),
        instance.removeStale(),
      ] as const);
      const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
      if (matching.length !== 1) {
        throw new VmFailure(
          matching.length === 0
            ? `Incus image \`${config.image}\` is not available in project \`${config.project}\` on ${host}; import it first (for example \`${config.cli} image import meta.tar.gz rootfs.tar.gz --alias ${shellQuote(config.image)} --project ${shellQuote(config.project)}\`)`
            : `Incus image \`${config.image}\` metadata from project \`${config.project}\` on ${host} returned multiple matching alias records`,
        );
      }
      const fingerprint = matching[0]!.fingerprint;
      record.incus_image = { project: config.project, alias: config.image, fingerprint };
      record.image = { name: config.image, digest: fingerprint };
      hostLog.line(`[pikaci] Incus image \`${config.image}\` fingerprint=${fingerprint} on ${host}`);

      await instance.create();
      await instance.addDisk('add snapshot disk device', {
        name: mountDeviceName('read_only_snapshot', snapshotSource, GUEST_PATHS.snapshot),
        source: resolvedSnapshot,
        path: job.writable_workspace ? SNAPSHOT_SOURCE_PATH : GUEST_PATHS.snapshot,
        readOnly: true,
      });
      for (const device of payloads) {
        await instance.addDisk(`add payload disk device \`${device.name}\``, device);
      }
      await instance.start();
    });

    // The guest runner sets its own PATH, HOME and user; the job adds the CI context, its `pass_env`
    // variables and its secrets.
    const request = buildGuestRequest(job, {
      env: { ...ctx.environment.context, ...ctx.environment.passed, ...ctx.environment.secrets },
    });
    const runnerPath = await phases.run('launch_guest', async () => {
      // One round trip writes the request pair and, when the image lacks the runner, pushes it.
      // The pair goes through stdin (the JSON's byte length in $1, then the env file), never the
      // command line: it carries the job's secrets, and argv is visible in the host's process list.
      const script = [
        'set -eu',
        `mkdir -p ${shellQuote(GUEST_PATHS.runtimeStateDir)}`,
        `dd of=${shellQuote(GUEST_PATHS.request)} bs=1 count="$1" 2>/dev/null`,
        `cat > ${shellQuote(GUEST_PATHS.requestEnv)}`,
        ...(job.writable_workspace
          ? [
              `mkdir -p ${shellQuote(GUEST_PATHS.snapshot)}`,
              `cp -a ${shellQuote(`${SNAPSHOT_SOURCE_PATH}/.`)} ${shellQuote(GUEST_PATHS.snapshot)}`,
              `chown -R 1000 ${shellQuote(GUEST_PATHS.snapshot)} 2>/dev/null || true`,
            ]
          : []),
        `if [ -x ${shellQuote(GUEST_PATHS.runner)} ]; then echo ${shellQuote(GUEST_PATHS.runner)}; else`,
        `  mkdir -p ${shellQuote(posix.dirname(GUEST_PATHS.pushedRunner))}`,
        `  printf '%s' "$2" > ${shellQuote(GUEST_PATHS.pushedRunner)}`,
        `  chmod 755 ${shellQuote(GUEST_PATHS.pushedRunner)}`,
        `  echo ${shellQuote(GUEST_PATHS.pushedRunner)}`,
        'fi',
      ].join('\n');
      const write = ['sh', '-c', script, 'sh', String(Buffer.byteLength(request.json)), guestRunnerScript()];
      const requestBytes = request.json + request.envFile;
      // A container takes commands as soon as it starts: the write is its own readiness probe.
      // Only when it fails (a VM whose agent is still booting) does the bounded wait run.
      const first = await instance.capture(write, { stdin: requestBytes });
      let out = first.stdout;
      if (first.exitCode !== 0) {
        if (first.cancelled) throw new VmFailure('cancelled');
        hostLog.line(`[pikaci] Incus instance ${instance.name} not ready yet (${describeExit(first)})`);
        await waitReady();
        out = await instance.run('write Incus guest request', write, requestBytes);
      } else {
        hostLog.line('[pikaci] wrote Incus guest request');
      }
      return out.trim().split('\n').at(-1)!;
    });
    hostLog.line(
      `[pikaci] starting Incus guest runner ${runnerPath} for job \`${job.id}\` on ${host} at ${rfc3339()}: ${request.request.command}`,
    );

    const graceSecs = options.hostGraceSecs ?? DEFAULT_HOST_GRACE_SECS;
    const run = await phases.run('wait_for_completion', async () => {
      const stdout = new LineSplitter('[runner:stdout] ', (line) => hostLog.write(line));
      const stderr = new LineSplitter('[runner:stderr] ', (line) => hostLog.write(line));
      const result = await instance.exec({
        argv: [runnerPath, GUEST_PATHS.request],
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
      hostLog.line(`[pikaci] Incus guest runner ended (${describeExit(result)}) at ${rfc3339()}`);
      return result;
    });
    if (run.cancelled) return failedOutcome('cancelled');
    if (run.connectionLost) {
      throw new VmFailure(`infrastructure error: lost the connection to ${host} while the guest was running`);
    }
    const collect = (): Promise<void> =>
      collectLifecycleFiles(instance, {
        stateDir: GUEST_PATHS.runtimeStateDir,
        artifactsDir: ctx.paths.artifactsDir,
        log: hostLog,
        signal: ctx.signal,
        runtime: 'Incus',
        host,
      });
    if (run.timedOut) {
      hostLog.line(
        `[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`,
      );
      await phases.run('collect_artifacts', collect);
      return failedOutcome(`timed out after ${job.timeout_secs}s`);
    }
    return phases.run('collect_artifacts', async () => {
      await collect();
      return readGuestOutcome(ctx.paths.resultJson);
    });
  });
  return { ...outcome, remote_linux_vm_execution: record };

  async function resolvePath(path: string): Promise<string> {
    const result = await capture(transport, ['readlink', '-f', path]);
    const resolved = result.stdout.trim();
    if (result.exitCode !== 0 || resolved === '') {
      throw new VmFailure(`failed to resolve path ${path} on ${host} (${describeExit(result)})`);
    }
    return resolved;
  }

  /** Prepared payload mounts of a staged job, validated before any of them is added. */
  async function payloadDevices(hostJobDir: string): Promise<DiskDevice[]> {
    const staged = stagedLinuxCommand(job);
    if (!staged) return [];
    const devices: DiskDevice[] = [];
    for (const spec of staged.payload_specs) {
      const suffix = spec.role === 'workspace_deps' ? 'workspace-deps' : 'workspace-build';
      const link = posix.join(hostJobDir, 'staged-linux-rust', suffix);
      const root = await resolvePath(link).catch(() => {
        throw new VmFailure(
          `prepared output \`${spec.output_name}\` is missing at ${link} on ${host}; its prepare node must build it first`,
        );
      });
      const manifestPath = posix.join(root, PAYLOAD_MANIFEST_RELATIVE_PATH);
      const read = await mustCapture(
        transport,
        `read payload manifest ${manifestPath}`,
        shArgv(`if test -f ${shellQuote(manifestPath)}; then cat ${shellQuote(manifestPath)}; fi`),
      );
      if (read.stdout.trim() === '')
        throw new VmFailure(`missing payload manifest for staged output ${root}`);
      for (const mount of planDeclaredMounts(root, parsePayloadManifest(read.stdout, manifestPath))) {
        const source = await resolvePath(mount.source);
        assertWithinRoot(root, source, mount.deviceName);
        devices.push({ name: mount.deviceName, source, path: mount.guestPath, readOnly: mount.readOnly });
      }
    }
    return devices;
  }

  async function waitReady(): Promise<void> {
    const limit = config.readiness_timeout_secs;
    hostLog.line(`[pikaci] wait for Incus instance ${instance.name} readiness (up to ${limit}s)`);
    const readiness = await waitUntilReady(
      (remainingMs) => instance.capture(['true'], { timeoutMs: remainingMs }),
      {
        timeoutSecs: limit,
        signal: ctx.signal,
      },
    );
    switch (readiness) {
      case 'ready':
        return;
      case 'cancelled':
        throw new VmFailure('cancelled');
      case 'connection_lost':
        throw new VmFailure(`lost the connection to ${host} while waiting for the instance`);
      case 'timed_out':
        throw new VmFailure(`Incus instance ${instance.name} did not become ready within ${limit}s`);
      default:
        return assertNever(readiness);
    }
  }
}
