// Chooses one gazetteer entry per toponym, as strong geoparsers do: prominence (feature code,
// population, number of alternate names), type words ("Homs Province" -> the province), explicit
// parents ("X, Idlib"; "X in eastern Homs"), the document's country focus, nearness to the other
// places of the document, and a configurable region prior. Every mention is scored on its own, so
// one unresolvable name never spoils the others.
import type { MentionContext } from './context.js';
import type { Gazetteer, NameMatch } from './gazetteer.js';
import { KIND } from './store.js';
import { spellingKey } from './fold.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
  matches: NameMatch[];
  fuzzy: boolean;
  demonym: boolean;
  weak: boolean;
  ctx: MentionContext;
  /** Index of the mention that is this one's explicit parent, if any. */
  parent: number | null;
  /** The parent is a point of reference ("26 km west of Raqqa"): a town, not a container. */
  parentByDistance?: boolean;
  /** Inside a longer name ("Pakistan Army"): weak evidence of where the report is. */
  embedded?: boolean;
  /** A given span resolved by a name inside it ("Buckland Elementary"): weak evidence too. */
  partOfName?: boolean;
  /** Resolved by the country, region or province its name opens with ("European Investment Bank"). */
  namedAfter?: boolean;
}

export interface Scored {
  entry: number;
  score: number;
  why: string[];
}


export interface Resolution {
  winner: number | null;
  confidence: number;
  candidates: Scored[];
  reason: string;
  /** Whether anything beyond prominence supports the winner (focus, parent, nearness, cue). */
  supported: boolean;
}

export interface ResolveOptions {
  /** ISO2 codes favoured a priori (SITREP_GEO_PRIOR="SY,IQ"). */
  prior: ReadonlySet<string>;
  /** The spans were given as toponyms (a researcher's recogniser): a loose match is still a place. */
  given?: boolean;
}

const MAX_CANDIDATES = 80;
/** Within this of a place (or country point) the text points to, a town abroad is a neighbour's, not a stray. */
const NEIGHBOUR_KM = 1000;
const WORLD_CITY_POP = 2_000_000;
/** Below this population a town matched only by one of its alternate names is weak evidence of where a text is. */
const WEAK_ALTERNATE_POP = 10_000;

/** The resolver's weights (set once from the tune split of the dev sets; see the report). */
const env = (k: string, d: number) => (process.env[`SITREP_GEO_${k}`] ? Number(process.env[`SITREP_GEO_${k}`]) : d);
const TUNING = {
  country: env('COUNTRY', 20),
  region: env('REGION', 20),
  focus: env('FOCUS', 8),
  altPenalty: env('ALTPEN', 3),
  altContext: env('ALTCTX', 0.5),
  worldCity: env('WORLDCITY', 2),
  cue: env('CUE', 1.5),
  sentence: env('SENTENCE', 4),
};

/** The end of a sentence: a stop, then a capital or an opening quote; not an abbreviation's stop ("11 a.m. New York"). */
const SENTENCE_END = /(?<!\b(?:[A-Za-z]\.[A-Za-z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Mt|Ft))[.!?]["'”’)]?\s+(?=["“‘(]?[A-Z])/g;

/** Each mention's sentence number in the text. */
function sentenceIndexes(text: string, mentions: Mention[]): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index!);
  let k = 0;
  return mentions.map((m) => {
    // Mentions come in text order; a fresh scan only when they do not.
    if (k > 0 && ends[k - 1]! >= m.start) k = 0;
    while (k < ends.length && ends[k]! < m.start) k++;
    return k;
  });
}

/**
 * Words that tell which country a text is written in or for, whatever places it names: clock
 * times in its time zones ("7 a.m. CT") and its currency ("£30", "₹500", "A$20"). Plain "$" and
 * "US$" are no cue: many countries write the one, and the world's press prices aid in the other.
 */
