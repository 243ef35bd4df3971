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
  runReportCommand: () => (/* binding */ runReportCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(3894);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
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
    matrix: schemas/* object */.Ikc({ include: schemas/* array */.YOg(schemas/* object */.Ikc({ lane: schemas/* string */.YjP(), title: schemas/* string */.YjP() })) }),
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
    const result = schema.safeParse(json);
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
        ...runnable.map((entry) => laneRow(entry.lane, entry.title, legs, laneJobs)),
        ...blocked.map((lane) => ({
            lane: lane.lane,
            title: lane.title,
            result: 'blocked',
            detail: lane.reason,
            url: null,
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

;// CONCATENATED MODULE: ./src/action/report-command.ts
/**
 * `command: report` — the stable-named aggregate check for branch protection. Reads the plan
 * output and `toJSON(needs)`, asks the jobs API for each leg's own conclusion (best effort), writes
 * one combined summary table, sets `status`, and fails the step unless every planned lane passed.
 */



const ICON = {
    passed: '✅ passed',
    failed: '❌ failed',
    cancelled: '🚫 cancelled',
    'not run': '⏭️ not run',
    blocked: '🔒 not run (fork)',
    unknown: '❔ unknown',
    running: '⏳ running',
};
async function runReportCommand() {
    const needs = parseNeedsInput(core/* getInput */.V4('needs'));
    const planText = core/* getInput */.V4('plan');
    const broken = Object.entries(needs).filter(([, need]) => need.result === 'failure' || need.result === 'cancelled');
    if (planText.trim() === '' && broken.length > 0) {
        // The plan job failed (or was cancelled), so there is no plan output: fail on that, not on the input.
        core/* setOutput */.uH('status', 'failed');
        core/* setFailed */.C1(`pikaci: ${broken.map(([name, need]) => `\`${name}\` ${need.result}`).join(', ')}; no plan to report on`);
        return;
    }
    const plan = parsePlanInput(planText);
    const legs = plan.matrix.include.length > 0 ? await legResults(core/* getInput */.V4('token'), process.env) : null;
    const result = aggregate(plan, needs, legs);
    core/* info */.pq(`${result.passed ? 'passed' : 'failed'}: ${result.reason}`);
    for (const row of result.rows)
        core/* info */.pq(`  ${row.result.padEnd(9)} ${row.lane}  ${row.detail}`);
    core/* setOutput */.uH('status', result.passed ? 'passed' : 'failed');
    if (process.env['GITHUB_STEP_SUMMARY'])
        await core/* summary */.z.addRaw(reportMarkdown(result)).write();
    if (!result.passed)
        core/* setFailed */.C1(`pikaci: ${result.reason}`);
}
async function legResults(token, env) {
    const runId = Number(env['GITHUB_RUN_ID']);
    if (token === '' || !Number.isInteger(runId) || runId <= 0) {
        core/* info */.pq("per-lane results: no token or GITHUB_RUN_ID, so only the lane job's overall result is known");
        return null;
    }
    const { listWorkflowRunJobs } = await __webpack_require__.e(/* import() */ 517).then(__webpack_require__.bind(__webpack_require__, 31517));
    try {
        const jobs = await listWorkflowRunJobs({ token, repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] || null }, runId);
        const legs = new Map();
        for (const job of jobs) {
            // A reusable workflow prefixes its jobs with `<caller job> / `.
            const title = job.name.includes(' / ') ? job.name.slice(job.name.lastIndexOf(' / ') + 3) : job.name;
            legs.set(title, { conclusion: job.conclusion, url: job.html_url });
        }
        return legs;
    }
    catch (error) {
        core/* warning */.$e(`per-lane results unavailable (${(0,errors/* errorMessage */.gJ)(error)}); the decision uses \`needs\` only`);
        return null;
    }
}
function reportMarkdown(result) {
    const lines = [`## pikaci: ${result.passed ? '✅ passed' : '❌ failed'}`, '', cell(result.reason), ''];
    if (result.rows.length > 0) {
        lines.push('| lane | title | result | detail |', '| --- | --- | --- | --- |');
        for (const row of result.rows) {
            const title = row.url ? `[${cell(row.title)}](${row.url})` : cell(row.title);
            lines.push(`| \`${cell(row.lane)}\` | ${title} | ${ICON[row.result]} | ${cell(row.detail)} |`);
        }
        lines.push('');
    }
    lines.push(`Jobs: ${result.jobs.map((job) => `\`${job.name}\` ${job.result}`).join(', ') || 'none'}`, '');
    return lines.join('\n');
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}


/***/ })

};
