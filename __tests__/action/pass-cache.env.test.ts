/**
 * `skip-if-passed` end to end (README "Skipping lanes that already passed"): the action bundle
 * (built into a temp dir from src/, as the other action tests do) runs as the GitHub runner runs
 * it — inputs as `INPUT_*`, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY` — against a real git workspace,
 * real processes and the real LXD daemon. Simulated, and named so: the cache service (and the
 * artifact service) on 127.0.0.1 (`support/artifact-service.ts`) that the real `@actions/cache`
 * client talks to. A lane appends to a file outside the workspace, so "not run" is observable.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { appendFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregate, parsePlanInput } from '../../src/action/aggregate.js';
import { reportMarkdown } from '../../src/action/report-command.js';
import { RunRecordSchema, type RunRecord } from '../../src/records/index.js';
import { startArtifactService, type SimulatedArtifactService } from '../support/artifact-service.js';
import { runAction, type ActionResult, type RunActionOptions } from '../support/runner.js';
import { loadTestEnv, uniqueName, type TestEnv } from '../support/test-env.js';
import { commit, initRepo } from '../support/repo.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZERO = '0'.repeat(40);

let root: string;
let pkg: string;
let entry: string;
let service: SimulatedArtifactService;
let env: TestEnv;
let workspace: string;
let counter: string;
let head: string;
let nextRunId = 5000;
/** The LXD image aliases this file creates (moved between two images), and the image it imports. */
let aliasA: string;
let aliasB: string;
let importedImage: string | null = null;

const manifest = `version = 1

[[branch.lanes]]
id = "unit"
title = "unit lane"
target = "unit-target"
runs_on = "ubuntu-latest"
paths = ["src/**"]

[[branch.lanes]]
id = "incus"
title = "incus lane"
target = "incus-target"
runs_on = ["self-hosted", "incus"]
paths = ["src/**"]
`;

const catalog = (counterFile: string, description = 'count and print'): string => `version = 1

[targets.unit-target]
description = "the unit target"
jobs = ["unit-job"]

[targets.incus-target]
description = "in a container"
jobs = ["incus-job"]

[jobs.unit-job]
description = "${description}"
timeout_secs = 60
execution = { placement = "local", runtime = "host_process" }
runtime_config = { kind = "host_process" }
guest_command = { kind = "host_shell_command", command = "echo ran >> ${counterFile}; cat src/a.txt" }

[jobs.incus-job]
description = "print from the container"
timeout_secs = 120
execution = { placement = "local", runtime = "incus" }
runtime_config = { kind = "incus" }
guest_command = { kind = "shell_command", command = "cat src/a.txt" }
`;

beforeAll(async () => {
  env = loadTestEnv();
  root = await mkdtemp(join(tmpdir(), 'pikaci-passcache-action-'));
  pkg = join(root, 'pkg');
  await execa(process.execPath, ['scripts/build-dist.mjs', join(pkg, 'dist')], { cwd: repoRoot });
  await symlink(join(repoRoot, 'catalog'), join(pkg, 'catalog'));
  entry = join(pkg, 'dist', 'action', 'index.js');
  service = await startArtifactService();
  counter = join(root, 'ran-unit');
  await writeFile(counter, '');
  workspace = join(root, 'workspace');
  initRepo(workspace);
  head = commit(
    workspace,
    {
      '.gitignore': 'ignored.txt\n',
      'ci/forge-lanes.toml': manifest,
      'ci/pikaci-catalog.toml': catalog(counter),
      'src/a.txt': 'the snapshot content\n',
    },
    'lanes',
  );
  aliasA = uniqueName('pikaci-passcache-a');
  aliasB = uniqueName('pikaci-passcache-b');
}, 600_000);

