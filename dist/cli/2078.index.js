export const id = 2078;
export const ids = [2078];
export const modules = {

/***/ 35109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ DEFAULT_BASE_CANDIDATES),
/* harmony export */   parseParallel: () => (/* binding */ parseParallel),
/* harmony export */   runAffected: () => (/* binding */ runAffected)
/* harmony export */ });
/* unused harmony export renderOutcomes */
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** Tried in order when `--base` is not given: the remote's default branch, then the usual local names. */
const DEFAULT_BASE_CANDIDATES = ['origin/HEAD', 'main', 'master'];
function parseParallel(value) {
    const parallel = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(parallel) || parallel < 1) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--parallel must be a whole number of lanes, 1 or more, got \`${value}\``);
    }
    return parallel;
}
/** `--base`, else the first of `DEFAULT_BASE_CANDIDATES` that names a commit in `repoRoot`. */
async function resolveBase(repoRoot, base) {
    if (base !== undefined)
        return base;
    const { createGit } = await Promise.all(/* import() */[__webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(7268)]).then(__webpack_require__.bind(__webpack_require__, 67268));
    const git = createGit(repoRoot);
    for (const candidate of DEFAULT_BASE_CANDIDATES) {
        if (await git.hasCommit(candidate))
            return candidate;
    }
    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no base to compare with: none of ${DEFAULT_BASE_CANDIDATES.join(', ')} names a commit here`, { where: repoRoot, hint: 'pass --base REV: the branch your change will be merged into' });
}
async function runAffected(flags) {
    const { loadRunSources, planHosts, hostRunOptions } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(5907), __webpack_require__.e(2630)]).then(__webpack_require__.bind(__webpack_require__, 42630));
    const { planChange, renderPlan } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 31754));
    const { resolveLaneRun, cancelOnSignals, createReporter } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(2907), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 57663));
    const { default: pLimit } = await __webpack_require__.e(/* import() */ 370).then(__webpack_require__.bind(__webpack_require__, 70370));
    const hostFlags = planHosts(flags);
    const sources = await loadRunSources(flags);
    const base = flags.group === 'branch' ? await resolveBase(sources.repoRoot, flags.base) : flags.base;
    const plan = await planChange({
        sources: sources.sources,
        base,
        head: flags.head,
        group: flags.group,
        localChanges: !flags.committed,
    });
    process.stdout.write(renderPlan(plan));
    const selected = plan.selections.filter((selection) => selection.selected);
    if (selected.length === 0) {
        process.stdout.write('no lanes selected: nothing to run\n');
        return;
    }
    // Every lane is resolved before any runs, so a lane that cannot run stops the command up front.
    const laneRuns = selected.map((selection) => ({
        selection,
        laneRun: resolveLaneRun({ id: selection.id, sources: sources.runnable, env: process.env }),
    }));
    if (flags.dryRun) {
        for (const { selection, laneRun } of laneRuns) {
            process.stdout.write(`would run ${describeLaneRun(selection, laneRun)}\n`);
        }
        return;
    }
    warnAboutSnapshot(plan, flags);
    const cancellation = cancelOnSignals();
    const outcomes = new Map();
    const limit = pLimit(flags.parallel);
    const runLane = async ({ selection, laneRun }) => {
        if (cancellation.signal.aborted)
            return;
        const started = Date.now();
        const signal = cancellation.signal;
        const hosts = { ...hostFlags, concurrencyGroup: laneRun.concurrencyGroup };
        const reporter = laneReporter(createReporter('human', { stdout: process.stdout, stderr: process.stderr }), selection.id, flags.parallel > 1);
        const runLaneNow = () => sources.run({
            targetId: laneRun.runnable.targetId,
            targetDescription: laneRun.runnable.description,
            filters: laneRun.runnable.filters,
            changedFiles: [...plan.changed],
            message: `selected by pikaci run --affected: ${selection.explanation}`,
            jobs: laneRun.jobs,
            maxConcurrentExecutes: laneRun.maxConcurrentExecutes,
            includeLocalChanges: !flags.committed,
            ...hostRunOptions(hosts, signal),
            reporter,
            signal,
        });
        const run = flags.skipIfPassed
            ? await (await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(5907), __webpack_require__.e(2907), __webpack_require__.e(3486)]).then(__webpack_require__.bind(__webpack_require__, 73486))).runSkippingLocalPasses({
                id: selection.id,
                laneRun,
                stateRoot: sources.stateRoot,
                sourceRoot: sources.repoRoot,
                includeLocalChanges: !flags.committed,
                host: hostFlags.settings,
                env: process.env,
                signal,
                reporter,
                log: (line) => process.stderr.write(`${line}\n`),
                run: runLaneNow,
            })
            : await runLaneNow();
        outcomes.set(selection.id, {
            lane: selection.id,
            status: run.status,
            durationMs: Date.now() - started,
            runId: run.run_id,
            reason: run.pass_cache?.outcome === 'already_passed'
                ? (run.message ?? 'already passed')
                : selection.explanation,
        });
    };
    try {
        // Lanes of one concurrency group run one after another in a single slot, so a lane waiting
        // for its group's lock never holds a slot another lane could use; the lock itself is still
        // taken by each run, as `pikaci run <lane>` takes it, and guards against other runners.
        await Promise.all(chainsByGroup(laneRuns).map((chain) => limit(() => runChain(chain, runLane))));
    }
    finally {
        cancellation.dispose();
    }
    const rows = selected.map((selection) => outcomes.get(selection.id) ?? {
        lane: selection.id,
        status: 'not started',
        durationMs: null,
        runId: null,
        reason: selection.explanation,
    });
    process.stdout.write(renderOutcomes(rows));
    const failed = rows.some((row) => row.status !== 'passed' && row.status !== 'skipped');
    process.exitCode = cancellation.exitCode() ?? (failed ? 1 : 0);
}
/** Lanes grouped into chains: one chain per concurrency group (manifest order), one per ungrouped lane. */
function chainsByGroup(items) {
    const chains = [];
    const byGroup = new Map();
    for (const item of items) {
        const group = item.laneRun.concurrencyGroup;
        if (group === null) {
            chains.push([item]);
            continue;
        }
        const chain = byGroup.get(group);
        if (chain !== undefined) {
            chain.push(item);
            continue;
        }
        const fresh = [item];
        byGroup.set(group, fresh);
        chains.push(fresh);
    }
    return chains;
}
async function runChain(chain, run) {
    for (const item of chain)
        await run(item);
}
/** With lanes running at once, every output line says which lane (and job) printed it. */
function laneReporter(reporter, laneId, parallelLanes) {
    if (!parallelLanes)
        return reporter;
    const label = (jobId) => (jobId === laneId ? laneId : `${laneId}/${jobId}`);
    return {
        event: (event) => reporter.event(event),
        jobOutput: (output) => reporter.jobOutput?.({ ...output, jobId: label(output.jobId), parallel: true }),
        jobOutputEnd: (jobId) => reporter.jobOutputEnd?.(label(jobId)),
    };
}
function describeLaneRun(selection, laneRun) {
    const jobs = `${laneRun.jobs.length} ${laneRun.jobs.length === 1 ? 'job' : 'jobs'}`;
    const command = laneRun.lane?.command ?? null;
    const what = command === null
        ? `target \`${laneRun.runnable.targetId}\` (${jobs})`
        : `command \`${command.join(' ')}\``;
    const group = laneRun.concurrencyGroup === null ? '' : `, concurrency group \`${laneRun.concurrencyGroup}\``;
    return `${selection.id}: ${what}${group} — ${selection.explanation}`;
}
/** The lanes run from the checkout; a plan of another `--head` would not match what runs. */
function warnAboutSnapshot(plan, flags) {
    if (flags.head === undefined || plan.source.kind !== 'git')
        return;
    process.stderr.write(`warning: the lanes were planned for --head ${flags.head} but run on the checkout's ${flags.committed ? 'HEAD' : 'working tree'}; check out ${flags.head} to run exactly that revision\n`);
}
function formatDuration(ms) {
    if (ms === null)
        return '-';
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const secs = Math.round(ms / 1000);
    return `${Math.floor(secs / 60)}m${String(secs % 60).padStart(2, '0')}s`;
}
/** The final table: one row per selected lane, in manifest order, columns padded to line up. */
function renderOutcomes(rows) {
    const table = [
        ['lane', 'status', 'duration', 'run id', 'reason'],
        ...rows.map((row) => [
            row.lane,
            row.status,
            formatDuration(row.durationMs),
            row.runId ?? '-',
            row.reason,
        ]),
    ];
    const widths = [0, 1, 2, 3].map((column) => Math.max(...table.map((cells) => cells[column].length)));
    const lines = table.map((cells) => cells.map((cell, column) => (column < widths.length ? cell.padEnd(widths[column]) : cell)).join('  '));
    const passed = rows.filter((row) => row.status === 'passed').length;
    return `\n${lines.join('\n')}\n${passed} of ${rows.length} lanes passed\n`;
}


