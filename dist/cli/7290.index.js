export const id = 7290;
export const ids = [7290];
export const modules = {

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

/***/ 87290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bw: () => (/* binding */ allLanes),
  eY: () => (/* binding */ loadManifest)
});

// UNUSED EXPORTS: findLane, parseManifest

// EXTERNAL MODULE: ./src/locks/group-lock.ts
var group_lock = __webpack_require__(37431);
// EXTERNAL MODULE: ./src/model/ids.ts
var ids = __webpack_require__(50995);
// EXTERNAL MODULE: ./src/match/glob.ts
var glob = __webpack_require__(3199);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
// EXTERNAL MODULE: ./src/toml/parse.ts
var parse = __webpack_require__(8631);
// EXTERNAL MODULE: ./src/toml/issues.ts
var toml_issues = __webpack_require__(32906);
;// CONCATENATED MODULE: ./src/manifest/check.ts
const LANE_KEYS = new Set([
    'id',
    'title',
    'entrypoint',
    'command',
    'paths',
    'concurrency_group',
    'staged_linux_target',
    'target',
    'runs_on',
]);
const GROUP_KEYS = new Set(['lanes']);
const MANIFEST_KEYS = new Set(['version', 'nightly_schedule_utc', 'branch', 'nightly']);
/** zod's object test: any non-null object but an array. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A strict object's key test: zod walks the keys with `for…in`, so this does too. */
function onlyKeys(value, known) {
    for (const key in value)
        if (!known.has(key))
            return false;
    return true;
}
const isString = (value) => typeof value === 'string';
const optionalString = (value) => value === undefined || typeof value === 'string';
function isStringArray(value) {
    if (!Array.isArray(value))
        return false;
    for (let i = 0; i < value.length; i++)
        if (typeof value[i] !== 'string')
            return false;
    return true;
}
const optionalStrings = (value) => value === undefined || isStringArray(value);
function isLane(value) {
    return (isObject(value) &&
        onlyKeys(value, LANE_KEYS) &&
        isString(value.id) &&
        isString(value.title) &&
        optionalString(value.entrypoint) &&
        optionalStrings(value.command) &&
        optionalStrings(value.paths) &&
        optionalString(value.concurrency_group) &&
        optionalString(value.staged_linux_target) &&
        optionalString(value.target) &&
        (value.runs_on === undefined || isString(value.runs_on) || isStringArray(value.runs_on)));
}
/** A lane group as the schema outputs it (`lanes` defaults to []), or undefined when refused. */
function laneGroup(value) {
    if (!isObject(value) || !onlyKeys(value, GROUP_KEYS))
        return undefined;
    // zod's `.default([])` stands in for a missing value only: null is refused.
    const lanes = value.lanes === undefined ? [] : value.lanes;
    if (!Array.isArray(lanes))
        return undefined;
    for (let i = 0; i < lanes.length; i++)
        if (!isLane(lanes[i]))
            return undefined;
    return { lanes: lanes };
}
/** The manifest as `RawManifestSchema` outputs it, or undefined where the schema would refuse it. */
function checkRawManifest(data) {
    if (!isObject(data) || !onlyKeys(data, MANIFEST_KEYS))
        return undefined;
    // zod's `.int()`: a finite integer within ±(2^53 - 1).
    if (!Number.isSafeInteger(data.version) || !optionalString(data.nightly_schedule_utc))
        return undefined;
    const manifest = { version: data.version };
    if (data.nightly_schedule_utc !== undefined)
        manifest.nightly_schedule_utc = data.nightly_schedule_utc;
    for (const group of ['branch', 'nightly']) {
        if (data[group] === undefined)
            continue;
        const checked = laneGroup(data[group]);
        if (checked === undefined)
            return undefined;
        manifest[group] = checked;
    }
    return manifest;
}

