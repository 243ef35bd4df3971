export const id = 7251;
export const ids = [7251];
export const modules = {

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

/***/ 47251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHtml: () => (/* reexport */ runHtml)
});

// UNUSED EXPORTS: ansiToHtml

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

;// CONCATENATED MODULE: ./src/util/html.ts
/** Text inside HTML or SVG, element content or a quoted attribute: the five special characters as entities. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

;// CONCATENATED MODULE: ./src/timeline/svg.ts
/**
 * A timeline as an inline SVG (the HTML view): one row per bar, jobs bold, phases indented under their
 * job, the width scaled to the run's span, a `<title>` tooltip on each bar. Every label is escaped.
 */

const WIDTH = 1000;
const LABEL_WIDTH = 260;
const ROW = 22;
const AXIS = 24;
const MAX_LABEL_CHARS = 40;
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
        const label = bar.label.length > MAX_LABEL_CHARS ? `${bar.label.slice(0, MAX_LABEL_CHARS - 1)}…` : bar.label;
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

;// CONCATENATED MODULE: ./src/view/ansi.ts
/**
 * Terminal output as HTML: SGR colours 30–37 and 90–97, bold (1, 22) and resets (0, 39, empty) become
 * `<span class="…">`; every other escape sequence is dropped and all text is HTML-escaped, so a log
 * can colour itself but never add markup (README "The HTML view").
 */

/** CSI … final byte, OSC … BEL/ST, ESC + intermediates + final (charset choice), and ESC + one character. */
const ESCAPE = 
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
/\x1b\[([0-?]*)[ -/]*([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]+[0-~]|\x1b[@-Z\\-_]?/g;
function ansiToHtml(text) {
    let out = '';
    let style = { fg: null, bold: false };
    let last = 0;
    for (const match of text.matchAll(ESCAPE)) {
        out += span(style, text.slice(last, match.index));
        last = match.index + match[0].length;
        if (match[2] === 'm')
            style = applySgr(style, match[1] ?? '');
    }
    out += span(style, text.slice(last));
    return out;
}
function applySgr(style, params) {
    const codes = params === '' ? [0] : params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
    let next = { ...style };
    for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        if (code === 0)
            next = { fg: null, bold: false };
        else if (code === 1)
            next.bold = true;
        else if (code === 22)
            next.bold = false;
        else if (code === 39)
            next.fg = null;
        else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97))
            next.fg = code;
        // 38/48 (extended colours) carry their own parameters: skip them, they are not shown.
        else if (code === 38 || code === 48)
            i += codes[i + 1] === 5 ? 2 : codes[i + 1] === 2 ? 4 : 0;
    }
    return next;
}
function span(style, text) {
    if (text === '')
        return '';
    const classes = [...(style.fg === null ? [] : [`ansi-${style.fg}`]), ...(style.bold ? ['ansi-bold'] : [])];
    const escaped = escapeHtml(text);
    return classes.length === 0 ? escaped : `<span class="${classes.join(' ')}">${escaped}</span>`;
}

;// CONCATENATED MODULE: ./src/view/run-html.ts



