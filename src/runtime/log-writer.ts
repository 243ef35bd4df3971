/**
 * Log files written with synchronous appends: a chunk is on disk before the next one is read from
 * the pipe, so a command that prints gigabytes never makes this process buffer them (DESIGN 9).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { streamRedactor } from '../util/redact.js';
import type { LogWriter } from './types.js';

export interface ClosableLogWriter extends LogWriter {
  close(): void;
}

export function openLogWriter(path: string): ClosableLogWriter {
  mkdirSync(dirname(path), { recursive: true });
  let fd: number | null = openSync(path, 'a');
  const append = (bytes: Buffer): void => {
    if (fd === null) throw new Error(`log ${path} is closed`);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
  };
  // Every log the project writes passes the redactor (README "Security").
  const redactor = streamRedactor(append);
  const write = (chunk: Buffer | string): void => {
    if (fd === null) throw new Error(`log ${path} is closed`);
    redactor.write(chunk);
  };
  return {
    path,
    write,
    line: (text) => write(`${text}\n`),
    close: () => {
      if (fd !== null) redactor.end();
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
