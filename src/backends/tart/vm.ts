/**
 * One job's Tart VM, from `clone` to `delete` (docs/upstream.md, executor 6, with the cleanup it
 * lacked). Tart facts this relies on (cirruslabs/tart, Sources/tart/Commands): `clone` builds the
 * VM in a temporary directory and moves it into place, so a clone that fails leaves nothing under
 * the new name; `run` has no detach mode and blocks until the VM stops; `exec` needs the guest agent
 * and fails with `VM "<name>" is not running` until the VM runs; `stop` fails on a stopped VM and
 * waits (up to `--timeout`) until the VM is gone before it returns; `delete` refuses a running VM.
 * Every command goes through `TartCli`, so it runs on the job's host, here or over SSH.
 */
import { describeExit, type Captured, type CaptureOptions } from '../../transport/index.js';
import type { ExecRequest, ExecResult } from '../../transport/index.js';
import type { LogWriter } from '../../runtime/index.js';
import { errorMessage, shellJoin } from '../../util/index.js';
import { LineSplitter, VmFailure, waitUntilReady, type Guest } from '../../vm/index.js';
import { stderrTail, TartCommandError, type TartCli } from './cli.js';

/** Poll interval of the readiness probe (`tart exec <vm> true`). */
export const READY_POLL_MS = 1000;
/** A delete or list that takes longer counts as failed (a wedged host must not hang the run). */
const COMMAND_TIMEOUT_MS = 120_000;
/** How long the `tart run` process may take to end once `tart stop` returned, before it is killed. */
const REAP_TIMEOUT_MS = 30_000;

/** A `--dir` share: `name:path[:ro]` (under /Volumes/My Shared Files) or `path:ro|rw,tag=T` (mount_virtiofs). */
export interface DirShare {
  path: string;
  readOnly: boolean;
  /** Named shares appear as `/Volumes/My Shared Files/<name>` in a macOS guest. */
  name?: string;
  /** Tagged shares are mounted by the guest with `mount_virtiofs <tag> <dir>`. */
  tag?: string;
}

/** The `--dir` value of a share, in Tart's `[name:]path[:options]` form. */
export function dirArgument(share: DirShare): string {
  if (share.tag !== undefined) return `${share.path}:${share.readOnly ? 'ro' : 'rw'},tag=${share.tag}`;
  return `${share.name ?? ''}${share.name === undefined ? '' : ':'}${share.path}${share.readOnly ? ':ro' : ''}`;
}

/** `tart run` argv: no window, no audio, each share, and `sync=full` when asked (host toolchain jobs). */
export function runArgs(name: string, shares: readonly DirShare[], syncFull: boolean): string[] {
  return [
    'run',
    '--no-graphics',
    '--no-audio',
    ...(syncFull ? ['--root-disk-opts=sync=full'] : []),
    ...shares.map((share) => `--dir=${dirArgument(share)}`),
    name,
  ];
}

export type Removal = 'never_created' | 'deleted' | 'absent';

export class TartVm implements Guest {
  /** Whether a VM of this name may exist because of this object (or an earlier attempt). */
  private mayExist = false;
  /** The `tart run` process of the current boot, while it may be running. */
  private running: {
    ended: Promise<ExecResult>;
    result: ExecResult | null;
    stop: AbortController;
    /** The last line `tart run` wrote to stderr (why it ended, when it did). */
    lastError: string;
  } | null = null;

  constructor(
    private readonly cli: TartCli,
    readonly name: string,
    private readonly log: LogWriter,
    /** The job's signal: every command but the cleanup ones stops when it aborts. */
    private readonly signal: AbortSignal,
  ) {}

  /** Deletes what an earlier attempt of the same run and job may have left; how it ends does not matter. */
  removeStale(): Promise<Captured> {
    return this.cli.capture(['delete', this.name], { timeoutMs: COMMAND_TIMEOUT_MS });
  }

  async clone(base: string): Promise<void> {
    // A clone cut off (cancelled, connection lost) may have created the VM; one Tart reports as
    // failed did not (Clone.swift moves the finished copy into place last).
    this.mayExist = true;
    await this.cli
      .run('tart clone', ['clone', base, this.name], { signal: this.signal })
      .catch((error: unknown) => {
        if (error instanceof TartCommandError && error.exitCode !== null) this.mayExist = false;
        throw error;
      });
  }

  /**
   * Starts `tart run` in the background; its output goes to host.log as `[tart:stdout] `/`[tart:stderr] `
   * lines. It is not tied to the job's signal: only `stop` (or `reap`) ends it.
   */
  boot(shares: readonly DirShare[], syncFull: boolean): void {
    const args = runArgs(this.name, shares, syncFull);
    this.log.line(`[pikaci] tart run: tart ${shellJoin(args)}`);
    const stdout = new LineSplitter('[tart:stdout] ', (line) => this.log.write(line));
    const stderr = new LineSplitter('[tart:stderr] ', (line) => {
      this.log.write(line);
      const text = line.slice('[tart:stderr] '.length).trim();
      if (text !== '') state.lastError = text;
    });
    const stop = new AbortController();
    const state: NonNullable<TartVm['running']> = {
      stop,
      result: null,
      lastError: '',
      ended: this.cli
        .stream({
          argv: args,
          onStdout: (chunk) => stdout.push(chunk),
          onStderr: (chunk) => stderr.push(chunk),
          signal: stop.signal,
        })
        .catch((error: unknown): ExecResult => {
          this.log.line(`[pikaci] tart run could not be started: ${errorMessage(error)}`);
          return { exitCode: null, signal: null, timedOut: false, cancelled: false };
        })
        .then((result) => {
          stdout.end();
          stderr.end();
          state.result = result;
          this.log.line(`[pikaci] tart run ended (${describeExit(result)})`);
          return result;
        }),
    };
    this.running = state;
  }

