// Bundles the action and the CLI with ncc into `dist/` (or the directory given as argv[2]).
// Native add-ons are dropped so the bundle is platform-neutral: ssh2 falls back to pure JS.
// The bundled catalog gets its target-id index (`pika.ids.json`, src/catalog/ids.ts) beside it.
import ncc from '@vercel/ncc';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { Buffer } from 'node:buffer';

const catalogModule = await tsImport('../src/catalog/index.ts', import.meta.url);
const bundledCatalog = catalogModule.defaultCatalogPath();
const catalogBytes = await readFile(bundledCatalog);
const catalogIndex = catalogModule.catalogIndexText(
  await catalogModule.loadCatalog(bundledCatalog),
  catalogBytes,
);

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
    if (assetName === basename(bundledCatalog)) {
      if (!Buffer.from(asset.source).equals(catalogBytes))
        throw new Error(`${target} is not ${bundledCatalog}`);
      await writeFile(catalogModule.catalogIndexPath(target), catalogIndex);
    }
  }
  await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n', { mode: 0o644 });
}
await chmod(join(outRoot, 'cli', 'index.js'), 0o755);
const listing = await readdir(outRoot, { recursive: true });
console.log(`built ${outRoot}: ${listing.length} files`);
