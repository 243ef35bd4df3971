/** Source snapshots: a filtered copy of a git checkout with a content hash and a ready marker. */
export { createSnapshot, snapshotContentHash } from './create.js';
export type { CreateSnapshotOptions, SnapshotContentHash } from './create.js';
export { computeContentHash, gitBlobId, FILE_MODES } from './hash.js';
export type { FileMode, HashEntry } from './hash.js';
export {
  formatSnapshotTimestamp,
  readSnapshotMetadata,
  SNAPSHOT_METADATA_FILE,
  SnapshotMetadataSchema,
} from './metadata.js';
export type { OmittedPath, SnapshotMetadata } from './metadata.js';
export { isSkippedPath, shouldSkipEntry, snapshotProfileForJobs, SNAPSHOT_PROFILES } from './profile.js';
export type { SnapshotProfile } from './profile.js';
export { hashSnapshotDirectory, verifySnapshot } from './verify.js';
export type { SnapshotVerification } from './verify.js';
