export const id = 658;
export const ids = [658];
export const modules = {

/***/ 31658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Xq: () => (/* binding */ planSummaryMarkdown),
/* harmony export */   hd: () => (/* binding */ planLogLines),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31517);
/**
 * How a plan is shown: log lines and the job summary. Pure string building; the caller writes them.
 */

/**
 * Plain-text lines for the Actions log, one per fact: CR and LF inside repository data (a file
 * name, a lane title) are shown as `\r` and `\n`, so no value can start a log line of its own.
 * The caller also fences the lines with `::stop-commands::` (README "Security").
 */
function planLogLines(plan, context) {
    const selected = plan.lanes.filter((lane) => lane.selected).length;
    const width = Math.max(0, ...plan.lanes.map((lane) => oneLine(lane.id).length));
    return [
        `event: ${oneLine(plan.event)}`,
        `base: ${oneLine(plan.base ?? '-')}`,
        `head: ${oneLine(plan.head ?? '-')}`,
        `diff: ${plan.diff_source} — ${oneLine(context.how)}`,
        `manifest: ${oneLine(context.manifest)}`,
        `${selected} of ${plan.lanes.length} lanes selected`,
        ...plan.lanes.map((lane) => `  ${lane.selected ? 'run ' : 'skip'}  ${oneLine(lane.id).padEnd(width)}  ${oneLine(lane.reason)}`),
    ];
}
/** Text on one log line: CR, LF and other line breaks escaped visibly. */
function oneLine(text) {
    return text.replace(/[\r\n\u2028\u2029\u0085]/g, (c) => c === '\r' ? '\\r' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Markdown for `$GITHUB_STEP_SUMMARY`. */
function planSummaryMarkdown(plan, context) {
    const selected = plan.lanes.filter((lane) => lane.selected).length;
    const lines = [
        '## pikaci plan',
        '',
        `**${selected} of ${plan.lanes.length} lanes selected** for \`${plan.event}\`.`,
        '',
        `- base: ${commit(plan.base)}`,
        `- head: ${commit(plan.head)}`,
        `- diff: **${plan.diff_source}** — ${markdownText(context.how)}`,
        `- manifest: ${markdownText(context.manifest)}`,
    ];
    for (const warning of context.warnings)
        lines.push(`- ⚠️ ${markdownText(warning)}`);
    lines.push('', '| lane | title | | reason |', '| --- | --- | --- | --- |');
    for (const lane of plan.lanes) {
        lines.push(`| \`${markdownText(lane.id)}\` | ${markdownText(lane.title)} | ${lane.selected ? '✅ run' : '⏭️ skip'} | ${markdownText(lane.reason)} |`);
    }
    if (plan.lanes.length === 0)
        lines.push('| | | | the manifest has no lanes in this group |');
    return `${lines.join('\n')}\n`;
}
function commit(sha) {
    return sha === null ? '—' : `\`${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(sha)}\``;
}
/**
 * Repository text inside generated Markdown (README "Security"): line breaks become spaces and `|` is
 * escaped, so a value stays in its table cell; `&`, `<` and `>` become entities, so a file name
 * cannot add HTML. Backticks are kept: reasons quote file names and patterns in code spans.
 */
function markdownText(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
        .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c])
        .replace(/\|/g, '\\|');
}


/***/ }),

/***/ 24157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHANGE_STATUSES: () => (/* reexport */ CHANGE_STATUSES),
  GIT_REDIRECTING_ENV: () => (/* reexport */ GIT_REDIRECTING_ENV),
  changesSince: () => (/* reexport */ changesSince),
  createGit: () => (/* reexport */ createGit),
  gitEnvironment: () => (/* reexport */ gitEnvironment),
  parseChangedList: () => (/* reexport */ parseChangedList),
  parseNameStatusZ: () => (/* reexport */ parseNameStatusZ),
  pathsOfChanges: () => (/* reexport */ pathsOfChanges),
  readChangedFrom: () => (/* reexport */ readChangedFrom),
  repoRoot: () => (/* reexport */ repoRoot),
  runGit: () => (/* reexport */ runGit),
  streamGit: () => (/* reexport */ streamGit)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/toml/index.ts + 3 modules
var toml = __webpack_require__(4509);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/git/changes.ts
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
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if ((0,external_node_buffer_.isUtf8)(buffer))
        return buffer.toString('utf8').split('\0');
    const fields = [];
    let start = 0;
    for (;;) {
        const end = buffer.indexOf(0, start);
        const field = buffer.subarray(start, end === -1 ? buffer.length : end);
        const decoded = field.toString('utf8');
        if (!(0,external_node_buffer_.isUtf8)(field))
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
    const entries = typeof input !== 'string'
        ? input.includes(0)
            ? decodeNulSeparated(input, onInvalid)
            : decodeLines(input, onInvalid)
        : input.includes('\0')
            ? input.split('\0')
            : input.split('\n').map((line) => line.replace(/\r$/, ''));
    return [...new Set(entries.filter((entry) => entry.trim() !== ''))];
}
function decodeLines(bytes, onInvalid) {
    return decodeNulSeparated(Buffer.from(bytes).map((byte) => (byte === 0x0a ? 0 : byte)), onInvalid).map((line) => line.replace(/\r$/, ''));
}
/** Read `--changed-from FILE|-`: a file, or standard input for `-`. */
async function readChangedFrom(source, stdin = process.stdin, warn = (message) => process.stderr.write(`warning: ${message}\n`)) {
    if (source === '') {
        throw new errors/* InputError */.dz('--changed-from needs a file name, or `-` for standard input');
    }
    let bytes;
    try {
        bytes = source === '-' ? await readStream(stdin) : await (0,promises_.readFile)(source);
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
        throw new errors/* InputError */.dz(`cannot read the changed-file list \`${source}\`: ${why}`, {
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/git/run.ts
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
        : (0,external_node_fs_.existsSync)(cwd)
            ? 'git is not installed or not on PATH'
            : 'the directory does not exist';
    return new errors/* PikaciError */.uy(`cannot run \`git ${args[0] ?? ''}\`: ${why}`, {
        where: cwd,
        hint: missing && (0,external_node_fs_.existsSync)(cwd) ? 'install git and make sure it is on PATH' : undefined,
    });
}
function gitFailed(cwd, args, exitCode, stderr) {
    return new errors/* PikaciError */.uy(`\`${commandLine(args)}\` failed (exit ${exitCode})${stderr ? `: ${stderr}` : ''}`, {
        where: cwd,
        hint: stderr.includes('not a git repository') ? 'run from a git checkout or pass --repo DIR' : undefined,
    });
}
/** The single `spawn` of git: the cleaned environment, all three streams piped, one settled outcome. */
function startGit(cwd, args) {
    const child = (0,external_node_child_process_.spawn)('git', args, { cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
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

;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * The few git operations planning needs, behind one small interface so the selection core never
 * talks to git and tests can run the real thing against repositories they build.
 */





/**
 * The top level of the git working tree that contains `cwd`, else `cwd` itself (resolved): outside a
 * repository, or without git, the state root and the default manifest and catalog are found there.
 */
async function repoRoot(cwd = process.cwd()) {
    const top = await runGit(cwd, ['rev-parse', '--show-toplevel']).then((result) => result.stdout.toString('utf8').trim(), () => '');
    return top === '' ? (0,external_node_path_.resolve)(cwd) : top;
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
            throw new errors/* InputError */.dz(`unknown revision \`${rev}\`: no such commit in the repository`, {
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
            throw new errors/* InputError */.dz(`fetch depth must be a positive integer, got ${depth}`);
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
            return parseNameStatusZ(result.stdout, (name) => this.warn(invalidUtf8Warning(name)));
        }
        catch (error) {
            throw new errors/* PikaciError */.uy(`cannot read \`git diff\` output for ${base}..${head}`, {
                where: this.dir,
                cause: error,
            });
        }
    }
    async changedFiles(base, head) {
        return pathsOfChanges(await this.diff(base, head));
    }
    async showFile(rev, path) {
        const result = await this.run(['cat-file', 'blob', `${rev}:${path}`], [0, 128]);
        if (result.exitCode !== 0) {
            throw new errors/* InputError */.dz(`no file \`${path}\` at revision \`${rev}\``, {
                where: this.dir,
                hint: 'check the path (repo-relative) and that the revision is fetched',
            });
        }
        // Shown files are TOML manifests: invalid UTF-8 is an error at its line, never replaced.
        return (0,toml/* decodeUtf8 */._6)(result.stdout, `${rev}:${path}`);
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
            ...decodeNulSeparated(edited.stdout, (name) => this.warn(invalidUtf8Warning(name))),
            ...decodeNulSeparated(untracked.stdout, (name) => this.warn(invalidUtf8Warning(name))),
        ];
        return [...new Set(names.filter((name) => name !== ''))].sort();
    }
    /** Run git here (`runGit`: the cleaned environment, one error shape); exit codes outside `expected` throw. */
    run(args, expected = [0]) {
        return runGit(this.dir, args, { exitCodes: expected });
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
        throw new errors/* InputError */.dz(`\`${base}\` and \`${head}\` have no common history here`, {
            where: git.dir,
            hint: shallow
                ? 'this is a shallow clone: fetch more history (git fetch --deepen=100, or fetch-depth: 0)'
                : 'pass a --base that shares history with --head, or list the files with --changed-from',
        });
    }
    return { base: baseId, head: headId, from, paths: await git.changedFiles(from, headId) };
}

;// CONCATENATED MODULE: ./src/git/index.ts
/**
 * git, reached through one small interface: changed files between explicit revisions, history checks,
 * the repository root; and the one runner every git process of the project is started by (`run.ts`).
 */





/***/ }),

/***/ 31517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bq: () => (/* reexport */ PR_FILES_API_CAP),
  createCompletedCheckRun: () => (/* reexport */ createCompletedCheckRun),
  cq: () => (/* reexport */ listPullRequestFiles),
  listWorkflowRunJobs: () => (/* reexport */ listWorkflowRunJobs),
  bz: () => (/* reexport */ parseGroupInput),
  uN: () => (/* reexport */ parseLaneRequest),
  j_: () => (/* reexport */ readEvent),
  jr: () => (/* reexport */ resolveDiffRange),
  h0: () => (/* reexport */ range_short)
});

// UNUSED EXPORTS: DEFAULT_API_URL, ZERO_SHA, downloadArtifactZip, downloadRuns, listRunArtifacts, parseEvent, splitRepository

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/github/event.ts
/**
 * The workflow event, read from `GITHUB_EVENT_NAME` and the JSON file at `GITHUB_EVENT_PATH`.
 * Only the fields the plan uses are parsed; everything else in the payload is ignored.
 */



const sha = schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/, 'expected a 40-character hex commit SHA');
/** A PR side's repository: its `full_name`, `deleted` for an explicit null (a deleted fork), absent when not sent. */
const repoRef = schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() })
    .nullable()
    .optional()
    .transform((repo) => repo === undefined ? undefined : repo === null ? 'deleted' : repo.full_name);
const pullRequestPayload = schemas/* object */.Ikc({
    pull_request: schemas/* object */.Ikc({
        number: schemas/* number */.aig().int().positive(),
        base: schemas/* object */.Ikc({ sha, ref: schemas/* string */.YjP().optional(), repo: repoRef }),
        head: schemas/* object */.Ikc({ sha, ref: schemas/* string */.YjP().optional(), repo: repoRef }),
        changed_files: schemas/* number */.aig().int().nonnegative().optional(),
    }),
});
const pushPayload = schemas/* object */.Ikc({
    ref: schemas/* string */.YjP().optional(),
    before: sha,
    after: sha,
    forced: schemas/* boolean */.zMY().optional(),
});
const mergeGroupPayload = schemas/* object */.Ikc({
    merge_group: schemas/* object */.Ikc({ base_sha: sha, head_sha: sha }),
});
/** All zeros: the `before` of a push that created the branch. */
const ZERO_SHA = '0'.repeat(40);
/**
 * Parse the event payload text for `name`. `where` names the payload file in messages.
 * Throws `InputError` naming the file, the key path and what was expected.
 */
