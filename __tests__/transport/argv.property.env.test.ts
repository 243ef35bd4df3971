/**
 * Property: any argv (quotes, spaces, `$()`, backticks, newlines, tabs, unicode, leading dashes,
 * empty strings) reaches the program byte for byte, through the real sshd and locally.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fc from 'fast-check';
import { LocalTransport, connectSsh, type SshTransport, type Transport } from '../../src/index.js';
import { loadTestEnv } from '../support/test-env.js';

const ssh = loadTestEnv().ssh;
const SEED = 20_260_319;

const tricky = fc.constantFrom(
  "'",
  '"',
  '$(id)',
  '`id`',
  '${HOME}',
  '$HOME',
  '\n',
  '\t',
  '\r',
  ' ',
  '  ',
  '\\',
  '\\n',
  '%s',
  '%%',
  '-n',
  '-e',
  '--',
  '-',
  '*',
  '?',
  '[a]',
  '~',
  ';',
  '&&',
  '|',
  '>',
  '<',
  '#',
  '!',
  '=',
  "'\"'\"'",
  'é',
  '日本語',
  '🙂',
  '\u00a0',
  '\u200b',
);
const piece = fc.oneof(
  tricky,
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary-ascii', maxLength: 6 }),
);
/** argv cannot hold NUL: the kernel would cut the string there. */
const arg = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join('').replaceAll('\0', ''));
const argvArb = fc.array(arg, { minLength: 1, maxLength: 8 });

async function echoBack(transport: Transport, args: readonly string[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const result = await transport.exec({
    argv: ['printf', '%s\\0', ...args],
    onStdout: (c) => chunks.push(c),
  });
  expect(result.exitCode).toBe(0);
  return Buffer.concat(chunks);
}

function expected(args: readonly string[]): Buffer {
  return Buffer.concat(args.map((a) => Buffer.from(`${a}\0`, 'utf8')));
}

describe('argv round trip (property)', () => {
  let remote: SshTransport;
  beforeAll(async () => {
    remote = await connectSsh({
      host: ssh.host,
      port: ssh.port,
      user: ssh.user,
      privateKeyPath: ssh.privateKeyPath,
      knownHostsPath: ssh.knownHostsPath,
    });
  });
  afterAll(async () => remote.close());

  it('comes back byte for byte through the real sshd', async () => {
    await fc.assert(
      fc.asyncProperty(argvArb, async (args) => {
        expect(await echoBack(remote, args)).toEqual(expected(args));
      }),
      { numRuns: 100, seed: SEED },
    );
    expect(remote.connectionCount).toBe(1);
  }, 180_000);

  it('comes back byte for byte locally', async () => {
    const local = new LocalTransport();
    await fc.assert(
      fc.asyncProperty(argvArb, async (args) => {
        expect(await echoBack(local, args)).toEqual(expected(args));
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it('passes the nasty fixed cases', async () => {
    const args = ['', "it's", '$(touch /tmp/pikaci-pwned)', '`id`', 'a\nb', '\t', '-n', '--', '日本🙂', ' '];
    expect(await echoBack(remote, args)).toEqual(expected(args));
  });
});
