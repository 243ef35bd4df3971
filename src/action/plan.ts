/**
 * `command: plan` — which lanes this event touches. Reads the event, finds the diff (git, deepening
 * a shallow clone, else the PR files API, else a stated rule), selects lanes from the manifest and
 * writes the matrix, the lane ids, `any`, the full plan as JSON, a log and a job summary.
 */
import * as core from './toolkit.js';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, posix, resolve } from 'node:path';
import { createGit, type Git } from '../git/index.js';
import {
  listPullRequestFiles,
  parseGroupInput,
  parseLaneRequest,
  readEvent,
  resolveDiffRange,
  short,
  type DiffRange,
  type PullRequestRef,
} from '../github/index.js';
import { allLanes, parseManifest, type Manifest, type ManifestOptions } from '../manifest/index.js';
import { buildMatrix, selectLanes, type Matrix, type SelectInput } from '../select/index.js';
import { DEFAULT_MANIFEST, loadSourceCatalogIds } from '../sources/index.js';
import { errorMessage, InputError, withContext } from '../util/index.js';
import { probeLocalHistory, resolveChanges, type ChangeSet } from './changes.js';
import { booleanInput } from './inputs.js';
import { applyForkPolicy, forkOf, type BlockedLane } from './fork.js';
import {
  markdownText,
  planLogLines,
  planSummaryMarkdown,
  type PlanContext,
  type PlanView,
} from './report.js';

/** The `plan` output: the same object `pikaci plan --format json` prints. */
export interface PlanJson extends PlanView {
  matrix: Matrix;
  /** Selected lanes kept out of the matrix (fork PRs on self-hosted runners), with the reason. */
  blocked: BlockedLane[];
}

interface PlanInputs {
  manifest: string;
  catalog: string;
  lanes: string;
  group: string;
  token: string;
  allowForks: boolean;
  checks: boolean;
  skipIfPassed: boolean;
}

export async function runPlanCommand(): Promise<void> {
  const inputs: PlanInputs = {
    manifest: core.getInput('manifest'),
    catalog: core.getInput('catalog'),
    lanes: core.getInput('lanes'),
    group: core.getInput('group'),
    token: core.getInput('token'),
    allowForks: booleanInput('allow-forks', false),
    checks: booleanInput('checks', false),
    skipIfPassed: booleanInput('skip-if-passed', false),
  };
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
  const { plan, context } = await withWorkflowCommandsStopped(async () => {
    const planned = await planEvent(inputs, workspace, process.env);
    for (const line of planLogLines(planned.plan, planned.context)) core.info(line);
    return planned;
  });
  for (const warning of context.warnings) core.warning(warning);
  let passed = '';
  if (inputs.skipIfPassed) {
    // README "Skipping lanes that already passed": mark the legs whose pass key already passed.
    // Loaded only here: it brings the executor's modules, which a plan otherwise never loads.
    const { markPassedLanes } = await import('./pass-cache.js');
    if (plan.event === 'pull_request_target')
      core.warning('skip-if-passed: pull_request_target reads the base revision; no lane is marked');
    else passed = await markPassedLanes(plan.matrix.include, { ...inputs, workspace, env: process.env });
  }
  core.setOutput('matrix', JSON.stringify(plan.matrix));
  core.setOutput('lanes', JSON.stringify(plan.matrix.include.map((entry) => entry.lane)));
  core.setOutput('any', plan.matrix.include.length > 0 ? 'true' : 'false');
  core.setOutput('plan', JSON.stringify(plan));
  for (const lane of plan.blocked) core.warning(`${lane.lane}: ${lane.reason}`);
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary
      .addRaw(planSummaryMarkdown(plan, context) + blockedMarkdown(plan.blocked) + passed)
      .write();
  }
  if (inputs.checks) await createSkippedChecks(plan, inputs.token, process.env);
}

/**
 * The plan log shows repository data (file names, lane ids and titles, reasons): a committed file
 * named `x\n::error::…` must not become a workflow command. Everything logged while `body` runs is
 * fenced by `::stop-commands::` with an unguessable token (README "Security"); the fence is closed
 * on every path, so warnings and the failure message after it are commands again.
 */
async function withWorkflowCommandsStopped<T>(body: () => Promise<T>): Promise<T> {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  try {
    return await body();
  } finally {
    core.info(`::${token}::`);
  }
}

function blockedMarkdown(blocked: readonly BlockedLane[]): string {
  if (blocked.length === 0) return '';
  const lines = ['', '### Not run on this fork PR', ''];
  for (const lane of blocked)
    lines.push(`- \`${lane.lane}\` (${markdownText(lane.title)}): ${markdownText(lane.reason)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `checks: true`: a completed `skipped` check run, named by lane title, for each lane the change does
 * not touch, so a branch protection rule that requires per-lane checks does not wait forever. The
 * selected lanes report through their own matrix job (named by title). A failure is a warning.
 */
async function createSkippedChecks(plan: PlanJson, token: string, env: NodeJS.ProcessEnv): Promise<void> {
  const headSha = plan.head ?? env['GITHUB_SHA'] ?? '';
  if (token === '' || headSha === '') {
    core.warning(
      '`checks: true` needs the `token` input and a head commit; no per-lane check runs were created',
    );
    return;
  }
  const { createCompletedCheckRun } = await import('../github/index.js');
  const target = { token, repository: env['GITHUB_REPOSITORY'] ?? '', apiUrl: env['GITHUB_API_URL'] || null };
  for (const lane of plan.lanes.filter((candidate) => !candidate.selected)) {
    try {
      await createCompletedCheckRun(target, {
        name: lane.title,
        headSha,
        conclusion: 'skipped',
        title: 'not affected by this change',
        summary: `Lane \`${lane.id}\` was not planned: ${lane.reason}`,
      });
    } catch (error) {
      core.warning(`per-lane check runs not created: ${errorMessage(error)}`);
      return;
    }
  }
}

