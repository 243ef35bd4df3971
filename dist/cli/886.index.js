export const id = 886;
export const ids = [886];
export const modules = {

/***/ 6886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IncusHostConfigSchema: () => (/* reexport */ IncusHostConfigSchema),
  SD: () => (/* reexport */ PAYLOAD_MANIFEST_RELATIVE_PATH),
  zj: () => (/* reexport */ createIncusBackend),
  Vo: () => (/* reexport */ incusArgv),
  qU: () => (/* reexport */ storePathProblem)
});

// UNUSED EXPORTS: DEFAULT_HOST_GRACE_SECS, MOUNT_KIND_LABELS, assertWithinRoot, declaredPayloadDeviceName, diskDeviceArgv, fnv1a64, initArgv, instanceName, limitConfig, mountDeviceName, parsePayloadManifest, payloadMountSource, planDeclaredMounts, runIncusJob, sanitizeDeviceComponent, validateDeclaredPayloadMount

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/incus/naming.ts
/**
 * Names the Incus backend derives from run and mount data (docs/upstream.md, executor 3.2, 4.3, 4.4). These are
 * part of the contract with upstream tooling, so each algorithm is reproduced exactly.
 */

/** `pikaci-` + the first 12 hex chars of sha256("<run_id>:<job_id>"). */
function instanceName(runId, jobId) {
    return `pikaci-${(0,external_node_crypto_.createHash)('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 12)}`;
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
    const digest = (0,external_node_crypto_.createHash)('sha256').update(candidate, 'utf8').digest('hex').slice(0, 8);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(6684);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/incus/payload-manifest.ts
/**
 * The declared payload-mount protocol (docs/upstream.md, executor 4): a prepared output carries
 * `share/pikaci/payload-manifest.json` naming the directories to mount into the guest. A manifest is
 * untrusted input: its mounts must stay inside the payload root and land on normalized guest paths.
 */




const PAYLOAD_MANIFEST_RELATIVE_PATH = 'share/pikaci/payload-manifest.json';
/** The manifest schema is the prepared-outputs record's: one contract for producer, record and executor. */
const PayloadManifestSchema = records.PreparedOutputPayloadManifestRecordSchema;
function parsePayloadManifest(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors.PikaciError(`decode ${where}: ${error.message}`, { where });
    }
    const parsed = PayloadManifestSchema.safeParse(json);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        throw new errors.PikaciError(`decode ${where}: ${issues}`, { where });
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
    if (external_node_path_.posix.normalize(path) !== path || path.endsWith('/')) {
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
        throw new errors.PikaciError(`invalid payload mount for ${root}: empty mount name`);
    }
    if (mount.relative_path.startsWith('/') || components(mount.relative_path).includes('..')) {
        throw new errors.PikaciError(`invalid payload mount \`${mount.name}\` for ${root}: relative_path must stay within the payload root`);
    }
    if (!mount.guest_path.startsWith('/') || components(mount.guest_path).includes('..')) {
        throw new errors.PikaciError(`invalid payload mount \`${mount.name}\` for ${root}: guest_path must be an absolute normalized path`);
    }
}
/** `""` and `"."` mean the payload root itself. */
function payloadMountSource(root, mount) {
    const relative = components(mount.relative_path);
    return relative.length === 0 ? root : external_node_path_.posix.join(root, ...relative);
}
/**
 * A resolved (`readlink -f`) source must still be the resolved root or lie below it: a symlink inside
 * the payload must not smuggle a host directory into the guest.
 */