function parseEvent(name, payloadText, where) {
    let payload;
    try {
        payload = JSON.parse(payloadText);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`event payload is not valid JSON (${error.message})`, {
            where,
            hint: 'GITHUB_EVENT_PATH must point at the JSON event payload the runner writes',
        });
    }
    switch (name) {
        case 'pull_request':
        case 'pull_request_target': {
            const { pull_request: pr } = validate(pullRequestPayload, payload, name, where);
            return {
                kind: 'pull_request',
                name,
                pullRequest: {
                    number: pr.number,
                    baseSha: pr.base.sha,
                    headSha: pr.head.sha,
                    changedFiles: pr.changed_files ?? null,
                    headRepository: pr.head.repo ?? null,
                    baseRepository: pr.base.repo === 'deleted' ? null : (pr.base.repo ?? null),
                },
            };
        }
        case 'push': {
            const push = validate(pushPayload, payload, name, where);
            return {
                kind: 'push',
                name,
                ref: push.ref ?? null,
                before: push.before,
                after: push.after,
                forced: push.forced ?? false,
            };
        }
        case 'merge_group': {
            const { merge_group: group } = validate(mergeGroupPayload, payload, name, where);
            return { kind: 'merge_group', name, baseSha: group.base_sha, headSha: group.head_sha };
        }
        case 'schedule':
            return { kind: 'schedule', name };
        case 'workflow_dispatch':
            return { kind: 'workflow_dispatch', name };
        default:
            return { kind: 'other', name };
    }
}
/** Read the event the runner describes in `env` (`GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`). */
async function readEvent(env = process.env) {
    const name = env['GITHUB_EVENT_NAME']?.trim();
    if (!name) {
        throw new errors/* InputError */.dz('GITHUB_EVENT_NAME is not set', {
            hint: 'run the plan step inside a GitHub Actions workflow (or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH)',
        });
    }
    const path = env['GITHUB_EVENT_PATH']?.trim();
    if (!path) {
        throw new errors/* InputError */.dz(`GITHUB_EVENT_PATH is not set (event \`${name}\`)`, {
            hint: 'the runner sets it to the JSON event payload; set it when running the action by hand',
        });
    }
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`cannot read the event payload (${error.message})`, { where: path });
    }
    return parseEvent(name, text, path);
}
function validate(schema, payload, name, where) {
    const result = schema.safeParse(payload);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const key = issue.path.length === 0 ? '(root)' : issue.path.join('.');
    throw new errors/* InputError */.dz(`\`${name}\` event payload: \`${key}\`: ${issue.message}`, {
        where,
        hint: `the plan step reads ${describeFields(name)} from the payload`,
    });
}
function describeFields(name) {
    switch (name) {
        case 'push':
            return '`before`, `after` and `forced`';
        case 'merge_group':
            return '`merge_group.base_sha` and `merge_group.head_sha`';
        default:
            return '`pull_request.number`, `pull_request.base.sha` and `pull_request.head.sha`';
    }
}

;// CONCATENATED MODULE: ./src/github/range.ts


function resolveDiffRange(event, options) {
    if (options.group === 'nightly' && event.kind !== 'workflow_dispatch') {
        return rule('nightly', { kind: 'all' }, `\`group: nightly\` on ${event.name}: every nightly lane`);
    }
    switch (event.kind) {
        case 'pull_request': {
            const pr = event.pullRequest;
            return {
                kind: 'diff',
                compare: 'merge-base',
                base: pr.baseSha,
                head: pr.headSha,
                // pull_request_target runs with the base repository's secrets: the PR must not choose its lanes.
                manifestRevision: event.name === 'pull_request_target' ? pr.baseSha : null,
                pullRequest: pr,
            };
        }
        case 'push':
            if (event.before === ZERO_SHA) {
                return rule('branch', { kind: 'all' }, `push created ${event.ref ?? 'the branch'} (\`before\` is the zero SHA): nothing to diff, every branch lane`, event.after);
            }
            if (event.forced) {
                return rule('branch', { kind: 'all' }, `force push to ${event.ref ?? 'the branch'}: \`before\` ${range_short(event.before)} is not in the new history, every branch lane`, event.after);
            }
            return {
                kind: 'diff',
                compare: 'two-dot',
                base: event.before,
                head: event.after,
                manifestRevision: null,
                pullRequest: null,
            };
        case 'merge_group':
            return {
                kind: 'diff',
                compare: 'two-dot',
                base: event.baseSha,
                head: event.headSha,
                manifestRevision: null,
                pullRequest: null,
            };
        case 'schedule':
            return options.group === 'branch'
                ? rule('branch', { kind: 'all' }, 'schedule with `group: branch`: nothing to diff, every branch lane')
                : rule('nightly', { kind: 'all' }, 'schedule: every nightly lane');
        case 'workflow_dispatch': {
            const group = options.group ?? 'branch';
            return options.lanes.kind === 'all'
                ? rule(group, options.lanes, `workflow_dispatch: every ${group} lane`)
                : rule(group, options.lanes, 'workflow_dispatch: named in the `lanes` input');
        }
        case 'other':
            return rule('branch', { kind: 'all' }, `event \`${event.name}\` carries no diff range: every branch lane`);
    }
}
/** Parse the `lanes` input: empty or `all` ⇒ every lane, else comma/whitespace-separated ids. */
function parseLaneRequest(input) {
    const ids = input
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
    if (ids.length === 0 || (ids.length === 1 && ids[0] === 'all'))
        return { kind: 'all' };
    if (ids.includes('all')) {
        throw new errors/* InputError */.dz(`\`lanes\` input mixes \`all\` with lane ids: ${JSON.stringify(input)}`, {
            where: 'input `lanes`',
            hint: 'give either `all` or a comma-separated list of lane ids',
        });
    }
    return { kind: 'ids', ids: [...new Set(ids)] };
}
/** Parse the `group` input: empty ⇒ the event decides. */
function parseGroupInput(input) {
    const value = input.trim();
    if (value === '')
        return null;
    if (value === 'branch' || value === 'nightly')
        return value;
    throw new errors/* InputError */.dz(`\`group\` input must be \`branch\`, \`nightly\` or empty, got ${JSON.stringify(value)}`, {
        where: 'input `group`',
    });
}
function rule(group, lanes, reason, head = null) {
    return { kind: 'rule', group, lanes, reason, head };
}
function range_short(commit) {
    return commit.slice(0, 12);
}

;// CONCATENATED MODULE: ./src/github/pr-files.ts
/**
 * The PR files REST endpoint (`GET /repos/{owner}/{repo}/pulls/{n}/files`), the stand-in for git
 * history a shallow checkout lacks. GitHub returns at most 3000 files for a PR.
 */

/** The endpoint's documented cap: a PR with more files lists only the first 3000. */
const PR_FILES_API_CAP = 3000;
async function listPullRequestFiles(request) {
    const [owner, repo, ...rest] = request.repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* PikaciError */.uy(`GITHUB_REPOSITORY must be \`owner/name\`, got ${JSON.stringify(request.repository)}`);
    }
    // Imported here, not at the top: @actions/github parses GITHUB_EVENT_PATH on import and costs
    // start-up time that the git path does not need.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(request.token, request.apiUrl ? { baseUrl: request.apiUrl } : {});
    const files = [];
    let entries = 0;
    try {
        const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
            owner,
            repo,
            pull_number: request.number,
            per_page: 100,
        });
        for await (const page of pages) {
            for (const entry of page.data) {
                entries++;
                files.push(entry.filename);
                if (entry.previous_filename)
                    files.push(entry.previous_filename);
            }
        }
    }
    catch (error) {
        throw new errors/* PikaciError */.uy(`listing the files of PR #${request.number} in ${request.repository} failed: ${error.message}`, {
            hint: 'the token needs `pull-requests: read` (and `contents: read`); or check out with `fetch-depth: 0`',
            cause: error,
        });
    }
    return { files, entries, truncated: entries >= PR_FILES_API_CAP };
}

;// CONCATENATED MODULE: ./src/github/rest.ts
/**
 * What every REST call here needs: a token, the `owner/name` repository and the API base URL
 * (`GITHUB_API_URL`, for GHES or a test stand-in). Octokit is imported lazily: @actions/github
 * reads the event file on import and costs start-up time the git-only paths do not need.
 */

