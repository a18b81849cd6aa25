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

type DB = Database.Database;

/** The part of the resolver's per-event state a merge reads and changes. */
export interface MergeableState {
  id: string;
  members: MentionRecord[];
  createdBatch: number;
  before: { fatalities: number; status: string } | null;
}

export interface MergeContext<S extends MergeableState, C extends { id: string; created_batch: number }> {
  db: DB;
  batch: number;
  at: string;
  /** The mention that bridged the events, and the event it joined (already holding it). */
  mention: MentionRecord;
  joined: S;
  /** The mention's candidate events as read before it joined, with its score against each. */
  candidates: { c: C; score: number }[];
  minScore: number;
  /** How well a mention fits a candidate event row (the resolver's matchScore). */
  score: (m: MentionRecord, c: C, sameReport: boolean) => number;
  load: (id: string) => S;
  /** Forget an absorbed event's in-memory state. */
  forget: (id: string) => void;
  /** A pending mention's position in the resolution order (undefined: resolved before this call). */
  order: (mentionId: number) => number | undefined;
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
export function mergeBridgedEvents<S extends MergeableState, C extends { id: string; created_batch: number }>(
  x: MergeContext<S, C>,
): { survivor: S; absorbed: string[] } | null {
  const others = x.candidates.filter((k) => k.c.id !== x.joined.id && k.score >= x.minScore);
  if (others.length === 0) return null;
  const rows = new Map<string, C>(x.candidates.map((k) => [k.c.id, k.c]));
  const createdSeq = x.db.prepare("SELECT coalesce(min(id), 0) FROM event_history WHERE event_id = ? AND kind = 'created'").pluck();
  const candidate = (id: string, batch: number): MergeCandidate => ({ id, createdBatch: batch, createdSeq: createdSeq.get(id) as number });
  // b fits a when every telling of b fits a's event row (a's own tellings decide "same report").
  const fits = (a: string, b: string): boolean => {
    const row = rows.get(a);
    if (!row) return false;
    const aReports = new Set(x.load(a).members.map((m) => m.reportId));
    return x.load(b).members.every((m) => m.id === x.mention.id || x.score(m, row, aReports.has(m.reportId)) >= x.minScore);
  };
  const plan = planMerge(
    candidate(x.joined.id, x.joined.createdBatch),
    others.map((k) => candidate(k.c.id, k.c.created_batch)),
    fits,
  );
  if (process.env.C2_DEBUG) console.error('bridge', x.mention.key, x.joined.id, others.map((k) => `${k.c.id}@${k.score.toFixed(2)} ${fits(x.joined.id, k.c.id)}/${fits(k.c.id, x.joined.id)}`).join(' '));
  if (!plan) return null;
  const survivor = x.load(plan.survivor);
  const history = x.db.prepare('INSERT INTO event_history (event_id, batch, kind, detail, at) VALUES (?, ?, ?, ?, ?)');
  for (const id of plan.absorbed) {
    const gone = x.load(id);
    survivor.members.push(...gone.members);
    x.db.prepare('UPDATE event_mentions SET event_id = ? WHERE event_id = ?').run(survivor.id, id);
    // The absorbed event's history moves with its tellings; its founding row is renamed so that
    // the survivor has one 'created' row.
    x.db.prepare(
      `UPDATE event_history SET event_id = ?, kind = CASE kind WHEN 'created' THEN 'created-as-absorbed' ELSE kind END,
         detail = json_set(detail, '$.merged_from', ?) WHERE event_id = ?`,
    ).run(survivor.id, id, id);
    history.run(survivor.id, x.batch, 'merged', JSON.stringify({ absorbed: id, by_mention: x.mention.key, mentions: gone.members.length }), x.at);
    // Contradictions and control rows are recomputed for the survivor by the resolver.
    x.db.prepare('DELETE FROM contradictions WHERE event_a = ? OR event_b = ?').run(id, id);
    x.db.prepare('DELETE FROM control WHERE event_id = ?').run(id);
    x.db.prepare('DELETE FROM events WHERE id = ?').run(id);
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