function assertWithinRoot(resolvedRoot, resolvedSource, mountName) {
    const root = resolvedRoot.endsWith('/') ? resolvedRoot : `${resolvedRoot}/`;
    if (resolvedSource !== resolvedRoot && !resolvedSource.startsWith(root)) {
        throw new errors.PikaciError(`invalid payload mount \`${mountName}\`: its source resolves to ${resolvedSource}, outside the payload root ${resolvedRoot}`, { hint: 'payload mounts may only expose directories inside the prepared output' });
    }
}
/** Validate every mount of a manifest before any device is added; unique guest paths and devices. */
function planDeclaredMounts(root, manifest) {
    const plans = manifest.mounts.map((mount) => {
        validateDeclaredPayloadMount(root, mount);
        return {
            deviceName: declaredPayloadDeviceName(manifest.kind, mount.name),
            source: payloadMountSource(root, mount),
            guestPath: external_node_path_.posix.normalize(mount.guest_path),
            readOnly: mount.read_only,
        };
    });
    const seen = new Set();
    for (const plan of plans) {
        for (const key of [`device ${plan.deviceName}`, `guest path ${plan.guestPath}`]) {
            if (seen.has(key))
                throw new errors.PikaciError(`payload manifest for ${root} declares ${key} twice`);
            seen.add(key);
        }
    }
    return plans;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/incus/config.ts
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
/** argv of one Incus CLI invocation: `[sudo -n] <cli> <args...>`; `--project` goes after the verb. */
function incusArgv(config, verb, ...rest) {
    return [...(config.sudo ? ['sudo', '-n'] : []), config.cli, ...verb, '--project', config.project, ...rest];
}
/** `limits.*` config keys in sorted order, only those present. */
function limitConfig(config) {
    const entries = [];
    if (config.limits.cpu !== undefined)
        entries.push(['limits.cpu', String(config.limits.cpu)]);
    if (config.limits.memory !== undefined)
        entries.push(['limits.memory', config.limits.memory]);
    entries.sort(([a], [b]) => a.localeCompare(b));
    return entries.flatMap(([key, value]) => ['--config', `${key}=${value}`]);
}
/**
 * `config device add` argv for a disk. Properties sorted by key; `readonly=true` only when read-only;
 * `io.bus=virtiofs` only for VMs (containers bind-mount and reject the key); `shift=false` last.
 */
function diskDeviceArgv(config, instance, device) {
    const properties = [
        ['path', device.path],
        ['source', device.source],
    ];
    if (device.readOnly)
        properties.push(['readonly', 'true']);
    if (config.instance_type === 'vm')
        properties.push(['io.bus', 'virtiofs']);
    properties.sort(([a], [b]) => a.localeCompare(b));
    return incusArgv(config, ['config', 'device', 'add'], instance, device.name, 'disk', ...properties.map(([key, value]) => `${key}=${value}`), 'shift=false');
}
/** `init` argv: created, not started; carries the run id so `gc --instances` can find orphans. */
function initArgv(config, instance, runId, jobId) {
    return incusArgv(config, ['init'], ...(config.storage_pool ? ['--storage', config.storage_pool] : []), ...config.profiles.flatMap((profile) => ['--profile', profile]), ...limitConfig(config), '--config', `user.pikaci.run_id=${runId}`, '--config', `user.pikaci.job_id=${jobId}`, ...(config.instance_type === 'vm' ? ['--vm'] : []), config.image, instance);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./src/guest/index.ts + 4 modules
var guest = __webpack_require__(1341);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/remote/index.ts + 5 modules
var src_remote = __webpack_require__(2912);
// EXTERNAL MODULE: ./src/runtime/index.ts + 4 modules
var runtime = __webpack_require__(496);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(767);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/incus/backend.ts
/**
 * The Incus runtime (docs/upstream.md, executor 3, with docs/design.md decisions 1, 6, 7, 10): one instance per job on the
 * placement host, driven only through the job's `Transport`, so local and remote placement share
 * this code. Every phase is timed into the execution record; the outcome comes from the guest's
 * `result.json`; the instance is deleted in `finally` on every path.
 */














/** The host waits this long past the job timeout, so the guest's own `timeout` fires first (docs/design.md decision 6). */
const DEFAULT_HOST_GRACE_SECS = 30;
/** Where a writable-workspace job's read-only snapshot is mounted before its private copy is made. */
const SNAPSHOT_SOURCE_PATH = '/workspace/snapshot-source';
const READINESS_POLL_MS = 250;
class PhaseRecorder {
    record = { backend: 'incus', incus_image: null, phases: [] };
    async run(phase, body) {
        const startedAt = (0,records.rfc3339)();
        const start = Date.now();
        try {
            return await body();
        }
        finally {
            this.record.phases.push({
                phase,
                started_at: startedAt,
                finished_at: (0,records.rfc3339)(),
                duration_ms: Date.now() - start,
            });
        }
    }
}
/** An error that happened after the instance work began: the job fails with its message. */
class JobFailure extends Error {
    exitCode;
    /** The exit code of the Incus command that failed, when it ran to its end. */
    constructor(message, exitCode = null) {
        super(message);
        this.exitCode = exitCode;
    }
}
function createIncusBackend(options) {
    return { run: (ctx) => runIncusJob(ctx, options) };
}
async function runIncusJob(ctx, options) {
    const { config } = options;
    const { job, transport, hostLog } = ctx;
    const host = transport.hostLabel;
    const instance = instanceName(ctx.runId, job.id);
    const phases = new PhaseRecorder();
    const remote = transport.placement === 'remote_ssh';
    const layout = (0,src_remote/* remoteLayout */.JS)(config.work_dir, ctx.runId, ctx.snapshotContentHash);
    /** Run an Incus command, logging argv and output to host.log; non-zero exit is an error. */
    const incus = async (label, argv, stdin) => {
        hostLog.line(`[pikaci] ${label}: ${(0,shell/* shellJoin */.n)(argv)}`);
        const result = await (0,src_remote/* capture */.Fg)(transport, argv, {
            ...(stdin === undefined ? {} : { stdin }),
            signal: ctx.signal,
        });
        if (result.stdout)
            hostLog.write(result.stdout);
        if (result.stderr)
            hostLog.write(result.stderr);
        if (result.exitCode !== 0) {
            throw new JobFailure(`${label} on ${host} failed (${(0,src_remote/* describeExit */.KE)(result)})${tail(result.stderr)}`, result.exitCode);
        }
        return result.stdout;
    };
    const deleteInstance = async () => (0,src_remote/* capture */.Fg)(transport, incusArgv(config, ['delete'], '--force', instance));
    let created = false;
    let outcome = failed('internal error: the Incus job produced no outcome');
    try {
        outcome = await (async () => {
            const snapshotSource = await phases.run('prepare_directories', async () => {
                if (!remote)
                    return ctx.snapshotDir;
                await (0,src_remote/* mustCapture */.w8)(transport, 'ensure remote Linux VM execute dirs', (0,src_remote/* shArgv */.oV)(`set -eu; mkdir -p ${[layout.artifactsDir(job.id), external_node_path_.posix.dirname(layout.snapshotDir)].map(shell/* shellQuote */.Z).join(' ')}`));
                return layout.snapshotDir;
            });
            await phases.run('stage_workspace_snapshot', async () => {
                if (remote) {
                    await (0,src_remote/* syncSnapshot */.OV)(transport, {
                        localDir: ctx.snapshotDir,
                        remoteDir: layout.snapshotDir,
                        log: (line) => hostLog.line(line),
                        signal: ctx.signal,
                    });
                }
            });
            await phases.run('prepare_runtime', async () => {
                // Independent look-ups in parallel (one round trip instead of four over SSH). Nothing is
                // created until every payload manifest has been validated. The stale delete clears what a
                // previous attempt of the same run and job may have left behind.
                const [images, payloads, resolvedSnapshot] = await allOrFirstError([
                    imageRecords(transport, config, host),
                    payloadDevices(),
                    resolvePath(snapshotSource),
                    deleteInstance(),
                ]);
                const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
                if (matching.length !== 1) {
                    throw new JobFailure(matching.length === 0
                        ? `Incus image \`${config.image}\` is not available in project \`${config.project}\` on ${host}; import it first (for example \`${config.cli} image import meta.tar.gz rootfs.tar.gz --alias ${(0,shell/* shellQuote */.Z)(config.image)} --project ${(0,shell/* shellQuote */.Z)(config.project)}\`)`
                        : `Incus image \`${config.image}\` metadata from project \`${config.project}\` on ${host} returned multiple matching alias records`);
                }
                phases.record.incus_image = {
                    project: config.project,
                    alias: config.image,
                    fingerprint: matching[0].fingerprint,
                };
                hostLog.line(`[pikaci] Incus image \`${config.image}\` fingerprint=${matching[0].fingerprint} on ${host}`);
                // An `init` the CLI reports as failed created nothing (the daemon rolls back); one cut off
                // (cancelled, lost connection) may have, so only then does cleanup still delete.
                created = true;
                await incus('create Incus instance', initArgv(config, instance, ctx.runId, job.id)).catch((error) => {
                    if (error instanceof JobFailure && error.exitCode !== null)
                        created = false;
                    throw error;
                });
                const snapshotPath = job.writable_workspace ? SNAPSHOT_SOURCE_PATH : guest/* GUEST_PATHS */.es.snapshot;
                await incus('add snapshot disk device', diskDeviceArgv(config, instance, {
                    name: mountDeviceName('read_only_snapshot', snapshotSource, guest/* GUEST_PATHS */.es.snapshot),
                    source: resolvedSnapshot,
                    path: snapshotPath,
                    readOnly: true,
                }));
                for (const device of payloads) {
                    await incus(`add payload disk device \`${device.name}\``, diskDeviceArgv(config, instance, device));
                }
                await incus('start Incus instance', incusArgv(config, ['start'], instance));
            });
            // The guest runner sets its own PATH, HOME and user; the job adds the CI context, its `pass_env`
            // variables and its secrets.
            const request = (0,guest/* buildGuestRequest */.C7)(job, {
                env: { ...ctx.environment.context, ...ctx.environment.passed, ...ctx.environment.secrets },
            });
            const runnerPath = await phases.run('launch_guest', async () => {
                // One round trip writes the request pair and, when the image lacks the runner, pushes it.
                // The pair goes through stdin (the JSON's byte length in $1, then the env file), never the
                // command line: it carries the job's secrets, and argv is visible in the host's process list.
                const script = [
                    'set -eu',
                    `mkdir -p ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runtimeStateDir)}`,
                    `dd of=${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.request)} bs=1 count="$1" 2>/dev/null`,
                    `cat > ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.requestEnv)}`,
                    ...(job.writable_workspace
                        ? [
                            `mkdir -p ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)}`,
                            `cp -a ${(0,shell/* shellQuote */.Z)(`${SNAPSHOT_SOURCE_PATH}/.`)} ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)}`,
                            `chown -R 1000 ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)} 2>/dev/null || true`,
                        ]
                        : []),
                    `if [ -x ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runner)} ]; then echo ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runner)}; else`,
                    `  mkdir -p ${(0,shell/* shellQuote */.Z)(external_node_path_.posix.dirname(guest/* GUEST_PATHS */.es.pushedRunner))}`,
                    `  printf '%s' "$2" > ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    `  chmod 755 ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    `  echo ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    'fi',
                ].join('\n');
                const writeArgv = incusArgv(config, ['exec'], instance, '--', 'sh', '-c', script, 'sh', String(Buffer.byteLength(request.json)), (0,guest/* guestRunnerScript */.iF)());
                const requestBytes = request.json + request.envFile;
                // A container takes commands as soon as it starts: the write is its own readiness probe.
                // Only when it fails (a VM whose agent is still booting) does the bounded wait run.
                const first = await (0,src_remote/* capture */.Fg)(transport, writeArgv, { signal: ctx.signal, stdin: requestBytes });
                let out = first.stdout;
                if (first.exitCode !== 0) {
                    if (first.cancelled)
                        throw new JobFailure('cancelled');
                    hostLog.line(`[pikaci] Incus instance ${instance} not ready yet (${(0,src_remote/* describeExit */.KE)(first)})`);
                    await waitReady();
                    out = await incus('write Incus guest request', writeArgv, requestBytes);
                }
                else {
                    hostLog.line('[pikaci] wrote Incus guest request');
                }
                return out.trim().split('\n').at(-1);
            });
            hostLog.line(`[pikaci] starting Incus guest runner ${runnerPath} for job \`${job.id}\` on ${host} at ${(0,records.rfc3339)()}: ${request.request.command}`);
            const graceSecs = options.hostGraceSecs ?? DEFAULT_HOST_GRACE_SECS;
            const run = await phases.run('wait_for_completion', async () => {
                const lines = {
                    stdout: new LineSplitter('[runner:stdout] '),
                    stderr: new LineSplitter('[runner:stderr] '),
                };
                const result = await transport.exec({
                    argv: incusArgv(config, ['exec'], instance, '--', runnerPath, guest/* GUEST_PATHS */.es.request),
                    onStdout: (chunk) => {
                        lines.stdout.push(chunk, (line) => hostLog.write(line));
                        ctx.output('stdout', chunk);
                    },
                    onStderr: (chunk) => {
                        lines.stderr.push(chunk, (line) => hostLog.write(line));
                        ctx.output('stderr', chunk);
                    },
                    timeoutMs: (job.timeout_secs + graceSecs) * 1000,
                    signal: ctx.signal,
                });
                lines.stdout.end((line) => hostLog.write(line));
                lines.stderr.end((line) => hostLog.write(line));
                hostLog.line(`[pikaci] Incus guest runner ended (${(0,src_remote/* describeExit */.KE)(result)}) at ${(0,records.rfc3339)()}`);
                return result;
            });
            if (run.cancelled)
                return failed('cancelled');
            if (run.connectionLost) {
                throw new JobFailure(`infrastructure error: lost the connection to ${host} while the guest was running`);
            }
            if (run.timedOut) {
                hostLog.line(`[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`);
                await phases.run('collect_artifacts', () => collectArtifacts(false));
                return failed(`timed out after ${job.timeout_secs}s`);
            }
            await phases.run('collect_artifacts', () => collectArtifacts(true));
            return (0,runtime/* readTerminalResult */.qq)(ctx.paths.resultJson);
        })();
    }
    catch (error) {
        const message = error instanceof JobFailure || error instanceof errors.PikaciError ? (0,errors/* errorMessage */.gJ)(error) : String(error);
        hostLog.line(`[pikaci] ${message}`);
        outcome = ctx.signal.aborted ? failed('cancelled') : failed(message);
    }
    finally {
        if (created) {
            const removal = await deleteInstance().catch((error) => ({ error }));
            if ('error' in removal || removal.exitCode !== 0) {
                const why = 'error' in removal ? (0,errors/* errorMessage */.gJ)(removal.error) : (0,src_remote/* describeExit */.KE)(removal);
                hostLog.line(`[pikaci] failed to delete Incus instance ${instance} on ${host}: ${why}`);
                // A leaked instance is a failure even when the test passed; `pikaci gc --instances` finds it.
                outcome = failed(`${outcome.message}; also failed to delete Incus instance ${instance}: ${why}`);
            }
            else {
                hostLog.line(`[pikaci] deleted Incus instance ${instance}`);
            }
        }
    }
    if (outcome.status === 'failed' && outcome.exit_code === null) {
        await (0,runtime/* writeTerminalResult */.Fy)(ctx.paths.resultJson, {
            ok: false,
            message: outcome.message,
            exitCode: null,
        }).catch(() => undefined);
    }
    return { ...outcome, remote_linux_vm_execution: phases.record };
    function failed(message) {
        return { status: 'failed', exit_code: null, message };
    }
    async function resolvePath(path) {
        const result = await (0,src_remote/* capture */.Fg)(transport, ['readlink', '-f', path]);
        const resolved = result.stdout.trim();
        if (result.exitCode !== 0 || resolved === '') {
            throw new JobFailure(`failed to resolve path ${path} on ${host} (${(0,src_remote/* describeExit */.KE)(result)})`);
        }
        return resolved;
    }
    /** Prepared payload mounts of a staged job, validated before any of them is added. */
    async function payloadDevices() {
        const staged = (0,model/* stagedLinuxCommand */.Md)(job);
        if (!staged)
            return [];
        const devices = [];
        for (const spec of staged.payload_specs) {
            const suffix = spec.role === 'workspace_deps' ? 'workspace-deps' : 'workspace-build';
            const link = remote
                ? external_node_path_.posix.join(layout.jobDir(job.id), 'staged-linux-rust', suffix)
                : (0,external_node_path_.join)(ctx.paths.jobDir, 'staged-linux-rust', suffix);
            const root = await resolvePath(link).catch(() => {
                throw new JobFailure(`prepared output \`${spec.output_name}\` is missing at ${link} on ${host}; its prepare node must build it first`);
            });
            const manifestPath = external_node_path_.posix.join(root, PAYLOAD_MANIFEST_RELATIVE_PATH);
            const read = await (0,src_remote/* mustCapture */.w8)(transport, `read payload manifest ${manifestPath}`, (0,src_remote/* shArgv */.oV)(`if test -f ${(0,shell/* shellQuote */.Z)(manifestPath)}; then cat ${(0,shell/* shellQuote */.Z)(manifestPath)}; fi`));
            if (read.stdout.trim() === '')
                throw new JobFailure(`missing payload manifest for staged output ${root}`);
            for (const mount of planDeclaredMounts(root, parsePayloadManifest(read.stdout, manifestPath))) {
                const source = await resolvePath(mount.source);
                assertWithinRoot(root, source, mount.deviceName);
                devices.push({ name: mount.deviceName, source, path: mount.guestPath, readOnly: mount.readOnly });
            }
        }
        return devices;
    }
    async function waitReady() {
        const deadline = Date.now() + config.readiness_timeout_secs * 1000;
        hostLog.line(`[pikaci] wait for Incus instance ${instance} readiness (up to ${config.readiness_timeout_secs}s)`);
        for (;;) {
            const probe = await (0,src_remote/* capture */.Fg)(transport, incusArgv(config, ['exec'], instance, '--', 'true'), {
                signal: ctx.signal,
                timeoutMs: Math.max(1000, deadline - Date.now()),
            });
            if (probe.exitCode === 0)
                return;
            if (probe.cancelled)
                throw new JobFailure('cancelled');
            if (probe.connectionLost)
                throw new JobFailure(`lost the connection to ${host} while waiting for the instance`);
            if (Date.now() >= deadline) {
                throw new JobFailure(`Incus instance ${instance} did not become ready within ${config.readiness_timeout_secs}s`);
            }
            await new Promise((resolve) => setTimeout(resolve, READINESS_POLL_MS));
        }
    }
    /** The four lifecycle files in one round trip, as a tar stream unpacked into the job's artifacts. */
    async function collectArtifacts(requireResult) {
        const { artifactsDir } = ctx.paths;
        const staging = (0,external_node_path_.join)(artifactsDir, '.collect');
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        await (0,promises_.mkdir)(staging, { recursive: true });
        const names = ['logs/guest.log', 'events.jsonl', 'status.json', 'result.json'];
        const script = `cd ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runtimeStateDir)} && set -- && for f in ${names.join(' ')}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`;
        const unpack = (0,index_min/* extract */.o6)({ cwd: staging, strict: true, preservePaths: false });
        const result = await transport.exec({
            argv: incusArgv(config, ['exec'], instance, '--', 'sh', '-c', script),
            // Lifecycle files are small except guest.log, which tar unpacks to disk as it arrives.
            onStdout: (chunk) => void unpack.write(chunk),
            onStderr: (chunk) => hostLog.write(chunk),
            signal: ctx.signal,
            timeoutMs: 120_000,
        });
        await new Promise((resolve, reject) => {
            unpack.on('finish', resolve).on('close', resolve).on('error', reject);
            unpack.end();
        });
        if (result.exitCode !== 0) {
            throw new JobFailure(`collect Incus guest files from ${host} failed (${(0,src_remote/* describeExit */.KE)(result)})`);
        }
        for (const [from, to] of [
            ['logs/guest.log', 'guest.log'],
            ['events.jsonl', 'events.jsonl'],
            ['status.json', 'status.json'],
            ['result.json', 'result.json'],
        ]) {
            await (0,promises_.rename)((0,external_node_path_.join)(staging, from), (0,external_node_path_.join)(artifactsDir, to)).catch(() => undefined);
            // The guest wrote these; secrets are redacted here, as the host's own writers do.
            await (0,redact/* redactFile */.it)((0,external_node_path_.join)(artifactsDir, to));
        }
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        if (requireResult) {
            await (0,runtime/* readTerminalResult */.qq)(ctx.paths.resultJson).catch((error) => {
                throw new JobFailure(`infrastructure error: the guest wrote no usable result.json (${(0,errors/* errorMessage */.gJ)(error)}); did it crash?`);
            });
        }
    }
}
async function imageRecords(transport, config, host) {
    const listed = await (0,src_remote/* capture */.Fg)(transport, incusArgv(config, ['image', 'list'], config.image, '--format', 'json')).catch((error) => {
        throw new JobFailure(`cannot run the Incus CLI \`${config.cli}\` on ${host}: ${(0,errors/* errorMessage */.gJ)(error)}; install Incus there, or choose the CLI with --incus-cli (\`lxc\` for LXD)`);
    });
    if (listed.exitCode !== 0) {
        throw new JobFailure(`failed to list Incus images in project \`${config.project}\` on ${host} (${(0,src_remote/* describeExit */.KE)(listed)})${tail(listed.stderr)}`);
    }
    try {
        return JSON.parse(listed.stdout);
    }
    catch (error) {
        throw new JobFailure(`decode Incus image list from ${host}: ${String(error)}`);
    }
}
/** Like Promise.all, but waits for every operation to settle before reporting the first failure. */
async function allOrFirstError(operations) {
    const settled = await Promise.allSettled(operations);
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure)
        throw failure.reason;
    return settled.map((result) => result.value);
}
function tail(stderr) {
    const text = stderr.trim();
    return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}
/** Splits a byte stream into prefixed lines with bounded memory. */
class LineSplitter {
    prefix;
    pending = Buffer.alloc(0);
    constructor(prefix) {
        this.prefix = prefix;
    }
    push(chunk, emit) {
        let data = Buffer.concat([this.pending, chunk]);
        let newline = data.indexOf(0x0a);
        while (newline !== -1) {
            emit(`${this.prefix}${data.subarray(0, newline + 1).toString()}`);
            data = data.subarray(newline + 1);
            newline = data.indexOf(0x0a);
        }
        if (data.length > 64 * 1024) {
            emit(`${this.prefix}${data.toString()}\n`);
            data = Buffer.alloc(0);
        }
        this.pending = Buffer.from(data);
    }
    end(emit) {
        if (this.pending.length > 0)
            emit(`${this.prefix}${this.pending.toString()}\n`);
        this.pending = Buffer.alloc(0);
    }
}

;// CONCATENATED MODULE: ./src/incus/index.ts






/***/ }),

/***/ 2912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GX: () => (/* reexport */ REMOTE_JOB_MARKER),
  Fg: () => (/* reexport */ capture),
  KE: () => (/* reexport */ describeExit),
  w8: () => (/* reexport */ mustCapture),
  ev: () => (/* reexport */ remoteHostProcessBackend),
  JS: () => (/* reexport */ remoteLayout),
  oV: () => (/* reexport */ shArgv),
  cm: () => (/* reexport */ supervisedLocalBackend),
  OV: () => (/* reexport */ syncSnapshot)
});

