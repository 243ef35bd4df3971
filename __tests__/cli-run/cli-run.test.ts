import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RunRecordSchema } from '../../src/records/index.js';
import { runCli, spawnCli, waitFor, type CliResult } from '../support/cli.js';
import { catalogToml, hostJob, incusJob } from '../support/jobs.js';
import { git, makeRepo, tempDir } from '../support/repo.js';

const CATALOG = catalogToml(
  {
    hello: { description: 'Hello target', jobs: ['hello', 'second'], filters: ['src/**'] },
    broken: { description: 'A target whose job fails', jobs: ['fails'] },
    'incus-only': { description: 'Needs Incus', jobs: ['in-vm'] },
    'mac-only': { description: 'Needs Tart', jobs: ['on-mac'] },
    slow: { description: 'Sleeps', jobs: ['sleeper'] },
  },
  {
    hello: hostJob('echo hello-from-job', { description: 'say hello' }),
    second: hostJob('echo second-job', { description: 'second job' }),
    fails: hostJob('echo failing; exit 4', { description: 'fails' }),
    'in-vm': incusJob('true', { description: 'in a VM' }),
    'on-mac': {
      description: 'in a macOS VM',
      timeout_secs: 60,
      execution: { placement: 'local', runtime: 'tart' },
      runtime_config: { kind: 'tart' },
      guest_command: { kind: 'shell_command', command: 'true' },
    },
    sleeper: hostJob('echo started; sleep 300', { description: 'sleeps', timeout_secs: 600 }),
  },
);

const MANIFEST = `version = 1
[[branch.lanes]]
id = "lint-lane"
title = "Lint lane"
command = ["sh", "-c", "echo lane-command-ran"]
`;

interface Setup {
  repo: string;
  stateRoot: string;
  catalog: string;
}

function setup(): Setup {
  const repo = makeRepo({
    'README.md': 'x\n',
    'ci/forge-lanes.toml': MANIFEST,
    'catalog.toml': CATALOG,
  }).root;
  const catalog = join(repo, 'catalog.toml');
  return { repo, stateRoot: join(tempDir(), 'state'), catalog };
}

function cli(s: Setup, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCli(args, { cwd: s.repo, env: { PIKACI_STATE_ROOT: s.stateRoot, ...env } });
}

