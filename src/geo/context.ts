// Words around a toponym that qualify it or tell what kind of place it is: "outskirts of X",
// "X countryside", "30 km from X", "the village of X", "X Province", "X, Idlib", "X in eastern Homs".
import type { PlaceMention, Span } from '../core/types.js';

// 'region': "X region" is a first-level division or a metropolitan area, rarely a county.
// 'site': "X airport" lies in a town or in a province, both named X.
// 'container': "a village in Sar-e Pul": what holds villages is a province or district, not its seat.
// 'part': "in southern Idlib", "across northern Hama": a part of an area, so the province of a name
// that is a province and its seat, unless the seat is a metropolis ("eastern Aleppo", "west Mosul":
// a half of the city).
export type TypeHint = 'division' | 'region' | 'settlement' | 'site' | 'part' | 'container' | null;

export interface MentionContext {
  qualifier: PlaceMention['qualifier'];
  typeHint: TypeHint;
  /** A place preposition or type word announces it ("in X", "village of X", "X Province"). */
  cued: boolean;
}

const DIRS = '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)';
const DIR_ADJ = '(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeastern|northwestern|southeastern|southwestern)';
const SETTLEMENT = '(?:village|town|city|hamlet|suburb|neighbou?rhood|district|quarter|camp|area|region|outskirts)';

