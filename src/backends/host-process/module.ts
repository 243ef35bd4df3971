/**
 * The host-process runtime as a backend module (README "Adding a runtime"): the job's command runs
 * on its placement host under the job supervisor, here or over SSH; it has no settings of its own.
 */
import type { BackendModule } from '../../runtime/index.js';

export const hostProcessModule: BackendModule<Record<string, never>> = {
  runtime: 'host_process',
  settings: [],
  configure: () => ({}),
  complete: () => ({}),
  async create(_config, host) {
    const { hostProcessBackend } = await import('./backend.js');
    return {
      kind: 'ready',
      backend: hostProcessBackend({ workDir: host.workDir, jobsLockFile: host.jobsLockFile }),
    };
  },
  orphans: {
    flag: 'processes',
    description: 'stop leftover job processes (marked PIKACI_REMOTE_JOB) whose run is no longer running',
    async sweep(transport, _config, options) {
      const { sweepOrphanProcesses } = await import('./orphans.js');
      return sweepOrphanProcesses(transport, options);
    },
  },
};
