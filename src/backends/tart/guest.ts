/**
 * What the Tart backend runs inside a macOS guest (docs/guest-protocol.md "Host side"; upstream
 * docs/upstream.md, executor 6 steps 7, 11 and 12). The guest runner is the unchanged
 * `pikaci-incus-run`; macOS's sealed system volume has no `/run` and no `/workspace`, so it runs with
 * its root prefix (`PIKACI_GUEST_ROOT`) set to `TART_GUEST_ROOT` on the guest's own disk, and the
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
/** Where the guest gets the tools the runner needs and macOS lacks (`GUEST_TOOLS`); last on PATH. */
export const TART_TOOLS_DIR = posix.join(TART_GUEST_ROOT, 'run/pikaci/bin');
/** The user the guest runner switches to (docs/guest-protocol.md "Paths"; uid 1000). */
const GUEST_USER = 'pikaci';

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

/**
 * What the guest runner needs (docs/guest-protocol.md "Paths") and a stock macOS lacks: GNU `timeout`
 * and `sha256sum` (Homebrew's coreutils has them, unprefixed only in its gnubin) and a user switch
 * (`runuser` or `setpriv`; macOS's `su` has no `-s`). Each is written to `TART_TOOLS_DIR` only when
 * the guest has none, so real tools win; they behave as the runner expects of the real ones.
 */
const GUEST_TOOLS: ReadonlyArray<{ name: string; needed: string; text: string }> = [
  {
    name: 'timeout',
    needed: 'timeout',
    // GNU timeout's contract as the runner uses it: its own process group, TERM to the group when
    // time is up and exit 124 then; the command's status (128+signal) otherwise.
    text: `#!/usr/bin/perl
# timeout SECONDS COMMAND... (pikaci-action's stand-in for GNU timeout in a macOS guest)
use strict; use warnings; use POSIX ();
my $secs = shift @ARGV;
setpgrp(0, 0);
my $pid = fork();
die "timeout: fork: $!\n" unless defined $pid;
if ($pid == 0) { exec { $ARGV[0] } @ARGV; print STDERR "timeout: $ARGV[0]: $!\n"; POSIX::_exit(127); }
my $timed_out = 0;
$SIG{ALRM} = sub { $timed_out = 1; local $SIG{TERM} = 'IGNORE'; kill 'TERM', -$$; };
alarm $secs;
while (waitpid($pid, 0) == -1) { last unless $!{EINTR}; }
my $status = $?;
exit 124 if $timed_out;
exit(($status & 127) ? 128 + ($status & 127) : $status >> 8);
`,
  },
  {
    name: 'sha256sum',
    needed: 'sha256sum',
    text: `#!/bin/sh
# sha256sum (pikaci-action's stand-in in a macOS guest): shasum -a 256, the same output
exec shasum -a 256 "$@"
`,
  },
  {
    name: 'runuser',
    needed: 'runuser setpriv',
    // The one form the runner uses: runuser -u <user> -m -- <command...>; sudo keeps the environment.
    text: `#!/bin/sh
# runuser -u USER -m -- COMMAND... (pikaci-action's stand-in in a macOS guest)
if [ "$#" -lt 5 ] || [ "$1" != -u ] || [ "$3" != -m ] || [ "$4" != -- ]; then
  echo "runuser: only 'runuser -u USER -m -- COMMAND...' is supported here" >&2
  exit 125
fi
user=$2
shift 4
exec sudo -n -E -u "$user" -- env PATH="$PATH" "$@"
`,
  },
];

/** Writes each `GUEST_TOOLS` entry the guest has none of; adds the runner's user where macOS keeps users (dscl). */
function guestToolsScript(): string[] {
  const dir = shellQuote(TART_TOOLS_DIR);
  const lines = [`mkdir -p ${dir}`];
  for (const tool of GUEST_TOOLS) {
    const missing = tool.needed
      .split(' ')
      .map((name) => `! command -v ${name} >/dev/null 2>&1`)
      .join(' && ');
    const target = shellQuote(`${TART_TOOLS_DIR}/${tool.name}`);
    lines.push(
      `if ${missing}; then printf '%s' ${shellQuote(tool.text)} > ${target} && chmod 755 ${target}; fi`,
    );
  }
  // macOS keeps its users in Directory Services; /etc/passwd does not list them.
  lines.push(
    `if ! id ${GUEST_USER} >/dev/null 2>&1 && command -v dscl >/dev/null 2>&1; then`,
    `  dscl . -create /Users/${GUEST_USER} && dscl . -create /Users/${GUEST_USER} UniqueID 1000 &&`,
    `  dscl . -create /Users/${GUEST_USER} PrimaryGroupID 20 && dscl . -create /Users/${GUEST_USER} UserShell /bin/sh &&`,
    `  dscl . -create /Users/${GUEST_USER} NFSHomeDirectory /var/empty`,
    'fi',
  );
  return lines;
}

/** PATH of the runner: the guest's tools, then what `GUEST_TOOLS` adds. */
const RUNNER_PATH = [
  '/opt/homebrew/opt/coreutils/libexec/gnubin',
  '/opt/homebrew/bin',
  '/usr/local/bin',
  '/usr/bin',
  '/bin',
  '/usr/sbin',
  '/sbin',
  TART_TOOLS_DIR,
].join(':');

export interface GuestPrepare {
  hostXcode: boolean;
  /** The host has /Library/Developer to share with the Xcode app (a Mac with Xcode usually has). */
  libraryDeveloper: boolean;
  hostToolchain: boolean;
}

/**
 * The one guest command before the runner, as root (`sudo -n sh -c <script> sh <json bytes> <env
 * bytes>`): it writes the request pair and the runner from stdin (the pair carries the job's
 * secrets: stdin, never argv), provides the tools the runner needs that macOS lacks, then mounts
 * the tagged shares the job uses.
 */
export function prepareGuestScript(options: GuestPrepare): string {
  return [
    'set -eu',
    `mkdir -p ${shellQuote(TART_STATE_DIR)} ${shellQuote(posix.dirname(TART_RUNNER))}`,
    `dd of=${shellQuote(TART_REQUEST)} bs=1 count="$1" 2>/dev/null`,
    `dd of=${shellQuote(TART_REQUEST_ENV)} bs=1 count="$2" 2>/dev/null`,
    `cat > ${shellQuote(TART_RUNNER)}`,
    `chmod 755 ${shellQuote(TART_RUNNER)}`,
    ...guestToolsScript(),
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

/** The runner's command in the guest: root, with its root prefix and `RUNNER_PATH`. */
export function runnerArgv(): string[] {
  return [
    'sudo',
    '-n',
    'env',
    `PATH=${RUNNER_PATH}`,
    `PIKACI_GUEST_ROOT=${TART_GUEST_ROOT}`,
    'sh',
    TART_RUNNER,
    TART_REQUEST,
  ];
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
    RUNNER_PATH,
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
