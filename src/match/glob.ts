/**
 * One path pattern, parsed once, with GitHub workflow `paths` semantics as GitHub's filter-pattern
 * cheat sheet states them (README "Matching rules"): `*` never crosses `/`, `**` does, `[...]` is
 * one character, `?` makes the preceding character (or class) optional and `+` repeats it,
 * dot-files are ordinary, a leading `!` marks an exclusion, and matching is anchored,
 * case-sensitive, on the whole repo-relative path. A `?` or `+` with no character before it is an
 * error rather than a guess, since glob readers take `?` for "any one character".
 *
 * Besides the reference RegExp, each pattern is classified by the shape the fast index can
 * answer without running a RegExp (exact path, everything below a directory, a name at any depth).
 */
import { assertNever } from '../util/index.js';
import { InputError } from '../util/index.js';

type CharToken = { kind: 'char'; char: string };
type ClassToken = { kind: 'class'; negated: boolean; items: ClassItem[] };

type Token =
  | CharToken
  | ClassToken
  | { kind: 'star' }
  | { kind: 'globstar' }
  /** `x?` (zero or one `x`) and `x+` (one or more `x`): the cheat sheet's "preceding character". */
  | { kind: 'repeat'; op: '?' | '+'; atom: CharToken | ClassToken };

type ClassItem = { from: string; to: string };

/** How the fast index can answer a pattern; `regex` is the general fallback. */
export type GlobShape =
  /** No wildcard: the path equals `path`. */
  | { kind: 'exact'; path: string }
  /** `dir/**` with a literal `dir`: the path starts with `dir/`. */
  | { kind: 'below'; dir: string }
  /** `**\/name` with a literal `name` (may hold `/`): the path is `name` or ends with `/name`. */
  | { kind: 'anyDepth'; name: string }
  /** Anything else; `dirs` are the literal leading directories every matching path starts with. */
  | { kind: 'regex'; dirs: readonly string[] };

export interface CompiledGlob {
  /** The pattern as written, including a leading `!`. */
  readonly source: string;
  readonly negated: boolean;
  readonly shape: GlobShape;
  /** Anchored RegExp source (without `^`/`$`) of the positive part; the reference semantics. */
  readonly regexSource: string;
  /** Whether the positive part of the pattern matches `path` (ignores `negated`). */
  test(path: string): boolean;
}

class GlobSyntaxError extends Error {}

/** The reason `pattern` is not a valid path pattern, or `undefined` when it is. */
export function validateGlob(pattern: string): string | undefined {
  try {
    parse(pattern);
    return undefined;
  } catch (error) {
    if (error instanceof GlobSyntaxError) return error.message;
    throw error;
  }
}

/** Compile one pattern; throws an `Error` whose message says what is wrong (see `validateGlob`). */
export function compileGlob(pattern: string): CompiledGlob {
  let parsed: Parsed;
  try {
    parsed = parse(pattern);
  } catch (error) {
    if (error instanceof GlobSyntaxError) throw new InvalidGlobError(pattern, error.message);
    throw error;
  }
  const regexSource = toRegexSource(parsed.segments);
  const regex = new RegExp(`^(?:${regexSource})$`, 'u');
  return {
    source: pattern,
    negated: parsed.negated,
    shape: classify(parsed.segments),
    regexSource,
    test: (path: string) => regex.test(path),
  };
}

/** A pattern that does not compile (bad input, exit 2); `reason` is what `validateGlob` returns. */
export class InvalidGlobError extends InputError {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`invalid path pattern \`${pattern}\`: ${reason}`, {
      hint:
        'patterns use GitHub workflow `paths` syntax: `*`, `**`, `[...]`, `x?` (optional `x`), `x+` (one or more `x`), ' +
        'a leading `!`; `\\` makes the next character literal',
    });
    this.name = 'InvalidGlobError';
  }
}

interface Parsed {
  negated: boolean;
  /** Tokens split on `/`; a segment that is exactly `**` is one `globstar` token. */
  segments: Token[][];
}

