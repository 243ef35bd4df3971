export const id = 357;
export const ids = [357];
export const modules = {

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97096);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93609);
/** Action inputs read the same way by every command. */


/**
 * `core.getBooleanInput` (YAML 1.2 core schema: `true`/`True`/`TRUE`, `false`/`False`/`FALSE`) with
 * our message for a bad value; empty (an optional workflow input passed through) means `fallback`.
 */
function booleanInput(name, fallback) {
    if (_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) === '')
        return fallback;
    try {
        return _toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt(name);
    }
    catch {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`\`${name}\` must be \`true\` or \`false\`, got ${JSON.stringify(_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name))}`, { where: `input \`${name}\``, hint: 'also accepted: True, TRUE, False, FALSE' });
    }
}


/***/ }),

/***/ 43940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlanCommand: () => (/* binding */ runPlanCommand)
});

// EXTERNAL MODULE: ./src/action/toolkit.ts
var toolkit = __webpack_require__(97096);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/git/index.ts + 3 modules
var src_git = __webpack_require__(24157);
// EXTERNAL MODULE: ./src/github/index.ts + 5 modules
var github = __webpack_require__(36875);
// EXTERNAL MODULE: ./src/manifest/index.ts + 2 modules
var src_manifest = __webpack_require__(98757);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
// EXTERNAL MODULE: ./src/match/index.ts + 2 modules
var match = __webpack_require__(27854);
;// CONCATENATED MODULE: ./src/select/select.ts



/** Select lanes of `input.group`. Throws `InputError` for an unknown explicit lane id or a bad pattern. */
function selectLanes(input) {
    const lanes = input.lanes.filter((lane) => lane.group === input.group);
    const every = (reason) => lanes.map((lane) => row(lane, true, reason));
    if (input.explicitLanes !== undefined) {
        if (input.explicitLanes === 'all')
            return every({ kind: 'explicit' });
        const requested = checkRequested(input.explicitLanes, input);
        return lanes.map((lane) => requested.has(lane.id)
            ? row(lane, true, { kind: 'explicit' })
            : row(lane, false, { kind: 'not_requested' }));
    }
    if (input.group === 'nightly')
        return every({ kind: 'nightly' });
    if (input.reasonOverride !== undefined)
        return every(input.reasonOverride);
    if (input.changed.includes(input.manifestPath))
        return every({ kind: 'manifest_changed', file: input.manifestPath });
    if (input.changed.length === 0)
        return every({ kind: 'empty_diff' });
    const filtered = lanes.filter((lane) => lane.paths.length > 0);
    const decided = matchLanes(filtered, input.changed, input.manifestPath);
    return lanes.map((lane) => {
        if (lane.paths.length === 0)
            return row(lane, true, { kind: 'no_paths' });
        const reason = decided.get(lane.id);
        return row(lane, reason.kind === 'matched', reason);
    });
}
/** One pass over the changed files against every filtered lane at once, stopping when all are decided. */
function matchLanes(lanes, changed, manifestPath) {
    const index = compileLanes(lanes, manifestPath);
    const matched = new Array(lanes.length);
    const excluded = new Array(lanes.length);
    let undecided = lanes.length;
    for (const file of changed) {
        if (undecided === 0)
            break;
        for (const hit of index.matchPath(file)) {
            if (matched[hit.set] !== undefined)
                continue;
            if (hit.matched) {
                matched[hit.set] = { kind: 'matched', file, pattern: hit.glob.source };
                undecided--;
            }
            else {
                excluded[hit.set] ??= { file, pattern: hit.glob.source };
            }
        }
    }
    return new Map(lanes.map((lane, i) => {
        const notMatched = { kind: 'not_matched', changedFiles: changed.length };
        if (excluded[i] !== undefined)
            notMatched.excluded = excluded[i];
        return [lane.id, matched[i] ?? notMatched];
    }));
}
function compileLanes(lanes, manifestPath) {
    try {
        return (0,match/* compilePatternSets */.NK)(lanes.map((lane) => lane.paths));
    }
    catch (error) {
        if (!(error instanceof match/* InvalidGlobError */.Se))
            throw error;
        const lane = lanes.find((candidate) => candidate.paths.includes(error.pattern));
        throw new util/* InputError */.dz(lane ? `lane \`${lane.id}\`: ${error.message}` : error.message, {
            where: lane ? `${manifestPath}:${lane.line}` : manifestPath,
            hint: error.hint,
            cause: error,
        });
    }
}
function checkRequested(ids, input) {
    const inGroup = new Set(input.lanes.filter((lane) => lane.group === input.group).map((lane) => lane.id));
    for (const id of ids) {
        if (inGroup.has(id))
            continue;
        const elsewhere = input.lanes.find((lane) => lane.id === id);
        if (elsewhere !== undefined) {
            throw new util/* InputError */.dz(`lane \`${id}\` is a ${elsewhere.group} lane, not a ${input.group} lane`, {
                where: input.manifestPath,
                hint: `plan the ${elsewhere.group} group to run it (--group ${elsewhere.group})`,
            });
        }
        const known = [...inGroup];
        throw new util/* InputError */.dz(`unknown lane \`${id}\``, {
            where: input.manifestPath,
            hint: (0,util/* didYouMean */.au)(id, known) ??
                (known.length > 0
                    ? `${input.group} lanes: ${known.join(', ')}`
                    : `the manifest has no ${input.group} lanes`),
        });
    }
    return new Set(ids);
}
function row(lane, selected, reason) {
    return { id: lane.id, title: lane.title, selected, reason, explanation: explainReason(reason) };
}
/** A selection reason in words. */
function explainReason(reason) {
    switch (reason.kind) {
        case 'matched':
            return `\`${reason.file}\` matches \`${reason.pattern}\``;
        case 'manifest_changed':
            return `the lane manifest \`${reason.file}\` changed: every branch lane runs`;
        case 'empty_diff':
            return 'no changed files: every branch lane runs';
        case 'no_paths':
            return 'the lane has no `paths`: it always runs';
        case 'nightly':
            return 'nightly: every nightly lane runs';
        case 'explicit':
            return 'requested explicitly';
        case 'not_requested':
            return 'not among the requested lanes';
        case 'all_lanes':
            return reason.why;
        case 'not_matched': {
            const base = reason.changedFiles === 1
                ? "the changed file does not match the lane's paths"
                : `none of the ${reason.changedFiles} changed files matches the lane's paths`;
            return reason.excluded === undefined
                ? base
                : `${base} (\`${reason.excluded.file}\` is excluded by \`${reason.excluded.pattern}\`)`;
        }
        default:
            return (0,util/* assertNever */.xb)(reason);
    }
}
/**
 * Parse a lane list as typed by a person (`--lanes a,b`, the action's `lanes` input): comma- or
 * whitespace-separated ids, or `all`. An empty list is an error: running nothing is not a request.
 */
