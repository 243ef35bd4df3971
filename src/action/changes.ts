/**
 * Turns a diff range into the list of changed files: local git first, deepening a shallow clone a
 * bounded number of times, then the PR files API; when neither can tell, every lane runs and the
 * plan says why. It never silently plans from a partial diff.
 */
import type { Git } from '../git/index.js';
import type { DiffRange, PullRequestFiles, PullRequestRef } from '../github/index.js';
import { PR_FILES_API_CAP, short } from '../github/index.js';
import { errorMessage } from '../util/index.js';

/** The git operations the plan needs, on the workspace repository. */
export type HistoryGit = Pick<
  Git,
  'hasCommit' | 'mergeBase' | 'isAncestor' | 'isShallow' | 'fetchDeepen' | 'changedFiles'
>;

export interface ChangeSources {
  git: HistoryGit;
  /** Lists the PR's files through the REST API, or null when no token was given. */
  listPullRequestFiles: ((pr: PullRequestRef) => Promise<PullRequestFiles>) | null;
  info(message: string): void;
}

/** Deepening schedule for a shallow clone: a few rounds, doubling, then give up on git. */
export const DEEPEN_ROUNDS = [50, 100, 200] as const;

type DiffOnly = Extract<DiffRange, { kind: 'diff' }>;

export type ChangeSet =
  | {
      kind: 'files';
      source: 'git' | 'api';
      /** The commit diffed from: the merge base for PRs, else the range's base. */
      base: string;
      head: string;
      files: string[];
      /** One line on how the diff was obtained, for the log and summary. */
      how: string;
      warnings: string[];
    }
  | {
      kind: 'all';
      /** Why every lane runs: shown as each lane's reason. */
      reason: string;
      base: string;
      head: string;
      how: string;
      warnings: string[];
    };

/** The first look at local history, and the diff when that finds the base. */
export interface LocalProbe {
  located: Located;
  /** The changed files from `located.from` to the head, when `located` is found. */
  files: string[] | null;
}

/**
 * The first look at local history: read-only git, no logging and no network, so `plan` starts it
 * before parsing the catalog and the manifest and the git processes run meanwhile. A rejection is
 * only observed where `resolveChanges` awaits it, so error precedence is unchanged.
 */
export function probeLocalHistory(range: DiffOnly, git: HistoryGit): Promise<LocalProbe> {
  const probe = locateWithDiff(range, git);
  // Observed later by resolveChanges; until then a rejection is not "unhandled".
  probe.catch(() => undefined);
  return probe;
}

export async function resolveChanges(
  range: DiffOnly,
  sources: ChangeSources,
  probe: Promise<LocalProbe> = probeLocalHistory(range, sources.git),
): Promise<ChangeSet> {
  const warnings: string[] = [];
  const { git } = sources;

  const first = await probe;
  let located = first.located;
  let prefetched = first.files;
  let deepened = 0;
  // In a shallow clone a base that looks unrelated may only be cut off by the shallow boundary.
  if (located.kind !== 'found' && (await git.isShallow())) {
    for (const [round, depth] of DEEPEN_ROUNDS.entries()) {
      sources.info(
        `${located.why}; shallow clone: git fetch --deepen=${depth} (round ${round + 1}/${DEEPEN_ROUNDS.length})`,
      );
      try {
        await git.fetchDeepen(depth);
      } catch (error) {
        // No remote access (e.g. `persist-credentials: false`): the API or the all-lanes rule decides.
        warnings.push(`git fetch --deepen=${depth} failed: ${errorMessage(error)}`);
        break;
      }
      deepened++;
      located = await locate(range, git);
      prefetched = null;
      if (located.kind === 'found') break;
    }
  }

  switch (located.kind) {
    case 'found': {
      const files = prefetched ?? (await git.changedFiles(located.from, range.head));
      const how =
        range.compare === 'merge-base'
          ? `git diff from the merge base ${short(located.from)} of base ${short(range.base)} and head ${short(range.head)}: ${count(files.length)}`
          : `git diff ${short(range.base)}..${short(range.head)}: ${count(files.length)}`;
      return { kind: 'files', source: 'git', base: located.from, head: range.head, files, how, warnings };
    }
    case 'diverged': {
      const reason = located.why;
      warnings.push(`${reason}; planning every branch lane`);
      return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
    }
    case 'missing':
      break;
  }

  const missing =
    deepened === 0 ? located.why : `${located.why} (after ${deepened} rounds of git fetch --deepen)`;
  const pr = range.pullRequest;
  if (pr === null) {
    const reason = `${located.why}: cannot diff without history`;
    warnings.push(
      `${missing}; planning every branch lane. Check out with \`fetch-depth: 0\` to plan from the diff.`,
    );
    return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
  }
  if (sources.listPullRequestFiles === null) {
    const reason = `${located.why} and no token for the PR files API`;
    warnings.push(`${missing} and the \`token\` input is empty; planning every branch lane.`);
    return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
  }
  if (pr.changedFiles !== null && pr.changedFiles >= PR_FILES_API_CAP) {
    return tooManyFiles(range, pr, pr.changedFiles, warnings);
  }
  sources.info(`${missing}; listing the files of PR #${pr.number} through the REST API`);
  const listed = await sources.listPullRequestFiles(pr);
  if (listed.truncated) return tooManyFiles(range, pr, listed.entries, warnings);
  warnings.push(
    `${missing}; used the PR files API instead. Check out with \`fetch-depth: 0\` to diff locally.`,
  );
  return {
    kind: 'files',
    source: 'api',
    base: range.base,
    head: range.head,
    files: listed.files,
    how: `PR #${pr.number} files API (local history incomplete): ${count(listed.entries)}`,
    warnings,
  };
}

