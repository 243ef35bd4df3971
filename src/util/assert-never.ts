/**
 * The end of an exhaustive `switch` (docs/design.md decision 5): the argument's type is `never` when
 * every variant is handled, so a new variant is a compile error at each `switch` that must handle it.
 * Reached at run time only when a value escaped its type (a bug), so the error is a plain `Error`.
 */
export function assertNever(value: never): never {
  throw new Error(`unhandled variant: ${JSON.stringify(value)}`);
}
