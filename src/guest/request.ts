/**
 * The guest request and its shell-readable companion (docs/guest-protocol.md "Request files";
 * docs/upstream.md, executor 5.2, schema_version 2).
 *
 * The host writes two files side by side: `guest-request.json` (the upstream JSON, 2-space indent)
 * and `guest-request.env` (the same values as `KEY='value'` lines), which the POSIX sh runner sources
 * because a stock image has no JSON parser; its `PIKACI_REQUEST_SHA256` binds it to the JSON. Both
 * come from one validated object here. The optional `env` and `cwd` extend upstream v2 and are
 * omitted when unset, so a plain request is exactly the upstream shape.
 */
import { createHash } from 'node:crypto';
import { safeParse, z } from '../schema/index.js';
import { compileJobCommand, type JobSpec } from '../model/index.js';
import { InputError, shellQuote } from '../util/index.js';

export const GUEST_REQUEST_SCHEMA_VERSION = 2;
/** The runner accepts at most nine digits (it compares numbers in the shell; docs/guest-protocol.md "The runner"). */
export const MAX_GUEST_TIMEOUT_SECS = 999_999_999;
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Shell variables cannot hold NUL, so neither can anything that goes through the env file. */
const shellSafe = (what: string) =>
  z.string().refine((value) => !value.includes('\0'), `${what} must not contain NUL characters`);

export const GuestRequestSchema = z.strictObject({
  schema_version: z.literal(GUEST_REQUEST_SCHEMA_VERSION),
  command: shellSafe('command').pipe(z.string().min(1, 'command must be a non-empty string')),
  timeout_secs: z.number().int().positive().max(MAX_GUEST_TIMEOUT_SECS),
  run_as_root: z.boolean(),
  env: z
    .record(z.string(), shellSafe('env values'))
    .superRefine((env, ctx) => {
      for (const name of Object.keys(env)) {
        if (ENV_NAME_PATTERN.test(name)) continue;
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `env name \`${name}\` is not a variable name: use letters, digits and \`_\`, not starting with a digit`,
        });
      }
    })
    .optional(),
  cwd: shellSafe('cwd').pipe(z.string().startsWith('/', 'cwd must be an absolute guest path')).optional(),
});
export type GuestRequest = z.infer<typeof GuestRequestSchema>;

export interface GuestRequestOptions {
  /** Extra environment variables for the command; they override the runner's defaults. */
  env?: Readonly<Record<string, string>>;
  /** Guest working directory; the runner defaults to `/workspace/snapshot`. */
  cwd?: string;
}

export interface GuestRequestFiles {
  request: GuestRequest;
  /** Contents of `guest-request.json`. */
  json: string;
  /** Contents of `guest-request.env`. */
  envFile: string;
}

/** The request for one job: its compiled command (docs/upstream.md, executor 0.2), root flag and timeout. */
export function buildGuestRequest(job: JobSpec, options: GuestRequestOptions = {}): GuestRequestFiles {
  const compiled = compileJobCommand(job);
  return renderGuestRequest({
    schema_version: GUEST_REQUEST_SCHEMA_VERSION,
    command: compiled.command,
    timeout_secs: job.timeout_secs,
    run_as_root: compiled.runAsRoot,
    ...(options.env && Object.keys(options.env).length > 0 ? { env: { ...options.env } } : {}),
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
}

/** Validate a request and render both files. Throws `InputError` naming the bad field. */
export function renderGuestRequest(input: unknown): GuestRequestFiles {
  const parsed = safeParse(GuestRequestSchema, input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(request)';
    throw new InputError(`invalid guest request field \`${path}\`: ${issue?.message ?? 'invalid'}`, {
      where: 'guest request',
      hint: 'fields are schema_version (2), command, timeout_secs, run_as_root, and optionally env and cwd',
    });
  }
  const request = parsed.data;
  const json = `${JSON.stringify(request, null, 2)}\n`;
  return { request, json, envFile: renderEnvFile(request, json) };
}

function renderEnvFile(request: GuestRequest, json: string): string {
  const entries = Object.entries(request.env ?? {});
  const lines: Array<[string, string]> = [
    ['PIKACI_REQUEST_SHA256', createHash('sha256').update(json).digest('hex')],
    ['PIKACI_REQUEST_COMMAND', request.command],
    ['PIKACI_REQUEST_TIMEOUT_SECS', String(request.timeout_secs)],
    ['PIKACI_REQUEST_RUN_AS_ROOT', String(request.run_as_root)],
    ['PIKACI_REQUEST_CWD', request.cwd ?? ''],
    ['PIKACI_REQUEST_ENV_COUNT', String(entries.length)],
  ];
  entries.forEach(([name, value], index) => {
    lines.push([`PIKACI_REQUEST_ENV_NAME_${index}`, name], [`PIKACI_REQUEST_ENV_VALUE_${index}`, value]);
  });
  const body = lines.map(([key, value]) => `${key}=${shellQuote(value)}`).join('\n');
  return `# guest-request.env: written with guest-request.json by pikaci-action; sourced by pikaci-incus-run\n${body}\n`;
}
