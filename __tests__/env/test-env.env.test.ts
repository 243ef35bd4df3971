/**
 * The test environment set up by ci/test-env.sh, part by part, on the real daemons: LXD launches the
 * busybox image in the test project, sshd on loopback takes only the client key and presents the
 * recorded host key, Nix builds a flake without a daemon or substituters. With no environment,
 * every test here fails (loadTestEnv throws), none is skipped. The parts that need no environment
 * (the env.json contract, the file-name guard) are in loader.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  listPikaciInstances,
  loadTestEnv,
  lxcArgs,
  TEST_ENV_FILE,
  uniqueName,
  type TestEnv,
} from '../support/test-env.js';

let env: TestEnv;
let scratch: string;

beforeAll(async () => {
  env = loadTestEnv();
  scratch = await mkdtemp(join(tmpdir(), 'pikaci-envtest-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('loadTestEnv', () => {
  it('reads the env.json ci/test-env.sh wrote', () => {
    expect(env.lxd.cli).toBe('lxc');
    expect(env.ssh).toMatchObject({ host: '127.0.0.1', user: 'root' });
    expect(TEST_ENV_FILE.endsWith('/.test-env/env.json')).toBe(true);
  });

  it('says to run the setup script when the file is absent', () => {
    expect(() => loadTestEnv(join(scratch, 'nope.json'))).toThrow(
      /^test environment missing: run `npm run test:env` \(bash ci\/test-env.sh\) first: cannot read .*nope\.json \(ENOENT\)$/,
    );
  });

  it('rejects a file that is not JSON', async () => {
    const file = join(scratch, 'broken.json');
    await writeFile(file, '{ "lxd": ');
    expect(() => loadTestEnv(file)).toThrow(/test environment missing: .*broken\.json is not valid JSON/);
  });
});

describe('helpers', () => {
  it('lxcArgs puts --project first, so it also holds for `exec … -- argv`', () => {
    expect(lxcArgs(env, 'exec', 'c1', '--', 'id')).toEqual([
      '--project',
      env.lxd.project,
      'exec',
      'c1',
      '--',
      'id',
    ]);
  });
});

describe('LXD (real daemon)', () => {
  // stdin closed: `lxc launch` reads instance config from a non-tty stdin until EOF.
  const lxc = (...args: string[]) =>
    execa(env.lxd.cli, lxcArgs(env, ...args), { reject: false, stdin: 'ignore' });

  it('the image alias resolves in the test project', async () => {
    const r = await lxc('image', 'list', env.lxd.image, '--format', 'json');
    expect(r.exitCode).toBe(0);
    const images = JSON.parse(r.stdout) as { fingerprint: string; aliases: { name: string }[] }[];
    expect(images.flatMap((i) => i.aliases.map((a) => a.name))).toContain(env.lxd.image);
  });

  it('launches a container, runs bash and busybox timeout/su in it, and deletes it', async () => {
    // Not `pikaci-*`: suites running in parallel assert that no such instance is left behind.
    const name = uniqueName('envtest');
    const launch = await lxc('launch', env.lxd.image, name, '--ephemeral');
    try {
      expect(launch.stderr).not.toMatch(/^Error/m);
      expect(launch.exitCode).toBe(0);
      expect(await listPikaciInstances(env, 'envtest-')).toContain(name);

      const bash = await lxc('exec', name, '--', '/bin/bash', '--noprofile', '--norc', '-lc', 'echo ok');
      expect({ code: bash.exitCode, out: bash.stdout }).toEqual({ code: 0, out: 'ok' });

      // busybox timeout exits 143 (GNU's is 124) when it kills the command.
      const killed = await lxc('exec', name, '--', 'timeout', '1', 'sleep', '10');
      expect(killed.exitCode).toBe(143);
      const inTime = await lxc('exec', name, '--', 'timeout', '5', 'sh', '-c', 'exit 7');
      expect(inTime.exitCode).toBe(7);

      const su = await lxc(
        'exec',
        name,
        '--',
        'su',
        'pikaci',
        '-c',
        'id -u; echo $HOME; touch $HOME/f && echo w',
      );
      expect(su.stdout.split('\n')).toEqual(['1000', '/home/pikaci', 'w']);
      const tmp = await lxc('exec', name, '--', 'stat', '-c', '%a', '/tmp', '/var/tmp');
      expect(tmp.stdout.split('\n')).toEqual(['1777', '1777']);
    } finally {
      await lxc('delete', '--force', name);
    }
    expect(await listPikaciInstances(env, 'envtest-')).not.toContain(name);
  });
});

describe('sshd on 127.0.0.1 (real OpenSSH)', () => {
  const sshArgs = (key: string, knownHosts: string, ...command: string[]) => [
    '-F',
    '/dev/null',
    '-i',
    key,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'BatchMode=yes',
    '-o',
    'StrictHostKeyChecking=yes',
    '-o',
    `UserKnownHostsFile=${knownHosts}`,
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'ConnectTimeout=10',
    '-p',
    String(env.ssh.port),
    `${env.ssh.user}@${env.ssh.host}`,
    ...command,
  ];
  const ssh = (key: string, knownHosts: string, ...command: string[]) =>
    execa('ssh', sshArgs(key, knownHosts, ...command), { reject: false, stdin: 'ignore' });

  it('known_hosts holds exactly the recorded host key for [127.0.0.1]:port', async () => {
    const text = await readFile(env.ssh.knownHostsPath, 'utf8');
    expect(text).toBe(`[127.0.0.1]:${env.ssh.port} ${env.ssh.hostPublicKey}\n`);
    const scan = await execa('ssh-keyscan', ['-t', 'ed25519', '-p', String(env.ssh.port), '127.0.0.1'], {
      reject: false,
    });
    expect(scan.stdout.trim()).toBe(`[127.0.0.1]:${env.ssh.port} ${env.ssh.hostPublicKey}`);
  });

  it('accepts the client key, and lxc (also through sudo) reaches the same daemon', async () => {
    const r = await ssh(
      env.ssh.privateKeyPath,
      env.ssh.knownHostsPath,
      `id -u && lxc --project ${env.lxd.project} image list ${env.lxd.image} --format csv -c l && sudo -n lxc --project ${env.lxd.project} list --format csv -c n >/dev/null && echo sudo-ok`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual(['0', env.lxd.image, 'sudo-ok']);
    expect(r.exitCode).toBe(0);
  });

  it('refuses a key it has not authorised', async () => {
    const wrong = join(scratch, 'wrong_ed25519');
    await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', wrong]);
    const r = await ssh(wrong, env.ssh.knownHostsPath, 'echo should-not-run');
    expect(r.exitCode).toBe(255);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Permission denied \(publickey\)/);
  });

  it('a known_hosts with another host key fails verification', async () => {
    const other = join(scratch, 'other_host');
    await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const otherKey = (await readFile(`${other}.pub`, 'utf8')).split(' ').slice(0, 2).join(' ');
    const knownHosts = join(scratch, 'known_hosts_other');
    await writeFile(knownHosts, `[127.0.0.1]:${env.ssh.port} ${otherKey}\n`);
    const r = await ssh(env.ssh.privateKeyPath, knownHosts, 'echo should-not-run');
    expect(r.exitCode).toBe(255);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Host key verification failed/);
  });
});

describe('Nix (local store, no daemon, no substituters)', () => {
  it('builds a tiny flake and reports its output with --json', async () => {
    const dir = join(scratch, 'flake');
    await execa('mkdir', ['-p', dir]);
    await writeFile(
      join(dir, 'flake.nix'),
      `{
  outputs = { self }: {
    packages.x86_64-linux.payload = derivation {
      name = "pikaci-envtest-payload";
      system = "x86_64-linux";
      builder = "/bin/sh";
      args = [ "-c" "echo built-by-envtest > $out" ];
    };
  };
}
`,
    );
    const r = await execa(
      env.nix.bin,
      [...env.nix.buildArgs, 'build', '--no-link', '--json', `path:${dir}#payload`],
      {
        reject: false,
        timeout: 120_000,
      },
    );
    expect(r.stderr).not.toMatch(/error:/);
    expect(r.exitCode).toBe(0);
    const [result] = JSON.parse(r.stdout) as { drvPath: string; outputs: { out: string } }[];
    expect(result!.outputs.out).toMatch(/^\/nix\/store\/[0-9a-z]{32}-pikaci-envtest-payload$/);
    expect(await readFile(result!.outputs.out, 'utf8')).toBe('built-by-envtest\n');
  });
});
