/**
 * A realized output, checked and handed over on the host that holds it (README "Staged payloads"),
 * through that host's transport: the path is resolved there (`realpath`, not a prefix check) and
 * must be a store path; its payload manifest is read there and every mount it declares must
 * resolve inside the output; the jobs' exposure symlinks are made there, each atomically. Nothing
 * is copied between hosts: a path the host does not have is an error.
 *
 * Each remote command costs a round trip and a login shell on the host, so what belongs together
 * is one script: looking up an earlier realization and inspecting it (`INSPECT_SCRIPT`), and making
 * the exposures with remembering the realization (`EXPOSE_SCRIPT`). The checks stay here, in
 * TypeScript, between the two: nothing is exposed before they pass.
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

/**
 * `$1` the output, or empty to take it from the marker `$2.out` (a symlink to the store path, with
 * `$2.json` beside it); `$3` the manifest's path inside the output; then the `nix` argv. Prints
 * `marker <json>`, `path <its store path>` and `valid`/`invalid <path>` for a marker, then `root <resolved>` or `missing`,
 * then `manifest <resolved>` and the manifest's text when there is one.
 */
const INSPECT_SCRIPT = [
  'set -u',
  'p=$1 m=$2 rel=$3',
  'shift 3',
  'if [ -z "$p" ]; then',
  '  [ -f "$m.json" ] && p=$(readlink -- "$m.out") || exit 0',
  '  printf \'marker %s\\n\' "$(cat -- "$m.json")"',
  '  printf \'path %s\\n\' "$p"',
  '  if "$@" path-info -- "$p" >/dev/null 2>&1; then echo valid; else printf \'invalid %s\\n\' "$p"; exit 0; fi',
  'fi',
  'root=$(realpath -e -- "$p" 2>/dev/null) || { echo missing; exit 0; }',
  'printf \'root %s\\n\' "$root"',
  'if [ -f "$p/$rel" ]; then',
  '  manifest=$(realpath -e -- "$p/$rel") || exit 1',
  '  printf \'manifest %s\\n\' "$manifest"',
  '  cat -- "$p/$rel"',
  'fi',
].join('\n');

/**
 * `$1` the target, `$2` a marker to remember it under (or empty; its JSON on stdin), then the
 * symlinks to point at it: each is made beside its place and renamed over it, so a job never sees a
 * half-made link; a real directory in the way is an error, not replaced.
 */
const EXPOSE_SCRIPT = [
  'set -eu',
  'target=$1 marker=$2',
  'shift 2',
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
  'if [ -n "$marker" ]; then',
  '  mkdir -p -- "$(dirname -- "$marker")"',
  '  cat > "$marker.json.tmp-$$"',
  '  rm -f -- "$marker.out.tmp-$$"',
  '  ln -s -- "$target" "$marker.out.tmp-$$"',
  '  mv -fT -- "$marker.out.tmp-$$" "$marker.out"',
  '  mv -f -- "$marker.json.tmp-$$" "$marker.json"',
  'fi',
].join('\n');

/** What the host said about an output (and the marker it was found by). */
export interface Inspection {
  /** The marker's JSON text and the store path its `.out` link names, when looked up by marker. */
  marker?: string;
  path?: string;
  /** Looked up by marker, and the marker's store path is not valid in the host's Nix store. */
  invalid?: string;
  /** The output resolved on the host, or `missing`. Absent: no marker. */
  root?: string;
  manifestPath?: string;
  manifestText?: string;
}

