export const id = 290;
export const ids = [290];
export const modules = {

/***/ 87290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bw: () => (/* binding */ allLanes),
  eY: () => (/* binding */ loadManifest),
  Ng: () => (/* binding */ parseManifest)
});

// UNUSED EXPORTS: findLane

// EXTERNAL MODULE: ./src/locks/group-lock.ts
var group_lock = __webpack_require__(37431);
// EXTERNAL MODULE: ./src/model/ids.ts
var ids = __webpack_require__(50995);
// EXTERNAL MODULE: ./src/match/glob.ts
var glob = __webpack_require__(3199);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
// EXTERNAL MODULE: ./src/toml/parse.ts
var parse = __webpack_require__(8631);
// EXTERNAL MODULE: ./src/toml/issues.ts
var toml_issues = __webpack_require__(32906);
;// CONCATENATED MODULE: ./src/manifest/check.ts
const LANE_KEYS = new Set([
    'id',
    'title',
    'entrypoint',
    'command',
    'paths',
    'concurrency_group',
    'staged_linux_target',
    'target',
    'runs_on',
]);
const GROUP_KEYS = new Set(['lanes']);
const MANIFEST_KEYS = new Set(['version', 'nightly_schedule_utc', 'branch', 'nightly']);
/** zod's object test: any non-null object but an array. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A strict object's key test: zod walks the keys with `for…in`, so this does too. */
function onlyKeys(value, known) {
    for (const key in value)
        if (!known.has(key))
            return false;
    return true;
}
const isString = (value) => typeof value === 'string';
const optionalString = (value) => value === undefined || typeof value === 'string';
function isStringArray(value) {
    if (!Array.isArray(value))
        return false;
    for (let i = 0; i < value.length; i++)
        if (typeof value[i] !== 'string')
            return false;
    return true;
}
const optionalStrings = (value) => value === undefined || isStringArray(value);
function isLane(value) {
    return (isObject(value) &&
        onlyKeys(value, LANE_KEYS) &&
        isString(value.id) &&
        isString(value.title) &&
        optionalString(value.entrypoint) &&
        optionalStrings(value.command) &&
        optionalStrings(value.paths) &&
        optionalString(value.concurrency_group) &&
        optionalString(value.staged_linux_target) &&
        optionalString(value.target) &&
        (value.runs_on === undefined || isString(value.runs_on) || isStringArray(value.runs_on)));
}
/** A lane group as the schema outputs it (`lanes` defaults to []), or undefined when refused. */
function laneGroup(value) {
    if (!isObject(value) || !onlyKeys(value, GROUP_KEYS))
        return undefined;
    // zod's `.default([])` stands in for a missing value only: null is refused.
    const lanes = value.lanes === undefined ? [] : value.lanes;
    if (!Array.isArray(lanes))
        return undefined;
    for (let i = 0; i < lanes.length; i++)
        if (!isLane(lanes[i]))
            return undefined;
    return { lanes: lanes };
}
/** The manifest as `RawManifestSchema` outputs it, or undefined where the schema would refuse it. */
function checkRawManifest(data) {
    if (!isObject(data) || !onlyKeys(data, MANIFEST_KEYS))
        return undefined;
    // zod's `.int()`: a finite integer within ±(2^53 - 1).
    if (!Number.isSafeInteger(data.version) || !optionalString(data.nightly_schedule_utc))
        return undefined;
    const manifest = { version: data.version };
    if (data.nightly_schedule_utc !== undefined)
        manifest.nightly_schedule_utc = data.nightly_schedule_utc;
    for (const group of ['branch', 'nightly']) {
        if (data[group] === undefined)
            continue;
        const checked = laneGroup(data[group]);
        if (checked === undefined)
            return undefined;
        manifest[group] = checked;
    }
    return manifest;
}

