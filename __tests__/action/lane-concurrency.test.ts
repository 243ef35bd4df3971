/**
 * One lane runner for the action and the CLI (`resolveLaneRun`): the bundled action (built into a
 * temp dir here, run as the GitHub runner runs it) and the bundled `pikaci` CLI run the same lane of
 * one concurrency group at the same time, against a real git workspace and real processes. The
 * group's lock (`/var/tmp/pikaci/locks/<group>.lock`, the default work dir) must serialize all of
 * them, and both paths must resolve the lane to the same jobs and plan. No GitHub service is used:
 * the artifact upload is switched off (`upload-artifact: false`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RunPlanRecordSchema, RunRecordSchema, type RunRecord } from '../../src/records/index.js';
import { runAction, type ActionResult } from '../support/runner.js';
import { commit, initRepo } from '../support/repo.js';
import { catalogToml, hostJob } from '../support/jobs.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Unique per test run: the lock lives in the machine-wide default work dir. */
const GROUP = `pikaci-test-serial-${randomBytes(4).toString('hex')}`;
const LOCK_FILE = join('/var/tmp/pikaci/locks', `${GROUP}.lock`);

const MANIFEST = `version = 1

[[branch.lanes]]
id = "serial"
title = "serialized lane"
target = "two-step"
concurrency_group = "${GROUP}"
runs_on = "ubuntu-latest"
`;

/** Each run stamps when its first job starts and its last job ends (nanoseconds, the job's own clock). */
const CATALOG = catalogToml(
  { 'two-step': { description: 'two jobs that stamp their window', jobs: ['first', 'second'] } },
  {
    first: hostJob('date +%s%N > "$ARTIFACTS/started"; sleep 2', {
      description: 'stamp the start, then work',
    }),
    second: hostJob('sleep 1; date +%s%N > "$ARTIFACTS/finished"', {
      description: 'work, then stamp the end',
    }),
  },
);

let root: string;
let actionEntry: string;
let cliEntry: string;
let workspace: string;
let head: string;
let stateRoot: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pikaci-lane-run-test-'));
  const pkg = join(root, 'pkg');
  await execa(process.execPath, ['scripts/build-dist.mjs', join(pkg, 'dist')], { cwd: repoRoot });
  await symlink(join(repoRoot, 'catalog'), join(pkg, 'catalog'));
  actionEntry = join(pkg, 'dist', 'action', 'index.js');
  cliEntry = join(pkg, 'dist', 'cli', 'index.js');
  workspace = join(root, 'workspace');
  initRepo(workspace);
  head = commit(
    workspace,
    { 'ci/forge-lanes.toml': MANIFEST, 'ci/pikaci-catalog.toml': CATALOG, 'src/a.txt': 'a\n' },
    'lanes',
  );
  stateRoot = join(root, 'state');
}, 300_000);

afterAll(async () => {
  await rm(LOCK_FILE, { force: true });
  await rm(`${LOCK_FILE}.holder`, { force: true });
  if (root) await rm(root, { recursive: true, force: true });
});

