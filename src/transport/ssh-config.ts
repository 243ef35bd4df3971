/**
 * Options of an SSH placement host, validated at the boundary (action inputs, CLI flags, catalog).
 * A connection always verifies the host key: a known_hosts file or inline entries are required.
 */
import { safeParse, z } from '../schema/index.js';
import { InputError } from '../util/index.js';

export const SshConnectOptionsSchema = z
  .strictObject({
    host: z.string().min(1, 'host must not be empty'),
    port: z.number().int().min(1).max(65_535).default(22),
    user: z.string().min(1, 'user must not be empty'),
    /** Path of a private key file (OpenSSH or PEM format). */
    privateKeyPath: z.string().min(1).optional(),
    /** A private key given inline (an action secret). Kept in memory only, never written to disk. */
    privateKey: z.string().min(1).optional(),
    passphrase: z.string().optional(),
    /** `true` uses `$SSH_AUTH_SOCK`; a string is the agent socket path. */
    agent: z.union([z.boolean(), z.string().min(1)]).default(false),
    /** OpenSSH known_hosts file. Appended to when `acceptNewHostKeys` is set. */
    knownHostsPath: z.string().min(1).optional(),
    /** known_hosts lines given inline (e.g. an action input), checked before the file. */
    knownHosts: z.string().optional(),
    /** Trust-on-first-use: accept and record the key of a host with no entry. Never accepts a changed key. */
    acceptNewHostKeys: z.boolean().default(false),
    /** Budget for connecting, all retries included (ssh2 `readyTimeout` per attempt). */
    connectTimeoutMs: z.number().int().positive().default(20_000),
    /** Extra attempts after the first for transient network errors (refused, timed out, reset). */
    connectRetries: z.number().int().min(0).max(10).default(2),
    /** Delay before the first retry; doubles after each. */
    retryBackoffMs: z.number().int().min(0).default(500),
    keepaliveIntervalMs: z.number().int().min(0).default(15_000),
    keepaliveCountMax: z.number().int().min(0).default(3),
    /** Time between sending TERM and KILL to a remote command that is stopped. */
    killGraceMs: z.number().int().min(0).default(5_000),
    /**
     * TCP_NODELAY on the connection (default on): back-to-back commands on one connection otherwise
     * wait on delayed ACKs. Off only to measure that (bench/transport.bench.ts).
     */
    noDelay: z.boolean().default(true),
    /** Channels open at once on the connection; OpenSSH's `MaxSessions` defaults to 10. */
    maxChannels: z.number().int().min(1).default(8),
  })
  .superRefine((options, context) => {
    if (options.privateKey !== undefined && options.privateKeyPath !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['privateKey'],
        message: 'give either privateKey or privateKeyPath, not both',
      });
    }
    if (options.privateKey === undefined && options.privateKeyPath === undefined && options.agent === false) {
      context.addIssue({
        code: 'custom',
        path: ['privateKeyPath'],
        message: 'no way to authenticate: give privateKeyPath, privateKey or agent',
      });
    }
    if (options.knownHostsPath === undefined && options.knownHosts === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['knownHostsPath'],
        message: 'host keys are always verified: give knownHostsPath or knownHosts',
      });
    }
  });

export type SshConnectOptionsInput = z.input<typeof SshConnectOptionsSchema>;
export type SshConnectOptions = z.output<typeof SshConnectOptionsSchema>;

/** Validate options; an InputError names the first bad key and never echoes secret values. */
export function parseSshConnectOptions(input: unknown, where = 'ssh options'): SshConnectOptions {
  const result = safeParse(SshConnectOptionsSchema, input);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => {
    const path = issue.path.join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  throw new InputError(`invalid SSH options: ${messages.join('; ')}`, {
    where,
    hint: 'see the SSH options in the README (host, port, user, a key, and known hosts)',
  });
}