describe('pikaci run (CLI, real processes)', () => {
  it('runs a target and every read command sees it', async () => {
    const s = setup();
    const run = await cli(s, ['run', '--catalog', s.catalog, 'hello', '--output', 'json']);
    expect(run.stderr).toContain('hello-from-job');
    expect(run.code).toBe(0);
    const record = RunRecordSchema.parse(JSON.parse(run.stdout));
    expect(record.status).toBe('passed');
    expect(record.jobs.map((j) => j.status)).toEqual(['passed', 'passed']);

    const list = await cli(s, ['list']);
    expect(list.stdout).toContain(`${record.run_id}\tpassed\thello\t`);
    const status = await cli(s, ['status', record.run_id]);
    expect(status.stdout.split('\n')[0]).toBe(`${record.run_id} hello passed`);
    const logs = await cli(s, ['logs', record.run_id, '--job', 'hello', '--kind', 'host']);
    expect(logs.stdout).toMatch(/^== host ==\n[\s\S]*hello-from-job/);
    const meta = await cli(s, ['logs', record.run_id, '--metadata-json']);
    expect(JSON.parse(meta.stdout).jobs).toHaveLength(2);
    const prepared = await cli(s, ['prepared-outputs', record.run_id]);
    expect(prepared.stdout).toBe(`run_id=${record.run_id}\nschema_version=1\noutputs=0\n`);

    const rerun = await cli(s, ['rerun', record.run_id, '--catalog', s.catalog, '--output', 'json']);
    expect(rerun.code).toBe(0);
    const again = RunRecordSchema.parse(JSON.parse(rerun.stdout));
    expect(again.rerun_of).toBe(record.run_id);
    expect(again.snapshot_dir).toBe(record.snapshot_dir);
    expect(again.message).toBe(`rerun of ${record.run_id}`);
  });

  it('runs a subset with --job, emits JSONL events, and exits 1 on failure', async () => {
    const s = setup();
    const subset = await cli(s, [
      'run',
      '--catalog',
      s.catalog,
      'hello',
      '--job',
      'second',
      '--output',
      'jsonl',
    ]);
    const events = subset.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string });
    expect(events.map((e) => e.event)).toEqual([
      'run_started',
      'job_started',
      'job_finished',
      'run_finished',
    ]);
    const failed = await cli(s, ['run', '--catalog', s.catalog, 'broken']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/ fails failed\n/);
    expect(failed.stderr).toContain('fails: host-local command exited with 4');
  });

  it('runs a lane command as one job named after the lane (argv, no shell)', async () => {
    const s = setup();
    const lane = await cli(s, ['run', '--catalog', s.catalog, 'lint-lane', '--output', 'json']);
    expect(lane.code).toBe(0);
    const record = RunRecordSchema.parse(JSON.parse(lane.stdout));
    expect(record.target_id).toBe('lint-lane');
    expect(record.jobs.map((j) => j.id)).toEqual(['lint-lane']);
    expect(readFileSync(record.jobs[0]!.host_log_path, 'utf8')).toContain('lane-command-ran');
  });

  it('fails a Tart job on a host that is not a Mac with a clear message and no workspace', async () => {
    const s = setup();
    const out = await cli(s, ['run', '--catalog', s.catalog, 'mac-only', '--output', 'json']);
    expect(out.code).toBe(1);
    const record = RunRecordSchema.parse(JSON.parse(out.stdout));
    expect(record.jobs[0]!.message).toMatch(
      /^Tart jobs need a macOS host; localhost runs \S+ \(`uname -sm`\)$/,
    );
    expect(existsSync(join(s.stateRoot, 'runs', record.run_id, 'jobs', 'on-mac', 'workspace'))).toBe(false);
  });

  it('says which Incus CLI is missing and how to choose another', async () => {
    const s = setup();
    const out = await cli(
      s,
      ['run', '--catalog', s.catalog, 'incus-only', '--incus-cli', 'incus', '--output', 'json'],
      {
        PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
      },
    );
    expect(out.code).toBe(1);
    const record = RunRecordSchema.parse(JSON.parse(out.stdout));
    expect(record.jobs[0]!.message).toContain(
      'cannot run the Incus CLI `incus` on localhost: command not found: incus',
    );
    expect(record.jobs[0]!.message).toContain('--incus-cli');
  });

  it('gates on --since with the target filters, and records a skipped run', async () => {
    const s = setup();
    git(s.repo, 'commit', '-q', '--allow-empty', '-m', 'empty');
    writeFileSync(join(s.repo, 'other.txt'), 'x');
    const skipped = await cli(s, [
      'run',
      '--catalog',
      s.catalog,
      'hello',
      '--since',
      'HEAD~1',
      '--output',
      'json',
    ]);
    expect(skipped.code).toBe(0);
    const record = RunRecordSchema.parse(JSON.parse(skipped.stdout));
    expect(record.status).toBe('skipped');
    expect(record.message).toBe('skipped; no files changed since HEAD~1 matched 1 filter(s)');
    mkdirSync(join(s.repo, 'src'));
    writeFileSync(join(s.repo, 'src', 'a.ts'), 'x');
    const ran = await cli(s, [
      'run',
      '--catalog',
      s.catalog,
      'hello',
      '--since',
      'HEAD~1',
      '--output',
      'json',
    ]);
    expect(RunRecordSchema.parse(JSON.parse(ran.stdout)).status).toBe('passed');
  });

  it('SIGINT stops the job, records `cancelled`, and exits 130', async () => {
    const s = setup();
    const running = spawnCli(['run', '--catalog', s.catalog, 'slow', '--output', 'jsonl'], {
      cwd: s.repo,
      env: { PIKACI_STATE_ROOT: s.stateRoot },
    });
    await waitFor(running.stderr, (text) => text.includes('started'), 30_000, 'the job to start');
    running.child.kill('SIGINT');
    const { code, stdout } = await running.done;
    expect(code).toBe(130);
    const finished = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; run?: unknown })
      .find((e) => e.event === 'run_finished');
    const run = RunRecordSchema.parse(finished!.run);
    expect(run.status).toBe('failed');
    expect(run.message).toBe('cancelled');
    expect(run.jobs[0]).toMatchObject({ status: 'failed', message: 'cancelled' });
    const onDisk = RunRecordSchema.parse(
      JSON.parse(readFileSync(join(s.stateRoot, 'runs', run.run_id, 'run.json'), 'utf8')),
    );
    expect(onDisk.status).toBe('failed');
  }, 60_000);
});

