export const id = 317;
export const ids = [317];
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

/***/ 91572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runArtifactFiles: () => (/* binding */ runArtifactFiles),
  runRunCommand: () => (/* binding */ runRunCommand)
});

// EXTERNAL MODULE: ./src/action/toolkit.ts
var toolkit = __webpack_require__(97096);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/sources/index.ts + 2 modules
var src_sources = __webpack_require__(94383);
// EXTERNAL MODULE: ./src/hosts/index.ts + 5 modules
var hosts = __webpack_require__(89475);
// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
// EXTERNAL MODULE: ./src/run/index.ts + 12 modules
var src_run = __webpack_require__(94664);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
;// CONCATENATED MODULE: ./src/action/artifact.ts
/**
 * Uploading a run as a workflow artifact. The real client (`@actions/artifact`) is imported only
 * when an upload happens. Where the service cannot work — no runtime token (a step run outside
 * Actions, some self-hosted setups) or GHES, which @actions/artifact v2+ does not support — the
 * service is `unavailable` with the reason, and the caller warns once and carries on.
 *
 * Offline option (README, `command: run`): `PIKACI_TEST_ARTIFACT_DIR` swaps in a stand-in client that
 * copies the files into `<dir>/<artifact name>/` instead of uploading, for running the bundled action
 * outside GitHub; no workflow should set it. The tests drive the real client against a simulated
 * artifact service instead.
 */



