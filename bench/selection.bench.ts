/**
 * Lane selection for 100,000 changed paths against the Pika manifest, the whole process (load the
 * catalog and manifest, compile, select), against the way path-filter actions do it in the same run:
 * every path tested against every pattern of every lane with picomatch `{dot: true}`.
 *
 * Then the same as whole processes, where a user measures it: `pikaci plan --changed-from <file>`
 * from a bundle built from the current source, against a Node process that reads the same file and
 * runs the picomatch loop over the lanes' patterns (given to it as JSON: no TOML to parse, so the
 * baseline is favoured).
 *
 * Worst case for us: almost no path is covered by a lane (deep random paths in uncovered
 * directories, some of them next to covered ones), so no lane is decided early and every path is
 * looked at; the one covered path comes last.
 */
import picomatch from 'picomatch';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalogPath, loadCatalog, manifestOptionsFor } from '../src/catalog/index.js';
import { allLanes, loadManifest } from '../src/manifest/index.js';
import { selectLanes } from '../src/select/index.js';
import { report, time, timeInterleaved, type Timing } from './stats.js';

const PATHS = 100_000;
const ROUNDS = 5;
const manifestFile = fileURLToPath(new URL('../catalog/pika-forge-lanes.toml', import.meta.url));
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The path-filter way as its own process: read the list, every path against every pattern. */
const BASELINE_SCRIPT = `
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const [picomatchPath, lanesFile, pathsFile] = process.argv.slice(2);
const picomatch = createRequire(import.meta.url)(picomatchPath);
const lanes = JSON.parse(readFileSync(lanesFile, 'utf8'));
const changed = readFileSync(pathsFile, 'utf8').split('\\n').filter(Boolean);
const selected = lanes.filter((lane) => {
  const matchers = lane.paths.map((p) => picomatch(p, { dot: true }));
  return changed.filter((file) => matchers.some((match) => match(file))).length > 0;
});
process.stdout.write(JSON.stringify(selected.map((lane) => lane.id)) + '\\n');
`;

/** Deterministic paths (a small LCG), so every run measures the same input. */
function generatePaths(count: number): string[] {
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const word = (): string => `${['src', 'lib', 'mod', 'util', 'core', 'test', 'gen'][next(7)]}${next(1000)}`;
  const ext = (): string => ['rs', 'ts', 'md', 'toml', 'json', 'sh'][next(6)]!;
  // Uncovered homes: top-level directories no lane names, and siblings of covered directories.
  const homes = [
    'vendor',
    'third_party',
    'web',
    'assets',
    'crates/pika-share',
    'crates/pika-ui',
    'pikachat-claude/test',
  ];
  const paths: string[] = [];
  for (let i = 0; i < count - 1; i++) {
    const depth = 2 + next(6);
    const dirs = Array.from({ length: depth }, word);
    paths.push(`${homes[next(homes.length)]}/${dirs.join('/')}/file${i}.${ext()}`);
  }
  paths.push('crates/rmp-cli/src/main.rs');
  return paths;
}

async function loadLanes() {
  const catalog = await loadCatalog(defaultCatalogPath());
  const manifest = await loadManifest(manifestFile, manifestOptionsFor(catalog));
  return allLanes(manifest);
}

async function ours(changed: readonly string[]): Promise<string[]> {
  const lanes = await loadLanes();
  return selectLanes({ lanes, group: 'branch', changed, manifestPath: 'ci/forge-lanes.toml' })
    .filter((s) => s.selected)
    .map((s) => s.id);
}

/** dorny/paths-filter's loop: per filter, `files.filter(file => patterns.some(p => p(file)))`. */
async function picomatchBaseline(changed: readonly string[]): Promise<string[]> {
  const lanes = (await loadLanes()).filter((lane) => lane.group === 'branch');
  return lanes
    .filter((lane) => {
      const matchers = lane.paths.map((pattern) => picomatch(pattern, { dot: true }));
      return changed.filter((file) => matchers.some((match) => match(file))).length > 0;
    })
    .map((lane) => lane.id);
}

function line(label: string, timing: Timing): string {
  return `${label}: ${timing.medianMs.toFixed(1)} ms median (min ${timing.minMs.toFixed(1)}, n=${timing.runs})`;
}

export default async function bench(): Promise<void> {
  const changed = generatePaths(PATHS);
  const [a, b] = [await ours(changed), await picomatchBaseline(changed)];
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error(`the two selections differ: ours ${JSON.stringify(a)}, picomatch ${JSON.stringify(b)}`);
  }
  // Rounds interleave the two so a busy machine slows them alike.
  const subject: Timing[] = [];
  const baseline: Timing[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    subject.push(await time(1, () => ours(changed)));
    baseline.push(await time(1, () => picomatchBaseline(changed)));
  }
  const merge = (samples: Timing[]): Timing => {
    const ms = samples.map((s) => s.medianMs).sort((x, y) => x - y);
    return { medianMs: ms[Math.floor(ms.length / 2)]!, minMs: ms[0]!, runs: ms.length };
  };
  const [s, p] = [merge(subject), merge(baseline)];
  console.log(`${PATHS} changed paths, ${b.length} lane(s) selected (${b.join(', ')})`);
  console.log(line('pikaci selectLanes (load + compile + select)', s));
  console.log(line('picomatch every path × every pattern (load + compile + match)', p));
  console.log(`speed-up: ${(p.medianMs / s.medianMs).toFixed(1)}x`);

  await wholeProcesses(changed, b);
}

async function wholeProcesses(changed: readonly string[], expected: readonly string[]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'pikaci-bench-selection-'));
  try {
    execFileSync('node', [join(ROOT, 'scripts/build-dist.mjs'), join(work, 'dist')], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const pathsFile = join(work, 'changed.txt');
    writeFileSync(pathsFile, `${changed.join('\n')}\n`);
    const lanesFile = join(work, 'lanes.json');
    const lanes = (await loadLanes()).filter((lane) => lane.group === 'branch');
    writeFileSync(lanesFile, JSON.stringify(lanes.map((lane) => ({ id: lane.id, paths: lane.paths }))));
    const script = join(work, 'baseline.mjs');
    writeFileSync(script, BASELINE_SCRIPT);
    const picomatchPath = createRequire(import.meta.url).resolve('picomatch');
    const cli = join(work, 'dist/cli/index.js');
    const plan = (): string =>
      execFileSync(
        'node',
        [cli, 'plan', '--manifest', manifestFile, '--changed-from', pathsFile, '--format', 'json'],
        { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
    const baseline = (): string =>
      execFileSync('node', [script, picomatchPath, lanesFile, pathsFile], { encoding: 'utf8' });
    const planned = JSON.parse(plan()) as { lanes: Array<{ id: string; selected: boolean }> };
    const ours = planned.lanes.filter((lane) => lane.selected).map((lane) => lane.id);
    const theirs = JSON.parse(baseline()) as string[];
    if (
      JSON.stringify(ours) !== JSON.stringify(expected) ||
      JSON.stringify(theirs) !== JSON.stringify(expected)
    ) {
      throw new Error(`whole-process selections differ: ${JSON.stringify({ ours, theirs, expected })}`);
    }
    const [subject, picomatchProcess] = await timeInterleaved(ROUNDS, [plan, baseline]);
    report(
      'whole process: pikaci plan --changed-from (100,000 paths)',
      subject!,
      picomatchProcess!,
      'a picomatch-per-pattern process',
    );
    console.log(
      `speed-up, whole process: ${(picomatchProcess!.medianMs / subject!.medianMs).toFixed(1)}x (aim ≥ 6x)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
