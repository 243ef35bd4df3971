/**
 * Concurrency-group locks for real: `flock` holders over a LocalTransport and over the real sshd,
 * waits that are logged and bounded, release when the holder's connection dies, and two concurrent
 * `pikaci run` processes of a lane with a `concurrency_group` (the second waits, then proceeds; a
 * SIGKILLed holder frees the group).
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireGroupLock, groupLockFile, validateGroupName } from '../../src/locks/index.js';
import { RunRecordSchema } from '../../src/records/index.js';
import { connectSsh, LocalTransport } from '../../src/transport/index.js';
import { runCli, spawnCli, waitFor } from '../support/cli.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { CATALOG, HELLO_FILES, sshSettings } from '../incus-ssh/support.js';
import { loadTestEnv } from '../support/test-env.js';

const local = new LocalTransport({ killGraceMs: 500 });

describe('group lock (flock over a transport)', () => {
  it('rejects a group name that is not a plain file name', () => {
    expect(() => validateGroupName('../etc/passwd')).toThrow('invalid concurrency group `../etc/passwd`');
    expect(() => groupLockFile('/w', 'a b')).toThrow('invalid concurrency group `a b`');
    expect(groupLockFile('/w', 'apple-host')).toBe('/w/locks/apple-host.lock');
  });

  it('a second holder waits (logged), times out with a clear error, and gets the lock after release', async () => {
    const workDir = tempDir('pikaci-lock-');
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const first = await acquireGroupLock(local, {
      group: 'g1',
      workDir,
      timeoutSecs: 5,
      log,
      holder: 'first',
    });
    const started = Date.now();
    await expect(
      acquireGroupLock(local, { group: 'g1', workDir, timeoutSecs: 1, log, holder: 'second' }),
    ).rejects.toThrow(/timed out after 1s waiting for concurrency group `g1` on localhost/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(lines).toContain(
      '[pikaci] concurrency group `g1` is held on localhost (last holder: first); waiting up to 1s',
    );
    const waiting = acquireGroupLock(local, { group: 'g1', workDir, timeoutSecs: 10, log, holder: 'third' });
    await new Promise((r) => setTimeout(r, 300));
    await first.release();
    const third = await waiting;
    expect(third.waitedMs).toBeGreaterThanOrEqual(250);
    expect(readFileSync(`${groupLockFile(workDir, 'g1')}.holder`, 'utf8')).toBe('third\n');
    await third.release();
    // Another group is independent.
    const other = await acquireGroupLock(local, { group: 'g2', workDir, timeoutSecs: 0, log });
    await other.release();
  });

  it('a cancelled wait stops at once', async () => {
    const workDir = tempDir('pikaci-lock-');
    const held = await acquireGroupLock(local, { group: 'g', workDir, timeoutSecs: 5, log: () => undefined });
    const controller = new AbortController();
    const waiting = acquireGroupLock(local, {
      group: 'g',
      workDir,
      timeoutSecs: 60,
      log: () => undefined,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 200);
    await expect(waiting).rejects.toThrow('cancelled while waiting for concurrency group `g`');
    await held.release();
  });

  it('a lock held over SSH is released when its connection dies (sshd session killed)', async () => {
    const env = loadTestEnv();
    const workDir = tempDir('pikaci-lock-ssh-');
    const ssh = await connectSsh(sshSettings(env));
    try {
      await acquireGroupLock(ssh, { group: 'remote', workDir, timeoutSecs: 5, log: () => undefined });
      const lines: string[] = [];
      const waiting = acquireGroupLock(local, {
        group: 'remote',
        workDir,
        timeoutSecs: 30,
        log: (l) => lines.push(l),
      });
      await waitFor(
        () => lines.join('\n'),
        (t) => t.includes('waiting up to 30s'),
        10_000,
        'the wait',
      );
      expect(lines[0]).toContain(`(last holder: pid ${process.pid} on `);
      // The holder shell (`sh -c … pikaci-lock <file>`) runs under the sshd session: kill that session.
      const holder = execFileSync('pgrep', ['-f', `pikaci-lock ${groupLockFile(workDir, 'remote')}`])
        .toString()
        .trim()
        .split('\n')
        .map(Number);
      let sshd = 0;
      for (let pid of holder) {
        while (pid > 1 && sshd === 0) {
          if (
            execFileSync('ps', ['-o', 'args=', '-p', String(pid)])
              .toString()
              .startsWith('sshd: ')
          )
            sshd = pid;
          pid = Number(
            execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)])
              .toString()
              .trim(),
          );
        }
      }
      expect(sshd).toBeGreaterThan(0);
      process.kill(sshd, 'SIGKILL');
      const lock = await waiting;
      expect(lock.waitedMs).toBeLessThan(30_000);
      await lock.release();
    } finally {
      await ssh.close();
    }
  }, 60_000);
});

describe('pikaci run with a concurrency group (two real runs)', () => {
  function setup(group = 'shared-host') {
    const manifest = `version = 1
[[branch.lanes]]
id = "sleepy-lane"
title = "Sleepy lane"
target = "local-sleeper"
concurrency_group = "${group}"
`;
    const repo = makeRepo({ ...HELLO_FILES, 'ci/forge-lanes.toml': manifest }).root;
    const scratch = tempDir('pikaci-lock-cli-');
    return {
      repo,
      workDir: join(scratch, 'w'),
      trace: join(scratch, 'trace'),
      env: (stateRoot: string) => ({
        PIKACI_STATE_ROOT: join(scratch, stateRoot),
        LOCK_TRACE: join(scratch, 'trace'),
      }),
    };
  }

  it("the lane's group makes the second run wait, then proceed; the runs never overlap", async () => {
    const s = setup();
    const args = [
      'run',
      '--catalog',
      CATALOG,
      'sleepy-lane',
      '--output',
      'json',
      '--remote-work-dir',
      s.workDir,
    ];
    const first = spawnCli(args, { cwd: s.repo, env: { ...s.env('a'), SLEEP_SECS: '3' } });
    await waitFor(
      first.output,
      (t) => t.includes('holding concurrency group `shared-host`'),
      30_000,
      'run 1 lock',
    );
    const second = spawnCli(args, { cwd: s.repo, env: { ...s.env('b'), SLEEP_SECS: '0' } });
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(
      /concurrency group `shared-host` is held on localhost \(last holder: pid \d+ on .*\); waiting up to 3600s/,
    );
    expect(b.stderr).toMatch(/holding concurrency group `shared-host` on localhost after waiting \d+\.\ds/);
    expect(a.stderr).toContain('released concurrency group `shared-host` on localhost');
    expect(RunRecordSchema.parse(JSON.parse(b.stdout)).status).toBe('passed');
    const trace = readFileSync(s.trace, 'utf8').trim().split('\n');
    expect(trace.map((l) => l.split(' ')[0])).toEqual(['start', 'end', 'start', 'end']);
  }, 90_000);

  it('a SIGKILLed holder frees the group; --lock-timeout bounds the wait; bad groups are refused', async () => {
    const s = setup('killed');
    const args = ['run', '--catalog', CATALOG, 'sleepy-lane', '--remote-work-dir', s.workDir];
    const holder = spawnCli(args, { cwd: s.repo, env: { ...s.env('a'), SLEEP_SECS: '20' } });
    await waitFor(holder.output, (t) => t.includes('sleeper-started'), 30_000, 'the holder to run');

    const timedOut = await runCli([...args, '--lock-timeout', '1'], { cwd: s.repo, env: s.env('b') });
    expect(timedOut.code).toBe(1);
    expect(timedOut.stderr).toMatch(/timed out after 1s waiting for concurrency group `killed` on localhost/);

    holder.child.kill('SIGKILL');
    await holder.done;
    const started = Date.now();
    const after = await runCli([...args, '--lock-timeout', '30'], {
      cwd: s.repo,
      env: { ...s.env('c'), SLEEP_SECS: '0' },
    });
    expect(after.stdout + after.stderr).toContain('sleeper-done');
    expect(after.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);

    const bad = await runCli([...args, '--concurrency-group', 'no/slashes'], {
      cwd: s.repo,
      env: s.env('d'),
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid concurrency group `no/slashes`');
    const badTimeout = await runCli([...args, '--lock-timeout', 'forever'], { cwd: s.repo, env: s.env('d') });
    expect(badTimeout.code).toBe(2);
    expect(badTimeout.stderr).toContain(
      '--lock-timeout (or $PIKACI_LOCK_TIMEOUT) must be an integer from 0 to 604800, got `forever`',
    );
  }, 120_000);
});
