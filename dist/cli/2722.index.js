export const id = 2722;
export const ids = [2722];
export const modules = {

/***/ 82852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createTartBackend: () => (/* binding */ createTartBackend)
});

// UNUSED EXPORTS: runTartJob

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/guest/request.ts
var guest_request = __webpack_require__(86389);
// EXTERNAL MODULE: ./src/guest/script.ts
var guest_script = __webpack_require__(54477);
// EXTERNAL MODULE: ./src/records/time.ts
var time = __webpack_require__(88577);
// EXTERNAL MODULE: ./src/transport/capture.ts
var capture = __webpack_require__(95267);
// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/vm/guest.ts
var vm_guest = __webpack_require__(6285);
;// CONCATENATED MODULE: ./src/vm/phases.ts
/**
 * The phase recorder of a VM job: each phase timed into the execution record on every path, the
 * ones that throw included (docs/upstream.md, executor 3; docs/design.md decision 7).
 */

class PhaseRecorder {
    phases = [];
    async run(phase, body) {
        const startedAt = (0,time/* rfc3339 */.ag)();
        const start = Date.now();
        try {
            return await body();
        }
        finally {
            this.phases.push({
                phase,
                started_at: startedAt,
                finished_at: (0,time/* rfc3339 */.ag)(),
                duration_ms: Date.now() - start,
            });
        }
    }
}

// EXTERNAL MODULE: ./src/vm/result.ts
var result = __webpack_require__(8900);
// EXTERNAL MODULE: ./src/vm/lines.ts
var lines = __webpack_require__(52294);
// EXTERNAL MODULE: ./src/vm/collect.ts
var vm_collect = __webpack_require__(64575);
// EXTERNAL MODULE: ./src/workspace/stage.ts
var stage = __webpack_require__(4667);
// EXTERNAL MODULE: ./src/backends/tart/cli.ts
var tart_cli = __webpack_require__(49733);
// EXTERNAL MODULE: ./src/backends/tart/config.ts
var tart_config = __webpack_require__(55333);
// EXTERNAL MODULE: ./src/guest/paths.ts
var paths = __webpack_require__(69828);
;// CONCATENATED MODULE: ./src/backends/tart/guest.ts
/**
 * What the Tart backend runs inside a macOS guest (docs/guest-protocol.md "Host side"; upstream
 * docs/upstream.md, executor 6 steps 7, 11 and 12). The guest runner is the unchanged
 * `pikaci-incus-run`; macOS's sealed system volume has no `/run` and no `/workspace`, so it runs with
 * its root prefix (`PIKACI_GUEST_ROOT`) set to `TART_GUEST_ROOT` on the guest's own disk, and the
 * request names the workspace share as its working directory.
 */



/** Where macOS mounts named `--dir` shares (Tart's default automount tag). */
const SHARED_FILES = '/Volumes/My Shared Files';
/** The guest runner's root prefix inside the VM: on the VM's own disk, gone with the VM. */
const TART_GUEST_ROOT = '/private/tmp/pikaci';
/** The guest runner's lifecycle files (`/run/pika-cloud` under the root prefix). */
const TART_STATE_DIR = external_node_path_.posix.join(TART_GUEST_ROOT, paths/* GUEST_PATHS */.e.runtimeStateDir);
const TART_REQUEST = external_node_path_.posix.join(TART_GUEST_ROOT, paths/* GUEST_PATHS */.e.request);
const TART_REQUEST_ENV = external_node_path_.posix.join(TART_GUEST_ROOT, paths/* GUEST_PATHS */.e.requestEnv);
const TART_RUNNER = external_node_path_.posix.join(TART_GUEST_ROOT, paths/* GUEST_PATHS */.e.pushedRunner);
/** Where the guest gets the tools the runner needs and macOS lacks (`GUEST_TOOLS`); last on PATH. */
const TART_TOOLS_DIR = external_node_path_.posix.join(TART_GUEST_ROOT, 'run/pikaci/bin');
/** The user the guest runner switches to (docs/guest-protocol.md "Paths"; uid 1000). */
const GUEST_USER = 'pikaci';
const WORKSPACE_SHARE = 'workspace';
const ARTIFACTS_SHARE = 'artifacts';
const RUST_TOOLCHAIN_SHARE = 'rust-toolchain';
const XCODE_TAG = 'pikaci-xcode';
const LIBRARY_DEVELOPER_TAG = 'pikaci-library-developer';
const NIX_STORE_TAG = 'pikaci-nix-store';
const GUEST_XCODE_APP = '/Applications/Xcode.app';
const GUEST_LIBRARY_DEVELOPER = '/Library/Developer';
const GUEST_NIX_STORE = '/nix/store';
/** `/Volumes/My Shared Files/<name>`. */
function sharedPath(name) {
    return `${SHARED_FILES}/${name}`;
}
/** `test -L /nix -o -d /nix` (upstream step 11): is the synthetic /nix mountpoint there? */
const NIX_CHECK = ['bash', '-lc', 'test -L /nix -o -d /nix'];
/**
 * Upstream's synthetic /nix bootstrap (step 11): the data-volume directory and an
 * `/etc/synthetic.conf` line `nix<TAB>System/Volumes/Data/nix`, which macOS turns into `/nix` at the
 * next boot.
 */
