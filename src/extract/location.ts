// Where an event happened, from the places geo resolved: the most specific resolved place in the
// sentence (a settlement over a district over a province over a country); when the sentence names
// only a country (or a region), a town in the report's country from earlier in the entry, else from
// the next sentences, else the page's title (extract/index.ts). Toponyms inside names and demonyms
// (PlaceMention.role) are never an event's place.
import type { EventLocation, PlaceMention, Report, Sentence, Span } from '../core/types.js';
import { haversineKm } from '../geo/resolve.js';
import type { GeoPrecision } from '../core/taxonomy.js';
import { isLineHead } from '../geo/line-head.js';
import type { DatelineSpan } from './dateline.js';

export interface LocatedEvent {
  location: EventLocation;
  span: Span;
  rule: string;
}

const LEVEL_RANK: Record<string, number> = { place: 0, admin2: 1, admin1: 2, country: 3 };

/**
 * Named areas that are not one settlement or site: a region ("Eastern Ghouta", "Houla"), a valley,
 * mountains, a plain or a desert. ACLED codes an event known only to lie in one as "part of a
 * region" (precision 2), and a town named beside it is the more precise place.
 */
const AREA_FEATURES = new Set(['RGN', 'AREA', 'VAL', 'VALS', 'MT', 'MTS', 'HLLS', 'PLN', 'PLAT', 'DSRT', 'OAS', 'WAD']);
export const isArea = (p: PlaceMention) => p.level === 'place' && !!p.featureCode && AREA_FEATURES.has(p.featureCode);

function precisionOf(p: PlaceMention): GeoPrecision {
  if (p.level === 'admin1' || p.level === 'country' || p.atProvincePoint) return 3;
  if (p.level === 'admin2' || isArea(p)) return 2;
  return p.qualifier ? 2 : 1;
}

export function toLocation(p: PlaceMention): EventLocation {
  const geo_precision = precisionOf(p);
  // Only the province is known at precision 3: no district is claimed.
  const admin2 = geo_precision === 3 ? null : p.admin2;
  return { name: p.name, lat: p.lat, lon: p.lon, geonameid: p.geonameid, country: p.country, admin1: p.admin1, admin2, geo_precision };
}

/**
 * Seas, deserts and world regions ("the Middle East") have no level: vaguer than a country. A town
 * only used as a reference point ("10 km northeast of Damascus") comes after the other towns named,
 * and a named area ("Eastern Ghouta") after the towns in it.
 */
function rankOf(p: PlaceMention, others: readonly PlaceMention[] = []): number {
  if (p.level === null) return 4;
  const r = LEVEL_RANK[p.level] ?? 0;
  if (r !== 0) return r;
  if (p.qualifier?.kind === 'distance' || p.qualifier?.kind === 'direction') return 0.6;
  // "attacks on Eastern Ghouta focusing on the city of Douma": the town inside the area named
  // beside it is the more precise place ("near the capital Damascus" is not inside it).
  // ("attack on Darfur village of Masteri": so is a village the gazetteer lacks, that the text puts there.)
  if (isArea(p) && others.some((o) => (isSettlement(o) || isNamedVillage(o)) && o.admin1 === p.admin1 && kmBetween(o, p) <= AREA_RADIUS_KM)) return 0.8;
  // "in Eastern Ghouta in Damascus countryside": the countryside is the province around the city,
  // vaguer than a region or town named in it.
  if (p.qualifier?.kind === 'countryside' && others.some((o) => o !== p && (isSettlement(o) || isArea(o)) && kmBetween(o, p) <= COUNTRYSIDE_RADIUS_KM)) return 0.9;
  return 0;
}

