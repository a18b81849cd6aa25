// The geo stage: places in a report, found and resolved offline against the gazetteer.
//   loadGazetteer()  - the index (built on first use, cached on disk; see gazetteer.ts)
//   geoparse()       - PlaceMention per toponym: given spans (report.toponyms) or recognised ones
import { withLineHeadPlaces } from './line-head.js';
import type { PlaceMention, Report, Sentence, Span } from '../core/types.js';
import { isParentGap, mentionContext } from './context.js';
import { atAnchor, cuedUnknownPlaces } from './cued-unknown.js';
import { namedFeatures, namedSites, type TownByName } from './sites.js';
import { looseMatchesAbroad } from './loose-abroad.js';
import { Gazetteer, loadGazetteerFrom, type NameMatch } from './gazetteer.js';
import { usableMatches, recognise, type Found } from './recognise.js';
import { describe, haversineKm, resolveMentions, type Mention, type Resolution } from './resolve.js';
import { KIND } from './store.js';
import { tokenize } from './tokens.js';
import { fold, spellingKey } from './fold.js';
import { entryFields, NO_ENTRY } from './entry-fields.js';
import { COMMON_WORDS, DIRECTION_ADJECTIVES, DIVISION_TYPE_WORDS, GENERIC_FEATURES, NEVER_PLACES, ORG_NOUNS, PLACE_TYPE_WORDS, STREET_WORDS } from './words.js';

export { Gazetteer, forgetGazetteer } from './gazetteer.js';
export { isDemonym } from './demonym.js';

/** The gazetteer, loaded once per process (built and cached on first use). */
export function loadGazetteer(opts: { rebuild?: boolean } = {}): Gazetteer {
  return loadGazetteerFrom(opts);
}

/** A resolved toponym with the candidates the resolver weighed (for `sitrep geocode`). */
export interface ExplainedPlace {
  mention: PlaceMention;
  candidates: { name: string; id: string; country: string | null; admin1: string | null; level: string; lat: number; lon: number; score: number; why: string }[];
}

export function geoparse(report: Report, sentences: Sentence[], gaz: Gazetteer): PlaceMention[] {
  // The candidates' descriptions are for `sitrep geocode` only: not built here.
  return geoparseExplained(report, sentences, gaz, { candidates: false }).map((p) => p.mention);
}

/** Region prior from the environment: SITREP_GEO_PRIOR="SY,IQ". */
function regionPrior(): Set<string> {
  const v = process.env.SITREP_GEO_PRIOR;
  return new Set(v ? v.split(/[,\s]+/).map((s) => s.trim().toUpperCase()).filter(Boolean) : []);
}

export function geoparseExplained(report: Report, sentences: Sentence[], gaz: Gazetteer, opts: { candidates?: boolean } = {}): ExplainedPlace[] {
  const text = report.text;
  const given = report.toponyms;
  let mentions: Mention[];
  if (given) {
    mentions = given.map((span) => givenMention(text, span, gaz));
  } else {
    const found = recognise(text, regionsOf(report), new Set(sentences.map((s) => s.start)), titleCaseTest(text, sentences), gaz);
    mentions = found.map((f) => toMention(text, f));
  }
  linkParents(text, mentions, gaz);
  const resolutions = resolveMentions(text, mentions, gaz, { prior: regionPrior(), given: !!given });
  const out: ExplainedPlace[] = [];
  const byMention = new Map<number, ExplainedPlace>();
  const listCued = given ? [] : cuedByList(text, mentions);
  mentions.forEach((m, i) => {
    const r = resolutions[i]!;
    if (!given && !keepRecognised(text, m, r, gaz, listCued[i] ?? false)) return;
    const e = explain(text, m, r, gaz, opts.candidates !== false);
    byMention.set(i, e);
    out.push(e);
  });
  placeInsideParents(text, mentions, byMention);
  if (given) {
    unplaceForeignNamesakes(mentions, resolutions, byMention, gaz);
    unplaceStrayMatches(mentions, resolutions, byMention, gaz);
    placeUnknownSites(text, out, mentions);
  } else {
    const loose = looseMatchesAbroad(text, mentions, resolutions, byMention, gaz);
    if (loose.size) out.splice(0, out.length, ...out.filter((p) => !loose.has(p.mention)));
    const { mentions: cued, displaced } = cuedUnknownPlaces(text, out.map((p) => p.mention));
    if (displaced.size) out.splice(0, out.length, ...out.filter((p) => !displaced.has(p.mention)));
    // "Alder Hey Children's Hospital", "Tahrir Square": sites by their head noun, at their town.
    const sites = namedSites(text, [...out.map((p) => p.mention), ...cued], townByName(text, gaz));
    // "the Guadalupe River", "Lake Tana": natural features, near the town the text ties them to.
    const { features, replaced } = namedFeatures(text, [...out.map((p) => p.mention), ...cued, ...sites]);
    if (replaced.size) out.splice(0, out.length, ...out.filter((p) => !replaced.has(p.mention)));
    const capitals = capitalsByCountryWord(text, out.map((p) => p.mention), gaz);
    const added = [...cued, ...sites, ...features, ...capitals].filter((m) => !replaced.has(m));
    if (added.length || replaced.size) {
      out.push(...added.map((mention) => ({ mention, candidates: [] })));
      out.sort((a, b) => a.mention.start - b.mention.start);
    }
    // "13/03, Douentza: ...": the place a bulletin line names at its head, before the colon.
    const explained = new Map(out.map((p) => [p.mention, p]));
    const heads = withLineHeadPlaces(report, sentences, out.map((p) => p.mention), gaz);
    if (heads.length !== out.length || heads.some((m, k) => m !== out[k]!.mention)) {
      return heads.map((mention) => explained.get(mention) ?? { mention, candidates: [] });
    }
  }
  return out;
}

