/**
 * `LocalTransport` runs argv on this machine with `node:child_process`, without a shell (docs/design.md
 * decision 1). No process library: a job start pays for none (issue 13 measured execa at ~18 ms of
 * load and evaluation per `pikaci run`), and the semantics below are all this transport needs.
 *
 * Each command runs in its own process group so a timeout or an abort stops everything it started
 * (a `bash -c` that forked `sleep`, a build tool's workers): SIGTERM to the group, then SIGKILL to the
 * group after a grace period. Output is streamed to the callbacks and never kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { PikaciError } from '../util/index.js';
import type { ExecRequest, ExecResult, Transport } from './types.js';

export interface LocalTransportOptions {
  /** Time between SIGTERM and SIGKILL when a command is stopped; default 5000 ms. */
  killGraceMs?: number;
}

export const DEFAULT_KILL_GRACE_MS = 5_000;
/** How often to look whether a stopped process group has emptied before the SIGKILL deadline. */
const GROUP_POLL_MS = 50;

/** Process groups still running, SIGKILLed if this process exits so no command outlives the run. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
  });
}

/** Send a signal to a whole process group; false when the group no longer exists. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

export class LocalTransport implements Transport {
  readonly placement = 'local' as const;
  readonly hostLabel = 'localhost';
  private readonly killGraceMs: number;

  constructor(options: LocalTransportOptions = {}) {
    this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  }

  /**
   * Run `argv` to completion. Resolves with how it ended (non-zero exit codes are results, not
   * errors). Rejects with a `PikaciError` only when the command cannot start at all:
   * `command not found: <program>`, `command is not executable: <program>`, or
   * `working directory does not exist: <cwd>`.
   */
  async exec(request: ExecRequest): Promise<ExecResult> {
    const [program, ...args] = request.argv;
    if (program === undefined || program === '') {
      throw new PikaciError('cannot run an empty command', {
        hint: 'the argv needs at least a program name',
      });
    }
    if (request.signal?.aborted) {
      return { exitCode: null, signal: null, timedOut: false, cancelled: true };
    }
    if (request.cwd !== undefined) await assertDirectory(request.cwd);
    installExitHook();

    const subprocess = spawn(program, args, {
      cwd: request.cwd,
      // A job gets `env` only (inheritEnv false): never this process's inputs and tokens.
      env: request.inheritEnv === false ? { ...request.env } : { ...process.env, ...request.env },
      stdio: [
        request.stdin === undefined ? 'ignore' : 'pipe',
        request.onStdout ? 'pipe' : 'ignore',
        request.onStderr ? 'pipe' : 'ignore',
      ],
      detached: true,
    });
    const ended = settle(subprocess);
    const pgid = subprocess.pid;
    if (pgid !== undefined) liveGroups.add(pgid);

    if (request.onStdout) subprocess.stdout?.on('data', request.onStdout);
    if (request.onStderr) subprocess.stderr?.on('data', request.onStderr);
    if (request.stdin !== undefined && subprocess.stdin) feedStdin(request.stdin, subprocess.stdin);

    let timedOut = false;
    let cancelled = false;
    let stopping: Promise<void> | undefined;
    const exited = ended.then(() => undefined);
    const stop = (): void => {
      if (stopping || pgid === undefined) return;
      stopping = this.stopGroup(pgid, exited);
    };
    const timer =
      request.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            stop();
          }, request.timeoutMs);
    const onAbort = (): void => {
      cancelled = true;
      stop();
    };
    request.signal?.addEventListener('abort', onAbort, { once: true });

    try {
      const result = await ended;
      if (stopping) await stopping;
      if ('startError' in result) throw startError(program, result.startError);
      return { exitCode: result.exitCode, signal: result.signal, timedOut, cancelled };
    } finally {
      if (timer) clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      if (pgid !== undefined) liveGroups.delete(pgid);
    }
  }

  /** Nothing to release: every command's process group is gone when `exec` returns. */
  async close(): Promise<void> {}

  /**
   * SIGTERM the group; once the leader has exited, wait for the rest of the group to leave; SIGKILL
   * whatever is left when the grace period ends.
   */
  private async stopGroup(pgid: number, exited: Promise<void>): Promise<void> {
    signalGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + this.killGraceMs;
    let killTimer: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((resolve) => {
      killTimer = setTimeout(() => {
        signalGroup(pgid, 'SIGKILL');
        resolve();
      }, this.killGraceMs);
    });
    try {
      await Promise.race([exited, killed]);
      while (Date.now() < deadline && (await groupHasLiveMembers(pgid))) {
        await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
      }
      signalGroup(pgid, 'SIGKILL');
    } finally {
      clearTimeout(killTimer);
    }
  }
}

type Ending =
  { exitCode: number | null; signal: NodeJS.Signals | null } | { startError: NodeJS.ErrnoException };

/**
 * How the child ended: on `close` (exited and its stdout/stderr ended, so every chunk has reached the
 * callbacks), or the error that kept it from starting (no pid: ENOENT, EACCES…). Never rejects.
 */
function settle(child: ChildProcess): Promise<Ending> {
  return new Promise((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (child.pid === undefined) resolve({ startError: error });
    });
    child.once('close', (exitCode: number | null, signal: NodeJS.Signals | null) =>
      resolve({ exitCode, signal }),
    );
  });
}

/**
 * Whether any process of the group is still running. Killed members re-parented to an init that
 * reaps slowly linger as zombies, which `kill(-pgid, 0)` still counts; on Linux read `/proc` to skip them.
 */
async function groupHasLiveMembers(pgid: number): Promise<boolean> {
  if (process.platform !== 'linux') return signalGroup(pgid, 0);
  const entries = await readdir('/proc').catch(() => undefined);
  if (entries === undefined) return signalGroup(pgid, 0);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the parenthesised command name: state, ppid, pgrp, …
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (pgrp === String(pgid) && state !== 'Z') return true;
  }
  return false;
}

async function assertDirectory(cwd: string): Promise<void> {
  const info = await stat(cwd).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new PikaciError(`working directory does not exist: ${cwd}`, {
      hint: 'create the directory before running the command there',
    });
  }
}

/** Stream the request's stdin into the child; a child that stops reading early is not an error. */
function feedStdin(source: Readable | Buffer | string, sink: Writable): void {
  sink.on('error', () => undefined);
  if (typeof source === 'string' || Buffer.isBuffer(source)) {
    sink.end(source);
    return;
  }
  source.on('error', () => sink.end());
  source.pipe(sink);
}

function startError(program: string, cause: NodeJS.ErrnoException): PikaciError {
  const code = cause.code;
  switch (code) {
    case 'ENOENT':
      return new PikaciError(`command not found: ${program}`, {
        hint: 'install it or put its directory on PATH',
        cause,
      });
    case 'EACCES':
      return new PikaciError(`command is not executable: ${program}`, {
        hint: 'check the file mode (chmod +x) and that it is a program, not a directory',
        cause,
      });
    default:
      return new PikaciError(`could not start ${program}: ${code ?? 'unknown error'}`, { cause });
  }
}
