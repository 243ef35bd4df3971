/**
 * A full disk while a job logs (README "Faults"): the state root is a real 2 MiB tmpfs and the job
 * prints 5.5 MiB. The job fails with `no space left on device writing <host.log>`, it is stopped,
 * cleanup runs (no process, no Incus instance left), run.json ends `failed` and parses, and
 * `pikaci` exits 1 with that message and no stack trace. Host process and local Incus (LXD).
 */
import { SUPERVISOR_GRACE_SECS } from '../../src/backends/host-process/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RunRecordSchema,
  TerminalResultSchema,
  writeFileAtomic,
  type RunRecord,
} from '../../src/records/index.js';
import { runCli } from '../support/cli.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { HELLO_FILES, hostFlags, instancesOfRuns } from '../incus-ssh/support.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';

const CATALOG = join(import.meta.dirname, 'faults-catalog.toml');
let env: TestEnv;
let mountPoint: string;
const stateRoots: string[] = [];

beforeAll(() => {
  env = loadTestEnv();
  mountPoint = mkdtempSync(join(tmpdir(), 'pikaci-disk-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
});
afterEach(async () => {
  // Whatever a failing run left behind goes, so one test cannot break the next or leak instances.
  const leaked = await instancesOfRuns(env, stateRoots);
  for (const name of leaked)
    execFileSync(env.lxd.cli, ['delete', '--force', '--project', env.lxd.project, name]);
  for (const root of stateRoots.splice(0)) rmSync(root, { recursive: true, force: true });
  expect(leaked).toEqual([]);
});
afterAll(() => {
  execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

/** The only run under `stateRoot`, parsed with the record schema (a torn file would not parse). */
function onlyRun(stateRoot: string): RunRecord {
  const runs = readdirSync(join(stateRoot, 'runs'));
  expect(runs).toHaveLength(1);
  return RunRecordSchema.parse(
    JSON.parse(readFileSync(join(stateRoot, 'runs', runs[0]!, 'run.json'), 'utf8')),
  );
}

function processesIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === dir;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function floodRun(target: string, stateRoot: string, extra: string[] = []) {
  stateRoots.push(stateRoot);
  const started = Date.now();
  const result = await runCli(['run', '--catalog', CATALOG, target, '--state-root', stateRoot, ...extra], {
    cwd: makeRepo(HELLO_FILES).root,
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

function expectCleanFailure(
  result: { code: number | null; stderr: string; seconds: number },
  run: RunRecord,
) {
  const hostLog = join(run.snapshot_dir, '..', 'jobs', run.jobs[0]!.id, 'host.log');
  const message = `no space left on device writing ${hostLog}`;
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(message);
  // A crash prints `at <function> (<file>:<line>)` frames; a handled failure prints none.
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+/m);
  expect(result.stderr).not.toContain('internal error');
  // The job sleeps 120 s after printing: it was stopped, not waited for.
  expect(result.seconds).toBeLessThan(60);
  expect(run.status).toBe('failed');
  expect(run.runner_pid).toBeNull();
  expect(run.jobs.map((j) => [j.status, j.message])).toEqual([['failed', message]]);
  const resultJson = join(hostLog, '..', 'artifacts', 'result.json');
  expect(TerminalResultSchema.parse(JSON.parse(readFileSync(resultJson, 'utf8'))).message).toBe(message);
}

describe('a record write on a full disk', () => {
  it('fails, leaves the previous record whole, and leaves no temp file taking space', async () => {
    const dir = join(mountPoint, 'records');
    mkdirSync(dir);
    stateRoots.push(dir);
    const path = join(dir, 'record.json');
    await writeFileAtomic(path, '{"version":1}');
    // Fill the disk: a file written until the kernel says ENOSPC.
    const filler = openSync(join(dir, 'filler'), 'w');
    try {
      for (;;) writeSync(filler, Buffer.alloc(64 * 1024));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      closeSync(filler);
    }
    await expect(writeFileAtomic(path, JSON.stringify({ big: 'x'.repeat(256 * 1024) }))).rejects.toThrow(
      /ENOSPC/,
    );
    expect(readFileSync(path, 'utf8')).toBe('{"version":1}');
    expect(readdirSync(dir).sort()).toEqual(['filler', 'record.json']);
  });
});

describe('a full disk while logging', () => {
  it('host process: the job fails with the reason, is stopped, and the record ends failed', async () => {
    const stateRoot = join(mountPoint, 'host');
    const result = await floodRun('flood-host', stateRoot);
    const run = onlyRun(stateRoot);
    expectCleanFailure(result, run);
    expect(result.stdout).not.toContain('flood-done');
    // No process of the job is left: it ran in the snapshot, so none may have that as its cwd. The
    // supervisor's watcher (its own session) may take a moment to stop the group and exit on a busy
    // machine; it never takes longer than its grace period.
    const deadline = Date.now() + (SUPERVISOR_GRACE_SECS + 5) * 1000;
    while (processesIn(run.snapshot_dir).length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(processesIn(run.snapshot_dir)).toEqual([]);
  }, 120_000);

  it('local Incus: the instance is deleted and the record ends failed', async () => {
    const stateRoot = join(mountPoint, 'incus');
    const result = await floodRun('flood-incus', stateRoot, hostFlags(env, tempDir('pikaci-disk-full-w-')));
    const run = onlyRun(stateRoot);
    expectCleanFailure(result, run);
    expect(await instancesOfRuns(env, [stateRoot])).toEqual([]);
  }, 180_000);
});
