export const id = 3486;
export const ids = [3486];
export const modules = {

/***/ 54477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ guestRunnerScript),
/* harmony export */   l: () => (/* binding */ guestRunnerScriptPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The guest runner script's text, for the executor to push into an instance whose image lacks it
 * (docs/guest-protocol.md "Paths").
 *
 * `nix/incus/pikaci-incus-run` is the single source of truth; nothing is generated. From `src/guest/`
 * (tsx, jest) and `lib/guest/` (the library build) it is two directories up. The ncc bundles carry
 * their own copy: ncc sees the `new URL(…, import.meta.url)` below, emits the file as an asset next
 * to `dist/<entry>/index.js` and rewrites the expression to that asset's plain path (a string, not a
 * URL), which is why both shapes are accepted.
 */



/** Path of the runner script as seen from this module (or from the bundle). */
function guestRunnerScriptPath() {
    const location = __webpack_require__.ab + "pikaci-incus-run";
    return typeof location === 'string' ? location : (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(location);
}
let cached;
function guestRunnerScript() {
    if (cached !== undefined)
        return cached;
    const path = guestRunnerScriptPath();
    try {
        cached = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`cannot read the guest runner script: ${error.message}`, {
            where: path,
            hint: 'the script ships as nix/incus/pikaci-incus-run (or next to the bundled dist/<entry>/index.js)',
            cause: error,
        });
    }
    return cached;
}


/***/ }),

/***/ 73486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMPONENT_NAMES: () => (/* reexport */ COMPONENT_NAMES),
  MAX_KEY_LENGTH: () => (/* reexport */ MAX_KEY_LENGTH),
  PASS_KEY_FORMAT: () => (/* reexport */ PASS_KEY_FORMAT),
  PASS_KEY_PREFIX: () => (/* reexport */ PASS_KEY_PREFIX),
  actionIdentity: () => (/* reexport */ actionIdentity),
  alreadyPassedMessage: () => (/* reexport */ alreadyPassedMessage),
  canonicalJson: () => (/* reexport */ canonicalJson),
  explainPassKey: () => (/* reexport */ explainPassKey),
  githubPassCache: () => (/* binding */ githubPassCache),
  lanePassKey: () => (/* reexport */ lanePassKey),
  lookupLocalPass: () => (/* reexport */ lookupLocalPass),
  markRan: () => (/* reexport */ markRan),
  passKey: () => (/* reexport */ passKey),
  passesDir: () => (/* reexport */ passesDir),
  prunePasses: () => (/* reexport */ prunePasses),
  recordAlreadyPassed: () => (/* reexport */ recordAlreadyPassed),
  runSkippingLocalPasses: () => (/* reexport */ runSkippingLocalPasses),
  runnerIdentity: () => (/* reexport */ runnerIdentity),
  runtimeIdentity: () => (/* reexport */ runtimeIdentity),
  saveLocalPass: () => (/* reexport */ saveLocalPass),
  verifyProof: () => (/* reexport */ verifyProof)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/passcache/key.ts
/**
 * The pass key of a lane (README "Skipping lanes that already passed"): a SHA-256 over everything
 * that decides the lane's outcome, so a lane is skipped only when a run with exactly these inputs
 * passed. Each component is hashed on its own — the SHA-256 of its canonical JSON (object keys
 * sorted, arrays in order) — and the digest is the SHA-256 of one `<name> <component sha256>\n` line
 * per component, in the order of `COMPONENT_NAMES`. So `pikaci plan --explain-key` can print each
 * component with its hash, and two keys that differ show which input made them differ.
 *
 * Pure: the caller gathers the inputs (`lane.ts`, `identity.ts`).
 */

