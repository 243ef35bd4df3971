/**
 * Errors that carry what went wrong, where, and what to do about it.
 *
 * `InputError` is bad input from the user (exit 2); `PikaciError` is anything else we can explain
 * (exit 1). Unknown throwables are bugs and are reported with their stack.
 */
export interface ErrorDetails {
  /** File (and line) or key path the error is about. */
  where?: string;
  /** What the user can do about it. */
  hint?: string;
  cause?: unknown;
}

export class PikaciError extends Error {
  readonly where: string | undefined;
  readonly hint: string | undefined;
  readonly exitCode: number = 1;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'PikaciError';
    this.where = details.where;
    this.hint = details.hint;
  }

  /** One block of text for a terminal or an Actions log: `where: message` then `hint: ...`. */
  describe(): string {
    const head = this.where ? `${this.where}: ${this.message}` : this.message;
    return this.hint ? `${head}\n  hint: ${this.hint}` : head;
  }
}

export class InputError extends PikaciError {
  override readonly exitCode = 2;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details);
    this.name = 'InputError';
  }
}

/** Wrap an error with the context it travelled through, keeping the original as `cause`. */
export function withContext(context: string, error: unknown): PikaciError {
  if (error instanceof InputError) {
    return new InputError(`${context}: ${error.message}`, {
      where: error.where,
      hint: error.hint,
      cause: error,
    });
  }
  if (error instanceof PikaciError) {
    return new PikaciError(`${context}: ${error.message}`, {
      where: error.where,
      hint: error.hint,
      cause: error,
    });
  }
  return new PikaciError(`${context}: ${errorMessage(error)}`, { cause: error });
}

export function errorMessage(error: unknown): string {
  if (error instanceof PikaciError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Closest candidates by edit distance, for "did you mean" hints. */
export function closest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    const limit = Math.max(2, Math.floor(Math.max(value.length, candidate.length) / 3));
    if (distance <= limit || candidate.includes(value) || value.includes(candidate)) {
      scored.push([distance, candidate]);
    }
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return scored.slice(0, max).map(([, candidate]) => candidate);
}

export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const near = closest(value, candidates);
  return near.length === 0 ? undefined : `did you mean ${near.map((c) => `\`${c}\``).join(', ')}?`;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** A failed system call (`fs`, `child_process`): its `code`, `syscall` and usually `path` say what and where. */
export function isSystemError(
  error: unknown,
): error is NodeJS.ErrnoException & { code: string; syscall: string } {
  const candidate = error as Partial<NodeJS.ErrnoException> | null;
  return (
    error instanceof Error && typeof candidate?.code === 'string' && typeof candidate.syscall === 'string'
  );
}

/** `rmdir /x/y: read-only file system (EROFS)` from Node's `EROFS: read-only file system, rmdir '/x/y'`. */
export function describeSystemError(
  error: NodeJS.ErrnoException & { code: string; syscall: string },
): string {
  const reason = error.message
    .replace(new RegExp(`^${error.code}: `), '')
    .replace(new RegExp(`, ${error.syscall}\\b.*$`, 's'), '');
  const target = error.path === undefined ? '' : ` ${error.path}`;
  return `${error.syscall}${target}: ${reason} (${error.code})`;
}
