export const id = 3613;
export const ids = [3613];
export const modules = {

/***/ 33613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadRuns: () => (/* binding */ downloadRuns)
});

// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/records/state-root.ts
var state_root = __webpack_require__(84028);
// EXTERNAL MODULE: ./src/records/layout.ts
var layout = __webpack_require__(21498);
// EXTERNAL MODULE: ./src/records/run-id.ts
var run_id = __webpack_require__(59029);
// EXTERNAL MODULE: ./src/records/schemas.ts
var schemas = __webpack_require__(39442);
// EXTERNAL MODULE: ./src/records/atomic.ts
var atomic = __webpack_require__(75517);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/github/rest.ts
var rest = __webpack_require__(66417);
;// CONCATENATED MODULE: ./src/github/artifacts.ts
/**
 * Workflow-run artifacts over REST: list a run's artifacts and stream one artifact's zip to a
 * file. The zip endpoint answers with a redirect to blob storage, which is fetched without the
 * token (the signed URL is the credential, and the token must not leave GitHub's API host).
 */





async function listRunArtifacts(target, runId) {
    const { owner, repo } = (0,rest/* splitRepository */.T8)(target.repository, '--repo');
    const octokit = await (0,rest/* octokitFor */.d_)(target);
    try {
        const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
            owner,
            repo,
            run_id: runId,
            per_page: 100,
        });
        return artifacts.map((artifact) => ({
            id: artifact.id,
            name: artifact.name,
            size_in_bytes: artifact.size_in_bytes,
            expired: artifact.expired,
            expires_at: artifact.expires_at ?? null,
        }));
    }
    catch (error) {
        const status = (0,rest/* httpStatus */.nG)(error);
        if (status === 404) {
            throw new errors/* InputError */.dz(`workflow run ${runId} of ${target.repository} not found (HTTP 404 from ${target.apiUrl ?? rest/* DEFAULT_API_URL */.rK})`, {
                where: '--repo / --run-id',
                hint: 'check the repository name and the run id (the number in the run URL …/actions/runs/<id>); a private repository also answers 404 when the token cannot read it',
            });
        }
        if (status === 401 || status === 403) {
            throw new errors/* InputError */.dz(`the token was refused listing artifacts of ${target.repository} (HTTP ${status})`, {
                where: 'GITHUB_TOKEN / GH_TOKEN',
                hint: 'use a token that can read Actions of this repository (`actions: read`, or `repo` for a classic token)',
            });
        }
        throw new errors/* PikaciError */.uy(`listing the artifacts of run ${runId} failed: ${error.message}`, {
            cause: error,
        });
    }
}
/** Stream artifact `artifactId`'s zip into `destFile`, reporting progress as bytes arrive. */
async function downloadArtifactZip(target, artifact, destFile, onProgress = () => undefined) {
    const { owner, repo } = (0,rest/* splitRepository */.T8)(target.repository, '--repo');
    const base = (target.apiUrl ?? rest/* DEFAULT_API_URL */.rK).replace(/\/+$/, '');
    const url = `${base}/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`;
    let response = await fetch(url, {
        redirect: 'manual',
        headers: {
            authorization: `Bearer ${target.token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'pikaci-download',
        },
    });
    if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        if (!location)
            throw new errors/* PikaciError */.uy(`artifact ${artifact.name}: redirect without a location (HTTP ${response.status})`);
        response = await fetch(new URL(location, url));
    }
    if (response.status === 410) {
        throw new errors/* PikaciError */.uy(`artifact ${artifact.name} has expired (HTTP 410)`, {
            hint: 'artifacts are kept for the retention period only (`retention-days`); rerun the lane to get a new one',
        });
    }
    if (!response.ok || response.body === null) {
        const detail = (await response.text().catch(() => '')).slice(0, 300);
        throw new errors/* PikaciError */.uy(`downloading artifact ${artifact.name} failed (HTTP ${response.status}) ${detail}`.trim());
    }
    const lengthHeader = response.headers.get('content-length');
    const total = lengthHeader === null ? null : Number(lengthHeader);
    let bytes = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            bytes += chunk.length;
            onProgress({ bytes, total });
            callback(null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), counter, (0,external_node_fs_.createWriteStream)(destFile));
    return bytes;
}

;// CONCATENATED MODULE: ./src/github/download-runs.ts
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
    const all = await listRunArtifacts(options.target, options.workflowRunId);
    const ours = [];
    for (const artifact of all) {
        const match = ARTIFACT_NAME.exec(artifact.name);
        if (match)
            ours.push({ ...artifact, lane: match[1], attempt: Number(match[2]) });
    }
    if (ours.length === 0) {
        throw new errors/* InputError */.dz(`workflow run ${options.workflowRunId} of ${options.target.repository} has no pikaci artifacts`, {
            hint: all.length > 0
                ? `its artifacts are: ${all.map((a) => a.name).join(', ')}`
                : 'the run uploaded no artifacts (or they were deleted)',
        });
    }
    const lanes = [...new Set(ours.map((a) => a.lane))].sort();
    if (options.lane !== undefined && !lanes.includes(options.lane)) {
        const near = (0,errors/* closest */.kp)(options.lane, lanes);
        throw new errors/* InputError */.dz(`workflow run ${options.workflowRunId} has no artifact for lane \`${options.lane}\``, {
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
        throw new errors/* PikaciError */.uy(`the artifact${chosen.length > 1 ? 's' : ''} ${chosen.map((a) => a.name).join(', ')} of run ${options.workflowRunId} expired`, {
            hint: "artifacts are kept for the retention period only (the run step's `retention-days`); rerun the lane for fresh records",
        });
    }
    await (0,state_root/* ensureWritableStateRoot */.Sw)(options.stateRoot);
    const downloaded = [];
    for (const artifact of live) {
        for (const runId of await fetchArtifact(options, artifact)) {
            downloaded.push({ ...runId, artifact: artifact.name, lane: artifact.lane, attempt: artifact.attempt });
        }
    }
    return downloaded;
}
async function fetchArtifact(options, artifact) {
    const runs = (0,layout/* runsDir */.AM)(options.stateRoot);
    const scratch = (0,external_node_path_.join)(runs, `.download-${(0,external_node_crypto_.randomUUID)()}`);
    const zipFile = `${scratch}.zip`;
    await (0,promises_.mkdir)(scratch, { recursive: true });
    try {
        const large = artifact.size_in_bytes >= PROGRESS_THRESHOLD_BYTES;
        options.log(`downloading ${artifact.name} (${mebibytes(artifact.size_in_bytes)})`);
        let nextReport = 10;
        await downloadArtifactZip(options.target, artifact, zipFile, ({ bytes, total }) => {
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
        for (const runId of await (0,promises_.readdir)(scratch)) {
            if (!(0,run_id/* isRunId */.Pk)(runId))
                throw new errors/* PikaciError */.uy(`artifact ${artifact.name} holds \`${runId}\`, which is not a run directory`);
            const dest = (0,external_node_path_.join)(runs, runId);
            if (await (0,promises_.stat)(dest).catch(() => null)) {
                options.log(`run ${runId} is already in ${runs}; left as it is`);
                results.push({ runId, status: 'already present' });
                continue;
            }
            await relocateRun((0,external_node_path_.join)(scratch, runId), dest);
            await (0,promises_.rename)((0,external_node_path_.join)(scratch, runId), dest);
            results.push({ runId, status: 'downloaded' });
        }
        return results;
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        await (0,promises_.rm)(zipFile, { force: true });
    }
}
/** Unzip refusing entries that would land outside `dest` (absolute paths, `..`). */
async function extractZip(zipFile, dest, name) {
    const { Parse } = await __webpack_require__.e(/* import() */ 3991).then(__webpack_require__.t.bind(__webpack_require__, 33991, 19));
    const writes = [];
    const parser = Parse();
    parser.on('entry', (entry) => {
        const path = (0,external_node_path_.normalize)(entry.path);
        if ((0,external_node_path_.isAbsolute)(path) || path.split(external_node_path_.sep).includes('..')) {
            entry.autodrain();
            parser.emit('error', new errors/* PikaciError */.uy(`artifact ${name} holds an unsafe path: ${JSON.stringify(entry.path)}`));
            return;
        }
        if (entry.type === 'Directory') {
            entry.autodrain();
            return;
        }
        const target = (0,external_node_path_.join)(dest, path);
        writes.push((0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true }).then(() => (0,external_node_stream_promises_.pipeline)(entry, (0,external_node_fs_.createWriteStream)(target))));
    });
    try {
        await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(zipFile), parser);
        await Promise.all(writes);
    }
    catch (error) {
        throw new errors/* PikaciError */.uy(`artifact ${name} is not a readable zip: ${error.message}`, {
            cause: error,
        });
    }
}
/**
 * Rewrite the runner's absolute paths under its run directory to `finalDir`, where the run will
 * live (run.json and each job's status.json, in `runDir` before it is moved there).
 */
async function relocateRun(runDir, finalDir) {
    const runJson = (0,external_node_path_.join)(runDir, 'run.json');
    const run = (0,schema/* parse */.q)(schemas/* RunRecordSchema */.g$, JSON.parse(await (0,promises_.readFile)(runJson, 'utf8')));
    const firstJob = run.jobs[0];
    const oldRunDir = run.plan_path
        ? (0,external_node_path_.dirname)(run.plan_path)
        : firstJob
            ? (0,external_node_path_.dirname)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(firstJob.host_log_path)))
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
    await (0,atomic/* writeRecord */.r)(runJson, schemas/* RunRecordSchema */.g$, (0,schema/* parse */.q)(schemas/* RunRecordSchema */.g$, move(run)));
    for (const job of run.jobs) {
        const statusJson = (0,external_node_path_.join)(runDir, 'jobs', job.id, 'status.json');
        const text = await (0,promises_.readFile)(statusJson, 'utf8').catch(() => null);
        if (text === null)
            continue;
        await (0,atomic/* writeRecord */.r)(statusJson, schemas/* JobRecordSchema */.Sl, (0,schema/* parse */.q)(schemas/* JobRecordSchema */.Sl, move(JSON.parse(text))));
    }
}
function mebibytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}


