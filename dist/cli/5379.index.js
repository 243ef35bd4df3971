export const id = 5379;
export const ids = [5379];
export const modules = {

/***/ 3199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   Se: () => (/* binding */ InvalidGlobError),
/* harmony export */   fN: () => (/* binding */ validateGlob)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81651);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
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
class InvalidGlobError extends _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    pattern;
    reason;
    constructor(pattern, reason) {
        super(`invalid path pattern \`${pattern}\`: ${reason}`, {
            hint: 'patterns use GitHub workflow `paths` syntax: `*`, `**`, `[...]`, `x?` (optional `x`), `x+` (one or more `x`), ' +
                'a leading `!`; `\\` makes the next character literal',
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
        // `a/x?/b` would read as "x optional" but can only ever match `a/x/b`: a name is never empty.
        if (segment.every((token) => token.kind === 'repeat' && token.op === '?')) {
            throw new GlobSyntaxError(`path segment ${index + 1} is only optional characters, and a file or directory name cannot be empty; ` +
                'write one pattern with the name and one without');
        }
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
/**
 * `?` or `+` applied to the token before it. Only a character or a class can be repeated; anywhere
 * else the cheat sheet's "preceding character" does not exist, and a reader used to globs would
 * take `?` for "any one character", so the pattern is rejected instead of guessed at.
 */
function repeatOf(tokens, op, at) {
    const literal = `write \`\\${op}\` to match a \`${op}\``;
    const meaning = op === '?'
        ? '`?` makes the character before it optional (GitHub `paths`), it is not a one-character wildcard'
        : '`+` repeats the character before it (GitHub `paths`)';
    const previous = tokens.pop();
    if (previous === undefined || (previous.kind === 'char' && previous.char === '/')) {
        const where = previous === undefined ? 'starts the pattern' : 'starts a path segment';
        throw new GlobSyntaxError(`\`${op}\` at offset ${at} ${where}: ${meaning}; ${literal}`);
    }
    if (previous.kind === 'char' || previous.kind === 'class')
        return { kind: 'repeat', op, atom: previous };
    const after = previous.kind === 'repeat' ? `another \`${previous.op}\`` : previous.kind === 'star' ? '`*`' : '`**`';
    throw new GlobSyntaxError(`\`${op}\` at offset ${at} follows ${after}, not a character: ${meaning}; ${literal}`);
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
        case 'class':
            return classRegex(token);
        case 'repeat':
            return `(?:${token.atom.kind === 'char' ? escapeChar(token.atom.char) : classRegex(token.atom)})${token.op}`;
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .assertNever */ .x)(token);
    }
}
function classRegex(token) {
    const body = token.items
        .map(({ from, to }) => (from === to ? escapeChar(from) : `${escapeChar(from)}-${escapeChar(to)}`))
        .join('');
    return token.negated ? `[^/${body}]` : `[${body}]`;
}
function escapeChar(char) {
    return `\\u{${char.codePointAt(0).toString(16)}}`;
}


/***/ }),

/***/ 50995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ JOB_ID_PATTERN)
/* harmony export */ });
/** The job id rule, apart from the schemas (./job.ts) so the lane manifest checks ids without zod. */
const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;


/***/ }),

/***/ 32906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ formatIssue),
/* harmony export */   It: () => (/* binding */ TomlValidationError),
/* harmony export */   VP: () => (/* binding */ unknownKeyMessage),
/* harmony export */   pv: () => (/* binding */ IssueCollector)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _locator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81334);
/**
 * Problems found in a TOML document, collected with their key paths and lines and reported in one
 * `TomlValidationError`. No zod here: a check that needs no schema (or a schema-free fast path, as
 * the manifest's) reports through these without loading it.
 */


function formatIssue(file, issue) {
    const where = issue.line === undefined ? file : `${file}:${issue.line}`;
    const key = (0,_locator_js__WEBPACK_IMPORTED_MODULE_0__/* .formatKeyPath */ .K)(issue.path);
    return key === '' ? `${where}: ${issue.message}` : `${where}: ${key}: ${issue.message}`;
}
class TomlValidationError extends _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
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
    const hint = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(key, known);
    return hint ? `unknown key \`${key}\`; ${hint}` : `unknown key \`${key}\``;
}


/***/ }),

/***/ 81334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ formatKeyPath),
/* harmony export */   L: () => (/* binding */ locateToml)
/* harmony export */ });
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


/***/ }),

/***/ 8631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MT: () => (/* binding */ parseToml),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   gm: () => (/* binding */ parseTomlFile)
/* harmony export */ });
/* unused harmony exports MAX_TOML_BYTES, MAX_TOML_NESTING */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _iarna_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64572);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _locator_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81334);
/** TOML text → plain data, with parse errors turned into `InputError`s that name file:line:col. */





/** Far above any real manifest or catalog (the Pika catalog is 40 KB); stops `/dev/zero`-like reads early. */
const MAX_TOML_BYTES = 4 * 1024 * 1024;
/** Arrays and inline tables nested deeper than this are refused before parsing (real files use a few). */
const MAX_TOML_NESTING = 100;
const BYTE_ORDER_MARK = '\uFEFF';
function isTomlError(error) {
    return error instanceof Error && error.fromTOML === true;
}
/**
 * Parses TOML text. A leading UTF-8 byte-order mark is dropped (editors on Windows write one; it is
 * not part of the document).
 */
