/**
 * The VM plumbing both VM backends share, against real processes: the host itself plays the guest
 * (its `exec` runs on a real `LocalTransport`), so the probes, the `tar` stream and the files are real.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobPaths } from '../../src/records/index.js';
import { openLogWriter } from '../../src/runtime/index.js';
import { LocalTransport } from '../../src/transport/index.js';
import { addSecret, clearSecrets } from '../../src/util/redact.js';
import {
  collectLifecycleFiles,
  LineSplitter,
  MAX_PENDING_LINE,
  PhaseRecorder,
  readGuestOutcome,
  settleVmJob,
  VmFailure,
  waitUntilReady,
  type Guest,
} from '../../src/vm/index.js';

const transport = new LocalTransport({ killGraceMs: 500 });
/** The host as the guest: argv runs on this machine. */
const hostGuest: Guest = { exec: (request) => transport.exec(request) };
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pikaci-vm-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  clearSecrets();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('LineSplitter', () => {
  it('emits prefixed whole lines, keeps one partial line, and flushes it at the end', () => {
    const out: string[] = [];
    const lines = new LineSplitter('> ', (line) => out.push(line));
    lines.push(Buffer.from('a\nb'));
    lines.push(Buffer.from('c\nd'));
    expect(out).toEqual(['> a\n', '> bc\n']);
    lines.end();
    lines.end();
    expect(out).toEqual(['> a\n', '> bc\n', '> d\n']);
  });

  it('flushes a partial line longer than the bound instead of keeping it', () => {
    const out: string[] = [];
    const lines = new LineSplitter('', (line) => out.push(line));
    lines.push(Buffer.alloc(MAX_PENDING_LINE + 1, 'x'));
    expect(out).toHaveLength(1);
    expect(out[0]!.length).toBe(MAX_PENDING_LINE + 2);
    lines.end();
    expect(out).toHaveLength(1);
  });
});

describe('PhaseRecorder', () => {
  it('times every phase, including one that throws', async () => {
    const phases = new PhaseRecorder<'one' | 'two'>();
    expect(await phases.run('one', async () => 1)).toBe(1);
    await expect(
      phases.run('two', async () => {
        throw new Error('broke');
      }),
    ).rejects.toThrow('broke');
    expect(phases.phases.map((p) => p.phase)).toEqual(['one', 'two']);
    for (const p of phases.phases) {
      expect(p.duration_ms).toBeGreaterThanOrEqual(0);
      expect(p.finished_at >= p.started_at).toBe(true);
    }
  });
});

