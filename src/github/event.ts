/**
 * The workflow event, read from `GITHUB_EVENT_NAME` and the JSON file at `GITHUB_EVENT_PATH`.
 * Only the fields the plan uses are parsed; everything else in the payload is ignored.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../util/index.js';

/**
 * The payload fields, read without zod: the plan path loads no schema library (issue 13). These
 * accept what the zod schemas that stood here accepted, report the same first problem (key path
 * and zod's wording), and `__tests__/action/event-payload.test.ts` holds them to those schemas as
 * an oracle on real payloads and thousands of mutations.
 */
type Path = Array<string | number>;

class Refusal extends Error {
  constructor(
    readonly path: Path,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** zod's name for what it received. */
function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function expected(what: string, value: unknown, path: Path): never {
  throw new Refusal(path, `Invalid input: expected ${what}, received ${received(value)}`);
}

type Fields = Record<string, unknown>;

function object(value: unknown, path: Path): Fields {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
  return expected('object', value, path);
}

function string(value: unknown, path: Path): string {
  return typeof value === 'string' ? value : expected('string', value, path);
}

function optionalString(value: unknown, path: Path): string | undefined {
  return value === undefined ? undefined : string(value, path);
}

function sha(value: unknown, path: Path): string {
  const text = string(value, path);
  if (!/^[0-9a-f]{40}$/.test(text)) throw new Refusal(path, 'expected a 40-character hex commit SHA');
  return text;
}

/** A safe integer of at least `min` (zod's `.int()` then `.positive()`/`.nonnegative()`, in its order). */
function integer(value: unknown, path: Path, min: 0 | 1): number {
  if (typeof value !== 'number') return expected('number', value, path);
  if (!Number.isInteger(value)) return expected('int', value, path);
  if (value > Number.MAX_SAFE_INTEGER)
    throw new Refusal(path, `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`);
  if (value < Number.MIN_SAFE_INTEGER)
    throw new Refusal(path, `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`);
  if (value < min) throw new Refusal(path, `Too small: expected number to be ${min === 1 ? '>0' : '>=0'}`);
  return value;
}

/** A PR side's repository: its `full_name`, `deleted` for an explicit null (a deleted fork), absent when not sent. */
function repoRef(value: unknown, path: Path): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'deleted';
  return string(object(value, path).full_name, [...path, 'full_name']);
}

function prSide(value: unknown, path: Path): { sha: string; repo: string | undefined } {
  const side = object(value, path);
  const commit = sha(side.sha, [...path, 'sha']);
  optionalString(side.ref, [...path, 'ref']);
  return { sha: commit, repo: repoRef(side.repo, [...path, 'repo']) };
}

function pullRequestPayload(payload: unknown) {
  const pr = object(object(payload, []).pull_request, ['pull_request']);
  const at = (key: string): Path => ['pull_request', key];
  return {
    number: integer(pr.number, at('number'), 1),
    base: prSide(pr.base, at('base')),
    head: prSide(pr.head, at('head')),
    changedFiles:
      pr.changed_files === undefined ? undefined : integer(pr.changed_files, at('changed_files'), 0),
  };
}

function pushPayload(payload: unknown) {
  const push = object(payload, []);
  const ref = optionalString(push.ref, ['ref']);
  const before = sha(push.before, ['before']);
  const after = sha(push.after, ['after']);
  if (push.forced !== undefined && typeof push.forced !== 'boolean')
    expected('boolean', push.forced, ['forced']);
  return { ref, before, after, forced: push.forced === true };
}

function mergeGroupPayload(payload: unknown) {
  const group = object(object(payload, []).merge_group, ['merge_group']);
  return {
    baseSha: sha(group.base_sha, ['merge_group', 'base_sha']),
    headSha: sha(group.head_sha, ['merge_group', 'head_sha']),
  };
}

export interface PullRequestRef {
  number: number;
  baseSha: string;
  headSha: string;
  /** `pull_request.changed_files` when the payload carries it. */
  changedFiles: number | null;
  /**
   * `pull_request.head.repo.full_name`: the repository the PR's commits come from; `deleted` when
   * the payload says null (the fork was deleted); null when the payload does not carry it.
   */
  headRepository: string | null;
  /** `pull_request.base.repo.full_name`: the repository the PR targets; null when not carried. */
  baseRepository: string | null;
}

export type GithubEvent =
  | { kind: 'pull_request'; name: 'pull_request' | 'pull_request_target'; pullRequest: PullRequestRef }
  | { kind: 'push'; name: 'push'; ref: string | null; before: string; after: string; forced: boolean }
  | { kind: 'merge_group'; name: 'merge_group'; baseSha: string; headSha: string }
  | { kind: 'schedule'; name: 'schedule' }
  | { kind: 'workflow_dispatch'; name: 'workflow_dispatch' }
  | { kind: 'other'; name: string };

/** All zeros: the `before` of a push that created the branch. */
export const ZERO_SHA = '0'.repeat(40);

/**
 * Parse the event payload text for `name`. `where` names the payload file in messages.
 * Throws `InputError` naming the file, the key path and what was expected.
 */
export function parseEvent(name: string, payloadText: string, where: string): GithubEvent {
  let payload: unknown;
  try {
    payload = JSON.parse(payloadText);
  } catch (error) {
    throw new InputError(`event payload is not valid JSON (${(error as Error).message})`, {
      where,
      hint: 'GITHUB_EVENT_PATH must point at the JSON event payload the runner writes',
    });
  }
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = validate(pullRequestPayload, payload, name, where);
      return {
        kind: 'pull_request',
        name,
        pullRequest: {
          number: pr.number,
          baseSha: pr.base.sha,
          headSha: pr.head.sha,
          changedFiles: pr.changedFiles ?? null,
          headRepository: pr.head.repo ?? null,
          baseRepository: pr.base.repo === 'deleted' ? null : (pr.base.repo ?? null),
        },
      };
    }
    case 'push': {
      const push = validate(pushPayload, payload, name, where);
      return {
        kind: 'push',
        name,
        ref: push.ref ?? null,
        before: push.before,
        after: push.after,
        forced: push.forced,
      };
    }
    case 'merge_group': {
      const group = validate(mergeGroupPayload, payload, name, where);
      return { kind: 'merge_group', name, baseSha: group.baseSha, headSha: group.headSha };
    }
    case 'schedule':
      return { kind: 'schedule', name };
    case 'workflow_dispatch':
      return { kind: 'workflow_dispatch', name };
    default:
      return { kind: 'other', name };
  }
}

