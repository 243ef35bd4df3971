export const id = 7237;
export const ids = [7237];
export const modules = {

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

/***/ 37237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalTransport: () => (/* reexport safe */ _local_js__WEBPACK_IMPORTED_MODULE_0__.V),
/* harmony export */   connectSsh: () => (/* reexport safe */ _connect_js__WEBPACK_IMPORTED_MODULE_1__.L)
/* harmony export */ });
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2042);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39287);








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


/***/ })

};
