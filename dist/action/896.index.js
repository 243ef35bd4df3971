export const id = 896;
export const ids = [896];
export const modules = {

/***/ 81896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportMarkdown: () => (/* binding */ reportMarkdown),
  reportTimelineMarkdown: () => (/* binding */ reportTimelineMarkdown),
  runReportCommand: () => (/* binding */ runReportCommand)
});

// EXTERNAL MODULE: ./src/action/toolkit.ts
var toolkit = __webpack_require__(97096);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/timeline/workflow.ts
function workflowTimeline(jobs) {
    const started = jobs
        .map((job) => ({ job, startMs: job.startedAt ? Date.parse(job.startedAt) : NaN }))
        .filter((entry) => Number.isFinite(entry.startMs));
    const ends = started
        .map(({ job }) => (job.completedAt ? Date.parse(job.completedAt) : NaN))
        .filter(Number.isFinite);
    const latest = Math.max(...started.map((entry) => entry.startMs), ...ends);
    const bars = started
        .map(({ job, startMs }) => {
        const completed = job.completedAt ? Date.parse(job.completedAt) : NaN;
        // A job still running is drawn up to the latest moment the API knows of.
        const endMs = Math.max(startMs, Number.isFinite(completed) ? completed : latest);
        return {
            section: 'jobs',
            label: job.name,
            kind: 'job',
            status: statusOf(job.conclusion),
            startMs,
            endMs,
            critical: false,
        };
    })
        .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
    for (const bar of criticalPath(bars))
        bar.critical = true;
    const startMs = bars.length > 0 ? Math.min(...bars.map((b) => b.startMs)) : 0;
    const endMs = bars.length > 0 ? Math.max(...bars.map((b) => b.endMs)) : 0;
    return { bars, startMs, endMs };
}
/**
 * From the bar that ends last, step back each time to the bar that ended last before it started (the
 * one it waited for), until nothing ended before. Returned first to last.
 */
function criticalPath(bars) {
    const last = latestEnding(bars, Infinity);
    const path = [];
    for (let bar = last; bar !== null; bar = latestEnding(bars, bar.startMs))
        path.unshift(bar);
    return path;
}
/** The bar ending last at or before `limit`; of equal ends, the longest. */
function latestEnding(bars, limit) {
    let best = null;
    for (const bar of bars) {
        if (bar.endMs > limit)
            continue;
        if (limit !== Infinity && bar.startMs >= limit)
            continue;
        if (best === null ||
            bar.endMs > best.endMs ||
            (bar.endMs === best.endMs && bar.endMs - bar.startMs > best.endMs - best.startMs))
            best = bar;
    }
    return best;
}
function statusOf(conclusion) {
    switch (conclusion) {
        case null:
            return 'running';
        case 'success':
        case 'neutral':
            return 'passed';
        case 'skipped':
            return 'skipped';
        default:
            return 'failed';
    }
}

// EXTERNAL MODULE: ./src/timeline/mermaid.ts + 1 modules
var mermaid = __webpack_require__(27765);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/schema/index.ts
var src_schema = __webpack_require__(11107);
;// CONCATENATED MODULE: ./src/action/aggregate.ts
/**
 * The `report` decision: green only when every planned lane passed, or none was planned. Pure.
 *
 * What it can know: `needs` gives each needed job's overall `result`; for a matrix job that is one
 * value for all legs (`failure` if any leg failed, `cancelled`, `skipped` when the job did not run,
 * `success` only when every leg succeeded). So the pass/fail decision is exact from `needs` alone.
 * Which leg failed is not in `needs` (legs share one job id, and a leg's outputs overwrite each
 * other's), so per-lane rows come from the jobs REST API when it answers (`lanes` below, matched by
 * job name = lane title) and are marked unknown when it does not; they never change the decision.
 */


