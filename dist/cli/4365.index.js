export const id = 4365;
export const ids = [4365];
export const modules = {

/***/ 80144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ compileGuestCommand),
/* harmony export */   O: () => (/* binding */ compileJobCommand)
/* harmony export */ });
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95462);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31146);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81651);
/** Guest command compilation with the upstream quoting rule (docs/upstream.md, executor 0.2). */



const BASH = 'bash --noprofile --norc -lc';
function compileGuestCommand(guest) {
    switch (guest.kind) {
        case 'host_shell_command':
        case 'shell_command':
            return { command: `${BASH} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.command)}`, runAsRoot: false };
        case 'shell_command_as_root':
            return { command: `${BASH} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.command)}`, runAsRoot: true };
        case 'exact_cargo_test':
            return {
                command: `cargo test -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.package)} ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.test_name)} -- --exact --nocapture`,
                runAsRoot: false,
            };
        case 'package_unit_tests':
            return { command: `cargo test -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.package)} --lib -- --nocapture`, runAsRoot: false };
        case 'package_tests':
            return { command: `cargo test -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.package)} -- --nocapture`, runAsRoot: false };
        case 'filtered_cargo_tests':
            return {
                command: `cargo test -p ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.package)} -- ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellQuote */ .Z)(guest.filter)} --nocapture`,
                runAsRoot: false,
            };
        case 'argv':
            return { command: (0,_util_index_js__WEBPACK_IMPORTED_MODULE_0__/* .shellJoin */ .n)(guest.argv), runAsRoot: false };
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_1__/* .assertNever */ .x)(guest);
    }
}
/** A staged Linux job runs its wrapper; its guest command is ignored (upstream override rule). */
function compileJobCommand(job) {
    const staged = (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .stagedLinuxCommand */ .Md)(job);
    if (staged)
        return { command: staged.execute_wrapper_command, runAsRoot: false };
    return compileGuestCommand(job.guest_command);
}


/***/ }),

/***/ 50995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ JOB_ID_PATTERN)
/* harmony export */ });
/** The job id rule, apart from the schemas (./job.ts) so the lane manifest checks ids without zod. */
const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;


/***/ }),

/***/ 94365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileJobCommand: () => (/* reexport safe */ _command_js__WEBPACK_IMPORTED_MODULE_0__.O)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80144);






/***/ }),

/***/ 31146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ PlacementSchema),
/* harmony export */   Je: () => (/* binding */ PLACEMENTS),
/* harmony export */   Md: () => (/* binding */ stagedLinuxCommand),
/* harmony export */   NG: () => (/* binding */ supportsParallelExecute),
/* harmony export */   QH: () => (/* binding */ JobSpecSchema),
/* harmony export */   gC: () => (/* binding */ executorLabel),
/* harmony export */   hY: () => (/* binding */ SnapshotProfileSchema),
/* harmony export */   sM: () => (/* binding */ RuntimeKindSchema)
/* harmony export */ });
/* unused harmony exports RUNTIMES, ExecutionConfigSchema, PAYLOAD_ROLES, PayloadRoleSchema, StagedPayloadSpecSchema, StagedLinuxCommandSchema, HostProcessRuntimeSchema, IncusRuntimeSchema, TartRuntimeSchema, RuntimeConfigSchema, GuestCommandSchema, SecretNameSchema */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81651);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50995);
/**
 * The job model (docs/design.md decision 5): where a job runs (`execution`), how it is isolated
 * (`runtime_config`, one variant per backend, whose `kind` must equal `execution.runtime`), and
 * what it runs (`guest_command`). Backend knobs exist only inside their runtime variant.
 */