/***/ }),

/***/ 45300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ withHostOptions),
/* harmony export */   bw: () => (/* binding */ addHostOptionsFor),
/* harmony export */   kA: () => (/* binding */ orphanSweeps)
/* harmony export */ });
/* unused harmony export asksForHelp */
const uses = new WeakMap();
const HELP_FLAGS = new Set(['--help', '-h']);
/** Declare that `command` takes the host flags (and, with `sweeps`, gc's sweep switches). */
function withHostOptions(command, use = {}) {
    uses.set(command, { sweeps: use.sweeps ?? false, ...(use.when ? { when: use.when } : {}) });
    return command;
}
/** True when the arguments ask for help (`--help`, `-h`): then every flag must be listed. */
function asksForHelp(args) {
    return args.some((arg) => HELP_FLAGS.has(arg));
}
/**
 * Before parsing: add the declared flags to the command the arguments name (`pikaci <command> …` or
 * `pikaci help <command>`), loading the table only then. The program itself has no option that takes
 * a value, so the command is the first argument that is not an option.
 */
async function addHostOptionsFor(program, args) {
    const operands = args.filter((arg) => !arg.startsWith('-'));
    const name = operands[0] === 'help' ? operands[1] : operands[0];
    const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name ?? ''));
    const use = command === undefined ? undefined : uses.get(command);
    if (command === undefined || use === undefined)
        return;
    const needed = use.when === undefined ||
        operands[0] === 'help' ||
        asksForHelp(args) ||
        use.when(args) ||
        args.some((arg) => arg.startsWith('--') && !ownsOption(command, arg));
    if (!needed)
        return;
    const { HOST_SETTINGS } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(5907)]).then(__webpack_require__.bind(__webpack_require__, 75907));
    if (use.sweeps) {
        for (const sweep of await orphanSweeps()) {
            command.option(`--${sweep.flag}`, `instead: ${sweep.description} (on --ssh-host, else here)`);
        }
    }
    const collect = (value, previous) => [...previous, value];
    for (const spec of HOST_SETTINGS) {
        const description = `${spec.description} ($${spec.env}${spec.kind === 'list' ? ', comma-separated' : ''})`;
        switch (spec.kind) {
            case 'boolean':
                command.option(`--${spec.name}`, description);
                break;
            case 'list':
                command.option(`--${spec.name} ${spec.argument ?? '<value>'}`, description, collect, []);
                break;
            case 'text':
            case 'integer':
                command.option(`--${spec.name} ${spec.argument ?? '<value>'}`, description);
                break;
        }
    }
}
function ownsOption(command, arg) {
    const flag = arg.split('=')[0];
    return command.options.some((option) => option.long === flag);
}
/** The `gc` sweeps the runtime modules offer, in registry order. */
async function orphanSweeps() {
    const { BACKENDS, RUNTIME_KINDS } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(5907)]).then(__webpack_require__.bind(__webpack_require__, 75907));
    return RUNTIME_KINDS.flatMap((runtime) => {
        const orphans = BACKENDS[runtime].orphans;
        return orphans ? [{ ...orphans, runtime }] : [];
    });
}


/***/ }),

/***/ 31754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GROUPS: () => (/* binding */ GROUPS),
/* harmony export */   k: () => (/* binding */ register),
/* harmony export */   oneOf: () => (/* binding */ oneOf),
/* harmony export */   planChange: () => (/* binding */ planChange),
/* harmony export */   renderPlan: () => (/* binding */ renderPlan)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81651);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28788);
/* harmony import */ var _source_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49455);
/* harmony import */ var _host_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45300);




const FORMATS = ['human', 'json', 'matrix'];
const GROUPS = ['branch', 'nightly'];
function oneOf(flag, allowed, value) {
    if (allowed.includes(value))
        return value;
    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${flag} must be one of ${allowed.join(', ')}, got \`${value}\``);
}
function register(program) {
    const command = program
        .command('plan')
        .description('select the lanes a change touches, explain each choice, and print the job matrix')
        .option('--manifest <path>', `lane manifest (default: ${_sources_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MANIFEST */ .mj} in the repository)`)
        .option(..._source_options_js__WEBPACK_IMPORTED_MODULE_2__/* .CATALOG_OPTION */ .G)
        .option('--base <rev>', 'diff from the merge base of <rev> and --head')
        .option('--head <rev>', 'the revision whose changes are planned (default: HEAD)')
        .option('--changed-from <file>', 'read changed paths from <file> (one per line, or NUL-separated); `-` for stdin')
        .option('--group <group>', 'lane group: branch or nightly', 'branch')
        .option('--lanes <list>', 'run exactly these lanes (comma-separated ids), or `all`')
        .option('--format <format>', 'human, json, or matrix (the matrix JSON alone)', 'human')
        .option('--repo <dir>', 'repository directory (default: the current directory)')
        .option('--explain-key <lane>', "print the lane's pass key (run --skip-if-passed, the action's skip-if-passed) and each input it hashes; host flags as for run");
    (0,_host_options_js__WEBPACK_IMPORTED_MODULE_3__/* .withHostOptions */ .ND)(command, {
        when: (args) => args.some((arg) => arg.startsWith('--explain-key')),
    }).action(async (flags) => {
        if (flags.explainKey !== undefined) {
            const { explainKey } = await __webpack_require__.e(/* import() */ 956).then(__webpack_require__.bind(__webpack_require__, 50956));
            const format = oneOf('--format', ['human', 'json'], flags.format);
            process.stdout.write(await explainKey(flags.explainKey, flags, format));
            return;
        }
        const format = oneOf('--format', FORMATS, flags.format);
        const group = oneOf('--group', GROUPS, flags.group);
        process.stdout.write(await plan(flags, format, group));
    });
}
async function plan(flags, format, group) {
    const result = await planChange({ ...flags, group });
    const { source, changed, selections, matrix, manifestRelative } = result;
    switch (format) {
        case 'matrix':
            return `${JSON.stringify(matrix)}\n`;
        case 'json':
            return `${JSON.stringify({
                group,
                manifest: manifestRelative,
                base: source.kind === 'git' ? source.base : null,
                head: source.kind === 'git' ? source.head : null,
                merge_base: source.kind === 'git' ? source.mergeBase : null,
                diff_source: source.kind,
                changed_from: source.kind === 'changed-from' ? source.source : null,
                changed_files_count: changed.length,
                lanes: selections.map(({ id, title, selected, reason, explanation }) => ({
                    id,
                    title,
                    selected,
                    reason,
                    explanation,
                })),
                matrix,
            }, null, 2)}\n`;
        case 'human':
            return renderPlan(result);
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .assertNever */ .x)(format);
    }
}
/** The human rendering: where the diff came from, each lane with ✓/· and why, the count. */
function renderPlan(result) {
    const lines = [describeSource(result.source, result.changed.length)];
    for (const selection of result.selections) {
        lines.push(`${selection.selected ? '✓' : '·'} ${selection.id} (${selection.title}): ${selection.explanation}`);
    }
    lines.push(`${result.matrix.include.length} of ${result.selections.length} ${result.group} lanes selected`);
    return `${lines.join('\n')}\n`;
}
/** The selection `pikaci plan` prints, as data: the action's matcher and rules on the given change. */
async function planChange(request) {
    const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    const { existsSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
    const { loadLaneSources, requireManifest } = await __webpack_require__.e(/* import() */ 1006).then(__webpack_require__.bind(__webpack_require__, 11006));
    const { buildMatrix, parseLaneList, selectLanes } = await __webpack_require__.e(/* import() */ 9150).then(__webpack_require__.bind(__webpack_require__, 99150));
    const { group } = request;
    if (request.base !== undefined && request.changedFrom !== undefined) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('--base and --changed-from cannot be combined', {
            hint: 'diff two revisions with --base/--head, or pass the changed files with --changed-from',
        });
    }
    if (request.head !== undefined && request.base === undefined) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('--head needs --base', {
            hint: 'pass --base REV: the revision the change is compared with',
        });
    }
    const explicitLanes = request.lanes === undefined ? undefined : parseLaneList(request.lanes);
    let sources = request.sources;
    if (sources === undefined) {
        const repoRoot = resolve(request.repo ?? '.');
        if (!existsSync(repoRoot))
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`repository directory \`${repoRoot}\` does not exist`, { where: '--repo' });
        // Lanes only, checked against the catalog's target ids: the action's plan step reads them the same way.
        sources = await loadLaneSources({
            catalog: request.catalog,
            manifest: request.manifest,
            repoRoot,
            manifestNeed: 'required',
            repoOption: '--repo DIR',
        });
    }
    requireManifest(sources);
    const { repoRoot: repo, lanes } = sources;
    // The manifest's own path as a changed file would spell it (set whenever the manifest is).
    const manifestRelative = sources.manifestRelative;
    const needsDiff = explicitLanes === undefined && group === 'branch';
    const { changed, source } = await changedFiles(request, repo, needsDiff);
    const selections = selectLanes({
        lanes,
        group,
        changed,
        manifestPath: manifestRelative,
        explicitLanes,
    });
    return { group, manifestRelative, source, changed, selections, matrix: buildMatrix(lanes, selections) };
}
async function changedFiles(flags, repo, needsDiff) {
    if (flags.changedFrom !== undefined) {
        const { readChangedFrom } = await Promise.all(/* import() */[__webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(7268)]).then(__webpack_require__.bind(__webpack_require__, 67268));
        const changed = await readChangedFrom(flags.changedFrom);
        return {
            changed,
            source: { kind: 'changed-from', source: flags.changedFrom === '-' ? 'stdin' : flags.changedFrom },
        };
    }
    if (flags.base !== undefined) {
        const { changesSince, createGit } = await Promise.all(/* import() */[__webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(7268)]).then(__webpack_require__.bind(__webpack_require__, 67268));
        const git = createGit(repo);
        const since = await changesSince(git, flags.base, flags.head ?? 'HEAD');
        const withLocal = flags.localChanges === true && flags.head === undefined;
        // Committed changes first, in diff order (a lane's reason names the first file that selects it).
        const changed = withLocal ? [...new Set([...since.paths, ...(await git.localChanges())])] : since.paths;
        return {
            changed,
            source: {
                kind: 'git',
                base: since.base,
                head: since.head,
                mergeBase: since.from,
                localChanges: withLocal ? changed.length - since.paths.length : null,
            },
        };
    }
    if (needsDiff) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('nothing to compare: the branch group is selected by a diff', {
            hint: 'pass --base REV (e.g. --base origin/main), or --changed-from FILE|-, or name lanes with --lanes',
        });
    }
    return { changed: [], source: { kind: 'none', why: 'lanes chosen without a diff' } };
}
function describeSource(source, count) {
    const files = count === 1 ? '1 changed file' : `${count} changed files`;
    switch (source.kind) {
        case 'git': {
            const diff = `git diff from the merge base ${source.mergeBase.slice(0, 12)} of ${source.base.slice(0, 12)} and ${source.head.slice(0, 12)}`;
            return source.localChanges === null
                ? `${files}: ${diff}`
                : `${files}: ${diff}, and the working tree adds ${source.localChanges === 0 ? 'none' : `${source.localChanges} (uncommitted or untracked)`}`;
        }
        case 'changed-from':
            return `${files} read from ${source.source}`;
        case 'none':
            return source.why;
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .assertNever */ .x)(source);
    }
}