const PlanInputSchema = schemas/* object */.Ikc({
    event: schemas/* string */.YjP().optional(),
    head: schemas/* string */.YjP().nullable().optional(),
    lanes: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), title: schemas/* string */.YjP(), selected: schemas/* boolean */.zMY(), reason: schemas/* string */.YjP() })),
    matrix: schemas/* object */.Ikc({
        include: schemas/* array */.YOg(schemas/* object */.Ikc({
            lane: schemas/* string */.YjP(),
            title: schemas/* string */.YjP(),
            /** Set by `plan` with `skip-if-passed` (README "Skipping lanes that already passed"). */
            already_passed: schemas/* string */.YjP().optional(),
            proved_by: schemas/* string */.YjP().optional(),
        })),
    }),
    blocked: schemas/* array */.YOg(schemas/* object */.Ikc({ lane: schemas/* string */.YjP(), title: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })).default([]),
});
const NeedsSchema = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ result: schemas/* string */.YjP(), outputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}) }));
function parsePlanInput(text) {
    return parseJsonInput(text, 'plan', PlanInputSchema, "pass `plan: ${{ needs.plan.outputs.plan }}` (the plan step's `plan` output)");
}
function parseNeedsInput(text) {
    return parseJsonInput(text, 'needs', NeedsSchema, 'pass `needs: ${{ toJSON(needs) }}`');
}
function parseJsonInput(text, name, schema, hint) {
    if (text.trim() === '')
        throw new errors/* InputError */.dz(`\`command: report\` needs the \`${name}\` input`, {
            where: `input \`${name}\``,
            hint,
        });
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`the \`${name}\` input is not JSON: ${error.message}`, {
            where: `input \`${name}\``,
            hint,
        });
    }
    const result = (0,src_schema/* safeParse */.x)(schema, json);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    throw new errors/* InputError */.dz(`the \`${name}\` input: \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`, {
        where: `input \`${name}\``,
        hint,
    });
}
/** Needs entries that carry the plan's outputs are the plan job; the rest run lanes. */
function isPlanJob(outputs) {
    return 'plan' in outputs || 'matrix' in outputs;
}
function aggregate(plan, needs, legs) {
    const jobs = Object.entries(needs).map(([name, need]) => ({ name, result: need.result }));
    const laneJobs = Object.entries(needs).filter(([, need]) => !isPlanJob(need.outputs));
    const runnable = plan.matrix.include;
    const blocked = plan.blocked;
    const broken = jobs.filter((job) => job.result === 'failure' || job.result === 'cancelled');
    const notSucceeded = laneJobs.filter(([, need]) => need.result !== 'success');
    const rows = [
        ...runnable.map((entry) => alreadyPassed(entry, laneRow(entry.lane, entry.title, legs, laneJobs))),
        ...blocked.map((lane) => ({
            lane: lane.lane,
            title: lane.title,
            result: 'blocked',
            detail: lane.reason,
            url: null,
            provedBy: null,
        })),
    ];
    let passed;
    let reason;
    if (broken.length > 0) {
        passed = false;
        reason = `${broken.map((job) => `\`${job.name}\` ${job.result}`).join(', ')}`;
    }
    else if (blocked.length > 0) {
        passed = false;
        reason = `${blocked.length} planned lane(s) were not run on this fork PR`;
    }
    else if (runnable.length === 0) {
        passed = true;
        reason = 'no lanes were planned for this change';
    }
    else if (laneJobs.length === 0) {
        passed = false;
        reason = "`needs` holds no lane job: add the matrix job to the report job's `needs`";
    }
    else if (notSucceeded.length > 0) {
        passed = false;
        reason = `${notSucceeded.map(([name, need]) => `\`${name}\` ${need.result}`).join(', ')} while ${runnable.length} lane(s) were planned`;
    }
    else {
        passed = true;
        reason = `all ${runnable.length} planned lane(s) passed`;
    }
    return { passed, reason, rows, jobs };
}
/** A workflow run URL as the pass marker records it; anything else is not linked. */
const RUN_URL = /^https:\/\/[^\s()<>[\]]+\/actions\/runs\/\d+(\/attempts\/\d+)?$/;
/**
 * A lane the plan marked as already passed (its pass key had passed in a trusted run) and whose leg
 * succeeded: shown as such, with the run that proved it. The decision is unchanged.
 */
function alreadyPassed(entry, row) {
    if (entry.already_passed !== 'true' || row.result !== 'passed')
        return { ...row, provedBy: null };
    const provedBy = entry.proved_by !== undefined && RUN_URL.test(entry.proved_by) ? entry.proved_by : null;
    return { ...row, result: 'already passed', detail: 'a run with the same pass key passed', provedBy };
}
function laneRow(lane, title, legs, laneJobs) {
    const leg = legs?.get(title);
    if (leg) {
        const url = leg.url;
        switch (leg.conclusion) {
            case 'success':
                return { lane, title, result: 'passed', detail: 'leg succeeded', url };
            case 'failure':
                return { lane, title, result: 'failed', detail: 'leg failed', url };
            case 'cancelled':
                return { lane, title, result: 'cancelled', detail: 'leg cancelled', url };
            case 'skipped':
                return { lane, title, result: 'not run', detail: 'leg skipped', url };
            case null:
                return { lane, title, result: 'running', detail: 'leg has not finished', url };
            default:
                return { lane, title, result: 'unknown', detail: `leg concluded \`${leg.conclusion}\``, url };
        }
    }
    const results = [...new Set(laneJobs.map(([, need]) => need.result))];
    if (results.length === 1 && results[0] === 'success') {
        return { lane, title, result: 'passed', detail: 'every leg of the lane job succeeded', url: null };
    }
    if (results.length === 1 && results[0] === 'skipped') {
        return { lane, title, result: 'not run', detail: 'the lane job was skipped', url: null };
    }
    return {
        lane,
        title,
        result: 'unknown',
        detail: legs === null
            ? `lane job result: ${results.join(', ') || 'none'}; per-leg results need the jobs API (token with \`actions: read\`)`
            : `no job named \`${title}\` in this workflow run (name the matrix job \`\${{ matrix.title }}\`)`,
        url: null,
    };
}

