export const id = 207;
export const ids = [207];
export const modules = {

/***/ 9207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mv: () => (/* binding */ ALREADY_PASSED_UPLOAD),
  kh: () => (/* binding */ afterLaneRun),
  UJ: () => (/* binding */ checkLanePass),
  markPassedLanes: () => (/* binding */ markPassedLanes),
  MO: () => (/* binding */ recordLaneAlreadyPassed)
});

// EXTERNAL MODULE: ./src/action/toolkit.ts
var toolkit = __webpack_require__(97096);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
const COMPONENT_NAMES = (/* unused pure expression or super */ null && ([
    'format',
    'snapshot',
    'lane',
    'target',
    'runtime',
    'environment',
    'action',
    'runner',
]));
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
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/guest/index.ts + 4 modules
var guest = __webpack_require__(41341);
// EXTERNAL MODULE: ./src/hosts/index.ts + 5 modules
var hosts = __webpack_require__(89475);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var src_transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
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
    const configs = (0,hosts/* backendConfigs */.K$)(request.host, request.host.remoteWorkDir ?? hosts/* DEFAULT_WORK_DIR */.gy);
    const placements = [];
    for (const placement of model/* PLACEMENTS */.Je) {
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
    const identity = hosts/* BACKENDS */.A7[runtime].identity;
    if (!identity)
        return null;
    const part = await identity(configs[runtime], host);
    return { runtime, value: part.value, summary: part.summary, image_digest: part.imageDigest };
}
async function hostSystem(transport, signal) {
    const result = await (0,src_transport/* capture */.Fg)(transport, ['uname', '-sm'], signal ? { signal } : {});
    if (result.exitCode !== 0) {
        throw new util/* PikaciError */.uy(`\`uname -sm\` on ${transport.hostLabel} failed (${(0,src_transport/* describeExit */.KE)(result)})`);
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
        throw new util/* PikaciError */.uy(`cannot read ${path}: ${(0,util/* errorMessage */.gJ)(error)}`, { where: path });
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
    return { version: package_namespaceObject.rE, code: await codeHash };
}
async function hashCode() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const root = (0,external_node_path_.basename)(here) === 'passcache' ? (0,external_node_path_.dirname)(here) : here;
    const files = (await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
        .sort();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of [...files, (0,guest/* guestRunnerScriptPath */.lY)()]) {
        const digest = (0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(file))
            .digest('hex');
        hash.update(`${digest} ${file === (0,guest/* guestRunnerScriptPath */.lY)() ? 'guest-runner' : (0,external_node_path_.relative)(root, file)}\n`);
    }
    return `sha256:${hash.digest('hex')}`;
}
/** The machine the action or CLI runs on, as Node.js names it. */
function runnerIdentity() {
    return { os: process.platform, arch: process.arch };
}

// EXTERNAL MODULE: ./src/snapshot/index.ts + 7 modules
var src_snapshot = __webpack_require__(98616);
;// CONCATENATED MODULE: ./src/passcache/lane.ts