/** How far from a named area's point a town may lie and still be in it; the same for a city's countryside. */
const AREA_RADIUS_KM = 30;
const COUNTRYSIDE_RADIUS_KM = 60;
const isSettlement = (p: PlaceMention) => p.level === 'place' && p.lat !== null && !isArea(p) && !p.qualifier;
/** A name the gazetteer lacks that the text calls a village or town of a place it names (geo/cued-unknown.ts). */
const isNamedVillage = (p: PlaceMention) => p.level === 'place' && p.lat !== null && p.geonameid === null && p.qualifier?.kind === 'near';

function kmBetween(a: PlaceMention, b: PlaceMention): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

/** How far from a city's point a quarter of it may lie. */
const QUARTER_KM = 10;
/** A settlement other than `city` that lies within QUARTER_KM of it: one of its quarters or suburbs. */
function isQuarterOf(p: PlaceMention, city: PlaceMention): boolean {
  return isSettlement(p) && city.level === 'place' && p.geonameid !== city.geonameid && kmBetween(p, city) <= QUARTER_KM;
}

function best(ps: PlaceMention[]): PlaceMention | null {
  let b: PlaceMention | null = null;
  // "the Midan neighbourhood of Damascus": a place the text puts near or in another one named
  // beside it is the more precise of the two, whatever the confidence of each.
  const anchors = new Set(ps.filter((p) => p.qualifier?.kind === 'near' && p.geonameid === null && p.name).map((p) => p.qualifier!.span.start));
  const anchorOf = (p: PlaceMention) => (p.qualifier?.kind === 'near' && p.geonameid === null ? ps.find((a) => a.start === p.qualifier!.span.start) ?? null : null);
  // (An unknown name the text places in a town is as sure as that town is.)
  const sureness = (p: PlaceMention) => Math.max(p.confidence, anchorOf(p)?.confidence ?? 0);
  // "west of Marib city (Marib, Yemen)": the label repeating a town the sentence puts the event
  // beside does not make the event the town itself; the qualified mention speaks for both.
  const beside = new Set(ps.filter((p) => (p.qualifier?.kind === 'distance' || p.qualifier?.kind === 'direction') && p.geonameid).map((p) => p.geonameid));
  for (const p of ps) {
    if (anchors.has(p.start)) continue;
    if (!p.name || p.lat == null) continue;
    if (!p.qualifier && p.geonameid && beside.has(p.geonameid)) continue;
    const r = rankOf(p, ps);
    const br = b ? rankOf(b, ps) : 99;
    // The place a bulletin line names at its head ("13/03, Douentza: ...") is the line's place, as
    // a dateline would be; only a more precise place the sentence names goes before it.
    const head = isLineHead(p), bHead = !!b && isLineHead(b);
    // ("Idlib strikes: ... hit a school in the village of Haas in Syria's Idlib province": another
    // mention of the anchor's name is the same place, vaguer than the village placed in it.)
    const withinB = !!b && b.geonameid !== null && anchorOf(p)?.name === b.name;
    // ("Homs: ... two explosions near a school in the Akrama neighbourhood of Homs city": a quarter
    // of the head's city is that more precise place.)
    const beforeB = head ? !(b && isQuarterOf(b, p)) : !!b && isQuarterOf(p, b);
    if (r < br || (r === br && b && (withinB || (head !== bHead ? beforeB : sureness(p) > sureness(b) + 0.15)))) b = p;
  }
  return b;
}

/**
 * The event's place: in the sentence, else earlier in its entry (the headline or lead sets the scene).
 * `text` is the report's text, read to find a next sentence that tells where the event happened
 * ("The attack took place near ..."); without it that step is skipped.
 */
