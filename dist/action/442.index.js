export const id = 442;
export const ids = [442];
export const modules = {

/***/ 10442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runArtifactFiles: () => (/* binding */ runArtifactFiles),
  runRunCommand: () => (/* binding */ runRunCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3894);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/catalog/index.ts + 4 modules
var src_catalog = __webpack_require__(14883);
// EXTERNAL MODULE: ./src/manifest/index.ts + 2 modules
var src_manifest = __webpack_require__(98757);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/incus/naming.ts
/**
 * Names the Incus backend derives from run and mount data (docs/upstream.md, executor 3.2, 4.3, 4.4). These are
 * part of the contract with upstream tooling, so each algorithm is reproduced exactly.
 */

/** `pikaci-` + the first 12 hex chars of sha256("<run_id>:<job_id>"). */
function instanceName(runId, jobId) {
    return `pikaci-${(0,external_node_crypto_.createHash)('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 12)}`;
}
/** Lower-case ASCII alphanumerics, everything else `-`, outer dashes trimmed (runs are kept). */
function sanitizeDeviceComponent(value) {
    let mapped = '';
    for (const char of value)
        mapped += /^[A-Za-z0-9]$/.test(char) ? char.toLowerCase() : '-';
    return mapped.replace(/^-+|-+$/g, '');
}
/** Device name for a mount declared by a payload manifest: at most 20 chars of `[a-z0-9-]`. */
function declaredPayloadDeviceName(manifestKind, mountName) {
    const prefix = sanitizeDeviceComponent(manifestKind);
    const candidate = `pk-${prefix}-${sanitizeDeviceComponent(mountName)}`;
    if (candidate.length <= 20)
        return candidate;
    const digest = (0,external_node_crypto_.createHash)('sha256').update(candidate, 'utf8').digest('hex').slice(0, 8);
    return `pk-${prefix.slice(0, 8)}-${digest}`;
}
const MOUNT_KIND_LABELS = {
    persistent_volume: 'persist',
    read_only_snapshot: 'snapshot',
    artifact_output: 'artifact',
    cache: 'cache',
};
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const U64 = (1n << 64n) - 1n;
/** 64-bit FNV-1a over the UTF-8 bytes. */
function fnv1a64(text) {
    let hash = FNV_OFFSET;
    for (const byte of Buffer.from(text, 'utf8')) {
        hash ^= BigInt(byte);
        hash = (hash * FNV_PRIME) & U64;
    }
    return hash;
}
/** Device name of a plan mount (the snapshot disk): `pk-<label[0..6]>-<low 32 bits of FNV-1a>`. */
function mountDeviceName(kind, source, guestPath) {
    const label = MOUNT_KIND_LABELS[kind];
    const seed = `${label}-${sanitizeDeviceComponent(source)}-${sanitizeDeviceComponent(guestPath)}`;
    const digest = (fnv1a64(seed) & 0xffffffffn).toString(16).padStart(8, '0');
    return `pk-${label.slice(0, 6)}-${digest}`;
}

// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(56684);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/incus/payload-manifest.ts
/**
 * The declared payload-mount protocol (docs/upstream.md, executor 4): a prepared output carries
 * `share/pikaci/payload-manifest.json` naming the directories to mount into the guest. A manifest is
 * untrusted input: its mounts must stay inside the payload root and land on normalized guest paths.
 */




const PAYLOAD_MANIFEST_RELATIVE_PATH = 'share/pikaci/payload-manifest.json';
/** The manifest schema is the prepared-outputs record's: one contract for producer, record and executor. */
const PayloadManifestSchema = records/* PreparedOutputPayloadManifestRecordSchema */.WX;
function parsePayloadManifest(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* PikaciError */.uy(`decode ${where}: ${error.message}`, { where });
    }
    const parsed = PayloadManifestSchema.safeParse(json);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        throw new errors/* PikaciError */.uy(`decode ${where}: ${issues}`, { where });
    }
    return parsed.data;
}
/**
 * `/nix/store/<hash>-<name>`, optionally followed by a path inside it: the hash is 32 characters of
 * Nix's base-32 alphabet (no `e`, `o`, `t`, `u`), the name uses Nix's store-name characters and does
 * not start with `.`.
 */
const STORE_PATH = /^\/nix\/store\/[0-9a-df-np-sv-z]{32}-(?!\.)[A-Za-z0-9+\-._?=]+(\/.*)?$/;
/**
 * Why `path` is not a direct Nix store path (or a path inside one), or undefined when it is. It must
 * already be normal: `/nix/store/../../tmp/x` starts with `/nix/store/` but names `/tmp/x`.
 */
function storePathProblem(path) {
    if (external_node_path_.posix.normalize(path) !== path || path.endsWith('/')) {
        return `\`${path}\` is not a normalized absolute path (it has \`.\`, \`..\`, \`//\` or a trailing \`/\`)`;
    }
    if (!STORE_PATH.test(path)) {
        return `\`${path}\` is not a Nix store path \`/nix/store/<32-character hash>-<name>\``;
    }
    return undefined;
}
/** Path components as Rust's `Path::components()` sees them: `.` and empty parts dropped. */
function components(path) {
    return path.split('/').filter((part) => part !== '' && part !== '.');
}
/** Upstream validation (docs/upstream.md, executor 4), with the messages upstream prints. */
function validateDeclaredPayloadMount(root, mount) {
    if (mount.name.trim() === '') {
        throw new errors/* PikaciError */.uy(`invalid payload mount for ${root}: empty mount name`);
    }
    if (mount.relative_path.startsWith('/') || components(mount.relative_path).includes('..')) {
        throw new errors/* PikaciError */.uy(`invalid payload mount \`${mount.name}\` for ${root}: relative_path must stay within the payload root`);
    }
    if (!mount.guest_path.startsWith('/') || components(mount.guest_path).includes('..')) {
        throw new errors/* PikaciError */.uy(`invalid payload mount \`${mount.name}\` for ${root}: guest_path must be an absolute normalized path`);
    }
}
/** `""` and `"."` mean the payload root itself. */
function payloadMountSource(root, mount) {
    const relative = components(mount.relative_path);
    return relative.length === 0 ? root : external_node_path_.posix.join(root, ...relative);
}
/**
 * A resolved (`readlink -f`) source must still be the resolved root or lie below it: a symlink inside
 * the payload must not smuggle a host directory into the guest.
 */
function assertWithinRoot(resolvedRoot, resolvedSource, mountName) {
    const root = resolvedRoot.endsWith('/') ? resolvedRoot : `${resolvedRoot}/`;
    if (resolvedSource !== resolvedRoot && !resolvedSource.startsWith(root)) {
        throw new errors/* PikaciError */.uy(`invalid payload mount \`${mountName}\`: its source resolves to ${resolvedSource}, outside the payload root ${resolvedRoot}`, { hint: 'payload mounts may only expose directories inside the prepared output' });
    }
}
/** Validate every mount of a manifest before any device is added; unique guest paths and devices. */
function planDeclaredMounts(root, manifest) {
    const plans = manifest.mounts.map((mount) => {
        validateDeclaredPayloadMount(root, mount);
        return {
            deviceName: declaredPayloadDeviceName(manifest.kind, mount.name),
            source: payloadMountSource(root, mount),
            guestPath: external_node_path_.posix.normalize(mount.guest_path),
            readOnly: mount.read_only,
        };
    });
    const seen = new Set();
    for (const plan of plans) {
        for (const key of [`device ${plan.deviceName}`, `guest path ${plan.guestPath}`]) {
            if (seen.has(key))
                throw new errors/* PikaciError */.uy(`payload manifest for ${root} declares ${key} twice`);
            seen.add(key);
        }
    }
    return plans;
}

;// CONCATENATED MODULE: ./src/incus/config.ts
/**
 * How to reach and drive an Incus (or LXD) daemon on a placement host. This is host configuration,
 * not job data: it comes from action inputs, CLI flags or the environment, never from job ids.
 */

const config_IncusHostConfigSchema = schemas/* strictObject */.rej({
    /** `incus`, or `lxc` for LXD, whose CLI is the same for every command used here. */
    cli: schemas/* enum */.k5n(['incus', 'lxc']).default('incus'),
    /** Prefix every Incus command with `sudo -n` (non-interactive: a password prompt fails fast). */
    sudo: schemas/* boolean */.zMY().default(false),
    project: schemas/* string */.YjP().min(1).default('pika-managed-agents'),
    profiles: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).default(['default', 'pika-agent-dev']),
    storage_pool: schemas/* string */.YjP().min(1).optional(),
    image: schemas/* string */.YjP().min(1).default('pikaci/dev'),
    instance_type: schemas/* enum */.k5n(['vm', 'container']).default('vm'),
    limits: schemas/* strictObject */.rej({
        cpu: schemas/* number */.aig().int().positive().optional(),
        memory: schemas/* string */.YjP()
            .regex(/^\d+(KiB|MiB|GiB|TiB|kB|MB|GB|TB)$/, 'memory is a size such as `4096MiB`')
            .optional(),
    })
        .default({ cpu: 2, memory: '4096MiB' }),
    readiness_timeout_secs: schemas/* number */.aig().int().positive().default(120),
    /** Remote work dir W on the placement host (runs/, snapshots/, cache/). */
    work_dir: schemas/* string */.YjP().startsWith('/', 'work_dir must be absolute').default('/var/tmp/pikaci'),
});
/** argv of one Incus CLI invocation: `[sudo -n] <cli> <args...>`; `--project` goes after the verb. */
function config_incusArgv(config, verb, ...rest) {
    return [...(config.sudo ? ['sudo', '-n'] : []), config.cli, ...verb, '--project', config.project, ...rest];
}
/** `limits.*` config keys in sorted order, only those present. */
function limitConfig(config) {
    const entries = [];
    if (config.limits.cpu !== undefined)
        entries.push(['limits.cpu', String(config.limits.cpu)]);
    if (config.limits.memory !== undefined)
        entries.push(['limits.memory', config.limits.memory]);
    entries.sort(([a], [b]) => a.localeCompare(b));
    return entries.flatMap(([key, value]) => ['--config', `${key}=${value}`]);
}
/**
 * `config device add` argv for a disk. Properties sorted by key; `readonly=true` only when read-only;
 * `io.bus=virtiofs` only for VMs (containers bind-mount and reject the key); `shift=false` last.
 */
function diskDeviceArgv(config, instance, device) {
    const properties = [
        ['path', device.path],
        ['source', device.source],
    ];
    if (device.readOnly)
        properties.push(['readonly', 'true']);
    if (config.instance_type === 'vm')
        properties.push(['io.bus', 'virtiofs']);
    properties.sort(([a], [b]) => a.localeCompare(b));
    return config_incusArgv(config, ['config', 'device', 'add'], instance, device.name, 'disk', ...properties.map(([key, value]) => `${key}=${value}`), 'shift=false');
}
/** `init` argv: created, not started; carries the run id so `gc --instances` can find orphans. */
function initArgv(config, instance, runId, jobId) {
    return config_incusArgv(config, ['init'], ...(config.storage_pool ? ['--storage', config.storage_pool] : []), ...config.profiles.flatMap((profile) => ['--profile', profile]), ...limitConfig(config), '--config', `user.pikaci.run_id=${runId}`, '--config', `user.pikaci.job_id=${jobId}`, ...(config.instance_type === 'vm' ? ['--vm'] : []), config.image, instance);
}

// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/guest/index.ts + 4 modules
var guest = __webpack_require__(41341);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
;// CONCATENATED MODULE: ./src/remote/layout.ts
/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */

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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 132 modules
var execa = __webpack_require__(4434);
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
    const top = await tryGit(sourceRoot, ['rev-parse', '--show-toplevel']);
    if (!top.ok) {
        throw new errors/* InputError */.dz(`snapshot source is not a git working tree: ${top.stderr}`, {
            where: sourceRoot,
            hint: 'snapshots are made from git checkouts; run from a clone of the repository',
        });
    }
    await checkTopLevel(sourceRoot, top.stdout.toString('utf8').trim());
    const format = await tryGit(sourceRoot, ['rev-parse', '--show-object-format']);
    checkObjectFormat(sourceRoot, format.ok ? format.stdout.toString('utf8').trim() : 'sha1');
    const head = await tryGit(sourceRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!head.ok) {
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






// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
;// CONCATENATED MODULE: ./src/remote/exec.ts

/** Output beyond this is dropped: these helpers read markers and manifests, never logs. */
const CAPTURE_LIMIT = 4 * 1024 * 1024;
async function capture(transport, argv, options = {}) {
    const out = [];
    const err = [];
    let outSize = 0;
    let errSize = 0;
    const result = await transport.exec({
        argv,
        ...options,
        onStdout: (chunk) => {
            if ((outSize += chunk.length) <= CAPTURE_LIMIT)
                out.push(chunk);
        },
        onStderr: (chunk) => {
            if ((errSize += chunk.length) <= CAPTURE_LIMIT)
                err.push(chunk);
        },
    });
    return {
        ...result,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
    };
}
/** `sh -c <script>` on the placement host. */
function exec_shArgv(script) {
    return ['sh', '-c', script];
}
function exec_describeExit(result) {
    if (result.connectionLost)
        return 'connection lost';
    if (result.timedOut)
        return 'timed out';
    if (result.cancelled)
        return 'cancelled';
    if (result.exitCode !== null)
        return `exit code ${result.exitCode}`;
    return `signal ${result.signal ?? 'unknown'}`;
}
/** Run and require success; the error names what was being done, the host and how it ended. */
async function exec_mustCapture(transport, what, argv, options = {}) {
    const result = await capture(transport, argv, options);
    if (result.exitCode !== 0) {
        const stderr = result.stderr.trim();
        throw new errors/* PikaciError */.uy(`${what} on ${transport.hostLabel} failed (${exec_describeExit(result)})${stderr ? `: ${stderr}` : ''}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/remote/sync.ts
/**
 * Publish a local snapshot on a placement host without clobbering (docs/upstream.md, executor 3.3 step 2): reuse a
 * remote copy whose marker carries the same content hash; otherwise stream a tar into a temporary
 * sibling directory and rename it into place. The first writer wins; a marker with another hash, or
 * none, is an error rather than a guess.
 */







async function readRemoteHash(transport, remoteDir) {
    const marker = external_node_path_.posix.join(remoteDir, metadata_SNAPSHOT_METADATA_FILE);
    const read = await exec_mustCapture(transport, `read remote snapshot metadata ${marker}`, exec_shArgv(`if test -f ${(0,shell/* shellQuote */.Z)(marker)}; then cat ${(0,shell/* shellQuote */.Z)(marker)}; fi`));
    if (read.stdout.trim() === '')
        return undefined;
    let json;
    try {
        json = JSON.parse(read.stdout);
    }
    catch (error) {
        throw new errors/* PikaciError */.uy(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${String(error)}`);
    }
    const parsed = SnapshotMetadataSchema.safeParse(json);
    if (!parsed.success) {
        throw new errors/* PikaciError */.uy(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${parsed.error.message}`);
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
        throw new errors/* PikaciError */.uy(`remote snapshot at ${remoteDir} on ${host} is missing content hash ${local}; refusing ambiguous reuse`, { hint: `remove ${remoteDir} on ${host} if it is stale` });
    }
    if (remote !== local) {
        throw new errors/* PikaciError */.uy(`remote snapshot hash mismatch at ${remoteDir} on ${host} (expected ${local}, got ${remote})`, {
            hint: `another writer published different content under this hash; inspect ${remoteDir} on ${host}`,
        });
    }
    return true;
}
async function syncSnapshot(transport, options) {
    const { localDir, remoteDir, log } = options;
    const host = transport.hostLabel;
    const local = (await metadata_readSnapshotMetadata(localDir)).content_hash;
    const reuseLine = `[pikaci] remote snapshot already available at ${remoteDir}${local ? ` (content hash ${local})` : ''}`;
    if (ready(local, await readRemoteHash(transport, remoteDir), remoteDir, host)) {
        log(reuseLine);
        return { action: 'reused', contentHash: local };
    }
    const parent = external_node_path_.posix.dirname(remoteDir);
    const staging = external_node_path_.posix.join(parent, `.pikaci-sync-snapshot-${process.pid}-${process.hrtime.bigint()}`);
    log(`[pikaci] sync snapshot ${localDir} -> ${host}:${remoteDir}`);
    await exec_mustCapture(transport, 'prepare remote snapshot staging dir', exec_shArgv(`set -eu; mkdir -p ${(0,shell/* shellQuote */.Z)(parent)}; rm -rf ${(0,shell/* shellQuote */.Z)(staging)}; mkdir -p ${(0,shell/* shellQuote */.Z)(staging)}`));
    // The tar stream is produced as the remote side reads it: nothing is staged in memory or on disk.
    const tarStream = external_node_stream_.Readable.from((0,index_min/* create */.vt)({ cwd: localDir, portable: true }, ['.']));
    let localError;
    tarStream.on('error', (error) => {
        localError = error;
    });
    const upload = await capture(transport, ['tar', '-C', staging, '-xf', '-'], {
        stdin: tarStream,
        signal: options.signal,
    });
    if (localError !== undefined || upload.exitCode !== 0) {
        await capture(transport, exec_shArgv(`rm -rf ${(0,shell/* shellQuote */.Z)(staging)}`));
        const local = localError === undefined ? 'ok' : String(localError);
        throw new errors/* PikaciError */.uy(`sync snapshot to ${host} failed (local tar: ${local}; remote tar: ${exec_describeExit(upload)})${upload.stderr.trim() ? `: ${upload.stderr.trim()}` : ''}`);
    }
    // `mv -T` never moves the staging dir *into* a directory that appeared meanwhile.
    const q = { staging: (0,shell/* shellQuote */.Z)(staging), target: (0,shell/* shellQuote */.Z)(remoteDir) };
    await exec_mustCapture(transport, 'finalize remote snapshot sync', exec_shArgv(`if [ -e ${q.target} ]; then rm -rf ${q.staging}; ` +
        `elif mv -T ${q.staging} ${q.target} 2>/dev/null; then :; ` +
        `elif [ -e ${q.target} ]; then rm -rf ${q.staging}; else rm -rf ${q.staging}; exit 1; fi`));
    const published = await readRemoteHash(transport, remoteDir);
    if (published === undefined) {
        throw new errors/* PikaciError */.uy(`remote snapshot at ${remoteDir} on ${host} is still missing a ready marker after publish; refusing ambiguous reuse`);
    }
    ready(local, published, remoteDir, host);
    return { action: 'uploaded', contentHash: local };
}

;// CONCATENATED MODULE: ./src/runtime/result.ts
/** The terminal `result.json` contract shared by every runtime (docs/upstream.md, executor 0.4, docs/design.md decision 6). */

async function writeTerminalResult(path, result) {
    const record = {
        schema_version: 1,
        status: result.ok ? 'completed' : 'failed',
        finished_at: (0,records/* rfc3339 */.ag)(),
        message: result.message,
    };
    if (result.exitCode !== null)
        record.exit_code = result.exitCode;
    if (result.details !== undefined)
        record.details = result.details;
    await (0,records/* writeRecord */.rh)(path, records/* TerminalResultSchema */.z0, record);
}
function outcomeFromTerminalResult(result) {
    return {
        status: result.status === 'completed' ? 'passed' : 'failed',
        exit_code: result.exit_code ?? null,
        message: result.message,
    };
}
async function readTerminalResult(path) {
    return outcomeFromTerminalResult(await (0,records/* readRecord */.aE)(path, records/* TerminalResultSchema */.z0, 'terminal result'));
}

;// CONCATENATED MODULE: ./src/runtime/host-process.ts
/**
 * host_process (docs/upstream.md, executor 2, with the changes in docs/design.md): the job's command runs on its placement host
 * through the Transport, in a workspace the placement provides, with output streamed live to the terminal
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
function endingOf(result, timeoutSecs, workspace) {
    const { label } = workspace;
    if (result.cancelled)
        return { ok: false, message: 'cancelled', exitCode: null };
    if (result.timedOut)
        return { ok: false, message: `timed out after ${timeoutSecs}s`, exitCode: null };
    if (result.connectionLost) {
        return {
            ok: false,
            message: `infrastructure error: lost the connection to ${workspace.host}`,
            exitCode: null,
        };
    }
    if (result.exitCode === 0)
        return { ok: true, message: `${label} passed`, exitCode: 0 };
    if (result.exitCode !== null) {
        const hint = result.exitCode === 127 ? ' (command not found)' : '';
        return {
            ok: false,
            message: `${label} exited with ${result.exitCode}${hint}`,
            exitCode: result.exitCode,
        };
    }
    return { ok: false, message: `${label} was killed by ${result.signal ?? 'a signal'}`, exitCode: null };
}
/**
 * The job's whole environment (README "Security"): on this machine the allow-listed host variables
 * (a remote host's own login environment stands in for them), the CI context, the workspace's
 * variables, the job's `pass_env` variables and its declared secrets. Never the runner's environment as
 * a whole.
 */
function jobEnv(ctx, workspace) {
    const { host, context, passed, secrets } = ctx.environment;
    return {
        ...(ctx.transport.placement === 'local' ? host : {}),
        ...context,
        ...passed,
        ...workspace.env,
        ...secrets,
    };
}
/** This machine: the run's workspace copy, with the state root's caches. */
async function localWorkspace(ctx) {
    return {
        cwd: ctx.workspaceDir,
        env: {
            ARTIFACTS: ctx.paths.artifactsDir,
            CARGO_HOME: ctx.cargoHomeDir,
            CARGO_TARGET_DIR: ctx.cargoTargetDir,
        },
        label: 'host-local command',
        host: ctx.transport.hostLabel,
    };
}
async function runHostProcess(ctx, prepareWorkspace) {
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
        try {
            const workspace = await prepareWorkspace(ctx);
            hostLog.line(`[pikaci] starting host-process job \`${job.id}\` on ${workspace.host} at ${(0,records/* rfc3339 */.ag)()}`);
            hostLog.line(`[pikaci] ${workspace.label}: ${(0,shell/* shellJoin */.n)(argv)}`);
            hostLog.line(`[pikaci] host-process workspace: ${workspace.cwd}`);
            const result = await ctx.transport.exec({
                argv,
                cwd: workspace.cwd,
                env: jobEnv(ctx, workspace),
                inheritEnv: false,
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
            ending = endingOf(result, ctx.timeoutSecs, workspace);
            if (result.timedOut)
                hostLog.line(`[pikaci] timeout after ${ctx.timeoutSecs}s, killed ${workspace.label}`);
        }
        catch (error) {
            ending = { ok: false, message: `could not start the command: ${(0,errors/* errorMessage */.gJ)(error)}`, exitCode: null };
        }
        hostLog.line(`[pikaci] host-process job exited with ${ending.exitCode ?? 'no exit code'} at ${(0,records/* rfc3339 */.ag)()}: ${ending.message}`);
    }
    await writeTerminalResult(paths.resultJson, ending);
    return readTerminalResult(paths.resultJson);
}
/** A host-process backend whose workspace `prepareWorkspace` provides (e.g. published over SSH). */
function hostProcessBackendWith(prepareWorkspace) {
    return { run: (ctx) => runHostProcess(ctx, prepareWorkspace) };
}
const hostProcessBackend = hostProcessBackendWith(localWorkspace);

// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
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
class LogWriteError extends errors/* PikaciError */.uy {
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
            const redactor = (0,redact/* streamRedactor */.fx)(append);
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
            (0,redact/* addSecret */.Ck)(source[name]);
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
            (0,redact/* addSecret */.Ck)(value);
            secrets[name] = value;
        }
    }
    if (missing.length > 0) {
        throw new errors/* PikaciError */.uy(`job \`${job.id}\` asks for the secret${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set`, {
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





;// CONCATENATED MODULE: ./src/remote/supervisor.ts
/**
 * A host-process job dies with its runner (README "Faults"). OpenSSH does not signal a session's
 * command when the client goes away without a pty, and a local process group outlives a killed
 * parent: either way a job whose runner was killed would keep running, reparented to PID 1, while
 * its concurrency group passes to the next run.
 *
 * So the job runs under a small POSIX sh supervisor on the placement host. The supervisor starts a
 * watcher that reads the channel's (locally: the pipe's) stdin, which the runner keeps open and
 * never writes to, then `exec`s the job: the job keeps the session's pid and process group (so the
 * transport's own stop path and exit status are unchanged) and reads /dev/null. When the channel closes — the job
 * ended, or the runner and its connection died — the watcher sees EOF, sends TERM to the job's
 * process group, waits up to the grace period for the job to exit, then KILLs the group (itself
 * included). The job and everything it starts carry `PIKACI_REMOTE_JOB=<run id>/<job id>` in their
 * environment, which `pikaci gc --processes` looks for.
 *
 * In a concurrency group the watcher also holds a shared `flock` on the group's jobs file until it
 * dies, i.e. until the job's process group has been stopped; the group's lock holder takes that
 * lock exclusively before it lets the group go (see `src/locks/`).
 */

/** The environment variable that marks every process of a host-process job (remote or local). */
const supervisor_REMOTE_JOB_MARKER = 'PIKACI_REMOTE_JOB';
/** How long the watcher waits between TERM and KILL once the job's channel has closed. */
const SUPERVISOR_GRACE_SECS = 5;
/** `$1` job pid (= process group), `$2` grace seconds; stdin is the channel's. */
const WATCHER_SCRIPT = [
    "trap '' TERM INT HUP",
    'while read -r _; do :; done',
    'running() { s=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; case $s in Z*|"") return 1;; esac; }',
    'kill -s TERM -- "-$1" 2>/dev/null',
    'waited=0',
    'while running "$1" && [ "$waited" -lt "$2" ]; do sleep 1; waited=$((waited + 1)); done',
    'kill -s KILL -- "-$1" 2>/dev/null',
].join('\n');
/**
 * `$1` marker, `$2` grace seconds, `$3` shared-lock file or empty, `$4` watcher script, `$5` `own`
 * to start the watcher in a process group of its own (local jobs, see `SupervisorOptions.local`);
 * then the job argv.
 */
const SUPERVISOR_SCRIPT = [
    'set -u',
    'marker=$1 grace=$2 hold=$3 watcher=$4 group=$5',
    'shift 5',
    `export ${supervisor_REMOTE_JOB_MARKER}="$marker"`,
    'if [ -n "$hold" ]; then exec 8>>"$hold" && flock -s 8; fi',
    'exec 3<&0 </dev/null',
    // sshd (and LocalTransport) start each command as its process group leader, and exec keeps this
    // pid for the job.
    'if [ "$group" = own ] && command -v setsid >/dev/null 2>&1; then',
    '  setsid sh -c "$watcher" pikaci-job-watch "$$" "$grace" <&3 >/dev/null 2>&1 &',
    'else',
    '  sh -c "$watcher" pikaci-job-watch "$$" "$grace" <&3 >/dev/null 2>&1 &',
    'fi',
    'exec 3<&- 8>&-',
    'exec "$@"',
].join('\n');
/** The argv that runs `argv` under the supervisor (pure). */
function supervisedArgv(argv, options) {
    return [
        'sh',
        '-c',
        SUPERVISOR_SCRIPT,
        'pikaci-job',
        options.marker,
        String(options.graceSecs ?? SUPERVISOR_GRACE_SECS),
        options.jobsLockFile ?? '',
        WATCHER_SCRIPT,
        options.local ? 'own' : 'job',
        ...argv,
    ];
}
/**
 * A transport whose commands run under the supervisor, with a stdin that stays open until the
 * command ends (the request's own stdin is replaced: the job reads /dev/null, as before).
 */
function supervisedTransport(transport, options) {
    return {
        placement: transport.placement,
        hostLabel: transport.hostLabel,
        async exec(request) {
            const channelStdin = new external_node_stream_.PassThrough();
            try {
                return await transport.exec({
                    ...request,
                    argv: supervisedArgv(request.argv, options),
                    stdin: channelStdin,
                });
            }
            finally {
                channelStdin.end();
            }
        },
        close: () => transport.close(),
    };
}
/**
 * local × host_process under the supervisor: a local job dies with the runner's pipe, as a remote one
 * dies with its connection (README "Faults"), and holds its concurrency group's jobs file the same way.
 */
function supervisedLocalBackend(backend, jobsLockFile) {
    return {
        run: (ctx) => backend.run({
            ...ctx,
            transport: supervisedTransport(ctx.transport, {
                marker: `${ctx.runId}/${ctx.job.id}`,
                jobsLockFile,
                local: true,
            }),
        }),
    };
}

;// CONCATENATED MODULE: ./src/remote/host-process.ts
/**
 * remote_ssh × host_process: the host-process backend with its workspace on the placement host —
 * the run's snapshot published there (`W/snapshots/<hash>/snapshot`), or a private writable copy.
 */







/**
 * `jobsLockFile`: the run's concurrency group's jobs file on the host (see `src/locks/`), or null.
 * The job command itself runs under the supervisor (`./supervisor.ts`), so it dies with its
 * connection; the workspace is prepared over the plain transport.
 */
function remoteHostProcessBackend(workDir, jobsLockFile = null) {
    return {
        run: (ctx) => hostProcessBackendWith(() => remoteWorkspace(ctx, workDir)).run({
            ...ctx,
            transport: supervisedTransport(ctx.transport, { marker: `${ctx.runId}/${ctx.job.id}`, jobsLockFile }),
        }),
    };
}
async function remoteWorkspace(ctx, workDir) {
    const { job, transport, hostLog } = ctx;
    const layout = remoteLayout(workDir, ctx.runId, ctx.snapshotContentHash);
    const artifacts = layout.artifactsDir(job.id);
    const cargoHome = external_node_path_.posix.join(workDir, 'cache/cargo-home');
    await exec_mustCapture(transport, 'ensure remote job dirs', exec_shArgv(`set -eu; mkdir -p ${[artifacts, external_node_path_.posix.dirname(layout.snapshotDir), cargoHome].map(shell/* shellQuote */.Z).join(' ')}`));
    await syncSnapshot(transport, {
        localDir: ctx.snapshotDir,
        remoteDir: layout.snapshotDir,
        log: (line) => hostLog.line(line),
        signal: ctx.signal,
    });
    let cwd = layout.snapshotDir;
    if (job.writable_workspace) {
        cwd = external_node_path_.posix.join(layout.jobDir(job.id), 'workspace');
        await exec_mustCapture(transport, 'copy the snapshot into a writable workspace', exec_shArgv(`set -eu; rm -rf ${(0,shell/* shellQuote */.Z)(cwd)}; cp -a ${(0,shell/* shellQuote */.Z)(layout.snapshotDir)} ${(0,shell/* shellQuote */.Z)(cwd)}`));
    }
    return {
        cwd,
        env: {
            ARTIFACTS: artifacts,
            CARGO_HOME: cargoHome,
            CARGO_TARGET_DIR: external_node_path_.posix.join(layout.runDir, 'cargo-target'),
        },
        label: 'remote host-process command',
        host: transport.hostLabel,
    };
}

;// CONCATENATED MODULE: ./src/remote/index.ts
/** A run's files on a placement host: layout, streamed snapshot sync, and short-output exec helpers. */






;// CONCATENATED MODULE: ./src/incus/backend.ts
/**
 * The Incus runtime (docs/upstream.md, executor 3, with docs/design.md decisions 1, 6, 7, 10): one instance per job on the
 * placement host, driven only through the job's `Transport`, so local and remote placement share
 * this code. Every phase is timed into the execution record; the outcome comes from the guest's
 * `result.json`; the instance is deleted in `finally` on every path.
 */














/** The host waits this long past the job timeout, so the guest's own `timeout` fires first (docs/design.md decision 6). */
const DEFAULT_HOST_GRACE_SECS = 30;
/** Where a writable-workspace job's read-only snapshot is mounted before its private copy is made. */
const SNAPSHOT_SOURCE_PATH = '/workspace/snapshot-source';
const READINESS_POLL_MS = 250;
class PhaseRecorder {
    record = { backend: 'incus', incus_image: null, phases: [] };
    async run(phase, body) {
        const startedAt = (0,records/* rfc3339 */.ag)();
        const start = Date.now();
        try {
            return await body();
        }
        finally {
            this.record.phases.push({
                phase,
                started_at: startedAt,
                finished_at: (0,records/* rfc3339 */.ag)(),
                duration_ms: Date.now() - start,
            });
        }
    }
}
/** An error that happened after the instance work began: the job fails with its message. */
class JobFailure extends Error {
    exitCode;
    /** The exit code of the Incus command that failed, when it ran to its end. */
    constructor(message, exitCode = null) {
        super(message);
        this.exitCode = exitCode;
    }
}
function createIncusBackend(options) {
    return { run: (ctx) => runIncusJob(ctx, options) };
}
async function runIncusJob(ctx, options) {
    const { config } = options;
    const { job, transport, hostLog } = ctx;
    const host = transport.hostLabel;
    const instance = instanceName(ctx.runId, job.id);
    const phases = new PhaseRecorder();
    const remote = transport.placement === 'remote_ssh';
    const layout = remoteLayout(config.work_dir, ctx.runId, ctx.snapshotContentHash);
    /** Run an Incus command, logging argv and output to host.log; non-zero exit is an error. */
    const incus = async (label, argv, stdin) => {
        hostLog.line(`[pikaci] ${label}: ${(0,shell/* shellJoin */.n)(argv)}`);
        const result = await capture(transport, argv, {
            ...(stdin === undefined ? {} : { stdin }),
            signal: ctx.signal,
        });
        if (result.stdout)
            hostLog.write(result.stdout);
        if (result.stderr)
            hostLog.write(result.stderr);
        if (result.exitCode !== 0) {
            throw new JobFailure(`${label} on ${host} failed (${exec_describeExit(result)})${tail(result.stderr)}`, result.exitCode);
        }
        return result.stdout;
    };
    const deleteInstance = async () => capture(transport, config_incusArgv(config, ['delete'], '--force', instance));
    let created = false;
    let outcome = failed('internal error: the Incus job produced no outcome');
    try {
        outcome = await (async () => {
            const snapshotSource = await phases.run('prepare_directories', async () => {
                if (!remote)
                    return ctx.snapshotDir;
                await exec_mustCapture(transport, 'ensure remote Linux VM execute dirs', exec_shArgv(`set -eu; mkdir -p ${[layout.artifactsDir(job.id), external_node_path_.posix.dirname(layout.snapshotDir)].map(shell/* shellQuote */.Z).join(' ')}`));
                return layout.snapshotDir;
            });
            await phases.run('stage_workspace_snapshot', async () => {
                if (remote) {
                    await syncSnapshot(transport, {
                        localDir: ctx.snapshotDir,
                        remoteDir: layout.snapshotDir,
                        log: (line) => hostLog.line(line),
                        signal: ctx.signal,
                    });
                }
            });
            await phases.run('prepare_runtime', async () => {
                // Independent look-ups in parallel (one round trip instead of four over SSH). Nothing is
                // created until every payload manifest has been validated. The stale delete clears what a
                // previous attempt of the same run and job may have left behind.
                const [images, payloads, resolvedSnapshot] = await allOrFirstError([
                    imageRecords(transport, config, host),
                    payloadDevices(),
                    resolvePath(snapshotSource),
                    deleteInstance(),
                ]);
                const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
                if (matching.length !== 1) {
                    throw new JobFailure(matching.length === 0
                        ? `Incus image \`${config.image}\` is not available in project \`${config.project}\` on ${host}; import it first (for example \`${config.cli} image import meta.tar.gz rootfs.tar.gz --alias ${(0,shell/* shellQuote */.Z)(config.image)} --project ${(0,shell/* shellQuote */.Z)(config.project)}\`)`
                        : `Incus image \`${config.image}\` metadata from project \`${config.project}\` on ${host} returned multiple matching alias records`);
                }
                phases.record.incus_image = {
                    project: config.project,
                    alias: config.image,
                    fingerprint: matching[0].fingerprint,
                };
                hostLog.line(`[pikaci] Incus image \`${config.image}\` fingerprint=${matching[0].fingerprint} on ${host}`);
                // An `init` the CLI reports as failed created nothing (the daemon rolls back); one cut off
                // (cancelled, lost connection) may have, so only then does cleanup still delete.
                created = true;
                await incus('create Incus instance', initArgv(config, instance, ctx.runId, job.id)).catch((error) => {
                    if (error instanceof JobFailure && error.exitCode !== null)
                        created = false;
                    throw error;
                });
                const snapshotPath = job.writable_workspace ? SNAPSHOT_SOURCE_PATH : guest/* GUEST_PATHS */.es.snapshot;
                await incus('add snapshot disk device', diskDeviceArgv(config, instance, {
                    name: mountDeviceName('read_only_snapshot', snapshotSource, guest/* GUEST_PATHS */.es.snapshot),
                    source: resolvedSnapshot,
                    path: snapshotPath,
                    readOnly: true,
                }));
                for (const device of payloads) {
                    await incus(`add payload disk device \`${device.name}\``, diskDeviceArgv(config, instance, device));
                }
                await incus('start Incus instance', config_incusArgv(config, ['start'], instance));
            });
            // The guest runner sets its own PATH, HOME and user; the job adds the CI context, its `pass_env`
            // variables and its secrets.
            const request = (0,guest/* buildGuestRequest */.C7)(job, {
                env: { ...ctx.environment.context, ...ctx.environment.passed, ...ctx.environment.secrets },
            });
            const runnerPath = await phases.run('launch_guest', async () => {
                // One round trip writes the request pair and, when the image lacks the runner, pushes it.
                // The pair goes through stdin (the JSON's byte length in $1, then the env file), never the
                // command line: it carries the job's secrets, and argv is visible in the host's process list.
                const script = [
                    'set -eu',
                    `mkdir -p ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runtimeStateDir)}`,
                    `dd of=${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.request)} bs=1 count="$1" 2>/dev/null`,
                    `cat > ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.requestEnv)}`,
                    ...(job.writable_workspace
                        ? [
                            `mkdir -p ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)}`,
                            `cp -a ${(0,shell/* shellQuote */.Z)(`${SNAPSHOT_SOURCE_PATH}/.`)} ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)}`,
                            `chown -R 1000 ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)} 2>/dev/null || true`,
                        ]
                        : []),
                    `if [ -x ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runner)} ]; then echo ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runner)}; else`,
                    `  mkdir -p ${(0,shell/* shellQuote */.Z)(external_node_path_.posix.dirname(guest/* GUEST_PATHS */.es.pushedRunner))}`,
                    `  printf '%s' "$2" > ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    `  chmod 755 ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    `  echo ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    'fi',
                ].join('\n');
                const writeArgv = config_incusArgv(config, ['exec'], instance, '--', 'sh', '-c', script, 'sh', String(Buffer.byteLength(request.json)), (0,guest/* guestRunnerScript */.iF)());
                const requestBytes = request.json + request.envFile;
                // A container takes commands as soon as it starts: the write is its own readiness probe.
                // Only when it fails (a VM whose agent is still booting) does the bounded wait run.
                const first = await capture(transport, writeArgv, { signal: ctx.signal, stdin: requestBytes });
                let out = first.stdout;
                if (first.exitCode !== 0) {
                    if (first.cancelled)
                        throw new JobFailure('cancelled');
                    hostLog.line(`[pikaci] Incus instance ${instance} not ready yet (${exec_describeExit(first)})`);
                    await waitReady();
                    out = await incus('write Incus guest request', writeArgv, requestBytes);
                }
                else {
                    hostLog.line('[pikaci] wrote Incus guest request');
                }
                return out.trim().split('\n').at(-1);
            });
            hostLog.line(`[pikaci] starting Incus guest runner ${runnerPath} for job \`${job.id}\` on ${host} at ${(0,records/* rfc3339 */.ag)()}: ${request.request.command}`);
            const graceSecs = options.hostGraceSecs ?? DEFAULT_HOST_GRACE_SECS;
            const run = await phases.run('wait_for_completion', async () => {
                const lines = {
                    stdout: new LineSplitter('[runner:stdout] '),
                    stderr: new LineSplitter('[runner:stderr] '),
                };
                const result = await transport.exec({
                    argv: config_incusArgv(config, ['exec'], instance, '--', runnerPath, guest/* GUEST_PATHS */.es.request),
                    onStdout: (chunk) => {
                        lines.stdout.push(chunk, (line) => hostLog.write(line));
                        ctx.output('stdout', chunk);
                    },
                    onStderr: (chunk) => {
                        lines.stderr.push(chunk, (line) => hostLog.write(line));
                        ctx.output('stderr', chunk);
                    },
                    timeoutMs: (job.timeout_secs + graceSecs) * 1000,
                    signal: ctx.signal,
                });
                lines.stdout.end((line) => hostLog.write(line));
                lines.stderr.end((line) => hostLog.write(line));
                hostLog.line(`[pikaci] Incus guest runner ended (${exec_describeExit(result)}) at ${(0,records/* rfc3339 */.ag)()}`);
                return result;
            });
            if (run.cancelled)
                return failed('cancelled');
            if (run.connectionLost) {
                throw new JobFailure(`infrastructure error: lost the connection to ${host} while the guest was running`);
            }
            if (run.timedOut) {
                hostLog.line(`[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`);
                await phases.run('collect_artifacts', () => collectArtifacts(false));
                return failed(`timed out after ${job.timeout_secs}s`);
            }
            await phases.run('collect_artifacts', () => collectArtifacts(true));
            return readTerminalResult(ctx.paths.resultJson);
        })();
    }
    catch (error) {
        const message = error instanceof JobFailure || error instanceof errors/* PikaciError */.uy ? (0,errors/* errorMessage */.gJ)(error) : String(error);
        hostLog.line(`[pikaci] ${message}`);
        outcome = ctx.signal.aborted ? failed('cancelled') : failed(message);
    }
    finally {
        if (created) {
            const removal = await deleteInstance().catch((error) => ({ error }));
            if ('error' in removal || removal.exitCode !== 0) {
                const why = 'error' in removal ? (0,errors/* errorMessage */.gJ)(removal.error) : exec_describeExit(removal);
                hostLog.line(`[pikaci] failed to delete Incus instance ${instance} on ${host}: ${why}`);
                // A leaked instance is a failure even when the test passed; `pikaci gc --instances` finds it.
                outcome = failed(`${outcome.message}; also failed to delete Incus instance ${instance}: ${why}`);
            }
            else {
                hostLog.line(`[pikaci] deleted Incus instance ${instance}`);
            }
        }
    }
    if (outcome.status === 'failed' && outcome.exit_code === null) {
        await writeTerminalResult(ctx.paths.resultJson, {
            ok: false,
            message: outcome.message,
            exitCode: null,
        }).catch(() => undefined);
    }
    return { ...outcome, remote_linux_vm_execution: phases.record };
    function failed(message) {
        return { status: 'failed', exit_code: null, message };
    }
    async function resolvePath(path) {
        const result = await capture(transport, ['readlink', '-f', path]);
        const resolved = result.stdout.trim();
        if (result.exitCode !== 0 || resolved === '') {
            throw new JobFailure(`failed to resolve path ${path} on ${host} (${exec_describeExit(result)})`);
        }
        return resolved;
    }
    /** Prepared payload mounts of a staged job, validated before any of them is added. */
    async function payloadDevices() {
        const staged = (0,model/* stagedLinuxCommand */.Md)(job);
        if (!staged)
            return [];
        const devices = [];
        for (const spec of staged.payload_specs) {
            const suffix = spec.role === 'workspace_deps' ? 'workspace-deps' : 'workspace-build';
            const link = remote
                ? external_node_path_.posix.join(layout.jobDir(job.id), 'staged-linux-rust', suffix)
                : (0,external_node_path_.join)(ctx.paths.jobDir, 'staged-linux-rust', suffix);
            const root = await resolvePath(link).catch(() => {
                throw new JobFailure(`prepared output \`${spec.output_name}\` is missing at ${link} on ${host}; its prepare node must build it first`);
            });
            const manifestPath = external_node_path_.posix.join(root, PAYLOAD_MANIFEST_RELATIVE_PATH);
            const read = await exec_mustCapture(transport, `read payload manifest ${manifestPath}`, exec_shArgv(`if test -f ${(0,shell/* shellQuote */.Z)(manifestPath)}; then cat ${(0,shell/* shellQuote */.Z)(manifestPath)}; fi`));
            if (read.stdout.trim() === '')
                throw new JobFailure(`missing payload manifest for staged output ${root}`);
            for (const mount of planDeclaredMounts(root, parsePayloadManifest(read.stdout, manifestPath))) {
                const source = await resolvePath(mount.source);
                assertWithinRoot(root, source, mount.deviceName);
                devices.push({ name: mount.deviceName, source, path: mount.guestPath, readOnly: mount.readOnly });
            }
        }
        return devices;
    }
    async function waitReady() {
        const deadline = Date.now() + config.readiness_timeout_secs * 1000;
        hostLog.line(`[pikaci] wait for Incus instance ${instance} readiness (up to ${config.readiness_timeout_secs}s)`);
        for (;;) {
            const probe = await capture(transport, config_incusArgv(config, ['exec'], instance, '--', 'true'), {
                signal: ctx.signal,
                timeoutMs: Math.max(1000, deadline - Date.now()),
            });
            if (probe.exitCode === 0)
                return;
            if (probe.cancelled)
                throw new JobFailure('cancelled');
            if (probe.connectionLost)
                throw new JobFailure(`lost the connection to ${host} while waiting for the instance`);
            if (Date.now() >= deadline) {
                throw new JobFailure(`Incus instance ${instance} did not become ready within ${config.readiness_timeout_secs}s`);
            }
            await new Promise((resolve) => setTimeout(resolve, READINESS_POLL_MS));
        }
    }
    /** The four lifecycle files in one round trip, as a tar stream unpacked into the job's artifacts. */
    async function collectArtifacts(requireResult) {
        const { artifactsDir } = ctx.paths;
        const staging = (0,external_node_path_.join)(artifactsDir, '.collect');
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.mkdir)(staging, { recursive: true });
        const names = ['logs/guest.log', 'events.jsonl', 'status.json', 'result.json'];
        const script = `cd ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runtimeStateDir)} && set -- && for f in ${names.join(' ')}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`;
        const unpack = (0,index_min/* extract */.o6)({ cwd: staging, strict: true, preservePaths: false });
        const result = await transport.exec({
            argv: config_incusArgv(config, ['exec'], instance, '--', 'sh', '-c', script),
            // Lifecycle files are small except guest.log, which tar unpacks to disk as it arrives.
            onStdout: (chunk) => void unpack.write(chunk),
            onStderr: (chunk) => hostLog.write(chunk),
            signal: ctx.signal,
            timeoutMs: 120_000,
        });
        await new Promise((resolve, reject) => {
            unpack.on('finish', resolve).on('close', resolve).on('error', reject);
            unpack.end();
        });
        if (result.exitCode !== 0) {
            throw new JobFailure(`collect Incus guest files from ${host} failed (${exec_describeExit(result)})`);
        }
        for (const [from, to] of [
            ['logs/guest.log', 'guest.log'],
            ['events.jsonl', 'events.jsonl'],
            ['status.json', 'status.json'],
            ['result.json', 'result.json'],
        ]) {
            await (0,promises_.rename)((0,external_node_path_.join)(staging, from), (0,external_node_path_.join)(artifactsDir, to)).catch(() => undefined);
            // The guest wrote these; secrets are redacted here, as the host's own writers do.
            await (0,redact/* redactFile */.it)((0,external_node_path_.join)(artifactsDir, to));
        }
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        if (requireResult) {
            await readTerminalResult(ctx.paths.resultJson).catch((error) => {
                throw new JobFailure(`infrastructure error: the guest wrote no usable result.json (${(0,errors/* errorMessage */.gJ)(error)}); did it crash?`);
            });
        }
    }
}
async function imageRecords(transport, config, host) {
    const listed = await capture(transport, config_incusArgv(config, ['image', 'list'], config.image, '--format', 'json')).catch((error) => {
        throw new JobFailure(`cannot run the Incus CLI \`${config.cli}\` on ${host}: ${(0,errors/* errorMessage */.gJ)(error)}; install Incus there, or choose the CLI with --incus-cli (\`lxc\` for LXD)`);
    });
    if (listed.exitCode !== 0) {
        throw new JobFailure(`failed to list Incus images in project \`${config.project}\` on ${host} (${exec_describeExit(listed)})${tail(listed.stderr)}`);
    }
    try {
        return JSON.parse(listed.stdout);
    }
    catch (error) {
        throw new JobFailure(`decode Incus image list from ${host}: ${String(error)}`);
    }
}
/** Like Promise.all, but waits for every operation to settle before reporting the first failure. */
async function allOrFirstError(operations) {
    const settled = await Promise.allSettled(operations);
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure)
        throw failure.reason;
    return settled.map((result) => result.value);
}
function tail(stderr) {
    const text = stderr.trim();
    return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}
/** Splits a byte stream into prefixed lines with bounded memory. */
class LineSplitter {
    prefix;
    pending = Buffer.alloc(0);
    constructor(prefix) {
        this.prefix = prefix;
    }
    push(chunk, emit) {
        let data = Buffer.concat([this.pending, chunk]);
        let newline = data.indexOf(0x0a);
        while (newline !== -1) {
            emit(`${this.prefix}${data.subarray(0, newline + 1).toString()}`);
            data = data.subarray(newline + 1);
            newline = data.indexOf(0x0a);
        }
        if (data.length > 64 * 1024) {
            emit(`${this.prefix}${data.toString()}\n`);
            data = Buffer.alloc(0);
        }
        this.pending = Buffer.from(data);
    }
    end(emit) {
        if (this.pending.length > 0)
            emit(`${this.prefix}${this.pending.toString()}\n`);
        this.pending = Buffer.alloc(0);
    }
}

;// CONCATENATED MODULE: ./src/incus/index.ts





;// CONCATENATED MODULE: ./src/prepare/nix.ts
/**
 * Staged payloads built by real Nix (docs/upstream.md, records 3.6): `nix build path:<run snapshot>#<output>`
 * on this machine, the store path exposed to the job as a symlink at each requested mount path,
 * and its payload manifest recorded. Built from the run's own snapshot, so the payload matches the
 * tested source exactly.
 */







/** `PIKACI_NIX` and `PIKACI_NIX_ARGS` (a JSON array of strings) configure the build from the environment. */
function nixBuildOptionsFromEnv(env = process.env) {
    const raw = env.PIKACI_NIX_ARGS;
    let args = [];
    if (raw !== undefined && raw.trim() !== '') {
        const parsed = schemas/* array */.YOg(schemas/* string */.YjP()).safeParse(safeJson(raw));
        if (!parsed.success) {
            throw new errors/* InputError */.dz('PIKACI_NIX_ARGS must be a JSON array of strings', {
                where: 'environment',
                hint: `for example PIKACI_NIX_ARGS='["--option","substituters",""]'`,
            });
        }
        args = parsed.data;
    }
    return { nix: env.PIKACI_NIX || 'nix', args };
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
const BuildResultSchema = schemas/* array */.YOg(schemas/* object */.Ikc({ outputs: schemas/* object */.Ikc({ out: schemas/* string */.YjP() }) })).min(1);
function nixPrepareHandlers(options = {}) {
    const nix = options.nix ?? 'nix';
    const baseArgs = [...(options.args ?? []), '--extra-experimental-features', 'nix-command flakes'];
    return {
        async nixBuild(node, ctx) {
            const installable = `path:${ctx.snapshotDir}#${node.prepare.output_name}`;
            const argv = [...baseArgs, 'build', '--no-link', '--json', installable];
            for (const log of ctx.logs)
                log.line(`[pikaci] nix build for \`${node.id}\`: ${nix} ${argv.join(' ')}`);
            const stdout = await run(nix, argv, ctx.signal, (chunk) => {
                for (const log of ctx.logs)
                    log.write(chunk);
            });
            const built = BuildResultSchema.safeParse(safeJson(stdout));
            if (!built.success) {
                throw new errors/* PikaciError */.uy(`nix build ${installable} printed no store path: ${stdout.slice(0, 200)}`);
            }
            const realized = await checkedStorePath(built.data[0].outputs.out, installable);
            const exposures = node.prepare.handoff?.exposures ?? [];
            for (const exposure of exposures)
                await replaceWithSymlink(exposure.path, realized);
            for (const log of ctx.logs)
                log.line(`[pikaci] prepared \`${node.prepare.output_name}\` at ${realized}`);
            return {
                node_id: node.id,
                installable: node.prepare.installable,
                output_name: node.prepare.output_name,
                protocol: 'nix_store_path_v1',
                residency: 'local_authoritative',
                consumer: 'host_local_symlink_mounts_v1',
                realized_path: realized,
                consumer_request_path: null,
                consumer_result_path: null,
                consumer_launch_request_path: null,
                consumer_transport_request_path: null,
                exposures,
                requested_exposures: [],
                payload: await readPayloadManifest(realized),
            };
        },
    };
}
/**
 * The output must be a direct store path, also once its symlinks are resolved: it is exposed to jobs
 * and mounted into guests, so it may not name (or lead to) anything outside the Nix store.
 */
async function checkedStorePath(out, installable) {
    const refuse = (problem) => new errors/* PikaciError */.uy(`nix build ${installable} returned an output that is not a store path: ${problem}`, {
        hint: 'a prepared output must be the /nix/store path of the built derivation; check the flake output',
    });
    const problem = storePathProblem(out);
    if (problem !== undefined)
        throw refuse(problem);
    const resolved = await (0,promises_.realpath)(out).catch((error) => {
        throw refuse(`\`${out}\` cannot be resolved: ${(0,errors/* errorMessage */.gJ)(error)}`);
    });
    const resolvedProblem = storePathProblem(resolved);
    if (resolvedProblem !== undefined)
        throw refuse(`\`${out}\` resolves to ${resolvedProblem}`);
    return out;
}
async function readPayloadManifest(root) {
    const path = (0,external_node_path_.join)(root, PAYLOAD_MANIFEST_RELATIVE_PATH);
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return null;
    const parsed = records/* PreparedOutputPayloadManifestRecordSchema */.WX.safeParse(safeJson(text));
    if (!parsed.success)
        throw new errors/* PikaciError */.uy(`decode ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
}
/** Point `path` at `target`, replacing whatever is there, atomically (symlink beside it, then rename). */
async function replaceWithSymlink(path, target) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}`;
    await (0,promises_.symlink)(target, temp);
    const existing = await (0,promises_.lstat)(path).catch(() => undefined);
    if (existing?.isDirectory()) {
        throw new errors/* PikaciError */.uy(`cannot expose a prepared output at ${path}: a directory is in the way`);
    }
    await (0,promises_.rename)(temp, path);
}
function run(program, args, signal, onStderr) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(program, args, { signal, maxBuffer: 16 * 1024 * 1024, encoding: 'buffer' }, (error, stdout) => {
            if (error) {
                reject(new errors/* PikaciError */.uy(`${program} ${args.join(' ')} failed: ${(0,errors/* errorMessage */.gJ)(error)}`, {
                    hint: 'the payload must build from the run snapshot with `nix build path:<snapshot>#<output>`',
                }));
            }
            else
                resolve(stdout.toString('utf8'));
        });
        child.stderr?.on('data', onStderr);
    });
}

;// CONCATENATED MODULE: ./src/prepare/index.ts
/** Prepare nodes: staged payloads built with Nix. */


;// CONCATENATED MODULE: ./src/run/plan.ts
/**
 * plan.json (docs/upstream.md, records 2.6, 3.5): shared, deduplicated staged prepare nodes
 * (`prepare-<prefix>-workspace-deps` → `prepare-<prefix>-workspace-build`), one
 * `prepare-<job>-runner` per Incus job, then one `execute-<job>` per job. Pure.
 */




const ROLE_SUFFIX = {
    workspace_deps: 'workspace-deps',
    workspace_build: 'workspace-build',
};
const ROLE_DESCRIPTION = {
    workspace_deps: 'Build staged Linux Rust dependencies',
    workspace_build: 'Build staged Linux Rust test artifacts',
};
function planExecutorKind(runtime) {
    switch (runtime) {
        case 'host_process':
            return 'host_local';
        case 'incus':
            return 'remote_linux_vm';
        case 'tart':
            return 'tart_local';
        default:
            return (0,model/* assertNever */.xb)(runtime);
    }
}
/** The shell text of a host-process command as recorded in a `host_command` node. */
function hostCommandText(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
        case 'shell_command_as_root':
            return guest.command;
        case 'argv':
            return (0,shell/* shellJoin */.n)(guest.argv);
        case 'exact_cargo_test':
        case 'package_unit_tests':
        case 'package_tests':
        case 'filtered_cargo_tests':
            return (0,model/* compileGuestCommand */.Dw)(guest).command;
        default:
            return (0,model/* assertNever */.xb)(guest);
    }
}
function prepareRunnerNodeId(jobId) {
    return `prepare-${jobId}-runner`;
}
function executeNodeId(jobId) {
    return `execute-${jobId}`;
}
function buildRunPlan(input) {
    const prepares = [];
    const byId = new Map();
    const executes = [];
    const jobs = [];
    for (const job of input.jobs) {
        const dependsOn = [];
        const staged = (0,model/* stagedLinuxCommand */.Md)(job);
        if (staged) {
            let previous = null;
            for (const spec of staged.payload_specs) {
                const suffix = ROLE_SUFFIX[spec.role];
                const id = `prepare-${staged.prepare_node_prefix}-${suffix}`;
                let node = byId.get(id);
                if (!node) {
                    node = {
                        kind: 'prepare',
                        id,
                        description: `${ROLE_DESCRIPTION[spec.role]} for ${staged.prepare_description}`,
                        executor: 'host_local',
                        placement: 'local',
                        runtime: 'host_process',
                        depends_on: previous === null ? [] : [previous],
                        prepare: {
                            type: 'nix_build',
                            installable: `path:${input.snapshotDir}#${spec.output_name}`,
                            output_name: spec.output_name,
                            residency: 'remote_authoritative_staged_linux',
                            handoff: { protocol: 'nix_store_path_v1', exposures: [] },
                        },
                    };
                    byId.set(id, node);
                    prepares.push(node);
                }
                const mountPath = (0,external_node_path_.join)((0,records/* jobPaths */.wt)(input.runDir, job.id).jobDir, 'staged-linux-rust', suffix);
                if (node.prepare.type === 'nix_build' && node.prepare.handoff) {
                    const exposures = node.prepare.handoff.exposures;
                    if (!exposures.some((e) => e.path === mountPath)) {
                        exposures.push({ kind: 'host_symlink_mount', path: mountPath, access: 'read_only' });
                    }
                }
                dependsOn.push(id);
                previous = id;
            }
        }
        if (job.execution.runtime === 'incus') {
            const id = prepareRunnerNodeId(job.id);
            const node = {
                kind: 'prepare',
                id,
                description: `Prepare ${job.execution.placement === 'remote_ssh' ? 'remote' : 'local'} Linux VM backend for \`${job.id}\``,
                executor: 'host_local',
                placement: 'local',
                runtime: 'host_process',
                depends_on: [],
                prepare: { type: 'remote_linux_vm_backend', backend: 'incus' },
            };
            byId.set(id, node);
            prepares.push(node);
            dependsOn.push(id);
        }
        const id = executeNodeId(job.id);
        const common = {
            kind: 'execute',
            id,
            description: job.description,
            executor: planExecutorKind(job.execution.runtime),
            placement: job.execution.placement,
            runtime: job.execution.runtime,
            depends_on: [...dependsOn],
        };
        if (job.execution.runtime === 'host_process') {
            executes.push({
                ...common,
                execute: {
                    type: 'host_command',
                    command: hostCommandText(job.guest_command),
                    timeout_secs: job.timeout_secs,
                    writable_workspace: job.writable_workspace,
                },
            });
        }
        else {
            const compiled = (0,model/* compileJobCommand */.OJ)(job);
            executes.push({
                ...common,
                execute: {
                    type: 'vm_command',
                    command: compiled.command,
                    run_as_root: compiled.runAsRoot,
                    timeout_secs: job.timeout_secs,
                    writable_workspace: job.writable_workspace,
                },
            });
        }
        jobs.push({ job, executeNodeId: id, dependsOn });
    }
    return {
        record: {
            schema_version: 1,
            run_id: input.runId,
            target_id: input.targetId,
            target_description: input.targetDescription,
            created_at: input.createdAt,
            scope: 'post_host_setup_and_snapshot',
            preconditions: [...records/* PLAN_PRECONDITIONS */.IU],
            nodes: [...prepares, ...executes],
        },
        jobs,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/locks/index.ts + 1 modules
var locks = __webpack_require__(8709);
;// CONCATENATED MODULE: ./src/transport/local.ts
/**
 * `LocalTransport` runs argv on this machine with execa, without a shell (docs/design.md decision 1).
 *
 * Each command runs in its own process group so a timeout or an abort stops everything it started
 * (a `bash -c` that forked `sleep`, a build tool's workers): SIGTERM to the group, then SIGKILL to the
 * group after a grace period. Output is streamed to the callbacks and never kept.
 */



const DEFAULT_KILL_GRACE_MS = 5_000;
/** How often to look whether a stopped process group has emptied before the SIGKILL deadline. */
const GROUP_POLL_MS = 50;
/** Process groups still running, SIGKILLed if this process exits so no command outlives the run. */
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pgid of liveGroups)
            signalGroup(pgid, 'SIGKILL');
    });
}
/** Send a signal to a whole process group; false when the group no longer exists. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
class LocalTransport {
    placement = 'local';
    hostLabel = 'localhost';
    killGraceMs;
    constructor(options = {}) {
        this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    }
    /**
     * Run `argv` to completion. Resolves with how it ended (non-zero exit codes are results, not
     * errors). Rejects with a `PikaciError` only when the command cannot start at all:
     * `command not found: <program>`, `command is not executable: <program>`, or
     * `working directory does not exist: <cwd>`.
     */
    async exec(request) {
        const [program, ...args] = request.argv;
        if (program === undefined || program === '') {
            throw new errors/* PikaciError */.uy('cannot run an empty command', {
                hint: 'the argv needs at least a program name',
            });
        }
        if (request.signal?.aborted) {
            return { exitCode: null, signal: null, timedOut: false, cancelled: true };
        }
        if (request.cwd !== undefined)
            await assertDirectory(request.cwd);
        installExitHook();
        const subprocess = (0,execa/* execa */.Ho)(program, args, {
            cwd: request.cwd,
            env: request.env,
            extendEnv: request.inheritEnv ?? true,
            stdin: request.stdin === undefined ? 'ignore' : 'pipe',
            stdout: request.onStdout ? 'pipe' : 'ignore',
            stderr: request.onStderr ? 'pipe' : 'ignore',
            buffer: false,
            detached: true,
            reject: false,
            stripFinalNewline: false,
        });
        const pgid = subprocess.pid;
        if (pgid !== undefined)
            liveGroups.add(pgid);
        if (request.onStdout)
            subprocess.stdout?.on('data', request.onStdout);
        if (request.onStderr)
            subprocess.stderr?.on('data', request.onStderr);
        if (request.stdin !== undefined && subprocess.stdin)
            feedStdin(request.stdin, subprocess.stdin);
        let timedOut = false;
        let cancelled = false;
        let stopping;
        const exited = subprocess.then(() => undefined);
        const stop = () => {
            if (stopping || pgid === undefined)
                return;
            stopping = this.stopGroup(pgid, exited);
        };
        const timer = request.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, request.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        request.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            const result = await subprocess;
            if (stopping)
                await stopping;
            if (result.failed && result.exitCode === undefined && result.signal === undefined) {
                throw startError(program, result.code, result.cause);
            }
            return {
                exitCode: result.exitCode ?? null,
                signal: result.signal ?? null,
                timedOut,
                cancelled,
            };
        }
        finally {
            if (timer)
                clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            if (pgid !== undefined)
                liveGroups.delete(pgid);
        }
    }
    /** Nothing to release: every command's process group is gone when `exec` returns. */
    async close() { }
    /**
     * SIGTERM the group; once the leader has exited, wait for the rest of the group to leave; SIGKILL
     * whatever is left when the grace period ends.
     */
    async stopGroup(pgid, exited) {
        signalGroup(pgid, 'SIGTERM');
        const deadline = Date.now() + this.killGraceMs;
        let killTimer;
        const killed = new Promise((resolve) => {
            killTimer = setTimeout(() => {
                signalGroup(pgid, 'SIGKILL');
                resolve();
            }, this.killGraceMs);
        });
        try {
            await Promise.race([exited, killed]);
            while (Date.now() < deadline && (await groupHasLiveMembers(pgid))) {
                await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
            }
            signalGroup(pgid, 'SIGKILL');
        }
        finally {
            clearTimeout(killTimer);
        }
    }
}
/**
 * Whether any process of the group is still running. Killed members re-parented to an init that
 * reaps slowly linger as zombies, which `kill(-pgid, 0)` still counts; on Linux read `/proc` to skip them.
 */
