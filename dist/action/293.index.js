export const id = 293;
export const ids = [293];
export const modules = {

/***/ 5293:
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
// EXTERNAL MODULE: ./src/sources/run.ts
var sources_run = __webpack_require__(84487);
// EXTERNAL MODULE: ./src/hosts/index.ts + 2 modules
var hosts = __webpack_require__(67745);
// EXTERNAL MODULE: ./src/locks/group-lock.ts
var group_lock = __webpack_require__(37431);
// EXTERNAL MODULE: ./src/runtime/settings.ts
var runtime_settings = __webpack_require__(35051);
// EXTERNAL MODULE: ./src/transport/ssh-config.ts
var ssh_config = __webpack_require__(36286);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/workspace/layout.ts
var layout = __webpack_require__(52611);
// EXTERNAL MODULE: ./src/hosts/registry.ts + 6 modules
var registry = __webpack_require__(7816);
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
        description: `the work dir on placement hosts: runs, snapshots, locks (default ${layout/* DEFAULT_WORK_DIR */.gy})`,
    },
    {
        name: 'lock-timeout',
        env: 'PIKACI_LOCK_TIMEOUT',
        kind: 'integer',
        argument: '<secs>',
        min: 0,
        max: 604_800,
        description: `how long to wait for the concurrency group's lock, in seconds (default ${group_lock/* DEFAULT_LOCK_TIMEOUT_SECS */.nS})`,
    },
];
/** The whole table: placement rows, then each runtime's. */
const HOST_SETTINGS = [
    ...PLACEMENT_SETTINGS,
    ...registry/* RUNTIME_KINDS */.n.flatMap((runtime) => registry/* BACKENDS */.A[runtime].settings),
];
const SSH_ONLY = ['ssh-user', 'ssh-port', 'ssh-key', 'ssh-known-hosts'];
/** Parsed values from either origin → settings; each runtime's module reads its own rows. */
function hostSettingsFrom(values, origin, env) {
    const remoteWorkDir = runtime_settings/* setting */.Pe.text(values, 'remote-work-dir');
    const settings = {
        lockTimeoutSecs: runtime_settings/* setting */.Pe.integer(values, 'lock-timeout') ?? group_lock/* DEFAULT_LOCK_TIMEOUT_SECS */.nS,
        ...(remoteWorkDir === undefined ? {} : { remoteWorkDir }),
    };
    const workDir = remoteWorkDir ?? layout/* DEFAULT_WORK_DIR */.gy;
    for (const runtime of registry/* RUNTIME_KINDS */.n) {
        const module = registry/* BACKENDS */.A[runtime];
        const given = module.configure(values, origin);
        // Completed now so a bad combination fails before the run starts, with the settings named.
        module.complete(given, { workDir });
        if (Object.keys(given).length > 0)
            settings[runtime] = given;
    }
    const host = runtime_settings/* setting */.Pe.text(values, 'ssh-host');
    if (host === undefined) {
        const stray = SSH_ONLY.find((name) => values.has(name));
        if (stray !== undefined) {
            throw new errors/* InputError */.dz(origin.kind === 'cli'
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
    const port = runtime_settings/* setting */.Pe.integer(values, 'ssh-port');
    const key = runtime_settings/* setting */.Pe.text(values, 'ssh-key');
    const knownHosts = runtime_settings/* setting */.Pe.text(values, 'ssh-known-hosts');
    const user = runtime_settings/* setting */.Pe.text(values, 'ssh-user') ?? (origin.kind === 'cli' ? env['USER'] || 'root' : 'root');
    const ssh = origin.kind === 'cli'
        ? {
            host,
            user,
            ...(port === undefined ? {} : { port }),
            ...(key === undefined ? {} : { privateKeyPath: key }),
            ...(knownHosts === undefined ? {} : { knownHostsPath: knownHosts }),
            acceptNewHostKeys: runtime_settings/* setting */.Pe.boolean(values, 'ssh-accept-new-host-keys') ?? false,
        }
        : {
            host,
            user,
            port: port ?? 22,
            ...(key === undefined ? { agent: true } : { privateKey: `${key.trim()}\n` }),
            ...(knownHosts === undefined ? {} : { knownHosts }),
        };
    (0,ssh_config/* parseSshConnectOptions */.W)(ssh, origin.kind === 'cli' ? 'SSH flags (--ssh-*) or $PIKACI_SSH_*' : 'the ssh-* inputs');
    return { ...settings, ssh };
}
/** CLI: commander's flag values, each falling back to its `PIKACI_*` variable. */
function parseHostSettings(flags, env) {
    return hostSettingsFrom(readCliSettings(HOST_SETTINGS, flags, env), CLI_ORIGIN, env);
}
/** Action: the inputs; secret inputs go to `onSecret` as soon as they are read. */
function actionHostSettings(getInput, onSecret, env) {
    return hostSettingsFrom((0,runtime_settings/* readActionSettings */.O9)(HOST_SETTINGS, getInput, onSecret), runtime_settings/* ACTION_ORIGIN */._J, env);
}
function parseConcurrencyGroup(value) {
    return value === undefined || value === '' ? null : validateGroupName(value);
}

// EXTERNAL MODULE: ./src/records/layout.ts
var records_layout = __webpack_require__(21498);
// EXTERNAL MODULE: ./src/run/lane-run.ts + 2 modules
var lane_run = __webpack_require__(27390);
;// CONCATENATED MODULE: ./src/run/cancel.ts
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

// EXTERNAL MODULE: ./src/vm/lines.ts
var lines = __webpack_require__(52294);
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

// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(50767);
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
                throw new errors/* PikaciError */.uy(`(409) Conflict: an artifact with this name already exists on the workflow run: ${name}`);
            }
            let size = 0;
            for (const file of files) {
                const rel = (0,external_node_path_.relative)(rootDirectory, file);
                if (rel.startsWith(`..${external_node_path_.sep}`))
                    throw new errors/* PikaciError */.uy(`${file} is not under ${rootDirectory}`);
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

// EXTERNAL MODULE: ./src/action/pass-cache.ts + 6 modules
var pass_cache = __webpack_require__(42475);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(31658);
// EXTERNAL MODULE: ./src/timeline/mermaid.ts + 1 modules
var mermaid = __webpack_require__(27765);
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
    const chart = (0,mermaid/* runTimelineMermaid */.I$)(run);
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
    const sources = await (0,sources_run/* loadRunSources */.S)({
        catalog: inputs.catalog === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.catalog),
        manifest: inputs.manifest === '' ? undefined : (0,external_node_path_.resolve)(workspace, inputs.manifest),
        stateRoot: inputs.stateRoot,
    });
    // The same resolution as `pikaci run <lane>`: jobs, concurrency group, parallelism.
    const laneRun = (0,lane_run/* resolveLaneRun */.u)({ id: inputs.lane, sources: sources.runnable, env: process.env });
    const { runnable, title } = laneRun;
    maskStepSecrets(process.env, laneRun.jobs);
    const cancellation = cancelOnSignals();
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
        await toolkit/* summary */.z.addRaw((0,redact/* redactText */.Rd)(markdown)).write();
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
        throw new errors/* InputError */.dz('`command: run` needs the `lane` input', {
            where: 'input `lane`',
            hint: 'pass `lane: ${{ matrix.lane }}` from the plan matrix',
        });
    }
    // One table for the action's inputs and the CLI's flags (src/hosts); `ssh-key` is masked and
    // registered with the redactor as soon as it is read.
    const host = actionHostSettings((name) => toolkit/* getInput */.V4(name, { trimWhitespace: false }), maskSecret, env);
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
    (0,redact/* addSecret */.Ck)(value);
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
        throw new errors/* InputError */.dz(`\`retention-days\` must be a whole number of days from 1 to 90 (empty: the repository default), got ${JSON.stringify(value)}`, {
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
    const prefixer = new LinePrefixer(sink);
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
                    line(renderEvent(event));
                    return;
                case 'job_started':
                    if (parallel) {
                        stopCommands();
                        line(renderEvent(event));
                    }
                    else {
                        line(`::group::${event.job.id} · ${event.job.description}`);
                        stopCommands();
                    }
                    return;
                case 'job_finished':
                    if (parallel)
                        line(renderEvent(event));
                    else {
                        resumeCommands();
                        line('::endgroup::');
                        line(renderEvent(event));
                    }
                    return;
                case 'run_finished':
                    resumeCommands();
                    line(renderEvent(event));
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
    const runDir = (0,records_layout/* runPaths */.Ot)(stateRoot, runId).runDir;
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
        const result = await service.client.uploadArtifact(name, files, (0,records_layout/* runsDir */.AM)(stateRoot), {
            ...(inputs.retentionDays === undefined ? {} : { retentionDays: inputs.retentionDays }),
        });
        toolkit/* info */.pq(`uploaded ${files.length} files of run ${run.run_id} as artifact ${name}${result.id === null ? '' : ` (id ${result.id})`}`);
        return { kind: 'uploaded', name, id: result.id, simulated: service.simulated };
    }
    catch (error) {
        const reason = `upload of artifact ${name} failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
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

/***/ 87602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oX: () => (/* binding */ maxConcurrentExecutes),
/* harmony export */   xb: () => (/* binding */ executeConcurrency)
/* harmony export */ });
/* unused harmony exports MAX_CONCURRENT_EXECUTES_ENV, DEFAULT_MAX_CONCURRENT_EXECUTES */
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31146);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/** How many execute nodes may run at once (docs/upstream.md, records 3.9). */


const MAX_CONCURRENT_EXECUTES_ENV = 'PIKACI_MAX_CONCURRENT_EXECUTES';
const DEFAULT_MAX_CONCURRENT_EXECUTES = 2;
/** The configured cap: a positive integer, default 2; anything else is bad input. */
function maxConcurrentExecutes(env = process.env) {
    const raw = env[MAX_CONCURRENT_EXECUTES_ENV];
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_MAX_CONCURRENT_EXECUTES;
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${MAX_CONCURRENT_EXECUTES_ENV} must be a positive integer, got \`${raw}\``, {
            hint: `unset it for the default (${DEFAULT_MAX_CONCURRENT_EXECUTES}) or set e.g. ${MAX_CONCURRENT_EXECUTES_ENV}=4`,
        });
    }
    return value;
}
/** Jobs run in parallel only when every job of the run supports it; otherwise one at a time. */
function executeConcurrency(jobs, configured) {
    return jobs.length > 0 && jobs.every(_model_index_js__WEBPACK_IMPORTED_MODULE_1__/* .supportsParallelExecute */ .NG) ? configured : 1;
}


