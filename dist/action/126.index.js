export const id = 126;
export const ids = [126];
export const modules = {

/***/ 61320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ REMOTE_JOB_MARKER),
/* harmony export */   OC: () => (/* binding */ supervisedTransport)
/* harmony export */ });
/* unused harmony exports SUPERVISOR_GRACE_SECS, supervisedArgv */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
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
const REMOTE_JOB_MARKER = 'PIKACI_REMOTE_JOB';
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
    `export ${REMOTE_JOB_MARKER}="$marker"`,
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
            const channelStdin = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
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


/***/ }),

/***/ 69952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ declaredPayloadDeviceName),
/* harmony export */   X2: () => (/* binding */ mountDeviceName),
/* harmony export */   zl: () => (/* binding */ instanceName)
/* harmony export */ });
/* unused harmony exports sanitizeDeviceComponent, MOUNT_KIND_LABELS, fnv1a64 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Names the Incus backend derives from run and mount data (docs/upstream.md, executor 3.2, 4.3, 4.4). These are
 * part of the contract with upstream tooling, so each algorithm is reproduced exactly.
 */

/** `pikaci-` + the first 12 hex chars of sha256("<run_id>:<job_id>"). */
function instanceName(runId, jobId) {
    return `pikaci-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 12)}`;
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
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(candidate, 'utf8').digest('hex').slice(0, 8);
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


/***/ }),

/***/ 32844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SD: () => (/* binding */ PAYLOAD_MANIFEST_RELATIVE_PATH),
/* harmony export */   cP: () => (/* binding */ assertWithinRoot),
/* harmony export */   qU: () => (/* binding */ storePathProblem),
/* harmony export */   up: () => (/* binding */ planDeclaredMounts),
/* harmony export */   vc: () => (/* binding */ parsePayloadManifest)
/* harmony export */ });
/* unused harmony exports validateDeclaredPayloadMount, payloadMountSource */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11107);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39442);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69952);
/**
 * The declared payload-mount protocol (docs/upstream.md, executor 4): a prepared output carries
 * `share/pikaci/payload-manifest.json` naming the directories to mount into the guest. A manifest is
 * untrusted input: its mounts must stay inside the payload root and land on normalized guest paths.
 */





const PAYLOAD_MANIFEST_RELATIVE_PATH = 'share/pikaci/payload-manifest.json';
/** The manifest schema is the prepared-outputs record's: one contract for producer, record and executor. */
const PayloadManifestSchema = _records_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PreparedOutputPayloadManifestRecordSchema */ .WX;
function parsePayloadManifest(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`decode ${where}: ${error.message}`, { where });
    }
    const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .x)(PayloadManifestSchema, json);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`decode ${where}: ${issues}`, { where });
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
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path) !== path || path.endsWith('/')) {
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
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`invalid payload mount for ${root}: empty mount name`);
    }
    if (mount.relative_path.startsWith('/') || components(mount.relative_path).includes('..')) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`invalid payload mount \`${mount.name}\` for ${root}: relative_path must stay within the payload root`);
    }
    if (!mount.guest_path.startsWith('/') || components(mount.guest_path).includes('..')) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`invalid payload mount \`${mount.name}\` for ${root}: guest_path must be an absolute normalized path`);
    }
}
/** `""` and `"."` mean the payload root itself. */
function payloadMountSource(root, mount) {
    const relative = components(mount.relative_path);
    return relative.length === 0 ? root : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, ...relative);
}
/**
 * A resolved (`readlink -f`) source must still be the resolved root or lie below it: a symlink inside
 * the payload must not smuggle a host directory into the guest.
 */
function assertWithinRoot(resolvedRoot, resolvedSource, mountName) {
    const root = resolvedRoot.endsWith('/') ? resolvedRoot : `${resolvedRoot}/`;
    if (resolvedSource !== resolvedRoot && !resolvedSource.startsWith(root)) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`invalid payload mount \`${mountName}\`: its source resolves to ${resolvedSource}, outside the payload root ${resolvedRoot}`, { hint: 'payload mounts may only expose directories inside the prepared output' });
    }
}
/** Validate every mount of a manifest before any device is added; unique guest paths and devices. */
function planDeclaredMounts(root, manifest) {
    const plans = manifest.mounts.map((mount) => {
        validateDeclaredPayloadMount(root, mount);
        return {
            deviceName: (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .declaredPayloadDeviceName */ .OL)(manifest.kind, mount.name),
            source: payloadMountSource(root, mount),
            guestPath: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(mount.guest_path),
            readOnly: mount.read_only,
        };
    });
    const seen = new Set();
    for (const plan of plans) {
        for (const key of [`device ${plan.deviceName}`, `guest path ${plan.guestPath}`]) {
            if (seen.has(key))
                throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`payload manifest for ${root} declares ${key} twice`);
            seen.add(key);
        }
    }
    return plans;
}