async function groupHasLiveMembers(pgid) {
    if (process.platform !== 'linux')
        return signalGroup(pgid, 0);
    const entries = await (0,promises_.readdir)('/proc').catch(() => undefined);
    if (entries === undefined)
        return signalGroup(pgid, 0);
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await (0,promises_.readFile)(`/proc/${entry}/stat`, 'utf8').catch(() => '');
        // Fields after the parenthesised command name: state, ppid, pgrp, …
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (pgrp === String(pgid) && state !== 'Z')
            return true;
    }
    return false;
}
async function assertDirectory(cwd) {
    const info = await (0,promises_.stat)(cwd).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* PikaciError */.uy(`working directory does not exist: ${cwd}`, {
            hint: 'create the directory before running the command there',
        });
    }
}
/** Stream the request's stdin into the child; a child that stops reading early is not an error. */
function feedStdin(source, sink) {
    sink.on('error', () => undefined);
    if (typeof source === 'string' || Buffer.isBuffer(source)) {
        sink.end(source);
        return;
    }
    source.on('error', () => sink.end());
    source.pipe(sink);
}
function startError(program, code, cause) {
    switch (code) {
        case 'ENOENT':
            return new errors/* PikaciError */.uy(`command not found: ${program}`, {
                hint: 'install it or put its directory on PATH',
                cause,
            });
        case 'EACCES':
            return new errors/* PikaciError */.uy(`command is not executable: ${program}`, {
                hint: 'check the file mode (chmod +x) and that it is a program, not a directory',
                cause,
            });
        default:
            return new errors/* PikaciError */.uy(`could not start ${program}: ${code ?? 'unknown error'}`, { cause });
    }
}

;// CONCATENATED MODULE: ./src/transport/known-hosts.ts
/**
 * OpenSSH `known_hosts` parsing and host-key verification (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT").
 *
 * Supported: plain host patterns with `*`/`?` wildcards and `!` negation, `[host]:port`,
 * comma-separated host lists, hashed `|1|salt|hash` names (HMAC-SHA1), `@revoked` (always refused)
 * and `@cert-authority` (recognised, but host certificates are not supported: a clear error).
 * Pure except for `appendKnownHost`, which writes the file atomically.
 */




/** Parse known_hosts text. Blank lines and `#` comments are skipped; a malformed line is an InputError. */
function parseKnownHosts(text, source) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const where = `${source}:${index + 1}`;
        const fields = line.split(/\s+/);
        let marker = null;
        if (fields[0]?.startsWith('@')) {
            const name = fields.shift();
            if (name === '@revoked')
                marker = 'revoked';
            else if (name === '@cert-authority')
                marker = 'cert-authority';
            else {
                throw new errors/* InputError */.dz(`unknown known_hosts marker ${name}`, {
                    where,
                    hint: 'the markers OpenSSH knows are @revoked and @cert-authority',
                });
            }
        }
        const [hosts, keyType, keyBase64] = fields;
        if (hosts === undefined || keyType === undefined || keyBase64 === undefined) {
            throw new errors/* InputError */.dz('malformed known_hosts line: expected `[marker] hosts key-type base64-key [comment]`', {
                where,
                hint: 'regenerate the entry with `ssh-keyscan -p PORT HOST`',
            });
        }
        const key = decodeKey(keyBase64);
        if (key === undefined || keyBlobType(key) !== keyType) {
            throw new errors/* InputError */.dz(`malformed known_hosts line: the ${keyType} key is not valid base64 of a ${keyType} key`, {
                where,
                hint: 'regenerate the entry with `ssh-keyscan -p PORT HOST`',
            });
        }
        entries.push({ marker, hosts, keyType, key, where });
    }
    return entries;
}
/** The name known_hosts uses for a host: `host` on port 22, else `[host]:port`. */
function knownHostName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
/** Whether an entry's hosts field names `host` at `port` (hashed, wildcard and negated patterns). */
function entryMatchesHost(hostsField, host, port) {
    const name = knownHostName(host, port);
    if (hostsField.startsWith('|1|'))
        return hashedNameMatches(hostsField, name);
    let matched = false;
    for (const pattern of hostsField.split(',')) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        if (wildcardMatch(body.toLowerCase(), name.toLowerCase())) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}
