/** The GitHub side of planning: the workflow event, its diff range, and the PR files API. */
export { parseEvent, readEvent, ZERO_SHA } from './event.js';
export type { GithubEvent, PullRequestRef } from './event.js';
export { resolveDiffRange, parseLaneRequest, parseGroupInput, short } from './range.js';
export type { DiffRange, LaneRequest, RangeOptions } from './range.js';
export { listPullRequestFiles, PR_FILES_API_CAP } from './pr-files.js';
export type { PullRequestFiles, PullRequestFilesRequest } from './pr-files.js';
