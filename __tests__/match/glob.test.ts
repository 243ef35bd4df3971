import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { InputError } from '../../src/util/errors.js';
import {
  compileGlob,
  compilePatternSet,
  compilePatternSets,
  InvalidGlobError,
  validateGlob,
} from '../../src/match/index.js';

describe('validateGlob', () => {
  it.each([
    ['', 'the pattern is empty'],
    ['   ', 'the pattern is only whitespace'],
    ['!', 'a lone `!` excludes nothing; write `!` followed by a pattern'],
    ['!!docs/**', 'only one leading `!` is allowed; to match a name starting with `!`, write `\\!`'],
    ['***', '`***` at offset 0: use `*` or `**`'],
    ['docs/****', '`****` at offset 5: use `*` or `**`'],
    ['src/[ab', 'unclosed `[` at offset 4; close the class with `]` or write `\\[`'],
    ['!src/[ab', 'unclosed `[` at offset 5; close the class with `]` or write `\\[`'],
    ['a[]', 'empty character class at offset 1; write `\\[\\]` to match the characters literally'],
    ['[z-a]', 'invalid range `z-a` in class at offset 0: start is after end'],
    ['[+-5]', 'range `+-5` in class at offset 0 includes `/`, which a class cannot match'],
    ['a[b/]c', 'a character class cannot match `/` (class at offset 1)'],
    ['a[\\/]c', 'a character class cannot match `/` (class at offset 1)'],
    ['a]', 'unopened `]` at offset 1; write `\\]` to match it literally'],
    ['docs\\', 'a trailing `\\` escapes nothing'],
    ['a\\/b', '`\\/` is not allowed: `/` always separates segments'],
    [
      'src/{a,b}/**',
      'brace expansion is not supported (`{` at offset 4); list each alternative as its own pattern, or write `\\{` to match it literally',
    ],
    ['/docs/**', 'patterns are relative to the repository root; remove the leading `/`'],
    ['./docs/**', 'patterns are relative to the repository root; remove the leading `./`'],
    ['docs/', 'a trailing `/` never matches a file; write `dir/**` to match everything below a directory'],
    ['a//b', 'path segment 2 is empty (`//`)'],
    [
      '?.md',
      '`?` at offset 0 starts the pattern: `?` makes the character before it optional (GitHub `paths`), it is not a one-character wildcard; write `\\?` to match a `?`',
    ],
    [
      '!?.md',
      '`?` at offset 1 starts the pattern: `?` makes the character before it optional (GitHub `paths`), it is not a one-character wildcard; write `\\?` to match a `?`',
    ],
    [
      'docs/?.md',
      '`?` at offset 5 starts a path segment: `?` makes the character before it optional (GitHub `paths`), it is not a one-character wildcard; write `\\?` to match a `?`',
    ],
    [
      'a*?',
      '`?` at offset 2 follows `*`, not a character: `?` makes the character before it optional (GitHub `paths`), it is not a one-character wildcard; write `\\?` to match a `?`',
    ],
    [
      'a/**+',
      '`+` at offset 4 follows `**`, not a character: `+` repeats the character before it (GitHub `paths`); write `\\+` to match a `+`',
    ],
    [
      'c++/**',
      '`+` at offset 2 follows another `+`, not a character: `+` repeats the character before it (GitHub `paths`); write `\\+` to match a `+`',
    ],
    [
      'a+?',
      '`?` at offset 2 follows another `+`, not a character: `?` makes the character before it optional (GitHub `paths`), it is not a one-character wildcard; write `\\?` to match a `?`',
    ],
    [
      '+x',
      '`+` at offset 0 starts the pattern: `+` repeats the character before it (GitHub `paths`); write `\\+` to match a `+`',
    ],
    [
      'b/**/a?',
      'path segment 3 is only optional characters, and a file or directory name cannot be empty; write one pattern with the name and one without',
    ],
    [
      'x?[ab]?/c',
      'path segment 1 is only optional characters, and a file or directory name cannot be empty; write one pattern with the name and one without',
    ],
  ])('rejects %j', (pattern, message) => {
    expect(validateGlob(pattern)).toBe(message);
    expect(() => compileGlob(pattern)).toThrow(`invalid path pattern \`${pattern}\`: ${message}`);
  });

  it.each([
    'docs/**',
    '!**/*.md',
    '[!a-z]?.md',
    '\\{x\\}',
    'c\\+\\+/**',
    '[-a]',
    '[a-]',
    '*.jsx?',
    'v[0-9]+.md',
    '\\?',
    'a\\*?',
    'a!?',
  ])('accepts %j', (pattern) => {
    expect(validateGlob(pattern)).toBeUndefined();
  });

  it('throws an InputError (exit 2) that carries the pattern and the reason', () => {
    let caught: unknown;
    try {
      compilePatternSets([['docs/**'], ['ok', 'bad[']]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidGlobError);
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InvalidGlobError).pattern).toBe('bad[');
    expect((caught as InvalidGlobError).exitCode).toBe(2);
  });
});

