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
import { hostname } from 'node:os';
import { posix } from 'node:path';
import { startHolder } from '../../locks/index.js';
import type { Transport } from '../../transport/index.js';
import { describeExit } from '../../transport/index.js';
import { PikaciError } from '../../util/index.js';
import { hostArgv } from './cli.js';

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

export interface SlotOptions {
  workDir: string;
  slots: number;
  timeoutSecs: number;
  /** Shown to waiters: the run, the job and where the runner is. */
  holder: string;
  log: (line: string) => void;
  signal: AbortSignal;
}

export interface HeldSlot {
  readonly slot: number;
  /** Ends the holder; resolves once the slot is free on the host. Idempotent. */
  release(): Promise<void>;
}

export function slotLockDir(workDir: string): string {
  return posix.join(workDir, 'locks');
}

/** Takes one of the host's VM slots, waiting up to `timeoutSecs` for one to be free. */
export async function acquireVmSlot(transport: Transport, options: SlotOptions): Promise<HeldSlot> {
  const host = transport.hostLabel;
  let slot = -1;
  let waitedSince: number | null = null;
  const held = startHolder(transport, {
    argv: hostArgv(options.workDir, [
      'perl',
      '-e',
      HOLDER_SCRIPT,
      slotLockDir(options.workDir),
      String(options.slots),
      String(options.timeoutSecs),
      `${options.holder} (runner pid ${process.pid} on ${hostname()})`,
    ]),
    signal: options.signal,
    onLine(line) {
      if (line.startsWith('waiting ')) {
        waitedSince = Date.now();
        options.log(
          `[pikaci] all ${options.slots} Tart VM slots on ${host} are taken (${line.slice(8)}); waiting up to ${options.timeoutSecs}s`,
        );
      } else if (line.startsWith('acquired ')) {
        slot = Number(line.slice(9));
        return true;
      }
      return false;
    },
  });
  const first = await held.held;
  if (first !== null) {
    if (first.cancelled) throw new PikaciError('cancelled while waiting for a Tart VM slot');
    if (first.exitCode === TIMED_OUT_STATUS) {
      throw new PikaciError(
        `timed out after ${options.timeoutSecs}s waiting for one of the ${options.slots} Tart VM slots on ${host}`,
        {
          hint: 'other jobs hold both VMs the host may run; raise --tart-slot-timeout or run fewer Tart jobs at once',
        },
      );
    }
    throw new PikaciError(`could not take a Tart VM slot on ${host} (${describeExit(first)})`, {
      hint: `the host needs perl and a writable ${slotLockDir(options.workDir)}`,
    });
  }
  options.log(
    `[pikaci] holding Tart VM slot ${slot} on ${host}${waitedSince === null ? '' : ` after waiting ${((Date.now() - waitedSince) / 1000).toFixed(1)}s`}`,
  );
  let released: Promise<void> | undefined;
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
