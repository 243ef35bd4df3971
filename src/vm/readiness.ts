/**
 * The readiness loop of a VM job: poll a probe until it succeeds, the bound passes or the job is
 * cancelled (docs/design.md decision 7: a readiness timeout still ends in cleanup).
 */
import type { ExecResult } from '../transport/index.js';

export const READINESS_POLL_MS = 250;

export type Readiness = 'ready' | 'cancelled' | 'connection_lost' | 'timed_out';

export interface ReadinessOptions {
  timeoutSecs: number;
  signal: AbortSignal;
  pollMs?: number;
}

/**
 * Runs `probe` (given the milliseconds left, at least one second) until it exits 0. A probe that was
 * cancelled or lost its connection ends the wait at once; the pause between probes is cancellable.
 */
export async function waitUntilReady(
  probe: (remainingMs: number) => Promise<ExecResult>,
  options: ReadinessOptions,
): Promise<Readiness> {
  const deadline = Date.now() + options.timeoutSecs * 1000;
  for (;;) {
    const result = await probe(Math.max(1000, deadline - Date.now()));
    if (result.exitCode === 0) return 'ready';
    if (result.cancelled || options.signal.aborted) return 'cancelled';
    if (result.connectionLost) return 'connection_lost';
    if (Date.now() >= deadline) return 'timed_out';
    if (!(await pause(options.pollMs ?? READINESS_POLL_MS, options.signal))) return 'cancelled';
  }
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (elapsed: boolean): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(elapsed);
    };
    const onAbort = (): void => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
