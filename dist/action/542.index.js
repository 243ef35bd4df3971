export const id = 542;
export const ids = [542];
export const modules = {

/***/ 33542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveStateRoot: () => (/* reexport safe */ _state_root_js__WEBPACK_IMPORTED_MODULE_0__.Uv)
/* harmony export */ });
/* harmony import */ var _state_root_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84028);
/** Run records: the state root, run ids, record schemas, atomic writes, loaders, list and gc. */













/***/ })

};
