import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import {
  RunRecordSchema,
  gcRuns,
  isRunId,
  listRuns,
  loadLogs,
  loadLogsMetadata,
  loadPreparedOutputsRecord,
  loadRunBundle,
  loadRunRecord,
  newRunId,
  resolveStateRoot,
  runLiveness,
  writeRecord,
  type RunRecord,
} from '../../src/records/index.js';
import { makeRepo, tempDir } from '../support/repo.js';

function upstreamRun(runId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  // The minimal upstream shape: only required fields, `+00:00` timestamps.
  return {
    run_id: runId,
    status: 'passed',
    source_root: '/src',
    snapshot_dir: '',
    created_at: '2026-03-19T01:02:03.123456789+00:00',
    jobs: [],
    ...extra,
  };
}

function writeRun(stateRoot: string, runId: string, record: Record<string, unknown> | string): string {
  const dir = join(stateRoot, 'runs', runId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'run.json'), typeof record === 'string' ? record : JSON.stringify(record));
  return dir;
}

describe('run ids and state root', () => {
  it('builds YYYYMMDDTHHMMSSZ-<8 hex> ids', () => {
    const id = newRunId(new Date('2026-03-19T01:02:03.456Z'));
    expect(id).toMatch(/^20260319T010203Z-[0-9a-f]{8}$/);
    expect(isRunId(id)).toBe(true);
  });

  it('prefers the flag, then PIKACI_STATE_ROOT, then <repo root>/.pikaci', async () => {
    const repo = makeRepo({ 'README.md': 'hello\n' }).root;
    mkdirSync(join(repo, 'sub'));
    expect(await resolveStateRoot({ flag: '/x', env: '/y', cwd: repo })).toBe('/x');
    expect(await resolveStateRoot({ env: '/y', cwd: repo })).toBe('/y');
    expect(await resolveStateRoot({ env: '', cwd: join(repo, 'sub') })).toBe(join(repo, '.pikaci'));
    const plain = tempDir();
    expect(await resolveStateRoot({ env: '', cwd: plain })).toBe(join(plain, '.pikaci'));
  });
});

describe('record schemas', () => {
  it('decodes upstream records with missing optional fields and +00:00 timestamps', () => {
    const run = RunRecordSchema.parse(upstreamRun('r1'));
    expect(run.rerun_of).toBeNull();
    expect(run.changed_files).toEqual([]);
    expect(run.prepare_timings).toEqual([]);
    expect(run.runner_pid).toBeNull();
  });

  it('rejects a record without `jobs` and names the key', () => {
    const result = RunRecordSchema.safeParse({ ...upstreamRun('r'), jobs: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['jobs']);
  });

  it('writes atomically, every field present, leaving no temp files', async () => {
    const dir = tempDir();
    const path = join(dir, 'run.json');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        writeRecord(path, RunRecordSchema, { ...RunRecordSchema.parse(upstreamRun('r')), message: `m${i}` }),
      ),
    );
    expect(readdirSync(dir)).toEqual(['run.json']);
    const written = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(written['message']).toBe('m19');
    expect(Object.keys(written)).toEqual(Object.keys(RunRecordSchema.shape));
    expect(written['finished_at']).toBeNull();
  });
});

