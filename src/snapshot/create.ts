/**
 * Snapshot creation. Unlike upstream (which walks and copies the working tree, ignored files included),
 * the file set comes from git: the files tracked at HEAD, plus (outside CI) local modifications and
 * untracked files that are not ignored. Clean tracked files are written straight from the object store
 * by id, so neither copying nor hashing them reads the working tree.
 *
 * Decisions worth knowing:
 * - Ignored files are never included (upstream copied them, `.env` secrets and all; docs/upstream.md, records 5.5.3).
 * - Submodules (gitlinks) and untracked nested repositories are left out and listed in
 *   `omitted_paths`: their contents are not in this repository's object store or index.
 * - Files from the object store hold git's stored bytes: no smudge filters (LFS) or eol conversion,
 *   so each file's bytes are exactly the blob its id names and a snapshot re-hashes to its content_hash.
 * - Paths must be UTF-8 and the repository SHA-1: the content hash is defined over both.
 * - A root-level `pikaci-snapshot.json` in the source is left out; that name is the marker's.
 */
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  realpath,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { runGit } from '../git/index.js';
import { allSettledOrThrow, assertNever } from '../util/index.js';
import { InputError, PikaciError, withContext } from '../util/index.js';
import { readBlobs } from './blobs.js';
import { splitNul } from './nul.js';
import { comparePathBytes, computeContentHash, gitBlobId, type FileMode, type HashEntry } from './hash.js';
import {
  formatSnapshotTimestamp,
  SNAPSHOT_METADATA_FILE,
  writeSnapshotMetadata,
  type OmittedPath,
  type SnapshotMetadata,
} from './metadata.js';
import { isSkippedPath, type SnapshotProfile } from './profile.js';

export interface CreateSnapshotOptions {
  /** Top level of a git working tree with at least one commit. */
  sourceRoot: string;
  /** Must not exist or be empty. Left without a marker if creation fails part way. */
  destDir: string;
  profile: SnapshotProfile;
  /**
   * false (CI): exactly the tree of HEAD. true (a developer machine): the working tree as git sees
   * it: tracked files with their local edits (deleted ones left out) plus untracked, non-ignored files.
   */
  includeLocalChanges: boolean;
  clock?: () => Date;
}

/** A file written from the object store by its blob id. */
interface StoredFile {
  path: string;
  mode: FileMode;
  oid: string;
}

interface SnapshotPlan {
  stored: StoredFile[];
  /** Paths copied (and hashed) from the working tree. */
  local: string[];
  omitted: OmittedPath[];
}

const WORKTREE_COPY_CONCURRENCY = 32;

export async function createSnapshot(options: CreateSnapshotOptions): Promise<SnapshotMetadata> {
  const clock = options.clock ?? (() => new Date());
  const sourceRoot = resolve(options.sourceRoot);
  const destDir = resolve(options.destDir);
  const head = await checkSource(sourceRoot);
  await prepareDestination(destDir);

  const [unfiltered, gitDirty] = await allSettledOrThrow([
    options.includeLocalChanges ? planWorkingTree(sourceRoot) : planHead(sourceRoot),
    isDirty(sourceRoot),
  ]);
  const plan = filterPlan(unfiltered, options.profile);
  const localFiles = await inspectLocalFiles(sourceRoot, plan.local);

  const directories = new Set<string>();
  for (const { path } of [...plan.stored, ...localFiles]) {
    for (let dir = dirname(path); dir !== '.'; dir = dirname(dir)) directories.add(dir);
  }
  // Parents sort before their children, so non-recursive mkdir never misses a parent.
  for (const dir of [...directories].sort(comparePathBytes)) await mkdir(join(destDir, dir));

  let localEntries: HashEntry[];
  try {
    [, localEntries] = await allSettledOrThrow([
      writeStoredFiles(sourceRoot, destDir, plan.stored),
      copyLocalFiles(sourceRoot, destDir, localFiles),
    ]);
  } catch (error) {
    throw withContext(
      `snapshot of ${sourceRoot} into ${destDir} failed (the directory is left without its ready marker; delete it before retrying)`,
      error,
    );
  }
  const entries: HashEntry[] = [...plan.stored, ...localEntries];

  const metadata: SnapshotMetadata = {
    source_root: sourceRoot,
    snapshot_dir: destDir,
    git_head: head,
    git_dirty: gitDirty,
    created_at: formatSnapshotTimestamp(clock()),
    content_hash: computeContentHash(entries),
    profile: options.profile,
    omitted_paths: plan.omitted,
  };
  await writeSnapshotMetadata(destDir, metadata);
  return metadata;
}

