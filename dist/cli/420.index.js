export const id = 420;
export const ids = [420,193];
export const modules = {

/***/ 4883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bindManifest: () => (/* reexport */ bindManifest),
  defaultCatalogPath: () => (/* reexport */ defaultCatalogPath),
  loadCatalog: () => (/* reexport */ loadCatalog),
  manifestOptionsFor: () => (/* reexport */ manifestOptionsFor),
  resolveCatalogPath: () => (/* reexport */ resolveCatalogPath)
});

// UNUSED EXPORTS: REPO_CATALOG_PATH, parseCatalog, resolveTarget

// EXTERNAL MODULE: ./src/match/index.ts + 2 modules
var match = __webpack_require__(7854);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/toml/index.ts + 3 modules
var toml = __webpack_require__(4509);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/catalog/schema.ts
/**
 * The on-disk shape of a target catalog (see the header of `catalog/pika.toml`). Jobs are checked
 * against the model's `JobSpecSchema` after their references (scripts, staged targets) are resolved,
 * so their key paths in messages are the JobSpec's own.
 */


const Text = schemas/* string */.YjP().min(1);
const PayloadSchema = schemas/* strictObject */.rej({ output_name: Text, nix_installable: Text });
const RawStagedTargetSchema = schemas/* strictObject */.rej({
    snapshot_profile: model/* SnapshotProfileSchema */.hY,
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
    targets: schemas/* record */.g1P(schemas/* string */.YjP().regex(model/* JOB_ID_PATTERN */.BE, ID_MESSAGE), RawTargetSchema),
    /** Each job is checked with `JobSpecSchema` once its references are resolved. */
    jobs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({
        timeout_secs: schemas/* unknown */.L5J().refine(timeoutFitsTimer, TIMEOUT_MESSAGE).optional(),
    })),
});

;// CONCATENATED MODULE: ./src/catalog/load.ts
/** A catalog file → validated targets and jobs, every problem reported as `file:line: key.path: message`. */






async function loadCatalog(path, options = {}) {
    return buildCatalog(await (0,toml/* parseTomlFile */.gm)(path), options);
}
function parseCatalog(text, file, options = {}) {
    return buildCatalog(parseToml(text, file), options);
}
function buildCatalog(doc, options) {
    const raw = (0,toml/* validate */.tf)(RawCatalogSchema, doc.data, doc);
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
        this.issues = toml/* IssueCollector */.pv.for(doc);
        this.validateGlob = options.validateGlob ?? match/* validateGlob */.fN;
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
        if ((0,toml/* isRecord */.u4)(guest) && (0,toml/* isRecord */.u4)(guest.command)) {
            candidate.guest_command = {
                ...guest,
                command: this.script(guest.command, at('guest_command', 'command')),
            };
        }
        const runtime = rawJob.runtime_config;
        if ((0,toml/* isRecord */.u4)(runtime)) {
            const resolved = { ...runtime };
            if ((0,toml/* isRecord */.u4)(runtime.host_setup_command)) {
                resolved.host_setup_command = this.script(runtime.host_setup_command, at('runtime_config', 'host_setup_command'));
            }
            if ((0,toml/* isRecord */.u4)(runtime.staged_linux_command) && 'target' in runtime.staged_linux_command) {
                resolved.staged_linux_command = this.stagedCommand(id, runtime.staged_linux_command, at('runtime_config', 'staged_linux_command'));
            }
            candidate.runtime_config = resolved;
        }
        const result = model/* JobSpecSchema */.QH.safeParse(candidate);
        if (result.success)
            return result.data;
        (0,toml/* addZodIssues */.RE)(this.issues, model/* JobSpecSchema */.QH, candidate, result.error, at());
        return undefined;
    }
    /** Resolves `{ script, args }` to the script text, with `args` as its positional parameters. */
    script(ref, path) {
        const parsed = ScriptRefSchema.safeParse(ref);
        if (!parsed.success) {
            (0,toml/* addZodIssues */.RE)(this.issues, ScriptRefSchema, ref, parsed.error, path);
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
        const parsed = StagedRefSchema.safeParse(ref);
        if (!parsed.success) {
            (0,toml/* addZodIssues */.RE)(this.issues, StagedRefSchema, ref, parsed.error, path);
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

;// CONCATENATED MODULE: ./src/catalog/bind.ts

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
            throw new errors.InputError(`staged target \`${lane.target}\` is bound by branch lanes \`${first}\` (line ${laneLines.get(first)}) and \`${lane.id}\` (line ${lane.line})`, {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/catalog/paths.ts
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
    return typeof located === 'string' ? located : (0,external_node_url_.fileURLToPath)(located);
}
function resolveCatalogPath(options) {
    if (options.flag !== undefined && options.flag !== '')
        return { path: options.flag, source: 'flag' };
    const repoCatalog = (0,external_node_path_.join)(options.repoRoot, REPO_CATALOG_PATH);
    if ((0,external_node_fs_.existsSync)(repoCatalog))
        return { path: repoCatalog, source: 'repository' };
    return { path: defaultCatalogPath(), source: 'bundled' };
}

;// CONCATENATED MODULE: ./src/catalog/index.ts
/** The target catalog: TOML data under `catalog/` (or a repository's own), validated into TargetSpecs. */





/***/ }),

/***/ 420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changedFilesSince: () => (/* binding */ changedFilesSince),
  executeAndReport: () => (/* binding */ executeAndReport),
  hostRunOptions: () => (/* binding */ hostRunOptions),
  loadRunSources: () => (/* reexport */ loadRunSources),
  planHosts: () => (/* binding */ planHosts)
});

