/** Runtime backends: one job on one placement × runtime pair. */
export type {
  JobContext,
  JobOutcome,
  RuntimeBackend,
  BackendResolution,
  LogWriter,
  ExecutionEnvironment,
  BackendHost,
  BackendModule,
  OrphanDecision,
  OrphanJudge,
  OrphanSweep,
  IdentityHost,
  RuntimeIdentityPart,
} from './types.js';
export {
  ACTION_ORIGIN,
  CLI_ORIGIN,
  flagProperty,
  readActionSettings,
  readCliSettings,
  setting,
  settingError,
  type SettingOrigin,
  type SettingSpec,
  type SettingValue,
  type SettingValues,
} from './settings.js';
export {
  openLogWriter,
  openLogSet,
  LogWriteError,
  type ClosableLogWriter,
  type LogSet,
} from './log-writer.js';
export { writeTerminalResult, readTerminalResult, outcomeFromTerminalResult } from './result.js';
export { runWithCleanup } from './cleanup.js';
export { PrepareFailure, type NixBuildNode, type PrepareContext, type PrepareHandlers } from './prepare.js';
export {
  jobEnvironment,
  registerDeclaredSecrets,
  HOST_ENV_NAMES,
  HOST_ENV_PREFIXES,
  CONTEXT_ENV_NAMES,
  type JobEnvironment,
} from './job-env.js';
