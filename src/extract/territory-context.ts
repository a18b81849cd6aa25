// "IS took the airbase after government forces withdrew": read alone, a takeover following a
// withdrawal looks like a non-violent transfer. The codebook keeps that type for territory that
// changes hands without fighting; when the same story tells of fighting for the place (an
// assault, clashes, the dead "in the fighting"), the side withdrew under attack and the takeover
// is a battle for territory: the state regaining it or a non-state actor overtaking it.
import { eventTypeOf, type SubEventType } from '../core/taxonomy.js';
import type { Classification } from './classify/index.js';

const TAKEOVER = /\b(?:took|taken|tak(?:es|ing)\s+(?:over|control)|seiz(?:ed|es|ing)|captur(?:ed|es|ing)|overr[au]n|stormed|(?:took|seized|gained|assumed)\s+(?:full\s+|complete\s+)?control|fell\s+to)\b/i;
const PEACEFUL = /\bwithout\s+(?:a\s+fight|resistance|fighting|a\s+shot|clashes|bloodshed)|\bpeaceful(?:ly)?\b|\bhand(?:ed|s|ing)?\s+over\b|\bhandover\b|\bagree(?:d|ment)\b|\bdeal\b|\btruce\b|\bevacuation\s+deal\b|\bnegotiat\w+/i;
const FIGHTING = /\b(?:fighting|clash(?:es|ed)|battles?|battled|assault|offensive|pushed\s+(?:into|in)|stormed|heavy\s+(?:fire|shelling)|suicide\s+(?:car\s+)?bomb\w*|(?:were|was)\s+killed\s+in)\b/i;

/**
 * The type a story's fighting makes of a "non-violent" takeover, or null when it stays as is.
 * `story` is the text of the sentences of the same story (entry), `sentence` the event's own.
 */
export function takeoverUnderFire(cls: Classification, sentence: string, story: string): SubEventType | null {
  if (cls.sub_event_type !== 'Non-violent transfer of territory' || !cls.rules.includes('territory:withdrawal-without-fight')) return null;
  if (!TAKEOVER.test(sentence) || PEACEFUL.test(sentence) || PEACEFUL.test(story) || !FIGHTING.test(story)) return null;
  return 'Non-state actor overtakes territory';
}

/** "Ukrainian soldiers entered the centre of Kherson", "rebels moved into the town": an armed side going in. */
const ENTERED = /\b(?:entered|moved\s+into|rolled\s+into|marched\s+into|drove\s+into|walked\s+into)\s+(?:the\s+)?(?:(?:centre|center|heart|outskirts|streets|main\s+square)\s+of\s+(?:the\s+)?)?(?:(?:city|town|village|district|capital|provincial\s+capital)\b|[A-Z][\p{L}'’-]+)/u;
const ARMED_BEFORE = /\b(?:soldiers|troops|forces|fighters|units|army|militants|rebels|militiamen|militias?|insurgents|jihadists|paramilitar(?:y|ies)|marines|commandos)\b/i;
/** What makes an entry no capture: the other side left first. */
const WITHDREW = /\b(?:withdr[ae]w\w*|withdrawals?|pull(?:ed|ing|s)?\s+out|retreat(?:ed|ing|s)?|abandon(?:ed|ing|s)?|evacuat(?:ed|ing)\s+(?:the\s+)?(?:city|town|village|positions|garrison)|(?:left|fled)\s+the\s+(?:city|town|village|area))\b/i;
/** What an entry into a place ends with when it is no takeover: arrests, searches, a raid. */
const NOT_HOLDING = /\b(?:arrest\w*|detain\w*|search\w*|raid\w*|shot|opened\s+fire|killed|looted|burn\w*)\b/i;

/** An armed side entering a place, told as a fact (no arrests, searches or shooting there), or null. */
function armedEntry(sentence: string): RegExpExecArray | null {
  const m = ENTERED.exec(sentence);
  return m && ARMED_BEFORE.test(sentence.slice(0, m.index)) && !NOT_HOLDING.test(sentence) ? m : null;
}

function entryClassification(sub: SubEventType, m: RegExpExecArray, rule: string): Classification {
  return { sub_event_type: sub, event_type: eventTypeOf(sub), score: 0.6, trigger: { start: m.index, end: m.index + m[0].length }, rules: [rule], alternatives: [] };
}

/**
 * "Ukrainian soldiers entered the centre of Kherson", told in a story of the other side's
 * withdrawal: the place changed hands without a fight (the codebook's non-violent transfer), though
 * "entered" alone is no takeover. `story` gives the entry's text (read only when the sentence
 * tells an entry). The classification, or null.
 */
export function entryAfterWithdrawal(sentence: string, story: () => string): Classification | null {
  const m = armedEntry(sentence);
  return m && WITHDREW.test(story()) ? entryClassification('Non-violent transfer of territory', m, 'territory:entered-after-withdrawal') : null;
}

/** The fight an entry follows: "after a lightning offensive", "following heavy fighting". */
const AFTER_ASSAULT = /\b(?:after|following|at\s+the\s+end\s+of|in)\s+(?:a\s+|an\s+|the\s+|days\s+of\s+|weeks\s+of\s+)?(?:[\w-]+\s+){0,2}(?:offensive|assault|advance|push|battle|fighting|clashes|siege)\b/i;

/**
 * "M23 fighters entered the centre of Goma after a lightning offensive": an armed side that enters a
 * place at the end of its own assault has taken it. The takeover type (the roles may make it the
 * government's), or null.
 */
export function entryAfterAssault(sentence: string): Classification | null {
  const m = armedEntry(sentence);
  return m && AFTER_ASSAULT.test(sentence.slice(m.index)) ? entryClassification('Non-state actor overtakes territory', m, 'territory:entered-after-assault') : null;
}

export function retyped(cls: Classification, sub: SubEventType, rule: string): Classification {
  return { ...cls, sub_event_type: sub, event_type: eventTypeOf(sub), rules: [...cls.rules, rule] };
}
