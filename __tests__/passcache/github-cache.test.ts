/**
 * Pass markers through the real `@actions/cache` client, in process, against the simulated cache
 * service on 127.0.0.1 (`support/artifact-service.ts`): exact-key lookups only, the trusted scope's
 * markers visible to a pull request, immutable entries, and a service that is down is a miss with a
 * warning, never an error. The action runs these through its bundle in `__tests__/action/pass-cache.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { githubPassCache, type PassMarker } from '../../src/passcache/index.js';
import { startArtifactService, type SimulatedArtifactService } from '../support/artifact-service.js';

let service: SimulatedArtifactService;
let runnerTemp: string;
const saved: Record<string, string | undefined> = {};
const VARIABLES = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
];

beforeAll(async () => {
  service = await startArtifactService();
  runnerTemp = mkdtempSync(join(tmpdir(), 'pikaci-passcache-gh-'));
  for (const name of VARIABLES) saved[name] = process.env[name];
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, service.env, {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runnerTemp,
  });
});

afterAll(async () => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await service?.close();
  rmSync(runnerTemp, { recursive: true, force: true });
});

/** Run `body` with stdout captured (the client writes workflow commands there), returning both. */
async function captured<T>(body: () => Promise<T>): Promise<{ value: T; stdout: string }> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { value: await body(), stdout: chunks.join('') };
  } finally {
    spy.mockRestore();
  }
}

function marker(key: string, runId = '77'): PassMarker {
  return {
    schema_version: 1,
    key,
    run_url: `https://github.com/pika/pika/actions/runs/${runId}/attempts/1`,
    repository: 'pika/pika',
    event: 'push',
    sha: '0'.repeat(40),
    pikaci_run_id: '20260101T000000Z-0123abcd',
    passed_at: '2026-01-01T00:00:00.000Z',
  };
}

const KEY = `pikaci-pass-v1-unit-${'a'.repeat(64)}`;