async function lane_lanePassKey(request) {
    const { laneRun } = request;
    const jobs = laneRun.jobs;
    const profile = (0,src_snapshot/* snapshotProfileForJobs */.lw)(jobs);
    const [snapshot, runtime, action] = await Promise.all([
        (0,src_snapshot/* snapshotContentHash */.M2)({
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

// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
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
async function record_recordAlreadyPassed(request) {
    await (0,records/* ensureWritableStateRoot */.Sw)(request.stateRoot);
    const createdAt = (0,records/* rfc3339 */.ag)();
    const runId = (0,records/* newRunId */.F$)(new Date(createdAt));
    const passCache = {
        key: request.passKey.key,
        outcome: 'already_passed',
        proved_by_run_id: request.proof.runId,
        proved_by_url: request.proof.url,
        proved_at: request.proof.at,
    };
    const record = records/* RunRecordSchema */.g$.parse({
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
    const reporter = request.reporter ?? records/* silentReporter */.P$;
    const paths = (0,records/* runPaths */.Ot)(request.stateRoot, runId);
    await (0,promises_.mkdir)(paths.runDir, { recursive: true });
    await (0,records/* writeRecord */.rh)(paths.runJson, records/* RunRecordSchema */.g$, record);
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
async function record_markRan(stateRoot, run, passKey) {
    const marked = records/* RunRecordSchema */.g$.parse({
        ...run,
        pass_cache: {
            key: passKey.key,
            outcome: 'ran',
            proved_by_run_id: null,
            proved_by_url: null,
            proved_at: null,
        },
    });
    await (0,records/* writeRecord */.rh)((0,records/* runPaths */.Ot)(stateRoot, run.run_id).runJson, records/* RunRecordSchema */.g$, marked);
    return marked;
}
/**
 * Does this finished run prove `passKey`? Only a passed run whose snapshot has the content hash the
 * key was computed from (the tree did not change in between) and whose jobs ran on the image digests
 * the key names (an Incus alias was not moved in between; `remote_linux_vm_execution.image`).
 */
async function record_verifyProof(run, passKey) {
    if (run.status !== 'passed')
        return { proved: false, reason: `the run ${run.status}` };
    if (run.jobs.length === 0 || run.jobs.some((job) => job.status !== 'passed')) {
        return { proved: false, reason: 'not every job of the run passed' };
    }
    const metadata = await (0,src_snapshot/* readSnapshotMetadata */.U$)(run.snapshot_dir).catch(() => null);
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
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/passcache/local-index.ts
/**
 * The state root's own pass index, for `pikaci run --skip-if-passed` (README "Skipping lanes that
 * already passed"): `<state root>/passes/<digest>.json` names the run that proved a key. A lookup
 * trusts it only while that run's own record still says so — the run exists, passed, and carries
 * the key in `pass_cache` — so a removed (`pikaci gc`) or rewritten run proves nothing.
 */





const LocalPassSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    key: schemas/* string */.YjP(),
    run_id: schemas/* string */.YjP(),
    passed_at: records/* TimestampSchema */.wX,
});
function local_index_passesDir(stateRoot) {
    return join(stateRoot, 'passes');
}
function entryPath(stateRoot, passKey) {
    return join(local_index_passesDir(stateRoot), `${passKey.digest}.json`);
}
async function local_index_lookupLocalPass(stateRoot, passKey) {
    let text;
    try {
        text = await readFile(entryPath(stateRoot, passKey), 'utf8');
    }
    catch {
        return { kind: 'miss', why: 'no run of this state root passed with this key' };
    }
    const parsed = LocalPassSchema.safeParse(safeJson(text));
    if (!parsed.success || parsed.data.key !== passKey.key) {
        return { kind: 'miss', why: 'the index entry for this key is unreadable' };
    }
    const { run_id: runId, passed_at: at } = parsed.data;
    let run;
    try {
        run = await loadRunRecord(stateRoot, runId);
    }
    catch (error) {
        return {
            kind: 'miss',
            why: `run ${runId} that passed with this key cannot be read: ${errorMessage(error)}`,
        };
    }
    if (run.status !== 'passed' || run.pass_cache?.key !== passKey.key || run.pass_cache.outcome !== 'ran') {
        return { kind: 'miss', why: `run ${runId} no longer records a pass with this key` };
    }
    return { kind: 'hit', proof: { runId, url: null, at } };
}
async function local_index_saveLocalPass(stateRoot, passKey, run) {
    await mkdir(local_index_passesDir(stateRoot), { recursive: true });
    await writeRecord(entryPath(stateRoot, passKey), LocalPassSchema, {
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
    const names = await readdir(local_index_passesDir(stateRoot)).catch(() => []);
    const removed = [];
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
        const path = join(local_index_passesDir(stateRoot), name);
        const entry = LocalPassSchema.safeParse(safeJson(await readFile(path, 'utf8').catch(() => '')));
        const runExists = entry.success &&
            isRunId(entry.data.run_id) &&
            (await stat(runPaths(stateRoot, entry.data.run_id).runDir).then((info) => info.isDirectory(), () => false));
        if (runExists)
            continue;
        await rm(path, { force: true });
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
        log(`${id}: the pass key cannot be computed (${errorMessage(error)}); running the lane`);
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
    return Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(543), __webpack_require__.e(692), __webpack_require__.e(365)]).then(__webpack_require__.bind(__webpack_require__, 38365));
}

// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(31658);
;// CONCATENATED MODULE: ./src/action/pass-cache.ts
/**
 * `skip-if-passed: true` on `command: run` (README "Skipping lanes that already passed"): before the
 * lane runs, compute its pass key and look it up in the GitHub Actions cache (exact key only); on a
 * hit, record a run that says so and finish; on a miss, run the lane, and when a trusted event's
 * run proves the key, save a marker under it. Every cache problem is a warning and the lane runs.
 */






/** Why a lane that already passed uploads no artifact. */
const ALREADY_PASSED_UPLOAD = "nothing ran: the lane already passed, and the proving run's artifact holds its logs";
/** Key and lookup; `off` (with a warning) when the key or the cache service is not to be had. */
async function checkLanePass(request) {
    const store = await githubPassCache();
    const availability = store.cacheAvailability(request.env);
    if (!availability.available) {
        toolkit/* warning */.$e(`skip-if-passed: ${availability.reason}; the lane runs`);
        return { kind: 'off' };
    }
    let key;
    try {
        key = await lane_lanePassKey({
            id: request.lane,
            laneRun: request.laneRun,
            sourceRoot: request.sources.repoRoot,
            includeLocalChanges: request.sources.includeLocalChanges,
            host: request.host,
            env: request.env,
        });
    }
    catch (error) {
        toolkit/* warning */.$e(`skip-if-passed: the pass key cannot be computed (${(0,util/* errorMessage */.gJ)(error)}); the lane runs`);
        return { kind: 'off' };
    }
    const { passKey } = key;
    // The summaries carry repository text (lane titles, job ids): fenced, one line each (README "Security").
    const fence = (0,external_node_crypto_.randomUUID)();
    toolkit/* info */.pq(`pass key: ${passKey.key}`);
    toolkit/* info */.pq(`::stop-commands::${fence}`);
    for (const component of passKey.components) {
        toolkit/* info */.pq(`  ${component.name.padEnd(11)} ${component.sha256.slice(0, 16)}  ${(0,report/* oneLine */.TN)(component.summary)}`);
    }
    toolkit/* info */.pq(`::${fence}::`);
    const found = await store.lookupMarker(passKey.key);
    if (found.kind === 'miss') {
        toolkit/* info */.pq(`no pass recorded for this key (or the lookup failed: see any warning above); the lane runs`);
        return { kind: 'miss', passKey };
    }
    if (found.markerProblem !== null) {
        toolkit/* warning */.$e(`skip-if-passed: the key already passed, but its marker could not be read (${found.markerProblem})`);
    }
    return { kind: 'hit', passKey, gitHead: key.gitHead, proof: found.proof };
}
/** The run recorded for a lane that already passed: nothing ran, nothing to upload. */
async function recordLaneAlreadyPassed(check, request) {
    const { runnable } = request.laneRun;
    const run = await record_recordAlreadyPassed({
        stateRoot: request.sources.stateRoot,
        sourceRoot: request.sources.repoRoot,
        targetId: runnable.targetId,
        targetDescription: runnable.description,
        filters: runnable.filters,
        gitHead: check.gitHead,
        passKey: check.passKey,
        proof: check.proof,
    });
    toolkit/* info */.pq(`lane ${request.lane}: passed (${alreadyPassedMessage(check.proof)}); nothing ran (run ${run.run_id})`);
    toolkit/* notice */.lm(alreadyPassedMessage(check.proof), { title: `pikaci ${request.lane}: already passed` });
    return run;
}
/**
 * After a miss: note the key on the run and, when the run proves it and the event is trusted, save
 * the marker. Returns the run record and a line for the summary saying what became of the key.
 */
async function afterLaneRun(check, run, stateRoot, env) {
    const marked = await record_markRan(stateRoot, run, check.passKey);
    if (marked.status !== 'passed')
        return { run: marked, note: 'not saved: the lane did not pass' };
    const proof = await record_verifyProof(marked, check.passKey);
    if (!proof.proved) {
        toolkit/* warning */.$e(`skip-if-passed: the pass is not saved: ${proof.reason}`);
        return { run: marked, note: `not saved: ${proof.reason}` };
    }
    const store = await githubPassCache();
    const trust = store.saveTrust(env);
    if (!trust.trusted) {
        toolkit/* info */.pq(`skip-if-passed: ${trust.reason}; the pass is not saved`);
        return { run: marked, note: `not saved: ${trust.reason}` };
    }
    const url = store.workflowRunUrl(env);
    if (url === null) {
        toolkit/* warning */.$e('skip-if-passed: no workflow run URL (GITHUB_REPOSITORY, GITHUB_RUN_ID); the pass is not saved');
        return { run: marked, note: 'not saved: no workflow run URL' };
    }
    const saved = await store.saveMarker({
        schema_version: 1,
        key: check.passKey.key,
        run_url: url,
        repository: env['GITHUB_REPOSITORY'] ?? '',
        event: env['GITHUB_EVENT_NAME'] ?? '',
        sha: env['GITHUB_SHA'] || null,
        pikaci_run_id: marked.run_id,
        passed_at: marked.finished_at ?? marked.created_at,
    });
    if (!saved.saved) {
        toolkit/* warning */.$e(`skip-if-passed: the pass marker was not saved: ${saved.reason}`);
        return { run: marked, note: `not saved: ${saved.reason}` };
    }
    toolkit/* info */.pq(`skip-if-passed: saved this run as the pass of key ${check.passKey.key} (cache entry ${saved.id})`);
    return { run: marked, note: 'saved: a later run with the same inputs will not run the lane again' };
}
/**
 * `skip-if-passed: true` on `plan`: look up each matrix leg's pass key and mark the legs whose key
 * already passed (`already_passed`, `proved_by`), so a workflow can skip their setup and the report
 * can show them. The plan computes keys on its own runner with no host settings, so only lanes of
 * local host-process jobs are looked up, and a key matches only a leg on the same OS and
 * architecture (both are in the key). A mark never decides anything: the leg checks its own key.
 */
async function markPassedLanes(include, request) {
    for (const entry of include)
        Object.assign(entry, { already_passed: 'false', proved_by: '' });
    if (include.length === 0)
        return '';
    const store = await githubPassCache();
    const availability = store.cacheAvailability(request.env);
    if (!availability.available) {
        toolkit/* warning */.$e(`skip-if-passed: ${availability.reason}; no lane is marked`);
        return '';
    }
    const { loadRunSources, DEFAULT_MANIFEST } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 94383));
    const { resolveLaneRun } = await __webpack_require__.e(/* import() */ 664).then(__webpack_require__.bind(__webpack_require__, 94664));
    process.chdir(request.workspace);
    const sources = await loadRunSources({
        catalog: request.catalog === '' ? undefined : (0,external_node_path_.resolve)(request.workspace, request.catalog),
        manifest: (0,external_node_path_.resolve)(request.workspace, request.manifest || DEFAULT_MANIFEST),
    });
    for (const entry of include) {
        try {
            const laneRun = resolveLaneRun({ id: entry.lane, sources: sources.runnable, env: request.env });
            const remote = laneRun.jobs.find((job) => job.execution.placement !== 'local' || job.execution.runtime !== 'host_process');
            if (remote !== undefined) {
                toolkit/* info */.pq(`${entry.lane}: not looked up (job \`${remote.id}\` runs ${remote.execution.placement} × ${remote.execution.runtime}; the leg looks its key up itself)`);
                continue;
            }
            const { passKey } = await lane_lanePassKey({
                id: entry.lane,
                laneRun,
                sourceRoot: sources.repoRoot,
                includeLocalChanges: sources.includeLocalChanges,
                host: {},
                env: request.env,
            });
            const found = await store.lookupMarker(passKey.key);
            if (found.kind === 'hit') {
                Object.assign(entry, { already_passed: 'true', proved_by: found.proof.url ?? '' });
                toolkit/* info */.pq(`${entry.lane}: ${alreadyPassedMessage(found.proof)} (pass key ${passKey.key})`);
            }
            else
                toolkit/* info */.pq(`${entry.lane}: pass key ${passKey.key} has not passed`);
        }
        catch (error) {
            toolkit/* warning */.$e(`skip-if-passed: lane ${entry.lane} not looked up: ${(0,util/* errorMessage */.gJ)(error)}`);
        }
    }
    return passedMarkdown(include);
}
/** The plan summary's list of legs marked as already passed, each with its proving run. */
function passedMarkdown(include) {
    const marked = include.filter((entry) => entry.already_passed === 'true');
    if (marked.length === 0)
        return '';
    const lines = ['', '### Already passed (skip-if-passed)', ''];
    for (const entry of marked) {
        const url = entry.proved_by;
        lines.push(`- \`${entry.lane}\` (${(0,report/* markdownText */.p7)(entry.title)}): ${url ? `[the run that proved it](${url})` : 'proving run unknown'}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 47879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTartBackend: () => (/* binding */ createTartBackend)
/* harmony export */ });
/* unused harmony export runTartJob */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _guest_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41341);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21056);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22656);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93609);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56345);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32723);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49733);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(55333);
/* harmony import */ var _guest_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(30407);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1909);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(71755);
/* harmony import */ var _slots_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(22494);
/* harmony import */ var _vm_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(23602);
/**
 * The Tart runtime (docs/upstream.md, executor 6, with docs/design.md decisions 1, 6 and 7): the phase
 * script of one job over its `TartVm` on the placement host (this Mac, or a Mac over SSH), driven only
 * through the job's `Transport`. Phases are timed into the execution record; the outcome comes from
 * the guest runner's `result.json` (docs/guest-protocol.md). Everything after the clone is undone by
 * `cleanup`, which the orchestrator runs on every path (`runWithCleanup`): stop (bounded), reap
 * `tart run`, delete, then give the host's VM slot back — upstream returned early without it on a
 * readiness timeout or an early error and leaked the VM and its `tart run`.
 */
















/** The Tart backend: `run` clones and boots the job's VM, `cleanup` stops and deletes it. */
function createTartBackend(options) {
    const jobs = new Map();
    const hostChecks = new Map();
    const setups = new _host_js__WEBPACK_IMPORTED_MODULE_12__/* .HostSetups */ .VQ();
    const key = (ctx) => `${ctx.runId}\0${ctx.job.id}`;
    return {
        run(ctx) {
            const cli = new _cli_js__WEBPACK_IMPORTED_MODULE_9__/* .TartCli */ .eh(options.config.work_dir, ctx.transport, ctx.hostLog);
            const state = {
                vm: new _vm_js__WEBPACK_IMPORTED_MODULE_15__/* .TartVm */ .zr(cli, (0,_naming_js__WEBPACK_IMPORTED_MODULE_13__/* .vmName */ .l$)(ctx.runId, ctx.job.id), ctx.hostLog, ctx.signal),
                slot: null,
            };
            jobs.set(key(ctx), state);
            const checked = () => {
                let check = hostChecks.get(ctx.transport.hostLabel);
                if (!check) {
                    check = (0,_host_js__WEBPACK_IMPORTED_MODULE_12__/* .checkTartHost */ .yi)(ctx.transport, options.config.work_dir, ctx.signal);
                    hostChecks.set(ctx.transport.hostLabel, check);
                    // A failed check (perhaps cut off by a cancellation) is asked again by the next job.
                    check.catch(() => hostChecks.delete(ctx.transport.hostLabel));
                }
                return check;
            };
            return runPhases(ctx, state, options, { checked, setups });
        },
        async cleanup(ctx) {
            const state = jobs.get(key(ctx));
            if (!state)
                return;
            jobs.delete(key(ctx));
            try {
                await state.vm.stop(options.config.stop_timeout_secs);
                const removed = await state.vm.delete();
                switch (removed) {
                    case 'never_created':
                        return;
                    case 'deleted':
                        ctx.hostLog.line(`[pikaci] deleted Tart VM ${state.vm.name}`);
                        return;
                    case 'absent':
                        ctx.hostLog.line(`[pikaci] Tart VM ${state.vm.name} was already gone`);
                        return;
                    default:
                        return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .assertNever */ .xb)(removed);
                }
            }
            finally {
                await state.slot?.release();
            }
        },
    };
}
/** One job on the Tart backend, its cleanup included (for callers without the orchestrator). */
function runTartJob(ctx, options) {
    return runWithCleanup(createTartBackend(options), ctx);
}
async function runPhases(ctx, state, options, shared) {
    const { config } = options;
    const { job, transport, hostLog } = ctx;
    const { vm } = state;
    const host = transport.hostLabel;
    if (job.runtime_config.kind !== 'tart') {
        throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VmFailure */ .wY(`job \`${job.id}\` is not a Tart job (runtime_config.kind = ${job.runtime_config.kind})`);
    }
    const tart = job.runtime_config;
    const guest = {
        hostXcode: config.use_host_xcode,
        libraryDeveloper: false,
        hostToolchain: tart.mount_host_rust_toolchain,
    };
    const phases = new _vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .PhaseRecorder */ .wo();
    const record = {
        backend: 'tart',
        image: { name: config.base_vm, digest: (0,_naming_js__WEBPACK_IMPORTED_MODULE_13__/* .baseVmDigest */ .n$)(config.base_vm) },
        incus_image: null,
        phases: phases.phases,
    };
    const outcome = await (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .settleVmJob */ .cE)(ctx, async () => {
        await phases.run('prepare_directories', async () => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(ctx.paths.artifactsDir, { recursive: true });
            const version = await shared.checked();
            hostLog.line(`[pikaci] Tart ${version} on ${host}`);
        });
        const workspace = await phases.run('stage_workspace_snapshot', async () => {
            const staged = await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_8__/* .stageWorkspace */ .os)(transport, ctx.workspace, ctx.paths, {
                workDir: config.work_dir,
                log: (line) => hostLog.line(line),
                signal: ctx.signal,
            });
            const hostRunDir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(staged.jobDir));
            let source = staged.snapshotDir;
            if (tart.host_setup_command !== undefined) {
                source = await shared.setups.prepare(ctx, config.work_dir, staged.snapshotDir, hostRunDir, [
                    tart.host_setup_command,
                ]);
            }
            if (!job.writable_workspace)
                return { dir: source, artifactsDir: staged.artifactsDir };
            const copy = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(staged.jobDir, 'workspace');
            await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_5__/* .mustCapture */ .w8)(transport, 'copy the workspace for a writable_workspace job', (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_5__/* .shArgv */ .oV)(`set -eu; rm -rf ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shellQuote */ .ZL)(copy)}; cp -a ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shellQuote */ .ZL)(source)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shellQuote */ .ZL)(copy)}; chmod -R u+w ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .shellQuote */ .ZL)(copy)}`), { signal: ctx.signal });
            return { dir: copy, artifactsDir: staged.artifactsDir };
        });
        await phases.run('prepare_runtime', async () => {
            const shares = await directoryShares(workspace.dir, workspace.artifactsDir);
            state.slot = await (0,_slots_js__WEBPACK_IMPORTED_MODULE_14__/* .acquireVmSlot */ .O)(transport, {
                workDir: config.work_dir,
                slots: _config_js__WEBPACK_IMPORTED_MODULE_10__/* .TART_VM_SLOTS */ .O,
                timeoutSecs: config.slot_timeout_secs,
                holder: `run ${ctx.runId} job ${job.id}`,
                log: (line) => hostLog.line(line),
                signal: ctx.signal,
            });
            await vm.removeStale();
            hostLog.line(`[pikaci] starting Tart VM \`${vm.name}\` from \`${config.base_vm}\` on ${host} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rfc3339 */ .ag)()}`);
            await vm.clone(config.base_vm).catch((error) => {
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VmFailure */ .wY(`clone Tart base VM \`${config.base_vm}\` into \`${vm.name}\` on ${host}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}; set --tart-base-vm (PIKACI_TART_BASE_VM) or create \`${config.base_vm}\` there (tart clone ghcr.io/cirruslabs/macos-sequoia-base:latest ${config.base_vm})`);
            });
            vm.boot(shares, guest.hostToolchain);
            await vm.waitReady(config.readiness_timeout_secs);
            if (guest.hostToolchain)
                await ensureSyntheticNix(shares);
        });
        // The runner sets its own HOME and user; macOS paths and CA bundle, then the CI context, the
        // job's `pass_env` variables and its secrets go on top.
        const request = (0,_guest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .buildGuestRequest */ .C7)(job, {
            env: {
                ...(0,_guest_js__WEBPACK_IMPORTED_MODULE_11__/* .guestEnvironment */ .ao)(guest),
                ...ctx.environment.context,
                ...ctx.environment.passed,
                ...ctx.environment.secrets,
            },
            cwd: (0,_guest_js__WEBPACK_IMPORTED_MODULE_11__/* .sharedPath */ .nk)(_guest_js__WEBPACK_IMPORTED_MODULE_11__/* .WORKSPACE_SHARE */ .s2),
        });
        await phases.run('launch_guest', async () => {
            const script = (0,_guest_js__WEBPACK_IMPORTED_MODULE_11__/* .prepareGuestScript */ .z2)(guest);
            const argv = [
                'sudo',
                '-n',
                'sh',
                '-c',
                script,
                'sh',
                String(Buffer.byteLength(request.json)),
                String(Buffer.byteLength(request.envFile)),
            ];
            await vm.run('write Tart guest request', argv, request.json + request.envFile + (0,_guest_index_js__WEBPACK_IMPORTED_MODULE_2__/* .guestRunnerScript */ .iF)());
        });
        hostLog.line(`[pikaci] starting Tart guest runner for job \`${job.id}\` in \`${vm.name}\` on ${host} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rfc3339 */ .ag)()}: ${request.request.command}`);
        const graceSecs = config.host_grace_secs;
        const run = await phases.run('wait_for_completion', async () => {
            const stdout = new _vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .LineSplitter */ .g3('[exec:stdout] ', (line) => hostLog.write(line));
            const stderr = new _vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .LineSplitter */ .g3('[exec:stderr] ', (line) => hostLog.write(line));
            const result = await vm.exec({
                argv: (0,_guest_js__WEBPACK_IMPORTED_MODULE_11__/* .runnerArgv */ .vl)(),
                onStdout: (chunk) => {
                    stdout.push(chunk);
                    ctx.output('stdout', chunk);
                },
                onStderr: (chunk) => {
                    stderr.push(chunk);
                    ctx.output('stderr', chunk);
                },
                timeoutMs: (job.timeout_secs + graceSecs) * 1000,
                signal: ctx.signal,
            });
            stdout.end();
            stderr.end();
            hostLog.line(`[pikaci] tart exec ended (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_5__/* .describeExit */ .KE)(result)}) at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rfc3339 */ .ag)()}`);
            return result;
        });
        if (run.cancelled)
            return (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .failedOutcome */ .iS)('cancelled');
        if (run.connectionLost) {
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VmFailure */ .wY(`infrastructure error: lost the connection to ${host} while the guest was running`);
        }
        const collect = () => (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .collectLifecycleFiles */ .Y_)(vm, {
            stateDir: _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .TART_STATE_DIR */ .eF,
            artifactsDir: ctx.paths.artifactsDir,
            log: hostLog,
            signal: ctx.signal,
            runtime: 'Tart',
            host,
        });
        if (run.timedOut) {
            hostLog.line(`[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`);
            await phases.run('collect_artifacts', collect).catch((error) => {
                hostLog.line(`[pikaci] ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
            });
            return (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .failedOutcome */ .iS)(`timed out after ${job.timeout_secs}s`);
        }
        return phases.run('collect_artifacts', async () => {
            await collect();
            return (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .readGuestOutcome */ .P3)(ctx.paths.resultJson);
        });
    });
    return { ...outcome, remote_linux_vm_execution: record };
    /** The `--dir` shares, in upstream's order (executor 6 step 7). */
    async function directoryShares(workspaceDir, artifactsDir) {
        const shares = [
            { name: _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .WORKSPACE_SHARE */ .s2, path: workspaceDir, readOnly: !job.writable_workspace },
            { name: _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .ARTIFACTS_SHARE */ .C2, path: artifactsDir, readOnly: false },
        ];
        if (guest.hostXcode) {
            const app = await (0,_host_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveXcodeApp */ .PW)(transport, config.work_dir, config.xcode_app, ctx.signal);
            // Upstream shares /Library/Developer unconditionally; a host without it would make `tart run` fail.
            const library = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_5__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_9__/* .hostArgv */ .Jy)(config.work_dir, ['test', '-d', _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .GUEST_LIBRARY_DEVELOPER */ .qX]), {
                signal: ctx.signal,
            });
            guest.libraryDeveloper = library.exitCode === 0;
            hostLog.line(`[pikaci] sharing the host's Xcode ${app}${guest.libraryDeveloper ? ` and ${_guest_js__WEBPACK_IMPORTED_MODULE_11__/* .GUEST_LIBRARY_DEVELOPER */ .qX}` : ''} into the guest`);
            shares.push({ path: app, readOnly: true, tag: _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .XCODE_TAG */ .Dn });
            if (guest.libraryDeveloper) {
                shares.push({ path: _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .GUEST_LIBRARY_DEVELOPER */ .qX, readOnly: true, tag: _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .LIBRARY_DEVELOPER_TAG */ .M2 });
            }
        }
        if (guest.hostToolchain) {
            const root = await (0,_host_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveRustToolchain */ .qw)(transport, config.work_dir, config.rust_toolchain, ctx.signal);
            hostLog.line(`[pikaci] sharing the host's Rust toolchain ${root} and /nix/store into the guest`);
            shares.push({ name: _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .RUST_TOOLCHAIN_SHARE */ .pt, path: root, readOnly: true }, { path: '/nix/store', readOnly: true, tag: _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .NIX_STORE_TAG */ .VI });
        }
        return shares;
    }
    /**
     * Host toolchain jobs mount the host's /nix/store at /nix/store, which on macOS needs a synthetic
     * `/nix` (upstream step 11): when the base VM lacks it, add it and boot the VM again.
     */
    async function ensureSyntheticNix(shares) {
        if ((await vm.capture(_guest_js__WEBPACK_IMPORTED_MODULE_11__/* .NIX_CHECK */ .Vn)).exitCode === 0)
            return;
        hostLog.line('[pikaci] bootstrapping synthetic /nix mountpoint inside Tart guest');
        await vm.run('prepare synthetic /nix in the Tart guest', _guest_js__WEBPACK_IMPORTED_MODULE_11__/* .NIX_BOOTSTRAP */ .$L);
        await vm.stop(config.stop_timeout_secs);
        vm.boot(shares, true);
        await vm.waitReady(config.readiness_timeout_secs);
        if ((await vm.capture(_guest_js__WEBPACK_IMPORTED_MODULE_11__/* .NIX_CHECK */ .Vn)).exitCode !== 0) {
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_7__/* .VmFailure */ .wY('synthetic /nix mountpoint is still unavailable after Tart guest restart');
        }
    }
}


/***/ }),

/***/ 49733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jy: () => (/* binding */ hostArgv),
/* harmony export */   KL: () => (/* binding */ tartArgv),
/* harmony export */   be: () => (/* binding */ stderrTail),
/* harmony export */   dQ: () => (/* binding */ TartCommandError),
/* harmony export */   eh: () => (/* binding */ TartCli),
/* harmony export */   s5: () => (/* binding */ HOMEBREW_BIN)
/* harmony export */ });
/* unused harmony export describeHostArgv */
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93609);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56345);



