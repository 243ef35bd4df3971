/**
 * The `local/folder-barrels` rule (eslint-rules/folder-barrels.js) over a source tree built in a
 * temporary directory: what it accepts, what it reports and with which message; and that the
 * project's own ESLint config applies it to src/.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { ESLint, RuleTester } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import tseslint from 'typescript-eslint';
import rule from '../../eslint-rules/folder-barrels.js';
import { ROOT } from '../support/cli.js';

RuleTester.describe = describe;
RuleTester.it = it;

// A tree with top-level folders with and without a barrel, a nested folder with its own barrel
// (backends/incus) and one without (cli/commands).
const cwd = mkdtempSync(join(tmpdir(), 'pikaci-folder-barrels-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
for (const file of [
  'src/index.ts',
  'src/run/index.ts',
  'src/run/lane.ts',
  'src/util/errors.ts',
  'src/util/shim.ts',
  'src/backends/index.ts',
  'src/backends/types.ts',
  'src/backends/incus/index.ts',
  'src/backends/incus/backend.ts',
  'src/backends/host/index.ts',
  'src/backends/host/process.ts',
  'src/cli/main.ts',
  'src/cli/program.ts',
  'src/cli/commands/run.ts',
]) {
  mkdirSync(dirname(join(cwd, file)), { recursive: true });
  writeFileSync(join(cwd, file), 'export {};\n');
}
const at = (file: string) => join(cwd, file);

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
/** Every case runs against the temporary tree's src/ (`allow`, when given, is relative to its parent). */
function inTree<T extends RuleTester.ValidTestCase>(cases: T[]): T[] {
  return cases.map((c) => ({ ...c, options: [{ srcDir: at('src'), ...(c.options?.[0] as object) }] }));
}

tester.run('folder-barrels', rule, {
  valid: inTree([
    // Same folder, and another folder through its barrel.
    { filename: at('src/run/other.ts'), code: "import { x } from './lane.js';" },
    { filename: at('src/run/other.ts'), code: "import { x } from '../backends/index.js';" },
    { filename: at('src/run/other.ts'), code: "export * from '../backends/incus/index.js';" },
    { filename: at('src/run/other.ts'), code: "const m = await import('../backends/index.js');" },
    // A subfolder without a barrel is part of its parent folder, both ways.
    { filename: at('src/cli/commands/run.ts'), code: "import { p } from '../program.js';" },
    { filename: at('src/cli/main.ts'), code: "import { r } from './commands/run.js';" },
    // A nested folder may use its enclosing folder's files.
    { filename: at('src/backends/incus/backend.ts'), code: "import type { T } from '../types.js';" },
    // The root barrel, packages, files outside src/, and allowed files.
    { filename: at('src/index.ts'), code: "export * from './run/index.js';" },
    { filename: at('src/run/other.ts'), code: "import { z } from 'zod'; import p from 'node:path';" },
    { filename: at('src/run/other.ts'), code: "import pkg from '../../package.json';" },
    {
      filename: at('src/cli/main.ts'),
      code: "import '../util/shim.js';",
      options: [{ allow: ['src/util/shim.ts'] }],
    },
    // Files outside src/ (tests, scripts) may reach anywhere.
    { filename: at('__tests__/run/x.test.ts'), code: "import { x } from '../../src/run/lane.js';" },
  ]),
  invalid: inTree([
    {
      filename: at('src/cli/commands/run.ts'),
      code: "import { x } from '../../run/lane.js';",
      errors: [
        {
          message:
            "'../../run/lane.js' reaches into src/run/ (src/run/lane.ts): import '../../run/index.js' instead, and export what is needed from src/run/index.ts",
        },
      ],
    },
    {
      filename: at('src/run/other.ts'),
      code: "import { PikaciError } from '../util/errors.js';",
      errors: [
        {
          message:
            "'../util/errors.js' reaches into src/util/ (src/util/errors.ts), which has no index.ts: give src/util/ an index.ts exporting what other folders use, and import '../util/index.js'",
        },
      ],
    },
    // A nested folder with a barrel is a folder of its own: from outside, from its parent, from a sibling.
    {
      filename: at('src/run/other.ts'),
      code: "import type { B } from '../backends/incus/backend.js';",
      errors: [
        {
          message:
            "'../backends/incus/backend.js' reaches into src/backends/incus/ (src/backends/incus/backend.ts): import '../backends/incus/index.js' instead, and export what is needed from src/backends/incus/index.ts",
        },
      ],
    },
    {
      filename: at('src/backends/types.ts'),
      code: "export { B } from './incus/backend.js';",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: at('src/backends/host/process.ts'),
      code: "export * from '../incus/backend.js';",
      errors: [{ messageId: 'internal' }],
    },
    // Dynamic imports and import types count too; the shim is refused without `allow`.
    {
      filename: at('src/cli/main.ts'),
      code: "const { x } = await import('../run/lane.js'); type L = import('../run/lane.js').L;",
      errors: [{ messageId: 'internal' }, { messageId: 'internal' }],
    },
    {
      filename: at('src/cli/main.ts'),
      code: "import '../util/shim.js';",
      errors: [{ messageId: 'noBarrel' }],
    },
  ]),
});

describe("the project's ESLint config", () => {
  it('applies local/folder-barrels (with the entry-first and light entries allowed) to src/ and not to __tests__/', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const src = await eslint.calculateConfigForFile(join(ROOT, 'src/run/index.ts'));
    expect(src.rules['local/folder-barrels']).toEqual([
      2,
      { allow: ['src/util/dirname-shim.ts', 'src/util/compile-cache.ts', 'src/catalog/ids.ts'] },
    ]);
    expect(src.rules['@typescript-eslint/no-floating-promises']?.[0]).toBe(2);
    expect(src.rules['@typescript-eslint/no-misused-promises']?.[0]).toBe(2);
    const tests = await eslint.calculateConfigForFile(join(ROOT, '__tests__/lint/folder-barrels.test.ts'));
    expect(tests.rules['local/folder-barrels']).toBeUndefined();
    expect(tests.rules['@typescript-eslint/no-floating-promises']?.[0]).toBe(2);
  });
});