// UNUSED EXPORTS: SUPERVISOR_GRACE_SECS, supervisedArgv, supervisedTransport

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/remote/layout.ts
/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */

function remoteLayout(workDir, runId, contentHash) {
    const runDir = external_node_path_.posix.join(workDir, 'runs', runId);
    const jobDir = (jobId) => external_node_path_.posix.join(runDir, 'jobs', jobId);
    return {
        workDir,
        runDir,
        snapshotDir: contentHash
            ? external_node_path_.posix.join(workDir, 'snapshots', contentHash, 'snapshot')
            : external_node_path_.posix.join(runDir, 'snapshot'),
        jobDir,
        artifactsDir: (jobId) => external_node_path_.posix.join(jobDir(jobId), 'artifacts'),
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
// EXTERNAL MODULE: ./src/snapshot/index.ts + 7 modules
var snapshot = __webpack_require__(3575);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/remote/exec.ts

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
        throw new errors.PikaciError(`${what} on ${transport.hostLabel} failed (${describeExit(result)})${stderr ? `: ${stderr}` : ''}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/remote/sync.ts
/**
 * Publish a local snapshot on a placement host without clobbering (docs/upstream.md, executor 3.3 step 2): reuse a
 * remote copy whose marker carries the same content hash; otherwise stream a tar into a temporary
 * sibling directory and rename it into place. The first writer wins; a marker with another hash, or
 * none, is an error rather than a guess.
 */







async function readRemoteHash(transport, remoteDir) {
    const marker = external_node_path_.posix.join(remoteDir, snapshot/* SNAPSHOT_METADATA_FILE */.mh);
    const read = await mustCapture(transport, `read remote snapshot metadata ${marker}`, shArgv(`if test -f ${(0,shell/* shellQuote */.Z)(marker)}; then cat ${(0,shell/* shellQuote */.Z)(marker)}; fi`));
    if (read.stdout.trim() === '')
        return undefined;
    let json;
    try {
        json = JSON.parse(read.stdout);
    }
    catch (error) {
        throw new errors.PikaciError(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${String(error)}`);
    }
    const parsed = snapshot/* SnapshotMetadataSchema */.D6.safeParse(json);
    if (!parsed.success) {
        throw new errors.PikaciError(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${parsed.error.message}`);
    }
    return parsed.data.content_hash;
}
/** Upstream's reuse rule; `undefined` remote means no marker yet. */
function ready(local, remote, remoteDir, host) {
    if (remote === undefined)
        return false;
    if (local === null)
        return true;
    if (remote === null) {
        throw new errors.PikaciError(`remote snapshot at ${remoteDir} on ${host} is missing content hash ${local}; refusing ambiguous reuse`, { hint: `remove ${remoteDir} on ${host} if it is stale` });
    }
    if (remote !== local) {
        throw new errors.PikaciError(`remote snapshot hash mismatch at ${remoteDir} on ${host} (expected ${local}, got ${remote})`, {
            hint: `another writer published different content under this hash; inspect ${remoteDir} on ${host}`,
        });
    }
    return true;
}
async function syncSnapshot(transport, options) {
    const { localDir, remoteDir, log } = options;
    const host = transport.hostLabel;
    const local = (await (0,snapshot/* readSnapshotMetadata */.U$)(localDir)).content_hash;
    const reuseLine = `[pikaci] remote snapshot already available at ${remoteDir}${local ? ` (content hash ${local})` : ''}`;
    if (ready(local, await readRemoteHash(transport, remoteDir), remoteDir, host)) {
        log(reuseLine);
        return { action: 'reused', contentHash: local };
    }
    const parent = external_node_path_.posix.dirname(remoteDir);
    const staging = external_node_path_.posix.join(parent, `.pikaci-sync-snapshot-${process.pid}-${process.hrtime.bigint()}`);
    log(`[pikaci] sync snapshot ${localDir} -> ${host}:${remoteDir}`);
    await mustCapture(transport, 'prepare remote snapshot staging dir', shArgv(`set -eu; mkdir -p ${(0,shell/* shellQuote */.Z)(parent)}; rm -rf ${(0,shell/* shellQuote */.Z)(staging)}; mkdir -p ${(0,shell/* shellQuote */.Z)(staging)}`));
    // The tar stream is produced as the remote side reads it: nothing is staged in memory or on disk.
    const tarStream = external_node_stream_.Readable.from((0,index_min/* create */.vt)({ cwd: localDir, portable: true }, ['.']));
    let localError;
    tarStream.on('error', (error) => {
        localError = error;
    });
    const upload = await capture(transport, ['tar', '-C', staging, '-xf', '-'], {
        stdin: tarStream,
        signal: options.signal,
    });
    if (localError !== undefined || upload.exitCode !== 0) {
        await capture(transport, shArgv(`rm -rf ${(0,shell/* shellQuote */.Z)(staging)}`));
        const local = localError === undefined ? 'ok' : String(localError);
        throw new errors.PikaciError(`sync snapshot to ${host} failed (local tar: ${local}; remote tar: ${describeExit(upload)})${upload.stderr.trim() ? `: ${upload.stderr.trim()}` : ''}`);
    }
    // `mv -T` never moves the staging dir *into* a directory that appeared meanwhile.
    const q = { staging: (0,shell/* shellQuote */.Z)(staging), target: (0,shell/* shellQuote */.Z)(remoteDir) };
    await mustCapture(transport, 'finalize remote snapshot sync', shArgv(`if [ -e ${q.target} ]; then rm -rf ${q.staging}; ` +
        `elif mv -T ${q.staging} ${q.target} 2>/dev/null; then :; ` +
        `elif [ -e ${q.target} ]; then rm -rf ${q.staging}; else rm -rf ${q.staging}; exit 1; fi`));
    const published = await readRemoteHash(transport, remoteDir);
    if (published === undefined) {
        throw new errors.PikaciError(`remote snapshot at ${remoteDir} on ${host} is still missing a ready marker after publish; refusing ambiguous reuse`);
    }
    ready(local, published, remoteDir, host);
    return { action: 'uploaded', contentHash: local };
}

// EXTERNAL MODULE: ./src/runtime/index.ts + 4 modules
var runtime = __webpack_require__(496);
;// CONCATENATED MODULE: ./src/remote/supervisor.ts
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
            const channelStdin = new external_node_stream_.PassThrough();
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
/**
 * local × host_process under the supervisor: a local job dies with the runner's pipe, as a remote one
 * dies with its connection (README "Faults"), and holds its concurrency group's jobs file the same way.
 */
function supervisedLocalBackend(backend, jobsLockFile) {
    return {
        run: (ctx) => backend.run({
            ...ctx,
            transport: supervisedTransport(ctx.transport, {
                marker: `${ctx.runId}/${ctx.job.id}`,
                jobsLockFile,
                local: true,
            }),
        }),
    };
}

;// CONCATENATED MODULE: ./src/remote/host-process.ts
/**
 * remote_ssh × host_process: the host-process backend with its workspace on the placement host —
 * the run's snapshot published there (`W/snapshots/<hash>/snapshot`), or a private writable copy.
 */







/**
 * `jobsLockFile`: the run's concurrency group's jobs file on the host (see `src/locks/`), or null.
 * The job command itself runs under the supervisor (`./supervisor.ts`), so it dies with its
 * connection; the workspace is prepared over the plain transport.
 */
function remoteHostProcessBackend(workDir, jobsLockFile = null) {
    return {
        run: (ctx) => (0,runtime/* hostProcessBackendWith */.sl)(() => remoteWorkspace(ctx, workDir)).run({
            ...ctx,
            transport: supervisedTransport(ctx.transport, { marker: `${ctx.runId}/${ctx.job.id}`, jobsLockFile }),
        }),
    };
}
async function remoteWorkspace(ctx, workDir) {
    const { job, transport, hostLog } = ctx;
    const layout = remoteLayout(workDir, ctx.runId, ctx.snapshotContentHash);
    const artifacts = layout.artifactsDir(job.id);
    const cargoHome = external_node_path_.posix.join(workDir, 'cache/cargo-home');
    await mustCapture(transport, 'ensure remote job dirs', shArgv(`set -eu; mkdir -p ${[artifacts, external_node_path_.posix.dirname(layout.snapshotDir), cargoHome].map(shell/* shellQuote */.Z).join(' ')}`));
    await syncSnapshot(transport, {
        localDir: ctx.snapshotDir,
        remoteDir: layout.snapshotDir,
        log: (line) => hostLog.line(line),
        signal: ctx.signal,
    });
    let cwd = layout.snapshotDir;
    if (job.writable_workspace) {
        cwd = external_node_path_.posix.join(layout.jobDir(job.id), 'workspace');
        await mustCapture(transport, 'copy the snapshot into a writable workspace', shArgv(`set -eu; rm -rf ${(0,shell/* shellQuote */.Z)(cwd)}; cp -a ${(0,shell/* shellQuote */.Z)(layout.snapshotDir)} ${(0,shell/* shellQuote */.Z)(cwd)}`));
    }
    return {
        cwd,
        env: {
            ARTIFACTS: artifacts,
            CARGO_HOME: cargoHome,
            CARGO_TARGET_DIR: external_node_path_.posix.join(layout.runDir, 'cargo-target'),
        },
        label: 'remote host-process command',
        host: transport.hostLabel,
    };
}

;// CONCATENATED MODULE: ./src/remote/index.ts
/** A run's files on a placement host: layout, streamed snapshot sync, and short-output exec helpers. */







/***/ }),

/***/ 496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ch: () => (/* reexport */ hostProcessBackend),
  sl: () => (/* reexport */ hostProcessBackendWith),
  tw: () => (/* reexport */ jobEnvironment),
  $w: () => (/* reexport */ openLogSet),
  qf: () => (/* reexport */ openLogWriter),
  qq: () => (/* reexport */ readTerminalResult),
  JF: () => (/* reexport */ registerDeclaredSecrets),
  Fy: () => (/* reexport */ writeTerminalResult)
});

// UNUSED EXPORTS: CONTEXT_ENV_NAMES, HOST_ENV_NAMES, HOST_ENV_PREFIXES, LogWriteError, hostArgv, outcomeFromTerminalResult

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(6684);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/runtime/result.ts
/** The terminal `result.json` contract shared by every runtime (docs/upstream.md, executor 0.4, docs/design.md decision 6). */

async function writeTerminalResult(path, result) {
    const record = {
        schema_version: 1,
        status: result.ok ? 'completed' : 'failed',
        finished_at: (0,records.rfc3339)(),
        message: result.message,
    };
    if (result.exitCode !== null)
        record.exit_code = result.exitCode;
    if (result.details !== undefined)
        record.details = result.details;
    await (0,records.writeRecord)(path, records.TerminalResultSchema, record);
}
function outcomeFromTerminalResult(result) {
    return {
        status: result.status === 'completed' ? 'passed' : 'failed',
        exit_code: result.exit_code ?? null,
        message: result.message,
    };
}
async function readTerminalResult(path) {
    return outcomeFromTerminalResult(await (0,records.readRecord)(path, records.TerminalResultSchema, 'terminal result'));
}

;// CONCATENATED MODULE: ./src/runtime/host-process.ts
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
            return [...BASH, (0,model/* compileGuestCommand */.Dw)(guest).command];
        default:
            return (0,model/* assertNever */.xb)(guest);
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
        ...(ctx.transport.placement === 'local' ? host : {}),
        ...context,
        ...passed,
        ...workspace.env,
        ...secrets,
    };
}
/** This machine: the run's workspace copy, with the state root's caches. */
async function localWorkspace(ctx) {
    return {
        cwd: ctx.workspaceDir,
        env: {
            ARTIFACTS: ctx.paths.artifactsDir,
            CARGO_HOME: ctx.cargoHomeDir,
            CARGO_TARGET_DIR: ctx.cargoTargetDir,
        },
        label: 'host-local command',
        host: ctx.transport.hostLabel,
    };
}
async function runHostProcess(ctx, prepareWorkspace) {
    const { job, hostLog, paths } = ctx;
    await (0,promises_.mkdir)(paths.artifactsDir, { recursive: true });
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
            const workspace = await prepareWorkspace(ctx);
            hostLog.line(`[pikaci] starting host-process job \`${job.id}\` on ${workspace.host} at ${(0,records.rfc3339)()}`);
            hostLog.line(`[pikaci] ${workspace.label}: ${(0,shell/* shellJoin */.n)(argv)}`);
            hostLog.line(`[pikaci] host-process workspace: ${workspace.cwd}`);
            const result = await ctx.transport.exec({
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
                timeoutMs: ctx.timeoutSecs * 1000,
                signal: ctx.signal,
            });
            ending = endingOf(result, ctx.timeoutSecs, workspace);
            if (result.timedOut)
                hostLog.line(`[pikaci] timeout after ${ctx.timeoutSecs}s, killed ${workspace.label}`);
        }
        catch (error) {
            ending = { ok: false, message: `could not start the command: ${(0,errors/* errorMessage */.gJ)(error)}`, exitCode: null };
        }
        hostLog.line(`[pikaci] host-process job exited with ${ending.exitCode ?? 'no exit code'} at ${(0,records.rfc3339)()}: ${ending.message}`);
    }
    await writeTerminalResult(paths.resultJson, ending);
    return readTerminalResult(paths.resultJson);
}
/** A host-process backend whose workspace `prepareWorkspace` provides (e.g. published over SSH). */
function hostProcessBackendWith(prepareWorkspace) {
    return { run: (ctx) => runHostProcess(ctx, prepareWorkspace) };
}
const hostProcessBackend = hostProcessBackendWith(localWorkspace);

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/redact.ts
var redact = __webpack_require__(767);
;// CONCATENATED MODULE: ./src/runtime/log-writer.ts
/**
 * Log files written with synchronous appends: a chunk is on disk before the next one is read from
 * the pipe, so a command that prints gigabytes never makes this process buffer them (docs/design.md decision 9).
 *
 * Writes happen inside stream handlers, where a throw would crash the runner before any cleanup
 * runs. So in a set opened with `onError` a write error (a full disk, above all) never throws: the
 * first one is kept, reported once to `onError`, and every log of the set stops writing (they share
 * the disk). Without `onError` the error is thrown, worded the same way.
 */




