export const id = 5799;
export const ids = [5799,638,8544];
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

/***/ 15799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bindManifest: () => (/* reexport safe */ _bind_js__WEBPACK_IMPORTED_MODULE_1__.r),
/* harmony export */   defaultCatalogPath: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_2__.i3),
/* harmony export */   loadCatalog: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_0__.loadCatalog),
/* harmony export */   manifestOptionsFor: () => (/* reexport safe */ _bind_js__WEBPACK_IMPORTED_MODULE_1__.manifestOptionsFor),
/* harmony export */   resolveCatalogPath: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_2__.l2)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50638);
/* harmony import */ var _bind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78544);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36407);
/** The target catalog: TOML data under `catalog/` (or a repository's own), validated into TargetSpecs. */






/***/ }),

/***/ 50638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadCatalog: () => (/* binding */ loadCatalog)
});

// UNUSED EXPORTS: parseCatalog

// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: ./src/match/glob.ts
var glob = __webpack_require__(3199);
// EXTERNAL MODULE: ./src/model/job.ts
var job = __webpack_require__(31146);
// EXTERNAL MODULE: ./src/toml/parse.ts
var parse = __webpack_require__(8631);
// EXTERNAL MODULE: ./src/toml/validate.ts
var validate = __webpack_require__(22940);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/catalog/schema.ts
/**
 * The on-disk shape of a target catalog (see the header of `catalog/pika.toml`). Jobs are checked
 * against the model's `JobSpecSchema` after their references (scripts, staged targets) are resolved,
 * so their key paths in messages are the JobSpec's own.
 */


const Text = schemas/* string */.YjP().min(1);
const PayloadSchema = schemas/* strictObject */.rej({ output_name: Text, nix_installable: Text });
const RawStagedTargetSchema = schemas/* strictObject */.rej({
    snapshot_profile: job/* SnapshotProfileSchema */.hY,
    prepare_node_prefix: Text,
    prepare_description: Text,
    workspace_output_system: Text,
    workspace_deps: PayloadSchema,
    workspace_build: PayloadSchema,
});
const RawTargetSchema = schemas/* strictObject */.rej({
    description: Text,
    jobs: schemas/* array */.YOg(schemas/* string */.YjP()).min(1, 'a target needs at least one job'),
    /** Static path filters of a non-staged target (used by `pikaci run --since`). */
    filters: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    staged: RawStagedTargetSchema.optional(),
});
/** `{ script = "<name>", args = [...] }`: a named script from `[scripts]`, with positional parameters. */
const ScriptRefSchema = schemas/* strictObject */.rej({
    script: schemas/* string */.YjP(),
    args: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
});
/** `{ target = "<staged target id>", wrapper = "/abs/path" }` inside an Incus runtime config. */
const StagedRefSchema = schemas/* strictObject */.rej({ target: schemas/* string */.YjP(), wrapper: schemas/* string */.YjP() });
/**
 * The longest job timeout: a host timer runs for the timeout plus the Incus host grace (30 s), and
 * Node's timers cannot exceed 2^31-1 ms (a longer one fires at once, with a `TimeoutOverflowWarning`).
 */
const MAX_TIMEOUT_SECS = Math.floor((2 ** 31 - 1) / 1000) - 30;
const TIMEOUT_MESSAGE = `timeout_secs must be at most ${MAX_TIMEOUT_SECS} (about 24 days): longer host timers overflow`;
function timeoutFitsTimer(value) {
    return typeof value !== 'number' || value <= MAX_TIMEOUT_SECS;
}
const ID_MESSAGE = 'ids are letters, digits, `.`, `_` and `-`, starting alphanumeric';
const RawCatalogSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, 'unsupported catalog version; this tool reads `version = 1`'),
    scripts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().min(1)).default({}),
    targets: schemas/* record */.g1P(schemas/* string */.YjP().regex(job/* JOB_ID_PATTERN */.BE, ID_MESSAGE), RawTargetSchema),
    /** Each job is checked with `JobSpecSchema` once its references are resolved. */
    jobs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        timeout_secs: schemas/* unknown */.L5J().refine(timeoutFitsTimer, TIMEOUT_MESSAGE).optional(),
    })),
});

;// CONCATENATED MODULE: ./src/catalog/load.ts
/** A catalog file → validated targets and jobs, every problem reported as `file:line: key.path: message`. */