/***/ }),

/***/ 85126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nixBuildOptionsFromEnv: () => (/* reexport */ nixBuildOptionsFromEnv),
  nixPrepareHandlers: () => (/* reexport */ nixPrepareHandlers)
});

// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/backends/host-process/supervisor.ts
var supervisor = __webpack_require__(61320);
// EXTERNAL MODULE: ./src/runtime/prepare.ts
var prepare = __webpack_require__(31331);
// EXTERNAL MODULE: ./src/transport/capture.ts
var capture = __webpack_require__(95267);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/workspace/layout.ts
var layout = __webpack_require__(52611);
// EXTERNAL MODULE: ./src/workspace/stage.ts
var stage = __webpack_require__(4667);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/backends/incus/payload-manifest.ts
var payload_manifest = __webpack_require__(32844);
;// CONCATENATED MODULE: ./src/prepare/host-output.ts
/**
 * A realized output, checked and handed over on the host that holds it (README "Staged payloads"),
 * through that host's transport: the path is resolved there (`realpath`, not a prefix check) and
 * must be a store path; its payload manifest is read there and every mount it declares must
 * resolve inside the output; the jobs' exposure symlinks are made there, each atomically. Nothing
 * is copied between hosts: a path the host does not have is an error.
 *
 * Each remote command costs a round trip and a login shell on the host, so what belongs together
 * is one script: looking up an earlier realization and inspecting it (`INSPECT_SCRIPT`), and making
 * the exposures with remembering the realization (`EXPOSE_SCRIPT`). The checks stay here, in
 * TypeScript, between the two: nothing is exposed before they pass.
 */




/**
 * `$1` the output, or empty to take it from the marker `$2.out` (a symlink to the store path, with
 * `$2.json` beside it); `$3` the manifest's path inside the output; then the `nix` argv. Prints
 * `marker <json>`, `path <its store path>` and `valid`/`invalid <path>` for a marker, then `root <resolved>` or `missing`,
 * then `manifest <resolved>` and the manifest's text when there is one.
 */
const INSPECT_SCRIPT = [
    'set -u',
    'p=$1 m=$2 rel=$3',
    'shift 3',
    'if [ -z "$p" ]; then',
    '  [ -f "$m.json" ] && p=$(readlink -- "$m.out") || exit 0',
    '  printf \'marker %s\\n\' "$(cat -- "$m.json")"',
    '  printf \'path %s\\n\' "$p"',
    '  if "$@" path-info -- "$p" >/dev/null 2>&1; then echo valid; else printf \'invalid %s\\n\' "$p"; exit 0; fi',
    'fi',
    'root=$(realpath -e -- "$p" 2>/dev/null) || { echo missing; exit 0; }',
    'printf \'root %s\\n\' "$root"',
    'if [ -f "$p/$rel" ]; then',
    '  manifest=$(realpath -e -- "$p/$rel") || exit 1',
    '  printf \'manifest %s\\n\' "$manifest"',
    '  cat -- "$p/$rel"',
    'fi',
].join('\n');
/**
 * `$1` the target, `$2` a marker to remember it under (or empty; its JSON on stdin), then the
 * symlinks to point at it: each is made beside its place and renamed over it, so a job never sees a
 * half-made link; a real directory in the way is an error, not replaced.
 */
