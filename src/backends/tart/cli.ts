/**
 * The one wrapper of the Tart CLI: every command the backend runs on its host is built here and goes
 * through the job's `Transport`, so a Mac that is this runner and a Mac reached over SSH share one
 * code path (docs/design.md decision 1).
 *
 * Each host command runs with `<work dir>/bin` and `/opt/homebrew/bin` first on `PATH`: Homebrew
 * installs `tart` there on Apple Silicon and a non-login SSH session does not have it on `PATH`; and
 * a `tart` (or any tool) put in `<work dir>/bin` wins, which is how the tests reach their stand-in on
 * a remote host (README "Tart").
 */
import type { LogWriter } from '../../runtime/index.js';
import { capture, describeExit, type Captured, type CaptureOptions } from '../../transport/index.js';
import type { ExecRequest, ExecResult, Transport } from '../../transport/index.js';
import { shellJoin } from '../../util/index.js';
import { VmFailure } from '../../vm/index.js';

/** Homebrew's prefix on Apple Silicon. */
export const HOMEBREW_BIN = '/opt/homebrew/bin';

const PATH_PREFIX_SCRIPT = `PATH="$0/bin:${HOMEBREW_BIN}:$PATH"; export PATH; exec "$@"`;

/** argv that runs `argv` on the host with `<workDir>/bin` and Homebrew first on `PATH`. */
export function hostArgv(workDir: string, argv: readonly string[]): string[] {
  return ['sh', '-c', PATH_PREFIX_SCRIPT, workDir, ...argv];
}

/** `tart <args…>` on the host. */
export function tartArgv(workDir: string, args: readonly string[]): string[] {
  return hostArgv(workDir, ['tart', ...args]);
}

/** What a host argv built by `hostArgv` runs, for logs: `tart clone a b`. */
export function describeHostArgv(argv: readonly string[]): string {
  return argv[0] === 'sh' && argv[2] === PATH_PREFIX_SCRIPT ? shellJoin(argv.slice(4)) : shellJoin(argv);
}

/** A Tart command that did not succeed; `exitCode` is set when it ran to its end. */
export class TartCommandError extends VmFailure {
  constructor(
    label: string,
    host: string,
    readonly result: Captured,
  ) {
    super(
      `${label} on ${host} failed (${describeExit(result)})${stderrTail(result.stderr)}`,
      result.exitCode,
    );
    this.name = 'TartCommandError';
  }
}

/** `: <last three lines of stderr>`, or nothing when it is empty. */
export function stderrTail(stderr: string): string {
  const text = stderr.trim();
  return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}

/** The Tart CLI of one host, for one job: the commands it runs are logged to the job's host.log. */
export class TartCli {
  constructor(
    readonly workDir: string,
    readonly transport: Transport,
    private readonly log: LogWriter,
  ) {}

  get host(): string {
    return this.transport.hostLabel;
  }

  argv(args: readonly string[]): string[] {
    return tartArgv(this.workDir, args);
  }

  /** Runs `tart <args>`, logging it and its output; a non-zero exit throws `TartCommandError`. */
  async run(label: string, args: readonly string[], options: CaptureOptions = {}): Promise<string> {
    this.log.line(`[pikaci] ${label}: tart ${shellJoin(args)}`);
    const result = await this.capture(args, options);
    if (result.stdout) this.log.write(result.stdout);
    if (result.stderr) this.log.write(result.stderr);
    if (result.exitCode !== 0) throw new TartCommandError(label, this.host, result);
    return result.stdout;
  }

  /** Runs `tart <args>` quietly and returns how it ended, whatever that was. */
  capture(args: readonly string[], options: CaptureOptions = {}): Promise<Captured> {
    return capture(this.transport, this.argv(args), options);
  }

  /** Runs `tart <request.argv>` with its output streamed, not captured. */
  stream(request: ExecRequest): Promise<ExecResult> {
    return this.transport.exec({ ...request, argv: this.argv(request.argv) });
  }
}
