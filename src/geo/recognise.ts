// Finds toponyms in text, driven by the gazetteer (longest match over word n-grams, with a
// transliteration-tolerant fallback) and filtered by context: capitalisation, stop lists, person and
// organisation names that contain a place ("Aleppo Media Center", "Free Syrian Army", "John Kerry").
import type { Span } from '../core/types.js';
import { fold, skeleton } from './fold.js';
import type { Gazetteer, NameMatch } from './gazetteer.js';
import { BEFORE_DWELLERS, mentionContext } from './context.js';
import { KIND } from './store.js';
import { tokenize, type Token } from './tokens.js';
import { ARABIC_NAME_HEADS, COMMON_WORDS, DIRECTION_ADJECTIVES, DIVISION_TYPE_WORDS, GENERIC_FEATURES, NEVER_PLACES, ORG_HEAD_WORDS, ORG_NOUNS, PLACE_PREPOSITIONS, PLACE_TYPE_WORDS, TITLE_WORDS, GIVEN_NAMES } from './words.js';

export interface Found extends Span {
  text: string;
  matches: NameMatch[];
  fuzzy: boolean;
  /** Number of word tokens in the match. */
  words: number;
  /** Only demonym postings ("Syrian"). */
  demonym: boolean;
  /** Single common word or sentence-initial: needs a context cue or strong support to stand. */
  weak: boolean;
  /** A common English word ("Will", "Mobile"): stands only with a place cue ("in Mobile"). */
  common: boolean;
  /** Inside an organisation's or a thing's name ("Pakistan Army", "New York Times"): a toponym, not a place of events. */
  embedded: boolean;
}

const MAX_WORDS = 6;

function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || (gap === '. ' && a.text.length <= 3) || gap === '-' || gap === '-';
}

/** Keep postings usable for this surface form: codes ("US", "DPRK") only when written in capitals. */
export function usableMatches(matches: NameMatch[], surface: string): NameMatch[] {
  const caps = /^[\p{Lu}.\s&]+$/u.test(surface);
  const usable = matches.filter((m) => m.kind !== KIND.code || caps);
  // A short all-capital form is an abbreviation ("EU", "BC"), not the village spelt the same ("Eu").
  if (caps && surface.replace(/[^\p{L}]/gu, '').length <= 4 && usable.some((m) => m.kind === KIND.code)) return usable.filter((m) => m.kind === KIND.code);
  return usable;
}

/** Toponyms in text[from, to): candidates before resolution. */
export function recognise(text: string, regions: Span[], sentenceStarts: Set<number>, titleCase: (pos: number) => boolean, gaz: Gazetteer): Found[] {
  const out: Found[] = [];
  // Each region's tokens and lower-case words, kept for withRepeats (which tokenised them again).
  const tokenized: RegionTokens[] = [];
  for (const region of regions) {
    const toks = tokenize(text, region.start, region.end);
    const lowerWords = new Set<string>();
    for (const t of toks) if (!t.cap) lowerWords.add(t.text.toLowerCase());
    tokenized.push({ toks, lowerWords });
  }
  const surnames = surnamesIn(text, tokenized);
  for (const { toks, lowerWords } of tokenized) {
    let i = 0;
    while (i < toks.length) {
      const t = toks[i]!;
      if (!t.cap) {
        i++;
        continue;
      }
      const hit = longestMatch(text, toks, i, gaz) ?? fuzzyMatch(text, toks, i, gaz);
      if (!hit) {
        i++;
        continue;
      }
      // "Mohammad Sibai ... Sibai added": a surname, wherever it stands, unless a big place's name.
      // "The Red Cross said": an organisation, not the hamlet of Red Cross, North Carolina.
      if ((hit.j === i && surnames.has(t.text.toLowerCase()) && !hit.matches.some((m) => bigPlace(gaz, m.entry))) || ORGANISATION_AT.test(text.slice(t.start, t.start + 24))) {
        i++;
        continue;
      }
      // Right after a place just found ("in Deir Ezzor Aleppo", a list that lost its commas).
      const afterPlace = i > 0 && out.length > 0 && !out[out.length - 1]!.weak && out[out.length - 1]!.end === toks[i - 1]!.end;
      const f = judge(text, toks, i, hit, sentenceStarts, titleCase(t.start), lowerWords, gaz, afterPlace);
      if (f) out.push(f);
      i = hit.j + 1;
    }
  }
  return withRepeats(text, regions, tokenized, out, titleCase, gaz);
}

interface RegionTokens {
  toks: Token[];
  lowerWords: Set<string>;
}

