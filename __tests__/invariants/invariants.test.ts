import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  CHECKS,
  loadInvariants,
  renderInvariants,
  runInvariants,
  type CheckContext,
} from '../../src/invariants/index.js';
import { JobSpecSchema } from '../../src/model/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PIKA_CATALOG = join(ROOT, 'catalog/pika.toml');
const PIKA_MANIFEST = join(ROOT, 'catalog/pika-forge-lanes.toml');

/** A scratch repository with the given files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'invariants-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function context(root: string, overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    root,
    sourceDir: 'src',
    catalogPath: PIKA_CATALOG,
    manifestPath: PIKA_MANIFEST,
    jobSpecSchema: JobSpecSchema,
    ...overrides,
  };
}

const STAGED_CATALOG = `version = 1
[targets.st]
description = "staged"
jobs = ["sj"]
[targets.st.staged]
snapshot_profile = "rust"
prepare_node_prefix = "st-linux"
prepare_description = "st lane"
workspace_output_system = "x86_64-linux"
workspace_deps = { output_name = "d", nix_installable = ".#d" }
workspace_build = { output_name = "b", nix_installable = ".#b" }
[targets.plain]
description = "plain"
jobs = ["pj"]
filters = ["b/**", "a/**"]
[jobs.sj]
description = "s"
timeout_secs = 1
execution = { placement = "remote_ssh", runtime = "incus" }
runtime_config = { kind = "incus", staged_linux_command = { target = "st", wrapper = "/w/run" } }
guest_command = { kind = "shell_command", command = "ignored" }
[jobs.pj]
description = "p"
timeout_secs = 1
execution = { placement = "local", runtime = "host_process" }
runtime_config = { kind = "host_process" }
guest_command = { kind = "host_shell_command", command = "true" }
`;

describe('the real tree', () => {
  it('holds every invariant, each with a known check', async () => {
    const file = await loadInvariants(join(ROOT, 'invariants/invariants.toml'));
    expect(file.invariants.map((i) => i.id)).toEqual([
      'PIKACI-001',
      'PIKACI-002',
      'PIKACI-003',
      'PIKACI-004',
      'PIKACI-005',
      'PIKACI-101',
    ]);
    const report = await runInvariants(file);
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(renderInvariants(report)).toContain('all 6 invariants hold');
  });

  it("fails PIKACI-003 for the Pika catalog against this repository's own manifest", async () => {
    const file = await loadInvariants(join(ROOT, 'invariants/invariants.toml'));
    const report = await runInvariants(file, { manifest: 'ci/forge-lanes.toml' });
    const bound = report.invariants.find((i) => i.id === 'PIKACI-003')!;
    expect(bound.ok).toBe(false);
    expect(bound.details).toHaveLength(9);
    expect(bound.details[0]).toBe(
      'staged target `pre-merge-pika-rust` is bound by no branch lane in ci/forge-lanes.toml',
    );
    expect(renderInvariants(report)).toContain('FAIL  PIKACI-003');
  });
});

describe('each check can fail', () => {
  it('catalog-valid: a broken catalog', async () => {
    const root = tree({
      'c.toml': STAGED_CATALOG.replace(
        'runtime_config = { kind = "host_process" }',
        'runtime_config = { kind = "tart" }',
      ),
      'm.toml': 'version = 1\n',
    });
    const outcome = await CHECKS['catalog-valid']!(
      context(root, { catalogPath: 'c.toml', manifestPath: 'm.toml' }),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.details[0]).toContain(
      'jobs.pj.runtime_config.kind: runtime_config is `tart` but execution.runtime is `host_process`',
    );
  });

  it('catalog-valid: a lane naming an unknown target', async () => {
    const root = tree({
      'c.toml': STAGED_CATALOG,
      'm.toml': 'version = 1\n[[branch.lanes]]\nid = "x"\ntitle = "x"\ntarget = "nope"\n',
    });
    const outcome = await CHECKS['catalog-valid']!(
      context(root, { catalogPath: 'c.toml', manifestPath: 'm.toml' }),
    );
    expect(outcome.details[0]).toContain('m.toml:5: branch.lanes[0].target: unknown target `nope`');
  });

  it('staged-targets-bound: an unbound staged target and a duplicated filter list', async () => {
    const root = tree({
      'c.toml': STAGED_CATALOG,
      'm.toml':
        'version = 1\n[[branch.lanes]]\nid = "copy"\ntitle = "x"\ncommand = ["true"]\npaths = ["a/**", "b/**"]\n',
    });
    const outcome = await CHECKS['staged-targets-bound']!(
      context(root, { catalogPath: 'c.toml', manifestPath: 'm.toml' }),
    );
    expect(outcome.details).toEqual([
      'staged target `st` is bound by no branch lane in m.toml',
      'target `plain` repeats the path filters of branch lane `copy`; bind it to that lane instead',
    ]);
  });

  it('staged-targets-bound: a staged target bound twice', async () => {
    const lane = (id: string): string =>
      `[[branch.lanes]]\nid = "${id}"\ntitle = "x"\nstaged_linux_target = "st"\n`;
    const root = tree({ 'c.toml': STAGED_CATALOG, 'm.toml': `version = 1\n${lane('one')}${lane('two')}` });
    const outcome = await CHECKS['staged-targets-bound']!(
      context(root, { catalogPath: 'c.toml', manifestPath: 'm.toml' }),
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.details[0]).toContain('staged target `st` is already bound by branch lane `one`');
  });

  it('no-catalog-ids-in-source: a Pika id in src', async () => {
    const root = tree({
      'src/run/pick.ts':
        "export const a = 1;\nif (target === 'tart-env-probe') run();\nconst p = 'pikachat-linux-rust';\n",
    });
    const outcome = await CHECKS['no-catalog-ids-in-source']!(context(root));
    expect(outcome.details).toEqual([
      'src/run/pick.ts:2: names catalog id `tart-env-probe`',
      'src/run/pick.ts:3: names catalog id `pikachat-linux-rust`',
    ]);
  });

  it('no-catalog-ids-in-source: ids inside longer words do not count', async () => {
    const root = tree({ 'src/a.ts': "const x = 'my-tart-env-probe-2';\n" });
    expect((await CHECKS['no-catalog-ids-in-source']!(context(root))).ok).toBe(true);
  });

  it('no-id-heuristics: backend chosen from ids and command shapes', async () => {
    const root = tree({
      'src/runtime/pick.ts': [
        "if (job.id.startsWith('tart-')) useTart();",
        'if (/^tart-/.test(job.id)) useTart();',
        "const remote = name.startsWith('remote_');",
        "if (job.guest_command.command.includes('xcodebuild')) useTart();",
        'const ok = labels.includes(lane.id);',
      ].join('\n'),
    });
    const outcome = await CHECKS['no-id-heuristics']!(context(root));
    expect(outcome.details.map((d) => d.split(': ').slice(0, 2).join(': '))).toEqual([
      'src/runtime/pick.ts:1: inspects an id',
      'src/runtime/pick.ts:1: tests a backend-like name prefix',
      'src/runtime/pick.ts:2: runs a regex over an id',
      'src/runtime/pick.ts:3: tests a backend-like name prefix',
      'src/runtime/pick.ts:4: inspects the shape of a command',
    ]);
  });

  it('jobspec-shape: loose backend knobs, a wider execution, a knob in two variants', async () => {
    const bad = z.strictObject({
      id: z.string(),
      description: z.string(),
      timeout_secs: z.number(),
      writable_workspace: z.boolean(),
      execution: z.strictObject({ placement: z.string(), runtime: z.string(), host: z.string() }),
      runtime_config: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('incus'), mount_host_rust_toolchain: z.boolean() }),
        z.strictObject({ kind: z.literal('tart'), mount_host_rust_toolchain: z.boolean() }),
      ]),
      guest_command: z.string(),
      host_setup_command: z.string().optional(),
    });
    const outcome = await CHECKS['jobspec-shape']!(context(ROOT, { jobSpecSchema: bad }));
    expect(outcome.details).toEqual([
      'JobSpec has a top-level key `host_setup_command`; backend settings belong in a runtime_config variant',
      'JobSpec.execution must be exactly {placement, runtime}, found {host,placement,runtime}',
      'runtime knob `mount_host_rust_toolchain` appears in both `incus` and `tart`',
    ]);
  });

  it('jobspec-shape: the model passes', async () => {
    expect(await CHECKS['jobspec-shape']!(context(ROOT))).toEqual({ ok: true, details: [] });
  });

  it('one-way-imports: internals, core reaching up, library importing an edge', async () => {
    const root = tree({
      'src/run/a.ts':
        "import { loadCatalog } from '../catalog/load.js';\nimport { x } from '../catalog/index.js';\n",
      'src/model/b.ts':
        "import type { Catalog } from '../catalog/index.js';\nimport { y } from '../util/errors.js';\n",
      'src/plan/c.ts': "const m = await import('../cli/index.js');\n",
      'src/cli/d.ts': "import '../action/index.js';\n",
      'src/index.ts': "export * from './catalog/index.js';\n",
    });
    const outcome = await CHECKS['one-way-imports']!(context(root));
    expect(outcome.details).toEqual([
      'src/model/b.ts:1: core area `model` imports `catalog`; it may import only util, schema',
      'src/model/b.ts:2: imports `../util/errors.js`; reach another area only through its index.js',
      'src/plan/c.ts:1: library area `plan` imports the `cli` edge',
      'src/run/a.ts:1: imports `../catalog/load.js`; reach another area only through its index.js',
    ]);
  });
});

describe('invariants file', () => {
  const head =
    'version = 1\nname = "x"\n[subjects]\nsource = "src"\ncatalog = "c.toml"\nmanifest = "m.toml"\n';
  const entry = (id: string, check: string): string =>
    `[[invariant]]\nid = "${id}"\narea = "a"\nkind = "must"\nstatement = "s"\ncheck = "${check}"\n`;

  it('rejects an unknown check with a suggestion, and duplicate ids', async () => {
    const root = tree({
      'invariants/invariants.toml': `${head}${entry('A', 'jobspec-shap')}${entry('A', 'jobspec-shape')}`,
    });
    const path = join(root, 'invariants/invariants.toml');
    await expect(loadInvariants(path)).rejects.toThrow(
      `${path}:12: invariant[0].check: unknown check \`jobspec-shap\`; did you mean \`jobspec-shape\`?`,
    );
    await expect(loadInvariants(path)).rejects.toThrow(
      `${path}:14: invariant[1].id: duplicate invariant id \`A\``,
    );
  });

  it('rejects an unknown key with a suggestion', async () => {
    const root = tree({ 'invariants/invariants.toml': `${head}${entry('A', 'jobspec-shape')}chek = "x"\n` });
    await expect(loadInvariants(join(root, 'invariants/invariants.toml'))).rejects.toThrow(
      'invariant[0].chek: unknown key `chek`; did you mean `check`?',
    );
  });

  it('resolves subjects against the repository root above invariants/', async () => {
    const root = tree({ 'invariants/invariants.toml': `${head}${entry('A', 'catalog-valid')}` });
    const report = await runInvariants(await loadInvariants(join(root, 'invariants/invariants.toml')));
    expect(report.ok).toBe(false);
    expect(report.invariants[0]!.details[0]).toBe(
      `cannot read ${join(root, 'c.toml')} (ENOENT)\n  hint: check the path, or pass the right one on the command line`,
    );
  });
});
