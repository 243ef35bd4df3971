/**
 * `pikaci gc --instances`: find and delete `pikaci-*` instances whose run is over (docs/design.md decision 7).
 * `pikaci gc --processes`: the same for remote host-process job processes a killed runner left
 * behind, found by the `PIKACI_REMOTE_JOB=<run id>/<job id>` marker in their environment.
 * The owner comes from the instance's `user.pikaci.run_id` config (set at `init`), checked against
 * the state root's records: a terminal or abandoned run owns nothing; a live run keeps its instances;
 * a run recorded on another host cannot be judged and is kept. A run id this state root has never
 * seen is orphaned only once the instance is older than the grace period, so a sweep from one runner
 * never deletes the fresh instance of a run started by another runner sharing the Incus host.
 */
import { z } from 'zod';
import { incusArgv, type IncusHostConfig } from '../incus/index.js';
import { isRunId, loadRunRecord, runLiveness } from '../records/index.js';
import { describeExit, mustCapture, REMOTE_JOB_MARKER, shArgv } from '../remote/index.js';
import type { Transport } from '../transport/index.js';
import { errorMessage, PikaciError } from '../util/index.js';

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
  /** Look only at this run's instances (`gc --run`). */
  run?: string;
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

interface Verdict {
  orphan: boolean;
  reason: string;
}

/** The one rule for instances and processes: whose run is over, or unknown and older than the grace. */
async function judge(stateRoot: string, runId: string, ageSecs: number, graceSecs: number): Promise<Verdict> {
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
    if (options.run !== undefined && runId !== options.run) continue;
    if (runId === null) {
      decisions.push({ instance: instance.name, runId, action: 'kept', reason: 'no user.pikaci.run_id' });
      continue;
    }
    const ageSecs = instance.created_at ? (now - Date.parse(instance.created_at)) / 1000 : Infinity;
    const { orphan, reason } = await judge(options.stateRoot, runId, ageSecs, options.graceSecs);
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

/** One line per marked process: `<pid> <seconds since it started> <marker value>` (Linux /proc). */
const SCAN_SCRIPT = [
  'set -u',
  'test -d /proc/self || { echo "no /proc on this host" >&2; exit 3; }',
  `grep -a -z -H '^${REMOTE_JOB_MARKER}=' /proc/[0-9]*/environ 2>/dev/null | tr '\\0' '\\n' |`,
  'while IFS= read -r line; do',
  '  pid=${line#/proc/}; pid=${pid%%/*}',
  `  value=\${line#*:${REMOTE_JOB_MARKER}=}`,
  '  age=$(ps -o etimes= -p "$pid" 2>/dev/null) || continue',
  '  echo "$pid" $age "$value"',
  'done',
].join('\n');

/** `$1` grace seconds, `$2` marker value, then pids: TERM, wait, KILL; only pids still marked so. */
const STOP_SCRIPT = [
  'set -u',
  'grace=$1 value=$2',
  'shift 2',
  `marked() { tr '\\0' '\\n' < "/proc/$1/environ" 2>/dev/null | grep -qxF "${REMOTE_JOB_MARKER}=$value"; }`,
  'for p; do marked "$p" && kill -s TERM "$p" 2>/dev/null; done',
  'waited=0',
  'while [ "$waited" -lt "$grace" ]; do',
  '  left=; for p; do marked "$p" && left=1; done',
  '  [ -z "$left" ] && exit 0',
  '  sleep 1; waited=$((waited + 1))',
  'done',
  'for p; do marked "$p" && kill -s KILL "$p" 2>/dev/null; done',
  'sleep 1',
  'left=; for p; do marked "$p" && left="$left $p"; done',
  '[ -z "$left" ] || { echo "still running:$left" >&2; exit 1; }',
].join('\n');

/** Seconds between TERM and KILL when `gc --processes` stops a leftover job. */
const STOP_GRACE_SECS = 5;

export interface ProcessSweepDecision {
  /** `<run id>/<job id>`, the value of the marker. */
  job: string;
  runId: string;
  pids: number[];
  action: 'removed' | 'kept';
  reason: string;
}

export interface ProcessSweepOptions {
  stateRoot: string;
  graceSecs: number;
  dryRun?: boolean;
  /** Look only at this run's jobs (`gc --run`). */
  run?: string;
}

/**
 * Find processes marked `PIKACI_REMOTE_JOB` on the host and stop those whose run is over (or
 * unknown and older than the grace period, by the oldest process of the job). Linux hosts only:
 * the marker is read from /proc. Processes that cleared their environment cannot be found.
 */
export async function sweepOrphanProcesses(
  transport: Transport,
  options: ProcessSweepOptions,
): Promise<ProcessSweepDecision[]> {
  const decisions: ProcessSweepDecision[] = [];
  // A job still forking while it is stopped can leave a child the first pass did not see.
  for (let pass = 0; pass < 3; pass++) {
    const jobs = await scanMarkedProcesses(transport);
    let stopped = false;
    for (const [job, processes] of jobs) {
      const runId = job.slice(0, Math.max(0, job.indexOf('/')));
      if (options.run !== undefined && runId !== options.run) continue;
      const pids = processes.map((p) => p.pid);
      const ageSecs = Math.max(...processes.map((p) => p.ageSecs));
      const { orphan, reason } = await judge(options.stateRoot, runId, ageSecs, options.graceSecs);
      const earlier = decisions.find((d) => d.job === job);
      if (!orphan) {
        if (!earlier) decisions.push({ job, runId, pids, action: 'kept', reason });
        continue;
      }
      if (options.dryRun) {
        if (!earlier) decisions.push({ job, runId, pids, action: 'removed', reason });
        continue;
      }
      stopped = true;
      const stop = await transport.exec({
        argv: ['sh', '-c', STOP_SCRIPT, 'pikaci-gc-stop', String(STOP_GRACE_SECS), job, ...pids.map(String)],
      });
      const failed = stop.exitCode === 0 ? null : `stop failed (${describeExit(stop)})`;
      if (earlier) {
        earlier.pids.push(...pids);
        if (failed) [earlier.action, earlier.reason] = ['kept', failed];
      } else {
        decisions.push({ job, runId, pids, action: failed ? 'kept' : 'removed', reason: failed ?? reason });
      }
    }
    if (!stopped) break;
  }
  return decisions;
}

async function scanMarkedProcesses(
  transport: Transport,
): Promise<Map<string, Array<{ pid: number; ageSecs: number }>>> {
  const scan = await mustCapture(
    transport,
    `list processes marked ${REMOTE_JOB_MARKER}`,
    shArgv(SCAN_SCRIPT),
  );
  const jobs = new Map<string, Array<{ pid: number; ageSecs: number }>>();
  for (const line of scan.stdout.split('\n')) {
    const match = /^(\d+) (\d+) (.+)$/.exec(line.trim());
    if (!match) continue;
    const [, pid, age, job] = match as unknown as [string, string, string, string];
    const list = jobs.get(job) ?? [];
    list.push({ pid: Number(pid), ageSecs: Number(age) });
    jobs.set(job, list);
  }
  return jobs;
}
