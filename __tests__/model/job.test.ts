import { describe, expect, it } from '@jest/globals';
import {
  compileGuestCommand,
  compileJobCommand,
  executorLabel,
  JobSpecSchema,
} from '../../src/model/index.js';

const base = {
  id: 'pika-actionlint',
  description: 'Run actionlint',
  timeout_secs: 600,
  execution: { placement: 'remote_ssh', runtime: 'incus' },
  runtime_config: { kind: 'incus' },
  guest_command: { kind: 'shell_command', command: 'actionlint' },
};

describe('job model', () => {
  it('compiles ShellCommand{"actionlint"} like upstream', () => {
    expect(compileGuestCommand({ kind: 'shell_command', command: 'actionlint' })).toEqual({
      command: "bash --noprofile --norc -lc 'actionlint'",
      runAsRoot: false,
    });
  });

  it('quotes embedded single quotes with the upstream rule', () => {
    expect(
      compileGuestCommand({ kind: 'exact_cargo_test', package: 'pika_core', test_name: "it's" }).command,
    ).toBe(`cargo test -p 'pika_core' 'it'"'"'s' -- --exact --nocapture`);
  });

  it('rejects a runtime config that disagrees with the execution config', () => {
    const result = JobSpecSchema.safeParse({ ...base, runtime_config: { kind: 'tart' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /runtime_config is `tart` but execution.runtime is `incus`/,
    );
    expect(result.error?.issues[0]?.path).toEqual(['runtime_config', 'kind']);
  });

  it('rejects backend knobs outside their runtime variant', () => {
    const result = JobSpecSchema.safeParse({ ...base, host_setup_command: 'just ios' });
    expect(result.success).toBe(false);
  });

  it('runs the staged wrapper instead of the guest command', () => {
    const job = JobSpecSchema.parse({
      ...base,
      runtime_config: {
        kind: 'incus',
        staged_linux_command: {
          snapshot_profile: 'followup',
          prepare_node_prefix: 'pika-followup-linux-rust',
          prepare_description: 'pika follow-up staged Linux lane',
          payload_specs: [
            { role: 'workspace_deps', output_name: 'a', nix_installable: '.#a' },
            { role: 'workspace_build', output_name: 'b', nix_installable: '.#b' },
          ],
          execute_wrapper_command: '/staged/linux-rust/workspace-build/bin/run-pika-actionlint',
          workspace_output_system: 'x86_64-linux',
        },
      },
    });
    expect(compileJobCommand(job)).toEqual({
      command: '/staged/linux-rust/workspace-build/bin/run-pika-actionlint',
      runAsRoot: false,
    });
  });

  it('labels every placement × runtime pair', () => {
    expect(executorLabel({ placement: 'local', runtime: 'host_process' })).toBe('host_local');
    expect(executorLabel({ placement: 'remote_ssh', runtime: 'incus' })).toBe('remote_linux_vm');
    expect(executorLabel({ placement: 'local', runtime: 'incus' })).toBe('local_incus');
    expect(executorLabel({ placement: 'remote_ssh', runtime: 'tart' })).toBe('remote_ssh_tart');
  });
});
