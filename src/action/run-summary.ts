/**
 * The job summary of a `run` step: lane, target, head, status, one row per job, a Mermaid timeline
 * of the jobs and their phases, the tail of each failed job's log in a collapsed block, and how to
 * fetch the artifact (README "command: run"). Pure string building that keeps the whole text under a
 * byte budget (GitHub aborts a step summary over 1 MiB): the log tails share what the fixed part
 * leaves, each trimmed from the front.
 */
import type { JobRecord, PassCacheRecord, RunRecord } from '../records/index.js';
import { runTimelineMermaid } from '../timeline/index.js';
import { markdownText } from './report.js';

/** GitHub's limit is 1 MiB per step; stay well inside it. */
export const SUMMARY_BUDGET_BYTES = 1024 * 1024 - 64 * 1024;
export const LOG_TAIL_LINES = 50;
const MAX_LINE_CHARS = 2000;
const MAX_CELL_CHARS = 300;

export type ArtifactOutcome =
  | { kind: 'uploaded'; name: string; id: number | null; simulated: boolean }
  | { kind: 'not_uploaded'; name: string; reason: string };

export interface RunSummaryInput {
  lane: { id: string; title: string };
  run: RunRecord;
  /** The last lines of each failed job's log (guest log, else host log), by job id. */
  logTails: ReadonlyMap<string, { source: 'guest' | 'host'; lines: readonly string[] }>;
  artifact: ArtifactOutcome;
  /** `owner/name` and the workflow run id, for the download commands. */
  repository: string;
  workflowRunId: string;
  /** With `skip-if-passed` after a miss: what became of the pass key (saved, or why not). */
  passNote?: string | null;
  budgetBytes?: number;
}

const STATUS_ICON: Record<RunRecord['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  running: '⏳ running',
};

export function runSummaryMarkdown(input: RunSummaryInput): string {
  const { run, lane } = input;
  if (run.pass_cache?.outcome === 'already_passed') return alreadyPassedMarkdown(input, run.pass_cache);
  const head = [
    `## pikaci · ${cell(lane.title)} (\`${cell(lane.id)}\`)`,
    '',
    `**${STATUS_ICON[run.status]}**${run.message ? ` — ${cell(run.message)}` : ''}`,
    '',
    `- target: \`${cell(run.target_id ?? '-')}\`${run.target_description ? ` — ${cell(run.target_description)}` : ''}`,
    `- head: ${run.git_head ? `\`${run.git_head.slice(0, 12)}\`${run.git_dirty ? ' (dirty)' : ''}` : '—'}`,
    `- run: \`${run.run_id}\``,
    ...(run.pass_cache
      ? [`- pass key: \`${cell(run.pass_cache.key)}\`${input.passNote ? ` — ${cell(input.passNote)}` : ''}`]
      : []),
    '',
    '| job | status | duration | exit | placement / runtime | image | phases |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...run.jobs.map(jobRow),
    ...(run.jobs.length === 0 ? ['| — | | | | | | no jobs ran |'] : []),
    '',
    ...timelineSection(run),
  ].join('\n');
  const tail = `${artifactSection(input)}\n`;

  const budget = input.budgetBytes ?? SUMMARY_BUDGET_BYTES;
  const failed = run.jobs.filter((job) => job.status === 'failed' && input.logTails.has(job.id));
  const left = budget - bytes(head) - bytes(tail);
  const perJob = failed.length === 0 ? 0 : Math.floor(left / failed.length);
  const sections = failed.map((job) => logSection(job, input.logTails.get(job.id)!, perJob));
  return [head, ...sections, tail].join('\n');
}

/**
 * A lane that was not run because a run with the same pass key passed (README "Skipping lanes that
 * already passed"): said as such, with the link to that run, and no job table.
 */
function alreadyPassedMarkdown(input: RunSummaryInput, pass: PassCacheRecord): string {
  const { run, lane } = input;
  const url = pass.proved_by_url;
  const proof = url
    ? `[the run that proved it](${url})`
    : pass.proved_by_run_id
      ? `run \`${cell(pass.proved_by_run_id)}\``
      : 'a run whose marker could not be read';
  return [
    `## pikaci · ${cell(lane.title)} (\`${cell(lane.id)}\`)`,
    '',
    `**♻️ passed — already passed** at ${proof}${pass.proved_at ? ` (${cell(pass.proved_at)})` : ''}`,
    '',
    'Nothing ran: a run with exactly these inputs (the same pass key) passed.',
    '',
    `- target: \`${cell(run.target_id ?? '-')}\`${run.target_description ? ` — ${cell(run.target_description)}` : ''}`,
    `- head: ${run.git_head ? `\`${run.git_head.slice(0, 12)}\`` : '—'}`,
    `- run: \`${run.run_id}\``,
    `- pass key: \`${cell(pass.key)}\``,
    '',
    artifactSection(input),
  ].join('\n');
}

