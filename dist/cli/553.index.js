export const id = 553;
export const ids = [553];
export const modules = {

/***/ 54553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BE: () => (/* reexport */ JOB_ID_PATTERN),
  QH: () => (/* reexport */ JobSpecSchema),
  Je: () => (/* reexport */ PLACEMENTS),
  Bb: () => (/* reexport */ PlacementSchema),
  sM: () => (/* reexport */ RuntimeKindSchema),
  hY: () => (/* reexport */ SnapshotProfileSchema),
  Dw: () => (/* reexport */ compileGuestCommand),
  compileJobCommand: () => (/* reexport */ compileJobCommand),
  gC: () => (/* reexport */ executorLabel),
  Md: () => (/* reexport */ stagedLinuxCommand),
  NG: () => (/* reexport */ supportsParallelExecute)
});

// UNUSED EXPORTS: ExecutionConfigSchema, GuestCommandSchema, HostProcessRuntimeSchema, IncusRuntimeSchema, LANE_GROUPS, PAYLOAD_ROLES, PayloadRoleSchema, RUNTIMES, RuntimeConfigSchema, SecretNameSchema, StagedLinuxCommandSchema, StagedPayloadSpecSchema, TartRuntimeSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/util/index.ts + 6 modules
var util = __webpack_require__(15756);
;// CONCATENATED MODULE: ./src/model/job.ts
/**
 * The job model (docs/design.md decision 5): where a job runs (`execution`), how it is isolated
 * (`runtime_config`, one variant per backend, whose `kind` must equal `execution.runtime`), and
 * what it runs (`guest_command`). Backend knobs exist only inside their runtime variant.
 */


const PLACEMENTS = ['local', 'remote_ssh'];
const RUNTIMES = ['host_process', 'incus', 'tart'];
const PlacementSchema = schemas/* enum */.k5n(PLACEMENTS);
const RuntimeKindSchema = schemas/* enum */.k5n(RUNTIMES);
const ExecutionConfigSchema = schemas/* strictObject */.rej({
    placement: PlacementSchema,
    runtime: RuntimeKindSchema,
});
const PAYLOAD_ROLES = ['workspace_deps', 'workspace_build'];
const PayloadRoleSchema = schemas/* enum */.k5n(PAYLOAD_ROLES);
const StagedPayloadSpecSchema = schemas/* strictObject */.rej({
    role: PayloadRoleSchema,
    /** Flake attribute path, e.g. `ci.x86_64-linux.workspaceDeps`; built as `path:<snapshot>#<output_name>`. */
    output_name: schemas/* string */.YjP().min(1),
    /** Repo-relative installable, e.g. `.#ci.x86_64-linux.workspaceDeps`. */
    nix_installable: schemas/* string */.YjP().min(1),
});
const SnapshotProfileSchema = schemas/* enum */.k5n(['rust', 'followup']);
const StagedLinuxCommandSchema = schemas/* strictObject */.rej({
    snapshot_profile: SnapshotProfileSchema,
    prepare_node_prefix: schemas/* string */.YjP().min(1),
    prepare_description: schemas/* string */.YjP().min(1),
    /** Exactly two specs, in the order `[workspace_deps, workspace_build]`. */
    payload_specs: schemas/* tuple */.PVZ([StagedPayloadSpecSchema, StagedPayloadSpecSchema])
        .refine(([deps, build]) => deps.role === 'workspace_deps' && build.role === 'workspace_build', {
        message: 'payload_specs must be [workspace_deps, workspace_build] in that order',
    }),
    /** Absolute guest path of the lane's entry script; replaces the guest command at run time. */
    execute_wrapper_command: schemas/* string */.YjP()
        .startsWith('/', 'execute_wrapper_command must be an absolute guest path'),
    workspace_output_system: schemas/* string */.YjP().min(1),
});
const HostProcessRuntimeSchema = schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('host_process') });
const IncusRuntimeSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('incus'),
    staged_linux_command: StagedLinuxCommandSchema.optional(),
});
const TartRuntimeSchema = schemas/* strictObject */.rej({
    kind: schemas/* literal */.euz('tart'),
    host_setup_command: schemas/* string */.YjP().min(1).optional(),
    mount_host_rust_toolchain: schemas/* boolean */.zMY().default(false),
});
const RuntimeConfigSchema = schemas/* discriminatedUnion */.gMt('kind', [
    HostProcessRuntimeSchema,
    IncusRuntimeSchema,
    TartRuntimeSchema,
]);
const nonEmpty = schemas/* string */.YjP().min(1);
const GuestCommandSchema = schemas/* discriminatedUnion */.gMt('kind', [
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('host_shell_command'), command: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('exact_cargo_test'), package: nonEmpty, test_name: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('package_unit_tests'), package: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('package_tests'), package: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('filtered_cargo_tests'), package: nonEmpty, filter: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('shell_command'), command: nonEmpty }),
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('shell_command_as_root'), command: nonEmpty }),
    /** A lane's plain `command`: an argv run without a shell. */
    schemas/* strictObject */.rej({ kind: schemas/* literal */.euz('argv'), argv: schemas/* array */.YOg(schemas/* string */.YjP()).min(1) }),
]);
const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * A secret a job asks for by name: an environment variable of the action's (or CLI's) process,
 * passed to the job and redacted from every log and record (README "Security"). The runner's own
 * channels (`INPUT_*`, `ACTIONS_*`) can never be asked for.
 */
