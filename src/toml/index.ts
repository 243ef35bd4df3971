/** TOML files with positions: parse, locate key paths, validate with zod and report file:line: key.path. */
export { decodeUtf8, parseToml, parseTomlFile, type TomlDocument } from './parse.js';
export { formatKeyPath, locateToml, type KeyPath, type TomlLocator } from './locator.js';
export {
  addZodIssues,
  formatIssue,
  IssueCollector,
  isRecord,
  objectKeysAt,
  TomlValidationError,
  unknownKeyMessage,
  validate,
  type TomlIssue,
} from './validate.js';