const NIX_BOOTSTRAP = [
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
function mountTagged(tag, dir) {
    return [
        `mkdir -p ${(0,shell/* shellQuote */.Z)(dir)}`,
        `mount | grep -F ${(0,shell/* shellQuote */.Z)(` on ${dir} `)} >/dev/null || mount_virtiofs ${(0,shell/* shellQuote */.Z)(tag)} ${(0,shell/* shellQuote */.Z)(dir)}`,
    ];
}
/**
 * What the guest runner needs (docs/guest-protocol.md "Paths") and a stock macOS lacks: GNU `timeout`
 * and `sha256sum` (Homebrew's coreutils has them, unprefixed only in its gnubin) and a user switch
 * (`runuser` or `setpriv`; macOS's `su` has no `-s`). Each is written to `TART_TOOLS_DIR` only when
 * the guest has none, so real tools win; they behave as the runner expects of the real ones.
 */
const GUEST_TOOLS = [
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
function guestToolsScript() {
    const dir = (0,shell/* shellQuote */.Z)(TART_TOOLS_DIR);
    const lines = [`mkdir -p ${dir}`];
    for (const tool of GUEST_TOOLS) {
        const missing = tool.needed
            .split(' ')
            .map((name) => `! command -v ${name} >/dev/null 2>&1`)
            .join(' && ');
        const target = (0,shell/* shellQuote */.Z)(`${TART_TOOLS_DIR}/${tool.name}`);
        lines.push(`if ${missing}; then printf '%s' ${(0,shell/* shellQuote */.Z)(tool.text)} > ${target} && chmod 755 ${target}; fi`);
    }
    // macOS keeps its users in Directory Services; /etc/passwd does not list them.
    lines.push(`if ! id ${GUEST_USER} >/dev/null 2>&1 && command -v dscl >/dev/null 2>&1; then`, `  dscl . -create /Users/${GUEST_USER} && dscl . -create /Users/${GUEST_USER} UniqueID 1000 &&`, `  dscl . -create /Users/${GUEST_USER} PrimaryGroupID 20 && dscl . -create /Users/${GUEST_USER} UserShell /bin/sh &&`, `  dscl . -create /Users/${GUEST_USER} NFSHomeDirectory /var/empty`, 'fi');
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
/**
 * The one guest command before the runner, as root (`sudo -n sh -c <script> sh <json bytes> <env
 * bytes>`): it writes the request pair and the runner from stdin (the pair carries the job's
 * secrets: stdin, never argv), provides the tools the runner needs that macOS lacks, then mounts
 * the tagged shares the job uses.
 */
function prepareGuestScript(options) {
    return [
        'set -eu',
        `mkdir -p ${(0,shell/* shellQuote */.Z)(TART_STATE_DIR)} ${(0,shell/* shellQuote */.Z)(external_node_path_.posix.dirname(TART_RUNNER))}`,
        `dd of=${(0,shell/* shellQuote */.Z)(TART_REQUEST)} bs=1 count="$1" 2>/dev/null`,
        `dd of=${(0,shell/* shellQuote */.Z)(TART_REQUEST_ENV)} bs=1 count="$2" 2>/dev/null`,
        `cat > ${(0,shell/* shellQuote */.Z)(TART_RUNNER)}`,
        `chmod 755 ${(0,shell/* shellQuote */.Z)(TART_RUNNER)}`,
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
function runnerArgv() {
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
function guestEnvironment(options) {
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

// EXTERNAL MODULE: ./src/runtime/log-writer.ts
var log_writer = __webpack_require__(69872);
;// CONCATENATED MODULE: ./src/backends/tart/host.ts
/**
 * Host-side work of the Tart backend, once per run and host: the host checks (macOS on Apple Silicon,
 * Tart ≥ 2.27, which has `tart exec`), finding the host's Xcode and Rust toolchain, and the host setup
 * commands (docs/upstream.md, executor 1 and 6 steps 1, 2 and 7). Every command goes through the
 * job's transport with `hostArgv`, so it runs on the Mac the job runs on, here or over SSH.
 */






/** `tart exec` appeared in Tart 2.27.0. */
const MIN_TART_VERSION = [2, 27, 0];
/** `a.b.c` ≥ the minimum; a version Tart prints without a patch level counts as `.0`. */
function tartVersionOk(version) {
    const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
    if (!match)
        return false;
    const parts = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
    for (let i = 0; i < 3; i++) {
        if (parts[i] !== MIN_TART_VERSION[i])
            return parts[i] > MIN_TART_VERSION[i];
    }
    return true;
}
/** `uname -sm` must say `Darwin arm64` and `tart --version` must be ≥ 2.27. Returns Tart's version. */
async function checkTartHost(transport, workDir, signal) {
    const host = transport.hostLabel;
    const uname = await (0,capture/* capture */.Fg)(transport, (0,tart_cli/* hostArgv */.Jy)(workDir, ['uname', '-sm']), { signal });
    if (uname.exitCode !== 0) {
        throw new vm_guest/* VmFailure */.w(`\`uname -sm\` on ${host} failed (${(0,capture/* describeExit */.KE)(uname)})${(0,tart_cli/* stderrTail */.be)(uname.stderr)}`);
    }
    const [os, arch] = uname.stdout.trim().split(/\s+/);
    if (os !== 'Darwin') {
        throw new vm_guest/* VmFailure */.w(`Tart jobs need a macOS host; ${host} runs ${os ?? 'an unknown system'} (\`uname -sm\`)`);
    }
    if (arch !== 'arm64') {
        throw new vm_guest/* VmFailure */.w(`Tart jobs need Apple Silicon; ${host} is ${arch ?? 'an unknown machine'} (\`uname -sm\`)`);
    }
    const version = await (0,capture/* capture */.Fg)(transport, (0,tart_cli/* hostArgv */.Jy)(workDir, ['tart', '--version']), { signal });
    if (version.exitCode === 127) {
        throw new vm_guest/* VmFailure */.w(`Tart is not installed on ${host} (\`tart\` is not on PATH, ${tart_cli/* HOMEBREW_BIN */.s5} or ${external_node_path_.posix.join(workDir, 'bin')}); install it with \`brew install cirruslabs/cli/tart\``);
    }
    if (version.exitCode !== 0) {
        throw new vm_guest/* VmFailure */.w(`\`tart --version\` on ${host} failed (${(0,capture/* describeExit */.KE)(version)})${(0,tart_cli/* stderrTail */.be)(version.stderr)}`);
    }
    const text = version.stdout.trim();
    if (!tartVersionOk(text)) {
        throw new vm_guest/* VmFailure */.w(`Tart ${text || '(no version)'} on ${host} is too old: pikaci needs ${MIN_TART_VERSION.join('.')} or newer for \`tart exec\`; upgrade it with \`brew upgrade cirruslabs/cli/tart\``);
    }
    return text;
}
/** Upstream's Xcode search (step 7): the setting, Xcode-16.4.0.app, `xcode-select -p`, the newest `/Applications/Xcode*.app`. */
const XCODE_SCRIPT = `
if [ -n "$1" ]; then cd "$1" 2>/dev/null && pwd -P && exit 0; exit 3; fi
if [ -d /Applications/Xcode-16.4.0.app ]; then cd /Applications/Xcode-16.4.0.app && pwd -P && exit 0; fi
dev=$(xcode-select -p 2>/dev/null || true)
case $dev in */Contents/Developer) app=\${dev%/Contents/Developer}; if [ -d "$app" ]; then cd "$app" && pwd -P && exit 0; fi ;; esac
app=$(ls -d /Applications/Xcode*.app 2>/dev/null | sort -V | tail -n 1)
if [ -n "$app" ]; then cd "$app" && pwd -P && exit 0; fi
exit 4
`;
async function resolveXcodeApp(transport, workDir, given, signal) {
    const found = await (0,capture/* capture */.Fg)(transport, (0,tart_cli/* hostArgv */.Jy)(workDir, ['sh', '-c', XCODE_SCRIPT, 'sh', given ?? '']), {
        signal,
    });
    const path = found.stdout.trim();
    if (found.exitCode === 0 && path !== '')
        return path;
    throw new vm_guest/* VmFailure */.w(given
        ? `the Xcode app ${given} (--tart-xcode-app / PIKACI_TART_XCODE_APP) does not exist on ${transport.hostLabel}`
        : `no Xcode app found on ${transport.hostLabel} for --tart-use-host-xcode (looked for /Applications/Xcode-16.4.0.app, \`xcode-select -p\` and /Applications/Xcode*.app); set --tart-xcode-app`);
}
/** The toolchain root: the setting, or two levels above the resolved `cargo` (`<root>/bin/cargo`). */
const TOOLCHAIN_SCRIPT = `
if [ -n "$1" ]; then root=$1; else
  cargo=$(command -v cargo) || exit 4
  cargo=$(readlink -f "$cargo" 2>/dev/null || printf '%s' "$cargo")
  root=$(dirname "$(dirname "$cargo")")
fi
cd "$root" 2>/dev/null && test -x bin/cargo && pwd -P
`;
async function resolveRustToolchain(transport, workDir, given, signal) {
    const found = await (0,capture/* capture */.Fg)(transport, (0,tart_cli/* hostArgv */.Jy)(workDir, ['sh', '-c', TOOLCHAIN_SCRIPT, 'sh', given ?? '']), {
        signal,
    });
    const path = found.stdout.trim();
    if (found.exitCode === 0 && path !== '')
        return path;
    throw new vm_guest/* VmFailure */.w(given
        ? `the Rust toolchain ${given} (--tart-rust-toolchain) on ${transport.hostLabel} has no bin/cargo`
        : `no Rust toolchain found on ${transport.hostLabel} for a mount_host_rust_toolchain job (\`command -v cargo\` found none); install one or set --tart-rust-toolchain`);
}
/**
 * Host setup commands and the workspace they prepare, once per run and host. A run whose Tart jobs
 * have host setup commands gets one writable copy of its snapshot on the host, `<run dir>/tart-workspace`;
 * each distinct command runs there once (`bash --noprofile --norc -lc <command>`, upstream's form),
 * its output appended to `host-setup.log` in the run directory on this machine, and the jobs share
 * what it built. A command that fails fails every Tart job of the run that needs it, naming the log.
 */
class HostSetups {
    workspaces = new Map();
    commands = new Map();
    /** The prepared workspace of `ctx`'s run on its host, every command in `commands` run there once. */
    async prepare(ctx, workDir, snapshotDir, hostRunDir, commands) {
        const { transport } = ctx;
        const runKey = `${ctx.runId}\0${transport.hostLabel}`;
        let workspace = this.workspaces.get(runKey);
        if (!workspace) {
            const copy = external_node_path_.posix.join(hostRunDir, 'tart-workspace');
            workspace = (0,capture/* mustCapture */.w8)(transport, 'copy the snapshot into the Tart host workspace', (0,capture/* shArgv */.oV)(`set -eu; rm -rf ${(0,shell/* shellQuote */.Z)(copy)}; mkdir -p ${(0,shell/* shellQuote */.Z)(hostRunDir)}; cp -a ${(0,shell/* shellQuote */.Z)(snapshotDir)} ${(0,shell/* shellQuote */.Z)(copy)}; chmod -R u+w ${(0,shell/* shellQuote */.Z)(copy)}`)).then(() => copy);
            this.workspaces.set(runKey, workspace);
        }
        const dir = await workspace;
        for (const command of commands) {
            const key = `${runKey}\0${command}`;
            let done = this.commands.get(key);
            if (!done) {
                done = runHostSetup(ctx, workDir, dir, command);
                this.commands.set(key, done);
            }
            await done;
        }
        return dir;
    }
}
/** The run's `host-setup.log` on this machine (`runs/<run>/host-setup.log`). */
function hostSetupLogPath(ctx) {
    return external_node_path_.posix.join(external_node_path_.posix.dirname(external_node_path_.posix.dirname(ctx.paths.jobDir)), 'host-setup.log');
}
async function runHostSetup(ctx, workDir, cwd, command) {
    const logPath = hostSetupLogPath(ctx);
    const log = (0,log_writer/* openLogWriter */.qf)(logPath);
    try {
        log.line(`[pikaci] host setup on ${ctx.transport.hostLabel}: ${command}`);
        ctx.hostLog.line(`[pikaci] host setup on ${ctx.transport.hostLabel} (log: ${logPath}): ${command}`);
        const result = await ctx.transport
            .exec({
            argv: (0,tart_cli/* hostArgv */.Jy)(workDir, ['bash', '--noprofile', '--norc', '-lc', command]),
            cwd,
            onStdout: (chunk) => log.write(chunk),
            onStderr: (chunk) => log.write(chunk),
            signal: ctx.signal,
        })
            .catch((error) => {
            throw new errors/* PikaciError */.uy(`host setup \`${command}\` could not start on ${ctx.transport.hostLabel}: ${(0,errors/* errorMessage */.gJ)(error)}; see ${logPath}`);
        });
        log.line(`[pikaci] host setup ended (${(0,capture/* describeExit */.KE)(result)})`);
        if (result.exitCode !== 0) {
            throw new errors/* PikaciError */.uy(`host setup \`${command}\` failed on ${ctx.transport.hostLabel} (${(0,capture/* describeExit */.KE)(result)}); see ${logPath}`);
        }
    }
    finally {
        log.close();
    }
}

// EXTERNAL MODULE: ./src/backends/tart/naming.ts
var naming = __webpack_require__(71755);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/locks/holder.ts
var holder = __webpack_require__(79144);
;// CONCATENATED MODULE: ./src/backends/tart/slots.ts
/**
 * The host's VM slots (README "Tart"): Apple's licence allows two macOS VMs per Mac and
 * Virtualization.framework refuses a third (`The number of VMs exceeds the system limit`,
 * Sources/tart/Commands/Run.swift), so a job holds one of `TART_VM_SLOTS` slot locks on the host from
 * before its `clone` until after its `delete`, and a third job waits (logged, bounded) instead of
 * failing.
 *
 * A slot is an exclusive `flock` on `<work dir>/locks/tart-vm-slot-<i>.lock`, held by one `perl`
 * process that runs over the job's transport and reads its stdin until EOF (`startHolder` in
 * `src/locks/`, as a concurrency group's lock), so the slot dies with its holder on every exit path
 * with no stale detection. Perl, because macOS has no `flock(1)` and ships `/usr/bin/perl`.
 */






/** Exit status of the holder when the wait ran out. */
const TIMED_OUT_STATUS = 75;
/** `$0`-less perl: `<dir> <slots> <timeout secs> <holder>`; prints `waiting <holders>` once, then `acquired <i>`. */
const HOLDER_SCRIPT = `
use strict; use warnings; use Fcntl qw(:flock);
my ($dir, $slots, $timeout, $holder) = @ARGV;
$| = 1;
system('mkdir', '-p', $dir) == 0 or die "cannot create $dir\\n";
my $deadline = time + $timeout;
my $announced = 0;
while (1) {
  for my $i (0 .. $slots - 1) {
    my $file = "$dir/tart-vm-slot-$i.lock";
    open(my $fh, '>>', $file) or die "cannot open $file: $!\\n";
    if (flock($fh, LOCK_EX | LOCK_NB)) {
      if (open(my $out, '>', "$file.holder")) { print $out "$holder\\n"; close $out; }
      print "acquired $i\\n";
      1 while <STDIN>;
      unlink "$file.holder";
      exit 0;
    }
    close $fh;
  }
  if (!$announced) {
    my @holders;
    for my $i (0 .. $slots - 1) {
      my $text = 'unknown';
      if (open(my $in, '<', "$dir/tart-vm-slot-$i.lock.holder")) { $text = <$in> // 'unknown'; chomp $text; close $in; }
      push @holders, $text;
    }
    print 'waiting ', join('; ', @holders), "\\n";
    $announced = 1;
  }
  exit ${TIMED_OUT_STATUS} if time >= $deadline;
  select(undef, undef, undef, 0.5);
}
`;
function slotLockDir(workDir) {
    return external_node_path_.posix.join(workDir, 'locks');
}
/** Takes one of the host's VM slots, waiting up to `timeoutSecs` for one to be free. */
async function acquireVmSlot(transport, options) {
    const host = transport.hostLabel;
    let slot = -1;
    let waitedSince = null;
    const held = (0,holder/* startHolder */.f)(transport, {
        argv: (0,tart_cli/* hostArgv */.Jy)(options.workDir, [
            'perl',
            '-e',
            HOLDER_SCRIPT,
            slotLockDir(options.workDir),
            String(options.slots),
            String(options.timeoutSecs),
            `${options.holder} (runner pid ${process.pid} on ${(0,external_node_os_.hostname)()})`,
        ]),
        signal: options.signal,
        onLine(line) {
            if (line.startsWith('waiting ')) {
                waitedSince = Date.now();
                options.log(`[pikaci] all ${options.slots} Tart VM slots on ${host} are taken (${line.slice(8)}); waiting up to ${options.timeoutSecs}s`);
            }
            else if (line.startsWith('acquired ')) {
                slot = Number(line.slice(9));
                return true;
            }
            return false;
        },
    });
    const first = await held.held;
    if (first !== null) {
        if (first.cancelled)
            throw new errors/* PikaciError */.uy('cancelled while waiting for a Tart VM slot');
        if (first.exitCode === TIMED_OUT_STATUS) {
            throw new errors/* PikaciError */.uy(`timed out after ${options.timeoutSecs}s waiting for one of the ${options.slots} Tart VM slots on ${host}`, {
                hint: 'other jobs hold both VMs the host may run; raise --tart-slot-timeout or run fewer Tart jobs at once',
            });
        }
        throw new errors/* PikaciError */.uy(`could not take a Tart VM slot on ${host} (${(0,capture/* describeExit */.KE)(first)})`, {
            hint: `the host needs perl and a writable ${slotLockDir(options.workDir)}`,
        });
    }
    options.log(`[pikaci] holding Tart VM slot ${slot} on ${host}${waitedSince === null ? '' : ` after waiting ${((Date.now() - waitedSince) / 1000).toFixed(1)}s`}`);
    let released;
    return {
        slot,
        release() {
            released ??= (async () => {
                await held.release();
                options.log(`[pikaci] released Tart VM slot ${slot} on ${host}`);
            })();
            return released;
        },
    };
}

// EXTERNAL MODULE: ./src/vm/readiness.ts
var vm_readiness = __webpack_require__(12261);
;// CONCATENATED MODULE: ./src/backends/tart/vm.ts
/**
 * One job's Tart VM, from `clone` to `delete` (docs/upstream.md, executor 6, with the cleanup it
 * lacked). Tart facts this relies on (cirruslabs/tart, Sources/tart/Commands): `clone` builds the
 * VM in a temporary directory and moves it into place, so a clone that fails leaves nothing under
 * the new name; `run` has no detach mode and blocks until the VM stops; `exec` needs the guest agent
 * and fails with `VM "<name>" is not running` until the VM runs; `stop` fails on a stopped VM and
 * waits (up to `--timeout`) until the VM is gone before it returns; `delete` refuses a running VM.
 * Every command goes through `TartCli`, so it runs on the job's host, here or over SSH.
 */




/** Poll interval of the readiness probe (`tart exec <vm> true`). */
const READY_POLL_MS = 1000;
/** A delete or list that takes longer counts as failed (a wedged host must not hang the run). */
const COMMAND_TIMEOUT_MS = 120_000;
/** How long the `tart run` process may take to end once `tart stop` returned, before it is killed. */
const REAP_TIMEOUT_MS = 30_000;
/** The `--dir` value of a share, in Tart's `[name:]path[:options]` form. */
function dirArgument(share) {
    if (share.tag !== undefined)
        return `${share.path}:${share.readOnly ? 'ro' : 'rw'},tag=${share.tag}`;
    return `${share.name ?? ''}${share.name === undefined ? '' : ':'}${share.path}${share.readOnly ? ':ro' : ''}`;
}
/** `tart run` argv: no window, no audio, each share, and `sync=full` when asked (host toolchain jobs). */
function runArgs(name, shares, syncFull) {
    return [
        'run',
        '--no-graphics',
        '--no-audio',
        ...(syncFull ? ['--root-disk-opts=sync=full'] : []),
        ...shares.map((share) => `--dir=${dirArgument(share)}`),
        name,
    ];
}
class TartVm {
    cli;
    name;
    log;
    signal;
    /** Whether a VM of this name may exist because of this object (or an earlier attempt). */
    mayExist = false;
    /** The `tart run` process of the current boot, while it may be running. */
    running = null;
    constructor(cli, name, log, 
    /** The job's signal: every command but the cleanup ones stops when it aborts. */
    signal) {
        this.cli = cli;
        this.name = name;
        this.log = log;
        this.signal = signal;
    }
    /** Deletes what an earlier attempt of the same run and job may have left; how it ends does not matter. */
    removeStale() {
        return this.cli.capture(['delete', this.name], { timeoutMs: COMMAND_TIMEOUT_MS });
    }
    async clone(base) {
        // A clone cut off (cancelled, connection lost) may have created the VM; one Tart reports as
        // failed did not (Clone.swift moves the finished copy into place last).
        this.mayExist = true;
        await this.cli
            .run('tart clone', ['clone', base, this.name], { signal: this.signal })
            .catch((error) => {
            if (error instanceof tart_cli/* TartCommandError */.dQ && error.exitCode !== null)
                this.mayExist = false;
            throw error;
        });
    }
    /**
     * Starts `tart run` in the background; its output goes to host.log as `[tart:stdout] `/`[tart:stderr] `
     * lines. It is not tied to the job's signal: only `stop` (or `reap`) ends it.
     */
    boot(shares, syncFull) {
        const args = runArgs(this.name, shares, syncFull);
        this.log.line(`[pikaci] tart run: tart ${(0,shell/* shellJoin */.n)(args)}`);
        const stdout = new lines/* LineSplitter */.g('[tart:stdout] ', (line) => this.log.write(line));
        const stderr = new lines/* LineSplitter */.g('[tart:stderr] ', (line) => {
            this.log.write(line);
            const text = line.slice('[tart:stderr] '.length).trim();
            if (text !== '')
                state.lastError = text;
        });
        const stop = new AbortController();
        const state = {
            stop,
            result: null,
            lastError: '',
            ended: this.cli
                .stream({
                argv: args,
                onStdout: (chunk) => stdout.push(chunk),
                onStderr: (chunk) => stderr.push(chunk),
                signal: stop.signal,
            })
                .catch((error) => {
                this.log.line(`[pikaci] tart run could not be started: ${(0,errors/* errorMessage */.gJ)(error)}`);
                return { exitCode: null, signal: null, timedOut: false, cancelled: false };
            })
                .then((result) => {
                stdout.end();
                stderr.end();
                state.result = result;
                this.log.line(`[pikaci] tart run ended (${(0,capture/* describeExit */.KE)(result)})`);
                return result;
            }),
        };
        this.running = state;
    }
    /**
     * Polls `tart exec <vm> true` until the guest agent answers. Fails when the bound passes, the job
     * is cancelled, the connection is lost, or `tart run` ends first (the VM died or never started).
     */
    async waitReady(timeoutSecs) {
        const readiness = await (0,vm_readiness/* waitUntilReady */.b)((remainingMs) => {
            const ended = this.running?.result;
            if (ended) {
                const why = this.running?.lastError ? `: ${this.running.lastError}` : '; see host.log';
                throw new vm_guest/* VmFailure */.w(`tart run for ${this.name} on ${this.cli.host} ended (${(0,capture/* describeExit */.KE)(ended)}) before the guest agent answered${why}`);
            }
            return this.capture(['true'], { timeoutMs: Math.min(remainingMs, 30_000) });
        }, { timeoutSecs, signal: this.signal, pollMs: READY_POLL_MS });
        switch (readiness) {
            case 'ready':
                this.log.line(`[pikaci] Tart guest \`${this.name}\` is ready`);
                return;
            case 'cancelled':
                throw new vm_guest/* VmFailure */.w('cancelled');
            case 'connection_lost':
                throw new vm_guest/* VmFailure */.w(`lost the connection to ${this.cli.host} while waiting for the Tart guest agent`);
            case 'timed_out':
                throw new vm_guest/* VmFailure */.w(`timed out after ${timeoutSecs}s waiting for the Tart guest agent in \`${this.name}\` on ${this.cli.host} (raise --tart-ready-timeout, or check that the base VM has tart-guest-agent)`);
        }
    }
    /** The host argv of `tart exec [-i] <vm> <argv>` (`-i` when the command reads stdin). */
    execArgs(argv, interactive) {
        return ['exec', ...(interactive ? ['-i'] : []), this.name, ...argv];
    }
    /** Runs `request.argv` in the guest with its output streamed (`Guest`). */
    exec(request) {
        return this.cli.stream({ ...request, argv: this.execArgs(request.argv, request.stdin !== undefined) });
    }
    /** Runs `argv` in the guest quietly (the job's signal and a bound unless given others). */
    capture(argv, options = {}) {
        return this.cli.capture(this.execArgs(argv, options.stdin !== undefined), {
            signal: this.signal,
            timeoutMs: COMMAND_TIMEOUT_MS,
            ...options,
        });
    }
    /** Runs `argv` in the guest, logged and bounded; a non-zero exit throws `TartCommandError`. */
    run(label, argv, stdin) {
        return this.cli.run(label, this.execArgs(argv, stdin !== undefined), {
            signal: this.signal,
            timeoutMs: COMMAND_TIMEOUT_MS,
            ...(stdin === undefined ? {} : { stdin }),
        });
    }
    /**
     * Stops the VM if it was booted and waits for its `tart run` to end. Never cancelled (it runs
     * after a cancellation); bounded; safe after a lost connection (the SSH transport dials again).
     * `tart stop` on a VM that is already stopped says so and that is fine.
     */
    async stop(timeoutSecs) {
        const running = this.running;
        if (!running)
            return;
        const stopped = await this.cli
            .capture(['stop', '--timeout', String(timeoutSecs), this.name], {
            timeoutMs: (timeoutSecs + 60) * 1000,
        })
            .catch((error) => ({ error }));
        const notRunning = !('error' in stopped) && stopped.exitCode !== 0 && /is not running/.test(stopped.stderr);
        if ('error' in stopped || (stopped.exitCode !== 0 && !notRunning)) {
            const why = 'error' in stopped
                ? (0,errors/* errorMessage */.gJ)(stopped.error)
                : `${(0,capture/* describeExit */.KE)(stopped)}${(0,tart_cli/* stderrTail */.be)(stopped.stderr)}`;
            this.log.line(`[pikaci] tart stop ${this.name} failed: ${why}`);
        }
        else {
            this.log.line(`[pikaci] tart stop ${this.name}${notRunning ? ': it was not running' : ''}`);
        }
        await this.reap(running);
        this.running = null;
    }
    /** Waits for the `tart run` process; one still there after the bound is killed (its process group). */
    async reap(running) {
        let timer;
        const late = new Promise((resolve) => (timer = setTimeout(() => resolve('late'), REAP_TIMEOUT_MS)));
        const first = await Promise.race([running.ended, late]);
        clearTimeout(timer);
        if (first === 'late') {
            this.log.line(`[pikaci] tart run for ${this.name} still running after tart stop; killing it`);
            running.stop.abort();
            await running.ended;
        }
    }
    /**
     * Deletes the VM when it may exist: `never_created` when it cannot, `deleted`, or `absent` when Tart
     * no longer knows it. Throws a `VmFailure` when the VM may be left behind.
     */
    async delete() {
        if (!this.mayExist)
            return 'never_created';
        const removal = await this.cli
            .capture(['delete', this.name], { timeoutMs: COMMAND_TIMEOUT_MS })
            .catch((error) => ({ error }));
        const absent = !('error' in removal) && removal.exitCode !== 0 && /does not exist/.test(removal.stderr);
        if ('error' in removal || (removal.exitCode !== 0 && !absent)) {
            const why = 'error' in removal
                ? (0,errors/* errorMessage */.gJ)(removal.error)
                : `${(0,capture/* describeExit */.KE)(removal)}${(0,tart_cli/* stderrTail */.be)(removal.stderr)}`;
            throw new vm_guest/* VmFailure */.w(`failed to delete Tart VM ${this.name} on ${this.cli.host}: ${why}`);
        }
        this.mayExist = false;
        return absent ? 'absent' : 'deleted';
    }
}

;// CONCATENATED MODULE: ./src/backends/tart/backend.ts
/**
 * The Tart runtime (docs/upstream.md, executor 6, with docs/design.md decisions 1, 6 and 7): the phase
 * script of one job over its `TartVm` on the placement host (this Mac, or a Mac over SSH), driven only
 * through the job's `Transport`. Phases are timed into the execution record; the outcome comes from
 * the guest runner's `result.json` (docs/guest-protocol.md). Everything after the clone is undone by
 * `cleanup`, which the orchestrator runs on every path (`runWithCleanup`): stop (bounded), reap
 * `tart run`, delete, then give the host's VM slot back — upstream returned early without it on a
 * readiness timeout or an early error and leaked the VM and its `tart run`.
 */
















/** The Tart backend: `run` clones and boots the job's VM, `cleanup` stops and deletes it. */
function createTartBackend(options) {
    const jobs = new Map();
    const hostChecks = new Map();
    const setups = new HostSetups();
    const key = (ctx) => `${ctx.runId}\0${ctx.job.id}`;
    return {
        run(ctx) {
            const cli = new tart_cli/* TartCli */.eh(options.config.work_dir, ctx.transport, ctx.hostLog);
            const state = {
                vm: new TartVm(cli, (0,naming/* vmName */.l$)(ctx.runId, ctx.job.id), ctx.hostLog, ctx.signal),
                slot: null,
            };
            jobs.set(key(ctx), state);
            const checked = () => {
                let check = hostChecks.get(ctx.transport.hostLabel);
                if (!check) {
                    check = checkTartHost(ctx.transport, options.config.work_dir, ctx.signal);
                    hostChecks.set(ctx.transport.hostLabel, check);
                    // A failed check (perhaps cut off by a cancellation) is asked again by the next job.
                    check.catch(() => hostChecks.delete(ctx.transport.hostLabel));
                }
                return check;
            };
            return runPhases(ctx, state, options, { checked, setups });
        },
        async cleanup(ctx) {
            const state = jobs.get(key(ctx));
            if (!state)
                return;
            jobs.delete(key(ctx));
            try {
                await state.vm.stop(options.config.stop_timeout_secs);
                const removed = await state.vm.delete();
                switch (removed) {
                    case 'never_created':
                        return;
                    case 'deleted':
                        ctx.hostLog.line(`[pikaci] deleted Tart VM ${state.vm.name}`);
                        return;
                    case 'absent':
                        ctx.hostLog.line(`[pikaci] Tart VM ${state.vm.name} was already gone`);
                        return;
                    default:
                        return (0,assert_never/* assertNever */.x)(removed);
                }
            }
            finally {
                await state.slot?.release();
            }
        },
    };
}
/** One job on the Tart backend, its cleanup included (for callers without the orchestrator). */
function runTartJob(ctx, options) {
    return runWithCleanup(createTartBackend(options), ctx);
}
async function runPhases(ctx, state, options, shared) {
    const { config } = options;
    const { job, transport, hostLog } = ctx;
    const { vm } = state;
    const host = transport.hostLabel;
    if (job.runtime_config.kind !== 'tart') {
        throw new vm_guest/* VmFailure */.w(`job \`${job.id}\` is not a Tart job (runtime_config.kind = ${job.runtime_config.kind})`);
    }
    const tart = job.runtime_config;
    const guest = {
        hostXcode: config.use_host_xcode,
        libraryDeveloper: false,
        hostToolchain: tart.mount_host_rust_toolchain,
    };
    const phases = new PhaseRecorder();
    const record = {
        backend: 'tart',
        image: { name: config.base_vm, digest: (0,naming/* baseVmDigest */.n$)(config.base_vm) },
        incus_image: null,
        phases: phases.phases,
    };
    const outcome = await (0,result/* settleVmJob */.cE)(ctx, async () => {
        await phases.run('prepare_directories', async () => {
            await (0,promises_.mkdir)(ctx.paths.artifactsDir, { recursive: true });
            const version = await shared.checked();
            hostLog.line(`[pikaci] Tart ${version} on ${host}`);
        });
        const workspace = await phases.run('stage_workspace_snapshot', async () => {
            const staged = await (0,stage/* stageWorkspace */.os)(transport, ctx.workspace, ctx.paths, {
                workDir: config.work_dir,
                log: (line) => hostLog.line(line),
                signal: ctx.signal,
            });
            const hostRunDir = external_node_path_.posix.dirname(external_node_path_.posix.dirname(staged.jobDir));
            let source = staged.snapshotDir;
            if (tart.host_setup_command !== undefined) {
                source = await shared.setups.prepare(ctx, config.work_dir, staged.snapshotDir, hostRunDir, [
                    tart.host_setup_command,
                ]);
            }
            if (!job.writable_workspace)
                return { dir: source, artifactsDir: staged.artifactsDir };
            const copy = external_node_path_.posix.join(staged.jobDir, 'workspace');
            await (0,capture/* mustCapture */.w8)(transport, 'copy the workspace for a writable_workspace job', (0,capture/* shArgv */.oV)(`set -eu; rm -rf ${(0,shell/* shellQuote */.Z)(copy)}; cp -a ${(0,shell/* shellQuote */.Z)(source)} ${(0,shell/* shellQuote */.Z)(copy)}; chmod -R u+w ${(0,shell/* shellQuote */.Z)(copy)}`), { signal: ctx.signal });
            return { dir: copy, artifactsDir: staged.artifactsDir };
        });
        await phases.run('prepare_runtime', async () => {
            const shares = await directoryShares(workspace.dir, workspace.artifactsDir);
            state.slot = await acquireVmSlot(transport, {
                workDir: config.work_dir,
                slots: tart_config/* TART_VM_SLOTS */.O,
                timeoutSecs: config.slot_timeout_secs,
                holder: `run ${ctx.runId} job ${job.id}`,
                log: (line) => hostLog.line(line),
                signal: ctx.signal,
            });
            await vm.removeStale();
            hostLog.line(`[pikaci] starting Tart VM \`${vm.name}\` from \`${config.base_vm}\` on ${host} at ${(0,time/* rfc3339 */.ag)()}`);
            await vm.clone(config.base_vm).catch((error) => {
                throw new vm_guest/* VmFailure */.w(`clone Tart base VM \`${config.base_vm}\` into \`${vm.name}\` on ${host}: ${(0,errors/* errorMessage */.gJ)(error)}; set --tart-base-vm (PIKACI_TART_BASE_VM) or create \`${config.base_vm}\` there (tart clone ghcr.io/cirruslabs/macos-sequoia-base:latest ${config.base_vm})`);
            });
            vm.boot(shares, guest.hostToolchain);
            await vm.waitReady(config.readiness_timeout_secs);
            if (guest.hostToolchain)
                await ensureSyntheticNix(shares);
        });
        // The runner sets its own HOME and user; macOS paths and CA bundle, then the CI context, the
        // job's `pass_env` variables and its secrets go on top.
        const request = (0,guest_request/* buildGuestRequest */.C7)(job, {
            env: {
                ...guestEnvironment(guest),
                ...ctx.environment.context,
                ...ctx.environment.passed,
                ...ctx.environment.secrets,
            },
            cwd: sharedPath(WORKSPACE_SHARE),
        });
        await phases.run('launch_guest', async () => {
            const script = prepareGuestScript(guest);
            const argv = [
                'sudo',
                '-n',
                'sh',
                '-c',
                script,
                'sh',
                String(Buffer.byteLength(request.json)),
                String(Buffer.byteLength(request.envFile)),
            ];
            await vm.run('write Tart guest request', argv, request.json + request.envFile + (0,guest_script/* guestRunnerScript */.i)());
        });
        hostLog.line(`[pikaci] starting Tart guest runner for job \`${job.id}\` in \`${vm.name}\` on ${host} at ${(0,time/* rfc3339 */.ag)()}: ${request.request.command}`);
        const graceSecs = config.host_grace_secs;
        const run = await phases.run('wait_for_completion', async () => {
            const stdout = new lines/* LineSplitter */.g('[exec:stdout] ', (line) => hostLog.write(line));
            const stderr = new lines/* LineSplitter */.g('[exec:stderr] ', (line) => hostLog.write(line));
            const result = await vm.exec({
                argv: runnerArgv(),
                onStdout: (chunk) => {
                    stdout.push(chunk);
                    ctx.output('stdout', chunk);
                },
                onStderr: (chunk) => {
                    stderr.push(chunk);
                    ctx.output('stderr', chunk);
                },
                timeoutMs: (job.timeout_secs + graceSecs) * 1000,
                signal: ctx.signal,
            });
            stdout.end();
            stderr.end();
            hostLog.line(`[pikaci] tart exec ended (${(0,capture/* describeExit */.KE)(result)}) at ${(0,time/* rfc3339 */.ag)()}`);
            return result;
        });
        if (run.cancelled)
            return (0,result/* failedOutcome */.iS)('cancelled');
        if (run.connectionLost) {
            throw new vm_guest/* VmFailure */.w(`infrastructure error: lost the connection to ${host} while the guest was running`);
        }
        const collect = () => (0,vm_collect/* collectLifecycleFiles */.Y)(vm, {
            stateDir: TART_STATE_DIR,
            artifactsDir: ctx.paths.artifactsDir,
            log: hostLog,
            signal: ctx.signal,
            runtime: 'Tart',
            host,
        });
        if (run.timedOut) {
            hostLog.line(`[pikaci] timeout after ${job.timeout_secs}s (+${graceSecs}s grace): the guest did not finish`);
            await phases.run('collect_artifacts', collect).catch((error) => {
                hostLog.line(`[pikaci] ${(0,errors/* errorMessage */.gJ)(error)}`);
            });
            return (0,result/* failedOutcome */.iS)(`timed out after ${job.timeout_secs}s`);
        }
        return phases.run('collect_artifacts', async () => {
            await collect();
            return (0,result/* readGuestOutcome */.P3)(ctx.paths.resultJson);
        });
    });
    return { ...outcome, remote_linux_vm_execution: record };
    /** The `--dir` shares, in upstream's order (executor 6 step 7). */
    async function directoryShares(workspaceDir, artifactsDir) {
        const shares = [
            { name: WORKSPACE_SHARE, path: workspaceDir, readOnly: !job.writable_workspace },
            { name: ARTIFACTS_SHARE, path: artifactsDir, readOnly: false },
        ];
        if (guest.hostXcode) {
            const app = await resolveXcodeApp(transport, config.work_dir, config.xcode_app, ctx.signal);
            // Upstream shares /Library/Developer unconditionally; a host without it would make `tart run` fail.
            const library = await (0,capture/* capture */.Fg)(transport, (0,tart_cli/* hostArgv */.Jy)(config.work_dir, ['test', '-d', GUEST_LIBRARY_DEVELOPER]), {
                signal: ctx.signal,
            });
            guest.libraryDeveloper = library.exitCode === 0;
            hostLog.line(`[pikaci] sharing the host's Xcode ${app}${guest.libraryDeveloper ? ` and ${GUEST_LIBRARY_DEVELOPER}` : ''} into the guest`);
            shares.push({ path: app, readOnly: true, tag: XCODE_TAG });
            if (guest.libraryDeveloper) {
                shares.push({ path: GUEST_LIBRARY_DEVELOPER, readOnly: true, tag: LIBRARY_DEVELOPER_TAG });
            }
        }
        if (guest.hostToolchain) {
            const root = await resolveRustToolchain(transport, config.work_dir, config.rust_toolchain, ctx.signal);
            hostLog.line(`[pikaci] sharing the host's Rust toolchain ${root} and /nix/store into the guest`);
            shares.push({ name: RUST_TOOLCHAIN_SHARE, path: root, readOnly: true }, { path: '/nix/store', readOnly: true, tag: NIX_STORE_TAG });
        }
        return shares;
    }
    /**
     * Host toolchain jobs mount the host's /nix/store at /nix/store, which on macOS needs a synthetic
     * `/nix` (upstream step 11): when the base VM lacks it, add it and boot the VM again.
     */
    async function ensureSyntheticNix(shares) {
        if ((await vm.capture(NIX_CHECK)).exitCode === 0)
            return;
        hostLog.line('[pikaci] bootstrapping synthetic /nix mountpoint inside Tart guest');
        await vm.run('prepare synthetic /nix in the Tart guest', NIX_BOOTSTRAP);
        await vm.stop(config.stop_timeout_secs);
        vm.boot(shares, true);
        await vm.waitReady(config.readiness_timeout_secs);
        if ((await vm.capture(NIX_CHECK)).exitCode !== 0) {
            throw new vm_guest/* VmFailure */.w('synthetic /nix mountpoint is still unavailable after Tart guest restart');
        }
    }
}


/***/ }),

/***/ 49733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jy: () => (/* binding */ hostArgv),
/* harmony export */   KL: () => (/* binding */ tartArgv),
/* harmony export */   be: () => (/* binding */ stderrTail),
/* harmony export */   dQ: () => (/* binding */ TartCommandError),
/* harmony export */   eh: () => (/* binding */ TartCli),
/* harmony export */   s5: () => (/* binding */ HOMEBREW_BIN)
/* harmony export */ });
/* unused harmony export describeHostArgv */
/* harmony import */ var _transport_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95267);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95462);
/* harmony import */ var _vm_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6285);



