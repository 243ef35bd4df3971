export const id = 802;
export const ids = [802];
export const modules = {

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
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
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
        throw new util.InputError(`invalid concurrency group \`${group}\``, {
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
        throw new util.InputError(`lock timeout must be a non-negative integer of seconds, got ${options.timeoutSecs}`);
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
            throw new util.PikaciError(`cancelled while waiting for concurrency group \`${options.group}\``);
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new util.PikaciError(`timed out after ${waited}s waiting for concurrency group \`${options.group}\` on ${host} (${lockFile})`, { hint: 'another run holds the group; raise --lock-timeout or wait for it to finish' });
        }
        const how = first.connectionLost
            ? 'connection lost'
            : `exit ${first.exitCode ?? first.signal ?? 'unknown'}`;
        throw new util.PikaciError(`could not take the lock for concurrency group \`${options.group}\` on ${host} (${lockFile}): ${how}`, { hint: 'the host needs flock(1) (util-linux) and a writable work dir' });
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




/***/ })

};
