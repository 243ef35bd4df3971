export const id = 116;
export const ids = [116,709];
export const modules = {

/***/ 2116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ORPHAN_GRACE_SECS: () => (/* reexport */ DEFAULT_ORPHAN_GRACE_SECS),
  q9: () => (/* binding */ executionEnvironment),
  CB: () => (/* reexport */ parseConcurrencyGroup),
  parseHostSettings: () => (/* reexport */ parseHostSettings),
  sweepOrphanInstances: () => (/* reexport */ sweepOrphanInstances),
  sweepOrphanProcesses: () => (/* reexport */ sweepOrphanProcesses)
});

// UNUSED EXPORTS: HOST_ENV

// EXTERNAL MODULE: ./src/incus/index.ts + 4 modules
var src_incus = __webpack_require__(6886);
// EXTERNAL MODULE: ./src/locks/index.ts + 1 modules
var locks = __webpack_require__(8709);
// EXTERNAL MODULE: ./src/model/index.ts + 2 modules
var model = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/remote/index.ts + 5 modules
var remote = __webpack_require__(2912);
// EXTERNAL MODULE: ./src/runtime/index.ts + 4 modules
var src_runtime = __webpack_require__(496);
// EXTERNAL MODULE: ./src/transport/index.ts + 4 modules
var transport = __webpack_require__(6716);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/hosts/settings.ts
/**
 * Host settings from CLI flags and the environment (flags win). Pure: the caller passes the flag
 * values and `process.env`; every bad value is an `InputError` naming the flag and its variable.
 */




