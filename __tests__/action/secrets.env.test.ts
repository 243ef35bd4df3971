/**
 * Secrets and repository data in the action, end to end (README "Security"). The bundled action
 * (built into a temp dir) runs as the GitHub runner runs it — inputs as `INPUT_*`, the runner's own
 * tokens in its environment, a step `env:` secret — against a real git workspace, real processes, the
 * real LXD daemon and the loopback sshd of the test environment. Simulated, and named so: the artifact
 * service (`PIKACI_TEST_ARTIFACT_DIR`).
 *
 * - A job's environment is an allow-list: an `env` dump shows none of the action's inputs or tokens.
 * - A secret a job asks for (`secrets = [...]`) reaches it (the job checks its sha256), yet no file
 *   the run writes — state root, artifact, summary, outputs — contains it, nor the key or the tokens.
 * - A committed file whose name carries workflow commands cannot issue them from the plan log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction, type ActionResult } from '../support/runner.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';
import { commit, initRepo } from '../support/repo.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZERO = '0'.repeat(40);

/** Generated per test run: nothing here is a real credential. */
const NSEC = `nsec1${randomBytes(24).toString('hex')}`;
const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const RUNTIME_TOKEN = `runtime.${randomBytes(20).toString('hex')}`;
const ID_TOKEN = `idtoken.${randomBytes(20).toString('hex')}`;
const GITHUB_TOKEN_VALUE = `ghp_${randomBytes(18).toString('hex')}`;
const UNDECLARED = `undeclared-${randomBytes(12).toString('hex')}`;
const NSEC_SHA256 = createHash('sha256').update(NSEC).digest('hex');

/**
 * Dumps the environment, checks the secret by its sha256 (so the job fails unless it sees it), and
 * prints it whole and in two pieces with a pause between, so the log writer gets it split across
 * two chunks.
 */
const CHECK = `env | sort
echo "whole:$PIKA_NSEC"
printf 'split:%s' "\${PIKA_NSEC%${'?'.repeat(24)}}"; sleep 1; printf '%s\\n' "\${PIKA_NSEC#${'?'.repeat(NSEC.length - 24)}}"
hash() { if command -v sha256sum >/dev/null 2>&1; then sha256sum; else busybox sha256sum; fi; }
got=$(printf '%s' "$PIKA_NSEC" | hash | cut -d' ' -f1)
echo "sha256:$got"
test "$got" = "${NSEC_SHA256}"`;

/** A repository whose only lane dumps its environment (its catalog asks for no secret). */
const ENV_MANIFEST = `version = 1

[[branch.lanes]]
id = "env"
title = "env dump"
command = ["env"]

# A host process runs as the runner's user: it can read the action's own environment through /proc.
[[branch.lanes]]
id = "proc-env"
title = "parent environment dump"
command = ['sh', '-c', 'tr "\\000" "\\n" < /proc/$PPID/environ']
`;
const ENV_CATALOG = `version = 1

[targets.unused]
description = "unused"
jobs = ["unused"]

[jobs.unused]
description = "unused"
timeout_secs = 10
execution = { placement = "local", runtime = "host_process" }
runtime_config = { kind = "host_process" }
guest_command = { kind = "host_shell_command", command = "true" }
`;

const MANIFEST = `version = 1

[[branch.lanes]]
id = "local-secret"
title = "local secret"
target = "local-secret"

[[branch.lanes]]
id = "remote-secret"
title = "remote secret"
target = "remote-secret"

[[branch.lanes]]
id = "incus-secret"
title = "incus secret"
target = "incus-secret"

[[branch.lanes]]
id = "remote-incus-secret"
title = "remote incus secret"
target = "remote-incus-secret"
`;

function job(id: string, placement: string, runtime: string, kind: string): string {
  return `[targets.${id}]
description = "${id}"
jobs = ["${id}"]

[jobs.${id}]
# A catalog string with a line break and a workflow command: the live log must not issue it.
description = "${id}: env dump and secret check\\n::error title=PWNED::catalog description"
timeout_secs = 120
execution = { placement = "${placement}", runtime = "${runtime}" }
runtime_config = { kind = "${runtime}" }
secrets = ["PIKA_NSEC"]

[jobs.${id}.guest_command]
kind = "${kind}"
command = '''
${CHECK}'''
`;
}

