/**
 * `pikaci run` as a real subprocess against the real LXD daemon, at local placement and at
 * remote_ssh placement over the real sshd (with and without sudo); SIGTERM cancellation; and
 * `pikaci gc --instances` removing a really leaked instance.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RunRecordSchema, newRunId } from '../../src/records/index.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';
import { runCli, spawnCli, waitFor } from '../support/cli.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { CATALOG, HELLO_FILES, hostFlags, instancesOfRuns } from './support.js';

let env: TestEnv;
const stateRoots: string[] = [];
beforeAll(() => {
  env = loadTestEnv();
});
afterEach(async () => {
  expect(await instancesOfRuns(env, stateRoots)).toEqual([]);
});

function setup(): { repo: string; stateRoot: string; workDir: string } {
  const scratch = tempDir('pikaci-incus-cli-');
  stateRoots.push(join(scratch, 'state'));
  return {
    repo: makeRepo(HELLO_FILES).root,
    stateRoot: join(scratch, 'state'),
    workDir: join(scratch, 'remote'),
  };
}

describe('pikaci run with Incus jobs (real LXD, real sshd)', () => {
  it('runs an Incus target at local placement', async () => {
    const s = setup();
    const result = await runCli(
      ['run', '--catalog', CATALOG, 'incus-local', '--output', 'json', ...hostFlags(env, s.workDir)],
      { cwd: s.repo, env: { PIKACI_STATE_ROOT: s.stateRoot } },
    );
    expect(result.stderr).toContain('incus-local-ran');
    expect(result.stderr).toContain('hello from the snapshot');
    expect(result.code).toBe(0);
    const record = RunRecordSchema.parse(JSON.parse(result.stdout));
    expect(record.jobs[0]).toMatchObject({ status: 'passed', placement: 'local', runtime: 'incus' });
    // Local placement mounts the local snapshot: nothing is written to the remote work dir.
    expect(existsSync(s.workDir)).toBe(false);
  }, 120_000);

  it.each([false, true])(
    'runs an Incus target at remote_ssh placement (sudo %s)',
    async (sudo) => {
      const s = setup();
      const result = await runCli(
        [
          'run',
          '--catalog',
          CATALOG,
          'incus-remote',
          '--output',
          'json',
          ...hostFlags(env, s.workDir, { sudo }),
        ],
        { cwd: s.repo, env: { PIKACI_STATE_ROOT: s.stateRoot } },
      );
      expect(result.stderr).toContain('incus-remote-ran');
      expect(result.code).toBe(0);
      const record = RunRecordSchema.parse(JSON.parse(result.stdout));
      expect(record.jobs[0]).toMatchObject({ status: 'passed', placement: 'remote_ssh', runtime: 'incus' });
      const phases = record.jobs[0]!.remote_linux_vm_execution!.phases.map((p) => p.phase);
      expect(phases).toContain('stage_workspace_snapshot');
      // The snapshot was published on the placement host under its content hash.
      const { stdout } = await execa('sh', ['-c', `ls ${s.workDir}/snapshots/*/snapshot/hello.txt`]);
      expect(stdout).toMatch(/snapshots\/[0-9a-f]+\/snapshot\/hello\.txt$/);
      const hostLog = await execa('cat', [record.jobs[0]!.host_log_path]);
      expect(hostLog.stdout).toContain(
        `create and start Incus instance: ${sudo ? "'sudo' '-n' " : ''}'${env.lxd.cli}' 'launch'`,
      );
    },
    120_000,
  );

  it('takes the host settings from PIKACI_* variables', async () => {
    const s = setup();
    const flags = hostFlags(env, s.workDir);
    const vars: Record<string, string> = { PIKACI_STATE_ROOT: s.stateRoot };
    for (let i = 0; i < flags.length; i += 2) {
      const name = `PIKACI_${flags[i]!.slice(2).replace(/-/g, '_').toUpperCase()}`;
      vars[name] = flags[i + 1]!;
    }
    expect(Object.keys(vars)).toContain('PIKACI_SSH_KNOWN_HOSTS');
    const result = await runCli(['run', '--catalog', CATALOG, 'incus-remote'], { cwd: s.repo, env: vars });
    expect(result.stdout + result.stderr).toContain('incus-remote-ran');
    expect(result.code).toBe(0);
  }, 120_000);

  it('SIGTERM cancels the run: the instance is deleted and the record says cancelled', async () => {
    const s = setup();
    const run = spawnCli(
      ['run', '--catalog', CATALOG, 'incus-remote-sleeper', '--output', 'json', ...hostFlags(env, s.workDir)],
      { cwd: s.repo, env: { PIKACI_STATE_ROOT: s.stateRoot } },
    );
    await waitFor(run.output, (t) => t.includes('sleeper-started'), 60_000, 'the guest to start');
    expect(await instancesOfRuns(env, [s.stateRoot])).toHaveLength(1);
    const sentAt = Date.now();
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(Date.now() - sentAt).toBeLessThan(20_000);
    expect(result.code).toBe(143);
    const record = RunRecordSchema.parse(JSON.parse(result.stdout));
    expect(record).toMatchObject({ status: 'failed', message: 'cancelled' });
    expect(record.jobs[0]).toMatchObject({ status: 'failed', message: 'cancelled' });
    const hostLog = await execa('cat', [record.jobs[0]!.host_log_path]);
    expect(hostLog.stdout).toMatch(/deleted Incus instance pikaci-[0-9a-f]{12}/);
  }, 120_000);
});

describe('pikaci gc --instances (real leaked instances)', () => {
  it('removes instances of finished and long-unknown runs, keeps fresh unknown ones', async () => {
    const s = setup();
    // A project of its own: other tests' live instances in the shared project must never be swept.
    const project = `pikaci-gc-${process.pid}-${Math.random().toString(16).slice(2, 6)}`;
    const lxc = (...args: string[]) =>
      execa(env.lxd.cli, [...args, '--project', project], { stdin: 'ignore' });
    await execa(env.lxd.cli, [
      'project',
      'create',
      project,
      '-c',
      'features.images=false',
      '-c',
      'features.profiles=false',
    ]);
    const finished = await runCli(['run', '--catalog', CATALOG, 'local-sleeper', '--output', 'json'], {
      cwd: s.repo,
      env: { PIKACI_STATE_ROOT: s.stateRoot, SLEEP_SECS: '0' },
    });
    const finishedId = RunRecordSchema.parse(JSON.parse(finished.stdout)).run_id;
    const unknownId = newRunId(new Date());
    const leaked = 'pikaci-leaked000001';
    const fresh = 'pikaci-fresh0000001';
    const other = 'not-ours';
    try {
      await lxc('init', '--empty', leaked, '-c', `user.pikaci.run_id=${finishedId}`);
      await lxc('init', '--empty', fresh, '-c', `user.pikaci.run_id=${unknownId}`);
      await lxc('init', '--empty', other, '-c', `user.pikaci.run_id=${finishedId}`);
      const names = async () =>
        (JSON.parse((await lxc('list', '--format', 'json')).stdout) as Array<{ name: string }>)
          .map((i) => i.name)
          .sort();
      const gc = (extra: string[]) =>
        runCli(['gc', '--instances', ...hostFlags(env, s.workDir), '--incus-project', project, ...extra], {
          cwd: s.repo,
          env: { PIKACI_STATE_ROOT: s.stateRoot },
        });
      const first = await gc([]);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toBe(
        [
          'removed_instances=1',
          `kept ${fresh} (run ${unknownId}: unknown run, younger than the grace period of 3600s)`,
          `removed ${leaked} (run ${finishedId}: its run is no longer running)`,
          '',
        ].join('\n'),
      );
      expect(await names()).toEqual([fresh, other].sort());

      const second = await gc(['--grace-secs', '0']);
      expect(second.stdout).toContain(`removed ${fresh} (run ${unknownId}: unknown run, created`);
      expect(await names()).toEqual([other]);

      const bad = await gc(['--grace-secs', 'soon']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--grace-secs must be a non-negative integer, got `soon`');
    } finally {
      for (const name of [leaked, fresh, other]) await lxc('delete', '--force', name).catch(() => undefined);
      await execa(env.lxd.cli, ['project', 'delete', project]);
    }
  }, 120_000);
});