afterAll(async () => {
  for (const alias of [aliasA, aliasB]) {
    if (alias) await execa(env.lxd.cli, ['image', 'alias', 'delete', alias], { reject: false });
  }
  if (importedImage) await execa(env.lxd.cli, ['image', 'delete', importedImage], { reject: false });
  await service?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

type Step = Omit<RunActionOptions, 'entry' | 'cwd' | 'eventName'> & { eventName?: string; entry?: string };

/** One `command: run` step (a new workflow run id each time) with the cache service's variables. */
async function runStep(
  lane: string,
  options: Step = {},
): Promise<ActionResult & { record: RunRecord; workflowRunId: string }> {
  const runId = String(nextRunId++);
  const result = await runAction({
    entry,
    cwd: workspace,
    eventName: 'push',
    event: { ref: 'refs/heads/main', before: ZERO, after: head },
    timeoutMs: 180_000,
    ...options,
    inputs: {
      command: 'run',
      lane,
      'skip-if-passed': 'true',
      'upload-artifact': 'false',
      'state-root': join(root, 'state'),
      ...options.inputs,
    },
    env: {
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: head,
      GITHUB_SERVER_URL: 'https://github.com',
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ...service.env,
      ...options.env,
    },
  });
  const runIdOutput = result.outputs['run-id'];
  if (result.exitCode !== 0 || !runIdOutput) {
    throw new Error(`the run step failed (${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
  }
  const record = RunRecordSchema.parse(
    JSON.parse(await readFile(join(root, 'state', 'runs', runIdOutput, 'run.json'), 'utf8')),
  );
  return { ...result, record, workflowRunId: runId };
}

const ran = async (): Promise<number> => (await readFile(counter, 'utf8')).split('\n').filter(Boolean).length;
const creates = (): number => service.cache.calls('CreateCacheEntry').length;
const artifactCreates = (): number =>
  service.requests.filter((r) => r.path.endsWith('/ArtifactService/CreateArtifact')).length;

describe('skip-if-passed (real @actions/cache client, simulated cache service)', () => {
  it('simulated: a miss runs the lane and saves a marker; the next run with the same inputs does not run it and uploads nothing', async () => {
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const first = await runStep('unit', {});
    expect(first.outputs).toMatchObject({ status: 'passed', 'already-passed': 'false' });
    expect(await ran()).toBe(1);
    expect(first.record.pass_cache).toMatchObject({ outcome: 'ran' });
    const key = first.record.pass_cache!.key;
    expect(key).toMatch(/^pikaci-pass-v1-unit-[0-9a-f]{64}$/);
    expect(first.stdout).toContain(`pass key: ${key}`);
    // The component lines carry repository text (titles, job ids): fenced from workflow commands.
    expect(first.stdout).toMatch(
      /::stop-commands::([0-9a-f-]{36})\n {2}format .*\n(?: {2}\S.*\n){7}::\1::\n/,
    );
    expect(first.summary).toContain(`pass key: \`${key}\` — saved`);
    expect(service.cache.entries.filter((e) => e.finalized).map((e) => [e.key, e.scope])).toEqual([
      [key, 'refs/heads/main'],
    ]);
    const provingUrl = `https://github.com/pika/pika/actions/runs/${first.workflowRunId}/attempts/1`;

    const uploadsBefore = artifactCreates();
    const second = await runStep('unit', { inputs: { 'upload-artifact': 'true' } });
    expect(second.outputs).toMatchObject({ status: 'passed', 'already-passed': 'true', 'artifact-id': '' });
    expect(await ran()).toBe(1);
    expect(artifactCreates()).toBe(uploadsBefore);
    expect(second.record).toMatchObject({
      status: 'passed',
      jobs: [],
      message: `already passed at ${provingUrl}`,
      pass_cache: { key, outcome: 'already_passed', proved_by_url: provingUrl },
    });
    expect(second.stdout).toContain(
      `::notice title=pikaci unit%3A already passed::already passed at ${provingUrl}`,
    );
    expect(second.summary).toContain(
      `**♻️ passed — already passed** at [the run that proved it](${provingUrl})`,
    );
    expect(second.summary).not.toContain('| job |');
    for (const body of service.cache.calls('GetCacheEntryDownloadURL') as Array<Record<string, unknown>>) {
      expect(body['key']).toMatch(/^pikaci-pass-v1-/);
      expect(body['restore_keys'] ?? []).toEqual([]);
    }

    // A file outside the snapshot (ignored) is not an input: still a hit.
    await writeFile(join(workspace, 'ignored.txt'), 'scratch\n');
    expect((await runStep('unit', {})).outputs['already-passed']).toBe('true');
  }, 600_000);

  it('simulated: a change to a file the lane sees, or to its target, is a miss', async () => {
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const before = await ran();
    head = commit(workspace, { 'src/b.txt': 'another file\n' }, 'a file');
    const file = await runStep('unit', {});
    expect(file.outputs['already-passed']).toBe('false');
    expect(await ran()).toBe(before + 1);

    head = commit(workspace, { 'ci/pikaci-catalog.toml': catalog(counter, 'count, print') }, 'target');
    const target = await runStep('unit', {});
    expect(target.outputs['already-passed']).toBe('false');
    expect(await ran()).toBe(before + 2);
    expect(new Set([file.record.pass_cache!.key, target.record.pass_cache!.key]).size).toBe(2);
    expect((await runStep('unit', {})).outputs['already-passed']).toBe('true');
    expect(await ran()).toBe(before + 2);
  }, 600_000);

  it('simulated: a rebuilt action (any change to its code) is a miss', async () => {
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const rebuilt = join(root, 'pkg-rebuilt');
    await cp(pkg, rebuilt, { recursive: true, verbatimSymlinks: true });
    await appendFile(join(rebuilt, 'dist', 'action', 'index.js'), '\n// rebuilt\n');
    const before = await ran();
    const result = await runStep('unit', { entry: join(rebuilt, 'dist', 'action', 'index.js') });
    expect(result.outputs['already-passed']).toBe('false');
    expect(await ran()).toBe(before + 1);
  }, 600_000);

  it('simulated: a pull_request run reads the markers of trusted runs but never saves one', async () => {
    service.cache.scope = { write: 'refs/pull/3/merge', read: ['refs/heads/main'] };
    const pr = { eventName: 'pull_request', event: { pull_request: { number: 3 } } };
    const hit = await runStep('unit', pr);
    expect(hit.outputs['already-passed']).toBe('true');

    const before = await ran();
    const createsBefore = creates();
    head = commit(workspace, { 'src/a.txt': 'changed in the pull request\n' }, 'pr change');
    const miss = await runStep('unit', pr);
    expect(miss.outputs).toMatchObject({ status: 'passed', 'already-passed': 'false' });
    expect(await ran()).toBe(before + 1);
    expect(creates()).toBe(createsBefore);
    expect(miss.stdout).toContain(
      'pass markers are saved only by push, merge_group, schedule, workflow_dispatch runs',
    );
    expect(miss.summary).toMatch(/pass key: `[^`]+` — not saved: pass markers are saved only by/);

    // Nothing was saved, so the same tree on the default branch still runs (and then saves).
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const push = await runStep('unit', {});
    expect(push.outputs['already-passed']).toBe('false');
    expect(await ran()).toBe(before + 2);
    expect(creates()).toBe(createsBefore + 1);
  }, 600_000);

  it('simulated: plan with skip-if-passed marks the legs whose key passed; report shows them with the proving run', async () => {
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const planned = await runAction({
      entry,
      cwd: workspace,
      eventName: 'push',
      event: { ref: 'refs/heads/main', before: ZERO, after: head },
      inputs: { command: 'plan', 'skip-if-passed': 'true' },
      env: {
        GITHUB_RUN_ID: String(nextRunId++),
        GITHUB_SHA: head,
        GITHUB_SERVER_URL: 'https://github.com',
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ...service.env,
      },
      timeoutMs: 180_000,
    });
    expect(planned.exitCode).toBe(0);
    const matrix = JSON.parse(planned.outputs['matrix']!) as {
      include: Array<{ lane: string; already_passed: string; proved_by: string }>;
    };
    const unit = matrix.include.find((e) => e.lane === 'unit')!;
    expect(unit).toMatchObject({ already_passed: 'true' });
    expect(unit.proved_by).toMatch(/^https:\/\/github\.com\/pika\/pika\/actions\/runs\/\d+\/attempts\/1$/);
    expect(matrix.include.find((e) => e.lane === 'incus')).toMatchObject({
      already_passed: 'false',
      proved_by: '',
    });
    expect(planned.stdout).toContain('incus: not looked up (job `incus-job` runs local × incus');
    expect(planned.summary).toContain(`- \`unit\` (unit lane): [the run that proved it](${unit.proved_by})`);

    const plan = parsePlanInput(planned.outputs['plan']!);
    const needs = {
      plan: { result: 'success', outputs: { plan: 'x' } },
      lane: { result: 'success', outputs: {} },
    };
    const legs = new Map([
      ['unit lane', { conclusion: 'success', url: 'https://github.com/pika/pika/actions/runs/1/job/2' }],
      ['incus lane', { conclusion: 'success', url: null }],
    ]);
    const report = reportMarkdown(aggregate(plan, needs, legs));
    expect(report).toContain(
      `| \`unit\` | [unit lane](https://github.com/pika/pika/actions/runs/1/job/2) | ♻️ already passed | a run with the same pass key passed ([the run that proved it](${unit.proved_by})) |`,
    );
    expect(report).toContain('| `incus` | incus lane | ✅ passed | leg succeeded |');
  }, 600_000);

  it('simulated: the Incus image fingerprint is in the key — moving the alias to another image is a miss (real LXD)', async () => {
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const original = await aliasTarget(env.lxd.image);
    await execa(env.lxd.cli, ['image', 'alias', 'create', aliasA, original]);
    const incusInputs = {
      'incus-cli': env.lxd.cli,
      'incus-project': env.lxd.project,
      'incus-profile': env.lxd.profile,
      'incus-image': aliasA,
      'incus-type': 'container',
    };
    const first = await runStep('incus', { inputs: incusInputs });
    expect(first.outputs['already-passed']).toBe('false');
    expect(first.record.jobs[0]?.remote_linux_vm_execution?.incus_image?.fingerprint).toBe(original);
    expect((await runStep('incus', { inputs: incusInputs })).outputs['already-passed']).toBe('true');

    importedImage = await importVariant(aliasB);
    expect(importedImage).not.toBe(original);
    await execa(env.lxd.cli, ['image', 'alias', 'delete', aliasA]);
    await execa(env.lxd.cli, ['image', 'alias', 'create', aliasA, importedImage]);
    const moved = await runStep('incus', { inputs: incusInputs });
    expect(moved.outputs['already-passed']).toBe('false');
    expect(moved.record.jobs[0]?.remote_linux_vm_execution?.incus_image?.fingerprint).toBe(importedImage);
    expect(moved.record.pass_cache!.key).not.toBe(first.record.pass_cache!.key);
  }, 600_000);

  it('simulated cache service down: the lane runs, with a warning — never a failure, never a skip', async () => {
    const before = await ran();
    const down = await runStep('unit', {
      env: { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' },
    });
    expect(down.exitCode).toBe(0);
    expect(down.outputs).toMatchObject({ status: 'passed', 'already-passed': 'false' });
    expect(await ran()).toBe(before + 1);
    expect(down.stdout).toMatch(/::warning::Failed to restore: .*ECONNREFUSED/);
    expect(down.stdout).toMatch(/::warning::skip-if-passed: the pass marker was not saved/);
  }, 600_000);
});

async function aliasTarget(alias: string): Promise<string> {
  const { stdout } = await execa(env.lxd.cli, ['query', `/1.0/images/aliases/${alias}`]);
  return (JSON.parse(stdout) as { target: string }).target;
}

/** The test image with other metadata: the same rootfs, so another fingerprint that still boots. */
async function importVariant(alias: string): Promise<string> {
  const dir = await mkdtemp(join(root, 'image-'));
  const source = join(repoRoot, '.test-env', 'image');
  await execa('tar', ['-xzf', join(source, 'meta.tar.gz'), '-C', dir]);
  const metadata = await readFile(join(dir, 'metadata.yaml'), 'utf8');
  await writeFile(join(dir, 'metadata.yaml'), metadata.replace(/release: .*/, `release: ${alias}`));
  await execa('tar', ['-czf', join(dir, 'meta.tar.gz'), '-C', dir, 'metadata.yaml']);
  await execa(env.lxd.cli, [
    'image',
    'import',
    join(dir, 'meta.tar.gz'),
    join(source, 'rootfs.tar.gz'),
    '--alias',
    alias,
  ]);
  return aliasTarget(alias);
}
