/**
 * A stand-in for the GitHub REST API: a `node:http` server on 127.0.0.1 with pluggable routes that
 * records every request. Simulated, not GitHub: it implements only the endpoints the tests use,
 * with GitHub's pagination (`Link` header) and the PR files cap.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface StubResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as is when a string or a Buffer (binary, e.g. a zip); otherwise serialised as JSON. */
  body?: unknown;
}

export type StubHandler = (request: StubRequest, params: Record<string, string>) => StubResponse;

export interface GithubStub {
  /** Base URL to use as `GITHUB_API_URL`. */
  url: string;
  /** Every request received, in order (unrouted ones too). */
  requests: StubRequest[];
  /** Route `METHOD /path/:param/...`; later routes win over earlier ones for the same request. */
  route(pattern: string, handler: StubHandler): void;
  close(): Promise<void>;
}

export async function startGithubStub(): Promise<GithubStub> {
  const routes: Array<{ method: string; regex: RegExp; names: string[]; handler: StubHandler }> = [];
  const requests: StubRequest[] = [];

  const server = createServer((req, res) => {
    // Deliberately not awaited (a request listener returns nothing). A route handler that throws,
    // a failed `expect` included, answers 500 so the client does not hang, and the rethrown error
    // surfaces as an uncaught rejection, which jest reports against the running test.
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
      throw error;
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://stub');
    const request: StubRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(request);
    for (const route of [...routes].reverse()) {
      if (route.method !== request.method) continue;
      const match = route.regex.exec(request.path);
      if (!match) continue;
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]),
      );
      send(res, route.handler(request, params));
      return;
    }
    send(res, { status: 404, body: { message: `stub has no route for ${request.method} ${request.path}` } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    requests,
    route(pattern, handler) {
      const [method, path] = pattern.split(' ', 2) as [string, string];
      const names: string[] = [];
      const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      routes.push({ method, regex: new RegExp(`^${source}$`), names, handler });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function send(res: ServerResponse, response: StubResponse): void {
  const body =
    typeof response.body === 'string' || Buffer.isBuffer(response.body)
      ? response.body
      : JSON.stringify(response.body ?? null);
  res.writeHead(response.status ?? 200, {
    'content-type': 'application/json; charset=utf-8',
    ...response.headers,
  });
  res.end(body);
}

export interface StubPullRequestFile {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

/** GitHub lists at most this many files for a PR, however many it has. */
export const STUB_PR_FILES_CAP = 3000;

/**
 * Serve `GET /repos/{owner}/{repo}/pulls/{number}/files` like GitHub: `per_page` (default 30, max
 * 100), `page` (1-based), a `Link` header with `next`/`last`, and the 3000-file cap.
 */
export function routePullRequestFiles(
  stub: GithubStub,
  pr: { owner: string; repo: string; number: number; files: readonly StubPullRequestFile[] },
): void {
  const listed = pr.files.slice(0, STUB_PR_FILES_CAP);
  stub.route(`GET /repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/files`, (request): StubResponse => {
    const perPage = Math.min(Number(request.query['per_page'] ?? 30), 100);
    const page = Number(request.query['page'] ?? 1);
    const last = Math.max(1, Math.ceil(listed.length / perPage));
    const slice = listed.slice((page - 1) * perPage, page * perPage);
    const link = (p: number): string =>
      `<${stub.url}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/files?per_page=${perPage}&page=${p}>`;
    const links: string[] = [];
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    return {
      headers: links.length > 0 ? { link: links.join(', ') } : ({} as Record<string, string>),
      body: slice.map((file, i) => ({
        sha: String(i).padStart(40, '0'),
        filename: file.filename,
        status: file.status ?? 'modified',
        additions: 1,
        deletions: 0,
        changes: 1,
        ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
      })),
    };
  });
}
