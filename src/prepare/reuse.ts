/**
 * Reuse by snapshot hash (README "Staged payloads"). The content hash names the snapshot's bytes,
 * and a flake built from the same bytes gives the same store path, so after a build the host keeps a
 * marker `W/snapshots/<hash>/prepared-outputs/<output>.{json,out}` (`.out` a symlink to the store
 * path, as Nix's own out-links). A later run on the same hash and host looks it up and asks that
 * host's Nix whether the path is still valid in its store (`./host-output.ts`, one round trip with
 * the inspection): then nothing is evaluated or built (nor sent: the snapshot is there too). A
 * marker that is missing, unreadable, for another hash or output, or whose path Nix no longer holds
 * (garbage-collected) is a miss, said in the log, and the output is built. The marker is not a GC
 * root: Nix may still collect the path, and the next run then builds it again.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { safeParse, z } from '../schema/index.js';
import { rfc3339 } from '../records/index.js';
import { preparedOutputsDir } from '../workspace/index.js';
import type { Inspection } from './host-output.js';

const ReuseMarkerSchema = z.object({
  schema_version: z.literal(1),
  content_hash: z.string(),
  output_name: z.string(),
  realized_path: z.string(),
  realized_by_run: z.string(),
  realized_at: z.string(),
});
export type ReuseMarker = z.infer<typeof ReuseMarkerSchema>;

/** Output names are flake attribute paths; anything else is named by its digest. */
function markerName(outputName: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(outputName)
    ? outputName
    : createHash('sha256').update(outputName).digest('hex').slice(0, 32);
}

/** The marker's path without its `.json`/`.out` suffix. */
export function reuseMarkerBase(workDir: string, contentHash: string, outputName: string): string {
  return posix.join(preparedOutputsDir(workDir, contentHash), markerName(outputName));
}

/** The marker's JSON for a realization made now by `runId`. */
export function reuseMarkerJson(marker: Omit<ReuseMarker, 'schema_version' | 'realized_at'>): string {
  return `${JSON.stringify({ schema_version: 1, ...marker, realized_at: rfc3339() })}\n`;
}

export type ReuseDecision = { reuse: ReuseMarker } | { miss: string };

/** Whether what the lookup found may be used for this hash and output. */
export function decideReuse(
  lookup: Inspection,
  expected: { contentHash: string; outputName: string; markerBase: string },
): ReuseDecision {
  const { markerBase } = expected;
  if (lookup.marker === undefined) return { miss: 'not realized from this snapshot on this host before' };
  let json: unknown;
  try {
    json = JSON.parse(lookup.marker);
  } catch {
    return { miss: `marker ${markerBase}.json is not JSON` };
  }
  const parsed = safeParse(ReuseMarkerSchema, json);
  if (!parsed.success) return { miss: `marker ${markerBase}.json is not a prepared-output marker` };
  const marker = parsed.data;
  if (marker.content_hash !== expected.contentHash || marker.output_name !== expected.outputName) {
    return { miss: `marker ${markerBase}.json is for another snapshot or output` };
  }
  if (lookup.path !== marker.realized_path) {
    return { miss: `marker ${markerBase}.out does not name ${marker.realized_path}` };
  }
  if (lookup.invalid !== undefined) {
    return { miss: `${lookup.invalid} is no longer valid in the Nix store there (garbage-collected?)` };
  }
  return { reuse: marker };
}