function parse(pattern: string): Parsed {
  if (pattern.length === 0) throw new GlobSyntaxError('the pattern is empty');
  if (pattern.trim().length === 0) throw new GlobSyntaxError('the pattern is only whitespace');
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  if (body.length === 0)
    throw new GlobSyntaxError('a lone `!` excludes nothing; write `!` followed by a pattern');
  if (body.startsWith('!')) {
    throw new GlobSyntaxError(
      'only one leading `!` is allowed; to match a name starting with `!`, write `\\!`',
    );
  }
  if (body.startsWith('/')) {
    throw new GlobSyntaxError('patterns are relative to the repository root; remove the leading `/`');
  }
  if (body.startsWith('./')) {
    throw new GlobSyntaxError('patterns are relative to the repository root; remove the leading `./`');
  }
  if (body.endsWith('/')) {
    throw new GlobSyntaxError(
      'a trailing `/` never matches a file; write `dir/**` to match everything below a directory',
    );
  }
  const tokens = tokenize(body, negated ? 1 : 0);
  const segments: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'char' && token.char === '/') segments.push([]);
    else segments[segments.length - 1]!.push(token);
  }
  segments.forEach((segment, index) => {
    if (segment.length === 0) throw new GlobSyntaxError(`path segment ${index + 1} is empty (\`//\`)`);
    // `a/x?/b` would read as "x optional" but can only ever match `a/x/b`: a name is never empty.
    if (segment.every((token) => token.kind === 'repeat' && token.op === '?')) {
      throw new GlobSyntaxError(
        `path segment ${index + 1} is only optional characters, and a file or directory name cannot be empty; ` +
          'write one pattern with the name and one without',
      );
    }
  });
  return { negated, segments };
}

/** `offset` is where `body` starts in the pattern, so messages point into the pattern as written. */
function tokenize(body: string, offset: number): Token[] {
  const chars = Array.from(body);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    switch (c) {
      case '\\': {
        const next = chars[i + 1];
        if (next === undefined) throw new GlobSyntaxError('a trailing `\\` escapes nothing');
        if (next === '/') throw new GlobSyntaxError('`\\/` is not allowed: `/` always separates segments');
        tokens.push({ kind: 'char', char: next });
        i += 2;
        break;
      }
      case '*': {
        let run = 1;
        while (chars[i + run] === '*') run++;
        if (run > 2)
          throw new GlobSyntaxError(`\`${'*'.repeat(run)}\` at offset ${offset + i}: use \`*\` or \`**\``);
        tokens.push({ kind: run === 2 ? 'globstar' : 'star' });
        i += run;
        break;
      }
      case '?':
      case '+': {
        tokens.push(repeatOf(tokens, c, offset + i));
        i++;
        break;
      }
      case '[': {
        const [token, next] = parseClass(chars, i, offset);
        tokens.push(token);
        i = next;
        break;
      }
      case ']':
        throw new GlobSyntaxError(
          `unopened \`]\` at offset ${offset + i}; write \`\\]\` to match it literally`,
        );
      case '{':
      case '}':
        throw new GlobSyntaxError(
          `brace expansion is not supported (\`${c}\` at offset ${offset + i}); list each alternative as its own pattern, ` +
            `or write \`\\${c}\` to match it literally`,
        );
      default:
        tokens.push({ kind: 'char', char: c });
        i++;
    }
  }
  return tokens;
}

/**
 * `?` or `+` applied to the token before it. Only a character or a class can be repeated; anywhere
 * else the cheat sheet's "preceding character" does not exist, and a reader used to globs would
 * take `?` for "any one character", so the pattern is rejected instead of guessed at.
 */
function repeatOf(tokens: Token[], op: '?' | '+', at: number): Token {
  const literal = `write \`\\${op}\` to match a \`${op}\``;
  const meaning =
    op === '?'
      ? '`?` makes the character before it optional (GitHub `paths`), it is not a one-character wildcard'
      : '`+` repeats the character before it (GitHub `paths`)';
  const previous = tokens.pop();
  if (previous === undefined || (previous.kind === 'char' && previous.char === '/')) {
    const where = previous === undefined ? 'starts the pattern' : 'starts a path segment';
    throw new GlobSyntaxError(`\`${op}\` at offset ${at} ${where}: ${meaning}; ${literal}`);
  }
  if (previous.kind === 'char' || previous.kind === 'class') return { kind: 'repeat', op, atom: previous };
  const after =
    previous.kind === 'repeat' ? `another \`${previous.op}\`` : previous.kind === 'star' ? '`*`' : '`**`';
  throw new GlobSyntaxError(
    `\`${op}\` at offset ${at} follows ${after}, not a character: ${meaning}; ${literal}`,
  );
}

