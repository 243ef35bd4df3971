/**
 * Uploading a run as a workflow artifact. The real client (`@actions/artifact`) is imported only
 * when an upload happens. Where the service cannot work — no runtime token (a step run outside
 * Actions, some self-hosted setups) or GHES, which @actions/artifact v2+ does not support — the
 * service is `unavailable` with the reason, and the caller warns once and carries on.
 *
 * Offline option (README, `command: run`): `PIKACI_TEST_ARTIFACT_DIR` swaps in a stand-in client that
 * copies the files into `<dir>/<artifact name>/` instead of uploading, for running the bundled action
 * outside GitHub; no workflow should set it. The tests drive the real client against a simulated
 * artifact service instead.
 */
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { PikaciError } from '../util/index.js';

export interface UploadResult {
  id: number | null;
  size: number | null;
}

export interface ArtifactClient {
  uploadArtifact(
    name: string,
    files: readonly string[],
    rootDirectory: string,
    options: { retentionDays?: number },
  ): Promise<UploadResult>;
}

export type ArtifactService =
  { kind: 'available'; client: ArtifactClient; simulated: boolean } | { kind: 'unavailable'; reason: string };

export const TEST_ARTIFACT_DIR_ENV = 'PIKACI_TEST_ARTIFACT_DIR';

export function artifactService(env: NodeJS.ProcessEnv): ArtifactService {
  const simulatedDir = env[TEST_ARTIFACT_DIR_ENV];
  if (simulatedDir)
    return { kind: 'available', client: simulatedArtifactClient(simulatedDir), simulated: true };
  if (isGhes(env['GITHUB_SERVER_URL'])) {
    return {
      kind: 'unavailable',
      reason: `GitHub Enterprise Server (${env['GITHUB_SERVER_URL']}) does not support the artifact service of @actions/artifact v2+`,
    };
  }
  if (!env['ACTIONS_RUNTIME_TOKEN'] || !env['ACTIONS_RESULTS_URL']) {
    return {
      kind: 'unavailable',
      reason:
        'the artifact service is not reachable from this step (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)',
    };
  }
  return { kind: 'available', client: defaultArtifactClient(), simulated: false };
}

/** @actions/artifact's own rule: anything but github.com, *.ghe.com and *.localhost is GHES. */
export function isGhes(serverUrl: string | undefined): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  return !(host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'));
}

function defaultArtifactClient(): ArtifactClient {
  return {
    async uploadArtifact(name, files, rootDirectory, options) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const response = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory, {
        ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
      });
      return { id: response.id ?? null, size: response.size ?? null };
    },
  };
}

/** The offline stand-in (see the file comment): artifact names are unique, like the real service's 409. */
function simulatedArtifactClient(dir: string): ArtifactClient {
  return {
    async uploadArtifact(name, files, rootDirectory) {
      const dest = join(dir, name);
      if (await stat(dest).catch(() => null)) {
        throw new PikaciError(
          `(409) Conflict: an artifact with this name already exists on the workflow run: ${name}`,
        );
      }
      let size = 0;
      for (const file of files) {
        const rel = relative(rootDirectory, file);
        if (rel.startsWith(`..${sep}`)) throw new PikaciError(`${file} is not under ${rootDirectory}`);
        await mkdir(dirname(join(dest, rel)), { recursive: true });
        await copyFile(file, join(dest, rel));
        size += (await stat(file)).size;
      }
      await mkdir(dest, { recursive: true });
      return { id: (await readdir(dir)).length, size };
    },
  };
}

/** `pikaci-<lane>-<attempt>`, with the characters artifact names forbid replaced. */
export function artifactName(laneId: string, runAttempt: string): string {
  return `pikaci-${laneId}-${runAttempt}`.replace(/[":<>|*?\r\n\\/]/g, '-');
}