/** Homebrew's prefix on Apple Silicon. */
const HOMEBREW_BIN = '/opt/homebrew/bin';
const PATH_PREFIX_SCRIPT = `PATH="$0/bin:${HOMEBREW_BIN}:$PATH"; export PATH; exec "$@"`;
/** argv that runs `argv` on the host with `<workDir>/bin` and Homebrew first on `PATH`. */
function hostArgv(workDir, argv) {
    return ['sh', '-c', PATH_PREFIX_SCRIPT, workDir, ...argv];
}
/** `tart <args…>` on the host. */
function tartArgv(workDir, args) {
    return hostArgv(workDir, ['tart', ...args]);
}
/** What a host argv built by `hostArgv` runs, for logs: `tart clone a b`. */
function describeHostArgv(argv) {
    return argv[0] === 'sh' && argv[2] === PATH_PREFIX_SCRIPT ? shellJoin(argv.slice(4)) : shellJoin(argv);
}
/** A Tart command that did not succeed; `exitCode` is set when it ran to its end. */
class TartCommandError extends _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY {
    result;
    constructor(label, host, result) {
        super(`${label} on ${host} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(result)})${stderrTail(result.stderr)}`, result.exitCode);
        this.result = result;
        this.name = 'TartCommandError';
    }
}
/** `: <last three lines of stderr>`, or nothing when it is empty. */
function stderrTail(stderr) {
    const text = stderr.trim();
    return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}
/** The Tart CLI of one host, for one job: the commands it runs are logged to the job's host.log. */
class TartCli {
    workDir;
    transport;
    log;
    constructor(workDir, transport, log) {
        this.workDir = workDir;
        this.transport = transport;
        this.log = log;
    }
    get host() {
        return this.transport.hostLabel;
    }
    argv(args) {
        return tartArgv(this.workDir, args);
    }
    /** Runs `tart <args>`, logging it and its output; a non-zero exit throws `TartCommandError`. */
    async run(label, args, options = {}) {
        this.log.line(`[pikaci] ${label}: tart ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shellJoin */ .nZ)(args)}`);
        const result = await this.capture(args, options);
        if (result.stdout)
            this.log.write(result.stdout);
        if (result.stderr)
            this.log.write(result.stderr);
        if (result.exitCode !== 0)
            throw new TartCommandError(label, this.host, result);
        return result.stdout;
    }
    /** Runs `tart <args>` quietly and returns how it ended, whatever that was. */
    capture(args, options = {}) {
        return (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .capture */ .Fg)(this.transport, this.argv(args), options);
    }
    /** Runs `tart <request.argv>` with its output streamed, not captured. */
    stream(request) {
        return this.transport.exec({ ...request, argv: this.argv(request.argv) });
    }
}


/***/ }),

/***/ 55333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TartHostConfigSchema),
/* harmony export */   O: () => (/* binding */ TART_VM_SLOTS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * How to reach and drive Tart on a placement host (README "Tart"). Host configuration, not job data:
 * it comes from action inputs, CLI flags or the environment (`./settings.ts`), never from job ids.
 */

/** Apple's macOS licence allows two macOS VMs per Mac; Virtualization.framework enforces it. */
const TART_VM_SLOTS = 2;
const TartHostConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** The VM each job's VM is cloned from (upstream `PIKACI_TART_BASE_VM`). */
    base_vm: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).default('sequoia-base'),
    /** How long the guest agent may take to answer `tart exec <vm> true` after each boot. */
    readiness_timeout_secs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(180),
    /** Share the host's Xcode and /Library/Developer into the guest (upstream `PIKACI_TART_USE_HOST_XCODE`). */
    use_host_xcode: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    /** The host's Xcode app bundle; found on the host when unset (upstream `PIKACI_TART_XCODE_APP`). */
    xcode_app: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'xcode_app must be an absolute path').optional(),
    /** The host's Rust toolchain root (`<root>/bin/cargo`) for `mount_host_rust_toolchain` jobs; found with `command -v cargo` when unset. */
    rust_toolchain: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'rust_toolchain must be an absolute path').optional(),
    /** How long a job waits for one of the host's VM slots before it fails. */
    slot_timeout_secs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(7200),
    /** Seconds `tart stop` waits for a graceful shutdown before it kills the VM (`tart stop --timeout`). */
    stop_timeout_secs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(30),
    /**
     * How long the host waits past a job's timeout for the guest runner (docs/design.md decision 6: the
     * guest's own `timeout` fires first and still writes result.json).
     */
    host_grace_secs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(30),
    /** Work dir W on the placement host (runs/, snapshots/, locks/, and bin/ first on PATH). */
    work_dir: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'work_dir must be absolute').default('/var/tmp/pikaci'),
});


