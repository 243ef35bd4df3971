/**
 * Shared by the remote_ssh × Incus tests: host settings for the test environment's LXD and sshd,
 * the same as CLI flags, a git repository to run from, and `pikaci` as a real subprocess.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { execa } from 'execa';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { HostSettings } from '../../src/hosts/index.js';
import type { TestEnv } from '../support/test-env.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CATALOG = join(ROOT, '__tests__/fixtures/incus-catalog.toml');
const TSX_LOADER = join(ROOT, 'node_modules/tsx/dist/esm/index.mjs');
const MAIN = join(ROOT, 'src/cli/main.ts');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A git repository holding `hello.txt` (and `extra` files), committed. */
export function makeRepo(extra: Record<string, string> = {}): string {
  const dir = tempDir('pikaci-incus-ssh-repo-');
  const files = { 'hello.txt': 'hello from the snapshot\n', ...extra };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(resolve(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'init');
  return dir;
}

export function incusSettings(env: TestEnv, sudo = false): NonNullable<HostSettings['incus']> {
  return {
    cli: env.lxd.cli as 'lxc',
    sudo,
    project: env.lxd.project,
    profiles: [env.lxd.profile],
    image: env.lxd.image,
    instance_type: 'container',
    storage_pool: env.lxd.storagePool,
    readiness_timeout_secs: 30,
  };
}

export function sshSettings(env: TestEnv): NonNullable<HostSettings['ssh']> {
  return {
    host: env.ssh.host,
    port: env.ssh.port,
    user: env.ssh.user,
    privateKeyPath: env.ssh.privateKeyPath,
    knownHostsPath: env.ssh.knownHostsPath,
    connectTimeoutMs: 5000,
    killGraceMs: 1000,
  };
}

/** The same settings as `pikaci run` flags. */
export function hostFlags(env: TestEnv, workDir: string, options: { sudo?: boolean } = {}): string[] {
  return [
    '--incus-cli',
    env.lxd.cli,
    '--incus-project',
    env.lxd.project,
    '--incus-profile',
    env.lxd.profile,
    '--incus-image',
    env.lxd.image,
    '--incus-type',
    'container',
    '--incus-storage-pool',
    env.lxd.storagePool,
    ...(options.sudo ? ['--incus-sudo'] : []),
    '--ssh-host',
    env.ssh.host,
    '--ssh-port',
    String(env.ssh.port),
    '--ssh-user',
    env.ssh.user,
    '--ssh-key',
    env.ssh.privateKeyPath,
    '--ssh-known-hosts',
    env.ssh.knownHostsPath,
    '--remote-work-dir',
    workDir,
  ];
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * `pikaci <args>` as one node process (tsx as a loader, not a wrapper), so a signal sent to `child`
 * reaches the CLI itself. `started` resolves with the child; `done` with its output.
 */
export function spawnCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): { child: ChildProcess; done: Promise<CliResult>; output: () => string } {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolvePromise) => {
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
  return { child, done, output: () => stdout + stderr };
}

export async function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliResult> {
  return spawnCli(args, options).done;
}

/** Resolve once `predicate(output)` holds; fail after `timeoutMs` with what was seen. */
export async function waitFor(
  output: () => string,
  predicate: (text: string) => boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate(output())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output so far:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * `pikaci-*` instances in the test project that belong to runs recorded under `stateRoots` (their
 * `user.pikaci.run_id`). Other tests share the project, so only our own runs' instances are judged.
 */
export async function instancesOfRuns(env: TestEnv, stateRoots: readonly string[]): Promise<string[]> {
  const ids = new Set<string>();
  for (const root of stateRoots) {
    const runs = join(root, 'runs');
    if (existsSync(runs)) for (const id of readdirSync(runs)) ids.add(id);
  }
  const { stdout } = await execa(env.lxd.cli, ['list', '--project', env.lxd.project, '--format', 'json']);
  const listed = JSON.parse(stdout) as Array<{ name: string; config?: Record<string, string> }>;
  return listed
    .filter((i) => i.name.startsWith('pikaci-') && ids.has(i.config?.['user.pikaci.run_id'] ?? ''))
    .map((i) => i.name)
    .sort();
}
