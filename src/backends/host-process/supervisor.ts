/**
 * A host-process job dies with its runner (README "Faults"). OpenSSH does not signal a session's
 * command when the client goes away without a pty, and a local process group outlives a killed
 * parent: either way a job whose runner was killed would keep running, reparented to PID 1, while
 * its concurrency group passes to the next run.
 *
 * So the job runs under a small POSIX sh supervisor on the placement host. The supervisor starts a
 * watcher that reads the channel's (locally: the pipe's) stdin, which the runner keeps open and
 * never writes to, then `exec`s the job: the job keeps the session's pid and process group (so the
 * transport's own stop path and exit status are unchanged) and reads /dev/null. When the channel closes — the job
 * ended, or the runner and its connection died — the watcher sees EOF, sends TERM to the job's
 * process group, waits up to the grace period for the job to exit, then KILLs the group (itself
 * included). The job and everything it starts carry `PIKACI_REMOTE_JOB=<run id>/<job id>` in their
 * environment, which `pikaci gc --processes` looks for.
 *
 * In a concurrency group the watcher also holds a shared `flock` on the group's jobs file until it
 * dies, i.e. until the job's process group has been stopped; the group's lock holder takes that
 * lock exclusively before it lets the group go (see `src/locks/`).
 */
import { PassThrough } from 'node:stream';
import type { ExecRequest, ExecResult, Transport } from '../../transport/index.js';

/** The environment variable that marks every process of a host-process job (remote or local). */
export const REMOTE_JOB_MARKER = 'PIKACI_REMOTE_JOB';
/** How long the watcher waits between TERM and KILL once the job's channel has closed. */
export const SUPERVISOR_GRACE_SECS = 5;

/** `$1` job pid (= process group), `$2` grace seconds; stdin is the channel's. */
const WATCHER_SCRIPT = [
  "trap '' TERM INT HUP",
  'while read -r _; do :; done',
  'running() { s=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; case $s in Z*|"") return 1;; esac; }',
  'kill -s TERM -- "-$1" 2>/dev/null',
  'waited=0',
  'while running "$1" && [ "$waited" -lt "$2" ]; do sleep 1; waited=$((waited + 1)); done',
  'kill -s KILL -- "-$1" 2>/dev/null',
].join('\n');

/**
 * `$1` marker, `$2` grace seconds, `$3` shared-lock file or empty, `$4` watcher script, `$5` `own`
 * to start the watcher in a process group of its own (local jobs, see `SupervisorOptions.local`);
 * then the job argv.
 */
const SUPERVISOR_SCRIPT = [
  'set -u',
  'marker=$1 grace=$2 hold=$3 watcher=$4 group=$5',
  'shift 5',
  `export ${REMOTE_JOB_MARKER}="$marker"`,
  'if [ -n "$hold" ]; then exec 8>>"$hold" && flock -s 8; fi',
  'exec 3<&0 </dev/null',
  // sshd (and LocalTransport) start each command as its process group leader, and exec keeps this
  // pid for the job.
  'if [ "$group" = own ] && command -v setsid >/dev/null 2>&1; then',
  '  setsid sh -c "$watcher" pikaci-job-watch "$$" "$grace" <&3 >/dev/null 2>&1 &',
  'else',
  '  sh -c "$watcher" pikaci-job-watch "$$" "$grace" <&3 >/dev/null 2>&1 &',
  'fi',
  'exec 3<&- 8>&-',
  'exec "$@"',
].join('\n');

export interface SupervisorOptions {
  /** `<run id>/<job id>`, set as `PIKACI_REMOTE_JOB` in the job's environment. */
  marker: string;
  /** The concurrency group's jobs file (held shared while the job lives), or null outside a group. */
  jobsLockFile: string | null;
  graceSecs?: number;
  /**
   * The job runs on this machine (LocalTransport). Its stop path TERMs the job's process group, then
   * waits for the group to empty before a KILL: a watcher in that group, which ignores TERM so that
   * its own TERM to the group cannot stop it, would hold every cancellation for the whole grace
   * period. So the watcher gets a group of its own (`setsid`, where there is one).
   */
  local?: boolean;
}

/** The argv that runs `argv` under the supervisor (pure). */
export function supervisedArgv(argv: readonly string[], options: SupervisorOptions): string[] {
  return [
    'sh',
    '-c',
    SUPERVISOR_SCRIPT,
    'pikaci-job',
    options.marker,
    String(options.graceSecs ?? SUPERVISOR_GRACE_SECS),
    options.jobsLockFile ?? '',
    WATCHER_SCRIPT,
    options.local ? 'own' : 'job',
    ...argv,
  ];
}

/**
 * A transport whose commands run under the supervisor, with a stdin that stays open until the
 * command ends (the request's own stdin is replaced: the job reads /dev/null, as before).
 */
export function supervisedTransport(transport: Transport, options: SupervisorOptions): Transport {
  return {
    placement: transport.placement,
    hostLabel: transport.hostLabel,
    async exec(request: ExecRequest): Promise<ExecResult> {
      const channelStdin = new PassThrough();
      try {
        return await transport.exec({
          ...request,
          argv: supervisedArgv(request.argv, options),
          stdin: channelStdin,
        });
      } finally {
        channelStdin.end();
      }
    },
    close: () => transport.close(),
  };
}
