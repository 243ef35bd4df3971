/** The Tart runtime (README "Tart"): macOS VMs on this Mac or on a Mac over SSH. */
export { TartHostConfigSchema, TART_VM_SLOTS, type TartHostConfig } from './config.js';
export { TART_SETTINGS, tartSettings, completeTart } from './settings.js';
export { vmName, runIdOfVm, sanitizeVmComponent, VM_NAME_PREFIX, baseVmDigest } from './naming.js';
export { hostArgv, tartArgv, describeHostArgv, TartCli, TartCommandError, HOMEBREW_BIN } from './cli.js';
export { TartVm, dirArgument, runArgs, type DirShare, type Removal } from './vm.js';
export { acquireVmSlot, slotLockDir, type HeldSlot, type SlotOptions } from './slots.js';
export { tartVersionOk, MIN_TART_VERSION, hostSetupLogPath } from './host.js';
export {
  SHARED_FILES,
  TART_GUEST_ROOT,
  TART_STATE_DIR,
  prepareGuestScript,
  runnerArgv,
  guestEnvironment,
  NIX_BOOTSTRAP,
  NIX_CHECK,
} from './guest.js';
export { createTartBackend, runTartJob, type TartBackendOptions } from './backend.js';
export { sweepOrphanVms } from './orphans.js';
export { tartModule } from './module.js';
