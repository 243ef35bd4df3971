/**
 * The pass cache (README "Skipping lanes that already passed"), two figures:
 *
 * 1. A leg's wall time on a hit against a miss: the action bundle (built from the current source
 *    into a temp dir) runs `command: run` with `skip-if-passed: true` on a lane of `sleep 5`, on an
 *    unchanged tree, against the simulated cache service on 127.0.0.1 (`__tests__/support/
 *    artifact-service.ts`) that the real `@actions/cache` client talks to. A miss runs the lane and
 *    saves the marker (each miss looks in a fresh cache scope, so it cannot see the others' markers);
 *    a hit finds the marker and records the run. `pikaci run --skip-if-passed` (the state root's
 *    index) is measured the same way. Every figure includes starting Node.js and loading the bundle.
 * 2. Computing the pass key of a lane on a generated 20,000-file repository against taking the
 *    snapshot it stands for (`createSnapshot`), HEAD (CI) and working tree (local) alike, rounds
 *    interleaved so a busy machine slows both alike.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startArtifactService } from '../__tests__/support/artifact-service.js';
import { lanePassKey } from '../src/passcache/index.js';
import { resolveLaneRun } from '../src/run/index.js';
import { createSnapshot, snapshotContentHash } from '../src/snapshot/index.js';
import { generateRepository } from './snapshot.bench.js';
import { report, time, type Timing } from './stats.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Asynchronous: the simulated service answers from this process, so its event loop must keep running. */
const run = promisify(execFile);
const LEG_RUNS = 3;
const HASH_RUNS = 5;
const MANIFEST = `version = 1

[[branch.lanes]]
id = "sleepy"
title = "sleep 5"
command = ["sleep", "5"]
`;

export default async function bench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'pikaci-passcache-bench-'));
  try {
    await legWallTime(work);
    await hashingCost(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function gitRepo(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'bench');
}

async function legWallTime(work: string): Promise<void> {
  execFileSync('node', [join(ROOT, 'scripts/build-dist.mjs'), join(work, 'dist')], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const repo = join(work, 'repo');
  gitRepo(repo, { 'ci/forge-lanes.toml': MANIFEST, 'README.md': 'bench\n', '.gitignore': '.pikaci/\n' });
  const service = await startArtifactService();
  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(runnerTemp);
  let runId = 9000;
  const step = async (): Promise<void> => {
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: process.env['HOME'] ?? work,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: 'pika/pika',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(runId++),
      GITHUB_RUN_ATTEMPT: '1',
      RUNNER_TEMP: runnerTemp,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ...service.env,
      INPUT_COMMAND: 'run',
      INPUT_LANE: 'sleepy',
      'INPUT_SKIP-IF-PASSED': 'true',
      'INPUT_UPLOAD-ARTIFACT': 'false',
      'INPUT_STATE-ROOT': join(work, 'action-state'),
      INPUT_MANIFEST: 'ci/forge-lanes.toml',
    };
    await run('node', [join(work, 'dist/action/index.js')], { cwd: repo, env });
  };
  let scope = 0;
  const miss = await time(LEG_RUNS, () => {
    service.cache.scope = { write: `refs/heads/bench-${scope++}`, read: [] };
    return step();
  });
  service.cache.scope = { write: `refs/heads/bench-${scope - 1}`, read: [] };
  const hit = await time(LEG_RUNS, step);
  const node = await time(LEG_RUNS, () => run('node', ['-e', '0']));
  const saved = service.cache.entries.filter((entry) => entry.finalized).length;
  await service.close();
  const outcomes = readdirSync(join(work, 'action-state', 'runs')).map(
    (id) =>
      (
        JSON.parse(readFileSync(join(work, 'action-state', 'runs', id, 'run.json'), 'utf8')) as {
          pass_cache: { outcome: string } | null;
        }
      ).pass_cache?.outcome,
  );
  const hits = outcomes.filter((outcome) => outcome === 'already_passed').length;
  console.log(
    `action leg, lane \`sleep 5\`: ${saved} markers saved by ${LEG_RUNS} misses, ${hits} of ${LEG_RUNS} hits`,
  );
  report('hit (already passed, nothing runs)', hit, miss, 'miss (runs the lane, saves the marker)');
  console.log(`(starting Node.js alone, \`node -e 0\`: ${node.medianMs.toFixed(1)} ms median)`);

  const cli = join(work, 'dist/cli/index.js');
  const stateRoot = join(work, 'cli-state');
  const local = () =>
    run('node', [cli, 'run', 'sleepy', '--skip-if-passed', '--state-root', stateRoot], { cwd: repo });
  const localMiss = await time(1, local);
  const localHit = await time(LEG_RUNS, local);
  report('pikaci run --skip-if-passed, hit', localHit, localMiss, 'miss');
}

async function hashingCost(work: string): Promise<void> {
  const repo = join(work, 'big');
  generateRepository(repo);
  const laneRun = resolveLaneRun({
    id: 'big',
    sources: {
      targets: new Map(),
      lanes: [
        {
          id: 'big',
          title: 'big',
          group: 'branch',
          entrypoint: 'true',
          command: ['true'],
          paths: [],
          concurrency_group: null,
          staged_linux_target: null,
          target: null,
          runs_on: 'ubuntu-latest',
          line: 1,
        },
      ],
      catalogPath: 'none',
      manifestPath: null,
    },
    env: {},
  });
  let n = 0;
  const samples = new Map<string, number[]>();
  const subjects: Record<string, () => Promise<unknown>> = {
    snapshotCi: () =>
      createSnapshot({
        sourceRoot: repo,
        destDir: join(work, `s${n++}`),
        profile: 'full',
        includeLocalChanges: false,
      }),
    snapshotLocal: () =>
      createSnapshot({
        sourceRoot: repo,
        destDir: join(work, `s${n++}`),
        profile: 'full',
        includeLocalChanges: true,
      }),
    hashCi: () => snapshotContentHash({ sourceRoot: repo, profile: 'full', includeLocalChanges: false }),
    hashLocal: () => snapshotContentHash({ sourceRoot: repo, profile: 'full', includeLocalChanges: true }),
    keyCi: () =>
      lanePassKey({ id: 'big', laneRun, sourceRoot: repo, includeLocalChanges: false, host: {}, env: {} }),
  };
  for (let round = 0; round < HASH_RUNS; round++) {
    for (const [name, subject] of Object.entries(subjects)) {
      const timing = await time(1, subject);
      samples.set(name, [...(samples.get(name) ?? []), timing.medianMs]);
      for (let i = 0; i < n; i++) rmSync(join(work, `s${i}`), { recursive: true, force: true });
    }
  }
  const timing = (name: string): Timing => {
    const ms = [...(samples.get(name) ?? [])].sort((a, b) => a - b);
    return { medianMs: ms[Math.floor(ms.length / 2)]!, minMs: ms[0]!, runs: ms.length };
  };
  console.log('20,001 tracked files');
  report(
    'content hash without a snapshot (HEAD, CI)',
    timing('hashCi'),
    timing('snapshotCi'),
    'createSnapshot (HEAD)',
  );
  report(
    'content hash without a snapshot (working tree)',
    timing('hashLocal'),
    timing('snapshotLocal'),
    'createSnapshot (working tree)',
  );
  report(
    'whole pass key (HEAD; action code hashed once per process)',
    timing('keyCi'),
    timing('snapshotCi'),
    'createSnapshot (HEAD)',
  );
}
