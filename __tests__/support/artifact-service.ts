/**
 * A simulated GitHub artifact service on 127.0.0.1 for the real `@actions/artifact` 6.x client, as
 * the action's upload path drives it (node_modules/@actions/artifact/lib/internal/upload/
 * upload-artifact.js): Twirp JSON `CreateArtifact`, an Azure block-blob upload to the returned
 * `signed_upload_url` through `@azure/storage-blob`, then Twirp JSON `FinalizeArtifact`. Simulated,
 * not GitHub: one workflow run, blobs in memory, only what that path sends. Each behaviour names
 * the client code it follows.
 *
 * The same server is the simulated cache service (v2) for the real `@actions/cache` 6.x client, on
 * the same results URL (node_modules/@actions/cache/lib/internal/config.js `getCacheServiceURL`:
 * `ACTIONS_RESULTS_URL` when `ACTIONS_CACHE_SERVICE_V2` is set): Twirp JSON
 * `GetCacheEntryDownloadURL`, `CreateCacheEntry` and `FinalizeCacheEntryUpload` under
 * `/twirp/github.actions.results.api.v1.CacheService/`, a single-shot Azure `Put Blob` of the
 * archive to the signed upload URL, and a plain GET of the signed download URL. Entries are scoped
 * like GitHub's: a run writes to its own ref and reads its own ref plus the refs the test grants
 * (`cache.scope`), entries are immutable, and a lookup matches the exact key and version first.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { Parse, type Entry } from 'unzip-stream';

/** lib/internal/shared/artifact-twirp-client.js: `/twirp/${service}/${method}` on the results URL's origin. */
const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** @actions/cache lib/internal/shared/cacheTwirpClient.js `request`: the same shape for the cache service. */
const CACHE_TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';

export interface StoredArtifact {
  id: number;
  name: string;
  /** The committed blob: the zip the client streamed. */
  zip: Buffer;
  /** How many blocks the blob was committed from. */
  blocks: number;
  /** FinalizeArtifact's `size` and `hash` as sent. */
  size: number;
  hash: string | null;
  /** CreateArtifact's `expires_at` (RFC 3339), when a retention was asked for. */
  expiresAt: string | null;
  mimeType: string | null;
}

export interface ServiceRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  bodyBytes: number;
  /** A Twirp request's JSON body, as sent. */
  body?: unknown;
}

export interface CacheEntry {
  id: number;
  key: string;
  /** The client's `getCacheVersion`: a hash of the paths and the compression method. */
  version: string;
  /** The ref whose runs wrote it. */
  scope: string;
  sig: string;
  data: Buffer | null;
  sizeBytes: number | null;
  finalized: boolean;
}

export interface SimulatedCacheService {
  /** The simulated run's cache scopes: it writes to `write` and reads `write`, then each of `read`. */
  scope: { write: string; read: string[] };
  /** Every entry created, finalized or not. */
  entries: CacheEntry[];
  /** Twirp cache requests by method, bodies as sent. */
  calls(method: 'GetCacheEntryDownloadURL' | 'CreateCacheEntry' | 'FinalizeCacheEntryUpload'): unknown[];
}

export interface SimulatedArtifactService {
  /** `ACTIONS_RESULTS_URL`. */
  url: string;
  /** `ACTIONS_RUNTIME_TOKEN` and `ACTIONS_RESULTS_URL` for the step's environment. */
  env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string };
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** Finalized artifacts by name. */
  artifacts: Map<string, StoredArtifact>;
  /** Every request, in order. */
  requests: ServiceRequest[];
  cache: SimulatedCacheService;
  close(): Promise<void>;
}

/**
 * An unsigned JWT (`alg: none`) whose `scp` claim carries `Actions.Results:<run>:<job>`, the scope
 * lib/internal/shared/util.js `getBackendIdsFromToken` reads with `jwt-decode` (which only decodes).
 */
