/**
 * `safeParse` of `src/schema/` parses without zod's JIT (a one-shot process pays for the generated
 * parsers and never gets the speed back). The JIT is only a fast path: these parse the real Pika
 * catalog and lane manifest, and thousands of mutations of them, with zod's own `schema.safeParse`
 * (JIT on, zod's default) and with ours, and expect the same result — the same data on success, the
 * same issues on failure.
 */
import { describe, expect, it } from '@jest/globals';
import TOML from '@iarna/toml';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeParse, z } from '../../src/schema/index.js';
import { RawCatalogSchema } from '../../src/catalog/schema.js';
import { RawManifestSchema } from '../../src/manifest/schema.js';
import { ROOT } from '../support/cli.js';
import { memberPaths, mutate, replacement, type Json } from '../support/mutations.js';

const catalog = TOML.parse(readFileSync(join(ROOT, 'catalog/pika.toml'), 'utf8')) as Json;
const manifest = TOML.parse(readFileSync(join(ROOT, 'catalog/pika-forge-lanes.toml'), 'utf8')) as Json;

function outcome(schema: z.ZodType, input: Json, jitless: boolean): unknown {
  const copy = structuredClone(input);
  const result = jitless ? safeParse(schema, copy) : schema.safeParse(copy);
  return result.success ? { data: result.data } : { issues: result.error.issues };
}

describe('zod with and without its JIT (src/schema/)', () => {
  const cases: Array<[string, z.ZodType, Json]> = [
    ['the Pika catalog', RawCatalogSchema, catalog],
    ['the Pika lane manifest', RawManifestSchema, manifest],
  ];

  for (const [name, schema, value] of cases) {
    it(`${name}: the same data either way (and it is valid, so the JIT path ran)`, () => {
      const jit = outcome(schema, value, false);
      expect(jit).toHaveProperty('data');
      expect(outcome(schema, value, true)).toEqual(jit);
    });

    it(`${name}: the same result for 1,500 one-member mutations, valid and invalid`, () => {
      const all = memberPaths(value);
      expect(all.length).toBeGreaterThan(100);
      let valid = 0;
      fc.assert(
        fc.property(fc.nat({ max: all.length - 1 }), replacement, (index, swap) => {
          const input = mutate(value, all[index]!, swap);
          const jit = outcome(schema, input, false);
          if ('data' in (jit as object)) valid += 1;
          expect(outcome(schema, input, true)).toEqual(jit);
        }),
        { numRuns: 1_500 },
      );
      // Both kinds were compared: mutations that still parse (the JIT's own path) and ones that fail.
      expect(valid).toBeGreaterThan(50);
      expect(valid).toBeLessThan(1_450);
    });
  }

  it("leaves zod's global configuration alone (a program importing the library keeps its JIT)", () => {
    expect(z.config().jitless).toBeUndefined();
  });
});
