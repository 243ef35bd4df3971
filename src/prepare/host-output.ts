/**
 * A realized output, checked and handed over on the host that holds it (README "Staged payloads"),
 * through that host's transport: the path is resolved there (`realpath`, not a prefix check) and
 * must be a store path; its payload manifest is read there and every mount it declares must
 * resolve inside the output; the jobs' exposure symlinks are made there, each atomically. Nothing
 * is copied between hosts: a path the host does not have is an error.
 */
import { posix } from 'node:path';
import {
  assertWithinRoot,
  parsePayloadManifest,
  PAYLOAD_MANIFEST_RELATIVE_PATH,
  planDeclaredMounts,
  storePathProblem,
  type PayloadManifest,
} from '../backends/incus/index.js';
import { capture, describeExit, mustCapture, type Transport } from '../transport/index.js';
import { PikaciError } from '../util/index.js';

/** `$1` the output, `$2` the manifest's path inside it: the resolved output, then the manifest if any. */
const INSPECT_SCRIPT = [
  'set -u',
  'root=$(realpath -e -- "$1" 2>/dev/null) || { echo missing; exit 0; }',
  'printf \'root %s\\n\' "$root"',
  'if [ -f "$1/$2" ]; then',
  '  manifest=$(realpath -e -- "$1/$2") || exit 1',
  '  printf \'manifest %s\\n\' "$manifest"',
  '  cat -- "$1/$2"',
  'fi',
].join('\n');

/**
 * `$1` the target, then the symlinks to point at it: each is made beside its place and renamed over
 * it, so a job never sees a half-made link; a real directory in the way is an error, not replaced.
 */
const EXPOSE_SCRIPT = [
  'set -eu',
  'target=$1',
  'shift',
  'for link in "$@"; do',
  '  if [ -d "$link" ] && [ ! -L "$link" ]; then',
  '    echo "a directory is in the way at $link" >&2',
  '    exit 3',
  '  fi',
  '  mkdir -p -- "$(dirname -- "$link")"',
  '  tmp="$link.pikaci-tmp-$$"',
  '  rm -f -- "$tmp"',
  '  ln -s -- "$target" "$tmp"',
  '  mv -fT -- "$tmp" "$link"',
  'done',
].join('\n');

export interface CheckedOutput {
  /** The store path Nix reported, as recorded and exposed. */
  path: string;
  manifest: PayloadManifest;
}

function notAStorePath(out: string, installable: string, problem: string): PikaciError {
  return new PikaciError(`nix build ${installable} returned an output that is not a store path: ${problem}`, {
    hint: 'a prepared output must be the /nix/store path of the built derivation; check the flake output',
  });
}

/**
 * Check `out` on the host: a store path there, also once resolved; a payload manifest that parses and
 * whose mounts stay inside the output, resolved on the host. Throws before anything is exposed.
 */
export async function checkOutputOnHost(
  transport: Transport,
  out: string,
  installable: string,
  signal: AbortSignal,
): Promise<CheckedOutput> {
  const host = transport.hostLabel;
  const problem = storePathProblem(out);
  if (problem !== undefined) throw notAStorePath(out, installable, problem);

  const inspected = await mustCapture(
    transport,
    `inspect prepared output ${out}`,
    ['sh', '-c', INSPECT_SCRIPT, 'sh', out, PAYLOAD_MANIFEST_RELATIVE_PATH],
    { signal },
  );
  const [first = '', second = '', ...rest] = inspected.stdout.split('\n');
  if (first === 'missing') {
    throw new PikaciError(
      `nix build ${installable} reported ${out}, but it does not exist on ${host}; refusing to copy it from another host`,
      {
        hint: 'a staged output is built and used on the host its jobs run on; check the Nix store on that host',
      },
    );
  }
  const root = first.startsWith('root ') ? first.slice('root '.length) : '';
  const resolvedProblem = storePathProblem(root);
  if (resolvedProblem !== undefined) {
    throw notAStorePath(out, installable, `\`${out}\` resolves to ${resolvedProblem}`);
  }

  const manifestPath = posix.join(out, PAYLOAD_MANIFEST_RELATIVE_PATH);
  if (!second.startsWith('manifest ')) {
    throw new PikaciError(`missing payload manifest ${manifestPath} on ${host}`, {
      hint: 'a staged output declares its guest mounts in share/pikaci/payload-manifest.json (see nix/ci/linux-rust.nix)',
    });
  }
  assertWithinRoot(root, second.slice('manifest '.length), 'payload manifest');
  const manifest = parsePayloadManifest(rest.join('\n'), `${manifestPath} on ${host}`);
  await checkMountsOnHost(transport, root, manifest, signal);
  return { path: out, manifest };
}

/** Every declared mount validated, then its source resolved on the host and kept inside the output. */
async function checkMountsOnHost(
  transport: Transport,
  root: string,
  manifest: PayloadManifest,
  signal: AbortSignal,
): Promise<void> {
  const mounts = planDeclaredMounts(root, manifest);
  if (mounts.length === 0) return;
  const resolved = await capture(transport, ['realpath', '-e', '--', ...mounts.map((m) => m.source)], {
    signal,
  });
  const lines = resolved.stdout.split('\n');
  if (resolved.exitCode !== 0 || lines.length < mounts.length) {
    throw new PikaciError(
      `a payload mount of ${root} does not resolve on ${transport.hostLabel} (${describeExit(resolved)}): ${resolved.stderr.trim()}`,
      { hint: 'every mount in share/pikaci/payload-manifest.json must name a directory inside the output' },
    );
  }
  mounts.forEach((mount, index) => assertWithinRoot(root, lines[index]!, mount.deviceName));
}

/** Point every `links` at `target` on the host, each replaced atomically. */
export async function exposeOnHost(
  transport: Transport,
  target: string,
  links: readonly string[],
  signal: AbortSignal,
): Promise<void> {
  if (links.length === 0) return;
  await mustCapture(transport, `expose ${target}`, ['sh', '-c', EXPOSE_SCRIPT, 'sh', target, ...links], {
    signal,
  });
}