  /**
   * Polls `tart exec <vm> true` until the guest agent answers. Fails when the bound passes, the job
   * is cancelled, the connection is lost, or `tart run` ends first (the VM died or never started).
   */
  async waitReady(timeoutSecs: number): Promise<void> {
    const readiness = await waitUntilReady(
      (remainingMs) => {
        const ended = this.running?.result;
        if (ended) {
          const why = this.running?.lastError ? `: ${this.running.lastError}` : '; see host.log';
          throw new VmFailure(
            `tart run for ${this.name} on ${this.cli.host} ended (${describeExit(ended)}) before the guest agent answered${why}`,
          );
        }
        return this.capture(['true'], { timeoutMs: Math.min(remainingMs, 30_000) });
      },
      { timeoutSecs, signal: this.signal, pollMs: READY_POLL_MS },
    );
    switch (readiness) {
      case 'ready':
        this.log.line(`[pikaci] Tart guest \`${this.name}\` is ready`);
        return;
      case 'cancelled':
        throw new VmFailure('cancelled');
      case 'connection_lost':
        throw new VmFailure(`lost the connection to ${this.cli.host} while waiting for the Tart guest agent`);
      case 'timed_out':
        throw new VmFailure(
          `timed out after ${timeoutSecs}s waiting for the Tart guest agent in \`${this.name}\` on ${this.cli.host} (raise --tart-ready-timeout, or check that the base VM has tart-guest-agent)`,
        );
    }
  }

  /** The host argv of `tart exec [-i] <vm> <argv>` (`-i` when the command reads stdin). */
  execArgs(argv: readonly string[], interactive: boolean): string[] {
    return ['exec', ...(interactive ? ['-i'] : []), this.name, ...argv];
  }

  /** Runs `request.argv` in the guest with its output streamed (`Guest`). */
  exec(request: ExecRequest): Promise<ExecResult> {
    return this.cli.stream({ ...request, argv: this.execArgs(request.argv, request.stdin !== undefined) });
  }

  /** Runs `argv` in the guest quietly (the job's signal and a bound unless given others). */
  capture(argv: readonly string[], options: CaptureOptions = {}): Promise<Captured> {
    return this.cli.capture(this.execArgs(argv, options.stdin !== undefined), {
      signal: this.signal,
      timeoutMs: COMMAND_TIMEOUT_MS,
      ...options,
    });
  }

  /** Runs `argv` in the guest, logged and bounded; a non-zero exit throws `TartCommandError`. */
  run(label: string, argv: readonly string[], stdin?: string): Promise<string> {
    return this.cli.run(label, this.execArgs(argv, stdin !== undefined), {
      signal: this.signal,
      timeoutMs: COMMAND_TIMEOUT_MS,
      ...(stdin === undefined ? {} : { stdin }),
    });
  }

  /**
   * Stops the VM if it was booted and waits for its `tart run` to end. Never cancelled (it runs
   * after a cancellation); bounded; safe after a lost connection (the SSH transport dials again).
   * `tart stop` on a VM that is already stopped says so and that is fine.
   */
  async stop(timeoutSecs: number): Promise<void> {
    const running = this.running;
    if (!running) return;
    const stopped = await this.cli
      .capture(['stop', '--timeout', String(timeoutSecs), this.name], {
        timeoutMs: (timeoutSecs + 60) * 1000,
      })
      .catch((error: unknown) => ({ error }));
    const notRunning =
      !('error' in stopped) && stopped.exitCode !== 0 && /is not running/.test(stopped.stderr);
    if ('error' in stopped || (stopped.exitCode !== 0 && !notRunning)) {
      const why =
        'error' in stopped
          ? errorMessage(stopped.error)
          : `${describeExit(stopped)}${stderrTail(stopped.stderr)}`;
      this.log.line(`[pikaci] tart stop ${this.name} failed: ${why}`);
    } else {
      this.log.line(`[pikaci] tart stop ${this.name}${notRunning ? ': it was not running' : ''}`);
    }
    await this.reap(running);
    this.running = null;
  }

  /** Waits for the `tart run` process; one still there after the bound is killed (its process group). */
  private async reap(running: NonNullable<TartVm['running']>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>(
      (resolve) => (timer = setTimeout(() => resolve('late'), REAP_TIMEOUT_MS)),
    );
    const first = await Promise.race([running.ended, late]);
    clearTimeout(timer);
    if (first === 'late') {
      this.log.line(`[pikaci] tart run for ${this.name} still running after tart stop; killing it`);
      running.stop.abort();
      await running.ended;
    }
  }

  /**
   * Deletes the VM when it may exist: `never_created` when it cannot, `deleted`, or `absent` when Tart
   * no longer knows it. Throws a `VmFailure` when the VM may be left behind.
   */
  async delete(): Promise<Removal> {
    if (!this.mayExist) return 'never_created';
    const removal = await this.cli
      .capture(['delete', this.name], { timeoutMs: COMMAND_TIMEOUT_MS })
      .catch((error: unknown) => ({ error }));
    const absent = !('error' in removal) && removal.exitCode !== 0 && /does not exist/.test(removal.stderr);
    if ('error' in removal || (removal.exitCode !== 0 && !absent)) {
      const why =
        'error' in removal
          ? errorMessage(removal.error)
          : `${describeExit(removal)}${stderrTail(removal.stderr)}`;
      throw new VmFailure(`failed to delete Tart VM ${this.name} on ${this.cli.host}: ${why}`);
    }
    this.mayExist = false;
    return absent ? 'absent' : 'deleted';
  }
}
