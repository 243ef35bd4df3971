export const id = 5907;
export const ids = [5907];
export const modules = {

/***/ 55333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ TartHostConfigSchema),
/* harmony export */   O: () => (/* binding */ TART_VM_SLOTS)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * How to reach and drive Tart on a placement host (README "Tart"). Host configuration, not job data:
 * it comes from action inputs, CLI flags or the environment (`./settings.ts`), never from job ids.
 */

/** Apple's macOS licence allows two macOS VMs per Mac; Virtualization.framework enforces it. */
const TART_VM_SLOTS = 2;
const TartHostConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** The VM each job's VM is cloned from (upstream `PIKACI_TART_BASE_VM`). */
    base_vm: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).default('sequoia-base'),
    /** How long the guest agent may take to answer `tart exec <vm> true` after each boot. */
    readiness_timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(180),
    /** Share the host's Xcode and /Library/Developer into the guest (upstream `PIKACI_TART_USE_HOST_XCODE`). */
    use_host_xcode: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    /** The host's Xcode app bundle; found on the host when unset (upstream `PIKACI_TART_XCODE_APP`). */
    xcode_app: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'xcode_app must be an absolute path').optional(),
    /** The host's Rust toolchain root (`<root>/bin/cargo`) for `mount_host_rust_toolchain` jobs; found with `command -v cargo` when unset. */
    rust_toolchain: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'rust_toolchain must be an absolute path').optional(),
    /** How long a job waits for one of the host's VM slots before it fails. */
    slot_timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(7200),
    /** Seconds `tart stop` waits for a graceful shutdown before it kills the VM (`tart stop --timeout`). */
    stop_timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(30),
    /**
     * How long the host waits past a job's timeout for the guest runner (docs/design.md decision 6: the
     * guest's own `timeout` fires first and still writes result.json).
     */
    host_grace_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(30),
    /** Work dir W on the placement host (runs/, snapshots/, locks/, and bin/ first on PATH). */
    work_dir: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().startsWith('/', 'work_dir must be absolute').default('/var/tmp/pikaci'),
});


/***/ }),

/***/ 71755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ runIdOfVm),
/* harmony export */   LY: () => (/* binding */ VM_NAME_PREFIX),
/* harmony export */   l$: () => (/* binding */ vmName),
/* harmony export */   n$: () => (/* binding */ baseVmDigest)
/* harmony export */ });
/* unused harmony export sanitizeVmComponent */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The name of a job's Tart VM. Tart has no labels, so the name is the only handle `pikaci gc` has:
 * it carries the whole run id (upstream kept 12 characters, so two runs of one job in the same ten
 * minutes collided; docs/upstream.md, executor 6 step 4) and the job id.
 */

const VM_NAME_PREFIX = 'pikaci-';
/** Upstream's sanitiser: every character but ASCII letters, digits and `-` becomes `-`. */
function sanitizeVmComponent(value) {
    return value.replace(/[^A-Za-z0-9-]/g, '-');
}
/**
 * `pikaci-<run id>-<job id>`, sanitised. When sanitising changed anything (job ids may hold `.` and
 * `_`, so `a.b` and `a_b` would meet as `a-b`), 8 hex of sha256("<run>:<job>") are appended.
 */
function vmName(runId, jobId) {
    const plain = `${VM_NAME_PREFIX}${runId}-${jobId}`;
    const sanitized = `${VM_NAME_PREFIX}${sanitizeVmComponent(runId)}-${sanitizeVmComponent(jobId)}`;
    if (sanitized === plain)
        return plain;
    return `${sanitized}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 8)}`;
}
/** The run id a VM name carries (`pikaci-<YYYYMMDDTHHMMSSZ-8 hex>-…`), or null for any other name. */
function runIdOfVm(name) {
    const match = /^pikaci-(\d{8}T\d{6}Z-[0-9a-f]{8})-./.exec(name);
    return match ? match[1] : null;
}
/** The OCI digest in a base VM name such as `ghcr.io/cirruslabs/macos-sequoia-base@sha256:…`; Tart reports none for a local VM. */
function baseVmDigest(base) {
    const match = /@(sha256:[0-9a-f]{64})$/.exec(base);
    return match ? match[1] : null;
}


/***/ }),

