/**
 * On-disk record schemas (docs/upstream.md, records 2), snake_case as upstream. Decoding is
 * backward-compatible: every field upstream treats as optional reads back as `null`/`[]` when
 * missing, unknown fields are ignored. Encoding writes every field (null for none) in this order.
 */
import { z } from '../schema/index.js';
import { PlacementSchema, RuntimeKindSchema } from '../model/index.js';
import { TimestampSchema } from './time.js';

const nullableString = z.string().nullable().default(null);
const stringList = z.array(z.string()).default(() => []);

export const RUN_STATUSES = ['running', 'passed', 'failed', 'skipped'] as const;
export const RunStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatusSchema>;

export const PlanExecutorKindSchema = z.enum(['host_local', 'remote_linux_vm', 'tart_local']);
export type PlanExecutorKind = z.infer<typeof PlanExecutorKindSchema>;

export const PreparedOutputConsumerKindSchema = z.enum([
  'host_local_symlink_mounts_v1',
  'remote_exposure_request_v1',
  'fulfill_request_cli_v1',
]);
export const PreparedOutputInvocationModeSchema = z.enum([
  'direct_helper_exec_v1',
  'external_wrapper_command_v1',
]);
export const PreparedOutputLauncherTransportModeSchema = z.enum([
  'direct_launcher_exec_v1',
  'command_transport_v1',
  'ssh_launcher_transport_v1',
]);
export const PreparedOutputResidencySchema = z.enum([
  'local_authoritative',
  'remote_authoritative_staged_linux',
]);

export const RemoteLinuxVmPhaseSchema = z.enum([
  'prepare_directories',
  'stage_workspace_snapshot',
  'prepare_runtime',
  'launch_guest',
  'wait_for_completion',
  'collect_artifacts',
]);

/**
 * A VM backend's execution (docs/upstream.md, records 2): upstream's Incus shape, plus `image`,
 * which every VM runtime fills the same way (name, and the digest or fingerprint where the runtime
 * reports one), so summaries need no per-runtime code.
 */
export const RemoteLinuxVmExecutionRecordSchema = z.object({
  backend: RuntimeKindSchema,
  image: z.object({ name: z.string(), digest: nullableString }).nullable().default(null),
  incus_image: z
    .object({ project: z.string(), alias: z.string(), fingerprint: nullableString })
    .nullable()
    .default(null),
  phases: z
    .array(
      z.object({
        phase: RemoteLinuxVmPhaseSchema,
        started_at: TimestampSchema,
        finished_at: TimestampSchema,
        duration_ms: z.number().int().nonnegative(),
      }),
    )
    .default(() => []),
});
export type RemoteLinuxVmExecutionRecord = z.infer<typeof RemoteLinuxVmExecutionRecordSchema>;

