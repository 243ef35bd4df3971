export const id = 126;
export const ids = [126];
export const modules = {

/***/ 85126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nixBuildOptionsFromEnv: () => (/* reexport */ nixBuildOptionsFromEnv),
  nixPrepareHandlers: () => (/* reexport */ nixPrepareHandlers)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/backends/host-process/index.ts + 1 modules
var host_process = __webpack_require__(97889);
// EXTERNAL MODULE: ./src/runtime/index.ts + 6 modules
var runtime = __webpack_require__(22656);
// EXTERNAL MODULE: ./src/transport/index.ts + 5 modules
var src_transport = __webpack_require__(74347);
// EXTERNAL MODULE: ./src/util/index.ts + 5 modules
var util = __webpack_require__(93609);
// EXTERNAL MODULE: ./src/workspace/index.ts + 3 modules
var workspace = __webpack_require__(32723);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/backends/incus/index.ts + 3 modules
var incus = __webpack_require__(10904);
;// CONCATENATED MODULE: ./src/prepare/host-output.ts
/**
 * A realized output, checked and handed over on the host that holds it (README "Staged payloads"),
 * through that host's transport: the path is resolved there (`realpath`, not a prefix check) and
 * must be a store path; its payload manifest is read there and every mount it declares must
 * resolve inside the output; the jobs' exposure symlinks are made there, each atomically. Nothing
 * is copied between hosts: a path the host does not have is an error.
 *
 * Each remote command costs a round trip and a login shell on the host, so what belongs together
 * is one script: looking up an earlier realization and inspecting it (`INSPECT_SCRIPT`), and making
 * the exposures with remembering the realization (`EXPOSE_SCRIPT`). The checks stay here, in
 * TypeScript, between the two: nothing is exposed before they pass.
 */




/**
 * `$1` the output, or empty to take it from the marker `$2.out` (a symlink to the store path, with
 * `$2.json` beside it); `$3` the manifest's path inside the output; then the `nix` argv. Prints
 * `marker <json>`, `path <its store path>` and `valid`/`invalid <path>` for a marker, then `root <resolved>` or `missing`,
 * then `manifest <resolved>` and the manifest's text when there is one.
 */
const INSPECT_SCRIPT = [
    'set -u',
    'p=$1 m=$2 rel=$3',
    'shift 3',
    'if [ -z "$p" ]; then',
    '  [ -f "$m.json" ] && p=$(readlink -- "$m.out") || exit 0',
    '  printf \'marker %s\\n\' "$(cat -- "$m.json")"',
    '  printf \'path %s\\n\' "$p"',
    '  if "$@" path-info -- "$p" >/dev/null 2>&1; then echo valid; else printf \'invalid %s\\n\' "$p"; exit 0; fi',
    'fi',
    'root=$(realpath -e -- "$p" 2>/dev/null) || { echo missing; exit 0; }',
    'printf \'root %s\\n\' "$root"',
    'if [ -f "$p/$rel" ]; then',
    '  manifest=$(realpath -e -- "$p/$rel") || exit 1',
    '  printf \'manifest %s\\n\' "$manifest"',
    '  cat -- "$p/$rel"',
    'fi',
].join('\n');
/**
 * `$1` the target, `$2` a marker to remember it under (or empty; its JSON on stdin), then the
 * symlinks to point at it: each is made beside its place and renamed over it, so a job never sees a
 * half-made link; a real directory in the way is an error, not replaced.
 */
const EXPOSE_SCRIPT = [
    'set -eu',
    'target=$1 marker=$2',
    'shift 2',
    'for link in "$@"; do',
    '  if [ -d "$link" ] && [ ! -L "$link" ]; then',
    '    echo "a directory is in the way at $link" >&2',
    '    exit 3',
    '  fi',
    '  mkdir -p -- "$(dirname -- "$link")"',
    '  tmp="$link.pikaci-tmp-$$"',
    '  rm -f -- "$tmp"',
    '  ln -s -- "$target" "$tmp"',
    '  mv -fT -- "$tmp" "$link"',
    'done',
    'if [ -n "$marker" ]; then',
    '  mkdir -p -- "$(dirname -- "$marker")"',
    '  cat > "$marker.json.tmp-$$"',
    '  rm -f -- "$marker.out.tmp-$$"',
    '  ln -s -- "$target" "$marker.out.tmp-$$"',
    '  mv -fT -- "$marker.out.tmp-$$" "$marker.out"',
    '  mv -f -- "$marker.json.tmp-$$" "$marker.json"',
    'fi',
].join('\n');
/** Inspect `out` on the host, or (`out` null) the output remembered by `markerBase`. */
async function inspectOnHost(transport, options) {
    const { out } = options;
    const read = await (0,src_transport/* mustCapture */.w8)(transport, out === null ? `look up ${options.markerBase}` : `inspect prepared output ${out}`, [
        'sh',
        '-c',
        INSPECT_SCRIPT,
        'sh',
        out ?? '',
        options.markerBase,
        incus/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD,
        ...options.nixArgv,
    ], { signal: options.signal });
    const inspection = {};
    const lines = read.stdout.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const space = line.indexOf(' ');
        const [key, value] = space === -1 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
        if (key === 'marker')
            inspection.marker = value;
        else if (key === 'path')
            inspection.path = value;
        else if (key === 'invalid')
            inspection.invalid = value;
        else if (key === 'missing')
            inspection.root = 'missing';
        else if (key === 'root')
            inspection.root = value;
        else if (key === 'manifest') {
            inspection.manifestPath = value;
            inspection.manifestText = lines.slice(index + 1).join('\n');
            break;
        }
    }
    return inspection;
}
function notAStorePath(installable, problem) {
    return new util/* PikaciError */.uy(`nix build ${installable} returned an output that is not a store path: ${problem}`, {
        hint: 'a prepared output must be the /nix/store path of the built derivation; check the flake output',
    });
}
/**
 * The checks on what the host said about `out`: a store path, also once resolved there; a payload
 * manifest inside it that parses and whose mounts stay inside the output once resolved there (only
 * mounts of a subdirectory cost another round trip). Throws before anything is exposed.
 */
