/**
 * `command: plan` end to end: the bundled action (built into a temp dir here, so teammates' `dist/`
 * is untouched) run as the GitHub runner runs it, against real git repositories built per test and
 * a local stand-in for the GitHub REST API. One test per row of the event table, then shallow
 * history, the PR files API fallback, its 3000-file cap, and bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  routePullRequestFiles,
  startGithubStub,
  type GithubStub,
  type StubPullRequestFile,
} from '../support/github-stub.js';
import { catalogIndexPath, catalogIndexText, loadCatalog } from '../../src/catalog/index.js';
import { runAction, type ActionResult, type RunActionOptions } from '../support/runner.js';
import { commit, git, initRepo } from '../support/repo.js';
import { BRANCH_LANES, MANIFEST, NIGHTLY_LANES } from './manifest-fixture.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ZERO = '0'.repeat(40);

let root: string;
let entry: string;
let stub: GithubStub;
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pikaci-plan-test-'));
  // The action's own checkout: dist/ next to catalog/, as a workflow's `uses:` lays it out.
  const pkg = join(root, 'pkg');
  await execa(process.execPath, ['scripts/build-dist.mjs', join(pkg, 'dist')], { cwd: repoRoot });
  await symlink(join(repoRoot, 'catalog'), join(pkg, 'catalog'));
  entry = join(pkg, 'dist', 'action', 'index.js');
  stub = await startGithubStub();
}, 300_000);

afterAll(async () => {
  await stub?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

async function scratch(name: string): Promise<string> {
  const dir = join(root, `${name}-${++counter}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

type PlanRun = Omit<RunActionOptions, 'entry' | 'inputs'> & { inputs?: Record<string, string> };

function runPlan(options: PlanRun): Promise<ActionResult> {
  return runAction({
    entry,
    apiUrl: stub.url,
    ...options,
    inputs: { command: 'plan', catalog: join(repoRoot, 'catalog', 'pika.toml'), ...options.inputs },
  });
}

interface PlanJson {
  event: string;
  base: string | null;
  head: string | null;
  diff_source: 'git' | 'api' | 'rule';
  lanes: Array<{ id: string; title: string; selected: boolean; reason: string }>;
  matrix: { include: Array<{ lane: string; title: string; runs_on: unknown; command: unknown }> };
}

/** The plan of a successful run, with the invariants every plan output keeps. */
function planOf(result: ActionResult): PlanJson {
  if (result.exitCode !== 0) {
    throw new Error(
      `plan exited ${result.exitCode}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  const plan = JSON.parse(result.outputs['plan']!) as PlanJson;
  const selected = plan.lanes.filter((lane) => lane.selected).map((lane) => lane.id);
  expect(JSON.parse(result.outputs['lanes']!)).toEqual(selected);
  expect(JSON.parse(result.outputs['matrix']!)).toEqual(plan.matrix);
  expect(plan.matrix.include.map((entry) => entry.lane)).toEqual(selected);
  expect(result.outputs['any']).toBe(selected.length > 0 ? 'true' : 'false');
  for (const lane of plan.lanes) {
    expect(result.summary).toContain(
      `| \`${lane.id}\` | ${lane.title} | ${lane.selected ? '✅ run' : '⏭️ skip'} |`,
    );
  }
  return plan;
}

function selectedIds(plan: PlanJson): string[] {
  return plan.lanes.filter((lane) => lane.selected).map((lane) => lane.id);
}

function reasonOf(plan: PlanJson, id: string): string {
  const lane = plan.lanes.find((candidate) => candidate.id === id);
  if (!lane) throw new Error(`no lane ${id} in plan: ${JSON.stringify(plan.lanes)}`);
  return lane.reason;
}

const BASE_FILES = {
  'ci/forge-lanes.toml': MANIFEST,
  'src/a.ts': 'export const a = 1;\n',
  'docs/guide.md': '# guide\n',
  'web/app.ts': 'app\n',
  'web/README.md': '# web\n',
};

