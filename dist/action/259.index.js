export const id = 259;
export const ids = [259];
export const modules = {

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3894);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/** Action inputs read the same way by every command. */


/**
 * `core.getBooleanInput` (YAML 1.2 core schema: `true`/`True`/`TRUE`, `false`/`False`/`FALSE`) with
 * our message for a bad value; empty (an optional workflow input passed through) means `fallback`.
 */
function booleanInput(name, fallback) {
    if (_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) === '')
        return fallback;
    try {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt(name);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`\`${name}\` must be \`true\` or \`false\`, got ${JSON.stringify(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name))}`, { where: `input \`${name}\``, hint: 'also accepted: True, TRUE, False, FALSE' });
    }
}


/***/ }),

/***/ 14883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rg: () => (/* reexport */ bindManifest),
  ak: () => (/* reexport */ loadCatalog),
  N_: () => (/* reexport */ manifestOptionsFor),
  l2: () => (/* reexport */ resolveCatalogPath)
});

// UNUSED EXPORTS: REPO_CATALOG_PATH, defaultCatalogPath, parseCatalog, resolveTarget

// EXTERNAL MODULE: ./src/match/index.ts + 2 modules
var match = __webpack_require__(27854);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/toml/index.ts + 3 modules
var toml = __webpack_require__(4509);
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
            throw new errors/* InputError */.dz(`staged target \`${lane.target}\` is bound by branch lanes \`${first}\` (line ${laneLines.get(first)}) and \`${lane.id}\` (line ${lane.line})`, {
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
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
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

/***/ 8709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nS: () => (/* reexport */ DEFAULT_LOCK_TIMEOUT_SECS),
  t6: () => (/* reexport */ acquireGroupLock),
  m3: () => (/* reexport */ groupJobsFile),
  R4: () => (/* reexport */ validateGroupName)
});

// UNUSED EXPORTS: JOBS_GONE_TIMEOUT_SECS, groupLockFile

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/locks/group-lock.ts
/**
 * Concurrency groups as real locks (docs/design.md decision 8): an exclusive `flock(1)` on
 * `<work dir>/locks/<group>.lock` on the placement host, held by one long-lived `flock`-holding
 * shell that runs over the run's own transport and reads its stdin until EOF.
 *
 * Why this shape: the lock dies with its holder on every exit path without stale detection. A
 * normal release ends stdin; a cancelled or crashed runner closes its pipe (local) or its SSH
 * connection (remote), the holder's `cat` sees EOF or the session is torn down, the shell exits and
 * the kernel drops the lock. No pid files are trusted; the `.holder` file is only shown to waiters.
 *
 * The group is only let go once the run's remote job processes are gone, not merely once its
 * connection is: each supervised job's watcher (`src/remote/supervisor.ts`) holds a shared flock on
 * `<group>.lock.jobs` until it has stopped the job's process group, and the holder takes that lock
 * exclusively after its stdin ends, before it exits. The wait is bounded so a wedged host cannot
 * hold a group forever; running out is reported.
 */




const DEFAULT_LOCK_TIMEOUT_SECS = 3600;
/** Exit status of the holder script when `flock -w` gave up. */
const TIMED_OUT_STATUS = 75;
/** How long the holder waits, after its stdin ends, for the group's job processes to be gone. */
const JOBS_GONE_TIMEOUT_SECS = 60;
const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** A group name is a file name on the host: letters, digits, `.`, `_`, `-`. */
function validateGroupName(group) {
    if (!GROUP_NAME.test(group)) {
        throw new errors/* InputError */.dz(`invalid concurrency group \`${group}\``, {
            hint: 'use 1-128 letters, digits, `.`, `_` or `-`, starting with a letter or digit',
        });
    }
    return group;
}
function groupLockFile(workDir, group) {
    return external_node_path_.posix.join(workDir, 'locks', `${validateGroupName(group)}.lock`);
}
/** The file a group's running job supervisors hold shared (see the file comment). */
function groupJobsFile(workDir, group) {
    return `${groupLockFile(workDir, group)}.jobs`;
}
/** The holder script; `$1` lock file, `$2` timeout seconds, `$3` holder description. */
const HOLDER_SCRIPT = [
    'set -eu',
    'mkdir -p "$(dirname "$1")"',
    'exec 9>>"$1"',
    'if ! flock -n 9; then',
    '  printf "waiting %s\\n" "$(cat "$1.holder" 2>/dev/null || echo unknown)"',
    `  flock -w "$2" 9 || exit ${TIMED_OUT_STATUS}`,
    'fi',
    'printf "%s\\n" "$3" > "$1.holder"',
    'echo acquired',
    'cat > /dev/null',
    'exec 7>>"$1.jobs"',
    `flock -x -w ${JOBS_GONE_TIMEOUT_SECS} 7 || echo jobs-still-running`,
    'rm -f "$1.holder"',
].join('\n');
async function acquireGroupLock(transport, options) {
    const lockFile = groupLockFile(options.workDir, options.group);
    if (!Number.isInteger(options.timeoutSecs) || options.timeoutSecs < 0) {
        throw new errors/* InputError */.dz(`lock timeout must be a non-negative integer of seconds, got ${options.timeoutSecs}`);
    }
    const host = transport.hostLabel;
    const holder = options.holder ?? `pid ${process.pid} on ${(0,external_node_os_.hostname)()}`;
    const started = Date.now();
    const stdin = new external_node_stream_.PassThrough();
    let pending = '';
    let acquired = false;
    let waited = false;
    let signalAcquired = () => undefined;
    const acquiredNow = new Promise((resolve) => (signalAcquired = resolve));
    const running = transport.exec({
        argv: ['sh', '-c', HOLDER_SCRIPT, 'pikaci-lock', lockFile, String(options.timeoutSecs), holder],
        stdin,
        ...(options.signal ? { signal: options.signal } : {}),
        onStdout: (chunk) => {
            pending += chunk.toString('utf8');
            let newline = pending.indexOf('\n');
            while (newline !== -1) {
                const line = pending.slice(0, newline);
                pending = pending.slice(newline + 1);
                if (line.startsWith('waiting ')) {
                    waited = true;
                    options.log(`[pikaci] concurrency group \`${options.group}\` is held on ${host} (last holder: ${line.slice(8)}); waiting up to ${options.timeoutSecs}s`);
                }
                else if (line === 'acquired') {
                    acquired = true;
                    signalAcquired();
                }
                else if (line === 'jobs-still-running') {
                    options.log(`[pikaci] job processes of concurrency group \`${options.group}\` on ${host} were still running ${JOBS_GONE_TIMEOUT_SECS}s after the run let go; releasing the group anyway (pikaci gc --processes finds them)`);
                }
                newline = pending.indexOf('\n');
            }
        },
    });
    const first = await Promise.race([acquiredNow.then(() => null), running]);
    if (first !== null) {
        stdin.end();
        const waited = Math.round((Date.now() - started) / 1000);
        if (first.cancelled)
            throw new errors/* PikaciError */.uy(`cancelled while waiting for concurrency group \`${options.group}\``);
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new errors/* PikaciError */.uy(`timed out after ${waited}s waiting for concurrency group \`${options.group}\` on ${host} (${lockFile})`, { hint: 'another run holds the group; raise --lock-timeout or wait for it to finish' });
        }
        const how = first.connectionLost
            ? 'connection lost'
            : `exit ${first.exitCode ?? first.signal ?? 'unknown'}`;
        throw new errors/* PikaciError */.uy(`could not take the lock for concurrency group \`${options.group}\` on ${host} (${lockFile}): ${how}`, { hint: 'the host needs flock(1) (util-linux) and a writable work dir' });
    }
    const waitedMs = Date.now() - started;
    options.log(`[pikaci] holding concurrency group \`${options.group}\` on ${host}${waited ? ` after waiting ${(waitedMs / 1000).toFixed(1)}s` : ''}`);
    let released;
    return {
        group: options.group,
        lockFile,
        waitedMs,
        release() {
            released ??= (async () => {
                stdin.end();
                await running;
                if (acquired)
                    options.log(`[pikaci] released concurrency group \`${options.group}\` on ${host}`);
            })();
            return released;
        },
    };
}

