/**
 * The jobs of the current workflow run (`GET /repos/{o}/{r}/actions/runs/{id}/jobs?filter=latest`):
 * the only place a later job can read each matrix leg's own conclusion, since `needs.<job>.result`
 * folds every leg into one value. `filter=latest` keeps the newest attempt of each re-run job.
 */
import { octokitFor, restError, splitRepository, type RestTarget } from './rest.js';

export interface WorkflowJob {
  name: string;
  /** `queued`, `in_progress`, `completed`, … */
  status: string;
  /** `success`, `failure`, `cancelled`, `skipped`, … ; null while the job runs. */
  conclusion: string | null;
  html_url: string | null;
  run_attempt: number | null;
  /** When the job started and finished (RFC 3339); null before it starts / while it runs. */
  started_at: string | null;
  completed_at: string | null;
}

export async function listWorkflowRunJobs(target: RestTarget, runId: number): Promise<WorkflowJob[]> {
  const { owner, repo } = splitRepository(target.repository);
  const octokit = await octokitFor(target);
  try {
    const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
      owner,
      repo,
      run_id: runId,
      filter: 'latest',
      per_page: 100,
    });
    return jobs.map((job) => ({
      name: job.name,
      status: job.status,
      conclusion: job.conclusion ?? null,
      html_url: job.html_url ?? null,
      run_attempt: job.run_attempt ?? null,
      started_at: job.started_at ?? null,
      completed_at: job.completed_at ?? null,
    }));
  } catch (error) {
    throw restError(
      `listing the jobs of workflow run ${runId} in ${target.repository}`,
      error,
      'the token needs `actions: read`',
    );
  }
}
