/**
 * Host settings from CLI flags and the environment (flags win). Pure: the caller passes the flag
 * values and `process.env`; every bad value is an `InputError` naming the flag and its variable.
 */
import { IncusHostConfigSchema, type IncusHostConfig } from '../incus/index.js';
import { DEFAULT_LOCK_TIMEOUT_SECS, validateGroupName } from '../locks/index.js';
import { parseSshConnectOptions, type SshConnectOptionsInput } from '../transport/index.js';
import { InputError } from '../util/index.js';

/** Raw flag values as commander gives them (strings, booleans, repeatable lists). */
export interface HostFlagValues {
  sshHost?: string;
  sshUser?: string;
  sshPort?: string;
  sshKey?: string;
  sshKnownHosts?: string;
  sshAcceptNewHostKeys?: boolean;
  incusCli?: string;
  incusSudo?: boolean;
  incusProject?: string;
  incusProfile?: string[];
  incusImage?: string;
  incusType?: string;
  incusStoragePool?: string;
  remoteWorkDir?: string;
  lockTimeout?: string;
}

/** The environment variable read for each flag when the flag is absent. */
export const HOST_ENV: Readonly<Record<keyof HostFlagValues, string>> = {
  sshHost: 'PIKACI_SSH_HOST',
  sshUser: 'PIKACI_SSH_USER',
  sshPort: 'PIKACI_SSH_PORT',
  sshKey: 'PIKACI_SSH_KEY',
  sshKnownHosts: 'PIKACI_SSH_KNOWN_HOSTS',
  sshAcceptNewHostKeys: 'PIKACI_SSH_ACCEPT_NEW_HOST_KEYS',
  incusCli: 'PIKACI_INCUS_CLI',
  incusSudo: 'PIKACI_INCUS_SUDO',
  incusProject: 'PIKACI_INCUS_PROJECT',
  incusProfile: 'PIKACI_INCUS_PROFILE',
  incusImage: 'PIKACI_INCUS_IMAGE',
  incusType: 'PIKACI_INCUS_TYPE',
  incusStoragePool: 'PIKACI_INCUS_STORAGE_POOL',
  remoteWorkDir: 'PIKACI_REMOTE_WORK_DIR',
  lockTimeout: 'PIKACI_LOCK_TIMEOUT',
};

const FLAG_NAMES: Readonly<Record<keyof HostFlagValues, string>> = {
  sshHost: '--ssh-host',
  sshUser: '--ssh-user',
  sshPort: '--ssh-port',
  sshKey: '--ssh-key',
  sshKnownHosts: '--ssh-known-hosts',
  sshAcceptNewHostKeys: '--ssh-accept-new-host-keys',
  incusCli: '--incus-cli',
  incusSudo: '--incus-sudo',
  incusProject: '--incus-project',
  incusProfile: '--incus-profile',
  incusImage: '--incus-image',
  incusType: '--incus-type',
  incusStoragePool: '--incus-storage-pool',
  remoteWorkDir: '--remote-work-dir',
  lockTimeout: '--lock-timeout',
};

export interface ParsedHostSettings {
  ssh?: SshConnectOptionsInput;
  incus: Partial<IncusHostConfig>;
  remoteWorkDir?: string;
  lockTimeoutSecs: number;
}

function source(key: keyof HostFlagValues): string {
  return `${FLAG_NAMES[key]} (or $${HOST_ENV[key]})`;
}

function text(flags: HostFlagValues, env: NodeJS.ProcessEnv, key: keyof HostFlagValues): string | undefined {
  const flag = flags[key];
  if (typeof flag === 'string') return flag;
  const value = env[HOST_ENV[key]];
  return value === undefined || value === '' ? undefined : value;
}

function bool(flags: HostFlagValues, env: NodeJS.ProcessEnv, key: keyof HostFlagValues): boolean | undefined {
  if (flags[key] === true) return true;
  const value = env[HOST_ENV[key]];
  if (value === undefined || value === '') return undefined;
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new InputError(`$${HOST_ENV[key]} must be true, false, 1 or 0, got \`${value}\``);
}

