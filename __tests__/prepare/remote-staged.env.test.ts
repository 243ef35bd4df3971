/**
 * Staged payloads built where their jobs run, with real parts: `remote_ssh × incus` jobs through the
 * real sshd on 127.0.0.1 (the "remote" host is this machine with its own work dir), real Nix building
 * the test flake (which imports nix/ci/linux-rust.nix, the payload contract) and real LXD containers
 * mounting the payloads. Every derivation carries a nonce, so each test run really builds.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instanceName } from '../../src/backends/incus/index.js';
import { executionEnvironment, type HostSettings } from '../../src/hosts/index.js';
import { JobSpecSchema, type JobSpec } from '../../src/model/index.js';
import { nixPrepareHandlers } from '../../src/prepare/index.js';
import { reuseMarkerBase } from '../../src/prepare/reuse.js';
import { connectSsh } from '../../src/transport/index.js';
import {
  jobPaths,
  PreparedOutputsRecordSchema,
  RunPlanRecordSchema,
  type PreparedOutputsRecord,
  type RunRecord,
} from '../../src/records/index.js';
import { runJobs, type NixBuildNode } from '../../src/run/index.js';
import { readSnapshotMetadata } from '../../src/snapshot/index.js';
import { runCli, waitFor } from '../support/cli.js';
import { pidsMatching, sleepMarker, sleepPids } from '../support/processes.js';
import { makeRepo, removeTempDirs, tempDir } from '../support/repo.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';
import { incusSettings, instancesOfRuns, sshSettings } from '../incus-ssh/support.js';
import { ROOT } from '../support/cli.js';

const NONCE = `${process.pid}-${Date.now()}`;
/** The builder of `slowDeps` sleeps this long: unique, so its process is found (and killed) by it. */
const SLEEP_MARKER = sleepMarker(900);

const FLAKE = `{
  outputs = { self }: let
    staged = import ./nix/ci/linux-rust.nix { };
    env = { nonce = builtins.readFile ./nonce.txt; };
    core = staged.target {
      name = "pikaci-it-core";
      inherit env;
      deps = "echo deps-from-nix > deps.txt";
      build = ''
        printf '#!/bin/sh\\ncat /staged/linux-rust/workspace-deps/deps.txt\\ncat hello.txt\\necho alpha-done\\n' > bin/run-alpha
        printf '#!/bin/sh\\ncat /staged/linux-rust/workspace-deps/deps.txt\\necho beta-done\\n' > bin/run-beta
        printf '#!/bin/sh\\necho failing-wrapper >&2\\nexit 7\\n' > bin/run-fails
        chmod +x bin/*
      '';
    };
    raw = name: script: derivation (env // {
      inherit name;
      system = "x86_64-linux";
      builder = "/bin/sh";
      PATH = "/usr/bin:/bin";
      args = [ "-c" script ];
    });
  in {
    ci.x86_64-linux.workspaceDeps = core.workspaceDeps;
    ci.x86_64-linux.workspaceBuild = core.workspaceBuild;
    ci.x86_64-linux.brokenDeps = raw "pikaci-it-broken" "echo the-compiler-said-no >&2; exit 3";
    ci.x86_64-linux.escapeDeps = raw "pikaci-it-escape" ''
      mkdir -p $out/share/pikaci
      ln -s /etc $out/escape
      echo '{"kind":"staged_linux_workspace_deps_v1","mounts":[{"guest_path":"/staged/linux-rust/workspace-deps","name":"workspace_deps_root","read_only":true,"relative_path":"escape"}],"schema_version":1}' > $out/share/pikaci/payload-manifest.json
    '';
    ci.x86_64-linux.outsideStore = raw "pikaci-it-outside" "ln -s /tmp $out";
    ci.x86_64-linux.slowDeps = raw "pikaci-it-slow" "sleep ${SLEEP_MARKER}; mkdir $out";
  };
}
`;

