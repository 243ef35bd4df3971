/**
 * One redactor for every file the project writes (README "Security"): the SSH key, the token and
 * each secret a job asks for are registered here once, and the log writers, the record writer and
 * the job summary replace them with `***`.
 *
 * A value is registered whole and line by line (each line of 4 or more characters), like the
 * runner's own masks, so a key printed across several lines or chunks is still caught. The
 * streaming form keeps a short tail of undelivered text so a value split across two chunks is
 * replaced too. Matching works on bytes (latin1 strings), so logs keep their exact bytes.
 */
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';

export const REDACTED = '***';
/** Shorter values (and lines of a multi-line value) are not secrets worth garbling a log for. */
export const MIN_SECRET_LENGTH = 4;

const secrets = new Set<string>();
let matcher: { pattern: RegExp; longest: number } | null = null;

/** Register a value (and each of its lines) to be replaced by `***` everywhere from now on. */
export function addSecret(value: string | undefined): void {
  if (value === undefined) return;
  const candidates = [value, value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())];
  let added = false;
  for (const candidate of candidates) {
    if (candidate.length < MIN_SECRET_LENGTH || secrets.has(candidate)) continue;
    secrets.add(candidate);
    added = true;
  }
  if (added) matcher = null;
}

/** Whether any value is registered (nothing to do otherwise). */
export function hasSecrets(): boolean {
  return secrets.size > 0;
}

/** Byte-level matcher: the UTF-8 bytes of each value as a latin1 string, longest first. */
function currentMatcher(): { pattern: RegExp; longest: number } | null {
  if (secrets.size === 0) return null;
  if (matcher === null) {
    const encoded = [...secrets].map((s) => Buffer.from(s, 'utf8').toString('latin1'));
    encoded.sort((a, b) => b.length - a.length);
    const pattern = new RegExp(encoded.map(escapeRegExp).join('|'), 'g');
    matcher = { pattern, longest: encoded[0]!.length };
  }
  return matcher;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** `text` with every registered value replaced by `***`. */
export function redactText(text: string): string {
  const current = currentMatcher();
  if (current === null) return text;
  const bytes = Buffer.from(text, 'utf8').toString('latin1');
  const redacted = bytes.replace(current.pattern, REDACTED);
  return redacted === bytes ? text : Buffer.from(redacted, 'latin1').toString('utf8');
}

/** A copy of a JSON-like value with every string redacted (records keep their shape and stay valid JSON). */
export function redactDeep<T>(value: T): T {
  if (!hasSecrets()) return value;
  return redactValue(value) as T;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactValue(inner)]));
  }
  return value;
}

/**
 * A streaming redactor in front of `sink`. Text up to the last newline is delivered at once (every
 * line of a registered value is registered too, so a newline never splits one); after the last
 * newline, the final `longest - 1` bytes wait for the next chunk or `end()`, so a value split across
 * two chunks is still replaced. A match is never cut in two.
 */
export interface StreamRedactor {
  write(chunk: Buffer | string): void;
  /** Deliver whatever is held back. */
  end(): void;
}

export function streamRedactor(sink: (bytes: Buffer) => void): StreamRedactor {
  let pending = '';
  const deliver = (text: string): void => {
    if (text.length > 0) sink(Buffer.from(text, 'latin1'));
  };
  return {
    write(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      const current = currentMatcher();
      if (current === null) {
        deliver(pending);
        pending = '';
        if (bytes.length > 0) sink(bytes);
        return;
      }
      const text = pending + bytes.toString('latin1');
      const lastNewline = text.lastIndexOf('\n');
      let cut = Math.max(lastNewline + 1, text.length - (current.longest - 1));
      let out = '';
      let from = 0;
      current.pattern.lastIndex = 0;
      for (let match = current.pattern.exec(text); match !== null; match = current.pattern.exec(text)) {
        const start = match.index;
        const end = start + match[0].length;
        if (start >= cut) break;
        // A match that reaches the held-back tail is complete: deliver through its end.
        if (end > cut) cut = end;
        out += text.slice(from, start) + REDACTED;
        from = end;
      }
      out += text.slice(from, Math.max(from, cut));
      pending = text.slice(Math.max(from, cut));
      deliver(out);
    },
    end() {
      const current = currentMatcher();
      const rest = current === null ? pending : pending.replace(current.pattern, REDACTED);
      pending = '';
      deliver(rest);
    },
  };
}

/**
 * Rewrite a file written by someone else (a guest's log and lifecycle files, collected from the
 * instance) through the redactor: streamed, then renamed over the original. Nothing to do when no
 * value is registered or the file does not exist.
 */
export async function redactFile(path: string): Promise<void> {
  if (!hasSecrets()) return;
  // The source is opened first: a missing file leaves no temp file behind (a write stream creates
  // its file asynchronously, so one made before the ENOENT could appear after its removal).
  const handle = await open(path, 'r').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  });
  if (handle === null) return;
  const temp = `${path}.redacting`;
  const sink = createWriteStream(temp);
  const redactor = streamRedactor((bytes) => sink.write(bytes));
  try {
    for await (const chunk of handle.createReadStream()) redactor.write(chunk as Buffer);
  } catch (error) {
    sink.destroy();
    await finished(sink).catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  redactor.end();
  await new Promise<void>((resolve, reject) => sink.end(() => resolve()).on('error', reject));
  await rename(temp, path);
}

/** Forget every registered value (tests and long-lived library callers between runs). */
export function clearSecrets(): void {
  secrets.clear();
  matcher = null;
}
