/**
 * `pikaci plan`: which lanes of `ci/forge-lanes.toml` a change selects, why, and the job matrix —
 * the same matcher and rules as the action's plan step, from explicit revisions or a file list.
 */
import type { Command } from 'commander';
import type { HostFlagValues } from '../../hosts/index.js';
import { assertNever, InputError } from '../../util/index.js';
import type { LaneSelection, Matrix } from '../../select/index.js';
import { DEFAULT_MANIFEST, type LaneSources, type Sources } from '../../sources/index.js';
import { CATALOG_OPTION } from './source-options.js';
import { withHostOptions } from './host-options.js';

const FORMATS = ['human', 'json', 'matrix'] as const;
type PlanFormat = (typeof FORMATS)[number];
export const GROUPS = ['branch', 'nightly'] as const;
export type PlanGroup = (typeof GROUPS)[number];

interface PlanFlags {
  manifest?: string;
  catalog?: string;
  base?: string;
  head?: string;
  changedFrom?: string;
  group: string;
  lanes?: string;
  format: string;
  repo?: string;
  explainKey?: string;
}

/** Where the changed files came from, for the JSON output and the human header. */
export type DiffSource =
  | {
      kind: 'git';
      base: string;
      head: string;
      mergeBase: string;
      /** How many paths only the working tree changes, when it was included; else null. */
      localChanges: number | null;
    }
  | { kind: 'changed-from'; source: string }
  | { kind: 'none'; why: string };

export function oneOf<T extends string>(flag: string, allowed: readonly T[], value: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${flag} must be one of ${allowed.join(', ')}, got \`${value}\``);
}

export function register(program: Command): void {
  const command = program
    .command('plan')
    .description('select the lanes a change touches, explain each choice, and print the job matrix')
    .option('--manifest <path>', `lane manifest (default: ${DEFAULT_MANIFEST} in the repository)`)
    .option(...CATALOG_OPTION)
    .option('--base <rev>', 'diff from the merge base of <rev> and --head')
    .option('--head <rev>', 'the revision whose changes are planned (default: HEAD)')
    .option(
      '--changed-from <file>',
      'read changed paths from <file> (one per line, or NUL-separated); `-` for stdin',
    )
    .option('--group <group>', 'lane group: branch or nightly', 'branch')
    .option('--lanes <list>', 'run exactly these lanes (comma-separated ids), or `all`')
    .option('--format <format>', 'human, json, or matrix (the matrix JSON alone)', 'human')
    .option('--repo <dir>', 'repository directory (default: the current directory)')
    .option(
      '--explain-key <lane>',
      "print the lane's pass key (run --skip-if-passed, the action's skip-if-passed) and each input it hashes; host flags as for run",
    );
  withHostOptions(command, {
    when: (args) => args.some((arg) => arg.startsWith('--explain-key')),
  }).action(async (flags: PlanFlags & HostFlagValues) => {
    if (flags.explainKey !== undefined) {
      const { explainKey } = await import('./explain-key.js');
      const format = oneOf('--format', ['human', 'json'] as const, flags.format);
      process.stdout.write(await explainKey(flags.explainKey, flags, format));
      return;
    }
    const format = oneOf('--format', FORMATS, flags.format);
    const group = oneOf('--group', GROUPS, flags.group);
    process.stdout.write(await plan(flags, format, group));
  });
}

/** What `planChange` is asked: the flags of `pikaci plan`, plus whether the working tree counts. */
export interface PlanRequest {
  manifest?: string | undefined;
  catalog?: string | undefined;
  base?: string | undefined;
  head?: string | undefined;
  changedFrom?: string | undefined;
  lanes?: string | undefined;
  repo?: string | undefined;
  group: PlanGroup;
  /**
   * Add the working tree's uncommitted edits and untracked files to the `--base` diff (`pikaci run
   * --affected`); only with the default head, `HEAD`, since a local edit is not part of another one.
   */
  localChanges?: boolean;
  /**
   * The catalog and manifest already loaded (`pikaci run --affected` loads them for its runs); then
   * `repo`, `manifest` and `catalog` are theirs. Absent: loaded here from those flags.
   */
  sources?: Sources;
}

/** A computed plan: where the changed files came from, one selection per lane of the group, the matrix. */
export interface PlanResult {
  group: PlanGroup;
  manifestRelative: string;
  source: DiffSource;
  changed: readonly string[];
  selections: LaneSelection[];
  matrix: Matrix;
}

async function plan(flags: PlanFlags, format: PlanFormat, group: PlanGroup): Promise<string> {
  const result = await planChange({ ...flags, group });
  const { source, changed, selections, matrix, manifestRelative } = result;
  switch (format) {
    case 'matrix':
      return `${JSON.stringify(matrix)}\n`;
    case 'json':
      return `${JSON.stringify(
        {
          group,
          manifest: manifestRelative,
          base: source.kind === 'git' ? source.base : null,
          head: source.kind === 'git' ? source.head : null,
          merge_base: source.kind === 'git' ? source.mergeBase : null,
          diff_source: source.kind,
          changed_from: source.kind === 'changed-from' ? source.source : null,
          changed_files_count: changed.length,
          lanes: selections.map(({ id, title, selected, reason, explanation }) => ({
            id,
            title,
            selected,
            reason,
            explanation,
          })),
          matrix,
        },
        null,
        2,
      )}\n`;
    case 'human':
      return renderPlan(result);
    default:
      return assertNever(format);
  }
}

