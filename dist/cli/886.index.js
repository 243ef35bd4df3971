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
  Vo: () => (/* reexport */ incusArgv)
});

// UNUSED EXPORTS: DEFAULT_HOST_GRACE_SECS, MOUNT_KIND_LABELS, PayloadManifestSchema, PayloadMountSchema, assertWithinRoot, declaredPayloadDeviceName, diskDeviceArgv, fnv1a64, initArgv, instanceName, limitConfig, mountDeviceName, parsePayloadManifest, payloadMountSource, planDeclaredMounts, runIncusJob, sanitizeDeviceComponent, validateDeclaredPayloadMount

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/incus/naming.ts
/**
 * Names the Incus backend derives from run and mount data (executor.md §3.2, §4.3, §4.4). These are
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/incus/payload-manifest.ts
/**
 * The declared payload-mount protocol (executor.md §4): a prepared output carries
 * `share/pikaci/payload-manifest.json` naming the directories to mount into the guest. A manifest is
 * untrusted input: its mounts must stay inside the payload root and land on normalized guest paths.
 */




const PAYLOAD_MANIFEST_RELATIVE_PATH = 'share/pikaci/payload-manifest.json';
const NamedPath = schemas/* object */.Ikc({ name: schemas/* string */.YjP(), relative_path: schemas/* string */.YjP() });
const PayloadMountSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP(),
    relative_path: schemas/* string */.YjP(),
    guest_path: schemas/* string */.YjP(),
    read_only: schemas/* boolean */.zMY(),
});
const PayloadManifestSchema = schemas/* object */.Ikc({
    schema_version: schemas/* number */.aig().int().nonnegative(),
    kind: schemas/* string */.YjP().min(1),
    entrypoints: schemas/* array */.YOg(NamedPath).default([]),
    asset_roots: schemas/* array */.YOg(NamedPath).default([]),
    mounts: schemas/* array */.YOg(PayloadMountSchema).default([]),
});
function parsePayloadManifest(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* PikaciError */.uy(`decode ${where}: ${error.message}`, { where });
    }
    const parsed = PayloadManifestSchema.safeParse(json);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        throw new errors/* PikaciError */.uy(`decode ${where}: ${issues}`, { where });
    }
    return parsed.data;
}
/** Path components as Rust's `Path::components()` sees them: `.` and empty parts dropped. */
function components(path) {
    return path.split('/').filter((part) => part !== '' && part !== '.');
}
/** Upstream validation (§4.2), with the messages upstream prints. */
function validateDeclaredPayloadMount(root, mount) {
    if (mount.name.trim() === '') {
        throw new errors/* PikaciError */.uy(`invalid payload mount for ${root}: empty mount name`);
    }
    if (mount.relative_path.startsWith('/') || components(mount.relative_path).includes('..')) {
        throw new errors/* PikaciError */.uy(`invalid payload mount \`${mount.name}\` for ${root}: relative_path must stay within the payload root`);
    }
    if (!mount.guest_path.startsWith('/') || components(mount.guest_path).includes('..')) {
        throw new errors/* PikaciError */.uy(`invalid payload mount \`${mount.name}\` for ${root}: guest_path must be an absolute normalized path`);
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
        throw new errors/* PikaciError */.uy(`invalid payload mount \`${mountName}\`: its source resolves to ${resolvedSource}, outside the payload root ${resolvedRoot}`, { hint: 'payload mounts may only expose directories inside the prepared output' });
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
                throw new errors/* PikaciError */.uy(`payload manifest for ${root} declares ${key} twice`);
            seen.add(key);
        }
    }
    return plans;
}

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
// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(6684);
// EXTERNAL MODULE: ./src/remote/index.ts + 4 modules
var src_remote = __webpack_require__(9839);
// EXTERNAL MODULE: ./src/runtime/index.ts + 4 modules
var runtime = __webpack_require__(1107);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
;// CONCATENATED MODULE: ./src/incus/backend.ts
/**
 * The Incus runtime (executor.md §3, with DESIGN decisions 1, 6, 7, 10): one instance per job on the
 * placement host, driven only through the job's `Transport`, so local and remote placement share
 * this code. Every phase is timed into the execution record; the outcome comes from the guest's
 * `result.json`; the instance is deleted in `finally` on every path.
 */













