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
        const incus = placement.incus
            ? `, incus ${placement.incus.project}/${placement.incus.image} ${placement.incus.fingerprint.slice(0, 12)} ${placement.incus.instance_type}`
            : '';
        const tart = placement.tart_base_vm === null ? '' : `, tart ${placement.tart_base_vm}`;
        return `${where}: ${placement.runtimes.join('+')}${incus}${tart}`;
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
    const incusFingerprints = {};
    for (const placement of inputs.runtime.placements) {
        if (placement.incus)
            incusFingerprints[placement.placement] = placement.incus.fingerprint;
    }
    return {
        key,
        digest,
        id: inputs.id,
        components,
        expect: { contentHash: snapshot.contentHash, incusFingerprints },
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
var hosts = __webpack_require__(35851);
// EXTERNAL MODULE: ./src/backends/incus/index.ts + 3 modules
var incus = __webpack_require__(10904);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(54553);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var src_transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
;// CONCATENATED MODULE: ./src/passcache/identity.ts
/**
 * The parts of a pass key that live outside the repository (README "Skipping lanes that already
 * passed"): each placement host the jobs use (an SSH host's system, the fingerprint the Incus image
 * alias names there), the repository's `flake.lock`, the code of this pikaci-action, and the runner.
 */




// The package version as the CLI reads it (src/cli/version.ts): ncc inlines it into the bundle.







/**
 * Visit each placement the jobs use: a remote host's `uname -sm`, and for Incus jobs the
 * fingerprint of the image alias, as the Incus backend checks it before it creates an instance
 * (`image list <alias> --format json`, the record whose aliases name it; README "Runtimes and hosts").
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
    const incusConfig = configs.incus;
    const placements = [];
    for (const placement of model/* PLACEMENTS */.Je) {
        const runtimes = byPlacement.get(placement);
        if (!runtimes)
            continue;
        const sorted = [...runtimes].sort();
        const needsHost = placement === 'remote_ssh' || runtimes.has('incus');
        let identity = {
            placement,
            host: placement,
            system: null,
            runtimes: sorted,
            incus: null,
            tart_base_vm: runtimes.has('tart') ? configs.tart.baseVm : null,
        };
        if (needsHost) {
            const transport = await environment.transportFor(placement);
            try {
                identity = {
                    ...identity,
                    host: placement === 'local' ? 'local' : transport.hostLabel,
                    system: placement === 'local' ? null : await hostSystem(transport, request.signal),
                    incus: runtimes.has('incus') ? await incusIdentity(transport, incusConfig, request.signal) : null,
                };
            }
            finally {
                await transport.close();
            }
        }
        placements.push(identity);
    }
    return { placements, flake_lock: await fileSha256((0,external_node_path_.join)(request.sourceRoot, 'flake.lock')) };
}
async function hostSystem(transport, signal) {
    const result = await (0,src_transport/* capture */.Fg)(transport, ['uname', '-sm'], signal ? { signal } : {});
    if (result.exitCode !== 0) {
        throw new util/* PikaciError */.uy(`\`uname -sm\` on ${transport.hostLabel} failed (${(0,src_transport/* describeExit */.KE)(result)})`);
    }
    return result.stdout.trim();
}
async function incusIdentity(transport, config, signal) {
    const argv = (0,incus/* incusArgv */.Vo)(config, ['image', 'list'], config.image, '--format', 'json');
    const listed = await (0,src_transport/* capture */.Fg)(transport, argv, signal ? { signal } : {}).catch((error) => {
        throw new util/* PikaciError */.uy(`cannot run the Incus CLI \`${config.cli}\` on ${transport.hostLabel}: ${(0,util/* errorMessage */.gJ)(error)}`);
    });
    if (listed.exitCode !== 0) {
        throw new util/* PikaciError */.uy(`listing Incus images in project \`${config.project}\` on ${transport.hostLabel} failed (${(0,src_transport/* describeExit */.KE)(listed)}): ${listed.stderr.trim()}`);
    }
    let images;
    try {
        images = JSON.parse(listed.stdout);
    }
    catch (error) {
        throw new util/* PikaciError */.uy(`decode the Incus image list from ${transport.hostLabel}: ${(0,util/* errorMessage */.gJ)(error)}`);
    }
    const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
    const fingerprint = matching.length === 1 ? matching[0].fingerprint : undefined;
    if (typeof fingerprint !== 'string' || fingerprint === '') {
        throw new util/* PikaciError */.uy(`Incus image \`${config.image}\` ${matching.length === 0 ? 'is not available' : 'is ambiguous'} in project \`${config.project}\` on ${transport.hostLabel}`);
    }
    return {
        cli: config.cli,
        project: config.project,
        profiles: config.profiles,
        image: config.image,
        fingerprint,
        instance_type: config.instance_type,
        storage_pool: config.storage_pool ?? null,
        limits: config.limits,
    };
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
 * key was computed from (the tree did not change in between) and whose Incus jobs ran on the image
 * fingerprints the key names (the alias was not moved in between).
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
        const image = job.remote_linux_vm_execution?.incus_image;
        if (job.runtime !== 'incus')
            continue;
        const expected = job.placement === null ? undefined : passKey.expect.incusFingerprints[job.placement];
        if (!image || image.fingerprint === null || image.fingerprint !== expected) {
            return {
                proved: false,
                reason: `job \`${job.id}\` ran on Incus image ${image?.fingerprint ?? 'unknown'}, not ${expected ?? 'the one in the key'}`,
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
    const { resolveLaneRun } = await __webpack_require__.e(/* import() */ 449).then(__webpack_require__.bind(__webpack_require__, 9449));
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

/***/ 18172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hostProcessBackend: () => (/* binding */ hostProcessBackend)
/* harmony export */ });
/* unused harmony export hostArgv */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54553);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93609);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21056);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43688);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32723);
/* harmony import */ var _supervisor_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61320);
/**
 * host_process (docs/upstream.md, executor 2, with the changes in docs/design.md): the job's command runs on its placement host
 * through the Transport, in a workspace the placement provides, with output streamed live to the terminal
 * and appended to host.log. Every ending — exit, timeout, cancellation, a command that cannot
 * start — is written to result.json, and the outcome is read back from it.
 */