/** A distance the text states ("about 80 kilometres north of"), and its unit. */
const STATED_DISTANCE = /(\d+(?:[.,]\d+)?)\s*(km|kms|kilomet(?:re|er)s|miles)\b/i;

/**
 * "the Delmas district of Port-au-Prince": when the text names a place's parent and the name's
 * winning gazetteer match lies in another country than that parent, the
 * match is a namesake; the parent is the best point known, with low confidence and a reason.
 */
function placeInsideParents(text: string, mentions: Mention[], byMention: Map<number, ExplainedPlace>): void {
  const moved: { key: string; lat: number; lon: number; child: PlaceMention }[] = [];
  mentions.forEach((m, i) => {
    if (m.parent === null) return;
    const child = byMention.get(i)?.mention;
    const parent = byMention.get(m.parent)?.mention;
    if (!child || !parent || child.lat === null || parent.lat === null || child.role || parent.role || parent.level === null) return;
    // Only a town or district inside its parent; "Turkey in Syria" is no such relation. A town can
    // lie 100 km from the city its province is named after, so only another country tells.
    if (child.level !== 'place' && child.level !== 'admin2') return;
    // A capital is no namesake to move: "Kinshasa (Gombe, Kinshasa)" lists its commune, not its parent.
    if (child.featureCode === 'PPLC' || child.featureCode === 'PPLA') return;
    // "The UN Mission in South Sudan": a body named after where it works, not a place in it.
    if (ORG_NOUNS.has(fold(child.text.split(/\s+/).pop() ?? ''))) return;
    // "Iran's Khoda Afrin county": a country's point is no place for a town it owns.
    if (ownedBy.has(m) && parent.level === 'country') return;
    // "Tal Tamr, the main town of the Khabur valley": a parent that is itself a weak match (Khabur
    // read as Cabourg, France) does not outweigh the child's own, surer match.
    if (parent.confidence < 0.5 && child.confidence > parent.confidence) return;
    // "Yabroud, about 80 kilometres north of Damascus": a distance from a reference town, not a
    // parent; a match about that far from it is the place meant, whichever province it lies in.
    const stated = STATED_DISTANCE.exec(text.slice(child.end, parent.start));
    if (stated) {
      const km = Number(stated[1]!.replace(',', '.')) * (/^mi/i.test(stated[2]!) ? 1.609 : 1);
      if (haversineKm(child.lat, child.lon!, parent.lat, parent.lon!) <= km * 1.5 + 15) return;
    }
    // In the same country, a match in another province than the parent's, far from it, is a namesake
    // too ("Mallah Farms in Aleppo" is not the Malah of Suwayda).
    const parentProvince = parent.level === 'admin1' ? parent.name : parent.admin1;
    // A parent read from inside a longer name ("Latrobe" of "Latrobe Valley") may be a namesake itself:
    // only another country tells then.
    const otherProvince = parent.level !== 'country' && !mentions[m.parent]!.partOfName && parentProvince !== null && child.admin1 !== null && child.admin1 !== parentProvince && haversineKm(child.lat, child.lon!, parent.lat, parent.lon!) > 60;
    if (child.countryCode === parent.countryCode && !otherProvince) return;
    // "Paris, London", "Saipan, Guam, Alaska": a bare comma between towns, or inside a list, is a list.
    // "Tags: Euphrates Shield, Daesh, al-Bab, Turkey": a name after a comma, then a comma, is an item of a list too.
    const bareComma = /^\s*,\s*$/.test(text.slice(child.end, parent.start));
    if (bareComma && (parent.level === 'place' || /^\s*(?:,|and\b|or\b)/.test(text.slice(parent.end, parent.end + 6)) || /,\s*$/.test(text.slice(Math.max(0, child.start - 3), child.start)))) return;
    // It keeps the name the text gives it: a town near its parent's point, not the parent itself.
    moved.push({ key: spellingKey(child.text), lat: child.lat, lon: child.lon!, child });
    Object.assign(child, {
      name: child.text,
      lat: parent.lat,
      lon: parent.lon,
      geonameid: null,
      country: parent.country,
      countryCode: parent.countryCode,
      admin1: parent.level === 'admin1' ? parent.name : parent.admin1,
      admin2: parent.admin2,
      featureCode: null,
      level: child.level,
      qualifier: { kind: 'near', span: { start: parent.start, end: parent.end } },
      confidence: 0.1,
      reason: `its only match (${child.name}, ${child.admin1 ?? child.country}) lies outside ${parent.name}, named as its parent: taken to be a place in ${parent.name} (approximate)`,
    });
  });
  // "Homs' Zahraa neighbourhood ... the Al-Zahraa neighborhood": the name told again, with no
  // parent, is the same quarter, not the namesake its match points to.
  for (const { key, lat, lon, child } of moved) {
    for (const e of byMention.values()) {
      const m = e.mention;
      if (m === child || m.lat !== lat || m.lon !== lon || m.role || spellingKey(m.text) !== key) continue;
      Object.assign(m, { ...child, start: m.start, end: m.end, text: m.text, name: m.text });
    }
  }
}

