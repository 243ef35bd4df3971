export const id = 197;
export const ids = [197];
export const modules = {

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _toolkit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97096);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/** Action inputs read the same way by every command. */


/**
 * `core.getBooleanInput` (YAML 1.2 core schema: `true`/`True`/`TRUE`, `false`/`False`/`FALSE`) with
 * our message for a bad value; empty (an optional workflow input passed through) means `fallback`.
 */
function booleanInput(name, fallback) {
    if (_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) === '')
        return fallback;
    try {
        return _toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt(name);
    }
    catch {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`\`${name}\` must be \`true\` or \`false\`, got ${JSON.stringify(_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name))}`, { where: `input \`${name}\``, hint: 'also accepted: True, TRUE, False, FALSE' });
    }
}


/***/ }),

/***/ 31658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Xq: () => (/* binding */ planSummaryMarkdown),
/* harmony export */   hd: () => (/* binding */ planLogLines),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86406);
/**
 * How a plan is shown: log lines and the job summary. Pure string building; the caller writes them.
 */

/**
 * Plain-text lines for the Actions log, one per fact: CR and LF inside repository data (a file
 * name, a lane title) are shown as `\r` and `\n`, so no value can start a log line of its own.
 * The caller also fences the lines with `::stop-commands::` (README "Security").
 */
function planLogLines(plan, context) {
    const selected = plan.lanes.filter((lane) => lane.selected).length;
    const width = Math.max(0, ...plan.lanes.map((lane) => oneLine(lane.id).length));
    return [
        `event: ${oneLine(plan.event)}`,
        `base: ${oneLine(plan.base ?? '-')}`,
        `head: ${oneLine(plan.head ?? '-')}`,
        `diff: ${plan.diff_source} — ${oneLine(context.how)}`,
        `manifest: ${oneLine(context.manifest)}`,
        `${selected} of ${plan.lanes.length} lanes selected`,
        ...plan.lanes.map((lane) => `  ${lane.selected ? 'run ' : 'skip'}  ${oneLine(lane.id).padEnd(width)}  ${oneLine(lane.reason)}`),
    ];
}
/** Text on one log line: CR, LF and other line breaks escaped visibly. */
function oneLine(text) {
    return text.replace(/[\r\n\u2028\u2029\u0085]/g, (c) => c === '\r' ? '\\r' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Markdown for `$GITHUB_STEP_SUMMARY`. */
function planSummaryMarkdown(plan, context) {
    const selected = plan.lanes.filter((lane) => lane.selected).length;
    const lines = [
        '## pikaci plan',
        '',
        `**${selected} of ${plan.lanes.length} lanes selected** for \`${plan.event}\`.`,
        '',
        `- base: ${commit(plan.base)}`,
        `- head: ${commit(plan.head)}`,
        `- diff: **${plan.diff_source}** — ${markdownText(context.how)}`,
        `- manifest: ${markdownText(context.manifest)}`,
    ];
    for (const warning of context.warnings)
        lines.push(`- ⚠️ ${markdownText(warning)}`);
    lines.push('', '| lane | title | | reason |', '| --- | --- | --- | --- |');
    for (const lane of plan.lanes) {
        lines.push(`| \`${markdownText(lane.id)}\` | ${markdownText(lane.title)} | ${lane.selected ? '✅ run' : '⏭️ skip'} | ${markdownText(lane.reason)} |`);
    }
    if (plan.lanes.length === 0)
        lines.push('| | | | the manifest has no lanes in this group |');
    return `${lines.join('\n')}\n`;
}
function commit(sha) {
    return sha === null ? '—' : `\`${(0,_github_index_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(sha)}\``;
}
/**
 * Repository text inside generated Markdown (README "Security"): line breaks become spaces and `|` is
 * escaped, so a value stays in its table cell; `&`, `<` and `>` become entities, so a file name
 * cannot add HTML. Backticks are kept: reasons quote file names and patterns in code spans.
 */
function markdownText(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
        .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c])
        .replace(/\|/g, '\\|');
}


