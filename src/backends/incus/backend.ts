/**
 * The Incus runtime (docs/upstream.md, executor 3, with docs/design.md decisions 1, 6, 7, 10): the
 * phase script of one job over its `IncusInstance` on the placement host, driven only through the
 * job's `Transport`, so local and remote placement share this code. Every phase is timed into the
 * execution record; the outcome comes from the guest's `result.json`. The instance is deleted by
 * `cleanup`, which the orchestrator runs on every path (`runWithCleanup`).
 *
 * The host sees one script per job (issue 13; `script.ts`), plus the delete: the look-ups (the
 * remote snapshot's marker, the image, a stale instance, the payload manifests), a pause on stdin
 * while this side validates them, then create → disks → start → one guest exec that writes the
 * request pair from stdin, runs the guest runner and streams its lifecycle files back as a tar.
 * Phase boundaries are the moments the script's markers arrive.
 */
import { safeParse } from '../../schema/index.js';
import { posix } from 'node:path';
import { PassThrough } from 'node:stream';
import { mkdir } from 'node:fs/promises';
import { buildGuestRequest, GUEST_PATHS, guestRunnerScript } from '../../guest/index.js';
import { stagedLinuxCommand } from '../../model/index.js';
import { assertNever, shellJoin, shellQuote } from '../../util/index.js';
import { rfc3339, type RemoteLinuxVmExecutionRecord } from '../../records/index.js';
import { SnapshotMetadataSchema, SNAPSHOT_METADATA_FILE } from '../../snapshot/index.js';
import { describeExit, type ExecRequest, type ExecResult } from '../../transport/index.js';
import { remoteLayout, stageWorkspace } from '../../workspace/index.js';
import {
  runWithCleanup,
  type JobContext,
  type JobOutcome,
  type RuntimeBackend,
} from '../../runtime/index.js';
import {
  collectLifecycleFiles,
  failedOutcome,
  LIFECYCLE_FILES,
  LineSplitter,
  readGuestOutcome,
  settleVmJob,
  VmFailure,
  waitUntilReady,
  type CollectOptions,
  type Guest,
} from '../../vm/index.js';
import {
  diskProperties,
  IncusCli,
  IncusCommandError,
  launchArgv,
  launchConfig,
  stderrTail,
  type ImageRecord,
} from './cli.js';
import type { IncusHostConfig } from './config.js';
import { IncusInstance } from './instance.js';
import { mountDeviceName } from './naming.js';
import { PhaseClock } from './phase-clock.js';
import {
  assertWithinRoot,
  PAYLOAD_MANIFEST_RELATIVE_PATH,
  parsePayloadManifest,
  planDeclaredMounts,
} from './payload-manifest.js';
import {
  MarkedScript,
  newNonce,
  renderArgv,
  renderWord,
  scriptPrelude,
  text,
  type ScriptArg,
  type StepOutput,
} from './script.js';

/** The host waits this long past the job timeout, so the guest's own `timeout` fires first (docs/design.md decision 6). */
export const DEFAULT_HOST_GRACE_SECS = 30;
/** How long the lifecycle files may take to stream back after the runner's end marker. */
const COLLECT_TIMEOUT_MS = 120_000;
/** Where a writable-workspace job's read-only snapshot is mounted before its private copy is made. */
const SNAPSHOT_SOURCE_PATH = '/workspace/snapshot-source';

export interface IncusBackendOptions {
  config: IncusHostConfig;
  hostGraceSecs?: number;
}

