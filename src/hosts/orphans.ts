/**
 * `pikaci gc --instances`: find and delete `pikaci-*` instances whose run is over (DESIGN decision 7).
 * The owner comes from the instance's `user.pikaci.run_id` config (set at `init`), checked against
 * the state root's records: a terminal or abandoned run owns nothing; a live run keeps its instances;
 * a run recorded on another host cannot be judged and is kept. A run id this state root has never
 * seen is orphaned only once the instance is older than the grace period, so a sweep from one runner
 * never deletes the fresh instance of a run started by another runner sharing the Incus host.
 */
import { z } from 'zod';
import { incusArgv, type IncusHostConfig } from '../incus/index.js';
import { isRunId, loadRunRecord, runLiveness } from '../records/index.js';
import { describeExit, mustCapture } from '../remote/index.js';
import type { Transport } from '../transport/index.js';
import { errorMessage, PikaciError } from '../util/errors.js';

export const DEFAULT_ORPHAN_GRACE_SECS = 3600;

const InstanceListSchema = z.array(
  z.looseObject({
    name: z.string(),
    created_at: z.string().optional(),
    config: z.record(z.string(), z.string()).optional(),
  }),
);

export type RunOwnership = 'live' | 'over' | 'other_host' | 'unknown';

export interface SweepDecision {
  instance: string;
  runId: string | null;
  action: 'removed' | 'kept';
  reason: string;
}

export interface SweepOptions {
  config: IncusHostConfig;
  stateRoot: string;
  graceSecs: number;
  now?: number;
  /** Only report what would be removed. */
  dryRun?: boolean;
}

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

export async function sweepOrphanInstances(
  transport: Transport,
  options: SweepOptions,
): Promise<SweepDecision[]> {
  const { config } = options;
  const listed = await mustCapture(
    transport,
    `list Incus instances in project \`${config.project}\``,
    incusArgv(config, ['list'], '--format', 'json'),
  );
  let instances: z.infer<typeof InstanceListSchema>;
  try {
    instances = InstanceListSchema.parse(JSON.parse(listed.stdout));
  } catch (error) {
    throw new PikaciError(
      `decode the Incus instance list from ${transport.hostLabel}: ${errorMessage(error)}`,
    );
  }
  const now = options.now ?? Date.now();
  const decisions: SweepDecision[] = [];
  for (const instance of instances.filter((i) => i.name.startsWith('pikaci-'))) {
    const runId = instance.config?.['user.pikaci.run_id'] ?? null;
    if (runId === null) {
      decisions.push({ instance: instance.name, runId, action: 'kept', reason: 'no user.pikaci.run_id' });
      continue;
    }
    const owner = await ownership(options.stateRoot, runId);
    const ageSecs = instance.created_at ? (now - Date.parse(instance.created_at)) / 1000 : Infinity;
    let orphan: boolean;
    let reason: string;
    switch (owner) {
      case 'live':
        [orphan, reason] = [false, 'its run is still running'];
        break;
      case 'other_host':
        [orphan, reason] = [false, 'its run is recorded as running on another host'];
        break;
      case 'over':
        [orphan, reason] = [true, 'its run is no longer running'];
        break;
      case 'unknown':
        orphan = ageSecs > options.graceSecs;
        reason = orphan
          ? `unknown run, created ${Math.round(ageSecs)}s ago (grace ${options.graceSecs}s)`
          : `unknown run, younger than the grace period of ${options.graceSecs}s`;
        break;
    }
    if (orphan && !options.dryRun) {
      const removal = await transport.exec({ argv: incusArgv(config, ['delete'], '--force', instance.name) });
      if (removal.exitCode !== 0) {
        decisions.push({
          instance: instance.name,
          runId,
          action: 'kept',
          reason: `delete failed (${describeExit(removal)})`,
        });
        continue;
      }
    }
    decisions.push({ instance: instance.name, runId, action: orphan ? 'removed' : 'kept', reason });
  }
  return decisions;
}
