/** The GitHub side: the workflow event, its diff range, and the REST endpoints the action and CLI use. */
export { parseEvent, readEvent, ZERO_SHA } from './event.js';
export type { GithubEvent, PullRequestRef } from './event.js';
export { resolveDiffRange, parseLaneRequest, parseGroupInput, short } from './range.js';
export type { DiffRange, LaneRequest, RangeOptions } from './range.js';
export { listPullRequestFiles, PR_FILES_API_CAP } from './pr-files.js';
export type { PullRequestFiles, PullRequestFilesRequest } from './pr-files.js';
export { DEFAULT_API_URL, splitRepository, type RestTarget } from './rest.js';
export { listWorkflowRunJobs, type WorkflowJob } from './jobs.js';
export { createCompletedCheckRun, type CompletedCheckRun } from './checks.js';
export {
  listRunArtifacts,
  downloadArtifactZip,
  type RunArtifact,
  type DownloadProgress,
} from './artifacts.js';
import type { DownloadedRun, DownloadRunsOptions } from './download-runs.js';
export type { DownloadRunsOptions, DownloadedRun } from './download-runs.js';

/**
 * Download runs' artifacts into a state root (`pikaci download`). Loaded on use: it writes run
 * records, whose module brings the record schemas, and the plan path must not load them
 * (docs/design.md "Bundling notes").
 */
export async function downloadRuns(options: DownloadRunsOptions): Promise<DownloadedRun[]> {
  return (await import('./download-runs.js')).downloadRuns(options);
}
