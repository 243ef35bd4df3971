import { describe, expect, it } from '@jest/globals';
import type { Lane } from '../../src/model/index.js';
import {
  buildMatrix,
  explainReason,
  parseLaneList,
  selectLanes,
  type SelectInput,
} from '../../src/select/index.js';
import { InputError } from '../../src/util/errors.js';

function lane(id: string, paths: string[], extra: Partial<Lane> = {}): Lane {
  return {
    id,
    title: `check-${id}`,
    group: 'branch',
    entrypoint: `run ${id}`,
    command: null,
    paths,
    concurrency_group: null,
    staged_linux_target: null,
    target: `target-${id}`,
    runs_on: 'ubuntu-latest',
    line: 1,
    ...extra,
  };
}

const lanes: Lane[] = [
  lane('docs', ['docs/**', '!docs/drafts/**']),
  lane('src', ['src/**', '!**/*.md', 'src/README.md'], { line: 9 }),
  lane('always', []),
  lane('nightly_a', [], {
    group: 'nightly',
    command: ['just', 'nightly'],
    target: null,
    concurrency_group: 'mac',
  }),
  lane('nightly_b', [], { group: 'nightly', runs_on: ['self-hosted', 'linux'] }),
];

const base: SelectInput = { lanes, group: 'branch', changed: [], manifestPath: 'ci/forge-lanes.toml' };
const pick = (input: Partial<SelectInput>) => selectLanes({ ...base, ...input });
const selectedIds = (input: Partial<SelectInput>) =>
  pick(input)
    .filter((s) => s.selected)
    .map((s) => s.id);

