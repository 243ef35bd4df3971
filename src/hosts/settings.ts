/**
 * Host settings (README "Host settings"): the placement rows here and each runtime's rows from its
 * backend module form one table; the CLI reads it as flags with `PIKACI_*` fallbacks, the action as
 * inputs, and one function turns either into settings. Every bad value is an `InputError` naming the
 * flag and its variable, or the input.
 */
import { DEFAULT_LOCK_TIMEOUT_SECS, validateGroupName } from '../locks/index.js';
import type { RuntimeKind } from '../model/index.js';
import {
  ACTION_ORIGIN,
  CLI_ORIGIN,
  readActionSettings,
  readCliSettings,
  setting,
  type SettingOrigin,
  type SettingSpec,
  type SettingValues,
} from '../runtime/index.js';
import { parseSshConnectOptions, type SshConnectOptionsInput } from '../transport/index.js';
import { InputError } from '../util/index.js';
import { DEFAULT_WORK_DIR } from '../workspace/index.js';
import { BACKENDS, RUNTIME_KINDS, type BackendOverrides } from './registry.js';

export { DEFAULT_WORK_DIR };

/** How to reach a placement host, and what every runtime shares there. */
export const PLACEMENT_SETTINGS: readonly SettingSpec[] = [
  {
    name: 'ssh-host',
    env: 'PIKACI_SSH_HOST',
    kind: 'text',
    argument: '<host>',
    description: 'the host remote_ssh jobs run on',
  },
  {
    name: 'ssh-user',
    env: 'PIKACI_SSH_USER',
    kind: 'text',
    argument: '<user>',
    description: 'the SSH user (default: $USER on the CLI, root in the action)',
  },
  {
    name: 'ssh-port',
    env: 'PIKACI_SSH_PORT',
    kind: 'integer',
    argument: '<port>',
    min: 1,
    max: 65_535,
    description: 'the SSH port (default 22)',
  },
  {
    name: 'ssh-key',
    env: 'PIKACI_SSH_KEY',
    kind: 'text',
    argument: '<path>',
    description: 'the private key file for the SSH host (default: the SSH agent)',
    action: 'content',
    actionDescription:
      'the private key for the SSH host (a secret): masked, kept in memory, never written to disk. Empty: the SSH agent.',
    secret: true,
  },
  {
    name: 'ssh-known-hosts',
    env: 'PIKACI_SSH_KNOWN_HOSTS',
    kind: 'text',
    argument: '<path>',
    description: 'the known_hosts file for the SSH host; host keys are always verified',
    action: 'content',
    actionDescription: 'known_hosts lines for the SSH host; host keys are always verified.',
  },
  {
    name: 'ssh-accept-new-host-keys',
    env: 'PIKACI_SSH_ACCEPT_NEW_HOST_KEYS',
    kind: 'boolean',
    description: 'trust and record the key of a host not yet in known_hosts',
    action: 'none',
  },
  {
    name: 'remote-work-dir',
    env: 'PIKACI_REMOTE_WORK_DIR',
    kind: 'text',
    argument: '<path>',
    absolute: true,
    description: `the work dir on placement hosts: runs, snapshots, locks (default ${DEFAULT_WORK_DIR})`,
  },
  {
    name: 'lock-timeout',
    env: 'PIKACI_LOCK_TIMEOUT',
    kind: 'integer',
    argument: '<secs>',
    min: 0,
    max: 604_800,
    description: `how long to wait for the concurrency group's lock, in seconds (default ${DEFAULT_LOCK_TIMEOUT_SECS})`,
  },
];

/** The whole table: placement rows, then each runtime's. */
export const HOST_SETTINGS: readonly SettingSpec[] = [
  ...PLACEMENT_SETTINGS,
  ...RUNTIME_KINDS.flatMap((runtime) => BACKENDS[runtime].settings),
];

/** Commander's flag values for the host flags (see `src/cli/commands/host-options.ts`). */
export type HostFlagValues = Readonly<Record<string, unknown>>;

