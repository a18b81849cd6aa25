// Is the event told as a fact? A forecast or hypothetical ("will attack", "plans to withdraw",
// "threatened to", "if ... ") is no event; a hedge ("could be about to pull out", "reportedly",
// "rumours of") is an event not established (claim status unverified); a negation ("ISIS is not
// withdrawing", "denied carrying out") is an event denied. Read around the event's trigger word
// when the classifier gives one, otherwise around every event verb of the sentence.
import type { Span } from '../core/types.js';

export type Modality = 'fact' | 'hedged' | 'negated' | 'forecast';

export interface ModalityResult {
  modality: Modality;
  /** The cue words, as offsets into the sentence. */
  span: Span | null;
  rule: string;
}

const EVENT_VERB =
  /\b(?:attack\w*|strik\w*|struck|bomb\w*|shell\w*|kill\w*|captur\w*|seiz\w*|tak(?:e|es|en|ing)|took|retak\w*|retook|withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:out|back)|retreat\w*|advanc\w*|storm\w*|clash\w*|fight\w*|fought|fir(?:e|es|ed|ing)|launch\w*|protest\w*|march\w*|rall(?:y|ied|ies|ying)|arrest\w*|detain\w*|abduct\w*|kidnap\w*|loot\w*|burn\w*|destroy\w*|explod\w*|detonat\w*|target\w*|raid\w*|besieg\w*|overr[ua]n\w*|recaptur\w*|liberat\w*|releas\w*|sign\w*|surrender\w*|deploy\w*|invad\w*|assault\w*|execut\w*|massacr\w*|shoot\w*|shot|hit|hits|ambush\w*|push(?:es|ed|ing)?|enter\w*|evacuat\w*|hand(?:s|ed|ing)?\s+over|fl(?:y|ies|ew|own|ying))\b/gi;

const FORECAST_BEFORE =
  /\b(?:will|would|shall|won't|wouldn't|'ll|plans?\s+to|planning\s+to|planned\s+to|intends?\s+to|intended\s+to|threaten(?:s|ed|ing)?\s+to|vow(?:s|ed|ing)?\s+to|pledg(?:e|es|ed)\s+to|promis(?:e|es|ed)\s+to|expected\s+to|expects?\s+to|expecting\s+to|set\s+to|going\s+to|aims?\s+to|aimed\s+to|prepar(?:ing|es|ed)\s+to|ready\s+to|calls?\s+for|called\s+for|urg(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?to|(?:press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|appeal(?:s|ed|ing)?\s+to)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:allow|permit|authori[sz]e|approve)|wants?\s+to|wanted\s+to|seeks?\s+to|sought\s+to|tries\s+to|trying\s+to|attempt(?:s|ed)?\s+to|hopes?\s+to|if|unless|in\s+case|in\s+order\s+to|to\s+prevent|to\s+avoid|warn(?:s|ed)?\s+(?:of|against)|fears?\s+(?:of|that)|feared\s+(?:that|an?|the))\b(?:[\s\])"'”’]+[\w'-]+){0,5}?[\s\])"'”’]*$/i;
const HEDGE_BEFORE =
  /\b(?:could|may|might|possibly|probably|apparently|reportedly|allegedly|purportedly|supposedly|rumou?r(?:s|ed)?(?:\s+(?:of|that))?|believed\s+to|thought\s+to|said\s+to|appears?\s+to|seem(?:s|ed)?\s+to|claims?\s+of|unconfirmed\s+reports?\s+(?:of|that)|reports?\s+(?:of|that)|whether)\b(?:[\s\])"'”’]+[\w'-]+){0,5}?[\s\])"'”’]*$/i;
const NEGATION_BEFORE =
  /(?:\b(?:not|never|no\s+longer|neither|nor|denied|denies|deny|denying|refuted|rejected\s+(?:claims|reports)\s+(?:of|that))\b|n't)(?:\s+[\w'-]+){0,3}?\s*$/i;
const HEDGE_ANYWHERE = /\b(?:reportedly|allegedly|purportedly|rumou?rs?|rumou?red|unconfirmed)\b/i;

// Cheap gates, lower-cased: a word every match of the cue regex of that name must contain. The
// window regexes end in `$` and are tried at every position; most windows hold none of the words.
const NEGATION_GATE = /not|never|longer|neither|nor|deni|deny|refuted|rejected|n't/;
const HEDGE_GATE = /could|may|might|possibly|probably|apparently|reportedly|allegedly|purportedly|supposedly|rumo|believed|thought|said|appear|seem|claim|report|whether/;
const FORECAST_GATE = /will|would|shall|won't|'ll|plan|intend|threaten|vow|pledg|promis|expect|set|going|aim|prepar|ready|call|urg|want|seek|sought|tries|trying|attempt|hope|if|unless|case|order|prevent|avoid|warn|fear/;
const HEDGE_ANYWHERE_GATE = /reportedly|allegedly|purportedly|rumo|unconfirmed/;

function hedgeAnywhere(text: string): RegExpExecArray | null {
  return HEDGE_ANYWHERE_GATE.test(text.toLowerCase()) ? HEDGE_ANYWHERE.exec(text) : null;
}