const rest_DEFAULT_API_URL = 'https://api.github.com';
function rest_splitRepository(repository, where = 'GITHUB_REPOSITORY') {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* InputError */.dz(`${where} must be \`owner/name\`, got ${JSON.stringify(repository)}`, { where });
    }
    return { owner, repo };
}
async function rest_octokitFor(target) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    return getOctokit(target.token, target.apiUrl ? { baseUrl: target.apiUrl } : {});
}
/** The HTTP status of an Octokit `RequestError`, else null. */
function rest_httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
/** Wrap a failed REST call: what was attempted, the status, and what usually fixes it. */
function restError(what, error, hint) {
    const status = rest_httpStatus(error);
    return new errors/* PikaciError */.uy(`${what} failed${status === null ? '' : ` (HTTP ${status})`}: ${error.message}`, {
        hint,
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/github/jobs.ts
/**
 * The jobs of the current workflow run (`GET /repos/{o}/{r}/actions/runs/{id}/jobs?filter=latest`):
 * the only place a later job can read each matrix leg's own conclusion, since `needs.<job>.result`
 * folds every leg into one value. `filter=latest` keeps the newest attempt of each re-run job.
 */

async function listWorkflowRunJobs(target, runId) {
    const { owner, repo } = rest_splitRepository(target.repository);
    const octokit = await rest_octokitFor(target);
    try {
        const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
            owner,
            repo,
            run_id: runId,
            filter: 'latest',
            per_page: 100,
        });
        return jobs.map((job) => ({
            name: job.name,
            status: job.status,
            conclusion: job.conclusion ?? null,
            html_url: job.html_url ?? null,
            run_attempt: job.run_attempt ?? null,
            started_at: job.started_at ?? null,
            completed_at: job.completed_at ?? null,
        }));
    }
    catch (error) {
        throw restError(`listing the jobs of workflow run ${runId} in ${target.repository}`, error, 'the token needs `actions: read`');
    }
}

;// CONCATENATED MODULE: ./src/github/checks.ts
/**
 * Completed check runs (`POST /repos/{o}/{r}/check-runs`), used for the per-lane `skipped` checks.
 * Fork PRs get a read-only token, so callers treat a failure here as a warning.
 */

const MAX_CHECK_TEXT = 65_535;
async function createCompletedCheckRun(target, check) {
    const { owner, repo } = rest_splitRepository(target.repository);
    const octokit = await rest_octokitFor(target);
    try {
        const response = await octokit.rest.checks.create({
            owner,
            repo,
            name: check.name,
            head_sha: check.headSha,
            status: 'completed',
            conclusion: check.conclusion,
            completed_at: new Date().toISOString(),
            ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
            output: { title: check.title, summary: check.summary.slice(0, MAX_CHECK_TEXT) },
        });
        return response.data.id;
    }
    catch (error) {
        throw restError(`creating the check run \`${check.name}\` in ${target.repository}`, error, 'the workflow needs `permissions: checks: write` (a fork PR gets a read-only token and cannot create check runs)');
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/github/artifacts.ts
/**
 * Workflow-run artifacts over REST: list a run's artifacts and stream one artifact's zip to a
 * file. The zip endpoint answers with a redirect to blob storage, which is fetched without the
 * token (the signed URL is the credential, and the token must not leave GitHub's API host).
 */





async function artifacts_listRunArtifacts(target, runId) {
    const { owner, repo } = splitRepository(target.repository, '--repo');
    const octokit = await octokitFor(target);
    try {
        const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
            owner,
            repo,
            run_id: runId,
            per_page: 100,
        });
        return artifacts.map((artifact) => ({
            id: artifact.id,
            name: artifact.name,
            size_in_bytes: artifact.size_in_bytes,
            expired: artifact.expired,
            expires_at: artifact.expires_at ?? null,
        }));
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 404) {
            throw new InputError(`workflow run ${runId} of ${target.repository} not found (HTTP 404 from ${target.apiUrl ?? DEFAULT_API_URL})`, {
                where: '--repo / --run-id',
                hint: 'check the repository name and the run id (the number in the run URL …/actions/runs/<id>); a private repository also answers 404 when the token cannot read it',
            });
        }
        if (status === 401 || status === 403) {
            throw new InputError(`the token was refused listing artifacts of ${target.repository} (HTTP ${status})`, {
                where: 'GITHUB_TOKEN / GH_TOKEN',
                hint: 'use a token that can read Actions of this repository (`actions: read`, or `repo` for a classic token)',
            });
        }
        throw new PikaciError(`listing the artifacts of run ${runId} failed: ${error.message}`, {
            cause: error,
        });
    }
}
/** Stream artifact `artifactId`'s zip into `destFile`, reporting progress as bytes arrive. */
async function artifacts_downloadArtifactZip(target, artifact, destFile, onProgress = () => undefined) {
    const { owner, repo } = splitRepository(target.repository, '--repo');
    const base = (target.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    const url = `${base}/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`;
    let response = await fetch(url, {
        redirect: 'manual',
        headers: {
            authorization: `Bearer ${target.token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'pikaci-download',
        },
    });
    if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        if (!location)
            throw new PikaciError(`artifact ${artifact.name}: redirect without a location (HTTP ${response.status})`);
        response = await fetch(new URL(location, url));
    }
    if (response.status === 410) {
        throw new PikaciError(`artifact ${artifact.name} has expired (HTTP 410)`, {
            hint: 'artifacts are kept for the retention period only (`retention-days`); rerun the lane to get a new one',
        });
    }
    if (!response.ok || response.body === null) {
        const detail = (await response.text().catch(() => '')).slice(0, 300);
        throw new PikaciError(`downloading artifact ${artifact.name} failed (HTTP ${response.status}) ${detail}`.trim());
    }
    const lengthHeader = response.headers.get('content-length');
    const total = lengthHeader === null ? null : Number(lengthHeader);
    let bytes = 0;
    const counter = new Transform({
        transform(chunk, _encoding, callback) {
            bytes += chunk.length;
            onProgress({ bytes, total });
            callback(null, chunk);
        },
    });
    await pipeline(Readable.fromWeb(response.body), counter, createWriteStream(destFile));
    return bytes;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
;// CONCATENATED MODULE: ./src/github/download-runs.ts
/**
 * `pikaci download`: fetch the `pikaci-<lane>-<attempt>` artifacts of a workflow run and unpack
 * each into `<state root>/runs/<run_id>`, so `pikaci list/status/logs` work offline. Records hold
 * absolute paths of the runner's state root; they are rewritten to the local one on the way in.
 * Each run is unpacked into a temporary directory first and renamed into place, so an interrupted
 * download never leaves a half run behind, and a run already present is left untouched.
 */









const ARTIFACT_NAME = /^pikaci-(.+)-(\d+)$/;
const PROGRESS_THRESHOLD_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
async function downloadRuns(options) {
    const all = await listRunArtifacts(options.target, options.workflowRunId);
    const ours = [];
    for (const artifact of all) {
        const match = ARTIFACT_NAME.exec(artifact.name);
        if (match)
            ours.push({ ...artifact, lane: match[1], attempt: Number(match[2]) });
    }
    if (ours.length === 0) {
        throw new InputError(`workflow run ${options.workflowRunId} of ${options.target.repository} has no pikaci artifacts`, {
            hint: all.length > 0
                ? `its artifacts are: ${all.map((a) => a.name).join(', ')}`
                : 'the run uploaded no artifacts (or they were deleted)',
        });
    }
    const lanes = [...new Set(ours.map((a) => a.lane))].sort();
    if (options.lane !== undefined && !lanes.includes(options.lane)) {
        const near = closest(options.lane, lanes);
        throw new InputError(`workflow run ${options.workflowRunId} has no artifact for lane \`${options.lane}\``, {
            where: '--lane',
            hint: `${near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(', ')}? ` : ''}lanes with artifacts: ${lanes.join(', ')}`,
        });
    }
    // The newest attempt of each lane: a re-run's records supersede the earlier attempt's.
    const chosen = lanes
        .filter((lane) => options.lane === undefined || lane === options.lane)
        .map((lane) => ours.filter((a) => a.lane === lane).sort((a, b) => b.attempt - a.attempt)[0]);
    const live = chosen.filter((artifact) => !artifact.expired);
    for (const artifact of chosen.filter((a) => a.expired)) {
        options.log(`artifact ${artifact.name} has expired${artifact.expires_at ? ` (${artifact.expires_at})` : ''}; skipped`);
    }
    if (live.length === 0) {
        throw new PikaciError(`the artifact${chosen.length > 1 ? 's' : ''} ${chosen.map((a) => a.name).join(', ')} of run ${options.workflowRunId} expired`, {
            hint: "artifacts are kept for the retention period only (the run step's `retention-days`); rerun the lane for fresh records",
        });
    }
    await ensureWritableStateRoot(options.stateRoot);
    const downloaded = [];
    for (const artifact of live) {
        for (const runId of await fetchArtifact(options, artifact)) {
            downloaded.push({ ...runId, artifact: artifact.name, lane: artifact.lane, attempt: artifact.attempt });
        }
    }
    return downloaded;
}
async function fetchArtifact(options, artifact) {
    const runs = runsDir(options.stateRoot);
    const scratch = join(runs, `.download-${randomUUID()}`);
    const zipFile = `${scratch}.zip`;
    await mkdir(scratch, { recursive: true });
    try {
        const large = artifact.size_in_bytes >= PROGRESS_THRESHOLD_BYTES;
        options.log(`downloading ${artifact.name} (${mebibytes(artifact.size_in_bytes)})`);
        let nextReport = 10;
        await downloadArtifactZip(options.target, artifact, zipFile, ({ bytes, total }) => {
            const size = total ?? artifact.size_in_bytes;
            if (!large || size <= 0)
                return;
            const percent = Math.floor((bytes / size) * 100);
            if (percent >= nextReport) {
                options.log(`  ${artifact.name}: ${Math.min(percent, 100)}% (${mebibytes(bytes)} of ${mebibytes(size)})`);
                nextReport = Math.floor(percent / 10) * 10 + 10;
            }
        });
        await extractZip(zipFile, scratch, artifact.name);
        const results = [];
        for (const runId of await readdir(scratch)) {
            if (!isRunId(runId))
                throw new PikaciError(`artifact ${artifact.name} holds \`${runId}\`, which is not a run directory`);
            const dest = join(runs, runId);
            if (await stat(dest).catch(() => null)) {
                options.log(`run ${runId} is already in ${runs}; left as it is`);
                results.push({ runId, status: 'already present' });
                continue;
            }
            await relocateRun(join(scratch, runId), dest);
            await rename(join(scratch, runId), dest);
            results.push({ runId, status: 'downloaded' });
        }
        return results;
    }
    finally {
        await rm(scratch, { recursive: true, force: true });
        await rm(zipFile, { force: true });
    }
}
/** Unzip refusing entries that would land outside `dest` (absolute paths, `..`). */
async function extractZip(zipFile, dest, name) {
    const { Parse } = await __webpack_require__.e(/* import() */ 991).then(__webpack_require__.t.bind(__webpack_require__, 33991, 19));
    const writes = [];
    const parser = Parse();
    parser.on('entry', (entry) => {
        const path = normalize(entry.path);
        if (isAbsolute(path) || path.split(sep).includes('..')) {
            entry.autodrain();
            parser.emit('error', new PikaciError(`artifact ${name} holds an unsafe path: ${JSON.stringify(entry.path)}`));
            return;
        }
        if (entry.type === 'Directory') {
            entry.autodrain();
            return;
        }
        const target = join(dest, path);
        writes.push(mkdir(dirname(target), { recursive: true }).then(() => pipeline(entry, createWriteStream(target))));
    });
    try {
        await pipeline(createReadStream(zipFile), parser);
        await Promise.all(writes);
    }
    catch (error) {
        throw new PikaciError(`artifact ${name} is not a readable zip: ${error.message}`, {
            cause: error,
        });
    }
}
/**
 * Rewrite the runner's absolute paths under its run directory to `finalDir`, where the run will
 * live (run.json and each job's status.json, in `runDir` before it is moved there).
 */
async function relocateRun(runDir, finalDir) {
    const runJson = join(runDir, 'run.json');
    const run = RunRecordSchema.parse(JSON.parse(await readFile(runJson, 'utf8')));
    const firstJob = run.jobs[0];
    const oldRunDir = run.plan_path
        ? dirname(run.plan_path)
        : firstJob
            ? dirname(dirname(dirname(firstJob.host_log_path)))
            : null;
    if (oldRunDir === null || oldRunDir === finalDir)
        return;
    const move = (value) => {
        if (typeof value === 'string') {
            return value === oldRunDir || value.startsWith(`${oldRunDir}/`)
                ? finalDir + value.slice(oldRunDir.length)
                : value;
        }
        if (Array.isArray(value))
            return value.map(move);
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, move(inner)]));
        }
        return value;
    };
    await writeRecord(runJson, RunRecordSchema, RunRecordSchema.parse(move(run)));
    for (const job of run.jobs) {
        const statusJson = join(runDir, 'jobs', job.id, 'status.json');
        const text = await readFile(statusJson, 'utf8').catch(() => null);
        if (text === null)
            continue;
        await writeRecord(statusJson, JobRecordSchema, JobRecordSchema.parse(move(JSON.parse(text))));
    }
}
function mebibytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./src/github/index.ts
/** The GitHub side: the workflow event, its diff range, and the REST endpoints the action and CLI use. */










/***/ }),

/***/ 41341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  es: () => (/* reexport */ GUEST_PATHS),
  z0: () => (/* reexport */ TerminalResultSchema),
  C7: () => (/* reexport */ buildGuestRequest),
  iF: () => (/* reexport */ guestRunnerScript)
});

// UNUSED EXPORTS: ENV_NAME_PATTERN, GUEST_REQUEST_SCHEMA_VERSION, GUEST_USER, GuestEventSchema, GuestRequestSchema, GuestStatusSchema, LIFECYCLE_SCHEMA_VERSION, LIFECYCLE_STATES, LifecycleStateSchema, MAX_GUEST_TIMEOUT_SECS, guestRunnerScriptPath, parseEvents, parseGuestStatus, parseTerminalResult, renderGuestRequest, runStatusOfResult

;// CONCATENATED MODULE: ./src/guest/paths.ts
/**
 * Guest paths of the Incus runtime (docs/guest-protocol.md "Paths"; docs/upstream.md, executor 5.1).
 * The image, the guest runner script and the host-side executor all use these; change them together.
 */
