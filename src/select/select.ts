/**
 * Which lanes a change selects, and why (docs/design.md decisions 3 and 4). Pure: the changed files, the
 * lanes and the rule overrides come in; one row per lane of the group comes out, in manifest order.
 */
import type { Lane, LaneGroup } from '../model/index.js';
import { assertNever } from '../util/index.js';
import { compilePatternSets, InvalidGlobError, type PatternSetsIndex } from '../match/index.js';
import { didYouMean, InputError } from '../util/index.js';

export type SelectionReason =
  /** The first changed file (in diff order) that the lane's patterns select, and the deciding pattern. */
  | { kind: 'matched'; file: string; pattern: string }
  /** The manifest itself changed: every branch lane. */
  | { kind: 'manifest_changed'; file: string }
  /** Nothing changed: every branch lane. */
  | { kind: 'empty_diff' }
  /** A lane without `paths` always runs. */
  | { kind: 'no_paths' }
  /** The nightly group: every nightly lane. */
  | { kind: 'nightly' }
  /** Named by an explicit lane list (or `all`). */
  | { kind: 'explicit' }
  /** An explicit lane list was given and does not name this lane. */
  | { kind: 'not_requested' }
  /** The caller could not compute a trustworthy diff (force push, first push, …): every lane. */
  | { kind: 'all_lanes'; why: string }
  /**
   * No changed file selects the lane. `excluded` is the first file a `!` pattern of the lane
   * decided against, when there was one: the likeliest surprise.
   */
  | { kind: 'not_matched'; changedFiles: number; excluded?: { file: string; pattern: string } };

export type SelectionReasonKind = SelectionReason['kind'];

export interface LaneSelection {
  id: string;
  title: string;
  selected: boolean;
  reason: SelectionReason;
  /** `reason` in words, for logs and summaries. */
  explanation: string;
}

export interface SelectInput {
  /** Every lane of the manifest (both groups), in manifest order. */
  lanes: readonly Lane[];
  group: LaneGroup;
  /** Repo-relative changed paths, in diff order. */
  changed: readonly string[];
  /** Repo-relative path of the manifest file: a change to it selects every branch lane. */
  manifestPath: string;
  /** Lane ids to run regardless of the diff, or `all` for every lane of the group. */
  explicitLanes?: readonly string[] | 'all';
  /** Set by a caller that has no trustworthy diff: every lane of the group, with this reason. */
  reasonOverride?: { kind: 'all_lanes'; why: string };
}

/** Select lanes of `input.group`. Throws `InputError` for an unknown explicit lane id or a bad pattern. */
export function selectLanes(input: SelectInput): LaneSelection[] {
  const lanes = input.lanes.filter((lane) => lane.group === input.group);
  const every = (reason: SelectionReason): LaneSelection[] => lanes.map((lane) => row(lane, true, reason));

  if (input.explicitLanes !== undefined) {
    if (input.explicitLanes === 'all') return every({ kind: 'explicit' });
    const requested = checkRequested(input.explicitLanes, input);
    return lanes.map((lane) =>
      requested.has(lane.id)
        ? row(lane, true, { kind: 'explicit' })
        : row(lane, false, { kind: 'not_requested' }),
    );
  }
  if (input.group === 'nightly') return every({ kind: 'nightly' });
  if (input.reasonOverride !== undefined) return every(input.reasonOverride);
  if (input.changed.includes(input.manifestPath))
    return every({ kind: 'manifest_changed', file: input.manifestPath });
  if (input.changed.length === 0) return every({ kind: 'empty_diff' });

  const filtered = lanes.filter((lane) => lane.paths.length > 0);
  const decided = matchLanes(filtered, input.changed, input.manifestPath);
  return lanes.map((lane) => {
    if (lane.paths.length === 0) return row(lane, true, { kind: 'no_paths' });
    const reason = decided.get(lane.id)!;
    return row(lane, reason.kind === 'matched', reason);
  });
}

