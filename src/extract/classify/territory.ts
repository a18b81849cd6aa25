// Who gains territory when a place changes hands: the state's side or a non-state group. Reads
// the subject of the verb (active voice), the agent after it (passive, "fell to X"), or the
// place's former holder ("rebel-held", "from ISIS"). Which side an actor is on comes from the actor
// dictionary (data/actors, via src/extract/actors) and generic words; an unknown proper-named group
// ("the Tanembo Defence Movement") is non-state unless a country's name makes it a state's forces.

import { CUES } from './cues.js';
import type { Hit } from './rules.js';
import { findActorMentions, type ActorMention } from '../actors/match.js';
import { countryNames } from '../actors/countries.js';

let nationalForcesRe: RegExp | null = null;
/** Demonyms (one, or two joined by "and") before forces or troops: "Rwandan forces", "Mozambican and Rwandan troops". */
function nationalForces(): RegExp {
  if (nationalForcesRe) return nationalForcesRe;
  const adj = [...new Set(countryNames().filter((c) => c.adjective && /^[A-Z][a-z]+$/.test(c.alias)).map((c) => c.alias))].join('|');
  return (nationalForcesRe = new RegExp(`\\b(?:${adj})(?:,? and (?:${adj}))? (?:forces|troops|soldiers|army|armies|navy|military)\\b`, 'g'));
}

const PLACE_NOUN =
  /\b(?:town|towns|city|cities|village|villages|area|areas|district|districts|hill|hills|hilltops?|neighbou?rhoods?|region|province|governorate|base|airbase|airport|road|highway|positions?|territory|territories|checkpoint|crossing|capital|strategic|key|farms?|mountains?|valley|dam|oil ?field|gas ?field|airfield|terminal|compound|prison|headquarters|outposts?|posts?|mines?|port|island|zone|quarter|suburbs?|outskirts|countryside|locality|localities|settlements?|enclave|pocket|stronghold|bastion|front|frontline|points?|heights|junction|bridge|factory|complex|barracks|camp|district|county|municipality|hamlet|countryside|parts? of|control)\b/;

const HELD_BY_NONSTATE = /\b(?:rebel|militant|insurgent|terrorist|jihadist|isis|isil|daesh|opposition|islamist|taliban|shabaab|houthi|separatist)[- ](?:held|controlled|occupied|stronghold|bastion)/;
const HELD_BY_STATE = /\b(?:government|regime|army|state|military)[- ](?:held|controlled)/;

const KIND_STATE = new RegExp(CUES.find((c) => c.name === 'state-actor')!.re.source, 'g');
const KIND_NONSTATE = new RegExp(CUES.find((c) => c.name === 'nonstate-actor')!.re.source, 'g');
// Pro-government militias and allied forces count as the state's side.
const PRO_STATE = /\b(?:pro-?(?:government|regime|assad)|loyalist|allied (?:forces|militias)|backed by (?:the )?(?:army|government|russia)|(?:loyal|allied) to (?:the )?(?:[\w-]+ ){0,2}(?:government|regime|state|army)\b|government-(?:allied|aligned|backed)|state-backed)/;

/** An actor named in the sentence: where, and which side of the state/non-state line it is on. */
interface SidedActor {
  start: number;
  end: number;
  kind: 'state' | 'nonstate';
}