/**
 * A site named after a place ("Liverpool Academy" in a story about Cairo, "Buckland Elementary"
 * among Virginian towns, "the Armenian Embassy" in Rome) is usually in the town the text is about,
 * not in its namesake. Its match is dropped, so that it is placed like an unknown site, when the match
 * lies in another country than the text's other places, or is a small town far from all of them.
 * An embassy or consulate is in its host city, never in the country it is named after.
 */
function unplaceForeignNamesakes(mentions: Mention[], resolutions: Resolution[], byMention: Map<number, ExplainedPlace>, gaz: Gazetteer): void {
  const others = [...byMention.entries()].filter(([i, p]) => !mentions[i]!.partOfName && p.mention.lat !== null && !p.mention.role && (p.mention.level === 'place' || p.mention.level === 'admin2' || p.mention.level === 'admin1'));
  if (!others.length) return;
  const byCountry = new Map<string, number>();
  for (const [, p] of others) byCountry.set(p.mention.countryCode ?? '', (byCountry.get(p.mention.countryCode ?? '') ?? 0) + 1);
  const [topCountry, count] = [...byCountry.entries()].sort((a, b) => b[1] - a[1])[0]!;
  // Towns counted by mention, or (when a club or firm named after a town recurs) by distinct name.
  const byNames = clearFocus([...byMention.entries()].filter(([i]) => !mentions[i]!.partOfName).map(([, p]) => p.mention)).main;
  const focused = (count >= 2 && count / others.length >= 0.6) || byNames !== null;
  const mainCountry = count >= 2 && count / others.length >= 0.6 ? topCountry : byNames;
  for (const [i, p] of byMention) {
    const m = mentions[i]!;
    const pm = p.mention;
    // A name opening with a people's name ("British International School") is a site, not a demonym.
    if (!m.partOfName || pm.lat === null || pm.lon === null || (pm.role && pm.role !== 'demonym')) continue;
    const lat = pm.lat;
    const lon = pm.lon;
    const diplomatic = /\b(?:embassy|consulate|high commission)\b/i.test(m.text);
    // "the British International School" in a story about Cairo is in Cairo.
    const foreign = focused && pm.countryCode !== mainCountry && (pm.level === 'place' || pm.level === 'admin2' || ((m.namedAfter === true || m.demonym) && pm.level !== null));
    const entry = resolutions[i]!.winner;
    const small = pm.level === 'place' && entry !== null && gaz.population(entry) < 100000 && !gaz.source(entry).startsWith('supplement') && !gaz.source(entry).startsWith('user');
    const far = small && others.every(([, o]) => haversineKm(lat, lon, o.mention.lat!, o.mention.lon!) > 150);
    if (!diplomatic && !foreign && !far) continue;
    namesakeNotes.set(pm, `${pm.text} is named after ${pm.name}, ${pm.country}, ${diplomatic ? 'but a mission lies in its host city' : foreign ? 'in another country than the text is about' : 'a small town far from every place the text names'}`);
    Object.assign(pm, { name: null, lat: null, lon: null, geonameid: null, country: null, countryCode: null, admin1: null, admin2: null, featureCode: null, level: null });
    delete pm.role;
  }
}

/**
 * A given span whose only support is its spelling: a village abroad that nothing else in the text
 * points to ("Rehab" in a story about Cairo is not the Jordanian hamlet; "Makeen" among Waziristan
 * towns is not Makin in Kiribati). When the text is clearly about one country and the match is a
 * small place in another, or was matched only by transliteration, with no parent, nearness or
 * focus behind it, it is set aside and placed like an unknown site (near the places the text names).
 */
