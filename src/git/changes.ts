/**
 * Changed-file lists: `git diff -z --name-status` output, and the `--changed-from FILE|-` lists a
 * caller hands in. Names are taken verbatim: `-z` means git neither quotes nor escapes them, and
 * nothing here trims them (a name may begin or end with a space). A name whose bytes are not valid
 * UTF-8 is decoded with U+FFFD in their place and reported, so the caller can warn (README,
 * "Matching rules").
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { InputError } from '../util/index.js';

export const CHANGE_STATUSES = ['A', 'C', 'D', 'M', 'R', 'T', 'U', 'X'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export type FileChange =
  | { status: Exclude<ChangeStatus, 'R' | 'C'>; path: string }
  /** A rename or copy: `from` → `path`, with git's similarity score (0–100). */
  | { status: 'R' | 'C'; path: string; from: string; similarity: number };

/** A changed-file name that is not valid UTF-8: its bytes, escaped, and the name it is matched as. */
export interface InvalidUtf8Name {
  /** Printable ASCII as it is; `\\` and every other byte as `\xHH`. */
  escaped: string;
  /** UTF-8 decoded with each invalid sequence replaced by U+FFFD: what the patterns see. */
  decoded: string;
}

/** The one line a caller prints for an `InvalidUtf8Name`. */
export function invalidUtf8Warning(name: InvalidUtf8Name): string {
  return `changed file name is not valid UTF-8: "${name.escaped}"; it is matched as ${JSON.stringify(name.decoded)} (each invalid byte sequence replaced by U+FFFD), so only a wildcard can match those bytes`;
}

/** Splits NUL-separated bytes into UTF-8 names, reporting each name whose bytes are not valid UTF-8. */
export function decodeNulSeparated(
  bytes: Uint8Array,
  onInvalid: (name: InvalidUtf8Name) => void = () => undefined,
): string[] {
  return decodeSeparated(bytes, 0, onInvalid);
}

/**
 * Splits bytes at `separator` into UTF-8 names: one decode and one split when the whole is valid
 * UTF-8 (the common case), else name by name, reporting each invalid one.
 */
function decodeSeparated(
  bytes: Uint8Array,
  separator: number,
  onInvalid: (name: InvalidUtf8Name) => void = () => undefined,
): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return buffer.toString('utf8').split(String.fromCharCode(separator));
  const fields: string[] = [];
  let start = 0;
  for (;;) {
    const end = buffer.indexOf(separator, start);
    const field = buffer.subarray(start, end === -1 ? buffer.length : end);
    const decoded = field.toString('utf8');
    if (!isUtf8(field)) onInvalid({ escaped: escapeBytes(field), decoded });
    fields.push(decoded);
    if (end === -1) return fields;
    start = end + 1;
  }
}

function escapeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    if (byte === 0x5c) out += '\\\\';
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/**
 * Parse `git diff -z --name-status` output: `S\0path\0`, or `Rnnn\0from\0to\0` for renames and
 * copies. Given bytes, names that are not valid UTF-8 are reported to `onInvalid`.
 */
export function parseNameStatusZ(
  output: string | Uint8Array,
  onInvalid?: (name: InvalidUtf8Name) => void,
): FileChange[] {
  const fields = typeof output === 'string' ? output.split('\0') : decodeNulSeparated(output, onInvalid);
  // The output ends with a NUL, which leaves one empty field at the end.
  if (fields[fields.length - 1] === '') fields.pop();
  const changes: FileChange[] = [];
  let i = 0;
  const take = (what: string): string => {
    const field = fields[i++];
    if (field === undefined || field === '') throw new Error(`record ${changes.length + 1}: missing ${what}`);
    return field;
  };
  while (i < fields.length) {
    const statusField = take('status');
    const letter = statusField[0] as ChangeStatus;
    if (!(CHANGE_STATUSES as readonly string[]).includes(letter)) {
      throw new Error(`record ${changes.length + 1}: unknown status \`${statusField}\``);
    }
    if (letter === 'R' || letter === 'C') {
      const from = take('source path');
      const path = take('destination path');
      changes.push({
        status: letter,
        from,
        path,
        similarity: Number.parseInt(statusField.slice(1), 10) || 0,
      });
    } else {
      changes.push({ status: letter, path: take('path') });
    }
  }
  return changes;
}

/** The paths a change list touches, in diff order, without duplicates: a rename's source, then its destination. */
export function pathsOfChanges(changes: readonly FileChange[]): string[] {
  const paths = new Set<string>();
  for (const change of changes) {
    if (change.status === 'R' || change.status === 'C') paths.add(change.from);
    paths.add(change.path);
  }
  return [...paths];
}

/**
 * A changed-file list as text: NUL-separated when it holds a NUL (`git diff -z --name-only`),
 * else one path per line (a CR before the LF is dropped). Empty entries are dropped, duplicates
 * removed, order kept.
 */
export function parseChangedList(
  input: string | Uint8Array,
  onInvalid?: (name: InvalidUtf8Name) => void,
): string[] {
  const nul = typeof input === 'string' ? input.includes('\0') : input.includes(0);
  const entries =
    typeof input === 'string'
      ? input.split(nul ? '\0' : '\n')
      : decodeSeparated(input, nul ? 0 : 0x0a, onInvalid);
  // One pass: the CR of a CRLF line dropped, empty entries dropped, duplicates dropped, order kept.
  const seen = new Set<string>();
  const paths: string[] = [];
  for (let entry of entries) {
    if (!nul && entry.endsWith('\r')) entry = entry.slice(0, -1);
    if (entry.trim() === '') continue;
    const before = seen.size;
    seen.add(entry); // one hash look-up: it was new when the set grew
    if (seen.size > before) paths.push(entry);
  }
  return paths;
}

/** Read `--changed-from FILE|-`: a file, or standard input for `-`. */
export async function readChangedFrom(
  source: string,
  stdin: NodeJS.ReadableStream = process.stdin,
  warn: (message: string) => void = (message) => process.stderr.write(`warning: ${message}\n`),
): Promise<string[]> {
  if (source === '') {
    throw new InputError('--changed-from needs a file name, or `-` for standard input');
  }
  let bytes: Buffer;
  try {
    // A file is read in one synchronous call: nothing else runs meanwhile, and it saves the
    // promise API's chunked reads (measured ~2 ms of 100,000 paths).
    bytes = source === '-' ? await readStream(stdin) : readFileSync(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (error as Error).message;
    throw new InputError(`cannot read the changed-file list \`${source}\`: ${why}`, {
      where: '--changed-from',
      hint: 'pass a file with one repo-relative path per line (or NUL-separated), or `-` to read standard input',
      cause: error,
    });
  }
  return parseChangedList(bytes, (name) => warn(invalidUtf8Warning(name)));
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
