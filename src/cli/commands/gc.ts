/**
 * `pikaci gc [--keep-runs N] [--force]`: remove old runs, never a live one unless forced.
 * `pikaci gc --instances [host flags]`: delete `pikaci-*` Incus instances whose run is over.
 * `pikaci gc --processes [host flags]`: stop remote job processes whose run is over (either or both;
 * `--run <id>` narrows either sweep to one run).
 */
import type { Command } from 'commander';
import type { HostFlagValues } from '../../hosts/index.js';
import { addHostOptions } from './host-options.js';

export function register(program: Command): void {
  const command = program
    .command('gc')
    .description('remove all but the newest runs (runs whose runner is alive are kept unless --force)')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--keep-runs <n>', 'how many of the newest runs to keep', '10')
    .option('--force', 'also remove runs that may still be running')
    .option(
      '--instances',
      'instead: delete pikaci-* Incus instances (on --ssh-host, else here) whose run is no longer running',
    )
    .option(
      '--processes',
      'instead: stop leftover job processes (marked PIKACI_REMOTE_JOB, on --ssh-host, else here) whose run is no longer running',
    )
    .option(
      '--grace-secs <n>',
      'with --instances/--processes: an instance or job of a run this state root does not know is removed only when older (default 3600)',
    )
    .option('--run <id>', "with --instances/--processes: look only at this run's instances and jobs");
  addHostOptions(command).action(async (flags: GcFlags) => {
    const { InputError } = await import('../../util/index.js');
    const { gcRuns, resolveStateRoot } = await import('../../records/index.js');
    if (flags.instances || flags.processes) {
      await sweepHost(flags, await resolveStateRoot({ flag: flags.stateRoot }));
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
    const lines = [`removed_runs=${result.removed.length}`, ...result.removed];
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
  instances?: boolean;
  processes?: boolean;
  graceSecs?: string;
  run?: string;
}

async function sweepHost(flags: GcFlags, stateRoot: string): Promise<void> {
  const { InputError } = await import('../../util/index.js');
  const { parseHostSettings, sweepOrphanInstances, sweepOrphanProcesses, DEFAULT_ORPHAN_GRACE_SECS } =
    await import('../../hosts/index.js');
  const { IncusHostConfigSchema } = await import('../../incus/index.js');
  const { connectSsh, LocalTransport } = await import('../../transport/index.js');
  if (flags.graceSecs !== undefined && !/^\d+$/.test(flags.graceSecs)) {
    throw new InputError(`--grace-secs must be a non-negative integer, got \`${flags.graceSecs}\``);
  }
  const { isRunId } = await import('../../records/index.js');
  if (flags.run !== undefined && !isRunId(flags.run)) {
    throw new InputError(
      `--run must be a run id like the names under <state root>/runs, got \`${flags.run}\``,
    );
  }
  const settings = parseHostSettings(flags, process.env);
  const graceSecs = flags.graceSecs === undefined ? DEFAULT_ORPHAN_GRACE_SECS : Number(flags.graceSecs);
  const transport = settings.ssh ? await connectSsh(settings.ssh) : new LocalTransport();
  try {
    const lines: string[] = [];
    if (flags.instances) {
      const config = IncusHostConfigSchema.parse(settings.incus);
      const decisions = await sweepOrphanInstances(transport, {
        config,
        stateRoot,
        graceSecs,
        run: flags.run,
      });
      lines.push(`removed_instances=${decisions.filter((d) => d.action === 'removed').length}`);
      for (const d of decisions) {
        lines.push(`${d.action} ${d.instance} (run ${d.runId ?? 'none'}: ${d.reason})`);
      }
    }
    if (flags.processes) {
      const decisions = await sweepOrphanProcesses(transport, { stateRoot, graceSecs, run: flags.run });
      lines.push(`removed_processes=${decisions.filter((d) => d.action === 'removed').length}`);
      for (const d of decisions) {
        lines.push(`${d.action} job ${d.job} pids ${d.pids.join(',')} (run ${d.runId}: ${d.reason})`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await transport.close();
  }
}
