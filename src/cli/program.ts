/**
 * The `pikaci` command tree. Each command lives in `commands/<name>.ts` and exports
 * `register(program)`; commands that need heavy dependencies import them lazily in their action.
 */
import { Command } from 'commander';

export function buildProgram(): Command {
  const program = new Command('pikaci')
    .description('Plan and run pikaci lanes: host processes, Incus instances, Tart VMs')
    .showHelpAfterError()
    .exitOverride();
  return program;
}
