/**
 * The one rule `pikaci gc` applies to whatever a run left on a host — Incus instances, job
 * processes, VMs (docs/design.md decision 7): the owner run is read from the state root's records;
 * a terminal or abandoned run owns nothing; a live run keeps what it has; a run recorded on another
 * host cannot be judged and is kept. A run id this state root has never seen is orphaned only once
 * the thing is older than the grace period, so a sweep from one runner never removes what another
 * runner sharing the host has just started.
 */
import { runLiveness } from './liveness.js';
import { loadRunRecord } from './loaders.js';
import { isRunId } from './run-id.js';

export const DEFAULT_ORPHAN_GRACE_SECS = 3600;

export type RunOwnership = 'live' | 'over' | 'other_host' | 'unknown';

async function ownership(stateRoot: string, runId: string): Promise<RunOwnership> {
  if (!isRunId(runId)) return 'unknown';
  const record = await loadRunRecord(stateRoot, runId).catch(() => null);
  if (record === null) return 'unknown';
  switch (runLiveness(record)) {
    case 'alive':
      return 'live';
    case 'terminal':
    case 'abandoned':
      return 'over';
    case 'unknown':
      return 'other_host';
  }
}

export interface OrphanVerdict {
  orphan: boolean;
  reason: string;
}

/** Judge a thing of run `runId`, `ageSecs` old, against `stateRoot`'s records. */
export function orphanJudge(
  stateRoot: string,
  graceSecs: number,
): (runId: string, ageSecs: number) => Promise<OrphanVerdict> {
  return async (runId, ageSecs) => {
    switch (await ownership(stateRoot, runId)) {
      case 'live':
        return { orphan: false, reason: 'its run is still running' };
      case 'other_host':
        return { orphan: false, reason: 'its run is recorded as running on another host' };
      case 'over':
        return { orphan: true, reason: 'its run is no longer running' };
      case 'unknown':
        return ageSecs > graceSecs
          ? { orphan: true, reason: `unknown run, created ${Math.round(ageSecs)}s ago (grace ${graceSecs}s)` }
          : { orphan: false, reason: `unknown run, younger than the grace period of ${graceSecs}s` };
    }
  };
}
