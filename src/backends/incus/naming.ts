/**
 * Names the Incus backend derives from run and mount data (docs/upstream.md, executor 3.2, 4.3, 4.4). These are
 * part of the contract with upstream tooling, so each algorithm is reproduced exactly.
 */
import { createHash } from 'node:crypto';

/** `pikaci-` + the first 12 hex chars of sha256("<run_id>:<job_id>"). */
export function instanceName(runId: string, jobId: string): string {
  return `pikaci-${createHash('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 12)}`;
}

/** Lower-case ASCII alphanumerics, everything else `-`, outer dashes trimmed (runs are kept). */
export function sanitizeDeviceComponent(value: string): string {
  let mapped = '';
  for (const char of value) mapped += /^[A-Za-z0-9]$/.test(char) ? char.toLowerCase() : '-';
  return mapped.replace(/^-+|-+$/g, '');
}

/** Device name for a mount declared by a payload manifest: at most 20 chars of `[a-z0-9-]`. */
export function declaredPayloadDeviceName(manifestKind: string, mountName: string): string {
  const prefix = sanitizeDeviceComponent(manifestKind);
  const candidate = `pk-${prefix}-${sanitizeDeviceComponent(mountName)}`;
  if (candidate.length <= 20) return candidate;
  const digest = createHash('sha256').update(candidate, 'utf8').digest('hex').slice(0, 8);
  return `pk-${prefix.slice(0, 8)}-${digest}`;
}

export const MOUNT_KIND_LABELS = {
  persistent_volume: 'persist',
  read_only_snapshot: 'snapshot',
  artifact_output: 'artifact',
  cache: 'cache',
} as const;
export type MountKind = keyof typeof MOUNT_KIND_LABELS;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const U64 = (1n << 64n) - 1n;

/** 64-bit FNV-1a over the UTF-8 bytes. */
export function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & U64;
  }
  return hash;
}

/** Device name of a plan mount (the snapshot disk): `pk-<label[0..6]>-<low 32 bits of FNV-1a>`. */
export function mountDeviceName(kind: MountKind, source: string, guestPath: string): string {
  const label = MOUNT_KIND_LABELS[kind];
  const seed = `${label}-${sanitizeDeviceComponent(source)}-${sanitizeDeviceComponent(guestPath)}`;
  const digest = (fnv1a64(seed) & 0xffffffffn).toString(16).padStart(8, '0');
  return `pk-${label.slice(0, 6)}-${digest}`;
}