/***/ }),

/***/ 30407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ NIX_BOOTSTRAP),
/* harmony export */   C2: () => (/* binding */ ARTIFACTS_SHARE),
/* harmony export */   Dn: () => (/* binding */ XCODE_TAG),
/* harmony export */   M2: () => (/* binding */ LIBRARY_DEVELOPER_TAG),
/* harmony export */   VI: () => (/* binding */ NIX_STORE_TAG),
/* harmony export */   Vn: () => (/* binding */ NIX_CHECK),
/* harmony export */   ao: () => (/* binding */ guestEnvironment),
/* harmony export */   eF: () => (/* binding */ TART_STATE_DIR),
/* harmony export */   nk: () => (/* binding */ sharedPath),
/* harmony export */   pt: () => (/* binding */ RUST_TOOLCHAIN_SHARE),
/* harmony export */   qX: () => (/* binding */ GUEST_LIBRARY_DEVELOPER),
/* harmony export */   s2: () => (/* binding */ WORKSPACE_SHARE),
/* harmony export */   vl: () => (/* binding */ runnerArgv),
/* harmony export */   z2: () => (/* binding */ prepareGuestScript)
/* harmony export */ });
/* unused harmony exports SHARED_FILES, TART_GUEST_ROOT, TART_REQUEST, TART_REQUEST_ENV, TART_RUNNER, TART_TOOLS_DIR, GUEST_XCODE_APP, GUEST_NIX_STORE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _guest_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41341);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93609);
/**
 * What the Tart backend runs inside a macOS guest (docs/guest-protocol.md "Host side"; upstream
 * docs/upstream.md, executor 6 steps 7, 11 and 12). The guest runner is the unchanged
 * `pikaci-incus-run`; macOS's sealed system volume has no `/run` and no `/workspace`, so it runs with
 * its root prefix (`PIKACI_GUEST_ROOT`) set to `TART_GUEST_ROOT` on the guest's own disk, and the
 * request names the workspace share as its working directory.
 */



/** Where macOS mounts named `--dir` shares (Tart's default automount tag). */
const SHARED_FILES = '/Volumes/My Shared Files';
/** The guest runner's root prefix inside the VM: on the VM's own disk, gone with the VM. */
const TART_GUEST_ROOT = '/private/tmp/pikaci';
/** The guest runner's lifecycle files (`/run/pika-cloud` under the root prefix). */
const TART_STATE_DIR = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(TART_GUEST_ROOT, _guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.runtimeStateDir);
const TART_REQUEST = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(TART_GUEST_ROOT, _guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.request);
const TART_REQUEST_ENV = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(TART_GUEST_ROOT, _guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.requestEnv);
const TART_RUNNER = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(TART_GUEST_ROOT, _guest_index_js__WEBPACK_IMPORTED_MODULE_1__/* .GUEST_PATHS */ .es.pushedRunner);
/** Where the guest gets the tools the runner needs and macOS lacks (`GUEST_TOOLS`); last on PATH. */
const TART_TOOLS_DIR = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(TART_GUEST_ROOT, 'run/pikaci/bin');
/** The user the guest runner switches to (docs/guest-protocol.md "Paths"; uid 1000). */
const GUEST_USER = 'pikaci';
const WORKSPACE_SHARE = 'workspace';
const ARTIFACTS_SHARE = 'artifacts';
const RUST_TOOLCHAIN_SHARE = 'rust-toolchain';
const XCODE_TAG = 'pikaci-xcode';
const LIBRARY_DEVELOPER_TAG = 'pikaci-library-developer';
const NIX_STORE_TAG = 'pikaci-nix-store';
const GUEST_XCODE_APP = '/Applications/Xcode.app';
const GUEST_LIBRARY_DEVELOPER = '/Library/Developer';
const GUEST_NIX_STORE = '/nix/store';
/** `/Volumes/My Shared Files/<name>`. */
function sharedPath(name) {
    return `${SHARED_FILES}/${name}`;
}
/** `test -L /nix -o -d /nix` (upstream step 11): is the synthetic /nix mountpoint there? */
const NIX_CHECK = ['bash', '-lc', 'test -L /nix -o -d /nix'];
/**
 * Upstream's synthetic /nix bootstrap (step 11): the data-volume directory and an
 * `/etc/synthetic.conf` line `nix<TAB>System/Volumes/Data/nix`, which macOS turns into `/nix` at the
 * next boot.
 */
const NIX_BOOTSTRAP = [
    'bash',
    '-lc',
    [
        'set -euo pipefail',
        'sudo mkdir -p /System/Volumes/Data/nix/store',
        "if ! grep -qE '^nix[[:space:]]' /etc/synthetic.conf 2>/dev/null; then",
        "  printf 'nix\\tSystem/Volumes/Data/nix\\n' | sudo tee -a /etc/synthetic.conf >/dev/null",
        'fi',
        'sync',
    ].join('\n'),
];
/** `mount_virtiofs <tag> <dir>` unless `dir` is already a mountpoint (upstream step 12.3 and 12.5). */
function mountTagged(tag, dir) {
    return [
        `mkdir -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(dir)}`,
        `mount | grep -F ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(` on ${dir} `)} >/dev/null || mount_virtiofs ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(tag)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(dir)}`,
    ];
}
/**
 * What the guest runner needs (docs/guest-protocol.md "Paths") and a stock macOS lacks: GNU `timeout`
 * and `sha256sum` (Homebrew's coreutils has them, unprefixed only in its gnubin) and a user switch
 * (`runuser` or `setpriv`; macOS's `su` has no `-s`). Each is written to `TART_TOOLS_DIR` only when
 * the guest has none, so real tools win; they behave as the runner expects of the real ones.
 */
const GUEST_TOOLS = [
    {
        name: 'timeout',
        needed: 'timeout',
        // GNU timeout's contract as the runner uses it: its own process group, TERM to the group when
        // time is up and exit 124 then; the command's status (128+signal) otherwise.
        text: `#!/usr/bin/perl
# timeout SECONDS COMMAND... (pikaci-action's stand-in for GNU timeout in a macOS guest)
use strict; use warnings; use POSIX ();
my $secs = shift @ARGV;
setpgrp(0, 0);
my $pid = fork();
die "timeout: fork: $!\n" unless defined $pid;
if ($pid == 0) { exec { $ARGV[0] } @ARGV; print STDERR "timeout: $ARGV[0]: $!\n"; POSIX::_exit(127); }
my $timed_out = 0;
$SIG{ALRM} = sub { $timed_out = 1; local $SIG{TERM} = 'IGNORE'; kill 'TERM', -$$; };
alarm $secs;
while (waitpid($pid, 0) == -1) { last unless $!{EINTR}; }
my $status = $?;
exit 124 if $timed_out;
exit(($status & 127) ? 128 + ($status & 127) : $status >> 8);
`,
    },
    {
        name: 'sha256sum',
        needed: 'sha256sum',
        text: `#!/bin/sh
# sha256sum (pikaci-action's stand-in in a macOS guest): shasum -a 256, the same output
exec shasum -a 256 "$@"
`,
    },
    {
        name: 'runuser',
        needed: 'runuser setpriv',
        // The one form the runner uses: runuser -u <user> -m -- <command...>; sudo keeps the environment.
        text: `#!/bin/sh
# runuser -u USER -m -- COMMAND... (pikaci-action's stand-in in a macOS guest)
if [ "$#" -lt 5 ] || [ "$1" != -u ] || [ "$3" != -m ] || [ "$4" != -- ]; then
  echo "runuser: only 'runuser -u USER -m -- COMMAND...' is supported here" >&2
  exit 125
fi
user=$2
shift 4
exec sudo -n -E -u "$user" -- env PATH="$PATH" "$@"
`,
    },
];
/** Writes each `GUEST_TOOLS` entry the guest has none of; adds the runner's user where macOS keeps users (dscl). */
function guestToolsScript() {
    const dir = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(TART_TOOLS_DIR);
    const lines = [`mkdir -p ${dir}`];
    for (const tool of GUEST_TOOLS) {
        const missing = tool.needed
            .split(' ')
            .map((name) => `! command -v ${name} >/dev/null 2>&1`)
            .join(' && ');
        const target = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(`${TART_TOOLS_DIR}/${tool.name}`);
        lines.push(`if ${missing}; then printf '%s' ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(tool.text)} > ${target} && chmod 755 ${target}; fi`);
    }
    // macOS keeps its users in Directory Services; /etc/passwd does not list them.
    lines.push(`if ! id ${GUEST_USER} >/dev/null 2>&1 && command -v dscl >/dev/null 2>&1; then`, `  dscl . -create /Users/${GUEST_USER} && dscl . -create /Users/${GUEST_USER} UniqueID 1000 &&`, `  dscl . -create /Users/${GUEST_USER} PrimaryGroupID 20 && dscl . -create /Users/${GUEST_USER} UserShell /bin/sh &&`, `  dscl . -create /Users/${GUEST_USER} NFSHomeDirectory /var/empty`, 'fi');
    return lines;
}
/** PATH of the runner: the guest's tools, then what `GUEST_TOOLS` adds. */
const RUNNER_PATH = [
    '/opt/homebrew/opt/coreutils/libexec/gnubin',
    '/opt/homebrew/bin',
    '/usr/local/bin',
    '/usr/bin',
    '/bin',
    '/usr/sbin',
    '/sbin',
    TART_TOOLS_DIR,
].join(':');
/**
 * The one guest command before the runner, as root (`sudo -n sh -c <script> sh <json bytes> <env
 * bytes>`): it writes the request pair and the runner from stdin (the pair carries the job's
 * secrets: stdin, never argv), provides the tools the runner needs that macOS lacks, then mounts
 * the tagged shares the job uses.
 */
function prepareGuestScript(options) {
    return [
        'set -eu',
        `mkdir -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(TART_STATE_DIR)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(TART_RUNNER))}`,
        `dd of=${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(TART_REQUEST)} bs=1 count="$1" 2>/dev/null`,
        `dd of=${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(TART_REQUEST_ENV)} bs=1 count="$2" 2>/dev/null`,
        `cat > ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(TART_RUNNER)}`,
        `chmod 755 ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuote */ .ZL)(TART_RUNNER)}`,
        ...guestToolsScript(),
        ...(options.hostXcode
            ? [
                ...mountTagged(XCODE_TAG, GUEST_XCODE_APP),
                ...(options.libraryDeveloper ? mountTagged(LIBRARY_DEVELOPER_TAG, GUEST_LIBRARY_DEVELOPER) : []),
                'killall -9 com.apple.CoreSimulator.CoreSimulatorService >/dev/null 2>&1 || true',
            ]
            : []),
        ...(options.hostToolchain ? mountTagged(NIX_STORE_TAG, GUEST_NIX_STORE) : []),
    ].join('\n');
}
/** The runner's command in the guest: root, with its root prefix and `RUNNER_PATH`. */
function runnerArgv() {
    return [
        'sudo',
        '-n',
        'env',
        `PATH=${RUNNER_PATH}`,
        `PIKACI_GUEST_ROOT=${TART_GUEST_ROOT}`,
        'sh',
        TART_RUNNER,
        TART_REQUEST,
    ];
}
/**
 * The command's environment on macOS (upstream step 12.4, 12.7, 12.8): the host's Xcode, the shared
 * Rust toolchain, Homebrew (with GNU coreutils' unprefixed names, which the guest runner's `timeout`
 * needs, when Homebrew's coreutils is installed) and the system paths on `PATH`; macOS's CA bundle.
 * The job's own variables go on top.
 */
