/**
 * `src/action/toolkit.ts` against the real `@actions/core`: the same calls, in the same environment,
 * must write the same bytes to stdout, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` (the output
 * delimiters are random UUIDs in both: each is checked for its form, then compared as a placeholder),
 * return the same values and throw the same errors.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as real from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ours from '../../src/action/toolkit.js';

type Toolkit = Pick<
  typeof real,
  | 'getInput'
  | 'getBooleanInput'
  | 'setOutput'
  | 'setSecret'
  | 'setFailed'
  | 'info'
  | 'error'
  | 'warning'
  | 'notice'
> & { summary: { addRaw(text: string, addEOL?: boolean): unknown } };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pikaci-toolkit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Observed {
  stdout: string;
  output: string | null;
  summary: string | null;
  results: unknown[];
  exitCode: typeof process.exitCode;
}

const DELIMITER = /ghadelimiter_([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})/g;

/** Run `calls` with `toolkit` in a fresh environment; capture everything it writes. */
async function observe(
  name: string,
  toolkit: Toolkit,
  env: Record<string, string | undefined>,
  calls: (toolkit: Toolkit) => Promise<unknown[]> | unknown[],
): Promise<Observed> {
  const outputFile = join(dir, `${name}.output`);
  const summaryFile = join(dir, `${name}.summary`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '# existing\n');
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  process.env['GITHUB_OUTPUT'] = outputFile;
  process.env['GITHUB_STEP_SUMMARY'] = summaryFile;
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value.replace('{dir}', dir);
  }
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  let results: unknown[];
  let exitCode: typeof process.exitCode;
  try {
    results = await calls(toolkit);
  } finally {
    process.stdout.write = write;
    exitCode = process.exitCode;
    process.exitCode = savedExit;
    process.env = saved;
  }
  const read = (file: string): string | null => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  };
  return { stdout, output: read(outputFile), summary: read(summaryFile), results, exitCode };
}

/** Each delimiter must be a fresh v4 UUID; then they are replaced by their order of appearance. */
function normalized(observed: Observed): Observed {
  const seen: string[] = [];
  const output =
    observed.output?.replace(DELIMITER, (_, uuid: string) => {
      if (!seen.includes(uuid)) seen.push(uuid);
      return `ghadelimiter_#${seen.indexOf(uuid)}`;
    }) ?? null;
  return { ...observed, output };
}

/** What a call returned or threw, comparable across the two implementations. */
function outcome(fn: () => unknown): unknown {
  try {
    return { returned: fn() };
  } catch (error) {
    return { threw: (error as Error).constructor.name, message: (error as Error).message };
  }
}

async function settle(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => ({ resolved: true }),
    (error: Error) => ({ threw: error.constructor.name, message: error.message }),
  );
}

async function expectSame(
  name: string,
  env: Record<string, string | undefined>,
  calls: (toolkit: Toolkit) => Promise<unknown[]> | unknown[],
): Promise<Observed> {
  const expected = normalized(await observe(`${name}-real`, real, env, calls));
  const actual = normalized(await observe(`${name}-ours`, ours, env, calls));
  expect(actual).toEqual(expected);
  return actual;
}

