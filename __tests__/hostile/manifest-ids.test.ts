/**
 * Lane ids, titles and concurrency groups that would reach the matrix, the job model or a lock file
 * are refused when the manifest loads, with `file:line: key path`, by `plan` and by `run` alike.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, ROOT } from '../support/cli.js';

const CATALOG = join(ROOT, 'catalog/example.toml');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pikaci-hostile-ids-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function manifest(name: string, lane: string): Promise<string> {
  const path = join(dir, name);
  // The hostile lane is the second one, on lines 7-11.
  await writeFile(
    path,
    `version = 1\n\n[[branch.lanes]]\nid = "fine"\ntitle = "fine"\ncommand = ["true"]\n[[branch.lanes]]\n${lane}`,
  );
  return path;
}

function expectClean(stderr: string): void {
  expect(stderr).not.toMatch(/internal error|ZodError|\n\s+at /);
}

describe('lane ids', () => {
  it.each([
    ['command substitution', '$(touch PWNED)'],
    ['a parent directory', '../x'],
    ['a newline', 'a\\nb'],
    ['a leading dash', '-rf'],
    ['a space', 'two words'],
  ])('refuses an id with %s when planning and when running', async (_what, id) => {
    const path = await manifest(
      `id-${_what.replace(/ /g, '-')}.toml`,
      `id = "${id}"\ntitle = "t"\ncommand = ["true"]\n`,
    );
    const shown = JSON.stringify(JSON.parse(`"${id}"`));
    const plan = await runCli(
      ['plan', '--manifest', path, '--catalog', CATALOG, '--lanes', 'all', '--format', 'matrix'],
      {
        cwd: dir,
      },
    );
    expect(plan.code).toBe(2);
    expect(plan.stdout).toBe('');
    expect(plan.stderr).toContain(
      `${path}:8: branch.lanes[1].id: invalid lane id ${shown}: lane ids are letters, digits`,
    );
    expectClean(plan.stderr);
    const run = await runCli(
      [
        'run',
        '--manifest',
        path,
        '--catalog',
        CATALOG,
        '--state-root',
        join(dir, 'state'),
        '--',
        JSON.parse(`"${id}"`) as string,
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path}:8: branch.lanes[1].id: invalid lane id`);
    expectClean(run.stderr);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });

  it('refuses an id over 100 characters, and takes one of 100', async () => {
    const long = await manifest(
      'id-long.toml',
      `id = "${'a'.repeat(101)}"\ntitle = "t"\ncommand = ["true"]\n`,
    );
    const refused = await runCli(['lanes', '--manifest', long, '--catalog', CATALOG], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${long}:8: branch.lanes[1].id: lane id \``);
    expect(refused.stderr).toContain('is 101 characters long; lane ids are at most 100');
    expectClean(refused.stderr);
    const fits = await manifest(
      'id-100.toml',
      `id = "${'a'.repeat(100)}"\ntitle = "t"\ncommand = ["true"]\n`,
    );
    expect((await runCli(['lanes', '--manifest', fits, '--catalog', CATALOG], { cwd: dir })).code).toBe(0);
  });

  it('still takes the ids of the Pika manifest', async () => {
    const result = await runCli(['lanes', '--manifest', 'catalog/pika-forge-lanes.toml']);
    expect(result.code).toBe(0);
  });
});

describe('titles and concurrency groups', () => {
  it('refuses a title with a newline at its line', async () => {
    const path = await manifest('title.toml', 'id = "x"\ntitle = "two\\nlines"\ncommand = ["true"]\n');
    const result = await runCli(['lanes', '--manifest', path, '--catalog', CATALOG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${path}:9: branch.lanes[1].title: lane title "two\\nlines" contains a control character`,
    );
    expectClean(result.stderr);
  });

  it('refuses a runner label with a newline at its line', async () => {
    const path = await manifest(
      'runs-on.toml',
      'id = "x"\ntitle = "x"\ncommand = ["true"]\nruns_on = ["self-hosted", "linux\\nx"]\n',
    );
    const result = await runCli(['lanes', '--manifest', path, '--catalog', CATALOG]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${path}:11: branch.lanes[1].runs_on[1]: runner label "linux\\nx" contains a control character`,
    );
    expectClean(result.stderr);
  });

  it.each([['../../etc/passwd'], ['a b'], ['x'.repeat(129)]])(
    'refuses concurrency group %s when the manifest loads, not when the lock is taken',
    async (group) => {
      const path = await manifest(
        `group-${group.length}.toml`,
        `id = "x"\ntitle = "x"\ncommand = ["true"]\nconcurrency_group = "${group}"\n`,
      );
      const result = await runCli(['plan', '--manifest', path, '--catalog', CATALOG, '--lanes', 'all'], {
        cwd: dir,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `${path}:11: branch.lanes[1].concurrency_group: invalid concurrency group "${group}": use 1-128 letters`,
      );
      expectClean(result.stderr);
    },
  );
});
