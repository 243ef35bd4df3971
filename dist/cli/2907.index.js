export const id = 2907;
export const ids = [2907,370];
export const modules = {

/***/ 75517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   r: () => (/* binding */ writeRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11107);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50767);
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
    const text = JSON.stringify((0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .redactDeep */ .KL)((0,_schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parse */ .q)(schema, value)), null, 2);
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
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', 0o644);
    try {
        try {
            await handle.writeFile(text);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        // A half-written temp file (a full disk) is never renamed, and must not keep its space.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 98624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readRecord),
/* harmony export */   w: () => (/* binding */ describeIssues)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11107);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/** Reading and validating one JSON record file, with errors that name the file and the key path. */



function describeIssues(error) {
    return error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
        .join('; ');
}
/** Reads `path` as `schema`; a missing, unreadable or invalid file throws a InputError naming it. */
async function readRecord(path, schema, what) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read ${what}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { where: path });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} is not valid JSON (${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)})`, {
            where: path,
            hint: 'the file is corrupt; remove the run with `pikaci gc` or restore the file',
        });
    }
    const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .safeParse */ .x)(schema, json);
    if (!parsed.success) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} does not match its schema: ${describeIssues(parsed.error)}`, {
            where: path,
            hint: 'the file was written by an incompatible version or edited by hand',
        });
    }
    return parsed.data;
}


/***/ }),

/***/ 26925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ silentReporter)
/* harmony export */ });
const silentReporter = { event: () => undefined };


/***/ }),

/***/ 59029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ runIdTimeMs),
/* harmony export */   F$: () => (/* binding */ newRunId),
/* harmony export */   Pk: () => (/* binding */ isRunId),
/* harmony export */   z6: () => (/* binding */ RUN_ID_PATTERN)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Run ids: `YYYYMMDDTHHMMSSZ-<8 hex>`; lexicographic order is chronological order to the second. */

const RUN_ID_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;
function newRunId(now = new Date()) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}
function isRunId(value) {
    return RUN_ID_PATTERN.test(value);
}
/** The creation instant encoded in a run id, or null when the id has another shape. */
function runIdTimeMs(runId) {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-/.exec(runId);
    if (!match)
        return null;
    const [, y, mo, d, h, mi, s] = match;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}


/***/ }),

/***/ 84028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sw: () => (/* binding */ ensureWritableStateRoot),
/* harmony export */   Uv: () => (/* binding */ resolveStateRoot),
/* harmony export */   qq: () => (/* binding */ ensureReadableStateRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10308);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/**
 * Choosing and checking the state root: `--state-root`, else `PIKACI_STATE_ROOT`, else
 * `<repo root>/.pikaci` where the repo root is the git top level of the cwd (the cwd outside git).
 */





async function resolveStateRoot(sources = {}) {
    const cwd = sources.cwd ?? process.cwd();
    const env = sources.env ?? process.env['PIKACI_STATE_ROOT'];
    if (sources.flag !== undefined && sources.flag !== '')
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, sources.flag);
    if (env !== undefined && env !== '')
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, env);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRoot */ .jv)(cwd), '.pikaci');
}
/** Create the state root if needed and prove it is a writable directory. */
async function ensureWritableStateRoot(stateRoot) {
    try {
        await makeDirectories((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateRoot, 'runs'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(stateRoot, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(stateRoot, 'runs'), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (error) {
        const why = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isSystemError */ .Or)(error) ? (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSystemError */ .Zo)(error) : (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error);
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`state root ${stateRoot} is not a writable directory: ${why}`, {
            where: stateRoot,
            hint: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isSystemError */ .Or)(error) && error.code === 'EROFS'
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
    let current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    for (;;) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(current).catch((error) => {
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
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current);
        if (parent === current)
            break;
        current = parent;
    }
    for (const dir of missing.reverse()) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir).catch(async (error) => {
            if (error.code === 'EEXIST') {
                // Created meanwhile, or a symbolic link whose target is missing.
                if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).catch(() => undefined))?.isDirectory())
                    return;
                throw new Error(`${dir} exists but is not a directory (a broken symbolic link?)`);
            }
            if (error.code === 'ENOENT') {
                throw new Error(`cannot create ${dir}: ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)} does not allow new entries (ENOENT)`);
            }
            throw error;
        });
    }
}
/** For read-only commands: the state root must exist and be a readable directory. */
async function ensureReadableStateRoot(stateRoot) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(stateRoot);
        if (!info.isDirectory())
            throw new Error('not a directory');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(stateRoot, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`state root ${stateRoot} is not a readable directory: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`, {
            where: stateRoot,
            hint: 'pass --state-root or set PIKACI_STATE_ROOT to the state root your runs were written to',
        });
    }
}


