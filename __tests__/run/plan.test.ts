import { describe, expect, it } from '@jest/globals';
import { JobSpecSchema } from '../../src/model/index.js';
import { buildRunPlan, executeConcurrency, maxConcurrentExecutes } from '../../src/run/index.js';
import { hostJob, jobSpec } from '../support/jobs.js';

function stagedJob(id: string, placement: 'local' | 'remote_ssh' = 'remote_ssh') {
  return JobSpecSchema.parse({
    id,
    description: `staged ${id}`,
    timeout_secs: 1800,
    execution: { placement, runtime: 'incus' },
    runtime_config: {
      kind: 'incus',
      staged_linux_command: {
        snapshot_profile: 'rust',
        prepare_node_prefix: 'pika-core-linux-rust',
        prepare_description: 'pika_core staged Linux Rust lane',
        payload_specs: [
          {
            role: 'workspace_deps',
            output_name: 'ci.x86_64-linux.workspaceDeps',
            nix_installable: '.#ci.x86_64-linux.workspaceDeps',
          },
          {
            role: 'workspace_build',
            output_name: 'ci.x86_64-linux.workspaceBuild',
            nix_installable: '.#ci.x86_64-linux.workspaceBuild',
          },
        ],
        execute_wrapper_command: `/staged/linux-rust/workspace-build/bin/run-${id}`,
        workspace_output_system: 'x86_64-linux',
      },
    },
    guest_command: { kind: 'shell_command', command: 'cargo test' },
  });
}

