/** A run's files on a placement host: layout, streamed snapshot sync, and short-output exec helpers. */
export { remoteLayout, type RemoteLayout } from './layout.js';
export { syncSnapshot, type SyncOptions, type SyncResult } from './sync.js';
export { capture, mustCapture, shArgv, describeExit, type Captured, type CaptureOptions } from './exec.js';
export { remoteHostProcessBackend } from './host-process.js';
export {
  supervisedArgv,
  supervisedTransport,
  supervisedLocalBackend,
  REMOTE_JOB_MARKER,
  SUPERVISOR_GRACE_SECS,
  type SupervisorOptions,
} from './supervisor.js';
