/** Prepare nodes: staged payloads built with Nix. */
export { nixPrepareHandlers, nixBuildOptionsFromEnv, type NixBuildOptions } from './nix.js';
