/**
 * plan.json (docs/upstream.md, records 2.6, 3.5): shared, deduplicated staged prepare nodes
 * (`prepare-<prefix>-workspace-deps` → `prepare-<prefix>-workspace-build`), one
 * `prepare-<job>-runner` per Incus job, then one `execute-<job>` per job. Pure.
 *
 * Unlike upstream, a staged prepare node is placed on the host of the jobs that consume it
 * (README "Staged payloads"): its installable names the snapshot on that host and its exposures
 * are the jobs' directories there. When one prefix's jobs span placements, each placement gets its
 * own nodes (`…-workspace-deps-local`, `…-workspace-deps-remote-ssh`): a payload is built where it
 * is consumed, never copied between hosts.
 */
import { posix } from 'node:path';
import type { Placement } from '../model/index.js';
import { hostLayout } from '../workspace/index.js';
import {
  compileGuestCommand,
  compileJobCommand,
  stagedLinuxCommand,
  type GuestCommand,
  type JobSpec,
  type PayloadRole,
  type RuntimeKind,
} from '../model/index.js';
import { assertNever } from '../util/index.js';
import {
  PLAN_PRECONDITIONS,
  type ExecutePlanNode,
  type PlanExecutorKind,
  type PreparePlanNode,
  type RunPlanRecord,
} from '../records/index.js';
import { shellJoin } from '../util/index.js';

export interface PlanInput {
  runId: string;
  runDir: string;
  createdAt: string;
  targetId: string | null;
  targetDescription: string | null;
  /** The run's snapshot on this machine, and its content hash (it names the snapshot on SSH hosts). */
  snapshotDir: string;
  contentHash: string | null;
  /** Work dir W on placement hosts. */
  workDir: string;
  jobs: readonly JobSpec[];
}

export interface JobPlan {
  job: JobSpec;
  executeNodeId: string;
  dependsOn: string[];
}

export interface RunPlan {
  record: RunPlanRecord;
  jobs: JobPlan[];
}

const ROLE_SUFFIX: Record<PayloadRole, string> = {
  workspace_deps: 'workspace-deps',
  workspace_build: 'workspace-build',
};
const ROLE_DESCRIPTION: Record<PayloadRole, string> = {
  workspace_deps: 'Build staged Linux Rust dependencies',
  workspace_build: 'Build staged Linux Rust test artifacts',
};

export function planExecutorKind(runtime: RuntimeKind): PlanExecutorKind {
  switch (runtime) {
    case 'host_process':
      return 'host_local';
    case 'incus':
      return 'remote_linux_vm';
    case 'tart':
      return 'tart_local';
    default:
      return assertNever(runtime);
  }
}

/** The shell text of a host-process command as recorded in a `host_command` node. */
function hostCommandText(guest: GuestCommand): string {
  switch (guest.kind) {
    case 'host_shell_command':
    case 'shell_command':
    case 'shell_command_as_root':
      return guest.command;
    case 'argv':
      return shellJoin(guest.argv);
    case 'exact_cargo_test':
    case 'package_unit_tests':
    case 'package_tests':
    case 'filtered_cargo_tests':
      return compileGuestCommand(guest).command;
    default:
      return assertNever(guest);
  }
}

export function prepareRunnerNodeId(jobId: string): string {
  return `prepare-${jobId}-runner`;
}

export function executeNodeId(jobId: string): string {
  return `execute-${jobId}`;
}

/** The placements each staged prefix is consumed on. */
function prefixPlacements(jobs: readonly JobSpec[]): Map<string, Set<Placement>> {
  const placements = new Map<string, Set<Placement>>();
  for (const job of jobs) {
    const staged = stagedLinuxCommand(job);
    if (!staged) continue;
    const set = placements.get(staged.prepare_node_prefix) ?? new Set<Placement>();
    set.add(job.execution.placement);
    placements.set(staged.prepare_node_prefix, set);
  }
  return placements;
}

