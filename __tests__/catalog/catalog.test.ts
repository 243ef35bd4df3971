import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bindManifest,
  defaultCatalogPath,
  loadCatalog,
  parseCatalog,
  resolveCatalogPath,
  resolveTarget,
} from '../../src/catalog/index.js';
import { parseManifest } from '../../src/manifest/index.js';
import { InputError } from '../../src/util/errors.js';

const STAGED_TARGET = `
[targets.st]
description = "A staged target"
jobs = ["sj"]

[targets.st.staged]
snapshot_profile = "rust"
prepare_node_prefix = "st-linux"
prepare_description = "st lane"
workspace_output_system = "x86_64-linux"
workspace_deps = { output_name = "ci.deps", nix_installable = ".#ci.deps" }
workspace_build = { output_name = "ci.build", nix_installable = ".#ci.build" }

[jobs.sj]
description = "staged job"
timeout_secs = 60
execution = { placement = "remote_ssh", runtime = "incus" }
runtime_config = { kind = "incus", staged_linux_command = { target = "st", wrapper = "/staged/bin/run-sj" } }
guest_command = { kind = "shell_command", command = "ignored" }
`;

const GOOD = `version = 1

[scripts]
greet = "echo hi"

[targets.hello]
description = "Say hello"
jobs = ["hello"]
filters = ["src/**"]

[jobs.hello]
description = "Print a greeting"
timeout_secs = 60
execution = { placement = "local", runtime = "host_process" }
runtime_config = { kind = "host_process" }
guest_command = { kind = "host_shell_command", command = { script = "greet", args = ["a b"] } }
${STAGED_TARGET}`;