// UNUSED EXPORTS: DEFAULT_MANIFEST

// EXTERNAL MODULE: ./src/git/index.ts + 2 modules
var src_git = __webpack_require__(4193);
// EXTERNAL MODULE: ./src/hosts/index.ts + 2 modules
var hosts = __webpack_require__(2116);
// EXTERNAL MODULE: ./src/run/index.ts + 9 modules
var src_run = __webpack_require__(2277);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/catalog/index.ts + 4 modules
var src_catalog = __webpack_require__(4883);
// EXTERNAL MODULE: ./src/manifest/index.ts + 2 modules
var src_manifest = __webpack_require__(8757);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/incus/index.ts + 4 modules
var incus = __webpack_require__(6886);
// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(6684);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/prepare/nix.ts
/**
 * Staged payloads built by real Nix (docs/upstream.md, records 3.6): `nix build path:<run snapshot>#<output>`
 * on this machine, the store path exposed to the job as a symlink at each requested mount path,
 * and its payload manifest recorded. Built from the run's own snapshot, so the payload matches the
 * tested source exactly.
 */







/** `PIKACI_NIX` and `PIKACI_NIX_ARGS` (a JSON array of strings) configure the build from the environment. */
function nixBuildOptionsFromEnv(env = process.env) {
    const raw = env.PIKACI_NIX_ARGS;
    let args = [];
    if (raw !== undefined && raw.trim() !== '') {
        const parsed = schemas/* array */.YOg(schemas/* string */.YjP()).safeParse(safeJson(raw));
        if (!parsed.success) {
            throw new errors.InputError('PIKACI_NIX_ARGS must be a JSON array of strings', {
                where: 'environment',
                hint: `for example PIKACI_NIX_ARGS='["--option","substituters",""]'`,
            });
        }
        args = parsed.data;
    }
    return { nix: env.PIKACI_NIX || 'nix', args };
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
const BuildResultSchema = schemas/* array */.YOg(schemas/* object */.Ikc({ outputs: schemas/* object */.Ikc({ out: schemas/* string */.YjP() }) })).min(1);
function nixPrepareHandlers(options = {}) {
    const nix = options.nix ?? 'nix';
    const baseArgs = [...(options.args ?? []), '--extra-experimental-features', 'nix-command flakes'];
    return {
        async nixBuild(node, ctx) {
            const installable = `path:${ctx.snapshotDir}#${node.prepare.output_name}`;
            const argv = [...baseArgs, 'build', '--no-link', '--json', installable];
            for (const log of ctx.logs)
                log.line(`[pikaci] nix build for \`${node.id}\`: ${nix} ${argv.join(' ')}`);
            const stdout = await run(nix, argv, ctx.signal, (chunk) => {
                for (const log of ctx.logs)
                    log.write(chunk);
            });
            const built = BuildResultSchema.safeParse(safeJson(stdout));
            if (!built.success) {
                throw new errors.PikaciError(`nix build ${installable} printed no store path: ${stdout.slice(0, 200)}`);
            }
            const realized = await checkedStorePath(built.data[0].outputs.out, installable);
            const exposures = node.prepare.handoff?.exposures ?? [];
            for (const exposure of exposures)
                await replaceWithSymlink(exposure.path, realized);
            for (const log of ctx.logs)
                log.line(`[pikaci] prepared \`${node.prepare.output_name}\` at ${realized}`);
            return {
                node_id: node.id,
                installable: node.prepare.installable,
                output_name: node.prepare.output_name,
                protocol: 'nix_store_path_v1',
                residency: 'local_authoritative',
                consumer: 'host_local_symlink_mounts_v1',
                realized_path: realized,
                consumer_request_path: null,
                consumer_result_path: null,
                consumer_launch_request_path: null,
                consumer_transport_request_path: null,
                exposures,
                requested_exposures: [],
                payload: await readPayloadManifest(realized),
            };
        },
    };
}
/**
 * The output must be a direct store path, also once its symlinks are resolved: it is exposed to jobs
 * and mounted into guests, so it may not name (or lead to) anything outside the Nix store.
 */
async function checkedStorePath(out, installable) {
    const refuse = (problem) => new errors.PikaciError(`nix build ${installable} returned an output that is not a store path: ${problem}`, {
        hint: 'a prepared output must be the /nix/store path of the built derivation; check the flake output',
    });
    const problem = (0,incus/* storePathProblem */.qU)(out);
    if (problem !== undefined)
        throw refuse(problem);
    const resolved = await (0,promises_.realpath)(out).catch((error) => {
        throw refuse(`\`${out}\` cannot be resolved: ${(0,errors/* errorMessage */.gJ)(error)}`);
    });
    const resolvedProblem = (0,incus/* storePathProblem */.qU)(resolved);
    if (resolvedProblem !== undefined)
        throw refuse(`\`${out}\` resolves to ${resolvedProblem}`);
    return out;
}
async function readPayloadManifest(root) {
    const path = (0,external_node_path_.join)(root, incus/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD);
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return null;
    const parsed = records.PreparedOutputPayloadManifestRecordSchema.safeParse(safeJson(text));
    if (!parsed.success)
        throw new errors.PikaciError(`decode ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
}
/** Point `path` at `target`, replacing whatever is there, atomically (symlink beside it, then rename). */
async function replaceWithSymlink(path, target) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}`;
    await (0,promises_.symlink)(target, temp);
    const existing = await (0,promises_.lstat)(path).catch(() => undefined);
    if (existing?.isDirectory()) {
        throw new errors.PikaciError(`cannot expose a prepared output at ${path}: a directory is in the way`);
    }
    await (0,promises_.rename)(temp, path);
}
function run(program, args, signal, onStderr) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(program, args, { signal, maxBuffer: 16 * 1024 * 1024, encoding: 'buffer' }, (error, stdout) => {
            if (error) {
                reject(new errors.PikaciError(`${program} ${args.join(' ')} failed: ${(0,errors/* errorMessage */.gJ)(error)}`, {
                    hint: 'the payload must build from the run snapshot with `nix build path:<snapshot>#<output>`',
                }));
            }
            else
                resolve(stdout.toString('utf8'));
        });
        child.stderr?.on('data', onStderr);
    });
}

