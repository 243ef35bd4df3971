export const id = 638;
export const ids = [638];
export const modules = {

/***/ 50638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadCatalog: () => (/* binding */ loadCatalog)
});

// UNUSED EXPORTS: parseCatalog

// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: ./src/match/glob.ts
var glob = __webpack_require__(3199);
// EXTERNAL MODULE: ./src/model/job.ts
var job = __webpack_require__(31146);
// EXTERNAL MODULE: ./src/toml/parse.ts
var parse = __webpack_require__(8631);
// EXTERNAL MODULE: ./src/toml/validate.ts
var validate = __webpack_require__(22940);
// EXTERNAL MODULE: ./src/toml/issues.ts
var issues = __webpack_require__(32906);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/ids.ts
var ids = __webpack_require__(50995);
;// CONCATENATED MODULE: ./src/catalog/schema.ts
/**
 * The on-disk shape of a target catalog (see the header of `catalog/pika.toml`). Jobs are checked
 * against the model's `JobSpecSchema` after their references (scripts, staged targets) are resolved,
 * so their key paths in messages are the JobSpec's own.
 */


const Text = schemas/* string */.YjP().min(1);
const PayloadSchema = schemas/* strictObject */.rej({ output_name: Text, nix_installable: Text });
const RawStagedTargetSchema = schemas/* strictObject */.rej({
    snapshot_profile: job/* SnapshotProfileSchema */.hY,
    prepare_node_prefix: Text,
    prepare_description: Text,
    workspace_output_system: Text,
    workspace_deps: PayloadSchema,
    workspace_build: PayloadSchema,
});
const RawTargetSchema = schemas/* strictObject */.rej({
    description: Text,
    jobs: schemas/* array */.YOg(schemas/* string */.YjP()).min(1, 'a target needs at least one job'),
    /** Static path filters of a non-staged target (used by `pikaci run --since`). */
    filters: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    staged: RawStagedTargetSchema.optional(),
});
/** `{ script = "<name>", args = [...] }`: a named script from `[scripts]`, with positional parameters. */
const ScriptRefSchema = schemas/* strictObject */.rej({
    script: schemas/* string */.YjP(),
    args: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});
/** `{ target = "<staged target id>", wrapper = "/abs/path" }` inside an Incus runtime config. */
const StagedRefSchema = schemas/* strictObject */.rej({ target: schemas/* string */.YjP(), wrapper: schemas/* string */.YjP() });
/**
 * The longest job timeout: a host timer runs for the timeout plus the Incus host grace (30 s), and
 * Node's timers cannot exceed 2^31-1 ms (a longer one fires at once, with a `TimeoutOverflowWarning`).
 */
const MAX_TIMEOUT_SECS = Math.floor((2 ** 31 - 1) / 1000) - 30;
const TIMEOUT_MESSAGE = `timeout_secs must be at most ${MAX_TIMEOUT_SECS} (about 24 days): longer host timers overflow`;
function timeoutFitsTimer(value) {
    return typeof value !== 'number' || value <= MAX_TIMEOUT_SECS;
}
const ID_MESSAGE = 'ids are letters, digits, `.`, `_` and `-`, starting alphanumeric';
const RawCatalogSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, 'unsupported catalog version; this tool reads `version = 1`'),
    scripts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().min(1)).default({}),
    targets: schemas/* record */.g1P(schemas/* string */.YjP().regex(ids/* JOB_ID_PATTERN */.B, ID_MESSAGE), RawTargetSchema),
    /** Each job is checked with `JobSpecSchema` once its references are resolved. */
    jobs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        timeout_secs: schemas/* unknown */.L5J().refine(timeoutFitsTimer, TIMEOUT_MESSAGE).optional(),
    })),
});

;// CONCATENATED MODULE: ./src/catalog/load.ts
/** A catalog file → validated targets and jobs, every problem reported as `file:line: key.path: message`. */






