/**
 * A git environment variable set by a parent git (a hook) or a shell cannot point any entry point at
 * another repository: every git process goes through `src/git/run.ts`, which removes them. Two real
 * repositories: the one the commands run in, and a decoy every variable points at.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createGit, GIT_REDIRECTING_ENV, repoRoot, runGit } from '../../src/git/index.js';
import { RunRecordSchema } from '../../src/records/index.js';
import { createSnapshot } from '../../src/snapshot/index.js';
import { PikaciError } from '../../src/util/errors.js';
import { ROOT } from '../support/cli.js';

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/cli/main.ts');

const MANIFEST = `version = 1
[[branch.lanes]]
id = "real-lane"
title = "Real lane"
command = ["true"]
paths = ["src/**"]

[[branch.lanes]]
id = "decoy-lane"
title = "Decoy lane"
command = ["true"]
paths = ["docs/**"]
`;

const CATALOG = `version = 1
[targets.which]
description = "Prints which repository the snapshot came from"
jobs = ["which"]

[jobs.which]
description = "cat which.txt"
timeout_secs = 60
execution = { placement = "local", runtime = "host_process" }
runtime_config = { kind = "host_process" }
guest_command = { kind = "host_shell_command", command = "cat which.txt" }
`;

let root: string;
let real: string;
let decoy: string;
let base: string;
let head: string;

/** git with an identity and without the variables under test (they are set only where a test sets them). */
function git(dir: string, ...args: string[]): string {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e',
  };
  for (const name of GIT_REDIRECTING_ENV) delete env[name];
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** Every variable that would move git to the decoy, as a parent git or a careless shell sets them. */
function redirecting(): Record<string, string> {
  return {
    GIT_DIR: join(decoy, '.git'),
    GIT_WORK_TREE: decoy,
    GIT_INDEX_FILE: join(decoy, '.git', 'index'),
    GIT_OBJECT_DIRECTORY: join(decoy, '.git', 'objects'),
    GIT_COMMON_DIR: join(decoy, '.git'),
  };
}

