// A village or a neighbourhood the gazetteer does not know, introduced by its type word and its
// parent ("the village of Rityan north of Aleppo", "the Midan neighbourhood of Damascus"): the text
// says it is a place and where it lies, so it is kept under its own name at its parent's point,
// as a place near that parent (ACLED's geo_precision 2), with low confidence and a reason.
// Also "X, a market town in Y", "at X, near Y", a count in a list of towns ("26 in X"), and "the
// village of X" with no parent at all (then at the town the text is about); once a name is vouched
// for, its other mentions in the text are kept too.
import type { PlaceMention } from '../core/types.js';
import { fold, skeleton } from './fold.js';
import { ARABIC_NAME_HEADS, COMMON_WORDS, NEVER_PLACES, ORG_NOUNS } from './words.js';

const ARTICLE = String.raw`(?:(?:al|el|as|ad|ar|ash|at|az|an|ed|es|et)-)?`;
const WORD = String.raw`${ARTICLE}\p{Lu}[\p{Ll}'’]+`;
const NAME = String.raw`${WORD}(?:[ -]${WORD})?`;
// After a type word a name may run to three words ("the village of Shah Hasan Khel").
const LONG_NAME = String.raw`${WORD}(?:[ -]${WORD}){0,2}`;
// "the village of X", "the town of X": a settlement by its type word.
// ("the locality of Solhan", "the commune of Seytenga", "the farmland of Mazraat Amal", "the military
// post of Inates": a post by its army word.)
const TYPE_OF_NAME = new RegExp(String.raw`\b(?:village|town|city|neighbou?rhood|district|suburb|quarter|hamlet|locality|commune|farmland|farms|(?:military|army)\s+(?:post|base|camp|outpost|position))\s+of\s+(${LONG_NAME})`, 'gu');
// "the Midan neighbourhood of Damascus", "al-Athamiyeh neighborhood in Aleppo": a quarter of a named town.
const NAME_TYPE_IN = new RegExp(String.raw`(?<![\p{L}-])(${NAME})\s+(?:neighbou?rhood|district|area|quarter|suburb)\s+(?:of|in)\s`, 'gu');
const COMPASS = String.raw`(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:-?(?:east|west))?`;
// "about 25 km (15 miles) west of", "a few kilometres from": how far, with a wire's conversion.
const DISTANCE = String.raw`(?:(?:just|some|about|around|roughly|nearly|approximately|only)\s+)?(?:\d+|a\s+few|several|a\s+couple\s+of)\s*(?:km|kilometres|kilometers|miles)\s+(?:\(\s*\d+\s*(?:km|kilometres|kilometers|miles)\s*\)\s+)?`;
// "Rityan, a village north of Aleppo", "Kasba Bonli, a market town in Rajasthan": an apposition
// that says what the name is; the type word must lead straight to where ("a town councillor in" is no
// place). Up to two words may describe it ("Aqrab, a mixed village of Alawites and Sunnis in ...").
const NAME_A_TYPE_IN = new RegExp(String.raw`(?<![\p{L}-])(${NAME}),?\s+(?:a|an|the)\s+(?:(?:\p{Lu}\p{Ll}+|\p{Ll}+|\p{L}+-(?:held|controlled|run|dominated|populated|majority))\s+){0,2}(?:village|town|hamlet|suburb|township|settlement|locality|neighbou?rhood|district|area|quarter|community|(?:cluster|collection|handful)\s+of\s+(?:farm)?(?:houses|homes|hamlets|buildings))\s+(?:in|near|outside|on|of|close\s+to|next\s+to|on\s+the\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)\s+)?(?:edge|outskirts|fringes?|side)\s+of|${DISTANCE}(?:${COMPASS}\s+of|from|outside)|${COMPASS}\s+of)\s`, 'gu');

const VILLAGE_WORD = /\b(?:village|hamlet|locality|settlement)\b/;

