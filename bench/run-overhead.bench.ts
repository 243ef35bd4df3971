/**
 * Overhead of `pikaci run` for a one-job target whose command is `true`, against the floors measured
 * in the same run, interleaved: `node -e 0` (issue aim: at most 2.5x), `pikaci --version` (Node start
 * plus the CLI bundle) and `bash -c true`. Always measures a bundle built from the current
 * source into a temp directory with `scripts/build-dist.mjs` (a committed `dist/` may be stale).
 * Then the same on the Node the action runs on (`benchNode`: the Node 24 under `.tools/`), when that
 * is another Node: its compile cache is on there (warmed by the first round), and `node -e 0` is
 * about half as long, so the same milliseconds make a larger ratio.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchNode, report, timeInterleaved } from './stats.js';
import { makeRepo } from '../__tests__/support/repo.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CATALOG = `version = 1
[targets.noop]
description = "one job running true"
jobs = ["noop"]

[jobs.noop]
description = "true"
timeout_secs = 60
execution = { placement = "local", runtime = "host_process" }
runtime_config = { kind = "host_process" }
guest_command = { kind = "host_shell_command", command = "true" }
`;

export default async function runOverhead(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'pikaci-bench-'));
  try {
    execFileSync('node', [join(ROOT, 'scripts/build-dist.mjs'), join(work, 'dist')], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const cli = join(work, 'dist/cli/index.js');
    const repo = makeRepo(
      { 'catalog.toml': CATALOG, 'README.md': 'bench\n' },
      { dir: join(work, 'repo'), message: 'bench' },
    ).root;
    const stateRoot = join(work, 'state');
    for (const runtime of [...new Set([process.execPath, benchNode(ROOT)])]) {
      const [pikaci, node, version, direct] = await timeInterleaved(10, [
        () =>
          execFileSync(
            runtime,
            [cli, 'run', '--catalog', 'catalog.toml', 'noop', '--state-root', stateRoot],
            {
              cwd: repo,
              stdio: 'ignore',
            },
          ),
        () => execFileSync(runtime, ['-e', '0'], { stdio: 'ignore' }),
        () => execFileSync(runtime, [cli, '--version'], { stdio: 'ignore' }),
        () => execFileSync('bash', ['-c', 'true'], { stdio: 'ignore' }),
      ]);
      const on = `node ${execFileSync(runtime, ['--version']).toString().trim()}`;
      console.log(on);
      report(`pikaci run (one \`true\` job)`, pikaci!, node!, 'node -e 0');
      report('pikaci --version', version!, node!, 'node -e 0');
      report('pikaci run (one `true` job)', pikaci!, direct!, 'bash -c true');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
