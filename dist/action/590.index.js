export const id = 590;
export const ids = [590];
export const modules = {

/***/ 31658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Xq: () => (/* binding */ planSummaryMarkdown),
/* harmony export */   hd: () => (/* binding */ planLogLines),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36875);
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
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
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
    return decodeSeparated(bytes, 0, onInvalid);
}
/**
 * Splits bytes at `separator` into UTF-8 names: one decode and one split when the whole is valid
 * UTF-8 (the common case), else name by name, reporting each invalid one.
 */
function decodeSeparated(bytes, separator, onInvalid = () => undefined) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if ((0,external_node_buffer_.isUtf8)(buffer))
        return buffer.toString('utf8').split(String.fromCharCode(separator));
    const fields = [];
    let start = 0;
    for (;;) {
        const end = buffer.indexOf(separator, start);
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
        throw new util/* InputError */.dz('--changed-from needs a file name, or `-` for standard input');
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
        throw new util/* InputError */.dz(`cannot read the changed-file list \`${source}\`: ${why}`, {
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
    return new util/* PikaciError */.uy(`cannot run \`git ${args[0] ?? ''}\`: ${why}`, {
        where: cwd,
        hint: missing && (0,external_node_fs_.existsSync)(cwd) ? 'install git and make sure it is on PATH' : undefined,
    });
}
function gitFailed(cwd, args, exitCode, stderr) {
    return new util/* PikaciError */.uy(`\`${commandLine(args)}\` failed (exit ${exitCode})${stderr ? `: ${stderr}` : ''}`, {
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
            throw new util/* InputError */.dz(`unknown revision \`${rev}\`: no such commit in the repository`, {
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
            throw new util/* InputError */.dz(`fetch depth must be a positive integer, got ${depth}`);
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
            throw new util/* PikaciError */.uy(`cannot read \`git diff\` output for ${base}..${head}`, {
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
            throw new util/* InputError */.dz(`no file \`${path}\` at revision \`${rev}\``, {
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
        throw new util/* InputError */.dz(`\`${base}\` and \`${head}\` have no common history here`, {
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

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ downloadArtifactZip),
/* harmony export */   N: () => (/* binding */ listRunArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93609);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66417);
/**
 * Workflow-run artifacts over REST: list a run's artifacts and stream one artifact's zip to a
 * file. The zip endpoint answers with a redirect to blob storage, which is fetched without the
 * token (the signed URL is the credential, and the token must not leave GitHub's API host).
 */





async function listRunArtifacts(target, runId) {
    const { owner, repo } = (0,_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRepository */ .T8)(target.repository, '--repo');
    const octokit = await (0,_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .octokitFor */ .d_)(target);
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
        const status = (0,_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(error);
        if (status === 404) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`workflow run ${runId} of ${target.repository} not found (HTTP 404 from ${target.apiUrl ?? _rest_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_API_URL */ .rK})`, {
                where: '--repo / --run-id',
                hint: 'check the repository name and the run id (the number in the run URL …/actions/runs/<id>); a private repository also answers 404 when the token cannot read it',
            });
        }
        if (status === 401 || status === 403) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`the token was refused listing artifacts of ${target.repository} (HTTP ${status})`, {
                where: 'GITHUB_TOKEN / GH_TOKEN',
                hint: 'use a token that can read Actions of this repository (`actions: read`, or `repo` for a classic token)',
            });
        }
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PikaciError */ .uy(`listing the artifacts of run ${runId} failed: ${error.message}`, {
            cause: error,
        });
    }
}
/** Stream artifact `artifactId`'s zip into `destFile`, reporting progress as bytes arrive. */
async function downloadArtifactZip(target, artifact, destFile, onProgress = () => undefined) {
    const { owner, repo } = (0,_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRepository */ .T8)(target.repository, '--repo');
    const base = (target.apiUrl ?? _rest_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_API_URL */ .rK).replace(/\/+$/, '');
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
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PikaciError */ .uy(`artifact ${artifact.name}: redirect without a location (HTTP ${response.status})`);
        response = await fetch(new URL(location, url));
    }
    if (response.status === 410) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PikaciError */ .uy(`artifact ${artifact.name} has expired (HTTP 410)`, {
            hint: 'artifacts are kept for the retention period only (`retention-days`); rerun the lane to get a new one',
        });
    }
    if (!response.ok || response.body === null) {
        const detail = (await response.text().catch(() => '')).slice(0, 300);
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PikaciError */ .uy(`downloading artifact ${artifact.name} failed (HTTP ${response.status}) ${detail}`.trim());
    }
    const lengthHeader = response.headers.get('content-length');
    const total = lengthHeader === null ? null : Number(lengthHeader);
    let bytes = 0;
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, callback) {
            bytes += chunk.length;
            onProgress({ bytes, total });
            callback(null, chunk);
        },
    });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(response.body), counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(destFile));
    return bytes;
}


/***/ }),

