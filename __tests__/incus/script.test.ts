/**
 * The marker framing of the Incus host scripts (src/backends/incus/script.ts): markers found however
 * the stream is cut, data passed on as it comes, and a marked script run by a real `sh`.
 */
import { describe, expect, it } from '@jest/globals';
import {
  MarkedScript,
  MarkerSplitter,
  renderWord,
  scriptPrelude,
  text,
} from '../../src/backends/incus/script.js';
import { LocalTransport } from '../../src/transport/index.js';

const NONCE = '0123456789abcdef0123456789abcdef';
const marker = (words: string) => `\x1fpikaci-${NONCE} ${words}\n`;

function split(chunks: readonly string[], rawAfter?: string): Array<[string, string]> {
  const seen: Array<[string, string]> = [];
  const splitter = new MarkerSplitter(NONCE, {
    data: (chunk) => {
      const last = seen.at(-1);
      if (last?.[0] === 'data') last[1] += chunk.toString('latin1');
      else seen.push(['data', chunk.toString('latin1')]);
    },
    marker: (words) => {
      seen.push(['marker', words.join(' ')]);
      return words[0] === rawAfter ? 'raw' : undefined;
    },
  });
  for (const chunk of chunks) splitter.push(Buffer.from(chunk, 'latin1'));
  splitter.end();
  return seen;
}

describe('MarkerSplitter', () => {
  const stream = `out${marker('begin a')}partial line${marker('end a 0')}tail\x1fnot a marker\n`;
  const expected: Array<[string, string]> = [
    ['data', 'out'],
    ['marker', 'begin a'],
    ['data', 'partial line'],
    ['marker', 'end a 0'],
    ['data', 'tail\x1fnot a marker\n'],
  ];

  it('finds markers in one chunk, mid-line included', () => {
    expect(split([stream])).toEqual(expected);
  });

  it('finds markers cut at every byte boundary', () => {
    for (let cut = 1; cut < stream.length; cut++) {
      expect(split([stream.slice(0, cut), stream.slice(cut)])).toEqual(expected);
    }
    expect(split([...stream])).toEqual(expected);
  });

  it('holds back only what may start a marker', () => {
    const passed: string[] = [];
    const splitter = new MarkerSplitter(NONCE, {
      data: (chunk) => passed.push(chunk.toString()),
      marker: () => undefined,
    });
    splitter.push(Buffer.from('line one\n'));
    expect(passed).toEqual(['line one\n']);
    splitter.push(Buffer.from('two\x1fpika'));
    expect(passed).toEqual(['line one\n', 'two']);
    splitter.push(Buffer.from('x'));
    expect(passed.join('')).toBe('line one\ntwo\x1fpikax');
  });

  it("ignores another nonce's markers and passes everything through after a raw marker", () => {
    const other = '\x1fpikaci-ffffffffffffffffffffffffffffffff ended 0\n';
    expect(split([`a${other}${marker('ended 0')}${marker('begin b')}`], 'ended')).toEqual([
      ['data', `a${other}`],
      ['marker', 'ended 0'],
      ['data', marker('begin b')],
    ]);
  });
});

describe('MarkedScript', () => {
  it('collects each step’s output and exit status from a real sh, and stops at a failed step', async () => {
    const script = new MarkedScript(NONCE);
    const result = await script.run(
      new LocalTransport(),
      [
        scriptPrelude(NONCE),
        'sect one sh -c "printf out; echo err >&2; exit 3"',
        'step two resolve /',
        'step three false',
        'step four true',
      ].join('\n'),
    );
    expect(result.exitCode).toBe(1);
    expect(text(script.step('one').stdout)).toBe('out');
    expect(text(script.step('one').stderr)).toBe('err\n');
    expect(script.step('one').exitCode).toBe(3);
    expect(text(script.step('two').stdout)).toBe('/');
    expect(script.step('two').exitCode).toBe(0);
    expect(script.step('three').exitCode).toBe(1);
    expect(script.step('four').began).toBe(false);
  });

  it('gives a stepin command its input on stdin, assembled from literals and variables byte for byte', async () => {
    const odd = `a 'b' "c" \\ $(touch x) \`d\` é`;
    const script = new MarkedScript(NONCE);
    const result = await script.run(
      new LocalTransport(),
      [
        scriptPrelude(NONCE),
        `v=${renderWord([odd])}`,
        `stepin one ${renderWord(['<', odd, '|', { variable: 'v' }, '>'])} cat`,
        'stepin two x sh -c "cat >/dev/null; exit 4"',
        'step three true',
      ].join('\n'),
    );
    expect(text(script.step('one').stdout)).toBe(`<${odd}|${odd}>`);
    expect(script.step('one').exitCode).toBe(0);
    expect(script.step('two').exitCode).toBe(4);
    expect(script.step('three').began).toBe(false);
    expect(result.exitCode).toBe(1);
  });
});
