// A place lost by one side is a change of hands, however the sentence is built around it:
// "prisoners were freed after ISIS was forced to leave Dana", "the HQ in Dana after its liberation
// by insurgents", "the army lost the town to rebels", "the town fell to the militants". The
// sentence's main verb may tell something else (a release, a film shot there); the loss is then a
// second event of the sentence, or its only one. This module finds the loss and its sides in the
// text; extract/index.ts turns it into an event mention.
import type { Span } from '../../core/types.js';
import type { SubEventType } from '../../core/taxonomy.js';
import type { ActorMention } from '../actors/match.js';
import { resolveMention, type ActorContext, type ResolvedActor } from '../actors/label.js';
import type { PlacedActor } from '../actors/roles.js';
import { ATTEMPT_BEFORE, ELAPSED_BEFORE } from './patterns.js';

export type LossForm = 'forced-out' | 'driven-out' | 'liberated' | 'lost-to' | 'fell-to' | 'retreat';

export interface PlaceLoss {
  form: LossForm;
  /** The words that tell the loss, as offsets into the sentence. */
  trigger: Span;
  /** Where the loser is named (an actor mention starting inside it is the loser), or null. */
  loser: Span | null;
  /** Where the winner is named, or null when the text names none. */
  winner: Span | null;
  /** Whether the text says force was used (forced, driven, expelled), not only that a side left. */
  forced: boolean;
  /** Told in a clause introduced by "after"/"following"/"since": the reporter presupposes it. */
  presupposed: boolean;
  rule: string;
}

/** A word matched whatever its case ("Pushed Out of" in a headline), the place after it still capitalised. */
const ci = (words: string) => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const PLACE = String.raw`(?:the\s+(?:\w+\s+){0,2}(?:of\s+)?)?(?:(?:al|el|ad|as|ar|an|at|ash|az|ed|es)-)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}`;
// "ISIS was forced to leave Dana", "IS fighters were driven out of Dana", "ISIS Pushed Out of Dana".
const FORCED_OUT = new RegExp(
  String.raw`\b(?:(?:was|were|had\s+been|has\s+been|have\s+been|being|got)\s+)?(?:(${ci('forced')}|${ci('compelled')})\s+(?:${ci('to')}\s+(?:${ci('leave')}|${ci('abandon')}|${ci('quit')}|${ci('flee')}|${ci('withdraw from')}|${ci('retreat from')}|${ci('pull out of')}|${ci('evacuate')})|${ci('out of')}|${ci('from')})|(${ci('driven')}|${ci('pushed')}|${ci('expelled')}|${ci('ousted')}|${ci('kicked')}|${ci('chased')}|${ci('routed')}|${ci('evicted')}|${ci('flushed')}|${ci('thrown')})\s+(?:${ci('out of')}|${ci('out from')}|${ci('from')}))\s+(${PLACE})`.replace(/ /g, '\\s+'),
  'g',
);
// "Rebels drove ISIS out of Dana", "the army expelled the militants from Dana".
const DROVE_OUT = new RegExp(
  String.raw`\b(?:(drove|expelled|ousted|evicted|routed)\s+((?:the\s+)?(?:[\w'\u2019-]+\s+){0,5}?)(?:out\s+of|out\s+from|from)|(pushed|forced|kicked|chased|flushed|threw)\s+((?:the\s+)?(?:[\w'\u2019-]+\s+){0,5}?)out\s+(?:of|from))\s+(${PLACE})`,
  'g',
);
// "after its liberation by insurgents", "Dana's liberation by rebels", "the liberation of Dana from ISIS by rebels".
const LIBERATION = /\b(?:its|[A-Z][\w'\u2019-]*(?:'s|\u2019s)|the)\s+liberation(?:\s+of\s+[^,;.]{1,40}?)?(\s+from\s+[^,;.]{1,50}?)?(?:\s+by\s+([^,;.]{1,60}))/g;
// "Rebels liberated Dana from ISIS".
const LIBERATED_FROM = new RegExp(String.raw`\bliberated\s+(${PLACE})\s+from\s+([^,;.]{1,60})`, 'g');
// "ISIS lost Dana to the rebels", "the army lost control of the town to militants".
const LOST_TO = new RegExp(String.raw`\b(?:lost|ceded)\s+(?:(?:full\s+|complete\s+)?control\s+of\s+)?(${PLACE})\s+to\s+([^,;.]{1,60})`, 'g');
// "Dana fell to the rebels", "the town fell into the hands of ISIS".
const FELL_TO = /\bfell\s+(?:to|into\s+the\s+hands\s+of)\s+([^,;.]{1,60})/gi;
// "after ISIS's retreat from Dana", "following the army's withdrawal from the town".
const RETREAT_FROM = new RegExp(String.raw`\b([\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,5}?)(?:'s|\u2019s)\s+(?:retreat|withdrawal|pull-?out)\s+from\s+(${PLACE})`, 'g');

