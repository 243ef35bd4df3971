export const id = 538;
export const ids = [538,854];
export const modules = {

/***/ 7854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Se: () => (/* reexport */ InvalidGlobError),
  compilePatternSet: () => (/* reexport */ compilePatternSet),
  NK: () => (/* reexport */ compilePatternSets),
  fN: () => (/* reexport */ validateGlob)
});

// UNUSED EXPORTS: compileGlob

// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/match/glob.ts
/**
 * One path pattern, parsed once, with GitHub workflow `paths` semantics (DESIGN decision 3):
 * `*` and `?` never cross `/`, `**` does, `[...]` is one character, dot-files are ordinary,
 * a leading `!` marks an exclusion, and matching is anchored, case-sensitive, on the whole
 * repo-relative path.
 *
 * Besides the reference RegExp, each pattern is classified by the shape the fast index can
 * answer without running a RegExp (exact path, everything below a directory, a name at any depth).
 */


class GlobSyntaxError extends Error {
}
/** The reason `pattern` is not a valid path pattern, or `undefined` when it is. */
function validateGlob(pattern) {
    try {
        parse(pattern);
        return undefined;
    }
    catch (error) {
        if (error instanceof GlobSyntaxError)
            return error.message;
        throw error;
    }
}
/** Compile one pattern; throws an `Error` whose message says what is wrong (see `validateGlob`). */
function compileGlob(pattern) {
    let parsed;
    try {
        parsed = parse(pattern);
    }
    catch (error) {
        if (error instanceof GlobSyntaxError)
            throw new InvalidGlobError(pattern, error.message);
        throw error;
    }
    const regexSource = toRegexSource(parsed.segments);
    const regex = new RegExp(`^(?:${regexSource})$`, 'u');
    return {
        source: pattern,
        negated: parsed.negated,
        shape: classify(parsed.segments),
        regexSource,
        test: (path) => regex.test(path),
    };
}
/** A pattern that does not compile (bad input, exit 2); `reason` is what `validateGlob` returns. */
class InvalidGlobError extends errors.InputError {
    pattern;
    reason;
    constructor(pattern, reason) {
        super(`invalid path pattern \`${pattern}\`: ${reason}`, {
            hint: 'patterns use GitHub workflow `paths` syntax: `*`, `**`, `?`, `[...]`, a leading `!`',
        });
        this.pattern = pattern;
        this.reason = reason;
        this.name = 'InvalidGlobError';
    }
}
function parse(pattern) {
    if (pattern.length === 0)
        throw new GlobSyntaxError('the pattern is empty');
    if (pattern.trim().length === 0)
        throw new GlobSyntaxError('the pattern is only whitespace');
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (body.length === 0)
        throw new GlobSyntaxError('a lone `!` excludes nothing; write `!` followed by a pattern');
    if (body.startsWith('!')) {
        throw new GlobSyntaxError('only one leading `!` is allowed; to match a name starting with `!`, write `\\!`');
    }
    if (body.startsWith('/')) {
        throw new GlobSyntaxError('patterns are relative to the repository root; remove the leading `/`');
    }
    if (body.startsWith('./')) {
        throw new GlobSyntaxError('patterns are relative to the repository root; remove the leading `./`');
    }
    if (body.endsWith('/')) {
        throw new GlobSyntaxError('a trailing `/` never matches a file; write `dir/**` to match everything below a directory');
    }
    const tokens = tokenize(body, negated ? 1 : 0);
    const segments = [[]];
    for (const token of tokens) {
        if (token.kind === 'char' && token.char === '/')
            segments.push([]);
        else
            segments[segments.length - 1].push(token);
    }
    segments.forEach((segment, index) => {
        if (segment.length === 0)
            throw new GlobSyntaxError(`path segment ${index + 1} is empty (\`//\`)`);
    });
    return { negated, segments };
}
/** `offset` is where `body` starts in the pattern, so messages point into the pattern as written. */
function tokenize(body, offset) {
    const chars = Array.from(body);
    const tokens = [];
    let i = 0;
    while (i < chars.length) {
        const c = chars[i];
        switch (c) {
            case '\\': {
                const next = chars[i + 1];
                if (next === undefined)
                    throw new GlobSyntaxError('a trailing `\\` escapes nothing');
                if (next === '/')
                    throw new GlobSyntaxError('`\\/` is not allowed: `/` always separates segments');
                tokens.push({ kind: 'char', char: next });
                i += 2;
                break;
            }
            case '*': {
                let run = 1;
                while (chars[i + run] === '*')
                    run++;
                if (run > 2)
                    throw new GlobSyntaxError(`\`${'*'.repeat(run)}\` at offset ${offset + i}: use \`*\` or \`**\``);
                tokens.push({ kind: run === 2 ? 'globstar' : 'star' });
                i += run;
                break;
            }
            case '?':
                tokens.push({ kind: 'any' });
                i++;
                break;
            case '[': {
                const [token, next] = parseClass(chars, i, offset);
                tokens.push(token);
                i = next;
                break;
            }
            case ']':
                throw new GlobSyntaxError(`unopened \`]\` at offset ${offset + i}; write \`\\]\` to match it literally`);
            case '{':
            case '}':
                throw new GlobSyntaxError(`brace expansion is not supported (\`${c}\` at offset ${offset + i}); list each alternative as its own pattern, ` +
                    `or write \`\\${c}\` to match it literally`);
            default:
                tokens.push({ kind: 'char', char: c });
                i++;
        }
    }
    return tokens;
}
/** Parse `[...]` starting at `start` (the `[`); returns the token and the index after `]`. */
function parseClass(chars, start, offset) {
    const at = offset + start;
    let i = start + 1;
    const negated = chars[i] === '!' || chars[i] === '^';
    if (negated)
        i++;
    const items = [];
    const readChar = () => {
        const c = chars[i];
        if (c === undefined)
            throw unclosed();
        if (c === '\\') {
            const next = chars[i + 1];
            if (next === undefined)
                throw unclosed();
            i += 2;
            return next;
        }
        i++;
        return c;
    };
    const unclosed = () => new GlobSyntaxError(`unclosed \`[\` at offset ${at}; close the class with \`]\` or write \`\\[\``);
    for (;;) {
        const c = chars[i];
        if (c === undefined)
            throw unclosed();
        if (c === ']')
            break;
        const from = readChar();
        if (from === '/')
            throw new GlobSyntaxError(`a character class cannot match \`/\` (class at offset ${at})`);
        if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
            i++;
            const to = readChar();
            if (to === '/')
                throw new GlobSyntaxError(`a character class cannot match \`/\` (class at offset ${at})`);
            if (from.codePointAt(0) > to.codePointAt(0)) {
                throw new GlobSyntaxError(`invalid range \`${from}-${to}\` in class at offset ${at}: start is after end`);
            }
            if (from <= '/' && to >= '/') {
                throw new GlobSyntaxError(`range \`${from}-${to}\` in class at offset ${at} includes \`/\`, which a class cannot match`);
            }
            items.push({ from, to });
        }
        else {
            items.push({ from, to: from });
        }
    }
    if (items.length === 0) {
        throw new GlobSyntaxError(`empty character class at offset ${at}; write \`\\[\\]\` to match the characters literally`);
    }
    return [{ kind: 'class', negated, items }, i + 1];
}
function isGlobstarSegment(segment) {
    return segment.length === 1 && segment[0].kind === 'globstar';
}
function literalOf(segment) {
    let out = '';
    for (const token of segment) {
        if (token.kind !== 'char')
            return undefined;
        out += token.char;
    }
    return out;
}
function classify(segments) {
    const literals = segments.map(literalOf);
    const allLiteral = (list) => list.every((l) => l !== undefined);
    if (allLiteral(literals))
        return { kind: 'exact', path: literals.join('/') };
    const last = segments.length - 1;
    const head = literals.slice(0, last);
    if (last > 0 && isGlobstarSegment(segments[last]) && allLiteral(head)) {
        return { kind: 'below', dir: head.join('/') };
    }
    const tail = literals.slice(1);
    if (last > 0 && isGlobstarSegment(segments[0]) && allLiteral(tail)) {
        return { kind: 'anyDepth', name: tail.join('/') };
    }
    const dirs = [];
    for (const literal of head) {
        if (literal === undefined)
            break;
        dirs.push(literal);
    }
    return { kind: 'regex', dirs };
}
function toRegexSource(segments) {
    // Consecutive `**` segments mean the same as one.
    const collapsed = segments.filter((s, i) => !(isGlobstarSegment(s) && i > 0 && isGlobstarSegment(segments[i - 1])));
    if (collapsed.length === 1 && isGlobstarSegment(collapsed[0]))
        return '.*';
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
        const previousWasGlobstar = !first && isGlobstarSegment(collapsed[index - 1]);
        if (!first && !previousWasGlobstar)
            out += '/';
        out += segment.map(tokenRegex).join('');
    });
    return out;
}
function tokenRegex(token) {
    switch (token.kind) {
        case 'char':
            return escapeChar(token.char);
        case 'star':
            return '[^/]*';
        case 'globstar':
            return '.*';
        case 'any':
            return '[^/]';
        case 'class': {
            const body = token.items
                .map(({ from, to }) => (from === to ? escapeChar(from) : `${escapeChar(from)}-${escapeChar(to)}`))
                .join('');
            return token.negated ? `[^/${body}]` : `[${body}]`;
        }
        default:
            return (0,model/* assertNever */.xb)(token);
    }
}
function escapeChar(char) {
    return `\\u{${char.codePointAt(0).toString(16)}}`;
}

