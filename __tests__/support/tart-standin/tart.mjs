#!/usr/bin/env node
/**
 * A simulated `tart` for the tests: Tart needs macOS on Apple Silicon, which this machine is not.
 * Each behaviour follows Tart's own source (cirruslabs/tart 2.32.1, Sources/tart/…), cited where it
 * is reproduced. Guests are simulated on this Linux host: `tart exec` runs the command chrooted
 * into a per-VM file system built in a private mount namespace (guest-root.sh), with the `--dir`
 * shares where a macOS guest has them.
 *
 * State: `$TART_HOME/vms/<name>/` per VM (Tart keeps VMs in `$TART_HOME/vms`, Config.swift), with
 * `disk/` (the guest's own files), `boot/` (the current boot: `run.json`, `shares`, `mounts`) and an
 * empty `root/` mountpoint. Every invocation is appended to `$TART_HOME/argv.log` (one JSON array a
 * line) so the tests can pin the command sequence. `$TART_HOME/switches.json` holds the failure
 * switches, read at each invocation:
 *   agentDelayMs      the guest agent answers `exec` this long after `run` booted the VM (default 0)
 *   agentNeverReady   the guest agent never answers
 *   guestHangs        the guest runner's `exec` (its argv names pikaci-incus-run) hangs without
 *                     output until the VM stops: a frozen guest
 *   cloneFails        `clone` fails
 *   runDiesAfterMs    `run` exits with an error this long after booting (the VM crashed)
 *   macosTools        the guest lacks what macOS lacks: runuser, setpriv, su, GNU timeout, sha256sum
 *   version           what `--version` prints (default 2.32.1)
 * `_seed <name>` (not a Tart command) creates a stopped base VM whose disk has a copy of this host's
 * /etc plus the guest runner's user `pikaci` (uid 1000).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const HOME = process.env.TART_HOME;
if (!HOME) fail(1, 'TART_HOME is not set (the simulated tart keeps its VMs there)');
const VMS = join(HOME, 'vms');
mkdirSync(VMS, { recursive: true });
const argv = process.argv.slice(2);
appendFileSync(join(HOME, 'argv.log'), `${JSON.stringify(argv)}\n`);
const switches = readJson(join(HOME, 'switches.json')) ?? {};

function fail(code, message) {
  // Root.swift: an error with an exit code is printed as its description to stderr, then exit(code).
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const vmDir = (name) => join(VMS, name);

/** VMStorageLocal.open → RuntimeError.VMDoesNotExist, exit code 2 (VMStorageHelper.swift). */
function openVm(name) {
  const dir = vmDir(name);
  if (!existsSync(join(dir, 'config.json'))) fail(2, `the specified VM "${name}" does not exist`);
  return dir;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** VMDirectory.running(): the config lock is held by a live `tart run` (its PID). */
function bootOf(dir) {
  const boot = readJson(join(dir, 'boot', 'run.json'));
  return boot && alive(boot.pid) ? boot : null;
}

function runningNames() {
  return readdirSync(VMS)
    .filter((name) => bootOf(vmDir(name)) !== null)
    .sort();
}

/** Powering a VM off ends every process of its guest (those chrooted into its root). */
function killGuest(dir) {
  const root = join(dir, 'root');
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/root`) === root) process.kill(Number(entry), 'SIGKILL');
    } catch {
      // gone already, or not ours to read
    }
  }
}

/** A short global lock (mkdir is atomic) around "count the running VMs, then start one". */
function withTableLock(body) {
  const lock = join(HOME, '.table.lock');
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      spawnSync('sleep', ['0.05']);
    }
  }
  try {
    return body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function flagValue(args, i, long, short) {
  const arg = args[i];
  if (arg === long || (short && arg === short)) return { value: args[i + 1], next: i + 2 };
  if (arg.startsWith(`${long}=`)) return { value: arg.slice(long.length + 1), next: i + 1 };
  return null;
}

const [verb, ...rest] = argv;
switch (verb) {
  case '--version':
    process.stdout.write(`${switches.version ?? '2.32.1'}\n`);
    break;
  case '_seed':
    seed(rest[0]);
    break;
  case 'clone':
    clone(rest);
    break;
  case 'run':
    run(rest);
    break;
  case 'exec':
    exec(rest);
    break;
  case 'stop':
    stop(rest);
    break;
  case 'delete':
    // Delete.swift: each name in turn; VMDirectory.delete() refuses a VM whose lock is held
    // (RuntimeError.VMIsRunning, exit 1).
    for (const name of rest) {
      const dir = openVm(name);
      if (bootOf(dir)) fail(1, `VM "${name}" is running`);
      rmSync(dir, { recursive: true, force: true });
    }
    break;
  case 'list':
    list(rest);
    break;
  default:
    fail(64, `Error: unknown or unsupported command for the simulated tart: ${argv.join(' ')}`);
}

function seed(name) {
  const dir = vmDir(name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'root'), { recursive: true });
  mkdirSync(join(dir, 'boot'), { recursive: true });
  const disk = join(dir, 'disk');
  cpSync('/etc', join(disk, 'etc'), { recursive: true, verbatimSymlinks: true, force: true });
  appendFileSync(join(disk, 'etc', 'passwd'), 'pikaci:x:1000:100:pikaci:/home/pikaci:/bin/sh\n');
  rmSync(join(disk, 'etc', 'synthetic.conf'), { force: true });
  // macOS has mount_virtiofs in /sbin; here the shim lives in /.standin/bin, so sudo's secure_path
  // (Debian's sudoers has one) must find it there.
  const sudoers = join(disk, 'etc', 'sudoers');
  if (existsSync(sudoers)) {
    writeFileSync(
      sudoers,
      readFileSync(sudoers, 'utf8').replace(/secure_path="/, 'secure_path="/.standin/bin:'),
    );
  }
  mkdirSync(join(disk, 'private', 'tmp'), { recursive: true, mode: 0o1777 });
  spawnSync('chmod', ['1777', join(disk, 'private', 'tmp')]);
  writeFileSync(join(dir, 'config.json'), `${JSON.stringify({ version: 1, os: 'darwin', arch: 'arm64' })}\n`);
}

function clone([source, target]) {
  if (!source || !target) fail(64, "Error: Missing expected argument '<new-name>'");
  // Clone.swift: validate() refuses a non-local new name.
  if (target.includes('/')) fail(64, 'Error: <new-name> should be a local name');
  const from = openVm(source);
  if (switches.cloneFails) fail(1, `failed to clone "${source}": simulated failure (switch cloneFails)`);
  // Clone.swift: the copy is made in a temporary directory, then VMStorageLocal.move puts it in
  // place with FileManager.replaceItemAt — an existing VM of that name is replaced.
  const tmp = join(HOME, `.clone-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  cpSync(from, tmp, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => !src.startsWith(join(from, 'boot')),
  });
  mkdirSync(join(tmp, 'boot'), { recursive: true });
  rmSync(vmDir(target), { recursive: true, force: true });
  renameSync(tmp, vmDir(target));
}