describe('waitUntilReady (real probes)', () => {
  const probeFor = (path: string) => (remainingMs: number) =>
    transport.exec({ argv: ['test', '-e', path], timeoutMs: remainingMs });

  it('is ready once the probe succeeds', async () => {
    const flag = join(await tempDir(), 'ready');
    setTimeout(() => void writeFile(flag, ''), 400);
    const started = Date.now();
    const readiness = await waitUntilReady(probeFor(flag), {
      timeoutSecs: 10,
      signal: new AbortController().signal,
      pollMs: 50,
    });
    expect(readiness).toBe('ready');
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('times out at its bound', async () => {
    const started = Date.now();
    const readiness = await waitUntilReady(probeFor(join(await tempDir(), 'never')), {
      timeoutSecs: 1,
      signal: new AbortController().signal,
      pollMs: 50,
    });
    expect(readiness).toBe('timed_out');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stops at once when cancelled, even between probes', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const readiness = await waitUntilReady(probeFor(join(await tempDir(), 'never')), {
      timeoutSecs: 60,
      signal: controller.signal,
      pollMs: 10_000,
    });
    expect(readiness).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('collectLifecycleFiles', () => {
  async function guestState(): Promise<string> {
    const state = await tempDir();
    await mkdir(join(state, 'logs'));
    await writeFile(join(state, 'logs/guest.log'), 'line one\nthe password is s3cret-value-42\n');
    await writeFile(join(state, 'events.jsonl'), '{"event":"started"}\n');
    await writeFile(
      join(state, 'result.json'),
      JSON.stringify({
        schema_version: 1,
        status: 'failed',
        finished_at: '2026-01-01T00:00:00Z',
        message: 'exited with 3',
        exit_code: 3,
      }),
    );
    return state;
  }

  it('copies the lifecycle files the guest wrote into the artifacts, redacted, and the result reads back', async () => {
    addSecret('s3cret-value-42');
    const stateDir = await guestState();
    const artifactsDir = join(await tempDir(), 'artifacts');
    await mkdir(artifactsDir);
    const log = openLogWriter(join(artifactsDir, '..', 'host.log'));
    await collectLifecycleFiles(hostGuest, {
      stateDir,
      artifactsDir,
      log,
      signal: new AbortController().signal,
      runtime: 'Test',
      host: 'localhost',
    });
    log.close();
    // status.json was never written: it is skipped, not an error.
    expect((await readdir(artifactsDir)).sort()).toEqual(['events.jsonl', 'guest.log', 'result.json']);
    expect(await readFile(join(artifactsDir, 'guest.log'), 'utf8')).toBe('line one\nthe password is ***\n');
    expect(await readGuestOutcome(join(artifactsDir, 'result.json'))).toEqual({
      status: 'failed',
      exit_code: 3,
      message: 'exited with 3',
    });
  });

  it('collects nothing, without error, from a guest that wrote no lifecycle file', async () => {
    const stateDir = await tempDir();
    const artifactsDir = await tempDir();
    await mkdir(join(stateDir, 'empty'));
    const log = openLogWriter(join(stateDir, 'host.log'));
    await collectLifecycleFiles(hostGuest, {
      stateDir: join(stateDir, 'empty'),
      artifactsDir,
      log,
      signal: new AbortController().signal,
      runtime: 'Test',
      host: 'localhost',
    });
    log.close();
    expect(await readdir(artifactsDir)).toEqual([]);
    await expect(readGuestOutcome(join(artifactsDir, 'result.json'))).rejects.toThrow(
      /no usable result\.json/,
    );
  });

  it('fails with the runtime and host when the guest cannot be reached', async () => {
    // Like `incus exec` into an instance that has stopped: the host command fails before any stream.
    const gone: Guest = {
      exec: (request) =>
        transport.exec({
          ...request,
          argv: ['sh', '-c', 'echo "Error: Instance is not running" >&2; exit 1'],
        }),
    };
    const dir = await tempDir();
    const log = openLogWriter(join(dir, 'host.log'));
    const collecting = collectLifecycleFiles(gone, {
      stateDir: '/run/pika-cloud',
      artifactsDir: dir,
      log,
      signal: new AbortController().signal,
      runtime: 'Test',
      host: 'localhost',
    });
    await expect(collecting).rejects.toThrow(VmFailure);
    await expect(collecting).rejects.toThrow(
      /^collect Test guest files from localhost failed \(exit code 1\)$/,
    );
    log.close();
    expect(await readFile(join(dir, 'host.log'), 'utf8')).toBe('Error: Instance is not running\n');
  });
});

describe('VM job results', () => {
  it('a missing result.json is an infrastructure error', async () => {
    await expect(readGuestOutcome(join(await tempDir(), 'result.json'))).rejects.toThrow(
      /^infrastructure error: the guest wrote no usable result\.json \(.*\); did it crash\?$/,
    );
  });

  it('settleVmJob turns a failure into a failed outcome, logged and written to result.json', async () => {
    const paths = jobPaths(await tempDir(), 'job');
    await mkdir(paths.artifactsDir, { recursive: true });
    const hostLog = openLogWriter(paths.hostLog);
    const outcome = await settleVmJob({ hostLog, signal: new AbortController().signal, paths }, async () => {
      throw new VmFailure('the instance broke');
    });
    hostLog.close();
    expect(outcome).toEqual({ status: 'failed', exit_code: null, message: 'the instance broke' });
    expect(await readFile(paths.hostLog, 'utf8')).toBe('[pikaci] the instance broke\n');
    expect(JSON.parse(await readFile(paths.resultJson, 'utf8'))).toMatchObject({
      status: 'failed',
      message: 'the instance broke',
    });
  });

  it('settleVmJob reports a failure after cancellation as cancelled', async () => {
    const paths = jobPaths(await tempDir(), 'job');
    const hostLog = openLogWriter(paths.hostLog);
    const controller = new AbortController();
    const outcome = await settleVmJob({ hostLog, signal: controller.signal, paths }, async () => {
      controller.abort();
      throw new VmFailure('exec was killed');
    });
    hostLog.close();
    expect(outcome).toEqual({ status: 'failed', exit_code: null, message: 'cancelled' });
  });
});