;// CONCATENATED MODULE: ./src/locks/index.ts
/** Concurrency-group locks held on a placement host for the duration of a run (docs/design.md decision 8). */



/***/ }),

/***/ 98757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bw: () => (/* reexport */ allLanes),
  eY: () => (/* reexport */ loadManifest),
  Ng: () => (/* reexport */ parseManifest)
});

// UNUSED EXPORTS: DEFAULT_RUNS_ON, findLane

// EXTERNAL MODULE: ./src/locks/index.ts + 1 modules
var locks = __webpack_require__(8709);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/match/index.ts + 2 modules
var match = __webpack_require__(27854);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
// EXTERNAL MODULE: ./src/toml/index.ts + 3 modules
var toml = __webpack_require__(4509);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/manifest/schema.ts
/**
 * The on-disk shape of `ci/forge-lanes.toml` (docs/upstream.md, lanes 3.1–3.2) plus this
 * project's `target` and `runs_on` keys. Unknown keys are errors here (upstream ignores them).
 */

const RunsOnSchema = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())], {
    error: 'runs_on must be a runner label or a list of labels',
});
const RawLaneSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    entrypoint: schemas/* string */.YjP().optional(),
    command: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    paths: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    concurrency_group: schemas/* string */.YjP().optional(),
    staged_linux_target: schemas/* string */.YjP().optional(),
    /** Any catalog target (our addition; `staged_linux_target` binds a staged one the upstream way). */
    target: schemas/* string */.YjP().optional(),
    /** Runner labels for the matrix leg (our addition). */
    runs_on: RunsOnSchema.optional(),
});
const LaneGroupSchema = schemas/* strictObject */.rej({ lanes: schemas/* array */.YOg(RawLaneSchema).default([]) });
const RawManifestSchema = schemas/* strictObject */.rej({
    version: schemas/* number */.aig().int(),
    nightly_schedule_utc: schemas/* string */.YjP().optional(),
    branch: LaneGroupSchema.optional(),
    nightly: LaneGroupSchema.optional(),
});
/** What a matrix leg runs on when a lane does not say: GitHub's hosted Linux runner. */
const DEFAULT_RUNS_ON = 'ubuntu-latest';
/** The upstream wrapper that staged lanes run on the Pika forge; kept as their display entrypoint. */
const STAGED_ENTRYPOINT_PREFIX = './scripts/pikaci-staged-linux-remote.sh run';
const STAGED_CONCURRENCY_PREFIX = 'staged-linux:';
/** `HH:MM`, 24-hour UTC; like chrono's `%H:%M`, the hour may have one digit. */
const SCHEDULE_PATTERN = /^([01]?\d|2[0-3]):[0-5]\d$/;

;// CONCATENATED MODULE: ./src/manifest/load.ts
/**
 * `ci/forge-lanes.toml` → normalized lanes (docs/upstream.md, lanes 3.2) with every problem reported
 * as `file:line: key.path: message`.
 */







