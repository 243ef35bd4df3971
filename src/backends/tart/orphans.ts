/**
 * `pikaci gc --vms`: stop and delete `pikaci-*` Tart VMs whose run is over (docs/design.md
 * decision 7). Tart has no labels, so the run comes from the VM's name (`naming.ts`), and its age
 * from the run id's time; the one rule in `src/records/` (`orphanJudge`) decides.
 */
import { parse, z } from '../../schema/index.js';
import { runIdTimeMs } from '../../records/index.js';
import type { OrphanDecision, OrphanJudge } from '../../runtime/index.js';
import { capture, describeExit, mustCapture, type Transport } from '../../transport/index.js';
import { errorMessage, PikaciError } from '../../util/index.js';
import { stderrTail, tartArgv } from './cli.js';
import type { TartHostConfig } from './config.js';
import { runIdOfVm, VM_NAME_PREFIX } from './naming.js';

/** `tart list --format json` (Sources/tart/Commands/List.swift `VMInfo`): the fields used here. */
const VmListSchema = z.array(
  z.looseObject({
    Name: z.string(),
    Source: z.string().optional(),
    Running: z.boolean().optional(),
    State: z.string().optional(),
  }),
);

export async function sweepOrphanVms(
  transport: Transport,
  config: TartHostConfig,
  options: { judge: OrphanJudge; run?: string; dryRun?: boolean; now?: number },
): Promise<OrphanDecision[]> {
  const listed = await mustCapture(
    transport,
    'list Tart VMs',
    tartArgv(config.work_dir, ['list', '--source', 'local', '--format', 'json']),
  );
  let vms: z.infer<typeof VmListSchema>;
  try {
    vms = parse(VmListSchema, JSON.parse(listed.stdout));
  } catch (error) {
    throw new PikaciError(`decode the Tart VM list from ${transport.hostLabel}: ${errorMessage(error)}`);
  }
  const now = options.now ?? Date.now();
  const decisions: OrphanDecision[] = [];
  for (const vm of vms.filter((v) => v.Name.startsWith(VM_NAME_PREFIX))) {
    const runId = runIdOfVm(vm.Name);
    if (options.run !== undefined && runId !== options.run) continue;
    if (runId === null) {
      decisions.push({ action: 'kept', line: `kept ${vm.Name} (run none: no run id in its name)` });
      continue;
    }
    const started = runIdTimeMs(runId);
    const ageSecs = started === null ? Infinity : (now - started) / 1000;
    const { orphan, reason } = await options.judge(runId, ageSecs);
    if (orphan && !options.dryRun) {
      const failure = await removeVm(
        transport,
        config,
        vm.Name,
        vm.Running === true || vm.State === 'running',
      );
      if (failure !== null) {
        decisions.push({ action: 'kept', line: `kept ${vm.Name} (run ${runId}: ${failure})` });
        continue;
      }
    }
    const action = orphan ? 'removed' : 'kept';
    decisions.push({ action, line: `${action} ${vm.Name} (run ${runId}: ${reason})` });
  }
  return decisions;
}

/** `tart stop` (when running; Tart's `delete` refuses a running VM), then `tart delete`; why it failed, or null. */
async function removeVm(
  transport: Transport,
  config: TartHostConfig,
  name: string,
  running: boolean,
): Promise<string | null> {
  if (running) {
    const stop = await capture(
      transport,
      tartArgv(config.work_dir, ['stop', '--timeout', String(config.stop_timeout_secs), name]),
      { timeoutMs: (config.stop_timeout_secs + 60) * 1000 },
    );
    if (stop.exitCode !== 0 && !/is not running/.test(stop.stderr)) {
      return `stop failed (${describeExit(stop)})${stderrTail(stop.stderr)}`;
    }
  }
  const removal = await capture(transport, tartArgv(config.work_dir, ['delete', name]), {
    timeoutMs: 120_000,
  });
  if (removal.exitCode !== 0 && !/does not exist/.test(removal.stderr)) {
    return `delete failed (${describeExit(removal)})${stderrTail(removal.stderr)}`;
  }
  return null;
}
