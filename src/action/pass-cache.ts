/**
 * `skip-if-passed: true` on `command: run` (README "Skipping lanes that already passed"): before the
 * lane runs, compute its pass key and look it up in the GitHub Actions cache (exact key only); on a
 * hit, record a run that says so and finish; on a miss, run the lane, and when a trusted event's
 * run proves the key, save a marker under it. Every cache problem is a warning and the lane runs.
 */
import * as core from './toolkit.js';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { HostSettings } from '../hosts/index.js';
import {
  alreadyPassedMessage,
  githubPassCache,
  lanePassKey,
  markRan,
  recordAlreadyPassed,
  verifyProof,
  type PassKey,
  type PassProof,
} from '../passcache/index.js';
import type { RunRecord } from '../records/index.js';
import type { LaneRun } from '../run/index.js';
import type { MatrixEntry } from '../select/index.js';
import type { RunSources } from '../sources/index.js';
import { errorMessage } from '../util/index.js';
import { markdownText, oneLine } from './report.js';

/** Why a lane that already passed uploads no artifact. */
export const ALREADY_PASSED_UPLOAD =
  "nothing ran: the lane already passed, and the proving run's artifact holds its logs";

export type LanePassCheck =
  | { kind: 'hit'; passKey: PassKey; gitHead: string; proof: PassProof }
  | { kind: 'miss'; passKey: PassKey }
  | { kind: 'off' };

export interface LanePassRequest {
  lane: string;
  laneRun: LaneRun;
  sources: RunSources;
  host: HostSettings;
  env: NodeJS.ProcessEnv;
}

/** Key and lookup; `off` (with a warning) when the key or the cache service is not to be had. */
export async function checkLanePass(request: LanePassRequest): Promise<LanePassCheck> {
  const store = await githubPassCache();
  const availability = store.cacheAvailability(request.env);
  if (!availability.available) {
    core.warning(`skip-if-passed: ${availability.reason}; the lane runs`);
    return { kind: 'off' };
  }
  let key: Awaited<ReturnType<typeof lanePassKey>>;
  try {
    key = await lanePassKey({
      id: request.lane,
      laneRun: request.laneRun,
      sourceRoot: request.sources.repoRoot,
      includeLocalChanges: request.sources.includeLocalChanges,
      host: request.host,
      env: request.env,
    });
  } catch (error) {
    core.warning(`skip-if-passed: the pass key cannot be computed (${errorMessage(error)}); the lane runs`);
    return { kind: 'off' };
  }
  const { passKey } = key;
  // The summaries carry repository text (lane titles, job ids): fenced, one line each (README "Security").
  const fence = randomUUID();
  core.info(`pass key: ${passKey.key}`);
  core.info(`::stop-commands::${fence}`);
  for (const component of passKey.components) {
    core.info(
      `  ${component.name.padEnd(11)} ${component.sha256.slice(0, 16)}  ${oneLine(component.summary)}`,
    );
  }
  core.info(`::${fence}::`);
  const found = await store.lookupMarker(passKey.key);
  if (found.kind === 'miss') {
    core.info(`no pass recorded for this key (or the lookup failed: see any warning above); the lane runs`);
    return { kind: 'miss', passKey };
  }
  if (found.markerProblem !== null) {
    core.warning(
      `skip-if-passed: the key already passed, but its marker could not be read (${found.markerProblem})`,
    );
  }
  return { kind: 'hit', passKey, gitHead: key.gitHead, proof: found.proof };
}

/** The run recorded for a lane that already passed: nothing ran, nothing to upload. */
export async function recordLaneAlreadyPassed(
  check: Extract<LanePassCheck, { kind: 'hit' }>,
  request: LanePassRequest,
): Promise<RunRecord> {
  const { runnable } = request.laneRun;
  const run = await recordAlreadyPassed({
    stateRoot: request.sources.stateRoot,
    sourceRoot: request.sources.repoRoot,
    targetId: runnable.targetId,
    targetDescription: runnable.description,
    filters: runnable.filters,
    gitHead: check.gitHead,
    passKey: check.passKey,
    proof: check.proof,
  });
  core.info(
    `lane ${request.lane}: passed (${alreadyPassedMessage(check.proof)}); nothing ran (run ${run.run_id})`,
  );
  core.notice(alreadyPassedMessage(check.proof), { title: `pikaci ${request.lane}: already passed` });
  return run;
}

/**
 * After a miss: note the key on the run and, when the run proves it and the event is trusted, save
 * the marker. Returns the run record and a line for the summary saying what became of the key.
 */
