// Claims that cannot both be true, as pairs of mentions with their evidence.
// Within an event: different tolls, a claim and its denial, different actors credited with it.
// Between events: a withdrawal against a counter-statement at the same place and time, different
// holders of one place on one day, one attack credited to different actors.
import { TERRITORY_SUB_EVENTS, type SubEventType } from '../core/taxonomy.js';
import { actorKey, attributesActors, dateScore, placeScore } from './match.js';
import type { MentionRecord } from './types.js';
import { bySalience } from './weigh.js';
import type { EventAggregate } from './weigh.js';
import { COUNTER_WITHDRAWAL, WITHDRAWAL, transferOf } from './control.js';

export type ContradictionKind = 'toll' | 'denial' | 'actor' | 'withdrawal' | 'control';

export interface Contradiction {
  key: string;
  kind: ContradictionKind;
  eventA: string;
  eventB: string;
  a: MentionRecord;
  b: MentionRecord;
  summary: string;
  detail: Record<string, unknown>;
}

function pairKey(kind: string, a: MentionRecord, b: MentionRecord): string {
  const [x, y] = a.key < b.key ? [a.key, b.key] : [b.key, a.key];
  return `${kind}|${x}|${y}`;
}

function make(kind: ContradictionKind, eventA: string, a: MentionRecord, eventB: string, b: MentionRecord, summary: string, detail: Record<string, unknown> = {}): Contradiction {
  return { key: pairKey(kind, a, b), kind, eventA, eventB, a, b, summary, detail };
}

/** One-sided attacks: actor1 is the perpetrator, so two different actor1s are two different accounts. */
const ATTRIBUTED: readonly SubEventType[] = [
  'Air/drone strike',
  'Shelling/artillery/missile attack',
  'Suicide bomb',
  'Remote explosive/landmine/IED',
  'Chemical weapon',
  'Grenade',
  'Attack',
  'Abduction/forced disappearance',
  'Sexual violence',
];

/** Contradictions among the mentions of one event. */
export function withinEvent(eventId: string, members: MentionRecord[]): Contradiction[] {
  const out: Contradiction[] = [];
  const ms = [...members].sort(bySalience);
  const asserted = ms.filter((m) => m.claimStatus !== 'denied');
  const denied = ms.filter((m) => m.claimStatus === 'denied');

  // Different tolls: the lowest against the highest, with every figure in the detail.
  const tolls = asserted.filter((m) => m.fatalities > 0).sort((a, b) => a.fatalities - b.fatalities || bySalience(a, b));
  if (tolls.length >= 2 && tolls[0].fatalities !== tolls.at(-1)!.fatalities) {
    const lo = tolls[0];
    const hi = tolls.at(-1)!;
    out.push(
      make('toll', eventId, lo, eventId, hi, `death toll differs: ${lo.fatalities} (${lo.outlet}) vs ${hi.fatalities} (${hi.outlet})`, {
        figures: tolls.map((m) => ({ mention: m.key, fatalities: m.fatalities, outlet: m.outlet, by: m.claimBy })),
      }),
    );
  }

  // A claim and its denial: each denial against the most salient assertion.
  if (asserted.length) {
    for (const d of denied) {
      out.push(make('denial', eventId, asserted[0], eventId, d, `asserted${asserted[0].claimBy ? ` by ${asserted[0].claimBy}` : ''}, denied${d.claimBy ? ` by ${d.claimBy}` : ''}`));
    }
  }

  // A withdrawal and a counter-statement told as the same event.
  out.push(...withdrawalPairs({ id: eventId, members: asserted }, { id: eventId, members: asserted }));

  // Different perpetrators credited with one attack.
  const byActor = new Map<string, MentionRecord>();
  for (const m of asserted) {
    if (!ATTRIBUTED.includes(m.sub_event_type)) continue;
    const k = actorKey(m.actor1);
    if (k && !k.startsWith('unidentified') && !byActor.has(k)) byActor.set(k, m);
  }
  const credited = [...byActor.values()];
  for (let i = 1; i < credited.length; i++) {
    // Which side only attributes the attack ("blamed on", a party's claim): the weighing keeps an
    // observed perpetrator over an attributed one, and none when attributions alone tie.
    const [a, b] = [credited[0], credited[i]];
    const how = (m: MentionRecord) => (attributesActors(m) ? ' (attributed)' : '');
    out.push(
      make('actor', eventId, a, eventId, b, `attack credited to ${a.actor1}${how(a)} and to ${b.actor1}${how(b)}`, {
        attributed: [attributesActors(a), attributesActors(b)],
      }),
    );
  }
  return out;
}

export interface EventView {
  id: string;
  agg: EventAggregate;
  members: MentionRecord[];
}

/** Mentions that assert a withdrawal: a non-violent transfer told as actor1 leaving, not negated. */
function withdrawals(ms: MentionRecord[]): MentionRecord[] {
  return ms.filter(
    (m) =>
      m.claimStatus !== 'denied' &&
      m.actor1 &&
      m.sub_event_type === 'Non-violent transfer of territory' &&
      WITHDRAWAL.test(m.evidence) &&
      !COUNTER_WITHDRAWAL.test(m.evidence),
  );
}

/**
 * A withdrawal in `a` against a counter-statement in `b` about the same actor (or an unnamed one:
 * "the group is digging tunnels"): at most one pair.
 */
