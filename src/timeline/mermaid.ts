/**
 * A timeline as a Mermaid `gantt` chart, which GitHub renders in Markdown and job summaries. Every
 * string from a record or the catalog goes through `mermaidLabel`, so a job id cannot end a line,
 * start a directive, open a comment or add HTML (README "Security").
 */
import { MAX_TIMELINE_BARS, runTimeline, type Timeline, type TimelineBar } from './bars.js';
import type { RunRecord } from '../records/index.js';

const MAX_LABEL_CHARS = 60;

/**
 * What Mermaid's red (`crit`) shows: failed bars, or the critical path (then failures show by their
 * mark only). Other finished work is grey (`done`), running work `active`, phases plain.
 */
export type Highlight = 'failures' | 'critical_path';

function tag(bar: TimelineBar, highlight: Highlight): string {
  const red = highlight === 'failures' ? bar.status === 'failed' : bar.critical;
  if (red) return 'crit, ';
  switch (bar.status) {
    case 'running':
      return 'active, ';
    case 'phase':
      return '';
    case 'passed':
    case 'failed':
    case 'skipped':
      return 'done, ';
    default:
      return unreachable(bar.status);
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled bar status ${String(value)}`);
}

const MARK: Record<TimelineBar['status'], string> = {
  passed: '✔',
  failed: '✘',
  skipped: '⏭',
  running: '…',
  phase: '·',
};

/** The Mermaid chart of a run's jobs and phases, or null when there is nothing to draw or too much. */
export function runTimelineMermaid(run: RunRecord): string | null {
  return timelineMermaid(runTimeline(run), `run ${run.run_id}`, 'failures');
}

/**
 * A fenced ```` ```mermaid ```` block, or null when the timeline has no bars or more than
 * `MAX_TIMELINE_BARS` (the caller then shows its table alone). Times are absolute (`dateFormat x`,
 * milliseconds since the epoch), so the axis reads as the viewer's clock time.
 */
export function timelineMermaid(timeline: Timeline, title: string, highlight: Highlight): string | null {
  if (timeline.bars.length === 0 || timeline.bars.length > MAX_TIMELINE_BARS) return null;
  const lines = [
    '```mermaid',
    'gantt',
    `  title ${mermaidLabel(title)}`,
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
  ];
  let section: string | null = null;
  for (const bar of timeline.bars) {
    if (bar.section !== section) {
      section = bar.section;
      lines.push(`  section ${mermaidLabel(section)}`);
    }
    // Every task name starts with a mark, so no label can be read as a keyword (`title`, `section`…).
    lines.push(
      `    ${MARK[bar.status]} ${mermaidLabel(bar.label)} :${tag(bar, highlight)}${bar.startMs}, ${bar.endMs}`,
    );
  }
  lines.push('```');
  return `${lines.join('\n')}\n`;
}

/**
 * Text Mermaid shows as is: letters, digits, spaces and `._-/+@,()[]=`; anything else (`:` ends a
 * task name, `;` and `#` end its data, `%%` starts a comment, `<`/`&` are HTML) becomes `_`.
 */
export function mermaidLabel(text: string): string {
  const safe = text
    .replace(/[^\p{L}\p{N} ._\-/+@,()[\]=]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const bounded = safe.length > MAX_LABEL_CHARS ? `${safe.slice(0, MAX_LABEL_CHARS - 1)}…` : safe;
  return bounded === '' ? '_' : bounded;
}
