/**
 * Staged payloads built by real Nix where their jobs run (docs/upstream.md, records 3.6; README
 * "Staged payloads"). A prepare node is placed on its consumers' host by the plan and runs there
 * through the run's transport, the same code for this machine and an SSH host:
 *
 * 1. the run's snapshot is put on the host by the workspace seam (once per content hash over SSH);
 * 2. an output the host already realized from the same snapshot hash, still valid in its Nix store,
 *    is reused (`./reuse.ts`); otherwise `nix build --no-link --json path:<snapshot there>#<output>`
 *    runs there, under the supervisor that stops it when the connection or the runner goes, its
 *    log streamed into every consuming job's host.log;
 * 3. the store path is checked there, its payload manifest read and validated there, and the jobs'
 *    exposure symlinks made there (`./host-output.ts`) — all before any instance exists.
 *
 * `nix build --json` is Nix 2.8 and newer; older Nix is refused with a message, not parsed by guess.
 */
import { z } from 'zod';
import { supervisedTransport } from '../backends/host-process/index.js';
import type { PreparedOutputExposure, RealizedPreparedOutputRecord } from '../records/index.js';
import {
  CANCELLED_MESSAGE,
  PrepareFailure,
  type NixBuildNode,
  type PrepareContext,
  type PrepareHandlers,
} from '../run/index.js';
import { describeExit, type Transport } from '../transport/index.js';
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
    const parsed = z.array(z.string()).safeParse(safeJson(raw));
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

export function nixPrepareHandlers(options: NixBuildOptions = {}): PrepareHandlers {
  const nixArgv = [
    options.nix ?? 'nix',
    ...(options.args ?? []),
    '--extra-experimental-features',
    'nix-command flakes',
  ];
  const snapshots = new Map<string, Promise<StagedSnapshot>>();
  return {
    async nixBuild(node, ctx) {
      const { transport, signal } = ctx;
      const host = transport.hostLabel;
      const output = node.prepare.output_name;
      const say = (line: string): void => {
        for (const log of ctx.logs) log.line(line);
      };

      // Where the snapshot is (or goes) on the host; it is staged only when something is built.
      const snapshotDir = hostLayout(
        transport.placement,
        { ...ctx.workspace, runDir: ctx.runDir },
        ctx.workDir,
      ).snapshotDir;
      const installable = `path:${snapshotDir}#${output}`;
      if (installable !== node.prepare.installable) {
        throw new PikaciError(
          `prepare node \`${node.id}\` names ${node.prepare.installable}, but the snapshot is at ${snapshotDir} on ${host}`,
          {
            hint: 'the plan and the workspace disagree on the work dir; rerun with the same --remote-work-dir',
          },
        );
      }
      let snapshotTransfer: StagedSnapshot['transfer'] | 'not_needed' = 'not_needed';

      const hash = ctx.workspace.contentHash;
      const markerBase = hash === null ? null : reuseMarkerBase(ctx.workDir, hash, output);
      let realization: Realization | undefined;
      let inspection: Inspection | undefined;
      if (markerBase !== null && hash !== null) {
        const lookup = await inspectOnHost(transport, { out: null, markerBase, nixArgv, signal });
        const decision = decideReuse(lookup, { contentHash: hash, outputName: output, markerBase });
        if ('reuse' in decision) {
          realization = {
            path: decision.reuse.realized_path,
            action: 'reused',
            fromRun: decision.reuse.realized_by_run,
          };
          inspection = lookup;
          say(
            `[pikaci] prepare \`${output}\` on ${host}: reusing ${realization.path}, realized by run ${realization.fromRun} from snapshot ${hash} and still valid in the Nix store there; not rebuilt`,
          );
        } else {
          say(`[pikaci] prepare \`${output}\` on ${host}: nothing to reuse (${decision.miss})`);
        }
      }
      if (realization === undefined) {
        // The snapshot is staged once per run and host, by the first node built there.
        const key = `${ctx.runId}\0${transport.placement}\0${host}`;
        let staging = snapshots.get(key);
        if (staging === undefined) {
          staging = stageSnapshot(transport, ctx.workspace, { workDir: ctx.workDir, log: say, signal });
          snapshots.set(key, staging);
        } else {
          say(`[pikaci] snapshot of this run already staged on ${host}`);
        }
        const staged = await staging;
        if (staged.snapshotDir !== snapshotDir) {
          throw new PikaciError(
            `the snapshot was staged at ${staged.snapshotDir} on ${host}, not at ${snapshotDir}`,
          );
        }
        snapshotTransfer = staged.transfer;
        const argv = [...nixArgv, 'build', '--no-link', '--json', installable];
        say(`[pikaci] prepare \`${output}\` on ${host}: ${argv.join(' ')}`);
        realization = { path: await build(transport, argv, installable, ctx, node), action: 'built' };
      }

      const requested = node.prepare.handoff?.exposures ?? [];
      const base = {
        node_id: node.id,
        installable,
        output_name: output,
        protocol: 'nix_store_path_v1',
        residency: node.prepare.residency,
        consumer: 'host_local_symlink_mounts_v1',
        realized_path: realization.path,
        consumer_request_path: null,
        consumer_result_path: null,
        consumer_launch_request_path: null,
        consumer_transport_request_path: null,
        requested_exposures: requested,
        placement: transport.placement,
        host,
        realization: realization.action,
        reused_from_run: realization.action === 'reused' ? realization.fromRun : null,
        snapshot_transfer: snapshotTransfer,
      } satisfies Omit<RealizedPreparedOutputRecord, 'exposures' | 'payload' | 'status' | 'error'>;

      let payload: RealizedPreparedOutputRecord['payload'] = null;
      try {
        inspection ??= await inspectOnHost(transport, {
          out: realization.path,
          markerBase: '',
          nixArgv,
          signal,
        });
        payload = await checkOutput(transport, realization.path, inspection, installable, signal);
        say(`[pikaci] staged output ready on ${host}: ${output} -> ${realization.path}`);
        const remember =
          realization.action === 'built' && markerBase !== null && hash !== null
            ? {
                markerBase,
                json: reuseMarkerJson({
                  content_hash: hash,
                  output_name: output,
                  realized_path: realization.path,
                  realized_by_run: ctx.runId,
                }),
              }
            : null;
        await exposeOnHost(
          transport,
          realization.path,
          requested.map((e) => e.path),
          remember,
          signal,
        );
        for (const exposure of requested) {
          say(`[pikaci] exposed ${exposure.path} -> ${realization.path} on ${host}`);
        }
      } catch (error) {
        const message = errorMessage(error);
        throw new PrepareFailure(message, {
          ...base,
          exposures: [],
          payload,
          status: 'failed',
          error: message,
        });
      }
      return { ...base, exposures: fulfilled(requested), payload, status: 'succeeded', error: null };
    },
  };
}

function fulfilled(requested: readonly PreparedOutputExposure[]): PreparedOutputExposure[] {
  return requested.map((exposure) => ({ ...exposure }));
}

/** Run `nix build` on the host under the supervisor; its stdout is the JSON result, its stderr the log. */
async function build(
  transport: Transport,
  argv: readonly string[],
  installable: string,
  ctx: PrepareContext,
  node: NixBuildNode,
): Promise<string> {
  const host = transport.hostLabel;
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
  if (result.cancelled) throw new PikaciError(CANCELLED_MESSAGE);
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
  const built = BuildResultSchema.safeParse(safeJson(text));
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
