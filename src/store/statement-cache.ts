// Prepared statements cached per connection, least recently used out first: resolution and the
// merges it makes run the same few statements hundreds of thousands of times.
import type Database from 'better-sqlite3';

type DB = Database.Database;

const statements = new WeakMap<DB, Map<string, Database.Statement>>();

/**
 * Statements kept per connection at most. Each compiled statement holds native memory SQLite's
 * page cache does not count (an UPDATE of events, with its twenty indexes and triggers, tens of KB);
 * the set of distinct statements is bounded by design (grouped updates, below), and this cap keeps
 * any statement shape that varies with the data from growing memory with the database.
 */
export const STATEMENT_CACHE_LIMIT = 256;

/**
 * Prepared statements are cached per connection: resolution runs the same few thousands of times.
 * Least recently used first out (a Map keeps insertion order: a hit moves to the end).
 */
export function prep(db: DB, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let st = cache.get(sql);
  if (st) {
    cache.delete(sql);
    cache.set(sql, st);
    return st;
  }
  cache.set(sql, (st = db.prepare(sql)));
  if (cache.size > STATEMENT_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return st;
}

/** How many statements are cached for this connection (tests and the bench watch it stay bounded). */
export function cachedStatements(db: DB): number {
  return statements.get(db)?.size ?? 0;
}
