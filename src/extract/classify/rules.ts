// The codebook's decision rules: which sub-event type a sentence reports, from the cues that fired.
// Precedence follows ACLED: suicide bomb over everything; chemical; disrupted weapons before the
// device types they mention; protests by the force used; air over artillery; territory by who
// gains it; abduction/sexual violence before attack; strategic developments last.

import type { SubEventType } from '../../core/taxonomy.js';
import { CUES } from './cues.js';
import { territoryGainer, territoryHasPlace } from './territory.js';
import * as P from './patterns.js';
import { RegexGate } from '../regex-gate.js';

export interface Hit {
  name: string;
  start: number;
  end: number;
}

export type Hits = Map<string, Hit>;

/** How sure a rule is: strong rules decide alone; weak ones defer to the model when it disagrees firmly. */
export type Strength = 'strong' | 'weak';

export interface RuleDecision {
  /** null: the sentence reports no ACLED event. */
  type: SubEventType | null;
  strength: Strength;
  /** Rule names, in the order they were applied. */
  rules: string[];
  /** The cue that decided, if any. */
  trigger: Hit | null;
  /** Other types whose cues also fired. */
  alternatives: SubEventType[];
}

/** Length-preserving lower-casing, so cue offsets are offsets into the original sentence. */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

// Most cues cannot match most sentences: the gate skips those whose opening words are absent
// (the same hits as running every cue; test/extract/regex-gate.test.ts).
let cueGate: RegexGate | null = null;
// Each cue again with the g flag, to search from where the gate says its first match can begin
// (the same first match as a search from the start; a cue with state of its own keeps its own).
let fromCues: (RegExp | null)[] = [];

/** Every cue that fires in the sentence, with its first match. */
export function findHits(lower: string): Hits {
  const hits: Hits = new Map();
  if (!cueGate) {
    cueGate = new RegexGate(CUES);
    fromCues = CUES.map((c) => (/[gy]/.test(c.re.flags) ? null : new RegExp(c.re.source, c.re.flags + 'g')));
  }
  for (const { idx, from } of cueGate.candidatesFrom(lower)) {
    const c = CUES[idx]!;
    const re = fromCues[idx];
    let m: RegExpExecArray | null;
    if (re) {
      re.lastIndex = from;
      m = re.exec(lower);
    } else m = c.re.exec(lower);
    if (m) hits.set(c.name, { name: c.name, start: m.index, end: m.index + m[0].length });
  }
  // "No one was hurt", "without injuring anyone": a harm denied is no harm.
  for (const name of ['hurt', 'kill']) {
    const hit = hits.get(name);
    if (hit && NO_ONE_HARMED.test(lower.slice(Math.max(0, hit.start - 30), hit.start))) hits.delete(name);
  }
  // "A car bomb struck near liberated al-Bab", "in the recaptured town": a place's epithet, not its capture.
  const gain = hits.get('territory-gain');
  if (gain && /(?:ed|en)$/.test(lower.slice(gain.start, gain.end)) && EPITHET_BEFORE.test(lower.slice(Math.max(0, gain.start - 20), gain.start))) hits.delete('territory-gain');
  return hits;
}

const EPITHET_BEFORE = /\b(?:near|in|into|inside|of|the|newly|recently|freshly|outside|around|toward|towards|across|within)\s+$/;

const NO_ONE_HARMED = /\b(?:no\s+one|nobody|no-one|none|no\s+(?:people|person|civilians|residents|casualties))\s+(?:(?:of\s+(?:them|the\s+\w+)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are|got)\s+)?(?:seriously\s+|badly\s+)?$|\bwithout\s+$/;

function has(h: Hits, ...names: string[]): boolean {
  for (const n of names) if (h.has(n)) return true;
  return false;
}

function pos(h: Hits, name: string): number {
  return h.get(name)?.start ?? Infinity;
}

/** Candidate types whose cues fired, for `alternatives`. */
const CUE_TYPE: [string, SubEventType][] = [
  ['suicide', 'Suicide bomb'],
  ['chemical', 'Chemical weapon'],
  ['air', 'Air/drone strike'],
  ['shelling', 'Shelling/artillery/missile attack'],
  ['ied', 'Remote explosive/landmine/IED'],
  ['grenade', 'Grenade'],
  ['clash', 'Armed clash'],
  ['sexual', 'Sexual violence'],
  ['abduction', 'Abduction/forced disappearance'],
  ['protest', 'Peaceful protest'],
  ['riot', 'Violent demonstration'],
  ['mob', 'Mob violence'],
  ['agreement', 'Agreement'],
  ['arrest', 'Arrests'],
  ['change-group', 'Change to group/activity'],
  ['disrupted', 'Disrupted weapons use'],
  ['hq', 'Headquarters or base established'],
  ['looting', 'Looting/property destruction'],
  ['withdrawal', 'Non-violent transfer of territory'],
  ['release', 'Other'],
];

