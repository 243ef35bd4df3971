export const id = 475;
export const ids = [475];
export const modules = {

/***/ 42475:
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

// EXTERNAL MODULE: ./src/snapshot/profile.ts
var snapshot_profile = __webpack_require__(27629);
// EXTERNAL MODULE: ./src/snapshot/create.ts + 4 modules
var create = __webpack_require__(78633);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/guest/script.ts
var script = __webpack_require__(54477);
// EXTERNAL MODULE: ./src/hosts/index.ts + 2 modules
var hosts = __webpack_require__(67745);
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
    const configs = (0,hosts/* backendConfigs */.K$)(request.host, request.host.remoteWorkDir ?? layout/* DEFAULT_WORK_DIR */.gy);
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
        key = await lanePassKey({
            id: request.lane,
            laneRun: request.laneRun,
            sourceRoot: request.sources.repoRoot,
            includeLocalChanges: request.sources.includeLocalChanges,
            host: request.host,
            env: request.env,
        });
    }
    catch (error) {
        toolkit/* warning */.$e(`skip-if-passed: the pass key cannot be computed (${(0,errors/* errorMessage */.gJ)(error)}); the lane runs`);
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
    const run = await recordAlreadyPassed({
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
    const marked = await markRan(stateRoot, run, check.passKey);
    if (marked.status !== 'passed')
        return { run: marked, note: 'not saved: the lane did not pass' };
    const proof = await verifyProof(marked, check.passKey);
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
    const { loadRunSources, DEFAULT_MANIFEST } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.bind(__webpack_require__, 11006));
    const { resolveLaneRun } = await __webpack_require__.e(/* import() */ 357).then(__webpack_require__.bind(__webpack_require__, 39357));
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
            const { passKey } = await lanePassKey({
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
            toolkit/* warning */.$e(`skip-if-passed: lane ${entry.lane} not looked up: ${(0,errors/* errorMessage */.gJ)(error)}`);
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

/***/ 55333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TartHostConfigSchema),
/* harmony export */   O: () => (/* binding */ TART_VM_SLOTS)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * How to reach and drive Tart on a placement host (README "Tart"). Host configuration, not job data:
 * it comes from action inputs, CLI flags or the environment (`./settings.ts`), never from job ids.
 */

/** Apple's macOS licence allows two macOS VMs per Mac; Virtualization.framework enforces it. */
const TART_VM_SLOTS = 2;
const TartHostConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** The VM each job's VM is cloned from (upstream `PIKACI_TART_BASE_VM`). */
    base_vm: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).default('sequoia-base'),
    /** How long the guest agent may take to answer `tart exec <vm> true` after each boot. */
    readiness_timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(180),
    /** Share the host's Xcode and /Library/Developer into the guest (upstream `PIKACI_TART_USE_HOST_XCODE`). */
    use_host_xcode: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    /** The host's Xcode app bundle; found on the host when unset (upstream `PIKACI_TART_XCODE_APP`). */
    xcode_app: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'xcode_app must be an absolute path').optional(),
    /** The host's Rust toolchain root (`<root>/bin/cargo`) for `mount_host_rust_toolchain` jobs; found with `command -v cargo` when unset. */
    rust_toolchain: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'rust_toolchain must be an absolute path').optional(),
    /** How long a job waits for one of the host's VM slots before it fails. */
    slot_timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(7200),
    /** Seconds `tart stop` waits for a graceful shutdown before it kills the VM (`tart stop --timeout`). */
    stop_timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(30),
    /**
     * How long the host waits past a job's timeout for the guest runner (docs/design.md decision 6: the
     * guest's own `timeout` fires first and still writes result.json).
     */
    host_grace_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(30),
    /** Work dir W on the placement host (runs/, snapshots/, locks/, and bin/ first on PATH). */
    work_dir: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'work_dir must be absolute').default('/var/tmp/pikaci'),
});


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

/***/ 67745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* binding */ backendConfigs),
  q9: () => (/* binding */ executionEnvironment)
});

// UNUSED EXPORTS: BACKENDS, DEFAULT_WORK_DIR, HOST_SETTINGS, PLACEMENT_SETTINGS, RUNTIME_KINDS, actionHostSettings, hostSettingsFrom, parseConcurrencyGroup, parseHostSettings

// EXTERNAL MODULE: ./src/locks/group-lock.ts
var group_lock = __webpack_require__(37431);
// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/transport/local.ts
/**
 * `LocalTransport` runs argv on this machine with `node:child_process`, without a shell (docs/design.md
 * decision 1). No process library: a job start pays for none (issue 13 measured execa at ~18 ms of
 * load and evaluation per `pikaci run`), and the semantics below are all this transport needs.
 *
 * Each command runs in its own process group so a timeout or an abort stops everything it started
 * (a `bash -c` that forked `sleep`, a build tool's workers): SIGTERM to the group, then SIGKILL to the
 * group after a grace period. Output is streamed to the callbacks and never kept.
 */



const DEFAULT_KILL_GRACE_MS = 5_000;
/** How often to look whether a stopped process group has emptied before the SIGKILL deadline. */
const GROUP_POLL_MS = 50;
/** Process groups still running, SIGKILLed if this process exits so no command outlives the run. */
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pgid of liveGroups)
            signalGroup(pgid, 'SIGKILL');
    });
}
/** Send a signal to a whole process group; false when the group no longer exists. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
class LocalTransport {
    placement = 'local';
    hostLabel = 'localhost';
    killGraceMs;
    constructor(options = {}) {
        this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    }
    /**
     * Run `argv` to completion. Resolves with how it ended (non-zero exit codes are results, not
     * errors). Rejects with a `PikaciError` only when the command cannot start at all:
     * `command not found: <program>`, `command is not executable: <program>`, or
     * `working directory does not exist: <cwd>`.
     */
    async exec(request) {
        const [program, ...args] = request.argv;
        if (program === undefined || program === '') {
            throw new errors/* PikaciError */.uy('cannot run an empty command', {
                hint: 'the argv needs at least a program name',
            });
        }
        if (request.signal?.aborted) {
            return { exitCode: null, signal: null, timedOut: false, cancelled: true };
        }
        if (request.cwd !== undefined)
            await assertDirectory(request.cwd);
        installExitHook();
        const subprocess = (0,external_node_child_process_.spawn)(program, args, {
            cwd: request.cwd,
            // A job gets `env` only (inheritEnv false): never this process's inputs and tokens.
            env: request.inheritEnv === false ? { ...request.env } : { ...process.env, ...request.env },
            stdio: [
                request.stdin === undefined ? 'ignore' : 'pipe',
                request.onStdout ? 'pipe' : 'ignore',
                request.onStderr ? 'pipe' : 'ignore',
            ],
            detached: true,
        });
        const ended = settle(subprocess);
        const pgid = subprocess.pid;
        if (pgid !== undefined)
            liveGroups.add(pgid);
        if (request.onStdout)
            subprocess.stdout?.on('data', request.onStdout);
        if (request.onStderr)
            subprocess.stderr?.on('data', request.onStderr);
        if (request.stdin !== undefined && subprocess.stdin)
            feedStdin(request.stdin, subprocess.stdin);
        let timedOut = false;
        let cancelled = false;
        let stopping;
        const exited = ended.then(() => undefined);
        const stop = () => {
            if (stopping || pgid === undefined)
                return;
            stopping = this.stopGroup(pgid, exited);
        };
        const timer = request.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, request.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        request.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            const result = await ended;
            if (stopping)
                await stopping;
            if ('startError' in result)
                throw startError(program, result.startError);
            return { exitCode: result.exitCode, signal: result.signal, timedOut, cancelled };
        }
        finally {
            if (timer)
                clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            if (pgid !== undefined)
                liveGroups.delete(pgid);
        }
    }
    /** Nothing to release: every command's process group is gone when `exec` returns. */
    async close() { }
    /**
     * SIGTERM the group; once the leader has exited, wait for the rest of the group to leave; SIGKILL
     * whatever is left when the grace period ends.
     */
    async stopGroup(pgid, exited) {
        signalGroup(pgid, 'SIGTERM');
        const deadline = Date.now() + this.killGraceMs;
        let killTimer;
        const killed = new Promise((resolve) => {
            killTimer = setTimeout(() => {
                signalGroup(pgid, 'SIGKILL');
                resolve();
            }, this.killGraceMs);
        });
        try {
            await Promise.race([exited, killed]);
            while (Date.now() < deadline && (await groupHasLiveMembers(pgid))) {
                await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
            }
            signalGroup(pgid, 'SIGKILL');
        }
        finally {
            clearTimeout(killTimer);
        }
    }
}
/**
 * How the child ended: on `close` (exited and its stdout/stderr ended, so every chunk has reached the
 * callbacks), or the error that kept it from starting (no pid: ENOENT, EACCES…). Never rejects.
 */