/***/ }),

/***/ 49455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ CATALOG_OPTION)
/* harmony export */ });
/**
 * `--catalog`, described once for every command that loads the sources (`loadSources`): the default
 * is `REPO_CATALOG_PATH` (`src/catalog/paths.ts`), else the catalog bundled with the action. Kept
 * apart from the catalog module so registering a command does not load the catalog's dependencies.
 */
const CATALOG_OPTION = [
    '--catalog <path>',
    'target catalog (default: ci/pikaci-catalog.toml, else the bundled one)',
];


/***/ }),

/***/ 82078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/cli/commands/host-options.ts
var host_options = __webpack_require__(45300);
;// CONCATENATED MODULE: ./src/cli/commands/gc.ts

function register(program) {
    const command = program
        .command('gc')
        .description('remove all but the newest runs (runs whose runner is alive are kept unless --force)')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--keep-runs <n>', 'how many of the newest runs to keep', '10')
        .option('--force', 'also remove runs that may still be running');
    command
        .option('--grace-secs <n>', 'with a sweep: what a run this state root does not know left is removed only when older (default 3600)')
        .option('--run <id>', 'with a sweep: look only at what this run left');
    (0,host_options/* withHostOptions */.ND)(command, { sweeps: true }).action(async (flags) => {
        const { InputError } = await __webpack_require__.e(/* import() */ 7416).then(__webpack_require__.bind(__webpack_require__, 37416));
        const { gcRuns, resolveStateRoot } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
        const sweeps = (await (0,host_options/* orphanSweeps */.kA)()).filter((sweep) => flags[sweep.flag] === true);
        if (sweeps.length > 0) {
            await sweepHost(flags, sweeps, await resolveStateRoot({ flag: flags.stateRoot }));
            return;
        }
        if (!/^\d+$/.test(flags.keepRuns)) {
            throw new InputError(`--keep-runs must be a non-negative integer, got \`${flags.keepRuns}\``);
        }
        const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
        const result = await gcRuns(stateRoot, {
            keep: Number(flags.keepRuns),
            force: flags.force ?? false,
        }).catch(async (error) => {
            throw await removalError(stateRoot, error);
        });
        // The pass index (`run --skip-if-passed`) loses the entries whose run is gone with it.
        const { prunePasses } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(5907), __webpack_require__.e(2907), __webpack_require__.e(3486)]).then(__webpack_require__.bind(__webpack_require__, 73486));
        const passes = await prunePasses(stateRoot).catch(async (error) => {
            throw await removalError(stateRoot, error);
        });
        const lines = [`removed_runs=${result.removed.length}`, ...result.removed];
        if (passes.length > 0)
            lines.push(`removed_passes=${passes.length}`);
        for (const id of result.kept_running)
            lines.push(`kept ${id}: it may still be running (use --force to remove)`);
        process.stdout.write(`${lines.join('\n')}\n`);
    });
}
/** A file system that refuses the removal is the environment's problem: say which, where, and the fix. */
async function removalError(stateRoot, error) {
    const { describeSystemError, isSystemError, PikaciError } = await __webpack_require__.e(/* import() */ 7416).then(__webpack_require__.bind(__webpack_require__, 37416));
    if (!isSystemError(error))
        return error;
    const hint = error.code === 'EROFS'
        ? 'the state root is on a read-only file system: remount it read-write (or run gc where it is writable)'
        : error.code === 'EACCES' || error.code === 'EPERM'
            ? 'run gc as the user that wrote the runs, or fix the permissions of the state root'
            : 'fix the state root, then run gc again';
    return new PikaciError(`cannot remove old runs under ${stateRoot}: ${describeSystemError(error)}`, {
        hint,
        cause: error,
    });
}
async function sweepHost(flags, sweeps, stateRoot) {
    const { InputError } = await __webpack_require__.e(/* import() */ 7416).then(__webpack_require__.bind(__webpack_require__, 37416));
    const { backendConfigs, DEFAULT_WORK_DIR, parseHostSettings } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(5907)]).then(__webpack_require__.bind(__webpack_require__, 75907));
    const { DEFAULT_ORPHAN_GRACE_SECS, isRunId, orphanJudge } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
    const { connectSsh, LocalTransport } = await __webpack_require__.e(/* import() */ 7237).then(__webpack_require__.bind(__webpack_require__, 37237));
    if (flags.graceSecs !== undefined && !/^\d+$/.test(flags.graceSecs)) {
        throw new InputError(`--grace-secs must be a non-negative integer, got \`${flags.graceSecs}\``);
    }
    if (flags.run !== undefined && !isRunId(flags.run)) {
        throw new InputError(`--run must be a run id like the names under <state root>/runs, got \`${flags.run}\``);
    }
    const settings = parseHostSettings(flags, process.env);
    const configs = backendConfigs(settings, settings.remoteWorkDir ?? DEFAULT_WORK_DIR);
    const graceSecs = flags.graceSecs === undefined ? DEFAULT_ORPHAN_GRACE_SECS : Number(flags.graceSecs);
    const judge = orphanJudge(stateRoot, graceSecs);
    const transport = settings.ssh ? await connectSsh(settings.ssh) : new LocalTransport();
    try {
        const lines = [];
        for (const sweep of sweeps) {
            const decisions = await sweep.sweep(transport, configs[sweep.runtime], {
                judge,
                ...(flags.run === undefined ? {} : { run: flags.run }),
            });
            lines.push(`removed_${sweep.flag}=${decisions.filter((d) => d.action === 'removed').length}`);
            for (const d of decisions)
                lines.push(d.line);
        }
        process.stdout.write(`${lines.join('\n')}\n`);
    }
    finally {
        await transport.close();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/cli/commands/list.ts
/** `pikaci list`: every run, newest first; half-created and corrupt runs are listed as such. */

function list_register(program) {
    program
        .command('list')
        .description('list recorded runs, newest first')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--json', 'print the entries as JSON')
        .action(async (flags) => {
        const { listRuns, resolveStateRoot } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
        const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
        const entries = await listRuns(stateRoot);
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
            return;
        }
        if (entries.length === 0) {
            // On stderr, so that scripts reading the rows from stdout still see none.
            const missing = await (0,promises_.stat)(stateRoot).then(() => false, () => true);
            process.stderr.write(`no runs under ${stateRoot}${missing ? ' (it does not exist)' : ''}\n`);
            return;
        }
        for (const entry of entries) {
            if (entry.state !== 'recorded') {
                process.stdout.write(`${entry.run_id}\t${entry.state}\t-\t-\t${entry.reason}\n`);
                continue;
            }
            const { run, liveness } = entry;
            const status = liveness === 'abandoned' ? 'running (abandoned: its runner is gone)' : run.status;
            const target = run.target_id ?? run.jobs[0]?.id ?? '-';
            process.stdout.write(`${run.run_id}\t${status}\t${target}\t${run.created_at}\n`);
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/logs.ts

const FOLLOW_POLL_MS = 200;
function logs_register(program) {
    program
        .command('logs')
        .description("print a job's logs (the run's first job unless --job)")
        .argument('<run_id>')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--job <id>', 'the job whose logs to print')
        .option('--kind <kind>', 'host, guest or both', 'both')
        .option('--metadata-json', 'print the log paths and whether they exist, as JSON')
        .option('--follow', 'keep printing new output until the run finishes')
        .action(async (runId, flags) => {
        if (flags.kind !== 'host' && flags.kind !== 'guest' && flags.kind !== 'both') {
            throw new errors/* InputError */.dz(`--kind must be host, guest or both, got \`${flags.kind}\``);
        }
        const kind = flags.kind;
        const records = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
        const stateRoot = await records.resolveStateRoot({ flag: flags.stateRoot });
        await records.ensureReadableStateRoot(stateRoot);
        if (flags.metadataJson) {
            const options = flags.job === undefined ? {} : { job: flags.job };
            const metadata = await records.loadLogsMetadata(stateRoot, runId, options);
            process.stdout.write(`${JSON.stringify(metadata, null, 2)}\n`);
            return;
        }
        const run = await records.loadRunRecord(stateRoot, runId);
        const job = records.logJob(run, flags.job);
        const files = [];
        if (kind !== 'guest')
            files.push({ label: 'host', path: job.host_log_path });
        if (kind !== 'host')
            files.push({ label: 'guest', path: job.guest_log_path });
        if (flags.follow)
            await follow(stateRoot, runId, files);
        else
            for (const file of files)
                await printFile(file.label, file.path);
    });
}
async function printFile(label, path) {
    const { createReadStream } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
    const { stat } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    if (!(await stat(path).catch(() => null))?.isFile()) {
        throw new errors/* InputError */.dz(`cannot read the ${label} log: no such file`, { where: path });
    }
    process.stdout.write(`== ${label} ==\n`);
    for await (const chunk of createReadStream(path))
        process.stdout.write(chunk);
}
/** Print bytes as they are appended, until run.json says the run is over (or its runner is gone). */
async function follow(stateRoot, runId, files) {
    const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    const { loadRunRecord, runLiveness } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
    const offsets = files.map(() => 0);
    let lastLabel = null;
    const drain = async () => {
        for (const [index, file] of files.entries()) {
            const handle = await open(file.path, 'r').catch(() => null);
            if (!handle)
                continue;
            try {
                const buffer = Buffer.alloc(64 * 1024);
                for (;;) {
                    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offsets[index]);
                    if (bytesRead === 0)
                        break;
                    if (files.length > 1 && lastLabel !== file.label)
                        process.stdout.write(`== ${file.label} ==\n`);
                    lastLabel = file.label;
                    offsets[index] += bytesRead;
                    process.stdout.write(Buffer.from(buffer.subarray(0, bytesRead)));
                }
            }
            finally {
                await handle.close();
            }
        }
    };
    for (;;) {
        const run = await loadRunRecord(stateRoot, runId);
        const liveness = runLiveness(run);
        await drain();
        if (liveness === 'terminal' || liveness === 'abandoned') {
            await drain();
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, FOLLOW_POLL_MS));
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/prepared-outputs.ts
function prepared_outputs_register(program) {
    program
        .command('prepared-outputs')
        .description("show a run's prepared outputs (staged payloads)")
        .argument('<run_id>')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--json', 'print the record as JSON')
        .action(async (runId, flags) => {
        const { InputError } = await __webpack_require__.e(/* import() */ 7416).then(__webpack_require__.bind(__webpack_require__, 37416));
        const { loadPreparedOutputsRecord, resolveStateRoot, ensureReadableStateRoot } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
        const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
        await ensureReadableStateRoot(stateRoot);
        const record = await loadPreparedOutputsRecord(stateRoot, runId);
        if (record === null)
            throw new InputError(`prepared outputs not found for run \`${runId}\``);
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
            return;
        }
        const lines = [
            `run_id=${runId}`,
            `schema_version=${record.schema_version}`,
            `outputs=${record.outputs.length}`,
        ];
        for (const output of record.outputs) {
            lines.push([
                output.node_id,
                output.output_name,
                output.installable,
                output.consumer,
                output.realized_path,
                output.payload?.kind ?? '-',
                String(output.payload?.entrypoints.length ?? 0),
                // Not upstream: where the output lives, whether it was built or reused, and how it ended.
                output.host ?? '-',
                output.realization ?? '-',
                output.status,
            ].join('\t'));
        }
        process.stdout.write(`${lines.join('\n')}\n`);
    });
}

// EXTERNAL MODULE: ./src/cli/commands/affected.ts
var affected = __webpack_require__(35109);
// EXTERNAL MODULE: ./src/sources/load.ts
var load = __webpack_require__(28788);
// EXTERNAL MODULE: ./src/cli/commands/source-options.ts
var source_options = __webpack_require__(49455);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts





const collect = (value, previous) => [...previous, value];
function parseOutputFormat(value) {
    if (value === 'human' || value === 'json' || value === 'jsonl')
        return value;
    throw new errors/* InputError */.dz(`--output must be human, json or jsonl, got \`${value}\``);
}
function run_register(program) {
    const command = program
        .command('run')
        .description('run a catalog target or a lane of ci/forge-lanes.toml and record it under the state root')
        .argument('[target-or-lane]', 'catalog target id or manifest lane id (or --affected)')
        .option(...source_options/* CATALOG_OPTION */.G)
        .option('--manifest <path>', `lane manifest (default: ${load/* DEFAULT_MANIFEST */.mj} of the repository, if present)`)
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--output <format>', 'human, json (final run record) or jsonl (lifecycle events)', 'human')
        .option('--job <id>', 'run only this job of the target (repeatable)', collect, [])
        .option('--since <rev>', "run only if files changed since <rev> match the target's path filters")
        .option('--concurrency-group <name>', "hold this group's lock on each placement host for the run (default: the lane's concurrency_group)")
        .option('--affected', 'run every lane the change selects, as the plan step would (see --base)')
        .option('--base <rev>', `--affected: diff from the merge base of <rev> and HEAD (default: the first of ${affected/* DEFAULT_BASE_CANDIDATES */.j.join(', ')} that exists)`)
        .option('--head <rev>', '--affected: plan the changes of <rev> instead of HEAD and the working tree')
        .option('--group <group>', '--affected: lane group, branch (default) or nightly')
        .option('--parallel <n>', '--affected: run up to <n> lanes at once (default 1)')
        .option('--committed', '--affected: leave uncommitted edits and untracked files out of plan and runs')
        .option('--dry-run', '--affected: print the plan and what would run, run nothing')
        .option('--skip-if-passed', "don't run a lane whose pass key (see pikaci plan --explain-key) already passed in this state root; say which run proved it");
    (0,host_options/* withHostOptions */.ND)(command).action(async (id, flags) => {
        const format = parseOutputFormat(flags.output);
        if (flags.affected === true || id === undefined) {
            const { runAffected, parseParallel } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 35109));
            const { GROUPS, oneOf } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 31754));
            checkAffectedFlags(id, flags, format);
            await runAffected({
                ...flags,
                group: oneOf('--group', GROUPS, flags.group ?? 'branch'),
                parallel: parseParallel(flags.parallel ?? '1'),
                committed: flags.committed === true,
                dryRun: flags.dryRun === true,
                skipIfPassed: flags.skipIfPassed === true,
            });
            return;
        }
        checkSingleRunFlags(flags);
        const { loadRunSources, changedFilesSince, executeAndReport, planHosts, hostRunOptions } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(5907), __webpack_require__.e(2630)]).then(__webpack_require__.bind(__webpack_require__, 42630));
        const hostFlags = planHosts(flags);
        const sources = await loadRunSources(flags);
        const { resolveLaneRun, gateOnChanges, recordSkippedRun } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(2907), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 57663));
        // The same resolution as the action's `command: run`: jobs, concurrency group, parallelism.
        const laneRun = resolveLaneRun({
            id,
            sources: sources.runnable,
            jobIds: flags.job,
            concurrencyGroup: hostFlags.concurrencyGroup,
            env: process.env,
        });
        const hosts = { ...hostFlags, concurrencyGroup: laneRun.concurrencyGroup };
        const metadata = {
            targetId: laneRun.runnable.targetId,
            targetDescription: laneRun.runnable.description,
            filters: laneRun.runnable.filters,
        };
        const execution = { jobs: laneRun.jobs, maxConcurrentExecutes: laneRun.maxConcurrentExecutes };
        let gated = null;
        if (flags.since !== undefined) {
            const { compilePatternSet } = await __webpack_require__.e(/* import() */ 1329).then(__webpack_require__.bind(__webpack_require__, 31329));
            const changedFiles = await changedFilesSince(sources.repoRoot, flags.since);
            const gate = gateOnChanges({
                filters: laneRun.runnable.filters,
                changedFiles,
                since: flags.since,
                manifestPath: sources.manifestRelative,
                compile: compilePatternSet,
            });
            if (!gate.run) {
                await executeAndReport(format, (reporter) => recordSkippedRun({
                    ...metadata,
                    stateRoot: sources.stateRoot,
                    sourceRoot: sources.repoRoot,
                    changedFiles,
                    message: gate.reason,
                    reporter,
                }));
                return;
            }
            gated = { changedFiles, message: gate.reason };
        }
        const runLane = (reporter, signal) => sources.run({
            ...metadata,
            ...execution,
            ...hostRunOptions(hosts, signal),
            ...gated,
            reporter,
            signal,
        });
        if (flags.skipIfPassed !== true) {
            await executeAndReport(format, runLane);
            return;
        }
        const { runSkippingLocalPasses } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(5907), __webpack_require__.e(2907), __webpack_require__.e(3486)]).then(__webpack_require__.bind(__webpack_require__, 73486));
        await executeAndReport(format, (reporter, signal) => runSkippingLocalPasses({
            id,
            laneRun,
            stateRoot: sources.stateRoot,
            sourceRoot: sources.repoRoot,
            includeLocalChanges: sources.includeLocalChanges,
            host: hostFlags.settings,
            env: process.env,
            signal,
            reporter,
            log: (line) => process.stderr.write(`${line}\n`),
            run: () => runLane(reporter, signal),
        }));
    });
}
/** `--affected` plans and runs many lanes: a lane id and the one-run flags do not apply to it. */
function checkAffectedFlags(id, flags, format) {
    if (flags.affected !== true) {
        throw new errors/* InputError */.dz('pikaci run needs a target or lane id, or --affected', {
            hint: 'pikaci run <target-or-lane> runs one; pikaci run --affected runs every lane your change selects',
        });
    }
    if (id !== undefined) {
        throw new errors/* InputError */.dz(`\`${id}\` and --affected cannot be combined`, {
            hint: `run one lane with \`pikaci run ${id}\`, or every selected lane with \`pikaci run --affected\``,
        });
    }
    const single = [
        ['--job', flags.job.length > 0],
        ['--since', flags.since !== undefined],
        ['--concurrency-group', flags.concurrencyGroup !== undefined],
        ['--output json/jsonl', format !== 'human'],
    ];
    for (const [flag, given] of single) {
        if (given) {
            throw new errors/* InputError */.dz(`${flag} cannot be combined with --affected`, {
                hint: 'each selected lane runs whole, under its own concurrency group, with human output',
            });
        }
    }
}
/** The `--affected` flags mean nothing for one named run: refuse them rather than ignore them. */
function checkSingleRunFlags(flags) {
    const affectedOnly = [
        ['--base', flags.base !== undefined],
        ['--head', flags.head !== undefined],
        ['--group', flags.group !== undefined],
        ['--parallel', flags.parallel !== undefined],
        ['--committed', flags.committed === true],
        ['--dry-run', flags.dryRun === true],
    ];
    for (const [flag, given] of affectedOnly) {
        if (given) {
            throw new errors/* InputError */.dz(`${flag} needs --affected`, {
                hint: `add --affected to run the lanes a change selects, or drop ${flag}`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/rerun.ts




function rerun_register(program) {
    const command = program
        .command('rerun')
        .description("run a recorded run's target again against the same snapshot")
        .argument('<run_id>', 'the run to repeat')
        .option(...source_options/* CATALOG_OPTION */.G)
        .option('--manifest <path>', `lane manifest (default: ${load/* DEFAULT_MANIFEST */.mj} of the repository, if present)`)
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--output <format>', 'human, json or jsonl', 'human')
        .option('--concurrency-group <name>', "hold this group's lock on each placement host for the run");
    (0,host_options/* withHostOptions */.ND)(command).action(async (runId, flags) => {
        const format = parseOutputFormat(flags.output);
        const { InputError } = await __webpack_require__.e(/* import() */ 7416).then(__webpack_require__.bind(__webpack_require__, 37416));
        const { loadRunRecord, ensureReadableStateRoot } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
        const { resolveRunnable, selectJobs, recordSkippedRun } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(2907), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 57663));
        const { loadRunSources, executeAndReport, planHosts, hostRunOptions } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(5907), __webpack_require__.e(2630)]).then(__webpack_require__.bind(__webpack_require__, 42630));
        const hosts = planHosts(flags);
        const sources = await loadRunSources(flags);
        await ensureReadableStateRoot(sources.stateRoot);
        const previous = await loadRunRecord(sources.stateRoot, runId);
        const targetId = previous.target_id ?? (previous.jobs.length === 1 ? previous.jobs[0].id : null);
        if (targetId === null) {
            throw new InputError(`run \`${runId}\` cannot be rerun because it does not record a target id`);
        }
        const runnable = resolveRunnable(targetId, sources.runnable);
        const metadata = {
            targetId: runnable.targetId,
            targetDescription: previous.target_description ?? runnable.description,
            changedFiles: previous.changed_files,
            filters: previous.filters,
            message: `rerun of ${runId}`,
        };
        if (previous.status === 'skipped') {
            await executeAndReport(format, (reporter) => recordSkippedRun({
                ...metadata,
                stateRoot: sources.stateRoot,
                sourceRoot: sources.repoRoot,
                rerunOf: previous,
                reporter,
            }));
            return;
        }
        if (previous.snapshot_dir === '') {
            throw new InputError(`run \`${runId}\` has no snapshot to rerun`, {
                hint: 'start a new run with `pikaci run`',
            });
        }
        const jobs = selectJobs(runnable, previous.jobs.map((job) => job.id));
        await executeAndReport(format, (reporter, signal) => sources.run({
            ...metadata,
            ...hostRunOptions(hosts, signal),
            jobs,
            rerunOf: previous,
            reporter,
            signal,
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts
function status_register(program) {
    program
        .command('status')
        .description("show a run's status and its jobs")
        .argument('<run_id>')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--json', 'print the run record as JSON')
        .action(async (runId, flags) => {
        const { loadRunRecord, resolveStateRoot, ensureReadableStateRoot, runLiveness } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
        const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
        await ensureReadableStateRoot(stateRoot);
        const run = await loadRunRecord(stateRoot, runId);
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
            return;
        }
        const lines = [`${run.run_id} ${run.target_id ?? '-'} ${run.status}`];
        if (runLiveness(run) === 'abandoned')
            lines.push(`runner=gone (pid ${run.runner_pid} on ${run.runner_host} no longer exists)`);
        if (run.rerun_of)
            lines.push(`rerun_of=${run.rerun_of}`);
        if (run.plan_path)
            lines.push(`plan=${run.plan_path}`);
        if (run.prepared_outputs_path)
            lines.push(`prepared_outputs=${run.prepared_outputs_path}`);
        if (run.prepared_output_consumer)
            lines.push(`prepared_output_consumer=${run.prepared_output_consumer}`);
        if (run.message)
            lines.push(run.message);
        if (run.changed_files.length > 0)
            lines.push(`changed_files=${run.changed_files.length}`);
        for (const job of run.jobs)
            lines.push(`${job.id} ${job.status}${job.message ? ` ${job.message}` : ''}`);
        process.stdout.write(`${lines.join('\n')}\n`);
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/show.ts

/** Each log is shown up to its last 512 KiB, so a page stays quick to open; the rest is in the file. */
const MAX_LOG_BYTES = 512 * 1024;
function show_register(program) {
    program
        .command('show')
        .description('write a run as one self-contained HTML page: timeline, jobs, logs, prepared outputs')
        .argument('<run_id>')
        .option('--state-root <path>', 'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--html', 'write the HTML page (the only view `show` has)')
        .option('--out <file>', 'where to write it (default: ./pikaci-<run_id>.html)')
        .option('--open', 'open it with xdg-open (macOS: open) when that is installed')
        .action(async (runId, flags) => {
        if (!flags.html) {
            throw new errors/* InputError */.dz('`pikaci show` writes an HTML page; pass --html', {
                hint: `pikaci show ${runId} --html [--out FILE] [--open]`,
            });
        }
        const { resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
        const records = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
        const { runHtml } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(7251)]).then(__webpack_require__.bind(__webpack_require__, 47251));
        const stateRoot = await records.resolveStateRoot({ flag: flags.stateRoot });
        await records.ensureReadableStateRoot(stateRoot);
        const bundle = await records.loadRunBundle(stateRoot, runId, {
            onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
        });
        const logs = new Map();
        const runDir = records.runPaths(stateRoot, bundle.run.run_id).runDir;
        for (const job of bundle.run.jobs) {
            // A run unpacked by hand (`gh run download`) keeps the runner's paths: read its own copies.
            const own = records.jobPaths(runDir, job.id);
            logs.set(job.id, {
                host: await readLogTail(job.host_log_path, own.hostLog),
                guest: await readLogTail(job.guest_log_path, own.guestLog),
            });
        }
        const out = resolve(flags.out ?? `pikaci-${bundle.run.run_id}.html`);
        await records.writeFileAtomic(out, runHtml({ bundle, logs }));
        process.stdout.write(`${out}\n`);
        if (flags.open)
            await openFile(out);
    });
}
/**
 * The last `MAX_LOG_BYTES` of a log, starting at a line boundary: from the recorded path, else from
 * the same file inside this state root's copy of the run; a log in neither place says so.
 */
async function readLogTail(recorded, own) {
    const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    let path = recorded;
    let handle = await open(path, 'r').catch((error) => error);
    if (!('read' in handle) && handle.code === 'ENOENT' && own !== recorded) {
        path = own;
        handle = await open(path, 'r').catch((error) => error);
    }
    if (!('read' in handle)) {
        const reason = handle.code === 'ENOENT' ? 'not written' : `cannot read: ${handle.message}`;
        return { kind: 'missing', path: recorded, reason };
    }
    try {
        const { size } = await handle.stat();
        const start = Math.max(0, size - MAX_LOG_BYTES);
        const buffer = Buffer.alloc(size - start);
        await handle.read(buffer, 0, buffer.length, start);
        const cut = start === 0 ? 0 : buffer.indexOf(0x0a) + 1;
        return { kind: 'text', path, text: buffer.subarray(cut).toString('utf8'), omittedBytes: start + cut };
    }
    finally {
        await handle.close();
    }
}
/** Hands the file to the desktop's opener, detached; without one, says where the file is. */
async function openFile(file) {
    const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
    const path = await onPath(opener);
    if (path === null) {
        process.stderr.write(`no ${opener} on PATH; open ${file} in a browser\n`);
        return;
    }
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 23));
    const child = spawn(path, [file], { detached: true, stdio: 'ignore' });
    child.on('error', (error) => process.stderr.write(`${opener} failed (${error.message}); open ${file} in a browser\n`));
    child.unref();
}
async function onPath(name) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
    const { delimiter, join } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
    for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
        if (dir === '')
            continue;
        const candidate = join(dir, name);
        if (await access(candidate, constants.X_OK).then(() => true, () => false))
            return candidate;
    }
    return null;
}

// EXTERNAL MODULE: ./src/cli/commands/plan.ts
var plan = __webpack_require__(31754);
;// CONCATENATED MODULE: ./src/cli/commands/targets.ts


function targets_register(program) {
    program
        .command('targets')
        .description('list the catalog targets with their jobs (placement, runtime, timeout, command)')
        .option(...source_options/* CATALOG_OPTION */.G)
        .option('--manifest <path>', `lane manifest that binds staged targets to their filters (default: ${load/* DEFAULT_MANIFEST */.mj} if present)`)
        .option('--json', 'print JSON (shape: see `targetsJson`)')
        .action(async (flags) => {
        const { catalog, manifest } = await (0,load/* loadSources */.Dl)({ ...flags, manifestNeed: 'optional' });
        const { compileJobCommand } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4365)]).then(__webpack_require__.bind(__webpack_require__, 94365));
        const json = targetsJson(catalog, manifest, (job) => compileJobCommand(job));
        process.stdout.write(flags.json ? `${JSON.stringify(json, null, 2)}\n` : renderTargets(json));
    });
}
/** Stable JSON: keys in this order, targets and jobs in catalog order. */
function targetsJson(catalog, manifest, compile) {
    const targetJson = (target) => ({
        id: target.id,
        description: target.description,
        staged: target.staged !== undefined,
        lane: catalog.bindings.get(target.id) ?? null,
        filters: target.filters,
        jobs: target.jobs.map((job) => {
            const compiled = compile(job);
            return {
                id: job.id,
                description: job.description,
                placement: job.execution.placement,
                runtime: job.execution.runtime,
                timeout_secs: job.timeout_secs,
                writable_workspace: job.writable_workspace,
                command: compiled.command,
                run_as_root: compiled.runAsRoot,
                runtime_config: job.runtime_config,
                guest_command: job.guest_command,
            };
        }),
    });
    return {
        catalog: catalog.path,
        manifest: manifest?.path ?? null,
        targets: [...catalog.targets.values()].map(targetJson),
    };
}
function renderTargets(json) {
    const lines = [`catalog ${json.catalog}${json.manifest ? ` (filters from ${json.manifest})` : ''}`];
    for (const target of json.targets) {
        const notes = [
            target.staged ? `staged${target.lane ? `, lane ${target.lane}` : ', no lane bound'}` : undefined,
            target.filters.length > 0 ? `${target.filters.length} filters` : undefined,
        ].filter(Boolean);
        lines.push('', `${target.id}  ${target.description}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`);
        for (const job of target.jobs) {
            const firstLine = job.command.split('\n')[0];
            const command = firstLine.length > 100 ? `${firstLine.slice(0, 97)}...` : firstLine;
            lines.push(`  ${job.id}  ${job.placement}/${job.runtime}  ${job.timeout_secs}s${job.run_as_root ? '  root' : ''}  ${command}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/lanes.ts


function lanes_register(program) {
    program
        .command('lanes')
        .description('list the lanes of the manifest: target or command, entrypoint, group, runner labels')
        .option('--manifest <path>', `lane manifest (default: ${load/* DEFAULT_MANIFEST */.mj} in the repository)`)
        .option(...source_options/* CATALOG_OPTION */.G)
        .option('--json', 'print JSON (shape: see `lanesJson`)')
        .action(async (flags) => {
        const { catalog, manifest } = await (0,load/* loadSources */.Dl)({ ...flags, manifestNeed: 'required' });
        const json = lanesJson(manifest, catalog.path);
        process.stdout.write(flags.json ? `${JSON.stringify(json, null, 2)}\n` : renderLanes(json));
    });
}
/** Stable JSON: every lane (branch first, file order) with its normalized fields in a fixed key order. */
function lanesJson(manifest, catalogPath) {
    const laneJson = (lane) => ({
        id: lane.id,
        title: lane.title,
        group: lane.group,
        target: lane.target,
        staged_linux_target: lane.staged_linux_target,
        command: lane.command,
        entrypoint: lane.entrypoint,
        concurrency_group: lane.concurrency_group,
        runs_on: lane.runs_on,
        paths: lane.paths,
        line: lane.line,
    });
    return {
        manifest: manifest.path,
        catalog: catalogPath,
        nightly_schedule_utc: manifest.nightly_schedule_utc,
        lanes: [...manifest.branch, ...manifest.nightly].map(laneJson),
    };
}
function renderLanes(json) {
    const lines = [`manifest ${json.manifest} (catalog ${json.catalog})`];
    for (const lane of json.lanes) {
        const runs = lane.target !== null ? `target ${lane.target}` : `command ${lane.entrypoint}`;
        const runsOn = typeof lane.runs_on === 'string' ? lane.runs_on : lane.runs_on.join(',');
        const details = [
            `runs-on ${runsOn}`,
            lane.concurrency_group ? `group ${lane.concurrency_group}` : undefined,
            lane.group === 'branch'
                ? lane.paths.length > 0
                    ? `${lane.paths.length} paths`
                    : 'always'
                : `nightly at ${json.nightly_schedule_utc} UTC`,
        ].filter(Boolean);
        lines.push(`${lane.group.padEnd(7)} ${lane.id}  ${lane.title}  ${runs}  (${details.join('; ')})`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/invariants.ts
function invariants_register(program) {
    program
        .command('invariants')
        .description('check the project invariants (invariants/invariants.toml) and print pass/fail for each')
        .option('--invariants <path>', 'invariants file (default: invariants/invariants.toml in the repository)')
        .option('--catalog <path>', "catalog to check instead of the file's subject")
        .option('--manifest <path>', "lane manifest to check instead of the file's subject")
        .option('--json', 'print the report as JSON')
        .action(async (flags) => {
        const { join, resolve } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 76760, 23));
        const { repoRoot } = await Promise.all(/* import() */[__webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(7268)]).then(__webpack_require__.bind(__webpack_require__, 67268));
        const { INVARIANTS_PATH, loadInvariants, renderInvariants, runInvariants } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(5379), __webpack_require__.e(638), __webpack_require__.e(7290), __webpack_require__.e(5024)]).then(__webpack_require__.bind(__webpack_require__, 35024));
        const path = flags.invariants !== undefined ? resolve(flags.invariants) : join(await repoRoot(), INVARIANTS_PATH);
        const report = await runInvariants(await loadInvariants(path), {
            catalog: flags.catalog === undefined ? undefined : resolve(flags.catalog),
            manifest: flags.manifest === undefined ? undefined : resolve(flags.manifest),
        });
        process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderInvariants(report));
        if (!report.ok)
            process.exitCode = 1;
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/download.ts

function download_register(program) {
    program
        .command('download')
        .description("download a workflow run's pikaci artifacts into the state root (then use list/status/logs)")
        .requiredOption('--repo <owner/name>', 'the repository the workflow ran in')
        .requiredOption('--run-id <n>', 'the workflow run id (the number in …/actions/runs/<id>)')
        .option('--lane <id>', 'only this lane')
        .option('--state-root <path>', 'where to unpack (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
        .option('--api-url <url>', 'REST API base URL (default: $GITHUB_API_URL, else https://api.github.com)')
        .action(async (flags) => {
        const token = process.env['GITHUB_TOKEN'] || process.env['GH_TOKEN'] || '';
        if (token === '') {
            throw new errors/* InputError */.dz('no GitHub token: set GITHUB_TOKEN or GH_TOKEN', {
                hint: "e.g. `GH_TOKEN=$(gh auth token) pikaci download …`; the token needs read access to the repository's Actions",
            });
        }
        if (!/^\d+$/.test(flags.runId) || Number(flags.runId) <= 0) {
            throw new errors/* InputError */.dz(`--run-id must be a workflow run id (a positive number), got \`${flags.runId}\``, {
                where: '--run-id',
            });
        }
        const { downloadRuns, splitRepository } = await __webpack_require__.e(/* import() */ 1631).then(__webpack_require__.bind(__webpack_require__, 61631));
        const { resolveStateRoot } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
        splitRepository(flags.repo, '--repo');
        const downloaded = await downloadRuns({
            target: {
                token,
                repository: flags.repo,
                apiUrl: flags.apiUrl || process.env['GITHUB_API_URL'] || null,
            },
            workflowRunId: Number(flags.runId),
            lane: flags.lane,
            stateRoot: await resolveStateRoot({ flag: flags.stateRoot }),
            log: (line) => void process.stderr.write(`${line}\n`),
        });
        for (const run of downloaded) {
            process.stdout.write(`${run.runId} ${run.lane} attempt=${run.attempt} ${run.status}\n`);
        }
        const first = downloaded[0];
        if (first)
            process.stderr.write(`next: pikaci status ${first.runId}   pikaci logs ${first.runId}\n`);
    });
}