function tooManyFiles(range: DiffOnly, pr: PullRequestRef, files: number, warnings: string[]): ChangeSet {
  const reason = `PR #${pr.number} changes ${files} or more files, over the PR files API cap of ${PR_FILES_API_CAP}`;
  warnings.push(`${reason}; planning every branch lane. Check out with \`fetch-depth: 0\` to diff locally.`);
  return { kind: 'all', reason, base: range.base, head: range.head, how: `rule: ${reason}`, warnings };
}

export type Located =
  { kind: 'found'; from: string } | { kind: 'missing'; why: string } | { kind: 'diverged'; why: string };

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/**
 * `locate`, then the diff when found, in two git processes: `merge-base` (or `merge-base
 * --is-ancestor`, with the two-dot diff run alongside it) exits 0 or 1 only when both commits
 * exist, so the two existence checks `locate` starts with are needed only when it fails — and
 * then `locate` runs as is, giving the same answer or the same error as it always has.
 */
async function locateWithDiff(range: DiffOnly, git: HistoryGit): Promise<LocalProbe> {
  switch (range.compare) {
    case 'merge-base': {
      const from = await settle(git.mergeBase(range.base, range.head));
      if (!from.ok) return { located: await locate(range, git), files: null };
      if (from.value === null) return { located: noMergeBase(range), files: null };
      return {
        located: { kind: 'found', from: from.value },
        files: await git.changedFiles(from.value, range.head),
      };
    }
    case 'two-dot': {
      const [ancestor, files] = await Promise.all([
        settle(git.isAncestor(range.base, range.head)),
        settle(git.changedFiles(range.base, range.head)),
      ]);
      if (!ancestor.ok) return { located: await locate(range, git), files: null };
      if (!ancestor.value) return { located: rewritten(range), files: null };
      if (!files.ok) throw files.error;
      return { located: { kind: 'found', from: range.base }, files: files.value };
    }
  }
}

async function locate(range: DiffOnly, git: HistoryGit): Promise<Located> {
  for (const [role, commit] of [
    ['head', range.head],
    ['base', range.base],
  ] as const) {
    if (!(await git.hasCommit(commit)))
      return { kind: 'missing', why: `${role} ${short(commit)} is not in the local history` };
  }
  switch (range.compare) {
    case 'merge-base': {
      const from = await git.mergeBase(range.base, range.head);
      return from === null ? noMergeBase(range) : { kind: 'found', from };
    }
    case 'two-dot':
      return (await git.isAncestor(range.base, range.head))
        ? { kind: 'found', from: range.base }
        : rewritten(range);
  }
}

function noMergeBase(range: DiffOnly): Located {
  return {
    kind: 'missing',
    why: `no merge base of ${short(range.base)} and ${short(range.head)} in the local history`,
  };
}

/**
 * A push whose `before` is not an ancestor of `after` rewrote history even when `forced` is unset;
 * a diff between unrelated tips would plan lanes for someone else's changes.
 */
function rewritten(range: DiffOnly): Located {
  return {
    kind: 'diverged',
    why: `${short(range.base)} is not an ancestor of ${short(range.head)} (history was rewritten)`,
  };
}

function count(n: number): string {
  return n === 1 ? '1 changed file' : `${n} changed files`;
}