function parseLaneList(text) {
    const ids = text
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id !== '');
    if (ids.length === 0) {
        throw new InputError('the lane list is empty', { hint: 'name lanes separated by commas, or `all`' });
    }
    if (ids.includes('all')) {
        if (ids.length > 1)
            throw new InputError('`all` cannot be combined with lane ids', { hint: 'pass `all` alone' });
        return 'all';
    }
    return [...new Set(ids)];
}

;// CONCATENATED MODULE: ./src/select/matrix.ts
/** One entry per selected lane, in manifest order. `lanes` must hold every lane a selection names. */
function buildMatrix(lanes, selections) {
    const byId = new Map(lanes.map((lane) => [lane.id, lane]));
    const include = selections
        .filter((selection) => selection.selected)
        .map((selection) => {
        const lane = byId.get(selection.id);
        if (lane === undefined)
            throw new Error(`selection names lane \`${selection.id}\`, which is not in the lane list`);
        return {
            lane: lane.id,
            title: lane.title,
            group: lane.group,
            target: lane.target,
            command: lane.command,
            concurrency_group: lane.concurrency_group,
            runs_on: lane.runs_on,
        };
    });
    return { include };
}

;// CONCATENATED MODULE: ./src/select/index.ts
/** Lane selection (which lanes a change selects, and why) and the job matrix built from it. */



// EXTERNAL MODULE: ./src/sources/index.ts + 2 modules
var sources = __webpack_require__(94383);
;// CONCATENATED MODULE: ./src/action/changes.ts


/** Deepening schedule for a shallow clone: a few rounds, doubling, then give up on git. */
const DEEPEN_ROUNDS = [50, 100, 200];
/**
 * The first look at local history: read-only git, no logging and no network, so `plan` starts it
 * before parsing the catalog and the manifest and the git processes run meanwhile. A rejection is
 * only observed where `resolveChanges` awaits it, so error precedence is unchanged.
 */