const COUNTRY_CUES: { cc: string; what: string; re: RegExp }[] = [
  { cc: 'US', what: 'clock times', re: /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\s+(?:ET|CT|MT|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/ },
  // Not "E£", "L£", "S£": Egypt's, Lebanon's and Syria's pounds.
  { cc: 'GB', what: 'prices', re: /(?<![A-Za-z])£\s?\d/ },
  { cc: 'GB', what: 'clock times', re: /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:GMT|BST)\b/ },
  { cc: 'AU', what: 'prices', re: /\b(?:A|AU)\$\s?\d/ },
  { cc: 'AU', what: 'clock times', re: /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:AEST|AEDT|ACST|ACDT|AWST)\b/ },
  { cc: 'CA', what: 'prices', re: /\bC\$\s?\d/ },
  // Only the rupee sign: "Rs", "lakh" and "crore" are Pakistan's, Nepal's and Sri Lanka's words too.
  { cc: 'IN', what: 'prices', re: /₹\s?\d/ },
  { cc: 'NZ', what: 'prices', re: /\bNZ\$\s?\d/ },
];

/** The countries whose time zones or currency a text uses (one cue each is enough). */
function countryCues(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of COUNTRY_CUES) if (!out.has(c.cc) && c.re.test(text)) out.set(c.cc, c.what);
  // Two countries' cues ("£30 ... US$40") say nothing about either.
  return out.size === 1 ? out : new Map();
}

const prominenceCache = new WeakMap<Gazetteer, Map<number, { score: number; why: string }>>();

/** How prominent an entry is on its own (memoised per gazetteer). */
export function prominence(gaz: Gazetteer, e: number): { score: number; why: string } {
  let cache = prominenceCache.get(gaz);
  if (!cache) prominenceCache.set(gaz, (cache = new Map()));
  let p = cache.get(e);
  if (!p) {
    if (cache.size > 200000) cache.clear();
    p = computeProminence(gaz, e);
    cache.set(e, p);
  }
  return p;
}

/** What a reader assumes without context: feature code, population, how many names it has. */
function computeProminence(gaz: Gazetteer, e: number): { score: number; why: string } {
  const level = gaz.level(e);
  const fc = gaz.featureCode(e);
  let base: number;
  // A country's name means the country ("Mexico" is not Mexico City): countries outrank all.
  if (level === 'country') base = TUNING.country + Math.log10(gaz.population(e) + 1) * 0.5;
  else if (level === 'admin1') base = 7;
  else if (level === 'region') base = TUNING.region;
  else if (level === 'admin2') base = 3.5;
  else if (fc === 'PPLC') base = 7;
  else if (fc === 'PPLA') base = 4.5;
  else if (fc === 'PPLA2') base = 3;
  else if (fc === 'PPLA3' || fc === 'PPLA4') base = 1.5;
  else if (fc.startsWith('PPL')) base = 1;
  else base = 2; // supplement/user sites: airports, bases, dams, crossings
  const pop = level === 'country' ? 0 : gaz.population(e);
  const alts = gaz.altCount(e);
  let score = base + Math.log10(pop + 1) * 0.9 + Math.log10(alts + 1) * 1.3;
  const src = gaz.source(e);
  // Our supplement lists places conflict reporting names: as prominent as a mid-size town.
  if (src.startsWith('supplement') && level === 'place') score += 5;
  if (src.startsWith('user')) score += 2;
  // A capital of millions is known worldwide: news names it bare, whatever country the story is in
  // ("London-based" in an American story is not London, Ohio).
  if (level === 'place' && (fc === 'PPLC' || fc === 'PPLA') && pop >= WORLD_CITY_POP) score += TUNING.worldCity;
  return { score, why: `${level === 'place' ? fc || 'place' : level}${pop ? ` pop ${pop}${level === 'admin1' || level === 'admin2' ? ' (listed places)' : ''}` : ''}${alts ? ` ${alts} names` : ''}` };
}

function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dlat = (lat2 - lat1) * r;
  const dlon = (lon2 - lon1) * r;
  const a = Math.sin(dlat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dlon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}
export { haversineKm };

/** A city of this many people is known by the short forms of its name ("New York"). */
const METROPOLIS = 1_000_000;