;// CONCATENATED MODULE: ./src/prepare/index.ts
/** Prepare nodes: staged payloads built with Nix. */


;// CONCATENATED MODULE: ./src/sources/index.ts
/**
 * What a run is made of, for the CLI and the action alike: the repository root, the state root,
 * the catalog with the manifest bound to it, and a `run` that executes jobs against them.
 */







const DEFAULT_MANIFEST = (0,external_node_path_.join)('ci', 'forge-lanes.toml');
async function loadRunSources(flags) {
    const repoRoot = await (0,records.repoRoot)();
    const stateRoot = await (0,records.resolveStateRoot)({ flag: flags.stateRoot });
    const catalogPath = (0,src_catalog.resolveCatalogPath)({ flag: flags.catalog, repoRoot }).path;
    let catalog = await (0,src_catalog.loadCatalog)(catalogPath);
    const defaultManifest = (0,external_node_path_.join)(repoRoot, DEFAULT_MANIFEST);
    const manifestPath = flags.manifest !== undefined
        ? (0,external_node_path_.resolve)(flags.manifest)
        : (0,external_node_fs_.existsSync)(defaultManifest)
            ? defaultManifest
            : null;
    let lanes = [];
    if (manifestPath !== null) {
        const manifest = await (0,src_manifest.loadManifest)(manifestPath, (0,src_catalog.manifestOptionsFor)(catalog));
        catalog = (0,src_catalog.bindManifest)(catalog, manifest);
        lanes = (0,src_manifest.allLanes)(manifest);
    }
    return {
        repoRoot,
        stateRoot,
        runnable: { targets: catalog.targets, lanes, catalogPath, manifestPath },
        manifestRelative: manifestPath === null ? null : (0,external_node_path_.relative)(repoRoot, manifestPath),
        run: (options) => (0,src_run/* runJobs */.Ag)({
            ...options,
            stateRoot,
            sourceRoot: repoRoot,
            includeLocalChanges: options.includeLocalChanges ?? process.env['CI'] !== 'true',
            prepare: nixPrepareHandlers(nixBuildOptionsFromEnv()),
        }),
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/run-support.ts
/** What `run` and `rerun` share: loading the catalog and manifest, changed files, output and exit codes. */




/** Files changed from the merge base of `since` and HEAD, plus local edits and untracked files. */
async function changedFilesSince(repoRoot, since) {
    const git = (0,src_git.createGit)(repoRoot);
    const committed = await (0,src_git.changesSince)(git, since, 'HEAD');
    return [...new Set([...committed.paths, ...(await git.localChanges())])].sort();
}
/**
 * Run with a reporter for `format`, print the result, and set the exit code: 0 passed/skipped,
 * 1 failed, 130/143 when cancelled by SIGINT/SIGTERM.
 */
async function executeAndReport(format, execute) {
    const reporter = (0,src_run.createReporter)(format, { stdout: process.stdout, stderr: process.stderr }, { progress: process.stderr.isTTY === true && process.env['TERM'] !== 'dumb' });
    const cancellation = (0,src_run.cancelOnSignals)();
    let run;
    try {
        run = await execute(reporter, cancellation.signal);
    }
    finally {
        cancellation.dispose();
    }
    if (format === 'json')
        process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    if (format === 'human') {
        const summary = (0,src_run/* renderRunSummary */.qN)(run);
        for (const line of summary.stdout)
            process.stdout.write(`${line}\n`);
        for (const line of summary.stderr)
            process.stderr.write(`${line}\n`);
    }
    process.exitCode = cancellation.exitCode() ?? (run.status === 'failed' ? 1 : 0);
    return run;
}
/**
 * Validate the host flags (and `PIKACI_*` variables) and an explicit `--concurrency-group` before
 * anything is recorded. `run` then takes the group from `resolveLaneRun` (the flag, else the lane's).
 */
function planHosts(flags) {
    return {
        settings: (0,hosts.parseHostSettings)(flags, process.env),
        concurrencyGroup: (0,hosts/* parseConcurrencyGroup */.CB)(flags.concurrencyGroup),
    };
}
/** The transports and backends of one run, honouring cancellation while waiting for a group lock. */
function hostRunOptions(plan, signal) {
    const environment = (0,hosts/* executionEnvironment */.q9)({
        ...plan.settings,
        concurrencyGroup: plan.concurrencyGroup,
        signal,
    });
    return { transportFor: environment.transportFor, resolveBackend: environment.resolveBackend };
}


/***/ }),