const GUEST_PATHS = {
    runtimeStateDir: '/run/pika-cloud',
    request: '/run/pika-cloud/guest-request.json',
    /** pikaci-action's shell-readable companion of the request (docs/guest-protocol.md "Request files"). */
    requestEnv: '/run/pika-cloud/guest-request.env',
    status: '/run/pika-cloud/status.json',
    events: '/run/pika-cloud/events.jsonl',
    /** The last event's `seq`, for the next writer of events.jsonl; not collected by the host. */
    eventsSeq: '/run/pika-cloud/events.jsonl.seq',
    result: '/run/pika-cloud/result.json',
    logsDir: '/run/pika-cloud/logs',
    guestLog: '/run/pika-cloud/logs/guest.log',
    artifactsDir: '/run/pika-cloud/artifacts',
    xdgStateHome: '/run/pika-cloud/xdg-state',
    xdgCacheHome: '/cargo-home/xdg-cache',
    cargoHome: '/cargo-home',
    cargoTarget: '/cargo-target',
    snapshot: '/workspace/snapshot',
    stagedWorkspaceDeps: '/staged/linux-rust/workspace-deps',
    stagedWorkspaceBuild: '/staged/linux-rust/workspace-build',
    rootHome: '/root',
    userHome: '/home/pikaci',
    /** Where the NixOS image bakes the runner in (`pikaci-image.nix`). */
    runner: '/run/current-system/sw/bin/pikaci-incus-run',
    /** Where the executor pushes the runner when the image lacks it (outside the collected state dir). */
    pushedRunner: '/run/pikaci/pikaci-incus-run',
    lifecycle: '/run/current-system/sw/bin/pika-cloud-lifecycle',
};
/** The unprivileged guest user the runner switches to unless `run_as_root` (uid 1000). */
const GUEST_USER = 'pikaci';

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
;// CONCATENATED MODULE: ./src/guest/request.ts
/**
 * The guest request and its shell-readable companion (docs/guest-protocol.md "Request files";
 * docs/upstream.md, executor 5.2, schema_version 2).
 *
 * The host writes two files side by side: `guest-request.json` (the upstream JSON, 2-space indent)
 * and `guest-request.env` (the same values as `KEY='value'` lines), which the POSIX sh runner sources
 * because a stock image has no JSON parser; its `PIKACI_REQUEST_SHA256` binds it to the JSON. Both
 * come from one validated object here. The optional `env` and `cwd` extend upstream v2 and are
 * omitted when unset, so a plain request is exactly the upstream shape.
 */





const GUEST_REQUEST_SCHEMA_VERSION = 2;
/** The runner accepts at most nine digits (it compares numbers in the shell; docs/guest-protocol.md "The runner"). */
const MAX_GUEST_TIMEOUT_SECS = 999_999_999;
const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Shell variables cannot hold NUL, so neither can anything that goes through the env file. */
const shellSafe = (what) => schemas/* string */.YjP().refine((value) => !value.includes('\0'), `${what} must not contain NUL characters`);
const GuestRequestSchema = schemas/* strictObject */.rej({
    schema_version: schemas/* literal */.euz(GUEST_REQUEST_SCHEMA_VERSION),
    command: shellSafe('command').pipe(schemas/* string */.YjP().min(1, 'command must be a non-empty string')),
    timeout_secs: schemas/* number */.aig().int().positive().max(MAX_GUEST_TIMEOUT_SECS),
    run_as_root: schemas/* boolean */.zMY(),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), shellSafe('env values'))
        .superRefine((env, ctx) => {
        for (const name of Object.keys(env)) {
            if (ENV_NAME_PATTERN.test(name))
                continue;
            ctx.addIssue({
                code: 'custom',
                path: [name],
                message: `env name \`${name}\` is not a variable name: use letters, digits and \`_\`, not starting with a digit`,
            });
        }
    })
        .optional(),
    cwd: shellSafe('cwd').pipe(schemas/* string */.YjP().startsWith('/', 'cwd must be an absolute guest path')).optional(),
});
/** The request for one job: its compiled command (docs/upstream.md, executor 0.2), root flag and timeout. */
function buildGuestRequest(job, options = {}) {
    const compiled = (0,model/* compileJobCommand */.OJ)(job);
    return renderGuestRequest({
        schema_version: GUEST_REQUEST_SCHEMA_VERSION,
        command: compiled.command,
        timeout_secs: job.timeout_secs,
        run_as_root: compiled.runAsRoot,
        ...(options.env && Object.keys(options.env).length > 0 ? { env: { ...options.env } } : {}),
        ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    });
}
/** Validate a request and render both files. Throws `InputError` naming the bad field. */
function renderGuestRequest(input) {
    const parsed = GuestRequestSchema.safeParse(input);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(request)';
        throw new errors/* InputError */.dz(`invalid guest request field \`${path}\`: ${issue?.message ?? 'invalid'}`, {
            where: 'guest request',
            hint: 'fields are schema_version (2), command, timeout_secs, run_as_root, and optionally env and cwd',
        });
    }
    const request = parsed.data;
    const json = `${JSON.stringify(request, null, 2)}\n`;
    return { request, json, envFile: renderEnvFile(request, json) };
}
function renderEnvFile(request, json) {
    const entries = Object.entries(request.env ?? {});
    const lines = [
        ['PIKACI_REQUEST_SHA256', (0,external_node_crypto_.createHash)('sha256').update(json).digest('hex')],
        ['PIKACI_REQUEST_COMMAND', request.command],
        ['PIKACI_REQUEST_TIMEOUT_SECS', String(request.timeout_secs)],
        ['PIKACI_REQUEST_RUN_AS_ROOT', String(request.run_as_root)],
        ['PIKACI_REQUEST_CWD', request.cwd ?? ''],
        ['PIKACI_REQUEST_ENV_COUNT', String(entries.length)],
    ];
    entries.forEach(([name, value], index) => {
        lines.push([`PIKACI_REQUEST_ENV_NAME_${index}`, name], [`PIKACI_REQUEST_ENV_VALUE_${index}`, value]);
    });
    const body = lines.map(([key, value]) => `${key}=${(0,shell/* shellQuote */.Z)(value)}`).join('\n');
    return `# guest-request.env: written with guest-request.json by pikaci-action; sourced by pikaci-incus-run\n${body}\n`;
}

;// CONCATENATED MODULE: ./src/guest/lifecycle.ts
/**
 * The guest lifecycle files (docs/guest-protocol.md "Lifecycle files"; docs/upstream.md, executor 0.4
 * and 5.4): `status.json`, `events.jsonl` and the terminal `result.json`, written by the guest runner
 * and read back by the host. The schemas accept what any writer may produce (upstream's included);
 * the runner's exact bytes are specified in the protocol.
 */


const LIFECYCLE_SCHEMA_VERSION = 1;
const LIFECYCLE_STATES = [
    'requested',
    'provisioning',
    'booted',
    'unreachable',
    'stopped',
    'destroyed',
    'starting',
    'ready',
    'failed',
    'completed',
];
const LifecycleStateSchema = schemas/* enum */.k5n(LIFECYCLE_STATES);
const schemaVersion = schemas/* literal */.euz(LIFECYCLE_SCHEMA_VERSION);
/** `result.json`. `status` is only `completed` or `failed`; upstream's old `passed` is rejected. */
const TerminalResultSchema = schemas/* object */.Ikc({
    schema_version: schemaVersion,
    status: schemas/* enum */.k5n(['completed', 'failed']),
    finished_at: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    exit_code: schemas/* number */.aig().int().optional(),
    details: schemas/* unknown */.L5J().optional(),
});
const GuestStatusSchema = schemas/* object */.Ikc({
    schema_version: schemaVersion,
    state: LifecycleStateSchema,
    updated_at: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    boot_id: schemas/* string */.YjP().optional(),
    details: schemas/* unknown */.L5J().optional(),
});
const GuestEventSchema = schemas/* object */.Ikc({
    schema_version: schemaVersion,
    kind: LifecycleStateSchema,
    timestamp: schemas/* string */.YjP(),
    message: schemas/* string */.YjP(),
    boot_id: schemas/* string */.YjP().optional(),
    details: schemas/* unknown */.L5J().optional(),
    seq: schemas/* number */.aig().int().positive(),
});
/** `completed` → `passed`, `failed` → `failed` (the job record's RunStatus). */
function runStatusOfResult(result) {
    return result.status === 'completed' ? 'passed' : 'failed';
}
/** Parse `result.json`. `where` names the file in errors. */
function parseTerminalResult(text, where = 'result.json') {
    return parseDocument(TerminalResultSchema, text, where, 'guest terminal result');
}
/** Parse `status.json`. */
function parseGuestStatus(text, where = 'status.json') {
    return parseDocument(GuestStatusSchema, text, where, 'guest status');
}
/**
 * Parse `events.jsonl`. A last line without its newline that does not parse is dropped: a writer
 * that appends (upstream's lifecycle program) may be caught mid-line. Any other bad line is an error.
 */
function parseEvents(text, where = 'events.jsonl') {
    const lines = text.split('\n');
    const complete = text.endsWith('\n');
    const events = [];
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        const isPartialTail = !complete && index === lines.length - 1;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            if (isPartialTail)
                break;
            throw lifecycleError(`${where}:${index + 1}`, 'guest event', `is not JSON (${error.message})`);
        }
        const parsed = GuestEventSchema.safeParse(value);
        if (!parsed.success) {
            if (isPartialTail)
                break;
            throw lifecycleError(`${where}:${index + 1}`, 'guest event', describeIssue(parsed.error));
        }
        events.push(parsed.data);
    }
    return events;
}
function parseDocument(schema, text, where, what) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw lifecycleError(where, what, `is not JSON (${error.message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success)
        throw lifecycleError(where, what, describeIssue(parsed.error));
    return parsed.data;
}
function describeIssue(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'is invalid';
    const path = issue.path.length > 0 ? `field \`${issue.path.join('.')}\`` : 'document';
    return `has an invalid ${path}: ${issue.message}`;
}
function lifecycleError(where, what, problem) {
    return new PikaciError(`${what} ${problem}`, {
        where,
        hint: 'the guest runner (pikaci-incus-run) writes this file; check logs/guest.log for how it ended (docs/guest-protocol.md)',
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/guest/script.ts
/**
 * The guest runner script's text, for the executor to push into an instance whose image lacks it
 * (docs/guest-protocol.md "Paths").
 *
 * `nix/incus/pikaci-incus-run` is the single source of truth; nothing is generated. From `src/guest/`
 * (tsx, jest) and `lib/guest/` (the library build) it is two directories up. The ncc bundles carry
 * their own copy: ncc sees the `new URL(…, import.meta.url)` below, emits the file as an asset next
 * to `dist/<entry>/index.js` and rewrites the expression to that asset's plain path (a string, not a
 * URL), which is why both shapes are accepted.
 */



/** Path of the runner script as seen from this module (or from the bundle). */
function guestRunnerScriptPath() {
    const location = __webpack_require__.ab + "pikaci-incus-run";
    return typeof location === 'string' ? location : (0,external_node_url_.fileURLToPath)(location);
}
let cached;
function guestRunnerScript() {
    if (cached !== undefined)
        return cached;
    const path = guestRunnerScriptPath();
    try {
        cached = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* PikaciError */.uy(`cannot read the guest runner script: ${error.message}`, {
            where: path,
            hint: 'the script ships as nix/incus/pikaci-incus-run (or next to the bundled dist/<entry>/index.js)',
            cause: error,
        });
    }
    return cached;
}

;// CONCATENATED MODULE: ./src/guest/index.ts
/**
 * The guest contract of the Incus runtime (docs/guest-protocol.md): request files, lifecycle files,
 * paths, runner script.
 */






/***/ }),

/***/ 54553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BE: () => (/* reexport */ JOB_ID_PATTERN),
  QH: () => (/* reexport */ JobSpecSchema),
  Bb: () => (/* reexport */ PlacementSchema),
  sM: () => (/* reexport */ RuntimeKindSchema),
  hY: () => (/* reexport */ SnapshotProfileSchema),
  Dw: () => (/* reexport */ compileGuestCommand),
  OJ: () => (/* reexport */ compileJobCommand),
  gC: () => (/* reexport */ executorLabel),
  Md: () => (/* reexport */ stagedLinuxCommand),
  NG: () => (/* reexport */ supportsParallelExecute)
});

