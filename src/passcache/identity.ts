/**
 * The parts of a pass key that live outside the repository (README "Skipping lanes that already
 * passed"): each placement host the jobs use (an SSH host's system, the fingerprint the Incus image
 * alias names there), the repository's `flake.lock`, the code of this pikaci-action, and the runner.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// The package version as the CLI reads it (src/cli/version.ts): ncc inlines it into the bundle.
import packageJson from '../../package.json' with { type: 'json' };
import { guestRunnerScriptPath } from '../guest/index.js';
import { backendConfigs, DEFAULT_WORK_DIR, executionEnvironment, type HostSettings } from '../hosts/index.js';
import { incusArgv, type IncusHostConfig } from '../backends/incus/index.js';
import { PLACEMENTS, type JobSpec, type Placement, type RuntimeKind } from '../model/index.js';
import { capture, describeExit, type Transport } from '../transport/index.js';
import { errorMessage, PikaciError } from '../util/index.js';
import type { ActionIdentity, PlacementIdentity, RuntimeIdentity } from './key.js';

export interface RuntimeIdentityRequest {
  jobs: readonly JobSpec[];
  /** How the run reaches its hosts (no concurrency group: the key is computed without taking a lock). */
  host: HostSettings;
  sourceRoot: string;
  signal?: AbortSignal;
}

/**
 * Visit each placement the jobs use: a remote host's `uname -sm`, and for Incus jobs the
 * fingerprint of the image alias, as the Incus backend checks it before it creates an instance
 * (`image list <alias> --format json`, the record whose aliases name it; README "Runtimes and hosts").
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
  const incusConfig = configs.incus;
  const placements: PlacementIdentity[] = [];
  for (const placement of PLACEMENTS) {
    const runtimes = byPlacement.get(placement);
    if (!runtimes) continue;
    const sorted = [...runtimes].sort();
    const needsHost = placement === 'remote_ssh' || runtimes.has('incus');
    let identity: PlacementIdentity = {
      placement,
      host: placement,
      system: null,
      runtimes: sorted,
      incus: null,
      tart_base_vm: runtimes.has('tart') ? configs.tart.base_vm : null,
    };
    if (needsHost) {
      const transport = await environment.transportFor(placement);
      try {
        identity = {
          ...identity,
          host: placement === 'local' ? 'local' : transport.hostLabel,
          system: placement === 'local' ? null : await hostSystem(transport, request.signal),
          incus: runtimes.has('incus') ? await incusIdentity(transport, incusConfig, request.signal) : null,
        };
      } finally {
        await transport.close();
      }
    }
    placements.push(identity);
  }
  return { placements, flake_lock: await fileSha256(join(request.sourceRoot, 'flake.lock')) };
}

async function hostSystem(transport: Transport, signal: AbortSignal | undefined): Promise<string> {
  const result = await capture(transport, ['uname', '-sm'], signal ? { signal } : {});
  if (result.exitCode !== 0) {
    throw new PikaciError(`\`uname -sm\` on ${transport.hostLabel} failed (${describeExit(result)})`);
  }
  return result.stdout.trim();
}

async function incusIdentity(transport: Transport, config: IncusHostConfig, signal: AbortSignal | undefined) {
  const argv = incusArgv(config, ['image', 'list'], config.image, '--format', 'json');
  const listed = await capture(transport, argv, signal ? { signal } : {}).catch((error: unknown) => {
    throw new PikaciError(
      `cannot run the Incus CLI \`${config.cli}\` on ${transport.hostLabel}: ${errorMessage(error)}`,
    );
  });
  if (listed.exitCode !== 0) {
    throw new PikaciError(
      `listing Incus images in project \`${config.project}\` on ${transport.hostLabel} failed (${describeExit(listed)}): ${listed.stderr.trim()}`,
    );
  }
  let images: Array<{ fingerprint?: unknown; aliases?: Array<{ name?: unknown }> }>;
  try {
    images = JSON.parse(listed.stdout) as typeof images;
  } catch (error) {
    throw new PikaciError(`decode the Incus image list from ${transport.hostLabel}: ${errorMessage(error)}`);
  }
  const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
  const fingerprint = matching.length === 1 ? matching[0]!.fingerprint : undefined;
  if (typeof fingerprint !== 'string' || fingerprint === '') {
    throw new PikaciError(
      `Incus image \`${config.image}\` ${matching.length === 0 ? 'is not available' : 'is ambiguous'} in project \`${config.project}\` on ${transport.hostLabel}`,
    );
  }
  return {
    cli: config.cli,
    project: config.project,
    profiles: config.profiles,
    image: config.image,
    fingerprint,
    instance_type: config.instance_type,
    storage_pool: config.storage_pool ?? null,
    limits: config.limits,
  };
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
