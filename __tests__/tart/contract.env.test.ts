/**
 * local × Tart against the simulated `tart` (support/tart.ts): each case pins the exact command
 * sequence Tart sees, and after each the stand-in's VM table holds only the base VM and no `tart run`
 * process is left. The guest runner is the real, unchanged `pikaci-incus-run`, run inside the
 * simulated guest (a private mount namespace with the shares at /Volumes/My Shared Files/<name>).
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import TOML from '@iarna/toml';
import { vmName, type TartHostConfig } from '../../src/backends/tart/index.js';
import { executionEnvironment } from '../../src/hosts/index.js';
import type { RunRecord } from '../../src/records/index.js';
import { runJobs } from '../../src/run/index.js';
import { spawnCli, waitFor } from '../support/cli.js';
import { jobSpec, type JobFields } from '../support/jobs.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { requireRoot } from '../support/test-env.js';
import { simulatedTartHost, tartSequence, type SimulatedTartHost } from '../support/tart.js';

const FILES = { 'hello.txt': 'hello from the snapshot\n' };

function tartJob(command: string, fields: JobFields = {}): JobFields {
  return {
    timeout_secs: 60,
    execution: { placement: 'local', runtime: 'tart' },
    runtime_config: { kind: 'tart' },
    guest_command: { kind: 'shell_command', command },
    ...fields,
  };
}

// The simulated guest is a mount namespace: root only (README "Development").
beforeAll(requireRoot);

let hosts: SimulatedTartHost[] = [];
afterEach(() => {
  // Every path ends with no VM but the base and no `tart run` process.
  for (const host of hosts) {
    expect(host.vms()).toEqual(['sequoia-base']);
    expect(host.runProcesses()).toEqual([]);
  }
  hosts = [];
});

function newHost(): SimulatedTartHost {
  const host = simulatedTartHost();
  hosts.push(host);
  return host;
}

interface Ran {
  run: RunRecord;
  vm: string;
  sequence: string[];
  hostLog: string;
  output: string;
}

async function runTart(
  host: SimulatedTartHost,
  jobs: Record<string, JobFields>,
  tart: Partial<TartHostConfig> = {},
): Promise<Ran> {
  const scratch = tempDir('pikaci-tart-run-');
  let runId = '';
  let output = '';
  const environment = executionEnvironment({
    remoteWorkDir: host.workDir,
    tart: { readiness_timeout_secs: 20, host_grace_secs: 2, stop_timeout_secs: 5, ...tart },
    log: (line) => (output += `${line}\n`),
  });
  const run = await runJobs({
    stateRoot: join(scratch, 'state'),
    sourceRoot: makeRepo(FILES).root,
    jobs: Object.entries(jobs).map(([id, fields]) => jobSpec(id, fields)),
    targetId: 'tart-test',
    targetDescription: 'tart test',
    includeLocalChanges: false,
    environment,
    reporter: {
      event: (event) => {
        if (event.event === 'run_started') runId = event.run_id;
      },
      jobOutput: ({ chunk }) => (output += chunk.toString()),
    },
  });
  const first = Object.keys(jobs)[0]!;
  const vm = vmName(runId, first);
  return {
    run,
    vm,
    sequence: tartSequence(host.invocations(), vm),
    hostLog: readFileSync(run.jobs[0]!.host_log_path, 'utf8'),
    output,
  };
}

/** The calls every job makes before its VM exists. */
const PREAMBLE = ['--version', 'delete <vm>', 'clone sequoia-base <vm>'];
const RUN = 'run --no-graphics --no-audio --dir=workspace:<dir>:ro --dir=artifacts:<dir> <vm>';
const WRITE = 'exec -i <vm> sudo -n sh -c <script> sh';
const RUNNER =
  'exec <vm> sudo -n env PATH=/opt/homebrew/opt/coreutils/libexec/gnubin:/opt/homebrew/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin:/private/tmp/pikaci/run/pikaci/bin PIKACI_GUEST_ROOT=/private/tmp/pikaci sh /private/tmp/pikaci/run/pikaci/pikaci-incus-run /private/tmp/pikaci/run/pika-cloud/guest-request.json';
const COLLECT = 'exec <vm> sh -c <collect>';
const CLEANUP = ['stop --timeout 5 <vm>', 'delete <vm>'];
/** A job that ran to its end in the VM, whatever its outcome. */
const COMPLETE = [...PREAMBLE, RUN, 'exec <vm> true', WRITE, RUNNER, COLLECT, ...CLEANUP];