/***/ }),

/***/ 27390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ resolveLaneRun)
});

// UNUSED EXPORTS: lockGroupName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/locks/group-lock.ts
var group_lock = __webpack_require__(37431);
// EXTERNAL MODULE: ./src/run/concurrency.ts
var run_concurrency = __webpack_require__(87602);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: ./src/model/job.ts
var job = __webpack_require__(31146);
;// CONCATENATED MODULE: ./src/run/lane.ts
/** A lane with a plain `command` runs as one host-process job (argv, no shell) named after the lane. */



/** Lanes carry no timeout of their own; one hour, like the longest catalog jobs. */
const LANE_COMMAND_TIMEOUT_SECS = 3600;
function laneCommandJob(lane) {
    if (lane.command === null || lane.command.length === 0) {
        throw new errors/* InputError */.dz(`lane \`${lane.id}\` has no command and no target to run`, {
            where: `line ${lane.line}`,
        });
    }
    return (0,schema/* parse */.q)(job/* JobSpecSchema */.QH, {
        id: lane.id,
        description: lane.title,
        timeout_secs: LANE_COMMAND_TIMEOUT_SECS,
        writable_workspace: false,
        execution: { placement: 'local', runtime: 'host_process' },
        runtime_config: { kind: 'host_process' },
        guest_command: { kind: 'argv', argv: [...lane.command] },
    });
}

