import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  JobRecordSchema,
  RunPlanRecordSchema,
  RunRecordSchema,
  TerminalResultSchema,
} from '../../src/records/index.js';
import { executionEnvironment } from '../../src/hosts/index.js';
import { runJobs } from '../../src/run/index.js';
import { recordingReporter } from './helpers.js';
import { hostJob, jobSpec } from '../support/jobs.js';
import { makeRepo, tempDir } from '../support/repo.js';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('runJobs with real host processes', () => {
  it('runs a passing job and writes every record', async () => {
    const repo = makeRepo({ 'data.txt': 'snapshot-content\n' }).root;
    const stateRoot = tempDir();
    const reporter = recordingReporter();
    const run = await runJobs({
      environment: executionEnvironment(),
      stateRoot,
      sourceRoot: repo,
      targetId: 'hello',
      targetDescription: 'Hello target',
      jobs: [jobSpec('hello', hostJob('cat data.txt; echo "art=$ARTIFACTS"; echo err >&2'))],
      reporter,
    });
    expect(run.status).toBe('passed');
    expect(run.run_id).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{8}$/);
    const runDir = join(stateRoot, 'runs', run.run_id);
    const onDisk = RunRecordSchema.parse(readJson(join(runDir, 'run.json')));
    expect(onDisk).toEqual(run);
    expect(onDisk.finished_at).toMatch(/Z$/);
    expect(onDisk.runner_pid).toBeNull();
    expect(onDisk.snapshot_dir).toBe(join(runDir, 'snapshot'));
    expect(onDisk.plan_path).toBe(join(runDir, 'plan.json'));
    const job = onDisk.jobs[0]!;
    expect(job).toMatchObject({
      id: 'hello',
      status: 'passed',
      executor: 'host_local',
      placement: 'local',
      runtime: 'host_process',
      plan_node_id: 'execute-hello',
      exit_code: 0,
      message: 'host-local command passed',
    });
    expect(JobRecordSchema.parse(readJson(join(runDir, 'jobs/hello/status.json')))).toEqual(job);
    const hostLog = readFileSync(job.host_log_path, 'utf8');
    expect(hostLog).toContain('snapshot-content');
    expect(hostLog).toContain(`art=${join(runDir, 'jobs/hello/artifacts')}`);
    expect(hostLog).toContain('err');
    expect(readFileSync(job.guest_log_path, 'utf8')).toBe('');
    const result = TerminalResultSchema.parse(readJson(join(runDir, 'jobs/hello/artifacts/result.json')));
    expect(result).toMatchObject({ schema_version: 1, status: 'completed', exit_code: 0 });
    const plan = RunPlanRecordSchema.parse(readJson(join(runDir, 'plan.json')));
    expect(plan.nodes.map((n) => n.id)).toEqual(['execute-hello']);
    expect(readJson(join(runDir, 'prepared-outputs.json'))).toEqual({ schema_version: 1, outputs: [] });
    expect(reporter.events.map((e) => e.event)).toEqual([
      'run_started',
      'job_started',
      'job_finished',
      'run_finished',
    ]);
    expect(reporter.output.join('')).toContain('hello:snapshot-content');
    // every field is written, null for none
    expect(Object.keys(readJson(join(runDir, 'run.json')) as object)).toContain('rerun_of');
  });

  it('fails fast: later jobs are skipped after the first failure', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' }).root;
    const stateRoot = tempDir();
    const run = await runJobs({
      environment: executionEnvironment(),
      stateRoot,
      sourceRoot: repo,
      targetId: 't',
      targetDescription: null,
      jobs: [jobSpec('a', hostJob('exit 3')), jobSpec('b', hostJob('true'))],
    });
    expect(run.status).toBe('failed');
    expect(run.jobs.map((j) => [j.id, j.status, j.exit_code, j.message])).toEqual([
      ['a', 'failed', 3, 'host-local command exited with 3'],
      ['b', 'skipped', null, 'not run because an earlier execute node failed'],
    ]);
    expect(existsSync(join(stateRoot, 'runs', run.run_id, 'jobs/b/status.json'))).toBe(true);
  });
});