/** The Mermaid timeline under the table; none when it would have no bars or too many to read. */
function timelineSection(run: RunRecord): string[] {
  const chart = runTimelineMermaid(run);
  return chart === null ? [] : ['### Timeline', '', chart];
}

function jobRow(job: JobRecord): string {
  const vm = job.remote_linux_vm_execution;
  // Records written before `image` existed carry only upstream's `incus_image`.
  const shown =
    vm?.image ??
    (vm?.incus_image ? { name: vm.incus_image.alias, digest: vm.incus_image.fingerprint } : null);
  const image = shown
    ? `${cell(shown.name)}${shown.digest ? ` \`${shown.digest.replace(/^sha256:/, '').slice(0, 12)}\`` : ''}`
    : '—';
  const phases = vm?.phases.length
    ? vm.phases.map((p) => `${p.phase} ${seconds(p.duration_ms)}`).join('<br>')
    : '—';
  const message = job.message ? `<br>${cell(job.message)}` : '';
  return `| \`${cell(job.id)}\` | ${STATUS_ICON[job.status]}${message} | ${duration(job)} | ${job.exit_code ?? '—'} | ${job.placement ?? '?'} / ${job.runtime ?? '?'} | ${image} | ${phases} |`;
}

function logSection(
  job: JobRecord,
  tail: { source: 'guest' | 'host'; lines: readonly string[] },
  budget: number,
): string {
  const lines = tail.lines.map((line) =>
    line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)} …` : line,
  );
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(lines) + 1));
  const open = `<details><summary>${tail.source} log of <code>${html(job.id)}</code>: last ${lines.length} lines</summary>\n\n${fence}text\n`;
  const close = `\n${fence}\n\n</details>\n`;
  const droppedNote = (dropped: number): string =>
    `(${dropped} earlier lines left out to keep the summary under 1 MiB; the full log is in the artifact)\n`;
  // Room for the note as if every line were dropped, and for the newlines that join the sections.
  const room = budget - bytes(open) - bytes(close) - bytes(droppedNote(lines.length)) - 8;
  const kept: string[] = [];
  let used = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const size = bytes(lines[i]!) + 1;
    if (used + size > room) break;
    kept.unshift(lines[i]!);
    used += size;
  }
  if (room <= 0)
    return `_log of \`${cell(job.id)}\` left out: the summary is at its size limit; see the artifact_\n`;
  const dropped = lines.length - kept.length;
  const note = dropped > 0 ? droppedNote(dropped) : '';
  return `${open}${note}${kept.join('\n')}${close}`;
}

function artifactSection(input: RunSummaryInput): string {
  const { artifact } = input;
  if (artifact.kind === 'not_uploaded') {
    return `### Run records\n\nNot uploaded as an artifact: ${cell(artifact.reason)}. The records stay in the state root on the runner.\n`;
  }
  const simulated = artifact.simulated ? ' (simulated artifact service)' : '';
  return [
    '### Run records',
    '',
    `Uploaded as artifact \`${artifact.name}\`${artifact.id === null ? '' : ` (id ${artifact.id})`}${simulated}. To inspect it offline:`,
    '',
    '```sh',
    `pikaci download --repo ${input.repository} --run-id ${input.workflowRunId} --lane ${input.lane.id}`,
    `pikaci status ${input.run.run_id}   # then: pikaci logs ${input.run.run_id}`,
    '```',
    '',
    `or \`gh run download ${input.workflowRunId} --repo ${input.repository} --name ${artifact.name}\`.`,
    '',
  ].join('\n');
}

function duration(job: JobRecord): string {
  if (!job.finished_at) return '—';
  return seconds(Date.parse(job.finished_at) - Date.parse(job.started_at));
}

function seconds(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
}

function longestBacktickRun(lines: readonly string[]): number {
  let longest = 0;
  for (const line of lines)
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** One table cell: no pipes, line breaks or HTML (README "Security"), bounded length. */
function cell(text: string): string {
  const flat = markdownText(text);
  return flat.length > MAX_CELL_CHARS ? `${flat.slice(0, MAX_CELL_CHARS)} …` : flat;
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
