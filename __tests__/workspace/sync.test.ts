import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remoteLayout, syncSnapshot } from '../../src/workspace/index.js';
import { createSnapshot } from '../../src/snapshot/index.js';
import { LocalTransport } from '../../src/transport/index.js';
import { makeRepo } from '../support/repo.js';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'pikaci-sync-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function makeSnapshot(name: string, files: Record<string, string>): Promise<string> {
  const repo = makeRepo(undefined, { dir: join(work, `${name}-repo`) });
  repo.link('link', 'a.txt');
  repo.commit(files, 'init');
  const dest = join(work, `${name}-snapshot`);
  await createSnapshot({ sourceRoot: repo.root, destDir: dest, profile: 'full', includeLocalChanges: false });
  return dest;
}

describe('snapshot sync (local transport, real tar)', () => {
  const transport = new LocalTransport();

  it('uploads once, then reuses by content hash', async () => {
    const local = await makeSnapshot('a', { 'a.txt': 'hello\n', 'dir/b.txt': 'b\n' });
    const meta = JSON.parse(await readFile(join(local, 'pikaci-snapshot.json'), 'utf8')) as {
      content_hash: string;
    };
    const layout = remoteLayout(join(work, 'W'), '20260101T000000Z-00000000', meta.content_hash);
    const lines: string[] = [];
    const first = await syncSnapshot(transport, {
      localDir: local,
      remoteDir: layout.snapshotDir,
      log: (l) => lines.push(l),
    });
    expect(first).toEqual({ action: 'uploaded', contentHash: meta.content_hash });
    expect(await readFile(join(layout.snapshotDir, 'dir/b.txt'), 'utf8')).toBe('b\n');
    expect(await readlink(join(layout.snapshotDir, 'link'))).toBe('a.txt');
    const second = await syncSnapshot(transport, {
      localDir: local,
      remoteDir: layout.snapshotDir,
      log: (l) => lines.push(l),
    });
    expect(second.action).toBe('reused');
    expect(lines.at(-1)).toContain('remote snapshot already available');
    // No staging directories are left beside the published snapshot.
    expect(await readdir(join(layout.snapshotDir, '..'))).toEqual(['snapshot']);
  });

  it('refuses a remote marker with another hash', async () => {
    const local = await makeSnapshot('b', { 'a.txt': 'one\n' });
    const other = await makeSnapshot('c', { 'a.txt': 'two\n' });
    const remoteDir = join(work, 'W', 'snapshots', 'x', 'snapshot');
    await syncSnapshot(transport, { localDir: other, remoteDir, log: () => undefined });
    await expect(
      syncSnapshot(transport, { localDir: local, remoteDir, log: () => undefined }),
    ).rejects.toThrow(/remote snapshot hash mismatch at .* \(expected [0-9a-f]{64}, got [0-9a-f]{64}\)/);
  });

  it('refuses a remote snapshot without a marker hash', async () => {
    const local = await makeSnapshot('d', { 'a.txt': 'one\n' });
    const remoteDir = join(work, 'W', 'snap');
    await mkdir(remoteDir, { recursive: true });
    await writeFile(
      join(remoteDir, 'pikaci-snapshot.json'),
      JSON.stringify({
        source_root: '/s',
        snapshot_dir: '/d',
        git_head: null,
        git_dirty: null,
        created_at: '2026-03-19T00:00:00Z',
      }),
    );
    await expect(
      syncSnapshot(transport, { localDir: local, remoteDir, log: () => undefined }),
    ).rejects.toThrow('refusing ambiguous reuse');
  });

  it('does not publish a directory that appeared without a marker', async () => {
    const local = await makeSnapshot('e', { 'a.txt': 'one\n' });
    const remoteDir = join(work, 'W', 'half');
    await mkdir(remoteDir, { recursive: true });
    await expect(
      syncSnapshot(transport, { localDir: local, remoteDir, log: () => undefined }),
    ).rejects.toThrow('still missing a ready marker after publish');
  });
});