function unplaceStrayMatches(mentions: Mention[], resolutions: Resolution[], byMention: Map<number, ExplainedPlace>, gaz: Gazetteer): void {
  const counted = [...byMention.entries()].filter(([i]) => !mentions[i]!.partOfName && !mentions[i]!.fuzzy).map(([, p]) => p.mention);
  const { main, namesIn } = clearFocus(counted);
  if (!main) return;
  const otherNamesIn = (cc: string, name: string) => [...(namesIn.get(cc) ?? [])].filter((x) => x !== name.toLowerCase()).length;
  for (const [i, p] of byMention) {
    const m = mentions[i]!;
    const pm = p.mention;
    const entry = resolutions[i]!.winner;
    if (entry === null || pm.lat === null || pm.role || m.partOfName || pm.countryCode === main) continue;
    if (gaz.level(entry) !== 'place' && !(m.fuzzy && gaz.level(entry) === 'admin2')) continue;
    const src = gaz.source(entry);
    if (src.startsWith('supplement') || src.startsWith('user')) continue;
    const why = resolutions[i]!.candidates[0]?.why ?? [];
    if (why.some((w) => /focus|parent|km from|type word|named elsewhere|prior/.test(w))) continue;
    if (otherNamesIn(pm.countryCode ?? '', pm.text) > 0 || (!m.fuzzy && gaz.population(entry) >= 1_000_000)) continue;
    // Spelt exactly as a living place's own name ("Bundibugyo", "Saipan"), the match stands: only a name it
    // has among its alternates, or a place GeoNames marks as historical or abandoned, is set aside.
    const byOwnName = m.matches.some((x) => x.entry === entry && x.kind === KIND.primary);
    if (!m.fuzzy && byOwnName && !/^PPL[HQW]$/.test(gaz.featureCode(entry))) continue;
    namesakeNotes.set(pm, `${pm.text} matched only ${pm.name}, ${pm.country}${m.fuzzy ? ' by transliteration' : ', a small place'}, which nothing else in the text points to`);
    Object.assign(pm, { name: null, lat: null, lon: null, geonameid: null, country: null, countryCode: null, admin1: null, admin2: null, featureCode: null, level: null });
  }
}

/**
 * The country a text is clearly about, counted by distinct names (a club named ten times,
 * "Liverpool", does not outweigh five towns): at least three names, half of all, twice the next.
 */
function clearFocus(places: PlaceMention[]): { main: string | null; namesIn: Map<string, Set<string>> } {
  const namesIn = new Map<string, Set<string>>();
  let distinct = 0;
  for (const pm of places) {
    if (pm.lat === null || pm.role || !pm.countryCode) continue;
    let names = namesIn.get(pm.countryCode);
    if (!names) namesIn.set(pm.countryCode, (names = new Set()));
    const key = pm.text.toLowerCase();
    if (!names.has(key)) (names.add(key), distinct++);
  }
  const ranked = [...namesIn.entries()].map(([cc, names]) => [cc, names.size] as const).sort((a, b) => b[1] - a[1]);
  const [cc, n] = ranked[0] ?? ['', 0];
  const main = n >= 3 && n / distinct >= 0.5 && n >= 2 * (ranked[1]?.[1] ?? 0) ? cc : null;
  return { main, namesIn };
}

/** Why a site's namesake was set aside (for its reason once it is placed). */
const namesakeNotes = new WeakMap<PlaceMention, string>();

/**
 * A given toponym the gazetteer does not know ("Barclays Center", "Schiphol", "Mozart Estate") is
 * usually a site in the town the text is about: it takes the point of the nearest resolved town or
 * district named before it (else after it), with low confidence and a reason that says so. Only
 * for spans a caller vouches are toponyms; recognised text never gets this guess.
 */
