/**
 * `pikaci gc --processes` over the real sshd (README "Faults"): leftover remote job processes are
 * found by their `PIKACI_REMOTE_JOB` marker and stopped when their run is over; a live run's are
 * kept, and so are an unknown run's until they are older than the grace period. A leftover is made
 * for real: the job's watcher is killed, then the runner (`kill -9` both), so nothing stops the job.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, spawnCli, waitFor } from '../support/cli.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { HELLO_FILES, hostFlags } from '../incus-ssh/support.js';
import { sleepMarker, sleepPids, sleepStarted } from '../support/processes.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';

const CATALOG = join(import.meta.dirname, 'faults-catalog.toml');
let env: TestEnv;
const markers: string[] = [];
const runners: Array<{ kill(signal: NodeJS.Signals): boolean }> = [];

const pidsOf = sleepPids;

/** Pids whose environment has `PIKACI_REMOTE_JOB=<value>` and whose argv contains `argvPart`. */
function markedPids(value: string, argvPart: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const environ = readFileSync(`/proc/${name}/environ`, 'latin1').split('\0');
      const argv = readFileSync(`/proc/${name}/cmdline`, 'latin1');
      if (environ.includes(`PIKACI_REMOTE_JOB=${value}`) && argv.includes(argvPart)) found.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

beforeAll(() => {
  env = loadTestEnv();
});
afterEach(() => {
  for (const runner of runners.splice(0)) runner.kill('SIGKILL');
  for (const marker of markers.splice(0)) {
    for (const pid of pidsOf(marker)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});

function setup() {
  const marker = sleepMarker(1100);
  markers.push(marker);
  const scratch = tempDir('pikaci-gc-processes-');
  const flags = hostFlags(env, join(scratch, 'w'));
  const stateRoot = join(scratch, 'state');
  const repo = makeRepo({ ...HELLO_FILES, 'marker.txt': `${marker}\n` }).root;
  const start = () => {
    const run = spawnCli(
      ['run', '--catalog', CATALOG, 'remote-stubborn', '--state-root', stateRoot, ...flags],
      { cwd: repo },
    );
    runners.push(run.child);
    return run;
  };
  const gc = (root: string, ...extra: string[]) =>
    runCli(['gc', '--processes', '--state-root', root, ...flags, ...extra], { cwd: repo });
  const runId = () => readdirSync(join(stateRoot, 'runs'))[0]!;
  return { marker, scratch, stateRoot, start, gc, runId };
}

describe('pikaci gc --processes', () => {
  it("stops a killed runner's leftover job processes", async () => {
    const s = setup();
    const run = s.start();
    await waitFor(run.output, (t) => t.includes(`stubborn-started ${s.marker}`), 60_000, 'the remote job');
    expect((await sleepStarted(s.marker)).length).toBeGreaterThan(0);
    const job = `${s.runId()}/remote-stubborn`;
    const watchers = markedPids(job, 'pikaci-job-watch');
    expect(watchers).toHaveLength(1);
    process.kill(watchers[0]!, 'SIGKILL');
    run.child.kill('SIGKILL');
    await run.done;
    // Nothing stops the job now: it is a leftover.
    await new Promise((r) => setTimeout(r, 2000));
    const left = pidsOf(s.marker);
    expect(left.length).toBeGreaterThan(0);

    const result = await s.gc(s.stateRoot);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('removed_processes=1\n');
    expect(result.stdout).toMatch(
      new RegExp(
        `^removed job ${job} pids [\\d,]+ \\(run ${s.runId()}: its run is no longer running\\)$`,
        'm',
      ),
    );
    expect(pidsOf(s.marker)).toEqual([]);
  }, 120_000);

  it("keeps a live run's processes, and an unknown run's until the grace period is over", async () => {
    const s = setup();
    const run = s.start();
    await waitFor(run.output, (t) => t.includes(`stubborn-started ${s.marker}`), 60_000, 'the remote job');
    expect((await sleepStarted(s.marker)).length).toBeGreaterThan(0);
    const job = `${s.runId()}/remote-stubborn`;

    const live = await s.gc(s.stateRoot);
    expect(live.code).toBe(0);
    expect(live.stdout).toContain(`kept job ${job} pids`);
    expect(live.stdout).toContain(`(run ${s.runId()}: its run is still running)`);

    const otherRoot = join(s.scratch, 'other-state');
    const young = await s.gc(otherRoot);
    expect(young.stdout).toContain(`kept job ${job} pids`);
    expect(young.stdout).toContain('unknown run, younger than the grace period of 3600s');
    // On failure, what gc kept and what the runner printed say who stopped the job.
    const jobAlive = () => ({ alive: pidsOf(s.marker).length > 0, gc: young.stdout, runner: run.output() });
    expect(jobAlive()).toMatchObject({ alive: true });

    // `--run` narrows the sweep: another run id leaves this job alone even with no grace (and keeps
    // this test from stopping the jobs of other suites running on the same machine).
    const otherRun = await s.gc(otherRoot, '--grace-secs', '0', '--run', '20000101T000000Z-00000000');
    expect(otherRun.code).toBe(0);
    expect(otherRun.stdout).toBe('removed_processes=0\n');
    expect(jobAlive()).toMatchObject({ alive: true });
    const badRun = await s.gc(otherRoot, '--run', '../x');
    expect(badRun.code).toBe(2);
    expect(badRun.stderr).toContain('--run must be a run id');

    const old = await s.gc(otherRoot, '--grace-secs', '0', '--run', s.runId());
    expect(old.stdout).toMatch(
      new RegExp(
        `^removed job ${job} pids [\\d,]+ \\(run ${s.runId()}: unknown run, created \\d+s ago \\(grace 0s\\)\\)$`,
        'm',
      ),
    );
    expect(pidsOf(s.marker)).toEqual([]);
    // The runner sees its job end (killed) and records the run as failed.
    const finished = await run.done;
    expect(finished.code).toBe(1);
  }, 120_000);
});