export function locateEvent(sentence: Sentence, entrySentences: Sentence[], allPlaces: PlaceMention[], exclude: DatelineSpan[] = [], focus: string | null = null, text = ''): LocatedEvent | null {
  // A place word inside an actor's name ("Islamic State of Iraq") is not where the event happened.
  // Nor is a toponym inside a name ("Pakistan Army", "Washington Post") or a people ("Syrians").
  let places = allPlaces.filter((p) => !p.role && !exclude.some((x) => p.start >= x.start && p.end <= x.end));
  // In a sentence naming places in the report's country and elsewhere, the report's country wins
  // (a stray match abroad is more often a misread word than the event's place).
  const here = (ps: PlaceMention[]) => ps.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  // (A country the sentence tells as where, "in northwest Syria", stays: see eventPlaceCandidates.)
  if (focus && here(places).some((p) => p.country === focus)) places = places.filter((p) => !(p.start >= sentence.start && p.end <= sentence.end) || p.country === focus || isLineHead(p) || p.toldAsWhere);
  const inside = best(places.filter((p) => p.start >= sentence.start && p.end <= sentence.end));
  // "... fired missiles at a convoy in Quneitra province. The attack took place near the village of
  // Mazraat Amal": the next sentence says where the event happened, more precisely than this one.
  const next = entrySentences.find((s) => s.start >= sentence.end);
  const told = next && TELLS_WHERE.test(text.slice(next.start, next.end)) ? best(places.filter((p) => p.start >= next.start && p.end <= next.end && (!inside || p.country === inside.country))) : null;
  if (told && rankOf(told) < 3 && (!inside || precisionOf(told) < precisionOf(inside) || (isArea(inside) && told.level === 'place' && !isArea(told)))) {
    return { location: toLocation(told), span: { start: told.start, end: told.end }, rule: `place-told-next:${told.level ?? 'place'}` };
  }
  if (inside && rankOf(inside) < 3) return { location: toLocation(inside), span: { start: inside.start, end: inside.end }, rule: `${isLineHead(inside) ? 'place-at-line-head' : 'place-in-sentence'}:${inside.level ?? 'place'}` };
  // "16/03, Tougouri: clashes ...": a bulletin line whose head names a place the gazetteer does not
  // know tells its own incident; the towns of the lines around it are other incidents' places. Only
  // the country is known: the one the head names, else that of the line's section ("BURKINA FASO").
  if (here(places).some((p) => isLineHead(p) && p.lat === null)) {
    if (inside) return { location: toLocation(inside), span: { start: inside.start, end: inside.end }, rule: `line-head-unknown:${inside.level ?? 'region'}` };
    for (const s of entrySentences.filter((x) => x.end <= sentence.start).reverse()) {
      const p = best(places.filter((x) => x.start >= s.start && x.end <= s.end && x.level === 'country'));
      if (p) return { location: toLocation(p), span: { start: p.start, end: p.end }, rule: 'line-head-unknown:country-from-context' };
    }
    return null;
  }
  // Only a country here ("raids on an IS stronghold in Syria"), or nothing: the entry's nearest
  // earlier place in that country sets the scene; else the next sentences, where a lead names the
  // town its headline left out. A country stays the answer only when no town or province follows.
  // "killed in U.S. air strikes" in a report about Syria: a foreign country named in passing is
  // more often whose strikes than where; the town is looked for in the report's country.
  // But "a chemical attack in Syria" in a story told from Washington: a country the sentence names
  // as where the event happened is its country, whatever the report is mostly about.
  const country = (inside?.toldAsWhere ? inside.country : null) ?? focus ?? inside?.country ?? null;
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
    const filed = best(allPlaces.filter((p) => !p.role && p.country === inside.country && rankOf(p) < 3 && exclude.some((x) => !x.issued && p.start >= x.start && p.end <= x.end) && entrySentences.some((s) => p.start >= s.start && p.end <= s.end)));
    if (filed) return { location: toLocation(filed), span: { start: filed.start, end: filed.end }, rule: `dateline-in-country:${filed.level ?? 'place'}` };
  }
  if (inside) return { location: toLocation(inside), span: { start: inside.start, end: inside.end }, rule: `place-in-sentence:${inside.level ?? 'region'}` };
  for (const s of earlier) {
    const p = best(places.filter((x) => x.start >= s.start && x.end <= s.end));
    if (p) return { location: toLocation(p), span: { start: p.start, end: p.end }, rule: `place-from-context:${p.level ?? 'place'}` };
  }
  return null;
}

