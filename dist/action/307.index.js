export const id = 307;
export const ids = [307];
export const modules = {

/***/ 74307:
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
// EXTERNAL MODULE: ./src/git/git.ts
var git_git = __webpack_require__(10308);
// EXTERNAL MODULE: ./src/github/range.ts
var github_range = __webpack_require__(86406);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(85015);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/github/pr-files.ts
/**
 * The PR files REST endpoint (`GET /repos/{owner}/{repo}/pulls/{n}/files`), the stand-in for git
 * history a shallow checkout lacks. GitHub returns at most 3000 files for a PR.
 */

/** The endpoint's documented cap: a PR with more files lists only the first 3000. */
const PR_FILES_API_CAP = 3000;
async function listPullRequestFiles(request) {
    const [owner, repo, ...rest] = request.repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* PikaciError */.uy(`GITHUB_REPOSITORY must be \`owner/name\`, got ${JSON.stringify(request.repository)}`);
    }
    // Imported here, not at the top: @actions/github parses GITHUB_EVENT_PATH on import and costs
    // start-up time that the git path does not need.
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(request.token, request.apiUrl ? { baseUrl: request.apiUrl } : {});
    const files = [];
    let entries = 0;
    try {
        const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
            owner,
            repo,
            pull_number: request.number,
            per_page: 100,
        });
        for await (const page of pages) {
            for (const entry of page.data) {
                entries++;
                files.push(entry.filename);
                if (entry.previous_filename)
                    files.push(entry.previous_filename);
            }
        }
    }
    catch (error) {
        throw new errors/* PikaciError */.uy(`listing the files of PR #${request.number} in ${request.repository} failed: ${error.message}`, {
            hint: 'the token needs `pull-requests: read` (and `contents: read`); or check out with `fetch-depth: 0`',
            cause: error,
        });
    }
    return { files, entries, truncated: entries >= PR_FILES_API_CAP };
}

