/**
 * The compile cache (src/util/compile-cache.ts): where it goes, that it never fails, and — in a real
 * Node process — that it is on and written under the runner's tool cache when the runtime has
 * `module.enableCompileCache` (Node ≥ 22.1, e.g. the Node 24 of `npm run test:all`), and that nothing
 * happens when it does not.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCacheDirectory, enableCompileCache } from '../../src/util/compile-cache.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pikaci-compile-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compileCacheDirectory', () => {
  it("is under the tool cache on a self-hosted runner, else Node's default", () => {
    expect(
      compileCacheDirectory({ RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_TOOL_CACHE: '/opt/tools' }),
    ).toBe('/opt/tools/pikaci-action/node-compile-cache');
    expect(
      compileCacheDirectory({
        RUNNER_ENVIRONMENT: 'github-hosted',
        RUNNER_TOOL_CACHE: '/opt/hostedtoolcache',
      }),
    ).toBeUndefined();
    expect(
      compileCacheDirectory({ RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_TOOL_CACHE: '' }),
    ).toBeUndefined();
    expect(compileCacheDirectory({})).toBeUndefined();
  });
});

describe('enableCompileCache', () => {
  it('passes the directory, or none for the default', () => {
    const calls: unknown[][] = [];
    const api = { enableCompileCache: (...args: unknown[]) => calls.push(args) };
    enableCompileCache({ RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_TOOL_CACHE: '/t' }, api);
    enableCompileCache({}, api);
    expect(calls).toEqual([['/t/pikaci-action/node-compile-cache'], []]);
  });

  it('does nothing on a runtime without it, and never throws', () => {
    expect(() => enableCompileCache({}, {})).not.toThrow();
    const failing = {
      enableCompileCache: () => {
        throw new Error('cannot create the cache directory');
      },
    };
    expect(() => enableCompileCache({}, failing)).not.toThrow();
  });

  it('turns the cache on in a real process and writes it under the tool cache, where Node has it', async () => {
    const toolCache = join(dir, 'tool-cache');
    const script = [
      `import { enableCompileCache } from ${JSON.stringify(join(root, 'src/util/compile-cache.ts'))};`,
      `import * as m from 'node:module';`,
      'enableCompileCache();',
      // A module compiled after the cache is on, so there is something to write.
      `await import(${JSON.stringify(join(root, 'src/util/shell.ts'))});`,
      'm.flushCompileCache?.();',
      'console.log(JSON.stringify({ dir: m.getCompileCacheDir?.() ?? null }));',
    ].join('\n');
    const result = await execa(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      env: { RUNNER_ENVIRONMENT: 'self-hosted', RUNNER_TOOL_CACHE: toolCache, NODE_OPTIONS: '' },
    });
    const reported = JSON.parse(result.stdout) as { dir: string | null };
    const cacheRoot = join(toolCache, 'pikaci-action', 'node-compile-cache');
    const hasIt = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
    if (hasIt) {
      expect(reported.dir?.startsWith(cacheRoot)).toBe(true);
      // One directory per Node version, holding at least one cached module.
      const [versionDir] = readdirSync(cacheRoot);
      expect(readdirSync(join(cacheRoot, versionDir!)).length).toBeGreaterThan(0);
    } else {
      expect(reported.dir).toBeNull();
      expect(existsSync(cacheRoot)).toBe(false);
    }
  });
});
