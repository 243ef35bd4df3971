/**
 * `pikaci show <run_id> --html [--out FILE] [--open]`: one run as a self-contained HTML page (timeline,
 * jobs, logs, prepared outputs), read from the state root like `status` and `logs`, so a run fetched
 * with `pikaci download` shows the same as a local one.
 */
import type { Command } from 'commander';
import { InputError } from '../../util/index.js';
import type { LogText } from '../../view/index.js';

interface ShowFlags {
  stateRoot?: string;
  html?: boolean;
  out?: string;
  open?: boolean;
}

/** Each log is shown up to its last 512 KiB, so a page stays quick to open; the rest is in the file. */
export const MAX_LOG_BYTES = 512 * 1024;

export function register(program: Command): void {
  program
    .command('show')
    .description('write a run as one self-contained HTML page: timeline, jobs, logs, prepared outputs')
    .argument('<run_id>')
    .option(
      '--state-root <path>',
      'where runs are recorded (default: $PIKACI_STATE_ROOT, else <repo>/.pikaci)',
    )
    .option('--html', 'write the HTML page (the only view `show` has)')
    .option('--out <file>', 'where to write it (default: ./pikaci-<run_id>.html)')
    .option('--open', 'open it with xdg-open (macOS: open) when that is installed')
    .action(async (runId: string, flags: ShowFlags) => {
      if (!flags.html) {
        throw new InputError('`pikaci show` writes an HTML page; pass --html', {
          hint: `pikaci show ${runId} --html [--out FILE] [--open]`,
        });
      }
      const { resolve } = await import('node:path');
      const records = await import('../../records/index.js');
      const { runHtml } = await import('../../view/index.js');
      const stateRoot = await records.resolveStateRoot({ flag: flags.stateRoot });
      await records.ensureReadableStateRoot(stateRoot);
      const bundle = await records.loadRunBundle(stateRoot, runId, {
        onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
      });
      const logs = new Map<string, { host: LogText; guest: LogText }>();
      const runDir = records.runPaths(stateRoot, bundle.run.run_id).runDir;
      for (const job of bundle.run.jobs) {
        // A run unpacked by hand (`gh run download`) keeps the runner's paths: read its own copies.
        const own = records.jobPaths(runDir, job.id);
        logs.set(job.id, {
          host: await readLogTail(job.host_log_path, own.hostLog),
          guest: await readLogTail(job.guest_log_path, own.guestLog),
        });
      }
      const out = resolve(flags.out ?? `pikaci-${bundle.run.run_id}.html`);
      await records.writeFileAtomic(out, runHtml({ bundle, logs }));
      process.stdout.write(`${out}\n`);
      if (flags.open) await openFile(out);
    });
}

/**
 * The last `MAX_LOG_BYTES` of a log, starting at a line boundary: from the recorded path, else from
 * the same file inside this state root's copy of the run; a log in neither place says so.
 */
async function readLogTail(recorded: string, own: string): Promise<LogText> {
  const { open } = await import('node:fs/promises');
  let path = recorded;
  let handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => error);
  if (!('read' in handle) && handle.code === 'ENOENT' && own !== recorded) {
    path = own;
    handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => error);
  }
  if (!('read' in handle)) {
    const reason = handle.code === 'ENOENT' ? 'not written' : `cannot read: ${handle.message}`;
    return { kind: 'missing', path: recorded, reason };
  }
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - MAX_LOG_BYTES);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    const cut = start === 0 ? 0 : buffer.indexOf(0x0a) + 1;
    return { kind: 'text', path, text: buffer.subarray(cut).toString('utf8'), omittedBytes: start + cut };
  } finally {
    await handle.close();
  }
}

/** Hands the file to the desktop's opener, detached; without one, says where the file is. */
async function openFile(file: string): Promise<void> {
  const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
  const path = await onPath(opener);
  if (path === null) {
    process.stderr.write(`no ${opener} on PATH; open ${file} in a browser\n`);
    return;
  }
  const { spawn } = await import('node:child_process');
  const child = spawn(path, [file], { detached: true, stdio: 'ignore' });
  child.on('error', (error) =>
    process.stderr.write(`${opener} failed (${error.message}); open ${file} in a browser\n`),
  );
  child.unref();
}

async function onPath(name: string): Promise<string | null> {
  const { access, constants } = await import('node:fs/promises');
  const { delimiter, join } = await import('node:path');
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return null;
}
