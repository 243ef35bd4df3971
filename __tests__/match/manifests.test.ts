/**
 * The lanes of the real manifests select the same changes here as they do upstream (README
 * "Porting lanes from upstream pikaci"): every pattern means the same under GitHub `paths` rules as
 * under globset's, checked against the model of globset on paths made from all the patterns.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { defaultCatalogPath, loadCatalog, manifestOptionsFor } from '../../src/catalog/index.js';
import { allLanes, loadManifest, parseManifest } from '../../src/manifest/index.js';
import { compileGlob, compilePatternSet } from '../../src/match/index.js';
import { globsetMatcher } from './globset-model.js';

const file = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

interface LanePaths {
  manifest: string;
  lane: string;
  paths: readonly string[];
}

let lanes: LanePaths[] = [];
let catalogFilters: { target: string; filters: readonly string[] }[] = [];
beforeAll(async () => {
  const catalog = await loadCatalog(defaultCatalogPath());
  catalogFilters = [...catalog.targets.values()].map((target) => ({
    target: target.id,
    filters: target.filters,
  }));
  const pika = await loadManifest(file('catalog/pika-forge-lanes.toml'), manifestOptionsFor(catalog));
  const own = await loadManifest(file('ci/forge-lanes.toml'), { knownTargets: new Set() });
  lanes = [
    ...allLanes(pika).map((lane) => ({ manifest: 'pika', lane: lane.id, paths: lane.paths })),
    ...allLanes(own).map((lane) => ({ manifest: 'own', lane: lane.id, paths: lane.paths })),
  ];
});

/** Paths on both sides of every pattern: itself, below it, beside it, its parents, look-alikes. */
function probes(patterns: readonly string[]): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const dir = pattern.endsWith('/**') ? pattern.slice(0, -3) : undefined;
    const name = dir ?? pattern;
    const parts = name.split('/');
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join('/'));
    for (const path of [name, `${name}/a`, `${name}/a/b.rs`, `${name}x`, `${name}x/a`, `x/${name}`]) {
      out.add(path);
    }
    out.add(`${name.slice(0, -1)}/${name.slice(-1)}`);
  }
  return [...out].filter((path) => !path.startsWith('/') && !path.endsWith('/') && !path.includes('//'));
}

describe('the real manifests mean the same here as upstream', () => {
  it('have path-filtered lanes in both files', () => {
    expect(lanes.filter((l) => l.manifest === 'pika' && l.paths.length > 0).length).toBeGreaterThanOrEqual(9);
    expect(lanes.filter((l) => l.manifest === 'own' && l.paths.length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('use only exact paths and `dir/**`, and no exclusions (upstream reads `!` literally)', () => {
    for (const { manifest, lane, paths } of lanes) {
      for (const pattern of paths) {
        const glob = compileGlob(pattern);
        expect([manifest, lane, pattern, glob.negated]).toEqual([manifest, lane, pattern, false]);
        expect([manifest, lane, pattern, ['exact', 'below'].includes(glob.shape.kind)]).toEqual([
          manifest,
          lane,
          pattern,
          true,
        ]);
      }
    }
  });

  it('the catalog static target filters too (upstream: exact paths and `dir/**` only)', () => {
    const filters = catalogFilters.flatMap(({ target, filters }) => filters.map((f) => [target, f] as const));
    expect(filters.length).toBeGreaterThan(10);
    for (const [target, pattern] of filters) {
      const glob = compileGlob(pattern);
      expect([target, pattern, glob.negated, glob.shape.kind]).toEqual([
        target,
        pattern,
        false,
        pattern.endsWith('/**') ? 'below' : 'exact',
      ]);
    }
  });

  it('select every probe path exactly when globset does', () => {
    const paths = probes(lanes.flatMap((l) => l.paths));
    expect(paths.length).toBeGreaterThan(300);
    expect(differences(lanes, paths)).toEqual([]);
  });

  it('the comparison notices a lane whose meaning changes (it can fail)', () => {
    const ported = [{ manifest: 'ported', lane: 'x', paths: ['crates/*.toml', 'docs/**'] }];
    expect(differences(ported, probes(['crates/pika-git/Cargo.toml', 'docs/**']))).toEqual([
      'ported x crates/pika-git/Cargo.toml: here false, upstream true',
    ]);
  });
});

/** Every (lane, path) on which this matcher and the globset model disagree. */
function differences(lanes: readonly LanePaths[], paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const { manifest, lane, paths: patterns } of lanes) {
    if (patterns.length === 0) continue;
    const here = compilePatternSet(patterns);
    const upstream = patterns.map(globsetMatcher);
    for (const path of paths) {
      const ours = here.match(path).matched;
      const theirs = upstream.some((match) => match(path));
      if (ours !== theirs) out.push(`${manifest} ${lane} ${path}: here ${ours}, upstream ${theirs}`);
    }
  }
  return out;
}

describe('a manifest with a pattern the cheat sheet gives no meaning', () => {
  it('is rejected with file:line, the key path and what to write instead', async () => {
    const text = [
      'version = 1',
      '',
      '[[branch.lanes]]',
      'id = "x"',
      'title = "X"',
      'command = ["true"]',
      'paths = [',
      '  "src/**",',
      '  "?.md",',
      '  "c++/**",',
      '  "*.jsx?",',
      ']',
    ].join('\n');
    let message = '';
    try {
      await parseManifest(text, 'ci/forge-lanes.toml', { knownTargets: new Set() });
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain(
      'ci/forge-lanes.toml:9: branch.lanes[0].paths[1]: invalid path pattern `?.md`: `?` at offset 0 starts the pattern',
    );
    expect(message).toContain(
      'ci/forge-lanes.toml:10: branch.lanes[0].paths[2]: invalid path pattern `c++/**`: `+` at offset 2 follows another `+`',
    );
    expect(message).toContain('write `\\+` to match a `+`');
    expect(message).not.toContain('*.jsx?');
  });
});
