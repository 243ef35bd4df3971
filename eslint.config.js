import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import folderBarrels from './eslint-rules/folder-barrels.js';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', '.pikaci/', '.test-env/', '.tools/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules need the program: tsconfig.test.json covers src/, __tests__/, bench/ and scripts/.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: './tsconfig.test.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its rejection and races the code after it; a deliberate
      // fire-and-forget says so with `void` and a comment.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // One folder per concern behind its index.ts (README "Layout of the code").
    files: ['src/**/*.ts'],
    plugins: { local: { rules: { 'folder-barrels': folderBarrels } } },
    rules: {
      'local/folder-barrels': [
        'error',
        {
          allow: [
            // The bundled entries import these first, before anything else is compiled (docs/design.md,
            // Bundling notes): the barrel would load the rest of src/util/ ahead of them.
            'src/util/dirname-shim.ts',
            'src/util/compile-cache.ts',
            // The catalog's light entry for the plan path: its index loads the catalog schemas.
            'src/catalog/ids.ts',
          ],
        },
      ],
    },
  },
  {
    // zod has one entry (src/schema/index.ts), and schemas are parsed through its `safeParse`,
    // which runs without zod's JIT (one-shot parses pay for the generated code and never win it back).
    files: ['src/**/*.ts'],
    ignores: ['src/schema/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "import { z, safeParse } from src/schema/ (zod's one entry)" }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(safeParse|safeParseAsync)$/], CallExpression[callee.property.name='parse'][callee.object.name=/(^s|S)chema$/]",
          message:
            "parse with `safeParse(schema, value)` from src/schema/ (zod's JIT off for one-shot parses)",
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
