/**
 * The guest runner run on this machine by dash and by busybox sh, in a temporary root
 * (PIKACI_GUEST_ROOT): fast checks of request validation and of the lifecycle files.
 * The same script runs in real LXD containers in runner-lxd.env.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expectWellFormed,
  rawRequestFiles,
  readLocalLifecycle,
  requestFiles,
  RUNNER_SCRIPT,
  type RequestInput,
} from './support.js';

const SHELLS: Array<[string, string[]]> = [
  ['dash', ['dash']],
  ['busybox sh', ['busybox', 'sh']],
];

let root: string;
let stateDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pikaci-guest-host-'));
  stateDir = join(root, 'run/pika-cloud');
  mkdirSync(stateDir, { recursive: true });
  mkdirSync(join(root, 'workspace/snapshot'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writeRequest(files: { json: string; envFile: string }): string {
  writeFileSync(join(stateDir, 'guest-request.json'), files.json);
  writeFileSync(join(stateDir, 'guest-request.env'), files.envFile);
  return join(stateDir, 'guest-request.json');
}

async function runScript(shell: string[], args: string[]) {
  const [file, ...pre] = shell as [string, ...string[]];
  return execa(file, [...pre, RUNNER_SCRIPT, ...args], {
    env: { PIKACI_GUEST_ROOT: root },
    reject: false,
    timeout: 30_000,
  });
}

async function run(shell: string[], input: RequestInput) {
  return runScript(shell, [writeRequest(requestFiles(input))]);
}

describe('the script itself', () => {
  it('is valid POSIX sh for dash and busybox sh', () => {
    execFileSync('dash', ['-n', RUNNER_SCRIPT]);
    execFileSync('busybox', ['sh', '-n', RUNNER_SCRIPT]);
  });

  it('is clean under `shellcheck -s sh`', () => {
    let version: string;
    try {
      version = execFileSync('shellcheck', ['--version'], { encoding: 'utf8' });
    } catch {
      throw new Error(
        'shellcheck is not installed: `apt-get install -y shellcheck` (ci/test-env.sh should do it)',
      );
    }
    expect(version).toContain('ShellCheck');
    execFileSync('shellcheck', ['-s', 'sh', RUNNER_SCRIPT], { encoding: 'utf8' });
  });
});

describe.each(SHELLS)('pikaci-incus-run under %s', (_name, shell) => {
  it('runs a passing command: output on stdout and in guest.log, completed everywhere', async () => {
    const out = await run(shell, { command: "bash --noprofile --norc -lc 'echo hello; echo oops >&2'" });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('hello\noops\n');
    const life = readLocalLifecycle(stateDir);
    expectWellFormed(life);
    expect(life.result).toMatchObject({ status: 'completed', exit_code: 0, message: 'test passed' });
    expect(life.result.details).toMatchObject({ exit_code: 0, timed_out: false, user_switch: 'none' });
    expect(life.events.map((e) => e.kind)).toEqual(['booted', 'starting', 'completed']);
    expect(life.events[1]?.details).toEqual({
      command: "bash --noprofile --norc -lc 'echo hello; echo oops >&2'",
      run_as_root: true,
    });
    expect(life.guestLog).toContain('hello\noops\n[pikaci] test passed\n');
    expect(out.stdout).toContain('[pikaci] test passed');
  });

  it('reports a failing command with its exit code', async () => {
    const out = await run(shell, { command: 'exit 7' });
    expect(out.exitCode).toBe(7);
    const life = readLocalLifecycle(stateDir);
    expectWellFormed(life);
    expect(life.result).toMatchObject({
      status: 'failed',
      exit_code: 7,
      message: 'test command exited with 7',
    });
    expect(life.status.details).toMatchObject({ exit_code: 7 });
  });

  it('normalises a timeout to 124 and `timed out after <N>s`, naming the timeout flavour', async () => {
    const started = Date.now();
    const out = await run(shell, { command: 'sleep 20', timeout_secs: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(out.exitCode).toBe(124);
    const life = readLocalLifecycle(stateDir);
    expectWellFormed(life);
    expect(life.result).toMatchObject({ status: 'failed', exit_code: 124, message: 'timed out after 1s' });
    // busybox sh runs its own `timeout` applet (exit 143); dash finds GNU coreutils' (exit 124).
    const flavour =
      shell[0] === 'busybox'
        ? { timeout_flavour: 'busybox', raw_exit_code: 143 }
        : { timeout_flavour: 'gnu', raw_exit_code: 124 };
    expect(life.result.details).toMatchObject({ timed_out: true, exit_code: 124, ...flavour });
  });

  it('does not call a command that exits 124 quickly a timeout', async () => {
    const out = await run(shell, { command: 'exit 124', timeout_secs: 30 });
    expect(out.exitCode).toBe(124);
    const life = readLocalLifecycle(stateDir);
    expect(life.result).toMatchObject({ message: 'test command exited with 124' });
    expect(life.result.details).toMatchObject({ timed_out: false });
  });

  it('sets the request env (overriding defaults) and the working directory', async () => {
    const cwd = join(root, 'elsewhere');
    mkdirSync(cwd);
    const out = await run(shell, {
      command: `bash --noprofile --norc -lc 'pwd; echo "$GREETING|$CARGO_TERM_COLOR|$CARGO_HOME|$HOME"'`,
      env: { GREETING: 'it\'s "quoted"\nsecond line', CARGO_TERM_COLOR: 'always' },
      cwd,
    });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain(`${cwd}\nit's "quoted"\nsecond line|always|${root}/cargo-home|/root\n`);
  });

  it('runs in /workspace/snapshot by default', async () => {
    const out = await run(shell, { command: 'pwd' });
    expect(out.stdout).toContain(`${root}/workspace/snapshot\n`);
  });

  it('escapes any command into valid JSON in the lifecycle files', async () => {
    const command = `printf '%s' "tab\there" 'back\\slash' "\u0001" ; true # "quotes" é`;
    const out = await run(shell, { command });
    expect(out.exitCode).toBe(0);
    const life = readLocalLifecycle(stateDir);
    expect(life.events[1]?.details).toEqual({ command, run_as_root: true });
  });

  it('does not wait for background processes the command leaves behind', async () => {
    const started = Date.now();
    const out = await run(shell, { command: "bash --noprofile --norc -c 'sleep 60 & echo left'" });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('left');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('also kills leftovers that moved to a process group of their own (as GNU timeout does)', async () => {
    const started = Date.now();
    const out = await run(shell, {
      command: "bash --noprofile --norc -c 'set -m; sleep 61 & echo left in group'",
    });
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('left in group');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toMatch(/^sleep 61$/m);
  });
});

describe.each(SHELLS)('pikaci-incus-run under %s rejects bad requests (exit 2)', (_name, shell) => {
  const good = [
    'PIKACI_REQUEST_COMMAND=true',
    "PIKACI_REQUEST_TIMEOUT_SECS='5'",
    "PIKACI_REQUEST_RUN_AS_ROOT='true'",
  ];
  const goodJson =
    '{\n  "schema_version": 2,\n  "command": "true",\n  "timeout_secs": 5,\n  "run_as_root": true\n}\n';
  const without = (prefix: string) => good.filter((line) => !line.startsWith(prefix));

  async function expectBootstrapFailure(args: string[], reason: string | RegExp) {
    const out = await runScript(shell, args);
    expect(out.exitCode).toBe(2);
    const life = readLocalLifecycle(stateDir);
    expectWellFormed(life);
    expect(life.result).toMatchObject({ status: 'failed', exit_code: 2 });
    expect(life.result.message.startsWith('Incus guest bootstrap failed: ')).toBe(true);
    const text = life.result.message.slice('Incus guest bootstrap failed: '.length);
    if (typeof reason === 'string') expect(text).toBe(reason);
    else expect(text).toMatch(reason);
    expect(out.stderr).toContain(`[pikaci] ${life.result.message}`);
    expect(life.guestLog).toContain(`[pikaci] ${life.result.message}`);
    expect(life.events.map((e) => e.kind)).toEqual(['booted', 'failed']);
  }

  const request = (json: string, lines: string[]) => [writeRequest(rawRequestFiles(json, lines))];

  it('no argument', () => expectBootstrapFailure([], 'usage: pikaci-incus-run <request-path>'));
  it('a missing request file', () =>
    expectBootstrapFailure(
      [join(root, 'nope.json')],
      `cannot read Incus guest request \`${root}/nope.json\``,
    ));
  it('compact JSON', () =>
    expectBootstrapFailure(
      request('{"schema_version":2,"command":"true","timeout_secs":5,"run_as_root":true}', good),
      /is not a JSON object pretty-printed with 2-space indent$/,
    ));
  it('schema_version 1', () =>
    expectBootstrapFailure(
      request(goodJson.replace('"schema_version": 2', '"schema_version": 1'), good),
      'unsupported Incus guest request schema_version=1',
    ));
  it('no schema_version', () =>
    expectBootstrapFailure(
      request(goodJson.replace('  "schema_version": 2,\n', ''), good),
      'unsupported Incus guest request schema_version=None',
    ));
  it('a schema-v1 field', () =>
    expectBootstrapFailure(
      request(
        goodJson.replace(
          '"run_as_root": true',
          '"run_as_root": true,\n  "workspace_dir": "/workspace/snapshot"',
        ),
        good,
      ),
      'Incus guest request has unknown field `workspace_dir`',
    ));
  it('a missing env file', async () => {
    const path = join(stateDir, 'guest-request.json');
    writeFileSync(path, goodJson);
    await expectBootstrapFailure(
      [path],
      /^Incus guest request env file `.*\/guest-request\.env` is missing; the host writes it next to the JSON request \(buildGuestRequest\)$/,
    );
  });
  it('an env file written for another JSON', async () => {
    const path = writeRequest(rawRequestFiles(goodJson, good));
    writeFileSync(path, goodJson.replace('"true"', '"false"'));
    await expectBootstrapFailure(
      [path],
      /env file `.*` does not match `.*guest-request\.json` \(the JSON has sha256 [0-9a-f]{64}, the env file says [0-9a-f]{64}\); write both with buildGuestRequest$/,
    );
  });
  it('an env file that is not shell', () =>
    expectBootstrapFailure(
      request(goodJson, [...good, "X='unterminated"]),
      /env file `.*` is not a valid shell file$/,
    ));
  it('an empty command', () =>
    expectBootstrapFailure(
      request(goodJson, [...without('PIKACI_REQUEST_COMMAND'), "PIKACI_REQUEST_COMMAND=''"]),
      'Incus guest request is missing non-empty string field `command`',
    ));
  it.each([['0'], ['abc'], ['-1'], ['1.5'], ['1234567890'], ['']])('timeout_secs %p', (value) =>
    expectBootstrapFailure(
      request(goodJson, [...without('PIKACI_REQUEST_TIMEOUT'), `PIKACI_REQUEST_TIMEOUT_SECS='${value}'`]),
      'Incus guest request is missing positive integer field `timeout_secs`',
    ),
  );
  it.each([['yes'], ['1'], ['']])('run_as_root %p', (value) =>
    expectBootstrapFailure(
      request(goodJson, [...without('PIKACI_REQUEST_RUN_AS_ROOT'), `PIKACI_REQUEST_RUN_AS_ROOT='${value}'`]),
      'Incus guest request is missing boolean field `run_as_root`',
    ),
  );
  it('a relative cwd', () =>
    expectBootstrapFailure(
      request(goodJson, [...good, "PIKACI_REQUEST_CWD='work'"]),
      'Incus guest request field `cwd` must be an absolute path, got `work`',
    ));
  it('a cwd that does not exist', () =>
    expectBootstrapFailure(
      request(goodJson, [...good, "PIKACI_REQUEST_CWD='/no/such/dir'"]),
      'working directory `/no/such/dir` does not exist in the guest',
    ));
  it('a bad env count', () =>
    expectBootstrapFailure(
      request(goodJson, [...good, "PIKACI_REQUEST_ENV_COUNT='x'"]),
      'Incus guest request env file has a bad PIKACI_REQUEST_ENV_COUNT',
    ));
  it('a bad env name', () =>
    expectBootstrapFailure(
      request(goodJson, [
        ...good,
        "PIKACI_REQUEST_ENV_COUNT='1'",
        "PIKACI_REQUEST_ENV_NAME_0='A-B'",
        "PIKACI_REQUEST_ENV_VALUE_0='v'",
      ]),
      'Incus guest request env name `A-B` is not a valid variable name',
    ));
  it('an unprivileged run when the guest has no `pikaci` user', async () => {
    expect(() => execFileSync('id', ['-u', 'pikaci'], { stdio: 'ignore' })).toThrow();
    await expectBootstrapFailure(
      request(goodJson, [...without('PIKACI_REQUEST_RUN_AS_ROOT'), "PIKACI_REQUEST_RUN_AS_ROOT='false'"]),
      'user `pikaci` does not exist in the guest; add it (uid 1000) or set run_as_root',
    );
  });
  it('a pair the TS builder wrote is accepted (control)', async () => {
    const out = await runScript(shell, request(goodJson, good));
    expect(out.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(stateDir, 'result.json'), 'utf8'))).toMatchObject({
      status: 'completed',
    });
  });
});
