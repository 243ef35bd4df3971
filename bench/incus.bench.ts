/**
 * Incus through pikaci against the bare CLI, on the test environment's LXD and loopback sshd
 * (`ci/test-env.sh` must have run), measured as a user would: whole `pikaci run` processes of a
 * bundle built from the current source (or `PIKACI_BENCH_CLI=<dist/cli/index.js>`), interleaved
 * with their baselines in the same run (and with `PIKACI_BENCH_BASELINE_CLI=<dist/cli/index.js>`,
 * another build's, e.g. main's, for before/after figures under the same load):
 * - one Incus `true` job in a container at local placement vs the bare `lxc` sequence in one shell
 *   script (init, config device add, start, exec, read result, delete); and the backend alone
 *   (`runIncusJob` in process) against the same script;
 * - the same job at remote_ssh placement over SSH to 127.0.0.1 vs local placement, through the test
 *   environment's sshd (root's login shell runs a slow `~/.bashrc` for every exec channel) and through
 *   a second sshd started here whose shell finds no `~/.bashrc` (a plain host);
 * - one `true` over an open SSH connection vs a local one: what each SSH exec channel costs here;
 * - snapshot sync of a 20,000-file tree over SSH, first upload and reuse.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTestEnv, type TestEnv } from '../__tests__/support/test-env.js';
import { syncSnapshot } from '../src/workspace/index.js';
import { createSnapshot } from '../src/snapshot/index.js';
import { connectSsh, LocalTransport } from '../src/transport/index.js';
import { benchNode, report, time, timeInterleaved } from './stats.js';
import { makeRepo } from '../__tests__/support/repo.js';
import { incusJob, jobSpec } from '../__tests__/support/jobs.js';
import { jobContext, lxdConfig, snapshotFixture } from '../__tests__/incus/support.js';
import { runIncusJob } from '../src/backends/incus/index.js';
import { hostFlags } from '../__tests__/incus-ssh/support.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 7;

const catalog = (placement: string) => `
[targets.true-${placement}]
description = "true in a container"
jobs = ["true-${placement}"]

[jobs.true-${placement}]
description = "true"
timeout_secs = 60
execution = { placement = "${placement}", runtime = "incus" }
runtime_config = { kind = "incus" }
guest_command = { kind = "shell_command", command = "true" }
`;

function sshOptions(env: TestEnv) {
  return {
    host: env.ssh.host,
    port: env.ssh.port,
    user: env.ssh.user,
    privateKeyPath: env.ssh.privateKeyPath,
    knownHostsPath: env.ssh.knownHostsPath,
  };
}

/**
 * A second sshd for the "plain host" row: the test environment's config and keys on a free port, with
 * `HOME` set to an empty directory, so root's login shell finds no `~/.bashrc` to run. Stopped by its
 * pid when the rows are measured.
 */
async function startPlainSshd(
  env: TestEnv,
  dir: string,
): Promise<{ port: number; knownHosts: string; stop: () => void }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  mkdirSync(join(dir, 'home'), { recursive: true });
  const base = readFileSync(join(dirname(env.ssh.privateKeyPath), 'sshd_config'), 'utf8')
    .split('\n')
    .filter((line) => !/^(Port|PidFile)\b/.test(line));
  const pidFile = join(dir, 'sshd.pid');
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [...base, `Port ${port}`, `PidFile ${pidFile}`, `SetEnv HOME=${join(dir, 'home')}`, ''].join('\n'),
  );
  const knownHosts = join(dir, 'known_hosts');
  writeFileSync(knownHosts, `[127.0.0.1]:${port} ${env.ssh.hostPublicKey}\n`);
  execFileSync('/usr/sbin/sshd', ['-f', config, '-E', join(dir, 'sshd.log')]);
  for (let i = 0; i < 50 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return { port, knownHosts, stop: () => process.kill(pid, 'SIGTERM') };
}

