export const id = 5167;
export const ids = [5167];
export const modules = {

/***/ 85167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createIncusBackend: () => (/* binding */ createIncusBackend)
});

// UNUSED EXPORTS: DEFAULT_HOST_GRACE_SECS, runIncusJob

// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/guest/paths.ts
var paths = __webpack_require__(69828);
// EXTERNAL MODULE: ./src/guest/request.ts
var guest_request = __webpack_require__(86389);
// EXTERNAL MODULE: ./src/guest/script.ts
var script = __webpack_require__(54477);
// EXTERNAL MODULE: ./src/model/job.ts
var model_job = __webpack_require__(31146);
// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
// EXTERNAL MODULE: ./src/records/time.ts
var time = __webpack_require__(88577);
// EXTERNAL MODULE: ./src/snapshot/metadata.ts
var metadata = __webpack_require__(43031);
// EXTERNAL MODULE: ./src/transport/capture.ts
var capture = __webpack_require__(95267);
// EXTERNAL MODULE: ./src/workspace/stage.ts
var stage = __webpack_require__(4667);
// EXTERNAL MODULE: ./src/workspace/layout.ts
var workspace_layout = __webpack_require__(52611);
// EXTERNAL MODULE: ./src/vm/result.ts
var result = __webpack_require__(8900);
// EXTERNAL MODULE: ./src/vm/guest.ts
var vm_guest = __webpack_require__(6285);
// EXTERNAL MODULE: ./src/vm/collect.ts
var vm_collect = __webpack_require__(64575);
// EXTERNAL MODULE: ./src/vm/readiness.ts
var vm_readiness = __webpack_require__(12261);
// EXTERNAL MODULE: ./src/vm/lines.ts
var vm_lines = __webpack_require__(52294);
// EXTERNAL MODULE: ./src/backends/incus/cli.ts
var incus_cli = __webpack_require__(67576);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/incus/naming.ts
var naming = __webpack_require__(69952);
;// CONCATENATED MODULE: ./src/backends/incus/instance.ts
/**
 * One job's Incus instance (docs/upstream.md, executor 3): the backend's launch script (`backend.ts`)
 * creates it with its disks and the run and job ids in its config (so `pikaci gc --instances` can find
 * it when a runner dies, docs/design.md decision 7) and starts it in one `launch` (`launchArgv`); this
 * object knows whether it may exist, drives it with `exec` and deletes it. Every command goes through
 * `IncusCli`.
 */





/** How long a delete may take before it counts as failed (a hung daemon must not hang the run). */
const DELETE_TIMEOUT_MS = 120_000;
class IncusInstance {
    cli;
    runId;
    jobId;
    signal;
    name;
    /** Whether an instance of this name may exist because of this object (or an earlier attempt). */
    mayExist = false;
    constructor(cli, runId, jobId, 
    /** The job's signal: every command but `delete` stops when it aborts. */
    signal) {
        this.cli = cli;
        this.runId = runId;
        this.jobId = jobId;
        this.signal = signal;
        this.name = (0,naming/* instanceName */.zl)(runId, jobId);
    }
    /**
     * A host script is about to create the instance (`launchArgv`): from now on it may exist. Until
     * `createdNothing` says otherwise, `delete` runs.
     */
    creating() {
        this.mayExist = true;
    }
    /** The script's `init` never ran, or the CLI reported it failed (the daemon rolls back): nothing to delete. */
    createdNothing() {
        this.mayExist = false;
    }
    /** `delete --force` argv, for a host script that removes what a previous attempt left. */
    staleDeleteArgv() {
        return this.deleteArgv();
    }
    /** The host argv that runs `argv` inside the instance. */
    execArgv(argv) {
        return this.cli.argv(['exec'], this.name, '--', ...argv);
    }
    /** Runs `request.argv` in the instance with its output streamed (`Guest`). */
    exec(request) {
        return this.cli.stream({ ...request, argv: this.execArgv(request.argv) });
    }
    /** Runs `argv` in the instance quietly and returns how it ended (the job's signal unless given one). */
    capture(argv, options = {}) {
        return this.cli.capture(this.execArgv(argv), { signal: this.signal, ...options });
    }
    /**
     * Deletes the instance when it may exist: `never_created` when it cannot, `deleted`, or `absent` when
     * the daemon no longer knows it. Idempotent; bounded; never cancelled (it runs after a cancellation)
     * and safe after a lost connection (the SSH transport dials again). Throws a `VmFailure` when the
     * instance may be left behind.
     */
    async delete() {
        if (!this.mayExist)
            return 'never_created';
        const removal = await this.cli
            .capture(this.deleteArgv(), { timeoutMs: DELETE_TIMEOUT_MS })
            .catch((error) => ({ error }));
        const absent = !('error' in removal) && removal.exitCode !== 0 && /instance not found/i.test(removal.stderr);
        if ('error' in removal || (removal.exitCode !== 0 && !absent)) {
            const why = 'error' in removal
                ? (0,errors/* errorMessage */.gJ)(removal.error)
                : `${(0,capture/* describeExit */.KE)(removal)}${(0,incus_cli/* stderrTail */.be)(removal.stderr)}`;
            throw new vm_guest/* VmFailure */.w(`failed to delete Incus instance ${this.name} on ${this.cli.host}: ${why}`);
        }
        this.mayExist = false;
        return absent ? 'absent' : 'deleted';
    }
    deleteArgv() {
        return this.cli.argv(['delete'], '--force', this.name);
    }
}

;// CONCATENATED MODULE: ./src/backends/incus/phase-clock.ts
/**
 * Phase timings read from a script's markers (docs/design.md decision 7): a phase ends where the next
 * one begins, at the moment its marker arrived, so one host script can span several phases and each
 * is still timed honestly. A phase that was open when the job failed is recorded too.
 */

class PhaseClock {
    into;
    open;
    constructor(into) {
        this.into = into;
    }
    /** Closes the open phase at `at` and opens `phase` there. */
    enter(phase, at = Date.now()) {
        this.close(at);
        this.open = { phase, start: at };
    }
    current() {
        return this.open?.phase;
    }
    close(at = Date.now()) {
        if (!this.open)
            return;
        const { phase, start } = this.open;
        const end = Math.max(at, start);
        this.into.push({
            phase,
            started_at: (0,time/* rfc3339 */.ag)(new Date(start)),
            finished_at: (0,time/* rfc3339 */.ag)(new Date(end)),
            duration_ms: end - start,
        });
        this.open = undefined;
    }
}

// EXTERNAL MODULE: ./src/backends/incus/payload-manifest.ts
var payload_manifest = __webpack_require__(32844);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/backends/incus/script.ts
/**
 * One host script per Incus job (issue 13): a job opens one exec channel on its host for the look-ups,
 * create → start and the guest, plus the delete, instead of one per command, so a host whose login
 * shell is slow to start pays it twice, not a dozen times. The script says where it is with marker lines on
 * both stdout and stderr, `\x1f` `pikaci-<nonce> <words…>`, and the host reads each step's output, exit
 * status and timing from them as they stream. The nonce is random per script and never reaches the
 * guest's command line (the guest shell reads it from stdin), so the job's own output cannot forge a
 * marker.
 */


