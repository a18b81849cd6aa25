// The ingest contract (re-exported by ./index.ts).
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