async function checkOutput(transport, out, inspection, installable, signal) {
    const host = transport.hostLabel;
    const problem = (0,incus/* storePathProblem */.qU)(out);
    if (problem !== undefined)
        throw notAStorePath(installable, problem);
    const root = inspection.root;
    if (root === undefined || root === 'missing') {
        throw new util/* PikaciError */.uy(`nix build ${installable} reported ${out}, but it does not exist on ${host}; refusing to copy it from another host`, { hint: 'a staged output is built and used on the host its jobs run on; check the Nix store there' });
    }
    const resolvedProblem = (0,incus/* storePathProblem */.qU)(root);
    if (resolvedProblem !== undefined) {
        throw notAStorePath(installable, `\`${out}\` resolves to ${resolvedProblem}`);
    }
    const manifestPath = external_node_path_.posix.join(out, incus/* PAYLOAD_MANIFEST_RELATIVE_PATH */.SD);
    if (inspection.manifestPath === undefined || inspection.manifestText === undefined) {
        throw new util/* PikaciError */.uy(`missing payload manifest ${manifestPath} on ${host}`, {
            hint: 'a staged output declares its guest mounts in share/pikaci/payload-manifest.json (see nix/ci/linux-rust.nix)',
        });
    }
    (0,incus/* assertWithinRoot */.cP)(root, inspection.manifestPath, 'payload manifest');
    const manifest = (0,incus/* parsePayloadManifest */.vc)(inspection.manifestText, `${manifestPath} on ${host}`);
    const elsewhere = (0,incus/* planDeclaredMounts */.up)(root, manifest).filter((mount) => mount.source !== root);
    if (elsewhere.length > 0) {
        const resolved = await (0,src_transport/* capture */.Fg)(transport, ['realpath', '-e', '--', ...elsewhere.map((m) => m.source)], {
            signal,
        });
        const lines = resolved.stdout.split('\n');
        if (resolved.exitCode !== 0 || lines.length < elsewhere.length) {
            throw new util/* PikaciError */.uy(`a payload mount of ${root} does not resolve on ${host} (${(0,src_transport/* describeExit */.KE)(resolved)}): ${resolved.stderr.trim()}`, { hint: 'every mount in share/pikaci/payload-manifest.json must name a directory inside the output' });
        }
        elsewhere.forEach((mount, index) => (0,incus/* assertWithinRoot */.cP)(root, lines[index], mount.deviceName));
    }
    return manifest;
}
/**
 * Point every `links` at `target` on the host, each replaced atomically, and when `remember` is
 * given write its marker (the JSON, and a `.out` symlink to `target`) in the same round trip.
 */
