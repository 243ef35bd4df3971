/**
 * `IncusInstance` and `IncusCli` against the real LXD daemon of the test environment: the object the
 * phase script drives, created, started, exec'd into and deleted, and the delete's idempotence.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  IncusCli,
  IncusCommandError,
  IncusInstance,
  instanceName,
  type IncusHostConfig,
} from '../../src/backends/incus/index.js';
import { openLogWriter, type ClosableLogWriter } from '../../src/runtime/index.js';
import { LocalTransport } from '../../src/transport/index.js';
import { listPikaciInstances, loadTestEnv, type TestEnv } from '../support/test-env.js';
import { lxdConfig } from './support.js';

let env: TestEnv;
let config: IncusHostConfig;
let dir: string;
let log: ClosableLogWriter;
const transport = new LocalTransport({ killGraceMs: 1000 });
const runId = `instance-test-${process.pid}-${Date.now()}`;

beforeAll(async () => {
  env = loadTestEnv();
  config = lxdConfig(env);
  dir = await mkdtemp(join(tmpdir(), 'pikaci-incus-instance-'));
  log = openLogWriter(join(dir, 'host.log'));
});
afterAll(async () => {
  log.close();
  for (const job of ['lifecycle', 'gone', 'bad-init']) {
    const name = instanceName(runId, job);
    if ((await listPikaciInstances(env)).includes(name)) {
      await execa(env.lxd.cli, ['delete', '--force', '--project', env.lxd.project, name]);
    }
  }
  await rm(dir, { recursive: true, force: true });
});

function instanceFor(job: string, cfg: IncusHostConfig = config): IncusInstance {
  return new IncusInstance(new IncusCli(cfg, transport, log), runId, job, new AbortController().signal);
}

describe('IncusInstance on a real LXD daemon', () => {
  it('is created with the run and job ids, started, exec’d into, and deleted once', async () => {
    const instance = instanceFor('lifecycle');
    expect(await instance.delete()).toBe('never_created');
    await instance.create();
    const keys = await execa(env.lxd.cli, [
      'config',
      'get',
      '--project',
      env.lxd.project,
      instance.name,
      'user.pikaci.run_id',
    ]);
    expect(keys.stdout.trim()).toBe(runId);
    await instance.start();
    expect((await instance.capture(['sh', '-c', 'echo in-guest'])).stdout).toBe('in-guest\n');
    const chunks: Buffer[] = [];
    const streamed = await instance.exec({ argv: ['echo', 'streamed'], onStdout: (c) => chunks.push(c) });
    expect(streamed.exitCode).toBe(0);
    expect(Buffer.concat(chunks).toString()).toBe('streamed\n');
    expect(await instance.delete()).toBe('deleted');
    expect(await instance.delete()).toBe('never_created');
    expect(await listPikaciInstances(env)).not.toContain(instance.name);
    const hostLog = await readFile(join(dir, 'host.log'), 'utf8');
    expect(hostLog).toContain(`[pikaci] create Incus instance: '${env.lxd.cli}' 'init' '--project'`);
    expect(hostLog).toContain(`user.pikaci.run_id=${runId}`);
  });

  it('reports an instance removed behind its back as absent, not as a failed delete', async () => {
    const instance = instanceFor('gone');
    await instance.create();
    await execa(env.lxd.cli, ['delete', '--force', '--project', env.lxd.project, instance.name]);
    expect(await instance.delete()).toBe('absent');
  });

  it('a failed init is an IncusCommandError with its exit code, and leaves nothing to delete', async () => {
    const instance = instanceFor('bad-init', { ...config, storage_pool: 'pikaci-no-such-pool' });
    const error = await instance.create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncusCommandError);
    expect((error as IncusCommandError).exitCode).toBe(1);
    expect((error as Error).message).toMatch(/^create Incus instance on localhost failed \(exit code 1\): /);
    expect(await instance.delete()).toBe('never_created');
  });
});