// "The attack took place near ...", "The strike hit ...": a sentence whose subject points back to the event and tells where.
const TELLS_WHERE = /^\W*(?:the|that|this|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)\s+(?:[\w-]+\s+)?(?:attack|strike|air\s?strike|raid|bombing|blast|explosion|ambush|incident|shelling|assault|killings?|massacre)s?\s+(?:took place|happened|occurred|was carried out|were carried out|hit|struck|targeted)\s+(?:\w+\s+){0,3}?(?:in|near|at|on|outside)\b/i;

/** How far ahead a sentence naming only a country looks for its town (a headline and its lead). */
const FOLLOWING_SENTENCES = 2;

/** The country a report is mostly about: the resolved places' countries, weighted by confidence. */
export function reportCountry(report: Report, places: PlaceMention[]): string | null {
  const score = new Map<string, number>();
  for (const p of places) {
    if (!p.country) continue;
    // A toponym inside a name or a people says less about where the report is than a place does.
    // A town or province says more about where a report is than a country named in passing ("U.S. raids").
    // A country naming whose forces ("U.S. air strikes") says as little as a people does.
    const whose = p.level === 'country' && ATTRIBUTIVE_AFTER.test(report.text.slice(p.end, p.end + 24));
    const w = p.confidence * (p.start < 600 ? 2 : 1) * (p.role || whose ? 0.5 : p.level === 'country' || p.level === null ? 1 : 1.5);
    score.set(p.country, (score.get(p.country) ?? 0) + w);
  }
  let top: string | null = null;
  let topScore = 0;
  for (const [c, s] of score) if (s > topScore) (top = c), (topScore = s);
  return top;
}

