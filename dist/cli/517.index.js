export const id = 517;
export const ids = [517];
export const modules = {

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadRuns: () => (/* reexport */ downloadRuns),
  splitRepository: () => (/* reexport */ rest_splitRepository)
});

// UNUSED EXPORTS: DEFAULT_API_URL, PR_FILES_API_CAP, ZERO_SHA, createCompletedCheckRun, downloadArtifactZip, listPullRequestFiles, listRunArtifacts, listWorkflowRunJobs, parseEvent, parseGroupInput, parseLaneRequest, readEvent, resolveDiffRange, short

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/github/event.ts
/**
 * The workflow event, read from `GITHUB_EVENT_NAME` and the JSON file at `GITHUB_EVENT_PATH`.
 * Only the fields the plan uses are parsed; everything else in the payload is ignored.
 */



const sha = schemas/* string */.YjP().regex(/^[0-9a-f]{40}$/, 'expected a 40-character hex commit SHA');
/** A PR side's repository: its `full_name`, `deleted` for an explicit null (a deleted fork), absent when not sent. */
const repoRef = schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() })
    .nullable()
    .optional()
    .transform((repo) => repo === undefined ? undefined : repo === null ? 'deleted' : repo.full_name);
const pullRequestPayload = schemas/* object */.Ikc({
    pull_request: schemas/* object */.Ikc({
        number: schemas/* number */.aig().int().positive(),
        base: schemas/* object */.Ikc({ sha, ref: schemas/* string */.YjP().optional(), repo: repoRef }),
        head: schemas/* object */.Ikc({ sha, ref: schemas/* string */.YjP().optional(), repo: repoRef }),
        changed_files: schemas/* number */.aig().int().nonnegative().optional(),
    }),
});
const pushPayload = schemas/* object */.Ikc({
    ref: schemas/* string */.YjP().optional(),
    before: sha,
    after: sha,
    forced: schemas/* boolean */.zMY().optional(),
});
const mergeGroupPayload = schemas/* object */.Ikc({
    merge_group: schemas/* object */.Ikc({ base_sha: sha, head_sha: sha }),
});
/** All zeros: the `before` of a push that created the branch. */
const event_ZERO_SHA = '0'.repeat(40);
/**
 * Parse the event payload text for `name`. `where` names the payload file in messages.
 * Throws `InputError` naming the file, the key path and what was expected.
 */
function parseEvent(name, payloadText, where) {
    let payload;
    try {
        payload = JSON.parse(payloadText);
    }
    catch (error) {
        throw new InputError(`event payload is not valid JSON (${error.message})`, {
            where,
            hint: 'GITHUB_EVENT_PATH must point at the JSON event payload the runner writes',
        });
    }
    switch (name) {
        case 'pull_request':
        case 'pull_request_target': {
            const { pull_request: pr } = validate(pullRequestPayload, payload, name, where);
            return {
                kind: 'pull_request',
                name,
                pullRequest: {
                    number: pr.number,
                    baseSha: pr.base.sha,
                    headSha: pr.head.sha,
                    changedFiles: pr.changed_files ?? null,
                    headRepository: pr.head.repo ?? null,
                    baseRepository: pr.base.repo === 'deleted' ? null : (pr.base.repo ?? null),
                },
            };
        }
        case 'push': {
            const push = validate(pushPayload, payload, name, where);
            return {
                kind: 'push',
                name,
                ref: push.ref ?? null,
                before: push.before,
                after: push.after,
                forced: push.forced ?? false,
            };
        }
        case 'merge_group': {
            const { merge_group: group } = validate(mergeGroupPayload, payload, name, where);
            return { kind: 'merge_group', name, baseSha: group.base_sha, headSha: group.head_sha };
        }
        case 'schedule':
            return { kind: 'schedule', name };
        case 'workflow_dispatch':
            return { kind: 'workflow_dispatch', name };
        default:
            return { kind: 'other', name };
    }
}
/** Read the event the runner describes in `env` (`GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`). */
async function readEvent(env = process.env) {
    const name = env['GITHUB_EVENT_NAME']?.trim();
    if (!name) {
        throw new InputError('GITHUB_EVENT_NAME is not set', {
            hint: 'run the plan step inside a GitHub Actions workflow (or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH)',
        });
    }
    const path = env['GITHUB_EVENT_PATH']?.trim();
    if (!path) {
        throw new InputError(`GITHUB_EVENT_PATH is not set (event \`${name}\`)`, {
            hint: 'the runner sets it to the JSON event payload; set it when running the action by hand',
        });
    }
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new InputError(`cannot read the event payload (${error.message})`, { where: path });
    }
    return parseEvent(name, text, path);
}
function validate(schema, payload, name, where) {
    const result = schema.safeParse(payload);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const key = issue.path.length === 0 ? '(root)' : issue.path.join('.');
    throw new InputError(`\`${name}\` event payload: \`${key}\`: ${issue.message}`, {
        where,
        hint: `the plan step reads ${describeFields(name)} from the payload`,
    });
}
function describeFields(name) {
    switch (name) {
        case 'push':
            return '`before`, `after` and `forced`';
        case 'merge_group':
            return '`merge_group.base_sha` and `merge_group.head_sha`';
        default:
            return '`pull_request.number`, `pull_request.base.sha` and `pull_request.head.sha`';
    }
}

