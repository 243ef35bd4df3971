/**
 * `npm run hostile`: replays the automatable part of the hostile review (issue "Secrets stay secret,
 * faults lose nothing") against a bundle built from the current source, and prints the totals:
 * inputs tried, faults injected, hangs, stack traces, instances and processes leaked, secrets found on
 * disk, records lost. Needs the test environment (`npm run test:env`: LXD, sshd on 127.0.0.1) and root
 * (tmpfs and read-only mounts). Not a test: it measures, prints every case that misbehaved, and exits 0
 * unless the harness itself breaks. Each fix has its own test under `__tests__/`.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instanceName } from '../src/backends/incus/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'pikaci-hostile-'));
const testEnv = JSON.parse(readFileSync(join(ROOT, '.test-env/env.json'), 'utf8')) as {
  lxd: { cli: string; project: string; image: string; profile: string };
  ssh: { host: string; port: number; user: string; privateKeyPath: string; knownHostsPath: string };
};
const MARK = `pikacihostile${process.pid}`;
const SECRETS = {
  token: 'ghs_hostiletoken' + MARK,
  runtime: 'runtime-token-' + MARK,
  catalogSecret: 'catalog-secret-' + MARK,
};

interface Outcome {
  code: number | null;
  signal: string | null;
  out: string;
  timedOut: boolean;
  ms: number;
}

function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
) {
  return new Promise<Outcome>((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? work,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, opts.timeoutMs ?? 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, timedOut, ms: Date.now() - t0 });
    });
  });
}

const sh = (script: string) => execFileSync('bash', ['-c', script], { encoding: 'utf8' });
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=h', '-c', 'user.email=h@h', ...args], { cwd, stdio: 'ignore' });

// ------------------------------------------------------------------------------------------ setup
execFileSync('node', [join(ROOT, 'scripts/build-dist.mjs'), join(work, 'pkg/dist')], {
  cwd: ROOT,
  stdio: 'ignore',
});
const CLI = join(work, 'pkg/dist/cli/index.js');
const ACTION = join(work, 'pkg/dist/action/index.js');
execFileSync('ln', ['-s', join(ROOT, 'catalog'), join(work, 'pkg/catalog')]);

const repo = join(work, 'repo');
mkdirSync(join(repo, 'ci'), { recursive: true });
const job = (id: string, placement: string, runtime: string, command: string, extra = '') =>
  `[jobs.${id}]\ndescription = "${id}"\ntimeout_secs = 120\nexecution = { placement = "${placement}", runtime = "${runtime}" }\n` +
  `runtime_config = { kind = "${runtime}" }\nguest_command = { kind = "${runtime === 'incus' ? 'shell_command' : 'host_shell_command'}", command = ${JSON.stringify(command)} }\n${extra}\n`;
const targets = (ids: string[]) =>
  ids.map((id) => `[targets.${id}]\ndescription = "${id}"\njobs = ["${id}"]\n`).join('\n');
const JOBS: Array<[string, string, string, string]> = [
  ['ok', 'local', 'host_process', 'echo ok'],
  ['sleep-local', 'local', 'host_process', `echo ${MARK}-up; exec -a ${MARK}-local sleep 300`],
  ['sleep-remote', 'remote_ssh', 'host_process', `echo ${MARK}-up; exec -a ${MARK}-remote sleep 300`],
  ['sleep-incus', 'local', 'incus', `echo ${MARK}-up; sleep 300`],
  ['flood-local', 'local', 'host_process', 'head -c 5000000 /dev/zero | tr "\\0" x; echo'],
  [
    'flood-incus',
    'local',
    'incus',
    'i=0; while [ $i -lt 5000 ]; do echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx; i=$((i+1)); done',
  ],
  ['envdump-local', 'local', 'host_process', 'env; echo "$PIKA_NSEC"'],
  ['envdump-remote', 'remote_ssh', 'host_process', 'env; echo "$PIKA_NSEC"'],
  ['envdump-incus', 'local', 'incus', 'env; echo "$PIKA_NSEC"'],
  [
    'group-local',
    'local',
    'host_process',
    `echo "start $(date +%s%N)" >> ${join(work, 'group.log')}; sleep 1; echo "end $(date +%s%N)" >> ${join(work, 'group.log')}`,
  ],
  [
    'group-remote',
    'remote_ssh',
    'host_process',
    `echo "start $(date +%s%N)" >> ${join(work, 'group-remote.log')}; sleep 1; echo "end $(date +%s%N)" >> ${join(work, 'group-remote.log')}`,
  ],
];
const catalogText = (withSecrets: boolean) =>
  'version = 1\n\n' +
  targets(JOBS.map(([id]) => id)) +
  '\n' +
  JOBS.map(([id, p, r, c]) =>
    job(id, p, r, c, withSecrets && id.startsWith('envdump') ? 'secrets = ["PIKA_NSEC"]' : ''),
  ).join('\n');
writeFileSync(join(work, 'probe.toml'), catalogText(true));
// A build without catalog-declared secrets rejects the field: measure it without (and say so).
let secretsField = true;
try {
  execFileSync('node', [CLI, 'targets', '--catalog', join(work, 'probe.toml')], { stdio: 'ignore' });
} catch {
  secretsField = false;
}
const CATALOG = catalogText(secretsField);
writeFileSync(join(repo, 'ci/pikaci-catalog.toml'), CATALOG);
writeFileSync(
  join(repo, 'ci/forge-lanes.toml'),
  'version = 1\n\n' +
    JOBS.map(([id]) => `[[branch.lanes]]\nid = "${id}"\ntitle = "${id}"\ntarget = "${id}"\n`).join('\n') +
    '\n[[branch.lanes]]\nid = "grouped"\ntitle = "grouped"\ntarget = "group-local"\nconcurrency_group = "hostile"\n' +
    '\n[[branch.lanes]]\nid = "grouped-remote"\ntitle = "grouped-remote"\ntarget = "group-remote"\nconcurrency_group = "hostile-remote"\n',
);
writeFileSync(join(repo, 'hello.txt'), 'hello\n');
git(repo, 'init', '-q', '-b', 'main');
git(repo, 'add', '-A');
git(repo, 'commit', '-q', '-m', 'hostile');

const incusFlags = [
  '--incus-cli',
  testEnv.lxd.cli,
  '--incus-project',
  testEnv.lxd.project,
  '--incus-profile',
  testEnv.lxd.profile,
  '--incus-image',
  testEnv.lxd.image,
  '--incus-type',
  'container',
];
const hostFlags = [
  '--ssh-host',
  testEnv.ssh.host,
  '--ssh-port',
  String(testEnv.ssh.port),
  '--ssh-user',
  testEnv.ssh.user,
  '--ssh-key',
  testEnv.ssh.privateKeyPath,
  '--ssh-known-hosts',
  testEnv.ssh.knownHostsPath,
  '--remote-work-dir',
  join(work, 'remote'),
  ...incusFlags,
];
const pikaci = (args: string[], opts: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}) =>
  run('node', [CLI, ...args], { cwd: opts.cwd ?? repo, timeoutMs: opts.timeoutMs, env: opts.env });

// ------------------------------------------------------------------------------------------ tallies
const problems: string[] = [];
const totals = {
  inputs: 0,
  faults: 0,
  hangs: 0,
  stackTraces: 0,
  instancesLeaked: 0,
  processesLeaked: 0,
  secretsOnDisk: 0,
  recordsLost: 0,
};
const STACK = /^\s+at .+[(:]\d+:\d+\)?$|internal error|TypeError|ReferenceError|RangeError|ZodError/m;

function judge(name: string, o: Outcome, expect: 'fail' | 'pass' | 'any') {
  if (o.timedOut) {
    totals.hangs++;
    problems.push(`${name}: hung (killed after ${o.ms} ms)`);
  } else if (STACK.test(o.out)) {
    totals.stackTraces++;
    problems.push(
      `${name}: internal error or stack trace: ${o.out.trim().split('\n').slice(0, 3).join(' | ').slice(0, 300)}`,
    );
  } else if (expect === 'fail' && o.code === 0) {
    problems.push(`${name}: accepted (exit 0): ${o.out.trim().slice(0, 200)}`);
  } else if (expect === 'pass' && o.code !== 0) {
    problems.push(`${name}: failed (exit ${o.code}): ${o.out.trim().slice(-300)}`);
  } else if (expect === 'fail' && o.out.trim() === '') {
    problems.push(`${name}: failed without a message`);
  }
}

async function input(name: string, args: string[], expect: 'fail' | 'pass' | 'any' = 'fail', cwd?: string) {
  totals.inputs++;
  judge(name, await pikaci(args, { cwd, timeoutMs: 30_000 }), expect);
}

// ------------------------------------------------------------------------------------------ inputs
const files = join(work, 'files');
mkdirSync(files);
const file = (name: string, content: string | Buffer) => {
  const p = join(files, name);
  writeFileSync(p, content);
  return p;
};
const lane = (fields: string) => `version = 1\n[[branch.lanes]]\n${fields}\n`;
const manifests: Record<string, string | Buffer> = {
  bom: '\uFEFF' + lane('id = "a"\ntitle = "a"\ncommand = ["true"]'),
  'deep-array': `version = 1\nx = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
  'deep-inline-table': `version = 1\nx = ${'{a='.repeat(20_000)}1${'}'.repeat(20_000)}\n`,
  'id-subst': lane('id = "$(touch /tmp/pwn)"\ntitle = "a"\ncommand = ["true"]'),
  'id-dotdot': lane('id = "../../etc"\ntitle = "a"\ncommand = ["true"]'),
  'id-newline': lane('id = "a\\nb"\ntitle = "a"\ncommand = ["true"]'),
  'id-empty': lane('id = ""\ntitle = "a"\ncommand = ["true"]'),
  'id-long': lane(`id = "${'a'.repeat(5000)}"\ntitle = "a"\ncommand = ["true"]`),
  'title-newline': lane('id = "a"\ntitle = "a\\n::error::x"\ncommand = ["true"]'),
  'group-subst': lane('id = "a"\ntitle = "a"\ncommand = ["true"]\nconcurrency_group = "$(id)/../x"'),
  'invalid-utf8': Buffer.concat([
    Buffer.from(lane('id = "a"\ntitle = "')),
    Buffer.from([0xff, 0xfe]),
    Buffer.from('"\ncommand = ["true"]'),
  ]),
  'nul-escape': lane('id = "a"\ntitle = "a\\u0000b"\ncommand = ["true"]'),
  duplicate:
    lane('id = "a"\ntitle = "a"\ncommand = ["true"]') +
    '[[branch.lanes]]\nid = "a"\ntitle = "b"\ncommand = ["true"]\n',
  'unknown-key': lane('id = "a"\ntitle = "a"\ncommand = ["true"]\nbogus = 1'),
  'version-2': 'version = 2\n',
  'lanes-not-array': 'version = 1\nbranch = { lanes = 3 }\n',
  'empty-command': lane('id = "a"\ntitle = "a"\ncommand = []'),
  'bad-pattern': lane('id = "a"\ntitle = "a"\ncommand = ["true"]\npaths = ["/abs/**", "a/"]'),
  'garbage-binary': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  empty: '',
  'huge-comments': '#' + 'x'.repeat(20 * 1024 * 1024) + '\nversion = 1\n',
  'syntax-error': 'version = 1\n[[branch.lanes]\n',
};
for (const [name, content] of Object.entries(manifests)) {
  const p = file(`${name}.toml`, content);
  // A byte-order mark is stripped (README): that manifest is valid.
  const expect = name === 'bom' ? 'pass' : 'fail';
  await input(`manifest ${name} (lanes)`, ['lanes', '--manifest', p], expect);
  await input(
    `manifest ${name} (plan)`,
    ['plan', '--manifest', p, '--base', 'HEAD', '--format', 'json'],
    expect,
  );
}
for (const p of ['/dev/zero', '/proc/self/mem', files, join(files, 'missing.toml')]) {
  await input(`manifest path ${p}`, ['lanes', '--manifest', p]);
}

const catalogJob = (fields: string) =>
  `version = 1\n[targets.t]\ndescription = "t"\njobs = ["j"]\n[jobs.j]\ndescription = "j"\n` +
  `execution = { placement = "local", runtime = "host_process" }\nruntime_config = { kind = "host_process" }\n` +
  `guest_command = { kind = "host_shell_command", command = "true" }\n${fields}\n`;
const catalogs: Record<string, string> = {
  'timeout-huge': catalogJob('timeout_secs = 9999999999'),
  'timeout-over-node': catalogJob('timeout_secs = 2147484'),
  'timeout-negative': catalogJob('timeout_secs = -1'),
  'timeout-zero': catalogJob('timeout_secs = 0'),
  'timeout-float': catalogJob('timeout_secs = 1.5'),
  'runtime-mismatch': catalogJob('timeout_secs = 5').replace(
    'runtime_config = { kind = "host_process" }',
    'runtime_config = { kind = "incus" }',
  ),
  'unknown-job': 'version = 1\n[targets.t]\ndescription = "t"\njobs = ["nope"]\n',
  'job-id-subst': catalogJob('timeout_secs = 5')
    .replace(/"j"/g, '"$(id)"')
    .replace('[jobs.j]', '[jobs."$(id)"]'),
  bom: '\uFEFF' + catalogJob('timeout_secs = 5'),
  deep: `version = 1\nx = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
};
for (const [name, content] of Object.entries(catalogs)) {
  const p = file(`catalog-${name}.toml`, content);
  await input(`catalog ${name} (targets)`, ['targets', '--catalog', p]);
  await input(`catalog ${name} (run)`, ['run', '--catalog', p, 't', '--state-root', join(work, 'state-cat')]);
}

const state = join(work, 'state');
const flagCases: Array<[string, string[]]> = [
  ['state-root /proc', ['run', 'ok', '--state-root', '/proc/foo']],
  ['state-root under a file', ['run', 'ok', '--state-root', '/dev/null/x']],
  ['ssh-port 99999', ['run', 'sleep-remote', '--state-root', state, ...hostFlags, '--ssh-port', '99999']],
  ['ssh-port abc', ['run', 'sleep-remote', '--state-root', state, ...hostFlags, '--ssh-port', 'abc']],
  [
    'ssh-host option injection',
    [
      'run',
      'envdump-remote',
      '--state-root',
      state,
      ...hostFlags,
      '--ssh-host',
      '-oProxyCommand=touch /tmp/pwn',
    ],
  ],
  [
    'ssh unknown host key',
    [
      'run',
      'envdump-remote',
      '--state-root',
      state,
      ...hostFlags,
      '--ssh-known-hosts',
      file('empty_known_hosts', ''),
    ],
  ],
  [
    'ssh missing key file',
    ['run', 'envdump-remote', '--state-root', state, ...hostFlags, '--ssh-key', join(files, 'nokey')],
  ],
  [
    'incus image with shell',
    ['run', 'sleep-incus', '--state-root', state, ...hostFlags, '--incus-image', 'a b; touch /tmp/pwn'],
  ],
  ['incus type weird', ['run', 'sleep-incus', '--state-root', state, ...hostFlags, '--incus-type', 'weird']],
  ['incus missing cli', ['run', 'sleep-incus', '--state-root', state, ...hostFlags, '--incus-cli', 'incus']],
  ['lock-timeout -5', ['run', 'grouped', '--state-root', state, '--lock-timeout', '-5']],
  ['lock-timeout abc', ['run', 'grouped', '--state-root', state, '--lock-timeout', 'abc']],
  ['output xml', ['run', 'ok', '--state-root', state, '--output', 'xml']],
  ['unknown lane', ['run', 'nope', '--state-root', state]],
  ['lane id with dotdot', ['run', '../../etc/passwd', '--state-root', state]],
  ['status unknown run', ['status', '20260101T000000Z-deadbeef', '--state-root', state]],
  ['status traversal', ['status', '../../../etc', '--state-root', state]],
  ['logs traversal job', ['logs', 'x', '--job', '../../etc/passwd', '--state-root', state]],
  ['rerun bogus', ['rerun', 'zzz', '--state-root', state]],
  ['download without token', ['download', '--run-id', '1', '--repo', 'o/r', '--state-root', state]],
  ['plan bad base', ['plan', '--base', 'no-such-rev']],
  ['plan outside git', ['plan']],
  ['gc keep -1', ['gc', '--keep-runs', '-1', '--state-root', state]],
  ['since bad rev', ['run', 'ok', '--since', 'no-such-rev', '--state-root', state]],
];
for (const [name, args] of flagCases) {
  await input(`flag ${name}`, args, 'fail', name === 'plan outside git' ? files : undefined);
}
await input('list on a missing state root', ['list', '--state-root', join(work, 'missing-root')], 'pass');

// Records that are not what they should be.
const recState = join(work, 'state-records');
judge('baseline run', await pikaci(['run', 'ok', '--state-root', recState], { timeoutMs: 60_000 }), 'pass');
const runsDir = join(recState, 'runs');
const [firstRun] = existsSync(runsDir) ? readdirSync(runsDir) : ['missing'];
const corrupt: Record<string, string> = {
  garbage: '\u0000\u0001garbage',
  truncated: '{"run_id": "x", "sta',
  'wrong-schema': '{"hello": 1}',
  empty: '',
};
for (const [name, content] of Object.entries(corrupt)) {
  const dir = join(runsDir, `20260101T00000${Object.keys(corrupt).indexOf(name)}Z-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'run.json'), content);
}
for (const args of [
  ['list'],
  ['status', firstRun!],
  ['logs', firstRun!],
  ['prepared-outputs', firstRun!],
  ['gc', '--keep-runs', '100'],
]) {
  await input(`corrupt records: ${args[0]}`, [...args, '--state-root', recState], 'pass');
}
for (const name of Object.keys(corrupt)) {
  await input(
    `corrupt record ${name}: status`,
    ['status', `20260101T00000${Object.keys(corrupt).indexOf(name)}Z-${name}`, '--state-root', recState],
    'any',
  );
}

// ------------------------------------------------------------------------------------------ faults
function runRecords(root: string): Array<{ id: string; status: string | undefined }> {
  const dir = join(root, 'runs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((id) => {
    try {
      return {
        id,
        status: (JSON.parse(readFileSync(join(dir, id, 'run.json'), 'utf8')) as { status?: string }).status,
      };
    } catch {
      return { id, status: undefined };
    }
  });
}
function countLost(root: string, name: string) {
  for (const r of runRecords(root)) {
    if (r.status === undefined) {
      totals.recordsLost++;
      problems.push(`${name}: ${r.id}/run.json unreadable`);
    }
  }
}
// `[p]attern` matches the job but not the shell that runs pgrep/pkill (its own command line holds `[p]`).
const selfSafe = (pattern: string) => `[${pattern[0]}]${pattern.slice(1)}`;
const pgrepCount = (pattern: string) =>
  Number(sh(`pgrep -fc -- '${selfSafe(pattern)}' || true`).trim() || '0');
/** Instances of this state root's runs still in LXD (other test runs may share the project). */
function leakedInstances(root: string): string[] {
  const names = new Set(runRecords(root).flatMap(({ id }) => JOBS.map(([jobId]) => instanceName(id, jobId))));
  return sh(`lxc list --project ${testEnv.lxd.project} --format csv -c n 2>/dev/null || true`)
    .split('\n')
    .filter((n) => names.has(n));
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startAndSignal(
  name: string,
  laneId: string,
  root: string,
  signal: NodeJS.Signals,
  processPattern?: string,
) {
  totals.faults++;
  const child = spawn('node', [CLI, 'run', laneId, '--state-root', root, ...hostFlags], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const closed = new Promise<void>((r) => child.on('close', () => r()));
  for (let i = 0; i < 600 && !out.includes(`${MARK}-up`); i++) await sleep(100);
  if (!out.includes(`${MARK}-up`)) problems.push(`${name}: job never started: ${out.slice(-300)}`);
  child.kill(signal);
  await closed;
  if (signal !== 'SIGKILL' && STACK.test(out)) {
    totals.stackTraces++;
    problems.push(`${name}: stack trace after ${signal}`);
  }
  await sleep(10_000);
  if (processPattern && pgrepCount(processPattern) > 0) {
    totals.processesLeaked += pgrepCount(processPattern);
    problems.push(`${name}: ${pgrepCount(processPattern)} job process(es) alive 10 s after ${signal}`);
    sh(`pkill -9 -f -- '${selfSafe(processPattern)}' || true`);
  }
  let leaked = leakedInstances(root);
  if (signal === 'SIGKILL' && leaked.length > 0) {
    // A killed runner cannot clean up; `gc --instances` is the promised sweep.
    await pikaci(['gc', '--instances', '--state-root', root, ...incusFlags], { timeoutMs: 120_000 });
    leaked = leakedInstances(root);
  }
  if (leaked.length > 0) {
    totals.instancesLeaked += leaked.length;
    problems.push(`${name}: instance(s) left: ${leaked.join(', ')}`);
    for (const n of leaked) sh(`lxc delete --force --project ${testEnv.lxd.project} ${n} || true`);
  }
  countLost(root, name);
}

const faultRoot = join(work, 'state-faults');
for (const signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
  await startAndSignal(`${signal} local host job`, 'sleep-local', faultRoot, signal, `${MARK}-local`);
  await startAndSignal(`${signal} remote host job`, 'sleep-remote', faultRoot, signal, `${MARK}-remote`);
  await startAndSignal(`${signal} local incus job`, 'sleep-incus', faultRoot, signal);
}

// Full disk: a 2 MiB tmpfs state root, a job that prints 5 MiB.
for (const laneId of ['flood-local', 'flood-incus']) {
  totals.faults++;
  const mnt = join(work, `tmpfs-${laneId}`);
  mkdirSync(mnt);
  sh(`mount -t tmpfs -o size=2m tmpfs ${mnt}`);
  try {
    const o = await pikaci(['run', laneId, '--state-root', mnt, ...hostFlags], { timeoutMs: 180_000 });
    judge(`full disk ${laneId}`, o, 'fail');
    const leaked = leakedInstances(mnt);
    if (leaked.length) {
      totals.instancesLeaked += leaked.length;
      problems.push(`full disk ${laneId}: instance(s) left: ${leaked.join(', ')}`);
      for (const n of leaked) sh(`lxc delete --force --project ${testEnv.lxd.project} ${n} || true`);
    }
    for (const r of runRecords(mnt)) {
      if (r.status === undefined || r.status === 'running') {
        totals.recordsLost++;
        problems.push(`full disk ${laneId}: run ${r.id} ended ${r.status ?? 'unreadable'}`);
      }
    }
  } finally {
    sh(`umount ${mnt}`);
  }
}

// Read-only state roots: empty, and holding a run.
for (const [name, seeded] of [
  ['empty', false],
  ['with a run', true],
] as const) {
  const mnt = join(work, `ro-${seeded}`);
  mkdirSync(mnt);
  sh(`mount -t tmpfs -o size=8m tmpfs ${mnt}`);
  try {
    if (seeded) await pikaci(['run', 'ok', '--state-root', mnt], { timeoutMs: 60_000 });
    sh(`mount -o remount,ro ${mnt}`);
    for (const args of [['run', 'ok'], ['gc', '--keep-runs', '0'], ['list']]) {
      totals.faults++;
      judge(
        `read-only state root (${name}): ${args[0]}`,
        await pikaci([...args, '--state-root', mnt], { timeoutMs: 30_000 }),
        // Listing, and a gc with nothing to remove, need no writes.
        args[0] === 'list' || (args[0] === 'gc' && !seeded) ? 'pass' : 'fail',
      );
    }
  } finally {
    sh(`umount ${mnt}`);
  }
}

// Eight runs of one concurrency group at once, here and over SSH: serialized, every record readable.
for (const [laneId, log, flags] of [
  ['grouped', 'group.log', []],
  ['grouped-remote', 'group-remote.log', hostFlags],
] as const) {
  totals.faults++;
  const root = join(work, `state-${laneId}`);
  const outcomes = await Promise.all(
    Array.from({ length: 8 }, () =>
      pikaci(['run', laneId, '--state-root', root, ...flags], { timeoutMs: 180_000 }),
    ),
  );
  outcomes.forEach((o, i) => judge(`${laneId} run ${i}`, o, 'pass'));
  countLost(root, laneId);
  // The job itself logs when it starts and ends (a job record's start includes its wait for the lock).
  const marks = existsSync(join(work, log)) ? readFileSync(join(work, log), 'utf8').trim().split('\n') : [];
  if (marks.length !== 16)
    problems.push(`${laneId}: ${marks.length / 2} of 8 jobs logged their start and end`);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    if (!marks[i]!.startsWith('start') || !marks[i + 1]!.startsWith('end'))
      problems.push(`${laneId}: interleaved: ${marks[i]} / ${marks[i + 1]}`);
    spans.push([Number(marks[i]!.split(' ')[1]), Number(marks[i + 1]!.split(' ')[1])]);
  }
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]![0] < spans[i - 1]![1])
      problems.push(`${laneId}: job ${i} started before job ${i - 1} ended`);
  }
}

