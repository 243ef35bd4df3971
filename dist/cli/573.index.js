export const id = 573;
export const ids = [573];
export const modules = {

/***/ 1107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jy: () => (/* reexport */ hostArgv),
  ch: () => (/* reexport */ hostProcessBackend),
  qf: () => (/* reexport */ openLogWriter),
  qq: () => (/* reexport */ readTerminalResult),
  Bm: () => (/* reexport */ resolveBackend),
  Fy: () => (/* reexport */ writeTerminalResult)
});

// UNUSED EXPORTS: outcomeFromTerminalResult

// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(6684);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/runtime/result.ts
/** The terminal `result.json` contract shared by every runtime (executor.md §0.4, DESIGN 6). */

async function writeTerminalResult(path, result) {
    const record = {
        schema_version: 1,
        status: result.ok ? 'completed' : 'failed',
        finished_at: (0,records.rfc3339)(),
        message: result.message,
    };
    if (result.exitCode !== null)
        record.exit_code = result.exitCode;
    if (result.details !== undefined)
        record.details = result.details;
    await (0,records.writeRecord)(path, records.TerminalResultSchema, record);
}
function outcomeFromTerminalResult(result) {
    return {
        status: result.status === 'completed' ? 'passed' : 'failed',
        exit_code: result.exit_code ?? null,
        message: result.message,
    };
}
async function readTerminalResult(path) {
    return outcomeFromTerminalResult(await (0,records.readRecord)(path, records.TerminalResultSchema, 'terminal result'));
}

;// CONCATENATED MODULE: ./src/runtime/host-process.ts
/**
 * local × host_process (executor.md §2, with DESIGN changes): the job's command runs on this
 * machine through the Transport, in the run's workspace, with output streamed live to the terminal
 * and appended to host.log. Every ending — exit, timeout, cancellation, a command that cannot
 * start — is written to result.json, and the outcome is read back from it.
 */






const BASH = ['bash', '--noprofile', '--norc', '-lc'];
/** The argv a guest command runs as on the host; null for commands this runtime refuses. */
function hostArgv(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return [...BASH, guest.command];
        case 'shell_command_as_root':
            return null;
        case 'argv':
            return guest.argv;
        case 'exact_cargo_test':
        case 'package_unit_tests':
        case 'package_tests':
        case 'filtered_cargo_tests':
            return [...BASH, (0,model/* compileGuestCommand */.Dw)(guest).command];
        default:
            return (0,model/* assertNever */.xb)(guest);
    }
}
function endingOf(result, timeoutSecs) {
    if (result.cancelled)
        return { ok: false, message: 'cancelled', exitCode: null };
    if (result.timedOut)
        return { ok: false, message: `timed out after ${timeoutSecs}s`, exitCode: null };
    if (result.exitCode === 0)
        return { ok: true, message: 'host-local command passed', exitCode: 0 };
    if (result.exitCode !== null) {
        const hint = result.exitCode === 127 ? ' (command not found)' : '';
        return {
            ok: false,
            message: `host-local command exited with ${result.exitCode}${hint}`,
            exitCode: result.exitCode,
        };
    }
    return {
        ok: false,
        message: `host-local command was killed by ${result.signal ?? 'a signal'}`,
        exitCode: null,
    };
}
async function runHostProcess(ctx) {
    const { job, hostLog, paths } = ctx;
    await (0,promises_.mkdir)(paths.artifactsDir, { recursive: true });
    const argv = hostArgv(job.guest_command);
    let ending;
    if (argv === null) {
        ending = {
            ok: false,
            message: 'host-process jobs do not support root commands (shell_command_as_root); use an incus or tart runtime',
            exitCode: null,
        };
        hostLog.line(`[pikaci] ${ending.message}`);
    }
    else {
        hostLog.line(`[pikaci] starting host-local job \`${job.id}\` at ${(0,records.rfc3339)()}`);
        hostLog.line(`[pikaci] host-local command: ${(0,shell/* shellJoin */.n)(argv)}`);
        hostLog.line(`[pikaci] host-local workspace: ${ctx.workspaceDir}`);
        try {
            const result = await ctx.transport.exec({
                argv,
                cwd: ctx.workspaceDir,
                env: {
                    ARTIFACTS: paths.artifactsDir,
                    CARGO_HOME: ctx.cargoHomeDir,
                    CARGO_TARGET_DIR: ctx.cargoTargetDir,
                },
                onStdout: (chunk) => {
                    hostLog.write(chunk);
                    ctx.output('stdout', chunk);
                },
                onStderr: (chunk) => {
                    hostLog.write(chunk);
                    ctx.output('stderr', chunk);
                },
                timeoutMs: ctx.timeoutSecs * 1000,
                signal: ctx.signal,
            });
            ending = endingOf(result, ctx.timeoutSecs);
            if (result.timedOut)
                hostLog.line(`[pikaci] timeout after ${ctx.timeoutSecs}s, killed host-local command`);
        }
        catch (error) {
            ending = { ok: false, message: `could not start the command: ${(0,errors/* errorMessage */.gJ)(error)}`, exitCode: null };
        }
        hostLog.line(`[pikaci] host-local job exited with ${ending.exitCode ?? 'no exit code'} at ${(0,records.rfc3339)()}: ${ending.message}`);
    }
    await writeTerminalResult(paths.resultJson, ending);
    return readTerminalResult(paths.resultJson);
}
const hostProcessBackend = { run: runHostProcess };