export async function afterLaneRun(
  check: Extract<LanePassCheck, { kind: 'miss' }>,
  run: RunRecord,
  stateRoot: string,
  env: NodeJS.ProcessEnv,
): Promise<{ run: RunRecord; note: string }> {
  const marked = await markRan(stateRoot, run, check.passKey);
  if (marked.status !== 'passed') return { run: marked, note: 'not saved: the lane did not pass' };
  const proof = await verifyProof(marked, check.passKey);
  if (!proof.proved) {
    core.warning(`skip-if-passed: the pass is not saved: ${proof.reason}`);
    return { run: marked, note: `not saved: ${proof.reason}` };
  }
  const store = await githubPassCache();
  const trust = store.saveTrust(env);
  if (!trust.trusted) {
    core.info(`skip-if-passed: ${trust.reason}; the pass is not saved`);
    return { run: marked, note: `not saved: ${trust.reason}` };
  }
  const url = store.workflowRunUrl(env);
  if (url === null) {
    core.warning(
      'skip-if-passed: no workflow run URL (GITHUB_REPOSITORY, GITHUB_RUN_ID); the pass is not saved',
    );
    return { run: marked, note: 'not saved: no workflow run URL' };
  }
  const saved = await store.saveMarker({
    schema_version: 1,
    key: check.passKey.key,
    run_url: url,
    repository: env['GITHUB_REPOSITORY'] ?? '',
    event: env['GITHUB_EVENT_NAME'] ?? '',
    sha: env['GITHUB_SHA'] || null,
    pikaci_run_id: marked.run_id,
    passed_at: marked.finished_at ?? marked.created_at,
  });
  if (!saved.saved) {
    core.warning(`skip-if-passed: the pass marker was not saved: ${saved.reason}`);
    return { run: marked, note: `not saved: ${saved.reason}` };
  }
  core.info(
    `skip-if-passed: saved this run as the pass of key ${check.passKey.key} (cache entry ${saved.id})`,
  );
  return { run: marked, note: 'saved: a later run with the same inputs will not run the lane again' };
}

export interface PlanMarkRequest {
  workspace: string;
  manifest: string;
  catalog: string;
  env: NodeJS.ProcessEnv;
}

/** What a matrix entry carries with `skip-if-passed: true` on `plan`. */
export interface PassMark {
  /** `true` when the lane's pass key already passed, as the plan computed it; else `false`. */
  already_passed: 'true' | 'false';
  /** The workflow run that proved it, or empty. */
  proved_by: string;
}

/**
 * `skip-if-passed: true` on `plan`: look up each matrix leg's pass key and mark the legs whose key
 * already passed (`already_passed`, `proved_by`), so a workflow can skip their setup and the report
 * can show them. The plan computes keys on its own runner with no host settings, so only lanes of
 * local host-process jobs are looked up, and a key matches only a leg on the same OS and
 * architecture (both are in the key). A mark never decides anything: the leg checks its own key.
 */
export async function markPassedLanes(include: MatrixEntry[], request: PlanMarkRequest): Promise<string> {
  for (const entry of include)
    Object.assign(entry, { already_passed: 'false', proved_by: '' } satisfies PassMark);
  if (include.length === 0) return '';
  const store = await githubPassCache();
  const availability = store.cacheAvailability(request.env);
  if (!availability.available) {
    core.warning(`skip-if-passed: ${availability.reason}; no lane is marked`);
    return '';
  }
  const { loadRunSources, DEFAULT_MANIFEST } = await import('../sources/index.js');
  const { resolveLaneRun } = await import('../run/index.js');
  process.chdir(request.workspace);
  const sources = await loadRunSources({
    catalog: request.catalog === '' ? undefined : resolve(request.workspace, request.catalog),
    manifest: resolve(request.workspace, request.manifest || DEFAULT_MANIFEST),
  });
  for (const entry of include) {
    try {
      const laneRun = resolveLaneRun({ id: entry.lane, sources: sources.runnable, env: request.env });
      const remote = laneRun.jobs.find(
        (job) => job.execution.placement !== 'local' || job.execution.runtime !== 'host_process',
      );
      if (remote !== undefined) {
        core.info(
          `${entry.lane}: not looked up (job \`${remote.id}\` runs ${remote.execution.placement} × ${remote.execution.runtime}; the leg looks its key up itself)`,
        );
        continue;
      }
      const { passKey } = await lanePassKey({
        id: entry.lane,
        laneRun,
        sourceRoot: sources.repoRoot,
        includeLocalChanges: sources.includeLocalChanges,
        host: {},
        env: request.env,
      });
      const found = await store.lookupMarker(passKey.key);
      if (found.kind === 'hit') {
        Object.assign(entry, { already_passed: 'true', proved_by: found.proof.url ?? '' } satisfies PassMark);
        core.info(`${entry.lane}: ${alreadyPassedMessage(found.proof)} (pass key ${passKey.key})`);
      } else core.info(`${entry.lane}: pass key ${passKey.key} has not passed`);
    } catch (error) {
      core.warning(`skip-if-passed: lane ${entry.lane} not looked up: ${errorMessage(error)}`);
    }
  }
  return passedMarkdown(include);
}

/** The plan summary's list of legs marked as already passed, each with its proving run. */
function passedMarkdown(include: readonly MatrixEntry[]): string {
  const marked = include.filter((entry) => (entry as Partial<PassMark>).already_passed === 'true');
  if (marked.length === 0) return '';
  const lines = ['', '### Already passed (skip-if-passed)', ''];
  for (const entry of marked) {
    const url = (entry as Partial<PassMark>).proved_by;
    lines.push(
      `- \`${entry.lane}\` (${markdownText(entry.title)}): ${url ? `[the run that proved it](${url})` : 'proving run unknown'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
