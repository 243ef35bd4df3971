/** `pikaci invariants`: each project invariant with the result of its mechanical check; exit 1 on a failure. */
import type { Command } from 'commander';

interface InvariantsFlags {
  invariants?: string;
  catalog?: string;
  manifest?: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('invariants')
    .description('check the project invariants (invariants/invariants.toml) and print pass/fail for each')
    .option('--invariants <path>', 'invariants file (default: invariants/invariants.toml in the repository)')
    .option('--catalog <path>', "catalog to check instead of the file's subject")
    .option('--manifest <path>', "lane manifest to check instead of the file's subject")
    .option('--json', 'print the report as JSON')
    .action(async (flags: InvariantsFlags) => {
      const { join, resolve } = await import('node:path');
      const { repoRoot } = await import('../../git/index.js');
      const { INVARIANTS_PATH, loadInvariants, renderInvariants, runInvariants } =
        await import('../../invariants/index.js');
      const path =
        flags.invariants !== undefined ? resolve(flags.invariants) : join(await repoRoot(), INVARIANTS_PATH);
      const report = await runInvariants(await loadInvariants(path), {
        catalog: flags.catalog === undefined ? undefined : resolve(flags.catalog),
        manifest: flags.manifest === undefined ? undefined : resolve(flags.manifest),
      });
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderInvariants(report));
      if (!report.ok) process.exitCode = 1;
    });
}