function settle(child) {
    return new Promise((resolve) => {
        child.once('error', (error) => {
            if (child.pid === undefined)
                resolve({ startError: error });
        });
        child.once('close', (exitCode, signal) => resolve({ exitCode, signal }));
    });
}
/**
 * Whether any process of the group is still running. Killed members re-parented to an init that
 * reaps slowly linger as zombies, which `kill(-pgid, 0)` still counts; on Linux read `/proc` to skip them.
 */
async function groupHasLiveMembers(pgid) {
    if (process.platform !== 'linux')
        return signalGroup(pgid, 0);
    const entries = await (0,promises_.readdir)('/proc').catch(() => undefined);
    if (entries === undefined)
        return signalGroup(pgid, 0);
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await (0,promises_.readFile)(`/proc/${entry}/stat`, 'utf8').catch(() => '');
        // Fields after the parenthesised command name: state, ppid, pgrp, …
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (pgrp === String(pgid) && state !== 'Z')
            return true;
    }
    return false;
}
async function assertDirectory(cwd) {
    const info = await (0,promises_.stat)(cwd).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* PikaciError */.uy(`working directory does not exist: ${cwd}`, {
            hint: 'create the directory before running the command there',
        });
    }
}
/** Stream the request's stdin into the child; a child that stops reading early is not an error. */
function feedStdin(source, sink) {
    sink.on('error', () => undefined);
    if (typeof source === 'string' || Buffer.isBuffer(source)) {
        sink.end(source);
        return;
    }
    source.on('error', () => sink.end());
    source.pipe(sink);
}
function startError(program, cause) {
    const code = cause.code;
    switch (code) {
        case 'ENOENT':
            return new errors/* PikaciError */.uy(`command not found: ${program}`, {
                hint: 'install it or put its directory on PATH',
                cause,
            });
        case 'EACCES':
            return new errors/* PikaciError */.uy(`command is not executable: ${program}`, {
                hint: 'check the file mode (chmod +x) and that it is a program, not a directory',
                cause,
            });
        default:
            return new errors/* PikaciError */.uy(`could not start ${program}: ${code ?? 'unknown error'}`, { cause });
    }
}

;// CONCATENATED MODULE: ./src/transport/connect.ts
/** Validate the options, load the keys, dial and verify the host key (see `SshTransport`). */
async function connectSsh(input, hooks = {}) {
    const ssh = await __webpack_require__.e(/* import() */ 163).then(__webpack_require__.bind(__webpack_require__, 43163));
    return ssh.connectSsh(input, hooks);
}

// EXTERNAL MODULE: ./src/hosts/registry.ts + 6 modules
var registry = __webpack_require__(7816);
// EXTERNAL MODULE: ./src/workspace/layout.ts
var layout = __webpack_require__(52611);
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
    return Object.fromEntries(registry/* RUNTIME_KINDS */.n.map((runtime) => [
        runtime,
        registry/* BACKENDS */.A[runtime].complete((settings[runtime] ?? {}), { workDir }),
    ]));
}
function executionEnvironment(settings = {}) {
    const workDir = settings.remoteWorkDir ?? layout/* DEFAULT_WORK_DIR */.gy;
    // Completed up front: a bad setting fails here, before any job, naming the setting.
    const configs = backendConfigs(settings, workDir);
    const jobsLockFile = settings.concurrencyGroup ? (0,group_lock/* groupJobsFile */.m3)(workDir, settings.concurrencyGroup) : null;
    const log = settings.log ?? ((line) => process.stderr.write(`${line}\n`));
    const backends = new Map();
    async function open(placement) {
        switch (placement) {
            case 'local':
                return new LocalTransport();
            case 'remote_ssh':
                if (!settings.ssh) {
                    throw new errors/* InputError */.dz('remote_ssh jobs need an SSH host, and none is configured for this run', {
                        hint: 'pass --ssh-host (CLI) or the ssh-host input (action), with a key and known hosts',
                    });
                }
                return connectSsh(settings.ssh, { log: (line) => log(`[pikaci] ${line}`) });
            default:
                return (0,assert_never/* assertNever */.x)(placement);
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
                const lock = await (0,group_lock/* acquireGroupLock */.t6)(transport, {
                    group,
                    workDir,
                    timeoutSecs: settings.lockTimeoutSecs ?? group_lock/* DEFAULT_LOCK_TIMEOUT_SECS */.nS,
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
                backend = registry/* BACKENDS */.A[runtime].create(configs[runtime], { placement, workDir, jobsLockFile });
                backends.set(key, backend);
            }
            return backend;
        },
    };
}


/***/ }),

/***/ 7816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ BACKENDS),
  n: () => (/* binding */ RUNTIME_KINDS)
});

;// CONCATENATED MODULE: ./src/backends/host-process/module.ts
const hostProcessModule = {
    runtime: 'host_process',
    settings: [],
    configure: () => ({}),
    complete: () => ({}),
    async create(_config, host) {
        const { hostProcessBackend } = await __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 18172));
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