/** Changing what a key covers changes this, so no old key can match a new one. */
const PASS_KEY_FORMAT = 'pikaci-pass-key/1';
/** The cache key's fixed prefix (`pikaci-pass-v1-<id>-<digest>`). */
const PASS_KEY_PREFIX = 'pikaci-pass-v1-';
/** The `@actions/cache` limit (node_modules/@actions/cache/lib/cache.js `checkKey`: at most 512, no commas). */
const MAX_KEY_LENGTH = 512;
const MAX_ID_CHARS = 100;
const COMPONENT_NAMES = [
    'format',
    'snapshot',
    'lane',
    'target',
    'runtime',
    'environment',
    'action',
    'runner',
];
/** JSON with object keys sorted at every level; `undefined` members are left out, as JSON does. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function component(name, value, summary) {
    return { name, summary, value, sha256: sha256(canonicalJson(value)) };
}
/** The lane entry as loaded, without its line number (moving a lane in the file changes nothing). */
function laneValue(lane) {
    const { line: _line, ...rest } = lane;
    return rest;
}
function runtimeSummary(runtime) {
    const parts = runtime.placements.map((placement) => {
        const where = placement.placement === 'local' ? 'local' : `${placement.host} (${placement.system ?? '?'})`;
        const parts = placement.parts.map((part) => `, ${part.summary}`).join('');
        return `${where}: ${placement.runtimes.join('+')}${parts}`;
    });
    const flake = runtime.flake_lock === null ? 'no flake.lock' : `flake.lock ${runtime.flake_lock.slice(7, 19)}`;
    return [...parts, flake].join('; ');
}
function passKey(inputs) {
    const { target, snapshot, lane } = inputs;
    const envNames = Object.keys(inputs.environment).sort();
    const components = [
        component('format', PASS_KEY_FORMAT, PASS_KEY_FORMAT),
        component('snapshot', { content_hash: snapshot.contentHash, profile: snapshot.profile }, `sha256:${snapshot.contentHash} (profile ${snapshot.profile}, ${snapshot.files} files, ${snapshot.includeLocalChanges ? 'working tree' : 'HEAD tree'})`),
        component('lane', lane === null ? null : laneValue(lane), lane === null ? `none: \`${inputs.id}\` is a catalog target` : `lane \`${lane.id}\` (${lane.title})`),
        component('target', {
            id: target.id,
            description: target.description,
            filters: target.filters,
            jobs: target.jobs,
            max_concurrent_executes: target.maxConcurrentExecutes,
        }, `\`${target.id}\`: ${target.jobs.length} job(s) ${target.jobs.map((job) => job.id).join(', ')}; ${target.maxConcurrentExecutes} at once`),
        component('runtime', inputs.runtime, runtimeSummary(inputs.runtime)),
        component('environment', inputs.environment, envNames.length === 0
            ? 'no pass_env variables'
            : `pass_env ${envNames.map((name) => `${name}${inputs.environment[name] === null ? ' (unset)' : ''}`).join(', ')} (values hashed, not shown)`),
        component('action', inputs.action, `pikaci-action ${inputs.action.version}, code ${inputs.action.code}`),
        component('runner', inputs.runner, `${inputs.runner.os}/${inputs.runner.arch}`),
    ];
    const digest = sha256(components.map((c) => `${c.name} ${c.sha256}\n`).join(''));
    const key = `${PASS_KEY_PREFIX}${keyId(inputs.id)}-${digest}`;
    const imageDigests = {};
    for (const placement of inputs.runtime.placements) {
        for (const part of placement.parts) {
            if (part.image_digest === null)
                continue;
            (imageDigests[placement.placement] ??= {})[part.runtime] = part.image_digest;
        }
    }
    return {
        key,
        digest,
        id: inputs.id,
        components,
        expect: { contentHash: snapshot.contentHash, imageDigests },
    };
}
/** The id as it may appear in a cache key: no commas (or anything else outside `[A-Za-z0-9._-]`), bounded. */
function keyId(id) {
    return id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, MAX_ID_CHARS) || 'lane';
}
/** `pikaci plan --explain-key`: the key, then one line per component with its hash and what it holds. */
function explainPassKey(key) {
    const width = Math.max(...key.components.map((c) => c.name.length));
    const lines = [
        `pass key of \`${key.id}\`: ${key.key}`,
        `digest = sha256 over "<component> <sha256>\\n" lines:`,
        ...key.components.map((c) => `  ${c.name.padEnd(width)}  ${c.sha256}  ${c.summary}`),
    ];
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
// EXTERNAL MODULE: ./src/guest/script.ts
var script = __webpack_require__(54477);
// EXTERNAL MODULE: ./src/hosts/index.ts
var hosts = __webpack_require__(75907);
// EXTERNAL MODULE: ./src/workspace/layout.ts
var layout = __webpack_require__(52611);
// EXTERNAL MODULE: ./src/hosts/registry.ts + 6 modules
var registry = __webpack_require__(7816);
// EXTERNAL MODULE: ./src/model/job.ts
var job = __webpack_require__(31146);
// EXTERNAL MODULE: ./src/transport/capture.ts
var capture = __webpack_require__(95267);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/passcache/identity.ts
/**
 * The parts of a pass key that live outside the repository (README "Skipping lanes that already
 * passed"): each placement host the jobs use (an SSH host's system, what each runtime's module says
 * of itself there), the repository's `flake.lock`, the code of this pikaci-action, and the runner.
 */




// The package version as the CLI reads it (src/cli/version.ts): ncc inlines it into the bundle.






/**
 * Visit each placement the jobs use: a remote host's `uname -sm`, and what each runtime's module says
 * of itself there (`identity`: for Incus the fingerprint its image alias names, as the backend checks
 * it before it creates an instance; for Tart the base VM). The host is reached only when something
 * must be asked there, over one transport per placement.
 */
async function runtimeIdentity(request) {
    const byPlacement = new Map();
    for (const job of request.jobs) {
        const runtimes = byPlacement.get(job.execution.placement) ?? new Set();
        runtimes.add(job.execution.runtime);
        byPlacement.set(job.execution.placement, runtimes);
    }
    const environment = (0,hosts/* executionEnvironment */.q9)({ ...request.host, concurrencyGroup: null });
    const configs = (0,hosts.backendConfigs)(request.host, request.host.remoteWorkDir ?? layout/* DEFAULT_WORK_DIR */.gy);
    const placements = [];
    for (const placement of job/* PLACEMENTS */.Je) {
        const runtimes = byPlacement.get(placement);
        if (!runtimes)
            continue;
        const sorted = [...runtimes].sort();
        let opened;
        const host = {
            placement,
            transport: () => (opened ??= environment.transportFor(placement)),
            ...(request.signal ? { signal: request.signal } : {}),
        };
        try {
            const parts = [];
            for (const runtime of sorted) {
                const part = await runtimePart(runtime, configs, host);
                if (part)
                    parts.push(part);
            }
            const transport = placement === 'local' ? undefined : await host.transport();
            placements.push({
                placement,
                host: transport ? transport.hostLabel : 'local',
                system: transport ? await hostSystem(transport, request.signal) : null,
                runtimes: sorted,
                parts,
            });
        }
        finally {
            if (opened)
                await (await opened).close();
        }
    }
    return { placements, flake_lock: await fileSha256((0,external_node_path_.join)(request.sourceRoot, 'flake.lock')) };
}
/** What `runtime`'s module says of itself on `host`, if it has an identity. */
async function runtimePart(runtime, configs, host) {
    const identity = registry/* BACKENDS */.A[runtime].identity;
    if (!identity)
        return null;
    const part = await identity(configs[runtime], host);
    return { runtime, value: part.value, summary: part.summary, image_digest: part.imageDigest };
}
async function hostSystem(transport, signal) {
    const result = await (0,capture/* capture */.Fg)(transport, ['uname', '-sm'], signal ? { signal } : {});
    if (result.exitCode !== 0) {
        throw new errors/* PikaciError */.uy(`\`uname -sm\` on ${transport.hostLabel} failed (${(0,capture/* describeExit */.KE)(result)})`);
    }
    return result.stdout.trim();
}
async function fileSha256(path) {
    try {
        return `sha256:${(0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(path))
            .digest('hex')}`;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new errors/* PikaciError */.uy(`cannot read ${path}: ${(0,errors/* errorMessage */.gJ)(error)}`, { where: path });
    }
}
let codeHash;
/**
 * This pikaci-action: the package version and a hash of the code that runs. Bundled (`dist/<entry>/`,
 * where every module's `import.meta.url` is a file of the bundle) that is every file of the bundle's
 * directory; from `src/` or `lib/`, every file of that tree. The guest runner script is added either
 * way. A rebuilt bundle with any change is a new identity, whatever the version says.
 */
async function actionIdentity() {
    codeHash ??= hashCode();
    return { version: package_0/* version */.rE, code: await codeHash };
}
async function hashCode() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const root = (0,external_node_path_.basename)(here) === 'passcache' ? (0,external_node_path_.dirname)(here) : here;
    const files = (await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
        .sort();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of [...files, (0,script/* guestRunnerScriptPath */.l)()]) {
        const digest = (0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(file))
            .digest('hex');
        hash.update(`${digest} ${file === (0,script/* guestRunnerScriptPath */.l)() ? 'guest-runner' : (0,external_node_path_.relative)(root, file)}\n`);
    }
    return `sha256:${hash.digest('hex')}`;
}
/** The machine the action or CLI runs on, as Node.js names it. */
function runnerIdentity() {
    return { os: process.platform, arch: process.arch };
}

