/** Where a job's files are on the host it runs on: the run's snapshot, published once per content hash. */
export {
  stageWorkspace,
  stageSnapshot,
  writableCopy,
  type StagedSnapshot,
  type RunWorkspace,
  type StagedWorkspace,
  type StageOptions,
} from './stage.js';
export {
  DEFAULT_WORK_DIR,
  hostLayout,
  preparedOutputsDir,
  remoteLayout,
  type RemoteLayout,
  type RunLocation,
} from './layout.js';
export { syncSnapshot, type SyncOptions, type SyncResult } from './sync.js';