/***/ 75907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BACKENDS: () => (/* reexport safe */ _registry_js__WEBPACK_IMPORTED_MODULE_2__.A),
/* harmony export */   DEFAULT_WORK_DIR: () => (/* reexport safe */ _settings_js__WEBPACK_IMPORTED_MODULE_1__.gy),
/* harmony export */   HOST_SETTINGS: () => (/* reexport safe */ _settings_js__WEBPACK_IMPORTED_MODULE_0__.HX),
/* harmony export */   RUNTIME_KINDS: () => (/* reexport safe */ _registry_js__WEBPACK_IMPORTED_MODULE_2__.n),
/* harmony export */   backendConfigs: () => (/* binding */ backendConfigs),
/* harmony export */   parseHostSettings: () => (/* reexport safe */ _settings_js__WEBPACK_IMPORTED_MODULE_0__.Xy),
/* harmony export */   q9: () => (/* binding */ executionEnvironment)
/* harmony export */ });
/* harmony import */ var _locks_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37431);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81651);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2042);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39287);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7816);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52611);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55834);
/**
 * Host settings → how a run reaches its placements and which backend runs each pair. This is the
 * one place that composes transports with the runtime modules of the registry (`./registry.ts`);
 * the orchestrator receives the result. A run in a concurrency group takes the group's lock on
 * each placement host over that host's own transport when the host is first used, and drops it
 * when the run closes the transport.
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
/** Each runtime's whole config: what `settings` sets, completed by its module. */
function backendConfigs(settings, workDir) {
    return Object.fromEntries(_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_KINDS */ .n.map((runtime) => [
        runtime,
        _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKENDS */ .A[runtime].complete((settings[runtime] ?? {}), { workDir }),
    ]));
}
function executionEnvironment(settings = {}) {
    const workDir = settings.remoteWorkDir ?? _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_WORK_DIR */ .gy;
    // Completed up front: a bad setting fails here, before any job, naming the setting.
    const configs = backendConfigs(settings, workDir);
    const jobsLockFile = settings.concurrencyGroup ? (0,_locks_index_js__WEBPACK_IMPORTED_MODULE_3__/* .groupJobsFile */ .m3)(workDir, settings.concurrencyGroup) : null;
    const log = settings.log ?? ((line) => process.stderr.write(`${line}\n`));
    const backends = new Map();
    async function open(placement) {
        switch (placement) {
            case 'local':
                return new _transport_index_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalTransport */ .V();
            case 'remote_ssh':
                if (!settings.ssh) {
                    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('remote_ssh jobs need an SSH host, and none is configured for this run', {
                        hint: 'pass --ssh-host (CLI) or the ssh-host input (action), with a key and known hosts',
                    });
                }
                return (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_6__/* .connectSsh */ .L)(settings.ssh, { log: (line) => log(`[pikaci] ${line}`) });
            default:
                return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_7__/* .assertNever */ .x)(placement);
        }
    }
    return {
        workDir,
        async transportFor(placement) {
            const transport = await open(placement);
            settings.onTransport?.(transport);
            const group = settings.concurrencyGroup;
            if (!group)
                return transport;
            try {
                const lock = await (0,_locks_index_js__WEBPACK_IMPORTED_MODULE_3__/* .acquireGroupLock */ .t6)(transport, {
                    group,
                    workDir,
                    timeoutSecs: settings.lockTimeoutSecs ?? _locks_index_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LOCK_TIMEOUT_SECS */ .nS,
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
            const key = `${placement} ${runtime}`;
            let backend = backends.get(key);
            if (!backend) {
                backend = _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKENDS */ .A[runtime].create(configs[runtime], { placement, workDir, jobsLockFile });
                backends.set(key, backend);
            }
            return backend;
        },
    };
}


/***/ }),

/***/ 7816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ BACKENDS),
  n: () => (/* binding */ RUNTIME_KINDS)
});

;// CONCATENATED MODULE: ./src/backends/host-process/module.ts
const hostProcessModule = {
    runtime: 'host_process',
    settings: [],
    configure: () => ({}),
    complete: () => ({}),
    async create(_config, host) {
        const { hostProcessBackend } = await __webpack_require__.e(/* import() */ 8172).then(__webpack_require__.bind(__webpack_require__, 18172));
        return {
            kind: 'ready',
            backend: hostProcessBackend({ workDir: host.workDir, jobsLockFile: host.jobsLockFile }),
        };
    },
    orphans: {
        flag: 'processes',
        description: 'stop leftover job processes (marked PIKACI_REMOTE_JOB) whose run is no longer running',
        async sweep(transport, _config, options) {
            const { sweepOrphanProcesses } = await __webpack_require__.e(/* import() */ 5983).then(__webpack_require__.bind(__webpack_require__, 35983));
            return sweepOrphanProcesses(transport, options);
        },
    },
};

// EXTERNAL MODULE: ./src/backends/tart/naming.ts
var naming = __webpack_require__(71755);
// EXTERNAL MODULE: ./src/schema/index.ts
var schema = __webpack_require__(11107);
// EXTERNAL MODULE: ./src/runtime/settings.ts
var settings = __webpack_require__(35051);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/backends/tart/config.ts
var config = __webpack_require__(55333);
;// CONCATENATED MODULE: ./src/backends/tart/settings.ts
/**
 * The Tart backend's host settings (README "Host settings"): one row each for the flag, the
 * `PIKACI_TART_*` variable and the action input, and how they become a `TartHostConfig`. Names keep
 * upstream's variables where it had them (`PIKACI_TART_BASE_VM`, `PIKACI_TART_USE_HOST_XCODE`,
 * `PIKACI_TART_XCODE_APP`).
 */




