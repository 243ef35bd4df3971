/**
 * `pikaci gc --vms` against the simulated `tart` (support/tart.ts): the sweep reads
 * `tart list --format json` on the host, and stops (when running) then deletes the `pikaci-*` VMs
 * whose run is over, by the same rule as every sweep (`orphanJudge`); others are kept.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { newRunId } from '../../src/records/index.js';
import { runCli, waitFor } from '../support/cli.js';
import { tempDir } from '../support/repo.js';
import { STANDIN, simulatedTartHost, tartSequence } from '../support/tart.js';

describe('pikaci gc --vms (simulated tart)', () => {
  it('simulated: stops and deletes the VMs of runs that are over, keeps the others', async () => {
    const host = simulatedTartHost();
    const old = newRunId(new Date(Date.now() - 3 * 3600_000));
    const recent = newRunId();
    const stopped = `pikaci-${old}-lint`;
    const running = `pikaci-${old}-ios-tests`;
    const young = `pikaci-${recent}-lint`;
    for (const vm of [stopped, running, young, 'someone-elses-vm']) host.tart('clone', 'sequoia-base', vm);
    const run = spawn(process.execPath, [STANDIN, 'run', '--no-graphics', running], {
      env: { ...process.env, TART_HOME: host.tartHome },
      stdio: 'ignore',
      detached: true,
    });
    run.unref();
    await waitFor(
      () => JSON.stringify(host.runProcesses()),
      (pids) => pids !== '[]',
      10_000,
      'the VM to run',
    );
    const exited = new Promise((resolve) => run.on('exit', resolve));
    const gc = await runCli([
      'gc',
      '--vms',
      '--state-root',
      join(tempDir('pikaci-tart-gc-'), 'state'),
      '--remote-work-dir',
      host.workDir,
    ]);
    expect(gc.stderr).toBe('');
    expect(gc.code).toBe(0);
    const lines = gc.stdout.trim().split('\n');
    expect(lines[0]).toBe('removed_vms=2');
    // `tart list` sorts by name; the old run's VMs come first. Their age is the run id's.
    const age = /created (\d+)s ago/.exec(gc.stdout)?.[1];
    expect(lines.slice(1)).toEqual([
      `removed ${running} (run ${old}: unknown run, created ${age}s ago (grace 3600s))`,
      `removed ${stopped} (run ${old}: unknown run, created ${age}s ago (grace 3600s))`,
      `kept ${young} (run ${recent}: unknown run, younger than the grace period of 3600s)`,
    ]);
    await exited;
    expect(host.vms()).toEqual(['sequoia-base', 'someone-elses-vm', young].sort());
    expect(host.runProcesses()).toEqual([]);
    const calls = host.invocations().filter((argv) => argv[0] !== 'list' || argv.includes('--source'));
    expect(
      tartSequence(calls, running).filter((line) => !line.startsWith('clone') && !line.startsWith('run')),
    ).toEqual([
      'list --source local --format json',
      'stop --timeout 30 <vm>',
      'delete <vm>',
      `delete ${stopped}`,
    ]);
  }, 60_000);
});