describe('toolkit (byte-identical to @actions/core)', () => {
  it('reads inputs the same way, errors included', async () => {
    const env = {
      INPUT_PLAIN: '  value with spaces  ',
      'INPUT_WITH SPACE': 'no',
      INPUT_WITH_SPACE: 'yes',
      INPUT_LOWER: 'lower',
      INPUT_T1: 'true',
      INPUT_T2: 'True',
      INPUT_T3: 'TRUE',
      INPUT_F1: 'false',
      INPUT_F2: 'False',
      INPUT_F3: ' FALSE ',
      INPUT_BAD: 'yes',
      INPUT_MULTI: 'a\nb\n',
    };
    const observed = await expectSame('inputs', env, (t) => [
      outcome(() => t.getInput('plain')),
      outcome(() => t.getInput('plain', { trimWhitespace: false })),
      outcome(() => t.getInput('with space')),
      outcome(() => t.getInput('LOWER')),
      outcome(() => t.getInput('missing')),
      outcome(() => t.getInput('missing', { required: true })),
      outcome(() => t.getInput('multi')),
      ...['t1', 't2', 't3', 'f1', 'f2', 'f3', 'bad', 'missing'].map((n) =>
        outcome(() => t.getBooleanInput(n)),
      ),
    ]);
    // The comparison is only worth something if the cases differ from each other.
    expect(observed.results).toContainEqual({ returned: 'value with spaces' });
    expect(observed.results).toContainEqual({ returned: 'yes' });
    expect(observed.results).toContainEqual({
      threw: 'Error',
      message: 'Input required and not supplied: missing',
    });
    expect(observed.results.filter((r) => (r as { threw?: string }).threw === 'TypeError')).toHaveLength(2);
  });

  it('writes outputs to GITHUB_OUTPUT with fresh delimiters, and as ::set-output without it', async () => {
    const values: unknown[] = [
      'plain',
      'two\nlines\r\nand % and ::',
      { include: [{ lane: 'a' }] },
      ['x'],
      42,
      true,
      null,
      undefined,
      '',
    ];
    const observed = await expectSame('outputs', {}, (t) => {
      values.forEach((value, i) => t.setOutput(`out_${i}`, value));
      t.setOutput('name with spaces', 'v');
      return [];
    });
    expect(observed.output).toContain(
      'out_1<<ghadelimiter_#1\ntwo\nlines\r\nand % and ::\nghadelimiter_#1\n',
    );
    expect(observed.stdout).toBe('');

    const legacy = await expectSame('outputs-legacy', { GITHUB_OUTPUT: undefined }, (t) => {
      values.forEach((value, i) => t.setOutput(`out:${i},`, value));
      return [];
    });
    expect(legacy.stdout).toContain('::set-output name=out%3A1%2C::two%0Alines%0D%0Aand %25 and ::');

    await expectSame('outputs-missing-file', { GITHUB_OUTPUT: '{dir}/no-such-file' }, (t) => [
      outcome(() => t.setOutput('a', 'b')),
    ]);
  });

  it('writes log lines, annotations, masks and failures the same way', async () => {
    const observed = await expectSame('logging', {}, (t) => {
      t.info('plain line with % and \r and ::warning::not a command');
      t.info('');
      t.warning('careful: 100% \n done');
      t.warning(new Error('an error object'));
      t.warning('with properties', { title: 'a:b,c%', file: 'src/x.ts', startLine: 3, endLine: 4 });
      t.warning('empty properties', {});
      t.notice('a notice with % and \n', { title: 'already: passed' });
      t.warning('only undefined properties', { title: undefined });
      t.warning('zero line', { startLine: 0, startColumn: 2, endColumn: 5 });
      t.error('job failed', { title: 'pikaci lane: job a failed' });
      t.error(new TypeError('typed'));
      t.setSecret('s3cr3t\nline two');
      t.setFailed('the step failed: 50%');
      return [];
    });
    expect(observed.exitCode).toBe(1);
    expect(observed.stdout).toContain(
      '::warning title=a%3Ab%2Cc%25,file=src/x.ts,line=3,endLine=4::with properties\n',
    );
    expect(observed.stdout).toContain('::error::the step failed: 50%25\n');
  });

  it('appends and overwrites the job summary the same way, errors included', async () => {
    const observed = await expectSame('summary', {}, async (t) => {
      const summary = t.summary as typeof real.summary;
      await summary.addRaw('| a | b |\n').addRaw('line', true).write();
      await summary.addRaw('second write').write();
      const afterAppend = readFileSync(process.env['GITHUB_STEP_SUMMARY']!, 'utf8');
      await summary.addRaw('replaced', true).write({ overwrite: true });
      return [afterAppend];
    });
    expect(observed.results[0]).toBe('# existing\n| a | b |\nline\nsecond write');
    expect(observed.summary).toBe('replaced\n');

    await expectSame('summary-unset', { GITHUB_STEP_SUMMARY: undefined }, async (t) => {
      // A fresh summary object each: the toolkit caches the path it once checked.
      const summary = new ((t.summary as object).constructor as new () => typeof real.summary)();
      return [await settle(summary.addRaw('x').write())];
    });
    await expectSame(
      'summary-missing',
      { GITHUB_STEP_SUMMARY: '{dir}/no-such-dir/summary.md' },
      async (t) => {
        const summary = new ((t.summary as object).constructor as new () => typeof real.summary)();
        return [await settle(summary.addRaw('x').write())];
      },
    );
  });
});
