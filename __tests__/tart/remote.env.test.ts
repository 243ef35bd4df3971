/**
 * remote_ssh × Tart: the simulated `tart` (support/tart.ts) on a "Mac" reached through the real sshd
 * on 127.0.0.1 (`loadTestEnv()`, .test-env/env.json). The backend's host commands find the stand-in
 * in the work dir's `bin/`, which it puts first on PATH over SSH as it does locally.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vmName } from '../../src/backends/tart/index.js';
import { executionEnvironment } from '../../src/hosts/index.js';
import type { RunRecord } from '../../src/records/index.js';
import { runJobs } from '../../src/run/index.js';
import { SshTransport, type Transport } from '../../src/transport/index.js';
import { waitFor } from '../support/cli.js';
import { jobSpec, type JobFields } from '../support/jobs.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { STANDIN, simulatedTartHost, tartSequence, type SimulatedTartHost } from '../support/tart.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';
import { sshSettings } from '../incus-ssh/support.js';

let env: TestEnv;
let hosts: SimulatedTartHost[] = [];
beforeAll(() => {
  env = loadTestEnv();
});
afterEach(() => {
  for (const host of hosts) {
    expect(host.vms()).toEqual(['sequoia-base']);
    expect(host.runProcesses()).toEqual([]);
  }
  hosts = [];
});

function remoteTartJob(command: string, fields: JobFields = {}): JobFields {
  return {
    timeout_secs: 60,
    execution: { placement: 'remote_ssh', runtime: 'tart' },
    runtime_config: { kind: 'tart' },
    guest_command: { kind: 'shell_command', command },
    ...fields,
  };
}

interface Started {
  run: Promise<RunRecord>;
  output: () => string;
  runId: () => string;
  transports: Transport[];
}

function start(host: SimulatedTartHost, jobId: string, command: string): Started {
  const scratch = tempDir('pikaci-tart-ssh-');
  let output = '';
  let runId = '';
  const transports: Transport[] = [];
  const environment = executionEnvironment({
    ssh: sshSettings(env),
    remoteWorkDir: host.workDir,
    tart: { readiness_timeout_secs: 20, host_grace_secs: 2, stop_timeout_secs: 5 },
    onTransport: (t) => transports.push(t),
    log: (line) => (output += `${line}\n`),
  });
  const run = runJobs({
    stateRoot: join(scratch, 'state'),
    sourceRoot: makeRepo({ 'hello.txt': 'hello from the snapshot\n' }).root,
    jobs: [jobSpec(jobId, remoteTartJob(command))],
    targetId: jobId,
    targetDescription: jobId,
    includeLocalChanges: false,
    environment,
    reporter: {
      event: (event) => {
        if (event.event === 'run_started') runId = event.run_id;
      },
      jobOutput: ({ chunk }) => (output += chunk.toString()),
    },
  });
  return { run, output: () => output, runId: () => runId, transports };
}

/** The sshd session process serving the stand-in's `tart exec <vm> …` of the guest runner. */
function sshdServing(vm: string): number {
  const pids = execFileSync('pgrep', ['-f', `${STANDIN} exec ${vm} sudo`])
    .toString()
    .trim()
    .split('\n');
  for (const first of pids) {
    let pid = Number(first);
    while (pid > 1) {
      const [ppid, comm, ...args] = execFileSync('ps', ['-o', 'ppid=,comm=,args=', '-p', String(pid)])
        .toString()
        .trim()
        .split(/\s+/);
      if (comm === 'sshd' && args.join(' ').startsWith('sshd: ')) return pid;
      pid = Number(ppid);
    }
  }
  throw new Error(`no sshd session serves the runner of ${vm}`);
}

