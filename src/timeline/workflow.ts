/**
 * The jobs of one workflow run (plan, each lane's leg, report) on a time axis, from the jobs API's
 * `started_at`/`completed_at`, with the critical path marked: the chain of jobs, each waiting for the
 * one before, that decided when the run finished. Pure.
 */
import type { BarStatus, Timeline, TimelineBar } from './bars.js';

export interface WorkflowJobTiming {
  name: string;
  /** The jobs API's conclusion; null while the job runs. */
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
}

export function workflowTimeline(jobs: readonly WorkflowJobTiming[]): Timeline {
  const started = jobs
    .map((job) => ({ job, startMs: job.startedAt ? Date.parse(job.startedAt) : NaN }))
    .filter((entry) => Number.isFinite(entry.startMs));
  const ends = started
    .map(({ job }) => (job.completedAt ? Date.parse(job.completedAt) : NaN))
    .filter(Number.isFinite);
  const latest = Math.max(...started.map((entry) => entry.startMs), ...ends);

  const bars: TimelineBar[] = started
    .map(({ job, startMs }) => {
      const completed = job.completedAt ? Date.parse(job.completedAt) : NaN;
      // A job still running is drawn up to the latest moment the API knows of.
      const endMs = Math.max(startMs, Number.isFinite(completed) ? completed : latest);
      return {
        section: 'jobs',
        label: job.name,
        kind: 'job' as const,
        status: statusOf(job.conclusion),
        startMs,
        endMs,
        critical: false,
      };
    })
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  for (const bar of criticalPath(bars)) bar.critical = true;
  const startMs = bars.length > 0 ? Math.min(...bars.map((b) => b.startMs)) : 0;
  const endMs = bars.length > 0 ? Math.max(...bars.map((b) => b.endMs)) : 0;
  return { bars, startMs, endMs };
}

/**
 * From the bar that ends last, step back each time to the bar that ended last before it started (the
 * one it waited for), until nothing ended before. Returned first to last.
 */
export function criticalPath(bars: readonly TimelineBar[]): TimelineBar[] {
  const last = latestEnding(bars, Infinity);
  const path: TimelineBar[] = [];
  for (let bar = last; bar !== null; bar = latestEnding(bars, bar.startMs)) path.unshift(bar);
  return path;
}

/** The bar ending last at or before `limit`; of equal ends, the longest. */
function latestEnding(bars: readonly TimelineBar[], limit: number): TimelineBar | null {
  let best: TimelineBar | null = null;
  for (const bar of bars) {
    if (bar.endMs > limit) continue;
    if (limit !== Infinity && bar.startMs >= limit) continue;
    if (
      best === null ||
      bar.endMs > best.endMs ||
      (bar.endMs === best.endMs && bar.endMs - bar.startMs > best.endMs - best.startMs)
    )
      best = bar;
  }
  return best;
}

function statusOf(conclusion: string | null): BarStatus {
  switch (conclusion) {
    case null:
      return 'running';
    case 'success':
    case 'neutral':
      return 'passed';
    case 'skipped':
      return 'skipped';
    default:
      return 'failed';
  }
}
