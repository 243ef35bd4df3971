export const id = 20;
export const ids = [20];
export const modules = {

/***/ 98991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCompletedCheckRun: () => (/* reexport */ createCompletedCheckRun),
  listWorkflowRunJobs: () => (/* reexport */ listWorkflowRunJobs)
});

// UNUSED EXPORTS: DEFAULT_API_URL, PR_FILES_API_CAP, ZERO_SHA, downloadArtifactZip, downloadRuns, listPullRequestFiles, listRunArtifacts, parseEvent, parseGroupInput, parseLaneRequest, readEvent, resolveDiffRange, short, splitRepository

// EXTERNAL MODULE: ./src/github/rest.ts
var rest = __webpack_require__(66417);
;// CONCATENATED MODULE: ./src/github/jobs.ts
/**
 * The jobs of the current workflow run (`GET /repos/{o}/{r}/actions/runs/{id}/jobs?filter=latest`):
 * the only place a later job can read each matrix leg's own conclusion, since `needs.<job>.result`
 * folds every leg into one value. `filter=latest` keeps the newest attempt of each re-run job.
 */

async function listWorkflowRunJobs(target, runId) {
    const { owner, repo } = (0,rest/* splitRepository */.T8)(target.repository);
    const octokit = await (0,rest/* octokitFor */.d_)(target);
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
        throw (0,rest/* restError */.lF)(`listing the jobs of workflow run ${runId} in ${target.repository}`, error, 'the token needs `actions: read`');
    }
}

;// CONCATENATED MODULE: ./src/github/checks.ts
/**
 * Completed check runs (`POST /repos/{o}/{r}/check-runs`), used for the per-lane `skipped` checks.
 * Fork PRs get a read-only token, so callers treat a failure here as a warning.
 */

const MAX_CHECK_TEXT = 65_535;
async function createCompletedCheckRun(target, check) {
    const { owner, repo } = (0,rest/* splitRepository */.T8)(target.repository);
    const octokit = await (0,rest/* octokitFor */.d_)(target);
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
        throw (0,rest/* restError */.lF)(`creating the check run \`${check.name}\` in ${target.repository}`, error, 'the workflow needs `permissions: checks: write` (a fork PR gets a read-only token and cannot create check runs)');
    }
}

;// CONCATENATED MODULE: ./src/github/index.ts
/** The GitHub side: the workflow event, its diff range, and the REST endpoints the action and CLI use. */







/**
 * Download runs' artifacts into a state root (`pikaci download`). Loaded on use: it writes run
 * records, whose module brings the record schemas, and the plan path must not load them
 * (docs/design.md "Bundling notes").
 */
async function downloadRuns(options) {
    return (await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(572), __webpack_require__.e(460), __webpack_require__.e(594), __webpack_require__.e(613)]).then(__webpack_require__.bind(__webpack_require__, 33613))).downloadRuns(options);
}


/***/ }),

/***/ 66417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ splitRepository),
/* harmony export */   d_: () => (/* binding */ octokitFor),
/* harmony export */   lF: () => (/* binding */ restError),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * What every REST call here needs: a token, the `owner/name` repository and the API base URL
 * (`GITHUB_API_URL`, for GHES or a test stand-in). Octokit is imported lazily: @actions/github
 * reads the event file on import and costs start-up time the git-only paths do not need.
 */

const DEFAULT_API_URL = 'https://api.github.com';
function splitRepository(repository, where = 'GITHUB_REPOSITORY') {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where} must be \`owner/name\`, got ${JSON.stringify(repository)}`, { where });
    }
    return { owner, repo };
}
async function octokitFor(target) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
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
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PikaciError */ .uy(`${what} failed${status === null ? '' : ` (HTTP ${status})`}: ${error.message}`, {
        hint,
        cause: error,
    });
}


/***/ })

};