// Named actors the dictionary files as external forces (inter 8) that are not a state's side.
const EXTERNAL_NONSTATE = new Set(['stc']);
// "The Tanembo Defence Movement", "Kataib al-Nasr Brigade": a capitalised name ending in a
// group word. Unknown names are non-state groups unless a country names them ("Kenya Defence Forces").
const PROPER_GROUP = /\b(?:[A-Z][\w'\u2019-]*\s+(?:(?:al|el|ad|as|ar|of|the|for|and|de|du|des)[-\s]+)?){1,5}(?:[Mm]ovement|Front|[Bb]rigades?|[Bb]attalions?|Committees?|[Cc]oalition|[Aa]lliance|[Gg]roup|[Mm]ilitia|Legion|Council|Resistance|Forces|Army|Guards?|Shield|Eagles|Lions|Tigers|Union|Party|Organi[sz]ation|Corps|Division|Regiment)\b/g;
const UNKNOWN_NAMED_SUBJECT = /^\s*(?:[A-Z][a-z]+ )?(?:the )?(?:(?:[A-Z][\w'\u2019-]+|al|el|of)[\s-]+){2,5}(?:[a-z]+\s+){0,3}$/;
const UNKNOWN_ACRONYM_SUBJECT = /^\s*(?:[A-Z][a-z]+,?\s+)?(?:the\s+|The\s+)?[A-Z]{2,}(?:-[A-Z]{2,})*\s+(?:[a-z]+\s+){0,3}['‘"“]?$/;
const STATE_HEAD = /(?:Army|Forces|Guards?|Police|Gendarmerie|Navy|Air Force|Corps|Division|Regiment)$/;
const SENTENCE_WORDS = /^(?:The|A|An|On|In|At|After|Before|When|While|Later|Earlier|Meanwhile|Overnight|Yesterday|Today)$/;
// Words of a state force's own name ("the Defence and Security Forces", "the Internal Security
// Forces", "the Royal Armed Forces"): such a name is the state's, not a group's.
const STATE_NAME_WORDS = /^(?:Defen[cs]e|Security|National|Armed|Royal|Republican|Presidential|Federal|Internal|Border|Special|Public|Popular|Army|Military|Police|Joint|Central|General|Regular|Territorial|Interior|State|Government)$/;

/** Every actor the sentence names, sided from the actor dictionary (data/actors) and generic words. */
function sidedActors(original: string, lower: string): SidedActor[] {
  const found: SidedActor[] = [];
  let mentions: ActorMention[] = [];
  try {
    mentions = findActorMentions(original);
  } catch {
    mentions = [];
  }
  const covered = (a: number, b: number) => found.some((f) => a < f.end && b > f.start);
  for (const m of mentions) {
    let kind: SidedActor['kind'] | null = null;
    if (m.kind === 'named' && m.actor) {
      if (m.actor.inter === 1 || (m.actor.inter === 8 && !EXTERNAL_NONSTATE.has(m.actor.id))) kind = 'state';
      else if (m.actor.inter >= 2 && m.actor.inter <= 4) kind = 'nonstate';
    } else if (m.kind === 'country-state') kind = 'state';
    else if (m.generic === 'state' || m.generic === 'police' || m.generic === 'air') kind = 'state';
    else if (m.generic === 'rebels' || m.generic === 'unidentified') kind = 'nonstate';
    if (!kind) continue;
    // "The Free Mountains Army": a generic state word closing an unknown proper name is a group's name.
    if (kind === 'state' && m.kind === 'generic' && m.country === null && /^[A-Z]/.test(m.text)) {
      // (A dateline's spaced dash is no part of a name: "Homs, SANA - Army units ...".)
      const lead = /((?:[A-Z][\w'\u2019-]*(?:\s+|-)(?:(?:al|el|of|the|for|and)(?:\s+|-))?){1,4})$/.exec(original.slice(Math.max(0, m.start - 60), m.start));
      const words = lead ? lead[1]!.trim().split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w) && !SENTENCE_WORDS.test(w)) : [];
      if (words.length > 0 && !words.every((w) => STATE_NAME_WORDS.test(w))) {
        found.push({ start: m.start - lead![1]!.length, end: m.end, kind: 'nonstate' });
        continue;
      }
    }
    found.push({ start: m.start, end: m.end, kind });
  }
  PROPER_GROUP.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = PROPER_GROUP.exec(original))) {
    const text = g[0].replace(/^(?:The|A|An)\s+/, '');
    const start = g.index + g[0].length - text.length;
    if (covered(start, g.index + g[0].length)) continue;
    if (!/^[A-Z]/.test(text) || SENTENCE_WORDS.test(text.split(/\s/)[0]!) && text.split(/\s/).length < 2) continue;
    // "Kenya Defence Forces": a country's name makes it the state's.
    const countryNamed = mentions.some((m) => m.country !== null && m.start >= start && m.start < g!.index + g![0].length);
    found.push({ start, end: g.index + g[0].length, kind: countryNamed && STATE_HEAD.test(text) ? 'state' : 'nonstate' });
  }
  // "Mozambican and Rwandan forces": countries' forces, named by their demonyms, are states' sides.
  const national = nationalForces();
  national.lastIndex = 0;
  let n: RegExpExecArray | null;
  while ((n = national.exec(original))) {
    if (!covered(n.index, n.index + n[0].length)) found.push({ start: n.index, end: n.index + n[0].length, kind: 'state' });
  }
  for (const [re, kind] of [[KIND_STATE, 'state'], [KIND_NONSTATE, 'nonstate']] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (!covered(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The actor kind named first in [from, to) (the subject, or the agent after "by"), or last when nearestTo is 'end'. */
function actorKind(actors: SidedActor[], lower: string, from: number, to: number, nearestTo: 'end' | 'start' = 'start'): 'state' | 'nonstate' | null {
  const lo = Math.max(0, from);
  const hi = Math.max(lo, to);
  if (PRO_STATE.test(lower.slice(lo, hi))) return 'state';
  const inside = actors.filter((a) => a.start >= lo && a.start < hi);
  if (!inside.length) return null;
  return (nearestTo === 'end' ? inside[inside.length - 1]! : inside[0]!).kind;
}

const JOINED_SUBJECT = /^[^,;]{0,40}\b(?:and|along with|together with|alongside)\s+(?:[\w'-]+\s+){0,3}$/;

/** A subject of two sides joined by "and" right before the verb, one of them the state's forces. */
function stateAmongJointSubject(actors: SidedActor[], lower: string, from: number, to: number): boolean {
  const inside = actors.filter((a) => a.start >= Math.max(0, from) && a.start < to);
  const state = inside.find((a) => a.kind === 'state');
  if (!state || inside[0]!.kind !== 'nonstate') return false;
  return JOINED_SUBJECT.test(lower.slice(inside[0]!.start, state.start)) && !/[,;]|\b(?:said|says|after|when|as)\b/.test(lower.slice(state.start, to));
}

const EXPULSION = /^(?:dr(?:o|i)ve|pushed|expell|ousted|cleared|cleans|purg)/;

function lastClause(before: string): string {
  return before.split(/[;:]|\band then\b|\bafter\b|\bwhile\b|\bwhen\b|\bbefore\b|\bas\b/).pop() ?? before;
}

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$/;
const AGENT_AFTER = /^[^.;]{0,60}?\b(?:by|to|into the hands of|of)\b/;

/** Who gains territory at the cue: the state side, a non-state group, or unknown. */
const STATE_SPEAKER = /\b(?:prime\s+minister|president|government|army|military|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|chief\s+of\s+staff|generals?|commander-in-chief|junta)\b/;

export function territoryGainer(lower: string, hit: Hit, original: string = lower): { kind: 'state' | 'nonstate' | null; rule: string } {
  const actors = sidedActors(original, lower);
  const verb = lower.slice(hit.start, hit.end);
  const beforeStart = Math.max(0, hit.start - 100);
  const before = lower.slice(beforeStart, hit.start);
  const after = lower.slice(hit.end, hit.end + 100);
  // "The prime minister declared victory over ISIS in Mosul": a state leader or body speaking for
  // the forces that won; the group named after "over" lost the place.
  if (/^declar/.test(verb)) {
    if (STATE_SPEAKER.test(lastClause(before))) return { kind: 'state', rule: 'territory:victory-declared-by-state' };
    const loser = actorKind(actors, lower, hit.start, hit.end);
    if (loser) return { kind: loser === 'state' ? 'nonstate' : 'state', rule: `territory:victory-over:${loser}` };
  }
  // "The airstrip was back in army hands": whose hands it is back in gains it.
  if (/^back in/.test(verb)) {
    const holder = actorKind(actors, lower, hit.start, hit.end);
    if (holder) return { kind: holder, rule: `territory:back-in-hands:${holder}` };
  }
  // ("IS fighters took control": the group's initials, not the verb "is".)
  const aux = PASSIVE_BEFORE.exec(before);
  // ("its fighters had taken over the headquarters of the army's division": a perfect, not a passive.)
  const passive = (!!aux && original.slice(beforeStart + aux.index, beforeStart + aux.index + 2) !== 'IS') || /^(?:fell|fall|under|control over)/.test(verb) ||
    (/^taken over/.test(verb) && !/\b(?:had|has|have|having)\s+(?:\w+\s+)?$/.test(before));
  if (passive) {
    const m = AGENT_AFTER.exec(after);
    if (m) {
      const at = hit.end + m.index + m[0].length;
      const kind = actorKind(actors, lower, at, at + 60);
      if (kind) return { kind, rule: `territory:agent-after:${kind}` };
    }
    // "ISIS fighters were driven out of X": the subject of a passive expulsion is the loser.
    if (EXPULSION.test(verb)) {
      const clause = lastClause(before);
      const loser = actorKind(actors, lower, hit.start - clause.length, hit.start);
      if (loser) return { kind: loser === 'state' ? 'nonstate' : 'state', rule: `territory:expelled-subject-loses:${loser}` };
    }
  } else {
    // The subject: the first actor of the clause ("The army and NDF clashed with ISIS and retook X");
    // a participle ("..., capturing X") or a verb joined by "and" takes the sentence's subject.
    const joined = /(?:,|\band)\s*(?:\w+\s+)?$/.test(before) || /ing$/.test(verb.split(' ')[0] ?? '');
    const clauseStart = joined ? 0 : hit.start - lastClause(before).length;
    // "On the fourth day of a pro-Assad offensive, the Islamic State recaptured X": an opening
    // phrase set off by a comma is not the subject; the words after its comma are, when they
    // name an actor.
    const comma = joined ? -1 : lower.lastIndexOf(',', hit.start - 1);
    const subjectKind = comma >= clauseStart ? actorKind(actors, lower, comma + 1, hit.start) : null;
    const kind = subjectKind ?? actorKind(actors, lower, clauseStart, hit.start);
    // "Hezbollah fighters and Syrian troops seized Qusayr": the state and its ally took it together.
    if (kind === 'nonstate' && stateAmongJointSubject(actors, lower, comma >= clauseStart ? comma + 1 : clauseStart, hit.start)) {
      return { kind: 'state', rule: 'territory:subject:state-with-ally' };
    }
    if (kind) return { kind, rule: `territory:subject:${kind}` };
    // "The Benue Valley Volunteers seized ...": a proper name no dictionary knows, as the subject,
    // is a non-state group (a state's forces are called army, police, government or by country).
    if (UNKNOWN_NAMED_SUBJECT.test(original.slice(clauseStart, hit.start))) return { kind: 'nonstate', rule: 'territory:unknown-named-subject' };
    // "The CSP-DPA announces having 'liberated' Léré": so is an acronym no dictionary knows.
    if (UNKNOWN_ACRONYM_SUBJECT.test(original.slice(clauseStart, hit.start))) return { kind: 'nonstate', rule: 'territory:unknown-acronym-subject' };
  }
  // The place's former holder says who took it.
  if (HELD_BY_NONSTATE.test(lower)) return { kind: 'state', rule: 'territory:was-nonstate-held' };
  if (HELD_BY_STATE.test(lower)) return { kind: 'nonstate', rule: 'territory:was-state-held' };
  const from = /\bfrom (?:the )?(?:\w+ ){0,2}/.exec(after);
  if (from) {
    const at = hit.end + from.index;
    const loser = actorKind(actors, lower, at, at + 60);
    if (loser === 'nonstate') return { kind: 'state', rule: 'territory:taken-from-nonstate' };
    if (loser === 'state') return { kind: 'nonstate', rule: 'territory:taken-from-state' };
  }
  // Any actor named anywhere in the sentence.
  const anywhere = actorKind(actors, lower, 0, lower.length);
  if (anywhere) return { kind: anywhere, rule: `territory:only-actor:${anywhere}` };
  // "Liberated"/"regained" are how a state describes taking back its own ground.
  if (/^(?:liberat|regain|restor|reclaim)/.test(verb)) return { kind: 'state', rule: 'territory:regain-verb' };
  return { kind: null, rule: 'territory:gainer-unknown' };
}

/** People pushed out of somewhere: a crowd, not a side losing ground. */
const CROWD_PUSHED = /\b(?:crowds?|protesters|demonstrators|people|residents|families|civilians|students|mourners|worshippers|rioters|fans)\b/;

/** Whether a territory verb takes a place (not "captured five militants"). */
export function territoryHasPlace(lower: string, original: string, hit: Hit): boolean {
  const verb = lower.slice(hit.start, hit.end);
  // ("The airstrip was back in army hands": the subject is the place.)
  if (/control|fell|fall|over-?r|liberat|under|^declar|^back in/.test(verb)) return true;
  const after = lower.slice(hit.end, hit.end + 70);
  if (/^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|several|many|some|a number)\b/.test(after)) {
    if (!PLACE_NOUN.test(after.slice(0, 40))) return false;
  }
  if (/^\s+(?:\w+\s+){0,3}(?:weapons?|arms|ammunition|explosives|vehicles?|tanks?|cars?|trucks?|drugs|cash|money|documents|suspects?|members?|fighters|militants|soldiers|leaders?|commanders?|cattle|livestock|goats|sheep|camels|property|goods|grain|food|aid|crops|missionaries|hostages|civilians|people|women|children|journalists?|blogger|him|her|them)\b/.test(after))
    return false;
  if (PLACE_NOUN.test(lower.slice(Math.max(0, hit.start - 50), hit.end + 70))) return true;
  // "Stormed the town of Darat Izza ... and seized it": "it" is the place named before.
  if (/^\s+it\b/.test(after) && PLACE_NOUN.test(lower.slice(Math.max(0, hit.start - 140), hit.start))) return true;
  // A capitalised name right after the verb ("took Raqqa", "captured the town of Tal Abyad").
  const named = original.slice(hit.end, hit.end + 40);
  if (/^\s+(?:the\s+(?:\w+\s+)?of\s+)?(?:al-|el-|ad-|as-|ar-)?[A-Z]/.test(named)) return true;
  // "Pushed rebels out of Khan Sheikhoun": the place follows the expulsion's "out of" (a crowd pushed
  // out of a square is no territory).
  return /\bout$/.test(verb) && !CROWD_PUSHED.test(verb) && /^\s+of\s+(?:the\s+(?:\w+\s+)?of\s+)?(?:al-|el-|ad-|as-|ar-)?[A-Z]/.test(named);
}