function candidatesOf(gaz: Gazetteer, m: Mention): { entry: number; kind: number; fuzzy: boolean; base: number; baseWhy: string; mainCity?: boolean; dominant?: boolean }[] {
  const best = new Map<number, NameMatch>();
  for (const x of m.matches) {
    const cur = best.get(x.entry);
    if (!cur || x.kind < cur.kind) best.set(x.entry, x);
  }
  const out = [...best.values()].map((x) => {
    const p = prominence(gaz, x.entry);
    let base = p.score;
    if (x.kind === KIND.primary) base += 1;
    // A place known by this name only as one of its many alternates ("Victoria" for Hong Kong).
    else if (x.kind === KIND.alternate && gaz.level(x.entry) === 'place') base -= TUNING.altPenalty;
    if (x.fuzzy) base -= 2;
    return { entry: x.entry, kind: x.kind, fuzzy: x.fuzzy, base, baseWhy: p.why, mainCity: false, dominant: false };
  });
  // A province named after its seat ("Aleppo", "Homs"): the bare name means the city.
  for (const c of out) {
    const lv = gaz.level(c.entry);
    if (lv !== 'admin1' && lv !== 'admin2') continue;
    const seat = lv === 'admin1' ? gaz.admin1Seat(gaz.admin1Code(c.entry)) : null;
    const code = lv === 'admin1' ? gaz.admin1Code(c.entry) : gaz.admin2Code(c.entry);
    // Places in cities500 often lack the second-level code: for a district, its province will do.
    const codeOf = (e: number) => (lv === 'admin1' ? gaz.admin1Code(e) : gaz.admin2Code(e) || `${gaz.admin1Code(e)}.`);
    const inside = (e: number) => codeOf(e) === code || (lv === 'admin2' && code.startsWith(codeOf(e)));
    // Its seat, or a city inside it that is a seat or holds a quarter of its people ("New York",
    // "Maarrat al-Nu'man" the town rather than its district).
    const city =
      (seat !== null ? out.find((o) => o.entry === seat) : undefined) ??
      out.find((o) => gaz.level(o.entry) === 'place' && inside(o.entry) && (/^PPL(?:A|A2|C)$/.test(gaz.featureCode(o.entry)) || gaz.population(o.entry) >= 0.25 * gaz.population(c.entry)));
    // Its seat or capital (not any district town that shares the name): in a list of cities it takes
    // as much from context as the province does (see listedWithCities).
    if (city && (city.entry === seat || /^PPL(?:A|C)$/.test(gaz.featureCode(city.entry)))) city.mainCity = true;
    // A metropolis ("New York") is its province's name's first sense even as an alternate name.
    if (city && gaz.population(city.entry) >= METROPOLIS && gaz.population(city.entry) >= 0.25 * gaz.population(c.entry)) city.dominant = true;
    if (city && c.base > city.base - 1) {
      c.base = city.base - 1;
      c.baseWhy += '; its main city has the name, and the bare name means the city';
    }
  }
  out.sort((a, b) => b.base - a.base || a.entry - b.entry);
  return out.slice(0, MAX_CANDIDATES);
}

