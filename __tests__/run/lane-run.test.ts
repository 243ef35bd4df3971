/**
 * `resolveLaneRun`, the one resolution behind the action's `command: run` and `pikaci run <id>`,
 * against the real Pika catalog and manifest (`catalog/`) through the real loaders.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import {
  bindManifest,
  defaultCatalogPath,
  loadCatalog,
  manifestOptionsFor,
} from '../../src/catalog/index.js';
import { validateGroupName } from '../../src/locks/index.js';
import { allLanes, loadManifest } from '../../src/manifest/index.js';
import { lockGroupName, resolveLaneRun, type RunnableSources } from '../../src/run/index.js';

const manifestFile = fileURLToPath(new URL('../../catalog/pika-forge-lanes.toml', import.meta.url));
let sources: RunnableSources;

beforeAll(async () => {
  const catalogPath = defaultCatalogPath();
  const catalog = await loadCatalog(catalogPath);
  const manifest = await loadManifest(manifestFile, manifestOptionsFor(catalog));
  sources = {
    targets: bindManifest(catalog, manifest).targets,
    lanes: allLanes(manifest),
    catalogPath,
    manifestPath: manifestFile,
  };
});

describe('resolveLaneRun', () => {
  it('a staged lane: its target, a lock named after its synthesized group, staged jobs in parallel', () => {
    const run = resolveLaneRun({ id: 'pika_rust', sources, env: {} });
    expect(run.lane?.id).toBe('pika_rust');
    expect(run.title).toBe('check-pika-rust');
    expect(run.runnable).toMatchObject({ targetId: 'pre-merge-pika-rust', source: 'lane-target' });
    expect(run.jobs.map((job) => job.id)).toEqual([
      'pika-core-lib-app-flows-tests',
      'pika-core-messaging-e2e-tests',
    ]);
    // `staged-linux:pre-merge-pika-rust` is not a file name: readable part plus a hash.
    expect(run.lane?.concurrency_group).toBe('staged-linux:pre-merge-pika-rust');
    expect(run.concurrencyGroup).toMatch(/^staged-linux-pre-merge-pika-rust-[0-9a-f]{8}$/);
    expect(run.maxConcurrentExecutes).toBe(2);
    expect(run.parallel).toBe(true);

    const four = resolveLaneRun({ id: 'pika_rust', sources, env: { PIKACI_MAX_CONCURRENT_EXECUTES: '4' } });
    expect(four.maxConcurrentExecutes).toBe(4);
    const one = resolveLaneRun({
      id: 'pika_rust',
      sources,
      jobIds: ['pika-core-messaging-e2e-tests'],
      env: { PIKACI_MAX_CONCURRENT_EXECUTES: '4' },
    });
    expect(one.jobs.map((job) => job.id)).toEqual(['pika-core-messaging-e2e-tests']);
    expect(one.parallel).toBe(false);
  });

  it('a command lane: one host-process job named after the lane, under its own group', () => {
    const run = resolveLaneRun({ id: 'apple_host_sanity', sources, env: {} });
    expect(run.runnable.source).toBe('lane-command');
    expect(run.jobs).toHaveLength(1);
    expect(run.jobs[0]).toMatchObject({
      id: 'apple_host_sanity',
      execution: { placement: 'local', runtime: 'host_process' },
    });
    expect(run.concurrencyGroup).toBe('apple-host');
    expect(run.maxConcurrentExecutes).toBe(1);
    expect(run.parallel).toBe(false);
  });

  it('an explicit group replaces the lane group; a bare target has none', () => {
    expect(
      resolveLaneRun({ id: 'apple_host_sanity', sources, concurrencyGroup: 'mine', env: {} })
        .concurrencyGroup,
    ).toBe('mine');
    const target = resolveLaneRun({ id: 'pre-merge-pika-rust', sources, env: {} });
    expect(target.lane).toBeNull();
    expect(target.title).toBe(target.runnable.description);
    expect(target.runnable.source).toBe('target');
    expect(target.concurrencyGroup).toBeNull();
  });

  it('a lane wins over a catalog target of the same id', () => {
    const lane = sources.lanes.find((candidate) => candidate.id === 'apple_host_sanity')!;
    const shadowing = { ...lane, id: 'pika-actionlint', title: 'lane named like a target' };
    const run = resolveLaneRun({
      id: 'pika-actionlint',
      sources: { ...sources, lanes: [...sources.lanes, shadowing] },
      env: {},
    });
    expect(run.runnable.source).toBe('lane-command');
    expect(run.title).toBe('lane named like a target');
    expect(run.concurrencyGroup).toBe('apple-host');
  });

  it('bad input fails with the reason: unknown id, unknown job, bad parallelism setting', () => {
    expect(() => resolveLaneRun({ id: 'pika_rst', sources, env: {} })).toThrow(
      'unknown target or lane `pika_rst`',
    );
    expect(() => resolveLaneRun({ id: 'pika_rust', sources, jobIds: ['nope'], env: {} })).toThrow(
      'unknown job `nope` in `pre-merge-pika-rust`',
    );
    expect(() =>
      resolveLaneRun({ id: 'pika_rust', sources, env: { PIKACI_MAX_CONCURRENT_EXECUTES: '0' } }),
    ).toThrow('PIKACI_MAX_CONCURRENT_EXECUTES must be a positive integer');
  });
});

describe('lockGroupName', () => {
  it('keeps a valid name and maps every other group to a distinct valid one', () => {
    expect(lockGroupName('apple-host')).toBe('apple-host');
    const names = ['staged-linux:a', 'staged-linux/a', 'staged-linux a', ':x', 'é'.repeat(200)].map(
      lockGroupName,
    );
    for (const name of names) expect(validateGroupName(name)).toBe(name);
    expect(new Set(names).size).toBe(names.length);
    expect(lockGroupName('staged-linux:a')).toBe(lockGroupName('staged-linux:a'));
  });
});