const EXPOSE_SCRIPT = [
    'set -eu',
    'target=$1 marker=$2',
    'shift 2',
    'for link in "$@"; do',
    '  if [ -d "$link" ] && [ ! -L "$link" ]; then',
    '    echo "a directory is in the way at $link" >&2',
    '    exit 3',
    '  fi',
    '  mkdir -p -- "$(dirname -- "$link")"',
    '  tmp="$link.pikaci-tmp-$$"',
    '  rm -f -- "$tmp"',
    '  ln -s -- "$target" "$tmp"',
    '  mv -fT -- "$tmp" "$link"',
    'done',
    'if [ -n "$marker" ]; then',
    '  mkdir -p -- "$(dirname -- "$marker")"',
    '  cat > "$marker.json.tmp-$$"',
    '  rm -f -- "$marker.out.tmp-$$"',
    '  ln -s -- "$target" "$marker.out.tmp-$$"',
    '  mv -fT -- "$marker.out.tmp-$$" "$marker.out"',
    '  mv -f -- "$marker.json.tmp-$$" "$marker.json"',
    'fi',
].join('\n');
/** Inspect `out` on the host, or (`out` null) the output remembered by `markerBase`. */
async function inspectOnHost(transport, options) {
    const { out } = options;
    const read = await (0,capture/* mustCapture */.w8)(transport, out === null ? `look up ${options.markerBase}` : `inspect prepared output ${out}`, [
        'sh',
        '-c',
        INSPECT_SCRIPT,
        'sh',
        out ?? '',
        options.markerBase,
        payload_manifest/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD,
        ...options.nixArgv,
    ], { signal: options.signal });
    const inspection = {};
    const lines = read.stdout.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const space = line.indexOf(' ');
        const [key, value] = space === -1 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
        if (key === 'marker')
            inspection.marker = value;
        else if (key === 'path')
            inspection.path = value;
        else if (key === 'invalid')
            inspection.invalid = value;
        else if (key === 'missing')
            inspection.root = 'missing';
        else if (key === 'root')
            inspection.root = value;
        else if (key === 'manifest') {
            inspection.manifestPath = value;
            inspection.manifestText = lines.slice(index + 1).join('\n');
            break;
        }
    }
    return inspection;
}
function notAStorePath(installable, problem) {
    return new errors/* PikaciError */.uy(`nix build ${installable} returned an output that is not a store path: ${problem}`, {
        hint: 'a prepared output must be the /nix/store path of the built derivation; check the flake output',
    });
}
/**
 * The checks on what the host said about `out`: a store path, also once resolved there; a payload
 * manifest inside it that parses and whose mounts stay inside the output once resolved there (only
 * mounts of a subdirectory cost another round trip). Throws before anything is exposed.
 */
async function checkOutput(transport, out, inspection, installable, signal) {
    const host = transport.hostLabel;
    const problem = (0,payload_manifest/* storePathProblem */.qU)(out);
    if (problem !== undefined)
        throw notAStorePath(installable, problem);
    const root = inspection.root;
    if (root === undefined || root === 'missing') {
        throw new errors/* PikaciError */.uy(`nix build ${installable} reported ${out}, but it does not exist on ${host}; refusing to copy it from another host`, { hint: 'a staged output is built and used on the host its jobs run on; check the Nix store there' });
    }
    const resolvedProblem = (0,payload_manifest/* storePathProblem */.qU)(root);
    if (resolvedProblem !== undefined) {
        throw notAStorePath(installable, `\`${out}\` resolves to ${resolvedProblem}`);
    }
    const manifestPath = external_node_path_.posix.join(out, payload_manifest/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD);
    if (inspection.manifestPath === undefined || inspection.manifestText === undefined) {
        throw new errors/* PikaciError */.uy(`missing payload manifest ${manifestPath} on ${host}`, {
            hint: 'a staged output declares its guest mounts in share/pikaci/payload-manifest.json (see nix/ci/linux-rust.nix)',
        });
    }
    (0,payload_manifest/* assertWithinRoot */.cP)(root, inspection.manifestPath, 'payload manifest');
    const manifest = (0,payload_manifest/* parsePayloadManifest */.vc)(inspection.manifestText, `${manifestPath} on ${host}`);
    const elsewhere = (0,payload_manifest/* planDeclaredMounts */.up)(root, manifest).filter((mount) => mount.source !== root);
    if (elsewhere.length > 0) {
        const resolved = await (0,capture/* capture */.Fg)(transport, ['realpath', '-e', '--', ...elsewhere.map((m) => m.source)], {
            signal,
        });
        const lines = resolved.stdout.split('\n');
        if (resolved.exitCode !== 0 || lines.length < elsewhere.length) {
            throw new errors/* PikaciError */.uy(`a payload mount of ${root} does not resolve on ${host} (${(0,capture/* describeExit */.KE)(resolved)}): ${resolved.stderr.trim()}`, { hint: 'every mount in share/pikaci/payload-manifest.json must name a directory inside the output' });
        }
        elsewhere.forEach((mount, index) => (0,payload_manifest/* assertWithinRoot */.cP)(root, lines[index], mount.deviceName));
    }
    return manifest;
}
/**
 * Point every `links` at `target` on the host, each replaced atomically, and when `remember` is
 * given write its marker (the JSON, and a `.out` symlink to `target`) in the same round trip.
 */
