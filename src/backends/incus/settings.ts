/**
 * The Incus backend's host settings (README "Host settings"): one row each for the flag, the
 * `PIKACI_INCUS_*` variable and the action input, and how they become an `IncusHostConfig`.
 */
import { safeParse } from '../../schema/index.js';
import { setting, type SettingOrigin, type SettingSpec, type SettingValues } from '../../runtime/index.js';
import { InputError } from '../../util/index.js';
import { IncusHostConfigSchema, type IncusHostConfig } from './config.js';

export const INCUS_SETTINGS: readonly SettingSpec[] = [
  {
    name: 'incus-cli',
    env: 'PIKACI_INCUS_CLI',
    kind: 'text',
    argument: '<name>',
    choices: ['incus', 'lxc'],
    description: 'the Incus CLI: incus, or lxc for LXD (default incus)',
  },
  {
    name: 'incus-sudo',
    env: 'PIKACI_INCUS_SUDO',
    kind: 'boolean',
    description: 'run the Incus CLI through sudo -n',
  },
  {
    name: 'incus-project',
    env: 'PIKACI_INCUS_PROJECT',
    kind: 'text',
    argument: '<name>',
    description: 'the Incus project (default pika-managed-agents)',
  },
  {
    name: 'incus-profile',
    env: 'PIKACI_INCUS_PROFILE',
    kind: 'list',
    argument: '<name>',
    description:
      'Incus profiles: repeatable flag, comma-separated otherwise (default default,pika-agent-dev)',
  },
  {
    name: 'incus-image',
    env: 'PIKACI_INCUS_IMAGE',
    kind: 'text',
    argument: '<alias>',
    description: 'the Incus image alias (default pikaci/dev)',
  },
  {
    name: 'incus-type',
    env: 'PIKACI_INCUS_TYPE',
    kind: 'text',
    argument: '<type>',
    choices: ['vm', 'container'],
    description: 'the instance type: vm or container (default vm)',
  },
  {
    name: 'incus-storage-pool',
    env: 'PIKACI_INCUS_STORAGE_POOL',
    kind: 'text',
    argument: '<pool>',
    description: 'the Incus storage pool (default: the profile’s)',
  },
];

/** The Incus settings given (nothing else): the partial config the defaults complete. */
export function incusSettings(values: SettingValues, _origin?: SettingOrigin): Partial<IncusHostConfig> {
  const incus: Partial<IncusHostConfig> = {};
  const cli = setting.text(values, 'incus-cli');
  if (cli !== undefined) incus.cli = cli as IncusHostConfig['cli'];
  const sudo = setting.boolean(values, 'incus-sudo');
  if (sudo !== undefined) incus.sudo = sudo;
  const type = setting.text(values, 'incus-type');
  if (type !== undefined) incus.instance_type = type as IncusHostConfig['instance_type'];
  const project = setting.text(values, 'incus-project');
  if (project !== undefined) incus.project = project;
  const image = setting.text(values, 'incus-image');
  if (image !== undefined) incus.image = image;
  const pool = setting.text(values, 'incus-storage-pool');
  if (pool !== undefined) incus.storage_pool = pool;
  const profiles = setting.list(values, 'incus-profile');
  if (profiles !== undefined && profiles.length > 0) incus.profiles = [...profiles];
  return incus;
}

/** The given parts → the full config, with the host's work dir; a value the schema refuses is named. */
export function completeIncus(given: Partial<IncusHostConfig>, host: { workDir: string }): IncusHostConfig {
  const checked = safeParse(IncusHostConfigSchema, { ...given, work_dir: host.workDir });
  if (!checked.success) {
    throw new InputError(
      `invalid Incus settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return checked.data;
}