;// CONCATENATED MODULE: ./src/github/range.ts


function resolveDiffRange(event, options) {
    if (options.group === 'nightly' && event.kind !== 'workflow_dispatch') {
        return rule('nightly', { kind: 'all' }, `\`group: nightly\` on ${event.name}: every nightly lane`);
    }
    switch (event.kind) {
        case 'pull_request': {
            const pr = event.pullRequest;
            return {
                kind: 'diff',
                compare: 'merge-base',
                base: pr.baseSha,
                head: pr.headSha,
                // pull_request_target runs with the base repository's secrets: the PR must not choose its lanes.
                manifestRevision: event.name === 'pull_request_target' ? pr.baseSha : null,
                pullRequest: pr,
            };
        }
        case 'push':
            if (event.before === ZERO_SHA) {
                return rule('branch', { kind: 'all' }, `push created ${event.ref ?? 'the branch'} (\`before\` is the zero SHA): nothing to diff, every branch lane`, event.after);
            }
            if (event.forced) {
                return rule('branch', { kind: 'all' }, `force push to ${event.ref ?? 'the branch'}: \`before\` ${range_short(event.before)} is not in the new history, every branch lane`, event.after);
            }
            return {
                kind: 'diff',
                compare: 'two-dot',
                base: event.before,
                head: event.after,
                manifestRevision: null,
                pullRequest: null,
            };
        case 'merge_group':
            return {
                kind: 'diff',
                compare: 'two-dot',
                base: event.baseSha,
                head: event.headSha,
                manifestRevision: null,
                pullRequest: null,
            };
        case 'schedule':
            return options.group === 'branch'
                ? rule('branch', { kind: 'all' }, 'schedule with `group: branch`: nothing to diff, every branch lane')
                : rule('nightly', { kind: 'all' }, 'schedule: every nightly lane');
        case 'workflow_dispatch': {
            const group = options.group ?? 'branch';
            return options.lanes.kind === 'all'
                ? rule(group, options.lanes, `workflow_dispatch: every ${group} lane`)
                : rule(group, options.lanes, 'workflow_dispatch: named in the `lanes` input');
        }
        case 'other':
            return rule('branch', { kind: 'all' }, `event \`${event.name}\` carries no diff range: every branch lane`);
    }
}
/** Parse the `lanes` input: empty or `all` ⇒ every lane, else comma/whitespace-separated ids. */
function parseLaneRequest(input) {
    const ids = input
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
    if (ids.length === 0 || (ids.length === 1 && ids[0] === 'all'))
        return { kind: 'all' };
    if (ids.includes('all')) {
        throw new InputError(`\`lanes\` input mixes \`all\` with lane ids: ${JSON.stringify(input)}`, {
            where: 'input `lanes`',
            hint: 'give either `all` or a comma-separated list of lane ids',
        });
    }
    return { kind: 'ids', ids: [...new Set(ids)] };
}
/** Parse the `group` input: empty ⇒ the event decides. */
function parseGroupInput(input) {
    const value = input.trim();
    if (value === '')
        return null;
    if (value === 'branch' || value === 'nightly')
        return value;
    throw new InputError(`\`group\` input must be \`branch\`, \`nightly\` or empty, got ${JSON.stringify(value)}`, {
        where: 'input `group`',
    });
}
function rule(group, lanes, reason, head = null) {
    return { kind: 'rule', group, lanes, reason, head };
}
function range_short(commit) {
    return commit.slice(0, 12);
}

;// CONCATENATED MODULE: ./src/github/pr-files.ts
/**
 * The PR files REST endpoint (`GET /repos/{owner}/{repo}/pulls/{n}/files`), the stand-in for git
 * history a shallow checkout lacks. GitHub returns at most 3000 files for a PR.
 */

