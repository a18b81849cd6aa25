// "Warplanes struck RSF bases in Omdurman. The RSF said the strikes hit homes and killed civilians."
// The second sentence tells the same air strike again, through "the strikes": read alone it is an
// attack on civilians by an unknown group, a second incident that never happened. A definite
// incident noun as the subject of the harm points back to the nearest event of its kind told
// before it in the entry; the sentence takes that event's sub-event type (its own claim, toll and
// source stay its own, and resolution then joins the two tellings).
import type { SubEventType } from '../core/taxonomy.js';

const AIR: SubEventType[] = ['Air/drone strike'];
const SHELLING: SubEventType[] = ['Shelling/artillery/missile attack'];
const DEVICE: SubEventType[] = ['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade'];
const REMOTE: SubEventType[] = [...AIR, ...SHELLING, ...DEVICE, 'Chemical weapon'];
const VIOLENT: SubEventType[] = [...REMOTE, 'Armed clash', 'Attack', 'Abduction/forced disappearance'];

/** The incident nouns and the kinds of event each can point back to. */
const NOUNS: [RegExp, SubEventType[]][] = [
  [/^(?:air\s*strikes?|airstrikes?|drone\s+strikes?|air\s+raids?|raids?|sorties)$/i, AIR],
  [/^strikes?$/i, [...AIR, ...SHELLING]],
  [/^(?:shelling|bombardment|barrage|rocket\s+fire|mortar\s+fire)$/i, [...SHELLING, ...AIR]],
  [/^(?:bombings?|blasts?|explosions?|bombs?)$/i, REMOTE],
  [/^(?:attacks?|assault|ambush|shooting|killings?)$/i, VIOLENT],
];

const BACK_SUBJECT = new RegExp(
  String.raw`\b(?:the|these|those|that|this|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's|yesterday's|today's|last\s+night's)\s+` +
    String.raw`(?:(?:Russian|Syrian|Israeli|Turkish|American|US|coalition|government|regime|army|military)\s+)?` +
    String.raw`(air\s*strikes?|airstrikes?|drone\s+strikes?|air\s+raids?|raids?|sorties|strikes?|shelling|bombardment|barrage|rocket\s+fire|mortar\s+fire|bombings?|blasts?|explosions?|bombs?|attacks?|assault|ambush|shooting|killings?)` +
    String.raw`\s+(?:(?:had|has|have|also|reportedly|allegedly)\s+)*(?:hit|killed|wounded|injured|destroyed|damaged|struck|left|targeted|flattened|levelled|leveled|claimed)\b`,
  'i',
);

/**
 * The sub-event type a sentence takes from an earlier event it points back to, or null.
 * told: the sub-event types of the events told before it in the same entry, nearest last (asked
 * for only when the sentence points back at all).
 */
export function backReferencedType(sentence: string, current: SubEventType, told: () => SubEventType[]): SubEventType | null {
  const m = BACK_SUBJECT.exec(sentence);
  if (!m) return null;
  const earlier = told();
  const noun = m[1]!.replace(/\s+/g, ' ');
  const kinds = NOUNS.find(([re]) => re.test(noun))?.[1];
  if (!kinds) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const t = earlier[i]!;
    if (kinds.includes(t)) return t === current ? null : t;
  }
  return null;
}
