export const id = 157;
export const ids = [157];
export const modules = {

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
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
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
        throw new util.InputError('--changed-from needs a file name, or `-` for standard input');
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
        throw new util.InputError(`cannot read the changed-file list \`${source}\`: ${why}`, {
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
    return new util.PikaciError(`cannot run \`git ${args[0] ?? ''}\`: ${why}`, {
        where: cwd,
        hint: missing && (0,external_node_fs_.existsSync)(cwd) ? 'install git and make sure it is on PATH' : undefined,
    });
}
function gitFailed(cwd, args, exitCode, stderr) {
    return new util.PikaciError(`\`${commandLine(args)}\` failed (exit ${exitCode})${stderr ? `: ${stderr}` : ''}`, {
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
            throw new util.InputError(`unknown revision \`${rev}\`: no such commit in the repository`, {
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
            throw new util.InputError(`fetch depth must be a positive integer, got ${depth}`);
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
            throw new util.PikaciError(`cannot read \`git diff\` output for ${base}..${head}`, {
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
            throw new util.InputError(`no file \`${path}\` at revision \`${rev}\``, {
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
        throw new util.InputError(`\`${base}\` and \`${head}\` have no common history here`, {
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





/***/ })

};
