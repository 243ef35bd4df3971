/** The Tart backend's pure parts: VM names, the version gate, `--dir` values, settings. */
import { describe, expect, it } from '@jest/globals';
import {
  baseVmDigest,
  completeTart,
  dirArgument,
  runArgs,
  runIdOfVm,
  tartSettings,
  tartVersionOk,
  vmName,
  TART_SETTINGS,
} from '../../src/backends/tart/index.js';
import { readCliSettings } from '../../src/runtime/index.js';

describe('Tart VM names', () => {
  it('carry the whole run id and the job id (upstream kept 12 characters and collided)', () => {
    expect(vmName('20260319T150000Z-abcd1234', 'pika-actionlint')).toBe(
      'pikaci-20260319T150000Z-abcd1234-pika-actionlint',
    );
    expect(vmName('20260319T150000Z-abcd1234', 'x')).not.toBe(vmName('20260319T150059Z-abcd1234', 'x'));
  });

  it('are sanitised, with a hash when sanitising changed anything, so `a.b` and `a_b` differ', () => {
    const dotted = vmName('20260319T150000Z-abcd1234', 'a.b');
    const underscored = vmName('20260319T150000Z-abcd1234', 'a_b');
    expect(dotted).toMatch(/^pikaci-20260319T150000Z-abcd1234-a-b-[0-9a-f]{8}$/);
    expect(underscored).toMatch(/^pikaci-20260319T150000Z-abcd1234-a-b-[0-9a-f]{8}$/);
    expect(dotted).not.toBe(underscored);
  });

  it('give their run id back to gc, and nothing for other names', () => {
    expect(runIdOfVm(vmName('20260319T150000Z-abcd1234', 'a.b'))).toBe('20260319T150000Z-abcd1234');
    expect(runIdOfVm('pikaci-20260319T150-pika-actionlint')).toBeNull();
    expect(runIdOfVm('sequoia-base')).toBeNull();
  });
});

describe('Tart version gate', () => {
  it.each([
    ['2.27.0', true],
    ['2.32.1', true],
    ['3.0', true],
    ['2.26.9', false],
    ['1.99.0', false],
    ['unknown', false],
  ])('%s → %s', (version, ok) => expect(tartVersionOk(version)).toBe(ok));
});

describe('tart run arguments', () => {
  it('named and tagged shares in Tart`s `[name:]path[:options]` form', () => {
    expect(dirArgument({ name: 'workspace', path: '/w', readOnly: true })).toBe('workspace:/w:ro');
    expect(dirArgument({ name: 'artifacts', path: '/a', readOnly: false })).toBe('artifacts:/a');
    expect(dirArgument({ path: '/nix/store', readOnly: true, tag: 'pikaci-nix-store' })).toBe(
      '/nix/store:ro,tag=pikaci-nix-store',
    );
    expect(runArgs('vm', [{ name: 'w', path: '/w', readOnly: true }], true)).toEqual([
      'run',
      '--no-graphics',
      '--no-audio',
      '--root-disk-opts=sync=full',
      '--dir=w:/w:ro',
      'vm',
    ]);
  });

  it('the base image digest comes from an OCI name pinned by digest; a local VM has none', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(baseVmDigest(`ghcr.io/cirruslabs/macos-sequoia-base@${digest}`)).toBe(digest);
    expect(baseVmDigest('sequoia-base')).toBeNull();
  });
});

describe('Tart settings', () => {
  it('defaults: upstream base VM, 180 s readiness, two-hour slot wait', () => {
    expect(completeTart({}, { workDir: '/w' })).toEqual({
      base_vm: 'sequoia-base',
      readiness_timeout_secs: 180,
      use_host_xcode: false,
      slot_timeout_secs: 7200,
      stop_timeout_secs: 30,
      host_grace_secs: 30,
      work_dir: '/w',
    });
  });

  it('read from upstream`s variables', () => {
    const values = readCliSettings(
      TART_SETTINGS,
      {},
      {
        PIKACI_TART_BASE_VM: 'sonoma-base',
        PIKACI_TART_READY_TIMEOUT: '300',
        PIKACI_TART_USE_HOST_XCODE: 'true',
        PIKACI_TART_XCODE_APP: '/Applications/Xcode-16.4.0.app',
      },
    );
    expect(tartSettings(values)).toEqual({
      base_vm: 'sonoma-base',
      readiness_timeout_secs: 300,
      use_host_xcode: true,
      xcode_app: '/Applications/Xcode-16.4.0.app',
    });
  });

  it('a bad value names the variable', () => {
    expect(() => readCliSettings(TART_SETTINGS, {}, { PIKACI_TART_READY_TIMEOUT: 'soon' })).toThrow(
      '--tart-ready-timeout (or $PIKACI_TART_READY_TIMEOUT) must be an integer from 1 to 86400, got `soon`',
    );
    expect(() => readCliSettings(TART_SETTINGS, {}, { PIKACI_TART_XCODE_APP: 'Xcode.app' })).toThrow(
      '--tart-xcode-app (or $PIKACI_TART_XCODE_APP) must be an absolute path, got `Xcode.app`',
    );
  });
});