// EXTERNAL MODULE: ./src/snapshot/profile.ts
var snapshot_profile = __webpack_require__(27629);
// EXTERNAL MODULE: ./src/snapshot/create.ts + 4 modules
var create = __webpack_require__(78633);
;// CONCATENATED MODULE: ./src/passcache/lane.ts



async function lanePassKey(request) {
    const { laneRun } = request;
    const jobs = laneRun.jobs;
    const profile = (0,snapshot_profile/* snapshotProfileForJobs */.lw)(jobs);
    const [snapshot, runtime, action] = await Promise.all([
        (0,create/* snapshotContentHash */.M)({
            sourceRoot: request.sourceRoot,
            profile,
            includeLocalChanges: request.includeLocalChanges,
        }),
        runtimeIdentity({
            jobs,
            host: request.host,
            sourceRoot: request.sourceRoot,
            ...(request.signal ? { signal: request.signal } : {}),
        }),
        actionIdentity(),
    ]);
    const environment = {};
    for (const name of jobs.flatMap((job) => job.pass_env ?? []).sort()) {
        environment[name] = request.env[name] ?? null;
    }
    return {
        gitHead: snapshot.gitHead,
        passKey: passKey({
            id: request.id,
            lane: laneRun.lane,
            target: {
                id: laneRun.runnable.targetId,
                description: laneRun.runnable.description,
                filters: laneRun.runnable.filters,
                jobs,
                maxConcurrentExecutes: laneRun.maxConcurrentExecutes,
            },
            snapshot: {
                contentHash: snapshot.contentHash,
                profile,
                files: snapshot.files,
                includeLocalChanges: request.includeLocalChanges,
            },
            runtime,
            environment,
            action,
            runner: runnerIdentity(),
        }),
    };
}

// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: ./src/records/state-root.ts
var state_root = __webpack_require__(84028);
// EXTERNAL MODULE: ./src/records/time.ts
var time = __webpack_require__(88577);
// EXTERNAL MODULE: ./src/records/run-id.ts
var run_id = __webpack_require__(59029);
// EXTERNAL MODULE: ./src/records/schemas.ts
var schemas = __webpack_require__(39442);
// EXTERNAL MODULE: ./src/records/reporter.ts
var records_reporter = __webpack_require__(26925);
// EXTERNAL MODULE: ./src/records/layout.ts
var records_layout = __webpack_require__(21498);
// EXTERNAL MODULE: ./src/records/atomic.ts
var atomic = __webpack_require__(75517);
// EXTERNAL MODULE: ./src/snapshot/metadata.ts
var snapshot_metadata = __webpack_require__(43031);
;// CONCATENATED MODULE: ./src/passcache/record.ts
/**
 * The pass cache in the run records (README "Skipping lanes that already passed"): the run recorded
 * for a lane that already passed (nothing ran), the `pass_cache` field of a run that ran after a
 * miss, and the check that a finished run really proves its key.
 */




function alreadyPassedMessage(proof) {
    if (proof.url !== null)
        return `already passed at ${proof.url}`;
    if (proof.runId !== null)
        return `already passed in run ${proof.runId}`;
    return 'already passed (the proving run is not known: its marker could not be read)';
}
/**
 * Record a lane that is not run because its key already passed: status `passed`, no jobs, no
 * snapshot, the message naming the proving run and `pass_cache.outcome = already_passed`. The same
 * lifecycle events as any run (`run_started`, `run_finished`), so every output format shows it.
 */
async function recordAlreadyPassed(request) {
    await (0,state_root/* ensureWritableStateRoot */.Sw)(request.stateRoot);
    const createdAt = (0,time/* rfc3339 */.ag)();
    const runId = (0,run_id/* newRunId */.F$)(new Date(createdAt));
    const passCache = {
        key: request.passKey.key,
        outcome: 'already_passed',
        proved_by_run_id: request.proof.runId,
        proved_by_url: request.proof.url,
        proved_at: request.proof.at,
    };
    const record = (0,schema/* parse */.q)(schemas/* RunRecordSchema */.g$, {
        run_id: runId,
        status: 'passed',
        target_id: request.targetId,
        target_description: request.targetDescription,
        source_root: request.sourceRoot,
        snapshot_dir: '',
        git_head: request.gitHead,
        created_at: createdAt,
        finished_at: createdAt,
        filters: [...request.filters],
        message: alreadyPassedMessage(request.proof),
        jobs: [],
        pass_cache: passCache,
    });
    const reporter = request.reporter ?? records_reporter/* silentReporter */.P;
    const paths = (0,records_layout/* runPaths */.Ot)(request.stateRoot, runId);
    await (0,promises_.mkdir)(paths.runDir, { recursive: true });
    await (0,atomic/* writeRecord */.r)(paths.runJson, schemas/* RunRecordSchema */.g$, record);
    await reporter.event({
        event: 'run_started',
        run_id: runId,
        created_at: createdAt,
        rerun_of: null,
        target_id: record.target_id,
        target_description: record.target_description,
    });
    await reporter.event({ event: 'run_finished', run: record });
    return record;
}
/** Note on a finished run that it ran because `passKey` missed (its own proof, if it passed). */
async function markRan(stateRoot, run, passKey) {
    const marked = (0,schema/* parse */.q)(schemas/* RunRecordSchema */.g$, {
        ...run,
        pass_cache: {
            key: passKey.key,
            outcome: 'ran',
            proved_by_run_id: null,
            proved_by_url: null,
            proved_at: null,
        },
    });
    await (0,atomic/* writeRecord */.r)((0,records_layout/* runPaths */.Ot)(stateRoot, run.run_id).runJson, schemas/* RunRecordSchema */.g$, marked);
    return marked;
}
/**
 * Does this finished run prove `passKey`? Only a passed run whose snapshot has the content hash the
 * key was computed from (the tree did not change in between) and whose jobs ran on the image digests
 * the key names (an Incus alias was not moved in between; `remote_linux_vm_execution.image`).
 */
