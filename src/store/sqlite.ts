// The SQLite store (better-sqlite3): WAL mode, foreign keys, numbered migrations, one transaction
// per report (a kill never leaves half a report) and idempotency by content hash (a rerun after a
// kill resumes exactly where it stopped).
import Database from 'better-sqlite3';
import type { EventMention, Message, ProcessedReport } from '../core/types.js';
import { isSubEventType, TERRITORY_SUB_EVENTS } from '../core/taxonomy.js';
import { MIGRATIONS } from './schema.js';
import { normPlace, outletOf, placeKey } from './names.js';
import { controlStatements } from '../resolve/statements.js';
import { StoreReader } from './read.js';
import type { ResolveSummary, SaveResult, Store } from './types.js';
import { resolvePending, type ResolveOptions } from './resolver.js';

type DB = Database.Database;

/** Page cache per connection, in KiB (negative: SQLite's unit for a size rather than pages). */
export const CACHE_KIB = -65536;

/** A passing description of who holds a place weighs less than a reported change of hands. */
const STATEMENT_CONFIDENCE = 0.4;
/** "Rebel-held eastern Aleppo" says the place is divided, not who holds it: listed, never decisive. */
const PARTIAL_STATEMENT_CONFIDENCE = 0.2;

export interface OpenOptions {
  /** Open without writing (query commands, the server). The file must exist. */
  readonly?: boolean;
  /** A clock for stored_at/history timestamps (tests pin it). Defaults to now. */
  now?: () => string;
}

export interface CheckResult {
  ok: boolean;
  problems: string[];
  counts: Record<string, number>;
  schemaVersion: number;
}

export class SqliteStore implements Store {
  readonly db: DB;
  readonly reader: StoreReader;
  private readonly now: () => string;
  private currentBatch: number | null = null;

  constructor(
    readonly path: string,
    opts: OpenOptions = {},
  ) {
    this.db = opts.readonly ? new Database(path, { readonly: true, fileMustExist: true }) : new Database(path);
    this.now = opts.now ?? (() => new Date().toISOString());
    this.db.pragma('foreign_keys = ON');
    // SQLite's default page cache is 2 MB: at 100,000 events (~200 MB) index lookups would fall
    // through to the OS on every resolution step. 64 MB keeps the hot indexes in memory.
    this.db.pragma(`cache_size = ${CACHE_KIB}`);
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      migrate(this.db);
    } else if (schemaVersion(this.db) === 0) {
      this.db.close();
      throw new Error(`${path} is not a sitrep database (no schema)`);
    }
    this.reader = new StoreReader(this.db);
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per store: saving thousands of reports reuses the same few statements. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  hasReport(hash: string): boolean {
    return this.stmt('SELECT 1 FROM reports WHERE hash = ?').get(hash) !== undefined;
  }

  /** The batch new reports belong to: one per store session that saves something. */
  private batch(): number {
    if (this.currentBatch === null) {
      const info = this.stmt('INSERT INTO batches (started_at) VALUES (?)').run(this.now());
      this.currentBatch = Number(info.lastInsertRowid);
    }
    return this.currentBatch;
  }

