/**
 * The `Transport` contract (src/transport/types.ts, docs/design.md decision 1), one suite run against
 * every transport: `LocalTransport` in local.test.ts, `SshTransport` on the real sshd in
 * ssh.env.test.ts. What only one transport does (start errors, connections, host keys) stays in
 * those files.
 *
 * The SSH host is this machine (127.0.0.1), so the suite reads the command's pid files and `/proc`
 * directly for both transports.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  PikaciError,
  type ExecRequest,
  type ExecResult,
  type Placement,
  type Transport,
} from '../../src/index.js';

export interface ContractSubject {
  placement: Placement;
  hostLabel: string;
  /** A transport for the suite, closed after it; commands it stops get `killGraceMs` after TERM. */
  open(options: { killGraceMs: number }): Promise<Transport>;
}

export interface Ran extends ExecResult {
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Run a request, collecting both streams. */
export async function run(transport: Transport, request: ExecRequest): Promise<Ran> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const result = await transport.exec({
    onStdout: (chunk) => out.push(chunk),
    onStderr: (chunk) => err.push(chunk),
    ...request,
  });
  const stdoutBytes = Buffer.concat(out);
  return {
    ...result,
    stdoutBytes,
    stdout: stdoutBytes.toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

/** Alive means present and not a zombie (a killed orphan may wait a moment for its reaper). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Whether `check` holds within `ms`. */
export async function eventually(check: () => boolean, ms = 3_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

/** The pids a command wrote to `file`, once there are `count` of them. */
export async function readPids(file: string, count: number): Promise<number[]> {
  for (let i = 0; i < 200; i++) {
    const words = (await readFile(file, 'utf8').catch(() => '')).trim().split(/\s+/).filter(Boolean);
    if (words.length >= count) return words.map(Number);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`pid file ${file} never got ${count} pids`);
}

/** Arguments no shell may reinterpret: quotes, expansions, globs, options, control and non-ASCII characters. */
export const HOSTILE_ARGS = [
  '',
  ' ',
  "it's",
  '"',
  "'\"'\"'",
  '$HOME',
  '${HOME}',
  '$(touch /tmp/pikaci-pwned)',
  '`id`',
  '*',
  '?',
  '[a]',
  '~',
  ';',
  '&&',
  '|',
  '>',
  '#',
  '!',
  '\\',
  '\\n',
  '%s',
  '-n',
  '-e',
  '--',
  '-',
  'a b',
  'a\nb',
  '\t',
  '\r',
  'ünï\tcode\n',
  '日本🙂',
  '\u00a0\u200b',
];

const tricky = fc.constantFrom(...HOSTILE_ARGS.filter((a) => a !== ''));
const piece = fc.oneof(
  tricky,
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary-ascii', maxLength: 6 }),
);
/** argv cannot hold NUL: the kernel would cut the string there. */
const argArb = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join('').replaceAll('\0', ''));
const argvArb = fc.array(argArb, { minLength: 1, maxLength: 8 });
const SEED = 20_260_319;

/** What `printf '%s\0' args…` prints. */
function nulJoined(args: readonly string[]): Buffer {
  return Buffer.concat(args.map((a) => Buffer.from(`${a}\0`, 'utf8')));
}

const KILL_GRACE_MS = 700;

export function describeTransportContract(name: string, subject: ContractSubject): void {
  describe(`${name}: the Transport contract`, () => {
    let transport: Transport;
    let dir: string;

    beforeAll(async () => {
      transport = await subject.open({ killGraceMs: KILL_GRACE_MS });
      dir = await mkdtemp(join(tmpdir(), 'pikaci-transport-contract-'));
    });
    afterAll(async () => {
      await transport.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('names its placement and host', () => {
      expect(transport.placement).toBe(subject.placement);
      expect(transport.hostLabel).toBe(subject.hostLabel);
    });

    it('returns exit codes as results, not errors', async () => {
      expect(await run(transport, { argv: ['true'] })).toMatchObject({
        exitCode: 0,
        signal: null,
        timedOut: false,
        cancelled: false,
      });
      for (const code of [1, 3, 127, 255]) {
        expect(await run(transport, { argv: ['sh', '-c', `exit ${code}`] })).toMatchObject({
          exitCode: code,
          signal: null,
          timedOut: false,
        });
      }
    });

    it('reports the signal that ended a command, with a null exit code', async () => {
      expect(await run(transport, { argv: ['sh', '-c', 'kill -KILL $$'] })).toMatchObject({
        exitCode: null,
        signal: 'SIGKILL',
        timedOut: false,
        cancelled: false,
      });
      expect(await run(transport, { argv: ['sh', '-c', 'kill -TERM $$'] })).toMatchObject({
        exitCode: null,
        signal: 'SIGTERM',
      });
    });

    it('keeps stdout and stderr apart, byte for byte', async () => {
      const result = await run(transport, {
        argv: ['sh', '-c', "echo out; echo err >&2; printf 'o2'; printf 'e2' >&2; exit 3"],
      });
      expect(result).toMatchObject({ exitCode: 3, stdout: 'out\no2', stderr: 'err\ne2' });
      const bytes = await run(transport, { argv: ['printf', '\\000\\001\\377\\n'] });
      expect(bytes.stdoutBytes.equals(Buffer.from([0, 1, 255, 10]))).toBe(true);
    });

    it('passes hostile arguments through unchanged', async () => {
      const result = await run(transport, { argv: ['printf', '%s\\0', ...HOSTILE_ARGS] });
      expect(result.exitCode).toBe(0);
      expect(result.stdoutBytes.equals(nulJoined(HOSTILE_ARGS))).toBe(true);
      expect(existsSync('/tmp/pikaci-pwned')).toBe(false);
    });

    it('passes any argv through unchanged (property)', async () => {
      await fc.assert(
        fc.asyncProperty(argvArb, async (args) => {
          const result = await run(transport, { argv: ['printf', '%s\\0', ...args] });
          expect(result.exitCode).toBe(0);
          expect(result.stdoutBytes).toEqual(nulJoined(args));
        }),
        { numRuns: 100, seed: SEED },
      );
    }, 180_000);

    it('runs in cwd, with env added on top of the host environment', async () => {
      const cwd = join(dir, "a dir with 'quotes' and $(x)");
      await mkdir(cwd);
      const value = '$(id) \'q\' `x` "d" \\ \n end';
      const result = await run(transport, {
        argv: ['sh', '-c', 'pwd; printf "%s|" "$PIKACI_X"; echo "${PATH:+path-set}"'],
        cwd,
        env: { PIKACI_X: value },
      });
      expect(result.stdout).toBe(`${cwd}\n${value}|path-set\n`);
    });

    it('feeds stdin from a string, a Buffer and a Readable', async () => {
      expect((await run(transport, { argv: ['cat'], stdin: 'from string' })).stdout).toBe('from string');
      const every = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
      expect((await run(transport, { argv: ['cat'], stdin: every })).stdoutBytes.equals(every)).toBe(true);
      expect((await run(transport, { argv: ['cat'], stdin: Readable.from(['a', 'b', 'c']) })).stdout).toBe(
        'abc',
      );
      const big = Buffer.alloc(8 * 1024 * 1024, 'pikaci');
      const hashed = await run(transport, {
        argv: ['sha256sum'],
        stdin: Readable.from([big.subarray(0, 1000), big.subarray(1000)]),
      });
      expect(hashed.stdout.split(' ')[0]).toBe(createHash('sha256').update(big).digest('hex'));
    });

    it('gives EOF on stdin when none is given, and tolerates a command that does not read it', async () => {
      const started = Date.now();
      expect(await run(transport, { argv: ['cat'], timeoutMs: 10_000 })).toMatchObject({
        exitCode: 0,
        timedOut: false,
        stdout: '',
      });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await run(transport, { argv: ['true'], stdin: Buffer.alloc(4 * 1024 * 1024) })).exitCode).toBe(
        0,
      );
    });

    it('streams output as it arrives', async () => {
      const started = Date.now();
      let firstAt = 0;
      const result = await transport.exec({
        argv: ['sh', '-c', 'echo first; sleep 1.5; echo second'],
        onStdout: () => (firstAt ||= Date.now() - started),
      });
      expect(result.exitCode).toBe(0);
      expect(firstAt).toBeGreaterThan(0);
      expect(firstAt).toBeLessThan(1_200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    });

    it('streams 128 MB of output with bounded memory', async () => {
      const size = 128 * 1024 * 1024;
      let bytes = 0;
      let peak = 0;
      const before = process.memoryUsage().rss;
      const result = await transport.exec({
        argv: ['head', '-c', String(size), '/dev/zero'],
        onStdout: (chunk) => {
          bytes += chunk.length;
          peak = Math.max(peak, process.memoryUsage().rss);
        },
      });
      expect(result.exitCode).toBe(0);
      expect(bytes).toBe(size);
      expect(peak - before).toBeLessThan(100 * 1024 * 1024);
    });

    it('keeps the output of concurrent commands apart', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          run(transport, { argv: ['sh', '-c', `for n in 1 2 3 4 5; do echo ${i}; echo e${i} >&2; done`] }),
        ),
      );
      results.forEach((result, i) => {
        expect(result.stdout).toBe(`${i}\n`.repeat(5));
        expect(result.stderr).toBe(`e${i}\n`.repeat(5));
      });
    });

    it('on timeout stops the command and its children: SIGTERM, timedOut', async () => {
      const pidFile = join(dir, 'timeout.pids');
      const started = Date.now();
      const result = await run(transport, {
        argv: [
          'sh',
          '-c',
          `sleep 1000 & sh -c 'echo $$ >> ${pidFile}; sleep 1000' & echo $! >> ${pidFile}; echo $$ >> ${pidFile}; wait`,
        ],
        timeoutMs: 400,
      });
      expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: true, cancelled: false });
      expect(Date.now() - started).toBeLessThan(3_000);
      const pids = await readPids(pidFile, 3);
      expect(await eventually(() => pids.every((pid) => !isAlive(pid)))).toBe(true);
    });

