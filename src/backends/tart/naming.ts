/**
 * The name of a job's Tart VM. Tart has no labels, so the name is the only handle `pikaci gc` has:
 * it carries the whole run id (upstream kept 12 characters, so two runs of one job in the same ten
 * minutes collided; docs/upstream.md, executor 6 step 4) and the job id.
 */
import { createHash } from 'node:crypto';

export const VM_NAME_PREFIX = 'pikaci-';

/** Upstream's sanitiser: every character but ASCII letters, digits and `-` becomes `-`. */
export function sanitizeVmComponent(value: string): string {
  return value.replace(/[^A-Za-z0-9-]/g, '-');
}

/**
 * `pikaci-<run id>-<job id>`, sanitised. When sanitising changed anything (job ids may hold `.` and
 * `_`, so `a.b` and `a_b` would meet as `a-b`), 8 hex of sha256("<run>:<job>") are appended.
 */
export function vmName(runId: string, jobId: string): string {
  const plain = `${VM_NAME_PREFIX}${runId}-${jobId}`;
  const sanitized = `${VM_NAME_PREFIX}${sanitizeVmComponent(runId)}-${sanitizeVmComponent(jobId)}`;
  if (sanitized === plain) return plain;
  return `${sanitized}-${createHash('sha256').update(`${runId}:${jobId}`).digest('hex').slice(0, 8)}`;
}

/** The run id a VM name carries (`pikaci-<YYYYMMDDTHHMMSSZ-8 hex>-…`), or null for any other name. */
export function runIdOfVm(name: string): string | null {
  const match = /^pikaci-(\d{8}T\d{6}Z-[0-9a-f]{8})-./.exec(name);
  return match ? match[1]! : null;
}

/** The OCI digest in a base VM name such as `ghcr.io/cirruslabs/macos-sequoia-base@sha256:…`; Tart reports none for a local VM. */
export function baseVmDigest(base: string): string | null {
  const match = /@(sha256:[0-9a-f]{64})$/.exec(base);
  return match ? match[1]! : null;
}
