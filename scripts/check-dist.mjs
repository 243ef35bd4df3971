// Fails when the committed `dist/` differs from a fresh build of the current sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'pikaci-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build-dist.mjs', fresh], { stdio: 'inherit' });
  try {
    execFileSync('diff', ['-r', '-q', 'dist', fresh], { stdio: 'inherit' });
  } catch {
    console.error('dist/ is stale: run `npm run build` and commit dist/.');
    process.exit(1);
  }
  console.log('dist/ matches a fresh build');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