// Secrets: the action from dist, with a key, a token and runtime tokens, on env-dumping lanes.
for (const laneId of ['envdump-local', 'envdump-remote', 'envdump-incus']) {
  totals.faults++;
  const root = join(work, `state-${laneId}`);
  const artifacts = join(work, `artifacts-${laneId}`);
  const summary = join(work, `summary-${laneId}.md`);
  const output = join(work, `output-${laneId}`);
  const event = join(work, 'event.json');
  mkdirSync(artifacts);
  writeFileSync(summary, '');
  writeFileSync(output, '');
  writeFileSync(
    event,
    JSON.stringify({
      ref: 'refs/heads/main',
      before: '0'.repeat(40),
      after: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim(),
    }),
  );
  const inputs: Record<string, string> = {
    command: 'run',
    lane: laneId,
    'state-root': root,
    'ssh-host': testEnv.ssh.host,
    'ssh-port': String(testEnv.ssh.port),
    'ssh-user': testEnv.ssh.user,
    'ssh-key': readFileSync(testEnv.ssh.privateKeyPath, 'utf8'),
    'ssh-known-hosts': readFileSync(testEnv.ssh.knownHostsPath, 'utf8'),
    'incus-cli': testEnv.lxd.cli,
    'incus-project': testEnv.lxd.project,
    'incus-profile': testEnv.lxd.profile,
    'incus-image': testEnv.lxd.image,
    'incus-type': 'container',
    token: SECRETS.token,
    'upload-artifact': 'true',
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'pika/hostile',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: work,
    PIKACI_TEST_ARTIFACT_DIR: artifacts,
    ACTIONS_RUNTIME_TOKEN: SECRETS.runtime,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: SECRETS.runtime,
    GITHUB_TOKEN: SECRETS.token,
    PIKA_NSEC: SECRETS.catalogSecret,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const key = readFileSync(testEnv.ssh.privateKeyPath, 'utf8');
  const keyLines = key.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'));
  const o = await run('node', [ACTION], { cwd: repo, env, timeoutMs: 180_000 });
  judge(`secrets ${laneId}`, o, 'any');
  if (!o.out.includes('::stop-commands::') && o.code !== 0)
    problems.push(`secrets ${laneId}: exit ${o.code}: ${o.out.slice(-400)}`);
  const needles = [...Object.values(SECRETS), ...keyLines];
  const hits = sh(
    `grep -rlaF ${needles.map((n) => `-e '${n}'`).join(' ')} ${root} ${artifacts} ${summary} || true`,
  ).trim();
  if (hits) {
    const count = hits.split('\n').length;
    totals.secretsOnDisk += count;
    problems.push(`secrets ${laneId}: found in ${count} file(s): ${hits.split('\n').slice(0, 3).join(', ')}`);
  }
}

// ------------------------------------------------------------------------------------------ report
if (!secretsField) console.log('this build rejects `secrets = [...]` in the catalog: measured without it');
console.log(`hostile inputs tried: ${totals.inputs}`);
console.log(`faults injected: ${totals.faults}`);
console.log(`hangs: ${totals.hangs}`);
console.log(`internal errors or stack traces: ${totals.stackTraces}`);
console.log(`instances leaked: ${totals.instancesLeaked}`);
console.log(`processes leaked: ${totals.processesLeaked}`);
console.log(`secrets found on disk (files): ${totals.secretsOnDisk}`);
console.log(`records lost: ${totals.recordsLost}`);
console.log(`\ncases that misbehaved (${problems.length}):`);
for (const p of problems) console.log(`- ${p}`);
chmodSync(work, 0o700);
rmSync(work, { recursive: true, force: true });
