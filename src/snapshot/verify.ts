/** Checking a snapshot directory against an expected content hash, by re-reading its bytes. */
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { errorMessage, PikaciError } from '../util/index.js';
import { computeContentHash, gitBlobId, type HashEntry } from './hash.js';
import { readSnapshotMetadata, SNAPSHOT_METADATA_FILE, type SnapshotMetadata } from './metadata.js';

export type SnapshotVerification =
  { ok: true; metadata: SnapshotMetadata } | { ok: false; reason: string; metadata: SnapshotMetadata | null };

/**
 * The content hash (see hash.ts) of a snapshot directory computed from what is on disk: every regular
 * file and symlink below `dir` except the root-level marker.
 */
export async function hashSnapshotDirectory(dir: string): Promise<string> {
  const limit = pLimit(32);
  const pending: Array<Promise<HashEntry>> = [];
  const walk = async (relDir: string): Promise<void> => {
    const names = await readdir(join(dir, relDir));
    for (const name of names) {
      const rel = relDir === '' ? name : `${relDir}/${name}`;
      if (rel === SNAPSHOT_METADATA_FILE) continue;
      const absolute = join(dir, rel);
      const info = await lstat(absolute);
      if (info.isDirectory()) await walk(rel);
      else if (info.isSymbolicLink()) {
        pending.push(
          limit(async () => ({
            path: rel,
            mode: '120000',
            oid: gitBlobId(await readlink(absolute, { encoding: 'buffer' })),
          })),
        );
      } else if (info.isFile()) {
        const mode = info.mode & 0o100 ? '100755' : '100644';
        pending.push(limit(async () => ({ path: rel, mode, oid: gitBlobId(await readFile(absolute)) })));
      } else {
        throw new PikaciError(`unexpected special file in snapshot: ${JSON.stringify(rel)}`, { where: dir });
      }
    }
  };
  try {
    await walk('');
  } finally {
    // Reads already started finish (or fail) before this returns, whatever happened to the walk.
    await Promise.allSettled(pending);
  }
  return computeContentHash(await Promise.all(pending));
}

/**
 * A snapshot is good when its marker is present and valid, records `expectedHash`, and the files on disk
 * still hash to it. Problems are returned, not thrown, so a caller can recreate the snapshot.
 */
export async function verifySnapshot(dir: string, expectedHash: string): Promise<SnapshotVerification> {
  let metadata: SnapshotMetadata;
  try {
    metadata = await readSnapshotMetadata(dir);
  } catch (error) {
    return { ok: false, reason: errorMessage(error), metadata: null };
  }
  if (metadata.content_hash !== expectedHash) {
    return {
      ok: false,
      reason: `marker records content hash ${metadata.content_hash ?? 'null'}, expected ${expectedHash}`,
      metadata,
    };
  }
  let actual: string;
  try {
    actual = await hashSnapshotDirectory(dir);
  } catch (error) {
    return { ok: false, reason: `cannot hash snapshot files: ${errorMessage(error)}`, metadata };
  }
  if (actual !== expectedHash) {
    return { ok: false, reason: `files on disk hash to ${actual}, expected ${expectedHash}`, metadata };
  }
  return { ok: true, metadata };
}
