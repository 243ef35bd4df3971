/**
 * git, reached through one small interface: changed files between explicit revisions, history checks,
 * the repository root; and the one runner every git process of the project is started by (`run.ts`).
 */
export { createGit, changesSince, repoRoot } from './git.js';
export {
  gitEnvironment,
  runGit,
  streamGit,
  GIT_REDIRECTING_ENV,
  type GitOutput,
  type GitProcess,
  type GitRunOptions,
} from './run.js';
export type { Git, ChangesSince, GitOptions } from './git.js';
export {
  parseNameStatusZ,
  pathsOfChanges,
  parseChangedList,
  readChangedFrom,
  CHANGE_STATUSES,
} from './changes.js';
export type { FileChange, ChangeStatus, InvalidUtf8Name } from './changes.js';