const TEST_ARTIFACT_DIR_ENV = 'PIKACI_TEST_ARTIFACT_DIR';
function artifactService(env) {
    const simulatedDir = env[TEST_ARTIFACT_DIR_ENV];
    if (simulatedDir)
        return { kind: 'available', client: simulatedArtifactClient(simulatedDir), simulated: true };
    if (isGhes(env['GITHUB_SERVER_URL'])) {
        return {
            kind: 'unavailable',
            reason: `GitHub Enterprise Server (${env['GITHUB_SERVER_URL']}) does not support the artifact service of @actions/artifact v2+`,
        };
    }
    if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
        return {
            kind: 'unavailable',
            reason: 'the artifact service is not reachable from this step (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)',
        };
    }
    return { kind: 'available', client: defaultArtifactClient(), simulated: false };
}
/** @actions/artifact's own rule: anything but github.com, *.ghe.com and *.localhost is GHES. */
function isGhes(serverUrl) {
    const host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
    return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
}
function defaultArtifactClient() {
    return {
        async uploadArtifact(name, files, rootDirectory, options) {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(543), __webpack_require__.e(991), __webpack_require__.e(351), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
            const response = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory, {
                ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
            });
            return { id: response.id ?? null, size: response.size ?? null };
        },
    };
}
/** The offline stand-in (see the file comment): artifact names are unique, like the real service's 409. */
function simulatedArtifactClient(dir) {
    return {
        async uploadArtifact(name, files, rootDirectory) {
            const dest = (0,external_node_path_.join)(dir, name);
            if (await (0,promises_.stat)(dest).catch(() => null)) {
                throw new util/* PikaciError */.uy(`(409) Conflict: an artifact with this name already exists on the workflow run: ${name}`);
            }
            let size = 0;
            for (const file of files) {
                const rel = (0,external_node_path_.relative)(rootDirectory, file);
                if (rel.startsWith(`..${external_node_path_.sep}`))
                    throw new util/* PikaciError */.uy(`${file} is not under ${rootDirectory}`);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(dest, rel)), { recursive: true });
                await (0,promises_.copyFile)(file, (0,external_node_path_.join)(dest, rel));
                size += (await (0,promises_.stat)(file)).size;
            }
            await (0,promises_.mkdir)(dest, { recursive: true });
            return { id: (await (0,promises_.readdir)(dir)).length, size };
        },
    };
}
/** `pikaci-<lane>-<attempt>`, with the characters artifact names forbid replaced. */
function artifactName(laneId, runAttempt) {
    return `pikaci-${laneId}-${runAttempt}`.replace(/[":<>|*?\r\n\\/]/g, '-');
}

// EXTERNAL MODULE: ./src/action/pass-cache.ts + 8 modules
var pass_cache = __webpack_require__(9207);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(31658);
// EXTERNAL MODULE: ./src/timeline/index.ts + 4 modules
var timeline = __webpack_require__(24385);
;// CONCATENATED MODULE: ./src/action/run-summary.ts


/** GitHub's limit is 1 MiB per step; stay well inside it. */
const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 64 * 1024;
const LOG_TAIL_LINES = 50;
const MAX_LINE_CHARS = 2000;
const MAX_CELL_CHARS = 300;
const STATUS_ICON = {
    passed: '✅ passed',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    running: '⏳ running',
};
function runSummaryMarkdown(input) {
    const { run, lane } = input;
    if (run.pass_cache?.outcome === 'already_passed')
        return alreadyPassedMarkdown(input, run.pass_cache);
    const head = [
        `## pikaci · ${cell(lane.title)} (\`${cell(lane.id)}\`)`,
        '',
        `**${STATUS_ICON[run.status]}**${run.message ? ` — ${cell(run.message)}` : ''}`,
        '',
        `- target: \`${cell(run.target_id ?? '-')}\`${run.target_description ? ` — ${cell(run.target_description)}` : ''}`,
        `- head: ${run.git_head ? `\`${run.git_head.slice(0, 12)}\`${run.git_dirty ? ' (dirty)' : ''}` : '—'}`,
        `- run: \`${run.run_id}\``,
        ...(run.pass_cache
            ? [`- pass key: \`${cell(run.pass_cache.key)}\`${input.passNote ? ` — ${cell(input.passNote)}` : ''}`]
            : []),
        '',
        '| job | status | duration | exit | placement / runtime | image | phases |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...run.jobs.map(jobRow),
        ...(run.jobs.length === 0 ? ['| — | | | | | | no jobs ran |'] : []),
        '',
        ...timelineSection(run),
    ].join('\n');
    const tail = `${artifactSection(input)}\n`;
    const budget = input.budgetBytes ?? SUMMARY_BUDGET_BYTES;
    const failed = run.jobs.filter((job) => job.status === 'failed' && input.logTails.has(job.id));
    const left = budget - bytes(head) - bytes(tail);
    const perJob = failed.length === 0 ? 0 : Math.floor(left / failed.length);
    const sections = failed.map((job) => logSection(job, input.logTails.get(job.id), perJob));
    return [head, ...sections, tail].join('\n');
}
/**
 * A lane that was not run because a run with the same pass key passed (README "Skipping lanes that
 * already passed"): said as such, with the link to that run, and no job table.
 */
function alreadyPassedMarkdown(input, pass) {
    const { run, lane } = input;
    const url = pass.proved_by_url;
    const proof = url
        ? `[the run that proved it](${url})`
        : pass.proved_by_run_id
            ? `run \`${cell(pass.proved_by_run_id)}\``
            : 'a run whose marker could not be read';
    return [
        `## pikaci · ${cell(lane.title)} (\`${cell(lane.id)}\`)`,
        '',
        `**♻️ passed — already passed** at ${proof}${pass.proved_at ? ` (${cell(pass.proved_at)})` : ''}`,
        '',
        'Nothing ran: a run with exactly these inputs (the same pass key) passed.',
        '',
        `- target: \`${cell(run.target_id ?? '-')}\`${run.target_description ? ` — ${cell(run.target_description)}` : ''}`,
        `- head: ${run.git_head ? `\`${run.git_head.slice(0, 12)}\`` : '—'}`,
        `- run: \`${run.run_id}\``,
        `- pass key: \`${cell(pass.key)}\``,
        '',
        artifactSection(input),
    ].join('\n');
}
/** The Mermaid timeline under the table; none when it would have no bars or too many to read. */
function timelineSection(run) {
    const chart = (0,timeline/* runTimelineMermaid */.I$)(run);
    return chart === null ? [] : ['### Timeline', '', chart];
}
function jobRow(job) {
    const vm = job.remote_linux_vm_execution;
    // Records written before `image` existed carry only upstream's `incus_image`.
    const shown = vm?.image ??
        (vm?.incus_image ? { name: vm.incus_image.alias, digest: vm.incus_image.fingerprint } : null);
    const image = shown
        ? `${cell(shown.name)}${shown.digest ? ` \`${shown.digest.replace(/^sha256:/, '').slice(0, 12)}\`` : ''}`
        : '—';
    const phases = vm?.phases.length
        ? vm.phases.map((p) => `${p.phase} ${seconds(p.duration_ms)}`).join('<br>')
        : '—';
    const message = job.message ? `<br>${cell(job.message)}` : '';
    return `| \`${cell(job.id)}\` | ${STATUS_ICON[job.status]}${message} | ${duration(job)} | ${job.exit_code ?? '—'} | ${job.placement ?? '?'} / ${job.runtime ?? '?'} | ${image} | ${phases} |`;
}
function logSection(job, tail, budget) {
    const lines = tail.lines.map((line) => line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)} …` : line);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines) + 1));
    const open = `<details><summary>${tail.source} log of <code>${html(job.id)}</code>: last ${lines.length} lines</summary>\n\n${fence}text\n`;
    const close = `\n${fence}\n\n</details>\n`;
    const droppedNote = (dropped) => `(${dropped} earlier lines left out to keep the summary under 1 MiB; the full log is in the artifact)\n`;
    // Room for the note as if every line were dropped, and for the newlines that join the sections.
    const room = budget - bytes(open) - bytes(close) - bytes(droppedNote(lines.length)) - 8;
    const kept = [];
    let used = 0;
    for (let i = lines.length - 1; i >= 0; i--) {
        const size = bytes(lines[i]) + 1;
        if (used + size > room)
            break;
        kept.unshift(lines[i]);
        used += size;
    }
    if (room <= 0)
        return `_log of \`${cell(job.id)}\` left out: the summary is at its size limit; see the artifact_\n`;
    const dropped = lines.length - kept.length;
    const note = dropped > 0 ? droppedNote(dropped) : '';
    return `${open}${note}${kept.join('\n')}${close}`;
}
function artifactSection(input) {
    const { artifact } = input;
    if (artifact.kind === 'not_uploaded') {
        return `### Run records\n\nNot uploaded as an artifact: ${cell(artifact.reason)}. The records stay in the state root on the runner.\n`;
    }
    const simulated = artifact.simulated ? ' (simulated artifact service)' : '';
    return [
        '### Run records',
        '',
        `Uploaded as artifact \`${artifact.name}\`${artifact.id === null ? '' : ` (id ${artifact.id})`}${simulated}. To inspect it offline:`,
        '',
        '```sh',
        `pikaci download --repo ${input.repository} --run-id ${input.workflowRunId} --lane ${input.lane.id}`,
        `pikaci status ${input.run.run_id}   # then: pikaci logs ${input.run.run_id}`,
        '```',
        '',
        `or \`gh run download ${input.workflowRunId} --repo ${input.repository} --name ${artifact.name}\`.`,
        '',
    ].join('\n');
}
function duration(job) {
    if (!job.finished_at)
        return '—';
    return seconds(Date.parse(job.finished_at) - Date.parse(job.started_at));
}
function seconds(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}
function longestBacktickRun(lines) {
    let longest = 0;
    for (const line of lines)
        for (const run of line.match(/`+/g) ?? [])
            longest = Math.max(longest, run.length);
    return longest;
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** One table cell: no pipes, line breaks or HTML (README "Security"), bounded length. */
function cell(text) {
    const flat = (0,report/* markdownText */.p7)(text);
    return flat.length > MAX_CELL_CHARS ? `${flat.slice(0, MAX_CELL_CHARS)} …` : flat;
}
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * `command: run` — one matrix leg: run the lane through the library with live logs grouped per job,
 * upload `runs/<run_id>` as one artifact, write the job summary, set `run-id`, `status` and
 * `artifact-id`, and fail the step when the lane failed. The SSH key is masked, given to the
 * transport in memory and never written anywhere.
 */














async function runRunCommand() {
    const inputs = readRunInputs(process.env);
    const workspace = (0,external_node_path_.resolve)(process.env['GITHUB_WORKSPACE'] || process.cwd());
    process.chdir(workspace);
    const sources = await (0,src_sources.loadRunSources)({
        catalog: inputs.catalog === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.catalog),
        manifest: inputs.manifest === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.manifest),
        stateRoot: inputs.stateRoot,
    });
    // The same resolution as `pikaci run <lane>`: jobs, concurrency group, parallelism.
    const laneRun = (0,src_run.resolveLaneRun)({ id: inputs.lane, sources: sources.runnable, env: process.env });
    const { runnable, title } = laneRun;
    maskStepSecrets(process.env, laneRun.jobs);
    const cancellation = (0,src_run/* cancelOnSignals */.dJ)();
    const environment = (0,hosts/* executionEnvironment */.q9)({
        ...inputs.host,
        concurrencyGroup: laneRun.concurrencyGroup,
        signal: cancellation.signal,
    });
    let run;
    // README "Skipping lanes that already passed": the pass cache around the run (src/action/pass-cache.ts).
    let passNote = null;
    const passRequest = { ...inputs, laneRun, sources, env: process.env };
    try {
        const pass = inputs.skipIfPassed ? await (0,pass_cache/* checkLanePass */.UJ)(passRequest) : null;
        if (pass?.kind === 'hit')
            run = await (0,pass_cache/* recordLaneAlreadyPassed */.MO)(pass, passRequest);
        else {
            run = await sources.run({
                targetId: runnable.targetId,
                targetDescription: runnable.description,
                filters: runnable.filters,
                jobs: laneRun.jobs,
                maxConcurrentExecutes: laneRun.maxConcurrentExecutes,
                reporter: groupedReporter(process.stdout, laneRun.parallel),
                signal: cancellation.signal,
                environment,
            });
            if (pass?.kind === 'miss')
                ({ run, note: passNote } = await (0,pass_cache/* afterLaneRun */.kh)(pass, run, sources.stateRoot, process.env));
        }
    }
    finally {
        cancellation.dispose();
    }
    for (const job of run.jobs.filter((j) => j.status === 'failed')) {
        toolkit/* error */.z3(`${job.id}: ${job.message ?? 'failed'}`, {
            title: `pikaci ${inputs.lane}: job ${job.id} failed`,
        });
    }
    const artifact = run.pass_cache?.outcome === 'already_passed'
        ? {
            kind: 'not_uploaded',
            name: artifactName(inputs.lane, runAttempt()),
            reason: pass_cache/* ALREADY_PASSED_UPLOAD */.Mv,
        }
        : inputs.uploadArtifact
            ? await uploadRun(sources.stateRoot, run, inputs)
            : {
                kind: 'not_uploaded',
                name: artifactName(inputs.lane, runAttempt()),
                reason: '`upload-artifact` is false',
            };
    toolkit/* setOutput */.uH('run-id', run.run_id);
    toolkit/* setOutput */.uH('status', run.status);
    toolkit/* setOutput */.uH('already-passed', run.pass_cache?.outcome === 'already_passed' ? 'true' : 'false');
    toolkit/* setOutput */.uH('artifact-id', artifact.kind === 'uploaded' && artifact.id !== null ? String(artifact.id) : '');
    if (process.env['GITHUB_STEP_SUMMARY']) {
        const markdown = runSummaryMarkdown({
            lane: { id: inputs.lane, title },
            run,
            logTails: await failedLogTails(run),
            artifact,
            repository: process.env['GITHUB_REPOSITORY'] ?? 'OWNER/NAME',
            workflowRunId: process.env['GITHUB_RUN_ID'] ?? '<run id>',
            passNote,
        });
        await toolkit/* summary */.z.addRaw((0,util/* redactText */.Rd)(markdown)).write();
    }
    const signalExit = cancellation.exitCode();
    if (signalExit !== null) {
        toolkit/* error */.z3(`lane ${inputs.lane} was cancelled (${cancellation.received()})`);
        process.exitCode = signalExit;
    }
    else if (run.status === 'failed') {
        toolkit/* setFailed */.C1(`lane ${inputs.lane} failed${run.message ? `: ${run.message}` : ''} (run ${run.run_id})`);
    }
}
function readRunInputs(env) {
    const lane = toolkit/* getInput */.V4('lane').trim();
    if (lane === '') {
        throw new util/* InputError */.dz('`command: run` needs the `lane` input', {
            where: 'input `lane`',
            hint: 'pass `lane: ${{ matrix.lane }}` from the plan matrix',
        });
    }
    // One table for the action's inputs and the CLI's flags (src/hosts); `ssh-key` is masked and
    // registered with the redactor as soon as it is read.
    const host = (0,hosts/* actionHostSettings */.Ow)((name) => toolkit/* getInput */.V4(name, { trimWhitespace: false }), maskSecret, env);
    const stateRootInput = toolkit/* getInput */.V4('state-root').trim();
    const runnerTemp = env['RUNNER_TEMP'];
    return {
        lane,
        manifest: toolkit/* getInput */.V4('manifest').trim(),
        catalog: toolkit/* getInput */.V4('catalog').trim(),
        stateRoot: stateRootInput !== '' ? stateRootInput : runnerTemp ? (0,external_node_path_.join)(runnerTemp, 'pikaci') : '',
        host,
        uploadArtifact: (0,inputs/* booleanInput */.t)('upload-artifact', true),
        retentionDays: retentionDays(toolkit/* getInput */.V4('retention-days').trim()),
        skipIfPassed: (0,inputs/* booleanInput */.t)('skip-if-passed', false),
    };
}
/**
 * Mask the whole value and each line (the runner matches masks line by line in the live log) and
 * register it with the redactor, which keeps it out of every file the run writes.
 */
function maskSecret(value) {
    if (value === undefined || value.trim() === '')
        return;
    (0,util/* addSecret */.Ck)(value);
    toolkit/* setSecret */.Pq(value.trim());
    for (const line of value.split(/\r?\n/))
        if (line.trim().length >= 4)
            toolkit/* setSecret */.Pq(line.trim());
}
/** The runner's own credentials in this step's environment: never a job's, redacted if they appear. */
const RUNNER_SECRET_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'GITHUB_TOKEN',
];
/**
 * Mask and redact the step's other secrets before any job starts: the `token` input, the runner's
 * tokens, and the secrets the lane's jobs ask for (`ssh-key` is masked as soon as it is read).
 */
function maskStepSecrets(env, jobs) {
    maskSecret(toolkit/* getInput */.V4('token'));
    for (const name of RUNNER_SECRET_VARIABLES)
        maskSecret(env[name]);
    for (const job of jobs)
        for (const name of job.secrets ?? [])
            maskSecret(env[name]);
}
function retentionDays(value) {
    if (value === '' || value === '0')
        return undefined;
    const days = Number(value);
    if (!/^\d+$/.test(value) || days < 1 || days > 90) {
        throw new util/* InputError */.dz(`\`retention-days\` must be a whole number of days from 1 to 90 (empty: the repository default), got ${JSON.stringify(value)}`, {
            where: 'input `retention-days`',
        });
    }
    return days;
}
function runAttempt() {
    return process.env['GITHUB_RUN_ATTEMPT'] || '1';
}
/**
 * Live output for the Actions log. Sequential jobs: one `::group::` per job. Parallel jobs: lines
 * prefixed with the job id (groups cannot interleave). Guest output runs inside `::stop-commands::`
 * so a job cannot issue workflow commands (set outputs, add masks, end our group).
 */
