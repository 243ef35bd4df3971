/**
 * `command: report` — the stable-named aggregate check for branch protection. Reads the plan
 * output and `toJSON(needs)`, asks the jobs API for each leg's own conclusion (best effort), writes
 * one combined summary table, sets `status`, and fails the step unless every planned lane passed.
 */
import * as core from './toolkit.js';
import { errorMessage } from '../util/index.js';
import type { WorkflowJob } from '../github/index.js';
import { criticalPath, timelineMermaid, workflowTimeline } from '../timeline/index.js';
import { aggregate, parseNeedsInput, parsePlanInput, type Aggregate, type LegResults } from './aggregate.js';
import { markdownText } from './report.js';

const ICON: Record<Aggregate['rows'][number]['result'], string> = {
  passed: '✅ passed',
  'already passed': '♻️ already passed',
  failed: '❌ failed',
  cancelled: '🚫 cancelled',
  'not run': '⏭️ not run',
  blocked: '🔒 not run (fork)',
  unknown: '❔ unknown',
  running: '⏳ running',
};

export async function runReportCommand(): Promise<void> {
  const needs = parseNeedsInput(core.getInput('needs'));
  const planText = core.getInput('plan');
  const broken = Object.entries(needs).filter(
    ([, need]) => need.result === 'failure' || need.result === 'cancelled',
  );
  if (planText.trim() === '' && broken.length > 0) {
    // The plan job failed (or was cancelled), so there is no plan output: fail on that, not on the input.
    core.setOutput('status', 'failed');
    core.setFailed(
      `pikaci: ${broken.map(([name, need]) => `\`${name}\` ${need.result}`).join(', ')}; no plan to report on`,
    );
    return;
  }
  const plan = parsePlanInput(planText);
  const jobs =
    plan.matrix.include.length > 0 ? await workflowJobs(core.getInput('token'), process.env) : null;
  const result = aggregate(plan, needs, jobs === null ? null : legResults(jobs));

  core.info(`${result.passed ? 'passed' : 'failed'}: ${result.reason}`);
  for (const row of result.rows) core.info(`  ${row.result.padEnd(9)} ${row.lane}  ${row.detail}`);
  core.setOutput('status', result.passed ? 'passed' : 'failed');
  if (process.env['GITHUB_STEP_SUMMARY'])
    await core.summary
      .addRaw(reportMarkdown(result, jobs === null ? '' : reportTimelineMarkdown(jobs)))
      .write();
  if (!result.passed) core.setFailed(`pikaci: ${result.reason}`);
}

async function workflowJobs(token: string, env: NodeJS.ProcessEnv): Promise<WorkflowJob[] | null> {
  const runId = Number(env['GITHUB_RUN_ID']);
  if (token === '' || !Number.isInteger(runId) || runId <= 0) {
    core.info("per-lane results: no token or GITHUB_RUN_ID, so only the lane job's overall result is known");
    return null;
  }
  const { listWorkflowRunJobs } = await import('../github/index.js');
  try {
    return await listWorkflowRunJobs(
      { token, repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] || null },
      runId,
    );
  } catch (error) {
    core.warning(`per-lane results unavailable (${errorMessage(error)}); the decision uses \`needs\` only`);
    return null;
  }
}

function legResults(jobs: readonly WorkflowJob[]): LegResults {
  const legs = new Map<string, { conclusion: string | null; url: string | null }>();
  for (const job of jobs) legs.set(laneTitle(job.name), { conclusion: job.conclusion, url: job.html_url });
  return legs;
}

/** A reusable workflow prefixes its jobs with `<caller job> / `. */
function laneTitle(jobName: string): string {
  return jobName.includes(' / ') ? jobName.slice(jobName.lastIndexOf(' / ') + 3) : jobName;
}

/**
 * The workflow run's jobs as a Mermaid timeline with the critical path in red, and that path in words;
 * empty when no job has started or there are too many to draw (README "command: report").
 */
export function reportTimelineMarkdown(jobs: readonly WorkflowJob[]): string {
  const timeline = workflowTimeline(
    jobs.map((job) => ({
      name: laneTitle(job.name),
      conclusion: job.conclusion,
      startedAt: job.started_at,
      completedAt: job.completed_at,
    })),
  );
  const chart = timelineMermaid(timeline, 'workflow run', 'critical_path');
  if (chart === null) return '';
  const path = criticalPath(timeline.bars);
  const span = path.length > 0 ? path[path.length - 1]!.endMs - path[0]!.startMs : 0;
  const names = path.map((bar) => `\`${markdownText(bar.label)}\``).join(' → ');
  return ['### Timeline', '', chart, `Critical path (${duration(span)}, in red): ${names}`, ''].join('\n');
}

function duration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

export function reportMarkdown(result: Aggregate, timeline = ''): string {
  const lines = [`## pikaci: ${result.passed ? '✅ passed' : '❌ failed'}`, '', cell(result.reason), ''];
  if (result.rows.length > 0) {
    lines.push('| lane | title | result | detail |', '| --- | --- | --- | --- |');
    for (const row of result.rows) {
      const title = row.url ? `[${cell(row.title)}](${row.url})` : cell(row.title);
      const proof = row.provedBy ? ` ([the run that proved it](${row.provedBy}))` : '';
      lines.push(`| \`${cell(row.lane)}\` | ${title} | ${ICON[row.result]} | ${cell(row.detail)}${proof} |`);
    }
    lines.push('');
  }
  lines.push(`Jobs: ${result.jobs.map((job) => `\`${job.name}\` ${job.result}`).join(', ') || 'none'}`, '');
  if (timeline !== '') lines.push(timeline);
  return lines.join('\n');
}

/** Repository text in a table cell: no line breaks, no pipes, no HTML (README "Security"). */
function cell(text: string): string {
  return markdownText(text);
}