/** A random nonce for one script's markers. */
function newNonce() {
    return (0,external_node_crypto_.randomBytes)(16).toString('hex');
}
function markerPrefix(nonce) {
    return Buffer.from(`\x1fpikaci-${nonce} `, 'latin1');
}
/**
 * The shell functions every script starts with: `mark` (a marker on both streams), `sect` (a step
 * whose end and exit status are marked; the script goes on), `step` (the same, but the script stops
 * at the first failure), `catif` (a file's bytes, nothing when it is absent) and `resolve`
 * (`readlink -f` into `$r`, failing on an empty answer).
 */
function scriptPrelude(nonce) {
    return [
        'set -u',
        `N=${(0,shell/* shellQuote */.Z)(nonce)}`,
        `mark() { printf '\\037pikaci-%s %s\\n' "$N" "$*"; printf '\\037pikaci-%s %s\\n' "$N" "$*" >&2; }`,
        'sect() { s=$1; shift; mark begin "$s"; "$@" </dev/null; mark end "$s" "$?"; }',
        'step() { s=$1; shift; mark begin "$s"; "$@" </dev/null; rc=$?; mark end "$s" "$rc"; [ "$rc" -eq 0 ] || exit 1; }',
        'stepin() { s=$1; i=$2; shift 2; mark begin "$s"; printf %s "$i" | "$@"; rc=$?; mark end "$s" "$rc"; [ "$rc" -eq 0 ] || exit 1; }',
        'catif() { if test -f "$1"; then cat "$1"; fi; }',
        'resolve() { r=$(readlink -f "$1"); rc=$?; [ -n "$r" ] || rc=1; printf %s "$r"; return "$rc"; }',
    ].join('\n');
}
function renderArgv(argv) {
    return argv
        .map((arg) => (typeof arg === 'string' ? (0,shell/* shellQuote */.Z)(arg) : `${(0,shell/* shellQuote */.Z)(arg.prefix)}"$${arg.variable}"`))
        .join(' ');
}
/** One shell word joined from literal text (quoted) and the values of script variables (`"$name"`). */
function renderWord(parts) {
    return parts.map((part) => (typeof part === 'string' ? (0,shell/* shellQuote */.Z)(part) : `"$${part.variable}"`)).join('');
}
/**
 * Splits one output stream of a marked script into data and markers, with bounded memory: only a
 * partial marker is held back (a chunk ending in `\x1f` plus the start of the prefix), so live
 * output is passed on as it comes. After a marker answered `'raw'`, everything passes through.
 */