describe('remote_ssh × Tart over the real sshd (simulated tart)', () => {
  it('simulated: a job on a remote Mac runs through one SSH connection, the same command sequence as locally', async () => {
    const host = simulatedTartHost();
    hosts.push(host);
    const s = start(host, 'tart-remote', 'cat hello.txt; pwd');
    const run = await s.run;
    expect(run.jobs[0]).toMatchObject({ status: 'passed', exit_code: 0, message: 'test passed' });
    expect(s.output()).toContain('hello from the snapshot\n/Volumes/My Shared Files/workspace');
    const ssh = s.transports.filter((t): t is SshTransport => t instanceof SshTransport);
    expect(ssh).toHaveLength(1);
    expect(ssh[0]!.connectionCount).toBe(1);
    const vm = vmName(s.runId(), 'tart-remote');
    const sequence = tartSequence(host.invocations(), vm);
    expect(sequence.map((line) => line.replace(/--dir=(\w+):\S+/g, '--dir=$1:<dir>'))).toEqual([
      '--version',
      'delete <vm>',
      'clone sequoia-base <vm>',
      'run --no-graphics --no-audio --dir=workspace:<dir> --dir=artifacts:<dir> <vm>',
      'exec <vm> true',
      expect.stringMatching(/^exec -i <vm> sudo -n sh -c <script> sh \d+ \d+$/),
      expect.stringMatching(
        /^exec <vm> sudo -n env PATH=\S+ PIKACI_GUEST_ROOT=\/private\/tmp\/pikaci sh \/private\/tmp\/pikaci\/run\/pikaci\/pikaci-incus-run /,
      ),
      expect.stringMatching(/^exec <vm> sh -c cd /),
      'stop --timeout 5 <vm>',
      'delete <vm>',
    ]);
    // The shares are the remote layout's: the published snapshot and the job's dirs under W.
    expect(sequence[3]).toContain(`--dir=workspace:${host.workDir}/snapshots/`);
    expect(sequence[3]).toContain(
      `--dir=artifacts:${host.workDir}/runs/${s.runId()}/jobs/tart-remote/artifacts`,
    );
  }, 120_000);

  it('simulated: a connection dropped mid-job fails it as an infrastructure error; the VM is still stopped and deleted', async () => {
    const host = simulatedTartHost();
    hosts.push(host);
    const s = start(host, 'tart-dropped', 'echo sleeper-started; sleep 60');
    await waitFor(s.output, (text) => text.includes('sleeper-started'), 60_000, 'the guest command to start');
    const vm = vmName(s.runId(), 'tart-dropped');
    process.kill(sshdServing(vm), 'SIGKILL');
    const run = await s.run;
    expect(run.jobs[0]!.status).toBe('failed');
    expect(run.jobs[0]!.message).toContain('infrastructure error: lost the connection to root@127.0.0.1');
    const ssh = s.transports.filter((t): t is SshTransport => t instanceof SshTransport);
    expect(ssh[0]!.connectionCount).toBe(2);
    const hostLog = readFileSync(run.jobs[0]!.host_log_path, 'utf8');
    expect(hostLog).toContain(`[pikaci] deleted Tart VM ${vm}`);
    expect(tartSequence(host.invocations(), vm).slice(-2)).toEqual(['stop --timeout 5 <vm>', 'delete <vm>']);
  }, 120_000);

  it('simulated: three concurrent jobs on one Mac: two run, the third waits for a VM slot instead of failing', async () => {
    const host = simulatedTartHost();
    hosts.push(host);
    const started = ['a', 'b', 'c'].map((id) => start(host, `tart-slot-${id}`, 'echo running; sleep 4'));
    const runs = await Promise.all(started.map((s) => s.run));
    expect(runs.map((r) => r.jobs[0]!.status)).toEqual(['passed', 'passed', 'passed']);
    const logs = runs.map((r) => readFileSync(r.jobs[0]!.host_log_path, 'utf8'));
    const waited = logs.filter((log) =>
      /all 2 Tart VM slots on root@127\.0\.0\.1:\d+ are taken \(run .* job tart-slot-/.test(log),
    );
    expect(waited).toHaveLength(1);
    expect(waited[0]).toMatch(/holding Tart VM slot [01] on root@127\.0\.0\.1:\d+ after waiting \d+\.\ds/);
    // Apple's limit was never hit: no `tart run` failed.
    for (const log of logs) expect(log).not.toContain('exceeds the system limit');
  }, 180_000);
});
