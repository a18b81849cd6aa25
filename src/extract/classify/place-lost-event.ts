// The event mention of a place lost (place-lost.ts) told inside a sentence about something else:
// "Dozens of prisoners were freed after ISIS was forced to leave Dana" is a release and, beside
// it, Dana changing hands. Also the classification of a sentence whose only event is such a loss
// ("... filmed inside the ISIS headquarters in Dana after its liberation by insurgents").
import type { EventMention, FieldSource, Span } from '../../core/types.js';
import { eventTypeOf } from '../../core/taxonomy.js';
import type { ActorMention } from '../actors/match.js';
import type { ActorContext } from '../actors/label.js';
import type { PlacedActor } from '../actors/roles.js';
import type { Classification } from './index.js';
import { findPlaceLoss, lossSides, type LossSides, type PlaceLoss, type StorySentence } from './place-lost.js';

const TERRITORY = /territory/;
const LOSS_RULE = /^territory-loss:/;
/** Below a rule-backed event of the same sentence, above a bare mention. */
const LOSS_SCORE = 0.6;

/** A territory classification for a sentence no rule found an event in, when it tells a place lost. */
export function lossClassification(text: string): Classification | null {
  const loss = findPlaceLoss(text);
  if (!loss) return null;
  const sub = loss.form === 'retreat' ? 'Non-violent transfer of territory' : 'Non-state actor overtakes territory';
  return { sub_event_type: sub, event_type: eventTypeOf(sub), score: LOSS_SCORE, trigger: loss.trigger, rules: [loss.rule], alternatives: [] };
}

/** Whether a classification came from lossClassification (its sides are then read by lossSides). */
export function isLossClassification(cls: Classification): boolean {
  return LOSS_RULE.test(cls.rules[0] ?? '');
}

/** The sides and type of a sentence classified as a loss; null when no armed side is named. */
export function sidesOfLossSentence(text: string, mentions: ActorMention[], ctx: ActorContext, story: () => StorySentence[]): LossSides | null {
  const loss = findPlaceLoss(text);
  return loss ? lossSides(text, loss, mentions, ctx, story) : null;
}

function shift(span: Span | null, by: number): Span | null {
  return span ? { start: span.start + by, end: span.end + by } : null;
}

function actorSource(a: PlacedActor | null, offset: number): FieldSource | null {
  return a ? { span: shift(a.span, offset), rule: a.rule } : null;
}

/**
 * The change of hands told beside the sentence's own event (a release, a film, a clash), or null
 * when the sentence tells none or its own event is already the territory event. `claimOf` gives
 * the claim of a part of the sentence: a loss told in an "after" clause is presupposed by the
 * reporter ("activists claim prisoners were freed after ISIS was forced out"), so its claim is
 * read from that clause, not from the verb of saying before the main event.
 */
export function lossEventBeside(
  ev: EventMention,
  text: string,
  offset: number,
  mentions: ActorMention[],
  ctx: ActorContext,
  story: () => StorySentence[],
  claimOf: (part: string) => { status: EventMention['claim']['status']; by: string | null; span: Span | null; rule: string },
): EventMention | null {
  if (TERRITORY.test(ev.sub_event_type)) return null;
  const loss: PlaceLoss | null = findPlaceLoss(text);
  if (!loss) return null;
  const sides = lossSides(text, loss, mentions, ctx, story);
  if (!sides) return null;
  const from = loss.presupposed ? clauseStart(text, loss.trigger.start) : 0;
  const claim = claimOf(text.slice(from));
  const sources: Record<string, FieldSource> = {
    sub_event_type: { span: shift(loss.trigger, offset)!, rule: sides.rules.join(',') },
    fatalities: { span: null, rule: 'told-for-the-sentence-event' },
    claim: { span: shift(claim.span, offset + from), rule: loss.presupposed ? `presupposed-clause:${claim.rule}` : claim.rule },
  };
  const a1 = actorSource(sides.actor1, offset);
  const a2 = actorSource(sides.actor2, offset);
  if (a1) sources.actor1 = a1;
  if (a2) sources.actor2 = a2;
  for (const k of ['event_date', 'location'] as const) if (ev.sources[k]) sources[k] = ev.sources[k]!;
  return {
    ...ev,
    event_type: eventTypeOf(sides.sub_event_type),
    sub_event_type: sides.sub_event_type,
    actor1: sides.actor1?.label ?? null,
    assoc_actor_1: null,
    inter1: sides.actor1?.inter ?? null,
    actor2: sides.actor2?.label ?? null,
    assoc_actor_2: null,
    inter2: sides.actor2?.inter ?? null,
    fatalities: 0,
    claim: { status: claim.status, by: claim.by },
    salience: Math.round((ev.salience - 0.01) * 1000) / 1000,
    sources,
  };
}

/** Where the "after"/"following" clause holding the loss begins. */
function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const m = /\b(?:after|following|since|once)\s(?![\s\S]*\b(?:after|following|since|once)\s)/i.exec(before);
  return m ? m.index : 0;
}