/** Shares' host paths and the byte counts vary by run: fold them. */
function normalise(sequence: string[]): string[] {
  return sequence.map((line) =>
    line
      .replace(/--dir=([a-z-]+):\/[^ ]*?(:ro)?( |$)/g, '--dir=$1:<dir>$2$3')
      .replace(/--dir=\/[^ ]*?:(ro|rw),tag=/g, '--dir=<dir>:$1,tag=')
      .replace(/^(exec -i <vm> sudo -n sh -c <script> sh) \d+ \d+$/, '$1')
      .replace(/^exec <vm> sh -c cd .*$/, COLLECT),
  );
}

describe('Tart backend against the simulated tart (local)', () => {
  it('simulated: a passing job runs the guest runner in the VM and reads its result.json', async () => {
    const host = newHost();
    const ran = await runTart(host, {
      'tart-pass': tartJob('cat hello.txt; id -u; pwd; echo "SSL=$SSL_CERT_FILE"'),
    });
    expect(ran.run.jobs[0]).toMatchObject({ status: 'passed', exit_code: 0, message: 'test passed' });
    expect(normalise(ran.sequence)).toEqual(COMPLETE);
    expect(ran.output).toContain('hello from the snapshot');
    expect(ran.output).toMatch(/^1000\n\/Volumes\/My Shared Files\/workspace\nSSL=\/etc\/ssl\/cert.pem$/m);
    const result = JSON.parse(
      readFileSync(join(ran.run.jobs[0]!.host_log_path, '../artifacts/result.json'), 'utf8'),
    );
    expect(result).toMatchObject({ status: 'completed', exit_code: 0, message: 'test passed' });
    expect(readFileSync(join(ran.run.jobs[0]!.host_log_path, '../artifacts/guest.log'), 'utf8')).toContain(
      'hello from the snapshot',
    );
    const execution = ran.run.jobs[0]!.remote_linux_vm_execution!;
    expect(execution.backend).toBe('tart');
    expect(execution.image).toEqual({ name: 'sequoia-base', digest: null });
    expect(execution.phases.map((p) => p.phase)).toEqual([
      'prepare_directories',
      'stage_workspace_snapshot',
      'prepare_runtime',
      'launch_guest',
      'wait_for_completion',
      'collect_artifacts',
    ]);
    expect(ran.hostLog).toContain(`[pikaci] deleted Tart VM ${ran.vm}`);
    expect(ran.hostLog).toMatch(/\[pikaci\] holding Tart VM slot \d on localhost/);
    expect(ran.vm).toMatch(/^pikaci-\d{8}T\d{6}Z-[0-9a-f]{8}-tart-pass$/);
  }, 60_000);

  it('simulated: a failing command fails with its exit code, from result.json', async () => {
    const host = newHost();
    const ran = await runTart(host, { 'tart-fail': tartJob('echo failing; exit 3') });
    expect(ran.run.jobs[0]).toMatchObject({
      status: 'failed',
      exit_code: 3,
      message: 'test command exited with 3',
    });
    expect(normalise(ran.sequence)).toEqual(COMPLETE);
  }, 60_000);

  it('simulated: a command that outlives timeout_secs fails `timed out after <N>s` (the guest timeout)', async () => {
    const host = newHost();
    const ran = await runTart(host, { 'tart-slow': tartJob('sleep 30', { timeout_secs: 2 }) });
    expect(ran.run.jobs[0]).toMatchObject({ status: 'failed', message: 'timed out after 2s' });
    expect(normalise(ran.sequence)).toEqual(COMPLETE);
  }, 60_000);

  it('simulated: a guest that hangs is timed out by the host timer, and the VM still goes', async () => {
    const host = newHost();
    host.setSwitches({ guestHangs: true });
    const ran = await runTart(host, { 'tart-hang': tartJob('true', { timeout_secs: 2 }) });
    expect(ran.run.jobs[0]).toMatchObject({
      status: 'failed',
      exit_code: null,
      message: 'timed out after 2s',
    });
    // The host timer (2 s + 2 s grace) ends the runner's exec; what the guest wrote is collected.
    expect(normalise(ran.sequence)).toEqual(COMPLETE);
    expect(ran.hostLog).toContain('[pikaci] timeout after 2s (+2s grace): the guest did not finish');
  }, 60_000);

  it('simulated: a readiness timeout stops and deletes the VM (upstream leaked it and its tart run)', async () => {
    const host = newHost();
    host.setSwitches({ agentNeverReady: true });
    const ran = await runTart(host, { 'tart-unready': tartJob('true') }, { readiness_timeout_secs: 2 });
    expect(ran.run.jobs[0]!.status).toBe('failed');
    expect(ran.run.jobs[0]!.message).toBe(
      `timed out after 2s waiting for the Tart guest agent in \`${ran.vm}\` on localhost (raise --tart-ready-timeout, or check that the base VM has tart-guest-agent)`,
    );
    expect(normalise(ran.sequence)).toEqual([...PREAMBLE, RUN, 'exec <vm> true', ...CLEANUP]);
    expect(ran.run.jobs[0]!.remote_linux_vm_execution!.phases.map((p) => p.phase)).toEqual([
      'prepare_directories',
      'stage_workspace_snapshot',
      'prepare_runtime',
    ]);
  }, 60_000);

  it('simulated: a clone failure names the base VM and how to set it; nothing to delete', async () => {
    const host = newHost();
    const ran = await runTart(host, { 'tart-noclone': tartJob('true') }, { base_vm: 'no-such-base' });
    expect(ran.run.jobs[0]!.status).toBe('failed');
    expect(ran.run.jobs[0]!.message).toContain(
      `clone Tart base VM \`no-such-base\` into \`${ran.vm}\` on localhost: tart clone on localhost failed (exit code 2): the specified VM "no-such-base" does not exist; set --tart-base-vm (PIKACI_TART_BASE_VM)`,
    );
    expect(normalise(ran.sequence)).toEqual(['--version', 'delete <vm>', 'clone no-such-base <vm>']);
  }, 60_000);

  it('simulated: a clone the stand-in fails (switch cloneFails) is a failed job too', async () => {
    const host = newHost();
    host.setSwitches({ cloneFails: true });
    const ran = await runTart(host, { 'tart-clonefail': tartJob('true') });
    expect(ran.run.jobs[0]!.message).toContain('simulated failure (switch cloneFails)');
    expect(normalise(ran.sequence)).toEqual(PREAMBLE);
  }, 60_000);

  it('simulated: `tart run` dying before the agent answers fails the job; the VM is deleted', async () => {
    const host = newHost();
    host.setSwitches({ agentDelayMs: 60_000, runDiesAfterMs: 1500 });
    const ran = await runTart(host, { 'tart-dies': tartJob('true') });
    expect(ran.run.jobs[0]!.status).toBe('failed');
    expect(ran.run.jobs[0]!.message).toBe(
      `tart run for ${ran.vm} on localhost ended (exit code 1) before the guest agent answered: Error: the VM stopped unexpectedly (simulated: switch runDiesAfterMs)`,
    );
    expect(ran.hostLog).toContain('[tart:stderr] Error: the VM stopped unexpectedly');
    expect(normalise(ran.sequence)).toEqual([...PREAMBLE, RUN, 'exec <vm> true', ...CLEANUP]);
    expect(ran.hostLog).toContain(`tart stop ${ran.vm}: it was not running`);
  }, 60_000);

  it('simulated: host toolchain jobs get a synthetic /nix (bootstrap, restart) and the shared toolchain', async () => {
    const host = newHost();
    const toolchain = tempDir('pikaci-tart-toolchain-');
    chmodSync(toolchain, 0o755);
    mkdirSync(join(toolchain, 'bin'));
    writeFileSync(join(toolchain, 'bin', 'cargo'), '#!/bin/sh\necho "cargo 1.99.0 (host toolchain)"\n');
    chmodSync(join(toolchain, 'bin', 'cargo'), 0o755);
    const ran = await runTart(
      host,
      {
        'tart-toolchain': tartJob(
          'cargo --version; test -n "$(ls /nix/store)" && echo host-nix-store-shared',
          {
            runtime_config: { kind: 'tart', mount_host_rust_toolchain: true },
          },
        ),
      },
      { rust_toolchain: toolchain },
    );
    if (ran.run.jobs[0]!.status !== 'passed') throw new Error(`${ran.run.jobs[0]!.message}\n${ran.hostLog}`);
    expect(ran.output).toContain('cargo 1.99.0 (host toolchain)');
    expect(ran.output).toContain('host-nix-store-shared');
    const run =
      'run --no-graphics --no-audio --root-disk-opts=sync=full --dir=workspace:<dir>:ro --dir=artifacts:<dir> --dir=rust-toolchain:<dir>:ro --dir=<dir>:ro,tag=pikaci-nix-store <vm>';
    expect(normalise(ran.sequence)).toEqual([
      ...PREAMBLE,
      run,
      'exec <vm> true',
      'exec <vm> bash -lc test -L /nix -o -d /nix',
      'exec <vm> bash -lc <script>',
      'stop --timeout 5 <vm>',
      run,
      'exec <vm> true',
      'exec <vm> bash -lc test -L /nix -o -d /nix',
      WRITE,
      RUNNER,
      COLLECT,
      ...CLEANUP,
    ]);
    expect(ran.hostLog).toContain('[pikaci] bootstrapping synthetic /nix mountpoint inside Tart guest');
  }, 90_000);

  it('simulated: host Xcode is shared with mount_virtiofs and DEVELOPER_DIR points at it', async () => {
    const host = newHost();
    const xcode = join(tempDir('pikaci-tart-xcode-'), 'Xcode-16.4.0.app');
    mkdirSync(join(xcode, 'Contents/Developer/usr/bin'), { recursive: true });
    writeFileSync(
      join(xcode, 'Contents/Developer/usr/bin/xcodebuild'),
      '#!/bin/sh\necho "Xcode 16.4 (host)"\n',
    );
    chmodSync(join(xcode, 'Contents/Developer/usr/bin/xcodebuild'), 0o755);
    const ran = await runTart(
      host,
      { 'tart-xcode': tartJob('xcodebuild -version; echo "DEV=$DEVELOPER_DIR"') },
      { use_host_xcode: true, xcode_app: xcode },
    );
    expect(ran.run.jobs[0]).toMatchObject({ status: 'passed' });
    expect(ran.output).toContain('Xcode 16.4 (host)');
    expect(ran.output).toContain('DEV=/Applications/Xcode.app/Contents/Developer');
    expect(normalise(ran.sequence)).toEqual([
      ...PREAMBLE,
      'run --no-graphics --no-audio --dir=workspace:<dir>:ro --dir=artifacts:<dir> --dir=<dir>:ro,tag=pikaci-xcode <vm>',
      'exec <vm> true',
      WRITE,
      RUNNER,
      COLLECT,
      ...CLEANUP,
    ]);
    expect(ran.hostLog).toContain(`sharing the host's Xcode ${xcode} into the guest`);
  }, 60_000);

  it('simulated: host setup runs once per run, logged to host-setup.log; its workspace reaches the guest', async () => {
    const host = newHost();
    const setup = 'echo built > setup-output.txt; echo setup-ran';
    const ran = await runTart(host, {
      'tart-setup-a': tartJob('cat setup-output.txt', {
        runtime_config: { kind: 'tart', host_setup_command: setup },
      }),
      'tart-setup-b': tartJob('cat setup-output.txt', {
        runtime_config: { kind: 'tart', host_setup_command: setup },
        writable_workspace: true,
      }),
    });
    expect(ran.run.jobs.map((j) => j.status)).toEqual(['passed', 'passed']);
    const log = readFileSync(join(ran.run.jobs[0]!.host_log_path, '../../../host-setup.log'), 'utf8');
    expect(log.match(/^setup-ran$/gm)).toHaveLength(1);
    expect(log).toContain(`[pikaci] host setup on localhost: ${setup}`);
    expect(ran.output.match(/^built$/gm)).toHaveLength(2);
  }, 90_000);

  it('simulated: a failing host setup fails the job, naming the log', async () => {
    const host = newHost();
    const ran = await runTart(host, {
      'tart-setup-fail': tartJob('true', { runtime_config: { kind: 'tart', host_setup_command: 'exit 7' } }),
    });
    expect(ran.run.jobs[0]!.status).toBe('failed');
    expect(ran.run.jobs[0]!.message).toMatch(
      /^host setup `exit 7` failed on localhost \(exit code 7\); see \/.*\/host-setup\.log$/,
    );
    expect(normalise(ran.sequence)).toEqual(['--version']);
  }, 60_000);

  it('simulated: a host that is not a Mac on Apple Silicon is refused before any tart call', async () => {
    const host = simulatedTartHost({ uname: 'Linux x86_64' });
    hosts.push(host);
    const ran = await runTart(host, { 'tart-linux': tartJob('true') });
    expect(ran.run.jobs[0]!.message).toBe('Tart jobs need a macOS host; localhost runs Linux (`uname -sm`)');
    expect(ran.sequence).toEqual([]);
  }, 60_000);

  it('simulated: a Tart older than 2.27 (no tart exec) is refused with how to upgrade', async () => {
    const host = newHost();
    host.setSwitches({ version: '2.26.0' });
    const ran = await runTart(host, { 'tart-old': tartJob('true') });
    expect(ran.run.jobs[0]!.message).toContain(
      'Tart 2.26.0 on localhost is too old: pikaci needs 2.27.0 or newer',
    );
  }, 60_000);
});