describe('pikaci run: bad input', () => {
  it('names the closest ids for an unknown target or lane', async () => {
    const s = setup();
    const out = await cli(s, ['run', '--catalog', s.catalog, 'helo']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown target or lane `helo`');
    expect(out.stderr).toContain('closest ids: `hello`');
  });

  it('rejects an unknown --job id', async () => {
    const s = setup();
    const out = await cli(s, ['run', '--catalog', s.catalog, 'hello', '--job', 'secnd']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('unknown job `secnd` in `hello`');
    expect(out.stderr).toContain('did you mean `second`');
  });

  it('rejects an unwritable state root, naming it', async () => {
    const s = setup();
    const file = join(tempDir(), 'not-a-dir');
    writeFileSync(file, '');
    const out = await cli(s, ['run', '--catalog', s.catalog, 'hello', '--state-root', file]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`state root ${file} is not a writable directory`);
  });

  it('rejects an unreadable state root for read commands', async () => {
    const s = setup();
    const out = await cli(s, [
      'status',
      '20260101T000000Z-deadbeef',
      '--state-root',
      join(s.repo, 'missing'),
    ]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`state root ${join(s.repo, 'missing')} is not a readable directory`);
  });

  it('reports a nonexistent run id', async () => {
    const s = setup();
    mkdirSync(join(s.stateRoot, 'runs'), { recursive: true });
    const out = await cli(s, ['status', '20260101T000000Z-deadbeef']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('run `20260101T000000Z-deadbeef` not found in');
  });

  it('names the file of a corrupt run.json', async () => {
    const s = setup();
    const runDir = join(s.stateRoot, 'runs', '20260101T000000Z-deadbeef');
    mkdirSync(runDir, { recursive: true });
    writeFileSync(join(runDir, 'run.json'), '{"run_id": ');
    const out = await cli(s, ['status', '20260101T000000Z-deadbeef']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      `${join(runDir, 'run.json')}: run record of \`20260101T000000Z-deadbeef\` is not valid JSON`,
    );
  });

  it('rejects an invalid PIKACI_MAX_CONCURRENT_EXECUTES', async () => {
    const s = setup();
    const out = await cli(s, ['run', '--catalog', s.catalog, 'hello'], {
      PIKACI_MAX_CONCURRENT_EXECUTES: 'lots',
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('PIKACI_MAX_CONCURRENT_EXECUTES must be a positive integer, got `lots`');
  });

  it('rejects a bad --output and a bad --kind', async () => {
    const s = setup();
    expect((await cli(s, ['run', 'hello', '--output', 'xml'])).stderr).toContain(
      '--output must be human, json or jsonl, got `xml`',
    );
    expect((await cli(s, ['logs', 'x', '--kind', 'all'])).stderr).toContain(
      '--kind must be host, guest or both',
    );
  });
});
