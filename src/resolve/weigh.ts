// An event from its mentions: the fields that best represent it, its fatalities as low / best /
// high with an ACLED-conservative figure, who reported and who claimed it, and its status.
import { eventTypeOf, interaction, TERRITORY_SUB_EVENTS, type SubEventType } from '../core/taxonomy.js';
import type { EventStatus, MentionRecord } from './types.js';
import { actorKey, attributesActors, knownActorKey } from './match.js';

export interface EventAggregate {
  event_type: string;
  sub_event_type: SubEventType;
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
  placeKey: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  geo_precision: number | null;
  fatalities: number;
  fatalities_low: number | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  status: EventStatus;
  claimedBy: string[];
  outlets: string[];
  sourcesCount: number;
  corroboration: number;
  mentionsCount: number;
  evidence: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Claims an outlet or monitor states as fact: they corroborate. Party claims and hedged reports do not. */
const INDEPENDENT = new Set(['reported', 'confirmed']);

/**
 * ACLED's two violent territory types differ only by who wins: state forces regain, a non-state
 * actor overtakes. When reports disagree (or a coder slipped), the winner's inter code decides.
 */
export function territorySubType(sub: SubEventType, winnerInter: number | null): SubEventType {
  if (winnerInter === null) return sub;
  if (sub === 'Government regains territory' && winnerInter !== 1) return 'Non-state actor overtakes territory';
  if (sub === 'Non-state actor overtakes territory' && winnerInter === 1) return 'Government regains territory';
  return sub;
}

/**
 * The claim status weighing uses. A question ("Is ISIS withdrawing from X?") asserts nothing:
 * stated as fact by no one, it counts as unverified whatever the extractor said.
 */
export function effectiveStatus(m: MentionRecord): MentionRecord['claimStatus'] {
  if ((m.claimStatus === 'reported' || m.claimStatus === 'confirmed') && m.evidence.trim().endsWith('?')) return 'unverified';
  return m.claimStatus;
}

/**
 * Outlets that state the event as fact. An outlet that also hedges about it ("Bombings tonight" as
 * a headline, "reports are circulating, none confirmed" in the body) has not: its most careful
 * telling is its position, unless it says the event was confirmed.
 */
export function factualOutlets(asserted: MentionRecord[]): Set<string> {
  const byOutlet = new Map<string, Set<string>>();
  for (const m of asserted) {
    const s = byOutlet.get(m.outlet) ?? new Set<string>();
    s.add(effectiveStatus(m));
    byOutlet.set(m.outlet, s);
  }
  const out = new Set<string>();
  for (const [outlet, st] of byOutlet) {
    if (st.has('confirmed') || (st.has('reported') && !st.has('unverified'))) out.add(outlet);
  }
  return out;
}

/** The most salient first; ties by key so the order never depends on load order. */
export function bySalience(a: MentionRecord, b: MentionRecord): number {
  return b.salience - a.salience || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The values naming a known actor, when there are any; else all of them. */
function namedFirst<T>(values: T[], actorOf: (v: T) => string | null): T[] {
  const named = values.filter((v) => knownActorKey(actorOf(v)) !== null);
  return named.length ? named : values;
}

function mostFrequent<T>(values: T[], keyOf: (v: T) => string | null): T | null {
  const counts = new Map<string, { n: number; first: number; v: T }>();
  values.forEach((v, i) => {
    const k = keyOf(v);
    if (k === null) return;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, first: i, v });
  });
  let best: { n: number; first: number; v: T } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best ? best.v : null;
}

/**
 * The telling whose actor1 the event keeps. A perpetrator stated as fact outranks one a telling only
 * attributes ("blamed on X", a party's claim: see attributesActors), however many outlets repeat
 * the claim. When only attributions name one, the actor most outlets credit wins, and a tie is
 * contested: the event keeps none (its `actor` contradiction says who was credited).
 */