/** Homebrew's prefix on Apple Silicon. */
const HOMEBREW_BIN = '/opt/homebrew/bin';
const PATH_PREFIX_SCRIPT = `PATH="$0/bin:${HOMEBREW_BIN}:$PATH"; export PATH; exec "$@"`;
/** argv that runs `argv` on the host with `<workDir>/bin` and Homebrew first on `PATH`. */
function hostArgv(workDir, argv) {
    return ['sh', '-c', PATH_PREFIX_SCRIPT, workDir, ...argv];
}
/** `tart <args…>` on the host. */
function tartArgv(workDir, args) {
    return hostArgv(workDir, ['tart', ...args]);
}
/** What a host argv built by `hostArgv` runs, for logs: `tart clone a b`. */
function describeHostArgv(argv) {
    return argv[0] === 'sh' && argv[2] === PATH_PREFIX_SCRIPT ? shellJoin(argv.slice(4)) : shellJoin(argv);
}
/** A Tart command that did not succeed; `exitCode` is set when it ran to its end. */
class TartCommandError extends _vm_index_js__WEBPACK_IMPORTED_MODULE_0__/* .VmFailure */ .w {
    result;
    constructor(label, host, result) {
        super(`${label} on ${host} failed (${(0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeExit */ .KE)(result)})${stderrTail(result.stderr)}`, result.exitCode);
        this.result = result;
        this.name = 'TartCommandError';
    }
}
/** `: <last three lines of stderr>`, or nothing when it is empty. */
function stderrTail(stderr) {
    const text = stderr.trim();
    return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}
