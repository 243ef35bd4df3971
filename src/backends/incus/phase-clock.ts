/**
 * Phase timings read from a script's markers (docs/design.md decision 7): a phase ends where the next
 * one begins, at the moment its marker arrived, so one host script can span several phases and each
 * is still timed honestly. A phase that was open when the job failed is recorded too.
 */
import { rfc3339, type RemoteLinuxVmExecutionRecord } from '../../records/index.js';

type PhaseTiming = RemoteLinuxVmExecutionRecord['phases'][number];

export class PhaseClock {
  private open: { phase: PhaseTiming['phase']; start: number } | undefined;

  constructor(private readonly into: PhaseTiming[]) {}

  /** Closes the open phase at `at` and opens `phase` there. */
  enter(phase: PhaseTiming['phase'], at: number = Date.now()): void {
    this.close(at);
    this.open = { phase, start: at };
  }

  current(): PhaseTiming['phase'] | undefined {
    return this.open?.phase;
  }

  close(at: number = Date.now()): void {
    if (!this.open) return;
    const { phase, start } = this.open;
    const end = Math.max(at, start);
    this.into.push({
      phase,
      started_at: rfc3339(new Date(start)),
      finished_at: rfc3339(new Date(end)),
      duration_ms: end - start,
    });
    this.open = undefined;
  }
}