class MarkerSplitter {
    events;
    pending = Buffer.alloc(0);
    raw = false;
    prefix;
    constructor(nonce, events) {
        this.events = events;
        this.prefix = markerPrefix(nonce);
    }
    push(chunk) {
        if (this.raw) {
            this.events.data(chunk);
            return;
        }
        let data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        this.pending = Buffer.alloc(0);
        for (;;) {
            const at = data.indexOf(this.prefix);
            if (at === -1)
                break;
            const newline = data.indexOf(0x0a, at + this.prefix.length);
            if (newline === -1) {
                if (at > 0)
                    this.events.data(data.subarray(0, at));
                this.pending = Buffer.from(data.subarray(at));
                return;
            }
            if (at > 0)
                this.events.data(data.subarray(0, at));
            const words = data
                .subarray(at + this.prefix.length, newline)
                .toString('utf8')
                .split(' ');
            data = data.subarray(newline + 1);
            if (this.events.marker(words) === 'raw') {
                this.raw = true;
                if (data.length > 0)
                    this.events.data(data);
                return;
            }
        }
        // Hold back a tail that may be the start of a marker cut by the chunk boundary.
        for (let unit = data.indexOf(0x1f, Math.max(0, data.length - this.prefix.length + 1)); unit !== -1;) {
            if (this.prefix.subarray(0, data.length - unit).equals(data.subarray(unit))) {
                if (unit > 0)
                    this.events.data(data.subarray(0, unit));
                this.pending = Buffer.from(data.subarray(unit));
                return;
            }
            unit = data.indexOf(0x1f, unit + 1);
        }
        if (data.length > 0)
            this.events.data(data);
    }
    /** The stream ended: a held-back tail was data after all. */
    end() {
        if (this.pending.length > 0)
            this.events.data(this.pending);
        this.pending = Buffer.alloc(0);
    }
}
function script_text(chunks) {
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Runs one marked script on `transport`: each stream's bytes go to the step its last `begin` marker
 * named (kept in `steps`; a script names each step once), or to the sink set for that stream (`sink`), which is how a script hands
 * live output (the guest runner's) to its reader.
 */
class MarkedScript {
    nonce;
    options;
    steps = new Map();
    current = { stdout: undefined, stderr: undefined };
    sinks = {
        stdout: undefined,
        stderr: undefined,
    };
    constructor(nonce, options = {}) {
        this.nonce = nonce;
        this.options = options;
    }
    /** Sends the rest of `stream` (until another sink is set) to `sink` instead of the current step. */
    sink(stream, sink) {
        this.sinks[stream] = sink;
    }
    /** The step named `id` (created empty when it has not begun). */
    step(id) {
        let step = this.steps.get(id);
        if (!step) {
            step = { stdout: [], stderr: [], began: false };
            this.steps.set(id, step);
        }
        return step;
    }
    run(transport, script) {
        const splitter = (stream) => new MarkerSplitter(this.nonce, {
            data: (chunk) => {
                const sink = this.sinks[stream];
                if (sink)
                    sink(chunk);
                else
                    this.current[stream]?.[stream].push(Buffer.from(chunk));
            },
            marker: (words) => this.marker(stream, words),
        });
        const out = splitter('stdout');
        const err = splitter('stderr');
        return transport
            .exec({
            argv: ['sh', '-c', script],
            ...(this.options.stdin === undefined ? {} : { stdin: this.options.stdin }),
            ...(this.options.signal ? { signal: this.options.signal } : {}),
            onStdout: (chunk) => out.push(chunk),
            onStderr: (chunk) => err.push(chunk),
        })
            .finally(() => {
            out.end();
            err.end();
        });
    }
    marker(stream, words) {
        const [kind, id, code] = words;
        const at = Date.now();
        if ((kind === 'begin' || kind === 'end') && id !== undefined) {
            const step = this.step(id);
            if (kind === 'begin') {
                this.current[stream] = step;
                if (stream === 'stdout') {
                    step.began = true;
                    step.beganAt = at;
                    this.options.onStep?.(id, step);
                }
            }
            else {
                this.current[stream] = undefined;
                if (stream === 'stdout') {
                    step.exitCode = Number(code);
                    step.endedAt = at;
                    this.options.onStep?.(id, step);
                }
            }
            return;
        }
        return this.options.onMarker?.(stream, words, at);
    }
}

;// CONCATENATED MODULE: ./src/backends/incus/backend.ts
/**
 * The Incus runtime (docs/upstream.md, executor 3, with docs/design.md decisions 1, 6, 7, 10): the
 * phase script of one job over its `IncusInstance` on the placement host, driven only through the
 * job's `Transport`, so local and remote placement share this code. Every phase is timed into the
 * execution record; the outcome comes from the guest's `result.json`. The instance is deleted by
 * `cleanup`, which the orchestrator runs on every path (`runWithCleanup`).
 *
 * The host sees one script per job (issue 13; `script.ts`), plus the delete: the look-ups (the
 * remote snapshot's marker, the image, a stale instance, the payload manifests), a pause on stdin
 * while this side validates them, then create → disks → start → one guest exec that writes the
 * request pair from stdin, runs the guest runner and streams its lifecycle files back as a tar.
 * Phase boundaries are the moments the script's markers arrive.
 */



















/** The host waits this long past the job timeout, so the guest's own `timeout` fires first (docs/design.md decision 6). */
const DEFAULT_HOST_GRACE_SECS = 30;
/** How long the lifecycle files may take to stream back after the runner's end marker. */
const COLLECT_TIMEOUT_MS = 120_000;
/** Where a writable-workspace job's read-only snapshot is mounted before its private copy is made. */
const SNAPSHOT_SOURCE_PATH = '/workspace/snapshot-source';
/** The Incus backend: `run` creates the job's instance, `cleanup` deletes it. */
function createIncusBackend(options) {
    // Each job's instance, from its `run` to its `cleanup`.
    const instances = new Map();
    const key = (ctx) => `${ctx.runId}\0${ctx.job.id}`;
    return {
        run(ctx) {
            const cli = new incus_cli/* IncusCli */.db(options.config, ctx.transport);
            const instance = new IncusInstance(cli, ctx.runId, ctx.job.id, ctx.signal);
            instances.set(key(ctx), instance);
            return runPhases(ctx, cli, instance, options);
        },
        async cleanup(ctx) {
            const instance = instances.get(key(ctx));
            if (!instance)
                return;
            const removed = await instance.delete();
            instances.delete(key(ctx));
            switch (removed) {
                case 'never_created':
                    return;
                case 'deleted':
                    ctx.hostLog.line(`[pikaci] deleted Incus instance ${instance.name}`);
                    return;
                case 'absent':
                    ctx.hostLog.line(`[pikaci] Incus instance ${instance.name} was already gone`);
                    return;
                default:
                    return (0,assert_never/* assertNever */.x)(removed);
            }
        },
    };
}
/** One job on the Incus backend, its cleanup included (for callers without the orchestrator). */
function runIncusJob(ctx, options) {
    return runWithCleanup(createIncusBackend(options), ctx);
}
async function runPhases(ctx, cli, instance, options) {
    const { config } = options;
    const { job, transport, hostLog } = ctx;
    const host = transport.hostLabel;
    // The lifecycle files, streamed after the runner or (on the timeout path) by a collect exec.
    const collectOptions = {
        stateDir: paths/* GUEST_PATHS */.e.runtimeStateDir,
        artifactsDir: ctx.paths.artifactsDir,
        log: hostLog,
        signal: ctx.signal,
        runtime: 'Incus',
        host,
    };
    const record = {
        backend: 'incus',
        image: null,
        incus_image: null,
        phases: [],
    };
    const phases = new PhaseClock(record.phases);
    const graceSecs = options.hostGraceSecs ?? DEFAULT_HOST_GRACE_SECS;
    const outcome = await (0,result/* settleVmJob */.cE)(ctx, async () => {
        try {
            return await phaseScript();
        }
        finally {
            phases.close();
        }
    });
    return { ...outcome, remote_linux_vm_execution: record };
    async function phaseScript() {
        // This machine keeps the job's files in the run directory (result.json, guest.log).
        phases.enter('prepare_directories');
        await (0,promises_.mkdir)(ctx.paths.artifactsDir, { recursive: true });
        // The workspace seam puts the run's snapshot on the host (published once per content hash over
        // SSH). Over SSH the look-up script reads the published snapshot's marker first; only when it
        // is not this content hash's does the seam run (and upload).
        phases.enter('stage_workspace_snapshot');
        const remote = transport.placement === 'remote_ssh';
        let staged = remote
            ? remoteStaged()
            : await (0,stage/* stageWorkspace */.os)(transport, ctx.workspace, ctx.paths, stageOptions());
        if (!remote)
            phases.enter('prepare_runtime');
        const payloadLinks = payloadLinksOf(staged.jobDir);
        // The guest runner sets its own PATH, HOME and user; the job adds the CI context, its `pass_env`
        // variables and its secrets.
        const request = (0,guest_request/* buildGuestRequest */.C7)(job, {
            env: { ...ctx.environment.context, ...ctx.environment.passed, ...ctx.environment.secrets },
        });
        const launch = launcher(request.json + request.envFile, Buffer.byteLength(request.json), request.request.command);
        /** Runs at the look-ups' `ready` marker, the script waiting: nothing is created unless this returns. */
        const validate = async (lookup) => {
            if (remote) {
                const snapshot = lookup.step('look-snapshot');
                if (snapshotReusable(snapshot)) {
                    hostLog.line(`[pikaci] remote snapshot already available at ${staged.snapshotDir} (content hash ${ctx.workspace.contentHash})`);
                    phases.enter('prepare_runtime', snapshot.endedAt);
                }
                else {
                    staged = await (0,stage/* stageWorkspace */.os)(transport, ctx.workspace, ctx.paths, stageOptions());
                    phases.enter('prepare_runtime');
                }
            }
            const images = imagesOf(lookup.step('look-images'));
            const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
            if (matching.length !== 1) {
                throw new vm_guest/* VmFailure */.w(matching.length === 0
                    ? `Incus image \`${config.image}\` is not available in project \`${config.project}\` on ${host}; import it first (for example \`${config.cli} image import meta.tar.gz rootfs.tar.gz --alias ${(0,shell/* shellQuote */.Z)(config.image)} --project ${(0,shell/* shellQuote */.Z)(config.project)}\`)`
                    : `Incus image \`${config.image}\` metadata from project \`${config.project}\` on ${host} returned multiple matching alias records`);
            }
            const fingerprint = matching[0].fingerprint;
            record.incus_image = { project: config.project, alias: config.image, fingerprint };
            record.image = { name: config.image, digest: fingerprint };
            hostLog.line(`[pikaci] Incus image \`${config.image}\` fingerprint=${fingerprint} on ${host}`);
            return [
                {
                    id: 'snapshot',
                    name: (0,naming/* mountDeviceName */.X2)('read_only_snapshot', staged.snapshotDir, paths/* GUEST_PATHS */.e.snapshot),
                    source: staged.snapshotDir,
                    path: job.writable_workspace ? SNAPSHOT_SOURCE_PATH : paths/* GUEST_PATHS */.e.snapshot,
                    readOnly: true,
                },
                ...payloadDisks(lookup, payloadLinks),
            ];
        };
        let attempt = await launch.run({
            lookups: lookupLines(remote ? staged.snapshotDir : undefined, payloadLinks),
            validate,
        });
        if (attempt.kind === 'not_ready') {
            // A container takes commands as soon as it starts: the guest exec is its own readiness probe.
            // Only when it is refused (a VM whose agent is still booting) does the bounded wait run.
            hostLog.line(`[pikaci] Incus instance ${instance.name} not ready yet (${(0,capture/* describeExit */.KE)(attempt.result)})`);
            await waitReady();
            attempt = await launch.run(undefined);
            if (attempt.kind === 'not_ready') {
                throw new incus_cli/* IncusCommandError */.Q2('write Incus guest request', host, {
                    ...attempt.result,
                    stdout: '',
                    stderr: attempt.stderr,
                });
            }
        }
        const run = attempt.result;
        const collect = () => (0,vm_collect/* collectLifecycleFiles */.Y)(instance, collectOptions);
        if (attempt.kind === 'ended') {
            // The lifecycle files came back on the same exec, after the runner.
            await attempt.collected;
            return (0,result/* readGuestOutcome */.P3)(ctx.paths.resultJson);
        }
        if (attempt.kind === 'cut' && attempt.hostTimerFired) {
            hostLog.line(`[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`);
            phases.enter('collect_artifacts');
            await collect();
            return (0,result/* failedOutcome */.iS)(`timed out after ${job.timeout_secs}s`);
        }
        if (run.cancelled || ctx.signal.aborted)
            return (0,result/* failedOutcome */.iS)('cancelled');
        if (run.connectionLost) {
            throw new vm_guest/* VmFailure */.w(`infrastructure error: lost the connection to ${host} while the guest was running`);
        }
        // The guest exec ended before the runner did (the guest went away): collect what is there.
        phases.enter('collect_artifacts');
        await collect();
        return (0,result/* readGuestOutcome */.P3)(ctx.paths.resultJson);
    }
    function stageOptions() {
        return {
            workDir: config.work_dir,
            log: (line) => hostLog.line(line),
            signal: ctx.signal,
            snapshotOnly: true,
        };
    }
    /** Where the seam puts this job's snapshot and directory on the SSH host (`remoteLayout`). */
    function remoteStaged() {
        const layout = (0,workspace_layout/* remoteLayout */.JS)(config.work_dir, ctx.workspace.runId, ctx.workspace.contentHash);
        return { snapshotDir: layout.snapshotDir, jobDir: layout.jobDir(external_node_path_.posix.basename(ctx.paths.jobDir)) };
    }
    /** Only a marker of this very content hash is reused here; every other case is the seam's to judge. */
    function snapshotReusable(snapshot) {
        const local = ctx.workspace.contentHash;
        if (local === null || snapshot.exitCode !== 0)
            return false;
        try {
            const parsed = (0,schema/* safeParse */.x)(metadata/* SnapshotMetadataSchema */.D6, JSON.parse(script_text(snapshot.stdout)));
            return parsed.success && parsed.data.content_hash === local;
        }
        catch {
            return false;
        }
    }
    /** The staged payload links of a staged job (`<job dir>/staged-linux-rust/<role>`), in spec order. */
    function payloadLinksOf(hostJobDir) {
        const staged = (0,model_job/* stagedLinuxCommand */.Md)(job);
        if (!staged)
            return [];
        return staged.payload_specs.map((spec) => ({
            output: spec.output_name,
            link: external_node_path_.posix.join(hostJobDir, 'staged-linux-rust', spec.role === 'workspace_deps' ? 'workspace-deps' : 'workspace-build'),
        }));
    }
    /**
     * The look-ups, the first part of the launch script: the published snapshot's marker (over SSH,
     * with its parent directory made), the image records, each payload's resolved root and manifest,
     * and (alongside, its outcome does not matter) the removal of what a previous attempt of this run
     * and job left. Each is a step the script reports and goes past.
     */
    function lookupLines(snapshotDir, payloads) {
        const lines = [];
        if (snapshotDir !== undefined) {
            const marker = external_node_path_.posix.join(snapshotDir, metadata/* SNAPSHOT_METADATA_FILE */.mh);
            lines.push(`snapshot() { mkdir -p ${(0,shell/* shellQuote */.Z)(external_node_path_.posix.dirname(snapshotDir))} && catif ${(0,shell/* shellQuote */.Z)(marker)}; }`, 'sect look-snapshot snapshot');
        }
        lines.push(`${renderArgv(instance.staleDeleteArgv())} </dev/null >/dev/null 2>&1 & stale=$!`, `sect look-images ${renderArgv(cli.argv(['image', 'list'], config.image, '--format', 'json'))}`);
        payloads.forEach(({ link }, index) => {
            lines.push(`sect look-root${index} resolve ${(0,shell/* shellQuote */.Z)(link)}`, `sect look-manifest${index} catif "$r"/${(0,shell/* shellQuote */.Z)(payload_manifest/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD)}`);
        });
        lines.push('wait "$stale"');
        return lines;
    }
    function imagesOf(images) {
        if (images.exitCode === undefined) {
            throw new vm_guest/* VmFailure */.w(`list Incus images in project \`${config.project}\` on ${host} did not finish`);
        }
        if (images.exitCode === 127) {
            throw new vm_guest/* VmFailure */.w(`cannot run the Incus CLI \`${config.cli}\` on ${host}: command not found: ${config.cli}${(0,incus_cli/* stderrTail */.be)(script_text(images.stderr))}; install Incus there, or choose the CLI with --incus-cli (\`lxc\` for LXD)`);
        }
        if (images.exitCode !== 0) {
            throw new vm_guest/* VmFailure */.w(`failed to list Incus images in project \`${config.project}\` on ${host} (exit code ${images.exitCode})${(0,incus_cli/* stderrTail */.be)(script_text(images.stderr))}`);
        }
        try {
            return JSON.parse(script_text(images.stdout));
        }
        catch (error) {
            throw new vm_guest/* VmFailure */.w(`decode Incus image list from ${host}: ${String(error)}`);
        }
    }
    /** Prepared payload mounts of a staged job, every manifest validated before anything is created. */
    function payloadDisks(lookup, links) {
        const disks = [];
        links.forEach(({ output, link }, index) => {
            const resolved = lookup.step(`look-root${index}`);
            if (resolved.exitCode !== 0) {
                throw new vm_guest/* VmFailure */.w(`prepared output \`${output}\` is missing at ${link} on ${host}; its prepare node must build it first`);
            }
            const root = script_text(resolved.stdout);
            const manifestPath = external_node_path_.posix.join(root, payload_manifest/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD);
            const read = lookup.step(`look-manifest${index}`);
            if (read.exitCode !== 0) {
                throw new vm_guest/* VmFailure */.w(`read payload manifest ${manifestPath} on ${host} failed (exit code ${String(read.exitCode ?? 'unknown')})${(0,incus_cli/* stderrTail */.be)(script_text(read.stderr))}`);
            }
            const manifest = script_text(read.stdout);
            if (manifest.trim() === '')
                throw new vm_guest/* VmFailure */.w(`missing payload manifest for staged output ${root}`);
            for (const mount of (0,payload_manifest/* planDeclaredMounts */.up)(root, (0,payload_manifest/* parsePayloadManifest */.vc)(manifest, manifestPath))) {
                disks.push({
                    id: `payload${disks.length}`,
                    name: mount.deviceName,
                    source: mount.source,
                    path: mount.guestPath,
                    readOnly: mount.readOnly,
                    root,
                });
            }
        });
        return disks;
    }
    async function waitReady() {
        const limit = config.readiness_timeout_secs;
        hostLog.line(`[pikaci] wait for Incus instance ${instance.name} readiness (up to ${limit}s)`);
        const readiness = await (0,vm_readiness/* waitUntilReady */.b)((remainingMs) => instance.capture(['true'], { timeoutMs: remainingMs }), {
            timeoutSecs: limit,
            signal: ctx.signal,
        });
        switch (readiness) {
            case 'ready':
                return;
            case 'cancelled':
                throw new vm_guest/* VmFailure */.w('cancelled');
            case 'connection_lost':
                throw new vm_guest/* VmFailure */.w(`lost the connection to ${host} while waiting for the instance`);
            case 'timed_out':
                throw new vm_guest/* VmFailure */.w(`Incus instance ${instance.name} did not become ready within ${limit}s`);
            default:
                return (0,assert_never/* assertNever */.x)(readiness);
        }
    }
    /**
     * The launch script, one exec channel. The first attempt starts with the look-ups, prints `ready`
     * and waits on stdin: this side validates them (and publishes the snapshot when it must) and only
     * then sends the rest of the script (resolve every disk source and check payload sources stay in
     * their root, create, add the disks, start), or an empty one, which ends it with nothing created.
     * Both attempts end in one guest exec that reads the nonce and the request pair from the same stdin
     * (never a command line: the pair carries the job's secrets), makes the writable copy when asked,
     * pushes the runner when the image lacks it, runs it, and streams the lifecycle files back as a tar
     * after the runner's end marker.
     */
    function launcher(requestBytes, jsonLength, command) {
        // Static and large: in the script's argv as variables, so what goes through stdin stays small.
        const guestLine = `exec ${renderArgv([
            ...instance.execArgv(['sh', '-c']),
            { prefix: '', variable: 'G' },
            'sh',
            String(jsonLength),
            { prefix: '', variable: 'R' },
        ])}`;
        const statics = [`G=${(0,shell/* shellQuote */.Z)(guestLaunchScript())}`, `R=${(0,shell/* shellQuote */.Z)((0,script/* guestRunnerScript */.i)())}`];
        /**
         * Resolve each disk source and check it (a payload's stays in its root; none holds a control
         * character, which the launch config's literal block cannot carry), then `launch`: create, disks
         * and start in one Incus command. Fills `logged` with what host.log shows of it.
         */
        function createLines(disks, logged) {
            const lines = [];
            disks.forEach((disk) => {
                const variable = disk.id;
                lines.push(`step resolve-${disk.id} resolve ${(0,shell/* shellQuote */.Z)(disk.source)}; ${variable}=$r`);
                lines.push(`case "$${variable}" in *[[:cntrl:]]*) mark unsafe ${disk.id}; exit 1 ;; esac`);
                if (disk.root !== undefined) {
                    const prefix = disk.root.endsWith('/') ? disk.root : `${disk.root}/`;
                    lines.push(`case "$${variable}" in ${(0,shell/* shellQuote */.Z)(disk.root)}|${(0,shell/* shellQuote */.Z)(prefix)}*) ;; *) mark escapes ${disk.id}; exit 1 ;; esac`);
                }
            });
            const launch = (0,incus_cli/* launchArgv */.c1)(config, instance.name, ctx.runId, job.id);
            logged.set('create', { label: 'create and start Incus instance', argv: launch, disks });
            const devices = (0,incus_cli/* launchConfig */.W)(config, disks.map((disk) => ({ ...disk, source: { variable: disk.id } })));
            lines.push(`stepin create ${renderWord(devices)} ${renderArgv(launch)}`);
            return lines;
        }
        return {
            async run(first) {
                const nonce = newNonce();
                const logged = new Map();
                const lines = [scriptPrelude(nonce), ...statics];
                const stdin = first ? new external_node_stream_.PassThrough() : `${nonce}\n${requestBytes}`;
                let ready = false;
                let planned = [];
                let validation;
                let invalid;
                if (first) {
                    lines.push(...first.lookups, 'mark ready', 'IFS= read -r len || exit 0', '[ "$len" -gt 0 ] 2>/dev/null || exit 0', 'rest=$(dd bs=1 count="$len" 2>/dev/null) || exit 1', 'eval "$rest"');
                }
                else {
                    lines.push('mark begin guest', guestLine);
                }
                const proceed = (lookup, input, validate) => {
                    validation = validate(lookup).then((disks) => {
                        planned = disks;
                        instance.creating();
                        const rest = [...createLines(disks, logged), 'mark begin guest', guestLine].join('\n');
                        input.end(`${Buffer.byteLength(rest)}\n${rest}${nonce}\n${requestBytes}`);
                    }, (error) => {
                        invalid = { error };
                        input.end('0\n');
                    });
                };
                const resolved = new Map();
                const runnerOut = new vm_lines/* LineSplitter */.g('[runner:stdout] ', (line) => hostLog.write(line));
                const runnerErr = new vm_lines/* LineSplitter */.g('[runner:stderr] ', (line) => hostLog.write(line));
                const collector = new StreamedGuestFiles();
                const hostTimer = new AbortController();
                let timer;
                let collectTimedOut = false;
                let started = false;
                let ended;
                let escaped;
                let unsafe;
                let collected;
                let unlogged;
                const logOutput = () => {
                    if (unlogged === undefined)
                        return;
                    const step = script.step(unlogged);
                    if (step.stdout.length > 0)
                        hostLog.write(script_text(step.stdout));
                    if (step.stderr.length > 0)
                        hostLog.write(script_text(step.stderr));
                    unlogged = undefined;
                };
                const script = new MarkedScript(nonce, {
                    stdin,
                    signal: AbortSignal.any([ctx.signal, hostTimer.signal]),
                    onStep(id, step) {
                        if (step.exitCode === undefined) {
                            logOutput();
                            const shown = logged.get(id);
                            if (shown) {
                                hostLog.line(`[pikaci] ${shown.label}: ${(0,shell/* shellJoin */.n)(shown.argv.map((arg) => shownArg(arg, resolved)))}`);
                                for (const disk of shown.disks ?? []) {
                                    const source = resolved.get(`resolve-${disk.id}`) ?? disk.source;
                                    const properties = (0,incus_cli/* diskProperties */.Bq)(config, { ...disk, source });
                                    hostLog.line(`[pikaci]   with disk device \`${disk.name}\`: ${(0,shell/* shellJoin */.n)(properties.map(([key, value]) => `${key}=${value}`))}`);
                                }
                                unlogged = id;
                            }
                            if (id === 'guest' && phases.current() !== 'launch_guest') {
                                phases.enter('launch_guest', step.beganAt);
                            }
                        }
                        else if (id.startsWith('resolve-') && step.exitCode === 0) {
                            resolved.set(id, script_text(step.stdout));
                        }
                    },
                    onMarker(stream, words, at) {
                        const [kind, value] = words;
                        if (kind === 'ready' && stream === 'stdout' && first && typeof stdin !== 'string') {
                            ready = true;
                            proceed(script, stdin, first.validate);
                        }
                        else if (kind === 'escapes') {
                            escaped = value;
                        }
                        else if (kind === 'unsafe') {
                            unsafe = value;
                        }
                        else if (kind === 'started') {
                            if (stream === 'stderr') {
                                script.sink('stderr', (chunk) => {
                                    runnerErr.push(chunk);
                                    ctx.output('stderr', chunk);
                                });
                                return;
                            }
                            started = true;
                            hostLog.line('[pikaci] wrote Incus guest request');
                            hostLog.line(`[pikaci] starting Incus guest runner ${words.slice(1).join(' ')} for job \`${job.id}\` on ${host} at ${(0,time/* rfc3339 */.ag)()}: ${command}`);
                            phases.enter('wait_for_completion', at);
                            timer = setTimeout(() => hostTimer.abort(), (job.timeout_secs + graceSecs) * 1000);
                            script.sink('stdout', (chunk) => {
                                runnerOut.push(chunk);
                                ctx.output('stdout', chunk);
                            });
                        }
                        else if (kind === 'ended') {
                            if (stream === 'stderr') {
                                runnerErr.end();
                                script.sink('stderr', (chunk) => collector.stderr(chunk));
                                return;
                            }
                            clearTimeout(timer);
                            // The files after the runner get the bound a separate collect exec has.
                            timer = setTimeout(() => {
                                collectTimedOut = true;
                                hostTimer.abort();
                            }, COLLECT_TIMEOUT_MS);
                            runnerOut.end();
                            ended = Number(value);
                            hostLog.line(`[pikaci] Incus guest runner ended (exit code ${ended}) at ${(0,time/* rfc3339 */.ag)(new Date(at))}`);
                            phases.enter('collect_artifacts', at);
                            script.sink('stdout', (chunk) => collector.stdout(chunk));
                            collected = (0,vm_collect/* collectLifecycleFiles */.Y)(collector, collectOptions);
                            // Settled by the caller; a failure here must not go unhandled meanwhile.
                            collected.catch(() => undefined);
                            return 'raw';
                        }
                    },
                });
                const result = await script.run(transport, lines.join('\n'));
                if (typeof stdin !== 'string' && !stdin.writableEnded)
                    stdin.end();
                await validation;
                clearTimeout(timer);
                collector.finish(collectTimedOut ? { ...result, cancelled: false, timedOut: true } : result);
                logOutput();
                runnerOut.end();
                runnerErr.end();
                if (started && ended !== undefined && collected)
                    return { kind: 'ended', result, collected };
                if (started) {
                    hostLog.line(`[pikaci] Incus guest runner ended (${(0,capture/* describeExit */.KE)(result)}) at ${(0,time/* rfc3339 */.ag)()}`);
                    return { kind: 'cut', result, hostTimerFired: hostTimer.signal.aborted && !ctx.signal.aborted };
                }
                if (invalid)
                    throw invalid.error;
                if (result.cancelled || ctx.signal.aborted)
                    throw new vm_guest/* VmFailure */.w('cancelled');
                if (first && !ready) {
                    throw new vm_guest/* VmFailure */.w(`look up Incus state on ${host} failed (${(0,capture/* describeExit */.KE)(result)})${(0,incus_cli/* stderrTail */.be)(script_text(script.step('look-images').stderr))}`);
                }
                // Which host step failed, and why. Only a first attempt that ran to its end and never began
                // `launch` knows nothing was created (a retry finds it made; a cut-off script may have run it
                // unseen; a failed `launch` may have created the instance before its start failed, so the
                // delete runs and finds it, or finds it absent).
                if (first && result.exitCode !== null && script.steps.get('create')?.began !== true) {
                    instance.createdNothing();
                }
                if (unsafe !== undefined) {
                    const disk = planned.find((d) => d.id === unsafe);
                    throw new vm_guest/* VmFailure */.w(`disk source ${JSON.stringify(script_text(script.step(`resolve-${unsafe}`).stdout))} of device \`${disk?.name ?? unsafe}\` on ${host} holds a control character; pikaci gives Incus no such path (move or rename it)`);
                }
                if (escaped !== undefined) {
                    const disk = planned.find((d) => d.id === escaped);
                    const source = script_text(script.step(`resolve-${escaped}`).stdout);
                    if (disk?.root !== undefined)
                        (0,payload_manifest/* assertWithinRoot */.cP)(disk.root, source, disk.name);
                    throw new vm_guest/* VmFailure */.w(`payload mount \`${disk?.name ?? escaped}\` escapes its root (${source})`);
                }
                for (const [id, step] of script.steps) {
                    const launchStep = logged.has(id) || id.startsWith('resolve-');
                    if (!launchStep || !step.began || step.exitCode === 0)
                        continue;
                    const how = step.exitCode === undefined ? result : { ...result, exitCode: step.exitCode };
                    if (id.startsWith('resolve-')) {
                        const disk = planned.find((d) => `resolve-${d.id}` === id);
                        throw new vm_guest/* VmFailure */.w(`failed to resolve path ${disk?.source ?? id} on ${host} (${(0,capture/* describeExit */.KE)(how)})`);
                    }
                    throw new incus_cli/* IncusCommandError */.Q2(logged.get(id)?.label ?? id, host, {
                        ...how,
                        stdout: script_text(step.stdout),
                        stderr: script_text(step.stderr),
                    });
                }
                const guest = script.steps.get('guest');
                if (guest?.began)
                    return { kind: 'not_ready', result, stderr: script_text(guest.stderr) };
                throw new vm_guest/* VmFailure */.w(`launch the Incus instance on ${host} failed (${(0,capture/* describeExit */.KE)(result)})`);
            },
        };
    }
    /** The guest side of the launch (POSIX sh; busybox and dash). Its argv carries no secret and no nonce. */
    function guestLaunchScript() {
        const q = shell/* shellQuote */.Z;
        const names = vm_collect/* LIFECYCLE_FILES */.t.map(([from]) => q(from)).join(' ');
        return [
            'IFS= read -r N || exit 97',
            `mkdir -p ${q(paths/* GUEST_PATHS */.e.runtimeStateDir)} || exit 98`,
            `dd of=${q(paths/* GUEST_PATHS */.e.request)} bs=1 count="$1" 2>/dev/null || exit 98`,
            `cat > ${q(paths/* GUEST_PATHS */.e.requestEnv)} || exit 98`,
            ...(job.writable_workspace
                ? [
                    `mkdir -p ${q(paths/* GUEST_PATHS */.e.snapshot)} || exit 98`,
                    `cp -a ${q(`${SNAPSHOT_SOURCE_PATH}/.`)} ${q(paths/* GUEST_PATHS */.e.snapshot)} || exit 98`,
                    `chown -R 1000 ${q(paths/* GUEST_PATHS */.e.snapshot)} 2>/dev/null`,
                ]
                : []),
            `if [ -x ${q(paths/* GUEST_PATHS */.e.runner)} ]; then r=${q(paths/* GUEST_PATHS */.e.runner)}; else`,
            `  mkdir -p ${q(external_node_path_.posix.dirname(paths/* GUEST_PATHS */.e.pushedRunner))} || exit 98`,
            `  printf '%s' "$2" > ${q(paths/* GUEST_PATHS */.e.pushedRunner)} && chmod 755 ${q(paths/* GUEST_PATHS */.e.pushedRunner)} || exit 98`,
            `  r=${q(paths/* GUEST_PATHS */.e.pushedRunner)}`,
            'fi',
            `printf '\\037pikaci-%s started %s\\n' "$N" "$r"; printf '\\037pikaci-%s started\\n' "$N" >&2`,
            `"$r" ${q(paths/* GUEST_PATHS */.e.request)} </dev/null`,
            'rc=$?',
            `printf '\\037pikaci-%s ended %s\\n' "$N" "$rc"; printf '\\037pikaci-%s ended %s\\n' "$N" "$rc" >&2`,
            `cd ${q(paths/* GUEST_PATHS */.e.runtimeStateDir)} && set -- && for f in ${names}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`,
        ].join('\n');
    }
}
/** How a script argument appears in host.log: a computed value shown as it was resolved. */
function shownArg(arg, resolved) {
    return typeof arg === 'string'
        ? arg
        : `${arg.prefix}${resolved.get(`resolve-${arg.variable}`) ?? `$${arg.variable}`}`;
}
/**
 * The lifecycle files' tar as it streams in after the runner's end marker, offered as a `Guest`
 * exec, so `collectLifecycleFiles` unpacks, places and redacts them exactly as it does for a
 * separate collect exec (which the timeout path still uses).
 */
class StreamedGuestFiles {
    held = [];
    request;
    result;
    settle;
    stdout(chunk) {
        if (this.request)
            this.request.onStdout?.(chunk);
        else
            this.held.push(['stdout', Buffer.from(chunk)]);
    }
    stderr(chunk) {
        if (this.request)
            this.request.onStderr?.(chunk);
        else
            this.held.push(['stderr', Buffer.from(chunk)]);
    }
    finish(result) {
        this.result = result;
        this.settle?.(result);
    }
    exec(request) {
        this.request = request;
        for (const [stream, chunk] of this.held.splice(0)) {
            if (stream === 'stdout')
                request.onStdout?.(chunk);
            else
                request.onStderr?.(chunk);
        }
        if (this.result)
            return Promise.resolve(this.result);
        return new Promise((resolve) => {
            this.settle = resolve;
        });
    }
}


/***/ }),

