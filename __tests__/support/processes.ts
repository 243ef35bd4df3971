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
