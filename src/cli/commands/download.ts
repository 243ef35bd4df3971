/**
 * `pikaci download --repo OWNER/NAME --run-id N [--lane ID]`: fetch a workflow run's pikaci
 * artifacts through the REST API and unpack them into the state root, so `list`, `status` and
 * `logs` work offline. Token from GITHUB_TOKEN or GH_TOKEN.
 */
import type { Command } from 'commander';
import { InputError } from '../../util/index.js';

interface DownloadFlags {
  repo: string;
  runId: string;
  lane?: string;
  stateRoot?: string;
  apiUrl?: string;
}

export function register(program: Command): void {
  program
    .command('download')
    .description("download a workflow run's pikaci artifacts into the state root (then use list/status/logs)")
    .requiredOption('--repo <owner/name>', 'the repository the workflow ran in')
    .requiredOption('--run-id <n>', 'the workflow run id (the number in …/actions/runs/<id>)')
    .option('--lane <id>', 'only this lane')
    .option('--state-root <path>', 'where to unpack (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)')
    .option('--api-url <url>', 'REST API base URL (default: $GITHUB_API_URL, else https://api.github.com)')
    .action(async (flags: DownloadFlags) => {
      const token = process.env['GITHUB_TOKEN'] || process.env['GH_TOKEN'] || '';
      if (token === '') {
        throw new InputError('no GitHub token: set GITHUB_TOKEN or GH_TOKEN', {
          hint: "e.g. `GH_TOKEN=$(gh auth token) pikaci download …`; the token needs read access to the repository's Actions",
        });
      }
      if (!/^\d+$/.test(flags.runId) || Number(flags.runId) <= 0) {
        throw new InputError(
          `--run-id must be a workflow run id (a positive number), got \`${flags.runId}\``,
          {
            where: '--run-id',
          },
        );
      }
      const { downloadRuns, splitRepository } = await import('../../github/index.js');
      const { resolveStateRoot } = await import('../../records/index.js');
      splitRepository(flags.repo, '--repo');
      const downloaded = await downloadRuns({
        target: {
          token,
          repository: flags.repo,
          apiUrl: flags.apiUrl || process.env['GITHUB_API_URL'] || null,
        },
        workflowRunId: Number(flags.runId),
        lane: flags.lane,
        stateRoot: await resolveStateRoot({ flag: flags.stateRoot }),
        log: (line) => void process.stderr.write(`${line}\n`),
      });
      for (const run of downloaded) {
        process.stdout.write(`${run.runId} ${run.lane} attempt=${run.attempt} ${run.status}\n`);
      }
      const first = downloaded[0];
      if (first) process.stderr.write(`next: pikaci status ${first.runId}   pikaci logs ${first.runId}\n`);
    });
}