/***/ 4193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changesSince: () => (/* reexport */ changesSince),
  createGit: () => (/* reexport */ createGit),
  readChangedFrom: () => (/* reexport */ readChangedFrom)
});

// UNUSED EXPORTS: CHANGE_STATUSES, parseChangedList, parseNameStatusZ, pathsOfChanges

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/toml/index.ts + 3 modules
var toml = __webpack_require__(4509);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/git/changes.ts
/**
 * Changed-file lists: `git diff -z --name-status` output, and the `--changed-from FILE|-` lists a
 * caller hands in. Names are taken verbatim: `-z` means git neither quotes nor escapes them, and
 * nothing here trims them (a name may begin or end with a space). A name whose bytes are not valid
 * UTF-8 is decoded with U+FFFD in their place and reported, so the caller can warn (README,
 * "Matching rules").
 */



const CHANGE_STATUSES = ['A', 'C', 'D', 'M', 'R', 'T', 'U', 'X'];
/** The one line a caller prints for an `InvalidUtf8Name`. */
function invalidUtf8Warning(name) {
    return `changed file name is not valid UTF-8: "${name.escaped}"; it is matched as ${JSON.stringify(name.decoded)} (each invalid byte sequence replaced by U+FFFD), so only a wildcard can match those bytes`;
}
/** Splits NUL-separated bytes into UTF-8 names, reporting each name whose bytes are not valid UTF-8. */
function decodeNulSeparated(bytes, onInvalid = () => undefined) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if ((0,external_node_buffer_.isUtf8)(buffer))
        return buffer.toString('utf8').split('\0');
    const fields = [];
    let start = 0;
    for (;;) {
        const end = buffer.indexOf(0, start);
        const field = buffer.subarray(start, end === -1 ? buffer.length : end);
        const decoded = field.toString('utf8');
        if (!(0,external_node_buffer_.isUtf8)(field))
            onInvalid({ escaped: escapeBytes(field), decoded });
        fields.push(decoded);
        if (end === -1)
            return fields;
        start = end + 1;
    }
}
function escapeBytes(bytes) {
    let out = '';
    for (const byte of bytes) {
        if (byte === 0x5c)
            out += '\\\\';
        else if (byte >= 0x20 && byte < 0x7f)
            out += String.fromCharCode(byte);
        else
            out += `\\x${byte.toString(16).padStart(2, '0')}`;
    }
    return out;
}
/**
 * Parse `git diff -z --name-status` output: `S\0path\0`, or `Rnnn\0from\0to\0` for renames and
 * copies. Given bytes, names that are not valid UTF-8 are reported to `onInvalid`.
 */
