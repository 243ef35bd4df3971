export const id = 2630;
export const ids = [2630];
export const modules = {

/***/ 42630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFilesSince: () => (/* binding */ changedFilesSince),
/* harmony export */   executeAndReport: () => (/* binding */ executeAndReport),
/* harmony export */   hostRunOptions: () => (/* binding */ hostRunOptions),
/* harmony export */   loadRunSources: () => (/* reexport safe */ _sources_index_js__WEBPACK_IMPORTED_MODULE_0__.S),
/* harmony export */   planHosts: () => (/* binding */ planHosts)
/* harmony export */ });
/* harmony import */ var _git_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10308);
/* harmony import */ var _hosts_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55834);
/* harmony import */ var _hosts_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75907);
/* harmony import */ var _run_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23918);
/* harmony import */ var _run_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72735);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84487);
/** What `run` and `rerun` share: loading the catalog and manifest, changed files, output and exit codes. */




/** Files changed from the merge base of `since` and HEAD, plus local edits and untracked files. */
async function changedFilesSince(repoRoot, since) {
    const git = (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createGit */ .lD)(repoRoot);
    const committed = await (0,_git_index_js__WEBPACK_IMPORTED_MODULE_1__/* .changesSince */ .sR)(git, since, 'HEAD');
    return [...new Set([...committed.paths, ...(await git.localChanges())])].sort();
}
/**
 * Run with a reporter for `format`, print the result, and set the exit code: 0 passed/skipped,
 * 1 failed, 130/143 when cancelled by SIGINT/SIGTERM.
 */
async function executeAndReport(format, execute) {
    const reporter = (0,_run_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createReporter */ .A5)(format, { stdout: process.stdout, stderr: process.stderr }, { progress: process.stderr.isTTY === true && process.env['TERM'] !== 'dumb' });
    const cancellation = (0,_run_index_js__WEBPACK_IMPORTED_MODULE_3__/* .cancelOnSignals */ .d)();
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
        settings: (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseHostSettings */ .Xy)(flags, process.env),
        concurrencyGroup: (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseConcurrencyGroup */ .CB)(flags.concurrencyGroup),
    };
}
/** The transports and backends of one run, honouring cancellation while waiting for a group lock. */
function hostRunOptions(plan, signal) {
    return {
        environment: (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_5__/* .executionEnvironment */ .q9)({
            ...plan.settings,
            concurrencyGroup: plan.concurrencyGroup,
            signal,
        }),
    };
}


/***/ }),

/***/ 72735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ cancelOnSignals)
/* harmony export */ });
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function cancelOnSignals(signals = ['SIGINT', 'SIGTERM']) {
    const controller = new AbortController();
    let received = null;
    const handler = (sig) => {
        if (received !== null)
            process.exit(EXIT_CODES[sig] ?? 1);
        received = sig;
        process.stderr.write(`pikaci: ${sig} received, stopping the run (send it again to exit at once)\n`);
        controller.abort();
    };
    for (const sig of signals)
        process.on(sig, handler);
    return {
        signal: controller.signal,
        received: () => received,
        exitCode: () => (received === null ? null : (EXIT_CODES[received] ?? 1)),
        dispose: () => {
            for (const sig of signals)
                process.off(sig, handler);
        },
    };
}


/***/ }),

/***/ 23918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A5: () => (/* binding */ createReporter),
  qN: () => (/* binding */ renderRunSummary)
});

// UNUSED EXPORTS: LinePrefixer, OUTPUT_FORMATS, renderEvent

