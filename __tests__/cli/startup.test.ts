/**
 * What a CLI start loads before any command runs: the static import graph from `src/cli/run-cli.ts`
 * (type-only imports and dynamic `import()` left out, as they cost nothing at start). Commands load
 * their heavy parts (transports, backends, zod, ssh2) in their actions; the host flags are added
 * only for the commands that take them (src/cli/commands/host-options.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../support/cli.js';

/** Runtime (not type-only) module specifiers of one file. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** Every source file and package a start of `entry` evaluates. */
function startupGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of runtimeImports(file)) {
      if (!specifier.startsWith('.')) {
        if (!specifier.startsWith('node:')) packages.add(specifier);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      expect(existsSync(target)).toBe(true);
      pending.push(target);
    }
  }
  return { files, packages };
}

describe('CLI start-up', () => {
  const { files, packages } = startupGraph('src/cli/run-cli.ts');
  const folders = new Set([...files].map((file) => dirname(relative(join(ROOT, 'src'), file))));

  it('loads no transport, host, backend, run or record code before a command needs it', () => {
    for (const heavy of ['hosts', 'transport', 'backends/incus', 'backends/host-process', 'run', 'records'])
      expect([...folders]).not.toContain(heavy);
  });

  it('loads no zod, ssh2, tar or execa (only commander)', () => {
    expect([...packages].sort()).toEqual(['commander']);
  });

  it('the walk sees the command files (so the assertions above are about a real graph)', () => {
    expect(files.size).toBeGreaterThan(15);
    expect(files.has(resolve(ROOT, 'src/cli/commands/host-options.ts'))).toBe(true);
    expect(files.has(resolve(ROOT, 'src/cli/commands/run.ts'))).toBe(true);
  });
});
