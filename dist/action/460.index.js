export const id = 460;
export const ids = [460];
export const modules = {

/***/ 30977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ pathsOfChanges),
/* harmony export */   Vb: () => (/* binding */ readChangedFrom),
/* harmony export */   e6: () => (/* binding */ parseChangedList),
/* harmony export */   ey: () => (/* binding */ CHANGE_STATUSES),
/* harmony export */   nX: () => (/* binding */ decodeNulSeparated),
/* harmony export */   rd: () => (/* binding */ parseNameStatusZ),
/* harmony export */   tG: () => (/* binding */ invalidUtf8Warning)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * Changed-file lists: `git diff -z --name-status` output, and the `--changed-from FILE|-` lists a
 * caller hands in. Names are taken verbatim: `-z` means git neither quotes nor escapes them, and
 * nothing here trims them (a name may begin or end with a space). A name whose bytes are not valid
 * UTF-8 is decoded with U+FFFD in their place and reported, so the caller can warn (README,
 * "Matching rules").
 */



const CHANGE_STATUSES = ['A', 'C', 'D', 'M', 'R', 'T', 'U', 'X'];
/** The one line a caller prints for an `InvalidUtf8Name`. */
function invalidUtf8Warning(name) {
    return `changed file name is not valid UTF-8: "${name.escaped}"; it is matched as ${JSON.stringify(name.decoded)} (each invalid byte sequence replaced by U+FFFD), so only a wildcard can match those bytes`;
}
/** Splits NUL-separated bytes into UTF-8 names, reporting each name whose bytes are not valid UTF-8. */
function decodeNulSeparated(bytes, onInvalid = () => undefined) {
    return decodeSeparated(bytes, 0, onInvalid);
}
/**
 * Splits bytes at `separator` into UTF-8 names: one decode and one split when the whole is valid
 * UTF-8 (the common case), else name by name, reporting each invalid one.
 */
function decodeSeparated(bytes, separator, onInvalid = () => undefined) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buffer))
        return buffer.toString('utf8').split(String.fromCharCode(separator));
    const fields = [];
    let start = 0;
    for (;;) {
        const end = buffer.indexOf(separator, start);
        const field = buffer.subarray(start, end === -1 ? buffer.length : end);
        const decoded = field.toString('utf8');
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(field))
            onInvalid({ escaped: escapeBytes(field), decoded });
        fields.push(decoded);
        if (end === -1)
            return fields;
        start = end + 1;
    }
}
function escapeBytes(bytes) {
    let out = '';
    for (const byte of bytes) {
        if (byte === 0x5c)
            out += '\\\\';
        else if (byte >= 0x20 && byte < 0x7f)
            out += String.fromCharCode(byte);
        else
            out += `\\x${byte.toString(16).padStart(2, '0')}`;
    }
    return out;
}
/**
 * Parse `git diff -z --name-status` output: `S\0path\0`, or `Rnnn\0from\0to\0` for renames and
 * copies. Given bytes, names that are not valid UTF-8 are reported to `onInvalid`.
 */
function parseNameStatusZ(output, onInvalid) {
    const fields = typeof output === 'string' ? output.split('\0') : decodeNulSeparated(output, onInvalid);
    // The output ends with a NUL, which leaves one empty field at the end.
    if (fields[fields.length - 1] === '')
        fields.pop();
    const changes = [];
    let i = 0;
    const take = (what) => {
        const field = fields[i++];
        if (field === undefined || field === '')
            throw new Error(`record ${changes.length + 1}: missing ${what}`);
        return field;
    };
    while (i < fields.length) {
        const statusField = take('status');
        const letter = statusField[0];
        if (!CHANGE_STATUSES.includes(letter)) {
            throw new Error(`record ${changes.length + 1}: unknown status \`${statusField}\``);
        }
        if (letter === 'R' || letter === 'C') {
            const from = take('source path');
            const path = take('destination path');
            changes.push({
                status: letter,
                from,
                path,
                similarity: Number.parseInt(statusField.slice(1), 10) || 0,
            });
        }
        else {
            changes.push({ status: letter, path: take('path') });
        }
    }
    return changes;
}
/** The paths a change list touches, in diff order, without duplicates: a rename's source, then its destination. */
function pathsOfChanges(changes) {
    const paths = new Set();
    for (const change of changes) {
        if (change.status === 'R' || change.status === 'C')
            paths.add(change.from);
        paths.add(change.path);
    }
    return [...paths];
}
/**
 * A changed-file list as text: NUL-separated when it holds a NUL (`git diff -z --name-only`),
 * else one path per line (a CR before the LF is dropped). Empty entries are dropped, duplicates
 * removed, order kept.
 */
