/**
 * Runs a bundled action entry (`dist/action/index.js`) the way the GitHub runner does: a fresh
 * `node` process in the workspace, every input of `action.yml` as `INPUT_<NAME>` (given value, else
 * the declared default), the event payload in a file, and the file commands `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY`, which are read back after the process exits.
 */
import { execa } from 'execa';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunActionOptions {
  /** The bundled entry to run, e.g. `<tmp>/action/index.js`. */
  entry: string;
  /** Inputs as given under `with:`; inputs left out get `action.yml`'s default. */
  inputs?: Record<string, string>;
  eventName: string;
  /** Event payload, written as JSON; `rawEvent` writes text as is (for malformed payloads). */
  event?: unknown;
  rawEvent?: string;
  /** The workspace (`GITHUB_WORKSPACE`) and the process's working directory. */
  cwd: string;
  /** `GITHUB_REPOSITORY`; default `pika/pika`. */
  repository?: string;
  /** `GITHUB_API_URL`, e.g. a stub's URL; default a closed local port so nothing reaches GitHub. */
  apiUrl?: string;
  /** What `${{ github.token }}` evaluates to; default empty. */
  githubToken?: string;
  /** Extra environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Send a signal after a delay (cancellation of a workflow sends SIGTERM). */
  signal?: { name?: NodeJS.Signals; afterMs: number };
  timeoutMs?: number;
}

export interface ActionResult {
  exitCode: number | undefined;
  signal: string | undefined;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'pikaci-action-run-'));
  try {
    const eventPath = join(scratch, 'event.json');
    const outputPath = join(scratch, 'output');
    const summaryPath = join(scratch, 'step-summary.md');
    const runnerTemp = join(scratch, 'runner-temp');
    await writeFile(eventPath, options.rawEvent ?? JSON.stringify(options.event ?? {}));
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    await execa('mkdir', ['-p', runnerTemp]);

    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      // The test process may itself run inside Actions (or jest's NODE_OPTIONS): none of it leaks in.
      if (value === undefined || /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(key) || key === 'NODE_OPTIONS')
        continue;
      env[key] = value;
    }
    const defaults = await actionInputDefaults(options.githubToken ?? '');
    for (const [name, value] of Object.entries({ ...defaults, ...options.inputs })) {
      env[inputVariable(name)] = value;
    }
    Object.assign(env, {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: options.cwd,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_REPOSITORY: options.repository ?? 'pika/pika',
      GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
      RUNNER_TEMP: runnerTemp,
    });
    for (const [key, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }

    const started = performance.now();
    const child = execa(process.execPath, [options.entry], {
      cwd: options.cwd,
      env,
      extendEnv: false,
      reject: false,
      stdin: 'ignore',
      timeout: options.timeoutMs ?? 60_000,
    });
    const timer = options.signal
      ? setTimeout(() => child.kill(options.signal!.name ?? 'SIGTERM'), options.signal.afterMs)
      : undefined;
    const result = await child;
    if (timer) clearTimeout(timer);
    const durationMs = performance.now() - started;

    return {
      exitCode: result.exitCode,
      signal: result.signal,
      stdout: String(result.stdout),
      stderr: String(result.stderr),
      outputs: parseFileCommand(await readFile(outputPath, 'utf8')),
      summary: await readFile(summaryPath, 'utf8'),
      durationMs,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** `INPUT_<NAME>` as @actions/core reads it: upper-case, spaces to `_` (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parse a `GITHUB_OUTPUT`-style file: `name<<DELIMITER` … `DELIMITER` blocks (what @actions/core
 * writes) and single-line `name=value`.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`file command: no closing delimiter for \`${name}\` (line ${i + 1})`);
      values[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`file command: cannot parse line ${i + 1}: ${JSON.stringify(line)}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/**
 * The declared input defaults of `action.yml`, read with a reader for the flat shape that file uses
 * (`inputs:` → `  name:` → `    default: value`). `${{ github.token }}` evaluates to `githubToken`.
 */
export async function actionInputDefaults(githubToken: string): Promise<Record<string, string>> {
  const text = await readFile(join(repoRoot, 'action.yml'), 'utf8');
  const defaults: Record<string, string> = {};
  let inInputs = false;
  let current: string | null = null;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      inInputs = line.startsWith('inputs:');
      current = null;
      continue;
    }
    if (!inInputs) continue;
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    if (name) {
      current = name[1]!;
      continue;
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && current) defaults[current] = evaluateDefault(value[1]!.trim(), githubToken);
  }
  return defaults;
}

function evaluateDefault(raw: string, githubToken: string): string {
  let value = raw;
  if (/^'.*'$/.test(value)) value = value.slice(1, -1).replace(/''/g, "'");
  else if (/^".*"$/.test(value)) value = JSON.parse(value) as string;
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, githubToken);
}