const BASH = ['bash', '--noprofile', '--norc', '-lc'];
/** The argv a guest command runs as on the host; null for commands this runtime refuses. */
function hostArgv(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return [...BASH, guest.command];
        case 'shell_command_as_root':
            return null;
        case 'argv':
            return guest.argv;
        case 'exact_cargo_test':
        case 'package_unit_tests':
        case 'package_tests':
        case 'filtered_cargo_tests':
            return [...BASH, (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .compileGuestCommand */ .Dw)(guest).command];
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .xb)(guest);
    }
}
function endingOf(result, timeoutSecs, workspace) {
    const { label } = workspace;
    if (result.cancelled)
        return { ok: false, message: 'cancelled', exitCode: null };
    if (result.timedOut)
        return { ok: false, message: `timed out after ${timeoutSecs}s`, exitCode: null };
    if (result.connectionLost) {
        return {
            ok: false,
            message: `infrastructure error: lost the connection to ${workspace.host}`,
            exitCode: null,
        };
    }
    if (result.exitCode === 0)
        return { ok: true, message: `${label} passed`, exitCode: 0 };
    if (result.exitCode !== null) {
        const hint = result.exitCode === 127 ? ' (command not found)' : '';
        return {
            ok: false,
            message: `${label} exited with ${result.exitCode}${hint}`,
            exitCode: result.exitCode,
        };
    }
    return { ok: false, message: `${label} was killed by ${result.signal ?? 'a signal'}`, exitCode: null };
}
/**
 * The job's whole environment (README "Security"): on this machine the allow-listed host variables
 * (a remote host's own login environment stands in for them), the CI context, the workspace's
 * variables, the job's `pass_env` variables and its declared secrets. Never the runner's environment as
 * a whole.
 */