;// CONCATENATED MODULE: ./src/runtime/dispatch.ts
/**
 * Which backend runs a placement × runtime pair. Every pair has an arm, so adding a runtime or a
 * placement is a compile error here until it is handled.
 */


function unavailable(execution, needs) {
    return {
        kind: 'unavailable',
        message: `not available yet: ${execution.placement} × ${execution.runtime} jobs need ${needs}`,
    };
}
function resolveBackend(execution) {
    const { placement, runtime } = execution;
    switch (runtime) {
        case 'host_process':
            switch (placement) {
                case 'local':
                    return { kind: 'ready', backend: hostProcessBackend };
                case 'remote_ssh':
                    return unavailable(execution, 'the SSH transport wired into the host-process backend');
                default:
                    return (0,model/* assertNever */.xb)(placement);
            }
        case 'incus':
            switch (placement) {
                case 'local':
                case 'remote_ssh':
                    return unavailable(execution, 'the Incus runtime backend');
                default:
                    return (0,model/* assertNever */.xb)(placement);
            }
        case 'tart':
            switch (placement) {
                case 'local':
                case 'remote_ssh':
                    return unavailable(execution, 'the Tart runtime backend');
                default:
                    return (0,model/* assertNever */.xb)(placement);
            }
        default:
            return (0,model/* assertNever */.xb)(runtime);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/runtime/log-writer.ts
/**
 * Log files written with synchronous appends: a chunk is on disk before the next one is read from
 * the pipe, so a command that prints gigabytes never makes this process buffer them (DESIGN 9).
 */


function openLogWriter(path) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    let fd = (0,external_node_fs_.openSync)(path, 'a');
    const write = (chunk) => {
        if (fd === null)
            throw new Error(`log ${path} is closed`);
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        let offset = 0;
        while (offset < bytes.length)
            offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
    };
    return {
        path,
        write,
        line: (text) => write(`${text}\n`),
        close: () => {
            if (fd !== null)
                (0,external_node_fs_.closeSync)(fd);
            fd = null;
        },
    };
}

;// CONCATENATED MODULE: ./src/runtime/index.ts






/***/ }),

/***/ 3575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mh: () => (/* reexport */ metadata_SNAPSHOT_METADATA_FILE),
  D6: () => (/* reexport */ SnapshotMetadataSchema),
  $p: () => (/* reexport */ createSnapshot),
  U$: () => (/* reexport */ metadata_readSnapshotMetadata),
  lw: () => (/* reexport */ snapshotProfileForJobs)
});

// UNUSED EXPORTS: FILE_MODES, SNAPSHOT_PROFILES, computeContentHash, formatSnapshotTimestamp, gitBlobId, hashSnapshotDirectory, isSkippedPath, shouldSkipEntry, verifySnapshot

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 132 modules
var execa = __webpack_require__(2053);
;// CONCATENATED MODULE: ./src/snapshot/git.ts
/** The git edge of snapshots: plain `git` processes run in the source repository. */


