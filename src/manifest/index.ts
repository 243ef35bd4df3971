/** The lane manifest (`ci/forge-lanes.toml`): load, validate, normalize. */
export {
  allLanes,
  findLane,
  loadManifest,
  parseManifest,
  type Manifest,
  type ManifestOptions,
} from './load.js';
export { DEFAULT_RUNS_ON } from './constants.js';