const PRESUPPOSING = /\b(?:after|following|since|once)\s+(?:[\w'\u2019-]+\s+){0,8}$/i;
const NOT_DONE = /\b(?:will|would|could|may|might|must|should|to\s+be|not|never|refused\s+to|threaten\w*|if)\s+(?:\w+\s+){0,2}$/i;
// Where a clause ends, going back from the verb: the loser is named after it.
// ("and" is left out: it joins the words of names, "Islamic State of Iraq and as-Sham".)
const CLAUSE_START = /(?:[;:]|,\s|\b(?:after|following|since|once|when|while|because|as|that|but|before)\s)(?![\s\S]*(?:[;:]|,\s|\b(?:after|following|since|once|when|while|because|as|that|but|before)\s))/i;

function clauseBefore(text: string, at: number): Span {
  const from = Math.max(0, at - 120);
  const slice = text.slice(from, at);
  const m = CLAUSE_START.exec(slice);
  return { start: m ? from + m.index + m[0].length : from, end: at };
}

function settled(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return !ELAPSED_BEFORE.test(before.toLowerCase()) && !ATTEMPT_BEFORE.test(before.toLowerCase()) && !NOT_DONE.test(before);
}

function presupposed(text: string, at: number): boolean {
  return PRESUPPOSING.test(text.slice(Math.max(0, at - 80), at));
}

const span = (start: number, end: number): Span => ({ start, end });

// A word one of the patterns above must contain (any case): most sentences hold none, and then
// none of the seven scans can match.
const LOSS_WORD = /forced|compelled|driven|drove|pushed|expelled|ousted|kicked|chased|routed|evicted|flushed|thrown|threw|liberat|lost|ceded|fell|retreat|withdrawal|pull-?out/i;

/** The first loss of a place the sentence tells, with where its sides are named, or null. */
export function findPlaceLoss(text: string): PlaceLoss | null {
  if (typeof text !== 'string' || text.length < 12) return null;
  if (!LOSS_WORD.test(text)) return null;
  const found: PlaceLoss[] = [];
  for (const m of text.matchAll(FORCED_OUT)) {
    if (!settled(text, m.index!)) continue;
    const verbAt = m.index!;
    const placeEnd = m.index! + m[0].length;
    const by = /^\s*by\s+([^,;.]{1,60})/.exec(text.slice(placeEnd));
    found.push({
      form: m[1] ? 'forced-out' : 'driven-out',
      trigger: span(verbAt, placeEnd),
      loser: clauseBefore(text, verbAt),
      winner: by ? span(placeEnd + by[0].length - by[1]!.length, placeEnd + by[0].length) : null,
      forced: true,
      presupposed: presupposed(text, verbAt),
      rule: m[1] ? 'territory-loss:forced-to-leave' : 'territory-loss:driven-out',
    });
  }
  for (const m of text.matchAll(DROVE_OUT)) {
    if (!settled(text, m.index!)) continue;
    // "forced X out of Y" needs its "out" ("forced displacement of X from Y" is no expulsion).
    const [verb, object] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    const objStart = m.index! + m[0].indexOf(object, verb.length);
    found.push({
      form: 'driven-out',
      trigger: span(m.index!, m.index! + m[0].length),
      loser: span(objStart, objStart + object.length),
      winner: clauseBefore(text, m.index!),
      forced: true,
      presupposed: presupposed(text, m.index!),
      rule: 'territory-loss:drove-out',
    });
  }
  for (const m of text.matchAll(LIBERATION)) {
    if (!settled(text, m.index!)) continue;
    const end = m.index! + m[0].length;
    const fromAt = m[1] ? m.index! + m[0].indexOf(m[1]) : -1;
    found.push({
      form: 'liberated',
      trigger: span(m.index!, end),
      loser: m[1] ? span(fromAt, fromAt + m[1].length) : null,
      winner: span(end - m[2]!.length, end),
      forced: true,
      presupposed: presupposed(text, m.index!),
      rule: 'territory-loss:liberation-by',
    });
  }
  for (const m of text.matchAll(LIBERATED_FROM)) {
    if (!settled(text, m.index!)) continue;
    const end = m.index! + m[0].length;
    found.push({
      form: 'liberated',
      trigger: span(m.index!, end),
      loser: span(end - m[2]!.length, end),
      winner: clauseBefore(text, m.index!),
      forced: true,
      presupposed: presupposed(text, m.index!),
      rule: 'territory-loss:liberated-from',
    });
  }
  for (const m of text.matchAll(LOST_TO)) {
    if (!settled(text, m.index!)) continue;
    const end = m.index! + m[0].length;
    found.push({
      form: 'lost-to',
      trigger: span(m.index!, end),
      loser: clauseBefore(text, m.index!),
      winner: span(end - m[2]!.length, end),
      forced: false,
      presupposed: presupposed(text, m.index!),
      rule: 'territory-loss:lost-to',
    });
  }
  for (const m of text.matchAll(FELL_TO)) {
    if (!settled(text, m.index!)) continue;
    const end = m.index! + m[0].length;
    found.push({
      form: 'fell-to',
      trigger: span(m.index!, end),
      loser: null,
      winner: span(end - m[1]!.length, end),
      forced: false,
      presupposed: presupposed(text, m.index!),
      rule: 'territory-loss:fell-to',
    });
  }
  for (const m of text.matchAll(RETREAT_FROM)) {
    if (!settled(text, m.index!)) continue;
    found.push({
      form: 'retreat',
      trigger: span(m.index!, m.index! + m[0].length),
      loser: span(m.index!, m.index! + m[1]!.length),
      winner: null,
      forced: false,
      presupposed: presupposed(text, m.index!),
      rule: 'territory-loss:retreat-from',
    });
  }
  found.sort((a, b) => a.trigger.start - b.trigger.start);
  return found[0] ?? null;
}

// --- The sides of the loss, as ACLED actors ---

const ARMED: ReadonlySet<ResolvedActor['role']> = new Set(['state', 'rebel', 'militia', 'unidentified', 'external']);
const NO_FIGHT = /\bwithout\s+(?:a\s+fight|resistance|fighting|a\s+shot|clashes|bloodshed)|\bpeaceful(?:ly)?\b|\bhand(?:ed|s|ing)?\s+over\b|\bunder\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|truce)\b/i;
const FIGHT = /\b(?:clash\w*|fight\w*|fought|battl\w*|attack\w*|assault\w*|offensive|stormed|ambush\w*)\b/i;

export interface LossSides {
  sub_event_type: SubEventType;
  actor1: PlacedActor | null;
  actor2: PlacedActor | null;
  rules: string[];
}

/** One sentence of the loss's story, with its actor mentions (offsets into its own text). */
export interface StorySentence {
  text: string;
  mentions: ActorMention[];
}

function placed(m: ActorMention, r: ResolvedActor, rule: string, agent: boolean): PlacedActor {
  return { ...r, rule: `${rule}+${r.rule}`, span: { start: m.start, end: m.end }, text: m.text, agent, patient: !agent, speaker: false, group: agent ? 0 : 1 };
}

/** The armed actors named in [span), resolved, in text order. */
function armedIn(mentions: ActorMention[], at: Span | null, ctx: ActorContext): { m: ActorMention; r: ResolvedActor }[] {
  if (!at) return [];
  const out: { m: ActorMention; r: ResolvedActor }[] = [];
  for (const m of mentions) {
    if (m.start < at.start || m.start >= at.end) continue;
    const r = resolveMention(m, ctx);
    if (r && ARMED.has(r.role)) out.push({ m, r });
  }
  return out;
}

/**
 * The side a loser fought in its story: the other armed actor of a sentence that tells of fighting
 * and names the loser ("clashes between insurgents and ISIS in the town").
 */
function opponentInStory(loser: string, story: StorySentence[], ctx: ActorContext): { m: ActorMention; r: ResolvedActor } | null {
  for (const s of story) {
    if (!FIGHT.test(s.text)) continue;
    const armed = armedIn(s.mentions, { start: 0, end: s.text.length }, ctx);
    if (!armed.some((a) => a.r.label === loser)) continue;
    const others = [...new Map(armed.filter((a) => a.r.label !== loser).map((a) => [a.r.label, a])).values()];
    if (others.length === 1) return others[0]!;
  }
  return null;
}

/**
 * Who won and who lost, and so the sub-event type. A named winner (even generically: "insurgents",
 * "rebels") is actor1 and the loser actor2. A winner the sentence does not name is, after a forced
 * loss, the loser's opponent in the story's fighting; with no such opponent actor1 stays unresolved
 * (no guess): the event still joins a telling that names the winner, and until one does it moves no
 * control timeline. A retreat with no force told is a non-violent transfer whose actor1 is the side
 * that left (the convention the control timeline reads). Null when no armed side can be named.
 */
export function lossSides(text: string, loss: PlaceLoss, mentions: ActorMention[], ctx: ActorContext, story: () => StorySentence[] = () => []): LossSides | null {
  const rules = [loss.rule];
  const lastOf = <T>(xs: T[]) => xs[xs.length - 1] ?? null;
  // A span ending where the verb starts is read backwards (the subject nearest the verb).
  const pick = (at: Span | null) => {
    const armed = armedIn(mentions, at, ctx);
    return at && at.end <= loss.trigger.start ? lastOf(armed) : armed[0] ?? null;
  };
  let winner = pick(loss.winner);
  let loser = pick(loss.loser);
  if (winner && loser && winner.r.label === loser.r.label) return null;
  // "The headquarters of ISIS in Dana, after its liberation by insurgents": the one other armed
  // actor the sentence names held the place.
  if (!loser && winner) {
    const others = [...new Map(armedIn(mentions, { start: 0, end: text.length }, ctx).filter((a) => a.r.label !== winner!.r.label).map((a) => [a.r.label, a])).values()];
    if (others.length === 1) {
      loser = others[0]!;
      rules.push('territory-loss:loser-other-actor-in-sentence');
    }
  }
  if (!winner && !loser) return null;
  // Where the text says who lost ("ISIS was forced out", "drove ISIS out"), that side must be an
  // armed actor: "families forced to leave" or "the forced displacement of opponents" is no loss of ground.
  if (loss.loser && !loser && loss.form !== 'liberated') return null;
  if (loss.form === 'retreat' && !FIGHT.test(text)) {
    rules.push('territory-loss:retreat-without-fight');
    return {
      sub_event_type: 'Non-violent transfer of territory',
      actor1: loser ? placed(loser.m, loser.r, 'territory-loss:side-that-left', true) : null,
      actor2: winner ? placed(winner.m, winner.r, 'territory-loss:side-that-took-over', false) : null,
      rules,
    };
  }
  if (!winner && loser && loss.forced) {
    const opp = opponentInStory(loser.r.label, story(), ctx);
    if (opp) {
      winner = opp;
      rules.push('territory-loss:winner-is-loser-opponent-in-story');
    } else rules.push('territory-loss:winner-unknown');
  }
  const actor1 = winner ? placed(winner.m, winner.r, 'territory-loss:winner', true) : null;
  const actor2 = loser ? placed(loser.m, loser.r, 'territory-loss:loser', false) : null;
  if (NO_FIGHT.test(text) && actor1) {
    rules.push('territory-loss:taken-without-fight');
    return { sub_event_type: 'Non-violent transfer of territory', actor1, actor2, rules };
  }
  // The state's side regains; anyone else overtakes. With the winner unknown the type cannot say
  // which, and the codebook's non-state type is kept (the resolver joins it to either).
  const stateWins = winner?.r.role === 'state';
  return { sub_event_type: stateWins ? 'Government regains territory' : 'Non-state actor overtakes territory', actor1, actor2, rules };
}