const TART_SETTINGS = [
    {
        name: 'tart-base-vm',
        env: 'PIKACI_TART_BASE_VM',
        kind: 'text',
        argument: '<vm>',
        description: 'the Tart VM each job clones (default sequoia-base)',
    },
    {
        name: 'tart-ready-timeout',
        env: 'PIKACI_TART_READY_TIMEOUT',
        kind: 'integer',
        argument: '<seconds>',
        min: 1,
        max: 86400,
        description: 'seconds the Tart guest agent may take to answer after each boot (default 180)',
    },
    {
        name: 'tart-use-host-xcode',
        env: 'PIKACI_TART_USE_HOST_XCODE',
        kind: 'boolean',
        description: "share the host's Xcode and /Library/Developer into Tart guests",
    },
    {
        name: 'tart-xcode-app',
        env: 'PIKACI_TART_XCODE_APP',
        kind: 'text',
        argument: '<path>',
        absolute: true,
        description: "the host's Xcode app for --tart-use-host-xcode (default: Xcode-16.4.0.app, xcode-select, or the newest /Applications/Xcode*.app)",
    },
    {
        name: 'tart-rust-toolchain',
        env: 'PIKACI_TART_RUST_TOOLCHAIN',
        kind: 'text',
        argument: '<path>',
        absolute: true,
        description: "the host's Rust toolchain root shared into jobs with mount_host_rust_toolchain (default: from `command -v cargo` on the host)",
    },
    {
        name: 'tart-slot-timeout',
        env: 'PIKACI_TART_SLOT_TIMEOUT',
        kind: 'integer',
        argument: '<seconds>',
        min: 0,
        max: 604800,
        description: 'seconds a Tart job waits for one of the host’s two VM slots (default 7200)',
    },
];
/** The Tart settings given (nothing else): the partial config the defaults complete. */
function tartSettings(values, _origin) {
    const tart = {};
    const baseVm = settings/* setting */.Pe.text(values, 'tart-base-vm');
    if (baseVm !== undefined)
        tart.base_vm = baseVm;
    const ready = settings/* setting */.Pe.integer(values, 'tart-ready-timeout');
    if (ready !== undefined)
        tart.readiness_timeout_secs = ready;
    const xcode = settings/* setting */.Pe.boolean(values, 'tart-use-host-xcode');
    if (xcode !== undefined)
        tart.use_host_xcode = xcode;
    const xcodeApp = settings/* setting */.Pe.text(values, 'tart-xcode-app');
    if (xcodeApp !== undefined)
        tart.xcode_app = xcodeApp;
    const toolchain = settings/* setting */.Pe.text(values, 'tart-rust-toolchain');
    if (toolchain !== undefined)
        tart.rust_toolchain = toolchain;
    const slot = settings/* setting */.Pe.integer(values, 'tart-slot-timeout');
    if (slot !== undefined)
        tart.slot_timeout_secs = slot;
    return tart;
}
/** The given parts → the full config, with the host's work dir; a value the schema refuses is named. */
function completeTart(given, host) {
    const checked = (0,schema/* safeParse */.x)(config/* TartHostConfigSchema */.D, { ...given, work_dir: host.workDir });
    if (!checked.success) {
        throw new errors/* InputError */.dz(`invalid Tart settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return checked.data;
}

;// CONCATENATED MODULE: ./src/backends/tart/module.ts


const tartModule = {
    runtime: 'tart',
    settings: TART_SETTINGS,
    configure: tartSettings,
    complete: completeTart,
    async create(config) {
        const { createTartBackend } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(7849), __webpack_require__.e(2722)]).then(__webpack_require__.bind(__webpack_require__, 82852));
        return { kind: 'ready', backend: createTartBackend({ config }) };
    },
    // The base VM by name; its digest only when the name pins one (Tart reports none for a local VM).
    identity(config) {
        return Promise.resolve({
            value: { base_vm: config.base_vm },
            summary: `tart ${config.base_vm}`,
            imageDigest: (0,naming/* baseVmDigest */.n$)(config.base_vm),
        });
    },
    orphans: {
        flag: 'vms',
        description: 'stop and delete pikaci-* Tart VMs whose run is no longer running',
        async sweep(transport, config, options) {
            const { sweepOrphanVms } = await __webpack_require__.e(/* import() */ 4668).then(__webpack_require__.bind(__webpack_require__, 54668));
            return sweepOrphanVms(transport, config, options);
        },
    },
};

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/backends/incus/config.ts
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

;// CONCATENATED MODULE: ./src/backends/incus/settings.ts
/**
 * The Incus backend's host settings (README "Host settings"): one row each for the flag, the
 * `PIKACI_INCUS_*` variable and the action input, and how they become an `IncusHostConfig`.
 */




const INCUS_SETTINGS = [
    {
        name: 'incus-cli',
        env: 'PIKACI_INCUS_CLI',
        kind: 'text',
        argument: '<name>',
        choices: ['incus', 'lxc'],
        description: 'the Incus CLI: incus, or lxc for LXD (default incus)',
    },
    {
        name: 'incus-sudo',
        env: 'PIKACI_INCUS_SUDO',
        kind: 'boolean',
        description: 'run the Incus CLI through sudo -n',
    },
    {
        name: 'incus-project',
        env: 'PIKACI_INCUS_PROJECT',
        kind: 'text',
        argument: '<name>',
        description: 'the Incus project (default pika-managed-agents)',
    },
    {
        name: 'incus-profile',
        env: 'PIKACI_INCUS_PROFILE',
        kind: 'list',
        argument: '<name>',
        description: 'Incus profiles: repeatable flag, comma-separated otherwise (default default,pika-agent-dev)',
    },
    {
        name: 'incus-image',
        env: 'PIKACI_INCUS_IMAGE',
        kind: 'text',
        argument: '<alias>',
        description: 'the Incus image alias (default pikaci/dev)',
    },
    {
        name: 'incus-type',
        env: 'PIKACI_INCUS_TYPE',
        kind: 'text',
        argument: '<type>',
        choices: ['vm', 'container'],
        description: 'the instance type: vm or container (default vm)',
    },
    {
        name: 'incus-storage-pool',
        env: 'PIKACI_INCUS_STORAGE_POOL',
        kind: 'text',
        argument: '<pool>',
        description: 'the Incus storage pool (default: the profile’s)',
    },
];
/** The Incus settings given (nothing else): the partial config the defaults complete. */
function incusSettings(values, _origin) {
    const incus = {};
    const cli = settings/* setting */.Pe.text(values, 'incus-cli');
    if (cli !== undefined)
        incus.cli = cli;
    const sudo = settings/* setting */.Pe.boolean(values, 'incus-sudo');
    if (sudo !== undefined)
        incus.sudo = sudo;
    const type = settings/* setting */.Pe.text(values, 'incus-type');
    if (type !== undefined)
        incus.instance_type = type;
    const project = settings/* setting */.Pe.text(values, 'incus-project');
    if (project !== undefined)
        incus.project = project;
    const image = settings/* setting */.Pe.text(values, 'incus-image');
    if (image !== undefined)
        incus.image = image;
    const pool = settings/* setting */.Pe.text(values, 'incus-storage-pool');
    if (pool !== undefined)
        incus.storage_pool = pool;
    const profiles = settings/* setting */.Pe.list(values, 'incus-profile');
    if (profiles !== undefined && profiles.length > 0)
        incus.profiles = [...profiles];
    return incus;
}
/** The given parts → the full config, with the host's work dir; a value the schema refuses is named. */
function completeIncus(given, host) {
    const checked = (0,schema/* safeParse */.x)(IncusHostConfigSchema, { ...given, work_dir: host.workDir });
    if (!checked.success) {
        throw new errors/* InputError */.dz(`invalid Incus settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return checked.data;
}

;// CONCATENATED MODULE: ./src/backends/incus/module.ts

const incusModule = {
    runtime: 'incus',
    settings: INCUS_SETTINGS,
    configure: incusSettings,
    complete: completeIncus,
    async create(config) {
        const { createIncusBackend } = await Promise.all(/* import() */[__webpack_require__.e(8697), __webpack_require__.e(9442), __webpack_require__.e(7849), __webpack_require__.e(5167)]).then(__webpack_require__.bind(__webpack_require__, 85167));
        return { kind: 'ready', backend: createIncusBackend({ config }) };
    },
    async identity(config, host) {
        const { incusIdentity } = await __webpack_require__.e(/* import() */ 7450).then(__webpack_require__.bind(__webpack_require__, 67450));
        return incusIdentity(config, host);
    },
    orphans: {
        flag: 'instances',
        description: 'delete pikaci-* Incus instances whose run is no longer running',
        async sweep(transport, config, options) {
            const { sweepOrphanInstances } = await __webpack_require__.e(/* import() */ 3041).then(__webpack_require__.bind(__webpack_require__, 3041));
            return sweepOrphanInstances(transport, config, options);
        },
    },
};

;// CONCATENATED MODULE: ./src/hosts/registry.ts
/**
 * Every runtime, one line each (README "Adding a runtime"). The mapped type makes a runtime the
 * catalog knows but no module provides a compile error here.
 */



const BACKENDS = {
    host_process: hostProcessModule,
    incus: incusModule,
    tart: tartModule,
};
const RUNTIME_KINDS = Object.keys(BACKENDS);


/***/ }),

