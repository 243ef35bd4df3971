import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  createSnapshot,
  hashSnapshotDirectory,
  readSnapshotMetadata,
  SNAPSHOT_METADATA_FILE,
  verifySnapshot,
  type CreateSnapshotOptions,
  type SnapshotProfile,
} from '../../src/snapshot/index.js';
import { listTree, makeRepo, removeTempDirs, tempDir, type TestRepo } from '../support/repo.js';

afterAll(removeTempDirs);

function snapshot(repo: TestRepo, overrides: Partial<CreateSnapshotOptions> = {}) {
  const destDir = join(tempDir(), 'snapshot');
  return createSnapshot({
    sourceRoot: repo.root,
    destDir,
    profile: 'full',
    includeLocalChanges: false,
    ...overrides,
  });
}

function filesOf(dir: string): string[] {
  return listTree(dir).filter((path) => path !== SNAPSHOT_METADATA_FILE);
}

function isExecutable(path: string): boolean {
  return (lstatSync(path).mode & 0o100) !== 0;
}

describe('createSnapshot: file set', () => {
  const layout = [
    'Cargo.toml',
    'src/lib.rs',
    '.pikaci/state.json',
    '.direnv/env',
    'target/debug/out',
    'crates/a/target/debug/out',
    'crates/a/src/lib.rs',
    'build/script.sh',
    'app/build/out.o',
    'node_modules/pkg/index.js',
    'web/node_modules/pkg/index.js',
    'android/.gradle/cache',
    'ios/DerivedData/x',
    'ios/App.swift',
    'android/app.kt',
    'docs/ios/readme.md',
    'docs/readme.md',
  ];
  const common = [
    'Cargo.toml',
    'build/script.sh',
    'crates/a/src/lib.rs',
    'docs/ios/readme.md',
    'docs/readme.md',
    'node_modules/pkg/index.js',
    'src/lib.rs',
  ];
  const expected: Record<SnapshotProfile, string[]> = {
    full: [...common, 'android/app.kt', 'ios/App.swift'].sort(),
    staged_linux_rust: common,
    staged_linux_followup: [...common, 'android/app.kt'].sort(),
  };

  for (const includeLocalChanges of [false, true]) {
    it(`applies the skip rules of each profile (includeLocalChanges=${includeLocalChanges})`, async () => {
      const repo = makeRepo();
      for (const path of layout) repo.write(path, `${path}\n`);
      repo.commit();
      for (const profile of ['full', 'staged_linux_rust', 'staged_linux_followup'] as const) {
        const metadata = await snapshot(repo, { profile, includeLocalChanges });
        expect(filesOf(metadata.snapshot_dir)).toEqual(expected[profile]);
        expect(metadata.profile).toBe(profile);
        expect(readFileSync(join(metadata.snapshot_dir, 'src/lib.rs'), 'utf8')).toBe('src/lib.rs\n');
      }
    });
  }

  it('takes HEAD only in CI mode and the working tree with local changes otherwise', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'secret.env\n');
    repo.write('edited.txt', 'committed\n');
    repo.write('staged.txt', 'committed\n');
    repo.write('deleted.txt', 'committed\n');
    repo.commit();
    repo.write('edited.txt', 'edited on disk\n');
    repo.write('staged.txt', 'staged\n');
    repo.git('add', 'staged.txt');
    repo.remove('deleted.txt');
    repo.write('untracked.txt', 'new\n');
    repo.write('secret.env', 'TOKEN=1\n');
    repo.write('intent.txt', 'added with -N\n');
    repo.git('add', '-N', 'intent.txt');

    const ci = await snapshot(repo, { includeLocalChanges: false });
    expect(filesOf(ci.snapshot_dir)).toEqual(['.gitignore', 'deleted.txt', 'edited.txt', 'staged.txt']);
    expect(readFileSync(join(ci.snapshot_dir, 'edited.txt'), 'utf8')).toBe('committed\n');
    expect(readFileSync(join(ci.snapshot_dir, 'staged.txt'), 'utf8')).toBe('committed\n');

    const local = await snapshot(repo, { includeLocalChanges: true });
    expect(filesOf(local.snapshot_dir)).toEqual([
      '.gitignore',
      'edited.txt',
      'intent.txt',
      'staged.txt',
      'untracked.txt',
    ]);
    expect(readFileSync(join(local.snapshot_dir, 'intent.txt'), 'utf8')).toBe('added with -N\n');
    expect(readFileSync(join(local.snapshot_dir, 'edited.txt'), 'utf8')).toBe('edited on disk\n');
    expect(readFileSync(join(local.snapshot_dir, 'staged.txt'), 'utf8')).toBe('staged\n');
    expect(readFileSync(join(local.snapshot_dir, 'untracked.txt'), 'utf8')).toBe('new\n');
    expect(ci.git_dirty).toBe(true);
    expect(local.git_dirty).toBe(true);

    // Both hashes describe what was written.
    expect(await hashSnapshotDirectory(ci.snapshot_dir)).toBe(ci.content_hash);
    expect(await hashSnapshotDirectory(local.snapshot_dir)).toBe(local.content_hash);
    expect(local.content_hash).not.toBe(ci.content_hash);
  });

  it('takes a conflicted file from the working tree', async () => {
    const repo = makeRepo();
    repo.write('f.txt', 'base\n');
    repo.commit();
    const main = repo.git('rev-parse', '--abbrev-ref', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'other');
    repo.write('f.txt', 'other\n');
    repo.commit();
    repo.git('checkout', '-q', main);
    repo.write('f.txt', 'mine\n');
    repo.commit();
    expect(() => repo.git('merge', '-q', 'other')).toThrow();
    const metadata = await snapshot(repo, { includeLocalChanges: true });
    expect(readFileSync(join(metadata.snapshot_dir, 'f.txt'), 'utf8')).toMatch(
      /<<<<<<<[\s\S]*mine[\s\S]*other/,
    );
    expect(await hashSnapshotDirectory(metadata.snapshot_dir)).toBe(metadata.content_hash);
  });

  it('follows git when a tracked directory becomes a symlink or a tracked file becomes a directory', async () => {
    const repo = makeRepo();
    repo.write('real/file.txt', 'tracked\n');
    repo.write('was-file', 'tracked\n');
    repo.commit();
    repo.git('mv', 'real', 'moved');
    repo.git('commit', '-q', '-m', 'move');
    repo.link('real', 'moved');
    repo.git('add', 'real');
    repo.git('commit', '-q', '-m', 'link');
    // Local edits: the link becomes a directory again elsewhere, and a file becomes a directory.
    repo.remove('was-file');
    repo.write('was-file/inner.txt', 'now a directory\n');
    const local = await snapshot(repo, { includeLocalChanges: true });
    expect(filesOf(local.snapshot_dir)).toEqual(['moved/file.txt', 'real', 'was-file/inner.txt']);
    expect(readlinkSync(join(local.snapshot_dir, 'real'))).toBe('moved');
    expect(await hashSnapshotDirectory(local.snapshot_dir)).toBe(local.content_hash);

    // A tracked file below a directory that was replaced by a symlink is deleted as far as git knows.
    const other = makeRepo();
    other.write('dir/a.txt', 'a\n');
    other.commit();
    other.remove('dir');
    other.write('elsewhere/a.txt', 'outside the tracked path\n');
    other.link('dir', 'elsewhere');
    const linked = await snapshot(other, { includeLocalChanges: true });
    expect(filesOf(linked.snapshot_dir)).toEqual(['dir', 'elsewhere/a.txt']);
    expect(lstatSync(join(linked.snapshot_dir, 'dir')).isSymbolicLink()).toBe(true);
  });

  it('rejects a tracked file replaced by a special file, naming it', async () => {
    const repo = makeRepo();
    repo.write('pipe', 'tracked\n');
    repo.commit();
    repo.remove('pipe');
    execFileSync('mkfifo', [join(repo.root, 'pipe')]);
    await expect(snapshot(repo, { includeLocalChanges: true })).rejects.toThrow(
      /cannot snapshot "pipe": not a file, symlink or directory/,
    );
  });

  it('keeps unicode, space, tab and newline names intact', async () => {
    const repo = makeRepo();
    const names = [
      'dir with space/naïve ☃.txt',
      'new\nline.txt',
      'tab\tname',
      'emoji/😀 ～.md',
      '"quoted".txt',
    ];
    names.forEach((name, i) => repo.write(name, `content ${i}\n`));
    repo.commit();
    repo.write('untracked ☃\nfile', 'local\n');
    for (const includeLocalChanges of [false, true]) {
      const metadata = await snapshot(repo, { includeLocalChanges });
      names.forEach((name, i) => {
        expect(readFileSync(join(metadata.snapshot_dir, name), 'utf8')).toBe(`content ${i}\n`);
      });
      expect(existsSync(join(metadata.snapshot_dir, 'untracked ☃\nfile'))).toBe(includeLocalChanges);
      expect(await hashSnapshotDirectory(metadata.snapshot_dir)).toBe(metadata.content_hash);
    }
  });

  it('leaves out a tracked root-level pikaci-snapshot.json so the marker is always its own', async () => {
    const repo = makeRepo();
    repo.write(SNAPSHOT_METADATA_FILE, '{"stale": true}\n');
    repo.write(`sub/${SNAPSHOT_METADATA_FILE}`, 'kept\n');
    repo.commit();
    const metadata = await snapshot(repo);
    expect(filesOf(metadata.snapshot_dir)).toEqual([`sub/${SNAPSHOT_METADATA_FILE}`]);
    await expect(readSnapshotMetadata(metadata.snapshot_dir)).resolves.toEqual(metadata);
  });

  it('omits submodules and nested repositories and records them', async () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commit();
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.git('update-index', '--add', '--cacheinfo', `160000,${head},vendor/sub`);
    repo.git('commit', '-q', '-m', 'gitlink');
    const nested = makeRepo();
    nested.write('inner.txt', 'inner\n');
    rmSync(join(repo.root, 'nested'), { recursive: true, force: true });
    mkdirSync(join(repo.root, 'nested'));
    nested.git('clone', '-q', nested.root, join(repo.root, 'nested'));
    writeFileSync(join(repo.root, 'nested', 'inner.txt'), 'inner\n');

    const ci = await snapshot(repo);
    expect(filesOf(ci.snapshot_dir)).toEqual(['a.txt']);
    expect(ci.omitted_paths).toEqual([{ path: 'vendor/sub', reason: 'submodule' }]);

    const local = await snapshot(repo, { includeLocalChanges: true });
    expect(filesOf(local.snapshot_dir)).toEqual(['a.txt']);
    expect(local.omitted_paths).toEqual([
      { path: 'vendor/sub', reason: 'submodule' },
      { path: 'nested', reason: 'nested_repository' },
    ]);
  });
});

