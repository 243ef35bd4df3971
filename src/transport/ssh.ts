/**
 * `SshTransport` runs argv on a placement host over ONE ssh2 connection for the whole run
 * (docs/design.md decision 1): every `exec` opens a channel multiplexed on it. The host key is always
 * verified against known_hosts before anything is sent; a dropped connection is reported as a result
 * (`connectionLost`) and the next `exec` dials again, so cleanup can still run.
 *
 * Remote commands: each argument goes through `shellQuote`, so the remote login shell sees exactly
 * the argv given (OpenSSH runs `$SHELL -c <command>`). Stopping a command sends the SSH `signal`
 * request (TERM, then KILL after the grace period); OpenSSH ≥ 7.9 delivers it with `killpg` to the
 * session's process group, so the remote command's children stop too.
 */
import { readFile } from 'node:fs/promises';
import { connect as connectSocket } from 'node:net';
import type { Readable } from 'node:stream';
import pLimit from 'p-limit';
import type { Client, ClientChannel, ConnectConfig, ServerHostKeyAlgorithm } from 'ssh2';
import { assertNever } from '../util/index.js';
import { errorMessage, InputError, PikaciError, shellJoin, shellQuote } from '../util/index.js';
import {
  appendKnownHost,
  fingerprint,
  formatKnownHostLine,
  keyBlobType,
  knownHostName,
  knownKeyTypes,
  parseKnownHosts,
  verifyHostKey,
  type KnownHostEntry,
} from './known-hosts.js';
import { parseSshConnectOptions, type SshConnectOptions, type SshConnectOptionsInput } from './ssh-config.js';
import type { ExecRequest, ExecResult, Transport } from './types.js';

export interface SshTransportHooks {
  /** Progress worth a log line: retries, keys added on first use, lost connections, re-dials. */
  log?: (message: string) => void;
}

/** How long to wait for the exit status after KILL before closing the channel regardless. */
const CLOSE_AFTER_KILL_MS = 2_000;
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
]);
const PID_MARKER_PREFIX = '@@pikaci-pid=';
const PID_MARKER_SUFFIX = '@@';
/** Stderr held back while looking for the pid marker (it normally is the very first bytes). */
const PID_MARKER_SCAN_LIMIT = 64 * 1024;
const PID_MARKER = new RegExp(`${PID_MARKER_PREFIX}(\\d+)${PID_MARKER_SUFFIX}\\n`);
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Host key algorithms ssh2 can verify, by the key type written in known_hosts. */
const HOST_KEY_ALGORITHMS: Readonly<Record<string, readonly ServerHostKeyAlgorithm[]>> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};

/** Validate options, load the key and known hosts, and open the connection (with bounded retries). */
export async function connectSsh(
  input: SshConnectOptionsInput,
  hooks: SshTransportHooks = {},
): Promise<SshTransport> {
  const options = parseSshConnectOptions(input);
  const credentials = await loadCredentials(options);
  const transport = new SshTransport(options, credentials, hooks);
  await transport.reconnect();
  return transport;
}

/**
 * The remote command line for a request: `cd <cwd> && exec env K=V … <argv>`, every piece quoted.
 * `exec` makes the program itself the session's process (its exit status and signal pass through
 * unchanged), so like `LocalTransport`, argv[0] must be a program, not a shell builtin. Pure.
 */
export function buildRemoteCommand(request: Pick<ExecRequest, 'argv' | 'cwd' | 'env'>): string {
  if (request.argv.length === 0 || request.argv[0] === '') {
    throw new PikaciError('cannot run an empty command', { hint: 'the argv needs at least a program name' });
  }
  const parts: string[] = [];
  if (request.cwd !== undefined) parts.push(`cd ${shellQuote(request.cwd)} &&`);
  const env = Object.entries(request.env ?? {});
  for (const [name] of env) {
    if (!ENV_NAME.test(name)) {
      throw new InputError(`invalid environment variable name ${JSON.stringify(name)}`, {
        hint: 'names are letters, digits and underscores, not starting with a digit',
      });
    }
  }
  parts.push('exec');
  if (env.length > 0) parts.push('env', ...env.map(([name, value]) => shellQuote(`${name}=${value}`)));
  parts.push(shellJoin(request.argv));
  return parts.join(' ');
}

