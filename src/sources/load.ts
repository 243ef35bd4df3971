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
import type { Catalog, CatalogLocation } from '../catalog/index.js';
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
  /**
   * Bind staged targets to the branch lanes that carry their filters (`bindManifest`); default true.
   * `pikaci plan` passes false: it applies the action's plan rules, which read lanes only.
   */
  bind?: boolean;
  /** The caller's option that picks another repository (`--repo DIR`), named in the missing-manifest hint. */
  repoOption?: string;
}

export interface Sources {
  repoRoot: string;
  /** The catalog, bound to the manifest when one was loaded (unless `bind: false`). */
  catalog: Catalog;
  catalogSource: CatalogLocation['source'];
  manifest: Manifest | null;
  /** The manifest file read, or the one looked for when there is none (absolute). */
  manifestFile: string;
  /** The manifest's path relative to the repository with `/`, as a changed file spells it; null without one. */
  manifestRelative: string | null;
  /** Every lane of the manifest (branch, then nightly); none without a manifest. */
  lanes: Lane[];
}

export async function loadSources(request: SourceRequest): Promise<Sources> {
  const repoRoot = request.repoRoot ?? (await (await import('../git/index.js')).repoRoot());
  const manifestFile =
    request.manifest !== undefined ? resolve(request.manifest) : join(repoRoot, DEFAULT_MANIFEST);
  const present = existsSync(manifestFile);
  if (!present && (request.manifest !== undefined || request.manifestNeed === 'required')) {
    throw missingManifest(manifestFile, request.repoOption);
  }
  const { catalog, source } = await loadSourceCatalog({ catalog: request.catalog, repoRoot });
  const base = { repoRoot, catalogSource: source, manifestFile };
  if (!present) return { ...base, catalog, manifest: null, manifestRelative: null, lanes: [] };
  const { bindManifest, manifestOptionsFor } = await import('../catalog/index.js');
  const { allLanes, loadManifest } = await import('../manifest/index.js');
  const manifest = await loadManifest(manifestFile, manifestOptionsFor(catalog));
  return {
    ...base,
    catalog: request.bind === false ? catalog : bindManifest(catalog, manifest),
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

/** The manifest of `sources`, which a caller that loaded them with `manifestNeed: 'optional'` now needs. */
export function requireManifest(sources: Sources, repoOption?: string): Manifest {
  if (sources.manifest === null) throw missingManifest(sources.manifestFile, repoOption);
  return sources.manifest;
}

function missingManifest(file: string, repoOption: string | undefined): InputError {
  return new InputError(`lane manifest \`${file}\` does not exist`, {
    where: '--manifest',
    hint: `pass --manifest PATH, or run in a repository that has ${DEFAULT_MANIFEST}${repoOption ? ` (${repoOption})` : ''}`,
  });
}
