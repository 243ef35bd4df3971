/** Runtime backends: one job on one placement × runtime pair. */
export type { JobContext, JobOutcome, RuntimeBackend, BackendResolution, LogWriter } from './types.js';
export { hostProcessBackend, hostProcessBackendWith, hostArgv, type HostWorkspace } from './host-process.js';
export {
  openLogWriter,
  openLogSet,
  LogWriteError,
  type ClosableLogWriter,
  type LogSet,
} from './log-writer.js';
export { writeTerminalResult, readTerminalResult, outcomeFromTerminalResult } from './result.js';
export { runWithCleanup } from './cleanup.js';
export {
  jobEnvironment,
  registerDeclaredSecrets,
  HOST_ENV_NAMES,
  HOST_ENV_PREFIXES,
  CONTEXT_ENV_NAMES,
  type JobEnvironment,
} from './job-env.js';