/** The write error that stopped a set of logs: `no space left on device writing <file>`. */
class LogWriteError extends errors.PikaciError {
    path;
    constructor(path, error) {
        const code = error?.code;
        const message = code === 'ENOSPC'
            ? `no space left on device writing ${path}`
            : `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
        super(message, { hint: 'free space on the state root (pikaci gc) and run again', cause: error });
        this.path = path;
        this.name = 'LogWriteError';
    }
}
function openLogSet(onError) {
    let failure = null;
    const fail = (path, error) => {
        if (failure !== null)
            return;
        failure = new LogWriteError(path, error);
        if (!onError)
            throw failure;
        onError(failure);
    };
    return {
        get failure() {
            return failure;
        },
        open(path) {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            let fd = (0,external_node_fs_.openSync)(path, 'a');
            const append = (bytes) => {
                if (fd === null || failure !== null)
                    return;
                let offset = 0;
                try {
                    while (offset < bytes.length)
                        offset += (0,external_node_fs_.writeSync)(fd, bytes, offset);
                }
                catch (error) {
                    fail(path, error);
                }
            };
            // Every log the project writes passes the redactor (README "Security").
            const redactor = (0,redact/* streamRedactor */.fx)(append);
            const write = (chunk) => {
                if (fd === null)
                    throw new Error(`log ${path} is closed`);
                if (failure !== null) {
                    if (onError)
                        return;
                    throw failure;
                }
                redactor.write(chunk);
            };
            return {
                path,
                write,
                line: (text) => write(`${text}\n`),
                close: () => {
                    if (fd === null)
                        return;
                    try {
                        redactor.end();
                    }
                    finally {
                        (0,external_node_fs_.closeSync)(fd);
                        fd = null;
                    }
                },
            };
        },
    };
}
/** One log on its own; a write error is thrown (as a `LogWriteError`). */
function openLogWriter(path) {
    return openLogSet().open(path);
}

;// CONCATENATED MODULE: ./src/runtime/job-env.ts


/** Taken from this machine's environment for local host-process jobs only (a remote host or guest has its own). */
const HOST_ENV_NAMES = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'TMPDIR',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NIX_PATH',
    'NIX_SSL_CERT_FILE',
    'RUSTUP_HOME',
    'JAVA_HOME',
    'ANDROID_HOME',
    'GITHUB_WORKSPACE',
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_TEMP',
];
/** Also from this machine, by prefix (locale settings). */
const HOST_ENV_PREFIXES = ['LC_'];
/** The run's non-secret CI context, given to every job on every runtime when set. */
const CONTEXT_ENV_NAMES = [
    'CI',
    'GITHUB_ACTIONS',
    'GITHUB_ACTOR',
    'GITHUB_BASE_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_HEAD_REF',
    'GITHUB_JOB',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_REF_TYPE',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_OWNER',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_SERVER_URL',
    'GITHUB_SHA',
    'GITHUB_WORKFLOW',
];
function pick(source, names) {
    const picked = {};
    for (const name of names) {
        const value = source[name];
        if (value !== undefined)
            picked[name] = value;
    }
    return picked;
}
/** Register every secret the jobs ask for (those set), so every log redacts them from the start. */
function registerDeclaredSecrets(jobs, source) {
    for (const job of jobs)
        for (const name of job.secrets ?? [])
            (0,redact/* addSecret */.Ck)(source[name]);
}
/**
 * The environment of `job` from `source` (the action's or CLI's process environment). A declared
 * secret that is not set fails the job before it starts, naming the variable and how to set it.
 */
function jobEnvironment(job, source) {
    const host = pick(source, HOST_ENV_NAMES);
    for (const [name, value] of Object.entries(source)) {
        if (value !== undefined && HOST_ENV_PREFIXES.some((prefix) => name.startsWith(prefix))) {
            host[name] = value;
        }
    }
    const secrets = {};
    const missing = [];
    for (const name of job.secrets ?? []) {
        const value = source[name];
        if (value === undefined || value === '')
            missing.push(name);
        else {
            (0,redact/* addSecret */.Ck)(value);
            secrets[name] = value;
        }
    }
    if (missing.length > 0) {
        throw new errors.PikaciError(`job \`${job.id}\` asks for the secret${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set`, {
            hint: `set it in the environment of the step (e.g. \`env: { ${missing[0]}: \${{ secrets.${missing[0]} }} }\`) or of \`pikaci run\``,
        });
    }
    return {
        host,
        context: pick(source, CONTEXT_ENV_NAMES),
        passed: pick(source, job.pass_env ?? []),
        secrets,
    };
}

