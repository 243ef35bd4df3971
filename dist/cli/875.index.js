export const id = 875;
export const ids = [875];
export const modules = {

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ downloadArtifactZip),
/* harmony export */   N: () => (/* binding */ listRunArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15756);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66417);
/**
 * Workflow-run artifacts over REST: list a run's artifacts and stream one artifact's zip to a
 * file. The zip endpoint answers with a redirect to blob storage, which is fetched without the
 * token (the signed URL is the credential, and the token must not leave GitHub's API host).
 */





async function listRunArtifacts(target, runId) {
    const { owner, repo } = (0,_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRepository */ .T8)(target.repository, '--repo');
    const octokit = await (0,_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .octokitFor */ .d_)(target);
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
        const status = (0,_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(error);
        if (status === 404) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__.InputError(`workflow run ${runId} of ${target.repository} not found (HTTP 404 from ${target.apiUrl ?? _rest_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_API_URL */ .rK})`, {
                where: '--repo / --run-id',
                hint: 'check the repository name and the run id (the number in the run URL …/actions/runs/<id>); a private repository also answers 404 when the token cannot read it',
            });
        }
        if (status === 401 || status === 403) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__.InputError(`the token was refused listing artifacts of ${target.repository} (HTTP ${status})`, {
                where: 'GITHUB_TOKEN / GH_TOKEN',
                hint: 'use a token that can read Actions of this repository (`actions: read`, or `repo` for a classic token)',
            });
        }
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__.PikaciError(`listing the artifacts of run ${runId} failed: ${error.message}`, {
            cause: error,
        });
    }
}
/** Stream artifact `artifactId`'s zip into `destFile`, reporting progress as bytes arrive. */
async function downloadArtifactZip(target, artifact, destFile, onProgress = () => undefined) {
    const { owner, repo } = (0,_rest_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRepository */ .T8)(target.repository, '--repo');
    const base = (target.apiUrl ?? _rest_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_API_URL */ .rK).replace(/\/+$/, '');
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
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__.PikaciError(`artifact ${artifact.name}: redirect without a location (HTTP ${response.status})`);
        response = await fetch(new URL(location, url));
    }
    if (response.status === 410) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__.PikaciError(`artifact ${artifact.name} has expired (HTTP 410)`, {
            hint: 'artifacts are kept for the retention period only (`retention-days`); rerun the lane to get a new one',
        });
    }
    if (!response.ok || response.body === null) {
        const detail = (await response.text().catch(() => '')).slice(0, 300);
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__.PikaciError(`downloading artifact ${artifact.name} failed (HTTP ${response.status}) ${detail}`.trim());
    }
    const lengthHeader = response.headers.get('content-length');
    const total = lengthHeader === null ? null : Number(lengthHeader);
    let bytes = 0;
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _encoding, callback) {
            bytes += chunk.length;
            onProgress({ bytes, total });
            callback(null, chunk);
        },
    });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(response.body), counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(destFile));
    return bytes;
}


/***/ }),

/***/ 36875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadRuns: () => (/* binding */ downloadRuns),
  splitRepository: () => (/* reexport */ rest/* splitRepository */.T8)
});

// UNUSED EXPORTS: DEFAULT_API_URL, PR_FILES_API_CAP, ZERO_SHA, createCompletedCheckRun, downloadArtifactZip, listPullRequestFiles, listRunArtifacts, listWorkflowRunJobs, parseEvent, parseGroupInput, parseLaneRequest, readEvent, resolveDiffRange, short

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
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
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 92413));
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

// EXTERNAL MODULE: ./src/github/rest.ts
var rest = __webpack_require__(66417);
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

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
;// CONCATENATED MODULE: ./src/github/index.ts
/** The GitHub side: the workflow event, its diff range, and the REST endpoints the action and CLI use. */







/**
 * Download runs' artifacts into a state root (`pikaci download`). Loaded on use: it writes run
 * records, whose module brings the record schemas, and the plan path must not load them
 * (docs/design.md "Bundling notes").
 */
async function downloadRuns(options) {
    return (await Promise.all(/* import() */[__webpack_require__.e(572), __webpack_require__.e(509), __webpack_require__.e(341), __webpack_require__.e(157), __webpack_require__.e(56), __webpack_require__.e(874)]).then(__webpack_require__.bind(__webpack_require__, 44874))).downloadRuns(options);
}


/***/ }),

/***/ 66417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ splitRepository),
/* harmony export */   d_: () => (/* binding */ octokitFor),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* unused harmony export restError */
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15756);
/**
 * What every REST call here needs: a token, the `owner/name` repository and the API base URL
 * (`GITHUB_API_URL`, for GHES or a test stand-in). Octokit is imported lazily: @actions/github
 * reads the event file on import and costs start-up time the git-only paths do not need.
 */

const DEFAULT_API_URL = 'https://api.github.com';
function splitRepository(repository, where = 'GITHUB_REPOSITORY') {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__.InputError(`${where} must be \`owner/name\`, got ${JSON.stringify(repository)}`, { where });
    }
    return { owner, repo };
}
async function octokitFor(target) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 92413));
    return getOctokit(target.token, target.apiUrl ? { baseUrl: target.apiUrl } : {});
}
/** The HTTP status of an Octokit `RequestError`, else null. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
/** Wrap a failed REST call: what was attempted, the status, and what usually fixes it. */
function restError(what, error, hint) {
    const status = httpStatus(error);
    return new PikaciError(`${what} failed${status === null ? '' : ` (HTTP ${status})`}: ${error.message}`, {
        hint,
        cause: error,
    });
}


/***/ })

};
