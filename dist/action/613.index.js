export const id = 613;
export const ids = [613];
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
    const { Parse } = await __webpack_require__.e(/* import() */ 991).then(__webpack_require__.t.bind(__webpack_require__, 33991, 19));
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


/***/ })

};
