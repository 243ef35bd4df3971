/**
 * The runtime backend contract (docs/design.md decisions 1 and 6): a backend runs one job on a host reached
 * through a `Transport` and reports an outcome derived from the job's `result.json`.
 */
import type { JobSpec } from '../model/index.js';
import type { JobPaths, RemoteLinuxVmExecutionRecord, RunReporter } from '../records/index.js';
import type { Transport } from '../transport/index.js';
import type { JobEnvironment } from './job-env.js';

/** An append-only log file written as output arrives; nothing is kept in memory. */
export interface LogWriter {
  readonly path: string;
  write(chunk: Buffer | string): void;
  /** Appends `text` and a newline. */
  line(text: string): void;
}

export interface JobContext {
  job: JobSpec;
  runId: string;
  stateRoot: string;
  runDir: string;
  paths: JobPaths;
  hostLog: LogWriter;
  guestLog: LogWriter;
  transport: Transport;
  /** The run's read-only workspace snapshot and its content hash. */
  snapshotDir: string;
  snapshotContentHash: string | null;
  /** Where the command runs: the snapshot, or a writable copy for `writable_workspace` jobs. */
  workspaceDir: string;
  cargoHomeDir: string;
  cargoTargetDir: string;
  timeoutSecs: number;
  /** What the job's environment may contain (README "Security"); never the runner's whole environment. */
  environment: JobEnvironment;
  /** Aborted when the run is cancelled (SIGINT/SIGTERM); the job must stop and clean up. */
  signal: AbortSignal;
  /** Live output for the terminal or the Actions log, in addition to the log files. */
  output(stream: 'stdout' | 'stderr', chunk: Buffer): void;
  reporter: RunReporter;
}

export interface JobOutcome {
  status: 'passed' | 'failed';
  exit_code: number | null;
  message: string;
  remote_linux_vm_execution?: RemoteLinuxVmExecutionRecord | null;
}

export interface RuntimeBackend {
  run(ctx: JobContext): Promise<JobOutcome>;
  /**
   * Releases what `run` created for the job (an Incus instance). The orchestrator, not the backend,
   * guarantees it is called once after `run` (`runWithCleanup`): after a pass, a failure, a timeout, a
   * cancellation (with `ctx.signal` already aborted, so cleanup must not depend on it) and when `run`
   * throws. It throws when something is left behind; the job then fails.
   */
  cleanup?(ctx: JobContext): Promise<void>;
  /** Work for the job's `prepare-<job>-runner` plan node (Incus), run before any job executes. */
  prepare?(ctx: JobContext): Promise<void>;
}

export type BackendResolution =
  | { kind: 'ready'; backend: RuntimeBackend }
  /** The pair cannot run in this build; the job fails with `message` and nothing is touched. */
  | { kind: 'unavailable'; message: string };
