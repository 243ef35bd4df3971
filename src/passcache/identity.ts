/**
 * The parts of a pass key that live outside the repository (README "Skipping lanes that already
 * passed"): each placement host the jobs use (an SSH host's system, what each runtime's module says
 * of itself there), the repository's `flake.lock`, the code of this pikaci-action, and the runner.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// The package version as the CLI reads it (src/cli/version.ts): ncc inlines it into the bundle.
import packageJson from '../../package.json' with { type: 'json' };
import { guestRunnerScriptPath } from '../guest/index.js';
import {
  BACKENDS,
  backendConfigs,
  DEFAULT_WORK_DIR,
  executionEnvironment,
  type HostSettings,
} from '../hosts/index.js';
import type { BackendModule, IdentityHost } from '../runtime/index.js';
import { PLACEMENTS, type JobSpec, type Placement, type RuntimeKind } from '../model/index.js';
import { capture, describeExit, type Transport } from '../transport/index.js';
import { errorMessage, PikaciError } from '../util/index.js';
import type { ActionIdentity, PlacementIdentity, RuntimeIdentity, RuntimePartIdentity } from './key.js';

type BackendConfigs = ReturnType<typeof backendConfigs>;

export interface RuntimeIdentityRequest {
  jobs: readonly JobSpec[];
  /** How the run reaches its hosts (no concurrency group: the key is computed without taking a lock). */
  host: HostSettings;
  sourceRoot: string;
  signal?: AbortSignal;
}

/**
 * Visit each placement the jobs use: a remote host's `uname -sm`, and what each runtime's module says
 * of itself there (`identity`: for Incus the fingerprint its image alias names, as the backend checks
 * it before it creates an instance; for Tart the base VM). The host is reached only when something
 * must be asked there, over one transport per placement.
 */
export async function runtimeIdentity(request: RuntimeIdentityRequest): Promise<RuntimeIdentity> {
  const byPlacement = new Map<Placement, Set<RuntimeKind>>();
  for (const job of request.jobs) {
    const runtimes = byPlacement.get(job.execution.placement) ?? new Set<RuntimeKind>();
    runtimes.add(job.execution.runtime);
    byPlacement.set(job.execution.placement, runtimes);
  }
  const environment = executionEnvironment({ ...request.host, concurrencyGroup: null });
  const configs = backendConfigs(request.host, request.host.remoteWorkDir ?? DEFAULT_WORK_DIR);
  const placements: PlacementIdentity[] = [];
  for (const placement of PLACEMENTS) {
    const runtimes = byPlacement.get(placement);
    if (!runtimes) continue;
    const sorted = [...runtimes].sort();
    let opened: Promise<Transport> | undefined;
    const host: IdentityHost = {
      placement,
      transport: () => (opened ??= environment.transportFor(placement)),
      ...(request.signal ? { signal: request.signal } : {}),
    };
    try {
      const parts: RuntimePartIdentity[] = [];
      for (const runtime of sorted) {
        const part = await runtimePart(runtime, configs, host);
        if (part) parts.push(part);
      }
      const transport = placement === 'local' ? undefined : await host.transport();
      placements.push({
        placement,
        host: transport ? transport.hostLabel : 'local',
        system: transport ? await hostSystem(transport, request.signal) : null,
        runtimes: sorted,
        parts,
      });
    } finally {
      if (opened) await (await opened).close();
    }
  }
  return { placements, flake_lock: await fileSha256(join(request.sourceRoot, 'flake.lock')) };
}

/** What `runtime`'s module says of itself on `host`, if it has an identity. */
async function runtimePart(
  runtime: RuntimeKind,
  configs: BackendConfigs,
  host: IdentityHost,
): Promise<RuntimePartIdentity | null> {
  const identity = (BACKENDS[runtime] as BackendModule<unknown>).identity;
  if (!identity) return null;
  const part = await identity(configs[runtime], host);
  return { runtime, value: part.value, summary: part.summary, image_digest: part.imageDigest };
}

async function hostSystem(transport: Transport, signal: AbortSignal | undefined): Promise<string> {
  const result = await capture(transport, ['uname', '-sm'], signal ? { signal } : {});
  if (result.exitCode !== 0) {
    throw new PikaciError(`\`uname -sm\` on ${transport.hostLabel} failed (${describeExit(result)})`);
  }
  return result.stdout.trim();
}

async function fileSha256(path: string): Promise<string | null> {
  try {
    return `sha256:${createHash('sha256')
      .update(await readFile(path))
      .digest('hex')}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new PikaciError(`cannot read ${path}: ${errorMessage(error)}`, { where: path });
  }
}

let codeHash: Promise<string> | undefined;

/**
 * This pikaci-action: the package version and a hash of the code that runs. Bundled (`dist/<entry>/`,
 * where every module's `import.meta.url` is a file of the bundle) that is every file of the bundle's
 * directory; from `src/` or `lib/`, every file of that tree. The guest runner script is added either
 * way. A rebuilt bundle with any change is a new identity, whatever the version says.
 */
export async function actionIdentity(): Promise<ActionIdentity> {
  codeHash ??= hashCode();
  return { version: packageJson.version, code: await codeHash };
}

async function hashCode(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = basename(here) === 'passcache' ? dirname(here) : here;
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of [...files, guestRunnerScriptPath()]) {
    const digest = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    hash.update(`${digest} ${file === guestRunnerScriptPath() ? 'guest-runner' : relative(root, file)}\n`);
  }
  return `sha256:${hash.digest('hex')}`;
}

/** The machine the action or CLI runs on, as Node.js names it. */
export function runnerIdentity(): { os: string; arch: string } {
  return { os: process.platform, arch: process.arch };
}
