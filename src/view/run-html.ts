/**
 * `pikaci show --html`: one run as one self-contained HTML page — a timeline SVG, the job table, each
 * job's logs in a `<details>` (failed jobs open) with their ANSI colours, and the prepared outputs. No
 * script, no network: a Content-Security-Policy forbids both, and every record and log string is
 * escaped (README "The HTML view"). Pure: the caller reads the logs and writes the file.
 */
import type { JobRecord, RunBundle, RunRecord } from '../records/index.js';
import { formatDuration, runTimeline, timelineSvg } from '../timeline/index.js';
import { escapeHtml } from '../util/index.js';
import { ansiToHtml } from './ansi.js';

/** A log as read for the page, and the file it was read from: its text (the tail when long), or why there is none. */
export type LogText =
  | { kind: 'text'; path: string; text: string; omittedBytes: number }
  | { kind: 'missing'; path: string; reason: string };

export interface RunHtmlInput {
  bundle: RunBundle;
  /** Host and guest log of each job, by job id. */
  logs: ReadonlyMap<string, { host: LogText; guest: LogText }>;
}

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

export function runHtml(input: RunHtmlInput): string {
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

function runFacts(run: RunRecord): string {
  const e = escapeHtml;
  const facts: Array<[string, string]> = [
    ['target', `${run.target_id ?? '—'}${run.target_description ? ` — ${run.target_description}` : ''}`],
    ['head', run.git_head ? `${run.git_head}${run.git_dirty ? ' (dirty)' : ''}` : '—'],
    ['created', run.created_at],
    ['finished', run.finished_at ?? '—'],
    ...(run.rerun_of ? [['rerun of', run.rerun_of] as [string, string]] : []),
    ...(run.message ? [['message', run.message] as [string, string]] : []),
  ];
  return `<table class="facts">${facts.map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>`;
}

function jobTable(run: RunRecord): string {
  const e = escapeHtml;
  const rows = run.jobs.map((job) => {
    const phases = job.remote_linux_vm_execution?.phases ?? [];
    return (
      `<tr class="job ${job.status}"><td><code>${e(job.id)}</code><br>${e(job.description)}</td>` +
      `<td class="status ${job.status}">${e(job.status)}${job.message ? `<br>${e(job.message)}` : ''}</td>` +
      `<td>${jobDuration(job)}</td><td>${job.exit_code ?? '—'}</td>` +
      `<td>${e(job.placement ?? '?')} / ${e(job.runtime ?? '?')}</td>` +
      `<td>${phases.map((p) => `${e(p.phase)} ${formatDuration(p.duration_ms)}`).join('<br>') || '—'}</td></tr>`
    );
  });
  return [
    '<table class="jobs"><thead><tr><th>job</th><th>status</th><th>duration</th><th>exit</th><th>placement / runtime</th><th>phases</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

function jobLogs(job: JobRecord, index: number, logs: { host: LogText; guest: LogText } | undefined): string {
  const e = escapeHtml;
  const open = job.status === 'failed' ? ' open' : '';
  const parts = logs
    ? [logBlock('guest log', logs.guest), logBlock('host log', logs.host)]
    : ['<p class="note">Logs not read.</p>'];
  return (
    `<details class="job-log ${job.status}" id="job-${index}" data-job="${e(job.id)}"${open}>` +
    `<summary>${e(job.id)} — <span class="${job.status}">${e(job.status)}</span>${job.exit_code === null ? '' : ` (exit ${job.exit_code})`}</summary>\n` +
    `${parts.join('\n')}</details>`
  );
}

function logBlock(title: string, log: LogText): string {
  const e = escapeHtml;
  const path = log.path;
  if (log.kind === 'missing')
    return `<h3>${e(title)}</h3><p class="note">${e(log.reason)} (<code>${e(path)}</code>)</p>`;
  const note =
    log.omittedBytes > 0
      ? `<p class="note">The first ${log.omittedBytes} bytes are left out; the full log is <code>${e(path)}</code>.</p>`
      : '';
  const body =
    log.text === '' ? '<p class="note">empty</p>' : `<pre class="log">${ansiToHtml(log.text)}</pre>`;
  return `<h3>${e(title)} <small><code>${e(path)}</code></small></h3>${note}${body}`;
}

function preparedTable(prepared: RunBundle['prepared_outputs']): string {
  const e = escapeHtml;
  if (prepared === null || prepared.outputs.length === 0) return '<p class="note">None.</p>';
  const rows = prepared.outputs.map(
    (output) =>
      `<tr><td><code>${e(output.node_id)}</code></td><td>${e(output.installable)}</td><td>${e(output.output_name)}</td>` +
      `<td>${e(realizedWhere(output))}</td><td class="${output.status === 'failed' ? 'failed' : 'passed'}">${e(output.status)}${output.error ? `: ${e(output.error)}` : ''}</td>` +
      `<td>${e(output.consumer)}</td><td><code>${e(output.realized_path)}</code></td><td>${e(output.payload?.kind ?? '—')}</td></tr>`,
  );
  return [
    '<table class="prepared"><thead><tr><th>node</th><th>installable</th><th>output</th><th>where</th><th>status</th><th>consumer</th><th>realized path</th><th>payload</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ].join('\n');
}

/** `built on <host>`, `reused on <host> (from run <id>)`, or the residency alone for older records. */
function realizedWhere(output: NonNullable<RunBundle['prepared_outputs']>['outputs'][number]): string {
  const host = output.host ?? output.placement;
  if (output.realization === null || host === null) return output.residency;
  const from = output.reused_from_run === null ? '' : ` (from run ${output.reused_from_run})`;
  return `${output.realization} on ${host}${from}`;
}

function jobDuration(job: JobRecord): string {
  if (!job.finished_at) return '—';
  return formatDuration(Date.parse(job.finished_at) - Date.parse(job.started_at));
}
