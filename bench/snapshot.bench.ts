/**
 * Snapshot creation of a generated 20,000-file repository against `git archive HEAD | tar -x` of the
 * same tree in the same run (and, for reference, `git checkout-index` from a temporary index).
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSnapshot } from '../src/snapshot/index.js';
import { report, time, type Timing } from './stats.js';

const FILES = 20_000;
const RUNS = 5;

export function generateRepository(root: string): void {
  execFileSync('git', ['init', '-q', root]);
  for (let i = 0; i < FILES; i++) {
    const dir = join(root, `crate${i % 40}`, `mod${Math.floor(i / 40) % 25}`);
    if (i < 1000) mkdirSync(dir, { recursive: true });
    const body = `// file ${i}\n${'fn f() { let x = 1; }\n'.repeat(10 + (i % 200))}`;
    writeFileSync(join(dir, `f${i}.rs`), body, { mode: i % 50 === 0 ? 0o755 : 0o644 });
  }
  symlinkSync('crate0/mod0/f0.rs', join(root, 'link'));
  execFileSync('git', ['add', '-A'], { cwd: root });
  execFileSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench'],
    {
      cwd: root,
    },
  );
}

export default async function bench(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'pikaci-snapshot-bench-'));
  try {
    const repo = join(work, 'repo');
    generateRepository(repo);
    let n = 0;
    const fresh = (): string => join(work, `out-${n++}`);
    const subjects: Record<string, (dest: string) => Promise<unknown> | unknown> = {
      archive: (dest) => {
        mkdirSync(dest);
        execSync(`git archive HEAD | tar -x -C '${dest}'`, { cwd: repo });
      },
      ci: (dest) =>
        createSnapshot({ sourceRoot: repo, destDir: dest, profile: 'full', includeLocalChanges: false }),
      local: (dest) =>
        createSnapshot({ sourceRoot: repo, destDir: dest, profile: 'full', includeLocalChanges: true }),
      checkoutIndex: (dest) => {
        const env = { ...process.env, GIT_INDEX_FILE: join(work, 'bench.index') };
        execFileSync('git', ['read-tree', 'HEAD'], { cwd: repo, env });
        execFileSync('git', ['checkout-index', '-a', `--prefix=${dest}/`], { cwd: repo, env });
      },
    };
    // Rounds interleave the subjects so a busy machine slows them alike; deleting the output is not timed.
    const samples = new Map<string, Timing[]>();
    for (let round = 0; round < RUNS; round++) {
      for (const [name, subject] of Object.entries(subjects)) {
        const dest = fresh();
        const timing = await time(1, () => subject(dest));
        rmSync(dest, { recursive: true, force: true });
        samples.set(name, [...(samples.get(name) ?? []), timing]);
      }
    }
    const timing = (name: string): Timing => {
      const ms = (samples.get(name) ?? []).map((t) => t.medianMs).sort((a, b) => a - b);
      return { medianMs: ms[Math.floor(ms.length / 2)]!, minMs: ms[0]!, runs: ms.length };
    };
    const archive = timing('archive');
    const ciSnapshot = timing('ci');
    const localSnapshot = timing('local');
    const checkoutIndex = timing('checkoutIndex');

    console.log(`${FILES + 1} tracked files`);
    report('createSnapshot (HEAD, CI)', ciSnapshot, archive, 'git archive | tar -x');
    report('createSnapshot (with local changes)', localSnapshot, archive, 'git archive | tar -x');
    report('git checkout-index (temp index, reference)', checkoutIndex, archive, 'git archive | tar -x');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
