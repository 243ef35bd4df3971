export const id = 499;
export const ids = [499];
export const modules = {

/***/ 8499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlanCommand: () => (/* binding */ runPlanCommand)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3218);

/** Placeholder replaced by the plan command implementation. */
async function runPlanCommand() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1('the plan command is not built yet');
}


/***/ })

};
