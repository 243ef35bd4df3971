export const id = 874;
export const ids = [874];
export const modules = {

/***/ 44874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadRuns: () => (/* binding */ downloadRuns)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21056);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93609);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4616);
/**
 * `pikaci download`: fetch the `pikaci-<lane>-<attempt>` artifacts of a workflow run and unpack
 * each into `<state root>/runs/<run_id>`, so `pikaci list/status/logs` work offline. Records hold
 * absolute paths of the runner's state root; they are rewritten to the local one on the way in.
 * Each run is unpacked into a temporary directory first and renamed into place, so an interrupted
 * download never leaves a half run behind, and a run already present is left untouched.
 */









const ARTIFACT_NAME = /^pikaci-(.+)-(\d+)$/;
const PROGRESS_THRESHOLD_BYTES = 1024 * 1024;
async function downloadRuns(options) {
    const all = await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .listRunArtifacts */ .N)(options.target, options.workflowRunId);
    const ours = [];
    for (const artifact of all) {
        const match = ARTIFACT_NAME.exec(artifact.name);
        if (match)
            ours.push({ ...artifact, lane: match[1], attempt: Number(match[2]) });
    }
    if (ours.length === 0) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`workflow run ${options.workflowRunId} of ${options.target.repository} has no pikaci artifacts`, {
            hint: all.length > 0
                ? `its artifacts are: ${all.map((a) => a.name).join(', ')}`
                : 'the run uploaded no artifacts (or they were deleted)',
        });
    }
    const lanes = [...new Set(ours.map((a) => a.lane))].sort();
    if (options.lane !== undefined && !lanes.includes(options.lane)) {
        const near = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .closest */ .kp)(options.lane, lanes);
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`workflow run ${options.workflowRunId} has no artifact for lane \`${options.lane}\``, {
            where: '--lane',
            hint: `${near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(', ')}? ` : ''}lanes with artifacts: ${lanes.join(', ')}`,
        });
    }
    // The newest attempt of each lane: a re-run's records supersede the earlier attempt's.
    const chosen = lanes
        .filter((lane) => options.lane === undefined || lane === options.lane)
        .map((lane) => ours.filter((a) => a.lane === lane).sort((a, b) => b.attempt - a.attempt)[0]);
    const live = chosen.filter((artifact) => !artifact.expired);
    for (const artifact of chosen.filter((a) => a.expired)) {
        options.log(`artifact ${artifact.name} has expired${artifact.expires_at ? ` (${artifact.expires_at})` : ''}; skipped`);
    }
    if (live.length === 0) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`the artifact${chosen.length > 1 ? 's' : ''} ${chosen.map((a) => a.name).join(', ')} of run ${options.workflowRunId} expired`, {
            hint: "artifacts are kept for the retention period only (the run step's `retention-days`); rerun the lane for fresh records",
        });
    }
    await (0,_records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureWritableStateRoot */ .Sw)(options.stateRoot);
    const downloaded = [];
    for (const artifact of live) {
        for (const runId of await fetchArtifact(options, artifact)) {
            downloaded.push({ ...runId, artifact: artifact.name, lane: artifact.lane, attempt: artifact.attempt });
        }
    }
    return downloaded;
}
async function fetchArtifact(options, artifact) {
    const runs = (0,_records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .runsDir */ .AM)(options.stateRoot);
    const scratch = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(runs, `.download-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    const zipFile = `${scratch}.zip`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(scratch, { recursive: true });
    try {
        const large = artifact.size_in_bytes >= PROGRESS_THRESHOLD_BYTES;
        options.log(`downloading ${artifact.name} (${mebibytes(artifact.size_in_bytes)})`);
        let nextReport = 10;
        await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .downloadArtifactZip */ .E)(options.target, artifact, zipFile, ({ bytes, total }) => {
            const size = total ?? artifact.size_in_bytes;
            if (!large || size <= 0)
                return;
            const percent = Math.floor((bytes / size) * 100);
            if (percent >= nextReport) {
                options.log(`  ${artifact.name}: ${Math.min(percent, 100)}% (${mebibytes(bytes)} of ${mebibytes(size)})`);
                nextReport = Math.floor(percent / 10) * 10 + 10;
            }
        });
        await extractZip(zipFile, scratch, artifact.name);
        const results = [];
        for (const runId of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(scratch)) {
            if (!(0,_records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .isRunId */ .Pk)(runId))
                throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`artifact ${artifact.name} holds \`${runId}\`, which is not a run directory`);
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(runs, runId);
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(dest).catch(() => null)) {
                options.log(`run ${runId} is already in ${runs}; left as it is`);
                results.push({ runId, status: 'already present' });
                continue;
            }
            await relocateRun((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, runId), dest);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, runId), dest);
            results.push({ runId, status: 'downloaded' });
        }
        return results;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(scratch, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(zipFile, { force: true });
    }
}
/** Unzip refusing entries that would land outside `dest` (absolute paths, `..`). */
async function extractZip(zipFile, dest, name) {
    const { Parse } = await __webpack_require__.e(/* import() */ 991).then(__webpack_require__.t.bind(__webpack_require__, 33991, 19));
    const writes = [];
    const parser = Parse();
    parser.on('entry', (entry) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.normalize)(entry.path);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(path) || path.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).includes('..')) {
            entry.autodrain();
            parser.emit('error', new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`artifact ${name} holds an unsafe path: ${JSON.stringify(entry.path)}`));
            return;
        }
        if (entry.type === 'Directory') {
            entry.autodrain();
            return;
        }
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dest, path);
        writes.push((0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true }).then(() => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target))));
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(zipFile), parser);
        await Promise.all(writes);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PikaciError */ .uy(`artifact ${name} is not a readable zip: ${error.message}`, {
            cause: error,
        });
    }
}
/**
 * Rewrite the runner's absolute paths under its run directory to `finalDir`, where the run will
 * live (run.json and each job's status.json, in `runDir` before it is moved there).
 */
async function relocateRun(runDir, finalDir) {
    const runJson = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(runDir, 'run.json');
    const run = _records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$.parse(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(runJson, 'utf8')));
    const firstJob = run.jobs[0];
    const oldRunDir = run.plan_path
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(run.plan_path)
        : firstJob
            ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(firstJob.host_log_path)))
            : null;
    if (oldRunDir === null || oldRunDir === finalDir)
        return;
    const move = (value) => {
        if (typeof value === 'string') {
            return value === oldRunDir || value.startsWith(`${oldRunDir}/`)
                ? finalDir + value.slice(oldRunDir.length)
                : value;
        }
        if (Array.isArray(value))
            return value.map(move);
        if (value !== null && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, move(inner)]));
        }
        return value;
    };
    await (0,_records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRecord */ .rh)(runJson, _records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$, _records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$.parse(move(run)));
    for (const job of run.jobs) {
        const statusJson = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(runDir, 'jobs', job.id, 'status.json');
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(statusJson, 'utf8').catch(() => null);
        if (text === null)
            continue;
        await (0,_records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRecord */ .rh)(statusJson, _records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .JobRecordSchema */ .Sl, _records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .JobRecordSchema */ .Sl.parse(move(JSON.parse(text))));
    }
}
function mebibytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}


/***/ })

};
