/**
 * Host-side work of the Tart backend, once per run and host: the host checks (macOS on Apple Silicon,
 * Tart ≥ 2.27, which has `tart exec`), finding the host's Xcode and Rust toolchain, and the host setup
 * commands (docs/upstream.md, executor 1 and 6 steps 1, 2 and 7). Every command goes through the
 * job's transport with `hostArgv`, so it runs on the Mac the job runs on, here or over SSH.
 */
import { posix } from 'node:path';
import { openLogWriter, type JobContext } from '../../runtime/index.js';
import { capture, describeExit, mustCapture, shArgv, type Transport } from '../../transport/index.js';
import { errorMessage, PikaciError, shellQuote } from '../../util/index.js';
import { VmFailure } from '../../vm/index.js';
import { hostArgv, HOMEBREW_BIN, stderrTail } from './cli.js';

/** `tart exec` appeared in Tart 2.27.0. */
export const MIN_TART_VERSION = [2, 27, 0] as const;

/** `a.b.c` ≥ the minimum; a version Tart prints without a patch level counts as `.0`. */
export function tartVersionOk(version: string): boolean {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  if (!match) return false;
  const parts = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  for (let i = 0; i < 3; i++) {
    if (parts[i]! !== MIN_TART_VERSION[i]) return parts[i]! > MIN_TART_VERSION[i]!;
  }
  return true;
}

