/**
 * `pikaci show --html` end to end: a real run (host processes, one job failing with coloured output and
 * HTML in its log), the page written by the CLI, then rendered by a real headless Chromium: the DOM it
 * builds and a screenshot. Chromium comes from the test environment (`ci/test-env.sh`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { RunRecordSchema, type RunRecord } from '../../src/records/index.js';
import { makeRepo, tempDir } from '../support/repo.js';
import { runCli } from '../support/cli.js';
import { catalogToml, hostJob } from '../support/jobs.js';
import { loadTestEnv, type TestEnv } from '../support/test-env.js';
import { decodePng } from './png.js';

const CATALOG = catalogToml(
  { mixed: { description: 'one passes, one fails <b>loudly</b>', jobs: ['ok', 'boom', 'after'] } },
  {
    ok: hostJob(String.raw`printf '\033[32mgreen-ok\033[0m plain\n'; sleep 0.3`, {
      description: 'passes in green',
    }),
    boom: hostJob(
      String.raw`sleep 0.2; printf 'compiling\n\033[1;31mFAILED: <img src=x onerror=alert(1)> & more\033[0m\n\033]0;title\007\033[2Kdone\n'; exit 3`,
      { description: 'fails in red' },
    ),
    after: hostJob('true', { description: 'never starts' }),
  },
);

let env: TestEnv;
const scratch: string[] = [];
let repo: string;
let stateRoot: string;
let run: RunRecord;

beforeAll(async () => {
  env = loadTestEnv();
  repo = makeRepo({ 'README.md': 'x\n', 'catalog.toml': CATALOG }).root;
  stateRoot = join(tempDir(), 'state');
  const result = await runCli(['run', '--catalog', join(repo, 'catalog.toml'), 'mixed', '--output', 'json'], {
    cwd: repo,
    env: { PIKACI_STATE_ROOT: stateRoot },
  });
  expect(result.code).not.toBe(0);
  run = RunRecordSchema.parse(JSON.parse(result.stdout));
  expect(run.jobs.map((job) => [job.id, job.status])).toEqual([
    ['ok', 'passed'],
    ['boom', 'failed'],
    ['after', 'skipped'],
  ]);
}, 120_000);

afterAll(async () => {
  for (const dir of [repo, dirname(stateRoot), ...scratch]) await rm(dir, { recursive: true, force: true });
});

/** A temporary directory removed after the tests. */
function scratchDir(prefix?: string): string {
  const dir = tempDir(prefix);
  scratch.push(dir);
  return dir;
}

async function show(args: string[], options: { env?: Record<string, string> } = {}) {
  return runCli(['show', run.run_id, ...args], {
    cwd: repo,
    env: { PIKACI_STATE_ROOT: stateRoot, ...options.env },
  });
}

async function chromium(args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    env.chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      `--user-data-dir=${scratchDir('pikaci-chromium-')}`,
      ...args,
    ],
    { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
  );
  return stdout;
}