/** The Tart CLI of one host, for one job: the commands it runs are logged to the job's host.log. */
class TartCli {
    workDir;
    transport;
    log;
    constructor(workDir, transport, log) {
        this.workDir = workDir;
        this.transport = transport;
        this.log = log;
    }
    get host() {
        return this.transport.hostLabel;
    }
    argv(args) {
        return tartArgv(this.workDir, args);
    }
    /** Runs `tart <args>`, logging it and its output; a non-zero exit throws `TartCommandError`. */
    async run(label, args, options = {}) {
        this.log.line(`[pikaci] ${label}: tart ${(0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .shellJoin */ .n)(args)}`);
        const result = await this.capture(args, options);
        if (result.stdout)
            this.log.write(result.stdout);
        if (result.stderr)
            this.log.write(result.stderr);
        if (result.exitCode !== 0)
            throw new TartCommandError(label, this.host, result);
        return result.stdout;
    }
    /** Runs `tart <args>` quietly and returns how it ended, whatever that was. */
    capture(args, options = {}) {
        return (0,_transport_index_js__WEBPACK_IMPORTED_MODULE_1__/* .capture */ .Fg)(this.transport, this.argv(args), options);
    }
    /** Runs `tart <request.argv>` with its output streamed, not captured. */
    stream(request) {
        return this.transport.exec({ ...request, argv: this.argv(request.argv) });
    }
}


