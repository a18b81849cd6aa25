// A canonical dump of a sitrep database: every content table's rows, sorted, with what legitimately
// differs between an interrupted-and-resumed run and an uninterrupted one removed (batch numbers,
// timestamps, autoincrement ids, which are replaced by the stable keys they stand for).
import Database from 'better-sqlite3';

const CONTENT_TABLES = [
  'reports', 'entries', 'zones', 'places', 'mentions', 'event_mentions', 'event_sources', 'events', 'contradictions', 'control',
];
const VOLATILE = new Set(['stored_at', 'batch', 'created_batch', 'updated_batch', 'at', 'applied_at', 'started_at']);
const SURROGATE_ID_TABLES = new Set(['reports', 'mentions', 'places', 'contradictions', 'control']);

export function canonicalDump(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((r) => r.name));
    const reportKey = new Map<number, string>();
    for (const r of db.prepare('SELECT id, hash FROM reports').all() as { id: number; hash: string }[]) reportKey.set(r.id, r.hash);
    const mentionKey = new Map<number, string>();
    if (tables.has('mentions')) {
      for (const r of db.prepare('SELECT id, key FROM mentions').all() as { id: number; key: string }[]) mentionKey.set(r.id, r.key);
    }
    const out: Record<string, string[]> = {};
    for (const table of CONTENT_TABLES) {
      if (!tables.has(table)) continue;
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      out[table] = rows
        .map((row) => {
          const canon: Record<string, unknown> = {};
          for (const [col, value] of Object.entries(row)) {
            if (VOLATILE.has(col)) continue;
            if (col === 'id' && SURROGATE_ID_TABLES.has(table)) continue;
            if (col === 'report_id') canon[col] = reportKey.get(value as number) ?? `missing report ${value}`;
            else if (col === 'mention_id' || col === 'mention_a' || col === 'mention_b') canon[col] = mentionKey.get(value as number) ?? `missing mention ${value}`;
            else canon[col] = value;
          }
          return JSON.stringify(canon);
        })
        .sort();
    }
    return out;
  } finally {
    db.close();
  }
}

export function countRows(path: string, table: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or locked mid-migration
  }
}

/** A short account of how two dumps differ (row counts and a few differing rows), or '' if equal. */
export function diffDumps(actual: Record<string, string[]>, expected: Record<string, string[]>, limit = 3): string {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const a = actual[table] ?? [];
    const e = expected[table] ?? [];
    const aSet = new Set(a);
    const eSet = new Set(e);
    const extra = a.filter((r) => !eSet.has(r));
    const missing = e.filter((r) => !aSet.has(r));
    if (!extra.length && !missing.length && a.length === e.length) continue;
    out.push(`${table}: ${a.length} rows, expected ${e.length}; ${extra.length} unexpected, ${missing.length} missing`);
    for (const r of extra.slice(0, limit)) out.push(`  + ${r.slice(0, 400)}`);
    for (const r of missing.slice(0, limit)) out.push(`  - ${r.slice(0, 400)}`);
  }
  return out.join('\n');
}