async function loadCatalog(path, options = {}) {
    return buildCatalog(await (0,parse/* parseTomlFile */.gm)(path), options);
}
function parseCatalog(text, file, options = {}) {
    return buildCatalog(parseToml(text, file), options);
}
function buildCatalog(doc, options) {
    const raw = (0,validate/* validate */.tf)(RawCatalogSchema, doc.data, doc);
    return new CatalogBuilder(doc, raw, options).build();
}
function stagedConfig(staged) {
    return {
        snapshot_profile: staged.snapshot_profile,
        prepare_node_prefix: staged.prepare_node_prefix,
        prepare_description: staged.prepare_description,
        payload_specs: [
            { role: 'workspace_deps', ...staged.workspace_deps },
            { role: 'workspace_build', ...staged.workspace_build },
        ],
        workspace_output_system: staged.workspace_output_system,
    };
}
class CatalogBuilder {
    doc;
    raw;
    issues;
    usedScripts = new Set();
    stagedOf = new Map();
    /** Jobs whose staged reference is already reported as broken: no second message about them. */
    brokenStagedRefs = new Set();
    staged = new Map();
    validateGlob;
    constructor(doc, raw, options) {
        this.doc = doc;
        this.raw = raw;
        this.issues = validate/* IssueCollector */.pv.for(doc);
        this.validateGlob = options.validateGlob ?? glob/* validateGlob */.fN;
        for (const [id, target] of Object.entries(raw.targets)) {
            if (target.staged !== undefined)
                this.staged.set(id, stagedConfig(target.staged));
        }
    }
    build() {
        const jobs = new Map();
        for (const [id, rawJob] of Object.entries(this.raw.jobs)) {
            const job = this.job(id, rawJob);
            if (job !== undefined)
                jobs.set(id, job);
        }
        const usedJobs = new Set();
        const targets = new Map();
        for (const [id, rawTarget] of Object.entries(this.raw.targets)) {
            const at = (...keys) => ['targets', id, ...keys];
            const staged = this.staged.get(id);
            if (staged !== undefined && rawTarget.filters !== undefined) {
                this.issues.add(at('filters'), `staged target \`${id}\` takes its path filters from the branch lane bound to it in the lane manifest (PIKACI-003); remove \`filters\``);
            }
            (rawTarget.filters ?? []).forEach((pattern, i) => {
                const problem = this.validateGlob(pattern);
                if (problem !== undefined)
                    this.issues.add(at('filters', i), `invalid path pattern \`${pattern}\`: ${problem}`);
            });
            const targetJobs = [];
            const seen = new Set();
            rawTarget.jobs.forEach((jobId, i) => {
                usedJobs.add(jobId);
                if (seen.has(jobId)) {
                    this.issues.add(at('jobs', i), `job \`${jobId}\` is listed twice in target \`${id}\``);
                    return;
                }
                seen.add(jobId);
                if (!(jobId in this.raw.jobs)) {
                    const hint = (0,errors/* didYouMean */.au)(jobId, Object.keys(this.raw.jobs));
                    this.issues.add(at('jobs', i), `unknown job \`${jobId}\`${hint ? `; ${hint}` : ''}`);
                    return;
                }
                const stagedFor = this.stagedOf.get(jobId);
                if (staged !== undefined && stagedFor !== id && !this.brokenStagedRefs.has(jobId)) {
                    this.issues.add(at('jobs', i), stagedFor === undefined
                        ? `job \`${jobId}\` is not a staged job, but staged target \`${id}\` only runs jobs staged for it`
                        : `job \`${jobId}\` is staged for \`${stagedFor}\`, but staged target \`${id}\` only runs jobs staged for it`);
                }
                const job = jobs.get(jobId);
                if (job !== undefined)
                    targetJobs.push(job);
            });
            targets.set(id, {
                id,
                description: rawTarget.description,
                filters: rawTarget.filters ?? [],
                jobs: targetJobs,
                ...(staged === undefined ? {} : { staged }),
            });
        }
        for (const id of Object.keys(this.raw.jobs)) {
            if (!usedJobs.has(id))
                this.issues.add(['jobs', id], `job \`${id}\` is not used by any target; add it to a target's \`jobs\` or remove it`);
        }
        for (const name of Object.keys(this.raw.scripts)) {
            if (!this.usedScripts.has(name))
                this.issues.add(['scripts', name], `script \`${name}\` is not used by any job; remove it`);
        }
        this.issues.throwIfAny();
        const stagedTargets = new Map([...targets].filter(([id]) => this.staged.has(id)));
        return { path: this.doc.file, targets, stagedTargets, jobs, bindings: new Map(), manifestPath: null };
    }
    job(id, rawJob) {
        const at = (...keys) => ['jobs', id, ...keys];
        if ('id' in rawJob) {
            this.issues.add(at('id'), 'a job takes its id from its table name `[jobs.<id>]`; remove `id`');
            return undefined;
        }
        const candidate = { id, ...rawJob };
        const guest = rawJob.guest_command;
        if ((0,validate/* isRecord */.u4)(guest) && (0,validate/* isRecord */.u4)(guest.command)) {
            candidate.guest_command = {
                ...guest,
                command: this.script(guest.command, at('guest_command', 'command')),
            };
        }
        const runtime = rawJob.runtime_config;
        if ((0,validate/* isRecord */.u4)(runtime)) {
            const resolved = { ...runtime };
            if ((0,validate/* isRecord */.u4)(runtime.host_setup_command)) {
                resolved.host_setup_command = this.script(runtime.host_setup_command, at('runtime_config', 'host_setup_command'));
            }
            if ((0,validate/* isRecord */.u4)(runtime.staged_linux_command) && 'target' in runtime.staged_linux_command) {
                resolved.staged_linux_command = this.stagedCommand(id, runtime.staged_linux_command, at('runtime_config', 'staged_linux_command'));
            }
            candidate.runtime_config = resolved;
        }
        const result = (0,schema/* safeParse */.x)(job/* JobSpecSchema */.QH, candidate);
        if (result.success)
            return result.data;
        (0,validate/* addZodIssues */.RE)(this.issues, job/* JobSpecSchema */.QH, candidate, result.error, at());
        return undefined;
    }
    /** Resolves `{ script, args }` to the script text, with `args` as its positional parameters. */
    script(ref, path) {
        const parsed = (0,schema/* safeParse */.x)(ScriptRefSchema, ref);
        if (!parsed.success) {
            (0,validate/* addZodIssues */.RE)(this.issues, ScriptRefSchema, ref, parsed.error, path);
            return undefined;
        }
        const { script, args = [] } = parsed.data;
        const text = this.raw.scripts[script];
        if (text === undefined) {
            const hint = (0,errors/* didYouMean */.au)(script, Object.keys(this.raw.scripts));
            this.issues.add([...path, 'script'], `unknown script \`${script}\` (not in [scripts])${hint ? `; ${hint}` : ''}`);
            return undefined;
        }
        this.usedScripts.add(script);
        return args.length === 0 ? text : `set -- ${(0,shell/* shellJoin */.n)(args)}\n${text}`;
    }
    /** Expands `{ target, wrapper }` with the staged target's shared prepare config. */
    stagedCommand(jobId, ref, path) {
        this.brokenStagedRefs.add(jobId);
        const parsed = (0,schema/* safeParse */.x)(StagedRefSchema, ref);
        if (!parsed.success) {
            (0,validate/* addZodIssues */.RE)(this.issues, StagedRefSchema, ref, parsed.error, path);
            return undefined;
        }
        const { target, wrapper } = parsed.data;
        const config = this.staged.get(target);
        if (config === undefined) {
            const known = target in this.raw.targets;
            const hint = (0,errors/* didYouMean */.au)(target, this.staged.keys());
            this.issues.add([...path, 'target'], known
                ? `target \`${target}\` has no \`staged\` table, so it cannot stage job \`${jobId}\``
                : `unknown staged target \`${target}\`${hint ? `; ${hint}` : ''}`);
            return undefined;
        }
        this.brokenStagedRefs.delete(jobId);
        this.stagedOf.set(jobId, target);
        return { ...config, execute_wrapper_command: wrapper };
    }
}


