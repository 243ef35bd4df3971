import { describe, expect, it } from '@jest/globals';
import {
  LIFECYCLE_STATES,
  parseEvents,
  parseGuestStatus,
  parseTerminalResult,
  runStatusOfResult,
} from '../../src/guest/index.js';
import { PikaciError } from '../../src/util/errors.js';

const result = {
  schema_version: 1,
  status: 'completed',
  finished_at: '2026-03-19T15:00:00+00:00',
  message: 'test passed',
  exit_code: 0,
  details: { exit_code: 0 },
};

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PikaciError);
    return (error as PikaciError).describe();
  }
  throw new Error('expected an error');
}

describe('parseTerminalResult', () => {
  it('accepts completed and failed and maps them to run statuses', () => {
    const ok = parseTerminalResult(JSON.stringify(result));
    expect(ok).toEqual(result);
    expect(runStatusOfResult(ok)).toBe('passed');
    const failed = parseTerminalResult(JSON.stringify({ ...result, status: 'failed', exit_code: 3 }));
    expect(runStatusOfResult(failed)).toBe('failed');
  });

  it('accepts a result without exit code or details', () => {
    const { exit_code: _e, details: _d, ...bare } = result;
    expect(parseTerminalResult(JSON.stringify(bare)).exit_code).toBeUndefined();
  });

  it('rejects the old `passed` status, naming the file and field', () => {
    const text = messageOf(() =>
      parseTerminalResult(JSON.stringify({ ...result, status: 'passed' }), '/job/result.json'),
    );
    expect(text).toMatch(/^\/job\/result\.json: guest terminal result has an invalid field `status`/);
    expect(text).toContain('hint: the guest runner (pikaci-incus-run) writes this file');
  });

  it('rejects a wrong schema version, a missing message and non-JSON', () => {
    expect(messageOf(() => parseTerminalResult(JSON.stringify({ ...result, schema_version: 2 })))).toMatch(
      /field `schema_version`/,
    );
    const { message: _m, ...noMessage } = result;
    expect(messageOf(() => parseTerminalResult(JSON.stringify(noMessage)))).toMatch(/field `message`/);
    expect(messageOf(() => parseTerminalResult('{"schema_version": 1,'))).toMatch(
      /^result\.json: guest terminal result is not JSON/,
    );
  });
});

describe('parseGuestStatus', () => {
  it('accepts every lifecycle state and rejects others', () => {
    for (const state of LIFECYCLE_STATES) {
      const status = {
        schema_version: 1,
        state,
        updated_at: 't',
        message: 'm',
        boot_id: 'b',
        details: { a: 1 },
      };
      expect(parseGuestStatus(JSON.stringify(status)).state).toBe(state);
    }
    const bad = { schema_version: 1, state: 'passed', updated_at: 't', message: 'm' };
    expect(messageOf(() => parseGuestStatus(JSON.stringify(bad)))).toMatch(
      /^status\.json: guest status has an invalid field `state`/,
    );
  });
});

describe('parseEvents', () => {
  const event = (seq: number, kind = 'booted') =>
    JSON.stringify({ schema_version: 1, kind, timestamp: 't', message: 'm', seq });

  it('parses each line in order', () => {
    const events = parseEvents(`${event(1)}\n${event(2, 'starting')}\n${event(3, 'completed')}\n`);
    expect(events.map((e) => [e.seq, e.kind])).toEqual([
      [1, 'booted'],
      [2, 'starting'],
      [3, 'completed'],
    ]);
    expect(parseEvents('')).toEqual([]);
  });

  it('drops a truncated last line (an appending writer caught mid-line)', () => {
    const partial = event(2).slice(0, 20);
    expect(parseEvents(`${event(1)}\n${partial}`).map((e) => e.seq)).toEqual([1]);
    expect(parseEvents(`${event(1)}\n${event(2)}`).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('rejects a bad line that is not the tail, with its line number', () => {
    expect(messageOf(() => parseEvents(`${event(1)}\n{oops\n${event(3)}\n`, 'events.jsonl'))).toMatch(
      /^events\.jsonl:2: guest event is not JSON/,
    );
    expect(messageOf(() => parseEvents(`${event(1)}\n${event(2, 'passed')}\n`))).toMatch(
      /^events\.jsonl:2: guest event has an invalid field `kind`/,
    );
    // A complete (newline-terminated) last line is not a partial write: it must parse.
    expect(messageOf(() => parseEvents(`${event(1)}\n{oops\n`))).toMatch(/^events\.jsonl:2:/);
  });
});