function parseNameStatusZ(output, onInvalid) {
    const fields = typeof output === 'string' ? output.split('\0') : decodeNulSeparated(output, onInvalid);
    // The output ends with a NUL, which leaves one empty field at the end.
    if (fields[fields.length - 1] === '')
        fields.pop();
    const changes = [];
    let i = 0;
    const take = (what) => {
        const field = fields[i++];
        if (field === undefined || field === '')
            throw new Error(`record ${changes.length + 1}: missing ${what}`);
        return field;
    };
    while (i < fields.length) {
        const statusField = take('status');
        const letter = statusField[0];
        if (!CHANGE_STATUSES.includes(letter)) {
            throw new Error(`record ${changes.length + 1}: unknown status \`${statusField}\``);
        }
        if (letter === 'R' || letter === 'C') {
            const from = take('source path');
            const path = take('destination path');
            changes.push({
                status: letter,
                from,
                path,
                similarity: Number.parseInt(statusField.slice(1), 10) || 0,
            });
        }
        else {
            changes.push({ status: letter, path: take('path') });
        }
    }
    return changes;
}
/** The paths a change list touches, in diff order, without duplicates: a rename's source, then its destination. */
function pathsOfChanges(changes) {
    const paths = new Set();
    for (const change of changes) {
        if (change.status === 'R' || change.status === 'C')
            paths.add(change.from);
        paths.add(change.path);
    }
    return [...paths];
}
/**
 * A changed-file list as text: NUL-separated when it holds a NUL (`git diff -z --name-only`),
 * else one path per line (a CR before the LF is dropped). Empty entries are dropped, duplicates
 * removed, order kept.
 */