export function runtimeToken(workflowRunBackendId: string, workflowJobRunBackendId: string): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${workflowRunBackendId}:${workflowJobRunBackendId}`,
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  return `${part({ typ: 'JWT', alg: 'none' })}.${part(claims)}.`;
}

interface PendingArtifact {
  name: string;
  blobKey: string;
  sig: string;
  expiresAt: string | null;
  mimeType: string | null;
  /** Staged, uncommitted blocks by block id. */
  staged: Map<string, Buffer>;
  committed: { data: Buffer; blocks: number } | null;
  finalized: boolean;
}

class TwirpError extends Error {
  constructor(
    readonly code: keyof typeof TWIRP_STATUS,
    message: string,
  ) {
    super(message);
  }
}

/** The Twirp error codes used here and the HTTP status the Twirp spec gives each. */
const TWIRP_STATUS = {
  bad_route: 404,
  malformed: 400,
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
} as const;

export async function startArtifactService(): Promise<SimulatedArtifactService> {
  const workflowRunBackendId = randomUuid();
  const workflowJobRunBackendId = randomUuid();
  const token = runtimeToken(workflowRunBackendId, workflowJobRunBackendId);
  const pending = new Map<string, PendingArtifact>();
  const byBlob = new Map<string, PendingArtifact>();
  const artifacts = new Map<string, StoredArtifact>();
  const requests: ServiceRequest[] = [];
  let nextId = 1000;
  let url = '';
  const cacheEntries: CacheEntry[] = [];
  const cache: SimulatedCacheService = {
    scope: { write: 'refs/heads/main', read: [] },
    entries: cacheEntries,
    calls: (method) =>
      requests
        .filter((request) => request.path === `${CACHE_TWIRP_PREFIX}${method}`)
        .map((request) => request.body),
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const parsed = new URL(req.url ?? '/', 'http://service');
    const request: ServiceRequest = {
      method: req.method ?? 'GET',
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
      headers: req.headers,
      bodyBytes: body.length,
    };
    requests.push(request);
    if (request.path.startsWith(CACHE_TWIRP_PREFIX)) return cacheTwirp(request, body, res);
    if (request.path.startsWith('/twirp/')) return twirp(request, body, res);
    if (request.path.startsWith('/blob/')) return blob(request, body, res);
    if (request.path.startsWith('/cache-blob/')) return cacheBlob(request, body, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`no route for ${request.path}`);
  }

  /**
   * Twirp JSON (lib/generated/results/api/v1/artifact.twirp-client.js): a POST with
   * `Content-Type: application/json`, the request in proto field names (`useProtoFieldName: true`),
   * a bearer token (artifact-twirp-client.js `BearerCredentialHandler`). Errors are Twirp's JSON
   * `{code, msg}` with the code's HTTP status; the client reports `(<status>) <status text>: <msg>`.
   */
  function twirp(request: ServiceRequest, body: Buffer, res: ServerResponse): void {
    try {
      if (request.method !== 'POST' || !request.path.startsWith(TWIRP_PREFIX)) {
        throw new TwirpError('bad_route', `no handler for ${request.method} ${request.path}`);
      }
      if (request.headers['authorization'] !== `Bearer ${token}`) {
        throw new TwirpError('unauthenticated', 'missing or wrong runtime token');
      }
      if (!String(request.headers['content-type']).startsWith('application/json')) {
        throw new TwirpError('bad_route', 'only the JSON protocol is served here');
      }
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        throw new TwirpError('malformed', 'the request body is not JSON');
      }
      if (
        message['workflow_run_backend_id'] !== workflowRunBackendId ||
        message['workflow_job_run_backend_id'] !== workflowJobRunBackendId
      ) {
        throw new TwirpError('permission_denied', 'backend ids do not match the runtime token scope');
      }
      const method = request.path.slice(TWIRP_PREFIX.length);
      switch (method) {
        case 'CreateArtifact':
          return sendJson(res, 200, createArtifact(message));
        case 'FinalizeArtifact':
          return sendJson(res, 200, finalizeArtifact(message));
        default:
          throw new TwirpError('bad_route', `method ${method} is not simulated`);
      }
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      sendJson(res, TWIRP_STATUS[error.code], { code: error.code, msg: error.message });
    }
  }

  /**
   * upload-artifact.js sends `name`, `version` 7, `mime_type` (a StringValue, bare in JSON) and, with
   * a retention, `expires_at`. The name is unique per workflow run: the real service answers a
   * second one with 409 `already_exists` and the message below (the error users of
   * upload-artifact@v4 see: "Failed request: (409) Conflict: an artifact with this name already
   * exists on the workflow run").
   */
  function createArtifact(message: Record<string, unknown>): Record<string, unknown> {
    const name = message['name'];
    if (typeof name !== 'string' || name === '') throw new TwirpError('invalid_argument', 'name is required');
    if (message['version'] !== 7) throw new TwirpError('invalid_argument', 'unsupported artifact version');
    if (pending.has(name)) {
      throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    }
    const blobKey = `${workflowRunBackendId}/${workflowJobRunBackendId}/${createHash('sha256').update(name).digest('hex')}.zip`;
    const artifact: PendingArtifact = {
      name,
      blobKey,
      sig: randomBytes(24).toString('base64url'),
      expiresAt: typeof message['expires_at'] === 'string' ? message['expires_at'] : null,
      mimeType: typeof message['mime_type'] === 'string' ? message['mime_type'] : null,
      staged: new Map(),
      committed: null,
      finalized: false,
    };
    pending.set(name, artifact);
    byBlob.set(blobKey, artifact);
    // A SAS-style URL on this server: the `sig` is the credential (util.js masks it in logs).
    const signed = `${url}/blob/${blobKey}?sv=2019-12-12&sr=b&sp=cw&se=${encodeURIComponent(
      new Date(Date.now() + 3_600_000).toISOString(),
    )}&sig=${artifact.sig}`;
    return { ok: true, signed_upload_url: signed };
  }

  /**
   * upload-artifact.js sends `size` (an int64, a string in JSON) and `hash` (`sha256:<hex>` of the
   * streamed zip, blob-upload.js). The blob must be committed and match both.
   */
  function finalizeArtifact(message: Record<string, unknown>): Record<string, unknown> {
    const name = String(message['name'] ?? '');
    const artifact = pending.get(name);
    if (!artifact) throw new TwirpError('not_found', `no artifact named ${name} was created`);
    if (artifact.finalized)
      throw new TwirpError('failed_precondition', `artifact ${name} is already finalized`);
    if (!artifact.committed)
      throw new TwirpError('failed_precondition', `artifact ${name} has no committed blob`);
    const size = Number(message['size'] ?? 0);
    if (size !== artifact.committed.data.length) {
      throw new TwirpError(
        'invalid_argument',
        `size ${size} does not match the uploaded blob (${artifact.committed.data.length} bytes)`,
      );
    }
    const hash = typeof message['hash'] === 'string' ? message['hash'] : null;
    const actual = `sha256:${createHash('sha256').update(artifact.committed.data).digest('hex')}`;
    if (hash !== null && hash !== actual) {
      throw new TwirpError('invalid_argument', `hash ${hash} does not match the uploaded blob (${actual})`);
    }
    artifact.finalized = true;
    const id = nextId++;
    artifacts.set(name, {
      id,
      name,
      zip: artifact.committed.data,
      blocks: artifact.committed.blocks,
      size,
      hash,
      expiresAt: artifact.expiresAt,
      mimeType: artifact.mimeType,
    });
    return { ok: true, artifact_id: String(id) };
  }

  /**
   * Azure block blobs as `BlockBlobClient.uploadStream` uses them (@azure/storage-blob
   * dist/esm/Clients.js): every buffer of up to 8 MiB is a `PUT ?comp=block&blockid=<base64>`
   * (`stageBlock`, answered 201), then one `PUT ?comp=blocklist` whose XML body lists the blocks
   * (`commitBlockList`, 201); the blob is the blocks in list order. It never sends a single-shot PUT
   * on this path. Errors are Azure's XML `<Error><Code/><Message/></Error>` with `x-ms-error-code`.
   */
  function blob(request: ServiceRequest, body: Buffer, res: ServerResponse): void {
    const key = request.path.slice('/blob/'.length);
    const artifact = byBlob.get(key);
    if (!artifact) return azureError(res, 404, 'BlobNotFound', `no blob ${key}`);
    if (request.query['sig'] !== artifact.sig)
      return azureError(res, 403, 'AuthenticationFailed', 'bad signature');
    if (request.method !== 'PUT') return azureError(res, 405, 'UnsupportedHttpVerb', request.method);
    if (artifact.finalized) return azureError(res, 409, 'BlobImmutable', 'the artifact is finalized');
    const comp = request.query['comp'];
    if (comp === 'block') {
      const blockId = request.query['blockid'];
      if (!blockId) return azureError(res, 400, 'InvalidQueryParameterValue', 'blockid is required');
      if (Number(request.headers['content-length']) !== body.length) {
        return azureError(res, 400, 'InvalidHeaderValue', 'Content-Length does not match the body');
      }
      artifact.staged.set(blockId, body);
      return azureCreated(res);
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted)>([^<]*)<\/\1>/g)].map(
        (m) => m[2]!,
      );
      if (ids.length === 0) return azureError(res, 400, 'InvalidBlockList', 'the block list is empty');
      const parts: Buffer[] = [];
      for (const id of ids) {
        const block = artifact.staged.get(id);
        if (!block) return azureError(res, 400, 'InvalidBlockList', `block ${id} was not staged`);
        parts.push(block);
      }
      artifact.committed = { data: Buffer.concat(parts), blocks: ids.length };
      artifact.staged.clear();
      return azureCreated(res);
    }
    return azureError(res, 400, 'InvalidQueryParameterValue', `comp=${comp ?? ''} is not simulated`);
  }

  /**
   * The cache service's Twirp JSON methods (@actions/cache lib/generated/results/api/v1/
   * cache.twirp-client.js `CacheServiceClientJSON`: proto field names, `emitDefaultValues: false`),
   * with the same bearer token as the artifact calls (cacheTwirpClient.js `BearerCredentialHandler`).
   */
  function cacheTwirp(request: ServiceRequest, body: Buffer, res: ServerResponse): void {
    try {
      if (request.method !== 'POST') throw new TwirpError('bad_route', `no handler for ${request.method}`);
      if (request.headers['authorization'] !== `Bearer ${token}`) {
        throw new TwirpError('unauthenticated', 'missing or wrong runtime token');
      }
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        throw new TwirpError('malformed', 'the request body is not JSON');
      }
      request.body = message;
      const method = request.path.slice(CACHE_TWIRP_PREFIX.length);
      switch (method) {
        case 'GetCacheEntryDownloadURL':
          return sendJson(res, 200, getCacheEntryDownloadUrl(message));
        case 'CreateCacheEntry':
          return sendJson(res, 200, createCacheEntry(message));
        case 'FinalizeCacheEntryUpload':
          return sendJson(res, 200, finalizeCacheEntryUpload(message));
        default:
          throw new TwirpError('bad_route', `method ${method} is not simulated`);
      }
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      sendJson(res, TWIRP_STATUS[error.code], { code: error.code, msg: error.message });
    }
  }

  function readableScopes(): string[] {
    return [cache.scope.write, ...cache.scope.read.filter((scope) => scope !== cache.scope.write)];
  }

  function requireString(message: Record<string, unknown>, field: string): string {
    const value = message[field];
    if (typeof value !== 'string' || value === '')
      throw new TwirpError('invalid_argument', `${field} is required`);
    return value;
  }

  /**
   * cache.js `restoreCacheV2` sends `key`, `restore_keys` and `version`, and reads `ok`,
   * `signed_download_url` and `matched_key`; `ok: false` is a miss. As on GitHub, the exact key is
   * looked for first in each readable scope in order, then each restore key as a prefix, newest first.
   */
  function getCacheEntryDownloadUrl(message: Record<string, unknown>): Record<string, unknown> {
    const key = requireString(message, 'key');
    const version = requireString(message, 'version');
    const restoreKeys = Array.isArray(message['restore_keys']) ? (message['restore_keys'] as string[]) : [];
    const visible = cacheEntries.filter((entry) => entry.finalized && entry.version === version);
    for (const wanted of [key, ...restoreKeys]) {
      for (const scope of readableScopes()) {
        const inScope = visible.filter((entry) => entry.scope === scope);
        const match =
          inScope.find((entry) => entry.key === wanted) ??
          (wanted === key ? undefined : inScope.reverse().find((entry) => entry.key.startsWith(wanted)));
        if (match) {
          return {
            ok: true,
            signed_download_url: `${url}/cache-blob/${match.id}?sv=2019-12-12&sr=b&sp=r&sig=${match.sig}`,
            matched_key: match.key,
          };
        }
      }
    }
    return { ok: false };
  }

  /**
   * cache.js `saveCacheV2` sends `key` and `version`, and reads `ok` and `signed_upload_url`. Entries
   * are immutable: a key and version already in the run's write scope is refused (the client then
   * reports "another job may be creating this cache" and returns -1).
   */
  function createCacheEntry(message: Record<string, unknown>): Record<string, unknown> {
    const key = requireString(message, 'key');
    const version = requireString(message, 'version');
    const scope = cache.scope.write;
    if (
      cacheEntries.some((entry) => entry.key === key && entry.version === version && entry.scope === scope)
    ) {
      throw new TwirpError('already_exists', `cache entry ${key} already exists in ${scope}`);
    }
    const entry: CacheEntry = {
      id: nextId++,
      key,
      version,
      scope,
      sig: randomBytes(24).toString('base64url'),
      data: null,
      sizeBytes: null,
      finalized: false,
    };
    cacheEntries.push(entry);
    return {
      ok: true,
      signed_upload_url: `${url}/cache-blob/${entry.id}?sv=2019-12-12&sr=b&sp=cw&sig=${entry.sig}`,
    };
  }

  /** cache.js `saveCacheV2` sends `key`, `version` and `size_bytes` (an int64: a string in JSON). */
  function finalizeCacheEntryUpload(message: Record<string, unknown>): Record<string, unknown> {
    const key = requireString(message, 'key');
    const version = requireString(message, 'version');
    const entry = cacheEntries.find(
      (candidate) =>
        candidate.key === key && candidate.version === version && candidate.scope === cache.scope.write,
    );
    if (!entry) throw new TwirpError('not_found', `no cache entry ${key} was created`);
    if (entry.finalized)
      throw new TwirpError('failed_precondition', `cache entry ${key} is already finalized`);
    if (entry.data === null) throw new TwirpError('failed_precondition', `cache entry ${key} has no blob`);
    const size = Number(message['size_bytes'] ?? -1);
    if (size !== entry.data.length) {
      throw new TwirpError(
        'invalid_argument',
        `size_bytes ${size} does not match the blob (${entry.data.length})`,
      );
    }
    entry.sizeBytes = size;
    entry.finalized = true;
    return { ok: true, entry_id: String(entry.id) };
  }

  /**
   * The archive blob. Upload: uploadUtils.js `uploadCacheArchiveSDK` calls `BlockBlobClient.uploadFile`
   * with `maxSingleShotSize` 128 MiB, so an archive this small arrives as one `Put Blob` (a PUT with
   * `x-ms-blob-type: BlockBlob` and the whole body; @azure/storage-blob `uploadSeekableInternal`).
   * Download: downloadUtils.js `downloadCacheHttpClient` GETs a URL outside `blob.core.windows.net`
   * and checks the length against `Content-Length`.
   */
  function cacheBlob(request: ServiceRequest, body: Buffer, res: ServerResponse): void {
    const id = Number(request.path.slice('/cache-blob/'.length));
    const entry = cacheEntries.find((candidate) => candidate.id === id);
    if (!entry) return azureError(res, 404, 'BlobNotFound', `no blob ${id}`);
    if (request.query['sig'] !== entry.sig)
      return azureError(res, 403, 'AuthenticationFailed', 'bad signature');
    if (request.method === 'GET') {
      if (!entry.finalized || entry.data === null)
        return azureError(res, 404, 'BlobNotFound', 'not committed');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': entry.data.length });
      res.end(entry.data);
      return;
    }
    if (request.method !== 'PUT') return azureError(res, 405, 'UnsupportedHttpVerb', request.method);
    if (entry.finalized) return azureError(res, 409, 'BlobImmutable', 'the entry is finalized');
    if (request.headers['x-ms-blob-type'] !== 'BlockBlob' || request.query['comp'] !== undefined) {
      return azureError(res, 400, 'InvalidQueryParameterValue', 'only a single-shot Put Blob is simulated');
    }
    if (Number(request.headers['content-length']) !== body.length) {
      return azureError(res, 400, 'InvalidHeaderValue', 'Content-Length does not match the body');
    }
    entry.data = body;
    return azureCreated(res);
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${url}/` },
    workflowRunBackendId,
    workflowJobRunBackendId,
    artifacts,
    requests,
    cache,
    close: () =>
      new Promise<void>((done, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : done()));
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function azureCreated(res: ServerResponse): void {
  res.writeHead(201, {
    'x-ms-request-id': randomUuid(),
    'x-ms-version': '2025-11-05',
    'x-ms-request-server-encrypted': 'true',
    etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
    'last-modified': new Date().toUTCString(),
  });
  res.end();
}

function azureError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
  res.end(
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

/** Unpack a zip into `dir` (refusing entries that would leave it); returns the file paths, sorted. */
export async function unzipTo(zip: Buffer, dir: string): Promise<string[]> {
  const files: string[] = [];
  const writes: Promise<void>[] = [];
  await new Promise<void>((done, reject) => {
    const parser = Parse();
    parser.on('entry', (entry: Entry) => {
      const target = resolve(dir, entry.path);
      if (target !== resolve(dir) && !target.startsWith(resolve(dir) + sep)) {
        reject(new Error(`zip entry ${entry.path} leaves ${dir}`));
        entry.autodrain();
        return;
      }
      if (entry.type === 'Directory') {
        entry.autodrain();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      writes.push(
        new Promise<void>((written, failed) => {
          entry.on('error', failed);
          entry.on('end', () => {
            files.push(relative(dir, target));
            void mkdir(dirname(target), { recursive: true })
              .then(() => writeFile(target, Buffer.concat(chunks)))
              .then(written, failed);
          });
        }),
      );
    });
    parser.on('error', reject);
    parser.on('close', done);
    Readable.from([zip]).pipe(parser);
  });
  await Promise.all(writes);
  return files.sort();
}
