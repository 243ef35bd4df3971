/**
 * remote_ssh × Incus (and × host_process) through the real sshd on 127.0.0.1 and the real LXD
 * daemon, driven through `runJobs` with the hosts' execution environment: one SSH connection per
 * run, unreachable host, wrong host key, connection dropped mid-run, a bad guest request, and a
 * snapshot synced once and reused.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/index.js';
import { buildGuestRequest, GUEST_PATHS, guestRunnerScript } from '../../src/guest/index.js';
import { executionEnvironment, type HostSettings } from '../../src/hosts/index.js';
import {
  IncusHostConfigSchema,
  incusArgv,
  instanceName,
  launchArgv,
} from '../../src/backends/incus/index.js';
import type { JobSpec } from '../../src/model/index.js';
import type { RunRecord } from '../../src/records/index.js';
import { capture } from '../../src/transport/index.js';
import { runJobs } from '../../src/run/index.js';
import { connectSsh, SshTransport, type Transport } from '../../src/transport/index.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';
import { waitFor } from '../support/cli.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { CATALOG, HELLO_FILES, incusSettings, instancesOfRuns, sshSettings } from './support.js';

let env: TestEnv;
let jobsOf: (target: string) => JobSpec[];
const stateRoots: string[] = [];

beforeAll(async () => {
  env = loadTestEnv();
  const catalog = await loadCatalog(CATALOG);
  jobsOf = (target) => [...catalog.targets.get(target)!.jobs];
});
afterEach(async () => {
  expect(await instancesOfRuns(env, stateRoots)).toEqual([]);
});

interface Started {
  run: Promise<RunRecord>;
  transports: Transport[];
  output: () => string;
  runId: () => string;
  stateRoot: string;
  workDir: string;
  repo: string;
}

function start(
  target: string,
  overrides: Partial<HostSettings> = {},
  repo = makeRepo(HELLO_FILES).root,
): Started {
  const scratch = tempDir('pikaci-incus-ssh-');
  const stateRoot = join(scratch, 'state');
  stateRoots.push(stateRoot);
  const workDir = join(scratch, 'remote');
  const transports: Transport[] = [];
  let output = '';
  let runId = '';
  const environment = executionEnvironment({
    ssh: sshSettings(env),
    incus: incusSettings(env),
    remoteWorkDir: workDir,
    onTransport: (t) => transports.push(t),
    log: (line) => (output += `${line}\n`),
    ...overrides,
  });
  const run = runJobs({
    stateRoot,
    sourceRoot: repo,
    jobs: jobsOf(target),
    targetId: target,
    targetDescription: target,
    includeLocalChanges: false,
    environment: environment,
    reporter: {
      event: (event) => {
        if (event.event === 'run_started') runId = event.run_id;
      },
      jobOutput: ({ chunk }) => (output += chunk.toString()),
    },
  });
  return { run, transports, output: () => output, runId: () => runId, stateRoot, workDir, repo };
}

function sshOf(transports: Transport[]): SshTransport {
  const ssh = transports.filter((t): t is SshTransport => t instanceof SshTransport);
  expect(ssh).toHaveLength(1);
  return ssh[0]!;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The sshd session process serving `lxc exec <instance>`: walk up from the lxc process. */
function sshdServing(instance: string): number {
  // The lxc client itself, `lxc exec --project <p> <instance> -- …`; the remote shell's own argv
  // carries these words quoted, so it does not match.
  const pids = execFileSync('pgrep', ['-f', `${instance} -- `])
    .toString()
    .trim()
    .split('\n');
  for (const start of pids) {
    let pid = Number(start);
    while (pid > 1) {
      const comm = execFileSync('ps', ['-o', 'comm=', '-p', String(pid)])
        .toString()
        .trim();
      const args = execFileSync('ps', ['-o', 'args=', '-p', String(pid)])
        .toString()
        .trim();
      if (comm === 'sshd' && args.startsWith('sshd: ')) return pid;
      pid = Number(
        execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)])
          .toString()
          .trim(),
      );
    }
  }
  throw new Error(`no sshd session serves \`lxc exec ${instance}\``);
}

