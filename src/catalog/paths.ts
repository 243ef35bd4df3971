/** Where the catalog comes from: `--catalog`, else the repository's own, else the one shipped with the action. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A repository that keeps its own catalog puts it here. */
export const REPO_CATALOG_PATH = 'ci/pikaci-catalog.toml';

/**
 * The Pika catalog shipped with the action. Unbundled — `src/catalog/*.ts` (tests, tsx) and
 * `lib/catalog/*.js` (the library build) — the module sits two directories below the package root,
 * so this is a file URL to `catalog/pika.toml`. In the `dist/` bundles ncc recognises the expression,
 * copies the catalog next to the bundle (`dist/cli/pika.toml`, `dist/action/pika.toml`) and replaces
 * the expression with that copy's plain path, so a bundle never depends on files outside it.
 */
export function defaultCatalogPath(): string {
  const located: URL | string = new URL('../../catalog/pika.toml', import.meta.url);
  return typeof located === 'string' ? located : fileURLToPath(located);
}

export interface CatalogLocation {
  path: string;
  source: 'flag' | 'repository' | 'bundled';
}

export function resolveCatalogPath(options: {
  flag?: string | undefined;
  repoRoot: string;
}): CatalogLocation {
  if (options.flag !== undefined && options.flag !== '') return { path: options.flag, source: 'flag' };
  const repoCatalog = join(options.repoRoot, REPO_CATALOG_PATH);
  if (existsSync(repoCatalog)) return { path: repoCatalog, source: 'repository' };
  return { path: defaultCatalogPath(), source: 'bundled' };
}
