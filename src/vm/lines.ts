/**
 * The one line splitter: a byte stream cut into prefixed lines with bounded memory (docs/design.md
 * decision 9). The VM backends split guest output into host.log with it, and the reporters prefix
 * interleaved job output with it.
 */

/** Longest partial line kept while waiting for its newline; longer ones are flushed as they are. */
export const MAX_PENDING_LINE = 64 * 1024;

/** Emits each complete line of the pushed chunks as `prefix + line + '\n'`, keeping at most one partial line. */
export class LineSplitter {
  private pending = Buffer.alloc(0);

  constructor(
    private readonly prefix: string,
    private readonly emit: (line: string) => void,
  ) {}

  push(chunk: Buffer): void {
    let data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    let newline = data.indexOf(0x0a);
    while (newline !== -1) {
      this.emit(`${this.prefix}${data.subarray(0, newline + 1).toString()}`);
      data = data.subarray(newline + 1);
      newline = data.indexOf(0x0a);
    }
    if (data.length > MAX_PENDING_LINE) {
      this.emit(`${this.prefix}${data.toString()}\n`);
      data = Buffer.alloc(0);
    }
    this.pending = Buffer.from(data);
  }

  /** Flushes the partial line, if any, with a newline. */
  end(): void {
    if (this.pending.length > 0) this.emit(`${this.prefix}${this.pending.toString()}\n`);
    this.pending = Buffer.alloc(0);
  }
}
