/**
 * `local/folder-barrels`: code under `src/` reaches another folder only through that folder's
 * `index.ts` (README "Layout of the code": one folder per concern, each with an `index.ts` that is its
 * whole public face).
 *
 * A file's folder is the deepest directory under `src/` that holds an `index.ts`, else the top-level
 * directory under `src/` it sits in; so `src/backends/incus/` with its own `index.ts` is a folder of its
 * own, and `src/cli/commands/` (no `index.ts`) belongs to `src/cli/`. A relative import (static,
 * `export … from`, dynamic `import()` or `import('…')` type) from folder A into folder B ≠ A must name
 * `B/index.js`. Allowed as well: a folder using its enclosing folder's files (`src/backends/incus/` →
 * `src/backends/types.ts`), and the files listed in `allow`. Folders are found on disk as the rule runs,
 * so new and renamed folders need no configuration.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Whether `path` is `dir` or below it. */
function inside(path, dir) {
  return path === dir || path.startsWith(dir + sep);
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Import another folder of src/ only through its index.ts, never its internals' },
    schema: [
      {
        type: 'object',
        properties: {
          /** The source root, relative to ESLint's working directory (or absolute); default `src`. */
          srcDir: { type: 'string' },
          /** Files (relative to the source root's parent) that may be imported directly from anywhere. */
          allow: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      internal:
        "'{{source}}' reaches into {{folder}}/ ({{target}}): import '{{barrel}}' instead, and export what is needed from {{folder}}/index.ts",
      noBarrel:
        "'{{source}}' reaches into {{folder}}/ ({{target}}), which has no index.ts: give {{folder}}/ an index.ts exporting what other folders use, and import '{{barrel}}'",
    },
  },

  create(context) {
    const options = context.options[0] ?? {};
    const srcDir = resolve(context.cwd, options.srcDir ?? 'src');
    /** The project root: `allow` entries and the paths in messages are relative to it. */
    const root = dirname(srcDir);
    const allow = new Set((options.allow ?? []).map((path) => resolve(root, path)));
    const file = resolve(context.cwd, context.filename);
    if (!inside(file, srcDir) || file === srcDir) return {};

    const hasIndex = new Map();
    const indexIn = (dir) => {
      if (!hasIndex.has(dir)) hasIndex.set(dir, existsSync(join(dir, 'index.ts')));
      return hasIndex.get(dir);
    };
    /** The folder (see above) of a file under srcDir. */
    const folderOf = (path) => {
      let dir = dirname(path);
      let top = srcDir;
      while (dir !== srcDir && inside(dir, srcDir)) {
        if (indexIn(dir)) return dir;
        top = dir;
        dir = dirname(dir);
      }
      return top;
    };
    /** The source file a relative specifier names: `.js` is the emitted name of a `.ts` file. */
    const sourceFile = (specifier) => {
      const target = resolve(dirname(file), specifier);
      if (/\.[cm]?js$/.test(target)) return target.replace(/js$/, 'ts');
      if (existsSync(target) && statSync(target).isDirectory()) return join(target, 'index.ts');
      return target;
    };
    const from = folderOf(file);

    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const specifier = node.value;
      if (!/^\.\.?(\/|$)/.test(specifier)) return;
      const target = sourceFile(specifier);
      if (!inside(target, srcDir) || allow.has(target)) return;
      const to = folderOf(target);
      if (to === from || inside(from, to) || target === join(to, 'index.ts')) return;
      let barrel = relative(dirname(file), join(to, 'index.js')).split(sep).join('/');
      if (!barrel.startsWith('.')) barrel = `./${barrel}`;
      context.report({
        node,
        messageId: indexIn(to) ? 'internal' : 'noBarrel',
        data: {
          source: specifier,
          folder: relative(root, to).split(sep).join('/'),
          target: relative(root, target).split(sep).join('/'),
          barrel,
        },
      });
    };

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // `import('../x/y.js').T` in a type position.
      TSImportType: (node) => check(node.source),
    };
  },
};
