// Applies src/resolve/consolidate.ts in the database: when a new telling fits more than one event,
// the events that fit each other become one. The survivor keeps the older id and gains the
// absorbed events' mentions and history; both histories record the merge (the survivor's
// 'merged' row names the absorbed id, the absorbed event's own rows move with it, marked
// `merged_from`), and the reader leads the absorbed id to the survivor (redirectOf). Runs inside
// the resolver's transaction, on the mention's candidates only, so it costs nothing when a
// telling fits a single event.
import type Database from 'better-sqlite3';
import { planMerge, type MergeCandidate } from '../resolve/consolidate.js';
import type { MentionRecord } from '../resolve/types.js';
import { aggregate } from '../resolve/weigh.js';
import { actorSet, unmarked } from '../resolve/match.js';
import { prep } from './statement-cache.js';

type DB = Database.Database;

/** The columns of an event row the resolver reads for its candidates. */
export interface EventRow {
  id: string;
  created_batch: number;
  sub_event_type: string;
  event_date: string | null;
  time_precision: number | null;
  place_key: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  geo_precision: number | null;
  location: string | null;
  actor_keys: string;
  actor1: string | null;
  actor2: string | null;
  evidence: string | null;
}

/** Whether a telling adds to its event what the event's row lacked (so the event may fit new neighbours). */
function revises(m: MentionRecord, row: EventRow): boolean {
  if (m.sub_event_type !== row.sub_event_type) return true;
  if ((m.placeKey !== null && row.place_key === null) || (m.geo_precision !== null && (row.geo_precision === null || m.geo_precision < row.geo_precision))) return true;
  if (m.date !== null && (row.event_date === null || m.precision < (row.time_precision ?? 3))) return true;
  const known = new Set((JSON.parse(row.actor_keys) as string[]).map(unmarked));
  return [...actorSet([m])].some((k) => !known.has(unmarked(k)));
}

/** The matching fields of an event row, recomputed from its tellings as the resolver writes them. */
function rowFields(members: MentionRecord[]): Omit<EventRow, 'id' | 'created_batch'> {
  const a = aggregate(members, false);
  return {
    sub_event_type: a.sub_event_type,
    event_date: a.event_date,
    time_precision: a.time_precision,
    place_key: a.placeKey,
    lat: a.lat,
    lon: a.lon,
    country: a.country,
    admin1: a.admin1,
    geo_precision: a.geo_precision,
    location: a.location,
    actor_keys: JSON.stringify([...actorSet(members)].sort()),
    actor1: a.actor1,
    actor2: a.actor2,
    evidence: a.evidence,
  };
}

/** An event as a telling of itself: its aggregate fields, tested against another event as a new mention would be. */
function asMention(e: EventRow, members: MentionRecord[]): MentionRecord {
  const lead = members[0]!;
  return {
    ...lead,
    sub_event_type: e.sub_event_type as MentionRecord['sub_event_type'],
    date: e.event_date,
    precision: (e.time_precision ?? 3) as 1 | 2 | 3,
    actor1: e.actor1,
    actor2: e.actor2,
    location: e.location,
    placeKey: e.place_key,
    lat: e.lat,
    lon: e.lon,
    geonameid: null,
    country: e.country,
    admin1: e.admin1,
    geo_precision: e.geo_precision as MentionRecord['geo_precision'],
    evidence: e.evidence ?? lead.evidence,
  };
}

/** The part of the resolver's per-event state a merge reads and changes. */
export interface MergeableState {
  id: string;
  members: MentionRecord[];
  createdBatch: number;
  before: { fatalities: number; status: string } | null;
}

export interface MergeContext<S extends MergeableState, C extends EventRow> {
  db: DB;
  batch: number;
  at: string;
  /** The mention that bridged the events, and the event it joined (already holding it). */
  mention: MentionRecord;
  joined: S;
  /** The mention's candidate events as read before it joined, with its score against each. */
  candidates: { c: C; score: number }[];
  minScore: number;
  /** How well a mention fits a candidate event row (the resolver's matchScore), its actors given. */
  score: (m: MentionRecord, c: C, sameReport: boolean, actors: Set<string>) => number;
  load: (id: string) => S;
  /** Forget an absorbed event's in-memory state. */
  forget: (id: string) => void;
  /** A pending mention's position in the resolution order (undefined: resolved before this call). */
  order: (mentionId: number) => number | undefined;
  /** The events a telling could join (the resolver's candidate search), to look again for a revised event. */
  find: (m: MentionRecord) => C[];
}

