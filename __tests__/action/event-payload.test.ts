/**
 * The event payload readers of `src/github/event.ts` replaced zod schemas so the plan step loads no
 * schema library (issue 13). Those schemas are kept here, as they stood, as the oracle: on real
 * payload shapes and thousands of JSON mutations of them the readers must accept the same payloads,
 * return the same fields, and refuse the others with the same first problem (key path and message).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { z } from 'zod';
import { PAYLOAD_READERS } from '../../src/github/event.js';
import { memberPaths, mutate, replacement, type Json } from '../support/mutations.js';

const sha = z.string().regex(/^[0-9a-f]{40}$/, 'expected a 40-character hex commit SHA');
const repoRef = z
  .object({ full_name: z.string() })
  .nullable()
  .optional()
  .transform((repo) =>
    repo === undefined ? undefined : repo === null ? ('deleted' as const) : repo.full_name,
  );
const pullRequestSchema = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    base: z.object({ sha, ref: z.string().optional(), repo: repoRef }),
    head: z.object({ sha, ref: z.string().optional(), repo: repoRef }),
    changed_files: z.number().int().nonnegative().optional(),
  }),
});
const pushSchema = z.object({
  ref: z.string().optional(),
  before: sha,
  after: sha,
  forced: z.boolean().optional(),
});
const mergeGroupSchema = z.object({ merge_group: z.object({ base_sha: sha, head_sha: sha }) });

const A = 'a'.repeat(40);
const B = '0123456789abcdef0123456789abcdef01234567';
const repo = (name: string) => ({
  id: 1,
  full_name: name,
  private: false,
  owner: { login: name.split('/')[0] },
});
const PR = {
  action: 'synchronize',
  number: 44,
  pull_request: {
    number: 44,
    title: 'a change',
    changed_files: 12,
    labels: [{ name: 'ci' }],
    base: { sha: A, ref: 'main', repo: repo('pika/pika'), label: 'pika:main' },
    head: { sha: B, ref: 'feature', repo: repo('someone/pika'), label: 'someone:feature' },
  },
  repository: repo('pika/pika'),
};
const PUSH = {
  ref: 'refs/heads/main',
  before: A,
  after: B,
  forced: false,
  created: false,
  commits: [{ id: B, message: 'm' }],
  repository: repo('pika/pika'),
};
const MERGE_GROUP = {
  action: 'checks_requested',
  merge_group: { base_sha: A, head_sha: B, head_ref: 'gh-readonly-queue/main/pr-1' },
};

type Outcome = { accepted: unknown } | { refused: { path: Array<string | number>; message: string } };

function ours(read: (payload: unknown) => unknown, payload: unknown): Outcome {
  try {
    return { accepted: read(payload) };
  } catch (error) {
    if (!(error instanceof PAYLOAD_READERS.Refusal)) throw error;
    return { refused: { path: error.path, message: error.detail } };
  }
}

function oracle<S extends z.ZodType>(
  schema: S,
  payload: unknown,
  map: (data: z.output<S>) => unknown,
): Outcome {
  const result = schema.safeParse(payload);
  if (result.success) return { accepted: map(result.data) };
  const issue = result.error.issues[0]!;
  return { refused: { path: issue.path as Array<string | number>, message: issue.message } };
}

const KINDS = [
  {
    name: 'pull_request',
    seed: PR,
    ours: (payload: unknown) => ours(PAYLOAD_READERS.pullRequestPayload, payload),
    oracle: (payload: unknown) =>
      oracle(pullRequestSchema, payload, ({ pull_request: pr }) => ({
        number: pr.number,
        base: { sha: pr.base.sha, repo: pr.base.repo },
        head: { sha: pr.head.sha, repo: pr.head.repo },
        changedFiles: pr.changed_files,
      })),
  },
  {
    name: 'push',
    seed: PUSH,
    ours: (payload: unknown) => ours(PAYLOAD_READERS.pushPayload, payload),
    oracle: (payload: unknown) =>
      oracle(pushSchema, payload, (push) => ({
        ref: push.ref,
        before: push.before,
        after: push.after,
        forced: push.forced ?? false,
      })),
  },
  {
    name: 'merge_group',
    seed: MERGE_GROUP,
    ours: (payload: unknown) => ours(PAYLOAD_READERS.mergeGroupPayload, payload),
    oracle: (payload: unknown) =>
      oracle(mergeGroupSchema, payload, ({ merge_group: group }) => ({
        baseSha: group.base_sha,
        headSha: group.head_sha,
      })),
  },
];

/** What a payload file can hold: the value after a JSON round trip (NaN and ±Infinity become null). */
const asJson = (value: Json): Json => JSON.parse(JSON.stringify(value)) as Json;

/** Values a payload field may wrongly hold, besides `replacement`'s. */
const payloadValue = fc.oneof(
  replacement,
  fc.constantFrom(A, B, 'A'.repeat(40), `${A}0`, 0, -1, 1, 2 ** 53, -(2 ** 53), 1e300, 0.5, true, 'main'),
  fc.constant({ full_name: 'x/y' }),
  fc.constant({ full_name: 3 }),
);

describe('event payload readers against the zod schemas they replaced', () => {
  for (const kind of KINDS) {
    it(`${kind.name}: accepts the real payload with the same fields`, () => {
      const expected = kind.oracle(kind.seed);
      expect(expected).toHaveProperty('accepted');
      expect(kind.ours(kind.seed)).toEqual(expected);
    });

    it(`${kind.name}: the same verdict, fields or first problem for 3,000 mutations`, () => {
      const paths = memberPaths(kind.seed);
      let accepted = 0;
      fc.assert(
        fc.property(
          fc.nat({ max: paths.length - 1 }),
          payloadValue,
          fc.nat({ max: paths.length - 1 }),
          payloadValue,
          fc.boolean(),
          (first, swap, second, swapSecond, twice) => {
            let payload = mutate(kind.seed, paths[first]!, swap);
            if (twice) {
              try {
                payload = mutate(payload, paths[second]!, swapSecond);
              } catch {
                // The second path went away with the first mutation.
              }
            }
            payload = asJson(payload);
            const expected = kind.oracle(payload);
            if ('accepted' in expected) accepted += 1;
            expect(kind.ours(payload)).toEqual(expected);
          },
        ),
        { numRuns: 3_000 },
      );
      expect(accepted).toBeGreaterThan(300);
      expect(accepted).toBeLessThan(2_900);
    });

    it(`${kind.name}: the same outcome for any JSON value at the top`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(kind.ours(value)).toEqual(kind.oracle(value));
        }),
        { numRuns: 500 },
      );
    });
  }
});
