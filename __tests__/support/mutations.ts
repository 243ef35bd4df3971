/**
 * One-member mutations of a parsed document, for tests that hold two validators to the same verdict
 * (`__tests__/schema/jitless.test.ts`, `__tests__/manifest/check.test.ts`): every path to a member,
 * and that member deleted or replaced by a value of another type.
 */
import fc from 'fast-check';

export type Json = unknown;
type Key = string | number;

/** Every path to an object member or array element of `value`. */
export function memberPaths(value: Json, prefix: Key[] = []): Key[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: Key[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [
    [...prefix, key],
    ...memberPaths((value as Record<Key, Json>)[key], [...prefix, key]),
  ]);
}

export const DELETE = Symbol('delete');

/** A copy of `value` with the member at `path` deleted, or replaced by `replacement`. */
export function mutate(value: Json, path: Key[], replacement: Json | typeof DELETE): Json {
  const copy = structuredClone(value) as Record<Key, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<Key, Json>;
  const last = path[path.length - 1]!;
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** What a member is replaced by: nothing (deleted), or a value of any type TOML or JSON can hold. */
export const replacement: fc.Arbitrary<Json | typeof DELETE> = fc.oneof(
  fc.constant(DELETE),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 53, -(2 ** 53), 1.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constant(null),
  fc.constant(new Date(0)),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constant({ lanes: [] }),
  fc.constant({}),
);
