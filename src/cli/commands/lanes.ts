/** `pikaci lanes`: the lanes of the manifest after normalization, for people and (`--json`) scripts. */
import type { Command } from 'commander';
import type { Manifest } from '../../manifest/index.js';
import type { Lane } from '../../model/index.js';
import { DEFAULT_MANIFEST, loadSources } from '../../sources/index.js';
import type { SourceFlags } from './targets.js';
import { CATALOG_OPTION } from './source-options.js';

export function register(program: Command): void {
  program
    .command('lanes')
    .description('list the lanes of the manifest: target or command, entrypoint, group, runner labels')
    .option('--manifest <path>', `lane manifest (default: ${DEFAULT_MANIFEST} in the repository)`)
    .option(...CATALOG_OPTION)
    .option('--json', 'print JSON (shape: see `lanesJson`)')
    .action(async (flags: SourceFlags & { json?: boolean }) => {
      const { catalog, manifest } = await loadSources({ ...flags, manifestNeed: 'required' });
      const json = lanesJson(manifest!, catalog.path);
      process.stdout.write(flags.json ? `${JSON.stringify(json, null, 2)}\n` : renderLanes(json));
    });
}

export interface LanesJson {
  manifest: string;
  catalog: string;
  nightly_schedule_utc: string | null;
  lanes: Lane[];
}

/** Stable JSON: every lane (branch first, file order) with its normalized fields in a fixed key order. */
export function lanesJson(manifest: Manifest, catalogPath: string): LanesJson {
  const laneJson = (lane: Lane): LanesJson['lanes'][number] => ({
    id: lane.id,
    title: lane.title,
    group: lane.group,
    target: lane.target,
    staged_linux_target: lane.staged_linux_target,
    command: lane.command,
    entrypoint: lane.entrypoint,
    concurrency_group: lane.concurrency_group,
    runs_on: lane.runs_on,
    paths: lane.paths,
    line: lane.line,
  });
  return {
    manifest: manifest.path,
    catalog: catalogPath,
    nightly_schedule_utc: manifest.nightly_schedule_utc,
    lanes: [...manifest.branch, ...manifest.nightly].map(laneJson),
  };
}

export function renderLanes(json: LanesJson): string {
  const lines = [`manifest ${json.manifest} (catalog ${json.catalog})`];
  for (const lane of json.lanes) {
    const runs = lane.target !== null ? `target ${lane.target}` : `command ${lane.entrypoint}`;
    const runsOn = typeof lane.runs_on === 'string' ? lane.runs_on : lane.runs_on.join(',');
    const details = [
      `runs-on ${runsOn}`,
      lane.concurrency_group ? `group ${lane.concurrency_group}` : undefined,
      lane.group === 'branch'
        ? lane.paths.length > 0
          ? `${lane.paths.length} paths`
          : 'always'
        : `nightly at ${json.nightly_schedule_utc} UTC`,
    ].filter(Boolean);
    lines.push(`${lane.group.padEnd(7)} ${lane.id}  ${lane.title}  ${runs}  (${details.join('; ')})`);
  }
  return `${lines.join('\n')}\n`;
}