function guestEnvironment(options) {
    const developerDir = `${GUEST_XCODE_APP}/Contents/Developer`;
    const path = [
        ...(options.hostXcode ? [`${developerDir}/usr/bin`] : []),
        ...(options.hostToolchain ? [`${sharedPath(RUST_TOOLCHAIN_SHARE)}/bin`] : []),
        RUNNER_PATH,
    ].join(':');
    const ca = '/etc/ssl/cert.pem';
    return {
        PATH: path,
        SSL_CERT_FILE: ca,
        NIX_SSL_CERT_FILE: ca,
        CURL_CA_BUNDLE: ca,
        CARGO_HTTP_CAINFO: ca,
        ...(options.hostXcode ? { DEVELOPER_DIR: developerDir } : {}),
    };
}


/***/ }),

/***/ 1909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PW: () => (/* binding */ resolveXcodeApp),
/* harmony export */   VQ: () => (/* binding */ HostSetups),
/* harmony export */   qw: () => (/* binding */ resolveRustToolchain),
/* harmony export */   yi: () => (/* binding */ checkTartHost)
/* harmony export */ });
/* unused harmony exports MIN_TART_VERSION, tartVersionOk, hostSetupLogPath */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22656);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93609);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56345);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49733);
/**
 * Host-side work of the Tart backend, once per run and host: the host checks (macOS on Apple Silicon,
 * Tart ≥ 2.27, which has `tart exec`), finding the host's Xcode and Rust toolchain, and the host setup
 * commands (docs/upstream.md, executor 1 and 6 steps 1, 2 and 7). Every command goes through the
 * job's transport with `hostArgv`, so it runs on the Mac the job runs on, here or over SSH.
 */






/** `tart exec` appeared in Tart 2.27.0. */
const MIN_TART_VERSION = [2, 27, 0];
/** `a.b.c` ≥ the minimum; a version Tart prints without a patch level counts as `.0`. */
function tartVersionOk(version) {
    const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
    if (!match)
        return false;
    const parts = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
    for (let i = 0; i < 3; i++) {
        if (parts[i] !== MIN_TART_VERSION[i])
            return parts[i] > MIN_TART_VERSION[i];
    }
    return true;
}
/** `uname -sm` must say `Darwin arm64` and `tart --version` must be ≥ 2.27. Returns Tart's version. */
async function checkTartHost(transport, workDir, signal) {
    const host = transport.hostLabel;
    const uname = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .hostArgv */ .Jy)(workDir, ['uname', '-sm']), { signal });
    if (uname.exitCode !== 0) {
        throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .VmFailure */ .wY(`\`uname -sm\` on ${host} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .describeExit */ .KE)(uname)})${(0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrTail */ .be)(uname.stderr)}`);
    }
    const [os, arch] = uname.stdout.trim().split(/\s+/);
    if (os !== 'Darwin') {
        throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .VmFailure */ .wY(`Tart jobs need a macOS host; ${host} runs ${os ?? 'an unknown system'} (\`uname -sm\`)`);
    }
    if (arch !== 'arm64') {
        throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .VmFailure */ .wY(`Tart jobs need Apple Silicon; ${host} is ${arch ?? 'an unknown machine'} (\`uname -sm\`)`);
    }
    const version = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .hostArgv */ .Jy)(workDir, ['tart', '--version']), { signal });
    if (version.exitCode === 127) {
        throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .VmFailure */ .wY(`Tart is not installed on ${host} (\`tart\` is not on PATH, ${_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .HOMEBREW_BIN */ .s5} or ${node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'bin')}); install it with \`brew install cirruslabs/cli/tart\``);
    }
    if (version.exitCode !== 0) {
        throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .VmFailure */ .wY(`\`tart --version\` on ${host} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .describeExit */ .KE)(version)})${(0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrTail */ .be)(version.stderr)}`);
    }
    const text = version.stdout.trim();
    if (!tartVersionOk(text)) {
        throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .VmFailure */ .wY(`Tart ${text || '(no version)'} on ${host} is too old: pikaci needs ${MIN_TART_VERSION.join('.')} or newer for \`tart exec\`; upgrade it with \`brew upgrade cirruslabs/cli/tart\``);
    }
    return text;
}
/** Upstream's Xcode search (step 7): the setting, Xcode-16.4.0.app, `xcode-select -p`, the newest `/Applications/Xcode*.app`. */
const XCODE_SCRIPT = `
if [ -n "$1" ]; then cd "$1" 2>/dev/null && pwd -P && exit 0; exit 3; fi
if [ -d /Applications/Xcode-16.4.0.app ]; then cd /Applications/Xcode-16.4.0.app && pwd -P && exit 0; fi
dev=$(xcode-select -p 2>/dev/null || true)
case $dev in */Contents/Developer) app=\${dev%/Contents/Developer}; if [ -d "$app" ]; then cd "$app" && pwd -P && exit 0; fi ;; esac
app=$(ls -d /Applications/Xcode*.app 2>/dev/null | sort -V | tail -n 1)
if [ -n "$app" ]; then cd "$app" && pwd -P && exit 0; fi
exit 4
`;
async function resolveXcodeApp(transport, workDir, given, signal) {
    const found = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .hostArgv */ .Jy)(workDir, ['sh', '-c', XCODE_SCRIPT, 'sh', given ?? '']), {
        signal,
    });
    const path = found.stdout.trim();
    if (found.exitCode === 0 && path !== '')
        return path;
    throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .VmFailure */ .wY(given
        ? `the Xcode app ${given} (--tart-xcode-app / PIKACI_TART_XCODE_APP) does not exist on ${transport.hostLabel}`
        : `no Xcode app found on ${transport.hostLabel} for --tart-use-host-xcode (looked for /Applications/Xcode-16.4.0.app, \`xcode-select -p\` and /Applications/Xcode*.app); set --tart-xcode-app`);
}
/** The toolchain root: the setting, or two levels above the resolved `cargo` (`<root>/bin/cargo`). */
const TOOLCHAIN_SCRIPT = `
if [ -n "$1" ]; then root=$1; else
  cargo=$(command -v cargo) || exit 4
  cargo=$(readlink -f "$cargo" 2>/dev/null || printf '%s' "$cargo")
  root=$(dirname "$(dirname "$cargo")")
fi
cd "$root" 2>/dev/null && test -x bin/cargo && pwd -P
`;
async function resolveRustToolchain(transport, workDir, given, signal) {
    const found = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .hostArgv */ .Jy)(workDir, ['sh', '-c', TOOLCHAIN_SCRIPT, 'sh', given ?? '']), {
        signal,
    });
    const path = found.stdout.trim();
    if (found.exitCode === 0 && path !== '')
        return path;
    throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_4__/* .VmFailure */ .wY(given
        ? `the Rust toolchain ${given} (--tart-rust-toolchain) on ${transport.hostLabel} has no bin/cargo`
        : `no Rust toolchain found on ${transport.hostLabel} for a mount_host_rust_toolchain job (\`command -v cargo\` found none); install one or set --tart-rust-toolchain`);
}
/**
 * Host setup commands and the workspace they prepare, once per run and host. A run whose Tart jobs
 * have host setup commands gets one writable copy of its snapshot on the host, `<run dir>/tart-workspace`;
 * each distinct command runs there once (`bash --noprofile --norc -lc <command>`, upstream's form),
 * its output appended to `host-setup.log` in the run directory on this machine, and the jobs share
 * what it built. A command that fails fails every Tart job of the run that needs it, naming the log.
 */
class HostSetups {
    workspaces = new Map();
    commands = new Map();
    /** The prepared workspace of `ctx`'s run on its host, every command in `commands` run there once. */
    async prepare(ctx, workDir, snapshotDir, hostRunDir, commands) {
        const { transport } = ctx;
        const runKey = `${ctx.runId}\0${transport.hostLabel}`;
        let workspace = this.workspaces.get(runKey);
        if (!workspace) {
            const copy = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(hostRunDir, 'tart-workspace');
            workspace = (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .mustCapture */ .w8)(transport, 'copy the snapshot into the Tart host workspace', (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shArgv */ .oV)(`set -eu; rm -rf ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(copy)}; mkdir -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(hostRunDir)}; cp -a ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(snapshotDir)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(copy)}; chmod -R u+w ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .ZL)(copy)}`)).then(() => copy);
            this.workspaces.set(runKey, workspace);
        }
        const dir = await workspace;
        for (const command of commands) {
            const key = `${runKey}\0${command}`;
            let done = this.commands.get(key);
            if (!done) {
                done = runHostSetup(ctx, workDir, dir, command);
                this.commands.set(key, done);
            }
            await done;
        }
        return dir;
    }
}
/** The run's `host-setup.log` on this machine (`runs/<run>/host-setup.log`). */
function hostSetupLogPath(ctx) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(ctx.paths.jobDir)), 'host-setup.log');
}
async function runHostSetup(ctx, workDir, cwd, command) {
    const logPath = hostSetupLogPath(ctx);
    const log = (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openLogWriter */ .qf)(logPath);
    try {
        log.line(`[pikaci] host setup on ${ctx.transport.hostLabel}: ${command}`);
        ctx.hostLog.line(`[pikaci] host setup on ${ctx.transport.hostLabel} (log: ${logPath}): ${command}`);
        const result = await ctx.transport
            .exec({
            argv: (0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .hostArgv */ .Jy)(workDir, ['bash', '--noprofile', '--norc', '-lc', command]),
            cwd,
            onStdout: (chunk) => log.write(chunk),
            onStderr: (chunk) => log.write(chunk),
            signal: ctx.signal,
        })
            .catch((error) => {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PikaciError */ .uy(`host setup \`${command}\` could not start on ${ctx.transport.hostLabel}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}; see ${logPath}`);
        });
        log.line(`[pikaci] host setup ended (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .describeExit */ .KE)(result)})`);
        if (result.exitCode !== 0) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PikaciError */ .uy(`host setup \`${command}\` failed on ${ctx.transport.hostLabel} (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_2__/* .describeExit */ .KE)(result)}); see ${logPath}`);
        }
    }
    finally {
        log.close();
    }
}


/***/ }),

/***/ 71755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ runIdOfVm),
/* harmony export */   LY: () => (/* binding */ VM_NAME_PREFIX),
/* harmony export */   l$: () => (/* binding */ vmName),
/* harmony export */   n$: () => (/* binding */ baseVmDigest)
/* harmony export */ });
/* unused harmony export sanitizeVmComponent */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The name of a job's Tart VM. Tart has no labels, so the name is the only handle `pikaci gc` has:
 * it carries the whole run id (upstream kept 12 characters, so two runs of one job in the same ten
 * minutes collided; docs/upstream.md, executor 6 step 4) and the job id.
 */

const VM_NAME_PREFIX = 'pikaci-';
/** Upstream's sanitiser: every character but ASCII letters, digits and `-` becomes `-`. */
function sanitizeVmComponent(value) {
    return value.replace(/[^A-Za-z0-9-]/g, '-');
}
/**
 * `pikaci-<run id>-<job id>`, sanitised. When sanitising changed anything (job ids may hold `.` and
 * `_`, so `a.b` and `a_b` would meet as `a-b`), 8 hex of sha256("<run>:<job>") are appended.
 */
