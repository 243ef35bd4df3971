/** TOML files with positions: parse, locate key paths, validate with zod and report file:line: key.path. */
export { decodeUtf8, parseToml, parseTomlFile, type TomlDocument } from './parse.js';
export { formatKeyPath, locateToml, type KeyPath, type TomlLocator } from './locator.js';
export {
  formatIssue,
  IssueCollector,
  TomlValidationError,
  unknownKeyMessage,
  type TomlIssue,
} from './issues.js';
export { addZodIssues, isRecord, objectKeysAt, validate } from './validate.js';
