/**
 * SshTransport against the real sshd on 127.0.0.1 from `ci/test-env.sh` (the remote is this machine,
 * so the tests can look at remote processes and files directly): the Transport contract
 * (contract.ts), then connections, host keys, authentication and lost connections.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, PikaciError, SshTransport, connectSsh } from '../../src/index.js';
import type { ExecRequest, SshConnectOptionsInput } from '../../src/index.js';
import { loadTestEnv } from '../support/test-env.js';
import { describeTransportContract, readPids, run as runOn } from './contract.js';

const ssh = loadTestEnv().ssh;
const base: SshConnectOptionsInput = {
  host: ssh.host,
  port: ssh.port,
  user: ssh.user,
  privateKeyPath: ssh.privateKeyPath,
  knownHostsPath: ssh.knownHostsPath,
};
describeTransportContract('SshTransport', {
  placement: 'remote_ssh',
  hostLabel: `root@127.0.0.1:${ssh.port}`,
  open: ({ killGraceMs }) => connectSsh({ ...base, killGraceMs }),
});

const hostKey = Buffer.from(ssh.hostPublicKey.split(' ')[1]!, 'base64');
const hostFingerprint = `SHA256:${createHash('sha256').update(hostKey).digest('base64').replace(/=+$/, '')}`;

let dir: string;
let transport: SshTransport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pikaci-ssh-'));
  transport = await connectSsh({ ...base, killGraceMs: 1_000 });
});

afterAll(async () => {
  await transport.close();
  await rm(dir, { recursive: true, force: true });
});

/** `run` from the contract, on the suite's connection unless another is given. */
const run = (request: ExecRequest, t: SshTransport = transport) => runOn(t, request);

async function connectError(options: SshConnectOptionsInput): Promise<PikaciError> {
  const error = await connectSsh(options).then(
    async (t) => {
      await t.close();
      return new Error('connected, but a refusal was expected');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof PikaciError)) throw error;
  return error;
}

/** The PikaciError a promise rejects with (anything else fails the test). */
async function rejection(promise: Promise<unknown>): Promise<PikaciError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (!(error instanceof PikaciError)) throw error;
  return error;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function otherKey(name: string): Promise<{ privatePath: string; publicLine: string }> {
  const privatePath = join(dir, name);
  await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', privatePath]);
  const [type, key] = (await readFile(`${privatePath}.pub`, 'utf8')).split(' ');
  return { privatePath, publicLine: `${type} ${key}` };
}

