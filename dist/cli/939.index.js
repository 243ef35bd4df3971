export const id = 939;
export const ids = [939];
export const modules = {

/***/ 22656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G6: () => (/* reexport */ CLI_ORIGIN),
  Iy: () => (/* reexport */ PrepareFailure),
  tw: () => (/* reexport */ jobEnvironment),
  $w: () => (/* reexport */ openLogSet),
  qf: () => (/* reexport */ openLogWriter),
  SG: () => (/* reexport */ readCliSettings),
  qq: () => (/* reexport */ readTerminalResult),
  JF: () => (/* reexport */ registerDeclaredSecrets),
  Ew: () => (/* reexport */ runWithCleanup),
  Pe: () => (/* reexport */ setting),
  Fy: () => (/* reexport */ writeTerminalResult)
});

// UNUSED EXPORTS: ACTION_ORIGIN, CONTEXT_ENV_NAMES, HOST_ENV_NAMES, HOST_ENV_PREFIXES, LogWriteError, flagProperty, outcomeFromTerminalResult, readActionSettings, settingError

// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/runtime/settings.ts
/**
 * Host settings as one table (README "Host settings"): each row is a CLI flag, a `PIKACI_*`
 * environment variable and an action input at once, so the three can never drift apart. The
 * placement rows live in `src/hosts/`, each runtime's rows in its backend module. Light on
 * purpose: the CLI builds its flags from these rows before any command runs.
 */