/***/ }),

/***/ 22532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z0: () => (/* binding */ TerminalResultSchema)
/* harmony export */ });
/* unused harmony exports LIFECYCLE_SCHEMA_VERSION, LIFECYCLE_STATES, LifecycleStateSchema, GuestStatusSchema, GuestEventSchema, runStatusOfResult, parseTerminalResult, parseGuestStatus, parseEvents */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * The guest lifecycle files (docs/guest-protocol.md "Lifecycle files"; docs/upstream.md, executor 0.4
 * and 5.4): `status.json`, `events.jsonl` and the terminal `result.json`, written by the guest runner
 * and read back by the host. The schemas accept what any writer may produce (upstream's included);
 * the runner's exact bytes are specified in the protocol.
 */


const LIFECYCLE_SCHEMA_VERSION = 1;
const LIFECYCLE_STATES = [
    'requested',
    'provisioning',
    'booted',
    'unreachable',
    'stopped',
    'destroyed',
    'starting',
    'ready',
    'failed',
    'completed',
];
const LifecycleStateSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(LIFECYCLE_STATES);
const schemaVersion = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(LIFECYCLE_SCHEMA_VERSION);
/** `result.json`. `status` is only `completed` or `failed`; upstream's old `passed` is rejected. */
const TerminalResultSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: schemaVersion,
    status: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['completed', 'failed']),
    finished_at: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    message: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    exit_code: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().optional(),
    details: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
});
const GuestStatusSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: schemaVersion,
    state: LifecycleStateSchema,
    updated_at: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    message: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    boot_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    details: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
});
const GuestEventSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema_version: schemaVersion,
    kind: LifecycleStateSchema,
    timestamp: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    message: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    boot_id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    details: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional(),
    seq: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
});
/** `completed` → `passed`, `failed` → `failed` (the job record's RunStatus). */
function runStatusOfResult(result) {
    return result.status === 'completed' ? 'passed' : 'failed';
}
/** Parse `result.json`. `where` names the file in errors. */
function parseTerminalResult(text, where = 'result.json') {
    return parseDocument(TerminalResultSchema, text, where, 'guest terminal result');
}
/** Parse `status.json`. */
function parseGuestStatus(text, where = 'status.json') {
    return parseDocument(GuestStatusSchema, text, where, 'guest status');
}
/**
 * Parse `events.jsonl`. A last line without its newline that does not parse is dropped: a writer
 * that appends (upstream's lifecycle program) may be caught mid-line. Any other bad line is an error.
 */
