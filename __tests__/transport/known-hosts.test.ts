import { describe, it, expect } from '@jest/globals';
import { execa } from 'execa';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  InputError,
  appendKnownHost,
  entryMatchesHost,
  fingerprint,
  formatKnownHostLine,
  knownHostName,
  parseKnownHosts,
  verifyHostKey,
} from '../../src/index.js';

/** Real keys from ssh-keygen, so parsing and fingerprints are checked against OpenSSH itself. */
async function keygen(
  dir: string,
  name: string,
  type = 'ed25519',
): Promise<{ line: string; blob: Buffer; fp: string }> {
  const path = join(dir, name);
  await execa('ssh-keygen', ['-q', '-t', type, '-N', '', '-C', name, '-f', path]);
  const pub = (await readFile(`${path}.pub`, 'utf8')).trim();
  const [keyType, base64] = pub.split(' ');
  const { stdout } = await execa('ssh-keygen', ['-l', '-f', `${path}.pub`]);
  return { line: `${keyType} ${base64}`, blob: Buffer.from(base64!, 'base64'), fp: stdout.split(' ')[1]! };
}

async function withDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pikaci-kh-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('known_hosts', () => {
  it('computes the same SHA256 fingerprint as ssh-keygen -l', async () => {
    await withDir(async (dir) => {
      for (const type of ['ed25519', 'ecdsa', 'rsa']) {
        const key = await keygen(dir, `k-${type}`, type);
        expect(fingerprint(key.blob)).toBe(key.fp);
      }
    });
  });

  it('names hosts like OpenSSH: bare on port 22, [host]:port otherwise', () => {
    expect(knownHostName('example.org', 22)).toBe('example.org');
    expect(knownHostName('127.0.0.1', 2222)).toBe('[127.0.0.1]:2222');
  });

  it('matches plain, listed, wildcard and negated patterns', () => {
    expect(entryMatchesHost('example.org', 'example.org', 22)).toBe(true);
    expect(entryMatchesHost('Example.ORG', 'example.org', 22)).toBe(true);
    expect(entryMatchesHost('example.org', 'example.org', 2222)).toBe(false);
    expect(entryMatchesHost('[example.org]:2222', 'example.org', 2222)).toBe(true);
    expect(entryMatchesHost('a.org,[example.org]:2222,10.0.0.1', 'example.org', 2222)).toBe(true);
    expect(entryMatchesHost('*.example.org', 'build.example.org', 22)).toBe(true);
    expect(entryMatchesHost('*.example.org', 'example.org', 22)).toBe(false);
    expect(entryMatchesHost('build?.example.org', 'build1.example.org', 22)).toBe(true);
    expect(entryMatchesHost('build?.example.org', 'build12.example.org', 22)).toBe(false);
    expect(entryMatchesHost('*.example.org,!evil.example.org', 'evil.example.org', 22)).toBe(false);
    expect(entryMatchesHost('*.example.org,!evil.example.org', 'good.example.org', 22)).toBe(true);
  });

  it('matches names hashed by ssh-keygen -H', async () => {
    await withDir(async (dir) => {
      const key = await keygen(dir, 'host');
      const file = join(dir, 'known_hosts');
      await writeFile(file, `[127.0.0.1]:2222 ${key.line}\nexample.org ${key.line}\n`);
      await execa('ssh-keygen', ['-H', '-f', file]);
      const entries = parseKnownHosts(await readFile(file, 'utf8'), file);
      expect(entries.every((e) => e.hosts.startsWith('|1|'))).toBe(true);
      expect(verifyHostKey(entries, '127.0.0.1', 2222, key.blob).kind).toBe('trusted');
      expect(verifyHostKey(entries, 'example.org', 22, key.blob).kind).toBe('trusted');
      expect(verifyHostKey(entries, '127.0.0.1', 22, key.blob).kind).toBe('unknown');
      expect(verifyHostKey(entries, 'example.com', 22, key.blob).kind).toBe('unknown');
    });
  });

  it('gives each verdict: trusted, changed, unknown (other type known), revoked, cert-authority', async () => {
    await withDir(async (dir) => {
      const good = await keygen(dir, 'good');
      const other = await keygen(dir, 'other');
      const ecdsa = await keygen(dir, 'ecdsa', 'ecdsa');
      const text = [
        '# comment',
        '',
        `trusted.org ${good.line} comment here`,
        `changed.org ${other.line}`,
        `ecdsa-only.org ${ecdsa.line}`,
        `@revoked revoked.org ${good.line}`,
        `revoked.org ${good.line}`,
        `@cert-authority *.ca.org ${other.line}`,
      ].join('\n');
      const entries = parseKnownHosts(text, 'kh');
      expect(entries).toHaveLength(6);
      expect(verifyHostKey(entries, 'trusted.org', 22, good.blob)).toMatchObject({
        kind: 'trusted',
        entry: { where: 'kh:3' },
      });
      const changed = verifyHostKey(entries, 'changed.org', 22, good.blob);
      expect(changed).toMatchObject({ kind: 'changed' });
      expect(changed.kind === 'changed' && changed.entries[0]!.where).toBe('kh:4');
      expect(verifyHostKey(entries, 'ecdsa-only.org', 22, good.blob)).toEqual({
        kind: 'unknown',
        knownTypes: ['ecdsa-sha2-nistp256'],
      });
      expect(verifyHostKey(entries, 'revoked.org', 22, good.blob)).toMatchObject({
        kind: 'revoked',
        entry: { where: 'kh:6' },
      });
      expect(verifyHostKey(entries, 'x.ca.org', 22, good.blob)).toMatchObject({ kind: 'cert-authority' });
      expect(verifyHostKey(entries, 'nowhere.org', 22, good.blob)).toEqual({
        kind: 'unknown',
        knownTypes: [],
      });
    });
  });

  it('rejects malformed lines with file:line', () => {
    const bad = (text: string): InputError => {
      try {
        parseKnownHosts(text, 'hosts.txt');
      } catch (error) {
        return error as InputError;
      }
      throw new Error('expected an error');
    };
    expect(bad('ok.org\n')).toBeInstanceOf(InputError);
    expect(bad('\nonly-host').where).toBe('hosts.txt:2');
    expect(bad('only-host').message).toMatch(/malformed known_hosts line: expected/);
    expect(bad('@weird host ssh-ed25519 AAAA').message).toBe('unknown known_hosts marker @weird');
    expect(bad('host ssh-ed25519 not*base64').message).toMatch(/not valid base64 of a ssh-ed25519 key/);
    // A key blob whose embedded type differs from the type field.
    const rsaBlob = Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.alloc(8)]);
    expect(bad(`host ssh-ed25519 ${rsaBlob.toString('base64')}`).hint).toMatch(/ssh-keyscan/);
  });

  it('formats a line that parses back to the same key', async () => {
    await withDir(async (dir) => {
      const key = await keygen(dir, 'k');
      const line = formatKnownHostLine('127.0.0.1', 2222, key.blob);
      expect(line).toBe(`[127.0.0.1]:2222 ${key.line}`);
      expect(verifyHostKey(parseKnownHosts(line, 'x'), '127.0.0.1', 2222, key.blob).kind).toBe('trusted');
    });
  });

  it('appends atomically, creating the file 0600, keeping existing lines, leaving no temp file', async () => {
    await withDir(async (dir) => {
      const file = join(dir, 'sub', 'known_hosts');
      await appendKnownHost(file, 'a.org ssh-ed25519 AAAA');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      await writeFile(file, 'a.org ssh-ed25519 AAAA');
      await appendKnownHost(file, 'b.org ssh-ed25519 BBBB');
      expect(await readFile(file, 'utf8')).toBe('a.org ssh-ed25519 AAAA\nb.org ssh-ed25519 BBBB\n');
      expect(await readdir(join(dir, 'sub'))).toEqual(['known_hosts']);
    });
  });
});
