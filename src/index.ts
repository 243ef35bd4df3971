/** The library's public API. Each concern exports its face from its own folder's index. */
export * from './model/index.js';
export * from './transport/index.js';
export * from './guest/index.js';
export { PikaciError, InputError } from './util/errors.js';
export { shellQuote, shellJoin } from './util/shell.js';