async function exposeOnHost(transport, target, links, remember, signal) {
    if (links.length === 0 && remember === null)
        return;
    await (0,capture/* mustCapture */.w8)(transport, `expose ${target}`, ['sh', '-c', EXPOSE_SCRIPT, 'sh', target, remember?.markerBase ?? '', ...links], { signal, stdin: remember?.json ?? '' });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/records/time.ts
var time = __webpack_require__(88577);
;// CONCATENATED MODULE: ./src/prepare/reuse.ts
/**
 * Reuse by snapshot hash (README "Staged payloads"). The content hash names the snapshot's bytes,
 * and a flake built from the same bytes gives the same store path, so after a build the host keeps a
 * marker `W/snapshots/<hash>/prepared-outputs/<output>.{json,out}` (`.out` a symlink to the store
 * path, as Nix's own out-links). A later run on the same hash and host looks it up and asks that
 * host's Nix whether the path is still valid in its store (`./host-output.ts`, one round trip with
 * the inspection): then nothing is evaluated or built (nor sent: the snapshot is there too). A
 * marker that is missing, unreadable, for another hash or output, or whose path Nix no longer holds
 * (garbage-collected) is a miss, said in the log, and the output is built. The marker is not a GC
 * root: Nix may still collect the path, and the next run then builds it again.
 */





const ReuseMarkerSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    content_hash: schemas/* string */.YjP(),
    output_name: schemas/* string */.YjP(),
    realized_path: schemas/* string */.YjP(),
    realized_by_run: schemas/* string */.YjP(),
    realized_at: schemas/* string */.YjP(),
});
/** Output names are flake attribute paths; anything else is named by its digest. */
function markerName(outputName) {
    return /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(outputName)
        ? outputName
        : (0,external_node_crypto_.createHash)('sha256').update(outputName).digest('hex').slice(0, 32);
}
/** The marker's path without its `.json`/`.out` suffix. */
function reuseMarkerBase(workDir, contentHash, outputName) {
    return external_node_path_.posix.join((0,layout/* preparedOutputsDir */.Tv)(workDir, contentHash), markerName(outputName));
}
/** The marker's JSON for a realization made now by `runId`. */
function reuseMarkerJson(marker) {
    return `${JSON.stringify({ schema_version: 1, ...marker, realized_at: (0,time/* rfc3339 */.ag)() })}\n`;
}
/** Whether what the lookup found may be used for this hash and output. */
function decideReuse(lookup, expected) {
    const { markerBase } = expected;
    if (lookup.marker === undefined)
        return { miss: 'not realized from this snapshot on this host before' };
    let json;
    try {
        json = JSON.parse(lookup.marker);
    }
    catch {
        return { miss: `marker ${markerBase}.json is not JSON` };
    }
    const parsed = (0,schema/* safeParse */.x)(ReuseMarkerSchema, json);
    if (!parsed.success)
        return { miss: `marker ${markerBase}.json is not a prepared-output marker` };
    const marker = parsed.data;
    if (marker.content_hash !== expected.contentHash || marker.output_name !== expected.outputName) {
        return { miss: `marker ${markerBase}.json is for another snapshot or output` };
    }
    if (lookup.path !== marker.realized_path) {
        return { miss: `marker ${markerBase}.out does not name ${marker.realized_path}` };
    }
    if (lookup.invalid !== undefined) {
        return { miss: `${lookup.invalid} is no longer valid in the Nix store there (garbage-collected?)` };
    }
    return { reuse: marker };
}

