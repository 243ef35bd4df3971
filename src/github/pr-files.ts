/**
 * The PR files REST endpoint (`GET /repos/{owner}/{repo}/pulls/{n}/files`), the stand-in for git
 * history a shallow checkout lacks. GitHub returns at most 3000 files for a PR.
 */
import { PikaciError } from '../util/index.js';

/** The endpoint's documented cap: a PR with more files lists only the first 3000. */
export const PR_FILES_API_CAP = 3000;

export interface PullRequestFilesRequest {
  token: string;
  /** `owner/name`, as in `GITHUB_REPOSITORY`. */
  repository: string;
  number: number;
  /** REST base URL (`GITHUB_API_URL`); GitHub's when null. */
  apiUrl: string | null;
}

export interface PullRequestFiles {
  /** Every path the PR touches: new names and, for renames, the old names too. */
  files: string[];
  /** Number of file entries the API returned. */
  entries: number;
  /** True when the list reached the API cap, so files beyond it are unknown. */
  truncated: boolean;
}

export async function listPullRequestFiles(request: PullRequestFilesRequest): Promise<PullRequestFiles> {
  const [owner, repo, ...rest] = request.repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new PikaciError(
      `GITHUB_REPOSITORY must be \`owner/name\`, got ${JSON.stringify(request.repository)}`,
    );
  }
  // Imported here, not at the top: @actions/github parses GITHUB_EVENT_PATH on import and costs
  // start-up time that the git path does not need.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(request.token, request.apiUrl ? { baseUrl: request.apiUrl } : {});
  const files: string[] = [];
  let entries = 0;
  try {
    const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: request.number,
      per_page: 100,
    });
    for await (const page of pages) {
      for (const entry of page.data) {
        entries++;
        files.push(entry.filename);
        if (entry.previous_filename) files.push(entry.previous_filename);
      }
    }
  } catch (error) {
    throw new PikaciError(
      `listing the files of PR #${request.number} in ${request.repository} failed: ${(error as Error).message}`,
      {
        hint: 'the token needs `pull-requests: read` (and `contents: read`); or check out with `fetch-depth: 0`',
        cause: error,
      },
    );
  }
  return { files, entries, truncated: entries >= PR_FILES_API_CAP };
}
