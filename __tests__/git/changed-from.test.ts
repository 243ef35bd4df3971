import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseChangedList, readChangedFrom } from '../../src/git/index.js';
import { InputError } from '../../src/util/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'pikaci-changed-from-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseChangedList', () => {
  it('reads one path per line, dropping blank lines and a CR before LF, keeping spaces inside names', () => {
    expect(parseChangedList('a.txt\r\n\n  \n b c \nd/e.md\na.txt\n')).toEqual(['a.txt', ' b c ', 'd/e.md']);
  });

  it('reads NUL-separated lists, where a name may hold a newline', () => {
    expect(parseChangedList('a\nb\0c\0\0')).toEqual(['a\nb', 'c']);
  });

  it('bytes and text give what the plain definition gives (split, CR of CRLF, blanks, duplicates)', () => {
    const definition = (text: string): string[] => {
      const nul = text.includes('\0');
      const entries = nul ? text.split('\0') : text.split('\n').map((line) => line.replace(/\r$/, ''));
      return [...new Set(entries.filter((entry) => entry.trim() !== ''))];
    };
    const piece = fc.constantFrom('a', 'b/c.rs', ' ', '\r', '\n', '\0', 'é', '\t', 'x y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const expected = definition(text);
        expect(parseChangedList(text)).toEqual(expected);
        expect(parseChangedList(Buffer.from(text, 'utf8'))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readChangedFrom', () => {
  it('reads a file', async () => {
    const file = join(dir, 'list.txt');
    writeFileSync(file, 'rust/src/lib.rs\nREADME.md\n');
    expect(await readChangedFrom(file)).toEqual(['rust/src/lib.rs', 'README.md']);
  });

  it('reads standard input for `-`', async () => {
    expect(await readChangedFrom('-', Readable.from([Buffer.from('x\0y'), Buffer.from('\0z\0')]))).toEqual([
      'x',
      'y',
      'z',
    ]);
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), 'no such file'],
    ['a directory', () => dir, 'it is a directory'],
  ])('rejects %s', async (_label, source, why) => {
    const path = source();
    const error = await readChangedFrom(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`cannot read the changed-file list \`${path}\`: ${why}`);
    expect((error as InputError).where).toBe('--changed-from');
  });

  it('rejects an unreadable file', async () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, 'a\n');
    chmodSync(file, 0o000);
    const error = await readChangedFrom(file).catch((e: unknown) => e);
    // root reads any file whatever its mode: then the list is simply read.
    if (process.getuid?.() === 0) expect(error).toEqual(['a']);
    else
      expect((error as InputError).message).toBe(
        `cannot read the changed-file list \`${file}\`: permission denied`,
      );
  });

  it('rejects an empty source name', async () => {
    await expect(readChangedFrom('')).rejects.toThrow(
      '--changed-from needs a file name, or `-` for standard input',
    );
  });
});