;// CONCATENATED MODULE: ./src/prepare/nix.ts
/**
 * Staged payloads built by real Nix where their jobs run (docs/upstream.md, records 3.6; README
 * "Staged payloads"). A prepare node is placed on its consumers' host by the plan and runs there
 * through the run's transport, the same code for this machine and an SSH host:
 *
 * 1. an output the host already realized from the same snapshot hash, still valid in its Nix store,
 *    is reused (`./reuse.ts`): nothing is staged, evaluated or built;
 * 2. otherwise the run's snapshot is put on the host by the workspace seam (once per content hash
 *    over SSH) and `nix build --no-link --json path:<snapshot there>#<output>` runs there, under the
 *    job supervisor that stops it when the connection or the runner goes, its log streamed into
 *    every consuming job's host.log;
 * 3. the store path is checked there, its payload manifest read and validated there, and the jobs'
 *    exposure symlinks made there (`./host-output.ts`) — all before any instance exists.
 *
 * `nix build --json` is Nix 2.8 and newer; older Nix is refused with a message, not parsed by guess.
 */








/** `PIKACI_NIX` and `PIKACI_NIX_ARGS` (a JSON array of strings) configure the build from the environment. */
function nixBuildOptionsFromEnv(env = process.env) {
    const raw = env.PIKACI_NIX_ARGS;
    let args = [];
    if (raw !== undefined && raw.trim() !== '') {
        const parsed = (0,schema/* safeParse */.x)(schemas/* array */.YOg(schemas/* string */.YjP()), safeJson(raw));
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
/** Nix's stdout is one JSON line; more than this is not what was asked for. */
const STDOUT_LIMIT = 1024 * 1024;
/** The end of Nix's stderr kept for the failure message (the whole log is in the jobs' host.log). */
const STDERR_TAIL = 4 * 1024;
function nixPrepareHandlers(options = {}) {
    const nixArgv = [
        options.nix ?? 'nix',
        ...(options.args ?? []),
        '--extra-experimental-features',
        'nix-command flakes',
    ];
    // The snapshot is staged once per run and host, by the first node built there.
    const snapshots = new Map();
    return {
        async nixBuild(node, ctx) {
            const on = {
                node,
                ctx,
                nixArgv,
                output: node.prepare.output_name,
                host: ctx.transport.hostLabel,
                say: (line) => {
                    for (const log of ctx.logs)
                        log.line(line);
                },
            };
            // Where the snapshot is (or goes) on the host: the plan named the same place.
            const snapshotDir = (0,layout/* hostLayout */.nR)(ctx.transport.placement, { ...ctx.workspace, runDir: ctx.runDir }, ctx.workDir).snapshotDir;
            const installable = `path:${snapshotDir}#${on.output}`;
            if (installable !== node.prepare.installable) {
                throw new errors/* PikaciError */.uy(`prepare node \`${node.id}\` names ${node.prepare.installable}, but the snapshot is at ${snapshotDir} on ${on.host}`, {
                    hint: 'the plan and the workspace disagree on the work dir; rerun with the same --remote-work-dir',
                });
            }
            const hash = ctx.workspace.contentHash;
            const markerBase = hash === null ? null : reuseMarkerBase(ctx.workDir, hash, on.output);
            const earlier = markerBase === null || hash === null ? undefined : await lookUp(on, markerBase, hash);
            let snapshotTransfer = 'not_needed';
            let realization;
            if (earlier === undefined) {
                const staged = await stageOnce(on, snapshots, snapshotDir);
                snapshotTransfer = staged.transfer;
                realization = { path: await build(on, installable), action: 'built' };
            }
            else {
                realization = earlier.realization;
            }
            const requested = node.prepare.handoff?.exposures ?? [];
            const entry = {
                node_id: node.id,
                installable,
                output_name: on.output,
                protocol: 'nix_store_path_v1',
                residency: node.prepare.residency,
                consumer: 'host_local_symlink_mounts_v1',
                realized_path: realization.path,
                consumer_request_path: null,
                consumer_result_path: null,
                consumer_launch_request_path: null,
                consumer_transport_request_path: null,
                requested_exposures: requested,
                placement: ctx.transport.placement,
                host: on.host,
                realization: realization.action,
                reused_from_run: realization.action === 'reused' ? realization.fromRun : null,
                snapshot_transfer: snapshotTransfer,
            };
            let payload = null;
            try {
                const { transport, signal } = ctx;
                const inspection = earlier?.inspection ??
                    (await inspectOnHost(transport, { out: realization.path, markerBase: '', nixArgv, signal }));
                payload = await checkOutput(transport, realization.path, inspection, installable, signal);
                on.say(`[pikaci] staged output ready on ${on.host}: ${on.output} -> ${realization.path}`);
                const remember = realization.action === 'built' && markerBase !== null && hash !== null
                    ? {
                        markerBase,
                        json: reuseMarkerJson({
                            content_hash: hash,
                            output_name: on.output,
                            realized_path: realization.path,
                            realized_by_run: ctx.runId,
                        }),
                    }
                    : null;
                const links = requested.map((exposure) => exposure.path);
                await exposeOnHost(transport, realization.path, links, remember, signal);
                for (const link of links)
                    on.say(`[pikaci] exposed ${link} -> ${realization.path} on ${on.host}`);
            }
            catch (error) {
                const message = (0,errors/* errorMessage */.gJ)(error);
                throw new prepare/* PrepareFailure */.I(message, {
                    ...entry,
                    exposures: [],
                    payload,
                    status: 'failed',
                    error: message,
                });
            }
            const exposures = requested.map((exposure) => ({ ...exposure }));
            return { ...entry, exposures, payload, status: 'succeeded', error: null };
        },
    };
}
/** An earlier realization of this output from the same snapshot hash that the host's Nix still holds. */
async function lookUp(on, markerBase, contentHash) {
    const { transport, signal } = on.ctx;
    const lookup = await inspectOnHost(transport, { out: null, markerBase, nixArgv: on.nixArgv, signal });
    const decision = decideReuse(lookup, { contentHash, outputName: on.output, markerBase });
    if ('miss' in decision) {
        on.say(`[pikaci] prepare \`${on.output}\` on ${on.host}: nothing to reuse (${decision.miss})`);
        return undefined;
    }
    const { realized_path: path, realized_by_run: fromRun } = decision.reuse;
    on.say(`[pikaci] prepare \`${on.output}\` on ${on.host}: reusing ${path}, realized by run ${fromRun} from snapshot ${contentHash} and still valid in the Nix store there; not rebuilt`);
    return { realization: { path, action: 'reused', fromRun }, inspection: lookup };
}
/** The run's snapshot on the node's host, staged by the first node of the run built there. */
async function stageOnce(on, snapshots, snapshotDir) {
    const { ctx } = on;
    const key = `${ctx.runId}\0${ctx.transport.placement}\0${on.host}`;
    let staging = snapshots.get(key);
    if (staging === undefined) {
        staging = (0,stage/* stageSnapshot */.NS)(ctx.transport, ctx.workspace, {
            workDir: ctx.workDir,
            log: on.say,
            signal: ctx.signal,
        });
        snapshots.set(key, staging);
    }
    else {
        on.say(`[pikaci] snapshot of this run already staged on ${on.host}`);
    }
    const staged = await staging;
    if (staged.snapshotDir !== snapshotDir) {
        throw new errors/* PikaciError */.uy(`the snapshot was staged at ${staged.snapshotDir} on ${on.host}, not at ${snapshotDir}`);
    }
    return staged;
}
/**
 * `nix build --no-link --json` on the host under the job supervisor (it stops with the connection or
 * the runner); stdout is the JSON result, stderr the build log, streamed into the consumers' logs.
 */
async function build(on, installable) {
    const { ctx, node, host } = on;
    const transport = ctx.transport;
    const argv = [...on.nixArgv, 'build', '--no-link', '--json', installable];
    on.say(`[pikaci] prepare \`${on.output}\` on ${host}: ${argv.join(' ')}`);
    const stdout = [];
    let stdoutSize = 0;
    let tail = Buffer.alloc(0);
    const supervised = (0,supervisor/* supervisedTransport */.OC)(transport, {
        marker: `${ctx.runId}/${node.id}`,
        jobsLockFile: null,
        local: transport.placement === 'local',
    });
    const result = await supervised.exec({
        argv,
        onStdout: (chunk) => {
            if ((stdoutSize += chunk.length) <= STDOUT_LIMIT)
                stdout.push(chunk);
        },
        onStderr: (chunk) => {
            for (const log of ctx.logs)
                log.write(chunk);
            tail = Buffer.concat([tail, chunk]);
            if (tail.length > STDERR_TAIL)
                tail = tail.subarray(tail.length - STDERR_TAIL);
        },
        signal: ctx.signal,
    });
    if (result.cancelled)
        throw new errors/* PikaciError */.uy('cancelled');
    if (result.connectionLost) {
        throw new errors/* PikaciError */.uy(`lost the connection to ${host} while building \`${node.prepare.output_name}\`; the build there was stopped with its connection`, { hint: 'check the network to that host and run again; nothing was copied or exposed' });
    }
    if (result.exitCode !== 0) {
        throw new errors/* PikaciError */.uy(`nix build ${installable} failed on ${host} (${(0,capture/* describeExit */.KE)(result)}): ${nixError(tail.toString('utf8'))}`, {
            hint: 'the whole build log is in the host.log of each consuming job; the payload must build with `nix build path:<snapshot>#<output>`',
        });
    }
    const text = Buffer.concat(stdout).toString('utf8');
    const built = (0,schema/* safeParse */.x)(BuildResultSchema, safeJson(text));
    if (!built.success) {
        throw new errors/* PikaciError */.uy(`nix build ${installable} on ${host} printed no JSON build result: ${text.slice(0, 200) || '(nothing)'}`, { hint: `pikaci reads \`nix build --json\`, which needs Nix 2.8 or newer on ${host}` });
    }
    return built.data[0].outputs.out;
}
/** Nix's own error (from its first `error:` line on), else the last lines of its log. */
function nixError(stderr) {
    const start = stderr.indexOf('error:');
    const text = start === -1 ? stderr.split('\n').slice(-5).join('\n') : stderr.slice(start);
    return text.trim() || '(no output)';
}

;// CONCATENATED MODULE: ./src/prepare/index.ts
/** Prepare nodes: staged payloads built with Nix. */



/***/ }),

