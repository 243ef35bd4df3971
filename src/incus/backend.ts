/**
 * The Incus runtime (docs/upstream.md, executor 3, with docs/design.md decisions 1, 6, 7, 10): one instance per job on the
 * placement host, driven only through the job's `Transport`, so local and remote placement share
 * this code. Every phase is timed into the execution record; the outcome comes from the guest's
 * `result.json`; the instance is deleted in `finally` on every path.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { posix, join } from 'node:path';
import { extract as extractTar } from 'tar';
import { buildGuestRequest, GUEST_PATHS, guestRunnerScript } from '../guest/index.js';
import { stagedLinuxCommand } from '../model/index.js';
import { rfc3339, type RemoteLinuxVmExecutionRecord } from '../records/index.js';
import { capture, describeExit, mustCapture, remoteLayout, shArgv, syncSnapshot } from '../remote/index.js';
import {
  readTerminalResult,
  writeTerminalResult,
  type JobContext,
  type JobOutcome,
  type RuntimeBackend,
} from '../runtime/index.js';
import type { ExecResult } from '../transport/index.js';
import { errorMessage, PikaciError } from '../util/errors.js';
import { allSettledOrThrow } from '../util/all-settled.js';
import { redactFile } from '../util/redact.js';
import { shellJoin, shellQuote } from '../util/shell.js';
import { diskDeviceArgv, incusArgv, initArgv, type IncusHostConfig } from './config.js';
import { instanceName, mountDeviceName } from './naming.js';
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
const READINESS_POLL_MS = 250;

export interface IncusBackendOptions {
  config: IncusHostConfig;
  hostGraceSecs?: number;
}

type Phase = RemoteLinuxVmExecutionRecord['phases'][number]['phase'];

class PhaseRecorder {
  readonly record: RemoteLinuxVmExecutionRecord = { backend: 'incus', incus_image: null, phases: [] };

  async run<T>(phase: Phase, body: () => Promise<T>): Promise<T> {
    const startedAt = rfc3339();
    const start = Date.now();
    try {
      return await body();
    } finally {
      this.record.phases.push({
        phase,
        started_at: startedAt,
        finished_at: rfc3339(),
        duration_ms: Date.now() - start,
      });
    }
  }
}

/** An error that happened after the instance work began: the job fails with its message. */
class JobFailure extends Error {
  /** The exit code of the Incus command that failed, when it ran to its end. */
  constructor(
    message: string,
    readonly exitCode: number | null = null,
  ) {
    super(message);
  }
}

interface ImageRecord {
  fingerprint: string;
  aliases?: Array<{ name: string }>;
}

export function createIncusBackend(options: IncusBackendOptions): RuntimeBackend {
  return { run: (ctx) => runIncusJob(ctx, options) };
}