function placeUnknownSites(text: string, out: ExplainedPlace[], mentions: Mention[]): void {
  const resolved = out.map((p) => p.mention).filter((p) => p.lat !== null && (p.level === 'place' || p.level === 'admin2' || p.level === 'admin1') && !p.role);
  // A site lies in a town: the province named is the anchor only when no town or district is.
  const towns = resolved.filter((p) => p.level !== 'admin1');
  const anchors = towns.length ? towns : resolved;
  // "Bambino Gesu Hospital in Rome", "the Convention Centre, Dublin": a parent the text names
  // outright beats the nearest place; the name keeps that placement wherever it recurs.
  const byName = new Map<string, PlaceMention>();
  const unknown = (m: PlaceMention) => m.lat === null && /\p{Lu}/u.test(m.text);
  const main = mainCountry(out.map((p) => p.mention).filter((p) => p.lat !== null && !p.role));
  const counted = out.filter((_, i) => !mentions[i]?.partOfName).map((p) => p.mention);
  // Short of a clear focus, the country most named, when it leads outright ("Chepkorio" in a story
  // about a Kenyan runner who won in London and Chicago lies in Kenya, not in London).
  const { main: focus, namesIn } = clearFocus(counted);
  const leading = focus ? null : leadingCountry(namesIn);
  out.forEach((p, i) => {
    const m = p.mention;
    const parent = mentions[i]?.parent;
    if (!unknown(m) || parent === null || parent === undefined) return;
    let a = out[parent]?.mention;
    if (!a || a.lat === null || a.role || a.level === null) return;
    // A bare comma may end a clause ("Beyond Madinaty, Liverpool have..."): only a parent in the
    // country the text is about is taken from it.
    if (/^\s*,\s*$/.test(text.slice(m.end, a.start)) && a.countryCode !== main) return;
    // "the Cacuaco district of Angola's capital": a town of that country the text names is nearer.
    if (a.level === 'country') a = nearestTown(m, anchors.filter((t) => t.countryCode === a!.countryCode)) ?? a;
    place(m, a, 'named as its parent');
    if (!byName.has(m.text.toLowerCase())) byName.set(m.text.toLowerCase(), a);
  });
  for (const [i, p] of out.entries()) {
    const m = p.mention;
    if (!unknown(m)) continue;
    const named = byName.get(m.text.toLowerCase());
    if (named) {
      place(m, named, 'named as its parent where the text names it again');
      continue;
    }
    // In a text about one country, a site is taken to lie there ("branches in Rehab" after "Liverpool").
    // A site named after a place ("London Guildhall School") is likelier near what it is named for.
    let anchor = (focus && !mentions[i]?.partOfName ? nearestTown(m, anchors.filter((a) => a.countryCode === focus)) : undefined) ?? nearestTown(m, anchors);
    // A nearest place that is the text's only name in its country is an aside; the leading country's nearest stands.
    if (anchor && leading && anchor.countryCode !== leading && (namesIn.get(anchor.countryCode ?? '')?.size ?? 0) <= 1 && !mentions[i]?.partOfName) {
      anchor = nearestTown(m, anchors.filter((a) => a.countryCode === leading)) ?? anchor;
    }
    if (anchor) place(m, anchor, 'the nearest place the text names');
  }
}

/** The country with the most distinct place names (at least two), if strictly ahead of every other. */
function leadingCountry(namesIn: Map<string, Set<string>>): string | null {
  const ranked = [...namesIn.entries()].map(([cc, names]) => [cc, names.size] as const).sort((a, b) => b[1] - a[1]);
  return ranked.length && ranked[0]![1] >= 2 && ranked[0]![1] > (ranked[1]?.[1] ?? 0) ? ranked[0]![0] : null;
}

/** The country most of the resolved places lie in (countries named outright count too). */
function mainCountry(places: PlaceMention[]): string | null {
  const n = new Map<string, number>();
  for (const p of places) if (p.countryCode) n.set(p.countryCode, (n.get(p.countryCode) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The nearest of these places named before the mention, else after it. */
function nearestTown(m: PlaceMention, towns: PlaceMention[]): PlaceMention | undefined {
  let best: PlaceMention | undefined;
  for (const a of towns) if (a.end <= m.start && (!best || a.start > best.start)) best = a;
  if (!best) for (const a of towns) if (a.start >= m.end && (!best || a.start < best.start)) best = a;
  return best;
}

function place(m: PlaceMention, anchor: PlaceMention, why: string): void {
  Object.assign(m, {
    name: anchor.name,
    ...atAnchor(anchor),
    level: anchor.level,
    reason: `${namesakeNotes.get(m) ?? 'not in the gazetteer'}: taken to be a site in or near ${anchor.name}, ${why} (approximate)`,
  });
}

function toMention(text: string, f: Found): Mention {
  const ctx = mentionContext(text, f);
  const m: Mention = { start: f.start, end: f.end, text: f.text, matches: f.matches, fuzzy: f.fuzzy, demonym: f.demonym, weak: f.weak, ctx, parent: null, embedded: f.embedded };
  if (f.common) commonMentions.add(m);
  return m;
}

/** Mentions that are common English words: kept only with a place cue. */
const commonMentions = new WeakSet<Mention>();

/**
 * Recognised mentions that stand. Strong support is local: a place cue ("in", "village of"), a named
 * parent, a type word, nearness to another place, or its province named elsewhere. The document's
 * country alone is not enough for a small place named by one word: "Thomas" or "Sutton" in an
 * American story are more often people than the hamlet of that name.
 */
/** Between two items of a list of places: a comma, "and", "or", ", and". */
const LIST_JOIN_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$/;

/**
 * "In Mao and Moussoro", "to Rotterdam, Felixstowe and Antwerp": the place cue of a list's first
 * item ("in", "to", "near") is every item's. A mention is list-cued when a chain of list joins links
 * it to a cued mention.
 */
function cuedByList(text: string, mentions: Mention[]): boolean[] {
  const out = mentions.map(() => false);
  let from = 0;
  for (let i = 1; i <= mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i];
    if (b && !a.embedded && !b.embedded && a.end <= b.start && LIST_JOIN_GAP.test(text.slice(a.end, b.start))) continue;
    const chain = mentions.slice(from, i);
    if (chain.length >= 2 && chain.some((m) => m.ctx.cued)) for (let k = from; k < i; k++) out[k] = true;
    from = i;
  }
  return out;
}

function keepRecognised(text: string, m: Mention, r: Resolution, gaz: Gazetteer, listCued = false): boolean {
  if (r.winner === null) return false;
  // Inside a name, only a prominent place: the recogniser let it through for being one.
  if (m.embedded) {
    const lv = gaz.level(r.winner);
    // A county ("Suffolk Times") needs the text's support: county names are also surnames.
    if (lv === 'admin2') return m.ctx.cued || r.supported;
    return lv !== 'place' || gaz.population(r.winner) >= 100000;
  }
  if (commonMentions.has(m) && !m.ctx.cued && m.parent === null) return false;
  const why = r.candidates[0]?.why ?? [];
  const local = m.ctx.cued || listCued || m.parent !== null || afterTownComma(text, m) || why.some((w) => /named as its parent|type word|named elsewhere in the text|^(?:[0-9]|[1-9][0-9]|1[0-4][0-9]) km from/.test(w));
  const level = gaz.level(r.winner);
  const pop = gaz.population(r.winner);
  const src = gaz.source(r.winner);
  const listed = src.startsWith('supplement') || src.startsWith('user');
  const single = m.text.split(/\s+/).length === 1;
  const small = level === 'place' && pop < 50000 && !listed;
  // A spelling matched only by transliteration needs a place cue of its own ("in Ezzour").
  if (m.fuzzy) return (m.ctx.cued || m.parent !== null) && r.supported;
  if (m.weak) return local || (!small && level !== 'admin2' && r.supported);
  if (single && small) return local;
  if (single && level === 'admin2') return local;
  return true;
}

/**
 * "25 August: Knockhill, Fife.": a name that closes a "Town, " pair is the town's county or parish,
 * even when the town is one the gazetteer lacks. Not after a common word ("Yesterday, Fife") and
 * not when more follows ("Smith, Fife and Hunter" is a list of names).
 */
function afterTownComma(text: string, m: Mention): boolean {
  const before = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?),\s$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!before || before[1]!.split(/\s/).some((w) => COMMON_WORDS.has(w.toLowerCase()) || NEVER_PLACES.has(w.toLowerCase()))) return false;
  return /^\s*(?:[.;)\n]|$)/.test(text.slice(m.end, m.end + 2));
}

