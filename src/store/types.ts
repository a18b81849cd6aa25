// The store's small interface. SQLite (better-sqlite3) is the embedded default; a PostgreSQL/PostGIS
// backend for shared deployments will implement the same interface.
import type { ProcessedReport } from '../core/types.js';

export interface SaveResult {
  /** false when a report with the same content hash was already stored (nothing changed). */
  stored: boolean;
  reportId: number | null;
  mentions: number;
}

export interface ResolveSummary {
  mentions: number;
  events: number;
  created: number;
  updated: number;
}

export interface Store {
  readonly path: string;
  hasReport(hash: string): boolean;
  /** Store one processed report, its places and event mentions in one transaction; idempotent by hash. */
  saveProcessed(p: ProcessedReport): SaveResult;
  /** Fold mentions not yet resolved into events (incremental, deterministic). */
  resolvePending(): ResolveSummary;
  close(): void;
}