;// CONCATENATED MODULE: ./src/runtime/index.ts






/***/ }),

/***/ 3575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mh: () => (/* reexport */ metadata_SNAPSHOT_METADATA_FILE),
  D6: () => (/* reexport */ SnapshotMetadataSchema),
  $p: () => (/* reexport */ createSnapshot),
  U$: () => (/* reexport */ metadata_readSnapshotMetadata),
  lw: () => (/* reexport */ snapshotProfileForJobs)
});

// UNUSED EXPORTS: FILE_MODES, SNAPSHOT_PROFILES, computeContentHash, formatSnapshotTimestamp, gitBlobId, hashSnapshotDirectory, isSkippedPath, shouldSkipEntry, verifySnapshot

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 132 modules
var execa = __webpack_require__(2053);
;// CONCATENATED MODULE: ./src/snapshot/git.ts
/** The git edge of snapshots: plain `git` processes run in the source repository. */


/**
 * Variables through which a parent git (a hook, `git rebase -x`) would point us at another repository
 * or index (`git rev-parse --local-env-vars`). A snapshot always reads the repository at its cwd.
 */
const GIT_LOCAL_ENV_VARS = [
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_CONFIG',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_OBJECT_DIRECTORY',
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_IMPLICIT_WORK_TREE',
    'GIT_GRAFT_FILE',
    'GIT_INDEX_FILE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_REPLACE_REF_BASE',
    'GIT_PREFIX',
    'GIT_SHALLOW_FILE',
    'GIT_COMMON_DIR',
];
function gitEnv() {
    const env = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
    for (const name of GIT_LOCAL_ENV_VARS)
        delete env[name];
    return env;
}
/** Runs git; a non-zero exit is returned, not thrown, so callers can turn it into a precise error. */
async function tryGit(cwd, args) {
    const result = await (0,execa/* execa */.Ho)('git', args, {
        cwd,
        env: gitEnv(),
        extendEnv: false,
        encoding: 'buffer',
        stripFinalNewline: false,
        reject: false,
        maxBuffer: 1024 * 1024 * 1024,
    });
    if (result.failed && result.exitCode === undefined) {
        throw new errors.PikaciError(`cannot run git: ${result.shortMessage}`, {
            where: cwd,
            hint: 'install git and make sure it is on PATH',
        });
    }
    return {
        ok: result.exitCode === 0,
        stdout: Buffer.from(result.stdout),
        stderr: Buffer.from(result.stderr).toString('utf8').trim(),
    };
}
async function git(cwd, args) {
    const result = await tryGit(cwd, args);
    if (!result.ok) {
        throw new errors.PikaciError(`\`git ${args.join(' ')}\` failed: ${result.stderr || 'no message'}`, {
            where: cwd,
        });
    }
    return result.stdout;
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Splits `-z` output into records, decoding each as strict UTF-8. */
function splitNul(output, where) {
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
            throw new errors.PikaciError(`a path is not valid UTF-8: ${JSON.stringify(bytes.toString('latin1'))}`, {
                where,
                hint: 'rename the file to a UTF-8 name; snapshot paths and hashes are defined over UTF-8',
            });
        }
        start = end + 1;
    }
    return records;
}

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
    const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch', '--buffer'], {
        cwd,
        env: gitEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
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
                reject(new errors.PikaciError(`git cat-file stopped after ${next} of ${oids.length} objects`, { where: cwd }));
            else
                resolve();
        };
        const fail = (error) => {
            failure ??= error;
            child.stdout.destroy();
            child.kill();
            settle();
        };
        child.on('error', (error) => fail(new errors.PikaciError(`cannot run git cat-file: ${error.message}`, { where: cwd, hint: 'install git' })));
        child.on('close', (code) => {
            exited = true;
            if (code !== 0 && !failure) {
                const message = Buffer.concat(stderr).toString('utf8').trim();
                fail(new errors.PikaciError(`git cat-file --batch exited with ${code}: ${message || 'no message'}`, {
                    where: cwd,
                }));
                return;
            }
            settle();
        });
        child.stdin.on('error', (error) => fail(new errors.PikaciError(`git cat-file stdin: ${error.message}`, { where: cwd })));
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
                        fail(new errors.PikaciError(type === 'missing'
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
function hash_computeContentHash(entries) {
    const sorted = [...entries].sort((a, b) => comparePathBytes(a.path, b.path));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const entry of sorted)
        hash.update(`${entry.mode} ${entry.oid}\t${entry.path}\0`, 'utf8');
    return hash.digest('hex');
}
/** git's SHA-1 blob id of some bytes (what `git hash-object --no-filters` prints). */
function hash_gitBlobId(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/snapshot/profile.ts
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
            return (0,model/* assertNever */.xb)(profile);
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
        const command = (0,model/* stagedLinuxCommand */.Md)(job);
        return command ? [command] : [];
    });
    if (staged.some((command) => command.snapshot_profile === 'followup'))
        return 'staged_linux_followup';
    if (staged.length > 0)
        return 'staged_linux_rust';
    return 'full';
}

