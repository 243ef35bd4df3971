/**
 * The one way this project starts `git` (plan's changed files, the action's diff and base-revision
 * manifest, snapshots, the state root's repository root, a run's recorded HEAD): one environment,
 * one error shape, through `node:child_process` (not execa: the action's `plan` runs a few of these,
 * never needs process groups, and not loading execa is a measured part of its cold start).
 *
 * The environment. git reads a handful of variables that point it at another repository, index,
 * object store or work tree instead of the one at the working directory; a parent git sets them for
 * its hooks and `git rebase -x` commands (a pre-push hook running `pikaci plan`, say), and a shell
 * may have them exported. Every git process here is about the repository at its `cwd`, so they are
 * removed: the set `git rev-parse --local-env-vars` prints (the variables git itself drops before
 * running a command in another repository), except the two that carry configuration rather than a
 * location, `GIT_CONFIG_PARAMETERS` and `GIT_CONFIG_COUNT` (`git -c` settings and
 * `GIT_CONFIG_KEY_<n>`/`GIT_CONFIG_VALUE_<n>` pairs: credentials for `fetch --deepen`,
 * `safe.directory`), which are the caller's to choose. `GIT_CEILING_DIRECTORIES` and
 * `GIT_DISCOVERY_ACROSS_FILESYSTEM` are kept too: they only stop the upward search for a repository,
 * so they can make git find none, never another one. Added: `LC_ALL=C` (messages and output that
 * do not depend on the locale), `GIT_TERMINAL_PROMPT=0` (a fetch fails rather than waits for a
 * password) and `GIT_OPTIONAL_LOCKS=0` (`git status` does not write the index under a running editor).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { PikaciError } from '../util/index.js';

/** Removed from every git process's environment (see the top of this file). */
export const GIT_REDIRECTING_ENV: readonly string[] = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_GRAFT_FILE',
  'GIT_SHALLOW_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_CONFIG',
];

/** The environment every git process gets: `base` without `GIT_REDIRECTING_ENV`, plus the fixed settings. */
export function gitEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...base,
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
  };
  for (const name of GIT_REDIRECTING_ENV) delete env[name];
  return env;
}

export interface GitRunOptions {
  /** Bytes written to git's standard input (closed after them); default: none, stdin closed. */
  input?: string | Buffer;
  /**
   * Exit codes that are answers, not failures (`merge-base --is-ancestor` exits 1 for "no");
   * `'any'` returns whatever git exits with. Default `[0]`.
   */
  exitCodes?: readonly number[] | 'any';
}

export interface GitOutput {
  exitCode: number;
  /** Standard output, undecoded: `-z` output and file contents are bytes, not text. */
  stdout: Buffer;
  /** Standard error as text, trimmed. */
  stderr: string;
}

/**
 * Runs `git <args>` in `cwd` to completion. Throws a `PikaciError` when git cannot be started (not
 * installed, `cwd` missing), is killed, or exits with a code outside `exitCodes`; the message names
 * the command and carries git's standard error.
 */
export async function runGit(
  cwd: string,
  args: readonly string[],
  options: GitRunOptions = {},
): Promise<GitOutput> {
  const started = startGit(cwd, args);
  const stdout: Buffer[] = [];
  started.child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  // EPIPE when git exits without reading all its input: its exit status says what happened.
  started.child.stdin.on('error', () => undefined);
  if (options.input === undefined) started.child.stdin.end();
  else started.child.stdin.end(options.input);
  const ended = await started.ended;
  if (ended.kind === 'failed') throw cannotRun(cwd, args, ended.code, ended.message);
  let output: GitOutput;
  try {
    output = { exitCode: ended.exitCode, stdout: Buffer.concat(stdout), stderr: ended.stderr };
  } catch (error) {
    // Output beyond the largest buffer Node can hold.
    throw cannotRun(cwd, args, undefined, (error as Error).message);
  }
  const expected = options.exitCodes ?? [0];
  if (expected !== 'any' && !expected.includes(output.exitCode)) {
    throw gitFailed(cwd, args, output.exitCode, output.stderr);
  }
  return output;
}

/** A git process whose standard input and output the caller streams (`git cat-file --batch`). */
export interface GitProcess {
  readonly stdin: Writable;
  readonly stdout: Readable;
  /**
   * Settles once git has exited and its streams are closed: resolves on exit 0, rejects with the
   * `PikaciError` `runGit` would throw (a kill after `stop()` included).
   */
  readonly exited: Promise<void>;
  /** Ends the process (SIGTERM); `exited` still settles. */
  stop(): void;
}

/** Starts `git <args>` in `cwd` with piped standard input and output; see `GitProcess`. */
export function streamGit(cwd: string, args: readonly string[]): GitProcess {
  const started = startGit(cwd, args);
  const exited = started.ended.then((ended) => {
    if (ended.kind === 'failed') throw cannotRun(cwd, args, ended.code, ended.message);
    if (ended.exitCode !== 0) throw gitFailed(cwd, args, ended.exitCode, ended.stderr);
  });
  // A caller that fails first may never await `exited`; its rejection is not an unhandled one.
  exited.catch(() => undefined);
  return {
    stdin: started.child.stdin,
    stdout: started.child.stdout,
    exited,
    stop: () => started.child.kill(),
  };
}

/** The git command as messages name it: `git diff -z …` (arguments as given, unquoted). */
function commandLine(args: readonly string[]): string {
  return ['git', ...args].join(' ');
}

function cannotRun(
  cwd: string,
  args: readonly string[],
  code: string | undefined,
  message: string,
): PikaciError {
  const missing = code === 'ENOENT';
  const why = !missing
    ? message
    : existsSync(cwd)
      ? 'git is not installed or not on PATH'
      : 'the directory does not exist';
  return new PikaciError(`cannot run \`git ${args[0] ?? ''}\`: ${why}`, {
    where: cwd,
    hint: missing && existsSync(cwd) ? 'install git and make sure it is on PATH' : undefined,
  });
}

function gitFailed(cwd: string, args: readonly string[], exitCode: number, stderr: string): PikaciError {
  return new PikaciError(`\`${commandLine(args)}\` failed (exit ${exitCode})${stderr ? `: ${stderr}` : ''}`, {
    where: cwd,
    hint: stderr.includes('not a git repository') ? 'run from a git checkout or pass --repo DIR' : undefined,
  });
}

type Ended =
  | { kind: 'exited'; exitCode: number; stderr: string }
  | { kind: 'failed'; code: string | undefined; message: string };

/** The single `spawn` of git: the cleaned environment, all three streams piped, one settled outcome. */
function startGit(
  cwd: string,
  args: readonly string[],
): { child: ChildProcessWithoutNullStreams; ended: Promise<Ended> } {
  const child = spawn('git', args, { cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const ended = new Promise<Ended>((resolvePromise) => {
    let settled = false;
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      resolvePromise({ kind: 'failed', code: error.code, message: error.message });
    });
    child.on('close', (exitCode, signal) => {
      if (settled) return;
      settled = true;
      if (exitCode === null) {
        resolvePromise({
          kind: 'failed',
          code: undefined,
          message: `killed with ${signal ?? 'a signal'}: ${commandLine(args)}`,
        });
        return;
      }
      resolvePromise({ kind: 'exited', exitCode, stderr: Buffer.concat(stderr).toString('utf8').trim() });
    });
  });
  return { child, ended };
}
