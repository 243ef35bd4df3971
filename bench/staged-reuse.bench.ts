/**
 * Staged payloads over SSH, reused by snapshot hash, on the test environment's sshd, Nix and LXD
 * (`ci/test-env.sh` must have run). One staged target (two `remote_ssh × incus` jobs sharing one
 * prefix: two prepare nodes) from a repository with ~2 MB of sources:
 * - the first run (snapshot sent, both payloads built by Nix on the host) against later runs of the
 *   same target on the unchanged snapshot (snapshot found, payloads found in the host's Nix store),
 *   as time in prepare (`prepare_timings` of run.json);
 * - the bytes each run sends over SSH, counted by a TCP relay between the runner and sshd.
 * The derivations are trivial, so the first run's prepare is mostly evaluation and upload: a real
 * build would make the ratio smaller still.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTestEnv, type TestEnv } from '../__tests__/support/test-env.js';
import { makeRepo } from '../__tests__/support/repo.js';
import { executionEnvironment } from '../src/hosts/index.js';
import { JobSpecSchema, type JobSpec } from '../src/model/index.js';
import { nixPrepareHandlers } from '../src/prepare/index.js';
import { PreparedOutputsRecordSchema, type RunRecord } from '../src/records/index.js';
import { runJobs } from '../src/run/index.js';
import { connectSsh } from '../src/transport/index.js';
import { median, time } from './stats.js';

const REUSE_RUNS = 3;

const FLAKE = `{
  outputs = { self }: let
    staged = import ./nix/ci/linux-rust.nix { };
    core = staged.target {
      name = "pikaci-bench-core";
      env = { nonce = builtins.readFile ./nonce.txt; };
      deps = "echo deps > deps.txt";
      build = "printf '#!/bin/sh\\\\necho ok\\\\n' > bin/run-a; cp bin/run-a bin/run-b; chmod +x bin/*";
    };
  in {
    ci.x86_64-linux.workspaceDeps = core.workspaceDeps;
    ci.x86_64-linux.workspaceBuild = core.workspaceBuild;
  };
}
`;

function stagedJob(id: string): JobSpec {
  return JobSpecSchema.parse({
    id,
    description: id,
    timeout_secs: 120,
    execution: { placement: 'remote_ssh', runtime: 'incus' },
    runtime_config: {
      kind: 'incus',
      staged_linux_command: {
        snapshot_profile: 'rust',
        prepare_node_prefix: 'bench-core-linux-rust',
        prepare_description: 'bench staged lane',
        payload_specs: [
          { role: 'workspace_deps', output_name: 'ci.x86_64-linux.workspaceDeps', nix_installable: '.#x' },
          { role: 'workspace_build', output_name: 'ci.x86_64-linux.workspaceBuild', nix_installable: '.#x' },
        ],
        execute_wrapper_command: `/staged/linux-rust/workspace-build/bin/run-${id}`,
        workspace_output_system: 'x86_64-linux',
      },
    },
    guest_command: { kind: 'shell_command', command: 'ignored' },
  });
}

/** A TCP relay to sshd that counts the bytes each way. */
async function countingRelay(
  env: TestEnv,
): Promise<{ server: Server; port: number; sent: () => number; received: () => number; reset: () => void }> {
  let sent = 0;
  let received = 0;
  const server = createServer((client) => {
    const upstream = createConnection({ host: env.ssh.host, port: env.ssh.port });
    upstream.setNoDelay(true);
    client.setNoDelay(true);
    client.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      received += chunk.length;
      client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    sent: () => sent,
    received: () => received,
    reset: () => {
      sent = 0;
      received = 0;
    },
  };
}

export default async function stagedReuseBench(): Promise<void> {
  const env = loadTestEnv();
  const work = mkdtempSync(join(tmpdir(), 'pikaci-bench-staged-'));
  const relay = await countingRelay(env);
  try {
    const sources: Record<string, string> = {
      'flake.nix': FLAKE,
      'flake.lock': '{"nodes":{"root":{}},"root":"root","version":7}\n',
      'nix/ci/linux-rust.nix': readFileSync(join(import.meta.dirname, '../nix/ci/linux-rust.nix'), 'utf8'),
      'nonce.txt': `${process.pid}-${Date.now()}`,
    };
    // ~2 MB of sources, as a small crate tree would be.
    for (let i = 0; i < 200; i++) sources[`src/m${i}.rs`] = `// module ${i}\n${'x'.repeat(10_000)}\n`;
    const repo = makeRepo(sources, { message: 'bench', dir: join(work, 'repo') }).root;
    const environment = () =>
      executionEnvironment({
        ssh: {
          host: '127.0.0.1',
          port: relay.port,
          user: env.ssh.user,
          privateKeyPath: env.ssh.privateKeyPath,
          knownHosts: `[127.0.0.1]:${relay.port} ${env.ssh.hostPublicKey}`,
        },
        incus: {
          cli: 'lxc',
          project: env.lxd.project,
          profiles: [env.lxd.profile],
          image: env.lxd.image,
          instance_type: 'container',
          storage_pool: env.lxd.storagePool,
        },
        remoteWorkDir: join(work, 'remote'),
        log: () => undefined,
      });
    const run = async (): Promise<{
      record: RunRecord;
      prepareMs: number;
      nixMs: number;
      sent: number;
      received: number;
      realizations: string[];
    }> => {
      relay.reset();
      const record = await runJobs({
        stateRoot: join(work, 'state'),
        sourceRoot: repo,
        jobs: [stagedJob('a'), stagedJob('b')],
        targetId: 'bench-staged',
        targetDescription: 'bench staged target',
        includeLocalChanges: false,
        prepare: nixPrepareHandlers({ nix: env.nix.bin, args: env.nix.buildArgs }),
        environment: environment(),
      });
      if (record.status !== 'passed') throw new Error(`bench run failed: ${JSON.stringify(record.jobs)}`);
      const outputs = PreparedOutputsRecordSchema.parse(
        JSON.parse(readFileSync(record.prepared_outputs_path!, 'utf8')),
      ).outputs;
      const sum = (filter: (id: string) => boolean) =>
        record.prepare_timings
          .filter((t) => filter(t.node_id))
          .reduce((total, t) => total + t.duration_ms, 0);
      return {
        record,
        prepareMs: sum(() => true),
        nixMs: sum((id) => id.includes('-workspace-')),
        sent: relay.sent(),
        received: relay.received(),
        realizations: outputs.map((o) => `${o.realization}/${o.snapshot_transfer}`),
      };
    };

    const first = await run();
    const reuses = [];
    for (let i = 0; i < REUSE_RUNS; i++) reuses.push(await run());
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    const reusePrepare = median(reuses.map((r) => r.prepareMs));
    const reuseNix = median(reuses.map((r) => r.nixMs));
    console.log(
      `time in prepare, second run on the unchanged snapshot over SSH: ${reusePrepare} ms median (n=${REUSE_RUNS}); first run: ${first.prepareMs} ms; ratio ${(reusePrepare / first.prepareMs).toFixed(3)}x`,
    );
    console.log(
      `  of which the two staged payload nodes: ${reuseNix} ms vs ${first.nixMs} ms; ratio ${(reuseNix / first.nixMs).toFixed(3)}x`,
    );
    console.log(
      `bytes sent over SSH by the whole run: first ${kb(first.sent)} (received ${kb(first.received)}); later runs ${reuses.map((r) => kb(r.sent)).join(', ')} (received ${reuses.map((r) => kb(r.received)).join(', ')}); sources ${kb(Object.values(sources).reduce((n, s) => n + s.length, 0))}`,
    );
    // What one remote command costs here (sshd starts the user's login shell for each): a reused
    // node is two of them (look up and inspect; expose), so the reuse figure is mostly these.
    const probe = await connectSsh({
      host: env.ssh.host,
      port: env.ssh.port,
      user: env.ssh.user,
      privateKeyPath: env.ssh.privateKeyPath,
      knownHostsPath: env.ssh.knownHostsPath,
    });
    try {
      const exec = await time(5, () => probe.exec({ argv: ['sh', '-c', 'true'] }));
      console.log(
        `one remote command over the open SSH connection: ${exec.medianMs.toFixed(1)} ms median (n=5); a reused payload node runs 2 (plus nix path-info in the first)`,
      );
    } finally {
      await probe.close();
    }
    console.log(
      `payload realizations (realization/snapshot): first ${first.realizations.join(', ')}; later ${reuses.map((r) => r.realizations.join(', ')).join(' | ')}`,
    );
  } finally {
    await new Promise((resolve) => relay.server.close(resolve));
    rmSync(work, { recursive: true, force: true });
  }
}
