export const id = 630;
export const ids = [630];
export const modules = {

/***/ 42630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFilesSince: () => (/* binding */ changedFilesSince),
/* harmony export */   executeAndReport: () => (/* binding */ executeAndReport),
/* harmony export */   hostRunOptions: () => (/* binding */ hostRunOptions),
/* harmony export */   loadRunSources: () => (/* reexport safe */ _sources_index_js__WEBPACK_IMPORTED_MODULE_3__.loadRunSources),
/* harmony export */   planHosts: () => (/* binding */ planHosts)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24157);
/* harmony import */ var _hosts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89475);
/* harmony import */ var _run_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85052);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94383);
/** What `run` and `rerun` share: loading the catalog and manifest, changed files, output and exit codes. */




/** Files changed from the merge base of `since` and HEAD, plus local edits and untracked files. */
async function changedFilesSince(repoRoot, since) {
    const git = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__.createGit)(repoRoot);
    const committed = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_0__.changesSince)(git, since, 'HEAD');
    return [...new Set([...committed.paths, ...(await git.localChanges())])].sort();
}
/**
 * Run with a reporter for `format`, print the result, and set the exit code: 0 passed/skipped,
 * 1 failed, 130/143 when cancelled by SIGINT/SIGTERM.
 */
async function executeAndReport(format, execute) {
    const reporter = (0,_run_index_js__WEBPACK_IMPORTED_MODULE_2__.createReporter)(format, { stdout: process.stdout, stderr: process.stderr }, { progress: process.stderr.isTTY === true && process.env['TERM'] !== 'dumb' });
    const cancellation = (0,_run_index_js__WEBPACK_IMPORTED_MODULE_2__.cancelOnSignals)();
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
        const summary = (0,_run_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderRunSummary */ .qN)(run);
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
        settings: (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_1__.parseHostSettings)(flags, process.env),
        concurrencyGroup: (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConcurrencyGroup */ .CB)(flags.concurrencyGroup),
    };
}
/** The transports and backends of one run, honouring cancellation while waiting for a group lock. */
function hostRunOptions(plan, signal) {
    return {
        environment: (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .executionEnvironment */ .q9)({
            ...plan.settings,
            concurrencyGroup: plan.concurrencyGroup,
            signal,
        }),
    };
}


/***/ })

};
