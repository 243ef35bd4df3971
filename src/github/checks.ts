/**
 * Completed check runs (`POST /repos/{o}/{r}/check-runs`), used for the per-lane `skipped` checks.
 * Fork PRs get a read-only token, so callers treat a failure here as a warning.
 */
import { octokitFor, restError, splitRepository, type RestTarget } from './rest.js';

export interface CompletedCheckRun {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral' | 'skipped';
  title: string;
  /** Markdown; GitHub keeps at most 65,535 characters. */
  summary: string;
  detailsUrl?: string;
}

const MAX_CHECK_TEXT = 65_535;

export async function createCompletedCheckRun(target: RestTarget, check: CompletedCheckRun): Promise<number> {
  const { owner, repo } = splitRepository(target.repository);
  const octokit = await octokitFor(target);
  try {
    const response = await octokit.rest.checks.create({
      owner,
      repo,
      name: check.name,
      head_sha: check.headSha,
      status: 'completed',
      conclusion: check.conclusion,
      completed_at: new Date().toISOString(),
      ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
      output: { title: check.title, summary: check.summary.slice(0, MAX_CHECK_TEXT) },
    });
    return response.data.id;
  } catch (error) {
    throw restError(
      `creating the check run \`${check.name}\` in ${target.repository}`,
      error,
      'the workflow needs `permissions: checks: write` (a fork PR gets a read-only token and cannot create check runs)',
    );
  }
}