/** Decide whether `offered` (a raw public key blob) is the right key for `host` at `port`. */
function verifyHostKey(entries, host, port, offered) {
    const offeredType = keyBlobType(offered);
    const forHost = entries.filter((entry) => entryMatchesHost(entry.hosts, host, port));
    const revoked = forHost.find((entry) => entry.marker === 'revoked' && entry.key.equals(offered));
    if (revoked)
        return { kind: 'revoked', entry: revoked };
    const plain = forHost.filter((entry) => entry.marker === null);
    const trusted = plain.find((entry) => entry.key.equals(offered));
    if (trusted)
        return { kind: 'trusted', entry: trusted };
    const sameType = plain.filter((entry) => entry.keyType === offeredType);
    if (sameType.length > 0)
        return { kind: 'changed', entries: sameType };
    const authority = forHost.find((entry) => entry.marker === 'cert-authority');
    if (authority)
        return { kind: 'cert-authority', entry: authority };
    return { kind: 'unknown', knownTypes: [...new Set(plain.map((entry) => entry.keyType))] };
}
/** Key types known for a host, so the client asks the server for a key it can check. */
function knownKeyTypes(entries, host, port) {
    const types = entries
        .filter((entry) => entry.marker === null && entryMatchesHost(entry.hosts, host, port))
        .map((entry) => entry.keyType);
    return [...new Set(types)];
}
/** OpenSSH's fingerprint: `SHA256:` and the unpadded base64 of the blob's SHA-256. */
function fingerprint(key) {
    return `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}
/** The key type named inside a public key blob (its first SSH string), or undefined if malformed. */
function keyBlobType(key) {
    if (key.length < 4)
        return undefined;
    const length = key.readUInt32BE(0);
    if (length === 0 || 4 + length > key.length)
        return undefined;
    return key.subarray(4, 4 + length).toString('latin1');
}
/** A known_hosts line for a key offered by `host` at `port`. */
function formatKnownHostLine(host, port, key) {
    return `${knownHostName(host, port)} ${keyBlobType(key) ?? 'unknown'} ${key.toString('base64')}`;
}
/**
 * Append a line to a known_hosts file atomically: write the whole new content to a temporary file
 * in the same directory, then rename it over the original (readers never see a half-written line).
 */
async function appendKnownHost(path, line) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
    const existing = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw new errors/* PikaciError */.uy(`cannot read known_hosts file ${path}: ${error.message}`, { cause: error });
    });
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    await (0,promises_.writeFile)(temporary, `${existing}${separator}${line}\n`, { mode: 0o600 });
    await (0,promises_.rename)(temporary, path);
}
function decodeKey(base64) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
        return undefined;
    return Buffer.from(base64, 'base64');
}
function hashedNameMatches(field, name) {
    const [, , salt, hash] = field.split('|');
    if (salt === undefined || hash === undefined)
        return false;
    const expected = Buffer.from(hash, 'base64');
    const actual = (0,external_node_crypto_.createHmac)('sha1', Buffer.from(salt, 'base64')).update(name).digest();
    return expected.length === actual.length && (0,external_node_crypto_.timingSafeEqual)(expected, actual);
}
/** OpenSSH `match_pattern`: `*` matches any run of characters, `?` exactly one. */
function wildcardMatch(pattern, value) {
    let p = 0;
    let v = 0;
    let starP = -1;
    let starV = 0;
    while (v < value.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
            p++;
            v++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starV = v;
        }
        else if (starP !== -1) {
            p = starP + 1;
            v = ++starV;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p++;
    return p === pattern.length;
}

;// CONCATENATED MODULE: ./src/transport/ssh-config.ts
/**
 * Options of an SSH placement host, validated at the boundary (action inputs, CLI flags, catalog).
 * A connection always verifies the host key: a known_hosts file or inline entries are required.
 */


const SshConnectOptionsSchema = schemas/* strictObject */.rej({
    host: schemas/* string */.YjP().min(1, 'host must not be empty'),
    port: schemas/* number */.aig().int().min(1).max(65_535).default(22),
    user: schemas/* string */.YjP().min(1, 'user must not be empty'),
    /** Path of a private key file (OpenSSH or PEM format). */
    privateKeyPath: schemas/* string */.YjP().min(1).optional(),
    /** A private key given inline (an action secret). Kept in memory only, never written to disk. */
    privateKey: schemas/* string */.YjP().min(1).optional(),
    passphrase: schemas/* string */.YjP().optional(),
    /** `true` uses `$SSH_AUTH_SOCK`; a string is the agent socket path. */
    agent: schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* string */.YjP().min(1)]).default(false),
    /** OpenSSH known_hosts file. Appended to when `acceptNewHostKeys` is set. */
    knownHostsPath: schemas/* string */.YjP().min(1).optional(),
    /** known_hosts lines given inline (e.g. an action input), checked before the file. */
    knownHosts: schemas/* string */.YjP().optional(),
    /** Trust-on-first-use: accept and record the key of a host with no entry. Never accepts a changed key. */
    acceptNewHostKeys: schemas/* boolean */.zMY().default(false),
    /** Budget for connecting, all retries included (ssh2 `readyTimeout` per attempt). */
    connectTimeoutMs: schemas/* number */.aig().int().positive().default(20_000),
    /** Extra attempts after the first for transient network errors (refused, timed out, reset). */
    connectRetries: schemas/* number */.aig().int().min(0).max(10).default(2),
    /** Delay before the first retry; doubles after each. */
    retryBackoffMs: schemas/* number */.aig().int().min(0).default(500),
    keepaliveIntervalMs: schemas/* number */.aig().int().min(0).default(15_000),
    keepaliveCountMax: schemas/* number */.aig().int().min(0).default(3),
    /** Time between sending TERM and KILL to a remote command that is stopped. */
    killGraceMs: schemas/* number */.aig().int().min(0).default(5_000),
    /** Channels open at once on the connection; OpenSSH's `MaxSessions` defaults to 10. */
    maxChannels: schemas/* number */.aig().int().min(1).default(8),
})
    .superRefine((options, context) => {
    if (options.privateKey !== undefined && options.privateKeyPath !== undefined) {
        context.addIssue({
            code: 'custom',
            path: ['privateKey'],
            message: 'give either privateKey or privateKeyPath, not both',
        });
    }
    if (options.privateKey === undefined && options.privateKeyPath === undefined && options.agent === false) {
        context.addIssue({
            code: 'custom',
            path: ['privateKeyPath'],
            message: 'no way to authenticate: give privateKeyPath, privateKey or agent',
        });
    }
    if (options.knownHostsPath === undefined && options.knownHosts === undefined) {
        context.addIssue({
            code: 'custom',
            path: ['knownHostsPath'],
            message: 'host keys are always verified: give knownHostsPath or knownHosts',
        });
    }
});
/** Validate options; an InputError names the first bad key and never echoes secret values. */
function ssh_config_parseSshConnectOptions(input, where = 'ssh options') {
    const result = SshConnectOptionsSchema.safeParse(input);
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const path = issue.path.join('.');
        return path === '' ? issue.message : `${path}: ${issue.message}`;
    });
    throw new errors/* InputError */.dz(`invalid SSH options: ${messages.join('; ')}`, {
        where,
        hint: 'see the SSH options in the README (host, port, user, a key, and known hosts)',
    });
}

;// CONCATENATED MODULE: ./src/transport/ssh.ts
/**
 * `SshTransport` runs argv on a placement host over ONE ssh2 connection for the whole run
 * (docs/design.md decision 1): every `exec` opens a channel multiplexed on it. The host key is always
 * verified against known_hosts before anything is sent; a dropped connection is reported as a result
 * (`connectionLost`) and the next `exec` dials again, so cleanup can still run.
 *
 * Remote commands: each argument goes through `shellQuote`, so the remote login shell sees exactly
 * the argv given (OpenSSH runs `$SHELL -c <command>`). Stopping a command sends the SSH `signal`
 * request (TERM, then KILL after the grace period); OpenSSH ≥ 7.9 delivers it with `killpg` to the
 * session's process group, so the remote command's children stop too.
 */






/** How long to wait for the exit status after KILL before closing the channel regardless. */
const CLOSE_AFTER_KILL_MS = 2_000;
const TRANSIENT_CODES = new Set([
    'ECONNREFUSED',
    'ETIMEDOUT',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'EPIPE',
]);
const PID_MARKER_PREFIX = '@@pikaci-pid=';
const PID_MARKER_SUFFIX = '@@';
/** Stderr held back while looking for the pid marker (it normally is the very first bytes). */
const PID_MARKER_SCAN_LIMIT = 64 * 1024;
const PID_MARKER = new RegExp(`${PID_MARKER_PREFIX}(\\d+)${PID_MARKER_SUFFIX}\\n`);
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Host key algorithms ssh2 can verify, by the key type written in known_hosts. */
const HOST_KEY_ALGORITHMS = {
    'ssh-ed25519': ['ssh-ed25519'],
    'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
    'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
    'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
    'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};
/** Validate options, load the key and known hosts, and open the connection (with bounded retries). */
async function connectSsh(input, hooks = {}) {
    const options = ssh_config_parseSshConnectOptions(input);
    const credentials = await loadCredentials(options);
    const transport = new SshTransport(options, credentials, hooks);
    await transport.reconnect();
    return transport;
}
/**
 * The remote command line for a request: `cd <cwd> && exec env K=V … <argv>`, every piece quoted.
 * `exec` makes the program itself the session's process (its exit status and signal pass through
 * unchanged), so like `LocalTransport`, argv[0] must be a program, not a shell builtin. Pure.
 */
function buildRemoteCommand(request) {
    if (request.argv.length === 0 || request.argv[0] === '') {
        throw new errors/* PikaciError */.uy('cannot run an empty command', { hint: 'the argv needs at least a program name' });
    }
    const parts = [];
    if (request.cwd !== undefined)
        parts.push(`cd ${(0,shell/* shellQuote */.Z)(request.cwd)} &&`);
    const env = Object.entries(request.env ?? {});
    for (const [name] of env) {
        if (!ENV_NAME.test(name)) {
            throw new errors/* InputError */.dz(`invalid environment variable name ${JSON.stringify(name)}`, {
                hint: 'names are letters, digits and underscores, not starting with a digit',
            });
        }
    }
    parts.push('exec');
    if (env.length > 0)
        parts.push('env', ...env.map(([name, value]) => (0,shell/* shellQuote */.Z)(`${name}=${value}`)));
    parts.push((0,shell/* shellJoin */.n)(request.argv));
    return parts.join(' ');
}
/**
 * Prefix a remote command with a line on stderr that gives the session's process id. sshd starts
 * each session in its own session and process group (`setsid`), so that id is also the process group
 * of the command and all its children: stopping a command signals that group from a second channel.
 * The SSH `signal` request alone is not enough: OpenSSH refuses it for root logins ("session
 * signalling requires privilege separation").
 */
function withPidMarker(command) {
    return `printf '${PID_MARKER_PREFIX}%s${PID_MARKER_SUFFIX}\\n' "$$" >&2 && ${command}`;
}
class SshTransport {
    options;
    credentials;
    hooks;
    placement = 'remote_ssh';
    hostLabel;
    connection;
    dialing;
    closed = false;
    opened = 0;
    channels;
    constructor(options, credentials, hooks = {}) {
        this.options = options;
        this.credentials = credentials;
        this.hooks = hooks;
        this.hostLabel = `${options.user}@${options.host}:${options.port}`;
        this.channels = (0,p_limit/* default */.A)(options.maxChannels);
    }
    /** TCP connections this transport has opened (1 for a whole run unless the connection dropped). */
    get connectionCount() {
        return this.opened;
    }
    /** Whether a connection is up right now. */
    get connected() {
        return this.connection !== undefined && !this.connection.lost;
    }
    /**
     * Run `argv` on the host. Resolves with how it ended; `connectionLost: true` (and `exitCode: null`)
     * when the connection dropped before the exit status arrived. Rejects with a `PikaciError` when
     * the host cannot be reached, its key is refused, or authentication fails.
     */
    async exec(request) {
        const command = buildRemoteCommand(request);
        return this.channels(async () => {
            if (request.signal?.aborted)
                return { exitCode: null, signal: null, timedOut: false, cancelled: true };
            const connection = await this.ensureConnected();
            if (request.signal?.aborted)
                return { exitCode: null, signal: null, timedOut: false, cancelled: true };
            return this.runOnChannel(connection, withPidMarker(command), request);
        });
    }
    /** Drop the current connection (if any) and dial again. Used after a loss, or to start. */
    async reconnect() {
        if (this.closed)
            throw this.closedError();
        const current = this.connection;
        if (current && !current.lost) {
            current.lost = true;
            current.client.end();
        }
        this.connection = undefined;
        await this.ensureConnected();
    }
    async close() {
        this.closed = true;
        const connection = this.connection ?? (await this.dialing?.catch(() => undefined));
        this.connection = undefined;
        if (!connection || connection.lost)
            return;
        await new Promise((resolve) => {
            connection.client.once('close', resolve);
            connection.client.end();
        });
    }
    closedError() {
        return new errors/* PikaciError */.uy(`the SSH connection to ${this.hostLabel} was closed`, {
            hint: 'this transport was closed; connect again with connectSsh',
        });
    }
    async ensureConnected() {
        if (this.closed)
            throw this.closedError();
        if (this.connection && !this.connection.lost)
            return this.connection;
        if (this.connection?.lost)
            this.hooks.log?.(`SSH connection to ${this.hostLabel} was lost; dialing again`);
        this.connection = undefined;
        this.dialing ??= this.dial().finally(() => {
            this.dialing = undefined;
        });
        const connection = await this.dialing;
        if (this.closed) {
            connection.client.end();
            throw this.closedError();
        }
        this.connection = connection;
        return connection;
    }
    /** Dial with bounded retries for transient network errors, within `connectTimeoutMs` overall. */
    async dial() {
        const { connectTimeoutMs, connectRetries, retryBackoffMs } = this.options;
        const deadline = Date.now() + connectTimeoutMs;
        let backoff = retryBackoffMs;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.dialOnce(Math.max(deadline - Date.now(), 1));
            }
            catch (error) {
                const failure = error instanceof DialError ? error : new DialError((0,errors/* errorMessage */.gJ)(error), false, error);
                const out = attempt > connectRetries || !failure.transient || Date.now() + backoff >= deadline;
                if (out)
                    throw this.connectError(failure, attempt);
                this.hooks.log?.(`SSH connect to ${this.hostLabel} failed (${failure.message}); retrying in ${backoff} ms ` +
                    `(attempt ${attempt + 1} of ${connectRetries + 1})`);
                await new Promise((resolve) => setTimeout(resolve, backoff));
                backoff *= 2;
            }
        }
    }
    connectError(failure, attempts) {
        if (failure.cause instanceof errors/* PikaciError */.uy)
            return failure.cause;
        const tries = attempts === 1 ? '' : ` (${attempts} attempts)`;
        return new errors/* PikaciError */.uy(`cannot connect to ${this.hostLabel}: ${failure.message}${tries}`, {
            hint: failure.transient
                ? 'check that sshd is running and listening on that host and port, and that no firewall blocks it'
                : undefined,
            cause: failure.cause,
        });
    }
    async dialOnce(readyTimeout) {
        const { Client } = (await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 85472, 23))).default;
        const entries = await this.loadKnownHosts();
        const client = new Client();
        let hostKeyFailure;
        const config = {
            host: this.options.host,
            port: this.options.port,
            username: this.options.user,
            privateKey: this.credentials.privateKey,
            passphrase: this.options.passphrase,
            agent: this.credentials.agent,
            readyTimeout,
            keepaliveInterval: this.options.keepaliveIntervalMs,
            keepaliveCountMax: this.options.keepaliveCountMax,
            algorithms: {
                serverHostKey: preferredHostKeyAlgorithms(entries, this.options.host, this.options.port),
            },
            hostVerifier: (key, verify) => {
                this.checkHostKey(entries, key).then(() => verify(true), (error) => {
                    hostKeyFailure = error instanceof errors/* PikaciError */.uy ? error : new errors/* PikaciError */.uy((0,errors/* errorMessage */.gJ)(error));
                    verify(false);
                });
            },
        };
        return new Promise((resolve, reject) => {
            let ready = false;
            const connection = { client, lost: false, onLost: new Set() };
            const lose = () => {
                if (!ready) {
                    reject(hostKeyFailure
                        ? new DialError(hostKeyFailure.message, false, hostKeyFailure)
                        : new DialError('the server closed the connection during the handshake', true));
                    return;
                }
                if (connection.lost && connection.onLost.size === 0)
                    return;
                connection.lost = true;
                for (const settle of [...connection.onLost])
                    settle();
                connection.onLost.clear();
            };
            client.on('ready', () => {
                ready = true;
                this.opened++;
                resolve(connection);
            });
            client.on('error', (error) => {
                if (ready) {
                    this.hooks.log?.(`SSH connection to ${this.hostLabel}: ${error.message}`);
                    return;
                }
                reject(this.classifyDialError(error, hostKeyFailure));
                client.end();
            });
            client.on('end', lose);
            client.on('close', lose);
            try {
                client.connect(config);
            }
            catch (error) {
                reject(new DialError((0,errors/* errorMessage */.gJ)(error), false, error));
            }
        });
    }
    classifyDialError(error, hostKeyFailure) {
        if (hostKeyFailure)
            return new DialError(hostKeyFailure.message, false, hostKeyFailure);
        if (error.level === 'client-authentication') {
            const methods = [
                this.credentials.privateKey ? 'publickey' : undefined,
                this.credentials.agent ? 'agent' : undefined,
            ]
                .filter((method) => method !== undefined)
                .join(', ');
            return new DialError(error.message, false, new errors/* PikaciError */.uy(`SSH authentication failed for ${this.hostLabel} (tried: ${methods})`, {
                hint: `check the user name and that the key's public half is in ~${this.options.user}/.ssh/authorized_keys on the host`,
                cause: error,
            }));
        }
        if (error.level === 'client-timeout')
            return new DialError(`no SSH handshake within ${this.options.connectTimeoutMs} ms`, true, error);
        const transient = error.code !== undefined && TRANSIENT_CODES.has(error.code);
        return new DialError(error.message, transient, error);
    }
    /** Read the inline entries and the known_hosts file afresh for each dial (a first-use key may have been added). */
    async loadKnownHosts() {
        const entries = [];
        if (this.options.knownHosts !== undefined)
            entries.push(...parseKnownHosts(this.options.knownHosts, 'knownHosts'));
        const path = this.options.knownHostsPath;
        if (path === undefined)
            return entries;
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT' && this.options.acceptNewHostKeys)
                return entries;
            throw new errors/* InputError */.dz(`cannot read known_hosts file ${path}: ${fileErrorReason(error)}`, {
                hint: `create it with the host's key: ssh-keyscan -p ${this.options.port} ${this.options.host} >> ${path}`,
                cause: error,
            });
        }
        entries.push(...parseKnownHosts(text, path));
        return entries;
    }
    async checkHostKey(entries, key) {
        const { host, port, knownHostsPath } = this.options;
        const name = knownHostName(host, port);
        const offered = `${keyBlobType(key) ?? 'unknown'} ${fingerprint(key)}`;
        const verdict = verifyHostKey(entries, host, port, key);
        const source = knownHostsPath ?? 'the knownHosts entries';
        switch (verdict.kind) {
            case 'trusted':
                return;
            case 'unknown': {
                if (this.options.acceptNewHostKeys) {
                    if (knownHostsPath !== undefined)
                        await appendKnownHost(knownHostsPath, formatKnownHostLine(host, port, key));
                    this.hooks.log?.(`added host key of ${name} (${offered}) to ${source} (acceptNewHostKeys)`);
                    return;
                }
                const others = verdict.knownTypes.length > 0
                    ? `; ${source} has only ${verdict.knownTypes.join(', ')} keys for it`
                    : '';
                throw new errors/* PikaciError */.uy(`host key of ${name} is not known: the server offered ${offered}${others}`, {
                    where: knownHostsPath,
                    hint: `check that fingerprint with the host's owner, then add the key: ` +
                        `ssh-keyscan -p ${port} ${host} >> ${knownHostsPath ?? 'known_hosts'} ` +
                        `(or set acceptNewHostKeys to trust a new host on first use)`,
                });
            }
            case 'changed': {
                const known = verdict.entries.map((entry) => `${fingerprint(entry.key)} (${entry.where})`).join(', ');
                throw new errors/* PikaciError */.uy(`HOST KEY MISMATCH for ${name}: the server offered ${offered} but known_hosts has ${known}. ` +
                    'Someone could be intercepting the connection, or the host was reinstalled; refusing to connect', {
                    where: verdict.entries[0]?.where,
                    hint: `if the change is expected, verify the new fingerprint out of band and replace the entry (ssh-keygen -R '${name}' -f ${knownHostsPath ?? 'known_hosts'})`,
                });
            }
            case 'revoked':
                throw new errors/* PikaciError */.uy(`host key of ${name} (${offered}) is marked @revoked; refusing to connect`, {
                    where: verdict.entry.where,
                    hint: 'the host must be given a new key, and known_hosts an entry for it',
                });
            case 'cert-authority':
                throw new errors/* PikaciError */.uy(`host certificates are not supported: ${name} is known only through a @cert-authority entry`, {
                    where: verdict.entry.where,
                    hint: `add the host's own key: ssh-keyscan -p ${port} ${host} >> ${knownHostsPath ?? 'known_hosts'}`,
                });
            default:
                return assertNever(verdict);
        }
    }
    async runOnChannel(connection, command, request) {
        let channel;
        try {
            channel = await new Promise((resolve, reject) => {
                connection.client.exec(command, (error, stream) => (error ? reject(error) : resolve(stream)));
            });
        }
        catch (error) {
            if (connection.lost)
                return { exitCode: null, signal: null, timedOut: false, cancelled: false, connectionLost: true };
            throw new errors/* PikaciError */.uy(`cannot open an SSH channel to ${this.hostLabel}: ${(0,errors/* errorMessage */.gJ)(error)}`, {
                hint: 'the server may limit sessions per connection (sshd MaxSessions); lower maxChannels',
                cause: error,
            });
        }
        return new Promise((resolve) => {
            let exitCode = null;
            let signal = null;
            let exited = false;
            let timedOut = false;
            let cancelled = false;
            let stopLevel;
            let pid;
            let settled = false;
            const timers = [];
            const forwardStderr = request.onStderr ?? (() => undefined);
            const stderr = new PidMarkerFilter(forwardStderr, (found) => {
                pid = found;
                // A stop requested before the command had started: deliver it now.
                if (stopLevel)
                    this.signalRemote(connection, channel, pid, stopLevel);
            });
            const finish = (lost) => {
                if (settled)
                    return;
                settled = true;
                for (const timer of timers)
                    clearTimeout(timer);
                request.signal?.removeEventListener('abort', onAbort);
                connection.onLost.delete(onLost);
                // A command that exits without reading all its stdin must not keep the source attached.
                if (request.stdin !== undefined &&
                    !Buffer.isBuffer(request.stdin) &&
                    typeof request.stdin !== 'string') {
                    request.stdin.unpipe(channel);
                }
                stderr.flush();
                const connectionLost = lost && !exited;
                resolve(connectionLost
                    ? { exitCode: null, signal, timedOut, cancelled, connectionLost }
                    : { exitCode, signal, timedOut, cancelled });
            };
            const onLost = () => finish(true);
            const escalate = (level) => {
                stopLevel = level;
                this.signalRemote(connection, channel, pid, level);
            };
            const stop = () => {
                if (stopLevel)
                    return;
                escalate('TERM');
                timers.push(setTimeout(() => {
                    escalate('KILL');
                    timers.push(setTimeout(() => {
                        // sshd keeps a session channel open while its command lives: stop waiting for it.
                        this.hooks.log?.(`remote command on ${this.hostLabel} did not exit after KILL; closing its channel`);
                        channel.close();
                        timers.push(setTimeout(() => finish(false), CLOSE_AFTER_KILL_MS));
                    }, CLOSE_AFTER_KILL_MS));
                }, this.options.killGraceMs));
            };
            const onAbort = () => {
                cancelled = true;
                stop();
            };
            connection.onLost.add(onLost);
            channel.on('exit', (code, signalName) => {
                exited = true;
                if (typeof code === 'number')
                    exitCode = code;
                else if (signalName)
                    signal = signalName.startsWith('SIG') ? signalName : `SIG${signalName}`;
            });
            channel.on('close', () => finish(connection.lost));
            if (request.onStdout)
                channel.on('data', request.onStdout);
            else
                channel.resume();
            channel.stderr.on('data', (chunk) => stderr.push(chunk));
            ssh_feedStdin(request.stdin, channel);
            if (request.timeoutMs !== undefined) {
                timers.push(setTimeout(() => {
                    timedOut = true;
                    stop();
                }, request.timeoutMs));
            }
            if (request.signal?.aborted)
                onAbort();
            else
                request.signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
    /**
     * Signal a remote command's process group from a second channel (`kill -s SIG -- -PGID`); before
     * its pid is known, fall back to the SSH `signal` request.
     */
    signalRemote(connection, channel, pid, name) {
        if (pid === undefined) {
            sendChannelSignal(channel, name);
            return;
        }
        const command = `kill -s ${name} -- -${pid} 2>/dev/null || kill -s ${name} ${pid} 2>/dev/null`;
        try {
            connection.client.exec(command, (error, killer) => {
                if (error) {
                    this.hooks.log?.(`could not signal remote process group ${pid} on ${this.hostLabel}: ${error.message}`);
                    return;
                }
                killer.resume();
                killer.stderr.resume();
                killer.end();
            });
        }
        catch (error) {
            this.hooks.log?.(`could not signal remote process group ${pid} on ${this.hostLabel}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}
/**
 * Splits the pid marker line (see `withPidMarker`) out of a stderr stream and passes every other
 * byte through, in order. Holds at most `PID_MARKER_SCAN_LIMIT` bytes while looking for it.
 */
class PidMarkerFilter {
    forward;
    onPid;
    held = Buffer.alloc(0);
    constructor(forward, onPid) {
        this.forward = forward;
        this.onPid = onPid;
    }
    push(chunk) {
        if (this.held === undefined) {
            this.forward(chunk);
            return;
        }
        const buffer = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
        const match = PID_MARKER.exec(buffer.toString('latin1'));
        if (match) {
            this.held = undefined;
            const before = buffer.subarray(0, match.index);
            const after = buffer.subarray(match.index + match[0].length);
            if (before.length > 0)
                this.forward(before);
            this.onPid(Number(match[1]));
            if (after.length > 0)
                this.forward(after);
            return;
        }
        if (buffer.length > PID_MARKER_SCAN_LIMIT) {
            this.held = undefined;
            this.forward(buffer);
            return;
        }
        this.held = buffer;
    }
    /** Pass on whatever is still held (the stream ended without a marker). */
    flush() {
        if (this.held !== undefined && this.held.length > 0)
            this.forward(this.held);
        this.held = undefined;
    }
}
class DialError extends Error {
    transient;
    cause;
    constructor(message, transient, cause) {
        super(message);
        this.transient = transient;
        this.cause = cause;
    }
}
async function loadCredentials(options) {
    const { utils } = (await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 85472, 23))).default;
    let privateKey;
    let source = 'privateKey';
    if (options.privateKeyPath !== undefined) {
        source = options.privateKeyPath;
        try {
            privateKey = await (0,promises_.readFile)(options.privateKeyPath);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`cannot read SSH private key ${options.privateKeyPath}: ${fileErrorReason(error)}`, {
                cause: error,
            });
        }
    }
    else if (options.privateKey !== undefined) {
        // Secrets pasted into CI settings often lose the final newline or gain CRs.
        privateKey = Buffer.from(`${options.privateKey.replace(/\r\n/g, '\n').trim()}\n`);
    }
    if (privateKey !== undefined) {
        const parsed = utils.parseKey(privateKey, options.passphrase);
        if (parsed instanceof Error) {
            throw new errors/* InputError */.dz(`SSH private key ${source} cannot be used: ${parsed.message}`, {
                hint: 'give an unencrypted OpenSSH or PEM private key, or its passphrase',
            });
        }
    }
    let agent;
    if (options.agent === true) {
        agent = process.env.SSH_AUTH_SOCK;
        if (!agent) {
            throw new errors/* InputError */.dz('agent is set but SSH_AUTH_SOCK is not', {
                hint: 'start an ssh-agent (eval "$(ssh-agent)"; ssh-add KEY) or give a key instead',
            });
        }
    }
    else if (typeof options.agent === 'string') {
        agent = options.agent;
    }
    return { privateKey, agent };
}
/** Ask first for the key types known_hosts has for this host, so the server offers a checkable key. */
function preferredHostKeyAlgorithms(entries, host, port) {
    const preferred = knownKeyTypes(entries, host, port).flatMap((type) => HOST_KEY_ALGORITHMS[type] ?? []);
    return { remove: preferred, prepend: preferred, append: [] };
}
/**
 * Send an SSH `signal` request. ssh2 1.17's `channel.signal()` is a silent no-op once stdin has
 * reached EOF (it checks `writable`, see mscdex/ssh2#1510), yet the request is valid until the
 * channel closes; so send it through the protocol while the channel is open or half-closed.
 */
function sendChannelSignal(channel, name) {
    const internals = channel;
    const id = internals.outgoing?.id;
    const state = internals.outgoing?.state;
    const protocol = internals._client?._protocol;
    try {
        if (id !== undefined && protocol && (state === 'open' || state === 'eof'))
            protocol.signal(id, name);
        else
            channel.signal(name);
    }
    catch {
        // The channel is already closing; its close event settles the result.
    }
}
function ssh_feedStdin(source, channel) {
    if (source === undefined) {
        channel.end();
        return;
    }
    if (typeof source === 'string' || Buffer.isBuffer(source)) {
        channel.end(source);
        return;
    }
    source.on('error', () => channel.end());
    source.pipe(channel);
}
/** `ENOENT`, `EACCES`…: the file error's code, which says it all next to the path. */
function fileErrorReason(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : (0,errors/* errorMessage */.gJ)(error);
}
function assertNever(value) {
    throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/transport/index.ts





;// CONCATENATED MODULE: ./src/hosts/settings.ts
/**
 * Host settings from CLI flags and the environment (flags win). Pure: the caller passes the flag
 * values and `process.env`; every bad value is an `InputError` naming the flag and its variable.
 */




/** The environment variable read for each flag when the flag is absent. */
const HOST_ENV = {
    sshHost: 'PIKACI_SSH_HOST',
    sshUser: 'PIKACI_SSH_USER',
    sshPort: 'PIKACI_SSH_PORT',
    sshKey: 'PIKACI_SSH_KEY',
    sshKnownHosts: 'PIKACI_SSH_KNOWN_HOSTS',
    sshAcceptNewHostKeys: 'PIKACI_SSH_ACCEPT_NEW_HOST_KEYS',
    incusCli: 'PIKACI_INCUS_CLI',
    incusSudo: 'PIKACI_INCUS_SUDO',
    incusProject: 'PIKACI_INCUS_PROJECT',
    incusProfile: 'PIKACI_INCUS_PROFILE',
    incusImage: 'PIKACI_INCUS_IMAGE',
    incusType: 'PIKACI_INCUS_TYPE',
    incusStoragePool: 'PIKACI_INCUS_STORAGE_POOL',
    remoteWorkDir: 'PIKACI_REMOTE_WORK_DIR',
    lockTimeout: 'PIKACI_LOCK_TIMEOUT',
};
const FLAG_NAMES = {
    sshHost: '--ssh-host',
    sshUser: '--ssh-user',
    sshPort: '--ssh-port',
    sshKey: '--ssh-key',
    sshKnownHosts: '--ssh-known-hosts',
    sshAcceptNewHostKeys: '--ssh-accept-new-host-keys',
    incusCli: '--incus-cli',
    incusSudo: '--incus-sudo',
    incusProject: '--incus-project',
    incusProfile: '--incus-profile',
    incusImage: '--incus-image',
    incusType: '--incus-type',
    incusStoragePool: '--incus-storage-pool',
    remoteWorkDir: '--remote-work-dir',
    lockTimeout: '--lock-timeout',
};
function source(key) {
    return `${FLAG_NAMES[key]} (or $${HOST_ENV[key]})`;
}
function settings_text(flags, env, key) {
    const flag = flags[key];
    if (typeof flag === 'string')
        return flag;
    const value = env[HOST_ENV[key]];
    return value === undefined || value === '' ? undefined : value;
}
function bool(flags, env, key) {
    if (flags[key] === true)
        return true;
    const value = env[HOST_ENV[key]];
    if (value === undefined || value === '')
        return undefined;
    if (value === '1' || value === 'true')
        return true;
    if (value === '0' || value === 'false')
        return false;
    throw new InputError(`$${HOST_ENV[key]} must be true, false, 1 or 0, got \`${value}\``);
}
function integer(value, key, min, max) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
        throw new InputError(`${source(key)} must be an integer from ${min} to ${max}, got \`${value}\``);
    }
    return n;
}
function parseHostSettings(flags, env) {
    const incus = {};
    const cli = settings_text(flags, env, 'incusCli');
    if (cli !== undefined) {
        if (cli !== 'incus' && cli !== 'lxc')
            throw new InputError(`${source('incusCli')} must be incus or lxc, got \`${cli}\``);
        incus['cli'] = cli;
    }
    const sudo = bool(flags, env, 'incusSudo');
    if (sudo !== undefined)
        incus['sudo'] = sudo;
    const type = settings_text(flags, env, 'incusType');
    if (type !== undefined) {
        if (type !== 'vm' && type !== 'container') {
            throw new InputError(`${source('incusType')} must be vm or container, got \`${type}\``);
        }
        incus['instance_type'] = type;
    }
    const project = settings_text(flags, env, 'incusProject');
    if (project !== undefined)
        incus['project'] = project;
    const image = settings_text(flags, env, 'incusImage');
    if (image !== undefined)
        incus['image'] = image;
    const pool = settings_text(flags, env, 'incusStoragePool');
    if (pool !== undefined)
        incus['storage_pool'] = pool;
    const profileFlags = flags.incusProfile ?? [];
    const profileEnv = env[HOST_ENV.incusProfile];
    const profiles = profileFlags.length > 0
        ? profileFlags
        : profileEnv
            ? profileEnv.split(',').map((p) => p.trim())
            : undefined;
    if (profiles !== undefined) {
        if (profiles.some((p) => p === ''))
            throw new InputError(`${source('incusProfile')} has an empty profile name`);
        incus['profiles'] = profiles;
    }
    const remoteWorkDir = settings_text(flags, env, 'remoteWorkDir');
    if (remoteWorkDir !== undefined) {
        if (!remoteWorkDir.startsWith('/')) {
            throw new InputError(`${source('remoteWorkDir')} must be an absolute path, got \`${remoteWorkDir}\``);
        }
        incus['work_dir'] = remoteWorkDir;
    }
    const checked = IncusHostConfigSchema.safeParse(incus);
    if (!checked.success) {
        throw new InputError(`invalid Incus settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    const lockTimeout = settings_text(flags, env, 'lockTimeout');
    const settings = {
        incus: incus,
        lockTimeoutSecs: lockTimeout === undefined ? DEFAULT_LOCK_TIMEOUT_SECS : integer(lockTimeout, 'lockTimeout', 0, 604_800),
        ...(remoteWorkDir === undefined ? {} : { remoteWorkDir }),
    };
    const host = settings_text(flags, env, 'sshHost');
    if (host === undefined) {
        for (const key of ['sshUser', 'sshPort', 'sshKey', 'sshKnownHosts']) {
            if (flags[key] !== undefined) {
                throw new InputError(`${FLAG_NAMES[key]} was given without --ssh-host`, {
                    hint: 'pass --ssh-host (or $PIKACI_SSH_HOST) to run remote_ssh jobs',
                });
            }
        }
        return settings;
    }
    const port = settings_text(flags, env, 'sshPort');
    const key = settings_text(flags, env, 'sshKey');
    const knownHosts = settings_text(flags, env, 'sshKnownHosts');
    const ssh = {
        host,
        user: settings_text(flags, env, 'sshUser') ?? (env['USER'] || 'root'),
        ...(port === undefined ? {} : { port: integer(port, 'sshPort', 1, 65_535) }),
        ...(key === undefined ? {} : { privateKeyPath: key }),
        ...(knownHosts === undefined ? {} : { knownHostsPath: knownHosts }),
        acceptNewHostKeys: bool(flags, env, 'sshAcceptNewHostKeys') ?? false,
    };
    parseSshConnectOptions(ssh, 'SSH flags (--ssh-*) or $PIKACI_SSH_*');
    return { ...settings, ssh };
}
function parseConcurrencyGroup(value) {
    return value === undefined || value === '' ? null : validateGroupName(value);
}

;// CONCATENATED MODULE: ./src/hosts/orphans.ts
/**
 * `pikaci gc --instances`: find and delete `pikaci-*` instances whose run is over (docs/design.md decision 7).
 * `pikaci gc --processes`: the same for remote host-process job processes a killed runner left
 * behind, found by the `PIKACI_REMOTE_JOB=<run id>/<job id>` marker in their environment.
 * The owner comes from the instance's `user.pikaci.run_id` config (set at `init`), checked against
 * the state root's records: a terminal or abandoned run owns nothing; a live run keeps its instances;
 * a run recorded on another host cannot be judged and is kept. A run id this state root has never
 * seen is orphaned only once the instance is older than the grace period, so a sweep from one runner
 * never deletes the fresh instance of a run started by another runner sharing the Incus host.
 */





const DEFAULT_ORPHAN_GRACE_SECS = 3600;
const InstanceListSchema = schemas/* array */.YOg(schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP().optional(),
    config: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
}));
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
/** The one rule for instances and processes: whose run is over, or unknown and older than the grace. */
async function judge(stateRoot, runId, ageSecs, graceSecs) {
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
}
async function sweepOrphanInstances(transport, options) {
    const { config } = options;
    const listed = await mustCapture(transport, `list Incus instances in project \`${config.project}\``, incusArgv(config, ['list'], '--format', 'json'));
    let instances;
    try {
        instances = InstanceListSchema.parse(JSON.parse(listed.stdout));
    }
    catch (error) {
        throw new PikaciError(`decode the Incus instance list from ${transport.hostLabel}: ${errorMessage(error)}`);
    }
    const now = options.now ?? Date.now();
    const decisions = [];
    for (const instance of instances.filter((i) => i.name.startsWith('pikaci-'))) {
        const runId = instance.config?.['user.pikaci.run_id'] ?? null;
        if (options.run !== undefined && runId !== options.run)
            continue;
        if (runId === null) {
            decisions.push({ instance: instance.name, runId, action: 'kept', reason: 'no user.pikaci.run_id' });
            continue;
        }
        const ageSecs = instance.created_at ? (now - Date.parse(instance.created_at)) / 1000 : Infinity;
        const { orphan, reason } = await judge(options.stateRoot, runId, ageSecs, options.graceSecs);
        if (orphan && !options.dryRun) {
            const removal = await transport.exec({ argv: incusArgv(config, ['delete'], '--force', instance.name) });
            if (removal.exitCode !== 0) {
                decisions.push({
                    instance: instance.name,
                    runId,
                    action: 'kept',
                    reason: `delete failed (${describeExit(removal)})`,
                });
                continue;
            }
        }
        decisions.push({ instance: instance.name, runId, action: orphan ? 'removed' : 'kept', reason });
    }
    return decisions;
}
/** One line per marked process: `<pid> <seconds since it started> <marker value>` (Linux /proc). */
const SCAN_SCRIPT = [
    'set -u',
    'test -d /proc/self || { echo "no /proc on this host" >&2; exit 3; }',
    `grep -a -z -H '^${supervisor_REMOTE_JOB_MARKER}=' /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n' |`,
    'while IFS= read -r line; do',
    '  pid=${line#/proc/}; pid=${pid%%/*}',
    `  value=\${line#*:${supervisor_REMOTE_JOB_MARKER}=}`,
    '  age=$(ps -o etimes= -p "$pid" 2>/dev/null) || continue',
    '  echo "$pid" $age "$value"',
    'done',
].join('\n');
/** `$1` grace seconds, `$2` marker value, then pids: TERM, wait, KILL; only pids still marked so. */
const STOP_SCRIPT = [
    'set -u',
    'grace=$1 value=$2',
    'shift 2',
    `marked() { tr '\\0' '\\n' < "/proc/$1/environ" 2>/dev/null | grep -qxF "${supervisor_REMOTE_JOB_MARKER}=$value"; }`,
    'for p; do marked "$p" && kill -s TERM "$p" 2>/dev/null; done',
    'waited=0',
    'while [ "$waited" -lt "$grace" ]; do',
    '  left=; for p; do marked "$p" && left=1; done',
    '  [ -z "$left" ] && exit 0',
    '  sleep 1; waited=$((waited + 1))',
    'done',
    'for p; do marked "$p" && kill -s KILL "$p" 2>/dev/null; done',
    'sleep 1',
    'left=; for p; do marked "$p" && left="$left $p"; done',
    '[ -z "$left" ] || { echo "still running:$left" >&2; exit 1; }',
].join('\n');
/** Seconds between TERM and KILL when `gc --processes` stops a leftover job. */
const STOP_GRACE_SECS = 5;
/**
 * Find processes marked `PIKACI_REMOTE_JOB` on the host and stop those whose run is over (or
 * unknown and older than the grace period, by the oldest process of the job). Linux hosts only:
 * the marker is read from /proc. Processes that cleared their environment cannot be found.
 */
async function sweepOrphanProcesses(transport, options) {
    const decisions = [];
    // A job still forking while it is stopped can leave a child the first pass did not see.
    for (let pass = 0; pass < 3; pass++) {
        const jobs = await scanMarkedProcesses(transport);
        let stopped = false;
        for (const [job, processes] of jobs) {
            const runId = job.slice(0, Math.max(0, job.indexOf('/')));
            if (options.run !== undefined && runId !== options.run)
                continue;
            const pids = processes.map((p) => p.pid);
            const ageSecs = Math.max(...processes.map((p) => p.ageSecs));
            const { orphan, reason } = await judge(options.stateRoot, runId, ageSecs, options.graceSecs);
            const earlier = decisions.find((d) => d.job === job);
            if (!orphan) {
                if (!earlier)
                    decisions.push({ job, runId, pids, action: 'kept', reason });
                continue;
            }
            if (options.dryRun) {
                if (!earlier)
                    decisions.push({ job, runId, pids, action: 'removed', reason });
                continue;
            }
            stopped = true;
            const stop = await transport.exec({
                argv: ['sh', '-c', STOP_SCRIPT, 'pikaci-gc-stop', String(STOP_GRACE_SECS), job, ...pids.map(String)],
            });
            const failed = stop.exitCode === 0 ? null : `stop failed (${describeExit(stop)})`;
            if (earlier) {
                earlier.pids.push(...pids);
                if (failed)
                    [earlier.action, earlier.reason] = ['kept', failed];
            }
            else {
                decisions.push({ job, runId, pids, action: failed ? 'kept' : 'removed', reason: failed ?? reason });
            }
        }
        if (!stopped)
            break;
    }
    return decisions;
}
async function scanMarkedProcesses(transport) {
    const scan = await mustCapture(transport, `list processes marked ${REMOTE_JOB_MARKER}`, shArgv(SCAN_SCRIPT));
    const jobs = new Map();
    for (const line of scan.stdout.split('\n')) {
        const match = /^(\d+) (\d+) (.+)$/.exec(line.trim());
        if (!match)
            continue;
        const [, pid, age, job] = match;
        const list = jobs.get(job) ?? [];
        list.push({ pid: Number(pid), ageSecs: Number(age) });
        jobs.set(job, list);
    }
    return jobs;
}

;// CONCATENATED MODULE: ./src/hosts/index.ts
/**
 * Host settings → how a run reaches its placements and which backend runs each pair. This is the
 * one place that composes transports with runtime backends; the orchestrator receives the result.
 * A run in a concurrency group takes the group's lock on each placement host over that host's own
 * transport when the host is first used, and drops it when the run closes the transport.
 */








/** A transport that also holds a group lock on its host; closing releases the lock first. */
class LockedTransport {
    inner;
    lock;
    placement;
    hostLabel;
    constructor(inner, lock) {
        this.inner = inner;
        this.lock = lock;
        this.placement = inner.placement;
        this.hostLabel = inner.hostLabel;
    }
    exec(request) {
        return this.inner.exec(request);
    }
    async close() {
        try {
            await this.lock.release();
        }
        finally {
            await this.inner.close();
        }
    }
}
function executionEnvironment(settings = {}) {
    const incus = config_IncusHostConfigSchema.parse({
        ...settings.incus,
        ...(settings.remoteWorkDir === undefined ? {} : { work_dir: settings.remoteWorkDir }),
    });
    const workDir = incus.work_dir;
    const log = settings.log ?? ((line) => process.stderr.write(`${line}\n`));
    async function open(placement) {
        switch (placement) {
            case 'local':
                return new LocalTransport();
            case 'remote_ssh':
                if (!settings.ssh) {
                    throw new errors/* InputError */.dz('remote_ssh jobs need an SSH host, and none is configured for this run', {
                        hint: 'pass --ssh-host (CLI) or the ssh-host input (action), with a key and known hosts',
                    });
                }
                return connectSsh(settings.ssh, { log: (line) => log(`[pikaci] ${line}`) });
            default:
                return (0,model/* assertNever */.xb)(placement);
        }
    }
    return {
        async transportFor(placement) {
            const transport = await open(placement);
            settings.onTransport?.(transport);
            const group = settings.concurrencyGroup;
            if (!group)
                return transport;
            try {
                const lock = await (0,locks/* acquireGroupLock */.t6)(transport, {
                    group,
                    workDir,
                    timeoutSecs: settings.lockTimeoutSecs ?? locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS,
                    log,
                    ...(settings.signal ? { signal: settings.signal } : {}),
                });
                return new LockedTransport(transport, lock);
            }
            catch (error) {
                await transport.close();
                throw error;
            }
        },
        resolveBackend({ placement, runtime }) {
            switch (runtime) {
                case 'host_process': {
                    const jobsLockFile = settings.concurrencyGroup
                        ? (0,locks/* groupJobsFile */.m3)(workDir, settings.concurrencyGroup)
                        : null;
                    return {
                        kind: 'ready',
                        backend: placement === 'local'
                            ? supervisedLocalBackend(hostProcessBackend, jobsLockFile)
                            : remoteHostProcessBackend(workDir, jobsLockFile),
                    };
                }
                case 'incus':
                    return { kind: 'ready', backend: createIncusBackend({ config: incus }) };
                case 'tart':
                    return {
                        kind: 'unavailable',
                        message: `not available yet: ${placement} × tart jobs need the Tart runtime backend`,
                    };
                default:
                    return (0,model/* assertNever */.xb)(runtime);
            }
        },
    };
}


;// CONCATENATED MODULE: ./src/run/concurrency.ts
/** How many execute nodes may run at once (docs/upstream.md, records 3.9). */


const MAX_CONCURRENT_EXECUTES_ENV = 'PIKACI_MAX_CONCURRENT_EXECUTES';
const DEFAULT_MAX_CONCURRENT_EXECUTES = 2;
/** The configured cap: a positive integer, default 2; anything else is bad input. */
function maxConcurrentExecutes(env = process.env) {
    const raw = env[MAX_CONCURRENT_EXECUTES_ENV];
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_MAX_CONCURRENT_EXECUTES;
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
        throw new errors/* InputError */.dz(`${MAX_CONCURRENT_EXECUTES_ENV} must be a positive integer, got \`${raw}\``, {
            hint: `unset it for the default (${DEFAULT_MAX_CONCURRENT_EXECUTES}) or set e.g. ${MAX_CONCURRENT_EXECUTES_ENV}=4`,
        });
    }
    return value;
}
/** Jobs run in parallel only when every job of the run supports it; otherwise one at a time. */
function executeConcurrency(jobs, configured) {
    return jobs.length > 0 && jobs.every(model/* supportsParallelExecute */.NG) ? configured : 1;
}

;// CONCATENATED MODULE: ./src/run/orchestrate.ts
/**
 * One run (docs/upstream.md, records 3): records first (run.json `running` and `run_started` before any heavy
 * work), then the snapshot, plan.json, the prepare phase, and the execute phase with fail-fast.
 * Every record write is atomic; cleanup (log files, transports) runs on every path.
 */













const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const CANCELLED_MESSAGE = 'cancelled';
const SKIPPED_AFTER_FAILURE = 'not run because an earlier execute node failed';
const SKIPPED_AFTER_CANCEL = 'not run because the run was cancelled';
/**
 * Space kept free in the run directory for the final records: when a job's log fills the disk,
 * this file is deleted so result.json, status.json and run.json can still say what happened.
 */
const SPACE_RESERVE_BYTES = 256 * 1024;
const SPACE_RESERVE_FILE = '.pikaci-space-reserve';
async function gitHead(cwd) {
    try {
        const head = (await execFileAsync('git', ['rev-parse', 'HEAD'], { cwd })).stdout.trim();
        return head === '' ? null : head;
    }
    catch {
        return null;
    }
}
function initialRecord(runId, createdAt, options) {
    return records/* RunRecordSchema */.g$.parse({
        run_id: runId,
        status: 'running',
        rerun_of: options.rerunOf?.run_id ?? null,
        target_id: options.targetId,
        target_description: options.targetDescription,
        source_root: options.rerunOf?.source_root ?? options.sourceRoot,
        snapshot_dir: '',
        git_head: options.rerunOf?.git_head ?? null,
        git_dirty: options.rerunOf?.git_dirty ?? null,
        created_at: createdAt,
        changed_files: [...(options.changedFiles ?? [])],
        filters: [...(options.filters ?? [])],
        message: options.message ?? null,
        jobs: [],
        runner_pid: process.pid,
        runner_host: (0,external_node_os_.hostname)(),
    });
}
function isNoSpace(error) {
    return error?.code === 'ENOSPC';
}
class RunSession {
    stateRoot;
    paths;
    record;
    reporter;
    reserveReleased;
    constructor(stateRoot, record, reporter) {
        this.stateRoot = stateRoot;
        this.record = record;
        this.paths = (0,records/* runPaths */.Ot)(stateRoot, record.run_id);
        this.reporter = reporter;
    }
    get reservePath() {
        return (0,external_node_path_.join)(this.paths.runDir, SPACE_RESERVE_FILE);
    }
    /** Set the reserve aside; best effort (a disk already full leaves none, and writes say so). */
    async reserveSpace() {
        await (0,promises_.writeFile)(this.reservePath, Buffer.alloc(SPACE_RESERVE_BYTES)).catch(() => (0,promises_.rm)(this.reservePath, { force: true }));
    }
    /** Give the reserve back to the disk (idempotent); records written after this have room. */
    releaseSpace() {
        this.reserveReleased ??= (0,promises_.rm)(this.reservePath, { force: true }).catch(() => undefined);
        return this.reserveReleased;
    }
    /**
     * Write a record; on a full disk, release the reserve and try once more. Either way the write is
     * atomic: the previous version stays whole when the new one cannot be written.
     */
    async persist(write, what) {
        try {
            await write();
        }
        catch (error) {
            if (!isNoSpace(error))
                throw error;
            await this.releaseSpace();
            try {
                await write();
            }
            catch (again) {
                if (!isNoSpace(again))
                    throw again;
                throw new errors/* PikaciError */.uy(`no space left on device writing ${what}`, {
                    hint: 'free space on the state root (pikaci gc) and run again',
                    cause: again,
                });
            }
        }
    }
    async save() {
        await this.persist(() => (0,records/* writeRecord */.rh)(this.paths.runJson, records/* RunRecordSchema */.g$, this.record), this.paths.runJson);
    }
    async emit(event) {
        await this.reporter.event(records/* RunLifecycleEventSchema */.x8.parse(event));
    }
    async saveJob(job) {
        const statusJson = (0,records/* jobPaths */.wt)(this.paths.runDir, job.id).statusJson;
        await this.persist(() => (0,records/* writeRecord */.rh)(statusJson, records/* JobRecordSchema */.Sl, job), statusJson);
        const index = this.record.jobs.findIndex((j) => j.id === job.id);
        if (index === -1)
            this.record.jobs.push(job);
        else
            this.record.jobs[index] = job;
        if (job.status === 'failed' && this.record.status === 'running')
            this.record.status = 'failed';
        await this.save();
    }
    async finish(status, message) {
        this.record.status = status;
        this.record.finished_at = (0,records/* rfc3339 */.ag)();
        if (message !== undefined)
            this.record.message = message;
        this.record.runner_pid = null;
        this.record.runner_host = null;
        await this.save();
        await this.emit({ event: 'run_finished', run: this.record });
        return this.record;
    }
}
function jobRecord(runDir, job, fields) {
    const paths = (0,records/* jobPaths */.wt)(runDir, job.id);
    return records/* JobRecordSchema */.Sl.parse({
        id: job.id,
        description: job.description,
        executor: (0,model/* executorLabel */.gC)(job.execution),
        placement: job.execution.placement,
        runtime: job.execution.runtime,
        plan_node_id: `execute-${job.id}`,
        timeout_secs: job.timeout_secs,
        host_log_path: paths.hostLog,
        guest_log_path: paths.guestLog,
        ...fields,
    });
}
/** Record a run that was decided not to execute (e.g. no change matched its filters). */
async function recordSkippedRun(options) {
    await ensureWritableStateRoot(options.stateRoot);
    const createdAt = rfc3339();
    const runId = newRunId(new Date(createdAt));
    const record = initialRecord(runId, createdAt, { ...options, jobs: [] });
    record.status = 'skipped';
    record.finished_at = createdAt;
    record.git_head = await gitHead(options.sourceRoot);
    record.runner_pid = null;
    record.runner_host = null;
    const session = new RunSession(options.stateRoot, record, options.reporter ?? silentReporter);
    await mkdir(session.paths.runDir, { recursive: true });
    await session.save();
    await session.emit(startedEvent(record));
    await session.emit({ event: 'run_finished', run: record });
    return record;
}
function startedEvent(record) {
    return {
        event: 'run_started',
        run_id: record.run_id,
        created_at: record.created_at,
        rerun_of: record.rerun_of,
        target_id: record.target_id,
        target_description: record.target_description,
    };
}
/** Run `jobs` as one recorded run and return the final run record (never throws once started). */
async function runJobs(options) {
    const configured = options.maxConcurrentExecutes ?? maxConcurrentExecutes(options.env ?? process.env);
    if (!Number.isSafeInteger(configured) || configured < 1) {
        throw new errors/* InputError */.dz(`maxConcurrentExecutes must be a positive integer, got ${configured}`);
    }
    const cap = executeConcurrency(options.jobs, configured);
    if (options.jobs.length === 0)
        throw new errors/* InputError */.dz('a run needs at least one job');
    registerDeclaredSecrets(options.jobs, options.env ?? process.env);
    await (0,records/* ensureWritableStateRoot */.Sw)(options.stateRoot);
    const createdAt = (0,records/* rfc3339 */.ag)();
    const runId = (0,records/* newRunId */.F$)(new Date(createdAt));
    const session = new RunSession(options.stateRoot, initialRecord(runId, createdAt, options), options.reporter ?? records/* silentReporter */.P$);
    await (0,promises_.mkdir)(session.paths.jobsDir, { recursive: true });
    await (0,promises_.mkdir)((0,records/* cargoHomeDir */.Lw)(options.stateRoot), { recursive: true });
    await (0,promises_.mkdir)(session.paths.cargoTargetDir, { recursive: true });
    await session.save();
    await session.reserveSpace();
    await session.emit(startedEvent(session.record));
    const signal = options.signal ?? new AbortController().signal;
    const transports = new Map();
    try {
        return await runAfterStart(session, options, signal, cap, transports);
    }
    catch (error) {
        const message = signal.aborted ? CANCELLED_MESSAGE : (0,errors/* errorMessage */.gJ)(error);
        return await session.finish('failed', message);
    }
    finally {
        await Promise.allSettled([...transports.values()].map(async (transport) => (await transport).close()));
        await session.releaseSpace();
    }
}
async function takeSnapshot(session, options) {
    const record = session.record;
    const previous = options.rerunOf;
    if (previous) {
        if (previous.snapshot_dir === '') {
            throw new errors/* PikaciError */.uy(`run \`${previous.run_id}\` has no snapshot to rerun`);
        }
        if (!(await (0,promises_.stat)(previous.snapshot_dir).catch(() => null))?.isDirectory()) {
            throw new errors/* PikaciError */.uy(`snapshot for run \`${previous.run_id}\` no longer exists at ${previous.snapshot_dir}`);
        }
        const metadata = await metadata_readSnapshotMetadata(previous.snapshot_dir).catch(() => null);
        record.snapshot_dir = previous.snapshot_dir;
        return { snapshotDir: previous.snapshot_dir, contentHash: metadata?.content_hash ?? null };
    }
    const metadata = await createSnapshot({
        sourceRoot: options.sourceRoot,
        destDir: session.paths.snapshotDir,
        profile: snapshotProfileForJobs(options.jobs),
        includeLocalChanges: options.includeLocalChanges ?? true,
    });
    record.source_root = metadata.source_root;
    record.snapshot_dir = metadata.snapshot_dir;
    record.git_head = metadata.git_head;
    record.git_dirty = metadata.git_dirty;
    return { snapshotDir: metadata.snapshot_dir, contentHash: metadata.content_hash };
}
async function runAfterStart(session, options, signal, cap, transports) {
    const { snapshotDir, contentHash } = await takeSnapshot(session, options);
    if (signal.aborted)
        return session.finish('failed', CANCELLED_MESSAGE);
    const record = session.record;
    const plan = buildRunPlan({
        runId: record.run_id,
        runDir: session.paths.runDir,
        createdAt: record.created_at,
        targetId: record.target_id,
        targetDescription: record.target_description,
        snapshotDir,
        jobs: options.jobs,
    });
    await (0,records/* writeRecord */.rh)(session.paths.planJson, records/* RunPlanRecordSchema */.tv, plan.record);
    await (0,records/* writeRecord */.rh)(session.paths.preparedOutputsJson, records/* PreparedOutputsRecordSchema */.YX, {
        schema_version: 1,
        outputs: [],
    });
    for (const jobPlan of plan.jobs) {
        const paths = (0,records/* jobPaths */.wt)(session.paths.runDir, jobPlan.job.id);
        openLogWriter(paths.hostLog).close();
        openLogWriter(paths.guestLog).close();
    }
    record.plan_path = session.paths.planJson;
    record.prepared_outputs_path = session.paths.preparedOutputsJson;
    await session.save();
    // Without host settings: local placement only, and Incus with its defaults.
    const defaults = executionEnvironment();
    const transportFor = options.transportFor ?? defaults.transportFor;
    const state = {
        session,
        options,
        plan,
        signal,
        snapshotDir,
        contentHash,
        resolve: options.resolveBackend ?? defaults.resolveBackend,
        transport: (placement) => {
            let transport = transports.get(placement);
            if (!transport) {
                transport = Promise.resolve().then(() => transportFor(placement));
                transports.set(placement, transport);
            }
            return transport;
        },
        reporter: options.reporter ?? records/* silentReporter */.P$,
        parallel: cap > 1 && options.jobs.length > 1,
    };
    const prepareFailed = await runPreparePhase(state);
    if (prepareFailed)
        return session.finish('failed');
    if (signal.aborted) {
        await skipJobs(state, plan.jobs, SKIPPED_AFTER_CANCEL);
        return session.finish('failed', CANCELLED_MESSAGE);
    }
    return runExecutePhase(state, cap);
}
function prepareDurationMs(dependsOn, timings) {
    const total = timings
        .filter((t) => dependsOn.includes(t.node_id))
        .reduce((sum, t) => sum + t.duration_ms, 0);
    return total === 0 ? null : total;
}
/** Sequential prepares (docs/upstream.md, records 3.6); returns true when one failed and the jobs have been marked. */
async function runPreparePhase(state) {
    const { session, plan } = state;
    const prepares = plan.record.nodes.filter((n) => n.kind === 'prepare');
    const completed = new Set();
    const timings = session.record.prepare_timings;
    for (const node of prepares) {
        const startedAt = new Date();
        let failure = null;
        if (state.signal.aborted)
            failure = CANCELLED_MESSAGE;
        else if (!node.depends_on.every((dep) => completed.has(dep))) {
            failure = 'no ready prepare nodes; unresolved dependencies in run plan';
        }
        else {
            try {
                await runPrepareNode(state, node);
            }
            catch (error) {
                failure = (0,errors/* errorMessage */.gJ)(error);
            }
        }
        const finishedAt = new Date();
        timings.push({
            node_id: node.id,
            started_at: (0,records/* rfc3339 */.ag)(startedAt),
            finished_at: (0,records/* rfc3339 */.ag)(finishedAt),
            duration_ms: finishedAt.getTime() - startedAt.getTime(),
        });
        if (failure !== null) {
            await markPrepareFailure(state, node.id, failure);
            return true;
        }
        completed.add(node.id);
    }
    await session.save();
    return false;
}
function consumersOf(plan, nodeId) {
    return plan.jobs.filter((j) => j.dependsOn.includes(nodeId));
}
async function runPrepareNode(state, node) {
    const consumers = consumersOf(state.plan, node.id);
    // Prepare output is streamed into these logs: a write error stops the logs, not the runner, and
    // fails the node below.
    const logSet = openLogSet(() => void state.session.releaseSpace());
    const logs = consumers.map((c) => logSet.open((0,records/* jobPaths */.wt)(state.session.paths.runDir, c.job.id).hostLog));
    try {
        await runPrepareWithLogs(state, node, logs);
    }
    finally {
        for (const log of logs)
            log.close();
    }
    if (logSet.failure)
        throw logSet.failure;
}
async function runPrepareWithLogs(state, node, logs) {
    for (const log of logs)
        log.line(`[pikaci] prepare \`${node.id}\`: ${node.description}`);
    const prepare = node.prepare;
    switch (prepare.type) {
        case 'nix_build': {
            const handler = state.options.prepare?.nixBuild;
            if (!handler) {
                throw new errors/* PikaciError */.uy(`not implemented yet: building the staged payload \`${prepare.output_name}\` with Nix (prepare node \`${node.id}\`) is not available in this version`);
            }
            const output = await handler(node, {
                runId: state.session.record.run_id,
                runDir: state.session.paths.runDir,
                snapshotDir: state.session.record.snapshot_dir,
                logs,
                signal: state.signal,
            });
            await upsertPreparedOutput(state.session.paths.preparedOutputsJson, output);
            return;
        }
        case 'remote_linux_vm_backend': {
            const owner = state.plan.jobs.find((j) => prepareRunnerNodeId(j.job.id) === node.id);
            if (!owner)
                throw new errors/* PikaciError */.uy(`prepare node \`${node.id}\` has no job`);
            const resolution = state.resolve(owner.job.execution);
            if (resolution.kind === 'unavailable')
                throw new errors/* PikaciError */.uy(resolution.message);
            if (!resolution.backend.prepare)
                return;
            const ctx = await jobContext(state, owner, logs[0] ?? openLogWriter((0,records/* jobPaths */.wt)(state.session.paths.runDir, owner.job.id).hostLog));
            await resolution.backend.prepare(ctx);
            return;
        }
    }
}
async function upsertPreparedOutput(path, output) {
    const record = await (0,records/* readRecord */.aE)(path, records/* PreparedOutputsRecordSchema */.YX, 'prepared outputs');
    const index = record.outputs.findIndex((o) => o.node_id === output.node_id);
    if (index === -1)
        record.outputs.push(output);
    else
        record.outputs[index] = output;
    await (0,records/* writeRecord */.rh)(path, records/* PreparedOutputsRecordSchema */.YX, record);
}
async function markPrepareFailure(state, nodeId, failure) {
    const { session, plan } = state;
    for (const jobPlan of plan.jobs) {
        const direct = jobPlan.dependsOn.includes(nodeId);
        const message = direct
            ? `prepare node \`${nodeId}\` failed before execute: ${failure}`
            : `not run because prepare phase stopped after \`${nodeId}\` failed: ${failure}`;
        const log = openLogWriter((0,records/* jobPaths */.wt)(session.paths.runDir, jobPlan.job.id).hostLog);
        log.line(`[pikaci] ${message}`);
        log.close();
        const now = (0,records/* rfc3339 */.ag)();
        await session.saveJob(jobRecord(session.paths.runDir, jobPlan.job, {
            status: direct ? 'failed' : 'skipped',
            started_at: now,
            finished_at: now,
            message,
            pre_execution_prepare_duration_ms: prepareDurationMs(jobPlan.dependsOn, session.record.prepare_timings),
        }));
    }
}
async function skipJobs(state, jobs, message) {
    for (const jobPlan of jobs) {
        const now = (0,records/* rfc3339 */.ag)();
        await state.session.saveJob(jobRecord(state.session.paths.runDir, jobPlan.job, {
            status: 'skipped',
            started_at: now,
            finished_at: now,
            message,
        }));
    }
}
async function jobContext(state, jobPlan, hostLog, guestLog, signal = state.signal) {
    const { session, options } = state;
    const job = jobPlan.job;
    const paths = (0,records/* jobPaths */.wt)(session.paths.runDir, job.id);
    let workspaceDir = state.snapshotDir;
    if (job.writable_workspace) {
        // A private copy so a job that writes to its workspace cannot change what later jobs see.
        if (!(await (0,promises_.stat)(paths.workspaceDir).catch(() => null))) {
            await (0,promises_.cp)(state.snapshotDir, paths.workspaceDir, { recursive: true, verbatimSymlinks: true });
        }
        workspaceDir = paths.workspaceDir;
    }
    return {
        job,
        runId: session.record.run_id,
        stateRoot: options.stateRoot,
        runDir: session.paths.runDir,
        paths,
        hostLog,
        guestLog: guestLog ?? hostLog,
        transport: await state.transport(job.execution.placement),
        snapshotDir: state.snapshotDir,
        snapshotContentHash: state.contentHash,
        workspaceDir,
        cargoHomeDir: (0,records/* cargoHomeDir */.Lw)(options.stateRoot),
        cargoTargetDir: session.paths.cargoTargetDir,
        timeoutSecs: job.timeout_secs,
        environment: jobEnvironment(job, options.env ?? process.env),
        signal,
        output: (stream, chunk) => state.reporter.jobOutput?.({ jobId: job.id, stream, chunk, parallel: state.parallel }),
        reporter: state.reporter,
    };
}
async function executeJob(state, jobPlan) {
    const { session } = state;
    const job = jobPlan.job;
    const prepareMs = prepareDurationMs(jobPlan.dependsOn, session.record.prepare_timings);
    const running = jobRecord(session.paths.runDir, job, {
        status: 'running',
        started_at: (0,records/* rfc3339 */.ag)(),
        pre_execution_prepare_duration_ms: prepareMs,
    });
    await session.saveJob(running);
    await session.emit({ event: 'job_started', run_id: session.record.run_id, job: running });
    let outcome;
    let logFailed = false;
    const resolution = state.resolve(job.execution);
    if (resolution.kind === 'unavailable') {
        outcome = { status: 'failed', exit_code: null, message: resolution.message };
        const log = openLogWriter((0,records/* jobPaths */.wt)(session.paths.runDir, job.id).hostLog);
        log.line(`[pikaci] ${resolution.message}`);
        log.close();
    }
    else {
        const paths = (0,records/* jobPaths */.wt)(session.paths.runDir, job.id);
        const writers = [];
        // A log that cannot be written (a full disk) stops the job through its own signal, so the
        // backend's cleanup runs; the reserve is released so the records can still be written.
        const stopOnLogFailure = new AbortController();
        const logs = openLogSet((failure) => {
            void session.releaseSpace();
            stopOnLogFailure.abort(failure);
        });
        try {
            const hostLog = logs.open(paths.hostLog);
            writers.push(hostLog);
            const guestLog = logs.open(paths.guestLog);
            writers.push(guestLog);
            const signal = AbortSignal.any([state.signal, stopOnLogFailure.signal]);
            outcome = await resolution.backend.run(await jobContext(state, jobPlan, hostLog, guestLog, signal));
        }
        catch (error) {
            outcome = { status: 'failed', exit_code: null, message: (0,errors/* errorMessage */.gJ)(error) };
            writers[0]?.line(`[pikaci] ${outcome.message}`);
        }
        finally {
            for (const writer of writers)
                writer.close();
            state.reporter.jobOutputEnd?.(job.id);
        }
        if (logs.failure) {
            logFailed = true;
            outcome = { ...outcome, status: 'failed', exit_code: null, message: logs.failure.message };
            // The backend saw a cancellation; result.json says why the job was stopped. Should even that
            // not fit, the job record below still says it (or its own write fails the run).
            const ending = { ok: false, message: outcome.message, exitCode: null };
            await session
                .persist(() => writeTerminalResult(paths.resultJson, ending), paths.resultJson)
                .catch(() => undefined);
        }
    }
    if (state.signal.aborted && outcome.status === 'failed' && !logFailed)
        outcome = { ...outcome, message: CANCELLED_MESSAGE };
    const finished = jobRecord(session.paths.runDir, job, {
        status: outcome.status,
        started_at: running.started_at,
        finished_at: (0,records/* rfc3339 */.ag)(),
        exit_code: outcome.exit_code,
        message: outcome.message,
        pre_execution_prepare_duration_ms: prepareMs,
        remote_linux_vm_execution: outcome.remote_linux_vm_execution ?? null,
    });
    await session.saveJob(finished);
    await session.emit({ event: 'job_finished', run_id: session.record.run_id, job: finished });
    return finished;
}
/** Fail-fast execution (docs/upstream.md, records 3.9): after the first failure no job starts; the rest are skipped. */
async function runExecutePhase(state, cap) {
    const pending = [...state.plan.jobs];
    const active = new Set();
    let stop = false;
    while (pending.length > 0 || active.size > 0) {
        while (!stop && !state.signal.aborted && active.size < cap && pending.length > 0) {
            const jobPlan = pending.shift();
            const task = executeJob(state, jobPlan).then((finished) => {
                active.delete(task);
                if (finished.status === 'failed')
                    stop = true;
            });
            active.add(task);
        }
        if (active.size === 0)
            break;
        await Promise.race(active);
    }
    const cancelled = state.signal.aborted;
    await skipJobs(state, pending, cancelled ? SKIPPED_AFTER_CANCEL : SKIPPED_AFTER_FAILURE);
    if (cancelled)
        return state.session.finish('failed', CANCELLED_MESSAGE);
    const failed = state.session.record.jobs.some((j) => j.status === 'failed');
    return state.session.finish(failed ? 'failed' : 'passed');
}

;// CONCATENATED MODULE: ./src/run/reporters.ts

const OUTPUT_FORMATS = (/* unused pure expression or super */ null && (['human', 'json', 'jsonl']));
/** Longest partial line kept while waiting for its newline; longer ones are flushed as they are. */
const MAX_PENDING_LINE = 64 * 1024;
/**
 * Prefixes every line of interleaved job output with `[job-id] `, keeping at most one partial line
 * per job and stream, so memory stays bounded however much a job prints.
 */
class LinePrefixer {
    sink;
    pending = new Map();
    constructor(sink) {
        this.sink = sink;
    }
    write(jobId, stream, chunk) {
        const key = `${jobId}\0${stream}`;
        let data = Buffer.concat([this.pending.get(key) ?? Buffer.alloc(0), chunk]);
        let newline = data.indexOf(0x0a);
        while (newline !== -1) {
            this.sink.write(`[${jobId}] ${data.subarray(0, newline + 1).toString()}`);
            data = data.subarray(newline + 1);
            newline = data.indexOf(0x0a);
        }
        if (data.length > MAX_PENDING_LINE) {
            this.sink.write(`[${jobId}] ${data.toString()}\n`);
            data = Buffer.alloc(0);
        }
        if (data.length === 0)
            this.pending.delete(key);
        else
            this.pending.set(key, Buffer.from(data));
    }
    end(jobId) {
        for (const [key, data] of this.pending) {
            if (!key.startsWith(`${jobId}\0`))
                continue;
            this.sink.write(`[${jobId}] ${data.toString()}\n`);
            this.pending.delete(key);
        }
    }
}
function liveOutput(sink) {
    const prefixer = new LinePrefixer(sink);
    return {
        jobOutput: ({ jobId, stream, chunk, parallel }) => {
            if (parallel)
                prefixer.write(jobId, stream, chunk);
            else
                sink.write(chunk);
        },
        jobOutputEnd: (jobId) => prefixer.end(jobId),
    };
}
/** One readable line per lifecycle event (the forge's rendering, docs/upstream.md, records 3.12). */
function renderEvent(event) {
    switch (event.event) {
        case 'run_started':
            return `[pikaci] run started: ${event.run_id} · ${event.target_id ?? 'unknown-target'}${event.target_description ? ` · ${event.target_description}` : ''}`;
        case 'job_started':
            return `[pikaci] job started: ${event.job.id} · ${event.job.description}`;
        case 'job_finished':
            return `[pikaci] job finished: ${event.job.id} · status=${event.job.status}${event.job.message ? ` · ${event.job.message}` : ''}`;
        case 'run_finished':
            return `[pikaci] run finished: ${event.run.run_id} · status=${event.run.status}${event.run.message ? ` · ${event.run.message}` : ''}`;
    }
}
/**
 * `progress` (the CLI sets it when stderr is a terminal) adds a live status line to `human` output;
 * the machine-readable formats never carry one.
 */
function createReporter(format, io, options = {}) {
    switch (format) {
        case 'human':
            return options.progress ? withProgress(humanReporter, io) : humanReporter(io);
        case 'jsonl':
            return {
                event: (event) => void io.stdout.write(`${JSON.stringify(event)}\n`),
                ...liveOutput(io.stderr),
            };
        case 'json':
            return { event: () => undefined, ...liveOutput(io.stderr) };
    }
}
function humanReporter(io) {
    return { event: (event) => void io.stderr.write(`${renderEvent(event)}\n`), ...liveOutput(io.stdout) };
}
/** The final lines of a run: `<run_id> <job_id> <status>` per job (or the target for a job-less run). */
function renderRunSummary(run) {
    if (run.jobs.length === 0) {
        return {
            stdout: [`${run.run_id} ${run.target_id ?? '-'} ${run.status}`],
            stderr: run.message ? [run.message] : [],
        };
    }
    return {
        stdout: run.jobs.map((job) => `${run.run_id} ${job.id} ${job.status}`),
        stderr: run.jobs.filter((job) => job.message).map((job) => `${job.id}: ${job.message}`),
    };
}

;// CONCATENATED MODULE: ./src/run/cancel.ts
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function cancelOnSignals(signals = ['SIGINT', 'SIGTERM']) {
    const controller = new AbortController();
    let received = null;
    const handler = (sig) => {
        if (received !== null)
            process.exit(EXIT_CODES[sig] ?? 1);
        received = sig;
        process.stderr.write(`pikaci: ${sig} received, stopping the run (send it again to exit at once)\n`);
        controller.abort();
    };
    for (const sig of signals)
        process.on(sig, handler);
    return {
        signal: controller.signal,
        received: () => received,
        exitCode: () => (received === null ? null : (EXIT_CODES[received] ?? 1)),
        dispose: () => {
            for (const sig of signals)
                process.off(sig, handler);
        },
    };
}

;// CONCATENATED MODULE: ./src/run/lane.ts
/** A lane with a plain `command` runs as one host-process job (argv, no shell) named after the lane. */


/** Lanes carry no timeout of their own; one hour, like the longest catalog jobs. */
const LANE_COMMAND_TIMEOUT_SECS = 3600;
function laneCommandJob(lane) {
    if (lane.command === null || lane.command.length === 0) {
        throw new errors/* InputError */.dz(`lane \`${lane.id}\` has no command and no target to run`, {
            where: `line ${lane.line}`,
        });
    }
    return model/* JobSpecSchema */.QH.parse({
        id: lane.id,
        description: lane.title,
        timeout_secs: LANE_COMMAND_TIMEOUT_SECS,
        writable_workspace: false,
        execution: { placement: 'local', runtime: 'host_process' },
        runtime_config: { kind: 'host_process' },
        guest_command: { kind: 'argv', argv: [...lane.command] },
    });
}

;// CONCATENATED MODULE: ./src/run/select.ts


function resolveRunnable(id, sources) {
    const target = sources.targets.get(id);
    if (target)
        return fromTarget(target, 'target', target.filters);
    const lane = sources.lanes.find((candidate) => candidate.id === id);
    if (lane)
        return resolveLane(lane, sources);
    const ids = [...sources.targets.keys(), ...sources.lanes.map((l) => l.id)];
    const near = (0,errors/* closest */.kp)(id, ids, 5);
    const searched = sources.manifestPath
        ? `the catalog ${sources.catalogPath} or the manifest ${sources.manifestPath}`
        : `the catalog ${sources.catalogPath} (no lane manifest found)`;
    throw new errors/* InputError */.dz(`unknown target or lane \`${id}\`: not in ${searched}`, {
        hint: near.length > 0
            ? `closest ids: ${near.map((n) => `\`${n}\``).join(', ')}`
            : `known ids: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`,
    });
}
/** A manifest lane: its catalog target (with the lane's paths as filters), or its plain command. */
function resolveLane(lane, sources) {
    if (lane.target !== null) {
        const laneTarget = sources.targets.get(lane.target);
        if (!laneTarget) {
            throw new errors/* InputError */.dz(`lane \`${lane.id}\` names target \`${lane.target}\`, which is not in the catalog`, {
                where: sources.manifestPath ? `${sources.manifestPath}:${lane.line}` : undefined,
                hint: `add the target to ${sources.catalogPath} or fix the lane`,
            });
        }
        return fromTarget(laneTarget, 'lane-target', lane.paths);
    }
    return {
        targetId: lane.id,
        description: lane.title,
        jobs: [laneCommandJob(lane)],
        filters: lane.paths,
        source: 'lane-command',
    };
}
function fromTarget(target, source, filters) {
    return { targetId: target.id, description: target.description, jobs: target.jobs, filters, source };
}
/** Keep only the jobs named by `--job` (in the target's order); every name must exist. */
function selectJobs(runnable, ids) {
    if (ids.length === 0)
        return [...runnable.jobs];
    const known = runnable.jobs.map((job) => job.id);
    for (const id of ids) {
        if (!known.includes(id)) {
            const near = (0,errors/* closest */.kp)(id, known);
            throw new errors/* InputError */.dz(`unknown job \`${id}\` in \`${runnable.targetId}\``, {
                hint: `${near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(', ')}? ` : ''}its jobs are: ${known.join(', ')}`,
            });
        }
    }
    return runnable.jobs.filter((job) => ids.includes(job.id));
}
/**
 * docs/design.md decision 3, applied to one target: no filters ⇒ run; empty diff ⇒ run; the manifest itself
 * changed ⇒ run; else run iff a changed file is selected by the ordered patterns.
 */
function gateOnChanges(input) {
    const { filters, changedFiles, since } = input;
    if (filters.length === 0)
        return { run: true, reason: 'no path filters: always runs' };
    if (changedFiles.length === 0)
        return { run: true, reason: `no files changed since ${since}: runs everything` };
    if (input.manifestPath !== null && changedFiles.includes(input.manifestPath)) {
        return { run: true, reason: `the lane manifest ${input.manifestPath} changed` };
    }
    const set = input.compile(filters);
    for (const file of changedFiles) {
        const match = set.match(file);
        if (match.matched)
            return { run: true, reason: `${file} matched \`${match.pattern ?? ''}\`` };
    }
    return {
        run: false,
        reason: `skipped; no files changed since ${since} matched ${filters.length} filter(s)`,
    };
}

;// CONCATENATED MODULE: ./src/run/lane-run.ts
/**
 * What running one lane means, for the action's `command: run` and `pikaci run <id>` alike: which
 * jobs run, under which concurrency group, and how many execute at once. Both callers take all
 * three from `resolveLaneRun`, so a matrix leg and a maintainer's local run of the same lane cannot
 * drift apart (README "Running lanes locally": `pikaci run <lane>` runs it exactly as the action).
 * Pure: the caller loads the catalog and manifest and passes the environment.
 */




/**
 * Resolve `id`: a lane of the manifest first (the action's `lane` input is always a lane id, so a
 * lane wins over a catalog target of the same id), else a catalog target.
 */
function resolveLaneRun(request) {
    const { sources } = request;
    const lane = sources.lanes.find((candidate) => candidate.id === request.id) ?? null;
    const runnable = lane === null ? resolveRunnable(request.id, sources) : resolveLane(lane, sources);
    const jobs = selectJobs(runnable, request.jobIds ?? []);
    const explicit = request.concurrencyGroup ?? null;
    const laneGroup = lane?.concurrency_group ?? null;
    const concurrency = executeConcurrency(jobs, maxConcurrentExecutes(request.env));
    return {
        lane,
        title: lane?.title ?? runnable.description,
        runnable,
        jobs,
        concurrencyGroup: explicit ?? (laneGroup === null ? null : lockGroupName(laneGroup)),
        maxConcurrentExecutes: concurrency,
        parallel: concurrency > 1 && jobs.length > 1,
    };
}
/**
 * A manifest group as a lock name. The lock is a file on the host (`W/locks/<name>.lock`), so its
 * name is limited to letters, digits, `.`, `_` and `-`; a group outside that set — upstream's
 * synthesized `staged-linux:<target>` — keeps its readable part and gains 8 hex of its SHA-256,
 * so two different groups never share a lock.
 */
function lockGroupName(group) {
    try {
        return (0,locks/* validateGroupName */.R4)(group);
    }
    catch {
        const readable = group
            .replace(/[^A-Za-z0-9._-]+/g, '-')
            .replace(/^[^A-Za-z0-9]+/, '')
            .slice(0, 119) || 'group';
        const digest = (0,external_node_crypto_.createHash)('sha256').update(group).digest('hex').slice(0, 8);
        return (0,locks/* validateGroupName */.R4)(`${readable}-${digest}`);
    }
}

;// CONCATENATED MODULE: ./src/run/index.ts
/** Runs: plan.json building, orchestration (prepare, execute, fail-fast, cancellation), reporters. */









;// CONCATENATED MODULE: ./src/sources/index.ts
/**
 * What a run is made of, for the CLI and the action alike: the repository root, the state root,
 * the catalog with the manifest bound to it, and a `run` that executes jobs against them.
 */







const DEFAULT_MANIFEST = (0,external_node_path_.join)('ci', 'forge-lanes.toml');
async function loadRunSources(flags) {
    const repoRoot = await (0,records/* repoRoot */.jv)();
    const stateRoot = await (0,records/* resolveStateRoot */.Uv)({ flag: flags.stateRoot });
    const catalogPath = (0,src_catalog/* resolveCatalogPath */.l2)({ flag: flags.catalog, repoRoot }).path;
    let catalog = await (0,src_catalog/* loadCatalog */.ak)(catalogPath);
    const defaultManifest = (0,external_node_path_.join)(repoRoot, DEFAULT_MANIFEST);
    const manifestPath = flags.manifest !== undefined
        ? (0,external_node_path_.resolve)(flags.manifest)
        : (0,external_node_fs_.existsSync)(defaultManifest)
            ? defaultManifest
            : null;
    let lanes = [];
    if (manifestPath !== null) {
        const manifest = await (0,src_manifest/* loadManifest */.eY)(manifestPath, (0,src_catalog/* manifestOptionsFor */.N_)(catalog));
        catalog = (0,src_catalog/* bindManifest */.rg)(catalog, manifest);
        lanes = (0,src_manifest/* allLanes */.bw)(manifest);
    }
    return {
        repoRoot,
        stateRoot,
        runnable: { targets: catalog.targets, lanes, catalogPath, manifestPath },
        manifestRelative: manifestPath === null ? null : (0,external_node_path_.relative)(repoRoot, manifestPath),
        run: (options) => runJobs({
            ...options,
            stateRoot,
            sourceRoot: repoRoot,
            includeLocalChanges: options.includeLocalChanges ?? process.env['CI'] !== 'true',
            prepare: nixPrepareHandlers(nixBuildOptionsFromEnv()),
        }),
    };
}

;// CONCATENATED MODULE: ./src/action/artifact.ts
/**
 * Uploading a run as a workflow artifact. The real client (`@actions/artifact`) is imported only
 * when an upload happens. Where the service cannot work — no runtime token (a step run outside
 * Actions, some self-hosted setups) or GHES, which @actions/artifact v2+ does not support — the
 * service is `unavailable` with the reason, and the caller warns once and carries on.
 *
 * Offline option (README, `command: run`): `PIKACI_TEST_ARTIFACT_DIR` swaps in a stand-in client that
 * copies the files into `<dir>/<artifact name>/` instead of uploading, for running the bundled action
 * outside GitHub; no workflow should set it. The tests drive the real client against a simulated
 * artifact service instead.
 */



const TEST_ARTIFACT_DIR_ENV = 'PIKACI_TEST_ARTIFACT_DIR';
function artifactService(env) {
    const simulatedDir = env[TEST_ARTIFACT_DIR_ENV];
    if (simulatedDir)
        return { kind: 'available', client: simulatedArtifactClient(simulatedDir), simulated: true };
    if (isGhes(env['GITHUB_SERVER_URL'])) {
        return {
            kind: 'unavailable',
            reason: `GitHub Enterprise Server (${env['GITHUB_SERVER_URL']}) does not support the artifact service of @actions/artifact v2+`,
        };
    }
    if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
        return {
            kind: 'unavailable',
            reason: 'the artifact service is not reachable from this step (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)',
        };
    }
    return { kind: 'available', client: defaultArtifactClient(), simulated: false };
}
/** @actions/artifact's own rule: anything but github.com, *.ghe.com and *.localhost is GHES. */
function isGhes(serverUrl) {
    const host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
    return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
}
function defaultArtifactClient() {
    return {
        async uploadArtifact(name, files, rootDirectory, options) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(991), __webpack_require__.e(351), __webpack_require__.e(645)]).then(__webpack_require__.bind(__webpack_require__, 9645));
            const response = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory, {
                ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
            });
            return { id: response.id ?? null, size: response.size ?? null };
        },
    };
}
/** The offline stand-in (see the file comment): artifact names are unique, like the real service's 409. */
function simulatedArtifactClient(dir) {
    return {
        async uploadArtifact(name, files, rootDirectory) {
            const dest = (0,external_node_path_.join)(dir, name);
            if (await (0,promises_.stat)(dest).catch(() => null)) {
                throw new errors/* PikaciError */.uy(`(409) Conflict: an artifact with this name already exists on the workflow run: ${name}`);
            }
            let size = 0;
            for (const file of files) {
                const rel = (0,external_node_path_.relative)(rootDirectory, file);
                if (rel.startsWith(`..${external_node_path_.sep}`))
                    throw new errors/* PikaciError */.uy(`${file} is not under ${rootDirectory}`);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(dest, rel)), { recursive: true });
                await (0,promises_.copyFile)(file, (0,external_node_path_.join)(dest, rel));
                size += (await (0,promises_.stat)(file)).size;
            }
            await (0,promises_.mkdir)(dest, { recursive: true });
            return { id: (await (0,promises_.readdir)(dir)).length, size };
        },
    };
}
/** `pikaci-<lane>-<attempt>`, with the characters artifact names forbid replaced. */
function artifactName(laneId, runAttempt) {
    return `pikaci-${laneId}-${runAttempt}`.replace(/[":<>|*?\r\n\\/]/g, '-');
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(31658);
// EXTERNAL MODULE: ./src/timeline/index.ts + 4 modules
var timeline = __webpack_require__(24385);
;// CONCATENATED MODULE: ./src/action/run-summary.ts


/** GitHub's limit is 1 MiB per step; stay well inside it. */
const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 64 * 1024;
const LOG_TAIL_LINES = 50;
const MAX_LINE_CHARS = 2000;
const MAX_CELL_CHARS = 300;
const STATUS_ICON = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    running: '⏳ running',
};
function runSummaryMarkdown(input) {
    const { run, lane } = input;
    const head = [
        `## pikaci · ${cell(lane.title)} (\`${cell(lane.id)}\`)`,
        '',
        `**${STATUS_ICON[run.status]}**${run.message ? ` — ${cell(run.message)}` : ''}`,
        '',
        `- target: \`${cell(run.target_id ?? '-')}\`${run.target_description ? ` — ${cell(run.target_description)}` : ''}`,
        `- head: ${run.git_head ? `\`${run.git_head.slice(0, 12)}\`${run.git_dirty ? ' (dirty)' : ''}` : '—'}`,
        `- run: \`${run.run_id}\``,
        '',
        '| job | status | duration | exit | placement / runtime | image | phases |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...run.jobs.map(jobRow),
        ...(run.jobs.length === 0 ? ['| — | | | | | | no jobs ran |'] : []),
        '',
        ...timelineSection(run),
    ].join('\n');
    const tail = `${artifactSection(input)}\n`;
    const budget = input.budgetBytes ?? SUMMARY_BUDGET_BYTES;
    const failed = run.jobs.filter((job) => job.status === 'failed' && input.logTails.has(job.id));
    const left = budget - bytes(head) - bytes(tail);
    const perJob = failed.length === 0 ? 0 : Math.floor(left / failed.length);
    const sections = failed.map((job) => logSection(job, input.logTails.get(job.id), perJob));
    return [head, ...sections, tail].join('\n');
}
/** The Mermaid timeline under the table; none when it would have no bars or too many to read. */
function timelineSection(run) {
    const chart = (0,timeline/* runTimelineMermaid */.I$)(run);
    return chart === null ? [] : ['### Timeline', '', chart];
}
function jobRow(job) {
    const vm = job.remote_linux_vm_execution;
    const fingerprint = vm?.incus_image?.fingerprint;
    const image = vm?.incus_image
        ? `${cell(vm.incus_image.alias)}${fingerprint ? ` \`${fingerprint.slice(0, 12)}\`` : ''}`
        : '—';
    const phases = vm?.phases.length
        ? vm.phases.map((p) => `${p.phase} ${seconds(p.duration_ms)}`).join('<br>')
        : '—';
    const message = job.message ? `<br>${cell(job.message)}` : '';
    return `| \`${cell(job.id)}\` | ${STATUS_ICON[job.status]}${message} | ${duration(job)} | ${job.exit_code ?? '—'} | ${job.placement ?? '?'} / ${job.runtime ?? '?'} | ${image} | ${phases} |`;
}
function logSection(job, tail, budget) {
    const lines = tail.lines.map((line) => line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)} …` : line);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines) + 1));
    const open = `<details><summary>${tail.source} log of <code>${html(job.id)}</code>: last ${lines.length} lines</summary>\n\n${fence}text\n`;
    const close = `\n${fence}\n\n</details>\n`;
    const droppedNote = (dropped) => `(${dropped} earlier lines left out to keep the summary under 1 MiB; the full log is in the artifact)\n`;
    // Room for the note as if every line were dropped, and for the newlines that join the sections.
    const room = budget - bytes(open) - bytes(close) - bytes(droppedNote(lines.length)) - 8;
    const kept = [];
    let used = 0;
    for (let i = lines.length - 1; i >= 0; i--) {
        const size = bytes(lines[i]) + 1;
        if (used + size > room)
            break;
        kept.unshift(lines[i]);
        used += size;
    }
    if (room <= 0)
        return `_log of \`${cell(job.id)}\` left out: the summary is at its size limit; see the artifact_\n`;
    const dropped = lines.length - kept.length;
    const note = dropped > 0 ? droppedNote(dropped) : '';
    return `${open}${note}${kept.join('\n')}${close}`;
}
function artifactSection(input) {
    const { artifact } = input;
    if (artifact.kind === 'not_uploaded') {
        return `### Run records\n\nNot uploaded as an artifact: ${cell(artifact.reason)}. The records stay in the state root on the runner.\n`;
    }
    const simulated = artifact.simulated ? ' (simulated artifact service)' : '';
    return [
        '### Run records',
        '',
        `Uploaded as artifact \`${artifact.name}\`${artifact.id === null ? '' : ` (id ${artifact.id})`}${simulated}. To inspect it offline:`,
        '',
        '```sh',
        `pikaci download --repo ${input.repository} --run-id ${input.workflowRunId} --lane ${input.lane.id}`,
        `pikaci status ${input.run.run_id}   # then: pikaci logs ${input.run.run_id}`,
        '```',
        '',
        `or \`gh run download ${input.workflowRunId} --repo ${input.repository} --name ${artifact.name}\`.`,
        '',
    ].join('\n');
}
function duration(job) {
    if (!job.finished_at)
        return '—';
    return seconds(Date.parse(job.finished_at) - Date.parse(job.started_at));
}
function seconds(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}
function longestBacktickRun(lines) {
    let longest = 0;
    for (const line of lines)
        for (const run of line.match(/`+/g) ?? [])
            longest = Math.max(longest, run.length);
    return longest;
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** One table cell: no pipes, line breaks or HTML (README "Security"), bounded length. */
function cell(text) {
    const flat = (0,report/* markdownText */.p7)(text);
    return flat.length > MAX_CELL_CHARS ? `${flat.slice(0, MAX_CELL_CHARS)} …` : flat;
}
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * `command: run` — one matrix leg: run the lane through the library with live logs grouped per job,
 * upload `runs/<run_id>` as one artifact, write the job summary, set `run-id`, `status` and
 * `artifact-id`, and fail the step when the lane failed. The SSH key is masked, given to the
 * transport in memory and never written anywhere.
 */














async function runRunCommand() {
    const inputs = readRunInputs(process.env);
    const workspace = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
    process.chdir(workspace);
    const sources = await loadRunSources({
        catalog: inputs.catalog === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.catalog),
        manifest: inputs.manifest === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.manifest),
        stateRoot: inputs.stateRoot,
    });
    // The same resolution as `pikaci run <lane>`: jobs, concurrency group, parallelism.
    const laneRun = resolveLaneRun({ id: inputs.lane, sources: sources.runnable, env: process.env });
    const { runnable, title } = laneRun;
    maskStepSecrets(process.env, laneRun.jobs);
    if (inputs.tartBaseVm !== '' && laneRun.jobs.some((job) => job.execution.runtime === 'tart')) {
        core/* warning */.$e(`tart-base-vm \`${inputs.tartBaseVm}\` is accepted, but Tart jobs report "not available yet" in this build (the Tart backend is not built)`);
    }
    const cancellation = cancelOnSignals();
    const environment = executionEnvironment({
        ...inputs.host,
        concurrencyGroup: laneRun.concurrencyGroup,
        signal: cancellation.signal,
    });
    let run;
    try {
        run = await sources.run({
            targetId: runnable.targetId,
            targetDescription: runnable.description,
            filters: runnable.filters,
            jobs: laneRun.jobs,
            maxConcurrentExecutes: laneRun.maxConcurrentExecutes,
            reporter: groupedReporter(process.stdout, laneRun.parallel),
            signal: cancellation.signal,
            transportFor: (placement) => environment.transportFor(placement),
            resolveBackend: (execution) => environment.resolveBackend(execution),
        });
    }
    finally {
        cancellation.dispose();
    }
    for (const job of run.jobs.filter((j) => j.status === 'failed')) {
        core/* error */.z3(`${job.id}: ${job.message ?? 'failed'}`, {
            title: `pikaci ${inputs.lane}: job ${job.id} failed`,
        });
    }
    const artifact = inputs.uploadArtifact
        ? await uploadRun(sources.stateRoot, run, inputs)
        : {
            kind: 'not_uploaded',
            name: artifactName(inputs.lane, runAttempt()),
            reason: '`upload-artifact` is false',
        };
    core/* setOutput */.uH('run-id', run.run_id);
    core/* setOutput */.uH('status', run.status);
    core/* setOutput */.uH('artifact-id', artifact.kind === 'uploaded' && artifact.id !== null ? String(artifact.id) : '');
    if (process.env['GITHUB_STEP_SUMMARY']) {
        const markdown = runSummaryMarkdown({
            lane: { id: inputs.lane, title },
            run,
            logTails: await failedLogTails(run),
            artifact,
            repository: process.env['GITHUB_REPOSITORY'] ?? 'OWNER/NAME',
            workflowRunId: process.env['GITHUB_RUN_ID'] ?? '<run id>',
        });
        await core/* summary */.z.addRaw((0,redact/* redactText */.Rd)(markdown)).write();
    }
    const signalExit = cancellation.exitCode();
    if (signalExit !== null) {
        core/* error */.z3(`lane ${inputs.lane} was cancelled (${cancellation.received()})`);
        process.exitCode = signalExit;
    }
    else if (run.status === 'failed') {
        core/* setFailed */.C1(`lane ${inputs.lane} failed${run.message ? `: ${run.message}` : ''} (run ${run.run_id})`);
    }
}
function readRunInputs(env) {
    const lane = core/* getInput */.V4('lane').trim();
    if (lane === '') {
        throw new errors/* InputError */.dz('`command: run` needs the `lane` input', {
            where: 'input `lane`',
            hint: 'pass `lane: ${{ matrix.lane }}` from the plan matrix',
        });
    }
    const sshKey = core/* getInput */.V4('ssh-key', { trimWhitespace: false });
    maskSecret(sshKey);
    const host = {};
    const sshPort = parsePort(core/* getInput */.V4('ssh-port'));
    const sshHost = core/* getInput */.V4('ssh-host').trim();
    if (sshHost !== '') {
        const knownHosts = core/* getInput */.V4('ssh-known-hosts', { trimWhitespace: false });
        host.ssh = {
            host: sshHost,
            port: sshPort,
            user: core/* getInput */.V4('ssh-user').trim() || 'root',
            ...(sshKey.trim() === '' ? { agent: true } : { privateKey: sshKey.trim() + '\n' }),
            ...(knownHosts.trim() === '' ? {} : { knownHosts }),
        };
    }
    else if (sshKey.trim() !== '') {
        throw new errors/* InputError */.dz('`ssh-key` is set but `ssh-host` is empty', {
            where: 'input `ssh-host`',
            hint: 'give the host remote_ssh jobs run on, or drop the key',
        });
    }
    const incus = {};
    const cli = core/* getInput */.V4('incus-cli').trim();
    if (cli !== '') {
        if (cli !== 'incus' && cli !== 'lxc') {
            throw new errors/* InputError */.dz(`\`incus-cli\` must be \`incus\` or \`lxc\`, got ${JSON.stringify(cli)}`, {
                where: 'input `incus-cli`',
            });
        }
        incus.cli = cli;
    }
    const project = core/* getInput */.V4('incus-project').trim();
    if (project !== '')
        incus.project = project;
    const profiles = core/* getInput */.V4('incus-profile')
        .split(/[\s,]+/)
        .filter((p) => p !== '');
    if (profiles.length > 0)
        incus.profiles = profiles;
    const image = core/* getInput */.V4('incus-image').trim();
    if (image !== '')
        incus.image = image;
    const type = core/* getInput */.V4('incus-type').trim();
    if (type !== '') {
        if (type !== 'vm' && type !== 'container') {
            throw new errors/* InputError */.dz(`\`incus-type\` must be \`vm\` or \`container\`, got ${JSON.stringify(type)}`, {
                where: 'input `incus-type`',
            });
        }
        incus.instance_type = type;
    }
    if (Object.keys(incus).length > 0)
        host.incus = incus;
    const stateRootInput = core/* getInput */.V4('state-root').trim();
    const runnerTemp = env['RUNNER_TEMP'];
    return {
        lane,
        manifest: core/* getInput */.V4('manifest').trim(),
        catalog: core/* getInput */.V4('catalog').trim(),
        stateRoot: stateRootInput !== '' ? stateRootInput : runnerTemp ? (0,external_node_path_.join)(runnerTemp, 'pikaci') : '',
        host,
        tartBaseVm: core/* getInput */.V4('tart-base-vm').trim(),
        uploadArtifact: (0,inputs/* booleanInput */.t)('upload-artifact', true),
        retentionDays: retentionDays(core/* getInput */.V4('retention-days').trim()),
    };
}
/**
 * Mask the whole value and each line (the runner matches masks line by line in the live log) and
 * register it with the redactor, which keeps it out of every file the run writes.
 */
