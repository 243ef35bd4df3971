/**
 * State roots the environment refuses, through the real CLI: a path under /proc, a read-only tmpfs
 * (mounted and remounted read-only here; the tests run as root), an empty or missing root.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../support/cli.js';
import { requireRoot } from '../support/test-env.js';
import { makeRepo } from '../support/repo.js';

const EXAMPLE_CATALOG = join(ROOT, 'catalog/example.toml');
let dir: string;
let readOnly: string;
let repo: string;

beforeAll(async () => {
  requireRoot();
  dir = await mkdtemp(join(tmpdir(), 'pikaci-hostile-root-'));
  repo = makeRepo({ 'a.txt': 'a\n' }, { dir: join(dir, 'repo') }).root;

  readOnly = join(dir, 'ro');
  await mkdir(readOnly);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', readOnly]);
  // Two old runs to collect, and an empty state root; then the whole mount goes read-only.
  await mkdir(join(readOnly, 'full/runs/20250101T000000Z-aaaaaaaa'), { recursive: true });
  await mkdir(join(readOnly, 'full/runs/20250101T000001Z-aaaaaaab'), { recursive: true });
  await mkdir(join(readOnly, 'empty'));
  execFileSync('mount', ['-o', 'remount,ro', readOnly]);
});

afterAll(async () => {
  execFileSync('umount', [readOnly]);
  await rm(dir, { recursive: true, force: true });
});

describe('a state root the environment refuses', () => {
  it('fails at once under /proc, naming the path and the reason', async () => {
    const started = Date.now();
    const result = await runCli(
      ['run', '--catalog', EXAMPLE_CATALOG, '--state-root', '/proc/pikaci-x', 'hello'],
      {
        cwd: repo,
      },
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('state root /proc/pikaci-x is not a writable directory');
    expect(result.stderr).toContain('/proc does not allow new entries');
    expect(result.stderr).toContain('hint: pass --state-root');
  }, 30_000);

  it('names a broken symbolic link or a file in the way', async () => {
    const dangling = join(dir, 'dangling');
    await symlink(join(dir, 'missing-target', 'x'), dangling);
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    for (const [root, why] of [
      [dangling, `${dangling} exists but is not a directory (a broken symbolic link?)`],
      [join(file, 'state'), `${file} exists and is not a directory`],
    ] as const) {
      const result = await runCli(['run', '--catalog', EXAMPLE_CATALOG, '--state-root', root, 'hello'], {
        cwd: repo,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`state root ${root} is not a writable directory: ${why}`);
    }
  });

  it('run on an empty read-only root says read-only (EROFS), not ENOENT', async () => {
    const root = join(readOnly, 'empty');
    const result = await runCli(['run', '--catalog', EXAMPLE_CATALOG, '--state-root', root, 'hello'], {
      cwd: repo,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`state root ${root} is not a writable directory`);
    expect(result.stderr).toContain('read-only file system (EROFS)');
    expect(result.stderr).not.toContain('ENOENT');
    expect(result.stderr).toContain('remount it read-write');
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('gc on a read-only root says what, where and what to do, with no stack trace', async () => {
    const root = join(readOnly, 'full');
    const result = await runCli(['gc', '--keep-runs', '0', '--force', '--state-root', root], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot remove old runs under ${root}`);
    expect(result.stderr).toMatch(
      /rmdir \S+\/runs\/20250101T00000[01]Z-aaaaaaa[ab]: read-only file system \(EROFS\)/,
    );
    expect(result.stderr).toContain('hint: the state root is on a read-only file system');
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(await readdir(join(root, 'runs'))).toHaveLength(2);
  });
});

describe('a state root that fills up', () => {
  it('reports no space left (ENOSPC) with a hint, not an internal error with a stack', async () => {
    const small = join(dir, 'small');
    await mkdir(small);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', small]);
    try {
      // Random bytes: the snapshot of this 2 MB file cannot fit in 256 KiB, however it is stored.
      const big = makeRepo({ 'big.bin': randomBytes(2_000_000) }, { dir: join(dir, 'big-repo') }).root;
      const result = await runCli(['run', '--catalog', EXAMPLE_CATALOG, '--state-root', small, 'hello'], {
        cwd: big,
      });
      expect(result.code).toBe(1);
      // The record writer names the file (README "Faults"); a write without a path, the errno.
      expect(result.stderr).toMatch(/no space left on device (writing \/\S+|\(ENOSPC\))/);
      expect(result.stderr).toContain('hint: ');
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    } finally {
      execFileSync('umount', [small]);
    }
  });
});

describe('pikaci list with no runs', () => {
  it('says so for a missing state root (exit 0)', async () => {
    const root = join(dir, 'never-created');
    const result = await runCli(['list', '--state-root', root], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`no runs under ${root} (it does not exist)\n`);
  });

  it('says so for an empty state root, and --json still prints []', async () => {
    const root = join(readOnly, 'empty');
    const human = await runCli(['list', '--state-root', root], { cwd: repo });
    expect(human).toEqual({ code: 0, signal: null, stdout: '', stderr: `no runs under ${root}\n` });
    const json = await runCli(['list', '--json', '--state-root', root], { cwd: repo });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });
});