const SecretNameSchema = schemas/* string */.YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'these are environment variable names: letters, digits and `_`')
    .refine((name) => !/^(INPUT_|ACTIONS_)/i.test(name), {
    message: "`INPUT_*` and `ACTIONS_*` are the runner's own variables and are never passed to a job",
});
const JobSpecSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP()
        .regex(JOB_ID_PATTERN, 'job ids are letters, digits, `.`, `_` and `-`, starting alphanumeric'),
    description: schemas/* string */.YjP().min(1),
    timeout_secs: schemas/* number */.aig().int().positive(),
    writable_workspace: schemas/* boolean */.zMY().default(false),
    execution: ExecutionConfigSchema,
    runtime_config: RuntimeConfigSchema,
    guest_command: GuestCommandSchema,
    /** Environment variables passed to the job as secrets (values redacted everywhere). */
    secrets: schemas/* array */.YOg(SecretNameSchema).optional(),
    /** Non-secret environment variables passed to the job by name when set (README "Security"). */
    pass_env: schemas/* array */.YOg(SecretNameSchema).optional(),
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
/** The label upstream records in `JobRecord.executor` for a placement × runtime pair. */
function executorLabel(execution) {
    const { placement, runtime } = execution;
    switch (runtime) {
        case 'host_process':
            return placement === 'local' ? 'host_local' : 'remote_ssh_host_process';
        case 'incus':
            return placement === 'local' ? 'local_incus' : 'remote_linux_vm';
        case 'tart':
            return placement === 'local' ? 'tart_local' : 'remote_ssh_tart';
        default:
            return (0,util/* assertNever */.xb)(runtime);
    }
}
function stagedLinuxCommand(job) {
    return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}
/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
function supportsParallelExecute(job) {
    return stagedLinuxCommand(job) !== undefined;
}

;// CONCATENATED MODULE: ./src/model/command.ts
/** Guest command compilation with the upstream quoting rule (docs/upstream.md, executor 0.2). */



const BASH = 'bash --noprofile --norc -lc';
function compileGuestCommand(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return { command: `${BASH} ${(0,util/* shellQuote */.ZL)(guest.command)}`, runAsRoot: false };
        case 'shell_command_as_root':
            return { command: `${BASH} ${(0,util/* shellQuote */.ZL)(guest.command)}`, runAsRoot: true };
        case 'exact_cargo_test':
            return {
                command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} ${(0,util/* shellQuote */.ZL)(guest.test_name)} -- --exact --nocapture`,
                runAsRoot: false,
            };
        case 'package_unit_tests':
            return { command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} --lib -- --nocapture`, runAsRoot: false };
        case 'package_tests':
            return { command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} -- --nocapture`, runAsRoot: false };
        case 'filtered_cargo_tests':
            return {
                command: `cargo test -p ${(0,util/* shellQuote */.ZL)(guest.package)} -- ${(0,util/* shellQuote */.ZL)(guest.filter)} --nocapture`,
                runAsRoot: false,
            };
        case 'argv':
            return { command: (0,util/* shellJoin */.nZ)(guest.argv), runAsRoot: false };
        default:
            return (0,util/* assertNever */.xb)(guest);
    }
}
/** A staged Linux job runs its wrapper; its guest command is ignored (upstream override rule). */
function compileJobCommand(job) {
    const staged = stagedLinuxCommand(job);
    if (staged)
        return { command: staged.execute_wrapper_command, runAsRoot: false };
    return compileGuestCommand(job.guest_command);
}

;// CONCATENATED MODULE: ./src/model/index.ts





/***/ })

};
