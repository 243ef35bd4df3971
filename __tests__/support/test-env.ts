/**
 * The real parts the tests use (LXD, sshd on loopback, Nix), as set up by `ci/test-env.sh`, which
 * writes `.test-env/env.json`. Tests call `loadTestEnv()` and fail, never skip, when it throws; only
 * files named `*.env.test.ts` may call it (the unit run, `npm run test:unit`, leaves out exactly those).
 */
import { execa } from 'execa';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export interface TestEnv {
  lxd: {
    /** The LXD/Incus client binary (`lxc`). */
    cli: string;
    /** The project test instances live in; pass it on every command (`lxcArgs`). */
    project: string;
    /** Image alias usable from `project`: busybox + `/bin/bash`, user `pikaci` (uid 1000). */
    image: string;
    storagePool: string;
    profile: string;
  };
  ssh: {
    host: '127.0.0.1';
    port: number;
    user: 'root';
    /** ed25519 client key authorised by the test sshd. */
    privateKeyPath: string;
    /** `[127.0.0.1]:<port> <hostPublicKey>`. */
    knownHostsPath: string;
    /** `ssh-ed25519 AAAA…` (type and base64, no comment). */
    hostPublicKey: string;
  };
  nix: {
    /** Absolute path of the `nix` binary. */
    bin: string;
    /** Flags that go before `build`: experimental features, no substituters, no build users, no sandbox. */
    buildArgs: string[];
  };
  /** Absolute path of Debian's `chromium`, run headless to render the HTML view (`pikaci show --html`). */
  chromium: string;
}

/** `.test-env/` at the repository root (this file is `<repo>/__tests__/support/test-env.ts`). */
export const TEST_ENV_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '.test-env');
export const TEST_ENV_FILE = resolve(TEST_ENV_DIR, 'env.json');

const nonEmpty = z.string().min(1);
const absolutePath = nonEmpty.refine((p) => p.startsWith('/'), 'must be an absolute path');

const TestEnvSchema: z.ZodType<TestEnv> = z.strictObject({
  lxd: z.strictObject({
    cli: nonEmpty,
    project: nonEmpty,
    image: nonEmpty,
    storagePool: nonEmpty,
    profile: nonEmpty,
  }),
  ssh: z.strictObject({
    host: z.literal('127.0.0.1'),
    port: z.number().int().min(1).max(65535),
    user: z.literal('root'),
    privateKeyPath: absolutePath,
    knownHostsPath: absolutePath,
    hostPublicKey: z.string().regex(/^ssh-ed25519 [A-Za-z0-9+/=]+$/, 'must be "ssh-ed25519 <base64>"'),
  }),
  nix: z.strictObject({
    bin: absolutePath,
    buildArgs: z.array(z.string()),
  }),
  chromium: absolutePath,
});

function missing(detail: string): Error {
  return new Error(
    `test environment missing: run \`npm run test:env\` (bash ci/test-env.sh) first: ${detail}`,
  );
}

/** Parses an env.json text; `source` names it in errors. Exported for the loader's own tests. */
export function parseTestEnv(text: string, source: string): TestEnv {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw missing(`${source} is not valid JSON (${(err as Error).message})`);
  }
  const parsed = TestEnvSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw missing(`${source} does not match the TestEnv contract: ${issues}`);
  }
  return parsed.data;
}

/** Test files that use the environment end in this; `npm run test:unit` (GitHub's unit lane) leaves them out. */
export const ENV_TEST_SUFFIX = '.env.test.ts';

/** The test file jest is running (`expect.getState().testPath`), or undefined outside jest (bench, scripts). */
function runningTestFile(): string | undefined {
  const jestExpect = (globalThis as { expect?: { getState(): { testPath?: string } } }).expect;
  return jestExpect?.getState().testPath;
}

/**
 * Under jest (`testPath` set), only a `*.env.test.ts` file may use the environment: any other suite runs on GitHub,
 * where there is no LXD, sshd, Nix or Chromium, so it would fail there. Throws saying so.
 */
export function assertEnvTestFile(testPath: string | undefined): void {
  if (testPath === undefined || testPath.endsWith(ENV_TEST_SUFFIX)) return;
  const name = relative(resolve(TEST_ENV_DIR, '..'), testPath);
  throw new Error(
    `${name} uses the test environment (LXD, sshd, Nix, Chromium), so it must be named ` +
      `*${ENV_TEST_SUFFIX}: rename it (git mv ${name} ${name.replace(/\.test\.ts$/, ENV_TEST_SUFFIX)}), ` +
      'because `npm run test:unit`, the suites run on GitHub without that environment, leaves out only those files',
  );
}

/**
 * Reads `<repo>/.test-env/env.json` (or `file`, or `$PIKACI_TEST_ENV_FILE`); throws a clear error when
 * it is absent or invalid, or when the calling test file is not named `*.env.test.ts`.
 */
export function loadTestEnv(file: string = process.env['PIKACI_TEST_ENV_FILE'] || TEST_ENV_FILE): TestEnv {
  assertEnvTestFile(runningTestFile());
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw missing(`cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseTestEnv(text, file);
}

/**
 * For suites that need root (mounting a tmpfs): the test machine runs them as root, GitHub's runner
 * does not. Throws unless the file is a `*.env.test.ts` and this process is root.
 */
export function requireRoot(): void {
  assertEnvTestFile(runningTestFile());
  if (process.getuid?.() !== 0) {
    throw new Error(
      `this suite needs root (uid 0), and runs as uid ${process.getuid?.() ?? '?'}: run it as root`,
    );
  }
}

/**
 * `lxc` argv with the test project: `--project` goes first, so it also applies to commands that end
 * in `-- <guest argv>` (`exec`), where a trailing flag would be passed to the guest instead.
 */
export function lxcArgs(env: TestEnv, ...args: string[]): string[] {
  return ['--project', env.lxd.project, ...args];
}

let nameCounter = 0;

/**
 * A name no other test (or concurrent jest worker) uses, valid as an LXD instance name: lowercase
 * letters, digits and hyphens, starting with a letter, at most 63 characters.
 */
export function uniqueName(prefix: string): string {
  nameCounter += 1;
  const suffix = `${process.pid.toString(36)}-${nameCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const base = prefix
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  return `${(base || 't').slice(0, 62 - suffix.length)}-${suffix}`;
}

/**
 * Instances in the test project whose names start with `prefix` (default `pikaci-`, the names the
 * executor gives its instances): tests assert this is empty afterwards, so nothing leaked.
 */
export async function listPikaciInstances(env: TestEnv, prefix = 'pikaci-'): Promise<string[]> {
  // The raw API answers with instance URLs (`/1.0/instances/<name>?project=<p>`) and no
  // per-instance state: far quicker than `lxc list`.
  const url = `/1.0/instances?project=${encodeURIComponent(env.lxd.project)}`;
  const { stdout } = await execa(env.lxd.cli, ['query', url], { stdin: 'ignore' });
  const urls = z.array(z.string().startsWith('/1.0/instances/')).parse(JSON.parse(stdout));
  return urls
    .map((u) => decodeURIComponent(u.slice('/1.0/instances/'.length).split('?')[0] ?? ''))
    .filter((n) => n.startsWith(prefix))
    .sort();
}