function maskSecret(value) {
    if (value === undefined || value.trim() === '')
        return;
    (0,redact/* addSecret */.Ck)(value);
    core/* setSecret */.Pq(value.trim());
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 4)
            core/* setSecret */.Pq(line.trim());
}
/** The runner's own credentials in this step's environment: never a job's, redacted if they appear. */
const RUNNER_SECRET_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'GITHUB_TOKEN',
];
/**
 * Mask and redact the step's other secrets before any job starts: the `token` input, the runner's
 * tokens, and the secrets the lane's jobs ask for (`ssh-key` is masked as soon as it is read).
 */
function maskStepSecrets(env, jobs) {
    maskSecret(core/* getInput */.V4('token'));
    for (const name of RUNNER_SECRET_VARIABLES)
        maskSecret(env[name]);
    for (const job of jobs)
        for (const name of job.secrets ?? [])
            maskSecret(env[name]);
}
function parsePort(value) {
    const text = value.trim() || '22';
    const port = Number(text);
    if (!/^\d+$/.test(text) || port < 1 || port > 65_535) {
        throw new errors/* InputError */.dz(`\`ssh-port\` must be a port number (1–65535), got ${JSON.stringify(value)}`, {
            where: 'input `ssh-port`',
        });
    }
    return port;
}
function retentionDays(value) {
    if (value === '' || value === '0')
        return undefined;
    const days = Number(value);
    if (!/^\d+$/.test(value) || days < 1 || days > 90) {
        throw new errors/* InputError */.dz(`\`retention-days\` must be a whole number of days from 1 to 90 (empty: the repository default), got ${JSON.stringify(value)}`, {
            where: 'input `retention-days`',
        });
    }
    return days;
}
function runAttempt() {
    return process.env['GITHUB_RUN_ATTEMPT'] || '1';
}
/**
 * Live output for the Actions log. Sequential jobs: one `::group::` per job. Parallel jobs: lines
 * prefixed with the job id (groups cannot interleave). Guest output runs inside `::stop-commands::`
 * so a job cannot issue workflow commands (set outputs, add masks, end our group).
 */