describe('createSnapshot: links and modes', () => {
  function repoWithLinks(): TestRepo {
    const repo = makeRepo();
    writeFileSync(join(repo.root, '..', 'outside.txt'), 'outside secret\n');
    repo.write('real/file.txt', 'real\n');
    repo.link('inside-link', 'real/file.txt');
    repo.link('dir-link', 'real');
    repo.link('escape-link', '../outside.txt');
    repo.link('absolute-link', '/etc/hostname');
    repo.link('dangling-link', 'does/not/exist');
    return repo;
  }
  const links: Record<string, string> = {
    'inside-link': 'real/file.txt',
    'dir-link': 'real',
    'escape-link': '../outside.txt',
    'absolute-link': '/etc/hostname',
    'dangling-link': 'does/not/exist',
  };

  async function expectLinksRecreated(dir: string): Promise<void> {
    for (const [name, target] of Object.entries(links)) {
      expect(lstatSync(join(dir, name)).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, name))).toBe(target);
    }
    // Not followed: nothing was copied through the links.
    expect(filesOf(dir)).toEqual([...Object.keys(links), 'real/file.txt'].sort());
    expect(existsSync(join(dir, '..', 'outside.txt'))).toBe(false);
  }

  it('recreates committed symlinks verbatim without following them', async () => {
    const repo = repoWithLinks();
    repo.commit();
    const metadata = await snapshot(repo);
    await expectLinksRecreated(metadata.snapshot_dir);
    expect(await hashSnapshotDirectory(metadata.snapshot_dir)).toBe(metadata.content_hash);
  });

  it('recreates untracked symlinks verbatim without following them', async () => {
    const repo = repoWithLinks();
    repo.git('add', 'real');
    repo.git('commit', '-q', '-m', 'files only');
    const metadata = await snapshot(repo, { includeLocalChanges: true });
    await expectLinksRecreated(metadata.snapshot_dir);
    expect(await hashSnapshotDirectory(metadata.snapshot_dir)).toBe(metadata.content_hash);
  });

  it('keeps executable bits, from HEAD and from local changes', async () => {
    const repo = makeRepo();
    repo.write('run.sh', '#!/bin/sh\n', 0o755);
    repo.write('data.txt', 'data\n', 0o644);
    repo.write('later.sh', '#!/bin/sh\n', 0o644);
    repo.commit();
    const ci = await snapshot(repo);
    expect(isExecutable(join(ci.snapshot_dir, 'run.sh'))).toBe(true);
    expect(isExecutable(join(ci.snapshot_dir, 'data.txt'))).toBe(false);
    expect(isExecutable(join(ci.snapshot_dir, 'later.sh'))).toBe(false);

    repo.chmod('later.sh', 0o755);
    const local = await snapshot(repo, { includeLocalChanges: true });
    expect(isExecutable(join(local.snapshot_dir, 'later.sh'))).toBe(true);
    expect(local.content_hash).not.toBe(ci.content_hash);
    expect(await hashSnapshotDirectory(local.snapshot_dir)).toBe(local.content_hash);
  });
});