function verbs(text: string, trigger: Span | null): Span[] {
  if (trigger) return [trigger];
  const out: Span[] = [];
  EVENT_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EVENT_VERB.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// A modal right after a noun trigger: "Battles, he said, would extend towards Raqqa".
const FORECAST_AFTER = /^\s*(?:,[^,]{0,30},\s*)?(?:will|would|shall|are\s+expected\s+to|is\s+expected\s+to|are\s+set\s+to|is\s+set\s+to)\b/i;
// "Gunfire could still be heard" tells what was heard, not that it may have happened.
const HEDGE_AFTER = /^\s*(?:,[^,]{0,30},\s*)?(?:could|may|might)\b(?!\s+(?:still\s+|also\s+|clearly\s+)?be\s+(?:heard|seen|felt)\b)/;

// "The coalition fighting it", "forces battling ISIS": a participle right after the actor it
// describes tells who that actor is, not an event that happened.
const DESCRIBING_PARTICIPLE = /^(?:fighting|battling|combating|combatting|besieging|attacking)$/i;
const ACTOR_NOUN_BEFORE = /\b(?:coalition|alliance|forces|groups?|factions|rebels|militias?|troops|fighters|militants|insurgents|army|brigades?)\s+$/i;
// "Attacks on X would not be covered": a clause about what an agreement or law would include,
// with the event noun as its subject, tells of no event.
const SCOPE_CLAUSE = /^[^.;]{0,160}?\b(?:would|will|shall|should|could|may|might)\s+(?:not\s+)?(?:be|remain)\s+(?:covered|allowed|permitted|exempt\w*|excluded|included|subject|considered|treated|tolerated|prohibited|banned|punished|punishable)\b/i;

const NEGATION_AFTER = /^\s+(?:had|have|has|did|does|do|was|were)\s+(?:not|never)\s+(?:carried\s+out|conducted|launched|struck|hit|fired|bombed|attacked|targeted|flown|flew|been\s+involved\s+in)\b|^\s+(?:had|have|has)n['’]t\s+(?:carried\s+out|conducted|launched|struck|hit|fired|bombed|attacked|targeted)\b|^\s+didn['’]t\s+(?:carry\s+out|conduct|launch|strike|hit|fire|bomb|attack|target)\b/i;

function classify(text: string, v: Span, nested = false): ModalityResult {
  const word = text.slice(v.start, v.end);
  if (!nested && DESCRIBING_PARTICIPLE.test(word) && ACTOR_NOUN_BEFORE.test(text.slice(Math.max(0, v.start - 30), v.start))) {
    // "Forces fighting ISIS clashed with ...": the sentence's own event verb, told as fact, stands.
    const other = verbs(text, null).find((o) => o.start !== v.start && !/^(?:releas|sign)|^fighters?$/i.test(text.slice(o.start, o.end)) && classify(text, o, true).modality === 'fact');
    if (other) return { modality: 'fact', span: null, rule: 'asserted' };
    return { modality: 'forecast', span: v, rule: 'participle-describes-actor' };
  }
  if (v.start < 12 && /^[A-Z]\w*s\b/.test(text.slice(v.start))) {
    const scope = SCOPE_CLAUSE.exec(text.slice(v.end));
    if (scope) return { modality: 'forecast', span: { start: v.start, end: v.end + scope[0].length }, rule: 'scope-clause-not-event' };
  }
  const after = text.slice(v.end, v.end + 50);
  const fa = FORECAST_AFTER.exec(after);
  if (fa) return { modality: 'forecast', span: { start: v.end, end: v.end + fa[0].length }, rule: 'forecast-after-trigger' };
  const ha = HEDGE_AFTER.exec(after);
  if (ha) return { modality: 'hedged', span: { start: v.end, end: v.end + ha[0].length }, rule: 'hedge-after-trigger' };
  // "its aircraft had not carried out any strikes in the area": the deed denied after its doer.
  const na = NEGATION_AFTER.exec(after);
  if (na) return { modality: 'negated', span: { start: v.end, end: v.end + na[0].length }, rule: 'negated-after-trigger' };
  const before = text.slice(Math.max(0, v.start - 60), v.start);
  const base = Math.max(0, v.start - 60);
  const lower = before.toLowerCase();
  const cue = (gate: RegExp, re: RegExp) => {
    const m = gate.test(lower) ? re.exec(before) : null;
    return m ? { start: base + m.index, end: v.start } : null;
  };
  let s = cue(NEGATION_GATE, NEGATION_BEFORE);
  if (s) return { modality: 'negated', span: s, rule: 'negated-event' };
  s = cue(HEDGE_GATE, HEDGE_BEFORE);
  if (s) return { modality: 'hedged', span: s, rule: 'hedged-event' };
  s = cue(FORECAST_GATE, FORECAST_BEFORE);
  if (s) return { modality: 'forecast', span: s, rule: 'forecast-or-hypothetical' };
  return { modality: 'fact', span: null, rule: 'asserted' };
}

/**
 * How the sentence tells its event. With several event verbs, one told as fact makes the sentence
 * a fact ("Rebels attacked X and vowed to take Y"); otherwise the first verb's modality stands.
 */
export function modalityOf(text: string, trigger: Span | null): ModalityResult {
  // A question asserts nothing: "Is ISIS retreating across northern Syria?"
  if (text.includes('?') && /\?["'”’)\]]*\s*$/.test(text)) return { modality: 'hedged', span: { start: text.length - 1, end: text.length }, rule: 'question' };
  const vs = verbs(text, trigger);
  if (!vs.length) {
    const h = hedgeAnywhere(text);
    return h ? { modality: 'hedged', span: { start: h.index, end: h.index + h[0].length }, rule: 'hedge-word' } : { modality: 'fact', span: null, rule: 'asserted' };
  }
  const results = vs.map((v) => classify(text, v));
  const fact = results.find((r) => r.modality === 'fact');
  if (fact) {
    const h = hedgeAnywhere(text);
    if (h) return { modality: 'hedged', span: { start: h.index, end: h.index + h[0].length }, rule: 'hedge-word' };
    return fact;
  }
  return results[0]!;
}
