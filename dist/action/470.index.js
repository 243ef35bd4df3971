export const id = 470;
export const ids = [470];
export const modules = {

/***/ 46470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RawLaneSchema: () => (/* binding */ RawLaneSchema),
/* harmony export */   RawManifestSchema: () => (/* binding */ RawManifestSchema),
/* harmony export */   RunsOnSchema: () => (/* binding */ RunsOnSchema)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * The on-disk shape of `ci/forge-lanes.toml` (docs/upstream.md, lanes 3.1–3.2) plus this
 * project's `target` and `runs_on` keys. Unknown keys are errors here (upstream ignores them).
 */

const RunsOnSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())], {
    error: 'runs_on must be a runner label or a list of labels',
});
const RawLaneSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    title: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    entrypoint: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    paths: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    concurrency_group: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    staged_linux_target: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Any catalog target (our addition; `staged_linux_target` binds a staged one the upstream way). */
    target: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Runner labels for the matrix leg (our addition). */
    runs_on: RunsOnSchema.optional(),
});
const LaneGroupSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ lanes: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(RawLaneSchema).default([]) });
const RawManifestSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    nightly_schedule_utc: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    branch: LaneGroupSchema.optional(),
    nightly: LaneGroupSchema.optional(),
});


/***/ })

};
