/** `pikaci list`: every run, newest first; half-created and corrupt runs are listed as such. */
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('list')
    .description('list recorded runs, newest first')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--json', 'print the entries as JSON')
    .action(async (flags: { stateRoot?: string; json?: boolean }) => {
      const { listRuns, resolveStateRoot } = await import('../../records/index.js');
      const entries = await listRuns(await resolveStateRoot({ flag: flags.stateRoot }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      for (const entry of entries) {
        if (entry.state !== 'recorded') {
          process.stdout.write(`${entry.run_id}\t${entry.state}\t-\t-\t${entry.reason}\n`);
          continue;
        }
        const { run, liveness } = entry;
        const status = liveness === 'abandoned' ? 'running (abandoned: its runner is gone)' : run.status;
        const target = run.target_id ?? run.jobs[0]?.id ?? '-';
        process.stdout.write(`${run.run_id}\t${status}\t${target}\t${run.created_at}\n`);
      }
    });
}
