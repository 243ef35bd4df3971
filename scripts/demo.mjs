// `npm run demo` (README "Two commands"): copy examples/demo/ to a temporary directory, make it a
// git repository with a `main` commit and a branch that changes two of its three lanes' files, and
// run `pikaci run --affected --base main` there: the plan, the selected lanes as host processes,
// and the records under the example's own `.pikaci/`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const repo = mkdtempSync(join(tmpdir(), 'pikaci-demo-'));
cpSync(join(root, 'examples/demo'), repo, { recursive: true });

function git(...args) {
  const identity = ['-c', 'user.name=pikaci demo', '-c', 'user.email=demo@example.invalid'];
  try {
    execFileSync('git', [...identity, '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
  } catch (error) {
    const why = error.code === 'ENOENT' ? 'git is not installed or not on PATH' : String(error.stderr).trim();
    console.error(`demo: \`git ${args.join(' ')}\` failed in ${repo}: ${why}`);
    process.exit(1);
  }
}
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'greet: the example project');
git('checkout', '-q', '-b', 'feature/shout');
writeFileSync(
  join(repo, 'src/greet.sh'),
  readFileSync(join(repo, 'src/greet.sh'), 'utf8').replace(
    'echo "hello, ${1:-world}"',
    'if [ "$1" = --shout ]; then shift; echo "HELLO, ${1:-WORLD}!"; else echo "hello, ${1:-world}"; fi',
  ),
);
writeFileSync(
  join(repo, 'docs/usage.md'),
  `${readFileSync(join(repo, 'docs/usage.md'), 'utf8')}\n\`--shout\` greets loudly.\n`,
);
git('commit', '-q', '-a', '-m', 'greet: --shout');

console.log(`example repository: ${repo} (branch feature/shout, one commit ahead of main)`);
console.log('$ pikaci run --affected --base main\n');
const stateRoot = join(repo, '.pikaci');
const run = spawnSync(
  process.execPath,
  [cli, 'run', '--affected', '--base', 'main', '--state-root', stateRoot],
  {
    cwd: repo,
    stdio: 'inherit',
  },
);
if (run.error) {
  console.error(`demo: cannot start ${cli}: ${run.error.message} (build it with \`npm run build\`)`);
  process.exit(1);
}
console.log(`\nrecords: ${join(stateRoot, 'runs')}; list them with`);
console.log(`  node ${cli} list --state-root ${stateRoot}`);
process.exit(run.status ?? 1);