/** The human rendering: where the diff came from, each lane with ✓/· and why, the count. */
export function renderPlan(result: PlanResult): string {
  const lines = [describeSource(result.source, result.changed.length)];
  for (const selection of result.selections) {
    lines.push(
      `${selection.selected ? '✓' : '·'} ${selection.id} (${selection.title}): ${selection.explanation}`,
    );
  }
  lines.push(`${result.matrix.include.length} of ${result.selections.length} ${result.group} lanes selected`);
  return `${lines.join('\n')}\n`;
}

/** The selection `pikaci plan` prints, as data: the action's matcher and rules on the given change. */
export async function planChange(request: PlanRequest): Promise<PlanResult> {
  const { resolve } = await import('node:path');
  const { existsSync } = await import('node:fs');
  const { loadLaneSources, requireManifest } = await import('../../sources/index.js');
  const { buildMatrix, parseLaneList, selectLanes } = await import('../../select/index.js');
  const { group } = request;

  if (request.base !== undefined && request.changedFrom !== undefined) {
    throw new InputError('--base and --changed-from cannot be combined', {
      hint: 'diff two revisions with --base/--head, or pass the changed files with --changed-from',
    });
  }
  if (request.head !== undefined && request.base === undefined) {
    throw new InputError('--head needs --base', {
      hint: 'pass --base REV: the revision the change is compared with',
    });
  }
  const explicitLanes = request.lanes === undefined ? undefined : parseLaneList(request.lanes);

  let sources: LaneSources | undefined = request.sources;
  if (sources === undefined) {
    const repoRoot = resolve(request.repo ?? '.');
    if (!existsSync(repoRoot))
      throw new InputError(`repository directory \`${repoRoot}\` does not exist`, { where: '--repo' });
    // Lanes only, checked against the catalog's target ids: the action's plan step reads them the same way.
    sources = await loadLaneSources({
      catalog: request.catalog,
      manifest: request.manifest,
      repoRoot,
      manifestNeed: 'required',
      repoOption: '--repo DIR',
    });
  }
  requireManifest(sources);
  const { repoRoot: repo, lanes } = sources;
  // The manifest's own path as a changed file would spell it (set whenever the manifest is).
  const manifestRelative = sources.manifestRelative!;

  const needsDiff = explicitLanes === undefined && group === 'branch';
  const { changed, source } = await changedFiles(request, repo, needsDiff);
  const selections = selectLanes({
    lanes,
    group,
    changed,
    manifestPath: manifestRelative,
    explicitLanes,
  });
  return { group, manifestRelative, source, changed, selections, matrix: buildMatrix(lanes, selections) };
}

async function changedFiles(
  flags: PlanRequest,
  repo: string,
  needsDiff: boolean,
): Promise<{ changed: readonly string[]; source: DiffSource }> {
  if (flags.changedFrom !== undefined) {
    const { readChangedFrom } = await import('../../git/index.js');
    const changed = await readChangedFrom(flags.changedFrom);
    return {
      changed,
      source: { kind: 'changed-from', source: flags.changedFrom === '-' ? 'stdin' : flags.changedFrom },
    };
  }
  if (flags.base !== undefined) {
    const { changesSince, createGit } = await import('../../git/index.js');
    const git = createGit(repo);
    const since = await changesSince(git, flags.base, flags.head ?? 'HEAD');
    const withLocal = flags.localChanges === true && flags.head === undefined;
    // Committed changes first, in diff order (a lane's reason names the first file that selects it).
    const changed = withLocal ? [...new Set([...since.paths, ...(await git.localChanges())])] : since.paths;
    return {
      changed,
      source: {
        kind: 'git',
        base: since.base,
        head: since.head,
        mergeBase: since.from,
        localChanges: withLocal ? changed.length - since.paths.length : null,
      },
    };
  }
  if (needsDiff) {
    throw new InputError('nothing to compare: the branch group is selected by a diff', {
      hint: 'pass --base REV (e.g. --base origin/main), or --changed-from FILE|-, or name lanes with --lanes',
    });
  }
  return { changed: [], source: { kind: 'none', why: 'lanes chosen without a diff' } };
}

function describeSource(source: DiffSource, count: number): string {
  const files = count === 1 ? '1 changed file' : `${count} changed files`;
  switch (source.kind) {
    case 'git': {
      const diff = `git diff from the merge base ${source.mergeBase.slice(0, 12)} of ${source.base.slice(0, 12)} and ${source.head.slice(0, 12)}`;
      return source.localChanges === null
        ? `${files}: ${diff}`
        : `${files}: ${diff}, and the working tree adds ${source.localChanges === 0 ? 'none' : `${source.localChanges} (uncommitted or untracked)`}`;
    }
    case 'changed-from':
      return `${files} read from ${source.source}`;
    case 'none':
      return source.why;
    default:
      return assertNever(source);
  }
}