// EXTERNAL MODULE: ./src/backends/tart/naming.ts
var naming = __webpack_require__(71755);
// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: ./src/runtime/settings.ts
var settings = __webpack_require__(35051);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/tart/config.ts
var config = __webpack_require__(55333);
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
    const baseVm = settings/* setting */.Pe.text(values, 'tart-base-vm');
    if (baseVm !== undefined)
        tart.base_vm = baseVm;
    const ready = settings/* setting */.Pe.integer(values, 'tart-ready-timeout');
    if (ready !== undefined)
        tart.readiness_timeout_secs = ready;
    const xcode = settings/* setting */.Pe.boolean(values, 'tart-use-host-xcode');
    if (xcode !== undefined)
        tart.use_host_xcode = xcode;
    const xcodeApp = settings/* setting */.Pe.text(values, 'tart-xcode-app');
    if (xcodeApp !== undefined)
        tart.xcode_app = xcodeApp;
    const toolchain = settings/* setting */.Pe.text(values, 'tart-rust-toolchain');
    if (toolchain !== undefined)
        tart.rust_toolchain = toolchain;
    const slot = settings/* setting */.Pe.integer(values, 'tart-slot-timeout');
    if (slot !== undefined)
        tart.slot_timeout_secs = slot;
    return tart;
}
/** The given parts → the full config, with the host's work dir; a value the schema refuses is named. */
function completeTart(given, host) {
    const checked = (0,schema/* safeParse */.x)(config/* TartHostConfigSchema */.D, { ...given, work_dir: host.workDir });
    if (!checked.success) {
        throw new errors/* InputError */.dz(`invalid Tart settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return checked.data;
}

;// CONCATENATED MODULE: ./src/backends/tart/module.ts


const tartModule = {
    runtime: 'tart',
    settings: TART_SETTINGS,
    configure: tartSettings,
    complete: completeTart,
    async create(config) {
        const { createTartBackend } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(581), __webpack_require__.e(852)]).then(__webpack_require__.bind(__webpack_require__, 82852));
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
            const { sweepOrphanVms } = await __webpack_require__.e(/* import() */ 668).then(__webpack_require__.bind(__webpack_require__, 54668));
            return sweepOrphanVms(transport, config, options);
        },
    },
};

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/backends/incus/config.ts
/**
 * How to reach and drive an Incus (or LXD) daemon on a placement host. This is host configuration,
 * not job data: it comes from action inputs, CLI flags or the environment, never from job ids.
 */

const IncusHostConfigSchema = schemas/* strictObject */.rej({
    /** `incus`, or `lxc` for LXD, whose CLI is the same for every command used here. */
    cli: schemas/* enum */.k5n(['incus', 'lxc']).default('incus'),
    /** Prefix every Incus command with `sudo -n` (non-interactive: a password prompt fails fast). */
    sudo: schemas/* boolean */.zMY().default(false),
    project: schemas/* string */.YjP().min(1).default('pika-managed-agents'),
    profiles: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).default(['default', 'pika-agent-dev']),
    storage_pool: schemas/* string */.YjP().min(1).optional(),
    image: schemas/* string */.YjP().min(1).default('pikaci/dev'),
    instance_type: schemas/* enum */.k5n(['vm', 'container']).default('vm'),
    limits: schemas/* strictObject */.rej({
        cpu: schemas/* number */.aig().int().positive().optional(),
        memory: schemas/* string */.YjP()
            .regex(/^\d+(KiB|MiB|GiB|TiB|kB|MB|GB|TB)$/, 'memory is a size such as `4096MiB`')
            .optional(),
    })
        .default({ cpu: 2, memory: '4096MiB' }),
    readiness_timeout_secs: schemas/* number */.aig().int().positive().default(120),
    /** Remote work dir W on the placement host (runs/, snapshots/, cache/). */
    work_dir: schemas/* string */.YjP().startsWith('/', 'work_dir must be absolute').default('/var/tmp/pikaci'),
});

;// CONCATENATED MODULE: ./src/backends/incus/settings.ts
/**
 * The Incus backend's host settings (README "Host settings"): one row each for the flag, the
 * `PIKACI_INCUS_*` variable and the action input, and how they become an `IncusHostConfig`.
 */




const INCUS_SETTINGS = [
    {
        name: 'incus-cli',
        env: 'PIKACI_INCUS_CLI',
        kind: 'text',
        argument: '<name>',
        choices: ['incus', 'lxc'],
        description: 'the Incus CLI: incus, or lxc for LXD (default incus)',
    },
    {
        name: 'incus-sudo',
        env: 'PIKACI_INCUS_SUDO',
        kind: 'boolean',
        description: 'run the Incus CLI through sudo -n',
    },
    {
        name: 'incus-project',
        env: 'PIKACI_INCUS_PROJECT',
        kind: 'text',
        argument: '<name>',
        description: 'the Incus project (default pika-managed-agents)',
    },
    {
        name: 'incus-profile',
        env: 'PIKACI_INCUS_PROFILE',
        kind: 'list',
        argument: '<name>',
        description: 'Incus profiles: repeatable flag, comma-separated otherwise (default default,pika-agent-dev)',
    },
    {
        name: 'incus-image',
        env: 'PIKACI_INCUS_IMAGE',
        kind: 'text',
        argument: '<alias>',
        description: 'the Incus image alias (default pikaci/dev)',
    },
    {
        name: 'incus-type',
        env: 'PIKACI_INCUS_TYPE',
        kind: 'text',
        argument: '<type>',
        choices: ['vm', 'container'],
        description: 'the instance type: vm or container (default vm)',
    },
    {
        name: 'incus-storage-pool',
        env: 'PIKACI_INCUS_STORAGE_POOL',
        kind: 'text',
        argument: '<pool>',
        description: 'the Incus storage pool (default: the profile’s)',
    },
];
/** The Incus settings given (nothing else): the partial config the defaults complete. */
function incusSettings(values, _origin) {
    const incus = {};
    const cli = settings/* setting */.Pe.text(values, 'incus-cli');
    if (cli !== undefined)
        incus.cli = cli;
    const sudo = settings/* setting */.Pe.boolean(values, 'incus-sudo');
    if (sudo !== undefined)
        incus.sudo = sudo;
    const type = settings/* setting */.Pe.text(values, 'incus-type');
    if (type !== undefined)
        incus.instance_type = type;
    const project = settings/* setting */.Pe.text(values, 'incus-project');
    if (project !== undefined)
        incus.project = project;
    const image = settings/* setting */.Pe.text(values, 'incus-image');
    if (image !== undefined)
        incus.image = image;
    const pool = settings/* setting */.Pe.text(values, 'incus-storage-pool');
    if (pool !== undefined)
        incus.storage_pool = pool;
    const profiles = settings/* setting */.Pe.list(values, 'incus-profile');
    if (profiles !== undefined && profiles.length > 0)
        incus.profiles = [...profiles];
    return incus;
}
/** The given parts → the full config, with the host's work dir; a value the schema refuses is named. */
function completeIncus(given, host) {
    const checked = (0,schema/* safeParse */.x)(IncusHostConfigSchema, { ...given, work_dir: host.workDir });
    if (!checked.success) {
        throw new errors/* InputError */.dz(`invalid Incus settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return checked.data;
}

;// CONCATENATED MODULE: ./src/backends/incus/module.ts

const incusModule = {
    runtime: 'incus',
    settings: INCUS_SETTINGS,
    configure: incusSettings,
    complete: completeIncus,
    async create(config) {
        const { createIncusBackend } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(581), __webpack_require__.e(167)]).then(__webpack_require__.bind(__webpack_require__, 85167));
        return { kind: 'ready', backend: createIncusBackend({ config }) };
    },
    async identity(config, host) {
        const { incusIdentity } = await __webpack_require__.e(/* import() */ 450).then(__webpack_require__.bind(__webpack_require__, 67450));
        return incusIdentity(config, host);
    },
    orphans: {
        flag: 'instances',
        description: 'delete pikaci-* Incus instances whose run is no longer running',
        async sweep(transport, config, options) {
            const { sweepOrphanInstances } = await __webpack_require__.e(/* import() */ 41).then(__webpack_require__.bind(__webpack_require__, 3041));
            return sweepOrphanInstances(transport, config, options);
        },
    },
};

;// CONCATENATED MODULE: ./src/hosts/registry.ts
/**
 * Every runtime, one line each (README "Adding a runtime"). The mapped type makes a runtime the
 * catalog knows but no module provides a compile error here.
 */



