/**
 * Choosing and checking the state root: `--state-root`, else `PIKACI_STATE_ROOT`, else
 * `<repo root>/.pikaci` where the repo root is the git top level of the cwd (the cwd outside git).
 */
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { repoRoot } from '../git/index.js';
import { describeSystemError, errorMessage, InputError, isSystemError } from '../util/index.js';

export interface StateRootSources {
  flag?: string | undefined;
  env?: string | undefined;
  cwd?: string;
}

export async function resolveStateRoot(sources: StateRootSources = {}): Promise<string> {
  const cwd = sources.cwd ?? process.cwd();
  const env = sources.env ?? process.env['PIKACI_STATE_ROOT'];
  if (sources.flag !== undefined && sources.flag !== '') return resolve(cwd, sources.flag);
  if (env !== undefined && env !== '') return resolve(cwd, env);
  return join(await repoRoot(cwd), '.pikaci');
}

/** Create the state root if needed and prove it is a writable directory. */
export async function ensureWritableStateRoot(stateRoot: string): Promise<void> {
  try {
    await makeDirectories(join(stateRoot, 'runs'));
    await access(stateRoot, constants.W_OK | constants.X_OK);
    await access(join(stateRoot, 'runs'), constants.W_OK | constants.X_OK);
  } catch (error) {
    const why = isSystemError(error) ? describeSystemError(error) : errorMessage(error);
    throw new InputError(`state root ${stateRoot} is not a writable directory: ${why}`, {
      where: stateRoot,
      hint:
        isSystemError(error) && error.code === 'EROFS'
          ? 'it is on a read-only file system: remount it read-write, or pass --state-root (or set PIKACI_STATE_ROOT) to a writable directory'
          : 'pass --state-root or set PIKACI_STATE_ROOT to a directory you can write',
    });
  }
}

/**
 * `mkdir -p`, one level at a time from the deepest existing ancestor. Node's recursive mkdir retries
 * forever where a file system refuses to create entries with ENOENT (under /proc), and reports
 * ENOENT rather than EROFS below a read-only mount; this fails at once with the real cause.
 */
async function makeDirectories(path: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (info !== undefined) {
      if (!info.isDirectory()) throw new Error(`${current} exists and is not a directory`);
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of missing.reverse()) {
    await mkdir(dir).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') {
        // Created meanwhile, or a symbolic link whose target is missing.
        if ((await stat(dir).catch(() => undefined))?.isDirectory()) return;
        throw new Error(`${dir} exists but is not a directory (a broken symbolic link?)`);
      }
      if (error.code === 'ENOENT') {
        throw new Error(`cannot create ${dir}: ${dirname(dir)} does not allow new entries (ENOENT)`);
      }
      throw error;
    });
  }
}

/** For read-only commands: the state root must exist and be a readable directory. */
export async function ensureReadableStateRoot(stateRoot: string): Promise<void> {
  try {
    const info = await stat(stateRoot);
    if (!info.isDirectory()) throw new Error('not a directory');
    await access(stateRoot, constants.R_OK | constants.X_OK);
  } catch (error) {
    throw new InputError(`state root ${stateRoot} is not a readable directory: ${errorMessage(error)}`, {
      where: stateRoot,
      hint: 'pass --state-root or set PIKACI_STATE_ROOT to the state root your runs were written to',
    });
  }
}
