/**
 * The one loader of a repository's catalog and lane manifest, for `pikaci plan`, `run` (and
 * `--affected`), `rerun`, `targets`, `lanes` and the action's `run`; the action's `plan` takes its
 * catalog from here too (README "Lane manifest and catalog"): the repository root, the catalog
 * (`--catalog`, else `ci/pikaci-catalog.toml`, else the bundled one), the manifest (`--manifest`,
 * else `DEFAULT_MANIFEST` in the repository) and the catalog bound to it.
 *
 * What it loads is imported when it is asked for: the CLI names `DEFAULT_MANIFEST` in its help
 * without loading the catalog's and the manifest's dependencies.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Catalog, CatalogIds, CatalogLocation } from '../catalog/index.js';
import type { Manifest } from '../manifest/index.js';
import type { Lane } from '../model/index.js';
import { InputError } from '../util/index.js';

/** Where a repository keeps its lane manifest, relative to its root (README "Lane manifest and catalog"). */
export const DEFAULT_MANIFEST = 'ci/forge-lanes.toml';

export interface SourceRequest {
  /** `--catalog`, as given (relative to the working directory); absent or empty: see `resolveCatalogPath`. */
  catalog?: string | undefined;
  /** `--manifest`, relative to the working directory; absent: `DEFAULT_MANIFEST` in the repository. */
  manifest?: string | undefined;
  /** The repository; absent: the git top level of the working directory (the directory outside git). */
  repoRoot?: string | undefined;
  /**
   * `required`: no manifest is an error, raised before the catalog is read. `optional`: without one
   * there are no lanes. A `--manifest` that does not exist is an error either way.
   */
  manifestNeed: 'required' | 'optional';
  /** The caller's option that picks another repository (`--repo DIR`), named in the missing-manifest hint. */
  repoOption?: string;
}

/** What a plan reads (`loadLaneSources`): the repository, the manifest and its lanes. */
export interface LaneSources {
  repoRoot: string;
  catalogSource: CatalogLocation['source'];
  manifest: Manifest | null;
  /** The manifest file read, or the one looked for when there is none (absolute). */
  manifestFile: string;
  /** The manifest's path relative to the repository with `/`, as a changed file spells it; null without one. */
  manifestRelative: string | null;
  /** Every lane of the manifest (branch, then nightly); none without a manifest. */
  lanes: Lane[];
}

export interface Sources extends LaneSources {
  /** The catalog, bound to the manifest when one was loaded. */
  catalog: Catalog;
}

export async function loadSources(request: SourceRequest): Promise<Sources> {
  const { repoRoot, manifestFile, present } = await locate(request);
  const { catalog, source } = await loadSourceCatalog({ catalog: request.catalog, repoRoot });
  const base = { repoRoot, catalogSource: source, manifestFile };
  if (!present) return { ...base, catalog, manifest: null, manifestRelative: null, lanes: [] };
  const { bindManifest, manifestOptionsFor } = await import('../catalog/index.js');
  const lanes = await loadLanes(repoRoot, manifestFile, manifestOptionsFor(catalog));
  return { ...base, ...lanes, catalog: bindManifest(catalog, lanes.manifest) };
}

/**
 * The manifest and its lanes, checked against the catalog's target ids only (`loadSourceCatalogIds`):
 * what `pikaci plan` reads, as the action's plan step does. Staged targets are not bound: plan rules
 * read lanes only.
 */
export async function loadLaneSources(request: SourceRequest): Promise<LaneSources> {
  const { repoRoot, manifestFile, present } = await locate(request);
  const { ids, source } = await loadSourceCatalogIds({ catalog: request.catalog, repoRoot });
  const base = { repoRoot, catalogSource: source, manifestFile };
  if (!present) return { ...base, manifest: null, manifestRelative: null, lanes: [] };
  return { ...base, ...(await loadLanes(repoRoot, manifestFile, ids)) };
}

/** The repository and the manifest file; a missing one is an error where the request says so. */
async function locate(
  request: SourceRequest,
): Promise<{ repoRoot: string; manifestFile: string; present: boolean }> {
  const repoRoot = request.repoRoot ?? (await (await import('../git/index.js')).repoRoot());
  const manifestFile =
    request.manifest !== undefined ? resolve(request.manifest) : join(repoRoot, DEFAULT_MANIFEST);
  const present = existsSync(manifestFile);
  if (!present && (request.manifest !== undefined || request.manifestNeed === 'required')) {
    throw missingManifest(manifestFile, request.repoOption);
  }
  return { repoRoot, manifestFile, present };
}

async function loadLanes(
  repoRoot: string,
  manifestFile: string,
  ids: CatalogIds,
): Promise<{ manifest: Manifest; manifestRelative: string; lanes: Lane[] }> {
  const { allLanes, loadManifest } = await import('../manifest/index.js');
  const manifest = await loadManifest(manifestFile, ids);
  return {
    manifest,
    manifestRelative: relative(repoRoot, manifestFile).split(sep).join('/'),
    lanes: allLanes(manifest),
  };
}

/**
 * The catalog alone: `catalog` (as given), else the repository's `ci/pikaci-catalog.toml`, else the
 * bundled one (`resolveCatalogPath`). The action's `plan` reads its manifest itself (from the
 * workspace, or the base revision for `pull_request_target`) and its catalog here.
 */
export async function loadSourceCatalog(request: {
  catalog?: string | undefined;
  repoRoot: string;
}): Promise<{ catalog: Catalog; source: CatalogLocation['source'] }> {
  const { loadCatalog, resolveCatalogPath } = await import('../catalog/index.js');
  const location = resolveCatalogPath({ flag: request.catalog, repoRoot: request.repoRoot });
  return { catalog: await loadCatalog(location.path), source: location.source };
}

/**
 * The catalog's target ids alone, which is all a plan needs: from the bundled catalog's build-time
 * index while it matches, else by loading the catalog (src/catalog/ids.ts). The catalog is found as
 * `loadSourceCatalog` finds it.
 */
export async function loadSourceCatalogIds(request: {
  catalog?: string | undefined;
  repoRoot: string;
}): Promise<{ ids: CatalogIds; source: CatalogLocation['source'] }> {
  // The catalog's light entry, not its index: the index loads the catalog schemas.
  const { loadCatalogIds, resolveCatalogPath } = await import('../catalog/ids.js');
  const location = resolveCatalogPath({ flag: request.catalog, repoRoot: request.repoRoot });
  return { ids: await loadCatalogIds(location), source: location.source };
}

/** The manifest of `sources`, which a caller that loaded them with `manifestNeed: 'optional'` now needs. */
export function requireManifest(sources: LaneSources, repoOption?: string): Manifest {
  if (sources.manifest === null) throw missingManifest(sources.manifestFile, repoOption);
  return sources.manifest;
}

function missingManifest(file: string, repoOption: string | undefined): InputError {
  return new InputError(`lane manifest \`${file}\` does not exist`, {
    where: '--manifest',
    hint: `pass --manifest PATH, or run in a repository that has ${DEFAULT_MANIFEST}${repoOption ? ` (${repoOption})` : ''}`,
  });
}
