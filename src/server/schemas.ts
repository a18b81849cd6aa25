// What the API accepts, checked with zod: query filters, paging and the ingest body.
// Bad input is a 400 with the offending parameter named, never a guess.
import { z } from 'zod';
import { EVENT_TYPES, SUB_EVENT_TYPE_LIST } from '../core/taxonomy.js';
import type { BBox, EventFilters, EventOrder } from '../store/read.js';
import { badRequest } from './errors.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), 'not a real date');

const text = z.string().trim().max(200, 'at most 200 characters');

/** Event statuses the store assigns from how reports agree (src/resolve). */
export const EVENT_STATUSES = ['single-source', 'corroborated', 'claimed', 'unverified', 'contested', 'denied'] as const;

function oneOf<T extends string>(allowed: readonly T[], what: string) {
  return z.enum(allowed as unknown as [T, ...T[]], { error: () => `unknown ${what}; expected one of: ${allowed.join(', ')}` });
}

const filterShape = {
  type: oneOf(EVENT_TYPES, 'event type').optional(),
  sub: oneOf(SUB_EVENT_TYPE_LIST, 'sub-event type').optional(),
  status: oneOf(EVENT_STATUSES, 'event status').optional(),
  actor: text.optional(),
  place: text.optional(),
  admin1: text.optional(),
  country: text.optional(),
  source: text.optional(),
  q: text.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  bbox: z
    .string()
    .transform((s) => s.split(',').map(Number))
    .refine((a) => a.length === 4 && a.every(Number.isFinite), 'expected west,south,east,north')
    .refine((a) => a[1]! >= -90 && a[3]! <= 90 && a[1]! <= a[3]!, 'south must be <= north, within -90..90')
    .optional(),
};

const pageShape = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  sort: z.enum(['date-desc', 'date-asc', 'fatalities-desc', 'sources-desc']).default('date-desc'),
};

export interface Paging {
  limit: number;
  offset: number;
  sort: EventOrder;
}

/** URLSearchParams as a plain object; a repeated parameter keeps its last value. */
function paramsObject(params: URLSearchParams, keys: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (!keys.has(key)) continue;
    const all = params.getAll(key);
    out[key] = all[all.length - 1];
  }
  return out;
}

export function check<T>(schema: z.ZodType<T>, input: unknown, code: string): T {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ param: i.path.join('.') || '(body)', message: i.message }));
  const first = issues[0]!;
  throw badRequest(code, `Invalid ${first.param}: ${first.message}.`, issues);
}

const filterSchema = z.object(filterShape);
const FILTER_KEYS = new Set(Object.keys(filterShape));

export function parseFilter(params: URLSearchParams): EventFilters {
  const f = check(filterSchema, paramsObject(params, FILTER_KEYS), 'invalid-filter');
  if (f.from && f.to && f.from > f.to) throw badRequest('invalid-filter', 'Invalid from/to: from is after to.');
  const out: EventFilters = {};
  if (f.type) out.type = f.type;
  if (f.sub) out.subType = f.sub;
  if (f.status) out.status = f.status;
  for (const k of ['actor', 'place', 'admin1', 'country', 'source', 'q', 'from', 'to'] as const) if (f[k]) out[k] = f[k];
  if (f.bbox) out.bbox = f.bbox as BBox;
  return out;
}

const pageSchema = z.object(pageShape);
export function parsePaging(params: URLSearchParams): Paging {
  return check(pageSchema, paramsObject(params, new Set(Object.keys(pageShape))), 'invalid-paging');
}

export function parseBucket(params: URLSearchParams): 'day' | 'week' | 'month' | 'auto' {
  return check(z.enum(['day', 'week', 'month', 'auto']).default('auto'), params.get('bucket') ?? undefined, 'invalid-bucket');
}

export function parseZoom(params: URLSearchParams): number {
  return check(z.coerce.number().int().min(0).max(20).default(6), params.get('zoom') ?? undefined, 'invalid-zoom');
}

export const exportFormats = ['acled-csv', 'geojson', 'jsonl'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export function parseExportFormat(params: URLSearchParams): ExportFormat {
  return check(z.enum(exportFormats, { error: () => `expected one of ${exportFormats.join(', ')}` }), params.get('format') ?? undefined, 'invalid-format');
}

export function parseControlQuery(params: URLSearchParams): { place: string; on: string | null } {
  const r = check(
    z.object({ place: z.string().trim().min(1, 'name a place').max(200), on: isoDate.optional() }),
    { place: params.get('place') ?? undefined, on: params.get('on') ?? undefined },
    'invalid-control-query',
  );
  return { place: r.place, on: r.on ?? null };
}

export function parsePlacesQuery(params: URLSearchParams): { q: string | null; limit: number } {
  const r = check(
    z.object({ q: text.optional(), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
    { q: params.get('q') ?? undefined, limit: params.get('limit') ?? undefined },
    'invalid-places-query',
  );
  return { q: r.q || null, limit: r.limit };
}

const ingestReport = z
  .object({
    id: z.string().trim().min(1).max(500),
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    title: z.string().max(1000).nullish(),
    date: isoDate.nullish(),
    source: z.string().max(300).nullish(),
    url: z.string().max(2000).nullish(),
  })
  .strict()
  .refine((r) => (r.text === undefined) !== (r.html === undefined), 'give exactly one of text or html');

export const ingestBodySchema = z.object({ reports: z.array(ingestReport).min(1, 'send at least one report').max(1000) }).strict();
export type IngestBody = z.infer<typeof ingestBodySchema>;

export function parseIngestBody(body: unknown): IngestBody {
  return check(ingestBodySchema, body, 'invalid-body');
}

/** Check a route's own query parameters (those named in the schema) against a zod object. */
export function checkParams<T>(schema: z.ZodObject & z.ZodType<T>, params: URLSearchParams, code: string): T {
  return check(schema, paramsObject(params, new Set(Object.keys(schema.shape))), code);
}

export type IngestReportInput = IngestBody['reports'][number];
