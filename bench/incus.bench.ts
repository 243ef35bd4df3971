/**
 * Incus through pikaci against the bare CLI, on the test environment's LXD and loopback sshd
 * (`ci/test-env.sh` must have run):
 * - a one-job target running `true` in a container via `runJobs` (snapshot, plan, records, image
 *   check, instance lifecycle, guest runner) vs the same `lxc` sequence in one shell script
 *   (init, config device add, start, exec, delete);
 * - the same job at remote_ssh placement over SSH to 127.0.0.1 vs local placement, with the SSH
 *   connection count of each remote run;
 * - snapshot sync of a 20,000-file tree over SSH, first upload and reuse.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestEnv, type TestEnv } from '../__tests__/support/test-env.js';
import { executionEnvironment } from '../src/hosts/index.js';
import { type JobSpec } from '../src/model/index.js';
import { syncSnapshot } from '../src/workspace/index.js';
import { runJobs } from '../src/run/index.js';
import { createSnapshot } from '../src/snapshot/index.js';
import { connectSsh, LocalTransport, SshTransport, type Transport } from '../src/transport/index.js';
import { report, time } from './stats.js';
import { incusJob, jobSpec } from '../__tests__/support/jobs.js';
import { makeRepo } from '../__tests__/support/repo.js';

const RUNS = 5;

const repo = (files: Record<string, string>): string => makeRepo(files, { message: 'bench' }).root;

function trueJob(placement: 'local' | 'remote_ssh'): JobSpec {
  return jobSpec(
    'true',
    incusJob('true', { description: 'true in a container', execution: { placement, runtime: 'incus' } }),
  );
}

function sshOptions(env: TestEnv) {
  return {
    host: env.ssh.host,
    port: env.ssh.port,
    user: env.ssh.user,
    privateKeyPath: env.ssh.privateKeyPath,
    knownHostsPath: env.ssh.knownHostsPath,
  };
}

function settings(env: TestEnv, workDir: string, onTransport?: (t: Transport) => void) {
  return executionEnvironment({
    ssh: sshOptions(env),
    incus: {
      cli: 'lxc',
      project: env.lxd.project,
      profiles: [env.lxd.profile],
      image: env.lxd.image,
      instance_type: 'container',
      storage_pool: env.lxd.storagePool,
    },
    remoteWorkDir: workDir,
    log: () => undefined,
    ...(onTransport ? { onTransport } : {}),
  });
}

export default async function incusBench(): Promise<void> {
  const env = loadTestEnv();
  const work = mkdtempSync(join(tmpdir(), 'pikaci-bench-incus-'));
  try {
    const source = repo({ 'README.md': 'bench\n', 'src/a.txt': 'a\n' });
    const stateRoot = join(work, 'state');
    const workDir = join(work, 'remote');
    const run = async (placement: 'local' | 'remote_ssh', onTransport?: (t: Transport) => void) => {
      const environment = settings(env, workDir, onTransport);
      const record = await runJobs({
        stateRoot,
        sourceRoot: source,
        jobs: [trueJob(placement)],
        targetId: 'true',
        targetDescription: 'true',
        includeLocalChanges: false,
        environment: environment,
      });
      if (record.status !== 'passed') throw new Error(`bench run failed: ${JSON.stringify(record.jobs)}`);
    };

    // The same sequence, bare: what a hand-written script would do for one job.
    const snapshot = join(work, 'bare-snapshot');
    mkdirSync(snapshot);
    writeFileSync(join(snapshot, 'README.md'), 'bench\n');
    const script = [
      'set -eu',
      `P="--project ${env.lxd.project}"`,
      'N=pikaci-bare$$',
      `lxc init $P --storage ${env.lxd.storagePool} --profile ${env.lxd.profile} --config limits.cpu=2 --config limits.memory=4096MiB ${env.lxd.image} "$N" >/dev/null 2>&1 </dev/null`,
      `lxc config device add $P "$N" snap disk path=/workspace/snapshot readonly=true source=${snapshot} shift=false >/dev/null`,
      'lxc start $P "$N"',
      'lxc exec $P "$N" -- true',
      'lxc delete $P --force "$N"',
    ].join('\n');
    const bare = () => execFileSync('bash', ['-c', script], { stdio: 'pipe' });

    await run('local'); // warm up: image cache, module loading
    bare();
    const bareTiming = await time(RUNS, bare);
    const localTiming = await time(RUNS, () => run('local'));
    report('pikaci runJobs, local × incus `true`', localTiming, bareTiming, 'bare lxc script');

    const counts: number[] = [];
    const remoteTiming = await time(RUNS, () =>
      run('remote_ssh', (t) => {
        if (t instanceof SshTransport) setImmediate(() => counts.push(t.connectionCount));
      }),
    );
    report(
      'pikaci runJobs, remote_ssh × incus `true` (ssh to 127.0.0.1)',
      remoteTiming,
      localTiming,
      'local × incus',
    );
    console.log(`SSH connections per remote run: ${counts.join(', ')}`);
    // What one remote command costs on this host, to read the ratio above: sshd runs every command
    // through the user's login shell, so shell start-up files (e.g. root's ~/.bashrc) are paid per exec.
    const probe = await connectSsh(sshOptions(env));
    try {
      const local = new LocalTransport();
      const sshExec = await time(10, () => probe.exec({ argv: ['true'] }));
      const localExec = await time(10, () => local.exec({ argv: ['true'] }));
      report('one `true` over the open SSH connection', sshExec, localExec, 'one local `true`');
    } finally {
      await probe.close();
    }

    // Snapshot sync of a 20,000-file tree over SSH.
    const files: Record<string, string> = {};
    for (let i = 0; i < 20_000; i++) files[`d${Math.floor(i / 500)}/f${i}.txt`] = `file ${i}\n`;
    const big = repo(files);
    const bigSnapshot = join(work, 'big-snapshot');
    await createSnapshot({
      sourceRoot: big,
      destDir: bigSnapshot,
      profile: 'full',
      includeLocalChanges: false,
    });
    const ssh = await connectSsh(sshOptions(env));
    try {
      const remoteDir = join(work, 'sync', 'snapshot');
      const first = await time(1, () =>
        syncSnapshot(ssh, { localDir: bigSnapshot, remoteDir, log: () => undefined }),
      );
      const reuse = await time(RUNS, () =>
        syncSnapshot(ssh, { localDir: bigSnapshot, remoteDir, log: () => undefined }),
      );
      const tarOnly = await time(1, () =>
        execFileSync('bash', [
          '-c',
          `mkdir -p ${work}/plain && tar -C ${bigSnapshot} -cf - . | tar -C ${work}/plain -xf -`,
        ]),
      );
      console.log(
        `snapshot sync of 20,000 files over SSH: first ${first.medianMs.toFixed(0)} ms, reused ${reuse.medianMs.toFixed(1)} ms median (n=${RUNS}); local tar|tar of the same tree ${tarOnly.medianMs.toFixed(0)} ms; SSH connections ${ssh.connectionCount}`,
      );
    } finally {
      await ssh.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