/***/ }),

/***/ 78633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ createSnapshot),
  M: () => (/* binding */ snapshotContentHash)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(73073);
;// CONCATENATED MODULE: ./src/util/all-settled.ts
/**
 * Like `Promise.all`, but waits for every operation to settle before throwing the first failure (in
 * argument order), so no process, channel or file write started by one of them is still running once
 * the caller sees the error (docs/design.md decision 7: cleanup runs on every path).
 */
async function allSettledOrThrow(operations) {
    const outcomes = await Promise.allSettled(operations);
    for (const outcome of outcomes)
        if (outcome.status === 'rejected')
            throw outcome.reason;
    return outcomes.map((outcome) => outcome.value);
}

// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/snapshot/blobs.ts
/**
 * Bulk blob reads through one `git cat-file --batch --buffer` process: object ids in on stdin (closed
 * at once, so git may buffer its output), `<oid> blob <size>\n<bytes>\n` out on stdout, in request
 * order. Each blob is handed to `onBlob` whole; while too many handlers are still running, stdout is
 * paused so memory stays bounded.
 */


const MAX_IN_FLIGHT = 64;
async function readBlobs(cwd, oids, onBlob) {
    if (oids.length === 0)
        return;
    const child = (0,run/* streamGit */.t1)(cwd, ['cat-file', '--batch', '--buffer']);
    return new Promise((resolve, reject) => {
        const queue = new ChunkQueue();
        let next = 0;
        let expectedSize = null;
        let inFlight = 0;
        let failure = null;
        let exited = false;
        // Settles only once git has exited and every handler has finished, so nothing outlives the call.
        const settle = () => {
            if (inFlight > 0 || !exited)
                return;
            if (failure)
                reject(failure);
            else if (next < oids.length)
                reject(new errors/* PikaciError */.uy(`git cat-file stopped after ${next} of ${oids.length} objects`, { where: cwd }));
            else
                resolve();
        };
        const fail = (error) => {
            failure ??= error;
            child.stdout.destroy();
            child.stop();
            settle();
        };
        // git cannot start, exits non-zero or is stopped: the runner's error (command and stderr).
        child.exited.then(() => {
            exited = true;
            settle();
        }, (error) => {
            exited = true;
            fail(error);
        });
        child.stdin.on('error', (error) => fail(new errors/* PikaciError */.uy(`git cat-file stdin: ${error.message}`, { where: cwd })));
        child.stdout.on('data', (chunk) => {
            if (failure)
                return;
            queue.push(chunk);
            for (;;) {
                if (expectedSize === null) {
                    const header = queue.takeLine();
                    if (header === null)
                        break;
                    const oid = oids[next];
                    const [gotOid, type, size] = header.split(' ');
                    if (gotOid !== oid || type === 'missing' || type !== 'blob' || size === undefined) {
                        fail(new errors/* PikaciError */.uy(type === 'missing'
                            ? `git object ${oid} is missing from the repository`
                            : `unexpected git cat-file reply for ${oid}: ${JSON.stringify(header)}`, { where: cwd, hint: 'run `git fsck`; a shallow or partial clone may lack the object' }));
                        return;
                    }
                    expectedSize = Number(size);
                }
                const body = queue.take(expectedSize + 1);
                if (body === null)
                    break;
                const oid = oids[next];
                next += 1;
                expectedSize = null;
                inFlight += 1;
                if (inFlight >= MAX_IN_FLIGHT)
                    child.stdout.pause();
                onBlob(oid, body.subarray(0, body.length - 1)).then(() => {
                    inFlight -= 1;
                    if (inFlight < MAX_IN_FLIGHT / 2 && !failure)
                        child.stdout.resume();
                    settle();
                }, (error) => {
                    inFlight -= 1;
                    fail(error instanceof Error ? error : new Error(String(error)));
                });
            }
        });
        child.stdin.end(`${oids.join('\n')}\n`);
    });
}
/** A byte queue that joins chunks only when a whole line or body is available. */
class ChunkQueue {
    chunks = [];
    length = 0;
    push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
    }
    takeLine() {
        let offset = 0;
        for (const chunk of this.chunks) {
            const at = chunk.indexOf(10);
            if (at !== -1) {
                const line = this.take(offset + at + 1);
                return line.subarray(0, line.length - 1).toString('utf8');
            }
            offset += chunk.length;
        }
        return null;
    }
    take(count) {
        if (count > this.length)
            return null;
        const first = this.chunks[0];
        let out;
        if (first.length >= count) {
            out = first.subarray(0, count);
            if (first.length === count)
                this.chunks.shift();
            else
                this.chunks[0] = first.subarray(count);
        }
        else {
            const parts = [];
            let needed = count;
            while (needed > 0) {
                const chunk = this.chunks[0];
                if (chunk.length <= needed) {
                    parts.push(chunk);
                    this.chunks.shift();
                    needed -= chunk.length;
                }
                else {
                    parts.push(chunk.subarray(0, needed));
                    this.chunks[0] = chunk.subarray(needed);
                    needed = 0;
                }
            }
            out = Buffer.concat(parts, count);
        }
        this.length -= count;
        return out;
    }
}