// EXTERNAL MODULE: ./src/manifest/load.ts + 2 modules
var load = __webpack_require__(87290);
// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: ./src/match/glob.ts
var match_glob = __webpack_require__(3199);
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
            glob = (0,match_glob/* compileGlob */.SO)(pattern);
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
                (0,assert_never/* assertNever */.x)(shape);
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
        return compilePatternSets(lanes.map((lane) => lane.paths));
    }
    catch (error) {
        if (!(error instanceof match_glob/* InvalidGlobError */.Se))
            throw error;
        const lane = lanes.find((candidate) => candidate.paths.includes(error.pattern));
        throw new errors/* InputError */.dz(lane ? `lane \`${lane.id}\`: ${error.message}` : error.message, {
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
            throw new errors/* InputError */.dz(`lane \`${id}\` is a ${elsewhere.group} lane, not a ${input.group} lane`, {
                where: input.manifestPath,
                hint: `plan the ${elsewhere.group} group to run it (--group ${elsewhere.group})`,
            });
        }
        const known = [...inGroup];
        throw new errors/* InputError */.dz(`unknown lane \`${id}\``, {
            where: input.manifestPath,
            hint: (0,errors/* didYouMean */.au)(id, known) ??
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
            return (0,assert_never/* assertNever */.x)(reason);
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

// EXTERNAL MODULE: ./src/sources/load.ts
var sources_load = __webpack_require__(28788);
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
                warnings.push(`git fetch --deepen=${depth} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
                ? `git diff from the merge base ${(0,github_range/* short */.h0)(located.from)} of base ${(0,github_range/* short */.h0)(range.base)} and head ${(0,github_range/* short */.h0)(range.head)}: ${count(files.length)}`
                : `git diff ${(0,github_range/* short */.h0)(range.base)}..${(0,github_range/* short */.h0)(range.head)}: ${count(files.length)}`;
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
    if (pr.changedFiles !== null && pr.changedFiles >= PR_FILES_API_CAP) {
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
    const reason = `PR #${pr.number} changes ${files} or more files, over the PR files API cap of ${PR_FILES_API_CAP}`;
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
            return { kind: 'missing', why: `${role} ${(0,github_range/* short */.h0)(commit)} is not in the local history` };
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
        why: `no merge base of ${(0,github_range/* short */.h0)(range.base)} and ${(0,github_range/* short */.h0)(range.head)} in the local history`,
    };
}
/**
 * A push whose `before` is not an ancestor of `after` rewrote history even when `forced` is unset;
 * a diff between unrelated tips would plan lanes for someone else's changes.
 */
function rewritten(range) {
    return {
        kind: 'diverged',
        why: `${(0,github_range/* short */.h0)(range.base)} is not an ancestor of ${(0,github_range/* short */.h0)(range.head)} (history was rewritten)`,
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
        const { markPassedLanes } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(594), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 42475));
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
    const { createCompletedCheckRun } = await __webpack_require__.e(/* import() */ 20).then(__webpack_require__.bind(__webpack_require__, 98991));
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
            toolkit/* warning */.$e(`per-lane check runs not created: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return;
        }
    }
}
async function planEvent(inputs, workspace, env) {
    const manifestPath = repoRelative(inputs.manifest || sources_load/* DEFAULT_MANIFEST */.mj);
    const lanes = (0,github_range/* parseLaneRequest */.bq)(inputs.lanes);
    const event = await (0,github_event/* readEvent */.j_)(env);
    const range = (0,github_range/* resolveDiffRange */.jr)(event, { group: (0,github_range/* parseGroupInput */.bz)(inputs.group), lanes });
    const git = (0,git_git/* createGit */.lD)(workspace);
    // Read-only local git runs while the catalog and manifest are parsed; its result (or error) is
    // taken up by resolveChanges below, after the manifest's own errors.
    const probe = range.kind === 'diff' ? probeLocalHistory(range, git) : undefined;
    // Plan needs the catalog's target ids only (src/catalog/ids.ts): not the catalog parsed in full.
    const { ids: manifestOptions } = await (0,sources_load/* loadSourceCatalogIds */.Hs)({
        catalog: inputs.catalog === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.catalog),
        repoRoot: workspace,
    });
    // A workspace manifest is read before any git or network work, so its errors come first.
    const manifestRevision = range.kind === 'diff' ? range.manifestRevision : null;
    const workspaceManifest = manifestRevision === null ? await readWorkspaceManifest(workspace, manifestPath, manifestOptions) : null;
    const changes = range.kind === 'diff' ? await resolveChanges(range, changeSources(git, inputs.token, env), probe) : null;
    const manifest = workspaceManifest ?? (await readManifestAt(git, manifestRevision, manifestPath, manifestOptions));
    const selectInput = {
        lanes: (0,load/* allLanes */.bw)(manifest),
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
            : `${manifestPath} at base ${(0,github_range/* short */.h0)(manifestRevision)} (pull_request_target never reads the PR's manifest)`,
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
            : (pr) => listPullRequestFiles({ token, repository, number: pr.number, apiUrl }),
    };
}
async function readWorkspaceManifest(workspace, manifestPath, options) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(workspace, manifestPath), 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`cannot read the lane manifest: ${error.message}`, {
            where: manifestPath,
            hint: 'set the `manifest` input to the manifest path relative to the repository root, and check out the repository first',
        });
    }
    return (0,load/* parseManifest */.Ng)(text, manifestPath, options);
}
/** pull_request_target: the manifest of the base revision, so the PR cannot choose what runs with secrets. */
async function readManifestAt(git, revision, manifestPath, options) {
    let text;
    try {
        text = await git.showFile(revision, manifestPath);
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`pull_request_target reads the lane manifest from the base revision ${(0,github_range/* short */.h0)(revision)}, and cannot`, error);
    }
    return (0,load/* parseManifest */.Ng)(text, `${manifestPath}@${(0,github_range/* short */.h0)(revision)}`, options);
}
/** The manifest input as a repo-relative POSIX path, the form changed-file lists use. */
function repoRelative(path) {
    if ((0,external_node_path_.isAbsolute)(path)) {
        throw new errors/* InputError */.dz(`the \`manifest\` input must be relative to the repository root, got ${path}`, {
            where: 'input `manifest`',
        });
    }
    return external_node_path_.posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}


/***/ })

};
