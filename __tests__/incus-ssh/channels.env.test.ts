/**
 * How many SSH exec channels one Incus job opens (issue 13): each one pays the host's login-shell
 * start-up, which on a host whose `~/.bashrc` is heavy costs ~100 ms (main opened 12 per job). Counted by a transport that
 * wraps the real `SshTransport` (real sshd on 127.0.0.1, real LXD) and records every `exec`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { instanceName, runIncusJob, type IncusHostConfig } from '../../src/backends/incus/index.js';
import {
  connectSsh,
  type ExecRequest,
  type SshTransport,
  type Transport,
} from '../../src/transport/index.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';
import { incusJob, jobSpec } from '../support/jobs.js';
import { jobContext, lxdConfig, snapshotFixture, type Fixture } from '../incus/support.js';
import { sshSettings } from './support.js';

let env: TestEnv;
let config: IncusHostConfig;
let fixture: Fixture;
let ssh: SshTransport;

beforeAll(async () => {
  env = loadTestEnv();
  fixture = await snapshotFixture();
  config = { ...lxdConfig(env), work_dir: join(fixture.dir, 'remote') };
  ssh = await connectSsh(sshSettings(env));
});
afterAll(async () => {
  await ssh.close();
  await rm(fixture.dir, { recursive: true, force: true });
});

/** The SSH transport, with the argv of every exec it is asked for. */
function counting(): { transport: Transport; execs: string[][] } {
  const execs: string[][] = [];
  return {
    execs,
    transport: {
      placement: ssh.placement,
      hostLabel: ssh.hostLabel,
      close: () => Promise.resolve(),
      exec: (request: ExecRequest) => {
        execs.push([...request.argv]);
        return ssh.exec(request);
      },
    },
  };
}

describe('remote_ssh × Incus: SSH exec channels per job', () => {
  it('one job opens 2 exec channels: one script, and the instance delete kept separate (snapshot already published)', async () => {
    // The first job of this content hash publishes the snapshot (the upload's own channels).
    const first = counting();
    const warm = jobContext(fixture, jobSpec('incus-true', incusJob('true')), first.transport);
    expect(await runIncusJob(warm, { config })).toMatchObject({ status: 'passed' });

    const { transport, execs } = counting();
    const ctx = jobContext(
      fixture,
      jobSpec('incus-true', incusJob('test "${#PIKACI_TEST_SECRET}" = 20')),
      transport,
    );
    ctx.environment.secrets = { PIKACI_TEST_SECRET: 'channel-secret-value' };
    const outcome = await runIncusJob(ctx, { config });
    expect(outcome).toMatchObject({ status: 'passed', exit_code: 0 });
    expect(execs.length).toBeLessThanOrEqual(2);
    expect(execs.at(-1)).toEqual(expect.arrayContaining(['delete', '--force']));
    // Every phase is still recorded, from the scripts' markers.
    expect(outcome.remote_linux_vm_execution!.phases.map((p) => p.phase)).toEqual([
      'prepare_directories',
      'stage_workspace_snapshot',
      'prepare_runtime',
      'launch_guest',
      'wait_for_completion',
      'collect_artifacts',
    ]);
    const hostLog = await readFile(ctx.paths.hostLog, 'utf8');
    expect(hostLog).toContain('remote snapshot already available at');
    // Each Incus command of the script is still logged, in order.
    const commands = [
      ...hostLog.matchAll(/^\[pikaci\] (create and start Incus instance| {2}with disk device `[^`]+`): /gm),
    ];
    expect(commands.map((match) => match[1])).toEqual([
      'create and start Incus instance',
      expect.stringMatching(/^ {2}with disk device `pk-snapsh-/),
    ]);
    expect(hostLog).toContain('[pikaci] wrote Incus guest request');
    expect(hostLog).toContain(`[pikaci] deleted Incus instance ${instanceName(ctx.runId, 'incus-true')}`);
    expect(JSON.parse(await readFile(ctx.paths.resultJson, 'utf8'))).toMatchObject({ status: 'completed' });
    // The request pair (which carries secrets) is never on a command line.
    expect(execs.flat().join(' ')).not.toContain('"schema_version"');
    expect(execs.flat().join(' ')).not.toContain('channel-secret-value');
    const { stdout } = await execa(env.lxd.cli, [
      'list',
      '--project',
      env.lxd.project,
      '--format',
      'csv',
      '-c',
      'n',
    ]);
    expect(stdout.split('\n')).not.toContain(instanceName(ctx.runId, 'incus-true'));
    expect(stdout.split('\n')).not.toContain(instanceName(warm.runId, 'incus-true'));
  }, 120_000);
});
