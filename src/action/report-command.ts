/**
 * `command: report` — the stable-named aggregate check for branch protection. Reads the plan
 * output and `toJSON(needs)`, asks the jobs API for each leg's own conclusion (best effort), writes
 * one combined summary table, sets `status`, and fails the step unless every planned lane passed.
 */
import * as core from '@actions/core';
import { errorMessage } from '../util/errors.js';
import { aggregate, parseNeedsInput, parsePlanInput, type Aggregate, type LegResults } from './aggregate.js';

const ICON: Record<Aggregate['rows'][number]['result'], string> = {
  passed: '✅ passed',
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
  const legs = plan.matrix.include.length > 0 ? await legResults(core.getInput('token'), process.env) : null;
  const result = aggregate(plan, needs, legs);

  core.info(`${result.passed ? 'passed' : 'failed'}: ${result.reason}`);
  for (const row of result.rows) core.info(`  ${row.result.padEnd(9)} ${row.lane}  ${row.detail}`);
  core.setOutput('status', result.passed ? 'passed' : 'failed');
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(reportMarkdown(result)).write();
  if (!result.passed) core.setFailed(`pikaci: ${result.reason}`);
}

async function legResults(token: string, env: NodeJS.ProcessEnv): Promise<LegResults | null> {
  const runId = Number(env['GITHUB_RUN_ID']);
  if (token === '' || !Number.isInteger(runId) || runId <= 0) {
    core.info("per-lane results: no token or GITHUB_RUN_ID, so only the lane job's overall result is known");
    return null;
  }
  const { listWorkflowRunJobs } = await import('../github/index.js');
  try {
    const jobs = await listWorkflowRunJobs(
      { token, repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] || null },
      runId,
    );
    const legs = new Map<string, { conclusion: string | null; url: string | null }>();
    for (const job of jobs) {
      // A reusable workflow prefixes its jobs with `<caller job> / `.
      const title = job.name.includes(' / ') ? job.name.slice(job.name.lastIndexOf(' / ') + 3) : job.name;
      legs.set(title, { conclusion: job.conclusion, url: job.html_url });
    }
    return legs;
  } catch (error) {
    core.warning(`per-lane results unavailable (${errorMessage(error)}); the decision uses \`needs\` only`);
    return null;
  }
}

export function reportMarkdown(result: Aggregate): string {
  const lines = [`## pikaci: ${result.passed ? '✅ passed' : '❌ failed'}`, '', cell(result.reason), ''];
  if (result.rows.length > 0) {
    lines.push('| lane | title | result | detail |', '| --- | --- | --- | --- |');
    for (const row of result.rows) {
      const title = row.url ? `[${cell(row.title)}](${row.url})` : cell(row.title);
      lines.push(`| \`${cell(row.lane)}\` | ${title} | ${ICON[row.result]} | ${cell(row.detail)} |`);
    }
    lines.push('');
  }
  lines.push(`Jobs: ${result.jobs.map((job) => `\`${job.name}\` ${job.result}`).join(', ') || 'none'}`, '');
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
