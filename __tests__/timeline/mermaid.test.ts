/** The Mermaid timeline of a run: read back, it holds every job and phase of the record, in order. */
import { describe, expect, it } from '@jest/globals';
import { runSummaryMarkdown } from '../../src/action/run-summary.js';
import { timestampMs } from '../../src/records/index.js';
import { MAX_TIMELINE_BARS, mermaidLabel, runTimelineMermaid } from '../../src/timeline/index.js';
import { at, runRecord, T0 } from './fixture.js';

interface Task {
  section: string;
  name: string;
  tags: string[];
  start: number;
  end: number;
}

/** The tasks of a gantt chart as Mermaid reads them: `name :tags…, start, end` under `section`. */
function tasks(chart: string): Task[] {
  const out: Task[] = [];
  let section = '';
  for (const line of chart.split('\n').map((l) => l.trim())) {
    if (line.startsWith('section ')) section = line.slice('section '.length);
    const match = /^(.+?) :(.*)$/.exec(line);
    if (!match || line.startsWith('section ') || line.startsWith('title ')) continue;
    const fields = match[2]!.split(',').map((f) => f.trim());
    const end = Number(fields.pop());
    const start = Number(fields.pop());
    out.push({ section, name: match[1]!, tags: fields, start, end });
  }
  return out;
}