describe('pass markers in the Actions cache (real @actions/cache client, simulated cache service)', () => {
  it('simulated: a saved marker is found by its exact key only, never by a prefix, and the workspace is untouched', async () => {
    const store = await githubPassCache();
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const cwd = process.cwd();
    expect(store.cacheAvailability(process.env)).toEqual({ available: true });
    expect((await captured(() => store.lookupMarker(KEY))).value).toEqual({ kind: 'miss' });
    const save = await captured(() => store.saveMarker(marker(KEY)));
    expect(save.value).toMatchObject({ saved: true });
    expect(service.cache.entries.map((e) => [e.key, e.scope, e.finalized])).toEqual([
      [KEY, 'refs/heads/main', true],
    ]);

    const hit = await captured(() => store.lookupMarker(KEY));
    expect(hit.value).toEqual({
      kind: 'hit',
      proof: {
        runId: '20260101T000000Z-0123abcd',
        url: 'https://github.com/pika/pika/actions/runs/77/attempts/1',
        at: '2026-01-01T00:00:00.000Z',
      },
      markerProblem: null,
    });
    // A key that only starts like the saved one, or that the saved one starts with, is a miss.
    expect((await captured(() => store.lookupMarker(`${KEY}0`))).value).toEqual({ kind: 'miss' });
    expect((await captured(() => store.lookupMarker(KEY.slice(0, -1)))).value).toEqual({ kind: 'miss' });
    const lookups = service.cache.calls('GetCacheEntryDownloadURL') as Array<Record<string, unknown>>;
    expect(lookups.length).toBeGreaterThanOrEqual(4);
    for (const body of lookups) expect(body['restore_keys'] ?? []).toEqual([]);
    // Save and lookup agree on the entry's version (it hashes the paths and compression method).
    const created = service.cache.calls('CreateCacheEntry') as Array<Record<string, unknown>>;
    expect(new Set([...lookups, ...created].map((body) => body['version']))).toEqual(
      new Set([created[0]!['version']]),
    );
    expect(process.cwd()).toBe(cwd);
    expect(process.env['GITHUB_WORKSPACE']).toBeUndefined();
  });

  it('simulated: an entry is immutable — a second save under the key keeps the first marker', async () => {
    const store = await githubPassCache();
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const again = await captured(() => store.saveMarker(marker(KEY, '78')));
    expect(again.value).toMatchObject({ saved: false });
    const hit = await captured(() => store.lookupMarker(KEY));
    expect(hit.value).toMatchObject({
      kind: 'hit',
      proof: { url: 'https://github.com/pika/pika/actions/runs/77/attempts/1' },
    });
  });

  it('simulated: a pull request reads the default branch’s markers; a sibling branch does not', async () => {
    const store = await githubPassCache();
    service.cache.scope = { write: 'refs/pull/7/merge', read: ['refs/heads/main'] };
    expect((await captured(() => store.lookupMarker(KEY))).value).toMatchObject({ kind: 'hit' });
    service.cache.scope = { write: 'refs/heads/feature', read: [] };
    expect((await captured(() => store.lookupMarker(KEY))).value).toEqual({ kind: 'miss' });
  });

  it('simulated: a marker naming a run of another repository is not linked (the hit itself stands)', async () => {
    const store = await githubPassCache();
    service.cache.scope = { write: 'refs/heads/main', read: [] };
    const key = `${KEY.slice(0, -1)}b`;
    expect(
      (
        await captured(() =>
          store.saveMarker({ ...marker(key), run_url: 'https://github.com/evil/pika/actions/runs/1' }),
        )
      ).value,
    ).toMatchObject({ saved: true });
    const env = { ...process.env, GITHUB_REPOSITORY: 'pika/pika' };
    const found = await captured(() => store.lookupMarker(key, env));
    expect(found.value).toMatchObject({ kind: 'hit', proof: { url: null } });
    expect((found.value as { markerProblem: string }).markerProblem).toContain(
      'outside https://github.com/pika/pika/actions/runs/',
    );
    expect((await captured(() => store.lookupMarker(KEY, env))).value).toMatchObject({
      kind: 'hit',
      markerProblem: null,
      proof: { url: 'https://github.com/pika/pika/actions/runs/77/attempts/1' },
    });
  });

  it('saves only from push, merge_group, schedule and workflow_dispatch runs', async () => {
    const store = await githubPassCache();
    for (const event of ['push', 'merge_group', 'schedule', 'workflow_dispatch']) {
      expect(store.saveTrust({ GITHUB_EVENT_NAME: event })).toEqual({ trusted: true });
    }
    for (const event of ['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment', '']) {
      expect(store.saveTrust({ GITHUB_EVENT_NAME: event })).toMatchObject({ trusted: false });
    }
    expect(
      store.workflowRunUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '12', GITHUB_RUN_ATTEMPT: '2' }),
    ).toBe('https://github.com/o/r/actions/runs/12/attempts/2');
    expect(store.workflowRunUrl({ GITHUB_REPOSITORY: 'o/r' })).toBeNull();
  });

  it('simulated cache service down: the lookup is a miss with a warning and the save reports failure, nothing throws', async () => {
    const store = await githubPassCache();
    const url = process.env['ACTIONS_RESULTS_URL'];
    process.env['ACTIONS_RESULTS_URL'] = 'http://127.0.0.1:9/';
    try {
      const lookup = await captured(() => store.lookupMarker(KEY));
      expect(lookup.value).toEqual({ kind: 'miss' });
      expect(lookup.stdout).toMatch(/::warning::Failed to restore: .*ECONNREFUSED/);
      const save = await captured(() => store.saveMarker(marker(`${KEY}1`)));
      expect(save.value).toMatchObject({ saved: false });
    } finally {
      process.env['ACTIONS_RESULTS_URL'] = url;
    }
    delete process.env['ACTIONS_RESULTS_URL'];
    try {
      expect(store.cacheAvailability(process.env)).toMatchObject({ available: false });
    } finally {
      process.env['ACTIONS_RESULTS_URL'] = url;
    }
  });
});
