// The toll of an event as the sentences after it revise it (ACLED: the most conservative figure of
// the best reports, both sides added up):
// - another source's own count of the same dead, lower ("The Observatory put the toll at seven");
// - the same toll told again as risen later in the day ("the number killed had risen to 72");
// - a number for what the event's sentence told only vaguely ("dozens" -> "at least 58 were killed").
// Only the sentences that still tell the event count: the first that tells another event ends them
// (a bare count of casualties or a risen toll tells none of its own).
import { isBareToll, isSourceToll } from './bare-toll.js';
import { fatalitiesIn, type Fatalities } from './fatalities.js';

/** How many sentences after an event its toll may still be told. */
export const LATER_TOLL_REACH = 6;

/** Fatality rules of a vague quantity ("dozens", "hundreds", "several"), that a number told later replaces. */
const VAGUE_COUNT_RULE = /^(?:dozens|tens|scores|hundreds|thousands|a-few|unspecified-plural)=/;
/** "The death toll rose to 72", "the number of people killed had risen to 72". */
const TOLL_ROSE = /\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:people\s+|those\s+|civilians\s+)?(?:killed|dead|deaths|victims|fatalities))\b[^.;]{0,40}?\b(?:rose|risen|climbed|jumped|increased|mounted)\s+to\b/i;

export interface Toll {
  fat: Fatalities;
  /** Report offset of the sentence the parts' spans are relative to. */
  offset: number;
  rule: string;
}

/** A sentence after the event: its text, where it starts, and whether it was read as an event. */
export interface LaterSentence {
  text: string;
  start: number;
  isEvent: boolean;
}

interface TollFacts {
  bare: boolean;
  source: boolean;
  risen: boolean;
  fat: Fatalities;
}

// Each sentence is read once, however many events before it look ahead (bounded: a long run reads many).
const factsByText = new Map<string, TollFacts>();

function factsOf(text: string): TollFacts {
  let f = factsByText.get(text);
  if (!f) {
    if (factsByText.size > 5_000) factsByText.clear();
    f = { bare: isBareToll(text), source: isSourceToll(text), risen: TOLL_ROSE.test(text), fat: fatalitiesIn(text) };
    factsByText.set(text, f);
  }
  return f;
}

const rulesOf = (f: Fatalities) => f.parts.map((p) => p.rule).join('+');
const isVague = (f: Fatalities) => f.parts.length > 0 && f.parts.every((p) => VAGUE_COUNT_RULE.test(p.rule));

/** The event's toll as the sentences after it (same entry, in order, up to the reach) revise it. */
export function revisedByLaterTolls(toll: Toll, later: LaterSentence[]): Toll {
  // An event with no dead told keeps none: a later count is another incident's, or the next sentence's rule.
  if (toll.fat.value === 0) return toll;
  const telling: (LaterSentence & TollFacts)[] = [];
  for (const s of later.slice(0, LATER_TOLL_REACH)) {
    const f = factsOf(s.text);
    if (s.isEvent && !f.bare && !f.risen) break;
    telling.push({ ...s, ...f });
  }
  let out = toll;
  // "... killing nine, state media said. The Observatory put the toll at seven.": the lower figure.
  telling.forEach((s, k) => {
    if (s.source && s.fat.value > 0 && s.fat.value < out.fat.value) {
      out = { fat: s.fat, offset: s.start, rule: `${k === 0 ? 'next-sentence' : 'later-sentence'}-lower-figure:${rulesOf(s.fat)}` };
    }
  });
  // "... killed at least 58. ... The number of people killed had risen to 72": the later count.
  for (const s of telling) {
    if (s.risen && s.fat.value > out.fat.value && !s.fat.parts.some((p) => VAGUE_COUNT_RULE.test(p.rule))) {
      out = { fat: s.fat, offset: s.start, rule: `later-toll-risen:${rulesOf(s.fat)}` };
    }
  }
  // "... killed dozens of people" in the lead, "at least 58 people were killed" further on: "dozens"
  // is ACLED's 12 only while no number is told for the same dead.
  if (isVague(out.fat)) {
    const numbered = telling.find((s) => s.bare && s.fat.value >= out.fat.value && s.fat.parts.length > 0 && !s.fat.parts.some((p) => VAGUE_COUNT_RULE.test(p.rule)));
    if (numbered) out = { fat: numbered.fat, offset: numbered.start, rule: `story-number-for-vague-count:${rulesOf(numbered.fat)}` };
  }
  return out;
}