// "Damascus said", "despite Damascus promises", "Ankara-backed": a capital standing for its
// government, not the place of an event. A place after a preposition ("activists in Aleppo said")
// is still where someone stands.
const GOVERNMENT_AFTER = /^(?:['’]s)?(?:\s+(?:did\s+not|has\s+not|had\s+not|declined\s+to|refused\s+to)\s+(?:comment|respond|confirm)|\s+(?:has\s+|had\s+|have\s+)?(?:promise[sd]?|pledge[sd]?|said|says|announced|accused|accuses|denied|denies|claimed|claims|insisted|insists|agreed|agrees|rejected|rejects|demanded|demands|warned|warns|vowed|vows|refused|refuses|welcomed|welcomes|condemned|condemns|blamed|blames|government|regime|officials|authorities|ally|allies|wants|hopes|sought|seeks|responded)\b|\s*[-‐]\s*(?:backed|allied|aligned|friendly)\b)/i;
const PLACE_PREPOSITION = /\b(?:in|at|near|from|of|to|into|outside|around|across|inside|toward|towards|on|via|between|through|over)\s+(?:the\s+)?$/i;

/** Whether a place mention names a government by its capital ("despite Damascus promises"). */
export function standsForGovernment(text: string, p: { start: number; end: number; level: string | null }): boolean {
  if (p.level !== 'place') return false;
  if (!GOVERNMENT_AFTER.test(text.slice(p.end, p.end + 40))) return false;
  return !PLACE_PREPOSITION.test(text.slice(Math.max(0, p.start - 20), p.start));
}

/**
 * "aircraft based at Shayrat carried out the attack on Khan Shaykhun", "terrorists positioned in Idleb
 * countryside targeted al-Suqaylabiyah with rocket shells", "rockets fired from Gaza hit
 * Sderot": where the attackers came from is not where the event happened (ACLED codes the place
 * struck). Plain "from" is not enough: "drove IS from Manbij" names the place taken.
 */
const ORIGIN_BEFORE = /\b(?:based|stationed|deployed|positioned|entrenched|holed\s+up)\s+(?:at|in)\s+(?:the\s+)?$|\b(?:evacuated|evacuees|fled|fleeing|displaced)\s+from\s+(?:the\s+)?(?:(?:two|three|several|besieged|nearby|neighbouring|neighboring)\s+){0,3}(?:(?:towns?|villages?|cities|city|areas?)\s+of\s+)?$|\b(?:took\s+off|taking\s+off|launched|flew\s+in|flown\s+in|fired|came|coming|arrived|advanced|attacked)\s+from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?|(?:town|village|city|area)\s+of\s+)?$|\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?$/i;

/** ", less than two weeks after the", ", a month since the": a clause that turns to an older incident. */
const RECALL_CLAUSE = /,\s*(?:(?:just|only|barely|less\s+than|more\s+than|about|nearly|almost)\s+)?(?:(?:a|one|two|three|four|five|six|several|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|since)\s+(?:the|a|an)\b/i;
const CAUSE_CLAUSE = /\b(?:demanding|to demand|calling for|to call for|in solidarity with|in support of|to protest (?:against|over)|protesting (?:against|over)|to denounce|denouncing|to condemn|condemning)\b/i;

/**
 * "as the Syrian army pushed east along the Euphrates towards Deir al-Zor", "families fleeing to
 * Idlib": where forces or people were heading is not where the event happened, when the sentence
 * names another place.
 */
// ("turned their offensive towards the last rebel pocket near the Golan Heights": a place that
// only locates the destination is the destination's.)
const DESTINATION_BEFORE = /\btowards?\s+(?:the\s+)?(?:[\w-]+\s+){1,4}(?:near|around|close\s+to|outside|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\b(?:towards?|heading\s+(?:for|to|towards?)|headed\s+(?:for|to)|bound\s+for|en\s+route\s+to|(?:fled|fleeing|flee|escaped|escaping)\s+(?:across\s+the\s+border\s+)?(?:to|into))\s+(?:the\s+)?(?:(?:city|town|village|provincial\s+capital)\s+of\s+)?$/i;

export function isAttackOrigin(text: string, p: Span): boolean {
  return ORIGIN_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start));
}

/** Where the dead and the wounded were taken: "hospitals in Mopti and Sevare", "the morgue in Kunduz". */
const CARE_AT = /\b(?:hospitals?|clinics?|health\s+cent(?:re|er)s?|medical\s+cent(?:re|er)s?|morgues?)\s+(?:in|of|at)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/i;
const CARE_VERB = /\b(?:received|admitted|treated|taken|evacuated|brought|transferred|referred|rushed)\b/i;
/** "Goma desk", "Beirut bureau": where a story was written, in its byline. */
const NEWSROOM_AFTER = /^\s+(?:desk|bureau|newsroom)\b/i;
/** "told reporters in Damascus", "speaking in Granada", "at a news conference in Geneva": where someone spoke. */
const SPOKE_IN = /\b(?:told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s*){1,3})|speaking|spoke|(?:at|during|to)\s+a\s+(?:news|press)\s+(?:conference|briefing))\s+in\s+(?:the\s+)?$/u;

/**
 * The places an event in this sentence may take: its attackers' origin only when nothing else is
 * named; not a country named as whose forces ("U.S. air strikes on Raqqa") beside a place; when the
 * sentence names a country as where ("an attack in Syria"), not the countries it names as actors
 * ("The United States and Russia traded assertions about ..."); and in a headline,
 * the places the story names elsewhere that the headline repeats (see headlineEchoes).
 */
