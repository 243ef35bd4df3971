/**
 * Like `Promise.all`, but waits for every operation to settle before throwing the first failure (in
 * argument order), so no process, channel or file write started by one of them is still running once
 * the caller sees the error (docs/design.md decision 7: cleanup runs on every path).
 */
export async function allSettledOrThrow<T extends readonly unknown[]>(operations: {
  readonly [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const outcomes = await Promise.allSettled(operations);
  for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