async function loadCatalog(path, options = {}) {
    return buildCatalog(await (0,parse/* parseTomlFile */.gm)(path), options);
}
function parseCatalog(text, file, options = {}) {
    return buildCatalog(parseToml(text, file), options);
}
function buildCatalog(doc, options) {
    const raw = (0,validate/* validate */.tf)(RawCatalogSchema, doc.data, doc);
    return new CatalogBuilder(doc, raw, options).build();
}
function stagedConfig(staged) {
    return {
        snapshot_profile: staged.snapshot_profile,
        prepare_node_prefix: staged.prepare_node_prefix,
        prepare_description: staged.prepare_description,
        payload_specs: [
            { role: 'workspace_deps', ...staged.workspace_deps },
            { role: 'workspace_build', ...staged.workspace_build },
        ],
        workspace_output_system: staged.workspace_output_system,
    };
}
class CatalogBuilder {
    doc;
    raw;
    issues;
    usedScripts = new Set();
    stagedOf = new Map();
    /** Jobs whose staged reference is already reported as broken: no second message about them. */
    brokenStagedRefs = new Set();
    staged = new Map();
    validateGlob;
    constructor(doc, raw, options) {
        this.doc = doc;
        this.raw = raw;
        this.issues = issues/* IssueCollector */.pv.for(doc);
        this.validateGlob = options.validateGlob ?? glob/* validateGlob */.fN;
        for (const [id, target] of Object.entries(raw.targets)) {
            if (target.staged !== undefined)
                this.staged.set(id, stagedConfig(target.staged));
        }
    }
    build() {
        const jobs = new Map();
        for (const [id, rawJob] of Object.entries(this.raw.jobs)) {
            const job = this.job(id, rawJob);
            if (job !== undefined)
                jobs.set(id, job);
        }
        const usedJobs = new Set();
        const targets = new Map();
        for (const [id, rawTarget] of Object.entries(this.raw.targets)) {
            const at = (...keys) => ['targets', id, ...keys];
            const staged = this.staged.get(id);
            if (staged !== undefined && rawTarget.filters !== undefined) {
                this.issues.add(at('filters'), `staged target \`${id}\` takes its path filters from the branch lane bound to it in the lane manifest (PIKACI-003); remove \`filters\``);
            }
            (rawTarget.filters ?? []).forEach((pattern, i) => {
                const problem = this.validateGlob(pattern);
                if (problem !== undefined)
                    this.issues.add(at('filters', i), `invalid path pattern \`${pattern}\`: ${problem}`);
            });
            const targetJobs = [];
            const seen = new Set();
            rawTarget.jobs.forEach((jobId, i) => {
                usedJobs.add(jobId);
                if (seen.has(jobId)) {
                    this.issues.add(at('jobs', i), `job \`${jobId}\` is listed twice in target \`${id}\``);
                    return;
                }
                seen.add(jobId);
                if (!(jobId in this.raw.jobs)) {
                    const hint = (0,errors/* didYouMean */.au)(jobId, Object.keys(this.raw.jobs));
                    this.issues.add(at('jobs', i), `unknown job \`${jobId}\`${hint ? `; ${hint}` : ''}`);
                    return;
                }
                const stagedFor = this.stagedOf.get(jobId);
                if (staged !== undefined && stagedFor !== id && !this.brokenStagedRefs.has(jobId)) {
                    this.issues.add(at('jobs', i), stagedFor === undefined
                        ? `job \`${jobId}\` is not a staged job, but staged target \`${id}\` only runs jobs staged for it`
                        : `job \`${jobId}\` is staged for \`${stagedFor}\`, but staged target \`${id}\` only runs jobs staged for it`);
                }
                const job = jobs.get(jobId);
                if (job !== undefined)
                    targetJobs.push(job);
            });
            targets.set(id, {
                id,
                description: rawTarget.description,
                filters: rawTarget.filters ?? [],
                jobs: targetJobs,
                ...(staged === undefined ? {} : { staged }),
            });
        }
        for (const id of Object.keys(this.raw.jobs)) {
            if (!usedJobs.has(id))
                this.issues.add(['jobs', id], `job \`${id}\` is not used by any target; add it to a target's \`jobs\` or remove it`);
        }
        for (const name of Object.keys(this.raw.scripts)) {
            if (!this.usedScripts.has(name))
                this.issues.add(['scripts', name], `script \`${name}\` is not used by any job; remove it`);
        }
        this.issues.throwIfAny();
        const stagedTargets = new Map([...targets].filter(([id]) => this.staged.has(id)));
        return { path: this.doc.file, targets, stagedTargets, jobs, bindings: new Map(), manifestPath: null };
    }
    job(id, rawJob) {
        const at = (...keys) => ['jobs', id, ...keys];
        if ('id' in rawJob) {
            this.issues.add(at('id'), 'a job takes its id from its table name `[jobs.<id>]`; remove `id`');
            return undefined;
        }
        const candidate = { id, ...rawJob };
        const guest = rawJob.guest_command;
        if ((0,validate/* isRecord */.u4)(guest) && (0,validate/* isRecord */.u4)(guest.command)) {
            candidate.guest_command = {
                ...guest,
                command: this.script(guest.command, at('guest_command', 'command')),
            };
        }
        const runtime = rawJob.runtime_config;
        if ((0,validate/* isRecord */.u4)(runtime)) {
            const resolved = { ...runtime };
            if ((0,validate/* isRecord */.u4)(runtime.host_setup_command)) {
                resolved.host_setup_command = this.script(runtime.host_setup_command, at('runtime_config', 'host_setup_command'));
            }
            if ((0,validate/* isRecord */.u4)(runtime.staged_linux_command) && 'target' in runtime.staged_linux_command) {
                resolved.staged_linux_command = this.stagedCommand(id, runtime.staged_linux_command, at('runtime_config', 'staged_linux_command'));
            }
            candidate.runtime_config = resolved;
        }
        const result = (0,schema/* safeParse */.x)(job/* JobSpecSchema */.QH, candidate);
        if (result.success)
            return result.data;
        (0,validate/* addZodIssues */.RE)(this.issues, job/* JobSpecSchema */.QH, candidate, result.error, at());
        return undefined;
    }
    /** Resolves `{ script, args }` to the script text, with `args` as its positional parameters. */
    script(ref, path) {
        const parsed = (0,schema/* safeParse */.x)(ScriptRefSchema, ref);
        if (!parsed.success) {
            (0,validate/* addZodIssues */.RE)(this.issues, ScriptRefSchema, ref, parsed.error, path);
            return undefined;
        }
        const { script, args = [] } = parsed.data;
        const text = this.raw.scripts[script];
        if (text === undefined) {
            const hint = (0,errors/* didYouMean */.au)(script, Object.keys(this.raw.scripts));
            this.issues.add([...path, 'script'], `unknown script \`${script}\` (not in [scripts])${hint ? `; ${hint}` : ''}`);
            return undefined;
        }
        this.usedScripts.add(script);
        return args.length === 0 ? text : `set -- ${(0,shell/* shellJoin */.n)(args)}\n${text}`;
    }
    /** Expands `{ target, wrapper }` with the staged target's shared prepare config. */
    stagedCommand(jobId, ref, path) {
        this.brokenStagedRefs.add(jobId);
        const parsed = (0,schema/* safeParse */.x)(StagedRefSchema, ref);
        if (!parsed.success) {
            (0,validate/* addZodIssues */.RE)(this.issues, StagedRefSchema, ref, parsed.error, path);
            return undefined;
        }
        const { target, wrapper } = parsed.data;
        const config = this.staged.get(target);
        if (config === undefined) {
            const known = target in this.raw.targets;
            const hint = (0,errors/* didYouMean */.au)(target, this.staged.keys());
            this.issues.add([...path, 'target'], known
                ? `target \`${target}\` has no \`staged\` table, so it cannot stage job \`${jobId}\``
                : `unknown staged target \`${target}\`${hint ? `; ${hint}` : ''}`);
            return undefined;
        }
        this.brokenStagedRefs.delete(jobId);
        this.stagedOf.set(jobId, target);
        return { ...config, execute_wrapper_command: wrapper };
    }
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

/***/ 31146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ PlacementSchema),
/* harmony export */   Je: () => (/* binding */ PLACEMENTS),
/* harmony export */   Md: () => (/* binding */ stagedLinuxCommand),
/* harmony export */   NG: () => (/* binding */ supportsParallelExecute),
/* harmony export */   QH: () => (/* binding */ JobSpecSchema),
/* harmony export */   gC: () => (/* binding */ executorLabel),
/* harmony export */   hY: () => (/* binding */ SnapshotProfileSchema),
/* harmony export */   sM: () => (/* binding */ RuntimeKindSchema)
/* harmony export */ });
/* unused harmony exports RUNTIMES, ExecutionConfigSchema, PAYLOAD_ROLES, PayloadRoleSchema, StagedPayloadSpecSchema, StagedLinuxCommandSchema, HostProcessRuntimeSchema, IncusRuntimeSchema, TartRuntimeSchema, RuntimeConfigSchema, GuestCommandSchema, SecretNameSchema */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81651);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50995);
/**
 * The job model (docs/design.md decision 5): where a job runs (`execution`), how it is isolated
 * (`runtime_config`, one variant per backend, whose `kind` must equal `execution.runtime`), and
 * what it runs (`guest_command`). Backend knobs exist only inside their runtime variant.
 */



