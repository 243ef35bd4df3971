import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../support/cli.js';

const sha256 = (path: string) =>
  `sha256:${createHash('sha256')
    .update(readFileSync(join(ROOT, path)))
    .digest('hex')}`;
const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

describe('pikaci --version and pikaci version', () => {
  it('--version prints the package version alone', async () => {
    const result = await runCli(['--version']);
    expect(result).toEqual({ code: 0, signal: null, stdout: `${packageVersion}\n`, stderr: '' });
  });

  it('version --json names the version, the Node.js running it and the shipped files by sha256', async () => {
    const result = await runCli(['version', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      version: packageVersion,
      node: process.version,
      catalog: sha256('catalog/pika.toml'),
      guestRunner: sha256('nix/incus/pikaci-incus-run'),
    });
  });

  it('version without --json prints the same facts with the files they were read from', async () => {
    const result = await runCli(['version']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      `pikaci ${packageVersion}`,
      `node ${process.version}`,
      `catalog ${sha256('catalog/pika.toml')} (${join(ROOT, 'catalog/pika.toml')})`,
      `guest runner ${sha256('nix/incus/pikaci-incus-run')} (${join(ROOT, 'nix/incus/pikaci-incus-run')})`,
      '',
    ]);
  });
});