/***/ }),

/***/ 36407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i3: () => (/* binding */ defaultCatalogPath),
/* harmony export */   l2: () => (/* binding */ resolveCatalogPath)
/* harmony export */ });
/* unused harmony export REPO_CATALOG_PATH */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/** Where the catalog comes from: `--catalog`, else the repository's own, else the one shipped with the action. */



/** A repository that keeps its own catalog puts it here. */
const REPO_CATALOG_PATH = 'ci/pikaci-catalog.toml';
/**
 * The Pika catalog shipped with the action. Unbundled — `src/catalog/*.ts` (tests, tsx) and
 * `lib/catalog/*.js` (the library build) — the module sits two directories below the package root,
 * so this is a file URL to `catalog/pika.toml`. In the `dist/` bundles ncc recognises the expression,
 * copies the catalog next to the bundle (`dist/cli/pika.toml`, `dist/action/pika.toml`) and replaces
 * the expression with that copy's plain path, so a bundle never depends on files outside it.
 */
function defaultCatalogPath() {
    const located = __webpack_require__.ab + "pika.toml";
    return typeof located === 'string' ? located : (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(located);
}
function resolveCatalogPath(options) {
    if (options.flag !== undefined && options.flag !== '')
        return { path: options.flag, source: 'flag' };
    const repoCatalog = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.repoRoot, REPO_CATALOG_PATH);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repoCatalog))
        return { path: repoCatalog, source: 'repository' };
    return { path: defaultCatalogPath(), source: 'bundled' };
}


/***/ })

};
