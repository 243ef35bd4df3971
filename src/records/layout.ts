/** The state-root layout (docs/upstream.md, records 1.4). Every path here is absolute. */
import { join } from 'node:path';

export interface RunPaths {
  runDir: string;
  runJson: string;
  planJson: string;
  preparedOutputsJson: string;
  snapshotDir: string;
  cargoTargetDir: string;
  jobsDir: string;
}

export interface JobPaths {
  jobDir: string;
  statusJson: string;
  hostLog: string;
  artifactsDir: string;
  guestLog: string;
  resultJson: string;
}

export function runsDir(stateRoot: string): string {
  return join(stateRoot, 'runs');
}

export function cargoHomeDir(stateRoot: string): string {
  return join(stateRoot, 'cache', 'cargo-home');
}

export function runPaths(stateRoot: string, runId: string): RunPaths {
  const runDir = join(runsDir(stateRoot), runId);
  return {
    runDir,
    runJson: join(runDir, 'run.json'),
    planJson: join(runDir, 'plan.json'),
    preparedOutputsJson: join(runDir, 'prepared-outputs.json'),
    snapshotDir: join(runDir, 'snapshot'),
    cargoTargetDir: join(runDir, 'cargo-target'),
    jobsDir: join(runDir, 'jobs'),
  };
}

export function jobPaths(runDir: string, jobId: string): JobPaths {
  const jobDir = join(runDir, 'jobs', jobId);
  const artifactsDir = join(jobDir, 'artifacts');
  return {
    jobDir,
    statusJson: join(jobDir, 'status.json'),
    hostLog: join(jobDir, 'host.log'),
    artifactsDir,
    guestLog: join(artifactsDir, 'guest.log'),
    resultJson: join(artifactsDir, 'result.json'),
  };
}
