import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { computeContentHash, gitBlobId, type HashEntry } from '../../src/snapshot/index.js';

describe('gitBlobId', () => {
  it('equals `git hash-object --stdin` for empty, text and binary bytes', () => {
    const samples = [Buffer.alloc(0), Buffer.from('hello\n'), Buffer.from([0, 255, 10, 13, 0])];
    for (const bytes of samples) {
      const expected = execFileSync('git', ['hash-object', '--no-filters', '--stdin'], { input: bytes })
        .toString()
        .trim();
      expect(gitBlobId(bytes)).toBe(expected);
    }
    expect(gitBlobId(Buffer.alloc(0))).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });
});

describe('computeContentHash', () => {
  const a: HashEntry = { path: 'a.txt', mode: '100644', oid: 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391' };
  const b: HashEntry = { path: 'dir/b.sh', mode: '100755', oid: 'ce013625030ba8dba906f756967f9e9ca394464a' };

  it('is sha256 over sorted `mode SP oid TAB path NUL` lines', () => {
    const expected = createHash('sha256')
      .update(`${a.mode} ${a.oid}\t${a.path}\0${b.mode} ${b.oid}\t${b.path}\0`)
      .digest('hex');
    expect(computeContentHash([b, a])).toBe(expected);
    expect(computeContentHash([])).toBe(createHash('sha256').digest('hex'));
  });

  it('does not depend on input order', () => {
    expect(computeContentHash([a, b])).toBe(computeContentHash([b, a]));
  });

  it('changes with the mode, the oid or the path', () => {
    const base = computeContentHash([a, b]);
    expect(computeContentHash([{ ...a, mode: '100755' }, b])).not.toBe(base);
    expect(computeContentHash([{ ...a, oid: b.oid }, b])).not.toBe(base);
    expect(computeContentHash([{ ...a, path: 'A.txt' }, b])).not.toBe(base);
    expect(computeContentHash([a])).not.toBe(base);
  });

  it('sorts by UTF-8 bytes, not UTF-16 code units', () => {
    // U+FF5E sorts after U+1F600 in UTF-16 (0xFF5E > 0xD83D) but before it in UTF-8 (EF < F0).
    const wide: HashEntry = { ...a, path: '\uFF5E' };
    const emoji: HashEntry = { ...a, path: '\u{1F600}' };
    const expected = createHash('sha256')
      .update(`${a.mode} ${a.oid}\t\uFF5E\0${a.mode} ${a.oid}\t\u{1F600}\0`)
      .digest('hex');
    expect(computeContentHash([emoji, wide])).toBe(expected);
  });
});
