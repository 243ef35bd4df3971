export const id = 606;
export const ids = [606];
export const modules = {

/***/ 96606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlanCommand: () => (/* binding */ runPlanCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3894);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/catalog/index.ts + 4 modules
var catalog = __webpack_require__(14883);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/toml/index.ts + 3 modules
var toml = __webpack_require__(4509);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
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
        throw new InputError('--changed-from needs a file name, or `-` for standard input');
    }
    let bytes;
    try {
        bytes = source === '-' ? await readStream(stdin) : await readFile(source);
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
        throw new InputError(`cannot read the changed-file list \`${source}\`: ${why}`, {
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

;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * The few git operations planning needs, behind one small interface so the selection core never
 * talks to git and tests can run the real thing against repositories they build.
 */





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
        return result.stdout.trim();
    }
    async hasCommit(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1]);
        return result.exitCode === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', '--end-of-options', a, b], [0, 1]);
        const base = result.stdout.trim();
        return result.exitCode === 0 && base !== '' ? base : null;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], [0, 1]);
        return result.exitCode === 0;
    }
    async isShallow() {
        const result = await this.run(['rev-parse', '--is-shallow-repository']);
        return result.stdout.trim() === 'true';
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
            return parseNameStatusZ(result.stdoutBytes, (name) => this.warn(invalidUtf8Warning(name)));
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
        return (0,toml/* decodeUtf8 */._6)(result.stdoutBytes, `${rev}:${path}`);
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
            ...decodeNulSeparated(edited.stdoutBytes, (name) => this.warn(invalidUtf8Warning(name))),
            ...decodeNulSeparated(untracked.stdoutBytes, (name) => this.warn(invalidUtf8Warning(name))),
        ];
        return [...new Set(names.filter((name) => name !== ''))].sort();
    }
    /** Run git; an exit code outside `expected` is a `PikaciError` carrying git's stderr. */
    async run(args, expected = [0]) {
        const outcome = await spawnGit(this.dir, args);
        if (outcome.kind === 'failed') {
            const why = outcome.code !== 'ENOENT'
                ? outcome.message
                : (0,external_node_fs_.existsSync)(this.dir)
                    ? 'git is not installed or not on PATH'
                    : 'the directory does not exist';
            throw new errors/* PikaciError */.uy(`cannot run \`git ${args[0]}\`: ${why}`, { where: this.dir });
        }
        const { exitCode, stderr } = outcome;
        if (!expected.includes(exitCode)) {
            const trimmed = stderr.trim();
            throw new errors/* PikaciError */.uy(`\`git ${args.join(' ')}\` failed (exit ${exitCode})${trimmed ? `: ${trimmed}` : ''}`, {
                where: this.dir,
                hint: trimmed.includes('not a git repository')
                    ? 'run from a git checkout or pass --repo DIR'
                    : undefined,
            });
        }
        return outcome;
    }
}
/**
 * One short git process through `node:child_process` rather than execa: the plan path runs a few
 * of these and never needs process-group handling, and not loading execa is a measured part of the
 * action's cold start. Output is decoded as UTF-8 across chunk boundaries, nothing stripped.
 */
function spawnGit(dir, args) {
    return new Promise((resolvePromise) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd: dir,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
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
                    message: `Command was killed with ${signal ?? 'a signal'}: git ${args.join(' ')}`,
                });
                return;
            }
            try {
                const stdoutBytes = Buffer.concat(stdout);
                resolvePromise({
                    kind: 'exited',
                    exitCode,
                    stdout: stdoutBytes.toString('utf8'),
                    stdoutBytes,
                    stderr: Buffer.concat(stderr).toString('utf8'),
                });
            }
            catch (error) {
                // Output beyond the largest string V8 can hold.
                resolvePromise({ kind: 'failed', code: undefined, message: error.message });
            }
        });
    });
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
        throw new InputError(`\`${base}\` and \`${head}\` have no common history here`, {
            where: git.dir,
            hint: shallow
                ? 'this is a shallow clone: fetch more history (git fetch --deepen=100, or fetch-depth: 0)'
                : 'pass a --base that shares history with --head, or list the files with --changed-from',
        });
    }
    return { base: baseId, head: headId, from, paths: await git.changedFiles(from, headId) };
}

;// CONCATENATED MODULE: ./src/git/index.ts
/** git, reached through one small interface: changed files between explicit revisions, history checks. */