/***/ }),

/***/ 85015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gy: () => (/* binding */ ZERO_SHA),
/* harmony export */   j_: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony exports parseEvent, PAYLOAD_READERS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/**
 * The workflow event, read from `GITHUB_EVENT_NAME` and the JSON file at `GITHUB_EVENT_PATH`.
 * Only the fields the plan uses are parsed; everything else in the payload is ignored.
 */


class Refusal extends Error {
    path;
    detail;
    constructor(path, detail) {
        super(detail);
        this.path = path;
        this.detail = detail;
    }
}
/** zod's name for what it received. */
function received(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}
function expected(what, value, path) {
    throw new Refusal(path, `Invalid input: expected ${what}, received ${received(value)}`);
}
function object(value, path) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return value;
    return expected('object', value, path);
}
function string(value, path) {
    return typeof value === 'string' ? value : expected('string', value, path);
}
function optionalString(value, path) {
    return value === undefined ? undefined : string(value, path);
}
function sha(value, path) {
    const text = string(value, path);
    if (!/^[0-9a-f]{40}$/.test(text))
        throw new Refusal(path, 'expected a 40-character hex commit SHA');
    return text;
}
/** A safe integer of at least `min` (zod's `.int()` then `.positive()`/`.nonnegative()`, in its order). */
function integer(value, path, min) {
    if (typeof value !== 'number')
        return expected('number', value, path);
    if (!Number.isInteger(value))
        return expected('int', value, path);
    if (value > Number.MAX_SAFE_INTEGER)
        throw new Refusal(path, `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`);
    if (value < Number.MIN_SAFE_INTEGER)
        throw new Refusal(path, `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`);
    if (value < min)
        throw new Refusal(path, `Too small: expected number to be ${min === 1 ? '>0' : '>=0'}`);
    return value;
}
/** A PR side's repository: its `full_name`, `deleted` for an explicit null (a deleted fork), absent when not sent. */
function repoRef(value, path) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return 'deleted';
    return string(object(value, path).full_name, [...path, 'full_name']);
}
function prSide(value, path) {
    const side = object(value, path);
    const commit = sha(side.sha, [...path, 'sha']);
    optionalString(side.ref, [...path, 'ref']);
    return { sha: commit, repo: repoRef(side.repo, [...path, 'repo']) };
}
function pullRequestPayload(payload) {
    const pr = object(object(payload, []).pull_request, ['pull_request']);
    const at = (key) => ['pull_request', key];
    return {
        number: integer(pr.number, at('number'), 1),
        base: prSide(pr.base, at('base')),
        head: prSide(pr.head, at('head')),
        changedFiles: pr.changed_files === undefined ? undefined : integer(pr.changed_files, at('changed_files'), 0),
    };
}
function pushPayload(payload) {
    const push = object(payload, []);
    const ref = optionalString(push.ref, ['ref']);
    const before = sha(push.before, ['before']);
    const after = sha(push.after, ['after']);
    if (push.forced !== undefined && typeof push.forced !== 'boolean')
        expected('boolean', push.forced, ['forced']);
    return { ref, before, after, forced: push.forced === true };
}
function mergeGroupPayload(payload) {
    const group = object(object(payload, []).merge_group, ['merge_group']);
    return {
        baseSha: sha(group.base_sha, ['merge_group', 'base_sha']),
        headSha: sha(group.head_sha, ['merge_group', 'head_sha']),
    };
}
/** All zeros: the `before` of a push that created the branch. */
const ZERO_SHA = '0'.repeat(40);
/**
 * Parse the event payload text for `name`. `where` names the payload file in messages.
 * Throws `InputError` naming the file, the key path and what was expected.
 */
