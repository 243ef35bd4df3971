/**
 * `--catalog`, described once for every command that loads the sources (`loadSources`): the default
 * is `REPO_CATALOG_PATH` (`src/catalog/paths.ts`), else the catalog bundled with the action. Kept
 * apart from the catalog module so registering a command does not load the catalog's dependencies.
 */
export const CATALOG_OPTION = [
  '--catalog <path>',
  'target catalog (default: ci/pikaci-catalog.toml, else the bundled one)',
] as const;
