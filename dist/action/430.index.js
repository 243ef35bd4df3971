export const id = 430;
export const ids = [430];
export const modules = {

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