/**
 * A name the text once uses as a place means that place wherever the same words come back: a
 * headline in title case, a run after a scraped possessive or a byline-like line lose the cues the
 * first mention had. Only a confident mention that the text cues as a place ("in X", "shelled X") or
 * that names a prominent place is echoed, and never into a title ("President X") or an
 * organisation's name ("X Media Center", "Committee of the X").
 */
function withRepeats(text: string, regions: Span[], tokenized: RegionTokens[], found: Found[], titleCase: (pos: number) => boolean, gaz: Gazetteer): Found[] {
  const sure = new Map<string, Found>();
  for (const f of found) {
    if (f.weak || f.common || f.embedded || f.demonym || f.fuzzy || f.text.length < 4 || !/^\p{Lu}/u.test(f.text) || sure.has(f.text)) continue;
    // Not a form read through a lost apostrophe ("Vallejos"): that surface is also a surname.
    if (!gaz.lookup(f.text, false).length) continue;
    // Cued as a place, or a country, province or big city named away from a sentence's start.
    const ctx = mentionContext(text, f);
    const startsSentence = /(?:^|[.!?:"“\n])\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start));
    if (ctx.cued || (!startsSentence && f.matches.some((m) => m.kind === KIND.primary && bigPlace(gaz, m.entry)))) sure.set(f.text, f);
  }
  if (!sure.size) return found;
  const out = [...found];
  const taken = (start: number, end: number) => out.some((o) => o.start < end && o.end > start);
  // Each surface's pattern is compiled once, not once per region (matchAll works on a copy of it).
  const patterns = new Map<string, RegExp>();
  for (const surface of sure.keys()) {
    patterns.set(surface, new RegExp(String.raw`(?<![\p{L}\d'’-])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\d'’-])`, 'gu'));
  }
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r]!;
    const regionText = text.slice(region.start, region.end);
    const { toks, lowerWords } = tokenized[r]!;
    for (const [surface, f] of sure) {
      // The pattern matches the surface itself: where it is absent there is nothing to look for.
      if (!regionText.includes(surface)) continue;
      const re = patterns.get(surface)!;
      for (const m of regionText.matchAll(re)) {
        const start = region.start + m.index!;
        const end = start + surface.length;
        const i = firstIndex(toks, (t) => t.start === start, start);
        const j = firstIndex(toks, (t) => t.end === end, end);
        if (i < 0 || j < i || taken(start, end) || !echoFits(text, toks, i, j, titleCase(start), out, lowerWords)) continue;
        out.push({ ...f, start, end });
      }
    }
  }
  return out.length === found.length ? found : out.sort((a, b) => a.start - b.start);
}

/**
 * toks.findIndex(test) for a test on a token starting or ending at `at`: tokens lie in text order
 * and do not overlap (ends rise), so those ending before `at` cannot pass and are skipped by a
 * binary search; the scan goes on from there as findIndex would (the same first index).
 */
function firstIndex(toks: Token[], test: (t: Token) => boolean, at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end < at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < toks.length; k++) if (test(toks[k]!)) return k;
  return -1;
}