async function verifyProof(run, passKey) {
    if (run.status !== 'passed')
        return { proved: false, reason: `the run ${run.status}` };
    if (run.jobs.length === 0 || run.jobs.some((job) => job.status !== 'passed')) {
        return { proved: false, reason: 'not every job of the run passed' };
    }
    const metadata = await (0,snapshot_metadata/* readSnapshotMetadata */.U$)(run.snapshot_dir).catch(() => null);
    if (metadata?.content_hash !== passKey.expect.contentHash) {
        return {
            proved: false,
            reason: `the run's snapshot (${metadata?.content_hash ?? 'unreadable'}) is not the tree the key was computed from (${passKey.expect.contentHash}): files changed while it ran`,
        };
    }
    for (const job of run.jobs) {
        const expected = job.placement === null || job.runtime === null
            ? undefined
            : passKey.expect.imageDigests[job.placement]?.[job.runtime];
        if (expected === undefined)
            continue;
        const digest = job.remote_linux_vm_execution?.image?.digest ?? null;
        if (digest !== expected) {
            return {
                proved: false,
                reason: `job \`${job.id}\` ran on ${job.runtime} image ${digest ?? 'unknown'}, not ${expected}`,
            };
        }
    }
    return { proved: true };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var classic_schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/records/loaders.ts
var loaders = __webpack_require__(37478);
;// CONCATENATED MODULE: ./src/passcache/local-index.ts
/**
 * The state root's own pass index, for `pikaci run --skip-if-passed` (README "Skipping lanes that
 * already passed"): `<state root>/passes/<digest>.json` names the run that proved a key. A lookup
 * trusts it only while that run's own record still says so — the run exists, passed, and carries
 * the key in `pass_cache` — so a removed (`pikaci gc`) or rewritten run proves nothing.
 */





const LocalPassSchema = classic_schemas/* object */.Ikc({
    schema_version: classic_schemas/* literal */.euz(1),
    key: classic_schemas/* string */.YjP(),
    run_id: classic_schemas/* string */.YjP(),
    passed_at: time/* TimestampSchema */.wX,
});
function passesDir(stateRoot) {
    return (0,external_node_path_.join)(stateRoot, 'passes');
}
function entryPath(stateRoot, passKey) {
    return (0,external_node_path_.join)(passesDir(stateRoot), `${passKey.digest}.json`);
}
async function lookupLocalPass(stateRoot, passKey) {
    let text;
    try {
        text = await (0,promises_.readFile)(entryPath(stateRoot, passKey), 'utf8');
    }
    catch {
        return { kind: 'miss', why: 'no run of this state root passed with this key' };
    }
    const parsed = (0,schema/* safeParse */.x)(LocalPassSchema, safeJson(text));
    if (!parsed.success || parsed.data.key !== passKey.key) {
        return { kind: 'miss', why: 'the index entry for this key is unreadable' };
    }
    const { run_id: runId, passed_at: at } = parsed.data;
    let run;
    try {
        run = await (0,loaders/* loadRunRecord */.F3)(stateRoot, runId);
    }
    catch (error) {
        return {
            kind: 'miss',
            why: `run ${runId} that passed with this key cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`,
        };
    }
    if (run.status !== 'passed' || run.pass_cache?.key !== passKey.key || run.pass_cache.outcome !== 'ran') {
        return { kind: 'miss', why: `run ${runId} no longer records a pass with this key` };
    }
    return { kind: 'hit', proof: { runId, url: null, at } };
}
async function saveLocalPass(stateRoot, passKey, run) {
    await (0,promises_.mkdir)(passesDir(stateRoot), { recursive: true });
    await (0,atomic/* writeRecord */.r)(entryPath(stateRoot, passKey), LocalPassSchema, {
        schema_version: 1,
        key: passKey.key,
        run_id: run.run_id,
        passed_at: run.finished_at ?? run.created_at,
    });
}
/**
 * `pikaci gc`: remove the index entries whose run is gone (or that cannot be read). They prove
 * nothing already (a lookup checks the run record); this only keeps `passes/` from growing.
 * Returns the removed entries' file names.
 */
async function prunePasses(stateRoot) {
    const names = await (0,promises_.readdir)(passesDir(stateRoot)).catch(() => []);
    const removed = [];
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
        const path = (0,external_node_path_.join)(passesDir(stateRoot), name);
        const entry = (0,schema/* safeParse */.x)(LocalPassSchema, safeJson(await (0,promises_.readFile)(path, 'utf8').catch(() => '')));
        const runExists = entry.success &&
            (0,run_id/* isRunId */.Pk)(entry.data.run_id) &&
            (await (0,promises_.stat)((0,records_layout/* runPaths */.Ot)(stateRoot, entry.data.run_id).runDir).then((info) => info.isDirectory(), () => false));
        if (runExists)
            continue;
        await (0,promises_.rm)(path, { force: true });
        removed.push(name);
    }
    return removed;
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/passcache/local-run.ts




async function runSkippingLocalPasses(request) {
    const { id, log } = request;
    let key;
    try {
        key = await lanePassKey({
            id,
            laneRun: request.laneRun,
            sourceRoot: request.sourceRoot,
            includeLocalChanges: request.includeLocalChanges,
            host: request.host,
            env: request.env,
            ...(request.signal ? { signal: request.signal } : {}),
        });
    }
    catch (error) {
        log(`${id}: the pass key cannot be computed (${(0,errors/* errorMessage */.gJ)(error)}); running the lane`);
        return request.run();
    }
    const found = await lookupLocalPass(request.stateRoot, key.passKey);
    if (found.kind === 'hit') {
        log(`${id}: already passed in run ${found.proof.runId} (pass key ${key.passKey.key}); not run again`);
        return recordAlreadyPassed({
            stateRoot: request.stateRoot,
            sourceRoot: request.sourceRoot,
            targetId: request.laneRun.runnable.targetId,
            targetDescription: request.laneRun.runnable.description,
            filters: request.laneRun.runnable.filters,
            gitHead: key.gitHead,
            passKey: key.passKey,
            proof: found.proof,
            reporter: request.reporter,
        });
    }
    log(`${id}: pass key ${key.passKey.key} has not passed here (${found.why}); running the lane`);
    const run = await markRan(request.stateRoot, await request.run(), key.passKey);
    if (run.status !== 'passed')
        return run;
    const proof = await verifyProof(run, key.passKey);
    if (!proof.proved) {
        log(`${id}: run ${run.run_id} passed but is not recorded as a pass of its key: ${proof.reason}`);
        return run;
    }
    await saveLocalPass(request.stateRoot, key.passKey, run);
    log(`${id}: run ${run.run_id} recorded as the pass of its key in ${passesDir(request.stateRoot)}`);
    return run;
}

;// CONCATENATED MODULE: ./src/passcache/index.ts
/**
 * The pass cache: skip a lane whose exact inputs already passed (README "Skipping lanes that already
 * passed"). The key (`key.ts`, `identity.ts`, `lane.ts`), the records (`record.ts`), the state
 * root's own index (`local-index.ts`). The GitHub Actions cache store (`github-cache.ts`) is imported
 * on its own by the action, so the CLI does not load `@actions/cache`.
 */






/** The GitHub Actions cache store, loaded on demand (it brings `@actions/cache`). */
function githubPassCache() {
    return Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(223), __webpack_require__.e(8365)]).then(__webpack_require__.bind(__webpack_require__, 38365));
}


