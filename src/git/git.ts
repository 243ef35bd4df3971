/**
 * The few git operations planning needs, behind one small interface so the selection core never
 * talks to git and tests can run the real thing against repositories they build.
 */
import { resolve } from 'node:path';
import { decodeUtf8 } from '../toml/index.js';
import { InputError, PikaciError } from '../util/index.js';
import {
  decodeNulSeparated,
  invalidUtf8Warning,
  parseNameStatusZ,
  pathsOfChanges,
  type FileChange,
} from './changes.js';
import { runGit, type GitOutput } from './run.js';

export interface Git {
  /** The repository's working directory. */
  readonly dir: string;
  /** Full commit id of `rev`; throws an `InputError` when it does not name a commit here. */
  revParse(rev: string): Promise<string>;
  /** True when `rev` names a commit present locally. */
  hasCommit(rev: string): Promise<boolean>;
  /** The best common ancestor of two commits, or null when their histories do not meet (here). */
  mergeBase(a: string, b: string): Promise<string | null>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  isShallow(): Promise<boolean>;
  /** `git fetch --deepen=<depth>` from `remote` (default `origin`), to find a base cut off by a shallow clone. */
  fetchDeepen(depth: number, remote?: string): Promise<void>;
  /** Every change between two commits, `-z` parsed: renames and copies with both names, deletions included. */
  diff(base: string, head: string): Promise<FileChange[]>;
  /** Repo-relative paths changed between two commits: both sides of renames/copies, deletions, no duplicates. */
  changedFiles(base: string, head: string): Promise<string[]>;
  /** Contents of `path` at `rev` as UTF-8 text; throws an `InputError` when the file is not there or not UTF-8. */
  showFile(rev: string, path: string): Promise<string>;
  /**
   * Repo-relative paths the working tree changes against HEAD: uncommitted edits (staged or not,
   * deletions included) and untracked files that are not ignored, sorted, no duplicates.
   */
  localChanges(): Promise<string[]>;
}

export interface GitOptions {
  /** Where warnings go (a changed file name that is not valid UTF-8); default standard error. */
  warn?: (message: string) => void;
}

/**
 * The top level of the git working tree that contains `cwd`, else `cwd` itself (resolved): outside a
 * repository, or without git, the state root and the default manifest and catalog are found there.
 */
export async function repoRoot(cwd: string = process.cwd()): Promise<string> {
  const top = await runGit(cwd, ['rev-parse', '--show-toplevel']).then(
    (result) => result.stdout.toString('utf8').trim(),
    () => '',
  );
  return top === '' ? resolve(cwd) : top;
}

/** A `Git` that runs the `git` program in `dir`. */
export function createGit(dir: string, options: GitOptions = {}): Git {
  return new ProcessGit(dir, options.warn ?? ((message) => process.stderr.write(`warning: ${message}\n`)));
}

class ProcessGit implements Git {
  constructor(
    readonly dir: string,
    private readonly warn: (message: string) => void,
  ) {}

  async revParse(rev: string): Promise<string> {
    const result = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      [0, 1],
    );
    if (result.exitCode !== 0) {
      throw new InputError(`unknown revision \`${rev}\`: no such commit in the repository`, {
        where: this.dir,
        hint: 'pass a commit that exists locally (a shallow clone may lack it: fetch more history, e.g. fetch-depth: 0)',
      });
    }
    return result.stdout.toString('utf8').trim();
  }

  async hasCommit(rev: string): Promise<boolean> {
    const result = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      [0, 1],
    );
    return result.exitCode === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const result = await this.run(['merge-base', '--end-of-options', a, b], [0, 1]);
    const base = result.stdout.toString('utf8').trim();
    return result.exitCode === 0 && base !== '' ? base : null;
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(
      ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant],
      [0, 1],
    );
    return result.exitCode === 0;
  }

  async isShallow(): Promise<boolean> {
    const result = await this.run(['rev-parse', '--is-shallow-repository']);
    return result.stdout.toString('utf8').trim() === 'true';
  }

  async fetchDeepen(depth: number, remote = 'origin'): Promise<void> {
    if (!Number.isInteger(depth) || depth < 1) {
      throw new InputError(`fetch depth must be a positive integer, got ${depth}`);
    }
    await this.run(['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote]);
  }

  async diff(base: string, head: string): Promise<FileChange[]> {
    // `--no-relative` guards against `diff.relative` in the user's config; `-z` keeps names verbatim.
    const result = await this.run([
      'diff',
      '-z',
      '--name-status',
      '-M',
      '--no-relative',
      '--no-ext-diff',
      '--end-of-options',
      base,
      head,
      '--',
    ]);
    try {
      return parseNameStatusZ(result.stdout, (name) => this.warn(invalidUtf8Warning(name)));
    } catch (error) {
      throw new PikaciError(`cannot read \`git diff\` output for ${base}..${head}`, {
        where: this.dir,
        cause: error,
      });
    }
  }

  async changedFiles(base: string, head: string): Promise<string[]> {
    return pathsOfChanges(await this.diff(base, head));
  }

  async showFile(rev: string, path: string): Promise<string> {
    const result = await this.run(['cat-file', 'blob', `${rev}:${path}`], [0, 128]);
    if (result.exitCode !== 0) {
      throw new InputError(`no file \`${path}\` at revision \`${rev}\``, {
        where: this.dir,
        hint: 'check the path (repo-relative) and that the revision is fetched',
      });
    }
    // Shown files are TOML manifests: invalid UTF-8 is an error at its line, never replaced.
    return decodeUtf8(result.stdout, `${rev}:${path}`);
  }

  async localChanges(): Promise<string[]> {
    const edited = await this.run([
      'diff',
      '--name-only',
      '-z',
      '--no-relative',
      '--no-ext-diff',
      'HEAD',
      '--',
    ]);
    const untracked = await this.run(['ls-files', '--others', '--exclude-standard', '--full-name', '-z']);
    const names = [
      ...decodeNulSeparated(edited.stdout, (name) => this.warn(invalidUtf8Warning(name))),
      ...decodeNulSeparated(untracked.stdout, (name) => this.warn(invalidUtf8Warning(name))),
    ];
    return [...new Set(names.filter((name) => name !== ''))].sort();
  }

  /** Run git here (`runGit`: the cleaned environment, one error shape); exit codes outside `expected` throw. */
  private run(args: readonly string[], expected: readonly number[] = [0]): Promise<GitOutput> {
    return runGit(this.dir, args, { exitCodes: expected });
  }
}

/** What `changesSince` diffed, and the paths it found. */
export interface ChangesSince {
  /** Full ids of the revisions given. */
  base: string;
  head: string;
  /** The commit diffed from: the merge base of `base` and `head`. */
  from: string;
  paths: string[];
}

/**
 * The paths changed on `head` since it forked from `base` (a three-dot diff): the merge base of the
 * two, diffed against `head`. When `base` is an ancestor of `head` the merge base is `base` itself.
 */
export async function changesSince(git: Git, base: string, head: string): Promise<ChangesSince> {
  const [baseId, headId] = [await git.revParse(base), await git.revParse(head)];
  const from = await git.mergeBase(baseId, headId);
  if (from === null) {
    const shallow = await git.isShallow();
    throw new InputError(`\`${base}\` and \`${head}\` have no common history here`, {
      where: git.dir,
      hint: shallow
        ? 'this is a shallow clone: fetch more history (git fetch --deepen=100, or fetch-depth: 0)'
        : 'pass a --base that shares history with --head, or list the files with --changed-from',
    });
  }
  return { base: baseId, head: headId, from, paths: await git.changedFiles(from, headId) };
}