;// CONCATENATED MODULE: ./src/snapshot/nul.ts
/** `-z` output of git (run through `src/git/`'s runner) split into strictly decoded UTF-8 paths. */

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Splits `-z` output into records, decoding each as strict UTF-8. */
function splitNul(output, where, prefix = 'none') {
    const records = [];
    let start = 0;
    while (start < output.length) {
        let end = output.indexOf(0, start);
        if (end === -1)
            end = output.length;
        const bytes = output.subarray(start, end);
        try {
            records.push(utf8.decode(bytes));
        }
        catch {
            const untracked = prefix === 'tag' && bytes[0] === 0x3f;
            const from = prefix === 'none' ? 0 : untracked ? 2 : bytes.indexOf(9) + 1;
            const path = bytes.subarray(from);
            throw new errors/* PikaciError */.uy(`a path is not valid UTF-8: ${JSON.stringify(path.toString('latin1'))}`, {
                where,
                hint: 'rename the file to a UTF-8 name; snapshot paths and hashes are defined over UTF-8',
            });
        }
        start = end + 1;
    }
    return records;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/snapshot/hash.ts
/**
 * The snapshot content hash. It is part of the remote snapshot reuse contract: a snapshot made here and
 * one checked on a remote host must agree byte for byte, so the formula is fixed and written down.
 *
 *   content_hash = lowercase hex SHA-256 over the concatenation, for every file entry of the snapshot
 *   sorted by the UTF-8 bytes of its path, of
 *
 *       <mode> SP <oid> TAB <path> NUL
 *
 *   where
 *   - <path> is the `/`-separated path relative to the snapshot root, UTF-8, no leading `./`;
 *   - <mode> is the git file mode as git prints it: `100644` (regular), `100755` (regular, owner
 *     executable bit set) or `120000` (symbolic link);
 *   - <oid> is the lowercase hex SHA-1 git blob id: SHA-1 of `blob <byte length>` NUL <bytes>, where
 *     the bytes are the file contents, or for a symbolic link the link target string.
 *
 * Directories contribute nothing of their own (as in git, an empty directory is not content), and the
 * root-level ready marker `pikaci-snapshot.json` is never an entry. Because the oids are git's own blob
 * ids, a clean tracked file is hashed from `git ls-files -s`/`ls-tree` output without reading it, while
 * a snapshot directory can still be re-hashed from its bytes alone (`hashSnapshotDirectory`).
 */

const FILE_MODES = (/* unused pure expression or super */ null && (['100644', '100755', '120000']));
/** Byte order of the UTF-8 encoding (git's index order), not JavaScript's UTF-16 order. */
function comparePathBytes(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function computeContentHash(entries) {
    const sorted = [...entries].sort((a, b) => comparePathBytes(a.path, b.path));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const entry of sorted)
        hash.update(`${entry.mode} ${entry.oid}\t${entry.path}\0`, 'utf8');
    return hash.digest('hex');
}
/** git's SHA-1 blob id of some bytes (what `git hash-object --no-filters` prints). */
function gitBlobId(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./src/snapshot/metadata.ts
var snapshot_metadata = __webpack_require__(43031);
// EXTERNAL MODULE: ./src/snapshot/profile.ts
var snapshot_profile = __webpack_require__(27629);
;// CONCATENATED MODULE: ./src/snapshot/create.ts
/**
 * Snapshot creation. Unlike upstream (which walks and copies the working tree, ignored files included),
 * the file set comes from git: the files tracked at HEAD, plus (outside CI) local modifications and
 * untracked files that are not ignored. Clean tracked files are written straight from the object store
 * by id, so neither copying nor hashing them reads the working tree.
 *
 * Decisions worth knowing:
 * - Ignored files are never included (upstream copied them, `.env` secrets and all; docs/upstream.md, records 5.5.3).
 * - Submodules (gitlinks) and untracked nested repositories are left out and listed in
 *   `omitted_paths`: their contents are not in this repository's object store or index.
 * - Files from the object store hold git's stored bytes: no smudge filters (LFS) or eol conversion,
 *   so each file's bytes are exactly the blob its id names and a snapshot re-hashes to its content_hash.
 * - Paths must be UTF-8 and the repository SHA-1: the content hash is defined over both.
 * - A root-level `pikaci-snapshot.json` in the source is left out; that name is the marker's.
 */











const WORKTREE_COPY_CONCURRENCY = 32;
async function createSnapshot(options) {
    const clock = options.clock ?? (() => new Date());
    const sourceRoot = (0,external_node_path_.resolve)(options.sourceRoot);
    const destDir = (0,external_node_path_.resolve)(options.destDir);
    const head = await checkSource(sourceRoot);
    await prepareDestination(destDir);
    const [unfiltered, gitDirty] = await allSettledOrThrow([
        options.includeLocalChanges ? planWorkingTree(sourceRoot) : planHead(sourceRoot),
        isDirty(sourceRoot),
    ]);
    const plan = filterPlan(unfiltered, options.profile);
    const localFiles = await inspectLocalFiles(sourceRoot, plan.local);
    const directories = new Set();
    for (const { path } of [...plan.stored, ...localFiles]) {
        for (let dir = (0,external_node_path_.dirname)(path); dir !== '.'; dir = (0,external_node_path_.dirname)(dir))
            directories.add(dir);
    }
    // Parents sort before their children, so non-recursive mkdir never misses a parent.
    for (const dir of [...directories].sort(comparePathBytes))
        await (0,promises_.mkdir)((0,external_node_path_.join)(destDir, dir));
    let localEntries;
    try {
        [, localEntries] = await allSettledOrThrow([
            writeStoredFiles(sourceRoot, destDir, plan.stored),
            copyLocalFiles(sourceRoot, destDir, localFiles),
        ]);
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`snapshot of ${sourceRoot} into ${destDir} failed (the directory is left without its ready marker; delete it before retrying)`, error);
    }
    const entries = [...plan.stored, ...localEntries];
    const metadata = {
        source_root: sourceRoot,
        snapshot_dir: destDir,
        git_head: head,
        git_dirty: gitDirty,
        created_at: (0,snapshot_metadata/* formatSnapshotTimestamp */.oo)(clock()),
        content_hash: computeContentHash(entries),
        profile: options.profile,
        omitted_paths: plan.omitted,
    };
    await (0,snapshot_metadata/* writeSnapshotMetadata */.xy)(destDir, metadata);
    return metadata;
}
/** The checks below word a non-zero exit themselves: git's exit status is returned, not thrown. */
const ANY_EXIT = { exitCodes: 'any' };
/**
 * The content hash a snapshot of `sourceRoot` would have, computed without writing one: the same
 * file set (`planHead`/`planWorkingTree`, then the profile's skip rules) and the same formula
 * (`hash.ts`). Clean tracked files are hashed from their blob ids alone, so on a CI checkout (HEAD
 * only) nothing but `git ls-tree` output is read; local edits and untracked files are read and hashed.
 * The pass cache (README "Skipping lanes that already passed") keys a lane on it before anything runs.
 */
async function snapshotContentHash(options) {
    const sourceRoot = (0,external_node_path_.resolve)(options.sourceRoot);
    const head = await checkSource(sourceRoot);
    const unfiltered = await (options.includeLocalChanges ? planWorkingTree(sourceRoot) : planHead(sourceRoot));
    const plan = filterPlan(unfiltered, options.profile);
    const localFiles = await inspectLocalFiles(sourceRoot, plan.local);
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
    const localEntries = await allSettledOrThrow(localFiles.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        return { path, mode, oid: gitBlobId(bytes) };
    })));
    const entries = [...plan.stored, ...localEntries];
    return { contentHash: computeContentHash(entries), files: entries.length, gitHead: head };
}
/** Returns HEAD's commit id after checking that `sourceRoot` is the top of a usable working tree. */
async function checkSource(sourceRoot) {
    const info = await (0,promises_.stat)(sourceRoot).catch(() => null);
    if (!info?.isDirectory()) {
        throw new errors/* InputError */.dz('snapshot source is not a directory', {
            where: sourceRoot,
            hint: 'pass the top-level directory of a git checkout',
        });
    }
    const fast = await sourceFacts(sourceRoot);
    if (fast !== null) {
        await checkTopLevel(sourceRoot, fast.topLevel);
        checkObjectFormat(sourceRoot, fast.objectFormat);
        return fast.head;
    }
    const top = await (0,run/* runGit */.EO)(sourceRoot, ['rev-parse', '--show-toplevel'], ANY_EXIT);
    if (top.exitCode !== 0) {
        throw new errors/* InputError */.dz(`snapshot source is not a git working tree: ${top.stderr}`, {
            where: sourceRoot,
            hint: 'snapshots are made from git checkouts; run from a clone of the repository',
        });
    }
    await checkTopLevel(sourceRoot, top.stdout.toString('utf8').trim());
    const format = await (0,run/* runGit */.EO)(sourceRoot, ['rev-parse', '--show-object-format'], ANY_EXIT);
    checkObjectFormat(sourceRoot, format.exitCode === 0 ? format.stdout.toString('utf8').trim() : 'sha1');
    const head = await (0,run/* runGit */.EO)(sourceRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
    if (head.exitCode !== 0) {
        throw new errors/* InputError */.dz('the repository has no commits, so there is no HEAD to snapshot', {
            where: sourceRoot,
            hint: 'commit the files first (`git add -A && git commit`)',
        });
    }
    return head.stdout.toString('utf8').trim();
}
/**
 * Top level, object format and HEAD from one `git rev-parse` when all three are there (each git
 * process is a measured part of `pikaci run`'s overhead); null sends `checkSource` through the
 * one-check-per-process path, which words each failure.
 */
async function sourceFacts(sourceRoot) {
    const result = await (0,run/* runGit */.EO)(sourceRoot, ['rev-parse', '--show-toplevel', '--show-object-format', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
    const lines = result.stdout.toString('utf8').split('\n');
    if (result.exitCode !== 0 || lines.length !== 4 || lines[3] !== '')
        return null;
    const [topLevel, objectFormat, head] = lines.map((line) => line.trim());
    return { topLevel, objectFormat, head };
}
async function checkTopLevel(sourceRoot, topLevel) {
    if ((await (0,promises_.realpath)(topLevel)) !== (await (0,promises_.realpath)(sourceRoot))) {
        throw new errors/* InputError */.dz(`snapshot source is not the top level of its repository (${topLevel})`, {
            where: sourceRoot,
            hint: `pass ${topLevel} instead`,
        });
    }
}
function checkObjectFormat(sourceRoot, objectFormat) {
    if (objectFormat !== 'sha1') {
        throw new errors/* InputError */.dz(`repositories with the ${objectFormat} object format are not supported`, {
            where: sourceRoot,
            hint: 'the snapshot content hash is defined over SHA-1 blob ids; use a sha1 repository',
        });
    }
}
async function prepareDestination(destDir) {
    const existing = await (0,promises_.readdir)(destDir).catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw new errors/* InputError */.dz(`snapshot destination cannot be used: ${error.message}`, { where: destDir });
    });
    if (existing !== null && existing.length > 0) {
        throw new errors/* InputError */.dz('snapshot destination is not empty', {
            where: destDir,
            hint: 'pass a new or empty directory (delete a stale snapshot first)',
        });
    }
    await (0,promises_.mkdir)(destDir, { recursive: true });
}
/** git's standard output; a non-zero exit throws the runner's error (the command and git's stderr). */
async function gitOutput(sourceRoot, args) {
    return (await (0,run/* runGit */.EO)(sourceRoot, args)).stdout;
}
/** CI: the tree of HEAD, read from the object store only. */
async function planHead(sourceRoot) {
    const output = await gitOutput(sourceRoot, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
    const plan = { stored: [], local: [], omitted: [] };
    for (const record of splitNul(output, `${sourceRoot} (git ls-tree HEAD)`, 'tab')) {
        // `<mode> SP <type> SP <oid> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, , oid] = record.slice(0, tab).split(' ');
        addStored(plan, record.slice(tab + 1), mode, oid, sourceRoot);
    }
    return plan;
}
/** A developer machine: the index, with edited, deleted and conflicted paths taken from the disk. */
async function planWorkingTree(sourceRoot) {
    // One process for the index and the working tree: `-t` tags each record. `?` is an untracked path
    // (-o), `C` an edited, deleted or conflicted one (-m), any other tag an index entry (-s: H, or M for
    // a conflict stage, S for skip-worktree) with its mode, blob and stage.
    const listing = await gitOutput(sourceRoot, [
        'ls-files',
        '-z',
        '-s',
        '-t',
        '-m',
        '-o',
        '--exclude-standard',
    ]);
    const changed = new Set();
    const untracked = [];
    const indexed = [];
    for (const record of splitNul(listing, `${sourceRoot} (git ls-files -s -t -m -o)`, 'tag')) {
        if (record.startsWith('? '))
            untracked.push(record.slice(2));
        else if (record.startsWith('C '))
            changed.add(record.slice(record.indexOf('\t') + 1));
        else
            indexed.push(record.slice(2));
    }
    const plan = { stored: [], local: [], omitted: [] };
    const seen = new Set();
    for (const record of indexed) {
        // `<mode> SP <oid> SP <stage> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, oid, stage] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        if (seen.has(path))
            continue;
        seen.add(path);
        // A conflicted path has several stages and no single blob: the disk holds the user's version.
        if (mode !== '160000' && (changed.has(path) || stage !== '0'))
            plan.local.push(path);
        else
            addStored(plan, path, mode, oid, sourceRoot);
    }
    for (const path of untracked) {
        // git lists an untracked directory holding its own repository as `dir/` and never looks inside.
        if (path.endsWith('/'))
            plan.omitted.push({ path: path.slice(0, -1), reason: 'nested_repository' });
        else
            plan.local.push(path);
    }
    return plan;
}
function addStored(plan, path, rawMode, oid, where) {
    const mode = parseInt(rawMode, 8);
    switch (mode >> 12) {
        case 0o10:
            // git itself only knows 644 and 755; anything with the owner execute bit is executable.
            plan.stored.push({ path, oid, mode: mode & 0o100 ? '100755' : '100644' });
            return;
        case 0o12:
            plan.stored.push({ path, oid, mode: '120000' });
            return;
        case 0o16:
            plan.omitted.push({ path, reason: 'submodule' });
            return;
        default:
            throw new errors/* PikaciError */.uy(`unexpected git file mode ${rawMode} for ${JSON.stringify(path)}`, { where });
    }
}
/**
 * Applies the profile's skip rules. The root-level `pikaci-snapshot.json` is always left out too: it is
 * the marker's name, and a snapshot taken from a materialised workspace must not carry the old one.
 */
function filterPlan(plan, profile) {
    const keep = (path) => path !== snapshot_metadata/* SNAPSHOT_METADATA_FILE */.mh && !(0,snapshot_profile/* isSkippedPath */.cT)(path, profile);
    return {
        stored: plan.stored.filter((file) => keep(file.path)),
        local: plan.local.filter(keep),
        omitted: plan.omitted.filter((entry) => keep(entry.path)),
    };
}
async function isDirty(sourceRoot) {
    const status = await gitOutput(sourceRoot, ['status', '--porcelain', '-z', '--untracked-files=normal']);
    return status.length > 0;
}
async function writeStoredFiles(sourceRoot, destDir, files) {
    const byOid = new Map();
    for (const file of files) {
        const group = byOid.get(file.oid);
        if (group)
            group.push(file);
        else
            byOid.set(file.oid, [file]);
    }
    await readBlobs(sourceRoot, [...byOid.keys()], async (oid, bytes) => {
        for (const file of byOid.get(oid))
            await materialise((0,external_node_path_.join)(destDir, file.path), file.mode, bytes);
    });
}
/**
 * Which working-tree paths are a file or symlink, seen the way git sees them: without following links.
 * Dropped: deleted paths, tracked files replaced by a directory (git lists its files as untracked), and
 * paths below a directory replaced by a symlink (git treats them as deleted; the link itself is untracked).
 */
async function inspectLocalFiles(sourceRoot, paths) {
    const realDirectories = new Map();
    const isRealDirectory = (dir) => {
        if (dir === '.')
            return Promise.resolve(true);
        let known = realDirectories.get(dir);
        if (!known) {
            known = isRealDirectory((0,external_node_path_.dirname)(dir)).then(async (parentIsReal) => parentIsReal &&
                (await (0,promises_.lstat)((0,external_node_path_.join)(sourceRoot, dir)).then((info) => info.isDirectory(), () => false)));
            realDirectories.set(dir, known);
        }
        return known;
    };
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
    const inspected = await allSettledOrThrow(paths.map((path) => limit(async () => {
        if (!(await isRealDirectory((0,external_node_path_.dirname)(path))))
            return null;
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const info = await (0,promises_.lstat)(source).catch((error) => {
            if (error.code === 'ENOENT')
                return null;
            throw error;
        });
        if (info === null || info.isDirectory())
            return null;
        if (info.isSymbolicLink())
            return { path, mode: '120000' };
        if (info.isFile())
            return { path, mode: info.mode & 0o100 ? '100755' : '100644' };
        throw new errors/* PikaciError */.uy(`cannot snapshot ${JSON.stringify(path)}: not a file, symlink or directory`, {
            where: source,
            hint: 'remove the special file (fifo, socket or device) or add it to .gitignore',
        });
    })));
    return inspected.filter((file) => file !== null);
}
/** Copies working-tree files, returning their hash entries computed from the bytes copied. */
async function copyLocalFiles(sourceRoot, destDir, files) {
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
    return allSettledOrThrow(files.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        await materialise((0,external_node_path_.join)(destDir, path), mode, bytes);
        return { path, mode, oid: gitBlobId(bytes) };
    })));
}
/** Like a git checkout: links are recreated from their target bytes, never followed; umask applies. */
async function materialise(target, mode, bytes) {
    switch (mode) {
        case '120000':
            await (0,promises_.symlink)(bytes, target);
            return;
        case '100755':
            await (0,promises_.writeFile)(target, bytes, { mode: 0o777, flag: 'wx' });
            return;
        case '100644':
            await (0,promises_.writeFile)(target, bytes, { mode: 0o666, flag: 'wx' });
            return;
        default:
            (0,assert_never/* assertNever */.x)(mode);
    }
}


