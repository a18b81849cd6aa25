// The read API over a sitrep database, shared by the CLI and the HTTP server. Every query is one
// indexed SQL statement (or a few): nothing loops over all events in JavaScript, so it stays fast
// with 100,000 events. Keep these signatures stable: the web server depends on them.
import Database from 'better-sqlite3';
import { normPlace } from './names.js';
import { redirectOf } from './merge-events.js';
import { loadGazetteer } from '../geo/index.js';
import { EVENT_TYPES } from '../core/taxonomy.js';

type DB = Database.Database;

/** West, south, east, north in degrees. */
export type BBox = [number, number, number, number];

export interface EventFilters {
  /** ACLED event_type, exact. */
  type?: string;
  /** ACLED sub_event_type, exact. */
  subType?: string;
  /** Substring of any actor or associated actor, case-insensitive. */
  actor?: string;
  /** A place name (any transliteration of the article), a province or a country. */
  place?: string;
  admin1?: string;
  country?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Event status: single-source | corroborated | claimed | unverified | contested | denied. */
  status?: string;
  /** An outlet that reported it (exact, case-insensitive). */
  source?: string;
  /** Free-text search over the evidence of every mention. */
  q?: string;
  bbox?: BBox;
}

export type EventOrder = 'date-desc' | 'date-asc' | 'fatalities-desc' | 'sources-desc';

export interface Page {
  limit?: number;
  offset?: number;
  order?: EventOrder;
}

export interface EventSummary {
  id: string;
  event_type: string;
  sub_event_type: string;
  event_date: string | null;
  time_precision: number | null;
  actor1: string | null;
  assoc_actor_1: string | null;
  inter1: number | null;
  actor2: string | null;
  assoc_actor_2: string | null;
  inter2: number | null;
  interaction: number | null;
  location: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  country: string | null;
  iso: string | null;
  admin1: string | null;
  admin2: string | null;
  geo_precision: number | null;
  fatalities: number;
  fatalities_low: number | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  status: string;
  claimed_by: string[];
  outlets: string[];
  sources_count: number;
  corroboration: number;
  mentions_count: number;
  evidence: string | null;
  first_seen: string | null;
  last_seen: string | null;
}

export interface EventList {
  total: number;
  limit: number;
  offset: number;
  events: EventSummary[];
}

export interface ReportRef {
  id: number;
  key: string;
  title: string | null;
  published: string | null;
  /** How exact `published` is: 1 the day, 2 within a few days, 3 only the month; null without a date. */
  published_precision: number | null;
  source: string | null;
  url: string | null;
  outlet: string;
  origin: string;
}

export interface MentionDetail {
  id: number;
  key: string;
  report: ReportRef;
  entry: number;
  event_type: string;
  sub_event_type: string;
  event_date: string | null;
  time_precision: number | null;
  date_from_report: boolean;
  actor1: string | null;
  assoc_actor_1: string | null;
  actor2: string | null;
  assoc_actor_2: string | null;
  location: string | null;
  admin1: string | null;
  admin2: string | null;
  geo_precision: number | null;
  fatalities: number;
  claim: { status: string; by: string | null };
  evidence: { start: number; end: number; text: string };
  /** The evidence with some text on each side, and where the evidence sits in it. */
  context: { text: string; start: number; end: number };
  sources: Record<string, { span: { start: number; end: number } | null; rule: string }>;
  salience: number;
  score: number;
}

export interface ContradictionRow {
  id: number;
  kind: string;
  summary: string;
  event_a: string | null;
  event_b: string | null;
  place_key: string | null;
  event_date: string | null;
  a: { mention: number; evidence: string; report: string; outlet: string; claim: string; by: string | null };
  b: { mention: number; evidence: string; report: string; outlet: string; claim: string; by: string | null };
  detail: Record<string, unknown>;
}

export interface HistoryRow {
  batch: number;
  kind: string;
  detail: Record<string, unknown>;
  at: string;
}

export interface ControlRow {
  place_key: string;
  place: string;
  admin1: string | null;
  country: string | null;
  since: string;
  holder: string | null;
  previous: string | null;
  event_id: string;
  sub_event_type: string;
  status: string;
  confidence: number;
  evidence: string | null;
}

export interface EventDetail extends EventSummary {
  mentions: MentionDetail[];
  contradictions: ContradictionRow[];
  history: HistoryRow[];
  control: ControlRow[];
}

export interface TimelineBucket {
  bucket: string;
  events: number;
  fatalities: number;
  /** Events per ACLED event type in the bucket (types with none are left out): one query feeds stacked bars. */
  by_type: Record<string, number>;
}

export interface MapCell {
  /** The place key (or a grid cell key at low zoom). */
  key: string;
  name: string | null;
  lat: number;
  lon: number;
  events: number;
  fatalities: number;
  /** Worst geo_precision in the group: 3 means at least one province-level event. */
  geo_precision: number;
  /** The group's event type, when grouped by type (`mapAggregate(..., { byType: true })`). */
  event_type?: string;
  /**
   * For a popup: the ids of a place's three newest events (latest date, then highest id), or of a grid
   * cell's newest event. The full list is a filtered listEvents away.
   */
  sample: string[];
  /** Events per ACLED event type in the group (types with none are left out). */
  by_type: Record<string, number>;
  /** The province of the group's events, or null when they span several (or none is known). */
  admin1: string | null;
}

