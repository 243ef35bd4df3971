/** What `run` and `rerun` share: loading the catalog and manifest, changed files, output and exit codes. */
import { changesSince, createGit } from '../../git/index.js';
import {
  executionEnvironment,
  parseConcurrencyGroup,
  parseHostSettings,
  type HostFlagValues,
  type ParsedHostSettings,
} from '../../hosts/index.js';
import type { RunRecord, RunReporter } from '../../records/index.js';
import {
  cancelOnSignals,
  createReporter,
  renderRunSummary,
  type OutputFormat,
  type RunOptions,
} from '../../run/index.js';

export { loadRunSources, type RunSources } from '../../sources/index.js';

/** Files changed from the merge base of `since` and HEAD, plus local edits and untracked files. */
export async function changedFilesSince(repoRoot: string, since: string): Promise<string[]> {
  const git = createGit(repoRoot);
  const committed = await changesSince(git, since, 'HEAD');
  return [...new Set([...committed.paths, ...(await git.localChanges())])].sort();
}

/**
 * Run with a reporter for `format`, print the result, and set the exit code: 0 passed/skipped,
 * 1 failed, 130/143 when cancelled by SIGINT/SIGTERM.
 */
export async function executeAndReport(
  format: OutputFormat,
  execute: (reporter: RunReporter, signal: AbortSignal) => Promise<RunRecord>,
): Promise<RunRecord> {
  const reporter = createReporter(
    format,
    { stdout: process.stdout, stderr: process.stderr },
    { progress: process.stderr.isTTY === true && process.env['TERM'] !== 'dumb' },
  );
  const cancellation = cancelOnSignals();
  let run: RunRecord;
  try {
    run = await execute(reporter, cancellation.signal);
  } finally {
    cancellation.dispose();
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
  if (format === 'human') {
    const summary = renderRunSummary(run);
    for (const line of summary.stdout) process.stdout.write(`${line}\n`);
    for (const line of summary.stderr) process.stderr.write(`${line}\n`);
  }
  process.exitCode = cancellation.exitCode() ?? (run.status === 'failed' ? 1 : 0);
  return run;
}

export interface HostPlan {
  settings: ParsedHostSettings;
  concurrencyGroup: string | null;
}

/**
 * Validate the host flags (and `PIKACI_*` variables) and an explicit `--concurrency-group` before
 * anything is recorded. `run` then takes the group from `resolveLaneRun` (the flag, else the lane's).
 */
export function planHosts(flags: HostFlagValues & { concurrencyGroup?: string }): HostPlan {
  return {
    settings: parseHostSettings(flags, process.env),
    concurrencyGroup: parseConcurrencyGroup(flags.concurrencyGroup),
  };
}

/** The transports and backends of one run, honouring cancellation while waiting for a group lock. */
export function hostRunOptions(plan: HostPlan, signal: AbortSignal): Pick<RunOptions, 'environment'> {
  return {
    environment: executionEnvironment({
      ...plan.settings,
      concurrencyGroup: plan.concurrencyGroup,
      signal,
    }),
  };
}
