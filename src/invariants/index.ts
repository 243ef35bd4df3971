/** Project invariants: human statements in `invariants/invariants.toml`, each backed by a mechanical check. */
export {
  INVARIANTS_PATH,
  loadInvariants,
  renderInvariants,
  runInvariants,
  type Invariant,
  type InvariantResult,
  type InvariantsFile,
  type InvariantsReport,
  type RunInvariantsOptions,
} from './run.js';
export {
  CHECKS,
  ID_HEURISTICS,
  JOBSPEC_KEYS,
  type Check,
  type CheckContext,
  type CheckResult,
} from './checks.js';
