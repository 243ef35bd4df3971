/**
 * Who hears about a run while it happens: lifecycle events (docs/upstream.md, records 2.4) and live job output.
 * The CLI renders them as human lines, JSON or JSONL; the action hooks `::group::` per job.
 */
import type { RunLifecycleEvent } from './schemas.js';

export interface JobOutputChunk {
  jobId: string;
  stream: 'stdout' | 'stderr';
  chunk: Buffer;
  /** True when several jobs run at once, so a renderer should tell their lines apart. */
  parallel: boolean;
}

export interface RunReporter {
  event(event: RunLifecycleEvent): void | Promise<void>;
  jobOutput?(output: JobOutputChunk): void;
  /** A job's output has ended (flush partial lines, close a log group). */
  jobOutputEnd?(jobId: string): void;
}

export const silentReporter: RunReporter = { event: () => undefined };
