/** The image definition's text against the guest contract; it is parsed by Nix in image-nix.env.test.ts. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { GUEST_PATHS } from '../../src/guest/index.js';

const IMAGE = new URL('../../nix/incus/pikaci-image.nix', import.meta.url).pathname;

describe('nix/incus/pikaci-image.nix', () => {
  it('bakes in the runner next to it and lays out the guest paths the runner uses', () => {
    const text = readFileSync(IMAGE, 'utf8');
    expect(text).toContain('builtins.readFile ./pikaci-incus-run');
    expect(text).toContain('destination = "/bin/pikaci-incus-run"');
    for (const path of [
      GUEST_PATHS.runtimeStateDir,
      GUEST_PATHS.logsDir,
      GUEST_PATHS.cargoHome,
      GUEST_PATHS.cargoTarget,
      GUEST_PATHS.snapshot,
      GUEST_PATHS.stagedWorkspaceDeps,
      GUEST_PATHS.stagedWorkspaceBuild,
    ]) {
      expect(text).toContain(`"${path}"`);
    }
    expect(text).toMatch(/uid = 1000;/);
  });
});