function perpetrator(ms: MentionRecord[]): MentionRecord | null {
  const observed = ms.filter((m) => !attributesActors(m));
  if (observed.length === ms.length || namedFirst(observed, (m) => m.actor1).some((m) => knownActorKey(m.actor1))) {
    return mostFrequent(namedFirst(observed, (m) => m.actor1), (m) => actorKey(m.actor1));
  }
  const named = ms.filter((m) => knownActorKey(m.actor1));
  if (named.length === 0) return mostFrequent(ms, (m) => actorKey(m.actor1));
  const outlets = new Map<string, Set<string>>();
  for (const m of named) {
    const k = knownActorKey(m.actor1)!;
    outlets.set(k, (outlets.get(k) ?? new Set()).add(m.outlet));
  }
  const support = [...outlets.values()].map((o) => o.size).sort((a, b) => b - a);
  if (support.length > 1 && support[0] === support[1]) return null;
  const top = [...outlets.entries()].find(([, o]) => o.size === support[0])![0];
  return named.find((m) => knownActorKey(m.actor1) === top)!;
}

/**
 * Fatalities across mentions. low/high: the smallest and largest stated tolls; best: their median
 * (the lower middle one). `fatalities`, as ACLED codes it, is the most conservative credible figure:
 * the lowest toll stated as fact by an outlet or monitor; only when none exists, the lowest toll
 * from a party's claim or a hedged report. Denied mentions and tolls of 0 (none stated) are left out.
 */
export function weighFatalities(ms: MentionRecord[]): Pick<EventAggregate, 'fatalities' | 'fatalities_low' | 'fatalities_best' | 'fatalities_high'> {
  const stated = ms.filter((m) => m.claimStatus !== 'denied' && m.fatalities > 0);
  if (stated.length === 0) return { fatalities: 0, fatalities_low: null, fatalities_best: null, fatalities_high: null };
  const figures = stated.map((m) => m.fatalities).sort((a, b) => a - b);
  const credible = stated.filter((m) => INDEPENDENT.has(effectiveStatus(m))).map((m) => m.fatalities);
  return {
    fatalities: credible.length ? Math.min(...credible) : figures[0],
    fatalities_low: figures[0],
    fatalities_best: figures[Math.floor((figures.length - 1) / 2)],
    fatalities_high: figures[figures.length - 1],
  };
}

/**
 * The status of an event from its mentions:
 * - denied: every mention denies or negates it;
 * - contested: some assert and some deny it, or it is one side of a withdrawal/control contradiction;
 * - claimed: only parties to the conflict assert it;
 * - unverified: only hedged reports ("could not be confirmed", "reportedly"), perhaps with party claims;
 * - corroborated: stated as fact by two or more distinct outlets;
 * - single-source: stated as fact by one outlet.
 */
export function weighStatus(ms: MentionRecord[], opposed: boolean): { status: EventStatus; corroboration: number } {
  const asserted = ms.filter((m) => m.claimStatus !== 'denied');
  const independentOutlets = factualOutlets(asserted);
  const corroboration = independentOutlets.size;
  if (asserted.length === 0) return { status: 'denied', corroboration };
  if (asserted.length < ms.length || opposed) return { status: 'contested', corroboration };
  if (corroboration === 0) {
    const allClaimed = asserted.every((m) => effectiveStatus(m) === 'claimed');
    return { status: allClaimed ? 'claimed' : 'unverified', corroboration };
  }
  return { status: corroboration >= 2 ? 'corroborated' : 'single-source', corroboration };
}

function sortedDistinct(xs: (string | null)[]): string[] {
  return [...new Set(xs.filter((x): x is string => !!x && x.trim() !== ''))].sort();
}

/**
 * An associated actor list ("A; B", as ACLED writes it) without the main actor it stands beside: the
 * list may come from another telling than the main actor, and "Civilians (Syria) with Civilians
 * (Syria)" says nothing.
 */
function associatesBeside(list: string | null, main: string | null): string | null {
  if (!list) return null;
  const kept = list.split(';').map((x) => x.trim()).filter((x) => x && x !== main);
  return kept.length ? kept.join('; ') : null;
}

