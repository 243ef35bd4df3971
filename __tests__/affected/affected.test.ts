/**
 * `pikaci run --affected` as a contributor runs it: the CLI as a real subprocess in a real git
 * repository with a branch off `main`, lanes that are plain commands run as real processes. Lanes
 * stamp their own start and end (nanoseconds, the job's clock) into their artifacts, so overlap is
 * judged from what the jobs saw, not from pikaci's own records.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunRecordSchema, type RunRecord } from '../../src/records/index.js';
import { runCli, spawnCli, waitFor } from '../support/cli.js';
import { git, makeRepo, tempDir, writeFiles } from '../support/repo.js';

/** A lane command that stamps its window around `sleep <secs>` and then exits with `exit`. */
function stamped(secs: number, exit = 0): string {
  const stamp = (name: string): string => `date +%s%N > \\"$ARTIFACTS/${name}\\"`;
  return `["sh", "-c", "${stamp('started')}; sleep ${secs}; ${stamp('finished')}; exit ${exit}"]`;
}

const MANIFEST = `version = 1
nightly_schedule_utc = "08:00"

[[nightly.lanes]]
id = "soak"
title = "Nightly soak"
command = ["sh", "-c", "echo soaked"]

[[branch.lanes]]
id = "alpha"
title = "Alpha, shares the db group"
command = ${stamped(1)}
paths = ["src/**"]
concurrency_group = "db"

[[branch.lanes]]
id = "beta"
title = "Beta, shares the db group"
command = ${stamped(1)}
paths = ["src/**"]
concurrency_group = "db"

[[branch.lanes]]
id = "free"
title = "Free, no group"
command = ${stamped(2)}
paths = ["src/**"]

[[branch.lanes]]
id = "broken"
title = "Fails"
command = ${stamped(0, 3)}
paths = ["docs/**"]

[[branch.lanes]]
id = "other"
title = "Prints other/x as the snapshot has it"
command = ["sh", "-c", "echo other-says; cat other/x"]
paths = ["other/**"]

[[branch.lanes]]
id = "slow-one"
title = "Sleeps"
command = ["sh", "-c", "echo slow-one-started; sleep 300"]
paths = ["slow/**"]

[[branch.lanes]]
id = "slow-two"
title = "Sleeps too"
command = ["sh", "-c", "echo slow-two-started; sleep 300"]
paths = ["slow/**"]

[[branch.lanes]]
id = "slow-three"
title = "Would sleep"
command = ["sh", "-c", "sleep 300"]
paths = ["slow/**"]
`;

interface Fixture {
  repo: string;
  stateRoot: string;
  /** `--state-root` and `--remote-work-dir` (where the group locks live) of this fixture. */
  flags: string[];
}

/** `main` holds the manifest and one file per lane's paths; branch `change` commits `changes`. */
function fixture(changes: Record<string, string>): Fixture {
  const repo = makeRepo(
    {
      'ci/forge-lanes.toml': MANIFEST,
      'src/lib.txt': 'lib\n',
      'docs/guide.md': 'guide\n',
      'other/x': 'committed on main\n',
      'slow/s.txt': 's\n',
      'unrelated.txt': 'u\n',
    },
    { dir: tempDir('pikaci-affected-repo-'), message: 'main' },
  );
  repo.git('checkout', '-qb', 'change');
  repo.commit(changes, 'change');
  const scratch = tempDir('pikaci-affected-state-');
  const stateRoot = join(scratch, 'state');
  return {
    repo: repo.root,
    stateRoot,
    flags: ['--state-root', stateRoot, '--remote-work-dir', join(scratch, 'work')],
  };
}

function runs(stateRoot: string): RunRecord[] {
  const dir = join(stateRoot, 'runs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((id) =>
    RunRecordSchema.parse(JSON.parse(readFileSync(join(dir, id, 'run.json'), 'utf8'))),
  );
}

function runOf(stateRoot: string, lane: string): RunRecord {
  const found = runs(stateRoot).filter((run) => run.target_id === lane);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The job's own stamps: [started, finished] in nanoseconds. */
function windowOf(stateRoot: string, lane: string): [bigint, bigint] {
  const artifacts = join(stateRoot, 'runs', runOf(stateRoot, lane).run_id, 'jobs', lane, 'artifacts');
  const read = (name: string): bigint => BigInt(readFileSync(join(artifacts, name), 'utf8').trim());
  return [read('started'), read('finished')];
}

const overlap = (a: [bigint, bigint], b: [bigint, bigint]): boolean => a[0] < b[1] && b[0] < a[1];

/** The final table's row for `lane`, split on its column gaps. */
function row(stdout: string, lane: string): string[] {
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(`${lane} `));
  expect(line).toBeDefined();
  return line!.split(/\s{2,}/);
}

