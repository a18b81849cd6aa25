// Where an event happened, from the places geo resolved. This is the one seam to geo: when geo
// exports eventLocation/countryFocus, switch the two functions below to call them.
// Until then: the most specific resolved place in the sentence (a settlement over a district
// over a province over a country), else the closest one before it in the same entry.
import type { EventLocation, PlaceMention, Report, Sentence, Span } from '../core/types.js';
import type { GeoPrecision } from '../core/taxonomy.js';

export interface LocatedEvent {
  location: EventLocation;
  span: Span;
  rule: string;
}

const LEVEL_RANK: Record<string, number> = { place: 0, admin2: 1, admin1: 2, country: 3 };

function precisionOf(p: PlaceMention): GeoPrecision {
  if (p.level === 'admin1' || p.level === 'country') return 3;
  if (p.level === 'admin2') return 2;
  return p.qualifier ? 2 : 1;
}

function toLocation(p: PlaceMention): EventLocation {
  return { name: p.name, lat: p.lat, lon: p.lon, geonameid: p.geonameid, country: p.country, admin1: p.admin1, geo_precision: precisionOf(p) };
}

function best(ps: PlaceMention[]): PlaceMention | null {
  let b: PlaceMention | null = null;
  for (const p of ps) {
    if (!p.name || p.lat == null) continue;
    const r = LEVEL_RANK[p.level ?? 'place'] ?? 0;
    const br = b ? (LEVEL_RANK[b.level ?? 'place'] ?? 0) : 99;
    if (r < br || (r === br && b && p.confidence > b.confidence + 0.15)) b = p;
  }
  return b;
}

/** The event's place: in the sentence, else earlier in its entry (the headline or lead sets the scene). */
export function locateEvent(sentence: Sentence, entrySentences: Sentence[], allPlaces: PlaceMention[], exclude: Span[] = [], focus: string | null = null): LocatedEvent | null {
  // A place word inside an actor's name ("Islamic State of Iraq") is not where the event happened.
  let places = allPlaces.filter((p) => !exclude.some((x) => p.start >= x.start && p.end <= x.end));
  // In a sentence naming places in the report's country and elsewhere, the report's country wins
  // (a stray match abroad is more often a misread word than the event's place).
  const here = (ps: PlaceMention[]) => ps.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  if (focus && here(places).some((p) => p.country === focus)) places = places.filter((p) => !(p.start >= sentence.start && p.end <= sentence.end) || p.country === focus);
  const inside = best(places.filter((p) => p.start >= sentence.start && p.end <= sentence.end));
  if (inside) return { location: toLocation(inside), span: { start: inside.start, end: inside.end }, rule: `place-in-sentence:${inside.level ?? 'place'}` };
  const earlier = entrySentences.filter((s) => s.end <= sentence.start).reverse();
  for (const s of earlier) {
    const p = best(places.filter((x) => x.start >= s.start && x.end <= s.end));
    if (p) return { location: toLocation(p), span: { start: p.start, end: p.end }, rule: `place-from-context:${p.level ?? 'place'}` };
  }
  return null;
}

/** The country a report is mostly about: the resolved places' countries, weighted by confidence. */
export function reportCountry(report: Report, places: PlaceMention[]): string | null {
  const score = new Map<string, number>();
  for (const p of places) {
    if (!p.country) continue;
    const w = p.confidence * (p.start < 600 ? 2 : 1);
    score.set(p.country, (score.get(p.country) ?? 0) + w);
  }
  let top: string | null = null;
  let topScore = 0;
  for (const [c, s] of score) if (s > topScore) (top = c), (topScore = s);
  void report;
  return top;
}
