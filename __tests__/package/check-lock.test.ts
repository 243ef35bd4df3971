/**
 * `npm run check-lock` on copies of this repository's package.json and lock: it passes on the
 * committed pair and names what `npm install` would change when the pair disagree. npm works from
 * its cache here: a consistent lock needs no registry metadata.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../support/cli.js';
import { removeTempDirs, tempDir } from '../support/repo.js';

const SCRIPT = join(ROOT, 'scripts/check-lock.mjs');

afterAll(() => removeTempDirs());

async function checkLock(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [SCRIPT], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function copyOfProject(): string {
  const dir = tempDir('pikaci-check-lock-');
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  copyFileSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
  return dir;
}

describe('check-lock', () => {
  it('passes on the committed package.json and lock, and leaves the lock as it was', async () => {
    const dir = copyOfProject();
    const result = await checkLock(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'package-lock.json'), 'utf8'),
    );
  });

  it('fails and names the entry and field when package.json and the lock disagree', async () => {
    const dir = copyOfProject();
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      engines: Record<string, string>;
    };
    manifest.engines['node'] = '>=99';
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    const result = await checkLock(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'check-lock: package-lock.json is out of date: `npm install` would change it, so `npm ci` may fail.',
        '  ~ (root package): engines',
        'Fix: run `npm install --package-lock-only --omit-lockfile-registry-resolved=true` and commit package-lock.json.',
        '',
      ].join('\n'),
    );
  });
});
