export const id = 352;
export const ids = [352];
export const modules = {

/***/ 11107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse),
/* harmony export */   x: () => (/* binding */ safeParse)
/* harmony export */ });
/**
 * zod's one entry in the project: source files import `z`, `parse` and `safeParse` from here, never from
 * 'zod' (eslint `no-restricted-imports`), and parse only through those two (eslint
 * `no-restricted-syntax`).
 *
 * Both turn zod's JIT off for the parse. On an object schema's first parse the JIT generates
 * and compiles a parser with `new Function`, which pays off over thousands of parses; a pikaci
 * process parses each schema a few times, so the generated code is all cost (about 7 ms of a one-job
 * `pikaci run`, issue 13, `npm run bench run-overhead`). The JIT is only a fast path for the same
 * checks, so results are the same (`__tests__/schema/jitless.test.ts` compares both on the real
 * catalog and manifest and thousands of mutations). It is a per-call option, not `z.config`, so a
 * program that imports this library keeps its own zod settings.
 */


const ONE_SHOT = { jitless: true };
/** `schema.parse(value)` without the JIT: throws zod's error (for values this process made itself). */
function parse(schema, value) {
    return schema.parse(value, ONE_SHOT);
}
/** `schema.safeParse(value)` without the JIT. */
function safeParse(schema, value) {
    return schema.safeParse(value, ONE_SHOT);
}


/***/ }),

/***/ 53352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IssueCollector: () => (/* reexport safe */ _issues_js__WEBPACK_IMPORTED_MODULE_2__.pv),
/* harmony export */   TomlValidationError: () => (/* reexport safe */ _issues_js__WEBPACK_IMPORTED_MODULE_2__.It),
/* harmony export */   addZodIssues: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_3__.RE),
/* harmony export */   decodeUtf8: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_0__._6),
/* harmony export */   formatIssue: () => (/* reexport safe */ _issues_js__WEBPACK_IMPORTED_MODULE_2__.Hd),
/* harmony export */   formatKeyPath: () => (/* reexport safe */ _locator_js__WEBPACK_IMPORTED_MODULE_1__.K),
/* harmony export */   isRecord: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_3__.u4),
/* harmony export */   locateToml: () => (/* reexport safe */ _locator_js__WEBPACK_IMPORTED_MODULE_1__.L),
/* harmony export */   objectKeysAt: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_3__.Jz),
/* harmony export */   parseToml: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_0__.MT),
/* harmony export */   parseTomlFile: () => (/* reexport safe */ _parse_js__WEBPACK_IMPORTED_MODULE_0__.gm),
/* harmony export */   unknownKeyMessage: () => (/* reexport safe */ _issues_js__WEBPACK_IMPORTED_MODULE_2__.VP),
/* harmony export */   validate: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_3__.tf)
/* harmony export */ });
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8631);
/* harmony import */ var _locator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81334);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32906);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22940);
/** TOML files with positions: parse, locate key paths, validate with zod and report file:line: key.path. */






/***/ }),

/***/ 22940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ objectKeysAt),
/* harmony export */   RE: () => (/* binding */ addZodIssues),
/* harmony export */   tf: () => (/* binding */ validate),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11107);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32906);
/**
 * Schema validation of parsed TOML with messages that name the file, the line and the key path:
 * every problem of a document is collected and reported in one `TomlValidationError`.
 */


/** Adds every zod issue to `issues`, below `prefix` (the key path of `data` in the document). */
function addZodIssues(issues, schema, data, error, prefix = []) {
    for (const issue of error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            const known = objectKeysAt(schema, path, data) ?? [];
            for (const key of issue.keys)
                issues.add([...prefix, ...path, key], (0,_issues_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownKeyMessage */ .VP)(key, known));
        }
        else if (issue.code === 'invalid_key') {
            const reasons = issue.issues.map((inner) => inner.message).join('; ');
            issues.add([...prefix, ...path], `invalid key \`${String(path.at(-1))}\`: ${reasons}`);
        }
        else if (issue.code === 'invalid_union' &&
            issue.errors.length > 0 &&
            issue.message === 'Invalid input') {
            // Without a message of its own, a union says why each alternative failed.
            const reasons = [...new Set(issue.errors.map((branch) => branch[0]?.message).filter(Boolean))];
            issues.add([...prefix, ...path], reasons.length > 0 ? reasons.join('; or ') : issue.message);
        }
        else {
            issues.add([...prefix, ...path], issue.message);
        }
    }
}
/** Parses `data` with `schema`; on failure throws one error listing every problem with line and key path. */
function validate(schema, data, doc) {
    const result = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .safeParse */ .x)(schema, data);
    if (result.success)
        return result.data;
    const issues = new _issues_js__WEBPACK_IMPORTED_MODULE_0__/* .IssueCollector */ .pv(doc.file, doc.locator);
    addZodIssues(issues, schema, data, result.error);
    issues.throwIfAny();
    throw new Error('unreachable: a failed parse reported no issues');
}
/** The keys an object schema accepts at `path` (for "did you mean"), following the data through unions. */
function objectKeysAt(schema, path, data) {
    const node = unwrap(schema);
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodUnion */ .fZ7) {
        const options = node.options;
        const matching = pickOption(node, data);
        const candidates = matching ? [matching] : options;
        const keys = new Set();
        for (const option of candidates)
            for (const key of objectKeysAt(option, path, data) ?? [])
                keys.add(key);
        return keys.size > 0 ? [...keys] : undefined;
    }
    if (path.length === 0) {
        return node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH ? Object.keys(node.shape) : undefined;
    }
    const [head, ...rest] = path;
    const child = childAt(data, head);
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH && typeof head === 'string') {
        const field = node.shape[head];
        return field ? objectKeysAt(field, rest, child) : undefined;
    }
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodArray */ .naA)
        return objectKeysAt(node.element, rest, child);
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodRecord */ .b8S)
        return objectKeysAt(node.valueType, rest, child);
    if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodTuple */ .y0Q && typeof head === 'number') {
        const item = node.def.items[head];
        return item ? objectKeysAt(item, rest, child) : undefined;
    }
    return undefined;
}
function unwrap(schema) {
    let node = schema;
    for (;;) {
        if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodOptional */ .IiU || node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodNullable */ .l1C || node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodDefault */ .XiL) {
            node = node.unwrap();
        }
        else if (node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodPipe */ .utH) {
            node = node.in;
        }
        else {
            return node;
        }
    }
}
function pickOption(union, data) {
    if (!(union instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodDiscriminatedUnion */ .jvo) || !isRecord(data))
        return undefined;
    const discriminator = union.def.discriminator;
    const value = data[discriminator];
    return union.options.find((option) => {
        const node = unwrap(option);
        if (!(node instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodObject */ .bvH))
            return false;
        const field = unwrap(node.shape[discriminator]);
        return field instanceof _schema_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ZodLiteral */ .DN5 && field.values.has(value);
    });
}
function childAt(data, segment) {
    if (Array.isArray(data) && typeof segment === 'number')
        return data[segment];
    if (isRecord(data) && typeof segment === 'string')
        return data[segment];
    return undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
