/**
 * Changed-file lists: `git diff -z --name-status` output, and the `--changed-from FILE|-` lists a
 * caller hands in. Names are taken verbatim: `-z` means git neither quotes nor escapes them, and
 * nothing here trims them (a name may begin or end with a space).
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../util/errors.js';

export const CHANGE_STATUSES = ['A', 'C', 'D', 'M', 'R', 'T', 'U', 'X'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export type FileChange =
  | { status: Exclude<ChangeStatus, 'R' | 'C'>; path: string }
  /** A rename or copy: `from` → `path`, with git's similarity score (0–100). */
  | { status: 'R' | 'C'; path: string; from: string; similarity: number };

/** Parse `git diff -z --name-status` output: `S\0path\0`, or `Rnnn\0from\0to\0` for renames and copies. */
export function parseNameStatusZ(output: string): FileChange[] {
  const fields = output.split('\0');
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
export function parseChangedList(text: string): string[] {
  const entries = text.includes('\0')
    ? text.split('\0')
    : text.split('\n').map((line) => line.replace(/\r$/, ''));
  return [...new Set(entries.filter((entry) => entry.trim() !== ''))];
}

/** Read `--changed-from FILE|-`: a file, or standard input for `-`. */
export async function readChangedFrom(
  source: string,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<string[]> {
  if (source === '') {
    throw new InputError('--changed-from needs a file name, or `-` for standard input');
  }
  let text: string;
  try {
    text = source === '-' ? await readStream(stdin) : await readFile(source, 'utf8');
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
  return parseChangedList(text);
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
