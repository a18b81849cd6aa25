// Who gains territory when a place changes hands: the state's side or a non-state group. Reads
// the subject of the verb (active voice), the agent after it (passive, "fell to X"), or the
// place's former holder ("rebel-held", "from ISIS").

import { CUES } from './cues.js';
import type { Hit } from './rules.js';

const PLACE_NOUN =
  /\b(?:town|towns|city|cities|village|villages|area|areas|district|districts|hill|hills|hilltops?|neighbou?rhoods?|region|province|governorate|base|airbase|airport|road|highway|positions?|territory|territories|checkpoint|crossing|capital|strategic|key|farms?|mountains?|valley|dam|oil ?field|port|island|zone|quarter|suburbs?|outskirts|countryside|locality|localities|settlements?|enclave|pocket|stronghold|bastion|front|frontline|points?|heights|junction|bridge|factory|complex|barracks|camp|district|county|municipality|hamlet|countryside|parts? of|control)\b/;

const HELD_BY_NONSTATE = /\b(?:rebel|militant|insurgent|terrorist|jihadist|isis|isil|daesh|opposition|islamist|taliban|shabaab|houthi|separatist)[- ](?:held|controlled|occupied|stronghold|bastion)/;
const HELD_BY_STATE = /\b(?:government|regime|army|state|military)[- ](?:held|controlled)/;

const KIND_STATE = new RegExp(CUES.find((c) => c.name === 'state-actor')!.re.source, 'g');
const KIND_NONSTATE = new RegExp(CUES.find((c) => c.name === 'nonstate-actor')!.re.source, 'g');
// Pro-government militias and allied forces count as the state's side.
const PRO_STATE = /\b(?:pro-?(?:government|regime|assad)|loyalist|allied (?:forces|militias)|backed by (?:the )?(?:army|government|russia))/;

function lastIndexOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

function firstIndexOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** The actor kind named nearest before `at` (the subject), or first after it (passive "by X"). */
function actorKind(text: string, from: number, to: number, nearestTo: 'end' | 'start'): 'state' | 'nonstate' | null {
  const window = text.slice(Math.max(0, from), Math.max(0, to));
  if (PRO_STATE.test(window)) return 'state';
  if (nearestTo === 'end') {
    const s = lastIndexOf(KIND_STATE, window);
    const n = lastIndexOf(KIND_NONSTATE, window);
    if (s < 0 && n < 0) return null;
    return s > n ? 'state' : 'nonstate';
  }
  const s = firstIndexOf(KIND_STATE, window);
  const n = firstIndexOf(KIND_NONSTATE, window);
  if (s < 0 && n < 0) return null;
  if (s < 0) return 'nonstate';
  if (n < 0) return 'state';
  return s < n ? 'state' : 'nonstate';
}

const EXPULSION = /^(?:dr(?:o|i)ve|pushed|expell|ousted|cleared|cleans|purg)/;

function lastClause(before: string): string {
  return before.split(/[;:]|\band then\b|\bafter\b|\bwhile\b|\bwhen\b|\bbefore\b|\bas\b/).pop() ?? before;
}

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$/;
const AGENT_AFTER = /^[^.;]{0,60}?\b(?:by|to|into the hands of|of)\b/;

/** Who gains territory at the cue: the state side, a non-state group, or unknown. */
export function territoryGainer(lower: string, hit: Hit): { kind: 'state' | 'nonstate' | null; rule: string } {
  const verb = lower.slice(hit.start, hit.end);
  const before = lower.slice(Math.max(0, hit.start - 100), hit.start);
  const after = lower.slice(hit.end, hit.end + 100);
  const passive = PASSIVE_BEFORE.test(before) || /^(?:fell|fall|under|control over|taken over)/.test(verb);
  if (passive) {
    const m = AGENT_AFTER.exec(after);
    if (m) {
      const kind = actorKind(after, m.index + m[0].length, m.index + m[0].length + 60, 'start');
      if (kind) return { kind, rule: `territory:agent-after:${kind}` };
    }
    // "ISIS fighters were driven out of X": the subject of a passive expulsion is the loser.
    if (EXPULSION.test(verb)) {
      const clause = lastClause(before);
      const loser = actorKind(clause, 0, clause.length, 'start');
      if (loser) return { kind: loser === 'state' ? 'nonstate' : 'state', rule: `territory:expelled-subject-loses:${loser}` };
    }
  } else {
    // The subject: the first actor of the clause ("The army and NDF clashed with ISIS and retook X");
    // a participle ("..., capturing X") or a verb joined by "and" takes the sentence's subject.
    const joined = /(?:,|\band)\s*(?:\w+\s+)?$/.test(before) || /ing$/.test(verb.split(' ')[0] ?? '');
    const clause = joined ? lower.slice(0, hit.start) : lastClause(before);
    const kind = actorKind(clause, 0, clause.length, 'start');
    if (kind) return { kind, rule: `territory:subject:${kind}` };
  }
  // The place's former holder says who took it.
  if (HELD_BY_NONSTATE.test(lower)) return { kind: 'state', rule: 'territory:was-nonstate-held' };
  if (HELD_BY_STATE.test(lower)) return { kind: 'nonstate', rule: 'territory:was-state-held' };
  const from = /\bfrom (?:the )?(?:\w+ ){0,2}/.exec(after);
  if (from) {
    const loser = actorKind(after, from.index, from.index + 60, 'start');
    if (loser === 'nonstate') return { kind: 'state', rule: 'territory:taken-from-nonstate' };
    if (loser === 'state') return { kind: 'nonstate', rule: 'territory:taken-from-state' };
  }
  // Any actor named anywhere in the sentence.
  const anywhere = actorKind(lower, 0, lower.length, 'start');
  if (anywhere) return { kind: anywhere, rule: `territory:only-actor:${anywhere}` };
  // "Liberated"/"regained" are how a state describes taking back its own ground.
  if (/^(?:liberat|regain|restor|reclaim)/.test(verb)) return { kind: 'state', rule: 'territory:regain-verb' };
  return { kind: null, rule: 'territory:gainer-unknown' };
}

/** Whether a territory verb takes a place (not "captured five militants"). */
export function territoryHasPlace(lower: string, original: string, hit: Hit): boolean {
  const verb = lower.slice(hit.start, hit.end);
  if (/control|fell|fall|over-?r|liberat|under/.test(verb)) return true;
  const after = lower.slice(hit.end, hit.end + 70);
  if (/^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|many|some|a number)\b/.test(after)) {
    if (!PLACE_NOUN.test(after.slice(0, 40))) return false;
  }
  if (/^\s+(?:\w+\s+){0,3}(?:weapons?|arms|ammunition|explosives|vehicles?|tanks?|cars?|trucks?|drugs|cash|money|documents|suspects?|members?|fighters|militants|soldiers|leaders?|commanders?|cattle|livestock|goats|sheep|camels|property|goods|grain|food|aid|crops|missionaries|hostages|civilians|people|women|children|journalists?|blogger|him|her|them)\b/.test(after))
    return false;
  if (PLACE_NOUN.test(lower.slice(Math.max(0, hit.start - 50), hit.end + 70))) return true;
  // A capitalised name right after the verb ("took Raqqa", "captured the town of Tal Abyad").
  return /^\s+(?:the\s+(?:\w+\s+)?of\s+)?(?:al-|el-|ad-|as-|ar-)?[A-Z]/.test(original.slice(hit.end, hit.end + 40));
}