function parseEvent(name, payloadText, where) {
    let payload;
    try {
        payload = JSON.parse(payloadText);
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`event payload is not valid JSON (${error.message})`, {
            where,
            hint: 'GITHUB_EVENT_PATH must point at the JSON event payload the runner writes',
        });
    }
    switch (name) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = validate(pullRequestPayload, payload, name, where);
            return {
                kind: 'pull_request',
                name,
                pullRequest: {
                    number: pr.number,
                    baseSha: pr.base.sha,
                    headSha: pr.head.sha,
                    changedFiles: pr.changedFiles ?? null,
                    headRepository: pr.head.repo ?? null,
                    baseRepository: pr.base.repo === 'deleted' ? null : (pr.base.repo ?? null),
                },
            };
        }
        case 'push': {
            const push = validate(pushPayload, payload, name, where);
            return {
                kind: 'push',
                name,
                ref: push.ref ?? null,
                before: push.before,
                after: push.after,
                forced: push.forced,
            };
        }
        case 'merge_group': {
            const group = validate(mergeGroupPayload, payload, name, where);
            return { kind: 'merge_group', name, baseSha: group.baseSha, headSha: group.headSha };
        }
        case 'schedule':
            return { kind: 'schedule', name };
        case 'workflow_dispatch':
            return { kind: 'workflow_dispatch', name };
        default:
            return { kind: 'other', name };
    }
}
/** Read the event the runner describes in `env` (`GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`). */
async function readEvent(env = process.env) {
    const name = env['GITHUB_EVENT_NAME']?.trim();
    if (!name) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('GITHUB_EVENT_NAME is not set', {
            hint: 'run the plan step inside a GitHub Actions workflow (or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH)',
        });
    }
    const path = env['GITHUB_EVENT_PATH']?.trim();
    if (!path) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`GITHUB_EVENT_PATH is not set (event \`${name}\`)`, {
            hint: 'the runner sets it to the JSON event payload; set it when running the action by hand',
        });
    }
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read the event payload (${error.message})`, { where: path });
    }
    return parseEvent(name, text, path);
}
function validate(read, payload, name, where) {
    try {
        return read(payload);
    }
    catch (error) {
        if (!(error instanceof Refusal))
            throw error;
        const key = error.path.length === 0 ? '(root)' : error.path.join('.');
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`\`${name}\` event payload: \`${key}\`: ${error.detail}`, {
            where,
            hint: `the plan step reads ${describeFields(name)} from the payload`,
        });
    }
}
/** The event payload readers, for `__tests__/action/event-payload.test.ts` (not part of the library). */
const PAYLOAD_READERS = { pullRequestPayload, pushPayload, mergeGroupPayload, Refusal };
function describeFields(name) {
    switch (name) {
        case 'push':
            return '`before`, `after` and `forced`';
        case 'merge_group':
            return '`merge_group.base_sha` and `merge_group.head_sha`';
        default:
            return '`pull_request.number`, `pull_request.base.sha` and `pull_request.head.sha`';
    }
}


/***/ }),

/***/ 86406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bq: () => (/* binding */ parseLaneRequest),
/* harmony export */   bz: () => (/* binding */ parseGroupInput),
/* harmony export */   h0: () => (/* binding */ short),
/* harmony export */   jr: () => (/* binding */ resolveDiffRange)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85015);


