import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshotMetadata, SNAPSHOT_METADATA_FILE } from '../../src/snapshot/index.js';
import { writeSnapshotMetadata } from '../../src/snapshot/metadata.js';
import { removeTempDirs, tempDir } from '../support/repo.js';

afterAll(removeTempDirs);

const valid = {
  source_root: '/src',
  snapshot_dir: '/snap',
  git_head: 'abc',
  git_dirty: null,
  created_at: '2026-03-19T01:02:03.123456789+00:00',
  content_hash: 'a'.repeat(64),
};

function withMarker(content: unknown): string {
  const dir = tempDir();
  writeFileSync(
    join(dir, SNAPSHOT_METADATA_FILE),
    typeof content === 'string' ? content : JSON.stringify(content),
  );
  return dir;
}

describe('readSnapshotMetadata', () => {
  it('accepts upstream `+00:00` timestamps with nanoseconds and fixture `Z` timestamps', async () => {
    await expect(readSnapshotMetadata(withMarker(valid))).resolves.toMatchObject(valid);
    const zulu = { ...valid, created_at: '2026-03-19T00:00:00Z' };
    await expect(readSnapshotMetadata(withMarker(zulu))).resolves.toMatchObject(zulu);
  });

  it('defaults a missing content_hash to null, as upstream does', async () => {
    const { content_hash: _omitted, ...rest } = valid;
    await expect(readSnapshotMetadata(withMarker(rest))).resolves.toMatchObject({ content_hash: null });
  });

  it('rejects a non-UTC timestamp naming the key', async () => {
    await expect(
      readSnapshotMetadata(withMarker({ ...valid, created_at: '2026-03-19T01:02:03+02:00' })),
    ).rejects.toThrow(/invalid snapshot metadata at `created_at`: expected an RFC 3339 UTC timestamp/);
  });

  it('rejects an uppercase or short content hash', async () => {
    await expect(
      readSnapshotMetadata(withMarker({ ...valid, content_hash: 'A'.repeat(64) })),
    ).rejects.toThrow(/at `content_hash`: expected a lowercase hex SHA-256/);
  });

  it('rejects a missing field', async () => {
    const { source_root: _omitted, ...rest } = valid;
    await expect(readSnapshotMetadata(withMarker(rest))).rejects.toThrow(/at `source_root`/);
  });

  it('says the snapshot is not ready when the marker is missing', async () => {
    await expect(readSnapshotMetadata(tempDir())).rejects.toThrow(
      /snapshot is not ready: its marker file is missing/,
    );
  });

  it('reports invalid JSON with the file', async () => {
    const dir = withMarker('{"source_root": ');
    await expect(readSnapshotMetadata(dir)).rejects.toMatchObject({
      message: expect.stringMatching(/snapshot metadata is not valid JSON/),
      where: join(dir, SNAPSHOT_METADATA_FILE),
    });
  });
});

describe('writeSnapshotMetadata', () => {
  it('leaves exactly the marker behind (no temp file) and round-trips', async () => {
    const dir = tempDir();
    await writeSnapshotMetadata(dir, { ...valid, profile: 'full', omitted_paths: [] });
    expect(readdirSync(dir)).toEqual([SNAPSHOT_METADATA_FILE]);
    await expect(readSnapshotMetadata(dir)).resolves.toEqual({
      ...valid,
      profile: 'full',
      omitted_paths: [],
    });
  });
});
