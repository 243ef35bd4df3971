/** The git edge of snapshots: plain `git` processes run in the source repository. */
import { execa } from 'execa';
import { PikaciError } from '../util/index.js';

/**
 * Variables through which a parent git (a hook, `git rebase -x`) would point us at another repository
 * or index (`git rev-parse --local-env-vars`). A snapshot always reads the repository at its cwd.
 */
const GIT_LOCAL_ENV_VARS = [
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_INDEX_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_COMMON_DIR',
];

export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
  for (const name of GIT_LOCAL_ENV_VARS) delete env[name];
  return env;
}

export interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

/** Runs git; a non-zero exit is returned, not thrown, so callers can turn it into a precise error. */
export async function tryGit(cwd: string, args: readonly string[]): Promise<GitResult> {
  const result = await execa('git', args, {
    cwd,
    env: gitEnv(),
    extendEnv: false,
    encoding: 'buffer',
    stripFinalNewline: false,
    reject: false,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.failed && result.exitCode === undefined) {
    throw new PikaciError(`cannot run git: ${result.shortMessage}`, {
      where: cwd,
      hint: 'install git and make sure it is on PATH',
    });
  }
  return {
    ok: result.exitCode === 0,
    stdout: Buffer.from(result.stdout),
    stderr: Buffer.from(result.stderr).toString('utf8').trim(),
  };
}

export async function git(cwd: string, args: readonly string[]): Promise<Buffer> {
  const result = await tryGit(cwd, args);
  if (!result.ok) {
    throw new PikaciError(`\`git ${args.join(' ')}\` failed: ${result.stderr || 'no message'}`, {
      where: cwd,
    });
  }
  return result.stdout;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Splits `-z` output into records, decoding each as strict UTF-8. */
export function splitNul(output: Buffer, where: string): string[] {
  const records: string[] = [];
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0, start);
    if (end === -1) end = output.length;
    const bytes = output.subarray(start, end);
    try {
      records.push(utf8.decode(bytes));
    } catch {
      throw new PikaciError(`a path is not valid UTF-8: ${JSON.stringify(bytes.toString('latin1'))}`, {
        where,
        hint: 'rename the file to a UTF-8 name; snapshot paths and hashes are defined over UTF-8',
      });
    }
    start = end + 1;
  }
  return records;
}
