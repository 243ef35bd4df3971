/** A catalog file → validated targets and jobs, every problem reported as `file:line: key.path: message`. */
import { safeParse } from '../schema/index.js';
import { validateGlob as matcherValidateGlob } from '../match/index.js';
import { JobSpecSchema, type JobSpec, type StagedLinuxCommand, type TargetSpec } from '../model/index.js';
import {
  addZodIssues,
  isRecord,
  IssueCollector,
  parseToml,
  parseTomlFile,
  validate,
  type KeyPath,
  type TomlDocument,
} from '../toml/index.js';
import { didYouMean, shellJoin } from '../util/index.js';
import {
  RawCatalogSchema,
  ScriptRefSchema,
  StagedRefSchema,
  type RawCatalog,
  type RawStagedTarget,
} from './schema.js';

export type StagedTargetConfig = NonNullable<TargetSpec['staged']>;

export interface Catalog {
  path: string;
  /** Every target, in file order. Staged targets have no filters until `bindManifest`. */
  targets: ReadonlyMap<string, TargetSpec>;
  /** The staged Linux targets (a subset of `targets`). */
  stagedTargets: ReadonlyMap<string, TargetSpec>;
  /** Every job, in file order. */
  jobs: ReadonlyMap<string, JobSpec>;
  /** Staged target id → the branch lane whose paths are its filters (set by `bindManifest`). */
  bindings: ReadonlyMap<string, string>;
  /** The manifest bound with `bindManifest`, if any. */
  manifestPath: string | null;
}

export interface CatalogOptions {
  /** Returns why a path pattern is invalid, or undefined; defaults to the matcher's own check. */
  validateGlob?: (pattern: string) => string | undefined;
}

export async function loadCatalog(path: string, options: CatalogOptions = {}): Promise<Catalog> {
  return buildCatalog(await parseTomlFile(path), options);
}

export function parseCatalog(text: string, file: string, options: CatalogOptions = {}): Catalog {
  return buildCatalog(parseToml(text, file), options);
}

function buildCatalog(doc: TomlDocument, options: CatalogOptions): Catalog {
  const raw = validate(RawCatalogSchema, doc.data, doc);
  return new CatalogBuilder(doc, raw, options).build();
}

function stagedConfig(staged: RawStagedTarget): StagedTargetConfig {
  return {
    snapshot_profile: staged.snapshot_profile,
    prepare_node_prefix: staged.prepare_node_prefix,
    prepare_description: staged.prepare_description,
    payload_specs: [
      { role: 'workspace_deps', ...staged.workspace_deps },
      { role: 'workspace_build', ...staged.workspace_build },
    ],
    workspace_output_system: staged.workspace_output_system,
  };
}

class CatalogBuilder {
  private readonly issues: IssueCollector;
  private readonly usedScripts = new Set<string>();
  private readonly stagedOf = new Map<string, string>();
  /** Jobs whose staged reference is already reported as broken: no second message about them. */
  private readonly brokenStagedRefs = new Set<string>();
  private readonly staged = new Map<string, StagedTargetConfig>();
  private readonly validateGlob: (pattern: string) => string | undefined;

  constructor(
    private readonly doc: TomlDocument,
    private readonly raw: RawCatalog,
    options: CatalogOptions,
  ) {
    this.issues = IssueCollector.for(doc);
    this.validateGlob = options.validateGlob ?? matcherValidateGlob;
    for (const [id, target] of Object.entries(raw.targets)) {
      if (target.staged !== undefined) this.staged.set(id, stagedConfig(target.staged));
    }
  }

