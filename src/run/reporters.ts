/**
 * Renderers for a run as it happens: `human` (readable lifecycle lines, live job output), `json`
 * (only the final record, printed by the caller) and `jsonl` (one lifecycle event per line). In the
 * machine-readable modes stdout carries only JSON, so live job output goes to stderr.
 */
import type { JobOutputChunk, RunLifecycleEvent, RunRecord, RunReporter } from '../records/index.js';
import { LineSplitter } from '../vm/index.js';
import { withProgress, type Terminal } from './progress.js';

export const OUTPUT_FORMATS = ['human', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface TextSink {
  write(chunk: string | Buffer): unknown;
}

/**
 * Prefixes every line of interleaved job output with `[job-id] `: one line splitter per job and
 * stream, each keeping at most one partial line, so memory stays bounded however much a job prints.
 */
export class LinePrefixer {
  private readonly splitters = new Map<string, { jobId: string; lines: LineSplitter }>();

  constructor(private readonly sink: TextSink) {}

  write(jobId: string, stream: string, chunk: Buffer): void {
    const key = `${jobId}\0${stream}`;
    let entry = this.splitters.get(key);
    if (!entry) {
      entry = { jobId, lines: new LineSplitter(`[${jobId}] `, (line) => void this.sink.write(line)) };
      this.splitters.set(key, entry);
    }
    entry.lines.push(chunk);
  }

  end(jobId: string): void {
    for (const [key, entry] of this.splitters) {
      if (entry.jobId !== jobId) continue;
      entry.lines.end();
      this.splitters.delete(key);
    }
  }
}

function liveOutput(sink: TextSink): Pick<RunReporter, 'jobOutput' | 'jobOutputEnd'> {
  const prefixer = new LinePrefixer(sink);
  return {
    jobOutput: ({ jobId, stream, chunk, parallel }: JobOutputChunk) => {
      if (parallel) prefixer.write(jobId, stream, chunk);
      else sink.write(chunk);
    },
    jobOutputEnd: (jobId: string) => prefixer.end(jobId),
  };
}

/** One readable line per lifecycle event (the forge's rendering, docs/upstream.md, records 3.12). */
export function renderEvent(event: RunLifecycleEvent): string {
  switch (event.event) {
    case 'run_started':
      return `[pikaci] run started: ${event.run_id} · ${event.target_id ?? 'unknown-target'}${event.target_description ? ` · ${event.target_description}` : ''}`;
    case 'job_started':
      return `[pikaci] job started: ${event.job.id} · ${event.job.description}`;
    case 'job_finished':
      return `[pikaci] job finished: ${event.job.id} · status=${event.job.status}${event.job.message ? ` · ${event.job.message}` : ''}`;
    case 'run_finished':
      return `[pikaci] run finished: ${event.run.run_id} · status=${event.run.status}${event.run.message ? ` · ${event.run.message}` : ''}`;
  }
}

/**
 * `progress` (the CLI sets it when stderr is a terminal) adds a live status line to `human` output;
 * the machine-readable formats never carry one.
 */
export function createReporter(
  format: OutputFormat,
  io: { stdout: TextSink; stderr: Terminal },
  options: { progress?: boolean } = {},
): RunReporter {
  switch (format) {
    case 'human':
      return options.progress ? withProgress(humanReporter, io) : humanReporter(io);
    case 'jsonl':
      return {
        event: (event) => void io.stdout.write(`${JSON.stringify(event)}\n`),
        ...liveOutput(io.stderr),
      };
    case 'json':
      return { event: () => undefined, ...liveOutput(io.stderr) };
  }
}

function humanReporter(io: { stdout: TextSink; stderr: TextSink }): RunReporter {
  return { event: (event) => void io.stderr.write(`${renderEvent(event)}\n`), ...liveOutput(io.stdout) };
}

/** The final lines of a run: `<run_id> <job_id> <status>` per job (or the target for a job-less run). */
export function renderRunSummary(run: RunRecord): { stdout: string[]; stderr: string[] } {
  if (run.jobs.length === 0) {
    return {
      stdout: [`${run.run_id} ${run.target_id ?? '-'} ${run.status}`],
      stderr: run.message ? [run.message] : [],
    };
  }
  return {
    stdout: run.jobs.map((job) => `${run.run_id} ${job.id} ${job.status}`),
    stderr: run.jobs.filter((job) => job.message).map((job) => `${job.id}: ${job.message}`),
  };
}
