// The place at the head of a bulletin line: "13/03, Douentza: ...", "Tougouri, Burkina Faso: ...".
// Security bulletins, situation reports and incident logs open each line with the incident's day
// and place, then a colon; the place before the colon is the line's event's place, like a dateline.
// The recogniser misses many such heads (a small town at the start of a line has no "in" or "near"
// to cue it), so the name is looked up in the gazetteer the way a reader would: in the country the
// line names, else the countries the report is about. (The day is read in src/extract/line-head.ts.)
import { entryFields } from './entry-fields.js';
import type { PlaceMention, Report, Sentence, Span } from '../core/types.js';
import type { Gazetteer } from './gazetteer.js';
import { fold } from './fold.js';
import { prominence } from './resolve.js';
import { KIND } from './store.js';
import { COMMON_WORDS, NEVER_PLACES } from './words.js';

/** A bullet before the head ("- ", "• ", "* "), and any opening quote or space. */
export const LEAD = String.raw`^[\s"'“]*(?:[-–—•*·▪►●]+\s*)?`;
// "11/03", "11.03", "12/03/2024", "12/03/24", "12-03-2024" (a dash only with a four-digit year:
// "5-7" is a range or a score).
export const NUMERIC_DAY = String.raw`(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?|(\d{1,2})-(\d{1,2})-(\d{4})`;

// ---------------------------------------------------------------------------------------------
// The place at the head of a line.

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
const WORDED_DAY = `(?:\\d{1,2}${ORDINAL}\\s+${MONTH}|${MONTH}\\s+\\d{1,2}${ORDINAL})(?:,?\\s+\\d{4})?`;
/** A head's day and what separates it from the place. */
const HEAD_DAY = `(?:(?:${NUMERIC_DAY}|${WORDED_DAY})(?![\\d/.])\\s*(?:[,;]\\s*|[-–—]\\s+|\\s+(?=\\p{Lu})))`;
/** A word of a name: capitalised; "al-", "de" and the like may join two ("Ras al-Ain"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const PARTICLE = String.raw`(?:al|el|ad|ar|as|an|ash|ad|de|du|des|la|le|les|of|sur|ben|bin|ibn|bou|abu)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}[-\s])?${NAME_WORD}){0,3}`;
/** Division and settlement type words written after a name ("Ansongo cercle", "Tillaberi region"). */
const TYPE_WORDS: Record<string, 'admin1' | 'admin2' | 'place'> = {
  region: 'admin1', province: 'admin1', state: 'admin1', governorate: 'admin1', oblast: 'admin1',
  cercle: 'admin2', district: 'admin2', department: 'admin2', county: 'admin2', prefecture: 'admin2', commune: 'admin2', municipality: 'admin2', locality: 'admin2', 'sub-county': 'admin2',
  town: 'place', city: 'place', village: 'place', camp: 'place',
};
const TYPE_WORD = `(?:${Object.keys(TYPE_WORDS).map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`;
// The head: an optional day, the place (with its type word), an optional ", Country", a colon.
// The words after the colon must not open a quote: "Smith: 'we will ...'" is a speaker.
const LINE_HEAD_PLACE = new RegExp(`${LEAD}(${HEAD_DAY})?(${NAME})(?:\\s+(${TYPE_WORD}))?(?:,\\s*(${NAME}))?\\s*:\\s+(?!["“‘'])(?=\\S)`, 'u');

export interface LineHeadPlace {
  /** The place's name (without its type word), offsets in the text given. */
  name: Span;
  /** The name with its type word ("Ansongo cercle"), when one follows it. */
  named: Span;
  /** The division the type word says, when there is one. */
  level: 'admin1' | 'admin2' | 'place' | null;
  /** ", Burkina Faso": the country the line names, when it names one. */
  country: Span | null;
  /** Whether a day comes before the place ("11/03, Gao:"). */
  dated: boolean;
}

