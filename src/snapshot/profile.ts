/**
 * Snapshot profiles and the upstream skip rules (docs/upstream.md, lanes 1.5, docs/upstream.md, records 5.1).
 * Pure: no file system, no git.
 */
import { stagedLinuxCommand, type JobSpec } from '../model/index.js';
import { assertNever } from '../util/index.js';

export const SNAPSHOT_PROFILES = ['full', 'staged_linux_rust', 'staged_linux_followup'] as const;
export type SnapshotProfile = (typeof SNAPSHOT_PROFILES)[number];

/** Skipped wherever they appear: VCS and tool state, build output. */
const SKIP_AT_ANY_DEPTH: ReadonlySet<string> = new Set(['.git', '.pikaci', '.direnv', 'target']);
/** Skipped below the root only, so a top-level `build/` (e.g. build scripts) is kept. */
const SKIP_BELOW_ROOT: ReadonlySet<string> = new Set(['node_modules', '.gradle', 'DerivedData', 'build']);

function skippedAtRoot(profile: SnapshotProfile): ReadonlySet<string> {
  switch (profile) {
    case 'full':
      return new Set();
    case 'staged_linux_rust':
      return new Set(['ios', 'android']);
    case 'staged_linux_followup':
      return new Set(['ios']);
    default:
      return assertNever(profile);
  }
}

/** Upstream `should_skip(name, is_root, profile)`: does this directory entry stay out of the snapshot? */
export function shouldSkipEntry(name: string, atRoot: boolean, profile: SnapshotProfile): boolean {
  if (SKIP_AT_ANY_DEPTH.has(name)) return true;
  if (atRoot) return skippedAtRoot(profile).has(name);
  return SKIP_BELOW_ROOT.has(name);
}

/**
 * Whether a repository-relative path (`/`-separated, no leading `./`) lies under a skipped entry:
 * the rules are applied to every component, the first one being the root-level entry.
 */
export function isSkippedPath(relPath: string, profile: SnapshotProfile): boolean {
  const components = relPath.split('/');
  return components.some((name, depth) => shouldSkipEntry(name, depth === 0, profile));
}

/**
 * Upstream `snapshot_profile_for_jobs`: any staged job with the `followup` profile ⇒ followup;
 * any staged job ⇒ rust; otherwise the full tree.
 */
export function snapshotProfileForJobs(jobs: readonly JobSpec[]): SnapshotProfile {
  const staged = jobs.flatMap((job) => {
    const command = stagedLinuxCommand(job);
    return command ? [command] : [];
  });
  if (staged.some((command) => command.snapshot_profile === 'followup')) return 'staged_linux_followup';
  if (staged.length > 0) return 'staged_linux_rust';
  return 'full';
}