function groupedReporter(sink, parallel) {
    const token = (0,external_node_crypto_.randomUUID)();
    const prefixer = new src_run/* LinePrefixer */.SY(sink);
    let lastByte = 0x0a;
    let stopped = false;
    const write = (text) => {
        if (text.length === 0)
            return;
        sink.write(text);
        lastByte = typeof text === 'string' ? text.charCodeAt(text.length - 1) : text[text.length - 1];
    };
    // Lifecycle lines carry catalog strings (job descriptions, messages): one log line each, always.
    const line = (text) => {
        if (lastByte !== 0x0a)
            write('\n');
        write(`${(0,report/* oneLine */.TN)(text)}\n`);
    };
    const stopCommands = () => {
        if (!stopped)
            line(`::stop-commands::${token}`);
        stopped = true;
    };
    const resumeCommands = () => {
        if (stopped)
            line(`::${token}::`);
        stopped = false;
    };
    return {
        event(event) {
            switch (event.event) {
                case 'run_started':
                    line((0,src_run/* renderEvent */.N1)(event));
                    return;
                case 'job_started':
                    if (parallel) {
                        stopCommands();
                        line((0,src_run/* renderEvent */.N1)(event));
                    }
                    else {
                        line(`::group::${event.job.id} · ${event.job.description}`);
                        stopCommands();
                    }
                    return;
                case 'job_finished':
                    if (parallel)
                        line((0,src_run/* renderEvent */.N1)(event));
                    else {
                        resumeCommands();
                        line('::endgroup::');
                        line((0,src_run/* renderEvent */.N1)(event));
                    }
                    return;
                case 'run_finished':
                    resumeCommands();
                    line((0,src_run/* renderEvent */.N1)(event));
                    return;
            }
        },
        jobOutput({ jobId, stream, chunk, parallel: several }) {
            if (several)
                prefixer.write(jobId, stream, chunk);
            else
                write(chunk);
        },
        jobOutputEnd: (jobId) => prefixer.end(jobId),
    };
}
/** Every file of `runs/<run_id>` except the source snapshot and build trees (git has the source). */
async function runArtifactFiles(stateRoot, runId) {
    const runDir = (0,records/* runPaths */.Ot)(stateRoot, runId).runDir;
    const entries = await (0,promises_.readdir)(runDir, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
        .filter((file) => !isExcluded((0,external_node_path_.relative)(runDir, file).split('/')))
        .sort();
}
function isExcluded(parts) {
    if (parts[0] === 'snapshot' || parts[0] === 'cargo-target')
        return true;
    return parts[0] === 'jobs' && parts[2] === 'workspace';
}
async function uploadRun(stateRoot, run, inputs) {
    const name = artifactName(inputs.lane, runAttempt());
    const service = artifactService(process.env);
    if (service.kind === 'unavailable') {
        toolkit/* warning */.$e(`run records not uploaded: ${service.reason}; everything else still works`);
        return { kind: 'not_uploaded', name, reason: service.reason };
    }
    const files = await runArtifactFiles(stateRoot, run.run_id);
    try {
        const result = await service.client.uploadArtifact(name, files, (0,records/* runsDir */.AM)(stateRoot), {
            ...(inputs.retentionDays === undefined ? {} : { retentionDays: inputs.retentionDays }),
        });
        toolkit/* info */.pq(`uploaded ${files.length} files of run ${run.run_id} as artifact ${name}${result.id === null ? '' : ` (id ${result.id})`}`);
        return { kind: 'uploaded', name, id: result.id, simulated: service.simulated };
    }
    catch (error) {
        const reason = `upload of artifact ${name} failed: ${(0,util/* errorMessage */.gJ)(error)}`;
        toolkit/* warning */.$e(reason);
        return { kind: 'not_uploaded', name, reason };
    }
}
/** The last lines of each failed job's guest log (host log when the guest log is empty), read from the end. */
async function failedLogTails(run) {
    const tails = new Map();
    for (const job of run.jobs.filter((j) => j.status === 'failed')) {
        const guest = await tailLines(job.guest_log_path, LOG_TAIL_LINES);
        if (guest.length > 0)
            tails.set(job.id, { source: 'guest', lines: guest });
        else
            tails.set(job.id, { source: 'host', lines: await tailLines(job.host_log_path, LOG_TAIL_LINES) });
    }
    return tails;
}
const TAIL_CHUNK_BYTES = 64 * 1024;
/** How far back to look for line starts: a log of a few giant lines is not read whole. */
const TAIL_SCAN_LIMIT_BYTES = 64 * 1024 * 1024;
/** Bytes kept of each line; the summary cuts lines shorter still. */
const TAIL_LINE_BYTES = 4096;
/**
 * The last `count` lines of a file in bounded memory: scan backwards for line starts, then read
 * forward keeping at most `TAIL_LINE_BYTES` of each line.
 */
async function tailLines(path, count) {
    const handle = await (0,promises_.open)(path, 'r').catch(() => null);
    if (handle === null)
        return [];
    try {
        const { size } = await handle.stat();
        const chunk = Buffer.alloc(TAIL_CHUNK_BYTES);
        const floor = Math.max(0, size - TAIL_SCAN_LIMIT_BYTES);
        let start = floor;
        let newlines = 0;
        let pos = size;
        scan: while (pos > floor) {
            const length = Math.min(TAIL_CHUNK_BYTES, pos - floor);
            pos -= length;
            await handle.read(chunk, 0, length, pos);
            for (let i = length - 1; i >= 0; i--) {
                // The file's final newline ends the last line; it does not start another.
                if (chunk[i] !== 0x0a || pos + i === size - 1)
                    continue;
                if (++newlines === count) {
                    start = pos + i + 1;
                    break scan;
                }
            }
        }
        const lines = [];
        let line = [];
        let kept = 0;
        const endLine = () => {
            lines.push(Buffer.concat(line).toString('utf8'));
            line = [];
            kept = 0;
        };
        for (let offset = start; offset < size; offset += TAIL_CHUNK_BYTES) {
            const { bytesRead } = await handle.read(chunk, 0, Math.min(TAIL_CHUNK_BYTES, size - offset), offset);
            let from = 0;
            while (from < bytesRead) {
                const newline = chunk.indexOf(0x0a, from);
                const to = newline === -1 || newline >= bytesRead ? bytesRead : newline;
                const room = TAIL_LINE_BYTES - kept;
                if (room > 0) {
                    const piece = Buffer.from(chunk.subarray(from, Math.min(to, from + room)));
                    line.push(piece);
                    kept += piece.length;
                }
                if (to === bytesRead)
                    break;
                endLine();
                from = to + 1;
            }
        }
        if (kept > 0 || line.length > 0)
            endLine();
        return lines.slice(-count);
    }
    finally {
        await handle.close();
    }
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




/***/ }),

