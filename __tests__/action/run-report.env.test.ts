/**
 * `command: run` and `command: report` end to end, and `pikaci download`: the bundled action and
 * CLI (built into a temp dir here) run as the GitHub runner runs them — inputs as `INPUT_*`, an
 * event file, `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, SIGTERM for cancellation — against a real git
 * workspace, real processes, the real LXD daemon and the loopback sshd of the test environment.
 * Simulated, and named so: the GitHub REST API (a local HTTP server) and the artifact service (a
 * local Twirp + block-blob server, `support/artifact-service.ts`) that the action's real
 * `@actions/artifact` client uploads to; what arrives is unzipped into `artifactDir/<name>/`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import archiver from 'archiver';
import { execa } from 'execa';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSummaryMarkdown } from '../../src/action/run-summary.js';
import { instanceName } from '../../src/backends/incus/index.js';
import { RunRecordSchema, type RunRecord } from '../../src/records/index.js';
import { startArtifactService, unzipTo, type SimulatedArtifactService } from '../support/artifact-service.js';
import { startGithubStub, type GithubStub } from '../support/github-stub.js';
import { runAction, type ActionResult, type RunActionOptions } from '../support/runner.js';
import { listPikaciInstances, loadTestEnv, type TestEnv } from '../support/test-env.js';
import { runCli } from '../support/cli.js';
import { catalogToml, hostJob, incusJob } from '../support/jobs.js';
import { commit, initRepo } from '../support/repo.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZERO = '0'.repeat(40);
const WORKFLOW_RUN_ID = '4242';
const MiB = 1024 * 1024;

const MANIFEST = `version = 1

[[branch.lanes]]
id = "hello"
title = "say hello"
command = ["sh", "-c", "echo hello-from-lane; echo '::set-output name=evil::injected'; echo '::endgroup::'"]
runs_on = "ubuntu-latest"
paths = ["src/**"]

[[branch.lanes]]
id = "broken"
title = "broken lane"
command = ["sh", "-c", "i=0; while [ $i -lt 60 ]; do printf 'line-%s ' $i; head -c 100000 /dev/zero | tr '\\\\0' x; echo; i=$((i+1)); done; echo 'last words with \`\`\` fence'; exit 3"]
runs_on = "ubuntu-latest"
paths = ["src/**"]

[[branch.lanes]]
id = "slow"
title = "slow lane"
command = ["sh", "-c", "echo started-slow; sleep 60"]
runs_on = "ubuntu-latest"
paths = ["src/**"]

[[branch.lanes]]
id = "incus"
title = "incus lane"
target = "incus-hello"
runs_on = ["self-hosted", "incus"]
paths = ["src/**"]

[[branch.lanes]]
id = "remote"
title = "remote lane"
target = "remote-hello"
runs_on = ["self-hosted", "linux"]
paths = ["src/**"]

[[branch.lanes]]
id = "docs"
title = "docs lane"
command = ["true"]
runs_on = "ubuntu-latest"
paths = ["docs/**"]
`;

const CATALOG = catalogToml(
  {
    'incus-hello': { description: 'hello from an Incus container', jobs: ['incus-hello'] },
    'remote-hello': { description: 'hello over SSH', jobs: ['remote-hello'] },
    'big-log': {
      description: 'a log over 8 MiB that does not compress, in a writable workspace',
      jobs: ['big-log'],
    },
  },
  {
    'incus-hello': incusJob('echo hello-from-incus; cat src/a.txt', {
      description: 'print from the container',
      timeout_secs: 120,
    }),
    'remote-hello': hostJob('echo hello-over-ssh; cat src/a.txt', {
      description: 'print over SSH',
      execution: { placement: 'remote_ssh', runtime: 'host_process' },
    }),
    'big-log': hostJob(
      'head -c 10000000 /dev/urandom | base64 -w 76; echo scratch > workspace-scratch.txt; echo big-done',
      { description: 'print 13 MB of base64 noise', timeout_secs: 120, writable_workspace: true },
    ),
  },
);

let root: string;
let entry: string;
let cliEntry: string;
let stub: GithubStub;
let service: SimulatedArtifactService;
let env: TestEnv;
let workspace: string;
let head: string;
let stateRoot: string;
let artifactDir: string;
let secretKey: string;
let knownHosts: string;
let planOutputs: Record<string, string>;
/** Every GITHUB_OUTPUT value, step summary and log of the action runs, for the secret scan. */
const written: string[] = [];
const runs: Record<string, ActionResult> = {};

beforeAll(async () => {
  env = loadTestEnv();
  root = await mkdtemp(join(tmpdir(), 'pikaci-run-test-'));
  const pkg = join(root, 'pkg');
  await execa(process.execPath, ['scripts/build-dist.mjs', join(pkg, 'dist')], { cwd: repoRoot });
  await symlink(join(repoRoot, 'catalog'), join(pkg, 'catalog'));
  entry = join(pkg, 'dist', 'action', 'index.js');
  cliEntry = join(pkg, 'dist', 'cli', 'index.js');
  stub = await startGithubStub();
  service = await startArtifactService();
  workspace = join(root, 'workspace');
  initRepo(workspace);
  head = commit(
    workspace,
    {
      'ci/forge-lanes.toml': MANIFEST,
      'ci/pikaci-catalog.toml': CATALOG,
      'src/a.txt': 'the snapshot content\n',
      'docs/guide.md': '# guide\n',
    },
    'lanes',
  );
  stateRoot = join(root, 'state');
  artifactDir = join(root, 'artifacts');
  await mkdir(artifactDir);
  secretKey = await readFile(env.ssh.privateKeyPath, 'utf8');
  knownHosts = await readFile(env.ssh.knownHostsPath, 'utf8');
}, 300_000);

