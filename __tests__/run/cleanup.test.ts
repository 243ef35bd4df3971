/**
 * The orchestrator, not the backend, guarantees a backend's `cleanup` (docs/design.md decision 7):
 * `runJobs` calls it after `run` on every path. The backend here is simulated (it records the calls);
 * the repository, the snapshot and the records are real. The real-LXD suites (`__tests__/incus`,
 * `__tests__/incus-ssh`, `__tests__/faults`) show the Incus backend's cleanup leaves no instance.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { JobSpec } from '../../src/model/index.js';
import { executionEnvironment } from '../../src/hosts/index.js';
import { runJobs } from '../../src/run/index.js';
import type { JobContext, JobOutcome, RuntimeBackend } from '../../src/runtime/index.js';
import { hostJob, jobSpec } from '../support/jobs.js';
import { makeRepo, tempDir } from '../support/repo.js';

interface Calls {
  run: string[];
  /** Each cleanup: the job, and whether its signal had aborted by then. */
  cleanup: Array<{ job: string; aborted: boolean; sameContext: boolean }>;
}

/** A simulated backend: `run` does what `behave` says; `cleanup` is recorded and may fail. */
function simulatedBackend(
  behave: (ctx: JobContext) => Promise<JobOutcome>,
  options: { cleanupFails?: string } = {},
): RuntimeBackend & { calls: Calls } {
  const calls: Calls = { run: [], cleanup: [] };
  const contexts = new Map<string, JobContext>();
  return {
    calls,
    async run(ctx) {
      calls.run.push(ctx.job.id);
      contexts.set(ctx.job.id, ctx);
      return behave(ctx);
    },
    async cleanup(ctx) {
      calls.cleanup.push({
        job: ctx.job.id,
        aborted: ctx.signal.aborted,
        sameContext: contexts.get(ctx.job.id) === ctx,
      });
      ctx.hostLog.line('[simulated] cleaned up');
      if (options.cleanupFails) throw new Error(options.cleanupFails);
    },
  };
}

function run(backend: RuntimeBackend, jobs: JobSpec[], signal?: AbortSignal) {
  return runJobs({
    stateRoot: tempDir(),
    sourceRoot: makeRepo({ 'README.md': 'hello\n' }).root,
    targetId: 't',
    targetDescription: null,
    jobs,
    environment: { ...executionEnvironment(), resolveBackend: () => ({ kind: 'ready', backend }) },
    ...(signal ? { signal } : {}),
  });
}

describe('the orchestrator runs a backend cleanup on every path (simulated backend)', () => {
  it('when run throws: the job fails with the error, and cleanup still ran', async () => {
    const backend = simulatedBackend(async () => {
      throw new Error('the backend broke');
    });
    const record = await run(backend, [jobSpec('a', hostJob('true'))]);
    expect(backend.calls.run).toEqual(['a']);
    expect(backend.calls.cleanup).toEqual([{ job: 'a', aborted: false, sameContext: true }]);
    expect(record.status).toBe('failed');
    expect(record.jobs[0]).toMatchObject({ status: 'failed', exit_code: null, message: 'the backend broke' });
    const hostLog = readFileSync(record.jobs[0]!.host_log_path, 'utf8');
    expect(hostLog).toContain('[simulated] cleaned up');
    expect(hostLog).toContain('[pikaci] the backend broke');
  });

  it('when the run is cancelled: cleanup runs after run returns, with the signal aborted', async () => {
    const controller = new AbortController();
    const backend = simulatedBackend(
      (ctx) =>
        new Promise((resolve) => {
          ctx.signal.addEventListener('abort', () =>
            resolve({ status: 'failed', exit_code: null, message: 'cancelled' }),
          );
          setTimeout(() => controller.abort(), 50);
        }),
    );
    const record = await run(
      backend,
      [jobSpec('a', hostJob('true')), jobSpec('b', hostJob('true'))],
      controller.signal,
    );
    expect(backend.calls.run).toEqual(['a']);
    expect(backend.calls.cleanup).toEqual([{ job: 'a', aborted: true, sameContext: true }]);
    expect(record.status).toBe('failed');
    expect(record.message).toBe('cancelled');
    expect(record.jobs.map((j) => [j.id, j.status, j.message])).toEqual([
      ['a', 'failed', 'cancelled'],
      ['b', 'skipped', 'not run because the run was cancelled'],
    ]);
  });

  it('when run passes or fails: cleanup runs once per job', async () => {
    const backend = simulatedBackend(async (ctx) =>
      ctx.job.id === 'pass'
        ? { status: 'passed', exit_code: 0, message: 'ok' }
        : { status: 'failed', exit_code: 3, message: 'exited with 3' },
    );
    const record = await run(backend, [jobSpec('pass', hostJob('true')), jobSpec('fail', hostJob('false'))]);
    expect(backend.calls.cleanup.map((c) => c.job)).toEqual(['pass', 'fail']);
    expect(record.jobs.map((j) => [j.id, j.status, j.exit_code])).toEqual([
      ['pass', 'passed', 0],
      ['fail', 'failed', 3],
    ]);
  });

  it('a cleanup that fails fails a passing job, and result.json says why', async () => {
    const backend = simulatedBackend(async () => ({ status: 'passed', exit_code: 0, message: 'ok' }), {
      cleanupFails: 'failed to delete the thing',
    });
    const record = await run(backend, [jobSpec('a', hostJob('true'))]);
    expect(backend.calls.cleanup).toHaveLength(1);
    expect(record.jobs[0]).toMatchObject({
      status: 'failed',
      exit_code: null,
      message: 'ok; also failed to delete the thing',
    });
    const resultJson = record.jobs[0]!.host_log_path.replace(/host\.log$/, 'artifacts/result.json');
    expect(JSON.parse(readFileSync(resultJson, 'utf8'))).toMatchObject({
      status: 'failed',
      message: 'ok; also failed to delete the thing',
    });
    expect(readFileSync(record.jobs[0]!.host_log_path, 'utf8')).toContain(
      '[pikaci] failed to delete the thing',
    );
  });

  it('when run throws and cleanup fails too: the job message carries both', async () => {
    const backend = simulatedBackend(
      async () => {
        throw new Error('the backend broke');
      },
      { cleanupFails: 'failed to delete the thing' },
    );
    const record = await run(backend, [jobSpec('a', hostJob('true'))]);
    expect(record.jobs[0]).toMatchObject({
      status: 'failed',
      message: 'the backend broke; also failed to delete the thing',
    });
  });
});
