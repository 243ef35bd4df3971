// Compiles the library (`src/` → `lib/`: ESM JavaScript and `.d.ts`) from a clean `lib/`, so a file
// deleted from `src/` never ships. The package's `exports` point at `lib/index.js` (README, "Using the library").
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync('lib', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
console.log('built lib/');
