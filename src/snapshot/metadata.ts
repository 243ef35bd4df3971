/**
 * `<snapshot>/pikaci-snapshot.json` (docs/upstream.md, records 2.9): the snapshot's description and its ready
 * marker. It is written last and atomically, so its presence means the tree beside it is complete.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeParse, z } from '../schema/index.js';
import { PikaciError } from '../util/index.js';
import { SNAPSHOT_PROFILES } from './profile.js';

export const SNAPSHOT_METADATA_FILE = 'pikaci-snapshot.json';

/** RFC 3339 in UTC; upstream writes `+00:00` with 0–9 fractional digits, its fixtures use `Z`. */
const UtcTimestampSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|\+00:00)$/,
    'expected an RFC 3339 UTC timestamp ending in `Z` or `+00:00`',
  );

export const OmittedPathSchema = z.strictObject({
  path: z.string().min(1),
  /**
   * `submodule`: a gitlink (mode 160000); its commit is not in this repository's object store.
   * `nested_repository`: an untracked directory holding its own git repository.
   */
  reason: z.enum(['submodule', 'nested_repository']),
});
export type OmittedPath = z.infer<typeof OmittedPathSchema>;

export const SnapshotMetadataSchema = z.object({
  source_root: z.string().min(1),
  snapshot_dir: z.string().min(1),
  git_head: z.string().nullable(),
  git_dirty: z.boolean().nullable(),
  created_at: UtcTimestampSchema,
  content_hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256')
    .nullable()
    .default(null),
  /** Ours, absent from upstream files: the profile used and what was left out on purpose. */
  profile: z.enum(SNAPSHOT_PROFILES).optional(),
  omitted_paths: z.array(OmittedPathSchema).optional(),
});
export type SnapshotMetadata = z.infer<typeof SnapshotMetadataSchema>;

/** The upstream form: UTC with a `+00:00` offset. */
export function formatSnapshotTimestamp(date: Date): string {
  return date.toISOString().replace(/Z$/, '+00:00');
}

export async function readSnapshotMetadata(dir: string): Promise<SnapshotMetadata> {
  const file = join(dir, SNAPSHOT_METADATA_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isNotFound(error)) {
      throw new PikaciError('snapshot is not ready: its marker file is missing', {
        where: file,
        hint: 'the snapshot was never completed (or the path is wrong); create it again',
        cause: error,
      });
    }
    throw new PikaciError(`cannot read snapshot metadata: ${String(error)}`, { where: file, cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PikaciError(`snapshot metadata is not valid JSON: ${(error as Error).message}`, {
      where: file,
      hint: 'the marker is corrupt; delete the snapshot directory and create it again',
      cause: error,
    });
  }
  const parsed = safeParse(SnapshotMetadataSchema, json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : '';
    throw new PikaciError(`invalid snapshot metadata${at}: ${issue?.message ?? 'unknown problem'}`, {
      where: file,
      hint: 'the marker is corrupt or from an incompatible writer; delete the snapshot and create it again',
    });
  }
  return parsed.data;
}

/** Temp file in the same directory, then rename: readers see no marker or a whole one. */
export async function writeSnapshotMetadata(dir: string, metadata: SnapshotMetadata): Promise<void> {
  const file = join(dir, SNAPSHOT_METADATA_FILE);
  const temp = join(dir, `.${SNAPSHOT_METADATA_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, `${JSON.stringify(metadata, null, 2)}\n`, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new PikaciError(`cannot write snapshot metadata: ${String(error)}`, { where: file, cause: error });
  }
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
