/**
 * Cold start of the bundled action's `plan` on a push that changes 1,000 files, against a baseline
 * measured in the same run: a minimal ESM bundle that imports only `@actions/core`, reads the event
 * and runs the same `git diff`. (dorny/paths-filter's own bundle cannot be fetched here, so its
 * figures are printed as reference only.) Wall time is measured around each process; peak RSS comes
 * from `/usr/bin/time -v` when present, else from a preload that prints the child's own
 * `process.resourceUsage().maxRSS` at exit.
 */
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commit, initRepo } from '../__tests__/support/repo.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 10;
const CHANGED = 1000;
/** dorny/paths-filter v4 cold start on this machine, from the issue: reference only. */
const REFERENCE = { wallMs: 140, rssMiB: 64 };

/** Without /usr/bin/time: the child reports its own peak RSS (KiB on Linux) as it exits. */
const MAXRSS_PRELOAD =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('pikaci-maxrss-kib '+process.resourceUsage().maxRSS+'\\n'))";

interface Sample {
  wallMs: number;
  rssKiB: number | null;
}

export default async function coldStart(): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'pikaci-bench-cold-'));
  try {
    const dist = join(scratch, 'dist');
    await execa(process.execPath, ['scripts/build-dist.mjs', dist], { cwd: root });
    const baseline = await buildBaseline(join(scratch, 'baseline'));
    const repo = join(scratch, 'repo');
    const { before, after } = await makeRepo(repo);
    const eventPath = join(scratch, 'event.json');
    await writeFile(eventPath, JSON.stringify({ ref: 'refs/heads/main', before, after, forced: false }));
    const env = (outputs: string): Record<string, string> => ({
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? scratch,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: 'pika/pika',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_OUTPUT: join(scratch, `${outputs}.out`),
      GITHUB_STEP_SUMMARY: join(scratch, `${outputs}.md`),
      RUNNER_TEMP: scratch,
      INPUT_COMMAND: 'plan',
      INPUT_MANIFEST: 'ci/forge-lanes.toml',
      INPUT_CATALOG: join(root, 'catalog', 'pika.toml'),
      INPUT_LANES: '',
      INPUT_GROUP: '',
      INPUT_TOKEN: '',
    });

    const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
    const ours = await sample(timeBin, join(dist, 'action', 'index.js'), repo, env('plan'));
    const outputs = await readFile(join(scratch, 'plan.out'), 'utf8');
    if (!outputs.includes('matrix<<')) throw new Error(`the plan run wrote no matrix output:\n${outputs}`);
    const base = await sample(timeBin, baseline, repo, env('baseline'));

    console.log(
      `push of ${CHANGED} changed files, ${RUNS} cold starts each; peak RSS from ${timeBin ? '/usr/bin/time -v' : "the child's resourceUsage().maxRSS"}`,
    );
    console.log(line('pikaci-action plan (dist/action)', ours));
    console.log(line('baseline: @actions/core + event + git diff', base));
    console.log(
      `reference (from the issue, not measured here): dorny/paths-filter bundle ~${REFERENCE.wallMs} ms, ${REFERENCE.rssMiB} MiB peak RSS`,
    );
    console.log(
      `ratio to baseline: wall ${(median(ours, 'wallMs') / median(base, 'wallMs')).toFixed(2)}x` +
        (ours[0]!.rssKiB !== null && base[0]!.rssKiB !== null
          ? `, peak RSS ${(max(ours) / max(base)).toFixed(2)}x`
          : ''),
    );
    console.log(
      "(dorny/paths-filter's bundle cannot be downloaded on this machine, so the baseline stands in for it.)",
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function sample(
  timeBin: string | null,
  entry: string,
  cwd: string,
  env: Record<string, string>,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    await writeFile(env['GITHUB_OUTPUT']!, '');
    await writeFile(env['GITHUB_STEP_SUMMARY']!, '');
    const [command, ...args] = timeBin
      ? [timeBin, '-v', process.execPath, entry]
      : [process.execPath, '--import', MAXRSS_PRELOAD, entry];
    const started = performance.now();
    const result = await execa(command!, args, { cwd, env, extendEnv: false, reject: false });
    const wallMs = performance.now() - started;
    if (result.exitCode !== 0)
      throw new Error(`${entry} exited ${result.exitCode}:\n${result.stdout}\n${result.stderr}`);
    const stderr = String(result.stderr);
    const rss =
      /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) ?? /^pikaci-maxrss-kib (\d+)$/m.exec(stderr);
    samples.push({ wallMs, rssKiB: rss ? Number(rss[1]) : null });
  }
  return samples;
}

function line(label: string, samples: Sample[]): string {
  const wall = samples.map((s) => s.wallMs).sort((a, b) => a - b);
  const rss =
    samples[0]!.rssKiB === null ? 'peak RSS n/a' : `peak RSS ${(max(samples) / 1024).toFixed(1)} MiB`;
  return `${label}: ${median(samples, 'wallMs').toFixed(1)} ms median wall (min ${wall[0]!.toFixed(1)}), ${rss}`;
}

function median(samples: Sample[], key: 'wallMs'): number {
  const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function max(samples: Sample[]): number {
  return Math.max(...samples.map((s) => s.rssKiB ?? 0));
}

/** A repository whose last commit changes CHANGED files, with the Pika manifest fixture at HEAD. */
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
function benchManifest(): string {
  const lines = ['version = 1', ''];
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
  for (let lane = 0; lane < 10; lane++) {
    const paths = ['ci/forge-lanes.toml', 'Cargo.toml', 'Cargo.lock', 'flake.nix', 'justfile'];
    for (let i = 0; i < 20; i++)
      paths.push(i % 2 === 0 ? `crates/c${lane}-${i}/**` : `scripts/s${lane}-${i}.sh`);
    paths.push(`${areas[lane % areas.length]!}/**`);
    lines.push(
      '[[branch.lanes]]',
      `id = "lane_${lane}"`,
      `title = "check-lane-${lane}"`,
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