describe('SshTransport (real sshd)', () => {
  it('is connected once connectSsh resolves', () => {
    expect(transport.connected).toBe(true);
    expect(transport.connectionCount).toBe(1);
  });

  it('runs a command in a missing cwd as a failed command, not a rejection', async () => {
    const missing = await run({ argv: ['true'], cwd: join(dir, 'missing') });
    expect(missing.exitCode).not.toBe(0);
    expect(missing.exitCode).not.toBeNull();
  });

  it('multiplexes N execs, sequential and concurrent, on exactly one TCP connection', async () => {
    const t = await connectSsh({ ...base, maxChannels: 4 });
    try {
      const argv = ['sh', '-c', 'echo "$SSH_CONNECTION"'];
      const sequential = [];
      for (let i = 0; i < 5; i++) sequential.push((await run({ argv }, t)).stdout);
      const concurrent = await Promise.all(Array.from({ length: 20 }, () => run({ argv }, t)));
      const seen = new Set([...sequential, ...concurrent.map((r) => r.stdout)]);
      expect(seen.size).toBe(1);
      expect([...seen][0]).toMatch(new RegExp(`^127\\.0\\.0\\.1 \\d+ 127\\.0\\.0\\.1 ${ssh.port}\\n$`));
      expect(t.connectionCount).toBe(1);
    } finally {
      await t.close();
    }
  });

  it('accepts an inline private key', async () => {
    const t = await connectSsh({
      ...base,
      privateKeyPath: undefined,
      privateKey: await readFile(ssh.privateKeyPath, 'utf8'),
    });
    try {
      expect((await run({ argv: ['true'] }, t)).exitCode).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('accepts inline known_hosts entries and hashed entries (ssh-keygen -H)', async () => {
    const inline = await connectSsh({
      ...base,
      knownHostsPath: undefined,
      knownHosts: `[127.0.0.1]:${ssh.port} ${ssh.hostPublicKey}`,
    });
    await inline.close();
    const hashed = join(dir, 'hashed_known_hosts');
    await copyFile(ssh.knownHostsPath, hashed);
    await execa('ssh-keygen', ['-H', '-f', hashed]);
    expect(await readFile(hashed, 'utf8')).toMatch(/^\|1\|/);
    const t = await connectSsh({ ...base, knownHostsPath: hashed });
    try {
      expect((await run({ argv: ['true'] }, t)).exitCode).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('refuses an unknown host, printing the fingerprint and how to add it', async () => {
    const empty = join(dir, 'empty_known_hosts');
    await writeFile(empty, '');
    const error = await connectError({ ...base, knownHostsPath: empty });
    expect(error.message).toBe(
      `host key of [127.0.0.1]:${ssh.port} is not known: the server offered ssh-ed25519 ${hostFingerprint}`,
    );
    expect(error.hint).toContain(`ssh-keyscan -p ${ssh.port} 127.0.0.1 >> ${empty}`);
    expect(await readFile(empty, 'utf8')).toBe('');
  });

  it('refuses a missing known_hosts file unless trusting on first use', async () => {
    const error = await connectError({ ...base, knownHostsPath: join(dir, 'nope', 'known_hosts') });
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(`cannot read known_hosts file ${join(dir, 'nope', 'known_hosts')}: ENOENT`);
  });

  it('trusts on first use only with acceptNewHostKeys, recording the key', async () => {
    const file = join(dir, 'tofu', 'known_hosts');
    const logs: string[] = [];
    const first = await connectSsh(
      { ...base, knownHostsPath: file, acceptNewHostKeys: true },
      { log: (m) => logs.push(m) },
    );
    await first.close();
    expect(await readFile(file, 'utf8')).toBe(`[127.0.0.1]:${ssh.port} ${ssh.hostPublicKey}\n`);
    expect(logs.join('\n')).toContain(
      `added host key of [127.0.0.1]:${ssh.port} (ssh-ed25519 ${hostFingerprint})`,
    );
    const second = await connectSsh({ ...base, knownHostsPath: file });
    await second.close();
  });

  it('refuses a changed host key loudly and runs nothing, even with acceptNewHostKeys', async () => {
    const wrong = await otherKey('wrong_host');
    const marker = join(dir, 'must-not-exist');
    const file = join(dir, 'wrong_known_hosts');
    await writeFile(file, `[127.0.0.1]:${ssh.port} ${wrong.publicLine}\n`);
    for (const acceptNewHostKeys of [false, true]) {
      const outcome = await connectSsh({ ...base, knownHostsPath: file, acceptNewHostKeys }).then(
        async (t) => {
          await t.exec({ argv: ['touch', marker] });
          await t.close();
          return undefined;
        },
        (e: unknown) => e as PikaciError,
      );
      expect(outcome).toBeInstanceOf(PikaciError);
      expect(outcome!.message).toMatch(
        new RegExp(
          `^HOST KEY MISMATCH for \\[127\\.0\\.0\\.1\\]:${ssh.port}: the server offered ssh-ed25519 ${hostFingerprint.replace(/[+/]/g, '\\$&')} but known_hosts has SHA256:`,
        ),
      );
      expect(outcome!.where).toBe(`${file}:1`);
      expect(outcome!.hint).toContain('ssh-keygen -R');
      expect(existsSync(marker)).toBe(false);
      expect(await readFile(file, 'utf8')).toBe(`[127.0.0.1]:${ssh.port} ${wrong.publicLine}\n`);
    }
  });

  it('refuses a @revoked host key and a host known only by @cert-authority', async () => {
    const revoked = await connectError({
      ...base,
      knownHostsPath: undefined,
      knownHosts: `@revoked * ${ssh.hostPublicKey}\n[127.0.0.1]:${ssh.port} ${ssh.hostPublicKey}\n`,
    });
    expect(revoked.message).toBe(
      `host key of [127.0.0.1]:${ssh.port} (ssh-ed25519 ${hostFingerprint}) is marked @revoked; refusing to connect`,
    );
    expect(revoked.where).toBe('knownHosts:1');
    const ca = await otherKey('ca');
    const authority = await connectError({
      ...base,
      knownHostsPath: undefined,
      knownHosts: `@cert-authority [127.0.0.1]:* ${ca.publicLine}\n`,
    });
    expect(authority.message).toBe(
      `host certificates are not supported: [127.0.0.1]:${ssh.port} is known only through a @cert-authority entry`,
    );
  });

  it('fails authentication with a wrong client key, without retrying', async () => {
    const wrong = await otherKey('wrong_client');
    const logs: string[] = [];
    const started = Date.now();
    const error = await rejection(
      connectSsh({ ...base, privateKeyPath: wrong.privatePath }, { log: (m) => logs.push(m) }),
    );
    expect(error).toBeInstanceOf(PikaciError);
    expect(error.message).toBe(`SSH authentication failed for root@127.0.0.1:${ssh.port} (tried: publickey)`);
    expect(error.hint).toContain('authorized_keys');
    expect(logs.filter((m) => m.includes('retrying'))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails fast on a closed port, after bounded retries', async () => {
    const port = await freePort();
    const logs: string[] = [];
    const started = Date.now();
    const error = await rejection(
      connectSsh(
        { ...base, port, connectTimeoutMs: 3_000, connectRetries: 2, retryBackoffMs: 100 },
        { log: (m) => logs.push(m) },
      ),
    );
    expect(error).toBeInstanceOf(PikaciError);
    expect(error.message).toMatch(
      new RegExp(`^cannot connect to root@127\\.0\\.0\\.1:${port}: .*ECONNREFUSED.* \\(3 attempts\\)$`),
    );
    expect(error.hint).toContain('sshd is running');
    expect(logs.filter((m) => m.includes('retrying'))).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('gives up within the connect timeout on a server that never speaks SSH', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const server: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const started = Date.now();
      const error = await rejection(
        connectSsh({ ...base, port, connectTimeoutMs: 1_500, retryBackoffMs: 100 }),
      );
      expect(error).toBeInstanceOf(PikaciError);
      expect(error.message).toMatch(/^cannot connect to .*: no SSH handshake within 1500 ms/);
      expect(Date.now() - started).toBeLessThan(2_500);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports connectionLost when the connection drops mid-command, then dials again', async () => {
    const t = await connectSsh(base);
    const pidFile = join(dir, 'drop.pids');
    try {
      // The remote shell's parent is the sshd process serving this connection: killing it drops the
      // TCP connection exactly as a network failure would.
      const running = run(
        { argv: ['sh', '-c', `echo $PPID >> ${pidFile}; echo $$ >> ${pidFile}; sleep 1000`] },
        t,
      );
      const [serving, shell] = await readPids(pidFile, 2);
      process.kill(serving!, 'SIGKILL');
      const result = await running;
      expect(result).toMatchObject({
        exitCode: null,
        connectionLost: true,
        timedOut: false,
        cancelled: false,
      });
      expect(t.connected).toBe(false);
      process.kill(shell!, 'SIGKILL');

      // Transparent re-dial on the next exec, so cleanup can still run.
      expect((await run({ argv: ['echo', 'again'] }, t)).stdout).toBe('again\n');
      expect(t.connectionCount).toBe(2);
      await t.reconnect();
      expect(t.connectionCount).toBe(3);
      expect((await run({ argv: ['true'] }, t)).exitCode).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('notices a silent peer through keepalive and reports connectionLost', async () => {
    const logs: string[] = [];
    const t = await connectSsh(
      { ...base, keepaliveIntervalMs: 200, keepaliveCountMax: 2 },
      { log: (m) => logs.push(m) },
    );
    const pidFile = join(dir, 'silent.pids');
    const running = run(
      { argv: ['sh', '-c', `echo $PPID >> ${pidFile}; echo $$ >> ${pidFile}; sleep 1000`] },
      t,
    );
    const [serving, shell] = await readPids(pidFile, 2);
    // A stopped sshd keeps the TCP connection open but answers nothing, like a dead network path.
    process.kill(serving!, 'SIGSTOP');
    try {
      const started = Date.now();
      const result = await running;
      expect(result).toMatchObject({ exitCode: null, connectionLost: true });
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(logs.join('\n')).toContain('Keepalive timeout');
    } finally {
      process.kill(serving!, 'SIGKILL');
      process.kill(shell!, 'SIGKILL');
      await t.close();
    }
  });

  it('refuses to run after close, and close is idempotent', async () => {
    const t = await connectSsh(base);
    await t.close();
    await t.close();
    await expect(t.exec({ argv: ['true'] })).rejects.toThrow(
      `the SSH connection to root@127.0.0.1:${ssh.port} was closed`,
    );
  });
});