;// CONCATENATED MODULE: ./src/manifest/constants.ts
/** Fixed names and formats of the lane manifest (docs/upstream.md, lanes 3.1–3.2). */
/** What a matrix leg runs on when a lane does not say: GitHub's hosted Linux runner. */
const DEFAULT_RUNS_ON = 'ubuntu-latest';
/** The upstream wrapper that staged lanes run on the Pika forge; kept as their display entrypoint. */
const STAGED_ENTRYPOINT_PREFIX = './scripts/pikaci-staged-linux-remote.sh run';
const STAGED_CONCURRENCY_PREFIX = 'staged-linux:';
/** `HH:MM`, 24-hour UTC; like chrono's `%H:%M`, the hour may have one digit. */
const SCHEDULE_PATTERN = /^([01]?\d|2[0-3]):[0-5]\d$/;

;// CONCATENATED MODULE: ./src/manifest/load.ts
/**
 * `ci/forge-lanes.toml` → normalized lanes (docs/upstream.md, lanes 3.2) with every problem reported
 * as `file:line: key.path: message`.
 */







async function loadManifest(path, options) {
    return normalizeManifest(await (0,parse/* parseTomlFile */.gm)(path), options);
}
async function parseManifest(text, file, options) {
    return normalizeManifest(parseToml(text, file), options);
}
async function normalizeManifest(doc, options) {
    const raw = checkRawManifest(doc.data) ?? (await explainRefusal(doc));
    const issues = toml_issues/* IssueCollector */.pv.for(doc);
    if (raw.version !== 1) {
        issues.add(['version'], `unsupported forge lane manifest version ${raw.version}; this tool reads version 1`);
    }
    const schedule = raw.nightly_schedule_utc?.trim();
    if (schedule !== undefined && !SCHEDULE_PATTERN.test(schedule)) {
        issues.add(['nightly_schedule_utc'], `\`${raw.nightly_schedule_utc}\` is not a 24-hour UTC time \`HH:MM\` (e.g. "08:00")`);
    }
    const nightlyRaw = raw.nightly?.lanes ?? [];
    if (schedule === undefined && nightlyRaw.length > 0) {
        issues.add(['nightly_schedule_utc'], 'nightly_schedule_utc is required when there are nightly lanes (e.g. "08:00")');
    }
    const normalizer = new LaneNormalizer(doc, options, issues);
    const branch = (raw.branch?.lanes ?? []).map((lane, index) => normalizer.lane(lane, 'branch', index));
    const nightly = nightlyRaw.map((lane, index) => normalizer.lane(lane, 'nightly', index));
    normalizer.checkStagedBindings(branch);
    issues.throwIfAny();
    return { version: 1, nightly_schedule_utc: schedule ?? null, branch, nightly, path: doc.file };
}
class LaneNormalizer {
    doc;
    options;
    issues;
    seenIds = new Map();
    validateGlob;
    constructor(doc, options, issues) {
        this.doc = doc;
        this.options = options;
        this.issues = issues;
        this.validateGlob = options.validateGlob ?? glob/* validateGlob */.fN;
    }
    lane(raw, group, index) {
        const at = (...keys) => [group, 'lanes', index, ...keys];
        const line = this.doc.locator.lineOf(at()) ?? 1;
        const issues = this.issues;
        // A lane id names a job, a workflow artifact and a matrix value; a title names a matrix job.
        if (raw.id.trim() === '')
            issues.add(at('id'), 'lane id must not be empty');
        else if (!isValidLaneId(raw.id)) {
            issues.add(at('id'), `invalid lane id ${JSON.stringify(raw.id)}: lane ids are letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit`);
        }
        else if (raw.id.length > MAX_LANE_ID_LENGTH) {
            issues.add(at('id'), `lane id \`${raw.id.slice(0, 40)}…\` is ${raw.id.length} characters long; lane ids are at most ${MAX_LANE_ID_LENGTH} (they name matrix legs, artifacts and checks)`);
        }
        else
            this.checkUniqueId(raw.id, at('id'));
        if (raw.title.trim() === '')
            issues.add(at('title'), `lane \`${raw.id}\` title must not be empty`);
        else if (CONTROL_CHARACTER.test(raw.title)) {
            issues.add(at('title'), `lane title ${JSON.stringify(raw.title)} contains a control character (a newline, tab, escape…); write it on one line of printable text`);
        }
        const concurrencyGroup = blankToNull(raw.concurrency_group);
        if (concurrencyGroup !== null) {
            try {
                (0,group_lock/* validateGroupName */.R4)(concurrencyGroup);
            }
            catch {
                issues.add(at('concurrency_group'), `invalid concurrency group ${JSON.stringify(concurrencyGroup)}: use 1-128 letters, digits, \`.\`, \`_\` or \`-\`, starting with a letter or digit (it names a lock file on the placement host)`);
            }
        }
        const staged = blankToNull(raw.staged_linux_target);
        const named = blankToNull(raw.target);
        if (staged !== null && named !== null && staged !== named) {
            issues.add(at('target'), `target \`${named}\` disagrees with staged_linux_target \`${staged}\`; give one of them, or the same id in both`);
        }
        if (staged !== null)
            this.checkTarget(staged, at('staged_linux_target'), true);
        if (named !== null && named !== staged)
            this.checkTarget(named, at('target'), false);
        const target = named ?? staged;
        const command = raw.command ?? [];
        if (target !== null && raw.command !== undefined) {
            issues.add(at('command'), `lane \`${raw.id}\` runs target \`${target}\`, so \`command\` would be ignored; remove it`);
        }
        if (target === null && command.length === 0) {
            issues.add(raw.command === undefined ? at() : at('command'), `lane \`${raw.id}\` has neither a target nor a command; set \`command = [...]\`, \`target = "..."\` or \`staged_linux_target = "..."\``);
        }
        if (target === null && command.length > 0 && command[0].trim() === '') {
            issues.add(at('command', 0), `lane \`${raw.id}\` command program must not be empty`);
        }
        const paths = raw.paths ?? [];
        if (group === 'nightly' && raw.paths !== undefined) {
            issues.add(at('paths'), 'nightly lanes are not path-filtered (they all run on schedule); remove `paths`');
        }
        paths.forEach((pattern, i) => {
            const problem = this.validateGlob(pattern);
            if (problem !== undefined)
                issues.add(at('paths', i), `invalid path pattern \`${pattern}\`: ${problem}`);
        });
        const runsOn = this.runsOn(raw, at('runs_on'));
        const stagedGroup = staged ?? (target !== null && this.options.stagedTargets?.has(target) ? target : null);
        return {
            id: raw.id,
            title: raw.title,
            group,
            entrypoint: entrypointOf(raw, staged, target, command),
            command: target === null ? command : null,
            paths,
            concurrency_group: concurrencyGroup ?? (stagedGroup === null ? null : `${STAGED_CONCURRENCY_PREFIX}${stagedGroup}`),
            staged_linux_target: staged,
            target,
            runs_on: runsOn,
            line,
        };
    }
    /** Upstream pikaci: one branch lane per staged target, or every resolution of it fails. */
    checkStagedBindings(branch) {
        const staged = this.options.stagedTargets;
        if (staged === undefined)
            return;
        const bound = new Map();
        branch.forEach((lane, index) => {
            if (lane.target === null || !staged.has(lane.target))
                return;
            const first = bound.get(lane.target);
            if (first === undefined) {
                bound.set(lane.target, lane);
            }
            else {
                const key = lane.staged_linux_target === lane.target ? 'staged_linux_target' : 'target';
                this.issues.add(['branch', 'lanes', index, key], `staged target \`${lane.target}\` is already bound by branch lane \`${first.id}\` (line ${first.line}); a staged target takes its path filters from exactly one branch lane`);
            }
        });
    }
    checkUniqueId(id, path) {
        const line = this.doc.locator.lineOf(path) ?? 0;
        const first = this.seenIds.get(id);
        if (first === undefined)
            this.seenIds.set(id, line);
        else
            this.issues.add(path, `duplicate lane id \`${id}\` (first defined on line ${first}); lane ids must be unique across branch and nightly lanes`);
    }
    checkTarget(id, path, mustBeStaged) {
        const { knownTargets, stagedTargets, catalogPath } = this.options;
        const catalog = catalogPath === undefined ? 'the catalog' : `catalog ${catalogPath}`;
        if (!knownTargets.has(id)) {
            const candidates = mustBeStaged && stagedTargets ? stagedTargets : knownTargets;
            const hint = (0,errors/* didYouMean */.au)(id, candidates);
            this.issues.add(path, `unknown target \`${id}\` (not in ${catalog})${hint ? `; ${hint}` : ''}`);
        }
        else if (mustBeStaged && stagedTargets !== undefined && !stagedTargets.has(id)) {
            this.issues.add(path, `\`${id}\` is not a staged Linux target in ${catalog}; bind it with \`target = "${id}"\` instead`);
        }
    }
    runsOn(raw, path) {
        const value = raw.runs_on;
        if (value === undefined)
            return DEFAULT_RUNS_ON;
        const checkLabel = (label, at) => {
            if (label.trim() === '')
                this.issues.add(at, 'runner labels must not be empty');
            else if (CONTROL_CHARACTER.test(label)) {
                this.issues.add(at, `runner label ${JSON.stringify(label)} contains a control character (a newline, tab, escape…)`);
            }
        };
        if (typeof value === 'string') {
            if (value.trim() === '')
                this.issues.add(path, 'runs_on must not be empty');
            else
                checkLabel(value, path);
            return value.trim();
        }
        if (value.length === 0)
            this.issues.add(path, 'runs_on must list at least one runner label');
        value.forEach((label, i) => checkLabel(label, [...path, i]));
        return value.map((label) => label.trim());
    }
}
function entrypointOf(raw, staged, target, command) {
    if (raw.entrypoint !== undefined && raw.entrypoint.trim() !== '')
        return raw.entrypoint;
    if (staged !== null)
        return `${STAGED_ENTRYPOINT_PREFIX} ${staged}`;
    if (target !== null)
        return `pikaci run ${target}`;
    return displayArgv(command);
}
/** A readable one-line rendering of an argv: plain words as they are, anything else quoted. */
function displayArgv(argv) {
    return argv.map((arg) => (/^[A-Za-z0-9_./:=@%+,#-]+$/.test(arg) ? arg : (0,shell/* shellQuote */.Z)(arg))).join(' ');
}
/** Validation only (the lane id becomes a job id); nothing is chosen from an id (PIKACI-004). */
/** Long enough for any real lane, short enough for artifact names (`pikaci-<lane>-<attempt>`) and checks. */
const MAX_LANE_ID_LENGTH = 100;
function isValidLaneId(id) {
    return ids/* JOB_ID_PATTERN */.B.test(id);
}
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
function blankToNull(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? null : trimmed;
}
/** Every lane, branch lanes first, in file order. */
function allLanes(manifest) {
    return [...manifest.branch, ...manifest.nightly];
}
function findLane(manifest, id) {
    const lane = allLanes(manifest).find((candidate) => candidate.id === id);
    if (lane !== undefined)
        return lane;
    const hint = didYouMean(id, allLanes(manifest).map((candidate) => candidate.id));
    throw new InputError(`unknown lane \`${id}\` in ${manifest.path}`, {
        hint: hint ?? `run \`pikaci lanes --manifest ${manifest.path}\` to list the lanes`,
    });
}
/**
 * A manifest `checkRawManifest` refused: zod (loaded only now) validates it and throws the error
 * that names every problem with its line and key path. (Should zod accept it, the check was
 * stricter than the schema — a bug its test exists to catch — and the schema's output is used.)
 */
async function explainRefusal(doc) {
    const [{ validate }, { RawManifestSchema }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(3352)]).then(__webpack_require__.bind(__webpack_require__, 53352)),
        Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(6470)]).then(__webpack_require__.bind(__webpack_require__, 46470)),
    ]);
    return validate(RawManifestSchema, doc.data, doc);
}


/***/ })

};