/** Inspect `out` on the host, or (`out` null) the output remembered by `markerBase`. */
export async function inspectOnHost(
  transport: Transport,
  options: { out: string | null; markerBase: string; nixArgv: readonly string[]; signal: AbortSignal },
): Promise<Inspection> {
  const { out } = options;
  const read = await mustCapture(
    transport,
    out === null ? `look up ${options.markerBase}` : `inspect prepared output ${out}`,
    [
      'sh',
      '-c',
      INSPECT_SCRIPT,
      'sh',
      out ?? '',
      options.markerBase,
      PAYLOAD_MANIFEST_RELATIVE_PATH,
      ...options.nixArgv,
    ],
    { signal: options.signal },
  );
  const inspection: Inspection = {};
  const lines = read.stdout.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const space = line.indexOf(' ');
    const [key, value] = space === -1 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)];
    if (key === 'marker') inspection.marker = value;
    else if (key === 'path') inspection.path = value;
    else if (key === 'invalid') inspection.invalid = value;
    else if (key === 'missing') inspection.root = 'missing';
    else if (key === 'root') inspection.root = value;
    else if (key === 'manifest') {
      inspection.manifestPath = value;
      inspection.manifestText = lines.slice(index + 1).join('\n');
      break;
    }
  }
  return inspection;
}

function notAStorePath(installable: string, problem: string): PikaciError {
  return new PikaciError(`nix build ${installable} returned an output that is not a store path: ${problem}`, {
    hint: 'a prepared output must be the /nix/store path of the built derivation; check the flake output',
  });
}

/**
 * The checks on what the host said about `out`: a store path, also once resolved there; a payload
 * manifest inside it that parses and whose mounts stay inside the output once resolved there (only
 * mounts of a subdirectory cost another round trip). Throws before anything is exposed.
 */
export async function checkOutput(
  transport: Transport,
  out: string,
  inspection: Inspection,
  installable: string,
  signal: AbortSignal,
): Promise<PayloadManifest> {
  const host = transport.hostLabel;
  const problem = storePathProblem(out);
  if (problem !== undefined) throw notAStorePath(installable, problem);
  const root = inspection.root;
  if (root === undefined || root === 'missing') {
    throw new PikaciError(
      `nix build ${installable} reported ${out}, but it does not exist on ${host}; refusing to copy it from another host`,
      { hint: 'a staged output is built and used on the host its jobs run on; check the Nix store there' },
    );
  }
  const resolvedProblem = storePathProblem(root);
  if (resolvedProblem !== undefined) {
    throw notAStorePath(installable, `\`${out}\` resolves to ${resolvedProblem}`);
  }
  const manifestPath = posix.join(out, PAYLOAD_MANIFEST_RELATIVE_PATH);
  if (inspection.manifestPath === undefined || inspection.manifestText === undefined) {
    throw new PikaciError(`missing payload manifest ${manifestPath} on ${host}`, {
      hint: 'a staged output declares its guest mounts in share/pikaci/payload-manifest.json (see nix/ci/linux-rust.nix)',
    });
  }
  assertWithinRoot(root, inspection.manifestPath, 'payload manifest');
  const manifest = parsePayloadManifest(inspection.manifestText, `${manifestPath} on ${host}`);
  const elsewhere = planDeclaredMounts(root, manifest).filter((mount) => mount.source !== root);
  if (elsewhere.length > 0) {
    const resolved = await capture(transport, ['realpath', '-e', '--', ...elsewhere.map((m) => m.source)], {
      signal,
    });
    const lines = resolved.stdout.split('\n');
    if (resolved.exitCode !== 0 || lines.length < elsewhere.length) {
      throw new PikaciError(
        `a payload mount of ${root} does not resolve on ${host} (${describeExit(resolved)}): ${resolved.stderr.trim()}`,
        { hint: 'every mount in share/pikaci/payload-manifest.json must name a directory inside the output' },
      );
    }
    elsewhere.forEach((mount, index) => assertWithinRoot(root, lines[index]!, mount.deviceName));
  }
  return manifest;
}

/**
 * Point every `links` at `target` on the host, each replaced atomically, and when `remember` is
 * given write its marker (the JSON, and a `.out` symlink to `target`) in the same round trip.
 */
export async function exposeOnHost(
  transport: Transport,
  target: string,
  links: readonly string[],
  remember: { markerBase: string; json: string } | null,
  signal: AbortSignal,
): Promise<void> {
  if (links.length === 0 && remember === null) return;
  await mustCapture(
    transport,
    `expose ${target}`,
    ['sh', '-c', EXPOSE_SCRIPT, 'sh', target, remember?.markerBase ?? '', ...links],
    { signal, stdin: remember?.json ?? '' },
  );
}
