import { describe, expect, it } from '@jest/globals';
import {
  parseEvent,
  parseGroupInput,
  parseLaneRequest,
  resolveDiffRange,
  ZERO_SHA,
  type GithubEvent,
} from '../../src/github/index.js';
import { InputError } from '../../src/util/errors.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const all = { kind: 'all' } as const;

function event(name: string, payload: unknown): GithubEvent {
  return parseEvent(name, JSON.stringify(payload), '/tmp/event.json');
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

function pr(name: string): GithubEvent {
  return event(name, { pull_request: { number: 7, base: { sha: A }, head: { sha: B }, changed_files: 3 } });
}

describe('parseEvent', () => {
  it('keeps only the fields the plan uses', () => {
    expect(pr('pull_request')).toEqual({
      kind: 'pull_request',
      name: 'pull_request',
      pullRequest: {
        number: 7,
        baseSha: A,
        headSha: B,
        changedFiles: 3,
        headRepository: null,
        baseRepository: null,
      },
    });
    expect(event('push', { ref: 'refs/heads/main', before: A, after: B, extra: 1 })).toEqual({
      kind: 'push',
      name: 'push',
      ref: 'refs/heads/main',
      before: A,
      after: B,
      forced: false,
    });
    expect(event('merge_group', { merge_group: { base_sha: A, head_sha: B } })).toEqual({
      kind: 'merge_group',
      name: 'merge_group',
      baseSha: A,
      headSha: B,
    });
    expect(event('release', {})).toEqual({ kind: 'other', name: 'release' });
  });

  it('rejects malformed JSON naming the file', () => {
    expect(() => parseEvent('push', '{"before": ', '/tmp/event.json')).toThrow(InputError);
    expect(() => parseEvent('push', '{"before": ', '/tmp/event.json')).toThrow(
      /event payload is not valid JSON/,
    );
    expect(thrown(() => parseEvent('push', '{', '/tmp/event.json'))).toMatchObject({
      where: '/tmp/event.json',
    });
  });

  it('names the key path of a missing or bad field', () => {
    expect(() => event('pull_request', { pull_request: { number: 1, base: { sha: A }, head: {} } })).toThrow(
      /`pull_request` event payload: `pull_request.head.sha`/,
    );
    expect(() => event('push', { before: 'abc', after: B })).toThrow(
      /`push` event payload: `before`: expected a 40-character hex commit SHA/,
    );
    expect(() => event('merge_group', {})).toThrow(/`merge_group` event payload: `merge_group`/);
  });
});

describe('resolveDiffRange', () => {
  const none = { group: null, lanes: all };

  it('pull_request: merge base of the PR base and head SHAs, manifest from the workspace', () => {
    expect(resolveDiffRange(pr('pull_request'), none)).toMatchObject({
      kind: 'diff',
      compare: 'merge-base',
      base: A,
      head: B,
      manifestRevision: null,
      pullRequest: { number: 7 },
    });
  });

  it('pull_request_target: same range, manifest from the base revision', () => {
    expect(resolveDiffRange(pr('pull_request_target'), none)).toMatchObject({
      kind: 'diff',
      compare: 'merge-base',
      base: A,
      head: B,
      manifestRevision: A,
    });
  });

  it('push: before..after; zero before or forced ⇒ every branch lane with the reason', () => {
    expect(resolveDiffRange(event('push', { before: A, after: B }), none)).toMatchObject({
      kind: 'diff',
      compare: 'two-dot',
      base: A,
      head: B,
    });
    expect(
      resolveDiffRange(event('push', { ref: 'refs/heads/x', before: ZERO_SHA, after: B }), none),
    ).toEqual({
      kind: 'rule',
      group: 'branch',
      lanes: all,
      head: B,
      reason: 'push created refs/heads/x (`before` is the zero SHA): nothing to diff, every branch lane',
    });
    expect(resolveDiffRange(event('push', { before: A, after: B, forced: true }), none)).toMatchObject({
      kind: 'rule',
      group: 'branch',
      reason: expect.stringMatching(
        /^force push to the branch: `before` aaaaaaaaaaaa is not in the new history/,
      ),
    });
  });

  it('merge_group: base_sha..head_sha', () => {
    expect(
      resolveDiffRange(event('merge_group', { merge_group: { base_sha: A, head_sha: B } }), none),
    ).toMatchObject({ kind: 'diff', compare: 'two-dot', base: A, head: B });
  });

  it('schedule ⇒ nightly; group input overrides', () => {
    expect(resolveDiffRange(event('schedule', {}), none)).toMatchObject({ kind: 'rule', group: 'nightly' });
    expect(resolveDiffRange(event('schedule', {}), { group: 'branch', lanes: all })).toMatchObject({
      kind: 'rule',
      group: 'branch',
    });
    expect(resolveDiffRange(pr('pull_request'), { group: 'nightly', lanes: all })).toMatchObject({
      kind: 'rule',
      group: 'nightly',
      reason: '`group: nightly` on pull_request: every nightly lane',
    });
  });

  it('workflow_dispatch: lanes input, default every branch lane', () => {
    expect(resolveDiffRange(event('workflow_dispatch', {}), none)).toMatchObject({
      kind: 'rule',
      group: 'branch',
      lanes: all,
    });
    const ids = { kind: 'ids', ids: ['x', 'y'] } as const;
    expect(resolveDiffRange(event('workflow_dispatch', {}), { group: 'nightly', lanes: ids })).toMatchObject({
      kind: 'rule',
      group: 'nightly',
      lanes: ids,
    });
  });

  it('other events ⇒ every branch lane, said so', () => {
    expect(resolveDiffRange(event('workflow_run', {}), none)).toMatchObject({
      kind: 'rule',
      group: 'branch',
      reason: 'event `workflow_run` carries no diff range: every branch lane',
    });
  });
});

describe('inputs', () => {
  it('parses the lanes input', () => {
    expect(parseLaneRequest('')).toEqual(all);
    expect(parseLaneRequest(' all ')).toEqual(all);
    expect(parseLaneRequest('a, b,,a\nc')).toEqual({ kind: 'ids', ids: ['a', 'b', 'c'] });
    expect(() => parseLaneRequest('all,a')).toThrow(/`lanes` input mixes `all` with lane ids/);
  });

  it('parses the group input', () => {
    expect(parseGroupInput('')).toBeNull();
    expect(parseGroupInput('nightly')).toBe('nightly');
    expect(() => parseGroupInput('weekly')).toThrow(
      /`group` input must be `branch`, `nightly` or empty, got "weekly"/,
    );
  });
});
