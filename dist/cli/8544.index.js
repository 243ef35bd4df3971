export const id = 8544;
export const ids = [8544];
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


/***/ })

};
