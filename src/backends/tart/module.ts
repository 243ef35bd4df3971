/**
 * The Tart runtime as a backend module (README "Adding a runtime"): its settings, its config, and
 * the backend itself, loaded on first use so a command that never runs a Tart job never loads it.
 */
import type { BackendModule } from '../../runtime/index.js';
import type { TartHostConfig } from './config.js';
import { baseVmDigest } from './naming.js';
import { completeTart, tartSettings, TART_SETTINGS } from './settings.js';

export const tartModule: BackendModule<TartHostConfig> = {
  runtime: 'tart',
  settings: TART_SETTINGS,
  configure: tartSettings,
  complete: completeTart,
  async create(config) {
    const { createTartBackend } = await import('./backend.js');
    return { kind: 'ready', backend: createTartBackend({ config }) };
  },
  // The base VM by name; its digest only when the name pins one (Tart reports none for a local VM).
  identity(config) {
    return Promise.resolve({
      value: { base_vm: config.base_vm },
      summary: `tart ${config.base_vm}`,
      imageDigest: baseVmDigest(config.base_vm),
    });
  },
  orphans: {
    flag: 'vms',
    description: 'stop and delete pikaci-* Tart VMs whose run is no longer running',
    async sweep(transport, config, options) {
      const { sweepOrphanVms } = await import('./orphans.js');
      return sweepOrphanVms(transport, config, options);
    },
  },
};
