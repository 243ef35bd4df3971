/**
 * SshTransport: N commands on one multiplexed connection (what a run does) against a new connection
 * per command (what upstream's `ssh host cmd` per step costs), on the test sshd from
 * `ci/test-env.sh`; back-to-back commands on one connection with TCP_NODELAY (the default) against
 * without it (ssh2's own default), interleaved in the same run. Also LocalTransport against a bare
 * `child_process.spawn`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

  // Each exec's time includes the remote login shell's start-up (root's ~/.bashrc on the test host),
  // the same for both; the difference is the delayed-ACK wait TCP_NODELAY removes.
  const noDelay = await connectSsh({ ...options, noDelay: true });
  const nagle = await connectSsh({ ...options, noDelay: false });
  try {
    const [on, off] = await timeInterleaved(BACK_TO_BACK_RUNS, [
      () => noDelay.exec({ argv: ['true'] }),
      () => nagle.exec({ argv: ['true'] }),
    ]);
    report('SSH back-to-back exec true, TCP_NODELAY on', on!, off!, 'TCP_NODELAY off (ssh2 default)');
    console.log(
      `TCP_NODELAY saves ${medianDifference(on!.samples, off!.samples).toFixed(1)} ms per exec ` +
        `(median of ${BACK_TO_BACK_RUNS} paired differences; the login shell's start-up is in both)`,
    );
  } finally {
    await noDelay.close();
    await nagle.close();
  }
}
