/**
 * The library's public API: the package entry point `pikaci-action` (README, "Using the library").
 *
 * It is what a program needs to plan a change (load the lane manifest and the target catalog, find
 * the changed files, select lanes, build the matrix), to run jobs with a chosen backend and to read
 * the records a run leaves. Each concern's folder has a wider `index.ts` for the CLI and the action;
 * only what is listed here is the package's contract.
 */

// Errors: `InputError` is the caller's input (CLI exit 2); `PikaciError` anything else explained.
export { PikaciError, InputError, type ErrorDetails } from './util/index.js';

// The vocabulary: jobs, lanes, targets, placements and runtimes, and their zod schemas.
export * from './model/index.js';
// The end of an exhaustive `switch` over those unions (docs/design.md decision 5).
export { assertNever } from './util/index.js';

// Loading the lane manifest (`ci/forge-lanes.toml`) and the target catalog.
export {
  allLanes,
  findLane,
  loadManifest,
  parseManifest,
  DEFAULT_RUNS_ON,
  type Manifest,
  type ManifestOptions,
} from './manifest/index.js';
export {
  bindManifest,
  defaultCatalogPath,
  loadCatalog,
  manifestOptionsFor,
  parseCatalog,
  resolveCatalogPath,
  resolveTarget,
  REPO_CATALOG_PATH,
  type Catalog,
  type CatalogLocation,
  type CatalogOptions,
  type StagedTargetConfig,
} from './catalog/index.js';
export { DEFAULT_MANIFEST, loadRunSources, type RunSources } from './sources/index.js';
export { formatKeyPath, TomlValidationError, type KeyPath, type TomlIssue } from './toml/index.js';

// Planning a change: the changed files, the lanes they select and why, the job matrix.
export {
  changesSince,
  createGit,
  parseChangedList,
  readChangedFrom,
  type ChangesSince,
  type FileChange,
  type Git,
} from './git/index.js';
export {
  buildMatrix,
  explainReason,
  parseLaneList,
  selectLanes,
  type LaneSelection,
  type Matrix,
  type MatrixEntry,
  type SelectInput,
  type SelectionReason,
  type SelectionReasonKind,
} from './select/index.js';
export {
  compileGlob,
  compilePatternSets,
  validateGlob,
  InvalidGlobError,
  type CompiledGlob,
  type CompiledPatternSet,
} from './match/index.js';

// Running jobs: the orchestration, and the backends and transports it runs them with.
export {
  buildRunPlan,
  cancelOnSignals,
  createReporter,
  gateOnChanges,
  laneCommandJob,
  recordSkippedRun,
  renderRunSummary,
  resolveRunnable,
  runJobs,
  selectJobs,
  type Cancellation,
  type ChangeGate,
  type OutputFormat,
  type PrepareHandlers,
  type RunMetadata,
  type RunOptions,
  type RunPlan,
  type Runnable,
  type RunnableSources,
  type TextSink,
} from './run/index.js';
export { hostProcessBackend } from './backends/host-process/index.js';
export {
  // A backend's `cleanup` (the Incus instance's deletion) runs only through this or `runJobs`.
  runWithCleanup,
  type BackendModule,
  type BackendResolution,
  type JobContext,
  type JobOutcome,
  type LogWriter,
  type RuntimeBackend,
} from './runtime/index.js';
export {
  executionEnvironment,
  parseHostSettings,
  type ExecutionEnvironment,
  type HostFlagValues,
  type HostSettings,
} from './hosts/index.js';
export {
  createIncusBackend,
  IncusHostConfigSchema,
  type IncusBackendOptions,
  type IncusHostConfig,
} from './backends/incus/index.js';
export * from './transport/index.js';
export { shellJoin, shellQuote } from './util/index.js';

// The guest contract an Incus (or any VM) backend speaks: request, lifecycle files, runner script
// (docs/guest-protocol.md).
export * from './guest/index.js';

// Reading what runs left under the state root: run, plan and job records, logs, prepared outputs.
export * from './records/index.js';

// Project invariants, as `pikaci invariants` checks them.
export {
  CHECKS as INVARIANT_CHECKS,
  loadInvariants,
  renderInvariants,
  runInvariants,
  type InvariantResult,
  type InvariantsReport,
} from './invariants/index.js';
