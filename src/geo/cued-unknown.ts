// A village or a neighbourhood the gazetteer does not know, introduced by its type word and its
// parent ("the village of Rityan north of Aleppo", "the Midan neighbourhood of Damascus"): the text
// says it is a place and where it lies, so it is kept under its own name at its parent's point,
// as a place near that parent (ACLED's geo_precision 2), with low confidence and a reason.
import type { PlaceMention } from '../core/types.js';
import { fold } from './fold.js';
import { COMMON_WORDS, NEVER_PLACES, ORG_NOUNS } from './words.js';

const ARTICLE = String.raw`(?:(?:al|el|as|ad|ar|ash|at|az|an|ed|es|et)-)?`;
const WORD = String.raw`${ARTICLE}\p{Lu}[\p{Ll}'’]+`;
const NAME = String.raw`${WORD}(?:[ -]${WORD})?`;
// "the village of X", "the town of X": a settlement by its type word.
const TYPE_OF_NAME = new RegExp(String.raw`\b(?:village|town|city|neighbou?rhood|district|suburb|quarter|hamlet)\s+of\s+(${NAME})`, 'gu');
// "the Midan neighbourhood of Damascus", "al-Athamiyeh neighborhood in Aleppo": a quarter of a named town.
const NAME_TYPE_IN = new RegExp(String.raw`(?<![\p{L}-])(${NAME})\s+(?:neighbou?rhood|district|area|quarter|suburb)\s+(?:of|in)\s`, 'gu');

/** How far the parent may lie from the name, in characters, inside one sentence. */
const AFTER = 60;
const BEFORE = 150;

function plausibleName(name: string): boolean {
  return name.split(/[ -]/).every((w) => {
    const k = fold(w);
    return k.length >= 2 && !NEVER_PLACES.has(k) && !COMMON_WORDS.has(k) && !ORG_NOUNS.has(k);
  }) && !/^\p{Lu}+$/u.test(name);
}

/**
 * The fields of a place sitrep cannot point at itself, set at the point of the place the text ties
 * it to, with the low confidence that says so.
 */
export function atAnchor(anchor: PlaceMention): Pick<PlaceMention, 'lat' | 'lon' | 'geonameid' | 'country' | 'countryCode' | 'admin1' | 'admin2' | 'featureCode' | 'confidence'> {
  return {
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
function anchorOf(text: string, start: number, end: number, places: PlaceMention[]): PlaceMention | null {
  const usable = places.filter((p) => p.lat !== null && !p.role && (p.level === 'place' || p.level === 'admin2' || p.level === 'admin1'));
  const sameSentence = (a: number, b: number) => !/[.!?\n]/.test(text.slice(a, b));
  const after = usable.filter((p) => p.start >= end && p.start - end <= AFTER && sameSentence(end, p.start)).sort((a, b) => a.start - b.start)[0];
  if (after) return after;
  return usable.filter((p) => p.end <= start && start - p.end <= BEFORE && sameSentence(p.end, start)).sort((a, b) => b.start - a.start)[0] ?? null;
}

/** Mentions for the unknown names that type words and a named parent vouch for (none overlap `places`). */
export function cuedUnknownPlaces(text: string, places: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const taken = (s: number, e: number) => [...places, ...out].some((p) => p.start < e && s < p.end);
  for (const re of [TYPE_OF_NAME, NAME_TYPE_IN]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      const start = m.index! + m[0].indexOf(name, re === TYPE_OF_NAME ? m[0].length - name.length : 0);
      const end = start + name.length;
      if (!plausibleName(name) || taken(start, end)) continue;
      const anchor = anchorOf(text, start, end, places);
      if (!anchor) continue;
      out.push({
        start,
        end,
        text: name,
        name,
        ...atAnchor(anchor),
        level: 'place',
        qualifier: { kind: 'near', span: { start: anchor.start, end: anchor.end } },
        reason: `not in the gazetteer, but the text calls it a place in ${anchor.name}: kept by its name at the point of ${anchor.name} (approximate)`,
      });
    }
  }
  return out;
}
