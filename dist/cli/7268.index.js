export const id = 7268;
export const ids = [7268];
export const modules = {

/***/ 67268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHANGE_STATUSES: () => (/* reexport safe */ _changes_js__WEBPACK_IMPORTED_MODULE_2__.ey),
/* harmony export */   GIT_REDIRECTING_ENV: () => (/* reexport safe */ _run_js__WEBPACK_IMPORTED_MODULE_1__.kP),
/* harmony export */   changesSince: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_0__.sR),
/* harmony export */   createGit: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_0__.lD),
/* harmony export */   gitEnvironment: () => (/* reexport safe */ _run_js__WEBPACK_IMPORTED_MODULE_1__._K),
/* harmony export */   parseChangedList: () => (/* reexport safe */ _changes_js__WEBPACK_IMPORTED_MODULE_2__.e6),
/* harmony export */   parseNameStatusZ: () => (/* reexport safe */ _changes_js__WEBPACK_IMPORTED_MODULE_2__.rd),
/* harmony export */   pathsOfChanges: () => (/* reexport safe */ _changes_js__WEBPACK_IMPORTED_MODULE_2__.DW),
/* harmony export */   readChangedFrom: () => (/* reexport safe */ _changes_js__WEBPACK_IMPORTED_MODULE_2__.Vb),
/* harmony export */   repoRoot: () => (/* reexport safe */ _git_js__WEBPACK_IMPORTED_MODULE_0__.jv),
/* harmony export */   runGit: () => (/* reexport safe */ _run_js__WEBPACK_IMPORTED_MODULE_1__.EO),
/* harmony export */   streamGit: () => (/* reexport safe */ _run_js__WEBPACK_IMPORTED_MODULE_1__.t1)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10308);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73073);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30977);
/**
 * git, reached through one small interface: changed files between explicit revisions, history checks,
 * the repository root; and the one runner every git process of the project is started by (`run.ts`).
 */





/***/ })

};
