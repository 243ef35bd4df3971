/** The shared helpers in `src/util/`: one `assertNever`, one `allSettledOrThrow`. */
import { describe, expect, it } from '@jest/globals';
import { allSettledOrThrow } from '../../src/util/all-settled.js';
import { assertNever } from '../../src/util/assert-never.js';

describe('allSettledOrThrow', () => {
  it('returns every value in argument order', async () => {
    const values = await allSettledOrThrow([Promise.resolve(1), Promise.resolve('two')] as const);
    expect(values).toEqual([1, 'two']);
  });

  it('throws the first failure only once every operation has settled', async () => {
    let slowFinished = false;
    const slow = new Promise<number>((resolve) =>
      setTimeout(() => {
        slowFinished = true;
        resolve(1);
      }, 50),
    );
    const later = new Promise<number>((_, reject) => setTimeout(() => reject(new Error('second')), 10));
    await expect(allSettledOrThrow([Promise.reject(new Error('first')), slow, later])).rejects.toThrow(
      'first',
    );
    // Promise.all would have rejected at once, with `slow` still running.
    expect(slowFinished).toBe(true);
  });
});

describe('assertNever', () => {
  it('names the value that escaped its type', () => {
    expect(() => assertNever('tart' as never)).toThrow('unhandled variant: "tart"');
  });
});