describe('Tart backend in a guest with macOS`s tools (simulated: no runuser, setpriv, su, GNU timeout, sha256sum)', () => {
  it('simulated: the job user`s command runs through the runuser stand-in and passes', async () => {
    const host = newHost();
    host.setSwitches({ macosTools: true });
    const ran = await runTart(host, { 'tart-mac-pass': tartJob('id -u; echo "HOME=$HOME"; exit 0') });
    expect(ran.run.jobs[0]).toMatchObject({ status: 'passed', message: 'test passed' });
    expect(ran.output).toContain('(user switch: runuser, timeout: unknown 60s)');
    expect(ran.output).toMatch(/^1000\nHOME=\/private\/tmp\/pikaci\/home\/pikaci$/m);
  }, 60_000);

  it('simulated: a failing command keeps its exit status through the stand-ins', async () => {
    const host = newHost();
    host.setSwitches({ macosTools: true });
    const ran = await runTart(host, { 'tart-mac-fail': tartJob('exit 9') });
    expect(ran.run.jobs[0]).toMatchObject({
      status: 'failed',
      exit_code: 9,
      message: 'test command exited with 9',
    });
  }, 60_000);

  it('simulated: the timeout stand-in ends a slow command: `timed out after <N>s`', async () => {
    const host = newHost();
    host.setSwitches({ macosTools: true });
    const ran = await runTart(host, { 'tart-mac-slow': tartJob('sleep 30 & sleep 30', { timeout_secs: 2 }) });
    expect(ran.run.jobs[0]).toMatchObject({
      status: 'failed',
      exit_code: 124,
      message: 'timed out after 2s',
    });
  }, 60_000);
});

