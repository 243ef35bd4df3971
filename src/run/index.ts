/** Runs: plan.json building, orchestration (prepare, execute, fail-fast, cancellation), reporters. */
export {
  buildRunPlan,
  planExecutorKind,
  executeNodeId,
  prepareRunnerNodeId,
  type PlanInput,
  type JobPlan,
  type RunPlan,
} from './plan.js';
export { runJobs } from './orchestrate.js';
export {
  recordSkippedRun,
  CANCELLED_MESSAGE,
  SKIPPED_AFTER_FAILURE,
  SKIPPED_AFTER_CANCEL,
} from './session.js';
export type { RunOptions, RunMetadata, PrepareHandlers, PrepareContext, NixBuildNode } from './options.js';
export { PrepareFailure } from './options.js';
export {
  maxConcurrentExecutes,
  executeConcurrency,
  MAX_CONCURRENT_EXECUTES_ENV,
  DEFAULT_MAX_CONCURRENT_EXECUTES,
} from './concurrency.js';
export {
  createReporter,
  renderEvent,
  renderRunSummary,
  LinePrefixer,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TextSink,
} from './reporters.js';
export { cancelOnSignals, type Cancellation } from './cancel.js';
export { laneCommandJob, LANE_COMMAND_TIMEOUT_SECS } from './lane.js';
export { resolveLaneRun, lockGroupName, type LaneRun, type LaneRunRequest } from './lane-run.js';
export {
  resolveRunnable,
  resolveLane,
  selectJobs,
  gateOnChanges,
  type Runnable,
  type RunnableSources,
  type ChangeGate,
} from './select.js';
