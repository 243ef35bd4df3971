/** TOML text → plain data, with parse errors turned into `InputError`s that name file:line:col. */
import { isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import TOML from '@iarna/toml';
import { InputError } from '../util/index.js';
import { locateToml, type TomlLocator } from './locator.js';

/** Far above any real manifest or catalog (the Pika catalog is 40 KB); stops `/dev/zero`-like reads early. */
export const MAX_TOML_BYTES = 4 * 1024 * 1024;
/** Arrays and inline tables nested deeper than this are refused before parsing (real files use a few). */
export const MAX_TOML_NESTING = 100;

const BYTE_ORDER_MARK = '\uFEFF';

export interface TomlDocument {
  /** The path used in messages (as given by the caller). */
  file: string;
  data: Record<string, unknown>;
  locator: TomlLocator;
}

interface IarnaTomlError extends Error {
  line: number;
  col: number;
  fromTOML: true;
}

function isTomlError(error: unknown): error is IarnaTomlError {
  return error instanceof Error && (error as Partial<IarnaTomlError>).fromTOML === true;
}

/**
 * Parses TOML text. A leading UTF-8 byte-order mark is dropped (editors on Windows write one; it is
 * not part of the document).
 */
export function parseToml(source: string, file: string): TomlDocument {
  const text = source.startsWith(BYTE_ORDER_MARK) ? source.slice(1) : source;
  checkNesting(text, file);
  let data: Record<string, unknown>;
  try {
    data = TOML.parse(text) as Record<string, unknown>;
  } catch (error) {
    if (isTomlError(error)) {
      // @iarna/toml appends " at row R, col C, pos P:" and a code excerpt; we print the position ourselves.
      const reason = error.message.split(' at row ')[0]!.trim();
      throw new InputError(`${file}:${error.line + 1}:${error.col + 1}: invalid TOML: ${reason}`, {
        hint: 'fix the TOML syntax at that position (https://toml.io/en/v1.0.0)',
        cause: error,
      });
    }
    throw error;
  }
  return { file, data, locator: locateToml(text) };
}

export async function parseTomlFile(path: string): Promise<TomlDocument> {
  return parseToml(decodeUtf8(await readBounded(path), path), path);
}

/** Reads a regular file of at most `MAX_TOML_BYTES`; anything else is refused with the reason. */
async function readBounded(path: string): Promise<Buffer> {
  const cannotRead = (why: string, hint?: string, cause?: unknown): InputError =>
    new InputError(`cannot read ${path}: ${why}`, { hint, cause });
  try {
    // stat before open: opening a FIFO would block until something writes to it.
    const info = await stat(path);
    if (!info.isFile()) {
      throw cannotRead(
        `it is ${fileKind(info)}, not a regular file`,
        'pass the path of a TOML file (a device, pipe or directory is not read)',
      );
    }
    if (info.size > MAX_TOML_BYTES) throw tooLarge(path, info.size);
    const handle = await open(path, 'r');
    try {
      // One byte more than the limit tells a file that grew since the stat.
      const buffer = Buffer.alloc(MAX_TOML_BYTES + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > MAX_TOML_BYTES) throw tooLarge(path, length);
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}${code ? ` (${code})` : ''}`, {
      hint: code === 'ENOENT' ? 'check the path, or pass the right one on the command line' : undefined,
      cause: error,
    });
  }
}

function tooLarge(path: string, size: number): InputError {
  return new InputError(
    `cannot read ${path}: it is larger than ${MAX_TOML_BYTES / (1024 * 1024)} MiB (${size} bytes or more)`,
    { hint: 'a lane manifest or catalog is a small text file: check that the path names the right file' },
  );
}

function fileKind(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** TOML is UTF-8: invalid bytes are an error at their line, column and byte offset, never replaced. */
export function decodeUtf8(bytes: Buffer, file: string): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const offset = firstInvalidUtf8(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  throw new InputError(
    `${file}:${line}:${offset - lineStart + 1}: not valid UTF-8 (byte 0x${byte} at byte offset ${offset})`,
    { hint: 'TOML files are UTF-8: re-save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)' },
  );
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const extra =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (extra === 0 || i + extra >= bytes.length) return i;
    let codePoint = lead & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const overlong = (extra === 2 && codePoint < 0x800) || (extra === 3 && codePoint < 0x10000);
    const surrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    if (overlong || surrogate || codePoint > 0x10ffff) return i;
    i += extra + 1;
  }
  return bytes.length;
}

/**
 * Refuses arrays and inline tables nested deeper than `MAX_TOML_NESTING`, and dotted keys or table
 * headers of more parts, before the parser, the key locator and the schema walk (recursive, or
 * quadratic in the length of a key path) see them. Strings and comments are skipped.
 */
function checkNesting(text: string, file: string): void {
  let depth = 0;
  /** Dots since the last `=`, `,`, bracket or newline: the parts of a dotted key or header, less one. */
  let dots = 0;
  let line = 1;
  let lineStart = 0;
  const refuse = (i: number, what: string): InputError =>
    new InputError(`${file}:${line}:${i - lineStart + 1}: ${what}`, {
      hint: 'flatten the structure: lane manifests and catalogs need only a few levels',
    });
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
      dots = 0;
    } else if (ch === '#') {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (ch === '"' || ch === "'") {
      const delimiter = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      for (i += delimiter.length; i < text.length; i++) {
        if (ch === '"' && text[i] === '\\') {
          i++;
          if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
          }
        } else if (text.startsWith(delimiter, i)) {
          // A multi-line string may end with up to two extra quotes before its delimiter.
          while (delimiter.length === 3 && text[i + 3] === ch) i++;
          i += delimiter.length - 1;
          break;
        } else if (text[i] === '\n') {
          if (delimiter.length === 1) {
            i--;
            break;
          }
          line++;
          lineStart = i + 1;
        }
      }
    } else if (ch === '.') {
      if (++dots >= MAX_TOML_NESTING) {
        throw refuse(i, `a dotted key or table header has more than ${MAX_TOML_NESTING} parts`);
      }
    } else if (ch === '[' || ch === '{') {
      dots = 0;
      if (++depth > MAX_TOML_NESTING) {
        throw refuse(i, `arrays and inline tables are nested more than ${MAX_TOML_NESTING} levels deep`);
      }
    } else if (ch === ']' || ch === '}') {
      depth = Math.max(0, depth - 1);
      dots = 0;
    } else if (ch === '=' || ch === ',') {
      dots = 0;
    }
  }
}