/***/ 67576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ diskProperties),
/* harmony export */   Q2: () => (/* binding */ IncusCommandError),
/* harmony export */   Vo: () => (/* binding */ incusArgv),
/* harmony export */   W: () => (/* binding */ launchConfig),
/* harmony export */   be: () => (/* binding */ stderrTail),
/* harmony export */   c1: () => (/* binding */ launchArgv),
/* harmony export */   db: () => (/* binding */ IncusCli)
/* harmony export */ });
/* unused harmony export limitConfig */
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95267);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6285);
/**
 * The one wrapper of the Incus CLI (docs/design.md decision 11): every argv the backend runs is built
 * here (`[sudo -n] incus|lxc <verb> --project <p> …`) and runs through the job's `Transport`, so local
 * and remote placement share it (decision 1). A command that fails is an `IncusCommandError` naming
 * what was being done, the host, how it ended and the end of its stderr.
 */


/** argv of one Incus CLI invocation: `[sudo -n] <cli> <args...>`; `--project` goes after the verb. */
function incusArgv(config, verb, ...rest) {
    return [...(config.sudo ? ['sudo', '-n'] : []), config.cli, ...verb, '--project', config.project, ...rest];
}
/** `limits.*` config keys in sorted order, only those present. */
function limitConfig(config) {
    // Written in key order: `localeCompare` would load ICU's collator (~5 ms) to sort two fixed keys.
    const entries = [];
    if (config.limits.cpu !== undefined)
        entries.push(['limits.cpu', String(config.limits.cpu)]);
    if (config.limits.memory !== undefined)
        entries.push(['limits.memory', config.limits.memory]);
    return entries.flatMap(([key, value]) => ['--config', `${key}=${value}`]);
}
/**
 * A disk device's properties: `type=disk`, the rest in key order; `readonly=true` only when read-only;
 * `io.bus=virtiofs` only for VMs (containers bind-mount and reject the key); `shift=false` last.
 */
