/**
 * Log files written with synchronous appends: a chunk is on disk before the next one is read from
 * the pipe, so a command that prints gigabytes never makes this process buffer them (docs/design.md decision 9).
 *
 * Writes happen inside stream handlers, where a throw would crash the runner before any cleanup
 * runs. So in a set opened with `onError` a write error (a full disk, above all) never throws: the
 * first one is kept, reported once to `onError`, and every log of the set stops writing (they share
 * the disk). Without `onError` the error is thrown, worded the same way.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { PikaciError, streamRedactor } from '../util/index.js';
import type { LogWriter } from './types.js';

export interface ClosableLogWriter extends LogWriter {
  close(): void;
}

/** The write error that stopped a set of logs: `no space left on device writing <file>`. */
export class LogWriteError extends PikaciError {
  constructor(
    readonly path: string,
    error: unknown,
  ) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const message =
      code === 'ENOSPC'
        ? `no space left on device writing ${path}`
        : `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
    super(message, { hint: 'free space on the state root (pikaci gc) and run again', cause: error });
    this.name = 'LogWriteError';
  }
}

/** Logs that stop together: the first write error of any of them stops them all. */
export interface LogSet {
  open(path: string): ClosableLogWriter;
  /** The first write error, or null while every write has succeeded. */
  readonly failure: LogWriteError | null;
}

export function openLogSet(onError?: (failure: LogWriteError) => void): LogSet {
  let failure: LogWriteError | null = null;
  const fail = (path: string, error: unknown): void => {
    if (failure !== null) return;
    failure = new LogWriteError(path, error);
    if (!onError) throw failure;
    onError(failure);
  };
  return {
    get failure() {
      return failure;
    },
    open(path) {
      mkdirSync(dirname(path), { recursive: true });
      let fd: number | null = openSync(path, 'a');
      const append = (bytes: Buffer): void => {
        if (fd === null || failure !== null) return;
        let offset = 0;
        try {
          while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
        } catch (error) {
          fail(path, error);
        }
      };
      // Every log the project writes passes the redactor (README "Security").
      const redactor = streamRedactor(append);
      const write = (chunk: Buffer | string): void => {
        if (fd === null) throw new Error(`log ${path} is closed`);
        if (failure !== null) {
          if (onError) return;
          throw failure;
        }
        redactor.write(chunk);
      };
      return {
        path,
        write,
        line: (text) => write(`${text}\n`),
        close: () => {
          if (fd === null) return;
          try {
            redactor.end();
          } finally {
            closeSync(fd);
            fd = null;
          }
        },
      };
    },
  };
}

/** One log on its own; a write error is thrown (as a `LogWriteError`). */
export function openLogWriter(path: string): ClosableLogWriter {
  return openLogSet().open(path);
}
