/**
 * The Tart runtime as a backend module (README "Adding a runtime"). Its settings are accepted
 * (upstream's names), but the backend is not built yet: a Tart job fails with "not available yet"
 * and nothing on the host is touched.
 */
import { setting, type BackendModule, type SettingSpec } from '../../runtime/index.js';

export interface TartHostConfig {
  /** The VM each job's VM is cloned from (upstream `PIKACI_TART_BASE_VM`). */
  baseVm: string;
}

export const TART_SETTINGS: readonly SettingSpec[] = [
  {
    name: 'tart-base-vm',
    env: 'PIKACI_TART_BASE_VM',
    kind: 'text',
    argument: '<vm>',
    description: 'the Tart VM each job clones (default sequoia-base)',
  },
];

export const tartModule: BackendModule<TartHostConfig> = {
  runtime: 'tart',
  settings: TART_SETTINGS,
  configure: (values) => {
    const baseVm = setting.text(values, 'tart-base-vm');
    return baseVm === undefined ? {} : { baseVm };
  },
  complete: (given) => ({ baseVm: given.baseVm ?? 'sequoia-base' }),
  create: (_config, host) =>
    Promise.resolve({
      kind: 'unavailable',
      message: `not available yet: ${host.placement} × tart jobs need the Tart runtime backend`,
    }),
};
