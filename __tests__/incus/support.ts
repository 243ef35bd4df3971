/** Builds real job contexts for the Incus backend tests: a git repo, its snapshot, job dirs, logs. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IncusHostConfigSchema, type IncusHostConfig } from '../../src/backends/incus/index.js';
import type { JobSpec } from '../../src/model/index.js';
import { jobPaths, newRunId } from '../../src/records/index.js';
import { openLogWriter, type JobContext } from '../../src/runtime/index.js';
import { createSnapshot } from '../../src/snapshot/index.js';
import type { Transport } from '../../src/transport/index.js';
import type { TestEnv } from '../support/test-env.js';
import { makeRepo } from '../support/repo.js';

/** The test environment's LXD as the backend's host config: containers, 30 s readiness. */
export function lxdConfig(env: TestEnv): IncusHostConfig {
  return IncusHostConfigSchema.parse({
    cli: env.lxd.cli,
    project: env.lxd.project,
    profiles: [env.lxd.profile],
    image: env.lxd.image,
    instance_type: 'container',
    limits: {},
    readiness_timeout_secs: 30,
  });
}

export interface Fixture {
  dir: string;
  snapshotDir: string;
  contentHash: string | null;
}

export async function snapshotFixture(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'pikaci-incus-'));
  const repo = makeRepo({ 'hello.txt': 'hello from the snapshot\n' }, { dir: join(dir, 'repo') }).root;
  const snapshotDir = join(dir, 'snapshot');
  const meta = await createSnapshot({
    sourceRoot: repo,
    destDir: snapshotDir,
    profile: 'full',
    includeLocalChanges: false,
  });
  return { dir, snapshotDir, contentHash: meta.content_hash };
}

export function jobContext(
  fixture: Fixture,
  job: JobSpec,
  transport: Transport,
  signal: AbortSignal = new AbortController().signal,
): JobContext & { output: JobContext['output']; live: Buffer[] } {
  const runId = newRunId(new Date());
  const runDir = join(fixture.dir, 'state', 'runs', runId);
  const paths = jobPaths(runDir, job.id);
  const live: Buffer[] = [];
  return {
    job,
    runId,
    paths,
    hostLog: openLogWriter(paths.hostLog),
    transport,
    workspace: {
      runId,
      snapshotDir: fixture.snapshotDir,
      contentHash: fixture.contentHash,
      cargoHomeDir: join(fixture.dir, 'cargo-home'),
      cargoTargetDir: join(fixture.dir, 'cargo-target'),
    },
    environment: { host: {}, context: {}, passed: {}, secrets: {} },
    signal,
    output: (_stream, chunk) => live.push(chunk),
    live,
  };
}
