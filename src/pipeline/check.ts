// Database integrity for `sitrep check`: SQLite's page-level integrity check and foreign-key check,
// that the file is a sitrep database at all, then the store's own consistency checks (mentions that
// belong to no event, stale counts, mentions left unresolved by an interrupted run).
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { UsageError } from '../cli/errors.js';
import { openStore } from '../store/sqlite.js';

export interface CheckResult {
  /** What was checked, for the success line. */
  checks: string[];
  /** One line per problem found; empty when the database is sound. */
  problems: string[];
}

const REQUIRED_TABLES = ['reports', 'mentions', 'events'];

export function checkDatabase(path: string): CheckResult {
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (give one with --db, or create it with \`sitrep run\`)`);
  if (!statSync(path).isFile()) throw new UsageError(`${path} is not a file`);
  const checks: string[] = [];
  const problems: string[] = [];
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    return { checks, problems: [`cannot open as SQLite: ${oneLine(err)}`] };
  }
  try {
    let integrity: string[];
    try {
      const rows = db.pragma('integrity_check') as Record<string, unknown>[];
      integrity = rows.map((r) => String(Object.values(r)[0]));
    } catch (err) {
      return { checks, problems: [`not a SQLite database or unreadable: ${oneLine(err)}`] };
    }
    checks.push('integrity');
    if (!(integrity.length === 1 && integrity[0] === 'ok')) problems.push(...integrity.map((l) => `integrity: ${l}`));

    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    checks.push('foreign keys');
    for (const r of fk.slice(0, 20)) problems.push(`foreign key: ${r.table} row ${r.rowid} points at a missing ${r.parent} row`);
    if (fk.length > 20) problems.push(`foreign key: ${fk.length - 20} more broken references`);

    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    checks.push('schema');
    if (missing.length) problems.push(`not a sitrep database: missing table(s) ${missing.join(', ')}`);
  } finally {
    db.close();
  }
  if (problems.length === 0) {
    checks.push('store consistency');
    // SQLite-level problems are already listed; keep the store's own findings.
    problems.push(...storeChecks(path).filter((p) => !/^(integrity|foreign key):/.test(p)));
  }
  return { checks, problems };
}

/** The store's own consistency checks (orphans, stale counts, unresolved mentions). */
function storeChecks(path: string): string[] {
  const store = openStore(path, { readonly: true });
  try {
    return store.check().problems;
  } finally {
    store.close();
  }
}

const oneLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 200);
