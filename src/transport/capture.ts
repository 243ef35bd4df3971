/** Small helpers over a `Transport` for commands whose output is short and wanted whole. */
import type { Readable } from 'node:stream';
import type { ExecResult, Transport } from './types.js';
import { PikaciError } from '../util/index.js';

/** Output beyond this is dropped: these helpers read markers and manifests, never logs. */
const CAPTURE_LIMIT = 4 * 1024 * 1024;

export interface Captured extends ExecResult {
  stdout: string;
  stderr: string;
}

export interface CaptureOptions {
  stdin?: Readable | Buffer | string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function capture(
  transport: Transport,
  argv: readonly string[],
  options: CaptureOptions = {},
): Promise<Captured> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let outSize = 0;
  let errSize = 0;
  const result = await transport.exec({
    argv,
    ...options,
    onStdout: (chunk) => {
      if ((outSize += chunk.length) <= CAPTURE_LIMIT) out.push(chunk);
    },
    onStderr: (chunk) => {
      if ((errSize += chunk.length) <= CAPTURE_LIMIT) err.push(chunk);
    },
  });
  return {
    ...result,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

/** `sh -c <script>` on the placement host. */
export function shArgv(script: string): string[] {
  return ['sh', '-c', script];
}

export function describeExit(result: ExecResult): string {
  if (result.connectionLost) return 'connection lost';
  if (result.timedOut) return 'timed out';
  if (result.cancelled) return 'cancelled';
  if (result.exitCode !== null) return `exit code ${result.exitCode}`;
  return `signal ${result.signal ?? 'unknown'}`;
}

/** Run and require success; the error names what was being done, the host and how it ended. */
export async function mustCapture(
  transport: Transport,
  what: string,
  argv: readonly string[],
  options: CaptureOptions = {},
): Promise<Captured> {
  const result = await capture(transport, argv, options);
  if (result.exitCode !== 0) {
    const stderr = result.stderr.trim();
    throw new PikaciError(
      `${what} on ${transport.hostLabel} failed (${describeExit(result)})${stderr ? `: ${stderr}` : ''}`,
    );
  }
  return result;
}