function parseChangedList(input, onInvalid) {
    const entries = typeof input !== 'string'
        ? input.includes(0)
            ? decodeNulSeparated(input, onInvalid)
            : decodeLines(input, onInvalid)
        : input.includes('\0')
            ? input.split('\0')
            : input.split('\n').map((line) => line.replace(/\r$/, ''));
    return [...new Set(entries.filter((entry) => entry.trim() !== ''))];
}
function decodeLines(bytes, onInvalid) {
    return decodeNulSeparated(Buffer.from(bytes).map((byte) => (byte === 0x0a ? 0 : byte)), onInvalid).map((line) => line.replace(/\r$/, ''));
}
/** Read `--changed-from FILE|-`: a file, or standard input for `-`. */
async function readChangedFrom(source, stdin = process.stdin, warn = (message) => process.stderr.write(`warning: ${message}\n`)) {
    if (source === '') {
        throw new errors.InputError('--changed-from needs a file name, or `-` for standard input');
    }
    let bytes;
    try {
        bytes = source === '-' ? await readStream(stdin) : await (0,promises_.readFile)(source);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : code === 'EISDIR'
                    ? 'it is a directory'
                    : error.message;
        throw new errors.InputError(`cannot read the changed-file list \`${source}\`: ${why}`, {
            where: '--changed-from',
            hint: 'pass a file with one repo-relative path per line (or NUL-separated), or `-` to read standard input',
            cause: error,
        });
    }
    return parseChangedList(bytes, (name) => warn(invalidUtf8Warning(name)));
}
async function readStream(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * The few git operations planning needs, behind one small interface so the selection core never
 * talks to git and tests can run the real thing against repositories they build.
 */





/** A `Git` that runs the `git` program in `dir`. */
function createGit(dir, options = {}) {
    return new ProcessGit(dir, options.warn ?? ((message) => process.stderr.write(`warning: ${message}\n`)));
}
class ProcessGit {
    dir;
    warn;
    constructor(dir, warn) {
        this.dir = dir;
        this.warn = warn;
    }
    async revParse(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1]);
        if (result.exitCode !== 0) {
            throw new errors.InputError(`unknown revision \`${rev}\`: no such commit in the repository`, {
                where: this.dir,
                hint: 'pass a commit that exists locally (a shallow clone may lack it: fetch more history, e.g. fetch-depth: 0)',
            });
        }
        return result.stdout.trim();
    }
    async hasCommit(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1]);
        return result.exitCode === 0;
    }
    async mergeBase(a, b) {
        const result = await this.run(['merge-base', '--end-of-options', a, b], [0, 1]);
        const base = result.stdout.trim();
        return result.exitCode === 0 && base !== '' ? base : null;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], [0, 1]);
        return result.exitCode === 0;
    }
    async isShallow() {
        const result = await this.run(['rev-parse', '--is-shallow-repository']);
        return result.stdout.trim() === 'true';
    }
    async fetchDeepen(depth, remote = 'origin') {
        if (!Number.isInteger(depth) || depth < 1) {
            throw new errors.InputError(`fetch depth must be a positive integer, got ${depth}`);
        }
        await this.run(['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote]);
    }
    async diff(base, head) {
        // `--no-relative` guards against `diff.relative` in the user's config; `-z` keeps names verbatim.
        const result = await this.run([
            'diff',
            '-z',
            '--name-status',
            '-M',
            '--no-relative',
            '--no-ext-diff',
            '--end-of-options',
            base,
            head,
            '--',
        ]);
        try {
            return parseNameStatusZ(result.stdoutBytes, (name) => this.warn(invalidUtf8Warning(name)));
        }
        catch (error) {
            throw new errors.PikaciError(`cannot read \`git diff\` output for ${base}..${head}`, {
                where: this.dir,
                cause: error,
            });
        }
    }
    async changedFiles(base, head) {
        return pathsOfChanges(await this.diff(base, head));
    }
    async showFile(rev, path) {
        const result = await this.run(['cat-file', 'blob', `${rev}:${path}`], [0, 128]);
        if (result.exitCode !== 0) {
            throw new errors.InputError(`no file \`${path}\` at revision \`${rev}\``, {
                where: this.dir,
                hint: 'check the path (repo-relative) and that the revision is fetched',
            });
        }
        // Shown files are TOML manifests: invalid UTF-8 is an error at its line, never replaced.
        return (0,toml/* decodeUtf8 */._6)(result.stdoutBytes, `${rev}:${path}`);
    }
    async localChanges() {
        const edited = await this.run([
            'diff',
            '--name-only',
            '-z',
            '--no-relative',
            '--no-ext-diff',
            'HEAD',
            '--',
        ]);
        const untracked = await this.run(['ls-files', '--others', '--exclude-standard', '--full-name', '-z']);
        const names = [
            ...decodeNulSeparated(edited.stdoutBytes, (name) => this.warn(invalidUtf8Warning(name))),
            ...decodeNulSeparated(untracked.stdoutBytes, (name) => this.warn(invalidUtf8Warning(name))),
        ];
        return [...new Set(names.filter((name) => name !== ''))].sort();
    }
    /** Run git; an exit code outside `expected` is a `PikaciError` carrying git's stderr. */
    async run(args, expected = [0]) {
        const outcome = await spawnGit(this.dir, args);
        if (outcome.kind === 'failed') {
            const why = outcome.code !== 'ENOENT'
                ? outcome.message
                : (0,external_node_fs_.existsSync)(this.dir)
                    ? 'git is not installed or not on PATH'
                    : 'the directory does not exist';
            throw new errors.PikaciError(`cannot run \`git ${args[0]}\`: ${why}`, { where: this.dir });
        }
        const { exitCode, stderr } = outcome;
        if (!expected.includes(exitCode)) {
            const trimmed = stderr.trim();
            throw new errors.PikaciError(`\`git ${args.join(' ')}\` failed (exit ${exitCode})${trimmed ? `: ${trimmed}` : ''}`, {
                where: this.dir,
                hint: trimmed.includes('not a git repository')
                    ? 'run from a git checkout or pass --repo DIR'
                    : undefined,
            });
        }
        return outcome;
    }
}
/**
 * One short git process through `node:child_process` rather than execa: the plan path runs a few
 * of these and never needs process-group handling, and not loading execa is a measured part of the
 * action's cold start. Output is decoded as UTF-8 across chunk boundaries, nothing stripped.
 */
function spawnGit(dir, args) {
    return new Promise((resolvePromise) => {
        const child = (0,external_node_child_process_.spawn)('git', args, {
            cwd: dir,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        let settled = false;
        child.on('error', (error) => {
            if (settled)
                return;
            settled = true;
            resolvePromise({ kind: 'failed', code: error.code, message: error.message });
        });
        child.on('close', (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            if (exitCode === null) {
                resolvePromise({
                    kind: 'failed',
                    code: undefined,
                    message: `Command was killed with ${signal ?? 'a signal'}: git ${args.join(' ')}`,
                });
                return;
            }
            try {
                const stdoutBytes = Buffer.concat(stdout);
                resolvePromise({
                    kind: 'exited',
                    exitCode,
                    stdout: stdoutBytes.toString('utf8'),
                    stdoutBytes,
                    stderr: Buffer.concat(stderr).toString('utf8'),
                });
            }
            catch (error) {
                // Output beyond the largest string V8 can hold.
                resolvePromise({ kind: 'failed', code: undefined, message: error.message });
            }
        });
    });
}
/**
 * The paths changed on `head` since it forked from `base` (a three-dot diff): the merge base of the
 * two, diffed against `head`. When `base` is an ancestor of `head` the merge base is `base` itself.
 */
async function changesSince(git, base, head) {
    const [baseId, headId] = [await git.revParse(base), await git.revParse(head)];
    const from = await git.mergeBase(baseId, headId);
    if (from === null) {
        const shallow = await git.isShallow();
        throw new errors.InputError(`\`${base}\` and \`${head}\` have no common history here`, {
            where: git.dir,
            hint: shallow
                ? 'this is a shallow clone: fetch more history (git fetch --deepen=100, or fetch-depth: 0)'
                : 'pass a --base that shares history with --head, or list the files with --changed-from',
        });
    }
    return { base: baseId, head: headId, from, paths: await git.changedFiles(from, headId) };
}

;// CONCATENATED MODULE: ./src/git/index.ts
/** git, reached through one small interface: changed files between explicit revisions, history checks. */




/***/ })

};