function parseDirs(args) {
  const shares = [];
  let name;
  let syncFull = false;
  for (let i = 0; i < args.length;) {
    const dir = flagValue(args, i, '--dir');
    if (dir) {
      shares.push(dir.value);
      i = dir.next;
      continue;
    }
    const disk = flagValue(args, i, '--root-disk-opts');
    if (disk) {
      syncFull = /(^|,)sync=full(,|$)/.test(disk.value);
      i = disk.next;
      continue;
    }
    if (['--no-graphics', '--no-audio', '--no-clipboard'].includes(args[i])) {
      i += 1;
      continue;
    }
    if (args[i].startsWith('-')) fail(64, `Error: unsupported option for the simulated tart run: ${args[i]}`);
    name = args[i];
    i += 1;
  }
  return { shares, name, syncFull };
}

/**
 * `--dir [name:]path[:options]` (Run.swift, DirectoryShare): options `ro` and `tag=T`. Named shares
 * appear under /Volumes/My Shared Files/<name>; tagged ones wait for `mount_virtiofs`.
 */
function parseShare(spec) {
  const parts = spec.split(':');
  let name;
  let options = '';
  if (parts.length >= 2 && !parts[0].startsWith('/')) name = parts.shift();
  if (parts.length >= 2) options = parts.pop();
  const path = parts.join(':');
  const opts = options.split(',').filter(Boolean);
  const tag = opts.find((o) => o.startsWith('tag='))?.slice(4);
  if (!existsSync(path)) fail(1, `Error: directory share path ${path} does not exist`);
  return { name: name ?? path.split('/').pop(), tag, readOnly: opts.includes('ro'), path };
}

