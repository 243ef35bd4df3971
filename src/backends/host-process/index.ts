/** The host-process runtime: a job's command on its placement host, supervised, here or over SSH. */
export { hostProcessModule } from './module.js';
export { hostProcessBackend, hostArgv, type HostProcessOptions, type HostWorkspace } from './backend.js';
export {
  supervisedArgv,
  supervisedTransport,
  REMOTE_JOB_MARKER,
  SUPERVISOR_GRACE_SECS,
  type SupervisorOptions,
} from './supervisor.js';