const BACKENDS = {
    host_process: hostProcessModule,
    incus: incusModule,
    tart: tartModule,
};
const RUNTIME_KINDS = Object.keys(BACKENDS);


/***/ }),

/***/ 26925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ silentReporter)
/* harmony export */ });
const silentReporter = { event: () => undefined };


/***/ }),

/***/ 35051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O9: () => (/* binding */ readActionSettings),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   _J: () => (/* binding */ ACTION_ORIGIN)
/* harmony export */ });
/* unused harmony exports CLI_ORIGIN, settingError, flagProperty, readCliSettings */
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * Host settings as one table (README "Host settings"): each row is a CLI flag, a `PIKACI_*`
 * environment variable and an action input at once, so the three can never drift apart. The
 * placement rows live in `src/hosts/`, each runtime's rows in its backend module. Light on
 * purpose: the CLI builds its flags from these rows before any command runs.
 */

const CLI_ORIGIN = {
    kind: 'cli',
    describe: (spec) => `--${spec.name} (or $${spec.env})`,
};
const ACTION_ORIGIN = {
    kind: 'action',
    describe: (spec) => `input \`${spec.name}\``,
};
/** A bad setting value: what it must be and what it was, naming where it came from. */
function settingError(origin, spec, problem) {
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${origin.describe(spec)} ${problem}`, origin.kind === 'action' ? { where: `input \`${spec.name}\`` } : {});
}
/** The camelCase property commander uses for a flag: `incus-image` → `incusImage`. */
function flagProperty(spec) {
    return spec.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
function parseBoolean(origin, spec, raw) {
    const value = raw.trim().toLowerCase();
    if (value === '1' || value === 'true')
        return true;
    if (value === '0' || value === 'false')
        return false;
    throw settingError(origin, spec, `must be true, false, 1 or 0, got \`${raw}\``);
}
/** One raw text value → the setting's value, or an error naming its source. */
function parseText(origin, spec, raw) {
    switch (spec.kind) {
        case 'boolean':
            return parseBoolean(origin, spec, raw);
        case 'list': {
            const items = raw.split(origin.kind === 'action' ? /[\s,]+/ : ',').map((item) => item.trim());
            if (origin.kind === 'action')
                return items.filter((item) => item !== '');
            if (items.some((item) => item === ''))
                throw settingError(origin, spec, 'has an empty item');
            return items;
        }
        case 'integer': {
            const n = Number(raw);
            const { min = 0, max = Number.MAX_SAFE_INTEGER } = spec;
            if (!/^\d+$/.test(raw) || n < min || n > max) {
                throw settingError(origin, spec, `must be an integer from ${min} to ${max}, got \`${raw}\``);
            }
            return n;
        }
        case 'text':
            if (spec.choices && !spec.choices.includes(raw)) {
                throw settingError(origin, spec, `must be ${spec.choices.join(' or ')}, got \`${raw}\``);
            }
            if (spec.absolute && !raw.startsWith('/')) {
                throw settingError(origin, spec, `must be an absolute path, got \`${raw}\``);
            }
            return raw;
    }
}
/**
 * CLI: commander's flag values, each falling back to its variable (an empty variable is unset).
 * A repeated list flag gives its items; a switch given on the command line is true.
 */
function readCliSettings(table, flags, env) {
    const values = new Map();
    for (const spec of table) {
        const flag = flags[flagProperty(spec)];
        if (spec.kind === 'list' && Array.isArray(flag) && flag.length > 0) {
            const items = flag.map(String);
            if (items.some((item) => item.trim() === '')) {
                throw settingError(CLI_ORIGIN, spec, 'has an empty item');
            }
            values.set(spec.name, items);
            continue;
        }
        if (spec.kind === 'boolean' && flag === true) {
            values.set(spec.name, true);
            continue;
        }
        // A flag given on the command line counts even when empty; an empty variable is unset.
        if (typeof flag === 'string') {
            values.set(spec.name, parseText(CLI_ORIGIN, spec, flag));
            continue;
        }
        const raw = env[spec.env];
        if (raw === undefined || raw === '')
            continue;
        values.set(spec.name, parseText(CLI_ORIGIN, spec, raw));
    }
    return values;
}
/**
 * Action: each input through `getInput` (untrimmed, so key material keeps its lines); an empty
 * input is unset. Secret inputs go to `onSecret` before anything else can see them.
 */
function readActionSettings(table, getInput, onSecret) {
    const values = new Map();
    for (const spec of table) {
        if (spec.action === 'none')
            continue;
        const raw = getInput(spec.name);
        if (spec.secret)
            onSecret(raw);
        if (raw.trim() === '')
            continue;
        values.set(spec.name, spec.action === 'content' ? raw : parseText(ACTION_ORIGIN, spec, raw.trim()));
    }
    return values;
}
/** Typed getters over parsed values (the table decided the type; these only narrow it). */
const setting = {
    text(values, name) {
        const value = values.get(name);
        return typeof value === 'string' ? value : undefined;
    },
    boolean(values, name) {
        const value = values.get(name);
        return typeof value === 'boolean' ? value : undefined;
    },
    integer(values, name) {
        const value = values.get(name);
        return typeof value === 'number' ? value : undefined;
    },
    list(values, name) {
        const value = values.get(name);
        return Array.isArray(value) ? value : undefined;
    },
};


/***/ }),

/***/ 78633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ createSnapshot),
  M: () => (/* binding */ snapshotContentHash)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/git/run.ts
var run = __webpack_require__(73073);
;// CONCATENATED MODULE: ./src/util/all-settled.ts
/**
 * Like `Promise.all`, but waits for every operation to settle before throwing the first failure (in
 * argument order), so no process, channel or file write started by one of them is still running once
 * the caller sees the error (docs/design.md decision 7: cleanup runs on every path).
 */
async function allSettledOrThrow(operations) {
    const outcomes = await Promise.allSettled(operations);
    for (const outcome of outcomes)
        if (outcome.status === 'rejected')
            throw outcome.reason;
    return outcomes.map((outcome) => outcome.value);
}

// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/snapshot/blobs.ts
/**
 * Bulk blob reads through one `git cat-file --batch --buffer` process: object ids in on stdin (closed
 * at once, so git may buffer its output), `<oid> blob <size>\n<bytes>\n` out on stdout, in request
 * order. Each blob is handed to `onBlob` whole; while too many handlers are still running, stdout is
 * paused so memory stays bounded.
 */