;// CONCATENATED MODULE: ./src/run/select.ts


function resolveRunnable(id, sources) {
    const target = sources.targets.get(id);
    if (target)
        return fromTarget(target, 'target', target.filters);
    const lane = sources.lanes.find((candidate) => candidate.id === id);
    if (lane)
        return resolveLane(lane, sources);
    const ids = [...sources.targets.keys(), ...sources.lanes.map((l) => l.id)];
    const near = (0,errors/* closest */.kp)(id, ids, 5);
    const searched = sources.manifestPath
        ? `the catalog ${sources.catalogPath} or the manifest ${sources.manifestPath}`
        : `the catalog ${sources.catalogPath} (no lane manifest found)`;
    throw new errors/* InputError */.dz(`unknown target or lane \`${id}\`: not in ${searched}`, {
        hint: near.length > 0
            ? `closest ids: ${near.map((n) => `\`${n}\``).join(', ')}`
            : `known ids: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`,
    });
}
/** A manifest lane: its catalog target (with the lane's paths as filters), or its plain command. */
function resolveLane(lane, sources) {
    if (lane.target !== null) {
        const laneTarget = sources.targets.get(lane.target);
        if (!laneTarget) {
            throw new errors/* InputError */.dz(`lane \`${lane.id}\` names target \`${lane.target}\`, which is not in the catalog`, {
                where: sources.manifestPath ? `${sources.manifestPath}:${lane.line}` : undefined,
                hint: `add the target to ${sources.catalogPath} or fix the lane`,
            });
        }
        return fromTarget(laneTarget, 'lane-target', lane.paths);
    }
    return {
        targetId: lane.id,
        description: lane.title,
        jobs: [laneCommandJob(lane)],
        filters: lane.paths,
        source: 'lane-command',
    };
}
function fromTarget(target, source, filters) {
    return { targetId: target.id, description: target.description, jobs: target.jobs, filters, source };
}
/** Keep only the jobs named by `--job` (in the target's order); every name must exist. */
function selectJobs(runnable, ids) {
    if (ids.length === 0)
        return [...runnable.jobs];
    const known = runnable.jobs.map((job) => job.id);
    for (const id of ids) {
        if (!known.includes(id)) {
            const near = (0,errors/* closest */.kp)(id, known);
            throw new errors/* InputError */.dz(`unknown job \`${id}\` in \`${runnable.targetId}\``, {
                hint: `${near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(', ')}? ` : ''}its jobs are: ${known.join(', ')}`,
            });
        }
    }
    return runnable.jobs.filter((job) => ids.includes(job.id));
}
/**
 * docs/design.md decision 3, applied to one target: no filters ⇒ run; empty diff ⇒ run; the manifest itself
 * changed ⇒ run; else run iff a changed file is selected by the ordered patterns.
 */
function gateOnChanges(input) {
    const { filters, changedFiles, since } = input;
    if (filters.length === 0)
        return { run: true, reason: 'no path filters: always runs' };
    if (changedFiles.length === 0)
        return { run: true, reason: `no files changed since ${since}: runs everything` };
    if (input.manifestPath !== null && changedFiles.includes(input.manifestPath)) {
        return { run: true, reason: `the lane manifest ${input.manifestPath} changed` };
    }
    const set = input.compile(filters);
    for (const file of changedFiles) {
        const match = set.match(file);
        if (match.matched)
            return { run: true, reason: `${file} matched \`${match.pattern ?? ''}\`` };
    }
    return {
        run: false,
        reason: `skipped; no files changed since ${since} matched ${filters.length} filter(s)`,
    };
}

;// CONCATENATED MODULE: ./src/run/lane-run.ts
/**
 * What running one lane means, for the action's `command: run` and `pikaci run <id>` alike: which
 * jobs run, under which concurrency group, and how many execute at once. Both callers take all
 * three from `resolveLaneRun`, so a matrix leg and a maintainer's local run of the same lane cannot
 * drift apart (README "Running lanes locally": `pikaci run <lane>` runs it exactly as the action).
 * Pure: the caller loads the catalog and manifest and passes the environment.
 */




/**
 * Resolve `id`: a lane of the manifest first (the action's `lane` input is always a lane id, so a
 * lane wins over a catalog target of the same id), else a catalog target.
 */
function resolveLaneRun(request) {
    const { sources } = request;
    const lane = sources.lanes.find((candidate) => candidate.id === request.id) ?? null;
    const runnable = lane === null ? resolveRunnable(request.id, sources) : resolveLane(lane, sources);
    const jobs = selectJobs(runnable, request.jobIds ?? []);
    const explicit = request.concurrencyGroup ?? null;
    const laneGroup = lane?.concurrency_group ?? null;
    const concurrency = (0,run_concurrency/* executeConcurrency */.xb)(jobs, (0,run_concurrency/* maxConcurrentExecutes */.oX)(request.env));
    return {
        lane,
        title: lane?.title ?? runnable.description,
        runnable,
        jobs,
        concurrencyGroup: explicit ?? (laneGroup === null ? null : lockGroupName(laneGroup)),
        maxConcurrentExecutes: concurrency,
        parallel: concurrency > 1 && jobs.length > 1,
    };
}
/**
 * A manifest group as a lock name. The lock is a file on the host (`W/locks/<name>.lock`), so its
 * name is limited to letters, digits, `.`, `_` and `-`; a group outside that set — upstream's
 * synthesized `staged-linux:<target>` — keeps its readable part and gains 8 hex of its SHA-256,
 * so two different groups never share a lock.
 */
function lockGroupName(group) {
    try {
        return (0,group_lock/* validateGroupName */.R4)(group);
    }
    catch {
        const readable = group
            .replace(/[^A-Za-z0-9._-]+/g, '-')
            .replace(/^[^A-Za-z0-9]+/, '')
            .slice(0, 119) || 'group';
        const digest = (0,external_node_crypto_.createHash)('sha256').update(group).digest('hex').slice(0, 8);
        return (0,group_lock/* validateGroupName */.R4)(`${readable}-${digest}`);
    }
}


/***/ }),

