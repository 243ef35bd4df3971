/**
 * The guest runner's files, byte for byte (docs/guest-protocol.md), under dash, busybox sh and
 * bash --posix on this machine, with hostile inputs: the env values, the command and the working
 * directory carry quotes, `$()`, backslashes, newlines, control characters and non-ASCII text.
 * Timestamps and `elapsed_secs` are taken from the files; every other byte is predicted here.
 * runner-lxd.test.ts does the same in a real busybox container, through `su`.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execa } from 'execa';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  eventTimes,
  expectedLifecycleFiles,
  HOSTILE_COMMAND,
  HOSTILE_DIR_NAME,
  HOSTILE_ENV,
  hostileOutput,
  requestFiles,
  RUNNER_SCRIPT,
  runnerJsonString,
  type RequestInput,
} from './support.js';

/** Each shell and the `timeout` it finds: busybox sh runs its own applet, the others GNU coreutils'. */
const SHELLS: Array<[string, string[], 'gnu' | 'busybox']> = [
  ['dash', ['dash'], 'gnu'],
  ['busybox sh', ['busybox', 'sh'], 'busybox'],
  ['bash --posix', ['bash', '--posix'], 'gnu'],
];

const BOOT_ID = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();

let root: string;
let stateDir: string;
beforeEach(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'pikaci-guest-bytes-')));
  stateDir = join(root, 'run/pika-cloud');
  mkdirSync(stateDir, { recursive: true });
  mkdirSync(join(root, 'workspace/snapshot'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function run(shell: string[], input: RequestInput) {
  const files = requestFiles(input);
  writeFileSync(join(stateDir, 'guest-request.json'), files.json);
  writeFileSync(join(stateDir, 'guest-request.env'), files.envFile);
  const [file, ...pre] = shell as [string, ...string[]];
  return execa(file, [...pre, RUNNER_SCRIPT, join(stateDir, 'guest-request.json')], {
    env: { PIKACI_GUEST_ROOT: root },
    reject: false,
    stripFinalNewline: false,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

const read = (name: string) => readFileSync(join(stateDir, name), 'utf8');

/** The four lifecycle files as written, for one `toEqual` against the prediction. */
function written() {
  return {
    'status.json': read('status.json'),
    'events.jsonl': read('events.jsonl'),
    'events.jsonl.seq': read('events.jsonl.seq'),
    'result.json': read('result.json'),
  };
}

describe('runnerJsonString (the test oracle)', () => {
  it('is JSON that parses back to the same string', () => {
    for (const value of [...Object.values(HOSTILE_ENV), HOSTILE_COMMAND, HOSTILE_DIR_NAME]) {
      expect(JSON.parse(runnerJsonString(value))).toBe(value);
    }
    expect(runnerJsonString('a\tb\n"\\é\u001f')).toBe('"a\\u0009b\\n\\"\\\\é\\u001f"');
  });
});

describe.each(SHELLS)('pikaci-incus-run under %s, byte for byte', (_name, shell, flavour) => {
  it('a passing job with hostile env, command and working directory', async () => {
    const cwd = join(root, HOSTILE_DIR_NAME);
    mkdirSync(cwd);
    const out = await run(shell, { command: HOSTILE_COMMAND, env: HOSTILE_ENV, cwd });
    expect(out.stderr).toBe('');
    expect(out.exitCode).toBe(0);

    const [booted, starting, finished] = eventTimes(read('events.jsonl')) as [string, string, string];
    const elapsed = (JSON.parse(read('result.json')) as { details: { elapsed_secs: number } }).details
      .elapsed_secs;
    expect(elapsed).toBeGreaterThanOrEqual(0);
    expect(elapsed).toBeLessThan(10);
    expect(written()).toEqual(
      expectedLifecycleFiles(
        BOOT_ID,
        [
          { state: 'booted', message: 'incus guest booted', time: booted },
          {
            state: 'starting',
            message: 'launching guest command',
            details: `{"command":${runnerJsonString(HOSTILE_COMMAND)},"run_as_root":true}`,
            time: starting,
          },
          {
            state: 'completed',
            message: 'test passed',
            details: `{"exit_code":0,"timed_out":false,"user_switch":"none","timeout_flavour":"${flavour}","elapsed_secs":${elapsed}}`,
            time: finished,
          },
        ],
        0,
      ),
    );
    const log =
      `[pikaci] incus guest booted at ${booted}\n` +
      `[pikaci] launching guest command as root (user switch: none, timeout: ${flavour} 30s) in ${cwd}\n` +
      hostileOutput(cwd) +
      '[pikaci] test passed\n';
    expect(read('logs/guest.log')).toBe(log);
    expect(out.stdout).toBe(log);
    expect((readdirSync(stateDir, { recursive: true }) as string[]).sort()).toEqual([
      'artifacts',
      'events.jsonl',
      'events.jsonl.seq',
      'guest-request.env',
      'guest-request.json',
      'logs',
      'logs/guest.log',
      'result.json',
      'status.json',
      'xdg-state',
    ]);
  });

  it('a failing job whose output ends without a newline', async () => {
    const out = await run(shell, { command: "printf 'partial é\\r'; exit 3" });
    expect(out.exitCode).toBe(3);
    const [booted, starting, finished] = eventTimes(read('events.jsonl')) as [string, string, string];
    const elapsed = (JSON.parse(read('result.json')) as { details: { elapsed_secs: number } }).details
      .elapsed_secs;
    const details = `{"exit_code":3,"timed_out":false,"user_switch":"none","timeout_flavour":"${flavour}","elapsed_secs":${elapsed}}`;
    expect(written()).toEqual(
      expectedLifecycleFiles(
        BOOT_ID,
        [
          { state: 'booted', message: 'incus guest booted', time: booted },
          {
            state: 'starting',
            message: 'launching guest command',
            details: `{"command":"printf 'partial é\\\\r'; exit 3","run_as_root":true}`,
            time: starting,
          },
          { state: 'failed', message: 'test command exited with 3', details, time: finished },
        ],
        3,
      ),
    );
    expect(read('logs/guest.log')).toBe(
      `[pikaci] incus guest booted at ${booted}\n` +
        `[pikaci] launching guest command as root (user switch: none, timeout: ${flavour} 30s) in ${root}/workspace/snapshot\n` +
        'partial é\r[pikaci] test command exited with 3\n',
    );
  });

  it('a bootstrap failure whose message carries a hostile path', async () => {
    const cwd = `/no/such/${HOSTILE_DIR_NAME}`;
    const out = await run(shell, { command: 'true', cwd });
    expect(out.exitCode).toBe(2);
    const message = `Incus guest bootstrap failed: working directory \`${cwd}\` does not exist in the guest`;
    const [booted, failed] = eventTimes(read('events.jsonl')) as [string, string];
    expect(written()).toEqual(
      expectedLifecycleFiles(
        BOOT_ID,
        [
          { state: 'booted', message: 'incus guest booted', time: booted },
          { state: 'failed', message, time: failed },
        ],
        2,
      ),
    );
    expect(out.stdout).toBe(`[pikaci] incus guest booted at ${booted}\n`);
    expect(out.stderr).toBe(`[pikaci] ${message}\n`);
    expect(read('logs/guest.log')).toBe(`[pikaci] incus guest booted at ${booted}\n[pikaci] ${message}\n`);
  });

  it('continues an events.jsonl an earlier writer left, with its sequence', async () => {
    const earlier = '{"schema_version":1,"kind":"requested","timestamp":"t","message":"m","seq":1}\n';
    writeFileSync(join(stateDir, 'events.jsonl'), earlier);
    writeFileSync(join(stateDir, 'events.jsonl.seq'), '1\n');
    const out = await run(shell, { command: 'true' });
    expect(out.exitCode).toBe(0);
    const events = read('events.jsonl');
    expect(events.startsWith(earlier)).toBe(true);
    expect(events.split('\n').map((line) => /"seq":(\d+)\}$/.exec(line)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      undefined,
    ]);
    expect(read('events.jsonl.seq')).toBe('4\n');
  });
});
