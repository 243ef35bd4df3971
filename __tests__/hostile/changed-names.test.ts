/**
 * Changed-file names that are not valid UTF-8, from a real git repository (`git diff -z`) and from
 * a `--changed-from` file: each is matched with U+FFFD in place of the bad bytes, and a warning names
 * the bytes, escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../support/cli.js';
import { commit, makeRepo } from '../support/repo.js';

const CATALOG = join(ROOT, 'catalog/example.toml');
const MANIFEST = `version = 1

[[branch.lanes]]
id = "menu"
title = "menu"
command = ["true"]
paths = ["caf*.txt"]

[[branch.lanes]]
id = "docs"
title = "docs"
command = ["true"]
paths = ["docs/**"]
`;
/** `café.txt` written in Latin-1: the byte 0xE9 alone is not UTF-8. */
const LATIN1_NAME = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.txt')]);
const WARNING =
  'warning: changed file name is not valid UTF-8: "caf\\xe9.txt"; it is matched as "caf\uFFFD.txt" (each invalid byte sequence replaced by U+FFFD)';

let dir: string;
let repo: string;
let base: string;

interface PlanJson {
  lanes: Array<{ id: string; selected: boolean }>;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pikaci-hostile-names-'));
  repo = join(dir, 'repo');
  base = makeRepo({ 'ci/forge-lanes.toml': MANIFEST }, { dir: repo, message: 'base' }).git(
    'rev-parse',
    'HEAD',
  );
  // A file name that is not UTF-8: written by its bytes, then committed.
  await writeFile(Buffer.concat([Buffer.from(`${repo}/`), LATIN1_NAME]), 'menu\n');
  commit(repo, {}, 'a Latin-1 name');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function selected(stdout: string): string[] {
  return (JSON.parse(stdout) as PlanJson).lanes.filter((lane) => lane.selected).map((lane) => lane.id);
}

describe('changed-file names that are not UTF-8', () => {
  it('from git diff -z: warns with the escaped bytes and matches the U+FFFD form', async () => {
    const result = await runCli(['plan', '--catalog', CATALOG, '--base', base, '--format', 'json'], {
      cwd: repo,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(WARNING);
    expect(selected(result.stdout)).toEqual(['menu']);
  });

  it('from a --changed-from file, NUL-separated or one per line', async () => {
    for (const separator of [0x00, 0x0a]) {
      const list = join(dir, `changed-${separator}`);
      await writeFile(list, Buffer.concat([LATIN1_NAME, Buffer.from([separator]), Buffer.from('README.md')]));
      const result = await runCli(
        ['plan', '--catalog', CATALOG, '--changed-from', list, '--format', 'json'],
        {
          cwd: repo,
        },
      );
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(WARNING);
      expect(selected(result.stdout)).toEqual(['menu']);
    }
  });

  it('says nothing about names that are valid UTF-8', async () => {
    const list = join(dir, 'changed-utf8');
    await writeFile(list, 'café.txt\ndocs/ü.md\n');
    const result = await runCli(['plan', '--catalog', CATALOG, '--changed-from', list, '--format', 'json'], {
      cwd: repo,
    });
    expect(result.stderr).toBe('');
    expect(selected(result.stdout)).toEqual(['menu', 'docs']);
  });
});