export function resolveMentions(text: string, mentions: Mention[], gaz: Gazetteer, opts: ResolveOptions): Resolution[] {
  // The same name repeated in a report has the same candidates.
  const memo = new Map<NameMatch[], ReturnType<typeof candidatesOf>>();
  const cands = mentions.map((m) => {
    let c = memo.get(m.matches);
    if (!c) memo.set(m.matches, (c = candidatesOf(gaz, m)));
    return c;
  });

  const cues = countryCues(text);
  // Type words and parents do not depend on the other resolutions.
  const fixed = mentions.map((m, i) =>
    cands[i]!.map((c) => {
      let s = c.base;
      const why = [c.baseWhy];
      const level = gaz.level(c.entry);
      if (m.ctx.typeHint === 'division') {
        if (level === 'admin1' || level === 'admin2') (s += 10), why.push('type word: division');
        else if (level === 'place') s -= 2;
      } else if (m.ctx.typeHint === 'region') {
        if (level === 'admin1') (s += 10), why.push('type word: region');
        else if (level === 'place') s -= 2;
      } else if (m.ctx.typeHint === 'part') {
        // A province named after its seat: the part of the province, unless the seat is a metropolis.
        // ("northern Mexico" is the country's north, not the State of Mexico's.)
        const seatNamed = cands[i]!.some((o) => o.mainCity) && !cands[i]!.some((o) => o.dominant || gaz.level(o.entry) === 'country');
        if (level === 'admin1' && seatNamed) (s += 10), why.push('a part of an area: the province');
      } else if (m.ctx.typeHint === 'container') {
        // (Not over a country: "villages in Mexico" are the country's.)
        if ((level === 'admin1' || level === 'admin2') && !cands[i]!.some((o) => gaz.level(o.entry) === 'country')) (s += 10), why.push('type word: villages lie in a division');
      } else if (m.ctx.typeHint === 'site') {
        if (level === 'place') (s += 1), why.push('type word: a site in a town');
      } else if (m.ctx.typeHint === 'settlement') {
        if (level === 'place') (s += 3), why.push('type word: settlement');
        else if (level !== 'country') s -= 6;
      }
      if (m.ctx.qualifier?.kind === 'countryside' && level === 'place') (s += 1), why.push('countryside of a town');
      if (opts.prior.has(gaz.countryCode(c.entry))) (s += 3), why.push('region prior');
      const cue = cues.get(gaz.countryCode(c.entry));
      if (cue && level !== 'country' && level !== 'region') (s += TUNING.cue), why.push(`the text's ${cue} are ${gaz.countryCode(c.entry)}'s`);
      return { entry: c.entry, s, why, fuzzy: c.fuzzy, kind: c.kind, mainCity: c.mainCity, dominant: c.dominant };
    }),
  );
  // Explicit parents: "X, Y" / "X in Y": X's candidates inside one of Y's, and Y's that contain X's.
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i]!.parent;
    if (p === null) continue;
    const parentCands = fixed[p]!.slice(0, 15);
    // By codes first; by nearness only when no candidate is inside by code.
    const byCode = fixed[i]!.slice(0, 15).some((c) => parentCands.some((pc) => gaz.contains(pc.entry, c.entry)));
    const inside = (outer: number, inner: number) => gaz.contains(outer, inner) || (!byCode && insideDistrict(gaz, outer, inner));
    for (const c of fixed[i]!) {
      const container = parentCands.find((pc) => inside(pc.entry, c.entry));
      if (container) (c.s += 9), c.why.push(`inside ${gaz.name(container.entry)} (${gaz.level(container.entry)}), named as its parent`);
    }
    if (mentions[i]!.parentByDistance) continue;
    for (const pc of parentCands) {
      if (fixed[i]!.slice(0, 15).some((c) => inside(pc.entry, c.entry))) (pc.s += 3), pc.why.push(`contains ${mentions[i]!.text}`);
    }
  }

  // Pass 1: winners without document context, to find the document's focus.
  const first = fixed.map((cs) => best(cs));
  // A name matched only by its spelling's likeness, or only as an alternate name of a small town
  // ("Jamison" for a hamlet spelt Jemison), is no sure town: it places no other name nearby.
  const weakMatch = (w: { entry: number; kind: number; fuzzy: boolean }) =>
    w.fuzzy || (w.kind === KIND.alternate && gaz.level(w.entry) === 'place' && gaz.population(w.entry) < WEAK_ALTERNATE_POP && !/^(?:supplement|user)/.test(gaz.source(w.entry)));
  const inCityList = listedWithCities(text, mentions, first, fixed, gaz);
  const focus = new Map<string, number>();
  let total = 0;
  const votesByName = new Map<string, { total: number; byCountry: Map<string, number> }>();
  mentions.forEach((m, i) => {
    const w = first[i];
    if (!w) return;
    const level = gaz.level(w.entry);
    const margin = marginOf(fixed[i]!);
    const weak = m.embedded || m.partOfName;
    const weight = level === 'country' ? (m.demonym || weak ? 1 : 2) : level === 'region' ? 0 : weak ? 0.5 : margin > 2 ? 1.5 : 0.5;
    if (!weight) return;
    const cc = gaz.countryCode(w.entry);
    focus.set(cc, (focus.get(cc) ?? 0) + weight);
    total += weight;
    // Votes by name: a name told five times is one piece of evidence, never evidence for itself.
    const key = nameKey(m);
    let v = votesByName.get(key);
    if (!v) votesByName.set(key, (v = { total: 0, byCountry: new Map() }));
    v.total += weight;
    v.byCountry.set(cc, (v.byCountry.get(cc) ?? 0) + weight);
  });
  // First-level divisions named or implied by confident places: "Orange County" in a Californian story.
  // A division named outright counts double: "Virginia" says more than a town that happens to be there.
  const regionVotes = new Map<string, number>();
  const regionVotesByName = new Map<string, number>();
  const regionVotesOfName = new Map<string, number>();
  let regionTotal = 0;
  mentions.forEach((m, i) => {
    const w = first[i];
    if (!w || m.demonym || m.embedded || m.partOfName || weakMatch(w)) return;
    const level = gaz.level(w.entry);
    const a1 = gaz.admin1Code(w.entry);
    if (a1 && (level === 'admin1' || marginOf(fixed[i]!) > 2)) {
      const vote = level === 'admin1' ? 2 : 1;
      regionVotes.set(a1, (regionVotes.get(a1) ?? 0) + vote);
      regionTotal += vote;
      const key = `${nameKey(m)}\u0000${a1}`;
      regionVotesByName.set(key, (regionVotesByName.get(key) ?? 0) + vote);
      regionVotesOfName.set(nameKey(m), (regionVotesOfName.get(nameKey(m)) ?? 0) + vote);
    }
  });
  // Points of confidently resolved places, for nearness.
  // One anchor per distinct entry (a place named ten times is one point), remembering its mentions.
  const anchorByEntry = new Map<number, { mentions: Set<number>; lat: number; lon: number }>();
  // Every entry a mention resolved to with a clear margin, at any level, with the mentions that did.
  const surelyNamed = new Map<number, number[]>();
  first.forEach((w, i) => {
    if (!w || marginOf(fixed[i]!) <= 1.5 || mentions[i]!.embedded || mentions[i]!.partOfName || weakMatch(w)) return;
    const list = surelyNamed.get(w.entry);
    if (list) list.push(i);
    else surelyNamed.set(w.entry, [i]);
    const level = gaz.level(w.entry);
    if (level !== 'place' && level !== 'admin2') return;
    const a = anchorByEntry.get(w.entry);
    if (a) a.mentions.add(i);
    else anchorByEntry.set(w.entry, { mentions: new Set([i]), lat: gaz.lat(w.entry), lon: gaz.lon(w.entry) });
  });
  const anchors = [...anchorByEntry.values()];
  // Which sentence each mention is in: a place named in the same sentence is closer evidence than
  // one named three paragraphs away ("Atlanta ... Georgia" is the state, "Tbilisi ... Georgia" the country).
  const sentenceOf = sentenceIndexes(text, mentions);
  // Lower-cased once: the loops below compare names per candidate and anchor.
  const keys = mentions.map(nameKey);


  const results: Resolution[] = mentions.map((m, i) => {
    const myName = keys[i]!;
    // An anchor made only of mentions of this same name is not independent evidence.
    const independentAnchors = anchors.filter((a) => {
      for (const j of a.mentions) if (keys[j] !== myName) return true;
      return false;
    });
    // Context can add at most ~13 points: candidates further behind cannot win and are not rescored.
    const top = Math.max(...fixed[i]!.map((c) => c.s), -Infinity);
    const countryByName = cands[i]!.some((c) => gaz.level(c.entry) === 'country' && c.kind === KIND.primary);
    // The share of the focus that the other mentions give a country (a mention's own vote excluded).
    // The votes of every mention with this name (this one included) are not evidence for it.
    const same = votesByName.get(myName);
    const sameTotal = same?.total ?? 0;
    const otherShare = (cc: string) => {
      const own = same?.byCountry.get(cc) ?? 0;
      return total - sameTotal > 0 ? Math.max(0, (focus.get(cc) ?? 0) - own) / (total - sameTotal) : 0;
    };
    const near = fixed[i]!.filter((c) => c.s >= top - 14).sort((a, b) => b.s - a.s);
    const sentenceAnchors: { entry: number }[] = [];
    for (const [entry, a] of anchorByEntry) for (const j of a.mentions) if (keys[j] !== myName && sentenceOf[j] === sentenceOf[i]) { sentenceAnchors.push({ entry }); break; }
    // The most prominent twenty, and also any namesake in a country or province the other places
    // point to: "Newport" among Tipperary towns is the Irish village, however many Newports outrank it.
    const contenders = near.filter((c, k) => k < 20 || (k < 200 && (otherShare(gaz.countryCode(c.entry)) > 0 || regionVotes.has(gaz.admin1Code(c.entry)))));
    const scored: Scored[] = contenders.map((c) => {
      let s = c.s;
      const why = [...c.why];
      const cc = gaz.countryCode(c.entry);
      const share = total ? (focus.get(cc) ?? 0) / total : 0;
      const own = same?.byCountry.get(cc) ?? 0;
      const others = otherShare(cc);
      // A country's own name beats context for namesakes known by it only as an alternate.
      const contextual = !(countryByName && c.kind === KIND.alternate && gaz.level(c.entry) !== 'country');
      // Context counts less for a place that has this name only as one of its alternates.
      // A city that holds a quarter of its province's people under the province's name ("New York")
      // is the name's first sense: full weight, as for a seat in a list of cities.
      const weight = c.kind === KIND.alternate && gaz.level(c.entry) === 'place' && !(c.dominant || (c.mainCity && inCityList[i])) ? TUNING.altContext : 1;
      if (contextual && others > 0 && gaz.level(c.entry) !== 'country') (s += TUNING.focus * others * weight), why.push(`country focus ${cc} ${(others * 100).toFixed(0)}%`);
      void share;
      // "Georgia" after Atlanta and Savannah: a country that no other place in the text points to,
      // named like a state or province of the country the text is about, is that state.
      if (contextual && gaz.level(c.entry) === 'country' && others === 0 && total - own >= 2 && contenders.some((o) => o.kind === KIND.primary && gaz.level(o.entry) === 'admin1' && gaz.countryCode(o.entry) !== cc && otherShare(gaz.countryCode(o.entry)) >= 0.5))
        (s -= TUNING.focus), why.push('no other place named is in this country');
      const a1 = gaz.admin1Code(c.entry);
      // Votes from mentions of this same name do not count (they are this mention's own echo).
      const a1Votes = a1 ? (regionVotes.get(a1) ?? 0) - (regionVotesByName.get(`${myName}\u0000${a1}`) ?? 0) : 0;
      // Scaled by the division's share of all such votes: two stray towns in Alabama do not weigh
      // like Virginia named twice and three of its towns.
      const a1Others = regionTotal - (regionVotesOfName.get(myName) ?? 0);
      if (a1Votes > 0) (s += 1.5 + 2.5 * (a1Votes / Math.max(a1Votes, a1Others))), why.push(gaz.level(c.entry) === 'admin1' ? 'places in it named elsewhere in the text' : `in ${gaz.admin1Name(c.entry) ?? a1}, named elsewhere in the text`);
      // "the Republic of Congo ... the government of Congo": the very place the text named by another name.
      const namedOtherwise = surelyNamed.get(c.entry)?.some((j) => keys[j] !== myName);
      if (contextual && namedOtherwise) (s += TUNING.sentence), why.push('named by another name elsewhere in the text');
      const lat = gaz.lat(c.entry);
      const lon = gaz.lon(c.entry);
      let nearest = Infinity;
      for (const a of independentAnchors) nearest = Math.min(nearest, haversineKm(lat, lon, a.lat, a.lon));
      if (!contextual) nearest = Infinity;
      // A division that holds a sure town named in this same sentence, where the other readings hold none.
      if (contextual && (gaz.level(c.entry) === 'admin1' || gaz.level(c.entry) === 'country')) {
        // (A city named after its division, "New York City" in New York, is the name's echo, no evidence.)
        const name = gaz.name(c.entry).toLowerCase();
        const held = sentenceAnchors.find((a) => gaz.contains(c.entry, a.entry) && !gaz.name(a.entry).toLowerCase().includes(name));
        // (Not when another reading holds it too, or is a city it lies in: Brooklyn is in New York City as much as in the state.)
        const alsoHeld = (o: { entry: number }) => gaz.contains(o.entry, held!.entry) || (gaz.level(o.entry) === 'place' && haversineKm(gaz.lat(o.entry), gaz.lon(o.entry), gaz.lat(held!.entry), gaz.lon(held!.entry)) <= 40);
        if (held && !contenders.some((o) => o.entry !== c.entry && alsoHeld(o))) (s += TUNING.sentence), why.push(`holds ${gaz.name(held.entry)}, named in the same sentence`);
      }
      if (nearest <= 40) (s += 3 * weight), why.push(`${Math.round(nearest)} km from another place named`);
      else if (nearest <= 150) (s += 2 * weight), why.push(`${Math.round(nearest)} km from another place named`);
      else if (nearest <= 400) (s += 0.8 * weight), why.push(`${Math.round(nearest)} km from another place named`);
      return { entry: c.entry, score: Math.round(s * 100) / 100, why };
    });
    scored.sort((a, b) => b.score - a.score || a.entry - b.entry);
    const w = scored[0];
    if (!w) return { winner: null, confidence: 0, candidates: [], reason: 'no gazetteer entry has this name', supported: false };
    const margin = scored.length > 1 ? w.score - scored[1]!.score : 6;
    let confidence = Math.min(0.99, 0.4 + margin * 0.08 + (scored.length === 1 ? 0.2 : 0));
    if (m.fuzzy) confidence *= 0.8;
    const supported = w.why.some((r) => /focus|parent|km from|type word|prior/.test(r)) || m.ctx.cued;
    // "Al-Aqsa" spelt like Axat (France), "Boni" an alternate name of Watampone (Indonesia), in a text
    // about Israel or Mali: a match by likeness or by an alternate name only, in a country nothing
    // else in the text points to while it plainly points elsewhere, is no place. Unresolved says so.
    const cc = gaz.countryCode(w.entry);
    const matchedBy = contenders.find((c) => c.entry === w.entry);
    // A city of millions known by a short form of its name ("New York") is no loose match.
    const looseMatch = m.fuzzy || (matchedBy?.kind === KIND.alternate && gaz.level(w.entry) === 'place' && gaz.population(w.entry) < METROPOLIS);
    // (A cue such as "the X compound" says a place is named, not which: it supports nothing here.)
    // A neighbour's town near what the text points to ("Tal Abiad on the Turkish border") stays.
    const farFromFocus = () => {
      const [lat, lon] = [gaz.lat(w.entry), gaz.lon(w.entry)];
      return !first.some((f, j) => !!f && keys[j] !== myName && gaz.countryCode(f.entry) !== cc && haversineKm(lat, lon, gaz.lat(f.entry), gaz.lon(f.entry)) <= NEIGHBOUR_KM);
    };
    // (A type word says a village is named, not that a village spelt only like it abroad is the one.)
    const support = m.fuzzy ? /focus|parent|km from|prior/ : /focus|parent|km from|type word|prior/;
    if (!opts.given && looseMatch && !w.why.some((r) => support.test(r)) && otherShare(cc) === 0 && [...focus.keys()].some((o) => o !== cc && otherShare(o) >= 0.5) && farFromFocus()) {
      return { winner: null, confidence: 0, candidates: scored.slice(0, 8), reason: `only ${m.fuzzy ? 'spelt like' : 'an alternate name of'} ${describe(gaz, w.entry)}, in a country nothing else in the text points to`, supported: false };
    }
    const reason = `${w.why.join('; ')}${scored.length > 1 ? `; ahead of ${describe(gaz, scored[1]!.entry)} by ${margin.toFixed(1)}` : '; only candidate'}${m.fuzzy ? '; spelling matched by transliteration' : ''}`;
    return { winner: w.entry, confidence: Math.round(confidence * 100) / 100, candidates: scored.slice(0, 8), reason, supported };
  });
  /**
   * "Virginia Gateway", "Colorado State University": a site named after a state or province is in
   * one of its towns, not at the middle of it. The town the text names in it nearest before the
   * site (else after it) is the best point; else the division's seat, where its institutions are.
   */
  const siteTownIn = (division: number, at: number): { entry: number; why: string } | null => {
    const code = gaz.admin1Code(division);
    if (!code) return null;
    let before: number | null = null;
    let after: number | null = null;
    results.forEach((r, j) => {
      const o = mentions[j]!;
      if (r.winner === null || j === at || o.partOfName || o.embedded || o.demonym || o.fuzzy || r.confidence < 0.5) return;
      if (gaz.level(r.winner) !== 'place' || gaz.admin1Code(r.winner) !== code) return;
      if (o.end <= mentions[at]!.start) before = r.winner;
      else if (after === null && o.start >= mentions[at]!.end) after = r.winner;
    });
    const town: number | null = before ?? after;
    if (town !== null) return { entry: town, why: 'the nearest town the text names in it' };
    const seat = gaz.admin1Seat(code);
    return seat !== null && seat !== division ? { entry: seat, why: 'its seat' } : null;
  };
  return results.map((r, i) => {
    if (!mentions[i]!.partOfName || r.winner === null || gaz.level(r.winner) !== 'admin1') return r;
    const site = siteTownIn(r.winner, i);
    if (!site) return r;
    return { ...r, winner: site.entry, confidence: 0.3, supported: true, reason: `${r.reason}; a site named after ${gaz.name(r.winner)} lies in a town of it: taken to be in or near ${gaz.name(site.entry)}, ${site.why} (approximate)` };
  });
}

