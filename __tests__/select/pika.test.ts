/** The Pika manifest (`catalog/pika-forge-lanes.toml`, the upstream file) through the real loaders. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { defaultCatalogPath, loadCatalog, manifestOptionsFor } from '../../src/catalog/index.js';
import { allLanes, loadManifest, type Manifest } from '../../src/manifest/index.js';
import type { Lane } from '../../src/model/index.js';
import { buildMatrix, selectLanes } from '../../src/select/index.js';

const manifestFile = fileURLToPath(new URL('../../catalog/pika-forge-lanes.toml', import.meta.url));
const ALL = [
  'pika_rust',
  'pika_followup',
  'notifications',
  'agent_contracts',
  'rmp',
  'pikachat',
  'pikachat_typescript',
  'apple_host_sanity',
  'pikachat_openclaw_e2e',
  'fixture',
];

let manifest: Manifest;
let lanes: Lane[];
beforeAll(async () => {
  const catalog = await loadCatalog(defaultCatalogPath());
  manifest = await loadManifest(manifestFile, manifestOptionsFor(catalog));
  lanes = allLanes(manifest);
});

const selected = (changed: string[]) =>
  selectLanes({ lanes, group: 'branch', changed, manifestPath: 'ci/forge-lanes.toml' })
    .filter((s) => s.selected)
    .map((s) => s.id);

describe('the Pika manifest', () => {
  it('has the ten branch lanes, in order', () => {
    expect(manifest.branch.map((l) => l.id)).toEqual(ALL);
  });

  it.each<[string, string[] | null, string[]]>([
    ['the manifest', ['ci/forge-lanes.toml'], ALL],
    ['nothing', [], ALL],
    ['README.md', ['README.md'], []],
    ['docs/agent-ci.md', ['docs/agent-ci.md'], ['pika_rust', 'pika_followup', 'agent_contracts']],
    [
      'rust/src/lib.rs',
      ['rust/src/lib.rs'],
      ['pika_rust', 'pika_followup', 'agent_contracts', 'pikachat', 'apple_host_sanity', 'fixture'],
    ],
    ['pikachat-claude/src/access.test.ts', ['pikachat-claude/src/access.test.ts'], ['pikachat_typescript']],
    ['crates/pika-git/src/web.rs', ['crates/pika-git/src/web.rs'], ['notifications', 'agent_contracts']],
    ['Cargo.lock', ['Cargo.lock'], ALL.filter((id) => id !== 'pikachat_typescript')],
    ['crates/rmp-cli/src/main.rs', ['crates/rmp-cli/src/main.rs'], ['rmp']],
    ['crates/pika-share/src/lib.rs', ['crates/pika-share/src/lib.rs'], []],
  ])('%s changed → %j', (_label, changed, expected) => {
    expect(selected(changed!)).toEqual(expected);
  });

  it('gives the manifest rule as the reason, not a pattern that also lists the file', () => {
    const rows = selectLanes({
      lanes,
      group: 'branch',
      changed: ['ci/forge-lanes.toml'],
      manifestPath: 'ci/forge-lanes.toml',
    });
    expect(new Set(rows.map((r) => r.reason.kind))).toEqual(new Set(['manifest_changed']));
  });

  it('builds a matrix leg per selected lane, carrying the target and the Apple lane command', () => {
    const selections = selectLanes({
      lanes,
      group: 'branch',
      changed: ['rust/src/lib.rs'],
      manifestPath: 'ci/forge-lanes.toml',
    });
    const matrix = buildMatrix(lanes, selections);
    expect(matrix.include.map((e) => e.lane)).toEqual(selected(['rust/src/lib.rs']));
    expect(matrix.include[0]).toMatchObject({
      lane: 'pika_rust',
      title: 'check-pika-rust',
      group: 'branch',
      target: 'pre-merge-pika-rust',
      command: null,
    });
    expect(matrix.include.find((e) => e.lane === 'apple_host_sanity')).toMatchObject({
      target: null,
      command: ['./scripts/pikaci-apple-remote.sh', 'run', '--just-recipe', 'apple-host-sanity'],
      concurrency_group: 'apple-host',
    });
  });

  it('selects the five nightly lanes for the nightly group', () => {
    const rows = selectLanes({ lanes, group: 'nightly', changed: [], manifestPath: 'ci/forge-lanes.toml' });
    expect(rows.map((r) => [r.id, r.selected])).toEqual(
      [
        'nightly_linux',
        'nightly_pika',
        'nightly_pikachat',
        'nightly_pika_ui_android',
        'nightly_apple_host_bundle',
      ].map((id) => [id, true]),
    );
  });
});
