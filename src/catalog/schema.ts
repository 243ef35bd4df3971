/**
 * The on-disk shape of a target catalog (see the header of `catalog/pika.toml`). Jobs are checked
 * against the model's `JobSpecSchema` after their references (scripts, staged targets) are resolved,
 * so their key paths in messages are the JobSpec's own.
 */
import { z } from '../schema/index.js';
import { JOB_ID_PATTERN, SnapshotProfileSchema } from '../model/index.js';

const Text = z.string().min(1);

const PayloadSchema = z.strictObject({ output_name: Text, nix_installable: Text });

export const RawStagedTargetSchema = z.strictObject({
  snapshot_profile: SnapshotProfileSchema,
  prepare_node_prefix: Text,
  prepare_description: Text,
  workspace_output_system: Text,
  workspace_deps: PayloadSchema,
  workspace_build: PayloadSchema,
});
export type RawStagedTarget = z.infer<typeof RawStagedTargetSchema>;

export const RawTargetSchema = z.strictObject({
  description: Text,
  jobs: z.array(z.string()).min(1, 'a target needs at least one job'),
  /** Static path filters of a non-staged target (used by `pikaci run --since`). */
  filters: z.array(z.string()).optional(),
  staged: RawStagedTargetSchema.optional(),
});
export type RawTarget = z.infer<typeof RawTargetSchema>;

/** `{ script = "<name>", args = [...] }`: a named script from `[scripts]`, with positional parameters. */
export const ScriptRefSchema = z.strictObject({
  script: z.string(),
  args: z.array(z.string()).optional(),
});

/** `{ target = "<staged target id>", wrapper = "/abs/path" }` inside an Incus runtime config. */
export const StagedRefSchema = z.strictObject({ target: z.string(), wrapper: z.string() });

/**
 * The longest job timeout: a host timer runs for the timeout plus the Incus host grace (30 s), and
 * Node's timers cannot exceed 2^31-1 ms (a longer one fires at once, with a `TimeoutOverflowWarning`).
 */
export const MAX_TIMEOUT_SECS = Math.floor((2 ** 31 - 1) / 1000) - 30;
const TIMEOUT_MESSAGE = `timeout_secs must be at most ${MAX_TIMEOUT_SECS} (about 24 days): longer host timers overflow`;

function timeoutFitsTimer(value: unknown): boolean {
  return typeof value !== 'number' || value <= MAX_TIMEOUT_SECS;
}

const ID_MESSAGE = 'ids are letters, digits, `.`, `_` and `-`, starting alphanumeric';

export const RawCatalogSchema = z.strictObject({
  version: z.literal(1, 'unsupported catalog version; this tool reads `version = 1`'),
  scripts: z.record(z.string(), z.string().min(1)).default({}),
  targets: z.record(z.string().regex(JOB_ID_PATTERN, ID_MESSAGE), RawTargetSchema),
  /** Each job is checked with `JobSpecSchema` once its references are resolved. */
  jobs: z.record(
    z.string(),
    z.looseObject({
      timeout_secs: z.unknown().refine(timeoutFitsTimer, TIMEOUT_MESSAGE).optional(),
    }),
  ),
});
export type RawCatalog = z.infer<typeof RawCatalogSchema>;