/** The environment variable read for each flag when the flag is absent. */
const HOST_ENV = {
    sshHost: 'PIKACI_SSH_HOST',
    sshUser: 'PIKACI_SSH_USER',
    sshPort: 'PIKACI_SSH_PORT',
    sshKey: 'PIKACI_SSH_KEY',
    sshKnownHosts: 'PIKACI_SSH_KNOWN_HOSTS',
    sshAcceptNewHostKeys: 'PIKACI_SSH_ACCEPT_NEW_HOST_KEYS',
    incusCli: 'PIKACI_INCUS_CLI',
    incusSudo: 'PIKACI_INCUS_SUDO',
    incusProject: 'PIKACI_INCUS_PROJECT',
    incusProfile: 'PIKACI_INCUS_PROFILE',
    incusImage: 'PIKACI_INCUS_IMAGE',
    incusType: 'PIKACI_INCUS_TYPE',
    incusStoragePool: 'PIKACI_INCUS_STORAGE_POOL',
    remoteWorkDir: 'PIKACI_REMOTE_WORK_DIR',
    lockTimeout: 'PIKACI_LOCK_TIMEOUT',
};
const FLAG_NAMES = {
    sshHost: '--ssh-host',
    sshUser: '--ssh-user',
    sshPort: '--ssh-port',
    sshKey: '--ssh-key',
    sshKnownHosts: '--ssh-known-hosts',
    sshAcceptNewHostKeys: '--ssh-accept-new-host-keys',
    incusCli: '--incus-cli',
    incusSudo: '--incus-sudo',
    incusProject: '--incus-project',
    incusProfile: '--incus-profile',
    incusImage: '--incus-image',
    incusType: '--incus-type',
    incusStoragePool: '--incus-storage-pool',
    remoteWorkDir: '--remote-work-dir',
    lockTimeout: '--lock-timeout',
};
function source(key) {
    return `${FLAG_NAMES[key]} (or $${HOST_ENV[key]})`;
}
function settings_text(flags, env, key) {
    const flag = flags[key];
    if (typeof flag === 'string')
        return flag;
    const value = env[HOST_ENV[key]];
    return value === undefined || value === '' ? undefined : value;
}
function bool(flags, env, key) {
    if (flags[key] === true)
        return true;
    const value = env[HOST_ENV[key]];
    if (value === undefined || value === '')
        return undefined;
    if (value === '1' || value === 'true')
        return true;
    if (value === '0' || value === 'false')
        return false;
    throw new errors.InputError(`$${HOST_ENV[key]} must be true, false, 1 or 0, got \`${value}\``);
}
function integer(value, key, min, max) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
        throw new errors.InputError(`${source(key)} must be an integer from ${min} to ${max}, got \`${value}\``);
    }
    return n;
}
function parseHostSettings(flags, env) {
    const incus = {};
    const cli = settings_text(flags, env, 'incusCli');
    if (cli !== undefined) {
        if (cli !== 'incus' && cli !== 'lxc')
            throw new errors.InputError(`${source('incusCli')} must be incus or lxc, got \`${cli}\``);
        incus['cli'] = cli;
    }
    const sudo = bool(flags, env, 'incusSudo');
    if (sudo !== undefined)
        incus['sudo'] = sudo;
    const type = settings_text(flags, env, 'incusType');
    if (type !== undefined) {
        if (type !== 'vm' && type !== 'container') {
            throw new errors.InputError(`${source('incusType')} must be vm or container, got \`${type}\``);
        }
        incus['instance_type'] = type;
    }
    const project = settings_text(flags, env, 'incusProject');
    if (project !== undefined)
        incus['project'] = project;
    const image = settings_text(flags, env, 'incusImage');
    if (image !== undefined)
        incus['image'] = image;
    const pool = settings_text(flags, env, 'incusStoragePool');
    if (pool !== undefined)
        incus['storage_pool'] = pool;
    const profileFlags = flags.incusProfile ?? [];
    const profileEnv = env[HOST_ENV.incusProfile];
    const profiles = profileFlags.length > 0
        ? profileFlags
        : profileEnv
            ? profileEnv.split(',').map((p) => p.trim())
            : undefined;
    if (profiles !== undefined) {
        if (profiles.some((p) => p === ''))
            throw new errors.InputError(`${source('incusProfile')} has an empty profile name`);
        incus['profiles'] = profiles;
    }
    const remoteWorkDir = settings_text(flags, env, 'remoteWorkDir');
    if (remoteWorkDir !== undefined) {
        if (!remoteWorkDir.startsWith('/')) {
            throw new errors.InputError(`${source('remoteWorkDir')} must be an absolute path, got \`${remoteWorkDir}\``);
        }
        incus['work_dir'] = remoteWorkDir;
    }
    const checked = src_incus.IncusHostConfigSchema.safeParse(incus);
    if (!checked.success) {
        throw new errors.InputError(`invalid Incus settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    const lockTimeout = settings_text(flags, env, 'lockTimeout');
    const settings = {
        incus: incus,
        lockTimeoutSecs: lockTimeout === undefined ? locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS : integer(lockTimeout, 'lockTimeout', 0, 604_800),
        ...(remoteWorkDir === undefined ? {} : { remoteWorkDir }),
    };
    const host = settings_text(flags, env, 'sshHost');
    if (host === undefined) {
        for (const key of ['sshUser', 'sshPort', 'sshKey', 'sshKnownHosts']) {
            if (flags[key] !== undefined) {
                throw new errors.InputError(`${FLAG_NAMES[key]} was given without --ssh-host`, {
                    hint: 'pass --ssh-host (or $PIKACI_SSH_HOST) to run remote_ssh jobs',
                });
            }
        }
        return settings;
    }
    const port = settings_text(flags, env, 'sshPort');
    const key = settings_text(flags, env, 'sshKey');
    const knownHosts = settings_text(flags, env, 'sshKnownHosts');
    const ssh = {
        host,
        user: settings_text(flags, env, 'sshUser') ?? (env['USER'] || 'root'),
        ...(port === undefined ? {} : { port: integer(port, 'sshPort', 1, 65_535) }),
        ...(key === undefined ? {} : { privateKeyPath: key }),
        ...(knownHosts === undefined ? {} : { knownHostsPath: knownHosts }),
        acceptNewHostKeys: bool(flags, env, 'sshAcceptNewHostKeys') ?? false,
    };
    (0,transport/* parseSshConnectOptions */.W1)(ssh, 'SSH flags (--ssh-*) or $PIKACI_SSH_*');
    return { ...settings, ssh };
}
function parseConcurrencyGroup(value) {
    return value === undefined || value === '' ? null : (0,locks/* validateGroupName */.R4)(value);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/records/index.ts + 10 modules
var records = __webpack_require__(6684);
;// CONCATENATED MODULE: ./src/hosts/orphans.ts
/**
 * `pikaci gc --instances`: find and delete `pikaci-*` instances whose run is over (docs/design.md decision 7).
 * `pikaci gc --processes`: the same for remote host-process job processes a killed runner left
 * behind, found by the `PIKACI_REMOTE_JOB=<run id>/<job id>` marker in their environment.
 * The owner comes from the instance's `user.pikaci.run_id` config (set at `init`), checked against
 * the state root's records: a terminal or abandoned run owns nothing; a live run keeps its instances;
 * a run recorded on another host cannot be judged and is kept. A run id this state root has never
 * seen is orphaned only once the instance is older than the grace period, so a sweep from one runner
 * never deletes the fresh instance of a run started by another runner sharing the Incus host.
 */





const DEFAULT_ORPHAN_GRACE_SECS = 3600;
const InstanceListSchema = schemas/* array */.YOg(schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    created_at: schemas/* string */.YjP().optional(),
    config: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
}));
async function ownership(stateRoot, runId) {
    if (!(0,records.isRunId)(runId))
        return 'unknown';
    const record = await (0,records.loadRunRecord)(stateRoot, runId).catch(() => null);
    if (record === null)
        return 'unknown';
    switch ((0,records.runLiveness)(record)) {
        case 'alive':
            return 'live';
        case 'terminal':
        case 'abandoned':
            return 'over';
        case 'unknown':
            return 'other_host';
    }
}
/** The one rule for instances and processes: whose run is over, or unknown and older than the grace. */
async function judge(stateRoot, runId, ageSecs, graceSecs) {
    switch (await ownership(stateRoot, runId)) {
        case 'live':
            return { orphan: false, reason: 'its run is still running' };
        case 'other_host':
            return { orphan: false, reason: 'its run is recorded as running on another host' };
        case 'over':
            return { orphan: true, reason: 'its run is no longer running' };
        case 'unknown':
            return ageSecs > graceSecs
                ? { orphan: true, reason: `unknown run, created ${Math.round(ageSecs)}s ago (grace ${graceSecs}s)` }
                : { orphan: false, reason: `unknown run, younger than the grace period of ${graceSecs}s` };
    }
}
async function sweepOrphanInstances(transport, options) {
    const { config } = options;
    const listed = await (0,remote/* mustCapture */.w8)(transport, `list Incus instances in project \`${config.project}\``, (0,src_incus/* incusArgv */.Vo)(config, ['list'], '--format', 'json'));
    let instances;
    try {
        instances = InstanceListSchema.parse(JSON.parse(listed.stdout));
    }
    catch (error) {
        throw new errors.PikaciError(`decode the Incus instance list from ${transport.hostLabel}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const now = options.now ?? Date.now();
    const decisions = [];
    for (const instance of instances.filter((i) => i.name.startsWith('pikaci-'))) {
        const runId = instance.config?.['user.pikaci.run_id'] ?? null;
        if (options.run !== undefined && runId !== options.run)
            continue;
        if (runId === null) {
            decisions.push({ instance: instance.name, runId, action: 'kept', reason: 'no user.pikaci.run_id' });
            continue;
        }
        const ageSecs = instance.created_at ? (now - Date.parse(instance.created_at)) / 1000 : Infinity;
        const { orphan, reason } = await judge(options.stateRoot, runId, ageSecs, options.graceSecs);
        if (orphan && !options.dryRun) {
            const removal = await transport.exec({ argv: (0,src_incus/* incusArgv */.Vo)(config, ['delete'], '--force', instance.name) });
            if (removal.exitCode !== 0) {
                decisions.push({
                    instance: instance.name,
                    runId,
                    action: 'kept',
                    reason: `delete failed (${(0,remote/* describeExit */.KE)(removal)})`,
                });
                continue;
            }
        }
        decisions.push({ instance: instance.name, runId, action: orphan ? 'removed' : 'kept', reason });
    }
    return decisions;
}
/** One line per marked process: `<pid> <seconds since it started> <marker value>` (Linux /proc). */
const SCAN_SCRIPT = [
    'set -u',
    'test -d /proc/self || { echo "no /proc on this host" >&2; exit 3; }',
    `grep -a -z -H '^${remote/* REMOTE_JOB_MARKER */.GX}=' /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n' |`,
    'while IFS= read -r line; do',
    '  pid=${line#/proc/}; pid=${pid%%/*}',
    `  value=\${line#*:${remote/* REMOTE_JOB_MARKER */.GX}=}`,
    '  age=$(ps -o etimes= -p "$pid" 2>/dev/null) || continue',
    '  echo "$pid" $age "$value"',
    'done',
].join('\n');
/** `$1` grace seconds, `$2` marker value, then pids: TERM, wait, KILL; only pids still marked so. */
const STOP_SCRIPT = [
    'set -u',
    'grace=$1 value=$2',
    'shift 2',
    `marked() { tr '\\0' '\\n' < "/proc/$1/environ" 2>/dev/null | grep -qxF "${remote/* REMOTE_JOB_MARKER */.GX}=$value"; }`,
    'for p; do marked "$p" && kill -s TERM "$p" 2>/dev/null; done',
    'waited=0',
    'while [ "$waited" -lt "$grace" ]; do',
    '  left=; for p; do marked "$p" && left=1; done',
    '  [ -z "$left" ] && exit 0',
    '  sleep 1; waited=$((waited + 1))',
    'done',
    'for p; do marked "$p" && kill -s KILL "$p" 2>/dev/null; done',
    'sleep 1',
    'left=; for p; do marked "$p" && left="$left $p"; done',
    '[ -z "$left" ] || { echo "still running:$left" >&2; exit 1; }',
].join('\n');
/** Seconds between TERM and KILL when `gc --processes` stops a leftover job. */
const STOP_GRACE_SECS = 5;
/**
 * Find processes marked `PIKACI_REMOTE_JOB` on the host and stop those whose run is over (or
 * unknown and older than the grace period, by the oldest process of the job). Linux hosts only:
 * the marker is read from /proc. Processes that cleared their environment cannot be found.
 */
async function sweepOrphanProcesses(transport, options) {
    const decisions = [];
    // A job still forking while it is stopped can leave a child the first pass did not see.
    for (let pass = 0; pass < 3; pass++) {
        const jobs = await scanMarkedProcesses(transport);
        let stopped = false;
        for (const [job, processes] of jobs) {
            const runId = job.slice(0, Math.max(0, job.indexOf('/')));
            if (options.run !== undefined && runId !== options.run)
                continue;
            const pids = processes.map((p) => p.pid);
            const ageSecs = Math.max(...processes.map((p) => p.ageSecs));
            const { orphan, reason } = await judge(options.stateRoot, runId, ageSecs, options.graceSecs);
            const earlier = decisions.find((d) => d.job === job);
            if (!orphan) {
                if (!earlier)
                    decisions.push({ job, runId, pids, action: 'kept', reason });
                continue;
            }
            if (options.dryRun) {
                if (!earlier)
                    decisions.push({ job, runId, pids, action: 'removed', reason });
                continue;
            }
            stopped = true;
            const stop = await transport.exec({
                argv: ['sh', '-c', STOP_SCRIPT, 'pikaci-gc-stop', String(STOP_GRACE_SECS), job, ...pids.map(String)],
            });
            const failed = stop.exitCode === 0 ? null : `stop failed (${(0,remote/* describeExit */.KE)(stop)})`;
            if (earlier) {
                earlier.pids.push(...pids);
                if (failed)
                    [earlier.action, earlier.reason] = ['kept', failed];
            }
            else {
                decisions.push({ job, runId, pids, action: failed ? 'kept' : 'removed', reason: failed ?? reason });
            }
        }
        if (!stopped)
            break;
    }
    return decisions;
}
async function scanMarkedProcesses(transport) {
    const scan = await (0,remote/* mustCapture */.w8)(transport, `list processes marked ${remote/* REMOTE_JOB_MARKER */.GX}`, (0,remote/* shArgv */.oV)(SCAN_SCRIPT));
    const jobs = new Map();
    for (const line of scan.stdout.split('\n')) {
        const match = /^(\d+) (\d+) (.+)$/.exec(line.trim());
        if (!match)
            continue;
        const [, pid, age, job] = match;
        const list = jobs.get(job) ?? [];
        list.push({ pid: Number(pid), ageSecs: Number(age) });
        jobs.set(job, list);
    }
    return jobs;
}

;// CONCATENATED MODULE: ./src/hosts/index.ts
/**
 * Host settings → how a run reaches its placements and which backend runs each pair. This is the
 * one place that composes transports with runtime backends; the orchestrator receives the result.
 * A run in a concurrency group takes the group's lock on each placement host over that host's own
 * transport when the host is first used, and drops it when the run closes the transport.
 */








/** A transport that also holds a group lock on its host; closing releases the lock first. */
class LockedTransport {
    inner;
    lock;
    placement;
    hostLabel;
    constructor(inner, lock) {
        this.inner = inner;
        this.lock = lock;
        this.placement = inner.placement;
        this.hostLabel = inner.hostLabel;
    }
    exec(request) {
        return this.inner.exec(request);
    }
    async close() {
        try {
            await this.lock.release();
        }
        finally {
            await this.inner.close();
        }
    }
}
function executionEnvironment(settings = {}) {
    const incus = src_incus.IncusHostConfigSchema.parse({
        ...settings.incus,
        ...(settings.remoteWorkDir === undefined ? {} : { work_dir: settings.remoteWorkDir }),
    });
    const workDir = incus.work_dir;
    const log = settings.log ?? ((line) => process.stderr.write(`${line}\n`));
    async function open(placement) {
        switch (placement) {
            case 'local':
                return new transport.LocalTransport();
            case 'remote_ssh':
                if (!settings.ssh) {
                    throw new errors.InputError('remote_ssh jobs need an SSH host, and none is configured for this run', {
                        hint: 'pass --ssh-host (CLI) or the ssh-host input (action), with a key and known hosts',
                    });
                }
                return (0,transport.connectSsh)(settings.ssh, { log: (line) => log(`[pikaci] ${line}`) });
            default:
                return (0,model/* assertNever */.xb)(placement);
        }
    }
    return {
        async transportFor(placement) {
            const transport = await open(placement);
            settings.onTransport?.(transport);
            const group = settings.concurrencyGroup;
            if (!group)
                return transport;
            try {
                const lock = await (0,locks/* acquireGroupLock */.t6)(transport, {
                    group,
                    workDir,
                    timeoutSecs: settings.lockTimeoutSecs ?? locks/* DEFAULT_LOCK_TIMEOUT_SECS */.nS,
                    log,
                    ...(settings.signal ? { signal: settings.signal } : {}),
                });
                return new LockedTransport(transport, lock);
            }
            catch (error) {
                await transport.close();
                throw error;
            }
        },
        resolveBackend({ placement, runtime }) {
            switch (runtime) {
                case 'host_process': {
                    const jobsLockFile = settings.concurrencyGroup
                        ? (0,locks/* groupJobsFile */.m3)(workDir, settings.concurrencyGroup)
                        : null;
                    return {
                        kind: 'ready',
                        backend: placement === 'local'
                            ? (0,remote/* supervisedLocalBackend */.cm)(src_runtime/* hostProcessBackend */.ch, jobsLockFile)
                            : (0,remote/* remoteHostProcessBackend */.ev)(workDir, jobsLockFile),
                    };
                }
                case 'incus':
                    return { kind: 'ready', backend: (0,src_incus/* createIncusBackend */.zj)({ config: incus }) };
                case 'tart':
                    return {
                        kind: 'unavailable',
                        message: `not available yet: ${placement} × tart jobs need the Tart runtime backend`,
                    };
                default:
                    return (0,model/* assertNever */.xb)(runtime);
            }
        },
    };
}



/***/ }),

/***/ 8709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nS: () => (/* reexport */ DEFAULT_LOCK_TIMEOUT_SECS),
  t6: () => (/* reexport */ acquireGroupLock),
  m3: () => (/* reexport */ groupJobsFile),
  R4: () => (/* reexport */ validateGroupName)
});