/** The endpoint's documented cap: a PR with more files lists only the first 3000. */
const PR_FILES_API_CAP = 3000;
async function listPullRequestFiles(request) {
    const [owner, repo, ...rest] = request.repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new PikaciError(`GITHUB_REPOSITORY must be \`owner/name\`, got ${JSON.stringify(request.repository)}`);
    }
    // Imported here, not at the top: @actions/github parses GITHUB_EVENT_PATH on import and costs
    // start-up time that the git path does not need.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(request.token, request.apiUrl ? { baseUrl: request.apiUrl } : {});
    const files = [];
    let entries = 0;
    try {
        const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
            owner,
            repo,
            pull_number: request.number,
            per_page: 100,
        });
        for await (const page of pages) {
            for (const entry of page.data) {
                entries++;
                files.push(entry.filename);
                if (entry.previous_filename)
                    files.push(entry.previous_filename);
            }
        }
    }
    catch (error) {
        throw new PikaciError(`listing the files of PR #${request.number} in ${request.repository} failed: ${error.message}`, {
            hint: 'the token needs `pull-requests: read` (and `contents: read`); or check out with `fetch-depth: 0`',
            cause: error,
        });
    }
    return { files, entries, truncated: entries >= PR_FILES_API_CAP };
}

;// CONCATENATED MODULE: ./src/github/rest.ts
/**
 * What every REST call here needs: a token, the `owner/name` repository and the API base URL
 * (`GITHUB_API_URL`, for GHES or a test stand-in). Octokit is imported lazily: @actions/github
 * reads the event file on import and costs start-up time the git-only paths do not need.
 */