describe('runTimelineMermaid', () => {
  const run = runRecord([
    { id: 'unit', status: 'passed', start: 1_000, end: 31_000 },
    {
      id: 'vm-tests',
      status: 'failed',
      start: 2_000,
      end: 92_000,
      phases: [500, 4_000, 10_000, 3_000, 70_000, 2_000],
    },
    { id: 'lint', status: 'passed', start: 500, end: 9_000 },
  ]);
  const chart = runTimelineMermaid(run)!;

  it('is a fenced gantt chart in absolute milliseconds', () => {
    expect(chart.startsWith('```mermaid\ngantt\n')).toBe(true);
    expect(chart).toContain('\n  dateFormat x\n');
    expect(chart.trimEnd().endsWith('```')).toBe(true);
  });

  it('has one bar per job and per phase, with the recorded times, jobs in start order', () => {
    const bars = tasks(chart);
    expect(bars).toHaveLength(3 + 6);
    const jobBars = bars.filter((bar) => bar.name === `${bar.name[0]} ${bar.section}`);
    expect(jobBars.map((bar) => bar.section)).toEqual(['lint', 'unit', 'vm-tests']);
    for (const job of run.jobs) {
      const bar = jobBars.find((b) => b.section === job.id)!;
      expect(bar.start).toBe(timestampMs(job.started_at));
      expect(bar.end).toBe(timestampMs(job.finished_at!));
      const phases = job.remote_linux_vm_execution?.phases ?? [];
      const phaseBars = bars.filter((b) => b.section === job.id && b !== bar);
      expect(phaseBars.map((b) => b.name)).toEqual(phases.map((p) => `· ${p.phase}`));
      phaseBars.forEach((phaseBar, index) => {
        const phase = phases[index]!;
        expect(phaseBar.start).toBe(timestampMs(phase.started_at));
        expect(phaseBar.end - phaseBar.start).toBe(phase.duration_ms);
        // Phases sit inside their job and follow one another.
        expect(phaseBar.start).toBeGreaterThanOrEqual(bar.start);
        expect(phaseBar.end).toBeLessThanOrEqual(bar.end);
        if (index > 0) expect(phaseBar.start).toBeGreaterThanOrEqual(phaseBars[index - 1]!.end);
      });
    }
    // The section bars appear in the chart in the order their jobs started.
    const starts = jobBars.map((bar) => bar.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('marks the failed job critical and the passed ones done', () => {
    const bars = tasks(chart);
    expect(bars.find((b) => b.name === '✘ vm-tests')!.tags).toEqual(['crit']);
    expect(bars.find((b) => b.name === '✔ unit')!.tags).toEqual(['done']);
  });

  it('draws a job still running up to the latest recorded time', () => {
    const live = runRecord([
      { id: 'a', status: 'passed', start: 0, end: 5_000 },
      { id: 'b', status: 'running', start: 1_000, end: null },
    ]);
    const bar = tasks(runTimelineMermaid(live)!).find((b) => b.section === 'b')!;
    expect(bar.tags).toEqual(['active']);
    expect([bar.start, bar.end]).toEqual([T0 + 1_000, T0 + 5_000]);
  });

  it('includes the prepare nodes first', () => {
    const prepared = runRecord([{ id: 'a', status: 'passed', start: 20_000, end: 25_000 }], {
      prepare_timings: [
        { node_id: 'prepare-deps', started_at: at(0), finished_at: at(19_000), duration_ms: 19_000 },
      ],
    });
    const bars = tasks(runTimelineMermaid(prepared)!);
    expect(bars[0]).toMatchObject({
      section: 'prepare',
      name: '✔ prepare-deps',
      start: T0,
      end: T0 + 19_000,
    });
  });

  it('keeps a hostile job id from breaking the chart or adding HTML', () => {
    const hostile = 'x:crit, 0, 1\n  section evil %% <img src=x>; #1 &amp;';
    const chart = runTimelineMermaid(runRecord([{ id: hostile, status: 'failed', start: 0, end: 1_000 }]))!;
    const body = chart.split('\n').slice(1, -2);
    expect(body.filter((line) => line.trim().startsWith('section '))).toHaveLength(1);
    const labelled = chart.split('\n').filter((line) => line.includes('evil'));
    expect(labelled).toHaveLength(2);
    for (const line of labelled) expect(line).not.toMatch(/[<>&;#%]/);
    const bars = tasks(chart);
    expect(bars).toHaveLength(1);
    expect([bars[0]!.start, bars[0]!.end]).toEqual([T0, T0 + 1_000]);
    expect(bars[0]!.name).toBe(`✘ ${mermaidLabel(hostile)}`);
    expect(mermaidLabel(hostile)).toBe('x_crit, 0, 1_ section evil __ _img src=x__ _1 _amp_');
    expect(mermaidLabel('a'.repeat(100))).toBe(`${'a'.repeat(59)}…`);
  });

  it('a job named like a directive stays a task', () => {
    const chart = runTimelineMermaid(runRecord([{ id: 'title', status: 'passed', start: 0, end: 1 }]))!;
    expect(chart.split('\n').filter((line) => line.trim().startsWith('title '))).toHaveLength(1);
    expect(tasks(chart).map((b) => b.name)).toEqual(['✔ title']);
  });

  it(`gives up above ${MAX_TIMELINE_BARS} bars, and the summary keeps its table`, () => {
    const jobs = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        id: `job-${i}`,
        status: 'passed' as const,
        start: i,
        end: i + 10,
      }));
    expect(tasks(runTimelineMermaid(runRecord(jobs(MAX_TIMELINE_BARS)))!)).toHaveLength(MAX_TIMELINE_BARS);
    const big = runRecord(jobs(MAX_TIMELINE_BARS + 1));
    expect(runTimelineMermaid(big)).toBeNull();
    const summary = summaryOf(big);
    expect(summary).not.toContain('```mermaid');
    expect(summary).toContain(`| \`job-${MAX_TIMELINE_BARS}\` |`);
  });

  it('appears in the run summary, inside the byte budget, with the log tail after it', () => {
    const budget = 20_000;
    const tail = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(60)}`);
    const summary = summaryOf(run, budget, tail);
    expect(summary).toContain(`### Timeline\n\n${chart}`);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(budget);
    expect(summary.indexOf('```mermaid')).toBeLessThan(summary.indexOf('log of <code>vm-tests'));
    expect(summary).toContain('line 499');
  });
});

function summaryOf(run: ReturnType<typeof runRecord>, budgetBytes?: number, tail?: string[]): string {
  return runSummaryMarkdown({
    lane: { id: 'l', title: 'Lane' },
    run,
    logTails: new Map(tail ? [['vm-tests', { source: 'guest' as const, lines: tail }]] : []),
    artifact: { kind: 'not_uploaded', name: 'a', reason: 'test' },
    repository: 'o/r',
    workflowRunId: '1',
    ...(budgetBytes === undefined ? {} : { budgetBytes }),
  });
}
