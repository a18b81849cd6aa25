// Tolls a story states for its main event outside the event's own sentence:
// - a coder's note ends with its total ("... in Kisumu (Kisumu, Kenya). 2 fatalities."): that
//   sentence is the coder's own count of the event just told, so it stands over any figure read
//   from the prose (which may leave out the attacker, or count a subset);
// - a report's headline states the toll ("At least 40 killed in weapons depot blast") that its
//   lead, busy with the scene, may not repeat: when the main event states no deaths, the
//   headline's are its deaths;
// - a headline that tells its toll in words ("Dozens killed", "Several killed, injured", "more than
//   200 killed") is counted by its lead or another telling of the incident;
// - a toll summed over separate strikes in several places gives way to the count at the main
//   event's own place (ACLED: one event, one place); so does a sum a sentence states over places
//   when the story's counts add up to it ("9 killed by rockets on Homs and Hama", then 5 and 4);
// - a later update of the toll at the main event's place ("the toll rose to 31") is its toll;
// - a main telling that states no deaths ("jets pounded the town") takes the first count the story
//   gives at its place and day, unless the story says no one died.
import { datedWithin, storyMains } from './story-mains.js';
import type { EventMention, Span } from '../core/types.js';
import { fatalitiesIn, parseNumber } from './fatalities.js';
import { recallsEarlierIncident, tellsAnotherIncident } from './salience.js';

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
  for (const main of storyMains(ordered, story)) {
    const key = story(main);
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
// A sum of listed victims ("two women and their seven children") is as precise as a number.
const PRECISE_RULE = /\b(?:number|conservative-figure|range-lower-end|victim-list-sum)\b/;
/** Deaths told in words without a count: "Several Syrians killed, injured", "Summary executions in Aleppo". */
const DEATH_TOLD = /\b(?:killed|killing|kills|dead|died|martyred|martyrs|deaths|executions?|executed|massacres?|massacred|slain|death\s+toll)\b/i;
/** "without causing any casualties", "no one was killed", "nobody was hurt": the sentence says nobody died. */
export const NONE_DIED = /\b(?:no|none|nobody|no\s+one|without)\b[^.;]{0,30}\b(?:killed|dead|deaths|died|casualties|fatalities|hurt|injured|injuries|harmed)\b|\b(?:was|were)\s+unhurt\b|\b(?:killed|dead|deaths)\b[^.;]{0,15}\b(?:none|nobody|no\s+one)\b/i;
/** "more than 200", "over 50": a round lower bound a headline gives where the story counts 213. */
const ROUND_BOUND = /^(?:more\s+than|over|upwards\s+of)\s+(\d+)\s*$/i;

type Need = 'vague' | 'uncounted' | 'bound';

/** The words a mention's toll was read from, when they lie in its own sentence. */
function tollWords(e: EventMention): string | null {
  const span = e.sources.fatalities?.span;
  if (!span || span.start < e.evidence.start || span.end > e.evidence.end) return null;
  return e.evidence.text.slice(span.start - e.evidence.start, span.end - e.evidence.start);
}

/** What a mention's own toll lacks, if a count told elsewhere in the story may complete it. */
function needOf(e: EventMention): Need | null {
  const rule = e.sources.fatalities?.rule ?? '';
  if (e.claim.status === 'denied' || rule.startsWith('stated-total')) return null;
  if (e.fatalities > 0 && VAGUE_RULE.test(rule) && !PRECISE_RULE.test(rule)) return 'vague';
  if (e.fatalities === 0 && rule === 'none-reported=0' && DEATH_TOLD.test(e.evidence.text) && !NONE_DIED.test(e.evidence.text)) return 'uncounted';
  const bound = rule === 'conservative-figure' ? ROUND_BOUND.exec(tollWords(e) ?? '') : null;
  if (bound && Number(bound[1]) >= 20 && Number(bound[1]) % 10 === 0) return 'bound';
  return null;
}

/** A count a telling states itself (not one it took from another telling). */
function ownPreciseCount(e: EventMention): boolean {
  const rule = e.sources.fatalities?.rule ?? '';
  return e.fatalities > 0 && e.claim.status !== 'denied' && PRECISE_RULE.test(rule) && !VAGUE_RULE.test(rule) && !rule.includes('-in-story:') && !rule.includes('-in-entry:');
}

// (A place the text names but the gazetteer cannot put in a province is in any of its country's.)
const samePlace = (a: EventMention, b: EventMention) =>
  !a.location || !b.location || a.location.name === b.location.name || a.location.admin1 === b.location.admin1 ||
  ((!a.location.admin1 || !b.location.admin1) && a.location.country === b.location.country);

/**
 * A headline's toll given in words ("Dozens killed in car bomb attack in Qamishli", "Several
 * killed, injured in Homs blasts", "more than 200 killed in gas attack") is counted by the story:
 * ACLED takes the figure a report gives and falls back on "dozens" = 12 only when none is given.
 * The count is that of another telling of the same incident (same type and place; of several, the
 * nearest after the mention, as a report tells the headline's incident before moving on to others)
 * or, failing one, for the story's first telling, that of its lead (the first telling after it that
 * counts deaths, at the same place): a report tells its incident first in words, then with the
 * figure. A round bound ("more than 200") takes only a count inside it (213).
 */
export function preferPreciseToll(ordered: EventMention[], story: (e: EventMention) => number): void {
  const byText = [...ordered].sort((a, b) => a.evidence.start - b.evidence.start);
  // The main telling of each story: the first of it in salience order.
  const mainOfStory = new Map<number, EventMention>();
  for (const e of ordered) if (!mainOfStory.has(story(e))) mainOfStory.set(story(e), e);
  const mains = new Set(mainOfStory.values());
  // Every telling, not only the main one: a headline's "dozens" beside the lead's "at least 58" would
  // otherwise become the event's low figure once the tellings are merged.
  for (const main of ordered) {
    const need = needOf(main);
    if (!need || (need !== 'vague' && !mains.has(main))) continue;
    const key = story(main);
    const tellings = byText.filter((e) => e !== main && story(e) === key);
    const first = !tellings.some((e) => e.evidence.start < main.evidence.start);
    const lead = first ? tellings.find((e) => e.evidence.start >= main.evidence.start && e.fatalities > 0 && e.claim.status !== 'denied') : undefined;
    const bound = need === 'bound' ? Number(ROUND_BOUND.exec(tollWords(main) ?? '')![1]) : 0;
    // ("Days before the massacre, on 9 June, 11 military police officers were killed": another incident's count.)
    const fits = (e: EventMention) => ownPreciseCount(e) && samePlace(main, e) && !tellsAnotherIncident(e.evidence.text) && (need !== 'bound' || (e.fatalities > bound && e.fatalities <= bound * 1.5));
    const after = tellings.filter((e) => e.evidence.start >= main.evidence.start);
    const before = tellings.filter((e) => e.evidence.start < main.evidence.start).reverse();
    // A telling of the same type names the incident more surely than the lead does.
    const donor = [...after, ...before].find((e) => fits(e) && e.sub_event_type === main.sub_event_type) ?? (lead && fits(lead) ? lead : undefined);
    if (!donor) continue;
    main.fatalities = donor.fatalities;
    main.sources.fatalities = { span: donor.sources.fatalities?.span ?? null, rule: `precise-count-in-story:${donor.sources.fatalities?.rule ?? ''}` };
  }
  // The story's counts are settled here, so the split of a summed toll follows (one call site).
  fillUncountedMain(ordered, story);
  preferUpdatedToll(ordered, story);
  splitAggregateToll(ordered, story);
}

/**
 * "A car bomb killed 25 people in the market ... By evening the toll had risen to 31": a report,
 * a live blog most of all, updates its toll as it goes. When a later telling at the main event's
 * place and day states a risen toll ("the toll rose to N") above the main event's, in a sentence
 * not recalling an older incident, that update is the main event's toll, with its words.
 */
export function preferUpdatedToll(ordered: EventMention[], story: (e: EventMention) => number): void {
  for (const main of storyMains(ordered, story)) {
    const key = story(main);
    const rule = main.sources.fatalities?.rule ?? '';
    if (main.claim.status === 'denied' || rule.startsWith('stated-total')) continue;
    const sameDay = (e: EventMention) => datedWithin(main, e, 2);
    const updates = [...ordered]
      .filter((e) => {
        const r = e.sources.fatalities?.rule ?? '';
        return e !== main && story(e) === key && e.claim.status !== 'denied' && r.includes('toll-risen') && !r.includes('-in-story:') && !r.includes('-in-entry:') &&
          e.fatalities > main.fatalities && samePlace(main, e) && sameDay(e) && !recallsEarlierIncident(e.evidence.text);
      })
      .sort((a, b) => a.evidence.start - b.evidence.start);
    const last = updates[updates.length - 1];
    if (!last) continue;
    main.fatalities = last.fatalities;
    main.sources.fatalities = { span: last.sources.fatalities?.span ?? null, rule: `updated-toll-in-story:${last.sources.fatalities?.rule ?? ''}` };
  }
}

/**
 * "no deaths were reported", "without casualties", "nobody was hurt": the story says none died
 * ("no details of casualties", "no immediate word on casualties" say only that none were counted).
 */
const STORY_DENIES_DEATHS = /\b(?:no|without)\s+(?:(?!details\b|word\b|information\b|immediate\b|confirmation\b|figures?\b|toll\b)\w+\s+){0,2}?(?:deaths|fatalities|casualties|dead)\b|\bno\s+one\s+(?:was\s+)?(?:killed|died|hurt)\b|\bnobody\s+(?:was\s+)?(?:killed|died|hurt)\b|\bnone\s+(?:of\s+them\s+)?(?:was|were)\s+(?:killed|hurt)\b/i;

/**
 * A report's main telling may state no deaths ("Jets bombed the town through the night", "Scores
 * of residents were hurt") while the story counts the dead at the same place in another sentence,
 * read as another type ("The assault has left at least 31 people dead, medics say"). When the main telling states none and no telling of the
 * story denies deaths, the first count the story states itself at the main event's place (its town,
 * or its province) and day, in a sentence not recalling an older incident or opening another thread, is the main event's toll. It carries that count's words and rule; nothing is
 * guessed when no telling at the place counts its dead.
 */
export function fillUncountedMain(ordered: EventMention[], story: (e: EventMention) => number): void {
  for (const main of storyMains(ordered, story)) {
    const key = story(main);
    if (main.fatalities > 0 || main.claim.status === 'denied' || main.sources.fatalities?.rule !== 'none-reported=0') continue;
    const tellings = [...ordered].sort((a, b) => a.evidence.start - b.evidence.start).filter((e) => story(e) === key);
    if (tellings.some((e) => STORY_DENIES_DEATHS.test(e.evidence.text))) continue;
    // A count of another incident ("last week", days before) is not its toll. A report's first
    // telling is often dated by its publication and its lead by "on Saturday": two days apart at most.
    const sameDay = (e: EventMention) => datedWithin(main, e, 2);
    // Deaths told at another town of the province count only for an event of the same kind: shelling
    // that killed two in one town is no toll of the army retaking settlements across the province.
    const near = (e: EventMention) => (e.event_type === main.event_type ? samePlace(main, e) : !!main.location && !!e.location && main.location.name === e.location.name);
    // ("In the same context, a unit of the army killed nine terrorists in an ambush": another thread's count.)
    const donor = tellings.find((e) => e !== main && ownPreciseCount(e) && near(e) && sameDay(e) && !tellsAnotherIncident(e.evidence.text));
    if (!donor) continue;
    main.fatalities = donor.fatalities;
    main.sources.fatalities = { span: donor.sources.fatalities?.span ?? null, rule: `count-at-this-place-in-story:${donor.sources.fatalities?.rule ?? ''}` };
  }
}

/**
 * "Separate air raids ... killed 25", "simultaneous blasts that hit Tartous, Homs and Hasakeh",
 * "a three-day sweep across the nation left 85 fighters dead".
 */
const AGGREGATE = /\b(?:separate|simultaneous|a\s+(?:string|series|wave|spate)\s+of|(?:raids|strikes|airstrikes|attacks|blasts|bombings|explosions|clashes|shelling|operations|sorties)\s+(?:across|on\s+(?:various|several|different)|in\s+(?:various|several|different))|across\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:country|nation|region|provinces)|in\s+(?:two|three|four|five|\d)\s+days\s+of)\b/iu;

