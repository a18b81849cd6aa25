// The place of the event a sentence reports, with ACLED's geo_precision:
//   1 the place itself; 2 near it, its outskirts or countryside, or a district (part of a region
//   named after it); 3 only the province (or country) is known -> the province's seat, named as the
//   province, so that a province-only event is never shown as if precise.
// The most specific place in the sentence wins; else the entry's headline; else the report's focus.
import type { EventLocation, PlaceMention, Report, Span } from '../core/types.js';
import type { GeoPrecision } from '../core/taxonomy.js';
import type { Gazetteer } from './gazetteer.js';
import { isDemonym } from './demonym.js';

const SPECIFICITY: Record<string, number> = { place: 3, admin2: 2, admin1: 1, country: 0 };

export interface EventPlace {
  location: EventLocation;
  span: Span;
  rule: string;
}

function eventPlaces(places: PlaceMention[], gaz: Gazetteer, within: Span): PlaceMention[] {
  // A toponym inside a name ("Pakistan Army") or a people ("Syrians") is not where anything happened.
  return places.filter((p) => p.start >= within.start && p.end <= within.end && p.lat !== null && p.level !== null && !p.role && !isDemonym(gaz, p));
}

/** The most specific, then most confident, then first place. */
function pick(cands: PlaceMention[]): PlaceMention | null {
  let best: PlaceMention | null = null;
  for (const p of cands) {
    if (!best) best = p;
    else {
      const d = SPECIFICITY[p.level!]! - SPECIFICITY[best.level!]!;
      if (d > 0 || (d === 0 && p.confidence > best.confidence + 0.2)) best = p;
    }
  }
  return best;
}

function precisionOf(p: PlaceMention): GeoPrecision {
  if (p.level === 'admin1' || p.level === 'country') return 3;
  if (p.level === 'admin2') return 2;
  return p.qualifier ? 2 : 1;
}

/** The gazetteer entry behind a mention (by name and point; derived entries have no GeoNames id). */
function entryOf(p: PlaceMention, gaz: Gazetteer): number | null {
  if (!p.name) return null;
  for (const m of gaz.lookup(p.name, false)) {
    if (gaz.lat(m.entry) === p.lat && gaz.lon(m.entry) === p.lon) return m.entry;
  }
  return null;
}

export function toEventLocation(p: PlaceMention, gaz: Gazetteer): EventLocation {
  const precision = precisionOf(p);
  if (p.level === 'admin1') {
    const e = entryOf(p, gaz);
    const seat = e !== null ? gaz.admin1Seat(gaz.admin1Code(e)) : null;
    // "The Hama countryside", "outskirts of Idlib": around the city the province is named after.
    if (p.qualifier && seat !== null && gaz.name(seat) && sameName(gaz, seat, p.name)) {
      return { name: gaz.name(seat), lat: gaz.lat(seat), lon: gaz.lon(seat), geonameid: gaz.id(seat), country: p.country, admin1: p.name, geo_precision: 2 };
    }
    // A province-only event sits at the province's seat, named as the province.
    return {
      name: p.name,
      lat: seat !== null ? gaz.lat(seat) : p.lat,
      lon: seat !== null ? gaz.lon(seat) : p.lon,
      geonameid: null,
      country: p.country,
      admin1: p.name,
      geo_precision: 3,
    };
  }
  return { name: p.name, lat: p.lat, lon: p.lon, geonameid: p.geonameid, country: p.country, admin1: p.admin1, geo_precision: precision };
}

function sameName(gaz: Gazetteer, entry: number, name: string | null): boolean {
  return !!name && gaz.lookup(name, true).some((m) => m.entry === entry);
}

export function eventLocation(report: Report, sentence: Span, places: PlaceMention[], gaz: Gazetteer): EventPlace | null {
  const focus = countryFocus(report, places);
  // A stray match abroad in a sentence of a report about one country is more often a misread word
  // or a side remark than the event's place: prefer places in the report's country.
  const preferFocus = (ps: PlaceMention[]) => {
    const home = focus ? ps.filter((p) => p.countryCode === focus.code) : [];
    return home.length ? home : ps;
  };
  const own = pick(preferFocus(eventPlaces(places, gaz, sentence)));
  const entry = report.entries.find((e) => sentence.start >= e.start && sentence.start < e.end);
  if (own && own.level !== 'country') return { location: toEventLocation(own, gaz), span: { start: own.start, end: own.end }, rule: `geo/sentence:${own.level}${own.qualifier ? `+${own.qualifier.kind}` : ''}` };
  // Only a country (or nothing) here: the nearest place earlier in the entry sets the scene.
  if (entry) {
    const earlier = eventPlaces(places, gaz, { start: entry.start, end: sentence.start })
      .filter((p) => !(entry.headline && p.start >= entry.headline.start && p.end <= entry.headline.end))
      .filter((p) => p.level !== 'country' && (focus ? p.countryCode === focus.code : !own || p.countryCode === own.countryCode))
      .sort((a, b) => b.start - a.start);
    if (earlier[0]) return { location: toEventLocation(earlier[0], gaz), span: { start: earlier[0].start, end: earlier[0].end }, rule: `geo/earlier-in-entry:${earlier[0].level}` };
  }
  if (entry?.headline) {
    const h = pick(preferFocus(eventPlaces(places, gaz, entry.headline)).filter((p) => p.level !== 'country'));
    if (h) return { location: toEventLocation(h, gaz), span: { start: h.start, end: h.end }, rule: `geo/headline:${h.level}` };
  }
  if (own) return { location: toEventLocation(own, gaz), span: { start: own.start, end: own.end }, rule: 'geo/sentence:country' };
  const focusPlace = reportFocusPlace(report, places, gaz);
  if (focusPlace) return { location: toEventLocation(focusPlace, gaz), span: { start: focusPlace.start, end: focusPlace.end }, rule: `geo/report-focus:${focusPlace.level}` };
  return null;
}

/** The place a report is about: the most often named specific place (ties: the earliest). */
function reportFocusPlace(report: Report, places: PlaceMention[], gaz: Gazetteer): PlaceMention | null {
  const usable = eventPlaces(places, gaz, { start: 0, end: report.text.length }).filter((p) => p.level !== 'country');
  const counts = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of usable) {
    const key = `${p.name}|${p.lat}|${p.lon}`;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, first: p });
  }
  let best: { n: number; first: PlaceMention } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && SPECIFICITY[c.first.level!]! > SPECIFICITY[best.first.level!]!)) best = c;
  if (best) return best.first;
  return pick(eventPlaces(places, gaz, { start: 0, end: report.text.length }));
}

/** The country a report is about (for the actor coder): named countries count double, demonyms and places once. */
export function countryFocus(report: Report, places: PlaceMention[]): { code: string; name: string } | null {
  void report;
  const votes = new Map<string, { n: number; name: string; first: number }>();
  places.forEach((p, i) => {
    if (!p.countryCode || !p.country) return;
    const w = p.level === 'country' ? 2 : 1;
    const v = votes.get(p.countryCode);
    if (v) v.n += w;
    else votes.set(p.countryCode, { n: w, name: p.country, first: i });
  });
  let best: [string, { n: number; name: string; first: number }] | null = null;
  for (const e of votes) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)) best = e;
  return best ? { code: best[0], name: best[1].name } : null;
}