/**
 * Prefix a remote command with a line on stderr that gives the session's process id. sshd starts
 * each session in its own session and process group (`setsid`), so that id is also the process group
 * of the command and all its children: stopping a command signals that group from a second channel.
 * The SSH `signal` request alone is not enough: OpenSSH refuses it for root logins ("session
 * signalling requires privilege separation").
 */
export function withPidMarker(command: string): string {
  return `printf '${PID_MARKER_PREFIX}%s${PID_MARKER_SUFFIX}\\n' "$$" >&2 && ${command}`;
}

interface Credentials {
  privateKey: Buffer | undefined;
  agent: string | undefined;
}

/** One TCP connection; `lost` once its socket ended, whatever the reason. */
interface Connection {
  client: Client;
  lost: boolean;
  /** Called when the connection is lost, to settle the commands running on it. */
  readonly onLost: Set<() => void>;
}

export class SshTransport implements Transport {
  readonly placement = 'remote_ssh' as const;
  readonly hostLabel: string;
  private connection: Connection | undefined;
  private dialing: Promise<Connection> | undefined;
  private closed = false;
  private opened = 0;
  private readonly channels: ReturnType<typeof pLimit>;

  constructor(
    private readonly options: SshConnectOptions,
    private readonly credentials: Credentials,
    private readonly hooks: SshTransportHooks = {},
  ) {
    this.hostLabel = `${options.user}@${options.host}:${options.port}`;
    this.channels = pLimit(options.maxChannels);
  }

  /** TCP connections this transport has opened (1 for a whole run unless the connection dropped). */
  get connectionCount(): number {
    return this.opened;
  }

  /** Whether a connection is up right now. */
  get connected(): boolean {
    return this.connection !== undefined && !this.connection.lost;
  }

  /**
   * Run `argv` on the host. Resolves with how it ended; `connectionLost: true` (and `exitCode: null`)
   * when the connection dropped before the exit status arrived. Rejects with a `PikaciError` when
   * the host cannot be reached, its key is refused, or authentication fails.
   */
  async exec(request: ExecRequest): Promise<ExecResult> {
    const command = buildRemoteCommand(request);
    return this.channels(async () => {
      if (request.signal?.aborted) return { exitCode: null, signal: null, timedOut: false, cancelled: true };
      const connection = await this.ensureConnected();
      if (request.signal?.aborted) return { exitCode: null, signal: null, timedOut: false, cancelled: true };
      return this.runOnChannel(connection, withPidMarker(command), request);
    });
  }

  /** Drop the current connection (if any) and dial again. Used after a loss, or to start. */
  async reconnect(): Promise<void> {
    if (this.closed) throw this.closedError();
    const current = this.connection;
    if (current && !current.lost) {
      current.lost = true;
      current.client.end();
    }
    this.connection = undefined;
    await this.ensureConnected();
  }

  async close(): Promise<void> {
    this.closed = true;
    const connection = this.connection ?? (await this.dialing?.catch(() => undefined));
    this.connection = undefined;
    if (!connection || connection.lost) return;
    await new Promise<void>((resolve) => {
      connection.client.once('close', resolve);
      connection.client.end();
    });
  }

  private closedError(): PikaciError {
    return new PikaciError(`the SSH connection to ${this.hostLabel} was closed`, {
      hint: 'this transport was closed; connect again with connectSsh',
    });
  }

  private async ensureConnected(): Promise<Connection> {
    if (this.closed) throw this.closedError();
    if (this.connection && !this.connection.lost) return this.connection;
    if (this.connection?.lost)
      this.hooks.log?.(`SSH connection to ${this.hostLabel} was lost; dialing again`);
    this.connection = undefined;
    this.dialing ??= this.dial().finally(() => {
      this.dialing = undefined;
    });
    const connection = await this.dialing;
    if (this.closed) {
      connection.client.end();
      throw this.closedError();
    }
    this.connection = connection;
    return connection;
  }

