export const id = 9150;
export const ids = [9150];
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

/***/ 24230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ compilePatternSet),
/* harmony export */   N: () => (/* binding */ compilePatternSets)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81651);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3199);
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
            glob = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .SO)(pattern);
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
                (0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .assertNever */ .x)(shape);
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


/***/ }),

/***/ 99150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildMatrix: () => (/* reexport */ buildMatrix),
  parseLaneList: () => (/* reexport */ parseLaneList),
  selectLanes: () => (/* reexport */ selectLanes)
});

// UNUSED EXPORTS: explainReason

// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: ./src/match/patterns.ts
var patterns = __webpack_require__(24230);
// EXTERNAL MODULE: ./src/match/glob.ts
var glob = __webpack_require__(3199);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/select/select.ts



/** Select lanes of `input.group`. Throws `InputError` for an unknown explicit lane id or a bad pattern. */
function selectLanes(input) {
    const lanes = input.lanes.filter((lane) => lane.group === input.group);
    const every = (reason) => lanes.map((lane) => row(lane, true, reason));
    if (input.explicitLanes !== undefined) {
        if (input.explicitLanes === 'all')
            return every({ kind: 'explicit' });
        const requested = checkRequested(input.explicitLanes, input);
        return lanes.map((lane) => requested.has(lane.id)
            ? row(lane, true, { kind: 'explicit' })
            : row(lane, false, { kind: 'not_requested' }));
    }
    if (input.group === 'nightly')
        return every({ kind: 'nightly' });
    if (input.reasonOverride !== undefined)
        return every(input.reasonOverride);
    if (input.changed.includes(input.manifestPath))
        return every({ kind: 'manifest_changed', file: input.manifestPath });
    if (input.changed.length === 0)
        return every({ kind: 'empty_diff' });
    const filtered = lanes.filter((lane) => lane.paths.length > 0);
    const decided = matchLanes(filtered, input.changed, input.manifestPath);
    return lanes.map((lane) => {
        if (lane.paths.length === 0)
            return row(lane, true, { kind: 'no_paths' });
        const reason = decided.get(lane.id);
        return row(lane, reason.kind === 'matched', reason);
    });
}
/** One pass over the changed files against every filtered lane at once, stopping when all are decided. */
function matchLanes(lanes, changed, manifestPath) {
    const index = compileLanes(lanes, manifestPath);
    const matched = new Array(lanes.length);
    const excluded = new Array(lanes.length);
    let undecided = lanes.length;
    for (const file of changed) {
        if (undecided === 0)
            break;
        for (const hit of index.matchPath(file)) {
            if (matched[hit.set] !== undefined)
                continue;
            if (hit.matched) {
                matched[hit.set] = { kind: 'matched', file, pattern: hit.glob.source };
                undecided--;
            }
            else {
                excluded[hit.set] ??= { file, pattern: hit.glob.source };
            }
        }
    }
    return new Map(lanes.map((lane, i) => {
        const notMatched = { kind: 'not_matched', changedFiles: changed.length };
        if (excluded[i] !== undefined)
            notMatched.excluded = excluded[i];
        return [lane.id, matched[i] ?? notMatched];
    }));
}
function compileLanes(lanes, manifestPath) {
    try {
        return (0,patterns/* compilePatternSets */.N)(lanes.map((lane) => lane.paths));
    }
    catch (error) {
        if (!(error instanceof glob/* InvalidGlobError */.Se))
            throw error;
        const lane = lanes.find((candidate) => candidate.paths.includes(error.pattern));
        throw new errors/* InputError */.dz(lane ? `lane \`${lane.id}\`: ${error.message}` : error.message, {
            where: lane ? `${manifestPath}:${lane.line}` : manifestPath,
            hint: error.hint,
            cause: error,
        });
    }
}
function checkRequested(ids, input) {
    const inGroup = new Set(input.lanes.filter((lane) => lane.group === input.group).map((lane) => lane.id));
    for (const id of ids) {
        if (inGroup.has(id))
            continue;
        const elsewhere = input.lanes.find((lane) => lane.id === id);
        if (elsewhere !== undefined) {
            throw new errors/* InputError */.dz(`lane \`${id}\` is a ${elsewhere.group} lane, not a ${input.group} lane`, {
                where: input.manifestPath,
                hint: `plan the ${elsewhere.group} group to run it (--group ${elsewhere.group})`,
            });
        }
        const known = [...inGroup];
        throw new errors/* InputError */.dz(`unknown lane \`${id}\``, {
            where: input.manifestPath,
            hint: (0,errors/* didYouMean */.au)(id, known) ??
                (known.length > 0
                    ? `${input.group} lanes: ${known.join(', ')}`
                    : `the manifest has no ${input.group} lanes`),
        });
    }
    return new Set(ids);
}
function row(lane, selected, reason) {
    return { id: lane.id, title: lane.title, selected, reason, explanation: explainReason(reason) };
}
/** A selection reason in words. */
function explainReason(reason) {
    switch (reason.kind) {
        case 'matched':
            return `\`${reason.file}\` matches \`${reason.pattern}\``;
        case 'manifest_changed':
            return `the lane manifest \`${reason.file}\` changed: every branch lane runs`;
        case 'empty_diff':
            return 'no changed files: every branch lane runs';
        case 'no_paths':
            return 'the lane has no `paths`: it always runs';
        case 'nightly':
            return 'nightly: every nightly lane runs';
        case 'explicit':
            return 'requested explicitly';
        case 'not_requested':
            return 'not among the requested lanes';
        case 'all_lanes':
            return reason.why;
        case 'not_matched': {
            const base = reason.changedFiles === 1
                ? "the changed file does not match the lane's paths"
                : `none of the ${reason.changedFiles} changed files matches the lane's paths`;
            return reason.excluded === undefined
                ? base
                : `${base} (\`${reason.excluded.file}\` is excluded by \`${reason.excluded.pattern}\`)`;
        }
        default:
            return (0,assert_never/* assertNever */.x)(reason);
    }
}
/**
 * Parse a lane list as typed by a person (`--lanes a,b`, the action's `lanes` input): comma- or
 * whitespace-separated ids, or `all`. An empty list is an error: running nothing is not a request.
 */
function parseLaneList(text) {
    const ids = text
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id !== '');
    if (ids.length === 0) {
        throw new errors/* InputError */.dz('the lane list is empty', { hint: 'name lanes separated by commas, or `all`' });
    }
    if (ids.includes('all')) {
        if (ids.length > 1)
            throw new errors/* InputError */.dz('`all` cannot be combined with lane ids', { hint: 'pass `all` alone' });
        return 'all';
    }
    return [...new Set(ids)];
}

;// CONCATENATED MODULE: ./src/select/matrix.ts
/** One entry per selected lane, in manifest order. `lanes` must hold every lane a selection names. */
function buildMatrix(lanes, selections) {
    const byId = new Map(lanes.map((lane) => [lane.id, lane]));
    const include = selections
        .filter((selection) => selection.selected)
        .map((selection) => {
        const lane = byId.get(selection.id);
        if (lane === undefined)
            throw new Error(`selection names lane \`${selection.id}\`, which is not in the lane list`);
        return {
            lane: lane.id,
            title: lane.title,
            group: lane.group,
            target: lane.target,
            command: lane.command,
            concurrency_group: lane.concurrency_group,
            runs_on: lane.runs_on,
        };
    });
    return { include };
}

;// CONCATENATED MODULE: ./src/select/index.ts
/** Lane selection (which lanes a change selects, and why) and the job matrix built from it. */




/***/ })

};
