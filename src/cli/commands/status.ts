/** `pikaci status <run_id> [--json]`: one run's record. */
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('status')
    .description("show a run's status and its jobs")
    .argument('<run_id>')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--json', 'print the run record as JSON')
    .action(async (runId: string, flags: { stateRoot?: string; json?: boolean }) => {
      const { loadRunRecord, resolveStateRoot, ensureReadableStateRoot, runLiveness } =
        await import('../../records/index.js');
      const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
      await ensureReadableStateRoot(stateRoot);
      const run = await loadRunRecord(stateRoot, runId);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
        return;
      }
      const lines = [`${run.run_id} ${run.target_id ?? '-'} ${run.status}`];
      if (runLiveness(run) === 'abandoned')
        lines.push(`runner=gone (pid ${run.runner_pid} on ${run.runner_host} no longer exists)`);
      if (run.rerun_of) lines.push(`rerun_of=${run.rerun_of}`);
      if (run.plan_path) lines.push(`plan=${run.plan_path}`);
      if (run.prepared_outputs_path) lines.push(`prepared_outputs=${run.prepared_outputs_path}`);
      if (run.prepared_output_consumer)
        lines.push(`prepared_output_consumer=${run.prepared_output_consumer}`);
      if (run.message) lines.push(run.message);
      if (run.changed_files.length > 0) lines.push(`changed_files=${run.changed_files.length}`);
      for (const job of run.jobs)
        lines.push(`${job.id} ${job.status}${job.message ? ` ${job.message}` : ''}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