const BEFORE_OUTSKIRTS = new RegExp(`\\b(?:outskirts|edges?|fringes|periphery|environs|suburbs)\\s+of\\s+(?:the\\s+)?(?:${SETTLEMENT}\\s+of\\s+)?$`, 'i');
const BEFORE_COUNTRYSIDE = new RegExp(`\\b(?:countryside|rural\\s+areas?|hinterland|province|governorate|desert)\\s+of\\s+(?:the\\s+)?$|\\brural\\s+(?:${DIR_ADJ}\\s+)?$`, 'i');
// ("near the northern Syrian town of al-Bab": the town's epithets may stand before its type word.)
const BEFORE_NEAR = new RegExp(`\\b(?:near|nearby|close\\s+to|around|outside(?:\\s+of)?|next\\s+to|(?:in\\s+the\\s+)?vicinity\\s+of|on\\s+the\\s+road\\s+to|road\\s+to|(?:road|highway|route|stretch|front\\s+line|frontline)\\s+between)\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+){0,3}?${SETTLEMENT}\\s+of\\s+)?$`, 'i');
const BEFORE_DISTANCE = /\b(?:\d+(?:[.,]\d+)?|a\s+few|several|some|few)\s*(?:-\s*)?(?:km|kms|kilometers|kilometres|miles|mi)\s+(?:\(\s*[\d.]+\s*\w+\s*\)\s+)?(?:(?:north|south|east|west)\w*\s+)?(?:from|of|outside|away\s+from)\s+(?:the\s+)?(?:\w+\s+of\s+)?$/i;
const BEFORE_DIRECTION = new RegExp(`\\b${DIRS}\\s+of\\s+(?:the\\s+)?(?:${SETTLEMENT}\\s+of\\s+)?$`, 'i');
// "in the government-held west of Aleppo city": the west of a place, read with "in the", is a part of
// it ("in the desert southeast of Homs" is not: there the direction says where the desert is).
const BEFORE_PART_DIRECTION = new RegExp(`\\b(?:in|across|throughout)\\s+the\\s+(?:(?:far|extreme|[\\w]+-(?:held|controlled|run))\\s+)?${DIRS}\\s+of\\s+(?:the\\s+)?(?:${SETTLEMENT}\\s+of\\s+)?$`, 'i');
// ("in southern Idlib", "across rural northern Hama", "in the far east of": not "the southern Idlib
// town of": there the name's type word follows.)
const BEFORE_DIR_ADJ = new RegExp(`\\b(?:in|across|throughout|of|from)\\s+(?:the\\s+)?(?:(?:far|rural|extreme)\\s+)?(?:${DIR_ADJ}|north|south|east|west)\\s+$`, 'i');
const AFTER_TYPE_WORD = new RegExp(`^(?:['’]s)?\\s+(?:${SETTLEMENT}|province|governorate|countryside|desert)\\b`, 'i');
const BEFORE_CONTAINER = new RegExp(`\\b(?:villages?|hamlets?|settlements?|localities|locality)\\s+(?:in|across|throughout)\\s+(?:the\\s+)?(?:(?:far\\s+)?${DIR_ADJ}\\s+)?$`, 'i');
// ("Aleppo northern countryside", "Hama's eastern countryside": the state press puts the direction between.)
const AFTER_COUNTRYSIDE = new RegExp(`^(?:['’]s)?\\s+(?:countryside|rural\\s+areas?|hinterland|desert|environs|suburbs|outskirts|periphery|surroundings|area|${DIR_ADJ}\\s+(?:countryside|rural\\s+areas?|desert|suburbs|outskirts))\\b`, 'i');
// (Not "the Mexico state of Hidalgo": there the type word is Hidalgo's.)
const AFTER_DIVISION = /^\s+(?:province|provinces|governorate|governorates|region|state|county|district|oblast|prefecture|municipality|department|territory|wilaya)\b(?!\s+of\b)/i;
const BEFORE_DIVISION = /\b(?:province|governorate|state|county|district|region|prefecture)\s+of\s+(?:the\s+)?$/i;
// "states such as California or Washington", "provinces like Sindh and Punjab": a list of divisions.
const BEFORE_DIVISION_LIST = /\b(?:states|provinces|governorates)\s+(?:such\s+as|like|including)\s+(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*(?:,\s*|\s+(?:or|and)\s+|,\s*(?:or|and)\s+))*$/;
// "towns such as Minamisoma and Futaba", "cities like Lagos or Kano": a list of settlements.
const BEFORE_SETTLEMENT_LIST = /\b(?:[Tt]owns|[Cc]ities|[Vv]illages|[Ss]ettlements|[Cc]ommunities|[Ss]uburbs|[Nn]eighbou?rhoods|[Dd]istricts|[Cc]apitals)\s+(?:such\s+as|like|including)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*(?:,\s*|\s+(?:or|and)\s+|,\s*(?:or|and)\s+))*$/;
// "the streets of Ferguson", "the skies over Kyiv", "the centre of Mosul": a part of a place.
const BEFORE_PART_OF_PLACE = /\b(?:streets|roads|alleys|squares|centre|center|heart|skies|skyline|shores|ruins|rubble|citizens)\s+(?:of|over)\s+(?:the\s+)?$/i;
// "the enclave of X", "the island of X", "the port of X": a type word that only a place takes.
const BEFORE_SETTLEMENT = /\b(?:village|town|city|hamlet|suburb|neighbou?rhood|quarter|camp|township|municipality|enclave|island|port|oasis)\s+of\s+(?:the\s+)?$|\b(?:village|town|city|hamlet|neighbou?rhood|district)\s+$/i;
const AFTER_SITE = /^\s+(?:airport|air\s?base|airbase|military\s+airport|dam|crossing|refinery|prison)\b/i;
const AFTER_SETTLEMENT = /^\s+(?:village|town|city|airport|air\s?base|airbase|military\s+airport|dam|crossing|camp|refinery|prison)\b/i;
// "Residents of Kukawa said", "the mayor of Irpin": people named by where they live.
export const BEFORE_DWELLERS = /\b(?:residents|inhabitants|villagers|townspeople|natives|locals|people|elders|youths|mayor|governor)\s+of\s+$/i;
const BEFORE_PREPOSITION = /\b(?:(?:control|hold|grip|capture|recapture|fall|siege|liberation|outskirts|edge|most|much|parts?|all|rest|half)\s+(?:of|on|over)|took|taken|taking|overran|overrun|regained|controls?|controlled|controlling|pounded|pounding|shelling|bombing|besieging|in|near|at|from|to|into|outside|around|across|toward|towards|via|through|throughout|within|inside|between|on|over|against|upon|entered|stormed|captured|seized|shelled|bombed|struck|hit|besieged|recaptured|retook|liberated|encircled|surrounded|bombarded|targeted|targeting|attacked|raided|reached|visited|held|left|fled|evacuated|returned)\s+(?:the\s+)?(?:\w{3,}['’]?s\s+)?(?:(?:\w+\s+)?(?:city|town|village)\s+of\s+)?$/i;

export function mentionContext(text: string, span: Span): MentionContext {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  const after = text.slice(span.end, Math.min(text.length, span.end + 40));
  let qualifier: PlaceMention['qualifier'] = null;
  const q = (kind: NonNullable<PlaceMention['qualifier']>['kind'], m: RegExpExecArray, side: 'before' | 'after') => {
    const s: Span = side === 'before' ? { start: span.start - before.length + m.index, end: span.start } : { start: span.end, end: span.end + m[0].length };
    // Trim whitespace from the qualifier's span.
    const raw = text.slice(s.start, s.end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    qualifier = { kind, span: { start: s.start + lead, end: s.end - trail } };
  };
  let m: RegExpExecArray | null;
  if ((m = BEFORE_OUTSKIRTS.exec(before))) q('outskirts', m, 'before');
  else if ((m = BEFORE_DISTANCE.exec(before))) q('distance', m, 'before');
  else if ((m = BEFORE_DIRECTION.exec(before)) && !BEFORE_PART_DIRECTION.test(before)) q('direction', m, 'before');
  else if ((m = BEFORE_COUNTRYSIDE.exec(before)) && !/\b(?:province|governorate)\s+of\s+(?:the\s+)?$/i.test(before)) q('countryside', m, 'before');
  else if ((m = BEFORE_NEAR.exec(before))) q('near', m, 'before');
  else if ((m = AFTER_COUNTRYSIDE.exec(after))) q(/outskirts|suburbs|periphery|environs|surroundings/i.test(m[0]) ? 'outskirts' : 'countryside', m, 'after');

  let typeHint: TypeHint = null;
  const division = AFTER_DIVISION.exec(after);
  if (division || BEFORE_DIVISION.test(before) || BEFORE_DIVISION_LIST.test(before)) typeHint = division && /^\s+region\b/i.test(division[0]) ? 'region' : 'division';
  else if (BEFORE_SETTLEMENT.test(before) || BEFORE_SETTLEMENT_LIST.test(before)) typeHint = 'settlement';
  else if (AFTER_SETTLEMENT.exec(after)) typeHint = AFTER_SITE.test(after) ? 'site' : 'settlement';
  else if (BEFORE_CONTAINER.test(before) && !AFTER_TYPE_WORD.test(after)) typeHint = 'container';
  else if (BEFORE_DIR_ADJ.test(before) && !AFTER_TYPE_WORD.test(after)) typeHint = 'part';
  const cued = typeHint !== null || qualifier !== null || BEFORE_PREPOSITION.test(before) || BEFORE_DWELLERS.test(before) || (BEFORE_PART_OF_PLACE.test(before) && !/^['’]s?\s/.test(after));
  return { qualifier, typeHint, cued };
}

const PARENT_GAP = new RegExp(
  `^(?:\\s*,?\\s*(?:(?:about|some|around|nearly|roughly|approximately|just)\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:km|kms|kilometres|kilometers|miles)\\s+(?:\\([^)]{1,20}\\)\\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west))?\\s+of\\s+(?:the\\s+)?(?:(?:city|town|province)\\s+of\\s+)?|\\s*,\\s*(?:(?:a|the)\\s+(?:\\w+\\s+)?(?:village|town|city|area|district|suburb)\\s+(?:in|of|near)\\s+(?:the\\s+)?)?(?:${DIR_ADJ}\\s+)?|\\s+(?:(?:district|neighbou?rhood|suburb|quarter|farms?|camp|airport|air\\s?base|dam|crossing|village|town|area)\\s+)?(?:in|of)\\s+(?:the\\s+)?(?:${DIR_ADJ}\\s+)?(?:(?:countryside|outskirts|suburbs|province|governorate|city|town)\\s+of\\s+(?:the\\s+)?)?|\\s*\\(\\s*)$`,
  'i',
);

/** The text between two mentions makes the second the first's parent ("X, Y", "X in eastern Y", "X (Y"). */
export function isParentGap(gap: string): boolean {
  return gap.length <= 60 && PARENT_GAP.test(gap);
}