function run(args) {
  const { shares, name, syncFull } = parseDirs(args);
  if (!name) fail(64, "Error: Missing expected argument '<name>'");
  const dir = openVm(name);
  const parsed = shares.map(parseShare);
  withTableLock(() => {
    // Run.swift: the config lock is taken with trylock → VMAlreadyRunning (exit 2).
    if (bootOf(dir)) fail(2, `VM "${name}" is already running!`);
    // Run.swift: VZError.virtualMachineLimitExceeded → RuntimeError.VirtualMachineLimitExceeded with
    // the other running VMs as a hint. Virtualization.framework allows two macOS VMs per host.
    const others = runningNames();
    if (others.length >= 2) {
      fail(1, `The number of VMs exceeds the system limit (other running VMs: ${others.join(', ')})`);
    }
    const boot = join(dir, 'boot');
    rmSync(boot, { recursive: true, force: true });
    mkdirSync(boot, { recursive: true });
    writeFileSync(
      join(boot, 'shares'),
      parsed
        .map((s) => `${s.tag ? 'tag' : 'name'}\t${s.tag ?? s.name}\t${s.readOnly ? 'ro' : 'rw'}\t${s.path}\n`)
        .join(''),
    );
    const synthetic = (() => {
      try {
        return readFileSync(join(dir, 'disk', 'etc', 'synthetic.conf'), 'utf8');
      } catch {
        return '';
      }
    })();
    if (/^nix\s/m.test(synthetic)) writeFileSync(join(boot, 'synthetic-nix'), '');
    writeFileSync(
      join(boot, 'run.json'),
      `${JSON.stringify({ pid: process.pid, bootedAt: Date.now(), syncFull })}\n`,
    );
  });
  const powerOff = (code, message) => {
    killGuest(dir);
    rmSync(join(dir, 'boot', 'run.json'), { force: true });
    if (message) process.stderr.write(`${message}\n`);
    process.exit(code);
  };
  // Run.swift: SIGINT (what `tart stop` sends) stops the VM gracefully and `run` exits 0; so does
  // SIGTERM here. `run` has no detach mode: it blocks until the VM stops.
  process.on('SIGINT', () => powerOff(0));
  process.on('SIGTERM', () => powerOff(0));
  process.on('SIGHUP', () => powerOff(0));
  if (switches.runDiesAfterMs !== undefined) {
    setTimeout(
      () => powerOff(1, 'Error: the VM stopped unexpectedly (simulated: switch runDiesAfterMs)'),
      switches.runDiesAfterMs,
    );
  }
  setInterval(() => undefined, 60_000);
}