;// CONCATENATED MODULE: ./src/match/patterns.ts
/**
 * Ordered pattern sets (one per lane) compiled into one shared index, so a changed path is looked
 * at once for every set instead of once per pattern.
 *
 * Rule: patterns are evaluated in order and the last one that matches decides; a path is selected
 * when that pattern is positive. The index finds every matching pattern of every set in a single
 * pass: exact paths through a `Map`, `dir/**` through a trie of directory names walked along the
 * path's own directories, `**\/name` through a map keyed by the last segment, and only patterns
 * with real wildcards through a RegExp — attached to the trie node of their literal leading
 * directories, so a path outside those directories never runs them.
 */


const NO_MATCHES = Object.freeze([]);
/** Compile one ordered pattern list. Throws `InvalidGlobError` (an `InputError`) on a bad pattern. */
function compilePatternSet(patterns) {
    const index = compilePatternSets([patterns]);
    return {
        patterns: index.sets[0],
        match(path) {
            const hit = index.matchPath(path)[0];
            return hit === undefined ? { matched: false } : { matched: hit.matched, pattern: hit.glob.source };
        },
    };
}
/** Compile many ordered pattern lists into one index. Throws `InvalidGlobError` on a bad pattern. */
function compilePatternSets(patternSets) {
    const cache = new Map();
    const sets = patternSets.map((patterns) => patterns.map((pattern) => {
        let glob = cache.get(pattern);
        if (glob === undefined) {
            glob = compileGlob(pattern);
            cache.set(pattern, glob);
        }
        return glob;
    }));
    const exact = new Map();
    const anyDepth = new Map();
    const root = newNode();
    sets.forEach((globs, set) => globs.forEach((glob, index) => {
        const entry = { set, index };
        const shape = glob.shape;
        switch (shape.kind) {
            case 'exact':
                pushTo(exact, shape.path, entry);
                break;
            case 'below':
                nodeFor(root, shape.dir.split('/')).below.push(entry);
                break;
            case 'anyDepth': {
                const key = shape.name.slice(shape.name.lastIndexOf('/') + 1);
                let list = anyDepth.get(key);
                if (list === undefined)
                    anyDepth.set(key, (list = []));
                let named = list.find((candidate) => candidate.name === shape.name);
                if (named === undefined)
                    list.push((named = { name: shape.name, slashName: `/${shape.name}`, entries: [] }));
                named.entries.push(entry);
                break;
            }
            case 'regex':
                nodeFor(root, shape.dirs).regexes.push({
                    ...entry,
                    regex: new RegExp(`^(?:${glob.regexSource})$`, 'u'),
                });
                break;
            default:
                (0,model/* assertNever */.xb)(shape);
        }
    }));
    finishRegexes(root);
    // Per-path scratch space: the best pattern index per set, and which sets were touched.
    const best = new Int32Array(sets.length).fill(-1);
    const touched = [];
    const consider = (entries) => {
        for (const { set, index } of entries) {
            const current = best[set];
            if (current === -1)
                touched.push(set);
            if (index > current)
                best[set] = index;
        }
    };
    const considerRegexes = (node, path) => {
        if (node.anyRegex === undefined || !node.anyRegex.test(path))
            return;
        for (const entry of node.regexes)
            if (entry.regex.test(path))
                consider([entry]);
    };
    return {
        sets,
        matchPath(path) {
            const exactEntries = exact.get(path);
            if (exactEntries !== undefined)
                consider(exactEntries);
            let node = root;
            considerRegexes(node, path);
            let start = 0;
            while (node.children !== undefined) {
                const slash = path.indexOf('/', start);
                if (slash === -1)
                    break;
                const child = node.children.get(path.slice(start, slash));
                if (child === undefined)
                    break;
                node = child;
                if (node.below.length > 0)
                    consider(node.below);
                considerRegexes(node, path);
                start = slash + 1;
            }
            if (anyDepth.size > 0) {
                const candidates = anyDepth.get(path.slice(path.lastIndexOf('/') + 1));
                if (candidates !== undefined) {
                    for (const candidate of candidates) {
                        if (path === candidate.name || path.endsWith(candidate.slashName))
                            consider(candidate.entries);
                    }
                }
            }
            if (touched.length === 0)
                return NO_MATCHES;
            touched.sort((a, b) => a - b);
            const result = touched.map((set) => {
                const index = best[set];
                best[set] = -1;
                const glob = sets[set][index];
                return { set, index, glob, matched: !glob.negated };
            });
            touched.length = 0;
            return result;
        },
    };
}
function newNode() {
    return { children: undefined, below: [], regexes: [], anyRegex: undefined };
}
function nodeFor(root, dirs) {
    let node = root;
    for (const dir of dirs) {
        node.children ??= new Map();
        let child = node.children.get(dir);
        if (child === undefined)
            node.children.set(dir, (child = newNode()));
        node = child;
    }
    return node;
}
function finishRegexes(node) {
    if (node.regexes.length > 0) {
        const sources = node.regexes.map((entry) => entry.regex.source);
        node.anyRegex = new RegExp(sources.join('|'), 'u');
    }
    for (const child of node.children?.values() ?? [])
        finishRegexes(child);
}
function pushTo(map, key, value) {
    const list = map.get(key);
    if (list === undefined)
        map.set(key, [value]);
    else
        list.push(value);
}

