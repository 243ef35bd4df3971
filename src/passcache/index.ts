/**
 * The pass cache: skip a lane whose exact inputs already passed (README "Skipping lanes that already
 * passed"). The key (`key.ts`, `identity.ts`, `lane.ts`), the records (`record.ts`), the state
 * root's own index (`local-index.ts`). The GitHub Actions cache store (`github-cache.ts`) is imported
 * on its own by the action, so the CLI does not load `@actions/cache`.
 */
export {
  canonicalJson,
  explainPassKey,
  passKey,
  COMPONENT_NAMES,
  MAX_KEY_LENGTH,
  PASS_KEY_FORMAT,
  PASS_KEY_PREFIX,
  type ActionIdentity,
  type ComponentName,
  type ImageDigests,
  type RuntimePartIdentity,
  type KeyComponent,
  type PassKey,
  type PassKeyInputs,
  type PlacementIdentity,
  type RuntimeIdentity,
} from './key.js';
export { actionIdentity, runnerIdentity, runtimeIdentity, type RuntimeIdentityRequest } from './identity.js';
export { lanePassKey, type LanePassKey, type LanePassKeyRequest } from './lane.js';
export {
  alreadyPassedMessage,
  markRan,
  recordAlreadyPassed,
  verifyProof,
  type AlreadyPassedRequest,
  type PassProof,
  type ProofCheck,
} from './record.js';
export { lookupLocalPass, passesDir, prunePasses, saveLocalPass, type LocalLookup } from './local-index.js';
export { runSkippingLocalPasses, type LocalPassRunRequest } from './local-run.js';

/** The GitHub Actions cache store, loaded on demand (it brings `@actions/cache`). */
export function githubPassCache(): Promise<typeof import('./github-cache.js')> {
  return import('./github-cache.js');
}
export type { CacheLookup, PassMarker, SaveOutcome, SaveTrust } from './github-cache.js';
