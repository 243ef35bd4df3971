/**
 * The job model (docs/design.md decision 5): where a job runs (`execution`), how it is isolated
 * (`runtime_config`, one variant per backend, whose `kind` must equal `execution.runtime`), and
 * what it runs (`guest_command`). Backend knobs exist only inside their runtime variant.
 */
import { z } from '../schema/index.js';
import { assertNever } from '../util/index.js';
import { JOB_ID_PATTERN } from './ids.js';

export const PLACEMENTS = ['local', 'remote_ssh'] as const;
export const RUNTIMES = ['host_process', 'incus', 'tart'] as const;

export const PlacementSchema = z.enum(PLACEMENTS);
export const RuntimeKindSchema = z.enum(RUNTIMES);
export type Placement = z.infer<typeof PlacementSchema>;
export type RuntimeKind = z.infer<typeof RuntimeKindSchema>;

export const ExecutionConfigSchema = z.strictObject({
  placement: PlacementSchema,
  runtime: RuntimeKindSchema,
});
export type ExecutionConfig = z.infer<typeof ExecutionConfigSchema>;

export const PAYLOAD_ROLES = ['workspace_deps', 'workspace_build'] as const;
export const PayloadRoleSchema = z.enum(PAYLOAD_ROLES);
export type PayloadRole = z.infer<typeof PayloadRoleSchema>;

export const StagedPayloadSpecSchema = z.strictObject({
  role: PayloadRoleSchema,
  /** Flake attribute path, e.g. `ci.x86_64-linux.workspaceDeps`; built as `path:<snapshot>#<output_name>`. */
  output_name: z.string().min(1),
  /** Repo-relative installable, e.g. `.#ci.x86_64-linux.workspaceDeps`. */
  nix_installable: z.string().min(1),
});
export type StagedPayloadSpec = z.infer<typeof StagedPayloadSpecSchema>;

export const SnapshotProfileSchema = z.enum(['rust', 'followup']);
export type StagedSnapshotProfile = z.infer<typeof SnapshotProfileSchema>;

export const StagedLinuxCommandSchema = z.strictObject({
  snapshot_profile: SnapshotProfileSchema,
  prepare_node_prefix: z.string().min(1),
  prepare_description: z.string().min(1),
  /** Exactly two specs, in the order `[workspace_deps, workspace_build]`. */
  payload_specs: z
    .tuple([StagedPayloadSpecSchema, StagedPayloadSpecSchema])
    .refine(([deps, build]) => deps.role === 'workspace_deps' && build.role === 'workspace_build', {
      message: 'payload_specs must be [workspace_deps, workspace_build] in that order',
    }),
  /** Absolute guest path of the lane's entry script; replaces the guest command at run time. */
  execute_wrapper_command: z
    .string()
    .startsWith('/', 'execute_wrapper_command must be an absolute guest path'),
  workspace_output_system: z.string().min(1),
});
export type StagedLinuxCommand = z.infer<typeof StagedLinuxCommandSchema>;

export const HostProcessRuntimeSchema = z.strictObject({ kind: z.literal('host_process') });
export const IncusRuntimeSchema = z.strictObject({
  kind: z.literal('incus'),
  staged_linux_command: StagedLinuxCommandSchema.optional(),
});
export const TartRuntimeSchema = z.strictObject({
  kind: z.literal('tart'),
  host_setup_command: z.string().min(1).optional(),
  mount_host_rust_toolchain: z.boolean().default(false),
});
export const RuntimeConfigSchema = z.discriminatedUnion('kind', [
  HostProcessRuntimeSchema,
  IncusRuntimeSchema,
  TartRuntimeSchema,
]);
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;
export type IncusRuntimeConfig = z.infer<typeof IncusRuntimeSchema>;
export type TartRuntimeConfig = z.infer<typeof TartRuntimeSchema>;

const nonEmpty = z.string().min(1);
export const GuestCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('host_shell_command'), command: nonEmpty }),
  z.strictObject({ kind: z.literal('exact_cargo_test'), package: nonEmpty, test_name: nonEmpty }),
  z.strictObject({ kind: z.literal('package_unit_tests'), package: nonEmpty }),
  z.strictObject({ kind: z.literal('package_tests'), package: nonEmpty }),
  z.strictObject({ kind: z.literal('filtered_cargo_tests'), package: nonEmpty, filter: nonEmpty }),
  z.strictObject({ kind: z.literal('shell_command'), command: nonEmpty }),
  z.strictObject({ kind: z.literal('shell_command_as_root'), command: nonEmpty }),
  /** A lane's plain `command`: an argv run without a shell. */
  z.strictObject({ kind: z.literal('argv'), argv: z.array(z.string()).min(1) }),
]);
export type GuestCommand = z.infer<typeof GuestCommandSchema>;

/**
 * A secret a job asks for by name: an environment variable of the action's (or CLI's) process,
 * passed to the job and redacted from every log and record (README "Security"). The runner's own
 * channels (`INPUT_*`, `ACTIONS_*`) can never be asked for.
 */
export const SecretNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'these are environment variable names: letters, digits and `_`')
  .refine((name) => !/^(INPUT_|ACTIONS_)/i.test(name), {
    message: "`INPUT_*` and `ACTIONS_*` are the runner's own variables and are never passed to a job",
  });

export const JobSpecSchema = z
  .strictObject({
    id: z
      .string()
      .regex(JOB_ID_PATTERN, 'job ids are letters, digits, `.`, `_` and `-`, starting alphanumeric'),
    description: z.string().min(1),
    timeout_secs: z.number().int().positive(),
    writable_workspace: z.boolean().default(false),
    execution: ExecutionConfigSchema,
    runtime_config: RuntimeConfigSchema,
    guest_command: GuestCommandSchema,
    /** Environment variables passed to the job as secrets (values redacted everywhere). */
    secrets: z.array(SecretNameSchema).optional(),
    /** Non-secret environment variables passed to the job by name when set (README "Security"). */
    pass_env: z.array(SecretNameSchema).optional(),
  })
  .superRefine((job, ctx) => {
    if (job.runtime_config.kind !== job.execution.runtime) {
      ctx.addIssue({
        code: 'custom',
        path: ['runtime_config', 'kind'],
        message: `runtime_config is \`${job.runtime_config.kind}\` but execution.runtime is \`${job.execution.runtime}\`; they must agree`,
      });
    }
  });
export type JobSpec = z.infer<typeof JobSpecSchema>;

/** The label upstream records in `JobRecord.executor` for a placement × runtime pair. */
export function executorLabel(execution: ExecutionConfig): string {
  const { placement, runtime } = execution;
  switch (runtime) {
    case 'host_process':
      return placement === 'local' ? 'host_local' : 'remote_ssh_host_process';
    case 'incus':
      return placement === 'local' ? 'local_incus' : 'remote_linux_vm';
    case 'tart':
      return placement === 'local' ? 'tart_local' : 'remote_ssh_tart';
    default:
      return assertNever(runtime);
  }
}

export function stagedLinuxCommand(job: JobSpec): StagedLinuxCommand | undefined {
  return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}

/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
export function supportsParallelExecute(job: JobSpec): boolean {
  return stagedLinuxCommand(job) !== undefined;
}
