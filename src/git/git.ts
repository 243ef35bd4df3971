/**
 * The few git operations planning needs, behind one small interface so the selection core never
 * talks to git and tests can run the real thing against repositories they build.
 */
import { existsSync } from 'node:fs';
import { execa } from 'execa';
import { InputError, PikaciError } from '../util/errors.js';
import { parseNameStatusZ, pathsOfChanges, type FileChange } from './changes.js';

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
  /** Contents of `path` at `rev`; throws an `InputError` when the file is not there. */
  showFile(rev: string, path: string): Promise<string>;
}

/** A `Git` that runs the `git` program in `dir`. */
export function createGit(dir: string): Git {
  return new ProcessGit(dir);
}

interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

class ProcessGit implements Git {
  constructor(readonly dir: string) {}

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
    return result.stdout.trim();
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
    const base = result.stdout.trim();
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
    return result.stdout.trim() === 'true';
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
      return parseNameStatusZ(result.stdout);
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
    return result.stdout;
  }

  /** Run git; an exit code outside `expected` is a `PikaciError` carrying git's stderr. */
  private async run(args: readonly string[], expected: readonly number[] = [0]): Promise<GitResult> {
    let result;
    try {
      result = await execa('git', args, {
        cwd: this.dir,
        reject: false,
        stripFinalNewline: false,
        maxBuffer: 1024 * 1024 * 1024,
        env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      });
    } catch (error) {
      throw new PikaciError(`cannot run \`git ${args[0]}\``, { where: this.dir, cause: error });
    }
    if (result.failed && result.exitCode === undefined) {
      const why =
        result.code !== 'ENOENT'
          ? result.shortMessage
          : existsSync(this.dir)
            ? 'git is not installed or not on PATH'
            : 'the directory does not exist';
      throw new PikaciError(`cannot run \`git ${args[0]}\`: ${why}`, { where: this.dir });
    }
    const exitCode = result.exitCode ?? -1;
    if (!expected.includes(exitCode)) {
      const stderr = String(result.stderr).trim();
      throw new PikaciError(
        `\`git ${args.join(' ')}\` failed (exit ${exitCode})${stderr ? `: ${stderr}` : ''}`,
        {
          where: this.dir,
          hint: stderr.includes('not a git repository')
            ? 'run from a git checkout or pass --repo DIR'
            : undefined,
        },
      );
    }
    return { exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
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
