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
/** A village this small is never what a text calls a province. */
const TINY = 1000;
/** A place this big is often written by an alternate name ("Kiev", "Bombay"): left alone. */
const SMALL = 100000;

/** "Solhan, a village in ...", "the village of Solhan": the text introduces a place its readers do not know. */
const INTRODUCED_AFTER = /^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:village|hamlet|town|township|settlement|commune|locality)\s+(?:in|near|of|on|outside|north|south|east|west)\b/i;
// (Also "The village, al-Bayda, sits ...", "The village concerned is Ogossagou": named after its type word.)
const INTRODUCED_BEFORE = /\b(?:village|hamlet|town|township|settlement|commune|locality)\s+of\s+$|\b[Tt]he\s+(?:village|hamlet|town|settlement)(?:\s+(?:concerned|in\s+question))?(?:\s*,\s*|\s+(?:is|was)\s+)$/;
/** A village by the text's own word: never a city of any size abroad. */
const AS_VILLAGE = /\b(?:village|hamlet)\b/i;

export function looseMatchesAbroad(text: string, mentions: Mention[], resolutions: Resolution[], byMention: Map<number, { mention: PlaceMention }>, gaz: Gazetteer): Set<PlaceMention> {
  const out = new Set<PlaceMention>();
  const all = [...byMention.values()].map((p) => p.mention).filter((p) => p.lat !== null && !p.role && p.level !== null && p.level !== 'country');
  // Counted by mentions, or by distinct names: a stray match named twice ("Solhan ... Solhan") is still one.
  const seen = new Set<string>();
  const distinct = all.filter((p) => {
    const key = `${p.countryCode}|${fold(p.text)}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const focusOf = (located: PlaceMention[]): string | null => {
    if (located.length < 2) return null;
    const byCountry = new Map<string, number>();
    for (const p of located) byCountry.set(p.countryCode ?? '', (byCountry.get(p.countryCode ?? '') ?? 0) + 1);
    const [cc, count] = [...byCountry.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return count < 2 || count / located.length < 0.6 ? null : cc;
  };
  // ("killed 79 people in the commune of Seytenga, in Seno province near the border with Niger", from
  // Burkina Faso: a province is no Spanish village of 46 people, in a country the text never names.)
  const namedCountries = new Set([...byMention.values()].filter((p) => p.mention.level === 'country').map((p) => p.mention.countryCode));
  for (const [i, p] of byMention) {
    const winner = resolutions[i]?.winner ?? null;
    if (winner === null || p.mention.level !== 'place' || mentions[i]!.ctx.typeHint !== 'division') continue;
    if (gaz.population(winner) < TINY && namedCountries.size > 0 && !namedCountries.has(p.mention.countryCode)) out.add(p.mention);
  }
  const plainFocus = focusOf(all) ?? focusOf(distinct);
  // (A match by spelling guess or by another name counts for no country: "Savo" (Savona) and "Bule"
  // (Bulle) in a story from Ituri that names Djugu do not make a European focus between them.)
  let focus = plainFocus;
  if (focus === null) {
    const firm = firmMatches(mentions, resolutions, byMention);
    focus = focusOf(distinct.filter((p) => firm.has(p)));
  }
  if (focus === null) return out;
  const home = all.filter((p) => p.countryCode === focus);
  // A focus found only once such matches are set aside makes any small town abroad matched by
  // another of its names loose too: no likelier than the text's own word.
  const focusOnlyWhenFirm = plainFocus === null;
  const strays = new Set<number>();
  const everyMention = [...byMention.values()].map((p) => p.mention);
  const namedOtherwise = (pm: PlaceMention) => everyMention.some((q) => q.countryCode === pm.countryCode && fold(q.text) !== fold(pm.text));
  for (const [i, p] of byMention) {
    const pm = p.mention;
    const winner = resolutions[i]?.winner ?? null;
    if (winner === null || pm.lat === null || pm.lon === null || pm.countryCode === focus || (pm.level !== 'place' && pm.level !== 'admin1')) continue;
    const m = mentions[i]!;
    // A transliteration guess, or an alternate name read off a word that is a people or a faith
    // ("Shiite", "Alawite") or a common word: not a name the place is known by in English news.
    const byAlternate = !m.matches.some((x) => x.entry === winner && x.kind === KIND.primary);
    const wordy = PEOPLE_WORD.test(m.text) || COMMON_WORDS.has(fold(m.text));
    // A small town abroad by its own name, which the text introduces as a village ("gunmen raided
    // Solhan, a village in the northeastern province of Yagha" in a story from Burkina Faso) is a
    // village the gazetteer lacks, not the Turkish town of that name.
    // (Not when the text names that country otherwise: "the town of Khan Sheikhoun" in a story told
    // from Washington that names Syria is in Syria.)
    const after = INTRODUCED_AFTER.exec(text.slice(m.end, m.end + 60));
    const before = INTRODUCED_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const introduced = (!!after || !!before) && !namedOtherwise(pm);
    // ("the village of Sobane Da, in the commune of Sangha, circle of Bandiagara" in a communique from
    // Mali: a commune is no province abroad, here the Republic of the Congo's Sangha.)
    if (pm.level === 'admin1' && !introduced) continue;
    // ("in the Alto Mira y Frontera area" in a story from Colombia that names Colombia four times and
    // Mexico never: "Frontera" is a word of the area's name, not a Mexican town 4,000 km away.)
    // (Not one the text calls a town: "the port of Felixstowe" in a story about Chinese exports.)
    const unnamedAbroad = namedCountries.has(focus) && !namedCountries.has(pm.countryCode) && !namedOtherwise(pm) && m.ctx.typeHint !== 'settlement' && m.ctx.typeHint !== 'site';
    const loose = m.fuzzy || (byAlternate && (wordy || focusOnlyWhenFirm)) || introduced || (pm.level === 'place' && unnamedAbroad);
    // ("The village, al-Bayda, sits just south of the town of Baniyas": not Libya's city of Bayda.)
    const village = introduced && AS_VILLAGE.test(after?.[0] ?? before?.[0] ?? '');
    if (!loose || (gaz.population(winner) >= SMALL && !village)) continue;
    if (home.every((h) => haversineKm(pm.lat!, pm.lon!, h.lat!, h.lon!) > FAR_KM)) (out.add(pm), strays.add(winner));
  }
  // The text's other mentions of a namesake set aside are the same village.
  for (const [i, p] of byMention) if (strays.has(resolutions[i]?.winner ?? -1)) out.add(p.mention);
  return out;
}

/** The mentions matched by a place's own name: neither a spelling guess nor (for a town) one of its other names. */
function firmMatches(mentions: Mention[], resolutions: Resolution[], byMention: Map<number, { mention: PlaceMention }>): Set<PlaceMention> {
  const firm = new Set<PlaceMention>();
  for (const [i, p] of byMention) {
    const winner = resolutions[i]?.winner ?? null;
    const m = mentions[i]!;
    if (winner !== null && !m.fuzzy && (p.mention.level !== 'place' || m.matches.some((x) => x.entry === winner && x.kind === KIND.primary))) firm.add(p.mention);
  }
  return firm;
}