    it('sends SIGKILL after the grace period to a command that ignores SIGTERM', async () => {
      const pidFile = join(dir, 'trap.pids');
      const started = Date.now();
      const result = await run(transport, {
        argv: ['sh', '-c', `trap '' TERM; echo $$ >> ${pidFile}; while :; do sleep 0.1; done`],
        timeoutMs: 300,
      });
      const elapsed = Date.now() - started;
      expect(result).toMatchObject({ exitCode: null, signal: 'SIGKILL', timedOut: true });
      expect(elapsed).toBeGreaterThanOrEqual(300 + KILL_GRACE_MS - 50);
      expect(elapsed).toBeLessThan(5_000);
      const [pid] = await readPids(pidFile, 1);
      expect(await eventually(() => !isAlive(pid!))).toBe(true);
    });

    it('kills a child that ignores SIGTERM after its parent exited', async () => {
      const pidFile = join(dir, 'orphan.pids');
      const result = await run(transport, {
        argv: [
          'sh',
          '-c',
          `sh -c 'trap "" TERM; echo $$ >> ${pidFile}; while :; do sleep 0.1; done' & echo $$ >> ${pidFile}; wait`,
        ],
        timeoutMs: 300,
      });
      expect(result).toMatchObject({ exitCode: null, timedOut: true });
      const pids = await readPids(pidFile, 2);
      expect(await eventually(() => pids.every((pid) => !isAlive(pid)), 5_000)).toBe(true);
    });