const MAX_IN_FLIGHT = 64;
async function readBlobs(cwd, oids, onBlob) {
    if (oids.length === 0)
        return;
    const child = (0,run/* streamGit */.t1)(cwd, ['cat-file', '--batch', '--buffer']);
    return new Promise((resolve, reject) => {
        const queue = new ChunkQueue();
        let next = 0;
        let expectedSize = null;
        let inFlight = 0;
        let failure = null;
        let exited = false;
        // Settles only once git has exited and every handler has finished, so nothing outlives the call.
        const settle = () => {
            if (inFlight > 0 || !exited)
                return;
            if (failure)
                reject(failure);
            else if (next < oids.length)
                reject(new errors/* PikaciError */.uy(`git cat-file stopped after ${next} of ${oids.length} objects`, { where: cwd }));
            else
                resolve();
        };
        const fail = (error) => {
            failure ??= error;
            child.stdout.destroy();
            child.stop();
            settle();
        };
        // git cannot start, exits non-zero or is stopped: the runner's error (command and stderr).
        child.exited.then(() => {
            exited = true;
            settle();
        }, (error) => {
            exited = true;
            fail(error);
        });
        child.stdin.on('error', (error) => fail(new errors/* PikaciError */.uy(`git cat-file stdin: ${error.message}`, { where: cwd })));
        child.stdout.on('data', (chunk) => {
            if (failure)
                return;
            queue.push(chunk);
            for (;;) {
                if (expectedSize === null) {
                    const header = queue.takeLine();
                    if (header === null)
                        break;
                    const oid = oids[next];
                    const [gotOid, type, size] = header.split(' ');
                    if (gotOid !== oid || type === 'missing' || type !== 'blob' || size === undefined) {
                        fail(new errors/* PikaciError */.uy(type === 'missing'
                            ? `git object ${oid} is missing from the repository`
                            : `unexpected git cat-file reply for ${oid}: ${JSON.stringify(header)}`, { where: cwd, hint: 'run `git fsck`; a shallow or partial clone may lack the object' }));
                        return;
                    }
                    expectedSize = Number(size);
                }
                const body = queue.take(expectedSize + 1);
                if (body === null)
                    break;
                const oid = oids[next];
                next += 1;
                expectedSize = null;
                inFlight += 1;
                if (inFlight >= MAX_IN_FLIGHT)
                    child.stdout.pause();
                onBlob(oid, body.subarray(0, body.length - 1)).then(() => {
                    inFlight -= 1;
                    if (inFlight < MAX_IN_FLIGHT / 2 && !failure)
                        child.stdout.resume();
                    settle();
                }, (error) => {
                    inFlight -= 1;
                    fail(error instanceof Error ? error : new Error(String(error)));
                });
            }
        });
        child.stdin.end(`${oids.join('\n')}\n`);
    });
}
/** A byte queue that joins chunks only when a whole line or body is available. */
class ChunkQueue {
    chunks = [];
    length = 0;
    push(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
    }
    takeLine() {
        let offset = 0;
        for (const chunk of this.chunks) {
            const at = chunk.indexOf(10);
            if (at !== -1) {
                const line = this.take(offset + at + 1);
                return line.subarray(0, line.length - 1).toString('utf8');
            }
            offset += chunk.length;
        }
        return null;
    }
    take(count) {
        if (count > this.length)
            return null;
        const first = this.chunks[0];
        let out;
        if (first.length >= count) {
            out = first.subarray(0, count);
            if (first.length === count)
                this.chunks.shift();
            else
                this.chunks[0] = first.subarray(count);
        }
        else {
            const parts = [];
            let needed = count;
            while (needed > 0) {
                const chunk = this.chunks[0];
                if (chunk.length <= needed) {
                    parts.push(chunk);
                    this.chunks.shift();
                    needed -= chunk.length;
                }
                else {
                    parts.push(chunk.subarray(0, needed));
                    this.chunks[0] = chunk.subarray(needed);
                    needed = 0;
                }
            }
            out = Buffer.concat(parts, count);
        }
        this.length -= count;
        return out;
    }
}

