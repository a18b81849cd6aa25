// Where an event happened, from the places geo resolved. This is the one seam to geo: when geo
// exports eventLocation/countryFocus, switch the two functions below to call them.
// Until then: the most specific resolved place in the sentence (a settlement over a district
// over a province over a country); when the sentence names only a country (or a region), a town in
// the report's country from earlier in the entry, else from the next sentences. Toponyms inside
// names and demonyms (PlaceMention.role) are never an event's place.
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

/**
 * Seas, deserts and world regions ("the Middle East") have no level: vaguer than a country. A town
 * only used as a reference point ("10 km northeast of Damascus") comes after the other towns named.
 */
function rankOf(p: PlaceMention): number {
  if (p.level === null) return 4;
  const r = LEVEL_RANK[p.level] ?? 0;
  if (r === 0 && (p.qualifier?.kind === 'distance' || p.qualifier?.kind === 'direction')) return 0.6;
  return r;
}

function best(ps: PlaceMention[]): PlaceMention | null {
  let b: PlaceMention | null = null;
  // "the Midan neighbourhood of Damascus": a place the text puts near or in another one named
  // beside it is the more precise of the two, whatever the confidence of each.
  const anchors = new Set(ps.filter((p) => p.qualifier?.kind === 'near' && p.geonameid === null && p.name).map((p) => p.qualifier!.span.start));
  for (const p of ps) {
    if (anchors.has(p.start)) continue;
    if (!p.name || p.lat == null) continue;
    const r = rankOf(p);
    const br = b ? rankOf(b) : 99;
    if (r < br || (r === br && b && p.confidence > b.confidence + 0.15)) b = p;
  }
  return b;
}

/** The event's place: in the sentence, else earlier in its entry (the headline or lead sets the scene). */
export function locateEvent(sentence: Sentence, entrySentences: Sentence[], allPlaces: PlaceMention[], exclude: Span[] = [], focus: string | null = null): LocatedEvent | null {
  // A place word inside an actor's name ("Islamic State of Iraq") is not where the event happened.
  // Nor is a toponym inside a name ("Pakistan Army", "Washington Post") or a people ("Syrians").
  let places = allPlaces.filter((p) => !p.role && !exclude.some((x) => p.start >= x.start && p.end <= x.end));
  // In a sentence naming places in the report's country and elsewhere, the report's country wins
  // (a stray match abroad is more often a misread word than the event's place).
  const here = (ps: PlaceMention[]) => ps.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  if (focus && here(places).some((p) => p.country === focus)) places = places.filter((p) => !(p.start >= sentence.start && p.end <= sentence.end) || p.country === focus);
  const inside = best(places.filter((p) => p.start >= sentence.start && p.end <= sentence.end));
  if (inside && rankOf(inside) < 3) return { location: toLocation(inside), span: { start: inside.start, end: inside.end }, rule: `place-in-sentence:${inside.level ?? 'place'}` };
  // Only a country here ("raids on an IS stronghold in Syria"), or nothing: the entry's nearest
  // earlier place in that country sets the scene; else the next sentences, where a lead names the
  // town its headline left out. A country stays the answer only when no town or province follows.
  // "killed in U.S. air strikes" in a report about Syria: a foreign country named in passing is
  // more often whose strikes than where; the town is looked for in the report's country.
  const country = focus ?? inside?.country ?? null;
  const within = (p: PlaceMention) => rankOf(p) < 3 && (!country || p.country === country);
  const earlier = entrySentences.filter((s) => s.end <= sentence.start).reverse();
  // Looking back for the scene, a place named only as a reference point ("in the desert southeast of
  // Homs city") describes where the scene is, it is not the scene.
  const reference = (x: PlaceMention) => x.qualifier?.kind === 'distance' || x.qualifier?.kind === 'direction';
  for (const s of earlier) {
    const p = best(places.filter((x) => x.start >= s.start && x.end <= s.end && !reference(x) && (!inside || within(x))));
    if (p && (inside || rankOf(p) < 3)) return { location: toLocation(p), span: { start: p.start, end: p.end }, rule: `place-from-context:${p.level ?? 'place'}` };
  }
  const following = entrySentences.filter((s) => s.start >= sentence.end).slice(0, FOLLOWING_SENTENCES);
  for (const s of following) {
    const p = best(places.filter((x) => x.start >= s.start && x.end <= s.end && within(x)));
    if (p) return { location: toLocation(p), span: { start: p.start, end: p.end }, rule: `place-from-following:${p.level ?? 'place'}` };
  }
  // Only the country is named anywhere near ("seized much of Yemen's capital"): a dateline town in
  // that country ("SANAA (Reuters) -") is where the reporter stood, the best place left.
  if (inside && inside.country) {
    const filed = best(allPlaces.filter((p) => !p.role && p.country === inside.country && rankOf(p) < 3 && exclude.some((x) => p.start >= x.start && p.end <= x.end) && entrySentences.some((s) => p.start >= s.start && p.end <= s.end)));
    if (filed) return { location: toLocation(filed), span: { start: filed.start, end: filed.end }, rule: `dateline-in-country:${filed.level ?? 'place'}` };
  }
  if (inside) return { location: toLocation(inside), span: { start: inside.start, end: inside.end }, rule: `place-in-sentence:${inside.level ?? 'region'}` };
  for (const s of earlier) {
    const p = best(places.filter((x) => x.start >= s.start && x.end <= s.end));
    if (p) return { location: toLocation(p), span: { start: p.start, end: p.end }, rule: `place-from-context:${p.level ?? 'place'}` };
  }
  return null;
}