/** How far from a district's point a town lacking the district's code may lie and still be taken to be in it. */
const DISTRICT_RADIUS_KM = 60;

/**
 * A town named with a district its codes do not put it in: the text names the district it lay in
 * before a split, or cities500 gives the town no district or one the district list lacks ("Del
 * Monte, Rizal"). When no candidate is inside the district by
 * code, a town in the district's province and near its point is taken to be inside it.
 */
function insideDistrict(gaz: Gazetteer, outer: number, inner: number): boolean {
  if (gaz.level(outer) !== 'admin2' || gaz.level(inner) !== 'place') return false;
  const a1 = gaz.admin1Code(outer);
  if (!a1 || gaz.admin1Code(inner) !== a1) return false;
  return haversineKm(gaz.lat(outer), gaz.lon(outer), gaz.lat(inner), gaz.lon(inner)) <= DISTRICT_RADIUS_KM;
}

/** Between two items of a list: a comma, "and", "or", or only a space where scraping lost the comma. */
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s)$/;

/**
 * Mentions in a list ("Raqqa and Aleppo", "in Deir Ezzor Aleppo") that holds a name which can only
 * be a city: the list names cities, so a province named after its seat is read as the seat there.
 * Elsewhere the province reading may stand; "Raqqa province", "the province of X" always keep it.
 */