function diskProperties(config, device) {
    // Written in key order (io.bus, path, readonly, source), as limitConfig is.
    const properties = [['type', 'disk']];
    if (config.instance_type === 'vm')
        properties.push(['io.bus', 'virtiofs']);
    properties.push(['path', device.path]);
    if (device.readOnly)
        properties.push(['readonly', 'true']);
    properties.push(['source', device.source], ['shift', 'false']);
    return properties;
}
/**
 * The instance config `launch` reads on stdin (Incus and LXD both take `launch <image> <name> <
 * config.yaml`, merged with the flags): the job's disk devices. Every key and value is a JSON
 * string, which is a YAML double-quoted scalar, except a value the host script computed (a resolved
 * source): that one is a literal block scalar (`|2-`) holding the variable's bytes as they are, so
 * nothing needs escaping; the script refuses a value with a control character first (a line break
 * would end the block).
 */
function launchConfig(config, devices) {
    const parts = ['devices:\n'];
    for (const device of devices) {
        parts.push(`  ${JSON.stringify(device.name)}:\n`);
        for (const [key, value] of diskProperties(config, device)) {
            if (typeof value === 'string')
                parts.push(`    ${JSON.stringify(key)}: ${JSON.stringify(value)}\n`);
            else
                parts.push(`    ${JSON.stringify(key)}: |2-\n      `, value, '\n');
        }
    }
    return parts;
}
/**
 * `launch` argv: created and started in one command, with the devices from `launchConfig` on stdin;
 * it carries the run and job ids so `gc --instances` can find orphans. `--quiet` keeps the CLI's
 * progress lines (carriage-return animations) out of host.log; errors still show.
 */