/***/ 55834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ parseConcurrencyGroup),
/* harmony export */   HX: () => (/* binding */ HOST_SETTINGS),
/* harmony export */   Xy: () => (/* binding */ parseHostSettings)
/* harmony export */ });
/* unused harmony exports PLACEMENT_SETTINGS, hostSettingsFrom, actionHostSettings */
/* harmony import */ var _locks_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37431);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35051);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36286);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52611);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7816);
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
        description: `the work dir on placement hosts: runs, snapshots, locks (default ${_workspace_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_WORK_DIR */ .gy})`,
    },
    {
        name: 'lock-timeout',
        env: 'PIKACI_LOCK_TIMEOUT',
        kind: 'integer',
        argument: '<secs>',
        min: 0,
        max: 604_800,
        description: `how long to wait for the concurrency group's lock, in seconds (default ${_locks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LOCK_TIMEOUT_SECS */ .nS})`,
    },
];
/** The whole table: placement rows, then each runtime's. */
const HOST_SETTINGS = [
    ...PLACEMENT_SETTINGS,
    ..._registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_KINDS */ .n.flatMap((runtime) => _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKENDS */ .A[runtime].settings),
];
const SSH_ONLY = ['ssh-user', 'ssh-port', 'ssh-key', 'ssh-known-hosts'];
/** Parsed values from either origin → settings; each runtime's module reads its own rows. */
function hostSettingsFrom(values, origin, env) {
    const remoteWorkDir = _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe.text(values, 'remote-work-dir');
    const settings = {
        lockTimeoutSecs: _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe.integer(values, 'lock-timeout') ?? _locks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LOCK_TIMEOUT_SECS */ .nS,
        ...(remoteWorkDir === undefined ? {} : { remoteWorkDir }),
    };
    const workDir = remoteWorkDir ?? _workspace_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_WORK_DIR */ .gy;
    for (const runtime of _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .RUNTIME_KINDS */ .n) {
        const module = _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKENDS */ .A[runtime];
        const given = module.configure(values, origin);
        // Completed now so a bad combination fails before the run starts, with the settings named.
        module.complete(given, { workDir });
        if (Object.keys(given).length > 0)
            settings[runtime] = given;
    }
    const host = _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe.text(values, 'ssh-host');
    if (host === undefined) {
        const stray = SSH_ONLY.find((name) => values.has(name));
        if (stray !== undefined) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(origin.kind === 'cli'
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
    const port = _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe.integer(values, 'ssh-port');
    const key = _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe.text(values, 'ssh-key');
    const knownHosts = _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe.text(values, 'ssh-known-hosts');
    const user = _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe.text(values, 'ssh-user') ?? (origin.kind === 'cli' ? env['USER'] || 'root' : 'root');
    const ssh = origin.kind === 'cli'
        ? {
            host,
            user,
            ...(port === undefined ? {} : { port }),
            ...(key === undefined ? {} : { privateKeyPath: key }),
            ...(knownHosts === undefined ? {} : { knownHostsPath: knownHosts }),
            acceptNewHostKeys: _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setting */ .Pe.boolean(values, 'ssh-accept-new-host-keys') ?? false,
        }
        : {
            host,
            user,
            port: port ?? 22,
            ...(key === undefined ? { agent: true } : { privateKey: `${key.trim()}\n` }),
            ...(knownHosts === undefined ? {} : { knownHosts }),
        };
    (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSshConnectOptions */ .W)(ssh, origin.kind === 'cli' ? 'SSH flags (--ssh-*) or $PIKACI_SSH_*' : 'the ssh-* inputs');
    return { ...settings, ssh };
}
/** CLI: commander's flag values, each falling back to its `PIKACI_*` variable. */
function parseHostSettings(flags, env) {
    return hostSettingsFrom((0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readCliSettings */ .SG)(HOST_SETTINGS, flags, env), _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .CLI_ORIGIN */ .G6, env);
}
/** Action: the inputs; secret inputs go to `onSecret` as soon as they are read. */
function actionHostSettings(getInput, onSecret, env) {
    return hostSettingsFrom(readActionSettings(HOST_SETTINGS, getInput, onSecret), ACTION_ORIGIN, env);
}
function parseConcurrencyGroup(value) {
    return value === undefined || value === '' ? null : (0,_locks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validateGroupName */ .R4)(value);
}


/***/ }),

