/**
 * The parts of the Actions toolkit (`@actions/core`) the action uses: inputs, outputs, log lines,
 * annotations, masks and the job summary. `@actions/core` imports its OIDC client, and with it
 * `@actions/http-client` and undici, on load; `plan` talks HTTP only when it needs the API, so the
 * action uses this module instead (docs/design.md "Bundling notes").
 *
 * Every byte written — the `::command::` lines on stdout, the `GITHUB_OUTPUT` records with their
 * `ghadelimiter_<uuid>` fences, the summary file — is what `@actions/core` 3.x writes for the same
 * calls; `__tests__/action/toolkit.test.ts` runs both on the same calls and compares the bytes.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile, writeFile } from 'node:fs/promises';
import { EOL } from 'node:os';

export interface InputOptions {
  required?: boolean;
  trimWhitespace?: boolean;
}

/** Where an annotation points; the names are the toolkit's. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** `INPUT_<NAME>` (spaces as `_`, upper case), trimmed unless `trimWhitespace: false`. */
export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  if (options?.trimWhitespace === false) return value;
  return value.trim();
}

/** YAML 1.2 core schema booleans; anything else throws a `TypeError`, as the toolkit does. */
export function getBooleanInput(name: string, options?: InputOptions): boolean {
  const value = getInput(name, options);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      'Support boolean input list: `true | True | TRUE | false | False | FALSE`',
  );
}

/** A step output: a `name<<delimiter` record in `GITHUB_OUTPUT`, else the legacy `::set-output`. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env['GITHUB_OUTPUT'] || '';
  if (file) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, commandValue(value));
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/** Fail the step: exit code 1 and an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'error',
    annotationProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'warning',
    annotationProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand(
    'notice',
    annotationProperties(properties),
    message instanceof Error ? message.toString() : message,
  );
}

/** The job summary (`GITHUB_STEP_SUMMARY`): text is buffered, then appended (or written) at once. */
class Summary {
  private buffer = '';
  private path: string | undefined;

  addRaw(text: string, addEOL = false): this {
    this.buffer += text;
    if (addEOL) this.buffer += EOL;
    return this;
  }

  async write(options?: { overwrite?: boolean }): Promise<this> {
    const path = await this.filePath();
    await (options?.overwrite ? writeFile : appendFile)(path, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  }

  private async filePath(): Promise<string> {
    if (this.path !== undefined) return this.path;
    const fromEnv = process.env['GITHUB_STEP_SUMMARY'];
    if (!fromEnv) {
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    }
    try {
      await access(fromEnv, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${fromEnv}'. Check if the file has correct read/write permissions.`,
      );
    }
    this.path = fromEnv;
    return fromEnv;
  }
}

export const summary = new Summary();

type CommandProperties = Record<string, string | number | undefined>;

function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  let line = `::${command}`;
  const set = Object.entries(properties).filter(([, value]) => value);
  if (Object.keys(properties).length > 0) {
    line += ' ';
    line += set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  }
  line += `::${escapeData(message)}`;
  process.stdout.write(line + EOL);
}

function annotationProperties(properties: AnnotationProperties): CommandProperties {
  if (Object.keys(properties).length === 0) return {};
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
}

function issueFileCommand(command: string, message: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = commandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

function commandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return commandValue(value)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
}