/** Runs `body` with `vars` set in this process's environment, restoring it afterwards. */
async function withEnv<T>(vars: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await body();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'pikaci-git-env-')));
  decoy = join(root, 'decoy');
  mkdirSync(decoy);
  git(decoy, 'init', '-q', '-b', 'main');
  write(decoy, 'which.txt', 'decoy\n');
  write(decoy, 'docs/decoy.md', 'one\n');
  commitAll(decoy, 'decoy base');
  write(decoy, 'docs/decoy.md', 'two\n');
  commitAll(decoy, 'decoy head');

  real = join(root, 'real');
  mkdirSync(real);
  git(real, 'init', '-q', '-b', 'main');
  write(real, 'which.txt', 'real\n');
  write(real, 'ci/forge-lanes.toml', MANIFEST);
  write(real, 'ci/pikaci-catalog.toml', CATALOG);
  write(real, 'src/main.txt', 'one\n');
  write(real, 'sub/keep.txt', 'x\n');
  base = commitAll(real, 'real base');
  write(real, 'src/main.txt', 'two\n');
  head = commitAll(real, 'real head');
  // A local edit and an untracked file: what the working-tree paths read through the index.
  write(real, 'src/edited-later.txt', 'untracked\n');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the git runner ignores variables that redirect git', () => {
  it.each(['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR'])(
    '%s: changed files, local changes and the repository root are the repository at cwd',
    async (name) => {
      await withEnv({ [name]: redirecting()[name]! }, async () => {
        const g = createGit(real);
        expect(await g.changedFiles(base, head)).toEqual(['src/main.txt']);
        expect(await g.localChanges()).toEqual(['src/edited-later.txt']);
        expect(await repoRoot(join(real, 'sub'))).toBe(real);
      });
    },
  );

  it('keeps GIT_CEILING_DIRECTORIES: it stops the search for a repository, it cannot point at another', async () => {
    await withEnv({ GIT_CEILING_DIRECTORIES: real }, async () => {
      // The search from real/sub may not enter real itself: no repository, so the directory is the root.
      expect(await repoRoot(join(real, 'sub'))).toBe(join(real, 'sub'));
    });
    expect(await repoRoot(join(real, 'sub'))).toBe(real);
  });

  it('a snapshot is of the repository at its source root', async () => {
    const dest = join(root, 'snapshot-in-process');
    const metadata = await withEnv(redirecting(), () =>
      createSnapshot({ sourceRoot: real, destDir: dest, profile: 'full', includeLocalChanges: true }),
    );
    expect(metadata.git_head).toBe(head);
    expect(readFileSync(join(dest, 'which.txt'), 'utf8')).toBe('real\n');
    expect(readFileSync(join(dest, 'src/edited-later.txt'), 'utf8')).toBe('untracked\n');
  });

  it('reports a failing git command with the command and its stderr, and a missing git with a hint', async () => {
    const error = await runGit(real, ['rev-parse', '--verify', 'no-such-ref']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PikaciError);
    expect((error as PikaciError).message).toMatch(
      /^`git rev-parse --verify no-such-ref` failed \(exit 128\): fatal: Needed a single revision$/,
    );
    const missing = await withEnv({ PATH: join(root, 'no-bin') }, () =>
      runGit(real, ['status']).catch((e: unknown) => e),
    );
    expect(missing).toBeInstanceOf(PikaciError);
    expect((missing as PikaciError).describe()).toBe(
      `${real}: cannot run \`git status\`: git is not installed or not on PATH\n  hint: install git and make sure it is on PATH`,
    );
  });

  it('feeds standard input and returns standard output as bytes', async () => {
    const out = await runGit(real, ['hash-object', '--stdin'], { input: Buffer.from([0xff, 0x00, 0x0a]) });
    expect(out.stdout.toString('utf8').trim()).toMatch(/^[0-9a-f]{40}$/);
    const nul = await runGit(real, ['ls-tree', '-z', '--name-only', 'HEAD']);
    expect(nul.stdout.includes(0)).toBe(true);
  });
});

describe('entry points under a redirecting environment (real CLI processes)', () => {
  async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await promisify(execFile)(TSX, [MAIN, ...args], {
        cwd,
        env: { ...process.env, CI: '', PIKACI_STATE_ROOT: '', ...redirecting() },
        maxBuffer: 16 * 1024 * 1024,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('pikaci plan diffs the repository it is given', async () => {
    const out = await cli(['plan', '--base', base, '--repo', real, '--format', 'json'], root);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const plan = JSON.parse(out.stdout) as {
      base: string;
      head: string;
      changed_files_count: number;
      lanes: Array<{ id: string; selected: boolean; explanation: string }>;
    };
    expect({ base: plan.base, head: plan.head, count: plan.changed_files_count }).toEqual({
      base,
      head,
      count: 1,
    });
    expect(plan.lanes.map(({ id, selected }) => ({ id, selected }))).toEqual([
      { id: 'real-lane', selected: true },
      { id: 'decoy-lane', selected: false },
    ]);
  }, 120_000);

  it('pikaci run finds the repository, records its HEAD and snapshots it', async () => {
    const out = await cli(['run', 'which', '--output', 'json'], join(real, 'sub'));
    expect(out.code).toBe(0);
    const record = RunRecordSchema.parse(JSON.parse(out.stdout));
    expect(record.status).toBe('passed');
    expect(record.source_root).toBe(real);
    expect(record.git_head).toBe(head);
    // The state root is <repository root>/.pikaci, and the job read the snapshot of `real`.
    expect(record.jobs[0]!.host_log_path.startsWith(join(real, '.pikaci', 'runs', record.run_id))).toBe(true);
    expect(readFileSync(record.jobs[0]!.host_log_path, 'utf8')).toContain('real\n');
  }, 180_000);
});
