export const id = 4430;
export const ids = [4430];
export const modules = {

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

/***/ 74430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncSnapshot: () => (/* binding */ syncSnapshot)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11107);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98697);
/* harmony import */ var _snapshot_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43031);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95462);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95267);
/**
 * Publish a local snapshot on a placement host without clobbering (docs/upstream.md, executor 3.3 step 2): reuse a
 * remote copy whose marker carries the same content hash; otherwise stream a tar into a temporary
 * sibling directory and rename it into place. The first writer wins; a marker with another hash, or
 * none, is an error rather than a guess.
 */







async function readRemoteHash(transport, remoteDir) {
    const marker = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(remoteDir, _snapshot_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SNAPSHOT_METADATA_FILE */ .mh);
    const read = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .mustCapture */ .w8)(transport, `read remote snapshot metadata ${marker}`, (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shArgv */ .oV)(`if test -f ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(marker)}; then cat ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(marker)}; fi`));
    if (read.stdout.trim() === '')
        return undefined;
    let json;
    try {
        json = JSON.parse(read.stdout);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${String(error)}`);
    }
    const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_7__/* .safeParse */ .x)(_snapshot_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SnapshotMetadataSchema */ .D6, json);
    if (!parsed.success) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${parsed.error.message}`);
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
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`remote snapshot at ${remoteDir} on ${host} is missing content hash ${local}; refusing ambiguous reuse`, { hint: `remove ${remoteDir} on ${host} if it is stale` });
    }
    if (remote !== local) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`remote snapshot hash mismatch at ${remoteDir} on ${host} (expected ${local}, got ${remote})`, {
            hint: `another writer published different content under this hash; inspect ${remoteDir} on ${host}`,
        });
    }
    return true;
}
async function syncSnapshot(transport, options) {
    const { localDir, remoteDir, log } = options;
    const host = transport.hostLabel;
    const local = (await (0,_snapshot_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readSnapshotMetadata */ .U$)(localDir)).content_hash;
    const reuseLine = `[pikaci] remote snapshot already available at ${remoteDir}${local ? ` (content hash ${local})` : ''}`;
    if (ready(local, await readRemoteHash(transport, remoteDir), remoteDir, host)) {
        log(reuseLine);
        return { action: 'reused', contentHash: local };
    }
    const parent = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(remoteDir);
    const staging = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(parent, `.pikaci-sync-snapshot-${process.pid}-${process.hrtime.bigint()}`);
    log(`[pikaci] sync snapshot ${localDir} -> ${host}:${remoteDir}`);
    await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .mustCapture */ .w8)(transport, 'prepare remote snapshot staging dir', (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shArgv */ .oV)(`set -eu; mkdir -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(parent)}; rm -rf ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(staging)}; mkdir -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(staging)}`));
    // The tar stream is produced as the remote side reads it: nothing is staged in memory or on disk.
    const tarStream = node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from((0,tar__WEBPACK_IMPORTED_MODULE_2__/* .create */ .vt)({ cwd: localDir, portable: true }, ['.']));
    let localError;
    tarStream.on('error', (error) => {
        localError = error;
    });
    const upload = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .capture */ .Fg)(transport, ['tar', '-C', staging, '-xf', '-'], {
        stdin: tarStream,
        signal: options.signal,
    });
    if (localError !== undefined || upload.exitCode !== 0) {
        await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .capture */ .Fg)(transport, (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shArgv */ .oV)(`rm -rf ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(staging)}`));
        const local = localError === undefined ? 'ok' : String(localError);
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`sync snapshot to ${host} failed (local tar: ${local}; remote tar: ${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeExit */ .KE)(upload)})${upload.stderr.trim() ? `: ${upload.stderr.trim()}` : ''}`);
    }
    // `mv -T` never moves the staging dir *into* a directory that appeared meanwhile.
    const q = { staging: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(staging), target: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shellQuote */ .Z)(remoteDir) };
    await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .mustCapture */ .w8)(transport, 'finalize remote snapshot sync', (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .shArgv */ .oV)(`if [ -e ${q.target} ]; then rm -rf ${q.staging}; ` +
        `elif mv -T ${q.staging} ${q.target} 2>/dev/null; then :; ` +
        `elif [ -e ${q.target} ]; then rm -rf ${q.staging}; else rm -rf ${q.staging}; exit 1; fi`));
    const published = await readRemoteHash(transport, remoteDir);
    if (published === undefined) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`remote snapshot at ${remoteDir} on ${host} is still missing a ready marker after publish; refusing ambiguous reuse`);
    }
    ready(local, published, remoteDir, host);
    return { action: 'uploaded', contentHash: local };
}


/***/ })

};