function resolveDiffRange(event, options) {
    if (options.group === 'nightly' && event.kind !== 'workflow_dispatch') {
        return rule('nightly', { kind: 'all' }, `\`group: nightly\` on ${event.name}: every nightly lane`);
    }
    switch (event.kind) {
        case 'pull_request': {
            const pr = event.pullRequest;
            return {
                kind: 'diff',
                compare: 'merge-base',
                base: pr.baseSha,
                head: pr.headSha,
                // pull_request_target runs with the base repository's secrets: the PR must not choose its lanes.
                manifestRevision: event.name === 'pull_request_target' ? pr.baseSha : null,
                pullRequest: pr,
            };
        }
        case 'push':
            if (event.before === _event_js__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_SHA */ .gy) {
                return rule('branch', { kind: 'all' }, `push created ${event.ref ?? 'the branch'} (\`before\` is the zero SHA): nothing to diff, every branch lane`, event.after);
            }
            if (event.forced) {
                return rule('branch', { kind: 'all' }, `force push to ${event.ref ?? 'the branch'}: \`before\` ${short(event.before)} is not in the new history, every branch lane`, event.after);
            }
            return {
                kind: 'diff',
                compare: 'two-dot',
                base: event.before,
                head: event.after,
                manifestRevision: null,
                pullRequest: null,
            };
        case 'merge_group':
            return {
                kind: 'diff',
                compare: 'two-dot',
                base: event.baseSha,
                head: event.headSha,
                manifestRevision: null,
                pullRequest: null,
            };
        case 'schedule':
            return options.group === 'branch'
                ? rule('branch', { kind: 'all' }, 'schedule with `group: branch`: nothing to diff, every branch lane')
                : rule('nightly', { kind: 'all' }, 'schedule: every nightly lane');
        case 'workflow_dispatch': {
            const group = options.group ?? 'branch';
            return options.lanes.kind === 'all'
                ? rule(group, options.lanes, `workflow_dispatch: every ${group} lane`)
                : rule(group, options.lanes, 'workflow_dispatch: named in the `lanes` input');
        }
        case 'other':
            return rule('branch', { kind: 'all' }, `event \`${event.name}\` carries no diff range: every branch lane`);
    }
}
/** Parse the `lanes` input: empty or `all` ⇒ every lane, else comma/whitespace-separated ids. */
function parseLaneRequest(input) {
    const ids = input
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
    if (ids.length === 0 || (ids.length === 1 && ids[0] === 'all'))
        return { kind: 'all' };
    if (ids.includes('all')) {
        throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`\`lanes\` input mixes \`all\` with lane ids: ${JSON.stringify(input)}`, {
            where: 'input `lanes`',
            hint: 'give either `all` or a comma-separated list of lane ids',
        });
    }
    return { kind: 'ids', ids: [...new Set(ids)] };
}
/** Parse the `group` input: empty ⇒ the event decides. */
function parseGroupInput(input) {
    const value = input.trim();
    if (value === '')
        return null;
    if (value === 'branch' || value === 'nightly')
        return value;
    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`\`group\` input must be \`branch\`, \`nightly\` or empty, got ${JSON.stringify(value)}`, {
        where: 'input `group`',
    });
}
function rule(group, lanes, reason, head = null) {
    return { kind: 'rule', group, lanes, reason, head };
}
function short(commit) {
    return commit.slice(0, 12);
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

/***/ 28788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ loadSources),
/* harmony export */   Hs: () => (/* binding */ loadSourceCatalogIds),
/* harmony export */   mj: () => (/* binding */ DEFAULT_MANIFEST)
/* harmony export */ });
/* unused harmony exports loadLaneSources, loadSourceCatalog, requireManifest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * The one loader of a repository's catalog and lane manifest, for `pikaci plan`, `run` (and
 * `--affected`), `rerun`, `targets`, `lanes` and the action's `run`; the action's `plan` takes its
 * catalog from here too (README "Lane manifest and catalog"): the repository root, the catalog
 * (`--catalog`, else `ci/pikaci-catalog.toml`, else the bundled one), the manifest (`--manifest`,
 * else `DEFAULT_MANIFEST` in the repository) and the catalog bound to it.
 *
 * What it loads is imported when it is asked for: the CLI names `DEFAULT_MANIFEST` in its help
 * without loading the catalog's and the manifest's dependencies.
 */



