export const id = 5799;
export const ids = [5799,8544];
export const modules = {

/***/ 78544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   manifestOptionsFor: () => (/* binding */ manifestOptionsFor),
/* harmony export */   r: () => (/* binding */ bindManifest)
/* harmony export */ });
/* unused harmony export resolveTarget */
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** A copy of `catalog` whose staged targets carry the paths of the branch lane bound to them. */
function bindManifest(catalog, manifest) {
    const bindings = new Map();
    const targets = new Map(catalog.targets);
    const laneLines = new Map();
    for (const lane of manifest.branch) {
        if (lane.target === null || !catalog.stagedTargets.has(lane.target))
            continue;
        const first = bindings.get(lane.target);
        if (first !== undefined) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`staged target \`${lane.target}\` is bound by branch lanes \`${first}\` (line ${laneLines.get(first)}) and \`${lane.id}\` (line ${lane.line})`, {
                where: `${manifest.path}:${lane.line}`,
                hint: 'a staged target takes its path filters from exactly one branch lane; remove one of them',
            });
        }
        bindings.set(lane.target, lane.id);
        laneLines.set(lane.id, lane.line);
        targets.set(lane.target, { ...catalog.targets.get(lane.target), filters: lane.paths });
    }
    const stagedTargets = new Map([...catalog.stagedTargets.keys()].map((id) => [id, targets.get(id)]));
    return { ...catalog, targets, stagedTargets, bindings, manifestPath: manifest.path };
}
/** The target `id`; a staged target must have been bound to a branch lane first. */
function resolveTarget(catalog, id) {
    const target = catalog.targets.get(id);
    if (target === undefined) {
        throw new InputError(`unknown target \`${id}\` in catalog ${catalog.path}`, {
            hint: didYouMean(id, catalog.targets.keys()) ?? 'run `pikaci targets` to list the targets',
        });
    }
    if (catalog.stagedTargets.has(id) && !catalog.bindings.has(id)) {
        const manifest = catalog.manifestPath ?? 'the lane manifest';
        throw new InputError(`missing forge lane manifest entry for \`${id}\``, {
            hint: `add a [[branch.lanes]] entry with staged_linux_target = "${id}" to ${manifest}; its paths are the target's filters`,
        });
    }
    return target;
}
/** The set of target ids and staged target ids, as `loadManifest` wants them. */
function manifestOptionsFor(catalog) {
    return {
        knownTargets: new Set(catalog.targets.keys()),
        stagedTargets: new Set(catalog.stagedTargets.keys()),
        catalogPath: catalog.path,
    };
}


/***/ }),

/***/ 15799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bindManifest: () => (/* reexport safe */ _bind_js__WEBPACK_IMPORTED_MODULE_1__.r),
/* harmony export */   defaultCatalogPath: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_2__.i3),
/* harmony export */   loadCatalog: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_0__.loadCatalog),
/* harmony export */   manifestOptionsFor: () => (/* reexport safe */ _bind_js__WEBPACK_IMPORTED_MODULE_1__.manifestOptionsFor),
/* harmony export */   resolveCatalogPath: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_2__.l2)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50638);
/* harmony import */ var _bind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78544);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36407);
/** The target catalog: TOML data under `catalog/` (or a repository's own), validated into TargetSpecs. */






/***/ }),

/***/ 36407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i3: () => (/* binding */ defaultCatalogPath),
/* harmony export */   l2: () => (/* binding */ resolveCatalogPath)
/* harmony export */ });
/* unused harmony export REPO_CATALOG_PATH */
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
