/**
 * A transport runs commands on a placement host (docs/design.md decision 1). Runtime backends drive their
 * host only through this interface, so every placement × runtime pair shares one code path.
 */
import type { Readable } from 'node:stream';
import type { Placement } from '../model/index.js';

export interface ExecRequest {
  /** Program and arguments. Never passed through a shell locally; quoted one by one over SSH. */
  argv: readonly string[];
  cwd?: string;
  /** Added to the environment of the command (on top of the host's). */
  env?: Readonly<Record<string, string>>;
  /**
   * Locally: false runs the command with `env` only, not this process's environment (jobs, which
   * must not see the action's inputs and tokens). Default true. Over SSH the remote login
   * environment is the base either way.
   */
  inheritEnv?: boolean;
  /** Bytes for the command's stdin; stdin is closed (EOF) when absent. */
  stdin?: Readable | Buffer | string;
  /** Called with raw output chunks as they arrive; output is never buffered whole. */
  onStdout?: (chunk: Buffer) => void;
  onStderr?: (chunk: Buffer) => void;
  /** Kill the command (SIGTERM, then SIGKILL after a grace period) when it runs this long. */
  timeoutMs?: number;
  /** Aborting stops the command the same way as a timeout. */
  signal?: AbortSignal;
}

export interface ExecResult {
  /** Exit code, or null when the command was ended by a signal or the connection was lost. */
  exitCode: number | null;
  /** The signal that ended the command, when known. */
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  /**
   * Set (SSH only) when the connection dropped before the exit status arrived; `exitCode` is null.
   * The transport dials again on the next `exec`, so cleanup commands can still run.
   */
  connectionLost?: boolean;
}

export interface Transport {
  readonly placement: Placement;
  /** Human label of the host: `localhost`, or `user@host:port` for SSH. */
  readonly hostLabel: string;
  exec(request: ExecRequest): Promise<ExecResult>;
  /** Release the host connection; idempotent. */
  close(): Promise<void>;
}
