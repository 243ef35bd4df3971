export const id = 163;
export const ids = [163];
export const modules = {

/***/ 36286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseSshConnectOptions)
/* harmony export */ });
/* unused harmony export SshConnectOptionsSchema */
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11107);
/* harmony import */ var _util_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/**
 * Options of an SSH placement host, validated at the boundary (action inputs, CLI flags, catalog).
 * A connection always verifies the host key: a known_hosts file or inline entries are required.
 */


const SshConnectOptionsSchema = _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    host: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1, 'host must not be empty'),
    port: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(65_535).default(22),
    user: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1, 'user must not be empty'),
    /** Path of a private key file (OpenSSH or PEM format). */
    privateKeyPath: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** A private key given inline (an action secret). Kept in memory only, never written to disk. */
    privateKey: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    passphrase: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** `true` uses `$SSH_AUTH_SOCK`; a string is the agent socket path. */
    agent: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([_schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)]).default(false),
    /** OpenSSH known_hosts file. Appended to when `acceptNewHostKeys` is set. */
    knownHostsPath: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    /** known_hosts lines given inline (e.g. an action input), checked before the file. */
    knownHosts: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Trust-on-first-use: accept and record the key of a host with no entry. Never accepts a changed key. */
    acceptNewHostKeys: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    /** Budget for connecting, all retries included (ssh2 `readyTimeout` per attempt). */
    connectTimeoutMs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(20_000),
    /** Extra attempts after the first for transient network errors (refused, timed out, reset). */
    connectRetries: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(10).default(2),
    /** Delay before the first retry; doubles after each. */
    retryBackoffMs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).default(500),
    keepaliveIntervalMs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).default(15_000),
    keepaliveCountMax: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).default(3),
    /** Time between sending TERM and KILL to a remote command that is stopped. */
    killGraceMs: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).default(5_000),
    /**
     * TCP_NODELAY on the connection (default on): back-to-back commands on one connection otherwise
     * wait on delayed ACKs. Off only to measure that (bench/transport.bench.ts).
     */
    noDelay: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
    /** Channels open at once on the connection; OpenSSH's `MaxSessions` defaults to 10. */
    maxChannels: _schema_index_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).default(8),
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
/** Validate options; an InputError names the first bad key and never echoes secret values. */
function parseSshConnectOptions(input, where = 'ssh options') {
    const result = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_1__/* .safeParse */ .x)(SshConnectOptionsSchema, input);
    if (result.success)
        return result.data;
    const messages = result.error.issues.map((issue) => {
        const path = issue.path.join('.');
        return path === '' ? issue.message : `${path}: ${issue.message}`;
    });
    throw new _util_index_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid SSH options: ${messages.join('; ')}`, {
        where,
        hint: 'see the SSH options in the README (host, port, user, a key, and known hosts)',
    });
}


/***/ }),

/***/ 43163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PidMarkerFilter: () => (/* binding */ PidMarkerFilter),
  SshTransport: () => (/* binding */ SshTransport),
  buildRemoteCommand: () => (/* binding */ buildRemoteCommand),
  connectSsh: () => (/* binding */ connectSsh),
  withPidMarker: () => (/* binding */ withPidMarker)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./src/util/assert-never.ts
var assert_never = __webpack_require__(81651);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/shell.ts
var shell = __webpack_require__(95462);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/transport/known-hosts.ts
/**
 * OpenSSH `known_hosts` parsing and host-key verification (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT").
 *
 * Supported: plain host patterns with `*`/`?` wildcards and `!` negation, `[host]:port`,
 * comma-separated host lists, hashed `|1|salt|hash` names (HMAC-SHA1), `@revoked` (always refused)
 * and `@cert-authority` (recognised, but host certificates are not supported: a clear error).
 * Pure except for `appendKnownHost`, which writes the file atomically.
 */




/** Parse known_hosts text. Blank lines and `#` comments are skipped; a malformed line is an InputError. */
function parseKnownHosts(text, source) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const where = `${source}:${index + 1}`;
        const fields = line.split(/\s+/);
        let marker = null;
        if (fields[0]?.startsWith('@')) {
            const name = fields.shift();
            if (name === '@revoked')
                marker = 'revoked';
            else if (name === '@cert-authority')
                marker = 'cert-authority';
            else {
                throw new errors/* InputError */.dz(`unknown known_hosts marker ${name}`, {
                    where,
                    hint: 'the markers OpenSSH knows are @revoked and @cert-authority',
                });
            }
        }
        const [hosts, keyType, keyBase64] = fields;
        if (hosts === undefined || keyType === undefined || keyBase64 === undefined) {
            throw new errors/* InputError */.dz('malformed known_hosts line: expected `[marker] hosts key-type base64-key [comment]`', {
                where,
                hint: 'regenerate the entry with `ssh-keyscan -p PORT HOST`',
            });
        }
        const key = decodeKey(keyBase64);
        if (key === undefined || keyBlobType(key) !== keyType) {
            throw new errors/* InputError */.dz(`malformed known_hosts line: the ${keyType} key is not valid base64 of a ${keyType} key`, {
                where,
                hint: 'regenerate the entry with `ssh-keyscan -p PORT HOST`',
            });
        }
        entries.push({ marker, hosts, keyType, key, where });
    }
    return entries;
}
/** The name known_hosts uses for a host: `host` on port 22, else `[host]:port`. */
function knownHostName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
/** Whether an entry's hosts field names `host` at `port` (hashed, wildcard and negated patterns). */
function entryMatchesHost(hostsField, host, port) {
    const name = knownHostName(host, port);
    if (hostsField.startsWith('|1|'))
        return hashedNameMatches(hostsField, name);
    let matched = false;
    for (const pattern of hostsField.split(',')) {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        if (wildcardMatch(body.toLowerCase(), name.toLowerCase())) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}
/** Decide whether `offered` (a raw public key blob) is the right key for `host` at `port`. */
function verifyHostKey(entries, host, port, offered) {
    const offeredType = keyBlobType(offered);
    const forHost = entries.filter((entry) => entryMatchesHost(entry.hosts, host, port));
    const revoked = forHost.find((entry) => entry.marker === 'revoked' && entry.key.equals(offered));
    if (revoked)
        return { kind: 'revoked', entry: revoked };
    const plain = forHost.filter((entry) => entry.marker === null);
    const trusted = plain.find((entry) => entry.key.equals(offered));
    if (trusted)
        return { kind: 'trusted', entry: trusted };
    const sameType = plain.filter((entry) => entry.keyType === offeredType);
    if (sameType.length > 0)
        return { kind: 'changed', entries: sameType };
    const authority = forHost.find((entry) => entry.marker === 'cert-authority');
    if (authority)
        return { kind: 'cert-authority', entry: authority };
    return { kind: 'unknown', knownTypes: [...new Set(plain.map((entry) => entry.keyType))] };
}
/** Key types known for a host, so the client asks the server for a key it can check. */
function knownKeyTypes(entries, host, port) {
    const types = entries
        .filter((entry) => entry.marker === null && entryMatchesHost(entry.hosts, host, port))
        .map((entry) => entry.keyType);
    return [...new Set(types)];
}
/** OpenSSH's fingerprint: `SHA256:` and the unpadded base64 of the blob's SHA-256. */
function fingerprint(key) {
    return `SHA256:${(0,external_node_crypto_.createHash)('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}
/** The key type named inside a public key blob (its first SSH string), or undefined if malformed. */
function keyBlobType(key) {
    if (key.length < 4)
        return undefined;
    const length = key.readUInt32BE(0);
    if (length === 0 || 4 + length > key.length)
        return undefined;
    return key.subarray(4, 4 + length).toString('latin1');
}
/** A known_hosts line for a key offered by `host` at `port`. */
function formatKnownHostLine(host, port, key) {
    return `${knownHostName(host, port)} ${keyBlobType(key) ?? 'unknown'} ${key.toString('base64')}`;
}
/**
 * Append a line to a known_hosts file atomically: write the whole new content to a temporary file
 * in the same directory, then rename it over the original (readers never see a half-written line).
 */
async function appendKnownHost(path, line) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
    const existing = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw new errors/* PikaciError */.uy(`cannot read known_hosts file ${path}: ${error.message}`, { cause: error });
    });
    const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
    const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
    await (0,promises_.writeFile)(temporary, `${existing}${separator}${line}\n`, { mode: 0o600 });
    await (0,promises_.rename)(temporary, path);
}
function decodeKey(base64) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
        return undefined;
    return Buffer.from(base64, 'base64');
}
function hashedNameMatches(field, name) {
    const [, , salt, hash] = field.split('|');
    if (salt === undefined || hash === undefined)
        return false;
    const expected = Buffer.from(hash, 'base64');
    const actual = (0,external_node_crypto_.createHmac)('sha1', Buffer.from(salt, 'base64')).update(name).digest();
    return expected.length === actual.length && (0,external_node_crypto_.timingSafeEqual)(expected, actual);
}
/** OpenSSH `match_pattern`: `*` matches any run of characters, `?` exactly one. */
function wildcardMatch(pattern, value) {
    let p = 0;
    let v = 0;
    let starP = -1;
    let starV = 0;
    while (v < value.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
            p++;
            v++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starV = v;
        }
        else if (starP !== -1) {
            p = starP + 1;
            v = ++starV;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p++;
    return p === pattern.length;
}

// EXTERNAL MODULE: ./src/transport/ssh-config.ts
var ssh_config = __webpack_require__(36286);
;// CONCATENATED MODULE: ./src/transport/ssh.ts
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
const HOST_KEY_ALGORITHMS = {
    'ssh-ed25519': ['ssh-ed25519'],
    'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
    'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
    'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
    'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};
/** Validate options, load the key and known hosts, and open the connection (with bounded retries). */
async function connectSsh(input, hooks = {}) {
    const options = (0,ssh_config/* parseSshConnectOptions */.W)(input);
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
function buildRemoteCommand(request) {
    if (request.argv.length === 0 || request.argv[0] === '') {
        throw new errors/* PikaciError */.uy('cannot run an empty command', { hint: 'the argv needs at least a program name' });
    }
    const parts = [];
    if (request.cwd !== undefined)
        parts.push(`cd ${(0,shell/* shellQuote */.Z)(request.cwd)} &&`);
    const env = Object.entries(request.env ?? {});
    for (const [name] of env) {
        if (!ENV_NAME.test(name)) {
            throw new errors/* InputError */.dz(`invalid environment variable name ${JSON.stringify(name)}`, {
                hint: 'names are letters, digits and underscores, not starting with a digit',
            });
        }
    }
    parts.push('exec');
    if (env.length > 0)
        parts.push('env', ...env.map(([name, value]) => (0,shell/* shellQuote */.Z)(`${name}=${value}`)));
    parts.push((0,shell/* shellJoin */.n)(request.argv));
    return parts.join(' ');
}
/**
 * Prefix a remote command with a line on stderr that gives the session's process id. sshd starts
 * each session in its own session and process group (`setsid`), so that id is also the process group
 * of the command and all its children: stopping a command signals that group from a second channel.
 * The SSH `signal` request alone is not enough: OpenSSH refuses it for root logins ("session
 * signalling requires privilege separation").
 */
function withPidMarker(command) {
    return `printf '${PID_MARKER_PREFIX}%s${PID_MARKER_SUFFIX}\\n' "$$" >&2 && ${command}`;
}
class SshTransport {
    options;
    credentials;
    hooks;
    placement = 'remote_ssh';
    hostLabel;
    connection;
    dialing;
    closed = false;
    opened = 0;
    channels;
    constructor(options, credentials, hooks = {}) {
        this.options = options;
        this.credentials = credentials;
        this.hooks = hooks;
        this.hostLabel = `${options.user}@${options.host}:${options.port}`;
        this.channels = (0,p_limit/* default */.A)(options.maxChannels);
    }
    /** TCP connections this transport has opened (1 for a whole run unless the connection dropped). */
    get connectionCount() {
        return this.opened;
    }
    /** Whether a connection is up right now. */
    get connected() {
        return this.connection !== undefined && !this.connection.lost;
    }
    /**
     * Run `argv` on the host. Resolves with how it ended; `connectionLost: true` (and `exitCode: null`)
     * when the connection dropped before the exit status arrived. Rejects with a `PikaciError` when
     * the host cannot be reached, its key is refused, or authentication fails.
     */
    async exec(request) {
        const command = buildRemoteCommand(request);
        return this.channels(async () => {
            if (request.signal?.aborted)
                return { exitCode: null, signal: null, timedOut: false, cancelled: true };
            const connection = await this.ensureConnected();
            if (request.signal?.aborted)
                return { exitCode: null, signal: null, timedOut: false, cancelled: true };
            return this.runOnChannel(connection, withPidMarker(command), request);
        });
    }
    /** Drop the current connection (if any) and dial again. Used after a loss, or to start. */
    async reconnect() {
        if (this.closed)
            throw this.closedError();
        const current = this.connection;
        if (current && !current.lost) {
            current.lost = true;
            current.client.end();
        }
        this.connection = undefined;
        await this.ensureConnected();
    }
    async close() {
        this.closed = true;
        const connection = this.connection ?? (await this.dialing?.catch(() => undefined));
        this.connection = undefined;
        if (!connection || connection.lost)
            return;
        await new Promise((resolve) => {
            connection.client.once('close', resolve);
            connection.client.end();
        });
    }
    closedError() {
        return new errors/* PikaciError */.uy(`the SSH connection to ${this.hostLabel} was closed`, {
            hint: 'this transport was closed; connect again with connectSsh',
        });
    }
    async ensureConnected() {
        if (this.closed)
            throw this.closedError();
        if (this.connection && !this.connection.lost)
            return this.connection;
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
    async dial() {
        const { connectTimeoutMs, connectRetries, retryBackoffMs } = this.options;
        const deadline = Date.now() + connectTimeoutMs;
        let backoff = retryBackoffMs;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.dialOnce(Math.max(deadline - Date.now(), 1));
            }
            catch (error) {
                const failure = error instanceof DialError ? error : new DialError((0,errors/* errorMessage */.gJ)(error), false, error);
                const out = attempt > connectRetries || !failure.transient || Date.now() + backoff >= deadline;
                if (out)
                    throw this.connectError(failure, attempt);
                this.hooks.log?.(`SSH connect to ${this.hostLabel} failed (${failure.message}); retrying in ${backoff} ms ` +
                    `(attempt ${attempt + 1} of ${connectRetries + 1})`);
                await new Promise((resolve) => setTimeout(resolve, backoff));
                backoff *= 2;
            }
        }
    }
    connectError(failure, attempts) {
        if (failure.cause instanceof errors/* PikaciError */.uy)
            return failure.cause;
        const tries = attempts === 1 ? '' : ` (${attempts} attempts)`;
        return new errors/* PikaciError */.uy(`cannot connect to ${this.hostLabel}: ${failure.message}${tries}`, {
            hint: failure.transient
                ? 'check that sshd is running and listening on that host and port, and that no firewall blocks it'
                : undefined,
            cause: failure.cause,
        });
    }
    async dialOnce(readyTimeout) {
        const { Client } = (await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 85472, 23))).default;
        const entries = await this.loadKnownHosts();
        const client = new Client();
        let hostKeyFailure;
        // Our own socket, so TCP_NODELAY is set before the first byte: without it each small SSH message
        // that follows an unacknowledged one (channel open, exec request, EOF) waits for the server's
        // delayed ACK, ~40 ms per command on one connection (bench/transport.bench.ts measures both).
        const sock = (0,external_node_net_.connect)({
            host: this.options.host,
            port: this.options.port,
            noDelay: this.options.noDelay,
        });
        const config = {
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
            hostVerifier: (key, verify) => {
                this.checkHostKey(entries, key).then(() => verify(true), (error) => {
                    hostKeyFailure = error instanceof errors/* PikaciError */.uy ? error : new errors/* PikaciError */.uy((0,errors/* errorMessage */.gJ)(error));
                    verify(false);
                });
            },
        };
        return new Promise((resolve, reject) => {
            let ready = false;
            const connection = { client, lost: false, onLost: new Set() };
            const lose = () => {
                if (!ready) {
                    reject(hostKeyFailure
                        ? new DialError(hostKeyFailure.message, false, hostKeyFailure)
                        : new DialError('the server closed the connection during the handshake', true));
                    return;
                }
                if (connection.lost && connection.onLost.size === 0)
                    return;
                connection.lost = true;
                for (const settle of [...connection.onLost])
                    settle();
                connection.onLost.clear();
            };
            client.on('ready', () => {
                ready = true;
                this.opened++;
                resolve(connection);
            });
            client.on('error', (error) => {
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
            }
            catch (error) {
                sock.destroy();
                reject(new DialError((0,errors/* errorMessage */.gJ)(error), false, error));
            }
        });
    }
    classifyDialError(error, hostKeyFailure) {
        if (hostKeyFailure)
            return new DialError(hostKeyFailure.message, false, hostKeyFailure);
        if (error.level === 'client-authentication') {
            const methods = [
                this.credentials.privateKey ? 'publickey' : undefined,
                this.credentials.agent ? 'agent' : undefined,
            ]
                .filter((method) => method !== undefined)
                .join(', ');
            return new DialError(error.message, false, new errors/* PikaciError */.uy(`SSH authentication failed for ${this.hostLabel} (tried: ${methods})`, {
                hint: `check the user name and that the key's public half is in ~${this.options.user}/.ssh/authorized_keys on the host`,
                cause: error,
            }));
        }
        if (error.level === 'client-timeout')
            return new DialError(`no SSH handshake within ${this.options.connectTimeoutMs} ms`, true, error);
        const transient = error.code !== undefined && TRANSIENT_CODES.has(error.code);
        return new DialError(error.message, transient, error);
    }
    /** Read the inline entries and the known_hosts file afresh for each dial (a first-use key may have been added). */
    async loadKnownHosts() {
        const entries = [];
        if (this.options.knownHosts !== undefined)
            entries.push(...parseKnownHosts(this.options.knownHosts, 'knownHosts'));
        const path = this.options.knownHostsPath;
        if (path === undefined)
            return entries;
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT' && this.options.acceptNewHostKeys)
                return entries;
            throw new errors/* InputError */.dz(`cannot read known_hosts file ${path}: ${fileErrorReason(error)}`, {
                hint: `create it with the host's key: ssh-keyscan -p ${this.options.port} ${this.options.host} >> ${path}`,
                cause: error,
            });
        }
        entries.push(...parseKnownHosts(text, path));
        return entries;
    }
    async checkHostKey(entries, key) {
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
                const others = verdict.knownTypes.length > 0
                    ? `; ${source} has only ${verdict.knownTypes.join(', ')} keys for it`
                    : '';
                throw new errors/* PikaciError */.uy(`host key of ${name} is not known: the server offered ${offered}${others}`, {
                    where: knownHostsPath,
                    hint: `check that fingerprint with the host's owner, then add the key: ` +
                        `ssh-keyscan -p ${port} ${host} >> ${knownHostsPath ?? 'known_hosts'} ` +
                        `(or set acceptNewHostKeys to trust a new host on first use)`,
                });
            }
            case 'changed': {
                const known = verdict.entries.map((entry) => `${fingerprint(entry.key)} (${entry.where})`).join(', ');
                throw new errors/* PikaciError */.uy(`HOST KEY MISMATCH for ${name}: the server offered ${offered} but known_hosts has ${known}. ` +
                    'Someone could be intercepting the connection, or the host was reinstalled; refusing to connect', {
                    where: verdict.entries[0]?.where,
                    hint: `if the change is expected, verify the new fingerprint out of band and replace the entry (ssh-keygen -R '${name}' -f ${knownHostsPath ?? 'known_hosts'})`,
                });
            }
            case 'revoked':
                throw new errors/* PikaciError */.uy(`host key of ${name} (${offered}) is marked @revoked; refusing to connect`, {
                    where: verdict.entry.where,
                    hint: 'the host must be given a new key, and known_hosts an entry for it',
                });
            case 'cert-authority':
                throw new errors/* PikaciError */.uy(`host certificates are not supported: ${name} is known only through a @cert-authority entry`, {
                    where: verdict.entry.where,
                    hint: `add the host's own key: ssh-keyscan -p ${port} ${host} >> ${knownHostsPath ?? 'known_hosts'}`,
                });
            default:
                return (0,assert_never/* assertNever */.x)(verdict);
        }
    }
    async runOnChannel(connection, command, request) {
        let channel;
        // How the command ended, once the server said so (SSH `exit-status` or `exit-signal`).
        let exit;
        const recordExit = (code, signalName) => {
            if (exit !== undefined)
                return;
            if (typeof code === 'number')
                exit = { code, signal: null };
            else if (typeof signalName === 'string' && signalName !== '')
                exit = { code: null, signal: signalName.startsWith('SIG') ? signalName : `SIG${signalName}` };
        };
        try {
            channel = await new Promise((resolve, reject) => {
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
        }
        catch (error) {
            if (connection.lost)
                return { exitCode: null, signal: null, timedOut: false, cancelled: false, connectionLost: true };
            throw new errors/* PikaciError */.uy(`cannot open an SSH channel to ${this.hostLabel}: ${(0,errors/* errorMessage */.gJ)(error)}`, {
                hint: 'the server may limit sessions per connection (sshd MaxSessions); lower maxChannels',
                cause: error,
            });
        }
        return new Promise((resolve) => {
            let timedOut = false;
            let cancelled = false;
            let stopLevel;
            let pid;
            let settled = false;
            const timers = [];
            const forwardStderr = request.onStderr ?? (() => undefined);
            const stderr = new PidMarkerFilter(forwardStderr, (found) => {
                pid = found;
                // A stop requested before the command had started: deliver it now.
                if (stopLevel)
                    this.signalRemote(connection, channel, pid, stopLevel);
            });
            const finish = (lost) => {
                if (settled)
                    return;
                settled = true;
                for (const timer of timers)
                    clearTimeout(timer);
                request.signal?.removeEventListener('abort', onAbort);
                connection.onLost.delete(onLost);
                // A command that exits without reading all its stdin must not keep the source attached.
                if (request.stdin !== undefined &&
                    !Buffer.isBuffer(request.stdin) &&
                    typeof request.stdin !== 'string') {
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
            const onLost = () => finish(true);
            const escalate = (level) => {
                stopLevel = level;
                this.signalRemote(connection, channel, pid, level);
            };
            const stop = () => {
                if (stopLevel)
                    return;
                escalate('TERM');
                timers.push(setTimeout(() => {
                    escalate('KILL');
                    timers.push(setTimeout(() => {
                        // sshd keeps a session channel open while its command lives: stop waiting for it.
                        this.hooks.log?.(`remote command on ${this.hostLabel} did not exit after KILL; closing its channel`);
                        channel.close();
                        timers.push(setTimeout(() => finish(false), CLOSE_AFTER_KILL_MS));
                    }, CLOSE_AFTER_KILL_MS));
                }, this.options.killGraceMs));
            };
            const onAbort = () => {
                cancelled = true;
                stop();
            };
            connection.onLost.add(onLost);
            // ssh2 passes the exit status it recorded to `close` as well (its documented `close(code, signal)`):
            // a second source, whatever the listener timing.
            channel.on('close', (code, signalName) => {
                recordExit(code, signalName);
                finish(connection.lost);
            });
            if (request.onStdout)
                channel.on('data', request.onStdout);
            else
                channel.resume();
            channel.stderr.on('data', (chunk) => stderr.push(chunk));
            feedStdin(request.stdin, channel);
            if (request.timeoutMs !== undefined) {
                timers.push(setTimeout(() => {
                    timedOut = true;
                    stop();
                }, request.timeoutMs));
            }
            if (request.signal?.aborted)
                onAbort();
            else
                request.signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
    /**
     * Signal a remote command's process group from a second channel (`kill -s SIG -- -PGID`); before
     * its pid is known, fall back to the SSH `signal` request.
     */
    signalRemote(connection, channel, pid, name) {
        if (pid === undefined) {
            sendChannelSignal(channel, name);
            return;
        }
        const command = `kill -s ${name} -- -${pid} 2>/dev/null || kill -s ${name} ${pid} 2>/dev/null`;
        try {
            connection.client.exec(command, (error, killer) => {
                if (error) {
                    this.hooks.log?.(`could not signal remote process group ${pid} on ${this.hostLabel}: ${error.message}`);
                    return;
                }
                killer.resume();
                killer.stderr.resume();
                killer.end();
            });
        }
        catch (error) {
            this.hooks.log?.(`could not signal remote process group ${pid} on ${this.hostLabel}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}
/**
 * Splits the pid marker line (see `withPidMarker`) out of a stderr stream and passes every other
 * byte through, in order. Holds at most `PID_MARKER_SCAN_LIMIT` bytes while looking for it.
 */
class PidMarkerFilter {
    forward;
    onPid;
    held = Buffer.alloc(0);
    constructor(forward, onPid) {
        this.forward = forward;
        this.onPid = onPid;
    }
    push(chunk) {
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
            if (before.length > 0)
                this.forward(before);
            this.onPid(Number(match[1]));
            if (after.length > 0)
                this.forward(after);
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
    flush() {
        if (this.held !== undefined && this.held.length > 0)
            this.forward(this.held);
        this.held = undefined;
    }
}
class DialError extends Error {
    transient;
    cause;
    constructor(message, transient, cause) {
        super(message);
        this.transient = transient;
        this.cause = cause;
    }
}
async function loadCredentials(options) {
    const { utils } = (await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.t.bind(__webpack_require__, 85472, 23))).default;
    let privateKey;
    let source = 'privateKey';
    if (options.privateKeyPath !== undefined) {
        source = options.privateKeyPath;
        try {
            privateKey = await (0,promises_.readFile)(options.privateKeyPath);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`cannot read SSH private key ${options.privateKeyPath}: ${fileErrorReason(error)}`, {
                cause: error,
            });
        }
    }
    else if (options.privateKey !== undefined) {
        // Secrets pasted into CI settings often lose the final newline or gain CRs.
        privateKey = Buffer.from(`${options.privateKey.replace(/\r\n/g, '\n').trim()}\n`);
    }
    if (privateKey !== undefined) {
        const parsed = utils.parseKey(privateKey, options.passphrase);
        if (parsed instanceof Error) {
            throw new errors/* InputError */.dz(`SSH private key ${source} cannot be used: ${parsed.message}`, {
                hint: 'give an unencrypted OpenSSH or PEM private key, or its passphrase',
            });
        }
    }
    let agent;
    if (options.agent === true) {
        agent = process.env.SSH_AUTH_SOCK;
        if (!agent) {
            throw new errors/* InputError */.dz('agent is set but SSH_AUTH_SOCK is not', {
                hint: 'start an ssh-agent (eval "$(ssh-agent)"; ssh-add KEY) or give a key instead',
            });
        }
    }
    else if (typeof options.agent === 'string') {
        agent = options.agent;
    }
    return { privateKey, agent };
}
/** Ask first for the key types known_hosts has for this host, so the server offers a checkable key. */
function preferredHostKeyAlgorithms(entries, host, port) {
    const preferred = knownKeyTypes(entries, host, port).flatMap((type) => HOST_KEY_ALGORITHMS[type] ?? []);
    return { remove: preferred, prepend: preferred, append: [] };
}
/**
 * Send an SSH `signal` request. ssh2 1.17's `channel.signal()` is a silent no-op once stdin has
 * reached EOF (it checks `writable`, see mscdex/ssh2#1510), yet the request is valid until the
 * channel closes; so send it through the protocol while the channel is open or half-closed.
 */
function sendChannelSignal(channel, name) {
    const internals = channel;
    const id = internals.outgoing?.id;
    const state = internals.outgoing?.state;
    const protocol = internals._client?._protocol;
    try {
        if (id !== undefined && protocol && (state === 'open' || state === 'eof'))
            protocol.signal(id, name);
        else
            channel.signal(name);
    }
    catch {
        // The channel is already closing; its close event settles the result.
    }
}
function feedStdin(source, channel) {
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
function fileErrorReason(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : (0,errors/* errorMessage */.gJ)(error);
}


/***/ }),

/***/ 95462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote),
/* harmony export */   n: () => (/* binding */ shellJoin)
/* harmony export */ });
/**
 * The upstream single-quote rule: wrap in single quotes, each embedded `'` becomes `'"'"'`.
 * Every argument that crosses a shell (SSH, `sh -c`, guest command lines) goes through here.
 */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'"'"'`)}'`;
}
/** Quote each argument and join them into one command line for a POSIX shell. */
function shellJoin(argv) {
    return argv.map(shellQuote).join(' ');
}


/***/ })

};
