/**
 * Real git repositories for tests, in temporary directories: built from a file map, committed with a
 * fixed identity, and isolated from the machine's git configuration and from `GIT_*` variables of
 * whatever runs the tests (a hook, another repository's environment).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files by `/`-separated relative path; `null` deletes the file (in `commit`). */
export type FileMap = Record<string, string | Buffer | null>;

const temps: string[] = [];

/** A new temporary directory, removed by `removeTempDirs` (call it in `afterAll`). */
export function tempDir(prefix = 'pikaci-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The environment git runs with here: no `GIT_*` from outside, no user or system config, a fixed identity. */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('GIT_')) env[name] = value;
  return {
    ...env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'pikaci test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'pikaci test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
  };
}

/** Run git in `dir`; returns its stdout without the final newline, throws when git fails. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: gitEnvironment(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).replace(/\n$/, '');
}

/** Write (string, Buffer) or delete (null) files under `dir`, creating directories as needed. */
export function writeFiles(dir: string, files: FileMap): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    if (content === null) {
      rmSync(file, { recursive: true, force: true });
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
}

/** `git init` in `dir` (created if needed) on `branch`. */
export function initRepo(dir: string, options: { branch?: string; initArgs?: string[] } = {}): void {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', options.branch ?? 'main', ...(options.initArgs ?? []));
}

/** Write `files`, stage everything and commit (empty commits allowed); returns the commit id. */
export function commit(dir: string, files: FileMap = {}, message = 'commit'): string {
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

export interface TestRepo {
  /** The work tree. */
  readonly root: string;
  git(...args: string[]): string;
  write(path: string, content: string | Buffer, mode?: number): void;
  link(path: string, target: string): void;
  chmod(path: string, mode: number): void;
  remove(path: string): void;
  /** Write (or with null, delete) `files`, then commit everything; returns the commit id. */
  commit(files?: FileMap, message?: string): string;
}

export interface RepoOptions {
  /** Where to create the repository; default `<new temp dir>/repo`. */
  dir?: string;
  /** The initial branch; default `main`. */
  branch?: string;
  /** More `git init` arguments (`--object-format=sha256`). */
  initArgs?: string[];
  /** The message of the commit of `files`; default `init`. */
  message?: string;
}

/**
 * A git repository; with `files`, they are written and committed (`init`), else it has no commit.
 */
export function makeRepo(files?: FileMap, options: RepoOptions = {}): TestRepo {
  const root = options.dir ?? join(tempDir('pikaci-repo-'), 'repo');
  initRepo(root, options);
  const repo: TestRepo = {
    root,
    git: (...args) => git(root, ...args),
    write(path, content, mode = 0o644) {
      writeFiles(root, { [path]: content });
      chmodSync(join(root, path), mode);
    },
    link(path, target) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      symlinkSync(target, join(root, path));
    },
    chmod(path, mode) {
      chmodSync(join(root, path), mode);
    },
    remove(path) {
      rmSync(join(root, path), { recursive: true });
    },
    commit: (more = {}, message = 'commit') => commit(root, more, message),
  };
  if (files !== undefined) repo.commit(files, options.message ?? 'init');
  return repo;
}

/** Every file and symlink below `dir` as a sorted list of `/`-separated relative paths. */
export function listTree(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    const info = lstatSync(join(dir, name));
    if (info.isDirectory()) out.push(...listTree(join(dir, name), rel));
    else out.push(rel);
  }
  return out.sort();
}
