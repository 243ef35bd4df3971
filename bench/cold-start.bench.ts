/**
 * Cold start of the bundled action's `plan` on a push that changes 1,000 files, whole process, all
 * measured in the same run and interleaved (one process of each subject per round):
 *
 * - against a stand-in baseline: a minimal ESM bundle that imports only `@actions/core`, reads the
 *   event and runs the same `git diff` (the least a path-filter action must do);
 * - against dorny/paths-filter's built `dist/` when `PIKACI_BENCH_PATHS_FILTER=<dir>` names a copy of
 *   it (its repository root or its `dist/`; get it with `git archive` of github:dorny/paths-filter,
 *   never committed here), given the same lanes as filters (the aim: ≤ 0.7×);
 * - with Node's compile cache off, cold (an empty cache directory per run) and warm, for the action's
 *   plan and for `pikaci plan` (docs/design.md "Bundling notes"), when the Node used has it;
 * - and the floors: `node -e 0` and an empty ESM file.
 *
 * Node: `PIKACI_BENCH_NODE`, else the Node 24 that `npm run test:all` installs under `.tools/` (the
 * action's runtime), else this process's. Wall time is measured around each process; its CPU time
 * (user + system, the process itself, not its git children) and peak RSS come from a preload that
 * prints the child's own `process.resourceUsage()` at exit. CPU time is the steadier figure on a busy
 * machine, where wall time mostly measures the wait for a core.
 */
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commit, initRepo } from '../__tests__/support/repo.js';
import { benchNode } from './stats.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 15;
const CHANGED = 1000;

/** The child reports its own CPU time (µs) and peak RSS (KiB on Linux) as it exits. */
const USAGE_PRELOAD =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('pikaci-usage '+(u.userCPUTime+u.systemCPUTime)+' '+u.maxRSS+'\\n')})";

interface Sample {
  wallMs: number;
  cpuMs: number;
  rssKiB: number;
}

interface Subject {
  label: string;
  /** Arguments after the node binary. */
  args: string[];
  env: Record<string, string>;
  /** Run before each sample (not timed). */
  prepare?: () => Promise<void>;
  /** Checked once after the first sample: throws when the subject did not do its job. */
  check?: () => Promise<void>;
  samples: Sample[];
}

