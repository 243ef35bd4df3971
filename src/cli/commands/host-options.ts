/**
 * The host flags shared by `run`, `rerun`, `run --affected`, `gc` and `plan --explain-key`: one per
 * row of the host settings table (`HOST_SETTINGS` in src/hosts: the placement rows and each runtime
 * module's), each also read from its `PIKACI_*` variable; `gc` also gets each runtime's orphan sweep.
 *
 * The table lives with the hosts' code (transports, backend modules), which a CLI start must not
 * load: a command only declares here that it takes the flags, and they are added before parsing
 * when the command line names it (also with `--help` or `pikaci help <command>`, so help lists
 * them). `pikaci --version`, `list`, `show` and a plain `plan` never load src/hosts.
 */
import type { Command } from 'commander';
import type { OrphanSweep } from '../../runtime/index.js';
import type { RuntimeKind } from '../../model/index.js';

export type HostSweep = OrphanSweep<unknown> & { runtime: RuntimeKind };

interface HostOptionsUse {
  /** Also the runtimes' `gc` sweep switches. */
  sweeps: boolean;
  /**
   * Only when the command line asks for something that needs them (a plain `plan` does not); they
   * are also added for help and when the line has an option the command does not know by itself.
   */
  when?: (args: readonly string[]) => boolean;
}

const uses = new WeakMap<Command, HostOptionsUse>();
const HELP_FLAGS = new Set(['--help', '-h']);

/** Declare that `command` takes the host flags (and, with `sweeps`, gc's sweep switches). */
export function withHostOptions(command: Command, use: Partial<HostOptionsUse> = {}): Command {
  uses.set(command, { sweeps: use.sweeps ?? false, ...(use.when ? { when: use.when } : {}) });
  return command;
}

/** True when the arguments ask for help (`--help`, `-h`): then every flag must be listed. */
export function asksForHelp(args: readonly string[]): boolean {
  return args.some((arg) => HELP_FLAGS.has(arg));
}

/**
 * Before parsing: add the declared flags to the command the arguments name (`pikaci <command> …` or
 * `pikaci help <command>`), loading the table only then. The program itself has no option that takes
 * a value, so the command is the first argument that is not an option.
 */
export async function addHostOptionsFor(program: Command, args: readonly string[]): Promise<void> {
  const operands = args.filter((arg) => !arg.startsWith('-'));
  const name = operands[0] === 'help' ? operands[1] : operands[0];
  const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name ?? ''));
  const use = command === undefined ? undefined : uses.get(command);
  if (command === undefined || use === undefined) return;
  const needed =
    use.when === undefined ||
    operands[0] === 'help' ||
    asksForHelp(args) ||
    use.when(args) ||
    args.some((arg) => arg.startsWith('--') && !ownsOption(command, arg));
  if (!needed) return;
  const { HOST_SETTINGS } = await import('../../hosts/index.js');
  if (use.sweeps) {
    for (const sweep of await orphanSweeps()) {
      command.option(`--${sweep.flag}`, `instead: ${sweep.description} (on --ssh-host, else here)`);
    }
  }
  const collect = (value: string, previous: string[]): string[] => [...previous, value];
  for (const spec of HOST_SETTINGS) {
    const description = `${spec.description} ($${spec.env}${spec.kind === 'list' ? ', comma-separated' : ''})`;
    switch (spec.kind) {
      case 'boolean':
        command.option(`--${spec.name}`, description);
        break;
      case 'list':
        command.option(`--${spec.name} ${spec.argument ?? '<value>'}`, description, collect, []);
        break;
      case 'text':
      case 'integer':
        command.option(`--${spec.name} ${spec.argument ?? '<value>'}`, description);
        break;
    }
  }
}

function ownsOption(command: Command, arg: string): boolean {
  const flag = arg.split('=')[0]!;
  return command.options.some((option) => option.long === flag);
}

/** The `gc` sweeps the runtime modules offer, in registry order. */
export async function orphanSweeps(): Promise<HostSweep[]> {
  const { BACKENDS, RUNTIME_KINDS } = await import('../../hosts/index.js');
  return RUNTIME_KINDS.flatMap((runtime) => {
    const orphans = (BACKENDS[runtime] as { orphans?: OrphanSweep<unknown> }).orphans;
    return orphans ? [{ ...orphans, runtime }] : [];
  });
}
