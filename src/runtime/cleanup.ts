/**
 * The cleanup guarantee (docs/design.md decision 7): the caller of a backend, not the backend, makes
 * sure `cleanup` runs after `run` on every path. A cleanup that fails fails the job, even one that
 * passed: a leaked instance is a failure (`pikaci gc --instances` finds it).
 */
import { errorMessage, PikaciError } from '../util/index.js';
import { writeTerminalResult } from './result.js';
import type { JobContext, JobOutcome, RuntimeBackend } from './types.js';

/**
 * `backend.run(ctx)`, then `backend.cleanup(ctx)` — after a pass, a failure, a timeout, a cancellation
 * and when `run` throws (the error is thrown again, with the cleanup failure added when there is one).
 */
export async function runWithCleanup(backend: RuntimeBackend, ctx: JobContext): Promise<JobOutcome> {
  let outcome: JobOutcome;
  try {
    outcome = await backend.run(ctx);
  } catch (error) {
    const failure = await cleanUp(backend, ctx);
    if (failure === null) throw error;
    throw new PikaciError(`${errorMessage(error)}; also ${failure}`, { cause: error });
  }
  const failure = await cleanUp(backend, ctx);
  if (failure === null) return outcome;
  const failed: JobOutcome = {
    ...outcome,
    status: 'failed',
    exit_code: null,
    message: `${outcome.message}; also ${failure}`,
  };
  await writeTerminalResult(ctx.paths.resultJson, {
    ok: false,
    message: failed.message,
    exitCode: null,
  }).catch(() => undefined);
  return failed;
}

/** Runs the backend's cleanup; its failure, logged to host.log, or null. */
async function cleanUp(backend: RuntimeBackend, ctx: JobContext): Promise<string | null> {
  if (!backend.cleanup) return null;
  try {
    await backend.cleanup(ctx);
    return null;
  } catch (error) {
    const message = errorMessage(error);
    ctx.hostLog.line(`[pikaci] ${message}`);
    return message;
  }
}