/***/ 37431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R4: () => (/* binding */ validateGroupName),
/* harmony export */   m3: () => (/* binding */ groupJobsFile),
/* harmony export */   nS: () => (/* binding */ DEFAULT_LOCK_TIMEOUT_SECS),
/* harmony export */   t6: () => (/* binding */ acquireGroupLock)
/* harmony export */ });
/* unused harmony exports JOBS_GONE_TIMEOUT_SECS, groupLockFile */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _holder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79144);
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
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid concurrency group \`${group}\``, {
            hint: 'use 1-128 letters, digits, `.`, `_` or `-`, starting with a letter or digit',
        });
    }
    return group;
}
function groupLockFile(workDir, group) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(workDir, 'locks', `${validateGroupName(group)}.lock`);
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
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`lock timeout must be a non-negative integer of seconds, got ${options.timeoutSecs}`);
    }
    const host = transport.hostLabel;
    const holder = options.holder ?? `pid ${process.pid} on ${(0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)()}`;
    const started = Date.now();
    let waited = false;
    const held = (0,_holder_js__WEBPACK_IMPORTED_MODULE_3__/* .startHolder */ .f)(transport, {
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
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`cancelled while waiting for concurrency group \`${options.group}\``);
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`timed out after ${waited}s waiting for concurrency group \`${options.group}\` on ${host} (${lockFile})`, { hint: 'another run holds the group; raise --lock-timeout or wait for it to finish' });
        }
        const how = first.connectionLost
            ? 'connection lost'
            : `exit ${first.exitCode ?? first.signal ?? 'unknown'}`;
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`could not take the lock for concurrency group \`${options.group}\` on ${host} (${lockFile}): ${how}`, { hint: 'the host needs flock(1) (util-linux) and a writable work dir' });
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


/***/ }),

/***/ 79144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ startHolder)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A holder: one process run over a transport that takes something on the host (a `flock`), says so
 * on its stdout, and keeps it until its stdin ends (docs/design.md decision 8). A normal release
 * ends stdin; a cancelled or crashed runner closes its pipe or its SSH connection, so what is held
 * is let go on every exit path without stale detection. Concurrency groups (`./group-lock.ts`) and
 * the Tart backend's VM slots are held this way.
 */

function startHolder(transport, options) {
    const stdin = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
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


/***/ }),

/***/ 21498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AM: () => (/* binding */ runsDir),
/* harmony export */   Lw: () => (/* binding */ cargoHomeDir),
/* harmony export */   Ot: () => (/* binding */ runPaths),
/* harmony export */   wt: () => (/* binding */ jobPaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** The state-root layout (docs/upstream.md, records 1.4). Every path here is absolute. */

function runsDir(stateRoot) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateRoot, 'runs');
}
function cargoHomeDir(stateRoot) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(stateRoot, 'cache', 'cargo-home');
}
function runPaths(stateRoot, runId) {
    const runDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runsDir(stateRoot), runId);
    return {
        runDir,
        runJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'run.json'),
        planJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'plan.json'),
        preparedOutputsJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'prepared-outputs.json'),
        snapshotDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'snapshot'),
        cargoTargetDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'cargo-target'),
        jobsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'jobs'),
    };
}
function jobPaths(runDir, jobId) {
    const jobDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, 'jobs', jobId);
    const artifactsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'artifacts');
    return {
        jobDir,
        statusJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'status.json'),
        hostLog: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(jobDir, 'host.log'),
        artifactsDir,
        guestLog: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(artifactsDir, 'guest.log'),
        resultJson: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(artifactsDir, 'result.json'),
    };
}