describe('remote_ssh × Incus over the real sshd', () => {
  it.each([false, true])(
    'passes with exactly one SSH connection for the run (sudo %s)',
    async (sudo) => {
      const s = start('incus-remote', { incus: incusSettings(env, sudo) });
      const run = await s.run;
      expect(run.jobs[0]).toMatchObject({ status: 'passed', exit_code: 0 });
      expect(s.output()).toContain('incus-remote-ran');
      expect(sshOf(s.transports).connectionCount).toBe(1);
    },
    120_000,
  );

  it('fails clearly within the connect timeout when the host is unreachable', async () => {
    const port = await closedPort();
    const started = Date.now();
    const s = start('incus-remote', { ssh: { ...sshSettings(env), port, connectTimeoutMs: 3000 } });
    const run = await s.run;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.status).toBe('failed');
    expect(run.jobs[0]!.message).toContain(`cannot connect to root@127.0.0.1:${port}`);
    expect(run.jobs[0]!.message).toMatch(/ECONNREFUSED|refused/);
    expect(existsSync(s.workDir)).toBe(false);
  }, 60_000);

  it('refuses a host whose key does not match known_hosts: nothing runs, no instance', async () => {
    const dir = tempDir('pikaci-wrong-key-');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'other')]);
    const otherKey = readFileSync(join(dir, 'other.pub'), 'utf8').split(' ').slice(0, 2).join(' ');
    writeFileSync(join(dir, 'known_hosts'), `[127.0.0.1]:${env.ssh.port} ${otherKey}\n`);
    const s = start('incus-remote', {
      ssh: { ...sshSettings(env), knownHostsPath: join(dir, 'known_hosts') },
    });
    const run = await s.run;
    expect(run.status).toBe('failed');
    expect(run.jobs[0]!.message).toMatch(/host key/i);
    expect(run.jobs[0]!.message).toContain('127.0.0.1');
    // The first remote command would create the work dir: it does not exist.
    expect(existsSync(s.workDir)).toBe(false);
  }, 60_000);

  it('a dropped connection fails the job as an infrastructure error; the instance is deleted after a re-dial', async () => {
    const s = start('incus-remote-sleeper');
    await waitFor(s.output, (t) => t.includes('sleeper-started'), 60_000, 'the guest to start');
    const instance = instanceName(s.runId(), 'incus-remote-sleeper');
    try {
      process.kill(sshdServing(instance), 'SIGKILL');
    } catch (error) {
      await execa(env.lxd.cli, ['delete', '--force', instance, '--project', env.lxd.project], {
        stdin: 'ignore',
      });
      await s.run;
      throw error;
    }
    const run = await s.run;
    expect(run.jobs[0]!.status).toBe('failed');
    expect(run.jobs[0]!.message).toContain('infrastructure error: lost the connection to root@127.0.0.1');
    const ssh = sshOf(s.transports);
    expect(ssh.connectionCount).toBe(2);
    expect(s.output()).toMatch(/was lost; dialing again/);
    const hostLog = readFileSync(run.jobs[0]!.host_log_path, 'utf8');
    expect(hostLog).toContain(`deleted Incus instance ${instance}`);
  }, 120_000);
});

describe('Incus guest runner over SSH: a bad request', () => {
  it('is a bootstrap failure: exit 2 and result.json says why', async () => {
    const config = IncusHostConfigSchema.parse({ ...incusSettings(env), limits: {} });
    const transport = await connectSsh(sshSettings(env));
    const instance = `pikaci-badreq${process.pid.toString(16)}`;
    const job = jobsOf('incus-remote')[0]!;
    try {
      const ok = async (argv: string[]) => {
        const result = await capture(transport, argv);
        expect({ argv, ...result }).toMatchObject({ exitCode: 0 });
        return result.stdout;
      };
      await ok(launchArgv(config, instance, 'bad-request-test', job.id));
      const request = buildGuestRequest(job);
      const bad = request.json.replace('"schema_version": 2', '"schema_version": 3');
      expect(bad).not.toBe(request.json);
      const script = `mkdir -p ${GUEST_PATHS.runtimeStateDir} && printf '%s' "$1" > ${GUEST_PATHS.request} && printf '%s' "$2" > /tmp/runner && chmod 755 /tmp/runner`;
      await ok(
        incusArgv(config, ['exec'], instance, '--', 'sh', '-c', script, 'sh', bad, guestRunnerScript()),
      );
      const run = await capture(
        transport,
        incusArgv(config, ['exec'], instance, '--', '/tmp/runner', GUEST_PATHS.request),
      );
      expect(run.exitCode).toBe(2);
      const result = JSON.parse(
        await ok(
          incusArgv(config, ['exec'], instance, '--', 'cat', `${GUEST_PATHS.runtimeStateDir}/result.json`),
        ),
      );
      expect(result).toMatchObject({
        exit_code: 2,
        message: 'Incus guest bootstrap failed: unsupported Incus guest request schema_version=3',
      });
    } finally {
      await capture(transport, incusArgv(config, ['delete'], '--force', instance));
      await transport.close();
    }
    await execa(env.lxd.cli, ['info', instance, '--project', env.lxd.project]).then(
      () => {
        throw new Error(`${instance} still exists`);
      },
      () => undefined,
    );
  }, 90_000);
});

describe('remote_ssh × host_process over the real sshd', () => {
  it('syncs the snapshot once per content hash and reuses it across jobs and runs', async () => {
    const first = start('host-remote');
    const run = await first.run;
    expect(run.jobs.map((j) => j.status)).toEqual(['passed', 'passed']);
    expect(first.output()).toContain('hello from the snapshot');
    expect(first.output()).toContain('host-remote-b-ran');
    expect(sshOf(first.transports).connectionCount).toBe(1);
    const logA = readFileSync(run.jobs[0]!.host_log_path, 'utf8');
    const logB = readFileSync(run.jobs[1]!.host_log_path, 'utf8');
    expect(logA).toContain('[pikaci] sync snapshot');
    expect(logB).not.toContain('[pikaci] sync snapshot');
    expect(logB).toMatch(
      /remote snapshot already available at .*\/snapshots\/[0-9a-f]+\/snapshot \(content hash/,
    );
    // Job b printed its working directory: the published snapshot on the host.
    expect(first.output()).toMatch(new RegExp(`${first.workDir}/snapshots/[0-9a-f]+/snapshot\\n`));

    // A second run of the same tree, same work dir: the same content hash, so no upload at all.
    const second = start('host-remote', { remoteWorkDir: first.workDir }, first.repo);
    const again = await second.run;
    expect(again.jobs.map((j) => j.status)).toEqual(['passed', 'passed']);
    for (const job of again.jobs) {
      expect(readFileSync(job.host_log_path, 'utf8')).toContain('remote snapshot already available');
    }
  }, 120_000);
});
