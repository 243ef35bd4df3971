/**
 * The Incus runtime as a backend module (README "Adding a runtime"): its settings, its config, and
 * the backend itself, loaded on first use so a command that never runs an Incus job never loads it.
 */
import type { BackendModule } from '../../runtime/index.js';
import type { IncusHostConfig } from './config.js';
import { completeIncus, incusSettings, INCUS_SETTINGS } from './settings.js';

export const incusModule: BackendModule<IncusHostConfig> = {
  runtime: 'incus',
  settings: INCUS_SETTINGS,
  configure: incusSettings,
  complete: completeIncus,
  async create(config) {
    const { createIncusBackend } = await import('./backend.js');
    return { kind: 'ready', backend: createIncusBackend({ config }) };
  },
  async identity(config, host) {
    const { incusIdentity } = await import('./identity.js');
    return incusIdentity(config, host);
  },
  orphans: {
    flag: 'instances',
    description: 'delete pikaci-* Incus instances whose run is no longer running',
    async sweep(transport, config, options) {
      const { sweepOrphanInstances } = await import('./orphans.js');
      return sweepOrphanInstances(transport, config, options);
    },
  },
};
