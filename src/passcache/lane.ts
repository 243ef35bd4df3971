/**
 * The pass key of one lane run, gathered from what `resolveLaneRun` decided (README "Skipping lanes
 * that already passed"): the snapshot's content hash as `runJobs` would record it, the lane and its
 * jobs, the runtime identity of each placement host, this pikaci-action and the runner.
 */
import type { HostSettings } from '../hosts/index.js';
import type { LaneRun } from '../run/index.js';
import { snapshotContentHash, snapshotProfileForJobs } from '../snapshot/index.js';
import { actionIdentity, runnerIdentity, runtimeIdentity } from './identity.js';
import { passKey, type PassKey } from './key.js';

export interface LanePassKeyRequest {
  /** The id asked for (lane or target). */
  id: string;
  laneRun: LaneRun;
  sourceRoot: string;
  /** As the run will take its snapshot: the working tree (true) or HEAD (false, CI). */
  includeLocalChanges: boolean;
  host: HostSettings;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export interface LanePassKey {
  passKey: PassKey;
  /** HEAD when the key was computed, for the record of a lane that already passed. */
  gitHead: string;
}

export async function lanePassKey(request: LanePassKeyRequest): Promise<LanePassKey> {
  const { laneRun } = request;
  const jobs = laneRun.jobs;
  const profile = snapshotProfileForJobs(jobs);
  const [snapshot, runtime, action] = await Promise.all([
    snapshotContentHash({
      sourceRoot: request.sourceRoot,
      profile,
      includeLocalChanges: request.includeLocalChanges,
    }),
    runtimeIdentity({
      jobs,
      host: request.host,
      sourceRoot: request.sourceRoot,
      ...(request.signal ? { signal: request.signal } : {}),
    }),
    actionIdentity(),
  ]);
  const environment: Record<string, string | null> = {};
  for (const name of jobs.flatMap((job) => job.pass_env ?? []).sort()) {
    environment[name] = request.env[name] ?? null;
  }
  return {
    gitHead: snapshot.gitHead,
    passKey: passKey({
      id: request.id,
      lane: laneRun.lane,
      target: {
        id: laneRun.runnable.targetId,
        description: laneRun.runnable.description,
        filters: laneRun.runnable.filters,
        jobs,
        maxConcurrentExecutes: laneRun.maxConcurrentExecutes,
      },
      snapshot: {
        contentHash: snapshot.contentHash,
        profile,
        files: snapshot.files,
        includeLocalChanges: request.includeLocalChanges,
      },
      runtime,
      environment,
      action,
      runner: runnerIdentity(),
    }),
  };
}