async function loadManifest(path, options) {
    return normalizeManifest(await (0,toml/* parseTomlFile */.gm)(path), options);
}
function parseManifest(text, file, options) {
    return normalizeManifest((0,toml/* parseToml */.MT)(text, file), options);
}
function normalizeManifest(doc, options) {
    const raw = (0,toml/* validate */.tf)(RawManifestSchema, doc.data, doc);
    const issues = toml/* IssueCollector */.pv.for(doc);
    if (raw.version !== 1) {
        issues.add(['version'], `unsupported forge lane manifest version ${raw.version}; this tool reads version 1`);
    }
    const schedule = raw.nightly_schedule_utc?.trim();
    if (schedule !== undefined && !SCHEDULE_PATTERN.test(schedule)) {
        issues.add(['nightly_schedule_utc'], `\`${raw.nightly_schedule_utc}\` is not a 24-hour UTC time \`HH:MM\` (e.g. "08:00")`);
    }
    const nightlyRaw = raw.nightly?.lanes ?? [];
    if (schedule === undefined && nightlyRaw.length > 0) {
        issues.add(['nightly_schedule_utc'], 'nightly_schedule_utc is required when there are nightly lanes (e.g. "08:00")');
    }
    const normalizer = new LaneNormalizer(doc, options, issues);
    const branch = (raw.branch?.lanes ?? []).map((lane, index) => normalizer.lane(lane, 'branch', index));
    const nightly = nightlyRaw.map((lane, index) => normalizer.lane(lane, 'nightly', index));
    normalizer.checkStagedBindings(branch);
    issues.throwIfAny();
    return { version: 1, nightly_schedule_utc: schedule ?? null, branch, nightly, path: doc.file };
}
class LaneNormalizer {
    doc;
    options;
    issues;
    seenIds = new Map();
    validateGlob;
    constructor(doc, options, issues) {
        this.doc = doc;
        this.options = options;
        this.issues = issues;
        this.validateGlob = options.validateGlob ?? match/* validateGlob */.fN;
    }
    lane(raw, group, index) {
        const at = (...keys) => [group, 'lanes', index, ...keys];
        const line = this.doc.locator.lineOf(at()) ?? 1;
        const issues = this.issues;
        // A lane id names a job, a workflow artifact and a matrix value; a title names a matrix job.
        if (raw.id.trim() === '')
            issues.add(at('id'), 'lane id must not be empty');
        else if (!isValidLaneId(raw.id)) {
            issues.add(at('id'), `invalid lane id ${JSON.stringify(raw.id)}: lane ids are letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit`);
        }
        else if (raw.id.length > MAX_LANE_ID_LENGTH) {
            issues.add(at('id'), `lane id \`${raw.id.slice(0, 40)}…\` is ${raw.id.length} characters long; lane ids are at most ${MAX_LANE_ID_LENGTH} (they name matrix legs, artifacts and checks)`);
        }
        else
            this.checkUniqueId(raw.id, at('id'));
        if (raw.title.trim() === '')
            issues.add(at('title'), `lane \`${raw.id}\` title must not be empty`);
        else if (CONTROL_CHARACTER.test(raw.title)) {
            issues.add(at('title'), `lane title ${JSON.stringify(raw.title)} contains a control character (a newline, tab, escape…); write it on one line of printable text`);
        }
        const concurrencyGroup = blankToNull(raw.concurrency_group);
        if (concurrencyGroup !== null) {
            try {
                (0,locks/* validateGroupName */.R4)(concurrencyGroup);
            }
            catch {
                issues.add(at('concurrency_group'), `invalid concurrency group ${JSON.stringify(concurrencyGroup)}: use 1-128 letters, digits, \`.\`, \`_\` or \`-\`, starting with a letter or digit (it names a lock file on the placement host)`);
            }
        }
        const staged = blankToNull(raw.staged_linux_target);
        const named = blankToNull(raw.target);
        if (staged !== null && named !== null && staged !== named) {
            issues.add(at('target'), `target \`${named}\` disagrees with staged_linux_target \`${staged}\`; give one of them, or the same id in both`);
        }
        if (staged !== null)
            this.checkTarget(staged, at('staged_linux_target'), true);
        if (named !== null && named !== staged)
            this.checkTarget(named, at('target'), false);
        const target = named ?? staged;
        const command = raw.command ?? [];
        if (target !== null && raw.command !== undefined) {
            issues.add(at('command'), `lane \`${raw.id}\` runs target \`${target}\`, so \`command\` would be ignored; remove it`);
        }
        if (target === null && command.length === 0) {
            issues.add(raw.command === undefined ? at() : at('command'), `lane \`${raw.id}\` has neither a target nor a command; set \`command = [...]\`, \`target = "..."\` or \`staged_linux_target = "..."\``);
        }
        if (target === null && command.length > 0 && command[0].trim() === '') {
            issues.add(at('command', 0), `lane \`${raw.id}\` command program must not be empty`);
        }
        const paths = raw.paths ?? [];
        if (group === 'nightly' && raw.paths !== undefined) {
            issues.add(at('paths'), 'nightly lanes are not path-filtered (they all run on schedule); remove `paths`');
        }
        paths.forEach((pattern, i) => {
            const problem = this.validateGlob(pattern);
            if (problem !== undefined)
                issues.add(at('paths', i), `invalid path pattern \`${pattern}\`: ${problem}`);
        });
        const runsOn = this.runsOn(raw, at('runs_on'));
        const stagedGroup = staged ?? (target !== null && this.options.stagedTargets?.has(target) ? target : null);
        return {
            id: raw.id,
            title: raw.title,
            group,
            entrypoint: entrypointOf(raw, staged, target, command),
            command: target === null ? command : null,
            paths,
            concurrency_group: concurrencyGroup ?? (stagedGroup === null ? null : `${STAGED_CONCURRENCY_PREFIX}${stagedGroup}`),
            staged_linux_target: staged,
            target,
            runs_on: runsOn,
            line,
        };
    }
    /** Upstream pikaci: one branch lane per staged target, or every resolution of it fails. */
    checkStagedBindings(branch) {
        const staged = this.options.stagedTargets;
        if (staged === undefined)
            return;
        const bound = new Map();
        branch.forEach((lane, index) => {
            if (lane.target === null || !staged.has(lane.target))
                return;
            const first = bound.get(lane.target);
            if (first === undefined) {
                bound.set(lane.target, lane);
            }
            else {
                const key = lane.staged_linux_target === lane.target ? 'staged_linux_target' : 'target';
                this.issues.add(['branch', 'lanes', index, key], `staged target \`${lane.target}\` is already bound by branch lane \`${first.id}\` (line ${first.line}); a staged target takes its path filters from exactly one branch lane`);
            }
        });
    }
    checkUniqueId(id, path) {
        const line = this.doc.locator.lineOf(path) ?? 0;
        const first = this.seenIds.get(id);
        if (first === undefined)
            this.seenIds.set(id, line);
        else
            this.issues.add(path, `duplicate lane id \`${id}\` (first defined on line ${first}); lane ids must be unique across branch and nightly lanes`);
    }
    checkTarget(id, path, mustBeStaged) {
        const { knownTargets, stagedTargets, catalogPath } = this.options;
        const catalog = catalogPath === undefined ? 'the catalog' : `catalog ${catalogPath}`;
        if (!knownTargets.has(id)) {
            const candidates = mustBeStaged && stagedTargets ? stagedTargets : knownTargets;
            const hint = (0,errors/* didYouMean */.au)(id, candidates);
            this.issues.add(path, `unknown target \`${id}\` (not in ${catalog})${hint ? `; ${hint}` : ''}`);
        }
        else if (mustBeStaged && stagedTargets !== undefined && !stagedTargets.has(id)) {
            this.issues.add(path, `\`${id}\` is not a staged Linux target in ${catalog}; bind it with \`target = "${id}"\` instead`);
        }
    }
    runsOn(raw, path) {
        const value = raw.runs_on;
        if (value === undefined)
            return DEFAULT_RUNS_ON;
        const checkLabel = (label, at) => {
            if (label.trim() === '')
                this.issues.add(at, 'runner labels must not be empty');
            else if (CONTROL_CHARACTER.test(label)) {
                this.issues.add(at, `runner label ${JSON.stringify(label)} contains a control character (a newline, tab, escape…)`);
            }
        };
        if (typeof value === 'string') {
            if (value.trim() === '')
                this.issues.add(path, 'runs_on must not be empty');
            else
                checkLabel(value, path);
            return value.trim();
        }
        if (value.length === 0)
            this.issues.add(path, 'runs_on must list at least one runner label');
        value.forEach((label, i) => checkLabel(label, [...path, i]));
        return value.map((label) => label.trim());
    }
}
function entrypointOf(raw, staged, target, command) {
    if (raw.entrypoint !== undefined && raw.entrypoint.trim() !== '')
        return raw.entrypoint;
    if (staged !== null)
        return `${STAGED_ENTRYPOINT_PREFIX} ${staged}`;
    if (target !== null)
        return `pikaci run ${target}`;
    return displayArgv(command);
}
/** A readable one-line rendering of an argv: plain words as they are, anything else quoted. */
function displayArgv(argv) {
    return argv.map((arg) => (/^[A-Za-z0-9_./:=@%+,#-]+$/.test(arg) ? arg : (0,shell/* shellQuote */.Z)(arg))).join(' ');
}
/** Validation only (the lane id becomes a job id); nothing is chosen from an id (PIKACI-004). */
/** Long enough for any real lane, short enough for artifact names (`pikaci-<lane>-<attempt>`) and checks. */
const MAX_LANE_ID_LENGTH = 100;
function isValidLaneId(id) {
    return model/* JOB_ID_PATTERN */.BE.test(id);
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
function blankToNull(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? null : trimmed;
}
/** Every lane, branch lanes first, in file order. */
function allLanes(manifest) {
    return [...manifest.branch, ...manifest.nightly];
}
function findLane(manifest, id) {
    const lane = allLanes(manifest).find((candidate) => candidate.id === id);
    if (lane !== undefined)
        return lane;
    const hint = didYouMean(id, allLanes(manifest).map((candidate) => candidate.id));
    throw new InputError(`unknown lane \`${id}\` in ${manifest.path}`, {
        hint: hint ?? `run \`pikaci lanes --manifest ${manifest.path}\` to list the lanes`,
    });
}

;// CONCATENATED MODULE: ./src/manifest/index.ts
/** The lane manifest (`ci/forge-lanes.toml`): load, validate, normalize. */




/***/ }),

/***/ 27854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Se: () => (/* reexport */ InvalidGlobError),
  NK: () => (/* reexport */ compilePatternSets),
  fN: () => (/* reexport */ validateGlob)
});