// EXTERNAL MODULE: ./src/github/index.ts + 8 modules
var github = __webpack_require__(31517);
// EXTERNAL MODULE: ./src/manifest/index.ts + 2 modules
var src_manifest = __webpack_require__(98757);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/match/index.ts + 2 modules
var match = __webpack_require__(27854);
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
        return (0,match/* compilePatternSets */.NK)(lanes.map((lane) => lane.paths));
    }
    catch (error) {
        if (!(error instanceof match/* InvalidGlobError */.Se))
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
            return (0,model/* assertNever */.xb)(reason);
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
        throw new InputError('the lane list is empty', { hint: 'name lanes separated by commas, or `all`' });
    }
    if (ids.includes('all')) {
        if (ids.length > 1)
            throw new InputError('`all` cannot be combined with lane ids', { hint: 'pass `all` alone' });
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



;// CONCATENATED MODULE: ./src/action/changes.ts


/** Deepening schedule for a shallow clone: a few rounds, doubling, then give up on git. */
const DEEPEN_ROUNDS = [50, 100, 200];
/**
 * The first look at local history: read-only git, no logging and no network, so `plan` starts it
 * before parsing the catalog and the manifest and the git processes run meanwhile. A rejection is
 * only observed where `resolveChanges` awaits it, so error precedence is unchanged.
 */
function probeLocalHistory(range, git) {
    const probe = locateWithDiff(range, git);
    // Observed later by resolveChanges; until then a rejection is not "unhandled".
    probe.catch(() => undefined);
    return probe;
}
async function resolveChanges(range, sources, probe = probeLocalHistory(range, sources.git)) {
    const warnings = [];
    const { git } = sources;
    const first = await probe;
    let located = first.located;
    let prefetched = first.files;
    let deepened = 0;
    // In a shallow clone a base that looks unrelated may only be cut off by the shallow boundary.
    if (located.kind !== 'found' && (await git.isShallow())) {
        for (const [round, depth] of DEEPEN_ROUNDS.entries()) {
            sources.info(`${located.why}; shallow clone: git fetch --deepen=${depth} (round ${round + 1}/${DEEPEN_ROUNDS.length})`);
            try {
                await git.fetchDeepen(depth);
            }
            catch (error) {
                // No remote access (e.g. `persist-credentials: false`): the API or the all-lanes rule decides.
                warnings.push(`git fetch --deepen=${depth} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
                break;
            }
            deepened++;
            located = await locate(range, git);
            prefetched = null;
            if (located.kind === 'found')
                break;
        }
    }
    switch (located.kind) {
        case 'found': {
            const files = prefetched ?? (await git.changedFiles(located.from, range.head));
            const how = range.compare === 'merge-base'
                ? `git diff from the merge base ${(0,github/* short */.h0)(located.from)} of base ${(0,github/* short */.h0)(range.base)} and head ${(0,github/* short */.h0)(range.head)}: ${count(files.length)}`
                : `git diff ${(0,github/* short */.h0)(range.base)}..${(0,github/* short */.h0)(range.head)}: ${count(files.length)}`;
            return { kind: 'files', source: 'git', base: located.from, head: range.head, files, how, warnings };
        }
        case 'diverged': {
            const reason = located.why;
            warnings.push(`${reason}; planning every branch lane`);
            return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
        }
        case 'missing':
            break;
    }
    const missing = deepened === 0 ? located.why : `${located.why} (after ${deepened} rounds of git fetch --deepen)`;
    const pr = range.pullRequest;
    if (pr === null) {
        const reason = `${located.why}: cannot diff without history`;
        warnings.push(`${missing}; planning every branch lane. Check out with \`fetch-depth: 0\` to plan from the diff.`);
        return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
    }
    if (sources.listPullRequestFiles === null) {
        const reason = `${located.why} and no token for the PR files API`;
        warnings.push(`${missing} and the \`token\` input is empty; planning every branch lane.`);
        return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
    }
    if (pr.changedFiles !== null && pr.changedFiles >= github/* PR_FILES_API_CAP */.bq) {
        return tooManyFiles(range, pr, pr.changedFiles, warnings);
    }
    sources.info(`${missing}; listing the files of PR #${pr.number} through the REST API`);
    const listed = await sources.listPullRequestFiles(pr);
    if (listed.truncated)
        return tooManyFiles(range, pr, listed.entries, warnings);
    warnings.push(`${missing}; used the PR files API instead. Check out with \`fetch-depth: 0\` to diff locally.`);
    return {
        kind: 'files',
        source: 'api',
        base: range.base,
        head: range.head,
        files: listed.files,
        how: `PR #${pr.number} files API (local history incomplete): ${count(listed.entries)}`,
        warnings,
    };
}
function tooManyFiles(range, pr, files, warnings) {
    const reason = `PR #${pr.number} changes ${files} or more files, over the PR files API cap of ${github/* PR_FILES_API_CAP */.bq}`;
    warnings.push(`${reason}; planning every branch lane. Check out with \`fetch-depth: 0\` to diff locally.`);
    return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
}
function settle(promise) {
    return promise.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
}
/**
 * `locate`, then the diff when found, in two git processes: `merge-base` (or `merge-base
 * --is-ancestor`, with the two-dot diff run alongside it) exits 0 or 1 only when both commits
 * exist, so the two existence checks `locate` starts with are needed only when it fails — and
 * then `locate` runs as is, giving the same answer or the same error as it always has.
 */
async function locateWithDiff(range, git) {
    switch (range.compare) {
        case 'merge-base': {
            const from = await settle(git.mergeBase(range.base, range.head));
            if (!from.ok)
                return { located: await locate(range, git), files: null };
            if (from.value === null)
                return { located: noMergeBase(range), files: null };
            return {
                located: { kind: 'found', from: from.value },
                files: await git.changedFiles(from.value, range.head),
            };
        }
        case 'two-dot': {
            const [ancestor, files] = await Promise.all([
                settle(git.isAncestor(range.base, range.head)),
                settle(git.changedFiles(range.base, range.head)),
            ]);
            if (!ancestor.ok)
                return { located: await locate(range, git), files: null };
            if (!ancestor.value)
                return { located: rewritten(range), files: null };
            if (!files.ok)
                throw files.error;
            return { located: { kind: 'found', from: range.base }, files: files.value };
        }
    }
}
async function locate(range, git) {
    for (const [role, commit] of [
        ['head', range.head],
        ['base', range.base],
    ]) {
        if (!(await git.hasCommit(commit)))
            return { kind: 'missing', why: `${role} ${(0,github/* short */.h0)(commit)} is not in the local history` };
    }
    switch (range.compare) {
        case 'merge-base': {
            const from = await git.mergeBase(range.base, range.head);
            return from === null ? noMergeBase(range) : { kind: 'found', from };
        }
        case 'two-dot':
            return (await git.isAncestor(range.base, range.head))
                ? { kind: 'found', from: range.base }
                : rewritten(range);
    }
}
function noMergeBase(range) {
    return {
        kind: 'missing',
        why: `no merge base of ${(0,github/* short */.h0)(range.base)} and ${(0,github/* short */.h0)(range.head)} in the local history`,
    };
}
/**
 * A push whose `before` is not an ancestor of `after` rewrote history even when `forced` is unset;
 * a diff between unrelated tips would plan lanes for someone else's changes.
 */
function rewritten(range) {
    return {
        kind: 'diverged',
        why: `${(0,github/* short */.h0)(range.base)} is not an ancestor of ${(0,github/* short */.h0)(range.head)} (history was rewritten)`,
    };
}
function count(n) {
    return n === 1 ? '1 changed file' : `${n} changed files`;
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
;// CONCATENATED MODULE: ./src/action/fork.ts
/** Labels of GitHub-hosted images; any other label (or `self-hosted`) is treated as self-hosted. */
const HOSTED_LABEL = /^(ubuntu|windows|macos)-[\w.-]+$/;
function runsOnSelfHosted(runsOn) {
    const labels = typeof runsOn === 'string' ? [runsOn] : runsOn;
    return labels.length === 0 || labels.some((label) => label === 'self-hosted' || !HOSTED_LABEL.test(label));
}
/**
 * The fork a `pull_request` comes from, or null: same repository, other events,
 * `pull_request_target` (runs the base's code), or a payload without repository fields.
 */
function forkOf(event, repository) {
    if (event.kind !== 'pull_request' || event.name !== 'pull_request')
        return null;
    const head = event.pullRequest.headRepository;
    const base = event.pullRequest.baseRepository ?? repository;
    if (head === null)
        return null;
    if (head === 'deleted')
        return '(a deleted fork)';
    return head.toLowerCase() === base.toLowerCase() ? null : head;
}
function applyForkPolicy(include, fork, allowForks) {
    if (fork === null || allowForks)
        return { include: [...include], blocked: [] };
    const blocked = [];
    const kept = [];
    for (const entry of include) {
        if (!runsOnSelfHosted(entry.runs_on))
            kept.push(entry);
        else {
            blocked.push({
                lane: entry.lane,
                title: entry.title,
                reason: `not run: this pull request comes from the fork ${fork}, and the lane runs on self-hosted runners (${JSON.stringify(entry.runs_on)}); a maintainer can run it with workflow_dispatch, or set \`allow-forks: true\` on the plan step`,
            });
        }
    }
    return { include: kept, blocked };
}

// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(31658);
;// CONCATENATED MODULE: ./src/action/plan.ts
/**
 * `command: plan` — which lanes this event touches. Reads the event, finds the diff (git, deepening
 * a shallow clone, else the PR files API, else a stated rule), selects lanes from the manifest and
 * writes the matrix, the lane ids, `any`, the full plan as JSON, a log and a job summary.
 */














async function runPlanCommand() {
    const inputs = {
        manifest: core/* getInput */.V4('manifest'),
        catalog: core/* getInput */.V4('catalog'),
        lanes: core/* getInput */.V4('lanes'),
        group: core/* getInput */.V4('group'),
        token: core/* getInput */.V4('token'),
        allowForks: (0,action_inputs/* booleanInput */.t)('allow-forks', false),
        checks: (0,action_inputs/* booleanInput */.t)('checks', false),
    };
    const workspace = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
    const { plan, context } = await withWorkflowCommandsStopped(async () => {
        const planned = await planEvent(inputs, workspace, process.env);
        for (const line of (0,report/* planLogLines */.hd)(planned.plan, planned.context))
            core/* info */.pq(line);
        return planned;
    });
    for (const warning of context.warnings)
        core/* warning */.$e(warning);
    core/* setOutput */.uH('matrix', JSON.stringify(plan.matrix));
    core/* setOutput */.uH('lanes', JSON.stringify(plan.matrix.include.map((entry) => entry.lane)));
    core/* setOutput */.uH('any', plan.matrix.include.length > 0 ? 'true' : 'false');
    core/* setOutput */.uH('plan', JSON.stringify(plan));
    for (const lane of plan.blocked)
        core/* warning */.$e(`${lane.lane}: ${lane.reason}`);
    if (process.env['GITHUB_STEP_SUMMARY']) {
        await core/* summary */.z.addRaw((0,report/* planSummaryMarkdown */.Xq)(plan, context) + blockedMarkdown(plan.blocked)).write();
    }
    if (inputs.checks)
        await createSkippedChecks(plan, inputs.token, process.env);
}
/**
 * The plan log shows repository data (file names, lane ids and titles, reasons): a committed file
 * named `x\n::error::…` must not become a workflow command. Everything logged while `body` runs is
 * fenced by `::stop-commands::` with an unguessable token (README "Security"); the fence is closed
 * on every path, so warnings and the failure message after it are commands again.
 */
async function withWorkflowCommandsStopped(body) {
    const token = (0,external_node_crypto_.randomUUID)();
    core/* info */.pq(`::stop-commands::${token}`);
    try {
        return await body();
    }
    finally {
        core/* info */.pq(`::${token}::`);
    }
}
function blockedMarkdown(blocked) {
    if (blocked.length === 0)
        return '';
    const lines = ['', '### Not run on this fork PR', ''];
    for (const lane of blocked)
        lines.push(`- \`${lane.lane}\` (${(0,report/* markdownText */.p7)(lane.title)}): ${(0,report/* markdownText */.p7)(lane.reason)}`);
    return `${lines.join('\n')}\n`;
}
/**
 * `checks: true`: a completed `skipped` check run, named by lane title, for each lane the change does
 * not touch, so a branch protection rule that requires per-lane checks does not wait forever. The
 * selected lanes report through their own matrix job (named by title). A failure is a warning.
 */
async function createSkippedChecks(plan, token, env) {
    const headSha = plan.head ?? env['GITHUB_SHA'] ?? '';
    if (token === '' || headSha === '') {
        core/* warning */.$e('`checks: true` needs the `token` input and a head commit; no per-lane check runs were created');
        return;
    }
    const { createCompletedCheckRun } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 31517));
    const target = { token, repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] || null };
    for (const lane of plan.lanes.filter((candidate) => !candidate.selected)) {
        try {
            await createCompletedCheckRun(target, {
                name: lane.title,
                headSha,
                conclusion: 'skipped',
                title: 'not affected by this change',
                summary: `Lane \`${lane.id}\` was not planned: ${lane.reason}`,
            });
        }
        catch (error) {
            core/* warning */.$e(`per-lane check runs not created: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return;
        }
    }
}
async function planEvent(inputs, workspace, env) {
    const manifestPath = repoRelative(inputs.manifest || 'ci/forge-lanes.toml');
    const lanes = (0,github/* parseLaneRequest */.uN)(inputs.lanes);
    const event = await (0,github/* readEvent */.j_)(env);
    const range = (0,github/* resolveDiffRange */.jr)(event, { group: (0,github/* parseGroupInput */.bz)(inputs.group), lanes });
    const git = createGit(workspace);
    // Read-only local git runs while the catalog and manifest are parsed; its result (or error) is
    // taken up by resolveChanges below, after the manifest's own errors.
    const probe = range.kind === 'diff' ? probeLocalHistory(range, git) : undefined;
    const catalogLocation = (0,catalog/* resolveCatalogPath */.l2)({
        flag: inputs.catalog === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.catalog),
        repoRoot: workspace,
    });
    const manifestOptions = (0,catalog/* manifestOptionsFor */.N_)(await (0,catalog/* loadCatalog */.ak)(catalogLocation.path));
    // A workspace manifest is read before any git or network work, so its errors come first.
    const manifestRevision = range.kind === 'diff' ? range.manifestRevision : null;
    const workspaceManifest = manifestRevision === null ? await readWorkspaceManifest(workspace, manifestPath, manifestOptions) : null;
    const changes = range.kind === 'diff' ? await resolveChanges(range, changeSources(git, inputs.token, env), probe) : null;
    const manifest = workspaceManifest ?? (await readManifestAt(git, manifestRevision, manifestPath, manifestOptions));
    const selectInput = {
        lanes: (0,src_manifest/* allLanes */.bw)(manifest),
        group: range.kind === 'rule' ? range.group : 'branch',
        changed: changes?.kind === 'files' ? changes.files : [],
        manifestPath,
        ...overrides(range, changes),
    };
    const selections = selectLanes(selectInput);
    const matrix = buildMatrix(selectInput.lanes, selections);
    const fork = forkOf(event, env['GITHUB_REPOSITORY'] ?? '');
    const forkPolicy = applyForkPolicy(matrix.include, fork, inputs.allowForks);
    const plan = {
        event: event.name,
        base: changes?.base ?? null,
        head: changes?.head ?? (range.kind === 'rule' ? range.head : null),
        diff_source: changes?.kind === 'files' ? changes.source : 'rule',
        lanes: selections.map((s) => ({ id: s.id, title: s.title, selected: s.selected, reason: s.explanation })),
        matrix: { include: forkPolicy.include },
        blocked: forkPolicy.blocked,
    };
    const context = {
        how: changes?.how ?? (range.kind === 'rule' ? range.reason : ''),
        manifest: manifestRevision === null
            ? `${manifestPath} (workspace)`
            : `${manifestPath} at base ${(0,github/* short */.h0)(manifestRevision)} (pull_request_target never reads the PR's manifest)`,
        warnings: changes?.warnings ?? [],
    };
    return { plan, context };
}
function overrides(range, changes) {
    if (range.kind === 'rule') {
        if (range.lanes.kind === 'ids')
            return { explicitLanes: range.lanes.ids };
        return range.group === 'nightly' ? {} : { reasonOverride: { kind: 'all_lanes', why: range.reason } };
    }
    return changes?.kind === 'all' ? { reasonOverride: { kind: 'all_lanes', why: changes.reason } } : {};
}
function changeSources(git, token, env) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const apiUrl = env['GITHUB_API_URL'] || null;
    return {
        git,
        info: (message) => core/* info */.pq(message),
        listPullRequestFiles: token === ''
            ? null
            : (pr) => (0,github/* listPullRequestFiles */.cq)({ token, repository, number: pr.number, apiUrl }),
    };
}
async function readWorkspaceManifest(workspace, manifestPath, options) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, manifestPath), 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`cannot read the lane manifest: ${error.message}`, {
            where: manifestPath,
            hint: 'set the `manifest` input to the manifest path relative to the repository root, and check out the repository first',
        });
    }
    return (0,src_manifest/* parseManifest */.Ng)(text, manifestPath, options);
}
/** pull_request_target: the manifest of the base revision, so the PR cannot choose what runs with secrets. */
async function readManifestAt(git, revision, manifestPath, options) {
    let text;
    try {
        text = await git.showFile(revision, manifestPath);
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`pull_request_target reads the lane manifest from the base revision ${(0,github/* short */.h0)(revision)}, and cannot`, error);
    }
    return (0,src_manifest/* parseManifest */.Ng)(text, `${manifestPath}@${(0,github/* short */.h0)(revision)}`, options);
}
/** The manifest input as a repo-relative POSIX path, the form changed-file lists use. */
function repoRelative(path) {
    if ((0,external_node_path_.isAbsolute)(path)) {
        throw new errors/* InputError */.dz(`the \`manifest\` input must be relative to the repository root, got ${path}`, {
            where: 'input `manifest`',
        });
    }
    return external_node_path_.posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}


/***/ })

};