function jobEnv(ctx, workspace) {
    const { host, context, passed, secrets } = ctx.environment;
    return {
        ...(workspace.onThisMachine ? host : {}),
        ...context,
        ...passed,
        ...workspace.env,
        ...secrets,
    };
}
/** The job's workspace on its host (the workspace seam), with a writable copy when the job asks. */
async function hostWorkspace(ctx, workDir) {
    const staged = await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .stageWorkspace */ .os)(ctx.transport, ctx.workspace, ctx.paths, {
        workDir,
        log: (line) => ctx.hostLog.line(line),
        signal: ctx.signal,
    });
    return {
        cwd: ctx.job.writable_workspace ? await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writableCopy */ .s5)(ctx.transport, staged) : staged.snapshotDir,
        env: {
            ARTIFACTS: staged.artifactsDir,
            CARGO_HOME: staged.cargoHomeDir,
            CARGO_TARGET_DIR: staged.cargoTargetDir,
        },
        label: staged.onThisMachine ? 'host-local command' : 'remote host-process command',
        host: ctx.transport.hostLabel,
        onThisMachine: staged.onThisMachine,
    };
}
async function runHostProcess(ctx, options) {
    const { job, hostLog, paths } = ctx;
    const timeoutSecs = job.timeout_secs;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(paths.artifactsDir, { recursive: true });
    const argv = hostArgv(job.guest_command);
    let ending;
    if (argv === null) {
        ending = {
            ok: false,
            message: 'host-process jobs do not support root commands (shell_command_as_root); use an incus or tart runtime',
            exitCode: null,
        };
        hostLog.line(`[pikaci] ${ending.message}`);
    }
    else {
        try {
            const workspace = await hostWorkspace(ctx, options.workDir);
            hostLog.line(`[pikaci] starting host-process job \`${job.id}\` on ${workspace.host} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rfc3339 */ .ag)()}`);
            hostLog.line(`[pikaci] ${workspace.label}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellJoin */ .nZ)(argv)}`);
            hostLog.line(`[pikaci] host-process workspace: ${workspace.cwd}`);
            const result = await jobTransport(ctx, workspace, options).exec({
                argv,
                cwd: workspace.cwd,
                env: jobEnv(ctx, workspace),
                inheritEnv: false,
                onStdout: (chunk) => {
                    hostLog.write(chunk);
                    ctx.output('stdout', chunk);
                },
                onStderr: (chunk) => {
                    hostLog.write(chunk);
                    ctx.output('stderr', chunk);
                },
                timeoutMs: timeoutSecs * 1000,
                signal: ctx.signal,
            });
            ending = endingOf(result, timeoutSecs, workspace);
            if (result.timedOut)
                hostLog.line(`[pikaci] timeout after ${timeoutSecs}s, killed ${workspace.label}`);
        }
        catch (error) {
            ending = { ok: false, message: `could not start the command: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`, exitCode: null };
        }
        hostLog.line(`[pikaci] host-process job exited with ${ending.exitCode ?? 'no exit code'} at ${(0,_records_index_js__WEBPACK_IMPORTED_MODULE_3__/* .rfc3339 */ .ag)()}: ${ending.message}`);
    }
    await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeTerminalResult */ .Fy)(paths.resultJson, ending);
    return (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readTerminalResult */ .qq)(paths.resultJson);
}
/**
 * The job's command runs under the supervisor (`./supervisor.ts`), so it dies with its connection
 * or its runner; the workspace is prepared over the plain transport.
 */
function jobTransport(ctx, workspace, options) {
    if (options.unsupervised)
        return ctx.transport;
    return (0,_supervisor_js__WEBPACK_IMPORTED_MODULE_6__/* .supervisedTransport */ .OC)(ctx.transport, {
        marker: `${ctx.runId}/${ctx.job.id}`,
        jobsLockFile: options.jobsLockFile,
        local: workspace.onThisMachine,
    });
}
/** The host-process backend for one placement host (here, or reached over SSH). */
function hostProcessBackend(options = { workDir: _workspace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_WORK_DIR */ .gy, jobsLockFile: null }) {
    return { run: (ctx) => runHostProcess(ctx, options) };
}


/***/ }),

