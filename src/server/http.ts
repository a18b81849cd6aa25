// Small HTTP helpers over node:http: JSON replies, bounded body reading, a method+path router.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, errorBody } from './errors.js';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Promise<void> | void;

interface Route {
  method: string;
  path: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

/** Routes like '/api/events/:id'; a parameter matches one path segment. */
export class Router {
  private routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const source = path
      .split('/')
      .map((seg) => {
        if (seg.startsWith(':')) {
          names.push(seg.slice(1));
          return '([^/]+)';
        }
        return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method, path, pattern: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  /** Every route as [method, path], for the API description's completeness check. */
  list(): [string, string][] {
    return this.routes.map((r) => [r.method, r.path]);
  }

  /** The handler for a request, or an HttpError: 404 for an unknown path, 405 for a known path with the wrong method. */
  match(method: string, pathname: string): { handler: Handler; params: Record<string, string> } | HttpError {
    const allowed: string[] = [];
    for (const r of this.routes) {
      const m = r.pattern.exec(pathname);
      if (!m) continue;
      if (r.method !== method && !(method === 'HEAD' && r.method === 'GET')) {
        allowed.push(r.method);
        continue;
      }
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => {
        params[n] = safeDecode(m[i + 1]!);
      });
      return { handler: r.handler, params };
    }
    if (allowed.length) return new HttpError(405, 'method-not-allowed', `${method} is not allowed here; use ${allowed.join(' or ')}.`);
    return new HttpError(404, 'not-found', `No API route ${pathname}.`);
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new HttpError(400, 'bad-path', 'The path is not valid percent-encoding.');
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

export function sendJsonText(res: ServerResponse, status: number, data: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : data);
}

export function sendError(res: ServerResponse, err: HttpError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  if (err.status === 401) headers['www-authenticate'] = 'Bearer realm="sitrep"';
  sendJson(res, err.status, errorBody(err), headers);
}

/** Read a request body up to `limit` bytes; beyond it the answer is 413 and the rest is not read. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(tooLarge(limit));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!failed) reject(new HttpError(400, 'body-read', `The request body could not be read: ${e.message}`));
    });
  });
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'body-too-large', `The request body is larger than the limit of ${limit} bytes.`);
}

export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported-media-type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const body = await readBody(req, limit);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new HttpError(400, 'invalid-json', `The body is not valid JSON: ${(e as Error).message}`);
  }
}

/** Writes chunks to the response, waiting for the socket to drain: a large export never sits whole in memory. */
export async function streamChunks(res: ServerResponse, first: IteratorResult<string>, rest: Iterator<string>): Promise<void> {
  let next = first;
  let buffered: string[] = [];
  let size = 0;
  while (!next.done) {
    buffered.push(next.value);
    size += next.value.length;
    // Small chunks (one CSV line each) are gathered into ~64 KB writes.
    if (size >= 65_536) {
      if (!res.write(buffered.join(''))) await new Promise<void>((resolve) => res.once('drain', resolve));
      buffered = [];
      size = 0;
    }
    if (res.destroyed) return;
    next = rest.next();
  }
  res.end(buffered.join(''));
}
