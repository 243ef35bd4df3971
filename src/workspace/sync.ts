/**
 * Publish a local snapshot on a placement host without clobbering (docs/upstream.md, executor 3.3 step 2): reuse a
 * remote copy whose marker carries the same content hash; otherwise stream a tar into a temporary
 * sibling directory and rename it into place. The first writer wins; a marker with another hash, or
 * none, is an error rather than a guess.
 */
import { safeParse } from '../schema/index.js';
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { create as createTar } from 'tar';
import { readSnapshotMetadata, SNAPSHOT_METADATA_FILE, SnapshotMetadataSchema } from '../snapshot/index.js';
import type { Transport } from '../transport/index.js';
import { PikaciError, shellQuote } from '../util/index.js';
import { capture, describeExit, mustCapture, shArgv } from '../transport/index.js';

export interface SyncOptions {
  localDir: string;
  remoteDir: string;
  log: (line: string) => void;
  signal?: AbortSignal;
}

export type SyncResult = { action: 'reused' | 'uploaded'; contentHash: string | null };

async function readRemoteHash(transport: Transport, remoteDir: string): Promise<string | null | undefined> {
  const marker = posix.join(remoteDir, SNAPSHOT_METADATA_FILE);
  const read = await mustCapture(
    transport,
    `read remote snapshot metadata ${marker}`,
    shArgv(`if test -f ${shellQuote(marker)}; then cat ${shellQuote(marker)}; fi`),
  );
  if (read.stdout.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(read.stdout);
  } catch (error) {
    throw new PikaciError(
      `decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${String(error)}`,
    );
  }
  const parsed = safeParse(SnapshotMetadataSchema, json);
  if (!parsed.success) {
    throw new PikaciError(
      `decode remote snapshot metadata ${marker} on ${transport.hostLabel}: ${parsed.error.message}`,
    );
  }
  return parsed.data.content_hash;
}

/** Upstream's reuse rule; `undefined` remote means no marker yet. */
function ready(
  local: string | null,
  remote: string | null | undefined,
  remoteDir: string,
  host: string,
): boolean {
  if (remote === undefined) return false;
  if (local === null) return true;
  if (remote === null) {
    throw new PikaciError(
      `remote snapshot at ${remoteDir} on ${host} is missing content hash ${local}; refusing ambiguous reuse`,
      { hint: `remove ${remoteDir} on ${host} if it is stale` },
    );
  }
  if (remote !== local) {
    throw new PikaciError(
      `remote snapshot hash mismatch at ${remoteDir} on ${host} (expected ${local}, got ${remote})`,
      {
        hint: `another writer published different content under this hash; inspect ${remoteDir} on ${host}`,
      },
    );
  }
  return true;
}

export async function syncSnapshot(transport: Transport, options: SyncOptions): Promise<SyncResult> {
  const { localDir, remoteDir, log } = options;
  const host = transport.hostLabel;
  const local = (await readSnapshotMetadata(localDir)).content_hash;
  const reuseLine = `[pikaci] remote snapshot already available at ${remoteDir}${local ? ` (content hash ${local})` : ''}`;

  if (ready(local, await readRemoteHash(transport, remoteDir), remoteDir, host)) {
    log(reuseLine);
    return { action: 'reused', contentHash: local };
  }

  const parent = posix.dirname(remoteDir);
  const staging = posix.join(parent, `.pikaci-sync-snapshot-${process.pid}-${process.hrtime.bigint()}`);
  log(`[pikaci] sync snapshot ${localDir} -> ${host}:${remoteDir}`);
  await mustCapture(
    transport,
    'prepare remote snapshot staging dir',
    shArgv(
      `set -eu; mkdir -p ${shellQuote(parent)}; rm -rf ${shellQuote(staging)}; mkdir -p ${shellQuote(staging)}`,
    ),
  );

  // The tar stream is produced as the remote side reads it: nothing is staged in memory or on disk.
  const tarStream = Readable.from(createTar({ cwd: localDir, portable: true }, ['.']));
  let localError: unknown;
  tarStream.on('error', (error: unknown) => {
    localError = error;
  });
  const upload = await capture(transport, ['tar', '-C', staging, '-xf', '-'], {
    stdin: tarStream,
    signal: options.signal,
  });
  if (localError !== undefined || upload.exitCode !== 0) {
    await capture(transport, shArgv(`rm -rf ${shellQuote(staging)}`));
    const local = localError === undefined ? 'ok' : String(localError);
    throw new PikaciError(
      `sync snapshot to ${host} failed (local tar: ${local}; remote tar: ${describeExit(upload)})${
        upload.stderr.trim() ? `: ${upload.stderr.trim()}` : ''
      }`,
    );
  }

  // `mv -T` never moves the staging dir *into* a directory that appeared meanwhile.
  const q = { staging: shellQuote(staging), target: shellQuote(remoteDir) };
  await mustCapture(
    transport,
    'finalize remote snapshot sync',
    shArgv(
      `if [ -e ${q.target} ]; then rm -rf ${q.staging}; ` +
        `elif mv -T ${q.staging} ${q.target} 2>/dev/null; then :; ` +
        `elif [ -e ${q.target} ]; then rm -rf ${q.staging}; else rm -rf ${q.staging}; exit 1; fi`,
    ),
  );

  const published = await readRemoteHash(transport, remoteDir);
  if (published === undefined) {
    throw new PikaciError(
      `remote snapshot at ${remoteDir} on ${host} is still missing a ready marker after publish; refusing ambiguous reuse`,
    );
  }
  ready(local, published, remoteDir, host);
  return { action: 'uploaded', contentHash: local };
}
