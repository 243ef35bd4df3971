/**
 * The simulated Tart host for tests (README "Tart", "Testing"): a work dir W whose `bin/` holds the
 * `tart` stand-in (`tart-standin/tart.mjs`, run with this Node) and a `uname` that answers
 * `Darwin arm64`, and a `TART_HOME` with a seeded base VM. The Tart backend puts `W/bin` first on
 * `PATH` for every host command, locally and over SSH, so the same stand-in answers both.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './repo.js';

export const STANDIN = fileURLToPath(new URL('./tart-standin/tart.mjs', import.meta.url));

export interface StandinSwitches {
  agentDelayMs?: number;
  agentNeverReady?: boolean;
  guestHangs?: boolean;
  cloneFails?: boolean;
  runDiesAfterMs?: number;
  macosTools?: boolean;
  version?: string;
}

export interface SimulatedTartHost {
  /** Work dir W (its `bin/` is first on PATH for the backend's host commands). */
  workDir: string;
  tartHome: string;
  /** Runs the stand-in directly (for setup and assertions); returns stdout. */
  tart(...args: string[]): string;
  setSwitches(switches: StandinSwitches): void;
  /** Every `tart` invocation so far, as argv arrays. */
  invocations(): string[][];
  /** Names of the VMs in the stand-in's table (`tart list --format json`). */
  vms(): string[];
  /** PIDs of live `tart run` processes of this host. */
  runProcesses(): number[];
}

/** A simulated Mac: W with `bin/tart` and `bin/uname`, a `TART_HOME` and the base VM `baseVm`. */
export function simulatedTartHost(options: { baseVm?: string; uname?: string } = {}): SimulatedTartHost {
  const root = tempDir('pikaci-tart-');
  const workDir = join(root, 'work');
  const tartHome = join(root, 'tart-home');
  mkdirSync(join(workDir, 'bin'), { recursive: true });
  mkdirSync(tartHome, { recursive: true });
  const wrapper = join(workDir, 'bin', 'tart');
  writeFileSync(wrapper, `#!/bin/sh\nTART_HOME='${tartHome}' exec '${process.execPath}' '${STANDIN}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  const uname = join(workDir, 'bin', 'uname');
  writeFileSync(
    uname,
    `#!/bin/sh\n# a Mac on Apple Silicon, as far as the Tart backend's host check asks\n[ "$*" = -sm ] && { echo '${options.uname ?? 'Darwin arm64'}'; exit 0; }\nexec /usr/bin/uname "$@"\n`,
  );
  chmodSync(uname, 0o755);
  const tart = (...args: string[]): string =>
    execFileSync(process.execPath, [STANDIN, ...args], {
      env: { ...process.env, TART_HOME: tartHome },
    }).toString();
  tart('_seed', options.baseVm ?? 'sequoia-base');
  writeFileSync(join(tartHome, 'argv.log'), '');
  return {
    workDir,
    tartHome,
    tart,
    setSwitches: (switches) => writeFileSync(join(tartHome, 'switches.json'), JSON.stringify(switches)),
    invocations: () =>
      existsSync(join(tartHome, 'argv.log'))
        ? readFileSync(join(tartHome, 'argv.log'), 'utf8')
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => JSON.parse(line) as string[])
        : [],
    vms: () => (JSON.parse(tart('list', '--format', 'json')) as Array<{ Name: string }>).map((vm) => vm.Name),
    runProcesses: () => {
      try {
        return execFileSync('pgrep', ['-f', `${STANDIN} run `])
          .toString()
          .trim()
          .split('\n')
          .map(Number)
          .filter((pid) => {
            try {
              return readFileSync(`/proc/${pid}/environ`, 'utf8').includes(`TART_HOME=${tartHome}`);
            } catch {
              return false;
            }
          });
      } catch {
        return [];
      }
    },
  };
}

/**
 * The command sequence Tart saw, one line per call, readiness probes that repeat (`exec <vm> true`)
 * collapsed into one, the VM name replaced by `<vm>` and multi-line scripts by `<script>`.
 */
export function tartSequence(invocations: readonly string[][], vm: string): string[] {
  const lines: string[] = [];
  for (const argv of invocations) {
    const line = argv.map((arg) => (arg === vm ? '<vm>' : arg.includes('\n') ? '<script>' : arg)).join(' ');
    // The first probe is started right after `tart run` and may log before it: order them as sent.
    if (line.startsWith('run ') && lines.at(-1) === 'exec <vm> true') {
      lines.splice(-1, 1, line, 'exec <vm> true');
      continue;
    }
    if (line === lines.at(-1) && line.endsWith(' true')) continue;
    lines.push(line);
  }
  return lines;
}