/** Where a repository keeps its lane manifest, relative to its root (README "Lane manifest and catalog"). */
const DEFAULT_MANIFEST = 'ci/forge-lanes.toml';
async function loadSources(request) {
    const { repoRoot, manifestFile, present } = await locate(request);
    const { catalog, source } = await loadSourceCatalog({ catalog: request.catalog, repoRoot });
    const base = { repoRoot, catalogSource: source, manifestFile };
    if (!present)
        return { ...base, catalog, manifest: null, manifestRelative: null, lanes: [] };
    const { bindManifest, manifestOptionsFor } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 15799));
    const lanes = await loadLanes(repoRoot, manifestFile, manifestOptionsFor(catalog));
    return { ...base, ...lanes, catalog: bindManifest(catalog, lanes.manifest) };
}
/**
 * The manifest and its lanes, checked against the catalog's target ids only (`loadSourceCatalogIds`):
 * what `pikaci plan` reads, as the action's plan step does. Staged targets are not bound: plan rules
 * read lanes only.
 */
async function loadLaneSources(request) {
    const { repoRoot, manifestFile, present } = await locate(request);
    const { ids, source } = await loadSourceCatalogIds({ catalog: request.catalog, repoRoot });
    const base = { repoRoot, catalogSource: source, manifestFile };
    if (!present)
        return { ...base, manifest: null, manifestRelative: null, lanes: [] };
    return { ...base, ...(await loadLanes(repoRoot, manifestFile, ids)) };
}
/** The repository and the manifest file; a missing one is an error where the request says so. */
async function locate(request) {
    const repoRoot = request.repoRoot ?? (await (await __webpack_require__.e(/* import() */ 268).then(__webpack_require__.bind(__webpack_require__, 67268))).repoRoot());
    const manifestFile = request.manifest !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.manifest) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, DEFAULT_MANIFEST);
    const present = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifestFile);
    if (!present && (request.manifest !== undefined || request.manifestNeed === 'required')) {
        throw missingManifest(manifestFile, request.repoOption);
    }
    return { repoRoot, manifestFile, present };
}
async function loadLanes(repoRoot, manifestFile, ids) {
    const { allLanes, loadManifest } = await Promise.all(/* import() */[__webpack_require__.e(290), __webpack_require__.e(625)]).then(__webpack_require__.bind(__webpack_require__, 34625));
    const manifest = await loadManifest(manifestFile, ids);
    return {
        manifest,
        manifestRelative: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(repoRoot, manifestFile).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'),
        lanes: allLanes(manifest),
    };
}
/**
 * The catalog alone: `catalog` (as given), else the repository's `ci/pikaci-catalog.toml`, else the
 * bundled one (`resolveCatalogPath`). The action's `plan` reads its manifest itself (from the
 * workspace, or the base revision for `pull_request_target`) and its catalog here.
 */
async function loadSourceCatalog(request) {
    const { loadCatalog, resolveCatalogPath } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 15799));
    const location = resolveCatalogPath({ flag: request.catalog, repoRoot: request.repoRoot });
    return { catalog: await loadCatalog(location.path), source: location.source };
}
/**
 * The catalog's target ids alone, which is all a plan needs: from the bundled catalog's build-time
 * index while it matches, else by loading the catalog (src/catalog/ids.ts). The catalog is found as
 * `loadSourceCatalog` finds it.
 */
async function loadSourceCatalogIds(request) {
    // The catalog's light entry, not its index: the index loads the catalog schemas.
    const { loadCatalogIds, resolveCatalogPath } = await __webpack_require__.e(/* import() */ 389).then(__webpack_require__.bind(__webpack_require__, 31389));
    const location = resolveCatalogPath({ flag: request.catalog, repoRoot: request.repoRoot });
    return { ids: await loadCatalogIds(location), source: location.source };
}
/** The manifest of `sources`, which a caller that loaded them with `manifestNeed: 'optional'` now needs. */
function requireManifest(sources, repoOption) {
    if (sources.manifest === null)
        throw missingManifest(sources.manifestFile, repoOption);
    return sources.manifest;
}
function missingManifest(file, repoOption) {
    return new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`lane manifest \`${file}\` does not exist`, {
        where: '--manifest',
        hint: `pass --manifest PATH, or run in a repository that has ${DEFAULT_MANIFEST}${repoOption ? ` (${repoOption})` : ''}`,
    });
}


/***/ })

};
