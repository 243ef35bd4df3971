/**
 * The pass key (README "Skipping lanes that already passed"): each input changes its own component
 * and the key, nothing else does; the content hash it uses is the one a snapshot records (real git
 * repositories, both snapshot modes); the key fits `@actions/cache`'s rules.
 */
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  canonicalJson,
  COMPONENT_NAMES,
  explainPassKey,
  MAX_KEY_LENGTH,
  passKey,
  type PassKeyInputs,
} from '../../src/passcache/index.js';
import type { Lane } from '../../src/model/index.js';
import { createSnapshot, snapshotContentHash } from '../../src/snapshot/index.js';
import { hostJob, jobSpec } from '../support/jobs.js';
import { git, makeRepo, tempDir } from '../support/repo.js';

const LANE: Lane = {
  id: 'unit',
  title: 'unit tests',
  group: 'branch',
  entrypoint: 'just unit',
  command: null,
  paths: ['src/**'],
  concurrency_group: null,
  staged_linux_target: null,
  target: 'unit',
  runs_on: 'ubuntu-latest',
  line: 3,
};

function inputs(): PassKeyInputs {
  return {
    id: 'unit',
    lane: LANE,
    target: {
      id: 'unit',
      description: 'unit target',
      filters: ['src/**'],
      jobs: [jobSpec('test', hostJob('make test', { pass_env: ['RUST_LOG'] }))],
      maxConcurrentExecutes: 1,
    },
    snapshot: { contentHash: 'a'.repeat(64), profile: 'full', files: 3, includeLocalChanges: false },
    runtime: {
      placements: [
        {
          placement: 'local',
          host: 'local',
          system: null,
          runtimes: ['incus'],
          parts: [
            {
              runtime: 'incus',
              value: {
                cli: 'lxc',
                project: 'p',
                profiles: ['default'],
                image: 'pikaci/dev',
                fingerprint: 'f'.repeat(64),
                instance_type: 'container',
                storage_pool: null,
                limits: { cpu: 2, memory: '4096MiB' },
              },
              summary: `incus p/pikaci/dev ${'f'.repeat(12)} container`,
              image_digest: 'f'.repeat(64),
            },
          ],
        },
      ],
      flake_lock: null,
    },
    environment: { RUST_LOG: 'info' },
    action: { version: '0.1.0', code: `sha256:${'c'.repeat(64)}` },
    runner: { os: 'linux', arch: 'x64' },
  };
}

/** The name of every component whose hash differs between two keys. */
function differing(a: PassKeyInputs, b: PassKeyInputs): string[] {
  const left = passKey(a);
  const right = passKey(b);
  const changed = left.components
    .filter((c, i) => c.sha256 !== right.components[i]!.sha256)
    .map((c) => c.name);
  expect(changed.length > 0).toBe(left.key !== right.key);
  return changed;
}

