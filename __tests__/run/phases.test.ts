import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { JobSpecSchema } from '../../src/model/index.js';
import { LinePrefixer, createReporter, runJobs } from '../../src/run/index.js';
import { hostProcessBackend } from '../../src/backends/host-process/index.js';
import { executionEnvironment } from '../../src/hosts/index.js';
import { recordingReporter } from './helpers.js';
import { hostJob, jobSpec } from '../support/jobs.js';
import { makeRepo, tempDir } from '../support/repo.js';

function staged(id: string, command: string, prefix = 'p') {
  return JobSpecSchema.parse({
    id,
    description: `staged ${id}`,
    timeout_secs: 60,
    execution: { placement: 'local', runtime: 'incus' },
    runtime_config: {
      kind: 'incus',
      staged_linux_command: {
        snapshot_profile: 'rust',
        prepare_node_prefix: prefix,
        prepare_description: 'lane',
        payload_specs: [
          { role: 'workspace_deps', output_name: 'deps', nix_installable: '.#deps' },
          { role: 'workspace_build', output_name: 'build', nix_installable: '.#build' },
        ],
        execute_wrapper_command: '/staged/run',
        workspace_output_system: 'x86_64-linux',
      },
    },
    guest_command: { kind: 'shell_command', command },
  });
}

describe('prepare phase', () => {
  it('records a Nix prepare that is not implemented honestly: dependents fail, others are skipped', async () => {
    const reporter = recordingReporter();
    const run = await runJobs({
      environment: executionEnvironment(),
      stateRoot: tempDir(),
      sourceRoot: makeRepo({ 'README.md': 'hello\n' }).root,
      targetId: 't',
      targetDescription: null,
      jobs: [staged('a', 'true'), jobSpec('h', hostJob('true'))],
      reporter,
    });
    expect(run.status).toBe('failed');
    const [a, h] = run.jobs;
    expect(a).toMatchObject({ status: 'failed', exit_code: null });
    expect(a!.message).toBe(
      'prepare node `prepare-p-workspace-deps` failed before execute: not implemented yet: building the staged payload `deps` with Nix (prepare node `prepare-p-workspace-deps`) is not available in this version',
    );
    expect(h!.status).toBe('skipped');
    expect(h!.message).toMatch(
      /^not run because prepare phase stopped after `prepare-p-workspace-deps` failed: /,
    );
    expect(run.prepare_timings.map((t) => t.node_id)).toEqual(['prepare-p-workspace-deps']);
    expect(readFileSync(a!.host_log_path, 'utf8')).toContain(
      '[pikaci] prepare node `prepare-p-workspace-deps` failed',
    );
    expect(reporter.events.map((e) => e.event)).toEqual(['run_started', 'run_finished']);
  });
});

describe('parallel execute', () => {
  it('runs all-staged jobs concurrently and prefixes their lines', async () => {
    const lines: string[] = [];
    const reporter = createReporter('human', {
      stdout: { write: (c) => lines.push(c.toString()) },
      stderr: { write: () => true },
    });
    const started = Date.now();
    const run = await runJobs({
      stateRoot: tempDir(),
      sourceRoot: makeRepo({ 'README.md': 'hello\n' }).root,
      targetId: 't',
      targetDescription: null,
      jobs: [staged('x', 'sleep 1; echo from-x'), staged('y', 'sleep 1; echo from-y')],
      reporter,
      environment: {
        ...executionEnvironment(),
        resolveBackend: () => ({ kind: 'ready', backend: hostProcessBackend() }),
      },
      prepare: {
        nixBuild: async (node) => ({
          node_id: node.id,
          installable: node.prepare.installable,
          output_name: node.prepare.output_name,
          protocol: 'nix_store_path_v1',
          residency: node.prepare.residency,
          consumer: 'host_local_symlink_mounts_v1',
          realized_path: `/nix/store/test-${node.prepare.output_name}`,
          consumer_request_path: null,
          consumer_result_path: null,
          consumer_launch_request_path: null,
          consumer_transport_request_path: null,
          exposures: [],
          requested_exposures: [],
          payload: null,
          status: 'succeeded',
          error: null,
          placement: 'local',
          host: 'localhost',
          realization: 'built',
          reused_from_run: null,
          snapshot_transfer: 'on_this_machine',
        }),
      },
    });
    expect(run.status).toBe('passed');
    expect(Date.now() - started).toBeLessThan(1900 + 1500);
    expect(lines).toContain('[x] from-x\n');
    expect(lines).toContain('[y] from-y\n');
    const prepared = JSON.parse(readFileSync(run.prepared_outputs_path!, 'utf8')) as { outputs: unknown[] };
    expect(prepared.outputs).toHaveLength(2);
    expect(
      run.jobs.every(
        (j) => j.pre_execution_prepare_duration_ms === null || j.pre_execution_prepare_duration_ms >= 0,
      ),
    ).toBe(true);
  });

  it('a cancel while a payload builds: the run finishes failed with the message `cancelled`', async () => {
    const cancel = new AbortController();
    const run = await runJobs({
      stateRoot: tempDir(),
      sourceRoot: makeRepo({ 'README.md': 'hello\n' }).root,
      targetId: 't',
      targetDescription: null,
      jobs: [staged('x', 'echo never')],
      signal: cancel.signal,
      environment: {
        ...executionEnvironment(),
        resolveBackend: () => ({ kind: 'ready', backend: hostProcessBackend() }),
      },
      prepare: {
        // A build that runs until it is cancelled, as `nix build` under the supervisor does.
        nixBuild: (_node, ctx) =>
          new Promise((_, reject) => {
            ctx.signal.addEventListener('abort', () => reject(new Error('cancelled')), { once: true });
            cancel.abort();
          }),
      },
    });
    expect(run.status).toBe('failed');
    expect(run.message).toBe('cancelled');
    expect(run.jobs.map((job) => job.status)).toEqual(['failed']);
  });

  it('LinePrefixer keeps partial lines until their newline, and flushes them at the end', () => {
    const out: string[] = [];
    const prefixer = new LinePrefixer({ write: (c) => out.push(c.toString()) });
    prefixer.write('j', 'stdout', Buffer.from('a\nb'));
    prefixer.write('j', 'stdout', Buffer.from('c\nd'));
    prefixer.end('j');
    expect(out).toEqual(['[j] a\n', '[j] bc\n', '[j] d\n']);
  });
});