afterAll(async () => {
  await stub?.close();
  await service?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

type ActionRun = Omit<RunActionOptions, 'entry' | 'cwd' | 'eventName'> & { eventName?: string; cwd?: string };

async function action(options: ActionRun): Promise<ActionResult> {
  const result = await runAction({
    entry,
    cwd: workspace,
    eventName: 'push',
    event: { ref: 'refs/heads/main', before: ZERO, after: head },
    apiUrl: stub.url,
    timeoutMs: 180_000,
    ...options,
    env: {
      GITHUB_RUN_ID: WORKFLOW_RUN_ID,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: head,
      ...service.env,
      ...options.env,
    },
  });
  written.push(result.stdout, result.stderr, result.summary, ...Object.values(result.outputs));
  await unzipArrivals();
  return result;
}

const unzipped = new Set<string>();

/** Unpack each artifact the simulated service has finalized into `artifactDir/<name>/`, once. */
async function unzipArrivals(): Promise<void> {
  for (const artifact of service.artifacts.values()) {
    if (unzipped.has(artifact.name)) continue;
    unzipped.add(artifact.name);
    await unzipTo(artifact.zip, join(artifactDir, artifact.name));
  }
}

function runLane(lane: string, inputs: Record<string, string> = {}, extra: Partial<ActionRun> = {}) {
  return action({ inputs: { command: 'run', lane, 'state-root': stateRoot, ...inputs }, ...extra });
}

/** The `::error::` lines of a step's log. */
function errorLines(result: { stdout: string }): string {
  return result.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .join('\n');
}

/** Assert an exit code, showing the process's output when it differs. */
function expectExit(
  result: { exitCode: number | undefined; stdout: string; stderr: string },
  code: number,
): void {
  if (result.exitCode !== code) {
    throw new Error(
      `expected exit ${code}, got ${result.exitCode}\n--- stdout\n${result.stdout.slice(-6000)}\n--- stderr\n${result.stderr.slice(-4000)}`,
    );
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function runRecord(runId: string): Promise<RunRecord> {
  return RunRecordSchema.parse(
    JSON.parse(await readFile(join(stateRoot, 'runs', runId, 'run.json'), 'utf8')),
  );
}

/** The secret key's body: every base64 line of it, each long enough to be unmistakable. */
function secretLines(): string[] {
  return secretKey
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 20 && !line.startsWith('-----'));
}

describe('plan', () => {
  it('plans every branch lane on a branch-creating push', async () => {
    const result = await action({ inputs: { command: 'plan', catalog: 'ci/pikaci-catalog.toml' } });
    expectExit(result, 0);
    planOutputs = result.outputs;
    const plan = JSON.parse(result.outputs['plan']!) as {
      blocked: unknown[];
      matrix: { include: Array<{ lane: string }> };
    };
    expect(plan.matrix.include.map((e) => e.lane)).toEqual([
      'hello',
      'broken',
      'slow',
      'incus',
      'remote',
      'docs',
    ]);
    expect(plan.blocked).toEqual([]);
  }, 60_000);

  it('leaves self-hosted lanes of a fork PR out of the matrix and says why; allow-forks keeps them', async () => {
    const base = head;
    const event = {
      pull_request: {
        number: 9,
        base: { sha: base, repo: { full_name: 'pika/pika' } },
        head: { sha: base, repo: { full_name: 'mallory/pika' } },
      },
    };
    const forked = await action({
      eventName: 'pull_request',
      event,
      inputs: { command: 'plan', catalog: 'ci/pikaci-catalog.toml' },
    });
    expectExit(forked, 0);
    const plan = JSON.parse(forked.outputs['plan']!) as {
      matrix: { include: Array<{ lane: string }> };
      blocked: Array<{ lane: string; reason: string }>;
    };
    // The PR changes nothing, so every lane is selected (empty diff), and the self-hosted ones are held back.
    expect(plan.matrix.include.map((e) => e.lane)).toEqual(['hello', 'broken', 'slow', 'docs']);
    expect(plan.blocked.map((b) => b.lane)).toEqual(['incus', 'remote']);
    expect(plan.blocked[0]!.reason).toContain('comes from the fork mallory/pika');
    expect(JSON.parse(forked.outputs['lanes']!)).toEqual(['hello', 'broken', 'slow', 'docs']);
    expect(forked.summary).toContain('### Not run on this fork PR');
    expect(forked.summary).toContain('`allow-forks: true`');
    expect(forked.stdout).toContain(
      '::warning::incus: not run: this pull request comes from the fork mallory/pika',
    );

    const allowed = await action({
      eventName: 'pull_request',
      event,
      inputs: { command: 'plan', catalog: 'ci/pikaci-catalog.toml', 'allow-forks': 'true' },
    });
    const allowedPlan = JSON.parse(allowed.outputs['plan']!) as {
      matrix: { include: unknown[] };
      blocked: unknown[];
    };
    expect(allowedPlan.matrix.include).toHaveLength(6);
    expect(allowedPlan.blocked).toEqual([]);

    const sameRepo = await action({
      eventName: 'pull_request',
      event: {
        pull_request: { ...event.pull_request, head: { sha: base, repo: { full_name: 'pika/pika' } } },
      },
      inputs: { command: 'plan', catalog: 'ci/pikaci-catalog.toml' },
    });
    expect((JSON.parse(sameRepo.outputs['plan']!) as { blocked: unknown[] }).blocked).toEqual([]);

    const deleted = await action({
      eventName: 'pull_request',
      event: { pull_request: { ...event.pull_request, head: { sha: base, repo: null } } },
      inputs: { command: 'plan', catalog: 'ci/pikaci-catalog.toml' },
    });
    const deletedPlan = JSON.parse(deleted.outputs['plan']!) as { blocked: Array<{ reason: string }> };
    expect(deletedPlan.blocked).toHaveLength(2);
    expect(deletedPlan.blocked[0]!.reason).toContain('comes from the fork (a deleted fork)');
  }, 60_000);

  it('checks: true creates a skipped check run, named by lane title, for each unaffected lane', async () => {
    const before = head;
    const docsHead = commit(workspace, { 'docs/guide.md': '# guide v2\n' }, 'docs only');
    try {
      const posted: Array<Record<string, unknown>> = [];
      stub.route('POST /repos/pika/pika/check-runs', (request) => {
        posted.push(JSON.parse(request.body) as Record<string, unknown>);
        return { status: 201, body: { id: posted.length } };
      });
      const result = await action({
        event: { ref: 'refs/heads/main', before, after: docsHead },
        inputs: { command: 'plan', catalog: 'ci/pikaci-catalog.toml', checks: 'true' },
        githubToken: 'ghs_checks_token',
      });
      expectExit(result, 0);
      expect(JSON.parse(result.outputs['lanes']!)).toEqual(['docs']);
      expect(posted.map((p) => p['name'])).toEqual([
        'say hello',
        'broken lane',
        'slow lane',
        'incus lane',
        'remote lane',
      ]);
      for (const check of posted) {
        expect(check).toMatchObject({ head_sha: docsHead, status: 'completed', conclusion: 'skipped' });
        expect((check['output'] as { summary: string }).summary).toContain('was not planned');
      }

      // A read-only token (fork PR): a warning, and the plan still succeeds.
      stub.route('POST /repos/pika/pika/check-runs', () => ({
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      }));
      const refused = await action({
        event: { ref: 'refs/heads/main', before, after: docsHead },
        inputs: { command: 'plan', catalog: 'ci/pikaci-catalog.toml', checks: 'true' },
        githubToken: 'ghs_checks_token',
      });
      expectExit(refused, 0);
      expect(refused.stdout).toMatch(/::warning::per-lane check runs not created: .*HTTP 403.*checks: write/);
    } finally {
      await execaGit('reset', '-q', '--hard', head);
    }
  }, 60_000);
});

async function execaGit(...args: string[]): Promise<void> {
  await execa('git', args, { cwd: workspace });
}

describe('run', () => {
  it('runs a passing host-process lane: grouped live log, outputs, summary, one artifact', async () => {
    const result = await runLane('hello');
    runs['hello'] = result;
    expectExit(result, 0);
    expect(result.outputs['status']).toBe('passed');
    const runId = result.outputs['run-id']!;
    expect(runId).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]+$/);
    expect(result.outputs['artifact-id']).toBe(String(service.artifacts.get('pikaci-hello-1')?.id));
    expect(result.outputs).not.toHaveProperty('evil');

    // Live output inside the job's group, with workflow commands from the job switched off.
    const out = result.stdout;
    const group = out.indexOf('::group::hello · say hello');
    const stop = /::stop-commands::([0-9a-f-]+)/.exec(out);
    expect(group).toBeGreaterThanOrEqual(0);
    expect(stop).not.toBeNull();
    const token = stop![1]!;
    const evil = out.indexOf('::set-output name=evil::injected');
    expect(out.indexOf('hello-from-lane')).toBeGreaterThan(stop!.index);
    expect(evil).toBeGreaterThan(stop!.index);
    expect(out.indexOf(`::${token}::`)).toBeGreaterThan(evil);
    expect(out.indexOf('::endgroup::', out.indexOf(`::${token}::`))).toBeGreaterThan(0);

    const summary = result.summary;
    expect(summary).toContain('## pikaci · say hello (`hello`)');
    expect(summary).toContain('**✅ passed**');
    expect(summary).toContain(`- head: \`${head.slice(0, 12)}\``);
    expect(summary).toContain(`- run: \`${runId}\``);
    expect(summary).toMatch(
      /\| `hello` \| ✅ passed<br>host-local command passed \| \d+\.\ds \| 0 \| local \/ host_process \| — \| — \|/,
    );
    expect(summary).toContain(`pikaci download --repo pika/pika --run-id ${WORKFLOW_RUN_ID} --lane hello`);
    expect(summary).toContain(
      `Uploaded as artifact \`pikaci-hello-1\` (id ${result.outputs['artifact-id']}). To inspect it offline:`,
    );
    expect(summary).not.toContain('<details>');

    // The artifact: runs/<run_id> without the snapshot, named per lane and attempt.
    expect(await readdir(artifactDir)).toContain('pikaci-hello-1');
    expect(await filesUnder(join(artifactDir, 'pikaci-hello-1'))).toEqual([
      `${runId}/jobs/hello/artifacts/guest.log`,
      `${runId}/jobs/hello/artifacts/result.json`,
      `${runId}/jobs/hello/host.log`,
      `${runId}/jobs/hello/status.json`,
      `${runId}/plan.json`,
      `${runId}/prepared-outputs.json`,
      `${runId}/run.json`,
    ]);
    const record = await runRecord(runId);
    expect(record).toMatchObject({ status: 'passed', target_id: 'hello', git_head: head });
  }, 120_000);

  it('fails a lane: exit 1, failed status, error annotation, the log tail collapsed, the summary under 1 MiB', async () => {
    const result = await runLane('broken');
    runs['broken'] = result;
    expectExit(result, 1);
    expect(result.outputs['status']).toBe('failed');
    expect(result.stdout).toContain(
      '::error title=pikaci broken%3A job broken failed::broken: host-local command exited with 3',
    );
    expect(result.stdout).toContain('::error::lane broken failed');
    const summary = result.summary;
    expect(Buffer.byteLength(summary)).toBeLessThan(MiB);
    expect(summary).toContain('**❌ failed**');
    expect(summary).toMatch(/\| `broken` \| ❌ failed<br>.* \| 3 \| local \/ host_process \|/);
    expect(summary).toMatch(/<details><summary>host log of <code>broken<\/code>: last 50 lines<\/summary>/);
    // The job printed 6 MB; each tail line is capped and a ``` in the log cannot close the fence.
    expect(summary).toContain('last words with ``` fence');
    expect(summary).toContain('````text');
    expect(summary).toContain('\nline-59 xxxx');
    expect(summary).toContain('\nline-12 xxxx');
    expect(summary).not.toContain('line-11 ');
    expect(summary).toMatch(/line-59 x{1990,2000} …\n/);
    expect(await readdir(artifactDir)).toContain('pikaci-broken-1');
    const hostLog = await stat(
      join(artifactDir, 'pikaci-broken-1', result.outputs['run-id']!, 'jobs', 'broken', 'host.log'),
    );
    expect(hostLog.size).toBeGreaterThan(5 * 1000 * 1000);
  }, 120_000);

  it('keeps the summary under the budget however many failed-job tails it holds', () => {
    const now = new Date().toISOString();
    const jobs = Array.from({ length: 40 }, (_, i) => ({
      id: `job-${i}`,
      description: 'd',
      status: 'failed' as const,
      executor: 'host_local',
      placement: 'local' as const,
      runtime: 'host_process' as const,
      plan_node_id: null,
      timeout_secs: 1,
      host_log_path: '/x',
      guest_log_path: '/y',
      started_at: now,
      finished_at: now,
      exit_code: 1,
      message: 'boom',
      pre_execution_prepare_duration_ms: null,
      remote_linux_vm_execution: null,
    }));
    const run = RunRecordSchema.parse({
      run_id: '20260101T000000Z-abcdef01',
      status: 'failed',
      rerun_of: null,
      target_id: 't',
      target_description: null,
      source_root: '/s',
      snapshot_dir: '/s',
      git_head: null,
      created_at: now,
      changed_files: [],
      filters: [],
      message: null,
      jobs,
    });
    const tails = new Map(
      jobs.map((j) => [
        j.id,
        { source: 'guest' as const, lines: Array.from({ length: 50 }, (_, i) => `${'y'.repeat(1500)} ${i}`) },
      ]),
    );
    const markdown = runSummaryMarkdown({
      lane: { id: 'l', title: 'L' },
      run,
      logTails: tails,
      artifact: { kind: 'not_uploaded', name: 'pikaci-l-1', reason: 'test' },
      repository: 'o/r',
      workflowRunId: '1',
    });
    expect(Buffer.byteLength(markdown)).toBeLessThan(MiB);
    expect(markdown).toContain('earlier lines left out to keep the summary under 1 MiB');
    expect(markdown.match(/<details>/g)).toHaveLength(40);
    expect(markdown).toContain(' 49\n');
  });

  it('runs an Incus lane on the real LXD daemon: image fingerprint and phase timings in the summary', async () => {
    const result = await runLane('incus', {
      'incus-cli': env.lxd.cli,
      'incus-project': env.lxd.project,
      'incus-profile': env.lxd.profile,
      'incus-image': env.lxd.image,
      'incus-type': 'container',
    });
    runs['incus'] = result;
    expectExit(result, 0);
    expect(result.outputs['status']).toBe('passed');
    expect(result.stdout).toContain('::group::incus-hello · print from the container');
    expect(result.stdout).toContain('hello-from-incus');
    expect(result.summary).toMatch(
      new RegExp(
        `\\| \`incus-hello\` \\| ✅ passed<br>[^|]* \\| [^|]+ \\| 0 \\| local / incus \\| ${env.lxd.image.replace('/', '\\/')} \`[0-9a-f]{12}\` \\| prepare_directories \\d`,
      ),
    );
    expect(result.summary).toContain('wait_for_completion');
    // The timeline: the job's bar, then its six recorded phases, in absolute milliseconds.
    const chart = /```mermaid\ngantt\n[\s\S]*?```/.exec(result.summary)?.[0] ?? '';
    expect(chart).toMatch(/\n {2}section incus-hello\n {4}✔ incus-hello :done, \d+, \d+\n/);
    expect(chart.match(/^ {4}· \w+ :\d+, \d+$/gm)).toHaveLength(6);
    expect(await readdir(artifactDir)).toContain('pikaci-incus-1');
    // Other suites may share the LXD project: only this run's instance must be gone.
    expect(await listPikaciInstances(env)).not.toContain(
      instanceName(result.outputs['run-id']!, 'incus-hello'),
    );
  }, 240_000);

  it('runs a remote_ssh lane with the key given inline; the key is masked and written nowhere', async () => {
    const result = await runLane('remote', {
      'ssh-host': env.ssh.host,
      'ssh-port': String(env.ssh.port),
      'ssh-user': env.ssh.user,
      'ssh-key': secretKey,
      'ssh-known-hosts': knownHosts,
    });
    runs['remote'] = result;
    expectExit(result, 0);
    expect(result.stdout).toContain('hello-over-ssh');
    expect(result.summary).toContain('remote_ssh / host_process');
    // The runner masks what `::add-mask::` registers; each line of the key is registered.
    for (const line of secretLines()) expect(result.stdout).toContain(`::add-mask::${line}`);
  }, 120_000);

  it('stops on SIGTERM (workflow cancelled): records end cancelled, summary and artifact still written', async () => {
    const result = await runLane('slow', {}, { signal: { name: 'SIGTERM', afterMs: 4000 } });
    expect(result.stdout).toContain('started-slow');
    expectExit(result, 143);
    expect(result.outputs['status']).toBe('failed');
    expect(result.summary).toContain('**❌ failed** — cancelled');
    expect(result.stdout).toContain('::error::lane slow was cancelled (SIGTERM)');
    const record = await runRecord(result.outputs['run-id']!);
    expect(record.jobs[0]).toMatchObject({ status: 'failed', message: 'cancelled' });
    expect(await readdir(artifactDir)).toContain('pikaci-slow-1');
  }, 120_000);

  it('simulated artifact service: the artifact is named per attempt; a second upload of the same name (409 already_exists) is a warning, not a failure', async () => {
    const first = service.artifacts.get('pikaci-hello-1');
    expect(first).toBeDefined();
    const again = await runLane('hello');
    expectExit(again, 0);
    expect(again.outputs['status']).toBe('passed');
    // The message the real client builds from the service's Twirp error (artifact-twirp-client.js).
    expect(again.stdout).toContain(
      '::warning::upload of artifact pikaci-hello-1 failed: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    );
    expect(again.stdout.match(/::error/g)).toBeNull();
    expect(again.outputs['artifact-id']).toBe('');
    expect(again.summary).toContain('Not uploaded as an artifact: upload of artifact pikaci-hello-1 failed');
    expect(service.artifacts.get('pikaci-hello-1')).toBe(first);
    const attempt2 = await runLane('hello', {}, { env: { GITHUB_RUN_ATTEMPT: '2' } });
    expectExit(attempt2, 0);
    expect(attempt2.outputs['artifact-id']).toBe(String(service.artifacts.get('pikaci-hello-2')?.id));
    expect(await readdir(artifactDir)).toContain('pikaci-hello-2');
  }, 120_000);

  it('simulated artifact service: the real client uploads runs/<run_id> minus snapshot/, cargo-target/ and writable workspaces, file for file; a log over 8 MiB goes up in several blocks', async () => {
    const result = await runLane('big-log', { 'retention-days': '14' });
    expectExit(result, 0);
    expect(result.stdout).toContain('big-done');
    const runId = result.outputs['run-id']!;
    const artifact = service.artifacts.get('pikaci-big-log-1');
    expect(artifact).toBeDefined();
    expect(result.outputs['artifact-id']).toBe(String(artifact!.id));
    // uploadStream stages 8 MiB buffers (config.js getUploadChunkSize); the zip is bigger than one.
    expect(artifact!.zip.length).toBeGreaterThan(8 * MiB);
    expect(artifact!.blocks).toBeGreaterThanOrEqual(2);
    expect(artifact!.mimeType).toBe('application/zip');
    const expiresInDays = (Date.parse(artifact!.expiresAt!) - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(13.9);
    expect(expiresInDays).toBeLessThan(14.1);

    // What arrived, file for file, against the run directory without what the README excludes.
    const runDir = join(stateRoot, 'runs', runId);
    const onDisk = await filesUnder(runDir);
    const excluded = (file: string): boolean =>
      file.startsWith('snapshot/') ||
      file.startsWith('cargo-target/') ||
      /^jobs\/[^/]+\/workspace\//.test(file);
    expect(onDisk.filter((file) => file.startsWith('snapshot/')).length).toBeGreaterThan(0);
    expect(onDisk).toContain('jobs/big-log/workspace/workspace-scratch.txt');
    const arrived = await filesUnder(join(artifactDir, 'pikaci-big-log-1'));
    expect(arrived).toEqual(onDisk.filter((file) => !excluded(file)).map((file) => `${runId}/${file}`));
    for (const file of arrived) {
      const sent = await readFile(join(stateRoot, 'runs', file));
      const got = await readFile(join(artifactDir, 'pikaci-big-log-1', file));
      expect({ file, same: sent.equals(got) }).toEqual({ file, same: true });
    }
    const hostLog = await stat(join(runDir, 'jobs', 'big-log', 'host.log'));
    expect(hostLog.size).toBeGreaterThan(13 * 1000 * 1000);
  }, 180_000);

  it('PIKACI_TEST_ARTIFACT_DIR (the offline option) copies the run into a directory instead of uploading', async () => {
    const offline = join(root, 'offline-artifacts');
    await mkdir(offline);
    const uploadsBefore = service.requests.length;
    const result = await runLane('docs', {}, { env: { PIKACI_TEST_ARTIFACT_DIR: offline } });
    expectExit(result, 0);
    expect(service.requests.length).toBe(uploadsBefore);
    const runId = result.outputs['run-id']!;
    expect(await filesUnder(join(offline, 'pikaci-docs-1'))).toContain(`${runId}/run.json`);
    expect(result.summary).toContain('(simulated artifact service)');
  }, 60_000);

  it('without the artifact service (no runtime token, or GHES) warns once and everything else works', async () => {
    const noToken = await runLane(
      'hello',
      {},
      { env: { ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined } },
    );
    expectExit(noToken, 0);
    expect(noToken.outputs['status']).toBe('passed');
    expect(noToken.outputs['artifact-id']).toBe('');
    expect(noToken.stdout.match(/::warning::/g)).toHaveLength(1);
    expect(noToken.stdout).toContain(
      '::warning::run records not uploaded: the artifact service is not reachable from this step',
    );
    expect(noToken.summary).toContain('Not uploaded as an artifact');

    const ghes = await runLane(
      'hello',
      {},
      {
        env: {
          GITHUB_SERVER_URL: 'https://ghe.example.com',
          ACTIONS_RUNTIME_TOKEN: 'runtime-token',
          ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
        },
      },
    );
    expectExit(ghes, 0);
    expect(ghes.stdout).toContain(
      '::warning::run records not uploaded: GitHub Enterprise Server (https://ghe.example.com)',
    );
  }, 120_000);

  it('upload-artifact: false skips the upload and says so', async () => {
    const result = await runLane('hello', { 'upload-artifact': 'false' });
    expectExit(result, 0);
    expect(result.summary).toContain('Not uploaded as an artifact: `upload-artifact` is false');
  }, 60_000);

  it.each([
    [{ lane: '' }, '`command: run` needs the `lane` input'],
    [{ lane: 'nope' }, 'unknown target or lane `nope`'],
    [{ 'incus-type': 'pod' }, 'input `incus-type` must be vm or container, got `pod`'],
    [{ 'incus-cli': 'docker' }, 'input `incus-cli` must be incus or lxc, got `docker`'],
    [{ 'retention-days': '91' }, '`retention-days` must be a whole number of days from 1 to 90'],
    [{ 'ssh-port': 'ssh' }, 'input `ssh-port` must be an integer from 1 to 65535, got `ssh`'],
    [{ 'ssh-key': 'not-a-real-key-material' }, 'input `ssh-key` is set but `ssh-host` is empty'],
    [{ 'upload-artifact': 'yes' }, '`upload-artifact` must be `true` or `false`, got "yes"'],
  ])(
    'bad input %j fails with a clear message',
    async (inputs, message) => {
      const result = await runLane('hello', inputs);
      expectExit(result, 1);
      expect(errorLines(result)).toContain(message);
    },
    60_000,
  );
});

describe('report', () => {
  function needs(laneResult: string): string {
    return JSON.stringify({
      plan: { result: 'success', outputs: { plan: planOutputs['plan'], matrix: planOutputs['matrix'] } },
      lane: { result: laneResult, outputs: {} },
    });
  }

  function routeJobs(conclusions: Record<string, string | null>): void {
    stub.route(`GET /repos/pika/pika/actions/runs/${WORKFLOW_RUN_ID}/jobs`, (request) => {
      expect(request.query['filter']).toBe('latest');
      const jobs = [
        { name: 'plan', conclusion: 'success' },
        ...Object.entries(conclusions).map(([name, conclusion]) => ({ name, conclusion })),
      ].map((job, i) => ({
        id: i + 1,
        name: job.name,
        status: job.conclusion === null ? 'in_progress' : 'completed',
        conclusion: job.conclusion,
        html_url: `https://github.com/pika/pika/actions/runs/${WORKFLOW_RUN_ID}/job/${i + 1}`,
        run_attempt: 1,
        // The plan takes 10 s, then every leg starts; leg i runs i + 1 minutes.
        started_at: new Date(Date.UTC(2026, 2, 19, 10, 0, i === 0 ? 0 : 10)).toISOString(),
        completed_at:
          job.conclusion === null
            ? null
            : new Date(Date.UTC(2026, 2, 19, 10, i === 0 ? 0 : i, 10)).toISOString(),
      }));
      return { body: { total_count: jobs.length, jobs } };
    });
  }

  it('fails when a planned lane failed, with one row per lane from the jobs API', async () => {
    routeJobs({
      'say hello': 'success',
      'broken lane': 'failure',
      'slow lane': 'cancelled',
      'incus lane': 'success',
      'remote lane': 'success',
      'docs lane': 'success',
    });
    const result = await action({
      inputs: { command: 'report', plan: planOutputs['plan']!, needs: needs('failure') },
      githubToken: 'ghs_report_token',
    });
    expectExit(result, 1);
    expect(result.outputs['status']).toBe('failed');
    expect(result.stdout).toContain('::error::pikaci: `lane` failure');
    expect(result.summary).toContain('## pikaci: ❌ failed');
    expect(result.summary).toContain(
      `| \`hello\` | [say hello](https://github.com/pika/pika/actions/runs/${WORKFLOW_RUN_ID}/job/2) | ✅ passed | leg succeeded |`,
    );
    expect(result.summary).toMatch(/\| `broken` \| \[broken lane\]\(.*\) \| ❌ failed \| leg failed \|/);
    expect(result.summary).toMatch(/\| `slow` \| \[slow lane\]\(.*\) \| 🚫 cancelled \|/);
    expect(result.summary).toContain('Jobs: `plan` success, `lane` failure');
    expect(result.summary).toContain('### Timeline\n\n```mermaid\ngantt\n');
    expect(result.summary).toContain('✘ broken lane :done,');
    expect(result.summary).toContain('Critical path (6m10s, in red): `plan` → `docs lane`');
  }, 60_000);

  it('passes when every planned lane passed', async () => {
    routeJobs({
      'say hello': 'success',
      'broken lane': 'success',
      'slow lane': 'success',
      'incus lane': 'success',
      'remote lane': 'success',
      'docs lane': 'success',
    });
    const result = await action({
      inputs: { command: 'report', plan: planOutputs['plan']!, needs: needs('success') },
      githubToken: 'ghs_report_token',
    });
    expectExit(result, 0);
    expect(result.outputs['status']).toBe('passed');
    expect(result.summary).toContain('all 6 planned lane(s) passed');
  }, 60_000);

  it('decides from `needs` alone when the jobs API is unavailable, and marks per-lane rows accordingly', async () => {
    stub.route(`GET /repos/pika/pika/actions/runs/${WORKFLOW_RUN_ID}/jobs`, () => ({
      status: 403,
      body: { message: 'forbidden' },
    }));
    const failed = await action({
      inputs: { command: 'report', plan: planOutputs['plan']!, needs: needs('failure') },
      githubToken: 'ghs_report_token',
    });
    expectExit(failed, 1);
    expect(failed.stdout).toContain('::warning::per-lane results unavailable');
    expect(failed.summary).toContain('❔ unknown');
    const passed = await action({
      inputs: { command: 'report', plan: planOutputs['plan']!, needs: needs('success') },
      githubToken: 'ghs_report_token',
    });
    expectExit(passed, 0);
    expect(passed.summary).toContain('every leg of the lane job succeeded');
  }, 60_000);

  it('passes when no lane was planned (the lane job is skipped); fails when the plan failed or planned lanes did not run', async () => {
    const empty = JSON.stringify({
      event: 'push',
      lanes: [{ id: 'docs', title: 'docs lane', selected: false, reason: 'no match' }],
      matrix: { include: [] },
      blocked: [],
    });
    const none = await action({
      inputs: {
        command: 'report',
        plan: empty,
        needs: JSON.stringify({
          plan: { result: 'success', outputs: { plan: empty } },
          lane: { result: 'skipped', outputs: {} },
        }),
      },
    });
    expectExit(none, 0);
    expect(none.summary).toContain('no lanes were planned for this change');

    const planFailed = await action({
      inputs: {
        command: 'report',
        plan: '',
        needs: JSON.stringify({
          plan: { result: 'failure', outputs: {} },
          lane: { result: 'skipped', outputs: {} },
        }),
      },
    });
    expectExit(planFailed, 1);
    expect(planFailed.outputs['status']).toBe('failed');
    expect(errorLines(planFailed)).toContain('pikaci: `plan` failure; no plan to report on');

    const skipped = await action({
      inputs: { command: 'report', plan: planOutputs['plan']!, needs: needs('skipped') },
    });
    expectExit(skipped, 1);
    expect(skipped.stdout).toContain('`lane` skipped while 6 lane(s) were planned');
  }, 60_000);

  it('fails when lanes were held back on a fork PR, saying why', async () => {
    const plan = JSON.stringify({
      lanes: [{ id: 'incus', title: 'incus lane', selected: true, reason: 'r' }],
      matrix: { include: [] },
      blocked: [
        {
          lane: 'incus',
          title: 'incus lane',
          reason: 'not run: this pull request comes from the fork mallory/pika',
        },
      ],
    });
    const result = await action({
      inputs: {
        command: 'report',
        plan,
        needs: JSON.stringify({
          plan: { result: 'success', outputs: { plan } },
          lane: { result: 'skipped' },
        }),
      },
    });
    expectExit(result, 1);
    expect(result.summary).toContain(
      '| `incus` | incus lane | 🔒 not run (fork) | not run: this pull request comes from the fork mallory/pika |',
    );
  }, 60_000);

  it.each([
    [{ plan: '' }, '`command: report` needs the `plan` input'],
    [{ needs: '' }, '`command: report` needs the `needs` input'],
    [{ needs: '{not json' }, 'the `needs` input is not JSON'],
    [{ plan: '{"lanes": 3}' }, 'the `plan` input: `lanes`'],
  ])(
    'bad input %j fails with a clear message',
    async (inputs, message) => {
      const result = await action({
        inputs: { command: 'report', plan: planOutputs['plan']!, needs: needs('success'), ...inputs },
      });
      expectExit(result, 1);
      expect(errorLines(result)).toContain(message);
    },
    60_000,
  );
});

describe('pikaci download', () => {
  const zips = new Map<number, { name: string; data: Buffer; expired: boolean }>();

  async function zipArtifact(
    id: number,
    name: string,
    options: { store?: boolean; expired?: boolean } = {},
  ): Promise<void> {
    const file = join(root, `${name}-${id}.zip`);
    await new Promise<void>((resolvePromise, reject) => {
      const output = createWriteStream(file);
      const zip = archiver('zip', options.store ? { store: true } : { zlib: { level: 6 } });
      output.on('close', () => resolvePromise());
      zip.on('error', reject);
      zip.pipe(output);
      zip.directory(join(artifactDir, name), false);
      zip.finalize().catch(reject);
    });
    zips.set(id, { name, data: await readFile(file), expired: options.expired ?? false });
  }

  beforeAll(async () => {
    await zipArtifact(11, 'pikaci-hello-1');
    await zipArtifact(12, 'pikaci-hello-2');
    await zipArtifact(13, 'pikaci-broken-1', { store: true });
    await zipArtifact(14, 'pikaci-incus-1', { expired: true });
    stub.route(`GET /repos/pika/pika/actions/runs/${WORKFLOW_RUN_ID}/artifacts`, () => ({
      body: {
        total_count: zips.size + 1,
        artifacts: [
          { id: 99, name: 'coverage', size_in_bytes: 10, expired: false, expires_at: null },
          ...[...zips].map(([id, zip]) => ({
            id,
            name: zip.name,
            size_in_bytes: zip.data.length,
            expired: zip.expired,
            expires_at: '2026-01-01T00:00:00Z',
          })),
        ],
      },
    }));
    stub.route('GET /repos/pika/pika/actions/artifacts/:id/zip', (request, params) => {
      expect(request.headers['authorization']).toBe('Bearer ghp_download_token');
      return { status: 302, headers: { location: `${stub.url}/blob/${params['id']}` }, body: '' };
    });
    // The blob store: the signed URL is the credential, so the token must not arrive here.
    stub.route('GET /blob/:id', (request, params) => {
      if (request.headers['authorization'] !== undefined)
        return { status: 400, body: { message: 'token leaked to blob store' } };
      return { headers: { 'content-type': 'application/zip' }, body: zips.get(Number(params['id']))!.data };
    });
  }, 60_000);

  async function cli(args: string[], envOverrides: Record<string, string | undefined> = {}) {
    const result = await runCli(args, {
      entry: cliEntry,
      cwd: root,
      env: {
        NODE_OPTIONS: undefined,
        GITHUB_TOKEN: 'ghp_download_token',
        GH_TOKEN: undefined,
        GITHUB_API_URL: stub.url,
        ...envOverrides,
      },
    });
    written.push(result.stdout, result.stderr);
    return { exitCode: result.code ?? undefined, stdout: result.stdout, stderr: result.stderr };
  }

  it('downloads the newest attempt of each lane into the state root; list, status and logs work offline', async () => {
    const local = join(root, 'local-state');
    const result = await cli([
      'download',
      '--repo',
      'pika/pika',
      '--run-id',
      WORKFLOW_RUN_ID,
      '--state-root',
      local,
    ]);
    expectExit(result, 0);
    expect(result.stderr).toContain('artifact pikaci-incus-1 has expired (2026-01-01T00:00:00Z); skipped');
    const lines = result.stdout.trim().split('\n').sort();
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes(' broken '))).toMatch(/^\S+ broken attempt=1 downloaded$/);
    expect(lines.find((l) => l.includes(' hello '))).toMatch(/^\S+ hello attempt=2 downloaded$/);
    // The uncompressed 6 MB artifact shows progress; the small ones do not.
    expect(result.stderr).toMatch(/pikaci-broken-1: 100% \(\d+\.\d MiB of \d+\.\d MiB\)/);
    expect(result.stderr).not.toMatch(/pikaci-hello-2: \d+%/);

    const brokenRun = runs['broken']!.outputs['run-id']!;
    const status = await cli(['status', brokenRun, '--state-root', local]);
    expectExit(status, 0);
    expect(status.stdout).toContain(`${brokenRun} broken failed`);
    const listed = await cli(['list', '--state-root', local]);
    expect(listed.stdout).toContain(brokenRun);
    const logs = await cli(['logs', brokenRun, '--state-root', local]);
    expectExit(logs, 0);
    expect(logs.stdout).toContain('last words with');
    const page = join(local, 'broken.html');
    const show = await cli(['show', brokenRun, '--html', '--out', page, '--state-root', local]);
    expectExit(show, 0);
    const html = await readFile(page, 'utf8');
    expect(html).toMatch(/<details class="job-log failed"[^>]* open>/);
    expect(html).toContain('last words with');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"');
    // Paths now point into the local state root, not the runner's.
    const record = RunRecordSchema.parse(
      JSON.parse(await readFile(join(local, 'runs', brokenRun, 'run.json'), 'utf8')),
    );
    expect(record.jobs[0]!.host_log_path).toBe(join(local, 'runs', brokenRun, 'jobs', 'broken', 'host.log'));
    expect(await filesUnder(join(local, 'runs'))).not.toContainEqual(expect.stringMatching(/^\.download-/));

    const again = await cli([
      'download',
      '--repo',
      'pika/pika',
      '--run-id',
      WORKFLOW_RUN_ID,
      '--lane',
      'broken',
      '--state-root',
      local,
    ]);
    expectExit(again, 0);
    expect(again.stdout).toMatch(/broken attempt=1 already present/);
  }, 120_000);

  it.each([
    [
      ['--repo', 'pika/pika', '--run-id', WORKFLOW_RUN_ID],
      { GITHUB_TOKEN: undefined },
      2,
      'no GitHub token: set GITHUB_TOKEN or GH_TOKEN',
    ],
    [
      ['--repo', 'pika/nope', '--run-id', WORKFLOW_RUN_ID],
      {},
      2,
      'workflow run 4242 of pika/nope not found (HTTP 404',
    ],
    [['--repo', 'pika', '--run-id', WORKFLOW_RUN_ID], {}, 2, '--repo must be `owner/name`, got "pika"'],
    [['--repo', 'pika/pika', '--run-id', 'abc'], {}, 2, '--run-id must be a workflow run id'],
    [
      ['--repo', 'pika/pika', '--run-id', WORKFLOW_RUN_ID, '--lane', 'incus'],
      {},
      1,
      'the artifact pikaci-incus-1 of run 4242 expired',
    ],
    [
      ['--repo', 'pika/pika', '--run-id', WORKFLOW_RUN_ID, '--lane', 'helo'],
      {},
      2,
      'has no artifact for lane `helo`',
    ],
  ] as Array<[string[], Record<string, string | undefined>, number, string]>)(
    '%j fails with a clear message',
    async (args, envOverrides, code, message) => {
      const result = await cli(['download', ...args, '--state-root', join(root, 'err-state')], envOverrides);
      expectExit(result, code);
      expect(result.stderr).toContain(message);
    },
    60_000,
  );
});

describe('secrets', () => {
  it('the SSH key appears in no file under the state root or the artifacts, no output, summary or log', async () => {
    expect(runs['remote']).toBeDefined();
    const lines = secretLines();
    expect(lines.length).toBeGreaterThan(0);
    for (const dir of [stateRoot, artifactDir, join(root, 'local-state')]) {
      for (const file of await filesUnder(dir)) {
        const text = await readFile(join(dir, file), 'latin1');
        for (const line of lines)
          expect({ file, found: text.includes(line) }).toEqual({ file, found: false });
      }
    }
    for (const text of written) {
      // Only `::add-mask::` lines may carry it: the runner consumes them and never prints them.
      const visible = text
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      for (const line of lines) expect(visible.includes(line)).toBe(false);
    }
  });
});
