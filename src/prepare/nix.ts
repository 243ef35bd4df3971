/**
 * Staged payloads built by real Nix (docs/upstream.md, records 3.6): `nix build path:<run snapshot>#<output>`
 * on this machine, the store path exposed to the job as a symlink at each requested mount path,
 * and its payload manifest recorded. Built from the run's own snapshot, so the payload matches the
 * tested source exactly.
 */
import { execFile } from 'node:child_process';
import { lstat, mkdir, readFile, realpath, rename, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { PAYLOAD_MANIFEST_RELATIVE_PATH, storePathProblem } from '../backends/incus/index.js';
import {
  PreparedOutputPayloadManifestRecordSchema,
  type RealizedPreparedOutputRecord,
} from '../records/index.js';
import type { PrepareHandlers } from '../run/index.js';
import { errorMessage, InputError, PikaciError } from '../util/index.js';

export interface NixBuildOptions {
  /** The `nix` program; default `nix`. */
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

export function nixPrepareHandlers(options: NixBuildOptions = {}): PrepareHandlers {
  const nix = options.nix ?? 'nix';
  const baseArgs = [...(options.args ?? []), '--extra-experimental-features', 'nix-command flakes'];
  return {
    async nixBuild(node, ctx) {
      const installable = `path:${ctx.snapshotDir}#${node.prepare.output_name}`;
      const argv = [...baseArgs, 'build', '--no-link', '--json', installable];
      for (const log of ctx.logs) log.line(`[pikaci] nix build for \`${node.id}\`: ${nix} ${argv.join(' ')}`);
      const stdout = await run(nix, argv, ctx.signal, (chunk) => {
        for (const log of ctx.logs) log.write(chunk);
      });
      const built = BuildResultSchema.safeParse(safeJson(stdout));
      if (!built.success) {
        throw new PikaciError(`nix build ${installable} printed no store path: ${stdout.slice(0, 200)}`);
      }
      const realized = await checkedStorePath(built.data[0]!.outputs.out, installable);
      const exposures = node.prepare.handoff?.exposures ?? [];
      for (const exposure of exposures) await replaceWithSymlink(exposure.path, realized);
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
      } satisfies RealizedPreparedOutputRecord;
    },
  };
}

/**
 * The output must be a direct store path, also once its symlinks are resolved: it is exposed to jobs
 * and mounted into guests, so it may not name (or lead to) anything outside the Nix store.
 */
async function checkedStorePath(out: string, installable: string): Promise<string> {
  const refuse = (problem: string): PikaciError =>
    new PikaciError(`nix build ${installable} returned an output that is not a store path: ${problem}`, {
      hint: 'a prepared output must be the /nix/store path of the built derivation; check the flake output',
    });
  const problem = storePathProblem(out);
  if (problem !== undefined) throw refuse(problem);
  const resolved = await realpath(out).catch((error: unknown) => {
    throw refuse(`\`${out}\` cannot be resolved: ${errorMessage(error)}`);
  });
  const resolvedProblem = storePathProblem(resolved);
  if (resolvedProblem !== undefined) throw refuse(`\`${out}\` resolves to ${resolvedProblem}`);
  return out;
}

async function readPayloadManifest(root: string): Promise<RealizedPreparedOutputRecord['payload']> {
  const path = join(root, PAYLOAD_MANIFEST_RELATIVE_PATH);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return null;
  const parsed = PreparedOutputPayloadManifestRecordSchema.safeParse(safeJson(text));
  if (!parsed.success)
    throw new PikaciError(`decode ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** Point `path` at `target`, replacing whatever is there, atomically (symlink beside it, then rename). */
async function replaceWithSymlink(path: string, target: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  await symlink(target, temp);
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new PikaciError(`cannot expose a prepared output at ${path}: a directory is in the way`);
  }
  await rename(temp, path);
}

function run(
  program: string,
  args: string[],
  signal: AbortSignal,
  onStderr: (chunk: Buffer) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      args,
      { signal, maxBuffer: 16 * 1024 * 1024, encoding: 'buffer' },
      (error, stdout) => {
        if (error) {
          reject(
            new PikaciError(`${program} ${args.join(' ')} failed: ${errorMessage(error)}`, {
              hint: 'the payload must build from the run snapshot with `nix build path:<snapshot>#<output>`',
            }),
          );
        } else resolve(stdout.toString('utf8'));
      },
    );
    child.stderr?.on('data', onStderr);
  });
}
