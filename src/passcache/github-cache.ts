/**
 * Pass markers in the GitHub Actions cache, through the real `@actions/cache` client (README
 * "Skipping lanes that already passed"). A marker is one small JSON file saved under the lane's pass
 * key; entries are immutable, so the first trusted run that proves a key writes it.
 *
 * What the client does, and why the code below is shaped so (paths under
 * node_modules/@actions/cache/lib/):
 * - The entry's "version" is `getCacheVersion(paths, compressionMethod)` (internal/cacheUtils.js):
 *   a SHA-256 of the path strings as given, plus the compression method (zstd when `zstd` is on
 *   PATH, else gzip). Lookup and save therefore pass the same constant relative path, `MARKER_PATH`.
 * - `saveCache` tars the paths relative to `GITHUB_WORKSPACE` (internal/tar.js `getWorkingDirectory`,
 *   `createTar`; internal/cacheUtils.js `resolvePaths` globs from the working directory) and
 *   `restoreCache` extracts there. Both run here with the working directory and `GITHUB_WORKSPACE`
 *   pointing at a private temporary directory (`inMarkerWorkspace`), so the checkout is never touched.
 * - `restoreCache(paths, key, [], { lookupOnly: true })` (cache.js `restoreCacheV2`) sends
 *   `GetCacheEntryDownloadURL` with no restore keys and returns the matched key without downloading:
 *   an exact-key lookup. Prefix matches (restore keys) are never asked for: one would skip a lane
 *   whose inputs differ.
 * - Both calls swallow service failures (cache.js: "Failed to restore"/"Failed to save" warnings,
 *   `undefined` / `-1`), so a cache service that is down is a miss and an unsaved marker, never an
 *   error; only a `ValidationError` (a bad key) is thrown.
 */
import * as cache from '@actions/cache';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, safeParse, z } from '../schema/index.js';
import { TimestampSchema } from '../records/index.js';
import { errorMessage } from '../util/index.js';
import type { PassProof } from './record.js';

/** The one path every marker entry is saved and looked up under (it is part of the entry's version). */
export const MARKER_PATH = '.pikaci-pass/marker.json';

/** The events whose runs may save markers: code on the repository's own branches (README "Trust"). */
export const TRUSTED_EVENTS = ['push', 'merge_group', 'schedule', 'workflow_dispatch'] as const;

export const PassMarkerSchema = z.object({
  schema_version: z.literal(1),
  key: z.string(),
  /** The workflow run that passed: `<server>/<owner>/<repo>/actions/runs/<id>/attempts/<n>`. */
  run_url: z.string().regex(/^https?:\/\/[^\s()<>[\]]+\/actions\/runs\/\d+(\/attempts\/\d+)?$/),
  repository: z.string(),
  event: z.string(),
  sha: z.string().nullable(),
  pikaci_run_id: z.string(),
  passed_at: TimestampSchema,
});
export type PassMarker = z.infer<typeof PassMarkerSchema>;

export type Availability = { available: true } | { available: false; reason: string };

/** Whether this step can reach the cache service at all (the client's own check, plus its token). */
export function cacheAvailability(env: NodeJS.ProcessEnv): Availability {
  if (!cache.isFeatureAvailable()) {
    return {
      available: false,
      reason: 'the cache service is not available in this step (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL)',
    };
  }
  if (!env['ACTIONS_RUNTIME_TOKEN']) {
    return {
      available: false,
      reason: 'the cache service needs ACTIONS_RUNTIME_TOKEN, which this step lacks',
    };
  }
  return { available: true };
}

export type SaveTrust = { trusted: true } | { trusted: false; reason: string };

/**
 * Markers are saved only by runs of code on the repository's own branches. A `pull_request` (or
 * `pull_request_target`, or any other event) run may read markers, never write them.
 */
