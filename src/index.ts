/** The library's public API. Each concern exports its face from its own folder's index. */
export * from './model/index.js';
export * from './transport/index.js';
export * from './guest/index.js';
export { PikaciError, InputError } from './util/errors.js';
export { shellQuote, shellJoin } from './util/shell.js';
export * from './manifest/index.js';
export * from './catalog/index.js';
export {
  formatKeyPath,
  locateToml,
  parseToml,
  parseTomlFile,
  TomlValidationError,
  type KeyPath,
  type TomlDocument,
  type TomlIssue,
  type TomlLocator,
} from './toml/index.js';
export {
  CHECKS as INVARIANT_CHECKS,
  loadInvariants,
  renderInvariants,
  runInvariants,
  type InvariantResult,
  type InvariantsReport,
} from './invariants/index.js';
export * from './records/index.js';
export * from './run/index.js';
export * from './runtime/index.js';
export * from './match/index.js';
export * from './git/index.js';
export * from './select/index.js';
export * from './snapshot/index.js';
