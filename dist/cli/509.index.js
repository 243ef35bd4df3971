export const id = 509;
export const ids = [509];
export const modules = {

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pv: () => (/* reexport */ IssueCollector),
  RE: () => (/* reexport */ addZodIssues),
  _6: () => (/* reexport */ decodeUtf8),
  u4: () => (/* reexport */ isRecord),
  gm: () => (/* reexport */ parseTomlFile),
  tf: () => (/* reexport */ validate)
});

// UNUSED EXPORTS: TomlValidationError, formatIssue, formatKeyPath, locateToml, objectKeysAt, parseToml, unknownKeyMessage

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@iarna/toml/toml.js
var toml = __webpack_require__(64572);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
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
        data = toml.parse(text);
    }
    catch (error) {
        if (isTomlError(error)) {
            // @iarna/toml appends " at row R, col C, pos P:" and a code excerpt; we print the position ourselves.
            const reason = error.message.split(' at row ')[0].trim();
            throw new util.InputError(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
                hint: 'fix the TOML syntax at that position (https://toml.io/en/v1.0.0)',
                cause: error,
            });
        }
        throw error;
    }
    return { file, data, locator: locateToml(text) };
}
async function parseTomlFile(path) {
    return parseToml(decodeUtf8(await readBounded(path), path), path);
}
/** Reads a regular file of at most `MAX_TOML_BYTES`; anything else is refused with the reason. */
async function readBounded(path) {
    const cannotRead = (why, hint, cause) => new util.InputError(`cannot read ${path}: ${why}`, { hint, cause });
    try {
        // stat before open: opening a FIFO would block until something writes to it.
        const info = await (0,promises_.stat)(path);
        if (!info.isFile()) {
            throw cannotRead(`it is ${fileKind(info)}, not a regular file`, 'pass the path of a TOML file (a device, pipe or directory is not read)');
        }
        if (info.size > MAX_TOML_BYTES)
            throw tooLarge(path, info.size);
        const handle = await (0,promises_.open)(path, 'r');
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
        if (error instanceof util.InputError)
            throw error;
        const code = error.code;
        throw new util.InputError(`cannot read ${path}${code ? ` (${code})` : ''}`, {
            hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
            cause: error,
        });
    }
}
function tooLarge(path, size) {
    return new util.InputError(`cannot read ${path}: it is larger than ${MAX_TOML_BYTES / (1024 * 1024)} MiB (${size} bytes or more)`, { hint: 'a lane manifest or catalog is a small text file: check that the path names the right file' });
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
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString('utf8');
    const offset = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1))
        line++;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new util.InputError(`${file}:${line}:${offset - lineStart + 1}: not valid UTF-8 (byte 0x${byte} at byte offset ${offset})`, { hint: 'TOML files are UTF-8: re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' });
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
    const refuse = (i, what) => new util.InputError(`${file}:${line}:${i - lineStart + 1}: ${what}`, {
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
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
class TomlValidationError extends util.InputError {
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
    const hint = (0,util/* didYouMean */.au)(key, known);
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
