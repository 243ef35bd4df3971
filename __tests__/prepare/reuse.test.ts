/** Which earlier realization a prepare node may reuse (src/prepare/reuse.ts): pure, hits and misses. */
import { describe, expect, it } from '@jest/globals';
import { decideReuse, reuseMarkerBase, reuseMarkerJson } from '../../src/prepare/reuse.js';

const PATH = '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-payload';
const expected = { contentHash: 'h1', outputName: 'ci.x86_64-linux.workspaceDeps', markerBase: '/w/m' };
const marker = reuseMarkerJson({
  content_hash: 'h1',
  output_name: 'ci.x86_64-linux.workspaceDeps',
  realized_path: PATH,
  realized_by_run: 'run-1',
});

describe('decideReuse', () => {
  it('reuses a marker for this hash and output whose path Nix still holds', () => {
    expect(decideReuse({ marker, path: PATH, root: PATH }, expected)).toMatchObject({
      reuse: { realized_path: PATH, realized_by_run: 'run-1' },
    });
  });

  it.each([
    ['no marker', {}, 'not realized from this snapshot on this host before'],
    ['a marker that is not JSON', { marker: '{', path: PATH }, 'is not JSON'],
    ['a marker of another shape', { marker: '{"a":1}', path: PATH }, 'is not a prepared-output marker'],
    [
      'a marker for another hash',
      { marker: marker.replace('"h1"', '"h2"'), path: PATH },
      'is for another snapshot or output',
    ],
    ['an out link that names another path', { marker, path: `${PATH}x` }, 'does not name'],
    ['a path Nix no longer holds', { marker, path: PATH, invalid: PATH }, 'no longer valid in the Nix store'],
  ])('misses on %s', (_what, lookup, reason) => {
    const decision = decideReuse(lookup, expected);
    expect('miss' in decision && decision.miss).toContain(reason);
  });

  it('names markers after the output, or its digest when the name needs quoting', () => {
    expect(reuseMarkerBase('/w', 'h1', 'ci.x86_64-linux.workspaceDeps')).toBe(
      '/w/snapshots/h1/prepared-outputs/ci.x86_64-linux.workspaceDeps',
    );
    expect(reuseMarkerBase('/w', 'h1', '../../etc/x')).toMatch(
      /^\/w\/snapshots\/h1\/prepared-outputs\/[0-9a-f]{32}$/,
    );
  });
});
