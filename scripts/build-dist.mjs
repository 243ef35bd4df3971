// Bundles the action and the CLI with ncc into `dist/` (or the directory given as argv[2]).
// Native add-ons are dropped so the bundle is platform-neutral: ssh2 falls back to pure JS.
// The bundled catalog gets its target-id index (`pika.ids.json`, src/catalog/ids.ts) beside it.
import ncc from '@vercel/ncc';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Buffer } from 'node:buffer';

const catalogModule = await loadCatalogModule();
const catalogName = basename(catalogModule.defaultCatalogPath());
const outRoot = resolve(process.argv[2] ?? 'dist');
const entries = [
  { name: 'action', file: 'src/action/main.ts' },
  { name: 'cli', file: 'src/cli/main.ts' },
];

await rm(outRoot, { recursive: true, force: true });
for (const entry of entries) {
  const outDir = join(outRoot, entry.name);
  const { code, assets } = await ncc(resolve(entry.file), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    license: 'licenses.txt',
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.js'), code);
  for (const [assetName, asset] of Object.entries(assets)) {
    if (assetName.endsWith('.node') || assetName.endsWith('.exe') || assetName.endsWith('.d.ts')) continue;
    const target = join(outDir, assetName);
    await mkdir(join(target, '..'), { recursive: true });
    await writeFile(target, asset.source);
    if (asset.permissions) await chmod(target, asset.permissions);
    if (assetName === catalogName) {
      // Made from the very bytes shipped; parsing them also validates the bundled catalog.
      const catalog = catalogModule.parseCatalog(Buffer.from(asset.source).toString('utf8'), target);
      await writeFile(
        catalogModule.catalogIndexPath(target),
        catalogModule.catalogIndexText(catalog, asset.source),
      );
    }
  }
  await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n', { mode: 0o644 });
}
await chmod(join(outRoot, 'cli', 'index.js'), 0o755);
const listing = await readdir(outRoot, { recursive: true });
console.log(`built ${outRoot}: ${listing.length} files`);

/**
 * `src/catalog/index.ts`, bundled by ncc on the side (without the type check the entries get) and
 * imported from a temporary file: plain JavaScript, so no TypeScript loader hooks run in this process.
 */
async function loadCatalogModule() {
  const { code } = await ncc(resolve('src/catalog/index.ts'), {
    quiet: true,
    target: 'es2022',
    transpileOnly: true,
  });
  const dir = await mkdtemp(join(tmpdir(), 'pikaci-build-catalog-'));
  try {
    const file = join(dir, 'catalog.mjs');
    await writeFile(file, code);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
