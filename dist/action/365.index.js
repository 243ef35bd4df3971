export const id = 365;
export const ids = [365];
export const modules = {

/***/ 38365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MARKER_PATH: () => (/* binding */ MARKER_PATH),
/* harmony export */   PassMarkerSchema: () => (/* binding */ PassMarkerSchema),
/* harmony export */   TRUSTED_EVENTS: () => (/* binding */ TRUSTED_EVENTS),
/* harmony export */   cacheAvailability: () => (/* binding */ cacheAvailability),
/* harmony export */   lookupMarker: () => (/* binding */ lookupMarker),
/* harmony export */   saveMarker: () => (/* binding */ saveMarker),
/* harmony export */   saveTrust: () => (/* binding */ saveTrust),
/* harmony export */   workflowRunUrl: () => (/* binding */ workflowRunUrl)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45692);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38816);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11107);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88577);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);
/**
 * Pass markers in the GitHub Actions cache, through the real `@actions/cache` client (README
 * "Skipping lanes that already passed"). A marker is one small JSON file saved under the lane's pass
 * key; entries are immutable, so the first trusted run that proves a key writes it.
 *
 * What the client does, and why the code below is shaped so (paths under
 * node_modules/@actions/cache/lib/):
 * - The entry's "version" is `getCacheVersion(paths, compressionMethod)` (internal/cacheUtils.js):
 *   a SHA-256 of the path strings as given, plus the compression method (zstd when `zstd` is on
 *   PATH, else gzip). Lookup and save therefore pass the same constant relative path, `MARKER_PATH`.
 * - `saveCache` tars the paths relative to `GITHUB_WORKSPACE` (internal/tar.js `getWorkingDirectory`,
 *   `createTar`; internal/cacheUtils.js `resolvePaths` globs from the working directory) and
 *   `restoreCache` extracts there. Both run here with the working directory and `GITHUB_WORKSPACE`
 *   pointing at a private temporary directory (`inMarkerWorkspace`), so the checkout is never touched.
 * - `restoreCache(paths, key, [], { lookupOnly: true })` (cache.js `restoreCacheV2`) sends
 *   `GetCacheEntryDownloadURL` with no restore keys and returns the matched key without downloading:
 *   an exact-key lookup. Prefix matches (restore keys) are never asked for: one would skip a lane
 *   whose inputs differ.
 * - Both calls swallow service failures (cache.js: "Failed to restore"/"Failed to save" warnings,
 *   `undefined` / `-1`), so a cache service that is down is a miss and an unsaved marker, never an
 *   error; only a `ValidationError` (a bad key) is thrown.
 */







/** The one path every marker entry is saved and looked up under (it is part of the entry's version). */
const MARKER_PATH = '.pikaci-pass/marker.json';
/** The events whose runs may save markers: code on the repository's own branches (README "Trust"). */
const TRUSTED_EVENTS = ['push', 'merge_group', 'schedule', 'workflow_dispatch'];
const PassMarkerSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    schema_version: _schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    key: _schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    /** The workflow run that passed: `<server>/<owner>/<repo>/actions/runs/<id>/attempts/<n>`. */
    run_url: _schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^https?:\/\/[^\s()<>[\]]+\/actions\/runs\/\d+(\/attempts\/\d+)?$/),
    repository: _schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    event: _schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    sha: _schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullable(),
    pikaci_run_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    passed_at: _records_index_js__WEBPACK_IMPORTED_MODULE_5__/* .TimestampSchema */ .wX,
});
/** Whether this step can reach the cache service at all (the client's own check, plus its token). */
function cacheAvailability(env) {
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3()) {
        return {
            available: false,
            reason: 'the cache service is not available in this step (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL)',
        };
    }
    if (!env['ACTIONS_RUNTIME_TOKEN']) {
        return {
            available: false,
            reason: 'the cache service needs ACTIONS_RUNTIME_TOKEN, which this step lacks',
        };
    }
    return { available: true };
}
/**
 * Markers are saved only by runs of code on the repository's own branches. A `pull_request` (or
 * `pull_request_target`, or any other event) run may read markers, never write them.
 */