function actionLeg(): Promise<ActionResult> {
  return runAction({
    entry: actionEntry,
    cwd: workspace,
    eventName: 'push',
    event: { ref: 'refs/heads/main', before: '0'.repeat(40), after: head },
    inputs: { command: 'run', lane: 'serial', 'state-root': stateRoot, 'upload-artifact': 'false' },
    env: { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1', GITHUB_SHA: head },
    timeoutMs: 120_000,
  });
}

async function cliRun(): Promise<{ exitCode: number | undefined; stdout: string; stderr: string }> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key === 'NODE_OPTIONS' || key.startsWith('PIKACI_')) continue;
    env[key] = value;
  }
  const result = await execa(
    process.execPath,
    [cliEntry, 'run', 'serial', '--state-root', stateRoot, '--output', 'json'],
    { cwd: workspace, env, extendEnv: false, reject: false, timeout: 120_000 },
  );
  return { exitCode: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function expectPassed(result: { exitCode: number | undefined; stdout: string; stderr: string }): void {
  if (result.exitCode !== 0) {
    throw new Error(
      `expected exit 0, got ${result.exitCode}\n--- stdout\n${result.stdout.slice(-4000)}\n--- stderr\n${result.stderr.slice(-4000)}`,
    );
  }
}

async function runRecord(runId: string): Promise<RunRecord> {
  return RunRecordSchema.parse(
    JSON.parse(await readFile(join(stateRoot, 'runs', runId, 'run.json'), 'utf8')),
  );
}

/** The window a run's jobs worked in, from the stamps they wrote under their ARTIFACTS dirs. */
async function window(runId: string): Promise<{ runId: string; started: bigint; finished: bigint }> {
  const jobs = join(stateRoot, 'runs', runId, 'jobs');
  const stamp = async (job: string, name: string): Promise<bigint> =>
    BigInt((await readFile(join(jobs, job, 'artifacts', name), 'utf8')).trim());
  return { runId, started: await stamp('first', 'started'), finished: await stamp('second', 'finished') };
}

/** plan.json with the run's own id, directory and time taken out: what the resolution decided. */
async function resolvedPlan(runId: string): Promise<unknown> {
  const runDir = join(stateRoot, 'runs', runId);
  const plan = RunPlanRecordSchema.parse(JSON.parse(await readFile(join(runDir, 'plan.json'), 'utf8')));
  const text = JSON.stringify({ ...plan, created_at: '<created>' })
    .split(runDir)
    .join('<run dir>')
    .split(runId)
    .join('<run id>');
  return JSON.parse(text) as unknown;
}

describe('one lane runner for the action and the CLI', () => {
  it('two action legs and a CLI run of one concurrency group run one after another, with the same resolved jobs', async () => {
    const [legA, legB, cli] = await Promise.all([actionLeg(), actionLeg(), cliRun()]);
    expectPassed(legA);
    expectPassed(legB);
    expectPassed(cli);
    const runIds = [
      legA.outputs['run-id']!,
      legB.outputs['run-id']!,
      RunRecordSchema.parse(JSON.parse(cli.stdout)).run_id,
    ];
    expect(new Set(runIds).size).toBe(3);

    // Serialized: sorted by start, each run began after the one before it ended.
    const windows = (await Promise.all(runIds.map(window))).sort((a, b) =>
      a.started < b.started ? -1 : a.started > b.started ? 1 : 0,
    );
    for (let i = 1; i < windows.length; i++) {
      expect({
        run: windows[i]!.runId,
        startedAfterPreviousEnded: windows[i]!.started > windows[i - 1]!.finished,
      }).toEqual({
        run: windows[i]!.runId,
        startedAfterPreviousEnded: true,
      });
    }
    // Each held the group; the later ones said they waited.
    const logs = [legA.stderr, legB.stderr, cli.stderr];
    for (const log of logs) expect(log).toContain(`holding concurrency group \`${GROUP}\` on localhost`);
    expect(
      logs.filter((log) => log.includes(`concurrency group \`${GROUP}\` is held on localhost`)),
    ).toHaveLength(2);

    // The same resolution on both paths: target, jobs (in order) and plan.
    const records = await Promise.all(runIds.map(runRecord));
    const jobsOf = (record: RunRecord) =>
      record.jobs.map(
        ({ id, description, executor, placement, runtime, timeout_secs, plan_node_id, status }) => ({
          id,
          description,
          executor,
          placement,
          runtime,
          timeout_secs,
          plan_node_id,
          status,
        }),
      );
    expect(records.map((record) => record.target_id)).toEqual(['two-step', 'two-step', 'two-step']);
    expect(jobsOf(records[0]!).map((job) => job.id)).toEqual(['first', 'second']);
    expect(jobsOf(records[1]!)).toEqual(jobsOf(records[0]!));
    expect(jobsOf(records[2]!)).toEqual(jobsOf(records[0]!));
    const plans = await Promise.all(runIds.map(resolvedPlan));
    expect(plans[1]).toEqual(plans[0]);
    expect(plans[2]).toEqual(plans[0]);
    // Two host-process jobs run one at a time, so the action groups each job's output.
    expect(legA.stdout).toContain('::group::first · stamp the start, then work');
    expect(legA.stdout).toContain('::group::second · work, then stamp the end');
  }, 180_000);
});