;// CONCATENATED MODULE: ./src/manifest/constants.ts
/** Fixed names and formats of the lane manifest (docs/upstream.md, lanes 3.1–3.2). */
/** What a matrix leg runs on when a lane does not say: GitHub's hosted Linux runner. */
const DEFAULT_RUNS_ON = 'ubuntu-latest';
/** The upstream wrapper that staged lanes run on the Pika forge; kept as their display entrypoint. */
const STAGED_ENTRYPOINT_PREFIX = './scripts/pikaci-staged-linux-remote.sh run';
const STAGED_CONCURRENCY_PREFIX = 'staged-linux:';
/** `HH:MM`, 24-hour UTC; like chrono's `%H:%M`, the hour may have one digit. */
const SCHEDULE_PATTERN = /^([01]?\d|2[0-3]):[0-5]\d$/;

;// CONCATENATED MODULE: ./src/manifest/load.ts
/**
 * `ci/forge-lanes.toml` → normalized lanes (docs/upstream.md, lanes 3.2) with every problem reported
 * as `file:line: key.path: message`.
 */







async function loadManifest(path, options) {
    return normalizeManifest(await (0,parse/* parseTomlFile */.gm)(path), options);
}
async function parseManifest(text, file, options) {
    return normalizeManifest((0,parse/* parseToml */.MT)(text, file), options);
}
async function normalizeManifest(doc, options) {
    const raw = checkRawManifest(doc.data) ?? (await explainRefusal(doc));
    const issues = toml_issues/* IssueCollector */.pv.for(doc);
    if (raw.version !== 1) {
        issues.add(['version'], `unsupported forge lane manifest version ${raw.version}; this tool reads version 1`);
    }
    const schedule = raw.nightly_schedule_utc?.trim();
    if (schedule !== undefined && !SCHEDULE_PATTERN.test(schedule)) {
        issues.add(['nightly_schedule_utc'], `\`${raw.nightly_schedule_utc}\` is not a 24-hour UTC time \`HH:MM\` (e.g. "08:00")`);
    }
    const nightlyRaw = raw.nightly?.lanes ?? [];
    if (schedule === undefined && nightlyRaw.length > 0) {
        issues.add(['nightly_schedule_utc'], 'nightly_schedule_utc is required when there are nightly lanes (e.g. "08:00")');
    }
    const normalizer = new LaneNormalizer(doc, options, issues);
    const branch = (raw.branch?.lanes ?? []).map((lane, index) => normalizer.lane(lane, 'branch', index));
    const nightly = nightlyRaw.map((lane, index) => normalizer.lane(lane, 'nightly', index));
    normalizer.checkStagedBindings(branch);
    issues.throwIfAny();
    return { version: 1, nightly_schedule_utc: schedule ?? null, branch, nightly, path: doc.file };
}
class LaneNormalizer {
    doc;
    options;
    issues;
    seenIds = new Map();
    validateGlob;
    constructor(doc, options, issues) {
        this.doc = doc;
        this.options = options;
        this.issues = issues;
        this.validateGlob = options.validateGlob ?? glob/* validateGlob */.fN;
    }
    lane(raw, group, index) {
        const at = (...keys) => [group, 'lanes', index, ...keys];
        const line = this.doc.locator.lineOf(at()) ?? 1;
        const issues = this.issues;
        // A lane id names a job, a workflow artifact and a matrix value; a title names a matrix job.
        if (raw.id.trim() === '')
            issues.add(at('id'), 'lane id must not be empty');
        else if (!isValidLaneId(raw.id)) {
            issues.add(at('id'), `invalid lane id ${JSON.stringify(raw.id)}: lane ids are letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit`);
        }
        else if (raw.id.length > MAX_LANE_ID_LENGTH) {
            issues.add(at('id'), `lane id \`${raw.id.slice(0, 40)}…\` is ${raw.id.length} characters long; lane ids are at most ${MAX_LANE_ID_LENGTH} (they name matrix legs, artifacts and checks)`);
        }
        else
            this.checkUniqueId(raw.id, at('id'));
        if (raw.title.trim() === '')
            issues.add(at('title'), `lane \`${raw.id}\` title must not be empty`);
        else if (CONTROL_CHARACTER.test(raw.title)) {
            issues.add(at('title'), `lane title ${JSON.stringify(raw.title)} contains a control character (a newline, tab, escape…); write it on one line of printable text`);
        }
        const concurrencyGroup = blankToNull(raw.concurrency_group);
        if (concurrencyGroup !== null) {
            try {
                (0,group_lock/* validateGroupName */.R4)(concurrencyGroup);
            }
            catch {
                issues.add(at('concurrency_group'), `invalid concurrency group ${JSON.stringify(concurrencyGroup)}: use 1-128 letters, digits, \`.\`, \`_\` or \`-\`, starting with a letter or digit (it names a lock file on the placement host)`);
            }
        }
        const staged = blankToNull(raw.staged_linux_target);
        const named = blankToNull(raw.target);
        if (staged !== null && named !== null && staged !== named) {
            issues.add(at('target'), `target \`${named}\` disagrees with staged_linux_target \`${staged}\`; give one of them, or the same id in both`);
        }
        if (staged !== null)
            this.checkTarget(staged, at('staged_linux_target'), true);
        if (named !== null && named !== staged)
            this.checkTarget(named, at('target'), false);
        const target = named ?? staged;
        const command = raw.command ?? [];
        if (target !== null && raw.command !== undefined) {
            issues.add(at('command'), `lane \`${raw.id}\` runs target \`${target}\`, so \`command\` would be ignored; remove it`);
        }
        if (target === null && command.length === 0) {
            issues.add(raw.command === undefined ? at() : at('command'), `lane \`${raw.id}\` has neither a target nor a command; set \`command = [...]\`, \`target = "..."\` or \`staged_linux_target = "..."\``);
        }
        if (target === null && command.length > 0 && command[0].trim() === '') {
            issues.add(at('command', 0), `lane \`${raw.id}\` command program must not be empty`);
        }
        const paths = raw.paths ?? [];
        if (group === 'nightly' && raw.paths !== undefined) {
            issues.add(at('paths'), 'nightly lanes are not path-filtered (they all run on schedule); remove `paths`');
        }
        paths.forEach((pattern, i) => {
            const problem = this.validateGlob(pattern);
            if (problem !== undefined)
                issues.add(at('paths', i), `invalid path pattern \`${pattern}\`: ${problem}`);
        });
        const runsOn = this.runsOn(raw, at('runs_on'));
        const stagedGroup = staged ?? (target !== null && this.options.stagedTargets?.has(target) ? target : null);
        return {
            id: raw.id,
            title: raw.title,
            group,
            entrypoint: entrypointOf(raw, staged, target, command),
            command: target === null ? command : null,
            paths,
            concurrency_group: concurrencyGroup ?? (stagedGroup === null ? null : `${STAGED_CONCURRENCY_PREFIX}${stagedGroup}`),
            staged_linux_target: staged,
            target,
            runs_on: runsOn,
            line,
        };
    }
    /** Upstream pikaci: one branch lane per staged target, or every resolution of it fails. */
    checkStagedBindings(branch) {
        const staged = this.options.stagedTargets;
        if (staged === undefined)
            return;
        const bound = new Map();
        branch.forEach((lane, index) => {
            if (lane.target === null || !staged.has(lane.target))
                return;
            const first = bound.get(lane.target);
            if (first === undefined) {
                bound.set(lane.target, lane);
            }
            else {
                const key = lane.staged_linux_target === lane.target ? 'staged_linux_target' : 'target';
                this.issues.add(['branch', 'lanes', index, key], `staged target \`${lane.target}\` is already bound by branch lane \`${first.id}\` (line ${first.line}); a staged target takes its path filters from exactly one branch lane`);
            }
        });
    }
    checkUniqueId(id, path) {
        const line = this.doc.locator.lineOf(path) ?? 0;
        const first = this.seenIds.get(id);
        if (first === undefined)
            this.seenIds.set(id, line);
        else
            this.issues.add(path, `duplicate lane id \`${id}\` (first defined on line ${first}); lane ids must be unique across branch and nightly lanes`);
    }
    checkTarget(id, path, mustBeStaged) {
        const { knownTargets, stagedTargets, catalogPath } = this.options;
        const catalog = catalogPath === undefined ? 'the catalog' : `catalog ${catalogPath}`;
        if (!knownTargets.has(id)) {
            const candidates = mustBeStaged && stagedTargets ? stagedTargets : knownTargets;
            const hint = (0,errors/* didYouMean */.au)(id, candidates);
            this.issues.add(path, `unknown target \`${id}\` (not in ${catalog})${hint ? `; ${hint}` : ''}`);
        }
        else if (mustBeStaged && stagedTargets !== undefined && !stagedTargets.has(id)) {
            this.issues.add(path, `\`${id}\` is not a staged Linux target in ${catalog}; bind it with \`target = "${id}"\` instead`);
        }
    }
    runsOn(raw, path) {
        const value = raw.runs_on;
        if (value === undefined)
            return DEFAULT_RUNS_ON;
        const checkLabel = (label, at) => {
            if (label.trim() === '')
                this.issues.add(at, 'runner labels must not be empty');
            else if (CONTROL_CHARACTER.test(label)) {
                this.issues.add(at, `runner label ${JSON.stringify(label)} contains a control character (a newline, tab, escape…)`);
            }
        };
        if (typeof value === 'string') {
            if (value.trim() === '')
                this.issues.add(path, 'runs_on must not be empty');
            else
                checkLabel(value, path);
            return value.trim();
        }
        if (value.length === 0)
            this.issues.add(path, 'runs_on must list at least one runner label');
        value.forEach((label, i) => checkLabel(label, [...path, i]));
        return value.map((label) => label.trim());
    }
}
function entrypointOf(raw, staged, target, command) {
    if (raw.entrypoint !== undefined && raw.entrypoint.trim() !== '')
        return raw.entrypoint;
    if (staged !== null)
        return `${STAGED_ENTRYPOINT_PREFIX} ${staged}`;
    if (target !== null)
        return `pikaci run ${target}`;
    return displayArgv(command);
}
/** A readable one-line rendering of an argv: plain words as they are, anything else quoted. */
function displayArgv(argv) {
    return argv.map((arg) => (/^[A-Za-z0-9_./:=@%+,#-]+$/.test(arg) ? arg : (0,shell/* shellQuote */.Z)(arg))).join(' ');
}
/** Validation only (the lane id becomes a job id); nothing is chosen from an id (PIKACI-004). */
/** Long enough for any real lane, short enough for artifact names (`pikaci-<lane>-<attempt>`) and checks. */
const MAX_LANE_ID_LENGTH = 100;
function isValidLaneId(id) {
    return ids/* JOB_ID_PATTERN */.B.test(id);
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
function blankToNull(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? null : trimmed;
}
/** Every lane, branch lanes first, in file order. */
function allLanes(manifest) {
    return [...manifest.branch, ...manifest.nightly];
}
function findLane(manifest, id) {
    const lane = allLanes(manifest).find((candidate) => candidate.id === id);
    if (lane !== undefined)
        return lane;
    const hint = didYouMean(id, allLanes(manifest).map((candidate) => candidate.id));
    throw new InputError(`unknown lane \`${id}\` in ${manifest.path}`, {
        hint: hint ?? `run \`pikaci lanes --manifest ${manifest.path}\` to list the lanes`,
    });
}
/**
 * A manifest `checkRawManifest` refused: zod (loaded only now) validates it and throws the error
 * that names every problem with its line and key path. (Should zod accept it, the check was
 * stricter than the schema — a bug its test exists to catch — and the schema's output is used.)
 */
async function explainRefusal(doc) {
    const [{ validate }, { RawManifestSchema }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(352)]).then(__webpack_require__.bind(__webpack_require__, 53352)),
        Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(470)]).then(__webpack_require__.bind(__webpack_require__, 46470)),
    ]);
    return validate(RawManifestSchema, doc.data, doc);
}


/***/ }),

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
