import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { JobSpecSchema } from '../../src/model/index.js';
import {
  GUEST_PATHS,
  GuestRequestSchema,
  buildGuestRequest,
  renderGuestRequest,
} from '../../src/guest/index.js';
import { InputError } from '../../src/util/errors.js';

const job = JobSpecSchema.parse({
  id: 'pika-actionlint',
  description: 'actionlint',
  timeout_secs: 120,
  execution: { placement: 'remote_ssh', runtime: 'incus' },
  runtime_config: { kind: 'incus' },
  guest_command: { kind: 'shell_command', command: 'actionlint' },
});

/** Source an env file with a real POSIX shell and print the variables it set, NUL-separated. */
function sourceWithDash(envFile: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'pikaci-guest-env-'));
  try {
    const path = join(dir, 'guest-request.env');
    writeFileSync(path, envFile);
    const script = `. "$1"; for v in $(set | sed -n 's/^\\(PIKACI_REQUEST_[A-Z0-9_]*\\)=.*/\\1/p'); do eval "printf '%s=%s\\\\0' \\"$v\\" \\"\\$$v\\""; done`;
    const out = execFileSync('dash', ['-c', script, 'sh', path], { encoding: 'utf8' });
    return Object.fromEntries(
      out
        .split('\0')
        .filter(Boolean)
        .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('buildGuestRequest', () => {
  it('writes the upstream v2 JSON, pretty-printed, for a plain job', () => {
    const files = buildGuestRequest(job);
    expect(files.json).toBe(
      '{\n  "schema_version": 2,\n  "command": "bash --noprofile --norc -lc \'actionlint\'",\n  "timeout_secs": 120,\n  "run_as_root": false\n}\n',
    );
    expect(files.request).toEqual({
      schema_version: 2,
      command: "bash --noprofile --norc -lc 'actionlint'",
      timeout_secs: 120,
      run_as_root: false,
    });
  });

  it('carries the root flag, env and cwd', () => {
    const rootJob = JobSpecSchema.parse({
      ...job,
      guest_command: { kind: 'shell_command_as_root', command: 'id' },
    });
    const files = buildGuestRequest(rootJob, { env: { A: '1' }, cwd: '/tmp' });
    expect(JSON.parse(files.json)).toEqual({
      schema_version: 2,
      command: "bash --noprofile --norc -lc 'id'",
      timeout_secs: 120,
      run_as_root: true,
      env: { A: '1' },
      cwd: '/tmp',
    });
  });

  it('binds the env file to the JSON with its sha256 and a real shell reads back every value', () => {
    const files = renderGuestRequest({
      schema_version: 2,
      command: `printf '%s\\n' "it's" $HOME\n\ttab "q" \\ end\n`,
      timeout_secs: 7,
      run_as_root: false,
      env: { FOO: "a'b", EMPTY: '', LINES: 'x\ny\n' },
      cwd: '/work dir',
    });
    const vars = sourceWithDash(files.envFile);
    expect(vars).toEqual({
      PIKACI_REQUEST_SHA256: createHash('sha256').update(files.json).digest('hex'),
      PIKACI_REQUEST_COMMAND: files.request.command,
      PIKACI_REQUEST_TIMEOUT_SECS: '7',
      PIKACI_REQUEST_RUN_AS_ROOT: 'false',
      PIKACI_REQUEST_CWD: '/work dir',
      PIKACI_REQUEST_ENV_COUNT: '3',
      PIKACI_REQUEST_ENV_NAME_0: 'FOO',
      PIKACI_REQUEST_ENV_VALUE_0: "a'b",
      PIKACI_REQUEST_ENV_NAME_1: 'EMPTY',
      PIKACI_REQUEST_ENV_VALUE_1: '',
      PIKACI_REQUEST_ENV_NAME_2: 'LINES',
      PIKACI_REQUEST_ENV_VALUE_2: 'x\ny\n',
    });
  });

  it('round-trips any command through the env file (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !s.includes('\0')),
        (command) => {
          const files = renderGuestRequest({
            schema_version: 2,
            command,
            timeout_secs: 1,
            run_as_root: true,
          });
          expect(sourceWithDash(files.envFile).PIKACI_REQUEST_COMMAND).toBe(command);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('puts the request files where the runner and the executor look', () => {
    expect(GUEST_PATHS.request).toBe('/run/pika-cloud/guest-request.json');
    expect(GUEST_PATHS.requestEnv).toBe('/run/pika-cloud/guest-request.env');
  });
});

describe('GuestRequestSchema and renderGuestRequest reject bad requests', () => {
  const base = { schema_version: 2, command: 'true', timeout_secs: 1, run_as_root: false };
  const cases: Array<[string, unknown, RegExp]> = [
    ['schema v1', { ...base, schema_version: 1 }, /field `schema_version`/],
    ['an unknown field', { ...base, workspace_dir: '/workspace/snapshot' }, /`\(request\)`.*workspace_dir/],
    ['an empty command', { ...base, command: '' }, /field `command`: command must be a non-empty string/],
    ['a NUL in the command', { ...base, command: 'a\0b' }, /field `command`: command must not contain NUL/],
    ['a zero timeout', { ...base, timeout_secs: 0 }, /field `timeout_secs`/],
    ['a fractional timeout', { ...base, timeout_secs: 1.5 }, /field `timeout_secs`/],
    ['a ten-digit timeout', { ...base, timeout_secs: 1_000_000_000 }, /field `timeout_secs`/],
    ['a string root flag', { ...base, run_as_root: 'yes' }, /field `run_as_root`/],
    [
      'a bad env name',
      { ...base, env: { '1X': 'v' } },
      /field `env.1X`: env name `1X` is not a variable name/,
    ],
    ['a relative cwd', { ...base, cwd: 'work' }, /field `cwd`: cwd must be an absolute guest path/],
  ];
  it.each(cases)('rejects %s', (_name, input, message) => {
    expect(GuestRequestSchema.safeParse(input).success).toBe(false);
    let thrown: unknown;
    try {
      renderGuestRequest(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message).toMatch(message);
    expect((thrown as InputError).describe()).toContain('hint: fields are schema_version (2)');
  });
});