function probeLocalHistory(range, git) {
    const probe = locateWithDiff(range, git);
    // Observed later by resolveChanges; until then a rejection is not "unhandled".
    probe.catch(() => undefined);
    return probe;
}
async function resolveChanges(range, sources, probe = probeLocalHistory(range, sources.git)) {
    const warnings = [];
    const { git } = sources;
    const first = await probe;
    let located = first.located;
    let prefetched = first.files;
    let deepened = 0;
    // In a shallow clone a base that looks unrelated may only be cut off by the shallow boundary.
    if (located.kind !== 'found' && (await git.isShallow())) {
        for (const [round, depth] of DEEPEN_ROUNDS.entries()) {
            sources.info(`${located.why}; shallow clone: git fetch --deepen=${depth} (round ${round + 1}/${DEEPEN_ROUNDS.length})`);
            try {
                await git.fetchDeepen(depth);
            }
            catch (error) {
                // No remote access (e.g. `persist-credentials: false`): the API or the all-lanes rule decides.
                warnings.push(`git fetch --deepen=${depth} failed: ${(0,util/* errorMessage */.gJ)(error)}`);
                break;
            }
            deepened++;
            located = await locate(range, git);
            prefetched = null;
            if (located.kind === 'found')
                break;
        }
    }
    switch (located.kind) {
        case 'found': {
            const files = prefetched ?? (await git.changedFiles(located.from, range.head));
            const how = range.compare === 'merge-base'
                ? `git diff from the merge base ${(0,github/* short */.h0)(located.from)} of base ${(0,github/* short */.h0)(range.base)} and head ${(0,github/* short */.h0)(range.head)}: ${count(files.length)}`
                : `git diff ${(0,github/* short */.h0)(range.base)}..${(0,github/* short */.h0)(range.head)}: ${count(files.length)}`;
            return { kind: 'files', source: 'git', base: located.from, head: range.head, files, how, warnings };
        }
        case 'diverged': {
            const reason = located.why;
            warnings.push(`${reason}; planning every branch lane`);
            return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
        }
        case 'missing':
            break;
    }
    const missing = deepened === 0 ? located.why : `${located.why} (after ${deepened} rounds of git fetch --deepen)`;
    const pr = range.pullRequest;
    if (pr === null) {
        const reason = `${located.why}: cannot diff without history`;
        warnings.push(`${missing}; planning every branch lane. Check out with \`fetch-depth: 0\` to plan from the diff.`);
        return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
    }
    if (sources.listPullRequestFiles === null) {
        const reason = `${located.why} and no token for the PR files API`;
        warnings.push(`${missing} and the \`token\` input is empty; planning every branch lane.`);
        return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
    }
    if (pr.changedFiles !== null && pr.changedFiles >= github/* PR_FILES_API_CAP */.bq) {
        return tooManyFiles(range, pr, pr.changedFiles, warnings);
    }
    sources.info(`${missing}; listing the files of PR #${pr.number} through the REST API`);
    const listed = await sources.listPullRequestFiles(pr);
    if (listed.truncated)
        return tooManyFiles(range, pr, listed.entries, warnings);
    warnings.push(`${missing}; used the PR files API instead. Check out with \`fetch-depth: 0\` to diff locally.`);
    return {
        kind: 'files',
        source: 'api',
        base: range.base,
        head: range.head,
        files: listed.files,
        how: `PR #${pr.number} files API (local history incomplete): ${count(listed.entries)}`,
        warnings,
    };
}
function tooManyFiles(range, pr, files, warnings) {
    const reason = `PR #${pr.number} changes ${files} or more files, over the PR files API cap of ${github/* PR_FILES_API_CAP */.bq}`;
    warnings.push(`${reason}; planning every branch lane. Check out with \`fetch-depth: 0\` to diff locally.`);
    return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
}
function settle(promise) {
    return promise.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
}
/**
 * `locate`, then the diff when found, in two git processes: `merge-base` (or `merge-base
 * --is-ancestor`, with the two-dot diff run alongside it) exits 0 or 1 only when both commits
 * exist, so the two existence checks `locate` starts with are needed only when it fails — and
 * then `locate` runs as is, giving the same answer or the same error as it always has.
 */
async function locateWithDiff(range, git) {
    switch (range.compare) {
        case 'merge-base': {
            const from = await settle(git.mergeBase(range.base, range.head));
            if (!from.ok)
                return { located: await locate(range, git), files: null };
            if (from.value === null)
                return { located: noMergeBase(range), files: null };
            return {
                located: { kind: 'found', from: from.value },
                files: await git.changedFiles(from.value, range.head),
            };
        }
        case 'two-dot': {
            const [ancestor, files] = await Promise.all([
                settle(git.isAncestor(range.base, range.head)),
                settle(git.changedFiles(range.base, range.head)),
            ]);
            if (!ancestor.ok)
                return { located: await locate(range, git), files: null };
            if (!ancestor.value)
                return { located: rewritten(range), files: null };
            if (!files.ok)
                throw files.error;
            return { located: { kind: 'found', from: range.base }, files: files.value };
        }
    }
}
async function locate(range, git) {
    for (const [role, commit] of [
        ['head', range.head],
        ['base', range.base],
    ]) {
        if (!(await git.hasCommit(commit)))
            return { kind: 'missing', why: `${role} ${(0,github/* short */.h0)(commit)} is not in the local history` };
    }
    switch (range.compare) {
        case 'merge-base': {
            const from = await git.mergeBase(range.base, range.head);
            return from === null ? noMergeBase(range) : { kind: 'found', from };
        }
        case 'two-dot':
            return (await git.isAncestor(range.base, range.head))
                ? { kind: 'found', from: range.base }
                : rewritten(range);
    }
}
function noMergeBase(range) {
    return {
        kind: 'missing',
        why: `no merge base of ${(0,github/* short */.h0)(range.base)} and ${(0,github/* short */.h0)(range.head)} in the local history`,
    };
}
/**
 * A push whose `before` is not an ancestor of `after` rewrote history even when `forced` is unset;
 * a diff between unrelated tips would plan lanes for someone else's changes.
 */
