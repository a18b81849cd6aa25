// The main event of a story, completed from the other mentions of the same incident in it: the
// headline names the country and the toll in round words, its lead the town and the figure.
import { storyMains } from './story-mains.js';
import type { EventLocation, EventMention, PlaceMention, Span } from '../core/types.js';
import { recallsEarlierIncident, tellsAnotherIncident, TELLS_DEATHS } from './salience.js';
import { NONE_DIED } from './fatality-tally.js';
import { haversineKm } from '../geo/resolve.js';
import { fold } from '../geo/fold.js';
import { isArea } from './location.js';
import { NAMED_PLACE_LINK } from '../geo/cued-unknown.js';

/**
 * A headline names the country or province ("raids on IS Syria stronghold"); its lead names the
 * town. When the main mention's place is vague (a province, a country, or a city's countryside) or
 * missing, the most precise place of a mention of the same type in the same entry, inside that
 * area, is its place. `placeAt` gives the place mention at a span, to read its qualifier; without
 * it no place counts as countryside.
 */
export function fillMainEventPlace(ordered: EventMention[], story: (e: EventMention) => number, placeAt: (span: Span) => PlaceMention | undefined = () => undefined): void {
  preferTellingOfDeaths(ordered, story);
  for (const main of storyMains(ordered, story)) {
    const span = main.sources.location?.span;
    // ("30 terrorists killed in Aleppo northern countryside" ... "posts in Kfar Saghir village in Aleppo
    // northern countryside": the countryside of a city is its province less the city, as vague.)
    const countryside = !!span && placeAt(span)?.qualifier?.kind === 'countryside';
    const loc = main.location && countryside ? { ...main.location, geo_precision: 3 as const, name: main.location.admin1 ?? main.location.name } : main.location;
    // ("Father of striker kidnapped in northern Colombia", placed at the dateline's Bogota: where the
    // reporter filed from is no more than the country; the lead's town is the incident's.)
    const filedFrom = !!loc && DATELINE_RULE.test(main.sources.location?.rule ?? '');
    // (A village kept by its name at its province's point, "the locality of Solhan, in the province of
    // Yagha, Sahel region", is named: another town of that region is no better.)
    if (loc && (loc.geo_precision < 3 || namesAVillage(loc)) && !filedFrom) continue;
    // (A main mention with no place at all takes even a province: "Gunmen kill 12" over "... in Borno state".)
    const inside = (e: EventMention) =>
      !!e.location && (e.location.geo_precision < 3 || namedInProvince(e.location, loc) || !loc) && (!loc || (loc.country === e.location.country && (filedFrom ? e.location.name !== loc.name && !DATELINE_RULE.test(e.sources.location?.rule ?? '') : !loc.admin1 || loc.admin1 === e.location.admin1)));
    // (The countryside's own city is no place in it.)
    const ownCity = (e: EventMention) => countryside && e.location!.name === main.location!.name;
    // ("Elsewhere the monitor said air strikes killed three in Khan Sheikhoun": another incident's town.)
    // ("... since 2015 In April 2017 the US military dropped its largest bomb on Achin district", a
    // scrape that lost its stops: a month with its year dates an older incident anywhere in it; "A UN
    // report in July said ... air strikes" is dated two months before the story's.)
    // (The same stated toll tells the same incident, whatever type each telling reads as.)
    const sameIncident = (e: EventMention) => e.sub_event_type === main.sub_event_type || (statesSameToll(main, e) && OWN_PLACE.test(e.sources.location?.rule ?? ''));
    const donor = ordered.find((e) => e !== main && story(e) === story(main) && sameIncident(e) && inside(e) && !ownCity(e) && !tellsAnotherIncident(e.evidence.text) && !MONTH_AND_YEAR.test(e.evidence.text) && sameTime(main, e));
    if (!donor) continue;
    main.location = donor.location;
    main.sources.location = { span: donor.sources.location?.span ?? null, rule: `same-incident-in-entry:${donor.sources.location?.rule ?? ''}` };
  }
}

/**
 * A village the gazetteer lacks, kept by its name at the point of the province the main mention
 * names ("a village in Sagaing region" ... "in Pazigyi village"): no more precise, but it names
 * the place.
 */
function namedInProvince(l: EventLocation, province: EventLocation | null): boolean {
  return !!province && province.geo_precision === 3 && province.name === province.admin1 && l.geo_precision === 3 && l.admin1 === province.admin1 && namesAVillage(l);
}

