// Folds mentions not yet resolved into events, incrementally and deterministically. The matching,
// weighing, contradiction and control rules live in src/resolve (plain functions); this module
// only loads candidates, applies those rules and writes the results, in one transaction.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isSubEventType, TERRITORY_SUB_EVENTS, type ClaimStatus, type EventType } from '../core/taxonomy.js';
import { actorKey, actorSet, actorFit, compatibleTypes, knownActorKey, tellsAnotherIncident, dateRange, dateScore, dayString, needsSharedForce, placeScore, sharesForce, typeScore } from '../resolve/match.js';
import { aggregate, type EventAggregate } from '../resolve/weigh.js';
import { betweenEvents, withinEvent, type Contradiction, type EventView } from '../resolve/contradictions.js';
import { COUNTER_WITHDRAWAL, WITHDRAWAL, controlConfidence, transferOf } from '../resolve/control.js';
import type { EventStatus, MentionRecord } from '../resolve/types.js';
import { normPlace, placeKey } from './names.js';
import type { ResolveSummary } from './types.js';
import { countryFacts } from '../export/country.js';
import { mergeBridgedEvents, type EventRow } from './merge-events.js';
import { STATEMENT_CACHE_LIMIT, cachedStatements, prep } from './statement-cache.js';

type DB = Database.Database;

/**
 * Below this a match is too weak to merge: e.g. a vague province-level "clashes" in a week joining a
 * town's takeover (type 0.7 x actors 0.8 x place 0.6 x date 0.7 = 0.24). Such mentions stay their
 * own events: a duplicate is visible and fixable, a wrong merge hides an incident.
 */
export const MIN_MATCH_SCORE = 0.3;

/** A month's slack either side: an event dated only to the month may match any day in it. */
const WINDOW_DAYS = 31;

/**
 * The columns rowToMention reads, and no more: a mention's `sources` (its field-by-field spans) are
 * the largest part of its row and resolution never needs them.
 */
const MENTION_COLUMNS = `m.id, m.key, m.report_id, m.seq, m.entry, m.event_type, m.sub_event_type, m.event_date, m.time_precision,
  m.date_from_report, m.actor1, m.assoc_actor_1, m.inter1, m.actor2, m.assoc_actor_2, m.inter2, m.location, m.lat, m.lon,
  m.geonameid, m.country, m.admin1, m.admin2, m.geo_precision, m.fatalities, m.claim_status, m.claim_by, m.evidence_text, m.salience`;

const MENTION_SELECT = `SELECT ${MENTION_COLUMNS}, r.hash AS r_hash, r.outlet AS r_outlet, r.published AS r_published
  FROM mentions m JOIN reports r ON r.id = m.report_id`;

/** The order mentions are resolved in: by date, then report and position (deterministic, whatever the input order). */
const PENDING_ORDER = 'm.event_date IS NULL, m.event_date, r.hash, m.seq';

/**
 * Pending mentions resolved per transaction. Memory then holds one chunk's events, not the whole
 * backlog's; a kill loses at most the chunk under way, and since the pending order is fixed, a rerun
 * resumes at the same chunk boundary and ends with the same events.
 */
export const RESOLVE_CHUNK = 5000;

/**
 * Counters of the work resolution does (the bench prints them per chunk, to see what grows):
 * events loaded with their mentions, mentions so loaded, candidate rows read, neighbour ids read.
 */
export const resolveCounters = { loads: 0, loadedMembers: 0, candidates: 0, neighbours: 0, maxMembers: 0 };

export interface ResolveOptions {
  /** Mentions per transaction (tests use small chunks). Default RESOLVE_CHUNK. */
  chunk?: number;
  /** Called after each chunk's transaction with the mentions done so far (the bench samples memory). */
  onChunk?: (done: number) => void;
}

export function rowToMention(r: Record<string, unknown>): MentionRecord {
  const sub = String(r.sub_event_type);
  if (!isSubEventType(sub)) throw new Error(`mention ${String(r.key)}: unknown sub_event_type "${sub}"`);
  const loc = {
    geonameid: (r.geonameid as string | null) ?? null,
    name: (r.location as string | null) ?? null,
    admin1: (r.admin1 as string | null) ?? null,
    country: (r.country as string | null) ?? null,
  };
  return {
    id: r.id as number,
    key: r.key as string,
    reportId: r.report_id as number,
    reportHash: r.r_hash as string,
    outlet: r.r_outlet as string,
    published: (r.r_published as string | null) ?? null,
    seq: r.seq as number,
    entry: r.entry as number,
    event_type: r.event_type as EventType,
    sub_event_type: sub,
    date: (r.event_date as string | null) ?? null,
    precision: ((r.time_precision as number | null) ?? 3) as 1 | 2 | 3,
    dateFromReport: r.date_from_report === 1,
    actor1: (r.actor1 as string | null) ?? null,
    assoc_actor_1: (r.assoc_actor_1 as string | null) ?? null,
    inter1: (r.inter1 as number | null) ?? null,
    actor2: (r.actor2 as string | null) ?? null,
    assoc_actor_2: (r.assoc_actor_2 as string | null) ?? null,
    inter2: (r.inter2 as number | null) ?? null,
    location: loc.name,
    placeKey: placeKey(loc),
    lat: (r.lat as number | null) ?? null,
    lon: (r.lon as number | null) ?? null,
    geonameid: loc.geonameid,
    country: loc.country,
    admin1: loc.admin1,
    admin2: (r.admin2 as string | null) ?? null,
    geo_precision: ((r.geo_precision as number | null) ?? null) as 1 | 2 | 3 | null,
    fatalities: r.fatalities as number,
    claimStatus: r.claim_status as ClaimStatus,
    claimBy: (r.claim_by as string | null) ?? null,
    evidence: r.evidence_text as string,
    salience: r.salience as number,
  };
}