function rewritten(range) {
    return {
        kind: 'diverged',
        why: `${(0,github/* short */.h0)(range.base)} is not an ancestor of ${(0,github/* short */.h0)(range.head)} (history was rewritten)`,
    };
}
function count(n) {
    return n === 1 ? '1 changed file' : `${n} changed files`;
}

// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
;// CONCATENATED MODULE: ./src/action/fork.ts
/** Labels of GitHub-hosted images; any other label (or `self-hosted`) is treated as self-hosted. */
const HOSTED_LABEL = /^(ubuntu|windows|macos)-[\w.-]+$/;
function runsOnSelfHosted(runsOn) {
    const labels = typeof runsOn === 'string' ? [runsOn] : runsOn;
    return labels.length === 0 || labels.some((label) => label === 'self-hosted' || !HOSTED_LABEL.test(label));
}
/**
 * The fork a `pull_request` comes from, or null: same repository, other events,
 * `pull_request_target` (runs the base's code), or a payload without repository fields.
 */
function forkOf(event, repository) {
    if (event.kind !== 'pull_request' || event.name !== 'pull_request')
        return null;
    const head = event.pullRequest.headRepository;
    const base = event.pullRequest.baseRepository ?? repository;
    if (head === null)
        return null;
    if (head === 'deleted')
        return '(a deleted fork)';
    return head.toLowerCase() === base.toLowerCase() ? null : head;
}
function applyForkPolicy(include, fork, allowForks) {
    if (fork === null || allowForks)
        return { include: [...include], blocked: [] };
    const blocked = [];
    const kept = [];
    for (const entry of include) {
        if (!runsOnSelfHosted(entry.runs_on))
            kept.push(entry);
        else {
            blocked.push({
                lane: entry.lane,
                title: entry.title,
                reason: `not run: this pull request comes from the fork ${fork}, and the lane runs on self-hosted runners (${JSON.stringify(entry.runs_on)}); a maintainer can run it with workflow_dispatch, or set \`allow-forks: true\` on the plan step`,
            });
        }
    }
    return { include: kept, blocked };
}

// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(31658);
;// CONCATENATED MODULE: ./src/action/plan.ts
/**
 * `command: plan` — which lanes this event touches. Reads the event, finds the diff (git, deepening
 * a shallow clone, else the PR files API, else a stated rule), selects lanes from the manifest and
 * writes the matrix, the lane ids, `any`, the full plan as JSON, a log and a job summary.
 */














async function runPlanCommand() {
    const inputs = {
        manifest: toolkit/* getInput */.V4('manifest'),
        catalog: toolkit/* getInput */.V4('catalog'),
        lanes: toolkit/* getInput */.V4('lanes'),
        group: toolkit/* getInput */.V4('group'),
        token: toolkit/* getInput */.V4('token'),
        allowForks: (0,action_inputs/* booleanInput */.t)('allow-forks', false),
        checks: (0,action_inputs/* booleanInput */.t)('checks', false),
        skipIfPassed: (0,action_inputs/* booleanInput */.t)('skip-if-passed', false),
    };
    const workspace = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
    const { plan, context } = await withWorkflowCommandsStopped(async () => {
        const planned = await planEvent(inputs, workspace, process.env);
        for (const line of (0,report/* planLogLines */.hd)(planned.plan, planned.context))
            toolkit/* info */.pq(line);
        return planned;
    });
    for (const warning of context.warnings)
        toolkit/* warning */.$e(warning);
    let passed = '';
    if (inputs.skipIfPassed) {
        // README "Skipping lanes that already passed": mark the legs whose pass key already passed.
        // Loaded only here: it brings the executor's modules, which a plan otherwise never loads.
        const { markPassedLanes } = await Promise.all(/* import() */[__webpack_require__.e(603), __webpack_require__.e(56), __webpack_require__.e(939), __webpack_require__.e(720), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 9207));
        if (plan.event === 'pull_request_target')
            toolkit/* warning */.$e('skip-if-passed: pull_request_target reads the base revision; no lane is marked');
        else
            passed = await markPassedLanes(plan.matrix.include, { ...inputs, workspace, env: process.env });
    }
    toolkit/* setOutput */.uH('matrix', JSON.stringify(plan.matrix));
    toolkit/* setOutput */.uH('lanes', JSON.stringify(plan.matrix.include.map((entry) => entry.lane)));
    toolkit/* setOutput */.uH('any', plan.matrix.include.length > 0 ? 'true' : 'false');
    toolkit/* setOutput */.uH('plan', JSON.stringify(plan));
    for (const lane of plan.blocked)
        toolkit/* warning */.$e(`${lane.lane}: ${lane.reason}`);
    if (process.env['GITHUB_STEP_SUMMARY']) {
        await toolkit/* summary */.z
            .addRaw((0,report/* planSummaryMarkdown */.Xq)(plan, context) + blockedMarkdown(plan.blocked) + passed)
            .write();
    }
    if (inputs.checks)
        await createSkippedChecks(plan, inputs.token, process.env);
}
/**
 * The plan log shows repository data (file names, lane ids and titles, reasons): a committed file
 * named `x\n::error::…` must not become a workflow command. Everything logged while `body` runs is
 * fenced by `::stop-commands::` with an unguessable token (README "Security"); the fence is closed
 * on every path, so warnings and the failure message after it are commands again.
 */
