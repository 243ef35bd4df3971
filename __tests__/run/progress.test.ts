/**
 * The status line of `human` output on a terminal: the pure line, then `pikaci run` in a real pseudo
 * terminal (util-linux `script`), where the line must show up, never split a job's output line, and be
 * gone at the end; without a terminal there is none.
 */
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { applyProgressEvent, emptyProgress, progressLine } from '../../src/run/progress.js';
import { cliArgv, runCli } from '../support/cli.js';
import { catalogToml, hostJob } from '../support/jobs.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { runRecord } from '../timeline/fixture.js';

describe('progressLine', () => {
  it('counts finished jobs and shows each running one with its time', () => {
    const state = emptyProgress();
    const [a, b, c] = runRecord([
      { id: 'a', status: 'passed', start: 0, end: 1 },
      { id: 'b', status: 'failed', start: 0, end: 1 },
      { id: 'c\u001b[31m', status: 'running', start: 0, end: null },
    ]).jobs;
    applyProgressEvent(
      state,
      {
        event: 'run_started',
        run_id: 'r',
        created_at: '2026-01-01T00:00:00Z',
        rerun_of: null,
        target_id: null,
        target_description: null,
      },
      0,
    );
    for (const job of [a!, b!, c!])
      applyProgressEvent(state, { event: 'job_started', run_id: 'r', job }, 1_000);
    applyProgressEvent(state, { event: 'job_finished', run_id: 'r', job: a! }, 5_000);
    applyProgressEvent(state, { event: 'job_finished', run_id: 'r', job: b! }, 6_000);
    expect(progressLine(state, 75_000, 200)).toBe('⏳ 1:15 · 1 passed, 1 failed · running: c?[31m 1:14');
    expect([...progressLine(state, 75_000, 20)]).toHaveLength(19);
    expect(progressLine(state, 75_000, 20).endsWith('…')).toBe(true);
  });
});

const CATALOG = catalogToml(
  { ticking: { description: 'prints while it runs', jobs: ['slow', 'quick'] } },
  {
    slow: hostJob('for i in 1 2 3; do echo slow-line-$i-end; sleep 1.2; done', {
      description: 'three lines, a second apart',
    }),
    quick: hostJob('echo quick-line-end', { description: 'one line' }),
  },
);

describe('pikaci run on a terminal', () => {
  const repo = makeRepo({ 'README.md': 'x\n', 'catalog.toml': CATALOG }).root;
  const args = ['run', '--catalog', join(repo, 'catalog.toml'), 'ticking'];

  it('draws the status line between complete lines and removes it at the end', async () => {
    const stateRoot = join(tempDir(), 'state');
    const command = cliArgv(args)
      .map((arg) => `'${arg}'`)
      .join(' ');
    const { stdout } = await promisify(execFile)('script', ['-q', '-e', '-c', command, '/dev/null'], {
      cwd: repo,
      env: { ...process.env, PIKACI_STATE_ROOT: stateRoot, TERM: 'xterm', COLUMNS: '120' },
      timeout: 60_000,
    }).catch((error: Error & { stdout?: string }) => {
      // What the terminal showed is the diagnosis (`script` puts everything on its stdout).
      throw new Error(`${error.message}\n--- terminal ---\n${error.stdout ?? ''}`);
    });
    const screen = stdout.replace(/\r\n/g, '\n');
    expect(screen).toMatch(/⏳ 0:0\d · 0 passed · running: slow 0:0\d/);
    // What the terminal keeps: each clear (CR + erase line) wipes what was drawn on that line before it.
    const kept = screen
      .split('\n')
      .map((line) => line.split('\r\u001b[2K').pop()!)
      .filter((line) => line !== '');
    for (const expected of ['slow-line-1-end', 'slow-line-2-end', 'slow-line-3-end', 'quick-line-end']) {
      expect(kept).toContain(expected);
    }
    expect(kept.filter((line) => line.includes('⏳'))).toEqual([]);
    expect(kept.slice(-5)).toEqual([
      expect.stringMatching(/^\[pikaci\] run finished: /),
      expect.stringMatching(/ slow passed$/),
      expect.stringMatching(/ quick passed$/),
      'slow: host-local command passed',
      'quick: host-local command passed',
    ]);
  }, 90_000);

  it('has no status line when stderr is not a terminal', async () => {
    const result = await runCli(args, { cwd: repo, env: { PIKACI_STATE_ROOT: join(tempDir(), 'state') } });
    expect(result.code).toBe(0);
    expect(result.stderr + result.stdout).not.toContain('⏳');
    expect(result.stderr + result.stdout).not.toContain('\u001b[2K');
  }, 60_000);
});
