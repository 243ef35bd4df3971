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
