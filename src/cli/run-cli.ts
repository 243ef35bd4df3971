/**
 * The CLI itself, loaded by `main.ts` once the compile cache is on: parse argv, run the command, and
 * turn errors into one readable message and an exit code.
 */
import { CommanderError } from 'commander';
import { describeSystemError, errorMessage, isSystemError, PikaciError } from '../util/index.js';
import { addHostOptionsFor } from './commands/host-options.js';
import { buildProgram } from './program.js';

export async function runCli(argv: string[]): Promise<number> {
  // `pikaci list | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const program = buildProgram();
  try {
    await addHostOptionsFor(program, argv.slice(2));
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof PikaciError) {
      process.stderr.write(`pikaci: ${error.describe()}\n`);
      return error.exitCode;
    }
    if (isSystemError(error)) {
      // A file or process the environment refused (read-only, permissions, missing program): no stack.
      process.stderr.write(
        `pikaci: ${describeSystemError(error)}\n  hint: check that path and its file system (mounted read-only? full? owned by another user?), then run the command again\n`,
      );
      return 1;
    }
    process.stderr.write(`pikaci: internal error: ${errorMessage(error)}\n`);
    if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
