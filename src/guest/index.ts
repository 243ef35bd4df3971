/**
 * The guest contract of the Incus runtime (docs/guest-protocol.md): request files, lifecycle files,
 * paths, runner script.
 */
export { GUEST_PATHS, GUEST_USER } from './paths.js';
export {
  GUEST_REQUEST_SCHEMA_VERSION,
  MAX_GUEST_TIMEOUT_SECS,
  ENV_NAME_PATTERN,
  GuestRequestSchema,
  buildGuestRequest,
  renderGuestRequest,
} from './request.js';
export type { GuestRequest, GuestRequestOptions, GuestRequestFiles } from './request.js';
export {
  LIFECYCLE_SCHEMA_VERSION,
  LIFECYCLE_STATES,
  LifecycleStateSchema,
  TerminalResultSchema,
  GuestStatusSchema,
  GuestEventSchema,
  parseTerminalResult,
  parseGuestStatus,
  parseEvents,
  runStatusOfResult,
} from './lifecycle.js';
export type { LifecycleState, TerminalResult, GuestStatus, GuestEvent } from './lifecycle.js';
export { guestRunnerScript, guestRunnerScriptPath } from './script.js';