/***/ }),

/***/ 35051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ CLI_ORIGIN),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   SG: () => (/* binding */ readCliSettings)
/* harmony export */ });
/* unused harmony exports ACTION_ORIGIN, settingError, flagProperty, readActionSettings */
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * Host settings as one table (README "Host settings"): each row is a CLI flag, a `PIKACI_*`
 * environment variable and an action input at once, so the three can never drift apart. The
 * placement rows live in `src/hosts/`, each runtime's rows in its backend module. Light on
 * purpose: the CLI builds its flags from these rows before any command runs.
 */

const CLI_ORIGIN = {
    kind: 'cli',
    describe: (spec) => `--${spec.name} (or $${spec.env})`,
};
const ACTION_ORIGIN = {
    kind: 'action',
    describe: (spec) => `input \`${spec.name}\``,
};
/** A bad setting value: what it must be and what it was, naming where it came from. */
function settingError(origin, spec, problem) {
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${origin.describe(spec)} ${problem}`, origin.kind === 'action' ? { where: `input \`${spec.name}\`` } : {});
}
/** The camelCase property commander uses for a flag: `incus-image` → `incusImage`. */
function flagProperty(spec) {
    return spec.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}
function parseBoolean(origin, spec, raw) {
    const value = raw.trim().toLowerCase();
    if (value === '1' || value === 'true')
        return true;
    if (value === '0' || value === 'false')
        return false;
    throw settingError(origin, spec, `must be true, false, 1 or 0, got \`${raw}\``);
}
/** One raw text value → the setting's value, or an error naming its source. */
function parseText(origin, spec, raw) {
    switch (spec.kind) {
        case 'boolean':
            return parseBoolean(origin, spec, raw);
        case 'list': {
            const items = raw.split(origin.kind === 'action' ? /[\s,]+/ : ',').map((item) => item.trim());
            if (origin.kind === 'action')
                return items.filter((item) => item !== '');
            if (items.some((item) => item === ''))
                throw settingError(origin, spec, 'has an empty item');
            return items;
        }
        case 'integer': {
            const n = Number(raw);
            const { min = 0, max = Number.MAX_SAFE_INTEGER } = spec;
            if (!/^\d+$/.test(raw) || n < min || n > max) {
                throw settingError(origin, spec, `must be an integer from ${min} to ${max}, got \`${raw}\``);
            }
            return n;
        }
        case 'text':
            if (spec.choices && !spec.choices.includes(raw)) {
                throw settingError(origin, spec, `must be ${spec.choices.join(' or ')}, got \`${raw}\``);
            }
            if (spec.absolute && !raw.startsWith('/')) {
                throw settingError(origin, spec, `must be an absolute path, got \`${raw}\``);
            }
            return raw;
    }
}
/**
 * CLI: commander's flag values, each falling back to its variable (an empty variable is unset).
 * A repeated list flag gives its items; a switch given on the command line is true.
 */
function readCliSettings(table, flags, env) {
    const values = new Map();
    for (const spec of table) {
        const flag = flags[flagProperty(spec)];
        if (spec.kind === 'list' && Array.isArray(flag) && flag.length > 0) {
            const items = flag.map(String);
            if (items.some((item) => item.trim() === '')) {
                throw settingError(CLI_ORIGIN, spec, 'has an empty item');
            }
            values.set(spec.name, items);
            continue;
        }
        if (spec.kind === 'boolean' && flag === true) {
            values.set(spec.name, true);
            continue;
        }
        // A flag given on the command line counts even when empty; an empty variable is unset.
        if (typeof flag === 'string') {
            values.set(spec.name, parseText(CLI_ORIGIN, spec, flag));
            continue;
        }
        const raw = env[spec.env];
        if (raw === undefined || raw === '')
            continue;
        values.set(spec.name, parseText(CLI_ORIGIN, spec, raw));
    }
    return values;
}
/**
 * Action: each input through `getInput` (untrimmed, so key material keeps its lines); an empty
 * input is unset. Secret inputs go to `onSecret` before anything else can see them.
 */
function readActionSettings(table, getInput, onSecret) {
    const values = new Map();
    for (const spec of table) {
        if (spec.action === 'none')
            continue;
        const raw = getInput(spec.name);
        if (spec.secret)
            onSecret(raw);
        if (raw.trim() === '')
            continue;
        values.set(spec.name, spec.action === 'content' ? raw : parseText(ACTION_ORIGIN, spec, raw.trim()));
    }
    return values;
}
/** Typed getters over parsed values (the table decided the type; these only narrow it). */
const setting = {
    text(values, name) {
        const value = values.get(name);
        return typeof value === 'string' ? value : undefined;
    },
    boolean(values, name) {
        const value = values.get(name);
        return typeof value === 'boolean' ? value : undefined;
    },
    integer(values, name) {
        const value = values.get(name);
        return typeof value === 'number' ? value : undefined;
    },
    list(values, name) {
        const value = values.get(name);
        return Array.isArray(value) ? value : undefined;
    },
};