export default async function coldStart(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'pikaci-bench-cold-'));
  try {
    const node = benchNode(root);
    const version = (await execa(node, ['--version'])).stdout.trim();
    const hasCompileCache =
      (await execa(node, ['-p', "typeof require('node:module').enableCompileCache"])).stdout.trim() ===
      'function';
    const dist = join(scratch, 'dist');
    await execa(process.execPath, ['scripts/build-dist.mjs', dist], { cwd: root });
    const baseline = await buildBaseline(join(scratch, 'baseline'));
    const repo = join(scratch, 'repo');
    const { before, after } = await makeRepo(repo);
    const eventPath = join(scratch, 'event.json');
    await writeFile(eventPath, JSON.stringify({ ref: 'refs/heads/main', before, after, forced: false }));
    const emptyModule = join(scratch, 'empty.mjs');
    await writeFile(emptyModule, '');

    const baseEnv = (name: string): Record<string, string> => ({
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? scratch,
      // Each subject says where its compile cache is; none inherits one.
      NODE_DISABLE_COMPILE_CACHE: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: 'pika/pika',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_OUTPUT: join(scratch, `${name}.out`),
      GITHUB_STEP_SUMMARY: join(scratch, `${name}.md`),
      RUNNER_TEMP: scratch,
    });
    const planEnv = (name: string): Record<string, string> => ({
      ...baseEnv(name),
      INPUT_COMMAND: 'plan',
      INPUT_MANIFEST: 'ci/forge-lanes.toml',
      // Empty: the catalog shipped with the action, as a workflow that does not set it gets.
      INPUT_CATALOG: '',
      INPUT_LANES: '',
      INPUT_GROUP: '',
      INPUT_TOKEN: '',
    });
    const wroteOutput = (name: string, output: string) => async () => {
      const text = await readFile(join(scratch, `${name}.out`), 'utf8');
      if (!text.includes(`${output}<<`)) throw new Error(`${name} wrote no ${output} output:\n${text}`);
    };
    /** With the compile cache on, in `dir` (where a self-hosted runner's would be). */
    const withCompileCache = (env: Record<string, string>, dir: string): Record<string, string> => {
      const { NODE_DISABLE_COMPILE_CACHE: _off, ...rest } = env;
      return { ...rest, RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_TOOL_CACHE: dir };
    };
    const coldCache = join(scratch, 'cache-cold');
    const warmCache = join(scratch, 'cache-warm');
    const actionEntry = join(dist, 'action', 'index.js');
    const cliEntry = join(dist, 'cli', 'index.js');
    const cliPlan = [cliEntry, 'plan', '--repo', repo, '--base', before, '--head', after];
    const subject = (label: string, args: string[], env: Record<string, string>, extra = {}): Subject => ({
      label,
      args,
      env,
      samples: [],
      ...extra,
    });

    const ours = subject(
      'pikaci-action plan (dist/action), compile cache off',
      [actionEntry],
      planEnv('plan'),
      {
        check: wroteOutput('plan', 'matrix'),
      },
    );
    const base = subject('baseline: @actions/core + event + git diff', [baseline], planEnv('baseline'), {
      check: wroteOutput('baseline', 'changes'),
    });
    const subjects = [ours, base];
    const filterDist = pathsFilterDist();
    const pathsFilter =
      filterDist === undefined
        ? undefined
        : subject(
            'dorny/paths-filter (its dist/index.js), same lanes as filters',
            [filterDist],
            { ...baseEnv('paths-filter'), ...pathsFilterInputs() },
            { check: wroteOutput('paths-filter', 'changes') },
          );
    if (pathsFilter) subjects.push(pathsFilter);
    const cached = hasCompileCache
      ? {
          actionCold: subject(
            'pikaci-action plan, compile cache cold (empty)',
            [actionEntry],
            withCompileCache(planEnv('plan-cold'), coldCache),
            {
              prepare: () => rm(coldCache, { recursive: true, force: true }),
              check: wroteOutput('plan-cold', 'matrix'),
            },
          ),
          actionWarm: subject(
            'pikaci-action plan, compile cache warm',
            [actionEntry],
            withCompileCache(planEnv('plan-warm'), warmCache),
            { check: wroteOutput('plan-warm', 'matrix') },
          ),
          cliOff: subject('pikaci plan (dist/cli), compile cache off', cliPlan, baseEnv('cli')),
          cliCold: subject(
            'pikaci plan, compile cache cold (empty)',
            cliPlan,
            withCompileCache(baseEnv('cli-cold'), coldCache),
            { prepare: () => rm(coldCache, { recursive: true, force: true }) },
          ),
          cliWarm: subject(
            'pikaci plan, compile cache warm',
            cliPlan,
            withCompileCache(baseEnv('cli-warm'), warmCache),
          ),
        }
      : undefined;
    if (cached) subjects.push(...Object.values(cached));
    const nodeFloor = subject('floor: node -e 0', ['-e', '0'], baseEnv('floor'));
    const esmFloor = subject('floor: an empty ESM file', [emptyModule], baseEnv('floor-esm'));
    subjects.push(nodeFloor, esmFloor);

    if (cached) {
      // Fill the warm cache once, for both entries.
      for (const s of [cached.actionWarm, cached.cliWarm]) {
        await resetStepFiles(s);
        await execa(node, s.args, { cwd: repo, env: s.env, extendEnv: false });
      }
    }
    for (let round = 0; round < RUNS; round++) {
      for (const s of subjects) {
        await s.prepare?.();
        s.samples.push(await sampleOnce(node, s, repo));
        if (round === 0) await s.check?.();
      }
    }

    console.log(
      `push of ${CHANGED} changed files, ${RUNS} rounds, interleaved; node ${version} (${node}); ` +
        "medians; CPU and peak RSS are the node process's own",
    );
    for (const s of subjects) console.log(line(s.label, s.samples));
    const ratio = (a: Subject, b: Subject): string =>
      `wall ${(median(a.samples, 'wallMs') / median(b.samples, 'wallMs')).toFixed(2)}x, ` +
      `CPU ${(median(a.samples, 'cpuMs') / median(b.samples, 'cpuMs')).toFixed(2)}x, ` +
      `peak RSS ${(maxRss(a.samples) / maxRss(b.samples)).toFixed(2)}x`;
    console.log(`ratio to baseline (compile cache off): ${ratio(ours, base)}`);
    if (pathsFilter) {
      console.log(`ratio to dorny/paths-filter, compile cache off: ${ratio(ours, pathsFilter)} (aim ≤ 0.7x)`);
      if (cached) {
        console.log(
          `ratio to dorny/paths-filter, compile cache cold: ${ratio(cached.actionCold, pathsFilter)}`,
        );
        console.log(
          `ratio to dorny/paths-filter, compile cache warm: ${ratio(cached.actionWarm, pathsFilter)}`,
        );
      }
    } else {
      console.log(
        'dorny/paths-filter not measured: set PIKACI_BENCH_PATHS_FILTER to a copy of its built dist/ ' +
          '(e.g. git archive of github:dorny/paths-filter, extracted outside this repository)',
      );
    }
    if (cached) {
      console.log(`action plan, warm compile cache vs off: ${ratio(cached.actionWarm, ours)}`);
      console.log(`action plan, cold compile cache vs off: ${ratio(cached.actionCold, ours)}`);
      console.log(`pikaci plan, warm compile cache vs off: ${ratio(cached.cliWarm, cached.cliOff)}`);
      console.log(`pikaci plan, cold compile cache vs off: ${ratio(cached.cliCold, cached.cliOff)}`);
    } else {
      console.log(
        `compile cache rows skipped: node ${version} has no module.enableCompileCache (needs ≥ 22.1)`,
      );
    }
    console.log(`action plan vs floor node -e 0: ${ratio(ours, nodeFloor)}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The `dist/index.js` of the paths-filter copy named by `PIKACI_BENCH_PATHS_FILTER`, if any. */
function pathsFilterDist(): string | undefined {
  const dir = process.env['PIKACI_BENCH_PATHS_FILTER'];
  if (!dir) return undefined;
  for (const candidate of [join(dir, 'dist', 'index.js'), join(dir, 'index.js')]) {
    if (existsSync(candidate)) return resolve(candidate);
  }
  throw new Error(`PIKACI_BENCH_PATHS_FILTER=${dir}: no dist/index.js or index.js there`);
}

/** paths-filter's inputs: the bench manifest's lanes as filters, diffed against the pushed branch. */
function pathsFilterInputs(): Record<string, string> {
  const filters = benchLanes()
    .map((lane) => `${lane.id}:\n${lane.paths.map((path) => `  - ${JSON.stringify(path)}`).join('\n')}`)
    .join('\n');
  return {
    INPUT_FILTERS: filters,
    // The pushed branch itself: paths-filter then diffs the push's `before` to the branch head.
    INPUT_BASE: 'main',
    INPUT_REF: '',
    INPUT_TOKEN: '',
    'INPUT_WORKING-DIRECTORY': '',
    'INPUT_LIST-FILES': 'none',
    'INPUT_INITIAL-FETCH-DEPTH': '100',
    'INPUT_PREDICATE-QUANTIFIER': 'some',
  };
}

/** Empty `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files, as the runner gives each step. */
async function resetStepFiles(s: Subject): Promise<void> {
  await writeFile(s.env['GITHUB_OUTPUT']!, '');
  await writeFile(s.env['GITHUB_STEP_SUMMARY']!, '');
}

async function sampleOnce(node: string, s: Subject, cwd: string): Promise<Sample> {
  await resetStepFiles(s);
  const started = performance.now();
  const result = await execa(node, ['--import', USAGE_PRELOAD, ...s.args], {
    cwd,
    env: s.env,
    extendEnv: false,
    reject: false,
  });
  const wallMs = performance.now() - started;
  if (result.exitCode !== 0)
    throw new Error(`${s.label} exited ${result.exitCode}:\n${result.stdout}\n${result.stderr}`);
  const usage = /^pikaci-usage (\d+) (\d+)$/m.exec(String(result.stderr));
  if (!usage) throw new Error(`${s.label} reported no resource usage:\n${result.stderr}`);
  return { wallMs, cpuMs: Number(usage[1]) / 1000, rssKiB: Number(usage[2]) };
}

function line(label: string, samples: Sample[]): string {
  const min = Math.min(...samples.map((s) => s.wallMs));
  return (
    `${label}: ${median(samples, 'wallMs').toFixed(1)} ms wall (min ${min.toFixed(1)}), ` +
    `${median(samples, 'cpuMs').toFixed(1)} ms CPU, peak RSS ${(maxRss(samples) / 1024).toFixed(1)} MiB`
  );
}

function median(samples: Sample[], key: 'wallMs' | 'cpuMs'): number {
  const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function maxRss(samples: Sample[]): number {
  return Math.max(...samples.map((s) => s.rssKiB));
}

/** A repository whose last commit changes CHANGED files, with the bench manifest at HEAD. */
async function makeRepo(repo: string): Promise<{ before: string; after: string }> {
  initRepo(repo);
  await writeFiles(repo, 'v1');
  const before = commit(repo, { 'ci/forge-lanes.toml': benchManifest() }, 'before');
  await writeFiles(repo, 'v2');
  const after = commit(repo, {}, 'after');
  return { before, after };
}

async function writeFiles(repo: string, content: string): Promise<void> {
  const dirs = ['rust/src', 'crates/pika-tls/src', 'docs', 'pikachat-claude/src', 'tools/misc'];
  for (let i = 0; i < CHANGED; i++) {
    const dir = join(repo, dirs[i % dirs.length]!, `m${Math.floor(i / 100)}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `f${i}.txt`), `${content} ${i}\n`);
  }
}

/** Ten command lanes with Pika-sized path lists (about 25 exact paths and `dir/**` each). */
function benchLanes(): Array<{ id: string; title: string; lane: number; paths: string[] }> {
  const areas = [
    'rust',
    'crates/pika-tls',
    'docs',
    'pikachat-claude/src',
    'tools/misc',
    'android',
    'ios',
    'nix',
  ];
  return Array.from({ length: 10 }, (_, lane) => {
    const paths = ['ci/forge-lanes.toml', 'Cargo.toml', 'Cargo.lock', 'flake.nix', 'justfile'];
    for (let i = 0; i < 20; i++)
      paths.push(i % 2 === 0 ? `crates/c${lane}-${i}/**` : `scripts/s${lane}-${i}.sh`);
    paths.push(`${areas[lane % areas.length]!}/**`);
    return { id: `lane_${lane}`, title: `check-lane-${lane}`, lane, paths };
  });
}

function benchManifest(): string {
  const lines = ['version = 1', ''];
  for (const { id, title, lane, paths } of benchLanes()) {
    lines.push(
      '[[branch.lanes]]',
      `id = "${id}"`,
      `title = "${title}"`,
      `command = ["just", "check-${lane}"]`,
      `paths = [${paths.map((p) => JSON.stringify(p)).join(', ')}]`,
      '',
    );
  }
  return lines.join('\n');
}

/** The baseline (`bench/cold-start-baseline.mjs`), bundled with the same bundler as the action. */
async function buildBaseline(dir: string): Promise<string> {
  const ncc = join(root, 'node_modules', '.bin', 'ncc');
  await execa(ncc, ['build', join(root, 'bench', 'cold-start-baseline.mjs'), '-o', dir, '-q'], { cwd: root });
  return join(dir, 'index.mjs');
}
