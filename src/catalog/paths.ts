/** Where the catalog comes from: `--catalog`, else the repository's own, else the one shipped with the action. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A repository that keeps its own catalog puts it here. */
export const REPO_CATALOG_PATH = 'ci/pikaci-catalog.toml';

/**
 * The Pika catalog shipped with the action. Both `src/catalog/*.ts` (tests, tsx), `lib/catalog/*.js`
 * (the library build) and the bundles `dist/cli/index.js` / `dist/action/index.js` sit two directories
 * below the package root, so one relative URL serves them all. The path is assembled at run time so
 * the bundler does not inline the file as an asset.
 */
export function defaultCatalogPath(): string {
  const relative = ['..', '..', 'catalog', 'pika.toml'].join('/');
  return fileURLToPath(new URL(relative, import.meta.url));
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
