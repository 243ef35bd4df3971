/**
 * The workflow event, read from `GITHUB_EVENT_NAME` and the JSON file at `GITHUB_EVENT_PATH`.
 * Only the fields the plan uses are parsed; everything else in the payload is ignored.
 */
import { readFile } from 'node:fs/promises';
import { safeParse, z } from '../schema/index.js';
import { InputError } from '../util/index.js';

const sha = z.string().regex(/^[0-9a-f]{40}$/, 'expected a 40-character hex commit SHA');

/** A PR side's repository: its `full_name`, `deleted` for an explicit null (a deleted fork), absent when not sent. */
const repoRef = z
  .object({ full_name: z.string() })
  .nullable()
  .optional()
  .transform((repo) =>
    repo === undefined ? undefined : repo === null ? ('deleted' as const) : repo.full_name,
  );

const pullRequestPayload = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    base: z.object({ sha, ref: z.string().optional(), repo: repoRef }),
    head: z.object({ sha, ref: z.string().optional(), repo: repoRef }),
    changed_files: z.number().int().nonnegative().optional(),
  }),
});

const pushPayload = z.object({
  ref: z.string().optional(),
  before: sha,
  after: sha,
  forced: z.boolean().optional(),
});

const mergeGroupPayload = z.object({
  merge_group: z.object({ base_sha: sha, head_sha: sha }),
});

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
      const { pull_request: pr } = validate(pullRequestPayload, payload, name, where);
      return {
        kind: 'pull_request',
        name,
        pullRequest: {
          number: pr.number,
          baseSha: pr.base.sha,
          headSha: pr.head.sha,
          changedFiles: pr.changed_files ?? null,
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
        forced: push.forced ?? false,
      };
    }
    case 'merge_group': {
      const { merge_group: group } = validate(mergeGroupPayload, payload, name, where);
      return { kind: 'merge_group', name, baseSha: group.base_sha, headSha: group.head_sha };
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

function validate<T>(schema: z.ZodType<T>, payload: unknown, name: string, where: string): T {
  const result = safeParse(schema, payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = issue.path.length === 0 ? '(root)' : issue.path.join('.');
  throw new InputError(`\`${name}\` event payload: \`${key}\`: ${issue.message}`, {
    where,
    hint: `the plan step reads ${describeFields(name)} from the payload`,
  });
}

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
