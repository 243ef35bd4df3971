// Fails when `npm install` would change package-lock.json, i.e. when `npm ci` on a fresh clone would
// refuse the lock or install something else than it pins. npm re-resolves a copy of package.json and
// the lock in a temporary directory (lock only: nothing is downloaded but metadata, scripts never run)
// and the result is compared with the committed lock. The committed lock is written without
// `resolved` URLs (README, "Development"), so the copy is written the same way whatever the local npmrc says.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const LOCK = 'package-lock.json';
const NETWORK_ERRORS = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/;

/** `npm run` passes the npm it runs under; outside it, the npm on PATH. */
function npmCommand(args) {
  const npmCli = process.env.npm_execpath;
  return npmCli && npmCli.endsWith('.js') ? [process.execPath, [npmCli, ...args]] : ['npm', args];
}

/** One line per lock entry that was added, removed or changed, so the message names the culprits. */
function describeChanges(before, after) {
  const left = before.packages ?? {};
  const right = after.packages ?? {};
  const lines = [];
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    const name = key === '' ? '(root package)' : key;
    if (!(key in left)) lines.push(`  + ${name} ${right[key].version ?? ''}`.trimEnd());
    else if (!(key in right)) lines.push(`  - ${name} ${left[key].version ?? ''}`.trimEnd());
    else if (JSON.stringify(left[key]) !== JSON.stringify(right[key])) {
      const fields = [...new Set([...Object.keys(left[key]), ...Object.keys(right[key])])].filter(
        (field) => JSON.stringify(left[key][field]) !== JSON.stringify(right[key][field]),
      );
      lines.push(`  ~ ${name}: ${fields.join(', ')}`);
    }
  }
  if (lines.length === 0)
    lines.push('  (entries are equal; the file differs in its other fields or formatting)');
  return lines;
}

const scratch = mkdtempSync(join(tmpdir(), 'pikaci-lock-'));
try {
  copyFileSync('package.json', join(scratch, 'package.json'));
  copyFileSync(LOCK, join(scratch, LOCK));
  const [command, args] = npmCommand([
    'install',
    '--package-lock-only',
    '--ignore-scripts',
    '--prefer-offline',
    '--omit-lockfile-registry-resolved=true',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
  ]);
  try {
    await promisify(execFile)(command, args, { cwd: scratch, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const output = `${error.stderr ?? ''}${error.stdout ?? ''}`.trim();
    const cause = NETWORK_ERRORS.test(output)
      ? 'npm needs registry metadata that is not in its cache and the registry is unreachable; run again with network access'
      : 'see npm’s output above';
    console.error(output);
    console.error(
      `check-lock: could not check ${LOCK}: \`npm install --package-lock-only\` failed (${cause}).`,
    );
    process.exit(1);
  }
  const committedText = readFileSync(LOCK, 'utf8');
  const resolvedText = readFileSync(join(scratch, LOCK), 'utf8');
  if (committedText !== resolvedText) {
    const changes = describeChanges(JSON.parse(committedText), JSON.parse(resolvedText));
    console.error(
      `check-lock: ${LOCK} is out of date: \`npm install\` would change it, so \`npm ci\` may fail.`,
    );
    console.error(changes.join('\n'));
    console.error(
      'Fix: run `npm install --package-lock-only --omit-lockfile-registry-resolved=true` and commit package-lock.json.',
    );
    process.exit(1);
  }
  console.log(`${LOCK} is what \`npm install\` resolves: \`npm ci\` installs exactly it`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