// EXTERNAL MODULE: ./package.json
var package_0 = __webpack_require__(8330);
;// CONCATENATED MODULE: ./src/cli/version.ts
/**
 * The package version, fixed when the CLI is built: ncc inlines the imported `version` field into
 * the bundle, so `dist/cli/index.js` never reads package.json at run time. From `src/` (tsx) and
 * `lib/` the import resolves to the package's own package.json, two directories up.
 */

const PACKAGE_VERSION = package_0/* version */.rE;

;// CONCATENATED MODULE: ./src/cli/commands/version.ts

function version_register(program) {
    program
        .command('version')
        .description('print the version, the Node.js version and the shipped catalog and guest runner')
        .option('--json', 'print { version, node, catalog, guestRunner } as JSON')
        .action(async (flags) => {
        const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
        const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
        const { defaultCatalogPath } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(5379), __webpack_require__.e(638), __webpack_require__.e(5799)]).then(__webpack_require__.bind(__webpack_require__, 15799));
        const { guestRunnerScriptPath } = await __webpack_require__.e(/* import() */ 6632).then(__webpack_require__.bind(__webpack_require__, 6632));
        const { PikaciError } = await __webpack_require__.e(/* import() */ 7416).then(__webpack_require__.bind(__webpack_require__, 37416));
        async function fileId(path, what) {
            try {
                return `sha256:${createHash('sha256')
                    .update(await readFile(path))
                    .digest('hex')}`;
            }
            catch (error) {
                throw new PikaciError(`cannot read the ${what}: ${error.message}`, {
                    where: path,
                    hint: 'this installation of pikaci-action is incomplete: reinstall it, or rebuild with `npm run build`',
                    cause: error,
                });
            }
        }
        const catalogPath = defaultCatalogPath();
        const runnerPath = guestRunnerScriptPath();
        const report = {
            version: PACKAGE_VERSION,
            node: process.version,
            catalog: await fileId(catalogPath, 'bundled catalog'),
            guestRunner: await fileId(runnerPath, 'guest runner script'),
        };
        if (flags.json) {
            process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
            return;
        }
        process.stdout.write([
            `pikaci ${report.version}`,
            `node ${report.node}`,
            `catalog ${report.catalog} (${catalogPath})`,
            `guest runner ${report.guestRunner} (${runnerPath})`,
        ].join('\n') + '\n');
    });
}