/***/ 24385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vC: () => (/* reexport */ criticalPath),
  I$: () => (/* reexport */ runTimelineMermaid),
  pg: () => (/* reexport */ timelineMermaid),
  r: () => (/* reexport */ workflowTimeline)
});

// UNUSED EXPORTS: MAX_TIMELINE_BARS, formatDuration, mermaidLabel, runTimeline, timelineSvg

// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
;// CONCATENATED MODULE: ./src/timeline/bars.ts
/**
 * Where a run's time went, as bars on one time axis: the run's prepare nodes, then each job and its
 * recorded phases, in the order they started. One model for every picture of it (the Mermaid chart
 * in job summaries, the SVG in `pikaci show --html`), so they cannot disagree. Pure.
 */

/** More bars than this make a chart nobody reads (and a big summary): callers show the table alone. */
const MAX_TIMELINE_BARS = 60;
/**
 * The bars of a run. A job that has not finished ends at the latest time the record knows of, so a
 * live run still draws; a timestamp that does not parse leaves its bar out rather than skewing the axis.
 */
function runTimeline(run) {
    const known = [
        (0,records/* timestampMs */.R5)(run.created_at),
        ...(run.finished_at ? [(0,records/* timestampMs */.R5)(run.finished_at)] : []),
        ...run.prepare_timings.map((t) => (0,records/* timestampMs */.R5)(t.finished_at)),
        ...run.jobs.flatMap((job) => [
            (0,records/* timestampMs */.R5)(job.started_at),
            ...(job.finished_at ? [(0,records/* timestampMs */.R5)(job.finished_at)] : []),
            ...(job.remote_linux_vm_execution?.phases ?? []).map((p) => (0,records/* timestampMs */.R5)(p.finished_at)),
        ]),
    ].filter(Number.isFinite);
    const latest = known.length > 0 ? Math.max(...known) : 0;
    const bars = [];
    const prepare = [...run.prepare_timings].sort(byStart);
    for (const timing of prepare) {
        push(bars, { section: 'prepare', label: timing.node_id, kind: 'prepare', status: 'passed' }, timing.started_at, timing.finished_at);
    }
    for (const job of [...run.jobs].sort(byStart)) {
        push(bars, { section: job.id, label: job.id, kind: 'job', status: job.status }, job.started_at, job.finished_at ?? latest);
        const phases = [...(job.remote_linux_vm_execution?.phases ?? [])].sort(byStart);
        for (const phase of phases) {
            push(bars, { section: job.id, label: phase.phase, kind: 'phase', status: 'phase' }, phase.started_at, phase.finished_at);
        }
    }
    const startMs = bars.length > 0 ? Math.min(...bars.map((b) => b.startMs)) : 0;
    const endMs = bars.length > 0 ? Math.max(...bars.map((b) => b.endMs)) : 0;
    return { bars, startMs, endMs };
}
function byStart(a, b) {
    return (0,records/* timestampMs */.R5)(a.started_at) - (0,records/* timestampMs */.R5)(b.started_at);
}
function push(bars, bar, start, end) {
    const startMs = (0,records/* timestampMs */.R5)(start);
    const endMs = typeof end === 'number' ? end : (0,records/* timestampMs */.R5)(end);
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs))
        return;
    bars.push({ ...bar, startMs, endMs: Math.max(startMs, endMs), critical: false });
}