/***/ 31331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PrepareFailure)
/* harmony export */ });
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


/***/ }),

/***/ 4667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ stageSnapshot),
/* harmony export */   os: () => (/* binding */ stageWorkspace),
/* harmony export */   s5: () => (/* binding */ writableCopy)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95267);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81651);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95462);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52611);
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
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(paths.artifactsDir, { recursive: true });
            return {
                onThisMachine: true,
                snapshotDir: run.snapshotDir,
                jobDir: paths.jobDir,
                artifactsDir: paths.artifactsDir,
                cargoHomeDir: run.cargoHomeDir,
                cargoTargetDir: run.cargoTargetDir,
            };
        case 'remote_ssh': {
            const layout = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteLayout */ .JS)(options.workDir, run.runId, run.contentHash);
            const jobId = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(paths.jobDir);
            const staged = {
                onThisMachine: false,
                snapshotDir: layout.snapshotDir,
                jobDir: layout.jobDir(jobId),
                artifactsDir: layout.artifactsDir(jobId),
                cargoHomeDir: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(options.workDir, 'cache/cargo-home'),
                cargoTargetDir: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(layout.runDir, 'cargo-target'),
            };
            const dirs = options.snapshotOnly
                ? [node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(staged.snapshotDir)]
                : [staged.artifactsDir, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(staged.snapshotDir), staged.cargoHomeDir];
            await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mustCapture */ .w8)(transport, 'ensure remote job dirs', (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shArgv */ .oV)(`set -eu; mkdir -p ${dirs.map(_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z).join(' ')}`));
            await publishSnapshot(transport, {
                localDir: run.snapshotDir,
                remoteDir: staged.snapshotDir,
                log: options.log,
                ...(options.signal ? { signal: options.signal } : {}),
            });
            return staged;
        }
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .assertNever */ .x)(transport.placement);
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
            const snapshotDir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteLayout */ .JS)(options.workDir, run.runId, run.contentHash).snapshotDir;
            const synced = await publishSnapshot(transport, {
                localDir: run.snapshotDir,
                remoteDir: snapshotDir,
                log: options.log,
                ...(options.signal ? { signal: options.signal } : {}),
            });
            return { snapshotDir, transfer: synced.action };
        }
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .assertNever */ .x)(transport.placement);
    }
}
/**
 * A private writable copy of the snapshot for one job, made on the host the job runs on (so a job
 * that writes to its workspace cannot change what later jobs see). Returns its path.
 */
async function writableCopy(transport, staged) {
    const copy = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(staged.jobDir, 'workspace');
    await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mustCapture */ .w8)(transport, 'copy the snapshot into a writable workspace', (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shArgv */ .oV)(`set -eu; rm -rf ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(copy)}; cp -a ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(staged.snapshotDir)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .Z)(copy)}`));
    return copy;
}
/** The SSH publisher (and tar with it) is loaded only by a run that has a remote placement. */
async function publishSnapshot(transport, options) {
    const { syncSnapshot } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(430)]).then(__webpack_require__.bind(__webpack_require__, 74430));
    return syncSnapshot(transport, options);
}


/***/ })

};