async function planEvent(
  inputs: PlanInputs,
  workspace: string,
  env: NodeJS.ProcessEnv,
): Promise<{ plan: PlanJson; context: PlanContext }> {
  const manifestPath = repoRelative(inputs.manifest || DEFAULT_MANIFEST);
  const lanes = parseLaneRequest(inputs.lanes);
  const event = await readEvent(env);
  const range = resolveDiffRange(event, { group: parseGroupInput(inputs.group), lanes });
  const git = createGit(workspace);
  // Read-only local git runs while the catalog and manifest are parsed; its result (or error) is
  // taken up by resolveChanges below, after the manifest's own errors.
  const probe = range.kind === 'diff' ? probeLocalHistory(range, git) : undefined;

  // Plan needs the catalog's target ids only (src/catalog/ids.ts): not the catalog parsed in full.
  const { ids: manifestOptions } = await loadSourceCatalogIds({
    catalog: inputs.catalog === '' ? undefined : resolve(workspace, inputs.catalog),
    repoRoot: workspace,
  });

  // A workspace manifest is read before any git or network work, so its errors come first.
  const manifestRevision = range.kind === 'diff' ? range.manifestRevision : null;
  const workspaceManifest =
    manifestRevision === null ? await readWorkspaceManifest(workspace, manifestPath, manifestOptions) : null;

  const changes =
    range.kind === 'diff' ? await resolveChanges(range, changeSources(git, inputs.token, env), probe) : null;

  const manifest =
    workspaceManifest ?? (await readManifestAt(git, manifestRevision!, manifestPath, manifestOptions));
  const selectInput: SelectInput = {
    lanes: allLanes(manifest),
    group: range.kind === 'rule' ? range.group : 'branch',
    changed: changes?.kind === 'files' ? changes.files : [],
    manifestPath,
    ...overrides(range, changes),
  };
  const selections = selectLanes(selectInput);
  const matrix = buildMatrix(selectInput.lanes, selections);
  const fork = forkOf(event, env['GITHUB_REPOSITORY'] ?? '');
  const forkPolicy = applyForkPolicy(matrix.include, fork, inputs.allowForks);
  const plan: PlanJson = {
    event: event.name,
    base: changes?.base ?? null,
    head: changes?.head ?? (range.kind === 'rule' ? range.head : null),
    diff_source: changes?.kind === 'files' ? changes.source : 'rule',
    lanes: selections.map((s) => ({ id: s.id, title: s.title, selected: s.selected, reason: s.explanation })),
    matrix: { include: forkPolicy.include },
    blocked: forkPolicy.blocked,
  };
  const context: PlanContext = {
    how: changes?.how ?? (range.kind === 'rule' ? range.reason : ''),
    manifest:
      manifestRevision === null
        ? `${manifestPath} (workspace)`
        : `${manifestPath} at base ${short(manifestRevision)} (pull_request_target never reads the PR's manifest)`,
    warnings: changes?.warnings ?? [],
  };
  return { plan, context };
}

function overrides(range: DiffRange, changes: ChangeSet | null): Partial<SelectInput> {
  if (range.kind === 'rule') {
    if (range.lanes.kind === 'ids') return { explicitLanes: range.lanes.ids };
    return range.group === 'nightly' ? {} : { reasonOverride: { kind: 'all_lanes', why: range.reason } };
  }
  return changes?.kind === 'all' ? { reasonOverride: { kind: 'all_lanes', why: changes.reason } } : {};
}

function changeSources(git: Git, token: string, env: NodeJS.ProcessEnv) {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const apiUrl = env['GITHUB_API_URL'] || null;
  return {
    git,
    info: (message: string) => core.info(message),
    listPullRequestFiles:
      token === ''
        ? null
        : (pr: PullRequestRef) => listPullRequestFiles({ token, repository, number: pr.number, apiUrl }),
  };
}

async function readWorkspaceManifest(
  workspace: string,
  manifestPath: string,
  options: ManifestOptions,
): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(resolve(workspace, manifestPath), 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the lane manifest: ${(error as Error).message}`, {
      where: manifestPath,
      hint: 'set the `manifest` input to the manifest path relative to the repository root, and check out the repository first',
    });
  }
  return parseManifest(text, manifestPath, options);
}

/** pull_request_target: the manifest of the base revision, so the PR cannot choose what runs with secrets. */
async function readManifestAt(
  git: Git,
  revision: string,
  manifestPath: string,
  options: ManifestOptions,
): Promise<Manifest> {
  let text: string;
  try {
    text = await git.showFile(revision, manifestPath);
  } catch (error) {
    throw withContext(
      `pull_request_target reads the lane manifest from the base revision ${short(revision)}, and cannot`,
      error,
    );
  }
  return parseManifest(text, `${manifestPath}@${short(revision)}`, options);
}

/** The manifest input as a repo-relative POSIX path, the form changed-file lists use. */
function repoRelative(path: string): string {
  if (isAbsolute(path)) {
    throw new InputError(`the \`manifest\` input must be relative to the repository root, got ${path}`, {
      where: 'input `manifest`',
    });
  }
  return posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}