function saveTrust(env) {
    const event = env['GITHUB_EVENT_NAME'] ?? '';
    if (TRUSTED_EVENTS.includes(event))
        return { trusted: true };
    return {
        trusted: false,
        reason: `pass markers are saved only by ${TRUSTED_EVENTS.join(', ')} runs, and this is ${event === '' ? 'an unknown event' : `\`${event}\``}`,
    };
}
/** The URL of this workflow run attempt, from the runner's variables; null outside a workflow. */
function workflowRunUrl(env) {
    const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'];
    const runId = env['GITHUB_RUN_ID'];
    if (!repository || !runId || !/^\d+$/.test(runId))
        return null;
    const attempt = env['GITHUB_RUN_ATTEMPT'];
    return `${server}/${repository}/actions/runs/${runId}${attempt && /^\d+$/.test(attempt) ? `/attempts/${attempt}` : ''}`;
}
/**
 * Run a client call with the working directory and `GITHUB_WORKSPACE` in a private temporary
 * directory (see the file comment), restoring both afterwards.
 */
async function inMarkerWorkspace(body) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env['RUNNER_TEMP'] || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'pikaci-pass-'));
    const cwd = process.cwd();
    const hadWorkspace = Object.prototype.hasOwnProperty.call(process.env, 'GITHUB_WORKSPACE');
    const workspace = process.env['GITHUB_WORKSPACE'];
    process.env['GITHUB_WORKSPACE'] = dir;
    process.chdir(dir);
    try {
        return await body(dir);
    }
    finally {
        process.chdir(cwd);
        if (hadWorkspace)
            process.env['GITHUB_WORKSPACE'] = workspace;
        else
            delete process.env['GITHUB_WORKSPACE'];
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}
/** Where this repository's workflow runs live: a marker naming a run elsewhere is not linked. */
function runsPrefix(env) {
    const url = workflowRunUrl({ ...env, GITHUB_RUN_ID: '0', GITHUB_RUN_ATTEMPT: '' });
    return url === null ? null : url.slice(0, -'0'.length);
}
/**
 * Exact-key lookup. On a hit the marker itself (a few hundred bytes) is then fetched for the proving
 * run's URL; the hit stands without it (only a trusted run can have written the key), and the
 * reason it could not be read is returned. A marker naming a run of another repository (or server)
 * is not believed.
 */
async function lookupMarker(key, env = process.env) {
    return inMarkerWorkspace(async (dir) => {
        const matched = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([MARKER_PATH], key, [], { lookupOnly: true });
        if (matched !== key)
            return { kind: 'miss' };
        let markerProblem = null;
        let marker = null;
        try {
            const restored = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([MARKER_PATH], key, []);
            if (restored !== key)
                throw new Error('the entry could not be downloaded');
            const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_6__/* .safeParse */ .x)(PassMarkerSchema, JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, MARKER_PATH), 'utf8')));
            if (!parsed.success)
                throw new Error('the marker does not have the expected fields');
            if (parsed.data.key !== key)
                throw new Error('the marker names another key');
            const prefix = runsPrefix(env);
            if (prefix !== null && !parsed.data.run_url.startsWith(prefix)) {
                throw new Error(`the marker names a run outside ${prefix}`);
            }
            marker = parsed.data;
        }
        catch (error) {
            markerProblem = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error);
        }
        return {
            kind: 'hit',
            proof: {
                runId: marker?.pikaci_run_id ?? null,
                url: marker?.run_url ?? null,
                at: marker?.passed_at ?? null,
            },
            markerProblem,
        };
    });
}
/** Save `marker` under its key; a failure (or an entry another job saved first) is returned, not thrown. */
async function saveMarker(marker) {
    return inMarkerWorkspace(async (dir) => {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, MARKER_PATH);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(file, `${JSON.stringify((0,_schema_index_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .q)(PassMarkerSchema, marker), null, 2)}\n`);
        try {
            const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([MARKER_PATH], marker.key);
            return id === -1
                ? { saved: false, reason: 'the cache service did not take the marker (see the message above)' }
                : { saved: true, id };
        }
        catch (error) {
            return { saved: false, reason: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error) };
        }
    });
}


/***/ })

};
