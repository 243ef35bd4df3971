/**
 * What a run is made of, for the CLI and the action alike: the repository root, the state root,
 * the catalog with the manifest bound to it, and a `run` that executes jobs against them.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { bindManifest, loadCatalog, manifestOptionsFor, resolveCatalogPath } from '../catalog/index.js';
import { allLanes, loadManifest } from '../manifest/index.js';
import type { Lane } from '../model/index.js';
import { nixBuildOptionsFromEnv, nixPrepareHandlers } from '../prepare/index.js';
import { repoRoot as findRepoRoot, resolveStateRoot, type RunRecord } from '../records/index.js';
import { runJobs, type RunOptions, type RunnableSources } from '../run/index.js';

export const DEFAULT_MANIFEST = join('ci', 'forge-lanes.toml');

export interface RunSources {
  repoRoot: string;
  stateRoot: string;
  runnable: RunnableSources;
  /** The manifest path relative to the repository root, as it appears in a diff. */
  manifestRelative: string | null;
  /** Whether runs snapshot the working tree (local edits, untracked files) or HEAD only (`CI=true`). */
  includeLocalChanges: boolean;
  run(options: Omit<RunOptions, 'stateRoot' | 'sourceRoot'>): Promise<RunRecord>;
}

export async function loadRunSources(flags: {
  catalog?: string | undefined;
  manifest?: string | undefined;
  stateRoot?: string | undefined;
}): Promise<RunSources> {
  const repoRoot = await findRepoRoot();
  const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
  const catalogPath = resolveCatalogPath({ flag: flags.catalog, repoRoot }).path;
  let catalog = await loadCatalog(catalogPath);
  const defaultManifest = join(repoRoot, DEFAULT_MANIFEST);
  const manifestPath =
    flags.manifest !== undefined
      ? resolve(flags.manifest)
      : existsSync(defaultManifest)
        ? defaultManifest
        : null;
  let lanes: Lane[] = [];
  if (manifestPath !== null) {
    const manifest = await loadManifest(manifestPath, manifestOptionsFor(catalog));
    catalog = bindManifest(catalog, manifest);
    lanes = allLanes(manifest);
  }
  const includeLocalChanges = process.env['CI'] !== 'true';
  return {
    repoRoot,
    stateRoot,
    runnable: { targets: catalog.targets, lanes, catalogPath, manifestPath },
    manifestRelative: manifestPath === null ? null : relative(repoRoot, manifestPath),
    includeLocalChanges,
    run: (options) =>
      runJobs({
        ...options,
        stateRoot,
        sourceRoot: repoRoot,
        includeLocalChanges: options.includeLocalChanges ?? includeLocalChanges,
        prepare: nixPrepareHandlers(nixBuildOptionsFromEnv()),
      }),
  };
}
