/** A recording reporter for the run tests (jobs: support/jobs.ts; repositories: support/repo.ts). */
import type { RunLifecycleEvent, RunReporter } from '../../src/records/index.js';

export function recordingReporter(): RunReporter & { events: RunLifecycleEvent[]; output: string[] } {
  const events: RunLifecycleEvent[] = [];
  const output: string[] = [];
  return {
    events,
    output,
    event: (event) => {
      events.push(event);
    },
    jobOutput: ({ jobId, chunk }) => {
      output.push(`${jobId}:${chunk.toString()}`);
    },
  };
}