export function eventPlaceCandidates(text: string, sentence: Span, places: PlaceMention[], datelines: Span[] = []): PlaceMention[] {
  const inSentence = (p: PlaceMention) => p.start >= sentence.start && p.end <= sentence.end;
  const echoes = headlineEchoes(text, sentence, places);
  let out = echoes.length ? [...places, ...echoes].sort((a, b) => a.start - b.start) : places;
  const said = text.slice(sentence.start, sentence.end);
  const before = (p: Span, chars: number) => text.slice(Math.max(0, p.start - chars), p.start);
  // "Relatives protested in Aden, demanding their release from prisons in Sanaa": a place named in
  // what the actors demand or condemn is not where they acted, when the sentence named that first.
  const cause = CAUSE_CLAUSE.exec(said);
  if (cause) {
    const at = sentence.start + cause.index;
    const actedAt = places.some((p) => inSentence(p) && p.end <= at && p.name && !p.role && (p.level === 'place' || p.level === 'admin2' || p.level === 'admin1'));
    if (actedAt) out = out.filter((p) => !(inSentence(p) && p.start > at));
  }
  // "massacring dozens of villagers in central Hama province, less than two weeks after the killing
  // of 108 people in Houla": a place in a clause recalling an older incident is that one's.
  const recall = RECALL_CLAUSE.exec(said);
  if (recall) {
    const at = sentence.start + recall.index;
    if (places.some((p) => inSentence(p) && p.end <= at && p.name && !p.role && p.level !== null)) out = out.filter((p) => !(inSentence(p) && p.start > at));
  }
  // "... told reporters in Damascus that the count had reached 108": where it was said, not where it
  // happened; "A hospital in Saada city received the bodies of 29 children": where the victims were taken.
  const care = CARE_VERB.test(said);
  // ("Posted by Goma desk", "our Beirut bureau": a newsroom in a byline, wherever it stands.)
  const venues = new Set(places.filter((p) => (inSentence(p) && (SPOKE_IN.test(before(p, 40)) || (care && CARE_AT.test(before(p, 40))))) || NEWSROOM_AFTER.test(text.slice(p.end, p.end + 16))));
  if (venues.size) out = out.filter((p) => !venues.has(p));
  const origins = new Set(places.filter((p) => inSentence(p) && isAttackOrigin(text, p)));
  // ("evacuated from the two besieged towns of al-Foua and Kefraya": the list goes on.)
  // ("... pushed towards Deir al-Zor and Mayadin": the list goes on; origins and destinations alike.)
  const destinations = new Set(places.filter((p) => inSentence(p) && DESTINATION_BEFORE.test(before(p, 60))));
  // ("along the Euphrates River towards Deir al-Zor": a feature placed only by the destination goes with it.)
  const placedBy = (p: PlaceMention, o: PlaceMention) => p.qualifier?.kind === 'near' && p.geonameid === null && p.qualifier.span.start === o.start;
  for (const set of [origins, destinations]) for (const p of places) if (inSentence(p) && [...set].some((o) => placedBy(p, o) || (o.end <= p.start && /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(text.slice(o.end, p.start))))) set.add(p);
  const named = (p: PlaceMention) => inSentence(p) && !!p.name && !p.role;
  // ("rockets fired from Gaza towards Ashkelon": the place aimed at stays when only the origin is beside it.)
  if (origins.size && places.some((p) => named(p) && !origins.has(p))) out = out.filter((p) => !origins.has(p));
  if (destinations.size && places.some((p) => named(p) && !origins.has(p) && !destinations.has(p))) out = out.filter((p) => !destinations.has(p));
  // "U.S. air strikes on Raqqa": a country naming whose strikes is not where, when a place is named.
  const attributive = out.filter((p) => inSentence(p) && p.level === 'country' && !p.role && ATTRIBUTIVE_AFTER.test(text.slice(p.end, p.end + 24)));
  if (attributive.length && out.some((p) => inSentence(p) && !p.role && p.name && p.level !== 'country' && p.level !== null)) out = out.filter((p) => !attributive.includes(p));
  const countries = out.filter((p) => inSentence(p) && p.level === 'country' && !p.role && p.name);
  const where = countries.filter((p) => (LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start)) || UNKNOWN_PLACE_IN_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))) && !ATTRIBUTIVE_AFTER.test(text.slice(p.end, p.end + 24)));
  // ("ANKARA (Reuters) - ... killed in an air strike in northwest Syria": the dateline's town is where the reporter filed from.)
  const filed = (p: PlaceMention) => datelines.some((x) => p.start >= x.start && p.end <= x.end);
  if (where.length && where.every((p) => p.country === where[0]!.country) && !out.some((p) => inSentence(p) && !p.role && p.level !== 'country' && p.level !== null && p.name && !filed(p))) {
    out = out.filter((p) => !countries.includes(p) || where.includes(p)).map((p) => (where.includes(p) ? { ...p, toldAsWhere: true as const } : p));
  }
  return out;
}

