/**
 * `checkRawManifest` (src/manifest/check.ts) is the lane manifest's schema without zod: it must
 * accept exactly what `RawManifestSchema` accepts and give the same output. Compared on the real
 * Pika manifest and this repository's own, thousands of one-member mutations of them, two-member
 * mutations (so a refusal does not hide a second difference), and hand-picked edge cases.
 */
import { describe, expect, it } from '@jest/globals';
import TOML from '@iarna/toml';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRawManifest } from '../../src/manifest/check.js';
import { RawManifestSchema } from '../../src/manifest/schema.js';
import { parseManifest } from '../../src/manifest/index.js';
import { safeParse } from '../../src/schema/index.js';
import { ROOT } from '../support/cli.js';
import { memberPaths, mutate, replacement, type Json } from '../support/mutations.js';

const read = (path: string): Json => TOML.parse(readFileSync(join(ROOT, path), 'utf8'));
const pika = read('catalog/pika-forge-lanes.toml');
const own = read('ci/forge-lanes.toml');

/** Both verdicts: the schema's output or `refused`, and the check's. */
function verdicts(input: Json): { schema: Json; check: Json } {
  const parsed = safeParse(RawManifestSchema, input);
  return { schema: parsed.success ? parsed.data : 'refused', check: checkRawManifest(input) ?? 'refused' };
}

function expectSame(input: Json): boolean {
  const { schema, check } = verdicts(input);
  expect(check).toEqual(schema);
  return schema !== 'refused';
}

describe('checkRawManifest against RawManifestSchema', () => {
  it('accepts both real manifests as parsed by TOML, with the same output', () => {
    expect(expectSame(pika)).toBe(true);
    expect(expectSame(own)).toBe(true);
  });

  for (const [name, manifest] of [
    ['the Pika manifest', pika],
    ['this repository manifest', own],
  ] as const) {
    it(`${name}: the same verdict and output for 2,000 one-member mutations`, () => {
      const paths = memberPaths(manifest);
      let accepted = 0;
      fc.assert(
        fc.property(fc.nat({ max: paths.length - 1 }), replacement, (index, swap) => {
          if (expectSame(mutate(manifest, paths[index]!, swap))) accepted += 1;
        }),
        { numRuns: 2_000 },
      );
      // Both kinds were compared: mutations that still parse and ones that are refused.
      expect(accepted).toBeGreaterThan(100);
      expect(accepted).toBeLessThan(1_900);
    });

    it(`${name}: the same verdict for 1,000 two-member mutations`, () => {
      const paths = memberPaths(manifest);
      fc.assert(
        fc.property(
          fc.nat({ max: paths.length - 1 }),
          replacement,
          fc.nat({ max: paths.length - 1 }),
          replacement,
          (first, swapFirst, second, swapSecond) => {
            const once = mutate(manifest, paths[first]!, swapFirst);
            const path = paths[second]!;
            // The second path may be gone after the first mutation.
            let parent: Json = once;
            for (const key of path.slice(0, -1)) {
              if (parent === null || typeof parent !== 'object') return;
              parent = (parent as Record<string | number, Json>)[key];
            }
            if (parent === null || typeof parent !== 'object') return;
            expectSame(mutate(once, path, swapSecond));
          },
        ),
        { numRuns: 1_000 },
      );
    });
  }

  it.each<[string, Json]>([
    ['an empty document (version missing)', {}],
    ['version only', { version: 1 }],
    ['a non-integer version', { version: 1.5 }],
    ['an unsafe integer version', { version: 2 ** 53 }],
    ['a group without lanes (defaults to none)', { version: 1, branch: {} }],
    ['a group that is a date', { version: 1, nightly: new Date(0) }],
    ['a group that is an array', { version: 1, branch: [] }],
    ['a lane with an unknown key', { version: 1, branch: { lanes: [{ id: 'a', title: 'A', x: 1 }] } }],
    ['runs_on as a string', { version: 1, branch: { lanes: [{ id: 'a', title: 'A', runs_on: 'x' }] } }],
    ['runs_on as a list', { version: 1, branch: { lanes: [{ id: 'a', title: 'A', runs_on: ['x'] }] } }],
    ['runs_on mixing types', { version: 1, branch: { lanes: [{ id: 'a', title: 'A', runs_on: ['x', 1] }] } }],
    [
      'a sparse command list',
      {
        version: 1,
        branch: {
          lanes: [{ id: 'a', title: 'A', command: Object.assign(new Array<string>(2), { 1: 'x' }) }],
        },
      },
    ],
    ['an inherited unknown key', Object.assign(Object.create({ extra: 1 }) as object, { version: 1 })],
    ['an array at the top', [1]],
    ['null', null],
  ])('%s: the same verdict and output', (_name, input) => {
    expectSame(input);
  });

  it('a refused manifest still gets zod’s message, with line and key path', async () => {
    await expect(
      parseManifest('version = 1\n[[branch.lanes]]\nid = "a"\ntitle = 3\n', 'm.toml', {
        knownTargets: new Set(),
      }),
    ).rejects.toThrow(
      /^m\.toml:4: branch\.lanes\[0\]\.title: Invalid input: expected string, received number$/,
    );
  });
});