// UNUSED EXPORTS: compileGlob, compilePatternSet

// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/match/glob.ts
/**
 * One path pattern, parsed once, with GitHub workflow `paths` semantics as GitHub's filter-pattern
 * cheat sheet states them (README "Matching rules"): `*` never crosses `/`, `**` does, `[...]` is
 * one character, `?` makes the preceding character (or class) optional and `+` repeats it,
 * dot-files are ordinary, a leading `!` marks an exclusion, and matching is anchored,
 * case-sensitive, on the whole repo-relative path. A `?` or `+` with no character before it is an
 * error rather than a guess, since glob readers take `?` for "any one character".
 *
 * Besides the reference RegExp, each pattern is classified by the shape the fast index can
 * answer without running a RegExp (exact path, everything below a directory, a name at any depth).
 */


class GlobSyntaxError extends Error {
}
/** The reason `pattern` is not a valid path pattern, or `undefined` when it is. */
function validateGlob(pattern) {
    try {
        parse(pattern);
        return undefined;
    }
    catch (error) {
        if (error instanceof GlobSyntaxError)
            return error.message;
        throw error;
    }
}
/** Compile one pattern; throws an `Error` whose message says what is wrong (see `validateGlob`). */
function compileGlob(pattern) {
    let parsed;
    try {
        parsed = parse(pattern);
    }
    catch (error) {
        if (error instanceof GlobSyntaxError)
            throw new InvalidGlobError(pattern, error.message);
        throw error;
    }
    const regexSource = toRegexSource(parsed.segments);
    const regex = new RegExp(`^(?:${regexSource})$`, 'u');
    return {
        source: pattern,
        negated: parsed.negated,
        shape: classify(parsed.segments),
        regexSource,
        test: (path) => regex.test(path),
    };
}
/** A pattern that does not compile (bad input, exit 2); `reason` is what `validateGlob` returns. */
class InvalidGlobError extends errors/* InputError */.dz {
    pattern;
    reason;
    constructor(pattern, reason) {
        super(`invalid path pattern \`${pattern}\`: ${reason}`, {
            hint: 'patterns use GitHub workflow `paths` syntax: `*`, `**`, `[...]`, `x?` (optional `x`), `x+` (one or more `x`), ' +
                'a leading `!`; `\\` makes the next character literal',
        });
        this.pattern = pattern;
        this.reason = reason;
        this.name = 'InvalidGlobError';
    }
}
function parse(pattern) {
    if (pattern.length === 0)
        throw new GlobSyntaxError('the pattern is empty');
    if (pattern.trim().length === 0)
        throw new GlobSyntaxError('the pattern is only whitespace');
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (body.length === 0)
        throw new GlobSyntaxError('a lone `!` excludes nothing; write `!` followed by a pattern');
    if (body.startsWith('!')) {
        throw new GlobSyntaxError('only one leading `!` is allowed; to match a name starting with `!`, write `\\!`');
    }
    if (body.startsWith('/')) {
        throw new GlobSyntaxError('patterns are relative to the repository root; remove the leading `/`');
    }
    if (body.startsWith('./')) {
        throw new GlobSyntaxError('patterns are relative to the repository root; remove the leading `./`');
    }
    if (body.endsWith('/')) {
        throw new GlobSyntaxError('a trailing `/` never matches a file; write `dir/**` to match everything below a directory');
    }
    const tokens = tokenize(body, negated ? 1 : 0);
    const segments = [[]];
    for (const token of tokens) {
        if (token.kind === 'char' && token.char === '/')
            segments.push([]);
        else
            segments[segments.length - 1].push(token);
    }
    segments.forEach((segment, index) => {
        if (segment.length === 0)
            throw new GlobSyntaxError(`path segment ${index + 1} is empty (\`//\`)`);
        // `a/x?/b` would read as "x optional" but can only ever match `a/x/b`: a name is never empty.
        if (segment.every((token) => token.kind === 'repeat' && token.op === '?')) {
            throw new GlobSyntaxError(`path segment ${index + 1} is only optional characters, and a file or directory name cannot be empty; ` +
                'write one pattern with the name and one without');
        }
    });
    return { negated, segments };
}
/** `offset` is where `body` starts in the pattern, so messages point into the pattern as written. */
function tokenize(body, offset) {
    const chars = Array.from(body);
    const tokens = [];
    let i = 0;
    while (i < chars.length) {
        const c = chars[i];
        switch (c) {
            case '\\': {
                const next = chars[i + 1];
                if (next === undefined)
                    throw new GlobSyntaxError('a trailing `\\` escapes nothing');
                if (next === '/')
                    throw new GlobSyntaxError('`\\/` is not allowed: `/` always separates segments');
                tokens.push({ kind: 'char', char: next });
                i += 2;
                break;
            }
            case '*': {
                let run = 1;
                while (chars[i + run] === '*')
                    run++;
                if (run > 2)
                    throw new GlobSyntaxError(`\`${'*'.repeat(run)}\` at offset ${offset + i}: use \`*\` or \`**\``);
                tokens.push({ kind: run === 2 ? 'globstar' : 'star' });
                i += run;
                break;
            }
            case '?':
            case '+': {
                tokens.push(repeatOf(tokens, c, offset + i));
                i++;
                break;
            }
            case '[': {
                const [token, next] = parseClass(chars, i, offset);
                tokens.push(token);
                i = next;
                break;
            }
            case ']':
                throw new GlobSyntaxError(`unopened \`]\` at offset ${offset + i}; write \`\\]\` to match it literally`);
            case '{':
            case '}':
                throw new GlobSyntaxError(`brace expansion is not supported (\`${c}\` at offset ${offset + i}); list each alternative as its own pattern, ` +
                    `or write \`\\${c}\` to match it literally`);
            default:
                tokens.push({ kind: 'char', char: c });
                i++;
        }
    }
    return tokens;
}
/**
 * `?` or `+` applied to the token before it. Only a character or a class can be repeated; anywhere
 * else the cheat sheet's "preceding character" does not exist, and a reader used to globs would
 * take `?` for "any one character", so the pattern is rejected instead of guessed at.
 */
