/**
 * Smoke test against a real Tart on a Mac (opt-in: `PIKACI_REAL_TART=1 npm run test:real-tart`;
 * README "Tart"). It needs macOS on Apple Silicon, Tart ≥ 2.27 and a base VM (`PIKACI_TART_BASE_VM`,
 * default `sequoia-base`) that meets the guest contract of README "Tart". It fails, never skips,
 * when run without the opt-in. Every job must leave no `pikaci-*` VM of its run behind.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { completeTart, tartSettings, TART_SETTINGS, vmName } from '../../src/backends/tart/index.js';
import { executionEnvironment } from '../../src/hosts/index.js';
import { readCliSettings } from '../../src/runtime/index.js';
import { runJobs } from '../../src/run/index.js';
import { jobSpec } from '../support/jobs.js';
import { makeRepo, tempDir } from '../support/repo.js';

beforeAll(() => {
  if (process.env.PIKACI_REAL_TART !== '1') {
    throw new Error(
      'the real-Tart smoke test runs only with PIKACI_REAL_TART=1 on a Mac with Tart (npm run test:real-tart)',
    );
  }
});

function tartVms(): string[] {
  return (
    JSON.parse(execFileSync('tart', ['list', '--format', 'json']).toString()) as Array<{ Name: string }>
  ).map((vm) => vm.Name);
}

describe('Tart backend against a real Tart (PIKACI_REAL_TART=1)', () => {
  it.each([
    ['shell_command_as_root', 'real-tart-root'],
    ['shell_command', 'real-tart-user'],
  ])('real: a %s job passes in a VM cloned from the base VM, and the VM is gone after', async (kind, id) => {
    // The PIKACI_TART_* variables, as the CLI reads them.
    const tart = tartSettings(readCliSettings(TART_SETTINGS, {}, process.env));
    completeTart(tart, { workDir: '/var/tmp/pikaci' });
    let runId = '';
    const run = await runJobs({
      stateRoot: join(tempDir('pikaci-real-tart-'), 'state'),
      sourceRoot: makeRepo({ 'hello.txt': 'hello from the snapshot\n' }).root,
      jobs: [
        jobSpec(id, {
          timeout_secs: 600,
          execution: { placement: 'local', runtime: 'tart' },
          runtime_config: { kind: 'tart' },
          guest_command: { kind, command: 'sw_vers && cat hello.txt && id -un' },
        }),
      ],
      targetId: id,
      targetDescription: id,
      includeLocalChanges: false,
      environment: executionEnvironment({ tart, log: (line) => process.stderr.write(`${line}\n`) }),
      reporter: {
        event: (event) => {
          if (event.event === 'run_started') runId = event.run_id;
        },
        jobOutput: ({ chunk }) => process.stderr.write(chunk),
      },
    });
    expect(run.jobs[0]).toMatchObject({ status: 'passed', message: 'test passed' });
    expect(tartVms()).not.toContain(vmName(runId, id));
  });
});
