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

/**
 * Plain-text lines for the Actions log, one per fact: CR and LF inside repository data (a file
 * name, a lane title) are shown as `\r` and `\n`, so no value can start a log line of its own.
 * The caller also fences the lines with `::stop-commands::` (README "Security").
 */
export function planLogLines(plan: PlanView, context: PlanContext): string[] {
  const selected = plan.lanes.filter((lane) => lane.selected).length;
  const width = Math.max(0, ...plan.lanes.map((lane) => oneLine(lane.id).length));
  return [
    `event: ${oneLine(plan.event)}`,
    `base: ${oneLine(plan.base ?? '-')}`,
    `head: ${oneLine(plan.head ?? '-')}`,
    `diff: ${plan.diff_source} — ${oneLine(context.how)}`,
    `manifest: ${oneLine(context.manifest)}`,
    `${selected} of ${plan.lanes.length} lanes selected`,
    ...plan.lanes.map(
      (lane) =>
        `  ${lane.selected ? 'run ' : 'skip'}  ${oneLine(lane.id).padEnd(width)}  ${oneLine(lane.reason)}`,
    ),
  ];
}

/** Text on one log line: CR, LF and other line breaks escaped visibly. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]/g, (c) =>
    c === '\r' ? '\\r' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
    `- diff: **${plan.diff_source}** — ${markdownText(context.how)}`,
    `- manifest: ${markdownText(context.manifest)}`,
  ];
  for (const warning of context.warnings) lines.push(`- ⚠️ ${markdownText(warning)}`);
  lines.push('', '| lane | title | | reason |', '| --- | --- | --- | --- |');
  for (const lane of plan.lanes) {
    lines.push(
      `| \`${markdownText(lane.id)}\` | ${markdownText(lane.title)} | ${lane.selected ? '✅ run' : '⏭️ skip'} | ${markdownText(lane.reason)} |`,
    );
  }
  if (plan.lanes.length === 0) lines.push('| | | | the manifest has no lanes in this group |');
  return `${lines.join('\n')}\n`;
}

function commit(sha: string | null): string {
  return sha === null ? '—' : `\`${short(sha)}\``;
}

/**
 * Repository text inside generated Markdown (README "Security"): line breaks become spaces and `|` is
 * escaped, so a value stays in its table cell; `&`, `<` and `>` become entities, so a file name
 * cannot add HTML. Backticks are kept: reasons quote file names and patterns in code spans.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/\|/g, '\\|');
}
