/**
 * The package as a user gets it: `npm pack` (which builds `lib/` through `prepare`), a fresh
 * consumer project that installs the tarball, a TypeScript program that imports the public API,
 * type-checked with this repository's `tsc` and then run with node: it plans a change in a real git
 * repository, runs a job with the host-process backend and reads the run back.
 *
 * No network: the consumer's lock pins the tarball plus exactly the production entries of this
 * repository's lock, so `npm ci --offline` takes every dependency from npm's cache, which `npm ci`
 * in this repository filled with the same versions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../support/cli.js';
import { makeRepo, removeTempDirs, tempDir, type TestRepo } from '../support/repo.js';

const run = promisify(execFile);
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  license: string;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
  engines: Record<string, string>;
};

/** The consumer: the README's "Using the library" program, plus what the test reads back. */
const CONSUMER_PROGRAM = `
import { join } from 'node:path';
import {
  allLanes,
  buildMatrix,
  changesSince,
  createGit,
  defaultCatalogPath,
  executionEnvironment,
  guestRunnerScriptPath,
  listRuns,
  loadCatalog,
  loadLogs,
  loadManifest,
  manifestOptionsFor,
  resolveCatalogPath,
  resolveTarget,
  runJobs,
  selectLanes,
  type RunRecord,
} from 'pikaci-action';

const [repo, base, stateRoot] = process.argv.slice(2) as [string, string, string];

// Plan: the lanes of the repository's manifest that the change since \`base\` selects.
const catalog = await loadCatalog(resolveCatalogPath({ repoRoot: repo }).path);
const manifest = await loadManifest(join(repo, 'ci/forge-lanes.toml'), manifestOptionsFor(catalog));
const lanes = allLanes(manifest);
const change = await changesSince(createGit(repo), base, 'HEAD');
const selections = selectLanes({ lanes, group: 'branch', changed: change.paths, manifestPath: 'ci/forge-lanes.toml' });
const matrix = buildMatrix(lanes, selections);

// Run: a catalog target's jobs, each on the backend executionEnvironment() picks for it.
const target = resolveTarget(catalog, 'hello');
const record: RunRecord = await runJobs({
  stateRoot,
  sourceRoot: repo,
  jobs: target.jobs,
  targetId: target.id,
  targetDescription: target.description,
  environment: executionEnvironment(),
});

// Read: the runs under the state root and the job's log.
const runs = await listRuns(stateRoot);
const logs = await loadLogs(stateRoot, record.run_id, { job: 'hello' });

// The data the package ships, found from lib/ inside node_modules.
const bundled = await loadCatalog(defaultCatalogPath());

console.log(
  JSON.stringify({
    catalogPath: catalog.path,
    bundledCatalogPath: bundled.path,
    bundledTargets: bundled.targets.size,
    guestRunnerPath: guestRunnerScriptPath(),
    changed: change.paths,
    selected: selections.filter((lane) => lane.selected).map((lane) => lane.id),
    matrix: matrix.include.map((entry) => entry.lane),
    status: record.status,
    runs: runs.map((entry) => entry.run_id),
    runId: record.run_id,
    hostLog: logs.host,
  }),
);
`;

/** Lines the compiler must reject: if the declarations were missing or \`any\`, these would pass. */
const CONSUMER_MISUSE = `
import { loadCatalog, selectLanes, type Catalog } from 'pikaci-action';

// @ts-expect-error: a lane group is 'branch' or 'nightly'
selectLanes({ lanes: [], group: 'weekly', changed: [], manifestPath: 'ci/forge-lanes.toml' });
// @ts-expect-error: loadCatalog resolves to a Catalog, not to a path
export const path: string = await loadCatalog('catalog.toml');
export const catalog: Promise<Catalog> = loadCatalog('catalog.toml');
`;

const MANIFEST = `version = 1

[[branch.lanes]]
id = "app"
title = "App"
command = ["true"]
paths = ["src/**"]

[[branch.lanes]]
id = "docs"
title = "Docs"
command = ["true"]
paths = ["docs/**"]
`;

/** The repository's own catalog (`ci/pikaci-catalog.toml`): one host-process job. */
const CATALOG = `version = 1

[targets.hello]
description = "Say hello"
jobs = ["hello"]

[jobs.hello]
description = "Say hello from a host process"
timeout_secs = 60
execution = { placement = "local", runtime = "host_process" }
runtime_config = { kind = "host_process" }
guest_command = { kind = "host_shell_command", command = "echo hello from the package" }
`;