const PLACEMENTS = ['local', 'remote_ssh'];
const RUNTIMES = ['host_process', 'incus', 'tart'];
const PlacementSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(PLACEMENTS);
const RuntimeKindSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RUNTIMES);
const ExecutionConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    placement: PlacementSchema,
    runtime: RuntimeKindSchema,
});
const PAYLOAD_ROLES = ['workspace_deps', 'workspace_build'];
const PayloadRoleSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(PAYLOAD_ROLES);
const StagedPayloadSpecSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    role: PayloadRoleSchema,
    /** Flake attribute path, e.g. `ci.x86_64-linux.workspaceDeps`; built as `path:<snapshot>#<output_name>`. */
    output_name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Repo-relative installable, e.g. `.#ci.x86_64-linux.workspaceDeps`. */
    nix_installable: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const SnapshotProfileSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['rust', 'followup']);
const StagedLinuxCommandSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    snapshot_profile: SnapshotProfileSchema,
    prepare_node_prefix: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    prepare_description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Exactly two specs, in the order `[workspace_deps, workspace_build]`. */
    payload_specs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([StagedPayloadSpecSchema, StagedPayloadSpecSchema])
        .refine(([deps, build]) => deps.role === 'workspace_deps' && build.role === 'workspace_build', {
        message: 'payload_specs must be [workspace_deps, workspace_build] in that order',
    }),
    /** Absolute guest path of the lane's entry script; replaces the guest command at run time. */
    execute_wrapper_command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .startsWith('/', 'execute_wrapper_command must be an absolute guest path'),
    workspace_output_system: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const HostProcessRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_process') });
const IncusRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('incus'),
    staged_linux_command: StagedLinuxCommandSchema.optional(),
});
const TartRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tart'),
    host_setup_command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    mount_host_rust_toolchain: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
});
const RuntimeConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    HostProcessRuntimeSchema,
    IncusRuntimeSchema,
    TartRuntimeSchema,
]);
const nonEmpty = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
const GuestCommandSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_shell_command'), command: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('exact_cargo_test'), package: nonEmpty, test_name: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('package_unit_tests'), package: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('package_tests'), package: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('filtered_cargo_tests'), package: nonEmpty, filter: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shell_command'), command: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shell_command_as_root'), command: nonEmpty }),
    /** A lane's plain `command`: an argv run without a shell. */
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('argv'), argv: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).min(1) }),
]);
/**
 * A secret a job asks for by name: an environment variable of the action's (or CLI's) process,
 * passed to the job and redacted from every log and record (README "Security"). The runner's own
 * channels (`INPUT_*`, `ACTIONS_*`) can never be asked for.
 */
const SecretNameSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'these are environment variable names: letters, digits and `_`')
    .refine((name) => !/^(INPUT_|ACTIONS_)/i.test(name), {
    message: "`INPUT_*` and `ACTIONS_*` are the runner's own variables and are never passed to a job",
});
const JobSpecSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_ID_PATTERN */ .B, 'job ids are letters, digits, `.`, `_` and `-`, starting alphanumeric'),
    description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    writable_workspace: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    execution: ExecutionConfigSchema,
    runtime_config: RuntimeConfigSchema,
    guest_command: GuestCommandSchema,
    /** Environment variables passed to the job as secrets (values redacted everywhere). */
    secrets: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SecretNameSchema).optional(),
    /** Non-secret environment variables passed to the job by name when set (README "Security"). */
    pass_env: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SecretNameSchema).optional(),
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
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .x)(runtime);
    }
}
function stagedLinuxCommand(job) {
    return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}
/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
function supportsParallelExecute(job) {
    return stagedLinuxCommand(job) !== undefined;
}


/***/ }),

/***/ 95462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote),
/* harmony export */   n: () => (/* binding */ shellJoin)
/* harmony export */ });
/**
 * The upstream single-quote rule: wrap in single quotes, each embedded `'` becomes `'"'"'`.
 * Every argument that crosses a shell (SSH, `sh -c`, guest command lines) goes through here.
 */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'"'"'`)}'`;
}
/** Quote each argument and join them into one command line for a POSIX shell. */
function shellJoin(argv) {
    return argv.map(shellQuote).join(' ');
}


/***/ })

};