/** The place a line or sentence opens with, before a colon ("13/03, Douentza: ..."), or null. */
export function lineHeadPlace(text: string): LineHeadPlace | null {
  const m = LINE_HEAD_PLACE.exec(text.slice(0, 160));
  if (!m) return null;
  let nameText = m[9]!;
  let typeWord = m[10];
  // "Tillaberi Region": a capitalised type word read as part of the name is its type word.
  const last = /\s+(\p{L}+)$/u.exec(nameText);
  if (!typeWord && last && TYPE_WORDS[last[1]!.toLowerCase()]) {
    typeWord = last[1]!;
    nameText = nameText.slice(0, last.index);
  }
  // The groups of the day (1-8) come before the name's.
  const nameStart = m.index + m[0].indexOf(nameText, (m[1] ? m[0].indexOf(m[1]) + m[1].length : 0));
  const name = { start: nameStart, end: nameStart + nameText.length };
  const named = typeWord ? { start: name.start, end: text.indexOf(typeWord, name.end) + typeWord.length } : name;
  let country: Span | null = null;
  if (m[11]) {
    const at = text.indexOf(m[11], named.end);
    country = { start: at, end: at + m[11].length };
  }
  return { name, named, level: typeWord ? TYPE_WORDS[typeWord.toLowerCase()]! : null, country, dated: !!m[1] };
}

// ---------------------------------------------------------------------------------------------
// The head's place as a place mention.

/** What marks a place mention as named at the head of its line (read by location.ts). */
const HEAD_REASON = 'named at the head of the line';

/** Whether a place mention is the place a line names at its head. */
export function isLineHead(p: PlaceMention): boolean {
  return !!p.reason && p.reason.startsWith(HEAD_REASON);
}

const marked = (p: PlaceMention, extra: Partial<PlaceMention> = {}): PlaceMention => ({ ...p, ...extra, reason: `${HEAD_REASON}; ${p.reason ?? ''}` });

function unresolved(text: string, span: Span): PlaceMention {
  return {
    start: span.start, end: span.end, text: text.slice(span.start, span.end),
    name: null, lat: null, lon: null, geonameid: null, country: null, countryCode: null, admin1: null, admin2: null, featureCode: null, level: null,
    confidence: 0, qualifier: null, reason: `${HEAD_REASON}; not in the gazetteer`,
  };
}

/**
 * The places of a report with those its lines name at their heads made plain: a head place the
 * recogniser kept is marked as the line's; one it let pass (a small town at the start of a line,
 * with no "in" or "near" to cue it) is looked up in the gazetteer; a country named at the head
 * ("Tougouri, Burkina Faso:") is where the line's event happened. A head name the gazetteer does
 * not know is kept unresolved and marked, so that the line's place is not taken from another line.
 */
export function withLineHeadPlaces(report: Report, sentences: readonly Sentence[], places: PlaceMention[], gaz: Gazetteer | null): PlaceMention[] {
  const text = report.text;
  let out: PlaceMention[] | null = null;
  const replace = (old: PlaceMention, now: PlaceMention) => {
    out ??= [...places];
    const i = out.indexOf(old);
    if (i >= 0) out[i] = now;
  };
  const add = (p: PlaceMention) => {
    out ??= [...places];
    out.push(p);
  };
  for (const s of sentences) {
    const opening = text.slice(s.start, Math.min(s.end, s.start + 160));
    // Every head ends in a colon: most sentences have none in their opening.
    if (!opening.includes(':')) continue;
    const head = lineHeadPlace(opening);
    if (!head) continue;
    // "PESHAWAR: ...": a newspaper's dateline in capitals names where the story was filed (see
    // dateline.ts); only a line with its day ("11/03, GAO: ...") is a bulletin's line.
    if (!head.dated && !/\p{Ll}/u.test(text.slice(s.start + head.named.start, s.start + head.named.end))) continue;
    const at = (x: Span): Span => ({ start: s.start + x.start, end: s.start + x.end });
    const named = at(head.named);
    const within = (p: PlaceMention, x: Span) => p.start >= x.start && p.end <= x.end;
    // The country the head names: the recogniser's mention of it, or none (then it is no head).
    let country: PlaceMention | null = null;
    if (head.country) {
      const span = at(head.country);
      country = places.find((p) => within(p, span) && p.level === 'country' && !p.role && p.country && p.start === span.start && p.end === span.end) ?? null;
      if (!country) continue; // "Gao, Timbuktu: ..." names two places, not a place and its country
    }
    const found = places.filter((p) => within(p, named) && !p.role);
    const known = found.find((p) => p.lat !== null && p.name);
    const headCountry = country?.country ?? null;
    if (known && (!headCountry || known.country === headCountry)) {
      // A bare country at the head ("Syria: ...") is where, like one after its place.
      replace(known, known.level === 'country' ? marked(known, { toldAsWhere: true }) : marked(known));
    } else if (known && gaz && typeof gaz.lookup === 'function') {
      // Read abroad though the line names its country: the namesake in that country, else unknown.
      replace(known, lookUp(gaz, report, places, s, text, at(head.name), named, head.level, country) ?? unresolved(text, at(head.name)));
    } else if (!found.length && gaz && typeof gaz.lookup === 'function') {
      const p = lookUp(gaz, report, places, s, text, at(head.name), named, head.level, country);
      if (p) add(p);
      // Unknown to the gazetteer: kept as the line's own place only when the line is surely a
      // bulletin line (a day, or a country, before the colon), never for a plain "Word: ...".
      else if ((head.dated || country) && plausibleName(text.slice(s.start + head.name.start, s.start + head.name.end))) add(unresolved(text, at(head.name)));
    }
    if (country) replace(country, marked(country, { toldAsWhere: true }));
  }
  return out ? (out as PlaceMention[]).sort((a, b) => a.start - b.start) : places;
}

