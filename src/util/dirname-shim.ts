/**
 * Must be the first import of every bundled entry point: ssh2's poly1305 module reads `__dirname`,
 * which ESM bundles do not define (docs/design.md, "Bundling notes").
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const globals = globalThis as { __dirname?: string; __filename?: string };
globals.__filename ??= fileURLToPath(import.meta.url);
globals.__dirname ??= dirname(globals.__filename);
