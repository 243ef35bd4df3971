/** Helpers shared by the guest runner tests: request files, lifecycle files, a shell runner. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import {
  parseEvents,
  parseGuestStatus,
  parseTerminalResult,
  renderGuestRequest,
  type GuestEvent,
  type GuestStatus,
  type TerminalResult,
} from '../../src/guest/index.js';

export const RUNNER_SCRIPT = new URL('../../nix/incus/pikaci-incus-run', import.meta.url).pathname;

export interface RequestInput {
  command: string;
  timeout_secs?: number;
  run_as_root?: boolean;
  env?: Record<string, string>;
  cwd?: string;
}

/** The two request files, as the executor writes them. */
export function requestFiles(input: RequestInput): { json: string; envFile: string } {
  return renderGuestRequest({ schema_version: 2, timeout_secs: 30, run_as_root: true, ...input });
}

/** A hand-made pair (for bad requests): any JSON text, env lines bound to it by its sha256. */
export function rawRequestFiles(json: string, envLines: string[]): { json: string; envFile: string } {
  const sha = createHash('sha256').update(json).digest('hex');
  return { json, envFile: [`PIKACI_REQUEST_SHA256='${sha}'`, ...envLines, ''].join('\n') };
}

export interface Lifecycle {
  result: TerminalResult;
  status: GuestStatus;
  events: GuestEvent[];
  guestLog: string;
  /** Every file name under the state dir (recursively), to check nothing temporary is left. */
  files: string[];
}

/** Read and validate the lifecycle files with the host-side parsers. */
export function readLifecycle(read: (path: string) => string, list: () => string[]): Lifecycle {
  return {
    result: parseTerminalResult(read('result.json'), 'result.json'),
    status: parseGuestStatus(read('status.json'), 'status.json'),
    events: parseEvents(read('events.jsonl'), 'events.jsonl'),
    guestLog: read('logs/guest.log'),
    files: list(),
  };
}

export function readLocalLifecycle(stateDir: string): Lifecycle {
  return readLifecycle(
    (path) => readFileSync(join(stateDir, path), 'utf8'),
    () => (existsSync(stateDir) ? (readdirSync(stateDir, { recursive: true }) as string[]) : []),
  );
}

/** The invariants every finished run satisfies, whatever its outcome. */
export function expectWellFormed(life: Lifecycle): void {
  expect(life.files.filter((name) => name.includes('.tmp') || name.includes('.command-session'))).toEqual([]);
  expect(life.events.map((event) => event.seq)).toEqual(life.events.map((_, index) => index + 1));
  expect(life.events[0]).toMatchObject({ kind: 'booted', message: 'incus guest booted' });
  const last = life.events[life.events.length - 1];
  expect(last?.kind).toBe(life.status.state);
  expect(last?.message).toBe(life.result.message);
  expect(life.status.message).toBe(life.result.message);
  expect(life.status.state).toBe(life.result.status);
  expect(life.guestLog).toMatch(
    /^\[pikaci\] incus guest booted at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\n/,
  );
}

/**
 * A string as the runner encodes it in JSON (docs/guest-protocol.md "JSON encoding"): `\` and `"`
 * escaped, newline as `\n`, other control characters as `\u00xx`, everything else as is. Unlike
 * JSON.stringify, a tab is `\u0009`, not `\t`.
 */
