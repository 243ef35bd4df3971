/**
 * The plumbing both VM backends share (Incus and Tart): the phase recorder, the line splitter,
 * the readiness loop, collection of the guest's lifecycle files and reading its result.
 */
export { LineSplitter, MAX_PENDING_LINE } from './lines.js';
export { PhaseRecorder, type PhaseTiming } from './phases.js';
export { VmFailure, type Guest } from './guest.js';
export { waitUntilReady, READINESS_POLL_MS, type Readiness, type ReadinessOptions } from './readiness.js';
export { collectLifecycleFiles, LIFECYCLE_FILES, type CollectOptions } from './collect.js';
export { failedOutcome, readGuestOutcome, settleVmJob } from './result.js';
