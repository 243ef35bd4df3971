/**
 * The catalog's target ids, which is all a plan needs from it (a lane may name a target; a staged
 * lane must name a staged one). For the catalog shipped with the action, `scripts/build-dist.mjs`
 * writes them next to the bundled copy at build time (`pika.ids.json` beside `pika.toml`), so a plan
 * does not parse and validate the whole catalog only to learn them. The index records the SHA-256 of
 * the catalog it was made from and is used only when the catalog's bytes still have that hash;
 * otherwise — and for every catalog not shipped with the action — the catalog is loaded in full,
 * with all its checks and error messages.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Catalog } from './load.js';
import type { CatalogLocation } from './paths.js';

// The plan path imports this module, not the folder's index (which loads the catalog schemas):
// everything it needs from the catalog is here.
export { resolveCatalogPath, type CatalogLocation } from './paths.js';

/** What `loadManifest` needs from a catalog (`manifestOptionsFor`). */
export interface CatalogIds {
  knownTargets: ReadonlySet<string>;
  stagedTargets: ReadonlySet<string>;
  catalogPath: string;
}

const INDEX_SCHEMA_VERSION = 1;

interface CatalogIndex {
  schema_version: typeof INDEX_SCHEMA_VERSION;
  /** SHA-256 (hex) of the catalog file's bytes. */
  catalog_sha256: string;
  targets: string[];
  staged_targets: string[];
}

/** `…/pika.toml` → `…/pika.ids.json`. Pure. */
export function catalogIndexPath(catalogPath: string): string {
  return `${catalogPath.replace(/\.toml$/, '')}.ids.json`;
}

/** The index file's text for a loaded catalog and the bytes it was loaded from. Pure. */
export function catalogIndexText(catalog: Catalog, bytes: Uint8Array): string {
  const index: CatalogIndex = {
    schema_version: INDEX_SCHEMA_VERSION,
    catalog_sha256: sha256(bytes),
    targets: [...catalog.targets.keys()],
    staged_targets: [...catalog.stagedTargets.keys()],
  };
  return `${JSON.stringify(index, null, 2)}\n`;
}

/**
 * The target ids of the catalog at `location`: from the build-time index when it is the bundled
 * catalog and the index matches its bytes, else by loading the catalog (which reports any error).
 */
export async function loadCatalogIds(location: CatalogLocation): Promise<CatalogIds> {
  if (location.source === 'bundled') {
    const indexed = readIndex(location.path);
    if (indexed !== undefined) return indexed;
  }
  const { loadCatalog } = await import('./load.js');
  const { manifestOptionsFor } = await import('./bind.js');
  return manifestOptionsFor(await loadCatalog(location.path));
}

function readIndex(catalogPath: string): CatalogIds | undefined {
  let catalog: Buffer;
  let index: unknown;
  try {
    catalog = readFileSync(catalogPath);
    index = JSON.parse(readFileSync(catalogIndexPath(catalogPath), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isIndex(index) || index.catalog_sha256 !== sha256(catalog)) return undefined;
  return {
    knownTargets: new Set(index.targets),
    stagedTargets: new Set(index.staged_targets),
    catalogPath,
  };
}

function isIndex(value: unknown): value is CatalogIndex {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Partial<Record<keyof CatalogIndex, unknown>>;
  const strings = (list: unknown): boolean =>
    Array.isArray(list) && list.every((item) => typeof item === 'string');
  return (
    index.schema_version === INDEX_SCHEMA_VERSION &&
    typeof index.catalog_sha256 === 'string' &&
    strings(index.targets) &&
    strings(index.staged_targets)
  );
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
