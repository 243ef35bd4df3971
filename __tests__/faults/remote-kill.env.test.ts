/**
 * `kill -9` of the runner (README "Faults"): a host-process job, local or over the real sshd on
 * 127.0.0.1 in a concurrency group, must die with its connection, and the group must not pass to
 * the next run before the job's processes are gone. The job ignores SIGTERM, so only the
 * supervisor's KILL after its grace period stops it: the second run must wait for that.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { acquireGroupLock, groupLockFile } from '../../src/locks/index.js';
import { LocalTransport } from '../../src/transport/index.js';
import { spawnCli, waitFor } from '../support/cli.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { HELLO_FILES, hostFlags } from '../incus-ssh/support.js';
import { sleepMarker, sleepPids, sleepStarted } from '../support/processes.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';

const CATALOG = join(import.meta.dirname, 'faults-catalog.toml');
let env: TestEnv;
/** Unique `sleep` durations of this file's jobs; whatever is left of them is killed by pid. */
const markers: string[] = [];

const pidsOf = sleepPids;

function uniqueMarker(): string {
  const marker = sleepMarker(1000);
  markers.push(marker);
  return marker;
}

beforeAll(() => {
  env = loadTestEnv();
});
afterEach(() => {
  for (const marker of markers.splice(0)) {
    for (const pid of pidsOf(marker)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

describe.each(['remote', 'local'] as const)('kill -9 of the runner during a %s host-process job', (where) => {
  it("stops the job's process tree within 10 s and the group waits until it is gone", async () => {
    const marker = uniqueMarker();
    const repo = makeRepo({ ...HELLO_FILES, 'marker.txt': `${marker}\n` }).root;
    const scratch = tempDir('pikaci-remote-kill-');
    const workDir = join(scratch, 'w');
    const group = `faults-${marker.replace('.', '-')}`;
    const args = (target: string, stateRoot: string) => [
      'run',
      '--catalog',
      CATALOG,
      target,
      '--state-root',
      join(scratch, stateRoot),
      '--concurrency-group',
      group,
      ...hostFlags(env, workDir),
    ];

    const first = spawnCli(args(`${where}-stubborn`, 'a'), { cwd: repo });
    await waitFor(first.output, (t) => t.includes(`stubborn-started ${marker}`), 60_000, 'the remote job');
    expect((await sleepStarted(marker)).length).toBeGreaterThan(0);

    const second = spawnCli(args(`${where}-quick`, 'b'), { cwd: repo });
    await waitFor(second.output, (t) => t.includes('waiting up to 3600s'), 30_000, 'the second run to wait');

    const killedAt = Date.now();
    first.child.kill('SIGKILL');
    let lastSeenAlive = killedAt;
    while (pidsOf(marker).length > 0 && Date.now() - killedAt < 30_000) {
      lastSeenAlive = Date.now();
      await new Promise((r) => setTimeout(r, 100));
    }
    const goneAfterMs = lastSeenAlive - killedAt;
    expect(pidsOf(marker)).toEqual([]);
    expect(goneAfterMs).toBeLessThan(10_000);

    const b = await second.done;
    expect(b.code).toBe(0);
    const ranAt = Number(/quick-ran (\d+)/.exec(b.stdout)?.[1]);
    // The job ignored TERM: it was alive for a few seconds after the kill, and the second run's job
    // started only after it was gone.
    expect(goneAfterMs).toBeGreaterThan(1000);
    expect(ranAt).toBeGreaterThanOrEqual(lastSeenAlive);
  }, 120_000);
});

describe('the group lock and the jobs file', () => {
  it('the group holder lets go only once no job holds the jobs file', async () => {
    const workDir = tempDir('pikaci-jobs-lock-');
    const log = () => undefined;
    const local = new LocalTransport({ killGraceMs: 500 });
    const held = await acquireGroupLock(local, { group: 'g', workDir, timeoutSecs: 5, log });
    // A stand-in for a job's watcher: holds the jobs file shared for 2 s.
    const watcher = spawn('flock', ['-s', `${groupLockFile(workDir, 'g')}.jobs`, 'sleep', '2'], {
      stdio: 'ignore',
    });
    const watcherClosed = new Promise((r) => watcher.once('close', r));
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    await held.release();
    const releasedAfterMs = Date.now() - started;
    expect(releasedAfterMs).toBeGreaterThan(1200);
    await watcherClosed;
    const next = await acquireGroupLock(local, { group: 'g', workDir, timeoutSecs: 0, log });
    await next.release();
  });
});
