/** Real git repositories and job specs for the run tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { JobSpecSchema, type JobSpec } from '../../src/model/index.js';
import type { RunLifecycleEvent, RunReporter } from '../../src/records/index.js';

export function tempDir(prefix = 'pikaci-run-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A git repository with one commit holding `files`. */
export function makeRepo(files: Record<string, string> = { 'README.md': 'hello\n' }): string {
  const dir = tempDir('pikaci-repo-');
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    });
  git('init', '-q', '-b', 'main');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
  return dir;
}

export function shellJob(id: string, command: string, extra: Partial<Record<string, unknown>> = {}): JobSpec {
  return JobSpecSchema.parse({
    id,
    description: `job ${id}`,
    timeout_secs: 60,
    execution: { placement: 'local', runtime: 'host_process' },
    runtime_config: { kind: 'host_process' },
    guest_command: { kind: 'host_shell_command', command },
    ...extra,
  });
}

export function recordingReporter(): RunReporter & { events: RunLifecycleEvent[]; output: string[] } {
  const events: RunLifecycleEvent[] = [];
  const output: string[] = [];
  return {
    events,
    output,
    event: (event) => {
      events.push(event);
    },
    jobOutput: ({ jobId, chunk }) => {
      output.push(`${jobId}:${chunk.toString()}`);
    },
  };
}
