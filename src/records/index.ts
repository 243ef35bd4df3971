/** Run records: the state root, run ids, record schemas, atomic writes, loaders, list and gc. */
export * from './schemas.js';
export { silentReporter, type RunReporter, type JobOutputChunk } from './reporter.js';
export { TimestampSchema, rfc3339, timestampMs } from './time.js';
export { RUN_ID_PATTERN, newRunId, isRunId, runIdTimeMs } from './run-id.js';
export { runsDir, cargoHomeDir, runPaths, jobPaths, type RunPaths, type JobPaths } from './layout.js';
export { writeRecord, writeFileAtomic } from './atomic.js';
export { readRecord, describeIssues } from './read.js';
export { runLiveness, type RunLiveness } from './liveness.js';
export {
  resolveStateRoot,
  ensureWritableStateRoot,
  ensureReadableStateRoot,
  type StateRootSources,
} from './state-root.js';
export {
  loadRunRecord,
  loadLogsMetadata,
  loadLogs,
  logJob,
  loadPreparedOutputsRecord,
  loadRunBundle,
  listRuns,
  gcRuns,
  logsMetadataOf,
  type LogKind,
  type Logs,
  type BundleOptions,
  type RunListEntry,
  type GcOptions,
  type GcResult,
} from './loaders.js';
export { orphanJudge, DEFAULT_ORPHAN_GRACE_SECS, type OrphanVerdict, type RunOwnership } from './orphans.js';
