/**
 * The guest runner forks little (docs/guest-protocol.md "Cost"): JSON, quoting, request parsing and
 * file reading are shell builtins. Counted under strace on this machine, for dash, busybox sh and
 * bash --posix: every process the runner creates (clone/fork/vfork that is not a thread) and every
 * program it executes. runner-lxd.test.ts counts the same in a real busybox container.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { HOSTILE_COMMAND, HOSTILE_ENV, requestFiles, RUNNER_SCRIPT, type RequestInput } from './support.js';

const SHELLS: Array<[string, string[]]> = [
  ['dash', ['dash']],
  ['busybox sh', ['busybox', 'sh']],
  ['bash --posix', ['bash', '--posix']],
];

/**
 * Processes one passing job may create: 3 `date`, 3 `mv` (one per lifecycle step), 2 `mkdir`,
 * `chown`, `sha256sum`, `timeout --version`, the env-file syntax check, the control-character
 * table, the output pipeline and `tee`, the command's setsid/timeout chain and `rm` — 19 to 21
 * depending on the shell (the runner before this bound forked 350 to 520 here).
 */
const MAX_PROCESSES_PASSING = 24;
/** A request rejected on its working directory: boot, request checks, the failure step. */
const MAX_PROCESSES_BOOTSTRAP_FAILURE = 10;
/** Programs the runner must never start: what builtins do (JSON, parsing, reading files). */
const FORBIDDEN = [
  'awk',
  'gawk',
  'mawk',
  'sed',
  'cat',
  'cut',
  'grep',
  'head',
  'tail',
  'tr',
  'id',
  'touch',
  'stat',
];

let root: string;
let traceDir: string;
beforeAll(() => {
  let version: string;
  try {
    version = execFileSync('strace', ['-V'], { encoding: 'utf8' });
  } catch {
    throw new Error('strace is not installed: `apt-get install -y strace` (ci/test-env.sh installs it)');
  }
  expect(version).toMatch(/strace/);
});
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pikaci-guest-forks-'));
  traceDir = join(root, 'trace');
  mkdirSync(traceDir);
  mkdirSync(join(root, 'run/pika-cloud'), { recursive: true });
  mkdirSync(join(root, 'workspace/snapshot'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

interface Trace {
  exitCode: number | undefined;
  /** Processes created by the runner and its descendants (threads excluded). */
  processes: number;
  /** Base names of the programs executed, the runner's shell included. */
  programs: string[];
}

/** Run the runner under `strace -ff` (one trace file per process, so no line is split). */
async function traced(shell: string[], input: RequestInput): Promise<Trace> {
  const stateDir = join(root, 'run/pika-cloud');
  const files = requestFiles(input);
  writeFileSync(join(stateDir, 'guest-request.json'), files.json);
  writeFileSync(join(stateDir, 'guest-request.env'), files.envFile);
  const out = await execa(
    'strace',
    [
      ...['-f', '-ff', '-qq', '-e', 'trace=execve,clone,clone3,fork,vfork', '-e', 'signal=none'],
      ...['-o', join(traceDir, 'trace'), ...shell, RUNNER_SCRIPT, join(stateDir, 'guest-request.json')],
    ],
    { env: { PIKACI_GUEST_ROOT: root }, reject: false, timeout: 30_000 },
  );
  let processes = 0;
  const programs: string[] = [];
  for (const name of readdirSync(traceDir)) {
    for (const line of readFileSync(join(traceDir, name), 'utf8').split('\n')) {
      if (/^(clone|clone3|fork|vfork)\(/.test(line) && !line.includes('CLONE_THREAD') && / = \d+$/.test(line))
        processes += 1;
      const exec = /^execve\("([^"]*)".* = 0$/.exec(line);
      if (exec) programs.push(basename(exec[1]!));
    }
  }
  return { exitCode: out.exitCode, processes, programs };
}

const count = (programs: string[], name: string) => programs.filter((program) => program === name).length;

describe.each(SHELLS)('pikaci-incus-run under %s forks little', (_name, shell) => {
  it(`a passing job: at most ${MAX_PROCESSES_PASSING} processes, no text tools`, async () => {
    const trace = await traced(shell, { command: HOSTILE_COMMAND, env: HOSTILE_ENV });
    expect(trace.exitCode).toBe(0);
    expect(trace.programs).toContain('bash');
    expect(trace.processes).toBeGreaterThan(5);
    expect(trace.processes).toBeLessThanOrEqual(MAX_PROCESSES_PASSING);
    expect(trace.programs.filter((program) => FORBIDDEN.includes(program))).toEqual([]);
    // busybox runs its applets in a child without exec (or re-execs itself), so names show only
    // under dash and bash.
    if (shell[0] !== 'busybox') {
      expect(count(trace.programs, 'date')).toBe(3);
      expect(count(trace.programs, 'mv')).toBe(3);
    }
  });

  it(`a bootstrap failure: at most ${MAX_PROCESSES_BOOTSTRAP_FAILURE} processes`, async () => {
    const trace = await traced(shell, { command: 'true', cwd: '/no/such/dir' });
    expect(trace.exitCode).toBe(2);
    expect(trace.processes).toBeGreaterThan(0);
    expect(trace.processes).toBeLessThanOrEqual(MAX_PROCESSES_BOOTSTRAP_FAILURE);
    expect(trace.programs.filter((program) => FORBIDDEN.includes(program))).toEqual([]);
  });
});