/***/ 61320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ REMOTE_JOB_MARKER),
/* harmony export */   OC: () => (/* binding */ supervisedTransport)
/* harmony export */ });
/* unused harmony exports SUPERVISOR_GRACE_SECS, supervisedArgv */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A host-process job dies with its runner (README "Faults"). OpenSSH does not signal a session's
 * command when the client goes away without a pty, and a local process group outlives a killed
 * parent: either way a job whose runner was killed would keep running, reparented to PID 1, while
 * its concurrency group passes to the next run.
 *
 * So the job runs under a small POSIX sh supervisor on the placement host. The supervisor starts a
 * watcher that reads the channel's (locally: the pipe's) stdin, which the runner keeps open and
 * never writes to, then `exec`s the job: the job keeps the session's pid and process group (so the
 * transport's own stop path and exit status are unchanged) and reads /dev/null. When the channel closes — the job
 * ended, or the runner and its connection died — the watcher sees EOF, sends TERM to the job's
 * process group, waits up to the grace period for the job to exit, then KILLs the group (itself
 * included). The job and everything it starts carry `PIKACI_REMOTE_JOB=<run id>/<job id>` in their
 * environment, which `pikaci gc --processes` looks for.
 *
 * In a concurrency group the watcher also holds a shared `flock` on the group's jobs file until it
 * dies, i.e. until the job's process group has been stopped; the group's lock holder takes that
 * lock exclusively before it lets the group go (see `src/locks/`).
 */

/** The environment variable that marks every process of a host-process job (remote or local). */
const REMOTE_JOB_MARKER = 'PIKACI_REMOTE_JOB';
/** How long the watcher waits between TERM and KILL once the job's channel has closed. */
const SUPERVISOR_GRACE_SECS = 5;
/** `$1` job pid (= process group), `$2` grace seconds; stdin is the channel's. */
const WATCHER_SCRIPT = [
    "trap '' TERM INT HUP",
    'while read -r _; do :; done',
    'running() { s=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; case $s in Z*|"") return 1;; esac; }',
    'kill -s TERM -- "-$1" 2>/dev/null',
    'waited=0',
    'while running "$1" && [ "$waited" -lt "$2" ]; do sleep 1; waited=$((waited + 1)); done',
    'kill -s KILL -- "-$1" 2>/dev/null',
].join('\n');
/**
 * `$1` marker, `$2` grace seconds, `$3` shared-lock file or empty, `$4` watcher script, `$5` `own`
 * to start the watcher in a process group of its own (local jobs, see `SupervisorOptions.local`);
 * then the job argv.
 */
const SUPERVISOR_SCRIPT = [
    'set -u',
    'marker=$1 grace=$2 hold=$3 watcher=$4 group=$5',
    'shift 5',
    `export ${REMOTE_JOB_MARKER}="$marker"`,
    'if [ -n "$hold" ]; then exec 8>>"$hold" && flock -s 8; fi',
    'exec 3<&0 </dev/null',
    // sshd (and LocalTransport) start each command as its process group leader, and exec keeps this
    // pid for the job.
    'if [ "$group" = own ] && command -v setsid >/dev/null 2>&1; then',
    '  setsid sh -c "$watcher" pikaci-job-watch "$$" "$grace" <&3 >/dev/null 2>&1 &',
    'else',
    '  sh -c "$watcher" pikaci-job-watch "$$" "$grace" <&3 >/dev/null 2>&1 &',
    'fi',
    'exec 3<&- 8>&-',
    'exec "$@"',
].join('\n');
/** The argv that runs `argv` under the supervisor (pure). */
function supervisedArgv(argv, options) {
    return [
        'sh',
        '-c',
        SUPERVISOR_SCRIPT,
        'pikaci-job',
        options.marker,
        String(options.graceSecs ?? SUPERVISOR_GRACE_SECS),
        options.jobsLockFile ?? '',
        WATCHER_SCRIPT,
        options.local ? 'own' : 'job',
        ...argv,
    ];
}
/**
 * A transport whose commands run under the supervisor, with a stdin that stays open until the
 * command ends (the request's own stdin is replaced: the job reads /dev/null, as before).
 */
