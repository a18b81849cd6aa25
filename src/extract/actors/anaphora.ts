// "Islamic State fighters took the city ... the militants also seized the airbase": once a story
// has named the one armed group it is about, a bare "the militants" later in the same story is
// that group, as a reader (and an ACLED coder) takes it. Only when exactly one non-state armed
// group is named in the story: with two or more, the generic word stays unidentified, never a guess.
import type { ActorMention } from './match.js';
import { resolveMention, type ActorContext } from './label.js';
import type { PlacedActor } from './roles.js';
import { disownedBefore } from '../disowned.js';

// Words news uses to refer back to a group already named. "Gunmen", "attackers", "assailants"
// are not among them: they describe unknown perpetrators, often beside a group that is named
// only as a suspect.
const ANAPHORIC_TERMS = new Set(['militants', 'militant', 'jihadists', 'extremists', 'fighters', 'insurgents', 'insurgent', 'militiamen']);

/** The one named non-state armed group among a story's mentions, or null (none, or several). */
export function soleNamedArmedGroup(storyMentions: ActorMention[]): ActorMention | null {
  let found: ActorMention | null = null;
  for (const m of storyMentions) {
    const a = m.actor;
    if (m.kind !== 'named' || !a || a.stateOf || a.inter < 2 || a.inter > 4) continue;
    if (found && found.actor!.name !== a.name) return null;
    found ??= m;
  }
  return found;
}

/**
 * The actor a generic mention refers back to: the story's sole named armed group when the
 * mention is a bare anaphoric word ("the militants") left unidentified; else the actor as is.
 */
export function resolveAnaphor(p: PlacedActor | null, referent: ActorMention | null, ctx: ActorContext): PlacedActor | null {
  if (!p || !referent || !p.span || p.role !== 'unidentified') return p;
  const m = /^generic-(?:unidentified|rebels):([^+]+)\+context-country:/.exec(p.rule);
  if (!m || !ANAPHORIC_TERMS.has(m[1]!.toLowerCase())) return p;
  const r = resolveMention(referent, ctx);
  if (!r) return p;
  return { ...p, label: r.label, inter: r.inter, role: r.role, rule: `anaphora:${m[1]}->${referent.alias}` };
}

// "Gunmen stormed the school ... Boko Haram claimed responsibility": unknown perpetrators are the
// group the story says carried the event out (it claimed it, was blamed for it, its leader said
// its fighters did it). Only when the story names exactly one such group; a mere mention of a
// group nearby never makes it the perpetrator.
const CLAIMED_AFTER =
  /^\s*(?:\([^)]{0,30}\)\s*)?(?:(?:has|have|had|later|quickly|swiftly|reportedly|also)\s+)*(?:claimed|claims|claiming)\s+(?:responsibility|credit|the\s+(?:attack|attacks|bombing|bombings|blast|abduction|abductions|kidnapping|killing|killings|assault|raid|ambush|explosion|massacre))|^\s*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:widely\s+|initially\s+|also\s+|quickly\s+)?(?:suspected|blamed|believed\s+to\s+(?:be|have\s+been)\s+behind|thought\s+to\s+(?:be|have\s+been)\s+behind)\b|^[^.;]{0,120}?\b(?:said|says|admitted|announced|claimed)\b[^.;]{0,80}?\b(?:its|his|their|the\s+group's)\s+(?:fighters|men|militants|members)\s+(?:had\s+|have\s+)?(?:abducted|kidnapped|carried\s+out|killed|attacked|staged|seized|taken)\b|^\s*(?:leader|commander|chief|spokesman)?[^.;]{0,40}?\b(?:says|said)\s+(?:the\s+)?group\s+(?:holds|has|is\s+holding|took|abducted|kidnapped)\b/i;
const CLAIMED_BEFORE = /\b(?:suspicion\s+(?:fell|falls|fall|has\s+fallen)\s+on|claimed\s+by|blamed\s+(?:\w+\s+){0,3}?on|suspected(?:\s+to\s+be|\s+of\s+being)?|attributed\s+to|carried\s+out\s+by|perpetrated\s+by)\s+(?:the\s+)?(?:\w+\s+)?$/i;
const CLAIM_GATE = /claim|suspect|blame|behind|said|says|admitted|announced|attributed|carried|perpetrated/i;

// A claim credits the events told near it, and the story's lead (a claim is most often about the
// main event): in a round-up of a region's incidents, the group that claimed one attack did not
// carry out the kidnapping told eight sentences on.
const CLAIM_REACH = 8;
const LEAD_SENTENCES = 2;

/**
 * The one named armed group a story credits with the event of sentence `at`, or null.
 * sentences: text, its actor mentions and its index among the report's sentences, in story order;
 * only claims told within CLAIM_REACH sentences of `at` count, unless `at` is in the story's lead
 * (a headline, index -1, reaches the whole story).
 */
export function claimedPerpetrator(sentences: { text: string; mentions: ActorMention[]; index: number }[], at: number): ActorMention | null {
  let found: ActorMention | null = null;
  const body = sentences.filter((s) => s.index >= 0);
  const inLead = body.slice(0, LEAD_SENTENCES).some((s) => s.index === at);
  for (const { text, mentions, index } of sentences) {
    if (!inLead && index >= 0 && Math.abs(index - at) > CLAIM_REACH) continue;
    if (!CLAIM_GATE.test(text)) continue;
    for (const m of mentions) {
      const a = m.actor;
      if (m.kind !== 'named' || !a || a.stateOf || a.inter < 2 || a.inter > 4) continue;
      const before = text.slice(Math.max(0, m.start - 60), m.start);
      if (!(CLAIMED_AFTER.test(text.slice(m.end, m.end + 220)) || CLAIMED_BEFORE.test(before.slice(-50)))) continue;
      if (disownedBefore(before)) continue;
      if (found && found.actor!.name !== a.name) return null;
      found ??= m;
    }
  }
  return found;
}

// Criminal perpetrators are their own kind (ACLED's unidentified armed groups), never the
// jihadist group that claimed another attack in the same story.
const CRIMINAL_TERMS = /^generic-(?:unidentified|rebels):(?:bandits?|kidnappers?|robbers?|armed robbers|thieves|rustlers|cattle rustlers|criminals|smugglers|pirates|gangs?|gangsters|cartel gunmen)\+/i;

/** An unidentified acting side is the group the story credits, when there is one. */
export function resolveByClaim(p: PlacedActor | null, culprit: ActorMention | null, ctx: ActorContext): PlacedActor | null {
  if (!p || !culprit || p.role !== 'unidentified' || CRIMINAL_TERMS.test(p.rule)) return p;
  const r = resolveMention(culprit, ctx);
  if (!r) return p;
  return { ...p, label: r.label, inter: r.inter, role: r.role, rule: `credited-in-story:${culprit.alias}` };
}