describe('createSnapshot: content hash', () => {
  function sampleRepo(order: 'forward' | 'reverse'): TestRepo {
    const repo = makeRepo();
    const files: Array<[string, string, number]> = [
      ['a.txt', 'a\n', 0o644],
      ['bin/tool', '#!/bin/sh\n', 0o755],
      ['src/lib.rs', 'fn main() {}\n', 0o644],
      ['target/junk', 'ignored by rules\n', 0o644],
    ];
    for (const [path, content, mode] of order === 'forward' ? files : [...files].reverse()) {
      repo.write(path, content, mode);
    }
    repo.link('link', 'a.txt');
    repo.commit();
    return repo;
  }

  it('is the same for the same tree regardless of mtimes, creation order, repository or mode', async () => {
    const first = sampleRepo('forward');
    const second = sampleRepo('reverse');
    const a = await snapshot(first);
    const b = await snapshot(first);
    utimesSync(join(first.root, 'a.txt'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    const c = await snapshot(first, { includeLocalChanges: true });
    const d = await snapshot(second);
    expect(a.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.content_hash).toBe(a.content_hash);
    expect(c.content_hash).toBe(a.content_hash);
    expect(d.content_hash).toBe(a.content_hash);
    expect(await hashSnapshotDirectory(a.snapshot_dir)).toBe(a.content_hash);
  });

  it('changes with content, mode, path, added and removed files, but not with skipped paths', async () => {
    const repo = sampleRepo('forward');
    const base = (await snapshot(repo, { includeLocalChanges: true })).content_hash;
    const variants: Array<[string, () => void, () => void]> = [
      ['content', () => repo.write('a.txt', 'A\n'), () => repo.write('a.txt', 'a\n')],
      ['mode', () => repo.chmod('a.txt', 0o755), () => repo.chmod('a.txt', 0o644)],
      [
        'rename',
        () => repo.git('mv', 'src/lib.rs', 'src/main.rs'),
        () => repo.git('mv', 'src/main.rs', 'src/lib.rs'),
      ],
      ['added', () => repo.write('new.txt', ''), () => repo.remove('new.txt')],
      ['removed', () => repo.remove('bin/tool'), () => repo.git('checkout', '--', 'bin/tool')],
    ];
    for (const [label, change, undo] of variants) {
      change();
      const changed = (await snapshot(repo, { includeLocalChanges: true })).content_hash;
      expect({ label, same: changed === base }).toEqual({ label, same: false });
      undo();
      expect((await snapshot(repo, { includeLocalChanges: true })).content_hash).toBe(base);
    }
    repo.write('target/more-junk', 'x\n');
    repo.write('src/build/out.o', 'x\n');
    expect((await snapshot(repo, { includeLocalChanges: true })).content_hash).toBe(base);
  });
});

describe('createSnapshot: metadata and marker', () => {
  it('records head, dirtiness, the clock and the paths, and verifies', async () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    const head = repo.commit();
    const clock = () => new Date(Date.UTC(2026, 2, 19, 1, 2, 3, 456));
    const metadata = await snapshot(repo, { clock });
    expect(metadata).toMatchObject({
      source_root: repo.root,
      git_head: head,
      git_dirty: false,
      created_at: '2026-03-19T01:02:03.456+00:00',
    });
    await expect(readSnapshotMetadata(metadata.snapshot_dir)).resolves.toEqual(metadata);
    await expect(verifySnapshot(metadata.snapshot_dir, metadata.content_hash!)).resolves.toEqual({
      ok: true,
      metadata,
    });
  });

  it('verifySnapshot reports a wrong expected hash, tampered files and a missing marker', async () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commit();
    const metadata = await snapshot(repo);
    const dir = metadata.snapshot_dir;
    await expect(verifySnapshot(dir, 'f'.repeat(64))).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/marker records content hash [0-9a-f]{64}, expected f{64}/),
    });
    writeFileSync(join(dir, 'a.txt'), 'tampered\n');
    await expect(verifySnapshot(dir, metadata.content_hash!)).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/files on disk hash to [0-9a-f]{64}, expected/),
    });
    rmSync(join(dir, SNAPSHOT_METADATA_FILE));
    await expect(verifySnapshot(dir, metadata.content_hash!)).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/marker file is missing/),
      metadata: null,
    });
  });

  it('writes no marker when copying fails part way (a missing object)', async () => {
    const repo = makeRepo();
    for (let i = 0; i < 50; i++) repo.write(`a/file-${i}.txt`, `file ${i}\n`);
    repo.write('zzz-last.txt', 'this blob goes missing\n');
    repo.commit();
    const oid = repo.git('rev-parse', 'HEAD:zzz-last.txt').trim();
    rmSync(join(repo.root, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const destDir = join(tempDir(), 'snapshot');
    await expect(
      createSnapshot({ sourceRoot: repo.root, destDir, profile: 'full', includeLocalChanges: false }),
    ).rejects.toThrow(new RegExp(`left without its ready marker.*git object ${oid} is missing`, 's'));
    expect(filesOf(destDir).length).toBeGreaterThan(0);
    expect(existsSync(join(destDir, SNAPSHOT_METADATA_FILE))).toBe(false);
    expect(listTree(destDir).some((name) => name.includes(SNAPSHOT_METADATA_FILE))).toBe(false);
    await expect(readSnapshotMetadata(destDir)).rejects.toThrow(/snapshot is not ready/);
  });

  it('ignores GIT_DIR and GIT_INDEX_FILE inherited from a parent git (hooks)', async () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commit();
    const other = makeRepo();
    other.write('other.txt', 'other\n');
    other.commit();
    const saved = { dir: process.env.GIT_DIR, index: process.env.GIT_INDEX_FILE };
    process.env.GIT_DIR = join(other.root, '.git');
    process.env.GIT_INDEX_FILE = join(other.root, '.git', 'index');
    try {
      const metadata = await snapshot(repo, { includeLocalChanges: true });
      expect(filesOf(metadata.snapshot_dir)).toEqual(['a.txt']);
    } finally {
      if (saved.dir === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved.dir;
      if (saved.index === undefined) delete process.env.GIT_INDEX_FILE;
      else process.env.GIT_INDEX_FILE = saved.index;
    }
  });
});

