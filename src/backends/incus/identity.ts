/**
 * The Incus part of a pass key on one host (README "Skipping lanes that already passed"): how
 * instances are made there and the fingerprint the image alias names, looked up as the backend
 * checks it before it creates an instance (`image list <alias> --format json`, the record whose
 * aliases name it).
 */
import type { IdentityHost, RuntimeIdentityPart } from '../../runtime/index.js';
import { capture, describeExit } from '../../transport/index.js';
import { errorMessage, PikaciError } from '../../util/index.js';
import { incusArgv } from './cli.js';
import type { IncusHostConfig } from './config.js';

export async function incusIdentity(
  config: IncusHostConfig,
  host: IdentityHost,
): Promise<RuntimeIdentityPart> {
  const transport = await host.transport();
  const argv = incusArgv(config, ['image', 'list'], config.image, '--format', 'json');
  const listed = await capture(transport, argv, host.signal ? { signal: host.signal } : {}).catch(
    (error: unknown) => {
      throw new PikaciError(
        `cannot run the Incus CLI \`${config.cli}\` on ${transport.hostLabel}: ${errorMessage(error)}`,
      );
    },
  );
  if (listed.exitCode !== 0) {
    throw new PikaciError(
      `listing Incus images in project \`${config.project}\` on ${transport.hostLabel} failed (${describeExit(listed)}): ${listed.stderr.trim()}`,
    );
  }
  let images: Array<{ fingerprint?: unknown; aliases?: Array<{ name?: unknown }> }>;
  try {
    images = JSON.parse(listed.stdout) as typeof images;
  } catch (error) {
    throw new PikaciError(`decode the Incus image list from ${transport.hostLabel}: ${errorMessage(error)}`);
  }
  const matching = images.filter((image) => image.aliases?.some((alias) => alias.name === config.image));
  const fingerprint = matching.length === 1 ? matching[0]!.fingerprint : undefined;
  if (typeof fingerprint !== 'string' || fingerprint === '') {
    throw new PikaciError(
      `Incus image \`${config.image}\` ${matching.length === 0 ? 'is not available' : 'is ambiguous'} in project \`${config.project}\` on ${transport.hostLabel}`,
    );
  }
  return {
    value: {
      cli: config.cli,
      project: config.project,
      profiles: config.profiles,
      image: config.image,
      fingerprint,
      instance_type: config.instance_type,
      storage_pool: config.storage_pool ?? null,
      limits: config.limits,
    },
    summary: `incus ${config.project}/${config.image} ${fingerprint.slice(0, 12)} ${config.instance_type}`,
    imageDigest: fingerprint,
  };
}