// UNUSED EXPORTS: ExecutionConfigSchema, GuestCommandSchema, HostProcessRuntimeSchema, IncusRuntimeSchema, LANE_GROUPS, PAYLOAD_ROLES, PLACEMENTS, PayloadRoleSchema, RUNTIMES, RuntimeConfigSchema, SecretNameSchema, StagedLinuxCommandSchema, StagedPayloadSpecSchema, TartRuntimeSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
;// CONCATENATED MODULE: ./src/model/job.ts
/**
 * The job model (docs/design.md decision 5): where a job runs (`execution`), how it is isolated
 * (`runtime_config`, one variant per backend, whose `kind` must equal `execution.runtime`), and
 * what it runs (`guest_command`). Backend knobs exist only inside their runtime variant.
 */


const PLACEMENTS = ['local', 'remote_ssh'];
const RUNTIMES = ['host_process', 'incus', 'tart'];
const PlacementSchema = schemas/* enum */.k5n(PLACEMENTS);
const RuntimeKindSchema = schemas/* enum */.k5n(RUNTIMES);
const ExecutionConfigSchema = schemas/* strictObject */.rej({
    placement: PlacementSchema,
    runtime: RuntimeKindSchema,
});
const PAYLOAD_ROLES = ['workspace_deps', 'workspace_build'];
const PayloadRoleSchema = schemas/* enum */.k5n(PAYLOAD_ROLES);
const StagedPayloadSpecSchema = schemas/* strictObject */.rej({
    role: PayloadRoleSchema,
    /** Flake attribute path, e.g. `ci.x86_64-linux.workspaceDeps`; built as `path:<snapshot>#<output_name>`. */
    output_name: schemas/* string */.YjP().min(1),
    /** Repo-relative installable, e.g. `.#ci.x86_64-linux.workspaceDeps`. */
    nix_installable: schemas/* string */.YjP().min(1),
});
const SnapshotProfileSchema = schemas/* enum */.k5n(['rust', 'followup']);
const StagedLinuxCommandSchema = schemas/* strictObject */.rej({
    snapshot_profile: SnapshotProfileSchema,
    prepare_node_prefix: schemas/* string */.YjP().min(1),
    prepare_description: schemas/* string */.YjP().min(1),
    /** Exactly two specs, in the order `[workspace_deps, workspace_build]`. */
    payload_specs: schemas/* tuple */.PVZ([StagedPayloadSpecSchema, StagedPayloadSpecSchema])
        .refine(([deps, build]) => deps.role === 'workspace_deps' && build.role === 'workspace_build', {
        message: 'payload_specs must be [workspace_deps, workspace_build] in that order',
    }),
    /** Absolute guest path of the lane's entry script; replaces the guest command at run time. */
    execute_wrapper_command: schemas/* string */.YjP()
        .startsWith('/', 'execute_wrapper_command must be an absolute guest path'),
    workspace_output_system: schemas/* string */.YjP().min(1),
});
const HostProcessRuntimeSchema = schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('host_process') });
const IncusRuntimeSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('incus'),
    staged_linux_command: StagedLinuxCommandSchema.optional(),
});
const TartRuntimeSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('tart'),
    host_setup_command: schemas/* string */.YjP().min(1).optional(),
    mount_host_rust_toolchain: schemas/* boolean */.zMY().default(false),
});
const RuntimeConfigSchema = schemas/* discriminatedUnion */.gMt('kind', [
    HostProcessRuntimeSchema,
    IncusRuntimeSchema,
    TartRuntimeSchema,
]);
const nonEmpty = schemas/* string */.YjP().min(1);
const GuestCommandSchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('host_shell_command'), command: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('exact_cargo_test'), package: nonEmpty, test_name: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('package_unit_tests'), package: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('package_tests'), package: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('filtered_cargo_tests'), package: nonEmpty, filter: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('shell_command'), command: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('shell_command_as_root'), command: nonEmpty }),
    /** A lane's plain `command`: an argv run without a shell. */
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('argv'), argv: schemas/* array */.YOg(schemas/* string */.YjP()).min(1) }),
]);
const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * A secret a job asks for by name: an environment variable of the action's (or CLI's) process,
 * passed to the job and redacted from every log and record (README "Security"). The runner's own
 * channels (`INPUT_*`, `ACTIONS_*`) can never be asked for.
 */
const SecretNameSchema = schemas/* string */.YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'these are environment variable names: letters, digits and `_`')
    .refine((name) => !/^(INPUT_|ACTIONS_)/i.test(name), {
    message: "`INPUT_*` and `ACTIONS_*` are the runner's own variables and are never passed to a job",
});
const JobSpecSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP()
        .regex(JOB_ID_PATTERN, 'job ids are letters, digits, `.`, `_` and `-`, starting alphanumeric'),
    description: schemas/* string */.YjP().min(1),
    timeout_secs: schemas/* number */.aig().int().positive(),
    writable_workspace: schemas/* boolean */.zMY().default(false),
    execution: ExecutionConfigSchema,
    runtime_config: RuntimeConfigSchema,
    guest_command: GuestCommandSchema,
    /** Environment variables passed to the job as secrets (values redacted everywhere). */
    secrets: schemas/* array */.YOg(SecretNameSchema).optional(),
    /** Non-secret environment variables passed to the job by name when set (README "Security"). */
    pass_env: schemas/* array */.YOg(SecretNameSchema).optional(),
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
            return (0,assert_never/* assertNever */.x)(runtime);
    }
}
function stagedLinuxCommand(job) {
    return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}
/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
function supportsParallelExecute(job) {
    return stagedLinuxCommand(job) !== undefined;
}

// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
;// CONCATENATED MODULE: ./src/model/command.ts
/** Guest command compilation with the upstream quoting rule (docs/upstream.md, executor 0.2). */



const BASH = 'bash --noprofile --norc -lc';
function compileGuestCommand(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return { command: `${BASH} ${(0,shell/* shellQuote */.Z)(guest.command)}`, runAsRoot: false };
        case 'shell_command_as_root':
            return { command: `${BASH} ${(0,shell/* shellQuote */.Z)(guest.command)}`, runAsRoot: true };
        case 'exact_cargo_test':
            return {
                command: `cargo test -p ${(0,shell/* shellQuote */.Z)(guest.package)} ${(0,shell/* shellQuote */.Z)(guest.test_name)} -- --exact --nocapture`,
                runAsRoot: false,
            };
        case 'package_unit_tests':
            return { command: `cargo test -p ${(0,shell/* shellQuote */.Z)(guest.package)} --lib -- --nocapture`, runAsRoot: false };
        case 'package_tests':
            return { command: `cargo test -p ${(0,shell/* shellQuote */.Z)(guest.package)} -- --nocapture`, runAsRoot: false };
        case 'filtered_cargo_tests':
            return {
                command: `cargo test -p ${(0,shell/* shellQuote */.Z)(guest.package)} -- ${(0,shell/* shellQuote */.Z)(guest.filter)} --nocapture`,
                runAsRoot: false,
            };
        case 'argv':
            return { command: (0,shell/* shellJoin */.n)(guest.argv), runAsRoot: false };
        default:
            return (0,assert_never/* assertNever */.x)(guest);
    }
}
/** A staged Linux job runs its wrapper; its guest command is ignored (upstream override rule). */
function compileJobCommand(job) {
    const staged = stagedLinuxCommand(job);
    if (staged)
        return { command: staged.execute_wrapper_command, runAsRoot: false };
    return compileGuestCommand(job.guest_command);
}

;// CONCATENATED MODULE: ./src/model/index.ts





/***/ }),

/***/ 21056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sl: () => (/* reexport */ JobRecordSchema),
  IU: () => (/* reexport */ PLAN_PRECONDITIONS),
  WX: () => (/* reexport */ PreparedOutputPayloadManifestRecordSchema),
  YX: () => (/* reexport */ schemas_PreparedOutputsRecordSchema),
  Qt: () => (/* reexport */ RunLifecycleEventSchema),
  tv: () => (/* reexport */ RunPlanRecordSchema),
  g$: () => (/* reexport */ schemas_RunRecordSchema),
  z0: () => (/* reexport */ guest/* TerminalResultSchema */.z0),
  Lw: () => (/* reexport */ cargoHomeDir),
  Sw: () => (/* reexport */ ensureWritableStateRoot),
  wt: () => (/* reexport */ jobPaths),
  F$: () => (/* reexport */ newRunId),
  aE: () => (/* reexport */ read_readRecord),
  resolveStateRoot: () => (/* reexport */ resolveStateRoot),
  ag: () => (/* reexport */ rfc3339),
  Ot: () => (/* reexport */ layout_runPaths),
  AM: () => (/* reexport */ layout_runsDir),
  P$: () => (/* reexport */ silentReporter),
  R5: () => (/* reexport */ time_timestampMs),
  rh: () => (/* reexport */ writeRecord)
});

// UNUSED EXPORTS: DEFAULT_ORPHAN_GRACE_SECS, ExecuteNodeSchema, JobLogMetadataSchema, PlanExecutorKindSchema, PlanNodeRecordSchema, PrepareNodeSchema, PrepareTimingRecordSchema, PreparedOutputConsumerKindSchema, PreparedOutputExposureSchema, PreparedOutputInvocationModeSchema, PreparedOutputLauncherTransportModeSchema, PreparedOutputResidencySchema, RUN_ID_PATTERN, RUN_STATUSES, RealizedPreparedOutputRecordSchema, RemoteLinuxVmExecutionRecordSchema, RemoteLinuxVmPhaseSchema, RunLogsMetadataSchema, RunStatusSchema, TimestampSchema, describeIssues, ensureReadableStateRoot, gcRuns, isRunId, listRuns, loadLogs, loadLogsMetadata, loadPreparedOutputsRecord, loadRunBundle, loadRunRecord, logJob, logsMetadataOf, orphanJudge, runIdTimeMs, runLiveness, writeFileAtomic

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
;// CONCATENATED MODULE: ./src/records/time.ts
/**
 * Timestamps in records: written as RFC 3339 UTC with `Z` (millisecond precision); read in any
 * RFC 3339 form, including upstream's `+00:00` offset with up to 9 fractional digits.
 */

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|z|[+-]\d{2}:\d{2})$/;
const TimestampSchema = schemas/* string */.YjP()
    .regex(RFC3339, 'expected an RFC 3339 timestamp such as 2026-03-19T01:02:03Z');
function rfc3339(date = new Date()) {
    return date.toISOString();
}
/** Milliseconds since the epoch of an RFC 3339 timestamp (any offset, any precision). */
function time_timestampMs(value) {
    return Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
}

// EXTERNAL MODULE: ./src/guest/index.ts + 4 modules
var guest = __webpack_require__(41341);
;// CONCATENATED MODULE: ./src/records/schemas.ts
/**
 * On-disk record schemas (docs/upstream.md, records 2), snake_case as upstream. Decoding is
 * backward-compatible: every field upstream treats as optional reads back as `null`/`[]` when
 * missing, unknown fields are ignored. Encoding writes every field (null for none) in this order.
 */