const CLI_ORIGIN = {
    kind: 'cli',
    describe: (spec) => `--${spec.name} (or $${spec.env})`,
};
const ACTION_ORIGIN = {
    kind: 'action',
    describe: (spec) => `input \`${spec.name}\``,
};
/** A bad setting value: what it must be and what it was, naming where it came from. */
function settingError(origin, spec, problem) {
    return new util.InputError(`${origin.describe(spec)} ${problem}`, origin.kind === 'action' ? { where: `input \`${spec.name}\`` } : {});
}
/** The camelCase property commander uses for a flag: `incus-image` → `incusImage`. */
function flagProperty(spec) {
    return spec.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
function parseBoolean(origin, spec, raw) {
    const value = raw.trim().toLowerCase();
    if (value === '1' || value === 'true')
        return true;
    if (value === '0' || value === 'false')
        return false;
    throw settingError(origin, spec, `must be true, false, 1 or 0, got \`${raw}\``);
}
/** One raw text value → the setting's value, or an error naming its source. */
function parseText(origin, spec, raw) {
    switch (spec.kind) {
        case 'boolean':
            return parseBoolean(origin, spec, raw);
        case 'list': {
            const items = raw.split(origin.kind === 'action' ? /[\s,]+/ : ',').map((item) => item.trim());
            if (origin.kind === 'action')
                return items.filter((item) => item !== '');
            if (items.some((item) => item === ''))
                throw settingError(origin, spec, 'has an empty item');
            return items;
        }
        case 'integer': {
            const n = Number(raw);
            const { min = 0, max = Number.MAX_SAFE_INTEGER } = spec;
            if (!/^\d+$/.test(raw) || n < min || n > max) {
                throw settingError(origin, spec, `must be an integer from ${min} to ${max}, got \`${raw}\``);
            }
            return n;
        }
        case 'text':
            if (spec.choices && !spec.choices.includes(raw)) {
                throw settingError(origin, spec, `must be ${spec.choices.join(' or ')}, got \`${raw}\``);
            }
            if (spec.absolute && !raw.startsWith('/')) {
                throw settingError(origin, spec, `must be an absolute path, got \`${raw}\``);
            }
            return raw;
    }
}
/**
 * CLI: commander's flag values, each falling back to its variable (an empty variable is unset).
 * A repeated list flag gives its items; a switch given on the command line is true.
 */
function readCliSettings(table, flags, env) {
    const values = new Map();
    for (const spec of table) {
        const flag = flags[flagProperty(spec)];
        if (spec.kind === 'list' && Array.isArray(flag) && flag.length > 0) {
            const items = flag.map(String);
            if (items.some((item) => item.trim() === '')) {
                throw settingError(CLI_ORIGIN, spec, 'has an empty item');
            }
            values.set(spec.name, items);
            continue;
        }
        if (spec.kind === 'boolean' && flag === true) {
            values.set(spec.name, true);
            continue;
        }
        // A flag given on the command line counts even when empty; an empty variable is unset.
        if (typeof flag === 'string') {
            values.set(spec.name, parseText(CLI_ORIGIN, spec, flag));
            continue;
        }
        const raw = env[spec.env];
        if (raw === undefined || raw === '')
            continue;
        values.set(spec.name, parseText(CLI_ORIGIN, spec, raw));
    }
    return values;
}
/**
 * Action: each input through `getInput` (untrimmed, so key material keeps its lines); an empty
 * input is unset. Secret inputs go to `onSecret` before anything else can see them.
 */
function readActionSettings(table, getInput, onSecret) {
    const values = new Map();
    for (const spec of table) {
        if (spec.action === 'none')
            continue;
        const raw = getInput(spec.name);
        if (spec.secret)
            onSecret(raw);
        if (raw.trim() === '')
            continue;
        values.set(spec.name, spec.action === 'content' ? raw : parseText(ACTION_ORIGIN, spec, raw.trim()));
    }
    return values;
}
/** Typed getters over parsed values (the table decided the type; these only narrow it). */
const setting = {
    text(values, name) {
        const value = values.get(name);
        return typeof value === 'string' ? value : undefined;
    },
    boolean(values, name) {
        const value = values.get(name);
        return typeof value === 'boolean' ? value : undefined;
    },
    integer(values, name) {
        const value = values.get(name);
        return typeof value === 'number' ? value : undefined;
    },
    list(values, name) {
        const value = values.get(name);
        return Array.isArray(value) ? value : undefined;
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/runtime/log-writer.ts
/**
 * Log files written with synchronous appends: a chunk is on disk before the next one is read from
 * the pipe, so a command that prints gigabytes never makes this process buffer them (docs/design.md decision 9).
 *
 * Writes happen inside stream handlers, where a throw would crash the runner before any cleanup
 * runs. So in a set opened with `onError` a write error (a full disk, above all) never throws: the
 * first one is kept, reported once to `onError`, and every log of the set stops writing (they share
 * the disk). Without `onError` the error is thrown, worded the same way.
 */



/** The write error that stopped a set of logs: `no space left on device writing <file>`. */
class LogWriteError extends util.PikaciError {
    path;
    constructor(path, error) {
        const code = error?.code;
        const message = code === 'ENOSPC'
            ? `no space left on device writing ${path}`
            : `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
        super(message, { hint: 'free space on the state root (pikaci gc) and run again', cause: error });
        this.path = path;
        this.name = 'LogWriteError';
    }
}
function openLogSet(onError) {
    let failure = null;
    const fail = (path, error) => {
        if (failure !== null)
            return;
        failure = new LogWriteError(path, error);
        if (!onError)
            throw failure;
        onError(failure);
    };
    return {
        get failure() {
            return failure;
        },
        open(path) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            let fd = (0,external_node_fs_.openSync)(path, 'a');
            const append = (bytes) => {
                if (fd === null || failure !== null)
                    return;
                let offset = 0;
                try {
                    while (offset < bytes.length)
                        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
                }
                catch (error) {
                    fail(path, error);
                }
            };
            // Every log the project writes passes the redactor (README "Security").
            const redactor = (0,util/* streamRedactor */.fx)(append);
            const write = (chunk) => {
                if (fd === null)
                    throw new Error(`log ${path} is closed`);
                if (failure !== null) {
                    if (onError)
                        return;
                    throw failure;
                }
                redactor.write(chunk);
            };
            return {
                path,
                write,
                line: (text) => write(`${text}\n`),
                close: () => {
                    if (fd === null)
                        return;
                    try {
                        redactor.end();
                    }
                    finally {
                        (0,external_node_fs_.closeSync)(fd);
                        fd = null;
                    }
                },
            };
        },
    };
}
/** One log on its own; a write error is thrown (as a `LogWriteError`). */
function openLogWriter(path) {
    return openLogSet().open(path);
}

// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
;// CONCATENATED MODULE: ./src/runtime/result.ts
/**
 * The terminal `result.json` contract shared by every runtime (docs/upstream.md, executor 0.4, docs/design.md
 * decision 6; a guest's in docs/guest-protocol.md "Lifecycle files").
 */

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

;// CONCATENATED MODULE: ./src/runtime/cleanup.ts
/**
 * The cleanup guarantee (docs/design.md decision 7): the caller of a backend, not the backend, makes
 * sure `cleanup` runs after `run` on every path. A cleanup that fails fails the job, even one that
 * passed: a leaked instance is a failure (`pikaci gc --instances` finds it).
 */


/**
 * `backend.run(ctx)`, then `backend.cleanup(ctx)` — after a pass, a failure, a timeout, a cancellation
 * and when `run` throws (the error is thrown again, with the cleanup failure added when there is one).
 */
async function runWithCleanup(backend, ctx) {
    let outcome;
    try {
        outcome = await backend.run(ctx);
    }
    catch (error) {
        const failure = await cleanUp(backend, ctx);
        if (failure === null)
            throw error;
        throw new util.PikaciError(`${(0,util/* errorMessage */.gJ)(error)}; also ${failure}`, { cause: error });
    }
    const failure = await cleanUp(backend, ctx);
    if (failure === null)
        return outcome;
    const failed = {
        ...outcome,
        status: 'failed',
        exit_code: null,
        message: `${outcome.message}; also ${failure}`,
    };
    await writeTerminalResult(ctx.paths.resultJson, {
        ok: false,
        message: failed.message,
        exitCode: null,
    }).catch(() => undefined);
    return failed;
}
/** Runs the backend's cleanup; its failure, logged to host.log, or null. */
async function cleanUp(backend, ctx) {
    if (!backend.cleanup)
        return null;
    try {
        await backend.cleanup(ctx);
        return null;
    }
    catch (error) {
        const message = (0,util/* errorMessage */.gJ)(error);
        ctx.hostLog.line(`[pikaci] ${message}`);
        return message;
    }
}

;// CONCATENATED MODULE: ./src/runtime/prepare.ts
/**
 * A prepare node that fails after its output was realized (a hostile manifest, an exposure that
 * cannot be made) carries the failure entry for prepared-outputs.json, as upstream records one.
 */
class PrepareFailure extends Error {
    record;
    constructor(message, record) {
        super(message);
        this.record = record;
    }
}

;// CONCATENATED MODULE: ./src/runtime/job-env.ts

/** Taken from this machine's environment for local host-process jobs only (a remote host or guest has its own). */
const HOST_ENV_NAMES = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'TMPDIR',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NIX_PATH',
    'NIX_SSL_CERT_FILE',
    'RUSTUP_HOME',
    'JAVA_HOME',
    'ANDROID_HOME',
    'GITHUB_WORKSPACE',
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_TEMP',
];
/** Also from this machine, by prefix (locale settings). */
const HOST_ENV_PREFIXES = ['LC_'];
/** The run's non-secret CI context, given to every job on every runtime when set. */
const CONTEXT_ENV_NAMES = [
    'CI',
    'GITHUB_ACTIONS',
    'GITHUB_ACTOR',
    'GITHUB_BASE_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_HEAD_REF',
    'GITHUB_JOB',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_REF_TYPE',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_OWNER',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_SERVER_URL',
    'GITHUB_SHA',
    'GITHUB_WORKFLOW',
];
function pick(source, names) {
    const picked = {};
    for (const name of names) {
        const value = source[name];
        if (value !== undefined)
            picked[name] = value;
    }
    return picked;
}
/** Register every secret the jobs ask for (those set), so every log redacts them from the start. */
function registerDeclaredSecrets(jobs, source) {
    for (const job of jobs)
        for (const name of job.secrets ?? [])
            (0,util/* addSecret */.Ck)(source[name]);
}
/**
 * The environment of `job` from `source` (the action's or CLI's process environment). A declared
 * secret that is not set fails the job before it starts, naming the variable and how to set it.
 */
function jobEnvironment(job, source) {
    const host = pick(source, HOST_ENV_NAMES);
    for (const [name, value] of Object.entries(source)) {
        if (value !== undefined && HOST_ENV_PREFIXES.some((prefix) => name.startsWith(prefix))) {
            host[name] = value;
        }
    }
    const secrets = {};
    const missing = [];
    for (const name of job.secrets ?? []) {
        const value = source[name];
        if (value === undefined || value === '')
            missing.push(name);
        else {
            (0,util/* addSecret */.Ck)(value);
            secrets[name] = value;
        }
    }
    if (missing.length > 0) {
        throw new util.PikaciError(`job \`${job.id}\` asks for the secret${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set`, {
            hint: `set it in the environment of the step (e.g. \`env: { ${missing[0]}: \${{ secrets.${missing[0]} }} }\`) or of \`pikaci run\``,
        });
    }
    return {
        host,
        context: pick(source, CONTEXT_ENV_NAMES),
        passed: pick(source, job.pass_env ?? []),
        secrets,
    };
}

;// CONCATENATED MODULE: ./src/runtime/index.ts








/***/ }),