export const JobRecordSchema = z.object({
  id: z.string(),
  description: z.string(),
  status: RunStatusSchema,
  executor: z.string(),
  placement: PlacementSchema.nullable().default(null),
  runtime: RuntimeKindSchema.nullable().default(null),
  plan_node_id: nullableString,
  timeout_secs: z.number().int().nonnegative(),
  host_log_path: z.string(),
  guest_log_path: z.string(),
  started_at: TimestampSchema,
  finished_at: TimestampSchema.nullable().default(null),
  exit_code: z.number().int().nullable().default(null),
  message: nullableString,
  pre_execution_prepare_duration_ms: z.number().int().nonnegative().nullable().default(null),
  remote_linux_vm_execution: RemoteLinuxVmExecutionRecordSchema.nullable().default(null),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

export const PrepareTimingRecordSchema = z.object({
  node_id: z.string(),
  started_at: TimestampSchema,
  finished_at: TimestampSchema,
  duration_ms: z.number().int().nonnegative(),
});
export type PrepareTimingRecord = z.infer<typeof PrepareTimingRecordSchema>;

/**
 * Not upstream: what the pass cache decided for a run made with skip-if-passed (README "Skipping
 * lanes that already passed"). `already_passed`: nothing ran, because a run with the same pass key
 * had passed (`proved_by_*` name it: a workflow run URL in the action, a run id locally). `ran`: the
 * key missed and the lane ran; a passing run is then the proof for `key`.
 */
export const PassCacheRecordSchema = z.object({
  key: z.string(),
  outcome: z.enum(['already_passed', 'ran']),
  proved_by_run_id: nullableString,
  proved_by_url: nullableString,
  proved_at: TimestampSchema.nullable().default(null),
});
export type PassCacheRecord = z.infer<typeof PassCacheRecordSchema>;

export const RunRecordSchema = z.object({
  run_id: z.string(),
  status: RunStatusSchema,
  rerun_of: nullableString,
  target_id: nullableString,
  target_description: nullableString,
  source_root: z.string(),
  snapshot_dir: z.string(),
  git_head: nullableString,
  git_dirty: z.boolean().nullable().default(null),
  created_at: TimestampSchema,
  finished_at: TimestampSchema.nullable().default(null),
  plan_path: nullableString,
  prepared_outputs_path: nullableString,
  prepared_output_consumer: PreparedOutputConsumerKindSchema.nullable().default(null),
  prepared_output_mode: nullableString,
  prepared_output_invocation_mode: PreparedOutputInvocationModeSchema.nullable().default(null),
  prepared_output_invocation_wrapper_program: nullableString,
  prepared_output_launcher_transport_mode: PreparedOutputLauncherTransportModeSchema.nullable().default(null),
  prepared_output_launcher_transport_program: nullableString,
  prepared_output_launcher_transport_host: nullableString,
  prepared_output_launcher_transport_remote_launcher_program: nullableString,
  prepared_output_launcher_transport_remote_helper_program: nullableString,
  prepared_output_launcher_transport_remote_work_dir: nullableString,
  changed_files: stringList,
  filters: stringList,
  message: nullableString,
  prepare_timings: z.array(PrepareTimingRecordSchema).default(() => []),
  jobs: z.array(JobRecordSchema),
  /**
   * Not upstream: the process that owns a `running` run, so `list` and `gc` can tell a live run
   * from one whose runner was killed. Null once the run is terminal, and in upstream records.
   */
  runner_pid: z.number().int().positive().nullable().default(null),
  runner_host: nullableString,
  pass_cache: PassCacheRecordSchema.nullable().default(null),
});
export type RunRecord = z.infer<typeof RunRecordSchema>;

export const RunLifecycleEventSchema = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('run_started'),
    run_id: z.string(),
    created_at: TimestampSchema,
    rerun_of: nullableString,
    target_id: nullableString,
    target_description: nullableString,
  }),
  z.object({ event: z.literal('job_started'), run_id: z.string(), job: JobRecordSchema }),
  z.object({ event: z.literal('job_finished'), run_id: z.string(), job: JobRecordSchema }),
  z.object({ event: z.literal('run_finished'), run: RunRecordSchema }),
]);
export type RunLifecycleEvent = z.infer<typeof RunLifecycleEventSchema>;

export const PreparedOutputExposureSchema = z.object({
  kind: z.literal('host_symlink_mount'),
  path: z.string(),
  access: z.literal('read_only'),
});
export type PreparedOutputExposure = z.infer<typeof PreparedOutputExposureSchema>;

export const PrepareNodeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('nix_build'),
    installable: z.string(),
    output_name: z.string(),
    residency: PreparedOutputResidencySchema.default('local_authoritative'),
    handoff: z
      .object({
        protocol: z.literal('nix_store_path_v1'),
        exposures: z.array(PreparedOutputExposureSchema).default(() => []),
      })
      .nullable()
      .default(null),
  }),
  z.object({ type: z.literal('remote_linux_vm_backend'), backend: RuntimeKindSchema }),
]);
export type PrepareNode = z.infer<typeof PrepareNodeSchema>;

export const ExecuteNodeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('vm_command'),
    command: z.string(),
    run_as_root: z.boolean(),
    timeout_secs: z.number().int().nonnegative(),
    writable_workspace: z.boolean(),
  }),
  z.object({
    type: z.literal('host_command'),
    command: z.string(),
    timeout_secs: z.number().int().nonnegative(),
    writable_workspace: z.boolean(),
  }),
]);
export type ExecuteNode = z.infer<typeof ExecuteNodeSchema>;

const planNodeCommon = {
  id: z.string(),
  description: z.string(),
  executor: PlanExecutorKindSchema,
  placement: PlacementSchema.nullable().default(null),
  runtime: RuntimeKindSchema.nullable().default(null),
  depends_on: stringList,
};
export const PlanNodeRecordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('prepare'), ...planNodeCommon, prepare: PrepareNodeSchema }),
  z.object({ kind: z.literal('execute'), ...planNodeCommon, execute: ExecuteNodeSchema }),
]);
export type PlanNodeRecord = z.infer<typeof PlanNodeRecordSchema>;
export type PreparePlanNode = Extract<PlanNodeRecord, { kind: 'prepare' }>;
export type ExecutePlanNode = Extract<PlanNodeRecord, { kind: 'execute' }>;