  saveProcessed(p: ProcessedReport): SaveResult {
    const { report } = p;
    if (this.hasReport(report.hash)) return { stored: false, reportId: null, mentions: 0 };
    // A malformed mention (from a bug upstream) is left out with a message, never stored to poison
    // resolution, and never allowed to sink the whole report.
    const { valid, problems } = checkMentions(p.events ?? [], report.text);
    const messages = [...(report.messages ?? []), ...problems];
    const save = this.db.transaction(() => {
      const batch = this.batch();
      const reportId = Number(
        this
          .stmt(
            `INSERT INTO reports (key, hash, origin, title, published, published_from, published_precision, source, url, outlet, format, language,
               text, messages, stored_at, batch)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            report.id,
            report.hash,
            report.origin,
            report.title,
            report.published,
            report.publishedFrom,
            publishedPrecision(report.published, report.publishedPrecision),
            report.source,
            report.url,
            outletOf(report.source, report.url, report.origin),
            report.format,
            report.language,
            report.text,
            JSON.stringify(messages),
            this.now(),
            batch,
          ).lastInsertRowid,
      );
      const entry = this.stmt(
        'INSERT INTO entries (report_id, idx, start, "end", headline_start, headline_end, date) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const e of report.entries ?? []) entry.run(reportId, e.index, e.start, e.end, e.headline?.start ?? null, e.headline?.end ?? null, e.date);
      const zone = this.stmt('INSERT INTO zones (report_id, seq, kind, start, "end", entry) VALUES (?, ?, ?, ?, ?, ?)');
      (report.zones ?? []).forEach((z, i) => zone.run(reportId, i, z.kind, z.start, z.end, z.entry));
      const place = this.stmt(
        `INSERT INTO places (report_id, start, "end", text, name, lat, lon, geonameid, country, country_code, admin1, admin2, feature_code, level, confidence, qualifier)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const pl of p.places ?? []) {
        place.run(
          reportId,
          pl.start,
          pl.end,
          pl.text,
          pl.name,
          pl.lat,
          pl.lon,
          pl.geonameid,
          pl.country,
          pl.countryCode,
          pl.admin1,
          pl.admin2,
          pl.featureCode,
          pl.level,
          pl.confidence,
          pl.qualifier ? JSON.stringify(pl.qualifier) : null,
        );
      }
      const n = this.insertMentions(reportId, report.hash, report.published, valid);
      this.insertStatements(reportId, p);
      this.stmt('UPDATE batches SET reports = reports + 1, mentions = mentions + ? WHERE id = ?').run(n, batch);
      return { stored: true, reportId, mentions: n };
    });
    return save();
  }

  private insertMentions(reportId: number, hash: string, published: string | null, events: EventMention[]): number {
    const ins = this.stmt(
      `INSERT INTO mentions (key, report_id, seq, event_type, sub_event_type, event_date, time_precision, date_from_report,
         actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, location, lat, lon, geonameid, country, admin1, admin2, geo_precision,
         fatalities, claim_status, claim_by, evidence_start, evidence_end, evidence_text, entry, salience, sources)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    events.forEach((m, seq) => {
      // With no date of its own, a mention is dated by its report, to the month: ACLED's precision 3.
      const fromReport = !m.event_date && !!published;
      const date = m.event_date ?? published ?? null;
      const precision = m.event_date ? (m.time_precision ?? 1) : published ? 3 : null;
      const loc = m.location;
      const fatalities = Number.isFinite(m.fatalities) && m.fatalities > 0 ? Math.floor(m.fatalities) : 0;
      ins.run(
        `${hash.slice(0, 16)}:${seq}`,
        reportId,
        seq,
        m.event_type,
        m.sub_event_type,
        date,
        precision,
        fromReport ? 1 : 0,
        m.actor1,
        m.assoc_actor_1,
        m.inter1,
        m.actor2,
        m.assoc_actor_2,
        m.inter2,
        loc?.name ?? null,
        loc?.lat ?? null,
        loc?.lon ?? null,
        loc?.geonameid ?? null,
        loc?.country ?? null,
        loc?.admin1 ?? null,
        loc?.admin2 ?? null,
        loc?.geo_precision ?? null,
        fatalities,
        m.claim?.status ?? 'reported',
        m.claim?.by ?? null,
        m.evidence.start,
        m.evidence.end,
        m.evidence.text,
        m.entry,
        m.salience,
        JSON.stringify(m.sources ?? {}),
      );
    });
    // The search index gets the report's evidence in one statement, in the same order (by id) and
    // the same transaction as one insert per mention did: FTS5 buffers them until the commit anyway.
    if (events.length) {
      this.stmt('INSERT INTO mentions_fts (rowid, evidence_text) SELECT id, evidence_text FROM mentions WHERE report_id = ? ORDER BY id').run(reportId);
    }
    return events.length;
  }

  /** Statements of control ("the rebel-held town of X") found in the report, dated by the report. */
  private insertStatements(reportId: number, p: ProcessedReport): void {
    const date = p.report.published;
    if (!date || !p.places?.length) return;
    const ins = this.stmt(
      `INSERT INTO control_statements (report_id, place_key, place_name, place_norm, admin1, country, lat, lon, geo_precision, on_date,
         holder, inter, evidence_start, evidence_end, evidence_text, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // "Rebels took the ISIS-held town of X": inside a change of hands, the phrase names the loser.
    const changes = (p.events ?? []).filter((e) => TERRITORY_SUB_EVENTS.includes(e.sub_event_type)).map((e) => e.evidence);
    for (const st of controlStatements(p.report.text, p.places, date)) {
      if (changes.some((c) => c.start < st.evidence.end && st.evidence.start < c.end)) continue;
      const pl = p.places[st.place]!;
      const key = placeKey({ geonameid: pl.geonameid, name: pl.name, admin1: pl.admin1, country: pl.country });
      if (!key || !pl.name) continue;
      const precision = pl.level === 'place' ? (pl.qualifier ? 2 : 1) : 3;
      ins.run(reportId, key, pl.name, normPlace(pl.name), pl.admin1, pl.country, pl.lat, pl.lon, precision, date, st.holder, st.inter,
        st.evidence.start, st.evidence.end, st.evidence.text, st.rule, st.partial ? PARTIAL_STATEMENT_CONFIDENCE : STATEMENT_CONFIDENCE);
    }
  }

  resolvePending(opts: ResolveOptions = {}): ResolveSummary {
    return resolvePending(this.db, () => this.batch(), this.now, { chunk: resolveChunkFromEnv(), ...opts });
  }

  /** Integrity: SQLite's own check, foreign keys, orphans, and the counts. */
  check(): CheckResult {
    const problems: string[] = [];
    const integrity = this.db.pragma('integrity_check') as { integrity_check: string }[];
    for (const r of integrity) if (r.integrity_check !== 'ok') problems.push(`integrity: ${r.integrity_check}`);
    const fk = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const r of fk.slice(0, 20)) problems.push(`foreign key: ${r.table} row ${r.rowid} points to a missing ${r.parent}`);
    if (fk.length > 20) problems.push(`foreign key: ${fk.length - 20} more`);
    const one = (sql: string) => (this.stmt(sql).get() as { n: number }).n;
    const orphanMentions = one(
      'SELECT count(*) AS n FROM mentions m WHERE m.resolved = 1 AND NOT EXISTS (SELECT 1 FROM event_mentions em WHERE em.mention_id = m.id)',
    );
    if (orphanMentions) problems.push(`${orphanMentions} resolved mention(s) belong to no event`);
    const empty = one('SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions em WHERE em.event_id = e.id)');
    if (empty) problems.push(`${empty} event(s) without mentions`);
    const miscounted = one(
      'SELECT count(*) AS n FROM events e WHERE e.mentions_count != (SELECT count(*) FROM event_mentions em WHERE em.event_id = e.id)',
    );
    if (miscounted) problems.push(`${miscounted} event(s) whose mention count is stale`);
    if (schemaVersion(this.db) >= 4) {
      // The summaries the triggers keep (timeline by day, actor names) must agree with the events.
      const days = one(
        `SELECT count(*) AS n FROM (
           SELECT x.day FROM (SELECT event_date AS day, event_type, count(*) AS events, coalesce(sum(fatalities), 0) AS fatalities
                              FROM events WHERE event_date IS NOT NULL GROUP BY event_date, event_type) x
             LEFT JOIN event_days s ON s.day = x.day AND s.event_type = x.event_type
           WHERE s.events IS NOT x.events OR s.fatalities IS NOT x.fatalities
           UNION ALL
           SELECT s.day FROM event_days s WHERE s.events != 0
             AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_date = s.day AND e.event_type = s.event_type))`,
      );
      if (days) problems.push(`${days} day(s) of the timeline summary disagree with the events`);
      const actors = one(
        `SELECT count(*) AS n FROM events e WHERE EXISTS (
           SELECT 1 FROM (SELECT e.actor1 AS v UNION SELECT e.assoc_actor_1 UNION SELECT e.actor2 UNION SELECT e.assoc_actor_2) w
           WHERE w.v IS NOT NULL AND w.v != '' AND NOT EXISTS (
             SELECT 1 FROM event_actor_names l JOIN actor_names a ON a.id = l.actor WHERE l.event_id = e.id AND a.name = w.v))`,
      );
      if (actors) problems.push(`${actors} event(s) missing from the actor name index`);
    }
    const pending = one('SELECT count(*) AS n FROM mentions WHERE resolved = 0');
    if (pending) problems.push(`${pending} mention(s) not yet resolved (run resolution: sitrep run resolves at the end of a batch)`);
    const counts: Record<string, number> = {};
    for (const t of ['reports', 'entries', 'zones', 'places', 'mentions', 'events', 'event_mentions', 'event_history', 'contradictions', 'control', 'control_statements']) {
      counts[t] = one(`SELECT count(*) AS n FROM ${t}`);
    }
    return { ok: problems.length === 0, problems, counts, schemaVersion: schemaVersion(this.db) };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** SITREP_RESOLVE_CHUNK: mentions per resolution transaction (the crash tests make kills land between chunks). */
function resolveChunkFromEnv(): number | undefined {
  const n = Number(process.env.SITREP_RESOLVE_CHUNK);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How precisely the publication date is known (absent means the day, as in Report); null without a date. */
function publishedPrecision(published: string | null, precision: number | undefined): number | null {
  if (!published) return null;
  return precision === 2 || precision === 3 ? precision : 1;
}

/** Mentions fit to store, and a message for each one left out. Evidence must lie in the report text. */
export function checkMentions(events: EventMention[], text: string): { valid: EventMention[]; problems: Message[] } {
  const valid: EventMention[] = [];
  const problems: Message[] = [];
  events.forEach((m, i) => {
    const ev = m?.evidence;
    let why: string | null = null;
    if (!m || !isSubEventType(m.sub_event_type)) why = `unknown sub_event_type ${JSON.stringify(m?.sub_event_type)}`;
    else if (!ev || typeof ev.text !== 'string' || !Number.isInteger(ev.start) || !Number.isInteger(ev.end) || ev.start < 0 || ev.end > text.length || ev.start > ev.end) {
      why = 'evidence span missing or outside the text';
    } else if (m.event_date !== null && !DAY.test(String(m.event_date))) why = `event_date ${JSON.stringify(m.event_date)} is not YYYY-MM-DD`;
    if (why) problems.push({ level: 'warning', code: 'store/invalid-mention', reason: `event ${i} not stored: ${why}`, span: ev && Number.isInteger(ev.start) ? { start: ev.start, end: ev.end } : undefined });
    else valid.push(m);
  });
  return { valid, problems };
}

export function schemaVersion(db: DB): number {
  const t = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!t) return 0;
  return (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
}

/** Applies the migrations not yet applied, each in its own transaction. */
export function migrate(db: DB): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = schemaVersion(db);
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) throw new Error(`database schema version ${current} is newer than this sitrep (${latest}): upgrade sitrep`);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
  return latest;
}

/** Opens (creating and migrating when needed) a sitrep database. */
export function openStore(path: string, opts: OpenOptions = {}): SqliteStore {
  return new SqliteStore(path, opts);
}

export { placeKey };
