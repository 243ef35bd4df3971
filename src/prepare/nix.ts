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
import { safeParse, z } from '../schema/index.js';
import { supervisedTransport } from '../backends/host-process/index.js';
import type { RealizedPreparedOutputRecord } from '../records/index.js';
import {
  PrepareFailure,
  type NixBuildNode,
  type PrepareContext,
  type PrepareHandlers,
} from '../runtime/index.js';
import { describeExit } from '../transport/index.js';
import { errorMessage, InputError, PikaciError } from '../util/index.js';
import { hostLayout, stageSnapshot, type StagedSnapshot } from '../workspace/index.js';
import { checkOutput, exposeOnHost, inspectOnHost, type Inspection } from './host-output.js';
import { decideReuse, reuseMarkerBase, reuseMarkerJson } from './reuse.js';

export interface NixBuildOptions {
  /** The `nix` program on the hosts that build; default `nix` (found on the host's PATH). */
  nix?: string;
  /** Options before `build`, e.g. `--option substituters ''` on a machine without a cache. */
  args?: readonly string[];
}

/** `PIKACI_NIX` and `PIKACI_NIX_ARGS` (a JSON array of strings) configure the build from the environment. */
export function nixBuildOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): NixBuildOptions {
  const raw = env.PIKACI_NIX_ARGS;
  let args: string[] = [];
  if (raw !== undefined && raw.trim() !== '') {
    const parsed = safeParse(z.array(z.string()), safeJson(raw));
    if (!parsed.success) {
      throw new InputError('PIKACI_NIX_ARGS must be a JSON array of strings', {
        where: 'environment',
        hint: `for example PIKACI_NIX_ARGS='["--option","substituters",""]'`,
      });
    }
    args = parsed.data;
  }
  return { nix: env.PIKACI_NIX || 'nix', args };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const BuildResultSchema = z.array(z.object({ outputs: z.object({ out: z.string() }) })).min(1);
/** Nix's stdout is one JSON line; more than this is not what was asked for. */
const STDOUT_LIMIT = 1024 * 1024;
/** The end of Nix's stderr kept for the failure message (the whole log is in the jobs' host.log). */
const STDERR_TAIL = 4 * 1024;

type Realization = { path: string; action: 'built' } | { path: string; action: 'reused'; fromRun: string };

/** One node on its host: what every step needs. */
interface NodeOnHost {
  node: NixBuildNode;
  ctx: PrepareContext;
  nixArgv: readonly string[];
  output: string;
  host: string;
  say(line: string): void;
}

export function nixPrepareHandlers(options: NixBuildOptions = {}): PrepareHandlers {
  const nixArgv = [
    options.nix ?? 'nix',
    ...(options.args ?? []),
    '--extra-experimental-features',
    'nix-command flakes',
  ];
  // The snapshot is staged once per run and host, by the first node built there.
  const snapshots = new Map<string, Promise<StagedSnapshot>>();
  return {
    async nixBuild(node, ctx) {
      const on: NodeOnHost = {
        node,
        ctx,
        nixArgv,
        output: node.prepare.output_name,
        host: ctx.transport.hostLabel,
        say: (line) => {
          for (const log of ctx.logs) log.line(line);
        },
      };
      // Where the snapshot is (or goes) on the host: the plan named the same place.
      const snapshotDir = hostLayout(
        ctx.transport.placement,
        { ...ctx.workspace, runDir: ctx.runDir },
        ctx.workDir,
      ).snapshotDir;
      const installable = `path:${snapshotDir}#${on.output}`;
      if (installable !== node.prepare.installable) {
        throw new PikaciError(
          `prepare node \`${node.id}\` names ${node.prepare.installable}, but the snapshot is at ${snapshotDir} on ${on.host}`,
          {
            hint: 'the plan and the workspace disagree on the work dir; rerun with the same --remote-work-dir',
          },
        );
      }

      const hash = ctx.workspace.contentHash;
      const markerBase = hash === null ? null : reuseMarkerBase(ctx.workDir, hash, on.output);
      const earlier = markerBase === null || hash === null ? undefined : await lookUp(on, markerBase, hash);
      let snapshotTransfer: StagedSnapshot['transfer'] | 'not_needed' = 'not_needed';
      let realization: Realization;
      if (earlier === undefined) {
        const staged = await stageOnce(on, snapshots, snapshotDir);
        snapshotTransfer = staged.transfer;
        realization = { path: await build(on, installable), action: 'built' };
      } else {
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
      } satisfies Omit<RealizedPreparedOutputRecord, 'exposures' | 'payload' | 'status' | 'error'>;

      let payload: RealizedPreparedOutputRecord['payload'] = null;
      try {
        const { transport, signal } = ctx;
        const inspection =
          earlier?.inspection ??
          (await inspectOnHost(transport, { out: realization.path, markerBase: '', nixArgv, signal }));
        payload = await checkOutput(transport, realization.path, inspection, installable, signal);
        on.say(`[pikaci] staged output ready on ${on.host}: ${on.output} -> ${realization.path}`);
        const remember =
          realization.action === 'built' && markerBase !== null && hash !== null
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
        for (const link of links) on.say(`[pikaci] exposed ${link} -> ${realization.path} on ${on.host}`);
      } catch (error) {
        const message = errorMessage(error);
        throw new PrepareFailure(message, {
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
async function lookUp(
  on: NodeOnHost,
  markerBase: string,
  contentHash: string,
): Promise<{ realization: Realization; inspection: Inspection } | undefined> {
  const { transport, signal } = on.ctx;
  const lookup = await inspectOnHost(transport, { out: null, markerBase, nixArgv: on.nixArgv, signal });
  const decision = decideReuse(lookup, { contentHash, outputName: on.output, markerBase });
  if ('miss' in decision) {
    on.say(`[pikaci] prepare \`${on.output}\` on ${on.host}: nothing to reuse (${decision.miss})`);
    return undefined;
  }
  const { realized_path: path, realized_by_run: fromRun } = decision.reuse;
  on.say(
    `[pikaci] prepare \`${on.output}\` on ${on.host}: reusing ${path}, realized by run ${fromRun} from snapshot ${contentHash} and still valid in the Nix store there; not rebuilt`,
  );
  return { realization: { path, action: 'reused', fromRun }, inspection: lookup };
}

/** The run's snapshot on the node's host, staged by the first node of the run built there. */
async function stageOnce(
  on: NodeOnHost,
  snapshots: Map<string, Promise<StagedSnapshot>>,
  snapshotDir: string,
): Promise<StagedSnapshot> {
  const { ctx } = on;
  const key = `${ctx.runId}\0${ctx.transport.placement}\0${on.host}`;
  let staging = snapshots.get(key);
  if (staging === undefined) {
    staging = stageSnapshot(ctx.transport, ctx.workspace, {
      workDir: ctx.workDir,
      log: on.say,
      signal: ctx.signal,
    });
    snapshots.set(key, staging);
  } else {
    on.say(`[pikaci] snapshot of this run already staged on ${on.host}`);
  }
  const staged = await staging;
  if (staged.snapshotDir !== snapshotDir) {
    throw new PikaciError(
      `the snapshot was staged at ${staged.snapshotDir} on ${on.host}, not at ${snapshotDir}`,
    );
  }
  return staged;
}

/**
 * `nix build --no-link --json` on the host under the job supervisor (it stops with the connection or
 * the runner); stdout is the JSON result, stderr the build log, streamed into the consumers' logs.
 */
async function build(on: NodeOnHost, installable: string): Promise<string> {
  const { ctx, node, host } = on;
  const transport = ctx.transport;
  const argv = [...on.nixArgv, 'build', '--no-link', '--json', installable];
  on.say(`[pikaci] prepare \`${on.output}\` on ${host}: ${argv.join(' ')}`);
  const stdout: Buffer[] = [];
  let stdoutSize = 0;
  let tail = Buffer.alloc(0);
  const supervised = supervisedTransport(transport, {
    marker: `${ctx.runId}/${node.id}`,
    jobsLockFile: null,
    local: transport.placement === 'local',
  });
  const result = await supervised.exec({
    argv,
    onStdout: (chunk) => {
      if ((stdoutSize += chunk.length) <= STDOUT_LIMIT) stdout.push(chunk);
    },
    onStderr: (chunk) => {
      for (const log of ctx.logs) log.write(chunk);
      tail = Buffer.concat([tail, chunk]);
      if (tail.length > STDERR_TAIL) tail = tail.subarray(tail.length - STDERR_TAIL);
    },
    signal: ctx.signal,
  });
  if (result.cancelled) throw new PikaciError('cancelled');
  if (result.connectionLost) {
    throw new PikaciError(
      `lost the connection to ${host} while building \`${node.prepare.output_name}\`; the build there was stopped with its connection`,
      { hint: 'check the network to that host and run again; nothing was copied or exposed' },
    );
  }
  if (result.exitCode !== 0) {
    throw new PikaciError(
      `nix build ${installable} failed on ${host} (${describeExit(result)}): ${nixError(tail.toString('utf8'))}`,
      {
        hint: 'the whole build log is in the host.log of each consuming job; the payload must build with `nix build path:<snapshot>#<output>`',
      },
    );
  }
  const text = Buffer.concat(stdout).toString('utf8');
  const built = safeParse(BuildResultSchema, safeJson(text));
  if (!built.success) {
    throw new PikaciError(
      `nix build ${installable} on ${host} printed no JSON build result: ${text.slice(0, 200) || '(nothing)'}`,
      { hint: `pikaci reads \`nix build --json\`, which needs Nix 2.8 or newer on ${host}` },
    );
  }
  return built.data[0]!.outputs.out;
}

/** Nix's own error (from its first `error:` line on), else the last lines of its log. */
function nixError(stderr: string): string {
  const start = stderr.indexOf('error:');
  const text = start === -1 ? stderr.split('\n').slice(-5).join('\n') : stderr.slice(start);
  return text.trim() || '(no output)';
}
