/**
 * `pikaci plan` as a real subprocess (support/cli.ts) against real repositories: output
 * formats, exit codes, and the message of every bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, type CliOptions } from '../support/cli.js';
import { commit, git, removeTempDirs, tempDir, writeFiles } from '../support/repo.js';

const pikaManifest = join(ROOT, 'catalog', 'pika-forge-lanes.toml');

const temp = tempDir('pikaci-plan-');
afterAll(removeTempDirs);

/** `pikaci` without colour. */
const pikaci = (args: string[], options: CliOptions = {}) =>
  runCli(args, { ...options, env: { NO_COLOR: '1' } });

const write = (dir: string, path: string, text: string): void => writeFiles(dir, { [path]: text });

interface PlanJson {
  group: string;
  base: string | null;
  head: string | null;
  merge_base: string | null;
  diff_source: string;
  changed_from: string | null;
  changed_files_count: number;
  lanes: { id: string; title: string; selected: boolean; reason: { kind: string }; explanation: string }[];
  matrix: { include: { lane: string }[] };
}

const selectedOf = (plan: PlanJson) => plan.lanes.filter((l) => l.selected).map((l) => l.id);

let repo: string;
let forkPoint: string;
let featureHead: string;

beforeAll(() => {
  // main: the Pika manifest and a crate; feature: renames the rmp-cli crate's file out of its
  // directory; main moves on with a docs change that the feature's plan must not see.
  repo = join(temp, 'repo');
  mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'ci'));
  copyFileSync(pikaManifest, join(repo, 'ci', 'forge-lanes.toml'));
  write(repo, 'crates/rmp-cli/src/main.rs', Array.from({ length: 30 }, (_, i) => `// ${i}\n`).join(''));
  write(repo, 'README.md', 'hello\n');
  forkPoint = commit(repo, {}, 'base');
  git(repo, 'checkout', '-q', '-b', 'feature');
  mkdirSync(join(repo, 'elsewhere'));
  git(repo, 'mv', 'crates/rmp-cli/src/main.rs', 'elsewhere/main.rs');
  featureHead = commit(repo, {}, 'move main.rs');
  git(repo, 'checkout', '-q', 'main');
  write(repo, 'docs/guide.md', 'docs\n');
  commit(repo, {}, 'docs on main');
  git(repo, 'checkout', '-q', 'feature');
});

describe('pikaci plan from git revisions', () => {
  it('diffs from the merge base, sees both sides of a rename, and prints JSON', async () => {
    const { code, stdout, stderr } = await pikaci([
      'plan',
      '--repo',
      repo,
      '--base',
      'main',
      '--format',
      'json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan).toMatchObject({
      group: 'branch',
      base: git(repo, 'rev-parse', 'main'),
      head: featureHead,
      merge_base: forkPoint,
      diff_source: 'git',
      changed_from: null,
      changed_files_count: 2,
    });
    // Only the old name is under crates/rmp-cli/**; docs/guide.md (main's change) would select pika_rust.
    expect(selectedOf(plan)).toEqual(['rmp']);
    expect(plan.lanes.find((l) => l.id === 'rmp')).toEqual({
      id: 'rmp',
      title: 'check-rmp',
      selected: true,
      reason: { kind: 'matched', file: 'crates/rmp-cli/src/main.rs', pattern: 'crates/rmp-cli/**' },
      explanation: '`crates/rmp-cli/src/main.rs` matches `crates/rmp-cli/**`',
    });
    expect(plan.lanes.map((l) => l.id)).toHaveLength(10);
    expect(plan.matrix.include.map((e) => e.lane)).toEqual(['rmp']);
  });

  it('uses the current directory as the repository and prints a readable plan', async () => {
    const { code, stdout } = await pikaci(['plan', '--base', 'main', '--head', 'HEAD'], { cwd: repo });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `2 changed files: git diff from the merge base ${forkPoint.slice(0, 12)} of ${git(repo, 'rev-parse', 'main').slice(0, 12)} and ${featureHead.slice(0, 12)}`,
    );
    expect(lines).toContain('✓ rmp (check-rmp): `crates/rmp-cli/src/main.rs` matches `crates/rmp-cli/**`');
    expect(lines).toContain(
      "· pika_rust (check-pika-rust): none of the 2 changed files matches the lane's paths",
    );
    expect(lines[lines.length - 1]).toBe('1 of 10 branch lanes selected');
  });

  it('prints only the matrix with --format matrix, and exits 0 when nothing is selected', async () => {
    const empty = await pikaci(['plan', '--repo', repo, '--base', 'HEAD', '--format', 'matrix']);
    // base == head: the empty diff rule selects every branch lane.
    expect(empty.code).toBe(0);
    expect((JSON.parse(empty.stdout) as PlanJson['matrix']).include).toHaveLength(10);
    const none = await pikaci(['plan', '--repo', repo, '--changed-from', '-', '--format', 'matrix'], {
      input: 'README.md\n',
    });
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('{"include":[]}\n');
  });
});

describe('pikaci plan from a file list', () => {
  it('reads --changed-from FILE', async () => {
    const list = join(temp, 'changed.txt');
    writeFileSync(list, 'docs/agent-ci.md\n\n');
    const { code, stdout } = await pikaci([
      'plan',
      '--repo',
      repo,
      '--changed-from',
      list,
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan).toMatchObject({
      diff_source: 'changed-from',
      changed_from: list,
      changed_files_count: 1,
      base: null,
    });
    expect(selectedOf(plan)).toEqual(['pika_rust', 'pika_followup', 'agent_contracts']);
  });

  it('reads a NUL-separated list from stdin', async () => {
    const { code, stdout } = await pikaci(
      ['plan', '--repo', repo, '--changed-from', '-', '--format', 'json'],
      {
        input: 'pikachat-claude/src/access.test.ts\0',
      },
    );
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan.changed_from).toBe('stdin');
    expect(selectedOf(plan)).toEqual(['pikachat_typescript']);
  });
});