function launchArgv(config, instance, runId, jobId) {
    return incusArgv(config, ['launch', '--quiet'], ...(config.storage_pool ? ['--storage', config.storage_pool] : []), ...config.profiles.flatMap((profile) => ['--profile', profile]), ...limitConfig(config), '--config', `user.pikaci.run_id=${runId}`, '--config', `user.pikaci.job_id=${jobId}`, ...(config.instance_type === 'vm' ? ['--vm'] : []), config.image, instance);
}
/** An Incus command that did not succeed; `exitCode` is set when it ran to its end. */
class IncusCommandError extends _vm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .VmFailure */ .w {
    constructor(label, host, result) {
        super(`${label} on ${host} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(result)})${stderrTail(result.stderr)}`, result.exitCode);
        this.name = 'IncusCommandError';
    }
}
/** The Incus CLI of one host, for one job (the launch script logs its own commands to host.log). */
class IncusCli {
    config;
    transport;
    constructor(config, transport) {
        this.config = config;
        this.transport = transport;
    }
    get host() {
        return this.transport.hostLabel;
    }
    argv(verb, ...rest) {
        return incusArgv(this.config, verb, ...rest);
    }
    /** Runs `argv` quietly and returns how it ended, whatever that was. */
    capture(argv, options = {}) {
        return (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)(this.transport, argv, options);
    }
    /** Runs `request` (its argv an Incus command) with its output streamed, not captured. */
    stream(request) {
        return this.transport.exec(request);
    }
}
/** `: <last three lines of stderr>`, or nothing when it is empty. */
function stderrTail(stderr) {
    const text = stderr.trim();
    return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}


