export const id = 5024;
export const ids = [5024,8544];
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


/***/ }),

/***/ 35024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INVARIANTS_PATH: () => (/* reexport */ INVARIANTS_PATH),
  loadInvariants: () => (/* reexport */ loadInvariants),
  renderInvariants: () => (/* reexport */ renderInvariants),
  runInvariants: () => (/* reexport */ runInvariants)
});

// UNUSED EXPORTS: CHECKS, ID_HEURISTICS, JOBSPEC_KEYS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/job.ts
var job = __webpack_require__(31146);
// EXTERNAL MODULE: ./src/toml/parse.ts
var parse = __webpack_require__(8631);
// EXTERNAL MODULE: ./src/toml/validate.ts
var validate = __webpack_require__(22940);
// EXTERNAL MODULE: ./src/toml/issues.ts
var toml_issues = __webpack_require__(32906);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/catalog/load.ts + 1 modules
var load = __webpack_require__(50638);
// EXTERNAL MODULE: ./src/catalog/bind.ts
var bind = __webpack_require__(78544);
// EXTERNAL MODULE: ./src/manifest/load.ts + 2 modules
var manifest_load = __webpack_require__(87290);
;// CONCATENATED MODULE: ./src/invariants/checks.ts
/**
 * The mechanical checks behind `invariants/invariants.toml`. Each takes the tree and data it inspects
 * as arguments, so tests can point it at a deliberately broken copy.
 */







const result = (details) => ({ ok: details.length === 0, details });
async function loadSubjects(ctx) {
    const catalog = await (0,load.loadCatalog)((0,external_node_path_.resolve)(ctx.root, ctx.catalogPath));
    const manifest = await (0,manifest_load/* loadManifest */.eY)((0,external_node_path_.resolve)(ctx.root, ctx.manifestPath), (0,bind.manifestOptionsFor)(catalog));
    return { catalog, manifest };
}
/** The catalog loads and validates, and the manifest loads against it (every lane names a known target). */
const catalogValid = async (ctx) => {
    try {
        await loadSubjects(ctx);
        return result([]);
    }
    catch (error) {
        return result([(0,errors/* errorMessage */.gJ)(error)]);
    }
};
/**
 * PIKACI-003: each staged target takes its filters from exactly one branch lane, and no static target
 * filter list repeats a branch lane's paths.
 */
