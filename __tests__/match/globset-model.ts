/**
 * A model of the glob dialect upstream's forge matches lane `paths` with: the Rust `globset` crate
 * with `Glob::new` defaults (README "Matching rules", the "upstream globset" column). Written from
 * globset's documented syntax, not from its code, and only as far as the README tables and the
 * manifest checks need it:
 *
 * - anchored, case-sensitive; `*` and `?` also match `/` (`literal_separator` is off);
 * - `**` as a whole segment: leading `**\/` is zero or more directories, trailing `/**` anything
 *   below (not the directory itself), inner `/**\/` zero or more directories, `**` alone
 *   everything; `**` anywhere else behaves like `*`;
 * - `{a,b}` alternation (not nested); `[ab]`, `[a-z]`, `[!ab]`, `[^ab]` classes, which may match `/`;
 *   a `]` right after `[` or `[!` is literal;
 * - `\` makes the next character literal; `!`, `+`, `(`, `)` are ordinary characters.
 *
 * Non-ASCII paths are left out of its rows: globset matches bytes, this model code points.
 */

export class GlobsetModelError extends Error {}

/** Compile `pattern` the way the model reads globset; throws `GlobsetModelError` where globset errors. */
export function globsetMatcher(pattern: string): (path: string) => boolean {
  const regex = new RegExp(`^${translate(Array.from(pattern), 0, false).source}$`, 'u');
  return (path) => regex.test(path);
}

interface Translated {
  source: string;
  /** Index after the last character consumed. */
  end: number;
}

function translate(chars: readonly string[], start: number, inAlternation: boolean): Translated {
  let out = '';
  let i = start;
  while (i < chars.length) {
    const c = chars[i]!;
    if (inAlternation && (c === ',' || c === '}')) return { source: out, end: i };
    switch (c) {
      case '\\': {
        const next = chars[i + 1];
        if (next === undefined) throw new GlobsetModelError('dangling `\\`');
        out += escape(next);
        i += 2;
        break;
      }
      case '?':
        out += '[^]';
        i++;
        break;
      case '*': {
        let run = 1;
        while (chars[i + run] === '*') run++;
        const before = i === 0 ? '/' : chars[i - 1];
        const after = chars[i + run] ?? '/';
        if (run === 2 && before === '/' && after === '/') {
          // A whole-segment `**`. `dir/**`: the `/` before is already out, so it is `dir/` + anything.
          // `**/x` and `a/**/b`: the `/` after joins an optional group of directories.
          const last = i + run === chars.length;
          if (last) out += '[^]*';
          else {
            out += '(?:[^]*/)?';
            i++;
          }
        } else {
          out += '[^]*';
        }
        i += run;
        break;
      }
      case '[': {
        const [source, next] = translateClass(chars, i);
        out += source;
        i = next;
        break;
      }
      case '{': {
        if (inAlternation) throw new GlobsetModelError('nested `{`');
        const alternatives: string[] = [];
        let j = i + 1;
        for (;;) {
          const part = translate(chars, j, true);
          alternatives.push(part.source);
          if (part.end >= chars.length) throw new GlobsetModelError('unclosed `{`');
          j = part.end + 1;
          if (chars[part.end] === '}') break;
        }
        out += `(?:${alternatives.join('|')})`;
        i = j;
        break;
      }
      case '}':
        throw new GlobsetModelError('unopened `}`');
      default:
        out += escape(c);
        i++;
    }
  }
  return { source: out, end: i };
}

function translateClass(chars: readonly string[], start: number): [string, number] {
  let i = start + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const items: string[] = [];
  let first = true;
  for (;;) {
    const c = chars[i];
    if (c === undefined) throw new GlobsetModelError('unclosed `[`');
    if (c === ']' && !first) break;
    first = false;
    const from = c;
    i++;
    if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
      const to = chars[i + 1]!;
      if (from.codePointAt(0)! > to.codePointAt(0)!) throw new GlobsetModelError('invalid range');
      items.push(`${escape(from)}-${escape(to)}`);
      i += 2;
    } else {
      items.push(escape(from));
    }
  }
  return [`[${negated ? '^' : ''}${items.join('')}]`, i + 1];
}

function escape(char: string): string {
  return `\\u{${char.codePointAt(0)!.toString(16)}}`;
}
