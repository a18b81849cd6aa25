// Named sites no gazetteer of towns holds: hospitals, airports, stadiums, streets, housing estates,
// schools, mosques, squares ("Alder Hey Children's Hospital", "Jamsil Stadium", "Eglinton Avenue
// West", "Tahrir Square"). The head noun says the name is a site; where it lies is the town the text
// ties it to: the place named right after it in its sentence ("the Bambino Gesu Hospital in Rome"),
// else the one just before it ("Seoul's Jamsil Stadium"), else the town the text is about. The site
// keeps its own span but takes that town's name and point, so an event there is coded at the town,
// as ACLED does; a site placed only by the text's focus is marked as near it (geo_precision 2).
// A name with an organisation's word in it ("Aleppo Media Center", "Violations Documentation
// Center") is a body, not a site, and a title before the head ("President Park") a person.
import type { PlaceMention } from '../core/types.js';
import { anchorOf, atAnchor, focusTown } from './cued-unknown.js';
import { fold } from './fold.js';
import { TITLE_WORDS } from './words.js';

const HEADS = [
  'Hospital', 'Clinic', 'Infirmary', 'Airport', 'Airfield', 'Air Base', 'Airbase', 'Stadium', 'Arena',
  'Golf Club', 'Golf Course', 'Racecourse', 'Street', 'Avenue', 'Road', 'Drive', 'Boulevard', 'Lane',
  'Highway', 'Square', 'Bridge', 'Dam', 'Estate', 'Park', 'Mall', 'Market', 'Prison', 'Jail', 'Mosque',
  'Church', 'Cathedral', 'Basilica', 'Temple', 'Shrine', 'Palace', 'Museum', 'Theatre', 'Theater', 'Hall',
  'University', 'College', 'Institute', 'School', 'Academy', 'Centre', 'Center', 'Lagoon', 'Harbour',
  'Harbor', 'Station', 'Barracks', 'Hotel', 'Refugee Camp', 'Camp',
];