describe('selectLanes', () => {
  it('selects by the first changed file a lane matches, and says which pattern decided', () => {
    const rows = pick({ changed: ['README.md', 'src/a.ts', 'docs/x.md'] });
    expect(rows).toEqual([
      {
        id: 'docs',
        title: 'check-docs',
        selected: true,
        reason: { kind: 'matched', file: 'docs/x.md', pattern: 'docs/**' },
        explanation: '`docs/x.md` matches `docs/**`',
      },
      {
        id: 'src',
        title: 'check-src',
        selected: true,
        reason: { kind: 'matched', file: 'src/a.ts', pattern: 'src/**' },
        explanation: '`src/a.ts` matches `src/**`',
      },
      {
        id: 'always',
        title: 'check-always',
        selected: true,
        reason: { kind: 'no_paths' },
        explanation: 'the lane has no `paths`: it always runs',
      },
    ]);
  });

  it('lets the last matching pattern decide, and explains an exclusion', () => {
    const rows = pick({ changed: ['src/notes.md', 'docs/drafts/a.md'] });
    expect(rows[0]).toMatchObject({
      id: 'docs',
      selected: false,
      reason: {
        kind: 'not_matched',
        changedFiles: 2,
        excluded: { file: 'docs/drafts/a.md', pattern: '!docs/drafts/**' },
      },
      explanation:
        "none of the 2 changed files matches the lane's paths (`docs/drafts/a.md` is excluded by `!docs/drafts/**`)",
    });
    expect(rows[1]!.selected).toBe(false);
    expect(selectedIds({ changed: ['src/README.md'] })).toEqual(['src', 'always']);
  });

  it('counts deletions and both sides of a rename like any changed path', () => {
    // The caller passes both names of a rename; moving a file out of `src/` still selects `src`.
    expect(selectedIds({ changed: ['src/moved.ts', 'lib/moved.ts'] })).toEqual(['src', 'always']);
  });

  it('explains a lane no file matched', () => {
    const rows = pick({ changed: ['other.txt'] });
    expect(rows[0]).toMatchObject({
      selected: false,
      reason: { kind: 'not_matched', changedFiles: 1 },
      explanation: "the changed file does not match the lane's paths",
    });
    expect(rows[0]!.reason).not.toHaveProperty('excluded');
  });

  it('selects every branch lane when the manifest itself changed', () => {
    const rows = pick({ changed: ['README.md', 'ci/forge-lanes.toml'] });
    expect(rows.map((r) => [r.id, r.selected, r.reason.kind])).toEqual([
      ['docs', true, 'manifest_changed'],
      ['src', true, 'manifest_changed'],
      ['always', true, 'manifest_changed'],
    ]);
    expect(rows[0]!.explanation).toBe(
      'the lane manifest `ci/forge-lanes.toml` changed: every branch lane runs',
    );
  });

  it('selects every branch lane when nothing changed', () => {
    expect(pick({ changed: [] }).map((r) => [r.selected, r.reason.kind])).toEqual([
      [true, 'empty_diff'],
      [true, 'empty_diff'],
      [true, 'empty_diff'],
    ]);
  });

  it('selects every lane with the caller’s reason when there is no trustworthy diff', () => {
    const why = 'force push: `before` is not an ancestor of the head; every lane runs';
    const rows = pick({ changed: ['README.md'], reasonOverride: { kind: 'all_lanes', why } });
    expect(rows.every((r) => r.selected && r.explanation === why)).toBe(true);
  });

  it('selects every nightly lane for the nightly group, whatever changed', () => {
    const rows = pick({ group: 'nightly', changed: ['README.md'] });
    expect(rows.map((r) => [r.id, r.selected, r.reason.kind])).toEqual([
      ['nightly_a', true, 'nightly'],
      ['nightly_b', true, 'nightly'],
    ]);
  });

  it('runs exactly the requested lanes, or all of the group', () => {
    expect(
      pick({ explicitLanes: ['src'], changed: ['docs/a.md'] }).map((r) => [r.id, r.selected, r.reason.kind]),
    ).toEqual([
      ['docs', false, 'not_requested'],
      ['src', true, 'explicit'],
      ['always', false, 'not_requested'],
    ]);
    expect(selectedIds({ explicitLanes: 'all', group: 'nightly' })).toEqual(['nightly_a', 'nightly_b']);
  });

  it('rejects an unknown lane id with a did-you-mean hint', () => {
    const error = (() => {
      try {
        pick({ explicitLanes: ['scr'] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('unknown lane `scr`');
    expect((error as InputError).where).toBe('ci/forge-lanes.toml');
    expect((error as InputError).hint).toBe('did you mean `src`?');
  });

  it('lists the lanes when nothing is close, and points at the other group', () => {
    expect(() => pick({ explicitLanes: ['zzzzzzzzzz'] })).toThrow(
      expect.objectContaining({ hint: 'branch lanes: docs, src, always' }),
    );
    expect(() => pick({ explicitLanes: ['nightly_a'] })).toThrow(
      expect.objectContaining({
        message: 'lane `nightly_a` is a nightly lane, not a branch lane',
        hint: 'plan the nightly group to run it (--group nightly)',
      }),
    );
  });

  it('rejects a bad pattern, naming the lane and its line', () => {
    const bad = [lane('ok', ['a/**']), lane('broken', ['x', 'src/[ab'], { line: 42 })];
    expect(() => selectLanes({ ...base, lanes: bad, changed: ['a/b'] })).toThrow(
      expect.objectContaining({
        message:
          'lane `broken`: invalid path pattern `src/[ab`: unclosed `[` at offset 4; close the class with `]` or write `\\[`',
        where: 'ci/forge-lanes.toml:42',
      }),
    );
  });

  it('reports the first changed file that selects a lane, not a later one', () => {
    const changed = ['docs/a.md', 'src/b.ts', ...Array.from({ length: 1000 }, (_, i) => `src/${i}.ts`)];
    const rows = pick({ changed });
    expect(rows[1]!.reason).toEqual({ kind: 'matched', file: 'src/b.ts', pattern: 'src/**' });
  });
});

describe('buildMatrix', () => {
  it('has one entry per selected lane, in manifest order, with nulls for what a lane lacks', () => {
    const selections = selectLanes({ ...base, group: 'nightly', explicitLanes: 'all' });
    expect(buildMatrix(lanes, selections)).toEqual({
      include: [
        {
          lane: 'nightly_a',
          title: 'check-nightly_a',
          group: 'nightly',
          target: null,
          command: ['just', 'nightly'],
          concurrency_group: 'mac',
          runs_on: 'ubuntu-latest',
        },
        {
          lane: 'nightly_b',
          title: 'check-nightly_b',
          group: 'nightly',
          target: 'target-nightly_b',
          command: null,
          concurrency_group: null,
          runs_on: ['self-hosted', 'linux'],
        },
      ],
    });
  });

  it('is empty when nothing is selected', () => {
    expect(buildMatrix(lanes, pick({ explicitLanes: ['docs'] }).slice(1))).toEqual({ include: [] });
  });
});

describe('parseLaneList', () => {
  it('reads comma- or space-separated ids, without duplicates', () => {
    expect(parseLaneList(' a, b ,,c a')).toEqual(['a', 'b', 'c']);
    expect(parseLaneList('all')).toBe('all');
  });

  it.each([
    ['', 'the lane list is empty'],
    [' , ', 'the lane list is empty'],
    ['all,a', '`all` cannot be combined with lane ids'],
  ])('rejects %j', (text, message) => {
    expect(() => parseLaneList(text)).toThrow(new InputError(message));
  });
});

describe('explainReason', () => {
  it('words each remaining rule', () => {
    expect(explainReason({ kind: 'explicit' })).toBe('requested explicitly');
    expect(explainReason({ kind: 'not_requested' })).toBe('not among the requested lanes');
    expect(explainReason({ kind: 'nightly' })).toBe('nightly: every nightly lane runs');
    expect(explainReason({ kind: 'empty_diff' })).toBe('no changed files: every branch lane runs');
  });
});
