/**
 * OpenSSH `known_hosts` parsing and host-key verification (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT").
 *
 * Supported: plain host patterns with `*`/`?` wildcards and `!` negation, `[host]:port`,
 * comma-separated host lists, hashed `|1|salt|hash` names (HMAC-SHA1), `@revoked` (always refused)
 * and `@cert-authority` (recognised, but host certificates are not supported: a clear error).
 * Pure except for `appendKnownHost`, which writes the file atomically.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError, PikaciError } from '../util/index.js';

export type KnownHostMarker = 'revoked' | 'cert-authority';

export interface KnownHostEntry {
  marker: KnownHostMarker | null;
  /** The hosts field as written (comma-separated patterns or one hashed name). */
  hosts: string;
  keyType: string;
  /** The raw public key blob (base64-decoded). */
  key: Buffer;
  /** `file:line` or `<inline>:line`, for messages. */
  where: string;
}

export type HostKeyVerdict =
  | { kind: 'trusted'; entry: KnownHostEntry }
  | { kind: 'unknown'; knownTypes: string[] }
  | { kind: 'changed'; entries: KnownHostEntry[] }
  | { kind: 'revoked'; entry: KnownHostEntry }
  | { kind: 'cert-authority'; entry: KnownHostEntry };

/** Parse known_hosts text. Blank lines and `#` comments are skipped; a malformed line is an InputError. */
export function parseKnownHosts(text: string, source: string): KnownHostEntry[] {
  const entries: KnownHostEntry[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const where = `${source}:${index + 1}`;
    const fields = line.split(/\s+/);
    let marker: KnownHostMarker | null = null;
    if (fields[0]?.startsWith('@')) {
      const name = fields.shift();
      if (name === '@revoked') marker = 'revoked';
      else if (name === '@cert-authority') marker = 'cert-authority';
      else {
        throw new InputError(`unknown known_hosts marker ${name}`, {
          where,
          hint: 'the markers OpenSSH knows are @revoked and @cert-authority',
        });
      }
    }
    const [hosts, keyType, keyBase64] = fields;
    if (hosts === undefined || keyType === undefined || keyBase64 === undefined) {
      throw new InputError(
        'malformed known_hosts line: expected `[marker] hosts key-type base64-key [comment]`',
        {
          where,
          hint: 'regenerate the entry with `ssh-keyscan -p PORT HOST`',
        },
      );
    }
    const key = decodeKey(keyBase64);
    if (key === undefined || keyBlobType(key) !== keyType) {
      throw new InputError(
        `malformed known_hosts line: the ${keyType} key is not valid base64 of a ${keyType} key`,
        {
          where,
          hint: 'regenerate the entry with `ssh-keyscan -p PORT HOST`',
        },
      );
    }
    entries.push({ marker, hosts, keyType, key, where });
  }
  return entries;
}

/** The name known_hosts uses for a host: `host` on port 22, else `[host]:port`. */
export function knownHostName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

/** Whether an entry's hosts field names `host` at `port` (hashed, wildcard and negated patterns). */
export function entryMatchesHost(hostsField: string, host: string, port: number): boolean {
  const name = knownHostName(host, port);
  if (hostsField.startsWith('|1|')) return hashedNameMatches(hostsField, name);
  let matched = false;
  for (const pattern of hostsField.split(',')) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (wildcardMatch(body.toLowerCase(), name.toLowerCase())) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

/** Decide whether `offered` (a raw public key blob) is the right key for `host` at `port`. */
export function verifyHostKey(
  entries: readonly KnownHostEntry[],
  host: string,
  port: number,
  offered: Buffer,
): HostKeyVerdict {
  const offeredType = keyBlobType(offered);
  const forHost = entries.filter((entry) => entryMatchesHost(entry.hosts, host, port));
  const revoked = forHost.find((entry) => entry.marker === 'revoked' && entry.key.equals(offered));
  if (revoked) return { kind: 'revoked', entry: revoked };
  const plain = forHost.filter((entry) => entry.marker === null);
  const trusted = plain.find((entry) => entry.key.equals(offered));
  if (trusted) return { kind: 'trusted', entry: trusted };
  const sameType = plain.filter((entry) => entry.keyType === offeredType);
  if (sameType.length > 0) return { kind: 'changed', entries: sameType };
  const authority = forHost.find((entry) => entry.marker === 'cert-authority');
  if (authority) return { kind: 'cert-authority', entry: authority };
  return { kind: 'unknown', knownTypes: [...new Set(plain.map((entry) => entry.keyType))] };
}

/** Key types known for a host, so the client asks the server for a key it can check. */
export function knownKeyTypes(entries: readonly KnownHostEntry[], host: string, port: number): string[] {
  const types = entries
    .filter((entry) => entry.marker === null && entryMatchesHost(entry.hosts, host, port))
    .map((entry) => entry.keyType);
  return [...new Set(types)];
}

/** OpenSSH's fingerprint: `SHA256:` and the unpadded base64 of the blob's SHA-256. */
export function fingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** The key type named inside a public key blob (its first SSH string), or undefined if malformed. */
export function keyBlobType(key: Buffer): string | undefined {
  if (key.length < 4) return undefined;
  const length = key.readUInt32BE(0);
  if (length === 0 || 4 + length > key.length) return undefined;
  return key.subarray(4, 4 + length).toString('latin1');
}

/** A known_hosts line for a key offered by `host` at `port`. */
export function formatKnownHostLine(host: string, port: number, key: Buffer): string {
  return `${knownHostName(host, port)} ${keyBlobType(key) ?? 'unknown'} ${key.toString('base64')}`;
}

/**
 * Append a line to a known_hosts file atomically: write the whole new content to a temporary file
 * in the same directory, then rename it over the original (readers never see a half-written line).
 */
export async function appendKnownHost(path: string, line: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw new PikaciError(`cannot read known_hosts file ${path}: ${error.message}`, { cause: error });
  });
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, `${existing}${separator}${line}\n`, { mode: 0o600 });
  await rename(temporary, path);
}

function decodeKey(base64: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  return Buffer.from(base64, 'base64');
}

function hashedNameMatches(field: string, name: string): boolean {
  const [, , salt, hash] = field.split('|');
  if (salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** OpenSSH `match_pattern`: `*` matches any run of characters, `?` exactly one. */
function wildcardMatch(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
      p++;
      v++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starV = v;
    } else if (starP !== -1) {
      p = starP + 1;
      v = ++starV;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}