  /** Dial with bounded retries for transient network errors, within `connectTimeoutMs` overall. */
  private async dial(): Promise<Connection> {
    const { connectTimeoutMs, connectRetries, retryBackoffMs } = this.options;
    const deadline = Date.now() + connectTimeoutMs;
    let backoff = retryBackoffMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dialOnce(Math.max(deadline - Date.now(), 1));
      } catch (error) {
        const failure = error instanceof DialError ? error : new DialError(errorMessage(error), false, error);
        const out = attempt > connectRetries || !failure.transient || Date.now() + backoff >= deadline;
        if (out) throw this.connectError(failure, attempt);
        this.hooks.log?.(
          `SSH connect to ${this.hostLabel} failed (${failure.message}); retrying in ${backoff} ms ` +
            `(attempt ${attempt + 1} of ${connectRetries + 1})`,
        );
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff *= 2;
      }
    }
  }

  private connectError(failure: DialError, attempts: number): PikaciError {
    if (failure.cause instanceof PikaciError) return failure.cause;
    const tries = attempts === 1 ? '' : ` (${attempts} attempts)`;
    return new PikaciError(`cannot connect to ${this.hostLabel}: ${failure.message}${tries}`, {
      hint: failure.transient
        ? 'check that sshd is running and listening on that host and port, and that no firewall blocks it'
        : undefined,
      cause: failure.cause,
    });
  }

  private async dialOnce(readyTimeout: number): Promise<Connection> {
    const { Client } = (await import('ssh2')).default;
    const entries = await this.loadKnownHosts();
    const client = new Client();
    let hostKeyFailure: PikaciError | undefined;
    // Our own socket, so TCP_NODELAY is set before the first byte: without it each small SSH message
    // that follows an unacknowledged one (channel open, exec request, EOF) waits for the server's
    // delayed ACK, ~40 ms per command on one connection (bench/transport.bench.ts measures both).
    const sock = connectSocket({
      host: this.options.host,
      port: this.options.port,
      noDelay: this.options.noDelay,
    });
    const config: ConnectConfig = {
      sock,
      host: this.options.host,
      port: this.options.port,
      username: this.options.user,
      privateKey: this.credentials.privateKey,
      passphrase: this.options.passphrase,
      agent: this.credentials.agent,
      readyTimeout,
      keepaliveInterval: this.options.keepaliveIntervalMs,
      keepaliveCountMax: this.options.keepaliveCountMax,
      algorithms: {
        serverHostKey: preferredHostKeyAlgorithms(entries, this.options.host, this.options.port),
      },
      hostVerifier: (key: Buffer, verify: (valid: boolean) => void) => {
        this.checkHostKey(entries, key).then(
          () => verify(true),
          (error: unknown) => {
            hostKeyFailure = error instanceof PikaciError ? error : new PikaciError(errorMessage(error));
            verify(false);
          },
        );
      },
    };
    return new Promise<Connection>((resolve, reject) => {
      let ready = false;
      const connection: Connection = { client, lost: false, onLost: new Set() };
      const lose = (): void => {
        if (!ready) {
          reject(
            hostKeyFailure
              ? new DialError(hostKeyFailure.message, false, hostKeyFailure)
              : new DialError('the server closed the connection during the handshake', true),
          );
          return;
        }
        if (connection.lost && connection.onLost.size === 0) return;
        connection.lost = true;
        for (const settle of [...connection.onLost]) settle();
        connection.onLost.clear();
      };
      client.on('ready', () => {
        ready = true;
        this.opened++;
        resolve(connection);
      });
      client.on('error', (error: Error & { level?: string; code?: string }) => {
        if (ready) {
          this.hooks.log?.(`SSH connection to ${this.hostLabel}: ${error.message}`);
          return;
        }
        reject(this.classifyDialError(error, hostKeyFailure));
        client.end();
      });
      client.on('end', lose);
      client.on('close', lose);
      try {
        client.connect(config);
      } catch (error) {
        sock.destroy();
        reject(new DialError(errorMessage(error), false, error));
      }
    });
  }

  private classifyDialError(
    error: Error & { level?: string; code?: string },
    hostKeyFailure: PikaciError | undefined,
  ): DialError {
    if (hostKeyFailure) return new DialError(hostKeyFailure.message, false, hostKeyFailure);
    if (error.level === 'client-authentication') {
      const methods = [
        this.credentials.privateKey ? 'publickey' : undefined,
        this.credentials.agent ? 'agent' : undefined,
      ]
        .filter((method) => method !== undefined)
        .join(', ');
      return new DialError(
        error.message,
        false,
        new PikaciError(`SSH authentication failed for ${this.hostLabel} (tried: ${methods})`, {
          hint: `check the user name and that the key's public half is in ~${this.options.user}/.ssh/authorized_keys on the host`,
          cause: error,
        }),
      );
    }
    if (error.level === 'client-timeout')
      return new DialError(`no SSH handshake within ${this.options.connectTimeoutMs} ms`, true, error);
    const transient = error.code !== undefined && TRANSIENT_CODES.has(error.code);
    return new DialError(error.message, transient, error);
  }

  /** Read the inline entries and the known_hosts file afresh for each dial (a first-use key may have been added). */
  private async loadKnownHosts(): Promise<KnownHostEntry[]> {
    const entries: KnownHostEntry[] = [];
    if (this.options.knownHosts !== undefined)
      entries.push(...parseKnownHosts(this.options.knownHosts, 'knownHosts'));
    const path = this.options.knownHostsPath;
    if (path === undefined) return entries;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && this.options.acceptNewHostKeys)
        return entries;
      throw new InputError(`cannot read known_hosts file ${path}: ${fileErrorReason(error)}`, {
        hint: `create it with the host's key: ssh-keyscan -p ${this.options.port} ${this.options.host} >> ${path}`,
        cause: error,
      });
    }
    entries.push(...parseKnownHosts(text, path));
    return entries;
  }

  private async checkHostKey(entries: readonly KnownHostEntry[], key: Buffer): Promise<void> {
    const { host, port, knownHostsPath } = this.options;
    const name = knownHostName(host, port);
    const offered = `${keyBlobType(key) ?? 'unknown'} ${fingerprint(key)}`;
    const verdict = verifyHostKey(entries, host, port, key);
    const source = knownHostsPath ?? 'the knownHosts entries';
    switch (verdict.kind) {
      case 'trusted':
        return;
      case 'unknown': {
        if (this.options.acceptNewHostKeys) {
          if (knownHostsPath !== undefined)
            await appendKnownHost(knownHostsPath, formatKnownHostLine(host, port, key));
          this.hooks.log?.(`added host key of ${name} (${offered}) to ${source} (acceptNewHostKeys)`);
          return;
        }
        const others =
          verdict.knownTypes.length > 0
            ? `; ${source} has only ${verdict.knownTypes.join(', ')} keys for it`
            : '';
        throw new PikaciError(`host key of ${name} is not known: the server offered ${offered}${others}`, {
          where: knownHostsPath,
          hint:
            `check that fingerprint with the host's owner, then add the key: ` +
            `ssh-keyscan -p ${port} ${host} >> ${knownHostsPath ?? 'known_hosts'} ` +
            `(or set acceptNewHostKeys to trust a new host on first use)`,
        });
      }
      case 'changed': {
        const known = verdict.entries.map((entry) => `${fingerprint(entry.key)} (${entry.where})`).join(', ');
        throw new PikaciError(
          `HOST KEY MISMATCH for ${name}: the server offered ${offered} but known_hosts has ${known}. ` +
            'Someone could be intercepting the connection, or the host was reinstalled; refusing to connect',
          {
            where: verdict.entries[0]?.where,
            hint: `if the change is expected, verify the new fingerprint out of band and replace the entry (ssh-keygen -R '${name}' -f ${knownHostsPath ?? 'known_hosts'})`,
          },
        );
      }
      case 'revoked':
        throw new PikaciError(`host key of ${name} (${offered}) is marked @revoked; refusing to connect`, {
          where: verdict.entry.where,
          hint: 'the host must be given a new key, and known_hosts an entry for it',
        });
      case 'cert-authority':
        throw new PikaciError(
          `host certificates are not supported: ${name} is known only through a @cert-authority entry`,
          {
            where: verdict.entry.where,
            hint: `add the host's own key: ssh-keyscan -p ${port} ${host} >> ${knownHostsPath ?? 'known_hosts'}`,
          },
        );
      default:
        return assertNever(verdict);
    }
  }

  private async runOnChannel(
    connection: Connection,
    command: string,
    request: ExecRequest,
  ): Promise<ExecResult> {
    let channel: ClientChannel;
    // How the command ended, once the server said so (SSH `exit-status` or `exit-signal`).
    let exit: { code: number | null; signal: string | null } | undefined;
    const recordExit = (code: unknown, signalName: unknown): void => {
      if (exit !== undefined) return;
      if (typeof code === 'number') exit = { code, signal: null };
      else if (typeof signalName === 'string' && signalName !== '')
        exit = { code: null, signal: signalName.startsWith('SIG') ? signalName : `SIG${signalName}` };
    };
    try {
      channel = await new Promise<ClientChannel>((resolve, reject) => {
        connection.client.exec(command, (error, stream) => {
          if (error) {
            reject(error);
            return;
          }
          // Listen for the exit status right here, not after the `await`: ssh2 parses every packet of
          // one socket read synchronously, so a quick command's reply, output, exit status and close can
          // all arrive in the same read as the exec confirmation, and an `exit` emitted before the
          // continuation runs is lost (a stalled event loop made every exec lose it; a busy one, ~2%).
          stream.on('exit', recordExit);
          resolve(stream);
        });
      });
    } catch (error) {
      if (connection.lost)
        return { exitCode: null, signal: null, timedOut: false, cancelled: false, connectionLost: true };
      throw new PikaciError(`cannot open an SSH channel to ${this.hostLabel}: ${errorMessage(error)}`, {
        hint: 'the server may limit sessions per connection (sshd MaxSessions); lower maxChannels',
        cause: error,
      });
    }

    return new Promise<ExecResult>((resolve) => {
      let timedOut = false;
      let cancelled = false;
      let stopLevel: 'TERM' | 'KILL' | undefined;
      let pid: number | undefined;
      let settled = false;
      const timers: NodeJS.Timeout[] = [];
      const forwardStderr = request.onStderr ?? (() => undefined);
      const stderr = new PidMarkerFilter(forwardStderr, (found) => {
        pid = found;
        // A stop requested before the command had started: deliver it now.
        if (stopLevel) this.signalRemote(connection, channel, pid, stopLevel);
      });

      const finish = (lost: boolean): void => {
        if (settled) return;
        settled = true;
        for (const timer of timers) clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
        connection.onLost.delete(onLost);
        // A command that exits without reading all its stdin must not keep the source attached.
        if (
          request.stdin !== undefined &&
          !Buffer.isBuffer(request.stdin) &&
          typeof request.stdin !== 'string'
        ) {
          request.stdin.unpipe(channel);
        }
        stderr.flush();
        if (exit === undefined && lost) {
          resolve({ exitCode: null, signal: null, timedOut, cancelled, connectionLost: true });
          return;
        }
        if (exit === undefined) {
          // The server closed the session without an exit status (OpenSSH does when the client closed
          // the channel first, e.g. after KILL; see CLOSE_AFTER_KILL_MS). Nothing later can bring one:
          // ssh2 forgets a channel at its close, and no message may follow a channel's close.
          this.hooks.log?.(`remote command on ${this.hostLabel} ended without an exit status`);
        }
        resolve({ exitCode: exit?.code ?? null, signal: exit?.signal ?? null, timedOut, cancelled });
      };
      const onLost = (): void => finish(true);
      const escalate = (level: 'TERM' | 'KILL'): void => {
        stopLevel = level;
        this.signalRemote(connection, channel, pid, level);
      };
      const stop = (): void => {
        if (stopLevel) return;
        escalate('TERM');
        timers.push(
          setTimeout(() => {
            escalate('KILL');
            timers.push(
              setTimeout(() => {
                // sshd keeps a session channel open while its command lives: stop waiting for it.
                this.hooks.log?.(
                  `remote command on ${this.hostLabel} did not exit after KILL; closing its channel`,
                );
                channel.close();
                timers.push(setTimeout(() => finish(false), CLOSE_AFTER_KILL_MS));
              }, CLOSE_AFTER_KILL_MS),
            );
          }, this.options.killGraceMs),
        );
      };
      const onAbort = (): void => {
        cancelled = true;
        stop();
      };

      connection.onLost.add(onLost);
      // ssh2 passes the exit status it recorded to `close` as well (its documented `close(code, signal)`):
      // a second source, whatever the listener timing.
      channel.on('close', (code: unknown, signalName: unknown) => {
        recordExit(code, signalName);
        finish(connection.lost);
      });
      if (request.onStdout) channel.on('data', request.onStdout);
      else channel.resume();
      channel.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      feedStdin(request.stdin, channel);

      if (request.timeoutMs !== undefined) {
        timers.push(
          setTimeout(() => {
            timedOut = true;
            stop();
          }, request.timeoutMs),
        );
      }
      if (request.signal?.aborted) onAbort();
      else request.signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Signal a remote command's process group from a second channel (`kill -s SIG -- -PGID`); before
   * its pid is known, fall back to the SSH `signal` request.
   */
  private signalRemote(
    connection: Connection,
    channel: ClientChannel,
    pid: number | undefined,
    name: 'TERM' | 'KILL',
  ): void {
    if (pid === undefined) {
      sendChannelSignal(channel, name);
      return;
    }
    const command = `kill -s ${name} -- -${pid} 2>/dev/null || kill -s ${name} ${pid} 2>/dev/null`;
    try {
      connection.client.exec(command, (error, killer) => {
        if (error) {
          this.hooks.log?.(
            `could not signal remote process group ${pid} on ${this.hostLabel}: ${error.message}`,
          );
          return;
        }
        killer.resume();
        killer.stderr.resume();
        killer.end();
      });
    } catch (error) {
      this.hooks.log?.(
        `could not signal remote process group ${pid} on ${this.hostLabel}: ${errorMessage(error)}`,
      );
    }
  }
}

/**
 * Splits the pid marker line (see `withPidMarker`) out of a stderr stream and passes every other
 * byte through, in order. Holds at most `PID_MARKER_SCAN_LIMIT` bytes while looking for it.
 */
export class PidMarkerFilter {
  private held: Buffer | undefined = Buffer.alloc(0);

  constructor(
    private readonly forward: (chunk: Buffer) => void,
    private readonly onPid: (pid: number) => void,
  ) {}

  push(chunk: Buffer): void {
    if (this.held === undefined) {
      this.forward(chunk);
      return;
    }
    const buffer = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
    const match = PID_MARKER.exec(buffer.toString('latin1'));
    if (match) {
      this.held = undefined;
      const before = buffer.subarray(0, match.index);
      const after = buffer.subarray(match.index + match[0].length);
      if (before.length > 0) this.forward(before);
      this.onPid(Number(match[1]));
      if (after.length > 0) this.forward(after);
      return;
    }
    if (buffer.length > PID_MARKER_SCAN_LIMIT) {
      this.held = undefined;
      this.forward(buffer);
      return;
    }
    this.held = buffer;
  }

  /** Pass on whatever is still held (the stream ended without a marker). */
  flush(): void {
    if (this.held !== undefined && this.held.length > 0) this.forward(this.held);
    this.held = undefined;
  }
}

class DialError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

async function loadCredentials(options: SshConnectOptions): Promise<Credentials> {
  const { utils } = (await import('ssh2')).default;
  let privateKey: Buffer | undefined;
  let source = 'privateKey';
  if (options.privateKeyPath !== undefined) {
    source = options.privateKeyPath;
    try {
      privateKey = await readFile(options.privateKeyPath);
    } catch (error) {
      throw new InputError(
        `cannot read SSH private key ${options.privateKeyPath}: ${fileErrorReason(error)}`,
        {
          cause: error,
        },
      );
    }
  } else if (options.privateKey !== undefined) {
    // Secrets pasted into CI settings often lose the final newline or gain CRs.
    privateKey = Buffer.from(`${options.privateKey.replace(/\r\n/g, '\n').trim()}\n`);
  }
  if (privateKey !== undefined) {
    const parsed = utils.parseKey(privateKey, options.passphrase);
    if (parsed instanceof Error) {
      throw new InputError(`SSH private key ${source} cannot be used: ${parsed.message}`, {
        hint: 'give an unencrypted OpenSSH or PEM private key, or its passphrase',
      });
    }
  }
  let agent: string | undefined;
  if (options.agent === true) {
    agent = process.env.SSH_AUTH_SOCK;
    if (!agent) {
      throw new InputError('agent is set but SSH_AUTH_SOCK is not', {
        hint: 'start an ssh-agent (eval "$(ssh-agent)"; ssh-add KEY) or give a key instead',
      });
    }
  } else if (typeof options.agent === 'string') {
    agent = options.agent;
  }
  return { privateKey, agent };
}

/** Ask first for the key types known_hosts has for this host, so the server offers a checkable key. */
function preferredHostKeyAlgorithms(
  entries: readonly KnownHostEntry[],
  host: string,
  port: number,
): { append: ServerHostKeyAlgorithm[]; prepend: ServerHostKeyAlgorithm[]; remove: ServerHostKeyAlgorithm[] } {
  const preferred = knownKeyTypes(entries, host, port).flatMap((type) => HOST_KEY_ALGORITHMS[type] ?? []);
  return { remove: preferred, prepend: preferred, append: [] };
}

/** The parts of an ssh2 channel's internals needed to send a signal after stdin's EOF. */
interface ChannelInternals {
  outgoing?: { id?: number; state?: string };
  _client?: { _protocol?: { signal(channelId: number, signalName: string): void } };
}

/**
 * Send an SSH `signal` request. ssh2 1.17's `channel.signal()` is a silent no-op once stdin has
 * reached EOF (it checks `writable`, see mscdex/ssh2#1510), yet the request is valid until the
 * channel closes; so send it through the protocol while the channel is open or half-closed.
 */
function sendChannelSignal(channel: ClientChannel, name: 'TERM' | 'KILL'): void {
  const internals = channel as unknown as ChannelInternals;
  const id = internals.outgoing?.id;
  const state = internals.outgoing?.state;
  const protocol = internals._client?._protocol;
  try {
    if (id !== undefined && protocol && (state === 'open' || state === 'eof')) protocol.signal(id, name);
    else channel.signal(name);
  } catch {
    // The channel is already closing; its close event settles the result.
  }
}

function feedStdin(source: Readable | Buffer | string | undefined, channel: ClientChannel): void {
  if (source === undefined) {
    channel.end();
    return;
  }
  if (typeof source === 'string' || Buffer.isBuffer(source)) {
    channel.end(source);
    return;
  }
  source.on('error', () => channel.end());
  source.pipe(channel);
}

/** `ENOENT`, `EACCES`…: the file error's code, which says it all next to the path. */
function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : errorMessage(error);
}
