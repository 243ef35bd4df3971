/**
 * One job's Incus instance (docs/upstream.md, executor 3): the backend's launch script (`backend.ts`)
 * creates it with its disks and the run and job ids in its config (so `pikaci gc --instances` can find
 * it when a runner dies, docs/design.md decision 7) and starts it in one `launch` (`launchArgv`); this
 * object knows whether it may exist, drives it with `exec` and deletes it. Every command goes through
 * `IncusCli`.
 */
import { describeExit, type Captured, type CaptureOptions } from '../../transport/index.js';
import type { ExecRequest, ExecResult } from '../../transport/index.js';
import { errorMessage } from '../../util/index.js';
import { VmFailure, type Guest } from '../../vm/index.js';
import { stderrTail, type IncusCli } from './cli.js';
import { instanceName } from './naming.js';

/** How long a delete may take before it counts as failed (a hung daemon must not hang the run). */
const DELETE_TIMEOUT_MS = 120_000;

export class IncusInstance implements Guest {
  readonly name: string;
  /** Whether an instance of this name may exist because of this object (or an earlier attempt). */
  private mayExist = false;

  constructor(
    private readonly cli: IncusCli,
    readonly runId: string,
    readonly jobId: string,
    /** The job's signal: every command but `delete` stops when it aborts. */
    private readonly signal: AbortSignal,
  ) {
    this.name = instanceName(runId, jobId);
  }

  /**
   * A host script is about to create the instance (`launchArgv`): from now on it may exist. Until
   * `createdNothing` says otherwise, `delete` runs.
   */
  creating(): void {
    this.mayExist = true;
  }

  /** The script's `init` never ran, or the CLI reported it failed (the daemon rolls back): nothing to delete. */
  createdNothing(): void {
    this.mayExist = false;
  }

  /** `delete --force` argv, for a host script that removes what a previous attempt left. */
  staleDeleteArgv(): string[] {
    return this.deleteArgv();
  }

  /** The host argv that runs `argv` inside the instance. */
  execArgv(argv: readonly string[]): string[] {
    return this.cli.argv(['exec'], this.name, '--', ...argv);
  }

  /** Runs `request.argv` in the instance with its output streamed (`Guest`). */
  exec(request: ExecRequest): Promise<ExecResult> {
    return this.cli.stream({ ...request, argv: this.execArgv(request.argv) });
  }

  /** Runs `argv` in the instance quietly and returns how it ended (the job's signal unless given one). */
  capture(argv: readonly string[], options: CaptureOptions = {}): Promise<Captured> {
    return this.cli.capture(this.execArgv(argv), { signal: this.signal, ...options });
  }

  /**
   * Deletes the instance when it may exist: `never_created` when it cannot, `deleted`, or `absent` when
   * the daemon no longer knows it. Idempotent; bounded; never cancelled (it runs after a cancellation)
   * and safe after a lost connection (the SSH transport dials again). Throws a `VmFailure` when the
   * instance may be left behind.
   */
  async delete(): Promise<'never_created' | 'deleted' | 'absent'> {
    if (!this.mayExist) return 'never_created';
    const removal = await this.cli
      .capture(this.deleteArgv(), { timeoutMs: DELETE_TIMEOUT_MS })
      .catch((error: unknown) => ({ error }));
    const absent =
      !('error' in removal) && removal.exitCode !== 0 && /instance not found/i.test(removal.stderr);
    if ('error' in removal || (removal.exitCode !== 0 && !absent)) {
      const why =
        'error' in removal
          ? errorMessage(removal.error)
          : `${describeExit(removal)}${stderrTail(removal.stderr)}`;
      throw new VmFailure(`failed to delete Incus instance ${this.name} on ${this.cli.host}: ${why}`);
    }
    this.mayExist = false;
    return absent ? 'absent' : 'deleted';
  }

  private deleteArgv(): string[] {
    return this.cli.argv(['delete'], '--force', this.name);
  }
}
