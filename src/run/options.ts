/** What a caller gives `runJobs`: the jobs, where the run is recorded, and the hosts to run on. */
import type { JobSpec } from '../model/index.js';
import type {
  PreparePlanNode,
  RealizedPreparedOutputRecord,
  RunRecord,
  RunReporter,
} from '../records/index.js';
import type { ExecutionEnvironment, LogWriter } from '../runtime/index.js';
import type { Transport } from '../transport/index.js';
import type { RunWorkspace } from '../workspace/index.js';

export type NixBuildNode = PreparePlanNode & { prepare: { type: 'nix_build' } };

/** What a prepare node is given: the host it runs on (its consumers' placement) and the run's files. */
export interface PrepareContext {
  runId: string;
  /** The run's directory on this machine. */
  runDir: string;
  /** The transport to the node's placement host (`node.placement`), the run's own. */
  transport: Transport;
  /** Work dir W on that host. */
  workDir: string;
  /** The run's snapshot as this machine has it; the workspace seam places it on the host. */
  workspace: RunWorkspace;
  /** The host logs of the jobs that consume the node: the build's output is streamed into each. */
  logs: readonly LogWriter[];
  signal: AbortSignal;
}

/**
 * A prepare node that fails after its output was realized (a hostile manifest, an exposure that
 * cannot be made) carries the failure entry for prepared-outputs.json, as upstream records one.
 */
export class PrepareFailure extends Error {
  constructor(
    message: string,
    readonly record: RealizedPreparedOutputRecord,
  ) {
    super(message);
  }
}

export interface PrepareHandlers {
  /** Realise a staged payload; absent in this build, so staged jobs fail with a clear message. */
  nixBuild?(node: NixBuildNode, ctx: PrepareContext): Promise<RealizedPreparedOutputRecord>;
}

export interface RunMetadata {
  targetId: string | null;
  targetDescription: string | null;
  changedFiles?: readonly string[];
  filters?: readonly string[];
  message?: string | null;
}

export interface RunOptions extends RunMetadata {
  stateRoot: string;
  /** Top level of the git working tree the snapshot is taken from. */
  sourceRoot: string;
  jobs: readonly JobSpec[];
  /** Rerun: reuse this run's snapshot instead of taking a new one. */
  rerunOf?: RunRecord;
  reporter?: RunReporter;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** false: the snapshot is exactly HEAD (CI); true: local edits and untracked files too. */
  includeLocalChanges?: boolean;
  /**
   * How the run reaches its hosts and which backend runs each placement × runtime pair
   * (`executionEnvironment()` from src/hosts composes them from settings). One transport is opened
   * per placement and closed when the run ends.
   */
  environment: ExecutionEnvironment;
  prepare?: PrepareHandlers;
  /**
   * The cap on execute nodes at once, as `resolveLaneRun` decided it for the caller's own output;
   * absent: `PIKACI_MAX_CONCURRENT_EXECUTES`. Jobs that cannot run in parallel still run one at a time.
   */
  maxConcurrentExecutes?: number;
}
