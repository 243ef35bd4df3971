/** `pikaci run <target-or-lane>`: run a catalog target, or a manifest lane, as one recorded run. */
import type { Command } from 'commander';
import type { HostFlagValues } from '../../hosts/index.js';
import type { RunRecord, RunReporter } from '../../records/index.js';
import { InputError } from '../../util/index.js';
import { DEFAULT_BASE_CANDIDATES } from './affected.js';
import { withHostOptions } from './host-options.js';
import { DEFAULT_MANIFEST } from '../../sources/index.js';
import { CATALOG_OPTION } from './source-options.js';

interface RunFlags extends HostFlagValues {
  concurrencyGroup?: string;
  catalog?: string;
  manifest?: string;
  stateRoot?: string;
  output: string;
  job: string[];
  since?: string;
  affected?: boolean;
  base?: string;
  head?: string;
  group?: string;
  parallel?: string;
  committed?: boolean;
  dryRun?: boolean;
  skipIfPassed?: boolean;
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
    .argument('[target-or-lane]', 'catalog target id or manifest lane id (or --affected)')
    .option(...CATALOG_OPTION)
    .option('--manifest <path>', `lane manifest (default: ${DEFAULT_MANIFEST} of the repository, if present)`)
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

    .option('--affected', 'run every lane the change selects, as the plan step would (see --base)')
    .option(
      '--base <rev>',
      `--affected: diff from the merge base of <rev> and HEAD (default: the first of ${DEFAULT_BASE_CANDIDATES.join(', ')} that exists)`,
    )
    .option('--head <rev>', '--affected: plan the changes of <rev> instead of HEAD and the working tree')
    .option('--group <group>', '--affected: lane group, branch (default) or nightly')
    .option('--parallel <n>', '--affected: run up to <n> lanes at once (default 1)')
    .option('--committed', '--affected: leave uncommitted edits and untracked files out of plan and runs')
    .option('--dry-run', '--affected: print the plan and what would run, run nothing')
    .option(
      '--skip-if-passed',
      "don't run a lane whose pass key (see pikaci plan --explain-key) already passed in this state root; say which run proved it",
    );
  withHostOptions(command).action(async (id: string | undefined, flags: RunFlags) => {
    const format = parseOutputFormat(flags.output);
    if (flags.affected === true || id === undefined) {
      const { runAffected, parseParallel } = await import('./affected.js');
      const { GROUPS, oneOf } = await import('./plan.js');
      checkAffectedFlags(id, flags, format);
      await runAffected({
        ...flags,
        group: oneOf('--group', GROUPS, flags.group ?? 'branch'),
        parallel: parseParallel(flags.parallel ?? '1'),
        committed: flags.committed === true,
        dryRun: flags.dryRun === true,
        skipIfPassed: flags.skipIfPassed === true,
      });
      return;
    }
    checkSingleRunFlags(flags);
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
    let gated: { changedFiles: string[]; message: string } | null = null;
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
      gated = { changedFiles, message: gate.reason };
    }
    const runLane = (reporter: RunReporter, signal: AbortSignal): Promise<RunRecord> =>
      sources.run({
        ...metadata,
        ...execution,
        ...hostRunOptions(hosts, signal),
        ...gated,
        reporter,
        signal,
      });
    if (flags.skipIfPassed !== true) {
      await executeAndReport(format, runLane);
      return;
    }
    const { runSkippingLocalPasses } = await import('../../passcache/index.js');
    await executeAndReport(format, (reporter, signal) =>
      runSkippingLocalPasses({
        id,
        laneRun,
        stateRoot: sources.stateRoot,
        sourceRoot: sources.repoRoot,
        includeLocalChanges: sources.includeLocalChanges,
        host: hostFlags.settings,
        env: process.env,
        signal,
        reporter,
        log: (line) => process.stderr.write(`${line}\n`),
        run: () => runLane(reporter, signal),
      }),
    );
  });
}

/** `--affected` plans and runs many lanes: a lane id and the one-run flags do not apply to it. */
function checkAffectedFlags(id: string | undefined, flags: RunFlags, format: string): void {
  if (flags.affected !== true) {
    throw new InputError('pikaci run needs a target or lane id, or --affected', {
      hint: 'pikaci run <target-or-lane> runs one; pikaci run --affected runs every lane your change selects',
    });
  }
  if (id !== undefined) {
    throw new InputError(`\`${id}\` and --affected cannot be combined`, {
      hint: `run one lane with \`pikaci run ${id}\`, or every selected lane with \`pikaci run --affected\``,
    });
  }
  const single: Array<[string, boolean]> = [
    ['--job', flags.job.length > 0],
    ['--since', flags.since !== undefined],
    ['--concurrency-group', flags.concurrencyGroup !== undefined],
    ['--output json/jsonl', format !== 'human'],
  ];
  for (const [flag, given] of single) {
    if (given) {
      throw new InputError(`${flag} cannot be combined with --affected`, {
        hint: 'each selected lane runs whole, under its own concurrency group, with human output',
      });
    }
  }
}

/** The `--affected` flags mean nothing for one named run: refuse them rather than ignore them. */
function checkSingleRunFlags(flags: RunFlags): void {
  const affectedOnly: Array<[string, boolean]> = [
    ['--base', flags.base !== undefined],
    ['--head', flags.head !== undefined],
    ['--group', flags.group !== undefined],
    ['--parallel', flags.parallel !== undefined],
    ['--committed', flags.committed === true],
    ['--dry-run', flags.dryRun === true],
  ];
  for (const [flag, given] of affectedOnly) {
    if (given) {
      throw new InputError(`${flag} needs --affected`, {
        hint: `add --affected to run the lanes a change selects, or drop ${flag}`,
      });
    }
  }
}