const nullableString = schemas/* string */.YjP().nullable().default(null);
const stringList = schemas/* array */.YOg(schemas/* string */.YjP()).default(() => []);
const RUN_STATUSES = ['running', 'passed', 'failed', 'skipped'];
const RunStatusSchema = schemas/* enum */.k5n(RUN_STATUSES);
const PlanExecutorKindSchema = schemas/* enum */.k5n(['host_local', 'remote_linux_vm', 'tart_local']);
const PreparedOutputConsumerKindSchema = schemas/* enum */.k5n([
    'host_local_symlink_mounts_v1',
    'remote_exposure_request_v1',
    'fulfill_request_cli_v1',
]);
const PreparedOutputInvocationModeSchema = schemas/* enum */.k5n([
    'direct_helper_exec_v1',
    'external_wrapper_command_v1',
]);
const PreparedOutputLauncherTransportModeSchema = schemas/* enum */.k5n([
    'direct_launcher_exec_v1',
    'command_transport_v1',
    'ssh_launcher_transport_v1',
]);
const PreparedOutputResidencySchema = schemas/* enum */.k5n([
    'local_authoritative',
    'remote_authoritative_staged_linux',
]);
const RemoteLinuxVmPhaseSchema = schemas/* enum */.k5n([
    'prepare_directories',
    'stage_workspace_snapshot',
    'prepare_runtime',
    'launch_guest',
    'wait_for_completion',
    'collect_artifacts',
]);
/**
 * A VM backend's execution (docs/upstream.md, records 2): upstream's Incus shape, plus `image`,
 * which every VM runtime fills the same way (name, and the digest or fingerprint where the runtime
 * reports one), so summaries need no per-runtime code.
 */
const RemoteLinuxVmExecutionRecordSchema = schemas/* object */.Ikc({
    backend: model/* RuntimeKindSchema */.sM,
    image: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), digest: nullableString }).nullable().default(null),
    incus_image: schemas/* object */.Ikc({ project: schemas/* string */.YjP(), alias: schemas/* string */.YjP(), fingerprint: nullableString })
        .nullable()
        .default(null),
    phases: schemas/* array */.YOg(schemas/* object */.Ikc({
        phase: RemoteLinuxVmPhaseSchema,
        started_at: TimestampSchema,
        finished_at: TimestampSchema,
        duration_ms: schemas/* number */.aig().int().nonnegative(),
    }))
        .default(() => []),
});
const JobRecordSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    description: schemas/* string */.YjP(),
    status: RunStatusSchema,
    executor: schemas/* string */.YjP(),
    placement: model/* PlacementSchema */.Bb.nullable().default(null),
    runtime: model/* RuntimeKindSchema */.sM.nullable().default(null),
    plan_node_id: nullableString,
    timeout_secs: schemas/* number */.aig().int().nonnegative(),
    host_log_path: schemas/* string */.YjP(),
    guest_log_path: schemas/* string */.YjP(),
    started_at: TimestampSchema,
    finished_at: TimestampSchema.nullable().default(null),
    exit_code: schemas/* number */.aig().int().nullable().default(null),
    message: nullableString,
    pre_execution_prepare_duration_ms: schemas/* number */.aig().int().nonnegative().nullable().default(null),
    remote_linux_vm_execution: RemoteLinuxVmExecutionRecordSchema.nullable().default(null),
});
const PrepareTimingRecordSchema = schemas/* object */.Ikc({
    node_id: schemas/* string */.YjP(),
    started_at: TimestampSchema,
    finished_at: TimestampSchema,
    duration_ms: schemas/* number */.aig().int().nonnegative(),
});
const schemas_RunRecordSchema = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP(),
    status: RunStatusSchema,
    rerun_of: nullableString,
    target_id: nullableString,
    target_description: nullableString,
    source_root: schemas/* string */.YjP(),
    snapshot_dir: schemas/* string */.YjP(),
    git_head: nullableString,
    git_dirty: schemas/* boolean */.zMY().nullable().default(null),
    created_at: TimestampSchema,
    finished_at: TimestampSchema.nullable().default(null),
    plan_path: nullableString,
    prepared_outputs_path: nullableString,
    prepared_output_consumer: PreparedOutputConsumerKindSchema.nullable().default(null),
    prepared_output_mode: nullableString,
    prepared_output_invocation_mode: PreparedOutputInvocationModeSchema.nullable().default(null),
    prepared_output_invocation_wrapper_program: nullableString,
    prepared_output_launcher_transport_mode: PreparedOutputLauncherTransportModeSchema.nullable().default(null),
    prepared_output_launcher_transport_program: nullableString,
    prepared_output_launcher_transport_host: nullableString,
    prepared_output_launcher_transport_remote_launcher_program: nullableString,
    prepared_output_launcher_transport_remote_helper_program: nullableString,
    prepared_output_launcher_transport_remote_work_dir: nullableString,
    changed_files: stringList,
    filters: stringList,
    message: nullableString,
    prepare_timings: schemas/* array */.YOg(PrepareTimingRecordSchema).default(() => []),
    jobs: schemas/* array */.YOg(JobRecordSchema),
    /**
     * Not upstream: the process that owns a `running` run, so `list` and `gc` can tell a live run
     * from one whose runner was killed. Null once the run is terminal, and in upstream records.
     */
    runner_pid: schemas/* number */.aig().int().positive().nullable().default(null),
    runner_host: nullableString,
});
const RunLifecycleEventSchema = schemas/* discriminatedUnion */.gMt('event', [
    schemas/* object */.Ikc({
        event: schemas/* literal */.euz('run_started'),
        run_id: schemas/* string */.YjP(),
        created_at: TimestampSchema,
        rerun_of: nullableString,
        target_id: nullableString,
        target_description: nullableString,
    }),
    schemas/* object */.Ikc({ event: schemas/* literal */.euz('job_started'), run_id: schemas/* string */.YjP(), job: JobRecordSchema }),
    schemas/* object */.Ikc({ event: schemas/* literal */.euz('job_finished'), run_id: schemas/* string */.YjP(), job: JobRecordSchema }),
    schemas/* object */.Ikc({ event: schemas/* literal */.euz('run_finished'), run: schemas_RunRecordSchema }),
]);
const PreparedOutputExposureSchema = schemas/* object */.Ikc({
    kind: schemas/* literal */.euz('host_symlink_mount'),
    path: schemas/* string */.YjP(),
    access: schemas/* literal */.euz('read_only'),
});
const PrepareNodeSchema = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('nix_build'),
        installable: schemas/* string */.YjP(),
        output_name: schemas/* string */.YjP(),
        residency: PreparedOutputResidencySchema.default('local_authoritative'),
        handoff: schemas/* object */.Ikc({
            protocol: schemas/* literal */.euz('nix_store_path_v1'),
            exposures: schemas/* array */.YOg(PreparedOutputExposureSchema).default(() => []),
        })
            .nullable()
            .default(null),
    }),
    schemas/* object */.Ikc({ type: schemas/* literal */.euz('remote_linux_vm_backend'), backend: model/* RuntimeKindSchema */.sM }),
]);
const ExecuteNodeSchema = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('vm_command'),
        command: schemas/* string */.YjP(),
        run_as_root: schemas/* boolean */.zMY(),
        timeout_secs: schemas/* number */.aig().int().nonnegative(),
        writable_workspace: schemas/* boolean */.zMY(),
    }),
    schemas/* object */.Ikc({
        type: schemas/* literal */.euz('host_command'),
        command: schemas/* string */.YjP(),
        timeout_secs: schemas/* number */.aig().int().nonnegative(),
        writable_workspace: schemas/* boolean */.zMY(),
    }),
]);
const planNodeCommon = {
    id: schemas/* string */.YjP(),
    description: schemas/* string */.YjP(),
    executor: PlanExecutorKindSchema,
    placement: model/* PlacementSchema */.Bb.nullable().default(null),
    runtime: model/* RuntimeKindSchema */.sM.nullable().default(null),
    depends_on: stringList,
};
const PlanNodeRecordSchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('prepare'), ...planNodeCommon, prepare: PrepareNodeSchema }),
    schemas/* object */.Ikc({ kind: schemas/* literal */.euz('execute'), ...planNodeCommon, execute: ExecuteNodeSchema }),
]);
const PLAN_PRECONDITIONS = ['host_setup_complete', 'workspace_snapshot_created'];
const RunPlanRecordSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    run_id: schemas/* string */.YjP(),
    target_id: nullableString,
    target_description: nullableString,
    created_at: TimestampSchema,
    scope: schemas/* literal */.euz('post_host_setup_and_snapshot'),
    preconditions: stringList,
    nodes: schemas/* array */.YOg(PlanNodeRecordSchema).default(() => []),
});
const payloadEntry = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), relative_path: schemas/* string */.YjP() });
const PreparedOutputPayloadManifestRecordSchema = schemas/* object */.Ikc({
    schema_version: schemas/* number */.aig().int(),
    kind: schemas/* enum */.k5n(['staged_linux_workspace_deps_v1', 'staged_linux_workspace_build_v1']),
    entrypoints: schemas/* array */.YOg(payloadEntry).default(() => []),
    asset_roots: schemas/* array */.YOg(payloadEntry).default(() => []),
    mounts: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        relative_path: schemas/* string */.YjP(),
        guest_path: schemas/* string */.YjP(),
        read_only: schemas/* boolean */.zMY(),
    }))
        .default(() => []),
});
const RealizedPreparedOutputRecordSchema = schemas/* object */.Ikc({
    node_id: schemas/* string */.YjP(),
    installable: schemas/* string */.YjP(),
    output_name: schemas/* string */.YjP(),
    protocol: schemas/* literal */.euz('nix_store_path_v1'),
    residency: PreparedOutputResidencySchema.default('local_authoritative'),
    consumer: PreparedOutputConsumerKindSchema,
    realized_path: schemas/* string */.YjP(),
    consumer_request_path: nullableString,
    consumer_result_path: nullableString,
    consumer_launch_request_path: nullableString,
    consumer_transport_request_path: nullableString,
    exposures: schemas/* array */.YOg(PreparedOutputExposureSchema).default(() => []),
    requested_exposures: schemas/* array */.YOg(PreparedOutputExposureSchema).default(() => []),
    payload: PreparedOutputPayloadManifestRecordSchema.nullable().default(null),
});
const schemas_PreparedOutputsRecordSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    outputs: schemas/* array */.YOg(RealizedPreparedOutputRecordSchema).default(() => []),
});
/** `jobs/<job>/artifacts/result.json`: one schema for every runtime, owned by the guest contract (docs/guest-protocol.md). */

const JobLogMetadataSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP(),
    host_log_path: schemas/* string */.YjP(),
    guest_log_path: schemas/* string */.YjP(),
    host_log_exists: schemas/* boolean */.zMY(),
    guest_log_exists: schemas/* boolean */.zMY(),
});
const RunLogsMetadataSchema = schemas/* object */.Ikc({
    run_id: schemas/* string */.YjP(),
    status: RunStatusSchema,
    jobs: schemas/* array */.YOg(JobLogMetadataSchema).default(() => []),
});

;// CONCATENATED MODULE: ./src/records/reporter.ts
const silentReporter = { event: () => undefined };

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/records/run-id.ts
/** Run ids: `YYYYMMDDTHHMMSSZ-<8 hex>`; lexicographic order is chronological order to the second. */