function withdrawalPairs(a: Pick<EventView, 'id' | 'members'>, b: Pick<EventView, 'id' | 'members'>): Contradiction[] {
  const out: Contradiction[] = [];
  const counters = [...b.members].filter((m) => m.claimStatus !== 'denied' && COUNTER_WITHDRAWAL.test(m.evidence)).sort(bySalience);
  for (const w of [...withdrawals(a.members)].sort(bySalience)) {
    const who = actorKey(w.actor1);
    const c = counters.find((m) => m.key !== w.key && (m.actor1 === null || actorKey(m.actor1) === who));
    if (!c) continue;
    out.push(make('withdrawal', a.id, w, b.id, c, `${w.actor1} said to withdraw${w.location ? ` from ${w.location}` : ''}, and said to stay or dig in`));
    // One pair per two events: the most salient withdrawal against the most salient denial of it.
    break;
  }
  return out;
}

function lead(v: EventView): MentionRecord {
  return [...v.members].sort(bySalience)[0];
}

function sameTime(a: EventView, b: EventView): boolean {
  const da = { date: a.agg.event_date, precision: (a.agg.time_precision ?? 3) as 1 | 2 | 3 };
  const db = { date: b.agg.event_date, precision: (b.agg.time_precision ?? 3) as 1 | 2 | 3 };
  return dateScore(da, db) > 0;
}

function located(v: EventView) {
  const a = v.agg;
  return { placeKey: a.placeKey, lat: a.lat, lon: a.lon, admin1: a.admin1, geo_precision: a.geo_precision as 1 | 2 | 3 | null, country: a.country, location: a.location };
}

function samePlace(a: EventView, b: EventView): boolean {
  const la = located(a);
  const lb = located(b);
  if ((!la.placeKey && la.lat == null) || (!lb.placeKey && lb.lat == null)) return false;
  return placeScore(la, lb) > 0;
}

/**
 * The same area, for statements about an actor's presence: "withdrawing from the Aleppo
 * countryside" and "not withdrawing from areas north of Aleppo" are about one province even when
 * geocoded to different towns, as long as one of them is vague (precision 2 or 3).
 */
function sameArea(a: EventView, b: EventView): boolean {
  if (samePlace(a, b)) return true;
  // Vague if any telling is: "the Aleppo countryside" may sit beside a precise mention of the city.
  const vague = [...a.members, ...b.members].some((m) => (m.geo_precision ?? 1) >= 2);
  return vague && !!a.agg.admin1 && a.agg.admin1 === b.agg.admin1 && a.agg.country === b.agg.country;
}

/** Contradictions between two distinct events that overlap in place and time. */
export function betweenEvents(a: EventView, b: EventView): Contradiction[] {
  if (a.id === b.id || a.agg.status === 'denied' || b.agg.status === 'denied') return [];
  if (!sameTime(a, b)) return [];
  const out: Contradiction[] = [];
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  const mx = lead(x);
  const my = lead(y);

  // Withdrawal vs counter-statement: "X withdraws from P" against "X digs in / is not leaving P".
  if (sameArea(x, y)) out.push(...withdrawalPairs(x, y), ...withdrawalPairs(y, x));
  if (!samePlace(x, y)) return out;

  // Different holders of one place on one day.
  const tx = TERRITORY_SUB_EVENTS.includes(x.agg.sub_event_type) ? transferOf(x.agg, mx.evidence) : null;
  const ty = TERRITORY_SUB_EVENTS.includes(y.agg.sub_event_type) ? transferOf(y.agg, my.evidence) : null;
  if (tx && ty && x.agg.placeKey && x.agg.placeKey === y.agg.placeKey && x.agg.event_date === y.agg.event_date) {
    const [hx, hy, px, py] = [tx.holder, ty.holder, tx.previous, ty.previous].map(actorKey);
    // Two different winners, or one account's winner is the other's loser ("X took it" / "X left it").
    const clash = (hx && hy && hx !== hy) || (hx && py === hx) || (hy && px === hy);
    if (clash) {
      const says = (t: typeof tx) => (t.holder ? `held by ${t.holder}` : `left by ${t.previous}`);
      out.push(make('control', x.id, mx, y.id, my, `${x.agg.location}: ${says(tx)} or ${says(ty)} on ${x.agg.event_date}`));
    }
  }

  // One attack, two perpetrators: same type, place, day and target, different actor1.
  if (
    x.agg.sub_event_type === y.agg.sub_event_type &&
    ATTRIBUTED.includes(x.agg.sub_event_type) &&
    x.agg.placeKey &&
    x.agg.placeKey === y.agg.placeKey &&
    x.agg.event_date === y.agg.event_date &&
    x.agg.time_precision === 1 &&
    y.agg.time_precision === 1 &&
    x.agg.actor2 &&
    actorKey(x.agg.actor2) === actorKey(y.agg.actor2)
  ) {
    const k1 = actorKey(x.agg.actor1);
    const k2 = actorKey(y.agg.actor1);
    if (k1 && k2 && k1 !== k2 && !k1.startsWith('unidentified') && !k2.startsWith('unidentified')) {
      out.push(make('actor', x.id, mx, y.id, my, `possibly one attack credited to ${x.agg.actor1} and to ${y.agg.actor1}`));
    }
  }
  return out;
}
