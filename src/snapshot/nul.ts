/** `-z` output of git (run through `src/git/`'s runner) split into strictly decoded UTF-8 paths. */
import { PikaciError } from '../util/index.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What comes before the path in each record, left out of the error that names a bad path: nothing;
 * the fields up to the TAB of `ls-files -s` and `ls-tree`; or `ls-files -s -t`'s two-byte tag, then
 * (all but the `?` of an untracked path) those fields.
 */
export type RecordPrefix = 'none' | 'tag' | 'tab';

/** Splits `-z` output into records, decoding each as strict UTF-8. */
export function splitNul(output: Buffer, where: string, prefix: RecordPrefix = 'none'): string[] {
  const records: string[] = [];
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0, start);
    if (end === -1) end = output.length;
    const bytes = output.subarray(start, end);
    try {
      records.push(utf8.decode(bytes));
    } catch {
      const untracked = prefix === 'tag' && bytes[0] === 0x3f;
      const from = prefix === 'none' ? 0 : untracked ? 2 : bytes.indexOf(9) + 1;
      const path = bytes.subarray(from);
      throw new PikaciError(`a path is not valid UTF-8: ${JSON.stringify(path.toString('latin1'))}`, {
        where,
        hint: 'rename the file to a UTF-8 name; snapshot paths and hashes are defined over UTF-8',
      });
    }
    start = end + 1;
  }
  return records;
}