function repeatOf(tokens, op, at) {
    const literal = `write \`\\${op}\` to match a \`${op}\``;
    const meaning = op === '?'
        ? '`?` makes the character before it optional (GitHub `paths`), it is not a one-character wildcard'
        : '`+` repeats the character before it (GitHub `paths`)';
    const previous = tokens.pop();
    if (previous === undefined || (previous.kind === 'char' && previous.char === '/')) {
        const where = previous === undefined ? 'starts the pattern' : 'starts a path segment';
        throw new GlobSyntaxError(`\`${op}\` at offset ${at} ${where}: ${meaning}; ${literal}`);
    }
    if (previous.kind === 'char' || previous.kind === 'class')
        return { kind: 'repeat', op, atom: previous };
    const after = previous.kind === 'repeat' ? `another \`${previous.op}\`` : previous.kind === 'star' ? '`*`' : '`**`';
    throw new GlobSyntaxError(`\`${op}\` at offset ${at} follows ${after}, not a character: ${meaning}; ${literal}`);
}
/** Parse `[...]` starting at `start` (the `[`); returns the token and the index after `]`. */
function parseClass(chars, start, offset) {
    const at = offset + start;
    let i = start + 1;
    const negated = chars[i] === '!' || chars[i] === '^';
    if (negated)
        i++;
    const items = [];
    const readChar = () => {
        const c = chars[i];
        if (c === undefined)
            throw unclosed();
        if (c === '\\') {
            const next = chars[i + 1];
            if (next === undefined)
                throw unclosed();
            i += 2;
            return next;
        }
        i++;
        return c;
    };
    const unclosed = () => new GlobSyntaxError(`unclosed \`[\` at offset ${at}; close the class with \`]\` or write \`\\[\``);
    for (;;) {
        const c = chars[i];
        if (c === undefined)
            throw unclosed();
        if (c === ']')
            break;
        const from = readChar();
        if (from === '/')
            throw new GlobSyntaxError(`a character class cannot match \`/\` (class at offset ${at})`);
        if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
            i++;
            const to = readChar();
            if (to === '/')
                throw new GlobSyntaxError(`a character class cannot match \`/\` (class at offset ${at})`);
            if (from.codePointAt(0) > to.codePointAt(0)) {
                throw new GlobSyntaxError(`invalid range \`${from}-${to}\` in class at offset ${at}: start is after end`);
            }
            if (from <= '/' && to >= '/') {
                throw new GlobSyntaxError(`range \`${from}-${to}\` in class at offset ${at} includes \`/\`, which a class cannot match`);
            }
            items.push({ from, to });
        }
        else {
            items.push({ from, to: from });
        }
    }
    if (items.length === 0) {
        throw new GlobSyntaxError(`empty character class at offset ${at}; write \`\\[\\]\` to match the characters literally`);
    }
    return [{ kind: 'class', negated, items }, i + 1];
}
function isGlobstarSegment(segment) {
    return segment.length === 1 && segment[0].kind === 'globstar';
}
function literalOf(segment) {
    let out = '';
    for (const token of segment) {
        if (token.kind !== 'char')
            return undefined;
        out += token.char;
    }
    return out;
}
function classify(segments) {
    const literals = segments.map(literalOf);
    const allLiteral = (list) => list.every((l) => l !== undefined);
    if (allLiteral(literals))
        return { kind: 'exact', path: literals.join('/') };
    const last = segments.length - 1;
    const head = literals.slice(0, last);
    if (last > 0 && isGlobstarSegment(segments[last]) && allLiteral(head)) {
        return { kind: 'below', dir: head.join('/') };
    }
    const tail = literals.slice(1);
    if (last > 0 && isGlobstarSegment(segments[0]) && allLiteral(tail)) {
        return { kind: 'anyDepth', name: tail.join('/') };
    }
    const dirs = [];
    for (const literal of head) {
        if (literal === undefined)
            break;
        dirs.push(literal);
    }
    return { kind: 'regex', dirs };
}
function toRegexSource(segments) {
    // Consecutive `**` segments mean the same as one.
    const collapsed = segments.filter((s, i) => !(isGlobstarSegment(s) && i > 0 && isGlobstarSegment(segments[i - 1])));
    if (collapsed.length === 1 && isGlobstarSegment(collapsed[0]))
        return '.*';
    let out = '';
    collapsed.forEach((segment, index) => {
        const first = index === 0;
        const lastSegment = index === collapsed.length - 1;
        if (isGlobstarSegment(segment)) {
            // Leading `**/` and inner `/**/` stand for zero or more directories; trailing `/**` for
            // anything below the directory (not the directory itself, which is not a file).
            out += first ? '(?:.*/)?' : lastSegment ? '/.*' : '/(?:.*/)?';
            return;
        }
        const previousWasGlobstar = !first && isGlobstarSegment(collapsed[index - 1]);
        if (!first && !previousWasGlobstar)
            out += '/';
        out += segment.map(tokenRegex).join('');
    });
    return out;
}
function tokenRegex(token) {
    switch (token.kind) {
        case 'char':
            return escapeChar(token.char);
        case 'star':
            return '[^/]*';
        case 'globstar':
            return '.*';
        case 'class':
            return classRegex(token);
        case 'repeat':
            return `(?:${token.atom.kind === 'char' ? escapeChar(token.atom.char) : classRegex(token.atom)})${token.op}`;
        default:
            return (0,model/* assertNever */.xb)(token);
    }
}
function classRegex(token) {
    const body = token.items
        .map(({ from, to }) => (from === to ? escapeChar(from) : `${escapeChar(from)}-${escapeChar(to)}`))
        .join('');
    return token.negated ? `[^/${body}]` : `[${body}]`;
}
function escapeChar(char) {
    return `\\u{${char.codePointAt(0).toString(16)}}`;
}

;// CONCATENATED MODULE: ./src/match/patterns.ts
/**
 * Ordered pattern sets (one per lane) compiled into one shared index, so a changed path is looked
 * at once for every set instead of once per pattern.
 *
 * Rule: patterns are evaluated in order and the last one that matches decides; a path is selected
 * when that pattern is positive. The index finds every matching pattern of every set in a single
 * pass: exact paths through a `Map`, `dir/**` through a trie of directory names walked along the
 * path's own directories, `**\/name` through a map keyed by the last segment, and only patterns
 * with real wildcards through a RegExp — attached to the trie node of their literal leading
 * directories, so a path outside those directories never runs them.
 */