    it('on abort stops the command and its children: cancelled', async () => {
      const pidFile = join(dir, 'abort.pids');
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 400);
      const result = await run(transport, {
        argv: ['sh', '-c', `sleep 1000 & echo $! >> ${pidFile}; echo $$ >> ${pidFile}; wait`],
        signal: controller.signal,
      });
      expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: false, cancelled: true });
      const pids = await readPids(pidFile, 2);
      expect(await eventually(() => pids.every((pid) => !isAlive(pid)))).toBe(true);
    });

    it('does not start a command whose signal is already aborted', async () => {
      const marker = join(dir, 'pre-aborted');
      const controller = new AbortController();
      controller.abort();
      expect(await run(transport, { argv: ['touch', marker], signal: controller.signal })).toMatchObject({
        exitCode: null,
        cancelled: true,
        timedOut: false,
      });
      expect(existsSync(marker)).toBe(false);
    });

    it('rejects an empty argv', async () => {
      await expect(transport.exec({ argv: [] })).rejects.toThrow('cannot run an empty command');
      await expect(transport.exec({ argv: [''] })).rejects.toThrow('cannot run an empty command');
    });

    it('never reports a missing program as success, and names it', async () => {
      const outcome = await run(transport, { argv: ['pikaci-no-such-program', 'x'] }).catch(
        (e: unknown) => e,
      );
      if (outcome instanceof PikaciError) {
        expect(outcome.message).toBe('command not found: pikaci-no-such-program');
      } else {
        expect(outcome).toMatchObject({ exitCode: 127 });
        expect((outcome as Ran).stderr).toContain('pikaci-no-such-program');
      }
    });

    it('closes idempotently', async () => {
      const other = await subject.open({ killGraceMs: KILL_GRACE_MS });
      expect((await run(other, { argv: ['true'] })).exitCode).toBe(0);
      await other.close();
      await other.close();
    });
  });
}
