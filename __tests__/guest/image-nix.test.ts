import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { GUEST_PATHS } from '../../src/guest/index.js';

const IMAGE = new URL('../../nix/incus/pikaci-image.nix', import.meta.url).pathname;

describe('nix/incus/pikaci-image.nix', () => {
  it('parses with nix-instantiate', () => {
    let parsed: string;
    try {
      parsed = execFileSync('nix-instantiate', ['--parse', IMAGE], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'nix-instantiate is not installed (apt-get install nix-bin)'
          : String(error);
      throw new Error(`cannot parse ${IMAGE}: ${reason}`);
    }
    expect(parsed).toContain('pikaci-incus-run');
  });

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
