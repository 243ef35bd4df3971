/** `pikaci list`: every run, newest first; half-created and corrupt runs are listed as such. */
import { stat } from 'node:fs/promises';
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
      const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
      const entries = await listRuns(stateRoot);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
        return;
      }
      if (entries.length === 0) {
        // On stderr, so that scripts reading the rows from stdout still see none.
        const missing = await stat(stateRoot).then(
          () => false,
          () => true,
        );
        process.stderr.write(`no runs under ${stateRoot}${missing ? ' (it does not exist)' : ''}\n`);
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