/** Apply the codebook's rules to the cues of one sentence. */
export function decide(lower: string, original: string, h: Hits): RuleDecision {
  const rules: string[] = [];
  const alternatives: SubEventType[] = [];
  for (const [cueName, type] of CUE_TYPE) if (h.has(cueName)) alternatives.push(type);
  const out = (type: SubEventType | null, rule: string, cueName: string | null, strength: Strength = 'strong'): RuleDecision => {
    rules.push(rule);
    const trigger = cueName ? h.get(cueName) ?? null : null;
    return { type, strength, rules, trigger, alternatives: alternatives.filter((a) => a !== type) };
  };

  // "The remains of nine soldiers were handed over": people, bodies or arms changing hands are no
  // territory changing hands, whatever "handed over" leans a bag of words to.
  if (lower.includes('hand') && P.PEOPLE_HANDED_OVER.test(lower)) rules.push('strategic:people-or-things-handed-over');
  // The war as a state of things ("has been fighting the Houthis since 2015"), what has happened
  // "before" on other occasions, and weapons only handed on ("denied supplying them with missiles")
  // are no event of the day.
  if ((P.ONGOING_SINCE.test(lower) || P.ONGOING_SIEGE.test(lower)) && !has(h, 'kill', 'hurt') && !P.DAY_EVENT_AFTER.test(lower)) return out(null, 'non-event:ongoing-since', 'clash', 'strong');
  if (P.RETROSPECTIVE.test(lower) && !has(h, 'kill', 'hurt')) return out(null, 'non-event:retrospective', null, 'strong');
  if (P.HABITUAL_BEFORE.test(lower) && !has(h, 'kill', 'hurt')) return out(null, 'non-event:happened-before', null, 'strong');
  if (P.HABIT_OR_CAPABILITY.test(lower) && !has(h, 'kill', 'hurt')) return out(null, 'non-event:habit-or-capability', null, 'strong');
  if (P.onlyArmsSupply(lower)) return out(null, 'non-event:arms-supply', null, 'strong');
  // "Arrested a commander accused of smuggling rockets": the rockets were traded, not fired.
  const traded = h.has('shelling') || h.has('air') ? P.ARMS_SUPPLY.exec(lower) : null;
  if (traded) {
    for (const n of ['shelling', 'air']) {
      const at = h.get(n);
      if (at && at.start >= traded.index && at.start < traded.index + traded[0].length) {
        h.delete(n);
        if (!rules.includes('strategic:weapons-only-traded')) rules.push('strategic:weapons-only-traded');
      }
    }
  }
  // "Agreed to end the fighting": fighting named as what is to stop is not a fight.
  // (Each phrase pattern below is run only when the cue it qualifies fired: the same outcome, fewer scans.)
  const clashHit = h.get('clash');
  const fightObject = clashHit ? P.FIGHT_AS_OBJECT.exec(lower) : null;
  if (fightObject && clashHit && clashHit.start >= fightObject.index && clashHit.start < fightObject.index + fightObject[0].length) {
    h.delete('clash');
    rules.push('battle:fighting-only-as-object');
  }
  // "Firefighters battled the blaze": fighting a fire, a flood or a disease is no battle.
  const clashAt = h.get('clash');
  const fightNonMilitary = clashAt ? P.FIGHT_NON_MILITARY.exec(lower) : null;
  if (fightNonMilitary && clashAt && clashAt.start >= fightNonMilitary.index && clashAt.start < fightNonMilitary.index + fightNonMilitary[0].length) {
    h.delete('clash');
    rules.push('battle:fighting-a-non-military-foe');
  }
  // "There was no battle for the town": a fight said not to happen is none; a later real one still counts.
  const clashNow = h.get('clash');
  const negated = clashNow ? P.FIGHT_NEGATED.exec(lower) : null;
  if (negated && clashNow && clashNow.start >= negated.index && clashNow.start < negated.index + negated[0].length) {
    h.delete('clash');
    rules.push('battle:fight-negated');
    const again = new RegExp(CUES.find((c) => c.name === 'clash')!.re.source, 'g');
    again.lastIndex = negated.index + negated[0].length;
    const m = again.exec(lower);
    if (m) h.set('clash', { name: 'clash', start: m.index, end: m.index + m[0].length });
  }
  // "Beat to death a man they accused of rape": the accusation is not a rape told (a mob killed him).
  const sexualHit = h.get('sexual');
  // "Accused each other of breaking the truce": the truce is not what happened (nor may the model say so).
  if (h.has('agreement') && P.VIOLATION.test(lower)) rules.push('strategic:agreement-violated');
  // Only a suspect's charge sets it aside ("a man they accused of rape", "convicted of rape"); soldiers
  // or militiamen accused of raping women is how such attacks are reported.
  if (sexualHit && P.ACCUSED_OF.test(lower.slice(Math.max(0, sexualHit.start - 40), sexualHit.start)) &&
    !P.ARMED_ACCUSED.test(lower.slice(Math.max(0, sexualHit.start - 90), sexualHit.start))) {
    h.delete('sexual');
    rules.push('civilians:sexual-only-as-accusation');
  }
  // "A candlelight march to condemn the rape of a minor": the crime is what the crowd protests, told
  // after the protest as its cause.
  for (const n of ['sexual', 'kill']) {
    if (h.has(n) && h.has('protest') && pos(h, 'protest') < pos(h, n) && P.PROTESTED_CAUSE_BEFORE.test(lower.slice(Math.max(0, pos(h, n) - 60), pos(h, n)))) {
      h.delete(n);
      rules.push(`protest:${n}-as-cause`);
    }
  }
  // "Marked ten years since the riots in Osh", "families of soldiers killed in the 2019 attack": when
  // every event word only names an old event, there is none.
  const recalled = (n: string) => {
    const end = h.get(n)!.end;
    const harmOfOldEvent = (n === 'kill' || n === 'hurt' || n === 'killed-combatants') && P.HARM_IN_OLD_EVENT.test(lower.slice(end, end + 60));
    if (!harmOfOldEvent && !P.OLD_EVENT_RECALLED.test(lower.slice(Math.max(0, pos(h, n) - 50), pos(h, n)))) return false;
    // The same cue again later ("on the anniversary of the massacre, gunmen killed five") is a new event.
    const again = new RegExp(CUES.find((c) => c.name === n)!.re.source, 'g');
    again.lastIndex = h.get(n)!.end;
    return !again.test(lower);
  };
  // "Rushed additional columns to Churachandpur after days of ethnic violence": the violence leads up
  // to the sentence's own event, which is another; alone, it is the event ("wrested back after days of battles").
  const leadUp = P.ANY_EVENT_CUES.filter((n) => h.has(n) && P.LEAD_UP_BEFORE.test(lower.slice(Math.max(0, pos(h, n) - 45), pos(h, n))));
  // (Not before a withdrawal or a gain: fighting before a place changes hands says it was fought for.)
  if (leadUp.length && P.ANY_EVENT_CUES.some((n) => h.has(n) && !leadUp.includes(n)) && !has(h, 'territory-gain', 'withdrawal')) {
    for (const n of leadUp) h.delete(n);
    rules.push('lead-up-dropped');
  }
  // (A bare blast word counts too: "the 43 people who died in last year's bombing of the bus station".)
  const firedEvents = [...P.ANY_EVENT_CUES, 'explosion'].filter((n) => h.has(n));
  const recalledEvents = firedEvents.filter(recalled);
  if (firedEvents.length > 0 && recalledEvents.length === firedEvents.length) return out(null, 'non-event:old-event-recalled', firedEvents[0]!, 'strong');
  // "Marched on the anniversary of the riots": the march is the event, the riots only its date.
  for (const n of recalledEvents) h.delete(n);
  if (recalledEvents.length > 0) rules.push('non-event:old-event-recalled-dropped');
  // "Several aircraft destroyed", "destroying two helicopters": aircraft hit on the ground are a
  // target, not an air strike (the model, keyed on the word, may not make them one).
  const airHit = h.get('air');
  if (airHit && P.AIRCRAFT_ONLY.test(lower.slice(airHit.start, airHit.end)) && P.AIRCRAFT_AS_TARGET.test(lower)) rules.push('explosion:aircraft-as-target');
  // "Ransacked the residence hours after Imran Khan was taken into custody": the arrest is what the
  // crowd answers, told as its cause; the crowd's acts are the event.
  const arrestHit = h.get('arrest');
  if (arrestHit && has(h, 'riot-act', 'riot', 'looting', 'protest') && P.ARREST_AS_CAUSE.test(lower.slice(Math.max(0, arrestHit.start - 70), arrestHit.end))) {
    h.delete('arrest');
    rules.push('strategic:arrest-told-as-cause');
  }
  // "Executed six shepherds after seizing them": the killing is the event.
  if (h.has('abduction') && h.has('kill') && P.SEIZED_BEFORE_KILLED.test(lower)) {
    h.delete('abduction');
    rules.push('civilians:seized-then-killed');
  }
  // "The vice-president visited wounded soldiers", "the ministry sent letters demanding ...": an
  // official's act of office names the violence it is about; only an event told before the act is one.
  const officialAct = P.OFFICIAL_ACT.exec(lower);
  // (A deal signed, a place taken, a strike or a fight told in the same sentence is still told.)
  if (officialAct && !P.ANY_EVENT_CUES.some((n) => pos(h, n) < officialAct.index) &&
    !has(h, 'agreement', 'release', 'territory-gain', 'arrest', 'suicide', 'chemical', 'air', 'shelling', 'ied', 'grenade', 'clash', 'attack-forces', 'killed-combatants', 'abduction', 'sexual', 'riot', 'mob', 'looting', 'disrupted', 'hq')) {
    return out(null, 'non-event:official-act', null);
  }
  // "The march ended peacefully with no arrests": an arrest told as absent is none.
  if (has(h, 'arrest', 'intervention') && lower.includes('arrest') && P.NO_ARRESTS.test(lower)) {
    for (const n of ['arrest', 'intervention']) if (h.has(n) && /arrest/.test(lower.slice(h.get(n)!.start, h.get(n)!.end))) h.delete(n);
    rules.push('protest:no-arrests');
  }
  // "Rounded up and killed rice farmers": people seized to be killed were attacked, not arrested.
  const seized = h.get('arrest');
  if (seized && h.has('kill') && P.SEIZED_THEN_KILLED.test(lower.slice(seized.start, seized.end + 40))) {
    h.delete('arrest');
    rules.push('civilians:seized-then-killed');
  }
  const violent = has(h, 'suicide', 'chemical', 'air', 'shelling', 'ied', 'grenade', 'clash', 'attack-forces', 'killed-combatants');
  const armedActor = has(h, 'nonstate-actor', 'unidentified-gunmen');
  const eventCue = violent || has(h, 'protest', 'riot', 'mob', 'abduction', 'sexual', 'looting', 'disrupted', 'hq', 'agreement', 'territory-gain', 'withdrawal') ||
    (has(h, 'kill', 'hurt', 'shoot') && (armedActor || h.has('state-actor')));

  // --- What is not an event ---
  // "Police confirmed the abduction but gave no figure": the event was told before (claim.ts marks it confirmed).
  const confirms = lower.includes('confirm') || lower.includes('acknowledg') || lower.includes('verified') ? P.CONFIRMS_EARLIER.exec(lower) : null;
  if (confirms && !P.ANY_EVENT_CUES.some((n) => pos(h, n) < confirms.index)) return out(null, 'non-event:confirmation-of-earlier', null, 'strong');
  // Members who resign or walk out "in protest" stage no demonstration (ACLED codes none).
  if (!violent && !has(h, 'riot', 'riot-act', 'kill', 'hurt', 'arrest') && lower.includes('in protest') && P.LEFT_IN_PROTEST.test(lower) && !(h.has('protest') && pos(h, 'protest') < P.LEFT_IN_PROTEST.exec(lower)!.index)) {
    return out(null, 'non-event:left-in-protest', null, 'strong');
  }
  // "X claimed responsibility for the bombing" attributes an event told elsewhere; an event told
  // before the attribution in the same sentence still counts.
  const attribution = h.get('attribution');
  // "Minutes after the clashes, the group claimed responsibility": an event named only to date the
  // claim is the one attributed, not a second event told first.
  const toldFirst = (n: string) => pos(h, n) < attribution!.start && !P.AFTER_THE.test(lower.slice(Math.max(0, pos(h, n) - 40), pos(h, n)));
  if (attribution && !P.EVENT_CUES.some(toldFirst)) return out(null, 'non-event:attribution', 'attribution');
  // "Reinforcements arrived, preparing to storm the city": the build-up happened, the storming is ahead.
  // "Thwarted a plan to bomb", "arrested men planning to attack": the action is done, the plan was not.
  // "The jailed opposition leader" names a past arrest as who he is, not a step taken now.
  // ("led to the arrest of 15 people" is an arrest told: only a participle is a description.)
  const adjectival = (n: string) => h.has(n) && /\b(?:the|a|an|his|her|their|its)\s+$/.test(lower.slice(Math.max(0, pos(h, n) - 6), pos(h, n))) && /^[a-z]+(?:ed|en)\b/.test(lower.slice(pos(h, n)));
  const buildUpFirst = Math.min(pos(h, 'change-group'), pos(h, 'disrupted'), pos(h, 'hq'), adjectival('arrest') ? Infinity : pos(h, 'arrest')) < pos(h, 'forecast');
  // "Any gathering will be dispersed": a past participle after "will be" tells no past event.
  const pastEvent = h.has('past-event') && !/\b(?:will|would|shall|to|could|may|might)\s+(?:\w+\s+)?be\s+$/.test(lower.slice(Math.max(0, pos(h, 'past-event') - 24), pos(h, 'past-event')));
  if (h.has('forecast') && !pastEvent && !buildUpFirst) return out(null, 'non-event:forecast', 'forecast');
  // "We condemn the attack on civilians": a condemnation names an event told elsewhere.
  // (A protest told before the words is the event: "thousands rallied to condemn the killings".)
  const condemnation = P.CONDEMNATION.exec(lower);
  if (condemnation && !P.ANY_EVENT_CUES.some((n) => pos(h, n) < condemnation.index)) return out(null, 'non-event:condemnation', null);
  // "The faction denied involvement in the kidnapping": a denial tells of an event, it is not one.
  // But "the army denied using chemical weapons in Khan Shaykhun" names the act and its weapon: the
  // event is reported, and denied (claim.ts marks the denial); only a denial of a part in it is none.
  const denial = P.DENIAL.exec(lower);
  const deniedAct = denial && P.DENIED_ACT.test(denial[0]) && has(h, 'suicide', 'chemical', 'air', 'shelling', 'ied', 'grenade');
  if (denial && !deniedAct && !P.EVENT_CUES.some((n) => pos(h, n) < denial.index)) return out(null, 'non-event:denial', null);
  if (deniedAct) rules.push('claim:denied-act');
  // "Forensic teams found 30 bodies in a clandestine grave": the grave found is the news (Other),
  // whatever killed the dead long before.
  if (!violent && !has(h, 'protest', 'riot', 'abduction', 'arrest') && lower.includes('grave') && P.MASS_GRAVE.test(lower)) return out('Other', 'strategic:mass-grave-found', null);
  const judicial = h.get('judicial');
  // "Pardoned 2,100 prisoners jailed for opposing military rule": the release comes first, the court's part is past.
  const toldBefore = (at: number) => P.EVENT_CUES.some((n) => pos(h, n) < at) || pos(h, 'release') < at || (h.has('protester') && Math.min(pos(h, 'riot-act'), pos(h, 'looting')) < at);
  if (judicial && !toldBefore(judicial.start) && !has(h, 'kill', 'hurt', 'shoot') ) return out(null, 'non-event:judicial', 'judicial');
  if (judicial && !toldBefore(judicial.start)) return out(null, 'non-event:judicial', 'judicial', 'weak');
  // "Compensation for the families of the victims of the 2023 drone strike", "the funerals of the 14
  // soldiers killed in last week's ambush": what follows an event, told with it, is no event itself
  // (a funeral attacked is: "a suicide bomber struck a funeral").
  const aftermath = P.AFTERMATH_OF_DEAD.exec(lower);
  if (aftermath && !P.ANY_EVENT_CUES.some((n) => pos(h, n) < aftermath.index) && !P.FUNERAL_ATTACKED.test(lower)) {
    return out(null, 'non-event:aftermath', null, 'strong');
  }
  const consequence = P.CONSEQUENCE.exec(lower);
  if (consequence && !P.ANY_EVENT_CUES.some((n) => pos(h, n) < consequence.index + consequence[0].length - consequence[1]!.length)) {
    return out(null, 'non-event:consequence-of-earlier-event', null, 'strong');
  }
  if (!violent && !armedActor && P.DIPLOMATIC_AGREEMENT.test(lower)) return out(null, 'non-event:diplomatic-agreement', 'agreement', 'strong');
  if (/\d/.test(lower) && P.COUNT_OF_EVENTS.test(lower)) return out(null, 'non-event:count-of-events', null, 'strong');
  // Talks that ended without a deal: the truce they were about is not agreed.
  if (h.has('agreement') && !violent && !has(h, 'kill', 'hurt', 'shoot') && P.AGREEMENT_NOT_REACHED.test(lower)) return out(null, 'non-event:no-agreement-reached', 'agreement', 'strong');
  if (!has(h, 'kill', 'hurt', 'shoot', 'clash', 'air', 'shelling', 'ied', 'suicide', 'arrest', 'abduction', 'protest') && P.DEMAND.test(lower)) {
    return out(null, 'non-event:demand', null, 'strong');
  }
  // Missiles test-fired in war games: the exercise is the event.
  if (h.has('weapons-program') && h.has('change-group') && !has(h, 'kill', 'hurt', 'clash')) return out('Change to group/activity', 'strategic:exercise-with-test-fire', 'change-group', 'weak');
  if (h.has('weapons-program') && !has(h, 'kill', 'hurt', 'clash', 'disrupted')) return out(null, 'non-event:weapons-programme', 'weapons-program');
  if (h.has('epidemic') && !eventCue) return out(null, 'non-event:epidemic', 'epidemic');
  // A tally over a period is no event, unless it only frames one told first ("gunmen killed 14 at a
  // market, the latest attack in a region where 2,000 have died since the start of 2021").
  const total = has(h, 'kill', 'killed-combatants', 'hurt') ? P.PERIOD_TOTAL.exec(lower) : null;
  if (total) {
    const firstHarm = Math.min(pos(h, 'kill'), pos(h, 'killed-combatants'), pos(h, 'hurt'));
    const framesAnEvent = firstHarm < total.index && P.TALLY_CLAUSE.test(lower.slice(firstHarm, total.index));
    if (!framesAnEvent) return out(null, 'non-event:period-total', 'kill');
  }
  if (!has(h, 'kill', 'killed-combatants', 'hurt') && P.REPEATED_OVER_PERIOD.test(lower)) return out(null, 'non-event:period-count', null);
  const inquiry = P.INQUIRY.exec(lower);
  if (inquiry && !P.ANY_EVENT_CUES.some((n) => pos(h, n) < inquiry.index)) return out(null, 'non-event:inquiry-findings', null);
  if (has(h, 'disrupted', 'ied', 'explosion') && !has(h, 'kill', 'hurt', 'air', 'clash') && P.WORLD_WAR_RELIC.test(lower)) return out(null, 'non-event:world-war-relic', null);
  // "Jets flew over the capital during the parade": a show of force at a ceremony is no event.
  // Aircraft may fly at it; anything that strikes, explodes, fights or hurts makes it an event.
  if (!has(h, 'suicide', 'chemical', 'shelling', 'ied', 'grenade', 'explosion', 'clash', 'attack-forces', 'killed-combatants', 'attack-word') &&
    !has(h, 'protest', 'riot', 'riot-act', 'mob', 'abduction', 'arrest', 'shoot', 'kill', 'hurt', 'change-group', 'sexual', 'looting') && P.CEREMONY.test(lower) && !P.STRIKE_VERB.test(lower)) {
    return out(null, 'non-event:ceremony', null);
  }
  // "Wreaths were laid on Monday to mark the anniversary of the 2014 massacre, in which 147 were
  // killed": every violent word comes after the anniversary, in the event it recalls.
  const anniversary = P.MARKS_ANNIVERSARY.exec(lower);
  // (A crowd marching or rioting to mark it is an event of its own.)
  if (anniversary && !has(h, 'protest', 'protester', 'riot', 'riot-act', 'mob') && !P.ANY_EVENT_CUES.some((n) => pos(h, n) < anniversary.index)) return out(null, 'non-event:anniversary', null, 'strong');
  // "The funeral of the slain journalist": the killing it recalls is told elsewhere.
  if (!violent && !has(h, 'protest', 'riot', 'riot-act', 'abduction', 'arrest', 'shoot') && P.MEMORIAL.test(lower)) return out(null, 'non-event:memorial', null, 'weak');
  if (h.has('disaster')) {
    const crash = P.CRASH.test(lower) && !P.SHOT_DOWN.test(lower) && !P.ARMED_DRONE.test(lower);
    const chemicalWeapon = h.has('chemical') && P.CHEMICAL_WEAPON.test(lower) &&
      !(P.INDUSTRIAL_RELEASE.test(lower) && !has(h, 'air', 'shelling', 'clash', 'attack-forces', 'nonstate-actor'));
    const strongViolence = chemicalWeapon || has(h, 'suicide', 'shelling', 'ied', 'grenade', 'clash', 'abduction', 'sexual', 'riot', 'mob') ||
      (h.has('riot-act') && h.has('protester')) ||
      (h.has('air') && !crash) || h.has('protest');
    if (!strongViolence && !h.has('nonstate-actor')) return out(null, 'non-event:disaster', 'disaster');
  }

  // A base set up (even a helicopter base) is a base, when nothing is attacked.
  if (h.has('hq') && !has(h, 'kill', 'hurt', 'shoot', 'clash', 'attack-forces') && !P.AIR_ATTACK_VERB.test(lower)) {
    return out('Headquarters or base established', 'strategic:base-established', 'hq');
  }
  // A seized suicide vest, a found stock of chemical shells or a foiled plot is a disrupted weapon,
  // not a suicide bombing or a chemical attack.
  if (h.has('disrupted') && has(h, 'suicide', 'chemical') && (!has(h, 'kill', 'hurt') || P.DEFUSED_IN_TIME.test(lower)) && (!P.EXPLOSION_HAPPENED.test(lower) || P.DEFUSED_IN_TIME.test(lower))) {
    return out('Disrupted weapons use', 'disrupted-weapons:device-stopped-before-use', 'disrupted');
  }
  // A bomb that goes off while its makers assemble or plant it never reached its target.
  if (has(h, 'disrupted', 'explosion', 'ied', 'suicide') && P.PREMATURE.test(lower)) {
    return out('Disrupted weapons use', 'disrupted-weapons:premature-detonation', h.has('disrupted') ? 'disrupted' : 'explosion');
  }
  // --- Explosions that take precedence over everything ---
  if (h.has('suicide') && !P.COMMITTED_SUICIDE.test(lower)) return out('Suicide bomb', 'suicide-bomb:attacker-dies', 'suicide');
  // "Jets struck a depot said to store chemical weapons": the strike is the event, the agent its target.
  if (h.has('chemical') && has(h, 'air', 'shelling') && !has(h, 'hurt') && P.CHEMICAL_AS_TARGET.test(lower)) {
    h.delete('chemical');
    rules.push('chemical-weapon:target-not-weapon');
  }
  // "Jets pounded the town hit by a sarin attack two years ago": the gas attack is recalled, not told.
  if (h.has('chemical') && has(h, 'air', 'shelling')) {
    const recalled = P.CHEMICAL_RECALLED.exec(lower);
    if (recalled && Math.min(pos(h, 'air'), pos(h, 'shelling')) < recalled.index) {
      h.delete('chemical');
      rules.push('chemical-weapon:recalled-not-this-event');
    }
  }
  if (h.has('chemical')) return out('Chemical weapon', 'chemical-weapon:agent', 'chemical');

  // --- Weapons disrupted before they are used (but not a device that went off anyway) ---
  if (h.has('disrupted')) {
    const wentOff = P.EXPLOSION_HAPPENED.test(lower) && has(h, 'kill', 'hurt') && !P.DEFUSED_IN_TIME.test(lower) && !P.PREMATURE.test(lower);
    const arrestFirst = h.has('arrest') && pos(h, 'arrest') < pos(h, 'disrupted') && h.has('political-target');
    const otherFirst = Math.min(pos(h, 'territory-gain'), pos(h, 'clash'), pos(h, 'attack-forces'), pos(h, 'killed-combatants')) < pos(h, 'disrupted');
    // Pistols taken off a robbery suspect are police work against crime, not an armed group's weapons
    // (troops seizing firearms from a 'lawless element' in a conflict zone are still disrupting them).
    const criminalArms = !armedActor && !h.has('political-target') && (P.CRIMINAL_ARMS.test(lower) || (h.has('crime') && P.SMALL_ARMS.test(lower))) && !P.WAR_WEAPONS.test(lower) && !P.MILITARY_SEIZERS.test(lower);
    if (criminalArms && !has(h, 'kill', 'hurt', 'clash', 'attack-forces')) return out(null, 'non-event:criminal-small-arms', 'disrupted', 'strong');
    // Drugs intercepted or seized ("intercepted 2.4 kilograms of cocaine") are no weapons at all.
    if (P.DRUG_HAUL.test(lower) && !P.WAR_WEAPONS.test(lower) && !P.ANY_ARMS.test(lower) && !has(h, 'kill', 'hurt', 'clash', 'attack-forces')) return out(null, 'non-event:drugs-seized', 'disrupted', 'strong');
    if (otherFirst) rules.push('disrupted-weapons:skipped-other-event-first');
    else if (!wentOff && !arrestFirst) return out('Disrupted weapons use', 'disrupted-weapons:seized-defused-intercepted', 'disrupted');
    else rules.push(wentOff ? 'disrupted-weapons:skipped-device-went-off' : 'disrupted-weapons:skipped-arrests-first');
  }

  // --- Sexual violence is coded as such wherever it happens ---
  if (h.has('sexual')) return out('Sexual violence', 'civilians:sexual-violence', 'sexual');

  // --- Protests, riots, mobs ---
  // "Soldiers fired into a crowd of mourners, killing three": state fire on a gathering is lethal force against it.
  const firedOnGathering = h.has('state-actor') && !h.has('nonstate-actor') ? P.FIRED_ON_GATHERING.exec(lower) : null;
  if (firedOnGathering && pos(h, 'state-actor') < firedOnGathering.index && !P.BACKGROUND.test(lower) && !has(h, 'air', 'shelling', 'ied', 'grenade')) {
    return out('Excessive force against protesters', 'protest:fired-on-gathering', h.has('lethal-force') ? 'lethal-force' : 'state-actor');
  }
  // "Arrested the party's leader a day after a rally turned violent": the protest was another day's event.
  if (h.has('arrest') && h.has('protest') && pos(h, 'arrest') < pos(h, 'protest') && P.PROTEST_DAYS_BEFORE.test(lower.slice(pos(h, 'arrest'), pos(h, 'protest')))) {
    return out('Arrests', 'strategic:arrest-days-after-protest', 'arrest');
  }
  const armedSide = has(h, 'state-actor', 'nonstate-actor', 'combatant');
  const crowdControl = h.has('intervention') && P.CROWD_CONTROL.test(lower);
  const protestContext = crowdControl || (h.has('protest') && !P.PROTEST_NOT_YET.test(lower) && (h.has('protester') || /\bprotest|demonstrat|rall(?:y|ies|ied)|sit-in|chant|slogan|placard|\bmarch\b|\bstrike\b|\bgathering\b|\bvigils?\b|\b(?:flowers|candles|wreaths)\b|manifestant|\bto demand\b|\bmarch(?:ed|es|ing)? peacefully\b/.test(lower) || !armedSide)) ||
    (h.has('intervention') && h.has('protester') && /\bdispers|tear|water|rubber|baton|crowd/.test(lower));
  // A bomb, shell or air strike at a rally is coded by the weapon.
  // ("Death toll in Mastung election rally bombing climbs to 128": the rally is what the blast hit.)
  const explosiveAttackOnProtest = (has(h, 'air', 'shelling', 'ied', 'grenade') || (h.has('explosion') && P.BLAST_AT_GATHERING.test(lower))) && !(protestContext && P.PROTEST_AGAINST_EVENT.test(lower));
  if (!explosiveAttackOnProtest && (protestContext || h.has('riot'))) {
    // "Troops stormed the sit-in, killing dozens": state forces moving on the crowd are the ones
    // using force; deaths then make it excessive force, else an intervention.
    const forcesMove = h.has('state-actor') && !h.has('nonstate-actor') ? P.FORCES_ON_PROTEST.exec(lower) : null;
    if (forcesMove && pos(h, 'state-actor') < forcesMove.index && !P.PROTEST_CLASH.test(lower)) {
      if (has(h, 'kill', 'lethal-force') || /\b(?:dead|died|deaths?|killed|killing)\b/.test(lower)) return out('Excessive force against protesters', 'protest:forces-raid-protest-deaths', h.has('kill') ? 'kill' : 'state-actor');
      return out('Protest with intervention', 'protest:forces-raid-protest', 'state-actor');
    }
    // "Police clashed with demonstrators who were marching peacefully, killing two": the text says
    // who was peaceful, so a lethal response is excessive force, not a riot.
    const saidPeaceful = has(h, 'lethal-force', 'kill') && /\bpeaceful(?:ly)?\b/.test(lower);
    const crowdFought = protestContext && P.PROTEST_CLASH.test(lower) && !saidPeaceful;
    if (h.has('riot') || (protestContext && h.has('riot-act')) || crowdFought) {
      const name = h.has('riot') ? 'riot' : h.has('riot-act') ? 'riot-act' : 'clash';
      return out('Violent demonstration', 'protest:demonstrators-violent', name);
    }
    const lethal = h.get('lethal-force');
    const background = P.BACKGROUND.test(lower);
    if (saidPeaceful && h.has('state-actor') && !background) return out('Excessive force against protesters', 'protest:peaceful-protesters-killed', h.has('kill') ? 'kill' : 'lethal-force');
    if (background && (lethal || h.has('kill'))) rules.push('protest:force-told-as-background');
    if ((lethal && !background) || (protestContext && !background && P.ATTACK_ON_PROTEST.test(lower) && has(h, 'kill', 'shoot'))) {
      return out('Excessive force against protesters', 'protest:lethal-force', 'lethal-force');
    }
    const against = P.PROTEST_AGAINST_EVENT.exec(lower);
    const inGrievance = (at: number) => against !== null && at >= against.index && at < against.index + against[0].length + 25;
    // "A student was shot dead by police during the protest": state forces killing or shooting at a
    // protest whose crowd did nothing violent (a violent crowd was caught above) used lethal force.
    // Not a killing the protest is about ("protest against the killing of a student by police").
    const stateShot = h.has('state-actor') && !has(h, 'nonstate-actor', 'unidentified-gunmen', 'clash', 'attack-forces') && has(h, 'kill', 'shoot') && h.has('protest') && !background;
    if (stateShot && !inGrievance(Math.min(pos(h, 'kill'), pos(h, 'shoot'))) && !P.KILLING_AS_CAUSE.test(lower)) {
      return out('Excessive force against protesters', 'protest:state-forces-shot-at-protest', h.has('kill') ? 'kill' : 'shoot');
    }
    const interventionIsTheGrievance = inGrievance(pos(h, 'intervention'));
    const killIsTheGrievance = h.has('kill') && inGrievance(pos(h, 'kill'));
    // "Police dispersed the march with tear gas; one protester was killed": a death at the forces'
    // hands during the dispersal is excessive force, not a mere intervention.
    const death = h.get('kill')?.start ?? P.DEATH_TOLD.exec(lower)?.index ?? -1;
    // "Three died after police broke up the rally": the death may be told before the dispersal too.
    if (h.has('intervention') && !interventionIsTheGrievance && death >= 0 && !killIsTheGrievance && !background) {
      return out('Excessive force against protesters', 'protest:death-during-dispersal', h.has('kill') ? 'kill' : 'intervention');
    }
    if (h.has('intervention') && !interventionIsTheGrievance) return out('Protest with intervention', 'protest:dispersed-or-arrested', 'intervention');
    if (h.has('mob')) return out('Mob violence', 'riot:mob', 'mob');
    const protestFirst = pos(h, 'protest') < Math.min(pos(h, 'clash'), pos(h, 'attack-forces'), pos(h, 'killed-combatants'));
    if ((protestFirst || !has(h, 'clash', 'attack-forces', 'killed-combatants')) && (!h.has('kill') || background || killIsTheGrievance)) {
      // "Families of the kidnapped held a rally to press for their release": a rally about captives
      // is a protest, however much of the sentence is about the captives.
      const forCaptives = has(h, 'abduction', 'release') && !has(h, 'kill', 'shoot') && P.DEMAND_FOR_CAPTIVES.test(lower);
      const explicit = background || killIsTheGrievance || forCaptives || (against !== null && has(h, 'air', 'shelling', 'ied', 'grenade', 'suicide', 'arrest'));
      return out('Peaceful protest', explicit ? 'protest:peaceful-against-an-event' : 'protest:peaceful', 'protest', explicit ? 'strong' : 'weak');
    }
  }
  if (h.has('mob')) return out('Mob violence', 'riot:mob', 'mob');
  // Crowds smashing and burning without a named protest are rioting all the same.
  // ("Farmers ... stormed the Red Fort, clashing with police": a crowd of civilians fighting the police riots.)
  const crowdFightsPolice = h.has('civilian-victim') && h.has('clash') && /\bpolice/.test(lower) && !has(h, 'combatant', 'air', 'shelling', 'ied', 'grenade');
  // "Soldiers beat villagers, torch homes": the forces harm the crowd; nobody in it rioted.
  const forcesHarmCrowd = h.has('state-actor') && ((h.has('hurt') && pos(h, 'state-actor') < pos(h, 'hurt') && pos(h, 'hurt') < pos(h, 'protester')) ||
    (pos(h, 'state-actor') < pos(h, 'riot-act') && pos(h, 'riot-act') - h.get('state-actor')!.end < 25));
  if (h.has('riot-act') && (h.has('protester') || crowdFightsPolice) && !h.has('nonstate-actor') && !has(h, 'kill') && !forcesHarmCrowd) {
    return out('Violent demonstration', 'riot:crowd-violence', 'riot-act', 'weak');
  }
  if (h.has('clash') && !h.has('state-actor') && !h.has('nonstate-actor') && P.CROWD_CLASH.test(lower)) {
    return out('Mob violence', 'riot:crowds-clash', 'clash');
  }
  if (h.has('defection')) return out('Change to group/activity', 'strategic:defection', 'defection');

  // --- Territory changing hands ---
  // "Clashes in X, the first town taken by the group": the gain names the place; the model may not make it the event.
  if (P.GAIN_DESCRIBES_PLACE.test(lower)) rules.push('territory:gain-told-as-background');
  let gain = h.get('territory-gain');
  if (!gain) {
    const m = P.TOOK_PLACE_FROM.exec(original) ?? P.TOOK_NAMED_PLACE.exec(original);
    if (m) gain = { name: 'territory-gain', start: m.index, end: m.index + m[0].indexOf(' ') };
  }
  if (!gain && P.ADVANCE_TOWARD.test(lower)) rules.push('territory:advance-toward-only');
  // "Tried to overrun the outpost": an attempt that failed took no territory.
  const attempted = gain !== undefined && P.ATTEMPT_BEFORE.test(lower.slice(Math.max(0, gain.start - 25), gain.start));
  if (attempted) rules.push('territory:only-attempted');
  // "Repelled an attempt by rebels to seize the town", "beat back an assault": attackers who fought and
  // took nothing are an armed clash (ACLED: no change of territory), and no gain is the event.
  const attemptNear = gain !== undefined && !attempted && P.ATTEMPT_NEAR_BEFORE.test(lower.slice(Math.max(0, gain.start - 45), gain.start));
  // "Pushed them back" after an attempt is a repulse; "were pushed back from the areas around" lost ground.
  const gainIsRepulse = gain !== undefined && /^(?:pushed|drove|driven|drive)\b/.test(lower.slice(gain.start)) && !/^[^.;]{0,30}?\bback (?:from|out of)\b/.test(lower.slice(gain.start));
  if (h.has('repelled') && (armedSide || h.has('unidentified-gunmen')) && (!gain || attempted || attemptNear || gainIsRepulse) && !P.FIGHT_NOT_YET.test(lower)) {
    if (gain) rules.push('territory:only-attempted');
    return out('Armed clash', 'battle:attack-repelled', 'repelled');
  }
  const elapsed = gain !== undefined && !attempted && P.ELAPSED_BEFORE.test(lower.slice(Math.max(0, gain.start - 50), gain.start));
  if (elapsed) {
    // The sentence's first gain only dates something else: it is no event of its own.
    gain = undefined;
    rules.push('territory:gain-told-as-background');
  }
  // "Bandits seize twenty passengers": what was seized is people, not a place (an abduction).
  const seizedPeople = h.get('abduction');
  if (gain && seizedPeople && seizedPeople.start <= gain.start && seizedPeople.end > gain.start) {
    gain = undefined;
    rules.push('territory:people-seized');
  }
  const gainOk = gain && !attempted ? territoryHasPlace(lower, original, gain) : false;
  const fightingNow = has(h, 'clash', 'attack-forces', 'air', 'shelling', 'kill') && !(P.FIGHT_NOT_YET.test(lower) && !has(h, 'attack-forces', 'air', 'shelling'));
  if (h.has('agreement') && P.SURRENDER.test(lower) && !has(h, 'kill', 'clash')) return out('Agreement', 'strategic:surrender', 'agreement');
  // "Called on the remaining soldiers to surrender": a surrender asked for is no agreement.
  const agreementHit = h.get('agreement');
  if (agreementHit && lower.slice(agreementHit.start, agreementHit.end).startsWith('surrender') && !P.SURRENDER.test(lower)) {
    h.delete('agreement');
    rules.push('strategic:surrender-only-demanded');
  }
  if (h.has('looting') && h.has('withdrawal') && pos(h, 'looting') < pos(h, 'withdrawal') && !has(h, 'kill', 'hurt')) {
    return out('Looting/property destruction', 'strategic:looting-while-withdrawing', 'looting');
  }
  // "Began withdrawing troops from northern Syria", with nobody taking over: a change in activity.
  // Someone who "seized the area following the withdrawal" took over: not this rule's case.
  if (h.has('withdrawal') && h.has('change-group') && P.TROOPS_WITHDRAWN.test(lower) && !P.TAKEOVER.test(lower) && !(gain && !attempted) && !fightingNow) {
    return out('Change to group/activity', 'strategic:troops-withdrawn', 'change-group', 'weak');
  }
  // Forces that leave positions and nobody takes them: the codebook's change to group/activity.
  if (h.has('withdrawal') && P.WITHDRAWAL_FROM_POSTS.test(lower) && P.NO_TAKER.test(lower) && !(gain && !attempted) && !fightingNow) {
    return out('Change to group/activity', 'strategic:left-with-no-taker', 'withdrawal');
  }
  if (h.has('withdrawal') && P.WITHDRAWAL_FROM_POSTS.test(lower) && !P.PLACE_LEFT.test(lower) && !P.TAKEOVER.test(lower) && !gainOk && !h.has('no-fight') && !fightingNow) {
    return out('Change to group/activity', 'strategic:forces-leave-posts', 'withdrawal', 'weak');
  }
  const signedFirst = h.has('agreement') && pos(h, 'agreement') < pos(h, 'withdrawal') && /^(?:signed|reached|agreed)/.test(lower.slice(pos(h, 'agreement')));
  // "Thousands of evacuees ... weeks after they left the town": people leaving, no armed side named.
  if (h.has('withdrawal') && P.CIVILIANS_LEAVING.test(lower) && !has(h, 'state-actor', 'nonstate-actor', 'combatant')) {
    return out(null, 'non-event:civilians-left', 'withdrawal', 'strong');
  }
  // "Briefly took over the town before withdrawing": the takers left afterwards; the takeover stands.
  const leftAfterTaking = !!gain && h.has('withdrawal') && gain.start < pos(h, 'withdrawal') && P.LEFT_AFTERWARDS.test(lower.slice(gain.end, pos(h, 'withdrawal')));
  // ("Stormed into Kunduz ... as government forces retreated": a place taken by assault was fought for.)
  const assaulted = P.TAKEN_BY_ASSAULT.test(lower);
  if (h.has('withdrawal') && !signedFirst && (!(fightingNow || assaulted) || h.has('no-fight')) && !leftAfterTaking) {
    return out('Non-violent transfer of territory', 'territory:withdrawal-without-fight', 'withdrawal');
  }
  const explosiveFirst = has(h, 'air', 'shelling') && Math.min(pos(h, 'air'), pos(h, 'shelling')) < (gain?.start ?? Infinity) && !P.AIR_SUPPORT_ONLY.test(lower);
  if (gain && gainOk && h.has('no-fight') && !has(h, 'clash', 'kill')) {
    return out('Non-violent transfer of territory', 'territory:taken-without-fight', 'territory-gain');
  }
  // "Seized several hilltops", "overran two army posts" in a fight: positions, not a place whose
  // control changed; ACLED codes the fight (an armed clash).
  if (gain && gainOk && fightingNow && P.POSITIONS_TAKEN.test(lower.slice(gain.end, gain.end + 60)) && !/\b(?:town|city|village|district|capital)\b/.test(lower.slice(gain.end, gain.end + 30))) {
    return out('Armed clash', 'battle:positions-taken-in-fighting', 'territory-gain');
  }
  if (gain && gainOk && !explosiveFirst) {
    const who = territoryGainer(lower, gain, original);
    rules.push(who.rule);
    if (who.kind === 'state') return out('Government regains territory', 'territory:state-gains', 'territory-gain');
    return out('Non-state actor overtakes territory', 'territory:non-state-gains', 'territory-gain', who.kind ? 'strong' : 'weak');
  }

  // --- Remote violence by weapon ---
  // "Moved tanks and artillery to the front": weapons moved, not fired.
  if (h.has('shelling') && h.has('change-group') && !P.SHELL_FIRED.test(lower) && !has(h, 'kill', 'hurt', 'air', 'ied', 'grenade')) {
    return out('Change to group/activity', 'strategic:weapons-moved-not-fired', 'change-group', 'weak');
  }
  // "Lobbed mortar rounds": the thrown word, but an artillery weapon.
  const grenade = h.get('grenade');
  if (grenade && h.has('shelling') && !/grenade/.test(lower.slice(grenade.start, grenade.end))) {
    return out('Shelling/artillery/missile attack', 'explosion:fired-from-afar', 'shelling');
  }
  if (h.has('grenade')) return out('Grenade', 'explosion:grenade-thrown', 'grenade');
  if (h.has('air') && !(P.CRASH.test(lower) && !P.SHOT_DOWN.test(lower) && !P.ARMED_DRONE.test(lower))) {
    // "Helicopters evacuating the wounded": an aircraft named in a battle is not an air strike.
    const aircraftNoun = P.AIRCRAFT_ONLY.test(lower.slice(h.get('air')!.start, h.get('air')!.end));
    const vehicleOnly = aircraftNoun && !P.AIR_ATTACK_VERB.test(lower);
    // "Shelled the airport, damaging a plane": the aircraft is the target, the shelling the attack.
    const aircraftHit = aircraftNoun && P.AIRCRAFT_AS_TARGET.test(lower);
    const clashFirst = aircraftHit || (h.has('clash') && pos(h, 'clash') < pos(h, 'air') && (P.AIR_SUPPORT_ONLY.test(lower) || vehicleOnly)) ||
      (aircraftNoun && h.has('shelling') && pos(h, 'shelling') < pos(h, 'air'));
    // "A plane carrying aid landed": an aircraft that attacks nothing is no air strike.
    const noAttack = vehicleOnly && !has(h, 'kill', 'hurt', 'explosion');
    if (noAttack) rules.push('explosion:aircraft-without-attack');
    if (!clashFirst && !noAttack) return out('Air/drone strike', 'explosion:air-or-drone', 'air');
  }
  if (h.has('ied')) {
    const ied = h.get('ied')!;
    const onlyMade = !has(h, 'explosion', 'kill', 'hurt') &&
      (P.DEVICE_MADE_BEFORE.test(lower.slice(Math.max(0, ied.start - 50), ied.start)) || P.DEVICE_MADE_AFTER.test(lower.slice(ied.end, ied.end + 20)));
    if (onlyMade) rules.push('explosion:device-only-made');
    else return out('Remote explosive/landmine/IED', 'explosion:planted-or-remote-device', 'ied');
  }
  if (h.has('shelling')) {
    if (h.has('clash') && pos(h, 'clash') < pos(h, 'shelling')) return out('Armed clash', 'battle:clash-with-shelling', 'clash');
    return out('Shelling/artillery/missile attack', 'explosion:fired-from-afar', 'shelling');
  }

  if (h.has('hq')) return out('Headquarters or base established', 'strategic:base-established', 'hq');

  // A truce declared by one side alone is a change in its activity, not an agreement.
  if (h.has('agreement') && /\bunilateral/.test(lower)) return out('Change to group/activity', 'strategic:unilateral-truce', 'agreement');
  // --- Agreements (not their violation) ---
  if (h.has('agreement') && P.AGREEMENT_STATUS.test(lower) && !has(h, 'kill', 'clash')) return out(null, 'non-event:agreement-status', 'agreement', 'strong');
  // States agreeing to restore ties or reopen embassies: diplomacy, not an agreement between warring sides.
  if (h.has('agreement') && P.DIPLOMATIC_DEAL.test(lower) && !has(h, 'kill', 'clash', 'release')) return out(null, 'non-event:diplomatic-deal', 'agreement', 'strong');
  if (h.has('agreement') && P.AGREEMENT_ONLY_TALKED.test(lower) && !has(h, 'kill', 'clash') && !P.AGREEMENT_CONCLUDED.test(lower)) return out(null, 'non-event:agreement-only-talked', 'agreement', 'strong');
  // With no agreement cue pos() is Infinity, never inside a frame.
  const frame = h.has('agreement') ? P.AGREEMENT_AS_FRAME.exec(lower) : null;
  const agreementIsFrame = frame !== null && pos(h, 'agreement') >= frame.index && pos(h, 'agreement') < frame.index + frame[0].length;
  if (agreementIsFrame && h.has('change-group')) return out('Change to group/activity', 'strategic:change-under-an-agreement', 'change-group', 'weak');
  if (h.has('agreement') && !agreementIsFrame && !P.VIOLATION.test(lower)) {
    if (!has(h, 'clash', 'kill') || pos(h, 'agreement') < Math.min(pos(h, 'clash'), pos(h, 'kill'))) {
      return out('Agreement', 'strategic:agreement', 'agreement');
    }
  }

  // --- Violence against civilians: abduction first (unless the sentence tells a release) ---
  const captiveNamed = (h.has('release') || h.has('abduction')) && P.CAPTIVE_AS_ADJECTIVE.test(lower);
  if (h.has('release') && (pos(h, 'release') < pos(h, 'abduction') || captiveNamed) && !has(h, 'kill', 'hurt')) return out('Other', 'strategic:other-release', 'release');
  if (h.has('abduction') && !(captiveNamed && h.has('kill'))) return out('Abduction/forced disappearance', 'civilians:abduction', 'abduction');

  // --- Arrests: by state forces, for political reasons or in numbers ---
  if (h.has('arrest')) {
    const arrest = h.get('arrest')!;
    // "Named a new leader after the arrest of its former chief": the arrest dates the change.
    if (h.has('change-group') && pos(h, 'change-group') < arrest.start && /\b(?:after|following|since)\s+(?:the|his|her|their|its)\s+$/.test(lower.slice(Math.max(0, arrest.start - 20), arrest.start))) {
      return out('Change to group/activity', 'strategic:change-after-arrest', 'change-group');
    }
    // Only a group named as the subject of the arrest verb detains ("Al-Shabaab militants arrested
    // two elders"); a group named elsewhere may be the one detained ("militia members were detained").
    const gainer = territoryGainer(lower, arrest, original);
    // (A headline's "30 members of the opposition arrested overnight" is passive: no object follows.)
    const reducedPassive = /^\s*(?:overnight|in|on|at|near|during|after|by|for|over|while|from|[,.;:]|$)/.test(lower.slice(arrest.end, arrest.end + 12));
    // (A group's own police, court or intelligence service arrests as an authority holding the ground:
    // "the Taliban's intelligence directorate said it had arrested six IS members".)
    const institution = /\b(?:intelligence|directorate|ministry|police|court|prosecutors?|security\s+(?:service|department))\b/.test(lower.slice(Math.max(0, arrest.start - 80), arrest.start));
    // (Nor an arrest only tried, or told after the fight it led to: "killed in the clash which took
    // place after militants tried to arrest two residents".)
    // ("raids were being conducted to arrest them": an arrest still to come.)
    const tried = /\b(?:tried|trying|attempt(?:ed|ing)?|sought|seeking)\s+to\s+$/.test(lower.slice(Math.max(0, arrest.start - 20), arrest.start)) ||
      (/^(?:arrest|detain|nab|apprehend|catch|capture)$/.test(lower.slice(arrest.start, arrest.end)) && /\bto\s+$/.test(lower.slice(Math.max(0, arrest.start - 4), arrest.start)) && !/\b(?:managed|able|succeeded|went on)\s+to\s+$/.test(lower.slice(Math.max(0, arrest.start - 20), arrest.start)));
    const fightFirst = Math.min(pos(h, 'clash'), pos(h, 'attack-forces'), pos(h, 'killed-combatants')) < arrest.start;
    const stateFirst = pos(h, 'state-actor') < arrest.start;
    const groupDetains = gainer.rule === 'territory:subject:nonstate' && !reducedPassive && !institution && !tried && !fightFirst && !stateFirst;
    if (groupDetains && /\b(?:detain|captur|seiz|held|arrest)/.test(lower.slice(arrest.start, arrest.end))) {
      return out('Abduction/forced disappearance', 'civilians:detained-by-non-state-group', 'arrest');
    }
    // A named armed group's man ("a Hezbollah commander accused of smuggling") is a political arrest,
    // whatever he is accused of; "gunmen" or "bandits" name no group.
    const group = h.get('nonstate-actor');
    const namedGroup = group !== undefined && group.start > 0 && /[A-Z]/.test(original[group.start] ?? '');
    const political = h.has('political-target') && (!h.has('crime') || P.POLITICAL_STRONG.test(lower) || namedGroup);
    if (h.has('crime') && !political) return out(null, 'non-event:crime-arrest', 'crime');
    // (Raids "to detain religious leaders and activists" are a political round-up under way.)
    if (tried && !political && !has(h, 'clash', 'attack-forces', 'killed-combatants', 'kill', 'hurt')) return out(null, 'non-event:arrest-still-to-come', 'arrest', 'weak');
    if (!has(h, 'clash', 'attack-forces', 'killed-combatants') || pos(h, 'arrest') < pos(h, 'clash')) {
      return out('Arrests', political ? 'strategic:arrests-political' : 'strategic:arrests', 'arrest', political ? 'strong' : 'weak');
    }
  }

  // --- Battles ---
  const fightBg = h.has('clash') ? P.FIGHTING_AS_BACKGROUND.exec(lower) : null;
  const eventBeforeBg = fightBg !== null && P.ANY_EVENT_CUES.some((n) => n !== 'clash' && pos(h, n) < fightBg.index);
  if (fightBg && h.has('clash') && pos(h, 'clash') >= fightBg.index && !eventBeforeBg && !has(h, 'attack-forces', 'killed-combatants', 'kill', 'hurt')) {
    return out(null, 'non-event:fighting-as-background', 'clash', 'strong');
  }
  // "A militia attacked a camp, killing 22 civilians": the victims make it an attack on civilians.
  if (h.has('attack-forces') && !has(h, 'clash', 'killed-combatants') && h.has('kill') && h.has('civilian-victim') && P.CIVILIAN_TARGET.test(lower)) {
    return out('Attack', 'civilians:attack-on-civilians', 'kill');
  }
  // "Three suspects were killed in a shoot-out with police after a cash-in-transit heist": a fight
  // over a robbery, with no political actor, is ordinary crime (the codebook codes none).
  if (has(h, 'clash', 'killed-combatants') && h.has('crime') && P.ROBBERY_FIGHT.test(lower) && !has(h, 'nonstate-actor', 'political-target', 'air', 'shelling')) {
    return out(null, 'non-event:crime-shoot-out', 'crime');
  }
  if (has(h, 'clash', 'attack-forces', 'killed-combatants')) {
    const name = h.has('clash') ? 'clash' : h.has('attack-forces') ? 'attack-forces' : 'killed-combatants';
    // Only armed men died, none of them captive or unarmed: a fight, never an attack on civilians.
    if (name === 'killed-combatants' && !h.has('civilian-victim') && !P.DEFENCELESS_COMBATANTS.test(lower)) rules.push('battle:armed-victims-only');
    return out('Armed clash', `battle:${name}`, name, name === 'killed-combatants' ? 'weak' : 'strong');
  }

  if (!has(h, 'kill', 'hurt') && h.has('looting') && /\bblew up|sabotag/.test(lower)) return out('Looting/property destruction', 'strategic:sabotage', 'looting');
  // Gunfire or blasts only heard, no one hit, no side named: a sign of fighting, no event of its own.
  if (has(h, 'explosion', 'shoot') && !has(h, 'kill', 'hurt', 'state-actor') && !armedActor && P.ONLY_HEARD.test(lower)) {
    return out(null, 'non-event:only-heard', h.has('explosion') ? 'explosion' : 'shoot');
  }
  // An unattributed blast: ACLED codes it as a planted or remote device.
  if (h.has('explosion') && !h.has('crime')) return out('Remote explosive/landmine/IED', 'explosion:unattributed-blast', 'explosion', 'weak');

  // --- Violence against civilians ---
  const harm = has(h, 'kill', 'hurt', 'shoot');
  if (!harm && h.has('looting') && !(h.has('crime') && !armedActor)) return out('Looting/property destruction', 'strategic:looting-destruction', 'looting');
  if (harm || (h.has('attack-word') && h.has('civilian-victim'))) {
    if (h.has('crime') && !armedActor && !h.has('political-target')) return out(null, 'non-event:crime', 'crime');
    const killingAsCause = P.KILLING_AS_CAUSE.exec(lower);
    if (killingAsCause && h.has('change-group') && pos(h, 'change-group') < killingAsCause.index && !has(h, 'shoot', 'hurt')) {
      return out('Change to group/activity', 'strategic:change-after-a-killing', 'change-group', 'weak');
    }
    // Someone killed or shot by an unnamed attacker: ACLED codes an attack by an unidentified armed group.
    const name = h.has('kill') ? 'kill' : h.has('shoot') ? 'shoot' : h.has('hurt') ? 'hurt' : 'attack-word';
    if (armedActor || h.has('civilian-victim') || h.has('state-actor') || has(h, 'kill', 'shoot')) {
      const sure = armedActor || (h.has('state-actor') && has(h, 'kill', 'shoot'));
      return out('Attack', 'civilians:attack', name, sure ? 'strong' : 'weak');
    }
  }

  // --- Strategic developments ---
  if (h.has('looting') && !(h.has('crime') && !armedActor)) return out('Looting/property destruction', 'strategic:looting-destruction', 'looting');
  if (h.has('release')) return out('Other', 'strategic:other-release', 'release', 'weak');
  // "The army was deployed to help with rescues": troops sent to a flood or a quake are no move in a conflict.
  if (h.has('change-group') && P.RELIEF_DEPLOYMENT.test(lower)) return out(null, 'non-event:relief-deployment', 'change-group', 'strong');
  // "Army and SDRF personnel joined the rescue operation": soldiers at an accident's rescue.
  if (P.RESCUE_WORK.test(lower) && !P.ANY_EVENT_CUES.some((n) => n !== 'change-group' && h.has(n))) return out(null, 'non-event:relief-deployment', null, 'strong');
  if (h.has('change-group') && (h.has('state-actor') || h.has('nonstate-actor') || h.has('combatant'))) {
    return out('Change to group/activity', 'strategic:change-to-group', 'change-group', 'weak');
  }
  if (h.has('agreed') && (h.has('state-actor') || h.has('nonstate-actor') || P.AGREEING_PARTIES.test(lower)) && !P.VIOLATION.test(lower)) {
    return out('Agreement', 'strategic:agreed', 'agreed', 'weak');
  }
  if (h.has('attack-word') && armedActor) return out('Attack', 'civilians:armed-attack', 'attack-word', 'weak');

  // --- Nothing to code ---
  if (h.has('crime')) return out(null, 'non-event:crime', 'crime', 'weak');
  if (h.has('diplomacy') && P.DOCUMENT_TITLE.test(lower)) return out(null, 'non-event:document-title', 'diplomacy', 'strong');
  if (h.has('diplomacy')) return out(null, 'non-event:statement-or-diplomacy', 'diplomacy', 'weak');
  return out(null, 'non-event:no-cue', null, 'weak');
}
