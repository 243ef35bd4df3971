/**
 * The catalog's target-id index (src/catalog/ids.ts): used for the bundled catalog only, only while
 * it matches the catalog's bytes; otherwise the catalog is loaded in full, errors included.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  catalogIndexPath,
  catalogIndexText,
  defaultCatalogPath,
  loadCatalog,
  loadCatalogIds,
  manifestOptionsFor,
  type CatalogLocation,
} from '../../src/catalog/index.js';
import { InputError } from '../../src/util/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'pikaci-catalog-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the Pika catalog in its own directory, with (optionally) an index beside it. */
async function copyOfPika(name: string): Promise<string> {
  const path = join(dir, `${name}.toml`);
  copyFileSync(defaultCatalogPath(), path);
  return path;
}

async function writeIndex(path: string, edit: (index: Record<string, unknown>) => void = () => {}) {
  const index = JSON.parse(catalogIndexText(await loadCatalog(path), readFileSync(path))) as Record<
    string,
    unknown
  >;
  edit(index);
  writeFileSync(catalogIndexPath(path), JSON.stringify(index));
}

const bundled = (path: string): CatalogLocation => ({ path, source: 'bundled' });

describe('catalog target-id index', () => {
  it('names the index beside the catalog', () => {
    expect(catalogIndexPath('/a/dist/action/pika.toml')).toBe('/a/dist/action/pika.ids.json');
  });

  it('records every target and staged target id of the catalog, in file order, and its hash', async () => {
    const catalog = await loadCatalog(defaultCatalogPath());
    const index = JSON.parse(catalogIndexText(catalog, readFileSync(defaultCatalogPath()))) as {
      schema_version: number;
      catalog_sha256: string;
      targets: string[];
      staged_targets: string[];
    };
    expect(index.schema_version).toBe(1);
    expect(index.catalog_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(index.targets).toEqual([...catalog.targets.keys()]);
    expect(index.staged_targets).toEqual([...catalog.stagedTargets.keys()]);
    // The Pika catalog (docs/upstream.md lanes 2, 5.2): 33 targets, 9 of them staged.
    expect(index.targets).toHaveLength(33);
    expect(index.staged_targets).toHaveLength(9);
  });

  it('reads the ids of the bundled catalog from a matching index, without loading the catalog', async () => {
    const path = await copyOfPika('indexed');
    // An id only the index has proves the ids came from the index, not from parsing the catalog.
    await writeIndex(path, (index) => (index['targets'] as string[]).push('only-in-the-index'));
    const ids = await loadCatalogIds(bundled(path));
    expect(ids.knownTargets.has('only-in-the-index')).toBe(true);
    expect(ids.catalogPath).toBe(path);
  });

  it('gives the same ids as loading the catalog in full', async () => {
    const path = await copyOfPika('same');
    await writeIndex(path);
    const full = manifestOptionsFor(await loadCatalog(path));
    expect(await loadCatalogIds(bundled(path))).toEqual(full);
  });

  it('ignores an index whose hash no longer matches the catalog, or that is unreadable', async () => {
    const stale = await copyOfPika('stale');
    await writeIndex(stale, (index) => (index['targets'] as string[]).push('only-in-the-index'));
    appendFileSync(stale, '\n# edited after the index was written\n');
    expect((await loadCatalogIds(bundled(stale))).knownTargets.has('only-in-the-index')).toBe(false);

    for (const [name, text] of [
      ['garbage', '{ not json'],
      ['wrong-version', JSON.stringify({ schema_version: 2 })],
      ['wrong-shape', JSON.stringify({ schema_version: 1, catalog_sha256: 'x', targets: [1] })],
    ] as const) {
      const path = await copyOfPika(name);
      writeFileSync(catalogIndexPath(path), text);
      expect(await loadCatalogIds(bundled(path))).toEqual(manifestOptionsFor(await loadCatalog(path)));
    }
  });

  it('never uses an index for a repository or --catalog catalog', async () => {
    const path = await copyOfPika('repository');
    await writeIndex(path, (index) => (index['targets'] as string[]).push('only-in-the-index'));
    for (const source of ['repository', 'flag'] as const) {
      const ids = await loadCatalogIds({ path, source });
      expect(ids.knownTargets.has('only-in-the-index')).toBe(false);
    }
  });

  it('reports a broken catalog as loading it does, index or not', async () => {
    const path = join(dir, 'broken.toml');
    writeFileSync(path, 'version = [[[\n');
    const error = await loadCatalogIds(bundled(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toContain('broken.toml');
  });
});
