/**
 * Shared by the remote_ssh × Incus tests: host settings for the test environment's LXD and sshd,
 * the same as CLI flags, and the fixture catalog. Repositories: support/repo.ts; the CLI: support/cli.ts.
 */
import { execa } from 'execa';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HostSettings } from '../../src/hosts/index.js';
import { ROOT } from '../support/cli.js';
import type { TestEnv } from '../support/test-env.js';

export const CATALOG = join(ROOT, '__tests__/fixtures/incus-catalog.toml');

/** The file the fixture catalog's jobs read from their snapshot (`makeRepo(HELLO_FILES)`, support/repo.ts). */
export const HELLO_FILES = { 'hello.txt': 'hello from the snapshot\n' };

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