/**
 * One event is one place and one day (ACLED): a toll summed over separate strikes in several
 * places is not the main event's. When the main telling's sentence adds up such strikes, and the
 * story counts the dead both at the main event's own place and elsewhere (so the sum did span
 * places), the count at its own place is its toll.
 */
export function splitAggregateToll(ordered: EventMention[], story: (e: EventMention) => number): void {
  for (const main of storyMains(ordered, story)) {
    const key = story(main);
    const rule = main.sources.fatalities?.rule ?? '';
    if (!main.location || main.fatalities <= 0 || rule.startsWith('stated-total')) continue;
    if (!AGGREGATE.test(main.evidence.text)) {
      splitToldSum(main, ordered.filter((e) => e !== main && story(e) === key));
      continue;
    }
    const part = (e: EventMention) => e !== main && story(e) === key && !!e.location && ownPreciseCount(e) && e.fatalities < main.fatalities && !AGGREGATE.test(e.evidence.text);
    const parts = [...ordered].sort((a, b) => a.evidence.start - b.evidence.start).filter(part);
    const donor = parts.find((e) => e.location!.name === main.location!.name);
    if (!donor || !parts.some((e) => e.location!.name !== main.location!.name)) continue;
    main.fatalities = donor.fatalities;
    main.sources.fatalities = { span: donor.sources.fatalities?.span ?? null, rule: `toll-at-this-place:${donor.sources.fatalities?.rule ?? ''}` };
  }
}

