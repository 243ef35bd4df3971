/**
 * The README's "Matching rules" tables are the conformance tables: every row is checked here
 * against the matcher, so the documentation cannot drift from the behaviour. Each row also says
 * what GitHub `paths` does (from the cheat sheet; `—` when it says nothing) and what upstream's
 * globset does; the first must agree with the matcher wherever it is given, the second with the
 * model of globset's documented rules in `globset-model.ts`.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { compileGlob, compilePatternSet, validateGlob } from '../../src/match/index.js';
import { globsetMatcher, GlobsetModelError } from './globset-model.js';

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

type Outcome = 'yes' | 'no' | 'error';

function outcome(cell: string, allowed: readonly string[] = ['yes', 'no']): Outcome {
  if (!allowed.includes(cell)) throw new Error(`expected one of ${allowed.join('/')}, got \`${cell}\``);
  return cell as Outcome;
}

/** The GitHub column: `yes`/`no`, or `undefined` for `—` (the cheat sheet does not say). */
function github(cell: string): Outcome | undefined {
  return cell === '—' ? undefined : outcome(cell);
}

function ours(pattern: string, path: string): Outcome {
  if (validateGlob(pattern) !== undefined) return 'error';
  const whole = compileGlob(pattern).test(path);
  // The shared index (fast paths) must agree with the reference RegExp.
  expect(compilePatternSet([pattern]).match(path).matched).toBe(whole);
  return whole ? 'yes' : 'no';
}

function globset(pattern: string, path: string): Outcome {
  let match: (path: string) => boolean;
  try {
    match = globsetMatcher(pattern);
  } catch (error) {
    if (error instanceof GlobsetModelError) return 'error';
    throw error;
  }
  return match(path) ? 'yes' : 'no';
}

function globRows(name: string) {
  return tableRows(name).map((cells) => {
    expect(cells).toHaveLength(5);
    const [pattern, path, here, gh, upstream] = cells as [string, string, string, string, string];
    return {
      pattern: codeSpans(pattern)[0]!,
      path: codeSpans(path)[0]!,
      here: outcome(here, ['yes', 'no', 'error']),
      github: github(gh),
      globset: outcome(upstream, ['yes', 'no', 'error']),
    };
  });
}

describe.each([
  ['the cheat sheet examples', 'cheatsheet', 30],
  ['single patterns', 'glob', 50],
])('README conformance table: %s', (_title, name, minimum) => {
  const rows = globRows(name);

  it('has the table, with its rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(minimum);
    for (const row of rows) {
      expect(typeof row.pattern).toBe('string');
      expect(typeof row.path).toBe('string');
    }
  });

  it.each(rows)(
    '`$pattern` vs `$path`: here $here',
    ({ pattern, path, here, github: gh, globset: upstream }) => {
      expect(ours(pattern, path)).toBe(here);
      // A rejected pattern has no GitHub meaning to claim; an accepted one never silently differs from it.
      if (here === 'error') expect(gh).toBeUndefined();
      else if (gh !== undefined) expect(here).toBe(gh);
      expect(globset(pattern, path)).toBe(upstream);
    },
  );
});

describe('README conformance table: ordered pattern lists', () => {
  const rows = tableRows('set').map((cells) => {
    expect(cells).toHaveLength(6);
    const [patterns, path, selected, deciding, gh, upstream] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      patterns: codeSpans(patterns),
      path: codeSpans(path)[0]!,
      selected: outcome(selected) === 'yes',
      deciding: codeSpans(deciding)[0],
      github: github(gh),
      globset: outcome(upstream) === 'yes',
    };
  });

  it('has the table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it.each(rows)(
    '$patterns vs `$path` → $selected by $deciding',
    ({ patterns, path, selected, deciding, github: gh, globset: upstream }) => {
      const result = compilePatternSet(patterns).match(path);
      expect(result.matched).toBe(selected);
      expect(result.pattern).toBe(deciding);
      if (gh !== undefined) expect(selected).toBe(gh === 'yes');
      // Upstream selects a lane when any of its patterns matches; `!` is an ordinary character there.
      expect(patterns.some((pattern) => globsetMatcher(pattern)(path))).toBe(upstream);
    },
  );
});