function parseEvents(text, where = 'events.jsonl') {
    const lines = text.split('\n');
    const complete = text.endsWith('\n');
    const events = [];
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        const isPartialTail = !complete && index === lines.length - 1;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            if (isPartialTail)
                break;
            throw lifecycleError(`${where}:${index + 1}`, 'guest event', `is not JSON (${error.message})`);
        }
        const parsed = safeParse(GuestEventSchema, value);
        if (!parsed.success) {
            if (isPartialTail)
                break;
            throw lifecycleError(`${where}:${index + 1}`, 'guest event', describeIssue(parsed.error));
        }
        events.push(parsed.data);
    }
    return events;
}
function parseDocument(schema, text, where, what) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw lifecycleError(where, what, `is not JSON (${error.message})`);
    }
    const parsed = safeParse(schema, value);
    if (!parsed.success)
        throw lifecycleError(where, what, describeIssue(parsed.error));
    return parsed.data;
}
function describeIssue(error) {
    const issue = error.issues[0];
    if (!issue)
        return 'is invalid';
    const path = issue.path.length > 0 ? `field \`${issue.path.join('.')}\`` : 'document';
    return `has an invalid ${path}: ${issue.message}`;
}
function lifecycleError(where, what, problem) {
    return new PikaciError(`${what} ${problem}`, {
        where,
        hint: 'the guest runner (pikaci-incus-run) writes this file; check logs/guest.log for how it ended (docs/guest-protocol.md)',
    });
}