/** Parse `[...]` starting at `start` (the `[`); returns the token and the index after `]`. */
function parseClass(chars: readonly string[], start: number, offset: number): [Token, number] {
  const at = offset + start;
  let i = start + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const items: ClassItem[] = [];
  const readChar = (): string => {
    const c = chars[i];
    if (c === undefined) throw unclosed();
    if (c === '\\') {
      const next = chars[i + 1];
      if (next === undefined) throw unclosed();
      i += 2;
      return next;
    }
    i++;
    return c;
  };
  const unclosed = () =>
    new GlobSyntaxError(`unclosed \`[\` at offset ${at}; close the class with \`]\` or write \`\\[\``);
  for (;;) {
    const c = chars[i];
    if (c === undefined) throw unclosed();
    if (c === ']') break;
    const from = readChar();
    if (from === '/')
      throw new GlobSyntaxError(`a character class cannot match \`/\` (class at offset ${at})`);
    if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
      i++;
      const to = readChar();
      if (to === '/')
        throw new GlobSyntaxError(`a character class cannot match \`/\` (class at offset ${at})`);
      if (from.codePointAt(0)! > to.codePointAt(0)!) {
        throw new GlobSyntaxError(
          `invalid range \`${from}-${to}\` in class at offset ${at}: start is after end`,
        );
      }
      if (from <= '/' && to >= '/') {
        throw new GlobSyntaxError(
          `range \`${from}-${to}\` in class at offset ${at} includes \`/\`, which a class cannot match`,
        );
      }
      items.push({ from, to });
    } else {
      items.push({ from, to: from });
    }
  }
  if (items.length === 0) {
    throw new GlobSyntaxError(
      `empty character class at offset ${at}; write \`\\[\\]\` to match the characters literally`,
    );
  }
  return [{ kind: 'class', negated, items }, i + 1];
}

function isGlobstarSegment(segment: readonly Token[]): boolean {
  return segment.length === 1 && segment[0]!.kind === 'globstar';
}

function literalOf(segment: readonly Token[]): string | undefined {
  let out = '';
  for (const token of segment) {
    if (token.kind !== 'char') return undefined;
    out += token.char;
  }
  return out;
}

function classify(segments: readonly Token[][]): GlobShape {
  const literals = segments.map(literalOf);
  const allLiteral = (list: readonly (string | undefined)[]): list is string[] =>
    list.every((l) => l !== undefined);
  if (allLiteral(literals)) return { kind: 'exact', path: literals.join('/') };
  const last = segments.length - 1;
  const head = literals.slice(0, last);
  if (last > 0 && isGlobstarSegment(segments[last]!) && allLiteral(head)) {
    return { kind: 'below', dir: head.join('/') };
  }
  const tail = literals.slice(1);
  if (last > 0 && isGlobstarSegment(segments[0]!) && allLiteral(tail)) {
    return { kind: 'anyDepth', name: tail.join('/') };
  }
  const dirs: string[] = [];
  for (const literal of head) {
    if (literal === undefined) break;
    dirs.push(literal);
  }
  return { kind: 'regex', dirs };
}

function toRegexSource(segments: readonly Token[][]): string {
  // Consecutive `**` segments mean the same as one.
  const collapsed = segments.filter(
    (s, i) => !(isGlobstarSegment(s) && i > 0 && isGlobstarSegment(segments[i - 1]!)),
  );
  if (collapsed.length === 1 && isGlobstarSegment(collapsed[0]!)) return '.*';
  let out = '';
  collapsed.forEach((segment, index) => {
    const first = index === 0;
    const lastSegment = index === collapsed.length - 1;
    if (isGlobstarSegment(segment)) {
      // Leading `**/` and inner `/**/` stand for zero or more directories; trailing `/**` for
      // anything below the directory (not the directory itself, which is not a file).
      out += first ? '(?:.*/)?' : lastSegment ? '/.*' : '/(?:.*/)?';
      return;
    }
    const previousWasGlobstar = !first && isGlobstarSegment(collapsed[index - 1]!);
    if (!first && !previousWasGlobstar) out += '/';
    out += segment.map(tokenRegex).join('');
  });
  return out;
}

function tokenRegex(token: Token): string {
  switch (token.kind) {
    case 'char':
      return escapeChar(token.char);
    case 'star':
      return '[^/]*';
    case 'globstar':
      return '.*';
    case 'class':
      return classRegex(token);
    case 'repeat':
      return `(?:${token.atom.kind === 'char' ? escapeChar(token.atom.char) : classRegex(token.atom)})${token.op}`;
    default:
      return assertNever(token);
  }
}

function classRegex(token: ClassToken): string {
  const body = token.items
    .map(({ from, to }) => (from === to ? escapeChar(from) : `${escapeChar(from)}-${escapeChar(to)}`))
    .join('');
  return token.negated ? `[^/${body}]` : `[${body}]`;
}

function escapeChar(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}