/***/ 36875:
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
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
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
        throw new util/* InputError */.dz(`event payload is not valid JSON (${error.message})`, {
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
        throw new util/* InputError */.dz('GITHUB_EVENT_NAME is not set', {
            hint: 'run the plan step inside a GitHub Actions workflow (or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH)',
        });
    }
    const path = env['GITHUB_EVENT_PATH']?.trim();
    if (!path) {
        throw new util/* InputError */.dz(`GITHUB_EVENT_PATH is not set (event \`${name}\`)`, {
            hint: 'the runner sets it to the JSON event payload; set it when running the action by hand',
        });
    }
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new util/* InputError */.dz(`cannot read the event payload (${error.message})`, { where: path });
    }
    return parseEvent(name, text, path);
}
function validate(schema, payload, name, where) {
    const result = schema.safeParse(payload);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const key = issue.path.length === 0 ? '(root)' : issue.path.join('.');
    throw new util/* InputError */.dz(`\`${name}\` event payload: \`${key}\`: ${issue.message}`, {
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
        throw new util/* InputError */.dz(`\`lanes\` input mixes \`all\` with lane ids: ${JSON.stringify(input)}`, {
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
    throw new util/* InputError */.dz(`\`group\` input must be \`branch\`, \`nightly\` or empty, got ${JSON.stringify(value)}`, {
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
        throw new util/* PikaciError */.uy(`GITHUB_REPOSITORY must be \`owner/name\`, got ${JSON.stringify(request.repository)}`);
    }
    // Imported here, not at the top: @actions/github parses GITHUB_EVENT_PATH on import and costs
    // start-up time that the git path does not need.
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
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
        throw new util/* PikaciError */.uy(`listing the files of PR #${request.number} in ${request.repository} failed: ${error.message}`, {
            hint: 'the token needs `pull-requests: read` (and `contents: read`); or check out with `fetch-depth: 0`',
            cause: error,
        });
    }
    return { files, entries, truncated: entries >= PR_FILES_API_CAP };
}

// EXTERNAL MODULE: ./src/github/rest.ts
var rest = __webpack_require__(66417);
;// CONCATENATED MODULE: ./src/github/jobs.ts
/**
 * The jobs of the current workflow run (`GET /repos/{o}/{r}/actions/runs/{id}/jobs?filter=latest`):
 * the only place a later job can read each matrix leg's own conclusion, since `needs.<job>.result`
 * folds every leg into one value. `filter=latest` keeps the newest attempt of each re-run job.
 */

async function listWorkflowRunJobs(target, runId) {
    const { owner, repo } = (0,rest/* splitRepository */.T8)(target.repository);
    const octokit = await (0,rest/* octokitFor */.d_)(target);
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
        throw (0,rest/* restError */.lF)(`listing the jobs of workflow run ${runId} in ${target.repository}`, error, 'the token needs `actions: read`');
    }
}

;// CONCATENATED MODULE: ./src/github/checks.ts
/**
 * Completed check runs (`POST /repos/{o}/{r}/check-runs`), used for the per-lane `skipped` checks.
 * Fork PRs get a read-only token, so callers treat a failure here as a warning.
 */

const MAX_CHECK_TEXT = 65_535;
async function createCompletedCheckRun(target, check) {
    const { owner, repo } = (0,rest/* splitRepository */.T8)(target.repository);
    const octokit = await (0,rest/* octokitFor */.d_)(target);
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
        throw (0,rest/* restError */.lF)(`creating the check run \`${check.name}\` in ${target.repository}`, error, 'the workflow needs `permissions: checks: write` (a fork PR gets a read-only token and cannot create check runs)');
    }
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
;// CONCATENATED MODULE: ./src/github/index.ts
/** The GitHub side: the workflow event, its diff range, and the REST endpoints the action and CLI use. */







/**
 * Download runs' artifacts into a state root (`pikaci download`). Loaded on use: it writes run
 * records, whose module brings the record schemas, and the plan path must not load them
 * (docs/design.md "Bundling notes").
 */
async function downloadRuns(options) {
    return (await Promise.all(/* import() */[__webpack_require__.e(56), __webpack_require__.e(874)]).then(__webpack_require__.bind(__webpack_require__, 44874))).downloadRuns(options);
}


/***/ }),

/***/ 66417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ splitRepository),
/* harmony export */   d_: () => (/* binding */ octokitFor),
/* harmony export */   lF: () => (/* binding */ restError),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93609);
/**
 * What every REST call here needs: a token, the `owner/name` repository and the API base URL
 * (`GITHUB_API_URL`, for GHES or a test stand-in). Octokit is imported lazily: @actions/github
 * reads the event file on import and costs start-up time the git-only paths do not need.
 */

