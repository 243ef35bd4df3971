/** Run records with jobs and Incus phases at known times, for the timeline tests. */
import { RunRecordSchema, type RunRecord } from '../../src/records/index.js';

const PHASES = [
  'prepare_directories',
  'stage_workspace_snapshot',
  'prepare_runtime',
  'launch_guest',
  'wait_for_completion',
  'collect_artifacts',
] as const;

export const T0 = Date.parse('2026-03-19T10:00:00.000Z');

export function at(offsetMs: number): string {
  return new Date(T0 + offsetMs).toISOString();
}

export interface JobSpec {
  id: string;
  status: 'passed' | 'failed' | 'skipped' | 'running';
  start: number;
  end: number | null;
  /** Phase durations in ms, laid end to end from `start`; empty for a host job. */
  phases?: number[];
  message?: string;
}

export function runRecord(jobs: JobSpec[], extra: Record<string, unknown> = {}): RunRecord {
  return RunRecordSchema.parse({
    run_id: '20260319T100000Z-0123abcd',
    status: jobs.some((j) => j.status === 'failed') ? 'failed' : 'passed',
    target_id: 'target',
    source_root: '/src',
    snapshot_dir: '/snap',
    created_at: at(0),
    finished_at: at(Math.max(0, ...jobs.map((j) => j.end ?? 0))),
    jobs: jobs.map((job) => {
      let cursor = job.start;
      const phases = (job.phases ?? []).map((duration, index) => {
        const phase = {
          phase: PHASES[index % PHASES.length],
          started_at: at(cursor),
          finished_at: at(cursor + duration),
          duration_ms: duration,
        };
        cursor += duration;
        return phase;
      });
      return {
        id: job.id,
        description: `job ${job.id}`,
        status: job.status,
        executor: job.phases ? 'remote_linux_vm' : 'host_local',
        placement: 'local',
        runtime: job.phases ? 'incus' : 'host_process',
        timeout_secs: 60,
        host_log_path: `/state/${job.id}/host.log`,
        guest_log_path: `/state/${job.id}/guest.log`,
        started_at: at(job.start),
        finished_at: job.end === null ? null : at(job.end),
        exit_code: job.status === 'failed' ? 1 : job.status === 'passed' ? 0 : null,
        message: job.message ?? null,
        remote_linux_vm_execution: job.phases ? { backend: 'incus', phases } : null,
      };
    }),
    ...extra,
  });
}