/** `uname -sm` must say `Darwin arm64` and `tart --version` must be ≥ 2.27. Returns Tart's version. */
export async function checkTartHost(
  transport: Transport,
  workDir: string,
  signal: AbortSignal,
): Promise<string> {
  const host = transport.hostLabel;
  const uname = await capture(transport, hostArgv(workDir, ['uname', '-sm']), { signal });
  if (uname.exitCode !== 0) {
    throw new VmFailure(
      `\`uname -sm\` on ${host} failed (${describeExit(uname)})${stderrTail(uname.stderr)}`,
    );
  }
  const [os, arch] = uname.stdout.trim().split(/\s+/);
  if (os !== 'Darwin') {
    throw new VmFailure(
      `Tart jobs need a macOS host; ${host} runs ${os ?? 'an unknown system'} (\`uname -sm\`)`,
    );
  }
  if (arch !== 'arm64') {
    throw new VmFailure(
      `Tart jobs need Apple Silicon; ${host} is ${arch ?? 'an unknown machine'} (\`uname -sm\`)`,
    );
  }
  const version = await capture(transport, hostArgv(workDir, ['tart', '--version']), { signal });
  if (version.exitCode === 127) {
    throw new VmFailure(
      `Tart is not installed on ${host} (\`tart\` is not on PATH, ${HOMEBREW_BIN} or ${posix.join(workDir, 'bin')}); install it with \`brew install cirruslabs/cli/tart\``,
    );
  }
  if (version.exitCode !== 0) {
    throw new VmFailure(
      `\`tart --version\` on ${host} failed (${describeExit(version)})${stderrTail(version.stderr)}`,
    );
  }
  const text = version.stdout.trim();
  if (!tartVersionOk(text)) {
    throw new VmFailure(
      `Tart ${text || '(no version)'} on ${host} is too old: pikaci needs ${MIN_TART_VERSION.join('.')} or newer for \`tart exec\`; upgrade it with \`brew upgrade cirruslabs/cli/tart\``,
    );
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

export async function resolveXcodeApp(
  transport: Transport,
  workDir: string,
  given: string | undefined,
  signal: AbortSignal,
): Promise<string> {
  const found = await capture(transport, hostArgv(workDir, ['sh', '-c', XCODE_SCRIPT, 'sh', given ?? '']), {
    signal,
  });
  const path = found.stdout.trim();
  if (found.exitCode === 0 && path !== '') return path;
  throw new VmFailure(
    given
      ? `the Xcode app ${given} (--tart-xcode-app / PIKACI_TART_XCODE_APP) does not exist on ${transport.hostLabel}`
      : `no Xcode app found on ${transport.hostLabel} for --tart-use-host-xcode (looked for /Applications/Xcode-16.4.0.app, \`xcode-select -p\` and /Applications/Xcode*.app); set --tart-xcode-app`,
  );
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

export async function resolveRustToolchain(
  transport: Transport,
  workDir: string,
  given: string | undefined,
  signal: AbortSignal,
): Promise<string> {
  const found = await capture(
    transport,
    hostArgv(workDir, ['sh', '-c', TOOLCHAIN_SCRIPT, 'sh', given ?? '']),
    {
      signal,
    },
  );
  const path = found.stdout.trim();
  if (found.exitCode === 0 && path !== '') return path;
  throw new VmFailure(
    given
      ? `the Rust toolchain ${given} (--tart-rust-toolchain) on ${transport.hostLabel} has no bin/cargo`
      : `no Rust toolchain found on ${transport.hostLabel} for a mount_host_rust_toolchain job (\`command -v cargo\` found none); install one or set --tart-rust-toolchain`,
  );
}

/**
 * Host setup commands and the workspace they prepare, once per run and host. A run whose Tart jobs
 * have host setup commands gets one writable copy of its snapshot on the host, `<run dir>/tart-workspace`;
 * each distinct command runs there once (`bash --noprofile --norc -lc <command>`, upstream's form),
 * its output appended to `host-setup.log` in the run directory on this machine, and the jobs share
 * what it built. A command that fails fails every Tart job of the run that needs it, naming the log.
 */
export class HostSetups {
  private readonly workspaces = new Map<string, Promise<string>>();
  private readonly commands = new Map<string, Promise<void>>();

  /** The prepared workspace of `ctx`'s run on its host, every command in `commands` run there once. */
  async prepare(
    ctx: JobContext,
    workDir: string,
    snapshotDir: string,
    hostRunDir: string,
    commands: readonly string[],
  ): Promise<string> {
    const { transport } = ctx;
    const runKey = `${ctx.runId}\0${transport.hostLabel}`;
    let workspace = this.workspaces.get(runKey);
    if (!workspace) {
      const copy = posix.join(hostRunDir, 'tart-workspace');
      workspace = mustCapture(
        transport,
        'copy the snapshot into the Tart host workspace',
        shArgv(
          `set -eu; rm -rf ${shellQuote(copy)}; mkdir -p ${shellQuote(hostRunDir)}; cp -a ${shellQuote(snapshotDir)} ${shellQuote(copy)}; chmod -R u+w ${shellQuote(copy)}`,
        ),
      ).then(() => copy);
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
export function hostSetupLogPath(ctx: Pick<JobContext, 'paths'>): string {
  return posix.join(posix.dirname(posix.dirname(ctx.paths.jobDir)), 'host-setup.log');
}

async function runHostSetup(ctx: JobContext, workDir: string, cwd: string, command: string): Promise<void> {
  const logPath = hostSetupLogPath(ctx);
  const log = openLogWriter(logPath);
  try {
    log.line(`[pikaci] host setup on ${ctx.transport.hostLabel}: ${command}`);
    ctx.hostLog.line(`[pikaci] host setup on ${ctx.transport.hostLabel} (log: ${logPath}): ${command}`);
    const result = await ctx.transport
      .exec({
        argv: hostArgv(workDir, ['bash', '--noprofile', '--norc', '-lc', command]),
        cwd,
        onStdout: (chunk) => log.write(chunk),
        onStderr: (chunk) => log.write(chunk),
        signal: ctx.signal,
      })
      .catch((error: unknown) => {
        throw new PikaciError(
          `host setup \`${command}\` could not start on ${ctx.transport.hostLabel}: ${errorMessage(error)}; see ${logPath}`,
        );
      });
    log.line(`[pikaci] host setup ended (${describeExit(result)})`);
    if (result.exitCode !== 0) {
      throw new PikaciError(
        `host setup \`${command}\` failed on ${ctx.transport.hostLabel} (${describeExit(result)}); see ${logPath}`,
      );
    }
  } finally {
    log.close();
  }
}