/** How far ahead a sentence naming only a country looks for its town (a headline and its lead). */
const FOLLOWING_SENTENCES = 2;

/** The country a report is mostly about: the resolved places' countries, weighted by confidence. */
export function reportCountry(report: Report, places: PlaceMention[]): string | null {
  const score = new Map<string, number>();
  for (const p of places) {
    if (!p.country) continue;
    // A toponym inside a name or a people says less about where the report is than a place does.
    // A town or province says more about where a report is than a country named in passing ("U.S. raids").
    const w = p.confidence * (p.start < 600 ? 2 : 1) * (p.role ? 0.5 : p.level === 'country' || p.level === null ? 1 : 1.5);
    score.set(p.country, (score.get(p.country) ?? 0) + w);
  }
  let top: string | null = null;
  let topScore = 0;
  for (const [c, s] of score) if (s > topScore) (top = c), (topScore = s);
  void report;
  return top;
}

// "Damascus said", "despite Damascus promises", "Ankara-backed": a capital standing for its
// government, not the place of an event. A place after a preposition ("activists in Aleppo said")
// is still where someone stands.
const GOVERNMENT_AFTER = /^(?:['’]s)?(?:\s+(?:has\s+|had\s+|have\s+)?(?:promise[sd]?|pledge[sd]?|said|says|announced|accused|accuses|denied|denies|claimed|claims|insisted|insists|agreed|agrees|rejected|rejects|demanded|demands|warned|warns|vowed|vows|refused|refuses|welcomed|welcomes|condemned|condemns|blamed|blames|government|regime|officials|authorities|ally|allies|wants|hopes|sought|seeks|responded)\b|\s*[-‐]\s*(?:backed|allied|aligned|friendly)\b)/i;
const PLACE_PREPOSITION = /\b(?:in|at|near|from|of|to|into|outside|around|across|inside|toward|towards|on|via|between|through|over)\s+(?:the\s+)?$/i;

/** Whether a place mention names a government by its capital ("despite Damascus promises"). */
export function standsForGovernment(text: string, p: { start: number; end: number; level: string | null }): boolean {
  if (p.level !== 'place') return false;
  if (!GOVERNMENT_AFTER.test(text.slice(p.end, p.end + 40))) return false;
  return !PLACE_PREPOSITION.test(text.slice(Math.max(0, p.start - 20), p.start));
}

/**
 * "aircraft based at Shayrat carried out the attack on Khan Shaykhun", "rockets fired from Gaza hit
 * Sderot": where the attackers came from is not where the event happened (ACLED codes the place
 * struck). Plain "from" is not enough: "drove IS from Manbij" names the place taken.
 */
const ORIGIN_BEFORE = /\b(?:based|stationed|deployed)\s+(?:at|in)\s+(?:the\s+)?$|\b(?:took\s+off|taking\s+off|launched|flew\s+in|flown\s+in|fired|came)\s+from\s+(?:the\s+)?$/i;

export function isAttackOrigin(text: string, p: Span): boolean {
  return ORIGIN_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start));
}

/** The places an event in this sentence may take: its attackers' origin only when nothing else is named. */
export function withoutAttackOrigins(text: string, sentence: Span, places: PlaceMention[]): PlaceMention[] {
  const inSentence = (p: PlaceMention) => p.start >= sentence.start && p.end <= sentence.end;
  const origins = new Set(places.filter((p) => inSentence(p) && isAttackOrigin(text, p)));
  if (!origins.size || !places.some((p) => inSentence(p) && !origins.has(p) && p.name && !p.role)) return places;
  return places.filter((p) => !origins.has(p));
}