async function withWorkflowCommandsStopped(body) {
    const token = (0,external_node_crypto_.randomUUID)();
    toolkit/* info */.pq(`::stop-commands::${token}`);
    try {
        return await body();
    }
    finally {
        toolkit/* info */.pq(`::${token}::`);
    }
}
function blockedMarkdown(blocked) {
    if (blocked.length === 0)
        return '';
    const lines = ['', '### Not run on this fork PR', ''];
    for (const lane of blocked)
        lines.push(`- \`${lane.lane}\` (${(0,report/* markdownText */.p7)(lane.title)}): ${(0,report/* markdownText */.p7)(lane.reason)}`);
    return `${lines.join('\n')}\n`;
}
/**
 * `checks: true`: a completed `skipped` check run, named by lane title, for each lane the change does
 * not touch, so a branch protection rule that requires per-lane checks does not wait forever. The
 * selected lanes report through their own matrix job (named by title). A failure is a warning.
 */
async function createSkippedChecks(plan, token, env) {
    const headSha = plan.head ?? env['GITHUB_SHA'] ?? '';
    if (token === '' || headSha === '') {
        toolkit/* warning */.$e('`checks: true` needs the `token` input and a head commit; no per-lane check runs were created');
        return;
    }
    const { createCompletedCheckRun } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 36875));
    const target = { token, repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] || null };
    for (const lane of plan.lanes.filter((candidate) => !candidate.selected)) {
        try {
            await createCompletedCheckRun(target, {
                name: lane.title,
                headSha,
                conclusion: 'skipped',
                title: 'not affected by this change',
                summary: `Lane \`${lane.id}\` was not planned: ${lane.reason}`,
            });
        }
        catch (error) {
            toolkit/* warning */.$e(`per-lane check runs not created: ${(0,util/* errorMessage */.gJ)(error)}`);
            return;
        }
    }
}
async function planEvent(inputs, workspace, env) {
    const manifestPath = repoRelative(inputs.manifest || sources.DEFAULT_MANIFEST);
    const lanes = (0,github/* parseLaneRequest */.uN)(inputs.lanes);
    const event = await (0,github/* readEvent */.j_)(env);
    const range = (0,github/* resolveDiffRange */.jr)(event, { group: (0,github/* parseGroupInput */.bz)(inputs.group), lanes });
    const git = (0,src_git.createGit)(workspace);
    // Read-only local git runs while the catalog and manifest are parsed; its result (or error) is
    // taken up by resolveChanges below, after the manifest's own errors.
    const probe = range.kind === 'diff' ? probeLocalHistory(range, git) : undefined;
    // Plan needs the catalog's target ids only (src/catalog/ids.ts): not the catalog parsed in full.
    const { ids: manifestOptions } = await (0,sources/* loadSourceCatalogIds */.Hs)({
        catalog: inputs.catalog === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.catalog),
        repoRoot: workspace,
    });
    // A workspace manifest is read before any git or network work, so its errors come first.
    const manifestRevision = range.kind === 'diff' ? range.manifestRevision : null;
    const workspaceManifest = manifestRevision === null ? await readWorkspaceManifest(workspace, manifestPath, manifestOptions) : null;
    const changes = range.kind === 'diff' ? await resolveChanges(range, changeSources(git, inputs.token, env), probe) : null;
    const manifest = workspaceManifest ?? (await readManifestAt(git, manifestRevision, manifestPath, manifestOptions));
    const selectInput = {
        lanes: (0,src_manifest.allLanes)(manifest),
        group: range.kind === 'rule' ? range.group : 'branch',
        changed: changes?.kind === 'files' ? changes.files : [],
        manifestPath,
        ...overrides(range, changes),
    };
    const selections = selectLanes(selectInput);
    const matrix = buildMatrix(selectInput.lanes, selections);
    const fork = forkOf(event, env['GITHUB_REPOSITORY'] ?? '');
    const forkPolicy = applyForkPolicy(matrix.include, fork, inputs.allowForks);
    const plan = {
        event: event.name,
        base: changes?.base ?? null,
        head: changes?.head ?? (range.kind === 'rule' ? range.head : null),
        diff_source: changes?.kind === 'files' ? changes.source : 'rule',
        lanes: selections.map((s) => ({ id: s.id, title: s.title, selected: s.selected, reason: s.explanation })),
        matrix: { include: forkPolicy.include },
        blocked: forkPolicy.blocked,
    };
    const context = {
        how: changes?.how ?? (range.kind === 'rule' ? range.reason : ''),
        manifest: manifestRevision === null
            ? `${manifestPath} (workspace)`
            : `${manifestPath} at base ${(0,github/* short */.h0)(manifestRevision)} (pull_request_target never reads the PR's manifest)`,
        warnings: changes?.warnings ?? [],
    };
    return { plan, context };
}
function overrides(range, changes) {
    if (range.kind === 'rule') {
        if (range.lanes.kind === 'ids')
            return { explicitLanes: range.lanes.ids };
        return range.group === 'nightly' ? {} : { reasonOverride: { kind: 'all_lanes', why: range.reason } };
    }
    return changes?.kind === 'all' ? { reasonOverride: { kind: 'all_lanes', why: changes.reason } } : {};
}
function changeSources(git, token, env) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const apiUrl = env['GITHUB_API_URL'] || null;
    return {
        git,
        info: (message) => toolkit/* info */.pq(message),
        listPullRequestFiles: token === ''
            ? null
            : (pr) => (0,github/* listPullRequestFiles */.cq)({ token, repository, number: pr.number, apiUrl }),
    };
}
async function readWorkspaceManifest(workspace, manifestPath, options) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, manifestPath), 'utf8');
    }
    catch (error) {
        throw new util/* InputError */.dz(`cannot read the lane manifest: ${error.message}`, {
            where: manifestPath,
            hint: 'set the `manifest` input to the manifest path relative to the repository root, and check out the repository first',
        });
    }
    return (0,src_manifest/* parseManifest */.Ng)(text, manifestPath, options);
}
/** pull_request_target: the manifest of the base revision, so the PR cannot choose what runs with secrets. */
async function readManifestAt(git, revision, manifestPath, options) {
    let text;
    try {
        text = await git.showFile(revision, manifestPath);
    }
    catch (error) {
        throw (0,util/* withContext */.eQ)(`pull_request_target reads the lane manifest from the base revision ${(0,github/* short */.h0)(revision)}, and cannot`, error);
    }
    return (0,src_manifest/* parseManifest */.Ng)(text, `${manifestPath}@${(0,github/* short */.h0)(revision)}`, options);
}
/** The manifest input as a repo-relative POSIX path, the form changed-file lists use. */
function repoRelative(path) {
    if ((0,external_node_path_.isAbsolute)(path)) {
        throw new util/* InputError */.dz(`the \`manifest\` input must be relative to the repository root, got ${path}`, {
            where: 'input `manifest`',
        });
    }
    return external_node_path_.posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}