function parseChangedList(input, onInvalid) {
    const nul = typeof input === 'string' ? input.includes('\0') : input.includes(0);
    const entries = typeof input === 'string'
        ? input.split(nul ? '\0' : '\n')
        : decodeSeparated(input, nul ? 0 : 0x0a, onInvalid);
    // One pass: the CR of a CRLF line dropped, empty entries dropped, duplicates dropped, order kept.
    const seen = new Set();
    const paths = [];
    for (let entry of entries) {
        if (!nul && entry.endsWith('\r'))
            entry = entry.slice(0, -1);
        if (entry.trim() === '')
            continue;
        const before = seen.size;
        seen.add(entry); // one hash look-up: it was new when the set grew
        if (seen.size > before)
            paths.push(entry);
    }
    return paths;
}
/** Read `--changed-from FILE|-`: a file, or standard input for `-`. */
async function readChangedFrom(source, stdin = process.stdin, warn = (message) => process.stderr.write(`warning: ${message}\n`)) {
    if (source === '') {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('--changed-from needs a file name, or `-` for standard input');
    }
    let bytes;
    try {
        // A file is read in one synchronous call: nothing else runs meanwhile, and it saves the
        // promise API's chunked reads (measured ~2 ms of 100,000 paths).
        bytes = source === '-' ? await readStream(stdin) : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(source);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : code === 'EISDIR'
                    ? 'it is a directory'
                    : error.message;
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot read the changed-file list \`${source}\`: ${why}`, {
            where: '--changed-from',
            hint: 'pass a file with one repo-relative path per line (or NUL-separated), or `-` to read standard input',
            cause: error,
        });
    }
    return parseChangedList(bytes, (name) => warn(invalidUtf8Warning(name)));
}
async function readStream(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 10308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   lD: () => (/* binding */ createGit),
/* harmony export */   sR: () => (/* binding */ changesSince)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _toml_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8631);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30977);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73073);
/**
 * The few git operations planning needs, behind one small interface so the selection core never
 * talks to git and tests can run the real thing against repositories they build.
 */





/**
 * The top level of the git working tree that contains `cwd`, else `cwd` itself (resolved): outside a
 * repository, or without git, the state root and the default manifest and catalog are found there.
 */
async function repoRoot(cwd = process.cwd()) {
    const top = await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, ['rev-parse', '--show-toplevel']).then((result) => result.stdout.toString('utf8').trim(), () => '');
    return top === '' ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd) : top;
}
/** A `Git` that runs the `git` program in `dir`. */
function createGit(dir, options = {}) {
    return new ProcessGit(dir, options.warn ?? ((message) => process.stderr.write(`warning: ${message}\n`)));
}
class ProcessGit {
    dir;
    warn;
    constructor(dir, warn) {
        this.dir = dir;
        this.warn = warn;
    }
    async revParse(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1]);
        if (result.exitCode !== 0) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unknown revision \`${rev}\`: no such commit in the repository`, {
                where: this.dir,
                hint: 'pass a commit that exists locally (a shallow clone may lack it: fetch more history, e.g. fetch-depth: 0)',
            });
        }
        return result.stdout.toString('utf8').trim();
    }
    async hasCommit(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1]);
        return result.exitCode === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', '--end-of-options', a, b], [0, 1]);
        const base = result.stdout.toString('utf8').trim();
        return result.exitCode === 0 && base !== '' ? base : null;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], [0, 1]);
        return result.exitCode === 0;
    }
    async isShallow() {
        const result = await this.run(['rev-parse', '--is-shallow-repository']);
        return result.stdout.toString('utf8').trim() === 'true';
    }
    async fetchDeepen(depth, remote = 'origin') {
        if (!Number.isInteger(depth) || depth < 1) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`fetch depth must be a positive integer, got ${depth}`);
        }
        await this.run(['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote]);
    }
    async diff(base, head) {
        // `--no-relative` guards against `diff.relative` in the user's config; `-z` keeps names verbatim.
        const result = await this.run([
            'diff',
            '-z',
            '--name-status',
            '-M',
            '--no-relative',
            '--no-ext-diff',
            '--end-of-options',
            base,
            head,
            '--',
        ]);
        try {
            return (0,_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseNameStatusZ */ .rd)(result.stdout, (name) => this.warn((0,_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidUtf8Warning */ .tG)(name)));
        }
        catch (error) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`cannot read \`git diff\` output for ${base}..${head}`, {
                where: this.dir,
                cause: error,
            });
        }
    }
    async changedFiles(base, head) {
        return (0,_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .pathsOfChanges */ .DW)(await this.diff(base, head));
    }
    async showFile(rev, path) {
        const result = await this.run(['cat-file', 'blob', `${rev}:${path}`], [0, 128]);
        if (result.exitCode !== 0) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no file \`${path}\` at revision \`${rev}\``, {
                where: this.dir,
                hint: 'check the path (repo-relative) and that the revision is fetched',
            });
        }
        // Shown files are TOML manifests: invalid UTF-8 is an error at its line, never replaced.
        return (0,_toml_index_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeUtf8 */ ._6)(result.stdout, `${rev}:${path}`);
    }
    async localChanges() {
        const edited = await this.run([
            'diff',
            '--name-only',
            '-z',
            '--no-relative',
            '--no-ext-diff',
            'HEAD',
            '--',
        ]);
        const untracked = await this.run(['ls-files', '--others', '--exclude-standard', '--full-name', '-z']);
        const names = [
            ...(0,_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeNulSeparated */ .nX)(edited.stdout, (name) => this.warn((0,_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidUtf8Warning */ .tG)(name))),
            ...(0,_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeNulSeparated */ .nX)(untracked.stdout, (name) => this.warn((0,_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .invalidUtf8Warning */ .tG)(name))),
        ];
        return [...new Set(names.filter((name) => name !== ''))].sort();
    }
    /** Run git here (`runGit`: the cleaned environment, one error shape); exit codes outside `expected` throw. */
    run(args, expected = [0]) {
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(this.dir, args, { exitCodes: expected });
    }
}
/**
 * The paths changed on `head` since it forked from `base` (a three-dot diff): the merge base of the
 * two, diffed against `head`. When `base` is an ancestor of `head` the merge base is `base` itself.
 */
