/** Where a job's files are on the host it runs on: the run's snapshot, published once per content hash. */
export {
  stageWorkspace,
  writableCopy,
  type RunWorkspace,
  type StagedWorkspace,
  type StageOptions,
} from './stage.js';
export { DEFAULT_WORK_DIR, remoteLayout, type RemoteLayout } from './layout.js';
export { syncSnapshot, type SyncOptions, type SyncResult } from './sync.js';