// EXTERNAL MODULE: ./src/action/report.ts
var report = __webpack_require__(31658);
;// CONCATENATED MODULE: ./src/action/report-command.ts
/**
 * `command: report` — the stable-named aggregate check for branch protection. Reads the plan
 * output and `toJSON(needs)`, asks the jobs API for each leg's own conclusion (best effort), writes
 * one combined summary table, sets `status`, and fails the step unless every planned lane passed.
 */





const ICON = {
    passed: '✅ passed',
    'already passed': '♻️ already passed',
    failed: '❌ failed',
    cancelled: '🚫 cancelled',
    'not run': '⏭️ not run',
    blocked: '🔒 not run (fork)',
    unknown: '❔ unknown',
    running: '⏳ running',
};
async function runReportCommand() {
    const needs = parseNeedsInput(toolkit/* getInput */.V4('needs'));
    const planText = toolkit/* getInput */.V4('plan');
    const broken = Object.entries(needs).filter(([, need]) => need.result === 'failure' || need.result === 'cancelled');
    if (planText.trim() === '' && broken.length > 0) {
        // The plan job failed (or was cancelled), so there is no plan output: fail on that, not on the input.
        toolkit/* setOutput */.uH('status', 'failed');
        toolkit/* setFailed */.C1(`pikaci: ${broken.map(([name, need]) => `\`${name}\` ${need.result}`).join(', ')}; no plan to report on`);
        return;
    }
    const plan = parsePlanInput(planText);
    const jobs = plan.matrix.include.length > 0 ? await workflowJobs(toolkit/* getInput */.V4('token'), process.env) : null;
    const result = aggregate(plan, needs, jobs === null ? null : legResults(jobs));
    toolkit/* info */.pq(`${result.passed ? 'passed' : 'failed'}: ${result.reason}`);
    for (const row of result.rows)
        toolkit/* info */.pq(`  ${row.result.padEnd(9)} ${row.lane}  ${row.detail}`);
    toolkit/* setOutput */.uH('status', result.passed ? 'passed' : 'failed');
    if (process.env['GITHUB_STEP_SUMMARY'])
        await toolkit/* summary */.z
            .addRaw(reportMarkdown(result, jobs === null ? '' : reportTimelineMarkdown(jobs)))
            .write();
    if (!result.passed)
        toolkit/* setFailed */.C1(`pikaci: ${result.reason}`);
}
async function workflowJobs(token, env) {
    const runId = Number(env['GITHUB_RUN_ID']);
    if (token === '' || !Number.isInteger(runId) || runId <= 0) {
        toolkit/* info */.pq("per-lane results: no token or GITHUB_RUN_ID, so only the lane job's overall result is known");
        return null;
    }
    const { listWorkflowRunJobs } = await __webpack_require__.e(/* import() */ 20).then(__webpack_require__.bind(__webpack_require__, 98991));
    try {
        return await listWorkflowRunJobs({ token, repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] || null }, runId);
    }
    catch (error) {
        toolkit/* warning */.$e(`per-lane results unavailable (${(0,errors/* errorMessage */.gJ)(error)}); the decision uses \`needs\` only`);
        return null;
    }
}
function legResults(jobs) {
    const legs = new Map();
    for (const job of jobs)
        legs.set(laneTitle(job.name), { conclusion: job.conclusion, url: job.html_url });
    return legs;
}
/** A reusable workflow prefixes its jobs with `<caller job> / `. */
function laneTitle(jobName) {
    return jobName.includes(' / ') ? jobName.slice(jobName.lastIndexOf(' / ') + 3) : jobName;
}
/**
 * The workflow run's jobs as a Mermaid timeline with the critical path in red, and that path in words;
 * empty when no job has started or there are too many to draw (README "command: report").
 */