describe('compileGlob shapes', () => {
  it.each([
    ['Cargo.lock', { kind: 'exact', path: 'Cargo.lock' }],
    ['a\\*b', { kind: 'exact', path: 'a*b' }],
    ['crates/pika-git/**', { kind: 'below', dir: 'crates/pika-git' }],
    ['**/BUILD', { kind: 'anyDepth', name: 'BUILD' }],
    ['**/a/b', { kind: 'anyDepth', name: 'a/b' }],
    ['src/x/*.ts', { kind: 'regex', dirs: ['src', 'x'] }],
    ['src/**/*.ts', { kind: 'regex', dirs: ['src'] }],
    ['*.md', { kind: 'regex', dirs: [] }],
    ['**', { kind: 'regex', dirs: [] }],
    ['*.jsx?', { kind: 'regex', dirs: [] }],
    ['docs/xy?/a', { kind: 'regex', dirs: ['docs'] }],
    ['c\\+\\+/**', { kind: 'below', dir: 'c++' }],
  ])('%s', (pattern, shape) => {
    expect(compileGlob(pattern).shape).toEqual(shape);
  });

  it('keeps the `!` in the source and marks the pattern negated', () => {
    const glob = compileGlob('!docs/**');
    expect(glob.source).toBe('!docs/**');
    expect(glob.negated).toBe(true);
    expect(glob.test('docs/a.md')).toBe(true);
  });
});

