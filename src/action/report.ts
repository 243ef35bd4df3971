/**
 * How a plan is shown: log lines and the job summary. Pure string building; the caller writes them.
 */
import { short } from '../github/index.js';

export interface PlanLaneView {
  id: string;
  title: string;
  selected: boolean;
  reason: string;
}

export interface PlanView {
  event: string;
  base: string | null;
  head: string | null;
  diff_source: 'git' | 'api' | 'rule';
  lanes: readonly PlanLaneView[];
}

export interface PlanContext {
  /** One line on how the diff was obtained (or which rule decided). */
  how: string;
  /** Where the manifest was read from. */
  manifest: string;
  warnings: readonly string[];
}

/** Plain-text lines for the Actions log. */
export function planLogLines(plan: PlanView, context: PlanContext): string[] {
  const selected = plan.lanes.filter((lane) => lane.selected).length;
  const width = Math.max(0, ...plan.lanes.map((lane) => lane.id.length));
  return [
    `event: ${plan.event}`,
    `base: ${plan.base ?? '-'}`,
    `head: ${plan.head ?? '-'}`,
    `diff: ${plan.diff_source} — ${context.how}`,
    `manifest: ${context.manifest}`,
    `${selected} of ${plan.lanes.length} lanes selected`,
    ...plan.lanes.map(
      (lane) => `  ${lane.selected ? 'run ' : 'skip'}  ${lane.id.padEnd(width)}  ${lane.reason}`,
    ),
  ];
}

/** Markdown for `$GITHUB_STEP_SUMMARY`. */
export function planSummaryMarkdown(plan: PlanView, context: PlanContext): string {
  const selected = plan.lanes.filter((lane) => lane.selected).length;
  const lines = [
    '## pikaci plan',
    '',
    `**${selected} of ${plan.lanes.length} lanes selected** for \`${plan.event}\`.`,
    '',
    `- base: ${commit(plan.base)}`,
    `- head: ${commit(plan.head)}`,
    `- diff: **${plan.diff_source}** — ${cell(context.how)}`,
    `- manifest: ${cell(context.manifest)}`,
  ];
  for (const warning of context.warnings) lines.push(`- ⚠️ ${cell(warning)}`);
  lines.push('', '| lane | title | | reason |', '| --- | --- | --- | --- |');
  for (const lane of plan.lanes) {
    lines.push(
      `| \`${cell(lane.id)}\` | ${cell(lane.title)} | ${lane.selected ? '✅ run' : '⏭️ skip'} | ${cell(lane.reason)} |`,
    );
  }
  if (plan.lanes.length === 0) lines.push('| | | | the manifest has no lanes in this group |');
  return `${lines.join('\n')}\n`;
}

function commit(sha: string | null): string {
  return sha === null ? '—' : `\`${short(sha)}\``;
}

/** Keep table cells on one row: no pipes or newlines from lane data. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