/** The checks below word a non-zero exit themselves: git's exit status is returned, not thrown. */
const ANY_EXIT = { exitCodes: 'any' } as const;

export interface SnapshotContentHash {
  /** What `createSnapshot` records as `content_hash` for the same source, profile and mode. */
  contentHash: string;
  /** How many file entries it covers. */
  files: number;
  gitHead: string;
}

/**
 * The content hash a snapshot of `sourceRoot` would have, computed without writing one: the same
 * file set (`planHead`/`planWorkingTree`, then the profile's skip rules) and the same formula
 * (`hash.ts`). Clean tracked files are hashed from their blob ids alone, so on a CI checkout (HEAD
 * only) nothing but `git ls-tree` output is read; local edits and untracked files are read and hashed.
 * The pass cache (README "Skipping lanes that already passed") keys a lane on it before anything runs.
 */
export async function snapshotContentHash(
  options: Pick<CreateSnapshotOptions, 'sourceRoot' | 'profile' | 'includeLocalChanges'>,
): Promise<SnapshotContentHash> {
  const sourceRoot = resolve(options.sourceRoot);
  const head = await checkSource(sourceRoot);
  const unfiltered = await (options.includeLocalChanges ? planWorkingTree(sourceRoot) : planHead(sourceRoot));
  const plan = filterPlan(unfiltered, options.profile);
  const localFiles = await inspectLocalFiles(sourceRoot, plan.local);
  const limit = pLimit(WORKTREE_COPY_CONCURRENCY);
  const localEntries = await allSettledOrThrow(
    localFiles.map(({ path, mode }) =>
      limit(async (): Promise<HashEntry> => {
        const source = join(sourceRoot, path);
        const bytes =
          mode === '120000' ? await readlink(source, { encoding: 'buffer' }) : await readFile(source);
        return { path, mode, oid: gitBlobId(bytes) };
      }),
    ),
  );
  const entries: HashEntry[] = [...plan.stored, ...localEntries];
  return { contentHash: computeContentHash(entries), files: entries.length, gitHead: head };
}

/** Returns HEAD's commit id after checking that `sourceRoot` is the top of a usable working tree. */
async function checkSource(sourceRoot: string): Promise<string> {
  const info = await stat(sourceRoot).catch(() => null);
  if (!info?.isDirectory()) {
    throw new InputError('snapshot source is not a directory', {
      where: sourceRoot,
      hint: 'pass the top-level directory of a git checkout',
    });
  }
  const fast = await sourceFacts(sourceRoot);
  if (fast !== null) {
    await checkTopLevel(sourceRoot, fast.topLevel);
    checkObjectFormat(sourceRoot, fast.objectFormat);
    return fast.head;
  }
  const top = await runGit(sourceRoot, ['rev-parse', '--show-toplevel'], ANY_EXIT);
  if (top.exitCode !== 0) {
    throw new InputError(`snapshot source is not a git working tree: ${top.stderr}`, {
      where: sourceRoot,
      hint: 'snapshots are made from git checkouts; run from a clone of the repository',
    });
  }
  await checkTopLevel(sourceRoot, top.stdout.toString('utf8').trim());
  const format = await runGit(sourceRoot, ['rev-parse', '--show-object-format'], ANY_EXIT);
  checkObjectFormat(sourceRoot, format.exitCode === 0 ? format.stdout.toString('utf8').trim() : 'sha1');
  const head = await runGit(sourceRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
  if (head.exitCode !== 0) {
    throw new InputError('the repository has no commits, so there is no HEAD to snapshot', {
      where: sourceRoot,
      hint: 'commit the files first (`git add -A && git commit`)',
    });
  }
  return head.stdout.toString('utf8').trim();
}

/**
 * Top level, object format and HEAD from one `git rev-parse` when all three are there (each git
 * process is a measured part of `pikaci run`'s overhead); null sends `checkSource` through the
 * one-check-per-process path, which words each failure.
 */
async function sourceFacts(
  sourceRoot: string,
): Promise<{ topLevel: string; objectFormat: string; head: string } | null> {
  const result = await runGit(
    sourceRoot,
    ['rev-parse', '--show-toplevel', '--show-object-format', '--verify', '--quiet', 'HEAD^{commit}'],
    ANY_EXIT,
  );
  const lines = result.stdout.toString('utf8').split('\n');
  if (result.exitCode !== 0 || lines.length !== 4 || lines[3] !== '') return null;
  const [topLevel, objectFormat, head] = lines.map((line) => line.trim()) as [string, string, string];
  return { topLevel, objectFormat, head };
}

async function checkTopLevel(sourceRoot: string, topLevel: string): Promise<void> {
  if ((await realpath(topLevel)) !== (await realpath(sourceRoot))) {
    throw new InputError(`snapshot source is not the top level of its repository (${topLevel})`, {
      where: sourceRoot,
      hint: `pass ${topLevel} instead`,
    });
  }
}

function checkObjectFormat(sourceRoot: string, objectFormat: string): void {
  if (objectFormat !== 'sha1') {
    throw new InputError(`repositories with the ${objectFormat} object format are not supported`, {
      where: sourceRoot,
      hint: 'the snapshot content hash is defined over SHA-1 blob ids; use a sha1 repository',
    });
  }
}

async function prepareDestination(destDir: string): Promise<void> {
  const existing = await readdir(destDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new InputError(`snapshot destination cannot be used: ${error.message}`, { where: destDir });
  });
  if (existing !== null && existing.length > 0) {
    throw new InputError('snapshot destination is not empty', {
      where: destDir,
      hint: 'pass a new or empty directory (delete a stale snapshot first)',
    });
  }
  await mkdir(destDir, { recursive: true });
}