;// CONCATENATED MODULE: ./src/snapshot/nul.ts
/** `-z` output of git (run through `src/git/`'s runner) split into strictly decoded UTF-8 paths. */

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Splits `-z` output into records, decoding each as strict UTF-8. */
function splitNul(output, where, prefix = 'none') {
    const records = [];
    let start = 0;
    while (start < output.length) {
        let end = output.indexOf(0, start);
        if (end === -1)
            end = output.length;
        const bytes = output.subarray(start, end);
        try {
            records.push(utf8.decode(bytes));
        }
        catch {
            const untracked = prefix === 'tag' && bytes[0] === 0x3f;
            const from = prefix === 'none' ? 0 : untracked ? 2 : bytes.indexOf(9) + 1;
            const path = bytes.subarray(from);
            throw new errors/* PikaciError */.uy(`a path is not valid UTF-8: ${JSON.stringify(path.toString('latin1'))}`, {
                where,
                hint: 'rename the file to a UTF-8 name; snapshot paths and hashes are defined over UTF-8',
            });
        }
        start = end + 1;
    }
    return records;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/snapshot/hash.ts
/**
 * The snapshot content hash. It is part of the remote snapshot reuse contract: a snapshot made here and
 * one checked on a remote host must agree byte for byte, so the formula is fixed and written down.
 *
 *   content_hash = lowercase hex SHA-256 over the concatenation, for every file entry of the snapshot
 *   sorted by the UTF-8 bytes of its path, of
 *
 *       <mode> SP <oid> TAB <path> NUL
 *
 *   where
 *   - <path> is the `/`-separated path relative to the snapshot root, UTF-8, no leading `./`;
 *   - <mode> is the git file mode as git prints it: `100644` (regular), `100755` (regular, owner
 *     executable bit set) or `120000` (symbolic link);
 *   - <oid> is the lowercase hex SHA-1 git blob id: SHA-1 of `blob <byte length>` NUL <bytes>, where
 *     the bytes are the file contents, or for a symbolic link the link target string.
 *
 * Directories contribute nothing of their own (as in git, an empty directory is not content), and the
 * root-level ready marker `pikaci-snapshot.json` is never an entry. Because the oids are git's own blob
 * ids, a clean tracked file is hashed from `git ls-files -s`/`ls-tree` output without reading it, while
 * a snapshot directory can still be re-hashed from its bytes alone (`hashSnapshotDirectory`).
 */

const FILE_MODES = (/* unused pure expression or super */ null && (['100644', '100755', '120000']));
/** Byte order of the UTF-8 encoding (git's index order), not JavaScript's UTF-16 order. */
function comparePathBytes(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function computeContentHash(entries) {
    const sorted = [...entries].sort((a, b) => comparePathBytes(a.path, b.path));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const entry of sorted)
        hash.update(`${entry.mode} ${entry.oid}\t${entry.path}\0`, 'utf8');
    return hash.digest('hex');
}
/** git's SHA-1 blob id of some bytes (what `git hash-object --no-filters` prints). */
function gitBlobId(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./src/snapshot/metadata.ts
var snapshot_metadata = __webpack_require__(43031);
// EXTERNAL MODULE: ./src/snapshot/profile.ts
var snapshot_profile = __webpack_require__(27629);
;// CONCATENATED MODULE: ./src/snapshot/create.ts
/**
 * Snapshot creation. Unlike upstream (which walks and copies the working tree, ignored files included),
 * the file set comes from git: the files tracked at HEAD, plus (outside CI) local modifications and
 * untracked files that are not ignored. Clean tracked files are written straight from the object store
 * by id, so neither copying nor hashing them reads the working tree.
 *
 * Decisions worth knowing:
 * - Ignored files are never included (upstream copied them, `.env` secrets and all; docs/upstream.md, records 5.5.3).
 * - Submodules (gitlinks) and untracked nested repositories are left out and listed in
 *   `omitted_paths`: their contents are not in this repository's object store or index.
 * - Files from the object store hold git's stored bytes: no smudge filters (LFS) or eol conversion,
 *   so each file's bytes are exactly the blob its id names and a snapshot re-hashes to its content_hash.
 * - Paths must be UTF-8 and the repository SHA-1: the content hash is defined over both.
 * - A root-level `pikaci-snapshot.json` in the source is left out; that name is the marker's.
 */











const WORKTREE_COPY_CONCURRENCY = 32;
async function createSnapshot(options) {
    const clock = options.clock ?? (() => new Date());
    const sourceRoot = (0,external_node_path_.resolve)(options.sourceRoot);
    const destDir = (0,external_node_path_.resolve)(options.destDir);
    const head = await checkSource(sourceRoot);
    await prepareDestination(destDir);
    const [unfiltered, gitDirty] = await allSettledOrThrow([
        options.includeLocalChanges ? planWorkingTree(sourceRoot) : planHead(sourceRoot),
        isDirty(sourceRoot),
    ]);
    const plan = filterPlan(unfiltered, options.profile);
    const localFiles = await inspectLocalFiles(sourceRoot, plan.local);
    const directories = new Set();
    for (const { path } of [...plan.stored, ...localFiles]) {
        for (let dir = (0,external_node_path_.dirname)(path); dir !== '.'; dir = (0,external_node_path_.dirname)(dir))
            directories.add(dir);
    }
    // Parents sort before their children, so non-recursive mkdir never misses a parent.
    for (const dir of [...directories].sort(comparePathBytes))
        await (0,promises_.mkdir)((0,external_node_path_.join)(destDir, dir));
    let localEntries;
    try {
        [, localEntries] = await allSettledOrThrow([
            writeStoredFiles(sourceRoot, destDir, plan.stored),
            copyLocalFiles(sourceRoot, destDir, localFiles),
        ]);
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`snapshot of ${sourceRoot} into ${destDir} failed (the directory is left without its ready marker; delete it before retrying)`, error);
    }
    const entries = [...plan.stored, ...localEntries];
    const metadata = {
        source_root: sourceRoot,
        snapshot_dir: destDir,
        git_head: head,
        git_dirty: gitDirty,
        created_at: (0,snapshot_metadata/* formatSnapshotTimestamp */.oo)(clock()),
        content_hash: computeContentHash(entries),
        profile: options.profile,
        omitted_paths: plan.omitted,
    };
    await (0,snapshot_metadata/* writeSnapshotMetadata */.xy)(destDir, metadata);
    return metadata;
}
/** The checks below word a non-zero exit themselves: git's exit status is returned, not thrown. */
const ANY_EXIT = { exitCodes: 'any' };
/**
 * The content hash a snapshot of `sourceRoot` would have, computed without writing one: the same
 * file set (`planHead`/`planWorkingTree`, then the profile's skip rules) and the same formula
 * (`hash.ts`). Clean tracked files are hashed from their blob ids alone, so on a CI checkout (HEAD
 * only) nothing but `git ls-tree` output is read; local edits and untracked files are read and hashed.
 * The pass cache (README "Skipping lanes that already passed") keys a lane on it before anything runs.
 */
async function snapshotContentHash(options) {
    const sourceRoot = (0,external_node_path_.resolve)(options.sourceRoot);
    const head = await checkSource(sourceRoot);
    const unfiltered = await (options.includeLocalChanges ? planWorkingTree(sourceRoot) : planHead(sourceRoot));
    const plan = filterPlan(unfiltered, options.profile);
    const localFiles = await inspectLocalFiles(sourceRoot, plan.local);
    const limit = (0,p_limit/* default */.A)(WORKTREE_COPY_CONCURRENCY);
    const localEntries = await allSettledOrThrow(localFiles.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        return { path, mode, oid: gitBlobId(bytes) };
    })));
    const entries = [...plan.stored, ...localEntries];
    return { contentHash: computeContentHash(entries), files: entries.length, gitHead: head };
}
/** Returns HEAD's commit id after checking that `sourceRoot` is the top of a usable working tree. */
async function checkSource(sourceRoot) {
    const info = await (0,promises_.stat)(sourceRoot).catch(() => null);
    if (!info?.isDirectory()) {
        throw new errors/* InputError */.dz('snapshot source is not a directory', {
            where: sourceRoot,
            hint: 'pass the top-level directory of a git checkout',
        });
    }
    const fast = await sourceFacts(sourceRoot);
    if (fast !== null) {
        await checkTopLevel(sourceRoot, fast.topLevel);
        checkObjectFormat(sourceRoot, fast.objectFormat);
        return fast.head;
    }
    const top = await (0,run/* runGit */.EO)(sourceRoot, ['rev-parse', '--show-toplevel'], ANY_EXIT);
    if (top.exitCode !== 0) {
        throw new errors/* InputError */.dz(`snapshot source is not a git working tree: ${top.stderr}`, {
            where: sourceRoot,
            hint: 'snapshots are made from git checkouts; run from a clone of the repository',
        });
    }
    await checkTopLevel(sourceRoot, top.stdout.toString('utf8').trim());
    const format = await (0,run/* runGit */.EO)(sourceRoot, ['rev-parse', '--show-object-format'], ANY_EXIT);
    checkObjectFormat(sourceRoot, format.exitCode === 0 ? format.stdout.toString('utf8').trim() : 'sha1');
    const head = await (0,run/* runGit */.EO)(sourceRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
    if (head.exitCode !== 0) {
        throw new errors/* InputError */.dz('the repository has no commits, so there is no HEAD to snapshot', {
            where: sourceRoot,
            hint: 'commit the files first (`git add -A && git commit`)',
        });
    }
    return head.stdout.toString('utf8').trim();
}
/**
 * Top level, object format and HEAD from one `git rev-parse` when all three are there (each git
 * process is a measured part of `pikaci run`'s overhead); null sends `checkSource` through the
 * one-check-per-process path, which words each failure.
 */
async function sourceFacts(sourceRoot) {
    const result = await (0,run/* runGit */.EO)(sourceRoot, ['rev-parse', '--show-toplevel', '--show-object-format', '--verify', '--quiet', 'HEAD^{commit}'], ANY_EXIT);
    const lines = result.stdout.toString('utf8').split('\n');
    if (result.exitCode !== 0 || lines.length !== 4 || lines[3] !== '')
        return null;
    const [topLevel, objectFormat, head] = lines.map((line) => line.trim());
    return { topLevel, objectFormat, head };
}
async function checkTopLevel(sourceRoot, topLevel) {
    if ((await (0,promises_.realpath)(topLevel)) !== (await (0,promises_.realpath)(sourceRoot))) {
        throw new errors/* InputError */.dz(`snapshot source is not the top level of its repository (${topLevel})`, {
            where: sourceRoot,
            hint: `pass ${topLevel} instead`,
        });
    }
}
function checkObjectFormat(sourceRoot, objectFormat) {
    if (objectFormat !== 'sha1') {
        throw new errors/* InputError */.dz(`repositories with the ${objectFormat} object format are not supported`, {
            where: sourceRoot,
            hint: 'the snapshot content hash is defined over SHA-1 blob ids; use a sha1 repository',
        });
    }
}
async function prepareDestination(destDir) {
    const existing = await (0,promises_.readdir)(destDir).catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw new errors/* InputError */.dz(`snapshot destination cannot be used: ${error.message}`, { where: destDir });
    });
    if (existing !== null && existing.length > 0) {
        throw new errors/* InputError */.dz('snapshot destination is not empty', {
            where: destDir,
            hint: 'pass a new or empty directory (delete a stale snapshot first)',
        });
    }
    await (0,promises_.mkdir)(destDir, { recursive: true });
}
/** git's standard output; a non-zero exit throws the runner's error (the command and git's stderr). */
async function gitOutput(sourceRoot, args) {
    return (await (0,run/* runGit */.EO)(sourceRoot, args)).stdout;
}
/** CI: the tree of HEAD, read from the object store only. */
async function planHead(sourceRoot) {
    const output = await gitOutput(sourceRoot, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
    const plan = { stored: [], local: [], omitted: [] };
    for (const record of splitNul(output, `${sourceRoot} (git ls-tree HEAD)`, 'tab')) {
        // `<mode> SP <type> SP <oid> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, , oid] = record.slice(0, tab).split(' ');
        addStored(plan, record.slice(tab + 1), mode, oid, sourceRoot);
    }
    return plan;
}
/** A developer machine: the index, with edited, deleted and conflicted paths taken from the disk. */
async function planWorkingTree(sourceRoot) {
    // One process for the index and the working tree: `-t` tags each record. `?` is an untracked path
    // (-o), `C` an edited, deleted or conflicted one (-m), any other tag an index entry (-s: H, or M for
    // a conflict stage, S for skip-worktree) with its mode, blob and stage.
    const listing = await gitOutput(sourceRoot, [
        'ls-files',
        '-z',
        '-s',
        '-t',
        '-m',
        '-o',
        '--exclude-standard',
    ]);
    const changed = new Set();
    const untracked = [];
    const indexed = [];
    for (const record of splitNul(listing, `${sourceRoot} (git ls-files -s -t -m -o)`, 'tag')) {
        if (record.startsWith('? '))
            untracked.push(record.slice(2));
        else if (record.startsWith('C '))
            changed.add(record.slice(record.indexOf('\t') + 1));
        else
            indexed.push(record.slice(2));
    }
    const plan = { stored: [], local: [], omitted: [] };
    const seen = new Set();
    for (const record of indexed) {
        // `<mode> SP <oid> SP <stage> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, oid, stage] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        if (seen.has(path))
            continue;
        seen.add(path);
        // A conflicted path has several stages and no single blob: the disk holds the user's version.
        if (mode !== '160000' && (changed.has(path) || stage !== '0'))
            plan.local.push(path);
        else
            addStored(plan, path, mode, oid, sourceRoot);
    }
    for (const path of untracked) {
        // git lists an untracked directory holding its own repository as `dir/` and never looks inside.
        if (path.endsWith('/'))
            plan.omitted.push({ path: path.slice(0, -1), reason: 'nested_repository' });
        else
            plan.local.push(path);
    }
    return plan;
}
function addStored(plan, path, rawMode, oid, where) {
    const mode = parseInt(rawMode, 8);
    switch (mode >> 12) {
        case 0o10:
            // git itself only knows 644 and 755; anything with the owner execute bit is executable.
            plan.stored.push({ path, oid, mode: mode & 0o100 ? '100755' : '100644' });
            return;
        case 0o12:
            plan.stored.push({ path, oid, mode: '120000' });
            return;
        case 0o16:
            plan.omitted.push({ path, reason: 'submodule' });
            return;
        default:
            throw new errors/* PikaciError */.uy(`unexpected git file mode ${rawMode} for ${JSON.stringify(path)}`, { where });
    }
}
/**
 * Applies the profile's skip rules. The root-level `pikaci-snapshot.json` is always left out too: it is
 * the marker's name, and a snapshot taken from a materialised workspace must not carry the old one.
 */
function filterPlan(plan, profile) {
    const keep = (path) => path !== snapshot_metadata/* SNAPSHOT_METADATA_FILE */.mh && !(0,snapshot_profile/* isSkippedPath */.cT)(path, profile);
    return {
        stored: plan.stored.filter((file) => keep(file.path)),
        local: plan.local.filter(keep),
        omitted: plan.omitted.filter((entry) => keep(entry.path)),
    };
}
async function isDirty(sourceRoot) {
    const status = await gitOutput(sourceRoot, ['status', '--porcelain', '-z', '--untracked-files=normal']);
    return status.length > 0;
}
async function writeStoredFiles(sourceRoot, destDir, files) {
    const byOid = new Map();
    for (const file of files) {
        const group = byOid.get(file.oid);
        if (group)
            group.push(file);
        else
            byOid.set(file.oid, [file]);
    }
    await readBlobs(sourceRoot, [...byOid.keys()], async (oid, bytes) => {
        for (const file of byOid.get(oid))
            await materialise((0,external_node_path_.join)(destDir, file.path), file.mode, bytes);
    });
}
/**
 * Which working-tree paths are a file or symlink, seen the way git sees them: without following links.
 * Dropped: deleted paths, tracked files replaced by a directory (git lists its files as untracked), and
 * paths below a directory replaced by a symlink (git treats them as deleted; the link itself is untracked).
 */
async function inspectLocalFiles(sourceRoot, paths) {
    const realDirectories = new Map();
    const isRealDirectory = (dir) => {
        if (dir === '.')
            return Promise.resolve(true);
        let known = realDirectories.get(dir);
        if (!known) {
            known = isRealDirectory((0,external_node_path_.dirname)(dir)).then(async (parentIsReal) => parentIsReal &&
                (await (0,promises_.lstat)((0,external_node_path_.join)(sourceRoot, dir)).then((info) => info.isDirectory(), () => false)));
            realDirectories.set(dir, known);
        }
        return known;
    };
    const limit = (0,p_limit/* default */.A)(WORKTREE_COPY_CONCURRENCY);
    const inspected = await allSettledOrThrow(paths.map((path) => limit(async () => {
        if (!(await isRealDirectory((0,external_node_path_.dirname)(path))))
            return null;
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const info = await (0,promises_.lstat)(source).catch((error) => {
            if (error.code === 'ENOENT')
                return null;
            throw error;
        });
        if (info === null || info.isDirectory())
            return null;
        if (info.isSymbolicLink())
            return { path, mode: '120000' };
        if (info.isFile())
            return { path, mode: info.mode & 0o100 ? '100755' : '100644' };
        throw new errors/* PikaciError */.uy(`cannot snapshot ${JSON.stringify(path)}: not a file, symlink or directory`, {
            where: source,
            hint: 'remove the special file (fifo, socket or device) or add it to .gitignore',
        });
    })));
    return inspected.filter((file) => file !== null);
}
/** Copies working-tree files, returning their hash entries computed from the bytes copied. */
async function copyLocalFiles(sourceRoot, destDir, files) {
    const limit = (0,p_limit/* default */.A)(WORKTREE_COPY_CONCURRENCY);
    return allSettledOrThrow(files.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        await materialise((0,external_node_path_.join)(destDir, path), mode, bytes);
        return { path, mode, oid: gitBlobId(bytes) };
    })));
}
/** Like a git checkout: links are recreated from their target bytes, never followed; umask applies. */
async function materialise(target, mode, bytes) {
    switch (mode) {
        case '120000':
            await (0,promises_.symlink)(bytes, target);
            return;
        case '100755':
            await (0,promises_.writeFile)(target, bytes, { mode: 0o777, flag: 'wx' });
            return;
        case '100644':
            await (0,promises_.writeFile)(target, bytes, { mode: 0o666, flag: 'wx' });
            return;
        default:
            (0,assert_never/* assertNever */.x)(mode);
    }
}


