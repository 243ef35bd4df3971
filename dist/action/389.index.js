export const id = 389;
export const ids = [389];
export const modules = {

/***/ 31389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCatalogIds: () => (/* binding */ loadCatalogIds),
/* harmony export */   resolveCatalogPath: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_2__.l2)
/* harmony export */ });
/* unused harmony exports catalogIndexPath, catalogIndexText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36407);
/**
 * The catalog's target ids, which is all a plan needs from it (a lane may name a target; a staged
 * lane must name a staged one). For the catalog shipped with the action, `scripts/build-dist.mjs`
 * writes them next to the bundled copy at build time (`pika.ids.json` beside `pika.toml`), so a plan
 * does not parse and validate the whole catalog only to learn them. The index records the SHA-256 of
 * the catalog it was made from and is used only when the catalog's bytes still have that hash;
 * otherwise — and for every catalog not shipped with the action — the catalog is loaded in full,
 * with all its checks and error messages.
 */


// The plan path imports this module, not the folder's index (which loads the catalog schemas):
// everything it needs from the catalog is here.

const INDEX_SCHEMA_VERSION = 1;
/** `…/pika.toml` → `…/pika.ids.json`. Pure. */
function catalogIndexPath(catalogPath) {
    return `${catalogPath.replace(/\.toml$/, '')}.ids.json`;
}
/** The index file's text for a loaded catalog and the bytes it was loaded from. Pure. */
function catalogIndexText(catalog, bytes) {
    const index = {
        schema_version: INDEX_SCHEMA_VERSION,
        catalog_sha256: sha256(bytes),
        targets: [...catalog.targets.keys()],
        staged_targets: [...catalog.stagedTargets.keys()],
    };
    return `${JSON.stringify(index, null, 2)}\n`;
}
/**
 * The target ids of the catalog at `location`: from the build-time index when it is the bundled
 * catalog and the index matches its bytes, else by loading the catalog (which reports any error).
 */
async function loadCatalogIds(location) {
    if (location.source === 'bundled') {
        const indexed = readIndex(location.path);
        if (indexed !== undefined)
            return indexed;
    }
    const { loadCatalog } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 50638));
    const { manifestOptionsFor } = await __webpack_require__.e(/* import() */ 544).then(__webpack_require__.bind(__webpack_require__, 78544));
    return manifestOptionsFor(await loadCatalog(location.path));
}
function readIndex(catalogPath) {
    let catalog;
    let index;
    try {
        catalog = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(catalogPath);
        index = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(catalogIndexPath(catalogPath), 'utf8'));
    }
    catch {
        return undefined;
    }
    if (!isIndex(index) || index.catalog_sha256 !== sha256(catalog))
        return undefined;
    return {
        knownTargets: new Set(index.targets),
        stagedTargets: new Set(index.staged_targets),
        catalogPath,
    };
}
function isIndex(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const index = value;
    const strings = (list) => Array.isArray(list) && list.every((item) => typeof item === 'string');
    return (index.schema_version === INDEX_SCHEMA_VERSION &&
        typeof index.catalog_sha256 === 'string' &&
        strings(index.targets) &&
        strings(index.staged_targets));
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}


/***/ }),

/***/ 36407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l2: () => (/* binding */ resolveCatalogPath)
/* harmony export */ });
/* unused harmony exports REPO_CATALOG_PATH, defaultCatalogPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/** Where the catalog comes from: `--catalog`, else the repository's own, else the one shipped with the action. */



/** A repository that keeps its own catalog puts it here. */
const REPO_CATALOG_PATH = 'ci/pikaci-catalog.toml';
/**
 * The Pika catalog shipped with the action. Unbundled — `src/catalog/*.ts` (tests, tsx) and
 * `lib/catalog/*.js` (the library build) — the module sits two directories below the package root,
 * so this is a file URL to `catalog/pika.toml`. In the `dist/` bundles ncc recognises the expression,
 * copies the catalog next to the bundle (`dist/cli/pika.toml`, `dist/action/pika.toml`) and replaces
 * the expression with that copy's plain path, so a bundle never depends on files outside it.
 */
function defaultCatalogPath() {
    const located = __webpack_require__.ab + "pika.toml";
    return typeof located === 'string' ? located : (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(located);
}
function resolveCatalogPath(options) {
    if (options.flag !== undefined && options.flag !== '')
        return { path: options.flag, source: 'flag' };
    const repoCatalog = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.repoRoot, REPO_CATALOG_PATH);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repoCatalog))
        return { path: repoCatalog, source: 'repository' };
    return { path: defaultCatalogPath(), source: 'bundled' };
}


/***/ })

};