/***/ 84487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ loadRunSources)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28788);

async function loadRunSources(flags) {
    const { resolveStateRoot } = await __webpack_require__.e(/* import() */ 542).then(__webpack_require__.bind(__webpack_require__, 33542));
    const { runJobs } = await __webpack_require__.e(/* import() */ 357).then(__webpack_require__.bind(__webpack_require__, 39357));
    const { nixBuildOptionsFromEnv, nixPrepareHandlers } = await __webpack_require__.e(/* import() */ 126).then(__webpack_require__.bind(__webpack_require__, 85126));
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

/***/ 27765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I$: () => (/* binding */ runTimelineMermaid),
  pg: () => (/* binding */ timelineMermaid)
});

// UNUSED EXPORTS: mermaidLabel

// EXTERNAL MODULE: ./src/records/time.ts
var time = __webpack_require__(88577);
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
        (0,time/* timestampMs */.R5)(run.created_at),
        ...(run.finished_at ? [(0,time/* timestampMs */.R5)(run.finished_at)] : []),
        ...run.prepare_timings.map((t) => (0,time/* timestampMs */.R5)(t.finished_at)),
        ...run.jobs.flatMap((job) => [
            (0,time/* timestampMs */.R5)(job.started_at),
            ...(job.finished_at ? [(0,time/* timestampMs */.R5)(job.finished_at)] : []),
            ...(job.remote_linux_vm_execution?.phases ?? []).map((p) => (0,time/* timestampMs */.R5)(p.finished_at)),
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
    return (0,time/* timestampMs */.R5)(a.started_at) - (0,time/* timestampMs */.R5)(b.started_at);
}
function push(bars, bar, start, end) {
    const startMs = (0,time/* timestampMs */.R5)(start);
    const endMs = typeof end === 'number' ? end : (0,time/* timestampMs */.R5)(end);
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


/***/ }),

