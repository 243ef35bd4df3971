/** `pikaci run <target-or-lane>`: run a catalog target, or a manifest lane, as one recorded run. */
import type { Command } from 'commander';
import type { HostFlagValues } from '../../hosts/index.js';
import { InputError } from '../../util/errors.js';
import { addHostOptions } from './host-options.js';

interface RunFlags extends HostFlagValues {
  concurrencyGroup?: string;
  catalog?: string;
  manifest?: string;
  stateRoot?: string;
  output: string;
  job: string[];
  since?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function parseOutputFormat(value: string): 'human' | 'json' | 'jsonl' {
  if (value === 'human' || value === 'json' || value === 'jsonl') return value;
  throw new InputError(`--output must be human, json or jsonl, got \`${value}\``);
}

export function register(program: Command): void {
  const command = program
    .command('run')
    .description('run a catalog target or a lane of ci/forge-lanes.toml and record it under the state root')
    .argument('<target-or-lane>', 'catalog target id or manifest lane id')
    .option('--catalog <path>', 'target catalog (default: ci/pikaci-catalog.toml, else the bundled one)')
    .option('--manifest <path>', 'lane manifest (default: ci/forge-lanes.toml of the repository, if present)')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--output <format>', 'human, json (final run record) or jsonl (lifecycle events)', 'human')
    .option('--job <id>', 'run only this job of the target (repeatable)', collect, [])
    .option('--since <rev>', "run only if files changed since <rev> match the target's path filters")
    .option(
      '--concurrency-group <name>',
      "hold this group's lock on each placement host for the run (default: the lane's concurrency_group)",
    )
    .option(
      '--lock-timeout <secs>',
      'how long to wait for the group lock (default 3600) ($PIKACI_LOCK_TIMEOUT)',
    );
  addHostOptions(command).action(async (id: string, flags: RunFlags) => {
    const format = parseOutputFormat(flags.output);
    const { loadRunSources, changedFilesSince, executeAndReport, planHosts, hostRunOptions } =
      await import('./run-support.js');
    const hostFlags = planHosts(flags);
    const sources = await loadRunSources(flags);
    const { resolveLaneRun, gateOnChanges, recordSkippedRun } = await import('../../run/index.js');
    // The same resolution as the action's `command: run`: jobs, concurrency group, parallelism.
    const laneRun = resolveLaneRun({
      id,
      sources: sources.runnable,
      jobIds: flags.job,
      concurrencyGroup: hostFlags.concurrencyGroup,
      env: process.env,
    });
    const hosts = { ...hostFlags, concurrencyGroup: laneRun.concurrencyGroup };
    const metadata = {
      targetId: laneRun.runnable.targetId,
      targetDescription: laneRun.runnable.description,
      filters: laneRun.runnable.filters,
    };
    const execution = { jobs: laneRun.jobs, maxConcurrentExecutes: laneRun.maxConcurrentExecutes };
    if (flags.since !== undefined) {
      const { compilePatternSet } = await import('../../match/index.js');
      const changedFiles = await changedFilesSince(sources.repoRoot, flags.since);
      const gate = gateOnChanges({
        filters: laneRun.runnable.filters,
        changedFiles,
        since: flags.since,
        manifestPath: sources.manifestRelative,
        compile: compilePatternSet,
      });
      if (!gate.run) {
        await executeAndReport(format, (reporter) =>
          recordSkippedRun({
            ...metadata,
            stateRoot: sources.stateRoot,
            sourceRoot: sources.repoRoot,
            changedFiles,
            message: gate.reason,
            reporter,
          }),
        );
        return;
      }
      await executeAndReport(format, (reporter, signal) =>
        sources.run({
          ...metadata,
          ...execution,
          ...hostRunOptions(hosts, signal),
          changedFiles,
          message: gate.reason,
          reporter,
          signal,
        }),
      );
      return;
    }
    await executeAndReport(format, (reporter, signal) =>
      sources.run({ ...metadata, ...execution, ...hostRunOptions(hosts, signal), reporter, signal }),
    );
  });
}
