export const id = 430;
export const ids = [430];
export const modules = {

/***/ 50430:
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
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
// EXTERNAL MODULE: ./src/timeline/index.ts + 4 modules
var src_timeline = __webpack_require__(24385);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
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
        throw new util/* InputError */.dz(`\`command: report\` needs the \`${name}\` input`, {
            where: `input \`${name}\``,
            hint,
        });
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new util/* InputError */.dz(`the \`${name}\` input is not JSON: ${error.message}`, {
            where: `input \`${name}\``,
            hint,
        });
    }
    const result = schema.safeParse(json);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    throw new util/* InputError */.dz(`the \`${name}\` input: \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`, {
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
    const { listWorkflowRunJobs } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 36875));
    try {
        return await listWorkflowRunJobs({ token, repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] || null }, runId);
    }
    catch (error) {
        toolkit/* warning */.$e(`per-lane results unavailable (${(0,util/* errorMessage */.gJ)(error)}); the decision uses \`needs\` only`);
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
    const timeline = (0,src_timeline/* workflowTimeline */.r)(jobs.map((job) => ({
        name: laneTitle(job.name),
        conclusion: job.conclusion,
        startedAt: job.started_at,
        completedAt: job.completed_at,
    })));
    const chart = (0,src_timeline/* timelineMermaid */.pg)(timeline, 'workflow run', 'critical_path');
    if (chart === null)
        return '';
    const path = (0,src_timeline/* criticalPath */.vC)(timeline.bars);
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

/***/ 24385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vC: () => (/* reexport */ criticalPath),
  I$: () => (/* reexport */ runTimelineMermaid),
  pg: () => (/* reexport */ timelineMermaid),
  r: () => (/* reexport */ workflowTimeline)
});

// UNUSED EXPORTS: MAX_TIMELINE_BARS, formatDuration, mermaidLabel, runTimeline, timelineSvg

// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
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
        (0,records/* timestampMs */.R5)(run.created_at),
        ...(run.finished_at ? [(0,records/* timestampMs */.R5)(run.finished_at)] : []),
        ...run.prepare_timings.map((t) => (0,records/* timestampMs */.R5)(t.finished_at)),
        ...run.jobs.flatMap((job) => [
            (0,records/* timestampMs */.R5)(job.started_at),
            ...(job.finished_at ? [(0,records/* timestampMs */.R5)(job.finished_at)] : []),
            ...(job.remote_linux_vm_execution?.phases ?? []).map((p) => (0,records/* timestampMs */.R5)(p.finished_at)),
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
    return (0,records/* timestampMs */.R5)(a.started_at) - (0,records/* timestampMs */.R5)(b.started_at);
}
function push(bars, bar, start, end) {
    const startMs = (0,records/* timestampMs */.R5)(start);
    const endMs = typeof end === 'number' ? end : (0,records/* timestampMs */.R5)(end);
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

// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
;// CONCATENATED MODULE: ./src/timeline/svg.ts
/**
 * A timeline as an inline SVG (the HTML view): one row per bar, jobs bold, phases indented under their
 * job, the width scaled to the run's span, a `<title>` tooltip on each bar. Every label is escaped.
 */

const WIDTH = 1000;
const LABEL_WIDTH = 260;
const ROW = 22;
const AXIS = 24;
const svg_MAX_LABEL_CHARS = 40;
const FILL = {
    passed: '#2da44e',
    failed: '#cf222e',
    skipped: '#8c959f',
    running: '#bf8700',
    phase: '#54aeff',
};
function timelineSvg(timeline) {
    const { bars } = timeline;
    const span = Math.max(1, timeline.endMs - timeline.startMs);
    // Room on the right for the duration printed after the last bar.
    const plot = WIDTH - LABEL_WIDTH - 60;
    const x = (ms) => LABEL_WIDTH + ((ms - timeline.startMs) / span) * plot;
    const height = AXIS + bars.length * ROW + 4;
    const ticks = Array.from({ length: 5 }, (_, i) => (span * i) / 4).map((offset) => `<line x1="${x(timeline.startMs + offset).toFixed(1)}" y1="${AXIS - 4}" x2="${x(timeline.startMs + offset).toFixed(1)}" y2="${height}" class="tick"/>` +
        `<text x="${x(timeline.startMs + offset).toFixed(1)}" y="${AXIS - 8}" text-anchor="middle" class="axis">+${formatDuration(offset)}</text>`);
    const rows = bars.map((bar, i) => {
        const y = AXIS + i * ROW;
        const left = x(bar.startMs);
        const width = Math.max(2, x(bar.endMs) - left);
        const indent = bar.kind === 'phase' ? 16 : 0;
        const label = bar.label.length > svg_MAX_LABEL_CHARS ? `${bar.label.slice(0, svg_MAX_LABEL_CHARS - 1)}…` : bar.label;
        const tooltip = `${bar.label} (${bar.kind}${bar.kind === 'phase' ? '' : `, ${bar.status}`}): ${formatDuration(bar.endMs - bar.startMs)}`;
        return (`<g class="bar ${bar.kind} ${bar.status}" data-label="${escapeHtml(bar.label)}">` +
            `<title>${escapeHtml(tooltip)}</title>` +
            `<text x="${4 + indent}" y="${y + 15}" class="label${bar.kind === 'phase' ? '' : ' strong'}">${escapeHtml(label)}</text>` +
            `<rect x="${left.toFixed(1)}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 6}" rx="3" fill="${FILL[bar.status]}"/>` +
            `<text x="${(left + width + 4).toFixed(1)}" y="${y + 15}" class="duration">${formatDuration(bar.endMs - bar.startMs)}</text>` +
            `</g>`);
    });
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="run timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
        ...ticks,
        ...rows,
        '</svg>',
    ].join('\n');
}
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '—';
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

;// CONCATENATED MODULE: ./src/timeline/index.ts
/** Pictures of where time went: one bar model, drawn as Mermaid (summaries) and SVG (HTML view). */






/***/ })

};
