/**
 * The host flags shared by `run`, `rerun`, `run --affected` and `gc`: one per row of the host
 * settings table (`HOST_SETTINGS` in src/hosts: the placement rows and each runtime module's), each
 * also read from its `PIKACI_*` variable.
 */
import type { Command } from 'commander';
import { BACKENDS, HOST_SETTINGS, RUNTIME_KINDS } from '../../hosts/index.js';
import type { OrphanSweep } from '../../runtime/index.js';
import type { RuntimeKind } from '../../model/index.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function addHostOptions(command: Command): Command {
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
  return command;
}

/** The `gc` sweeps the runtime modules offer, in registry order. */
export function orphanSweeps(): Array<OrphanSweep<unknown> & { runtime: RuntimeKind }> {
  return RUNTIME_KINDS.flatMap((runtime) => {
    const orphans = (BACKENDS[runtime] as { orphans?: OrphanSweep<unknown> }).orphans;
    return orphans ? [{ ...orphans, runtime }] : [];
  });
}
