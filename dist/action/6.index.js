export const id = 6;
export const ids = [6];
export const modules = {

/***/ 11006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MANIFEST: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_0__.mj),
/* harmony export */   loadRunSources: () => (/* reexport safe */ _run_js__WEBPACK_IMPORTED_MODULE_1__.S)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28788);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84487);
/**
 * A repository's catalog and lane manifest, loaded one way for the CLI and the action alike
 * (`loadSources`), and what a run is made of (`loadRunSources`). Importing this module loads neither
 * the catalog's nor the orchestration's dependencies: its functions import them when called.
 */




/***/ }),

/***/ 84487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ loadRunSources)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28788);

async function loadRunSources(flags) {
    const { resolveStateRoot } = await __webpack_require__.e(/* import() */ 542).then(__webpack_require__.bind(__webpack_require__, 33542));
    const { runJobs } = await __webpack_require__.e(/* import() */ 357).then(__webpack_require__.bind(__webpack_require__, 39357));
    const { nixBuildOptionsFromEnv, nixPrepareHandlers } = await __webpack_require__.e(/* import() */ 126).then(__webpack_require__.bind(__webpack_require__, 85126));
    const sources = await (0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSources */ .Dl)({ ...flags, manifestNeed: 'optional' });
    const { repoRoot, catalog, manifest } = sources;
    const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
    const includeLocalChanges = process.env['CI'] !== 'true';
    return {
        repoRoot,
        stateRoot,
        sources,
        runnable: {
            targets: catalog.targets,
            lanes: sources.lanes,
            catalogPath: catalog.path,
            manifestPath: manifest === null ? null : sources.manifestFile,
        },
        manifestRelative: sources.manifestRelative,
        includeLocalChanges,
        run: (options) => runJobs({
            ...options,
            stateRoot,
            sourceRoot: repoRoot,
            includeLocalChanges: options.includeLocalChanges ?? includeLocalChanges,
            prepare: nixPrepareHandlers(nixBuildOptionsFromEnv()),
        }),
    };
}


/***/ })

};
