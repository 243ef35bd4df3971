export const id = 7450;
export const ids = [7450];
export const modules = {

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

/***/ 67450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   incusIdentity: () => (/* binding */ incusIdentity)
/* harmony export */ });
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95267);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67576);



async function incusIdentity(config, host) {
    const transport = await host.transport();
    const argv = (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .incusArgv */ .Vo)(config, ['image', 'list'], config.image, '--format', 'json');
    const listed = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)(transport, argv, host.signal ? { signal: host.signal } : {}).catch((error) => {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`cannot run the Incus CLI \`${config.cli}\` on ${transport.hostLabel}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    });
    if (listed.exitCode !== 0) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`listing Incus images in project \`${config.project}\` on ${transport.hostLabel} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(listed)}): ${listed.stderr.trim()}`);
    }
    let images;
    try {
        images = JSON.parse(listed.stdout);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`decode the Incus image list from ${transport.hostLabel}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
    const fingerprint = matching.length === 1 ? matching[0].fingerprint : undefined;
    if (typeof fingerprint !== 'string' || fingerprint === '') {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy(`Incus image \`${config.image}\` ${matching.length === 0 ? 'is not available' : 'is ambiguous'} in project \`${config.project}\` on ${transport.hostLabel}`);
    }
    return {
        value: {
            cli: config.cli,
            project: config.project,
            profiles: config.profiles,
            image: config.image,
            fingerprint,
            instance_type: config.instance_type,
            storage_pool: config.storage_pool ?? null,
            limits: config.limits,
        },
        summary: `incus ${config.project}/${config.image} ${fingerprint.slice(0, 12)} ${config.instance_type}`,
        imageDigest: fingerprint,
    };
}


/***/ }),

/***/ 95267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ capture),
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   oV: () => (/* binding */ shArgv),
/* harmony export */   w8: () => (/* binding */ mustCapture)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

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
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PikaciError */ .uy(`${what} on ${transport.hostLabel} failed (${describeExit(result)})${stderr ? `: ${stderr}` : ''}`);
    }
    return result;
}


/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ VmFailure)
/* harmony export */ });
/** An error that happened after the VM work began: the job fails with its message. */
class VmFailure extends Error {
    exitCode;
    /** The exit code of the host command that failed, when it ran to its end. */
    constructor(message, exitCode = null) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'VmFailure';
    }
}


/***/ })

};
