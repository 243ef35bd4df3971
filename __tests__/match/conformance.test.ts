/**
 * The README's "Matching rules" tables are the conformance tables: every row is checked here
 * against the matcher, so the documentation cannot drift from the behaviour.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { compileGlob, compilePatternSet } from '../../src/match/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function tableRows(name: string): string[][] {
  const start = readme.indexOf(`<!-- conformance:${name}:start -->`);
  const end = readme.indexOf(`<!-- conformance:${name}:end -->`);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md has no \`conformance:${name}\` table between its start/end markers`);
  }
  const lines = readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'));
  // Skip the header row and the `| --- |` separator.
  return lines.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim()),
  );
}

/** The code spans of a cell: `` `a` `b` `` gives ['a', 'b']. */
function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

function yesNo(cell: string): boolean {
  if (cell !== 'yes' && cell !== 'no') throw new Error(`expected yes/no, got \`${cell}\``);
  return cell === 'yes';
}

const globRows = tableRows('glob').map(([pattern, path, matches]) => ({
  pattern: codeSpans(pattern!)[0]!,
  path: codeSpans(path!)[0]!,
  matches: yesNo(matches!),
}));

const setRows = tableRows('set').map(([patterns, path, selected, deciding]) => ({
  patterns: codeSpans(patterns!),
  path: codeSpans(path!)[0]!,
  selected: yesNo(selected!),
  deciding: codeSpans(deciding!)[0],
}));

describe('README conformance table: single patterns', () => {
  it('has the table, with rows for every rule', () => {
    expect(globRows.length).toBeGreaterThanOrEqual(40);
    for (const row of globRows) {
      expect(typeof row.pattern).toBe('string');
      expect(typeof row.path).toBe('string');
    }
  });

  it.each(globRows)('`$pattern` vs `$path` → $matches', ({ pattern, path, matches }) => {
    expect(compileGlob(pattern).test(path)).toBe(matches);
    // The shared index (fast paths) must agree with the reference RegExp.
    expect(compilePatternSet([pattern]).match(path).matched).toBe(matches);
  });
});

describe('README conformance table: ordered pattern lists', () => {
  it('has the table', () => {
    expect(setRows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(setRows)(
    '$patterns vs `$path` → $selected by $deciding',
    ({ patterns, path, selected, deciding }) => {
      const result = compilePatternSet(patterns).match(path);
      expect(result.matched).toBe(selected);
      expect(result.pattern).toBe(deciding);
    },
  );
});