;// CONCATENATED MODULE: ./src/match/index.ts




/***/ }),

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pv: () => (/* reexport */ IssueCollector),
  RE: () => (/* reexport */ addZodIssues),
  u4: () => (/* reexport */ isRecord),
  gm: () => (/* reexport */ parseTomlFile),
  tf: () => (/* reexport */ validate)
});

// UNUSED EXPORTS: TomlValidationError, formatIssue, formatKeyPath, locateToml, objectKeysAt, parseToml, unknownKeyMessage

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@iarna/toml/toml.js
var toml = __webpack_require__(4572);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/toml/locator.ts
const BARE_KEY = /^[A-Za-z0-9_-]+$/;
/** `a.b[2].c`; keys that are not bare are written as `"quoted"` segments. */
function formatKeyPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number') {
            out += `[${segment}]`;
        }
        else {
            const key = BARE_KEY.test(segment) ? segment : JSON.stringify(segment);
            out += out === '' ? key : `.${key}`;
        }
    }
    return out;
}
function keyOf(path) {
    return JSON.stringify(path);
}
function locateToml(text) {
    // Scanned on first use: a valid catalog is never asked for a line, and its scan is a measured
    // part of the action's cold start.
    let lines;
    return {
        lineOf(path) {
            if (lines === undefined) {
                lines = new Map();
                new Scanner(text, lines).scanDocument();
            }
            for (let length = path.length; length >= 0; length--) {
                const line = lines.get(keyOf(path.slice(0, length)));
                if (line !== undefined)
                    return line;
            }
            return undefined;
        },
    };
}
class Scanner {
    text;
    lines;
    pos = 0;
    line = 1;
    /** Current number of elements of each array of tables, keyed by its resolved path. */
    tableArrays = new Map();
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    scanDocument() {
        let table = [];
        this.record([], 1);
        while (this.pos < this.text.length) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                break;
            const ch = this.text[this.pos];
            if (ch === '[') {
                table = this.scanHeader();
            }
            else {
                this.scanKeyValue(table);
            }
            this.skipToLineEnd();
        }
    }
    record(path, line) {
        const key = keyOf(path);
        if (!this.lines.has(key))
            this.lines.set(key, line);
    }
    scanHeader() {
        const line = this.line;
        const isArray = this.text.startsWith('[[', this.pos);
        this.pos += isArray ? 2 : 1;
        const keys = this.scanKey();
        this.skipInlineSpace();
        this.pos += isArray ? 2 : 1;
        const resolved = [];
        for (const key of keys) {
            resolved.push(key);
            const count = this.tableArrays.get(keyOf(resolved));
            // A parent that is an array of tables refers to its last element.
            if (count !== undefined && resolved.length < keys.length)
                resolved.push(count - 1);
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
    recordPrefixes(path, line) {
        for (let length = 1; length <= path.length; length++)
            this.record(path.slice(0, length), line);
    }
    scanKeyValue(table) {
        const line = this.line;
        const keys = this.scanKey();
        const path = [...table, ...keys];
        this.recordPrefixes(path, line);
        this.skipInlineSpace();
        if (this.text[this.pos] === '=')
            this.pos++;
        this.skipInlineSpace();
        this.scanValue(path);
    }
    /** A possibly dotted key made of bare and quoted parts. */
    scanKey() {
        const keys = [];
        for (;;) {
            this.skipInlineSpace();
            const ch = this.text[this.pos];
            if (ch === '"' || ch === "'") {
                keys.push(this.scanString());
            }
            else {
                const start = this.pos;
                while (this.pos < this.text.length && /[A-Za-z0-9_-]/.test(this.text[this.pos]))
                    this.pos++;
                keys.push(this.text.slice(start, this.pos));
            }
            this.skipInlineSpace();
            if (this.text[this.pos] !== '.')
                return keys;
            this.pos++;
        }
    }
    scanValue(path) {
        const ch = this.text[this.pos];
        if (ch === '"' || ch === "'") {
            this.scanString();
        }
        else if (ch === '[') {
            this.scanArray(path);
        }
        else if (ch === '{') {
            this.scanInlineTable(path);
        }
        else {
            this.skipScalar();
            // A date-time may separate its date and time with one space.
            const date = /^\d{4}-\d\d-\d\d$/.test(this.text.slice(this.pos - 10, this.pos));
            if (date && /^ \d/.test(this.text.slice(this.pos, this.pos + 2))) {
                this.pos++;
                this.skipScalar();
            }
        }
    }
    scanArray(path) {
        this.pos++;
        let index = 0;
        for (;;) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                return;
            if (this.text[this.pos] === ']') {
                this.pos++;
                return;
            }
            const elementPath = [...path, index];
            this.record(elementPath, this.line);
            this.scanValue(elementPath);
            index++;
            this.skipWhitespaceAndComments();
            if (this.text[this.pos] === ',')
                this.pos++;
        }
    }
    scanInlineTable(path) {
        this.pos++;
        for (;;) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                return;
            if (this.text[this.pos] === '}') {
                this.pos++;
                return;
            }
            const line = this.line;
            const keyPath = [...path, ...this.scanKey()];
            this.recordPrefixes(keyPath, line);
            this.skipInlineSpace();
            if (this.text[this.pos] === '=')
                this.pos++;
            this.skipInlineSpace();
            this.scanValue(keyPath);
            this.skipWhitespaceAndComments();
            if (this.text[this.pos] === ',')
                this.pos++;
        }
    }
    /** Consumes a basic, literal or multi-line string and returns its raw content. */
    scanString() {
        const quote = this.text[this.pos];
        const triple = this.text.startsWith(quote.repeat(3), this.pos);
        const delimiter = triple ? quote.repeat(3) : quote;
        this.pos += delimiter.length;
        const start = this.pos;
        while (this.pos < this.text.length) {
            const ch = this.text[this.pos];
            if (quote === '"' && ch === '\\') {
                if (this.text[this.pos + 1] === '\n')
                    this.line++;
                this.pos += 2;
                continue;
            }
            if (this.text.startsWith(delimiter, this.pos)) {
                // A multi-line string may end with up to two extra quotes before its delimiter.
                let end = this.pos;
                if (triple)
                    while (this.text[end + delimiter.length] === quote)
                        end++;
                const raw = this.text.slice(start, end);
                this.pos = end + delimiter.length;
                return quote === '"' ? unescapeBasic(raw) : raw;
            }
            if (ch === '\n') {
                if (!triple)
                    break;
                this.line++;
            }
            this.pos++;
        }
        return this.text.slice(start, this.pos);
    }
    skipScalar() {
        while (this.pos < this.text.length && !/[,\]}\s#]/.test(this.text[this.pos]))
            this.pos++;
    }
    skipInlineSpace() {
        while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')
            this.pos++;
    }
    skipWhitespaceAndComments() {
        while (this.pos < this.text.length) {
            const ch = this.text[this.pos];
            if (ch === ' ' || ch === '\t' || ch === '\r') {
                this.pos++;
            }
            else if (ch === '\n') {
                this.line++;
                this.pos++;
            }
            else if (ch === '#') {
                while (this.pos < this.text.length && this.text[this.pos] !== '\n')
                    this.pos++;
            }
            else {
                return;
            }
        }
    }
    /** After a statement: skip its trailing comment and the newline that ends it. */
    skipToLineEnd() {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n')
            this.pos++;
        if (this.pos < this.text.length) {
            this.line++;
            this.pos++;
        }
    }
}
function unescapeBasic(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/toml/parse.ts
/** TOML text → plain data, with parse errors turned into `InputError`s that name file:line:col. */




function isTomlError(error) {
    return error instanceof Error && error.fromTOML === true;
}
function parseToml(text, file) {
    let data;
    try {
        data = toml.parse(text);
    }
    catch (error) {
        if (isTomlError(error)) {
            // @iarna/toml appends " at row R, col C, pos P:" and a code excerpt; we print the position ourselves.
            const reason = error.message.split(' at row ')[0].trim();
            throw new errors.InputError(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
                hint: 'fix the TOML syntax at that position (https://toml.io/en/v1.0.0)',
                cause: error,
            });
        }
        throw error;
    }
    return { file, data, locator: locateToml(text) };
}
async function parseTomlFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors.InputError(`cannot read ${path}${code ? ` (${code})` : ''}`, {
            hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
            cause: error,
        });
    }
    return parseToml(text, path);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/toml/validate.ts