const PLACEMENTS = ['local', 'remote_ssh'];
const RUNTIMES = ['host_process', 'incus', 'tart'];
const PlacementSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(PLACEMENTS);
const RuntimeKindSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RUNTIMES);
const ExecutionConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    placement: PlacementSchema,
    runtime: RuntimeKindSchema,
});
const PAYLOAD_ROLES = ['workspace_deps', 'workspace_build'];
const PayloadRoleSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(PAYLOAD_ROLES);
const StagedPayloadSpecSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    role: PayloadRoleSchema,
    /** Flake attribute path, e.g. `ci.x86_64-linux.workspaceDeps`; built as `path:<snapshot>#<output_name>`. */
    output_name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Repo-relative installable, e.g. `.#ci.x86_64-linux.workspaceDeps`. */
    nix_installable: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const SnapshotProfileSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['rust', 'followup']);
const StagedLinuxCommandSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    snapshot_profile: SnapshotProfileSchema,
    prepare_node_prefix: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    prepare_description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Exactly two specs, in the order `[workspace_deps, workspace_build]`. */
    payload_specs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([StagedPayloadSpecSchema, StagedPayloadSpecSchema])
        .refine(([deps, build]) => deps.role === 'workspace_deps' && build.role === 'workspace_build', {
        message: 'payload_specs must be [workspace_deps, workspace_build] in that order',
    }),
    /** Absolute guest path of the lane's entry script; replaces the guest command at run time. */
    execute_wrapper_command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .startsWith('/', 'execute_wrapper_command must be an absolute guest path'),
    workspace_output_system: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const HostProcessRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_process') });
const IncusRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('incus'),
    staged_linux_command: StagedLinuxCommandSchema.optional(),
});
const TartRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tart'),
    host_setup_command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    mount_host_rust_toolchain: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
});
const RuntimeConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    HostProcessRuntimeSchema,
    IncusRuntimeSchema,
    TartRuntimeSchema,
]);
const nonEmpty = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
const GuestCommandSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_shell_command'), command: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('exact_cargo_test'), package: nonEmpty, test_name: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('package_unit_tests'), package: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('package_tests'), package: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('filtered_cargo_tests'), package: nonEmpty, filter: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shell_command'), command: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shell_command_as_root'), command: nonEmpty }),
    /** A lane's plain `command`: an argv run without a shell. */
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('argv'), argv: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).min(1) }),
]);
/**
 * A secret a job asks for by name: an environment variable of the action's (or CLI's) process,
 * passed to the job and redacted from every log and record (README "Security"). The runner's own
 * channels (`INPUT_*`, `ACTIONS_*`) can never be asked for.
 */
const SecretNameSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'these are environment variable names: letters, digits and `_`')
    .refine((name) => !/^(INPUT_|ACTIONS_)/i.test(name), {
    message: "`INPUT_*` and `ACTIONS_*` are the runner's own variables and are never passed to a job",
});
const JobSpecSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_ID_PATTERN */ .B, 'job ids are letters, digits, `.`, `_` and `-`, starting alphanumeric'),
    description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    writable_workspace: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    execution: ExecutionConfigSchema,
    runtime_config: RuntimeConfigSchema,
    guest_command: GuestCommandSchema,
    /** Environment variables passed to the job as secrets (values redacted everywhere). */
    secrets: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SecretNameSchema).optional(),
    /** Non-secret environment variables passed to the job by name when set (README "Security"). */
    pass_env: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SecretNameSchema).optional(),
})
    .superRefine((job, ctx) => {
    if (job.runtime_config.kind !== job.execution.runtime) {
        ctx.addIssue({
            code: 'custom',
            path: ['runtime_config', 'kind'],
            message: `runtime_config is \`${job.runtime_config.kind}\` but execution.runtime is \`${job.execution.runtime}\`; they must agree`,
        });
    }
});
/** The label upstream records in `JobRecord.executor` for a placement × runtime pair. */
function executorLabel(execution) {
    const { placement, runtime } = execution;
    switch (runtime) {
        case 'host_process':
            return placement === 'local' ? 'host_local' : 'remote_ssh_host_process';
        case 'incus':
            return placement === 'local' ? 'local_incus' : 'remote_linux_vm';
        case 'tart':
            return placement === 'local' ? 'tart_local' : 'remote_ssh_tart';
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .x)(runtime);
    }
}
function stagedLinuxCommand(job) {
    return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}
