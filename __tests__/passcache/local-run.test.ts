/**
 * `pikaci run <lane> --skip-if-passed` against the state root's own index, and `pikaci plan
 * --explain-key`, through the CLI as a user runs it (tsx subprocess, a real git repository, real
 * host processes). The lane appends to a file outside the repository, so "not run" is observable.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunRecordSchema } from '../../src/records/index.js';
import { runCli } from '../support/cli.js';
import { makeRepo, tempDir } from '../support/repo.js';

let repo: string;
let outside: string;
let counter: string;

beforeAll(() => {
  outside = tempDir('pikaci-passcache-local-');
  counter = join(outside, 'ran');
  writeFileSync(counter, '');
  repo = makeRepo({
    '.gitignore': '.pikaci/\nignored.txt\n',
    'src/a.txt': 'one\n',
    'ci/forge-lanes.toml': `version = 1

[[branch.lanes]]
id = "unit"
title = "unit tests"
command = ["sh", "-c", "echo ran >> ${counter}; cat src/a.txt"]
paths = ["src/**"]
`,
  }).root;
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const env = { CI: '', PIKACI_STATE_ROOT: '' };
const runs = (): number => readFileSync(counter, 'utf8').split('\n').filter(Boolean).length;

async function run(): Promise<{
  code: number | null;
  stderr: string;
  record: ReturnType<typeof RunRecordSchema.parse>;
}> {
  const result = await runCli(['run', 'unit', '--skip-if-passed', '--output', 'json'], { cwd: repo, env });
  return {
    code: result.code,
    stderr: result.stderr,
    record: RunRecordSchema.parse(JSON.parse(result.stdout)),
  };
}

describe('pikaci run --skip-if-passed (state root index)', () => {
  it('runs on a miss, then answers from the index with the run id that proved the key; any edit is a miss', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('has not passed here');
    expect(first.record).toMatchObject({ status: 'passed', pass_cache: { outcome: 'ran' } });
    expect(runs()).toBe(1);
    const key = first.record.pass_cache!.key;
    expect(key).toMatch(/^pikaci-pass-v1-unit-[0-9a-f]{64}$/);

    const second = await run();
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`unit: already passed in run ${first.record.run_id}`);
    expect(second.record).toMatchObject({
      status: 'passed',
      jobs: [],
      message: `already passed in run ${first.record.run_id}`,
      pass_cache: {
        key,
        outcome: 'already_passed',
        proved_by_run_id: first.record.run_id,
        proved_by_url: null,
      },
    });
    expect(runs()).toBe(1);

    // An ignored file is not in the snapshot, so not in the key.
    writeFileSync(join(repo, 'ignored.txt'), 'anything\n');
    expect((await run()).record.pass_cache?.outcome).toBe('already_passed');

    // An edit to a file the lane sees (uncommitted: the working tree is what a local run snapshots).
    writeFileSync(join(repo, 'src/a.txt'), 'two\n');
    const edited = await run();
    expect(edited.record.pass_cache).toMatchObject({ outcome: 'ran' });
    expect(edited.record.pass_cache!.key).not.toBe(key);
    expect(runs()).toBe(2);

    // Back to the first content: the first key again, proved by the first run.
    writeFileSync(join(repo, 'src/a.txt'), 'one\n');
    const back = await run();
    expect(back.record.pass_cache).toMatchObject({
      key,
      outcome: 'already_passed',
      proved_by_run_id: first.record.run_id,
    });
    expect(runs()).toBe(2);

    const explained = await runCli(['plan', '--explain-key', 'unit', '--format', 'json'], { cwd: repo, env });
    expect(explained.code).toBe(0);
    const json = JSON.parse(explained.stdout) as {
      key: string;
      components: Array<{ name: string; sha256: string }>;
    };
    expect(json.key).toBe(key);
    expect(json.components.map((c) => c.name)).toEqual([
      'format',
      'snapshot',
      'lane',
      'target',
      'runtime',
      'environment',
      'action',
      'runner',
    ]);
    const human = await runCli(['plan', '--explain-key', 'unit'], { cwd: repo, env });
    expect(human.stdout).toContain(`pass key of \`unit\`: ${key}`);
    for (const c of json.components) expect(human.stdout).toContain(`${c.name}`);
    expect((await runCli(['plan', '--explain-key', 'unit', '--base', 'main'], { cwd: repo, env })).code).toBe(
      2,
    );
  }, 240_000);

  it('pikaci gc removes the index entries of the runs it removes, and keeps the others', async () => {
    const passes = join(repo, '.pikaci', 'passes');
    writeFileSync(join(repo, 'src/a.txt'), 'three\n');
    const kept = await run();
    expect(kept.record.pass_cache).toMatchObject({ outcome: 'ran' });
    writeFileSync(
      join(passes, 'hostile.json'),
      '{"schema_version":1,"key":"k","run_id":"../../x","passed_at":"2026-11-30T00:00:00Z"}',
    );
    const before = readdirSync(passes).sort();
    expect(before.length).toBeGreaterThanOrEqual(4);

    const gc = await runCli(['gc', '--keep-runs', '1', '--force'], { cwd: repo, env });
    expect(gc.code).toBe(0);
    const after = readdirSync(passes).sort();
    expect(after).toHaveLength(1);
    expect(gc.stdout).toContain(`removed_passes=${before.length - 1}`);
    // The kept entry is the newest run's, which still answers.
    expect((await run()).record.pass_cache).toMatchObject({
      outcome: 'already_passed',
      proved_by_run_id: kept.record.run_id,
    });
  }, 240_000);
});