function groupedReporter(sink, parallel) {
    const token = (0,external_node_crypto_.randomUUID)();
    const prefixer = new LinePrefixer(sink);
    let lastByte = 0x0a;
    let stopped = false;
    const write = (text) => {
        if (text.length === 0)
            return;
        sink.write(text);
        lastByte = typeof text === 'string' ? text.charCodeAt(text.length - 1) : text[text.length - 1];
    };
    // Lifecycle lines carry catalog strings (job descriptions, messages): one log line each, always.
    const line = (text) => {
        if (lastByte !== 0x0a)
            write('\n');
        write(`${(0,report/* oneLine */.TN)(text)}\n`);
    };
    const stopCommands = () => {
        if (!stopped)
            line(`::stop-commands::${token}`);
        stopped = true;
    };
    const resumeCommands = () => {
        if (stopped)
            line(`::${token}::`);
        stopped = false;
    };
    return {
        event(event) {
            switch (event.event) {
                case 'run_started':
                    line(renderEvent(event));
                    return;
                case 'job_started':
                    if (parallel) {
                        stopCommands();
                        line(renderEvent(event));
                    }
                    else {
                        line(`::group::${event.job.id} · ${event.job.description}`);
                        stopCommands();
                    }
                    return;
                case 'job_finished':
                    if (parallel)
                        line(renderEvent(event));
                    else {
                        resumeCommands();
                        line('::endgroup::');
                        line(renderEvent(event));
                    }
                    return;
                case 'run_finished':
                    resumeCommands();
                    line(renderEvent(event));
                    return;
            }
        },
        jobOutput({ jobId, stream, chunk, parallel: several }) {
            if (several)
                prefixer.write(jobId, stream, chunk);
            else
                write(chunk);
        },
        jobOutputEnd: (jobId) => prefixer.end(jobId),
    };
}
/** Every file of `runs/<run_id>` except the source snapshot and build trees (git has the source). */
async function runArtifactFiles(stateRoot, runId) {
    const runDir = (0,records/* runPaths */.Ot)(stateRoot, runId).runDir;
    const entries = await (0,promises_.readdir)(runDir, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
        .filter((file) => !isExcluded((0,external_node_path_.relative)(runDir, file).split('/')))
        .sort();
}
function isExcluded(parts) {
    if (parts[0] === 'snapshot' || parts[0] === 'cargo-target')
        return true;
    return parts[0] === 'jobs' && parts[2] === 'workspace';
}
async function uploadRun(stateRoot, run, inputs) {
    const name = artifactName(inputs.lane, runAttempt());
    const service = artifactService(process.env);
    if (service.kind === 'unavailable') {
        core/* warning */.$e(`run records not uploaded: ${service.reason}; everything else still works`);
        return { kind: 'not_uploaded', name, reason: service.reason };
    }
    const files = await runArtifactFiles(stateRoot, run.run_id);
    try {
        const result = await service.client.uploadArtifact(name, files, (0,records/* runsDir */.AM)(stateRoot), {
            ...(inputs.retentionDays === undefined ? {} : { retentionDays: inputs.retentionDays }),
        });
        core/* info */.pq(`uploaded ${files.length} files of run ${run.run_id} as artifact ${name}${result.id === null ? '' : ` (id ${result.id})`}`);
        return { kind: 'uploaded', name, id: result.id, simulated: service.simulated };
    }
    catch (error) {
        const reason = `upload of artifact ${name} failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
        core/* warning */.$e(reason);
        return { kind: 'not_uploaded', name, reason };
    }
}
/** The last lines of each failed job's guest log (host log when the guest log is empty), read from the end. */
async function failedLogTails(run) {
    const tails = new Map();
    for (const job of run.jobs.filter((j) => j.status === 'failed')) {
        const guest = await tailLines(job.guest_log_path, LOG_TAIL_LINES);
        if (guest.length > 0)
            tails.set(job.id, { source: 'guest', lines: guest });
        else
            tails.set(job.id, { source: 'host', lines: await tailLines(job.host_log_path, LOG_TAIL_LINES) });
    }
    return tails;
}
const TAIL_CHUNK_BYTES = 64 * 1024;
/** How far back to look for line starts: a log of a few giant lines is not read whole. */
const TAIL_SCAN_LIMIT_BYTES = 64 * 1024 * 1024;
/** Bytes kept of each line; the summary cuts lines shorter still. */
const TAIL_LINE_BYTES = 4096;
/**
 * The last `count` lines of a file in bounded memory: scan backwards for line starts, then read
 * forward keeping at most `TAIL_LINE_BYTES` of each line.
 */
async function tailLines(path, count) {
    const handle = await (0,promises_.open)(path, 'r').catch(() => null);
    if (handle === null)
        return [];
    try {
        const { size } = await handle.stat();
        const chunk = Buffer.alloc(TAIL_CHUNK_BYTES);
        const floor = Math.max(0, size - TAIL_SCAN_LIMIT_BYTES);
        let start = floor;
        let newlines = 0;
        let pos = size;
        scan: while (pos > floor) {
            const length = Math.min(TAIL_CHUNK_BYTES, pos - floor);
            pos -= length;
            await handle.read(chunk, 0, length, pos);
            for (let i = length - 1; i >= 0; i--) {
                // The file's final newline ends the last line; it does not start another.
                if (chunk[i] !== 0x0a || pos + i === size - 1)
                    continue;
                if (++newlines === count) {
                    start = pos + i + 1;
                    break scan;
                }
            }
        }
        const lines = [];
        let line = [];
        let kept = 0;
        const endLine = () => {
            lines.push(Buffer.concat(line).toString('utf8'));
            line = [];
            kept = 0;
        };
        for (let offset = start; offset < size; offset += TAIL_CHUNK_BYTES) {
            const { bytesRead } = await handle.read(chunk, 0, Math.min(TAIL_CHUNK_BYTES, size - offset), offset);
            let from = 0;
            while (from < bytesRead) {
                const newline = chunk.indexOf(0x0a, from);
                const to = newline === -1 || newline >= bytesRead ? bytesRead : newline;
                const room = TAIL_LINE_BYTES - kept;
                if (room > 0) {
                    const piece = Buffer.from(chunk.subarray(from, Math.min(to, from + room)));
                    line.push(piece);
                    kept += piece.length;
                }
                if (to === bytesRead)
                    break;
                endLine();
                from = to + 1;
            }
        }
        if (kept > 0 || line.length > 0)
            endLine();
        return lines.slice(-count);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 24385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vC: () => (/* reexport */ criticalPath),
  I$: () => (/* reexport */ runTimelineMermaid),
  pg: () => (/* reexport */ timelineMermaid),
  r: () => (/* reexport */ workflowTimeline)
});

// UNUSED EXPORTS: MAX_TIMELINE_BARS, formatDuration, mermaidLabel, runTimeline, timelineSvg

// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(56684);
;// CONCATENATED MODULE: ./src/timeline/bars.ts
/**
 * Where a run's time went, as bars on one time axis: the run's prepare nodes, then each job and its
 * recorded phases, in the order they started. One model for every picture of it (the Mermaid chart
 * in job summaries, the SVG in `pikaci show --html`), so they cannot disagree. Pure.
 */

/** More bars than this make a chart nobody reads (and a big summary): callers show the table alone. */
const MAX_TIMELINE_BARS = 60;
/**
 * The bars of a run. A job that has not finished ends at the latest time the record knows of, so a
 * live run still draws; a timestamp that does not parse leaves its bar out rather than skewing the axis.
 */
function runTimeline(run) {
    const known = [
        (0,records/* timestampMs */.R5)(run.created_at),
        ...(run.finished_at ? [(0,records/* timestampMs */.R5)(run.finished_at)] : []),
        ...run.prepare_timings.map((t) => (0,records/* timestampMs */.R5)(t.finished_at)),
        ...run.jobs.flatMap((job) => [
            (0,records/* timestampMs */.R5)(job.started_at),
            ...(job.finished_at ? [(0,records/* timestampMs */.R5)(job.finished_at)] : []),
            ...(job.remote_linux_vm_execution?.phases ?? []).map((p) => (0,records/* timestampMs */.R5)(p.finished_at)),
        ]),
    ].filter(Number.isFinite);
    const latest = known.length > 0 ? Math.max(...known) : 0;
    const bars = [];
    const prepare = [...run.prepare_timings].sort(byStart);
    for (const timing of prepare) {
        push(bars, { section: 'prepare', label: timing.node_id, kind: 'prepare', status: 'passed' }, timing.started_at, timing.finished_at);
    }
    for (const job of [...run.jobs].sort(byStart)) {
        push(bars, { section: job.id, label: job.id, kind: 'job', status: job.status }, job.started_at, job.finished_at ?? latest);
        const phases = [...(job.remote_linux_vm_execution?.phases ?? [])].sort(byStart);
        for (const phase of phases) {
            push(bars, { section: job.id, label: phase.phase, kind: 'phase', status: 'phase' }, phase.started_at, phase.finished_at);
        }
    }
    const startMs = bars.length > 0 ? Math.min(...bars.map((b) => b.startMs)) : 0;
    const endMs = bars.length > 0 ? Math.max(...bars.map((b) => b.endMs)) : 0;
    return { bars, startMs, endMs };
}
function byStart(a, b) {
    return (0,records/* timestampMs */.R5)(a.started_at) - (0,records/* timestampMs */.R5)(b.started_at);
}
function push(bars, bar, start, end) {
    const startMs = (0,records/* timestampMs */.R5)(start);
    const endMs = typeof end === 'number' ? end : (0,records/* timestampMs */.R5)(end);
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs))
        return;
    bars.push({ ...bar, startMs, endMs: Math.max(startMs, endMs), critical: false });
}

;// CONCATENATED MODULE: ./src/timeline/mermaid.ts
/**
 * A timeline as a Mermaid `gantt` chart, which GitHub renders in Markdown and job summaries. Every
 * string from a record or the catalog goes through `mermaidLabel`, so a job id cannot end a line,
 * start a directive, open a comment or add HTML (README "Security").
 */

const MAX_LABEL_CHARS = 60;
function tag(bar, highlight) {
    const red = highlight === 'failures' ? bar.status === 'failed' : bar.critical;
    if (red)
        return 'crit, ';
    switch (bar.status) {
        case 'running':
            return 'active, ';
        case 'phase':
            return '';
        case 'passed':
        case 'failed':
        case 'skipped':
            return 'done, ';
        default:
            return unreachable(bar.status);
    }
}
function unreachable(value) {
    throw new Error(`unhandled bar status ${String(value)}`);
}
const MARK = {
    passed: '✔',
    failed: '✘',
    skipped: '⏭',
    running: '…',
    phase: '·',
};
/** The Mermaid chart of a run's jobs and phases, or null when there is nothing to draw or too much. */
function runTimelineMermaid(run) {
    return timelineMermaid(runTimeline(run), `run ${run.run_id}`, 'failures');
}
/**
 * A fenced ```` ```mermaid ```` block, or null when the timeline has no bars or more than
 * `MAX_TIMELINE_BARS` (the caller then shows its table alone). Times are absolute (`dateFormat x`,
 * milliseconds since the epoch), so the axis reads as the viewer's clock time.
 */
function timelineMermaid(timeline, title, highlight) {
    if (timeline.bars.length === 0 || timeline.bars.length > MAX_TIMELINE_BARS)
        return null;
    const lines = [
        '```mermaid',
        'gantt',
        `  title ${mermaidLabel(title)}`,
        '  dateFormat x',
        '  axisFormat %H:%M:%S',
    ];
    let section = null;
    for (const bar of timeline.bars) {
        if (bar.section !== section) {
            section = bar.section;
            lines.push(`  section ${mermaidLabel(section)}`);
        }
        // Every task name starts with a mark, so no label can be read as a keyword (`title`, `section`…).
        lines.push(`    ${MARK[bar.status]} ${mermaidLabel(bar.label)} :${tag(bar, highlight)}${bar.startMs}, ${bar.endMs}`);
    }
    lines.push('```');
    return `${lines.join('\n')}\n`;
}
/**
 * Text Mermaid shows as is: letters, digits, spaces and `._-/+@,()[]=`; anything else (`:` ends a
 * task name, `;` and `#` end its data, `%%` starts a comment, `<`/`&` are HTML) becomes `_`.
 */
function mermaidLabel(text) {
    const safe = text
        .replace(/[^\p{L}\p{N} ._\-/+@,()[\]=]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const bounded = safe.length > MAX_LABEL_CHARS ? `${safe.slice(0, MAX_LABEL_CHARS - 1)}…` : safe;
    return bounded === '' ? '_' : bounded;
}

;// CONCATENATED MODULE: ./src/timeline/workflow.ts
function workflowTimeline(jobs) {
    const started = jobs
        .map((job) => ({ job, startMs: job.startedAt ? Date.parse(job.startedAt) : NaN }))
        .filter((entry) => Number.isFinite(entry.startMs));
    const ends = started
        .map(({ job }) => (job.completedAt ? Date.parse(job.completedAt) : NaN))
        .filter(Number.isFinite);
    const latest = Math.max(...started.map((entry) => entry.startMs), ...ends);
    const bars = started
        .map(({ job, startMs }) => {
        const completed = job.completedAt ? Date.parse(job.completedAt) : NaN;
        // A job still running is drawn up to the latest moment the API knows of.
        const endMs = Math.max(startMs, Number.isFinite(completed) ? completed : latest);
        return {
            section: 'jobs',
            label: job.name,
            kind: 'job',
            status: statusOf(job.conclusion),
            startMs,
            endMs,
            critical: false,
        };
    })
        .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    for (const bar of criticalPath(bars))
        bar.critical = true;
    const startMs = bars.length > 0 ? Math.min(...bars.map((b) => b.startMs)) : 0;
    const endMs = bars.length > 0 ? Math.max(...bars.map((b) => b.endMs)) : 0;
    return { bars, startMs, endMs };
}
/**
 * From the bar that ends last, step back each time to the bar that ended last before it started (the
 * one it waited for), until nothing ended before. Returned first to last.
 */
function criticalPath(bars) {
    const last = latestEnding(bars, Infinity);
    const path = [];
    for (let bar = last; bar !== null; bar = latestEnding(bars, bar.startMs))
        path.unshift(bar);
    return path;
}
/** The bar ending last at or before `limit`; of equal ends, the longest. */
function latestEnding(bars, limit) {
    let best = null;
    for (const bar of bars) {
        if (bar.endMs > limit)
            continue;
        if (limit !== Infinity && bar.startMs >= limit)
            continue;
        if (best === null ||
            bar.endMs > best.endMs ||
            (bar.endMs === best.endMs && bar.endMs - bar.startMs > best.endMs - best.startMs))
            best = bar;
    }
    return best;
}
function statusOf(conclusion) {
    switch (conclusion) {
        case null:
            return 'running';
        case 'success':
        case 'neutral':
            return 'passed';
        case 'skipped':
            return 'skipped';
        default:
            return 'failed';
    }
}

;// CONCATENATED MODULE: ./src/timeline/svg.ts
/**
 * A timeline as an inline SVG (the HTML view): one row per bar, jobs bold, phases indented under their
 * job, the width scaled to the run's span, a `<title>` tooltip on each bar. Every label is escaped.
 */

const WIDTH = 1000;
const LABEL_WIDTH = 260;
const ROW = 22;
const AXIS = 24;
const svg_MAX_LABEL_CHARS = 40;
const FILL = {
    passed: '#2da44e',
    failed: '#cf222e',
    skipped: '#8c959f',
    running: '#bf8700',
    phase: '#54aeff',
};
function timelineSvg(timeline) {
    const { bars } = timeline;
    const span = Math.max(1, timeline.endMs - timeline.startMs);
    // Room on the right for the duration printed after the last bar.
    const plot = WIDTH - LABEL_WIDTH - 60;
    const x = (ms) => LABEL_WIDTH + ((ms - timeline.startMs) / span) * plot;
    const height = AXIS + bars.length * ROW + 4;
    const ticks = Array.from({ length: 5 }, (_, i) => (span * i) / 4).map((offset) => `<line x1="${x(timeline.startMs + offset).toFixed(1)}" y1="${AXIS - 4}" x2="${x(timeline.startMs + offset).toFixed(1)}" y2="${height}" class="tick"/>` +
        `<text x="${x(timeline.startMs + offset).toFixed(1)}" y="${AXIS - 8}" text-anchor="middle" class="axis">+${formatDuration(offset)}</text>`);
    const rows = bars.map((bar, i) => {
        const y = AXIS + i * ROW;
        const left = x(bar.startMs);
        const width = Math.max(2, x(bar.endMs) - left);
        const indent = bar.kind === 'phase' ? 16 : 0;
        const label = bar.label.length > svg_MAX_LABEL_CHARS ? `${bar.label.slice(0, svg_MAX_LABEL_CHARS - 1)}…` : bar.label;
        const tooltip = `${bar.label} (${bar.kind}${bar.kind === 'phase' ? '' : `, ${bar.status}`}): ${formatDuration(bar.endMs - bar.startMs)}`;
        return (`<g class="bar ${bar.kind} ${bar.status}" data-label="${escapeHtml(bar.label)}">` +
            `<title>${escapeHtml(tooltip)}</title>` +
            `<text x="${4 + indent}" y="${y + 15}" class="label${bar.kind === 'phase' ? '' : ' strong'}">${escapeHtml(label)}</text>` +
            `<rect x="${left.toFixed(1)}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 6}" rx="3" fill="${FILL[bar.status]}"/>` +
            `<text x="${(left + width + 4).toFixed(1)}" y="${y + 15}" class="duration">${formatDuration(bar.endMs - bar.startMs)}</text>` +
            `</g>`);
    });
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="run timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
        ...ticks,
        ...rows,
        '</svg>',
    ].join('\n');
}
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

;// CONCATENATED MODULE: ./src/timeline/index.ts
/** Pictures of where time went: one bar model, drawn as Mermaid (summaries) and SVG (HTML view). */






/***/ })

};