function supervisedTransport(transport, options) {
    return {
        placement: transport.placement,
        hostLabel: transport.hostLabel,
        async exec(request) {
            const channelStdin = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
            try {
                return await transport.exec({
                    ...request,
                    argv: supervisedArgv(request.argv, options),
                    stdin: channelStdin,
                });
            }
            finally {
                channelStdin.end();
            }
        },
        close: () => transport.close(),
    };
}


/***/ }),

/***/ 35851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gy: () => (/* reexport */ workspace/* DEFAULT_WORK_DIR */.gy),
  Ow: () => (/* reexport */ actionHostSettings),
  K$: () => (/* binding */ backendConfigs),
  q9: () => (/* binding */ executionEnvironment)
});

// UNUSED EXPORTS: BACKENDS, HOST_SETTINGS, PLACEMENT_SETTINGS, RUNTIME_KINDS, hostSettingsFrom, parseConcurrencyGroup, parseHostSettings

// EXTERNAL MODULE: ./src/locks/index.ts + 1 modules
var locks = __webpack_require__(8709);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var transport = __webpack_require__(74347);
;// CONCATENATED MODULE: ./src/backends/host-process/module.ts
const hostProcessModule = {
    runtime: 'host_process',
    settings: [],
    configure: () => ({}),
    complete: () => ({}),
    async create(_config, host) {
        const { hostProcessBackend } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 18172));
        return {
            kind: 'ready',
            backend: hostProcessBackend({ workDir: host.workDir, jobsLockFile: host.jobsLockFile }),
        };
    },
    orphans: {
        flag: 'processes',
        description: 'stop leftover job processes (marked PIKACI_REMOTE_JOB) whose run is no longer running',
        async sweep(transport, _config, options) {
            const { sweepOrphanProcesses } = await __webpack_require__.e(/* import() */ 983).then(__webpack_require__.bind(__webpack_require__, 35983));
            return sweepOrphanProcesses(transport, options);
        },
    },
};

// EXTERNAL MODULE: ./src/backends/host-process/backend.ts
var backend = __webpack_require__(18172);
// EXTERNAL MODULE: ./src/backends/host-process/supervisor.ts
var supervisor = __webpack_require__(61320);
;// CONCATENATED MODULE: ./src/backends/host-process/index.ts
/** The host-process runtime: a job's command on its placement host, supervised, here or over SSH. */




// EXTERNAL MODULE: ./src/runtime/index.ts + 5 modules
var runtime = __webpack_require__(43688);
;// CONCATENATED MODULE: ./src/backends/tart/index.ts
/**
 * The Tart runtime as a backend module (README "Adding a runtime"). Its settings are accepted
 * (upstream's names), but the backend is not built yet: a Tart job fails with "not available yet"
 * and nothing on the host is touched.
 */

const TART_SETTINGS = [
    {
        name: 'tart-base-vm',
        env: 'PIKACI_TART_BASE_VM',
        kind: 'text',
        argument: '<vm>',
        description: 'the Tart VM each job clones (default sequoia-base)',
    },
];
const tartModule = {
    runtime: 'tart',
    settings: TART_SETTINGS,
    configure: (values) => {
        const baseVm = runtime/* setting */.Pe.text(values, 'tart-base-vm');
        return baseVm === undefined ? {} : { baseVm };
    },
    complete: (given) => ({ baseVm: given.baseVm ?? 'sequoia-base' }),
    create: (_config, host) => Promise.resolve({
        kind: 'unavailable',
        message: `not available yet: ${host.placement} × tart jobs need the Tart runtime backend`,
    }),
};

// EXTERNAL MODULE: ./src/backends/incus/index.ts + 3 modules
var incus = __webpack_require__(10904);
;// CONCATENATED MODULE: ./src/hosts/registry.ts
/**
 * Every runtime, one line each (README "Adding a runtime"). The mapped type makes a runtime the
 * catalog knows but no module provides a compile error here.
 */



const BACKENDS = {
    host_process: hostProcessModule,
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