async function changesSince(git, base, head) {
    const [baseId, headId] = [await git.revParse(base), await git.revParse(head)];
    const from = await git.mergeBase(baseId, headId);
    if (from === null) {
        const shallow = await git.isShallow();
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`\`${base}\` and \`${head}\` have no common history here`, {
            where: git.dir,
            hint: shallow
                ? 'this is a shallow clone: fetch more history (git fetch --deepen=100, or fetch-depth: 0)'
                : 'pass a --base that shares history with --head, or list the files with --changed-from',
        });
    }
    return { base: baseId, head: headId, from, paths: await git.changedFiles(from, headId) };
}


/***/ }),

/***/ 73073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   _K: () => (/* binding */ gitEnvironment),
/* harmony export */   kP: () => (/* binding */ GIT_REDIRECTING_ENV),
/* harmony export */   t1: () => (/* binding */ streamGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The one way this project starts `git` (plan's changed files, the action's diff and base-revision
 * manifest, snapshots, the state root's repository root, a run's recorded HEAD): one environment,
 * one error shape, through `node:child_process` (not execa: the action's `plan` runs a few of these,
 * never needs process groups, and not loading execa is a measured part of its cold start).
 *
 * The environment. git reads a handful of variables that point it at another repository, index,
 * object store or work tree instead of the one at the working directory; a parent git sets them for
 * its hooks and `git rebase -x` commands (a pre-push hook running `pikaci plan`, say), and a shell
 * may have them exported. Every git process here is about the repository at its `cwd`, so they are
 * removed: the set `git rev-parse --local-env-vars` prints (the variables git itself drops before
 * running a command in another repository), except the two that carry configuration rather than a
 * location, `GIT_CONFIG_PARAMETERS` and `GIT_CONFIG_COUNT` (`git -c` settings and
 * `GIT_CONFIG_KEY_<n>`/`GIT_CONFIG_VALUE_<n>` pairs: credentials for `fetch --deepen`,
 * `safe.directory`), which are the caller's to choose. `GIT_CEILING_DIRECTORIES` and
 * `GIT_DISCOVERY_ACROSS_FILESYSTEM` are kept too: they only stop the upward search for a repository,
 * so they can make git find none, never another one. Added: `LC_ALL=C` (messages and output that
 * do not depend on the locale), `GIT_TERMINAL_PROMPT=0` (a fetch fails rather than waits for a
 * password) and `GIT_OPTIONAL_LOCKS=0` (`git status` does not write the index under a running editor).
 */



/** Removed from every git process's environment (see the top of this file). */
const GIT_REDIRECTING_ENV = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_IMPLICIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_GRAFT_FILE',
    'GIT_SHALLOW_FILE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_REPLACE_REF_BASE',
    'GIT_PREFIX',
    'GIT_INTERNAL_SUPER_PREFIX',
    'GIT_CONFIG',
];
/** The environment every git process gets: `base` without `GIT_REDIRECTING_ENV`, plus the fixed settings. */
function gitEnvironment(base = process.env) {
    const env = {
        ...base,
        LC_ALL: 'C',
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
    };
    for (const name of GIT_REDIRECTING_ENV)
        delete env[name];
    return env;
}
/**
 * Runs `git <args>` in `cwd` to completion. Throws a `PikaciError` when git cannot be started (not
 * installed, `cwd` missing), is killed, or exits with a code outside `exitCodes`; the message names
 * the command and carries git's standard error.
 */