/** The stable id of an event founded by a mention: it never changes when later mentions join. */
export function eventIdFor(mentionKey: string): string {
  return `SR-${createHash('sha256').update(mentionKey).digest('hex').slice(0, 10)}`;
}

/** An event row as the resolver reads it for its candidates (see merge-events.ts). */
type Candidate = EventRow;

interface EventState {
  id: string;
  members: MentionRecord[];
  createdBatch: number;
  /** Fatalities and status when the batch began (null for events created in it). */
  before: { fatalities: number; status: string } | null;
  agg: EventAggregate | null;
  /**
   * The event's row as it stands in the database (null: not there yet). Only the columns that
   * differ are written: an update touches just the indexes of those columns, not all twenty.
   */
  stored: Record<string, unknown> | null;
}

/**
 * How well a mention fits an event (0: it cannot be the same incident). Every test is a factor, so
 * the cheap ones (type, country, place, date) run first and most candidates stop there; the
 * product is the same whatever the order.
 */
export function matchScore(m: MentionRecord, c: Candidate, sameReport: boolean, mActors: Set<string> = actorSet([m])): number {
  if (!isSubEventType(c.sub_event_type)) return 0;
  const t = typeScore(m.sub_event_type, c.sub_event_type);
  if (t === 0) return 0;
  // Different countries are different incidents, even within one page ("2 Swedish journalists
  // freed" is not the prisoners freed in Aleppo).
  if (m.country && c.country && m.country !== c.country) return 0;
  // Without a place or a date, a mention can only be a retelling within its own page. A country
  // alone ("in Syria") is no place: it would merge every incident of a day.
  const cLocated = (c.place_key !== null || c.lat !== null) && !isCountryLevel(c);
  const mLocated = (m.placeKey !== null || m.lat !== null) && !isCountryLevel(m);
  let p: number;
  if (cLocated && mLocated) {
    p = placeScore(m, {
      placeKey: c.place_key,
      lat: c.lat,
      lon: c.lon,
      country: c.country,
      admin1: c.admin1,
      geo_precision: c.geo_precision as 1 | 2 | 3 | null,
      location: c.location,
    });
  } else p = sameReport ? 0.6 : 0;
  if (p === 0) return 0;
  let d: number;
  if (m.date && c.event_date) d = dateScore(m, { date: c.event_date, precision: (c.time_precision ?? 3) as 1 | 2 | 3 });
  else d = sameReport ? 0.6 : 0;
  if (d === 0) return 0;
  const evActors = actorKeySet(c.actor_keys);
  // Differently credited actors need not keep apart tellings that agree strongly on the rest (match.ts).
  const a = actorFit(mActors, evActors, t * p * d, sameReport);
  if (a === 0) return 0;
  if (needsSharedForce(m.sub_event_type, c.sub_event_type) && !sharesForce(mActors, evActors)) return 0;
  if (!sameDirection(m, c)) return 0;
  // "A second explosion ... the same day" in the page that told the first is another incident.
  if (sameReport && tellsAnotherIncident(m.evidence) !== tellsAnotherIncident(c.evidence ?? '')) return 0;
  // A retelling in the same page is likelier than a coincidence elsewhere.
  return t * a * p * d * (sameReport ? 1.1 : 1);
}

export { STATEMENT_CACHE_LIMIT, cachedStatements, prep };

/**
 * An event row's actor keys as a set, parsed once per distinct text: every candidate of every
 * mention is scored, and the same few key lists recur. The sets are only read (actorFit, sharesForce).
 */
const actorKeySets = new Map<string, ReadonlySet<string>>();
function actorKeySet(json: string): Set<string> {
  let set = actorKeySets.get(json);
  if (!set) {
    if (actorKeySets.size > 50_000) actorKeySets.clear();
    actorKeySets.set(json, (set = new Set<string>(JSON.parse(json) as string[])));
  }
  return set as Set<string>;
}

/** Located only to a country: precision 3 with no province. */
export function isCountryLevel(loc: { geo_precision: number | null; admin1: string | null }): boolean {
  return loc.geo_precision === 3 && !loc.admin1;
}

/**
 * Two tellings of a change of hands must agree on its direction: "ISIS seized X" and "ISIS left X"
 * are not one event but a contradiction between two.
 */
function sameDirection(m: MentionRecord, c: Candidate): boolean {
  if (!isSubEventType(c.sub_event_type)) return true;
  const tm = transferOf(m, m.evidence);
  const tc = transferOf({ sub_event_type: c.sub_event_type, actor1: c.actor1, actor2: c.actor2 }, c.evidence ?? '');
  if (!tm || !tc) return true;
  const [hm, pm, hc, pc] = [tm.holder, tm.previous, tc.holder, tc.previous].map(knownActorKey);
  if (hm && hc && hm !== hc) return false;
  if ((hm && pc === hm) || (hc && pm === hc)) return false;
  return true;
}