describe('event table', () => {
  it('pull_request on the merge-ref checkout diffs the PR head from its merge base, not HEAD', async () => {
    const repo = await scratch('pr');
    initRepo(repo);
    const c0 = commit(repo, BASE_FILES, 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    const head = commit(repo, { 'docs/guide.md': '# guide v2\n' }, 'docs change');
    git(repo, 'checkout', '-q', 'main');
    // Merged into main after the PR's base was taken: a diff against HEAD would sweep it in.
    commit(repo, { 'src/a.ts': 'export const a = 2;\n' }, 'someone else');
    git(repo, 'checkout', '-q', '--detach', 'main');
    git(repo, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
    const naive = git(repo, 'diff', '--name-only', c0, 'HEAD');
    expect(naive.split('\n')).toContain('src/a.ts');

    const result = await runPlan({
      eventName: 'pull_request',
      event: { pull_request: { number: 5, base: { sha: c0 }, head: { sha: head } } },
      cwd: repo,
    });
    const plan = planOf(result);
    expect(plan).toMatchObject({ event: 'pull_request', base: c0, head, diff_source: 'git' });
    expect(selectedIds(plan)).toEqual(['docs', 'lint']);
    expect(reasonOf(plan, 'docs')).toBe('`docs/guide.md` matches `docs/**`');
    expect(reasonOf(plan, 'lint')).toMatch(/no `paths`/);
    expect(result.summary).toContain(`- base: \`${c0.slice(0, 12)}\``);
    expect(result.summary).toContain(`- head: \`${head.slice(0, 12)}\``);
    expect(result.summary).toMatch(/- diff: \*\*git\*\* — git diff from the merge base \w{12} of base/);
    expect(result.stdout).toContain('2 of 4 lanes selected');
    expect(plan.matrix.include[0]).toEqual({
      lane: 'docs',
      title: 'check-docs',
      group: 'branch',
      target: null,
      command: ['just', 'docs'],
      concurrency_group: null,
      runs_on: 'ubuntu-latest',
    });
  });

  it('pull_request_target reads the manifest from the base revision, never the PR head', async () => {
    const repo = await scratch('prt');
    initRepo(repo);
    const base = commit(repo, BASE_FILES, 'base');
    git(repo, 'checkout', '-q', '-b', 'fork-pr');
    const evil = `${MANIFEST}\n[[branch.lanes]]\nid = "exfiltrate"\ntitle = "exfiltrate"\ncommand = ["sh", "-c", "env"]\n`;
    const head = commit(repo, { 'ci/forge-lanes.toml': evil, 'docs/guide.md': 'x\n' }, 'PR edits lanes');
    // The worst case: the workflow checked out the PR head, so the workspace manifest is the PR's.
    expect(await readFile(join(repo, 'ci/forge-lanes.toml'), 'utf8')).toContain('exfiltrate');

    const result = await runPlan({
      eventName: 'pull_request_target',
      event: { pull_request: { number: 6, base: { sha: base }, head: { sha: head } } },
      cwd: repo,
    });
    const plan = planOf(result);
    expect(plan.lanes.map((lane) => lane.id)).toEqual(BRANCH_LANES);
    expect(result.outputs['plan']).not.toContain('exfiltrate');
    // The PR did change the manifest, which (read from the base) selects every branch lane.
    expect(selectedIds(plan)).toEqual(BRANCH_LANES);
    expect(reasonOf(plan, 'docs')).toMatch(/manifest `ci\/forge-lanes.toml` changed/);
    expect(result.summary).toContain(`ci/forge-lanes.toml at base ${base.slice(0, 12)}`);
  });

  it('pull_request_target with a broken manifest on the PR head still plans from the base', async () => {
    const repo = await scratch('prt-broken');
    initRepo(repo);
    const base = commit(repo, BASE_FILES, 'base');
    git(repo, 'checkout', '-q', '-b', 'fork-pr');
    const head = commit(repo, { 'ci/forge-lanes.toml': 'version = [[[\n', 'web/app.ts': 'y\n' }, 'PR');
    const plan = planOf(
      await runPlan({
        eventName: 'pull_request_target',
        event: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } },
        cwd: repo,
      }),
    );
    expect(plan.lanes.map((lane) => lane.id)).toEqual(BRANCH_LANES);
  });

  it('push diffs before..after and explains exclusions', async () => {
    const repo = await scratch('push');
    initRepo(repo);
    const before = commit(repo, BASE_FILES, 'base');
    const middle = commit(repo, { 'web/README.md': '# web v2\n' }, 'readme');
    const after = commit(repo, { 'web/app.ts': 'app v2\n' }, 'app');

    const plan = planOf(
      await runPlan({ eventName: 'push', event: { ref: 'refs/heads/main', before, after }, cwd: repo }),
    );
    expect(plan).toMatchObject({ event: 'push', base: before, head: after, diff_source: 'git' });
    expect(selectedIds(plan)).toEqual(['web', 'lint']);
    expect(reasonOf(plan, 'web')).toBe('`web/app.ts` matches `web/**`');

    const readmeOnly = planOf(
      await runPlan({ eventName: 'push', event: { before, after: middle }, cwd: repo }),
    );
    expect(selectedIds(readmeOnly)).toEqual(['lint']);
    expect(reasonOf(readmeOnly, 'web')).toContain('`web/README.md` is excluded by `!web/**/*.md`');
  });

  it('push that creates a branch (zero before) plans every branch lane and says why', async () => {
    const repo = await scratch('push-new');
    initRepo(repo);
    const after = commit(repo, BASE_FILES, 'base');
    const result = await runPlan({
      eventName: 'push',
      event: { ref: 'refs/heads/topic', before: ZERO, after, forced: false },
      cwd: repo,
    });
    const plan = planOf(result);
    expect(plan).toMatchObject({ base: null, head: after, diff_source: 'rule' });
    expect(selectedIds(plan)).toEqual(BRANCH_LANES);
    for (const id of BRANCH_LANES) {
      expect(reasonOf(plan, id)).toBe(
        'push created refs/heads/topic (`before` is the zero SHA): nothing to diff, every branch lane',
      );
    }
    expect(result.summary).toContain('- diff: **rule** — push created refs/heads/topic');
  });

  it('force push (forced, or before not an ancestor of after) plans every branch lane', async () => {
    const repo = await scratch('push-force');
    initRepo(repo);
    const c0 = commit(repo, BASE_FILES, 'base');
    const abandoned = commit(repo, { 'docs/guide.md': 'old\n' }, 'later rewritten');
    git(repo, 'reset', '-q', '--hard', c0);
    const after = commit(repo, { 'docs/guide.md': 'new\n' }, 'rewritten');

    const forced = planOf(
      await runPlan({ eventName: 'push', event: { before: abandoned, after, forced: true }, cwd: repo }),
    );
    expect(forced.diff_source).toBe('rule');
    expect(selectedIds(forced)).toEqual(BRANCH_LANES);
    expect(reasonOf(forced, 'core')).toMatch(
      /^force push to the branch: `before` \w{12} is not in the new history/,
    );

    const unflagged = await runPlan({ eventName: 'push', event: { before: abandoned, after }, cwd: repo });
    const plan = planOf(unflagged);
    expect(selectedIds(plan)).toEqual(BRANCH_LANES);
    expect(reasonOf(plan, 'web')).toBe(
      `${abandoned.slice(0, 12)} is not an ancestor of ${after.slice(0, 12)} (history was rewritten)`,
    );
    expect(unflagged.stdout).toMatch(
      /::warning::\w{12} is not an ancestor of \w{12} \(history was rewritten\); planning every branch lane/,
    );
    expect(unflagged.summary).toContain('⚠️');
  });

  it('merge_group diffs base_sha..head_sha', async () => {
    const repo = await scratch('merge-group');
    initRepo(repo);
    const base = commit(repo, BASE_FILES, 'base');
    commit(repo, { 'docs/guide.md': 'queued 1\n' }, 'pr 1');
    const head = commit(repo, { 'src/b.ts': 'queued 2\n' }, 'pr 2');
    const plan = planOf(
      await runPlan({
        eventName: 'merge_group',
        event: { merge_group: { base_sha: base, head_sha: head, head_ref: 'gh-readonly-queue/main/pr-1' } },
        cwd: repo,
      }),
    );
    expect(plan).toMatchObject({ event: 'merge_group', base, head, diff_source: 'git' });
    expect(selectedIds(plan)).toEqual(['core', 'docs', 'lint']);
  });

  it('schedule plans every nightly lane', async () => {
    const repo = await scratch('schedule');
    initRepo(repo);
    commit(repo, BASE_FILES, 'base');
    const result = await runPlan({ eventName: 'schedule', event: { schedule: '0 8 * * *' }, cwd: repo });
    const plan = planOf(result);
    expect(plan).toMatchObject({ event: 'schedule', base: null, head: null, diff_source: 'rule' });
    expect(plan.lanes.map((lane) => lane.id)).toEqual(NIGHTLY_LANES);
    expect(selectedIds(plan)).toEqual(NIGHTLY_LANES);
    expect(result.summary).toContain('- diff: **rule** — schedule: every nightly lane');
  });

  it('workflow_dispatch runs the lanes named in the `lanes` input, by default every branch lane', async () => {
    const repo = await scratch('dispatch');
    initRepo(repo);
    commit(repo, BASE_FILES, 'base');
    const named = planOf(
      await runPlan({
        eventName: 'workflow_dispatch',
        event: { inputs: {} },
        cwd: repo,
        inputs: { lanes: 'web, docs' },
      }),
    );
    expect(selectedIds(named)).toEqual(['docs', 'web']);
    expect(reasonOf(named, 'core')).toBe('not among the requested lanes');

    const every = planOf(await runPlan({ eventName: 'workflow_dispatch', event: {}, cwd: repo }));
    expect(selectedIds(every)).toEqual(BRANCH_LANES);
    expect(reasonOf(every, 'lint')).toBe('workflow_dispatch: every branch lane');

    const nightly = planOf(
      await runPlan({
        eventName: 'workflow_dispatch',
        event: {},
        cwd: repo,
        inputs: { lanes: 'nightly_android', group: 'nightly' },
      }),
    );
    expect(selectedIds(nightly)).toEqual(['nightly_android']);
  });

  it('workflow_dispatch with an unknown lane fails and suggests the nearest id', async () => {
    const repo = await scratch('dispatch-bad');
    initRepo(repo);
    commit(repo, BASE_FILES, 'base');
    const result = await runPlan({
      eventName: 'workflow_dispatch',
      event: {},
      cwd: repo,
      inputs: { lanes: 'dcos' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::ci\/forge-lanes.toml: unknown lane `dcos`.*%0A {2}hint: did you mean `docs`\?/,
    );
    expect(result.outputs).toEqual({});
  });

  it('other events plan every branch lane and say so', async () => {
    const repo = await scratch('other');
    initRepo(repo);
    commit(repo, BASE_FILES, 'base');
    const plan = planOf(await runPlan({ eventName: 'workflow_run', event: { workflow_run: {} }, cwd: repo }));
    expect(selectedIds(plan)).toEqual(BRANCH_LANES);
    expect(reasonOf(plan, 'docs')).toBe('event `workflow_run` carries no diff range: every branch lane');
  });
});

/** A bare repository: main = base + `mainCommits` commits after the fork, feature = one src change, and the PR merge ref. */
async function remoteWithHistory(name: string, mainCommits: number) {
  const work = await scratch(`${name}-work`);
  initRepo(work);
  const fork = commit(work, BASE_FILES, 'base');
  git(work, 'checkout', '-q', '-b', 'feature');
  const featureHead = commit(work, { 'src/feature.ts': 'feature\n' }, 'feature');
  git(work, 'checkout', '-q', 'main');
  const bare = `${work}.git`;
  git(work, 'clone', '-q', '--bare', work, bare);
  // fast-import: hundreds of commits in one process.
  const stream: string[] = [];
  for (let i = 1; i <= mainCommits; i++) {
    stream.push(
      'commit refs/heads/main',
      `committer pikaci test <test@example.invalid> ${1_700_000_000 + i} +0000`,
      'data 7',
      'notes\n',
      ...(i === 1 ? [`from ${fork}`] : []),
      `M 100644 inline notes/n${i}.txt`,
      `data ${String(i).length + 1}`,
      `${i}\n`,
    );
  }
  await execa('git', ['fast-import', '--quiet'], { cwd: bare, input: `${stream.join('\n')}\n` });
  const mainHead = git(bare, 'rev-parse', 'main');
  const tree = git(bare, 'merge-tree', '--write-tree', 'main', 'feature').split('\n')[0]!;
  const merge = git(bare, 'commit-tree', tree, '-p', mainHead, '-p', featureHead, '-m', 'Merge feature');
  git(bare, 'update-ref', 'refs/pull/1/merge', merge);
  return { bare, fork, featureHead, mainHead };
}

/** The checkout actions/checkout makes for a PR with the default depth 1: only the merge commit. */
async function mergeRefCheckout(bare: string): Promise<string> {
  const ws = await scratch('ws');
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', `file://${bare}`);
  git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge');
  git(ws, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge');
  expect(git(ws, 'rev-parse', '--is-shallow-repository')).toBe('true');
  return ws;
}

describe('shallow history', () => {
  it('deepens a depth-1 merge-ref checkout until the merge base appears', async () => {
    const remote = await remoteWithHistory('deepen', 60);
    const ws = await mergeRefCheckout(remote.bare);
    const result = await runPlan({
      eventName: 'pull_request',
      event: {
        pull_request: { number: 1, base: { sha: remote.mainHead }, head: { sha: remote.featureHead } },
      },
      cwd: ws,
    });
    const plan = planOf(result);
    expect(plan).toMatchObject({ base: remote.fork, head: remote.featureHead, diff_source: 'git' });
    expect(selectedIds(plan)).toEqual(['core', 'lint']);
    expect(result.stdout).toContain('git fetch --deepen=50 (round 1/3)');
    expect(result.stdout).toContain('git fetch --deepen=100 (round 2/3)');
    expect(result.stdout).not.toContain('round 3/3');
    expect(stub.requests.filter((r) => r.path.includes('/pulls/1/'))).toEqual([]);
  });

  it('deepens a `git clone --depth 1` for a push whose before is a few commits back', async () => {
    const remote = await remoteWithHistory('push-deepen', 5);
    const ws = await scratch('clone');
    git(ws, 'clone', '-q', '--depth', '1', `file://${remote.bare}`, '.');
    const before = git(remote.bare, 'rev-parse', 'main~3');
    const result = await runPlan({ eventName: 'push', event: { before, after: remote.mainHead }, cwd: ws });
    const plan = planOf(result);
    expect(plan).toMatchObject({ base: before, head: remote.mainHead, diff_source: 'git' });
    expect(result.stdout).toContain(`base ${before.slice(0, 12)} is not in the local history; shallow clone`);
    expect(result.summary).toContain('git diff');
    expect(result.summary).toContain('3 changed files');
    expect(selectedIds(plan)).toEqual(['lint']);
  });

  it('a push whose before is out of reach of bounded deepening plans every branch lane with a warning', async () => {
    const remote = await remoteWithHistory('push-far', 400);
    const ws = await scratch('clone-far');
    git(ws, 'clone', '-q', '--depth', '1', `file://${remote.bare}`, '.');
    const result = await runPlan({
      eventName: 'push',
      event: { before: remote.fork, after: remote.mainHead },
      cwd: ws,
    });
    const plan = planOf(result);
    expect(plan.diff_source).toBe('rule');
    expect(selectedIds(plan)).toEqual(BRANCH_LANES);
    expect(reasonOf(plan, 'docs')).toBe(
      `base ${remote.fork.slice(0, 12)} is not in the local history: cannot diff without history`,
    );
    expect(result.stdout).toContain(
      `::warning::base ${remote.fork.slice(0, 12)} is not in the local history (after 3 rounds of git fetch --deepen); planning every branch lane. Check out with \`fetch-depth: 0\``,
    );
  });
});

describe('PR files API fallback', () => {
  let remote: Awaited<ReturnType<typeof remoteWithHistory>>;
  beforeAll(async () => {
    // 400 commits on main since the fork: more than 50 + 100 + 200 deepening can reach.
    remote = await remoteWithHistory('api', 400);
  }, 60_000);

  function prEvent(number: number, extra: Record<string, unknown> = {}) {
    return {
      pull_request: { number, base: { sha: remote.mainHead }, head: { sha: remote.featureHead }, ...extra },
    };
  }

  it('lists the PR files through the API, following Link pagination, old and new names of renames', async () => {
    const files: StubPullRequestFile[] = Array.from({ length: 250 }, (_, i) => ({
      filename: `notes/n${i}.txt`,
    }));
    // Only the old name of this rename matches a lane, and it sits on the third page.
    files[230] = {
      filename: 'archive/guide.md',
      status: 'renamed',
      previous_filename: 'docs/guide.md',
    } as never;
    routePullRequestFiles(stub, { owner: 'pika', repo: 'pika', number: 42, files });
    const ws = await mergeRefCheckout(remote.bare);
    const result = await runPlan({
      eventName: 'pull_request',
      event: prEvent(42),
      cwd: ws,
      githubToken: 'test-token',
    });
    const plan = planOf(result);
    expect(plan).toMatchObject({ base: remote.mainHead, head: remote.featureHead, diff_source: 'api' });
    expect(selectedIds(plan)).toEqual(['docs', 'lint']);
    expect(reasonOf(plan, 'docs')).toBe('`docs/guide.md` matches `docs/**`');
    expect(result.summary).toContain(
      '- diff: **api** — PR #42 files API (local history incomplete): 250 changed files',
    );
    expect(result.stdout).toMatch(/::warning::.*used the PR files API instead/);

    const calls = stub.requests.filter((r) => r.path === '/repos/pika/pika/pulls/42/files');
    expect(calls.map((r) => [r.query['per_page'], r.query['page'] ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
    expect(calls[0]!.headers['authorization']).toBe('token test-token');
  });

  it('a PR at the API cap of 3000 files plans every branch lane with a warning', async () => {
    const files = Array.from({ length: 3500 }, (_, i) => ({ filename: `notes/n${i}.txt` }));
    routePullRequestFiles(stub, { owner: 'pika', repo: 'pika', number: 43, files });
    const ws = await mergeRefCheckout(remote.bare);
    const result = await runPlan({
      eventName: 'pull_request',
      event: prEvent(43),
      cwd: ws,
      githubToken: 't',
    });
    const plan = planOf(result);
    expect(plan.diff_source).toBe('rule');
    expect(selectedIds(plan)).toEqual(BRANCH_LANES);
    expect(reasonOf(plan, 'web')).toBe(
      'PR #43 changes 3000 or more files, over the PR files API cap of 3000',
    );
    expect(result.stdout).toMatch(/::warning::PR #43 changes 3000 or more files.*planning every branch lane/);
    expect(stub.requests.filter((r) => r.path === '/repos/pika/pika/pulls/43/files')).toHaveLength(30);
  });

  it('pull_request.changed_files at the cap skips the API and plans every branch lane', async () => {
    const ws = await mergeRefCheckout(remote.bare);
    const result = await runPlan({
      eventName: 'pull_request',
      event: prEvent(44, { changed_files: 5000 }),
      cwd: ws,
      githubToken: 't',
    });
    expect(selectedIds(planOf(result))).toEqual(BRANCH_LANES);
    expect(result.stdout).toContain('::warning::PR #44 changes 5000 or more files');
    expect(stub.requests.filter((r) => r.path.includes('/pulls/44/'))).toEqual([]);
  });

  it('without a token plans every branch lane and says the token is missing', async () => {
    const ws = await mergeRefCheckout(remote.bare);
    const result = await runPlan({
      eventName: 'pull_request',
      event: prEvent(45),
      cwd: ws,
      inputs: { token: '' },
    });
    expect(selectedIds(planOf(result))).toEqual(BRANCH_LANES);
    expect(result.stdout).toMatch(/::warning::.*the `token` input is empty; planning every branch lane/);
  });
});

describe('bad input', () => {
  it('malformed event JSON fails with the payload file named', async () => {
    const repo = await scratch('bad-event');
    initRepo(repo);
    commit(repo, BASE_FILES, 'base');
    const result = await runPlan({ eventName: 'pull_request', rawEvent: '{"pull_request": {', cwd: repo });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::\/.*\/event\.json: event payload is not valid JSON \(/);
    expect(result.outputs).toEqual({});
    expect(result.summary).toBe('');
  });

  it('an event missing a field the plan needs names the key path', async () => {
    const repo = await scratch('bad-event-field');
    initRepo(repo);
    commit(repo, BASE_FILES, 'base');
    const result = await runPlan({ eventName: 'push', event: { after: 'f'.repeat(40) }, cwd: repo });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::.*event\.json: `push` event payload: `before`: /);
  });

  it('a manifest error fails the step with file:line', async () => {
    const repo = await scratch('bad-manifest');
    initRepo(repo);
    const broken = MANIFEST.replace('paths = ["docs/**"]', 'paths = "docs/**"');
    const line = broken.split('\n').findIndex((l) => l === 'paths = "docs/**"') + 1;
    const after = commit(repo, { ...BASE_FILES, 'ci/forge-lanes.toml': broken }, 'base');
    const result = await runPlan({ eventName: 'push', event: { before: ZERO, after }, cwd: repo });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`::error::ci/forge-lanes\\.toml:${line}\\b.*paths`));
    expect(result.outputs).toEqual({});
  });

  it('a missing manifest says which path and how to fix it', async () => {
    const repo = await scratch('no-manifest');
    initRepo(repo);
    const after = commit(repo, { 'src/a.ts': 'a\n' }, 'base');
    const result = await runPlan({ eventName: 'push', event: { before: ZERO, after }, cwd: repo });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/::error::ci\/forge-lanes\.toml: cannot read the lane manifest: ENOENT/);
  });

  it('a bad group input is rejected', async () => {
    const repo = await scratch('bad-group');
    initRepo(repo);
    commit(repo, BASE_FILES, 'base');
    const result = await runPlan({
      eventName: 'schedule',
      event: {},
      cwd: repo,
      inputs: { group: 'weekly' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error::input `group`: `group` input must be `branch`, `nightly` or empty, got "weekly"',
    );
  });
});

describe('bundle', () => {
  it('uses the catalog shipped with the action when the `catalog` input is empty', async () => {
    const repo = await scratch('default-catalog');
    initRepo(repo);
    const after = commit(repo, BASE_FILES, 'base');
    const plan = planOf(
      await runPlan({
        eventName: 'push',
        event: { before: ZERO, after },
        cwd: repo,
        inputs: { catalog: '' },
      }),
    );
    expect(selectedIds(plan)).toEqual(BRANCH_LANES);
    // The build wrote the bundled catalog's target-id index beside it, so plan reads the ids from it.
    const bundledCatalog = join(dirname(entry), 'pika.toml');
    expect(await readFile(bundledCatalog, 'utf8')).toBe(
      await readFile(join(repoRoot, 'catalog', 'pika.toml'), 'utf8'),
    );
    expect(await readFile(catalogIndexPath(bundledCatalog), 'utf8')).toBe(
      catalogIndexText(await loadCatalog(bundledCatalog), await readFile(bundledCatalog)),
    );
  });

  it('the plan path loads neither ssh2, tar, execa, zod, the artifact client, an HTTP client nor (on the git path) Octokit', async () => {
    const markers = {
      ssh2: 'SSH-2.0-',
      execa: 'Command failed with exit code',
      tar: 'TAR_BAD_ARCHIVE',
      '@actions/artifact': 'GHESNotSupportedError',
      '@actions/github (Octokit)': 'octokit-core.js',
      '@actions/http-client': 'HttpClientResponse',
      undici: 'UND_ERR_',
      zod: '"$ZodType"',
    };
    const dir = dirname(entry);
    const chunks = (await readdir(dir)).filter((file) => file.endsWith('.js'));
    const containing = (marker: string) =>
      chunks.filter((file) => readFileSync(join(dir, file), 'utf8').includes(marker));
    // The Octokit chunk exists (the API fallback needs it), so the marker test below is not vacuous.
    expect(containing(markers['@actions/github (Octokit)'])).toHaveLength(1);
    // execa is no longer bundled at all (the local transport uses node:child_process); were it back,
    // its marker would find it. The HTTP client and undici are (Octokit and the artifact client use them).
    expect(containing(markers.execa)).toEqual([]);
    expect(containing(markers['@actions/http-client']).length).toBeGreaterThan(0);
    expect(containing(markers.zod).length).toBeGreaterThan(0);
    expect(containing(markers.undici).length).toBeGreaterThan(0);

    const log = join(root, `loaded-${++counter}.txt`);
    await writeFile(log, '');
    const hook = join(root, 'record-loads.mjs');
    await writeFile(
      hook,
      `import { register } from 'node:module';\n` +
        `register(${JSON.stringify(
          `data:text/javascript,${encodeURIComponent(
            `import { appendFileSync } from 'node:fs';
             export async function load(url, context, next) {
               if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
               return next(url, context);
             }`,
          )}`,
        )});\n`,
    );
    const repo = await scratch('chunks');
    initRepo(repo);
    const before = commit(repo, BASE_FILES, 'base');
    const after = commit(repo, { 'src/a.ts': 'b\n' }, 'change');
    planOf(
      await runPlan({
        eventName: 'push',
        event: { before, after },
        cwd: repo,
        env: { NODE_OPTIONS: `--import=${hook}` },
        // The bundled catalog, as a workflow without a `catalog` input has it: plan reads its target
        // ids from the index built beside it and never parses it (a repository's own catalog is
        // validated in full, with zod).
        inputs: { catalog: '' },
      }),
    );

    const loaded = readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.startsWith(`file://${dir}/`))
      .map((url) => url.slice(`file://${dir}/`.length));
    expect(loaded).toContain('index.js');
    expect(loaded.length).toBeGreaterThan(1);
    for (const [dependency, marker] of Object.entries(markers)) {
      const offending = loaded.filter((file) => containing(marker).includes(file));
      expect({ dependency, offending }).toEqual({ dependency, offending: [] });
    }
  });
});