/***/ }),

/***/ 43031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ SnapshotMetadataSchema),
/* harmony export */   U$: () => (/* binding */ readSnapshotMetadata),
/* harmony export */   mh: () => (/* binding */ SNAPSHOT_METADATA_FILE),
/* harmony export */   oo: () => (/* binding */ formatSnapshotTimestamp),
/* harmony export */   xy: () => (/* binding */ writeSnapshotMetadata)
/* harmony export */ });
/* unused harmony export OmittedPathSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38816);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11107);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27629);
/**
 * `<snapshot>/pikaci-snapshot.json` (docs/upstream.md, records 2.9): the snapshot's description and its ready
 * marker. It is written last and atomically, so its presence means the tree beside it is complete.
 */






const SNAPSHOT_METADATA_FILE = 'pikaci-snapshot.json';
/** RFC 3339 in UTC; upstream writes `+00:00` with 0–9 fractional digits, its fixtures use `Z`. */
const UtcTimestampSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|\+00:00)$/, 'expected an RFC 3339 UTC timestamp ending in `Z` or `+00:00`');
const OmittedPathSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    path: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    /**
     * `submodule`: a gitlink (mode 160000); its commit is not in this repository's object store.
     * `nested_repository`: an untracked directory holding its own git repository.
     */
    reason: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['submodule', 'nested_repository']),
});
const SnapshotMetadataSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    source_root: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    snapshot_dir: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    git_head: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    git_dirty: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().nullable(),
    created_at: UtcTimestampSchema,
    content_hash: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256')
        .nullable()
        .default(null),
    /** Ours, absent from upstream files: the profile used and what was left out on purpose. */
    profile: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .SNAPSHOT_PROFILES */ .Y5).optional(),
    omitted_paths: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(OmittedPathSchema).optional(),
});
/** The upstream form: UTC with a `+00:00` offset. */
function formatSnapshotTimestamp(date) {
    return date.toISOString().replace(/Z$/, '+00:00');
}
async function readSnapshotMetadata(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SNAPSHOT_METADATA_FILE);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (isNotFound(error)) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy('snapshot is not ready: its marker file is missing', {
                where: file,
                hint: 'the snapshot was never completed (or the path is wrong); create it again',
                cause: error,
            });
        }
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy(`cannot read snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy(`snapshot metadata is not valid JSON: ${error.message}`, {
            where: file,
            hint: 'the marker is corrupt; delete the snapshot directory and create it again',
            cause: error,
        });
    }
    const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_6__/* .safeParse */ .x)(SnapshotMetadataSchema, json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : '';
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy(`invalid snapshot metadata${at}: ${issue?.message ?? 'unknown problem'}`, {
            where: file,
            hint: 'the marker is corrupt or from an incompatible writer; delete the snapshot and create it again',
        });
    }
    return parsed.data;
}
/** Temp file in the same directory, then rename: readers see no marker or a whole one. */
async function writeSnapshotMetadata(dir, metadata) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SNAPSHOT_METADATA_FILE);
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${SNAPSHOT_METADATA_FILE}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, `${JSON.stringify(metadata, null, 2)}\n`, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy(`cannot write snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
}
function isNotFound(error) {
    return error?.code === 'ENOENT';
}