const CATALOG = [
  'version = 1\n',
  job('local-secret', 'local', 'host_process', 'host_shell_command'),
  job('remote-secret', 'remote_ssh', 'host_process', 'host_shell_command'),
  job('incus-secret', 'local', 'incus', 'shell_command'),
  job('remote-incus-secret', 'remote_ssh', 'incus', 'shell_command'),
].join('\n');

let root: string;
let entry: string;
let env: TestEnv;
let workspace: string;
let head: string;
let envWorkspace: string;
let envHead: string;
let stateRoot: string;
let artifactDir: string;
let sshKey: string;
let knownHosts: string;
const results: Record<string, ActionResult> = {};

beforeAll(async () => {
  env = loadTestEnv();
  root = await mkdtemp(join(tmpdir(), 'pikaci-secrets-test-'));
  const pkg = join(root, 'pkg');
  await execa(process.execPath, ['scripts/build-dist.mjs', join(pkg, 'dist')], { cwd: repoRoot });
  await symlink(join(repoRoot, 'catalog'), join(pkg, 'catalog'));
  entry = join(pkg, 'dist', 'action', 'index.js');
  workspace = join(root, 'workspace');
  initRepo(workspace);
  head = commit(
    workspace,
    { 'ci/forge-lanes.toml': MANIFEST, 'ci/pikaci-catalog.toml': CATALOG, 'src/a.txt': 'content\n' },
    'lanes',
  );
  envWorkspace = join(root, 'env-workspace');
  initRepo(envWorkspace);
  envHead = commit(
    envWorkspace,
    { 'ci/forge-lanes.toml': ENV_MANIFEST, 'ci/pikaci-catalog.toml': ENV_CATALOG },
    'env lane',
  );
  stateRoot = join(root, 'state');
  artifactDir = join(root, 'artifacts');
  await mkdir(artifactDir);
  sshKey = await readFile(env.ssh.privateKeyPath, 'utf8');
  knownHosts = await readFile(env.ssh.knownHostsPath, 'utf8');
}, 300_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** `command: run` as a matrix leg with every credential a real step has in its environment. */
async function runLane(
  lane: string,
  repo = { cwd: workspace, head },
  dirs = { stateRoot: () => stateRoot, artifactDir: () => artifactDir },
): Promise<ActionResult> {
  const result = await runAction({
    entry,
    cwd: repo.cwd,
    eventName: 'push',
    event: { ref: 'refs/heads/main', before: ZERO, after: repo.head },
    timeoutMs: 240_000,
    githubToken: TOKEN,
    inputs: {
      command: 'run',
      lane,
      'state-root': dirs.stateRoot(),
      'ssh-host': env.ssh.host,
      'ssh-port': String(env.ssh.port),
      'ssh-user': env.ssh.user,
      'ssh-key': sshKey,
      'ssh-known-hosts': knownHosts,
      'incus-cli': env.lxd.cli,
      'incus-project': env.lxd.project,
      'incus-profile': env.lxd.profile,
      'incus-image': env.lxd.image,
      'incus-type': 'container',
    },
    env: {
      GITHUB_RUN_ID: '777',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: repo.head,
      PIKACI_TEST_ARTIFACT_DIR: dirs.artifactDir(),
      ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/idtoken',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results/',
      GITHUB_TOKEN: GITHUB_TOKEN_VALUE,
      // The workflow's `env:` of the step: one secret a job asks for, one nobody asks for.
      PIKA_NSEC: NSEC,
      UNDECLARED_SECRET: UNDECLARED,
    },
  });
  if (dirs.stateRoot() === stateRoot) results[lane] = result;
  return result;
}

function expectExit(result: ActionResult, code: number): void {
  if (result.exitCode !== code) {
    throw new Error(
      `expected exit ${code}, got ${result.exitCode}\n--- stdout\n${result.stdout.slice(-6000)}\n--- stderr\n${result.stderr.slice(-3000)}`,
    );
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Each value that must never be written, with each line of the key (20+ characters) as its own value. */
function forbiddenValues(): Record<string, string> {
  const values: Record<string, string> = {
    PIKA_NSEC: NSEC,
    'INPUT_TOKEN (github.token)': TOKEN,
    ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN,
    GITHUB_TOKEN: GITHUB_TOKEN_VALUE,
    UNDECLARED_SECRET: UNDECLARED,
  };
  sshKey
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 20 && !line.startsWith('-----'))
    .forEach((line, i) => (values[`ssh-key line ${i + 1}`] = line));
  return values;
}

async function hostLog(result: ActionResult, jobId: string): Promise<string> {
  const runId = result.outputs['run-id']!;
  return readFile(join(stateRoot, 'runs', runId, 'jobs', jobId, 'host.log'), 'utf8');
}

describe('a job environment and its secrets', () => {
  it('a lane `command = ["env"]` sees the allow-list only: no input, runner token or undeclared variable', async () => {
    const result = await runLane('env', { cwd: envWorkspace, head: envHead });
    expectExit(result, 0);
    const log = await hostLog(result, 'env');
    const names = log
      .split('\n')
      .map((line) => /^([A-Za-z_][A-Za-z0-9_-]*)=/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined);
    expect(names).toContain('PATH');
    expect(names).toContain('GITHUB_SHA');
    expect(names).toContain('ARTIFACTS');
    const leaked = names.filter(
      (name) =>
        /^(INPUT_|ACTIONS_)/.test(name) ||
        ['GITHUB_TOKEN', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'UNDECLARED_SECRET'].includes(
          name,
        ) ||
        name === 'PIKA_NSEC',
    );
    expect(leaked).toEqual([]);
  }, 240_000);

  it.each([
    ['local-secret', 'local host process'],
    ['remote-secret', 'host process over SSH'],
    ['incus-secret', 'local Incus container'],
    ['remote-incus-secret', 'Incus container over SSH'],
  ])(
    '%s (%s): the declared secret reaches the job, and its log shows `***`',
    async (lane) => {
      const result = await runLane(lane);
      expectExit(result, 0);
      expect(result.outputs['status']).toBe('passed');
      const log = await hostLog(result, lane);
      expect(log).toContain(`sha256:${NSEC_SHA256}`);
      expect(log).toContain('whole:***');
      expect(log).toContain('split:***');
      expect(log).toContain('PIKA_NSEC=***');
      expect(log).not.toContain(NSEC);
      // The runner masks the live log: every value the action knows is registered with it.
      expect(result.stdout).toContain(`::add-mask::${NSEC}`);
      expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
      // The description shows up (escaped) in the group title, never as a command of its own.
      expect(commandLines(result.stdout).filter((line) => line.startsWith('::error'))).toEqual([]);
    },
    240_000,
  );

  it('no secret value is in any file under the state root or the artifacts, the summary or the outputs', async () => {
    expect(Object.keys(results).sort()).toEqual(
      ['env', 'incus-secret', 'local-secret', 'remote-incus-secret', 'remote-secret'].sort(),
    );
    const values = forbiddenValues();
    const hits: string[] = [];
    const scan = (where: string, text: string): void => {
      for (const [name, value] of Object.entries(values)) {
        const count = text.split(value).length - 1;
        if (count > 0) hits.push(`${where}: ${name} ×${count}`);
      }
    };
    let files = 0;
    for (const dir of [stateRoot, artifactDir]) {
      for (const file of await filesUnder(dir)) {
        files++;
        scan(relative(root, file), await readFile(file, 'latin1'));
      }
    }
    for (const [lane, result] of Object.entries(results)) {
      scan(`${lane}: step summary`, result.summary);
      scan(`${lane}: outputs`, JSON.stringify(result.outputs));
    }
    expect(hits).toEqual([]);
    expect(files).toBeGreaterThan(20);
  });
});

describe('the action process environment read through /proc', () => {
  it('a local job that dumps its parent’s environment writes every registered value as `***`', async () => {
    // Undeclared variables of the step cannot be hidden from a process of the same user; the values
    // the action knows are secrets (key, tokens, declared secrets) are redacted from what it writes.
    const procState = join(root, 'proc-state');
    const procArtifacts = join(root, 'proc-artifacts');
    await mkdir(procArtifacts);
    const result = await runLane(
      'proc-env',
      { cwd: envWorkspace, head: envHead },
      { stateRoot: () => procState, artifactDir: () => procArtifacts },
    );
    expectExit(result, 0);
    const log = await readFile(
      join(procState, 'runs', result.outputs['run-id']!, 'jobs', 'proc-env', 'host.log'),
      'utf8',
    );
    expect(log).toContain('INPUT_SSH-KEY=***\n');
    expect(log).toContain('ACTIONS_RUNTIME_TOKEN=***');
    expect(log).toContain('INPUT_TOKEN=***');
    // No job of this run declares PIKA_NSEC: here it is as undeclared as UNDECLARED_SECRET.
    const { UNDECLARED_SECRET: undeclared, PIKA_NSEC: notDeclaredHere, ...registered } = forbiddenValues();
    expect([undeclared, notDeclaredHere]).toEqual([UNDECLARED, NSEC]);
    const hits: string[] = [];
    for (const dir of [procState, procArtifacts]) {
      for (const file of await filesUnder(dir)) {
        const text = await readFile(file, 'latin1');
        for (const [name, value] of Object.entries(registered)) {
          if (text.includes(value)) hits.push(`${relative(root, file)}: ${name}`);
        }
      }
    }
    expect(hits).toEqual([]);
  }, 240_000);
});

/** The file name of issue 9: a push that adds it must not add workflow commands to the plan log. */
const HOSTILE = 'docs/x\n::error title=PWNED::…\n::add-mask::hello.md';
const HTML = 'docs/<img src=x onerror=alert(1)>|cell.md';

/** Lines the runner would read as workflow commands: everything outside `::stop-commands::` fences. */
function commandLines(stdout: string): string[] {
  const active: string[] = [];
  let fence: string | null = null;
  for (const line of stdout.split('\n')) {
    if (fence !== null) {
      if (line === `::${fence}::`) fence = null;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) fence = stop[1]!;
    else if (line.startsWith('::')) active.push(line);
  }
  return active;
}

describe('repository data in the plan log and summary', () => {
  it('a committed file named with workflow commands issues none, and the summary table stays whole', async () => {
    const repo = join(root, 'hostile');
    initRepo(repo);
    const manifest = `version = 1

[[branch.lanes]]
id = "docs"
title = "docs"
command = ["true"]
paths = ["docs/x*"]

[[branch.lanes]]
id = "html"
title = "html <b>bold</b>"
command = ["true"]
paths = ["docs/<*"]
`;
    const before = commit(repo, { 'ci/forge-lanes.toml': manifest }, 'manifest');
    const after = commit(repo, { [HOSTILE]: 'x\n', [HTML]: 'y\n' }, 'hostile names');
    const result = await runAction({
      entry,
      cwd: repo,
      eventName: 'push',
      event: { ref: 'refs/heads/main', before, after },
      inputs: { command: 'plan' },
      env: { GITHUB_SHA: after },
    });
    expectExit(result, 0);
    expect(JSON.parse(result.outputs['lanes']!)).toEqual(['docs', 'html']);
    // The plan shows the name (escaped), yet the runner sees no command from it.
    expect(result.stdout).toContain('docs/x\\n::error title=PWNED::…\\n::add-mask::hello.md');
    const active = commandLines(result.stdout);
    expect(active.filter((line) => /^::(error|warning|add-mask|set-output|endgroup)/.test(line))).toEqual([]);
    expect(active.filter((line) => line.includes('PWNED') || line.includes('hello.md'))).toEqual([]);

    const rows = result.summary.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(result.summary).not.toMatch(/^::/m);
    expect(result.summary).not.toContain('<img');
    expect(result.summary).not.toContain('<b>');
    expect(result.summary).toContain('&lt;img src=x onerror=alert(1)&gt;\\|cell.md');
  }, 120_000);
});