describe('loaders', () => {
  it('loads a bundle; a corrupt prepared-outputs.json gives null and a warning', async () => {
    const stateRoot = tempDir();
    const dir = writeRun(stateRoot, 'r1', upstreamRun('r1'));
    writeFileSync(join(dir, 'prepared-outputs.json'), '{not valid json');
    const warnings: string[] = [];
    const bundle = await loadRunBundle(stateRoot, 'r1', { onWarning: (w) => warnings.push(w) });
    expect(bundle.run.run_id).toBe('r1');
    expect(bundle.prepared_outputs).toBeNull();
    expect(warnings[0]).toContain('failed to load prepared outputs for run `r1`');
    expect(warnings[0]).toContain(join(dir, 'prepared-outputs.json'));
    await expect(loadPreparedOutputsRecord(stateRoot, 'r1')).rejects.toThrow(/not valid JSON/);
  });

  it('returns null prepared outputs when the file is missing', async () => {
    const stateRoot = tempDir();
    writeRun(stateRoot, 'r1', upstreamRun('r1'));
    expect(await loadPreparedOutputsRecord(stateRoot, 'r1')).toBeNull();
  });

  it('names the file of a corrupt run.json and the run of a missing one', async () => {
    const stateRoot = tempDir();
    const dir = writeRun(stateRoot, 'r1', '{"run_id":');
    await expect(loadRunRecord(stateRoot, 'r1')).rejects.toMatchObject({ where: join(dir, 'run.json') });
    await expect(loadRunRecord(stateRoot, 'r2')).rejects.toThrow('run `r2` not found in');
    await expect(loadRunRecord(stateRoot, '../x')).rejects.toThrow('`../x` is not a run id');
  });

  it('reads logs and their metadata, and rejects an unknown job', async () => {
    const stateRoot = tempDir();
    const host = join(stateRoot, 'host.log');
    writeFileSync(host, 'host text');
    const job = {
      id: 'j',
      description: 'd',
      status: 'passed',
      executor: 'host_local',
      timeout_secs: 1,
      host_log_path: host,
      guest_log_path: join(stateRoot, 'missing-guest.log'),
      started_at: '2026-03-19T00:00:00Z',
    };
    writeRun(stateRoot, 'r1', upstreamRun('r1', { jobs: [job] }));
    const meta = await loadLogsMetadata(stateRoot, 'r1');
    expect(meta.jobs[0]).toMatchObject({ id: 'j', host_log_exists: true, guest_log_exists: false });
    expect(await loadLogs(stateRoot, 'r1', { kind: 'host' })).toEqual({ host: 'host text', guest: null });
    await expect(loadLogs(stateRoot, 'r1', { kind: 'guest' })).rejects.toThrow('cannot read log of job `j`');
    await expect(loadLogsMetadata(stateRoot, 'r1', { job: 'k' })).rejects.toThrow(
      'job `k` not found in run `r1`',
    );
  });

  it('lists newest first, with half-created and corrupt runs listed as such', async () => {
    const stateRoot = tempDir();
    writeRun(
      stateRoot,
      '20260101T000000Z-00000001',
      upstreamRun('20260101T000000Z-00000001', { created_at: '2026-01-01T00:00:00Z' }),
    );
    writeRun(
      stateRoot,
      '20260301T000000Z-00000003',
      upstreamRun('20260301T000000Z-00000003', { created_at: '2026-03-01T00:00:00+00:00' }),
    );
    writeRun(stateRoot, '20260201T000000Z-00000002', '{broken');
    mkdirSync(join(stateRoot, 'runs', '20260401T000000Z-00000004'));
    writeFileSync(join(stateRoot, 'runs', 'stray-file'), '');
    const entries = await listRuns(stateRoot);
    expect(entries.map((e) => [e.run_id, e.state])).toEqual([
      ['20260401T000000Z-00000004', 'incomplete'],
      ['20260301T000000Z-00000003', 'recorded'],
      ['20260201T000000Z-00000002', 'corrupt'],
      ['20260101T000000Z-00000001', 'recorded'],
    ]);
    expect(await listRuns(join(stateRoot, 'nope'))).toEqual([]);
  });
});

describe('liveness and gc', () => {
  const running = (pid: number | null, host: string | null): RunRecord =>
    RunRecordSchema.parse(upstreamRun('r', { status: 'running', runner_pid: pid, runner_host: host }));

  it('tells live, abandoned and unknown runners apart', () => {
    expect(runLiveness(running(process.pid, hostname()))).toBe('alive');
    expect(runLiveness(running(2 ** 22 + 12345, hostname()))).toBe('abandoned');
    expect(runLiveness(running(process.pid, 'another-host'))).toBe('unknown');
    expect(runLiveness(running(null, null))).toBe('unknown');
    expect(runLiveness(RunRecordSchema.parse(upstreamRun('r')))).toBe('terminal');
  });

  it('keeps the newest N, never removes a live run unless forced, removes abandoned ones', async () => {
    const stateRoot = tempDir();
    const ids = [
      '20260101T000000Z-00000001',
      '20260102T000000Z-00000002',
      '20260103T000000Z-00000003',
      '20260104T000000Z-00000004',
    ];
    writeRun(
      stateRoot,
      ids[0]!,
      upstreamRun(ids[0]!, { status: 'running', runner_pid: process.pid, runner_host: hostname() }),
    );
    writeRun(
      stateRoot,
      ids[1]!,
      upstreamRun(ids[1]!, { status: 'running', runner_pid: 2 ** 22 + 12345, runner_host: hostname() }),
    );
    writeRun(stateRoot, ids[2]!, upstreamRun(ids[2]!));
    writeRun(stateRoot, ids[3]!, upstreamRun(ids[3]!));
    const result = await gcRuns(stateRoot, { keep: 1 });
    expect(result).toEqual({ removed: [ids[2], ids[1]], kept_running: [ids[0]] });
    expect((await gcRuns(stateRoot, { keep: 1, force: true })).removed).toEqual([ids[0]]);
    expect(readdirSync(join(stateRoot, 'runs'))).toEqual([ids[3]]);
    await expect(gcRuns(stateRoot, { keep: -1 })).rejects.toThrow(
      '--keep-runs must be a non-negative integer',
    );
  });
});
