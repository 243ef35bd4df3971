export * from './naming.js';
export * from './payload-manifest.js';
export * from './config.js';
export {
  incusArgv,
  limitConfig,
  diskProperties,
  launchArgv,
  launchConfig,
  IncusCli,
  IncusCommandError,
  type DiskDevice,
  type ImageRecord,
} from './cli.js';
export { IncusInstance } from './instance.js';
export {
  createIncusBackend,
  runIncusJob,
  DEFAULT_HOST_GRACE_SECS,
  type IncusBackendOptions,
} from './backend.js';
export { incusModule } from './module.js';
export { INCUS_SETTINGS, incusSettings } from './settings.js';
