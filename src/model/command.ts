/** Guest command compilation with the upstream quoting rule (docs/upstream.md, executor 0.2). */
import { shellJoin, shellQuote } from '../util/index.js';
import { stagedLinuxCommand, type GuestCommand, type JobSpec } from './job.js';
import { assertNever } from '../util/index.js';

export interface CompiledCommand {
  /** One shell command line. */
  command: string;
  runAsRoot: boolean;
}

const BASH = 'bash --noprofile --norc -lc';

export function compileGuestCommand(guest: GuestCommand): CompiledCommand {
  switch (guest.kind) {
    case 'host_shell_command':
    case 'shell_command':
      return { command: `${BASH} ${shellQuote(guest.command)}`, runAsRoot: false };
    case 'shell_command_as_root':
      return { command: `${BASH} ${shellQuote(guest.command)}`, runAsRoot: true };
    case 'exact_cargo_test':
      return {
        command: `cargo test -p ${shellQuote(guest.package)} ${shellQuote(guest.test_name)} -- --exact --nocapture`,
        runAsRoot: false,
      };
    case 'package_unit_tests':
      return { command: `cargo test -p ${shellQuote(guest.package)} --lib -- --nocapture`, runAsRoot: false };
    case 'package_tests':
      return { command: `cargo test -p ${shellQuote(guest.package)} -- --nocapture`, runAsRoot: false };
    case 'filtered_cargo_tests':
      return {
        command: `cargo test -p ${shellQuote(guest.package)} -- ${shellQuote(guest.filter)} --nocapture`,
        runAsRoot: false,
      };
    case 'argv':
      return { command: shellJoin(guest.argv), runAsRoot: false };
    default:
      return assertNever(guest);
  }
}

/** A staged Linux job runs its wrapper; its guest command is ignored (upstream override rule). */
export function compileJobCommand(job: JobSpec): CompiledCommand {
  const staged = stagedLinuxCommand(job);
  if (staged) return { command: staged.execute_wrapper_command, runAsRoot: false };
  return compileGuestCommand(job.guest_command);
}
