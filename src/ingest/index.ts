// PLACEHOLDER until ingest lands: the signatures are the contract.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Message, Report } from '../core/types.js';

export interface IngestOptions {
  /** Publication date override (YYYY-MM-DD), from --date. */
  date?: string | null;
}

export type IngestItem = { ok: true; report: Report } | { ok: false; message: Message };

export interface ReportMeta {
  id?: string;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
  origin?: string;
}

export function reportFromText(text: string, meta: ReportMeta = {}): Report {
  return {
    id: meta.id ?? 'text',
    text,
    title: meta.title ?? null,
    published: meta.date ?? null,
    publishedFrom: meta.date ? 'metadata' : null,
    publishedSpan: null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    format: 'txt',
    origin: meta.origin ?? meta.id ?? 'text',
    hash: createHash('sha256').update(text).digest('hex'),
    entries: [{ index: 0, start: 0, end: text.length, headline: null, date: null }],
    zones: [{ kind: 'body', start: 0, end: text.length, entry: 0 }],
    toponyms: null,
    language: null,
    messages: [],
  };
}

export async function* ingestPaths(paths: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  for (const p of paths) {
    const text = await readFile(p, 'utf8');
    const r = reportFromText(text, { id: p, origin: p });
    if (opts.date) {
      r.published = opts.date;
      r.publishedFrom = 'override';
    }
    yield { ok: true, report: r };
  }
}
