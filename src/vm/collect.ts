/**
 * Collection of a guest's lifecycle files (docs/upstream.md, executor 3; the guest runner writes them,
 * docs/design.md decision 10): one `tar` stream out of the guest, unpacked into the job's artifacts
 * as it arrives, then redacted like every file the host writes (README "Security").
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { extract as extractTar } from 'tar';
import { GUEST_PATHS } from '../guest/index.js';
import { describeExit } from '../transport/index.js';
import type { LogWriter } from '../runtime/index.js';
import { errorMessage, redactFile, shellQuote } from '../util/index.js';
import { VmFailure, type Guest } from './guest.js';

/** Each lifecycle file: its path under the guest's state directory, and its name in the job's artifacts. */
export const LIFECYCLE_FILES: ReadonlyArray<readonly [guestPath: string, artifact: string]> = [
  GUEST_PATHS.guestLog,
  GUEST_PATHS.events,
  GUEST_PATHS.status,
  GUEST_PATHS.result,
].map((path) => [posix.relative(GUEST_PATHS.runtimeStateDir, path), posix.basename(path)] as const);

const COLLECT_TIMEOUT_MS = 120_000;

export interface CollectOptions {
  /** The guest's state directory (the lifecycle files' paths are relative to it). */
  stateDir: string;
  artifactsDir: string;
  /** Where the guest-side `tar` writes its errors. */
  log: LogWriter;
  signal: AbortSignal;
  /** For the failure message: `collect <runtime> guest files from <host> failed (…)`. */
  runtime: string;
  host: string;
}

/** Copies the lifecycle files the guest has written (missing ones are skipped) into `artifactsDir`. */
export async function collectLifecycleFiles(guest: Guest, options: CollectOptions): Promise<void> {
  const { artifactsDir } = options;
  const staging = join(artifactsDir, '.collect');
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const names = LIFECYCLE_FILES.map(([from]) => shellQuote(from)).join(' ');
  const script = `cd ${shellQuote(options.stateDir)} && set -- && for f in ${names}; do [ -f "$f" ] && set -- "$@" "$f"; done; [ "$#" -gt 0 ] && exec tar -cf - "$@"; exit 0`;
  const unpack = extractTar({ cwd: staging, strict: true, preservePaths: false });
  let streamed = 0;
  const result = await guest.exec({
    argv: ['sh', '-c', script],
    // Lifecycle files are small except guest.log, which tar unpacks to disk as it arrives.
    onStdout: (chunk) => {
      streamed += chunk.length;
      void unpack.write(chunk);
    },
    onStderr: (chunk) => options.log.write(chunk),
    signal: options.signal,
    timeoutMs: COLLECT_TIMEOUT_MS,
  });
  const unpacked = await new Promise<unknown>((resolve) => {
    unpack
      .on('finish', () => resolve(null))
      .on('close', () => resolve(null))
      .on('error', resolve);
    unpack.end();
  });
  const what = `collect ${options.runtime} guest files from ${options.host}`;
  if (result.exitCode !== 0) throw new VmFailure(`${what} failed (${describeExit(result)})`);
  // No bytes: the guest wrote none of the files (reading result.json says so); tar calls that a bad archive.
  if (unpacked !== null && streamed > 0) {
    throw new VmFailure(`${what} failed: unreadable tar stream (${errorMessage(unpacked)})`);
  }
  for (const [from, to] of LIFECYCLE_FILES) {
    await rename(join(staging, from), join(artifactsDir, to)).catch(() => undefined);
    // The guest wrote these; secrets are redacted here, as the host's own writers do.
    await redactFile(join(artifactsDir, to));
  }
  await rm(staging, { recursive: true, force: true });
}