;// CONCATENATED MODULE: ./src/cli/program.ts
/**
 * The `pikaci` command tree. Each command lives in `commands/<name>.ts` and exports
 * `register(program)`; commands that need heavy dependencies import them lazily in their action.
 */
















function buildProgram() {
    const program = new esm/* Command */.uB('pikaci')
        .description('Plan and run pikaci lanes: host processes, Incus instances, Tart VMs')
        .version(PACKAGE_VERSION)
        .showHelpAfterError()
        .exitOverride();
    (0,plan/* register */.k)(program);
    run_register(program);
    rerun_register(program);
    list_register(program);
    status_register(program);
    logs_register(program);
    show_register(program);
    prepared_outputs_register(program);
    register(program);
    targets_register(program);
    lanes_register(program);
    invariants_register(program);
    download_register(program);
    version_register(program);
    return program;
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
/**
 * The CLI itself, loaded by `main.ts` once the compile cache is on: parse argv, run the command, and
 * turn errors into one readable message and an exit code.
 */




async function runCli(argv) {
    // `pikaci list | head` closes the pipe early: that is the reader's choice, not an error.
    process.stdout.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(0);
        throw error;
    });
    const program = buildProgram();
    try {
        await (0,host_options/* addHostOptionsFor */.bw)(program, argv.slice(2));
        await program.parseAsync(argv);
        return process.exitCode === undefined ? 0 : Number(process.exitCode);
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            return error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof errors/* PikaciError */.uy) {
            process.stderr.write(`pikaci: ${error.describe()}\n`);
            return error.exitCode;
        }
        if ((0,errors/* isSystemError */.Or)(error)) {
            // A file or process the environment refused (read-only, permissions, missing program): no stack.
            process.stderr.write(`pikaci: ${(0,errors/* describeSystemError */.Zo)(error)}\n  hint: check that path and its file system (mounted read-only? full? owned by another user?), then run the command again\n`);
            return 1;
        }
        process.stderr.write(`pikaci: internal error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        if (error instanceof Error && error.stack)
            process.stderr.write(`${error.stack}\n`);
        return 1;
    }
}


/***/ }),

/***/ 28788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ loadSources),
/* harmony export */   dW: () => (/* binding */ requireManifest),
/* harmony export */   mj: () => (/* binding */ DEFAULT_MANIFEST),
/* harmony export */   pH: () => (/* binding */ loadLaneSources)
/* harmony export */ });
/* unused harmony exports loadSourceCatalog, loadSourceCatalogIds */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
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
    const { bindManifest, manifestOptionsFor } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(5379), __webpack_require__.e(638), __webpack_require__.e(5799)]).then(__webpack_require__.bind(__webpack_require__, 15799));
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
    const repoRoot = request.repoRoot ?? (await (await Promise.all(/* import() */[__webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(7268)]).then(__webpack_require__.bind(__webpack_require__, 67268))).repoRoot());
    const manifestFile = request.manifest !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.manifest) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, DEFAULT_MANIFEST);
    const present = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifestFile);
    if (!present && (request.manifest !== undefined || request.manifestNeed === 'required')) {
        throw missingManifest(manifestFile, request.repoOption);
    }
    return { repoRoot, manifestFile, present };
}
async function loadLanes(repoRoot, manifestFile, ids) {
    const { allLanes, loadManifest } = await Promise.all(/* import() */[__webpack_require__.e(4572), __webpack_require__.e(5379), __webpack_require__.e(7290), __webpack_require__.e(4625)]).then(__webpack_require__.bind(__webpack_require__, 34625));
    const manifest = await loadManifest(manifestFile, ids);
    return {
        manifest,
        manifestRelative: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(repoRoot, manifestFile).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'),
        lanes: allLanes(manifest),
    };
}
/**
 * The catalog alone: `catalog` (as given), else the repository's `ci/pikaci-catalog.toml`, else the
 * bundled one (`resolveCatalogPath`). The action's `plan` reads its manifest itself (from the
 * workspace, or the base revision for `pull_request_target`) and its catalog here.
 */
async function loadSourceCatalog(request) {
    const { loadCatalog, resolveCatalogPath } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(5379), __webpack_require__.e(638), __webpack_require__.e(5799)]).then(__webpack_require__.bind(__webpack_require__, 15799));
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
    const { loadCatalogIds, resolveCatalogPath } = await __webpack_require__.e(/* import() */ 1389).then(__webpack_require__.bind(__webpack_require__, 31389));
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
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`lane manifest \`${file}\` does not exist`, {
        where: '--manifest',
        hint: `pass --manifest PATH, or run in a repository that has ${DEFAULT_MANIFEST}${repoOption ? ` (${repoOption})` : ''}`,
    });
}