/***/ }),

/***/ 27629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ SNAPSHOT_PROFILES),
/* harmony export */   cT: () => (/* binding */ isSkippedPath),
/* harmony export */   lw: () => (/* binding */ snapshotProfileForJobs)
/* harmony export */ });
/* unused harmony export shouldSkipEntry */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31146);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81651);
/**
 * Snapshot profiles and the upstream skip rules (docs/upstream.md, lanes 1.5, docs/upstream.md, records 5.1).
 * Pure: no file system, no git.
 */


const SNAPSHOT_PROFILES = ['full', 'staged_linux_rust', 'staged_linux_followup'];
/** Skipped wherever they appear: VCS and tool state, build output. */
const SKIP_AT_ANY_DEPTH = new Set(['.git', '.pikaci', '.direnv', 'target']);
/** Skipped below the root only, so a top-level `build/` (e.g. build scripts) is kept. */
const SKIP_BELOW_ROOT = new Set(['node_modules', '.gradle', 'DerivedData', 'build']);
function skippedAtRoot(profile) {
    switch (profile) {
        case 'full':
            return new Set();
        case 'staged_linux_rust':
            return new Set(['ios', 'android']);
        case 'staged_linux_followup':
            return new Set(['ios']);
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .x)(profile);
    }
}
/** Upstream `should_skip(name, is_root, profile)`: does this directory entry stay out of the snapshot? */
function shouldSkipEntry(name, atRoot, profile) {
    if (SKIP_AT_ANY_DEPTH.has(name))
        return true;
    if (atRoot)
        return skippedAtRoot(profile).has(name);
    return SKIP_BELOW_ROOT.has(name);
}
/**
 * Whether a repository-relative path (`/`-separated, no leading `./`) lies under a skipped entry:
 * the rules are applied to every component, the first one being the root-level entry.
 */
