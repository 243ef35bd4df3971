/** A catalog target and a manifest lane, as the rest of the library consumes them. */
import type { JobSpec, StagedLinuxCommand } from './job.js';

export interface TargetSpec {
  id: string;
  description: string;
  /**
   * Path filters used only by `pikaci run --since REV`. For staged targets they are the paths of the
   * branch lane bound to the target (single source of truth: the manifest, PIKACI-003).
   */
  filters: readonly string[];
  jobs: readonly JobSpec[];
  /** Set for the staged Linux targets: the shared prepare nodes of their jobs. */
  staged?: Omit<StagedLinuxCommand, 'execute_wrapper_command'>;
}

export const LANE_GROUPS = ['branch', 'nightly'] as const;
export type LaneGroup = (typeof LANE_GROUPS)[number];

/** A lane after upstream normalization (docs/upstream.md, lanes 3.2). */
export interface Lane {
  id: string;
  title: string;
  group: LaneGroup;
  /** Display string of what the lane runs. */
  entrypoint: string;
  /** The argv the lane runs when it has no catalog target, else null. */
  command: readonly string[] | null;
  /** Branch-lane path patterns; empty means always selected. */
  paths: readonly string[];
  concurrency_group: string | null;
  staged_linux_target: string | null;
  /** The catalog target the lane runs: `target`, else `staged_linux_target`, else null. */
  target: string | null;
  /** Runner labels for the matrix leg. */
  runs_on: string | readonly string[];
  /** 1-based line of the lane's table header in the manifest, for messages. */
  line: number;
}