export function buildRunPlan(input: PlanInput): RunPlan {
  const prepares: PreparePlanNode[] = [];
  const byId = new Map<string, PreparePlanNode>();
  const executes: ExecutePlanNode[] = [];
  const jobs: JobPlan[] = [];
  const placementsOf = prefixPlacements(input.jobs);

  for (const job of input.jobs) {
    const dependsOn: string[] = [];
    const staged = stagedLinuxCommand(job);
    if (staged) {
      const placement = job.execution.placement;
      const host = hostLayout(placement, input, input.workDir);
      const spansHosts = (placementsOf.get(staged.prepare_node_prefix)?.size ?? 1) > 1;
      let previous: string | null = null;
      for (const spec of staged.payload_specs) {
        const suffix = ROLE_SUFFIX[spec.role];
        const id = `prepare-${staged.prepare_node_prefix}-${suffix}${spansHosts ? `-${placement.replaceAll('_', '-')}` : ''}`;
        let node = byId.get(id);
        if (!node) {
          node = {
            kind: 'prepare',
            id,
            description: `${ROLE_DESCRIPTION[spec.role]} for ${staged.prepare_description}`,
            executor: 'host_local',
            placement,
            runtime: 'host_process',
            depends_on: previous === null ? [] : [previous],
            prepare: {
              type: 'nix_build',
              installable: `path:${host.snapshotDir}#${spec.output_name}`,
              output_name: spec.output_name,
              residency: placement === 'local' ? 'local_authoritative' : 'remote_authoritative_staged_linux',
              handoff: { protocol: 'nix_store_path_v1', exposures: [] },
            },
          };
          byId.set(id, node);
          prepares.push(node);
        }
        const mountPath = posix.join(host.jobDir(job.id), 'staged-linux-rust', suffix);
        if (node.prepare.type === 'nix_build' && node.prepare.handoff) {
          const exposures = node.prepare.handoff.exposures;
          if (!exposures.some((e) => e.path === mountPath)) {
            exposures.push({ kind: 'host_symlink_mount', path: mountPath, access: 'read_only' });
          }
        }
        dependsOn.push(id);
        previous = id;
      }
    }
    if (job.execution.runtime === 'incus') {
      const id = prepareRunnerNodeId(job.id);
      const node: PreparePlanNode = {
        kind: 'prepare',
        id,
        description: `Prepare ${job.execution.placement === 'remote_ssh' ? 'remote' : 'local'} Linux VM backend for \`${job.id}\``,
        executor: 'host_local',
        placement: 'local',
        runtime: 'host_process',
        depends_on: [],
        prepare: { type: 'remote_linux_vm_backend', backend: 'incus' },
      };
      byId.set(id, node);
      prepares.push(node);
      dependsOn.push(id);
    }
    const id = executeNodeId(job.id);
    const common = {
      kind: 'execute' as const,
      id,
      description: job.description,
      executor: planExecutorKind(job.execution.runtime),
      placement: job.execution.placement,
      runtime: job.execution.runtime,
      depends_on: [...dependsOn],
    };
    if (job.execution.runtime === 'host_process') {
      executes.push({
        ...common,
        execute: {
          type: 'host_command',
          command: hostCommandText(job.guest_command),
          timeout_secs: job.timeout_secs,
          writable_workspace: job.writable_workspace,
        },
      });
    } else {
      const compiled = compileJobCommand(job);
      executes.push({
        ...common,
        execute: {
          type: 'vm_command',
          command: compiled.command,
          run_as_root: compiled.runAsRoot,
          timeout_secs: job.timeout_secs,
          writable_workspace: job.writable_workspace,
        },
      });
    }
    jobs.push({ job, executeNodeId: id, dependsOn });
  }

  return {
    record: {
      schema_version: 1,
      run_id: input.runId,
      target_id: input.targetId,
      target_description: input.targetDescription,
      created_at: input.createdAt,
      scope: 'post_host_setup_and_snapshot',
      preconditions: [...PLAN_PRECONDITIONS],
      nodes: [...prepares, ...executes],
    },
    jobs,
  };
}
