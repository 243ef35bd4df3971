/** The target catalog: TOML data under `catalog/` (or a repository's own), validated into TargetSpecs. */
export {
  loadCatalog,
  parseCatalog,
  type Catalog,
  type CatalogOptions,
  type StagedTargetConfig,
} from './load.js';
export { bindManifest, manifestOptionsFor, resolveTarget } from './bind.js';
export { defaultCatalogPath, REPO_CATALOG_PATH, resolveCatalogPath, type CatalogLocation } from './paths.js';
export { catalogIndexPath, catalogIndexText, loadCatalogIds, type CatalogIds } from './ids.js';