function exec(args) {
  let interactive = false;
  let i = 0;
  for (; i < args.length && args[i].startsWith('-'); i++) {
    if (args[i] === '-i') interactive = true;
    else if (args[i] !== '-t') fail(64, `Error: unsupported option for the simulated tart exec: ${args[i]}`);
  }
  const name = args[i];
  const command = args.slice(i + 1);
  if (!name || command.length === 0) fail(64, "Error: Missing expected argument '<command> ...'");
  const dir = openVm(name);
  // Exec.swift: a VM that is not running → RuntimeError.VMNotRunning (exit 2).
  const boot = bootOf(dir);
  if (!boot) fail(2, `VM "${name}" is not running`);
  // Exec.swift: no guest agent behind the control socket → a generic error (exit 1).
  if (switches.agentNeverReady || Date.now() - boot.bootedAt < (switches.agentDelayMs ?? 0)) {
    fail(
      1,
      'Failed to connect to the VM using its control socket: connection refused (simulated), is the Tart Guest Agent running?',
    );
  }
  const hang = switches.guestHangs && command.some((arg) => arg.endsWith('/pikaci-incus-run'));
  const child = hang
    ? spawn('sleep', ['1000000'], { stdio: 'ignore' })
    : spawn(
        'unshare',
        [
          '--mount',
          '--propagation',
          'private',
          '--fork',
          '--',
          'sh',
          join(HERE, 'guest-root.sh'),
          dir,
          HERE,
          ...command,
        ],
        {
          stdio: [interactive ? 'inherit' : 'ignore', 'inherit', 'inherit'],
          env: { ...process.env, TART_STANDIN_MACOS_TOOLS: switches.macosTools ? '1' : '' },
        },
      );
  // The gRPC stream ends when the VM stops; then `exec` fails.
  const watch = setInterval(() => {
    if (!bootOf(dir)) {
      child.kill('SIGKILL');
      fail(1, `Error: VM "${name}" stopped while the command was running`);
    }
  }, 200);
  const forward = (signal) => child.kill(signal);
  process.on('SIGTERM', () => forward('SIGTERM'));
  process.on('SIGINT', () => forward('SIGINT'));
  child.on('exit', (code, signal) => {
    clearInterval(watch);
    // Root.swift: ExecCustomExitCodeError — the guest command's exit status is tart's.
    process.exit(code ?? (signal ? 128 + 9 : 1));
  });
}

function stop(args) {
  let timeout = 30;
  let name;
  for (let i = 0; i < args.length;) {
    const t = flagValue(args, i, '--timeout', '-t');
    if (t) {
      timeout = Number(t.value);
      i = t.next;
    } else {
      name = args[i];
      i += 1;
    }
  }
  const dir = openVm(name);
  const boot = bootOf(dir);
  // Stop.swift: a stopped VM → RuntimeError.VMNotRunning (exit 2).
  if (!boot) fail(2, `VM "${name}" is not running`);
  // Stop.swift: SIGINT, then wait up to --timeout (100 ms ticks) for the VM to be gone, then SIGKILL.
  process.kill(boot.pid, 'SIGINT');
  const deadline = Date.now() + timeout * 1000;
  while (Date.now() < deadline && alive(boot.pid)) spawnSync('sleep', ['0.1']);
  if (alive(boot.pid)) {
    process.kill(boot.pid, 'SIGKILL');
    killGuest(dir);
    rmSync(join(dir, 'boot', 'run.json'), { force: true });
  }
}

function list(args) {
  let json = false;
  let quiet = false;
  let source;
  for (let i = 0; i < args.length;) {
    const format = flagValue(args, i, '--format');
    const src = flagValue(args, i, '--source');
    if (format) {
      json = format.value === 'json';
      i = format.next;
    } else if (src) {
      source = src.value;
      i = src.next;
    } else if (args[i] === '-q' || args[i] === '--quiet') {
      quiet = true;
      i += 1;
    } else fail(64, `Error: unsupported option for the simulated tart list: ${args[i]}`);
  }
  // List.swift VMInfo: Source, Name, Disk, Size, Accessed, Running, State; sorted by name.
  const infos =
    source === 'oci'
      ? []
      : readdirSync(VMS)
          .filter((name) => existsSync(join(vmDir(name), 'config.json')))
          .sort()
          .map((name) => {
            const running = bootOf(vmDir(name)) !== null;
            return {
              Source: 'local',
              Name: name,
              Disk: 50,
              Size: 20,
              Accessed: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
              Running: running,
              State: running ? 'running' : 'stopped',
            };
          });
  if (quiet) process.stdout.write(infos.map((info) => `${info.Name}\n`).join(''));
  else if (json) process.stdout.write(`${JSON.stringify(infos, null, 2)}\n`);
  else process.stdout.write(infos.map((i) => `${i.Source}\t${i.Name}\t${i.State}\n`).join(''));
}
