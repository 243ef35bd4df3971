/**
 * The test-environment loader without the environment: the env.json contract, instance names, and
 * the guard that keeps a suite using the environment out of the unit run unless it is named
 * `*.env.test.ts`. The environment itself is checked in test-env.env.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import {
  assertEnvTestFile,
  loadTestEnv,
  parseTestEnv,
  TEST_ENV_DIR,
  uniqueName,
} from '../support/test-env.js';

const VALID = {
  lxd: { cli: 'lxc', project: 'p', image: 'img', storagePool: 'default', profile: 'default' },
  ssh: {
    host: '127.0.0.1',
    port: 2222,
    user: 'root',
    privateKeyPath: '/k',
    knownHostsPath: '/kh',
    hostPublicKey: 'ssh-ed25519 AAAAC3Nz',
  },
  nix: { bin: '/usr/bin/nix', buildArgs: ['--option', 'sandbox', 'false'] },
  chromium: '/usr/bin/chromium',
};

describe('parseTestEnv', () => {
  it('accepts the contract and names each field that breaks it', () => {
    expect(parseTestEnv(JSON.stringify(VALID), 'env.json')).toEqual(VALID);
    const bad = {
      ...VALID,
      ssh: { ...VALID.ssh, port: 0, privateKeyPath: 'relative/key', hostPublicKey: 'ssh-rsa AAAA' },
      nix: { bin: '/usr/bin/nix' },
      chromium: undefined,
    };
    let message = '';
    try {
      parseTestEnv(JSON.stringify(bad), 'env.json');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^test environment missing: .* env\.json does not match the TestEnv contract: /);
    expect(message).toContain('ssh.port');
    expect(message).toContain('ssh.privateKeyPath: must be an absolute path');
    expect(message).toContain('ssh.hostPublicKey: must be "ssh-ed25519 <base64>"');
    expect(message).toContain('nix.buildArgs');
    expect(message).toContain('chromium');
  });

  it('rejects unknown keys, so a stale or foreign file is noticed', () => {
    expect(() => parseTestEnv(JSON.stringify({ ...VALID, extra: 1 }), 'env.json')).toThrow(
      /\(root\): .*extra/,
    );
  });
});

describe('uniqueName', () => {
  it('uniqueName gives distinct valid LXD instance names', () => {
    const names = new Set(Array.from({ length: 200 }, () => uniqueName('pikaci-envtest')));
    expect(names.size).toBe(200);
    for (const n of [...names, uniqueName('9 Weird_Prefix!'), uniqueName('x'.repeat(100))]) {
      expect(n).toMatch(/^[a-z][a-z0-9-]{0,62}$/);
      expect(n).not.toMatch(/--|-$/);
    }
    expect(uniqueName('pikaci-envtest').startsWith('pikaci-envtest-')).toBe(true);
  });
});

describe('only *.env.test.ts files may use the environment', () => {
  it('loadTestEnv called from this file throws, naming the file and the rename, before reading anything', () => {
    expect(() => loadTestEnv('/nonexistent/env.json')).toThrow(
      'must be named *.env.test.ts: rename it (git mv __tests__/env/loader.test.ts __tests__/env/loader.env.test.ts)',
    );
    expect(() => loadTestEnv()).toThrow(/^__tests__\/env\/loader\.test\.ts uses the test environment /);
  });

  it('lets *.env.test.ts files and code outside jest through', () => {
    const repo = `${TEST_ENV_DIR}/..`;
    expect(() => assertEnvTestFile(`${repo}/__tests__/transport/ssh.env.test.ts`)).not.toThrow();
    expect(() => assertEnvTestFile(undefined)).not.toThrow();
    expect(() => assertEnvTestFile(`${repo}/__tests__/run/run.test.ts`)).toThrow(
      'rename it (git mv __tests__/run/run.test.ts __tests__/run/run.env.test.ts)',
    );
  });
});
