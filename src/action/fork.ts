/**
 * Fork PRs and self-hosted runners: a `pull_request` from a fork runs the fork's code, and on a
 * self-hosted runner that code reaches the runner's host, network and caches. Unless `allow-forks`
 * is true, the plan keeps such legs out of the matrix (a leg in the matrix would already have
 * checked the fork out on the runner before any step could refuse) and says why. Legs on
 * GitHub-hosted runners still run. Pure.
 */
import type { GithubEvent } from '../github/index.js';
import type { MatrixEntry } from '../select/index.js';

/** Labels of GitHub-hosted images; any other label (or `self-hosted`) is treated as self-hosted. */
const HOSTED_LABEL = /^(ubuntu|windows|macos)-[\w.-]+$/;

export function runsOnSelfHosted(runsOn: string | readonly string[]): boolean {
  const labels = typeof runsOn === 'string' ? [runsOn] : runsOn;
  return labels.length === 0 || labels.some((label) => label === 'self-hosted' || !HOSTED_LABEL.test(label));
}

/**
 * The fork a `pull_request` comes from, or null: same repository, other events,
 * `pull_request_target` (runs the base's code), or a payload without repository fields.
 */
export function forkOf(event: GithubEvent, repository: string): string | null {
  if (event.kind !== 'pull_request' || event.name !== 'pull_request') return null;
  const head = event.pullRequest.headRepository;
  const base = event.pullRequest.baseRepository ?? repository;
  if (head === null) return null;
  if (head === 'deleted') return '(a deleted fork)';
  return head.toLowerCase() === base.toLowerCase() ? null : head;
}

export interface BlockedLane {
  lane: string;
  title: string;
  reason: string;
}

export function applyForkPolicy(
  include: readonly MatrixEntry[],
  fork: string | null,
  allowForks: boolean,
): { include: MatrixEntry[]; blocked: BlockedLane[] } {
  if (fork === null || allowForks) return { include: [...include], blocked: [] };
  const blocked: BlockedLane[] = [];
  const kept: MatrixEntry[] = [];
  for (const entry of include) {
    if (!runsOnSelfHosted(entry.runs_on)) kept.push(entry);
    else {
      blocked.push({
        lane: entry.lane,
        title: entry.title,
        reason: `not run: this pull request comes from the fork ${fork}, and the lane runs on self-hosted runners (${JSON.stringify(entry.runs_on)}); a maintainer can run it with workflow_dispatch, or set \`allow-forks: true\` on the plan step`,
      });
    }
  }
  return { include: kept, blocked };
}
