/**
 * A staged Incus job end to end with real parts: the payloads are built by real Nix from the run's
 * snapshot, exposed as symlinks, mounted into a real LXD container through their payload manifests,
 * and the wrapper runs inside it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executionEnvironment } from '../../src/hosts/index.js';
import { IncusHostConfigSchema, instanceName } from '../../src/backends/incus/index.js';
import { JobSpecSchema } from '../../src/model/index.js';
import { nixBuildOptionsFromEnv, nixPrepareHandlers } from '../../src/prepare/index.js';
import { jobPaths, PreparedOutputsRecordSchema } from '../../src/records/index.js';
import { runJobs } from '../../src/run/index.js';
import { listPikaciInstances, loadTestEnv, type TestEnv } from '../support/test-env.js';
import { makeRepo } from '../support/repo.js';

const FLAKE = String.raw`{
  outputs = { self }: let
    payload = name: kind: mount: guest: script: derivation {
      inherit name;
      system = "x86_64-linux";
      builder = "/bin/sh";
      PATH = "/usr/bin:/bin";
      args = [ "-c" ''
        set -e
        mkdir -p $out/bin $out/share/pikaci
        ${'$'}{script}
        printf '{"asset_roots":[],"entrypoints":[],"kind":"%s","mounts":[{"guest_path":"%s","name":"%s","read_only":true,"relative_path":"."}],"schema_version":1}\n' ${'$'}{kind} ${'$'}{guest} ${'$'}{mount} > $out/share/pikaci/payload-manifest.json
      '' ];
    };
  in {
    ci.x86_64-linux.workspaceDeps = payload "pikaci-test-deps" "staged_linux_workspace_deps_v1" "workspace_deps_root" "/staged/linux-rust/workspace-deps" "echo deps-from-nix > $out/deps.txt";
    ci.x86_64-linux.workspaceBuild = payload "pikaci-test-build" "staged_linux_workspace_build_v1" "workspace_build_root" "/staged/linux-rust/workspace-build" "printf '#!/bin/sh\\ncat /staged/linux-rust/workspace-deps/deps.txt\\ncat hello.txt\\n' > $out/bin/run-staged; chmod +x $out/bin/run-staged";
  };
}
`;

let env: TestEnv;
let dir: string;
let repo: string;

beforeAll(async () => {
  env = loadTestEnv();
  dir = await mkdtemp(join(tmpdir(), 'pikaci-nix-'));
  repo = makeRepo(
    {
      'flake.nix': FLAKE.replaceAll('${"$"}', '$'),
      'flake.lock': '{"nodes":{"root":{}},"root":"root","version":7}\n',
      'hello.txt': 'hello from the staged snapshot\n',
    },
    { dir: join(dir, 'repo') },
  ).root;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('staged Incus job with Nix-built payloads (real Nix, real LXD)', () => {
  it('builds both payloads, mounts them by manifest, and runs the wrapper', async () => {
    const job = JobSpecSchema.parse({
      id: 'staged-smoke',
      description: 'staged smoke',
      timeout_secs: 120,
      execution: { placement: 'local', runtime: 'incus' },
      runtime_config: {
        kind: 'incus',
        staged_linux_command: {
          snapshot_profile: 'rust',
          prepare_node_prefix: 'smoke-linux-rust',
          prepare_description: 'smoke staged lane',
          payload_specs: [
            {
              role: 'workspace_deps',
              output_name: 'ci.x86_64-linux.workspaceDeps',
              nix_installable: '.#ci.x86_64-linux.workspaceDeps',
            },
            {
              role: 'workspace_build',
              output_name: 'ci.x86_64-linux.workspaceBuild',
              nix_installable: '.#ci.x86_64-linux.workspaceBuild',
            },
          ],
          execute_wrapper_command: '/staged/linux-rust/workspace-build/bin/run-staged',
          workspace_output_system: 'x86_64-linux',
        },
      },
      guest_command: { kind: 'shell_command', command: 'ignored' },
    });
    const hosts = executionEnvironment({
      remoteWorkDir: join(dir, 'work'),
      incus: IncusHostConfigSchema.parse({
        cli: env.lxd.cli,
        project: env.lxd.project,
        profiles: [env.lxd.profile],
        image: env.lxd.image,
        instance_type: 'container',
        limits: {},
      }),
    });
    const stateRoot = join(dir, 'state');
    const record = await runJobs({
      stateRoot,
      sourceRoot: repo,
      jobs: [job],
      targetId: 'staged-smoke',
      targetDescription: 'staged smoke',
      includeLocalChanges: false,
      prepare: nixPrepareHandlers({ nix: env.nix.bin, args: env.nix.buildArgs }),
      environment: hosts,
    });
    const paths = jobPaths(join(stateRoot, 'runs', record.run_id), 'staged-smoke');
    const hostLog = await readFile(paths.hostLog, 'utf8');
    expect(record.jobs[0]?.message).toBe('test passed');
    expect(record.status).toBe('passed');
    expect(hostLog).toContain('[runner:stdout] deps-from-nix');
    expect(hostLog).toContain('[runner:stdout] hello from the staged snapshot');

    const prepared = PreparedOutputsRecordSchema.parse(
      JSON.parse(await readFile(join(stateRoot, 'runs', record.run_id, 'prepared-outputs.json'), 'utf8')),
    );
    expect(prepared.outputs.map((o) => [o.node_id, o.payload?.kind])).toEqual([
      ['prepare-smoke-linux-rust-workspace-deps', 'staged_linux_workspace_deps_v1'],
      ['prepare-smoke-linux-rust-workspace-build', 'staged_linux_workspace_build_v1'],
    ]);
    for (const output of prepared.outputs)
      expect(output.realized_path).toMatch(/^\/nix\/store\/[a-z0-9]{32}-pikaci-test-/);
    expect(await readlink(join(paths.jobDir, 'staged-linux-rust', 'workspace-build'))).toBe(
      prepared.outputs[1]!.realized_path,
    );
    expect(await listPikaciInstances(env)).not.toContain(instanceName(record.run_id, 'staged-smoke'));
  });

  it('reads nix options from the environment and rejects malformed ones', () => {
    expect(
      nixBuildOptionsFromEnv({
        PIKACI_NIX: '/usr/bin/nix',
        PIKACI_NIX_ARGS: '["--option","substituters",""]',
      }),
    ).toEqual({
      nix: '/usr/bin/nix',
      args: ['--option', 'substituters', ''],
    });
    expect(() => nixBuildOptionsFromEnv({ PIKACI_NIX_ARGS: '--option substituters' })).toThrow(
      'PIKACI_NIX_ARGS must be a JSON array of strings',
    );
  });
});