function isSkippedPath(relPath, profile) {
    const components = relPath.split('/');
    return components.some((name, depth) => shouldSkipEntry(name, depth === 0, profile));
}
/**
 * Upstream `snapshot_profile_for_jobs`: any staged job with the `followup` profile ⇒ followup;
 * any staged job ⇒ rust; otherwise the full tree.
 */
function snapshotProfileForJobs(jobs) {
    const staged = jobs.flatMap((job) => {
        const command = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .stagedLinuxCommand */ .Md)(job);
        return command ? [command] : [];
    });
    if (staged.some((command) => command.snapshot_profile === 'followup'))
        return 'staged_linux_followup';
    if (staged.length > 0)
        return 'staged_linux_rust';
    return 'full';
}


/***/ }),

/***/ 50767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   fx: () => (/* binding */ streamRedactor),
/* harmony export */   it: () => (/* binding */ redactFile)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH, hasSecrets, redactText, clearSecrets */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
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
    // The source is opened first: a missing file leaves no temp file behind (a write stream creates
    // its file asynchronously, so one made before the ENOENT could appear after its removal).
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r').catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    });
    if (handle === null)
        return;
    const temp = `${path}.redacting`;
    const sink = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temp);
    const redactor = streamRedactor((bytes) => sink.write(bytes));
    try {
        for await (const chunk of handle.createReadStream())
            redactor.write(chunk);
    }
    catch (error) {
        sink.destroy();
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.finished)(sink).catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
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

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
