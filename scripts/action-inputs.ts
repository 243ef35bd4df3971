/**
 * The host-settings inputs of action.yml come from the host settings table (src/hosts), like the
 * CLI's flags. `npm run gen:action-inputs` rewrites the block between the markers;
 * `__tests__/action/action-inputs.test.ts` fails when the committed action.yml differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HOST_SETTINGS } from '../src/hosts/index.js';

export const BEGIN = '  # --- host settings: generated from src/hosts by `npm run gen:action-inputs` ---';
export const END = '  # --- end of host settings ---';

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** The generated block, markers included. */
export function hostInputsBlock(): string {
  const lines = [BEGIN];
  for (const spec of HOST_SETTINGS) {
    if (spec.action === 'none') continue;
    const text = spec.actionDescription ?? `${spec.description}.`;
    lines.push(
      `  ${spec.name}:`,
      `    description: ${yamlString(`run: ${text} (CLI: --${spec.name}, $${spec.env}.)`)}`,
      '    required: false',
      "    default: ''",
    );
  }
  lines.push(END);
  return lines.join('\n');
}

/** action.yml with its block replaced by the generated one. */
export function withHostInputs(actionYml: string): string {
  const begin = actionYml.indexOf(BEGIN);
  const end = actionYml.indexOf(END);
  if (begin === -1 || end === -1 || end < begin) {
    throw new Error(`action.yml lacks the markers:\n${BEGIN}\n${END}`);
  }
  return actionYml.slice(0, begin) + hostInputsBlock() + actionYml.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../action.yml', import.meta.url));
  writeFileSync(path, withHostInputs(readFileSync(path, 'utf8')));
  process.stdout.write('action.yml: host-settings inputs regenerated\n');
}
