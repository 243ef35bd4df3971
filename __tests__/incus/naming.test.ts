import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  declaredPayloadDeviceName,
  instanceName,
  mountDeviceName,
  planDeclaredMounts,
  assertWithinRoot,
  type PayloadManifest,
} from '../../src/backends/incus/index.js';

describe('incus naming (upstream worked examples)', () => {
  it('derives instance names from sha256(run:job)', () => {
    expect(instanceName('20260319T150000Z-abcd1234', 'pika-actionlint')).toBe('pikaci-db3f845da956');
    expect(instanceName('run', 'job')).toBe('pikaci-6fd8c7b5193e');
  });

  it('names declared payload devices', () => {
    expect(declaredPayloadDeviceName('workspace-build', 'workspace_build_root')).toBe('pk-workspac-51fa7376');
    expect(declaredPayloadDeviceName('staged_linux_workspace_build_v1', 'workspace_build_root')).toBe(
      'pk-staged-l-47d99971',
    );
    expect(declaredPayloadDeviceName('staged_linux_workspace_deps_v1', 'workspace_deps_root')).toBe(
      'pk-staged-l-abd7f13d',
    );
    expect(declaredPayloadDeviceName('a', 'b')).toBe('pk-a-b');
  });

  it('keeps declared device names short and safe for any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (kind, mount) => {
        const name = declaredPayloadDeviceName(kind, mount);
        expect(name.length).toBeLessThanOrEqual(20);
        expect(name).toMatch(/^[a-z0-9-]+$/);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('names plan mounts with FNV-1a', () => {
    expect(
      mountDeviceName('read_only_snapshot', '/var/tmp/pikaci/runs/run/snapshot', '/workspace/snapshot'),
    ).toBe('pk-snapsh-b34434da');
    expect(mountDeviceName('read_only_snapshot', '/var/tmp/run/snapshot', '/workspace/snapshot')).toBe(
      'pk-snapsh-7bc0883f',
    );
    expect(mountDeviceName('persistent_volume', 'customer-state', '/var/lib/pika')).toBe(
      'pk-persis-b09b5ac0',
    );
    expect(
      mountDeviceName(
        'read_only_snapshot',
        '/var/tmp/pikaci-prepared-output/snapshots/abc123/snapshot',
        '/workspace/snapshot',
      ),
    ).toBe('pk-snapsh-a75f50bc');
  });
});

describe('payload manifest validation', () => {
  const manifest = (mounts: PayloadManifest['mounts']): PayloadManifest => ({
    schema_version: 1,
    kind: 'staged_linux_workspace_build_v1',
    entrypoints: [],
    asset_roots: [],
    mounts,
  });
  const root = '/nix/store/abc-build';

  it('plans the production mount', () => {
    expect(
      planDeclaredMounts(
        root,
        manifest([
          {
            name: 'workspace_build_root',
            relative_path: '.',
            guest_path: '/staged/linux-rust/workspace-build',
            read_only: true,
          },
        ]),
      ),
    ).toEqual([
      {
        deviceName: 'pk-staged-l-47d99971',
        source: root,
        guestPath: '/staged/linux-rust/workspace-build',
        readOnly: true,
      },
    ]);
  });

  it.each([
    [{ name: ' ', relative_path: '.', guest_path: '/g', read_only: true }, 'empty mount name'],
    [
      { name: 'm', relative_path: '../etc', guest_path: '/g', read_only: true },
      'relative_path must stay within',
    ],
    [
      { name: 'm', relative_path: 'a/../../b', guest_path: '/g', read_only: true },
      'relative_path must stay within',
    ],
    [
      { name: 'm', relative_path: '/etc', guest_path: '/g', read_only: true },
      'relative_path must stay within',
    ],
    [{ name: 'm', relative_path: '.', guest_path: 'rel', read_only: true }, 'guest_path must be an absolute'],
    [
      { name: 'm', relative_path: '.', guest_path: '/a/../b', read_only: true },
      'guest_path must be an absolute',
    ],
  ])('rejects %j', (mount, message) => {
    expect(() => planDeclaredMounts(root, manifest([mount]))).toThrow(message);
  });

  it('rejects duplicate guest paths', () => {
    const mount = { name: 'a', relative_path: '.', guest_path: '/g', read_only: true };
    expect(() => planDeclaredMounts(root, manifest([mount, { ...mount, name: 'b' }]))).toThrow(
      'declares guest path /g twice',
    );
  });

  it('rejects a resolved source outside the root', () => {
    expect(() => assertWithinRoot('/nix/store/abc', '/etc', 'm')).toThrow('outside the payload root');
    expect(() => assertWithinRoot('/nix/store/abc', '/nix/store/abcdef', 'm')).toThrow(
      'outside the payload root',
    );
    expect(() => assertWithinRoot('/nix/store/abc', '/nix/store/abc/lib', 'm')).not.toThrow();
  });
});