describe('pikaci plan without a diff', () => {
  it('plans every nightly lane for --group nightly', async () => {
    const { code, stdout } = await pikaci(['plan', '--repo', repo, '--group', 'nightly', '--format', 'json']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan.diff_source).toBe('none');
    expect(plan.lanes.map((l) => [l.id, l.selected, l.reason.kind])).toEqual(
      [
        'nightly_linux',
        'nightly_pika',
        'nightly_pikachat',
        'nightly_pika_ui_android',
        'nightly_apple_host_bundle',
      ].map((id) => [id, true, 'nightly']),
    );
  });

  it('runs the lanes named with --lanes', async () => {
    const { code, stdout } = await pikaci([
      'plan',
      '--repo',
      repo,
      '--lanes',
      'rmp,fixture',
      '--format',
      'matrix',
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as PlanJson['matrix']).include.map((e) => e.lane)).toEqual(['rmp', 'fixture']);
  });
});

describe('pikaci plan rejects bad input with exit 2 and a message', () => {
  const badManifestDir = join(temp, 'bad-manifest');
  const manifestHint =
    'pass --manifest PATH, or run in a repository that has ci/forge-lanes.toml (--repo DIR)';
  const listHint =
    'pass a file with one repo-relative path per line (or NUL-separated), or `-` to read standard input';

  beforeAll(() => {
    write(
      badManifestDir,
      'ci/forge-lanes.toml',
      'version = 1\n\n[[branch.lanes]]\nid = "x"\ntitle = "x"\ncommand = ["true"]\npaths = ["src/[ab"]\n',
    );
  });

  // Each case: its flags (after `--repo <repo>` unless it names one) and the exact stderr.
  const cases: [string, () => string[], () => string][] = [
    [
      'an unknown --format',
      () => ['--base', 'main', '--format', 'xml'],
      () => 'pikaci: --format must be one of human, json, matrix, got `xml`\n',
    ],
    [
      'an unknown --group',
      () => ['--base', 'main', '--group', 'weekly'],
      () => 'pikaci: --group must be one of branch, nightly, got `weekly`\n',
    ],
    [
      'an unknown --lanes id',
      () => ['--lanes', 'rmp,pika_rsut'],
      () => 'pikaci: ci/forge-lanes.toml: unknown lane `pika_rsut`\n  hint: did you mean `pika_rust`?\n',
    ],
    [
      'a nightly lane in --lanes for the branch group',
      () => ['--lanes', 'nightly_pika'],
      () =>
        'pikaci: ci/forge-lanes.toml: lane `nightly_pika` is a nightly lane, not a branch lane\n' +
        '  hint: plan the nightly group to run it (--group nightly)\n',
    ],
    [
      'an empty --lanes',
      () => ['--lanes', ','],
      () => 'pikaci: the lane list is empty\n  hint: name lanes separated by commas, or `all`\n',
    ],
    [
      'a missing manifest',
      () => ['--base', 'main', '--manifest', join(temp, 'nope.toml')],
      () =>
        `pikaci: --manifest: lane manifest \`${join(temp, 'nope.toml')}\` does not exist\n  hint: ${manifestHint}\n`,
    ],
    [
      'a bad glob in the manifest',
      () => ['--repo', badManifestDir, '--changed-from', '-'],
      () =>
        `pikaci: ${join(badManifestDir, 'ci', 'forge-lanes.toml')}:7: branch.lanes[0].paths[0]: invalid path pattern ` +
        '`src/[ab`: unclosed `[` at offset 4; close the class with `]` or write `\\[`\n',
    ],
    [
      'an unreadable --changed-from',
      () => ['--changed-from', join(temp, 'missing.txt')],
      () =>
        `pikaci: --changed-from: cannot read the changed-file list \`${join(temp, 'missing.txt')}\`: no such file\n` +
        `  hint: ${listHint}\n`,
    ],
    [
      'an unknown --base',
      () => ['--base', 'no-such-rev'],
      () =>
        `pikaci: ${repo}: unknown revision \`no-such-rev\`: no such commit in the repository\n` +
        '  hint: pass a commit that exists locally (a shallow clone may lack it: fetch more history, e.g. fetch-depth: 0)\n',
    ],
    [
      'no diff source at all',
      () => [],
      () =>
        'pikaci: nothing to compare: the branch group is selected by a diff\n' +
        '  hint: pass --base REV (e.g. --base origin/main), or --changed-from FILE|-, or name lanes with --lanes\n',
    ],
    [
      '--base with --changed-from',
      () => ['--base', 'main', '--changed-from', '-'],
      () =>
        'pikaci: --base and --changed-from cannot be combined\n' +
        '  hint: diff two revisions with --base/--head, or pass the changed files with --changed-from\n',
    ],
    [
      '--head alone',
      () => ['--head', 'HEAD'],
      () =>
        'pikaci: --head needs --base\n  hint: pass --base REV: the revision the change is compared with\n',
    ],
  ];

  it.each(cases)('%s', async (_label, args, message) => {
    const argv = args();
    const repoFlag = argv.includes('--repo') ? [] : ['--repo', repo];
    const { code, stdout, stderr } = await pikaci(['plan', ...repoFlag, ...argv]);
    expect(stdout).toBe('');
    expect(stderr).toBe(message());
    expect(code).toBe(2);
  });
});