function vmName(runId, jobId) {
    const plain = `${VM_NAME_PREFIX}${runId}-${jobId}`;
    const sanitized = `${VM_NAME_PREFIX}${sanitizeVmComponent(runId)}-${sanitizeVmComponent(jobId)}`;
    if (sanitized === plain)
        return plain;
    return `${sanitized}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 8)}`;
}
/** The run id a VM name carries (`pikaci-<YYYYMMDDTHHMMSSZ-8 hex>-…`), or null for any other name. */
function runIdOfVm(name) {
    const match = /^pikaci-(\d{8}T\d{6}Z-[0-9a-f]{8})-./.exec(name);
    return match ? match[1] : null;
}
/** The OCI digest in a base VM name such as `ghcr.io/cirruslabs/macos-sequoia-base@sha256:…`; Tart reports none for a local VM. */
function baseVmDigest(base) {
    const match = /@(sha256:[0-9a-f]{64})$/.exec(base);
    return match ? match[1] : null;
}


/***/ }),

/***/ 54668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepOrphanVms: () => (/* binding */ sweepOrphanVms)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38816);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21056);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93609);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49733);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71755);
/**
 * `pikaci gc --vms`: stop and delete `pikaci-*` Tart VMs whose run is over (docs/design.md
 * decision 7). Tart has no labels, so the run comes from the VM's name (`naming.ts`), and its age
 * from the run id's time; the one rule in `src/records/` (`orphanJudge`) decides.
 */






/** `tart list --format json` (Sources/tart/Commands/List.swift `VMInfo`): the fields used here. */
const VmListSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .looseObject */ ._H3({
    Name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(),
    Source: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    Running: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY().optional(),
    State: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
}));
async function sweepOrphanVms(transport, config, options) {
    const listed = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mustCapture */ .w8)(transport, 'list Tart VMs', (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .tartArgv */ .KL)(config.work_dir, ['list', '--source', 'local', '--format', 'json']));
    let vms;
    try {
        vms = VmListSchema.parse(JSON.parse(listed.stdout));
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`decode the Tart VM list from ${transport.hostLabel}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    const now = options.now ?? Date.now();
    const decisions = [];
    for (const vm of vms.filter((v) => v.Name.startsWith(_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .VM_NAME_PREFIX */ .LY))) {
        const runId = (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .runIdOfVm */ .B5)(vm.Name);
        if (options.run !== undefined && runId !== options.run)
            continue;
        if (runId === null) {
            decisions.push({ action: 'kept', line: `kept ${vm.Name} (run none: no run id in its name)` });
            continue;
        }
        const started = (0,_records_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runIdTimeMs */ .AK)(runId);
        const ageSecs = started === null ? Infinity : (now - started) / 1000;
        const { orphan, reason } = await options.judge(runId, ageSecs);
        if (orphan && !options.dryRun) {
            const failure = await removeVm(transport, config, vm.Name, vm.Running === true || vm.State === 'running');
            if (failure !== null) {
                decisions.push({ action: 'kept', line: `kept ${vm.Name} (run ${runId}: ${failure})` });
                continue;
            }
        }
        const action = orphan ? 'removed' : 'kept';
        decisions.push({ action, line: `${action} ${vm.Name} (run ${runId}: ${reason})` });
    }
    return decisions;
}
/** `tart stop` (when running; Tart's `delete` refuses a running VM), then `tart delete`; why it failed, or null. */
async function removeVm(transport, config, name, running) {
    if (running) {
        const stop = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .tartArgv */ .KL)(config.work_dir, ['stop', '--timeout', String(config.stop_timeout_secs), name]), { timeoutMs: (config.stop_timeout_secs + 60) * 1000 });
        if (stop.exitCode !== 0 && !/is not running/.test(stop.stderr)) {
            return `stop failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(stop)})${(0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrTail */ .be)(stop.stderr)}`;
        }
    }
    const removal = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .tartArgv */ .KL)(config.work_dir, ['delete', name]), {
        timeoutMs: 120_000,
    });
    if (removal.exitCode !== 0 && !/does not exist/.test(removal.stderr)) {
        return `delete failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(removal)})${(0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrTail */ .be)(removal.stderr)}`;
    }
    return null;
}


/***/ }),

/***/ 22494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ acquireVmSlot)
/* harmony export */ });
/* unused harmony export slotLockDir */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _locks_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49802);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93609);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49733);
/**
 * The host's VM slots (README "Tart"): Apple's licence allows two macOS VMs per Mac and
 * Virtualization.framework refuses a third (`The number of VMs exceeds the system limit`,
 * Sources/tart/Commands/Run.swift), so a job holds one of `TART_VM_SLOTS` slot locks on the host from
 * before its `clone` until after its `delete`, and a third job waits (logged, bounded) instead of
 * failing.
 *
 * A slot is an exclusive `flock` on `<work dir>/locks/tart-vm-slot-<i>.lock`, held by one `perl`
 * process that runs over the job's transport and reads its stdin until EOF (`startHolder` in
 * `src/locks/`, as a concurrency group's lock), so the slot dies with its holder on every exit path
 * with no stale detection. Perl, because macOS has no `flock(1)` and ships `/usr/bin/perl`.
 */






/** Exit status of the holder when the wait ran out. */
const TIMED_OUT_STATUS = 75;
/** `$0`-less perl: `<dir> <slots> <timeout secs> <holder>`; prints `waiting <holders>` once, then `acquired <i>`. */
const HOLDER_SCRIPT = `
use strict; use warnings; use Fcntl qw(:flock);
my ($dir, $slots, $timeout, $holder) = @ARGV;
$| = 1;
system('mkdir', '-p', $dir) == 0 or die "cannot create $dir\\n";
my $deadline = time + $timeout;
my $announced = 0;
while (1) {
  for my $i (0 .. $slots - 1) {
    my $file = "$dir/tart-vm-slot-$i.lock";
    open(my $fh, '>>', $file) or die "cannot open $file: $!\\n";
    if (flock($fh, LOCK_EX | LOCK_NB)) {
      if (open(my $out, '>', "$file.holder")) { print $out "$holder\\n"; close $out; }
      print "acquired $i\\n";
      1 while <STDIN>;
      unlink "$file.holder";
      exit 0;
    }
    close $fh;
  }
  if (!$announced) {
    my @holders;
    for my $i (0 .. $slots - 1) {
      my $text = 'unknown';
      if (open(my $in, '<', "$dir/tart-vm-slot-$i.lock.holder")) { $text = <$in> // 'unknown'; chomp $text; close $in; }
      push @holders, $text;
    }
    print 'waiting ', join('; ', @holders), "\\n";
    $announced = 1;
  }
  exit ${TIMED_OUT_STATUS} if time >= $deadline;
  select(undef, undef, undef, 0.5);
}
`;
function slotLockDir(workDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(workDir, 'locks');
}
/** Takes one of the host's VM slots, waiting up to `timeoutSecs` for one to be free. */
async function acquireVmSlot(transport, options) {
    const host = transport.hostLabel;
    let slot = -1;
    let waitedSince = null;
    const held = (0,_locks_index_js__WEBPACK_IMPORTED_MODULE_2__/* .startHolder */ .f1)(transport, {
        argv: (0,_cli_js__WEBPACK_IMPORTED_MODULE_5__/* .hostArgv */ .Jy)(options.workDir, [
            'perl',
            '-e',
            HOLDER_SCRIPT,
            slotLockDir(options.workDir),
            String(options.slots),
            String(options.timeoutSecs),
            `${options.holder} (runner pid ${process.pid} on ${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()})`,
        ]),
        signal: options.signal,
        onLine(line) {
            if (line.startsWith('waiting ')) {
                waitedSince = Date.now();
                options.log(`[pikaci] all ${options.slots} Tart VM slots on ${host} are taken (${line.slice(8)}); waiting up to ${options.timeoutSecs}s`);
            }
            else if (line.startsWith('acquired ')) {
                slot = Number(line.slice(9));
                return true;
            }
            return false;
        },
    });
    const first = await held.held;
    if (first !== null) {
        if (first.cancelled)
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PikaciError */ .uy('cancelled while waiting for a Tart VM slot');
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PikaciError */ .uy(`timed out after ${options.timeoutSecs}s waiting for one of the ${options.slots} Tart VM slots on ${host}`, {
                hint: 'other jobs hold both VMs the host may run; raise --tart-slot-timeout or run fewer Tart jobs at once',
            });
        }
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PikaciError */ .uy(`could not take a Tart VM slot on ${host} (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_3__/* .describeExit */ .KE)(first)})`, {
            hint: `the host needs perl and a writable ${slotLockDir(options.workDir)}`,
        });
    }
    options.log(`[pikaci] holding Tart VM slot ${slot} on ${host}${waitedSince === null ? '' : ` after waiting ${((Date.now() - waitedSince) / 1000).toFixed(1)}s`}`);
    let released;
    return {
        slot,
        release() {
            released ??= (async () => {
                await held.release();
                options.log(`[pikaci] released Tart VM slot ${slot} on ${host}`);
            })();
            return released;
        },
    };
}


/***/ }),

/***/ 23602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zr: () => (/* binding */ TartVm)
/* harmony export */ });
/* unused harmony exports READY_POLL_MS, dirArgument, runArgs */
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74347);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93609);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56345);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49733);
/**
 * One job's Tart VM, from `clone` to `delete` (docs/upstream.md, executor 6, with the cleanup it
 * lacked). Tart facts this relies on (cirruslabs/tart, Sources/tart/Commands): `clone` builds the
 * VM in a temporary directory and moves it into place, so a clone that fails leaves nothing under
 * the new name; `run` has no detach mode and blocks until the VM stops; `exec` needs the guest agent
 * and fails with `VM "<name>" is not running` until the VM runs; `stop` fails on a stopped VM and
 * waits (up to `--timeout`) until the VM is gone before it returns; `delete` refuses a running VM.
 * Every command goes through `TartCli`, so it runs on the job's host, here or over SSH.
 */




/** Poll interval of the readiness probe (`tart exec <vm> true`). */
const READY_POLL_MS = 1000;
/** A delete or list that takes longer counts as failed (a wedged host must not hang the run). */
const COMMAND_TIMEOUT_MS = 120_000;
/** How long the `tart run` process may take to end once `tart stop` returned, before it is killed. */
const REAP_TIMEOUT_MS = 30_000;
/** The `--dir` value of a share, in Tart's `[name:]path[:options]` form. */
function dirArgument(share) {
    if (share.tag !== undefined)
        return `${share.path}:${share.readOnly ? 'ro' : 'rw'},tag=${share.tag}`;
    return `${share.name ?? ''}${share.name === undefined ? '' : ':'}${share.path}${share.readOnly ? ':ro' : ''}`;
}
/** `tart run` argv: no window, no audio, each share, and `sync=full` when asked (host toolchain jobs). */
function runArgs(name, shares, syncFull) {
    return [
        'run',
        '--no-graphics',
        '--no-audio',
        ...(syncFull ? ['--root-disk-opts=sync=full'] : []),
        ...shares.map((share) => `--dir=${dirArgument(share)}`),
        name,
    ];
}
class TartVm {
    cli;
    name;
    log;
    signal;
    /** Whether a VM of this name may exist because of this object (or an earlier attempt). */
    mayExist = false;
    /** The `tart run` process of the current boot, while it may be running. */
    running = null;
    constructor(cli, name, log, 
    /** The job's signal: every command but the cleanup ones stops when it aborts. */
    signal) {
        this.cli = cli;
        this.name = name;
        this.log = log;
        this.signal = signal;
    }
    /** Deletes what an earlier attempt of the same run and job may have left; how it ends does not matter. */
    removeStale() {
        return this.cli.capture(['delete', this.name], { timeoutMs: COMMAND_TIMEOUT_MS });
    }
    async clone(base) {
        // A clone cut off (cancelled, connection lost) may have created the VM; one Tart reports as
        // failed did not (Clone.swift moves the finished copy into place last).
        this.mayExist = true;
        await this.cli
            .run('tart clone', ['clone', base, this.name], { signal: this.signal })
            .catch((error) => {
            if (error instanceof _cli_js__WEBPACK_IMPORTED_MODULE_3__/* .TartCommandError */ .dQ && error.exitCode !== null)
                this.mayExist = false;
            throw error;
        });
    }
    /**
     * Starts `tart run` in the background; its output goes to host.log as `[tart:stdout] `/`[tart:stderr] `
     * lines. It is not tied to the job's signal: only `stop` (or `reap`) ends it.
     */
    boot(shares, syncFull) {
        const args = runArgs(this.name, shares, syncFull);
        this.log.line(`[pikaci] tart run: tart ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shellJoin */ .nZ)(args)}`);
        const stdout = new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LineSplitter */ .g3('[tart:stdout] ', (line) => this.log.write(line));
        const stderr = new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .LineSplitter */ .g3('[tart:stderr] ', (line) => {
            this.log.write(line);
            const text = line.slice('[tart:stderr] '.length).trim();
            if (text !== '')
                state.lastError = text;
        });
        const stop = new AbortController();
        const state = {
            stop,
            result: null,
            lastError: '',
            ended: this.cli
                .stream({
                argv: args,
                onStdout: (chunk) => stdout.push(chunk),
                onStderr: (chunk) => stderr.push(chunk),
                signal: stop.signal,
            })
                .catch((error) => {
                this.log.line(`[pikaci] tart run could not be started: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
                return { exitCode: null, signal: null, timedOut: false, cancelled: false };
            })
                .then((result) => {
                stdout.end();
                stderr.end();
                state.result = result;
                this.log.line(`[pikaci] tart run ended (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(result)})`);
                return result;
            }),
        };
        this.running = state;
    }
    /**
     * Polls `tart exec <vm> true` until the guest agent answers. Fails when the bound passes, the job
     * is cancelled, the connection is lost, or `tart run` ends first (the VM died or never started).
     */
    async waitReady(timeoutSecs) {
        const readiness = await (0,_vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .waitUntilReady */ .bs)((remainingMs) => {
            const ended = this.running?.result;
            if (ended) {
                const why = this.running?.lastError ? `: ${this.running.lastError}` : '; see host.log';
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY(`tart run for ${this.name} on ${this.cli.host} ended (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(ended)}) before the guest agent answered${why}`);
            }
            return this.capture(['true'], { timeoutMs: Math.min(remainingMs, 30_000) });
        }, { timeoutSecs, signal: this.signal, pollMs: READY_POLL_MS });
        switch (readiness) {
            case 'ready':
                this.log.line(`[pikaci] Tart guest \`${this.name}\` is ready`);
                return;
            case 'cancelled':
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY('cancelled');
            case 'connection_lost':
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY(`lost the connection to ${this.cli.host} while waiting for the Tart guest agent`);
            case 'timed_out':
                throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY(`timed out after ${timeoutSecs}s waiting for the Tart guest agent in \`${this.name}\` on ${this.cli.host} (raise --tart-ready-timeout, or check that the base VM has tart-guest-agent)`);
        }
    }
    /** The host argv of `tart exec [-i] <vm> <argv>` (`-i` when the command reads stdin). */
    execArgs(argv, interactive) {
        return ['exec', ...(interactive ? ['-i'] : []), this.name, ...argv];
    }
    /** Runs `request.argv` in the guest with its output streamed (`Guest`). */
    exec(request) {
        return this.cli.stream({ ...request, argv: this.execArgs(request.argv, request.stdin !== undefined) });
    }
    /** Runs `argv` in the guest quietly (the job's signal and a bound unless given others). */
    capture(argv, options = {}) {
        return this.cli.capture(this.execArgs(argv, options.stdin !== undefined), {
            signal: this.signal,
            timeoutMs: COMMAND_TIMEOUT_MS,
            ...options,
        });
    }
    /** Runs `argv` in the guest, logged and bounded; a non-zero exit throws `TartCommandError`. */
    run(label, argv, stdin) {
        return this.cli.run(label, this.execArgs(argv, stdin !== undefined), {
            signal: this.signal,
            timeoutMs: COMMAND_TIMEOUT_MS,
            ...(stdin === undefined ? {} : { stdin }),
        });
    }
    /**
     * Stops the VM if it was booted and waits for its `tart run` to end. Never cancelled (it runs
     * after a cancellation); bounded; safe after a lost connection (the SSH transport dials again).
     * `tart stop` on a VM that is already stopped says so and that is fine.
     */
    async stop(timeoutSecs) {
        const running = this.running;
        if (!running)
            return;
        const stopped = await this.cli
            .capture(['stop', '--timeout', String(timeoutSecs), this.name], {
            timeoutMs: (timeoutSecs + 60) * 1000,
        })
            .catch((error) => ({ error }));
        const notRunning = !('error' in stopped) && stopped.exitCode !== 0 && /is not running/.test(stopped.stderr);
        if ('error' in stopped || (stopped.exitCode !== 0 && !notRunning)) {
            const why = 'error' in stopped
                ? (0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(stopped.error)
                : `${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(stopped)}${(0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrTail */ .be)(stopped.stderr)}`;
            this.log.line(`[pikaci] tart stop ${this.name} failed: ${why}`);
        }
        else {
            this.log.line(`[pikaci] tart stop ${this.name}${notRunning ? ': it was not running' : ''}`);
        }
        await this.reap(running);
        this.running = null;
    }
    /** Waits for the `tart run` process; one still there after the bound is killed (its process group). */
    async reap(running) {
        let timer;
        const late = new Promise((resolve) => (timer = setTimeout(() => resolve('late'), REAP_TIMEOUT_MS)));
        const first = await Promise.race([running.ended, late]);
        clearTimeout(timer);
        if (first === 'late') {
            this.log.line(`[pikaci] tart run for ${this.name} still running after tart stop; killing it`);
            running.stop.abort();
            await running.ended;
        }
    }
    /**
     * Deletes the VM when it may exist: `never_created` when it cannot, `deleted`, or `absent` when Tart
     * no longer knows it. Throws a `VmFailure` when the VM may be left behind.
     */
    async delete() {
        if (!this.mayExist)
            return 'never_created';
        const removal = await this.cli
            .capture(['delete', this.name], { timeoutMs: COMMAND_TIMEOUT_MS })
            .catch((error) => ({ error }));
        const absent = !('error' in removal) && removal.exitCode !== 0 && /does not exist/.test(removal.stderr);
        if ('error' in removal || (removal.exitCode !== 0 && !absent)) {
            const why = 'error' in removal
                ? (0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(removal.error)
                : `${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(removal)}${(0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .stderrTail */ .be)(removal.stderr)}`;
            throw new _vm_index_js__WEBPACK_IMPORTED_MODULE_2__/* .VmFailure */ .wY(`failed to delete Tart VM ${this.name} on ${this.cli.host}: ${why}`);
        }
        this.mayExist = false;
        return absent ? 'absent' : 'deleted';
    }
}


/***/ }),