function plausibleName(name: string): boolean {
  const words = name.split(/[\s-]+/).map((w) => fold(w));
  if (fold(name).length < 3) return false;
  // A name in capitals of five letters or fewer is an abbreviation ("JNIM", "ISWAP", "UN").
  if (/^[\p{Lu}.\s]+$/u.test(name) && name.replace(/[^\p{L}]/gu, '').length <= 5) return false;
  return !words.some((w) => NEVER_PLACES.has(w)) && !(words.length === 1 && COMMON_WORDS.has(words[0]!));
}

/**
 * The gazetteer's entry for a head name: in the country the line names; else in the country of the
 * section the line is in (the last country named before it, "BURKINA FASO" over its lines), else
 * in a country the report names or places; never a namesake elsewhere. A type word picks the level
 * ("Ansongo cercle" the district, "Tillaberi region" the province), a bare name the town.
 */
function lookUp(gaz: Gazetteer, report: Report, places: PlaceMention[], s: Sentence, text: string, name: Span, named: Span, level: LineHeadPlace['level'], country: PlaceMention | null): PlaceMention | null {
  const surface = text.slice(name.start, name.end);
  const full = text.slice(named.start, named.end);
  if (!plausibleName(surface)) return null;
  const usable = (ms: ReturnType<Gazetteer['lookup']>) => ms.filter((m) => m.kind !== KIND.code && m.kind !== KIND.demonym && gaz.level(m.entry) !== 'region');
  // The name with its type word first ("Ansongo Cercle" is a district's own name).
  let matches = full !== surface ? usable(gaz.lookup(full, false)) : [];
  const span = matches.length ? named : name;
  if (!matches.length) matches = usable(gaz.lookup(surface, false));
  if (!matches.length) return null;
  const known = places.filter((p) => p.country && p.countryCode && !p.role && p.lat !== null);
  const section = known.filter((p) => p.level === 'country' && p.end <= s.start).at(-1)?.countryCode ?? null;
  const named_ = new Set(known.map((p) => p.countryCode!));
  const tiers: ((cc: string) => boolean)[] = country
    ? [(cc) => cc === country.countryCode]
    : [(cc) => cc === section, (cc) => named_.has(cc)];
  for (const [t, tier] of tiers.entries()) {
    const here = matches.filter((m) => tier(gaz.countryCode(m.entry)));
    if (!here.length) continue;
    const rank = (e: number) => {
      const lv = gaz.level(e);
      if (lv === 'country') return 0; // a country's name means the country
      if (level) return lv === level ? 1 : lv === 'place' ? 2 : 3;
      return lv === 'place' ? 1 : lv === 'admin2' ? 2 : 3;
    };
    const e = here.map((m) => m.entry).sort((x, y) => rank(x) - rank(y) || prominence(gaz, y).score - prominence(gaz, x).score)[0]!;
    const lv = gaz.level(e);
    return {
      start: span.start, end: span.end, text: text.slice(span.start, span.end),
      ...entryFields(gaz, e),
      confidence: here.length === 1 ? 0.9 : 0.7,
      qualifier: null,
      ...(lv === 'country' ? { toldAsWhere: true as const } : {}),
      reason: `${HEAD_REASON}; ${country ? `in ${country.name}, named with it` : t === 0 ? 'in the country of its section' : 'in a country the report names'}`,
    };
  }
  return null;
}
