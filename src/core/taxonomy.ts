// ACLED's event taxonomy, exact strings (see ../shared/docs/acled-reference.md and ACLED's codebook).

export const SUB_EVENT_TYPES = {
  'Armed clash': 'Battles',
  'Government regains territory': 'Battles',
  'Non-state actor overtakes territory': 'Battles',
  'Chemical weapon': 'Explosions/Remote violence',
  'Air/drone strike': 'Explosions/Remote violence',
  'Suicide bomb': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  Grenade: 'Explosions/Remote violence',
  'Sexual violence': 'Violence against civilians',
  Attack: 'Violence against civilians',
  'Abduction/forced disappearance': 'Violence against civilians',
  'Peaceful protest': 'Protests',
  'Protest with intervention': 'Protests',
  'Excessive force against protesters': 'Protests',
  'Violent demonstration': 'Riots',
  'Mob violence': 'Riots',
  Agreement: 'Strategic developments',
  Arrests: 'Strategic developments',
  'Change to group/activity': 'Strategic developments',
  'Disrupted weapons use': 'Strategic developments',
  'Headquarters or base established': 'Strategic developments',
  'Looting/property destruction': 'Strategic developments',
  'Non-violent transfer of territory': 'Strategic developments',
  Other: 'Strategic developments',
} as const;

export type SubEventType = keyof typeof SUB_EVENT_TYPES;
export type EventType = (typeof SUB_EVENT_TYPES)[SubEventType];

export const EVENT_TYPES: readonly EventType[] = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];

export const SUB_EVENT_TYPE_LIST = Object.keys(SUB_EVENT_TYPES) as SubEventType[];

export function eventTypeOf(sub: SubEventType): EventType {
  return SUB_EVENT_TYPES[sub];
}

export function isSubEventType(s: unknown): s is SubEventType {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(SUB_EVENT_TYPES, s);
}

/** ACLED inter codes: the kind of actor. */
export const INTER_CODES = {
  1: 'State forces',
  2: 'Rebel groups',
  3: 'Political militias',
  4: 'Identity militias',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/other forces',
} as const;
export type InterCode = keyof typeof INTER_CODES;

/** ACLED's interaction code: the two inter codes joined, lower first; one-sided events are N0. */
export function interaction(inter1: number | null, inter2: number | null): number | null {
  if (inter1 == null) return null;
  if (inter2 == null) return inter1 * 10;
  const [a, b] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  return a * 10 + b;
}

/** Territory sub-event types: they feed the control timeline. */
export const TERRITORY_SUB_EVENTS: readonly SubEventType[] = [
  'Government regains territory',
  'Non-state actor overtakes territory',
  'Non-violent transfer of territory',
];

/**
 * Who asserts an event and how far it is established.
 * - reported: told by an outlet or monitor as fact, without stated doubt
 * - claimed: asserted by a party to the conflict (the group itself, a government, state media)
 * - unverified: the report itself says it could not be confirmed, or hedges ("reportedly", "rumours")
 * - denied: a party denies it; or the text negates it
 * - confirmed: the report says it was confirmed, or independent sources confirm it
 */
export const CLAIM_STATUSES = ['reported', 'claimed', 'unverified', 'denied', 'confirmed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** ACLED time_precision: 1 day known, 2 span of days / week, 3 only the month. */
export type TimePrecision = 1 | 2 | 3;
/** ACLED geo_precision: 1 the place itself, 2 near it / part of a region, 3 only the province or larger. */
export type GeoPrecision = 1 | 2 | 3;
