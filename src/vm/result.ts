/**
 * A VM job's outcome (docs/design.md decision 6): read from the guest's `result.json` once it has been
 * collected; any failure of the host-side work is a failed outcome, written to `result.json` too.
 */
import {
  readTerminalResult,
  writeTerminalResult,
  type JobContext,
  type JobOutcome,
} from '../runtime/index.js';
import { errorMessage, PikaciError } from '../util/index.js';
import { VmFailure } from './guest.js';

export function failedOutcome(message: string): JobOutcome {
  return { status: 'failed', exit_code: null, message };
}

/** The outcome the guest wrote; a missing or unreadable `result.json` is an infrastructure error. */
export async function readGuestOutcome(resultJson: string): Promise<JobOutcome> {
  return readTerminalResult(resultJson).catch((error: unknown) => {
    throw new VmFailure(
      `infrastructure error: the guest wrote no usable result.json (${errorMessage(error)}); did it crash?`,
    );
  });
}

/**
 * Runs the phases of a VM job. What they throw fails the job with its message (logged to host.log),
 * or with `cancelled` once the job's signal has aborted; a failure the guest did not report itself
 * (no exit code) is written to `result.json`, so it always says how the job ended.
 */
export async function settleVmJob(
  ctx: Pick<JobContext, 'hostLog' | 'signal' | 'paths'>,
  phases: () => Promise<JobOutcome>,
): Promise<JobOutcome> {
  let outcome: JobOutcome;
  try {
    outcome = await phases();
  } catch (error) {
    const message =
      error instanceof VmFailure || error instanceof PikaciError ? errorMessage(error) : String(error);
    ctx.hostLog.line(`[pikaci] ${message}`);
    outcome = failedOutcome(ctx.signal.aborted ? 'cancelled' : message);
  }
  if (outcome.status === 'failed' && outcome.exit_code === null) {
    await writeTerminalResult(ctx.paths.resultJson, {
      ok: false,
      message: outcome.message,
      exitCode: null,
    }).catch(() => undefined);
  }
  return outcome;
}
