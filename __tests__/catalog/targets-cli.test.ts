/** `pikaci targets` through the real CLI entry (tsx), and its documented JSON shape. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runCli as cli, ROOT } from '../support/cli.js';

describe('pikaci targets', () => {
  it('prints the documented JSON for a catalog', async () => {
    const { code, stdout } = await cli([
      'targets',
      '--catalog',
      'catalog/example.toml',
      '--manifest',
      'ci/forge-lanes.toml',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      catalog: 'catalog/example.toml',
      manifest: join(ROOT, 'ci/forge-lanes.toml'),
      targets: [
        {
          id: 'hello',
          description: 'Say hello from a host process',
          staged: false,
          lane: null,
          filters: [],
          jobs: [
            {
              id: 'hello',
              description: "Print a greeting, the working directory and the shell's version",
              placement: 'local',
              runtime: 'host_process',
              timeout_secs: 60,
              writable_workspace: false,
              command: `bash --noprofile --norc -lc 'echo "hello from pikaci"; pwd; echo "bash $BASH_VERSION"'`,
              run_as_root: false,
              runtime_config: { kind: 'host_process' },
              guest_command: {
                kind: 'host_shell_command',
                command: 'echo "hello from pikaci"; pwd; echo "bash $BASH_VERSION"',
              },
            },
          ],
        },
      ],
    });
  });

  it('shows staged targets bound to their lanes, with filters from the manifest', async () => {
    const { code, stdout } = await cli(['targets', '--manifest', 'catalog/pika-forge-lanes.toml', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      catalog: string;
      targets: Array<{
        id: string;
        lane: string | null;
        staged: boolean;
        filters: string[];
        jobs: Array<{ command: string }>;
      }>;
    };
    expect(json.catalog).toBe(join(ROOT, 'catalog/pika.toml'));
    expect(json.targets).toHaveLength(33);
    const rmp = json.targets.find((t) => t.id === 'pre-merge-rmp')!;
    expect(rmp).toMatchObject({ staged: true, lane: 'rmp' });
    expect(rmp.filters).toHaveLength(14);
    expect(rmp.jobs[0]!.command).toBe('/staged/linux-rust/workspace-build/bin/run-rmp-init-smoke-ci');
  });

  it('prints a human listing', async () => {
    const { stdout } = await cli(['targets', '--manifest', 'catalog/pika-forge-lanes.toml']);
    expect(stdout).toContain(
      'pre-merge-rmp  Run the VM-backed pre-merge RMP lane  (staged, lane rmp, 14 filters)',
    );
    expect(stdout).toContain('  tart-env-probe  local/tart  1800s  bash --noprofile --norc -lc ');
    expect(stdout).toContain(
      '  android-sdk-probe  remote_ssh/incus  3600s  root  bash --noprofile --norc -lc ',
    );
  });

  it('exits 2 naming file, line and key path on a bad catalog', async () => {
    const { code, stderr } = await cli(['targets', '--catalog', 'catalog/pika-forge-lanes.toml']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'catalog/pika-forge-lanes.toml:2: nightly_schedule_utc: unknown key `nightly_schedule_utc`',
    );
  });
});
