/** `pikaci targets`: the catalog's targets and jobs, for people (`human`) and scripts (`--json`). */
import type { Command } from 'commander';
import type { Catalog } from '../../catalog/index.js';
import type { Manifest } from '../../manifest/index.js';
import type { JobSpec, TargetSpec } from '../../model/index.js';
import { DEFAULT_MANIFEST, loadSources } from '../../sources/index.js';
import { CATALOG_OPTION } from './source-options.js';

export interface SourceFlags {
  catalog?: string;
  manifest?: string;
}

export function register(program: Command): void {
  program
    .command('targets')
    .description('list the catalog targets with their jobs (placement, runtime, timeout, command)')
    .option(...CATALOG_OPTION)
    .option(
      '--manifest <path>',
      `lane manifest that binds staged targets to their filters (default: ${DEFAULT_MANIFEST} if present)`,
    )
    .option('--json', 'print JSON (shape: see `targetsJson`)')
    .action(async (flags: SourceFlags & { json?: boolean }) => {
      const { catalog, manifest } = await loadSources({ ...flags, manifestNeed: 'optional' });
      const { compileJobCommand } = await import('../../model/index.js');
      const json = targetsJson(catalog, manifest, (job) => compileJobCommand(job));
      process.stdout.write(flags.json ? `${JSON.stringify(json, null, 2)}\n` : renderTargets(json));
    });
}

export interface TargetsJson {
  catalog: string;
  manifest: string | null;
  targets: Array<{
    id: string;
    description: string;
    staged: boolean;
    /** The branch lane a staged target takes its filters from, when bound. */
    lane: string | null;
    filters: readonly string[];
    jobs: JobJson[];
  }>;
}

export interface JobJson {
  id: string;
  description: string;
  placement: JobSpec['execution']['placement'];
  runtime: JobSpec['execution']['runtime'];
  timeout_secs: number;
  writable_workspace: boolean;
  /** The shell line the job runs (a staged job's wrapper). */
  command: string;
  run_as_root: boolean;
  runtime_config: JobSpec['runtime_config'];
  guest_command: JobSpec['guest_command'];
}

/** Stable JSON: keys in this order, targets and jobs in catalog order. */
export function targetsJson(
  catalog: Catalog,
  manifest: Manifest | null,
  compile: (job: JobSpec) => { command: string; runAsRoot: boolean },
): TargetsJson {
  const targetJson = (target: TargetSpec): TargetsJson['targets'][number] => ({
    id: target.id,
    description: target.description,
    staged: target.staged !== undefined,
    lane: catalog.bindings.get(target.id) ?? null,
    filters: target.filters,
    jobs: target.jobs.map((job) => {
      const compiled = compile(job);
      return {
        id: job.id,
        description: job.description,
        placement: job.execution.placement,
        runtime: job.execution.runtime,
        timeout_secs: job.timeout_secs,
        writable_workspace: job.writable_workspace,
        command: compiled.command,
        run_as_root: compiled.runAsRoot,
        runtime_config: job.runtime_config,
        guest_command: job.guest_command,
      };
    }),
  });
  return {
    catalog: catalog.path,
    manifest: manifest?.path ?? null,
    targets: [...catalog.targets.values()].map(targetJson),
  };
}

export function renderTargets(json: TargetsJson): string {
  const lines = [`catalog ${json.catalog}${json.manifest ? ` (filters from ${json.manifest})` : ''}`];
  for (const target of json.targets) {
    const notes = [
      target.staged ? `staged${target.lane ? `, lane ${target.lane}` : ', no lane bound'}` : undefined,
      target.filters.length > 0 ? `${target.filters.length} filters` : undefined,
    ].filter(Boolean);
    lines.push('', `${target.id}  ${target.description}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`);
    for (const job of target.jobs) {
      const firstLine = job.command.split('\n')[0]!;
      const command = firstLine.length > 100 ? `${firstLine.slice(0, 97)}...` : firstLine;
      lines.push(
        `  ${job.id}  ${job.placement}/${job.runtime}  ${job.timeout_secs}s${job.run_as_root ? '  root' : ''}  ${command}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
