// Tolls a story states for its main event outside the event's own sentence:
// - a coder's note ends with its total ("... in Kisumu (Kisumu, Kenya). 2 fatalities."): that
//   sentence is the coder's own count of the event just told, so it stands over any figure read
//   from the prose (which may leave out the attacker, or count a subset);
// - a report's headline states the toll ("At least 40 killed in weapons depot blast") that its
//   lead, busy with the scene, may not repeat: when the main event states no deaths, the
//   headline's are its deaths.
import type { EventMention, Span } from '../core/types.js';
import { fatalitiesIn, parseNumber } from './fatalities.js';

/** "2 fatalities.", "No fatalities.", "Fatalities: 3" as a sentence of its own. */
const TALLY_SENTENCE = /^\s*(?:(\d{1,6}|no|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:reported\s+)?fatalit(?:y|ies)(?:\s+reported)?|fatalities\s*:\s*(\d{1,6}|none|no|zero))\s*\.?\s*$/i;

export interface StatedTally {
  value: number;
  /** Offsets into the report's text. */
  span: Span;
}

/** The total a note states in a sentence of its own, or null. */
export function statedTally(sentence: string, offset: number): StatedTally | null {
  if (sentence.length > 40) return null;
  const m = TALLY_SENTENCE.exec(sentence);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  const value = word === 'no' || word === 'none' || word === 'zero' ? 0 : parseNumber(word);
  if (value == null) return null;
  return { value, span: { start: offset + m.index, end: offset + m.index + m[0].trimEnd().length } };
}

/**
 * The main event of each story takes the total its note states after it. tallies: per story, the
 * stated totals in text order; only one stated after the event's own sentence counts.
 */
export function applyStatedTallies(ordered: EventMention[], story: (e: EventMention) => number, tallies: Map<number, StatedTally[]>): void {
  const seen = new Set<number>();
  for (const main of ordered) {
    const key = story(main);
    if (seen.has(key)) continue;
    seen.add(key);
    const t = tallies.get(key)?.find((x) => x.span.start >= main.evidence.end);
    if (!t) continue;
    main.fatalities = t.value;
    main.sources.fatalities = { span: t.span, rule: `stated-total=${t.value}` };
  }
}

/**
 * When the main event of a single-story report states no deaths and is not denied, the deaths its
 * headline reports are its deaths. headline: the headline's text and where it starts in the report
 * (null when it is not part of the text).
 */
export function fillTollFromHeadline(main: EventMention | undefined, headline: { text: string; start: number | null } | null): void {
  if (!main || !headline || main.fatalities > 0 || main.claim.status === 'denied') return;
  if (main.sources.fatalities?.rule && main.sources.fatalities.rule.startsWith('stated-total')) return;
  const f = fatalitiesIn(headline.text);
  if (f.value <= 0 || !f.parts.length) return;
  const first = f.parts[0]!.span, last = f.parts[f.parts.length - 1]!.span;
  const span = headline.start == null ? null : { start: headline.start + first.start, end: headline.start + last.end };
  main.fatalities = f.value;
  main.sources.fatalities = { span, rule: 'headline-toll:' + f.parts.map((p) => p.rule).join('+') };
}

const VAGUE_RULE = /\b(?:dozens|tens|scores|hundreds|thousands|unspecified-plural|a-few|a-dozen|half-dozen|a-couple)=/;
const PRECISE_RULE = /\b(?:number|conservative-figure|range-lower-end)\b/;

/**
 * "Dozens killed in Qamishli car bomb" ... "the car bomb killed at least 44": a vague figure
 * (dozens = 12) is ACLED's last resort; when another mention of the same incident in the story
 * gives a count, that count is the mention's.
 */
export function preferPreciseToll(ordered: EventMention[], story: (e: EventMention) => number): void {
  // Every telling, not only the main one: a headline's "dozens" beside the lead's "at least 58" would
  // otherwise become the event's low figure once the tellings are merged.
  for (const main of ordered) {
    const key = story(main);
    const rule = main.sources.fatalities?.rule ?? '';
    if (main.fatalities <= 0 || !VAGUE_RULE.test(rule) || PRECISE_RULE.test(rule) || rule.startsWith('stated-total')) continue;
    const sameIncident = (e: EventMention) =>
      e.sub_event_type === main.sub_event_type && (!main.location || !e.location || e.location.name === main.location.name || e.location.admin1 === main.location.admin1);
    const donor = ordered.find((e) => e !== main && story(e) === key && e.fatalities > 0 && e.claim.status !== 'denied' && PRECISE_RULE.test(e.sources.fatalities?.rule ?? '') && !VAGUE_RULE.test(e.sources.fatalities?.rule ?? '') && sameIncident(e));
    if (!donor) continue;
    main.fatalities = donor.fatalities;
    main.sources.fatalities = { span: donor.sources.fatalities?.span ?? null, rule: `precise-count-in-story:${donor.sources.fatalities?.rule ?? ''}` };
  }
}
