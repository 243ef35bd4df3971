/**
 * What a job's environment contains (README "Security"). A job never inherits the runner's whole
 * environment: that holds the action's inputs (`INPUT_SSH-KEY`, `INPUT_TOKEN`), the runner's own
 * tokens (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, …) and the workflow-command
 * files (`GITHUB_OUTPUT`, `GITHUB_ENV`, …). It gets a short allow-list, and the secrets its catalog
 * entry asks for by name, whose values are registered with the redactor before the job starts.
 */
import type { JobSpec } from '../model/index.js';
import { addSecret, PikaciError } from '../util/index.js';

/** Taken from this machine's environment for local host-process jobs only (a remote host or guest has its own). */
export const HOST_ENV_NAMES = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TERM',
  'TMPDIR',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NIX_PATH',
  'NIX_SSL_CERT_FILE',
  'RUSTUP_HOME',
  'JAVA_HOME',
  'ANDROID_HOME',
  'GITHUB_WORKSPACE',
  'RUNNER_OS',
  'RUNNER_ARCH',
  'RUNNER_TEMP',
] as const;
/** Also from this machine, by prefix (locale settings). */
export const HOST_ENV_PREFIXES = ['LC_'] as const;

/** The run's non-secret CI context, given to every job on every runtime when set. */
export const CONTEXT_ENV_NAMES = [
  'CI',
  'GITHUB_ACTIONS',
  'GITHUB_ACTOR',
  'GITHUB_BASE_REF',
  'GITHUB_EVENT_NAME',
  'GITHUB_HEAD_REF',
  'GITHUB_JOB',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_REF_TYPE',
  'GITHUB_REPOSITORY',
  'GITHUB_REPOSITORY_OWNER',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_SERVER_URL',
  'GITHUB_SHA',
  'GITHUB_WORKFLOW',
] as const;

export interface JobEnvironment {
  /** Allow-listed variables of this machine (local host-process jobs). */
  host: Readonly<Record<string, string>>;
  /** CI context (every runtime). */
  context: Readonly<Record<string, string>>;
  /** The job's `pass_env` variables that are set (every runtime); not secret. */
  passed: Readonly<Record<string, string>>;
  /** The job's declared secrets with their values (every runtime); already registered for redaction. */
  secrets: Readonly<Record<string, string>>;
}

function pick(source: NodeJS.ProcessEnv, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = source[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

/** Register every secret the jobs ask for (those set), so every log redacts them from the start. */
export function registerDeclaredSecrets(jobs: readonly JobSpec[], source: NodeJS.ProcessEnv): void {
  for (const job of jobs) for (const name of job.secrets ?? []) addSecret(source[name]);
}

/**
 * The environment of `job` from `source` (the action's or CLI's process environment). A declared
 * secret that is not set fails the job before it starts, naming the variable and how to set it.
 */
export function jobEnvironment(job: JobSpec, source: NodeJS.ProcessEnv): JobEnvironment {
  const host = pick(source, HOST_ENV_NAMES);
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && HOST_ENV_PREFIXES.some((prefix) => name.startsWith(prefix))) {
      host[name] = value;
    }
  }
  const secrets: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of job.secrets ?? []) {
    const value = source[name];
    if (value === undefined || value === '') missing.push(name);
    else {
      addSecret(value);
      secrets[name] = value;
    }
  }
  if (missing.length > 0) {
    throw new PikaciError(
      `job \`${job.id}\` asks for the secret${missing.length > 1 ? 's' : ''} ${missing.map((n) => `\`${n}\``).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set`,
      {
        hint: `set it in the environment of the step (e.g. \`env: { ${missing[0]}: \${{ secrets.${missing[0]} }} }\`) or of \`pikaci run\``,
      },
    );
  }
  return {
    host,
    context: pick(source, CONTEXT_ENV_NAMES),
    passed: pick(source, job.pass_env ?? []),
    secrets,
  };
}