/** git's standard output; a non-zero exit throws the runner's error (the command and git's stderr). */
async function gitOutput(sourceRoot: string, args: readonly string[]): Promise<Buffer> {
  return (await runGit(sourceRoot, args)).stdout;
}

/** CI: the tree of HEAD, read from the object store only. */
async function planHead(sourceRoot: string): Promise<SnapshotPlan> {
  const output = await gitOutput(sourceRoot, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
  const plan: SnapshotPlan = { stored: [], local: [], omitted: [] };
  for (const record of splitNul(output, `${sourceRoot} (git ls-tree HEAD)`, 'tab')) {
    // `<mode> SP <type> SP <oid> TAB <path>`
    const tab = record.indexOf('\t');
    const [mode, , oid] = record.slice(0, tab).split(' ');
    addStored(plan, record.slice(tab + 1), mode!, oid!, sourceRoot);
  }
  return plan;
}

/** A developer machine: the index, with edited, deleted and conflicted paths taken from the disk. */
async function planWorkingTree(sourceRoot: string): Promise<SnapshotPlan> {
  // One process for the index and the working tree: `-t` tags each record. `?` is an untracked path
  // (-o), `C` an edited, deleted or conflicted one (-m), any other tag an index entry (-s: H, or M for
  // a conflict stage, S for skip-worktree) with its mode, blob and stage.
  const listing = await gitOutput(sourceRoot, [
    'ls-files',
    '-z',
    '-s',
    '-t',
    '-m',
    '-o',
    '--exclude-standard',
  ]);
  const changed = new Set<string>();
  const untracked: string[] = [];
  const indexed: string[] = [];
  for (const record of splitNul(listing, `${sourceRoot} (git ls-files -s -t -m -o)`, 'tag')) {
    if (record.startsWith('? ')) untracked.push(record.slice(2));
    else if (record.startsWith('C ')) changed.add(record.slice(record.indexOf('\t') + 1));
    else indexed.push(record.slice(2));
  }
  const plan: SnapshotPlan = { stored: [], local: [], omitted: [] };
  const seen = new Set<string>();
  for (const record of indexed) {
    // `<mode> SP <oid> SP <stage> TAB <path>`
    const tab = record.indexOf('\t');
    const [mode, oid, stage] = record.slice(0, tab).split(' ');
    const path = record.slice(tab + 1);
    if (seen.has(path)) continue;
    seen.add(path);
    // A conflicted path has several stages and no single blob: the disk holds the user's version.
    if (mode !== '160000' && (changed.has(path) || stage !== '0')) plan.local.push(path);
    else addStored(plan, path, mode!, oid!, sourceRoot);
  }
  for (const path of untracked) {
    // git lists an untracked directory holding its own repository as `dir/` and never looks inside.
    if (path.endsWith('/')) plan.omitted.push({ path: path.slice(0, -1), reason: 'nested_repository' });
    else plan.local.push(path);
  }
  return plan;
}

function addStored(plan: SnapshotPlan, path: string, rawMode: string, oid: string, where: string): void {
  const mode = parseInt(rawMode, 8);
  switch (mode >> 12) {
    case 0o10:
      // git itself only knows 644 and 755; anything with the owner execute bit is executable.
      plan.stored.push({ path, oid, mode: mode & 0o100 ? '100755' : '100644' });
      return;
    case 0o12:
      plan.stored.push({ path, oid, mode: '120000' });
      return;
    case 0o16:
      plan.omitted.push({ path, reason: 'submodule' });
      return;
    default:
      throw new PikaciError(`unexpected git file mode ${rawMode} for ${JSON.stringify(path)}`, { where });
  }
}

/**
 * Applies the profile's skip rules. The root-level `pikaci-snapshot.json` is always left out too: it is
 * the marker's name, and a snapshot taken from a materialised workspace must not carry the old one.
 */
function filterPlan(plan: SnapshotPlan, profile: SnapshotProfile): SnapshotPlan {
  const keep = (path: string): boolean => path !== SNAPSHOT_METADATA_FILE && !isSkippedPath(path, profile);
  return {
    stored: plan.stored.filter((file) => keep(file.path)),
    local: plan.local.filter(keep),
    omitted: plan.omitted.filter((entry) => keep(entry.path)),
  };
}

async function isDirty(sourceRoot: string): Promise<boolean> {
  const status = await gitOutput(sourceRoot, ['status', '--porcelain', '-z', '--untracked-files=normal']);
  return status.length > 0;
}

async function writeStoredFiles(
  sourceRoot: string,
  destDir: string,
  files: readonly StoredFile[],
): Promise<void> {
  const byOid = new Map<string, StoredFile[]>();
  for (const file of files) {
    const group = byOid.get(file.oid);
    if (group) group.push(file);
    else byOid.set(file.oid, [file]);
  }
  await readBlobs(sourceRoot, [...byOid.keys()], async (oid, bytes) => {
    for (const file of byOid.get(oid)!) await materialise(join(destDir, file.path), file.mode, bytes);
  });
}

interface LocalFile {
  path: string;
  mode: FileMode;
}

/**
 * Which working-tree paths are a file or symlink, seen the way git sees them: without following links.
 * Dropped: deleted paths, tracked files replaced by a directory (git lists its files as untracked), and
 * paths below a directory replaced by a symlink (git treats them as deleted; the link itself is untracked).
 */
async function inspectLocalFiles(sourceRoot: string, paths: readonly string[]): Promise<LocalFile[]> {
  const realDirectories = new Map<string, Promise<boolean>>();
  const isRealDirectory = (dir: string): Promise<boolean> => {
    if (dir === '.') return Promise.resolve(true);
    let known = realDirectories.get(dir);
    if (!known) {
      known = isRealDirectory(dirname(dir)).then(
        async (parentIsReal) =>
          parentIsReal &&
          (await lstat(join(sourceRoot, dir)).then(
            (info) => info.isDirectory(),
            () => false,
          )),
      );
      realDirectories.set(dir, known);
    }
    return known;
  };
  const limit = pLimit(WORKTREE_COPY_CONCURRENCY);
  const inspected = await allSettledOrThrow(
    paths.map((path) =>
      limit(async (): Promise<LocalFile | null> => {
        if (!(await isRealDirectory(dirname(path)))) return null;
        const source = join(sourceRoot, path);
        const info = await lstat(source).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return null;
          throw error;
        });
        if (info === null || info.isDirectory()) return null;
        if (info.isSymbolicLink()) return { path, mode: '120000' };
        if (info.isFile()) return { path, mode: info.mode & 0o100 ? '100755' : '100644' };
        throw new PikaciError(`cannot snapshot ${JSON.stringify(path)}: not a file, symlink or directory`, {
          where: source,
          hint: 'remove the special file (fifo, socket or device) or add it to .gitignore',
        });
      }),
    ),
  );
  return inspected.filter((file): file is LocalFile => file !== null);
}

/** Copies working-tree files, returning their hash entries computed from the bytes copied. */
async function copyLocalFiles(
  sourceRoot: string,
  destDir: string,
  files: readonly LocalFile[],
): Promise<HashEntry[]> {
  const limit = pLimit(WORKTREE_COPY_CONCURRENCY);
  return allSettledOrThrow(
    files.map(({ path, mode }) =>
      limit(async (): Promise<HashEntry> => {
        const source = join(sourceRoot, path);
        const bytes =
          mode === '120000' ? await readlink(source, { encoding: 'buffer' }) : await readFile(source);
        await materialise(join(destDir, path), mode, bytes);
        return { path, mode, oid: gitBlobId(bytes) };
      }),
    ),
  );
}

/** Like a git checkout: links are recreated from their target bytes, never followed; umask applies. */
async function materialise(target: string, mode: FileMode, bytes: Buffer): Promise<void> {
  switch (mode) {
    case '120000':
      await symlink(bytes, target);
      return;
    case '100755':
      await writeFile(target, bytes, { mode: 0o777, flag: 'wx' });
      return;
    case '100644':
      await writeFile(target, bytes, { mode: 0o666, flag: 'wx' });
      return;
    default:
      assertNever(mode);
  }
}