  build(): Catalog {
    const jobs = new Map<string, JobSpec>();
    for (const [id, rawJob] of Object.entries(this.raw.jobs)) {
      const job = this.job(id, rawJob);
      if (job !== undefined) jobs.set(id, job);
    }
    const usedJobs = new Set<string>();
    const targets = new Map<string, TargetSpec>();
    for (const [id, rawTarget] of Object.entries(this.raw.targets)) {
      const at = (...keys: Array<string | number>): KeyPath => ['targets', id, ...keys];
      const staged = this.staged.get(id);
      if (staged !== undefined && rawTarget.filters !== undefined) {
        this.issues.add(
          at('filters'),
          `staged target \`${id}\` takes its path filters from the branch lane bound to it in the lane manifest (PIKACI-003); remove \`filters\``,
        );
      }
      (rawTarget.filters ?? []).forEach((pattern, i) => {
        const problem = this.validateGlob(pattern);
        if (problem !== undefined)
          this.issues.add(at('filters', i), `invalid path pattern \`${pattern}\`: ${problem}`);
      });
      const targetJobs: JobSpec[] = [];
      const seen = new Set<string>();
      rawTarget.jobs.forEach((jobId, i) => {
        usedJobs.add(jobId);
        if (seen.has(jobId)) {
          this.issues.add(at('jobs', i), `job \`${jobId}\` is listed twice in target \`${id}\``);
          return;
        }
        seen.add(jobId);
        if (!(jobId in this.raw.jobs)) {
          const hint = didYouMean(jobId, Object.keys(this.raw.jobs));
          this.issues.add(at('jobs', i), `unknown job \`${jobId}\`${hint ? `; ${hint}` : ''}`);
          return;
        }
        const stagedFor = this.stagedOf.get(jobId);
        if (staged !== undefined && stagedFor !== id && !this.brokenStagedRefs.has(jobId)) {
          this.issues.add(
            at('jobs', i),
            stagedFor === undefined
              ? `job \`${jobId}\` is not a staged job, but staged target \`${id}\` only runs jobs staged for it`
              : `job \`${jobId}\` is staged for \`${stagedFor}\`, but staged target \`${id}\` only runs jobs staged for it`,
          );
        }
        const job = jobs.get(jobId);
        if (job !== undefined) targetJobs.push(job);
      });
      targets.set(id, {
        id,
        description: rawTarget.description,
        filters: rawTarget.filters ?? [],
        jobs: targetJobs,
        ...(staged === undefined ? {} : { staged }),
      });
    }
    for (const id of Object.keys(this.raw.jobs)) {
      if (!usedJobs.has(id))
        this.issues.add(
          ['jobs', id],
          `job \`${id}\` is not used by any target; add it to a target's \`jobs\` or remove it`,
        );
    }
    for (const name of Object.keys(this.raw.scripts)) {
      if (!this.usedScripts.has(name))
        this.issues.add(['scripts', name], `script \`${name}\` is not used by any job; remove it`);
    }
    this.issues.throwIfAny();
    const stagedTargets = new Map([...targets].filter(([id]) => this.staged.has(id)));
    return { path: this.doc.file, targets, stagedTargets, jobs, bindings: new Map(), manifestPath: null };
  }

  private job(id: string, rawJob: Record<string, unknown>): JobSpec | undefined {
    const at = (...keys: Array<string | number>): KeyPath => ['jobs', id, ...keys];
    if ('id' in rawJob) {
      this.issues.add(at('id'), 'a job takes its id from its table name `[jobs.<id>]`; remove `id`');
      return undefined;
    }
    const candidate: Record<string, unknown> = { id, ...rawJob };
    const guest = rawJob.guest_command;
    if (isRecord(guest) && isRecord(guest.command)) {
      candidate.guest_command = {
        ...guest,
        command: this.script(guest.command, at('guest_command', 'command')),
      };
    }
    const runtime = rawJob.runtime_config;
    if (isRecord(runtime)) {
      const resolved: Record<string, unknown> = { ...runtime };
      if (isRecord(runtime.host_setup_command)) {
        resolved.host_setup_command = this.script(
          runtime.host_setup_command,
          at('runtime_config', 'host_setup_command'),
        );
      }
      if (isRecord(runtime.staged_linux_command) && 'target' in runtime.staged_linux_command) {
        resolved.staged_linux_command = this.stagedCommand(
          id,
          runtime.staged_linux_command,
          at('runtime_config', 'staged_linux_command'),
        );
      }
      candidate.runtime_config = resolved;
    }
    const result = safeParse(JobSpecSchema, candidate);
    if (result.success) return result.data;
    addZodIssues(this.issues, JobSpecSchema, candidate, result.error, at());
    return undefined;
  }

  /** Resolves `{ script, args }` to the script text, with `args` as its positional parameters. */
  private script(ref: Record<string, unknown>, path: KeyPath): string | undefined {
    const parsed = safeParse(ScriptRefSchema, ref);
    if (!parsed.success) {
      addZodIssues(this.issues, ScriptRefSchema, ref, parsed.error, path);
      return undefined;
    }
    const { script, args = [] } = parsed.data;
    const text = this.raw.scripts[script];
    if (text === undefined) {
      const hint = didYouMean(script, Object.keys(this.raw.scripts));
      this.issues.add(
        [...path, 'script'],
        `unknown script \`${script}\` (not in [scripts])${hint ? `; ${hint}` : ''}`,
      );
      return undefined;
    }
    this.usedScripts.add(script);
    return args.length === 0 ? text : `set -- ${shellJoin(args)}\n${text}`;
  }

  /** Expands `{ target, wrapper }` with the staged target's shared prepare config. */
  private stagedCommand(
    jobId: string,
    ref: Record<string, unknown>,
    path: KeyPath,
  ): StagedLinuxCommand | undefined {
    this.brokenStagedRefs.add(jobId);
    const parsed = safeParse(StagedRefSchema, ref);
    if (!parsed.success) {
      addZodIssues(this.issues, StagedRefSchema, ref, parsed.error, path);
      return undefined;
    }
    const { target, wrapper } = parsed.data;
    const config = this.staged.get(target);
    if (config === undefined) {
      const known = target in this.raw.targets;
      const hint = didYouMean(target, this.staged.keys());
      this.issues.add(
        [...path, 'target'],
        known
          ? `target \`${target}\` has no \`staged\` table, so it cannot stage job \`${jobId}\``
          : `unknown staged target \`${target}\`${hint ? `; ${hint}` : ''}`,
      );
      return undefined;
    }
    this.brokenStagedRefs.delete(jobId);
    this.stagedOf.set(jobId, target);
    return { ...config, execute_wrapper_command: wrapper };
  }
}