/***/ }),

/***/ 69952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ declaredPayloadDeviceName),
/* harmony export */   X2: () => (/* binding */ mountDeviceName),
/* harmony export */   zl: () => (/* binding */ instanceName)
/* harmony export */ });
/* unused harmony exports sanitizeDeviceComponent, MOUNT_KIND_LABELS, fnv1a64 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Names the Incus backend derives from run and mount data (docs/upstream.md, executor 3.2, 4.3, 4.4). These are
 * part of the contract with upstream tooling, so each algorithm is reproduced exactly.
 */

/** `pikaci-` + the first 12 hex chars of sha256("<run_id>:<job_id>"). */
function instanceName(runId, jobId) {
    return `pikaci-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 12)}`;
}
/** Lower-case ASCII alphanumerics, everything else `-`, outer dashes trimmed (runs are kept). */
function sanitizeDeviceComponent(value) {
    let mapped = '';
    for (const char of value)
        mapped += /^[A-Za-z0-9]$/.test(char) ? char.toLowerCase() : '-';
    return mapped.replace(/^-+|-+$/g, '');
}
/** Device name for a mount declared by a payload manifest: at most 20 chars of `[a-z0-9-]`. */
function declaredPayloadDeviceName(manifestKind, mountName) {
    const prefix = sanitizeDeviceComponent(manifestKind);
    const candidate = `pk-${prefix}-${sanitizeDeviceComponent(mountName)}`;
    if (candidate.length <= 20)
        return candidate;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(candidate, 'utf8').digest('hex').slice(0, 8);
    return `pk-${prefix.slice(0, 8)}-${digest}`;
}
const MOUNT_KIND_LABELS = {
    persistent_volume: 'persist',
    read_only_snapshot: 'snapshot',
    artifact_output: 'artifact',
    cache: 'cache',
};
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const U64 = (1n << 64n) - 1n;
/** 64-bit FNV-1a over the UTF-8 bytes. */
function fnv1a64(text) {
    let hash = FNV_OFFSET;
    for (const byte of Buffer.from(text, 'utf8')) {
        hash ^= BigInt(byte);
        hash = (hash * FNV_PRIME) & U64;
    }
    return hash;
}
/** Device name of a plan mount (the snapshot disk): `pk-<label[0..6]>-<low 32 bits of FNV-1a>`. */
function mountDeviceName(kind, source, guestPath) {
    const label = MOUNT_KIND_LABELS[kind];
    const seed = `${label}-${sanitizeDeviceComponent(source)}-${sanitizeDeviceComponent(guestPath)}`;
    const digest = (fnv1a64(seed) & 0xffffffffn).toString(16).padStart(8, '0');
    return `pk-${label.slice(0, 6)}-${digest}`;
}