let env: TestEnv;
let repo: string;
const stateRoots: string[] = [];

beforeAll(() => {
  env = loadTestEnv();
  repo = makeRepo({
    'flake.nix': FLAKE,
    'flake.lock': '{"nodes":{"root":{}},"root":"root","version":7}\n',
    'nix/ci/linux-rust.nix': readFileSync(join(ROOT, 'nix/ci/linux-rust.nix'), 'utf8'),
    'nonce.txt': NONCE,
    'hello.txt': 'hello from the staged snapshot\n',
  }).root;
});
afterEach(async () => {
  expect(await instancesOfRuns(env, stateRoots)).toEqual([]);
});
afterAll(() => {
  removeTempDirs();
});

function stagedJob(
  id: string,
  options: {
    prefix?: string;
    deps?: string;
    build?: string;
    wrapper?: string;
    placement?: 'local' | 'remote_ssh';
  } = {},
): JobSpec {
  return JobSpecSchema.parse({
    id,
    description: `staged ${id}`,
    timeout_secs: 120,
    execution: { placement: options.placement ?? 'remote_ssh', runtime: 'incus' },
    runtime_config: {
      kind: 'incus',
      staged_linux_command: {
        snapshot_profile: 'rust',
        prepare_node_prefix: options.prefix ?? 'it-core-linux-rust',
        prepare_description: 'integration staged lane',
        payload_specs: [
          {
            role: 'workspace_deps',
            output_name: `ci.x86_64-linux.${options.deps ?? 'workspaceDeps'}`,
            nix_installable: '.#unused',
          },
          {
            role: 'workspace_build',
            output_name: `ci.x86_64-linux.${options.build ?? 'workspaceBuild'}`,
            nix_installable: '.#unused',
          },
        ],
        execute_wrapper_command: `/staged/linux-rust/workspace-build/bin/${options.wrapper ?? `run-${id}`}`,
        workspace_output_system: 'x86_64-linux',
      },
    },
    guest_command: { kind: 'shell_command', command: 'ignored' },
  });
}

interface Started {
  run: Promise<RunRecord>;
  stateRoot: string;
  runId: () => string;
  hostLog: (jobId: string) => string;
}

/** The remote work dir every run of this file shares: the "remote" host's W. */
let sharedWorkDir: string | undefined;
function workDir(): string {
  sharedWorkDir ??= join(tempDir('pikaci-remote-staged-w-'), 'w');
  return sharedWorkDir;
}