/** Read the event the runner describes in `env` (`GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`). */
export async function readEvent(env: NodeJS.ProcessEnv = process.env): Promise<GithubEvent> {
  const name = env['GITHUB_EVENT_NAME']?.trim();
  if (!name) {
    throw new InputError('GITHUB_EVENT_NAME is not set', {
      hint: 'run the plan step inside a GitHub Actions workflow (or set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH)',
    });
  }
  const path = env['GITHUB_EVENT_PATH']?.trim();
  if (!path) {
    throw new InputError(`GITHUB_EVENT_PATH is not set (event \`${name}\`)`, {
      hint: 'the runner sets it to the JSON event payload; set it when running the action by hand',
    });
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read the event payload (${(error as Error).message})`, { where: path });
  }
  return parseEvent(name, text, path);
}

function validate<T>(read: (payload: unknown) => T, payload: unknown, name: string, where: string): T {
  try {
    return read(payload);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const key = error.path.length === 0 ? '(root)' : error.path.join('.');
    throw new InputError(`\`${name}\` event payload: \`${key}\`: ${error.detail}`, {
      where,
      hint: `the plan step reads ${describeFields(name)} from the payload`,
    });
  }
}

/** The event payload readers, for `__tests__/action/event-payload.test.ts` (not part of the library). */
export const PAYLOAD_READERS = { pullRequestPayload, pushPayload, mergeGroupPayload, Refusal };

function describeFields(name: string): string {
  switch (name) {
    case 'push':
      return '`before`, `after` and `forced`';
    case 'merge_group':
      return '`merge_group.base_sha` and `merge_group.head_sha`';
    default:
      return '`pull_request.number`, `pull_request.base.sha` and `pull_request.head.sha`';
  }
}