/**
 * Schema validation of parsed TOML with messages that name the file, the line and the key path:
 * every problem of a document is collected and reported in one `TomlValidationError`.
 */



function formatIssue(file, issue) {
    const where = issue.line === undefined ? file : `${file}:${issue.line}`;
    const key = formatKeyPath(issue.path);
    return key === '' ? `${where}: ${issue.message}` : `${where}: ${key}: ${issue.message}`;
}
class TomlValidationError extends errors.InputError {
    file;
    issues;
    constructor(file, issues) {
        const lines = [...issues]
            .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
            .map((issue) => formatIssue(file, issue));
        const head = issues.length === 1 ? lines[0] : `${issues.length} problems in ${file}:\n  ${lines.join('\n  ')}`;
        super(head);
        this.file = file;
        this.issues = issues;
        this.name = 'TomlValidationError';
    }
}
/** Collects problems with their key paths, then throws them all at once. */
class IssueCollector {
    file;
    locator;
    collected = [];
    constructor(file, locator) {
        this.file = file;
        this.locator = locator;
    }
    static for(doc) {
        return new IssueCollector(doc.file, doc.locator);
    }
    add(path, message) {
        this.collected.push({ path, line: this.locator.lineOf(path), message });
    }
    get count() {
        return this.collected.length;
    }
    throwIfAny() {
        if (this.collected.length > 0)
            throw new TomlValidationError(this.file, this.collected);
    }
}
function unknownKeyMessage(key, known) {
    const hint = (0,errors/* didYouMean */.au)(key, known);
    return hint ? `unknown key \`${key}\`; ${hint}` : `unknown key \`${key}\``;
}
/** Adds every zod issue to `issues`, below `prefix` (the key path of `data` in the document). */
function addZodIssues(issues, schema, data, error, prefix = []) {
    for (const issue of error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            const known = objectKeysAt(schema, path, data) ?? [];
            for (const key of issue.keys)
                issues.add([...prefix, ...path, key], unknownKeyMessage(key, known));
        }
        else if (issue.code === 'invalid_key') {
            const reasons = issue.issues.map((inner) => inner.message).join('; ');
            issues.add([...prefix, ...path], `invalid key \`${String(path.at(-1))}\`: ${reasons}`);
        }
        else if (issue.code === 'invalid_union' &&
            issue.errors.length > 0 &&
            issue.message === 'Invalid input') {
            // Without a message of its own, a union says why each alternative failed.
            const reasons = [...new Set(issue.errors.map((branch) => branch[0]?.message).filter(Boolean))];
            issues.add([...prefix, ...path], reasons.length > 0 ? reasons.join('; or ') : issue.message);
        }
        else {
            issues.add([...prefix, ...path], issue.message);
        }
    }
}
/** Parses `data` with `schema`; on failure throws one error listing every problem with line and key path. */
function validate(schema, data, doc) {
    const result = schema.safeParse(data);
    if (result.success)
        return result.data;
    const issues = new IssueCollector(doc.file, doc.locator);
    addZodIssues(issues, schema, data, result.error);
    issues.throwIfAny();
    throw new Error('unreachable: a failed parse reported no issues');
}
/** The keys an object schema accepts at `path` (for "did you mean"), following the data through unions. */
function objectKeysAt(schema, path, data) {
    const node = unwrap(schema);
    if (node instanceof schemas/* ZodUnion */.fZ7) {
        const options = node.options;
        const matching = pickOption(node, data);
        const candidates = matching ? [matching] : options;
        const keys = new Set();
        for (const option of candidates)
            for (const key of objectKeysAt(option, path, data) ?? [])
                keys.add(key);
        return keys.size > 0 ? [...keys] : undefined;
    }
    if (path.length === 0) {
        return node instanceof schemas/* ZodObject */.bvH ? Object.keys(node.shape) : undefined;
    }
    const [head, ...rest] = path;
    const child = childAt(data, head);
    if (node instanceof schemas/* ZodObject */.bvH && typeof head === 'string') {
        const field = node.shape[head];
        return field ? objectKeysAt(field, rest, child) : undefined;
    }
    if (node instanceof schemas/* ZodArray */.naA)
        return objectKeysAt(node.element, rest, child);
    if (node instanceof schemas/* ZodRecord */.b8S)
        return objectKeysAt(node.valueType, rest, child);
    if (node instanceof schemas/* ZodTuple */.y0Q && typeof head === 'number') {
        const item = node.def.items[head];
        return item ? objectKeysAt(item, rest, child) : undefined;
    }
    return undefined;
}
function unwrap(schema) {
    let node = schema;
    for (;;) {
        if (node instanceof schemas/* ZodOptional */.IiU || node instanceof schemas/* ZodNullable */.l1C || node instanceof schemas/* ZodDefault */.XiL) {
            node = node.unwrap();
        }
        else if (node instanceof schemas/* ZodPipe */.utH) {
            node = node.in;
        }
        else {
            return node;
        }
    }
}
function pickOption(union, data) {
    if (!(union instanceof schemas/* ZodDiscriminatedUnion */.jvo) || !isRecord(data))
        return undefined;
    const discriminator = union.def.discriminator;
    const value = data[discriminator];
    return union.options.find((option) => {
        const node = unwrap(option);
        if (!(node instanceof schemas/* ZodObject */.bvH))
            return false;
        const field = unwrap(node.shape[discriminator]);
        return field instanceof schemas/* ZodLiteral */.DN5 && field.values.has(value);
    });
}
function childAt(data, segment) {
    if (Array.isArray(data) && typeof segment === 'number')
        return data[segment];
    if (isRecord(data) && typeof segment === 'string')
        return data[segment];
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/toml/index.ts
/** TOML files with positions: parse, locate key paths, validate with zod and report file:line: key.path. */





/***/ })

};
