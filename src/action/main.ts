import '../util/dirname-shim.js';
import { enableCompileCache } from '../util/compile-cache.js';
import { errorMessage } from '../util/index.js';
import * as core from './toolkit.js';

// Before any command module is loaded: the compile cache covers only what is compiled after it is on
// (docs/design.md "Bundling notes").
enableCompileCache();

/**
 * The action's entry: one `command` input picks the step. Each command is imported lazily so
 * `plan` does not load the executor's dependencies (ssh2, tar, the artifact client), and this entry
 * imports only the light toolkit module, not `@actions/core` and its HTTP client.
 */
const COMMANDS = ['plan', 'run', 'report'] as const;
type ActionCommand = (typeof COMMANDS)[number];

async function runCommand(command: ActionCommand): Promise<void> {
  switch (command) {
    case 'plan':
      return (await import('./plan.js')).runPlanCommand();
    case 'run':
      return (await import('./run.js')).runRunCommand();
    case 'report':
      return (await import('./report-command.js')).runReportCommand();
  }
}

async function main(): Promise<void> {
  const command = core.getInput('command', { required: true }).trim();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    core.setFailed(`unknown command \`${command}\`; expected one of: ${COMMANDS.join(', ')}`);
    return;
  }
  try {
    await runCommand(command as ActionCommand);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

await main();