function start(jobs: JobSpec[], overrides: Partial<HostSettings> = {}, signal?: AbortSignal): Started {
  const stateRoot = join(tempDir('pikaci-remote-staged-'), 'state');
  stateRoots.push(stateRoot);
  let runId = '';
  const run = runJobs({
    stateRoot,
    sourceRoot: repo,
    jobs,
    targetId: 'it-staged',
    targetDescription: 'integration staged target',
    includeLocalChanges: false,
    prepare: nixPrepareHandlers({ nix: env.nix.bin, args: env.nix.buildArgs }),
    ...(signal ? { signal } : {}),
    environment: executionEnvironment({
      ssh: sshSettings(env),
      incus: incusSettings(env),
      remoteWorkDir: workDir(),
      log: () => undefined,
      ...overrides,
    }),
    reporter: {
      event: (event) => {
        if (event.event === 'run_started') runId = event.run_id;
      },
    },
  });
  const hostLog = (jobId: string): string => {
    const path = jobPaths(join(stateRoot, 'runs', runId), jobId).hostLog;
    return runId !== '' && existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  return { run, stateRoot, runId: () => runId, hostLog };
}

function prepared(run: RunRecord): PreparedOutputsRecord {
  return PreparedOutputsRecordSchema.parse(JSON.parse(readFileSync(run.prepared_outputs_path!, 'utf8')));
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

const HOST = () => `root@127.0.0.1:${env.ssh.port}`;

describe('staged payloads built on the remote host (remote_ssh × incus, real Nix, real LXD)', () => {
  let first: RunRecord;

  it('builds each shared payload once on the host, mounts both, runs both wrappers, records it all', async () => {
    const s = start([stagedJob('alpha'), stagedJob('beta')]);
    first = await s.run;
    // Parallel jobs are recorded as they finish.
    const byId = [...first.jobs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId.map((j) => [j.id, j.status, j.message])).toEqual([
      ['alpha', 'passed', 'test passed'],
      ['beta', 'passed', 'test passed'],
    ]);
    const alphaLog = s.hostLog('alpha');
    expect(alphaLog).toContain('[runner:stdout] deps-from-nix');
    expect(alphaLog).toContain('[runner:stdout] hello from the staged snapshot');
    expect(alphaLog).toContain('[runner:stdout] alpha-done');
    expect(s.hostLog('beta')).toContain('[runner:stdout] beta-done');
    // Each node ran once, on the host, and its log reached both consumers.
    expect(first.prepare_timings.map((t) => t.node_id)).toEqual([
      'prepare-it-core-linux-rust-workspace-deps',
      'prepare-it-core-linux-rust-workspace-build',
      'prepare-alpha-runner',
      'prepare-beta-runner',
    ]);
    for (const log of [alphaLog, s.hostLog('beta')]) {
      expect(count(log, 'build --no-link --json path:')).toBe(2);
      expect(log).toContain(`on ${HOST()}: ${env.nix.bin} `);
      expect(log).toMatch(/building '\/nix\/store\/[0-9a-z]{32}-pikaci-it-core-workspace-deps\.drv'/);
    }

    const record = prepared(first);
    const w = workDir();
    const hash = (await readSnapshotMetadata(first.snapshot_dir)).content_hash!;
    expect(record.outputs).toHaveLength(2);
    for (const [index, suffix] of ['workspace-deps', 'workspace-build'].entries()) {
      const output = record.outputs[index]!;
      const links = ['alpha', 'beta'].map((job) => ({
        kind: 'host_symlink_mount',
        path: `${w}/runs/${first.run_id}/jobs/${job}/staged-linux-rust/${suffix}`,
        access: 'read_only',
      }));
      expect(output).toMatchObject({
        node_id: `prepare-it-core-linux-rust-${suffix}`,
        installable: `path:${w}/snapshots/${hash}/snapshot#ci.x86_64-linux.${index === 0 ? 'workspaceDeps' : 'workspaceBuild'}`,
        protocol: 'nix_store_path_v1',
        residency: 'remote_authoritative_staged_linux',
        status: 'succeeded',
        error: null,
        placement: 'remote_ssh',
        host: HOST(),
        realization: 'built',
        reused_from_run: null,
        requested_exposures: links,
        exposures: links,
      });
      expect(output.realized_path).toMatch(new RegExp(`^/nix/store/[0-9a-z]{32}-pikaci-it-core-${suffix}$`));
      expect(output.payload?.kind).toBe(`staged_linux_${suffix.replace('-', '_')}_v1`);
      for (const link of links) expect(readlinkSync(link.path)).toBe(output.realized_path);
    }
    expect(record.outputs[0]!.snapshot_transfer).toBe('uploaded');
    expect(record.outputs[1]!.payload?.entrypoints.map((e) => e.name)).toEqual([
      'run-alpha',
      'run-beta',
      'run-fails',
    ]);
    // The plan says where each node ran.
    const plan = JSON.parse(readFileSync(first.plan_path!, 'utf8')) as {
      nodes: { id: string; placement: string }[];
    };
    expect(plan.nodes.find((n) => n.id === 'prepare-it-core-linux-rust-workspace-deps')?.placement).toBe(
      'remote_ssh',
    );
  }, 180_000);

  it('the same target planned again reuses the realized paths; the snapshot is not sent again', async () => {
    expect(first).toBeDefined();
    const s = start([stagedJob('alpha'), stagedJob('beta')]);
    const second = await s.run;
    expect(second.status).toBe('passed');
    const log = s.hostLog('alpha');
    expect(log).not.toContain('build --no-link --json');
    expect(log).not.toContain('[pikaci] sync snapshot');
    expect(log).toContain('[pikaci] remote snapshot already available at');
    expect(count(log, `reusing /nix/store/`)).toBe(2);
    expect(log).toContain(`realized by run ${first.run_id}`);
    const before = prepared(first).outputs;
    const now = prepared(second).outputs;
    expect(now.map((o) => [o.realization, o.reused_from_run, o.snapshot_transfer, o.realized_path])).toEqual(
      before.map((o) => ['reused', first.run_id, 'not_needed', o.realized_path]),
    );
    expect(now.every((o) => o.exposures.length === 2 && o.status === 'succeeded')).toBe(true);
    // What a maintainer reads: the CLI's line per output ends with the host, `reused` and the status.
    const shown = await runCli(['prepared-outputs', second.run_id, '--state-root', s.stateRoot], {
      cwd: repo,
    });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`\t${HOST()}\treused\tsucceeded\n`);
  }, 180_000);

  it('a marker whose store path Nix no longer holds is a miss: the output is built again and remembered', async () => {
    expect(first).toBeDefined();
    const hash = (await readSnapshotMetadata(first.snapshot_dir)).content_hash!;
    const base = reuseMarkerBase(workDir(), hash, 'ci.x86_64-linux.workspaceDeps');
    const gone = '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-pikaci-it-gone';
    const marker = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { realized_path: string };
    writeFileSync(`${base}.json`, JSON.stringify({ ...marker, realized_path: gone }));
    rmSync(`${base}.out`);
    symlinkSync(gone, `${base}.out`);

    const plan = RunPlanRecordSchema.parse(JSON.parse(readFileSync(first.plan_path!, 'utf8')));
    const node = plan.nodes.find((n) => n.id === 'prepare-it-core-linux-rust-workspace-deps')!;
    const lines: string[] = [];
    const log = {
      path: '-',
      write: (c: Buffer | string) => lines.push(String(c)),
      line: (l: string) => lines.push(l),
    };
    const transport = await connectSsh(sshSettings(env));
    try {
      const record = await nixPrepareHandlers({ nix: env.nix.bin, args: env.nix.buildArgs }).nixBuild!(
        node as NixBuildNode,
        {
          runId: 'stale-marker-test',
          runDir: join(first.snapshot_dir, '..'),
          transport,
          workDir: workDir(),
          workspace: {
            runId: first.run_id,
            snapshotDir: first.snapshot_dir,
            contentHash: hash,
            cargoHomeDir: '/nonexistent',
            cargoTargetDir: '/nonexistent',
          },
          logs: [log],
          signal: new AbortController().signal,
        },
      );
      expect(record).toMatchObject({
        realization: 'built',
        realized_path: marker.realized_path,
        status: 'succeeded',
      });
      expect(lines.join('\n')).toContain(
        `nothing to reuse (${gone} is no longer valid in the Nix store there`,
      );
      expect(readlinkSync(`${base}.out`)).toBe(marker.realized_path);
      expect(JSON.parse(readFileSync(`${base}.json`, 'utf8'))).toMatchObject({
        realized_path: marker.realized_path,
        realized_by_run: 'stale-marker-test',
      });
    } finally {
      await transport.close();
    }
  }, 120_000);

  it("a wrapper's non-zero exit fails its job", async () => {
    const s = start([stagedJob('fails', { wrapper: 'run-fails' })]);
    const run = await s.run;
    expect(run.status).toBe('failed');
    expect(run.jobs[0]).toMatchObject({ status: 'failed', exit_code: 7 });
    expect(s.hostLog('fails')).toContain('failing-wrapper');
  }, 180_000);

  it('a Nix build error fails the dependents with the error in their log and skips the rest', async () => {
    const s = start([
      stagedJob('broken', { prefix: 'it-broken-linux-rust', deps: 'brokenDeps' }),
      stagedJob('alpha'),
    ]);
    const run = await s.run;
    expect(run.status).toBe('failed');
    const [broken, alpha] = run.jobs;
    expect(broken).toMatchObject({ status: 'failed', exit_code: null });
    expect(broken!.message).toMatch(
      /^prepare node `prepare-it-broken-linux-rust-workspace-deps` failed before execute: nix build path:.*#ci\.x86_64-linux\.brokenDeps failed on root@127\.0\.0\.1:\d+ \(exit code 1\): error: builder for '\/nix\/store\/[0-9a-z]{32}-pikaci-it-broken\.drv' failed/,
    );
    expect(s.hostLog('broken')).toContain('the-compiler-said-no');
    expect(alpha).toMatchObject({ status: 'skipped' });
    expect(alpha!.message).toMatch(
      /^not run because prepare phase stopped after `prepare-it-broken-linux-rust-workspace-deps` failed/,
    );
    expect(run.prepare_timings.map((t) => t.node_id)).toEqual([
      'prepare-it-broken-linux-rust-workspace-deps',
    ]);
    expect(run.jobs.every((j) => j.remote_linux_vm_execution === null)).toBe(true);
  }, 180_000);

  it.each([
    [
      'escapeDeps',
      'it-escape-linux-rust',
      /invalid payload mount `pk-staged-l-abd7f13d`: its source resolves to \/etc, outside the payload root/,
    ],
    [
      'outsideStore',
      'it-outside-linux-rust',
      /returned an output that is not a store path: `\/nix\/store\/[0-9a-z]{32}-pikaci-it-outside` resolves to `\/tmp` is not a Nix store path/,
    ],
  ])(
    'a hostile output (%s) is refused before any instance exists, and nothing is exposed',
    async (deps, prefix, problem) => {
      const s = start([stagedJob('hostile', { prefix, deps })]);
      const run = await s.run;
      expect(run.jobs[0]!.status).toBe('failed');
      expect(run.jobs[0]!.message).toMatch(problem);
      expect(run.jobs[0]!.remote_linux_vm_execution).toBeNull();
      expect(s.hostLog('hostile')).not.toContain('Incus');
      const link = `${workDir()}/runs/${run.run_id}/jobs/hostile/staged-linux-rust/workspace-deps`;
      expect(existsSync(link)).toBe(false);
      const entry = prepared(run).outputs[0]!;
      expect(entry).toMatchObject({ status: 'failed', exposures: [], host: HOST() });
      expect(entry.error).toMatch(problem);
    },
    180_000,
  );
});

describe('the remote build interrupted: a dropped SSH connection, a cancelled run', () => {
  function parentOf(pid: number): number {
    return Number(
      execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)])
        .toString()
        .trim(),
    );
  }
  function sshdAbove(pid: number): number {
    for (let p = parentOf(pid); p > 1; p = parentOf(p)) {
      const args = execFileSync('ps', ['-o', 'args=', '-p', String(p)])
        .toString()
        .trim();
      if (args.startsWith('sshd: ') && args.includes('@')) return p;
    }
    throw new Error(`no sshd session above ${pid}`);
  }
  afterEach(() => {
    for (const pid of sleepPids(SLEEP_MARKER)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  });

  /** The slow payload's builder (a `sleep`) runs on the host. */
  async function builderRunning(timeoutMs: number): Promise<void> {
    await waitFor(
      () => String(sleepPids(SLEEP_MARKER).length),
      (n) => n !== '0',
      timeoutMs,
      'the builder',
    );
  }

  /** No `nix build` of the slow payload and no builder are left (within 15 s). */
  async function remoteBuildGone(): Promise<void> {
    await waitFor(
      () => String(sleepPids(SLEEP_MARKER).length + pidsMatching('#ci.x86_64-linux.slowDeps').length),
      (n) => n === '0',
      15_000,
      'the remote nix build and its builder to stop',
    );
  }

  it('fails the job cleanly and leaves nothing running: no instance, no nix build, no builder', async () => {
    const s = start([stagedJob('slow', { prefix: 'it-slow-linux-rust', deps: 'slowDeps' })]);
    await waitFor(
      () => s.hostLog('slow'),
      (t) => t.includes('pikaci-it-slow.drv'),
      60_000,
      'the build to start',
    );
    await builderRunning(30_000);
    const builder = sleepPids(SLEEP_MARKER)[0]!;
    process.kill(sshdAbove(builder), 'SIGKILL');
    const run = await s.run;
    expect(run.status).toBe('failed');
    expect(run.jobs[0]!.status).toBe('failed');
    expect(run.jobs[0]!.message).toContain(
      `lost the connection to ${HOST()} while building \`ci.x86_64-linux.slowDeps\``,
    );
    expect(run.jobs[0]!.remote_linux_vm_execution).toBeNull();
    // The supervisor stops nix when its channel closes, and nix stops its builder.
    await remoteBuildGone();
  }, 180_000);

  it('a run cancelled (Ctrl-C, the step cancelled) mid-build stops the remote nix build and its builder', async () => {
    const cancel = new AbortController();
    const s = start(
      [stagedJob('slow', { prefix: 'it-slow-linux-rust', deps: 'slowDeps' })],
      {},
      cancel.signal,
    );
    await builderRunning(60_000);
    cancel.abort();
    const run = await s.run;
    expect(run.status).toBe('failed');
    expect(run.message).toBe('cancelled');
    expect(run.jobs[0]!.status).toBe('failed');
    expect(run.jobs[0]!.message).toMatch(/failed before execute: cancelled$/);
    expect(run.jobs[0]!.remote_linux_vm_execution).toBeNull();
    expect(await instancesOfRuns(env, [s.stateRoot])).toEqual([]);
    await remoteBuildGone();
  }, 180_000);
});

