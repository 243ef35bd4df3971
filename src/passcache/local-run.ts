/**
 * `pikaci run <lane> --skip-if-passed` (and `--affected --skip-if-passed`): the pass cache against
 * the state root's own index (README "Skipping lanes that already passed"). A key that cannot be
 * computed, or a miss, runs the lane as without the flag; only a run that proves its key is indexed.
 */
import type { HostSettings } from '../hosts/index.js';
import type { RunRecord, RunReporter } from '../records/index.js';
import type { LaneRun } from '../run/index.js';
import { errorMessage } from '../util/index.js';
import { lanePassKey, type LanePassKey } from './lane.js';
import { lookupLocalPass, passesDir, saveLocalPass } from './local-index.js';
import { markRan, recordAlreadyPassed, verifyProof } from './record.js';

export interface LocalPassRunRequest {
  id: string;
  laneRun: LaneRun;
  stateRoot: string;
  sourceRoot: string;
  includeLocalChanges: boolean;
  /** Host settings without the concurrency group: the key is computed before any lock is taken. */
  host: HostSettings;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  reporter: RunReporter;
  /** One line for the user (stderr). */
  log: (line: string) => void;
  /** Run the lane exactly as without `--skip-if-passed`. */
  run: () => Promise<RunRecord>;
}

export async function runSkippingLocalPasses(request: LocalPassRunRequest): Promise<RunRecord> {
  const { id, log } = request;
  let key: LanePassKey;
  try {
    key = await lanePassKey({
      id,
      laneRun: request.laneRun,
      sourceRoot: request.sourceRoot,
      includeLocalChanges: request.includeLocalChanges,
      host: request.host,
      env: request.env,
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    log(`${id}: the pass key cannot be computed (${errorMessage(error)}); running the lane`);
    return request.run();
  }
  const found = await lookupLocalPass(request.stateRoot, key.passKey);
  if (found.kind === 'hit') {
    log(`${id}: already passed in run ${found.proof.runId} (pass key ${key.passKey.key}); not run again`);
    return recordAlreadyPassed({
      stateRoot: request.stateRoot,
      sourceRoot: request.sourceRoot,
      targetId: request.laneRun.runnable.targetId,
      targetDescription: request.laneRun.runnable.description,
      filters: request.laneRun.runnable.filters,
      gitHead: key.gitHead,
      passKey: key.passKey,
      proof: found.proof,
      reporter: request.reporter,
    });
  }
  log(`${id}: pass key ${key.passKey.key} has not passed here (${found.why}); running the lane`);
  const run = await markRan(request.stateRoot, await request.run(), key.passKey);
  if (run.status !== 'passed') return run;
  const proof = await verifyProof(run, key.passKey);
  if (!proof.proved) {
    log(`${id}: run ${run.run_id} passed but is not recorded as a pass of its key: ${proof.reason}`);
    return run;
  }
  await saveLocalPass(request.stateRoot, key.passKey, run);
  log(`${id}: run ${run.run_id} recorded as the pass of its key in ${passesDir(request.stateRoot)}`);
  return run;
}
