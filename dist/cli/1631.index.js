export const id = 1631;
export const ids = [1631];
export const modules = {

/***/ 61631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadRuns: () => (/* binding */ downloadRuns),
/* harmony export */   splitRepository: () => (/* reexport safe */ _rest_js__WEBPACK_IMPORTED_MODULE_0__.T8)
/* harmony export */ });
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66417);
/** The GitHub side: the workflow event, its diff range, and the REST endpoints the action and CLI use. */







/**
 * Download runs' artifacts into a state root (`pikaci download`). Loaded on use: it writes run
 * records, whose module brings the record schemas, and the plan path must not load them
 * (docs/design.md "Bundling notes").
 */
async function downloadRuns(options) {
    return (await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(3613)]).then(__webpack_require__.bind(__webpack_require__, 33613))).downloadRuns(options);
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
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(2413)]).then(__webpack_require__.bind(__webpack_require__, 92413));
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
