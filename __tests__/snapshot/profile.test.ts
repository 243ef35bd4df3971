import { describe, expect, it } from '@jest/globals';
import { JobSpecSchema, type JobSpec } from '../../src/model/index.js';
import { isSkippedPath, shouldSkipEntry, snapshotProfileForJobs } from '../../src/snapshot/index.js';

describe('shouldSkipEntry', () => {
  it('skips .git, .pikaci, .direnv and target at any depth in every profile', () => {
    for (const profile of ['full', 'staged_linux_rust', 'staged_linux_followup'] as const) {
      for (const name of ['.git', '.pikaci', '.direnv', 'target']) {
        expect(shouldSkipEntry(name, true, profile)).toBe(true);
        expect(shouldSkipEntry(name, false, profile)).toBe(true);
      }
    }
  });

  it('skips node_modules, .gradle, DerivedData and build below the root only', () => {
    for (const name of ['node_modules', '.gradle', 'DerivedData', 'build']) {
      expect(shouldSkipEntry(name, false, 'full')).toBe(true);
      expect(shouldSkipEntry(name, true, 'full')).toBe(false);
    }
  });

  it('skips mobile roots by profile, at the root only', () => {
    expect(shouldSkipEntry('ios', true, 'full')).toBe(false);
    expect(shouldSkipEntry('android', true, 'full')).toBe(false);
    expect(shouldSkipEntry('ios', true, 'staged_linux_rust')).toBe(true);
    expect(shouldSkipEntry('android', true, 'staged_linux_rust')).toBe(true);
    expect(shouldSkipEntry('ios', true, 'staged_linux_followup')).toBe(true);
    expect(shouldSkipEntry('android', true, 'staged_linux_followup')).toBe(false);
    expect(shouldSkipEntry('ios', false, 'staged_linux_rust')).toBe(false);
    expect(shouldSkipEntry('android', false, 'staged_linux_rust')).toBe(false);
  });

  it('matches whole names only', () => {
    for (const name of ['targets', 'my-target', 'Target', 'builds', '.github', 'src', 'Cargo.toml']) {
      expect(shouldSkipEntry(name, false, 'staged_linux_rust')).toBe(false);
      expect(shouldSkipEntry(name, true, 'staged_linux_rust')).toBe(false);
    }
  });
});

describe('isSkippedPath', () => {
  it('applies the rules to every component, the first as the root entry', () => {
    expect(isSkippedPath('target/debug/x', 'full')).toBe(true);
    expect(isSkippedPath('crates/a/target/debug/x', 'full')).toBe(true);
    expect(isSkippedPath('build/script.sh', 'full')).toBe(false);
    expect(isSkippedPath('app/build/out.o', 'full')).toBe(true);
    expect(isSkippedPath('node_modules/x/index.js', 'full')).toBe(false);
    expect(isSkippedPath('web/node_modules/x/index.js', 'full')).toBe(true);
    expect(isSkippedPath('ios/App.swift', 'staged_linux_rust')).toBe(true);
    expect(isSkippedPath('docs/ios/readme.md', 'staged_linux_rust')).toBe(false);
    expect(isSkippedPath('android/build.gradle', 'staged_linux_followup')).toBe(false);
    expect(isSkippedPath('src/lib.rs', 'staged_linux_rust')).toBe(false);
  });

  it('treats a file named like a skipped entry as skipped (upstream works on entry names)', () => {
    expect(isSkippedPath('target', 'full')).toBe(true);
    expect(isSkippedPath('a/build', 'full')).toBe(true);
    expect(isSkippedPath('build', 'full')).toBe(false);
  });
});

function job(id: string, runtimeConfig: unknown, runtime: 'host_process' | 'incus'): JobSpec {
  return JobSpecSchema.parse({
    id,
    description: id,
    timeout_secs: 60,
    execution: { placement: 'local', runtime },
    runtime_config: runtimeConfig,
    guest_command: { kind: 'shell_command', command: 'true' },
  });
}

function staged(id: string, profile: 'rust' | 'followup'): JobSpec {
  return job(
    id,
    {
      kind: 'incus',
      staged_linux_command: {
        snapshot_profile: profile,
        prepare_node_prefix: id,
        prepare_description: id,
        payload_specs: [
          { role: 'workspace_deps', output_name: 'ci.deps', nix_installable: '.#ci.deps' },
          { role: 'workspace_build', output_name: 'ci.build', nix_installable: '.#ci.build' },
        ],
        execute_wrapper_command: '/staged/linux-rust/workspace-build/bin/run',
        workspace_output_system: 'x86_64-linux',
      },
    },
    'incus',
  );
}

describe('snapshotProfileForJobs', () => {
  const host = job('host', { kind: 'host_process' }, 'host_process');
  const plainIncus = job('incus', { kind: 'incus' }, 'incus');

  it('is full without staged jobs', () => {
    expect(snapshotProfileForJobs([])).toBe('full');
    expect(snapshotProfileForJobs([host, plainIncus])).toBe('full');
  });

  it('is staged_linux_rust when any job is staged with the rust profile', () => {
    expect(snapshotProfileForJobs([host, staged('a', 'rust')])).toBe('staged_linux_rust');
  });

  it('is staged_linux_followup when any staged job has the followup profile', () => {
    expect(snapshotProfileForJobs([staged('a', 'rust'), staged('b', 'followup'), host])).toBe(
      'staged_linux_followup',
    );
    expect(snapshotProfileForJobs([staged('b', 'followup')])).toBe('staged_linux_followup');
  });
});