function parseToml(source, file) {
    const text = source.startsWith(BYTE_ORDER_MARK) ? source.slice(1) : source;
    checkNesting(text, file);
    let data;
    try {
        data = _iarna_toml__WEBPACK_IMPORTED_MODULE_2__.parse(text);
    }
    catch (error) {
        if (isTomlError(error)) {
            // @iarna/toml appends " at row R, col C, pos P:" and a code excerpt; we print the position ourselves.
            const reason = error.message.split(' at row ')[0].trim();
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
                hint: 'fix the TOML syntax at that position (https://toml.io/en/v1.0.0)',
                cause: error,
            });
        }
        throw error;
    }
    return { file, data, locator: (0,_locator_js__WEBPACK_IMPORTED_MODULE_4__/* .locateToml */ .L)(text) };
}
async function parseTomlFile(path) {
    return parseToml(decodeUtf8(await readBounded(path), path), path);
}
/** Reads a regular file of at most `MAX_TOML_BYTES`; anything else is refused with the reason. */
async function readBounded(path) {
    const cannotRead = (why, hint, cause) => new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read ${path}: ${why}`, { hint, cause });
    try {
        // stat before open: opening a FIFO would block until something writes to it.
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile()) {
            throw cannotRead(`it is ${fileKind(info)}, not a regular file`, 'pass the path of a TOML file (a device, pipe or directory is not read)');
        }
        if (info.size > MAX_TOML_BYTES)
            throw tooLarge(path, info.size);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
        try {
            // One byte more than the limit tells a file that grew since the stat.
            const buffer = Buffer.alloc(MAX_TOML_BYTES + 1);
            let length = 0;
            for (;;) {
                const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length > MAX_TOML_BYTES)
                    throw tooLarge(path, length);
            }
            return buffer.subarray(0, length);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw error;
        const code = error.code;
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read ${path}${code ? ` (${code})` : ''}`, {
            hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
            cause: error,
        });
    }
}
function tooLarge(path, size) {
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read ${path}: it is larger than ${MAX_TOML_BYTES / (1024 * 1024)} MiB (${size} bytes or more)`, { hint: 'a lane manifest or catalog is a small text file: check that the path names the right file' });
}
function fileKind(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** TOML is UTF-8: invalid bytes are an error at their line, column and byte offset, never replaced. */
function decodeUtf8(bytes, file) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return bytes.toString('utf8');
    const offset = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1))
        line++;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}:${line}:${offset - lineStart + 1}: not valid UTF-8 (byte 0x${byte} at byte offset ${offset})`, { hint: 'TOML files are UTF-8: re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' });
}
/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const extra = lead >= 0xc2 && lead <= 0xdf
            ? 1
            : lead >= 0xe0 && lead <= 0xef
                ? 2
                : lead >= 0xf0 && lead <= 0xf4
                    ? 3
                    : 0;
        if (extra === 0 || i + extra >= bytes.length)
            return i;
        let codePoint = lead & (0x3f >> extra);
        for (let k = 1; k <= extra; k++) {
            const next = bytes[i + k];
            if ((next & 0xc0) !== 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        const overlong = (extra === 2 && codePoint < 0x800) || (extra === 3 && codePoint < 0x10000);
        const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
        if (overlong || surrogate || codePoint > 0x10ffff)
            return i;
        i += extra + 1;
    }
    return bytes.length;
}
/**
 * Refuses arrays and inline tables nested deeper than `MAX_TOML_NESTING`, and dotted keys or table
 * headers of more parts, before the parser, the key locator and the schema walk (recursive, or
 * quadratic in the length of a key path) see them. Strings and comments are skipped.
 */
function checkNesting(text, file) {
    let depth = 0;
    /** Dots since the last `=`, `,`, bracket or newline: the parts of a dotted key or header, less one. */
    let dots = 0;
    let line = 1;
    let lineStart = 0;
    const refuse = (i, what) => new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}:${line}:${i - lineStart + 1}: ${what}`, {
        hint: 'flatten the structure: lane manifests and catalogs need only a few levels',
    });
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n') {
            line++;
            lineStart = i + 1;
            dots = 0;
        }
        else if (ch === '#') {
            const end = text.indexOf('\n', i);
            i = (end === -1 ? text.length : end) - 1;
        }
        else if (ch === '"' || ch === "'") {
            const delimiter = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
            for (i += delimiter.length; i < text.length; i++) {
                if (ch === '"' && text[i] === '\\') {
                    i++;
                    if (text[i] === '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                else if (text.startsWith(delimiter, i)) {
                    // A multi-line string may end with up to two extra quotes before its delimiter.
                    while (delimiter.length === 3 && text[i + 3] === ch)
                        i++;
                    i += delimiter.length - 1;
                    break;
                }
                else if (text[i] === '\n') {
                    if (delimiter.length === 1) {
                        i--;
                        break;
                    }
                    line++;
                    lineStart = i + 1;
                }
            }
        }
        else if (ch === '.') {
            if (++dots >= MAX_TOML_NESTING) {
                throw refuse(i, `a dotted key or table header has more than ${MAX_TOML_NESTING} parts`);
            }
        }
        else if (ch === '[' || ch === '{') {
            dots = 0;
            if (++depth > MAX_TOML_NESTING) {
                throw refuse(i, `arrays and inline tables are nested more than ${MAX_TOML_NESTING} levels deep`);
            }
        }
        else if (ch === ']' || ch === '}') {
            depth = Math.max(0, depth - 1);
            dots = 0;
        }
        else if (ch === '=' || ch === ',') {
            dots = 0;
        }
    }
}


/***/ }),

/***/ 95462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote),
/* harmony export */   n: () => (/* binding */ shellJoin)
/* harmony export */ });
/**
 * The upstream single-quote rule: wrap in single quotes, each embedded `'` becomes `'"'"'`.
 * Every argument that crosses a shell (SSH, `sh -c`, guest command lines) goes through here.
 */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'"'"'`)}'`;
}
/** Quote each argument and join them into one command line for a POSIX shell. */
function shellJoin(argv) {
    return argv.map(shellQuote).join(' ');
}


/***/ })

};