export function runnerJsonString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '\\') out += '\\\\';
    else if (char === '"') out += '\\"';
    else if (char === '\n') out += '\\n';
    else if (code < 0x20) out += `\\u00${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** One lifecycle step: its state, message, details (the runner's compact JSON text) and time. */
export interface ExpectedStep {
  state: string;
  message: string;
  details?: string;
  time: string;
}

/**
 * The exact bytes of the lifecycle files after `steps` (docs/guest-protocol.md "Lifecycle files"):
 * status.json is the last step, events.jsonl has one line per step, result.json the last step with
 * `exitCode`.
 */
export function expectedLifecycleFiles(
  bootId: string,
  steps: ExpectedStep[],
  exitCode: number,
): Record<'status.json' | 'events.jsonl' | 'events.jsonl.seq' | 'result.json', string> {
  const last = steps[steps.length - 1]!;
  const boot = bootId === '' ? '' : `,\n  "boot_id": ${runnerJsonString(bootId)}`;
  const details = (step: ExpectedStep) =>
    step.details === undefined ? '' : `,\n  "details": ${step.details}`;
  const head = (step: ExpectedStep, stateKey: string, timeKey: string) =>
    `{\n  "schema_version": 1,\n  "${stateKey}": ${runnerJsonString(step.state)},\n  "${timeKey}": ${runnerJsonString(step.time)},\n  "message": ${runnerJsonString(step.message)}`;
  const event = (step: ExpectedStep, index: number) =>
    `{"schema_version":1,"kind":${runnerJsonString(step.state)},"timestamp":${runnerJsonString(step.time)},` +
    `"message":${runnerJsonString(step.message)}` +
    (bootId === '' ? '' : `,"boot_id":${runnerJsonString(bootId)}`) +
    (step.details === undefined ? '' : `,"details":${step.details}`) +
    `,"seq":${index + 1}}\n`;
  return {
    'status.json': `${head(last, 'state', 'updated_at')}${boot}${details(last)}\n}\n`,
    'events.jsonl': steps.map(event).join(''),
    'events.jsonl.seq': `${steps.length}\n`,
    'result.json': `${head(last, 'status', 'finished_at')},\n  "exit_code": ${exitCode}${details(last)}\n}\n`,
  };
}

/** The timestamps of events.jsonl, one per step, each checked to be RFC 3339 with a numeric offset. */
export function eventTimes(eventsJsonl: string): string[] {
  return parseEvents(eventsJsonl).map((event) => {
    expect(event.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    return event.timestamp;
  });
}

/**
 * Hostile inputs for the byte-for-byte tests: quotes of both kinds, `$()` and backticks that must
 * not run, backslashes, printf directives, newlines (trailing ones too), control characters, and
 * non-ASCII text (accents, CJK, an emoji outside the BMP, a bidi override).
 */
export const HOSTILE_ENV: Record<string, string> = {
  HOSTILE_QUOTES: `it's "double" 'single' \\ back\\\\slash $(echo no) \`echo no\` $HOME \${X} %s %n %%`,
  HOSTILE_LINES: 'line one\nline two\n\n',
  HOSTILE_UNICODE: 'é ü ß 漢字 😀 \u202e reversed \u00a0nbsp',
  HOSTILE_CONTROLS: 'tab\there cr\rhere \u0001 \u001b[31mred\u001b[0m \u007f del',
  HOSTILE_EMPTY: '',
  HOSTILE_DASH: '-n',
};

/** A directory name with the same hostile characters (no `/`, no NUL). */
export const HOSTILE_DIR_NAME = `wd 'single' "double" $(echo x) \`y\` \\ é 😀\nsecond line\ttab\r\u0001\u001b\u001f\u007f %s`;

const CONTROLS = Array.from({ length: 31 }, (_, index) => String.fromCharCode(index + 1))
  .filter((char) => char !== '\n')
  .join('');

/** A multi-line bash command that prints the hostile env, its working directory and literals. */
export const HOSTILE_COMMAND = [
  `printf '<%s>\\n' "$HOSTILE_QUOTES" "$HOSTILE_LINES" "$HOSTILE_UNICODE" "$HOSTILE_CONTROLS" "$HOSTILE_EMPTY" "$HOSTILE_DASH"`,
  'pwd',
  // The comment holds every control character but newline (and DEL, which JSON leaves as is).
  `echo 'literal: $(not run) \`nor this\` \\ "dq" é 😀 %s' # a "comment" \\ 😀 ${CONTROLS}\u007f`,
  `printf 'no newline at the end \\001 \\r'`,
].join('\n');

/** What HOSTILE_COMMAND prints in `cwd`. */
export function hostileOutput(cwd: string): string {
  const values = Object.values(HOSTILE_ENV).map((value) => `<${value}>\n`);
  return `${values.join('')}${cwd}\nliteral: $(not run) \`nor this\` \\ "dq" é 😀 %s\nno newline at the end \u0001 \r`;
}