describe('buildRunPlan', () => {
  it('shares staged prepare nodes across jobs, like upstream (6 nodes), placed on their host', () => {
    const plan = buildRunPlan({
      runId: 'run-1',
      runDir: '/state/runs/run-1',
      createdAt: '2026-03-19T00:00:00Z',
      targetId: 'pre-merge-pika-rust',
      targetDescription: 'd',
      snapshotDir: '/state/runs/run-1/snapshot',
      contentHash: 'abc',
      workDir: '/w',
      jobs: [stagedJob('a-tests'), stagedJob('b-tests')],
    });
    expect(plan.record.scope).toBe('post_host_setup_and_snapshot');
    expect(plan.record.preconditions).toEqual(['host_setup_complete', 'workspace_snapshot_created']);
    expect(plan.record.nodes.map((n) => n.id)).toEqual([
      'prepare-pika-core-linux-rust-workspace-deps',
      'prepare-pika-core-linux-rust-workspace-build',
      'prepare-a-tests-runner',
      'prepare-b-tests-runner',
      'execute-a-tests',
      'execute-b-tests',
    ]);
    const [deps, build, , , execA] = plan.record.nodes;
    expect(build!.depends_on).toEqual([deps!.id]);
    expect(deps!.placement).toBe('remote_ssh');
    expect(deps!.kind === 'prepare' && deps!.prepare).toMatchObject({
      type: 'nix_build',
      installable: 'path:/w/snapshots/abc/snapshot#ci.x86_64-linux.workspaceDeps',
      residency: 'remote_authoritative_staged_linux',
      handoff: {
        exposures: [
          {
            kind: 'host_symlink_mount',
            path: '/w/runs/run-1/jobs/a-tests/staged-linux-rust/workspace-deps',
            access: 'read_only',
          },
          {
            kind: 'host_symlink_mount',
            path: '/w/runs/run-1/jobs/b-tests/staged-linux-rust/workspace-deps',
            access: 'read_only',
          },
        ],
      },
    });
    expect(execA).toMatchObject({
      executor: 'remote_linux_vm',
      depends_on: [
        'prepare-pika-core-linux-rust-workspace-deps',
        'prepare-pika-core-linux-rust-workspace-build',
        'prepare-a-tests-runner',
      ],
      execute: {
        type: 'vm_command',
        command: '/staged/linux-rust/workspace-build/bin/run-a-tests',
        timeout_secs: 1800,
      },
    });
  });

  it('builds a prefix once per host when its jobs span placements, each where it is consumed', () => {
    const plan = buildRunPlan({
      runId: 'run-2',
      runDir: '/state/runs/run-2',
      createdAt: '2026-03-19T00:00:00Z',
      targetId: 't',
      targetDescription: 'd',
      snapshotDir: '/state/runs/run-2/snapshot',
      contentHash: 'abc',
      workDir: '/w',
      jobs: [stagedJob('here', 'local'), stagedJob('there', 'remote_ssh')],
    });
    const prepares = plan.record.nodes.filter((n) => n.kind === 'prepare' && n.prepare.type === 'nix_build');
    expect(prepares.map((n) => [n.id, n.placement, n.depends_on])).toEqual([
      ['prepare-pika-core-linux-rust-workspace-deps-local', 'local', []],
      [
        'prepare-pika-core-linux-rust-workspace-build-local',
        'local',
        ['prepare-pika-core-linux-rust-workspace-deps-local'],
      ],
      ['prepare-pika-core-linux-rust-workspace-deps-remote-ssh', 'remote_ssh', []],
      [
        'prepare-pika-core-linux-rust-workspace-build-remote-ssh',
        'remote_ssh',
        ['prepare-pika-core-linux-rust-workspace-deps-remote-ssh'],
      ],
    ]);
    const [localDeps, , remoteDeps] = prepares;
    expect(localDeps!.kind === 'prepare' && localDeps!.prepare).toMatchObject({
      installable: 'path:/state/runs/run-2/snapshot#ci.x86_64-linux.workspaceDeps',
      residency: 'local_authoritative',
      handoff: { exposures: [{ path: '/state/runs/run-2/jobs/here/staged-linux-rust/workspace-deps' }] },
    });
    expect(remoteDeps!.kind === 'prepare' && remoteDeps!.prepare).toMatchObject({
      installable: 'path:/w/snapshots/abc/snapshot#ci.x86_64-linux.workspaceDeps',
      residency: 'remote_authoritative_staged_linux',
      handoff: { exposures: [{ path: '/w/runs/run-2/jobs/there/staged-linux-rust/workspace-deps' }] },
    });
    expect(plan.jobs.map((j) => j.dependsOn)).toEqual([
      [
        'prepare-pika-core-linux-rust-workspace-deps-local',
        'prepare-pika-core-linux-rust-workspace-build-local',
        'prepare-here-runner',
      ],
      [
        'prepare-pika-core-linux-rust-workspace-deps-remote-ssh',
        'prepare-pika-core-linux-rust-workspace-build-remote-ssh',
        'prepare-there-runner',
      ],
    ]);
  });

  it('gives a host-process job one host_command execute node with the raw command', () => {
    const plan = buildRunPlan({
      runId: 'r',
      runDir: '/s/runs/r',
      createdAt: '2026-03-19T00:00:00Z',
      targetId: null,
      targetDescription: null,
      snapshotDir: '/s/runs/r/snapshot',
      contentHash: null,
      workDir: '/w',
      jobs: [jobSpec('h', hostJob('echo hi'))],
    });
    expect(plan.record.nodes).toEqual([
      {
        kind: 'execute',
        id: 'execute-h',
        description: 'job h',
        executor: 'host_local',
        placement: 'local',
        runtime: 'host_process',
        depends_on: [],
        execute: { type: 'host_command', command: 'echo hi', timeout_secs: 60, writable_workspace: false },
      },
    ]);
  });
});

describe('execute concurrency', () => {
  it('is the configured cap only when every job is staged', () => {
    expect(executeConcurrency([stagedJob('a'), stagedJob('b')], 2)).toBe(2);
    expect(executeConcurrency([stagedJob('a'), jobSpec('h', hostJob('true'))], 2)).toBe(1);
    expect(maxConcurrentExecutes({})).toBe(2);
    expect(maxConcurrentExecutes({ PIKACI_MAX_CONCURRENT_EXECUTES: '4' })).toBe(4);
    for (const bad of ['0', '-1', '1.5', 'two']) {
      expect(() => maxConcurrentExecutes({ PIKACI_MAX_CONCURRENT_EXECUTES: bad })).toThrow(
        `PIKACI_MAX_CONCURRENT_EXECUTES must be a positive integer, got \`${bad}\``,
      );
    }
  });
});
