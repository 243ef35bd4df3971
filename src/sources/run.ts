/**
 * What a run is made of, for `pikaci run`, `rerun`, `run --affected` and the action's `run`: the
 * sources (`loadSources`), the state root, and a `run` that executes jobs against them. The
 * orchestration is imported when the sources are loaded, not when this module is.
 */
import type { RunRecord } from '../records/index.js';
import type { RunOptions, RunnableSources } from '../run/index.js';
import { loadSources, type Sources } from './load.js';

export interface RunSources {
  repoRoot: string;
  stateRoot: string;
  /** The catalog and manifest as loaded (the catalog bound to the manifest). */
  sources: Sources;
  runnable: RunnableSources;
  /** The manifest path relative to the repository root, as it appears in a diff. */
  manifestRelative: string | null;
  /** Whether runs snapshot the working tree (local edits, untracked files) or HEAD only (`CI=true`). */
  includeLocalChanges: boolean;
  run(options: Omit<RunOptions, 'stateRoot' | 'sourceRoot'>): Promise<RunRecord>;
}

export async function loadRunSources(flags: {
  catalog?: string | undefined;
  manifest?: string | undefined;
  stateRoot?: string | undefined;
}): Promise<RunSources> {
  const { resolveStateRoot } = await import('../records/index.js');
  const { runJobs } = await import('../run/index.js');
  const { nixBuildOptionsFromEnv, nixPrepareHandlers } = await import('../prepare/index.js');
  const sources = await loadSources({ ...flags, manifestNeed: 'optional' });
  const { repoRoot, catalog, manifest } = sources;
  const stateRoot = await resolveStateRoot({ flag: flags.stateRoot });
  const includeLocalChanges = process.env['CI'] !== 'true';
  return {
    repoRoot,
    stateRoot,
    sources,
    runnable: {
      targets: catalog.targets,
      lanes: sources.lanes,
      catalogPath: catalog.path,
      manifestPath: manifest === null ? null : sources.manifestFile,
    },
    manifestRelative: sources.manifestRelative,
    includeLocalChanges,
    run: (options) =>
      runJobs({
        ...options,
        stateRoot,
        sourceRoot: repoRoot,
        includeLocalChanges: options.includeLocalChanges ?? includeLocalChanges,
        prepare: nixPrepareHandlers(nixBuildOptionsFromEnv()),
      }),
  };
}
