import { describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guestRunnerScript, guestRunnerScriptPath } from '../../src/guest/index.js';
import { RUNNER_SCRIPT } from './support.js';

const repoRoot = new URL('../../', import.meta.url).pathname;

describe('guestRunnerScript', () => {
  it('is the text of nix/incus/pikaci-incus-run', () => {
    expect(guestRunnerScriptPath()).toBe(RUNNER_SCRIPT);
    expect(guestRunnerScript()).toBe(readFileSync(RUNNER_SCRIPT, 'utf8'));
    expect(guestRunnerScript().startsWith('#!/bin/sh\n')).toBe(true);
  });

  it('works from an ncc bundle, which carries the script as an asset', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pikaci-guest-ncc-'));
    try {
      const build = `
        import ncc from '@vercel/ncc';
        import { writeFileSync, mkdirSync } from 'node:fs';
        import { join } from 'node:path';
        const [entry, outDir] = process.argv.slice(1);
        const { code, assets } = await ncc(entry, { quiet: true, target: 'es2022', transpileOnly: true });
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, 'index.js'), code);
        writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }');
        for (const [name, asset] of Object.entries(assets)) writeFileSync(join(outDir, name), asset.source);
      `;
      const bundleDir = join(out, 'dist', 'cli');
      await execa(
        'node',
        ['--input-type=module', '-e', build, join(repoRoot, 'src/guest/index.ts'), bundleDir],
        {
          cwd: repoRoot,
        },
      );
      // Run the bundle from an unrelated directory, far from the repository's nix/ folder.
      const probe = `const m = await import(process.argv[1]);
        console.log(JSON.stringify({ path: m.guestRunnerScriptPath(), text: m.guestRunnerScript() }));`;
      const run = await execa('node', ['--input-type=module', '-e', probe, join(bundleDir, 'index.js')], {
        cwd: out,
      });
      const printed = JSON.parse(run.stdout) as { path: string; text: string };
      expect(printed.path).toBe(join(bundleDir, 'pikaci-incus-run'));
      expect(printed.text).toBe(readFileSync(RUNNER_SCRIPT, 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