;// CONCATENATED MODULE: ./src/timeline/mermaid.ts
/**
 * A timeline as a Mermaid `gantt` chart, which GitHub renders in Markdown and job summaries. Every
 * string from a record or the catalog goes through `mermaidLabel`, so a job id cannot end a line,
 * start a directive, open a comment or add HTML (README "Security").
 */

const MAX_LABEL_CHARS = 60;
function tag(bar, highlight) {
    const red = highlight === 'failures' ? bar.status === 'failed' : bar.critical;
    if (red)
        return 'crit, ';
    switch (bar.status) {
        case 'running':
            return 'active, ';
        case 'phase':
            return '';
        case 'passed':
        case 'failed':
        case 'skipped':
            return 'done, ';
        default:
            return unreachable(bar.status);
    }
}
function unreachable(value) {
    throw new Error(`unhandled bar status ${String(value)}`);
}
const MARK = {
    passed: '✔',
    failed: '✘',
    skipped: '⏭',
    running: '…',
    phase: '·',
};
/** The Mermaid chart of a run's jobs and phases, or null when there is nothing to draw or too much. */
function runTimelineMermaid(run) {
    return timelineMermaid(runTimeline(run), `run ${run.run_id}`, 'failures');
}
/**
 * A fenced ```` ```mermaid ```` block, or null when the timeline has no bars or more than
 * `MAX_TIMELINE_BARS` (the caller then shows its table alone). Times are absolute (`dateFormat x`,
 * milliseconds since the epoch), so the axis reads as the viewer's clock time.
 */