async function exposeOnHost(transport, target, links, remember, signal) {
    if (links.length === 0 && remember === null)
        return;
    await (0,src_transport/* mustCapture */.w8)(transport, `expose ${target}`, ['sh', '-c', EXPOSE_SCRIPT, 'sh', target, remember?.markerBase ?? '', ...links], { signal, stdin: remember?.json ?? '' });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/records/index.ts + 11 modules
var records = __webpack_require__(21056);
;// CONCATENATED MODULE: ./src/prepare/reuse.ts
/**
 * Reuse by snapshot hash (README "Staged payloads"). The content hash names the snapshot's bytes,
 * and a flake built from the same bytes gives the same store path, so after a build the host keeps a
 * marker `W/snapshots/<hash>/prepared-outputs/<output>.{json,out}` (`.out` a symlink to the store
 * path, as Nix's own out-links). A later run on the same hash and host looks it up and asks that
 * host's Nix whether the path is still valid in its store (`./host-output.ts`, one round trip with
 * the inspection): then nothing is evaluated or built (nor sent: the snapshot is there too). A
 * marker that is missing, unreadable, for another hash or output, or whose path Nix no longer holds
 * (garbage-collected) is a miss, said in the log, and the output is built. The marker is not a GC
 * root: Nix may still collect the path, and the next run then builds it again.
 */





const ReuseMarkerSchema = schemas/* object */.Ikc({
    schema_version: schemas/* literal */.euz(1),
    content_hash: schemas/* string */.YjP(),
    output_name: schemas/* string */.YjP(),
    realized_path: schemas/* string */.YjP(),
    realized_by_run: schemas/* string */.YjP(),
    realized_at: schemas/* string */.YjP(),
});
/** Output names are flake attribute paths; anything else is named by its digest. */
function markerName(outputName) {
    return /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(outputName)
        ? outputName
        : (0,external_node_crypto_.createHash)('sha256').update(outputName).digest('hex').slice(0, 32);
}
/** The marker's path without its `.json`/`.out` suffix. */
function reuseMarkerBase(workDir, contentHash, outputName) {
    return external_node_path_.posix.join((0,workspace/* preparedOutputsDir */.Tv)(workDir, contentHash), markerName(outputName));
}
/** The marker's JSON for a realization made now by `runId`. */
function reuseMarkerJson(marker) {
    return `${JSON.stringify({ schema_version: 1, ...marker, realized_at: (0,records/* rfc3339 */.ag)() })}\n`;
}
/** Whether what the lookup found may be used for this hash and output. */
function decideReuse(lookup, expected) {
    const { markerBase } = expected;
    if (lookup.marker === undefined)
        return { miss: 'not realized from this snapshot on this host before' };
    let json;
    try {
        json = JSON.parse(lookup.marker);
    }
    catch {
        return { miss: `marker ${markerBase}.json is not JSON` };
    }
    const parsed = ReuseMarkerSchema.safeParse(json);
    if (!parsed.success)
        return { miss: `marker ${markerBase}.json is not a prepared-output marker` };
    const marker = parsed.data;
    if (marker.content_hash !== expected.contentHash || marker.output_name !== expected.outputName) {
        return { miss: `marker ${markerBase}.json is for another snapshot or output` };
    }
    if (lookup.path !== marker.realized_path) {
        return { miss: `marker ${markerBase}.out does not name ${marker.realized_path}` };
    }
    if (lookup.invalid !== undefined) {
        return { miss: `${lookup.invalid} is no longer valid in the Nix store there (garbage-collected?)` };
    }
    return { reuse: marker };
}

;// CONCATENATED MODULE: ./src/prepare/nix.ts
/**
 * Staged payloads built by real Nix where their jobs run (docs/upstream.md, records 3.6; README
 * "Staged payloads"). A prepare node is placed on its consumers' host by the plan and runs there
 * through the run's transport, the same code for this machine and an SSH host:
 *
 * 1. an output the host already realized from the same snapshot hash, still valid in its Nix store,
 *    is reused (`./reuse.ts`): nothing is staged, evaluated or built;
 * 2. otherwise the run's snapshot is put on the host by the workspace seam (once per content hash
 *    over SSH) and `nix build --no-link --json path:<snapshot there>#<output>` runs there, under the
 *    job supervisor that stops it when the connection or the runner goes, its log streamed into
 *    every consuming job's host.log;
 * 3. the store path is checked there, its payload manifest read and validated there, and the jobs'
 *    exposure symlinks made there (`./host-output.ts`) — all before any instance exists.
 *
 * `nix build --json` is Nix 2.8 and newer; older Nix is refused with a message, not parsed by guess.
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
/** Nix's stdout is one JSON line; more than this is not what was asked for. */
const STDOUT_LIMIT = 1024 * 1024;
/** The end of Nix's stderr kept for the failure message (the whole log is in the jobs' host.log). */
const STDERR_TAIL = 4 * 1024;
function nixPrepareHandlers(options = {}) {
    const nixArgv = [
        options.nix ?? 'nix',
        ...(options.args ?? []),
        '--extra-experimental-features',
        'nix-command flakes',
    ];
    // The snapshot is staged once per run and host, by the first node built there.
    const snapshots = new Map();
    return {
        async nixBuild(node, ctx) {
            const on = {
                node,
                ctx,
                nixArgv,
                output: node.prepare.output_name,
                host: ctx.transport.hostLabel,
                say: (line) => {
                    for (const log of ctx.logs)
                        log.line(line);
                },
            };
            // Where the snapshot is (or goes) on the host: the plan named the same place.
            const snapshotDir = (0,workspace/* hostLayout */.nR)(ctx.transport.placement, { ...ctx.workspace, runDir: ctx.runDir }, ctx.workDir).snapshotDir;
            const installable = `path:${snapshotDir}#${on.output}`;
            if (installable !== node.prepare.installable) {
                throw new util/* PikaciError */.uy(`prepare node \`${node.id}\` names ${node.prepare.installable}, but the snapshot is at ${snapshotDir} on ${on.host}`, {
                    hint: 'the plan and the workspace disagree on the work dir; rerun with the same --remote-work-dir',
                });
            }
            const hash = ctx.workspace.contentHash;
            const markerBase = hash === null ? null : reuseMarkerBase(ctx.workDir, hash, on.output);
            const earlier = markerBase === null || hash === null ? undefined : await lookUp(on, markerBase, hash);
            let snapshotTransfer = 'not_needed';
            let realization;
            if (earlier === undefined) {
                const staged = await stageOnce(on, snapshots, snapshotDir);
                snapshotTransfer = staged.transfer;
                realization = { path: await build(on, installable), action: 'built' };
            }
            else {
                realization = earlier.realization;
            }
            const requested = node.prepare.handoff?.exposures ?? [];
            const entry = {
                node_id: node.id,
                installable,
                output_name: on.output,
                protocol: 'nix_store_path_v1',
                residency: node.prepare.residency,
                consumer: 'host_local_symlink_mounts_v1',
                realized_path: realization.path,
                consumer_request_path: null,
                consumer_result_path: null,
                consumer_launch_request_path: null,
                consumer_transport_request_path: null,
                requested_exposures: requested,
                placement: ctx.transport.placement,
                host: on.host,
                realization: realization.action,
                reused_from_run: realization.action === 'reused' ? realization.fromRun : null,
                snapshot_transfer: snapshotTransfer,
            };
            let payload = null;
            try {
                const { transport, signal } = ctx;
                const inspection = earlier?.inspection ??
                    (await inspectOnHost(transport, { out: realization.path, markerBase: '', nixArgv, signal }));
                payload = await checkOutput(transport, realization.path, inspection, installable, signal);
                on.say(`[pikaci] staged output ready on ${on.host}: ${on.output} -> ${realization.path}`);
                const remember = realization.action === 'built' && markerBase !== null && hash !== null
                    ? {
                        markerBase,
                        json: reuseMarkerJson({
                            content_hash: hash,
                            output_name: on.output,
                            realized_path: realization.path,
                            realized_by_run: ctx.runId,
                        }),
                    }
                    : null;
                const links = requested.map((exposure) => exposure.path);
                await exposeOnHost(transport, realization.path, links, remember, signal);
                for (const link of links)
                    on.say(`[pikaci] exposed ${link} -> ${realization.path} on ${on.host}`);
            }
            catch (error) {
                const message = (0,util/* errorMessage */.gJ)(error);
                throw new runtime/* PrepareFailure */.Iy(message, {
                    ...entry,
                    exposures: [],
                    payload,
                    status: 'failed',
                    error: message,
                });
            }
            const exposures = requested.map((exposure) => ({ ...exposure }));
            return { ...entry, exposures, payload, status: 'succeeded', error: null };
        },
    };
}
/** An earlier realization of this output from the same snapshot hash that the host's Nix still holds. */
async function lookUp(on, markerBase, contentHash) {
    const { transport, signal } = on.ctx;
    const lookup = await inspectOnHost(transport, { out: null, markerBase, nixArgv: on.nixArgv, signal });
    const decision = decideReuse(lookup, { contentHash, outputName: on.output, markerBase });
    if ('miss' in decision) {
        on.say(`[pikaci] prepare \`${on.output}\` on ${on.host}: nothing to reuse (${decision.miss})`);
        return undefined;
    }
    const { realized_path: path, realized_by_run: fromRun } = decision.reuse;
    on.say(`[pikaci] prepare \`${on.output}\` on ${on.host}: reusing ${path}, realized by run ${fromRun} from snapshot ${contentHash} and still valid in the Nix store there; not rebuilt`);
    return { realization: { path, action: 'reused', fromRun }, inspection: lookup };
}
/** The run's snapshot on the node's host, staged by the first node of the run built there. */
async function stageOnce(on, snapshots, snapshotDir) {
    const { ctx } = on;
    const key = `${ctx.runId}\0${ctx.transport.placement}\0${on.host}`;
    let staging = snapshots.get(key);
    if (staging === undefined) {
        staging = (0,workspace/* stageSnapshot */.NS)(ctx.transport, ctx.workspace, {
            workDir: ctx.workDir,
            log: on.say,
            signal: ctx.signal,
        });
        snapshots.set(key, staging);
    }
    else {
        on.say(`[pikaci] snapshot of this run already staged on ${on.host}`);
    }
    const staged = await staging;
    if (staged.snapshotDir !== snapshotDir) {
        throw new util/* PikaciError */.uy(`the snapshot was staged at ${staged.snapshotDir} on ${on.host}, not at ${snapshotDir}`);
    }
    return staged;
}
/**
 * `nix build --no-link --json` on the host under the job supervisor (it stops with the connection or
 * the runner); stdout is the JSON result, stderr the build log, streamed into the consumers' logs.
 */
async function build(on, installable) {
    const { ctx, node, host } = on;
    const transport = ctx.transport;
    const argv = [...on.nixArgv, 'build', '--no-link', '--json', installable];
    on.say(`[pikaci] prepare \`${on.output}\` on ${host}: ${argv.join(' ')}`);
    const stdout = [];
    let stdoutSize = 0;
    let tail = Buffer.alloc(0);
    const supervised = (0,host_process/* supervisedTransport */.OC)(transport, {
        marker: `${ctx.runId}/${node.id}`,
        jobsLockFile: null,
        local: transport.placement === 'local',
    });
    const result = await supervised.exec({
        argv,
        onStdout: (chunk) => {
            if ((stdoutSize += chunk.length) <= STDOUT_LIMIT)
                stdout.push(chunk);
        },
        onStderr: (chunk) => {
            for (const log of ctx.logs)
                log.write(chunk);
            tail = Buffer.concat([tail, chunk]);
            if (tail.length > STDERR_TAIL)
                tail = tail.subarray(tail.length - STDERR_TAIL);
        },
        signal: ctx.signal,
    });
    if (result.cancelled)
        throw new util/* PikaciError */.uy('cancelled');
    if (result.connectionLost) {
        throw new util/* PikaciError */.uy(`lost the connection to ${host} while building \`${node.prepare.output_name}\`; the build there was stopped with its connection`, { hint: 'check the network to that host and run again; nothing was copied or exposed' });
    }
    if (result.exitCode !== 0) {
        throw new util/* PikaciError */.uy(`nix build ${installable} failed on ${host} (${(0,src_transport/* describeExit */.KE)(result)}): ${nixError(tail.toString('utf8'))}`, {
            hint: 'the whole build log is in the host.log of each consuming job; the payload must build with `nix build path:<snapshot>#<output>`',
        });
    }
    const text = Buffer.concat(stdout).toString('utf8');
    const built = BuildResultSchema.safeParse(safeJson(text));
    if (!built.success) {
        throw new util/* PikaciError */.uy(`nix build ${installable} on ${host} printed no JSON build result: ${text.slice(0, 200) || '(nothing)'}`, { hint: `pikaci reads \`nix build --json\`, which needs Nix 2.8 or newer on ${host}` });
    }
    return built.data[0].outputs.out;
}
/** Nix's own error (from its first `error:` line on), else the last lines of its log. */
function nixError(stderr) {
    const start = stderr.indexOf('error:');
    const text = start === -1 ? stderr.split('\n').slice(-5).join('\n') : stderr.slice(start);
    return text.trim() || '(no output)';
}

;// CONCATENATED MODULE: ./src/prepare/index.ts
/** Prepare nodes: staged payloads built with Nix. */



/***/ })

};