const DEFAULT_API_URL = 'https://api.github.com';
function rest_splitRepository(repository, where = 'GITHUB_REPOSITORY') {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors.InputError(`${where} must be \`owner/name\`, got ${JSON.stringify(repository)}`, { where });
    }
    return { owner, repo };
}
async function rest_octokitFor(target) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(target.token, target.apiUrl ? { baseUrl: target.apiUrl } : {});
}
/** The HTTP status of an Octokit `RequestError`, else null. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
/** Wrap a failed REST call: what was attempted, the status, and what usually fixes it. */
function rest_restError(what, error, hint) {
    const status = httpStatus(error);
    return new PikaciError(`${what} failed${status === null ? '' : ` (HTTP ${status})`}: ${error.message}`, {
        hint,
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/github/jobs.ts
/**
 * The jobs of the current workflow run (`GET /repos/{o}/{r}/actions/runs/{id}/jobs?filter=latest`):
 * the only place a later job can read each matrix leg's own conclusion, since `needs.<job>.result`
 * folds every leg into one value. `filter=latest` keeps the newest attempt of each re-run job.
 */

async function listWorkflowRunJobs(target, runId) {
    const { owner, repo } = splitRepository(target.repository);
    const octokit = await octokitFor(target);
    try {
        const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
            owner,
            repo,
            run_id: runId,
            filter: 'latest',
            per_page: 100,
        });
        return jobs.map((job) => ({
            name: job.name,
            status: job.status,
            conclusion: job.conclusion ?? null,
            html_url: job.html_url ?? null,
            run_attempt: job.run_attempt ?? null,
            started_at: job.started_at ?? null,
            completed_at: job.completed_at ?? null,
        }));
    }
    catch (error) {
        throw restError(`listing the jobs of workflow run ${runId} in ${target.repository}`, error, 'the token needs `actions: read`');
    }
}

;// CONCATENATED MODULE: ./src/github/checks.ts
/**
 * Completed check runs (`POST /repos/{o}/{r}/check-runs`), used for the per-lane `skipped` checks.
 * Fork PRs get a read-only token, so callers treat a failure here as a warning.
 */

const MAX_CHECK_TEXT = 65_535;
async function createCompletedCheckRun(target, check) {
    const { owner, repo } = splitRepository(target.repository);
    const octokit = await octokitFor(target);
    try {
        const response = await octokit.rest.checks.create({
            owner,
            repo,
            name: check.name,
            head_sha: check.headSha,
            status: 'completed',
            conclusion: check.conclusion,
            completed_at: new Date().toISOString(),
            ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
            output: { title: check.title, summary: check.summary.slice(0, MAX_CHECK_TEXT) },
        });
        return response.data.id;
    }
    catch (error) {
        throw restError(`creating the check run \`${check.name}\` in ${target.repository}`, error, 'the workflow needs `permissions: checks: write` (a fork PR gets a read-only token and cannot create check runs)');
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/github/artifacts.ts
/**
 * Workflow-run artifacts over REST: list a run's artifacts and stream one artifact's zip to a
 * file. The zip endpoint answers with a redirect to blob storage, which is fetched without the
 * token (the signed URL is the credential, and the token must not leave GitHub's API host).
 */





async function listRunArtifacts(target, runId) {
    const { owner, repo } = rest_splitRepository(target.repository, '--repo');
    const octokit = await rest_octokitFor(target);
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
        const status = httpStatus(error);
        if (status === 404) {
            throw new errors.InputError(`workflow run ${runId} of ${target.repository} not found (HTTP 404 from ${target.apiUrl ?? DEFAULT_API_URL})`, {
                where: '--repo / --run-id',
                hint: 'check the repository name and the run id (the number in the run URL …/actions/runs/<id>); a private repository also answers 404 when the token cannot read it',
            });
        }
        if (status === 401 || status === 403) {
            throw new errors.InputError(`the token was refused listing artifacts of ${target.repository} (HTTP ${status})`, {
                where: 'GITHUB_TOKEN / GH_TOKEN',
                hint: 'use a token that can read Actions of this repository (`actions: read`, or `repo` for a classic token)',
            });
        }
        throw new errors.PikaciError(`listing the artifacts of run ${runId} failed: ${error.message}`, {
            cause: error,
        });
    }
}
/** Stream artifact `artifactId`'s zip into `destFile`, reporting progress as bytes arrive. */
async function downloadArtifactZip(target, artifact, destFile, onProgress = () => undefined) {
    const { owner, repo } = rest_splitRepository(target.repository, '--repo');
    const base = (target.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
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
            throw new errors.PikaciError(`artifact ${artifact.name}: redirect without a location (HTTP ${response.status})`);
        response = await fetch(new URL(location, url));
    }
    if (response.status === 410) {
        throw new errors.PikaciError(`artifact ${artifact.name} has expired (HTTP 410)`, {
            hint: 'artifacts are kept for the retention period only (`retention-days`); rerun the lane to get a new one',
        });
    }
    if (!response.ok || response.body === null) {
        const detail = (await response.text().catch(() => '')).slice(0, 300);
        throw new errors.PikaciError(`downloading artifact ${artifact.name} failed (HTTP ${response.status}) ${detail}`.trim());
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(1056);
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
        throw new errors.InputError(`workflow run ${options.workflowRunId} of ${options.target.repository} has no pikaci artifacts`, {
            hint: all.length > 0
                ? `its artifacts are: ${all.map((a) => a.name).join(', ')}`
                : 'the run uploaded no artifacts (or they were deleted)',
        });
    }
    const lanes = [...new Set(ours.map((a) => a.lane))].sort();
    if (options.lane !== undefined && !lanes.includes(options.lane)) {
        const near = (0,errors/* closest */.kp)(options.lane, lanes);
        throw new errors.InputError(`workflow run ${options.workflowRunId} has no artifact for lane \`${options.lane}\``, {
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
        throw new errors.PikaciError(`the artifact${chosen.length > 1 ? 's' : ''} ${chosen.map((a) => a.name).join(', ')} of run ${options.workflowRunId} expired`, {
            hint: "artifacts are kept for the retention period only (the run step's `retention-days`); rerun the lane for fresh records",
        });
    }
    await (0,records.ensureWritableStateRoot)(options.stateRoot);
    const downloaded = [];
    for (const artifact of live) {
        for (const runId of await fetchArtifact(options, artifact)) {
            downloaded.push({ ...runId, artifact: artifact.name, lane: artifact.lane, attempt: artifact.attempt });
        }
    }
    return downloaded;
}
async function fetchArtifact(options, artifact) {
    const runs = (0,records.runsDir)(options.stateRoot);
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
            if (!(0,records.isRunId)(runId))
                throw new errors.PikaciError(`artifact ${artifact.name} holds \`${runId}\`, which is not a run directory`);
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
    const { Parse } = await __webpack_require__.e(/* import() */ 991).then(__webpack_require__.t.bind(__webpack_require__, 3991, 19));
    const writes = [];
    const parser = Parse();
    parser.on('entry', (entry) => {
        const path = (0,external_node_path_.normalize)(entry.path);
        if ((0,external_node_path_.isAbsolute)(path) || path.split(external_node_path_.sep).includes('..')) {
            entry.autodrain();
            parser.emit('error', new errors.PikaciError(`artifact ${name} holds an unsafe path: ${JSON.stringify(entry.path)}`));
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
        throw new errors.PikaciError(`artifact ${name} is not a readable zip: ${error.message}`, {
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
    const run = records.RunRecordSchema.parse(JSON.parse(await (0,promises_.readFile)(runJson, 'utf8')));
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
    await (0,records.writeRecord)(runJson, records.RunRecordSchema, records.RunRecordSchema.parse(move(run)));
    for (const job of run.jobs) {
        const statusJson = (0,external_node_path_.join)(runDir, 'jobs', job.id, 'status.json');
        const text = await (0,promises_.readFile)(statusJson, 'utf8').catch(() => null);
        if (text === null)
            continue;
        await (0,records.writeRecord)(statusJson, records.JobRecordSchema, records.JobRecordSchema.parse(move(JSON.parse(text))));
    }
}
function mebibytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./src/github/index.ts
/** The GitHub side: the workflow event, its diff range, and the REST endpoints the action and CLI use. */










/***/ })

};
