// The HTTP API under /api: read routes over the store's read API, ingest through a writer.
import { z } from 'zod';
import { sendJson, sendJsonText, readJson, Router, type RequestContext } from './http.js';
import { ResponseCache } from './cache.js';
import { HttpError, notFound } from './errors.js';
import type { Workspace } from './workspace.js';
import {
  checkParams,
  parseBucket,
  parseControlQuery,
  parseExportFormat,
  parseFilter,
  parseIngestBody,
  parsePaging,
  parsePlacesQuery,
  parseZoom,
  type ExportFormat,
  type IngestReportInput,
} from './schemas.js';
import { requireWriteAccess } from './auth.js';
import { openApiDocument } from './openapi.js';
import type { ApiIngestResult } from '../web/api-types.js';
import type { EventFilters, StoreReader } from '../store/read.js';
import { streamChunks } from './http.js';

export interface WorkspaceWriter {
  ingest(reports: IngestReportInput[]): Promise<ApiIngestResult>;
}

/** The selection as an export file's text chunks. */
export type Exporter = (reader: StoreReader, filters: EventFilters, format: ExportFormat) => Iterator<string>;

export interface ApiOptions {
  workspace: Workspace;
  writer: WorkspaceWriter | null;
  exporter: Exporter;
  /** Bearer token for writing, or null (loopback only). */
  token: string | null;
  /** Largest accepted request body, bytes. */
  bodyLimit: number;
  /** Keep answers until the database changes (default true). */
  cache?: boolean;
}

const EXPORT_TYPES: Record<ExportFormat, { type: string; ext: string }> = {
  'acled-csv': { type: 'text/csv; charset=utf-8', ext: 'csv' },
  geojson: { type: 'application/geo+json; charset=utf-8', ext: 'geojson' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
};

const conflictQuery = z.object({
  kind: z.enum(['toll', 'denial', 'actor', 'withdrawal', 'control']).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export function apiRouter(opts: ApiOptions): Router {
  const ws = opts.workspace;
  const q = (c: RequestContext) => c.url.searchParams;
  const r = new Router();
  const cache = opts.cache === false ? null : new ResponseCache();
  /** Answers a read from the cache when the database has not changed since it was computed. */
  const read = (c: RequestContext, compute: () => unknown) => {
    if (!cache) return sendJson(c.res, 200, compute());
    sendJsonText(c.res, 200, cache.get(ws.version(), c.url.pathname + c.url.search, compute));
  };

  r.on('GET', '/api/events', (c) => {
    const filter = parseFilter(q(c));
    const page = parsePaging(q(c));
    read(c, () => ws.reader.listEvents(filter, { limit: page.limit, offset: page.offset, order: page.sort }));
  });
  r.on('GET', '/api/events/:id', (c) => {
    const detail = ws.reader.getEvent(c.params.id!);
    if (!detail) throw notFound(`No event ${c.params.id}.`);
    sendJson(c.res, 200, detail);
  });
  r.on('GET', '/api/timeline', (c) => {
    const filter = parseFilter(q(c));
    const bucket = parseBucket(q(c));
    read(c, () => ws.timeline(filter, bucket));
  });
  r.on('GET', '/api/map', (c) => {
    const filter = parseFilter(q(c));
    const zoom = parseZoom(q(c));
    read(c, () => ws.map(filter, zoom));
  });
  r.on('GET', '/api/places', (c) => {
    const { q: text, limit } = parsePlacesQuery(q(c));
    read(c, () => ({ places: ws.reader.listPlaces(text ?? '', limit) }));
  });
  r.on('GET', '/api/control', (c) => {
    const { place, on } = parseControlQuery(q(c));
    sendJson(c.res, 200, ws.reader.control(place, on ?? undefined));
  });
  r.on('GET', '/api/conflicts', (c) => {
    const f = checkParams(conflictQuery, q(c), 'invalid-conflicts-query');
    sendJson(c.res, 200, { conflicts: ws.reader.conflicts(f) });
  });
  r.on('GET', '/api/stats', (c) => sendJson(c.res, 200, ws.stats()));
  r.on('GET', '/api/openapi.json', (c) => sendJson(c.res, 200, openApiDocument()));
  r.on('GET', '/api/export', async (c) => {
    const filter = parseFilter(q(c));
    const format = parseExportFormat(q(c));
    const { type, ext } = EXPORT_TYPES[format];
    const chunks = opts.exporter(ws.reader, filter, format);
    // The first chunk is read before the headers go out, so that a failure to start is still a JSON error.
    const first = chunks.next();
    c.res.writeHead(200, {
      'content-type': type,
      'content-disposition': `attachment; filename="sitrep-events.${ext}"`,
      'cache-control': 'no-store',
    });
    if (c.req.method === 'HEAD') {
      c.res.end();
      return;
    }
    await streamChunks(c.res, first, chunks);
  });
  r.on('POST', '/api/ingest', async (c) => {
    requireWriteAccess(c.req, opts.token);
    if (!opts.writer) throw new HttpError(503, 'read-only', 'This server was started read-only.');
    const body = parseIngestBody(await readJson(c.req, opts.bodyLimit));
    sendJson(c.res, 200, await opts.writer.ingest(body.reports));
  });
  return r;
}