export function resolvePending(db: DB, batchOf: () => number, now: () => string, opts: ResolveOptions = {}): ResolveSummary {
  const total = () => (prep(db, 'SELECT count(*) AS n FROM events').get() as { n: number }).n;
  // The pending mentions as ids, in resolution order (a few bytes each); rows are read in turn.
  const ids = prep(db, `SELECT m.id FROM mentions m JOIN reports r ON r.id = m.report_id WHERE m.resolved = 0 ORDER BY ${PENDING_ORDER}`)
    .pluck()
    .all() as number[];
  if (ids.length === 0) return { mentions: 0, events: total(), created: 0, updated: 0 };
  const call: CallContext = {
    at: now(),
    order: resolutionOrder(ids),
    // Events whose 'created' history row lies above this mark were created by this call: they have
    // no earlier state to revise, however many chunks they span.
    historyMark: (prep(db, 'SELECT coalesce(max(id), 0) AS n FROM event_history').pluck().get() as number),
  };
  const size = Math.max(1, Math.floor(opts.chunk ?? RESOLVE_CHUNK));
  let created = 0;
  const revised = new Set<string>();
  const restoreTempStore = tempStoreInMemory(db);
  try {
    for (let i = 0; i < ids.length; i += size) {
      const r = db.transaction(() => resolveChunk(db, ids.slice(i, i + size), batchOf(), call))();
      created += r.created;
      for (const id of r.revised) revised.add(id);
      opts.onChunk?.(Math.min(ids.length, i + size));
    }
  } finally {
    restoreTempStore();
  }
  return { mentions: ids.length, events: total(), created, updated: revised.size };
}

/**
 * Keeps SQLite's statement journals in memory while resolution runs; returns the undo. Every event
 * INSERT (its triggers, twenty indexes) saves the ~40 pages it first touches to a statement journal,
 * which past 64 KB spills to a temporary file: ~40 pwrite calls a new event, most of resolution's
 * system time. In memory the journal is a few hundred KB at most, freed after each statement. Only
 * where temporary data lives changes, never what is written. Left as it was outside resolution
 * (large read sorts stay on disk) and inside an open transaction (SQLite refuses the change there).
 */
function tempStoreInMemory(db: DB): () => void {
  const before = db.pragma('temp_store', { simple: true }) as number;
  if (before === 2 || db.inTransaction) return () => {};
  db.pragma('temp_store = MEMORY');
  return () => void db.pragma(`temp_store = ${before}`);
}

interface CallContext {
  at: string;
  /** A pending mention's position in the resolution order (undefined: resolved before this call). */
  order: (mentionId: number) => number | undefined;
  historyMark: number;
}

/** Positions by mention id, in a typed array over the ids' range (4 bytes a mention). */
function resolutionOrder(ids: number[]): (mentionId: number) => number | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  const pos = new Int32Array(max - min + 1).fill(-1);
  ids.forEach((id, i) => (pos[id - min] = i));
  return (id) => {
    const p = id >= min && id <= max ? pos[id - min]! : -1;
    return p < 0 ? undefined : p;
  };
}

