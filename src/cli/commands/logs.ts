/** `pikaci logs <run_id>`: a job's host and guest logs, streamed from disk; `--follow` tails a live run. */
import type { Command } from 'commander';
import { InputError } from '../../util/index.js';

interface LogsFlags {
  stateRoot?: string;
  job?: string;
  kind: string;
  metadataJson?: boolean;
  follow?: boolean;
}

const FOLLOW_POLL_MS = 200;

export function register(program: Command): void {
  program
    .command('logs')
    .description("print a job's logs (the run's first job unless --job)")
    .argument('<run_id>')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--job <id>', 'the job whose logs to print')
    .option('--kind <kind>', 'host, guest or both', 'both')
    .option('--metadata-json', 'print the log paths and whether they exist, as JSON')
    .option('--follow', 'keep printing new output until the run finishes')
    .action(async (runId: string, flags: LogsFlags) => {
      if (flags.kind !== 'host' && flags.kind !== 'guest' && flags.kind !== 'both') {
        throw new InputError(`--kind must be host, guest or both, got \`${flags.kind}\``);
      }
      const kind = flags.kind;
      const records = await import('../../records/index.js');
      const stateRoot = await records.resolveStateRoot({ flag: flags.stateRoot });
      await records.ensureReadableStateRoot(stateRoot);
      if (flags.metadataJson) {
        const options = flags.job === undefined ? {} : { job: flags.job };
        const metadata = await records.loadLogsMetadata(stateRoot, runId, options);
        process.stdout.write(`${JSON.stringify(metadata, null, 2)}\n`);
        return;
      }
      const run = await records.loadRunRecord(stateRoot, runId);
      const job = records.logJob(run, flags.job);
      const files: Array<{ label: string; path: string }> = [];
      if (kind !== 'guest') files.push({ label: 'host', path: job.host_log_path });
      if (kind !== 'host') files.push({ label: 'guest', path: job.guest_log_path });
      if (flags.follow) await follow(stateRoot, runId, files);
      else for (const file of files) await printFile(file.label, file.path);
    });
}

async function printFile(label: string, path: string): Promise<void> {
  const { createReadStream } = await import('node:fs');
  const { stat } = await import('node:fs/promises');
  if (!(await stat(path).catch(() => null))?.isFile()) {
    throw new InputError(`cannot read the ${label} log: no such file`, { where: path });
  }
  process.stdout.write(`== ${label} ==\n`);
  for await (const chunk of createReadStream(path)) process.stdout.write(chunk as Buffer);
}

/** Print bytes as they are appended, until run.json says the run is over (or its runner is gone). */
async function follow(
  stateRoot: string,
  runId: string,
  files: Array<{ label: string; path: string }>,
): Promise<void> {
  const { open } = await import('node:fs/promises');
  const { loadRunRecord, runLiveness } = await import('../../records/index.js');
  const offsets = files.map(() => 0);
  let lastLabel: string | null = null;
  const drain = async (): Promise<void> => {
    for (const [index, file] of files.entries()) {
      const handle = await open(file.path, 'r').catch(() => null);
      if (!handle) continue;
      try {
        const buffer = Buffer.alloc(64 * 1024);
        for (;;) {
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, offsets[index]!);
          if (bytesRead === 0) break;
          if (files.length > 1 && lastLabel !== file.label) process.stdout.write(`== ${file.label} ==\n`);
          lastLabel = file.label;
          offsets[index]! += bytesRead;
          process.stdout.write(Buffer.from(buffer.subarray(0, bytesRead)));
        }
      } finally {
        await handle.close();
      }
    }
  };
  for (;;) {
    const run = await loadRunRecord(stateRoot, runId);
    const liveness = runLiveness(run);
    await drain();
    if (liveness === 'terminal' || liveness === 'abandoned') {
      await drain();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_POLL_MS));
  }
}