const NO_MATCHES = Object.freeze([]);
/** Compile one ordered pattern list. Throws `InvalidGlobError` (an `InputError`) on a bad pattern. */
function compilePatternSet(patterns) {
    const index = compilePatternSets([patterns]);
    return {
        patterns: index.sets[0],
        match(path) {
            const hit = index.matchPath(path)[0];
            return hit === undefined ? { matched: false } : { matched: hit.matched, pattern: hit.glob.source };
        },
    };
}
/** Compile many ordered pattern lists into one index. Throws `InvalidGlobError` on a bad pattern. */
function compilePatternSets(patternSets) {
    const cache = new Map();
    const sets = patternSets.map((patterns) => patterns.map((pattern) => {
        let glob = cache.get(pattern);
        if (glob === undefined) {
            glob = compileGlob(pattern);
            cache.set(pattern, glob);
        }
        return glob;
    }));
    const exact = new Map();
    const anyDepth = new Map();
    const root = newNode();
    sets.forEach((globs, set) => globs.forEach((glob, index) => {
        const entry = { set, index };
        const shape = glob.shape;
        switch (shape.kind) {
            case 'exact':
                pushTo(exact, shape.path, entry);
                break;
            case 'below':
                nodeFor(root, shape.dir.split('/')).below.push(entry);
                break;
            case 'anyDepth': {
                const key = shape.name.slice(shape.name.lastIndexOf('/') + 1);
                let list = anyDepth.get(key);
                if (list === undefined)
                    anyDepth.set(key, (list = []));
                let named = list.find((candidate) => candidate.name === shape.name);
                if (named === undefined)
                    list.push((named = { name: shape.name, slashName: `/${shape.name}`, entries: [] }));
                named.entries.push(entry);
                break;
            }
            case 'regex':
                nodeFor(root, shape.dirs).regexes.push({
                    ...entry,
                    regex: new RegExp(`^(?:${glob.regexSource})$`, 'u'),
                });
                break;
            default:
                (0,model/* assertNever */.xb)(shape);
        }
    }));
    finishRegexes(root);
    // Per-path scratch space: the best pattern index per set, and which sets were touched.
    const best = new Int32Array(sets.length).fill(-1);
    const touched = [];
    const consider = (entries) => {
        for (const { set, index } of entries) {
            const current = best[set];
            if (current === -1)
                touched.push(set);
            if (index > current)
                best[set] = index;
        }
    };
    const considerRegexes = (node, path) => {
        if (node.anyRegex === undefined || !node.anyRegex.test(path))
            return;
        for (const entry of node.regexes)
            if (entry.regex.test(path))
                consider([entry]);
    };
    return {
        sets,
        matchPath(path) {
            const exactEntries = exact.get(path);
            if (exactEntries !== undefined)
                consider(exactEntries);
            let node = root;
            considerRegexes(node, path);
            let start = 0;
            while (node.children !== undefined) {
                const slash = path.indexOf('/', start);
                if (slash === -1)
                    break;
                const child = node.children.get(path.slice(start, slash));
                if (child === undefined)
                    break;
                node = child;
                if (node.below.length > 0)
                    consider(node.below);
                considerRegexes(node, path);
                start = slash + 1;
            }
            if (anyDepth.size > 0) {
                const candidates = anyDepth.get(path.slice(path.lastIndexOf('/') + 1));
                if (candidates !== undefined) {
                    for (const candidate of candidates) {
                        if (path === candidate.name || path.endsWith(candidate.slashName))
                            consider(candidate.entries);
                    }
                }
            }
            if (touched.length === 0)
                return NO_MATCHES;
            touched.sort((a, b) => a - b);
            const result = touched.map((set) => {
                const index = best[set];
                best[set] = -1;
                const glob = sets[set][index];
                return { set, index, glob, matched: !glob.negated };
            });
            touched.length = 0;
            return result;
        },
    };
}
function newNode() {
    return { children: undefined, below: [], regexes: [], anyRegex: undefined };
}
function nodeFor(root, dirs) {
    let node = root;
    for (const dir of dirs) {
        node.children ??= new Map();
        let child = node.children.get(dir);
        if (child === undefined)
            node.children.set(dir, (child = newNode()));
        node = child;
    }
    return node;
}
function finishRegexes(node) {
    if (node.regexes.length > 0) {
        const sources = node.regexes.map((entry) => entry.regex.source);
        node.anyRegex = new RegExp(sources.join('|'), 'u');
    }
    for (const child of node.children?.values() ?? [])
        finishRegexes(child);
}
function pushTo(map, key, value) {
    const list = map.get(key);
    if (list === undefined)
        map.set(key, [value]);
    else
        list.push(value);
}

;// CONCATENATED MODULE: ./src/match/index.ts




/***/ }),

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pv: () => (/* reexport */ IssueCollector),
  RE: () => (/* reexport */ addZodIssues),
  _6: () => (/* reexport */ decodeUtf8),
  u4: () => (/* reexport */ isRecord),
  MT: () => (/* reexport */ parseToml),
  gm: () => (/* reexport */ parseTomlFile),
  tf: () => (/* reexport */ validate)
});