// "the gunmen attacked Dalori village", "hit Pazigyi village in Kanbalu Township", "residents of the
// Rwangoma neighbourhood": a name, then its type word, after a verb of attack or a place preposition
// (so "a Fulani village" is no name). A district only after a verb of attack ("rockets struck the
// Vostochny district"): "in the Muidumbe district" is an area, not a spot.
const NAME_VILLAGE = new RegExp(String.raw`\b(?:(?:attacked|hit|struck|targeted|raided|stormed|bombed|shelled|burned|torched|pounded|slammed\s+into)\s+(?:the\s+)?(${NAME})\s+(?:village|hamlet|[Tt]ownship|neighbou?rhood|quarter|district)|(?:in|at|near|into|from|outside|of|through)\s+(?:the\s+)?(${NAME})\s+(?:village|hamlet|[Tt]ownship|neighbou?rhood|quarter|area)|(?:on|onto)\s+(${NAME})\s+(?:neighbou?rhood|quarter|area))\b`, 'gu');
// "The village struck overnight, Solhan, is located in Yagha province": a name said to lie somewhere.
const NAME_IS_LOCATED = new RegExp(String.raw`(?<![\p{L}-])(${NAME}),?\s+(?:is|was|lies)\s+(?:located|situated)\s+(?:in|near|on|about|some|around|\d)`, 'gu');

