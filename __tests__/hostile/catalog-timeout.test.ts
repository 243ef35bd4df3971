/**
 * A job timeout beyond Node's longest timer is refused when the catalog loads, with file:line; the
 * longest one accepted runs normally (a real host-process run through the CLI).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

/** floor((2^31 - 1) ms / 1000) less the 30 s Incus host grace, as the README states. */
const MAX_TIMEOUT_SECS = 2_147_453;
let dir: string;
let repo: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pikaci-hostile-timeout-'));
  repo = makeRepo({ 'a.txt': 'a\n' }, { dir: join(dir, 'repo') }).root;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function catalog(timeout: number): Promise<string> {
  const path = join(dir, `catalog-${timeout}.toml`);
  await writeFile(
    path,
    `version = 1

[targets.t]
description = "d"
jobs = ["j"]

[jobs.j]
description = "d"
timeout_secs = ${timeout}
execution = { placement = "local", runtime = "host_process" }
runtime_config = { kind = "host_process" }
guest_command = { kind = "host_shell_command", command = "echo ran-to-the-end" }
`,
  );
  return path;
}

describe('timeout_secs', () => {
  it.each([[MAX_TIMEOUT_SECS + 1], [2_147_484], [10 ** 12]])(
    'refuses %i with file:line: key path',
    async (timeout) => {
      const path = await catalog(timeout);
      const result = await runCli(['run', '--catalog', path, '--state-root', join(dir, 'state'), 't'], {
        cwd: repo,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `${path}:9: jobs.j.timeout_secs: timeout_secs must be at most ${MAX_TIMEOUT_SECS} (about 24 days)`,
      );
      expect(result.stderr).not.toMatch(/TimeoutOverflowWarning|internal error|\n\s+at /);
    },
  );

  it(`runs a job with the longest accepted timeout (${MAX_TIMEOUT_SECS} s) to its end`, async () => {
    const path = await catalog(MAX_TIMEOUT_SECS);
    const result = await runCli(['run', '--catalog', path, '--state-root', join(dir, 'state'), 't'], {
      cwd: repo,
    });
    expect(result.stderr).not.toContain('TimeoutOverflowWarning');
    expect(result.stdout).toContain('ran-to-the-end');
    expect(result.code).toBe(0);
  });
});