// UNUSED EXPORTS: TomlValidationError, formatIssue, formatKeyPath, locateToml, objectKeysAt, unknownKeyMessage

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@iarna/toml/toml.js
var toml = __webpack_require__(64572);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/toml/locator.ts
const BARE_KEY = /^[A-Za-z0-9_-]+$/;
/** `a.b[2].c`; keys that are not bare are written as `"quoted"` segments. */
function formatKeyPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number') {
            out += `[${segment}]`;
        }
        else {
            const key = BARE_KEY.test(segment) ? segment : JSON.stringify(segment);
            out += out === '' ? key : `.${key}`;
        }
    }
    return out;
}
function keyOf(path) {
    return JSON.stringify(path);
}
function locateToml(text) {
    // Scanned on first use: a valid catalog is never asked for a line, and its scan is a measured
    // part of the action's cold start.
    let lines;
    return {
        lineOf(path) {
            if (lines === undefined) {
                lines = new Map();
                new Scanner(text, lines).scanDocument();
            }
            for (let length = path.length; length >= 0; length--) {
                const line = lines.get(keyOf(path.slice(0, length)));
                if (line !== undefined)
                    return line;
            }
            return undefined;
        },
    };
}
class Scanner {
    text;
    lines;
    pos = 0;
    line = 1;
    /** Current number of elements of each array of tables, keyed by its resolved path. */
    tableArrays = new Map();
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    scanDocument() {
        let table = [];
        this.record([], 1);
        while (this.pos < this.text.length) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                break;
            const ch = this.text[this.pos];
            if (ch === '[') {
                table = this.scanHeader();
            }
            else {
                this.scanKeyValue(table);
            }
            this.skipToLineEnd();
        }
    }
    record(path, line) {
        const key = keyOf(path);
        if (!this.lines.has(key))
            this.lines.set(key, line);
    }
    scanHeader() {
        const line = this.line;
        const isArray = this.text.startsWith('[[', this.pos);
        this.pos += isArray ? 2 : 1;
        const keys = this.scanKey();
        this.skipInlineSpace();
        this.pos += isArray ? 2 : 1;
        const resolved = [];
        for (const key of keys) {
            resolved.push(key);
            const count = this.tableArrays.get(keyOf(resolved));
            // A parent that is an array of tables refers to its last element.
            if (count !== undefined && resolved.length < keys.length)
                resolved.push(count - 1);
        }
        if (isArray) {
            const arrayKey = keyOf(resolved);
            const count = (this.tableArrays.get(arrayKey) ?? 0) + 1;
            this.tableArrays.set(arrayKey, count);
            this.recordPrefixes(resolved, line);
            resolved.push(count - 1);
        }
        this.recordPrefixes(resolved, line);
        return resolved;
    }
    recordPrefixes(path, line) {
        for (let length = 1; length <= path.length; length++)
            this.record(path.slice(0, length), line);
    }
    scanKeyValue(table) {
        const line = this.line;
        const keys = this.scanKey();
        const path = [...table, ...keys];
        this.recordPrefixes(path, line);
        this.skipInlineSpace();
        if (this.text[this.pos] === '=')
            this.pos++;
        this.skipInlineSpace();
        this.scanValue(path);
    }
    /** A possibly dotted key made of bare and quoted parts. */
    scanKey() {
        const keys = [];
        for (;;) {
            this.skipInlineSpace();
            const ch = this.text[this.pos];
            if (ch === '"' || ch === "'") {
                keys.push(this.scanString());
            }
            else {
                const start = this.pos;
                while (this.pos < this.text.length && /[A-Za-z0-9_-]/.test(this.text[this.pos]))
                    this.pos++;
                keys.push(this.text.slice(start, this.pos));
            }
            this.skipInlineSpace();
            if (this.text[this.pos] !== '.')
                return keys;
            this.pos++;
        }
    }
    scanValue(path) {
        const ch = this.text[this.pos];
        if (ch === '"' || ch === "'") {
            this.scanString();
        }
        else if (ch === '[') {
            this.scanArray(path);
        }
        else if (ch === '{') {
            this.scanInlineTable(path);
        }
        else {
            this.skipScalar();
            // A date-time may separate its date and time with one space.
            const date = /^\d{4}-\d\d-\d\d$/.test(this.text.slice(this.pos - 10, this.pos));
            if (date && /^ \d/.test(this.text.slice(this.pos, this.pos + 2))) {
                this.pos++;
                this.skipScalar();
            }
        }
    }
    scanArray(path) {
        this.pos++;
        let index = 0;
        for (;;) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                return;
            if (this.text[this.pos] === ']') {
                this.pos++;
                return;
            }
            const elementPath = [...path, index];
            this.record(elementPath, this.line);
            this.scanValue(elementPath);
            index++;
            this.skipWhitespaceAndComments();
            if (this.text[this.pos] === ',')
                this.pos++;
        }
    }
    scanInlineTable(path) {
        this.pos++;
        for (;;) {
            this.skipWhitespaceAndComments();
            if (this.pos >= this.text.length)
                return;
            if (this.text[this.pos] === '}') {
                this.pos++;
                return;
            }
            const line = this.line;
            const keyPath = [...path, ...this.scanKey()];
            this.recordPrefixes(keyPath, line);
            this.skipInlineSpace();
            if (this.text[this.pos] === '=')
                this.pos++;
            this.skipInlineSpace();
            this.scanValue(keyPath);
            this.skipWhitespaceAndComments();
            if (this.text[this.pos] === ',')
                this.pos++;
        }
    }
    /** Consumes a basic, literal or multi-line string and returns its raw content. */
    scanString() {
        const quote = this.text[this.pos];
        const triple = this.text.startsWith(quote.repeat(3), this.pos);
        const delimiter = triple ? quote.repeat(3) : quote;
        this.pos += delimiter.length;
        const start = this.pos;
        while (this.pos < this.text.length) {
            const ch = this.text[this.pos];
            if (quote === '"' && ch === '\\') {
                if (this.text[this.pos + 1] === '\n')
                    this.line++;
                this.pos += 2;
                continue;
            }
            if (this.text.startsWith(delimiter, this.pos)) {
                // A multi-line string may end with up to two extra quotes before its delimiter.
                let end = this.pos;
                if (triple)
                    while (this.text[end + delimiter.length] === quote)
                        end++;
                const raw = this.text.slice(start, end);
                this.pos = end + delimiter.length;
                return quote === '"' ? unescapeBasic(raw) : raw;
            }
            if (ch === '\n') {
                if (!triple)
                    break;
                this.line++;
            }
            this.pos++;
        }
        return this.text.slice(start, this.pos);
    }
    skipScalar() {
        while (this.pos < this.text.length && !/[,\]}\s#]/.test(this.text[this.pos]))
            this.pos++;
    }
    skipInlineSpace() {
        while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')
            this.pos++;
    }
    skipWhitespaceAndComments() {
        while (this.pos < this.text.length) {
            const ch = this.text[this.pos];
            if (ch === ' ' || ch === '\t' || ch === '\r') {
                this.pos++;
            }
            else if (ch === '\n') {
                this.line++;
                this.pos++;
            }
            else if (ch === '#') {
                while (this.pos < this.text.length && this.text[this.pos] !== '\n')
                    this.pos++;
            }
            else {
                return;
            }
        }
    }
    /** After a statement: skip its trailing comment and the newline that ends it. */
    skipToLineEnd() {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n')
            this.pos++;
        if (this.pos < this.text.length) {
            this.line++;
            this.pos++;
        }
    }
}
function unescapeBasic(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/toml/parse.ts
/** TOML text → plain data, with parse errors turned into `InputError`s that name file:line:col. */





/** Far above any real manifest or catalog (the Pika catalog is 40 KB); stops `/dev/zero`-like reads early. */
const MAX_TOML_BYTES = 4 * 1024 * 1024;
/** Arrays and inline tables nested deeper than this are refused before parsing (real files use a few). */
const MAX_TOML_NESTING = 100;
const BYTE_ORDER_MARK = '\uFEFF';
function isTomlError(error) {
    return error instanceof Error && error.fromTOML === true;
}
/**
 * Parses TOML text. A leading UTF-8 byte-order mark is dropped (editors on Windows write one; it is
 * not part of the document).
 */
function parseToml(source, file) {
    const text = source.startsWith(BYTE_ORDER_MARK) ? source.slice(1) : source;
    checkNesting(text, file);
    let data;
    try {
        data = toml.parse(text);
    }
    catch (error) {
        if (isTomlError(error)) {
            // @iarna/toml appends " at row R, col C, pos P:" and a code excerpt; we print the position ourselves.
            const reason = error.message.split(' at row ')[0].trim();
            throw new errors/* InputError */.dz(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
                hint: 'fix the TOML syntax at that position (https://toml.io/en/v1.0.0)',
                cause: error,
            });
        }
        throw error;
    }
    return { file, data, locator: locateToml(text) };
}
async function parseTomlFile(path) {
    return parseToml(decodeUtf8(await readBounded(path), path), path);
}
/** Reads a regular file of at most `MAX_TOML_BYTES`; anything else is refused with the reason. */
async function readBounded(path) {
    const cannotRead = (why, hint, cause) => new errors/* InputError */.dz(`cannot read ${path}: ${why}`, { hint, cause });
    try {
        // stat before open: opening a FIFO would block until something writes to it.
        const info = await (0,promises_.stat)(path);
        if (!info.isFile()) {
            throw cannotRead(`it is ${fileKind(info)}, not a regular file`, 'pass the path of a TOML file (a device, pipe or directory is not read)');
        }
        if (info.size > MAX_TOML_BYTES)
            throw tooLarge(path, info.size);
        const handle = await (0,promises_.open)(path, 'r');
        try {
            // One byte more than the limit tells a file that grew since the stat.
            const buffer = Buffer.alloc(MAX_TOML_BYTES + 1);
            let length = 0;
            for (;;) {
                const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
                if (length > MAX_TOML_BYTES)
                    throw tooLarge(path, length);
            }
            return buffer.subarray(0, length);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const code = error.code;
        throw new errors/* InputError */.dz(`cannot read ${path}${code ? ` (${code})` : ''}`, {
            hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
            cause: error,
        });
    }
}
function tooLarge(path, size) {
    return new errors/* InputError */.dz(`cannot read ${path}: it is larger than ${MAX_TOML_BYTES / (1024 * 1024)} MiB (${size} bytes or more)`, { hint: 'a lane manifest or catalog is a small text file: check that the path names the right file' });
}
function fileKind(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** TOML is UTF-8: invalid bytes are an error at their line, column and byte offset, never replaced. */
function decodeUtf8(bytes, file) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString('utf8');
    const offset = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1))
        line++;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new errors/* InputError */.dz(`${file}:${line}:${offset - lineStart + 1}: not valid UTF-8 (byte 0x${byte} at byte offset ${offset})`, { hint: 'TOML files are UTF-8: re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' });
}
/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const extra = lead >= 0xc2 && lead <= 0xdf
            ? 1
            : lead >= 0xe0 && lead <= 0xef
                ? 2
                : lead >= 0xf0 && lead <= 0xf4
                    ? 3
                    : 0;
        if (extra === 0 || i + extra >= bytes.length)
            return i;
        let codePoint = lead & (0x3f >> extra);
        for (let k = 1; k <= extra; k++) {
            const next = bytes[i + k];
            if ((next & 0xc0) !== 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        const overlong = (extra === 2 && codePoint < 0x800) || (extra === 3 && codePoint < 0x10000);
        const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
        if (overlong || surrogate || codePoint > 0x10ffff)
            return i;
        i += extra + 1;
    }
    return bytes.length;
}
/**
 * Refuses arrays and inline tables nested deeper than `MAX_TOML_NESTING`, and dotted keys or table
 * headers of more parts, before the parser, the key locator and the schema walk (recursive, or
 * quadratic in the length of a key path) see them. Strings and comments are skipped.
 */