/***/ }),

/***/ 81651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ assertNever)
/* harmony export */ });
/**
 * The end of an exhaustive `switch` (docs/design.md decision 5): the argument's type is `never` when
 * every variant is handled, so a new variant is a compile error at each `switch` that must handle it.
 * Reached at run time only when a value escaped its type (a bug), so the error is a plain `Error`.
 */
function assertNever(value) {
    throw new Error(`unhandled variant: ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ isSystemError),
/* harmony export */   Zo: () => (/* binding */ describeSystemError),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eQ: () => (/* binding */ withContext),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   uy: () => (/* binding */ PikaciError)
/* harmony export */ });
class PikaciError extends Error {
    where;
    hint;
    exitCode = 1;
    constructor(message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'PikaciError';
        this.where = details.where;
        this.hint = details.hint;
    }
    /** One block of text for a terminal or an Actions log: `where: message` then `hint: ...`. */
    describe() {
        const head = this.where ? `${this.where}: ${this.message}` : this.message;
        return this.hint ? `${head}\n  hint: ${this.hint}` : head;
    }
}
class InputError extends PikaciError {
    exitCode = 2;
    constructor(message, details = {}) {
        super(message, details);
        this.name = 'InputError';
    }
}
/** Wrap an error with the context it travelled through, keeping the original as `cause`. */
function withContext(context, error) {
    if (error instanceof InputError) {
        return new InputError(`${context}: ${error.message}`, {
            where: error.where,
            hint: error.hint,
            cause: error,
        });
    }
    if (error instanceof PikaciError) {
        return new PikaciError(`${context}: ${error.message}`, {
            where: error.where,
            hint: error.hint,
            cause: error,
        });
    }
    return new PikaciError(`${context}: ${errorMessage(error)}`, { cause: error });
}
function errorMessage(error) {
    if (error instanceof PikaciError)
        return error.describe();
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** Closest candidates by edit distance, for "did you mean" hints. */
function closest(value, candidates, max = 3) {
    const scored = [];
    for (const candidate of candidates) {
        const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
        const limit = Math.max(2, Math.floor(Math.max(value.length, candidate.length) / 3));
        if (distance <= limit || candidate.includes(value) || value.includes(candidate)) {
            scored.push([distance, candidate]);
        }
    }
    scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    return scored.slice(0, max).map(([, candidate]) => candidate);
}
function didYouMean(value, candidates) {
    const near = closest(value, candidates);
    return near.length === 0 ? undefined : `did you mean ${near.map((c) => `\`${c}\``).join(', ')}?`;
}
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** A failed system call (`fs`, `child_process`): its `code`, `syscall` and usually `path` say what and where. */
function isSystemError(error) {
    const candidate = error;
    return (error instanceof Error && typeof candidate?.code === 'string' && typeof candidate.syscall === 'string');
}
/** `rmdir /x/y: read-only file system (EROFS)` from Node's `EROFS: read-only file system, rmdir '/x/y'`. */
function describeSystemError(error) {
    const reason = error.message
        .replace(new RegExp(`^${error.code}: `), '')
        .replace(new RegExp(`, ${error.syscall}\\b.*$`, 's'), '');
    const target = error.path === undefined ? '' : ` ${error.path}`;
    return `${error.syscall}${target}: ${reason} (${error.code})`;
}


/***/ }),

/***/ 8330:
/***/ ((module) => {

module.exports = {"rE":"0.1.0"};

/***/ })

};