describe('createSnapshot: bad input', () => {
  it('rejects a repository with no commits', async () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    await expect(snapshot(repo)).rejects.toMatchObject({
      name: 'InputError',
      message: 'the repository has no commits, so there is no HEAD to snapshot',
      hint: expect.stringMatching(/git commit/),
    });
  });

  it('rejects a directory that is not a git working tree', async () => {
    const dir = tempDir();
    await expect(
      createSnapshot({
        sourceRoot: dir,
        destDir: join(dir, 'out'),
        profile: 'full',
        includeLocalChanges: false,
      }),
    ).rejects.toThrow(/snapshot source is not a git working tree/);
  });

  it('rejects a missing source directory', async () => {
    const dir = join(tempDir(), 'missing');
    await expect(
      createSnapshot({ sourceRoot: dir, destDir: `${dir}-out`, profile: 'full', includeLocalChanges: false }),
    ).rejects.toMatchObject({ message: 'snapshot source is not a directory', where: dir });
  });

  it('rejects a subdirectory of a repository and names the top level', async () => {
    const repo = makeRepo();
    repo.write('sub/a.txt', 'a\n');
    repo.commit();
    await expect(
      createSnapshot({
        sourceRoot: join(repo.root, 'sub'),
        destDir: join(tempDir(), 'out'),
        profile: 'full',
        includeLocalChanges: false,
      }),
    ).rejects.toThrow(/not the top level of its repository/);
  });

  it('rejects a non-empty destination', async () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commit();
    const destDir = tempDir();
    writeFileSync(join(destDir, 'leftover'), '');
    await expect(
      createSnapshot({ sourceRoot: repo.root, destDir, profile: 'full', includeLocalChanges: false }),
    ).rejects.toMatchObject({ message: 'snapshot destination is not empty', where: destDir });
  });

  it('rejects a sha256 repository', async () => {
    const repo = makeRepo(undefined, { initArgs: ['--object-format=sha256'] });
    repo.write('a.txt', 'a\n');
    repo.commit();
    await expect(snapshot(repo)).rejects.toThrow(/sha256 object format are not supported/);
  });

  it('rejects a file name that is not UTF-8, showing it', async () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commit();
    writeFileSync(
      Buffer.concat([Buffer.from(`${repo.root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]),
      '',
    );
    await expect(snapshot(repo, { includeLocalChanges: true })).rejects.toThrow(
      /a path is not valid UTF-8: "bad-ÿþ.txt"/,
    );
  });

  it('names a committed non-UTF-8 file by its path alone, from the index and from HEAD', async () => {
    const repo = makeRepo();
    writeFileSync(
      Buffer.concat([Buffer.from(`${repo.root}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]),
      '',
    );
    repo.commit();
    for (const includeLocalChanges of [true, false]) {
      await expect(snapshot(repo, { includeLocalChanges })).rejects.toThrow(
        /^a path is not valid UTF-8: "bad-ÿþ.txt"$/,
      );
    }
  });
});