// EXTERNAL MODULE: ./src/vm/lines.ts
var lines = __webpack_require__(52294);
;// CONCATENATED MODULE: ./src/run/progress.ts
function emptyProgress() {
    return { startedMs: null, running: new Map(), passed: 0, failed: 0, skipped: 0 };
}
function applyProgressEvent(state, event, nowMs) {
    switch (event.event) {
        case 'run_started':
            state.startedMs = nowMs;
            return;
        case 'job_started':
            state.running.set(event.job.id, nowMs);
            return;
        case 'job_finished': {
            state.running.delete(event.job.id);
            const status = event.job.status;
            if (status === 'passed')
                state.passed++;
            else if (status === 'failed')
                state.failed++;
            else if (status === 'skipped')
                state.skipped++;
            return;
        }
        case 'run_finished':
            state.running.clear();
            return;
    }
}
/** One line, at most `columns` wide: `⏳ 0:42 · 2 passed, 1 failed · running: vm-tests 0:12, …`. */
function progressLine(state, nowMs, columns) {
    const counts = [
        `${state.passed} passed`,
        ...(state.failed > 0 ? [`${state.failed} failed`] : []),
        ...(state.skipped > 0 ? [`${state.skipped} skipped`] : []),
    ].join(', ');
    const running = [...state.running].map(([id, since]) => `${oneLine(id)} ${clock(nowMs - since)}`);
    const line = [
        `⏳ ${clock(state.startedMs === null ? 0 : nowMs - state.startedMs)}`,
        counts,
        running.length > 0 ? `running: ${running.join(', ')}` : 'between jobs',
    ].join(' · ');
    const width = Math.max(10, columns - 1);
    return [...line].length > width ? `${[...line].slice(0, width - 1).join('')}…` : line;
}
function clock(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
/** Job ids are repository data: no control characters on the terminal. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
const CLEAR = '\r\u001b[2K';
const TICK_MS = 1000;
/**
 * Wraps a `human` reporter's sinks and events with the status line on `terminal` (stderr). The line
 * is only drawn while every stream is at the start of a line, and is gone once the run finishes.
 */
function withProgress(inner, io, now = Date.now) {
    const state = emptyProgress();
    let shown = false;
    let atLineStart = true;
    let finished = false;
    let timer = null;
    const clear = () => {
        if (shown)
            io.stderr.write(CLEAR);
        shown = false;
    };
    const draw = () => {
        if (finished || !atLineStart)
            return;
        io.stderr.write(`${shown ? CLEAR : ''}${progressLine(state, now(), io.stderr.columns || 80)}`);
        shown = true;
    };
    const around = (sink) => ({
        write: (chunk) => {
            clear();
            const result = sink.write(chunk);
            const text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
            if (text.length > 0)
                atLineStart = text.endsWith('\n');
            draw();
            return result;
        },
    });
    const reporter = inner({ stdout: around(io.stdout), stderr: around(io.stderr) });
    return {
        ...reporter,
        event: async (event) => {
            applyProgressEvent(state, event, now());
            if (event.event === 'run_started' && timer === null) {
                timer = setInterval(draw, TICK_MS);
                timer.unref();
            }
            if (event.event === 'run_finished') {
                finished = true;
                if (timer !== null)
                    clearInterval(timer);
                clear();
            }
            await reporter.event(event);
        },
    };
}

;// CONCATENATED MODULE: ./src/run/reporters.ts


const OUTPUT_FORMATS = (/* unused pure expression or super */ null && (['human', 'json', 'jsonl']));
/**
 * Prefixes every line of interleaved job output with `[job-id] `: one line splitter per job and
 * stream, each keeping at most one partial line, so memory stays bounded however much a job prints.
 */
class LinePrefixer {
    sink;
    splitters = new Map();
    constructor(sink) {
        this.sink = sink;
    }
    write(jobId, stream, chunk) {
        const key = `${jobId}\0${stream}`;
        let entry = this.splitters.get(key);
        if (!entry) {
            entry = { jobId, lines: new lines/* LineSplitter */.g(`[${jobId}] `, (line) => void this.sink.write(line)) };
            this.splitters.set(key, entry);
        }
        entry.lines.push(chunk);
    }
    end(jobId) {
        for (const [key, entry] of this.splitters) {
            if (entry.jobId !== jobId)
                continue;
            entry.lines.end();
            this.splitters.delete(key);
        }
    }
}
function liveOutput(sink) {
    const prefixer = new LinePrefixer(sink);
    return {
        jobOutput: ({ jobId, stream, chunk, parallel }) => {
            if (parallel)
                prefixer.write(jobId, stream, chunk);
            else
                sink.write(chunk);
        },
        jobOutputEnd: (jobId) => prefixer.end(jobId),
    };
}
/** One readable line per lifecycle event (the forge's rendering, docs/upstream.md, records 3.12). */
function renderEvent(event) {
    switch (event.event) {
        case 'run_started':
            return `[pikaci] run started: ${event.run_id} · ${event.target_id ?? 'unknown-target'}${event.target_description ? ` · ${event.target_description}` : ''}`;
        case 'job_started':
            return `[pikaci] job started: ${event.job.id} · ${event.job.description}`;
        case 'job_finished':
            return `[pikaci] job finished: ${event.job.id} · status=${event.job.status}${event.job.message ? ` · ${event.job.message}` : ''}`;
        case 'run_finished':
            return `[pikaci] run finished: ${event.run.run_id} · status=${event.run.status}${event.run.message ? ` · ${event.run.message}` : ''}`;
    }
}
/**
 * `progress` (the CLI sets it when stderr is a terminal) adds a live status line to `human` output;
 * the machine-readable formats never carry one.
 */
function createReporter(format, io, options = {}) {
    switch (format) {
        case 'human':
            return options.progress ? withProgress(humanReporter, io) : humanReporter(io);
        case 'jsonl':
            return {
                event: (event) => void io.stdout.write(`${JSON.stringify(event)}\n`),
                ...liveOutput(io.stderr),
            };
        case 'json':
            return { event: () => undefined, ...liveOutput(io.stderr) };
    }
}
function humanReporter(io) {
    return { event: (event) => void io.stderr.write(`${renderEvent(event)}\n`), ...liveOutput(io.stdout) };
}
/** The final lines of a run: `<run_id> <job_id> <status>` per job (or the target for a job-less run). */
function renderRunSummary(run) {
    if (run.jobs.length === 0) {
        return {
            stdout: [`${run.run_id} ${run.target_id ?? '-'} ${run.status}`],
            stderr: run.message ? [run.message] : [],
        };
    }
    return {
        stdout: run.jobs.map((job) => `${run.run_id} ${job.id} ${job.status}`),
        stderr: run.jobs.filter((job) => job.message).map((job) => `${job.id}: ${job.message}`),
    };
}


/***/ }),

