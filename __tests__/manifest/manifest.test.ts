import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import {
  allLanes,
  findLane,
  loadManifest,
  parseManifest,
  type ManifestOptions,
} from '../../src/manifest/index.js';
import { InputError } from '../../src/util/errors.js';

const PIKA_MANIFEST = fileURLToPath(new URL('../../catalog/pika-forge-lanes.toml', import.meta.url));
const OWN_MANIFEST = fileURLToPath(new URL('../../ci/forge-lanes.toml', import.meta.url));

const STAGED = [
  'pre-merge-pika-rust',
  'pre-merge-pika-followup',
  'pre-merge-agent-contracts',
  'pre-merge-notifications',
  'pre-merge-fixture-rust',
  'pre-merge-rmp',
  'pre-merge-pikachat-rust',
  'pre-merge-pikachat-typescript',
  'pre-merge-pikachat-openclaw-e2e',
];
const options: ManifestOptions = {
  knownTargets: new Set([...STAGED, 'tart-env-probe', 'hello']),
  stagedTargets: new Set(STAGED),
  catalogPath: 'catalog/pika.toml',
};

async function errorOf(text: string, opts: ManifestOptions = options): Promise<InputError> {
  try {
    await parseManifest(text, 'ci/forge-lanes.toml', opts);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the manifest to be rejected');
}

const HEAD = 'version = 1\nnightly_schedule_utc = "08:00"\n';

describe('the upstream Pika manifest (docs/upstream.md, lanes 3.5)', () => {
  const W = './scripts/pikaci-staged-linux-remote.sh run';
  it.each([
    ['pika_rust', 'check-pika-rust', 'pre-merge-pika-rust', 23, 4],
    ['pika_followup', 'check-pika-followup', 'pre-merge-pika-followup', 25, 34],
    ['notifications', 'check-notifications', 'pre-merge-notifications', 27, 66],
    ['agent_contracts', 'check-agent-contracts', 'pre-merge-agent-contracts', 32, 100],
    ['rmp', 'check-rmp', 'pre-merge-rmp', 14, 139],
    ['pikachat', 'check-pikachat', 'pre-merge-pikachat-rust', 33, 160],
    ['pikachat_typescript', 'check-pikachat-typescript', 'pre-merge-pikachat-typescript', 12, 200],
    ['pikachat_openclaw_e2e', 'check-pikachat-openclaw-e2e', 'pre-merge-pikachat-openclaw-e2e', 27, 251],
    ['fixture', 'check-fixture', 'pre-merge-fixture-rust', 44, 285],
  ])('staged branch lane %s', async (id, title, target, pathCount, line) => {
    const manifest = await loadManifest(PIKA_MANIFEST, options);
    const lane = findLane(manifest, id);
    expect(lane).toMatchObject({
      id,
      title,
      group: 'branch',
      staged_linux_target: target,
      target,
      // The upstream wrapper argv is replaced by running the target itself; its display string stays.
      command: null,
      entrypoint: `${W} ${target}`,
      concurrency_group: `staged-linux:${target}`,
      runs_on: 'ubuntu-latest',
      line,
    });
    expect(lane.paths).toHaveLength(pathCount);
    expect(lane.paths[0]).toBe('ci/forge-lanes.toml');
  });

  it('keeps the non-staged branch lane apple_host_sanity as a command lane', async () => {
    const lane = findLane(await loadManifest(PIKA_MANIFEST, options), 'apple_host_sanity');
    expect(lane).toMatchObject({
      title: 'check-apple-host-sanity',
      group: 'branch',
      staged_linux_target: null,
      target: null,
      command: ['./scripts/pikaci-apple-remote.sh', 'run', '--just-recipe', 'apple-host-sanity'],
      entrypoint: './scripts/pikaci-apple-remote.sh run --just-recipe apple-host-sanity',
      concurrency_group: 'apple-host',
    });
    expect(lane.paths).toHaveLength(23);
  });

  it.each([
    [
      'nightly_linux',
      'nightly-linux',
      'just rmp_tools::rmp-nightly-linux',
      ['nix', 'develop', '.#default', '-c', 'just', 'rmp_tools::rmp-nightly-linux'],
      null,
    ],
    [
      'nightly_pika',
      'nightly-pika',
      'just checks::nightly-pika-e2e',
      ['nix', 'develop', '.#default', '-c', 'just', 'checks::nightly-pika-e2e'],
      null,
    ],
    [
      'nightly_pikachat',
      'nightly-pikachat',
      'just checks::nightly-pikachat',
      ['nix', 'develop', '.#default', '-c', 'just', 'checks::nightly-pikachat'],
      null,
    ],
    [
      'nightly_pika_ui_android',
      'nightly-pika-ui-android',
      './scripts/forge-nightly-pika-ui-android.sh',
      ['./scripts/forge-nightly-pika-ui-android.sh'],
      'nightly-android',
    ],
    [
      'nightly_apple_host_bundle',
      'nightly-apple-host-bundle',
      './scripts/pikaci-apple-remote.sh run --just-recipe apple-host-bundle',
      ['./scripts/pikaci-apple-remote.sh', 'run', '--just-recipe', 'apple-host-bundle'],
      'apple-host',
    ],
  ])('nightly lane %s', async (id, title, entrypoint, command, group) => {
    const lane = findLane(await loadManifest(PIKA_MANIFEST, options), id);
    expect(lane).toMatchObject({
      title,
      group: 'nightly',
      entrypoint,
      command,
      concurrency_group: group,
      paths: [],
      target: null,
    });
  });

  it('has the top-level values, lane order and exact pika_rust paths', async () => {
    const manifest = await loadManifest(PIKA_MANIFEST, options);
    expect(manifest.version).toBe(1);
    expect(manifest.nightly_schedule_utc).toBe('08:00');
    expect(manifest.path).toBe(PIKA_MANIFEST);
    expect(manifest.branch.map((l) => l.id)).toEqual([
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
    ]);
    expect(allLanes(manifest)).toHaveLength(15);
    expect(findLane(manifest, 'pika_rust').paths).toEqual([
      'ci/forge-lanes.toml',
      'Cargo.toml',
      'Cargo.lock',
      'flake.nix',
      'flake.lock',
      'nix/**',
      'justfile',
      '.github/**',
      'rust/**',
      'cli/**',
      'crates/pika-desktop/**',
      'crates/pika-media/**',
      'crates/pika-marmot-runtime/**',
      'crates/pika-nse/**',
      'crates/pika-relay-profiles/**',
      'crates/pika-tls/**',
      'uniffi-bindgen/**',
      'android/**',
      'ios/**',
      'docs/**',
      'scripts/forge-nightly-pika-ui-android.sh',
      'scripts/**',
      'tools/**',
    ]);
    expect(findLane(manifest, 'fixture').paths.at(-1)).toBe('tools/ui-e2e-public');
  });
});

describe("this repository's own ci/forge-lanes.toml", () => {
  it('loads: plain command lanes on ubuntu-latest', async () => {
    const manifest = await loadManifest(OWN_MANIFEST, { knownTargets: new Set() });
    expect(manifest.branch.length).toBeGreaterThan(0);
    for (const lane of allLanes(manifest)) {
      expect(lane.target).toBeNull();
      expect(lane.command?.length).toBeGreaterThan(0);
      expect(lane.runs_on).toBe('ubuntu-latest');
    }
    expect(findLane(manifest, 'unit').command?.slice(0, 2)).toEqual(['sh', '-c']);
    // Every suite but the *.env.test.ts ones, which need the test machine (ci/test-env.sh).
    expect(findLane(manifest, 'unit').command?.[2]).toMatch(
      /&& npm ci --no-audit --no-fund && npm run test:unit$/,
    );
  });
});

describe('normalization', () => {
  it('trims targets and groups, defaults entrypoints, and reads runs_on', async () => {
    const manifest = await parseManifest(
      `${HEAD}
[[branch.lanes]]
id = "a"
title = "A"
staged_linux_target = "  pre-merge-rmp "
concurrency_group = "  "

[[branch.lanes]]
id = "b"
title = "B"
target = "tart-env-probe"
concurrency_group = " mac "
runs_on = ["self-hosted", " macOS "]

[[branch.lanes]]
id = "c"
title = "C"
command = ["npm", "run", "it's ok"]
runs_on = "self-hosted"

[[branch.lanes]]
id = "d"
title = "D"
target = "pre-merge-pika-rust"
staged_linux_target = "pre-merge-pika-rust"
entrypoint = "  shown as is "
`,
      'm.toml',
      options,
    );
    const [a, b, c, d] = manifest.branch;
    expect(a).toMatchObject({
      target: 'pre-merge-rmp',
      concurrency_group: 'staged-linux:pre-merge-rmp',
      line: 4,
    });
    expect(b).toMatchObject({
      target: 'tart-env-probe',
      staged_linux_target: null,
      entrypoint: 'pikaci run tart-env-probe',
      concurrency_group: 'mac',
      runs_on: ['self-hosted', 'macOS'],
      command: null,
    });
    expect(c).toMatchObject({
      entrypoint: `npm run 'it'"'"'s ok'`,
      command: ['npm', 'run', "it's ok"],
      runs_on: 'self-hosted',
      concurrency_group: null,
    });
    expect(d).toMatchObject({ entrypoint: '  shown as is ', target: 'pre-merge-pika-rust' });
  });

  it('gives a lane whose `target` is a staged target the staged concurrency group', async () => {
    const manifest = await parseManifest(
      `${HEAD}\n[[branch.lanes]]\nid = "x"\ntitle = "X"\ntarget = "pre-merge-rmp"\n`,
      'm.toml',
      options,
    );
    expect(manifest.branch[0]!.concurrency_group).toBe('staged-linux:pre-merge-rmp');
  });

  it('allows no nightly_schedule_utc when there are no nightly lanes', async () => {
    const manifest = await parseManifest(
      'version = 1\n[[branch.lanes]]\nid = "x"\ntitle = "X"\ncommand = ["true"]\n',
      'm.toml',
      options,
    );
    expect(manifest.nightly_schedule_utc).toBeNull();
  });

  it('accepts a one-digit hour like chrono %H:%M', async () => {
    expect(
      (await parseManifest('version = 1\nnightly_schedule_utc = "8:05"\n', 'm.toml', options))
        .nightly_schedule_utc,
    ).toBe('8:05');
  });

  it('uses the validateGlob option when given', async () => {
    const error = await errorOf(
      `${HEAD}[[branch.lanes]]\nid = "x"\ntitle = "X"\ncommand = ["true"]\npaths = ["ok", "nope"]\n`,
      {
        ...options,
        validateGlob: (pattern) => (pattern === 'nope' ? 'rejected by the test' : undefined),
      },
    );
    expect(error.message).toBe(
      'ci/forge-lanes.toml:7: branch.lanes[0].paths[1]: invalid path pattern `nope`: rejected by the test',
    );
  });

  it('findLane suggests a near lane id', async () => {
    const manifest = await loadManifest(PIKA_MANIFEST, options);
    expect(() => findLane(manifest, 'pika-rust')).toThrow(/unknown lane `pika-rust`/);
    try {
      findLane(manifest, 'pika-rust');
    } catch (error) {
      expect((error as InputError).hint).toContain('`pika_rust`');
    }
  });
});

describe('bad manifests', () => {
  const lane = (body: string, group = 'branch'): string => `${HEAD}\n[[${group}.lanes]]\n${body}\n`;

  it.each([
    [
      'version ≠ 1',
      'version = 2\n',
      'ci/forge-lanes.toml:1: version: unsupported forge lane manifest version 2; this tool reads version 1',
    ],
    [
      'invalid HH:MM',
      'version = 1\nnightly_schedule_utc = "25:00"\n',
      'ci/forge-lanes.toml:2: nightly_schedule_utc: `25:00` is not a 24-hour UTC time `HH:MM` (e.g. "08:00")',
    ],
    [
      'HH:MM with seconds',
      'version = 1\nnightly_schedule_utc = "08:00:00"\n',
      'ci/forge-lanes.toml:2: nightly_schedule_utc: `08:00:00` is not a 24-hour UTC time',
    ],
    [
      'nightly lanes without a schedule',
      'version = 1\n\n[[nightly.lanes]]\nid = "n"\ntitle = "N"\ncommand = ["x"]\n',
      'ci/forge-lanes.toml:1: nightly_schedule_utc: nightly_schedule_utc is required when there are nightly lanes',
    ],
    [
      'unknown top-level key',
      `${HEAD}nightly_schedule = "x"\n`,
      'ci/forge-lanes.toml:3: nightly_schedule: unknown key `nightly_schedule`; did you mean `nightly_schedule_utc`',
    ],
    [
      'unknown lane key',
      lane('id = "x"\ntitle = "X"\nstagd_linux_target = "pre-merge-rmp"'),
      'ci/forge-lanes.toml:7: branch.lanes[0].stagd_linux_target: unknown key `stagd_linux_target`; did you mean `staged_linux_target`',
    ],
    [
      'unknown group key',
      `${HEAD}[branch]\nlane = []\n`,
      'ci/forge-lanes.toml:4: branch.lane: unknown key `lane`; did you mean `lanes`?',
    ],
    [
      'wrong value type',
      lane('id = "x"\ntitle = "X"\ncommand = "npm test"'),
      'ci/forge-lanes.toml:7: branch.lanes[0].command: Invalid input: expected array, received string',
    ],
    [
      'missing title',
      lane('id = "x"\ncommand = ["true"]'),
      'ci/forge-lanes.toml:4: branch.lanes[0].title: Invalid input: expected string, received undefined',
    ],
    [
      'empty id',
      lane('id = "  "\ntitle = "X"\ncommand = ["true"]'),
      'ci/forge-lanes.toml:5: branch.lanes[0].id: lane id must not be empty',
    ],
    [
      'empty title',
      lane('id = "x"\ntitle = ""\ncommand = ["true"]'),
      'ci/forge-lanes.toml:6: branch.lanes[0].title: lane `x` title must not be empty',
    ],
    [
      'neither target nor command',
      lane('id = "x"\ntitle = "X"'),
      'ci/forge-lanes.toml:4: branch.lanes[0]: lane `x` has neither a target nor a command; set `command = [...]`, `target = "..."` or `staged_linux_target = "..."`',
    ],
    [
      'empty command',
      lane('id = "x"\ntitle = "X"\ncommand = []'),
      'ci/forge-lanes.toml:7: branch.lanes[0].command: lane `x` has neither a target nor a command',
    ],
    [
      'blank program',
      lane('id = "x"\ntitle = "X"\ncommand = ["", "a"]'),
      'ci/forge-lanes.toml:7: branch.lanes[0].command[0]: lane `x` command program must not be empty',
    ],
    [
      'unknown staged target',
      lane('id = "x"\ntitle = "X"\nstaged_linux_target = "pre-merge-pika-rustt"'),
      'ci/forge-lanes.toml:7: branch.lanes[0].staged_linux_target: unknown target `pre-merge-pika-rustt` (not in catalog catalog/pika.toml); did you mean `pre-merge-pika-rust`,',
    ],
    [
      'unknown target',
      lane('id = "x"\ntitle = "X"\ntarget = "tart-env-prob"'),
      'ci/forge-lanes.toml:7: branch.lanes[0].target: unknown target `tart-env-prob` (not in catalog catalog/pika.toml); did you mean `tart-env-probe`?',
    ],
    [
      'staged_linux_target naming a non-staged target',
      lane('id = "x"\ntitle = "X"\nstaged_linux_target = "tart-env-probe"'),
      'ci/forge-lanes.toml:7: branch.lanes[0].staged_linux_target: `tart-env-probe` is not a staged Linux target in catalog catalog/pika.toml; bind it with `target = "tart-env-probe"` instead',
    ],
    [
      'target and staged target disagreeing',
      lane('id = "x"\ntitle = "X"\nstaged_linux_target = "pre-merge-rmp"\ntarget = "tart-env-probe"'),
      'ci/forge-lanes.toml:8: branch.lanes[0].target: target `tart-env-probe` disagrees with staged_linux_target `pre-merge-rmp`; give one of them, or the same id in both',
    ],
    [
      'a command next to a target',
      lane('id = "x"\ntitle = "X"\ntarget = "hello"\ncommand = ["true"]'),
      'ci/forge-lanes.toml:8: branch.lanes[0].command: lane `x` runs target `hello`, so `command` would be ignored; remove it',
    ],
    [
      'an invalid glob',
      lane('id = "x"\ntitle = "X"\ncommand = ["true"]\npaths = [\n  "ok/**",\n  "src/[a-",\n]'),
      'ci/forge-lanes.toml:10: branch.lanes[0].paths[1]: invalid path pattern `src/[a-`',
    ],
    [
      'paths on a nightly lane',
      lane('id = "x"\ntitle = "X"\ncommand = ["true"]\npaths = ["a"]', 'nightly'),
      'ci/forge-lanes.toml:8: nightly.lanes[0].paths: nightly lanes are not path-filtered (they all run on schedule); remove `paths`',
    ],
    [
      'runs_on of the wrong type',
      lane('id = "x"\ntitle = "X"\ncommand = ["true"]\nruns_on = 3'),
      'ci/forge-lanes.toml:8: branch.lanes[0].runs_on: runs_on must be a runner label or a list of labels',
    ],
    [
      'an empty runs_on list',
      lane('id = "x"\ntitle = "X"\ncommand = ["true"]\nruns_on = []'),
      'ci/forge-lanes.toml:8: branch.lanes[0].runs_on: runs_on must list at least one runner label',
    ],
    [
      'a blank runs_on label',
      lane('id = "x"\ntitle = "X"\ncommand = ["true"]\nruns_on = ["a", " "]'),
      'ci/forge-lanes.toml:8: branch.lanes[0].runs_on[1]: runner labels must not be empty',
    ],
    [
      'a TOML syntax error',
      `${HEAD}[[branch.lanes]\n`,
      'ci/forge-lanes.toml:3:16: invalid TOML: Unexpected character',
    ],
  ])('rejects %s', async (_name, text, expected) => {
    const error = await errorOf(text);
    expect(error.message).toContain(expected);
    expect(error.exitCode).toBe(2);
  });

  it('rejects duplicate lane ids across branch and nightly lanes', async () => {
    const error = await errorOf(`${HEAD}
[[branch.lanes]]
id = "same"
title = "A"
command = ["true"]

[[nightly.lanes]]
id = "same"
title = "B"
command = ["true"]
`);
    expect(error.message).toBe(
      'ci/forge-lanes.toml:10: nightly.lanes[0].id: duplicate lane id `same` (first defined on line 5); lane ids must be unique across branch and nightly lanes',
    );
  });

  it('rejects two branch lanes bound to one staged target', async () => {
    const error = await errorOf(`${HEAD}
[[branch.lanes]]
id = "one"
title = "A"
staged_linux_target = "pre-merge-rmp"

[[branch.lanes]]
id = "two"
title = "B"
target = "pre-merge-rmp"
`);
    expect(error.message).toBe(
      'ci/forge-lanes.toml:12: branch.lanes[1].target: staged target `pre-merge-rmp` is already bound by branch lane `one` (line 4); a staged target takes its path filters from exactly one branch lane',
    );
  });

  it('lists every problem at once, in line order', async () => {
    const error = await errorOf(`version = 3
nightly_schedule_utc = "8am"

[[branch.lanes]]
id = ""
title = "A"
`);
    expect(error.message.split('\n')).toEqual([
      '4 problems in ci/forge-lanes.toml:',
      '  ci/forge-lanes.toml:1: version: unsupported forge lane manifest version 3; this tool reads version 1',
      '  ci/forge-lanes.toml:2: nightly_schedule_utc: `8am` is not a 24-hour UTC time `HH:MM` (e.g. "08:00")',
      '  ci/forge-lanes.toml:4: branch.lanes[0]: lane `` has neither a target nor a command; set `command = [...]`, `target = "..."` or `staged_linux_target = "..."`',
      '  ci/forge-lanes.toml:5: branch.lanes[0].id: lane id must not be empty',
    ]);
  });

  it('reports a missing file', async () => {
    await expect(loadManifest('/nonexistent/forge-lanes.toml', options)).rejects.toThrow(
      'cannot read /nonexistent/forge-lanes.toml (ENOENT)',
    );
  });
});
