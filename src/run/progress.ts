/**
 * A live status line for `human` output on a terminal: which jobs are running and for how long, how
 * many finished (and failed), redrawn every second at the bottom of stderr. Every other write clears it
 * first and redraws it after a complete line, so it never mixes into job output or logs (README
 * "Running lanes locally").
 */
import type { RunLifecycleEvent, RunReporter } from '../records/index.js';
import type { TextSink } from './reporters.js';

export interface ProgressState {
  startedMs: number | null;
  running: Map<string, number>;
  passed: number;
  failed: number;
  skipped: number;
}

export function emptyProgress(): ProgressState {
  return { startedMs: null, running: new Map(), passed: 0, failed: 0, skipped: 0 };
}

export function applyProgressEvent(state: ProgressState, event: RunLifecycleEvent, nowMs: number): void {
  switch (event.event) {
    case 'run_started':
      state.startedMs = nowMs;
      return;
    case 'job_started':
      state.running.set(event.job.id, nowMs);
      return;
    case 'job_finished': {
      state.running.delete(event.job.id);
      const status = event.job.status;
      if (status === 'passed') state.passed++;
      else if (status === 'failed') state.failed++;
      else if (status === 'skipped') state.skipped++;
      return;
    }
    case 'run_finished':
      state.running.clear();
      return;
  }
}

/** One line, at most `columns` wide: `⏳ 0:42 · 2 passed, 1 failed · running: vm-tests 0:12, …`. */
export function progressLine(state: ProgressState, nowMs: number, columns: number): string {
  const counts = [
    `${state.passed} passed`,
    ...(state.failed > 0 ? [`${state.failed} failed`] : []),
    ...(state.skipped > 0 ? [`${state.skipped} skipped`] : []),
  ].join(', ');
  const running = [...state.running].map(([id, since]) => `${oneLine(id)} ${clock(nowMs - since)}`);
  const line = [
    `⏳ ${clock(state.startedMs === null ? 0 : nowMs - state.startedMs)}`,
    counts,
    running.length > 0 ? `running: ${running.join(', ')}` : 'between jobs',
  ].join(' · ');
  const width = Math.max(10, columns - 1);
  return [...line].length > width ? `${[...line].slice(0, width - 1).join('')}…` : line;
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Job ids are repository data: no control characters on the terminal. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

const CLEAR = '\r\u001b[2K';
const TICK_MS = 1000;

export interface Terminal extends TextSink {
  columns?: number;
}

/**
 * Wraps a `human` reporter's sinks and events with the status line on `terminal` (stderr). The line
 * is only drawn while every stream is at the start of a line, and is gone once the run finishes.
 */
export function withProgress(
  inner: (io: { stdout: TextSink; stderr: TextSink }) => RunReporter,
  io: { stdout: TextSink; stderr: Terminal },
  now: () => number = Date.now,
): RunReporter {
  const state = emptyProgress();
  let shown = false;
  let atLineStart = true;
  let finished = false;
  let timer: NodeJS.Timeout | null = null;

  const clear = (): void => {
    if (shown) io.stderr.write(CLEAR);
    shown = false;
  };
  const draw = (): void => {
    if (finished || !atLineStart) return;
    io.stderr.write(`${shown ? CLEAR : ''}${progressLine(state, now(), io.stderr.columns || 80)}`);
    shown = true;
  };
  const around = (sink: TextSink): TextSink => ({
    write: (chunk) => {
      clear();
      const result = sink.write(chunk);
      const text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
      if (text.length > 0) atLineStart = text.endsWith('\n');
      draw();
      return result;
    },
  });
  const reporter = inner({ stdout: around(io.stdout), stderr: around(io.stderr) });
  return {
    ...reporter,
    event: async (event) => {
      applyProgressEvent(state, event, now());
      if (event.event === 'run_started' && timer === null) {
        timer = setInterval(draw, TICK_MS);
        timer.unref();
      }
      if (event.event === 'run_finished') {
        finished = true;
        if (timer !== null) clearInterval(timer);
        clear();
      }
      await reporter.event(event);
    },
  };
}