/***/ 89475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A7: () => (/* reexport */ BACKENDS),
  gy: () => (/* reexport */ workspace/* DEFAULT_WORK_DIR */.gy),
  Ow: () => (/* reexport */ actionHostSettings),
  K$: () => (/* binding */ backendConfigs),
  q9: () => (/* binding */ executionEnvironment)
});

// UNUSED EXPORTS: HOST_SETTINGS, PLACEMENT_SETTINGS, RUNTIME_KINDS, hostSettingsFrom, parseConcurrencyGroup, parseHostSettings

// EXTERNAL MODULE: ./src/locks/index.ts + 2 modules
var locks = __webpack_require__(49802);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/backends/host-process/index.ts + 1 modules
var host_process = __webpack_require__(97889);
// EXTERNAL MODULE: ./src/backends/tart/config.ts
var config = __webpack_require__(55333);
// EXTERNAL MODULE: ./src/runtime/index.ts + 6 modules
var runtime = __webpack_require__(22656);
;// CONCATENATED MODULE: ./src/backends/tart/settings.ts
/**
 * The Tart backend's host settings (README "Host settings"): one row each for the flag, the
 * `PIKACI_TART_*` variable and the action input, and how they become a `TartHostConfig`. Names keep
 * upstream's variables where it had them (`PIKACI_TART_BASE_VM`, `PIKACI_TART_USE_HOST_XCODE`,
 * `PIKACI_TART_XCODE_APP`).
 */



