/** nix/incus/pikaci-image.nix parses with the test environment's Nix; its text is checked in image-nix.test.ts. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { loadTestEnv } from '../support/test-env.js';

const IMAGE = new URL('../../nix/incus/pikaci-image.nix', import.meta.url).pathname;

describe('nix/incus/pikaci-image.nix', () => {
  it('parses with nix-instantiate', () => {
    const instantiate = join(dirname(loadTestEnv().nix.bin), 'nix-instantiate');
    let parsed: string;
    try {
      parsed = execFileSync(instantiate, ['--parse', IMAGE], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${instantiate} is not installed (apt-get install nix-bin)`
          : String(error);
      throw new Error(`cannot parse ${IMAGE}: ${reason}`);
    }
    expect(parsed).toContain('pikaci-incus-run');
  });
});