/**
 * "9 civilians killed by rockets fired on Homs and Hama ... 5 of them died in Homs": a sentence may state the sum over places and then this place's own count. When the
 * main telling's own sentence, read without the figure taken, gives another count, and that count
 * with the deaths the story counts at the other places adds up exactly to the figure taken, the
 * figure was the sum and the other count is the deaths at this place (ACLED: one event, one place).
 */
function splitToldSum(main: EventMention, others: EventMention[]): void {
  const span = main.sources.fatalities?.span;
  const rule = main.sources.fatalities?.rule ?? '';
  if (!span || !main.location?.name || !PRECISE_RULE.test(rule) || rule.includes(':') || span.start < main.evidence.start || span.end > main.evidence.end) return;
  const elsewhere = new Map<string, number>();
  for (const e of others) {
    const name = e.location?.name;
    if (!name || name === main.location?.name || !ownPreciseCount(e)) continue;
    elsewhere.set(name, Math.max(elsewhere.get(name) ?? 0, e.fatalities));
  }
  if (!elsewhere.size) return;
  const at = span.start - main.evidence.start;
  const text = main.evidence.text;
  const rest = fatalitiesIn(text.slice(0, at) + ' '.repeat(span.end - span.start) + text.slice(at + span.end - span.start));
  if (rest.value <= 0 || rest.value >= main.fatalities || !rest.parts.every((p) => PRECISE_RULE.test(p.rule))) return;
  const sums = [[...elsewhere.values()].reduce((a, b) => a + b, 0), ...elsewhere.values()];
  if (!sums.some((o) => rest.value + o === main.fatalities)) return;
  const first = rest.parts[0]!.span, last = rest.parts[rest.parts.length - 1]!.span;
  main.fatalities = rest.value;
  main.sources.fatalities = { span: { start: main.evidence.start + first.start, end: main.evidence.start + last.end }, rule: `toll-at-this-place-of-told-sum:${rest.parts.map((p) => p.rule).join('+')}` };
}
