export const id = 668;
export const ids = [668];
export const modules = {

/***/ 49733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jy: () => (/* binding */ hostArgv),
/* harmony export */   KL: () => (/* binding */ tartArgv),
/* harmony export */   be: () => (/* binding */ stderrTail),
/* harmony export */   dQ: () => (/* binding */ TartCommandError),
/* harmony export */   eh: () => (/* binding */ TartCli),
/* harmony export */   s5: () => (/* binding */ HOMEBREW_BIN)
/* harmony export */ });
/* unused harmony export describeHostArgv */
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95267);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95462);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6285);



/** Homebrew's prefix on Apple Silicon. */
const HOMEBREW_BIN = '/opt/homebrew/bin';
const PATH_PREFIX_SCRIPT = `PATH="$0/bin:${HOMEBREW_BIN}:$PATH"; export PATH; exec "$@"`;
/** argv that runs `argv` on the host with `<workDir>/bin` and Homebrew first on `PATH`. */
function hostArgv(workDir, argv) {
    return ['sh', '-c', PATH_PREFIX_SCRIPT, workDir, ...argv];
}
/** `tart <args…>` on the host. */
function tartArgv(workDir, args) {
    return hostArgv(workDir, ['tart', ...args]);
}
/** What a host argv built by `hostArgv` runs, for logs: `tart clone a b`. */
function describeHostArgv(argv) {
    return argv[0] === 'sh' && argv[2] === PATH_PREFIX_SCRIPT ? shellJoin(argv.slice(4)) : shellJoin(argv);
}
/** A Tart command that did not succeed; `exitCode` is set when it ran to its end. */
class TartCommandError extends _vm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .VmFailure */ .w {
    result;
    constructor(label, host, result) {
        super(`${label} on ${host} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(result)})${stderrTail(result.stderr)}`, result.exitCode);
        this.result = result;
        this.name = 'TartCommandError';
    }
}
/** `: <last three lines of stderr>`, or nothing when it is empty. */
function stderrTail(stderr) {
    const text = stderr.trim();
    return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}
/** The Tart CLI of one host, for one job: the commands it runs are logged to the job's host.log. */
class TartCli {
    workDir;
    transport;
    log;
    constructor(workDir, transport, log) {
        this.workDir = workDir;
        this.transport = transport;
        this.log = log;
    }
    get host() {
        return this.transport.hostLabel;
    }
    argv(args) {
        return tartArgv(this.workDir, args);
    }
    /** Runs `tart <args>`, logging it and its output; a non-zero exit throws `TartCommandError`. */
    async run(label, args, options = {}) {
        this.log.line(`[pikaci] ${label}: tart ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellJoin */ .n)(args)}`);
        const result = await this.capture(args, options);
        if (result.stdout)
            this.log.write(result.stdout);
        if (result.stderr)
            this.log.write(result.stderr);
        if (result.exitCode !== 0)
            throw new TartCommandError(label, this.host, result);
        return result.stdout;
    }
    /** Runs `tart <args>` quietly and returns how it ended, whatever that was. */
    capture(args, options = {}) {
        return (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)(this.transport, this.argv(args), options);
    }
    /** Runs `tart <request.argv>` with its output streamed, not captured. */
    stream(request) {
        return this.transport.exec({ ...request, argv: this.argv(request.argv) });
    }
}


/***/ }),

/***/ 54668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepOrphanVms: () => (/* binding */ sweepOrphanVms)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11107);
/* harmony import */ var _records_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59029);
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95267);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49733);
/* harmony import */ var _naming_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71755);
/**
 * `pikaci gc --vms`: stop and delete `pikaci-*` Tart VMs whose run is over (docs/design.md
 * decision 7). Tart has no labels, so the run comes from the VM's name (`naming.ts`), and its age
 * from the run id's time; the one rule in `src/records/` (`orphanJudge`) decides.
 */






/** `tart list --format json` (Sources/tart/Commands/List.swift `VMInfo`): the fields used here. */
const VmListSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    Name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    Source: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    Running: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional(),
    State: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
}));
async function sweepOrphanVms(transport, config, options) {
    const listed = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .mustCapture */ .w8)(transport, 'list Tart VMs', (0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .tartArgv */ .KL)(config.work_dir, ['list', '--source', 'local', '--format', 'json']));
    let vms;
    try {
        vms = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .q)(VmListSchema, JSON.parse(listed.stdout));
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PikaciError */ .uy(`decode the Tart VM list from ${transport.hostLabel}: ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}`);
    }
    const now = options.now ?? Date.now();
    const decisions = [];
    for (const vm of vms.filter((v) => v.Name.startsWith(_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .VM_NAME_PREFIX */ .LY))) {
        const runId = (0,_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .runIdOfVm */ .B5)(vm.Name);
        if (options.run !== undefined && runId !== options.run)
            continue;
        if (runId === null) {
            decisions.push({ action: 'kept', line: `kept ${vm.Name} (run none: no run id in its name)` });
            continue;
        }
        const started = (0,_records_index_js__WEBPACK_IMPORTED_MODULE_6__/* .runIdTimeMs */ .AK)(runId);
        const ageSecs = started === null ? Infinity : (now - started) / 1000;
        const { orphan, reason } = await options.judge(runId, ageSecs);
        if (orphan && !options.dryRun) {
            const failure = await removeVm(transport, config, vm.Name, vm.Running === true || vm.State === 'running');
            if (failure !== null) {
                decisions.push({ action: 'kept', line: `kept ${vm.Name} (run ${runId}: ${failure})` });
                continue;
            }
        }
        const action = orphan ? 'removed' : 'kept';
        decisions.push({ action, line: `${action} ${vm.Name} (run ${runId}: ${reason})` });
    }
    return decisions;
}
/** `tart stop` (when running; Tart's `delete` refuses a running VM), then `tart delete`; why it failed, or null. */
async function removeVm(transport, config, name, running) {
    if (running) {
        const stop = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .tartArgv */ .KL)(config.work_dir, ['stop', '--timeout', String(config.stop_timeout_secs), name]), { timeoutMs: (config.stop_timeout_secs + 60) * 1000 });
        if (stop.exitCode !== 0 && !/is not running/.test(stop.stderr)) {
            return `stop failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(stop)})${(0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .stderrTail */ .be)(stop.stderr)}`;
        }
    }
    const removal = await (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)(transport, (0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .tartArgv */ .KL)(config.work_dir, ['delete', name]), {
        timeoutMs: 120_000,
    });
    if (removal.exitCode !== 0 && !/does not exist/.test(removal.stderr)) {
        return `delete failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(removal)})${(0,_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .stderrTail */ .be)(removal.stderr)}`;
    }
    return null;
}


/***/ }),

/***/ 95462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote),
/* harmony export */   n: () => (/* binding */ shellJoin)
/* harmony export */ });
/**
 * The upstream single-quote rule: wrap in single quotes, each embedded `'` becomes `'"'"'`.
 * Every argument that crosses a shell (SSH, `sh -c`, guest command lines) goes through here.
 */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'"'"'`)}'`;
}
/** Quote each argument and join them into one command line for a POSIX shell. */
function shellJoin(argv) {
    return argv.map(shellQuote).join(' ');
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
