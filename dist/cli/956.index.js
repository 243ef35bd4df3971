export const id = 956;
export const ids = [956];
export const modules = {

/***/ 50956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainKey: () => (/* binding */ explainKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * `pikaci plan --explain-key <lane>`: the pass key of a lane as `run --skip-if-passed` and the
 * action compute it, each component with its own hash and what it holds, so two keys can be
 * compared component by component (README "Skipping lanes that already passed").
 */



async function explainKey(id, flags, format) {
    for (const [flag, given] of [
        ['--base', flags.base !== undefined],
        ['--head', flags.head !== undefined],
        ['--changed-from', flags.changedFrom !== undefined],
        ['--lanes', flags.lanes !== undefined],
    ]) {
        if (given) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${flag} cannot be combined with --explain-key`, {
                hint: 'the pass key depends on the tree as it is, not on a diff: drop the flag',
            });
        }
    }
    const { parseHostSettings } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(5907)]).then(__webpack_require__.bind(__webpack_require__, 75907));
    const { loadRunSources } = await __webpack_require__.e(/* import() */ 1006).then(__webpack_require__.bind(__webpack_require__, 11006));
    const { resolveLaneRun } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(2907), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 57663));
    const { explainPassKey, lanePassKey } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(5907), __webpack_require__.e(2907), __webpack_require__.e(3486)]).then(__webpack_require__.bind(__webpack_require__, 73486));
    const host = parseHostSettings(flags, process.env);
    const catalog = flags.catalog === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags.catalog);
    const manifest = flags.manifest === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags.manifest);
    if (flags.repo !== undefined)
        process.chdir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(flags.repo));
    const sources = await loadRunSources({ catalog, manifest });
    const laneRun = resolveLaneRun({ id, sources: sources.runnable, env: process.env });
    const { passKey } = await lanePassKey({
        id,
        laneRun,
        sourceRoot: sources.repoRoot,
        includeLocalChanges: sources.includeLocalChanges,
        host,
        env: process.env,
    });
    if (format === 'human')
        return explainPassKey(passKey);
    return `${JSON.stringify({
        key: passKey.key,
        digest: passKey.digest,
        components: passKey.components.map(({ name, sha256, summary, value }) => ({
            name,
            sha256,
            summary,
            // pass_env values are hashed into the key but not printed: a sha256 of each stands in.
            value: name === 'environment' ? hashedValues(value) : value,
        })),
    }, null, 2)}\n`;
}
function hashedValues(values) {
    return Object.fromEntries(Object.entries(values).map(([name, value]) => [
        name,
        value === null ? null : `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value).digest('hex')}`,
    ]));
}


/***/ })

};
