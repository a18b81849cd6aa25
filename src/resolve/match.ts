// Can two tellings be the same incident? Four tests, each a score in 0..1 (0 = cannot be):
// sub-event type, actors, place and date. A mention joins the event it scores best with.
import { spellingKey } from '../geo/fold.js';
import type { SubEventType } from '../core/taxonomy.js';
import type { MentionRecord } from './types.js';

/**
 * Sub-event types that reporters and coders confuse for one incident, with how much we trust the
 * pairing. Everything not listed is incompatible (a protest is never an air strike).
 * - Armed clash ~ a territory change: "fighting in X" and "rebels took X" are often one battle.
 * - Government regains ~ Non-state overtakes ~ Non-violent transfer: the same change of hands,
 *   coded differently by who the winner is taken to be or whether fighting is mentioned.
 * - Air/drone strike ~ Shelling/artillery/missile: "bombardment", "bombing", "strikes" are vague.
 * - Suicide bomb ~ Remote explosive/IED: a car bomb whose driver may or may not have died.
 * - The three protest types: the same protest, told with or without the intervention.
 * - Violent demonstration ~ Mob violence.
 */
const COMPATIBLE: [SubEventType, SubEventType, number][] = [
  ['Armed clash', 'Government regains territory', 0.7],
  ['Armed clash', 'Non-state actor overtakes territory', 0.7],
  ['Government regains territory', 'Non-state actor overtakes territory', 0.6],
  ['Non-violent transfer of territory', 'Non-state actor overtakes territory', 0.6],
  ['Non-violent transfer of territory', 'Government regains territory', 0.6],
  ['Air/drone strike', 'Shelling/artillery/missile attack', 0.5],
  ['Suicide bomb', 'Remote explosive/landmine/IED', 0.6],
  ['Peaceful protest', 'Protest with intervention', 0.7],
  ['Peaceful protest', 'Excessive force against protesters', 0.6],
  ['Protest with intervention', 'Excessive force against protesters', 0.7],
  ['Violent demonstration', 'Mob violence', 0.6],
];

const TYPE_SCORE = new Map<string, number>();
for (const [a, b, s] of COMPATIBLE) {
  TYPE_SCORE.set(`${a}|${b}`, s);
  TYPE_SCORE.set(`${b}|${a}`, s);
}

export function typeScore(a: SubEventType, b: SubEventType): number {
  if (a === b) return 1;
  return TYPE_SCORE.get(`${a}|${b}`) ?? 0;
}

/** The sub-event types a mention of type `t` may join. */
export function compatibleTypes(t: SubEventType): SubEventType[] {
  const out = new Set<SubEventType>([t]);
  for (const [a, b] of COMPATIBLE) {
    if (a === t) out.add(b);
    if (b === t) out.add(a);
  }
  return [...out].sort();
}

/** Actor names compared loosely: case, punctuation and the "(Syria)"/"(2000-)" suffixes aside. */
export function actorKey(a: string | null): string | null {
  if (!a) return null;
  // Resolution keys the same few hundred names at every write of every event: each is keyed once.
  let k = actorKeys.get(a);
  if (k === undefined) {
    k = a
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim() || null;
    if (actorKeys.size > 50_000) actorKeys.clear();
    actorKeys.set(a, k);
  }
  return k;
}

const actorKeys = new Map<string, string | null>();

/**
 * Actors that reports name interchangeably for one force: "US strikes" and "US-led coalition
 * strikes" are the same aircraft. Compared through the first name of each group.
 */
const SAME_FORCE: Record<string, string> = {
  'military forces of the united states': 'global coalition against daesh',
};

/** The key actors are compared by: actorKey, with interchangeable names folded together. */
export function actorMatchKey(a: string | null): string | null {
  const k = actorKey(a);
  return k ? (SAME_FORCE[k] ?? k) : null;
}

/** "Unidentified Armed Group" is unknown, not a particular actor: it never keeps two tellings apart. */
export function isUnknownActor(k: string): boolean {
  return k.startsWith('unidentified');
}

/**
 * actorKey for a named actor, null for an unknown one: "its fighters took the town" (an
 * Unidentified Armed Group) does not tell a different winner from "ISIS took the town".
 */
export function knownActorKey(a: string | null): string | null {
  const k = actorKey(a);
  return k && !isUnknownActor(k) ? k : null;
}

