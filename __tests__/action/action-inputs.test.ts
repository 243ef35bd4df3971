/**
 * One table for every host setting (README "Host settings"): action.yml's inputs, the CLI's flags
 * and the `PIKACI_*` variables all come from it, and the action and the CLI read the same values
 * into the same settings.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionHostSettings, HOST_SETTINGS, parseHostSettings } from '../../src/hosts/index.js';
import { flagProperty } from '../../src/runtime/index.js';
import { hostInputsBlock, withHostInputs } from '../../scripts/action-inputs.js';
import { ROOT, runCli } from '../support/cli.js';

const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');

describe('the host settings table', () => {
  it('is what action.yml declares (run `npm run gen:action-inputs` after changing it)', () => {
    expect(withHostInputs(actionYml)).toBe(actionYml);
    for (const spec of HOST_SETTINGS.filter((s) => s.action !== 'none')) {
      expect(actionYml).toContain(`\n  ${spec.name}:\n`);
    }
    expect(hostInputsBlock()).toContain('incus-image');
  });

  it('has one name and one variable per row', () => {
    const names = HOST_SETTINGS.map((s) => s.name);
    const envs = HOST_SETTINGS.map((s) => s.env);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(envs).size).toBe(envs.length);
    for (const env of envs) expect(env).toMatch(/^PIKACI_[A-Z0-9_]+$/);
  });

  it('is what `pikaci run --help` and `pikaci gc --help` offer', async () => {
    for (const command of ['run', 'gc']) {
      const help = await runCli([command, '--help']);
      expect(help.code).toBe(0);
      for (const spec of HOST_SETTINGS) expect(help.stdout).toContain(`--${spec.name}`);
    }
    const gc = await runCli(['gc', '--help']);
    expect(gc.stdout).toContain('--instances');
    expect(gc.stdout).toContain('--processes');
  }, 60_000);

  it('reads the same values into the same settings from inputs and from flags', () => {
    const values: Record<string, string> = {
      'ssh-host': 'build.example',
      'ssh-user': 'ci',
      'ssh-port': '2200',
      'ssh-known-hosts': '/kh',
      'ssh-key': '/k',
      'incus-cli': 'lxc',
      'incus-sudo': 'true',
      'incus-project': 'p',
      'incus-profile': 'a,b',
      'incus-image': 'img',
      'incus-type': 'container',
      'incus-storage-pool': 'pool',
      'remote-work-dir': '/srv/w',
      'lock-timeout': '60',
      'tart-base-vm': 'sonoma',
      'tart-ready-timeout': '90',
      'tart-use-host-xcode': 'true',
      'tart-xcode-app': '/Applications/Xcode-16.4.0.app',
      'tart-rust-toolchain': '/opt/rust',
      'tart-slot-timeout': '600',
    };
    const fromAction = actionHostSettings(
      (name) => values[name] ?? '',
      () => undefined,
      {},
    );
    const flags: Record<string, unknown> = {};
    for (const spec of HOST_SETTINGS) {
      const value = values[spec.name];
      if (value === undefined) continue;
      flags[flagProperty(spec)] =
        spec.kind === 'boolean' ? value === 'true' : spec.kind === 'list' ? value.split(',') : value;
    }
    const fromCli = parseHostSettings(flags, {});
    const { ssh: sshA, ...restA } = fromAction;
    const { ssh: sshC, ...restC } = fromCli;
    expect(restA).toEqual(restC);
    expect(restA).toEqual({
      remoteWorkDir: '/srv/w',
      lockTimeoutSecs: 60,
      incus: {
        cli: 'lxc',
        sudo: true,
        project: 'p',
        profiles: ['a', 'b'],
        image: 'img',
        instance_type: 'container',
        storage_pool: 'pool',
      },
      tart: {
        base_vm: 'sonoma',
        readiness_timeout_secs: 90,
        use_host_xcode: true,
        xcode_app: '/Applications/Xcode-16.4.0.app',
        rust_toolchain: '/opt/rust',
        slot_timeout_secs: 600,
      },
    });
    expect({ host: sshA?.host, user: sshA?.user, port: sshA?.port }).toEqual({
      host: sshC?.host,
      user: sshC?.user,
      port: sshC?.port,
    });
  });
});
