// Who did what to whom: actor1 acts, actor2 is acted upon. Rules read the sentence's surface:
// an agent after "by" or "fire from" acts even when named last (passive voice), a subject of a
// passive verb is acted upon, "between X and Y" orders the sides, a list joined by "and" or
// "backed by" is one side (the first named leads, the others are associated). The sub-event type
// then fixes the roles ACLED prescribes: protesters alone in a peaceful protest, civilians as the
// target of violence against civilians, the state side first when the government regains ground.
import type { Span } from '../../core/types.js';
import type { SubEventType } from '../../core/taxonomy.js';
import { findActorMentions, type ActorMention } from './match.js';
import { resolveMention, stateForces, type ActorContext, type ResolvedActor } from './label.js';
import { disownedBefore } from '../disowned.js';

export interface PlacedActor extends ResolvedActor {
  span: Span | null;
  text: string | null;
  agent: boolean;
  patient: boolean;
  /** The source of a statement ("FSA commander X explained that ..."): the claimant, not a party. */
  speaker: boolean;
  /** A speaker that says it did the deed ("the army said it killed ..."): acts only if nobody else does. */
  ownDeed?: boolean;
  /** Index of the side (list) it belongs to. */
  group: number;
}

export interface Roles {
  actor1: PlacedActor | null;
  actor2: PlacedActor | null;
  assoc1: PlacedActor[];
  assoc2: PlacedActor[];
  /** All actors found, for `explain`. */
  found: PlacedActor[];
}

// "by" marks the agent of a passive event verb or its noun ("killed by", "were targeted overnight
// by", "its liberation by insurgents"), not of any verb ("a hospital used as a prison by ISIS").
const AGENT_BEFORE = /(?:\b(?:killed|attacked|targeted|shot|ambushed|hit|struck|wounded|injured|abducted|kidnapped|arrested|detained|incarcerated|imprisoned|jailed|executed|besieged|shelled|bombed|captured|seized|taken|retaken|recaptured|liberated|stormed|overrun|raided|repelled|pushed\s+back|driven\s+out|expelled|carried\s+out|launched|conducted|claimed|fired|dropped|beaten|massacred|tortured|raped|dispersed|surrounded|destroyed|looted|burned|freed|released|held|controlled|occupied|backed|supported|led|liberation|capture|recapture|seizure|takeover|conquest|occupation|killing|bombing|shelling|abduction|kidnapping)\s+(?:[\w-]+\s+){0,3}?by|\b(?:was|were|been|being)\s+(?:intercepted|downed|shot\s+down|defused|dismantled|foiled|thwarted|neutrali[sz]ed)\s+(?:\w+ly\s+)?by|\bat\s+the\s+hands\s+of|\b(?:fire|attacks?|shelling|strikes?|airstrikes?|bombardment|assault|raids?|rockets?|mortars?|offensive)\s+(?:\w+\s+)?from)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$/i;
const SUPPORTED_BEFORE = /\b(?:support\s+for|supportive\s+of|sympathetic\s+to|loyal\s+to|stronghold\s+of|bastion\s+of|heartland\s+of|supporters\s+of|sympathi[sz]ers\s+of)\s+(?:the\s+)?$/i;
const PATIENT_AFTER = /^\s*(?:,[^,]{0,40},\s*)?(?:were|was|have\s+been|had\s+been|has\s+been|are|is|being|got)\s+(?:\w+\s+)?(?:killed|attacked|targeted|shot|ambushed|hit|struck|wounded|injured|abducted|kidnapped|arrested|detained|executed|besieged|shelled|bombed|forced|driven|pushed|expelled|repelled|routed|defeated|captured|seized|dispersed|beaten|massacred|slain|tortured|raped|assaulted|displaced)\b|^\s*came\s+under\s+(?:\w+\s+)?(?:fire|attack|shelling|bombardment)|^\s*(?:lost|ceded|retreated|withdrew|fled|surrendered)\b/i;
/** A target: "on a police station", "targeting regime positions", "against the army". */
const PATIENT_BEFORE = /\b(?:on|against|targeting|targeted|at|toward|towards|into|hit|hits|struck|strikes|attacked|attacks|attacking|ambushed|ambushing|bombed|shelled|shelling|killed|killing|kills|raided|stormed|besieged|seized|captured|detained|abducted|kidnapped|arrested|fighting|battling|confronting|(?:bombing|shelling|storming|siege|ambush|killing|assassination)\s+of)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:(?:convoy|vehicle|patrol|position|base|post|checkpoint|camp|unit|members)s?\s+of\s+(?:the\s+)?)?$/i;
/** A mention that introduces what someone says: "X commander Y explained that", "X said in a statement that". */
const SPEAKER_AFTER = /^\s*(?:\([^)]{0,30}\)\s*)?(?:commander|spokes(?:man|person|woman)|official|leader|source|sources|media\s+office|statement|chief|head|representative)?[^.;]{0,45}?\b(?:(?:said|says|explained|told|announced|stated|claimed|claims|reported|added|confirmed|denied|insisted|warned)\s+(?:(?:in\s+a\s+statement|on\s+\w+(?:\s+\w+)?)\s+)?that\b|(?:has\s+|have\s+|had\s+)?(?:issued|put\s+out|released|published)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu\w+|declaration|appeal))/i;
/**
 * A mention that names who speaks with no "that" after it: "opposition figure George Sabra said",
 * "the army said on Monday", "according to rebels", and a headline's "Syrian opposition: 1,300 killed".
 * Only a title and a name may stand between the mention and its speech verb. "Claimed" is left out:
 * "IS claimed the bombing" names the perpetrator.
 */