const RUN_ID_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;
function newRunId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
function run_id_isRunId(value) {
    return RUN_ID_PATTERN.test(value);
}
/** The creation instant encoded in a run id, or null when the id has another shape. */
function run_id_runIdTimeMs(runId) {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(runId);
    if (!match)
        return null;
    const [, y, mo, d, h, mi, s] = match;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/records/layout.ts
/** The state-root layout (docs/upstream.md, records 1.4). Every path here is absolute. */

function layout_runsDir(stateRoot) {
    return (0,external_node_path_.join)(stateRoot, 'runs');
}
function cargoHomeDir(stateRoot) {
    return (0,external_node_path_.join)(stateRoot, 'cache', 'cargo-home');
}
function layout_runPaths(stateRoot, runId) {
    const runDir = (0,external_node_path_.join)(layout_runsDir(stateRoot), runId);
    return {
        runDir,
        runJson: (0,external_node_path_.join)(runDir, 'run.json'),
        planJson: (0,external_node_path_.join)(runDir, 'plan.json'),
        preparedOutputsJson: (0,external_node_path_.join)(runDir, 'prepared-outputs.json'),
        snapshotDir: (0,external_node_path_.join)(runDir, 'snapshot'),
        cargoTargetDir: (0,external_node_path_.join)(runDir, 'cargo-target'),
        jobsDir: (0,external_node_path_.join)(runDir, 'jobs'),
    };
}
function jobPaths(runDir, jobId) {
    const jobDir = (0,external_node_path_.join)(runDir, 'jobs', jobId);
    const artifactsDir = (0,external_node_path_.join)(jobDir, 'artifacts');
    return {
        jobDir,
        statusJson: (0,external_node_path_.join)(jobDir, 'status.json'),
        hostLog: (0,external_node_path_.join)(jobDir, 'host.log'),
        artifactsDir,
        guestLog: (0,external_node_path_.join)(artifactsDir, 'guest.log'),
        resultJson: (0,external_node_path_.join)(artifactsDir, 'result.json'),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
;// CONCATENATED MODULE: ./src/records/atomic.ts
/**
 * Atomic record writes (docs/design.md decision 12): a temp file in the same directory, fsync, rename, so a
 * reader (or a killed writer) never sees a torn JSON file. Writes to one path are serialised in
 * this process so an older snapshot of a record can never overwrite a newer one.
 */




const queues = new Map();
/**
 * Pretty JSON (2-space indent, as upstream), validated by `schema` so the field order is the schema's.
 * Every string passes the redactor (README "Security"), so no record carries a secret.
 */
async function writeRecord(path, schema, value) {
    const text = JSON.stringify((0,redact/* redactDeep */.KL)(schema.parse(value)), null, 2);
    await writeFileAtomic(path, text);
}
async function writeFileAtomic(path, text) {
    const previous = queues.get(path) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => replaceFile(path, text));
    queues.set(path, next);
    try {
        await next;
    }
    finally {
        if (queues.get(path) === next)
            queues.delete(path);
    }
}
async function replaceFile(path, text) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, 'w', 0o644);
    try {
        try {
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        // A half-written temp file (a full disk) is never renamed, and must not keep its space.
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/records/read.ts
/** Reading and validating one JSON record file, with errors that name the file and the key path. */


function describeIssues(error) {
    return error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
        .join('; ');
}
/** Reads `path` as `schema`; a missing, unreadable or invalid file throws a InputError naming it. */
async function read_readRecord(path, schema, what) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`cannot read ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`, { where: path });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${what} is not valid JSON (${(0,errors/* errorMessage */.gJ)(error)})`, {
            where: path,
            hint: 'the file is corrupt; remove the run with `pikaci gc` or restore the file',
        });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        throw new errors/* InputError */.dz(`${what} does not match its schema: ${describeIssues(parsed.error)}`, {
            where: path,
            hint: 'the file was written by an incompatible version or edited by hand',
        });
    }
    return parsed.data;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/records/liveness.ts
/**
 * Whether the process that owns a `running` run is still alive. run.json records `runner_pid` and
 * `runner_host`; on the same host a pid that no longer exists means the runner was killed and the
 * run is abandoned. On another host (or for upstream records without a pid) it cannot be known.
 */

function liveness_runLiveness(run) {
    if (run.status !== 'running')
        return 'terminal';
    if (run.runner_pid === null || run.runner_host !== hostname())
        return 'unknown';
    return processExists(run.runner_pid) ? 'alive' : 'abandoned';
}
function processExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: the process exists but belongs to another user.
        return error.code === 'EPERM';
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/git/index.ts + 3 modules
var git = __webpack_require__(24157);
;// CONCATENATED MODULE: ./src/records/state-root.ts
/**
 * Choosing and checking the state root: `--state-root`, else `PIKACI_STATE_ROOT`, else
 * `<repo root>/.pikaci` where the repo root is the git top level of the cwd (the cwd outside git).
 */





async function resolveStateRoot(sources = {}) {
    const cwd = sources.cwd ?? process.cwd();
    const env = sources.env ?? process.env['PIKACI_STATE_ROOT'];
    if (sources.flag !== undefined && sources.flag !== '')
        return (0,external_node_path_.resolve)(cwd, sources.flag);
    if (env !== undefined && env !== '')
        return (0,external_node_path_.resolve)(cwd, env);
    return (0,external_node_path_.join)(await (0,git.repoRoot)(cwd), '.pikaci');
}
/** Create the state root if needed and prove it is a writable directory. */
async function ensureWritableStateRoot(stateRoot) {
    try {
        await makeDirectories((0,external_node_path_.join)(stateRoot, 'runs'));
        await (0,promises_.access)(stateRoot, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
        await (0,promises_.access)((0,external_node_path_.join)(stateRoot, 'runs'), external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch (error) {
        const why = (0,errors/* isSystemError */.Or)(error) ? (0,errors/* describeSystemError */.Zo)(error) : (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz(`state root ${stateRoot} is not a writable directory: ${why}`, {
            where: stateRoot,
            hint: (0,errors/* isSystemError */.Or)(error) && error.code === 'EROFS'
                ? 'it is on a read-only file system: remount it read-write, or pass --state-root (or set PIKACI_STATE_ROOT) to a writable directory'
                : 'pass --state-root or set PIKACI_STATE_ROOT to a directory you can write',
        });
    }
}
/**
 * `mkdir -p`, one level at a time from the deepest existing ancestor. Node's recursive mkdir retries
 * forever where a file system refuses to create entries with ENOENT (under /proc), and reports
 * ENOENT rather than EROFS below a read-only mount; this fails at once with the real cause.
 */
async function makeDirectories(path) {
    const missing = [];
    let current = (0,external_node_path_.resolve)(path);
    for (;;) {
        const info = await (0,promises_.stat)(current).catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return undefined;
            throw error;
        });
        if (info !== undefined) {
            if (!info.isDirectory())
                throw new Error(`${current} exists and is not a directory`);
            break;
        }
        missing.push(current);
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const dir of missing.reverse()) {
        await (0,promises_.mkdir)(dir).catch(async (error) => {
            if (error.code === 'EEXIST') {
                // Created meanwhile, or a symbolic link whose target is missing.
                if ((await (0,promises_.stat)(dir).catch(() => undefined))?.isDirectory())
                    return;
                throw new Error(`${dir} exists but is not a directory (a broken symbolic link?)`);
            }
            if (error.code === 'ENOENT') {
                throw new Error(`cannot create ${dir}: ${(0,external_node_path_.dirname)(dir)} does not allow new entries (ENOENT)`);
            }
            throw error;
        });
    }
}
/** For read-only commands: the state root must exist and be a readable directory. */
async function ensureReadableStateRoot(stateRoot) {
    try {
        const info = await stat(stateRoot);
        if (!info.isDirectory())
            throw new Error('not a directory');
        await access(stateRoot, constants.R_OK | constants.X_OK);
    }
    catch (error) {
        throw new InputError(`state root ${stateRoot} is not a readable directory: ${errorMessage(error)}`, {
            where: stateRoot,
            hint: 'pass --state-root or set PIKACI_STATE_ROOT to the state root your runs were written to',
        });
    }
}

;// CONCATENATED MODULE: ./src/records/loaders.ts
/**
 * Loaders for finished or running runs (docs/upstream.md, records 4), list and gc (records 1.5, 1.6). They follow
 * the absolute paths recorded in run.json verbatim and fall back to the default layout when a path
 * is null.
 */









function checkRunIdShape(runId) {
    if (runId === '' || runId.includes('/') || runId.includes('\\') || runId === '.' || runId === '..') {
        throw new InputError(`\`${runId}\` is not a run id`, {
            hint: 'run ids look like 20260319T010203Z-deadbeef',
        });
    }
}
async function existingRunIds(stateRoot) {
    try {
        return await readdir(runsDir(stateRoot));
    }
    catch {
        return [];
    }
}
async function loaders_loadRunRecord(stateRoot, runId) {
    checkRunIdShape(runId);
    const paths = runPaths(stateRoot, runId);
    const dirInfo = await stat(paths.runDir).catch(() => null);
    if (!dirInfo?.isDirectory()) {
        const hint = didYouMean(runId, await existingRunIds(stateRoot));
        throw new InputError(`run \`${runId}\` not found in ${runsDir(stateRoot)}`, {
            hint: hint ?? 'list the runs with `pikaci list` (and check --state-root / PIKACI_STATE_ROOT)',
        });
    }
    return readRecord(paths.runJson, RunRecordSchema, `run record of \`${runId}\``);
}
function selectJobs(run, job) {
    if (job === undefined)
        return run.jobs;
    const found = run.jobs.find((candidate) => candidate.id === job);
    if (!found) {
        throw new InputError(`job \`${job}\` not found in run \`${run.run_id}\``, {
            hint: didYouMean(job, run.jobs.map((j) => j.id)) ?? `the run's jobs are: ${run.jobs.map((j) => j.id).join(', ') || '(none)'}`,
        });
    }
    return [found];
}
async function isFile(path) {
    return (await stat(path).catch(() => null))?.isFile() ?? false;
}
function logsMetadataOf(run, jobs, exists) {
    return {
        run_id: run.run_id,
        status: run.status,
        jobs: jobs.map((job) => ({
            id: job.id,
            host_log_path: job.host_log_path,
            guest_log_path: job.guest_log_path,
            host_log_exists: exists(job.host_log_path),
            guest_log_exists: exists(job.guest_log_path),
        })),
    };
}
async function loadLogsMetadata(stateRoot, runId, options = {}) {
    const run = await loaders_loadRunRecord(stateRoot, runId);
    return logsMetadataFor(run, selectJobs(run, options.job));
}
async function logsMetadataFor(run, jobs) {
    const files = new Set();
    for (const job of jobs) {
        for (const path of [job.host_log_path, job.guest_log_path])
            if (await isFile(path))
                files.add(path);
    }
    return logsMetadataOf(run, jobs, (path) => files.has(path));
}
/** The job a log command means: the named one, else the run's first job. */
function logJob(run, job) {
    if (job === undefined) {
        const first = run.jobs[0];
        if (!first)
            throw new InputError(`run \`${run.run_id}\` has no jobs`, { hint: run.message ?? undefined });
        return first;
    }
    return selectJobs(run, job)[0];
}
/** Whole log files as text; for large logs prefer streaming the paths from `loadLogsMetadata`. */
async function loadLogs(stateRoot, runId, options = {}) {
    const run = await loaders_loadRunRecord(stateRoot, runId);
    const job = logJob(run, options.job);
    const kind = options.kind ?? 'both';
    const read = async (path) => {
        try {
            return await readFile(path, 'utf8');
        }
        catch (error) {
            throw new InputError(`cannot read log of job \`${job.id}\`: ${errorMessage(error)}`, { where: path });
        }
    };
    return {
        host: kind === 'guest' ? null : await read(job.host_log_path),
        guest: kind === 'host' ? null : await read(job.guest_log_path),
    };
}
/** Null when the run has no prepared-outputs file; an error when the file is unreadable or invalid. */
async function loadPreparedOutputsRecord(stateRoot, runId, run) {
    const record = run ?? (await loaders_loadRunRecord(stateRoot, runId));
    const path = record.prepared_outputs_path ?? runPaths(stateRoot, runId).preparedOutputsJson;
    if (!(await isFile(path)))
        return null;
    return readRecord(path, PreparedOutputsRecordSchema, `prepared outputs of run \`${runId}\``);
}
/** run.json is required; logs metadata cannot fail; prepared outputs are best effort (null + warning). */
async function loadRunBundle(stateRoot, runId, options = {}) {
    const warn = options.onWarning ?? ((message) => process.stderr.write(`warning: ${message}\n`));
    const run = await loaders_loadRunRecord(stateRoot, runId);
    const logs = await logsMetadataFor(run, run.jobs);
    let prepared = null;
    try {
        prepared = await loadPreparedOutputsRecord(stateRoot, runId, run);
    }
    catch (error) {
        warn(`failed to load prepared outputs for run \`${runId}\`: ${errorMessage(error)}`);
    }
    return { run, logs, prepared_outputs: prepared };
}
/** Every run directory, newest first; a half-created or corrupt run is listed as such. */
async function listRuns(stateRoot) {
    const dir = runsDir(stateRoot);
    const names = await readdir(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new InputError(`cannot list runs: ${errorMessage(error)}`, { where: dir });
    });
    const entries = [];
    for (const name of names) {
        if (!name.isDirectory())
            continue;
        const runId = name.name;
        const runJson = runPaths(stateRoot, runId).runJson;
        let entry;
        let sortMs = runIdTimeMs(runId);
        if (!(await isFile(runJson))) {
            entry = { run_id: runId, state: 'incomplete', reason: 'no run.json (half-created run directory)' };
        }
        else {
            try {
                const run = await readRecord(runJson, RunRecordSchema, 'run record');
                entry = { run_id: runId, state: 'recorded', run, liveness: runLiveness(run) };
                sortMs = timestampMs(run.created_at);
            }
            catch (error) {
                entry = { run_id: runId, state: 'corrupt', reason: errorMessage(error) };
            }
        }
        sortMs ??= (await stat(join(dir, runId))).mtimeMs;
        entries.push({ entry, sortMs });
    }
    entries.sort((a, b) => b.sortMs - a.sortMs || b.entry.run_id.localeCompare(a.entry.run_id));
    return entries.map((e) => e.entry);
}
/**
 * Keeps the `keep` newest run directories (by run id, newest first) and removes the rest, except
 * runs whose runner may still be alive: `running` with a live or unknown pid, or a directory
 * without run.json created within the grace period. `force` removes those too. `cache/` is untouched.
 */
