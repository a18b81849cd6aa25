// The workspace server: static page + /api, on node:http. One JSON error shape, no stack traces.
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { apiRouter, type Exporter, type WorkspaceWriter } from './api.js';
import { HttpError } from './errors.js';
import { sendError } from './http.js';
import type { Workspace } from './workspace.js';
import { PACKAGE_ROOT, resolveStatic, serveFile } from './static.js';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface ServerOptions {
  workspace: Workspace;
  writer?: WorkspaceWriter | null;
  exporter: Exporter;
  token?: string | null;
  bodyLimit?: number;
  /** Directory of the built page; default dist/web. */
  webRoot?: string;
  /** Keep read answers until the database changes (default true). */
  cache?: boolean;
  /** Called with one line per failed request (500s), for the console. */
  log?: (line: string) => void;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Everything the page needs is served from here: nothing may be fetched from elsewhere.
  'content-security-policy':
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'",
};

export function createWorkspaceServer(opts: ServerOptions): Server {
  const router = apiRouter({
    workspace: opts.workspace,
    writer: opts.writer ?? null,
    exporter: opts.exporter,
    token: opts.token ?? null,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    cache: opts.cache ?? true,
  });
  const webRoot = opts.webRoot ?? join(PACKAGE_ROOT, 'dist', 'web');
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));

  return createServer(async (req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const found = router.match(method, url.pathname);
        if (found instanceof HttpError) throw found;
        await found.handler({ req, res, url, params: found.params });
        return;
      }
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method-not-allowed', `${method} is not allowed here.`);
      const file = resolveStatic(url.pathname, { web: webRoot });
      if (!file) {
        if (url.pathname === '/' || url.pathname === '/index.html') {
          throw new HttpError(503, 'page-not-built', 'The web page is not built: run `npm run build` (or `node src/web/build.mjs`).');
        }
        throw new HttpError(404, 'not-found', `No file ${url.pathname}.`);
      }
      serveFile(req, res, file);
    } catch (err) {
      if (err instanceof HttpError) {
        sendError(res, err);
        return;
      }
      log(`sitrep serve: ${req.method} ${req.url}: ${err instanceof Error ? err.message : String(err)}`);
      sendError(res, new HttpError(500, 'internal', 'The server failed to answer this request; see its console.'));
    }
  });
}
