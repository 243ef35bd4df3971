/** `pikaci prepared-outputs <run_id> [--json]`: the run's prepared-outputs record. */
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('prepared-outputs')
    .description("show a run's prepared outputs (staged payloads)")
    .argument('<run_id>')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--json', 'print the record as JSON')
    .action(async (runId: string, flags: { stateRoot?: string; json?: boolean }) => {
      const { InputError } = await import('../../util/index.js');
      const { loadPreparedOutputsRecord, resolveStateRoot, ensureReadableStateRoot } =
        await import('../../records/index.js');
      const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
      await ensureReadableStateRoot(stateRoot);
      const record = await loadPreparedOutputsRecord(stateRoot, runId);
      if (record === null) throw new InputError(`prepared outputs not found for run \`${runId}\``);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
        return;
      }
      const lines = [
        `run_id=${runId}`,
        `schema_version=${record.schema_version}`,
        `outputs=${record.outputs.length}`,
      ];
      for (const output of record.outputs) {
        lines.push(
          [
            output.node_id,
            output.output_name,
            output.installable,
            output.consumer,
            output.realized_path,
            output.payload?.kind ?? '-',
            String(output.payload?.entrypoints.length ?? 0),
            // Not upstream: where the output lives, whether it was built or reused, and how it ended.
            output.host ?? '-',
            output.realization ?? '-',
            output.status,
          ].join('\t'),
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
