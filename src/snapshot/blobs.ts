/**
 * Bulk blob reads through one `git cat-file --batch --buffer` process: object ids in on stdin (closed
 * at once, so git may buffer its output), `<oid> blob <size>\n<bytes>\n` out on stdout, in request
 * order. Each blob is handed to `onBlob` whole; while too many handlers are still running, stdout is
 * paused so memory stays bounded.
 */
import { streamGit } from '../git/index.js';
import { PikaciError } from '../util/index.js';

const MAX_IN_FLIGHT = 64;

export async function readBlobs(
  cwd: string,
  oids: readonly string[],
  onBlob: (oid: string, bytes: Buffer) => Promise<void>,
): Promise<void> {
  if (oids.length === 0) return;
  const child = streamGit(cwd, ['cat-file', '--batch', '--buffer']);

  return new Promise<void>((resolve, reject) => {
    const queue = new ChunkQueue();
    let next = 0;
    let expectedSize: number | null = null;
    let inFlight = 0;
    let failure: Error | null = null;
    let exited = false;

    // Settles only once git has exited and every handler has finished, so nothing outlives the call.
    const settle = (): void => {
      if (inFlight > 0 || !exited) return;
      if (failure) reject(failure);
      else if (next < oids.length)
        reject(
          new PikaciError(`git cat-file stopped after ${next} of ${oids.length} objects`, { where: cwd }),
        );
      else resolve();
    };
    const fail = (error: Error): void => {
      failure ??= error;
      child.stdout.destroy();
      child.stop();
      settle();
    };

    // git cannot start, exits non-zero or is stopped: the runner's error (command and stderr).
    child.exited.then(
      () => {
        exited = true;
        settle();
      },
      (error: Error) => {
        exited = true;
        fail(error);
      },
    );
    child.stdin.on('error', (error) =>
      fail(new PikaciError(`git cat-file stdin: ${error.message}`, { where: cwd })),
    );

    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      queue.push(chunk);
      for (;;) {
        if (expectedSize === null) {
          const header = queue.takeLine();
          if (header === null) break;
          const oid = oids[next];
          const [gotOid, type, size] = header.split(' ');
          if (gotOid !== oid || type === 'missing' || type !== 'blob' || size === undefined) {
            fail(
              new PikaciError(
                type === 'missing'
                  ? `git object ${oid} is missing from the repository`
                  : `unexpected git cat-file reply for ${oid}: ${JSON.stringify(header)}`,
                { where: cwd, hint: 'run `git fsck`; a shallow or partial clone may lack the object' },
              ),
            );
            return;
          }
          expectedSize = Number(size);
        }
        const body = queue.take(expectedSize + 1);
        if (body === null) break;
        const oid = oids[next]!;
        next += 1;
        expectedSize = null;
        inFlight += 1;
        if (inFlight >= MAX_IN_FLIGHT) child.stdout.pause();
        onBlob(oid, body.subarray(0, body.length - 1)).then(
          () => {
            inFlight -= 1;
            if (inFlight < MAX_IN_FLIGHT / 2 && !failure) child.stdout.resume();
            settle();
          },
          (error: unknown) => {
            inFlight -= 1;
            fail(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }
    });

    child.stdin.end(`${oids.join('\n')}\n`);
  });
}

/** A byte queue that joins chunks only when a whole line or body is available. */
class ChunkQueue {
  private chunks: Buffer[] = [];
  private length = 0;

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  takeLine(): string | null {
    let offset = 0;
    for (const chunk of this.chunks) {
      const at = chunk.indexOf(10);
      if (at !== -1) {
        const line = this.take(offset + at + 1)!;
        return line.subarray(0, line.length - 1).toString('utf8');
      }
      offset += chunk.length;
    }
    return null;
  }

  take(count: number): Buffer | null {
    if (count > this.length) return null;
    const first = this.chunks[0]!;
    let out: Buffer;
    if (first.length >= count) {
      out = first.subarray(0, count);
      if (first.length === count) this.chunks.shift();
      else this.chunks[0] = first.subarray(count);
    } else {
      const parts: Buffer[] = [];
      let needed = count;
      while (needed > 0) {
        const chunk = this.chunks[0]!;
        if (chunk.length <= needed) {
          parts.push(chunk);
          this.chunks.shift();
          needed -= chunk.length;
        } else {
          parts.push(chunk.subarray(0, needed));
          this.chunks[0] = chunk.subarray(needed);
          needed = 0;
        }
      }
      out = Buffer.concat(parts, count);
    }
    this.length -= count;
    return out;
  }
}