// One to five capitalised words or house numbers ("2700 North Fourth"), a possessive inside
// ("Children's"), then the head; a street may end in its direction ("Avenue West").
const WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|\d{1,5}(?:st|nd|rd|th)?)`;
const SITE = new RegExp(
  String.raw`(?<![\p{L}\d'’.-])((?:${WORD}\s+){1,5})(${HEADS.join('|').replace(/ /g, String.raw`\s+`)})(?:\s+(?:North|South|East|West))?(?![\p{L}\d'’-])`,
  'gu',
);

/** Words that make the name a body's, not a site's: "Media Center", "Research Institute", "Space Station". */
const BODY_WORDS = new Set(
  `media documentation research studies study rights policy information press news coordination
  operations command council ministry department commission foundation association society trust fund
  bank company group party front army forces brigade brigades committee union agency network space
  strategic observatory monitoring violations`.split(/\s+/),
);

/**
 * A church named by its denomination alone ("the Assyrian Christian Church", "the Catholic Church")
 * is the body; "St George's Orthodox Church" is a building.
 */
const DENOMINATIONS = new Set(
  `catholic orthodox christian evangelical anglican protestant coptic methodist baptist lutheran
  episcopal apostolic assyrian armenian chaldean syriac maronite melkite greek russian roman
  presbyterian pentecostal reformed ancient eastern holy`.split(/\s+/),
);

// Natural features ("the Guadalupe River", "Lake Tana", "the Gulf of Bothnia", "Mount Chaambi"): the
// gazetteer of towns holds few, and a river or lake is where the story's towns are, so it takes the
// town the text ties it to, always as near it (geo_precision 2): a river is no town's point.
const FEATURE_SUFFIXES = ['River', 'Lake', 'Valley', 'Delta'];
const FEATURE_PREFIXES = ['Lake', 'Mount', 'Mt.', 'Gulf of', 'Bay of'];
const FEATURE_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const FEATURE = new RegExp(
  String.raw`(?<![\p{L}\d'’.-])(?:((?:${FEATURE_WORD}\s+){1,3})(${FEATURE_SUFFIXES.join('|')})|(${FEATURE_PREFIXES.map((h) => h.replace('.', '\\.').replace(/ /g, String.raw`\s+`)).join('|')})\s+((?:${FEATURE_WORD})(?:\s+${FEATURE_WORD}){0,2}))(?![\p{L}\d'’-])`,
  'gu',
);

/** A head noun anywhere in the text: most reports name no site, and skip the scan. */
const HEAD_GATE = new RegExp(String.raw`\b(?:${HEADS.map((h) => h.split(' ').pop()).join('|')})\b`);

/** Sentence-initial and article words that are not part of the name. */
const LEADING = new Set(['the', 'a', 'an', 'at', 'in', 'on', 'near', 'from', 'to', 'by', 'of', 'and', 'for', 'with']);

/**
 * Heads of institutions that commonly carry their town's name ("Garissa University College", "Kabul
 * Airport", "Hama Central Prison"). Squares, streets, markets and parks are often named after people
 * or events ("Tahrir Square"), so they never take a town from their name.
 */
const TOWN_NAMED_HEADS = new Set(['University', 'College', 'Institute', 'Academy', 'Hospital', 'Stadium', 'Prison', 'Jail', 'Barracks', 'Airport', 'Airfield', 'Air Base', 'Airbase']);
/** Of those, the ones that usually lie outside their town: near it (geo_precision 2), not in it. */
const OUTSIDE_TOWN_HEADS = new Set(['Airport', 'Airfield', 'Air Base', 'Airbase', 'Barracks']);

/**
 * A town by the name a site opens with: the gazetteer's best town of that name in `country`, or
 * null. Supplied by the geoparser, which holds the gazetteer.
 */
export type TownByName = (name: string, countryCode: string, span: { start: number; end: number }) => PlaceMention | null;

/** Sites named in the text that no other mention covers, each at the town the text ties it to. */
export function namedSites(text: string, places: PlaceMention[], townByName?: TownByName): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (!HEAD_GATE.test(text)) return out;
  const overlaps = (s: number, e: number) => (p: PlaceMention) => p.start < e && s < p.end;
  let focus: PlaceMention | null | undefined;
  for (const m of text.matchAll(SITE)) {
    let words = m[1]!.trim().split(/\s+/);
    let start = m.index!;
    // "The Central Hospital" at a sentence's start: the article is not the name.
    while (words.length && LEADING.has(words[0]!.toLowerCase())) {
      start = text.indexOf(words[1] ?? m[2]!, start + words[0]!.length);
      words = words.slice(1);
    }
    // "Seoul's Jamsil Stadium": the owner is the site's town, not part of its name.
    while (words.length > 1 && /['’]s?$/.test(words[0]!)) {
      start = text.indexOf(words[1]!, start + words[0]!.length);
      words = words.slice(1);
    }
    if (!words.length) continue;
    const folded = words.map((w) => fold(w.replace(/['’]s$/, '')));
    if (folded.some((w) => BODY_WORDS.has(w) || TITLE_WORDS.has(w.replace(/\.$/, '')))) continue;
    if (m[2] === 'Church' && folded.every((w) => DENOMINATIONS.has(w))) continue;
    // A lone number before the head is a count or a year ("2019 Stadium"), not a name.
    if (words.every((w) => /^\d/.test(w))) continue;
    const end = m.index! + m[0].length;
    if (places.some(overlaps(start, end)) || out.some(overlaps(start, end))) continue;
    const beside = anchorOf(text, start, end, places);
    const around = beside ?? (focus === undefined ? (focus = focusTown(places)) : focus);
    if (!around) continue;
    const name = text.slice(start, end);
    // "Garissa University College" in a story datelined Nairobi: the town in the name, when the
    // gazetteer knows a town of that name in the country the text ties the site to.
    const head = m[2]!.replace(/\s+/g, ' ');
    const own = townByName && TOWN_NAMED_HEADS.has(head) && around.countryCode ? townInName(text, start, words, around.countryCode, townByName) : null;
    const namedAfter = own && own.name !== around.name ? own : null;
    const anchor = namedAfter ?? around;
    const tied = namedAfter ?? beside;
    const outside = own !== null && OUTSIDE_TOWN_HEADS.has(head);
    out.push({
      start,
      end,
      text: name,
      name: anchor.name,
      ...atAnchor(anchor),
      level: anchor.level,
      qualifier: tied && !outside ? null : { kind: 'near', span: { start: anchor.start, end: anchor.end } },
      reason: namedAfter
        ? `a site (${m[2]!.toLowerCase()}) the gazetteer does not hold, named after ${anchor.name}: taken to be ${outside ? 'near' : 'in'} it (approximate)`
        : tied
        ? `a site (${m[2]!.toLowerCase()}) the gazetteer does not hold: taken to be in ${anchor.name}, which the text names beside it (approximate)`
        : `a site (${m[2]!.toLowerCase()}) the gazetteer does not hold, with no place named beside it: taken to be in or near ${anchor.name}, the town the text is about (approximate)`,
    });
  }
  return out;
}

/** The town a site's name opens with: its first word, or first two ("Ras al-Ain Hospital"), else null. */
function townInName(text: string, start: number, words: string[], countryCode: string, townByName: TownByName): PlaceMention | null {
  for (const n of [2, 1]) {
    if (words.length < n) continue;
    const lead = words.slice(0, n).join(' ');
    if (/^\d/.test(lead)) continue;
    const last = words[n - 1]!;
    const end = text.indexOf(last, start + (n > 1 ? words[0]!.length : 0)) + last.length;
    const town = townByName(lead, countryCode, { start, end });
    if (town) return town;
  }
  return null;
}

const FEATURE_GATE = /\b(?:River|Lake|Valley|Delta|Mount|Mt\.|Gulf|Bay)\b/;

/**
 * Rivers, lakes, valleys, deltas, mountains and gulfs no other mention covers, near the town the text
 * ties them to. A place read inside the feature's name gives way to it when it is only embedded there
 * or lies in another country than a town named beside it ("Tana" of "Lake Tana" is no Antananarivo);
 * else it stands ("Swat" of "the Swat Valley"). `replaced` lists the mentions that gave way.
 */
export function namedFeatures(text: string, places: PlaceMention[]): { features: PlaceMention[]; replaced: Set<PlaceMention> } {
  const out: PlaceMention[] = [];
  const replaced = new Set<PlaceMention>();
  if (!FEATURE_GATE.test(text)) return { features: out, replaced };
  const overlaps = (s: number, e: number) => (p: PlaceMention) => p.start < e && s < p.end;
  let focus: PlaceMention | null | undefined;
  for (const m of text.matchAll(FEATURE)) {
    const suffixed = m[1] !== undefined;
    let words = (suffixed ? m[1]! : m[4]!).trim().split(/\s+/);
    let start = m.index!;
    if (suffixed) {
      while (words.length && LEADING.has(words[0]!.toLowerCase())) {
        start = text.indexOf(words[1] ?? m[2]!, start + words[0]!.length);
        words = words.slice(1);
      }
      while (words.length && /['’]s?$/.test(words[0]!)) {
        start = text.indexOf(words[1] ?? m[2]!, start + words[0]!.length);
        words = words.slice(1);
      }
      if (!words.length) continue;
    }
    const folded = words.map((w) => fold(w.replace(/['’]s$/, '')));
    if (folded.some((w) => BODY_WORDS.has(w) || TITLE_WORDS.has(w.replace(/\.$/, '')) || LEADING.has(w))) continue;
    const end = m.index! + m[0].length;
    const inner = places.filter(overlaps(start, end));
    if (out.some(overlaps(start, end)) || inner.some((p) => p.start < start || p.end > end || (p.start === start && p.end === end))) continue;
    const others = places.filter((p) => !inner.includes(p));
    const tied = anchorOf(text, start, end, others);
    // With no town beside it, the text's town only when one country clearly leads the text: a feature
    // in a story told across several countries ("Mount Abdul Aziz" in a report from Syria, Iraq and
    // Turkey) is left unplaced, not guessed.
    const anchor = tied ?? (focus === undefined ? (focus = focusTown(others, true)) : focus);
    if (!anchor) continue;
    // A place read inside the name stands unless it is only embedded there, or a town beside the
    // feature lies in another country than it ("Lake Tana" by Bahir Dar); with no town beside it,
    // "the Swat Valley" keeps Swat, and an embedded name in the text's country is left as it was.
    if (inner.some((p) => p.lat !== null && (tied ? p.role !== 'embedded' && p.countryCode === anchor.countryCode : p.role !== 'embedded' || p.countryCode === anchor.countryCode))) continue;
    for (const p of inner) replaced.add(p);
    const kind = (suffixed ? m[2]! : m[3]!).toLowerCase().replace(/\s+of$/, '').replace('mt.', 'mount');
    out.push({
      start,
      end,
      text: text.slice(start, end),
      name: anchor.name,
      ...atAnchor(anchor),
      level: anchor.level,
      qualifier: { kind: 'near', span: { start: anchor.start, end: anchor.end } },
      reason: `a natural feature (${kind}) the gazetteer does not hold: taken to be near ${anchor.name}, ${tied ? 'which the text names beside it' : 'the town the text is about'} (approximate)`,
    });
  }
  return { features: out, replaced };
}
