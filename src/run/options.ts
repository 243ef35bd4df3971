/** What a caller gives `runJobs`: the jobs, where the run is recorded, and the hosts to run on. */
import type { JobSpec } from '../model/index.js';
import type { RunRecord, RunReporter } from '../records/index.js';
import type { ExecutionEnvironment, PrepareHandlers } from '../runtime/index.js';

export type { NixBuildNode, PrepareContext, PrepareHandlers } from '../runtime/index.js';
export { PrepareFailure } from '../runtime/index.js';

export interface RunMetadata {
  targetId: string | null;
  targetDescription: string | null;
  changedFiles?: readonly string[];
  filters?: readonly string[];
  message?: string | null;
}

export interface RunOptions extends RunMetadata {
  stateRoot: string;
  /** Top level of the git working tree the snapshot is taken from. */
  sourceRoot: string;
  jobs: readonly JobSpec[];
  /** Rerun: reuse this run's snapshot instead of taking a new one. */
  rerunOf?: RunRecord;
  reporter?: RunReporter;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** false: the snapshot is exactly HEAD (CI); true: local edits and untracked files too. */
  includeLocalChanges?: boolean;
  /**
   * How the run reaches its hosts and which backend runs each placement × runtime pair
   * (`executionEnvironment()` from src/hosts composes them from settings). One transport is opened
   * per placement and closed when the run ends.
   */
  environment: ExecutionEnvironment;
  prepare?: PrepareHandlers;
  /**
   * The cap on execute nodes at once, as `resolveLaneRun` decided it for the caller's own output;
   * absent: `PIKACI_MAX_CONCURRENT_EXECUTES`. Jobs that cannot run in parallel still run one at a time.
   */
  maxConcurrentExecutes?: number;
}