/** The event's fields from its mentions. Order-independent: the result depends only on the set. */
export function aggregate(members: MentionRecord[], opposed = false): EventAggregate {
  const ms = [...members].sort(bySalience);
  // Denied mentions still belong to the event but do not shape its fields unless nothing else does.
  const basis = ms.some((m) => m.claimStatus !== 'denied') ? ms.filter((m) => m.claimStatus !== 'denied') : ms;

  // A change of hands outranks the fighting around it (ACLED codes the territory event).
  const territorial = basis.filter((m) => TERRITORY_SUB_EVENTS.includes(m.sub_event_type));
  const typeSource = mostFrequent(territorial.length ? territorial : basis, (m) => m.sub_event_type)!;
  // The mentions that tell the event as coded: they give its date and its evidence first.
  const core = basis.filter((m) => m.sub_event_type === typeSource.sub_event_type);

  const dated = basis.filter((m) => m.date);
  const dateSource =
    [...dated].sort(
      (a, b) =>
        Number(b.sub_event_type === typeSource.sub_event_type) - Number(a.sub_event_type === typeSource.sub_event_type) ||
        Number(a.dateFromReport) - Number(b.dateFromReport) ||
        a.precision - b.precision ||
        (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0) ||
        bySalience(a, b),
    )[0] ?? null;

  // A named actor outranks "Unidentified Armed Group" however often the unknown one is told. In a
  // change of hands the winner is told by the territory tellings; the fighting around it names
  // either side as actor1, so it only speaks when no territory telling names anyone.
  const a1 =
    (territorial.length ? perpetrator(core.filter((m) => m.actor1)) : null) ?? perpetrator(basis.filter((m) => m.actor1));
  const a2 = mostFrequent(
    namedFirst(basis.filter((m) => m.actor2 && actorKey(m.actor2) !== actorKey(a1?.actor1 ?? null)), (m) => m.actor2),
    (m) => actorKey(m.actor2),
  );
  const as1 = mostFrequent(basis.filter((m) => m.assoc_actor_1), (m) => m.assoc_actor_1);
  const as2 = mostFrequent(basis.filter((m) => m.assoc_actor_2), (m) => m.assoc_actor_2);

  const sub = territorySubType(typeSource.sub_event_type, a1?.inter1 ?? null);

  const located = basis.filter((m) => m.placeKey || m.lat != null);
  const locSource =
    [...located].sort(
      (a, b) => (a.geo_precision ?? 3) - (b.geo_precision ?? 3) || Number(b.lat != null) - Number(a.lat != null) || bySalience(a, b),
    )[0] ?? null;

  const { status, corroboration } = weighStatus(ms, opposed);
  const outlets = sortedDistinct(ms.map((m) => m.outlet));
  const published = sortedDistinct(ms.map((m) => m.published));
  const inter1 = a1?.inter1 ?? null;
  const inter2 = a2?.inter2 ?? null;
  return {
    event_type: eventTypeOf(sub),
    sub_event_type: sub,
    event_date: dateSource?.date ?? null,
    time_precision: dateSource ? dateSource.precision : null,
    actor1: a1?.actor1 ?? null,
    assoc_actor_1: associatesBeside(as1?.assoc_actor_1 ?? null, a1?.actor1 ?? null),
    inter1,
    actor2: a2?.actor2 ?? null,
    assoc_actor_2: associatesBeside(as2?.assoc_actor_2 ?? null, a2?.actor2 ?? null),
    inter2,
    interaction: interaction(inter1, inter2),
    location: locSource?.location ?? null,
    placeKey: locSource?.placeKey ?? null,
    lat: locSource?.lat ?? null,
    lon: locSource?.lon ?? null,
    geonameid: locSource?.geonameid ?? null,
    country: locSource?.country ?? (basis.find((m) => m.country)?.country ?? null),
    admin1: locSource?.admin1 ?? null,
    admin2: locSource?.admin2 ?? null,
    geo_precision: locSource?.geo_precision ?? null,
    ...weighFatalities(ms),
    status,
    claimedBy: sortedDistinct(ms.map((m) => m.claimBy)),
    outlets,
    sourcesCount: outlets.length,
    corroboration,
    mentionsCount: ms.length,
    evidence: (core[0] ?? ms[0])?.evidence ?? null,
    firstSeen: published[0] ?? null,
    lastSeen: published.at(-1) ?? null,
  };
}
