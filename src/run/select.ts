/**
 * What `pikaci run <id>` means: a catalog target, else a manifest lane (its target, or its plain
 * command as one job); which of its jobs run (`--job`); and whether a `--since` diff selects it.
 * Pure: the caller loads the catalog, the manifest and the changed files.
 */
import type { JobSpec, Lane, TargetSpec } from '../model/index.js';
import type { CompiledPatternSet } from '../match/index.js';
import { closest, InputError } from '../util/index.js';
import { laneCommandJob } from './lane.js';

export interface Runnable {
  /** Recorded as the run's `target_id`: the target id, or the lane id for a lane command. */
  targetId: string;
  description: string;
  jobs: readonly JobSpec[];
  /** Path patterns that gate `--since`; empty means always run. */
  filters: readonly string[];
  /** How the id was resolved, for messages. */
  source: 'target' | 'lane-target' | 'lane-command';
}

export interface RunnableSources {
  targets: ReadonlyMap<string, TargetSpec>;
  lanes: readonly Lane[];
  catalogPath: string;
  manifestPath: string | null;
}

export function resolveRunnable(id: string, sources: RunnableSources): Runnable {
  const target = sources.targets.get(id);
  if (target) return fromTarget(target, 'target', target.filters);
  const lane = sources.lanes.find((candidate) => candidate.id === id);
  if (lane) return resolveLane(lane, sources);
  const ids = [...sources.targets.keys(), ...sources.lanes.map((l) => l.id)];
  const near = closest(id, ids, 5);
  const searched = sources.manifestPath
    ? `the catalog ${sources.catalogPath} or the manifest ${sources.manifestPath}`
    : `the catalog ${sources.catalogPath} (no lane manifest found)`;
  throw new InputError(`unknown target or lane \`${id}\`: not in ${searched}`, {
    hint:
      near.length > 0
        ? `closest ids: ${near.map((n) => `\`${n}\``).join(', ')}`
        : `known ids: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`,
  });
}

/** A manifest lane: its catalog target (with the lane's paths as filters), or its plain command. */
export function resolveLane(lane: Lane, sources: RunnableSources): Runnable {
  if (lane.target !== null) {
    const laneTarget = sources.targets.get(lane.target);
    if (!laneTarget) {
      throw new InputError(
        `lane \`${lane.id}\` names target \`${lane.target}\`, which is not in the catalog`,
        {
          where: sources.manifestPath ? `${sources.manifestPath}:${lane.line}` : undefined,
          hint: `add the target to ${sources.catalogPath} or fix the lane`,
        },
      );
    }
    return fromTarget(laneTarget, 'lane-target', lane.paths);
  }
  return {
    targetId: lane.id,
    description: lane.title,
    jobs: [laneCommandJob(lane)],
    filters: lane.paths,
    source: 'lane-command',
  };
}

function fromTarget(target: TargetSpec, source: Runnable['source'], filters: readonly string[]): Runnable {
  return { targetId: target.id, description: target.description, jobs: target.jobs, filters, source };
}

/** Keep only the jobs named by `--job` (in the target's order); every name must exist. */
export function selectJobs(runnable: Runnable, ids: readonly string[]): JobSpec[] {
  if (ids.length === 0) return [...runnable.jobs];
  const known = runnable.jobs.map((job) => job.id);
  for (const id of ids) {
    if (!known.includes(id)) {
      const near = closest(id, known);
      throw new InputError(`unknown job \`${id}\` in \`${runnable.targetId}\``, {
        hint: `${near.length > 0 ? `did you mean ${near.map((n) => `\`${n}\``).join(', ')}? ` : ''}its jobs are: ${known.join(', ')}`,
      });
    }
  }
  return runnable.jobs.filter((job) => ids.includes(job.id));
}

export type ChangeGate = { run: true; reason: string } | { run: false; reason: string };

/**
 * docs/design.md decision 3, applied to one target: no filters ⇒ run; empty diff ⇒ run; the manifest itself
 * changed ⇒ run; else run iff a changed file is selected by the ordered patterns.
 */
export function gateOnChanges(input: {
  filters: readonly string[];
  changedFiles: readonly string[];
  since: string;
  manifestPath: string | null;
  compile: (patterns: readonly string[]) => CompiledPatternSet;
}): ChangeGate {
  const { filters, changedFiles, since } = input;
  if (filters.length === 0) return { run: true, reason: 'no path filters: always runs' };
  if (changedFiles.length === 0)
    return { run: true, reason: `no files changed since ${since}: runs everything` };
  if (input.manifestPath !== null && changedFiles.includes(input.manifestPath)) {
    return { run: true, reason: `the lane manifest ${input.manifestPath} changed` };
  }
  const set = input.compile(filters);
  for (const file of changedFiles) {
    const match = set.match(file);
    if (match.matched) return { run: true, reason: `${file} matched \`${match.pattern ?? ''}\`` };
  }
  return {
    run: false,
    reason: `skipped; no files changed since ${since} matched ${filters.length} filter(s)`,
  };
}