export interface ParsedHostSettings extends BackendOverrides {
  ssh?: SshConnectOptionsInput;
  remoteWorkDir?: string;
  lockTimeoutSecs: number;
}

const SSH_ONLY = ['ssh-user', 'ssh-port', 'ssh-key', 'ssh-known-hosts'] as const;

/** Parsed values from either origin → settings; each runtime's module reads its own rows. */
export function hostSettingsFrom(
  values: SettingValues,
  origin: SettingOrigin,
  env: NodeJS.ProcessEnv,
): ParsedHostSettings {
  const remoteWorkDir = setting.text(values, 'remote-work-dir');
  const settings: ParsedHostSettings = {
    lockTimeoutSecs: setting.integer(values, 'lock-timeout') ?? DEFAULT_LOCK_TIMEOUT_SECS,
    ...(remoteWorkDir === undefined ? {} : { remoteWorkDir }),
  };
  const workDir = remoteWorkDir ?? DEFAULT_WORK_DIR;
  for (const runtime of RUNTIME_KINDS) {
    const module = BACKENDS[runtime];
    const given = module.configure(values, origin);
    // Completed now so a bad combination fails before the run starts, with the settings named.
    module.complete(given as never, { workDir });
    if (Object.keys(given).length > 0) (settings as Record<RuntimeKind, unknown>)[runtime] = given;
  }

  const host = setting.text(values, 'ssh-host');
  if (host === undefined) {
    const stray = SSH_ONLY.find((name) => values.has(name));
    if (stray !== undefined) {
      throw new InputError(
        origin.kind === 'cli'
          ? `--${stray} was given without --ssh-host`
          : `input \`${stray}\` is set but \`ssh-host\` is empty`,
        {
          ...(origin.kind === 'action' ? { where: 'input `ssh-host`' } : {}),
          hint:
            origin.kind === 'cli'
              ? 'pass --ssh-host (or $PIKACI_SSH_HOST) to run remote_ssh jobs'
              : 'give the host remote_ssh jobs run on, or drop the SSH inputs',
        },
      );
    }
    return settings;
  }
  const port = setting.integer(values, 'ssh-port');
  const key = setting.text(values, 'ssh-key');
  const knownHosts = setting.text(values, 'ssh-known-hosts');
  const user = setting.text(values, 'ssh-user') ?? (origin.kind === 'cli' ? env['USER'] || 'root' : 'root');
  const ssh: SshConnectOptionsInput =
    origin.kind === 'cli'
      ? {
          host,
          user,
          ...(port === undefined ? {} : { port }),
          ...(key === undefined ? {} : { privateKeyPath: key }),
          ...(knownHosts === undefined ? {} : { knownHostsPath: knownHosts }),
          acceptNewHostKeys: setting.boolean(values, 'ssh-accept-new-host-keys') ?? false,
        }
      : {
          host,
          user,
          port: port ?? 22,
          ...(key === undefined ? { agent: true } : { privateKey: `${key.trim()}\n` }),
          ...(knownHosts === undefined ? {} : { knownHosts }),
        };
  parseSshConnectOptions(
    ssh,
    origin.kind === 'cli' ? 'SSH flags (--ssh-*) or $PIKACI_SSH_*' : 'the ssh-* inputs',
  );
  return { ...settings, ssh };
}

/** CLI: commander's flag values, each falling back to its `PIKACI_*` variable. */
export function parseHostSettings(flags: HostFlagValues, env: NodeJS.ProcessEnv): ParsedHostSettings {
  return hostSettingsFrom(readCliSettings(HOST_SETTINGS, flags, env), CLI_ORIGIN, env);
}

/** Action: the inputs; secret inputs go to `onSecret` as soon as they are read. */
export function actionHostSettings(
  getInput: (name: string) => string,
  onSecret: (value: string) => void,
  env: NodeJS.ProcessEnv,
): ParsedHostSettings {
  return hostSettingsFrom(readActionSettings(HOST_SETTINGS, getInput, onSecret), ACTION_ORIGIN, env);
}

export function parseConcurrencyGroup(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : validateGroupName(value);
}