/***/ }),

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

/***/ 21498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ runsDir),
/* harmony export */   Lw: () => (/* binding */ cargoHomeDir),
/* harmony export */   Ot: () => (/* binding */ runPaths),
/* harmony export */   wt: () => (/* binding */ jobPaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** The state-root layout (docs/upstream.md, records 1.4). Every path here is absolute. */

function runsDir(stateRoot) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateRoot, 'runs');
}
function cargoHomeDir(stateRoot) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateRoot, 'cache', 'cargo-home');
}
function runPaths(stateRoot, runId) {
    const runDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runsDir(stateRoot), runId);
    return {
        runDir,
        runJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'run.json'),
        planJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'plan.json'),
        preparedOutputsJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'prepared-outputs.json'),
        snapshotDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'snapshot'),
        cargoTargetDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'cargo-target'),
        jobsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'jobs'),
    };
}
function jobPaths(runDir, jobId) {
    const jobDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'jobs', jobId);
    const artifactsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'artifacts');
    return {
        jobDir,
        statusJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'status.json'),
        hostLog: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'host.log'),
        artifactsDir,
        guestLog: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(artifactsDir, 'guest.log'),
        resultJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(artifactsDir, 'result.json'),
    };
}


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

/***/ 11107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse),
/* harmony export */   x: () => (/* binding */ safeParse)
/* harmony export */ });
/**
 * zod's one entry in the project: source files import `z`, `parse` and `safeParse` from here, never from
 * 'zod' (eslint `no-restricted-imports`), and parse only through those two (eslint
 * `no-restricted-syntax`).
 *
 * Both turn zod's JIT off for the parse. On an object schema's first parse the JIT generates
 * and compiles a parser with `new Function`, which pays off over thousands of parses; a pikaci
 * process parses each schema a few times, so the generated code is all cost (about 7 ms of a one-job
 * `pikaci run`, issue 13, `npm run bench run-overhead`). The JIT is only a fast path for the same
 * checks, so results are the same (`__tests__/schema/jitless.test.ts` compares both on the real
 * catalog and manifest and thousands of mutations). It is a per-call option, not `z.config`, so a
 * program that imports this library keeps its own zod settings.
 */


const ONE_SHOT = { jitless: true };
/** `schema.parse(value)` without the JIT: throws zod's error (for values this process made itself). */
function parse(schema, value) {
    return schema.parse(value, ONE_SHOT);
}
/** `schema.safeParse(value)` without the JIT. */
function safeParse(schema, value) {
    return schema.safeParse(value, ONE_SHOT);
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


/***/ })

};