export const PLAN_PRECONDITIONS = ['host_setup_complete', 'workspace_snapshot_created'] as const;

export const RunPlanRecordSchema = z.object({
  schema_version: z.literal(1),
  run_id: z.string(),
  target_id: nullableString,
  target_description: nullableString,
  created_at: TimestampSchema,
  scope: z.literal('post_host_setup_and_snapshot'),
  preconditions: stringList,
  nodes: z.array(PlanNodeRecordSchema).default(() => []),
});
export type RunPlanRecord = z.infer<typeof RunPlanRecordSchema>;

const payloadEntry = z.object({ name: z.string(), relative_path: z.string() });
export const PreparedOutputPayloadManifestRecordSchema = z.object({
  schema_version: z.number().int(),
  kind: z.enum(['staged_linux_workspace_deps_v1', 'staged_linux_workspace_build_v1']),
  entrypoints: z.array(payloadEntry).default(() => []),
  asset_roots: z.array(payloadEntry).default(() => []),
  mounts: z
    .array(
      z.object({
        name: z.string(),
        relative_path: z.string(),
        guest_path: z.string(),
        read_only: z.boolean(),
      }),
    )
    .default(() => []),
});

export const RealizedPreparedOutputRecordSchema = z.object({
  node_id: z.string(),
  installable: z.string(),
  output_name: z.string(),
  protocol: z.literal('nix_store_path_v1'),
  residency: PreparedOutputResidencySchema.default('local_authoritative'),
  consumer: PreparedOutputConsumerKindSchema,
  realized_path: z.string(),
  consumer_request_path: nullableString,
  consumer_result_path: nullableString,
  consumer_launch_request_path: nullableString,
  consumer_transport_request_path: nullableString,
  exposures: z.array(PreparedOutputExposureSchema).default(() => []),
  requested_exposures: z.array(PreparedOutputExposureSchema).default(() => []),
  payload: PreparedOutputPayloadManifestRecordSchema.nullable().default(null),
  /**
   * Not upstream (README "Staged payloads"): upstream's fulfillment result, kept in the entry
   * (`status`, `error`; `exposures` are the fulfilled ones), and where and how the output was
   * realized: the placement and host that hold it (it is never copied elsewhere), whether Nix built
   * it or an earlier run's output for the same snapshot hash was found in that host's store, and
   * whether the snapshot had to be sent there (`not_needed`: reused outputs need no snapshot).
   */
  status: z.enum(['succeeded', 'failed']).default('succeeded'),
  error: nullableString,
  placement: PlacementSchema.nullable().default(null),
  host: nullableString,
  realization: z.enum(['built', 'reused']).nullable().default(null),
  reused_from_run: nullableString,
  snapshot_transfer: z.enum(['uploaded', 'reused', 'on_this_machine', 'not_needed']).nullable().default(null),
});
export type RealizedPreparedOutputRecord = z.infer<typeof RealizedPreparedOutputRecordSchema>;

export const PreparedOutputsRecordSchema = z.object({
  schema_version: z.literal(1),
  outputs: z.array(RealizedPreparedOutputRecordSchema).default(() => []),
});
export type PreparedOutputsRecord = z.infer<typeof PreparedOutputsRecordSchema>;

/** `jobs/<job>/artifacts/result.json`: one schema for every runtime, owned by the guest contract (docs/guest-protocol.md). */
export { TerminalResultSchema, type TerminalResult } from '../guest/index.js';

export const JobLogMetadataSchema = z.object({
  id: z.string(),
  host_log_path: z.string(),
  guest_log_path: z.string(),
  host_log_exists: z.boolean(),
  guest_log_exists: z.boolean(),
});
export type JobLogMetadata = z.infer<typeof JobLogMetadataSchema>;

export const RunLogsMetadataSchema = z.object({
  run_id: z.string(),
  status: RunStatusSchema,
  jobs: z.array(JobLogMetadataSchema).default(() => []),
});
export type RunLogsMetadata = z.infer<typeof RunLogsMetadataSchema>;

export interface RunBundle {
  run: RunRecord;
  logs: RunLogsMetadata;
  prepared_outputs: PreparedOutputsRecord | null;
}
