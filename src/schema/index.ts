/**
 * zod's one entry in the project: source files import `z`, `parse` and `safeParse` from here, never from
 * 'zod' (eslint `no-restricted-imports`), and parse only through those two (eslint
 * `no-restricted-syntax`).
 *
 * Both turn zod's JIT off for the parse. On an object schema's first parse the JIT generates
 * and compiles a parser with `new Function`, which pays off over thousands of parses; a pikaci
 * process parses each schema a few times, so the generated code is all cost (about 7 ms of a one-job
 * `pikaci run`, issue 13, `npm run bench run-overhead`). The JIT is only a fast path for the same
 * checks, so results are the same (`__tests__/schema/jitless.test.ts` compares both on the real
 * catalog and manifest and thousands of mutations). It is a per-call option, not `z.config`, so a
 * program that imports this library keeps its own zod settings.
 */
import { z } from 'zod';

export { z };

const ONE_SHOT = { jitless: true } as const;

/** `schema.parse(value)` without the JIT: throws zod's error (for values this process made itself). */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return schema.parse(value, ONE_SHOT);
}

/** `schema.safeParse(value)` without the JIT. */
export function safeParse<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(value, ONE_SHOT);
}