async function runGit(cwd, args, options = {}) {
    const started = startGit(cwd, args);
    const stdout = [];
    started.child.stdout.on('data', (chunk) => stdout.push(chunk));
    // EPIPE when git exits without reading all its input: its exit status says what happened.
    started.child.stdin.on('error', () => undefined);
    if (options.input === undefined)
        started.child.stdin.end();
    else
        started.child.stdin.end(options.input);
    const ended = await started.ended;
    if (ended.kind === 'failed')
        throw cannotRun(cwd, args, ended.code, ended.message);
    let output;
    try {
        output = { exitCode: ended.exitCode, stdout: Buffer.concat(stdout), stderr: ended.stderr };
    }
    catch (error) {
        // Output beyond the largest buffer Node can hold.
        throw cannotRun(cwd, args, undefined, error.message);
    }
    const expected = options.exitCodes ?? [0];
    if (expected !== 'any' && !expected.includes(output.exitCode)) {
        throw gitFailed(cwd, args, output.exitCode, output.stderr);
    }
    return output;
}
/** Starts `git <args>` in `cwd` with piped standard input and output; see `GitProcess`. */
function streamGit(cwd, args) {
    const started = startGit(cwd, args);
    const exited = started.ended.then((ended) => {
        if (ended.kind === 'failed')
            throw cannotRun(cwd, args, ended.code, ended.message);
        if (ended.exitCode !== 0)
            throw gitFailed(cwd, args, ended.exitCode, ended.stderr);
    });
    // A caller that fails first may never await `exited`; its rejection is not an unhandled one.
    exited.catch(() => undefined);
    return {
        stdin: started.child.stdin,
        stdout: started.child.stdout,
        exited,
        stop: () => started.child.kill(),
    };
}
/** The git command as messages name it: `git diff -z …` (arguments as given, unquoted). */
function commandLine(args) {
    return ['git', ...args].join(' ');
}
function cannotRun(cwd, args, code, message) {
    const missing = code === 'ENOENT';
    const why = !missing
        ? message
        : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd)
            ? 'git is not installed or not on PATH'
            : 'the directory does not exist';
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`cannot run \`git ${args[0] ?? ''}\`: ${why}`, {
        where: cwd,
        hint: missing && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(cwd) ? 'install git and make sure it is on PATH' : undefined,
    });
}
function gitFailed(cwd, args, exitCode, stderr) {
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`\`${commandLine(args)}\` failed (exit ${exitCode})${stderr ? `: ${stderr}` : ''}`, {
        where: cwd,
        hint: stderr.includes('not a git repository') ? 'run from a git checkout or pass --repo DIR' : undefined,
    });
}
/** The single `spawn` of git: the cleaned environment, all three streams piped, one settled outcome. */
function startGit(cwd, args) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const ended = new Promise((resolvePromise) => {
        let settled = false;
        child.on('error', (error) => {
            if (settled)
                return;
            settled = true;
            resolvePromise({ kind: 'failed', code: error.code, message: error.message });
        });
        child.on('close', (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            if (exitCode === null) {
                resolvePromise({
                    kind: 'failed',
                    code: undefined,
                    message: `killed with ${signal ?? 'a signal'}: ${commandLine(args)}`,
                });
                return;
            }
            resolvePromise({ kind: 'exited', exitCode, stderr: Buffer.concat(stderr).toString('utf8').trim() });
        });
    });
    return { child, ended };
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

/***/ 81651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ assertNever)
/* harmony export */ });
/**
 * The end of an exhaustive `switch` (docs/design.md decision 5): the argument's type is `never` when
 * every variant is handled, so a new variant is a compile error at each `switch` that must handle it.
 * Reached at run time only when a value escaped its type (a bug), so the error is a plain `Error`.
 */
function assertNever(value) {
    throw new Error(`unhandled variant: ${JSON.stringify(value)}`);
}


/***/ })

};
