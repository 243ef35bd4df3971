/**
 * The report's timeline: the workflow run's jobs as the jobs API (the GitHub stub, through the real
 * Octokit client) returns them, with the critical path marked in red and named in words.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aggregate } from '../../src/action/aggregate.js';
import { reportMarkdown, reportTimelineMarkdown } from '../../src/action/report-command.js';
import { listWorkflowRunJobs, type WorkflowJob } from '../../src/github/index.js';
import { startGithubStub, type GithubStub } from '../support/github-stub.js';

const RUN_ID = 4242;
const T0 = Date.parse('2026-03-19T10:00:00Z');
const at = (seconds: number): string => new Date(T0 + seconds * 1000).toISOString().replace('.000Z', 'Z');

interface StubJob {
  name: string;
  conclusion: string | null;
  started: number | null;
  completed: number | null;
}

let stub: GithubStub;
beforeAll(async () => {
  stub = await startGithubStub();
});
afterAll(async () => {
  await stub.close();
});

async function jobsFromApi(jobs: StubJob[]): Promise<WorkflowJob[]> {
  stub.route(`GET /repos/pika/pika/actions/runs/${RUN_ID}/jobs`, () => {
    const body = jobs.map((job, i) => ({
      id: i + 1,
      name: job.name,
      status: job.conclusion === null ? 'in_progress' : 'completed',
      conclusion: job.conclusion,
      html_url: `https://github.com/pika/pika/actions/runs/${RUN_ID}/job/${i + 1}`,
      run_attempt: 1,
      started_at: job.started === null ? null : at(job.started),
      completed_at: job.completed === null ? null : at(job.completed),
    }));
    return { body: { total_count: body.length, jobs: body } };
  });
  return listWorkflowRunJobs({ token: 't', repository: 'pika/pika', apiUrl: stub.url }, RUN_ID);
}

/** `name :tags…, start, end` lines of the chart, by task name without its mark. */
function bars(markdown: string): Map<string, { tags: string[]; start: number; end: number }> {
  const out = new Map<string, { tags: string[]; start: number; end: number }>();
  for (const line of markdown.split('\n')) {
    const match = /^ {4}\S+ (.+?) :(.*)$/.exec(line);
    if (!match) continue;
    const fields = match[2]!.split(',').map((f) => f.trim());
    const end = Number(fields.pop());
    const start = Number(fields.pop());
    out.set(match[1]!, { tags: fields, start, end });
  }
  return out;
}

describe('report timeline', () => {
  it('draws every started job from the jobs API and marks plan → slowest leg → report critical', async () => {
    const jobs = await jobsFromApi([
      { name: 'plan', conclusion: 'success', started: 0, completed: 20 },
      { name: 'lanes / say hello', conclusion: 'success', started: 25, completed: 70 },
      { name: 'lanes / slow lane', conclusion: 'failure', started: 24, completed: 300 },
      { name: 'lanes / docs lane', conclusion: 'success', started: 30, completed: 90 },
      { name: 'lanes / fork lane', conclusion: 'skipped', started: null, completed: null },
      { name: 'report', conclusion: null, started: 305, completed: null },
    ]);
    expect(jobs.find((job) => job.name === 'plan')).toMatchObject({
      started_at: at(0),
      completed_at: at(20),
    });
    const markdown = reportTimelineMarkdown(jobs);
    const drawn = bars(markdown);
    expect([...drawn.keys()]).toEqual(['plan', 'slow lane', 'say hello', 'docs lane', 'report']);
    expect(drawn.get('slow lane')).toEqual({ tags: ['crit'], start: T0 + 24_000, end: T0 + 300_000 });
    expect(drawn.get('say hello')).toEqual({ tags: ['done'], start: T0 + 25_000, end: T0 + 70_000 });
    expect(drawn.get('plan')!.tags).toEqual(['crit']);
    expect(drawn.get('docs lane')!.tags).toEqual(['done']);
    // The running report job is drawn up to the latest time the API knows of: its own start.
    expect(drawn.get('report')).toEqual({ tags: ['crit'], start: T0 + 305_000, end: T0 + 305_000 });
    expect(markdown).toContain('✘ slow lane :crit,');
    expect(markdown).toContain('Critical path (5m5s, in red): `plan` → `slow lane` → `report`');
  });

  it('keeps a hostile job name out of the chart syntax and the Markdown', async () => {
    const hostile = 'evil <img src=x onerror=alert(1)>: crit; %% x\nsection y';
    const markdown = reportTimelineMarkdown(
      await jobsFromApi([
        { name: 'plan', conclusion: 'success', started: 0, completed: 10 },
        { name: hostile, conclusion: 'success', started: 11, completed: 20 },
      ]),
    );
    expect(markdown).not.toMatch(/<img/);
    expect(markdown.split('\n').filter((line) => line.trim().startsWith('section '))).toHaveLength(1);
    expect([...bars(markdown).keys()]).toEqual([
      'plan',
      'evil _img src=x onerror=alert(1)__ crit_ __ x_section y',
    ]);
    expect(markdown).toContain('`plan` → `evil &lt;img src=x onerror=alert(1)&gt;: crit; %% x section y`');
  });

  it('is left out when more than 60 jobs would be drawn, or none started', async () => {
    const many = (count: number): StubJob[] =>
      Array.from({ length: count }, (_, i) => ({
        name: `leg ${i}`,
        conclusion: 'success',
        started: i,
        completed: i + 5,
      }));
    expect(bars(reportTimelineMarkdown(await jobsFromApi(many(60)))).size).toBe(60);
    expect(reportTimelineMarkdown(await jobsFromApi(many(61)))).toBe('');
    expect(
      reportTimelineMarkdown(
        await jobsFromApi([{ name: 'plan', conclusion: null, started: null, completed: null }]),
      ),
    ).toBe('');
  });
});

describe('report table', () => {
  it('keeps a hostile lane title in its cell, without HTML', () => {
    const title = 'evil <img src=x onerror=alert(1)> | x\n| injected |';
    const plan = {
      lanes: [{ id: 'l', title, selected: true, reason: 'r' }],
      matrix: { include: [{ lane: 'l', title }] },
      blocked: [],
    };
    const result = aggregate(plan, { lane: { result: 'failure', outputs: {} } }, null);
    const markdown = reportMarkdown(result);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `l`'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(markdown).not.toMatch(/<img|^\| injected/m);
    expect(rows[0]).toContain('evil &lt;img src=x onerror=alert(1)&gt; \\| x \\| injected \\|');
  });
});