function integer(value: string, key: keyof HostFlagValues, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new InputError(`${source(key)} must be an integer from ${min} to ${max}, got \`${value}\``);
  }
  return n;
}

export function parseHostSettings(flags: HostFlagValues, env: NodeJS.ProcessEnv): ParsedHostSettings {
  const incus: Record<string, unknown> = {};
  const cli = text(flags, env, 'incusCli');
  if (cli !== undefined) {
    if (cli !== 'incus' && cli !== 'lxc')
      throw new InputError(`${source('incusCli')} must be incus or lxc, got \`${cli}\``);
    incus['cli'] = cli;
  }
  const sudo = bool(flags, env, 'incusSudo');
  if (sudo !== undefined) incus['sudo'] = sudo;
  const type = text(flags, env, 'incusType');
  if (type !== undefined) {
    if (type !== 'vm' && type !== 'container') {
      throw new InputError(`${source('incusType')} must be vm or container, got \`${type}\``);
    }
    incus['instance_type'] = type;
  }
  const project = text(flags, env, 'incusProject');
  if (project !== undefined) incus['project'] = project;
  const image = text(flags, env, 'incusImage');
  if (image !== undefined) incus['image'] = image;
  const pool = text(flags, env, 'incusStoragePool');
  if (pool !== undefined) incus['storage_pool'] = pool;
  const profileFlags = flags.incusProfile ?? [];
  const profileEnv = env[HOST_ENV.incusProfile];
  const profiles =
    profileFlags.length > 0
      ? profileFlags
      : profileEnv
        ? profileEnv.split(',').map((p) => p.trim())
        : undefined;
  if (profiles !== undefined) {
    if (profiles.some((p) => p === ''))
      throw new InputError(`${source('incusProfile')} has an empty profile name`);
    incus['profiles'] = profiles;
  }
  const remoteWorkDir = text(flags, env, 'remoteWorkDir');
  if (remoteWorkDir !== undefined) {
    if (!remoteWorkDir.startsWith('/')) {
      throw new InputError(`${source('remoteWorkDir')} must be an absolute path, got \`${remoteWorkDir}\``);
    }
    incus['work_dir'] = remoteWorkDir;
  }
  const checked = IncusHostConfigSchema.safeParse(incus);
  if (!checked.success) {
    throw new InputError(
      `invalid Incus settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }

  const lockTimeout = text(flags, env, 'lockTimeout');
  const settings: ParsedHostSettings = {
    incus: incus as Partial<IncusHostConfig>,
    lockTimeoutSecs:
      lockTimeout === undefined ? DEFAULT_LOCK_TIMEOUT_SECS : integer(lockTimeout, 'lockTimeout', 0, 604_800),
    ...(remoteWorkDir === undefined ? {} : { remoteWorkDir }),
  };

  const host = text(flags, env, 'sshHost');
  if (host === undefined) {
    for (const key of ['sshUser', 'sshPort', 'sshKey', 'sshKnownHosts'] as const) {
      if (flags[key] !== undefined) {
        throw new InputError(`${FLAG_NAMES[key]} was given without --ssh-host`, {
          hint: 'pass --ssh-host (or $PIKACI_SSH_HOST) to run remote_ssh jobs',
        });
      }
    }
    return settings;
  }
  const port = text(flags, env, 'sshPort');
  const key = text(flags, env, 'sshKey');
  const knownHosts = text(flags, env, 'sshKnownHosts');
  const ssh: SshConnectOptionsInput = {
    host,
    user: text(flags, env, 'sshUser') ?? (env['USER'] || 'root'),
    ...(port === undefined ? {} : { port: integer(port, 'sshPort', 1, 65_535) }),
    ...(key === undefined ? {} : { privateKeyPath: key }),
    ...(knownHosts === undefined ? {} : { knownHostsPath: knownHosts }),
    acceptNewHostKeys: bool(flags, env, 'sshAcceptNewHostKeys') ?? false,
  };
  parseSshConnectOptions(ssh, 'SSH flags (--ssh-*) or $PIKACI_SSH_*');
  return { ...settings, ssh };
}

export function parseConcurrencyGroup(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : validateGroupName(value);
}
