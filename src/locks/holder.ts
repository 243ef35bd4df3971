/**
 * A holder: one process run over a transport that takes something on the host (a `flock`), says so
 * on its stdout, and keeps it until its stdin ends (docs/design.md decision 8). A normal release
 * ends stdin; a cancelled or crashed runner closes its pipe or its SSH connection, so what is held
 * is let go on every exit path without stale detection. Concurrency groups (`./group-lock.ts`) and
 * the Tart backend's VM slots are held this way.
 */
import { PassThrough } from 'node:stream';
import type { ExecResult, Transport } from '../transport/index.js';

export interface HolderOptions {
  argv: string[];
  signal?: AbortSignal;
  /** Each line the holder prints, in order; true for the line that says it holds. */
  onLine(line: string): boolean;
}

export interface Holder {
  /** null once the holder holds; its exit when it ended first (cancelled, timed out, failed). */
  readonly held: Promise<ExecResult | null>;
  /** Ends the holder's stdin and resolves with its exit, once the host has let go. Idempotent. */
  release(): Promise<ExecResult>;
}

export function startHolder(transport: Transport, options: HolderOptions): Holder {
  const stdin = new PassThrough();
  let pending = '';
  let markHeld: () => void = () => undefined;
  const heldNow = new Promise<void>((resolve) => (markHeld = resolve));
  const running = transport.exec({
    argv: options.argv,
    stdin,
    ...(options.signal ? { signal: options.signal } : {}),
    onStdout: (chunk) => {
      pending += chunk.toString('utf8');
      let newline = pending.indexOf('\n');
      while (newline !== -1) {
        if (options.onLine(pending.slice(0, newline))) markHeld();
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    },
  });
  const held = Promise.race([heldNow.then(() => null), running]).then((first) => {
    if (first !== null) stdin.end();
    return first;
  });
  let released: Promise<ExecResult> | undefined;
  return {
    held,
    release() {
      released ??= (stdin.end(), running);
      return released;
    },
  };
}