describe('pikaci run --affected', () => {
  it('runs the selected lanes two at a time, a group one after another, and ends with one table', async () => {
    const f = fixture({ 'src/lib.txt': 'changed\n', 'docs/guide.md': 'changed\n' });
    // No --base: `main`, the merge base of the branch, is the default.
    const out = await runCli(['run', '--affected', '--parallel', '2', ...f.flags], { cwd: f.repo });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('✓ alpha (Alpha, shares the db group): `src/lib.txt` matches `src/**`');
    expect(out.stdout).toContain('· other (');
    expect(out.stdout).toContain('4 of 8 branch lanes selected');

    const recorded = runs(f.stateRoot);
    expect(recorded.map((run) => run.target_id).sort()).toEqual(['alpha', 'beta', 'broken', 'free']);
    for (const lane of ['alpha', 'beta', 'free']) {
      const run = runOf(f.stateRoot, lane);
      expect(run.status).toBe('passed');
      expect(row(out.stdout, lane)).toEqual([
        lane,
        'passed',
        expect.stringMatching(/^\d+\.\ds$/),
        run.run_id,
        '`src/lib.txt` matches `src/**`',
      ]);
    }
    const broken = runOf(f.stateRoot, 'broken');
    expect(broken.status).toBe('failed');
    expect(broken.jobs[0]).toMatchObject({ status: 'failed', exit_code: 3 });
    expect(row(out.stdout, 'broken').slice(0, 2)).toEqual(['broken', 'failed']);
    expect(row(out.stdout, 'broken')[3]).toBe(broken.run_id);
    expect(out.stdout).toContain('3 of 4 lanes passed');

    const [alpha, beta, free] = ['alpha', 'beta', 'free'].map((lane) => windowOf(f.stateRoot, lane));
    expect(overlap(alpha!, beta!)).toBe(false);
    // The ungrouped lane ran beside the group's chain: two lanes at once.
    expect(overlap(free!, alpha!) || overlap(free!, beta!)).toBe(true);
    // Each grouped run held the group's lock, as `pikaci run <lane>` does.
    expect(out.stderr.match(/holding concurrency group `db` on localhost/g)).toHaveLength(2);
  }, 60_000);

  it('runs lanes one at a time by default', async () => {
    const f = fixture({ 'src/lib.txt': 'changed\n' });
    const out = await runCli(['run', '--affected', '--base', 'main', ...f.flags], { cwd: f.repo });
    expect(out.code).toBe(0);
    const [alpha, beta, free] = ['alpha', 'beta', 'free'].map((lane) => windowOf(f.stateRoot, lane));
    expect(overlap(alpha!, free!) || overlap(beta!, free!) || overlap(alpha!, beta!)).toBe(false);
    expect(out.stdout).toContain('3 of 3 lanes passed');
  }, 60_000);

  it('--dry-run prints the plan and what would run, and records nothing', async () => {
    const f = fixture({ 'src/lib.txt': 'changed\n' });
    const out = await runCli(['run', '--affected', '--base', 'main', '--dry-run', ...f.flags], {
      cwd: f.repo,
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('1 changed file: git diff from the merge base');
    expect(out.stdout).toContain(
      'would run alpha: command `sh -c date +%s%N > "$ARTIFACTS/started"; sleep 1; date +%s%N > "$ARTIFACTS/finished"; exit 0`, concurrency group `db` — `src/lib.txt` matches `src/**`',
    );
    expect(out.stdout).toContain('would run free: command');
    expect(out.stdout).not.toContain('would run broken');
    expect(runs(f.stateRoot)).toEqual([]);
  });

  it('counts uncommitted and untracked files unless --committed, which also runs the committed files', async () => {
    const f = fixture({ 'other/x': 'committed on the branch\n' });
    writeFiles(f.repo, { 'other/x': 'uncommitted edit\n', 'docs/new.md': 'untracked\n' });

    const withLocal = await runCli(['run', '--affected', '--dry-run', ...f.flags], { cwd: f.repo });
    expect(withLocal.code).toBe(0);
    expect(withLocal.stdout).toMatch(
      /^2 changed files: git diff from the merge base \w+ of \w+ and \w+, and the working tree adds 1 \(uncommitted or untracked\)$/m,
    );
    expect(withLocal.stdout).toContain('would run broken');
    expect(withLocal.stdout).toContain('would run other');

    const committed = await runCli(['run', '--affected', '--committed', ...f.flags], { cwd: f.repo });
    expect(committed.code).toBe(0);
    expect(committed.stdout).toContain('· broken (Fails)');
    expect(committed.stdout).toContain('other-says\ncommitted on the branch\n');
    expect(committed.stdout).not.toContain('uncommitted edit');
    expect(runs(f.stateRoot).map((run) => run.target_id)).toEqual(['other']);
  }, 60_000);

  it('--group nightly runs every nightly lane, whatever changed and with no base branch', async () => {
    const f = fixture({ 'unrelated.txt': 'changed\n' });
    git(f.repo, 'branch', '-m', 'main', 'trunk');
    const out = await runCli(['run', '--affected', '--group', 'nightly', ...f.flags], { cwd: f.repo });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('✓ soak (Nightly soak): nightly: every nightly lane runs');
    expect(out.stdout).toContain('soaked\n');
    expect(runs(f.stateRoot).map((run) => [run.target_id, run.status])).toEqual([['soak', 'passed']]);
  });

  it('selects nothing for an unrelated change: a clear line, exit 0', async () => {
    const f = fixture({ 'unrelated.txt': 'changed\n' });
    const out = await runCli(['run', '--affected', ...f.flags], { cwd: f.repo });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('0 of 8 branch lanes selected');
    expect(out.stdout).toContain('no lanes selected: nothing to run');
    expect(runs(f.stateRoot)).toEqual([]);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s stops every running lane, records them cancelled, starts no other, exits %i',
    async (signal, exitCode) => {
      const f = fixture({ 'slow/s.txt': 'changed\n' });
      const cli = spawnCli(['run', '--affected', '--parallel', '2', ...f.flags], { cwd: f.repo });
      await waitFor(
        cli.output,
        (text) => text.includes('slow-one-started') && text.includes('slow-two-started'),
        30_000,
        'both slow lanes to start',
      );
      cli.child.kill(signal);
      const out = await cli.done;
      expect(out.code).toBe(exitCode);
      const leftovers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
        .split('\n')
        .filter((args) => /slow-(one|two)-started; sleep 300/.test(args));
      expect(leftovers).toEqual([]);
      const recorded = runs(f.stateRoot);
      expect(recorded.map((run) => run.target_id).sort()).toEqual(['slow-one', 'slow-two']);
      for (const run of recorded) {
        expect(run).toMatchObject({ status: 'failed', message: 'cancelled' });
        expect(run.jobs[0]).toMatchObject({ status: 'failed', message: 'cancelled' });
      }
      // Lanes running at once: each output line says which lane printed it.
      expect(out.stdout).toContain('[slow-one] slow-one-started\n');
      expect(row(out.stdout, 'slow-one').slice(0, 2)).toEqual(['slow-one', 'failed']);
      expect(row(out.stdout, 'slow-three')).toEqual([
        'slow-three',
        'not started',
        '-',
        '-',
        '`slow/s.txt` matches `slow/**`',
      ]);
    },
    60_000,
  );

  it('refuses a lane id together with --affected, and --affected flags without it', async () => {
    const f = fixture({ 'src/lib.txt': 'changed\n' });
    const both = await runCli(['run', 'alpha', '--affected', ...f.flags], { cwd: f.repo });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('`alpha` and --affected cannot be combined');
    expect(both.stderr).not.toMatch(/\n\s+at /);
    const stray = await runCli(['run', 'alpha', '--parallel', '2', ...f.flags], { cwd: f.repo });
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--parallel needs --affected');
    git(f.repo, 'branch', '-m', 'main', 'trunk');
    const noBase = await runCli(['run', '--affected', ...f.flags], { cwd: f.repo });
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toContain(
      'no base to compare with: none of origin/HEAD, main, master names a commit here',
    );
    expect(noBase.stderr).toContain('hint: pass --base REV');
    const neither = await runCli(['run', ...f.flags], { cwd: f.repo });
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('pikaci run needs a target or lane id, or --affected');
    expect(runs(f.stateRoot)).toEqual([]);
  });
});
