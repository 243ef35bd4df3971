/**
 * The state root's own pass index, for `pikaci run --skip-if-passed` (README "Skipping lanes that
 * already passed"): `<state root>/passes/<digest>.json` names the run that proved a key. A lookup
 * trusts it only while that run's own record still says so — the run exists, passed, and carries
 * the key in `pass_cache` — so a removed (`pikaci gc`) or rewritten run proves nothing.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { safeParse, z } from '../schema/index.js';
import {
  isRunId,
  loadRunRecord,
  runPaths,
  TimestampSchema,
  writeRecord,
  type RunRecord,
} from '../records/index.js';
import { errorMessage } from '../util/index.js';
import type { PassKey } from './key.js';
import type { PassProof } from './record.js';

const LocalPassSchema = z.object({
  schema_version: z.literal(1),
  key: z.string(),
  run_id: z.string(),
  passed_at: TimestampSchema,
});

export function passesDir(stateRoot: string): string {
  return join(stateRoot, 'passes');
}

function entryPath(stateRoot: string, passKey: PassKey): string {
  return join(passesDir(stateRoot), `${passKey.digest}.json`);
}

export type LocalLookup = { kind: 'hit'; proof: PassProof } | { kind: 'miss'; why: string };

export async function lookupLocalPass(stateRoot: string, passKey: PassKey): Promise<LocalLookup> {
  let text: string;
  try {
    text = await readFile(entryPath(stateRoot, passKey), 'utf8');
  } catch {
    return { kind: 'miss', why: 'no run of this state root passed with this key' };
  }
  const parsed = safeParse(LocalPassSchema, safeJson(text));
  if (!parsed.success || parsed.data.key !== passKey.key) {
    return { kind: 'miss', why: 'the index entry for this key is unreadable' };
  }
  const { run_id: runId, passed_at: at } = parsed.data;
  let run: RunRecord;
  try {
    run = await loadRunRecord(stateRoot, runId);
  } catch (error) {
    return {
      kind: 'miss',
      why: `run ${runId} that passed with this key cannot be read: ${errorMessage(error)}`,
    };
  }
  if (run.status !== 'passed' || run.pass_cache?.key !== passKey.key || run.pass_cache.outcome !== 'ran') {
    return { kind: 'miss', why: `run ${runId} no longer records a pass with this key` };
  }
  return { kind: 'hit', proof: { runId, url: null, at } };
}

export async function saveLocalPass(stateRoot: string, passKey: PassKey, run: RunRecord): Promise<void> {
  await mkdir(passesDir(stateRoot), { recursive: true });
  await writeRecord(entryPath(stateRoot, passKey), LocalPassSchema, {
    schema_version: 1,
    key: passKey.key,
    run_id: run.run_id,
    passed_at: run.finished_at ?? run.created_at,
  });
}

/**
 * `pikaci gc`: remove the index entries whose run is gone (or that cannot be read). They prove
 * nothing already (a lookup checks the run record); this only keeps `passes/` from growing.
 * Returns the removed entries' file names.
 */
export async function prunePasses(stateRoot: string): Promise<string[]> {
  const names = await readdir(passesDir(stateRoot)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const path = join(passesDir(stateRoot), name);
    const entry = safeParse(LocalPassSchema, safeJson(await readFile(path, 'utf8').catch(() => '')));
    const runExists =
      entry.success &&
      isRunId(entry.data.run_id) &&
      (await stat(runPaths(stateRoot, entry.data.run_id).runDir).then(
        (info) => info.isDirectory(),
        () => false,
      ));
    if (runExists) continue;
    await rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
