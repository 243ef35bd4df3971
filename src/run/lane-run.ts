/**
 * What running one lane means, for the action's `command: run` and `pikaci run <id>` alike: which
 * jobs run, under which concurrency group, and how many execute at once. Both callers take all
 * three from `resolveLaneRun`, so a matrix leg and a maintainer's local run of the same lane cannot
 * drift apart (README "Running lanes locally": `pikaci run <lane>` runs it exactly as the action).
 * Pure: the caller loads the catalog and manifest and passes the environment.
 */
import { createHash } from 'node:crypto';
import { validateGroupName } from '../locks/index.js';
import type { JobSpec, Lane } from '../model/index.js';
import { executeConcurrency, maxConcurrentExecutes } from './concurrency.js';
import { resolveLane, resolveRunnable, selectJobs, type Runnable, type RunnableSources } from './select.js';

export interface LaneRunRequest {
  /** A lane id of the manifest, or a catalog target id. */
  id: string;
  sources: RunnableSources;
  /** Run only these jobs (`--job`); empty or absent: every job. */
  jobIds?: readonly string[];
  /** An explicit, already validated group (`--concurrency-group`); it replaces the lane's. */
  concurrencyGroup?: string | null;
  /** Where `PIKACI_MAX_CONCURRENT_EXECUTES` is read. */
  env: NodeJS.ProcessEnv;
}

export interface LaneRun {
  /** The lane the id names, or null when it names only a catalog target. */
  lane: Lane | null;
  /** The lane's title, else the target's description. */
  title: string;
  runnable: Runnable;
  /** The jobs that run, in the target's order. */
  jobs: readonly JobSpec[];
  /**
   * The lock to hold on every placement host (docs/design.md decision 8): the explicit group, else the
   * lane's `concurrency_group`, as a lock name (see `lockGroupName`); null for none.
   */
  concurrencyGroup: string | null;
  /** Execute nodes at once: the configured cap when every job supports it, else 1. */
  maxConcurrentExecutes: number;
  /** More than one job can run at once, so live output is prefixed per job instead of grouped. */
  parallel: boolean;
}

/**
 * Resolve `id`: a lane of the manifest first (the action's `lane` input is always a lane id, so a
 * lane wins over a catalog target of the same id), else a catalog target.
 */
export function resolveLaneRun(request: LaneRunRequest): LaneRun {
  const { sources } = request;
  const lane = sources.lanes.find((candidate) => candidate.id === request.id) ?? null;
  const runnable = lane === null ? resolveRunnable(request.id, sources) : resolveLane(lane, sources);
  const jobs = selectJobs(runnable, request.jobIds ?? []);
  const explicit = request.concurrencyGroup ?? null;
  const laneGroup = lane?.concurrency_group ?? null;
  const concurrency = executeConcurrency(jobs, maxConcurrentExecutes(request.env));
  return {
    lane,
    title: lane?.title ?? runnable.description,
    runnable,
    jobs,
    concurrencyGroup: explicit ?? (laneGroup === null ? null : lockGroupName(laneGroup)),
    maxConcurrentExecutes: concurrency,
    parallel: concurrency > 1 && jobs.length > 1,
  };
}

/**
 * A manifest group as a lock name. The lock is a file on the host (`W/locks/<name>.lock`), so its
 * name is limited to letters, digits, `.`, `_` and `-`; a group outside that set — upstream's
 * synthesized `staged-linux:<target>` — keeps its readable part and gains 8 hex of its SHA-256,
 * so two different groups never share a lock.
 */
export function lockGroupName(group: string): string {
  try {
    return validateGroupName(group);
  } catch {
    const readable =
      group
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 119) || 'group';
    const digest = createHash('sha256').update(group).digest('hex').slice(0, 8);
    return validateGroupName(`${readable}-${digest}`);
  }
}
