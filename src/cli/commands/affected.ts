/**
 * `pikaci run --affected`: plan the change like the action (`planChange`, the code behind
 * `pikaci plan`), then run every selected lane as `pikaci run <lane>` runs it (`resolveLaneRun` and
 * the hosts composition), up to `--parallel` lanes at once, each its own recorded run, and end with
 * one table. README "Running lanes locally" documents the defaults.
 */
import type { HostFlagValues } from '../../hosts/index.js';
import type { RunRecord, RunReporter } from '../../records/index.js';
import type { LaneRun } from '../../run/index.js';
import type { LaneSelection } from '../../select/index.js';
import { InputError } from '../../util/index.js';
import type { PlanGroup, PlanResult } from './plan.js';

export interface AffectedFlags extends HostFlagValues {
  catalog?: string;
  manifest?: string;
  stateRoot?: string;
  base?: string;
  head?: string;
  group: PlanGroup;
  parallel: number;
  committed: boolean;
  dryRun: boolean;
  /** Skip a lane whose pass key already passed in this state root (README "Skipping lanes that already passed"). */
  skipIfPassed: boolean;
}

/** Tried in order when `--base` is not given: the remote's default branch, then the usual local names. */
export const DEFAULT_BASE_CANDIDATES = ['origin/HEAD', 'main', 'master'] as const;

/** One lane's line of the final table. */
interface LaneOutcome {
  lane: string;
  status: RunRecord['status'] | 'not started';
  durationMs: number | null;
  runId: string | null;
  reason: string;
}

export function parseParallel(value: string): number {
  const parallel = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parallel) || parallel < 1) {
    throw new InputError(`--parallel must be a whole number of lanes, 1 or more, got \`${value}\``);
  }
  return parallel;
}

/** `--base`, else the first of `DEFAULT_BASE_CANDIDATES` that names a commit in `repoRoot`. */
async function resolveBase(repoRoot: string, base: string | undefined): Promise<string> {
  if (base !== undefined) return base;
  const { createGit } = await import('../../git/index.js');
  const git = createGit(repoRoot);
  for (const candidate of DEFAULT_BASE_CANDIDATES) {
    if (await git.hasCommit(candidate)) return candidate;
  }
  throw new InputError(
    `no base to compare with: none of ${DEFAULT_BASE_CANDIDATES.join(', ')} names a commit here`,
    { where: repoRoot, hint: 'pass --base REV: the branch your change will be merged into' },
  );
}

export async function runAffected(flags: AffectedFlags): Promise<void> {
  const { loadRunSources, planHosts, hostRunOptions } = await import('./run-support.js');
  const { planChange, renderPlan } = await import('./plan.js');
  const { resolveLaneRun, cancelOnSignals, createReporter } = await import('../../run/index.js');
  const { default: pLimit } = await import('p-limit');

  const hostFlags = planHosts(flags);
  const sources = await loadRunSources(flags);
  const base = flags.group === 'branch' ? await resolveBase(sources.repoRoot, flags.base) : flags.base;
  const plan = await planChange({
    sources: sources.sources,
    base,
    head: flags.head,
    group: flags.group,
    localChanges: !flags.committed,
  });
  process.stdout.write(renderPlan(plan));
  const selected = plan.selections.filter((selection) => selection.selected);
  if (selected.length === 0) {
    process.stdout.write('no lanes selected: nothing to run\n');
    return;
  }
  // Every lane is resolved before any runs, so a lane that cannot run stops the command up front.
  const laneRuns = selected.map((selection) => ({
    selection,
    laneRun: resolveLaneRun({ id: selection.id, sources: sources.runnable, env: process.env }),
  }));
  if (flags.dryRun) {
    for (const { selection, laneRun } of laneRuns) {
      process.stdout.write(`would run ${describeLaneRun(selection, laneRun)}\n`);
    }
    return;
  }
  warnAboutSnapshot(plan, flags);

  const cancellation = cancelOnSignals();
  const outcomes = new Map<string, LaneOutcome>();
  const limit = pLimit(flags.parallel);
  const runLane = async ({ selection, laneRun }: (typeof laneRuns)[number]): Promise<void> => {
    if (cancellation.signal.aborted) return;
    const started = Date.now();
    const signal = cancellation.signal;
    const hosts = { ...hostFlags, concurrencyGroup: laneRun.concurrencyGroup };
    const reporter = laneReporter(
      createReporter('human', { stdout: process.stdout, stderr: process.stderr }),
      selection.id,
      flags.parallel > 1,
    );
    const runLaneNow = (): Promise<RunRecord> =>
      sources.run({
        targetId: laneRun.runnable.targetId,
        targetDescription: laneRun.runnable.description,
        filters: laneRun.runnable.filters,
        changedFiles: [...plan.changed],
        message: `selected by pikaci run --affected: ${selection.explanation}`,
        jobs: laneRun.jobs,
        maxConcurrentExecutes: laneRun.maxConcurrentExecutes,
        includeLocalChanges: !flags.committed,
        ...hostRunOptions(hosts, signal),
        reporter,
        signal,
      });
    const run = flags.skipIfPassed
      ? await (
          await import('../../passcache/index.js')
        ).runSkippingLocalPasses({
          id: selection.id,
          laneRun,
          stateRoot: sources.stateRoot,
          sourceRoot: sources.repoRoot,
          includeLocalChanges: !flags.committed,
          host: hostFlags.settings,
          env: process.env,
          signal,
          reporter,
          log: (line) => process.stderr.write(`${line}\n`),
          run: runLaneNow,
        })
      : await runLaneNow();
    outcomes.set(selection.id, {
      lane: selection.id,
      status: run.status,
      durationMs: Date.now() - started,
      runId: run.run_id,
      reason:
        run.pass_cache?.outcome === 'already_passed'
          ? (run.message ?? 'already passed')
          : selection.explanation,
    });
  };
  try {
    // Lanes of one concurrency group run one after another in a single slot, so a lane waiting
    // for its group's lock never holds a slot another lane could use; the lock itself is still
    // taken by each run, as `pikaci run <lane>` takes it, and guards against other runners.
    await Promise.all(chainsByGroup(laneRuns).map((chain) => limit(() => runChain(chain, runLane))));
  } finally {
    cancellation.dispose();
  }

  const rows = selected.map(
    (selection): LaneOutcome =>
      outcomes.get(selection.id) ?? {
        lane: selection.id,
        status: 'not started',
        durationMs: null,
        runId: null,
        reason: selection.explanation,
      },
  );
  process.stdout.write(renderOutcomes(rows));
  const failed = rows.some((row) => row.status !== 'passed' && row.status !== 'skipped');
  process.exitCode = cancellation.exitCode() ?? (failed ? 1 : 0);
}