function resolveChunk(db: DB, ids: number[], batch: number, call: CallContext): { created: number; revised: Set<string> } {
  const at = call.at;
  const states = new Map<string, EventState>();
  const history = prep(db, 'INSERT INTO event_history (event_id, batch, kind, detail, at) VALUES (?, ?, ?, ?, ?)');
  const link = prep(db, 'INSERT INTO event_mentions (mention_id, event_id, score, batch) VALUES (?, ?, ?, ?)');
  // Mentions done in this chunk, marked resolved in one statement at its end (nothing in between
  // reads the flag: the chunk's rows were read above), not one UPDATE per mention.
  const done: number[] = [];
  // The chunk's rows in one read (one statement, not one per mention), still pending: another writer
  // (the server's ingest) may have resolved some since the ids were read. Within the transaction
  // nothing else changes them before their turn.
  const pendingRows = new Map<number, Record<string, unknown>>();
  for (const r of prep(db, `${MENTION_SELECT} WHERE m.id IN (SELECT value FROM json_each(?)) AND m.resolved = 0`).all(JSON.stringify(ids)) as Record<string, unknown>[]) {
    pendingRows.set(r.id as number, r);
  }
  const reportEvents = prep(db,
    'SELECT DISTINCT em.event_id AS id FROM event_mentions em JOIN mentions mm ON mm.id = em.mention_id WHERE mm.report_id = ?',
  );
  const createdByCall = prep(db, "SELECT 1 FROM event_history WHERE event_id = ? AND kind = 'created' AND id > ?");
  // reportEvents' answer per report, kept up to date as this chunk links mentions (a report's
  // mentions mostly come one after another): one read per report, not one per mention. A merge
  // moves links and deletes events, so it drops them all (merges are rare).
  const reportEventIds = new Map<number, Set<string>>();
  let created = 0;
  const joined = new Set<string>();

  const load = (id: string): EventState => {
    let s = states.get(id);
    if (s) return s;
    const ev = prep(db, 'SELECT * FROM events WHERE id = ?').get(id) as
      | { fatalities: number; status: string; created_batch: number; [column: string]: unknown }
      | undefined;
    const rows = prep(db, `${MENTION_SELECT} JOIN event_mentions em ON em.mention_id = m.id WHERE em.event_id = ? ORDER BY em.mention_id`).all(id) as Record<string, unknown>[];
    // In the order a single pass over the whole backlog would hold them: mentions resolved before
    // this call by id, then this call's in resolution order.
    resolveCounters.loads++;
    resolveCounters.loadedMembers += rows.length;
    if (rows.length > resolveCounters.maxMembers) resolveCounters.maxMembers = rows.length;
    const members = rows.map(rowToMention).sort((x, y) => {
      const [px, py] = [call.order(x.id), call.order(y.id)];
      if (px === undefined || py === undefined) return px === py ? x.id - y.id : px === undefined ? -1 : 1;
      return px - py;
    });
    const before = ev && createdByCall.get(id, call.historyMark) === undefined ? { fatalities: ev.fatalities, status: ev.status } : null;
    s = { id, members, createdBatch: ev?.created_batch ?? batch, before, agg: null, stored: ev ?? null };
    states.set(id, s);
    return s;
  };

  for (const mentionId of ids) {
    const row = pendingRows.get(mentionId);
    if (!row) continue;
    pendingRows.delete(mentionId);
    const m = rowToMention(row);
    let known = reportEventIds.get(m.reportId);
    if (!known) reportEventIds.set(m.reportId, (known = new Set((reportEvents.all(m.reportId) as { id: string }[]).map((r) => r.id))));
    const sameReportIds = new Set(known);
    const candidates = findCandidates(db, m, [...sameReportIds], states);
    const mActors = actorSet([m]);
    let best: { c: Candidate; score: number } | null = null;
    // Each candidate's score, kept for the merge below (matchScore reads only the mention and the row).
    const scored = candidates.map((c) => ({ c, score: matchScore(m, c, sameReportIds.has(c.id), mActors) }));
    for (const k of scored) {
      if (k.score >= MIN_MATCH_SCORE && (!best || k.score > best.score || (k.score === best.score && k.c.id < best.c.id))) best = k;
    }
    let state: EventState;
    let score = 1;
    if (best) {
      state = load(best.c.id);
      state.members.push(m);
      score = Math.round(best.score * 1000) / 1000;
      if (state.before) joined.add(state.id);
      // A telling that fits other events too bridges them; those that fit each other become one.
      const merged = mergeBridgedEvents({
        db, batch, at, mention: m, joined: state, minScore: MIN_MATCH_SCORE, load, forget: (id) => void states.delete(id), order: call.order,
        candidates: scored,
        score: (x, c, sameReport, actors) => matchScore(x, c, sameReport, actors),
        find: (x) => findCandidates(db, x, []),
      });
      if (merged) {
        reportEventIds.clear();
        state = merged.survivor;
        if (state.before) joined.add(state.id);
      }
    } else {
      let id = eventIdFor(m.key);
      // A hash collision with an unrelated event is astronomically unlikely; stay safe anyway.
      for (let i = 1; prep(db, 'SELECT 1 FROM events WHERE id = ?').get(id) || states.has(id); i++) id = eventIdFor(`${m.key}#${i}`);
      state = { id, members: [m], createdBatch: batch, before: null, agg: null, stored: null };
      states.set(id, state);
      created++;
    }
    // The event row first: links and history point to it.
    state.agg = aggregateOf(state.members, isOpposed(db, state.id));
    // Only what later candidate searches read must be current now; the rest (toll, status, counts,
    // sources) is written once, by the pass over every touched event at the end of the chunk.
    writeEvent(db, state, batch, { deferUnlessMatching: true });
    link.run(m.id, state.id, score, batch);
    reportEventIds.get(m.reportId)?.add(state.id);
    const what = { mention: m.key, report: m.reportHash.slice(0, 16), outlet: m.outlet };
    history.run(state.id, batch, best ? 'mention-added' : 'created', JSON.stringify(best ? { ...what, score } : what), at);
    done.push(m.id);
  }

  // Contradictions and control for every event touched, and their neighbours in place and time.
  const touched = [...states.keys()].sort();
  const affected = refreshContradictions(db, touched, (id) => load(id), (id) => states.has(id));
  const revised = new Set<string>(joined);
  for (const id of [...new Set([...touched, ...affected])].sort()) {
    const s = load(id);
    s.agg = aggregateOf(s.members, isOpposed(db, id));
    writeEvent(db, s, batch);
    writeControl(db, s);
    if (s.before) {
      if (s.before.fatalities !== s.agg.fatalities) {
        history.run(id, batch, 'fatalities-revised', JSON.stringify({ from: s.before.fatalities, to: s.agg.fatalities, low: s.agg.fatalities_low, high: s.agg.fatalities_high }), at);
      }
      if (s.before.fatalities !== s.agg.fatalities || s.before.status !== s.agg.status) revised.add(id);
      if (s.before.status !== s.agg.status) history.run(id, batch, 'status-changed', JSON.stringify({ from: s.before.status, to: s.agg.status }), at);
    }
  }
  prep(db, 'UPDATE mentions SET resolved = 1 WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(done));
  return { created, revised };
}

/**
 * aggregate, remembered per members array: the pass at the end of a chunk aggregates again every
 * event the chunk touched, most with the same tellings and opposition as at their last join. A
 * members array only grows (a join or a merge pushes onto it; a merge's re-sort follows its push),
 * so the same length and opposition mean the same tellings, and the same aggregate.
 */
const aggregates = new WeakMap<MentionRecord[], { length: number; opposed: boolean; agg: EventAggregate }>();
function aggregateOf(members: MentionRecord[], opposed: boolean): EventAggregate {
  const hit = aggregates.get(members);
  if (hit && hit.length === members.length && hit.opposed === opposed) return hit.agg;
  const agg = aggregate(members, opposed);
  aggregates.set(members, { length: members.length, opposed, agg });
  return agg;
}

const CANDIDATE_COLUMNS = `e.id, e.sub_event_type, e.event_date, e.time_precision, e.place_key, e.lat, e.lon, e.country, e.admin1,
  e.geo_precision, e.location, e.actor_keys, e.actor1, e.actor2, e.evidence, e.created_batch`;

/** The half-degree cell of a coordinate, as SQLite computes it in the events_cell_date index. */
const CELL_LAT = '(CAST(e.lat * 2 AS INTEGER) - (e.lat * 2 < CAST(e.lat * 2 AS INTEGER)))';
const CELL_LON = '(CAST(e.lon * 2 AS INTEGER) - (e.lon * 2 < CAST(e.lon * 2 AS INTEGER)))';
const cellOf = (deg: number) => Math.floor(deg * 2);

/** Half the side of the box in which nearby events are looked for (placeScore's limits are 4 and 15 km). */
const BOX_DEG = 0.2;

/**
 * Events that could be the same incident: compatible type, overlapping month window, same country,
 * and the same place key, the same province, or within BOX_DEG degrees. Each is found through an
 * index on (place, date), so the cost follows the events near the mention, not the database's size.
 * Where the province is the only link, placeScore is 0 unless one side is province-level or the two
 * lie within 15 km: only province-level events are read by province, and the box is widened in
 * longitude to 15 km (at high latitudes 0.2 degrees is less) for those of the same province.
 */
function findCandidates(db: DB, m: MentionRecord, sameReportIds: string[], states?: ReadonlyMap<string, EventState>): Candidate[] {
  const types = compatibleTypes(m.sub_event_type);
  const byId = new Map<string, Candidate>();
  const range = m.date ? dateRange(m.date, m.precision) : null;
  if (range && (m.placeKey || m.lat !== null) && !isCountryLevel(m)) {
    // Unary + keeps SQLite from choosing the type or country index: that would read the whole world's month.
    const common = `+e.sub_event_type IN (${types.map(() => '?').join(',')}) AND (+e.country IS NULL OR ? IS NULL OR +e.country = ?)`;
    const commonParams = [...types, m.country, m.country];
    const add = (rows: Candidate[]) => {
      for (const r of rows) byId.set(r.id, r);
    };
    if (m.placeKey) add(inWindow<Candidate>(db, CANDIDATE_COLUMNS, `e.place_key = ? AND ${common}`, [m.placeKey, ...commonParams], range));
    if (m.admin1) {
      const where = m.geo_precision === 3 ? `e.admin1 = ? AND ${common}` : `e.admin1 = ? AND e.geo_precision = 3 AND ${common}`;
      add(inWindow<Candidate>(db, CANDIDATE_COLUMNS, where, [m.admin1, ...commonParams], range));
    }
    if (m.lat !== null && m.lon !== null) {
      const [lat, lon] = [m.lat, m.lon];
      // 15 km of longitude at the box's most poleward latitude, and never less than the box itself.
      const poleward = Math.min(89, Math.abs(lat) + BOX_DEG);
      const wideLon = Math.max(BOX_DEG, (15 / (111.19 * Math.cos((poleward * Math.PI) / 180))) * 1.05);
      const [lat0, lat1, lon0, lon1] = [lat - BOX_DEG, lat + BOX_DEG, lon - wideLon, lon + wideLon];
      const cellsLat = cellRange(lat0, lat1);
      const cellsLon = cellRange(lon0, lon1);
      // Near the poles the widened box spans too many cells: the latitude band is read instead.
      const where =
        cellsLat.length * cellsLon.length <= 16
          ? `${CELL_LAT} IN (${cellsLat.map(() => '?').join(',')}) AND ${CELL_LON} IN (${cellsLon.map(() => '?').join(',')})
             AND +e.lat BETWEEN ? AND ? AND +e.lon BETWEEN ? AND ? AND ${common}`
          : `e.lat BETWEEN ? AND ? AND +e.lon BETWEEN ? AND ? AND ${common}`;
      const params = cellsLat.length * cellsLon.length <= 16 ? [...cellsLat, ...cellsLon] : [];
      const rows = inWindow<Candidate>(db, CANDIDATE_COLUMNS, where, [...params, lat0, lat1, lon0, lon1, ...commonParams], range);
      // The plain box as before; beyond it in longitude only events of the same province.
      add(rows.filter((r) => (r.lon! >= lon - BOX_DEG && r.lon! <= lon + BOX_DEG) || (!!m.admin1 && r.admin1 === m.admin1)));
    }
  }
  // The page's own events: those this chunk holds are read from memory (their matching columns are
  // as stored, see writeEvent), the others from the table in one statement.
  const unread: string[] = [];
  for (const id of sameReportIds) {
    const stored = states?.get(id)?.stored;
    if (stored) byId.set(id, candidateOf(stored));
    else unread.push(id);
  }
  if (unread.length) {
    const rows = prep(db, `SELECT ${CANDIDATE_COLUMNS} FROM events e WHERE e.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(unread)) as Candidate[];
    for (const r of rows) byId.set(r.id, r);
  }
  resolveCounters.candidates += byId.size;
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A candidate row from an event's stored row (the same columns CANDIDATE_COLUMNS reads). */
function candidateOf(r: Record<string, unknown>): Candidate {
  return {
    id: r.id as string,
    sub_event_type: r.sub_event_type as string,
    event_date: r.event_date as string | null,
    time_precision: r.time_precision as number | null,
    place_key: r.place_key as string | null,
    lat: r.lat as number | null,
    lon: r.lon as number | null,
    country: r.country as string | null,
    admin1: r.admin1 as string | null,
    geo_precision: r.geo_precision as number | null,
    location: r.location as string | null,
    actor_keys: r.actor_keys as string,
    actor1: r.actor1 as string | null,
    actor2: r.actor2 as string | null,
    evidence: r.evidence as string | null,
    created_batch: r.created_batch as number,
  };
}

const dayStrings = new Map<number, string>();

/** dayString, remembered: each lookup needs four, and a run spans a few thousand days. */
function dayOf(n: number): string {
  let d = dayStrings.get(n);
  if (d === undefined) {
    if (dayStrings.size > 100_000) dayStrings.clear();
    dayStrings.set(n, (d = dayString(n)));
  }
  return d;
}

/** Events dated to a day (±1) or a week (±3) can share a day with a range only within 3 days of it. */
const NARROW_DAYS = 3;
/** Dated to the month or less precisely (as dateRange reads any precision but 1 and 2). */
const COARSE = 'e.time_precision IS NOT 1 AND e.time_precision IS NOT 2';

/**
 * Events matching `where` whose date can overlap `range` (dateScore > 0, the test both matching
 * and contradictions start from): those dated to the day or week within NARROW_DAYS of it, and
 * those dated only to the month within WINDOW_DAYS. Each half has its index (the second a partial
 * one over month-dated events, a small minority), so a busy place costs its few days, not its two
 * months. Rows may come twice (a month-dated event inside the narrow window).
 */
function inWindow<T>(db: DB, columns: string, where: string, params: unknown[], range: [number, number]): T[] {
  // The statement's text by its parts: built (and hashed by the statement cache) once per shape,
  // not on each of the tens of thousands of calls a resolution makes.
  let byWhere = windowSql.get(columns);
  if (!byWhere) windowSql.set(columns, (byWhere = new Map()));
  let sql = byWhere.get(where);
  if (sql === undefined) {
    sql = `SELECT ${columns} FROM events e WHERE ${where} AND e.event_date BETWEEN ? AND ?
     UNION ALL
     SELECT ${columns} FROM events e WHERE ${where} AND e.event_date BETWEEN ? AND ? AND ${COARSE}`;
    // Shapes are few (they vary with the count of types and cells); the bound is only a guard.
    if (byWhere.size > 1000) byWhere.clear();
    byWhere.set(where, sql);
  }
  return prep(db, sql).all(
    ...params,
    dayOf(range[0] - NARROW_DAYS),
    dayOf(range[1] + NARROW_DAYS),
    ...params,
    dayOf(range[0] - WINDOW_DAYS),
    dayOf(range[1] + WINDOW_DAYS),
  ) as T[];
}

/** inWindow's statement texts, by columns then condition. */
const windowSql = new Map<string, Map<string, string>>();

/** The half-degree cells from one coordinate to another. */
function cellRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = cellOf(from); c <= cellOf(to); c++) out.push(c);
  return out;
}

function isOpposed(db: DB, id: string): boolean {
  return prep(db, "SELECT 1 FROM contradictions WHERE (event_a = ? OR event_b = ?) AND kind IN ('withdrawal', 'control') LIMIT 1").get(id, id) !== undefined;
}

/**
 * The columns an event update writes together, grouped by the indexes and triggers they feed:
 * when any column of a group changed, the group is written (unchanged values are rewritten as
 * they are; the triggers test for real changes). Every updatable column is in exactly one group.
 */
export const UPDATE_GROUPS: readonly (readonly string[])[] = [
  // Read by no index: rewriting them costs only the row.
  ['inter1', 'inter2', 'interaction', 'location', 'geonameid', 'admin2', 'fatalities_low', 'fatalities_best', 'fatalities_high',
    'actor_keys', 'claimed_by', 'outlets', 'corroboration', 'mentions_count', 'evidence', 'first_seen', 'last_seen', 'updated_batch'],
  ['event_date', 'time_precision', 'event_type', 'sub_event_type'],
  ['place_key', 'location_norm', 'lat', 'lon', 'country', 'iso', 'admin1', 'geo_precision'],
  ['actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2'],
  ['fatalities'],
  ['status'],
  ['sources_count'],
];

/**
 * The event columns resolution itself reads while a chunk is under way (candidate rows and their
 * search by place, province, cell, date and type): these must be in the table as soon as they change.
 */
const MATCHING_COLUMNS = ['sub_event_type', 'event_date', 'time_precision', 'place_key', 'lat', 'lon', 'country', 'admin1', 'geo_precision',
  'location', 'actor_keys', 'actor1', 'actor2', 'evidence'] as const;

/** writeEvent's UPDATE statements by the mask of groups changed (at most 2^7), with their columns. */
const updateSql = new Map<number, { sql: string; changed: readonly string[] }>();

function writeEvent(db: DB, s: EventState, batch: number, opts: { deferUnlessMatching?: boolean } = {}): void {
  const a = s.agg!;
  const keys = [...actorSet(s.members)].sort();
  const row = {
    id: s.id,
    event_type: a.event_type,
    sub_event_type: a.sub_event_type,
    event_date: a.event_date,
    time_precision: a.time_precision,
    actor1: a.actor1,
    assoc_actor_1: a.assoc_actor_1,
    inter1: a.inter1,
    actor2: a.actor2,
    assoc_actor_2: a.assoc_actor_2,
    inter2: a.inter2,
    interaction: a.interaction,
    location: a.location,
    location_norm: a.location ? normPlace(a.location) : null,
    place_key: a.placeKey,
    lat: a.lat,
    lon: a.lon,
    geonameid: a.geonameid,
    country: a.country,
    iso: countryFacts(a.country)?.cca3 ?? null,
    admin1: a.admin1,
    admin2: a.admin2,
    geo_precision: a.geo_precision,
    fatalities: a.fatalities,
    fatalities_low: a.fatalities_low,
    fatalities_best: a.fatalities_best,
    fatalities_high: a.fatalities_high,
    status: a.status,
    actor_keys: JSON.stringify(keys),
    claimed_by: JSON.stringify(a.claimedBy),
    outlets: JSON.stringify(a.outlets),
    sources_count: a.sourcesCount,
    corroboration: a.corroboration,
    mentions_count: a.mentionsCount,
    evidence: a.evidence,
    first_seen: a.firstSeen,
    last_seen: a.lastSeen,
    created_batch: s.createdBatch,
    updated_batch: batch,
  };
  if (s.stored) {
    const stored = s.stored;
    const differs = (k: string) => row[k as keyof typeof row] !== stored[k];
    if (opts.deferUnlessMatching && !MATCHING_COLUMNS.some(differs)) return;
    // Whole groups are written (see UPDATE_GROUPS): a few dozen distinct statements, not one per
    // combination of changed columns, while an index is still touched only when its group changed.
    // The changed groups as a bit mask: the statement's text is built once per combination.
    let mask = 0;
    for (let g = 0; g < UPDATE_GROUPS.length; g++) if (UPDATE_GROUPS[g]!.some(differs)) mask |= 1 << g;
    const outletsChanged = differs('outlets');
    s.stored = { ...stored, ...row, created_batch: stored.created_batch };
    if (mask === 0) return;
    let update = updateSql.get(mask);
    if (!update) {
      const changed = UPDATE_GROUPS.filter((_, g) => mask & (1 << g)).flat();
      updateSql.set(mask, (update = { sql: `UPDATE events SET ${changed.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`, changed }));
    }
    const params: Record<string, unknown> = { id: row.id };
    for (const k of update.changed) params[k] = row[k as keyof typeof row];
    prep(db, update.sql).run(params);
    if (outletsChanged) writeSources(db, s.id, a.outlets);
    return;
  }
  s.stored = row;
  prep(db, 
    `INSERT INTO events (id, event_type, sub_event_type, event_date, time_precision, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2,
       inter2, interaction, location, location_norm, place_key, lat, lon, geonameid, country, iso, admin1, admin2, geo_precision, fatalities,
       fatalities_low, fatalities_best, fatalities_high, status, actor_keys, claimed_by, outlets, sources_count, corroboration,
       mentions_count, evidence, first_seen, last_seen, created_batch, updated_batch)
     VALUES (@id, @event_type, @sub_event_type, @event_date, @time_precision, @actor1, @assoc_actor_1, @inter1, @actor2, @assoc_actor_2,
       @inter2, @interaction, @location, @location_norm, @place_key, @lat, @lon, @geonameid, @country, @iso, @admin1, @admin2, @geo_precision,
       @fatalities, @fatalities_low, @fatalities_best, @fatalities_high, @status, @actor_keys, @claimed_by, @outlets, @sources_count,
       @corroboration, @mentions_count, @evidence, @first_seen, @last_seen, @created_batch, @updated_batch)
     ON CONFLICT(id) DO UPDATE SET event_type = excluded.event_type, sub_event_type = excluded.sub_event_type,
       event_date = excluded.event_date, time_precision = excluded.time_precision, actor1 = excluded.actor1,
       assoc_actor_1 = excluded.assoc_actor_1, inter1 = excluded.inter1, actor2 = excluded.actor2, assoc_actor_2 = excluded.assoc_actor_2,
       inter2 = excluded.inter2, interaction = excluded.interaction, location = excluded.location, location_norm = excluded.location_norm,
       place_key = excluded.place_key, lat = excluded.lat, lon = excluded.lon, geonameid = excluded.geonameid, country = excluded.country,
       iso = excluded.iso, admin1 = excluded.admin1, admin2 = excluded.admin2, geo_precision = excluded.geo_precision,
       fatalities = excluded.fatalities, fatalities_low = excluded.fatalities_low, fatalities_best = excluded.fatalities_best,
       fatalities_high = excluded.fatalities_high, status = excluded.status, actor_keys = excluded.actor_keys,
       claimed_by = excluded.claimed_by, outlets = excluded.outlets, sources_count = excluded.sources_count,
       corroboration = excluded.corroboration, mentions_count = excluded.mentions_count, evidence = excluded.evidence,
       first_seen = excluded.first_seen, last_seen = excluded.last_seen, updated_batch = excluded.updated_batch`,
  ).run(row);
  writeSources(db, s.id, a.outlets);
}

function writeSources(db: DB, id: string, outlets: readonly string[]): void {
  prep(db, 'DELETE FROM event_sources WHERE event_id = ?').run(id);
  const src = prep(db, 'INSERT INTO event_sources (event_id, outlet) VALUES (?, ?)');
  for (const o of outlets) src.run(id, o);
}


/**
 * Recomputes the contradictions of the touched events (within each, and against neighbours in
 * the same place and window). Returns the untouched events whose status may change as a result.
 */
function refreshContradictions(db: DB, touched: string[], load: (id: string) => EventState, loaded: (id: string) => boolean): string[] {
  const affected = new Set<string>();
  const del = prep(db, 'DELETE FROM contradictions WHERE event_a = ? OR event_b = ?');
  const partners = prep(db, 'SELECT event_a, event_b FROM contradictions WHERE event_a = ? OR event_b = ?');
  for (const id of touched) {
    for (const r of partners.all(id, id) as { event_a: string; event_b: string }[]) {
      affected.add(r.event_a);
      affected.add(r.event_b);
    }
    del.run(id, id);
  }
  const found: Contradiction[] = [];
  const view = (id: string): EventView => {
    const s = load(id);
    if (!s.agg) s.agg = aggregate(s.members, false);
    return { id, agg: s.agg, members: s.members };
  };
  for (const id of touched) {
    const v = view(id);
    found.push(...withinEvent(id, v.members));
    const pairs = pairsPossible(v);
    for (const n of neighbours(db, v)) {
      // A neighbour not in memory is read with its tellings only when the two could contradict
      // each other (see pairsPossible): its row tells the rest. The others were read and found
      // nothing, at a cost and memory that grew with the events of a busy place.
      if (!loaded(n.id) && !pairs.mayPair(n, db)) continue;
      found.push(...betweenEvents(v, view(n.id)));
    }
  }
  const ins = prep(db, 
    `INSERT OR IGNORE INTO contradictions (key, kind, event_a, event_b, mention_a, mention_b, place_key, event_date, summary, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const ev = load(c.eventA).agg!;
    ins.run(c.key, c.kind, c.eventA, c.eventB, c.a.id, c.b.id, ev.placeKey, ev.event_date, c.summary, JSON.stringify(c.detail));
    affected.add(c.eventA);
    affected.add(c.eventB);
  }
  for (const id of touched) affected.delete(id);
  return [...affected];
}

/** A neighbour as its row tells it: what decides whether it could contradict an event at all. */
interface NeighbourRow {
  id: string;
  sub_event_type: string;
  place_key: string | null;
  event_date: string | null;
}

/**
 * Whether an event can contradict a neighbour, from the neighbour's row (its aggregate fields, as
 * written when it was last touched) and, when needed, its tellings' evidence alone. A necessary
 * condition for each kind betweenEvents finds (src/resolve/contradictions.ts):
 * - control and actor: both in one place (the same place key) on one day, both changes of hands
 *   or of one sub-event type;
 * - withdrawal: a withdrawal (a non-violent transfer telling of leaving) on one side and a
 *   counter-statement on the other.
 * Only when one holds is the neighbour read with its tellings and given to betweenEvents, which
 * decides as before.
 */
function pairsPossible(v: EventView): { mayPair: (n: NeighbourRow, db: DB) => boolean } {
  const a = v.agg;
  // Looser than contradictions.ts's tests (denials included), so never false where they are true.
  const counters = v.members.some((m) => COUNTER_WITHDRAWAL.test(m.evidence));
  const withdraws = v.members.some((m) => m.sub_event_type === 'Non-violent transfer of territory' && WITHDRAWAL.test(m.evidence));
  const territorial = (TERRITORY_SUB_EVENTS as readonly string[]).includes(a.sub_event_type);
  return {
    mayPair: (n, db) => {
      // A counter-statement here pairs with any withdrawal there: only the tellings can tell.
      if (counters) return true;
      if (
        a.placeKey !== null &&
        n.place_key === a.placeKey &&
        n.event_date === a.event_date &&
        (n.sub_event_type === a.sub_event_type || (territorial && (TERRITORY_SUB_EVENTS as readonly string[]).includes(n.sub_event_type)))
      ) {
        return true;
      }
      if (!withdraws) return false;
      const evidence = prep(db, 'SELECT m.evidence_text FROM event_mentions em JOIN mentions m ON m.id = em.mention_id WHERE em.event_id = ?')
        .pluck()
        .all(n.id) as string[];
      return evidence.some((t) => COUNTER_WITHDRAWAL.test(t));
    },
  };
}

/**
 * Other events in the same place (or province, when either side is vague) within the window. An
 * event that tells of a withdrawal or of staying put looks across its whole province: "leaving the
 * Aleppo countryside" and "not leaving the villages north of Aleppo" are about one area.
 */
function neighbours(db: DB, v: EventView): NeighbourRow[] {
  const a = v.agg;
  if (!a.event_date || (!a.placeKey && !a.admin1)) return [];
  const range = dateRange(a.event_date, (a.time_precision ?? 3) as 1 | 2 | 3);
  if (!range) return [];
  const presence = v.members.some((m) => WITHDRAWAL.test(m.evidence) || COUNTER_WITHDRAWAL.test(m.evidence));
  // Between two events with different place keys only a withdrawal pair can arise (control and
  // actor contradictions need one place), and a pair needs a withdrawal or a counter-statement on
  // this side: without one, the province's events need not be loaded at all. (Reading them made
  // each province-level mention cost more as the database filled.) Only events whose dates can
  // overlap are read (betweenEvents finds nothing between others), nearest-first by index; the cap
  // of 200 (lowest ids) bounds a pathological place.
  const rows = new Map<string, NeighbourRow>();
  const add = (found: NeighbourRow[]) => {
    for (const r of found) rows.set(r.id, r);
  };
  const columns = 'e.id, e.sub_event_type, e.place_key, e.event_date';
  if (a.placeKey) add(inWindow(db, columns, 'e.place_key = ? AND e.id != ?', [a.placeKey, v.id], range));
  if (presence && a.admin1) add(inWindow(db, columns, 'e.admin1 = ? AND e.id != ?', [a.admin1, v.id], range));
  resolveCounters.neighbours += rows.size;
  return [...rows.keys()].sort().slice(0, 200).map((id) => rows.get(id)!);
}

/** The event's row in the control timeline: who holds the place from its date, if it is a change of hands. */
function writeControl(db: DB, s: EventState): void {
  prep(db, 'DELETE FROM control WHERE event_id = ?').run(s.id);
  const a = s.agg!;
  if (!a.event_date || !a.location) return;
  const lead = [...s.members].filter((m) => m.claimStatus !== 'denied').sort((x, y) => y.salience - x.salience || (x.key < y.key ? -1 : 1))[0];
  const tr = transferOf(a, lead?.evidence ?? '');
  if (!tr) return;
  const confidence = controlConfidence(a.status as EventStatus, a.corroboration);
  if (confidence === null) return;
  // Nothing changes hands when the "new" holder is the old one (an actor regaining what it held).
  if (tr.holder && tr.previous && actorKey(tr.holder) === actorKey(tr.previous)) return;
  prep(db, 
    `INSERT INTO control (place_key, place_name, place_norm, admin1, country, lat, lon, geo_precision, since, holder, previous, event_id,
       sub_event_type, status, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    a.placeKey ?? `name:${normPlace(a.location)}`,
    a.location,
    normPlace(a.location),
    a.admin1,
    a.country,
    a.lat,
    a.lon,
    a.geo_precision,
    a.event_date,
    tr.holder,
    tr.previous,
    s.id,
    a.sub_event_type,
    a.status,
    confidence,
  );
}