let consumer: string;
let tarball: string;
let typeCheck: { code: number; stdout: string };
let repo: TestRepo;
let base: string;

beforeAll(async () => {
  const work = tempDir('pikaci-package-test-');
  await run('npm', ['pack', '--pack-destination', work], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const packed = readdirSync(work).filter((name) => name.endsWith('.tgz'));
  expect(packed).toEqual([`${packageJson.name}-${packageJson.version}.tgz`]);
  tarball = join(work, packed[0]!);

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  const dependency = `file:${tarball}`;
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', version: '1.0.0', dependencies: { [packageJson.name]: dependency } },
    [`node_modules/${packageJson.name}`]: {
      version: packageJson.version,
      resolved: dependency,
      license: packageJson.license,
      dependencies: packageJson.dependencies,
      bin: packageJson.bin,
      engines: packageJson.engines,
    },
  };
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key !== '' && entry.dev !== true) packages[key] = entry;
  }
  const write = (name: string, value: unknown) =>
    writeFileSync(
      join(consumer, name),
      typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`,
    );
  write('package.json', {
    name: 'consumer',
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies: { [packageJson.name]: dependency },
  });
  write('package-lock.json', {
    name: 'consumer',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages,
  });
  await run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: consumer,
  });

  write('plan.ts', CONSUMER_PROGRAM);
  write('misuse.ts', CONSUMER_MISUSE);
  write('tsconfig.json', {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      outDir: 'out',
      // The consumer's own @types/node, as any TypeScript program for Node.js has.
      typeRoots: [join(ROOT, 'node_modules/@types')],
      types: ['node'],
      skipLibCheck: true,
    },
    files: ['plan.ts', 'misuse.ts'],
  });
  typeCheck = await run('node', [TSC, '-p', consumer]).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

  repo = makeRepo();
  repo.write('ci/forge-lanes.toml', MANIFEST);
  repo.write('ci/pikaci-catalog.toml', CATALOG);
  repo.write('src/app.ts', 'export {};\n');
  repo.write('docs/index.md', '# docs\n');
  base = repo.commit({}, 'base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/app.ts', 'export const changed = true;\n');
  repo.commit({}, 'change the app');
}, 300_000);

afterAll(() => removeTempDirs());

describe('the npm package', () => {
  it('ships the compiled library, the bundles and the files they read, not the sources', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter((line) => line !== '');
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/lib/index.js',
        'package/lib/index.d.ts',
        'package/lib/catalog/paths.js',
        'package/dist/cli/index.js',
        'package/dist/action/index.js',
        'package/catalog/pika.toml',
        'package/nix/incus/pikaci-incus-run',
        'package/action.yml',
      ]),
    );
    expect(files.filter((file) => /^package\/(src|__tests__|scripts|ci)\//.test(file))).toEqual([]);
  });

  it('type-checks a consumer program against the declarations, and rejects misuse', () => {
    expect(typeCheck).toEqual({ code: 0, stdout: '' });
  });

  it('plans a change, runs a job and reads its records through the installed package', async () => {
    const stateRoot = join(consumer, 'state');
    const { stdout } = await run('node', [join(consumer, 'out/plan.js'), repo.root, base, stateRoot], {
      cwd: consumer,
    });
    const installed = join(consumer, 'node_modules', packageJson.name);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toEqual({
      catalogPath: join(repo.root, 'ci/pikaci-catalog.toml'),
      bundledCatalogPath: join(installed, 'catalog/pika.toml'),
      bundledTargets: expect.any(Number),

      guestRunnerPath: join(installed, 'nix/incus/pikaci-incus-run'),
      changed: ['src/app.ts'],
      selected: ['app'],
      matrix: ['app'],
      status: 'passed',
      runs: [report['runId']],
      runId: expect.stringMatching(/^\d{8}T\d{6}Z-[0-9a-f]{8}$/),
      hostLog: expect.stringContaining('hello from the package'),
    });
    expect(report['bundledTargets']).toBeGreaterThan(0);
    expect(existsSync(report['guestRunnerPath'] as string)).toBe(true);
  });
});