/** "village, " / "village concerned is ": the type word and the link before the name (after "The"). */
export const NAMED_PLACE_LINK = String.raw`(?:village|town|hamlet|settlement|locality|site|camp|neighbou?rhood|quarter|suburb)(?:\s+(?:concerned|in\s+question|targeted|attacked|hit|struck))?(?:\s*,\s*(?:(?:known|called)\s+(?:locally\s+)?as\s+)?|\s+(?:is|was)\s+(?:called\s+)?)`;
// "The village, Pazigyi, is in Kanbalu township", "The village concerned is Ogossagou, located ...",
// "The site, known as Plaine Savo, lies in Djugu territory": a story that kept the place back ("a
// village in the central Sagaing region") names it in a sentence of its own.
const PLACEHOLDER_NAMED = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n\s*|\d{1,2}[:.]\d{2}\s+)[Tt]he\s+${NAMED_PLACE_LINK}(${NAME})(?=\s*[,(.;]|\s+(?:in|near|on|a|an|located|situated|lies)\s)`, 'gu');

// "a market in Dahyan, in Yemen's northern Saada province", "the base at El Adde in Somalia's Gedo
// region", "the Mission's base in Akobo, Jonglei state", "entered Eringeti in North Kivu province": a
// name after a place preposition or a verb of attack, then the division it lies in, called so by its
// type word. The division must be one the gazetteer resolved (anchorOf finds it), so the cue says where.
const AT_NAME_IN_DIVISION = new RegExp(String.raw`\b(?:in|at|on|near|outside|into|entered|attacked|raided|stormed|overran|seized|captured|struck|targeted|bombed|shelled)\s+(${NAME})(?:,?\s+in\s+|,\s+(?=(?:${NAME})\s+(?:province|governorate|region|district|state|county)\b))(?:the\s+)?(?:\p{Lu}[\p{L}-]+['’]s?\s+)?(?:(?:north|south|east|west|central|rural|restive|coastal|remote)(?:ern|-?(?:east|west)(?:ern)?)?\s+){0,2}(?:${NAME})\s+(?:province|governorate|region|district|state|county|countryside)\b`, 'gu');

// "a studio at Rathbeggan, near Dunshaughlin": a name after a place preposition, placed by "near".
// Also "at al-Rashideen on the western outskirts of Aleppo" (crawled copy often drops the comma).
const AT_NAME_NEAR = new RegExp(String.raw`\b(?:in|at|from)\s+(${NAME})(?:,\s+(?:(?:just\s+)?(?:near|outside)|close\s+to)|,?\s+on\s+the\s+(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)\s+)?(?:outskirts|edge|fringes?)\s+of(?:\s+the)?)\s`, 'gu');

// "57 in Ballina, 48 in Newport, 26 in Portroe": counts given place by place; an unknown name in
// such a list is a place like its neighbours (only digits: "two in Congress" is no such list).
const COUNT_IN_NAME = new RegExp(String.raw`\b\d[\d,]*\s+(?:\p{Ll}+\s+){0,2}in\s+(${NAME})(?![\p{L}'’-])`, 'gu');
// The word before a name, with what precedes it: a sentence's end or start, or another word.
const WORD_BEFORE = /(^|[.!?:]\s*|\s)(\S+)\s+$/u;
const SENTENCE_OPENERS = new Set(['In', 'At', 'On', 'From', 'Near', 'Into', 'Outside', 'The', 'A', 'An', 'Of']);

/** "the Mosul al-Jadida neighbourhood": a capitalised word (not a sentence's first) just before a name may be part of it. */
function nameGoesOnBefore(before: string): boolean {
  const m = WORD_BEFORE.exec(before);
  if (!m || !/^\p{Lu}[\p{L}'’-]*$/u.test(m[2]!) || SENTENCE_OPENERS.has(m[2]!)) return false;
  return /^\s$/.test(m[1]!);
}
/** How near (in characters) the listed places must stand, and how many resolved ones vouch. */
const LIST_SPAN = 250;
const LIST_SIBLINGS = 2;

/** How far the parent may lie from the name, in characters, inside one sentence. */
const AFTER = 60;
/** "X, is located in Y province, about 15 km from Z": a name said to lie somewhere may have its town further on. */
const LOCATED_AFTER = 120;
const BEFORE = 150;
/** How far (km) from a reference town a name may lie and still be taken for that town's province. */
const FAR_KM = 40;

/** Titles and kinship words that open Arabic place names, beside the generic heads (ARABIC_NAME_HEADS). */
const TITLE_HEADS = /^(?:Sheikh|Shaykh|Sheik|Abu|Umm|Bani|Beni|Khirbet)$/;

function plausibleName(name: string): boolean {
  // "the neighborhood of Saturday's gun battle": a possessive is a thing's owner, not a place.
  if (/['’]s$/.test(name)) return false;
  // "El Adde", "Al Bab": a leading article is part of the name, not a word to judge.
  const words = name.split(/[ -]/);
  if (words.length > 1 && /^(?:al|el|as|ad|ar|ash|at|az|an|ed|es|et)$/i.test(words[0]!)) words.shift();
  // ("near Mo So village": a common word may follow the name's first word.)
  // ("Sheikh Daher", "Abu Kamal": a title or a kinship word opens many Arabic place names.)
  const head = words.length > 1 && (TITLE_HEADS.test(words[0]!) || ARABIC_NAME_HEADS.test(words[0]!));
  return words.every((w, i) => {
    const k = fold(w);
    return k.length >= 2 && (i > 0 || head || (!NEVER_PLACES.has(k) && !COMMON_WORDS.has(k))) && !ORG_NOUNS.has(k);
  }) && !/^\p{Lu}+$/u.test(name);
}

/**
 * The fields of a place sitrep cannot point at itself, set at the point of the place the text ties
 * it to, with the low confidence that says so.
 */
export function atAnchor(anchor: PlaceMention): Pick<PlaceMention, 'lat' | 'lon' | 'geonameid' | 'country' | 'countryCode' | 'admin1' | 'admin2' | 'featureCode' | 'confidence' | 'atProvincePoint'> {
  return {
    ...(anchor.level === 'admin1' || anchor.atProvincePoint ? { atProvincePoint: true as const } : {}),
    lat: anchor.lat,
    lon: anchor.lon,
    geonameid: null,
    country: anchor.country,
    countryCode: anchor.countryCode,
    admin1: anchor.level === 'admin1' ? anchor.name : anchor.admin1,
    admin2: anchor.admin2,
    featureCode: null,
    confidence: 0.1,
  };
}

/** The town or province the name lies in: the nearest one after it, else before it, in its sentence. */
export function anchorOf(text: string, start: number, end: number, places: PlaceMention[], reach = AFTER): PlaceMention | null {
  const usable = places.filter((p) => p.lat !== null && !p.role && (p.level === 'place' || p.level === 'admin2' || p.level === 'admin1'));
  const sameSentence = (a: number, b: number) => !/[.!?\n]/.test(text.slice(a, b));
  const following = usable.filter((p) => p.start >= end && p.start - end <= reach && sameSentence(end, p.start)).sort((a, b) => a.start - b.start);
  const after = following[0];
  // ("al-Jinah, a village in the western countryside of Aleppo province, about 10 km south-west of
  // the town of Atareb": the town in that province is the nearer point.)
  if (after?.level === 'admin1') return following.find((p) => p.level !== 'admin1' && p.countryCode === after.countryCode && p.admin1 === after.name) ?? after;
  if (after) return after;
  return usable.filter((p) => p.end <= start && start - p.end <= BEFORE && sameSentence(p.end, start)).sort((a, b) => b.start - a.start)[0] ?? null;
}

/** The country named most often (first named on a tie), with every country's count of mentions. */
function focusCountry(places: PlaceMention[]): { country: string | null; byCountry: Map<string, number> } {
  const byCountry = new Map<string, number>();
  for (const p of places) if (p.countryCode && !p.role) byCountry.set(p.countryCode, (byCountry.get(p.countryCode) ?? 0) + 1);
  let country: string | null = null;
  for (const [c, n] of byCountry) if (country === null || n > byCountry.get(country)!) country = c;
  return { country, byCountry };
}

/**
 * The town the text is about: in the country named most often, the confidently resolved town named
 * most often (earliest on a tie). A story from Egypt that mentions Liverpool's club is about Egypt.
 * With `clearLead`, only when that country has twice the mentions of any other.
 */
export function focusTown(places: PlaceMention[], clearLead = false): PlaceMention | null {
  const { country, byCountry } = focusCountry(places);
  if (clearLead && country !== null && [...byCountry].some(([c, n]) => c !== country && 2 * n > byCountry.get(country)!)) return null;
  // (Our supplement's towns have no GeoNames id: known by name and point.)
  const key = (p: PlaceMention) => p.geonameid ?? `${p.name}|${p.lat}|${p.lon}`;
  const towns = places.filter((p) => p.lat !== null && !p.role && p.level === 'place' && p.confidence >= 0.5 && p.name !== null && p.countryCode === country);
  return namedMostOften(towns, key);
}

/**
 * The province the text is about, for a text that names no town: in the country named most often,
 * the confidently resolved province named most often ("a village in Sagaing region ... in Pazigyi
 * village, in Kanbalu township": the village lies in Sagaing).
 */
export function focusProvince(places: PlaceMention[]): PlaceMention | null {
  const { country } = focusCountry(places);
  const provinces = places.filter((p) => p.lat !== null && !p.role && p.level === 'admin1' && p.confidence >= 0.5 && p.name !== null && p.countryCode === country);
  return namedMostOften(provinces, (p) => p.name!);
}

/** The place of `places` named most often (by `key`), the earliest on a tie. */
function namedMostOften(places: PlaceMention[], key: (p: PlaceMention) => string): PlaceMention | null {
  const count = new Map<string, number>();
  for (const p of places) count.set(key(p), (count.get(key(p)) ?? 0) + 1);
  let best: PlaceMention | null = null;
  for (const p of places) if (!best || count.get(key(p))! > count.get(key(best))!) best = p;
  return best;
}

/**
 * Where the other mentions of a name stand: whole words, not the start or end of a longer name. A
 * line break ends a name: a headline ending "... village of Masteri" or "More on Seytenga" names it
 * even when the next line begins with a capital. A story often spells a name it found in two
 * sources two ways ("Zelenopillia" ... "Zelenopillya", "Tchoma Bangou" ... "Tchomabangou"): a
 * capitalised word or pair of words with the same spelling key is the same place.
 */
function occurrences(text: string, name: string): { start: number; text: string }[] {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(String.raw`(?<![\p{L}'’-])${esc}(?![\p{L}'’-])(?![^\S\n]+\p{Lu})`, 'gu');
  const out = [...text.matchAll(re)].map((m) => ({ start: m.index!, text: name }));
  const key = variantKey(name);
  if (key.length < MIN_VARIANT_KEY) return out;
  for (const m of text.matchAll(CAPITALISED)) {
    for (const surface of m[2] ? [m[0], m[1]!] : [m[0]]) {
      if (surface !== name && variantKey(surface) === key && !out.some((o) => o.start === m.index)) out.push({ start: m.index!, text: surface });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A capitalised word, or two, that may be another spelling of a name. */
const CAPITALISED = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’]+)(?:([ -])\p{Lu}[\p{L}'’]+)?(?![\p{L}'’-])/gu;
/** Spelling keys shorter than this match too many other words. */
const MIN_VARIANT_KEY = 6;
/** The skeleton (geo/fold.ts), with a final -ya written -ia (Zelenopillya, Zelenopillia). */
const variantKey = (name: string) => skeleton(name).replace(/ya$/, 'ia');

interface Cue { name: string; start: number; anchor: PlaceMention; explicit: boolean; listed?: boolean }

/** Unknown names in a list of counts by place, at the nearest resolved town of that list. */
function listedUnknown(text: string, places: PlaceMention[], cues: Map<string, Cue>): void {
  const items = [...text.matchAll(COUNT_IN_NAME)].map((m) => {
    const start = m.index! + m[0].length - m[1]!.length;
    return { name: m[1]!, start, place: places.find((p) => p.start === start && p.lat !== null && !p.role && (p.level === 'place' || p.level === 'admin2')) };
  });
  for (const item of items) {
    if (item.place || cues.has(item.name) || !plausibleName(item.name)) continue;
    if (places.some((p) => p.start < item.start + item.name.length && item.start < p.end)) continue;
    const siblings = items.filter((o) => o.place && Math.abs(o.start - item.start) <= LIST_SPAN);
    if (siblings.length < LIST_SIBLINGS) continue;
    const nearest = siblings.sort((a, b) => Math.abs(a.start - item.start) - Math.abs(b.start - item.start))[0]!.place!;
    cues.set(item.name, { name: item.name, start: item.start, anchor: nearest, explicit: true, listed: true });
  }
}

/**
 * Mentions for the unknown names that type words and a named parent vouch for (none overlap `places`
 * but those in `displaced`): once the text has said what a name is, its other mentions the gazetteer
 * matched to a village or town of another country are the same place, and are displaced by it
 * ("Bodo, a locality in Mayo-Tsanaga Division" ... "officials in Bodo": not Bodø in Norway).
 */
export function cuedUnknownPlaces(text: string, places: PlaceMention[]): { mentions: PlaceMention[]; displaced: Set<PlaceMention> } {
  const cues = new Map<string, Cue>();
  const displaced = new Set<PlaceMention>();
  const taken = (s: number, e: number, more: PlaceMention[]) => [...places, ...more].some((p) => p.start < e && s < p.end && !displaced.has(p));
  let focus: PlaceMention | null | undefined;
  // Names whose parent is itself a name only the text vouches for ("Ngarbuh, a neighbourhood of the
  // village of Ntumbaw"): tried again once the first pass has placed those.
  const deferred: { name: string; start: number; end: number; reach: number; strong: boolean }[] = [];
  for (const re of [NAME_A_TYPE_IN, AT_NAME_NEAR, AT_NAME_IN_DIVISION, TYPE_OF_NAME, NAME_VILLAGE, NAME_IS_LOCATED, PLACEHOLDER_NAMED, NAME_TYPE_IN]) {
    for (const m of text.matchAll(re)) {
      const name = (m[1] ?? m[2] ?? m[3])!;
      const start = m.index! + m[0].indexOf(name, re === TYPE_OF_NAME ? m[0].length - name.length : 0);
      const end = start + name.length;
      if (!plausibleName(name) || taken(start, end, [])) continue;
      // (Then the name's extent is unknown: no place is guessed.)
      if (nameGoesOnBefore(text.slice(Math.max(0, start - 30), start))) continue;
      const known = cues.get(name);
      if (known?.explicit) continue;
      // ("Solhan, is located in Yagha province, about 15 km from the provincial capital Sebba": the
      // sentence goes on to say where; its town may stand further on.)
      // ("Mazraat al-Qubeir, a farming hamlet near the village of Maarzaf, about 20 kilometres west of
      // the city of Hama": so may an apposition saying what the name is.)
      const reach = re === NAME_IS_LOCATED || re === NAME_A_TYPE_IN || re === PLACEHOLDER_NAMED ? LOCATED_AFTER : AFTER;
      const parent = anchorOf(text, start, end, places, reach);
      if (parent) {
        cues.set(name, { name, start, anchor: parent, explicit: true });
        continue;
      }
      // Only the strongest cues ("the village of X", "attacked X village", "X is located in", "The
      // village is X") stand without a parent: at the town the text is about.
      if (known) continue;
      // ("Bodo, a locality in Mayo-Tsanaga Division": an apposition calling the name a village is as sure.)
      const strong = re === TYPE_OF_NAME || re === NAME_VILLAGE || re === NAME_IS_LOCATED || re === PLACEHOLDER_NAMED || (re === NAME_A_TYPE_IN && VILLAGE_WORD.test(m[0]));
      deferred.push({ name, start, end, reach, strong });
    }
  }
  const cuedAnchors = !deferred.length ? [] : [...cues.values()].filter((c) => c.explicit).map((c): PlaceMention => ({ ...c.anchor, ...atAnchor(c.anchor), start: c.start, end: c.start + c.name.length, text: c.name, name: c.name, level: 'place', role: undefined }));
  for (const d of deferred) {
    if (cues.get(d.name)?.explicit) continue;
    const parent = anchorOf(text, d.start, d.end, cuedAnchors, d.reach);
    if (parent) {
      cues.set(d.name, { name: d.name, start: d.start, anchor: parent, explicit: true });
      continue;
    }
    if (!d.strong || cues.has(d.name)) continue;
    if (focus === undefined) focus = focusTown(places) ?? focusProvince(places);
    if (focus) cues.set(d.name, { name: d.name, start: d.start, anchor: focus, explicit: false });
  }
  listedUnknown(text, places, cues);
  const out: PlaceMention[] = [];
  for (const { name, anchor } of cues.values()) {
    for (const p of places) if (p.text === name && p.level === 'place' && p.lat !== null && p.countryCode !== anchor.countryCode) displaced.add(p);
  }
  for (const { name, anchor, explicit, listed } of cues.values()) {
    // Once the text has said what the name is, its other mentions are the same place.
    const fields = atAnchor(anchor);
    // ("Pazigyi is in Kanbalu township, about 110 km north of Mandalay": far from its reference
    // town, the name need not lie in that town's province.)
    if (anchor.qualifier?.kind === 'distance' && FAR_KM < Number(/\d+/.exec(text.slice(anchor.qualifier.span.start, anchor.qualifier.span.end).replace(/,/g, ''))?.[0] ?? 0)) {
      fields.admin1 = null;
      fields.admin2 = null;
    }
    for (const { start, text: surface } of occurrences(text, name)) {
      const end = start + surface.length;
      if (taken(start, end, out)) continue;
      out.push({
        start,
        end,
        text: surface,
        name,
        ...fields,
        level: 'place',
        qualifier: { kind: 'near', span: { start: anchor.start, end: anchor.end } },
        reason: listed
          ? `not in the gazetteer, but counted in a list of places beside ${anchor.name}: kept by its name at the point of ${anchor.name} (approximate)`
          : explicit
          ? `not in the gazetteer, but the text calls it a place in ${anchor.name}: kept by its name at the point of ${anchor.name} (approximate)`
          : `not in the gazetteer, but the text calls it a place; no parent named, so kept by its name at ${anchor.name}, the ${anchor.level === 'admin1' ? 'province' : 'town'} the text is about (approximate)`,
      });
    }
  }
  return { mentions: out.sort((a, b) => a.start - b.start), displaced };
}
