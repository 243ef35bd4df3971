/**
 * `pikaci version [--json]`: the package version, the Node.js running it, and which catalog and
 * guest runner script this build ships. Neither file carries a release number of its own (the
 * catalog's `version` key is its format), so each is identified by the sha256 of the bytes in use.
 */
import type { Command } from 'commander';
import { PACKAGE_VERSION } from '../version.js';

export interface VersionReport {
  version: string;
  node: string;
  /** `sha256:<hex>` of the bundled catalog (`catalog/pika.toml`, or its copy next to the bundle). */
  catalog: string;
  /** `sha256:<hex>` of the guest runner script (`nix/incus/pikaci-incus-run`, or its copy). */
  guestRunner: string;
}

export function register(program: Command): void {
  program
    .command('version')
    .description('print the version, the Node.js version and the shipped catalog and guest runner')
    .option('--json', 'print { version, node, catalog, guestRunner } as JSON')
    .action(async (flags: { json?: boolean }) => {
      const { createHash } = await import('node:crypto');
      const { readFile } = await import('node:fs/promises');
      const { defaultCatalogPath } = await import('../../catalog/index.js');
      const { guestRunnerScriptPath } = await import('../../guest/index.js');
      const { PikaciError } = await import('../../util/index.js');

      async function fileId(path: string, what: string): Promise<string> {
        try {
          return `sha256:${createHash('sha256')
            .update(await readFile(path))
            .digest('hex')}`;
        } catch (error) {
          throw new PikaciError(`cannot read the ${what}: ${(error as Error).message}`, {
            where: path,
            hint: 'this installation of pikaci-action is incomplete: reinstall it, or rebuild with `npm run build`',
            cause: error,
          });
        }
      }

      const catalogPath = defaultCatalogPath();
      const runnerPath = guestRunnerScriptPath();
      const report: VersionReport = {
        version: PACKAGE_VERSION,
        node: process.version,
        catalog: await fileId(catalogPath, 'bundled catalog'),
        guestRunner: await fileId(runnerPath, 'guest runner script'),
      };
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        [
          `pikaci ${report.version}`,
          `node ${report.node}`,
          `catalog ${report.catalog} (${catalogPath})`,
          `guest runner ${report.guestRunner} (${runnerPath})`,
        ].join('\n') + '\n',
      );
    });
}
