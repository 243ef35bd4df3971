/**
 * Incus failure messages against the real LXD daemon of the test environment: a failed `init` does
 * not also claim a failed delete of an instance that never existed, and the missing-image hint can
 * be pasted into a shell as it is.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { instanceName, runIncusJob, type IncusHostConfig } from '../../src/backends/incus/index.js';
import { LocalTransport } from '../../src/transport/index.js';
import { listPikaciInstances, loadTestEnv, type TestEnv } from '../support/test-env.js';
import { jobContext, lxdConfig, snapshotFixture, type Fixture } from '../incus/support.js';
import { incusJob, jobSpec } from '../support/jobs.js';

let env: TestEnv;
let config: IncusHostConfig;
let fixture: Fixture;
const transport = new LocalTransport({ killGraceMs: 1000 });

beforeAll(async () => {
  env = loadTestEnv();
  config = lxdConfig(env);
  fixture = await snapshotFixture();
});
afterAll(async () => {
  await rm(fixture.dir, { recursive: true, force: true });
});

describe('Incus messages', () => {
  it('a failed init reports the init failure only, not a failed delete', async () => {
    const ctx = jobContext(fixture, jobSpec('incus-job', incusJob('true')), transport);
    const outcome = await runIncusJob(ctx, {
      config: { ...config, storage_pool: 'pikaci-no-such-pool' },
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('create and start Incus instance on localhost failed');
    expect(outcome.message).not.toContain('delete');
    const hostLog = await readFile(ctx.paths.hostLog, 'utf8');
    expect(hostLog).not.toContain('failed to delete');
    expect(await listPikaciInstances(env)).not.toContain(instanceName(ctx.runId, ctx.job.id));
  });

  it('quotes the image alias and project in the import command it suggests', async () => {
    const alias = "pikaci-test/missing $(touch x) it's";
    const ctx = jobContext(fixture, jobSpec('incus-job', incusJob('true')), transport);
    const outcome = await runIncusJob(ctx, { config: { ...config, image: alias } });
    expect(outcome.status).toBe('failed');
    const suggested = /for example `([^`]+)`/.exec(outcome.message)?.[1];
    expect(suggested).toBeDefined();
    // Pasted into a shell (with the program swapped for printf), each value is one argument.
    const words = execFileSync('sh', ['-c', suggested!.replace(/^lxc /, "printf '%s\\n' ")], {
      encoding: 'utf8',
    });
    expect(words.split('\n')).toEqual([
      'image',
      'import',
      'meta.tar.gz',
      'rootfs.tar.gz',
      '--alias',
      alias,
      '--project',
      env.lxd.project,
      '',
    ]);
  });
});
