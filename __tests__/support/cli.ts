/**
 * The `pikaci` CLI as a real subprocess, as a user runs it: `src/cli/main.ts` in one node process with
 * tsx as its loader (so a signal sent to the child reaches the CLI itself), or a bundled entry
 * (`dist/cli/index.js`) run by node directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX_LOADER = join(ROOT, 'node_modules/tsx/dist/esm/index.mjs');
const MAIN = join(ROOT, 'src/cli/main.ts');

export interface CliResult {
  /** The exit code; null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Working directory; default the repository root. */
  cwd?: string;
  /** Added to this process's environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Written to stdin, then EOF; without it stdin is /dev/null. */
  input?: string;
  /** A bundled entry to run instead of the sources. */
  entry?: string;
}

export interface SpawnedCli {
  child: ChildProcess;
  /** Resolves when the process has exited and its output is complete. */
  done: Promise<CliResult>;
  /** stdout and stderr so far. */
  output: () => string;
  stdout: () => string;
  stderr: () => string;
}

/** The argv that runs `pikaci <args>`: node, then the sources through tsx, or `entry`. */
export function cliArgv(args: readonly string[], entry?: string): string[] {
  return [process.execPath, ...(entry ? [entry] : ['--import', TSX_LOADER, MAIN]), ...args];
}

/** Start `pikaci <args>`; see `runCli` to wait for it. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): SpawnedCli {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const [node, ...argv] = cliArgv(args, options.entry);
  const child = spawn(node!, argv, {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  // A CLI that exits without reading its input must not fail the test with EPIPE.
  child.stdin?.on('error', () => undefined);
  if (options.input !== undefined) child.stdin!.end(options.input);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, output: () => stdout + stderr, stdout: () => stdout, stderr: () => stderr };
}

/** Run `pikaci <args>` to completion. */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return spawnCli(args, options).done;
}

/** Resolve once `predicate(output())` holds; fail after `timeoutMs` with what was seen. */
export async function waitFor(
  output: () => string,
  predicate: (text: string) => boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate(output())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output so far:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
