/**
 * What the shipped CLI (`dist/cli/index.js`, kept fresh by `npm run check-dist`) loads: the bundle
 * is split into chunks, and a run of one host-process job on this machine must not compile the SSH
 * transport, tar, the Incus or Tart backends, or a process library; `pikaci plan` must not compile
 * zod either (issue 13: each was measured on those commands' start). A loader hook records every chunk Node loads; the chunks are
 * then searched for the modules in them: by the path ncc writes beside a concatenated module, or
 * by a name or string only that module has (ncc does not minify). Each marker is first found in the
 * bundle, so a marker that goes stale fails the test instead of passing it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hostJob, catalogToml } from '../support/jobs.js';
import { makeRepo } from '../support/repo.js';
import { ROOT, runCli } from '../support/cli.js';

const ENTRY = join(ROOT, 'dist/cli/index.js');
const CATALOG = catalogToml({ noop: { jobs: ['noop'] } }, { noop: hostJob('true') });

/** The text of every bundle file a `pikaci <args>` process loaded, by file name. */
async function loadedChunks(args: string[], cwd: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'pikaci-loads-'));
  try {
    const log = join(dir, 'loaded.txt');
    writeFileSync(log, '');
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}
`,
    );
    writeFileSync(
      join(dir, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
    );
    const result = await runCli(args, {
      cwd,
      entry: ENTRY,
      env: { NODE_OPTIONS: `--import ${pathToFileURL(join(dir, 'register.mjs')).href}` },
    });
    expect(result.stderr).not.toContain('Error');
    expect(result.code).toBe(0);
    const chunks = new Map<string, string>();
    for (const url of readFileSync(log, 'utf8').split('\n')) {
      if (!url.startsWith('file:') || !url.includes('/dist/cli/')) continue;
      const file = fileURLToPath(url);
      chunks.set(file.slice(file.lastIndexOf('/') + 1), readFileSync(file, 'utf8'));
    }
    return chunks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The chunks whose text has `marker`. */
function chunksWith(chunks: Map<string, string>, marker: string): string[] {
  return [...chunks].filter(([, text]) => text.includes(marker)).map(([name]) => name);
}

/** Modules a host run must not load, each by a marker only it has. */
const HEAVY: Record<string, string> = {
  'src/transport/ssh.ts': './src/transport/ssh.ts',
  'src/workspace/sync.ts (tar over SSH)': 'async function readRemoteHash(',
  'src/vm/collect.ts': './src/vm/collect.ts',
  'src/backends/incus/backend.ts': './src/backends/incus/backend.ts',
  'src/backends/tart/backend.ts': './src/backends/tart/backend.ts',
  tar: 'TAR_ENTRY_INVALID',
  ssh2: 'SSH-2.0-',
};

/** zod, by the name of its base type. */
const ZOD = '"$ZodType"';

/** Every chunk of the shipped CLI, by file name. */
function bundle(): Map<string, string> {
  const all = new Map<string, string>();
  for (const name of readdirSync(join(ROOT, 'dist/cli')).filter((file) => file.endsWith('.js')))
    all.set(name, readFileSync(join(ROOT, 'dist/cli', name), 'utf8'));
  return all;
}

describe('pikaci run of a host-process job (the bundle)', () => {
  const work = mkdtempSync(join(tmpdir(), 'pikaci-loads-repo-'));
  const repo = makeRepo({ 'catalog.toml': CATALOG, 'README.md': 'x\n' }, { dir: join(work, 'repo') }).root;
  const all = bundle();
  let loaded: Map<string, string>;

  it('runs, loading its backend, the catalog and the records (the search below finds real modules)', async () => {
    loaded = await loadedChunks(
      ['run', '--catalog', 'catalog.toml', 'noop', '--state-root', join(work, 'state')],
      repo,
    );
    for (const marker of [
      'async function runHostProcess(',
      './src/catalog/load.ts',
      './src/records/atomic.ts',
      './node_modules/zod/',
    ]) {
      expect({ marker, loaded: chunksWith(loaded, marker).length > 0 }).toEqual({ marker, loaded: true });
    }
  });

  it('loads no SSH transport or ssh2, no tar, no Incus or Tart backend (and execa is not bundled)', () => {
    // Each of these is in the bundle (so its absence from the run is meaningful)…
    for (const [module, marker] of Object.entries(HEAVY))
      expect({ module, inBundle: chunksWith(all, marker).length > 0 }).toEqual({ module, inBundle: true });
    // …and none of it was loaded.
    for (const [module, marker] of Object.entries(HEAVY))
      expect({ module, loadedBy: chunksWith(loaded, marker) }).toEqual({ module, loadedBy: [] });
    // execa is no longer a dependency; were it bundled again, ncc would name its files.
    expect(chunksWith(all, 'node_modules/execa/')).toEqual([]);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));
});

describe('pikaci plan --changed-from (the bundle)', () => {
  const work = mkdtempSync(join(tmpdir(), 'pikaci-loads-plan-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('plans the Pika manifest without loading zod, the SSH transport, tar or a backend', async () => {
    const list = join(work, 'changed.txt');
    writeFileSync(list, 'crates/rmp-cli/src/main.rs\nREADME.md\n');
    const loaded = await loadedChunks(
      ['plan', '--manifest', join(ROOT, 'catalog/pika-forge-lanes.toml'), '--changed-from', list],
      work,
    );
    const all = bundle();
    expect(chunksWith(all, ZOD)).not.toEqual([]);
    expect(chunksWith(loaded, 'src/select/')).not.toEqual([]);
    for (const [module, marker] of Object.entries({ zod: ZOD, ...HEAVY }))
      expect({ module, loadedBy: chunksWith(loaded, marker) }).toEqual({ module, loadedBy: [] });
  });
});
