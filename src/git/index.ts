/** git, reached through one small interface: changed files between explicit revisions, history checks. */
export { createGit, changesSince } from './git.js';
export type { Git, ChangesSince, GitOptions } from './git.js';
export {
  parseNameStatusZ,
  pathsOfChanges,
  parseChangedList,
  readChangedFrom,
  CHANGE_STATUSES,
} from './changes.js';
export type { FileChange, ChangeStatus, InvalidUtf8Name } from './changes.js';