export interface PlaceRow {
  key: string;
  name: string;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  events: number;
}

/** A passing statement of who holds a place ("the rebel-held town of X"), as of its report's date. */
export interface ControlStatementRow {
  place_key: string;
  place: string;
  admin1: string | null;
  country: string | null;
  on: string;
  holder: string;
  evidence: string;
  report: string;
  outlet: string;
  rule: string;
  confidence: number;
}

export interface ControlAnswer {
  place: { key: string; name: string; admin1: string | null; country: string | null; lat: number | null; lon: number | null } | null;
  on: string | null;
  holder: string | null;
  since: string | null;
  confidence: number | null;
  /**
   * How the answer was reached: 'event' (a change of hands on or before the date), 'statement'
   * (a report on or before the date describes the place as held by the holder, after any known
   * change), 'inferred' (the loser of the first known change held it before), 'unknown'.
   */
  basis: 'event' | 'statement' | 'inferred' | 'unknown';
  /** The changes of hands behind the answer. */
  evidence: ControlRow[];
  /** The statements of control behind the answer. */
  statementEvidence: ControlStatementRow[];
  /** Every change of hands recorded for the place. */
  timeline: ControlRow[];
  /** Every statement of control recorded for the place. */
  statements: ControlStatementRow[];
  /** Other places the name could mean. */
  alternatives: { key: string; name: string; admin1: string | null; country: string | null }[];
}

export interface Stats {
  reports: number;
  mentions: number;
  events: number;
  contradictions: number;
  controlChanges: number;
  controlStatements: number;
  dateRange: { from: string | null; to: string | null };
  byStatus: Record<string, number>;
  byType: Record<string, number>;
}

const MAX_LIMIT = 1000;

/** Above this many matches a page is found by walking the order's index rather than sorting the matches. */
const WALK_ORDER_ABOVE = 2000;

/** Changes of hands at least this confident (single source or a party's claim and up) decide who holds a place. */
const DECISIVE_CONFIDENCE = 0.4;
/** Statements about a whole place (0.4) decide; statements about part of it (0.2) are only listed. */
const DECISIVE_STATEMENT = 0.3;

/** One `sum(e.event_type = '...') AS t<i>` column per ACLED event type (constants, never user input). */
const TYPE_SUMS = EVENT_TYPES.map((t, i) => `sum(e.event_type = '${t.replace(/'/g, "''")}') AS t${i}`).join(', ');

/** The per-type counts of a row carrying the TYPE_SUMS columns, without the types it has none of. */
function byType(row: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  EVENT_TYPES.forEach((t, i) => {
    const n = Number(row[`t${i}`] ?? 0);
    if (n > 0) out[t] = n;
  });
  return out;
}

/** The SQL aggregate that keeps a group's newest event ids (see registerNewest). */
const NEWEST_IDS = 'sitrep_newest_ids';
const SAMPLE_SIZE = 3;

/**
 * Registers an aggregate keeping the newest "date id" keys of a group, newest first (the listing's
 * order), joined by commas. It runs in JavaScript, so only place groups use it: a view by place
 * holds few events, while a world grid over every event takes the newest one with max() in C.
 */
