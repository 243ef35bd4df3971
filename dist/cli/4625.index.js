export const id = 4625;
export const ids = [4625];
export const modules = {

/***/ 34625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   allLanes: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_0__.bw),
/* harmony export */   loadManifest: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_0__.eY)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87290);
/** The lane manifest (`ci/forge-lanes.toml`): load, validate, normalize. */




/***/ })

};
