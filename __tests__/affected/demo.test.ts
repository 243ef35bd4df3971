/**
 * `npm run demo` (`scripts/demo.mjs` on `examples/demo/`): run in a copy of this project's layout
 * whose `dist/cli/index.js` loads the CLI from source, so the demo is checked against the code under
 * test rather than the committed bundle. Real git, real processes.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RunRecordSchema } from '../../src/records/index.js';
import { ROOT } from '../support/cli.js';
import { tempDir } from '../support/repo.js';

function projectCopy(): string {
  const copy = tempDir('pikaci-demo-project-');
  writeFileSync(join(copy, 'package.json'), '{ "type": "module" }\n');
  mkdirSync(join(copy, 'scripts'));
  cpSync(join(ROOT, 'scripts/demo.mjs'), join(copy, 'scripts/demo.mjs'));
  cpSync(join(ROOT, 'examples/demo'), join(copy, 'examples/demo'), { recursive: true });
  mkdirSync(join(copy, 'dist/cli'), { recursive: true });
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/api/index.mjs')).href;
  const main = pathToFileURL(join(ROOT, 'src/cli/main.ts')).href;
  writeFileSync(
    join(copy, 'dist/cli/index.js'),
    `import { register } from '${tsx}';\nregister();\nawait import('${main}');\n`,
  );
  return copy;
}

describe('npm run demo', () => {
  it('plans the example branch, runs the two lanes it touches, and records them, in under 10 s', () => {
    const project = projectCopy();
    const started = Date.now();
    const demo = spawnSync(process.execPath, [join(project, 'scripts/demo.mjs')], {
      cwd: project,
      encoding: 'utf8',
    });
    const elapsed = Date.now() - started;
    expect(demo.stderr).not.toMatch(/\n\s+at /);
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('✓ unit (Unit tests): `src/greet.sh` matches `src/**`');
    expect(demo.stdout).toContain('✓ docs (Docs mention every command): `docs/usage.md` matches `docs/**`');
    expect(demo.stdout).toContain(
      "· web (Web preview): none of the 2 changed files matches the lane's paths",
    );
    expect(demo.stdout).toContain('greet.sh: ok');
    expect(demo.stdout).toContain('2 of 2 lanes passed');
    expect(elapsed).toBeLessThan(10_000);

    const repo = /example repository: (\S+)/.exec(demo.stdout)![1]!;
    const runsDir = join(repo, '.pikaci/runs');
    expect(existsSync(runsDir)).toBe(true);
    const records = readdirSync(runsDir).map((id) =>
      RunRecordSchema.parse(JSON.parse(readFileSync(join(runsDir, id, 'run.json'), 'utf8'))),
    );
    expect(records.map((run) => [run.target_id, run.status]).sort()).toEqual([
      ['docs', 'passed'],
      ['unit', 'passed'],
    ]);
  }, 30_000);
});