/***/ }),

/***/ 50995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ JOB_ID_PATTERN)
/* harmony export */ });
/** The job id rule, apart from the schemas (./job.ts) so the lane manifest checks ids without zod. */
const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;


/***/ }),

/***/ 31146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ PlacementSchema),
/* harmony export */   Je: () => (/* binding */ PLACEMENTS),
/* harmony export */   Md: () => (/* binding */ stagedLinuxCommand),
/* harmony export */   NG: () => (/* binding */ supportsParallelExecute),
/* harmony export */   QH: () => (/* binding */ JobSpecSchema),
/* harmony export */   gC: () => (/* binding */ executorLabel),
/* harmony export */   hY: () => (/* binding */ SnapshotProfileSchema),
/* harmony export */   sM: () => (/* binding */ RuntimeKindSchema)
/* harmony export */ });
/* unused harmony exports RUNTIMES, ExecutionConfigSchema, PAYLOAD_ROLES, PayloadRoleSchema, StagedPayloadSpecSchema, StagedLinuxCommandSchema, HostProcessRuntimeSchema, IncusRuntimeSchema, TartRuntimeSchema, RuntimeConfigSchema, GuestCommandSchema, SecretNameSchema */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81651);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50995);
/**
 * The job model (docs/design.md decision 5): where a job runs (`execution`), how it is isolated
 * (`runtime_config`, one variant per backend, whose `kind` must equal `execution.runtime`), and
 * what it runs (`guest_command`). Backend knobs exist only inside their runtime variant.
 */



