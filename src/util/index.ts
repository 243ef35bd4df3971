/**
 * Small shared helpers: typed errors, exhaustiveness, settling parallel work, shell quoting, secret
 * redaction, HTML escaping.
 * `dirname-shim.ts` is not here: the bundled entries import it by itself, first (docs/design.md,
 * Bundling notes).
 */
export { allSettledOrThrow } from './all-settled.js';
export { assertNever } from './assert-never.js';
export {
  closest,
  describeSystemError,
  didYouMean,
  errorMessage,
  InputError,
  isSystemError,
  PikaciError,
  withContext,
} from './errors.js';
export type { ErrorDetails } from './errors.js';
export { escapeHtml } from './html.js';
export {
  addSecret,
  clearSecrets,
  hasSecrets,
  MIN_SECRET_LENGTH,
  REDACTED,
  redactDeep,
  redactFile,
  redactText,
  streamRedactor,
} from './redact.js';
export type { StreamRedactor } from './redact.js';
export { shellJoin, shellQuote } from './shell.js';
