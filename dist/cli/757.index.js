export const id = 757;
export const ids = [757];
export const modules = {

/***/ 8757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  allLanes: () => (/* reexport */ allLanes),
  loadManifest: () => (/* reexport */ loadManifest)
});

// UNUSED EXPORTS: DEFAULT_RUNS_ON, findLane, parseManifest

// EXTERNAL MODULE: ./src/match/index.ts + 2 modules
var match = __webpack_require__(7854);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(5462);
// EXTERNAL MODULE: ./src/toml/index.ts + 3 modules
var toml = __webpack_require__(4509);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/manifest/schema.ts
/**
 * The on-disk shape of `ci/forge-lanes.toml` (upstream catalog-and-lanes.md §3.1–3.2) plus this
 * project's `target` and `runs_on` keys. Unknown keys are errors here (upstream ignores them).
 */

const RunsOnSchema = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP())], {
    error: 'runs_on must be a runner label or a list of labels',
});
const RawLaneSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP(),
    title: schemas/* string */.YjP(),
    entrypoint: schemas/* string */.YjP().optional(),
    command: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    paths: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    concurrency_group: schemas/* string */.YjP().optional(),
    staged_linux_target: schemas/* string */.YjP().optional(),
    /** Any catalog target (our addition; `staged_linux_target` binds a staged one the upstream way). */
    target: schemas/* string */.YjP().optional(),
    /** Runner labels for the matrix leg (our addition). */
    runs_on: RunsOnSchema.optional(),
});
const LaneGroupSchema = schemas/* strictObject */.rej({ lanes: schemas/* array */.YOg(RawLaneSchema).default([]) });
const RawManifestSchema = schemas/* strictObject */.rej({
    version: schemas/* number */.aig().int(),
    nightly_schedule_utc: schemas/* string */.YjP().optional(),
    branch: LaneGroupSchema.optional(),
    nightly: LaneGroupSchema.optional(),
});
/** What a matrix leg runs on when a lane does not say: GitHub's hosted Linux runner. */
const DEFAULT_RUNS_ON = 'ubuntu-latest';
/** The upstream wrapper that staged lanes run on the Pika forge; kept as their display entrypoint. */
const STAGED_ENTRYPOINT_PREFIX = './scripts/pikaci-staged-linux-remote.sh run';
const STAGED_CONCURRENCY_PREFIX = 'staged-linux:';
/** `HH:MM`, 24-hour UTC; like chrono's `%H:%M`, the hour may have one digit. */
const SCHEDULE_PATTERN = /^([01]?\d|2[0-3]):[0-5]\d$/;

;// CONCATENATED MODULE: ./src/manifest/load.ts





async function loadManifest(path, options) {
    return normalizeManifest(await (0,toml/* parseTomlFile */.gm)(path), options);
}
function parseManifest(text, file, options) {
    return normalizeManifest(parseToml(text, file), options);
}
function normalizeManifest(doc, options) {
    const raw = (0,toml/* validate */.tf)(RawManifestSchema, doc.data, doc);
    const issues = toml/* IssueCollector */.pv.for(doc);
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
        this.validateGlob = options.validateGlob ?? match/* validateGlob */.fN;
    }
    lane(raw, group, index) {
        const at = (...keys) => [group, 'lanes', index, ...keys];
        const line = this.doc.locator.lineOf(at()) ?? 1;
        const issues = this.issues;
        if (raw.id.trim() === '')
            issues.add(at('id'), 'lane id must not be empty');
        else
            this.checkUniqueId(raw.id, at('id'));
        if (raw.title.trim() === '')
            issues.add(at('title'), `lane \`${raw.id}\` title must not be empty`);
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
            concurrency_group: blankToNull(raw.concurrency_group) ??
                (stagedGroup === null ? null : `${STAGED_CONCURRENCY_PREFIX}${stagedGroup}`),
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
        if (typeof value === 'string') {
            if (value.trim() === '')
                this.issues.add(path, 'runs_on must not be empty');
            return value.trim();
        }
        if (value.length === 0)
            this.issues.add(path, 'runs_on must list at least one runner label');
        value.forEach((label, i) => {
            if (label.trim() === '')
                this.issues.add([...path, i], 'runner labels must not be empty');
        });
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

;// CONCATENATED MODULE: ./src/manifest/index.ts
/** The lane manifest (`ci/forge-lanes.toml`): load, validate, normalize. */




/***/ })

};
