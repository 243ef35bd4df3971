/**
 * Hostile TOML files on disk (real files, a FIFO, /dev/zero) through the TOML reader and the real
 * CLI: every one is refused, or read, with `file:line` and the reason; never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGit } from '../../src/git/index.js';
import { parseTomlFile } from '../../src/toml/index.js';
import { runCli } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

/** The documented limit (`MAX_TOML_NESTING`). */
const MAX_TOML_NESTING = 100;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pikaci-hostile-toml-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const LANE = '[[branch.lanes]]\nid = "a"\ntitle = "lane a"\ncommand = ["true"]\n';

function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/internal error|Maximum call stack|\n\s+at /);
}

describe('nesting depth', () => {
  it('refuses 100,000 nested arrays with file:line:col, through the CLI (exit 2)', async () => {
    const deep = `version = 1\nx = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const path = await file('deep.toml', deep);
    const result = await runCli(['lanes', '--manifest', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${path}:2:${5 + MAX_TOML_NESTING}: arrays and inline tables are nested more than ${MAX_TOML_NESTING} levels deep`,
    );
    expectNoStack(result.stderr);
  });

  it('counts inline tables too, and takes exactly the limit', async () => {
    const at = (depth: number) => `x = ${'{ a = '.repeat(depth)}1${' }'.repeat(depth)}\n`;
    await expect(parseTomlFile(await file('limit.toml', at(MAX_TOML_NESTING)))).resolves.toBeDefined();
    await expect(parseTomlFile(await file('over.toml', at(MAX_TOML_NESTING + 1)))).rejects.toThrow(
      /over\.toml:1:\d+: arrays and inline tables are nested more than/,
    );
  });

  it('refuses a dotted key or table header of 100,000 parts, through the CLI (exit 2)', async () => {
    const parts = Array.from({ length: 100_000 }, () => 'a').join('.');
    for (const [name, text] of [
      ['dotted-key.toml', `version = 1\n${parts} = 1\n`],
      ['dotted-header.toml', `version = 1\n[${parts}]\n`],
    ] as const) {
      const path = await file(name, text);
      const started = Date.now();
      const result = await runCli(['lanes', '--manifest', path]);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        new RegExp(
          `${name.replace('.', '\\.')}:2:\\d+: a dotted key or table header has more than 100 parts`,
        ),
      );
      expectNoStack(result.stderr);
    }
  });

  it('takes a dotted key of exactly 100 parts, and floats and times after it', async () => {
    const key = Array.from({ length: MAX_TOML_NESTING }, (_, i) => `k${i}`).join('.');
    const doc = await parseTomlFile(
      await file('hundred.toml', `${key} = 1.5\nt = 07:32:00.999\nf = [1.5, 2.5]\n`),
    );
    expect(doc.data['f']).toEqual([1.5, 2.5]);
  });

  it('does not count brackets inside strings and comments', async () => {
    const open = '['.repeat(300);
    const text = `a = "${open}"\nb = '${open}'\nc = """\n${open}\n"""\n# ${open}\n[t]\nd = [[1], [2]]\n`;
    const doc = await parseTomlFile(await file('strings.toml', text));
    expect(doc.data['a']).toBe(open);
    expect(doc.data['t']).toEqual({ d: [[1], [2]] });
  });
});

describe('what is read', () => {
  it('refuses /dev/zero at once: a character device, not a regular file', async () => {
    const started = Date.now();
    const result = await runCli(['lanes', '--manifest', '/dev/zero']);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read /dev/zero: it is a character device, not a regular file');
    expectNoStack(result.stderr);
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.toml');
    execFileSync('mkfifo', [fifo]);
    await expect(parseTomlFile(fifo)).rejects.toThrow(
      `cannot read ${fifo}: it is a named pipe, not a regular file`,
    );
  });

  it('refuses a file over the size cap, saying its size', async () => {
    const path = await file('huge.toml', '');
    await truncate(path, 5 * 1024 * 1024);
    await expect(parseTomlFile(path)).rejects.toThrow(
      `cannot read ${path}: it is larger than 4 MiB (5242880 bytes or more)`,
    );
  });

  it('reads a manifest that starts with a UTF-8 byte-order mark', async () => {
    const path = await file(
      'bom.toml',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`version = 1\n${LANE}`)]),
    );
    const result = await runCli(['lanes', '--manifest', path, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lanes = (JSON.parse(result.stdout) as { lanes: Array<{ id: string; line: number }> }).lanes;
    expect(lanes.map((lane) => [lane.id, lane.line])).toEqual([['a', 2]]);
  });

  it('refuses invalid UTF-8 with line, column and byte offset instead of replacing it', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`version = 1\n${LANE}`),
      Buffer.from('[[branch.lanes]]\nid = "b"\ntitle = "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"\ncommand = ["true"]\n'),
    ]);
    const path = await file('latin1.toml', bytes);
    const offset = bytes.indexOf(0xe9);
    const result = await runCli(['lanes', '--manifest', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path}:8:13: not valid UTF-8 (byte 0xE9 at byte offset ${offset})`);
    expect(result.stderr).toContain('re-save the file as UTF-8');
    expectNoStack(result.stderr);
  });

  it('takes multi-byte UTF-8 and refuses overlong and surrogate encodings', async () => {
    const good = await parseTomlFile(await file('good.toml', 'a = "café ✓ 🎉"\n'));
    expect(good.data['a']).toBe('café ✓ 🎉');
    for (const [name, bad] of [
      ['overlong', [0xc0, 0xaf]],
      ['surrogate', [0xed, 0xa0, 0x80]],
      ['truncated', [0xe2, 0x9c]],
    ] as const) {
      const path = await file(
        `${name}.toml`,
        Buffer.concat([Buffer.from('a = "x'), Buffer.from(bad), Buffer.from('"\n')]),
      );
      await expect(parseTomlFile(path)).rejects.toThrow(
        `${path}:1:7: not valid UTF-8 (byte 0x${bad[0].toString(16).toUpperCase()} at byte offset 6)`,
      );
    }
  });

  it('refuses invalid UTF-8 in a manifest read from a revision (pull_request_target) too', async () => {
    const bytes = Buffer.concat([Buffer.from('version = 1\n# caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const repo = makeRepo(
      { 'ci/forge-lanes.toml': bytes },
      { dir: join(dir, 'repo'), message: 'latin-1 manifest' },
    );
    const head = repo.git('rev-parse', 'HEAD');
    await expect(createGit(repo.root).showFile(head, 'ci/forge-lanes.toml')).rejects.toThrow(
      `${head}:ci/forge-lanes.toml:2:6: not valid UTF-8 (byte 0xE9 at byte offset 17)`,
    );
  });
});