function timelineMermaid(timeline, title, highlight) {
    if (timeline.bars.length === 0 || timeline.bars.length > MAX_TIMELINE_BARS)
        return null;
    const lines = [
        '```mermaid',
        'gantt',
        `  title ${mermaidLabel(title)}`,
        '  dateFormat x',
        '  axisFormat %H:%M:%S',
    ];
    let section = null;
    for (const bar of timeline.bars) {
        if (bar.section !== section) {
            section = bar.section;
            lines.push(`  section ${mermaidLabel(section)}`);
        }
        // Every task name starts with a mark, so no label can be read as a keyword (`title`, `section`…).
        lines.push(`    ${MARK[bar.status]} ${mermaidLabel(bar.label)} :${tag(bar, highlight)}${bar.startMs}, ${bar.endMs}`);
    }
    lines.push('```');
    return `${lines.join('\n')}\n`;
}
/**
 * Text Mermaid shows as is: letters, digits, spaces and `._-/+@,()[]=`; anything else (`:` ends a
 * task name, `;` and `#` end its data, `%%` starts a comment, `<`/`&` are HTML) becomes `_`.
 */
function mermaidLabel(text) {
    const safe = text
        .replace(/[^\p{L}\p{N} ._\-/+@,()[\]=]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const bounded = safe.length > MAX_LABEL_CHARS ? `${safe.slice(0, MAX_LABEL_CHARS - 1)}…` : safe;
    return bounded === '' ? '_' : bounded;
}

;// CONCATENATED MODULE: ./src/timeline/workflow.ts
function workflowTimeline(jobs) {
    const started = jobs
        .map((job) => ({ job, startMs: job.startedAt ? Date.parse(job.startedAt) : NaN }))
        .filter((entry) => Number.isFinite(entry.startMs));
    const ends = started
        .map(({ job }) => (job.completedAt ? Date.parse(job.completedAt) : NaN))
        .filter(Number.isFinite);
    const latest = Math.max(...started.map((entry) => entry.startMs), ...ends);
    const bars = started
        .map(({ job, startMs }) => {
        const completed = job.completedAt ? Date.parse(job.completedAt) : NaN;
        // A job still running is drawn up to the latest moment the API knows of.
        const endMs = Math.max(startMs, Number.isFinite(completed) ? completed : latest);
        return {
            section: 'jobs',
            label: job.name,
            kind: 'job',
            status: statusOf(job.conclusion),
            startMs,
            endMs,
            critical: false,
        };
    })
        .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    for (const bar of criticalPath(bars))
        bar.critical = true;
    const startMs = bars.length > 0 ? Math.min(...bars.map((b) => b.startMs)) : 0;
    const endMs = bars.length > 0 ? Math.max(...bars.map((b) => b.endMs)) : 0;
    return { bars, startMs, endMs };
}
/**
 * From the bar that ends last, step back each time to the bar that ended last before it started (the
 * one it waited for), until nothing ended before. Returned first to last.
 */
function criticalPath(bars) {
    const last = latestEnding(bars, Infinity);
    const path = [];
    for (let bar = last; bar !== null; bar = latestEnding(bars, bar.startMs))
        path.unshift(bar);
    return path;
}
/** The bar ending last at or before `limit`; of equal ends, the longest. */
function latestEnding(bars, limit) {
    let best = null;
    for (const bar of bars) {
        if (bar.endMs > limit)
            continue;
        if (limit !== Infinity && bar.startMs >= limit)
            continue;
        if (best === null ||
            bar.endMs > best.endMs ||
            (bar.endMs === best.endMs && bar.endMs - bar.startMs > best.endMs - best.startMs))
            best = bar;
    }
    return best;
}
function statusOf(conclusion) {
    switch (conclusion) {
        case null:
            return 'running';
        case 'success':
        case 'neutral':
            return 'passed';
        case 'skipped':
            return 'skipped';
        default:
            return 'failed';
    }
}

// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
;// CONCATENATED MODULE: ./src/timeline/svg.ts
/**
 * A timeline as an inline SVG (the HTML view): one row per bar, jobs bold, phases indented under their
 * job, the width scaled to the run's span, a `<title>` tooltip on each bar. Every label is escaped.
 */

const WIDTH = 1000;
const LABEL_WIDTH = 260;
const ROW = 22;
const AXIS = 24;
const svg_MAX_LABEL_CHARS = 40;
const FILL = {
    passed: '#2da44e',
    failed: '#cf222e',
    skipped: '#8c959f',
    running: '#bf8700',
    phase: '#54aeff',
};
function timelineSvg(timeline) {
    const { bars } = timeline;
    const span = Math.max(1, timeline.endMs - timeline.startMs);
    // Room on the right for the duration printed after the last bar.
    const plot = WIDTH - LABEL_WIDTH - 60;
    const x = (ms) => LABEL_WIDTH + ((ms - timeline.startMs) / span) * plot;
    const height = AXIS + bars.length * ROW + 4;
    const ticks = Array.from({ length: 5 }, (_, i) => (span * i) / 4).map((offset) => `<line x1="${x(timeline.startMs + offset).toFixed(1)}" y1="${AXIS - 4}" x2="${x(timeline.startMs + offset).toFixed(1)}" y2="${height}" class="tick"/>` +
        `<text x="${x(timeline.startMs + offset).toFixed(1)}" y="${AXIS - 8}" text-anchor="middle" class="axis">+${formatDuration(offset)}</text>`);
    const rows = bars.map((bar, i) => {
        const y = AXIS + i * ROW;
        const left = x(bar.startMs);
        const width = Math.max(2, x(bar.endMs) - left);
        const indent = bar.kind === 'phase' ? 16 : 0;
        const label = bar.label.length > svg_MAX_LABEL_CHARS ? `${bar.label.slice(0, svg_MAX_LABEL_CHARS - 1)}…` : bar.label;
        const tooltip = `${bar.label} (${bar.kind}${bar.kind === 'phase' ? '' : `, ${bar.status}`}): ${formatDuration(bar.endMs - bar.startMs)}`;
        return (`<g class="bar ${bar.kind} ${bar.status}" data-label="${escapeHtml(bar.label)}">` +
            `<title>${escapeHtml(tooltip)}</title>` +
            `<text x="${4 + indent}" y="${y + 15}" class="label${bar.kind === 'phase' ? '' : ' strong'}">${escapeHtml(label)}</text>` +
            `<rect x="${left.toFixed(1)}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 6}" rx="3" fill="${FILL[bar.status]}"/>` +
            `<text x="${(left + width + 4).toFixed(1)}" y="${y + 15}" class="duration">${formatDuration(bar.endMs - bar.startMs)}</text>` +
            `</g>`);
    });
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="run timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
        ...ticks,
        ...rows,
        '</svg>',
    ].join('\n');
}
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

;// CONCATENATED MODULE: ./src/timeline/index.ts
/** Pictures of where time went: one bar model, drawn as Mermaid (summaries) and SVG (HTML view). */






/***/ })

};
