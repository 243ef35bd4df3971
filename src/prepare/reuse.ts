/**
 * Reuse by snapshot hash (README "Staged payloads"). The content hash names the snapshot's bytes,
 * and a flake built from the same bytes gives the same store path, so after a build the host keeps a
 * small marker `W/snapshots/<hash>/prepared-outputs/<output>.json` saying which path the output gave.
 * A later run on the same hash and host reads it and asks that host's Nix whether the path is still
 * valid in its store: then nothing is evaluated or built (nor sent: the snapshot is there too). A
 * marker that is missing, unreadable, for another hash or output, or whose path Nix no longer holds
 * (garbage-collected) is a miss, said in the log, and the output is built.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { z } from 'zod';
import { storePathProblem } from '../backends/incus/index.js';
import { rfc3339 } from '../records/index.js';
import { capture, mustCapture, shArgv, type Transport } from '../transport/index.js';
import { shellQuote } from '../util/index.js';
import { preparedOutputsDir } from '../workspace/index.js';

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
function markerFile(outputName: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(outputName)
    ? `${outputName}.json`
    : `${createHash('sha256').update(outputName).digest('hex').slice(0, 32)}.json`;
}

export function reuseMarkerPath(workDir: string, contentHash: string, outputName: string): string {
  return posix.join(preparedOutputsDir(workDir, contentHash), markerFile(outputName));
}

export type ReuseLookup = { found: ReuseMarker } | { miss: string };

/** What the host remembers for this hash and output, if Nix still holds that path. */
export async function lookUpReuse(
  transport: Transport,
  options: {
    markerPath: string;
    contentHash: string;
    outputName: string;
    /** `nix` and the options before its subcommand. */
    nixArgv: readonly string[];
    signal: AbortSignal;
  },
): Promise<ReuseLookup> {
  const { markerPath, signal } = options;
  const read = await mustCapture(
    transport,
    `read prepared-output marker ${markerPath}`,
    shArgv(`if test -f ${shellQuote(markerPath)}; then cat ${shellQuote(markerPath)}; fi`),
    { signal },
  );
  if (read.stdout.trim() === '') return { miss: 'not built from this snapshot on this host before' };
  let json: unknown;
  try {
    json = JSON.parse(read.stdout);
  } catch {
    return { miss: `marker ${markerPath} is not JSON; building again` };
  }
  const parsed = ReuseMarkerSchema.safeParse(json);
  if (!parsed.success)
    return { miss: `marker ${markerPath} is not a prepared-output marker; building again` };
  const marker = parsed.data;
  if (marker.content_hash !== options.contentHash || marker.output_name !== options.outputName) {
    return { miss: `marker ${markerPath} is for another snapshot or output; building again` };
  }
  if (storePathProblem(marker.realized_path) !== undefined) {
    return { miss: `marker ${markerPath} names ${marker.realized_path}, not a store path; building again` };
  }
  // `nix path-info` succeeds only for a path registered valid in the host's store.
  const valid = await capture(transport, [...options.nixArgv, 'path-info', marker.realized_path], { signal });
  if (valid.exitCode !== 0) {
    return {
      miss: `${marker.realized_path} is no longer in the Nix store (garbage-collected?); building again`,
    };
  }
  return { found: marker };
}

/** Remember what this hash and output gave, atomically (temporary file, then rename). */
export async function rememberRealization(
  transport: Transport,
  markerPath: string,
  marker: Omit<ReuseMarker, 'schema_version' | 'realized_at'>,
  signal: AbortSignal,
): Promise<void> {
  const body = `${JSON.stringify({ schema_version: 1, ...marker, realized_at: rfc3339() }, null, 2)}\n`;
  const dir = shellQuote(posix.dirname(markerPath));
  const target = shellQuote(markerPath);
  const temp = shellQuote(`${markerPath}.tmp-${process.pid}-${Date.now()}`);
  await mustCapture(
    transport,
    `write prepared-output marker ${markerPath}`,
    shArgv(`set -eu; mkdir -p ${dir}; cat > ${temp}; mv -f ${temp} ${target}`),
    { stdin: body, signal },
  );
}
