export const id = 585;
export const ids = [585];
export const modules = {

/***/ 16585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nixBuildOptionsFromEnv: () => (/* reexport */ nixBuildOptionsFromEnv),
  nixPrepareHandlers: () => (/* reexport */ nixPrepareHandlers)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/backends/incus/index.ts + 3 modules
var incus = __webpack_require__(10904);
// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
;// CONCATENATED MODULE: ./src/prepare/nix.ts
/**
 * Staged payloads built by real Nix (docs/upstream.md, records 3.6): `nix build path:<run snapshot>#<output>`
 * on this machine, the store path exposed to the job as a symlink at each requested mount path,
 * and its payload manifest recorded. Built from the run's own snapshot, so the payload matches the
 * tested source exactly.
 */







/** `PIKACI_NIX` and `PIKACI_NIX_ARGS` (a JSON array of strings) configure the build from the environment. */
function nixBuildOptionsFromEnv(env = process.env) {
    const raw = env.PIKACI_NIX_ARGS;
    let args = [];
    if (raw !== undefined && raw.trim() !== '') {
        const parsed = schemas/* array */.YOg(schemas/* string */.YjP()).safeParse(safeJson(raw));
        if (!parsed.success) {
            throw new util/* InputError */.dz('PIKACI_NIX_ARGS must be a JSON array of strings', {
                where: 'environment',
                hint: `for example PIKACI_NIX_ARGS='["--option","substituters",""]'`,
            });
        }
        args = parsed.data;
    }
    return { nix: env.PIKACI_NIX || 'nix', args };
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
const BuildResultSchema = schemas/* array */.YOg(schemas/* object */.Ikc({ outputs: schemas/* object */.Ikc({ out: schemas/* string */.YjP() }) })).min(1);
function nixPrepareHandlers(options = {}) {
    const nix = options.nix ?? 'nix';
    const baseArgs = [...(options.args ?? []), '--extra-experimental-features', 'nix-command flakes'];
    return {
        async nixBuild(node, ctx) {
            const installable = `path:${ctx.snapshotDir}#${node.prepare.output_name}`;
            const argv = [...baseArgs, 'build', '--no-link', '--json', installable];
            for (const log of ctx.logs)
                log.line(`[pikaci] nix build for \`${node.id}\`: ${nix} ${argv.join(' ')}`);
            const stdout = await run(nix, argv, ctx.signal, (chunk) => {
                for (const log of ctx.logs)
                    log.write(chunk);
            });
            const built = BuildResultSchema.safeParse(safeJson(stdout));
            if (!built.success) {
                throw new util/* PikaciError */.uy(`nix build ${installable} printed no store path: ${stdout.slice(0, 200)}`);
            }
            const realized = await checkedStorePath(built.data[0].outputs.out, installable);
            const exposures = node.prepare.handoff?.exposures ?? [];
            for (const exposure of exposures)
                await replaceWithSymlink(exposure.path, realized);
            for (const log of ctx.logs)
                log.line(`[pikaci] prepared \`${node.prepare.output_name}\` at ${realized}`);
            return {
                node_id: node.id,
                installable: node.prepare.installable,
                output_name: node.prepare.output_name,
                protocol: 'nix_store_path_v1',
                residency: 'local_authoritative',
                consumer: 'host_local_symlink_mounts_v1',
                realized_path: realized,
                consumer_request_path: null,
                consumer_result_path: null,
                consumer_launch_request_path: null,
                consumer_transport_request_path: null,
                exposures,
                requested_exposures: [],
                payload: await readPayloadManifest(realized),
            };
        },
    };
}
/**
 * The output must be a direct store path, also once its symlinks are resolved: it is exposed to jobs
 * and mounted into guests, so it may not name (or lead to) anything outside the Nix store.
 */
async function checkedStorePath(out, installable) {
    const refuse = (problem) => new util/* PikaciError */.uy(`nix build ${installable} returned an output that is not a store path: ${problem}`, {
        hint: 'a prepared output must be the /nix/store path of the built derivation; check the flake output',
    });
    const problem = (0,incus/* storePathProblem */.qU)(out);
    if (problem !== undefined)
        throw refuse(problem);
    const resolved = await (0,promises_.realpath)(out).catch((error) => {
        throw refuse(`\`${out}\` cannot be resolved: ${(0,util/* errorMessage */.gJ)(error)}`);
    });
    const resolvedProblem = (0,incus/* storePathProblem */.qU)(resolved);
    if (resolvedProblem !== undefined)
        throw refuse(`\`${out}\` resolves to ${resolvedProblem}`);
    return out;
}
async function readPayloadManifest(root) {
    const path = (0,external_node_path_.join)(root, incus/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD);
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return null;
    const parsed = records/* PreparedOutputPayloadManifestRecordSchema */.WX.safeParse(safeJson(text));
    if (!parsed.success)
        throw new util/* PikaciError */.uy(`decode ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
}
/** Point `path` at `target`, replacing whatever is there, atomically (symlink beside it, then rename). */
async function replaceWithSymlink(path, target) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}`;
    await (0,promises_.symlink)(target, temp);
    const existing = await (0,promises_.lstat)(path).catch(() => undefined);
    if (existing?.isDirectory()) {
        throw new util/* PikaciError */.uy(`cannot expose a prepared output at ${path}: a directory is in the way`);
    }
    await (0,promises_.rename)(temp, path);
}
function run(program, args, signal, onStderr) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(program, args, { signal, maxBuffer: 16 * 1024 * 1024, encoding: 'buffer' }, (error, stdout) => {
            if (error) {
                reject(new util/* PikaciError */.uy(`${program} ${args.join(' ')} failed: ${(0,util/* errorMessage */.gJ)(error)}`, {
                    hint: 'the payload must build from the run snapshot with `nix build path:<snapshot>#<output>`',
                }));
            }
            else
                resolve(stdout.toString('utf8'));
        });
        child.stderr?.on('data', onStderr);
    });
}

;// CONCATENATED MODULE: ./src/prepare/index.ts
/** Prepare nodes: staged payloads built with Nix. */



/***/ })

};