/**
 * Variables through which a parent git (a hook, `git rebase -x`) would point us at another repository
 * or index (`git rev-parse --local-env-vars`). A snapshot always reads the repository at its cwd.
 */
const GIT_LOCAL_ENV_VARS = [
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_CONFIG',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_OBJECT_DIRECTORY',
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_IMPLICIT_WORK_TREE',
    'GIT_GRAFT_FILE',
    'GIT_INDEX_FILE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_REPLACE_REF_BASE',
    'GIT_PREFIX',
    'GIT_SHALLOW_FILE',
    'GIT_COMMON_DIR',
];
function gitEnv() {
    const env = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
    for (const name of GIT_LOCAL_ENV_VARS)
        delete env[name];
    return env;
}
/** Runs git; a non-zero exit is returned, not thrown, so callers can turn it into a precise error. */
async function tryGit(cwd, args) {
    const result = await (0,execa/* execa */.Ho)('git', args, {
        cwd,
        env: gitEnv(),
        extendEnv: false,
        encoding: 'buffer',
        stripFinalNewline: false,
        reject: false,
        maxBuffer: 1024 * 1024 * 1024,
    });
    if (result.failed && result.exitCode === undefined) {
        throw new errors/* PikaciError */.uy(`cannot run git: ${result.shortMessage}`, {
            where: cwd,
            hint: 'install git and make sure it is on PATH',
        });
    }
    return {
        ok: result.exitCode === 0,
        stdout: Buffer.from(result.stdout),
        stderr: Buffer.from(result.stderr).toString('utf8').trim(),
    };
}
async function git(cwd, args) {
    const result = await tryGit(cwd, args);
    if (!result.ok) {
        throw new errors/* PikaciError */.uy(`\`git ${args.join(' ')}\` failed: ${result.stderr || 'no message'}`, {
            where: cwd,
        });
    }
    return result.stdout;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Splits `-z` output into records, decoding each as strict UTF-8. */
function splitNul(output, where) {
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
            throw new errors/* PikaciError */.uy(`a path is not valid UTF-8: ${JSON.stringify(bytes.toString('latin1'))}`, {
                where,
                hint: 'rename the file to a UTF-8 name; snapshot paths and hashes are defined over UTF-8',
            });
        }
        start = end + 1;
    }
    return records;
}

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
    const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch', '--buffer'], {
        cwd,
        env: gitEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
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
            child.kill();
            settle();
        };
        child.on('error', (error) => fail(new errors/* PikaciError */.uy(`cannot run git cat-file: ${error.message}`, { where: cwd, hint: 'install git' })));
        child.on('close', (code) => {
            exited = true;
            if (code !== 0 && !failure) {
                const message = Buffer.concat(stderr).toString('utf8').trim();
                fail(new errors/* PikaciError */.uy(`git cat-file --batch exited with ${code}: ${message || 'no message'}`, {
                    where: cwd,
                }));
                return;
            }
            settle();
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
function hash_computeContentHash(entries) {
    const sorted = [...entries].sort((a, b) => comparePathBytes(a.path, b.path));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const entry of sorted)
        hash.update(`${entry.mode} ${entry.oid}\t${entry.path}\0`, 'utf8');
    return hash.digest('hex');
}
/** git's SHA-1 blob id of some bytes (what `git hash-object --no-filters` prints). */
function hash_gitBlobId(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/snapshot/profile.ts
/**
 * Snapshot profiles and the upstream skip rules (catalog-and-lanes.md §1.5, run-records.md §5.1).
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
            return (0,model/* assertNever */.xb)(profile);
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
        const command = (0,model/* stagedLinuxCommand */.Md)(job);
        return command ? [command] : [];
    });
    if (staged.some((command) => command.snapshot_profile === 'followup'))
        return 'staged_linux_followup';
    if (staged.length > 0)
        return 'staged_linux_rust';
    return 'full';
}

