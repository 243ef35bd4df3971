/** A lane with a plain `command` runs as one host-process job (argv, no shell) named after the lane. */
import { parse } from '../schema/index.js';
import { JobSpecSchema, type JobSpec, type Lane } from '../model/index.js';
import { InputError } from '../util/index.js';

/** Lanes carry no timeout of their own; one hour, like the longest catalog jobs. */
export const LANE_COMMAND_TIMEOUT_SECS = 3600;

export function laneCommandJob(lane: Lane): JobSpec {
  if (lane.command === null || lane.command.length === 0) {
    throw new InputError(`lane \`${lane.id}\` has no command and no target to run`, {
      where: `line ${lane.line}`,
    });
  }
  return parse(JobSpecSchema, {
    id: lane.id,
    description: lane.title,
    timeout_secs: LANE_COMMAND_TIMEOUT_SECS,
    writable_workspace: false,
    execution: { placement: 'local', runtime: 'host_process' },
    runtime_config: { kind: 'host_process' },
    guest_command: { kind: 'argv', argv: [...lane.command] },
  });
}