const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1f2328; background: #fff; }
code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
.status { font-weight: 600; } .passed { color: #1a7f37; } .failed { color: #cf222e; } .running { color: #9a6700; } .skipped { color: #57606a; }
details.job-log { margin: 8px 0; border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 10px; }
details.job-log > summary { cursor: pointer; font-weight: 600; }
pre.log { background: #0d1117; color: #e6edf3; padding: 10px; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
.note { color: #57606a; font-style: italic; }
svg.timeline { max-width: 100%; height: auto; } svg .label { font-size: 12px; fill: #1f2328; } svg .strong { font-weight: 600; }
svg .axis, svg .duration { font-size: 11px; fill: #57606a; } svg .tick { stroke: #d0d7de; }
.ansi-bold { font-weight: 700; }
.ansi-30 { color: #6e7681; } .ansi-31 { color: #ff7b72; } .ansi-32 { color: #3fb950; } .ansi-33 { color: #d29922; }
.ansi-34 { color: #58a6ff; } .ansi-35 { color: #bc8cff; } .ansi-36 { color: #39c5cf; } .ansi-37 { color: #b1bac4; }
.ansi-90 { color: #8b949e; } .ansi-91 { color: #ffa198; } .ansi-92 { color: #56d364; } .ansi-93 { color: #e3b341; }
.ansi-94 { color: #79c0ff; } .ansi-95 { color: #d2a8ff; } .ansi-96 { color: #56d4dd; } .ansi-97 { color: #ffffff; }
`;
function runHtml(input) {
    const { run, prepared_outputs: prepared } = input.bundle;
    const timeline = runTimeline(run);
    const e = escapeHtml;
    return [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>pikaci run ${e(run.run_id)} — ${e(run.status)}</title>`,
        `<style>${STYLE}</style>`,
        '</head><body>',
        `<h1>pikaci run <code>${e(run.run_id)}</code> <span class="status ${run.status}">${e(run.status)}</span></h1>`,
        runFacts(run),
        '<h2>Timeline</h2>',
        timeline.bars.length === 0 ? '<p class="note">No job started.</p>' : timelineSvg(timeline),
        '<h2>Jobs</h2>',
        jobTable(run),
        '<h2>Logs</h2>',
        ...run.jobs.map((job, index) => jobLogs(job, index, input.logs.get(job.id))),
        ...(run.jobs.length === 0 ? ['<p class="note">No jobs ran.</p>'] : []),
        '<h2>Prepared outputs</h2>',
        preparedTable(prepared),
        '</body></html>',
        '',
    ].join('\n');
}
function runFacts(run) {
    const e = escapeHtml;
    const facts = [
        ['target', `${run.target_id ?? '—'}${run.target_description ? ` — ${run.target_description}` : ''}`],
        ['head', run.git_head ? `${run.git_head}${run.git_dirty ? ' (dirty)' : ''}` : '—'],
        ['created', run.created_at],
        ['finished', run.finished_at ?? '—'],
        ...(run.rerun_of ? [['rerun of', run.rerun_of]] : []),
        ...(run.message ? [['message', run.message]] : []),
    ];
    return `<table class="facts">${facts.map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>`;
}
function jobTable(run) {
    const e = escapeHtml;
    const rows = run.jobs.map((job) => {
        const phases = job.remote_linux_vm_execution?.phases ?? [];
        return (`<tr class="job ${job.status}"><td><code>${e(job.id)}</code><br>${e(job.description)}</td>` +
            `<td class="status ${job.status}">${e(job.status)}${job.message ? `<br>${e(job.message)}` : ''}</td>` +
            `<td>${jobDuration(job)}</td><td>${job.exit_code ?? '—'}</td>` +
            `<td>${e(job.placement ?? '?')} / ${e(job.runtime ?? '?')}</td>` +
            `<td>${phases.map((p) => `${e(p.phase)} ${formatDuration(p.duration_ms)}`).join('<br>') || '—'}</td></tr>`);
    });
    return [
        '<table class="jobs"><thead><tr><th>job</th><th>status</th><th>duration</th><th>exit</th><th>placement / runtime</th><th>phases</th></tr></thead><tbody>',
        ...rows,
        '</tbody></table>',
    ].join('\n');
}
function jobLogs(job, index, logs) {
    const e = escapeHtml;
    const open = job.status === 'failed' ? ' open' : '';
    const parts = logs
        ? [logBlock('guest log', logs.guest), logBlock('host log', logs.host)]
        : ['<p class="note">Logs not read.</p>'];
    return (`<details class="job-log ${job.status}" id="job-${index}" data-job="${e(job.id)}"${open}>` +
        `<summary>${e(job.id)} — <span class="${job.status}">${e(job.status)}</span>${job.exit_code === null ? '' : ` (exit ${job.exit_code})`}</summary>\n` +
        `${parts.join('\n')}</details>`);
}
function logBlock(title, log) {
    const e = escapeHtml;
    const path = log.path;
    if (log.kind === 'missing')
        return `<h3>${e(title)}</h3><p class="note">${e(log.reason)} (<code>${e(path)}</code>)</p>`;
    const note = log.omittedBytes > 0
        ? `<p class="note">The first ${log.omittedBytes} bytes are left out; the full log is <code>${e(path)}</code>.</p>`
        : '';
    const body = log.text === '' ? '<p class="note">empty</p>' : `<pre class="log">${ansiToHtml(log.text)}</pre>`;
    return `<h3>${e(title)} <small><code>${e(path)}</code></small></h3>${note}${body}`;
}
function preparedTable(prepared) {
    const e = escapeHtml;
    if (prepared === null || prepared.outputs.length === 0)
        return '<p class="note">None.</p>';
    const rows = prepared.outputs.map((output) => `<tr><td><code>${e(output.node_id)}</code></td><td>${e(output.installable)}</td><td>${e(output.output_name)}</td>` +
        `<td>${e(realizedWhere(output))}</td><td class="${output.status === 'failed' ? 'failed' : 'passed'}">${e(output.status)}${output.error ? `: ${e(output.error)}` : ''}</td>` +
        `<td>${e(output.consumer)}</td><td><code>${e(output.realized_path)}</code></td><td>${e(output.payload?.kind ?? '—')}</td></tr>`);
    return [
        '<table class="prepared"><thead><tr><th>node</th><th>installable</th><th>output</th><th>where</th><th>status</th><th>consumer</th><th>realized path</th><th>payload</th></tr></thead><tbody>',
        ...rows,
        '</tbody></table>',
    ].join('\n');
}
/** `built on <host>`, `reused on <host> (from run <id>)`, or the residency alone for older records. */
function realizedWhere(output) {
    const host = output.host ?? output.placement;
    if (output.realization === null || host === null)
        return output.residency;
    const from = output.reused_from_run === null ? '' : ` (from run ${output.reused_from_run})`;
    return `${output.realization} on ${host}${from}`;
}
function jobDuration(job) {
    if (!job.finished_at)
        return '—';
    return formatDuration(Date.parse(job.finished_at) - Date.parse(job.started_at));
}

;// CONCATENATED MODULE: ./src/view/index.ts
/** Views of recorded runs for people: the self-contained HTML page of `pikaci show --html`. */




/***/ })

};
