/** Action inputs read the same way by every command. */
import * as core from './toolkit.js';
import { InputError } from '../util/index.js';

/**
 * `core.getBooleanInput` (YAML 1.2 core schema: `true`/`True`/`TRUE`, `false`/`False`/`FALSE`) with
 * our message for a bad value; empty (an optional workflow input passed through) means `fallback`.
 */
export function booleanInput(name: string, fallback: boolean): boolean {
  if (core.getInput(name) === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(
      `\`${name}\` must be \`true\` or \`false\`, got ${JSON.stringify(core.getInput(name))}`,
      { where: `input \`${name}\``, hint: 'also accepted: True, TRUE, False, FALSE' },
    );
  }
}
