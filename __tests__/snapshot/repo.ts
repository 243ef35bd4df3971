/** Real git repositories in temp directories for the snapshot tests. */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  lstatSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gitEnvironment } from '../../src/git/index.js';

export interface TestRepo {
  root: string;
  git(...args: string[]): string;
  write(path: string, content: string | Buffer, mode?: number): void;
  link(path: string, target: string): void;
  chmod(path: string, mode: number): void;
  remove(path: string): void;
  commitAll(message?: string): string;
}

const temps: string[] = [];

export function tempDir(label = 'pikaci-snapshot-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), label));
  temps.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function makeRepo(initArgs: string[] = []): TestRepo {
  const root = join(tempDir(), 'repo');
  mkdirSync(root);
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', ...args], {
      cwd: root,
      env: gitEnvironment(),
      encoding: 'utf8',
    });
  git('init', '-q', ...initArgs);
  return {
    root,
    git,
    write(path, content, mode = 0o644) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
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
    commitAll(message = 'commit') {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
  };
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
