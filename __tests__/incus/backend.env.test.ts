/**
 * The Incus backend against the real LXD daemon of the test environment (local placement: the
 * runner is the Incus host). Each test ends with no `pikaci-*` instance left in the project.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { instanceName, runIncusJob, type IncusHostConfig } from '../../src/backends/incus/index.js';
import { LocalTransport, type Transport } from '../../src/transport/index.js';
import { shellJoin } from '../../src/util/index.js';
import type { JobContext } from '../../src/runtime/index.js';
import { listPikaciInstances, loadTestEnv, type TestEnv } from '../support/test-env.js';
import { jobContext, lxdConfig, snapshotFixture, type Fixture } from './support.js';
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
// Other suites may run instances at the same time, so each test checks that its own is gone.
let instance: string | undefined;
afterEach(async () => {
  if (instance) expect(await listPikaciInstances(env)).not.toContain(instance);
  instance = undefined;
});
function track<T extends { runId: string; job: { id: string } }>(ctx: T): T {
  instance = instanceName(ctx.runId, ctx.job.id);
  return ctx;
}

describe('Incus backend on a real LXD daemon', () => {
  it('runs a passing job, streams output, records phases and the image fingerprint', async () => {
    const ctx = track(jobContext(fixture, jobSpec('incus-job', incusJob('cat hello.txt; id -u')), transport));
    const outcome = await runIncusJob(ctx, { config });
    expect(outcome).toMatchObject({ status: 'passed', exit_code: 0 });
    const phases = outcome.remote_linux_vm_execution!.phases.map((p) => p.phase);
    expect(phases).toEqual([
      'prepare_directories',
      'stage_workspace_snapshot',
      'prepare_runtime',
      'launch_guest',
      'wait_for_completion',
      'collect_artifacts',
    ]);
    expect(outcome.remote_linux_vm_execution!.incus_image).toMatchObject({
      alias: env.lxd.image,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const hostLog = await readFile(ctx.paths.hostLog, 'utf8');
    expect(hostLog).toContain('[runner:stdout] hello from the snapshot');
    expect(hostLog).toContain('[runner:stdout] 1000');
    expect(hostLog).toMatch(/^\[pikaci\] create and start Incus instance: '[^']+' 'launch' /m);
    // No progress animations from the CLI (`launch --quiet`).
    expect(hostLog).not.toContain('\r');
    expect(hostLog).toMatch(
      /^\[pikaci\] {3}with disk device `pk-snapsh-[0-9a-f]+`: 'type=disk' .* 'source=\//m,
    );
    expect(Buffer.concat(ctx.live).toString()).toContain('hello from the snapshot');
    expect(await readFile(ctx.paths.guestLog, 'utf8')).toContain('hello from the snapshot');
    const result = JSON.parse(await readFile(ctx.paths.resultJson, 'utf8'));
    expect(result).toMatchObject({ schema_version: 1, status: 'completed', exit_code: 0 });
    expect(hostLog).toContain(`deleted Incus instance ${instanceName(ctx.runId, 'incus-job')}`);
  });

  it('mounts a snapshot whose path holds spaces, quotes, a colon, a hash, a backslash, $(…) and non-ASCII', async () => {
    // The disk source reaches `launch` in its YAML config as a literal block: taken byte for byte.
    const odd = join(fixture.dir, `snap shot: #1 'q' "dq" \\ $(touch pwned) é`);
    execFileSync('cp', ['-a', fixture.snapshotDir, odd]);
    const ctx = track(
      jobContext(
        { ...fixture, snapshotDir: odd },
        jobSpec('incus-job', incusJob('cat hello.txt')),
        transport,
      ),
    );
    const outcome = await runIncusJob(ctx, { config });
    expect(outcome).toMatchObject({ status: 'passed', exit_code: 0 });
    expect(Buffer.concat(ctx.live).toString()).toContain('hello from the snapshot');
    expect(await readFile(ctx.paths.hostLog, 'utf8')).toContain(` ${shellJoin([`source=${odd}`])} `);
    expect(existsSync('pwned')).toBe(false);
  });

  it('refuses a disk source with a line break before creating anything', async () => {
    const broken = join(fixture.dir, 'snap\nshot');
    execFileSync('cp', ['-a', fixture.snapshotDir, broken]);
    const ctx = jobContext(
      { ...fixture, snapshotDir: broken },
      jobSpec('incus-job', incusJob('true')),
      transport,
    );
    await expectRefusedBeforeAnyInstance(ctx, `disk source "${broken.replace('\n', '\\n')}" of device`);
  });

  it('fails with the exit code and message from result.json', async () => {
    const ctx = track(
      jobContext(fixture, jobSpec('incus-job', incusJob('echo broken >&2; exit 3')), transport),
    );
    const outcome = await runIncusJob(ctx, { config });
    expect(outcome).toMatchObject({ status: 'failed', exit_code: 3 });
    expect(outcome.message).toMatch(/3/);
  });

  it('runs root commands as root', async () => {
    const job = jobSpec(
      'incus-job',
      incusJob('test "$(id -u)" = 0', {
        guest_command: { kind: 'shell_command_as_root', command: 'test "$(id -u)" = 0' },
      }),
    );
    expect((await runIncusJob(track(jobContext(fixture, job, transport)), { config })).status).toBe('passed');
  });

  it('gives writable-workspace jobs a private copy of the snapshot', async () => {
    const job = jobSpec(
      'incus-job',
      incusJob('echo changed > hello.txt && cat hello.txt', { writable_workspace: true }),
    );
    const outcome = await runIncusJob(track(jobContext(fixture, job, transport)), { config });
    expect(outcome.status).toBe('passed');
    expect(await readFile(join(fixture.snapshotDir, 'hello.txt'), 'utf8')).toBe('hello from the snapshot\n');
  });

  it('lets the guest time out first and still collects its result', async () => {
    const ctx = track(
      jobContext(fixture, jobSpec('incus-job', incusJob('sleep 30', { timeout_secs: 2 })), transport),
    );
    const started = Date.now();
    const outcome = await runIncusJob(ctx, { config, hostGraceSecs: 20 });
    expect(outcome).toMatchObject({ status: 'failed', message: 'timed out after 2s' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(JSON.parse(await readFile(ctx.paths.resultJson, 'utf8')).status).toBe('failed');
  });

  it('stops a guest that hangs hard at the host timeout and deletes the instance', async () => {
    const ctx = jobContext(
      fixture,
      jobSpec('incus-job', incusJob("trap '' TERM; sleep 60", { timeout_secs: 1 })),
      transport,
    );
    const started = Date.now();
    const outcome = await runIncusJob(ctx, { config, hostGraceSecs: 2 });
    expect(outcome).toMatchObject({ status: 'failed', message: 'timed out after 1s' });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('waits for readiness when the first guest command is refused (a VM agent still booting)', async () => {
    // Containers take commands at once; a VM does not. A stand-in CLI on PATH refuses the first
    // `exec` the way LXD does then, and passes everything else to the real one.
    const bin = join(fixture.dir, 'booting-bin');
    const refusedFlag = join(fixture.dir, 'refused');
    await mkdir(bin, { recursive: true });
    const real = execFileSync('sh', ['-c', `command -v ${env.lxd.cli}`])
      .toString()
      .trim();
    await writeFile(
      join(bin, env.lxd.cli),
      [
        '#!/bin/sh',
        `if [ "$1" = exec ] && [ ! -e '${refusedFlag}' ]; then`,
        `  : > '${refusedFlag}'`,
        `  echo "Error: VM agent isn't currently running" >&2`,
        '  exit 1',
        'fi',
        `exec '${real}' "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    const booting: Transport = {
      placement: transport.placement,
      hostLabel: transport.hostLabel,
      close: () => transport.close(),
      exec: (request) =>
        transport.exec({ ...request, env: { ...request.env, PATH: `${bin}:${process.env.PATH ?? ''}` } }),
    };
    const ctx = track(jobContext(fixture, jobSpec('incus-job', incusJob('cat hello.txt')), booting));
    const outcome = await runIncusJob(ctx, { config });
    expect(outcome.status).toBe('passed');
    expect(existsSync(refusedFlag)).toBe(true);
    const hostLog = await readFile(ctx.paths.hostLog, 'utf8');
    expect(hostLog).toContain('not ready yet (exit code 1)');
    expect(hostLog).toContain('readiness');
    expect(hostLog).toContain('[runner:stdout] hello from the snapshot');
  });

  it('fails a job whose guest crashes mid-run and still deletes the instance', async () => {
    // busybox init powers the container off on SIGUSR2: the runner dies with everything else.
    const job = jobSpec(
      'incus-job',
      incusJob('kill -USR2 1; sleep 60', {
        guest_command: { kind: 'shell_command_as_root', command: 'kill -USR2 1; sleep 60' },
      }),
    );
    const ctx = track(jobContext(fixture, job, transport));
    const started = Date.now();
    const outcome = await runIncusJob(ctx, { config });
    expect(outcome.status).toBe('failed');
    expect(outcome.exit_code).toBeNull();
    expect(outcome.message).toMatch(/collect Incus guest files|no usable result\.json/);
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(JSON.parse(await readFile(ctx.paths.resultJson, 'utf8'))).toMatchObject({ status: 'failed' });
  });

  it('fails clearly on a missing image and creates nothing', async () => {
    const ctx = track(jobContext(fixture, jobSpec('incus-job', incusJob('true')), transport));
    const outcome = await runIncusJob(ctx, { config: { ...config, image: 'pikaci-test/missing' } });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain('Incus image `pikaci-test/missing` is not available');
    expect(outcome.message).toContain('image import');
  });

  it('deletes the instance when the run is cancelled', async () => {
    const controller = new AbortController();
    const ctx = track(
      jobContext(fixture, jobSpec('incus-job', incusJob('sleep 60')), transport, controller.signal),
    );
    setTimeout(() => controller.abort(), 3000);
    const outcome = await runIncusJob(ctx, { config });
    expect(outcome).toMatchObject({ status: 'failed', message: 'cancelled' });
  });

  /** A payload output under the fixture with this manifest. */
  async function writePayload(name: string, kind: string, mounts: unknown[]): Promise<string> {
    const payload = join(fixture.dir, name);
    await mkdir(join(payload, 'share/pikaci'), { recursive: true });
    await writeFile(
      join(payload, 'share/pikaci/payload-manifest.json'),
      JSON.stringify({ schema_version: 1, kind, mounts }),
    );
    return payload;
  }

  /** A staged Incus job whose workspace-deps payload is `payload`. */
  async function stagedJobWithDeps(payload: string): Promise<JobContext> {
    const job = jobSpec(
      'incus-job',
      incusJob('ignored', {
        runtime_config: {
          kind: 'incus',
          staged_linux_command: {
            snapshot_profile: 'rust',
            prepare_node_prefix: 'p',
            prepare_description: 'd',
            payload_specs: [
              { role: 'workspace_deps', output_name: 'deps', nix_installable: '.#deps' },
              { role: 'workspace_build', output_name: 'build', nix_installable: '.#build' },
            ],
            execute_wrapper_command: '/staged/linux-rust/workspace-build/bin/run-x',
            workspace_output_system: 'x86_64-linux',
          },
        },
      }),
    );
    const ctx = track(jobContext(fixture, job, transport));
    await mkdir(join(ctx.paths.jobDir, 'staged-linux-rust'), { recursive: true });
    await symlink(payload, join(ctx.paths.jobDir, 'staged-linux-rust', 'workspace-deps'));
    return ctx;
  }

  /** The job fails with `message` before any instance or disk device was created. */
  async function expectRefusedBeforeAnyInstance(ctx: JobContext, message: string): Promise<void> {
    const outcome = await runIncusJob(ctx, { config });
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toContain(message);
    const hostLog = await readFile(ctx.paths.hostLog, 'utf8');
    expect(hostLog).not.toContain('Incus instance:');
    expect(hostLog).not.toContain('disk device');
    expect(await listPikaciInstances(env)).not.toContain(instanceName(ctx.runId, ctx.job.id));
  }

  it('rejects a payload mount escaping its root before creating anything', async () => {
    const payload = await writePayload('payload', 'staged_linux_workspace_deps_v1', [
      { name: 'evil', relative_path: '../../etc', guest_path: '/x', read_only: true },
    ]);
    const ctx = await stagedJobWithDeps(payload);
    await expectRefusedBeforeAnyInstance(ctx, 'relative_path must stay within the payload root');
  });
  it('rejects a payload mount whose symlink leads out of its root, before creating anything', async () => {
    const payload = await writePayload('payload-symlink', 'staged_linux_workspace_deps_v1', [
      { name: 'evil', relative_path: 'escape', guest_path: '/x', read_only: true },
    ]);
    await symlink('/etc', join(payload, 'escape'));
    const ctx = await stagedJobWithDeps(payload);
    const build = await writePayload('payload-build', 'staged_linux_workspace_build_v1', []);
    await symlink(build, join(ctx.paths.jobDir, 'staged-linux-rust', 'workspace-build'));
    await expectRefusedBeforeAnyInstance(ctx, 'its source resolves to /etc, outside the payload root');
  });
});
