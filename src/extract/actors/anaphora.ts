// "Islamic State fighters took the city ... the militants also seized the airbase": once a story
// has named the one armed group it is about, a bare "the militants" later in the same story is
// that group, as a reader (and an ACLED coder) takes it. Only when exactly one non-state armed
// group is named in the story: with two or more, the generic word stays unidentified, never a guess.
import type { ActorMention } from './match.js';
import { resolveMention, type ActorContext } from './label.js';
import type { PlacedActor } from './roles.js';

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
