/**
 * The prepare phase (docs/upstream.md, records 3.6): prepare nodes one at a time before any job
 * executes — staged payloads built with Nix, a VM backend's runner preparation. A failed node fails
 * the jobs that consume it and skips the rest.
 */
import {
  PreparedOutputsRecordSchema,
  jobPaths,
  readRecord,
  rfc3339,
  writeRecord,
  type PrepareTimingRecord,
  type PreparePlanNode,
  type PreparedOutputsRecord,
  type RealizedPreparedOutputRecord,
} from '../records/index.js';
import { openLogSet, openLogWriter, type ClosableLogWriter } from '../runtime/index.js';
import { errorMessage, PikaciError } from '../util/index.js';
import { PrepareFailure, type NixBuildNode } from './options.js';
import { prepareRunnerNodeId, type JobPlan, type RunPlan } from './plan.js';
import { CANCELLED_MESSAGE, jobRecord, type RunState } from './session.js';
import { jobContext, runWorkspace } from './execute-phase.js';

export function prepareDurationMs(
  dependsOn: readonly string[],
  timings: readonly PrepareTimingRecord[],
): number | null {
  const total = timings
    .filter((t) => dependsOn.includes(t.node_id))
    .reduce((sum, t) => sum + t.duration_ms, 0);
  return total === 0 ? null : total;
}

/** Sequential prepares (docs/upstream.md, records 3.6); returns true when one failed and the jobs have been marked. */
export async function runPreparePhase(state: RunState): Promise<boolean> {
  const { session, plan } = state;
  const prepares = plan.record.nodes.filter((n): n is PreparePlanNode => n.kind === 'prepare');
  // Nothing to time, nothing changed in run.json since the plan was recorded.
  if (prepares.length === 0) return false;
  const completed = new Set<string>();
  const timings = session.record.prepare_timings;
  for (const node of prepares) {
    const startedAt = new Date();
    let failure: string | null = null;
    if (state.signal.aborted) failure = CANCELLED_MESSAGE;
    else if (!node.depends_on.every((dep) => completed.has(dep))) {
      failure = 'no ready prepare nodes; unresolved dependencies in run plan';
    } else {
      try {
        await runPrepareNode(state, node);
      } catch (error) {
        failure = errorMessage(error);
      }
    }
    const finishedAt = new Date();
    timings.push({
      node_id: node.id,
      started_at: rfc3339(startedAt),
      finished_at: rfc3339(finishedAt),
      duration_ms: finishedAt.getTime() - startedAt.getTime(),
    });
    if (failure !== null) {
      await markPrepareFailure(state, node.id, failure);
      return true;
    }
    completed.add(node.id);
  }
  await session.save();
  return false;
}

function consumersOf(plan: RunPlan, nodeId: string): JobPlan[] {
  return plan.jobs.filter((j) => j.dependsOn.includes(nodeId));
}

async function runPrepareNode(state: RunState, node: PreparePlanNode): Promise<void> {
  const consumers = consumersOf(state.plan, node.id);
  // Prepare output is streamed into these logs: a write error stops the logs, not the runner, and
  // fails the node below.
  const logSet = openLogSet(() => void state.session.releaseSpace());
  const logs = consumers.map((c) => logSet.open(jobPaths(state.session.paths.runDir, c.job.id).hostLog));
  try {
    await runPrepareWithLogs(state, node, logs);
  } finally {
    for (const log of logs) log.close();
  }
  if (logSet.failure) throw logSet.failure;
}

async function runPrepareWithLogs(
  state: RunState,
  node: PreparePlanNode,
  logs: readonly ClosableLogWriter[],
): Promise<void> {
  for (const log of logs) log.line(`[pikaci] prepare \`${node.id}\`: ${node.description}`);
  const prepare = node.prepare;
  switch (prepare.type) {
    case 'nix_build': {
      const handler = state.options.prepare?.nixBuild;
      if (!handler) {
        throw new PikaciError(
          `not implemented yet: building the staged payload \`${prepare.output_name}\` with Nix (prepare node \`${node.id}\`) is not available in this version`,
        );
      }
      // Built where its consumers run (the plan placed the node there), through the run's own
      // transport to that host: one code path for this machine and SSH hosts.
      const placement = node.placement ?? 'local';
      const context = {
        runId: state.session.record.run_id,
        runDir: state.session.paths.runDir,
        transport: await state.transport(placement),
        workDir: state.options.environment.workDir,
        workspace: runWorkspace(state),
        logs,
        signal: state.signal,
      };
      try {
        const output = await handler(node as NixBuildNode, context);
        await upsertPreparedOutput(state.session.paths.preparedOutputsJson, output);
      } catch (error) {
        if (error instanceof PrepareFailure) {
          await upsertPreparedOutput(state.session.paths.preparedOutputsJson, error.record);
        }
        throw error;
      }
      return;
    }
    case 'remote_linux_vm_backend': {
      const owner = state.plan.jobs.find((j) => prepareRunnerNodeId(j.job.id) === node.id);
      if (!owner) throw new PikaciError(`prepare node \`${node.id}\` has no job`);
      const resolution = await state.resolve(owner.job.execution);
      if (resolution.kind === 'unavailable') throw new PikaciError(resolution.message);
      if (!resolution.backend.prepare) return;
      const ctx = await jobContext(
        state,
        owner,
        logs[0] ?? openLogWriter(jobPaths(state.session.paths.runDir, owner.job.id).hostLog),
      );
      await resolution.backend.prepare(ctx);
      return;
    }
  }
}

async function upsertPreparedOutput(path: string, output: RealizedPreparedOutputRecord): Promise<void> {
  const record: PreparedOutputsRecord = await readRecord(
    path,
    PreparedOutputsRecordSchema,
    'prepared outputs',
  );
  const index = record.outputs.findIndex((o) => o.node_id === output.node_id);
  if (index === -1) record.outputs.push(output);
  else record.outputs[index] = output;
  await writeRecord(path, PreparedOutputsRecordSchema, record);
}

async function markPrepareFailure(state: RunState, nodeId: string, failure: string): Promise<void> {
  const { session, plan } = state;
  for (const jobPlan of plan.jobs) {
    const direct = jobPlan.dependsOn.includes(nodeId);
    const message = direct
      ? `prepare node \`${nodeId}\` failed before execute: ${failure}`
      : `not run because prepare phase stopped after \`${nodeId}\` failed: ${failure}`;
    const log = openLogWriter(jobPaths(session.paths.runDir, jobPlan.job.id).hostLog);
    log.line(`[pikaci] ${message}`);
    log.close();
    const now = rfc3339();
    await session.saveJob(
      jobRecord(session.paths.runDir, jobPlan.job, {
        status: direct ? 'failed' : 'skipped',
        started_at: now,
        finished_at: now,
        message,
        pre_execution_prepare_duration_ms: prepareDurationMs(
          jobPlan.dependsOn,
          session.record.prepare_timings,
        ),
      }),
    );
  }
}
