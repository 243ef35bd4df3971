/**
 * `npm run bench [name...]`: runs every `bench/*.bench.ts` (or the named ones). Each exports a default
 * async function that measures its subject and a baseline in the same run and prints the ratio.
 * Benchmarks are not tests: they print figures and never fail on a number.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  const bench = (await import(join(here, file))) as { default: () => Promise<void> };
  await bench.default();
}