// Patterns and paths over a tiny alphabet, so that random ones actually hit each other.
const segmentChar = fc.constantFrom('a', 'b', '.', 'é');
const pathSegment = fc.array(segmentChar, { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
const path = fc.array(pathSegment, { minLength: 1, maxLength: 4 }).map((ss) => ss.join('/'));
const globToken = fc.constantFrom('a', 'b', '.', 'é', '*', '?', '+', '[ab]', '[!a]', '\\*', '\\?');
const globSegment = fc.oneof(
  { weight: 4, arbitrary: fc.array(globToken, { minLength: 1, maxLength: 3 }).map((ts) => ts.join('')) },
  { weight: 1, arbitrary: fc.constant('**') },
);
const glob = fc.array(globSegment, { minLength: 1, maxLength: 4 }).map((ss) => ss.join('/'));
const usableGlob = glob.filter((g) => validateGlob(g) === undefined);
const maybeNegated = fc.tuple(fc.boolean(), usableGlob).map(([neg, g]) => (neg ? `!${g}` : g));

describe('the shared index agrees with the reference semantics', () => {
  it('for many sets at once: the last matching pattern of each set decides', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(maybeNegated, { minLength: 0, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
        fc.array(path, { minLength: 1, maxLength: 8 }),
        (sets, paths) => {
          const index = compilePatternSets(sets);
          for (const p of paths) {
            const expected = sets.flatMap((patterns, set) => {
              const globs = patterns.map((pattern) => compileGlob(pattern));
              let last = -1;
              globs.forEach((g, i) => {
                if (g.test(p)) last = i;
              });
              return last === -1 ? [] : [{ set, index: last, matched: !globs[last]!.negated }];
            });
            const actual = index
              .matchPath(p)
              .map(({ set, index: i, matched }) => ({ set, index: i, matched }));
            expect(actual).toEqual(expected);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** Whether a glob segment can match the empty string: nothing left once `x?` and `*` are removed. */
function canBeEmpty(segment: string): boolean {
  return segment.replace(/(\[[^\]]*\]|[^?])\?/g, '').replace(/\*/g, '') === '';
}

describe('agreement with picomatch {dot: true} where the two define the same thing', () => {
  // picomatch lets `**` inside a segment act like `*` and treats `.`/`..` segments specially; outside
  // those, a `paths` pattern and picomatch agree. This guards the everyday subset against regressions.
  const plainSegment = fc.array(fc.constantFrom('a', 'b', 'é', '*', '?', '+', '[ab]', '[!a]'), {
    minLength: 1,
    maxLength: 3,
  });
  const plainGlob = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: plainSegment.map((t) => t.join('')).filter((s) => !s.includes('**')) },
        fc.constant('**'),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((ss) => ss.join('/'))
    .filter((g) => validateGlob(g) === undefined)
    // A segment that can match nothing at all (`a?*`: `a` optional, then `*`) after `**/` is where the
    // two part: picomatch lets `a/**/a?*` match `a` (its `dir/**/` may end the path), a `paths` pattern
    // needs the `a/` and a segment after it. Found by this property (seed 969343097); left out here.
    .filter((g) => !g.split('/').some((seg) => seg !== '**' && canBeEmpty(seg)));
  const plainPath = fc
    .array(
      fc.array(fc.constantFrom('a', 'b', 'é', '.'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join('')),
      { minLength: 1, maxLength: 4 },
    )
    .map((ss) => ss.join('/'))
    .filter((p) => !p.split('/').some((s) => s === '.' || s === '..'));

  // Three differences of spelling are mapped out: picomatch 4 reads `[!a]` as "`[!a]` or one of `!`, `a`"
  // (here, as in globs, a negated class: picomatch's `[^a]`); the cheat sheet's `x?` and `x+` (the
  // preceding character optional, repeated) are picomatch's extglobs `?(x)` and `+(x)`; and its
  // `dir/**` also matches `dir`.
  const picomatchFor = (pattern: string): ((path: string) => boolean) => {
    const translated = pattern
      .replaceAll('[!', '[^')
      .replace(/(\[[^\]]*\]|[^*?+\]/[])([?+])/gu, (_all, atom: string, op: string) => `${op}(${atom})`);
    const whole = picomatch(translated, { dot: true });
    const dir = translated.endsWith('/**') ? translated.slice(0, -3) : undefined;
    if (dir === undefined) return whole;
    const itself = picomatch(dir, { dot: true });
    return (path) => whole(path) && !itself(path);
  };

  it('matches the same paths', () => {
    fc.assert(
      fc.property(
        plainGlob.filter((g) => !g.endsWith('/**') || !g.slice(0, -3).includes('**')),
        fc.array(plainPath, { minLength: 1, maxLength: 10 }),
        (pattern, paths) => {
          const ours = compileGlob(pattern);
          const theirs = picomatchFor(pattern);
          for (const p of paths) expect([pattern, p, ours.test(p)]).toEqual([pattern, p, theirs(p)]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('compilePatternSet', () => {
  it('reports no pattern when nothing matched', () => {
    expect(compilePatternSet(['docs/**']).match('src/a.ts')).toEqual({ matched: false });
  });

  it('reuses one compiled glob for a pattern repeated across sets', () => {
    const index = compilePatternSets([['Cargo.lock'], ['Cargo.lock']]);
    expect(index.sets[0]![0]).toBe(index.sets[1]![0]);
    expect(index.matchPath('Cargo.lock').map((m) => m.set)).toEqual([0, 1]);
  });
});
