/**
 * A repository's catalog and lane manifest, loaded one way for the CLI and the action alike
 * (`loadSources`), and what a run is made of (`loadRunSources`). Importing this module loads neither
 * the catalog's nor the orchestration's dependencies: its functions import them when called.
 */
export {
  DEFAULT_MANIFEST,
  loadLaneSources,
  loadSourceCatalog,
  loadSourceCatalogIds,
  loadSources,
  requireManifest,
  type LaneSources,
  type SourceRequest,
  type Sources,
} from './load.js';
export { loadRunSources, type RunSources } from './run.js';
