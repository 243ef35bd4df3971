/**
 * The snapshot content hash. It is part of the remote snapshot reuse contract: a snapshot made here and
 * one checked on a remote host must agree byte for byte, so the formula is fixed and written down.
 *
 *   content_hash = lowercase hex SHA-256 over the concatenation, for every file entry of the snapshot
 *   sorted by the UTF-8 bytes of its path, of
 *
 *       <mode> SP <oid> TAB <path> NUL
 *
 *   where
 *   - <path> is the `/`-separated path relative to the snapshot root, UTF-8, no leading `./`;
 *   - <mode> is the git file mode as git prints it: `100644` (regular), `100755` (regular, owner
 *     executable bit set) or `120000` (symbolic link);
 *   - <oid> is the lowercase hex SHA-1 git blob id: SHA-1 of `blob <byte length>` NUL <bytes>, where
 *     the bytes are the file contents, or for a symbolic link the link target string.
 *
 * Directories contribute nothing of their own (as in git, an empty directory is not content), and the
 * root-level ready marker `pikaci-snapshot.json` is never an entry. Because the oids are git's own blob
 * ids, a clean tracked file is hashed from `git ls-files -s`/`ls-tree` output without reading it, while
 * a snapshot directory can still be re-hashed from its bytes alone (`hashSnapshotDirectory`).
 */
import { createHash } from 'node:crypto';

export const FILE_MODES = ['100644', '100755', '120000'] as const;
export type FileMode = (typeof FILE_MODES)[number];

export interface HashEntry {
  path: string;
  mode: FileMode;
  /** Lowercase hex SHA-1 git blob id. */
  oid: string;
}

/** Byte order of the UTF-8 encoding (git's index order), not JavaScript's UTF-16 order. */
export function comparePathBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export function computeContentHash(entries: readonly HashEntry[]): string {
  const sorted = [...entries].sort((a, b) => comparePathBytes(a.path, b.path));
  const hash = createHash('sha256');
  for (const entry of sorted) hash.update(`${entry.mode} ${entry.oid}\t${entry.path}\0`, 'utf8');
  return hash.digest('hex');
}

/** git's SHA-1 blob id of some bytes (what `git hash-object --no-filters` prints). */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
