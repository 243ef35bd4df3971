/**
 * `IncusInstance` and `IncusCli` against the real LXD daemon of the test environment, used as the
 * launch script uses them: marked `creating`, launched with `launchArgv`, exec'd into and deleted; the
 * delete's idempotence; and what a failed `launch` leaves to the delete.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import {
  IncusCli,
  IncusInstance,
  instanceName,
  launchArgv,
  type IncusHostConfig,
} from '../../src/backends/incus/index.js';
import { capture, LocalTransport, type Captured } from '../../src/transport/index.js';
import { listPikaciInstances, loadTestEnv, type TestEnv } from '../support/test-env.js';
import { lxdConfig } from './support.js';

let env: TestEnv;
let config: IncusHostConfig;
const transport = new LocalTransport({ killGraceMs: 1000 });
const runId = `instance-test-${process.pid}-${Date.now()}`;

beforeAll(async () => {
  env = loadTestEnv();
  config = lxdConfig(env);
});
afterAll(async () => {
  for (const job of ['lifecycle', 'gone', 'bad-launch']) {
    const name = instanceName(runId, job);
    if ((await listPikaciInstances(env)).includes(name)) {
      await execa(env.lxd.cli, ['delete', '--force', '--project', env.lxd.project, name]);
    }
  }
});

function instanceFor(job: string): IncusInstance {
  return new IncusInstance(new IncusCli(config, transport), runId, job, new AbortController().signal);
}

/** What the launch script does for `instance`: mark it as maybe existing, then `launch` it (no disks). */
function launch(instance: IncusInstance, cfg: IncusHostConfig = config): Promise<Captured> {
  instance.creating();
  return capture(transport, launchArgv(cfg, instance.name, runId, instance.jobId));
}

describe('IncusInstance on a real LXD daemon', () => {
  it('is launched with the run and job ids, exec’d into, and deleted once', async () => {
    const instance = instanceFor('lifecycle');
    expect(await instance.delete()).toBe('never_created');
    expect(await launch(instance)).toMatchObject({ exitCode: 0, stdout: '' });
    for (const [key, value] of [
      ['user.pikaci.run_id', runId],
      ['user.pikaci.job_id', 'lifecycle'],
    ]) {
      const got = await execa(env.lxd.cli, [
        'config',
        'get',
        '--project',
        env.lxd.project,
        instance.name,
        key!,
      ]);
      expect(got.stdout.trim()).toBe(value);
    }
    expect((await instance.capture(['sh', '-c', 'echo in-guest'])).stdout).toBe('in-guest\n');
    const chunks: Buffer[] = [];
    const streamed = await instance.exec({ argv: ['echo', 'streamed'], onStdout: (c) => chunks.push(c) });
    expect(streamed.exitCode).toBe(0);
    expect(Buffer.concat(chunks).toString()).toBe('streamed\n');
    expect(await instance.delete()).toBe('deleted');
    expect(await instance.delete()).toBe('never_created');
    expect(await listPikaciInstances(env)).not.toContain(instance.name);
  });

  it('reports an instance removed behind its back as absent, not as a failed delete', async () => {
    const instance = instanceFor('gone');
    expect(await launch(instance)).toMatchObject({ exitCode: 0 });
    await execa(env.lxd.cli, ['delete', '--force', '--project', env.lxd.project, instance.name]);
    expect(await instance.delete()).toBe('absent');
  });

  it('after a failed launch the delete still runs, and finds nothing: absent, not a failure', async () => {
    const instance = instanceFor('bad-launch');
    const failed = await launch(instance, { ...config, storage_pool: 'pikaci-no-such-pool' });
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toContain('pikaci-no-such-pool');
    expect(await instance.delete()).toBe('absent');
    expect(await listPikaciInstances(env)).not.toContain(instance.name);
  });
});
