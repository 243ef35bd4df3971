/** `pikaci gc [--keep-runs N] [--force]`: remove old runs, never a live one unless forced. */
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('gc')
    .description('remove all but the newest runs (runs whose runner is alive are kept unless --force)')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--keep-runs <n>', 'how many of the newest runs to keep', '10')
    .option('--force', 'also remove runs that may still be running')
    .action(async (flags: { stateRoot?: string; keepRuns: string; force?: boolean }) => {
      const { InputError } = await import('../../util/errors.js');
      const { gcRuns, resolveStateRoot } = await import('../../records/index.js');
      if (!/^\d+$/.test(flags.keepRuns)) {
        throw new InputError(`--keep-runs must be a non-negative integer, got \`${flags.keepRuns}\``);
      }
      const result = await gcRuns(await resolveStateRoot({ flag: flags.stateRoot }), {
        keep: Number(flags.keepRuns),
        force: flags.force ?? false,
      });
      const lines = [`removed_runs=${result.removed.length}`, ...result.removed];
      for (const id of result.kept_running)
        lines.push(`kept ${id}: it may still be running (use --force to remove)`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
