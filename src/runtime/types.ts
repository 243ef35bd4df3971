/**
 * The runtime backend contract (docs/design.md decisions 1 and 6): a backend runs one job on a host reached
 * through a `Transport` and reports an outcome derived from the job's `result.json`.
 */
import type { ExecutionConfig, JobSpec, Placement, RuntimeKind } from '../model/index.js';
import type { JobPaths, RemoteLinuxVmExecutionRecord } from '../records/index.js';
import type { Transport } from '../transport/index.js';
import type { RunWorkspace } from '../workspace/index.js';
import type { JobEnvironment } from './job-env.js';
import type { SettingOrigin, SettingSpec, SettingValues } from './settings.js';

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
  /** This job's files on this machine: host.log, artifacts (result.json, guest.log). */
  paths: JobPaths;
  hostLog: LogWriter;
  /** The job's placement host. */
  transport: Transport;
  /** The run's workspace as the runner has it; a backend places it on its host with `src/workspace/`. */
  workspace: RunWorkspace;
  /** What the job's environment may contain (README "Security"); never the runner's whole environment. */
  environment: JobEnvironment;
  /** Aborted when the run is cancelled (SIGINT/SIGTERM); the job must stop and clean up. */
  signal: AbortSignal;
  /** Live output for the terminal or the Actions log, in addition to the log files. */
  output(stream: 'stdout' | 'stderr', chunk: Buffer): void;
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

/** What a run needs from its hosts: a transport per placement and a backend per pair. */
export interface ExecutionEnvironment {
  /** Work dir W on every placement host (runs, snapshots, locks); prepare nodes build there too. */
  readonly workDir: string;
  transportFor(placement: Placement): Promise<Transport>;
  resolveBackend(execution: ExecutionConfig): BackendResolution | Promise<BackendResolution>;
}

/** The placement host a backend instance runs its jobs on. */
export interface BackendHost {
  placement: Placement;
  /** Work dir W on the placement host (runs, snapshots, locks). */
  workDir: string;
  /** The run's concurrency group's jobs file on the host (`src/locks/`), or null. */
  jobsLockFile: string | null;
}

/**
 * A runtime's part of a pass key on one placement host (README "Skipping lanes that already
 * passed"): whatever of it there can change a job's outcome.
 */
export interface RuntimeIdentityPart {
  /** Hashed into the key (JSON). */
  value: unknown;
  /** One line for `pikaci plan --explain-key`. */
  summary: string;
  /**
   * The image digest the run's job records must name (`remote_linux_vm_execution.image.digest`) for
   * a pass to prove the key, or null when the runtime records none (the key then trusts the name).
   */
  imageDigest: string | null;
}

/** The placement host, reached only when an identity needs to ask it (opened once, closed by the caller). */
export interface IdentityHost {
  placement: Placement;
  transport(): Promise<Transport>;
  signal?: AbortSignal;
}

/** One line of `pikaci gc` output about one orphan candidate. */
export interface OrphanDecision {
  action: 'removed' | 'kept';
  /** `removed <what> (run <id>: <reason>)`, as printed. */
  line: string;
}

/** The rule every sweep applies (README "Orphan instances"), decided from the state root's records. */
export type OrphanJudge = (runId: string, ageSecs: number) => Promise<{ orphan: boolean; reason: string }>;

export interface OrphanSweep<Config> {
  /** The `pikaci gc --<flag>` switch and the `removed_<flag>=N` count. */
  flag: string;
  /** One line for `--help`. */
  description: string;
  sweep(
    transport: Transport,
    config: Config,
    options: { judge: OrphanJudge; run?: string; dryRun?: boolean },
  ): Promise<OrphanDecision[]>;
}

/**
 * One runtime, in one folder under `src/backends/` (README "Adding a runtime"): its settings, how
 * they become its config, how it runs a job on a host, and how `pikaci gc` finds what it left.
 * Registered once in `src/hosts/registry.ts`.
 */
export interface BackendModule<Config = unknown> {
  readonly runtime: RuntimeKind;
  /** Flags, variables and action inputs at once. */
  readonly settings: readonly SettingSpec[];
  /** This backend's setting values → the parts of its config they set. */
  configure(values: SettingValues, origin: SettingOrigin): Partial<Config>;
  /** Those parts (from settings or a library caller) → the whole config; bad values are `InputError`s. */
  complete(given: Partial<Config>, host: { workDir: string }): Config;
  /** The backend for jobs on `host`; loads its implementation on first use. */
  create(config: Config, host: BackendHost): Promise<BackendResolution>;
  readonly orphans?: OrphanSweep<Config>;
  /** Its part of a pass key on a host; absent: the runtime adds nothing beyond its name. */
  identity?(config: Config, host: IdentityHost): Promise<RuntimeIdentityPart>;
}