/***/ 98616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mh: () => (/* reexport */ metadata_SNAPSHOT_METADATA_FILE),
  D6: () => (/* reexport */ SnapshotMetadataSchema),
  $p: () => (/* reexport */ createSnapshot),
  U$: () => (/* reexport */ metadata_readSnapshotMetadata),
  M2: () => (/* reexport */ snapshotContentHash),
  lw: () => (/* reexport */ snapshotProfileForJobs)
});

// UNUSED EXPORTS: FILE_MODES, SNAPSHOT_PROFILES, computeContentHash, formatSnapshotTimestamp, gitBlobId, hashSnapshotDirectory, isSkippedPath, shouldSkipEntry, verifySnapshot

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/git/index.ts + 3 modules
var git = __webpack_require__(24157);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
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
    const child = (0,git.streamGit)(cwd, ['cat-file', '--batch', '--buffer']);
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
                reject(new util.PikaciError(`git cat-file stopped after ${next} of ${oids.length} objects`, { where: cwd }));
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
        child.stdin.on('error', (error) => fail(new util.PikaciError(`git cat-file stdin: ${error.message}`, { where: cwd })));
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
                        fail(new util.PikaciError(type === 'missing'
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
            throw new util.PikaciError(`a path is not valid UTF-8: ${JSON.stringify(bytes.toString('latin1'))}`, {
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
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
;// CONCATENATED MODULE: ./src/snapshot/profile.ts
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
            return (0,util/* assertNever */.xb)(profile);
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
 * `<snapshot>/pikaci-snapshot.json` (docs/upstream.md, records 2.9): the snapshot's description and its ready
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
            throw new util.PikaciError('snapshot is not ready: its marker file is missing', {
                where: file,
                hint: 'the snapshot was never completed (or the path is wrong); create it again',
                cause: error,
            });
        }
        throw new util.PikaciError(`cannot read snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new util.PikaciError(`snapshot metadata is not valid JSON: ${error.message}`, {
            where: file,
            hint: 'the marker is corrupt; delete the snapshot directory and create it again',
            cause: error,
        });
    }
    const parsed = SnapshotMetadataSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : '';
        throw new util.PikaciError(`invalid snapshot metadata${at}: ${issue?.message ?? 'unknown problem'}`, {
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
        throw new util.PikaciError(`cannot write snapshot metadata: ${String(error)}`, { where: file, cause: error });
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
    const [unfiltered, gitDirty] = await (0,util/* allSettledOrThrow */.eu)([
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
        [, localEntries] = await (0,util/* allSettledOrThrow */.eu)([
            writeStoredFiles(sourceRoot, destDir, plan.stored),
            copyLocalFiles(sourceRoot, destDir, localFiles),
        ]);
    }
    catch (error) {
        throw (0,util/* withContext */.eQ)(`snapshot of ${sourceRoot} into ${destDir} failed (the directory is left without its ready marker; delete it before retrying)`, error);
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
    const localEntries = await (0,util/* allSettledOrThrow */.eu)(localFiles.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        return { path, mode, oid: hash_gitBlobId(bytes) };
    })));
    const entries = [...plan.stored, ...localEntries];
    return { contentHash: hash_computeContentHash(entries), files: entries.length, gitHead: head };
}
/** Returns HEAD's commit id after checking that `sourceRoot` is the top of a usable working tree. */
async function checkSource(sourceRoot) {
    const info = await (0,promises_.stat)(sourceRoot).catch(() => null);
    if (!info?.isDirectory()) {
        throw new util.InputError('snapshot source is not a directory', {
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
    const top = await (0,git.runGit)(sourceRoot, ['rev-parse', '--show-toplevel'], ANY_EXIT);
    if (top.exitCode !== 0) {
        throw new util.InputError(`snapshot source is not a git working tree: ${top.stderr}`, {
            where: sourceRoot,
            hint: 'snapshots are made from git checkouts; run from a clone of the repository',
        });
    }
    await checkTopLevel(sourceRoot, top.stdout.toString('utf8').trim());
    const format = await (0,git.runGit)(sourceRoot, ['rev-parse', '--show-object-format'], ANY_EXIT);
    checkObjectFormat(sourceRoot, format.exitCode === 0 ? format.stdout.toString('utf8').trim() : 'sha1');
    const head = await (0,git.runGit)(sourceRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
    if (head.exitCode !== 0) {
        throw new util.InputError('the repository has no commits, so there is no HEAD to snapshot', {
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
    const result = await (0,git.runGit)(sourceRoot, ['rev-parse', '--show-toplevel', '--show-object-format', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
    const lines = result.stdout.toString('utf8').split('\n');
    if (result.exitCode !== 0 || lines.length !== 4 || lines[3] !== '')
        return null;
    const [topLevel, objectFormat, head] = lines.map((line) => line.trim());
    return { topLevel, objectFormat, head };
}
async function checkTopLevel(sourceRoot, topLevel) {
    if ((await (0,promises_.realpath)(topLevel)) !== (await (0,promises_.realpath)(sourceRoot))) {
        throw new util.InputError(`snapshot source is not the top level of its repository (${topLevel})`, {
            where: sourceRoot,
            hint: `pass ${topLevel} instead`,
        });
    }
}
function checkObjectFormat(sourceRoot, objectFormat) {
    if (objectFormat !== 'sha1') {
        throw new util.InputError(`repositories with the ${objectFormat} object format are not supported`, {
            where: sourceRoot,
            hint: 'the snapshot content hash is defined over SHA-1 blob ids; use a sha1 repository',
        });
    }
}
async function prepareDestination(destDir) {
    const existing = await (0,promises_.readdir)(destDir).catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw new util.InputError(`snapshot destination cannot be used: ${error.message}`, { where: destDir });
    });
    if (existing !== null && existing.length > 0) {
        throw new util.InputError('snapshot destination is not empty', {
            where: destDir,
            hint: 'pass a new or empty directory (delete a stale snapshot first)',
        });
    }
    await (0,promises_.mkdir)(destDir, { recursive: true });
}
/** git's standard output; a non-zero exit throws the runner's error (the command and git's stderr). */
async function gitOutput(sourceRoot, args) {
    return (await (0,git.runGit)(sourceRoot, args)).stdout;
}
/** CI: the tree of HEAD, read from the object store only. */
async function planHead(sourceRoot) {
    const output = await gitOutput(sourceRoot, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
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
    const [staged, modified, untracked] = await (0,util/* allSettledOrThrow */.eu)([
        gitOutput(sourceRoot, ['ls-files', '-z', '-s']),
        gitOutput(sourceRoot, ['ls-files', '-z', '-m']),
        gitOutput(sourceRoot, ['ls-files', '-z', '--others', '--exclude-standard']),
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
            throw new util.PikaciError(`unexpected git file mode ${rawMode} for ${JSON.stringify(path)}`, { where });
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
    const inspected = await (0,util/* allSettledOrThrow */.eu)(paths.map((path) => limit(async () => {
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
        throw new util.PikaciError(`cannot snapshot ${JSON.stringify(path)}: not a file, symlink or directory`, {
            where: source,
            hint: 'remove the special file (fifo, socket or device) or add it to .gitignore',
        });
    })));
    return inspected.filter((file) => file !== null);
}
/** Copies working-tree files, returning their hash entries computed from the bytes copied. */
async function copyLocalFiles(sourceRoot, destDir, files) {
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
    return (0,util/* allSettledOrThrow */.eu)(files.map(({ path, mode }) => limit(async () => {
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
            (0,util/* assertNever */.xb)(mode);
    }
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







/***/ }),

/***/ 56345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  th: () => (/* reexport */ LIFECYCLE_FILES),
  g3: () => (/* reexport */ LineSplitter),
  wo: () => (/* reexport */ PhaseRecorder),
  wY: () => (/* reexport */ VmFailure),
  Y_: () => (/* reexport */ collectLifecycleFiles),
  iS: () => (/* reexport */ failedOutcome),
  P3: () => (/* reexport */ readGuestOutcome),
  cE: () => (/* reexport */ settleVmJob),
  bs: () => (/* reexport */ waitUntilReady)
});

// UNUSED EXPORTS: MAX_PENDING_LINE, READINESS_POLL_MS

;// CONCATENATED MODULE: ./src/vm/lines.ts
/**
 * The one line splitter: a byte stream cut into prefixed lines with bounded memory (docs/design.md
 * decision 9). The VM backends split guest output into host.log with it, and the reporters prefix
 * interleaved job output with it.
 */
/** Longest partial line kept while waiting for its newline; longer ones are flushed as they are. */
const MAX_PENDING_LINE = 64 * 1024;
/** Emits each complete line of the pushed chunks as `prefix + line + '\n'`, keeping at most one partial line. */
class LineSplitter {
    prefix;
    emit;
    pending = Buffer.alloc(0);
    constructor(prefix, emit) {
        this.prefix = prefix;
        this.emit = emit;
    }
    push(chunk) {
        let data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        let newline = data.indexOf(0x0a);
        while (newline !== -1) {
            this.emit(`${this.prefix}${data.subarray(0, newline + 1).toString()}`);
            data = data.subarray(newline + 1);
            newline = data.indexOf(0x0a);
        }
        if (data.length > MAX_PENDING_LINE) {
            this.emit(`${this.prefix}${data.toString()}\n`);
            data = Buffer.alloc(0);
        }
        this.pending = Buffer.from(data);
    }
    /** Flushes the partial line, if any, with a newline. */
    end() {
        if (this.pending.length > 0)
            this.emit(`${this.prefix}${this.pending.toString()}\n`);
        this.pending = Buffer.alloc(0);
    }
}

// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
;// CONCATENATED MODULE: ./src/vm/phases.ts
/**
 * The phase recorder of a VM job: each phase timed into the execution record on every path, the
 * ones that throw included (docs/upstream.md, executor 3; docs/design.md decision 7).
 */

class PhaseRecorder {
    phases = [];
    async run(phase, body) {
        const startedAt = (0,records.rfc3339)();
        const start = Date.now();
        try {
            return await body();
        }
        finally {
            this.phases.push({
                phase,
                started_at: startedAt,
                finished_at: (0,records.rfc3339)(),
                duration_ms: Date.now() - start,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/vm/guest.ts
/** An error that happened after the VM work began: the job fails with its message. */
class VmFailure extends Error {
    exitCode;
    /** The exit code of the host command that failed, when it ran to its end. */
    constructor(message, exitCode = null) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'VmFailure';
    }
}

;// CONCATENATED MODULE: ./src/vm/readiness.ts
const READINESS_POLL_MS = 250;
/**
 * Runs `probe` (given the milliseconds left, at least one second) until it exits 0. A probe that was
 * cancelled or lost its connection ends the wait at once; the pause between probes is cancellable.
 */
async function waitUntilReady(probe, options) {
    const deadline = Date.now() + options.timeoutSecs * 1000;
    for (;;) {
        const result = await probe(Math.max(1000, deadline - Date.now()));
        if (result.exitCode === 0)
            return 'ready';
        if (result.cancelled || options.signal.aborted)
            return 'cancelled';
        if (result.connectionLost)
            return 'connection_lost';
        if (Date.now() >= deadline)
            return 'timed_out';
        if (!(await pause(options.pollMs ?? READINESS_POLL_MS, options.signal)))
            return 'cancelled';
    }
}
/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function pause(ms, signal) {
    if (signal.aborted)
        return Promise.resolve(false);
    return new Promise((resolve) => {
        const done = (elapsed) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            resolve(elapsed);
        };
        const onAbort = () => done(false);
        const timer = setTimeout(() => done(true), ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/guest/index.ts + 4 modules
var guest = __webpack_require__(41341);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/vm/collect.ts
/**
 * Collection of a guest's lifecycle files (docs/upstream.md, executor 3; the guest runner writes them,
 * docs/design.md decision 10): one `tar` stream out of the guest, unpacked into the job's artifacts
 * as it arrives, then redacted like every file the host writes (README "Security").
 */







/** Each lifecycle file: its path under the guest's state directory, and its name in the job's artifacts. */
const LIFECYCLE_FILES = [
    guest/* GUEST_PATHS */.es.guestLog,
    guest/* GUEST_PATHS */.es.events,
    guest/* GUEST_PATHS */.es.status,
    guest/* GUEST_PATHS */.es.result,
].map((path) => [external_node_path_.posix.relative(guest/* GUEST_PATHS */.es.runtimeStateDir, path), external_node_path_.posix.basename(path)]);
const COLLECT_TIMEOUT_MS = 120_000;
/** Copies the lifecycle files the guest has written (missing ones are skipped) into `artifactsDir`. */
async function collectLifecycleFiles(guest, options) {
    const { artifactsDir } = options;
    const staging = (0,external_node_path_.join)(artifactsDir, '.collect');
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,promises_.mkdir)(staging, { recursive: true });
    const names = LIFECYCLE_FILES.map(([from]) => (0,util/* shellQuote */.ZL)(from)).join(' ');
    const script = `cd ${(0,util/* shellQuote */.ZL)(options.stateDir)} && set -- && for f in ${names}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`;
    const unpack = (0,index_min/* extract */.o6)({ cwd: staging, strict: true, preservePaths: false });
    let streamed = 0;
    const result = await guest.exec({
        argv: ['sh', '-c', script],
        // Lifecycle files are small except guest.log, which tar unpacks to disk as it arrives.
        onStdout: (chunk) => {
            streamed += chunk.length;
            void unpack.write(chunk);
        },
        onStderr: (chunk) => options.log.write(chunk),
        signal: options.signal,
        timeoutMs: COLLECT_TIMEOUT_MS,
    });
    const unpacked = await new Promise((resolve) => {
        unpack
            .on('finish', () => resolve(null))
            .on('close', () => resolve(null))
            .on('error', resolve);
        unpack.end();
    });
    const what = `collect ${options.runtime} guest files from ${options.host}`;
    if (result.exitCode !== 0)
        throw new VmFailure(`${what} failed (${(0,transport/* describeExit */.KE)(result)})`);
    // No bytes: the guest wrote none of the files (reading result.json says so); tar calls that a bad archive.
    if (unpacked !== null && streamed > 0) {
        throw new VmFailure(`${what} failed: unreadable tar stream (${(0,util/* errorMessage */.gJ)(unpacked)})`);
    }
    for (const [from, to] of LIFECYCLE_FILES) {
        await (0,promises_.rename)((0,external_node_path_.join)(staging, from), (0,external_node_path_.join)(artifactsDir, to)).catch(() => undefined);
        // The guest wrote these; secrets are redacted here, as the host's own writers do.
        await (0,util/* redactFile */.it)((0,external_node_path_.join)(artifactsDir, to));
    }
    await (0,promises_.rm)(staging, { recursive: true, force: true });
}

// EXTERNAL MODULE: ./src/runtime/index.ts + 6 modules
var runtime = __webpack_require__(22656);
;// CONCATENATED MODULE: ./src/vm/result.ts
/**
 * A VM job's outcome (docs/design.md decision 6): read from the guest's `result.json` once it has been
 * collected; any failure of the host-side work is a failed outcome, written to `result.json` too.
 */



function failedOutcome(message) {
    return { status: 'failed', exit_code: null, message };
}
/** The outcome the guest wrote; a missing or unreadable `result.json` is an infrastructure error. */
async function readGuestOutcome(resultJson) {
    return (0,runtime/* readTerminalResult */.qq)(resultJson).catch((error) => {
        throw new VmFailure(`infrastructure error: the guest wrote no usable result.json (${(0,util/* errorMessage */.gJ)(error)}); did it crash?`);
    });
}
/**
 * Runs the phases of a VM job. What they throw fails the job with its message (logged to host.log),
 * or with `cancelled` once the job's signal has aborted; a failure the guest did not report itself
 * (no exit code) is written to `result.json`, so it always says how the job ended.
 */
async function settleVmJob(ctx, phases) {
    let outcome;
    try {
        outcome = await phases();
    }
    catch (error) {
        const message = error instanceof VmFailure || error instanceof util.PikaciError ? (0,util/* errorMessage */.gJ)(error) : String(error);
        ctx.hostLog.line(`[pikaci] ${message}`);
        outcome = failedOutcome(ctx.signal.aborted ? 'cancelled' : message);
    }
    if (outcome.status === 'failed' && outcome.exit_code === null) {
        await (0,runtime/* writeTerminalResult */.Fy)(ctx.paths.resultJson, {
            ok: false,
            message: outcome.message,
            exitCode: null,
        }).catch(() => undefined);
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/vm/index.ts
/**
 * The plumbing both VM backends share (Incus and Tart): the phase recorder, the line splitter,
 * the readiness loop, collection of the guest's lifecycle files and reading its result.
 */








/***/ }),

/***/ 32723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gy: () => (/* reexport */ DEFAULT_WORK_DIR),
  nR: () => (/* reexport */ hostLayout),
  Tv: () => (/* reexport */ preparedOutputsDir),
  JS: () => (/* reexport */ remoteLayout),
  NS: () => (/* reexport */ stageSnapshot),
  os: () => (/* reexport */ stageWorkspace),
  s5: () => (/* reexport */ writableCopy)
});

// UNUSED EXPORTS: syncSnapshot

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var src_transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
;// CONCATENATED MODULE: ./src/workspace/layout.ts
/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */



/** Work dir W on placement hosts when none is given (README "Host flags"). */
const DEFAULT_WORK_DIR = '/var/tmp/pikaci';
function remoteLayout(workDir, runId, contentHash) {
    const runDir = external_node_path_.posix.join(workDir, 'runs', runId);
    const jobDir = (jobId) => external_node_path_.posix.join(runDir, 'jobs', jobId);
    return {
        workDir,
        runDir,
        snapshotDir: contentHash
            ? external_node_path_.posix.join(workDir, 'snapshots', contentHash, 'snapshot')
            : external_node_path_.posix.join(runDir, 'snapshot'),
        jobDir,
        artifactsDir: (jobId) => external_node_path_.posix.join(jobDir(jobId), 'artifacts'),
    };
}
/** The run's snapshot and a job's directory on the host of `placement` (the seam's rule, pure). */
function hostLayout(placement, run, workDir) {
    switch (placement) {
        case 'local':
            return { snapshotDir: run.snapshotDir, jobDir: (jobId) => (0,records.jobPaths)(run.runDir, jobId).jobDir };
        case 'remote_ssh':
            return remoteLayout(workDir, run.runId, run.contentHash);
        default:
            return (0,util/* assertNever */.xb)(placement);
    }
}
/**
 * Where a host remembers the prepared outputs realized from one snapshot content hash (on this
 * machine too, under its own W): `W/snapshots/<hash>/prepared-outputs/`. What is remembered is only
 * which store path an output name gave; the path itself stays in Nix's store, and is used again only
 * while Nix still holds it.
 */
function preparedOutputsDir(workDir, contentHash) {
    return external_node_path_.posix.join(workDir, 'snapshots', contentHash, 'prepared-outputs');
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/snapshot/index.ts + 7 modules
var snapshot = __webpack_require__(98616);
;// CONCATENATED MODULE: ./src/workspace/sync.ts
/**
 * Publish a local snapshot on a placement host without clobbering (docs/upstream.md, executor 3.3 step 2): reuse a
 * remote copy whose marker carries the same content hash; otherwise stream a tar into a temporary
 * sibling directory and rename it into place. The first writer wins; a marker with another hash, or
 * none, is an error rather than a guess.
 */






async function readRemoteHash(transport, remoteDir) {
    const marker = external_node_path_.posix.join(remoteDir, snapshot/* SNAPSHOT_METADATA_FILE */.mh);
    const read = await (0,src_transport/* mustCapture */.w8)(transport, `read remote snapshot metadata ${marker}`, (0,src_transport/* shArgv */.oV)(`if test -f ${(0,util/* shellQuote */.ZL)(marker)}; then cat ${(0,util/* shellQuote */.ZL)(marker)}; fi`));
    if (read.stdout.trim() === '')
        return undefined;
    let json;
    try {
        json = JSON.parse(read.stdout);
    }
    catch (error) {
        throw new util.PikaciError(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${String(error)}`);
    }
    const parsed = snapshot/* SnapshotMetadataSchema */.D6.safeParse(json);
    if (!parsed.success) {
        throw new util.PikaciError(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${parsed.error.message}`);
    }
    return parsed.data.content_hash;
}
/** Upstream's reuse rule; `undefined` remote means no marker yet. */
function ready(local, remote, remoteDir, host) {
    if (remote === undefined)
        return false;
    if (local === null)
        return true;
    if (remote === null) {
        throw new util.PikaciError(`remote snapshot at ${remoteDir} on ${host} is missing content hash ${local}; refusing ambiguous reuse`, { hint: `remove ${remoteDir} on ${host} if it is stale` });
    }
    if (remote !== local) {
        throw new util.PikaciError(`remote snapshot hash mismatch at ${remoteDir} on ${host} (expected ${local}, got ${remote})`, {
            hint: `another writer published different content under this hash; inspect ${remoteDir} on ${host}`,
        });
    }
    return true;
}
async function syncSnapshot(transport, options) {
    const { localDir, remoteDir, log } = options;
    const host = transport.hostLabel;
    const local = (await (0,snapshot/* readSnapshotMetadata */.U$)(localDir)).content_hash;
    const reuseLine = `[pikaci] remote snapshot already available at ${remoteDir}${local ? ` (content hash ${local})` : ''}`;
    if (ready(local, await readRemoteHash(transport, remoteDir), remoteDir, host)) {
        log(reuseLine);
        return { action: 'reused', contentHash: local };
    }
    const parent = external_node_path_.posix.dirname(remoteDir);
    const staging = external_node_path_.posix.join(parent, `.pikaci-sync-snapshot-${process.pid}-${process.hrtime.bigint()}`);
    log(`[pikaci] sync snapshot ${localDir} -> ${host}:${remoteDir}`);
    await (0,src_transport/* mustCapture */.w8)(transport, 'prepare remote snapshot staging dir', (0,src_transport/* shArgv */.oV)(`set -eu; mkdir -p ${(0,util/* shellQuote */.ZL)(parent)}; rm -rf ${(0,util/* shellQuote */.ZL)(staging)}; mkdir -p ${(0,util/* shellQuote */.ZL)(staging)}`));
    // The tar stream is produced as the remote side reads it: nothing is staged in memory or on disk.
    const tarStream = external_node_stream_.Readable.from((0,index_min/* create */.vt)({ cwd: localDir, portable: true }, ['.']));
    let localError;
    tarStream.on('error', (error) => {
        localError = error;
    });
    const upload = await (0,src_transport/* capture */.Fg)(transport, ['tar', '-C', staging, '-xf', '-'], {
        stdin: tarStream,
        signal: options.signal,
    });
    if (localError !== undefined || upload.exitCode !== 0) {
        await (0,src_transport/* capture */.Fg)(transport, (0,src_transport/* shArgv */.oV)(`rm -rf ${(0,util/* shellQuote */.ZL)(staging)}`));
        const local = localError === undefined ? 'ok' : String(localError);
        throw new util.PikaciError(`sync snapshot to ${host} failed (local tar: ${local}; remote tar: ${(0,src_transport/* describeExit */.KE)(upload)})${upload.stderr.trim() ? `: ${upload.stderr.trim()}` : ''}`);
    }
    // `mv -T` never moves the staging dir *into* a directory that appeared meanwhile.
    const q = { staging: (0,util/* shellQuote */.ZL)(staging), target: (0,util/* shellQuote */.ZL)(remoteDir) };
    await (0,src_transport/* mustCapture */.w8)(transport, 'finalize remote snapshot sync', (0,src_transport/* shArgv */.oV)(`if [ -e ${q.target} ]; then rm -rf ${q.staging}; ` +
        `elif mv -T ${q.staging} ${q.target} 2>/dev/null; then :; ` +
        `elif [ -e ${q.target} ]; then rm -rf ${q.staging}; else rm -rf ${q.staging}; exit 1; fi`));
    const published = await readRemoteHash(transport, remoteDir);
    if (published === undefined) {
        throw new util.PikaciError(`remote snapshot at ${remoteDir} on ${host} is still missing a ready marker after publish; refusing ambiguous reuse`);
    }
    ready(local, published, remoteDir, host);
    return { action: 'uploaded', contentHash: local };
}

;// CONCATENATED MODULE: ./src/workspace/stage.ts
/**
 * The workspace seam (docs/architecture.md "Workspaces"): where a job's files are on the host it
 * runs on. On this machine that is the run's own snapshot and job directories; on a host reached
 * over SSH the snapshot is published once per content hash under `W/snapshots/<hash>/snapshot`
 * (streamed, never staged locally) and the job's directories are under `W/runs/<run>/jobs/<job>`.
 * This is the one place that tells the two apart; backends only ask for what they need.
 */







/** Put the run's snapshot where `transport` runs commands, and make the job's directories there. */
async function stageWorkspace(transport, run, paths, options) {
    switch (transport.placement) {
        case 'local':
            if (!options.snapshotOnly)
                await (0,promises_.mkdir)(paths.artifactsDir, { recursive: true });
            return {
                onThisMachine: true,
                snapshotDir: run.snapshotDir,
                jobDir: paths.jobDir,
                artifactsDir: paths.artifactsDir,
                cargoHomeDir: run.cargoHomeDir,
                cargoTargetDir: run.cargoTargetDir,
            };
        case 'remote_ssh': {
            const layout = remoteLayout(options.workDir, run.runId, run.contentHash);
            const jobId = external_node_path_.posix.basename(paths.jobDir);
            const staged = {
                onThisMachine: false,
                snapshotDir: layout.snapshotDir,
                jobDir: layout.jobDir(jobId),
                artifactsDir: layout.artifactsDir(jobId),
                cargoHomeDir: external_node_path_.posix.join(options.workDir, 'cache/cargo-home'),
                cargoTargetDir: external_node_path_.posix.join(layout.runDir, 'cargo-target'),
            };
            const dirs = options.snapshotOnly
                ? [external_node_path_.posix.dirname(staged.snapshotDir)]
                : [staged.artifactsDir, external_node_path_.posix.dirname(staged.snapshotDir), staged.cargoHomeDir];
            await (0,src_transport/* mustCapture */.w8)(transport, 'ensure remote job dirs', (0,src_transport/* shArgv */.oV)(`set -eu; mkdir -p ${dirs.map(util/* shellQuote */.ZL).join(' ')}`));
            await syncSnapshot(transport, {
                localDir: run.snapshotDir,
                remoteDir: staged.snapshotDir,
                log: options.log,
                ...(options.signal ? { signal: options.signal } : {}),
            });
            return staged;
        }
        default:
            return (0,util/* assertNever */.xb)(transport.placement);
    }
}
/**
 * Put only the run's snapshot where `transport` runs commands: what a prepare node builds from.
 * Over SSH it is published once per content hash; a second run on the same hash sends nothing.
 */
async function stageSnapshot(transport, run, options) {
    switch (transport.placement) {
        case 'local':
            return { snapshotDir: run.snapshotDir, transfer: 'on_this_machine' };
        case 'remote_ssh': {
            const snapshotDir = remoteLayout(options.workDir, run.runId, run.contentHash).snapshotDir;
            const synced = await syncSnapshot(transport, {
                localDir: run.snapshotDir,
                remoteDir: snapshotDir,
                log: options.log,
                ...(options.signal ? { signal: options.signal } : {}),
            });
            return { snapshotDir, transfer: synced.action };
        }
        default:
            return (0,util/* assertNever */.xb)(transport.placement);
    }
}
/**
 * A private writable copy of the snapshot for one job, made on the host the job runs on (so a job
 * that writes to its workspace cannot change what later jobs see). Returns its path.
 */
async function writableCopy(transport, staged) {
    const copy = external_node_path_.posix.join(staged.jobDir, 'workspace');
    await (0,src_transport/* mustCapture */.w8)(transport, 'copy the snapshot into a writable workspace', (0,src_transport/* shArgv */.oV)(`set -eu; rm -rf ${(0,util/* shellQuote */.ZL)(copy)}; cp -a ${(0,util/* shellQuote */.ZL)(staged.snapshotDir)} ${(0,util/* shellQuote */.ZL)(copy)}`));
    return copy;
}

;// CONCATENATED MODULE: ./src/workspace/index.ts
/** Where a job's files are on the host it runs on: the run's snapshot, published once per content hash. */





/***/ })

};