/***/ }),

/***/ 49802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nS: () => (/* reexport */ DEFAULT_LOCK_TIMEOUT_SECS),
  t6: () => (/* reexport */ acquireGroupLock),
  m3: () => (/* reexport */ groupJobsFile),
  f1: () => (/* reexport */ startHolder),
  R4: () => (/* reexport */ validateGroupName)
});

// UNUSED EXPORTS: JOBS_GONE_TIMEOUT_SECS, groupLockFile

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/locks/holder.ts
/**
 * A holder: one process run over a transport that takes something on the host (a `flock`), says so
 * on its stdout, and keeps it until its stdin ends (docs/design.md decision 8). A normal release
 * ends stdin; a cancelled or crashed runner closes its pipe or its SSH connection, so what is held
 * is let go on every exit path without stale detection. Concurrency groups (`./group-lock.ts`) and
 * the Tart backend's VM slots are held this way.
 */

function startHolder(transport, options) {
    const stdin = new external_node_stream_.PassThrough();
    let pending = '';
    let markHeld = () => undefined;
    const heldNow = new Promise((resolve) => (markHeld = resolve));
    const running = transport.exec({
        argv: options.argv,
        stdin,
        ...(options.signal ? { signal: options.signal } : {}),
        onStdout: (chunk) => {
            pending += chunk.toString('utf8');
            let newline = pending.indexOf('\n');
            while (newline !== -1) {
                if (options.onLine(pending.slice(0, newline)))
                    markHeld();
                pending = pending.slice(newline + 1);
                newline = pending.indexOf('\n');
            }
        },
    });
    const held = Promise.race([heldNow.then(() => null), running]).then((first) => {
        if (first !== null)
            stdin.end();
        return first;
    });
    let released;
    return {
        held,
        release() {
            released ??= (stdin.end(), running);
            return released;
        },
    };
}

