/**
 * The on-disk shape of `ci/forge-lanes.toml` (docs/upstream.md, lanes 3.1–3.2) plus this
 * project's `target` and `runs_on` keys. Unknown keys are errors here (upstream ignores them).
 */
import { z } from '../schema/index.js';

export const RunsOnSchema = z.union([z.string(), z.array(z.string())], {
  error: 'runs_on must be a runner label or a list of labels',
});

export const RawLaneSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  entrypoint: z.string().optional(),
  command: z.array(z.string()).optional(),
  paths: z.array(z.string()).optional(),
  concurrency_group: z.string().optional(),
  staged_linux_target: z.string().optional(),
  /** Any catalog target (our addition; `staged_linux_target` binds a staged one the upstream way). */
  target: z.string().optional(),
  /** Runner labels for the matrix leg (our addition). */
  runs_on: RunsOnSchema.optional(),
});
export type RawLane = z.infer<typeof RawLaneSchema>;

const LaneGroupSchema = z.strictObject({ lanes: z.array(RawLaneSchema).default([]) });

export const RawManifestSchema = z.strictObject({
  version: z.number().int(),
  nightly_schedule_utc: z.string().optional(),
  branch: LaneGroupSchema.optional(),
  nightly: LaneGroupSchema.optional(),
});
export type RawManifest = z.infer<typeof RawManifestSchema>;