/**
 * The named armed actors of some tellings, by actorMatchKey. An actor that no telling states as
 * fact, only as an attribution (see attributesActors), is kept with the ATTRIBUTED mark ("~key"):
 * it is a claim about the event, which actorFit weighs more lightly than an observed actor.
 */
export function actorSet(ms: (Pick<MentionRecord, 'actor1' | 'actor2'> & Partial<Pick<MentionRecord, 'inter1' | 'inter2' | 'evidence' | 'claimStatus'>>)[]): Set<string> {
  const observed = new Set<string>();
  const attributed = new Set<string>();
  for (const m of ms) {
    const into = attributesActors(m) ? attributed : observed;
    for (const [a, inter] of [[m.actor1, m.inter1], [m.actor2, m.inter2]] as const) {
      // Inter 7 is civilians, whatever their name ("Syria Civil Defence" rescuers): never a force.
      if (inter === 7) continue;
      const k = actorMatchKey(a);
      if (k && !isUnknownActor(k) && !isBystanderKey(k)) into.add(k);
    }
  }
  const s = new Set(observed);
  for (const k of attributed) if (!observed.has(k)) s.add(ATTRIBUTED + k);
  return s;
}

/** Marks an actor key that the tellings only attribute ("blamed on X"), never state as fact. */
export const ATTRIBUTED = '~';

/** The actor key without its attribution mark. */
export function unmarked(k: string): string {
  return k.startsWith(ATTRIBUTED) ? k.slice(ATTRIBUTED.length) : k;
}

/**
 * Words by which a telling credits an attack to someone rather than reporting who did it: "blamed
 * on X", "accused X of", "X was behind", "held X responsible", "said to have been carried out by
 * X", "attributed to X". In such a sentence the extractor's actors are the accused, and sometimes
 * the accuser (a slip the actor roles make on "the opposition accused the regime"): none is an
 * observed fact, so all the telling's actors count as attributed. Victims are never compared.
 */
const ATTRIBUTION_CUE =
  /\b(?:accus(?:ed|es|ing|ation)|blam(?:ed|es|ing)|(?:held|holds?|holding)\s+(?:\S+\s+){1,5}?responsible|(?:was|were|is|are|being)\s+(?:\w+\s+)?behind\s+(?:the|this|that|it)\b|(?:(?:said|says|alleged|reported|believed|suspected)\s+(?:\w+\s+)?to\s+have\s+been|allegedly|reportedly|purportedly|supposedly)\s+(?:carried\s+out|committed|launched|conducted|perpetrated)\s+by|attribut(?:ed|es|ing)\s+(?:\w+\s+){0,4}?to)\b/i;

/**
 * Whether a telling's actors are a claim about the event rather than what the outlet observed: its
 * sentence credits the attack with words of attribution, or only a party to the conflict asserts
 * it (claim status "claimed").
 */
export function attributesActors(m: Partial<Pick<MentionRecord, 'evidence' | 'claimStatus'>>): boolean {
  if (m.claimStatus === 'claimed') return true;
  if (!m.evidence) return false;
  // An event's tellings are tested at every write of the event: the answer is kept per telling.
  let hit = cueSeen.get(m);
  if (hit === undefined) cueSeen.set(m, (hit = ATTRIBUTION_CUE.test(m.evidence)));
  return hit;
}

const cueSeen = new WeakMap<object, boolean>();

function unmarkedSet(s: Set<string>): Set<string> {
  return new Set([...s].map(unmarked));
}

/** "Opposition Rebels": how reports name insurgents without naming the group ("rebels", "insurgents", "opposition fighters"). */
const GENERIC_REBELS = 'opposition rebels';

/**
 * Named groups that reports may call simply "rebels": not a state's forces, and not the groups
 * reporters name apart from the rebels (the Islamic State, the Kurdish-led forces, Hezbollah, the
 * coalition, Iraqi militias).
 */
export function isNamedRebelKey(k: string): boolean {
  return (
    k !== GENERIC_REBELS &&
    !isVictimKey(k) &&
    !/^(?:military forces|police forces|government|global coalition|islamic state|qsd|ypg|asayish|pkk|hezbollah|pmf)\b/.test(k)
  );
}

/** Whether `x` is among `set`, a generic "rebels" standing for any named rebel group and back. */
function coveredBy(x: string, set: Set<string>): boolean {
  if (set.has(x)) return true;
  if (x === GENERIC_REBELS) return [...set].some(isNamedRebelKey);
  return isNamedRebelKey(x) && set.has(GENERIC_REBELS);
}

