import { describe, it, expect } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalTransport, PikaciError } from '../../src/index.js';
import type { ExecRequest } from '../../src/index.js';

const transport = new LocalTransport();

async function run(request: ExecRequest, t = transport) {
  let stdout = '';
  let stderr = '';
  const result = await t.exec({
    onStdout: (chunk) => (stdout += chunk.toString('utf8')),
    onStderr: (chunk) => (stderr += chunk.toString('utf8')),
    ...request,
  });
  return { ...result, stdout, stderr };
}

/** Alive means present and not a zombie (a reparented child may wait for a reaper). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pikaci-local-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readPids(file: string): Promise<number[]> {
  for (let i = 0; i < 100; i++) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text.trim().split(/\s+/).length >= 2) return text.trim().split(/\s+/).map(Number);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`pid file ${file} was never written`);
}

describe('LocalTransport', () => {
  it('labels itself as the local placement', () => {
    expect(transport.placement).toBe('local');
    expect(transport.hostLabel).toBe('localhost');
  });

  it('returns exit codes as results', async () => {
    expect(await run({ argv: ['true'] })).toMatchObject({
      exitCode: 0,
      signal: null,
      timedOut: false,
      cancelled: false,
    });
    expect(await run({ argv: ['sh', '-c', 'exit 3'] })).toMatchObject({ exitCode: 3, signal: null });
  });

  it('passes argv without a shell', async () => {
    const args = ['$HOME', '*', "it's", 'a b', '`id`', '$(id)', '', '-n', 'ünï\tcode\n'];
    const result = await run({ argv: ['printf', '%s\\0', ...args] });
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(args);
  });

  it('runs in cwd with env added to the parent environment', async () => {
    await withTempDir(async (dir) => {
      const result = await run({
        argv: ['sh', '-c', 'pwd; echo "$PIKACI_X"; echo "$PATH"'],
        cwd: dir,
        env: { PIKACI_X: 'x y' },
      });
      const [pwd, x, path] = result.stdout.split('\n');
      expect(pwd).toBe(dir);
      expect(x).toBe('x y');
      expect(path).toBe(process.env.PATH);
    });
  });

  it('separates stdout and stderr', async () => {
    const result = await run({ argv: ['sh', '-c', 'echo out; echo err >&2'] });
    expect(result.stdout).toBe('out\n');
    expect(result.stderr).toBe('err\n');
  });

  it('feeds stdin from a string, a Buffer and a Readable', async () => {
    expect((await run({ argv: ['cat'], stdin: 'from string' })).stdout).toBe('from string');
    expect((await run({ argv: ['cat'], stdin: Buffer.from([0, 1, 2, 255]) })).stdout).toBe(
      Buffer.from([0, 1, 2, 255]).toString('utf8'),
    );
    expect((await run({ argv: ['cat'], stdin: Readable.from(['a', 'b', 'c']) })).stdout).toBe('abc');
  });

  it('gives EOF on stdin when none is provided', async () => {
    const started = Date.now();
    const result = await run({ argv: ['cat'], timeoutMs: 10_000 });
    expect(result).toMatchObject({ exitCode: 0, timedOut: false, stdout: '' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('tolerates a command that does not read its stdin', async () => {
    const result = await run({ argv: ['true'], stdin: Buffer.alloc(4 * 1024 * 1024) });
    expect(result.exitCode).toBe(0);
  });

  it('streams output chunks as they arrive', async () => {
    const started = Date.now();
    let firstAt = 0;
    const result = await transport.exec({
      argv: ['sh', '-c', 'echo first; sleep 1.5; echo second'],
      onStdout: () => {
        if (firstAt === 0) firstAt = Date.now() - started;
      },
    });
    expect(result.exitCode).toBe(0);
    expect(firstAt).toBeGreaterThan(0);
    expect(firstAt).toBeLessThan(1_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  });

  it('streams 256 MB of output with bounded memory', async () => {
    const size = 256 * 1024 * 1024;
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

  it('reports a command killed by a signal', async () => {
    const result = await run({ argv: ['sh', '-c', 'kill -KILL $$'] });
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGKILL', timedOut: false, cancelled: false });
  });

  it('on timeout kills the whole process group, grandchildren included', async () => {
    await withTempDir(async (dir) => {
      const pidFile = join(dir, 'pids');
      const started = Date.now();
      const result = await run({
        argv: [
          'sh',
          '-c',
          `sleep 1000 & sh -c 'echo $$ >> ${pidFile}; sleep 1000' & echo $! >> ${pidFile}; wait`,
        ],
        timeoutMs: 300,
      });
      expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: true, cancelled: false });
      expect(Date.now() - started).toBeLessThan(2_500);
      const pids = await readPids(pidFile);
      for (const pid of pids) expect(isAlive(pid)).toBe(false);
    });
  });

  it('SIGKILLs the group after the grace period when SIGTERM is ignored', async () => {
    await withTempDir(async (dir) => {
      const pidFile = join(dir, 'pids');
      const t = new LocalTransport({ killGraceMs: 700 });
      const started = Date.now();
      // The leader exits on SIGTERM; its child ignores SIGTERM and must still die.
      const result = await run(
        {
          argv: [
            'sh',
            '-c',
            `sh -c 'trap "" TERM; echo $$ >> ${pidFile}; while :; do sleep 0.1; done' & echo $$ >> ${pidFile}; wait`,
          ],
          timeoutMs: 300,
        },
        t,
      );
      const elapsed = Date.now() - started;
      expect(result.timedOut).toBe(true);
      expect(result.exitCode).toBeNull();
      expect(elapsed).toBeGreaterThanOrEqual(900);
      expect(elapsed).toBeLessThan(4_000);
      const pids = await readPids(pidFile);
      for (const pid of pids) expect(isAlive(pid)).toBe(false);
    });
  });

  it('SIGKILLs a leader that ignores SIGTERM', async () => {
    const t = new LocalTransport({ killGraceMs: 300 });
    const result = await run(
      { argv: ['sh', '-c', 'trap "" TERM; while :; do sleep 0.1; done'], timeoutMs: 200 },
      t,
    );
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGKILL', timedOut: true });
  });

  it('stops the group on abort and reports cancelled', async () => {
    await withTempDir(async (dir) => {
      const pidFile = join(dir, 'pids');
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const result = await run({
        argv: ['sh', '-c', `sleep 1000 & echo $! >> ${pidFile}; echo $$ >> ${pidFile}; wait`],
        signal: controller.signal,
      });
      expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: false, cancelled: true });
      for (const pid of await readPids(pidFile)) expect(isAlive(pid)).toBe(false);
    });
  });

  it('does not start a command whose signal is already aborted', async () => {
    await withTempDir(async (dir) => {
      const marker = join(dir, 'marker');
      const controller = new AbortController();
      controller.abort();
      const result = await run({ argv: ['touch', marker], signal: controller.signal });
      expect(result).toMatchObject({ exitCode: null, cancelled: true });
      await expect(readFile(marker)).rejects.toThrow(/ENOENT/);
    });
  });

  it('rejects a missing program with a PikaciError naming it', async () => {
    const error = await transport.exec({ argv: ['pikaci-no-such-program', 'x'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PikaciError);
    expect((error as PikaciError).message).toBe('command not found: pikaci-no-such-program');
    expect((error as PikaciError).hint).toMatch(/PATH/);
  });

  it('rejects a file that is not executable', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'script');
      await writeFile(file, '#!/bin/sh\n');
      await chmod(file, 0o644);
      await expect(transport.exec({ argv: [file] })).rejects.toThrow(`command is not executable: ${file}`);
    });
  });

  it('rejects a missing working directory', async () => {
    await expect(transport.exec({ argv: ['true'], cwd: '/nonexistent/pikaci' })).rejects.toThrow(
      'working directory does not exist: /nonexistent/pikaci',
    );
  });

  it('rejects an empty argv', async () => {
    await expect(transport.exec({ argv: [] })).rejects.toThrow('cannot run an empty command');
  });

  it('close is idempotent', async () => {
    await transport.close();
    await transport.close();
    expect((await run({ argv: ['true'] })).exitCode).toBe(0);
  });
});