;// CONCATENATED MODULE: ./src/locks/group-lock.ts
/**
 * Concurrency groups as real locks (docs/design.md decision 8): an exclusive `flock(1)` on
 * `<work dir>/locks/<group>.lock` on the placement host, held by one long-lived `flock`-holding
 * shell that runs over the run's own transport and reads its stdin until EOF.
 *
 * Why this shape (`./holder.ts`): the lock dies with its holder on every exit path without stale
 * detection. A normal release ends stdin; a cancelled or crashed runner closes its pipe (local) or
 * its SSH connection (remote), the holder's `cat` sees EOF or the session is torn down, the shell
 * exits and the kernel drops the lock. No pid files are trusted; the `.holder` file is only shown
 * to waiters.
 *
 * The group is only let go once the run's remote job processes are gone, not merely once its
 * connection is: each supervised job's watcher (`src/backends/host-process/supervisor.ts`) holds a shared flock on
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
        throw new util/* InputError */.dz(`invalid concurrency group \`${group}\``, {
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
        throw new util/* InputError */.dz(`lock timeout must be a non-negative integer of seconds, got ${options.timeoutSecs}`);
    }
    const host = transport.hostLabel;
    const holder = options.holder ?? `pid ${process.pid} on ${(0,external_node_os_.hostname)()}`;
    const started = Date.now();
    let waited = false;
    const held = startHolder(transport, {
        argv: ['sh', '-c', HOLDER_SCRIPT, 'pikaci-lock', lockFile, String(options.timeoutSecs), holder],
        ...(options.signal ? { signal: options.signal } : {}),
        onLine(line) {
            if (line.startsWith('waiting ')) {
                waited = true;
                options.log(`[pikaci] concurrency group \`${options.group}\` is held on ${host} (last holder: ${line.slice(8)}); waiting up to ${options.timeoutSecs}s`);
            }
            else if (line === 'jobs-still-running') {
                options.log(`[pikaci] job processes of concurrency group \`${options.group}\` on ${host} were still running ${JOBS_GONE_TIMEOUT_SECS}s after the run let go; releasing the group anyway (pikaci gc --processes finds them)`);
            }
            return line === 'acquired';
        },
    });
    const first = await held.held;
    if (first !== null) {
        const waited = Math.round((Date.now() - started) / 1000);
        if (first.cancelled)
            throw new util/* PikaciError */.uy(`cancelled while waiting for concurrency group \`${options.group}\``);
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new util/* PikaciError */.uy(`timed out after ${waited}s waiting for concurrency group \`${options.group}\` on ${host} (${lockFile})`, { hint: 'another run holds the group; raise --lock-timeout or wait for it to finish' });
        }
        const how = first.connectionLost
            ? 'connection lost'
            : `exit ${first.exitCode ?? first.signal ?? 'unknown'}`;
        throw new util/* PikaciError */.uy(`could not take the lock for concurrency group \`${options.group}\` on ${host} (${lockFile}): ${how}`, { hint: 'the host needs flock(1) (util-linux) and a writable work dir' });
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
                await held.release();
                options.log(`[pikaci] released concurrency group \`${options.group}\` on ${host}`);
            })();
            return released;
        },
    };
}

;// CONCATENATED MODULE: ./src/locks/index.ts
/** Concurrency-group locks held on a placement host for the duration of a run (docs/design.md decision 8). */




/***/ }),

/***/ 94383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MANIFEST: () => (/* reexport */ DEFAULT_MANIFEST),
  loadRunSources: () => (/* reexport */ loadRunSources),
  Hs: () => (/* reexport */ loadSourceCatalogIds)
});

// UNUSED EXPORTS: loadLaneSources, loadSourceCatalog, loadSources, requireManifest

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
;// CONCATENATED MODULE: ./src/sources/load.ts
/**
 * The one loader of a repository's catalog and lane manifest, for `pikaci plan`, `run` (and
 * `--affected`), `rerun`, `targets`, `lanes` and the action's `run`; the action's `plan` takes its
 * catalog from here too (README "Lane manifest and catalog"): the repository root, the catalog
 * (`--catalog`, else `ci/pikaci-catalog.toml`, else the bundled one), the manifest (`--manifest`,
 * else `DEFAULT_MANIFEST` in the repository) and the catalog bound to it.
 *
 * What it loads is imported when it is asked for: the CLI names `DEFAULT_MANIFEST` in its help
 * without loading the catalog's and the manifest's dependencies.
 */



/** Where a repository keeps its lane manifest, relative to its root (README "Lane manifest and catalog"). */
const DEFAULT_MANIFEST = 'ci/forge-lanes.toml';
async function loadSources(request) {
    const { repoRoot, manifestFile, present } = await locate(request);
    const { catalog, source } = await loadSourceCatalog({ catalog: request.catalog, repoRoot });
    const base = { repoRoot, catalogSource: source, manifestFile };
    if (!present)
        return { ...base, catalog, manifest: null, manifestRelative: null, lanes: [] };
    const { bindManifest, manifestOptionsFor } = await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 15799));
    const lanes = await loadLanes(repoRoot, manifestFile, manifestOptionsFor(catalog));
    return { ...base, ...lanes, catalog: bindManifest(catalog, lanes.manifest) };
}
/**
 * The manifest and its lanes, checked against the catalog's target ids only (`loadSourceCatalogIds`):
 * what `pikaci plan` reads, as the action's plan step does. Staged targets are not bound: plan rules
 * read lanes only.
 */
