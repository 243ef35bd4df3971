/**
 * Key path → line numbers for a TOML document, so that schema errors can say `file:LINE: a.b[2].c`.
 *
 * @iarna/toml returns plain values without positions, so this scans the text once more: table
 * headers (`[a.b]`, `[[a.b]]` with array-of-tables indexes), `key = value` lines (dotted and quoted
 * keys) and the elements and keys inside inline arrays and inline tables, also when they span lines.
 * It only runs on text that already parsed, so it can stay lenient about malformed input.
 */
export type KeyPath = ReadonlyArray<string | number>;

export interface TomlLocator {
  /** 1-based line of the deepest recorded prefix of `path`, or undefined when nothing matches. */
  lineOf(path: KeyPath): number | undefined;
}

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** `a.b[2].c`; keys that are not bare are written as `"quoted"` segments. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else {
      const key = BARE_KEY.test(segment) ? segment : JSON.stringify(segment);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

function keyOf(path: KeyPath): string {
  return JSON.stringify(path);
}

export function locateToml(text: string): TomlLocator {
  // Scanned on first use: a valid catalog is never asked for a line, and its scan is a measured
  // part of the action's cold start.
  let lines: Map<string, number> | undefined;
  return {
    lineOf(path: KeyPath): number | undefined {
      if (lines === undefined) {
        lines = new Map<string, number>();
        new Scanner(text, lines).scanDocument();
      }
      for (let length = path.length; length >= 0; length--) {
        const line = lines.get(keyOf(path.slice(0, length)));
        if (line !== undefined) return line;
      }
      return undefined;
    },
  };
}

class Scanner {
  private pos = 0;
  private line = 1;
  /** Current number of elements of each array of tables, keyed by its resolved path. */
  private readonly tableArrays = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly lines: Map<string, number>,
  ) {}

  scanDocument(): void {
    let table: Array<string | number> = [];
    this.record([], 1);
    while (this.pos < this.text.length) {
      this.skipWhitespaceAndComments();
      if (this.pos >= this.text.length) break;
      const ch = this.text[this.pos];
      if (ch === '[') {
        table = this.scanHeader();
      } else {
        this.scanKeyValue(table);
      }
      this.skipToLineEnd();
    }
  }

  private record(path: KeyPath, line: number): void {
    const key = keyOf(path);
    if (!this.lines.has(key)) this.lines.set(key, line);
  }

  private scanHeader(): Array<string | number> {
    const line = this.line;
    const isArray = this.text.startsWith('[[', this.pos);
    this.pos += isArray ? 2 : 1;
    const keys = this.scanKey();
    this.skipInlineSpace();
    this.pos += isArray ? 2 : 1;
    const resolved: Array<string | number> = [];
    for (const key of keys) {
      resolved.push(key);
      const count = this.tableArrays.get(keyOf(resolved));
      // A parent that is an array of tables refers to its last element.
      if (count !== undefined && resolved.length < keys.length) resolved.push(count - 1);
    }
    if (isArray) {
      const arrayKey = keyOf(resolved);
      const count = (this.tableArrays.get(arrayKey) ?? 0) + 1;
      this.tableArrays.set(arrayKey, count);
      this.recordPrefixes(resolved, line);
      resolved.push(count - 1);
    }
    this.recordPrefixes(resolved, line);
    return resolved;
  }

  private recordPrefixes(path: KeyPath, line: number): void {
    for (let length = 1; length <= path.length; length++) this.record(path.slice(0, length), line);
  }

  private scanKeyValue(table: KeyPath): void {
    const line = this.line;
    const keys = this.scanKey();
    const path = [...table, ...keys];
    this.recordPrefixes(path, line);
    this.skipInlineSpace();
    if (this.text[this.pos] === '=') this.pos++;
    this.skipInlineSpace();
    this.scanValue(path);
  }

  /** A possibly dotted key made of bare and quoted parts. */
  private scanKey(): string[] {
    const keys: string[] = [];
    for (;;) {
      this.skipInlineSpace();
      const ch = this.text[this.pos];
      if (ch === '"' || ch === "'") {
        keys.push(this.scanString());
      } else {
        const start = this.pos;
        while (this.pos < this.text.length && /[A-Za-z0-9_-]/.test(this.text[this.pos]!)) this.pos++;
        keys.push(this.text.slice(start, this.pos));
      }
      this.skipInlineSpace();
      if (this.text[this.pos] !== '.') return keys;
      this.pos++;
    }
  }

  private scanValue(path: KeyPath): void {
    const ch = this.text[this.pos];
    if (ch === '"' || ch === "'") {
      this.scanString();
    } else if (ch === '[') {
      this.scanArray(path);
    } else if (ch === '{') {
      this.scanInlineTable(path);
    } else {
      this.skipScalar();
      // A date-time may separate its date and time with one space.
      const date = /^\d{4}-\d\d-\d\d$/.test(this.text.slice(this.pos - 10, this.pos));
      if (date && /^ \d/.test(this.text.slice(this.pos, this.pos + 2))) {
        this.pos++;
        this.skipScalar();
      }
    }
  }

  private scanArray(path: KeyPath): void {
    this.pos++;
    let index = 0;
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.pos >= this.text.length) return;
      if (this.text[this.pos] === ']') {
        this.pos++;
        return;
      }
      const elementPath = [...path, index];
      this.record(elementPath, this.line);
      this.scanValue(elementPath);
      index++;
      this.skipWhitespaceAndComments();
      if (this.text[this.pos] === ',') this.pos++;
    }
  }

  private scanInlineTable(path: KeyPath): void {
    this.pos++;
    for (;;) {
      this.skipWhitespaceAndComments();
      if (this.pos >= this.text.length) return;
      if (this.text[this.pos] === '}') {
        this.pos++;
        return;
      }
      const line = this.line;
      const keyPath = [...path, ...this.scanKey()];
      this.recordPrefixes(keyPath, line);
      this.skipInlineSpace();
      if (this.text[this.pos] === '=') this.pos++;
      this.skipInlineSpace();
      this.scanValue(keyPath);
      this.skipWhitespaceAndComments();
      if (this.text[this.pos] === ',') this.pos++;
    }
  }

  /** Consumes a basic, literal or multi-line string and returns its raw content. */
  private scanString(): string {
    const quote = this.text[this.pos]!;
    const triple = this.text.startsWith(quote.repeat(3), this.pos);
    const delimiter = triple ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    const start = this.pos;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      if (quote === '"' && ch === '\\') {
        if (this.text[this.pos + 1] === '\n') this.line++;
        this.pos += 2;
        continue;
      }
      if (this.text.startsWith(delimiter, this.pos)) {
        // A multi-line string may end with up to two extra quotes before its delimiter.
        let end = this.pos;
        if (triple) while (this.text[end + delimiter.length] === quote) end++;
        const raw = this.text.slice(start, end);
        this.pos = end + delimiter.length;
        return quote === '"' ? unescapeBasic(raw) : raw;
      }
      if (ch === '\n') {
        if (!triple) break;
        this.line++;
      }
      this.pos++;
    }
    return this.text.slice(start, this.pos);
  }

  private skipScalar(): void {
    while (this.pos < this.text.length && !/[,\]}\s#]/.test(this.text[this.pos]!)) this.pos++;
  }

  private skipInlineSpace(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  private skipWhitespaceAndComments(): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        this.pos++;
      } else if (ch === '\n') {
        this.line++;
        this.pos++;
      } else if (ch === '#') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      } else {
        return;
      }
    }
  }

  /** After a statement: skip its trailing comment and the newline that ends it. */
  private skipToLineEnd(): void {
    while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
    if (this.pos < this.text.length) {
      this.line++;
      this.pos++;
    }
  }
}

function unescapeBasic(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