/***/ }),

/***/ 88189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ runLiveness)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Whether the process that owns a `running` run is still alive. run.json records `runner_pid` and
 * `runner_host`; on the same host a pid that no longer exists means the runner was killed and the
 * run is abandoned. On another host (or for upstream records without a pid) it cannot be known.
 */

function runLiveness(run) {
    if (run.status !== 'running')
        return 'terminal';
    if (run.runner_pid === null || run.runner_host !== (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)())
        return 'unknown';
    return processExists(run.runner_pid) ? 'alive' : 'abandoned';
}
function processExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: the process exists but belongs to another user.
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 37478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ loadLogs),
/* harmony export */   F3: () => (/* binding */ loadRunRecord),
/* harmony export */   Oy: () => (/* binding */ logJob),
/* harmony export */   RS: () => (/* binding */ gcRuns),
/* harmony export */   TS: () => (/* binding */ loadLogsMetadata),
/* harmony export */   dL: () => (/* binding */ loadPreparedOutputsRecord),
/* harmony export */   ke: () => (/* binding */ logsMetadataOf),
/* harmony export */   sG: () => (/* binding */ loadRunBundle),
/* harmony export */   v: () => (/* binding */ listRuns)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21498);
/* harmony import */ var _liveness_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88189);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98624);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59029);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39442);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88577);
/**
 * Loaders for finished or running runs (docs/upstream.md, records 4), list and gc (records 1.5, 1.6). They follow
 * the absolute paths recorded in run.json verbatim and fall back to the default layout when a path
 * is null.
 */









