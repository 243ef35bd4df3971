/**
 * Concurrency groups as real locks (docs/design.md decision 8): an exclusive `flock(1)` on
 * `<work dir>/locks/<group>.lock` on the placement host, held by one long-lived `flock`-holding
 * shell that runs over the run's own transport and reads its stdin until EOF.
 *
 * Why this shape (`./holder.ts`): the lock dies with its holder on every exit path without stale
 * detection. A normal release ends stdin; a cancelled or crashed runner closes its pipe (local) or
 * its SSH connection (remote), the holder's `cat` sees EOF or the session is torn down, the shell
 * exits and the kernel drops the lock. No pid files are trusted; the `.holder` file is only shown
 * to waiters.
 *
 * The group is only let go once the run's remote job processes are gone, not merely once its
 * connection is: each supervised job's watcher (`src/backends/host-process/supervisor.ts`) holds a shared flock on
 * `<group>.lock.jobs` until it has stopped the job's process group, and the holder takes that lock
 * exclusively after its stdin ends, before it exits. The wait is bounded so a wedged host cannot
 * hold a group forever; running out is reported.
 */
import { hostname } from 'node:os';
import { posix } from 'node:path';
import type { Transport } from '../transport/index.js';
import { InputError, PikaciError } from '../util/index.js';
import { startHolder } from './holder.js';

export const DEFAULT_LOCK_TIMEOUT_SECS = 3600;
/** Exit status of the holder script when `flock -w` gave up. */
const TIMED_OUT_STATUS = 75;
/** How long the holder waits, after its stdin ends, for the group's job processes to be gone. */
export const JOBS_GONE_TIMEOUT_SECS = 60;
const GROUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export interface GroupLockOptions {
  group: string;
  /** The work dir W on the placement host; the lock file is `W/locks/<group>.lock`. */
  workDir: string;
  timeoutSecs: number;
  /** Waiting, acquisition and release are logged here. */
  log: (line: string) => void;
  signal?: AbortSignal;
  /** Shown to waiters; default `<pid>@<hostname>`. */
  holder?: string;
}

export interface HeldGroupLock {
  readonly group: string;
  readonly lockFile: string;
  /** How long acquisition took, waiting included. */
  readonly waitedMs: number;
  /** End the holder; resolves once the lock is dropped on the host. Idempotent. */
  release(): Promise<void>;
}

/** A group name is a file name on the host: letters, digits, `.`, `_`, `-`. */
export function validateGroupName(group: string): string {
  if (!GROUP_NAME.test(group)) {
    throw new InputError(`invalid concurrency group \`${group}\``, {
      hint: 'use 1-128 letters, digits, `.`, `_` or `-`, starting with a letter or digit',
    });
  }
  return group;
}

export function groupLockFile(workDir: string, group: string): string {
  return posix.join(workDir, 'locks', `${validateGroupName(group)}.lock`);
}

/** The file a group's running job supervisors hold shared (see the file comment). */
export function groupJobsFile(workDir: string, group: string): string {
  return `${groupLockFile(workDir, group)}.jobs`;
}

/** The holder script; `$1` lock file, `$2` timeout seconds, `$3` holder description. */
const HOLDER_SCRIPT = [
  'set -eu',
  'mkdir -p "$(dirname "$1")"',
  'exec 9>>"$1"',
  'if ! flock -n 9; then',
  '  printf "waiting %s\\n" "$(cat "$1.holder" 2>/dev/null || echo unknown)"',
  `  flock -w "$2" 9 || exit ${TIMED_OUT_STATUS}`,
  'fi',
  'printf "%s\\n" "$3" > "$1.holder"',
  'echo acquired',
  'cat > /dev/null',
  'exec 7>>"$1.jobs"',
  `flock -x -w ${JOBS_GONE_TIMEOUT_SECS} 7 || echo jobs-still-running`,
  'rm -f "$1.holder"',
].join('\n');

export async function acquireGroupLock(
  transport: Transport,
  options: GroupLockOptions,
): Promise<HeldGroupLock> {
  const lockFile = groupLockFile(options.workDir, options.group);
  if (!Number.isInteger(options.timeoutSecs) || options.timeoutSecs < 0) {
    throw new InputError(
      `lock timeout must be a non-negative integer of seconds, got ${options.timeoutSecs}`,
    );
  }
  const host = transport.hostLabel;
  const holder = options.holder ?? `pid ${process.pid} on ${hostname()}`;
  const started = Date.now();
  let waited = false;
  const held = startHolder(transport, {
    argv: ['sh', '-c', HOLDER_SCRIPT, 'pikaci-lock', lockFile, String(options.timeoutSecs), holder],
    ...(options.signal ? { signal: options.signal } : {}),
    onLine(line) {
      if (line.startsWith('waiting ')) {
        waited = true;
        options.log(
          `[pikaci] concurrency group \`${options.group}\` is held on ${host} (last holder: ${line.slice(8)}); waiting up to ${options.timeoutSecs}s`,
        );
      } else if (line === 'jobs-still-running') {
        options.log(
          `[pikaci] job processes of concurrency group \`${options.group}\` on ${host} were still running ${JOBS_GONE_TIMEOUT_SECS}s after the run let go; releasing the group anyway (pikaci gc --processes finds them)`,
        );
      }
      return line === 'acquired';
    },
  });
  const first = await held.held;
  if (first !== null) {
    const waited = Math.round((Date.now() - started) / 1000);
    if (first.cancelled)
      throw new PikaciError(`cancelled while waiting for concurrency group \`${options.group}\``);
    if (first.exitCode === TIMED_OUT_STATUS) {
      throw new PikaciError(
        `timed out after ${waited}s waiting for concurrency group \`${options.group}\` on ${host} (${lockFile})`,
        { hint: 'another run holds the group; raise --lock-timeout or wait for it to finish' },
      );
    }
    const how = first.connectionLost
      ? 'connection lost'
      : `exit ${first.exitCode ?? first.signal ?? 'unknown'}`;
    throw new PikaciError(
      `could not take the lock for concurrency group \`${options.group}\` on ${host} (${lockFile}): ${how}`,
      { hint: 'the host needs flock(1) (util-linux) and a writable work dir' },
    );
  }
  const waitedMs = Date.now() - started;
  options.log(
    `[pikaci] holding concurrency group \`${options.group}\` on ${host}${waited ? ` after waiting ${(waitedMs / 1000).toFixed(1)}s` : ''}`,
  );
  let released: Promise<void> | undefined;
  return {
    group: options.group,
    lockFile,
    waitedMs,
    release() {
      released ??= (async () => {
        await held.release();
        options.log(`[pikaci] released concurrency group \`${options.group}\` on ${host}`);
      })();
      return released;
    },
  };
}