function checkNesting(text, file) {
    let depth = 0;
    /** Dots since the last `=`, `,`, bracket or newline: the parts of a dotted key or header, less one. */
    let dots = 0;
    let line = 1;
    let lineStart = 0;
    const refuse = (i, what) => new errors/* InputError */.dz(`${file}:${line}:${i - lineStart + 1}: ${what}`, {
        hint: 'flatten the structure: lane manifests and catalogs need only a few levels',
    });
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n') {
            line++;
            lineStart = i + 1;
            dots = 0;
        }
        else if (ch === '#') {
            const end = text.indexOf('\n', i);
            i = (end === -1 ? text.length : end) - 1;
        }
        else if (ch === '"' || ch === "'") {
            const delimiter = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
            for (i += delimiter.length; i < text.length; i++) {
                if (ch === '"' && text[i] === '\\') {
                    i++;
                    if (text[i] === '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                else if (text.startsWith(delimiter, i)) {
                    // A multi-line string may end with up to two extra quotes before its delimiter.
                    while (delimiter.length === 3 && text[i + 3] === ch)
                        i++;
                    i += delimiter.length - 1;
                    break;
                }
                else if (text[i] === '\n') {
                    if (delimiter.length === 1) {
                        i--;
                        break;
                    }
                    line++;
                    lineStart = i + 1;
                }
            }
        }
        else if (ch === '.') {
            if (++dots >= MAX_TOML_NESTING) {
                throw refuse(i, `a dotted key or table header has more than ${MAX_TOML_NESTING} parts`);
            }
        }
        else if (ch === '[' || ch === '{') {
            dots = 0;
            if (++depth > MAX_TOML_NESTING) {
                throw refuse(i, `arrays and inline tables are nested more than ${MAX_TOML_NESTING} levels deep`);
            }
        }
        else if (ch === ']' || ch === '}') {
            depth = Math.max(0, depth - 1);
            dots = 0;
        }
        else if (ch === '=' || ch === ',') {
            dots = 0;
        }
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/toml/validate.ts
/**
 * Schema validation of parsed TOML with messages that name the file, the line and the key path:
 * every problem of a document is collected and reported in one `TomlValidationError`.
 */



function formatIssue(file, issue) {
    const where = issue.line === undefined ? file : `${file}:${issue.line}`;
    const key = formatKeyPath(issue.path);
    return key === '' ? `${where}: ${issue.message}` : `${where}: ${key}: ${issue.message}`;
}
class TomlValidationError extends errors/* InputError */.dz {
    file;
    issues;
    constructor(file, issues) {
        const lines = [...issues]
            .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
            .map((issue) => formatIssue(file, issue));
        const head = issues.length === 1 ? lines[0] : `${issues.length} problems in ${file}:\n  ${lines.join('\n  ')}`;
        super(head);
        this.file = file;
        this.issues = issues;
        this.name = 'TomlValidationError';
    }
}
/** Collects problems with their key paths, then throws them all at once. */
class IssueCollector {
    file;
    locator;
    collected = [];
    constructor(file, locator) {
        this.file = file;
        this.locator = locator;
    }
    static for(doc) {
        return new IssueCollector(doc.file, doc.locator);
    }
    add(path, message) {
        this.collected.push({ path, line: this.locator.lineOf(path), message });
    }
    get count() {
        return this.collected.length;
    }
    throwIfAny() {
        if (this.collected.length > 0)
            throw new TomlValidationError(this.file, this.collected);
    }
}
function unknownKeyMessage(key, known) {
    const hint = (0,errors/* didYouMean */.au)(key, known);
    return hint ? `unknown key \`${key}\`; ${hint}` : `unknown key \`${key}\``;
}
/** Adds every zod issue to `issues`, below `prefix` (the key path of `data` in the document). */
function addZodIssues(issues, schema, data, error, prefix = []) {
    for (const issue of error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            const known = objectKeysAt(schema, path, data) ?? [];
            for (const key of issue.keys)
                issues.add([...prefix, ...path, key], unknownKeyMessage(key, known));
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
    const result = schema.safeParse(data);
    if (result.success)
        return result.data;
    const issues = new IssueCollector(doc.file, doc.locator);
    addZodIssues(issues, schema, data, result.error);
    issues.throwIfAny();
    throw new Error('unreachable: a failed parse reported no issues');
}
/** The keys an object schema accepts at `path` (for "did you mean"), following the data through unions. */
function objectKeysAt(schema, path, data) {
    const node = unwrap(schema);
    if (node instanceof schemas/* ZodUnion */.fZ7) {
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
        return node instanceof schemas/* ZodObject */.bvH ? Object.keys(node.shape) : undefined;
    }
    const [head, ...rest] = path;
    const child = childAt(data, head);
    if (node instanceof schemas/* ZodObject */.bvH && typeof head === 'string') {
        const field = node.shape[head];
        return field ? objectKeysAt(field, rest, child) : undefined;
    }
    if (node instanceof schemas/* ZodArray */.naA)
        return objectKeysAt(node.element, rest, child);
    if (node instanceof schemas/* ZodRecord */.b8S)
        return objectKeysAt(node.valueType, rest, child);
    if (node instanceof schemas/* ZodTuple */.y0Q && typeof head === 'number') {
        const item = node.def.items[head];
        return item ? objectKeysAt(item, rest, child) : undefined;
    }
    return undefined;
}
function unwrap(schema) {
    let node = schema;
    for (;;) {
        if (node instanceof schemas/* ZodOptional */.IiU || node instanceof schemas/* ZodNullable */.l1C || node instanceof schemas/* ZodDefault */.XiL) {
            node = node.unwrap();
        }
        else if (node instanceof schemas/* ZodPipe */.utH) {
            node = node.in;
        }
        else {
            return node;
        }
    }
}
function pickOption(union, data) {
    if (!(union instanceof schemas/* ZodDiscriminatedUnion */.jvo) || !isRecord(data))
        return undefined;
    const discriminator = union.def.discriminator;
    const value = data[discriminator];
    return union.options.find((option) => {
        const node = unwrap(option);
        if (!(node instanceof schemas/* ZodObject */.bvH))
            return false;
        const field = unwrap(node.shape[discriminator]);
        return field instanceof schemas/* ZodLiteral */.DN5 && field.values.has(value);
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

;// CONCATENATED MODULE: ./src/toml/index.ts
/** TOML files with positions: parse, locate key paths, validate with zod and report file:line: key.path. */





/***/ })

};
