export const id = 7416;
export const ids = [7416];
export const modules = {

/***/ 37416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   InputError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz),
/* harmony export */   PikaciError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.uy),
/* harmony export */   describeSystemError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.Zo),
/* harmony export */   isSystemError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.Or)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * Small shared helpers: typed errors, exhaustiveness, settling parallel work, shell quoting, secret
 * redaction, HTML escaping.
 * `dirname-shim.ts` is not here: the bundled entries import it by itself, first (docs/design.md,
 * Bundling notes).
 */








/***/ })

};
