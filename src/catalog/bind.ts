/**
 * Staged targets take their path filters from the one branch lane bound to them (PIKACI-003): the
 * catalog never repeats branch path filters.
 */
import type { Manifest } from '../manifest/index.js';
import type { TargetSpec } from '../model/index.js';
import { didYouMean, InputError } from '../util/index.js';
import type { Catalog } from './load.js';

/** A copy of `catalog` whose staged targets carry the paths of the branch lane bound to them. */
export function bindManifest(catalog: Catalog, manifest: Manifest): Catalog {
  const bindings = new Map<string, string>();
  const targets = new Map(catalog.targets);
  const laneLines = new Map<string, number>();
  for (const lane of manifest.branch) {
    if (lane.target === null || !catalog.stagedTargets.has(lane.target)) continue;
    const first = bindings.get(lane.target);
    if (first !== undefined) {
      throw new InputError(
        `staged target \`${lane.target}\` is bound by branch lanes \`${first}\` (line ${laneLines.get(first)}) and \`${lane.id}\` (line ${lane.line})`,
        {
          where: `${manifest.path}:${lane.line}`,
          hint: 'a staged target takes its path filters from exactly one branch lane; remove one of them',
        },
      );
    }
    bindings.set(lane.target, lane.id);
    laneLines.set(lane.id, lane.line);
    targets.set(lane.target, { ...catalog.targets.get(lane.target)!, filters: lane.paths });
  }
  const stagedTargets = new Map([...catalog.stagedTargets.keys()].map((id) => [id, targets.get(id)!]));
  return { ...catalog, targets, stagedTargets, bindings, manifestPath: manifest.path };
}

/** The target `id`; a staged target must have been bound to a branch lane first. */
export function resolveTarget(catalog: Catalog, id: string): TargetSpec {
  const target = catalog.targets.get(id);
  if (target === undefined) {
    throw new InputError(`unknown target \`${id}\` in catalog ${catalog.path}`, {
      hint: didYouMean(id, catalog.targets.keys()) ?? 'run `pikaci targets` to list the targets',
    });
  }
  if (catalog.stagedTargets.has(id) && !catalog.bindings.has(id)) {
    const manifest = catalog.manifestPath ?? 'the lane manifest';
    throw new InputError(`missing forge lane manifest entry for \`${id}\``, {
      hint: `add a [[branch.lanes]] entry with staged_linux_target = "${id}" to ${manifest}; its paths are the target's filters`,
    });
  }
  return target;
}

/** The set of target ids and staged target ids, as `loadManifest` wants them. */
export function manifestOptionsFor(catalog: Catalog): {
  knownTargets: ReadonlySet<string>;
  stagedTargets: ReadonlySet<string>;
  catalogPath: string;
} {
  return {
    knownTargets: new Set(catalog.targets.keys()),
    stagedTargets: new Set(catalog.stagedTargets.keys()),
    catalogPath: catalog.path,
  };
}