/***/ }),

/***/ 11107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parse),
/* harmony export */   x: () => (/* binding */ safeParse)
/* harmony export */ });
/**
 * zod's one entry in the project: source files import `z`, `parse` and `safeParse` from here, never from
 * 'zod' (eslint `no-restricted-imports`), and parse only through those two (eslint
 * `no-restricted-syntax`).
 *
 * Both turn zod's JIT off for the parse. On an object schema's first parse the JIT generates
 * and compiles a parser with `new Function`, which pays off over thousands of parses; a pikaci
 * process parses each schema a few times, so the generated code is all cost (about 7 ms of a one-job
 * `pikaci run`, issue 13, `npm run bench run-overhead`). The JIT is only a fast path for the same
 * checks, so results are the same (`__tests__/schema/jitless.test.ts` compares both on the real
 * catalog and manifest and thousands of mutations). It is a per-call option, not `z.config`, so a
 * program that imports this library keeps its own zod settings.
 */


const ONE_SHOT = { jitless: true };
/** `schema.parse(value)` without the JIT: throws zod's error (for values this process made itself). */
function parse(schema, value) {
    return schema.parse(value, ONE_SHOT);
}
/** `schema.safeParse(value)` without the JIT. */
function safeParse(schema, value) {
    return schema.safeParse(value, ONE_SHOT);
}


/***/ }),

/***/ 39287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ connectSsh)
/* harmony export */ });
/** Validate the options, load the keys, dial and verify the host key (see `SshTransport`). */
async function connectSsh(input, hooks = {}) {
    const ssh = await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(3163)]).then(__webpack_require__.bind(__webpack_require__, 43163));
    return ssh.connectSsh(input, hooks);
}


/***/ }),

/***/ 2042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ LocalTransport)
/* harmony export */ });
/* unused harmony export DEFAULT_KILL_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * `LocalTransport` runs argv on this machine with `node:child_process`, without a shell (docs/design.md
 * decision 1). No process library: a job start pays for none (issue 13 measured execa at ~18 ms of
 * load and evaluation per `pikaci run`), and the semantics below are all this transport needs.
 *
 * Each command runs in its own process group so a timeout or an abort stops everything it started
 * (a `bash -c` that forked `sleep`, a build tool's workers): SIGTERM to the group, then SIGKILL to the
 * group after a grace period. Output is streamed to the callbacks and never kept.
 */



const DEFAULT_KILL_GRACE_MS = 5_000;
/** How often to look whether a stopped process group has emptied before the SIGKILL deadline. */
const GROUP_POLL_MS = 50;
/** Process groups still running, SIGKILLed if this process exits so no command outlives the run. */
const liveGroups = new Set();
let exitHookInstalled = false;
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        for (const pgid of liveGroups)
            signalGroup(pgid, 'SIGKILL');
    });
}
/** Send a signal to a whole process group; false when the group no longer exists. */
function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
class LocalTransport {
    placement = 'local';
    hostLabel = 'localhost';
    killGraceMs;
    constructor(options = {}) {
        this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    }
    /**
     * Run `argv` to completion. Resolves with how it ended (non-zero exit codes are results, not
     * errors). Rejects with a `PikaciError` only when the command cannot start at all:
     * `command not found: <program>`, `command is not executable: <program>`, or
     * `working directory does not exist: <cwd>`.
     */
    async exec(request) {
        const [program, ...args] = request.argv;
        if (program === undefined || program === '') {
            throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy('cannot run an empty command', {
                hint: 'the argv needs at least a program name',
            });
        }
        if (request.signal?.aborted) {
            return { exitCode: null, signal: null, timedOut: false, cancelled: true };
        }
        if (request.cwd !== undefined)
            await assertDirectory(request.cwd);
        installExitHook();
        const subprocess = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            cwd: request.cwd,
            // A job gets `env` only (inheritEnv false): never this process's inputs and tokens.
            env: request.inheritEnv === false ? { ...request.env } : { ...process.env, ...request.env },
            stdio: [
                request.stdin === undefined ? 'ignore' : 'pipe',
                request.onStdout ? 'pipe' : 'ignore',
                request.onStderr ? 'pipe' : 'ignore',
            ],
            detached: true,
        });
        const ended = settle(subprocess);
        const pgid = subprocess.pid;
        if (pgid !== undefined)
            liveGroups.add(pgid);
        if (request.onStdout)
            subprocess.stdout?.on('data', request.onStdout);
        if (request.onStderr)
            subprocess.stderr?.on('data', request.onStderr);
        if (request.stdin !== undefined && subprocess.stdin)
            feedStdin(request.stdin, subprocess.stdin);
        let timedOut = false;
        let cancelled = false;
        let stopping;
        const exited = ended.then(() => undefined);
        const stop = () => {
            if (stopping || pgid === undefined)
                return;
            stopping = this.stopGroup(pgid, exited);
        };
        const timer = request.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, request.timeoutMs);
        const onAbort = () => {
            cancelled = true;
            stop();
        };
        request.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            const result = await ended;
            if (stopping)
                await stopping;
            if ('startError' in result)
                throw startError(program, result.startError);
            return { exitCode: result.exitCode, signal: result.signal, timedOut, cancelled };
        }
        finally {
            if (timer)
                clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            if (pgid !== undefined)
                liveGroups.delete(pgid);
        }
    }
    /** Nothing to release: every command's process group is gone when `exec` returns. */
    async close() { }
    /**
     * SIGTERM the group; once the leader has exited, wait for the rest of the group to leave; SIGKILL
     * whatever is left when the grace period ends.
     */
    async stopGroup(pgid, exited) {
        signalGroup(pgid, 'SIGTERM');
        const deadline = Date.now() + this.killGraceMs;
        let killTimer;
        const killed = new Promise((resolve) => {
            killTimer = setTimeout(() => {
                signalGroup(pgid, 'SIGKILL');
                resolve();
            }, this.killGraceMs);
        });
        try {
            await Promise.race([exited, killed]);
            while (Date.now() < deadline && (await groupHasLiveMembers(pgid))) {
                await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
            }
            signalGroup(pgid, 'SIGKILL');
        }
        finally {
            clearTimeout(killTimer);
        }
    }
}
/**
 * How the child ended: on `close` (exited and its stdout/stderr ended, so every chunk has reached the
 * callbacks), or the error that kept it from starting (no pid: ENOENT, EACCES…). Never rejects.
 */