/***/ }),

/***/ 43031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ SnapshotMetadataSchema),
/* harmony export */   U$: () => (/* binding */ readSnapshotMetadata),
/* harmony export */   mh: () => (/* binding */ SNAPSHOT_METADATA_FILE),
/* harmony export */   oo: () => (/* binding */ formatSnapshotTimestamp),
/* harmony export */   xy: () => (/* binding */ writeSnapshotMetadata)
/* harmony export */ });
/* unused harmony export OmittedPathSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38816);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11107);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27629);
/**
 * `<snapshot>/pikaci-snapshot.json` (docs/upstream.md, records 2.9): the snapshot's description and its ready
 * marker. It is written last and atomically, so its presence means the tree beside it is complete.
 */






const SNAPSHOT_METADATA_FILE = 'pikaci-snapshot.json';
/** RFC 3339 in UTC; upstream writes `+00:00` with 0–9 fractional digits, its fixtures use `Z`. */
const UtcTimestampSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|\+00:00)$/, 'expected an RFC 3339 UTC timestamp ending in `Z` or `+00:00`');
const OmittedPathSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    path: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    /**
     * `submodule`: a gitlink (mode 160000); its commit is not in this repository's object store.
     * `nested_repository`: an untracked directory holding its own git repository.
     */
    reason: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['submodule', 'nested_repository']),
});
const SnapshotMetadataSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    source_root: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    snapshot_dir: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    git_head: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    git_dirty: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().nullable(),
    created_at: UtcTimestampSchema,
    content_hash: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256')
        .nullable()
        .default(null),
    /** Ours, absent from upstream files: the profile used and what was left out on purpose. */
    profile: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_profile_js__WEBPACK_IMPORTED_MODULE_4__/* .SNAPSHOT_PROFILES */ .Y5).optional(),
    omitted_paths: _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(OmittedPathSchema).optional(),
});
/** The upstream form: UTC with a `+00:00` offset. */
function formatSnapshotTimestamp(date) {
    return date.toISOString().replace(/Z$/, '+00:00');
}
async function readSnapshotMetadata(dir) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SNAPSHOT_METADATA_FILE);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (isNotFound(error)) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy('snapshot is not ready: its marker file is missing', {
                where: file,
                hint: 'the snapshot was never completed (or the path is wrong); create it again',
                cause: error,
            });
        }
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy(`cannot read snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy(`snapshot metadata is not valid JSON: ${error.message}`, {
            where: file,
            hint: 'the marker is corrupt; delete the snapshot directory and create it again',
            cause: error,
        });
    }
    const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_6__/* .safeParse */ .x)(SnapshotMetadataSchema, json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : '';
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy(`invalid snapshot metadata${at}: ${issue?.message ?? 'unknown problem'}`, {
            where: file,
            hint: 'the marker is corrupt or from an incompatible writer; delete the snapshot and create it again',
        });
    }
    return parsed.data;
}
/** Temp file in the same directory, then rename: readers see no marker or a whole one. */
async function writeSnapshotMetadata(dir, metadata) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SNAPSHOT_METADATA_FILE);
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${SNAPSHOT_METADATA_FILE}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, `${JSON.stringify(metadata, null, 2)}\n`, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .PikaciError */ .uy(`cannot write snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
}
function isNotFound(error) {
    return error?.code === 'ENOENT';
}


