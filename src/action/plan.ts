import * as core from '@actions/core';

/** Placeholder replaced by the plan command implementation. */
export async function runPlanCommand(): Promise<void> {
  core.setFailed('the plan command is not built yet');
}