/***/ 84487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ loadRunSources)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28788);

async function loadRunSources(flags) {
    const { resolveStateRoot } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(6542)]).then(__webpack_require__.bind(__webpack_require__, 16542));
    const { runJobs } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(4572), __webpack_require__.e(308), __webpack_require__.e(9442), __webpack_require__.e(2907), __webpack_require__.e(7663)]).then(__webpack_require__.bind(__webpack_require__, 57663));
    const { nixBuildOptionsFromEnv, nixPrepareHandlers } = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(9442), __webpack_require__.e(5126)]).then(__webpack_require__.bind(__webpack_require__, 85126));
    const sources = await (0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSources */ .Dl)({ ...flags, manifestNeed: 'optional' });
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


/***/ }),

/***/ 52294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LineSplitter)
/* harmony export */ });
/* unused harmony export MAX_PENDING_LINE */
/**
 * The one line splitter: a byte stream cut into prefixed lines with bounded memory (docs/design.md
 * decision 9). The VM backends split guest output into host.log with it, and the reporters prefix
 * interleaved job output with it.
 */
/** Longest partial line kept while waiting for its newline; longer ones are flushed as they are. */
const MAX_PENDING_LINE = 64 * 1024;
/** Emits each complete line of the pushed chunks as `prefix + line + '\n'`, keeping at most one partial line. */
class LineSplitter {
    prefix;
    emit;
    pending = Buffer.alloc(0);
    constructor(prefix, emit) {
        this.prefix = prefix;
        this.emit = emit;
    }
    push(chunk) {
        let data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        let newline = data.indexOf(0x0a);
        while (newline !== -1) {
            this.emit(`${this.prefix}${data.subarray(0, newline + 1).toString()}`);
            data = data.subarray(newline + 1);
            newline = data.indexOf(0x0a);
        }
        if (data.length > MAX_PENDING_LINE) {
            this.emit(`${this.prefix}${data.toString()}\n`);
            data = Buffer.alloc(0);
        }
        this.pending = Buffer.from(data);
    }
    /** Flushes the partial line, if any, with a newline. */
    end() {
        if (this.pending.length > 0)
            this.emit(`${this.prefix}${this.pending.toString()}\n`);
        this.pending = Buffer.alloc(0);
    }
}


/***/ })

};