/**
 * A headline in title case ("6 Killed in Al-Nusra Front Shelling of Sheikh Maqsood") gives the
 * recogniser no case to tell names from words, so it keeps only places it is sure of. A name that
 * the story itself resolves elsewhere ("... positions in Sheikh Maqsood on April 13") and that the
 * headline repeats word for word is the same place there.
 */
export function headlineEchoes(text: string, sentence: Span, places: PlaceMention[]): PlaceMention[] {
  const words = text.slice(sentence.start, sentence.end).match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3 || words.filter((w) => /^\p{Lu}/u.test(w)).length < TITLE_CASE_SHARE * words.length) return [];
  const chunk = text.slice(sentence.start, sentence.end);
  const taken = (start: number, end: number) => places.some((p) => p.start < end && p.end > start);
  const out: PlaceMention[] = [];
  const seen = new Set<string>();
  for (const p of places) {
    if (p.role || p.lat === null || p.level === null || p.level === 'country' || !p.name) continue;
    if (p.start >= sentence.start && p.end <= sentence.end) continue;
    if (p.text.length < 4 || !/^\p{Lu}/u.test(p.text) || seen.has(p.text)) continue;
    seen.add(p.text);
    const re = new RegExp(String.raw`(?<![\p{L}\d])${p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\d])`, 'gu');
    for (const m of chunk.matchAll(re)) {
      const start = sentence.start + m.index!;
      const end = start + p.text.length;
      if (taken(start, end) || out.some((o) => o.start < end && o.end > start)) continue;
      out.push({ ...p, start, end, qualifier: null, reason: `repeats "${p.text}", resolved elsewhere in the story` });
    }
  }
  return out;
}

/** Share of a sentence's words (four letters or more) that are capitalised for it to be in title case. */
const TITLE_CASE_SHARE = 0.6;

/** "in Syria", "across Yemen", "inside Iraq": the country is where, not who. */
const LOCATIVE_BEFORE = /\b(?:in|inside|across|throughout|within|(?:parts?|areas?|regions?|corners?|swathes?)\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)?$/i;
/**
 * "left 6 soldiers dead in Tougouri, Burkina Faso": a town the gazetteer does not know, then its
 * country; the country is where (the town, had it been known, would be the place).
 */
const UNKNOWN_PLACE_IN_BEFORE = /\b(?:in|at|near|outside)\s+(?:the\s+(?:village|town|city)\s+of\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s*$/u;
/** "in U.S. air strikes", "in US-led raids": the country names whose strikes, not where. */
const ATTRIBUTIVE_AFTER = /^\s*(?:and\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]+\s+)?(?:-\s*)?(?:led|backed|warships?|ships?|vessels?|destroyers?|frigates?|navy|naval|air|airstrikes?|strikes?|raids?|bomb\w*|shelling|forces|troops|soldiers|jets?|warplanes?|planes?|aircraft|drones?|army|military|coalition|navy|marines|special|artillery|missiles?|rockets?|officials?|government|authorities|personnel|service\s*(?:members?|men|women)|servicemen|citizens?|nationals?|contractors?|diplomats?|envoys?|president|administration|embassy|intelligence)\b/iu;