const stagedTargetsBound = async (ctx) => {
    let subjects;
    try {
        subjects = await loadSubjects(ctx);
    }
    catch (error) {
        return result([(0,errors/* errorMessage */.gJ)(error)]);
    }
    const { catalog, manifest } = subjects;
    const details = [];
    const lanesByTarget = new Map();
    for (const lane of manifest.branch) {
        if (lane.target !== null && catalog.stagedTargets.has(lane.target)) {
            lanesByTarget.set(lane.target, [...(lanesByTarget.get(lane.target) ?? []), lane.id]);
        }
    }
    for (const id of catalog.stagedTargets.keys()) {
        const lanes = lanesByTarget.get(id) ?? [];
        if (lanes.length === 0)
            details.push(`staged target \`${id}\` is bound by no branch lane in ${ctx.manifestPath}`);
        if (lanes.length > 1)
            details.push(`staged target \`${id}\` is bound by ${lanes.length} branch lanes: ${lanes.join(', ')}`);
    }
    if (details.length === 0)
        (0,bind/* bindManifest */.r)(catalog, manifest);
    const laneSets = manifest.branch
        .filter((lane) => lane.paths.length > 0)
        .map((lane) => ({ id: lane.id, key: [...new Set(lane.paths)].sort().join('\n') }));
    for (const target of catalog.targets.values()) {
        if (target.filters.length === 0)
            continue;
        const key = [...new Set(target.filters)].sort().join('\n');
        const twin = laneSets.find((lane) => lane.key === key);
        if (twin)
            details.push(`target \`${target.id}\` repeats the path filters of branch lane \`${twin.id}\`; bind it to that lane instead`);
    }
    return result(details);
};
async function sourceFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
        .sort();
}
async function* sourceLines(ctx) {
    const dir = (0,external_node_path_.resolve)(ctx.root, ctx.sourceDir);
    for (const path of await sourceFiles(dir)) {
        const lines = (await (0,promises_.readFile)(path, 'utf8')).split('\n');
        for (const [index, text] of lines.entries())
            yield { file: (0,external_node_path_.relative)(ctx.root, path), line: index + 1, text };
    }
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** PIKACI-002: no source file names a target, job or staged prepare prefix of the catalog. */
const noCatalogIdsInSource = async (ctx) => {
    let catalog;
    try {
        catalog = await (0,load.loadCatalog)((0,external_node_path_.resolve)(ctx.root, ctx.catalogPath));
    }
    catch (error) {
        return result([(0,errors/* errorMessage */.gJ)(error)]);
    }
    const ids = new Set([...catalog.targets.keys(), ...catalog.jobs.keys()]);
    for (const target of catalog.stagedTargets.values())
        if (target.staged)
            ids.add(target.staged.prepare_node_prefix);
    if (ids.size === 0)
        return result([]);
    const sorted = [...ids].sort((a, b) => b.length - a.length).map(escapeRegex);
    const pattern = new RegExp(`(?<![A-Za-z0-9_-])(${sorted.join('|')})(?![A-Za-z0-9_-])`);
    const details = [];
    for await (const { file, line, text } of sourceLines(ctx)) {
        const match = pattern.exec(text);
        if (match)
            details.push(`${file}:${line}: names catalog id \`${match[1]}\``);
    }
    return result(details);
};
/** PIKACI-004: code shapes that would choose a backend from an id or a command instead of JobSpec fields. */
const ID_HEURISTICS = [
    {
        pattern: /\.id\s*\.\s*(startsWith|endsWith|includes|match|search|indexOf|split)\s*\(/,
        why: 'inspects an id',
    },
    { pattern: /\.(test|exec)\(\s*[\w$.]*\.id\s*\)/, why: 'runs a regex over an id' },
    {
        pattern: /\b(startsWith|endsWith|includes)\(\s*['"`](tart|incus|lxc|pre-merge|staged|android|ios|apple|host|remote|local)[-_:]/,
        why: 'tests a backend-like name prefix',
    },
    {
        pattern: /\b(command|guest_command|argv)\b[\w$.[\]]*\s*\.\s*(startsWith|endsWith|includes|match)\(\s*['"`/]/,
        why: 'inspects the shape of a command',
    },
];
const noIdHeuristics = async (ctx) => {
    const details = [];
    for await (const { file, line, text } of sourceLines(ctx)) {
        for (const { pattern, why } of ID_HEURISTICS) {
            if (pattern.test(text))
                details.push(`${file}:${line}: ${why}: ${text.trim()}`);
        }
    }
    return result(details);
};
/** The top-level JobSpec keys; anything else would be a loose backend knob (PIKACI-005). */
const JOBSPEC_KEYS = [
    'id',
    'description',
    'timeout_secs',
    'writable_workspace',
    'execution',
    'runtime_config',
    'guest_command',
];
/** Optional generic keys: every runtime passes a job its declared secrets and `pass_env` (README "Security"). */
const OPTIONAL_JOBSPEC_KEYS = ['secrets', 'pass_env'];
function objectShape(schema) {
    let node = schema;
    while (node instanceof schemas/* ZodOptional */.IiU || node instanceof schemas/* ZodDefault */.XiL || node instanceof schemas/* ZodPipe */.utH) {
        node = (node instanceof schemas/* ZodPipe */.utH ? node.in : node.unwrap());
    }
    return node instanceof schemas/* ZodObject */.bvH ? node.shape : undefined;
}
/**
 * PIKACI-004/005: JobSpec has exactly the generic keys, `execution` is exactly {placement, runtime},
 * and every backend knob lives in one runtime_config variant only.
 */
const jobSpecShape = async (ctx) => {
    const details = [];
    const shape = objectShape(ctx.jobSpecSchema);
    if (shape === undefined)
        return result(['JobSpec schema is not an object schema']);
    for (const key of Object.keys(shape)) {
        if (!JOBSPEC_KEYS.includes(key) && !OPTIONAL_JOBSPEC_KEYS.includes(key))
            details.push(`JobSpec has a top-level key \`${key}\`; backend settings belong in a runtime_config variant`);
    }
    for (const key of JOBSPEC_KEYS)
        if (!(key in shape))
            details.push(`JobSpec lacks \`${key}\``);
    const execution = shape.execution ? objectShape(shape.execution) : undefined;
    const executionKeys = execution ? Object.keys(execution).sort().join(',') : '';
    if (executionKeys !== 'placement,runtime') {
        details.push(`JobSpec.execution must be exactly {placement, runtime}, found {${executionKeys}}`);
    }
    const runtime = shape.runtime_config;
    const variants = runtime instanceof schemas/* ZodDiscriminatedUnion */.jvo ? runtime.options : [];
    if (variants.length === 0)
        details.push('JobSpec.runtime_config must be a discriminated union with one variant per runtime');
    const owners = new Map();
    for (const variant of variants) {
        const variantShape = objectShape(variant) ?? {};
        const kindSchema = variantShape.kind;
        const kind = kindSchema instanceof schemas/* ZodLiteral */.DN5 ? String([...kindSchema.values][0]) : '?';
        for (const key of Object.keys(variantShape)) {
            if (key === 'kind')
                continue;
            const owner = owners.get(key);
            if (owner !== undefined)
                details.push(`runtime knob \`${key}\` appears in both \`${owner}\` and \`${kind}\``);
            owners.set(key, kind);
            if (key in shape)
                details.push(`runtime knob \`${key}\` is also a top-level JobSpec key`);
        }
    }
    return result(details);
};
/** Folders that are the edges: nothing else imports them. */
const EDGE_FOLDERS = ['cli', 'action'];
/** Folders at the bottom of the flow: they import no other area except the shared helpers (util, and schema: zod's one entry). */
const CORE_FOLDERS = {
    util: [],
    schema: [],
    model: ['util', 'schema'],
    toml: ['util', 'schema'],
};
/**
 * Files another folder may import directly, as the `local/folder-barrels` lint rule allows them
 * (eslint.config.js): the entries' first imports and the catalog's light plan-path entry.
 */
const DIRECT_IMPORTS = ['util/dirname-shim.js', 'util/compile-cache.js', 'catalog/ids.js'];
/** A file's folder, as the lint rule sees it: the deepest directory above it with an index.ts. */
function barrelFolder(sourceRoot, dir) {
    for (let at = dir; at.startsWith(sourceRoot) && at !== sourceRoot; at = (0,external_node_path_.dirname)(at)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(at, 'index.ts')))
            return at;
    }
    return dir;
}
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
/**
 * Data flows one way: another area is reached only through its index.js, the core areas depend on
 * nothing above them, and no library area imports the CLI or the action.
 */
const oneWayImports = async (ctx) => {
    const sourceRoot = (0,external_node_path_.resolve)(ctx.root, ctx.sourceDir);
    const details = [];
    for (const path of await sourceFiles(sourceRoot)) {
        const fromArea = (0,external_node_path_.relative)(sourceRoot, path).split(external_node_path_.sep)[0];
        const fromIsFolder = (0,external_node_path_.relative)(sourceRoot, path).includes(external_node_path_.sep);
        const text = await (0,promises_.readFile)(path, 'utf8');
        for (const [index, line] of text.split('\n').entries()) {
            for (const match of line.matchAll(IMPORT)) {
                const spec = match[1];
                const target = (0,external_node_path_.relative)(sourceRoot, (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), spec));
                if (target.startsWith('..'))
                    continue;
                const parts = target.split(external_node_path_.sep);
                const toArea = parts[0];
                if (parts.length === 1 || toArea === fromArea)
                    continue;
                const where = `${(0,external_node_path_.relative)(ctx.root, path)}:${index + 1}`;
                const absolute = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), spec);
                const fromFolder = barrelFolder(sourceRoot, (0,external_node_path_.dirname)(path));
                const toFolder = barrelFolder(sourceRoot, (0,external_node_path_.dirname)(absolute));
                const viaBarrel = absolute === (0,external_node_path_.join)(toFolder, 'index.js') ||
                    fromFolder === toFolder ||
                    fromFolder.startsWith(toFolder + external_node_path_.sep) ||
                    DIRECT_IMPORTS.includes(parts.join('/'));
                if (!viaBarrel) {
                    details.push(`${where}: imports \`${spec}\`; reach another area only through its index.js`);
                }
                if (fromIsFolder && !EDGE_FOLDERS.includes(fromArea) && EDGE_FOLDERS.includes(toArea)) {
                    details.push(`${where}: library area \`${fromArea}\` imports the \`${toArea}\` edge`);
                }
                const allowed = CORE_FOLDERS[fromArea];
                if (allowed !== undefined && !allowed.includes(toArea)) {
                    details.push(`${where}: core area \`${fromArea}\` imports \`${toArea}\`; it may import only ${allowed.join(', ') || 'nothing'}`);
                }
            }
        }
    }
    return result(details);
};
const CHECKS = {
    'catalog-valid': catalogValid,
    'staged-targets-bound': stagedTargetsBound,
    'no-catalog-ids-in-source': noCatalogIdsInSource,
    'no-id-heuristics': noIdHeuristics,
    'jobspec-shape': jobSpecShape,
    'one-way-imports': oneWayImports,
};

;// CONCATENATED MODULE: ./src/invariants/run.ts
/** `invariants/invariants.toml` → each statement with the result of its mechanical check. */






const INVARIANTS_PATH = 'invariants/invariants.toml';
const InvariantSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().min(1),
    area: schemas/* string */.YjP().min(1),
    kind: schemas/* enum */.k5n(['must', 'allowed']),
    statement: schemas/* string */.YjP().min(1),
    scope: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    hint: schemas/* string */.YjP().optional(),
    /** Id of the mechanical check in `CHECKS`. */
    check: schemas/* string */.YjP(),
});
const InvariantsFileSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, 'unsupported invariants version; this tool reads `version = 1`'),
    name: schemas/* string */.YjP().min(1),
    /** What the checks inspect, relative to the repository root. */
    subjects: schemas/* strictObject */.rej({ source: schemas/* string */.YjP(), catalog: schemas/* string */.YjP(), manifest: schemas/* string */.YjP() }),
    invariant: schemas/* array */.YOg(InvariantSchema).min(1),
});
async function loadInvariants(path) {
    const doc = await (0,parse/* parseTomlFile */.gm)(path);
    const raw = (0,validate/* validate */.tf)(InvariantsFileSchema, doc.data, doc);
    const issues = toml_issues/* IssueCollector */.pv.for(doc);
    const seen = new Set();
    raw.invariant.forEach((invariant, index) => {
        if (seen.has(invariant.id))
            issues.add(['invariant', index, 'id'], `duplicate invariant id \`${invariant.id}\``);
        seen.add(invariant.id);
        if (!(invariant.check in CHECKS)) {
            const hint = (0,errors/* didYouMean */.au)(invariant.check, Object.keys(CHECKS));
            issues.add(['invariant', index, 'check'], `unknown check \`${invariant.check}\`; ${hint ?? `known checks: ${Object.keys(CHECKS).join(', ')}`}`);
        }
    });
    issues.throwIfAny();
    return {
        path,
        name: raw.name,
        root: (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), '..'),
        subjects: raw.subjects,
        invariants: raw.invariant,
    };
}
async function runInvariants(file, options = {}) {
    const ctx = {
        root: file.root,
        sourceDir: options.source ?? file.subjects.source,
        catalogPath: options.catalog ?? file.subjects.catalog,
        manifestPath: options.manifest ?? file.subjects.manifest,
        jobSpecSchema: options.jobSpecSchema ?? job/* JobSpecSchema */.QH,
    };
    const invariants = [];
    for (const invariant of file.invariants) {
        const outcome = await CHECKS[invariant.check](ctx);
        invariants.push({
            id: invariant.id,
            kind: invariant.kind,
            statement: invariant.statement,
            check: invariant.check,
            ...outcome,
        });
    }
    return {
        file: file.path,
        catalog: ctx.catalogPath,
        manifest: ctx.manifestPath,
        ok: invariants.every((entry) => entry.ok),
        invariants,
    };
}
function renderInvariants(report) {
    const lines = [`${report.file} (catalog ${report.catalog}, manifest ${report.manifest})`];
    for (const entry of report.invariants) {
        lines.push(`${entry.ok ? 'pass' : 'FAIL'}  ${entry.id}  [${entry.check}]  ${entry.statement}`);
        for (const detail of entry.details)
            lines.push(`      ${detail.replaceAll('\n', '\n      ')}`);
    }
    const failed = report.invariants.filter((entry) => !entry.ok).length;
    lines.push(failed === 0
        ? `all ${report.invariants.length} invariants hold`
        : `${failed} of ${report.invariants.length} invariants fail`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/invariants/index.ts
/** Project invariants: human statements in `invariants/invariants.toml`, each backed by a mechanical check. */




/***/ })

};