export function saveTrust(env: NodeJS.ProcessEnv): SaveTrust {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if ((TRUSTED_EVENTS as readonly string[]).includes(event)) return { trusted: true };
  return {
    trusted: false,
    reason: `pass markers are saved only by ${TRUSTED_EVENTS.join(', ')} runs, and this is ${event === '' ? 'an unknown event' : `\`${event}\``}`,
  };
}

/** The URL of this workflow run attempt, from the runner's variables; null outside a workflow. */
export function workflowRunUrl(env: NodeJS.ProcessEnv): string | null {
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  if (!repository || !runId || !/^\d+$/.test(runId)) return null;
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  return `${server}/${repository}/actions/runs/${runId}${attempt && /^\d+$/.test(attempt) ? `/attempts/${attempt}` : ''}`;
}

/**
 * Run a client call with the working directory and `GITHUB_WORKSPACE` in a private temporary
 * directory (see the file comment), restoring both afterwards.
 */
async function inMarkerWorkspace<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(process.env['RUNNER_TEMP'] || tmpdir(), 'pikaci-pass-'));
  const cwd = process.cwd();
  const hadWorkspace = Object.prototype.hasOwnProperty.call(process.env, 'GITHUB_WORKSPACE');
  const workspace = process.env['GITHUB_WORKSPACE'];
  process.env['GITHUB_WORKSPACE'] = dir;
  process.chdir(dir);
  try {
    return await body(dir);
  } finally {
    process.chdir(cwd);
    if (hadWorkspace) process.env['GITHUB_WORKSPACE'] = workspace;
    else delete process.env['GITHUB_WORKSPACE'];
    await rm(dir, { recursive: true, force: true });
  }
}

export type CacheLookup = { kind: 'hit'; proof: PassProof; markerProblem: string | null } | { kind: 'miss' };

/** Where this repository's workflow runs live: a marker naming a run elsewhere is not linked. */
function runsPrefix(env: NodeJS.ProcessEnv): string | null {
  const url = workflowRunUrl({ ...env, GITHUB_RUN_ID: '0', GITHUB_RUN_ATTEMPT: '' });
  return url === null ? null : url.slice(0, -'0'.length);
}

/**
 * Exact-key lookup. On a hit the marker itself (a few hundred bytes) is then fetched for the proving
 * run's URL; the hit stands without it (only a trusted run can have written the key), and the
 * reason it could not be read is returned. A marker naming a run of another repository (or server)
 * is not believed.
 */
export async function lookupMarker(key: string, env: NodeJS.ProcessEnv = process.env): Promise<CacheLookup> {
  return inMarkerWorkspace(async (dir) => {
    const matched = await cache.restoreCache([MARKER_PATH], key, [], { lookupOnly: true });
    if (matched !== key) return { kind: 'miss' };
    let markerProblem: string | null = null;
    let marker: PassMarker | null = null;
    try {
      const restored = await cache.restoreCache([MARKER_PATH], key, []);
      if (restored !== key) throw new Error('the entry could not be downloaded');
      const parsed = safeParse(PassMarkerSchema, JSON.parse(await readFile(join(dir, MARKER_PATH), 'utf8')));
      if (!parsed.success) throw new Error('the marker does not have the expected fields');
      if (parsed.data.key !== key) throw new Error('the marker names another key');
      const prefix = runsPrefix(env);
      if (prefix !== null && !parsed.data.run_url.startsWith(prefix)) {
        throw new Error(`the marker names a run outside ${prefix}`);
      }
      marker = parsed.data;
    } catch (error) {
      markerProblem = errorMessage(error);
    }
    return {
      kind: 'hit',
      proof: {
        runId: marker?.pikaci_run_id ?? null,
        url: marker?.run_url ?? null,
        at: marker?.passed_at ?? null,
      },
      markerProblem,
    };
  });
}

export type SaveOutcome = { saved: true; id: number } | { saved: false; reason: string };

/** Save `marker` under its key; a failure (or an entry another job saved first) is returned, not thrown. */
export async function saveMarker(marker: PassMarker): Promise<SaveOutcome> {
  return inMarkerWorkspace(async (dir) => {
    const file = join(dir, MARKER_PATH);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(parse(PassMarkerSchema, marker), null, 2)}\n`);
    try {
      const id = await cache.saveCache([MARKER_PATH], marker.key);
      return id === -1
        ? { saved: false, reason: 'the cache service did not take the marker (see the message above)' }
        : { saved: true, id };
    } catch (error) {
      return { saved: false, reason: errorMessage(error) };
    }
  });
}