describe('Tart backend: cancellation (simulated)', () => {
  it('simulated: SIGTERM to `pikaci run` mid-job stops and deletes the VM and ends tart run', async () => {
    const host = newHost();
    const repo = makeRepo(FILES).root;
    const scratch = tempDir('pikaci-tart-cancel-');
    const catalog = join(scratch, 'catalog.toml');
    writeFileSync(
      catalog,
      TOML.stringify({
        version: 1,
        targets: { 'tart-sleeper': { description: 'sleeps', jobs: ['tart-sleeper'] } },
        jobs: { 'tart-sleeper': { description: 'sleeps', ...tartJob('echo sleeper-started; sleep 60') } },
      } as TOML.JsonMap),
    );
    const cli = spawnCli(
      [
        'run',
        'tart-sleeper',
        '--catalog',
        catalog,
        '--state-root',
        join(scratch, 'state'),
        '--remote-work-dir',
        host.workDir,
        '--tart-ready-timeout',
        '20',
      ],
      { cwd: repo },
    );
    await waitFor(
      cli.output,
      (text) => text.includes('sleeper-started'),
      60_000,
      'the guest command to start',
    );
    cli.child.kill('SIGTERM');
    const result = await cli.done;
    expect(result.code).toBe(143);
    const runs = join(scratch, 'state', 'runs');
    const runId = readFileSync(
      join(scratch, 'state', 'runs', (await import('node:fs')).readdirSync(runs)[0]!, 'run.json'),
      'utf8',
    );
    const record = JSON.parse(runId) as RunRecord;
    expect(record.jobs[0]).toMatchObject({ status: 'failed', message: 'cancelled' });
    const vm = vmName(record.run_id, 'tart-sleeper');
    expect(normalise(tartSequence(host.invocations(), vm))).toEqual([
      ...PREAMBLE,
      RUN,
      'exec <vm> true',
      WRITE,
      RUNNER,
      'stop --timeout 30 <vm>',
      'delete <vm>',
    ]);
  }, 90_000);
});
