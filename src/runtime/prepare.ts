/**
 * The prepare-node contract (docs/upstream.md, records 3.6): what the prepare phase gives a handler
 * that realizes a staged payload, and what it gets back. Implemented by `src/prepare/` (Nix); the
 * orchestrator (`src/run/`) only calls it.
 */
import type { PreparePlanNode, RealizedPreparedOutputRecord } from '../records/index.js';
import type { Transport } from '../transport/index.js';
import type { RunWorkspace } from '../workspace/index.js';
import type { LogWriter } from './types.js';

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