/** A given span: its exact name, else a recognisable part of it ("northern Syria", "Aleppo, Syria"). */
function givenMention(text: string, span: Span, gaz: Gazetteer): Mention {
  const raw = text.slice(span.start, span.end);
  const ctx = mentionContext(text, span);
  const base = { start: span.start, end: span.end, text: raw, ctx, parent: null, weak: false };
  for (const variant of spanVariants(raw)) {
    const exact = usableMatches(gaz.lookup(variant, false), variant);
    if (exact.length) return { ...base, matches: exact, fuzzy: false, demonym: exact.every((x) => x.kind === KIND.demonym) };
  }
  // A plural demonym not listed ("Yemenis" when only "Yemeni" is).
  if (/s$/.test(raw) && raw.length > 4) {
    const demonyms = gaz.lookup(raw.slice(0, -1), false).filter((x) => x.kind === KIND.demonym);
    if (demonyms.length) return { ...base, matches: demonyms, fuzzy: false, demonym: true };
  }
  // Longest run of words inside the span that is a name, when the other words only describe it
  // ("the Idlib countryside", "Eastern Mediterranean", "Abu Shok camp"); a capitalised unknown word
  // means a different name ("Barclays Center", "Brands Hatch"), which stays unresolved.
  const toks = tokenize(raw);
  const descriptive = (k: number) => {
    const w = toks[k]!.text.toLowerCase();
    // A facility named after its place ("Liverpool Academy", "Nenagh MDC") lies in or by it.
    return !toks[k]!.cap || toks[k]!.allCaps || GENERIC_FEATURES.has(w) || ORG_NOUNS.has(w) || DIRECTION_ADJECTIVES.has(w) || DIVISION_TYPE_WORDS.has(w) || PLACE_TYPE_WORDS.has(w) || NEVER_PLACES.has(w);
  };
  const street = toks.some((t) => STREET_WORDS.has(t.text.toLowerCase().replace(/\.$/, '')));
  for (let n = Math.min(toks.length, 5); n >= 1 && !street; n--) {
    for (let i = 0; i + n <= toks.length; i++) {
      let rest = true;
      for (let k = 0; k < toks.length; k++) if ((k < i || k >= i + n) && !descriptive(k)) rest = false;
      if (!rest) continue;
      const sub = raw.slice(toks[i]!.start, toks[i + n - 1]!.end);
      // One word out of a longer name: not a generic or common word ("Barclays Center" is not Center).
      const low = sub.toLowerCase();
      if (n === 1 && (DIRECTION_ADJECTIVES.has(low) || sub.length < 3 || COMMON_WORDS.has(low) || ORG_NOUNS.has(low) || NEVER_PLACES.has(low) || GENERIC_FEATURES.has(low))) continue;
      // A county's short name ("Murray" for Murray County) is too weak a clue inside a longer name.
      const ms = usableMatches(gaz.lookup(sub, false), sub).filter((x) => !(x.kind === KIND.alternate && gaz.level(x.entry) === 'admin2'));
      if (ms.length) return { ...base, matches: ms, fuzzy: false, demonym: ms.every((x) => x.kind === KIND.demonym), partOfName: toks.length > n && toks.some((t) => t.cap && !t.allCaps && (GENERIC_FEATURES.has(t.text.toLowerCase()) || ORG_NOUNS.has(t.text.toLowerCase()))) };
    }
  }
  // An organisation or event named after a country, region or province ("European Investment Bank",
  // "Russian Higher School of Economics", "New York Auto Show"): it belongs to what its name opens with.
  for (let n = Math.min(toks.length - 1, 3); n >= 1 && !street; n--) {
    const sub = raw.slice(toks[0]!.start, toks[n - 1]!.end);
    if (n === 1 && (sub.length < 4 || COMMON_WORDS.has(sub.toLowerCase()) || DIRECTION_ADJECTIVES.has(sub.toLowerCase()))) continue;
    const ms = usableMatches(gaz.lookup(sub, false), sub).filter((x) => x.kind !== KIND.code && BROAD_LEVELS.has(gaz.level(x.entry)));
    if (ms.length) return { ...base, matches: ms, fuzzy: false, demonym: false, partOfName: true, namedAfter: true };
  }
  const fuzzy: NameMatch[] = gaz.lookupSkeleton(raw);
  return { ...base, matches: fuzzy, fuzzy: fuzzy.length > 0, demonym: false };
}

