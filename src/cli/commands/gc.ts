/**
 * `pikaci gc [--keep-runs N] [--force]`: remove old runs, never a live one unless forced.
 * `pikaci gc --<what> [host flags]`: each runtime module that can leave things behind on a host
 * adds its switch (`--instances` for Incus, `--processes` for host processes, `--vms` for Tart); every sweep judges
 * by the same rule, and `--run <id>` narrows it to one run.
 */
import type { Command } from 'commander';
import type { HostFlagValues } from '../../hosts/index.js';
import { orphanSweeps, withHostOptions, type HostSweep } from './host-options.js';

export function register(program: Command): void {
  const command = program
    .command('gc')
    .description('remove all but the newest runs (runs whose runner is alive are kept unless --force)')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--keep-runs <n>', 'how many of the newest runs to keep', '10')
    .option('--force', 'also remove runs that may still be running');
  command
    .option(
      '--grace-secs <n>',
      'with a sweep: what a run this state root does not know left is removed only when older (default 3600)',
    )
    .option('--run <id>', 'with a sweep: look only at what this run left');
  withHostOptions(command, { sweeps: true }).action(async (flags: GcFlags) => {
    const { InputError } = await import('../../util/index.js');
    const { gcRuns, resolveStateRoot } = await import('../../records/index.js');
    const sweeps = (await orphanSweeps()).filter((sweep) => flags[sweep.flag] === true);
    if (sweeps.length > 0) {
      await sweepHost(flags, sweeps, await resolveStateRoot({ flag: flags.stateRoot }));
      return;
    }
    if (!/^\d+$/.test(flags.keepRuns)) {
      throw new InputError(`--keep-runs must be a non-negative integer, got \`${flags.keepRuns}\``);
    }
    const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
    const result = await gcRuns(stateRoot, {
      keep: Number(flags.keepRuns),
      force: flags.force ?? false,
    }).catch(async (error: unknown) => {
      throw await removalError(stateRoot, error);
    });
    // The pass index (`run --skip-if-passed`) loses the entries whose run is gone with it.
    const { prunePasses } = await import('../../passcache/index.js');
    const passes = await prunePasses(stateRoot).catch(async (error: unknown) => {
      throw await removalError(stateRoot, error);
    });
    const lines = [`removed_runs=${result.removed.length}`, ...result.removed];
    if (passes.length > 0) lines.push(`removed_passes=${passes.length}`);
    for (const id of result.kept_running)
      lines.push(`kept ${id}: it may still be running (use --force to remove)`);
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

/** A file system that refuses the removal is the environment's problem: say which, where, and the fix. */
async function removalError(stateRoot: string, error: unknown): Promise<unknown> {
  const { describeSystemError, isSystemError, PikaciError } = await import('../../util/index.js');
  if (!isSystemError(error)) return error;
  const hint =
    error.code === 'EROFS'
      ? 'the state root is on a read-only file system: remount it read-write (or run gc where it is writable)'
      : error.code === 'EACCES' || error.code === 'EPERM'
        ? 'run gc as the user that wrote the runs, or fix the permissions of the state root'
        : 'fix the state root, then run gc again';
  return new PikaciError(`cannot remove old runs under ${stateRoot}: ${describeSystemError(error)}`, {
    hint,
    cause: error,
  });
}

interface GcFlags extends HostFlagValues {
  stateRoot?: string;
  keepRuns: string;
  force?: boolean;
  graceSecs?: string;
  run?: string;
}

async function sweepHost(flags: GcFlags, sweeps: readonly HostSweep[], stateRoot: string): Promise<void> {
  const { InputError } = await import('../../util/index.js');
  const { backendConfigs, DEFAULT_WORK_DIR, parseHostSettings } = await import('../../hosts/index.js');
  const { DEFAULT_ORPHAN_GRACE_SECS, isRunId, orphanJudge } = await import('../../records/index.js');
  const { connectSsh, LocalTransport } = await import('../../transport/index.js');
  if (flags.graceSecs !== undefined && !/^\d+$/.test(flags.graceSecs)) {
    throw new InputError(`--grace-secs must be a non-negative integer, got \`${flags.graceSecs}\``);
  }
  if (flags.run !== undefined && !isRunId(flags.run)) {
    throw new InputError(
      `--run must be a run id like the names under <state root>/runs, got \`${flags.run}\``,
    );
  }
  const settings = parseHostSettings(flags, process.env);
  const configs = backendConfigs(settings, settings.remoteWorkDir ?? DEFAULT_WORK_DIR);
  const graceSecs = flags.graceSecs === undefined ? DEFAULT_ORPHAN_GRACE_SECS : Number(flags.graceSecs);
  const judge = orphanJudge(stateRoot, graceSecs);
  const transport = settings.ssh ? await connectSsh(settings.ssh) : new LocalTransport();
  try {
    const lines: string[] = [];
    for (const sweep of sweeps) {
      const decisions = await sweep.sweep(transport, configs[sweep.runtime] as never, {
        judge,
        ...(flags.run === undefined ? {} : { run: flags.run }),
      });
      lines.push(`removed_${sweep.flag}=${decisions.filter((d) => d.action === 'removed').length}`);
      for (const d of decisions) lines.push(d.line);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await transport.close();
  }
}