// UNUSED EXPORTS: JOBS_GONE_TIMEOUT_SECS, groupLockFile

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/locks/group-lock.ts
/**
 * Concurrency groups as real locks (docs/design.md decision 8): an exclusive `flock(1)` on
 * `<work dir>/locks/<group>.lock` on the placement host, held by one long-lived `flock`-holding
 * shell that runs over the run's own transport and reads its stdin until EOF.
 *
 * Why this shape: the lock dies with its holder on every exit path without stale detection. A
 * normal release ends stdin; a cancelled or crashed runner closes its pipe (local) or its SSH
 * connection (remote), the holder's `cat` sees EOF or the session is torn down, the shell exits and
 * the kernel drops the lock. No pid files are trusted; the `.holder` file is only shown to waiters.
 *
 * The group is only let go once the run's remote job processes are gone, not merely once its
 * connection is: each supervised job's watcher (`src/remote/supervisor.ts`) holds a shared flock on
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
        throw new errors.InputError(`invalid concurrency group \`${group}\``, {
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
        throw new errors.InputError(`lock timeout must be a non-negative integer of seconds, got ${options.timeoutSecs}`);
    }
    const host = transport.hostLabel;
    const holder = options.holder ?? `pid ${process.pid} on ${(0,external_node_os_.hostname)()}`;
    const started = Date.now();
    const stdin = new external_node_stream_.PassThrough();
    let pending = '';
    let acquired = false;
    let waited = false;
    let signalAcquired = () => undefined;
    const acquiredNow = new Promise((resolve) => (signalAcquired = resolve));
    const running = transport.exec({
        argv: ['sh', '-c', HOLDER_SCRIPT, 'pikaci-lock', lockFile, String(options.timeoutSecs), holder],
        stdin,
        ...(options.signal ? { signal: options.signal } : {}),
        onStdout: (chunk) => {
            pending += chunk.toString('utf8');
            let newline = pending.indexOf('\n');
            while (newline !== -1) {
                const line = pending.slice(0, newline);
                pending = pending.slice(newline + 1);
                if (line.startsWith('waiting ')) {
                    waited = true;
                    options.log(`[pikaci] concurrency group \`${options.group}\` is held on ${host} (last holder: ${line.slice(8)}); waiting up to ${options.timeoutSecs}s`);
                }
                else if (line === 'acquired') {
                    acquired = true;
                    signalAcquired();
                }
                else if (line === 'jobs-still-running') {
                    options.log(`[pikaci] job processes of concurrency group \`${options.group}\` on ${host} were still running ${JOBS_GONE_TIMEOUT_SECS}s after the run let go; releasing the group anyway (pikaci gc --processes finds them)`);
                }
                newline = pending.indexOf('\n');
            }
        },
    });
    const first = await Promise.race([acquiredNow.then(() => null), running]);
    if (first !== null) {
        stdin.end();
        const waited = Math.round((Date.now() - started) / 1000);
        if (first.cancelled)
            throw new errors.PikaciError(`cancelled while waiting for concurrency group \`${options.group}\``);
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new errors.PikaciError(`timed out after ${waited}s waiting for concurrency group \`${options.group}\` on ${host} (${lockFile})`, { hint: 'another run holds the group; raise --lock-timeout or wait for it to finish' });
        }
        const how = first.connectionLost
            ? 'connection lost'
            : `exit ${first.exitCode ?? first.signal ?? 'unknown'}`;
        throw new errors.PikaciError(`could not take the lock for concurrency group \`${options.group}\` on ${host} (${lockFile}): ${how}`, { hint: 'the host needs flock(1) (util-linux) and a writable work dir' });
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
                stdin.end();
                await running;
                if (acquired)
                    options.log(`[pikaci] released concurrency group \`${options.group}\` on ${host}`);
            })();
            return released;
        },
    };
}

;// CONCATENATED MODULE: ./src/locks/index.ts
/** Concurrency-group locks held on a placement host for the duration of a run (docs/design.md decision 8). */



/***/ })

};