/**
 * Actors are compatible when one side's named armed actors are all among the other's (an unknown or
 * missing actor is compatible with anyone; "rebels" with any named rebel group). 1 when identical,
 * 0.9 when they match only through a generic name, 0.8 when one side names fewer.
 */
export function actorScore(marked: Set<string>, markedB: Set<string>): number {
  const [a, b] = [unmarkedSet(marked), unmarkedSet(markedB)];
  const aInB = [...a].every((x) => coveredBy(x, b));
  const bInA = [...b].every((x) => coveredBy(x, a));
  if (aInB && bInA) return a.size === b.size && [...a].every((x) => b.has(x)) ? 1 : 0.9;
  if (aInB || bInA) return 0.8;
  return 0;
}

/**
 * How far the type, place and date of two tellings must agree (the product of their scores) before
 * a difference in attributed actors is set aside: the same type, one place (or points a few km
 * apart) and the same day or the next. Below it, different actors credited keep the tellings apart.
 */
export const STRONG_AGREEMENT = 0.7;

/** The actor score of two tellings whose only disagreement is who each credits (a contradiction within one event). */
export const ATTRIBUTION_MISMATCH = 0.5;

/**
 * actorScore, with attributions weighed as claims: when the actors disagree through actors that a
 * side merely attributes ("the opposition accused the regime" against "state media blamed
 * terrorists"), and type, place and date agree strongly (`rest`, their product, at
 * STRONG_AGREEMENT), the two may still be one incident told by opposing sides: ATTRIBUTION_MISMATCH.
 * Actors that both sides state as fact ("clashes between A and B" against "between C and D") still
 * keep them apart.
 */
export function actorFit(a: Set<string>, b: Set<string>, rest: number, sameReport = false): number {
  const full = actorScore(a, b);
  if (full > 0) return full;
  if (rest < STRONG_AGREEMENT) return 0;
  const [ua, ub] = [unmarkedSet(a), unmarkedSet(b)];
  const blocking = [...[...a].filter((k) => !coveredBy(unmarked(k), ub)), ...[...b].filter((k) => !coveredBy(unmarked(k), ua))];
  const attributed = blocking.filter((k) => k.startsWith(ATTRIBUTED));
  if (attributed.length === 0) return 0;
  // Across reports every actor that keeps the two apart (named by one side, not covered by the
  // other) must be an attribution: an observed attacker against another outlet's accusation is two
  // incidents as often as one (a city under fire sees both sides' shells on one day). Within one
  // page, a quoted party's version ("the YPG said it crushed the attack") retells the incident the
  // page reports, so one attribution on either side is enough (another incident is marked apart).
  if (sameReport) return ATTRIBUTION_MISMATCH;
  return attributed.length === blocking.length ? ATTRIBUTION_MISMATCH : 0;
}

/**
 * Civilians and other unarmed victims do not tell incidents apart: one telling of an attack names
 * the victims, another the side whose area was hit. Only armed actors (and protesters, who are the
 * actors of a protest) are compared.
 */
export function isBystanderKey(k: string): boolean {
  return /^(civilians|prisoners|refugees|journalists|health workers)\b/.test(k);
}

/** Victims rather than forces: sharing them says nothing about who struck. */
export function isVictimKey(k: string): boolean {
  return /^(civilians|protesters|prisoners|refugees|journalists|health workers)\b/.test(k);
}

/**
 * A vague "bombardment" may be told as an air strike by one report and as shelling by another,
 * but in a city under fire both happen every day: the two only match when they name a common
 * force (the same perpetrator), not merely the same victims.
 */
export function needsSharedForce(a: SubEventType, b: SubEventType): boolean {
  return a !== b && [a, b].includes('Air/drone strike') && [a, b].includes('Shelling/artillery/missile attack');
}

export function sharesForce(a: Set<string>, b: Set<string>): boolean {
  const bKeys = unmarkedSet(b);
  return [...unmarkedSet(a)].some((k) => !isVictimKey(k) && bKeys.has(k));
}

const EARTH_KM = 6371;
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Located = Pick<MentionRecord, 'placeKey' | 'lat' | 'lon' | 'country' | 'admin1' | 'geo_precision' | 'location'>;

/**
 * Same place, or places consistent with their precision: 1 for the same place, 0.9 for points a
 * few km apart (one town spelled two ways), 0.6 when one side is only known to the province the
 * other lies in, 0.5 when both are only known to the same province, 0 otherwise. Unknown places are handled by the caller (same report only).
 */