/** A repeat stands unless a title comes before it or it sits inside an organisation's name. */
function echoFits(text: string, toks: Token[], i: number, j: number, title: boolean, found: Found[], lowerWords: Set<string>): boolean {
  const prev = toks[i - 1];
  const adjacentPrev = prev && joinable(text, prev, toks[i]!);
  if (adjacentPrev && TITLE_WORDS.has(prev.text.toLowerCase())) return false;
  // In a title-case headline every word is capitalised: "Front Shelling of X" is no organisation.
  if (!title && orgBefore(toks, i)) return false;
  // Capitalised words after it that end in an organisation noun ("X Media Center", "X Red Crescent Society").
  for (let k = j + 1; k < toks.length && k <= j + 5; k++) {
    const t = toks[k]!;
    if (!joinable(text, toks[k - 1]!, t) || (!t.cap && !['of', 'for', 'and', 'de', 'al'].includes(t.text.toLowerCase()))) break;
    if (t.cap && ORG_NOUNS.has(t.text.toLowerCase()) && !(k === j + 1 && isCreditWord(text, t))) return false;
  }
  // "Michael Jordan": a country that is also a name, after a capitalised word, is a surname.
  if (PERSON_LIKE_NATIONS.has(fold(text.slice(toks[i]!.start, toks[j]!.end))) && adjacentPrev && prev.cap) return false;
  // Outside a title-case line, a capitalised word beside it that is no place, and that the text
  // never writes in lower case, makes a person's name ("Pamela Anderson", "Franklin Roosevelt"):
  // the town of the same name is not meant there. "Republican Orange County" is no name.
  const next = toks[j + 1];
  const inPlace = (t: Token) => found.some((f) => f.start <= t.start && f.end >= t.end && !f.embedded);
  const nameWord = (t: Token) => t.cap && !NEVER_PLACES.has(t.text.toLowerCase()) && !lowerWords.has(t.text.toLowerCase()) && !inPlace(t);
  if (!title && adjacentPrev && nameWord(prev) && !/(?:^|[.!?:"“\n])\s*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start))) return false;
  if (!title && next && joinable(text, toks[j]!, next) && nameWord(next) && !PLACE_TYPE_WORDS.has(next.text.toLowerCase()) && !DIVISION_TYPE_WORDS.has(next.text.toLowerCase()) && !isCreditWord(text, next)) return false;
  return true;
}

/** Organisations named like places. */
// (Not "European Union": news-geoparsing sets read the union's name as Europe.)
const ORGANISATION_AT = /^(?:Red\s+Cross|Red\s+Crescent)\b/;

/** "Hurricane Harvey", "Storm Daniel", "Typhoon Haiyan": the text names a storm. */
const STORM_NAME = /\b(?:Hurricane|Tropical\s+Storm|Storm|Super\s+Typhoon|Typhoon|Cyclone|Tropical\s+Cyclone)\s+(\p{Lu}\p{Ll}+)\b/gu;

/**
 * Capitalised words the text writes right after a given name ("Mohammad Sibai"): surnames; and the
 * names it gives storms ("Hurricane Harvey ... flooding from Harvey"): neither is a town anywhere in it.
 */
function surnamesIn(text: string, tokenized: RegionTokens[]): Set<string> {
  const out = new Set<string>();
  if (/Hurricane|Storm|Typhoon|Cyclone/.test(text)) for (const m of text.matchAll(STORM_NAME)) out.add(m[1]!.toLowerCase());
  for (const { toks } of tokenized) {
    for (let k = 0; k + 1 < toks.length; k++) {
      const a = toks[k]!;
      const b = toks[k + 1]!;
      if (a.cap && b.cap && !b.allCaps && GIVEN_NAMES.has(a.text.toLowerCase()) && text.slice(a.end, b.start) === ' ' && !TITLE_WORDS.has(b.text.toLowerCase())) out.add(b.text.toLowerCase());
    }
  }
  return out;
}

interface Hit {
  j: number;
  matches: NameMatch[];
  fuzzy: boolean;
  /** Leading characters that are not part of the name (an Arabic clitic). */
  skip?: number;
}

/** Arabic clitics written onto a name: و "and", ب "in", ل "to", ف "so" ("وإدلب" -> "إدلب"). */
const ARABIC_CLITIC = /^[وبلف](?=[\u0600-\u06ff]{3,})/;

function longestMatch(text: string, toks: Token[], i: number, gaz: Gazetteer): Hit | null {
  const t = toks[i]!;
  if (ARABIC_CLITIC.test(t.text)) {
    const bare = gaz.lookup(t.text.slice(1), false);
    const whole = gaz.lookup(t.text, false);
    if (!whole.length && bare.length) return { j: i, matches: bare, fuzzy: false, skip: 1 };
  }
  // A possessive that lost its apostrophe in scraping: "Syrias Aleppo" (Syria's Aleppo).
  if (t.cap && t.text.length > 4 && t.text.endsWith('s') && gaz.lookup(t.text, false).length === 0) {
    const bare = gaz.lookup(t.text.slice(0, -1), false).filter((m) => m.kind !== KIND.demonym && (gaz.level(m.entry) === 'country' || (m.kind === KIND.primary && prominentPlace(gaz, m.entry) && gaz.level(m.entry) !== 'admin2')));
    if (bare.length) return { j: i, matches: bare, fuzzy: false };
  }
  let best: Hit | null = null;
  for (let j = i; j < toks.length && j < i + MAX_WORDS; j++) {
    // ("Cox's Bazar": a possessive inside a name; "Syria's Aleppo" matches nothing longer and stays two.)
    if (j > i && !joinable(text, toks[j - 1]!, toks[j]!) && !/^['’]s $/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
    const raw = text.slice(toks[i]!.start, toks[j]!.end);
    const key = fold(raw);
    // A name ends on a capitalised word, or on a type word that is part of it ("Menagh airbase").
    // "The village also houses": an article and a lower-case type word are no name ("The Village").
    const typeEnd = j > i && !toks[j]!.cap && PLACE_TYPE_WORDS.has(toks[j]!.text.toLowerCase()) && !(j === i + 1 && NEVER_PLACES.has(toks[i]!.text.toLowerCase()));
    // ("Castiglione d'Adda": an elided article before a capital ends a name too.)
    if (toks[j]!.cap || typeEnd || (j > i && /^(?:d|l|dell|dall|nell|sull)['’]\p{Lu}/u.test(toks[j]!.text))) {
      const matches = usableMatches(gaz.lookupFolded(key, raw, false), raw);
      // "Valencia city" is the city of Valencia, not "Valencia City" in the Philippines: a lower-case
      // "city" after a town's own name only says what it is ("Kuwait city" still names the capital).
      const cityWord = typeEnd && toks[j]!.text === 'city' && best !== null && best.matches.some((m) => m.kind === KIND.primary && gaz.level(m.entry) === 'place');
      if (matches.length && !cityWord) best = { j, matches, fuzzy: false };
    }
    // "St", "Mt", "Ft" alone fold to themselves; only with the next word to "saint ...", "mount ...".
    if (!gaz.couldExtend(key) && !(j === i && ABBREVIATED_START.test(key))) break;
  }
  return best;
}

const ABBREVIATED_START = /^(?:st|ste|mt|ft)$/;

/** Transliteration fallback over runs of capitalised words ("Tel Rifaat", "Deir Ezzor"). */
function fuzzyMatch(text: string, toks: Token[], i: number, gaz: Gazetteer): Hit | null {
  let best: Hit | null = null;
  for (let j = i; j < toks.length && j < i + 4; j++) {
    // After an Arabic generic head ("Deir", "Tel", "Khan") the name goes on even in lower case:
    // scraped copy writes "Deir ezzor", "Tal abyad".
    const afterHead = j === i + 1 && ARABIC_NAME_HEADS.test(toks[i]!.text) && toks[j]!.text.length >= 4;
    if (j > i && (!joinable(text, toks[j - 1]!, toks[j]!) || !(toks[j]!.cap || afterHead || /^(?:al|el|ad|ar|as|ash|at|az|an|ez|ed|es|er|et|en|ul|ud|ur|us|un)$/.test(toks[j]!.text)))) break;
    const raw = text.slice(toks[i]!.start, toks[j]!.end);
    if (NEVER_PLACES.has(fold(raw)) || COMMON_WORDS.has(fold(raw))) continue;
    const sk = skeleton(raw);
    if (sk.length < 4) continue;
    const matches = toks[j]!.cap || afterHead ? gaz.lookupSkeleton(raw) : [];
    if (matches.length) best = { j, matches, fuzzy: true };
    if (!gaz.hasSkeletonPrefix(sk)) break;
  }
  return best;
}

function judge(text: string, toks: Token[], i: number, hit: Hit, sentenceStarts: Set<number>, title: boolean, lowerWords: Set<string>, gaz: Gazetteer, afterPlace = false): Found | null {
  const first = toks[i]!;
  const last = toks[hit.j]!;
  const surface = text.slice(first.start, last.end);
  const key = fold(surface);
  const words = hit.j - i + 1;
  // "US" in capitals is not the pronoun "us".
  // "Slidell, La.", "Walker County (Ga.)": a state's abbreviation after its town, in the press's style.
  // Not "Massachusetts, No. 18-cr": a state's, so a first-level division's, and no number after it.
  const stateAbbreviation = words === 1 && first.text.length <= 4 && text[last.end] === '.' && /(?:,\s*|\(\s*)$/.test(text.slice(Math.max(0, first.start - 3), first.start)) && !/^\.\s*\d/.test(text.slice(last.end, last.end + 4)) && !hit.fuzzy && hit.matches.some((m) => gaz.level(m.entry) === 'admin1');
  if (words === 1 && NEVER_PLACES.has(key) && !stateAbbreviation && !(first.allCaps && hit.matches.some((m) => m.kind === KIND.code))) return null;
  if (words === 1 && DIRECTION_ADJECTIVES.has(key)) return null;
  if (words === 1 && WEEKDAY_BEFORE_DATE.test(key) && DATE_AFTER.test(text.slice(last.end, last.end + 16))) return null;
  if (words === 1 && key.endsWith('s') && NEVER_PLACES.has(key.slice(0, -1))) return null; // "the Assads"
  // "Re", "De", "Al" are no places; "Severn, Md." is a state's abbreviation after its town.
  if (words === 1 && first.text.length <= 2 && !first.allCaps && !stateAbbreviation) return null;
  if (hit.fuzzy && words === 1 && first.text.length <= 3) return null;
  if (words > 1 && key.split(' ').every((w) => NEVER_PLACES.has(w))) return null; // "El Nino" 
  const prev = i > 0 ? toks[i - 1] : undefined;
  const next = toks[hit.j + 1];
  const prevAdjacent = prev && joinable(text, prev, first);
  const nextAdjacent = next && joinable(text, last, next);
  const prevKey = prev ? prev.text.toLowerCase() : '';
  const nextKey = next ? next.text.toLowerCase() : '';
  const atSentenceStart = sentenceStarts.has(first.start) || !prev || /[:"“\n]\s*$/.test(text.slice(prev.end, first.start));
  // "Tal Aran", "Deir Hafer": an Arabic name's first word ("Tal" hill, "Deir" monastery) with a
  // capitalised word after it is the start of a longer name the gazetteer lacks, not a town of its own
  // (Tal alone was Al-Tall, near Damascus, for a village in Aleppo province).
  if (words === 1 && !hit.fuzzy && ARABIC_NAME_HEADS.test(first.text) && next && nextAdjacent && next.cap) return null;
  // (Nor is the word after it a place alone: "Malah" of "Tal Malah".)
  // ("Imran Khan, Pakistan": a surname before a country is not a name's head; "Ras Beirut" is in Beirut.)
  if (!hit.fuzzy && prev && prevAdjacent && ARABIC_NAME_HEADS.test(prev.text) && prev.text !== 'Khan' && hit.matches.every((m) => gaz.level(m.entry) === 'place' && gaz.population(m.entry) < 500_000)) return null;

  // A country, a first-level division or a people named by its own name ("Pakistan", "Canadian") is
  // seldom a person's name: inside a longer name it is an embedded toponym, not a false match.
  const nameOfNation = isNationName(hit.matches, key, gaz);
  let embedded = false;
  // Titles and first names before it: "President Assad", "John Kerry".
  if (prev && prevAdjacent && TITLE_WORDS.has(prevKey)) return null;
  // "Camborne Town Council", "the University of California", "Children's Hospital of Pittsburgh": a
  // body's or a site's own noun inside its name is no namesake town (Council, Idaho; Hospital, Chile).
  if (words === 1 && (ORG_NOUNS.has(key) || GENERIC_FEATURES.has(key)) && ((prev && prevAdjacent && prev.cap) || (nextKey === 'of' && toks[hit.j + 2]?.cap))) return null;
  // "Damascus Governor X", "New York Mayor": the place the office is of, named as a modifier.
  if (next && nextAdjacent && (nextKey === 'governor' || nextKey === 'mayor')) embedded = true;
  // "Samsung chief", "Toyota boss": a one-word name before a head's title is a firm's or a group's,
  // which a village may share; "Suffolk City chief" names an office of the place.
  if (words === 1 && next && nextAdjacent && !next.cap && ORG_HEAD_WORDS.has(nextKey)) embedded = true;
  // "the Dnipro river", "the Kabul River": the river, not the city that shares its name.
  if (next && nextAdjacent && (nextKey === 'river' || nextKey === 'rivers')) embedded = true;
  // Organisation names: a place followed by capitalised words ending in an organisation noun.
  for (let k = hit.j + 1; k < toks.length && k <= hit.j + 5 && !embedded; k++) {
    const t = toks[k]!;
    const lk = t.text.toLowerCase();
    if (!joinable(text, toks[k - 1]!, t) && !/^\s+$/.test(text.slice(toks[k - 1]!.end, t.start))) break;
    if (!t.cap && !['of', 'for', 'and', 'de', 'al'].includes(lk)) break;
    if (t.cap && ORG_NOUNS.has(lk) && !(k === hit.j + 1 && isCreditWord(text, t))) embedded = true;
  }
  // "Islamic State of Iraq and ash-Sham", "Ministry of Defence of X", "University of Y": a place
  // after "of" that ends a capitalised name holding an organisation noun.
  if (!embedded && orgBefore(toks, i)) embedded = true;
  // "Free Syrian Army", "Islamic State of Iraq": a place inside a capitalised name ending in an org noun.
  if (!embedded && prev && prevAdjacent && prev.cap && ORG_NOUNS.has(nextKey) && next?.cap && !isCreditWord(text, next)) embedded = true;
  // Arabic script has no capitals: the capitalisation rules below say nothing there.
  const arabic = /[\u0600-\u06ff]/.test(first.text);
  // Only places of a few thousand people or none listed ("Michael", a sheading of the Isle of Man):
  // before another capitalised word ("Michael Jones") that is a first name, even if the next word is
  // a place too.
  const smallOnly = hit.matches.every((m) => m.kind !== KIND.demonym && gaz.level(m.entry) !== 'country' && gaz.population(m.entry) < SMALL_DIVISION);
  // "Michael said": a speaker. A capital speaks for its government ("Moscow said"), a hamlet does not.
  // "Residents of Kukawa said": the residents speak; the town is where they live.
  if (words === 1 && smallOnly && next && nextAdjacent && SPEECH_VERBS.has(nextKey) && !BEFORE_DWELLERS.test(text.slice(Math.max(0, first.start - 30), first.start))) return null;
  // "Abu Salim", "Umm Qasr", "Ibn Khaldun": a kunya or patronym opens a longer name; the first word
  // alone is no town (Abu in Rajasthan).
  if (words === 1 && /^(?:Abu|Umm|Ibn|Bin|Bint)$/.test(first.text) && next && nextAdjacent && next.cap) return null;
  if (prev && prevAdjacent && /^(?:Abu|Umm|Ibn|Bin|Bint)$/.test(prev.text)) return null;
  if (!title && !arabic && !embedded) {
    // After another place a country, a province or a big city is the next item of a list, not a
    // surname: "Pamela Anderson" (Pamela being a village too) is still a person.
    const listed = afterPlace && hit.matches.some((m) => m.kind !== KIND.demonym && bigPlace(gaz, m.entry));
    // A name ending in its division's type word ("Orange County") is no surname after a capitalised word.
    const typed = words > 1 && DIVISION_TYPE_WORDS.has(last.text.toLowerCase());
    if (prev && prevAdjacent && prev.cap && !listed && !typed && !atSentenceStartToken(toks, i - 1, sentenceStarts, text) && !NEVER_PLACES.has(prevKey) && !DIRECTION_ADJECTIVES.has(prevKey) && !PLACE_TYPE_WORDS.has(prevKey) && gaz.lookup(prev.text, false).length === 0 && !isBarePossessiveCountry(prev.text, gaz)) {
      // "John Kerry", "Hillary Clinton"; but "Air Zimbabwe", "HSBC Malta" hold a country.
      if (!nameOfNation) return null;
      embedded = true;
    } else if (words === 1 && next && nextAdjacent && next.cap && !NEVER_PLACES.has(nextKey) && !DIVISION_TYPE_WORDS.has(nextKey) && !PLACE_TYPE_WORDS.has(nextKey) && !next.allCaps && (smallOnly || (gaz.lookup(next.text, false).length === 0 && gaz.lookup(next.text.replace(/s$/, ''), false).length === 0)) && !/^(?:countryside|airport|airbase|dam|crossing|governorate|province)$/i.test(next.text)) {
      // "Jordan Peterson", "Aleppo Media" (unknown capitalised continuation); but "Canadian Prime
      // Minister", "Ukraine Trade Mission", "Seattle Seahawks" name a country or a city as a modifier.
      if (!nameOfNation && !hit.matches.some((m) => m.kind === KIND.primary && gaz.level(m.entry) === 'place' && gaz.population(m.entry) >= BIG_CITY)) return null;
      embedded = true;
    }
  }
  // A byline or a list of names ("Dominic Evans Khaled Yacoub Oweis."): a small place there is a surname.
  // A headline's town comes back in the story; a byline's surname does not.
  if (!arabic && !embedded && prev && prevAdjacent && prev.cap && !nameOfNation && text.indexOf(surface) === first.start && text.indexOf(surface, last.end) < 0 && !hit.matches.some((m) => bigPlace(gaz, m.entry)) && inNameList(text, first.start, last.end, lowerWords)) return null;
  // Only a prominent place is worth listing from inside a name: "Crown Heights Tenants Union" is not.
  // By its own name: "Human" (an alternate name of Uman) in "Human Rights Watch" is no toponym.
  if (embedded && !nameOfNation && !hit.matches.some((m) => m.kind === KIND.primary && prominentPlace(gaz, m.entry))) return null;
  // Two-letter abbreviations ("IN", "OK", "BC") only after a comma ("Surrey, BC"), unless a country's ("US").
  // After a place preposition too ("in DC", "across WA"), unless the letters are also a common acronym or word ("in ID", "in OR").
  const letters = surface.replace(/[^\p{L}]/gu, '');
  const cuedCode = prevAdjacent && PLACE_PREPOSITIONS.has(prevKey) && !title && !WORDLIKE_CODES.has(letters.toLowerCase());
  if (letters.length <= 2 && hit.matches.every((m) => m.kind === KIND.code) && !hit.matches.some((m) => gaz.level(m.entry) === 'country' || gaz.level(m.entry) === 'region') && !cuedCode && !/,\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start))) return null;
  // Acronyms in capitals ("NATO", "CNN", "BJP") are not towns spelt the same nor airport codes: only
  // abbreviations the gazetteer lists for countries and divisions ("US", "DRC", "NSW") stand.
  // A wire dateline ("SANAA, Sept 21 (Reuters) -", "GAO (AFP) -") is the one place prose writes a
  // town in capitals: there the name is meant, not an acronym.
  const dateline = first.allCaps && atSentenceStart && first.text.length >= 3 && DATELINE_AFTER.test(text.slice(last.end, last.end + 40));
  if (first.allCaps && words === 1 && !title && !dateline && first.text.replace(/[^\p{L}]/gu, '').length <= 5) {
    hit.matches = hit.matches.filter((m) => m.kind === KIND.code && gaz.level(m.entry) !== 'place');
    if (!hit.matches.length || hit.fuzzy) return null;
  }
  // Airport codes are not how prose names a town.
  hit.matches = hit.matches.filter((m) => !(m.kind === KIND.code && gaz.level(m.entry) === 'place'));
  // "Thomas", "Johnson": a county's short name only with its type word ("Johnson County") or a cue.
  const nextIsDivisionWord = !!next && nextAdjacent && DIVISION_TYPE_WORDS.has(nextKey);
  if (words === 1 && !nextIsDivisionWord) hit.matches = hit.matches.filter((m) => !(m.kind === KIND.alternate && gaz.level(m.entry) === 'admin2'));
  // Short abbreviations ("La.", "Mass.") need their full stop: without it they are words or names.
  if (words === 1 && first.text.length <= 4 && !first.allCaps && text[last.end] !== '.') hit.matches = hit.matches.filter((m) => !(m.kind === KIND.alternate && (gaz.level(m.entry) === 'admin1' || gaz.level(m.entry) === 'country') && fold(gaz.name(m.entry)) !== key));
  if (!hit.matches.length) return null;
  const demonym = hit.matches.every((m) => m.kind === KIND.demonym);
  // "US" in capitals in running text is the country's code, even where "us" is also written.
  const code = words === 1 && first.allCaps && !title && hit.matches.some((m) => m.kind === KIND.code);
  // A dateline's town is meant as a town even when it is also a word ("NICE, France —").
  const commonWord = words === 1 && !code && !dateline && (COMMON_WORDS.has(key) || lowerWords.has(first.text.toLowerCase()));
  // A capitalised word at the start of a sentence may just be capitalised; title-case lines too.
  const weak = commonWord || hit.fuzzy || (words === 1 && (atSentenceStart || title) && lowerWords.has(key));
  // In a Title Case headline every word is capitalised: a common word there is just a word.
  if (commonWord && (title || (atSentenceStart && !PLACE_PREPOSITIONS.has(prevKey)))) return null;
  const skip = hit.skip ?? 0;
  if (embedded && (hit.fuzzy || commonWord)) return null;
  return { start: first.start + skip, end: last.end, text: surface.slice(skip), matches: hit.matches, fuzzy: hit.fuzzy, words, demonym, weak, common: commonWord, embedded: embedded && !demonym };
}

/** Two-letter state codes that are also acronyms or words in running text ("in ID", "in OR", "in MS"). */
const WORDLIKE_CODES = new Set(['id', 'or', 'in', 'me', 'ms', 'co', 'ma', 'pa', 'ok', 'hi', 'al', 'de', 'la', 'mo', 'oh', 'md', 'ga', 'pe', 'ne', 'sa', 'nt', 'on', 'mb', 'ar', 'va', 'wi', 'ct', 'mt']);

/** What follows a dateline's town: a date, a country ("South Korea") or an agency in brackets, then a dash. */
const DATELINE_AFTER = /^(?:,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|the|and)){0,4}\s*(?:\(|[-–—]))|\s*\([A-Za-z][\w .]{0,30}\)\s*[-–—]|\s+[-–—]\s)/;

/** Attribution a wire headline ends on ("... in Aleppo: monitor", scraped as "in Aleppo Monitor AFP"). */
const CREDIT_WORDS = /^(?:monitor|monitors|activists|observatory|report|reports|sources|officials|ngo|media)$/i;
/** What may follow the credit: the line's end or the agency's name. */
const AFTER_CREDIT = /^(?:\s*(?:$|\n|[|–—-]\s)|\s+(?:AFP|Reuters|AP|dpa|DPA|Xinhua|EFE|ANSA|ANA)\b)/;

/** Whether an organisation noun right after a place is a headline's credit, not part of a name. */
function isCreditWord(text: string, t: Token): boolean {
  return CREDIT_WORDS.test(t.text) && AFTER_CREDIT.test(text.slice(t.end, t.end + 12));
}

/** A country's possessive that lost its apostrophe in scraping ("Syrias Hasakeh"): a place, not a first name. */
function isBarePossessiveCountry(word: string, gaz: Gazetteer): boolean {
  return word.length > 4 && word.endsWith('s') && gaz.lookup(word.slice(0, -1), false).some((m) => m.kind !== KIND.demonym && gaz.level(m.entry) === 'country');
}

/** A weekday's abbreviation before a date ("Mon Jul 11 2016", "Sun, 5 May"): not Mon State. */
const WEEKDAY_BEFORE_DATE = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;
const DATE_AFTER = /^[,.]?\s+(?:\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;

/** Countries whose names are also common first or family names: never assumed inside a name. */
const PERSON_LIKE_NATIONS = new Set(['jordan', 'chad', 'georgia', 'israel', 'india', 'kenya', 'niger', 'guinea', 'cuba', 'turkey', 'china', 'wales', 'jersey', 'man']);

/** A country or first-level division by its own name or code, or its people ("Canadian"). */
function isNationName(matches: NameMatch[], key: string, gaz: Gazetteer): boolean {
  if (PERSON_LIKE_NATIONS.has(key)) return false;
  return matches.some((m) => {
    const lv = gaz.level(m.entry);
    if (m.kind === KIND.demonym) return lv === 'country' || lv === 'region';
    if (lv === 'country') return m.kind !== KIND.alternate || key.length > 4;
    // A division of a few thousand people (the Isle of Man's Michael, a parish of Andorra) is more
    // often a first name or a word: it gets no such privilege.
    return lv === 'admin1' && m.kind === KIND.primary && gaz.population(m.entry) >= SMALL_DIVISION;
  });
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'noted', 'wrote', 'asked', 'recalled', 'insisted', 'argued', 'claimed']);

/** Below this many people (listed places summed) a first-level division is too small to be assumed. */
const SMALL_DIVISION = 20000;

/** A city big enough that a capitalised name starting with it is named after it ("Seattle Seahawks"). */
const BIG_CITY = 200000;

/** A country, a province or a big city: a name that stays a place even in a line of names. */
function bigPlace(gaz: Gazetteer, e: number): boolean {
  const lv = gaz.level(e);
  return lv === 'country' || lv === 'admin1' || (lv === 'place' && gaz.population(e) >= BIG_CITY);
}

/** A city or division prominent enough that a name built on it means it ("New York Times", "Suffolk Times"). */
function prominentPlace(gaz: Gazetteer, e: number): boolean {
  const lv = gaz.level(e);
  if (lv === 'country' || lv === 'admin1' || lv === 'admin2') return true;
  return lv === 'place' && gaz.population(e) >= 100000;
}

/** Is token i the object of "<Organisation> of", possibly after "and" ("...of Iraq and ash-Sham")? */
function orgBefore(toks: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 1 && /^(?:and|&)$/i.test(toks[j]!.text) && toks[j - 1]!.cap) j -= 2;
  if (j >= 0 && toks[j]!.text.toLowerCase() === 'the') j--;
  if (j < 1 || !/^(?:of|for)$/i.test(toks[j]!.text)) return false;
  // The capitalised run before "of": does it hold an organisation noun ("Islamic State", "Ministry")?
  for (let k = j - 1; k >= 0 && k > j - 6 && toks[k]!.cap; k--) {
    const w = toks[k]!.text.toLowerCase();
    if (ORG_NOUNS.has(w) || (w === 'state' && k > 0 && toks[k - 1]!.cap && !NEVER_PLACES.has(toks[k - 1]!.text.toLowerCase()))) return true;
  }
  return false;
}

/**
 * Whether a name sits in a line of names only: two to eight capitalised words between sentence
 * marks, none of them a word the text also writes in lower case or a common English word. Such a
 * line is a byline or a list of people; a headline has verbs and prepositions ("Rebels Storm X").
 */
function inNameList(text: string, start: number, end: number, lowerWords: Set<string>): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const from = start - (before.length - Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('!'), before.lastIndexOf('?')) - 1);
  const after = text.slice(end, end + 120);
  const stop = after.search(/[.!?\n]/);
  if (stop < 0) return false;
  const words = text.slice(from, end + stop).trim().split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}'’\-]+$/u.test(w) && !lowerWords.has(w.toLowerCase()) && !COMMON_WORDS.has(fold(w)) && !NEVER_PLACES.has(fold(w)));
}

function atSentenceStartToken(toks: Token[], k: number, sentenceStarts: Set<number>, text: string): boolean {
  const t = toks[k]!;
  if (sentenceStarts.has(t.start) || k === 0) return true;
  return /[:"“\n.!?]\s*$/.test(text.slice(toks[k - 1]!.end, t.start));
}
