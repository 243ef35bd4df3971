/** `pikaci lanes` through the real CLI entry (tsx), and its documented JSON shape. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runCli as cli, ROOT } from '../support/cli.js';

describe('pikaci lanes', () => {
  it('prints the documented JSON for the Pika manifest', async () => {
    const { code, stdout } = await cli(['lanes', '--manifest', 'catalog/pika-forge-lanes.toml', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      manifest: string;
      catalog: string;
      nightly_schedule_utc: string;
      lanes: Array<Record<string, unknown>>;
    };
    expect(json.manifest).toBe(join(ROOT, 'catalog/pika-forge-lanes.toml'));
    expect(json.catalog).toBe(join(ROOT, 'catalog/pika.toml'));
    expect(json.nightly_schedule_utc).toBe('08:00');
    expect(json.lanes).toHaveLength(15);
    const rmp = json.lanes[4]!;
    expect(Object.keys(rmp)).toEqual([
      'id',
      'title',
      'group',
      'target',
      'staged_linux_target',
      'command',
      'entrypoint',
      'concurrency_group',
      'runs_on',
      'paths',
      'line',
    ]);
    expect({ ...rmp, paths: undefined }).toEqual({
      id: 'rmp',
      title: 'check-rmp',
      group: 'branch',
      target: 'pre-merge-rmp',
      staged_linux_target: 'pre-merge-rmp',
      command: null,
      entrypoint: './scripts/pikaci-staged-linux-remote.sh run pre-merge-rmp',
      concurrency_group: 'staged-linux:pre-merge-rmp',
      runs_on: 'ubuntu-latest',
      paths: undefined,
      line: 139,
    });
    expect(json.lanes[14]).toMatchObject({
      id: 'nightly_apple_host_bundle',
      group: 'nightly',
      target: null,
      command: ['./scripts/pikaci-apple-remote.sh', 'run', '--just-recipe', 'apple-host-bundle'],
      concurrency_group: 'apple-host',
    });
  });

  it("prints a human listing of this repository's lanes by default", async () => {
    const { code, stdout } = await cli(['lanes']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'branch  unit  unit tests  command npm ci && npm run test:unit  (runs-on ubuntu-latest; 12 paths)',
    );
  });

  it('exits 2 naming file, line and key path on a bad manifest', async () => {
    const { code, stderr } = await cli(['lanes', '--manifest', 'catalog/example.toml']);
    expect(code).toBe(2);
    const file = join(ROOT, 'catalog/example.toml');
    expect(stderr).toContain(`pikaci: 2 problems in ${file}:`);
    expect(stderr).toContain(`${file}:5: targets: unknown key \`targets\``);
    expect(stderr).toContain(`${file}:9: jobs: unknown key \`jobs\``);
  });
});
