/**
 * The `pikaci` command tree. Each command lives in `commands/<name>.ts` and exports
 * `register(program)`; commands that need heavy dependencies import them lazily in their action.
 */
import { Command } from 'commander';
import { register as registerGc } from './commands/gc.js';
import { register as registerList } from './commands/list.js';
import { register as registerLogs } from './commands/logs.js';
import { register as registerPreparedOutputs } from './commands/prepared-outputs.js';
import { register as registerRerun } from './commands/rerun.js';
import { register as registerRun } from './commands/run.js';
import { register as registerStatus } from './commands/status.js';
import { register as registerShow } from './commands/show.js';
import { register as registerPlan } from './commands/plan.js';
import { register as registerTargets } from './commands/targets.js';
import { register as registerLanes } from './commands/lanes.js';
import { register as registerInvariants } from './commands/invariants.js';
import { register as registerDownload } from './commands/download.js';
import { register as registerVersion } from './commands/version.js';
import { PACKAGE_VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('pikaci')
    .description('Plan and run pikaci lanes: host processes, Incus instances, Tart VMs')
    .version(PACKAGE_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerPlan(program);
  registerRun(program);
  registerRerun(program);
  registerList(program);
  registerStatus(program);
  registerLogs(program);
  registerShow(program);
  registerPreparedOutputs(program);
  registerGc(program);
  registerTargets(program);
  registerLanes(program);
  registerInvariants(program);
  registerDownload(program);
  registerVersion(program);
  return program;
}
