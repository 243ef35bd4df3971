/**
 * A timeline as an inline SVG (the HTML view): one row per bar, jobs bold, phases indented under their
 * job, the width scaled to the run's span, a `<title>` tooltip on each bar. Every label is escaped.
 */
import { escapeHtml } from '../util/index.js';
import type { Timeline, TimelineBar } from './bars.js';

const WIDTH = 1000;
const LABEL_WIDTH = 260;
const ROW = 22;
const AXIS = 24;
const MAX_LABEL_CHARS = 40;

const FILL: Record<TimelineBar['status'], string> = {
  passed: '#2da44e',
  failed: '#cf222e',
  skipped: '#8c959f',
  running: '#bf8700',
  phase: '#54aeff',
};

export function timelineSvg(timeline: Timeline): string {
  const { bars } = timeline;
  const span = Math.max(1, timeline.endMs - timeline.startMs);
  // Room on the right for the duration printed after the last bar.
  const plot = WIDTH - LABEL_WIDTH - 60;
  const x = (ms: number): number => LABEL_WIDTH + ((ms - timeline.startMs) / span) * plot;
  const height = AXIS + bars.length * ROW + 4;
  const ticks = Array.from({ length: 5 }, (_, i) => (span * i) / 4).map(
    (offset) =>
      `<line x1="${x(timeline.startMs + offset).toFixed(1)}" y1="${AXIS - 4}" x2="${x(timeline.startMs + offset).toFixed(1)}" y2="${height}" class="tick"/>` +
      `<text x="${x(timeline.startMs + offset).toFixed(1)}" y="${AXIS - 8}" text-anchor="middle" class="axis">+${formatDuration(offset)}</text>`,
  );
  const rows = bars.map((bar, i) => {
    const y = AXIS + i * ROW;
    const left = x(bar.startMs);
    const width = Math.max(2, x(bar.endMs) - left);
    const indent = bar.kind === 'phase' ? 16 : 0;
    const label =
      bar.label.length > MAX_LABEL_CHARS ? `${bar.label.slice(0, MAX_LABEL_CHARS - 1)}…` : bar.label;
    const tooltip = `${bar.label} (${bar.kind}${bar.kind === 'phase' ? '' : `, ${bar.status}`}): ${formatDuration(bar.endMs - bar.startMs)}`;
    return (
      `<g class="bar ${bar.kind} ${bar.status}" data-label="${escapeHtml(bar.label)}">` +
      `<title>${escapeHtml(tooltip)}</title>` +
      `<text x="${4 + indent}" y="${y + 15}" class="label${bar.kind === 'phase' ? '' : ' strong'}">${escapeHtml(label)}</text>` +
      `<rect x="${left.toFixed(1)}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 6}" rx="3" fill="${FILL[bar.status]}"/>` +
      `<text x="${(left + width + 4).toFixed(1)}" y="${y + 15}" class="duration">${formatDuration(bar.endMs - bar.startMs)}</text>` +
      `</g>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="run timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    ...ticks,
    ...rows,
    '</svg>',
  ].join('\n');
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}