async function loadLaneSources(request) {
    const { repoRoot, manifestFile, present } = await locate(request);
    const { ids, source } = await loadSourceCatalogIds({ catalog: request.catalog, repoRoot });
    const base = { repoRoot, catalogSource: source, manifestFile };
    if (!present)
        return { ...base, manifest: null, manifestRelative: null, lanes: [] };
    return { ...base, ...(await loadLanes(repoRoot, manifestFile, ids)) };
}
/** The repository and the manifest file; a missing one is an error where the request says so. */
async function locate(request) {
    const repoRoot = request.repoRoot ?? (await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 24157))).repoRoot());
    const manifestFile = request.manifest !== undefined ? (0,external_node_path_.resolve)(request.manifest) : (0,external_node_path_.join)(repoRoot, DEFAULT_MANIFEST);
    const present = (0,external_node_fs_.existsSync)(manifestFile);
    if (!present && (request.manifest !== undefined || request.manifestNeed === 'required')) {
        throw missingManifest(manifestFile, request.repoOption);
    }
    return { repoRoot, manifestFile, present };
}
async function loadLanes(repoRoot, manifestFile, ids) {
    const { allLanes, loadManifest } = await __webpack_require__.e(/* import() */ 757).then(__webpack_require__.bind(__webpack_require__, 98757));
    const manifest = await loadManifest(manifestFile, ids);
    return {
        manifest,
        manifestRelative: (0,external_node_path_.relative)(repoRoot, manifestFile).split(external_node_path_.sep).join('/'),
        lanes: allLanes(manifest),
    };
}
/**
 * The catalog alone: `catalog` (as given), else the repository's `ci/pikaci-catalog.toml`, else the
 * bundled one (`resolveCatalogPath`). The action's `plan` reads its manifest itself (from the
 * workspace, or the base revision for `pull_request_target`) and its catalog here.
 */
async function loadSourceCatalog(request) {
    const { loadCatalog, resolveCatalogPath } = await __webpack_require__.e(/* import() */ 799).then(__webpack_require__.bind(__webpack_require__, 15799));
    const location = resolveCatalogPath({ flag: request.catalog, repoRoot: request.repoRoot });
    return { catalog: await loadCatalog(location.path), source: location.source };
}
/**
 * The catalog's target ids alone, which is all a plan needs: from the bundled catalog's build-time
 * index while it matches, else by loading the catalog (src/catalog/ids.ts). The catalog is found as
 * `loadSourceCatalog` finds it.
 */
async function loadSourceCatalogIds(request) {
    // The catalog's light entry, not its index: the index loads the catalog schemas.
    const { loadCatalogIds, resolveCatalogPath } = await __webpack_require__.e(/* import() */ 389).then(__webpack_require__.bind(__webpack_require__, 31389));
    const location = resolveCatalogPath({ flag: request.catalog, repoRoot: request.repoRoot });
    return { ids: await loadCatalogIds(location), source: location.source };
}
/** The manifest of `sources`, which a caller that loaded them with `manifestNeed: 'optional'` now needs. */
function requireManifest(sources, repoOption) {
    if (sources.manifest === null)
        throw missingManifest(sources.manifestFile, repoOption);
    return sources.manifest;
}
function missingManifest(file, repoOption) {
    return new util/* InputError */.dz(`lane manifest \`${file}\` does not exist`, {
        where: '--manifest',
        hint: `pass --manifest PATH, or run in a repository that has ${DEFAULT_MANIFEST}${repoOption ? ` (${repoOption})` : ''}`,
    });
}

;// CONCATENATED MODULE: ./src/sources/run.ts

async function loadRunSources(flags) {
    const { resolveStateRoot } = await __webpack_require__.e(/* import() */ 56).then(__webpack_require__.bind(__webpack_require__, 21056));
    const { runJobs } = await Promise.all(/* import() */[__webpack_require__.e(603), __webpack_require__.e(56), __webpack_require__.e(939), __webpack_require__.e(664)]).then(__webpack_require__.bind(__webpack_require__, 94664));
    const { nixBuildOptionsFromEnv, nixPrepareHandlers } = await Promise.all(/* import() */[__webpack_require__.e(603), __webpack_require__.e(56), __webpack_require__.e(939), __webpack_require__.e(720), __webpack_require__.e(126)]).then(__webpack_require__.bind(__webpack_require__, 85126));
    const sources = await loadSources({ ...flags, manifestNeed: 'optional' });
    const { repoRoot, catalog, manifest } = sources;
    const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
    const includeLocalChanges = process.env['CI'] !== 'true';
    return {
        repoRoot,
        stateRoot,
        sources,
        runnable: {
            targets: catalog.targets,
            lanes: sources.lanes,
            catalogPath: catalog.path,
            manifestPath: manifest === null ? null : sources.manifestFile,
        },
        manifestRelative: sources.manifestRelative,
        includeLocalChanges,
        run: (options) => runJobs({
            ...options,
            stateRoot,
            sourceRoot: repoRoot,
            includeLocalChanges: options.includeLocalChanges ?? includeLocalChanges,
            prepare: nixPrepareHandlers(nixBuildOptionsFromEnv()),
        }),
    };
}

;// CONCATENATED MODULE: ./src/sources/index.ts
/**
 * A repository's catalog and lane manifest, loaded one way for the CLI and the action alike
 * (`loadSources`), and what a run is made of (`loadRunSources`). Importing this module loads neither
 * the catalog's nor the orchestration's dependencies: its functions import them when called.
 */




/***/ })

};
