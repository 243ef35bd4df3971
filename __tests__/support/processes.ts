/** Processes the tests look for on this machine (local jobs, and the test sshd's remote ones). */
import { execFileSync } from 'node:child_process';

/** Pids of processes whose argv contains `pattern` (`pgrep -f`), never this test process. */
export function pidsMatching(pattern: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', pattern])
      .toString()
      .trim()
      .split('\n')
      .map(Number)
      .filter((pid) => pid !== process.pid);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/**
 * A `sleep` duration that names one test's processes: `<whole>.<9 digits>`. The fixed width keeps a
 * marker from matching another's processes (`sleep 1000.12` would match `sleep 1000.123`); each file
 * that uses them has its own whole part.
 */
export function sleepMarker(whole: number): string {
  return `${whole}.${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
}

/** Pids of `sleep <marker>` processes (never this test process). */
export function sleepPids(marker: string): number[] {
  return pidsMatching(`sleep ${marker.replaceAll('.', '\\.')}`);
}

/**
 * The pids of `sleep <marker>` once there are any, waiting up to `timeoutMs` (then none): a job that
 * prints before its backgrounded `bash -c "…sleep <marker>"` has been exec'd can be seen before its
 * sleep on a loaded machine (seen in CI).
 */
export async function sleepStarted(marker: string, timeoutMs = 10_000): Promise<number[]> {
  const by = Date.now() + timeoutMs;
  let pids = sleepPids(marker);
  while (pids.length === 0 && Date.now() < by) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    pids = sleepPids(marker);
  }
  return pids;
}