function settle(child) {
    return new Promise((resolve) => {
        child.once('error', (error) => {
            if (child.pid === undefined)
                resolve({ startError: error });
        });
        child.once('close', (exitCode, signal) => resolve({ exitCode, signal }));
    });
}
/**
 * Whether any process of the group is still running. Killed members re-parented to an init that
 * reaps slowly linger as zombies, which `kill(-pgid, 0)` still counts; on Linux read `/proc` to skip them.
 */
async function groupHasLiveMembers(pgid) {
    if (process.platform !== 'linux')
        return signalGroup(pgid, 0);
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)('/proc').catch(() => undefined);
    if (entries === undefined)
        return signalGroup(pgid, 0);
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(`/proc/${entry}/stat`, 'utf8').catch(() => '');
        // Fields after the parenthesised command name: state, ppid, pgrp, …
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (pgrp === String(pgid) && state !== 'Z')
            return true;
    }
    return false;
}
async function assertDirectory(cwd) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(cwd).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`working directory does not exist: ${cwd}`, {
            hint: 'create the directory before running the command there',
        });
    }
}
/** Stream the request's stdin into the child; a child that stops reading early is not an error. */
function feedStdin(source, sink) {
    sink.on('error', () => undefined);
    if (typeof source === 'string' || Buffer.isBuffer(source)) {
        sink.end(source);
        return;
    }
    source.on('error', () => sink.end());
    source.pipe(sink);
}
function startError(program, cause) {
    const code = cause.code;
    switch (code) {
        case 'ENOENT':
            return new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`command not found: ${program}`, {
                hint: 'install it or put its directory on PATH',
                cause,
            });
        case 'EACCES':
            return new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`command is not executable: ${program}`, {
                hint: 'check the file mode (chmod +x) and that it is a program, not a directory',
                cause,
            });
        default:
            return new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`could not start ${program}: ${code ?? 'unknown error'}`, { cause });
    }
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

/***/ 52611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JS: () => (/* binding */ remoteLayout),
/* harmony export */   Tv: () => (/* binding */ preparedOutputsDir),
/* harmony export */   gy: () => (/* binding */ DEFAULT_WORK_DIR),
/* harmony export */   nR: () => (/* binding */ hostLayout)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21498);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81651);
/**
 * Where a run lives on a placement host (docs/upstream.md, executor 3.2): `W/runs/<run>/jobs/<job>/…` and the
 * shared, immutable `W/snapshots/<content_hash>/snapshot`.
 */



/** Work dir W on placement hosts when none is given (README "Host flags"). */
const DEFAULT_WORK_DIR = '/var/tmp/pikaci';
function remoteLayout(workDir, runId, contentHash) {
    const runDir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'runs', runId);
    const jobDir = (jobId) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(runDir, 'jobs', jobId);
    return {
        workDir,
        runDir,
        snapshotDir: contentHash
            ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'snapshots', contentHash, 'snapshot')
            : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(runDir, 'snapshot'),
        jobDir,
        artifactsDir: (jobId) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(jobDir(jobId), 'artifacts'),
    };
}
/** The run's snapshot and a job's directory on the host of `placement` (the seam's rule, pure). */
function hostLayout(placement, run, workDir) {
    switch (placement) {
        case 'local':
            return { snapshotDir: run.snapshotDir, jobDir: (jobId) => (0,_records_index_js__WEBPACK_IMPORTED_MODULE_1__/* .jobPaths */ .wt)(run.runDir, jobId).jobDir };
        case 'remote_ssh':
            return remoteLayout(workDir, run.runId, run.contentHash);
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .x)(placement);
    }
}
/**
 * Where a host remembers the prepared outputs realized from one snapshot content hash (on this
 * machine too, under its own W): `W/snapshots/<hash>/prepared-outputs/`. What is remembered is only
 * which store path an output name gave; the path itself stays in Nix's store, and is used again only
 * while Nix still holds it.
 */
function preparedOutputsDir(workDir, contentHash) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workDir, 'snapshots', contentHash, 'prepared-outputs');
}


/***/ })

};
