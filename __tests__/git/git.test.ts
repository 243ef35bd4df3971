/** The `Git` implementation against real repositories built in a temporary directory. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { changesSince, createGit, parseNameStatusZ } from '../../src/git/index.js';
import { InputError, PikaciError } from '../../src/util/errors.js';
import {
  commit as commitFiles,
  git,
  makeRepo,
  removeTempDirs,
  tempDir,
  writeFiles,
} from '../support/repo.js';

afterAll(removeTempDirs);

const write = (dir: string, path: string, text: string): void => writeFiles(dir, { [path]: text });
const commit = (dir: string, message: string): string => commitFiles(dir, {}, message);
const newRepo = (): string => makeRepo(undefined, { dir: tempDir('pikaci-git-') }).root;

describe('changed files between two commits', () => {
  let dir: string;
  let base: string;
  let head: string;
  // Large enough that git's rename detection pairs the old and new names.
  const body = Array.from({ length: 40 }, (_, i) => `line ${i}\n`).join('');

  beforeAll(() => {
    dir = newRepo();
    write(dir, 'src/old name.ts', body);
    write(dir, 'docs/gone.md', 'bye\n');
    write(dir, 'keep.txt', 'same\n');
    write(dir, 'edit.txt', 'v1\n');
    base = commit(dir, 'base');
    mkdirSync(join(dir, 'lib'));
    git(dir, 'mv', 'src/old name.ts', 'lib/new name.ts');
    git(dir, 'rm', '-q', 'docs/gone.md');
    write(dir, 'edit.txt', 'v2\n');
    write(dir, ' lead and trail ', 'x\n');
    write(dir, 'line\nbreak.txt', 'x\n');
    write(dir, 'café/ünï ✓.md', 'x\n');
    write(dir, 'tab\there "quoted".txt', 'x\n');
    head = commit(dir, 'head');
  });

  it('lists both sides of a rename, deletions, and odd names verbatim', async () => {
    const paths = await createGit(dir).changedFiles(base, head);
    expect([...paths].sort()).toEqual(
      [
        ' lead and trail ',
        'café/ünï ✓.md',
        'docs/gone.md',
        'edit.txt',
        'lib/new name.ts',
        'line\nbreak.txt',
        'src/old name.ts',
        'tab\there "quoted".txt',
      ].sort(),
    );
  });

  it('reports statuses, the rename pair and its similarity', async () => {
    const changes = await createGit(dir).diff(base, head);
    expect(changes).toContainEqual({
      status: 'R',
      from: 'src/old name.ts',
      path: 'lib/new name.ts',
      similarity: 100,
    });
    expect(changes).toContainEqual({ status: 'D', path: 'docs/gone.md' });
    expect(changes).toContainEqual({ status: 'M', path: 'edit.txt' });
    expect(changes).toContainEqual({ status: 'A', path: 'line\nbreak.txt' });
    expect(changes).not.toContainEqual(expect.objectContaining({ path: 'keep.txt' }));
  });

  it('ignores a `diff.relative` setting in the repository config', async () => {
    git(dir, 'config', 'diff.relative', 'true');
    try {
      const sub = join(dir, 'lib');
      expect(await createGit(sub).changedFiles(base, head)).toContain('docs/gone.md');
    } finally {
      git(dir, 'config', '--unset', 'diff.relative');
    }
  });

  it('resolves revisions and reads files at a revision', async () => {
    const g = createGit(dir);
    expect(await g.revParse('HEAD')).toBe(head);
    expect(await g.revParse('HEAD~1')).toBe(base);
    expect(await g.hasCommit(base)).toBe(true);
    expect(await g.hasCommit('no-such-branch')).toBe(false);
    expect(await g.isAncestor(base, head)).toBe(true);
    expect(await g.isAncestor(head, base)).toBe(false);
    expect(await g.showFile(base, 'edit.txt')).toBe('v1\n');
    expect(await g.showFile(head, 'café/ünï ✓.md')).toBe('x\n');
    expect(await g.isShallow()).toBe(false);
  });

  it('rejects an unknown revision with a message that names it', async () => {
    await expect(createGit(dir).revParse('nope/branch')).rejects.toThrow(
      new InputError('unknown revision `nope/branch`: no such commit in the repository'),
    );
  });

  it('rejects a missing file at a revision', async () => {
    const error = await createGit(dir)
      .showFile(base, 'lib/new name.ts')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`no file \`lib/new name.ts\` at revision \`${base}\``);
  });
});

describe('changesSince: the merge base of a diverged branch', () => {
  it('diffs only what the branch changed since it forked', async () => {
    const dir = newRepo();
    write(dir, 'a.txt', '1\n');
    const fork = commit(dir, 'fork point');
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'feature.txt', 'f\n');
    const featureHead = commit(dir, 'feature work');
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'main-only.txt', 'm\n');
    commit(dir, 'main moves on');

    const g = createGit(dir);
    expect(await g.mergeBase('main', 'feature')).toBe(fork);
    const since = await changesSince(g, 'main', 'feature');
    expect(since).toEqual({
      base: await g.revParse('main'),
      head: featureHead,
      from: fork,
      paths: ['feature.txt'],
    });
    // A two-dot diff would have swept in main's own change.
    expect(await g.changedFiles('main', 'feature')).toEqual(['feature.txt', 'main-only.txt']);
  });

  it('fails with a hint when the histories never meet', async () => {
    const dir = newRepo();
    write(dir, 'a.txt', '1\n');
    commit(dir, 'one');
    git(dir, 'checkout', '-q', '--orphan', 'other');
    write(dir, 'b.txt', '2\n');
    commit(dir, 'unrelated');
    const g = createGit(dir);
    expect(await g.mergeBase('main', 'other')).toBeNull();
    const error = await changesSince(g, 'main', 'other').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('`main` and `other` have no common history here');
    expect((error as InputError).hint).toBe(
      'pass a --base that shares history with --head, or list the files with --changed-from',
    );
  });
});

describe('shallow clones', () => {
  it('detects a shallow clone and deepens it until the merge base appears', async () => {
    const upstream = newRepo();
    write(upstream, 'a.txt', '0\n');
    const first = commit(upstream, 'c0');
    for (let i = 1; i <= 5; i++) {
      write(upstream, 'a.txt', `${i}\n`);
      commit(upstream, `c${i}`);
    }
    const clone = join(tempDir(), 'clone');
    git(tempDir(), 'clone', '-q', '--depth', '1', `file://${upstream}`, clone);
    const g = createGit(clone);
    expect(await g.isShallow()).toBe(true);
    expect(await g.hasCommit(first)).toBe(false);
    await g.fetchDeepen(10);
    expect(await g.hasCommit(first)).toBe(true);
    expect(await g.changedFiles(first, 'HEAD')).toEqual(['a.txt']);
  });

  it('rejects a non-positive depth', async () => {
    await expect(createGit(tempDir()).fetchDeepen(0)).rejects.toThrow(
      'fetch depth must be a positive integer, got 0',
    );
  });
});

describe('errors from git itself', () => {
  it('says so when the directory is not a repository', async () => {
    const dir = tempDir();
    const error = await createGit(dir)
      .isShallow()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PikaciError);
    expect((error as PikaciError).message).toMatch(
      /^`git rev-parse --is-shallow-repository` failed \(exit 128\): fatal: not a git repository/,
    );
    expect((error as PikaciError).hint).toBe('run from a git checkout or pass --repo DIR');
  });

  it('says so when the directory does not exist', async () => {
    const missing = join(tempDir(), 'missing');
    await expect(createGit(missing).isShallow()).rejects.toThrow(
      'cannot run `git rev-parse`: the directory does not exist',
    );
  });
});

describe('parseNameStatusZ', () => {
  it('parses records, keeping names verbatim', () => {
    expect(parseNameStatusZ('M\0 a \0R087\0x\ny\0z\0D\0d\0')).toEqual([
      { status: 'M', path: ' a ' },
      { status: 'R', from: 'x\ny', path: 'z', similarity: 87 },
      { status: 'D', path: 'd' },
    ]);
    expect(parseNameStatusZ('')).toEqual([]);
  });

  it.each([
    ['Q\0a\0', 'record 1: unknown status `Q`'],
    ['M\0a\0R100\0only-one\0', 'record 2: missing destination path'],
    ['M\0', 'record 1: missing path'],
  ])('rejects %j', (output, message) => {
    expect(() => parseNameStatusZ(output)).toThrow(message);
  });
});