function errorOf(text: string): InputError {
  try {
    parseCatalog(text, 'cat.toml');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the catalog to be rejected');
}

describe('parseCatalog', () => {
  it('resolves scripts with positional arguments and staged references', () => {
    const catalog = parseCatalog(GOOD, 'cat.toml');
    expect(catalog.jobs.get('hello')!.guest_command).toEqual({
      kind: 'host_shell_command',
      command: "set -- 'a b'\necho hi",
    });
    expect(catalog.targets.get('hello')!.filters).toEqual(['src/**']);
    expect([...catalog.stagedTargets.keys()]).toEqual(['st']);
    const sj = catalog.jobs.get('sj')!;
    expect(sj.runtime_config).toEqual({
      kind: 'incus',
      staged_linux_command: {
        snapshot_profile: 'rust',
        prepare_node_prefix: 'st-linux',
        prepare_description: 'st lane',
        payload_specs: [
          { role: 'workspace_deps', output_name: 'ci.deps', nix_installable: '.#ci.deps' },
          { role: 'workspace_build', output_name: 'ci.build', nix_installable: '.#ci.build' },
        ],
        execute_wrapper_command: '/staged/bin/run-sj',
        workspace_output_system: 'x86_64-linux',
      },
    });
  });

  it('loads the example catalog', async () => {
    const catalog = await loadCatalog(fileURLToPath(new URL('../../catalog/example.toml', import.meta.url)));
    expect([...catalog.targets.keys()]).toEqual(['hello']);
    expect(catalog.jobs.get('hello')).toMatchObject({
      timeout_secs: 60,
      execution: { placement: 'local', runtime: 'host_process' },
    });
  });

  const replace = (from: string, to: string): string => {
    if (!GOOD.includes(from)) throw new Error(`fixture lacks ${from}`);
    return GOOD.replace(from, to);
  };

  it.each([
    [
      'runtime and execution disagreeing',
      replace('runtime_config = { kind = "host_process" }', 'runtime_config = { kind = "tart" }'),
      'cat.toml:15: jobs.hello.runtime_config.kind: runtime_config is `tart` but execution.runtime is `host_process`; they must agree',
    ],
    [
      'an unknown job reference',
      replace('jobs = ["hello"]', 'jobs = ["helo"]'),
      'cat.toml:8: targets.hello.jobs[0]: unknown job `helo`; did you mean `hello`?',
    ],
    [
      'a job listed twice in a target',
      replace('jobs = ["hello"]', 'jobs = ["hello", "hello"]'),
      'cat.toml:8: targets.hello.jobs[1]: job `hello` is listed twice in target `hello`',
    ],
    [
      'a duplicate job id',
      `${GOOD}\n[jobs.hello]\ndescription = "again"\n`,
      "cat.toml:37:12: invalid TOML: Can't redefine existing key",
    ],
    [
      'filters on a staged target',
      replace('jobs = ["sj"]', 'jobs = ["sj"]\nfilters = ["a"]'),
      'cat.toml:21: targets.st.filters: staged target `st` takes its path filters from the branch lane bound to it in the lane manifest (PIKACI-003); remove `filters`',
    ],
    [
      'an invalid filter',
      replace('filters = ["src/**"]', 'filters = ["src/{a"]'),
      'cat.toml:9: targets.hello.filters[0]: invalid path pattern `src/{a`',
    ],
    [
      'an unknown staged target in a job',
      replace('target = "st"', 'target = "sst"'),
      'cat.toml:34: jobs.sj.runtime_config.staged_linux_command.target: unknown staged target `sst`; did you mean `st`?',
    ],
    [
      'a staged reference to a non-staged target',
      replace('target = "st"', 'target = "hello"'),
      'cat.toml:34: jobs.sj.runtime_config.staged_linux_command.target: target `hello` has no `staged` table, so it cannot stage job `sj`',
    ],
    [
      'a non-staged job in a staged target',
      replace('jobs = ["sj"]', 'jobs = ["sj", "hello"]'),
      'cat.toml:20: targets.st.jobs[1]: job `hello` is not a staged job, but staged target `st` only runs jobs staged for it',
    ],
    [
      'an unknown script',
      replace('script = "greet"', 'script = "gret"'),
      'cat.toml:16: jobs.hello.guest_command.command.script: unknown script `gret` (not in [scripts]); did you mean `greet`?',
    ],
    [
      'a malformed script reference',
      replace('script = "greet", args', 'script = "greet", argz'),
      'cat.toml:16: jobs.hello.guest_command.command.argz: unknown key `argz`; did you mean `args`?',
    ],
    [
      'an unused job',
      `${GOOD}\n${STAGED_TARGET.split('[jobs.sj]')[1]!.replace(/^/, '[jobs.orphan]')}`,
      "cat.toml:37: jobs.orphan: job `orphan` is not used by any target; add it to a target's `jobs` or remove it",
    ],
    [
      'an unused script',
      replace('greet = "echo hi"', 'greet = "echo hi"\nunused = "true"'),
      'cat.toml:5: scripts.unused: script `unused` is not used by any job; remove it',
    ],
    [
      'an unknown job key',
      replace(
        'timeout_secs = 60\nexecution = { placement = "local"',
        'timeout_sec = 60\nexecution = { placement = "local"',
      ),
      'cat.toml:13: jobs.hello.timeout_sec: unknown key `timeout_sec`; did you mean `timeout_secs`?',
    ],
    [
      'an unknown runtime key',
      replace('{ kind = "incus", staged', '{ kind = "incus", mount_host_rust_toolchain = true, staged'),
      'cat.toml:34: jobs.sj.runtime_config.mount_host_rust_toolchain: unknown key `mount_host_rust_toolchain`',
    ],
    [
      'a bad placement',
      replace('placement = "local"', 'placement = "locl"'),
      'cat.toml:14: jobs.hello.execution.placement: Invalid option: expected one of "local"|"remote_ssh"',
    ],
    [
      'an id key in a job',
      replace('description = "Print a greeting"', 'id = "hello"\ndescription = "Print a greeting"'),
      'cat.toml:12: jobs.hello.id: a job takes its id from its table name `[jobs.<id>]`; remove `id`',
    ],
    [
      'a bad target id',
      replace('[targets.hello]', '[targets."hello world"]').replace('jobs = ["hello"]', 'jobs = ["hello"]'),
      'cat.toml:6: targets."hello world": invalid key `hello world`: ids are letters, digits, `.`, `_` and `-`, starting alphanumeric',
    ],
    [
      'an unknown target key',
      replace('description = "Say hello"', 'descripton = "Say hello"'),
      'cat.toml:7: targets.hello.descripton: unknown key `descripton`; did you mean `description`?',
    ],
    [
      'a wrong version',
      replace('version = 1', 'version = 2'),
      'cat.toml:1: version: unsupported catalog version; this tool reads `version = 1`',
    ],
    [
      'a target without jobs',
      replace('jobs = ["hello"]', 'jobs = []'),
      'cat.toml:8: targets.hello.jobs: a target needs at least one job',
    ],
    [
      'a relative wrapper',
      replace('wrapper = "/staged/bin/run-sj"', 'wrapper = "run-sj"'),
      'cat.toml:34: jobs.sj.runtime_config.staged_linux_command.execute_wrapper_command: execute_wrapper_command must be an absolute guest path',
    ],
  ])('rejects %s', (_name, text, expected) => {
    const error = errorOf(text);
    expect(error.message).toContain(expected);
    expect(error.exitCode).toBe(2);
  });

  it('reports a missing file', async () => {
    await expect(loadCatalog('/nonexistent/catalog.toml')).rejects.toThrow(
      'cannot read /nonexistent/catalog.toml (ENOENT)',
    );
  });
});

describe('bindManifest and resolveTarget', () => {
  const catalog = parseCatalog(GOOD, 'cat.toml');
  const options = { knownTargets: new Set(['hello', 'st']) };
  const lane = (id: string, target: string, line: string): string =>
    `[[branch.lanes]]\nid = "${id}"\ntitle = "${id}"\ntarget = "${target}"\npaths = ["${line}"]\n`;

  it('binds a staged target to its lane', async () => {
    const manifest = await parseManifest(`version = 1\n${lane('l', 'st', 'x/**')}`, 'm.toml', options);
    const bound = bindManifest(catalog, manifest);
    expect(resolveTarget(bound, 'st').filters).toEqual(['x/**']);
    expect(bound.manifestPath).toBe('m.toml');
  });

  it('rejects two lanes bound to one staged target, naming both lines', async () => {
    const manifest = await parseManifest(
      `version = 1\n${lane('a', 'st', 'x')}\n${lane('b', 'st', 'y')}`,
      'm.toml',
      options,
    );
    try {
      bindManifest(catalog, manifest);
      throw new Error('expected a rejection');
    } catch (error) {
      expect((error as InputError).describe()).toContain(
        'm.toml:8: staged target `st` is bound by branch lanes `a` (line 2) and `b` (line 8)',
      );
    }
  });

  it('refuses an unbound staged target like upstream', () => {
    expect(() => resolveTarget(catalog, 'st')).toThrow('missing forge lane manifest entry for `st`');
  });

  it('suggests a near target id', () => {
    try {
      resolveTarget(catalog, 'helo');
      throw new Error('expected a rejection');
    } catch (error) {
      expect((error as InputError).describe()).toBe(
        'unknown target `helo` in catalog cat.toml\n  hint: did you mean `hello`?',
      );
    }
  });
});

describe('catalog location', () => {
  it('ships the Pika catalog two directories above this module', () => {
    expect(defaultCatalogPath()).toBe(fileURLToPath(new URL('../../catalog/pika.toml', import.meta.url)));
    expect(existsSync(defaultCatalogPath())).toBe(true);
  });

  it('prefers the flag, then the repository catalog, then the bundled one', () => {
    const repo = mkdtempSync(join(tmpdir(), 'catalog-repo-'));
    expect(resolveCatalogPath({ repoRoot: repo })).toEqual({ path: defaultCatalogPath(), source: 'bundled' });
    mkdirSync(join(repo, 'ci'));
    writeFileSync(join(repo, 'ci', 'pikaci-catalog.toml'), 'version = 1\n');
    expect(resolveCatalogPath({ repoRoot: repo })).toEqual({
      path: join(repo, 'ci', 'pikaci-catalog.toml'),
      source: 'repository',
    });
    expect(resolveCatalogPath({ repoRoot: repo, flag: 'x.toml' })).toEqual({
      path: 'x.toml',
      source: 'flag',
    });
  });
});