export async function runIncusJob(ctx: JobContext, options: IncusBackendOptions): Promise<JobOutcome> {
  const { config } = options;
  const { job, transport, hostLog } = ctx;
  const host = transport.hostLabel;
  const instance = instanceName(ctx.runId, job.id);
  const phases = new PhaseRecorder();
  const remote = transport.placement === 'remote_ssh';
  const layout = remoteLayout(config.work_dir, ctx.runId, ctx.snapshotContentHash);

  /** Run an Incus command, logging argv and output to host.log; non-zero exit is an error. */
  const incus = async (label: string, argv: string[], stdin?: string): Promise<string> => {
    hostLog.line(`[pikaci] ${label}: ${shellJoin(argv)}`);
    const result = await capture(transport, argv, {
      ...(stdin === undefined ? {} : { stdin }),
      signal: ctx.signal,
    });
    if (result.stdout) hostLog.write(result.stdout);
    if (result.stderr) hostLog.write(result.stderr);
    if (result.exitCode !== 0) {
      throw new JobFailure(
        `${label} on ${host} failed (${describeExit(result)})${tail(result.stderr)}`,
        result.exitCode,
      );
    }
    return result.stdout;
  };
  const deleteInstance = async (): Promise<ExecResult> =>
    capture(transport, incusArgv(config, ['delete'], '--force', instance));

  let created = false;
  let outcome: JobOutcome = failed('internal error: the Incus job produced no outcome');
  try {
    outcome = await (async (): Promise<JobOutcome> => {
      const snapshotSource = await phases.run('prepare_directories', async () => {
        if (!remote) return ctx.snapshotDir;
        await mustCapture(
          transport,
          'ensure remote Linux VM execute dirs',
          shArgv(
            `set -eu; mkdir -p ${[layout.artifactsDir(job.id), posix.dirname(layout.snapshotDir)].map(shellQuote).join(' ')}`,
          ),
        );
        return layout.snapshotDir;
      });

      await phases.run('stage_workspace_snapshot', async () => {
        if (remote) {
          await syncSnapshot(transport, {
            localDir: ctx.snapshotDir,
            remoteDir: layout.snapshotDir,
            log: (line) => hostLog.line(line),
            signal: ctx.signal,
          });
        }
      });

      await phases.run('prepare_runtime', async () => {
        // Independent look-ups in parallel (one round trip instead of four over SSH). Nothing is
        // created until every payload manifest has been validated. The stale delete clears what a
        // previous attempt of the same run and job may have left behind.
        const [images, payloads, resolvedSnapshot] = await allSettledOrThrow([
          imageRecords(transport, config, host),
          payloadDevices(),
          resolvePath(snapshotSource),
          deleteInstance(),
        ] as const);
        const matching = images.filter((image) =>
          image.aliases?.some((alias) => alias.name === config.image),
        );
        if (matching.length !== 1) {
          throw new JobFailure(
            matching.length === 0
              ? `Incus image \`${config.image}\` is not available in project \`${config.project}\` on ${host}; import it first (for example \`${config.cli} image import meta.tar.gz rootfs.tar.gz --alias ${shellQuote(config.image)} --project ${shellQuote(config.project)}\`)`
              : `Incus image \`${config.image}\` metadata from project \`${config.project}\` on ${host} returned multiple matching alias records`,
          );
        }
        phases.record.incus_image = {
          project: config.project,
          alias: config.image,
          fingerprint: matching[0]!.fingerprint,
        };
        hostLog.line(
          `[pikaci] Incus image \`${config.image}\` fingerprint=${matching[0]!.fingerprint} on ${host}`,
        );

        // An `init` the CLI reports as failed created nothing (the daemon rolls back); one cut off
        // (cancelled, lost connection) may have, so only then does cleanup still delete.
        created = true;
        await incus('create Incus instance', initArgv(config, instance, ctx.runId, job.id)).catch(
          (error: unknown) => {
            if (error instanceof JobFailure && error.exitCode !== null) created = false;
            throw error;
          },
        );

        const snapshotPath = job.writable_workspace ? SNAPSHOT_SOURCE_PATH : GUEST_PATHS.snapshot;
        await incus(
          'add snapshot disk device',
          diskDeviceArgv(config, instance, {
            name: mountDeviceName('read_only_snapshot', snapshotSource, GUEST_PATHS.snapshot),
            source: resolvedSnapshot,
            path: snapshotPath,
            readOnly: true,
          }),
        );
        for (const device of payloads) {
          await incus(`add payload disk device \`${device.name}\``, diskDeviceArgv(config, instance, device));
        }
        await incus('start Incus instance', incusArgv(config, ['start'], instance));
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
        const writeArgv = incusArgv(
          config,
          ['exec'],
          instance,
          '--',
          'sh',
          '-c',
          script,
          'sh',
          String(Buffer.byteLength(request.json)),
          guestRunnerScript(),
        );
        const requestBytes = request.json + request.envFile;
        // A container takes commands as soon as it starts: the write is its own readiness probe.
        // Only when it fails (a VM whose agent is still booting) does the bounded wait run.
        const first = await capture(transport, writeArgv, { signal: ctx.signal, stdin: requestBytes });
        let out = first.stdout;
        if (first.exitCode !== 0) {
          if (first.cancelled) throw new JobFailure('cancelled');
          hostLog.line(`[pikaci] Incus instance ${instance} not ready yet (${describeExit(first)})`);
          await waitReady();
          out = await incus('write Incus guest request', writeArgv, requestBytes);
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
        const lines = {
          stdout: new LineSplitter('[runner:stdout] '),
          stderr: new LineSplitter('[runner:stderr] '),
        };
        const result = await transport.exec({
          argv: incusArgv(config, ['exec'], instance, '--', runnerPath, GUEST_PATHS.request),
          onStdout: (chunk) => {
            lines.stdout.push(chunk, (line) => hostLog.write(line));
            ctx.output('stdout', chunk);
          },
          onStderr: (chunk) => {
            lines.stderr.push(chunk, (line) => hostLog.write(line));
            ctx.output('stderr', chunk);
          },
          timeoutMs: (job.timeout_secs + graceSecs) * 1000,
          signal: ctx.signal,
        });
        lines.stdout.end((line) => hostLog.write(line));
        lines.stderr.end((line) => hostLog.write(line));
        hostLog.line(`[pikaci] Incus guest runner ended (${describeExit(result)}) at ${rfc3339()}`);
        return result;
      });
      if (run.cancelled) return failed('cancelled');
      if (run.connectionLost) {
        throw new JobFailure(
          `infrastructure error: lost the connection to ${host} while the guest was running`,
        );
      }
      if (run.timedOut) {
        hostLog.line(
          `[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`,
        );
        await phases.run('collect_artifacts', () => collectArtifacts(false));
        return failed(`timed out after ${job.timeout_secs}s`);
      }

      await phases.run('collect_artifacts', () => collectArtifacts(true));
      return readTerminalResult(ctx.paths.resultJson);
    })();
  } catch (error) {
    const message =
      error instanceof JobFailure || error instanceof PikaciError ? errorMessage(error) : String(error);
    hostLog.line(`[pikaci] ${message}`);
    outcome = ctx.signal.aborted ? failed('cancelled') : failed(message);
  } finally {
    if (created) {
      const removal = await deleteInstance().catch((error: unknown) => ({ error }));
      if ('error' in removal || removal.exitCode !== 0) {
        const why = 'error' in removal ? errorMessage(removal.error) : describeExit(removal);
        hostLog.line(`[pikaci] failed to delete Incus instance ${instance} on ${host}: ${why}`);
        // A leaked instance is a failure even when the test passed; `pikaci gc --instances` finds it.
        outcome = failed(`${outcome.message}; also failed to delete Incus instance ${instance}: ${why}`);
      } else {
        hostLog.line(`[pikaci] deleted Incus instance ${instance}`);
      }
    }
  }
  if (outcome.status === 'failed' && outcome.exit_code === null) {
    await writeTerminalResult(ctx.paths.resultJson, {
      ok: false,
      message: outcome.message,
      exitCode: null,
    }).catch(() => undefined);
  }
  return { ...outcome, remote_linux_vm_execution: phases.record };

  function failed(message: string): JobOutcome {
    return { status: 'failed', exit_code: null, message };
  }

  async function resolvePath(path: string): Promise<string> {
    const result = await capture(transport, ['readlink', '-f', path]);
    const resolved = result.stdout.trim();
    if (result.exitCode !== 0 || resolved === '') {
      throw new JobFailure(`failed to resolve path ${path} on ${host} (${describeExit(result)})`);
    }
    return resolved;
  }

  /** Prepared payload mounts of a staged job, validated before any of them is added. */
  async function payloadDevices(): Promise<
    Array<{ name: string; source: string; path: string; readOnly: boolean }>
  > {
    const staged = stagedLinuxCommand(job);
    if (!staged) return [];
    const devices = [];
    for (const spec of staged.payload_specs) {
      const suffix = spec.role === 'workspace_deps' ? 'workspace-deps' : 'workspace-build';
      const link = remote
        ? posix.join(layout.jobDir(job.id), 'staged-linux-rust', suffix)
        : join(ctx.paths.jobDir, 'staged-linux-rust', suffix);
      const root = await resolvePath(link).catch(() => {
        throw new JobFailure(
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
        throw new JobFailure(`missing payload manifest for staged output ${root}`);
      for (const mount of planDeclaredMounts(root, parsePayloadManifest(read.stdout, manifestPath))) {
        const source = await resolvePath(mount.source);
        assertWithinRoot(root, source, mount.deviceName);
        devices.push({ name: mount.deviceName, source, path: mount.guestPath, readOnly: mount.readOnly });
      }
    }
    return devices;
  }

  async function waitReady(): Promise<void> {
    const deadline = Date.now() + config.readiness_timeout_secs * 1000;
    hostLog.line(
      `[pikaci] wait for Incus instance ${instance} readiness (up to ${config.readiness_timeout_secs}s)`,
    );
    for (;;) {
      const probe = await capture(transport, incusArgv(config, ['exec'], instance, '--', 'true'), {
        signal: ctx.signal,
        timeoutMs: Math.max(1000, deadline - Date.now()),
      });
      if (probe.exitCode === 0) return;
      if (probe.cancelled) throw new JobFailure('cancelled');
      if (probe.connectionLost)
        throw new JobFailure(`lost the connection to ${host} while waiting for the instance`);
      if (Date.now() >= deadline) {
        throw new JobFailure(
          `Incus instance ${instance} did not become ready within ${config.readiness_timeout_secs}s`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, READINESS_POLL_MS));
    }
  }

  /** The four lifecycle files in one round trip, as a tar stream unpacked into the job's artifacts. */
  async function collectArtifacts(requireResult: boolean): Promise<void> {
    const { artifactsDir } = ctx.paths;
    const staging = join(artifactsDir, '.collect');
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    const names = ['logs/guest.log', 'events.jsonl', 'status.json', 'result.json'];
    const script = `cd ${shellQuote(GUEST_PATHS.runtimeStateDir)} && set -- && for f in ${names.join(' ')}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`;
    const unpack = extractTar({ cwd: staging, strict: true, preservePaths: false });
    const result = await transport.exec({
      argv: incusArgv(config, ['exec'], instance, '--', 'sh', '-c', script),
      // Lifecycle files are small except guest.log, which tar unpacks to disk as it arrives.
      onStdout: (chunk) => void unpack.write(chunk),
      onStderr: (chunk) => hostLog.write(chunk),
      signal: ctx.signal,
      timeoutMs: 120_000,
    });
    await new Promise<void>((resolve, reject) => {
      unpack.on('finish', resolve).on('close', resolve).on('error', reject);
      unpack.end();
    });
    if (result.exitCode !== 0) {
      throw new JobFailure(`collect Incus guest files from ${host} failed (${describeExit(result)})`);
    }
    for (const [from, to] of [
      ['logs/guest.log', 'guest.log'],
      ['events.jsonl', 'events.jsonl'],
      ['status.json', 'status.json'],
      ['result.json', 'result.json'],
    ] as const) {
      await rename(join(staging, from), join(artifactsDir, to)).catch(() => undefined);
      // The guest wrote these; secrets are redacted here, as the host's own writers do.
      await redactFile(join(artifactsDir, to));
    }
    await rm(staging, { recursive: true, force: true });
    if (requireResult) {
      await readTerminalResult(ctx.paths.resultJson).catch((error: unknown) => {
        throw new JobFailure(
          `infrastructure error: the guest wrote no usable result.json (${errorMessage(error)}); did it crash?`,
        );
      });
    }
  }
}

async function imageRecords(
  transport: JobContext['transport'],
  config: IncusHostConfig,
  host: string,
): Promise<ImageRecord[]> {
  const listed = await capture(
    transport,
    incusArgv(config, ['image', 'list'], config.image, '--format', 'json'),
  ).catch((error: unknown) => {
    throw new JobFailure(
      `cannot run the Incus CLI \`${config.cli}\` on ${host}: ${errorMessage(error)}; install Incus there, or choose the CLI with --incus-cli (\`lxc\` for LXD)`,
    );
  });
  if (listed.exitCode !== 0) {
    throw new JobFailure(
      `failed to list Incus images in project \`${config.project}\` on ${host} (${describeExit(listed)})${tail(listed.stderr)}`,
    );
  }
  try {
    return JSON.parse(listed.stdout) as ImageRecord[];
  } catch (error) {
    throw new JobFailure(`decode Incus image list from ${host}: ${String(error)}`);
  }
}

function tail(stderr: string): string {
  const text = stderr.trim();
  return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}

/** Splits a byte stream into prefixed lines with bounded memory. */
class LineSplitter {
  private pending = Buffer.alloc(0);
  constructor(private readonly prefix: string) {}

  push(chunk: Buffer, emit: (line: string) => void): void {
    let data = Buffer.concat([this.pending, chunk]);
    let newline = data.indexOf(0x0a);
    while (newline !== -1) {
      emit(`${this.prefix}${data.subarray(0, newline + 1).toString()}`);
      data = data.subarray(newline + 1);
      newline = data.indexOf(0x0a);
    }
    if (data.length > 64 * 1024) {
      emit(`${this.prefix}${data.toString()}\n`);
      data = Buffer.alloc(0);
    }
    this.pending = Buffer.from(data);
  }

  end(emit: (line: string) => void): void {
    if (this.pending.length > 0) emit(`${this.prefix}${this.pending.toString()}\n`);
    this.pending = Buffer.alloc(0);
  }
}
