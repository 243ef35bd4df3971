/**
 * SshTransport: N commands on one multiplexed connection (what a run does) against a new connection
 * per command (what upstream's `ssh host cmd` per step costs), on the test sshd from
 * `ci/test-env.sh`; back-to-back commands on one connection with TCP_NODELAY (the default) against
 * without it (ssh2's own default), interleaved in the same run, on that sshd and on a second one
 * started here from its configuration whose login shell skips `~/.bashrc` (`SetEnv SHLVL=1`: bash
 * reads it for an SSH command only as a top-level shell). Also LocalTransport against a bare
 * `child_process.spawn`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalTransport, connectSsh, type SshConnectOptionsInput } from '../src/index.js';
import { medianDifference, report, time, timeInterleaved } from './stats.js';

const ENV_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '.test-env', 'env.json');
const RUNS = 20;
const BACK_TO_BACK_RUNS = 60;

export default async function transportBench(): Promise<void> {
  const local = new LocalTransport();
  const spawned = await time(RUNS, () => new Promise((resolve) => spawn('true').on('close', resolve)));
  const viaLocal = await time(RUNS, () => local.exec({ argv: ['true'] }));
  report('LocalTransport exec true', viaLocal, spawned, 'child_process.spawn true');

  let text: string;
  try {
    text = readFileSync(ENV_FILE, 'utf8');
  } catch {
    console.log(`SSH part skipped: ${ENV_FILE} missing (run npm run test:env)`);
    return;
  }
  const ssh = (
    JSON.parse(text) as {
      ssh: { host: string; port: number; user: string; privateKeyPath: string; knownHostsPath: string };
    }
  ).ssh;
  const options: SshConnectOptionsInput = {
    host: ssh.host,
    port: ssh.port,
    user: ssh.user,
    privateKeyPath: ssh.privateKeyPath,
    knownHostsPath: ssh.knownHostsPath,
  };
  const shared = await connectSsh(options);
  try {
    const multiplexed = await time(RUNS, () => shared.exec({ argv: ['true'] }));
    const perCommand = await time(RUNS, async () => {
      const transport = await connectSsh(options);
      await transport.exec({ argv: ['true'] });
      await transport.close();
    });
    report('SSH exec true on one connection', multiplexed, perCommand, 'new connection per exec');
    console.log(`connections opened by the shared transport: ${shared.connectionCount} for ${RUNS} execs`);
  } finally {
    await shared.close();
  }

  // Each exec's time includes the remote login shell's start-up (root's ~/.bashrc on the test host);
  // the difference is the delayed-ACK wait TCP_NODELAY removes.
  await backToBack('test sshd', options);
  const fast = await startFastSshd(ssh.privateKeyPath);
  if (typeof fast === 'string') {
    console.log(`back-to-back on an sshd whose shell skips ~/.bashrc: skipped (${fast})`);
    return;
  }
  try {
    await backToBack('sshd whose shell skips ~/.bashrc', { ...options, ...fast.options });
  } finally {
    await fast.stop();
  }
}

async function backToBack(host: string, options: SshConnectOptionsInput): Promise<void> {
  const noDelay = await connectSsh({ ...options, noDelay: true });
  const nagle = await connectSsh({ ...options, noDelay: false });
  try {
    const [on, off] = await timeInterleaved(BACK_TO_BACK_RUNS, [
      () => noDelay.exec({ argv: ['true'] }),
      () => nagle.exec({ argv: ['true'] }),
    ]);
    report(`SSH back-to-back exec true (${host}), TCP_NODELAY on`, on!, off!, 'off (ssh2 default)');
    console.log(
      `  TCP_NODELAY saves ${medianDifference(on!.samples, off!.samples).toFixed(1)} ms per exec ` +
        `(median of ${BACK_TO_BACK_RUNS} paired differences)`,
    );
  } finally {
    await noDelay.close();
    await nagle.close();
  }
}

/**
 * A second sshd from the test sshd's configuration (same keys, same authorized key), on a free port,
 * with `SetEnv SHLVL=1` so root's login shell does not read `~/.bashrc`. A reason string when it
 * cannot be started.
 */
async function startFastSshd(
  privateKeyPath: string,
): Promise<string | { options: Partial<SshConnectOptionsInput>; stop: () => Promise<void> }> {
  const config = join(dirname(privateKeyPath), 'sshd_config');
  const sshd = '/usr/sbin/sshd';
  if (!existsSync(sshd) || !existsSync(config)) return `needs ${sshd} and ${config}`;
  const dir = await mkdtemp(join(tmpdir(), 'pikaci-bench-sshd-'));
  const port = await freePort();
  const lines = (await readFile(config, 'utf8'))
    .split('\n')
    .filter((line) => !/^(Port|PidFile|ListenAddress)\b/.test(line));
  lines.push('ListenAddress 127.0.0.1', `Port ${port}`, `PidFile ${join(dir, 'sshd.pid')}`, 'SetEnv SHLVL=1');
  await writeFile(join(dir, 'sshd_config'), `${lines.join('\n')}\n`);
  const hostKey = readFileSync(join(dirname(privateKeyPath), 'host_ed25519.pub'), 'utf8');
  const knownHostsPath = join(dir, 'known_hosts');
  await writeFile(knownHostsPath, `[127.0.0.1]:${port} ${hostKey.split(' ').slice(0, 2).join(' ')}\n`);
  const child: ChildProcess = spawn(
    sshd,
    ['-D', '-f', join(dir, 'sshd_config'), '-E', join(dir, 'sshd.log')],
    {
      stdio: 'ignore',
    },
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (await listening(port)) return { options: { port, knownHostsPath }, stop };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = await readFile(join(dir, 'sshd.log'), 'utf8').catch(() => '');
  await stop();
  return `sshd did not start: ${log.trim() || 'no log'}`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