function reportTimelineMarkdown(jobs) {
    const timeline = workflowTimeline(jobs.map((job) => ({
        name: laneTitle(job.name),
        conclusion: job.conclusion,
        startedAt: job.started_at,
        completedAt: job.completed_at,
    })));
    const chart = (0,mermaid/* timelineMermaid */.pg)(timeline, 'workflow run', 'critical_path');
    if (chart === null)
        return '';
    const path = criticalPath(timeline.bars);
    const span = path.length > 0 ? path[path.length - 1].endMs - path[0].startMs : 0;
    const names = path.map((bar) => `\`${(0,report/* markdownText */.p7)(bar.label)}\``).join(' → ');
    return ['### Timeline', '', chart, `Critical path (${duration(span)}, in red): ${names}`, ''].join('\n');
}
function duration(ms) {
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}
function reportMarkdown(result, timeline = '') {
    const lines = [`## pikaci: ${result.passed ? '✅ passed' : '❌ failed'}`, '', cell(result.reason), ''];
    if (result.rows.length > 0) {
        lines.push('| lane | title | result | detail |', '| --- | --- | --- | --- |');
        for (const row of result.rows) {
            const title = row.url ? `[${cell(row.title)}](${row.url})` : cell(row.title);
            const proof = row.provedBy ? ` ([the run that proved it](${row.provedBy}))` : '';
            lines.push(`| \`${cell(row.lane)}\` | ${title} | ${ICON[row.result]} | ${cell(row.detail)}${proof} |`);
        }
        lines.push('');
    }
    lines.push(`Jobs: ${result.jobs.map((job) => `\`${job.name}\` ${job.result}`).join(', ') || 'none'}`, '');
    if (timeline !== '')
        lines.push(timeline);
    return lines.join('\n');
}
/** Repository text in a table cell: no line breaks, no pipes, no HTML (README "Security"). */
function cell(text) {
    return (0,report/* markdownText */.p7)(text);
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

/***/ 88577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ timestampMs),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   wX: () => (/* binding */ TimestampSchema)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * Timestamps in records: written as RFC 3339 UTC with `Z` (millisecond precision); read in any
 * RFC 3339 form, including upstream's `+00:00` offset with up to 9 fractional digits.
 */

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|z|[+-]\d{2}:\d{2})$/;
const TimestampSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(RFC3339, 'expected an RFC 3339 timestamp such as 2026-03-19T01:02:03Z');
function rfc3339(date = new Date()) {
    return date.toISOString();
}
/** Milliseconds since the epoch of an RFC 3339 timestamp (any offset, any precision). */
function timestampMs(value) {
    return Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
}


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

/***/ 27765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I$: () => (/* binding */ runTimelineMermaid),
  pg: () => (/* binding */ timelineMermaid)
});

// UNUSED EXPORTS: mermaidLabel

// EXTERNAL MODULE: ./src/records/time.ts
var time = __webpack_require__(88577);
;// CONCATENATED MODULE: ./src/timeline/bars.ts
/**
 * Where a run's time went, as bars on one time axis: the run's prepare nodes, then each job and its
 * recorded phases, in the order they started. One model for every picture of it (the Mermaid chart
 * in job summaries, the SVG in `pikaci show --html`), so they cannot disagree. Pure.
 */

/** More bars than this make a chart nobody reads (and a big summary): callers show the table alone. */
const MAX_TIMELINE_BARS = 60;
/**
 * The bars of a run. A job that has not finished ends at the latest time the record knows of, so a
 * live run still draws; a timestamp that does not parse leaves its bar out rather than skewing the axis.
 */
function runTimeline(run) {
    const known = [
        (0,time/* timestampMs */.R5)(run.created_at),
        ...(run.finished_at ? [(0,time/* timestampMs */.R5)(run.finished_at)] : []),
        ...run.prepare_timings.map((t) => (0,time/* timestampMs */.R5)(t.finished_at)),
        ...run.jobs.flatMap((job) => [
            (0,time/* timestampMs */.R5)(job.started_at),
            ...(job.finished_at ? [(0,time/* timestampMs */.R5)(job.finished_at)] : []),
            ...(job.remote_linux_vm_execution?.phases ?? []).map((p) => (0,time/* timestampMs */.R5)(p.finished_at)),
        ]),
    ].filter(Number.isFinite);
    const latest = known.length > 0 ? Math.max(...known) : 0;
    const bars = [];
    const prepare = [...run.prepare_timings].sort(byStart);
    for (const timing of prepare) {
        push(bars, { section: 'prepare', label: timing.node_id, kind: 'prepare', status: 'passed' }, timing.started_at, timing.finished_at);
    }
    for (const job of [...run.jobs].sort(byStart)) {
        push(bars, { section: job.id, label: job.id, kind: 'job', status: job.status }, job.started_at, job.finished_at ?? latest);
        const phases = [...(job.remote_linux_vm_execution?.phases ?? [])].sort(byStart);
        for (const phase of phases) {
            push(bars, { section: job.id, label: phase.phase, kind: 'phase', status: 'phase' }, phase.started_at, phase.finished_at);
        }
    }
    const startMs = bars.length > 0 ? Math.min(...bars.map((b) => b.startMs)) : 0;
    const endMs = bars.length > 0 ? Math.max(...bars.map((b) => b.endMs)) : 0;
    return { bars, startMs, endMs };
}
function byStart(a, b) {
    return (0,time/* timestampMs */.R5)(a.started_at) - (0,time/* timestampMs */.R5)(b.started_at);
}
function push(bars, bar, start, end) {
    const startMs = (0,time/* timestampMs */.R5)(start);
    const endMs = typeof end === 'number' ? end : (0,time/* timestampMs */.R5)(end);
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs))
        return;
    bars.push({ ...bar, startMs, endMs: Math.max(startMs, endMs), critical: false });
}

;// CONCATENATED MODULE: ./src/timeline/mermaid.ts
/**
 * A timeline as a Mermaid `gantt` chart, which GitHub renders in Markdown and job summaries. Every
 * string from a record or the catalog goes through `mermaidLabel`, so a job id cannot end a line,
 * start a directive, open a comment or add HTML (README "Security").
 */

const MAX_LABEL_CHARS = 60;
function tag(bar, highlight) {
    const red = highlight === 'failures' ? bar.status === 'failed' : bar.critical;
    if (red)
        return 'crit, ';
    switch (bar.status) {
        case 'running':
            return 'active, ';
        case 'phase':
            return '';
        case 'passed':
        case 'failed':
        case 'skipped':
            return 'done, ';
        default:
            return unreachable(bar.status);
    }
}
function unreachable(value) {
    throw new Error(`unhandled bar status ${String(value)}`);
}
const MARK = {
    passed: '✔',
    failed: '✘',
    skipped: '⏭',
    running: '…',
    phase: '·',
};
/** The Mermaid chart of a run's jobs and phases, or null when there is nothing to draw or too much. */
function runTimelineMermaid(run) {
    return timelineMermaid(runTimeline(run), `run ${run.run_id}`, 'failures');
}
/**
 * A fenced ```` ```mermaid ```` block, or null when the timeline has no bars or more than
 * `MAX_TIMELINE_BARS` (the caller then shows its table alone). Times are absolute (`dateFormat x`,
 * milliseconds since the epoch), so the axis reads as the viewer's clock time.
 */
