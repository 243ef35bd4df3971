/** `pikaci rerun <run_id>`: the same target and jobs against the same snapshot, with `rerun_of` set. */
import type { Command } from 'commander';
import type { HostFlagValues } from '../../hosts/index.js';
import { withHostOptions } from './host-options.js';
import { parseOutputFormat } from './run.js';
import { DEFAULT_MANIFEST } from '../../sources/index.js';
import { CATALOG_OPTION } from './source-options.js';

interface RerunFlags extends HostFlagValues {
  concurrencyGroup?: string;
  catalog?: string;
  manifest?: string;
  stateRoot?: string;
  output: string;
}

export function register(program: Command): void {
  const command = program
    .command('rerun')
    .description("run a recorded run's target again against the same snapshot")
    .argument('<run_id>', 'the run to repeat')
    .option(...CATALOG_OPTION)
    .option('--manifest <path>', `lane manifest (default: ${DEFAULT_MANIFEST} of the repository, if present)`)
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--output <format>', 'human, json or jsonl', 'human')
    .option('--concurrency-group <name>', "hold this group's lock on each placement host for the run");
  withHostOptions(command).action(async (runId: string, flags: RerunFlags) => {
    const format = parseOutputFormat(flags.output);
    const { InputError } = await import('../../util/index.js');
    const { loadRunRecord, ensureReadableStateRoot } = await import('../../records/index.js');
    const { resolveRunnable, selectJobs, recordSkippedRun } = await import('../../run/index.js');
    const { loadRunSources, executeAndReport, planHosts, hostRunOptions } = await import('./run-support.js');
    const hosts = planHosts(flags);
    const sources = await loadRunSources(flags);
    await ensureReadableStateRoot(sources.stateRoot);
    const previous = await loadRunRecord(sources.stateRoot, runId);
    const targetId = previous.target_id ?? (previous.jobs.length === 1 ? previous.jobs[0]!.id : null);
    if (targetId === null) {
      throw new InputError(`run \`${runId}\` cannot be rerun because it does not record a target id`);
    }
    const runnable = resolveRunnable(targetId, sources.runnable);
    const metadata = {
      targetId: runnable.targetId,
      targetDescription: previous.target_description ?? runnable.description,
      changedFiles: previous.changed_files,
      filters: previous.filters,
      message: `rerun of ${runId}`,
    };
    if (previous.status === 'skipped') {
      await executeAndReport(format, (reporter) =>
        recordSkippedRun({
          ...metadata,
          stateRoot: sources.stateRoot,
          sourceRoot: sources.repoRoot,
          rerunOf: previous,
          reporter,
        }),
      );
      return;
    }
    if (previous.snapshot_dir === '') {
      throw new InputError(`run \`${runId}\` has no snapshot to rerun`, {
        hint: 'start a new run with `pikaci run`',
      });
    }
    const jobs = selectJobs(
      runnable,
      previous.jobs.map((job) => job.id),
    );
    await executeAndReport(format, (reporter, signal) =>
      sources.run({
        ...metadata,
        ...hostRunOptions(hosts, signal),
        jobs,
        rerunOf: previous,
        reporter,
        signal,
      }),
    );
  });
}