/** The Incus backend: `run` creates the job's instance, `cleanup` deletes it. */
export function createIncusBackend(options: IncusBackendOptions): RuntimeBackend {
  // Each job's instance, from its `run` to its `cleanup`.
  const instances = new Map<string, IncusInstance>();
  const key = (ctx: JobContext): string => `${ctx.runId}\0${ctx.job.id}`;
  return {
    run(ctx) {
      const cli = new IncusCli(options.config, ctx.transport);
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

/** A disk device whose source the launch script resolves (`readlink -f`) into a shell variable. */
interface PlannedDisk {
  /** The script variable its resolved source goes into, and the resolution's step id (`resolve-<id>`). */
  id: string;
  name: string;
  /** The path as planned; the device gets what it resolves to. */
  source: string;
  path: string;
  readOnly: boolean;
  /** For a payload mount: its payload's resolved root, which the resolved source must stay within. */
  root?: string;
}

/** The host-side steps of the launch script that are logged as Incus commands, by step id. */
interface LoggedStep {
  label: string;
  argv: readonly ScriptArg[];
  /** The disk devices it gives the instance, each logged on a line of its own. */
  disks?: readonly PlannedDisk[];
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
  // The lifecycle files, streamed after the runner or (on the timeout path) by a collect exec.
  const collectOptions: CollectOptions = {
    stateDir: GUEST_PATHS.runtimeStateDir,
    artifactsDir: ctx.paths.artifactsDir,
    log: hostLog,
    signal: ctx.signal,
    runtime: 'Incus',
    host,
  };
  const record: RemoteLinuxVmExecutionRecord = {
    backend: 'incus',
    image: null,
    incus_image: null,
    phases: [],
  };
  const phases = new PhaseClock(record.phases);
  const graceSecs = options.hostGraceSecs ?? DEFAULT_HOST_GRACE_SECS;

  const outcome = await settleVmJob(ctx, async () => {
    try {
      return await phaseScript();
    } finally {
      phases.close();
    }
  });
  return { ...outcome, remote_linux_vm_execution: record };

  async function phaseScript(): Promise<JobOutcome> {
    // This machine keeps the job's files in the run directory (result.json, guest.log).
    phases.enter('prepare_directories');
    await mkdir(ctx.paths.artifactsDir, { recursive: true });

    // The workspace seam puts the run's snapshot on the host (published once per content hash over
    // SSH). Over SSH the look-up script reads the published snapshot's marker first; only when it
    // is not this content hash's does the seam run (and upload).
    phases.enter('stage_workspace_snapshot');
    const remote = transport.placement === 'remote_ssh';
    let staged = remote
      ? remoteStaged()
      : await stageWorkspace(transport, ctx.workspace, ctx.paths, stageOptions());
    if (!remote) phases.enter('prepare_runtime');
    const payloadLinks = payloadLinksOf(staged.jobDir);

    // The guest runner sets its own PATH, HOME and user; the job adds the CI context, its `pass_env`
    // variables and its secrets.
    const request = buildGuestRequest(job, {
      env: { ...ctx.environment.context, ...ctx.environment.passed, ...ctx.environment.secrets },
    });
    const launch = launcher(
      request.json + request.envFile,
      Buffer.byteLength(request.json),
      request.request.command,
    );

    /** Runs at the look-ups' `ready` marker, the script waiting: nothing is created unless this returns. */
    const validate = async (lookup: MarkedScript): Promise<PlannedDisk[]> => {
      if (remote) {
        const snapshot = lookup.step('look-snapshot');
        if (snapshotReusable(snapshot)) {
          hostLog.line(
            `[pikaci] remote snapshot already available at ${staged.snapshotDir} (content hash ${ctx.workspace.contentHash})`,
          );
          phases.enter('prepare_runtime', snapshot.endedAt);
        } else {
          staged = await stageWorkspace(transport, ctx.workspace, ctx.paths, stageOptions());
          phases.enter('prepare_runtime');
        }
      }
      const images = imagesOf(lookup.step('look-images'));
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
      return [
        {
          id: 'snapshot',
          name: mountDeviceName('read_only_snapshot', staged.snapshotDir, GUEST_PATHS.snapshot),
          source: staged.snapshotDir,
          path: job.writable_workspace ? SNAPSHOT_SOURCE_PATH : GUEST_PATHS.snapshot,
          readOnly: true,
        },
        ...payloadDisks(lookup, payloadLinks),
      ];
    };
    let attempt = await launch.run({
      lookups: lookupLines(remote ? staged.snapshotDir : undefined, payloadLinks),
      validate,
    });
    if (attempt.kind === 'not_ready') {
      // A container takes commands as soon as it starts: the guest exec is its own readiness probe.
      // Only when it is refused (a VM whose agent is still booting) does the bounded wait run.
      hostLog.line(
        `[pikaci] Incus instance ${instance.name} not ready yet (${describeExit(attempt.result)})`,
      );
      await waitReady();
      attempt = await launch.run(undefined);
      if (attempt.kind === 'not_ready') {
        throw new IncusCommandError('write Incus guest request', host, {
          ...attempt.result,
          stdout: '',
          stderr: attempt.stderr,
        });
      }
    }
    const run = attempt.result;
    const collect = (): Promise<void> => collectLifecycleFiles(instance, collectOptions);
    if (attempt.kind === 'ended') {
      // The lifecycle files came back on the same exec, after the runner.
      await attempt.collected;
      return readGuestOutcome(ctx.paths.resultJson);
    }
    if (attempt.kind === 'cut' && attempt.hostTimerFired) {
      hostLog.line(
        `[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`,
      );
      phases.enter('collect_artifacts');
      await collect();
      return failedOutcome(`timed out after ${job.timeout_secs}s`);
    }
    if (run.cancelled || ctx.signal.aborted) return failedOutcome('cancelled');
    if (run.connectionLost) {
      throw new VmFailure(`infrastructure error: lost the connection to ${host} while the guest was running`);
    }
    // The guest exec ended before the runner did (the guest went away): collect what is there.
    phases.enter('collect_artifacts');
    await collect();
    return readGuestOutcome(ctx.paths.resultJson);
  }

  function stageOptions(): Parameters<typeof stageWorkspace>[3] {
    return {
      workDir: config.work_dir,
      log: (line: string) => hostLog.line(line),
      signal: ctx.signal,
      snapshotOnly: true,
    };
  }

  /** Where the seam puts this job's snapshot and directory on the SSH host (`remoteLayout`). */
  function remoteStaged(): { snapshotDir: string; jobDir: string } {
    const layout = remoteLayout(config.work_dir, ctx.workspace.runId, ctx.workspace.contentHash);
    return { snapshotDir: layout.snapshotDir, jobDir: layout.jobDir(posix.basename(ctx.paths.jobDir)) };
  }

  /** Only a marker of this very content hash is reused here; every other case is the seam's to judge. */
  function snapshotReusable(snapshot: StepOutput): boolean {
    const local = ctx.workspace.contentHash;
    if (local === null || snapshot.exitCode !== 0) return false;
    try {
      const parsed = safeParse(SnapshotMetadataSchema, JSON.parse(text(snapshot.stdout)));
      return parsed.success && parsed.data.content_hash === local;
    } catch {
      return false;
    }
  }

  /** The staged payload links of a staged job (`<job dir>/staged-linux-rust/<role>`), in spec order. */
  function payloadLinksOf(hostJobDir: string): Array<{ output: string; link: string }> {
    const staged = stagedLinuxCommand(job);
    if (!staged) return [];
    return staged.payload_specs.map((spec) => ({
      output: spec.output_name,
      link: posix.join(
        hostJobDir,
        'staged-linux-rust',
        spec.role === 'workspace_deps' ? 'workspace-deps' : 'workspace-build',
      ),
    }));
  }

  /**
   * The look-ups, the first part of the launch script: the published snapshot's marker (over SSH,
   * with its parent directory made), the image records, each payload's resolved root and manifest,
   * and (alongside, its outcome does not matter) the removal of what a previous attempt of this run
   * and job left. Each is a step the script reports and goes past.
   */
  function lookupLines(snapshotDir: string | undefined, payloads: ReadonlyArray<{ link: string }>): string[] {
    const lines: string[] = [];
    if (snapshotDir !== undefined) {
      const marker = posix.join(snapshotDir, SNAPSHOT_METADATA_FILE);
      lines.push(
        `snapshot() { mkdir -p ${shellQuote(posix.dirname(snapshotDir))} && catif ${shellQuote(marker)}; }`,
        'sect look-snapshot snapshot',
      );
    }
    lines.push(
      `${renderArgv(instance.staleDeleteArgv())} </dev/null >/dev/null 2>&1 & stale=$!`,
      `sect look-images ${renderArgv(cli.argv(['image', 'list'], config.image, '--format', 'json'))}`,
    );
    payloads.forEach(({ link }, index) => {
      lines.push(
        `sect look-root${index} resolve ${shellQuote(link)}`,
        `sect look-manifest${index} catif "$r"/${shellQuote(PAYLOAD_MANIFEST_RELATIVE_PATH)}`,
      );
    });
    lines.push('wait "$stale"');
    return lines;
  }

  function imagesOf(images: StepOutput): ImageRecord[] {
    if (images.exitCode === undefined) {
      throw new VmFailure(`list Incus images in project \`${config.project}\` on ${host} did not finish`);
    }
    if (images.exitCode === 127) {
      throw new VmFailure(
        `cannot run the Incus CLI \`${config.cli}\` on ${host}: command not found: ${config.cli}${stderrTail(text(images.stderr))}; install Incus there, or choose the CLI with --incus-cli (\`lxc\` for LXD)`,
      );
    }
    if (images.exitCode !== 0) {
      throw new VmFailure(
        `failed to list Incus images in project \`${config.project}\` on ${host} (exit code ${images.exitCode})${stderrTail(text(images.stderr))}`,
      );
    }
    try {
      return JSON.parse(text(images.stdout)) as ImageRecord[];
    } catch (error) {
      throw new VmFailure(`decode Incus image list from ${host}: ${String(error)}`);
    }
  }

  /** Prepared payload mounts of a staged job, every manifest validated before anything is created. */
  function payloadDisks(
    lookup: MarkedScript,
    links: ReadonlyArray<{ output: string; link: string }>,
  ): PlannedDisk[] {
    const disks: PlannedDisk[] = [];
    links.forEach(({ output, link }, index) => {
      const resolved = lookup.step(`look-root${index}`);
      if (resolved.exitCode !== 0) {
        throw new VmFailure(
          `prepared output \`${output}\` is missing at ${link} on ${host}; its prepare node must build it first`,
        );
      }
      const root = text(resolved.stdout);
      const manifestPath = posix.join(root, PAYLOAD_MANIFEST_RELATIVE_PATH);
      const read = lookup.step(`look-manifest${index}`);
      if (read.exitCode !== 0) {
        throw new VmFailure(
          `read payload manifest ${manifestPath} on ${host} failed (exit code ${String(read.exitCode ?? 'unknown')})${stderrTail(text(read.stderr))}`,
        );
      }
      const manifest = text(read.stdout);
      if (manifest.trim() === '') throw new VmFailure(`missing payload manifest for staged output ${root}`);
      for (const mount of planDeclaredMounts(root, parsePayloadManifest(manifest, manifestPath))) {
        disks.push({
          id: `payload${disks.length}`,
          name: mount.deviceName,
          source: mount.source,
          path: mount.guestPath,
          readOnly: mount.readOnly,
          root,
        });
      }
    });
    return disks;
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

  /**
   * The launch script, one exec channel. The first attempt starts with the look-ups, prints `ready`
   * and waits on stdin: this side validates them (and publishes the snapshot when it must) and only
   * then sends the rest of the script (resolve every disk source and check payload sources stay in
   * their root, create, add the disks, start), or an empty one, which ends it with nothing created.
   * Both attempts end in one guest exec that reads the nonce and the request pair from the same stdin
   * (never a command line: the pair carries the job's secrets), makes the writable copy when asked,
   * pushes the runner when the image lacks it, runs it, and streams the lifecycle files back as a tar
   * after the runner's end marker.
   */
  function launcher(requestBytes: string, jsonLength: number, command: string) {
    // Static and large: in the script's argv as variables, so what goes through stdin stays small.
    const guestLine = `exec ${renderArgv([
      ...instance.execArgv(['sh', '-c']),
      { prefix: '', variable: 'G' },
      'sh',
      String(jsonLength),
      { prefix: '', variable: 'R' },
    ])}`;
    const statics = [`G=${shellQuote(guestLaunchScript())}`, `R=${shellQuote(guestRunnerScript())}`];

    /**
     * Resolve each disk source and check it (a payload's stays in its root; none holds a control
     * character, which the launch config's literal block cannot carry), then `launch`: create, disks
     * and start in one Incus command. Fills `logged` with what host.log shows of it.
     */
    function createLines(disks: readonly PlannedDisk[], logged: Map<string, LoggedStep>): string[] {
      const lines: string[] = [];
      disks.forEach((disk) => {
        const variable = disk.id;
        lines.push(`step resolve-${disk.id} resolve ${shellQuote(disk.source)}; ${variable}=$r`);
        lines.push(`case "$${variable}" in *[[:cntrl:]]*) mark unsafe ${disk.id}; exit 1 ;; esac`);
        if (disk.root !== undefined) {
          const prefix = disk.root.endsWith('/') ? disk.root : `${disk.root}/`;
          lines.push(
            `case "$${variable}" in ${shellQuote(disk.root)}|${shellQuote(prefix)}*) ;; *) mark escapes ${disk.id}; exit 1 ;; esac`,
          );
        }
      });
      const launch = launchArgv(config, instance.name, ctx.runId, job.id);
      logged.set('create', { label: 'create and start Incus instance', argv: launch, disks });
      const devices = launchConfig(
        config,
        disks.map((disk) => ({ ...disk, source: { variable: disk.id } })),
      );
      lines.push(`stepin create ${renderWord(devices)} ${renderArgv(launch)}`);
      return lines;
    }

    return {
      async run(first: FirstLaunch | undefined): Promise<LaunchAttempt> {
        const nonce = newNonce();
        const logged = new Map<string, LoggedStep>();
        const lines = [scriptPrelude(nonce), ...statics];
        const stdin = first ? new PassThrough() : `${nonce}\n${requestBytes}`;
        let ready = false;
        let planned: readonly PlannedDisk[] = [];
        let validation: Promise<void> | undefined;
        let invalid: { error: unknown } | undefined;
        if (first) {
          lines.push(
            ...first.lookups,
            'mark ready',
            'IFS= read -r len || exit 0',
            '[ "$len" -gt 0 ] 2>/dev/null || exit 0',
            'rest=$(dd bs=1 count="$len" 2>/dev/null) || exit 1',
            'eval "$rest"',
          );
        } else {
          lines.push('mark begin guest', guestLine);
        }
        const proceed = (
          lookup: MarkedScript,
          input: PassThrough,
          validate: FirstLaunch['validate'],
        ): void => {
          validation = validate(lookup).then(
            (disks) => {
              planned = disks;
              instance.creating();
              const rest = [...createLines(disks, logged), 'mark begin guest', guestLine].join('\n');
              input.end(`${Buffer.byteLength(rest)}\n${rest}${nonce}\n${requestBytes}`);
            },
            (error: unknown) => {
              invalid = { error };
              input.end('0\n');
            },
          );
        };

        const resolved = new Map<string, string>();
        const runnerOut = new LineSplitter('[runner:stdout] ', (line) => hostLog.write(line));
        const runnerErr = new LineSplitter('[runner:stderr] ', (line) => hostLog.write(line));
        const collector = new StreamedGuestFiles();
        const hostTimer = new AbortController();
        let timer: NodeJS.Timeout | undefined;
        let collectTimedOut = false;
        let started = false;
        let ended: number | undefined;
        let escaped: string | undefined;
        let unsafe: string | undefined;
        let collected: Promise<void> | undefined;
        let unlogged: string | undefined;
        const logOutput = (): void => {
          if (unlogged === undefined) return;
          const step = script.step(unlogged);
          if (step.stdout.length > 0) hostLog.write(text(step.stdout));
          if (step.stderr.length > 0) hostLog.write(text(step.stderr));
          unlogged = undefined;
        };
        const script: MarkedScript = new MarkedScript(nonce, {
          stdin,
          signal: AbortSignal.any([ctx.signal, hostTimer.signal]),
          onStep(id, step) {
            if (step.exitCode === undefined) {
              logOutput();
              const shown = logged.get(id);
              if (shown) {
                hostLog.line(
                  `[pikaci] ${shown.label}: ${shellJoin(shown.argv.map((arg) => shownArg(arg, resolved)))}`,
                );
                for (const disk of shown.disks ?? []) {
                  const source = resolved.get(`resolve-${disk.id}`) ?? disk.source;
                  const properties = diskProperties(config, { ...disk, source });
                  hostLog.line(
                    `[pikaci]   with disk device \`${disk.name}\`: ${shellJoin(properties.map(([key, value]) => `${key}=${value}`))}`,
                  );
                }
                unlogged = id;
              }
              if (id === 'guest' && phases.current() !== 'launch_guest') {
                phases.enter('launch_guest', step.beganAt);
              }
            } else if (id.startsWith('resolve-') && step.exitCode === 0) {
              resolved.set(id, text(step.stdout));
            }
          },
          onMarker(stream, words, at) {
            const [kind, value] = words;
            if (kind === 'ready' && stream === 'stdout' && first && typeof stdin !== 'string') {
              ready = true;
              proceed(script, stdin, first.validate);
            } else if (kind === 'escapes') {
              escaped = value;
            } else if (kind === 'unsafe') {
              unsafe = value;
            } else if (kind === 'started') {
              if (stream === 'stderr') {
                script.sink('stderr', (chunk) => {
                  runnerErr.push(chunk);
                  ctx.output('stderr', chunk);
                });
                return;
              }
              started = true;
              hostLog.line('[pikaci] wrote Incus guest request');
              hostLog.line(
                `[pikaci] starting Incus guest runner ${words.slice(1).join(' ')} for job \`${job.id}\` on ${host} at ${rfc3339()}: ${command}`,
              );
              phases.enter('wait_for_completion', at);
              timer = setTimeout(() => hostTimer.abort(), (job.timeout_secs + graceSecs) * 1000);
              script.sink('stdout', (chunk) => {
                runnerOut.push(chunk);
                ctx.output('stdout', chunk);
              });
            } else if (kind === 'ended') {
              if (stream === 'stderr') {
                runnerErr.end();
                script.sink('stderr', (chunk) => collector.stderr(chunk));
                return;
              }
              clearTimeout(timer);
              // The files after the runner get the bound a separate collect exec has.
              timer = setTimeout(() => {
                collectTimedOut = true;
                hostTimer.abort();
              }, COLLECT_TIMEOUT_MS);
              runnerOut.end();
              ended = Number(value);
              hostLog.line(
                `[pikaci] Incus guest runner ended (exit code ${ended}) at ${rfc3339(new Date(at))}`,
              );
              phases.enter('collect_artifacts', at);
              script.sink('stdout', (chunk) => collector.stdout(chunk));
              collected = collectLifecycleFiles(collector, collectOptions);
              // Settled by the caller; a failure here must not go unhandled meanwhile.
              collected.catch(() => undefined);
              return 'raw';
            }
          },
        });
        const result = await script.run(transport, lines.join('\n'));
        if (typeof stdin !== 'string' && !stdin.writableEnded) stdin.end();
        await validation;
        clearTimeout(timer);
        collector.finish(collectTimedOut ? { ...result, cancelled: false, timedOut: true } : result);
        logOutput();
        runnerOut.end();
        runnerErr.end();

        if (started && ended !== undefined && collected) return { kind: 'ended', result, collected };
        if (started) {
          hostLog.line(`[pikaci] Incus guest runner ended (${describeExit(result)}) at ${rfc3339()}`);
          return { kind: 'cut', result, hostTimerFired: hostTimer.signal.aborted && !ctx.signal.aborted };
        }
        if (invalid) throw invalid.error;
        if (result.cancelled || ctx.signal.aborted) throw new VmFailure('cancelled');
        if (first && !ready) {
          throw new VmFailure(
            `look up Incus state on ${host} failed (${describeExit(result)})${stderrTail(text(script.step('look-images').stderr))}`,
          );
        }
        // Which host step failed, and why. Only a first attempt that ran to its end and never began
        // `launch` knows nothing was created (a retry finds it made; a cut-off script may have run it
        // unseen; a failed `launch` may have created the instance before its start failed, so the
        // delete runs and finds it, or finds it absent).
        if (first && result.exitCode !== null && script.steps.get('create')?.began !== true) {
          instance.createdNothing();
        }
        if (unsafe !== undefined) {
          const disk = planned.find((d) => d.id === unsafe);
          throw new VmFailure(
            `disk source ${JSON.stringify(text(script.step(`resolve-${unsafe}`).stdout))} of device \`${disk?.name ?? unsafe}\` on ${host} holds a control character; pikaci gives Incus no such path (move or rename it)`,
          );
        }
        if (escaped !== undefined) {
          const disk = planned.find((d) => d.id === escaped);
          const source = text(script.step(`resolve-${escaped}`).stdout);
          if (disk?.root !== undefined) assertWithinRoot(disk.root, source, disk.name);
          throw new VmFailure(`payload mount \`${disk?.name ?? escaped}\` escapes its root (${source})`);
        }
        for (const [id, step] of script.steps) {
          const launchStep = logged.has(id) || id.startsWith('resolve-');
          if (!launchStep || !step.began || step.exitCode === 0) continue;
          const how: ExecResult =
            step.exitCode === undefined ? result : { ...result, exitCode: step.exitCode };
          if (id.startsWith('resolve-')) {
            const disk = planned.find((d) => `resolve-${d.id}` === id);
            throw new VmFailure(
              `failed to resolve path ${disk?.source ?? id} on ${host} (${describeExit(how)})`,
            );
          }
          throw new IncusCommandError(logged.get(id)?.label ?? id, host, {
            ...how,
            stdout: text(step.stdout),
            stderr: text(step.stderr),
          });
        }
        const guest = script.steps.get('guest');
        if (guest?.began) return { kind: 'not_ready', result, stderr: text(guest.stderr) };
        throw new VmFailure(`launch the Incus instance on ${host} failed (${describeExit(result)})`);
      },
    };
  }

  /** The guest side of the launch (POSIX sh; busybox and dash). Its argv carries no secret and no nonce. */
  function guestLaunchScript(): string {
    const q = shellQuote;
    const names = LIFECYCLE_FILES.map(([from]) => q(from)).join(' ');
    return [
      'IFS= read -r N || exit 97',
      `mkdir -p ${q(GUEST_PATHS.runtimeStateDir)} || exit 98`,
      `dd of=${q(GUEST_PATHS.request)} bs=1 count="$1" 2>/dev/null || exit 98`,
      `cat > ${q(GUEST_PATHS.requestEnv)} || exit 98`,
      ...(job.writable_workspace
        ? [
            `mkdir -p ${q(GUEST_PATHS.snapshot)} || exit 98`,
            `cp -a ${q(`${SNAPSHOT_SOURCE_PATH}/.`)} ${q(GUEST_PATHS.snapshot)} || exit 98`,
            `chown -R 1000 ${q(GUEST_PATHS.snapshot)} 2>/dev/null`,
          ]
        : []),
      `if [ -x ${q(GUEST_PATHS.runner)} ]; then r=${q(GUEST_PATHS.runner)}; else`,
      `  mkdir -p ${q(posix.dirname(GUEST_PATHS.pushedRunner))} || exit 98`,
      `  printf '%s' "$2" > ${q(GUEST_PATHS.pushedRunner)} && chmod 755 ${q(GUEST_PATHS.pushedRunner)} || exit 98`,
      `  r=${q(GUEST_PATHS.pushedRunner)}`,
      'fi',
      `printf '\\037pikaci-%s started %s\\n' "$N" "$r"; printf '\\037pikaci-%s started\\n' "$N" >&2`,
      `"$r" ${q(GUEST_PATHS.request)} </dev/null`,
      'rc=$?',
      `printf '\\037pikaci-%s ended %s\\n' "$N" "$rc"; printf '\\037pikaci-%s ended %s\\n' "$N" "$rc" >&2`,
      `cd ${q(GUEST_PATHS.runtimeStateDir)} && set -- && for f in ${names}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`,
    ].join('\n');
  }
}

interface FirstLaunch {
  /** Script lines of the look-ups. */
  lookups: string[];
  /** Validates the look-ups (the script waits meanwhile) and plans the disks; throwing creates nothing. */
  validate(lookup: MarkedScript): Promise<PlannedDisk[]>;
}

type LaunchAttempt =
  | { kind: 'not_ready'; result: ExecResult; stderr: string }
  | { kind: 'ended'; result: ExecResult; collected: Promise<void> }
  | { kind: 'cut'; result: ExecResult; hostTimerFired: boolean };

/** How a script argument appears in host.log: a computed value shown as it was resolved. */
function shownArg(arg: ScriptArg, resolved: ReadonlyMap<string, string>): string {
  return typeof arg === 'string'
    ? arg
    : `${arg.prefix}${resolved.get(`resolve-${arg.variable}`) ?? `$${arg.variable}`}`;
}

/**
 * The lifecycle files' tar as it streams in after the runner's end marker, offered as a `Guest`
 * exec, so `collectLifecycleFiles` unpacks, places and redacts them exactly as it does for a
 * separate collect exec (which the timeout path still uses).
 */
class StreamedGuestFiles implements Guest {
  private readonly held: Array<['stdout' | 'stderr', Buffer]> = [];
  private request: ExecRequest | undefined;
  private result: ExecResult | undefined;
  private settle: ((result: ExecResult) => void) | undefined;

  stdout(chunk: Buffer): void {
    if (this.request) this.request.onStdout?.(chunk);
    else this.held.push(['stdout', Buffer.from(chunk)]);
  }

  stderr(chunk: Buffer): void {
    if (this.request) this.request.onStderr?.(chunk);
    else this.held.push(['stderr', Buffer.from(chunk)]);
  }

  finish(result: ExecResult): void {
    this.result = result;
    this.settle?.(result);
  }

  exec(request: ExecRequest): Promise<ExecResult> {
    this.request = request;
    for (const [stream, chunk] of this.held.splice(0)) {
      if (stream === 'stdout') request.onStdout?.(chunk);
      else request.onStderr?.(chunk);
    }
    if (this.result) return Promise.resolve(this.result);
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }
}