const PLACEMENTS = ['local', 'remote_ssh'];
const RUNTIMES = ['host_process', 'incus', 'tart'];
const PlacementSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(PLACEMENTS);
const RuntimeKindSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(RUNTIMES);
const ExecutionConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    placement: PlacementSchema,
    runtime: RuntimeKindSchema,
});
const PAYLOAD_ROLES = ['workspace_deps', 'workspace_build'];
const PayloadRoleSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(PAYLOAD_ROLES);
const StagedPayloadSpecSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    role: PayloadRoleSchema,
    /** Flake attribute path, e.g. `ci.x86_64-linux.workspaceDeps`; built as `path:<snapshot>#<output_name>`. */
    output_name: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Repo-relative installable, e.g. `.#ci.x86_64-linux.workspaceDeps`. */
    nix_installable: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const SnapshotProfileSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['rust', 'followup']);
const StagedLinuxCommandSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    snapshot_profile: SnapshotProfileSchema,
    prepare_node_prefix: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    prepare_description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    /** Exactly two specs, in the order `[workspace_deps, workspace_build]`. */
    payload_specs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([StagedPayloadSpecSchema, StagedPayloadSpecSchema])
        .refine(([deps, build]) => deps.role === 'workspace_deps' && build.role === 'workspace_build', {
        message: 'payload_specs must be [workspace_deps, workspace_build] in that order',
    }),
    /** Absolute guest path of the lane's entry script; replaces the guest command at run time. */
    execute_wrapper_command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .startsWith('/', 'execute_wrapper_command must be an absolute guest path'),
    workspace_output_system: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
});
const HostProcessRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_process') });
const IncusRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('incus'),
    staged_linux_command: StagedLinuxCommandSchema.optional(),
});
const TartRuntimeSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('tart'),
    host_setup_command: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    mount_host_rust_toolchain: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
});
const RuntimeConfigSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    HostProcessRuntimeSchema,
    IncusRuntimeSchema,
    TartRuntimeSchema,
]);
const nonEmpty = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
const GuestCommandSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('kind', [
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('host_shell_command'), command: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('exact_cargo_test'), package: nonEmpty, test_name: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('package_unit_tests'), package: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('package_tests'), package: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('filtered_cargo_tests'), package: nonEmpty, filter: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shell_command'), command: nonEmpty }),
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shell_command_as_root'), command: nonEmpty }),
    /** A lane's plain `command`: an argv run without a shell. */
    _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('argv'), argv: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).min(1) }),
]);
/**
 * A secret a job asks for by name: an environment variable of the action's (or CLI's) process,
 * passed to the job and redacted from every log and record (README "Security"). The runner's own
 * channels (`INPUT_*`, `ACTIONS_*`) can never be asked for.
 */
const SecretNameSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'these are environment variable names: letters, digits and `_`')
    .refine((name) => !/^(INPUT_|ACTIONS_)/i.test(name), {
    message: "`INPUT_*` and `ACTIONS_*` are the runner's own variables and are never passed to a job",
});
const JobSpecSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_ID_PATTERN */ .B, 'job ids are letters, digits, `.`, `_` and `-`, starting alphanumeric'),
    description: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    timeout_secs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    writable_workspace: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    execution: ExecutionConfigSchema,
    runtime_config: RuntimeConfigSchema,
    guest_command: GuestCommandSchema,
    /** Environment variables passed to the job as secrets (values redacted everywhere). */
    secrets: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SecretNameSchema).optional(),
    /** Non-secret environment variables passed to the job by name when set (README "Security"). */
    pass_env: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SecretNameSchema).optional(),
})
    .superRefine((job, ctx) => {
    if (job.runtime_config.kind !== job.execution.runtime) {
        ctx.addIssue({
            code: 'custom',
            path: ['runtime_config', 'kind'],
            message: `runtime_config is \`${job.runtime_config.kind}\` but execution.runtime is \`${job.execution.runtime}\`; they must agree`,
        });
    }
});
/** The label upstream records in `JobRecord.executor` for a placement × runtime pair. */
function executorLabel(execution) {
    const { placement, runtime } = execution;
    switch (runtime) {
        case 'host_process':
            return placement === 'local' ? 'host_local' : 'remote_ssh_host_process';
        case 'incus':
            return placement === 'local' ? 'local_incus' : 'remote_linux_vm';
        case 'tart':
            return placement === 'local' ? 'tart_local' : 'remote_ssh_tart';
        default:
            return (0,_util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .assertNever */ .x)(runtime);
    }
}
function stagedLinuxCommand(job) {
    return job.runtime_config.kind === 'incus' ? job.runtime_config.staged_linux_command : undefined;
}
/** Upstream: execute nodes run concurrently only when every job of the run is a staged Linux job. */
function supportsParallelExecute(job) {
    return stagedLinuxCommand(job) !== undefined;
}


/***/ }),

/***/ 88577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ timestampMs),
/* harmony export */   ag: () => (/* binding */ rfc3339),
/* harmony export */   wX: () => (/* binding */ TimestampSchema)
/* harmony export */ });
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/**
 * Timestamps in records: written as RFC 3339 UTC with `Z` (millisecond precision); read in any
 * RFC 3339 form, including upstream's `+00:00` offset with up to 9 fractional digits.
 */

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|z|[+-]\d{2}:\d{2})$/;
const TimestampSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(RFC3339, 'expected an RFC 3339 timestamp such as 2026-03-19T01:02:03Z');
function rfc3339(date = new Date()) {
    return date.toISOString();
}
/** Milliseconds since the epoch of an RFC 3339 timestamp (any offset, any precision). */
function timestampMs(value) {
    return Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
}


/***/ }),

/***/ 69872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ openLogSet),
/* harmony export */   qf: () => (/* binding */ openLogWriter)
/* harmony export */ });
/* unused harmony export LogWriteError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50767);
/**
 * Log files written with synchronous appends: a chunk is on disk before the next one is read from
 * the pipe, so a command that prints gigabytes never makes this process buffer them (docs/design.md decision 9).
 *
 * Writes happen inside stream handlers, where a throw would crash the runner before any cleanup
 * runs. So in a set opened with `onError` a write error (a full disk, above all) never throws: the
 * first one is kept, reported once to `onError`, and every log of the set stops writing (they share
 * the disk). Without `onError` the error is thrown, worded the same way.
 */



/** The write error that stopped a set of logs: `no space left on device writing <file>`. */
class LogWriteError extends _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PikaciError */ .uy {
    path;
    constructor(path, error) {
        const code = error?.code;
        const message = code === 'ENOSPC'
            ? `no space left on device writing ${path}`
            : `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
        super(message, { hint: 'free space on the state root (pikaci gc) and run again', cause: error });
        this.path = path;
        this.name = 'LogWriteError';
    }
}
function openLogSet(onError) {
    let failure = null;
    const fail = (path, error) => {
        if (failure !== null)
            return;
        failure = new LogWriteError(path, error);
        if (!onError)
            throw failure;
        onError(failure);
    };
    return {
        get failure() {
            return failure;
        },
        open(path) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
            let fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a');
            const append = (bytes) => {
                if (fd === null || failure !== null)
                    return;
                let offset = 0;
                try {
                    while (offset < bytes.length)
                        offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, offset);
                }
                catch (error) {
                    fail(path, error);
                }
            };
            // Every log the project writes passes the redactor (README "Security").
            const redactor = (0,_util_index_js__WEBPACK_IMPORTED_MODULE_3__/* .streamRedactor */ .fx)(append);
            const write = (chunk) => {
                if (fd === null)
                    throw new Error(`log ${path} is closed`);
                if (failure !== null) {
                    if (onError)
                        return;
                    throw failure;
                }
                redactor.write(chunk);
            };
            return {
                path,
                write,
                line: (text) => write(`${text}\n`),
                close: () => {
                    if (fd === null)
                        return;
                    try {
                        redactor.end();
                    }
                    finally {
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
                        fd = null;
                    }
                },
            };
        },
    };
}
/** One log on its own; a write error is thrown (as a `LogWriteError`). */
function openLogWriter(path) {
    return openLogSet().open(path);
}


/***/ })

};
