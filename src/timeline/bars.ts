/**
 * Where a run's time went, as bars on one time axis: the run's prepare nodes, then each job and its
 * recorded phases, in the order they started. One model for every picture of it (the Mermaid chart
 * in job summaries, the SVG in `pikaci show --html`), so they cannot disagree. Pure.
 */
import { timestampMs, type RunRecord, type RunStatus } from '../records/index.js';

/** More bars than this make a chart nobody reads (and a big summary): callers show the table alone. */
export const MAX_TIMELINE_BARS = 60;

export type BarStatus = RunStatus | 'phase';

export interface TimelineBar {
  /** The group the bar belongs to: `prepare`, or the job id. */
  section: string;
  /** What the bar is: a prepare node id, a job id, or a phase name. */
  label: string;
  kind: 'prepare' | 'job' | 'phase';
  status: BarStatus;
  startMs: number;
  endMs: number;
  /** On the chain of jobs that decided when the whole finished (workflow timelines only). */
  critical: boolean;
}

export interface Timeline {
  bars: TimelineBar[];
  startMs: number;
  endMs: number;
}

/**
 * The bars of a run. A job that has not finished ends at the latest time the record knows of, so a
 * live run still draws; a timestamp that does not parse leaves its bar out rather than skewing the axis.
 */
export function runTimeline(run: RunRecord): Timeline {
  const known = [
    timestampMs(run.created_at),
    ...(run.finished_at ? [timestampMs(run.finished_at)] : []),
    ...run.prepare_timings.map((t) => timestampMs(t.finished_at)),
    ...run.jobs.flatMap((job) => [
      timestampMs(job.started_at),
      ...(job.finished_at ? [timestampMs(job.finished_at)] : []),
      ...(job.remote_linux_vm_execution?.phases ?? []).map((p) => timestampMs(p.finished_at)),
    ]),
  ].filter(Number.isFinite);
  const latest = known.length > 0 ? Math.max(...known) : 0;

  const bars: TimelineBar[] = [];
  const prepare = [...run.prepare_timings].sort(byStart);
  for (const timing of prepare) {
    push(
      bars,
      { section: 'prepare', label: timing.node_id, kind: 'prepare', status: 'passed' },
      timing.started_at,
      timing.finished_at,
    );
  }
  for (const job of [...run.jobs].sort(byStart)) {
    push(
      bars,
      { section: job.id, label: job.id, kind: 'job', status: job.status },
      job.started_at,
      job.finished_at ?? latest,
    );
    const phases = [...(job.remote_linux_vm_execution?.phases ?? [])].sort(byStart);
    for (const phase of phases) {
      push(
        bars,
        { section: job.id, label: phase.phase, kind: 'phase', status: 'phase' },
        phase.started_at,
        phase.finished_at,
      );
    }
  }
  const startMs = bars.length > 0 ? Math.min(...bars.map((b) => b.startMs)) : 0;
  const endMs = bars.length > 0 ? Math.max(...bars.map((b) => b.endMs)) : 0;
  return { bars, startMs, endMs };
}

function byStart(a: { started_at: string }, b: { started_at: string }): number {
  return timestampMs(a.started_at) - timestampMs(b.started_at);
}

function push(
  bars: TimelineBar[],
  bar: Omit<TimelineBar, 'startMs' | 'endMs' | 'critical'>,
  start: string,
  end: string | number,
): void {
  const startMs = timestampMs(start);
  const endMs = typeof end === 'number' ? end : timestampMs(end);
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return;
  bars.push({ ...bar, startMs, endMs: Math.max(startMs, endMs), critical: false });
}