const SPEAKER_NAMED_AFTER = /^(?:\s*:(?!\d)|(?:\s*,[^,.;]{1,80},)?(?:\s+(?:figure|leader|official|politician|spokes(?:man|person|woman)|commander|source|sources|chief|head|member|representative|envoy|activist|[A-Z][\w'’.-]*)){0,4}\s+(?:said|says|told|announced|stated|reported|added|alleged|warned)\b)/;
/** A mention inside an appositive that closes on a speech verb: "X, the main opposition bloc abroad, said". */
const APPOSITIVE_OPEN = /,\s*(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}$/;
const APPOSITIVE_SPEAKER_AFTER = /^(?:\s+[\w'’-]+){0,4},\s*(?:said|says|told|reported|announced|stated|added)\b/;
const SPEAKER_NAMED_BEFORE = /\baccording\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i;
/** The speaker says it did it: "the army said it killed", "rebels said they took", "said its fighters";
 * not "police said it was detonated remotely", where "it" is the bomb. */
const SPEAKER_OWN_DEED = /\b(?:said|says|told\s+\w+|announced|stated|claimed|claims|reported|added)\s+(?:(?:on|in)\s+(?:a\s+|an\s+)?[\w-]+\s+)?(?:that\s+)?(?:it|they|its|their|his|her|we|our)\b(?!\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b)/i;
const HOLDER_OF_PLACE = /^[-‐](?:held|controlled|run|dominated|occupied)\b/i;
/** "the sit-in outside army headquarters": a force's building as a place, not the force acting. */
const PLACE_OF_BEFORE = /\b(?:outside|near|in\s+front\s+of|opposite|beside|next\s+to|around)\s+(?:the\s+)?$/i;
const PLACE_OF_AFTER = /^\s*(?:headquarters|HQ|compound|barracks|building|offices?)\b/i;
// The target is a military installation of the state, not one qualified by another holder
// ("a rebel base", "the US airbase").
const STATE_INSTALLATION_TARGET = /\b(?:on|at|against|targeting|targeted|hit|hitting|struck|striking)\s+(?:the\s+|a\s+|an\s+)?(?!(?:[\w-]+\s+)?(?:rebel|militant|insurgent|opposition|jihadist|US|U\.S\.|American|Russian|Turkish|Israeli|Iranian|coalition|Kurdish|SDF|Houthi)\b)(?:[A-Z][\w'-]+\s+){0,3}?(?:military\s+)?(?:air\s?base|airbase|airfield|air\s+field|military\s+airport|army\s+base|military\s+base|barracks|army\s+headquarters|military\s+headquarters)s?\b/;
// "troops, backed by local clan militias", "FARDC and allied Wazalendo militias": an ally, its
// describing words before it (only after an ally's connector: "and killed three militants" is no ally).
const ALLY_BETWEEN = /^\s*\)?\s*,?\s*(?:backed\s+by|supported\s+by|aided\s+by|assisted\s+by|alongside|along\s+with|together\s+with|including|among\s+them|led\s+by|and\s+(?:their\s+|its\s+)?allied|and\s+(?:their\s+|its\s+)?allies)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?$/i;
const SAME_SIDE_BETWEEN = /^\s*\)?\s*(?:,|and|,\s*and|together\s+with|alongside|along\s+with|backed\s+by|supported\s+by|as\s+well\s+as|and\s+allied|,\s*backed\s+by|and\s+their\s+allies,?)\s*(?:the\s+)?$/i;
const BETWEEN_BEFORE = /\b(?:between|among)\s+(?:the\s+)?$/i;
// Cheap gates: words every match of the rule contains. The window rules above end in `$` and are
// tried at every position of the window; most windows hold none of these words.
const AGENT_GATE = /by|hands|from/i;
const SPEAKER_GATE = /that|statement|communiqu|declaration|appeal/i;

function mark(text: string, mentions: ActorMention[], ctx: ActorContext): PlacedActor[] {
  const out: PlacedActor[] = [];
  let group = 0;
  let prev: PlacedActor | null = null;
  for (const m of mentions) {
    const r = resolveMention(m, ctx);
    if (!r) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 70);
    // "army soldiers", "National Defense Forces (NDF)": the same actor named twice in a row is one mention.
    if (prev && prev.span && prev.label === r.label && /^[\s()\-–,]*$/.test(text.slice(prev.span.end, m.start))) {
      prev.span = { start: prev.span.start, end: m.end + (text[m.end] === ')' ? 1 : 0) };
      prev.text = text.slice(prev.span.start, prev.span.end);
      continue;
    }
    // "A suburb with strong support for Hezbollah": whom a place backs is no party of the event.
    if (SUPPORTED_BEFORE.test(before)) continue;
    // A party the sentence says did not do it is no party of the event ("was not claimed by ISIS").
    if (disownedBefore(before)) continue;
    // Spelled out rather than spread: object spread is a slow path in V8 on this hot loop.
    const p: PlacedActor = { label: r.label, inter: r.inter, assoc: r.assoc, role: r.role, rule: r.rule, span: { start: m.start, end: m.end }, text: m.text, agent: AGENT_GATE.test(before) && AGENT_BEFORE.test(before), patient: PATIENT_AFTER.test(after) || PATIENT_BEFORE.test(before.slice(-30)), speaker: (SPEAKER_GATE.test(after) && SPEAKER_AFTER.test(after)) || (r.role !== 'civilians' && (SPEAKER_NAMED_AFTER.test(after) || SPEAKER_NAMED_BEFORE.test(before.slice(-40)) || (APPOSITIVE_OPEN.test(before.slice(-60)) && APPOSITIVE_SPEAKER_AFTER.test(after)))), ownDeed: false, group: 0 };
    if (p.speaker) p.ownDeed = SPEAKER_OWN_DEED.test(after);
    if (prev && prev.span) {
      const between = text.slice(prev.span.end, m.start);
      const inBetween = BETWEEN_BEFORE.test(text.slice(Math.max(0, prev.span.start - 20), prev.span.start));
      const sameSide = (SAME_SIDE_BETWEEN.test(between) || ALLY_BETWEEN.test(between)) && !inBetween && prev.role !== 'civilians' && r.role !== 'civilians';
      if (!sameSide) group++;
      if (sameSide && prev.agent) p.agent = true;
      // Every member of a list shares its passive verb ("X and Y were killed").
      if (sameSide && p.patient) for (const q of out) if (q.group === group) q.patient = true;
    }
    p.group = group;
    out.push(p);
    prev = p;
  }
  return out;
}

function defaultActor(label: string, inter: number, role: ResolvedActor['role'], rule: string, assoc: string | null = null): PlacedActor {
  return { label, inter, assoc, role, rule, span: null, text: null, agent: false, patient: false, speaker: false, ownDeed: false, group: -1 };
}

const ARMED = new Set<ResolvedActor['role']>(['state', 'rebel', 'militia', 'unidentified', 'external']);

/** One mention per label: the first, unless it only speaks and a later one acts ("a military source said army units shelled"). */
function uniqueByLabel(xs: PlacedActor[]): PlacedActor[] {
  const first = new Map<string, PlacedActor>();
  for (const x of xs) {
    const had = first.get(x.label);
    if (!had || (had.speaker && !x.speaker)) first.set(x.label, x);
  }
  return xs.filter((x) => first.get(x.label) === x);
}

/** The acting side: an agent ("by X") first, then the first armed actor neither acted upon nor only speaking. */
function pickActing(xs: PlacedActor[], allow: (p: PlacedActor) => boolean, speakersMayAct = false): PlacedActor | null {
  // A speaker is the claimant, not a party, unless the sentence says it did it ("said it killed"),
  // it tells of armed enemies' losses ("the army said 9 insurgents were killed"), or the event is
  // a development it announces of itself (a split, a new base).
  const enemiesDown = () => xs.some((x) => x.patient && !x.speaker && allow(x));
  return (
    xs.find((x) => x.agent && allow(x)) ??
    xs.find((x) => !x.patient && (!x.speaker || x.ownDeed) && allow(x)) ??
    xs.find((x) => !x.patient && x.speaker && (speakersMayAct || enemiesDown()) && allow(x)) ??
    null
  );
}

/** Strategic developments: what a group announces of itself is its own act. */
const ANNOUNCED_OF_ITSELF = new Set<SubEventType>(['Agreement', 'Change to group/activity', 'Headquarters or base established', 'Non-violent transfer of territory', 'Other']);

/**
 * "its fighters", "his men": a possessive before a generic armed mention. Wider than the country
 * possessive of match.ts ("its troops" after a country): a commander's "his men" are his group's.
 */
const OWN_MEN_BEFORE = /\b(?:its|their|his|our)\s+(?:own\s+)?$/i;

/** mentions: the sentence's actor mentions when already found (they are found once per sentence). */
export function assignRoles(text: string, sub: SubEventType, ctx: ActorContext, mentions: ActorMention[] = findActorMentions(text)): Roles {
  const found = mark(text, mentions, ctx);
  // "rebel-held Aleppo", "a Houthi-run district": who holds the place, not who acts or suffers in
  // the event; they count only when the event is about that hold changing.
  const territorial = sub === 'Government regains territory' || sub === 'Non-state actor overtakes territory' || sub === 'Non-violent transfer of territory';
  const asPlace = (p: PlacedActor) => !!p.span && PLACE_OF_AFTER.test(text.slice(p.span.end, p.span.end + 14)) && PLACE_OF_BEFORE.test(text.slice(Math.max(0, p.span.start - 20), p.span.start));
  // "The RSF claims its fighters took the palace": the owner's own men, not a second side.
  const ownMen = (p: PlacedActor) =>
    p.role === 'unidentified' && !!p.span && OWN_MEN_BEFORE.test(text.slice(Math.max(0, p.span.start - 12), p.span.start)) &&
    found.some((o) => o !== p && o.role !== 'unidentified' && ARMED.has(o.role) && !!o.span && o.span.start < p.span!.start);
  const all = uniqueByLabel((territorial ? found : found.filter((p) => !(p.span && HOLDER_OF_PLACE.test(text.slice(p.span.end, p.span.end + 14))))).filter((p) => !asPlace(p) && !ownMen(p)));
  const C = ctx.country;
  const isArmed = (p: PlacedActor) => ARMED.has(p.role);
  const isState = (p: PlacedActor) => p.role === 'state' || (p.role === 'external' && p.label.startsWith('Military Forces'));
  let a1: PlacedActor | null = null;
  let a2: PlacedActor | null = null;

  const protesters = () =>
    all.find((p) => p.role === 'protesters') ?? (C ? defaultActor(`Protesters (${C})`, 6, 'protesters', 'protest-default-actor') : null);
  const forces = () =>
    all.find((p) => isState(p)) ??
    // A non-state force that breaks up a protest ("the Rapid Support Forces dispersed the sit-in") is named as it acts.
    all.find((p) => isArmed(p) && !p.patient && p.role !== 'unidentified') ??
    (C ? defaultActor(stateForces(C, ctx.date, true), 1, 'state', 'intervening-police-default') : null);
  const civilians = () =>
    all.find((p) => p.role === 'civilians') ?? (C ? defaultActor(`Civilians (${C})`, 7, 'civilians', 'victims-default-civilians') : null);
  const unidentified = () => (C ? defaultActor(`Unidentified Armed Group (${C})`, 3, 'unidentified', 'unknown-perpetrator') : null);

  switch (sub) {
    case 'Peaceful protest':
      a1 = protesters();
      break;
    case 'Protest with intervention':
      a1 = protesters();
      a2 = forces();
      break;
    case 'Excessive force against protesters':
      a1 = forces();
      a2 = protesters();
      break;
    case 'Violent demonstration':
    case 'Mob violence': {
      const crowd = all.find((p) => p.role === 'rioters' || p.role === 'protesters');
      a1 = crowd ? { ...crowd, label: `Rioters (${crowd.label.replace(/^.*\((.*)\)$/, '$1')})`, inter: 5, role: 'rioters' } : C ? defaultActor(`Rioters (${C})`, 5, 'rioters', 'riot-default-actor') : null;
      a2 = all.find((p) => p !== crowd && (isState(p) || p.role === 'civilians' || isArmed(p))) ?? null;
      break;
    }
    case 'Attack':
    case 'Abduction/forced disappearance':
    case 'Sexual violence':
      a1 = pickActing(all, isArmed) ?? all.find((p) => p.role === 'rioters') ?? unidentified();
      // "They seized ISIS fighters": armed men taken are the side acted upon, not civilians.
      a2 = all.find((p) => p.role === 'civilians') ?? all.find((p) => p !== a1 && p.patient && isArmed(p)) ?? civilians();
      break;
    case 'Arrests':
      a1 = pickActing(all, isState) ?? (C ? defaultActor(stateForces(C, ctx.date, true), 1, 'state', 'arrests-default-police') : null);
      // Those arrested, not the body that speaks for the arresters ("The Taliban's intelligence
      // directorate said it had arrested six members of ISKP").
      a2 = all.find((p) => p !== a1 && p.label !== a1?.label && p.patient) ?? all.find((p) => p !== a1 && p.label !== a1?.label && !p.speaker) ?? all.find((p) => p !== a1 && p.label !== a1?.label) ?? null;
      break;
    case 'Government regains territory':
      // The type says who regained it: with no force named ("the prime minister declared victory
      // over ISIS in Mosul"), the state's forces of the event's country.
      a1 = all.find((p) => isState(p) && !p.patient && !p.speaker) ?? all.find((p) => isState(p) && !p.patient) ?? (C ? defaultActor(stateForces(C, ctx.date), 1, 'state', 'government-regains-default-state') : pickActing(all, isArmed));
      // Allies named in the gainer's list ("FAMa and Wagner forces retook X from JNIM") are its own side.
      a2 = all.find((p) => p !== a1 && isArmed(p) && !isState(p) && p.group !== a1?.group) ?? all.find((p) => p !== a1 && isArmed(p) && p.group !== a1?.group) ?? null;
      break;
    case 'Non-state actor overtakes territory':
      a1 = pickActing(all, (p) => isArmed(p) && !isState(p)) ?? pickActing(all, isArmed);
      a2 = all.find((p) => p !== a1 && isArmed(p) && p.group !== a1?.group) ?? null;
      break;
    case 'Agreement':
      // The parties to an agreement are named together ("rebels and the regime agreed"): in order.
      a1 = all.find((p) => p.role !== 'civilians') ?? null;
      a2 = all.find((p) => p !== a1 && p.role !== 'civilians') ?? null;
      break;
    case 'Non-violent transfer of territory':
      // The side that takes over acts; when only a withdrawal is told, the side withdrawing.
      a1 = pickActing(all, isArmed, true) ?? all.find(isArmed) ?? null;
      a2 = all.find((p) => p !== a1 && isArmed(p) && p.group !== a1?.group) ?? null;
      break;
    case 'Armed clash':
      a1 = pickActing(all, isArmed);
      a2 = all.find((p) => p !== a1 && isArmed(p) && p.group !== a1?.group) ?? all.find((p) => p !== a1 && isArmed(p)) ?? null;
      break;
    default: {
      const own = ANNOUNCED_OF_ITSELF.has(sub);
      a1 = pickActing(all, isArmed, own) ?? pickActing(all, (p) => p.role !== 'civilians', own);
      if (!a1 && ['Suicide bomb', 'Remote explosive/landmine/IED', 'Grenade'].includes(sub)) a1 = unidentified();
      // (Not the source of the telling: "the Coalition, the main opposition bloc, said 1,300 people died".)
      a2 = all.find((p) => p !== a1 && p.label !== a1?.label && p.group !== a1?.group && !(p.speaker && !p.ownDeed)) ?? null;
    }
  }
  // "A missile strike on Shayrat airfield", "shelled the army barracks": a military installation
  // with no one else named as its holder belongs to the state's forces, the target.
  if (!a2 && C && (sub === 'Air/drone strike' || sub === 'Shelling/artillery/missile attack') && STATE_INSTALLATION_TARGET.test(text) && !(a1 && isState(a1) && a1.role === 'state')) {
    a2 = defaultActor(stateForces(C, ctx.date), 1, 'state', 'target-military-installation');
  }
  if (a2 && a1 && a2.label === a1.label) a2 = null;
  // The source of a statement is not its target ("FSA commander X explained that ISIS retreated").
  // (Unless it says it took part: "JFS said it had repelled an advance by ...".)
  if (a2 && a2.speaker && a2.span && !a2.ownDeed) a2 = null;
  // "civilians, including a journalist": the victims' identity is named apart from them.
  if (a2 && a2.role === 'civilians' && !a2.assoc) {
    const id = found.find((p) => p.role === 'civilians' && p.assoc && p.label === a2!.label);
    if (id) a2 = { ...a2, assoc: id.assoc };
  }
  // Allies named in the same list as a side are its associated actors.
  const assoc1 = a1 && a1.group >= 0 ? all.filter((p) => p !== a1 && p.group === a1.group && p.label !== a2?.label) : [];
  const assoc2 = a2 && a2.group >= 0 ? all.filter((p) => p !== a2 && p.group === a2.group && p.label !== a1?.label && p.role === a2.role) : [];
  return { actor1: a1, actor2: a2, assoc1, assoc2, found };
}
