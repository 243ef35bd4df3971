/**
 * `pikaci gc --instances`: find and delete `pikaci-*` instances whose run is over (docs/design.md
 * decision 7). The owner comes from the instance's `user.pikaci.run_id` config (set at `init`),
 * judged by the one rule in `src/records/` (`orphanJudge`).
 */
import { parse, z } from '../../schema/index.js';
import type { OrphanDecision, OrphanJudge } from '../../runtime/index.js';
import { describeExit, mustCapture } from '../../transport/index.js';
import type { Transport } from '../../transport/index.js';
import { errorMessage, PikaciError } from '../../util/index.js';
import { incusArgv } from './cli.js';
import type { IncusHostConfig } from './config.js';

const InstanceListSchema = z.array(
  z.looseObject({
    name: z.string(),
    created_at: z.string().optional(),
    config: z.record(z.string(), z.string()).optional(),
  }),
);

export async function sweepOrphanInstances(
  transport: Transport,
  config: IncusHostConfig,
  options: { judge: OrphanJudge; run?: string; dryRun?: boolean; now?: number },
): Promise<OrphanDecision[]> {
  const listed = await mustCapture(
    transport,
    `list Incus instances in project \`${config.project}\``,
    incusArgv(config, ['list'], '--format', 'json'),
  );
  let instances: z.infer<typeof InstanceListSchema>;
  try {
    instances = parse(InstanceListSchema, JSON.parse(listed.stdout));
  } catch (error) {
    throw new PikaciError(
      `decode the Incus instance list from ${transport.hostLabel}: ${errorMessage(error)}`,
    );
  }
  const now = options.now ?? Date.now();
  const decisions: OrphanDecision[] = [];
  for (const instance of instances.filter((i) => i.name.startsWith('pikaci-'))) {
    const runId = instance.config?.['user.pikaci.run_id'] ?? null;
    if (options.run !== undefined && runId !== options.run) continue;
    if (runId === null) {
      decisions.push({ action: 'kept', line: `kept ${instance.name} (run none: no user.pikaci.run_id)` });
      continue;
    }
    const ageSecs = instance.created_at ? (now - Date.parse(instance.created_at)) / 1000 : Infinity;
    const { orphan, reason } = await options.judge(runId, ageSecs);
    if (orphan && !options.dryRun) {
      const removal = await transport.exec({ argv: incusArgv(config, ['delete'], '--force', instance.name) });
      if (removal.exitCode !== 0) {
        decisions.push({
          action: 'kept',
          line: `kept ${instance.name} (run ${runId}: delete failed (${describeExit(removal)}))`,
        });
        continue;
      }
    }
    const action = orphan ? 'removed' : 'kept';
    decisions.push({ action, line: `${action} ${instance.name} (run ${runId}: ${reason})` });
  }
  return decisions;
}