/** Mentions in the order the resolver's load keeps them: resolved before this call by id, then this call's in order. */
function memberOrder(order: (mentionId: number) => number | undefined) {
  return (x: MentionRecord, y: MentionRecord): number => {
    const [px, py] = [order(x.id), order(y.id)];
    if (px === undefined || py === undefined) return px === py ? x.id - y.id : px === undefined ? -1 : 1;
    return px - py;
  };
}

/**
 * Merges the events the mention bridges, when they fit each other. Returns the surviving event's
 * state (the mention's event from now on) and the ids absorbed, or null when nothing merged.
 */
export function mergeBridgedEvents<S extends MergeableState, C extends EventRow>(
  x: MergeContext<S, C>,
): { survivor: S; absorbed: string[] } | null {
  const others = x.candidates.filter((k) => k.c.id !== x.joined.id && k.score >= x.minScore).map((k) => k.c);
  const rows = new Map<string, C>(x.candidates.map((k) => [k.c.id, k.c]));
  // A telling that brings the event a place, a closer date, a type or an actor it lacked revises
  // it: the event as it now stands may fit events its earlier tellings did not.
  const before = rows.get(x.joined.id);
  if (before && revises(x.mention, before)) {
    const now = { ...before, ...rowFields(x.joined.members) };
    rows.set(x.joined.id, now);
    for (const c of x.find(asMention(now, x.joined.members))) {
      if (c.id === x.joined.id || rows.has(c.id)) continue;
      rows.set(c.id, c);
      others.push(c);
    }
  }
  if (others.length === 0) return null;
  const createdSeq = prep(x.db, "SELECT coalesce(min(id), 0) FROM event_history WHERE event_id = ? AND kind = 'created'").pluck();
  const candidate = (id: string, batch: number): MergeCandidate => ({ id, createdBatch: batch, createdSeq: createdSeq.get(id) as number });
  // b fits a when b's event, as it stands (its type, place, date and actors), fits a's event row as
  // a new telling would; a's tellings decide whether the two share a report.
  const fits = (a: string, b: string): boolean => {
    const [ra, rb] = [rows.get(a), rows.get(b)];
    if (!ra || !rb) return false;
    const aReports = new Set(x.load(a).members.map((m) => m.reportId));
    const sameReport = x.load(b).members.some((m) => aReports.has(m.reportId));
    return x.score(asMention(rb, x.load(b).members), ra, sameReport, new Set(JSON.parse(rb.actor_keys) as string[])) >= x.minScore;
  };
  const plan = planMerge(
    candidate(x.joined.id, x.joined.createdBatch),
    others.map((c) => candidate(c.id, c.created_batch)),
    fits,
  );
  if (!plan) return null;
  const survivor = x.load(plan.survivor);
  const history = prep(x.db, 'INSERT INTO event_history (event_id, batch, kind, detail, at) VALUES (?, ?, ?, ?, ?)');
  for (const id of plan.absorbed) {
    const gone = x.load(id);
    survivor.members.push(...gone.members);
    prep(x.db, 'UPDATE event_mentions SET event_id = ? WHERE event_id = ?').run(survivor.id, id);
    // The absorbed event's history moves with its tellings; its founding row is renamed so that
    // the survivor has one 'created' row.
    prep(x.db, 
      `UPDATE event_history SET event_id = ?, kind = CASE kind WHEN 'created' THEN 'created-as-absorbed' ELSE kind END,
         detail = json_set(detail, '$.merged_from', ?) WHERE event_id = ?`,
    ).run(survivor.id, id, id);
    history.run(survivor.id, x.batch, 'merged', JSON.stringify({ absorbed: id, by_mention: x.mention.key, mentions: gone.members.length }), x.at);
    // Contradictions and control rows are recomputed for the survivor by the resolver.
    prep(x.db, 'DELETE FROM contradictions WHERE event_a = ? OR event_b = ?').run(id, id);
    prep(x.db, 'DELETE FROM control WHERE event_id = ?').run(id);
    prep(x.db, 'DELETE FROM events WHERE id = ?').run(id);
    x.forget(id);
  }
  survivor.members.sort(memberOrder(x.order));
  return { survivor, absorbed: plan.absorbed };
}

/** The event an absorbed id now lives in (following merges of merges), or null when it was never merged. */
export function redirectOf(db: DB, id: string): string | null {
  const find = db.prepare("SELECT event_id FROM event_history WHERE kind = 'merged' AND json_extract(detail, '$.absorbed') = ? LIMIT 1").pluck();
  let at = id;
  for (let hops = 0; hops < 16; hops++) {
    const next = find.get(at) as string | undefined;
    if (!next) return at === id ? null : at;
    at = next;
  }
  return at;
}