;// CONCATENATED MODULE: ./src/snapshot/metadata.ts
/**
 * `<snapshot>/pikaci-snapshot.json` (docs/upstream.md, records 2.9): the snapshot's description and its ready
 * marker. It is written last and atomically, so its presence means the tree beside it is complete.
 */






const metadata_SNAPSHOT_METADATA_FILE = 'pikaci-snapshot.json';
/** RFC 3339 in UTC; upstream writes `+00:00` with 0–9 fractional digits, its fixtures use `Z`. */
const UtcTimestampSchema = schemas/* string */.YjP()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|\+00:00)$/, 'expected an RFC 3339 UTC timestamp ending in `Z` or `+00:00`');
const OmittedPathSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1),
    /**
     * `submodule`: a gitlink (mode 160000); its commit is not in this repository's object store.
     * `nested_repository`: an untracked directory holding its own git repository.
     */
    reason: schemas/* enum */.k5n(['submodule', 'nested_repository']),
});
const SnapshotMetadataSchema = schemas/* object */.Ikc({
    source_root: schemas/* string */.YjP().min(1),
    snapshot_dir: schemas/* string */.YjP().min(1),
    git_head: schemas/* string */.YjP().nullable(),
    git_dirty: schemas/* boolean */.zMY().nullable(),
    created_at: UtcTimestampSchema,
    content_hash: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256')
        .nullable()
        .default(null),
    /** Ours, absent from upstream files: the profile used and what was left out on purpose. */
    profile: schemas/* enum */.k5n(SNAPSHOT_PROFILES).optional(),
    omitted_paths: schemas/* array */.YOg(OmittedPathSchema).optional(),
});
/** The upstream form: UTC with a `+00:00` offset. */
function formatSnapshotTimestamp(date) {
    return date.toISOString().replace(/Z$/, '+00:00');
}
async function metadata_readSnapshotMetadata(dir) {
    const file = (0,external_node_path_.join)(dir, metadata_SNAPSHOT_METADATA_FILE);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (isNotFound(error)) {
            throw new errors.PikaciError('snapshot is not ready: its marker file is missing', {
                where: file,
                hint: 'the snapshot was never completed (or the path is wrong); create it again',
                cause: error,
            });
        }
        throw new errors.PikaciError(`cannot read snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors.PikaciError(`snapshot metadata is not valid JSON: ${error.message}`, {
            where: file,
            hint: 'the marker is corrupt; delete the snapshot directory and create it again',
            cause: error,
        });
    }
    const parsed = SnapshotMetadataSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : '';
        throw new errors.PikaciError(`invalid snapshot metadata${at}: ${issue?.message ?? 'unknown problem'}`, {
            where: file,
            hint: 'the marker is corrupt or from an incompatible writer; delete the snapshot and create it again',
        });
    }
    return parsed.data;
}
/** Temp file in the same directory, then rename: readers see no marker or a whole one. */
async function writeSnapshotMetadata(dir, metadata) {
    const file = (0,external_node_path_.join)(dir, metadata_SNAPSHOT_METADATA_FILE);
    const temp = (0,external_node_path_.join)(dir, `.${metadata_SNAPSHOT_METADATA_FILE}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, `${JSON.stringify(metadata, null, 2)}\n`, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw new errors.PikaciError(`cannot write snapshot metadata: ${String(error)}`, { where: file, cause: error });
    }
}
function isNotFound(error) {
    return error?.code === 'ENOENT';
}

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
        created_at: formatSnapshotTimestamp(clock()),
        content_hash: hash_computeContentHash(entries),
        profile: options.profile,
        omitted_paths: plan.omitted,
    };
    await writeSnapshotMetadata(destDir, metadata);
    return metadata;
}
/** Returns HEAD's commit id after checking that `sourceRoot` is the top of a usable working tree. */
async function checkSource(sourceRoot) {
    const info = await (0,promises_.stat)(sourceRoot).catch(() => null);
    if (!info?.isDirectory()) {
        throw new errors.InputError('snapshot source is not a directory', {
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
    const top = await tryGit(sourceRoot, ['rev-parse', '--show-toplevel']);
    if (!top.ok) {
        throw new errors.InputError(`snapshot source is not a git working tree: ${top.stderr}`, {
            where: sourceRoot,
            hint: 'snapshots are made from git checkouts; run from a clone of the repository',
        });
    }
    await checkTopLevel(sourceRoot, top.stdout.toString('utf8').trim());
    const format = await tryGit(sourceRoot, ['rev-parse', '--show-object-format']);
    checkObjectFormat(sourceRoot, format.ok ? format.stdout.toString('utf8').trim() : 'sha1');
    const head = await tryGit(sourceRoot, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    if (!head.ok) {
        throw new errors.InputError('the repository has no commits, so there is no HEAD to snapshot', {
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
    const result = await tryGit(sourceRoot, [
        'rev-parse',
        '--show-toplevel',
        '--show-object-format',
        '--verify',
        '--quiet',
        'HEAD^{commit}',
    ]);
    const lines = result.stdout.toString('utf8').split('\n');
    if (!result.ok || lines.length !== 4 || lines[3] !== '')
        return null;
    const [topLevel, objectFormat, head] = lines.map((line) => line.trim());
    return { topLevel, objectFormat, head };
}
async function checkTopLevel(sourceRoot, topLevel) {
    if ((await (0,promises_.realpath)(topLevel)) !== (await (0,promises_.realpath)(sourceRoot))) {
        throw new errors.InputError(`snapshot source is not the top level of its repository (${topLevel})`, {
            where: sourceRoot,
            hint: `pass ${topLevel} instead`,
        });
    }
}
function checkObjectFormat(sourceRoot, objectFormat) {
    if (objectFormat !== 'sha1') {
        throw new errors.InputError(`repositories with the ${objectFormat} object format are not supported`, {
            where: sourceRoot,
            hint: 'the snapshot content hash is defined over SHA-1 blob ids; use a sha1 repository',
        });
    }
}
async function prepareDestination(destDir) {
    const existing = await (0,promises_.readdir)(destDir).catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw new errors.InputError(`snapshot destination cannot be used: ${error.message}`, { where: destDir });
    });
    if (existing !== null && existing.length > 0) {
        throw new errors.InputError('snapshot destination is not empty', {
            where: destDir,
            hint: 'pass a new or empty directory (delete a stale snapshot first)',
        });
    }
    await (0,promises_.mkdir)(destDir, { recursive: true });
}
/** CI: the tree of HEAD, read from the object store only. */
async function planHead(sourceRoot) {
    const output = await git(sourceRoot, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD']);
    const plan = { stored: [], local: [], omitted: [] };
    for (const record of splitNul(output, `${sourceRoot} (git ls-tree HEAD)`)) {
        // `<mode> SP <type> SP <oid> TAB <path>`
        const tab = record.indexOf('\t');
        const [mode, , oid] = record.slice(0, tab).split(' ');
        addStored(plan, record.slice(tab + 1), mode, oid, sourceRoot);
    }
    return plan;
}
/** A developer machine: the index, with edited, deleted and conflicted paths taken from the disk. */
async function planWorkingTree(sourceRoot) {
    const [staged, modified, untracked] = await allSettledOrThrow([
        git(sourceRoot, ['ls-files', '-z', '-s']),
        git(sourceRoot, ['ls-files', '-z', '-m']),
        git(sourceRoot, ['ls-files', '-z', '--others', '--exclude-standard']),
    ]);
    const changed = new Set(splitNul(modified, `${sourceRoot} (git ls-files -m)`));
    const plan = { stored: [], local: [], omitted: [] };
    const seen = new Set();
    for (const record of splitNul(staged, `${sourceRoot} (git ls-files -s)`)) {
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
    for (const path of splitNul(untracked, `${sourceRoot} (git ls-files --others)`)) {
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
            throw new errors.PikaciError(`unexpected git file mode ${rawMode} for ${JSON.stringify(path)}`, { where });
    }
}
/**
 * Applies the profile's skip rules. The root-level `pikaci-snapshot.json` is always left out too: it is
 * the marker's name, and a snapshot taken from a materialised workspace must not carry the old one.
 */
function filterPlan(plan, profile) {
    const keep = (path) => path !== metadata_SNAPSHOT_METADATA_FILE && !isSkippedPath(path, profile);
    return {
        stored: plan.stored.filter((file) => keep(file.path)),
        local: plan.local.filter(keep),
        omitted: plan.omitted.filter((entry) => keep(entry.path)),
    };
}
async function isDirty(sourceRoot) {
    const status = await git(sourceRoot, ['status', '--porcelain', '-z', '--untracked-files=normal']);
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
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
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
        throw new errors.PikaciError(`cannot snapshot ${JSON.stringify(path)}: not a file, symlink or directory`, {
            where: source,
            hint: 'remove the special file (fifo, socket or device) or add it to .gitignore',
        });
    })));
    return inspected.filter((file) => file !== null);
}
/** Copies working-tree files, returning their hash entries computed from the bytes copied. */
async function copyLocalFiles(sourceRoot, destDir, files) {
    const limit = (0,p_limit["default"])(WORKTREE_COPY_CONCURRENCY);
    return allSettledOrThrow(files.map(({ path, mode }) => limit(async () => {
        const source = (0,external_node_path_.join)(sourceRoot, path);
        const bytes = mode === '120000' ? await (0,promises_.readlink)(source, { encoding: 'buffer' }) : await (0,promises_.readFile)(source);
        await materialise((0,external_node_path_.join)(destDir, path), mode, bytes);
        return { path, mode, oid: hash_gitBlobId(bytes) };
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
            (0,model/* assertNever */.xb)(mode);
    }
}
/**
 * Like `Promise.all`, but waits for every operation before throwing the first failure, so no git process
 * or file write is still running once the caller sees the error.
 */
async function allSettledOrThrow(operations) {
    const outcomes = await Promise.allSettled(operations);
    for (const outcome of outcomes)
        if (outcome.status === 'rejected')
            throw outcome.reason;
    return outcomes.map((outcome) => outcome.value);
}

;// CONCATENATED MODULE: ./src/snapshot/verify.ts
/** Checking a snapshot directory against an expected content hash, by re-reading its bytes. */






/**
 * The content hash (see hash.ts) of a snapshot directory computed from what is on disk: every regular
 * file and symlink below `dir` except the root-level marker.
 */
async function hashSnapshotDirectory(dir) {
    const limit = pLimit(32);
    const pending = [];
    const walk = async (relDir) => {
        const names = await readdir(join(dir, relDir));
        for (const name of names) {
            const rel = relDir === '' ? name : `${relDir}/${name}`;
            if (rel === SNAPSHOT_METADATA_FILE)
                continue;
            const absolute = join(dir, rel);
            const info = await lstat(absolute);
            if (info.isDirectory())
                await walk(rel);
            else if (info.isSymbolicLink()) {
                pending.push(limit(async () => ({
                    path: rel,
                    mode: '120000',
                    oid: gitBlobId(await readlink(absolute, { encoding: 'buffer' })),
                })));
            }
            else if (info.isFile()) {
                const mode = info.mode & 0o100 ? '100755' : '100644';
                pending.push(limit(async () => ({ path: rel, mode, oid: gitBlobId(await readFile(absolute)) })));
            }
            else {
                throw new PikaciError(`unexpected special file in snapshot: ${JSON.stringify(rel)}`, { where: dir });
            }
        }
    };
    try {
        await walk('');
    }
    finally {
        // Reads already started finish (or fail) before this returns, whatever happened to the walk.
        await Promise.allSettled(pending);
    }
    return computeContentHash(await Promise.all(pending));
}
/**
 * A snapshot is good when its marker is present and valid, records `expectedHash`, and the files on disk
 * still hash to it. Problems are returned, not thrown, so a caller can recreate the snapshot.
 */
async function verifySnapshot(dir, expectedHash) {
    let metadata;
    try {
        metadata = await readSnapshotMetadata(dir);
    }
    catch (error) {
        return { ok: false, reason: errorMessage(error), metadata: null };
    }
    if (metadata.content_hash !== expectedHash) {
        return {
            ok: false,
            reason: `marker records content hash ${metadata.content_hash ?? 'null'}, expected ${expectedHash}`,
            metadata,
        };
    }
    let actual;
    try {
        actual = await hashSnapshotDirectory(dir);
    }
    catch (error) {
        return { ok: false, reason: `cannot hash snapshot files: ${errorMessage(error)}`, metadata };
    }
    if (actual !== expectedHash) {
        return { ok: false, reason: `files on disk hash to ${actual}, expected ${expectedHash}`, metadata };
    }
    return { ok: true, metadata };
}

;// CONCATENATED MODULE: ./src/snapshot/index.ts
/** Source snapshots: a filtered copy of a git checkout with a content hash and a ready marker. */







/***/ })

};
