/**
 * Every exec over one SSH connection reports its exit status, against the real sshd on 127.0.0.1
 * (`ci/test-env.sh`). ssh2 parses all the packets of one socket read synchronously; when the exec
 * confirmation and the command's exit status arrive in the same read, a listener attached after an
 * `await` never sees the exit status, and the job failed with "signal unknown". A busy runner delays
 * reads like that now and then; these tests delay them on purpose by holding the event loop
 * (`Atomics.wait`, which sleeps without using the CPU the remote commands need).
 */
import { describe, it, expect, afterEach } from '@jest/globals';
import { connectSsh, type SshConnectOptionsInput, type SshTransport } from '../../src/index.js';
import { loadTestEnv } from '../support/test-env.js';

const ssh = loadTestEnv().ssh;
const base: SshConnectOptionsInput = {
  host: ssh.host,
  port: ssh.port,
  user: ssh.user,
  privateKeyPath: ssh.privateKeyPath,
  knownHostsPath: ssh.knownHostsPath,
};

let stopStalls: (() => void) | undefined;
afterEach(() => stopStalls?.());

/** Hold the event loop for `stallMs` every `everyMs`, so socket reads pile up packets. */
function stallEventLoop(stallMs: number, everyMs: number): () => void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const timer = setInterval(() => Atomics.wait(cell, 0, 0, stallMs), everyMs);
  return () => clearInterval(timer);
}

interface Outcome {
  index: number;
  exitCode: number | null;
  signal: string | null;
  stdout: string;
}

/** Command `index` prints its index and exits with `index % 7` (0 included). */
async function runMany(transport: SshTransport, count: number): Promise<Outcome[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      let stdout = '';
      const result = await transport.exec({
        argv: ['sh', '-c', 'echo "out $1"; exit $(($1 % 7))', 'sh', String(index)],
        onStdout: (chunk) => (stdout += chunk.toString('utf8')),
      });
      return { index, exitCode: result.exitCode, signal: result.signal, stdout };
    }),
  );
}

function expectEveryStatus(outcomes: Outcome[]): void {
  const wrong = outcomes.filter(
    (o) => o.exitCode !== o.index % 7 || o.signal !== null || o.stdout !== `out ${o.index}\n`,
  );
  // The whole list of wrong outcomes, so a failure shows how many and which.
  expect(wrong).toEqual([]);
}

describe('SshTransport exit statuses (real sshd)', () => {
  it('keeps the exit status when confirmation, output and exit arrive in one read', async () => {
    // Each stall (2 s) outlasts these ten commands, so every exec's confirmation and its exit status
    // are read together: before the fix, all ten came back with no exit status.
    const transport = await connectSsh({ ...base, maxChannels: 10 });
    try {
      stopStalls = stallEventLoop(2_000, 10);
      const outcomes = await runMany(transport, 10);
      stopStalls();
      expect(outcomes).toHaveLength(10);
      expectEveryStatus(outcomes);
      expect(transport.connectionCount).toBe(1);
    } finally {
      await transport.close();
    }
  });

  it('reports every exit status and output of 500 parallel execs on one connection', async () => {
    const transport = await connectSsh({ ...base, maxChannels: 32 });
    try {
      stopStalls = stallEventLoop(250, 20);
      const outcomes = await runMany(transport, 500);
      stopStalls();
      expect(outcomes).toHaveLength(500);
      expectEveryStatus(outcomes);
      expect(transport.connectionCount).toBe(1);
    } finally {
      await transport.close();
    }
  }, 240_000);
});
