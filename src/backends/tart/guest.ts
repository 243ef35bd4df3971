/**
 * What the Tart backend runs inside a macOS guest (docs/guest-protocol.md "Host side"; upstream
 * docs/upstream.md, executor 6 steps 7, 11 and 12). The guest runner is the unchanged
 * `pikaci-incus-run`; macOS's sealed system volume has no `/run` and no `/workspace`, so it runs with
 * its root prefix (`PIKACI_GUEST_TEST_ROOT`) set to `TART_GUEST_ROOT` on the guest's own disk, and the
 * request names the workspace share as its working directory.
 */
import { posix } from 'node:path';
import { GUEST_PATHS } from '../../guest/index.js';
import { shellQuote } from '../../util/index.js';

/** Where macOS mounts named `--dir` shares (Tart's default automount tag). */
export const SHARED_FILES = '/Volumes/My Shared Files';
/** The guest runner's root prefix inside the VM: on the VM's own disk, gone with the VM. */
export const TART_GUEST_ROOT = '/private/tmp/pikaci';
/** The guest runner's lifecycle files (`/run/pika-cloud` under the root prefix). */
export const TART_STATE_DIR = posix.join(TART_GUEST_ROOT, GUEST_PATHS.runtimeStateDir);
export const TART_REQUEST = posix.join(TART_GUEST_ROOT, GUEST_PATHS.request);
export const TART_REQUEST_ENV = posix.join(TART_GUEST_ROOT, GUEST_PATHS.requestEnv);
export const TART_RUNNER = posix.join(TART_GUEST_ROOT, GUEST_PATHS.pushedRunner);

export const WORKSPACE_SHARE = 'workspace';
export const ARTIFACTS_SHARE = 'artifacts';
export const RUST_TOOLCHAIN_SHARE = 'rust-toolchain';
export const XCODE_TAG = 'pikaci-xcode';
export const LIBRARY_DEVELOPER_TAG = 'pikaci-library-developer';
export const NIX_STORE_TAG = 'pikaci-nix-store';

export const GUEST_XCODE_APP = '/Applications/Xcode.app';
export const GUEST_LIBRARY_DEVELOPER = '/Library/Developer';
export const GUEST_NIX_STORE = '/nix/store';

/** `/Volumes/My Shared Files/<name>`. */
export function sharedPath(name: string): string {
  return `${SHARED_FILES}/${name}`;
}

/** `test -L /nix -o -d /nix` (upstream step 11): is the synthetic /nix mountpoint there? */
export const NIX_CHECK = ['bash', '-lc', 'test -L /nix -o -d /nix'];

/**
 * Upstream's synthetic /nix bootstrap (step 11): the data-volume directory and an
 * `/etc/synthetic.conf` line `nix<TAB>System/Volumes/Data/nix`, which macOS turns into `/nix` at the
 * next boot.
 */
export const NIX_BOOTSTRAP = [
  'bash',
  '-lc',
  [
    'set -euo pipefail',
    'sudo mkdir -p /System/Volumes/Data/nix/store',
    "if ! grep -qE '^nix[[:space:]]' /etc/synthetic.conf 2>/dev/null; then",
    "  printf 'nix\\tSystem/Volumes/Data/nix\\n' | sudo tee -a /etc/synthetic.conf >/dev/null",
    'fi',
    'sync',
  ].join('\n'),
];

/** `mount_virtiofs <tag> <dir>` unless `dir` is already a mountpoint (upstream step 12.3 and 12.5). */
function mountTagged(tag: string, dir: string): string[] {
  return [
    `mkdir -p ${shellQuote(dir)}`,
    `mount | grep -F ${shellQuote(` on ${dir} `)} >/dev/null || mount_virtiofs ${shellQuote(tag)} ${shellQuote(dir)}`,
  ];
}

export interface GuestPrepare {
  hostXcode: boolean;
  /** The host has /Library/Developer to share with the Xcode app (a Mac with Xcode usually has). */
  libraryDeveloper: boolean;
  hostToolchain: boolean;
}

/**
 * The one guest command before the runner, as root (`sudo -n sh -c <script> sh <json bytes> <env
 * bytes>`): it writes the request pair and the runner from stdin (the pair carries the job's
 * secrets: stdin, never argv), then mounts the tagged shares the job uses.
 */
export function prepareGuestScript(options: GuestPrepare): string {
  return [
    'set -eu',
    `mkdir -p ${shellQuote(TART_STATE_DIR)} ${shellQuote(posix.dirname(TART_RUNNER))}`,
    `dd of=${shellQuote(TART_REQUEST)} bs=1 count="$1" 2>/dev/null`,
    `dd of=${shellQuote(TART_REQUEST_ENV)} bs=1 count="$2" 2>/dev/null`,
    `cat > ${shellQuote(TART_RUNNER)}`,
    `chmod 755 ${shellQuote(TART_RUNNER)}`,
    ...(options.hostXcode
      ? [
          ...mountTagged(XCODE_TAG, GUEST_XCODE_APP),
          ...(options.libraryDeveloper ? mountTagged(LIBRARY_DEVELOPER_TAG, GUEST_LIBRARY_DEVELOPER) : []),
          'killall -9 com.apple.CoreSimulator.CoreSimulatorService >/dev/null 2>&1 || true',
        ]
      : []),
    ...(options.hostToolchain ? mountTagged(NIX_STORE_TAG, GUEST_NIX_STORE) : []),
  ].join('\n');
}

/** The runner's command in the guest: root, with its root prefix. */
export function runnerArgv(): string[] {
  return ['sudo', '-n', 'env', `PIKACI_GUEST_TEST_ROOT=${TART_GUEST_ROOT}`, 'sh', TART_RUNNER, TART_REQUEST];
}

/**
 * The command's environment on macOS (upstream step 12.4, 12.7, 12.8): the host's Xcode, the shared
 * Rust toolchain, Homebrew (with GNU coreutils' unprefixed names, which the guest runner's `timeout`
 * needs, when Homebrew's coreutils is installed) and the system paths on `PATH`; macOS's CA bundle.
 * The job's own variables go on top.
 */
export function guestEnvironment(options: GuestPrepare): Record<string, string> {
  const developerDir = `${GUEST_XCODE_APP}/Contents/Developer`;
  const path = [
    ...(options.hostXcode ? [`${developerDir}/usr/bin`] : []),
    ...(options.hostToolchain ? [`${sharedPath(RUST_TOOLCHAIN_SHARE)}/bin`] : []),
    '/opt/homebrew/opt/coreutils/libexec/gnubin',
    '/opt/homebrew/bin',
    '/usr/local/bin',
    '/usr/bin',
    '/bin',
    '/usr/sbin',
    '/sbin',
  ].join(':');
  const ca = '/etc/ssl/cert.pem';
  return {
    PATH: path,
    SSL_CERT_FILE: ca,
    NIX_SSL_CERT_FILE: ca,
    CURL_CA_BUNDLE: ca,
    CARGO_HTTP_CAINFO: ca,
    ...(options.hostXcode ? { DEVELOPER_DIR: developerDir } : {}),
  };
}