describe('pass key', () => {
  it('is stable, names every component in order, and fits @actions/cache (≤ 512 characters, no comma)', () => {
    const key = passKey(inputs());
    expect(passKey(inputs()).key).toBe(key.key);
    expect(key.components.map((c) => c.name)).toEqual([...COMPONENT_NAMES]);
    expect(key.key).toMatch(/^pikaci-pass-v1-unit-[0-9a-f]{64}$/);
    const long = passKey({ ...inputs(), id: `${'x'.repeat(600)},y` });
    expect(long.key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(long.key).not.toContain(',');
    const explained = explainPassKey(key);
    for (const c of key.components) expect(explained).toContain(`${c.sha256}  ${c.summary}`);
  });

  it('changes with each input, in that input’s component only', () => {
    const base = inputs();
    const change = (edit: (i: PassKeyInputs) => void): string[] => {
      const next = structuredClone(base);
      edit(next);
      return differing(base, next);
    };
    expect(change((i) => (i.snapshot.contentHash = 'b'.repeat(64)))).toEqual(['snapshot']);
    expect(change((i) => (i.lane = { ...LANE, command: ['true'] }))).toEqual(['lane']);
    expect(change((i) => (i.lane = { ...LANE, runs_on: ['self-hosted'] }))).toEqual(['lane']);
    expect(
      change((i) => (i.target.jobs = [jobSpec('test', hostJob('make test2', { pass_env: ['RUST_LOG'] }))])),
    ).toEqual(['target']);
    expect(change((i) => (i.target.maxConcurrentExecutes = 2))).toEqual(['target']);
    const incus = (i: PassKeyInputs) => i.runtime.placements[0]!.parts[0]!.value as { fingerprint: string };
    expect(change((i) => (incus(i).fingerprint = 'e'.repeat(64)))).toEqual(['runtime']);
    expect(change((i) => (i.runtime.flake_lock = `sha256:${'1'.repeat(64)}`))).toEqual(['runtime']);
    expect(change((i) => (i.environment = { RUST_LOG: 'debug' }))).toEqual(['environment']);
    expect(change((i) => (i.action = { ...i.action, code: `sha256:${'d'.repeat(64)}` }))).toEqual(['action']);
    expect(change((i) => (i.action = { ...i.action, version: '0.2.0' }))).toEqual(['action']);
    expect(change((i) => (i.runner = { os: 'darwin', arch: 'arm64' }))).toEqual(['runner']);
  });

  it('expects the image digest of each runtime part that has one, per placement, and names the parts in the summary', () => {
    const base = inputs();
    base.runtime.placements = [
      ...base.runtime.placements,
      {
        placement: 'remote_ssh',
        host: 'ci@mac:22',
        system: 'Darwin arm64',
        runtimes: ['tart'],
        parts: [
          {
            runtime: 'tart',
            value: { base_vm: 'sequoia-base' },
            summary: 'tart sequoia-base',
            image_digest: null,
          },
        ],
      },
    ];
    const key = passKey(base);
    expect(key.expect.imageDigests).toEqual({ local: { incus: 'f'.repeat(64) } });
    const runtime = key.components.find((c) => c.name === 'runtime')!;
    expect(runtime.summary).toContain(`local: incus, incus p/pikaci/dev ${'f'.repeat(12)} container`);
    expect(runtime.summary).toContain('ci@mac:22 (Darwin arm64): tart, tart sequoia-base');
    const pinned = structuredClone(base);
    pinned.runtime.placements[1]!.parts[0]!.image_digest = `sha256:${'a'.repeat(64)}`;
    expect(passKey(pinned).expect.imageDigests).toEqual({
      local: { incus: 'f'.repeat(64) },
      remote_ssh: { tart: `sha256:${'a'.repeat(64)}` },
    });
  });

  it('ignores what cannot change an outcome: the lane’s line, the file count, the snapshot mode, key order', () => {
    const base = inputs();
    expect(differing(base, { ...base, lane: { ...LANE, line: 40 } })).toEqual([]);
    expect(
      differing(base, { ...base, snapshot: { ...base.snapshot, files: 9, includeLocalChanges: true } }),
    ).toEqual([]);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, e: null }] })).toBe(
      '{"a":[{"d":2,"e":null}],"b":1}',
    );
  });
});

describe('snapshotContentHash', () => {
  it('is the content hash createSnapshot records, for HEAD and for the working tree (real git)', async () => {
    const repo = makeRepo({
      'src/a.txt': 'a\n',
      'src/run.sh': '#!/bin/sh\n',
      'node_modules/x/skipped.js': 'no\n',
      'build/kept.txt': 'top-level build is kept\n',
    }).root;
    git(repo, 'update-index', '--chmod=+x', 'src/run.sh');
    git(repo, 'commit', '-qm', 'exec');
    writeFileSync(join(repo, 'src/a.txt'), 'edited\n');
    writeFileSync(join(repo, 'untracked.txt'), 'new\n');
    rmSync(join(repo, 'build/kept.txt'));
    const out = tempDir('pikaci-passkey-snap-');
    try {
      for (const includeLocalChanges of [false, true]) {
        const hashed = await snapshotContentHash({ sourceRoot: repo, profile: 'full', includeLocalChanges });
        const made = await createSnapshot({
          sourceRoot: repo,
          destDir: join(out, String(includeLocalChanges)),
          profile: 'full',
          includeLocalChanges,
        });
        expect(hashed.contentHash).toBe(made.content_hash);
        expect(hashed.gitHead).toBe(made.git_head);
      }
      const head = await snapshotContentHash({
        sourceRoot: repo,
        profile: 'full',
        includeLocalChanges: false,
      });
      const tree = await snapshotContentHash({
        sourceRoot: repo,
        profile: 'full',
        includeLocalChanges: true,
      });
      expect(head.contentHash).not.toBe(tree.contentHash);
      expect(tree.files).toBe(head.files); // one file deleted, one untracked added
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
