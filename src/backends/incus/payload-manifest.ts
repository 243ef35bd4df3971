/**
 * The declared payload-mount protocol (docs/upstream.md, executor 4): a prepared output carries
 * `share/pikaci/payload-manifest.json` naming the directories to mount into the guest. A manifest is
 * untrusted input: its mounts must stay inside the payload root and land on normalized guest paths.
 */
import { posix } from 'node:path';
import { safeParse, z } from '../../schema/index.js';
import { PreparedOutputPayloadManifestRecordSchema } from '../../records/index.js';
import { PikaciError } from '../../util/index.js';
import { declaredPayloadDeviceName } from './naming.js';

export const PAYLOAD_MANIFEST_RELATIVE_PATH = 'share/pikaci/payload-manifest.json';

/** The manifest schema is the prepared-outputs record's: one contract for producer, record and executor. */
const PayloadManifestSchema = PreparedOutputPayloadManifestRecordSchema;
export type PayloadManifest = z.infer<typeof PayloadManifestSchema>;
export type PayloadMount = PayloadManifest['mounts'][number];

export function parsePayloadManifest(text: string, where: string): PayloadManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PikaciError(`decode ${where}: ${(error as Error).message}`, { where });
  }
  const parsed = safeParse(PayloadManifestSchema, json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new PikaciError(`decode ${where}: ${issues}`, { where });
  }
  return parsed.data;
}

/**
 * `/nix/store/<hash>-<name>`, optionally followed by a path inside it: the hash is 32 characters of
 * Nix's base-32 alphabet (no `e`, `o`, `t`, `u`), the name uses Nix's store-name characters and does
 * not start with `.`.
 */
const STORE_PATH = /^\/nix\/store\/[0-9a-df-np-sv-z]{32}-(?!\.)[A-Za-z0-9+\-._?=]+(\/.*)?$/;

/**
 * Why `path` is not a direct Nix store path (or a path inside one), or undefined when it is. It must
 * already be normal: `/nix/store/../../tmp/x` starts with `/nix/store/` but names `/tmp/x`.
 */
export function storePathProblem(path: string): string | undefined {
  if (posix.normalize(path) !== path || path.endsWith('/')) {
    return `\`${path}\` is not a normalized absolute path (it has \`.\`, \`..\`, \`//\` or a trailing \`/\`)`;
  }
  if (!STORE_PATH.test(path)) {
    return `\`${path}\` is not a Nix store path \`/nix/store/<32-character hash>-<name>\``;
  }
  return undefined;
}

/** Path components as Rust's `Path::components()` sees them: `.` and empty parts dropped. */
function components(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

/** Upstream validation (docs/upstream.md, executor 4), with the messages upstream prints. */
export function validateDeclaredPayloadMount(root: string, mount: PayloadMount): void {
  if (mount.name.trim() === '') {
    throw new PikaciError(`invalid payload mount for ${root}: empty mount name`);
  }
  if (mount.relative_path.startsWith('/') || components(mount.relative_path).includes('..')) {
    throw new PikaciError(
      `invalid payload mount \`${mount.name}\` for ${root}: relative_path must stay within the payload root`,
    );
  }
  if (!mount.guest_path.startsWith('/') || components(mount.guest_path).includes('..')) {
    throw new PikaciError(
      `invalid payload mount \`${mount.name}\` for ${root}: guest_path must be an absolute normalized path`,
    );
  }
}

/** `""` and `"."` mean the payload root itself. */
export function payloadMountSource(root: string, mount: PayloadMount): string {
  const relative = components(mount.relative_path);
  return relative.length === 0 ? root : posix.join(root, ...relative);
}

/**
 * A resolved (`readlink -f`) source must still be the resolved root or lie below it: a symlink inside
 * the payload must not smuggle a host directory into the guest.
 */
export function assertWithinRoot(resolvedRoot: string, resolvedSource: string, mountName: string): void {
  const root = resolvedRoot.endsWith('/') ? resolvedRoot : `${resolvedRoot}/`;
  if (resolvedSource !== resolvedRoot && !resolvedSource.startsWith(root)) {
    throw new PikaciError(
      `invalid payload mount \`${mountName}\`: its source resolves to ${resolvedSource}, outside the payload root ${resolvedRoot}`,
      { hint: 'payload mounts may only expose directories inside the prepared output' },
    );
  }
}

export interface DeclaredMountPlan {
  deviceName: string;
  source: string;
  guestPath: string;
  readOnly: boolean;
}

/** Validate every mount of a manifest before any device is added; unique guest paths and devices. */
export function planDeclaredMounts(root: string, manifest: PayloadManifest): DeclaredMountPlan[] {
  const plans = manifest.mounts.map((mount) => {
    validateDeclaredPayloadMount(root, mount);
    return {
      deviceName: declaredPayloadDeviceName(manifest.kind, mount.name),
      source: payloadMountSource(root, mount),
      guestPath: posix.normalize(mount.guest_path),
      readOnly: mount.read_only,
    };
  });
  const seen = new Set<string>();
  for (const plan of plans) {
    for (const key of [`device ${plan.deviceName}`, `guest path ${plan.guestPath}`]) {
      if (seen.has(key)) throw new PikaciError(`payload manifest for ${root} declares ${key} twice`);
      seen.add(key);
    }
  }
  return plans;
}