export default async function incusBench(): Promise<void> {
  const env = loadTestEnv();
  const work = mkdtempSync(join(tmpdir(), 'pikaci-bench-incus-'));
  let plain: Awaited<ReturnType<typeof startPlainSshd>> | undefined;
  try {
    let cli = process.env.PIKACI_BENCH_CLI;
    if (!cli) {
      execFileSync('node', [join(ROOT, 'scripts/build-dist.mjs'), join(work, 'dist')], {
        cwd: ROOT,
        stdio: 'ignore',
      });
      cli = join(work, 'dist/cli/index.js');
    }
    if (!existsSync(cli)) throw new Error(`no CLI bundle at ${cli}`);
    const source = makeRepo(
      {
        'catalog.toml': `version = 1\n${catalog('local')}${catalog('remote_ssh')}`,
        'README.md': 'bench\n',
        'src/a.txt': 'a\n',
      },
      { dir: join(work, 'repo'), message: 'bench' },
    ).root;
    const stateRoot = join(work, 'state');
    const flags = hostFlags(env, join(work, 'remote'));
    plain = await startPlainSshd(env, join(work, 'plain-sshd'));
    const pikaciRun =
      (
        placement: 'local' | 'remote_ssh',
        extra: readonly string[] = [],
        bundle: string = cli,
        runtime: string = 'node',
      ) =>
      () =>
        execFileSync(
          runtime,
          [
            bundle,
            'run',
            '--catalog',
            'catalog.toml',
            `true-${placement}`,
            '--state-root',
            stateRoot,
            ...flags,
            ...extra,
          ],
          { cwd: source, stdio: 'ignore' },
        );
    const plainFlags = ['--ssh-port', String(plain.port), '--ssh-known-hosts', plain.knownHosts];

    // The same sequence, bare: what a hand-written script would do for one job.
    const snapshot = join(work, 'bare-snapshot');
    mkdirSync(snapshot);
    writeFileSync(join(snapshot, 'README.md'), 'bench\n');
    const script = [
      'set -eu',
      `P="--project ${env.lxd.project}"`,
      'N=pikaci-bare$$',
      `lxc init $P --storage ${env.lxd.storagePool} --profile ${env.lxd.profile} ${env.lxd.image} "$N" >/dev/null 2>&1 </dev/null`,
      `lxc config device add $P "$N" snap disk path=/workspace/snapshot readonly=true source=${snapshot} shift=false >/dev/null`,
      'lxc start $P "$N"',
      'lxc exec $P "$N" -- true',
      'lxc exec $P "$N" -- cat /etc/passwd >/dev/null',
      'lxc delete $P --force "$N"',
    ].join('\n');
    const bare = () => execFileSync('bash', ['-c', script], { stdio: 'pipe' });

    // Warm up: image cache, the remote snapshot of this content hash, page cache.
    pikaciRun('local')();
    pikaciRun('remote_ssh')();
    pikaciRun('remote_ssh', plainFlags)();
    bare();
    // The same on the Node the action runs on (its compile cache on, warmed here).
    const actionNode = benchNode(ROOT);
    pikaciRun('local', [], cli, actionNode)();
    const [local, bareTiming, remote, remotePlain, localActionNode] = await timeInterleaved(RUNS, [
      pikaciRun('local'),
      bare,
      pikaciRun('remote_ssh'),
      pikaciRun('remote_ssh', plainFlags),
      pikaciRun('local', [], cli, actionNode),
    ]);
    report('pikaci run, local × incus `true` (whole process)', local!, bareTiming!, 'bare lxc script');
    report(
      `pikaci run, local × incus \`true\` (whole process, node ${execFileSync(actionNode, ['--version']).toString().trim()})`,
      localActionNode!,
      bareTiming!,
      'bare lxc script',
    );
    // Another build of the CLI (e.g. main's), measured interleaved with this one: before and after
    // under the same load.
    const baseline = process.env.PIKACI_BENCH_BASELINE_CLI;
    if (baseline) {
      pikaciRun('remote_ssh', [], baseline)();
      const rows = await timeInterleaved(RUNS, [
        pikaciRun('local', [], baseline),
        pikaciRun('local'),
        pikaciRun('remote_ssh', [], baseline),
        pikaciRun('remote_ssh'),
        pikaciRun('remote_ssh', plainFlags, baseline),
        pikaciRun('remote_ssh', plainFlags),
      ]);
      const [baseLocal, thisLocal, baseSlow, thisSlow, basePlain, thisPlain] = rows;
      for (const [what, base, current] of [
        ['local', baseLocal, thisLocal],
        ['remote_ssh, slow login shell', baseSlow, thisSlow],
        ['remote_ssh, plain login shell', basePlain, thisPlain],
      ] as const) {
        report(`pikaci run, ${what}: this build`, current!, base!, 'baseline build');
      }
      report('baseline build: remote_ssh (slow shell)', baseSlow!, baseLocal!, 'its local');
      report('this build: remote_ssh (slow shell)', thisSlow!, thisLocal!, 'its local');
      report('baseline build: remote_ssh (plain shell)', basePlain!, baseLocal!, 'its local');
      report('this build: remote_ssh (plain shell)', thisPlain!, thisLocal!, 'its local');
    }
    plain.stop();
    plain = undefined;
    // The backend alone, in process (no Node start, snapshot or records): what the Incus code adds.
    const fixture = await snapshotFixture();
    const config = lxdConfig(env);
    const transport = new LocalTransport();
    const backendOnly = async () => {
      const outcome = await runIncusJob(jobContext(fixture, jobSpec('true', incusJob('true')), transport), {
        config,
      });
      if (outcome.status !== 'passed') throw new Error(`bench job failed: ${outcome.message}`);
    };
    await backendOnly();
    const [backend, bareAgain] = await timeInterleaved(RUNS, [backendOnly, bare]);
    report('runIncusJob, local × incus `true` (in process)', backend!, bareAgain!, 'bare lxc script');
    rmSync(fixture.dir, { recursive: true, force: true });
    report(
      'pikaci run, remote_ssh × incus `true` (ssh to 127.0.0.1, slow login shell, whole process)',
      remote!,
      local!,
      'local × incus',
    );
    report(
      'pikaci run, remote_ssh × incus `true` (ssh to 127.0.0.1, plain login shell, whole process)',
      remotePlain!,
      local!,
      'local × incus',
    );

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
    const big = makeRepo(files, { message: 'bench' }).root;
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
    plain?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