/***/ }),

/***/ 27629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ SNAPSHOT_PROFILES),
/* harmony export */   cT: () => (/* binding */ isSkippedPath),
/* harmony export */   lw: () => (/* binding */ snapshotProfileForJobs)
/* harmony export */ });
/* unused harmony export shouldSkipEntry */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31146);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81651);
/**
 * Snapshot profiles and the upstream skip rules (docs/upstream.md, lanes 1.5, docs/upstream.md, records 5.1).
 * Pure: no file system, no git.
 */


const SNAPSHOT_PROFILES = ['full', 'staged_linux_rust', 'staged_linux_followup'];
/** Skipped wherever they appear: VCS and tool state, build output. */
const SKIP_AT_ANY_DEPTH = new Set(['.git', '.pikaci', '.direnv', 'target']);
/** Skipped below the root only, so a top-level `build/` (e.g. build scripts) is kept. */
const SKIP_BELOW_ROOT = new Set(['node_modules', '.gradle', 'DerivedData', 'build']);
function skippedAtRoot(profile) {
    switch (profile) {
        case 'full':
            return new Set();
        case 'staged_linux_rust':
            return new Set(['ios', 'android']);
        case 'staged_linux_followup':
            return new Set(['ios']);
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .x)(profile);
    }
}
/** Upstream `should_skip(name, is_root, profile)`: does this directory entry stay out of the snapshot? */
function shouldSkipEntry(name, atRoot, profile) {
    if (SKIP_AT_ANY_DEPTH.has(name))
        return true;
    if (atRoot)
        return skippedAtRoot(profile).has(name);
    return SKIP_BELOW_ROOT.has(name);
}
/**
 * Whether a repository-relative path (`/`-separated, no leading `./`) lies under a skipped entry:
 * the rules are applied to every component, the first one being the root-level entry.
 */
function isSkippedPath(relPath, profile) {
    const components = relPath.split('/');
    return components.some((name, depth) => shouldSkipEntry(name, depth === 0, profile));
}
/**
 * Upstream `snapshot_profile_for_jobs`: any staged job with the `followup` profile ⇒ followup;
 * any staged job ⇒ rust; otherwise the full tree.
 */
function snapshotProfileForJobs(jobs) {
    const staged = jobs.flatMap((job) => {
        const command = (0,_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .stagedLinuxCommand */ .Md)(job);
        return command ? [command] : [];
    });
    if (staged.some((command) => command.snapshot_profile === 'followup'))
        return 'staged_linux_followup';
    if (staged.length > 0)
        return 'staged_linux_rust';
    return 'full';
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


/***/ }),

/***/ 52611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ remoteLayout),
/* harmony export */   Tv: () => (/* binding */ preparedOutputsDir),
/* harmony export */   gy: () => (/* binding */ DEFAULT_WORK_DIR),
/* harmony export */   nR: () => (/* binding */ hostLayout)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21498);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81651);
/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */



/** Work dir W on placement hosts when none is given (README "Host flags"). */
const DEFAULT_WORK_DIR = '/var/tmp/pikaci';
function remoteLayout(workDir, runId, contentHash) {
    const runDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'runs', runId);
    const jobDir = (jobId) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(runDir, 'jobs', jobId);
    return {
        workDir,
        runDir,
        snapshotDir: contentHash
            ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'snapshots', contentHash, 'snapshot')
            : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(runDir, 'snapshot'),
        jobDir,
        artifactsDir: (jobId) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(jobDir(jobId), 'artifacts'),
    };
}
/** The run's snapshot and a job's directory on the host of `placement` (the seam's rule, pure). */
function hostLayout(placement, run, workDir) {
    switch (placement) {
        case 'local':
            return { snapshotDir: run.snapshotDir, jobDir: (jobId) => (0,_records_index_js__WEBPACK_IMPORTED_MODULE_1__/* .jobPaths */ .wt)(run.runDir, jobId).jobDir };
        case 'remote_ssh':
            return remoteLayout(workDir, run.runId, run.contentHash);
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .x)(placement);
    }
}
/**
 * Where a host remembers the prepared outputs realized from one snapshot content hash (on this
 * machine too, under its own W): `W/snapshots/<hash>/prepared-outputs/`. What is remembered is only
 * which store path an output name gave; the path itself stays in Nix's store, and is used again only
 * while Nix still holds it.
 */
function preparedOutputsDir(workDir, contentHash) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'snapshots', contentHash, 'prepared-outputs');
}


/***/ }),

/***/ 70370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
