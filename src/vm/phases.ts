/**
 * The phase recorder of a VM job: each phase timed into the execution record on every path, the
 * ones that throw included (docs/upstream.md, executor 3; docs/design.md decision 7).
 */
import { rfc3339 } from '../records/index.js';

export interface PhaseTiming<Phase extends string> {
  phase: Phase;
  started_at: string;
  finished_at: string;
  duration_ms: number;
}

export class PhaseRecorder<Phase extends string> {
  readonly phases: Array<PhaseTiming<Phase>> = [];

  async run<T>(phase: Phase, body: () => Promise<T>): Promise<T> {
    const startedAt = rfc3339();
    const start = Date.now();
    try {
      return await body();
    } finally {
      this.phases.push({
        phase,
        started_at: startedAt,
        finished_at: rfc3339(),
        duration_ms: Date.now() - start,
      });
    }
  }
}