;// CONCATENATED MODULE: ./src/snapshot/metadata.ts
/**
 * `<snapshot>/pikaci-snapshot.json` (run-records.md §2.9): the snapshot's description and its ready
 * marker. It is written last and atomically, so its presence means the tree beside it is complete.
 */






const metadata_SNAPSHOT_METADATA_FILE = 'pikaci-snapshot.json';
/** RFC 3339 in UTC; upstream writes `+00:00` with 0–9 fractional digits, its fixtures use `Z`. */
const UtcTimestampSchema = schemas/* string */.YjP()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|\+00:00)$/, 'expected an RFC 3339 UTC timestamp ending in `Z` or `+00:00`');
const OmittedPathSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1),
    /**
     * `submodule`: a gitlink (mode 160000); its commit is not in this repository's object store.
     * `nested_repository`: an untracked directory holding its own git repository.
     */
    reason: schemas/* enum */.k5n(['submodule', 'nested_repository']),
});
const SnapshotMetadataSchema = schemas/* object */.Ikc({
    source_root: schemas/* string */.YjP().min(1),
    snapshot_dir: schemas/* string */.YjP().min(1),
    git_head: schemas/* string */.YjP().nullable(),
    git_dirty: schemas/* boolean */.zMY().nullable(),
    created_at: UtcTimestampSchema,
    content_hash: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256')
        .nullable()
        .default(null),
    /** Ours, absent from upstream files: the profile used and what was left out on purpose. */
    profile: schemas/* enum */.k5n(SNAPSHOT_PROFILES).optional(),
    omitted_paths: schemas/* array */.YOg(OmittedPathSchema).optional(),
});
/** The upstream form: UTC with a `+00:00` offset. */
function formatSnapshotTimestamp(date) {
    return date.toISOString().replace(/Z$/, '+00:00');
}
async function metadata_readSnapshotMetadata(dir) {
    const file = (0,external_node_path_.join)(dir, metadata_SNAPSHOT_METADATA_FILE);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (isNotFound(error)) {
            throw new errors/* PikaciError */.uy('snapshot is not ready: its marker file is missing', {
                where: file,
                hint: 'the snapshot was never completed (or the path is wrong); create it again',
                cause: error,
            });
        }
        throw new errors/* PikaciError */.uy(`cannot read snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* PikaciError */.uy(`snapshot metadata is not valid JSON: ${error.message}`, {
            where: file,
            hint: 'the marker is corrupt; delete the snapshot directory and create it again',
            cause: error,
        });
    }
    const parsed = SnapshotMetadataSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : '';
        throw new errors/* PikaciError */.uy(`invalid snapshot metadata${at}: ${issue?.message ?? 'unknown problem'}`, {
            where: file,
            hint: 'the marker is corrupt or from an incompatible writer; delete the snapshot and create it again',
        });
    }
    return parsed.data;
}
/** Temp file in the same directory, then rename: readers see no marker or a whole one. */
async function writeSnapshotMetadata(dir, metadata) {
    const file = (0,external_node_path_.join)(dir, metadata_SNAPSHOT_METADATA_FILE);
    const temp = (0,external_node_path_.join)(dir, `.${metadata_SNAPSHOT_METADATA_FILE}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, `${JSON.stringify(metadata, null, 2)}\n`, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw new errors/* PikaciError */.uy(`cannot write snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
}
function isNotFound(error) {
    return error?.code === 'ENOENT';
}

;// CONCATENATED MODULE: ./src/snapshot/create.ts
/**
 * Snapshot creation. Unlike upstream (which walks and copies the working tree, ignored files included),
 * the file set comes from git: the files tracked at HEAD, plus (outside CI) local modifications and
 * untracked files that are not ignored. Clean tracked files are written straight from the object store
 * by id, so neither copying nor hashing them reads the working tree.
 *
 * Decisions worth knowing:
 * - Ignored files are never included (upstream copied them, `.env` secrets and all; run-records §5.5.3).
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
        created_at: formatSnapshotTimestamp(clock()),
        content_hash: hash_computeContentHash(entries),
        profile: options.profile,
        omitted_paths: plan.omitted,
    };
    await writeSnapshotMetadata(destDir, metadata);
    return metadata;
}
/** Returns HEAD's commit id after checking that `sourceRoot` is the top of a usable working tree. */
async function checkSource(sourceRoot) {
    const info = await (0,promises_.stat)(sourceRoot).catch(() => null);
    if (!info?.isDirectory()) {
        throw new errors.InputError('snapshot source is not a directory', {
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
    const top = await tryGit(sourceRoot, ['rev-parse', '--show-toplevel']);
    if (!top.ok) {
        throw new errors.InputError(`snapshot source is not a git working tree: ${top.stderr}`, {
            where: sourceRoot,
            hint: 'snapshots are made from git checkouts; run from a clone of the repository',
        });
    }
    await checkTopLevel(sourceRoot, top.stdout.toString('utf8').trim());
    const format = await tryGit(sourceRoot, ['rev-parse', '--show-object-format']);
    checkObjectFormat(sourceRoot, format.ok ? format.stdout.toString('utf8').trim() : 'sha1');
    const head = await tryGit(sourceRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!head.ok) {
        throw new errors.InputError('the repository has no commits, so there is no HEAD to snapshot', {
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
    const result = await tryGit(sourceRoot, [
        'rev-parse',
        '--show-toplevel',
        '--show-object-format',
        '--verify',
        '--quiet',
        'HEAD^{commit}',
    ]);
    const lines = result.stdout.toString('utf8').split('\n');
    if (!result.ok || lines.length !== 4 || lines[3] !== '')
        return null;
    const [topLevel, objectFormat, head] = lines.map((line) => line.trim());
    return { topLevel, objectFormat, head };
}
async function checkTopLevel(sourceRoot, topLevel) {
    if ((await (0,promises_.realpath)(topLevel)) !== (await (0,promises_.realpath)(sourceRoot))) {
        throw new errors.InputError(`snapshot source is not the top level of its repository (${topLevel})`, {
            where: sourceRoot,
            hint: `pass ${topLevel} instead`,
        });
    }
}
function checkObjectFormat(sourceRoot, objectFormat) {
    if (objectFormat !== 'sha1') {
        throw new errors.InputError(`repositories with the ${objectFormat} object format are not supported`, {
            where: sourceRoot,
            hint: 'the snapshot content hash is defined over SHA-1 blob ids; use a sha1 repository',
        });
    }
}
async function prepareDestination(destDir) {
    const existing = await (0,promises_.readdir)(destDir).catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw new errors.InputError(`snapshot destination cannot be used: ${error.message}`, { where: destDir });
    });
    if (existing !== null && existing.length > 0) {
        throw new errors.InputError('snapshot destination is not empty', {
            where: destDir,
            hint: 'pass a new or empty directory (delete a stale snapshot first)',
        });
    }
    await (0,promises_.mkdir)(destDir, { recursive: true });
}
/** CI: the tree of HEAD, read from the object store only. */
async function planHead(sourceRoot) {
    const output = await git(sourceRoot, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
    const plan = { stored: [], local: [], omitted: [] };
    for (const record of splitNul(output, `${sourceRoot} (git ls-tree HEAD)`)) {
        // `<mode> SP <type> SP <oid> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, , oid] = record.slice(0, tab).split(' ');
        addStored(plan, record.slice(tab + 1), mode, oid, sourceRoot);
    }
    return plan;
}
/** A developer machine: the index, with edited, deleted and conflicted paths taken from the disk. */
async function planWorkingTree(sourceRoot) {
    const [staged, modified, untracked] = await allSettledOrThrow([
        git(sourceRoot, ['ls-files', '-z', '-s']),
        git(sourceRoot, ['ls-files', '-z', '-m']),
        git(sourceRoot, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    const changed = new Set(splitNul(modified, `${sourceRoot} (git ls-files -m)`));
    const plan = { stored: [], local: [], omitted: [] };
    const seen = new Set();
    for (const record of splitNul(staged, `${sourceRoot} (git ls-files -s)`)) {
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
    for (const path of splitNul(untracked, `${sourceRoot} (git ls-files --others)`)) {
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
    const keep = (path) => path !== metadata_SNAPSHOT_METADATA_FILE && !isSkippedPath(path, profile);
    return {
        stored: plan.stored.filter((file) => keep(file.path)),
        local: plan.local.filter(keep),
        omitted: plan.omitted.filter((entry) => keep(entry.path)),
    };
}
async function isDirty(sourceRoot) {
    const status = await git(sourceRoot, ['status', '--porcelain', '-z', '--untracked-files=normal']);
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
    const limit = (0,p_limit/* default */.A)(WORKTREE_COPY_CONCURRENCY);
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
    const limit = (0,p_limit/* default */.A)(WORKTREE_COPY_CONCURRENCY);
    return allSettledOrThrow(files.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        await materialise((0,external_node_path_.join)(destDir, path), mode, bytes);
        return { path, mode, oid: hash_gitBlobId(bytes) };
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
            (0,model/* assertNever */.xb)(mode);
    }
}
/**
 * Like `Promise.all`, but waits for every operation before throwing the first failure, so no git process
 * or file write is still running once the caller sees the error.
 */
async function allSettledOrThrow(operations) {
    const outcomes = await Promise.allSettled(operations);
    for (const outcome of outcomes)
        if (outcome.status === 'rejected')
            throw outcome.reason;
    return outcomes.map((outcome) => outcome.value);
}

;// CONCATENATED MODULE: ./src/snapshot/verify.ts
/** Checking a snapshot directory against an expected content hash, by re-reading its bytes. */






/**
 * The content hash (see hash.ts) of a snapshot directory computed from what is on disk: every regular
 * file and symlink below `dir` except the root-level marker.
 */
async function hashSnapshotDirectory(dir) {
    const limit = pLimit(32);
    const pending = [];
    const walk = async (relDir) => {
        const names = await readdir(join(dir, relDir));
        for (const name of names) {
            const rel = relDir === '' ? name : `${relDir}/${name}`;
            if (rel === SNAPSHOT_METADATA_FILE)
                continue;
            const absolute = join(dir, rel);
            const info = await lstat(absolute);
            if (info.isDirectory())
                await walk(rel);
            else if (info.isSymbolicLink()) {
                pending.push(limit(async () => ({
                    path: rel,
                    mode: '120000',
                    oid: gitBlobId(await readlink(absolute, { encoding: 'buffer' })),
                })));
            }
            else if (info.isFile()) {
                const mode = info.mode & 0o100 ? '100755' : '100644';
                pending.push(limit(async () => ({ path: rel, mode, oid: gitBlobId(await readFile(absolute)) })));
            }
            else {
                throw new PikaciError(`unexpected special file in snapshot: ${JSON.stringify(rel)}`, { where: dir });
            }
        }
    };
    try {
        await walk('');
    }
    finally {
        // Reads already started finish (or fail) before this returns, whatever happened to the walk.
        await Promise.allSettled(pending);
    }
    return computeContentHash(await Promise.all(pending));
}
/**
 * A snapshot is good when its marker is present and valid, records `expectedHash`, and the files on disk
 * still hash to it. Problems are returned, not thrown, so a caller can recreate the snapshot.
 */
async function verifySnapshot(dir, expectedHash) {
    let metadata;
    try {
        metadata = await readSnapshotMetadata(dir);
    }
    catch (error) {
        return { ok: false, reason: errorMessage(error), metadata: null };
    }
    if (metadata.content_hash !== expectedHash) {
        return {
            ok: false,
            reason: `marker records content hash ${metadata.content_hash ?? 'null'}, expected ${expectedHash}`,
            metadata,
        };
    }
    let actual;
    try {
        actual = await hashSnapshotDirectory(dir);
    }
    catch (error) {
        return { ok: false, reason: `cannot hash snapshot files: ${errorMessage(error)}`, metadata };
    }
    if (actual !== expectedHash) {
        return { ok: false, reason: `files on disk hash to ${actual}, expected ${expectedHash}`, metadata };
    }
    return { ok: true, metadata };
}

;// CONCATENATED MODULE: ./src/snapshot/index.ts
/** Source snapshots: a filtered copy of a git checkout with a content hash and a ready marker. */







/***/ })

};
