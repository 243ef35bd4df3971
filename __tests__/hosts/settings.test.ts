/** Host flags and PIKACI_* variables → host settings; every bad value names the flag and variable. */
import { describe, expect, it } from '@jest/globals';
import { executionEnvironment, parseConcurrencyGroup, parseHostSettings } from '../../src/hosts/index.js';

describe('parseHostSettings', () => {
  it('takes flags over variables and defaults the SSH user to $USER, else root', () => {
    const parsed = parseHostSettings(
      { sshHost: 'build', sshKey: '/k', sshKnownHosts: '/kh', incusProfile: ['a', 'b'], incusSudo: true },
      {
        PIKACI_SSH_HOST: 'ignored',
        PIKACI_SSH_PORT: '2200',
        USER: 'ci',
        PIKACI_INCUS_CLI: 'lxc',
        PIKACI_INCUS_PROFILE: 'x,y',
        PIKACI_INCUS_TYPE: 'container',
        PIKACI_REMOTE_WORK_DIR: '/srv/pikaci',
        PIKACI_LOCK_TIMEOUT: '60',
      },
    );
    expect(parsed.ssh).toEqual({
      host: 'build',
      user: 'ci',
      port: 2200,
      privateKeyPath: '/k',
      knownHostsPath: '/kh',
      acceptNewHostKeys: false,
    });
    expect(parsed.incus).toEqual({
      cli: 'lxc',
      sudo: true,
      instance_type: 'container',
      profiles: ['a', 'b'],
    });
    expect(parsed.remoteWorkDir).toBe('/srv/pikaci');
    expect(parsed.lockTimeoutSecs).toBe(60);
    expect(parseHostSettings({ sshHost: 'h', sshKey: '/k', sshKnownHosts: '/kh' }, {}).ssh?.user).toBe(
      'root',
    );
    expect(parseHostSettings({}, { PIKACI_INCUS_PROFILE: 'x, y' }).incus?.profiles).toEqual(['x', 'y']);
    // An empty variable counts as unset.
    expect(parseHostSettings({}, { PIKACI_INCUS_PROJECT: '' }).incus).toBeUndefined();
  });

  it('without an SSH host there are no SSH settings; lock timeout defaults to an hour', () => {
    const parsed = parseHostSettings({}, {});
    expect(parsed.ssh).toBeUndefined();
    expect(parsed.lockTimeoutSecs).toBe(3600);
    expect(parsed.incus).toBeUndefined();
  });

  it.each([
    [{ incusCli: 'docker' }, {}, '--incus-cli (or $PIKACI_INCUS_CLI) must be incus or lxc, got `docker`'],
    [
      {},
      { PIKACI_INCUS_TYPE: 'pod' },
      '--incus-type (or $PIKACI_INCUS_TYPE) must be vm or container, got `pod`',
    ],
    [
      {},
      { PIKACI_INCUS_SUDO: 'yes' },
      '--incus-sudo (or $PIKACI_INCUS_SUDO) must be true, false, 1 or 0, got `yes`',
    ],
    [
      { remoteWorkDir: 'rel' },
      {},
      '--remote-work-dir (or $PIKACI_REMOTE_WORK_DIR) must be an absolute path, got `rel`',
    ],
    [{ incusProfile: ['a', ''] }, {}, '--incus-profile (or $PIKACI_INCUS_PROFILE) has an empty item'],
    [
      { lockTimeout: '-1' },
      {},
      '--lock-timeout (or $PIKACI_LOCK_TIMEOUT) must be an integer from 0 to 604800, got `-1`',
    ],
    [
      { sshHost: 'h', sshPort: '70000', sshKey: '/k', sshKnownHosts: '/kh' },
      {},
      '--ssh-port (or $PIKACI_SSH_PORT) must be an integer from 1 to 65535, got `70000`',
    ],
    [{ sshHost: 'h', sshKey: '/k' }, {}, 'host keys are always verified: give knownHostsPath or knownHosts'],
    [{ sshHost: 'h', sshKnownHosts: '/kh' }, {}, 'no way to authenticate'],
    [{ sshUser: 'u' }, {}, '--ssh-user was given without --ssh-host'],
    [{ incusProject: '' }, {}, 'invalid Incus settings: project:'],
  ])('rejects %j %j', (flags, env, message) => {
    expect(() => parseHostSettings(flags, env)).toThrow(message);
  });

  it('validates a concurrency group name', () => {
    expect(parseConcurrencyGroup(undefined)).toBeNull();
    expect(parseConcurrencyGroup('apple-host')).toBe('apple-host');
    expect(() => parseConcurrencyGroup('a/b')).toThrow('invalid concurrency group `a/b`');
  });
});

describe('executionEnvironment', () => {
  it('refuses remote_ssh without an SSH host, with a hint', async () => {
    await expect(executionEnvironment().transportFor('remote_ssh')).rejects.toThrow(
      'remote_ssh jobs need an SSH host, and none is configured for this run',
    );
  });

  it('resolves every placement × runtime pair, tart included', async () => {
    const environment = executionEnvironment();
    for (const placement of ['local', 'remote_ssh'] as const) {
      for (const runtime of ['host_process', 'incus', 'tart'] as const) {
        expect((await environment.resolveBackend({ placement, runtime })).kind).toBe('ready');
      }
    }
  });
});
