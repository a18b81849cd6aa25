// In a text about one country, a loose match abroad is more often a misread word than a place:
// "Shiite" is an alternate name of a Chinese village, "Urum" a spelling away from a Hungarian one.
// Such a mention loses to "unresolved" (it is dropped) when the text's places are mostly in one
// country, the match is an alternate name or a transliteration guess, of a small place, and lies
// far from every place the text names in that country.
import type { PlaceMention } from '../core/types.js';
import type { Gazetteer } from './gazetteer.js';
import { haversineKm, type Mention, type Resolution } from './resolve.js';
import { KIND } from './store.js';
import { fold } from './fold.js';
import { COMMON_WORDS } from './words.js';

/** Words shaped like a people, a faith or an adjective: "Shiite", "Sunnis", "Kurdish", "Lebanese". */
const PEOPLE_WORD = /^\p{Lu}\p{Ll}+(?:ites?|is|ians?|ese|ish)$/u;

/** Farther than this from every place named in the focus country, a small namesake is implausible. */
const FAR_KM = 1000;
/** A place this big is often written by an alternate name ("Kiev", "Bombay"): left alone. */
const SMALL = 100000;

export function looseMatchesAbroad(mentions: Mention[], resolutions: Resolution[], byMention: Map<number, { mention: PlaceMention }>, gaz: Gazetteer): Set<PlaceMention> {
  const out = new Set<PlaceMention>();
  const located = [...byMention.values()].map((p) => p.mention).filter((p) => p.lat !== null && !p.role && p.level !== null && p.level !== 'country');
  if (located.length < 2) return out;
  const byCountry = new Map<string, number>();
  for (const p of located) byCountry.set(p.countryCode ?? '', (byCountry.get(p.countryCode ?? '') ?? 0) + 1);
  const [focus, count] = [...byCountry.entries()].sort((a, b) => b[1] - a[1])[0]!;
  if (count < 2 || count / located.length < 0.6) return out;
  const home = located.filter((p) => p.countryCode === focus);
  for (const [i, p] of byMention) {
    const pm = p.mention;
    const winner = resolutions[i]?.winner ?? null;
    if (winner === null || pm.lat === null || pm.lon === null || pm.countryCode === focus || pm.level !== 'place') continue;
    const m = mentions[i]!;
    // A transliteration guess, or an alternate name read off a word that is a people or a faith
    // ("Shiite", "Alawite") or a common word: not a name the place is known by in English news.
    const byAlternate = !m.matches.some((x) => x.entry === winner && x.kind === KIND.primary);
    const wordy = PEOPLE_WORD.test(m.text) || COMMON_WORDS.has(fold(m.text));
    const loose = m.fuzzy || (byAlternate && wordy);
    if (!loose || gaz.population(winner) >= SMALL) continue;
    if (home.every((h) => haversineKm(pm.lat!, pm.lon!, h.lat!, h.lon!) > FAR_KM)) out.add(pm);
  }
  return out;
}