/** One pass over the changed files against every filtered lane at once, stopping when all are decided. */
function matchLanes(
  lanes: readonly Lane[],
  changed: readonly string[],
  manifestPath: string,
): Map<string, SelectionReason> {
  const index = compileLanes(lanes, manifestPath);
  const matched: (SelectionReason | undefined)[] = new Array(lanes.length);
  const excluded: ({ file: string; pattern: string } | undefined)[] = new Array(lanes.length);
  let undecided = lanes.length;
  for (const file of changed) {
    if (undecided === 0) break;
    for (const hit of index.matchPath(file)) {
      if (matched[hit.set] !== undefined) continue;
      if (hit.matched) {
        matched[hit.set] = { kind: 'matched', file, pattern: hit.glob.source };
        undecided--;
      } else {
        excluded[hit.set] ??= { file, pattern: hit.glob.source };
      }
    }
  }
  return new Map(
    lanes.map((lane, i): [string, SelectionReason] => {
      const notMatched: SelectionReason = { kind: 'not_matched', changedFiles: changed.length };
      if (excluded[i] !== undefined) notMatched.excluded = excluded[i];
      return [lane.id, matched[i] ?? notMatched];
    }),
  );
}

function compileLanes(lanes: readonly Lane[], manifestPath: string): PatternSetsIndex {
  try {
    return compilePatternSets(lanes.map((lane) => lane.paths));
  } catch (error) {
    if (!(error instanceof InvalidGlobError)) throw error;
    const lane = lanes.find((candidate) => candidate.paths.includes(error.pattern));
    throw new InputError(lane ? `lane \`${lane.id}\`: ${error.message}` : error.message, {
      where: lane ? `${manifestPath}:${lane.line}` : manifestPath,
      hint: error.hint,
      cause: error,
    });
  }
}

function checkRequested(ids: readonly string[], input: SelectInput): Set<string> {
  const inGroup = new Set(input.lanes.filter((lane) => lane.group === input.group).map((lane) => lane.id));
  for (const id of ids) {
    if (inGroup.has(id)) continue;
    const elsewhere = input.lanes.find((lane) => lane.id === id);
    if (elsewhere !== undefined) {
      throw new InputError(`lane \`${id}\` is a ${elsewhere.group} lane, not a ${input.group} lane`, {
        where: input.manifestPath,
        hint: `plan the ${elsewhere.group} group to run it (--group ${elsewhere.group})`,
      });
    }
    const known = [...inGroup];
    throw new InputError(`unknown lane \`${id}\``, {
      where: input.manifestPath,
      hint:
        didYouMean(id, known) ??
        (known.length > 0
          ? `${input.group} lanes: ${known.join(', ')}`
          : `the manifest has no ${input.group} lanes`),
    });
  }
  return new Set(ids);
}

function row(lane: Lane, selected: boolean, reason: SelectionReason): LaneSelection {
  return { id: lane.id, title: lane.title, selected, reason, explanation: explainReason(reason) };
}

/** A selection reason in words. */
export function explainReason(reason: SelectionReason): string {
  switch (reason.kind) {
    case 'matched':
      return `\`${reason.file}\` matches \`${reason.pattern}\``;
    case 'manifest_changed':
      return `the lane manifest \`${reason.file}\` changed: every branch lane runs`;
    case 'empty_diff':
      return 'no changed files: every branch lane runs';
    case 'no_paths':
      return 'the lane has no `paths`: it always runs';
    case 'nightly':
      return 'nightly: every nightly lane runs';
    case 'explicit':
      return 'requested explicitly';
    case 'not_requested':
      return 'not among the requested lanes';
    case 'all_lanes':
      return reason.why;
    case 'not_matched': {
      const base =
        reason.changedFiles === 1
          ? "the changed file does not match the lane's paths"
          : `none of the ${reason.changedFiles} changed files matches the lane's paths`;
      return reason.excluded === undefined
        ? base
        : `${base} (\`${reason.excluded.file}\` is excluded by \`${reason.excluded.pattern}\`)`;
    }
    default:
      return assertNever(reason);
  }
}

/**
 * Parse a lane list as typed by a person (`--lanes a,b`, the action's `lanes` input): comma- or
 * whitespace-separated ids, or `all`. An empty list is an error: running nothing is not a request.
 */
export function parseLaneList(text: string): readonly string[] | 'all' {
  const ids = text
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0) {
    throw new InputError('the lane list is empty', { hint: 'name lanes separated by commas, or `all`' });
  }
  if (ids.includes('all')) {
    if (ids.length > 1)
      throw new InputError('`all` cannot be combined with lane ids', { hint: 'pass `all` alone' });
    return 'all';
  }
  return [...new Set(ids)];
}
