/**
 * `pikaci plan`: which lanes of `ci/forge-lanes.toml` a change selects, why, and the job matrix —
 * the same matcher and rules as the action's plan step, from explicit revisions or a file list.
 */
import type { Command } from 'commander';
import { assertNever } from '../../model/index.js';
import { InputError } from '../../util/errors.js';

const FORMATS = ['human', 'json', 'matrix'] as const;
type PlanFormat = (typeof FORMATS)[number];
const GROUPS = ['branch', 'nightly'] as const;
type PlanGroup = (typeof GROUPS)[number];

export const DEFAULT_MANIFEST = 'ci/forge-lanes.toml';

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
}

/** Where the changed files came from, for the JSON output and the human header. */
type DiffSource =
  | { kind: 'git'; base: string; head: string; mergeBase: string }
  | { kind: 'changed-from'; source: string }
  | { kind: 'none'; why: string };

function oneOf<T extends string>(flag: string, allowed: readonly T[], value: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${flag} must be one of ${allowed.join(', ')}, got \`${value}\``);
}

export function register(program: Command): void {
  program
    .command('plan')
    .description('select the lanes a change touches, explain each choice, and print the job matrix')
    .option('--manifest <path>', `lane manifest (default: ${DEFAULT_MANIFEST} in the repository)`)
    .option('--catalog <path>', 'target catalog (default: ci/pikaci-catalog.toml, else the bundled one)')
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
    .action(async (flags: PlanFlags) => {
      const format = oneOf('--format', FORMATS, flags.format);
      const group = oneOf('--group', GROUPS, flags.group);
      process.stdout.write(await plan(flags, format, group));
    });
}

async function plan(flags: PlanFlags, format: PlanFormat, group: PlanGroup): Promise<string> {
  const { relative, resolve, sep } = await import('node:path');
  const { existsSync } = await import('node:fs');
  const { loadCatalog, manifestOptionsFor, resolveCatalogPath } = await import('../../catalog/index.js');
  const { allLanes, loadManifest } = await import('../../manifest/index.js');
  const { buildMatrix, parseLaneList, selectLanes } = await import('../../select/index.js');

  if (flags.base !== undefined && flags.changedFrom !== undefined) {
    throw new InputError('--base and --changed-from cannot be combined', {
      hint: 'diff two revisions with --base/--head, or pass the changed files with --changed-from',
    });
  }
  if (flags.head !== undefined && flags.base === undefined) {
    throw new InputError('--head needs --base', {
      hint: 'pass --base REV: the revision the change is compared with',
    });
  }
  const explicitLanes = flags.lanes === undefined ? undefined : parseLaneList(flags.lanes);

  const repo = resolve(flags.repo ?? '.');
  if (!existsSync(repo))
    throw new InputError(`repository directory \`${repo}\` does not exist`, { where: '--repo' });
  const manifestFile =
    flags.manifest === undefined ? resolve(repo, DEFAULT_MANIFEST) : resolve(flags.manifest);
  if (!existsSync(manifestFile)) {
    throw new InputError(`lane manifest \`${manifestFile}\` does not exist`, {
      where: '--manifest',
      hint: `pass --manifest PATH, or run in a repository that has ${DEFAULT_MANIFEST} (--repo DIR)`,
    });
  }
  const catalog = await loadCatalog(resolveCatalogPath({ flag: flags.catalog, repoRoot: repo }).path);
  const manifest = await loadManifest(manifestFile, manifestOptionsFor(catalog));
  const lanes = allLanes(manifest);
  // The manifest's own path as a changed file would spell it: repo-relative, with `/`.
  const manifestRelative = relative(repo, manifestFile).split(sep).join('/');

  const needsDiff = explicitLanes === undefined && group === 'branch';
  const { changed, source } = await changedFiles(flags, repo, needsDiff);
  const selections = selectLanes({
    lanes,
    group,
    changed,
    manifestPath: manifestRelative,
    explicitLanes,
  });
  const matrix = buildMatrix(lanes, selections);

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
    case 'human': {
      const lines = [describeSource(source, changed.length)];
      for (const selection of selections) {
        lines.push(
          `${selection.selected ? '✓' : '·'} ${selection.id} (${selection.title}): ${selection.explanation}`,
        );
      }
      lines.push(`${matrix.include.length} of ${selections.length} ${group} lanes selected`);
      return `${lines.join('\n')}\n`;
    }
    default:
      return assertNever(format);
  }
}

async function changedFiles(
  flags: PlanFlags,
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
    const since = await changesSince(createGit(repo), flags.base, flags.head ?? 'HEAD');
    return {
      changed: since.paths,
      source: { kind: 'git', base: since.base, head: since.head, mergeBase: since.from },
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
    case 'git':
      return `${files}: git diff from the merge base ${source.mergeBase.slice(0, 12)} of ${source.base.slice(0, 12)} and ${source.head.slice(0, 12)}`;
    case 'changed-from':
      return `${files} read from ${source.source}`;
    case 'none':
      return source.why;
    default:
      return assertNever(source);
  }
}
