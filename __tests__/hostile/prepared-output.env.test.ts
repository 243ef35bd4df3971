/**
 * A prepared output's realized path must be a direct Nix store path, also once resolved. Real Nix
 * builds a normal output and one whose store path is a symlink out of the store; a stand-in `nix`
 * (a shell script, the only way to make `nix build --json` print a hostile path) covers `..`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdir, mkdtemp, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storePathProblem } from '../../src/backends/incus/index.js';
import { nixPrepareHandlers } from '../../src/prepare/index.js';
import { LocalTransport } from '../../src/transport/index.js';
import type { PreparePlanNode } from '../../src/records/index.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';

const FLAKE = `{
  outputs = { self }: {
    good = derivation { name = "pikaci-hostile-good"; system = "x86_64-linux"; builder = "/bin/sh"; PATH = "/usr/bin:/bin"; args = [ "-c" "mkdir -p $out/share/pikaci && echo '{\\"schema_version\\":1,\\"kind\\":\\"staged_linux_workspace_deps_v1\\",\\"mounts\\":[]}' > $out/share/pikaci/payload-manifest.json" ]; };
    escape = derivation { name = "pikaci-hostile-escape"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "/bin/ln -s /etc $out" ]; };
  };
}
`;

let env: TestEnv;
let dir: string;
let flakeDir: string;

beforeAll(async () => {
  env = loadTestEnv();
  dir = await mkdtemp(join(tmpdir(), 'pikaci-hostile-prepared-'));
  flakeDir = join(dir, 'flake');
  await mkdir(flakeDir);
  await writeFile(join(flakeDir, 'flake.nix'), FLAKE);
  await writeFile(join(flakeDir, 'flake.lock'), '{"nodes":{"root":{}},"root":"root","version":7}\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function node(output: string, exposure: string): PreparePlanNode {
  return {
    kind: 'prepare',
    id: `prepare-${output}`,
    description: 'd',
    executor: 'host_local',
    placement: null,
    runtime: null,
    depends_on: [],
    prepare: {
      type: 'nix_build',
      installable: `path:${flakeDir}#${output}`,
      output_name: output,
      residency: 'local_authoritative',
      handoff: {
        protocol: 'nix_store_path_v1',
        exposures: [{ kind: 'host_symlink_mount', path: exposure, access: 'read_only' }],
      },
    },
  } as unknown as PreparePlanNode;
}

function build(nix: string, args: readonly string[], output: string, exposure: string) {
  const handlers = nixPrepareHandlers({ nix, args });
  return handlers.nixBuild!(node(output, exposure) as never, {
    runId: 'r',
    runDir: dir,
    transport: new LocalTransport(),
    workDir: join(dir, 'work'),
    workspace: {
      runId: 'r',
      snapshotDir: flakeDir,
      contentHash: null,
      cargoHomeDir: join(dir, 'cargo-home'),
      cargoTargetDir: join(dir, 'cargo-target'),
    },
    logs: [],
    signal: new AbortController().signal,
  });
}

describe('realized store paths', () => {
  it('accepts a real store path from a real build and exposes it', async () => {
    const exposure = join(dir, 'exposed-good');
    const record = await build(env.nix.bin, env.nix.buildArgs, 'good', exposure);
    expect(record.realized_path).toMatch(/^\/nix\/store\/[0-9a-z]{32}-pikaci-hostile-good$/);
    expect(await readlink(exposure)).toBe(record.realized_path);
  }, 180_000);

  it('refuses a real store path that is a symlink out of the store, exposing nothing', async () => {
    const exposure = join(dir, 'exposed-escape');
    await expect(build(env.nix.bin, env.nix.buildArgs, 'escape', exposure)).rejects.toThrow(
      /returned an output that is not a store path: `\/nix\/store\/[0-9a-z]{32}-pikaci-hostile-escape` resolves to `\/etc` is not a Nix store path/,
    );
    await expect(readlink(exposure)).rejects.toThrow(/ENOENT/);
  }, 180_000);

  it('refuses a path that only starts with /nix/store/', async () => {
    const fakeNix = join(dir, 'fake-nix');
    await writeFile(fakeNix, `#!/bin/sh\necho '[{"outputs":{"out":"/nix/store/../../tmp/x"}}]'\n`);
    await chmod(fakeNix, 0o755);
    const exposure = join(dir, 'exposed-dotdot');
    await expect(build(fakeNix, [], 'good', exposure)).rejects.toThrow(
      'returned an output that is not a store path: `/nix/store/../../tmp/x` is not a normalized absolute path',
    );
    await expect(readlink(exposure)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['/nix/store/0123456789abcdfghijklmnpqrsvwxyz-name', undefined],
    ['/nix/store/0123456789abcdfghijklmnpqrsvwxyz-name/share/x', undefined],
    ['/nix/store/../../tmp/x', 'not a normalized'],
    ['/nix/store/0123456789abcdfghijklmnpqrsvwxyz-name/../../x', 'not a normalized'],
    ['/nix/store//0123456789abcdfghijklmnpqrsvwxyz-name', 'not a normalized'],
    ['/nix/store/0123456789abcdfghijklmnpqrsvwxyz-name/', 'not a normalized'],
    ['/nix/store/x', 'not a Nix store path'],
    ['/nix/store', 'not a Nix store path'],
    ['/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-name', 'not a Nix store path'],
    ['/nix/store/0123456789abcdfghijklmnpqrsvwxyz-.hidden', 'not a Nix store path'],
    ['/nix/storex/0123456789abcdfghijklmnpqrsvwxyz-name', 'not a Nix store path'],
    ['nix/store/0123456789abcdfghijklmnpqrsvwxyz-name', 'not a Nix store path'],
  ])('storePathProblem(%s)', (path, problem) => {
    const found = storePathProblem(path);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