/***/ }),

/***/ 32844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SD: () => (/* binding */ PAYLOAD_MANIFEST_RELATIVE_PATH),
/* harmony export */   cP: () => (/* binding */ assertWithinRoot),
/* harmony export */   qU: () => (/* binding */ storePathProblem),
/* harmony export */   up: () => (/* binding */ planDeclaredMounts),
/* harmony export */   vc: () => (/* binding */ parsePayloadManifest)
/* harmony export */ });
/* unused harmony exports validateDeclaredPayloadMount, payloadMountSource */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11107);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39442);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69952);
/**
 * The declared payload-mount protocol (docs/upstream.md, executor 4): a prepared output carries
 * `share/pikaci/payload-manifest.json` naming the directories to mount into the guest. A manifest is
 * untrusted input: its mounts must stay inside the payload root and land on normalized guest paths.
 */





const PAYLOAD_MANIFEST_RELATIVE_PATH = 'share/pikaci/payload-manifest.json';
/** The manifest schema is the prepared-outputs record's: one contract for producer, record and executor. */
const PayloadManifestSchema = _records_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PreparedOutputPayloadManifestRecordSchema */ .WX;
function parsePayloadManifest(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`decode ${where}: ${error.message}`, { where });
    }
    const parsed = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .safeParse */ .x)(PayloadManifestSchema, json);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`decode ${where}: ${issues}`, { where });
    }
    return parsed.data;
}
/**
 * `/nix/store/<hash>-<name>`, optionally followed by a path inside it: the hash is 32 characters of
 * Nix's base-32 alphabet (no `e`, `o`, `t`, `u`), the name uses Nix's store-name characters and does
 * not start with `.`.
 */
const STORE_PATH = /^\/nix\/store\/[0-9a-df-np-sv-z]{32}-(?!\.)[A-Za-z0-9+\-._?=]+(\/.*)?$/;
/**
 * Why `path` is not a direct Nix store path (or a path inside one), or undefined when it is. It must
 * already be normal: `/nix/store/../../tmp/x` starts with `/nix/store/` but names `/tmp/x`.
 */
function storePathProblem(path) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path) !== path || path.endsWith('/')) {
        return `\`${path}\` is not a normalized absolute path (it has \`.\`, \`..\`, \`//\` or a trailing \`/\`)`;
    }
    if (!STORE_PATH.test(path)) {
        return `\`${path}\` is not a Nix store path \`/nix/store/<32-character hash>-<name>\``;
    }
    return undefined;
}
/** Path components as Rust's `Path::components()` sees them: `.` and empty parts dropped. */
function components(path) {
    return path.split('/').filter((part) => part !== '' && part !== '.');
}
/** Upstream validation (docs/upstream.md, executor 4), with the messages upstream prints. */
function validateDeclaredPayloadMount(root, mount) {
    if (mount.name.trim() === '') {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`invalid payload mount for ${root}: empty mount name`);
    }
    if (mount.relative_path.startsWith('/') || components(mount.relative_path).includes('..')) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`invalid payload mount \`${mount.name}\` for ${root}: relative_path must stay within the payload root`);
    }
    if (!mount.guest_path.startsWith('/') || components(mount.guest_path).includes('..')) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`invalid payload mount \`${mount.name}\` for ${root}: guest_path must be an absolute normalized path`);
    }
}
/** `""` and `"."` mean the payload root itself. */
function payloadMountSource(root, mount) {
    const relative = components(mount.relative_path);
    return relative.length === 0 ? root : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root, ...relative);
}
/**
 * A resolved (`readlink -f`) source must still be the resolved root or lie below it: a symlink inside
 * the payload must not smuggle a host directory into the guest.
 */
function assertWithinRoot(resolvedRoot, resolvedSource, mountName) {
    const root = resolvedRoot.endsWith('/') ? resolvedRoot : `${resolvedRoot}/`;
    if (resolvedSource !== resolvedRoot && !resolvedSource.startsWith(root)) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`invalid payload mount \`${mountName}\`: its source resolves to ${resolvedSource}, outside the payload root ${resolvedRoot}`, { hint: 'payload mounts may only expose directories inside the prepared output' });
    }
}
/** Validate every mount of a manifest before any device is added; unique guest paths and devices. */
function planDeclaredMounts(root, manifest) {
    const plans = manifest.mounts.map((mount) => {
        validateDeclaredPayloadMount(root, mount);
        return {
            deviceName: (0,_naming_js__WEBPACK_IMPORTED_MODULE_4__/* .declaredPayloadDeviceName */ .OL)(manifest.kind, mount.name),
            source: payloadMountSource(root, mount),
            guestPath: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(mount.guest_path),
            readOnly: mount.read_only,
        };
    });
    const seen = new Set();
    for (const plan of plans) {
        for (const key of [`device ${plan.deviceName}`, `guest path ${plan.guestPath}`]) {
            if (seen.has(key))
                throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`payload manifest for ${root} declares ${key} twice`);
            seen.add(key);
        }
    }
    return plans;
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


/***/ })

};
