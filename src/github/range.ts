/**
 * The event table: which commits to diff for an event, or which rule picks the lanes when there is
 * nothing to diff. Pure; the git and API work that realises a range lives with the caller.
 */
import type { LaneGroup } from '../model/index.js';
import { InputError } from '../util/index.js';
import { ZERO_SHA, type GithubEvent, type PullRequestRef } from './event.js';

/** Which lanes a rule selects: every lane of the group, or the named ones. */
export type LaneRequest = { kind: 'all' } | { kind: 'ids'; ids: readonly string[] };

export type DiffRange =
  | {
      kind: 'diff';
      /**
       * `merge-base`: diff from the merge base of `base` and `head` (a PR: only the PR's own changes,
       * whatever was merged into the base branch meanwhile). `two-dot`: diff `base` against `head`.
       */
      compare: 'merge-base' | 'two-dot';
      base: string;
      head: string;
      /** Read the manifest from this commit instead of the workspace (pull_request_target: the base). */
      manifestRevision: string | null;
      /** The PR, when the REST API can stand in for missing history. */
      pullRequest: PullRequestRef | null;
    }
  | {
      kind: 'rule';
      group: LaneGroup;
      lanes: LaneRequest;
      /** Why no diff decides: shown for every lane in the plan. */
      reason: string;
      head: string | null;
    };

export interface RangeOptions {
  /** The `group` input: plan this group instead of the event's own (null: branch, nightly on schedule). */
  group: LaneGroup | null;
  /** The `lanes` input, parsed: used on workflow_dispatch. */
  lanes: LaneRequest;
}

export function resolveDiffRange(event: GithubEvent, options: RangeOptions): DiffRange {
  if (options.group === 'nightly' && event.kind !== 'workflow_dispatch') {
    return rule('nightly', { kind: 'all' }, `\`group: nightly\` on ${event.name}: every nightly lane`);
  }
  switch (event.kind) {
    case 'pull_request': {
      const pr = event.pullRequest;
      return {
        kind: 'diff',
        compare: 'merge-base',
        base: pr.baseSha,
        head: pr.headSha,
        // pull_request_target runs with the base repository's secrets: the PR must not choose its lanes.
        manifestRevision: event.name === 'pull_request_target' ? pr.baseSha : null,
        pullRequest: pr,
      };
    }
    case 'push':
      if (event.before === ZERO_SHA) {
        return rule(
          'branch',
          { kind: 'all' },
          `push created ${event.ref ?? 'the branch'} (\`before\` is the zero SHA): nothing to diff, every branch lane`,
          event.after,
        );
      }
      if (event.forced) {
        return rule(
          'branch',
          { kind: 'all' },
          `force push to ${event.ref ?? 'the branch'}: \`before\` ${short(event.before)} is not in the new history, every branch lane`,
          event.after,
        );
      }
      return {
        kind: 'diff',
        compare: 'two-dot',
        base: event.before,
        head: event.after,
        manifestRevision: null,
        pullRequest: null,
      };
    case 'merge_group':
      return {
        kind: 'diff',
        compare: 'two-dot',
        base: event.baseSha,
        head: event.headSha,
        manifestRevision: null,
        pullRequest: null,
      };
    case 'schedule':
      return options.group === 'branch'
        ? rule('branch', { kind: 'all' }, 'schedule with `group: branch`: nothing to diff, every branch lane')
        : rule('nightly', { kind: 'all' }, 'schedule: every nightly lane');
    case 'workflow_dispatch': {
      const group = options.group ?? 'branch';
      return options.lanes.kind === 'all'
        ? rule(group, options.lanes, `workflow_dispatch: every ${group} lane`)
        : rule(group, options.lanes, 'workflow_dispatch: named in the `lanes` input');
    }
    case 'other':
      return rule(
        'branch',
        { kind: 'all' },
        `event \`${event.name}\` carries no diff range: every branch lane`,
      );
  }
}

/** Parse the `lanes` input: empty or `all` ⇒ every lane, else comma/whitespace-separated ids. */
export function parseLaneRequest(input: string): LaneRequest {
  const ids = input
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  if (ids.length === 0 || (ids.length === 1 && ids[0] === 'all')) return { kind: 'all' };
  if (ids.includes('all')) {
    throw new InputError(`\`lanes\` input mixes \`all\` with lane ids: ${JSON.stringify(input)}`, {
      where: 'input `lanes`',
      hint: 'give either `all` or a comma-separated list of lane ids',
    });
  }
  return { kind: 'ids', ids: [...new Set(ids)] };
}

/** Parse the `group` input: empty ⇒ the event decides. */
export function parseGroupInput(input: string): LaneGroup | null {
  const value = input.trim();
  if (value === '') return null;
  if (value === 'branch' || value === 'nightly') return value;
  throw new InputError(
    `\`group\` input must be \`branch\`, \`nightly\` or empty, got ${JSON.stringify(value)}`,
    {
      where: 'input `group`',
    },
  );
}

function rule(group: LaneGroup, lanes: LaneRequest, reason: string, head: string | null = null): DiffRange {
  return { kind: 'rule', group, lanes, reason, head };
}

export function short(commit: string): string {
  return commit.slice(0, 12);
}
