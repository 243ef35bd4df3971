import { describe, it, expect } from '@jest/globals';
import {
  InputError,
  PidMarkerFilter,
  buildRemoteCommand,
  connectSsh,
  parseSshConnectOptions,
} from '../../src/index.js';

const minimal = { host: 'h', user: 'u', privateKeyPath: '/k', knownHostsPath: '/kh' };

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('SSH options', () => {
  it('fills defaults', () => {
    expect(parseSshConnectOptions(minimal)).toMatchObject({
      port: 22,
      agent: false,
      acceptNewHostKeys: false,
      connectTimeoutMs: 20_000,
      connectRetries: 2,
      keepaliveIntervalMs: 15_000,
      keepaliveCountMax: 3,
      killGraceMs: 5_000,
      maxChannels: 8,
    });
  });

  it.each([
    [{ ...minimal, host: '' }, 'host: host must not be empty'],
    [{ ...minimal, port: 70_000 }, 'port:'],
    [{ ...minimal, privateKey: 'x' }, 'privateKey: give either privateKey or privateKeyPath, not both'],
    [
      { host: 'h', user: 'u', knownHostsPath: '/kh' },
      'no way to authenticate: give privateKeyPath, privateKey or agent',
    ],
    [
      { host: 'h', user: 'u', privateKeyPath: '/k' },
      'host keys are always verified: give knownHostsPath or knownHosts',
    ],
    [{ ...minimal, hostname: 'typo' }, 'hostname'],
  ])('rejects %j', (input, message) => {
    const error = inputError(() => parseSshConnectOptions(input, 'action input ssh'));
    expect(error.message).toContain('invalid SSH options');
    expect(error.message).toContain(message);
    expect(error.where).toBe('action input ssh');
  });

  it('never echoes an inline key in errors', () => {
    const secret = '-----BEGIN OPENSSH PRIVATE KEY-----SECRET';
    const error = inputError(() => parseSshConnectOptions({ ...minimal, privateKey: secret }));
    expect(error.describe()).not.toContain('SECRET');
  });

  it('rejects a key that cannot be parsed before connecting', async () => {
    const error = await connectSsh({
      host: '127.0.0.1',
      user: 'u',
      privateKey: 'not a key',
      knownHosts: '',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^SSH private key privateKey cannot be used: /);
    expect((error as InputError).describe()).not.toContain('not a key');
  });

  it('rejects a missing key file', async () => {
    await expect(
      connectSsh({ host: '127.0.0.1', user: 'u', privateKeyPath: '/nonexistent/key', knownHosts: '' }),
    ).rejects.toThrow('cannot read SSH private key /nonexistent/key: ENOENT');
  });

  it('rejects agent: true without SSH_AUTH_SOCK', async () => {
    const saved = process.env.SSH_AUTH_SOCK;
    delete process.env.SSH_AUTH_SOCK;
    try {
      await expect(connectSsh({ host: '127.0.0.1', user: 'u', agent: true, knownHosts: '' })).rejects.toThrow(
        'agent is set but SSH_AUTH_SOCK is not',
      );
    } finally {
      if (saved !== undefined) process.env.SSH_AUTH_SOCK = saved;
    }
  });
});

describe('buildRemoteCommand', () => {
  it('quotes every argument and execs the program', () => {
    expect(buildRemoteCommand({ argv: ['echo', "it's", '$(id)'] })).toBe(`exec 'echo' 'it'"'"'s' '$(id)'`);
  });

  it('adds cwd and env, quoted', () => {
    expect(buildRemoteCommand({ argv: ['ls'], cwd: '/tmp/a b', env: { A: "x'y", B_2: '' } })).toBe(
      `cd '/tmp/a b' && exec env 'A=x'"'"'y' 'B_2=' 'ls'`,
    );
  });

  it('rejects an empty argv and bad env names', () => {
    expect(() => buildRemoteCommand({ argv: [] })).toThrow('cannot run an empty command');
    expect(() => buildRemoteCommand({ argv: ['ls'], env: { 'A=B': 'x' } })).toThrow(
      'invalid environment variable name "A=B"',
    );
    expect(() => buildRemoteCommand({ argv: ['ls'], env: { '1A': 'x' } })).toThrow(InputError);
  });
});

describe('PidMarkerFilter', () => {
  function run(chunks: string[]): { out: string; pid: number | undefined } {
    let out = '';
    let pid: number | undefined;
    const filter = new PidMarkerFilter(
      (chunk) => (out += chunk.toString('latin1')),
      (found) => (pid = found),
    );
    for (const chunk of chunks) filter.push(Buffer.from(chunk, 'latin1'));
    filter.flush();
    return { out, pid };
  }

  it('removes the marker and passes the rest through in order', () => {
    expect(run(['@@pikaci-pid=42@@\nhello'])).toEqual({ out: 'hello', pid: 42 });
    expect(run(['@@pikaci-', 'pid=4', '2@@', '\nhel', 'lo'])).toEqual({ out: 'hello', pid: 42 });
    expect(run(['bashrc noise\n@@pikaci-pid=7@@\nafter'])).toEqual({ out: 'bashrc noise\nafter', pid: 7 });
  });

  it('only removes the first marker', () => {
    expect(run(['@@pikaci-pid=1@@\n@@pikaci-pid=2@@\n'])).toEqual({ out: '@@pikaci-pid=2@@\n', pid: 1 });
  });

  it('gives back held bytes when no marker comes', () => {
    expect(run(['no marker'])).toEqual({ out: 'no marker', pid: undefined });
    const big = 'x'.repeat(70 * 1024);
    expect(run([big, 'tail'])).toEqual({ out: `${big}tail`, pid: undefined });
  });
});
