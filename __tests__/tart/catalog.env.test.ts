/**
 * The Pika catalog's Tart targets through the Tart backend and the simulated `tart`: they load, their
 * plan has one execute node per job, and a target runs end to end — host setup once (a `just` in the
 * work dir's bin/ stands in for the iOS build), the host toolchain's synthetic /nix bootstrap, the
 * guest runner — up to its macOS-only guest command, which the simulated (Linux) guest cannot run.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/index.js';
import { executionEnvironment } from '../../src/hosts/index.js';
import { runJobs } from '../../src/run/index.js';
import { ROOT } from '../support/cli.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { requireRoot } from '../support/test-env.js';
import { simulatedTartHost } from '../support/tart.js';

// The simulated guest is a mount namespace: root only (README "Development").
beforeAll(requireRoot);

describe('the Pika catalog`s Tart targets (simulated tart)', () => {
  it('simulated: every Tart target loads as local × tart jobs', async () => {
    const catalog = await loadCatalog(join(ROOT, 'catalog/pika.toml'));
    const tart = [...catalog.targets.values()].filter((t) =>
      t.jobs.some((j) => j.execution.runtime === 'tart'),
    );
    expect(tart.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'tart-env-probe',
        'tart-beachhead',
        'tart-ios-unit-tests',
        'pre-merge-apple-deterministic',
      ]),
    );
    for (const target of tart) {
      for (const job of target.jobs) {
        expect(job.execution).toEqual({ placement: 'local', runtime: 'tart' });
        expect(job.runtime_config.kind).toBe('tart');
      }
    }
  });

  it('simulated: tart-env-probe plans and runs through the backend up to its macOS guest command', async () => {
    const catalog = await loadCatalog(join(ROOT, 'catalog/pika.toml'));
    const jobs = [...catalog.targets.get('tart-env-probe')!.jobs];
    const host = simulatedTartHost();
    const just = join(host.workDir, 'bin', 'just');
    writeFileSync(just, '#!/bin/sh\necho "just $* (DEVELOPER_DIR=$DEVELOPER_DIR)"\n');
    chmodSync(just, 0o755);
    const toolchain = tempDir('pikaci-tart-toolchain-');
    chmodSync(toolchain, 0o755);
    mkdirSync(join(toolchain, 'bin'));
    writeFileSync(join(toolchain, 'bin', 'cargo'), '#!/bin/sh\necho cargo\n');
    chmodSync(join(toolchain, 'bin', 'cargo'), 0o755);
    const stateRoot = join(tempDir('pikaci-tart-catalog-'), 'state');
    const run = await runJobs({
      stateRoot,
      sourceRoot: makeRepo({ 'README.md': 'pika\n' }).root,
      jobs,
      targetId: 'tart-env-probe',
      targetDescription: 'tart-env-probe',
      includeLocalChanges: false,
      environment: executionEnvironment({
        remoteWorkDir: host.workDir,
        tart: { readiness_timeout_secs: 20, rust_toolchain: toolchain, stop_timeout_secs: 5 },
        log: () => undefined,
      }),
    });
    const plan = JSON.parse(readFileSync(join(stateRoot, 'runs', run.run_id, 'plan.json'), 'utf8')) as {
      nodes: Array<{ id: string; kind: string }>;
    };
    expect(plan.nodes.filter((n) => n.kind === 'execute').map((n) => n.id)).toEqual([
      'execute-tart-env-probe',
    ]);
    const job = run.jobs[0]!;
    // `sw_vers` exists only in a macOS guest: the simulated guest ran the command and it failed there.
    expect(job).toMatchObject({ status: 'failed', exit_code: 127, message: 'test command exited with 127' });
    const setupLog = readFileSync(join(stateRoot, 'runs', run.run_id, 'host-setup.log'), 'utf8');
    expect(setupLog).toContain(
      'just ios-xcframework ios-xcodeproj (DEVELOPER_DIR=/Applications/Xcode-16.4.0.app/Contents/Developer)',
    );
    const hostLog = readFileSync(job.host_log_path, 'utf8');
    expect(hostLog).toContain('[pikaci] bootstrapping synthetic /nix mountpoint inside Tart guest');
    expect(hostLog).toContain('sw_vers: command not found');
    expect(job.remote_linux_vm_execution).toMatchObject({
      backend: 'tart',
      image: { name: 'sequoia-base', digest: null },
    });
    expect(host.vms()).toEqual(['sequoia-base']);
    expect(host.runProcesses()).toEqual([]);
  }, 90_000);
});