function registerNewest(db: DB): void {
  db.aggregate(NEWEST_IDS, {
    start: () => [] as string[],
    step: (top: string[], key: unknown) => {
      if (typeof key !== 'string') return top;
      if (top.length === SAMPLE_SIZE && key <= top[SAMPLE_SIZE - 1]!) return top;
      let at = top.findIndex((k) => key > k);
      if (at < 0) at = top.length;
      top.splice(at, 0, key);
      if (top.length > SAMPLE_SIZE) top.pop();
      return top;
    },
    result: (top: string[]) => top.map((k) => k.slice(k.indexOf(' ') + 1)).join(','),
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const SUMMARY_COLUMNS = `e.id, e.event_type, e.sub_event_type, e.event_date, e.time_precision, e.actor1, e.assoc_actor_1,
  e.inter1, e.actor2, e.assoc_actor_2, e.inter2, e.interaction, e.location, e.lat, e.lon, e.geonameid, e.country, e.iso,
  e.admin1, e.admin2, e.geo_precision, e.fatalities, e.fatalities_low, e.fatalities_best, e.fatalities_high, e.status,
  e.claimed_by, e.outlets, e.sources_count, e.corroboration, e.mentions_count, e.evidence, e.first_seen, e.last_seen`;

// Every order ends on the id (unique) so pages are deterministic, and runs in one direction so that
// an index ((event_date, id), (fatalities, event_date, id), ...) serves it without sorting.
const ORDERS: Record<EventOrder, string> = {
  'date-desc': 'e.event_date DESC, e.id DESC',
  'date-asc': 'e.event_date ASC, e.id ASC',
  'fatalities-desc': 'e.fatalities DESC, e.event_date DESC, e.id DESC',
  'sources-desc': 'e.sources_count DESC, e.event_date DESC, e.id DESC',
};

interface Where {
  sql: string;
  params: unknown[];
}

/** Turns free text into an FTS5 query of quoted terms (all must occur), so user input never breaks the syntax. */
export function ftsQuery(q: string): string | null {
  const terms = q.match(/[\p{L}\p{N}]+/gu);
  if (!terms || terms.length === 0) return null;
  return terms.map((t) => `"${t}"`).join(' ');
}

/** What the database offers beyond the first schema (an older file opened read-only lacks them). */
export interface ReadFeatures {
  actorIndex: boolean;
  publishedPrecision: boolean;
  /** The per-day, per-type summary table (event_days). */
  daySummary: boolean;
}

const ALL_FEATURES: ReadFeatures = { actorIndex: true, publishedPrecision: true, daySummary: true };

/**
 * Builds the WHERE clause for the filters over events aliased `e`. With `probeSets`, the filters that
 * are sets of events (actor, place, country, source, free text) are only checked against, never
 * walked: SQLite then reads the events in the order's index and stops at the page, instead of
 * sorting every member of a large set.
 */
export function buildWhere(f: EventFilters, features: ReadFeatures = ALL_FEATURES, probeSets = false): Where {
  // A unary + keeps SQLite from driving the query from the set (it can no longer use it as an index).
  const set = probeSets ? '+' : '';
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.type) {
    parts.push('e.event_type = ?');
    params.push(f.type);
  }
  if (f.subType) {
    parts.push('e.sub_event_type = ?');
    params.push(f.subType);
  }
  if (f.actor && features.actorIndex) {
    // The substring is looked for among the distinct actor names, then their events are read by index.
    parts.push(
      `${set}e.id IN (SELECT l.event_id FROM event_actor_names l WHERE l.actor IN (SELECT a.id FROM actor_names a WHERE a.name LIKE ? ESCAPE '\\'))`,
    );
    params.push(`%${escapeLike(f.actor)}%`);
  } else if (f.actor) {
    const like = `%${escapeLike(f.actor)}%`;
    parts.push(
      "(e.actor1 LIKE ? ESCAPE '\\' OR e.actor2 LIKE ? ESCAPE '\\' OR e.assoc_actor_1 LIKE ? ESCAPE '\\' OR e.assoc_actor_2 LIKE ? ESCAPE '\\')",
    );
    params.push(like, like, like, like);
  }
  // SQLite does not split an OR of case-insensitive comparisons across indexes: a union of
  // index searches does it by hand.
  // The period goes into each branch too, so a (province or country, event_date) index reads only it.
  const period = (f.from ? ' AND event_date >= ?' : '') + (f.to ? ' AND event_date <= ?' : '');
  const periodParams = [f.from, f.to].filter((d): d is string => !!d);
  if (f.place) {
    parts.push(
      `${set}e.rowid IN (SELECT rowid FROM events WHERE location_norm = ?${period}
        UNION ALL SELECT rowid FROM events WHERE admin1 = ? COLLATE NOCASE${period}
        UNION ALL SELECT rowid FROM events WHERE country = ? COLLATE NOCASE${period})`,
    );
    params.push(normPlace(f.place), ...periodParams, f.place, ...periodParams, f.place, ...periodParams);
  }
  if (f.admin1) {
    parts.push('e.admin1 = ? COLLATE NOCASE');
    params.push(f.admin1);
  }
  if (f.country) {
    parts.push(
      `${set}e.rowid IN (SELECT rowid FROM events WHERE country = ? COLLATE NOCASE${period}
        UNION ALL SELECT rowid FROM events WHERE iso = ? COLLATE NOCASE${period})`,
    );
    params.push(f.country, ...periodParams, f.country, ...periodParams);
  }
  if (f.from) {
    parts.push('e.event_date >= ?');
    params.push(f.from);
  }
  if (f.to) {
    parts.push('e.event_date <= ?');
    params.push(f.to);
  }
  if (f.status) {
    parts.push('e.status = ?');
    params.push(f.status);
  }
  if (f.source) {
    parts.push(`${set}e.id IN (SELECT event_id FROM event_sources WHERE outlet = ? COLLATE NOCASE)`);
    params.push(f.source);
  }
  if (f.q) {
    const fts = ftsQuery(f.q);
    if (fts) {
      parts.push(
        `${set}e.id IN (SELECT em.event_id FROM event_mentions em WHERE em.mention_id IN (SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?))`,
      );
      params.push(fts);
    }
  }
  if (f.bbox) {
    const [w, s, east, n] = f.bbox;
    parts.push('e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?');
    params.push(s, n, w, east);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function parseJson<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

function toSummary(row: Record<string, unknown>): EventSummary {
  return {
    ...(row as unknown as EventSummary),
    claimed_by: parseJson<string[]>(row.claimed_by, []),
    outlets: parseJson<string[]>(row.outlets, []),
  };
}

function clampLimit(n: number | undefined, dflt: number): number {
  if (n === undefined || !Number.isFinite(n)) return dflt;
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(n)));
}

const CONTEXT_CHARS = 240;

/** Read-only queries over one database handle. */
export class StoreReader {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly features: ReadFeatures;

  constructor(private readonly db: DB) {
    const has = (sql: string) => db.prepare(sql).get() !== undefined;
    this.features = {
      actorIndex: has("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_actor_names'"),
      publishedPrecision: has("SELECT 1 FROM pragma_table_info('reports') WHERE name = 'published_precision'"),
      daySummary: has("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_days'"),
    };
    registerNewest(db);
  }

  private where(f: EventFilters, probeSets = false): Where {
    return buildWhere(f, this.features, probeSets);
  }

  /** Statements are prepared once per reader: a server answers the same few queries again and again. */
  private prep(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  listEvents(filters: EventFilters = {}, page: Page = {}): EventList {
    const where = this.where(filters);
    const limit = clampLimit(page.limit, 50);
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const order = ORDERS[page.order ?? 'date-desc'] ?? ORDERS['date-desc'];
    const total = (this.prep(`SELECT count(*) AS n FROM events e ${where.sql}`).get(...where.params) as { n: number }).n;
    if (limit === 0 || offset >= total) return { total, limit, offset, events: [] };
    // The page's rows are found on the ordering index (skipping `offset` index entries), and only the
    // page's events are then read in full. Many matches: walk the order and check the sets; few:
    // read the few and sort them.
    const pageWhere = total > WALK_ORDER_ABOVE ? this.where(filters, true) : where;
    const rows = this
      .prep(
        `SELECT ${SUMMARY_COLUMNS} FROM (SELECT e.rowid AS rid FROM events e ${pageWhere.sql} ORDER BY ${order} LIMIT ? OFFSET ?) page
         JOIN events e ON e.rowid = page.rid ORDER BY ${order}`,
      )
      .all(...pageWhere.params, limit, offset) as Record<string, unknown>[];
    return { total, limit, offset, events: rows.map(toSummary) };
  }

  /**
   * Every event matching the filters, oldest first, fetched in pages by key (date, id) so that
   * exports never hold all events in memory and other queries can run between pages.
   */
  *iterateEvents(filters: EventFilters = {}, pageSize = 1000): Generator<EventSummary> {
    const where = this.where(filters);
    const cond = where.sql ? `${where.sql} AND` : 'WHERE';
    // Undated events first (by id), then the dated ones by (date, id): each page is a seek on the
    // (event_date, id) index, so an export costs the same per page at any depth.
    const undated = this.prep(`SELECT ${SUMMARY_COLUMNS} FROM events e ${cond} e.event_date IS NULL AND e.id > ? ORDER BY e.id LIMIT ?`);
    const dated = this.prep(
      `SELECT ${SUMMARY_COLUMNS} FROM events e ${cond} (e.event_date, e.id) > (?, ?) ORDER BY e.event_date, e.id LIMIT ?`,
    );
    let afterId = '';
    for (;;) {
      const rows = undated.all(...where.params, afterId, pageSize) as Record<string, unknown>[];
      for (const r of rows) yield toSummary(r);
      if (rows.length < pageSize) break;
      afterId = rows[rows.length - 1]!.id as string;
    }
    let after: [string, string] = ['', ''];
    for (;;) {
      const rows = dated.all(...where.params, after[0], after[1], pageSize) as Record<string, unknown>[];
      for (const r of rows) yield toSummary(r);
      if (rows.length < pageSize) return;
      const last = rows[rows.length - 1]!;
      after = [last.event_date as string, last.id as string];
    }
  }

  getEvent(id: string): EventDetail | null {
    const row = this.prep(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.id = ?`).get(id) as
      | Record<string, unknown>
      | undefined;
    if (!row) {
      // An event merged into another lives on under the survivor's id (src/store/merge-events.ts).
      const survivor = redirectOf(this.db, id);
      return survivor ? this.getEvent(survivor) : null;
    }
    return {
      ...toSummary(row),
      mentions: this.mentionsOf(id),
      contradictions: this.conflicts({ eventId: id }),
      history: this.historyOf(id),
      control: this.controlRows('c.event_id = ?', [id]),
    };
  }

  mentionsOf(eventId: string): MentionDetail[] {
    const rows = this
      .prep(
        `SELECT m.*, em.score, r.id AS r_id, r.key AS r_key, r.title AS r_title, r.published AS r_published,
           CASE WHEN r.published IS NOT NULL THEN ${this.features.publishedPrecision ? 'coalesce(r.published_precision, 1)' : '1'} END
             AS r_published_precision,
           r.source AS r_source, r.url AS r_url, r.outlet AS r_outlet, r.origin AS r_origin,
           max(0, m.evidence_start - ${CONTEXT_CHARS}) AS ctx_start,
           substr(r.text, max(0, m.evidence_start - ${CONTEXT_CHARS}) + 1, (m.evidence_end - max(0, m.evidence_start - ${CONTEXT_CHARS})) + ${CONTEXT_CHARS}) AS ctx
         FROM event_mentions em JOIN mentions m ON m.id = em.mention_id JOIN reports r ON r.id = m.report_id
         WHERE em.event_id = ? ORDER BY r.published, r.hash, m.seq`,
      )
      .all(eventId) as Record<string, unknown>[];
    return rows.map((r) => {
      const ctxStart = r.ctx_start as number;
      const evStart = r.evidence_start as number;
      const evEnd = r.evidence_end as number;
      return {
        id: r.id as number,
        key: r.key as string,
        report: {
          id: r.r_id as number,
          key: r.r_key as string,
          title: r.r_title as string | null,
          published: r.r_published as string | null,
          published_precision: r.r_published_precision as number | null,
          source: r.r_source as string | null,
          url: r.r_url as string | null,
          outlet: r.r_outlet as string,
          origin: r.r_origin as string,
        },
        entry: r.entry as number,
        event_type: r.event_type as string,
        sub_event_type: r.sub_event_type as string,
        event_date: r.event_date as string | null,
        time_precision: r.time_precision as number | null,
        date_from_report: r.date_from_report === 1,
        actor1: r.actor1 as string | null,
        assoc_actor_1: r.assoc_actor_1 as string | null,
        actor2: r.actor2 as string | null,
        assoc_actor_2: r.assoc_actor_2 as string | null,
        location: r.location as string | null,
        admin1: r.admin1 as string | null,
        // (absent from databases written before mentions carried it, opened read-only)
        admin2: (r.admin2 as string | null | undefined) ?? null,
        geo_precision: r.geo_precision as number | null,
        fatalities: r.fatalities as number,
        claim: { status: r.claim_status as string, by: r.claim_by as string | null },
        evidence: { start: evStart, end: evEnd, text: r.evidence_text as string },
        context: { text: (r.ctx as string) ?? '', start: evStart - ctxStart, end: evEnd - ctxStart },
        sources: parseJson(r.sources, {}),
        salience: r.salience as number,
        score: r.score as number,
      };
    });
  }

  historyOf(eventId: string): HistoryRow[] {
    const rows = this
      .prep('SELECT batch, kind, detail, at FROM event_history WHERE event_id = ? ORDER BY id')
      .all(eventId) as Record<string, unknown>[];
    return rows.map((r) => ({
      batch: r.batch as number,
      kind: r.kind as string,
      detail: parseJson(r.detail, {}),
      at: r.at as string,
    }));
  }

  /** Counts per day, ISO week (its Monday) or month. */
  timelineCounts(filters: EventFilters = {}, bucket: 'day' | 'week' | 'month' = 'month'): TimelineBucket[] {
    const where = this.where(filters);
    const expr =
      bucket === 'day'
        ? 'd.day'
        : bucket === 'week'
          ? "date(d.day, '-' || ((CAST(strftime('%w', d.day) AS INTEGER) + 6) % 7) || ' days')"
          : 'substr(d.day, 1, 7)';
    // With no filter but the type and the period, the per-day summary answers.
    const onlyTypeAndPeriod = Object.entries(filters).every(([k, v]) => v === undefined || k === 'type' || k === 'from' || k === 'to');
    const days = onlyTypeAndPeriod && this.features.daySummary
      ? {
          sql: `SELECT s.day, sum(s.events) AS n, sum(s.fatalities) AS f,
                  ${EVENT_TYPES.map((t, i) => `sum(CASE WHEN s.event_type = '${t.replace(/'/g, "''")}' THEN s.events ELSE 0 END) AS t${i}`).join(', ')}
                FROM event_days s WHERE s.events > 0${filters.type ? ' AND s.event_type = ?' : ''}${filters.from ? ' AND s.day >= ?' : ''}${filters.to ? ' AND s.day <= ?' : ''}
                GROUP BY s.day`,
          params: [filters.type, filters.from, filters.to].filter((x): x is string => !!x),
        }
      : null;
    const cond = where.sql ? `${where.sql} AND e.event_date IS NOT NULL` : 'WHERE e.event_date IS NOT NULL';
    // Days first, in the date index's order (no sort, and the index covers type and fatalities),
    // then the few thousand days into weeks or months.
    const inner = days ?? {
      sql: `SELECT e.event_date AS day, count(*) AS n, coalesce(sum(e.fatalities), 0) AS f, ${TYPE_SUMS} FROM events e ${cond} GROUP BY e.event_date`,
      params: where.params,
    };
    const rows = this
      .prep(
        `SELECT ${expr} AS bucket, sum(d.n) AS events, sum(d.f) AS fatalities, ${EVENT_TYPES.map((_, i) => `sum(d.t${i}) AS t${i}`).join(', ')}
         FROM (${inner.sql}) d GROUP BY bucket ORDER BY bucket`,
      )
      .all(...inner.params) as Record<string, unknown>[];
    return rows.map((r) => ({ bucket: r.bucket as string, events: r.events as number, fatalities: r.fatalities as number, by_type: byType(r) }));
  }

  /**
   * Events grouped by place (zoom >= 7 or unset) or by grid cell (lower zooms), with counts and
   * fatalities: what a map needs for any number of events.
   */
  mapAggregate(filters: EventFilters = {}, bbox?: BBox, zoom?: number, opts: { byType?: boolean } = {}): MapCell[] {
    const where = this.where(bbox ? { ...filters, bbox } : filters);
    const located = where.sql ? `${where.sql} AND e.lat IS NOT NULL AND e.lon IS NOT NULL` : 'WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL';
    const byPlace = zoom === undefined || zoom >= 7;
    // Per group, in one pass without sorting the events: counts per type, the province when the group
    // has one, and samples: the three newest events of a place, the newest one of a grid cell.
    // Grid cells have no name: leaving location out lets the grid index cover the whole query.
    const name = byPlace ? 'min(e.location)' : 'NULL';
    const columns = (inner: boolean) =>
      inner
        ? `${name} AS name, sum(e.lat) AS slat, sum(e.lon) AS slon, count(*) AS n, coalesce(sum(e.fatalities), 0) AS f,
           max(coalesce(e.geo_precision, 1)) AS gp,
           ${byPlace ? NEWEST_IDS : 'max'}(coalesce(e.event_date, '') || ' ' || e.id) AS newest,
           min(e.admin1) AS amin, max(e.admin1) AS amax, ${TYPE_SUMS}`
        : `min(name) AS name, sum(slat) / sum(n) AS lat, sum(slon) / sum(n) AS lon, sum(n) AS events, sum(f) AS fatalities,
           max(gp) AS geo_precision, ${byPlace ? 'min(newest)' : `substr(max(newest), instr(max(newest), ' ') + 1)`} AS newest, CASE WHEN min(amin) = max(amax) THEN min(amin) END AS admin1,
           ${EVENT_TYPES.map((_, i) => `sum(t${i}) AS t${i}`).join(', ')}`;
    let sql: string;
    if (byPlace) {
      // With byType, one group per place and event type (in EVENT_TYPES order), in one scan instead of
      // one query per type.
      const split = opts.byType === true;
      const typeOrder = `CASE etype ${EVENT_TYPES.map((t, i) => `WHEN '${t.replace(/'/g, "''")}' THEN ${i}`).join(' ')} ELSE ${EVENT_TYPES.length} END`;
      sql = `SELECT key, ${split ? 'etype, ' : ''}${columns(false)} FROM (
               SELECT coalesce(e.place_key, printf('%.4f,%.4f', e.lat, e.lon)) AS key, ${split ? 'e.event_type AS etype, ' : ''}${columns(true)}
               FROM events e ${located} GROUP BY key${split ? ', etype' : ''})
             GROUP BY key${split ? `, etype ORDER BY ${typeOrder},` : ' ORDER BY'} events DESC, key`;
    } else {
      // Grid cell size halves with each zoom level: 0.5 degree at zoom 6, 32 degrees at zoom 0. The
      // half-degree cells (indexed) are grouped first, then merged into the zoom's cells.
      const k = 2 ** (6 - Math.max(0, Math.min(6, Math.floor(zoom!))));
      const coarse = (g: string) => `CASE WHEN ${g} >= 0 THEN ${g} / ${k} ELSE -((${k - 1} - ${g}) / ${k}) END`;
      // The half-degree cell, spelt exactly as in the events_grid index (schema.ts) so SQLite uses it.
      const half = (c: string) => `(CAST(${c} * 2 AS INTEGER) - (${c} * 2 < CAST(${c} * 2 AS INTEGER)))`;
      sql = `SELECT printf('%d:%d', ${coarse('d.gy')}, ${coarse('d.gx')}) AS key, ${columns(false)} FROM (
               SELECT ${half('lat')} AS gy, ${half('lon')} AS gx, ${columns(true)} FROM events e ${located} GROUP BY gy, gx) d
             GROUP BY key ORDER BY events DESC, key`;
    }
    const rows = this.prep(sql).all(...where.params) as Record<string, unknown>[];
    return rows.map((r) => {
      return {
        key: r.key as string,
        name: byPlace ? (r.name as string | null) : null,
        lat: r.lat as number,
        lon: r.lon as number,
        events: r.events as number,
        fatalities: r.fatalities as number,
        geo_precision: r.geo_precision as number,
        sample: String(r.newest ?? '').split(',').filter(Boolean),
        by_type: byType(r),
        admin1: (r.admin1 as string | null) ?? null,
        ...(r.etype !== undefined ? { event_type: r.etype as string } : {}),
      };
    });
  }

  /** Places that have events or control changes, matching a name prefix (any transliteration). */
  listPlaces(q = '', limit = 50): PlaceRow[] {
    const n = normPlace(q);
    const rows = this
      .prep(
        `SELECT e.place_key AS key, min(e.location) AS name, min(e.admin1) AS admin1, min(e.country) AS country,
           avg(e.lat) AS lat, avg(e.lon) AS lon, count(*) AS events
         FROM events e WHERE e.place_key IS NOT NULL AND e.location_norm LIKE ? ESCAPE '\\'
         GROUP BY e.place_key ORDER BY events DESC, name LIMIT ?`,
      )
      .all(`${escapeLike(n)}%`, clampLimit(limit, 50)) as PlaceRow[];
    return rows;
  }

  private controlRows(cond: string, params: unknown[]): ControlRow[] {
    return this
      .prep(
        `SELECT c.place_key, c.place_name AS place, c.admin1, c.country, c.since, c.holder, c.previous, c.event_id,
           c.sub_event_type, c.status, c.confidence, e.evidence
         FROM control c JOIN events e ON e.id = c.event_id WHERE ${cond} ORDER BY c.since, c.id`,
      )
      .all(...params) as ControlRow[];
  }

  private statementRows(placeKey: string): ControlStatementRow[] {
    return this
      .prep(
        `SELECT s.place_key, s.place_name AS place, s.admin1, s.country, s.on_date AS "on", s.holder, s.evidence_text AS evidence,
           r.key AS report, r.outlet, s.rule, s.confidence
         FROM control_statements s JOIN reports r ON r.id = s.report_id WHERE s.place_key = ? ORDER BY s.on_date, s.id`,
      )
      .all(placeKey) as ControlStatementRow[];
  }

  /**
   * Who held a place on a date, from the changes of hands and the statements of control recorded
   * for it. The place may be asked by any of its names: the store knows it by the gazetteer's
   * display name ("Palmyra"); on a miss, the gazetteer's places bearing the asked name exactly
   * ("Tadmur") are tried by their display names.
   */
  control(place: string, on?: string): ControlAnswer {
    const direct = this.controlByName(place, on);
    if (direct.place) return direct;
    for (const name of otherNamesOf(place)) {
      const answer = this.controlByName(name, on);
      if (answer.place) return answer;
    }
    return direct;
  }

  private controlByName(place: string, on?: string): ControlAnswer {
    const n = normPlace(place);
    const keys = this
      .prep(
        `SELECT key, min(name) AS name, min(admin1) AS admin1, min(country) AS country, avg(lat) AS lat, avg(lon) AS lon,
           sum(n) AS n, min(prec) AS prec
         FROM (SELECT place_key AS key, place_name AS name, admin1, country, lat, lon, 2 AS n, coalesce(geo_precision, 1) AS prec
                 FROM control WHERE place_norm = ?
               UNION ALL
               SELECT place_key, place_name, admin1, country, lat, lon, 1, coalesce(geo_precision, 1)
                 FROM control_statements WHERE place_norm = ?)
         GROUP BY key ORDER BY prec, n DESC, key`,
      )
      .all(n, n) as { key: string; name: string; admin1: string | null; country: string | null; lat: number | null; lon: number | null }[];
    const answer: ControlAnswer = {
      place: null,
      on: on ?? null,
      holder: null,
      since: null,
      confidence: null,
      basis: 'unknown',
      evidence: [],
      statementEvidence: [],
      timeline: [],
      statements: [],
      alternatives: [],
    };
    if (keys.length === 0) return answer;
    const [best, ...others] = keys;
    answer.place = { key: best.key, name: best.name, admin1: best.admin1, country: best.country, lat: best.lat, lon: best.lon };
    answer.alternatives = others.map((o) => ({ key: o.key, name: o.name, admin1: o.admin1, country: o.country }));
    answer.timeline = this.controlRows('c.place_key = ?', [best.key]);
    answer.statements = this.statementRows(best.key);
    const day = on ?? [answer.timeline.at(-1)?.since, answer.statements.at(-1)?.on].filter((d): d is string => !!d).sort().at(-1) ?? null;
    if (!day) return answer;
    answer.on = day;

    // Unverified and contested changes stay in the timeline but do not move the answer: a change
    // nobody states as fact ("ISIS could be about to pull out") is not a change of hands.
    const changes = answer.timeline.filter((r) => r.since <= day && r.confidence >= DECISIVE_CONFIDENCE);
    const lastChange = changes.at(-1) ?? null;
    if (lastChange) {
      // The latest change on or before the day; on a tie (same day), the most confident one.
      const sameDay = changes.filter((r) => r.since === lastChange.since).sort((a, b) => b.confidence - a.confidence);
      const top = sameDay[0];
      answer.holder = top.holder;
      answer.since = top.since;
      answer.confidence = sameDay.some((r) => r.holder !== top.holder) ? round2(top.confidence / 2) : top.confidence;
      answer.basis = 'event';
      answer.evidence = sameDay;
    }
    // Statements made after the last change (or with no change known) say who held it since; one
    // made on the day of the change may describe the loser ("rebels took the ISIS-held town"), so
    // it can only support the change, never overturn it.
    // After a withdrawal with no stated successor, a statement from that day names who took over.
    // Statements about part of a place ("rebel-held eastern Aleppo") are listed but never decide.
    const whole = answer.statements.filter((s) => s.confidence >= DECISIVE_STATEMENT);
    const after = whole.filter(
      (s) => s.on <= day && (!lastChange || s.on > lastChange.since || (s.on === lastChange.since && lastChange.holder === null)),
    );
    const support = lastChange ? whole.filter((s) => s.on <= day && s.on >= lastChange.since && s.holder === answer.holder) : [];
    if (after.length && !(lastChange && after.every((s) => s.holder === answer.holder))) {
      const latest = after.at(-1)!;
      const disagree = after.filter((s) => s.on === latest.on).some((s) => s.holder !== latest.holder);
      answer.holder = latest.holder;
      answer.since = lastChange && lastChange.holder === null && latest.on === lastChange.since ? lastChange.since : null;
      answer.confidence = disagree ? round2(latest.confidence / 2) : latest.confidence;
      answer.basis = 'statement';
      answer.statementEvidence = after.filter((s) => s.on === latest.on);
    } else if (support.length) {
      answer.confidence = round2(Math.min(0.95, (answer.confidence ?? 0) + 0.1));
      answer.statementEvidence = support.slice(-3);
    }
    const firstDecisive = answer.timeline.find((r) => r.confidence >= DECISIVE_CONFIDENCE);
    if (answer.basis === 'unknown' && firstDecisive && day < firstDecisive.since) {
      const first = firstDecisive;
      if (first.previous) {
        // The loser of the first known change held the place before it, since an unknown date.
        answer.holder = first.previous;
        answer.since = null;
        answer.confidence = round2(first.confidence * 0.7);
        answer.basis = 'inferred';
        answer.evidence = [first];
      }
    }
    return answer;
  }

  /** Changes of control in a period, in a place, province or country (any of them may be omitted). */
  controlChanges(filters: { place?: string; admin1?: string; country?: string; from?: string; to?: string } = {}): ControlRow[] {
    const parts: string[] = ['1 = 1'];
    const params: unknown[] = [];
    if (filters.place) {
      parts.push('(c.place_norm = ? OR c.admin1 = ? COLLATE NOCASE OR c.country = ? COLLATE NOCASE)');
      params.push(normPlace(filters.place), filters.place, filters.place);
    }
    if (filters.admin1) {
      parts.push('c.admin1 = ? COLLATE NOCASE');
      params.push(filters.admin1);
    }
    if (filters.country) {
      parts.push('c.country = ? COLLATE NOCASE');
      params.push(filters.country);
    }
    if (filters.from) {
      parts.push('c.since >= ?');
      params.push(filters.from);
    }
    if (filters.to) {
      parts.push('c.since <= ?');
      params.push(filters.to);
    }
    return this.controlRows(parts.join(' AND '), params);
  }

  /** Contradictions, newest first; filtered to one event, a kind or a period. */
  conflicts(filters: { eventId?: string; kind?: string; from?: string; to?: string; limit?: number } = {}): ContradictionRow[] {
    const parts: string[] = ['1 = 1'];
    const params: unknown[] = [];
    if (filters.eventId) {
      parts.push('(c.event_a = ? OR c.event_b = ?)');
      params.push(filters.eventId, filters.eventId);
    }
    if (filters.kind) {
      parts.push('c.kind = ?');
      params.push(filters.kind);
    }
    if (filters.from) {
      parts.push('c.event_date >= ?');
      params.push(filters.from);
    }
    if (filters.to) {
      parts.push('c.event_date <= ?');
      params.push(filters.to);
    }
    const rows = this
      .prep(
        `SELECT c.*, ma.evidence_text AS a_ev, ma.claim_status AS a_claim, ma.claim_by AS a_by, ra.key AS a_report, ra.outlet AS a_outlet,
           mb.evidence_text AS b_ev, mb.claim_status AS b_claim, mb.claim_by AS b_by, rb.key AS b_report, rb.outlet AS b_outlet
         FROM contradictions c
           JOIN mentions ma ON ma.id = c.mention_a JOIN reports ra ON ra.id = ma.report_id
           JOIN mentions mb ON mb.id = c.mention_b JOIN reports rb ON rb.id = mb.report_id
         WHERE ${parts.join(' AND ')} ORDER BY c.event_date DESC, c.id LIMIT ?`,
      )
      .all(...params, clampLimit(filters.limit, 200)) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r.id as number,
      kind: r.kind as string,
      summary: r.summary as string,
      event_a: r.event_a as string | null,
      event_b: r.event_b as string | null,
      place_key: r.place_key as string | null,
      event_date: r.event_date as string | null,
      a: {
        mention: r.mention_a as number,
        evidence: r.a_ev as string,
        report: r.a_report as string,
        outlet: r.a_outlet as string,
        claim: r.a_claim as string,
        by: r.a_by as string | null,
      },
      b: {
        mention: r.mention_b as number,
        evidence: r.b_ev as string,
        report: r.b_report as string,
        outlet: r.b_outlet as string,
        claim: r.b_claim as string,
        by: r.b_by as string | null,
      },
      detail: parseJson(r.detail, {}),
    }));
  }

  stats(): Stats {
    const one = (sql: string) => (this.prep(sql).get() as { n: number }).n;
    const range = this.prep('SELECT min(event_date) AS a, max(event_date) AS b FROM events').get() as {
      a: string | null;
      b: string | null;
    };
    const group = (col: string) =>
      Object.fromEntries(
        (this.prep(`SELECT ${col} AS k, count(*) AS n FROM events GROUP BY ${col} ORDER BY ${col}`).all() as {
          k: string;
          n: number;
        }[]).map((r) => [r.k, r.n]),
      );
    return {
      reports: one('SELECT count(*) AS n FROM reports'),
      mentions: one('SELECT count(*) AS n FROM mentions'),
      events: one('SELECT count(*) AS n FROM events'),
      contradictions: one('SELECT count(*) AS n FROM contradictions'),
      controlChanges: one('SELECT count(*) AS n FROM control'),
      controlStatements: one('SELECT count(*) AS n FROM control_statements'),
      dateRange: { from: range.a, to: range.b },
      byStatus: group('status'),
      byType: group('event_type'),
    };
  }
}

/** Opens a database read-only (for the server and query commands). Throws a clear error when missing. */
export function openReader(path: string): { reader: StoreReader; close(): void } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('cache_size = -65536'); // 64 MB, as the store (sqlite.ts): the read indexes stay in memory
  return { reader: new StoreReader(db), close: () => db.close() };
}

/** The gazetteer's display names of the places called `name` exactly (not by transliteration guess), other than `name` itself. */
function otherNamesOf(name: string): string[] {
  const n = normPlace(name);
  if (!n) return [];
  const gaz = loadGazetteer();
  const out: string[] = [];
  for (const m of gaz.lookup(name, false)) {
    const display = gaz.name(m.entry);
    if (normPlace(display) !== n && !out.includes(display)) out.push(display);
  }
  return out;
}