describe('jobs of one staged prefix on two hosts', () => {
  it('builds the payloads where each job runs and records both hosts', async () => {
    const s = start([stagedJob('alpha', { placement: 'local' }), stagedJob('beta')]);
    const run = await s.run;
    expect([...run.jobs].sort((a, b) => a.id.localeCompare(b.id)).map((j) => [j.id, j.status])).toEqual([
      ['alpha', 'passed'],
      ['beta', 'passed'],
    ]);
    const outputs = prepared(run).outputs;
    expect(outputs.map((o) => [o.node_id, o.placement, o.host, o.residency])).toEqual([
      ['prepare-it-core-linux-rust-workspace-deps-local', 'local', 'localhost', 'local_authoritative'],
      ['prepare-it-core-linux-rust-workspace-build-local', 'local', 'localhost', 'local_authoritative'],
      [
        'prepare-it-core-linux-rust-workspace-deps-remote-ssh',
        'remote_ssh',
        HOST(),
        'remote_authoritative_staged_linux',
      ],
      [
        'prepare-it-core-linux-rust-workspace-build-remote-ssh',
        'remote_ssh',
        HOST(),
        'remote_authoritative_staged_linux',
      ],
    ]);
    expect(outputs[0]!.exposures[0]!.path).toBe(
      join(s.stateRoot, 'runs', run.run_id, 'jobs/alpha/staged-linux-rust/workspace-deps'),
    );
    expect(outputs[2]!.exposures[0]!.path).toBe(
      `${workDir()}/runs/${run.run_id}/jobs/beta/staged-linux-rust/workspace-deps`,
    );
    expect(s.hostLog('alpha')).toContain('[runner:stdout] alpha-done');
    expect(s.hostLog('beta')).toContain('[runner:stdout] beta-done');
    expect(instanceName(run.run_id, 'alpha')).not.toBe(instanceName(run.run_id, 'beta'));
  }, 180_000);
});