export function placeScore(a: Located, b: Located): number {
  if (a.country && b.country && a.country !== b.country) return 0;
  if (a.placeKey && a.placeKey === b.placeKey) return 1;
  const pa = a.geo_precision ?? 1;
  const pb = b.geo_precision ?? 1;
  if (pa === 3 || pb === 3) {
    // A province-level mention can join a town inside that province.
    // Two province-level tellings are weaker still: a province sees many incidents a day.
    if (a.admin1 && b.admin1 && a.admin1 === b.admin1) return pa === pb ? 0.5 : 0.6;
    return 0;
  }
  if (a.lat != null && a.lon != null && b.lat != null && b.lon != null) {
    const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
    // "Near X"/outskirts (precision 2) tolerates more distance than the town itself. Two places the
    // gazetteer tells apart, with names that are no spellings of one another (Hamouriyah and Saqba,
    // 3 km apart in Eastern Ghouta), are two places: only points a kilometre apart are one.
    const twoNamedPlaces = pa === 1 && pb === 1 && !!a.placeKey && !!b.placeKey && !!a.location && !!b.location && spellingKey(a.location) !== spellingKey(b.location);
    const limit = pa === 2 || pb === 2 ? 15 : twoNamedPlaces ? 1 : 4;
    if (d <= limit) return 0.9;
  }
  return 0;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (UTC), or null. */
export function dayNumber(d: string | null): number | null {
  if (!d) return null;
  // Matching and windows read the same few thousand dates again and again: each is parsed once.
  let n = dayNumbers.get(d);
  if (n === undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) n = null;
    else {
      const t = Date.parse(`${d}T00:00:00Z`);
      n = Number.isNaN(t) ? null : Math.round(t / 86_400_000);
    }
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    dayNumbers.set(d, n);
  }
  return n;
}

const dayNumbers = new Map<string, number | null>();

export function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The days a dated mention may refer to: ±1 day for a known day (a live blog's "on Thursday"
 * against the day it was posted), ±3 days (a week) for precision 2, the calendar month for 3.
 * Two known days match only when at most one day apart (see dateScore).
 */
export function dateRange(date: string, precision: 1 | 2 | 3): [number, number] | null {
  const n = dayNumber(date);
  if (n === null) return null;
  if (precision === 1) return [n - 1, n + 1];
  if (precision === 2) return [n - 3, n + 3];
  const first = dayNumber(`${date.slice(0, 7)}-01`)!;
  const [y, mo] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const last = Math.round(Date.UTC(y, mo, 0) / 86_400_000);
  return [first, last];
}

/** 1 when the ranges share a day at the finest precision, lower as precision coarsens, 0 when apart. */
export function dateScore(a: Pick<MentionRecord, 'date' | 'precision'>, b: Pick<MentionRecord, 'date' | 'precision'>): number {
  if (!a.date || !b.date) return 0;
  const ra = dateRange(a.date, a.precision);
  const rb = dateRange(b.date, b.precision);
  if (!ra || !rb) return 0;
  if (a.precision === 1 && b.precision === 1) {
    // Two known days: the same day, or one day apart ("on Thursday" told on Friday), no more.
    const gap = Math.abs(dayNumber(a.date)! - dayNumber(b.date)!);
    return gap === 0 ? 1 : gap === 1 ? 0.8 : 0;
  }
  if (ra[1] < rb[0] || rb[1] < ra[0]) return 0;
  return Math.max(a.precision, b.precision) === 2 ? 0.7 : 0.5;
}

/**
 * "A second explosion in another district killed two", "separately, ...": the teller marks an
 * incident apart from the one just told. Within one report such a telling never joins an event
 * told without the mark (and the other way round); across reports it says nothing.
 */
const ANOTHER_INCIDENT =
  /\b(?:a|the)\s+(?:second|third|fourth|separate|further|later|new)\s+(?:\w+\s+)?(?:explosion|blast|bomb(?:ing)?|attack|strike|air ?strike|raid|clash(?:es)?|shooting|incident)s?\b|\banother\s+(?:\w+\s+)?(?:explosion|blast|bomb(?:ing)?|attack|strike|air ?strike|raid|clash(?:es)?|shooting|incident)\b|\bseparately\b|\bin (?:a )?separate (?:incidents?|attacks?)\b/i;

export function tellsAnotherIncident(evidence: string): boolean {
  return ANOTHER_INCIDENT.test(evidence);
}