const DEFAULT_API_URL = 'https://api.github.com';
function splitRepository(repository, where = 'GITHUB_REPOSITORY') {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where} must be \`owner/name\`, got ${JSON.stringify(repository)}`, { where });
    }
    return { owner, repo };
}
async function octokitFor(target) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    return getOctokit(target.token, target.apiUrl ? { baseUrl: target.apiUrl } : {});
}
/** The HTTP status of an Octokit `RequestError`, else null. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
/** Wrap a failed REST call: what was attempted, the status, and what usually fixes it. */
function restError(what, error, hint) {
    const status = httpStatus(error);
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PikaciError */ .uy(`${what} failed${status === null ? '' : ` (HTTP ${status})`}: ${error.message}`, {
        hint,
        cause: error,
    });
}


/***/ }),

/***/ 54553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BE: () => (/* reexport */ JOB_ID_PATTERN),
  QH: () => (/* reexport */ JobSpecSchema),
  Je: () => (/* reexport */ PLACEMENTS),
  Bb: () => (/* reexport */ PlacementSchema),
  sM: () => (/* reexport */ RuntimeKindSchema),
  hY: () => (/* reexport */ SnapshotProfileSchema),
  Dw: () => (/* reexport */ compileGuestCommand),
  OJ: () => (/* reexport */ compileJobCommand),
  gC: () => (/* reexport */ executorLabel),
  Md: () => (/* reexport */ stagedLinuxCommand),
  NG: () => (/* reexport */ supportsParallelExecute)
});

// UNUSED EXPORTS: ExecutionConfigSchema, GuestCommandSchema, HostProcessRuntimeSchema, IncusRuntimeSchema, LANE_GROUPS, PAYLOAD_ROLES, PayloadRoleSchema, RUNTIMES, RuntimeConfigSchema, SecretNameSchema, StagedLinuxCommandSchema, StagedPayloadSpecSchema, TartRuntimeSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
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
            return (0,util/* assertNever */.xb)(runtime);
    }
}
function stagedLinuxCommand(job) {
    return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}
/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
function supportsParallelExecute(job) {
    return stagedLinuxCommand(job) !== undefined;
}

;// CONCATENATED MODULE: ./src/model/command.ts
/** Guest command compilation with the upstream quoting rule (docs/upstream.md, executor 0.2). */



const BASH = 'bash --noprofile --norc -lc';
function compileGuestCommand(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return { command: `${BASH} ${(0,util/* shellQuote */.ZL)(guest.command)}`, runAsRoot: false };
        case 'shell_command_as_root':
            return { command: `${BASH} ${(0,util/* shellQuote */.ZL)(guest.command)}`, runAsRoot: true };
        case 'exact_cargo_test':
            return {
                command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} ${(0,util/* shellQuote */.ZL)(guest.test_name)} -- --exact --nocapture`,
                runAsRoot: false,
            };
        case 'package_unit_tests':
            return { command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} --lib -- --nocapture`, runAsRoot: false };
        case 'package_tests':
            return { command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} -- --nocapture`, runAsRoot: false };
        case 'filtered_cargo_tests':
            return {
                command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} -- ${(0,util/* shellQuote */.ZL)(guest.filter)} --nocapture`,
                runAsRoot: false,
            };
        case 'argv':
            return { command: (0,util/* shellJoin */.nZ)(guest.argv), runAsRoot: false };
        default:
            return (0,util/* assertNever */.xb)(guest);
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
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
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
            throw new util/* InputError */.dz(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
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
    const cannotRead = (why, hint, cause) => new util/* InputError */.dz(`cannot read ${path}: ${why}`, { hint, cause });
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
        if (error instanceof util/* InputError */.dz)
            throw error;
        const code = error.code;
        throw new util/* InputError */.dz(`cannot read ${path}${code ? ` (${code})` : ''}`, {
            hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
            cause: error,
        });
    }
}
function tooLarge(path, size) {
    return new util/* InputError */.dz(`cannot read ${path}: it is larger than ${MAX_TOML_BYTES / (1024 * 1024)} MiB (${size} bytes or more)`, { hint: 'a lane manifest or catalog is a small text file: check that the path names the right file' });
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
    throw new util/* InputError */.dz(`${file}:${line}:${offset - lineStart + 1}: not valid UTF-8 (byte 0x${byte} at byte offset ${offset})`, { hint: 'TOML files are UTF-8: re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' });
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
    const refuse = (i, what) => new util/* InputError */.dz(`${file}:${line}:${i - lineStart + 1}: ${what}`, {
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
class TomlValidationError extends util/* InputError */.dz {
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
