/**
 * The guest lifecycle files (docs/guest-protocol.md "Lifecycle files"; docs/upstream.md, executor 0.4
 * and 5.4): `status.json`, `events.jsonl` and the terminal `result.json`, written by the guest runner
 * and read back by the host. The schemas accept what any writer may produce (upstream's included);
 * the runner's exact bytes are specified in the protocol.
 */
import { safeParse, z } from '../schema/index.js';
import { PikaciError } from '../util/index.js';

export const LIFECYCLE_SCHEMA_VERSION = 1;

export const LIFECYCLE_STATES = [
  'requested',
  'provisioning',
  'booted',
  'unreachable',
  'stopped',
  'destroyed',
  'starting',
  'ready',
  'failed',
  'completed',
] as const;
export const LifecycleStateSchema = z.enum(LIFECYCLE_STATES);
export type LifecycleState = z.infer<typeof LifecycleStateSchema>;

const schemaVersion = z.literal(LIFECYCLE_SCHEMA_VERSION);

/** `result.json`. `status` is only `completed` or `failed`; upstream's old `passed` is rejected. */
export const TerminalResultSchema = z.object({
  schema_version: schemaVersion,
  status: z.enum(['completed', 'failed']),
  finished_at: z.string(),
  message: z.string(),
  exit_code: z.number().int().optional(),
  details: z.unknown().optional(),
});
export type TerminalResult = z.infer<typeof TerminalResultSchema>;

export const GuestStatusSchema = z.object({
  schema_version: schemaVersion,
  state: LifecycleStateSchema,
  updated_at: z.string(),
  message: z.string(),
  boot_id: z.string().optional(),
  details: z.unknown().optional(),
});
export type GuestStatus = z.infer<typeof GuestStatusSchema>;

export const GuestEventSchema = z.object({
  schema_version: schemaVersion,
  kind: LifecycleStateSchema,
  timestamp: z.string(),
  message: z.string(),
  boot_id: z.string().optional(),
  details: z.unknown().optional(),
  seq: z.number().int().positive(),
});
export type GuestEvent = z.infer<typeof GuestEventSchema>;

/** `completed` → `passed`, `failed` → `failed` (the job record's RunStatus). */
export function runStatusOfResult(result: TerminalResult): 'passed' | 'failed' {
  return result.status === 'completed' ? 'passed' : 'failed';
}

/** Parse `result.json`. `where` names the file in errors. */
export function parseTerminalResult(text: string, where = 'result.json'): TerminalResult {
  return parseDocument(TerminalResultSchema, text, where, 'guest terminal result');
}

/** Parse `status.json`. */
export function parseGuestStatus(text: string, where = 'status.json'): GuestStatus {
  return parseDocument(GuestStatusSchema, text, where, 'guest status');
}

/**
 * Parse `events.jsonl`. A last line without its newline that does not parse is dropped: a writer
 * that appends (upstream's lifecycle program) may be caught mid-line. Any other bad line is an error.
 */
export function parseEvents(text: string, where = 'events.jsonl'): GuestEvent[] {
  const lines = text.split('\n');
  const complete = text.endsWith('\n');
  const events: GuestEvent[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const isPartialTail = !complete && index === lines.length - 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      if (isPartialTail) break;
      throw lifecycleError(
        `${where}:${index + 1}`,
        'guest event',
        `is not JSON (${(error as Error).message})`,
      );
    }
    const parsed = safeParse(GuestEventSchema, value);
    if (!parsed.success) {
      if (isPartialTail) break;
      throw lifecycleError(`${where}:${index + 1}`, 'guest event', describeIssue(parsed.error));
    }
    events.push(parsed.data);
  }
  return events;
}

function parseDocument<T>(schema: z.ZodType<T>, text: string, where: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw lifecycleError(where, what, `is not JSON (${(error as Error).message})`);
  }
  const parsed = safeParse(schema, value);
  if (!parsed.success) throw lifecycleError(where, what, describeIssue(parsed.error));
  return parsed.data;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'is invalid';
  const path = issue.path.length > 0 ? `field \`${issue.path.join('.')}\`` : 'document';
  return `has an invalid ${path}: ${issue.message}`;
}

function lifecycleError(where: string, what: string, problem: string): PikaciError {
  return new PikaciError(`${what} ${problem}`, {
    where,
    hint: 'the guest runner (pikaci-incus-run) writes this file; check logs/guest.log for how it ended (docs/guest-protocol.md)',
  });
}
