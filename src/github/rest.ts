/**
 * What every REST call here needs: a token, the `owner/name` repository and the API base URL
 * (`GITHUB_API_URL`, for GHES or a test stand-in). Octokit is imported lazily: @actions/github
 * reads the event file on import and costs start-up time the git-only paths do not need.
 */
import { InputError, PikaciError } from '../util/index.js';

export interface RestTarget {
  token: string;
  /** `owner/name`, as in `GITHUB_REPOSITORY`. */
  repository: string;
  /** REST base URL; GitHub's (`https://api.github.com`) when null. */
  apiUrl: string | null;
}

export const DEFAULT_API_URL = 'https://api.github.com';

export function splitRepository(
  repository: string,
  where = 'GITHUB_REPOSITORY',
): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new InputError(`${where} must be \`owner/name\`, got ${JSON.stringify(repository)}`, { where });
  }
  return { owner, repo };
}

export async function octokitFor(target: RestTarget) {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(target.token, target.apiUrl ? { baseUrl: target.apiUrl } : {});
}

/** The HTTP status of an Octokit `RequestError`, else null. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** Wrap a failed REST call: what was attempted, the status, and what usually fixes it. */
export function restError(what: string, error: unknown, hint: string): PikaciError {
  const status = httpStatus(error);
  return new PikaciError(
    `${what} failed${status === null ? '' : ` (HTTP ${status})`}: ${(error as Error).message}`,
    {
      hint,
      cause: error,
    },
  );
}