/** The host waits this long past the job timeout, so the guest's own `timeout` fires first (DESIGN 6). */
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
            throw new JobFailure(`${label} on ${host} failed (${(0,src_remote/* describeExit */.KE)(result)})${tail(result.stderr)}`);
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
                const images = await imageRecords(transport, config, host);
                const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
                if (matching.length !== 1) {
                    throw new JobFailure(matching.length === 0
                        ? `Incus image \`${config.image}\` is not available in project \`${config.project}\` on ${host}; import it first (for example \`${config.cli} image import meta.tar.gz rootfs.tar.gz --alias ${config.image} --project ${config.project}\`)`
                        : `Incus image \`${config.image}\` metadata from project \`${config.project}\` on ${host} returned multiple matching alias records`);
                }
                phases.record.incus_image = {
                    project: config.project,
                    alias: config.image,
                    fingerprint: matching[0].fingerprint,
                };
                hostLog.line(`[pikaci] Incus image \`${config.image}\` fingerprint=${matching[0].fingerprint} on ${host}`);
                // Payload manifests are untrusted: validate every mount before anything is created.
                const payloads = await payloadDevices();
                // A previous attempt of the same run and job may have left the instance behind.
                await deleteInstance();
                created = true;
                await incus('create Incus instance', initArgv(config, instance, ctx.runId, job.id));
                const snapshotPath = job.writable_workspace ? SNAPSHOT_SOURCE_PATH : guest/* GUEST_PATHS */.es.snapshot;
                const resolvedSnapshot = await resolvePath(snapshotSource);
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
                await waitReady();
            });
            const request = (0,guest/* buildGuestRequest */.C7)(job);
            const runnerPath = await phases.run('launch_guest', async () => {
                // One round trip writes the request pair and, when the image lacks the runner, pushes it.
                const script = [
                    'set -eu',
                    `mkdir -p ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runtimeStateDir)}`,
                    `printf '%s' "$1" > ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.request)}`,
                    `printf '%s' "$2" > ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.requestEnv)}`,
                    ...(job.writable_workspace
                        ? [
                            `mkdir -p ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)}`,
                            `cp -a ${(0,shell/* shellQuote */.Z)(`${SNAPSHOT_SOURCE_PATH}/.`)} ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)}`,
                            `chown -R 1000 ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.snapshot)} 2>/dev/null || true`,
                        ]
                        : []),
                    `if [ -x ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runner)} ]; then echo ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.runner)}; else`,
                    `  mkdir -p ${(0,shell/* shellQuote */.Z)(external_node_path_.posix.dirname(guest/* GUEST_PATHS */.es.pushedRunner))}`,
                    `  printf '%s' "$3" > ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    `  chmod 755 ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    `  echo ${(0,shell/* shellQuote */.Z)(guest/* GUEST_PATHS */.es.pushedRunner)}`,
                    'fi',
                ].join('\n');
                const out = await incus('write Incus guest request', incusArgv(config, ['exec'], instance, '--', 'sh', '-c', script, 'sh', request.json, request.envFile, (0,guest/* guestRunnerScript */.iF)()));
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
        const message = error instanceof JobFailure || error instanceof errors/* PikaciError */.uy ? (0,errors/* errorMessage */.gJ)(error) : String(error);
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

/***/ 9839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fg: () => (/* reexport */ capture),
  KE: () => (/* reexport */ describeExit),
  w8: () => (/* reexport */ mustCapture),
  ev: () => (/* reexport */ remoteHostProcessBackend),
  JS: () => (/* reexport */ remoteLayout),
  oV: () => (/* reexport */ shArgv),
  OV: () => (/* reexport */ syncSnapshot)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/remote/layout.ts
/**
 * Where a run lives on a placement host (executor.md §3.2): `W/runs/<run>/jobs/<job>/…` and the
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
        throw new errors/* PikaciError */.uy(`${what} on ${transport.hostLabel} failed (${describeExit(result)})${stderr ? `: ${stderr}` : ''}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/remote/sync.ts
/**
 * Publish a local snapshot on a placement host without clobbering (executor.md §3.3 step 2): reuse a
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
        throw new errors/* PikaciError */.uy(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${String(error)}`);
    }
    const parsed = snapshot/* SnapshotMetadataSchema */.D6.safeParse(json);
    if (!parsed.success) {
        throw new errors/* PikaciError */.uy(`decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${parsed.error.message}`);
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
        throw new errors/* PikaciError */.uy(`remote snapshot at ${remoteDir} on ${host} is missing content hash ${local}; refusing ambiguous reuse`, { hint: `remove ${remoteDir} on ${host} if it is stale` });
    }
    if (remote !== local) {
        throw new errors/* PikaciError */.uy(`remote snapshot hash mismatch at ${remoteDir} on ${host} (expected ${local}, got ${remote})`, {
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
        throw new errors/* PikaciError */.uy(`sync snapshot to ${host} failed (local tar: ${local}; remote tar: ${describeExit(upload)})${upload.stderr.trim() ? `: ${upload.stderr.trim()}` : ''}`);
    }
    // `mv -T` never moves the staging dir *into* a directory that appeared meanwhile.
    const q = { staging: (0,shell/* shellQuote */.Z)(staging), target: (0,shell/* shellQuote */.Z)(remoteDir) };
    await mustCapture(transport, 'finalize remote snapshot sync', shArgv(`if [ -e ${q.target} ]; then rm -rf ${q.staging}; ` +
        `elif mv -T ${q.staging} ${q.target} 2>/dev/null; then :; ` +
        `elif [ -e ${q.target} ]; then rm -rf ${q.staging}; else rm -rf ${q.staging}; exit 1; fi`));
    const published = await readRemoteHash(transport, remoteDir);
    if (published === undefined) {
        throw new errors/* PikaciError */.uy(`remote snapshot at ${remoteDir} on ${host} is still missing a ready marker after publish; refusing ambiguous reuse`);
    }
    ready(local, published, remoteDir, host);
    return { action: 'uploaded', contentHash: local };
}

// EXTERNAL MODULE: ./src/runtime/index.ts + 4 modules
var runtime = __webpack_require__(1107);
;// CONCATENATED MODULE: ./src/remote/host-process.ts
/**
 * remote_ssh × host_process: the job's command runs on the placement host in a copy of the run's
 * snapshot published there (`W/snapshots/<hash>/snapshot`, or a private writable copy), through the
 * SSH transport. Output streams back live; the exit becomes `result.json` on this side.
 */







function remoteHostProcessBackend(workDir) {
    return { run: (ctx) => runRemoteHostProcess(ctx, workDir) };
}
async function runRemoteHostProcess(ctx, workDir) {
    const { job, transport, hostLog, paths } = ctx;
    const layout = remoteLayout(workDir, ctx.runId, ctx.snapshotContentHash);
    const argv = (0,runtime/* hostArgv */.Jy)(job.guest_command);
    let ending;
    if (argv === null) {
        ending = {
            ok: false,
            message: 'host-process jobs do not support root commands (shell_command_as_root)',
            exitCode: null,
        };
    }
    else {
        try {
            const jobDir = layout.jobDir(job.id);
            const artifacts = layout.artifactsDir(job.id);
            await mustCapture(transport, 'ensure remote job dirs', shArgv(`set -eu; mkdir -p ${[artifacts, external_node_path_.posix.dirname(layout.snapshotDir), external_node_path_.posix.join(workDir, 'cache/cargo-home')].map(shell/* shellQuote */.Z).join(' ')}`));
            await syncSnapshot(transport, {
                localDir: ctx.snapshotDir,
                remoteDir: layout.snapshotDir,
                log: (l) => hostLog.line(l),
                signal: ctx.signal,
            });
            let cwd = layout.snapshotDir;
            if (job.writable_workspace) {
                cwd = external_node_path_.posix.join(jobDir, 'workspace');
                await mustCapture(transport, 'copy the snapshot into a writable workspace', shArgv(`set -eu; rm -rf ${(0,shell/* shellQuote */.Z)(cwd)}; cp -a ${(0,shell/* shellQuote */.Z)(layout.snapshotDir)} ${(0,shell/* shellQuote */.Z)(cwd)}`));
            }
            hostLog.line(`[pikaci] remote host-process command on ${transport.hostLabel}: ${(0,shell/* shellJoin */.n)(argv)}`);
            const result = await transport.exec({
                argv,
                cwd,
                env: {
                    ARTIFACTS: artifacts,
                    CARGO_HOME: external_node_path_.posix.join(workDir, 'cache/cargo-home'),
                    CARGO_TARGET_DIR: external_node_path_.posix.join(layout.runDir, 'cargo-target'),
                },
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
            if (result.cancelled)
                ending = { ok: false, message: 'cancelled', exitCode: null };
            else if (result.timedOut)
                ending = { ok: false, message: `timed out after ${ctx.timeoutSecs}s`, exitCode: null };
            else if (result.connectionLost)
                ending = {
                    ok: false,
                    message: `infrastructure error: lost the connection to ${transport.hostLabel}`,
                    exitCode: null,
                };
            else if (result.exitCode === 0)
                ending = { ok: true, message: 'remote host-process command passed', exitCode: 0 };
            else
                ending = {
                    ok: false,
                    message: `remote host-process command ended with ${describeExit(result)}`,
                    exitCode: result.exitCode,
                };
        }
        catch (error) {
            ending = { ok: false, message: (0,errors/* errorMessage */.gJ)(error), exitCode: null };
        }
    }
    hostLog.line(`[pikaci] ${ending.message}`);
    await (0,runtime/* writeTerminalResult */.Fy)(paths.resultJson, ending);
    return (0,runtime/* readTerminalResult */.qq)(paths.resultJson);
}

;// CONCATENATED MODULE: ./src/remote/index.ts
/** A run's files on a placement host: layout, streamed snapshot sync, and short-output exec helpers. */






/***/ })

};