async function gcRuns(stateRoot, options) {
    if (!Number.isInteger(options.keep) || options.keep < 0) {
        throw new InputError(`--keep-runs must be a non-negative integer, got \`${options.keep}\``);
    }
    const dir = runsDir(stateRoot);
    const dirents = await readdir(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new InputError(`cannot list runs: ${errorMessage(error)}`, { where: dir });
    });
    const ids = dirents
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
        .reverse();
    const result = { removed: [], kept_running: [] };
    const grace = options.startingGraceMs ?? 60_000;
    for (const runId of ids.slice(options.keep)) {
        if (!options.force && (await mayBeRunning(stateRoot, runId, grace))) {
            result.kept_running.push(runId);
            continue;
        }
        await rm(join(dir, runId), { recursive: true, force: true });
        result.removed.push(runId);
    }
    return result;
}
async function mayBeRunning(stateRoot, runId, graceMs) {
    const paths = runPaths(stateRoot, runId);
    if (!(await isFile(paths.runJson))) {
        const info = await stat(paths.runDir).catch(() => null);
        return info !== null && Date.now() - info.mtimeMs < graceMs;
    }
    try {
        const run = await readRecord(paths.runJson, RunRecordSchema, 'run record');
        const liveness = runLiveness(run);
        return liveness === 'alive' || liveness === 'unknown';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/records/orphans.ts
/**
 * The one rule `pikaci gc` applies to whatever a run left on a host — Incus instances, job
 * processes, VMs (docs/design.md decision 7): the owner run is read from the state root's records;
 * a terminal or abandoned run owns nothing; a live run keeps what it has; a run recorded on another
 * host cannot be judged and is kept. A run id this state root has never seen is orphaned only once
 * the thing is older than the grace period, so a sweep from one runner never removes what another
 * runner sharing the host has just started.
 */



const DEFAULT_ORPHAN_GRACE_SECS = 3600;
async function ownership(stateRoot, runId) {
    if (!isRunId(runId))
        return 'unknown';
    const record = await loadRunRecord(stateRoot, runId).catch(() => null);
    if (record === null)
        return 'unknown';
    switch (runLiveness(record)) {
        case 'alive':
            return 'live';
        case 'terminal':
        case 'abandoned':
            return 'over';
        case 'unknown':
            return 'other_host';
    }
}
/** Judge a thing of run `runId`, `ageSecs` old, against `stateRoot`'s records. */
function orphanJudge(stateRoot, graceSecs) {
    return async (runId, ageSecs) => {
        switch (await ownership(stateRoot, runId)) {
            case 'live':
                return { orphan: false, reason: 'its run is still running' };
            case 'other_host':
                return { orphan: false, reason: 'its run is recorded as running on another host' };
            case 'over':
                return { orphan: true, reason: 'its run is no longer running' };
            case 'unknown':
                return ageSecs > graceSecs
                    ? { orphan: true, reason: `unknown run, created ${Math.round(ageSecs)}s ago (grace ${graceSecs}s)` }
                    : { orphan: false, reason: `unknown run, younger than the grace period of ${graceSecs}s` };
        }
    };
}

;// CONCATENATED MODULE: ./src/records/index.ts
/** Run records: the state root, run ids, record schemas, atomic writes, loaders, list and gc. */













/***/ }),

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pv: () => (/* reexport */ IssueCollector),
  RE: () => (/* reexport */ addZodIssues),
  _6: () => (/* reexport */ decodeUtf8),
  u4: () => (/* reexport */ isRecord),
  MT: () => (/* reexport */ parseToml),
  gm: () => (/* reexport */ parseTomlFile),
  tf: () => (/* reexport */ validate)
});

// UNUSED EXPORTS: TomlValidationError, formatIssue, formatKeyPath, locateToml, objectKeysAt, unknownKeyMessage

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@iarna/toml/toml.js
var toml = __webpack_require__(64572);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
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
            throw new errors/* InputError */.dz(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
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
    const cannotRead = (why, hint, cause) => new errors/* InputError */.dz(`cannot read ${path}: ${why}`, { hint, cause });
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
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const code = error.code;
        throw new errors/* InputError */.dz(`cannot read ${path}${code ? ` (${code})` : ''}`, {
            hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
            cause: error,
        });
    }
}
function tooLarge(path, size) {
    return new errors/* InputError */.dz(`cannot read ${path}: it is larger than ${MAX_TOML_BYTES / (1024 * 1024)} MiB (${size} bytes or more)`, { hint: 'a lane manifest or catalog is a small text file: check that the path names the right file' });
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
    throw new errors/* InputError */.dz(`${file}:${line}:${offset - lineStart + 1}: not valid UTF-8 (byte 0x${byte} at byte offset ${offset})`, { hint: 'TOML files are UTF-8: re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' });
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
    const refuse = (i, what) => new errors/* InputError */.dz(`${file}:${line}:${i - lineStart + 1}: ${what}`, {
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
class TomlValidationError extends errors/* InputError */.dz {
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


/***/ }),

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   fx: () => (/* binding */ streamRedactor),
/* harmony export */   it: () => (/* binding */ redactFile)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH, hasSecrets, clearSecrets */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * One redactor for every file the project writes (README "Security"): the SSH key, the token and
 * each secret a job asks for are registered here once, and the log writers, the record writer and
 * the job summary replace them with `***`.
 *
 * A value is registered whole and line by line (each line of 4 or more characters), like the
 * runner's own masks, so a key printed across several lines or chunks is still caught. The
 * streaming form keeps a short tail of undelivered text so a value split across two chunks is
 * replaced too. Matching works on bytes (latin1 strings), so logs keep their exact bytes.
 */


const REDACTED = '***';
/** Shorter values (and lines of a multi-line value) are not secrets worth garbling a log for. */
const MIN_SECRET_LENGTH = 4;
const secrets = new Set();
let matcher = null;
/** Register a value (and each of its lines) to be replaced by `***` everywhere from now on. */
function addSecret(value) {
    if (value === undefined)
        return;
    const candidates = [value, value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())];
    let added = false;
    for (const candidate of candidates) {
        if (candidate.length < MIN_SECRET_LENGTH || secrets.has(candidate))
            continue;
        secrets.add(candidate);
        added = true;
    }
    if (added)
        matcher = null;
}
/** Whether any value is registered (nothing to do otherwise). */
function hasSecrets() {
    return secrets.size > 0;
}
/** Byte-level matcher: the UTF-8 bytes of each value as a latin1 string, longest first. */
function currentMatcher() {
    if (secrets.size === 0)
        return null;
    if (matcher === null) {
        const encoded = [...secrets].map((s) => Buffer.from(s, 'utf8').toString('latin1'));
        encoded.sort((a, b) => b.length - a.length);
        const pattern = new RegExp(encoded.map(escapeRegExp).join('|'), 'g');
        matcher = { pattern, longest: encoded[0].length };
    }
    return matcher;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/** `text` with every registered value replaced by `***`. */
function redactText(text) {
    const current = currentMatcher();
    if (current === null)
        return text;
    const bytes = Buffer.from(text, 'utf8').toString('latin1');
    const redacted = bytes.replace(current.pattern, REDACTED);
    return redacted === bytes ? text : Buffer.from(redacted, 'latin1').toString('utf8');
}
/** A copy of a JSON-like value with every string redacted (records keep their shape and stay valid JSON). */
function redactDeep(value) {
    if (!hasSecrets())
        return value;
    return redactValue(value);
}
function redactValue(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map(redactValue);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactValue(inner)]));
    }
    return value;
}
function streamRedactor(sink) {
    let pending = '';
    const deliver = (text) => {
        if (text.length > 0)
            sink(Buffer.from(text, 'latin1'));
    };
    return {
        write(chunk) {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
            const current = currentMatcher();
            if (current === null) {
                deliver(pending);
                pending = '';
                if (bytes.length > 0)
                    sink(bytes);
                return;
            }
            const text = pending + bytes.toString('latin1');
            const lastNewline = text.lastIndexOf('\n');
            let cut = Math.max(lastNewline + 1, text.length - (current.longest - 1));
            let out = '';
            let from = 0;
            current.pattern.lastIndex = 0;
            for (let match = current.pattern.exec(text); match !== null; match = current.pattern.exec(text)) {
                const start = match.index;
                const end = start + match[0].length;
                if (start >= cut)
                    break;
                // A match that reaches the held-back tail is complete: deliver through its end.
                if (end > cut)
                    cut = end;
                out += text.slice(from, start) + REDACTED;
                from = end;
            }
            out += text.slice(from, Math.max(from, cut));
            pending = text.slice(Math.max(from, cut));
            deliver(out);
        },
        end() {
            const current = currentMatcher();
            const rest = current === null ? pending : pending.replace(current.pattern, REDACTED);
            pending = '';
            deliver(rest);
        },
    };
}
/**
 * Rewrite a file written by someone else (a guest's log and lifecycle files, collected from the
 * instance) through the redactor: streamed, then renamed over the original. Nothing to do when no
 * value is registered or the file does not exist.
 */
async function redactFile(path) {
    if (!hasSecrets())
        return;
    const temp = `${path}.redacting`;
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path);
    const sink = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp);
    const redactor = streamRedactor((bytes) => sink.write(bytes));
    try {
        for await (const chunk of source)
            redactor.write(chunk);
    }
    catch (error) {
        sink.destroy();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    redactor.end();
    await new Promise((resolve, reject) => sink.end(() => resolve()).on('error', reject));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
}
/** Forget every registered value (tests and long-lived library callers between runs). */
function clearSecrets() {
    secrets.clear();
    matcher = null;
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
