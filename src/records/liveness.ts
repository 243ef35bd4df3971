/**
 * Whether the process that owns a `running` run is still alive. run.json records `runner_pid` and
 * `runner_host`; on the same host a pid that no longer exists means the runner was killed and the
 * run is abandoned. On another host (or for upstream records without a pid) it cannot be known.
 */
import { hostname } from 'node:os';
import type { RunRecord } from './schemas.js';

export type RunLiveness = 'terminal' | 'alive' | 'abandoned' | 'unknown';

export function runLiveness(run: RunRecord): RunLiveness {
  if (run.status !== 'running') return 'terminal';
  if (run.runner_pid === null || run.runner_host !== hostname()) return 'unknown';
  return processExists(run.runner_pid) ? 'alive' : 'abandoned';
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
