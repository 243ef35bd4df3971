/** TOML text → plain data, with parse errors turned into `InputError`s that name file:line:col. */
import { readFile } from 'node:fs/promises';
import TOML from '@iarna/toml';
import { InputError } from '../util/errors.js';
import { locateToml, type TomlLocator } from './locator.js';

export interface TomlDocument {
  /** The path used in messages (as given by the caller). */
  file: string;
  data: Record<string, unknown>;
  locator: TomlLocator;
}

interface IarnaTomlError extends Error {
  line: number;
  col: number;
  fromTOML: true;
}

function isTomlError(error: unknown): error is IarnaTomlError {
  return error instanceof Error && (error as Partial<IarnaTomlError>).fromTOML === true;
}

export function parseToml(text: string, file: string): TomlDocument {
  let data: Record<string, unknown>;
  try {
    data = TOML.parse(text) as Record<string, unknown>;
  } catch (error) {
    if (isTomlError(error)) {
      // @iarna/toml appends " at row R, col C, pos P:" and a code excerpt; we print the position ourselves.
      const reason = error.message.split(' at row ')[0]!.trim();
      throw new InputError(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
        hint: 'fix the TOML syntax at that position (https://toml.io/en/v1.0.0)',
        cause: error,
      });
    }
    throw error;
  }
  return { file, data, locator: locateToml(text) };
}

export async function parseTomlFile(path: string): Promise<TomlDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}${code ? ` (${code})` : ''}`, {
      hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
      cause: error,
    });
  }
  return parseToml(text, path);
}