function checkRunIdShape(runId) {
    if (runId === '' || runId.includes('/') || runId.includes('\\') || runId === '.' || runId === '..') {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`\`${runId}\` is not a run id`, {
            hint: 'run ids look like 20260319T010203Z-deadbeef',
        });
    }
}
async function existingRunIds(stateRoot) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runsDir */ .AM)(stateRoot));
    }
    catch {
        return [];
    }
}
async function loadRunRecord(stateRoot, runId) {
    checkRunIdShape(runId);
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runPaths */ .Ot)(stateRoot, runId);
    const dirInfo = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(paths.runDir).catch(() => null);
    if (!dirInfo?.isDirectory()) {
        const hint = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(runId, await existingRunIds(stateRoot));
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`run \`${runId}\` not found in ${(0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runsDir */ .AM)(stateRoot)}`, {
            hint: hint ?? 'list the runs with `pikaci list` (and check --state-root / PIKACI_STATE_ROOT)',
        });
    }
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .a)(paths.runJson, _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$, `run record of \`${runId}\``);
}
function selectJobs(run, job) {
    if (job === undefined)
        return run.jobs;
    const found = run.jobs.find((candidate) => candidate.id === job);
    if (!found) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`job \`${job}\` not found in run \`${run.run_id}\``, {
            hint: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(job, run.jobs.map((j) => j.id)) ?? `the run's jobs are: ${run.jobs.map((j) => j.id).join(', ') || '(none)'}`,
        });
    }
    return [found];
}
async function isFile(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => null))?.isFile() ?? false;
}
function logsMetadataOf(run, jobs, exists) {
    return {
        run_id: run.run_id,
        status: run.status,
        jobs: jobs.map((job) => ({
            id: job.id,
            host_log_path: job.host_log_path,
            guest_log_path: job.guest_log_path,
            host_log_exists: exists(job.host_log_path),
            guest_log_exists: exists(job.guest_log_path),
        })),
    };
}
async function loadLogsMetadata(stateRoot, runId, options = {}) {
    const run = await loadRunRecord(stateRoot, runId);
    return logsMetadataFor(run, selectJobs(run, options.job));
}
async function logsMetadataFor(run, jobs) {
    const files = new Set();
    for (const job of jobs) {
        for (const path of [job.host_log_path, job.guest_log_path])
            if (await isFile(path))
                files.add(path);
    }
    return logsMetadataOf(run, jobs, (path) => files.has(path));
}
/** The job a log command means: the named one, else the run's first job. */
function logJob(run, job) {
    if (job === undefined) {
        const first = run.jobs[0];
        if (!first)
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`run \`${run.run_id}\` has no jobs`, { hint: run.message ?? undefined });
        return first;
    }
    return selectJobs(run, job)[0];
}
/** Whole log files as text; for large logs prefer streaming the paths from `loadLogsMetadata`. */
async function loadLogs(stateRoot, runId, options = {}) {
    const run = await loadRunRecord(stateRoot, runId);
    const job = logJob(run, options.job);
    const kind = options.kind ?? 'both';
    const read = async (path) => {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        }
        catch (error) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot read log of job \`${job.id}\`: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, { where: path });
        }
    };
    return {
        host: kind === 'guest' ? null : await read(job.host_log_path),
        guest: kind === 'host' ? null : await read(job.guest_log_path),
    };
}
/** Null when the run has no prepared-outputs file; an error when the file is unreadable or invalid. */
async function loadPreparedOutputsRecord(stateRoot, runId, run) {
    const record = run ?? (await loadRunRecord(stateRoot, runId));
    const path = record.prepared_outputs_path ?? (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runPaths */ .Ot)(stateRoot, runId).preparedOutputsJson;
    if (!(await isFile(path)))
        return null;
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .a)(path, _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .PreparedOutputsRecordSchema */ .YX, `prepared outputs of run \`${runId}\``);
}
/** run.json is required; logs metadata cannot fail; prepared outputs are best effort (null + warning). */
async function loadRunBundle(stateRoot, runId, options = {}) {
    const warn = options.onWarning ?? ((message) => process.stderr.write(`warning: ${message}\n`));
    const run = await loadRunRecord(stateRoot, runId);
    const logs = await logsMetadataFor(run, run.jobs);
    let prepared = null;
    try {
        prepared = await loadPreparedOutputsRecord(stateRoot, runId, run);
    }
    catch (error) {
        warn(`failed to load prepared outputs for run \`${runId}\`: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    return { run, logs, prepared_outputs: prepared };
}
/** Every run directory, newest first; a half-created or corrupt run is listed as such. */
async function listRuns(stateRoot) {
    const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runsDir */ .AM)(stateRoot);
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot list runs: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, { where: dir });
    });
    const entries = [];
    for (const name of names) {
        if (!name.isDirectory())
            continue;
        const runId = name.name;
        const runJson = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runPaths */ .Ot)(stateRoot, runId).runJson;
        let entry;
        let sortMs = (0,_run_id_js__WEBPACK_IMPORTED_MODULE_6__/* .runIdTimeMs */ .AK)(runId);
        if (!(await isFile(runJson))) {
            entry = { run_id: runId, state: 'incomplete', reason: 'no run.json (half-created run directory)' };
        }
        else {
            try {
                const run = await (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .a)(runJson, _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$, 'run record');
                entry = { run_id: runId, state: 'recorded', run, liveness: (0,_liveness_js__WEBPACK_IMPORTED_MODULE_7__/* .runLiveness */ .x)(run) };
                sortMs = (0,_time_js__WEBPACK_IMPORTED_MODULE_8__/* .timestampMs */ .R5)(run.created_at);
            }
            catch (error) {
                entry = { run_id: runId, state: 'corrupt', reason: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error) };
            }
        }
        sortMs ??= (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, runId))).mtimeMs;
        entries.push({ entry, sortMs });
    }
    entries.sort((a, b) => b.sortMs - a.sortMs || b.entry.run_id.localeCompare(a.entry.run_id));
    return entries.map((e) => e.entry);
}
/**
 * Keeps the `keep` newest run directories (by run id, newest first) and removes the rest, except
 * runs whose runner may still be alive: `running` with a live or unknown pid, or a directory
 * without run.json created within the grace period. `force` removes those too. `cache/` is untouched.
 */
async function gcRuns(stateRoot, options) {
    if (!Number.isInteger(options.keep) || options.keep < 0) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--keep-runs must be a non-negative integer, got \`${options.keep}\``);
    }
    const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runsDir */ .AM)(stateRoot);
    const dirents = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`cannot list runs: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, { where: dir });
    });
    const ids = dirents
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
        .reverse();
    const result = { removed: [], kept_running: [] };
    const grace = options.startingGraceMs ?? 60_000;
    for (const runId of ids.slice(options.keep)) {
        if (!options.force && (await mayBeRunning(stateRoot, runId, grace))) {
            result.kept_running.push(runId);
            continue;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, runId), { recursive: true, force: true });
        result.removed.push(runId);
    }
    return result;
}
async function mayBeRunning(stateRoot, runId, graceMs) {
    const paths = (0,_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .runPaths */ .Ot)(stateRoot, runId);
    if (!(await isFile(paths.runJson))) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(paths.runDir).catch(() => null);
        return info !== null && Date.now() - info.mtimeMs < graceMs;
    }
    try {
        const run = await (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRecord */ .a)(paths.runJson, _schemas_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRecordSchema */ .g$, 'run record');
        const liveness = (0,_liveness_js__WEBPACK_IMPORTED_MODULE_7__/* .runLiveness */ .x)(run);
        return liveness === 'alive' || liveness === 'unknown';
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 95267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ capture),
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   oV: () => (/* binding */ shArgv),
/* harmony export */   w8: () => (/* binding */ mustCapture)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Output beyond this is dropped: these helpers read markers and manifests, never logs. */
const CAPTURE_LIMIT = 4 * 1024 * 1024;
async function capture(transport, argv, options = {}) {
    const out = [];
    const err = [];
    let outSize = 0;
    let errSize = 0;
    const result = await transport.exec({
        argv,
        ...options,
        onStdout: (chunk) => {
            if ((outSize += chunk.length) <= CAPTURE_LIMIT)
                out.push(chunk);
        },
        onStderr: (chunk) => {
            if ((errSize += chunk.length) <= CAPTURE_LIMIT)
                err.push(chunk);
        },
    });
    return {
        ...result,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
    };
}
/** `sh -c <script>` on the placement host. */
function shArgv(script) {
    return ['sh', '-c', script];
}
function describeExit(result) {
    if (result.connectionLost)
        return 'connection lost';
    if (result.timedOut)
        return 'timed out';
    if (result.cancelled)
        return 'cancelled';
    if (result.exitCode !== null)
        return `exit code ${result.exitCode}`;
    return `signal ${result.signal ?? 'unknown'}`;
}
/** Run and require success; the error names what was being done, the host and how it ended. */
async function mustCapture(transport, what, argv, options = {}) {
    const result = await capture(transport, argv, options);
    if (result.exitCode !== 0) {
        const stderr = result.stderr.trim();
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PikaciError */ .uy(`${what} on ${transport.hostLabel} failed (${describeExit(result)})${stderr ? `: ${stderr}` : ''}`);
    }
    return result;
}


/***/ })

};
