/**
 * Jobs and catalogs for tests. A job is written once as its catalog fields (what goes under
 * `[jobs.<id>]`); `jobSpec` validates it with the real `JobSpecSchema`, `catalogToml` writes a catalog
 * file the real loader reads.
 */
import TOML from '@iarna/toml';
import { JobSpecSchema, type JobSpec } from '../../src/model/index.js';

/** A job's catalog fields: everything but its id. */
export type JobFields = Record<string, unknown>;

/** A job run as a process on this machine: `command` with bash (`host_shell_command`). */
export function hostJob(command: string, fields: JobFields = {}): JobFields {
  return {
    timeout_secs: 60,
    execution: { placement: 'local', runtime: 'host_process' },
    runtime_config: { kind: 'host_process' },
    guest_command: { kind: 'host_shell_command', command },
    ...fields,
  };
}

/** A job run in a local Incus instance: `command` with bash as the job user (`shell_command`). */
export function incusJob(command: string, fields: JobFields = {}): JobFields {
  return {
    timeout_secs: 60,
    execution: { placement: 'local', runtime: 'incus' },
    runtime_config: { kind: 'incus' },
    guest_command: { kind: 'shell_command', command },
    ...fields,
  };
}

/** The job `id` (description `job <id>` unless given), validated. */
export function jobSpec(id: string, fields: JobFields): JobSpec {
  return JobSpecSchema.parse({ id, description: `job ${id}`, ...fields });
}

export interface TargetFields {
  /** Default `target <id>`. */
  description?: string;
  jobs: string[];
  [key: string]: unknown;
}

/** A catalog file (`version = 1`) with these targets and jobs (a job's description defaults to `job <id>`). */
export function catalogToml(targets: Record<string, TargetFields>, jobs: Record<string, JobFields>): string {
  const document = {
    version: 1,
    targets: Object.fromEntries(
      Object.entries(targets).map(([id, target]) => [id, { description: `target ${id}`, ...target }]),
    ),
    jobs: Object.fromEntries(
      Object.entries(jobs).map(([id, job]) => [id, { description: `job ${id}`, ...job }]),
    ),
  };
  return TOML.stringify(document as TOML.JsonMap);
}