function listedWithCities(text: string, mentions: Mention[], first: ({ entry: number; kind: number } | undefined)[], fixed: { entry: number }[][], gaz: Gazetteer): boolean[] {
  const out = mentions.map(() => false);
  // A sure city: its first-pass winner is a town and no province shares its name.
  const sureCity = (i: number) => {
    const w = first[i];
    return !!w && gaz.level(w.entry) === 'place' && !mentions[i]!.demonym && !mentions[i]!.embedded && (w.kind === KIND.primary || !fixed[i]!.some((c) => gaz.level(c.entry) === 'admin1'));
  };
  let from = 0;
  for (let i = 1; i <= mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i];
    const joined = !!b && a.end <= b.start && b.parent !== i - 1 && a.parent !== i && LIST_GAP.test(text.slice(a.end, b.start));
    if (joined) continue;
    // Mentions from..i-1 form one list.
    if (i - from >= 2) {
      let sure = false;
      for (let k = from; k < i; k++) if (sureCity(k)) sure = true;
      if (sure) for (let k = from; k < i; k++) out[k] = true;
    }
    from = i;
  }
  return out;
}

/** A mention's name, one key for all its spellings: a name never vouches for itself. */
function nameKey(m: Mention): string {
  return spellingKey(m.text);
}


function best<T extends { s: number; entry: number }>(cs: T[]): T | undefined {
  let b: T | undefined;
  for (const c of cs) if (!b || c.s > b.s) b = c;
  return b;
}

function marginOf(cs: { s: number }[]): number {
  if (cs.length < 2) return 6;
  const sorted = cs.map((c) => c.s).sort((a, b) => b - a);
  return sorted[0]! - sorted[1]!;
}

export function describe(gaz: Gazetteer, e: number): string {
  const a1 = gaz.admin1Name(e);
  const cc = gaz.countryCode(e);
  return `${gaz.name(e)}${a1 && gaz.level(e) !== 'admin1' ? `, ${a1}` : ''}${cc && gaz.level(e) !== 'country' ? `, ${cc}` : ''}`;
}