/** A location that names more than its province or country, though it may stand at their point. */
function namesAVillage(l: EventLocation): boolean {
  return l.name !== l.admin1 && l.name !== l.country;
}

/** "in April 2017": news tells its own incident by the day, an older one by the month and year. */
const MONTH_AND_YEAR = /\b[Ii]n\s+(?:(?:early|mid-?|late)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b/;

/** A place borrowed from the report's dateline. */
const DATELINE_RULE = /^dateline/;

const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last\s+night)(?:['’]?s)?`;
/** Words for an incident that a later sentence points back to ("the strike", "that attack"). */
const INCIDENT = String.raw`(?:strike|air ?strike|raid|attack|assault|bombing|blast|explosion|shelling|bombardment|ambush|shooting)s?`;
const TOLD_THING = String.raw`(?:${INCIDENT}|violence|(?:massacre|killing|barrage|bus|convoy|vehicle|car\s+bomb|truck|bomb|rocket|missile|shell|mortar|jet|warplane|aircraft|gunmen|attackers|assailants|militants|insurgents|suicide\s+bomber)s?)`;
const TOLD_VERB = String.raw`(?:hit|struck|targeted|destroyed|exploded|detonated|landed|slammed|tore|ripped|stormed|raided|attacked|shelled|bombed|took\s+place|happened|occurred|(?:was|were)\s+(?:hit|struck|targeted|carried\s+out|detonated))`;
/**
 * A sentence that points back to the story's incident and says where it struck: "Monday's strikes
 * hit the town of Atareb", "The raids, about ten strikes in quick succession, hit the main market
 * of Douma", "Residents said the strike, on March 17, destroyed houses in the Mosul al-Jadida
 * neighborhood", "The bus was hit in the market of Dahyan", "the gunmen attacked Dalori village".
 */
const TOLD_AGAIN = new RegExp(
  String.raw`^\W*(?:[^.;]{0,80}?\b(?:said|says|say|reported|added)\s+(?:that\s+)?)?(?:the|that|this|${DAY})\s+(?:worst\s+of\s+the\s+)?(?:[\p{L}-]+\s+){0,2}?${TOLD_THING}(?:\s*,[^,.]{0,90},)?\s+(?:had\s+|has\s+|have\s+)?${TOLD_VERB}\b`,
  'iu',
);
/** "The village struck overnight, Solhan, ...", "the market hit on Sunday": the place struck, named. */
const PLACE_STRUCK = /^\W*the\s+(?:village|town|city|neighbou?rhood|district|market|camp|school|hospital|mosque)\s+(?:that\s+was\s+|which\s+was\s+)?(?:struck|hit|attacked|targeted|bombed|shelled|stormed)\b/i;
/**
 * "The village, Pazigyi, is in Kanbalu township", "The village concerned is Ogossagou, located ...",
 * "15:12 The village is Hroza": the story names the place its lead kept back ("a village in the
 * central Sagaing region"). The match ends where the name begins; in a scrape stripped of its
 * stops it may stand mid-sentence ("... could not be verified The town, Halfaya, lies ...").
 */
const PLACE_NAMED = new RegExp(String.raw`(?:^\W*(?:\d{1,2}[:.]\d{2}\s+)?[Tt]he|(?<=\p{Ll}\s)The)\s+${NAMED_PLACE_LINK}(?=\p{Lu}|(?:al|el|ad|as|ar|ash|at|az|an)-\p{Lu})`, 'u');

/** Where in a sentence naming the place the story kept back ("The village, Pazigyi, ...") the name begins. */
export function placeNamedAt(text: string): number | null {
  const m = PLACE_NAMED.exec(text);
  return m ? m.index + m[0].length : null;
}

/** Where an event's place came from its own sentence (not borrowed from the context or the dateline). */
const OWN_PLACE = /^(?:place-in-sentence|place-at-line-head|place-told-next)/;
/** How far a vague place (a town's outskirts, a district) may lie from the place told later for it. */
const VAGUE_PLACE_KM = 60;

/** A later sentence of a story that points back to its incident and names where it struck. */
export interface PlaceTelling {
  story: number;
  start: number;
  location: EventLocation;
  rule: string;
  span: Span;
  event_date: string | null;
  time_precision: EventMention['time_precision'];
}

/** Whether a sentence points back to the story's incident and tells where it struck (see TOLD_AGAIN). */
export function pointsBackToIncident(text: string): boolean {
  // ("The town, Halfaya, ... was captured by rebels last week": what it says of the place named is
  // the place's history, not another incident.)
  return PLACE_NAMED.test(text) || ((TOLD_AGAIN.test(text) || PLACE_STRUCK.test(text)) && !tellsAnotherIncident(text));
}

/**
 * A lead often keeps the town back ("Air strikes on a crowded market in a rebel-held town in northern
 * Syria killed at least 53") and a later sentence of the story points back to the incident and names
 * it ("Monday's strikes hit the town of Atareb"). When the main mention (of violence) has only the
 * country or a province, a place near a town or part of a region, or a place borrowed from another
 * sentence or the dateline, the place such a telling names in its own sentence is the main event's:
 * inside the province the main mention names, or near the place it is near. Never a telling of another
 * incident ("Elsewhere ...", "Hours earlier ...", another date).
 */
export function fillMainEventPlaceToldAgain(ordered: EventMention[], story: (e: EventMention) => number, tellings: () => PlaceTelling[]): void {
  for (const main of storyMains(ordered, story)) {
    if (!TELLS_OF_FIGHTING.has(main.event_type) || main.claim.status === 'denied') continue;
    const loc = main.location;
    const own = !!loc && OWN_PLACE.test(main.sources.location?.rule ?? '');
    if (own && loc!.geo_precision === 1) continue;
    const fits = (l: EventLocation): boolean => {
      if (l.geo_precision === 3 || l.lat === null || l.lon === null) return false;
      if (!loc) return true;
      if (l.name === loc.name || (loc.country && l.country !== loc.country)) return false;
      if (!own) return true;
      // A province or country of its own sentence: the town told later must lie in it.
      // (A telling's place of unknown province, placed by a distant town, may lie in it too.)
      if (loc.geo_precision === 3) return !loc.admin1 || !l.admin1 || loc.admin1 === l.admin1 || loc.name === loc.country || loc.name === l.admin1;
      return loc.lat !== null && loc.lon !== null && haversineKm(loc.lat, loc.lon, l.lat, l.lon) <= VAGUE_PLACE_KM;
    };
    const told = tellings().find(
      (t) =>
        t.story === story(main) &&
        t.start > main.evidence.start &&
        sameTime(main, { event_date: t.event_date, time_precision: t.time_precision }) &&
        fits(t.location) &&
        !anotherThreadBetween(main, t.start),
    );
    if (!told) continue;
    main.location = told.location;
    main.sources.location = { span: told.span, rule: `told-again-later:${told.rule}` };
  }

  /**
   * "In the east of Syria Russian air strikes on Sunday killed 34 ... The Observatory said the strikes
   * hit the village of Al-Shafah": a telling after another incident of the same day, told at a place of
   * its own outside the main event's, points back to that one.
   */
  function anotherThreadBetween(main: EventMention, at: number): boolean {
    const loc = main.location;
    return ordered.some((e) => {
      const l = e.location;
      if (e === main || story(e) !== story(main) || e.evidence.start <= main.evidence.end || e.evidence.start >= at) return false;
      // ("The attack came just days after twin bombings in Chibok killed 13": an older incident, recalled.)
      if (!l || !OWN_PLACE.test(e.sources.location?.rule ?? '') || !sameTime(main, e) || recallsEarlierIncident(e.evidence.text)) return false;
      if (!loc) return true;
      if (l.name === loc.name || l.admin1 === loc.name) return false;
      return !(loc.lat !== null && loc.lon !== null && l.lat !== null && l.lon !== null && loc.geo_precision < 3 && haversineKm(loc.lat, loc.lon, l.lat, l.lon) <= VAGUE_PLACE_KM);
    });
  }
}

/** Event types whose telling is about violence, that a report tells deaths of when there are any. */
const TELLS_OF_FIGHTING = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/**
 * A short dispatch (a few sentences) tells one incident from several sides: its first telling
 * names it, and a later sentence's deaths are that incident's, whatever type they read as.
 */
const LONG_STORY_CHARS = 600;
/** A change of hands is the news itself, deaths or none ("IS seizes Palmyra"). */
const TERRITORY_CHANGE = /territory/i;

/**
 * A report's main event is the incident it reports deaths in. A headline or lead may tell a push,
 * a truce breach or raids in general ("Insurgents press on in the south") while a later sentence
 * of the same story tells where people died ("some 40 guards were killed defending Tal Tamr"):
 * that incident is the one coders record. When the report's first event
 * is fighting, a strike or an attack (not a change of hands, an agreement or a protest, which are
 * news without deaths) and tells no deaths, even after its toll was looked for in the story, the
 * most salient event of the same story that tells deaths at a known town or district (not a
 * province or country, not recalled as older news, not denied) comes first. Only in a story of
 * several paragraphs (see LONG_STORY_CHARS).
 */
export function preferTellingOfDeaths(ordered: EventMention[], story: (e: EventMention) => number): void {
  const main = ordered[0];
  if (!main || main.fatalities > 0 || !TELLS_OF_FIGHTING.has(main.event_type) || TERRITORY_CHANGE.test(main.sub_event_type)) return;
  // "A rocket landed ... without causing any casualties": an incident told as harmless is the news.
  if (NONE_DIED.test(main.evidence.text)) return;
  const told = ordered.filter((e) => story(e) === story(main));
  const extent = Math.max(...told.map((e) => e.evidence.end)) - Math.min(...told.map((e) => e.evidence.start));
  if (extent < LONG_STORY_CHARS) return;
  const at = ordered.findIndex(
    (e) =>
      e !== main &&
      story(e) === story(main) &&
      e.fatalities > 0 &&
      e.claim.status !== 'denied' &&
      !!e.location &&
      e.location.geo_precision < 3 &&
      sameDay(main, e) &&
      !recallsEarlierIncident(e.evidence.text),
  );
  if (at <= 0) return;
  const [deadly] = ordered.splice(at, 1);
  ordered.unshift(deadly!);
  deadly!.sources.salience = { span: null, rule: [deadly!.sources.salience?.rule, 'main-tells-no-deaths'].filter(Boolean).join('+') };
}

const POINTS_BACK = new RegExp(String.raw`\b(?:the|that|this|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|yesterday's|today's)\s+${INCIDENT}\s+(?:had\s+|has\s+)?(?:killed|left)\b|\b(?:killed|died|dead)\s+(?:in|during|from)\s+(?:the|that|this)\s+${INCIDENT}\b`, 'i');

/**
 * An entry's main event often leaves its toll to a later sentence ("Regime jets pound Douma" ...
 * "At least 40 people were killed in the raids"). When the main mention states no deaths, the
 * deaths of the most salient mention of the same type and place in that entry are its deaths.
 */
export function fillMainEventToll(ordered: EventMention[], story: (e: EventMention) => number): void {
  for (const main of storyMains(ordered, story)) {
    // (A peaceful protest kills no one: deaths near it are its cause.)
    if (main.fatalities > 0 || main.claim.status === 'denied' || main.sub_event_type === 'Peaceful protest') continue;
    // "A rocket landed ... without causing any casualties": a toll told elsewhere is another incident's.
    if (NONE_DIED.test(main.evidence.text)) continue;
    // (Or the town a village was placed near: "in the village of Sousian" ... "51 killed" told at al-Bab.)
    const samePlace = (e: EventMention) => !main.location || !e.location || e.location.name === main.location.name || e.location.admin1 === main.location.name || main.location.admin1 === e.location.name || samePoint(main.location, e.location);
    // A later sentence of another type may still tell this incident's toll by pointing back to it
    // ("the strike killed six people", "six died in the attack"): its deaths are this event's.
    // Never the toll of an older incident told as background ("Last September, an attack on the
    // same post killed 14").
    const candidate = (e: EventMention) => e !== main && story(e) === story(main) && e.fatalities > 0 && samePlace(e) && sameTime(main, e) && !recallsEarlierIncident(e.evidence.text);
    const donor =
      ordered.find((e) => candidate(e) && e.sub_event_type === main.sub_event_type) ??
      ordered.find((e) => candidate(e) && e.claim.status !== 'denied' && POINTS_BACK.test(e.evidence.text)) ??
      leadToll(main, ordered.filter((e) => story(e) === story(main)), samePlace);
    if (!donor) continue;
    main.fatalities = donor.fatalities;
    main.sources.fatalities = { span: donor.sources.fatalities?.span ?? null, rule: `same-incident-in-entry:${donor.sources.fatalities?.rule ?? ''}` };
  }
}

/** How many tellings after the headline still belong to the story's lead. */
const LEAD_MENTIONS = 4;
/**
 * A wire story's headline tells its incident first, often without a toll ("Rebels battle to break
 * siege of Aleppo"); the lead then gives the deaths, and may be read as another sub-event type
 * ("rebel fire has killed 21 civilians"). When the main mention is the story's first telling, the
 * first death count of the lead in the same place (or a place within the same town or province)
 * is its toll, unless that sentence recalls an older incident or the count is denied.
 */
function leadToll(main: EventMention, tellings: EventMention[], samePlace: (e: EventMention) => boolean): EventMention | undefined {
  const inText = [...tellings].sort((a, b) => a.evidence.start - b.evidence.start);
  // A headline telling deaths in words ("Several killed in ...") is fatality-tally's to count.
  if (inText[0] !== main || TELLS_DEATHS.test(main.evidence.text)) return undefined;
  return inText
    .slice(1, 1 + LEAD_MENTIONS)
    .find((e) => e.evidence.start > main.evidence.start && e.fatalities > 0 && e.claim.status !== 'denied' && !!e.location && !!main.location && samePlace(e) && !recallsEarlierIncident(e.evidence.text));
}

/** A village or quarter the text placed at its town (no gazetteer id, the town's point), and that town. */
function samePoint(a: EventLocation, b: EventLocation): boolean {
  return a.lat !== null && a.lon !== null && a.lat === b.lat && a.lon === b.lon && (a.geonameid === null) !== (b.geonameid === null);
}

/** Both told of the same day, where both days are known ("On Friday, a missile hit Uman" is not Wednesday's news). */
function sameDay(a: EventMention, b: EventMention): boolean {
  if (a.event_date && b.event_date && a.time_precision === 1 && b.time_precision === 1) {
    if (a.event_date === b.event_date) return true;
    // ("Twin car bombs killed 26, a monitor said Saturday" ... "the first bomb struck on Friday
    // evening": a day taken from when it was said is the incident's day or the day after it.)
    const dayAfter = (later: EventMention, earlier: EventMention) => SAID_DAY.test(later.sources.event_date?.rule ?? '') && Date.parse(later.event_date!) - Date.parse(earlier.event_date!) === 86_400_000;
    return dayAfter(a, b) || dayAfter(b, a);
  }
  return sameTime(a, b);
}
/** A date rule that took the day something was said ("a monitor said Saturday"). */
const SAID_DAY = /reporting-act/;

/** Whether two mentions' dates can be one incident's: either falls in the span the other stands for. */
function sameTime(a: Pick<EventMention, 'event_date' | 'time_precision'>, b: Pick<EventMention, 'event_date' | 'time_precision'>): boolean {
  if (!a.event_date || !b.event_date) return true;
  return withinSpan({ date: a.event_date, precision: a.time_precision ?? 1 }, b.event_date) || withinSpan({ date: b.event_date, precision: b.time_precision ?? 1 }, a.event_date);
}

/** Whether day `d` falls in the span a date of this precision stands for (a week, a month). */
function withinSpan(main: { date: string; precision: number }, d: string): boolean {
  if (main.precision >= 3) return d.slice(0, 7) === main.date.slice(0, 7);
  const days = Math.abs(Date.parse(d) - Date.parse(main.date)) / 86_400_000;
  return days <= 7;
}

/**
 * A headline or lead often dates the story loosely ("last month", the report's week); a later
 * sentence tells the incident's day ("on the night of April 14"). When the main mention's date
 * is only a span, the exact day of a same-type mention in the same story, inside that span, is
 * its date.
 */
export function fillMainEventDate(ordered: EventMention[], story: (e: EventMention) => number): void {
  for (const main of storyMains(ordered, story)) {
    if (!main.event_date || !main.time_precision || main.time_precision < 2) continue;
    const span = { date: main.event_date, precision: main.time_precision };
    const donor = ordered.find((e) => e !== main && story(e) === story(main) && e.sub_event_type === main.sub_event_type && e.time_precision === 1 && !!e.event_date && withinSpan(span, e.event_date));
    if (!donor) continue;
    main.event_date = donor.event_date;
    main.time_precision = 1;
    main.sources.event_date = { span: donor.sources.event_date?.span ?? null, rule: `same-incident-in-entry:${donor.sources.event_date?.rule ?? ''}` };
  }
}

/** Places that have quarters a report may name: capitals and the seats of provinces and districts. */
const CITY_FEATURES = new Set(['PPLC', 'PPLA', 'PPLA2']);
/** "the village of Sousian", "attacked Dalori village": the telling names a village (a spot near a town, not another town). */
function toldAsVillage(e: EventMention, s: Span): boolean {
  const from = s.start - e.evidence.start, to = s.end - e.evidence.start;
  if (from < 0 || to > e.evidence.text.length) return false;
  return /\b(?:village|hamlet)\s+of\s+(?:the\s+)?$/i.test(e.evidence.text.slice(Math.max(0, from - 30), from)) || /^\s+(?:village|hamlet)\b/i.test(e.evidence.text.slice(to, to + 10));
}
/** Qualifiers of a place near a town ("near Maiduguri", "8 km northwest of al-Bab"). */
const NEAR_A_TOWN = new Set(['near', 'outskirts', 'distance', 'direction']);
/** How far from a city's point one of its quarters may lie. */
const QUARTER_KM = 10;

/**
 * A headline or lead names the city or a place near a town; the next tellings of the incident name
 * the spot: "A suicide truck bomb ripped through a commercial street in central Baghdad ... The blast
 * in the mainly Shiite Karrada district set fire to a mall"; "Boko Haram burns village near
 * Maiduguri" ... "insurgents attacked Dalori village, about 12 kilometres from Maiduguri". When the
 * main event's own place is a city (precision 1) or a place near a town (precision 2), the first of
 * the story's next few tellings of the same event type and day that names a quarter of that city
 * (within QUARTER_KM), or a village the telling calls one within VAGUE_PLACE_KM of the town the main
 * one is near, is the more precise place. Not for a region or a district ("Eastern Ghouta",
 * "Qalamoun", "Hodan district"), which annotators keep when a town in it is named after; never a
 * telling of another or an older incident ("Hours after the Karrada blast, a bomb went off in
 * al-Shaab"). `placeAt` gives the place mention at a span.
 */
export function fillMainEventPlaceFromLead(ordered: EventMention[], story: (e: EventMention) => number, placeAt: (span: Span) => PlaceMention | undefined): void {
  for (const main of storyMains(ordered, story)) {
    const loc = main.location;
    const span = main.sources.location?.span;
    if (!loc || !span || loc.lat === null || loc.lon === null || !OWN_PLACE.test(main.sources.location?.rule ?? '')) continue;
    const at = placeAt(span);
    const city = loc.geo_precision === 1 && CITY_FEATURES.has(at?.featureCode ?? '');
    // ("in Hodan district of Mogadishu": a spot the text already names, placed by its town, stays.)
    if (!city && !(loc.geo_precision === 2 && loc.geonameid !== null && NEAR_A_TOWN.has(at?.qualifier?.kind ?? ''))) continue;
    const lead = ordered
      .filter((e) => e !== main && story(e) === story(main) && e.evidence.start > main.evidence.start && e.event_type === main.event_type)
      .sort((a, b) => a.evidence.start - b.evidence.start)
      .slice(0, LEAD_MENTIONS);
    const spot = lead.find((e) => {
      const l = e.location;
      const s = e.sources.location?.span;
      // (A quarter the gazetteer does not know is placed near its city, precision 2: still the spot.)
      if (!l || !s || l.geo_precision > 2 || (!city && l.geo_precision > loc.geo_precision) || l.lat === null || l.lon === null || l.name === loc.name || l.country !== loc.country) return false;
      if (!OWN_PLACE.test(e.sources.location?.rule ?? '') || !sameDay(main, e)) return false;
      const spotAt = placeAt(s);
      // A quarter: one the gazetteer knows as such, or a name the text calls a quarter, placed at the city.
      const quarter = spotAt?.featureCode === 'PPLX' || (spotAt?.geonameid === null && spotAt.featureCode === null && spotAt.qualifier?.kind === 'near');
      if (city ? !quarter : spotAt?.level !== 'place' || !toldAsVillage(e, s)) return false;
      if (tellsAnotherIncident(e.evidence.text)) return false;
      return haversineKm(loc.lat!, loc.lon!, l.lat, l.lon) <= (city ? QUARTER_KM : VAGUE_PLACE_KM);
    });
    if (!spot) continue;
    main.location = spot.location;
    main.sources.location = { span: spot.sources.location?.span ?? null, rule: `${city ? 'quarter' : 'spot'}-told-in-lead:${spot.sources.location?.rule ?? ''}` };
  }
}

/** Whether a telling's toll is its own words, not one filled in from the story's main mention. */
function ownToll(e: EventMention): boolean {
  const toll = e.sources.fatalities?.span;
  return !!toll && toll.start >= e.evidence.start && toll.end <= e.evidence.end;
}
/** Whether a telling states the main mention's toll (more than none) in its own words, not denied: the same incident. */
function statesSameToll(main: EventMention, e: EventMention): boolean {
  return main.fatalities > 0 && e.fatalities === main.fatalities && e.claim.status !== 'denied' && ownToll(e);
}
/** A place an event sentence took from the sentences before it. */
const CONTEXT_PLACE = /^place-from-context/;
/** How close before a toll's sentence the place it took from the sentences before it must be named. */
const CONTEXT_CHARS = 300;
/** How far from a town's point a village or quarter told with the town's toll may lie. */
const TOWN_KM = 25;

/**
 * "A suicide bomber struck an election rally in Mastung, killing at least 128" ... "128 people had
 * been killed in ... the village of Dringarh"; "Air strike on wedding party kills scores near Mocha"
 * ... "131 people had been killed in the village" (al-Wahijah, named just before): another telling of
 * the story that states the main mention's toll in its own words (more than none, not denied) tells
 * the same incident, whatever type it reads as. When the main mention names a town or city
 * (precision 1 or 2; not a district or a region) and that telling names a village or quarter (not a
 * city, not a site placed at its town) within TOWN_KM of it, in its own sentence or within
 * CONTEXT_CHARS before it, of the same day, that spot is the incident's place. Never a telling of
 * another or an older incident. Runs once the story's tolls are settled.
 */
export function fillMainEventPlaceBySameToll(ordered: EventMention[], story: (e: EventMention) => number, placeAt: (span: Span) => PlaceMention | undefined): void {
  for (const main of storyMains(ordered, story)) {
    const loc = main.location;
    if (!loc || main.fatalities <= 0 || main.claim.status === 'denied' || loc.lat === null || loc.lon === null || loc.geo_precision === 3) continue;
    // (A region or district the main mention names, "Qalamoun", is kept when a town in it is named after.)
    const area = main.sources.location?.span ? placeAt(main.sources.location.span) : undefined;
    if (area && (area.level === 'admin2' || isArea(area))) continue;
    const spot = ordered.find((e) => {
      const l = e.location;
      const s = e.sources.location?.span;
      if (e === main || story(e) !== story(main) || !statesSameToll(main, e)) return false;
      if (!l || !s || l.geo_precision > 2 || l.lat === null || l.lon === null || l.name === loc.name || l.name === loc.admin1 || l.country !== loc.country) return false;
      // (The toll's sentence may name no place of its own: "The Observatory said 135 had been killed" after
      // the sentences on al-Baghiliyah is told there.)
      const context = CONTEXT_PLACE.test(e.sources.location?.rule ?? '');
      if (!(OWN_PLACE.test(e.sources.location?.rule ?? '') || context) || !sameDay(main, e)) return false;
      // (A context several sentences back may be another incident's: "... Harasta ... UNICEF's director said the children had been killed".)
      if (context && (s.end > e.evidence.start || e.evidence.start - s.start > CONTEXT_CHARS)) return false;
      const at = placeAt(s);
      if (at?.level !== 'place' || CITY_FEATURES.has(at.featureCode ?? '')) return false;
      // ("A nurse at Ayder Referral Hospital in Mekelle": a site placed at its town names the town, no spot.)
      if (at.featureCode === null && at.name !== null && fold(at.name) !== fold(at.text)) return false;
      if (tellsAnotherIncident(e.evidence.text)) return false;
      return haversineKm(loc.lat!, loc.lon!, l.lat, l.lon) <= TOWN_KM;
    });
    if (!spot) continue;
    main.location = spot.location;
    main.sources.location = { span: spot.sources.location?.span ?? null, rule: `spot-told-with-toll:${spot.sources.location?.rule ?? ''}` };
  }
}