/** What a name may open with and still say where the thing it names belongs. */
const BROAD_LEVELS = new Set(['country', 'region', 'admin1']);

function spanVariants(raw: string): string[] {
  const out = [raw];
  let s = raw.replace(/['’]s$/i, '').trim();
  out.push(s);
  s = s.replace(/^the\s+/i, '');
  out.push(s);
  const comma = s.split(',')[0]!.trim();
  if (comma !== s) out.push(comma);
  const words = s.split(/\s+/);
  if (words.length > 1 && DIRECTION_ADJECTIVES.has(words[0]!.toLowerCase())) out.push(words.slice(1).join(' '));
  return [...new Set(out.filter(Boolean))];
}

const POSSESSIVE_GAP = /^['’]s?\s+$/;
/** Mentions whose parent is a possessive before them ("Iran's Khoda Afrin"). */
const ownedBy = new WeakSet<Mention>();

/** "X, Y" / "X in (eastern) Y" / "Y's X": Y is X's parent. */
function linkParents(text: string, mentions: Mention[], gaz: Gazetteer): void {
  const gap = (i: number) => (i >= 0 && i + 1 < mentions.length && mentions[i + 1]!.start >= mentions[i]!.end ? text.slice(mentions[i]!.end, mentions[i + 1]!.start) : null);
  const LIST = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const g = gap(i);
    // "Homs' Zahraa neighbourhood", "Aleppo's Salaheddin district": the city owns the quarter named after it.
    if (g !== null && POSSESSIVE_GAP.test(g) && mentions[i + 1]!.parent === null && !mentions[i]!.demonym) {
      mentions[i + 1]!.parent = i;
      ownedBy.add(mentions[i + 1]!);
      continue;
    }
    if (g === null || !isParentGap(g)) continue;
    // "Georgia, Oklahoma, Pennsylvania, Wisconsin and California" is a list of states, not a chain
    // of parents; "New York City, Long Island, New York" still names Long Island's state.
    const listed = /^\s*,\s*$/.test(g) && (LIST.test(gap(i - 1) ?? '-') || (LIST.test(gap(i + 1) ?? '-') && LIST.test(gap(i + 2) ?? '-')));
    if (listed && mentions[i]!.matches.some((x) => x.kind === KIND.primary && (gaz.level(x.entry) === 'admin1' || gaz.level(x.entry) === 'country'))) continue;
    mentions[i]!.parent = i + 1;
    if (/\d\s*(?:km|kms|kilomet|miles)/i.test(g)) mentions[i]!.parentByDistance = true;
  }
}

/** Text regions where places are recognised: every zone but reader comments. */
function regionsOf(report: Report): Span[] {
  if (!report.zones.length) return [{ start: 0, end: report.text.length }];
  return report.zones.filter((z) => z.kind !== 'comment').map((z) => ({ start: z.start, end: z.end })).sort((a, b) => a.start - b.start);
}

/** Headlines in Title Case capitalise every word: capitalisation says nothing there. */
const LONG_WORD = /\p{L}{4,}/gu;
const CAPITAL_FIRST = /^\p{Lu}/u;

function titleCaseTest(text: string, sentences: Sentence[]): (pos: number) => boolean {
  // Read per sentence only when a name in it is asked about (most sentences never are).
  const flags: (boolean | undefined)[] = new Array(sentences.length);
  const flagOf = (i: number): boolean => {
    let f = flags[i];
    if (f === undefined) {
      const s = sentences[i]!;
      const words = text.slice(s.start, s.end).match(LONG_WORD) ?? [];
      f = words.length >= 3 && words.filter((w) => CAPITAL_FIRST.test(w)).length / words.length >= 0.75;
      flags[i] = f;
    }
    return f;
  };
  return (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return flagOf(mid);
    }
    return false;
  };
}

function explain(text: string, m: Mention, r: Resolution, gaz: Gazetteer, withCandidates: boolean): ExplainedPlace {
  const e = r.winner;
  const mention: PlaceMention = {
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    ...(e === null ? NO_ENTRY : entryFields(gaz, e)),
    confidence: r.confidence,
    qualifier: m.ctx.qualifier,
    reason: e === null ? r.reason : `${m.demonym ? 'demonym; ' : m.embedded ? 'inside a longer name; ' : ''}${r.reason}`,
  };
  // A people's name ("Canadian"), even when some hamlet is spelt the same: the winner was named by it.
  const byDemonym = m.demonym || (e !== null && m.matches.some((x) => x.entry === e && x.kind === KIND.demonym) && !m.matches.some((x) => x.entry === e && x.kind !== KIND.demonym));
  if (byDemonym) mention.role = 'demonym';
  else if (m.embedded) mention.role = 'embedded';
  return {
    mention,
    candidates: !withCandidates ? [] : r.candidates.map((c) => ({
      name: describe(gaz, c.entry),
      id: gaz.id(c.entry),
      country: gaz.countryName(gaz.countryCode(c.entry)),
      admin1: gaz.admin1Name(c.entry),
      level: gaz.level(c.entry),
      lat: gaz.lat(c.entry),
      lon: gaz.lon(c.entry),
      score: c.score,
      why: c.why.join('; '),
    })),
  };
}

/** "the Somali capital", "Yemen's capital" (with no name after it): the country's capital city. */
const CAPITAL_AFTER = /^(?:['’]s)?\s+capital\b(?!,?\s+(?:city\b|of\b|\p{Lu}))/u;

function capitalsByCountryWord(text: string, mentions: PlaceMention[], gaz: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const d of mentions) {
    if (d.level !== 'country' || !d.countryCode) continue;
    // A people's word after "the" ("the Somali capital"), a country's own name with "'s".
    const demonym = d.role === 'demonym' && /\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 5), d.start));
    if (!demonym && (d.role || !/^['’]s\b/.test(text.slice(d.end, d.end + 2)))) continue;
    // ("a suburb of the Libyan capital": a place the text names elsewhere, not the capital itself.)
    if (/\b(?:suburbs?|outskirts|districts?|neighbou?rhoods?|quarters?|parts?|areas?|edges?|(?:north|south|east|west)\w*)\s+of\s+the\s+$/i.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
    const after = CAPITAL_AFTER.exec(text.slice(d.end, d.end + 40));
    const entry = after ? gaz.capital(d.countryCode) : null;
    if (entry === null) continue;
    const start = d.end + after![0].indexOf('capital');
    const end = start + 'capital'.length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    out.push({ start, end, text: text.slice(start, end), ...entryFields(gaz, entry), confidence: 0.9, qualifier: null, reason: `${text.slice(d.start, end)}: the capital of ${d.name}` });
  }
  return out;
}

/**
 * The town a site is named after ("Garissa" of "Garissa University College"): an exact name match,
 * a populated place of the given country that is a seat or has 10,000 people (a hamlet that shares a
 * word with an institution's name is no evidence), the most populous of them.
 */
function townByName(text: string, gaz: Gazetteer): TownByName {
  return (name, countryCode, span) => {
    let best: number | null = null;
    for (const { entry: e, fuzzy } of gaz.lookup(name, false)) {
      // The town's own name, not an alternate one ("Vanderbilt University" is no other name of Erwin).
      if (fuzzy || gaz.level(e) !== 'place' || gaz.countryCode(e) !== countryCode || fold(gaz.name(e)) !== fold(name)) continue;
      if (gaz.population(e) < 10_000 && !/^PPL(?:A\d?|C)$/.test(gaz.featureCode(e))) continue;
      if (best === null || gaz.population(e) > gaz.population(best)) best = e;
    }
    if (best === null) return null;
    return {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      ...entryFields(gaz, best),
      confidence: 0.5,
      qualifier: null,
      reason: 'the town a site is named after',
    };
  };
}

