/** Reading and validating one JSON record file, with errors that name the file and the key path. */
import { readFile } from 'node:fs/promises';
import { safeParse, type z } from '../schema/index.js';
import { errorMessage, InputError } from '../util/index.js';

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
    .join('; ');
}

/** Reads `path` as `schema`; a missing, unreadable or invalid file throws a InputError naming it. */
export async function readRecord<S extends z.ZodType>(
  path: string,
  schema: S,
  what: string,
): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${what}: ${errorMessage(error)}`, { where: path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} is not valid JSON (${errorMessage(error)})`, {
      where: path,
      hint: 'the file is corrupt; remove the run with `pikaci gc` or restore the file',
    });
  }
  const parsed = safeParse(schema, json);
  if (!parsed.success) {
    throw new InputError(`${what} does not match its schema: ${describeIssues(parsed.error)}`, {
      where: path,
      hint: 'the file was written by an incompatible version or edited by hand',
    });
  }
  return parsed.data;
}