describe('pikaci show --html', () => {
  let page: string;
  let html: string;

  beforeAll(async () => {
    page = join(scratchDir(), 'run.html');
    const result = await show(['--html', '--out', page]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${page}\n`);
    html = await readFile(page, 'utf8');
  }, 60_000);

  it('is self-contained: no script, no external resource, a CSP that forbids both', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:\/\//);
  });

  it('renders in Chromium with the failed job open, its coloured log excerpt and the timeline', async () => {
    const dom = await chromium(['--virtual-time-budget=2000', '--dump-dom', pathToFileURL(page).href]);
    const details = [
      ...dom.matchAll(/<details class="job-log (\w+)"[^>]*data-job="([^"]+)"([^>]*)>([\s\S]*?)<\/details>/g),
    ];
    expect(details.map((d) => [d[2], d[1], d[3]!.includes('open=""')])).toEqual([
      ['ok', 'passed', false],
      ['boom', 'failed', true],
      ['after', 'skipped', false],
    ]);
    const failed = details[1]![4]!;
    // The log's HTML stays text; its bold red SGR becomes a span; the OSC title and erase-line codes are gone.
    expect(failed).toContain(
      '<span class="ansi-31 ansi-bold">FAILED: &lt;img src=x onerror=alert(1)&gt; &amp; more</span>',
    );
    expect(failed).toMatch(/compiling\n<span[^>]*>FAILED[^\n]*\ndone\n/);
    expect(failed).not.toContain('\u001b');
    expect(details[0]![4]).toContain('<span class="ansi-32">green-ok</span> plain');
    expect(dom).not.toMatch(/<img/);

    const svg = /<svg[^>]*class="timeline"[\s\S]*?<\/svg>/.exec(dom)?.[0] ?? '';
    const bars = [...svg.matchAll(/<g class="bar (\w+) (\w+)" data-label="([^"]+)">/g)].map((m) => [
      m[3],
      m[1],
      m[2],
    ]);
    expect(bars).toEqual([
      ['ok', 'job', 'passed'],
      ['boom', 'job', 'failed'],
      ['after', 'job', 'skipped'],
    ]);
    expect(dom).toContain('one passes, one fails &lt;b&gt;loudly&lt;/b&gt;');
  }, 90_000);

  it('draws a screenshot with the red bar of the failed job visible', async () => {
    const png = join(dirname(page), 'run.png');
    await chromium(['--window-size=1280,2000', `--screenshot=${png}`, pathToFileURL(page).href]);
    const size = (await stat(png)).size;
    expect(size).toBeGreaterThan(20_000);
    const pixels = decodePng(await readFile(png));
    expect([pixels.width, pixels.height]).toEqual([1280, 2000]);
    let red = 0;
    let green = 0;
    for (let y = 0; y < pixels.height; y++) {
      for (let x = 0; x < pixels.width; x++) {
        const [r, g, b] = pixels.at(x, y);
        if (r === 0xcf && g === 0x22 && b === 0x2e) red++;
        if (r === 0x2d && g === 0xa4 && b === 0x4e) green++;
      }
    }
    // Each bar is at least 2×16 px at 1:1 scale; anti-aliased edges aside, most of it is the exact colour.
    expect(red).toBeGreaterThan(20);
    expect(green).toBeGreaterThan(20);
  }, 90_000);
});

describe('pikaci show on a copied run and with --open', () => {
  it('reads a run copied to another state root without rewriting its paths (like `gh run download`)', async () => {
    const copy = join(scratchDir(), 'downloaded');
    await mkdir(join(copy, 'runs'), { recursive: true });
    await cp(join(stateRoot, 'runs', run.run_id), join(copy, 'runs', run.run_id), { recursive: true });
    const moved = `${stateRoot}-moved`;
    await cp(stateRoot, moved, { recursive: true });
    await rm(stateRoot, { recursive: true });
    try {
      const out = join(scratchDir(), 'copy.html');
      const result = await runCli(['show', run.run_id, '--html', '--out', out, '--state-root', copy], {
        cwd: repo,
      });
      expect(result.code).toBe(0);
      const text = await readFile(out, 'utf8');
      expect(text).toContain('FAILED: &lt;img src=x onerror=alert(1)&gt; &amp; more');
      expect(text).toContain(join(copy, 'runs', run.run_id, 'jobs', 'boom', 'host.log'));
    } finally {
      await cp(moved, stateRoot, { recursive: true });
    }
  }, 60_000);

  it('asks for --html, opens the file with xdg-open when there is one, and says where it is when not', async () => {
    const bare = await show([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('pass --html');

    const bin = scratchDir('pikaci-path-');
    await symlink(process.execPath, join(bin, 'node'));
    const out = join(scratchDir(), 'open.html');
    const none = await show(['--html', '--out', out, '--open'], { env: { PATH: bin } });
    expect(none.code).toBe(0);
    expect(none.stderr).toContain(
      `no ${process.platform === 'darwin' ? 'open' : 'xdg-open'} on PATH; open ${out} in a browser`,
    );

    const opened = join(bin, 'opened.txt');
    const opener = join(bin, process.platform === 'darwin' ? 'open' : 'xdg-open');
    await writeFile(opener, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    await chmod(opener, 0o755);
    const withOpener = await show(['--html', '--out', out, '--open'], { env: { PATH: bin } });
    expect(withOpener.code).toBe(0);
    let seen = '';
    for (let i = 0; i < 50 && seen === ''; i++) {
      seen = await readFile(opened, 'utf8').catch(() => '');
      if (seen === '') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen).toBe(out);
  }, 60_000);
});