function timelineMermaid(timeline, title, highlight) {
    if (timeline.bars.length === 0 || timeline.bars.length > MAX_TIMELINE_BARS)
        return null;
    const lines = [
        '```mermaid',
        'gantt',
        `  title ${mermaidLabel(title)}`,
        '  dateFormat x',
        '  axisFormat %H:%M:%S',
    ];
    let section = null;
    for (const bar of timeline.bars) {
        if (bar.section !== section) {
            section = bar.section;
            lines.push(`  section ${mermaidLabel(section)}`);
        }
        // Every task name starts with a mark, so no label can be read as a keyword (`title`, `section`…).
        lines.push(`    ${MARK[bar.status]} ${mermaidLabel(bar.label)} :${tag(bar, highlight)}${bar.startMs}, ${bar.endMs}`);
    }
    lines.push('```');
    return `${lines.join('\n')}\n`;
}
/**
 * Text Mermaid shows as is: letters, digits, spaces and `._-/+@,()[]=`; anything else (`:` ends a
 * task name, `;` and `#` end its data, `%%` starts a comment, `<`/`&` are HTML) becomes `_`.
 */
function mermaidLabel(text) {
    const safe = text
        .replace(/[^\p{L}\p{N} ._\-/+@,()[\]=]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const bounded = safe.length > MAX_LABEL_CHARS ? `${safe.slice(0, MAX_LABEL_CHARS - 1)}…` : safe;
    return bounded === '' ? '_' : bounded;
}


/***/ })

};