const TART_SETTINGS = [
    {
        name: 'tart-base-vm',
        env: 'PIKACI_TART_BASE_VM',
        kind: 'text',
        argument: '<vm>',
        description: 'the Tart VM each job clones (default sequoia-base)',
    },
    {
        name: 'tart-ready-timeout',
        env: 'PIKACI_TART_READY_TIMEOUT',
        kind: 'integer',
        argument: '<seconds>',
        min: 1,
        max: 86400,
        description: 'seconds the Tart guest agent may take to answer after each boot (default 180)',
    },
    {
        name: 'tart-use-host-xcode',
        env: 'PIKACI_TART_USE_HOST_XCODE',
        kind: 'boolean',
        description: "share the host's Xcode and /Library/Developer into Tart guests",
    },
    {
        name: 'tart-xcode-app',
        env: 'PIKACI_TART_XCODE_APP',
        kind: 'text',
        argument: '<path>',
        absolute: true,
        description: "the host's Xcode app for --tart-use-host-xcode (default: Xcode-16.4.0.app, xcode-select, or the newest /Applications/Xcode*.app)",
    },
    {
        name: 'tart-rust-toolchain',
        env: 'PIKACI_TART_RUST_TOOLCHAIN',
        kind: 'text',
        argument: '<path>',
        absolute: true,
        description: "the host's Rust toolchain root shared into jobs with mount_host_rust_toolchain (default: from `command -v cargo` on the host)",
    },
    {
        name: 'tart-slot-timeout',
        env: 'PIKACI_TART_SLOT_TIMEOUT',
        kind: 'integer',
        argument: '<seconds>',
        min: 0,
        max: 604800,
        description: 'seconds a Tart job waits for one of the host’s two VM slots (default 7200)',
    },
];
/** The Tart settings given (nothing else): the partial config the defaults complete. */
function tartSettings(values, _origin) {
    const tart = {};
    const baseVm = runtime/* setting */.Pe.text(values, 'tart-base-vm');
    if (baseVm !== undefined)
        tart.base_vm = baseVm;
    const ready = runtime/* setting */.Pe.integer(values, 'tart-ready-timeout');
    if (ready !== undefined)
        tart.readiness_timeout_secs = ready;
    const xcode = runtime/* setting */.Pe.boolean(values, 'tart-use-host-xcode');
    if (xcode !== undefined)
        tart.use_host_xcode = xcode;
    const xcodeApp = runtime/* setting */.Pe.text(values, 'tart-xcode-app');
    if (xcodeApp !== undefined)
        tart.xcode_app = xcodeApp;
    const toolchain = runtime/* setting */.Pe.text(values, 'tart-rust-toolchain');
    if (toolchain !== undefined)
        tart.rust_toolchain = toolchain;
    const slot = runtime/* setting */.Pe.integer(values, 'tart-slot-timeout');
    if (slot !== undefined)
        tart.slot_timeout_secs = slot;
    return tart;
}
/** The given parts → the full config, with the host's work dir; a value the schema refuses is named. */
function completeTart(given, host) {
    const checked = config/* TartHostConfigSchema */.D.safeParse({ ...given, work_dir: host.workDir });
    if (!checked.success) {
        throw new util/* InputError */.dz(`invalid Tart settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return checked.data;
}

// EXTERNAL MODULE: ./src/backends/tart/naming.ts
var naming = __webpack_require__(71755);
// EXTERNAL MODULE: ./src/backends/tart/cli.ts
var cli = __webpack_require__(49733);
// EXTERNAL MODULE: ./src/backends/tart/vm.ts
var vm = __webpack_require__(23602);
// EXTERNAL MODULE: ./src/backends/tart/slots.ts
var slots = __webpack_require__(22494);
// EXTERNAL MODULE: ./src/backends/tart/host.ts
var host = __webpack_require__(1909);
// EXTERNAL MODULE: ./src/backends/tart/guest.ts
var guest = __webpack_require__(30407);
// EXTERNAL MODULE: ./src/backends/tart/backend.ts
var backend = __webpack_require__(47879);
// EXTERNAL MODULE: ./src/backends/tart/orphans.ts
var orphans = __webpack_require__(54668);
;// CONCATENATED MODULE: ./src/backends/tart/module.ts


const tartModule = {
    runtime: 'tart',
    settings: TART_SETTINGS,
    configure: tartSettings,
    complete: completeTart,
    async create(config) {
        const { createTartBackend } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 47879));
        return { kind: 'ready', backend: createTartBackend({ config }) };
    },
    // The base VM by name; its digest only when the name pins one (Tart reports none for a local VM).
    identity(config) {
        return Promise.resolve({
            value: { base_vm: config.base_vm },
            summary: `tart ${config.base_vm}`,
            imageDigest: (0,naming/* baseVmDigest */.n$)(config.base_vm),
        });
    },
    orphans: {
        flag: 'vms',
        description: 'stop and delete pikaci-* Tart VMs whose run is no longer running',
        async sweep(transport, config, options) {
            const { sweepOrphanVms } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 54668));
            return sweepOrphanVms(transport, config, options);
        },
    },
};

;// CONCATENATED MODULE: ./src/backends/tart/index.ts
/** The Tart runtime (README "Tart"): macOS VMs on this Mac or on a Mac over SSH. */












// EXTERNAL MODULE: ./src/backends/incus/index.ts + 3 modules
var incus = __webpack_require__(10904);
;// CONCATENATED MODULE: ./src/hosts/registry.ts
/**
 * Every runtime, one line each (README "Adding a runtime"). The mapped type makes a runtime the
 * catalog knows but no module provides a compile error here.
 */



const BACKENDS = {
    host_process: host_process/* hostProcessModule */.qQ,
    incus: incus/* incusModule */.vY,
    tart: tartModule,
};
const RUNTIME_KINDS = Object.keys(BACKENDS);

// EXTERNAL MODULE: ./src/workspace/index.ts + 3 modules
var workspace = __webpack_require__(32723);
;// CONCATENATED MODULE: ./src/hosts/settings.ts
/**
 * Host settings (README "Host settings"): the placement rows here and each runtime's rows from its
 * backend module form one table; the CLI reads it as flags with `PIKACI_*` fallbacks, the action as
 * inputs, and one function turns either into settings. Every bad value is an `InputError` naming the
 * flag and its variable, or the input.
 */







/** How to reach a placement host, and what every runtime shares there. */
const PLACEMENT_SETTINGS = [
    {
        name: 'ssh-host',
        env: 'PIKACI_SSH_HOST',
        kind: 'text',
        argument: '<host>',
        description: 'the host remote_ssh jobs run on',
    },
    {
        name: 'ssh-user',
        env: 'PIKACI_SSH_USER',
        kind: 'text',
        argument: '<user>',
        description: 'the SSH user (default: $USER on the CLI, root in the action)',
    },
    {
        name: 'ssh-port',
        env: 'PIKACI_SSH_PORT',
        kind: 'integer',
        argument: '<port>',
        min: 1,
        max: 65_535,
        description: 'the SSH port (default 22)',
    },
    {
        name: 'ssh-key',
        env: 'PIKACI_SSH_KEY',
        kind: 'text',
        argument: '<path>',
        description: 'the private key file for the SSH host (default: the SSH agent)',
        action: 'content',
        actionDescription: 'the private key for the SSH host (a secret): masked, kept in memory, never written to disk. Empty: the SSH agent.',
        secret: true,
    },
    {
        name: 'ssh-known-hosts',
        env: 'PIKACI_SSH_KNOWN_HOSTS',
        kind: 'text',
        argument: '<path>',
        description: 'the known_hosts file for the SSH host; host keys are always verified',
        action: 'content',
        actionDescription: 'known_hosts lines for the SSH host; host keys are always verified.',
    },
    {
        name: 'ssh-accept-new-host-keys',
        env: 'PIKACI_SSH_ACCEPT_NEW_HOST_KEYS',
        kind: 'boolean',
        description: 'trust and record the key of a host not yet in known_hosts',
        action: 'none',
    },
    {
        name: 'remote-work-dir',
        env: 'PIKACI_REMOTE_WORK_DIR',
        kind: 'text',
        argument: '<path>',
        absolute: true,
        description: `the work dir on placement hosts: runs, snapshots, locks (default ${workspace/* DEFAULT_WORK_DIR */.gy})`,
    },
    {
        name: 'lock-timeout',
        env: 'PIKACI_LOCK_TIMEOUT',
        kind: 'integer',
        argument: '<secs>',
        min: 0,
        max: 604_800,
        description: `how long to wait for the concurrency group's lock, in seconds (default ${locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS})`,
    },
];
/** The whole table: placement rows, then each runtime's. */
const HOST_SETTINGS = [
    ...PLACEMENT_SETTINGS,
    ...RUNTIME_KINDS.flatMap((runtime) => BACKENDS[runtime].settings),
];
const SSH_ONLY = ['ssh-user', 'ssh-port', 'ssh-key', 'ssh-known-hosts'];
/** Parsed values from either origin → settings; each runtime's module reads its own rows. */
function hostSettingsFrom(values, origin, env) {
    const remoteWorkDir = runtime/* setting */.Pe.text(values, 'remote-work-dir');
    const settings = {
        lockTimeoutSecs: runtime/* setting */.Pe.integer(values, 'lock-timeout') ?? locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS,
        ...(remoteWorkDir === undefined ? {} : { remoteWorkDir }),
    };
    const workDir = remoteWorkDir ?? workspace/* DEFAULT_WORK_DIR */.gy;
    for (const runtime of RUNTIME_KINDS) {
        const module = BACKENDS[runtime];
        const given = module.configure(values, origin);
        // Completed now so a bad combination fails before the run starts, with the settings named.
        module.complete(given, { workDir });
        if (Object.keys(given).length > 0)
            settings[runtime] = given;
    }
    const host = runtime/* setting */.Pe.text(values, 'ssh-host');
    if (host === undefined) {
        const stray = SSH_ONLY.find((name) => values.has(name));
        if (stray !== undefined) {
            throw new util/* InputError */.dz(origin.kind === 'cli'
                ? `--${stray} was given without --ssh-host`
                : `input \`${stray}\` is set but \`ssh-host\` is empty`, {
                ...(origin.kind === 'action' ? { where: 'input `ssh-host`' } : {}),
                hint: origin.kind === 'cli'
                    ? 'pass --ssh-host (or $PIKACI_SSH_HOST) to run remote_ssh jobs'
                    : 'give the host remote_ssh jobs run on, or drop the SSH inputs',
            });
        }
        return settings;
    }
    const port = runtime/* setting */.Pe.integer(values, 'ssh-port');
    const key = runtime/* setting */.Pe.text(values, 'ssh-key');
    const knownHosts = runtime/* setting */.Pe.text(values, 'ssh-known-hosts');
    const user = runtime/* setting */.Pe.text(values, 'ssh-user') ?? (origin.kind === 'cli' ? env['USER'] || 'root' : 'root');
    const ssh = origin.kind === 'cli'
        ? {
            host,
            user,
            ...(port === undefined ? {} : { port }),
            ...(key === undefined ? {} : { privateKeyPath: key }),
            ...(knownHosts === undefined ? {} : { knownHostsPath: knownHosts }),
            acceptNewHostKeys: runtime/* setting */.Pe.boolean(values, 'ssh-accept-new-host-keys') ?? false,
        }
        : {
            host,
            user,
            port: port ?? 22,
            ...(key === undefined ? { agent: true } : { privateKey: `${key.trim()}\n` }),
            ...(knownHosts === undefined ? {} : { knownHosts }),
        };
    (0,transport/* parseSshConnectOptions */.W1)(ssh, origin.kind === 'cli' ? 'SSH flags (--ssh-*) or $PIKACI_SSH_*' : 'the ssh-* inputs');
    return { ...settings, ssh };
}
/** CLI: commander's flag values, each falling back to its `PIKACI_*` variable. */
function parseHostSettings(flags, env) {
    return hostSettingsFrom(readCliSettings(HOST_SETTINGS, flags, env), CLI_ORIGIN, env);
}
/** Action: the inputs; secret inputs go to `onSecret` as soon as they are read. */
function actionHostSettings(getInput, onSecret, env) {
    return hostSettingsFrom((0,runtime/* readActionSettings */.O9)(HOST_SETTINGS, getInput, onSecret), runtime/* ACTION_ORIGIN */._J, env);
}
function parseConcurrencyGroup(value) {
    return value === undefined || value === '' ? null : validateGroupName(value);
}

;// CONCATENATED MODULE: ./src/hosts/index.ts
/**
 * Host settings → how a run reaches its placements and which backend runs each pair. This is the
 * one place that composes transports with the runtime modules of the registry (`./registry.ts`);
 * the orchestrator receives the result. A run in a concurrency group takes the group's lock on
 * each placement host over that host's own transport when the host is first used, and drops it
 * when the run closes the transport.
 */








/** A transport that also holds a group lock on its host; closing releases the lock first. */
class LockedTransport {
    inner;
    lock;
    placement;
    hostLabel;
    constructor(inner, lock) {
        this.inner = inner;
        this.lock = lock;
        this.placement = inner.placement;
        this.hostLabel = inner.hostLabel;
    }
    exec(request) {
        return this.inner.exec(request);
    }
    async close() {
        try {
            await this.lock.release();
        }
        finally {
            await this.inner.close();
        }
    }
}
/** Each runtime's whole config: what `settings` sets, completed by its module. */
function backendConfigs(settings, workDir) {
    return Object.fromEntries(RUNTIME_KINDS.map((runtime) => [
        runtime,
        BACKENDS[runtime].complete((settings[runtime] ?? {}), { workDir }),
    ]));
}
function executionEnvironment(settings = {}) {
    const workDir = settings.remoteWorkDir ?? workspace/* DEFAULT_WORK_DIR */.gy;
    // Completed up front: a bad setting fails here, before any job, naming the setting.
    const configs = backendConfigs(settings, workDir);
    const jobsLockFile = settings.concurrencyGroup ? (0,locks/* groupJobsFile */.m3)(workDir, settings.concurrencyGroup) : null;
    const log = settings.log ?? ((line) => process.stderr.write(`${line}\n`));
    const backends = new Map();
    async function open(placement) {
        switch (placement) {
            case 'local':
                return new transport/* LocalTransport */.Vu();
            case 'remote_ssh':
                if (!settings.ssh) {
                    throw new util/* InputError */.dz('remote_ssh jobs need an SSH host, and none is configured for this run', {
                        hint: 'pass --ssh-host (CLI) or the ssh-host input (action), with a key and known hosts',
                    });
                }
                return (0,transport/* connectSsh */.LZ)(settings.ssh, { log: (line) => log(`[pikaci] ${line}`) });
            default:
                return (0,util/* assertNever */.xb)(placement);
        }
    }
    return {
        workDir,
        async transportFor(placement) {
            const transport = await open(placement);
            settings.onTransport?.(transport);
            const group = settings.concurrencyGroup;
            if (!group)
                return transport;
            try {
                const lock = await (0,locks/* acquireGroupLock */.t6)(transport, {
                    group,
                    workDir,
                    timeoutSecs: settings.lockTimeoutSecs ?? locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS,
                    log,
                    ...(settings.signal ? { signal: settings.signal } : {}),
                });
                return new LockedTransport(transport, lock);
            }
            catch (error) {
                await transport.close();
                throw error;
            }
        },
        resolveBackend({ placement, runtime }) {
            const key = `${placement} ${runtime}`;
            let backend = backends.get(key);
            if (!backend) {
                backend = BACKENDS[runtime].create(configs[runtime], { placement, workDir, jobsLockFile });
                backends.set(key, backend);
            }
            return backend;
        },
    };
}


/***/ })

};