/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
function supportsParallelExecute(job) {
    return stagedLinuxCommand(job) !== undefined;
}


/***/ }),

/***/ 11107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse),
/* harmony export */   x: () => (/* binding */ safeParse)
/* harmony export */ });
/**
 * zod's one entry in the project: source files import `z`, `parse` and `safeParse` from here, never from
 * 'zod' (eslint `no-restricted-imports`), and parse only through those two (eslint
 * `no-restricted-syntax`).
 *
 * Both turn zod's JIT off for the parse. On an object schema's first parse the JIT generates
 * and compiles a parser with `new Function`, which pays off over thousands of parses; a pikaci
 * process parses each schema a few times, so the generated code is all cost (about 7 ms of a one-job
 * `pikaci run`, issue 13, `npm run bench run-overhead`). The JIT is only a fast path for the same
 * checks, so results are the same (`__tests__/schema/jitless.test.ts` compares both on the real
 * catalog and manifest and thousands of mutations). It is a per-call option, not `z.config`, so a
 * program that imports this library keeps its own zod settings.
 */


const ONE_SHOT = { jitless: true };
/** `schema.parse(value)` without the JIT: throws zod's error (for values this process made itself). */
function parse(schema, value) {
    return schema.parse(value, ONE_SHOT);
}
/** `schema.safeParse(value)` without the JIT. */
function safeParse(schema, value) {
    return schema.safeParse(value, ONE_SHOT);
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

/***/ 22940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ objectKeysAt),
/* harmony export */   RE: () => (/* binding */ addZodIssues),
/* harmony export */   tf: () => (/* binding */ validate),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11107);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32906);
/**
 * Schema validation of parsed TOML with messages that name the file, the line and the key path:
 * every problem of a document is collected and reported in one `TomlValidationError`.
 */


/** Adds every zod issue to `issues`, below `prefix` (the key path of `data` in the document). */
function addZodIssues(issues, schema, data, error, prefix = []) {
    for (const issue of error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            const known = objectKeysAt(schema, path, data) ?? [];
            for (const key of issue.keys)
                issues.add([...prefix, ...path, key], (0,_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownKeyMessage */ .VP)(key, known));
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
    const result = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .safeParse */ .x)(schema, data);
    if (result.success)
        return result.data;
    const issues = new _issues_js__WEBPACK_IMPORTED_MODULE_0__/* .IssueCollector */ .pv(doc.file, doc.locator);
    addZodIssues(issues, schema, data, result.error);
    issues.throwIfAny();
    throw new Error('unreachable: a failed parse reported no issues');
}
/** The keys an object schema accepts at `path` (for "did you mean"), following the data through unions. */
function objectKeysAt(schema, path, data) {
    const node = unwrap(schema);
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodUnion */ .fZ7) {
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
        return node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH ? Object.keys(node.shape) : undefined;
    }
    const [head, ...rest] = path;
    const child = childAt(data, head);
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH && typeof head === 'string') {
        const field = node.shape[head];
        return field ? objectKeysAt(field, rest, child) : undefined;
    }
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodArray */ .naA)
        return objectKeysAt(node.element, rest, child);
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodRecord */ .b8S)
        return objectKeysAt(node.valueType, rest, child);
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodTuple */ .y0Q && typeof head === 'number') {
        const item = node.def.items[head];
        return item ? objectKeysAt(item, rest, child) : undefined;
    }
    return undefined;
}
function unwrap(schema) {
    let node = schema;
    for (;;) {
        if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodOptional */ .IiU || node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodNullable */ .l1C || node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodDefault */ .XiL) {
            node = node.unwrap();
        }
        else if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodPipe */ .utH) {
            node = node.in;
        }
        else {
            return node;
        }
    }
}
function pickOption(union, data) {
    if (!(union instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodDiscriminatedUnion */ .jvo) || !isRecord(data))
        return undefined;
    const discriminator = union.def.discriminator;
    const value = data[discriminator];
    return union.options.find((option) => {
        const node = unwrap(option);
        if (!(node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH))
            return false;
        const field = unwrap(node.shape[discriminator]);
        return field instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodLiteral */ .DN5 && field.values.has(value);
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