/** Lanes grouped into chains: one chain per concurrency group (manifest order), one per ungrouped lane. */
function chainsByGroup<T extends { laneRun: LaneRun }>(items: readonly T[]): T[][] {
  const chains: T[][] = [];
  const byGroup = new Map<string, T[]>();
  for (const item of items) {
    const group = item.laneRun.concurrencyGroup;
    if (group === null) {
      chains.push([item]);
      continue;
    }
    const chain = byGroup.get(group);
    if (chain !== undefined) {
      chain.push(item);
      continue;
    }
    const fresh = [item];
    byGroup.set(group, fresh);
    chains.push(fresh);
  }
  return chains;
}

async function runChain<T>(chain: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  for (const item of chain) await run(item);
}

/** With lanes running at once, every output line says which lane (and job) printed it. */
function laneReporter(reporter: RunReporter, laneId: string, parallelLanes: boolean): RunReporter {
  if (!parallelLanes) return reporter;
  const label = (jobId: string): string => (jobId === laneId ? laneId : `${laneId}/${jobId}`);
  return {
    event: (event) => reporter.event(event),
    jobOutput: (output) => reporter.jobOutput?.({ ...output, jobId: label(output.jobId), parallel: true }),
    jobOutputEnd: (jobId) => reporter.jobOutputEnd?.(label(jobId)),
  };
}

function describeLaneRun(selection: LaneSelection, laneRun: LaneRun): string {
  const jobs = `${laneRun.jobs.length} ${laneRun.jobs.length === 1 ? 'job' : 'jobs'}`;
  const command = laneRun.lane?.command ?? null;
  const what =
    command === null
      ? `target \`${laneRun.runnable.targetId}\` (${jobs})`
      : `command \`${command.join(' ')}\``;
  const group =
    laneRun.concurrencyGroup === null ? '' : `, concurrency group \`${laneRun.concurrencyGroup}\``;
  return `${selection.id}: ${what}${group} — ${selection.explanation}`;
}

/** The lanes run from the checkout; a plan of another `--head` would not match what runs. */
function warnAboutSnapshot(plan: PlanResult, flags: AffectedFlags): void {
  if (flags.head === undefined || plan.source.kind !== 'git') return;
  process.stderr.write(
    `warning: the lanes were planned for --head ${flags.head} but run on the checkout's ${flags.committed ? 'HEAD' : 'working tree'}; check out ${flags.head} to run exactly that revision\n`,
  );
}

function formatDuration(ms: number | null): string {
  if (ms === null) return '-';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const secs = Math.round(ms / 1000);
  return `${Math.floor(secs / 60)}m${String(secs % 60).padStart(2, '0')}s`;
}

/** The final table: one row per selected lane, in manifest order, columns padded to line up. */
export function renderOutcomes(rows: readonly LaneOutcome[]): string {
  const table = [
    ['lane', 'status', 'duration', 'run id', 'reason'],
    ...rows.map((row) => [
      row.lane,
      row.status,
      formatDuration(row.durationMs),
      row.runId ?? '-',
      row.reason,
    ]),
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...table.map((cells) => cells[column]!.length)));
  const lines = table.map((cells) =>
    cells.map((cell, column) => (column < widths.length ? cell.padEnd(widths[column]!) : cell)).join('  '),
  );
  const passed = rows.filter((row) => row.status === 'passed').length;
  return `\n${lines.join('\n')}\n${passed} of ${rows.length} lanes passed\n`;
}
