import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JobSpecSchema, type JobSpec } from '../../src/model/index.js';
import { TerminalResultSchema } from '../../src/records/index.js';
import { executionEnvironment } from '../../src/hosts/index.js';
import { runJobs } from '../../src/run/index.js';
import { recordingReporter } from '../run/helpers.js';
import { hostJob, jobSpec } from '../support/jobs.js';
import { makeRepo, tempDir } from '../support/repo.js';

async function runOne(job: JobSpec, extra: Partial<Parameters<typeof runJobs>[0]> = {}) {
  const stateRoot = tempDir();
  const run = await runJobs({
    environment: executionEnvironment(),
    stateRoot,
    sourceRoot: makeRepo({ 'README.md': 'hello\n' }).root,
    targetId: 't',
    targetDescription: null,
    jobs: [job],
    ...extra,
  });
  return { run, stateRoot, job: run.jobs[0]! };
}

describe('host-process backend', () => {
  it('times out within timeout + grace with `timed out after <N>s` in result.json', async () => {
    const started = Date.now();
    const { job, run, stateRoot } = await runOne(jobSpec('slow', hostJob('sleep 30', { timeout_secs: 1 })));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(job).toMatchObject({ status: 'failed', exit_code: null, message: 'timed out after 1s' });
    const result = TerminalResultSchema.parse(
      JSON.parse(
        readFileSync(join(stateRoot, 'runs', run.run_id, 'jobs/slow/artifacts/result.json'), 'utf8'),
      ),
    );
    expect(result).toMatchObject({ status: 'failed', message: 'timed out after 1s' });
    expect(result.exit_code).toBeUndefined();
  });

  it('fails a job whose argv program does not exist, with the reason', async () => {
    const job = JobSpecSchema.parse({
      id: 'missing',
      description: 'missing program',
      timeout_secs: 10,
      execution: { placement: 'local', runtime: 'host_process' },
      runtime_config: { kind: 'host_process' },
      guest_command: { kind: 'argv', argv: ['definitely-not-a-program-xyz', '--x'] },
    });
    const { job: record, run } = await runOne(job);
    expect(run.status).toBe('failed');
    expect(record.status).toBe('failed');
    // The job runs under the supervisor's `exec` (README "Faults"), so a missing program is the
    // shell's exit 127, and the log names it.
    expect(record).toMatchObject({
      exit_code: 127,
      message: 'host-local command exited with 127 (command not found)',
    });
    expect(readFileSync(record.host_log_path, 'utf8')).toContain('definitely-not-a-program-xyz');
  });

  it('reports exit 127 from bash as command not found', async () => {
    const { job } = await runOne(jobSpec('nf', hostJob('no-such-command-abc')));
    expect(job).toMatchObject({
      status: 'failed',
      exit_code: 127,
      message: 'host-local command exited with 127 (command not found)',
    });
    expect(readFileSync(job.host_log_path, 'utf8')).toContain('no-such-command-abc');
  });

  it('refuses root commands on the host', async () => {
    const job = JobSpecSchema.parse({
      id: 'root',
      description: 'root',
      timeout_secs: 10,
      execution: { placement: 'local', runtime: 'host_process' },
      runtime_config: { kind: 'host_process' },
      guest_command: { kind: 'shell_command_as_root', command: 'id' },
    });
    const { job: record } = await runOne(job);
    expect(record.message).toContain('host-process jobs do not support root commands');
  });

  it('gives writable-workspace jobs a private copy and leaves the snapshot untouched', async () => {
    const { run, stateRoot } = await runOne(
      jobSpec('w', hostJob('echo changed > README.md', { writable_workspace: true })),
    );
    expect(run.status).toBe('passed');
    const runDir = join(stateRoot, 'runs', run.run_id);
    expect(readFileSync(join(runDir, 'jobs/w/workspace/README.md'), 'utf8')).toBe('changed\n');
    expect(readFileSync(join(runDir, 'snapshot/README.md'), 'utf8')).toBe('hello\n');
  });

  it('streams >100 MB of output to host.log without holding it in memory', async () => {
    const reporter = recordingReporter();
    let seen = 0;
    reporter.jobOutput = ({ chunk }) => {
      seen += chunk.length;
    };
    let peak = 0;
    const base = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - base)), 20);
    const bytes = 150 * 1024 * 1024;
    try {
      const { job } = await runOne(jobSpec('big', hostJob(`head -c ${bytes} /dev/zero | tr '\\0' x`)), {
        reporter,
      });
      expect(job.status).toBe('passed');
      expect(seen).toBe(bytes);
      expect(statSync(job.host_log_path).size).toBeGreaterThan(bytes);
    } finally {
      clearInterval(sampler);
    }
    expect(peak).toBeLessThan(100 * 1024 * 1024);
  }, 120_000);
});

describe('a tart job on a host that is not a Mac', () => {
  it('fails with what the host is, before any tart call, and leaves no job workspace', async () => {
    const job = JobSpecSchema.parse({
      id: 'mac',
      description: 'mac job',
      timeout_secs: 10,
      writable_workspace: true,
      execution: { placement: 'local', runtime: 'tart' },
      runtime_config: { kind: 'tart' },
      guest_command: { kind: 'shell_command', command: 'true' },
    });
    const { job: record, run, stateRoot } = await runOne(job);
    expect(record).toMatchObject({
      status: 'failed',
      message: `Tart jobs need a macOS host; localhost runs ${execFileSync('uname', ['-s']).toString().trim()} (\`uname -sm\`)`,
    });
    const jobDir = join(stateRoot, 'runs', run.run_id, 'jobs/mac');
    expect(readdirSync(jobDir).sort()).toEqual(['artifacts', 'host.log', 'status.json']);
    expect(readdirSync(join(jobDir, 'artifacts')).sort()).toEqual(['guest.log', 'result.json']);
    expect(existsSync(join(jobDir, 'workspace'))).toBe(false);
  });
});
