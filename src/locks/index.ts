/** Concurrency-group locks held on a placement host for the duration of a run (docs/design.md decision 8). */
export {
  acquireGroupLock,
  groupLockFile,
  groupJobsFile,
  JOBS_GONE_TIMEOUT_SECS,
  validateGroupName,
  DEFAULT_LOCK_TIMEOUT_SECS,
  type GroupLockOptions,
  type HeldGroupLock,
} from './group-lock.js';
export { startHolder, type Holder, type HolderOptions } from './holder.js';