/***/ 36286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseSshConnectOptions)
/* harmony export */ });
/* unused harmony export SshConnectOptionsSchema */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11107);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * Options of an SSH placement host, validated at the boundary (action inputs, CLI flags, catalog).
 * A connection always verifies the host key: a known_hosts file or inline entries are required.
 */


const SshConnectOptionsSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    host: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1, 'host must not be empty'),
    port: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(65_535).default(22),
    user: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1, 'user must not be empty'),
    /** Path of a private key file (OpenSSH or PEM format). */
    privateKeyPath: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** A private key given inline (an action secret). Kept in memory only, never written to disk. */
    privateKey: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    passphrase: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** `true` uses `$SSH_AUTH_SOCK`; a string is the agent socket path. */
    agent: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)]).default(false),
    /** OpenSSH known_hosts file. Appended to when `acceptNewHostKeys` is set. */
    knownHostsPath: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** known_hosts lines given inline (e.g. an action input), checked before the file. */
    knownHosts: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Trust-on-first-use: accept and record the key of a host with no entry. Never accepts a changed key. */
    acceptNewHostKeys: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    /** Budget for connecting, all retries included (ssh2 `readyTimeout` per attempt). */
    connectTimeoutMs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(20_000),
    /** Extra attempts after the first for transient network errors (refused, timed out, reset). */
    connectRetries: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(10).default(2),
    /** Delay before the first retry; doubles after each. */
    retryBackoffMs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).default(500),
    keepaliveIntervalMs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).default(15_000),
    keepaliveCountMax: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).default(3),
    /** Time between sending TERM and KILL to a remote command that is stopped. */
    killGraceMs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).default(5_000),
    /**
     * TCP_NODELAY on the connection (default on): back-to-back commands on one connection otherwise
     * wait on delayed ACKs. Off only to measure that (bench/transport.bench.ts).
     */
    noDelay: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
    /** Channels open at once on the connection; OpenSSH's `MaxSessions` defaults to 10. */
    maxChannels: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(8),
})
    .superRefine((options, context) => {
    if (options.privateKey !== undefined && options.privateKeyPath !== undefined) {
        context.addIssue({
            code: 'custom',
            path: ['privateKey'],
            message: 'give either privateKey or privateKeyPath, not both',
        });
    }
    if (options.privateKey === undefined && options.privateKeyPath === undefined && options.agent === false) {
        context.addIssue({
            code: 'custom',
            path: ['privateKeyPath'],
            message: 'no way to authenticate: give privateKeyPath, privateKey or agent',
        });
    }
    if (options.knownHostsPath === undefined && options.knownHosts === undefined) {
        context.addIssue({
            code: 'custom',
            path: ['knownHostsPath'],
            message: 'host keys are always verified: give knownHostsPath or knownHosts',
        });
    }
});
/** Validate options; an InputError names the first bad key and never echoes secret values. */
function parseSshConnectOptions(input, where = 'ssh options') {
    const result = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .safeParse */ .x)(SshConnectOptionsSchema, input);
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const path = issue.path.join('.');
        return path === '' ? issue.message : `${path}: ${issue.message}`;
    });
    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid SSH options: ${messages.join('; ')}`, {
        where,
        hint: 'see the SSH options in the README (host, port, user, a key, and known hosts)',
    });
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
