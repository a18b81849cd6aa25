// A story is about its lead. When the lead tells a happening that is no ACLED event (an industrial
// blast, a fire, a crash, talks), a later sentence that only elaborates that same happening ("The
// blasts killed 50") inherits its non-event status, while a sentence telling a distinct
// political-violence event stands.
import { decide, findHits, lowerSameLength } from './classify/rules.js';

/** Why the rules call a sentence no event, when they name a positive reason (not merely "no cue"). */
export function nonEventReason(text: string): string | null {
  const lower = lowerSameLength(text);
  const d = decide(lower, text, findHits(lower));
  if (d.type !== null) return null;
  const reason = d.rules[d.rules.length - 1] ?? '';
  return reason.startsWith('non-event:') && reason !== 'non-event:no-cue' ? reason : null;
}

// Words that name one happening, grouped so that "the blasts" points back to "explosions".
const FAMILIES: RegExp[] = [
  /\b(?:blasts?|explosions?|exploded|explode|detonations?|fireballs?)\b/i,
  /\b(?:fires?|blazes?|flames|inferno)\b/i,
  /\b(?:crash(?:es)?|crashed|collisions?|accidents?|derailment)\b/i,
  /\b(?:collapsed?|collapses)\b/i,
  /\b(?:leaks?|leaked|spills?|spilled)\b/i,
  /\b(?:earthquakes?|quakes?|tremors?|floods?|flooding|landslides?|storms?)\b/i,
];
// "The blasts ...", "That explosion ...", "The massive fire ...": the sentence's subject is a
// definite noun pointing back to a happening already told.
const ANAPHORIC_SUBJECT = /^\W*(?:(?:but|and|however|officials said|police said),?\s+)?(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(blasts?|explosions?|detonations?|fires?|blazes?|inferno|crash(?:es)?|collisions?|accidents?|collapse|leaks?|spills?|earthquakes?|quakes?|floods?|flooding|landslides?|storms?)\b/i;
// An armed author or a claim makes the happening an attack after all, whatever the lead said.
const POLITICAL_AUTHOR = /\b(?:claimed responsibility|claimed the|suicide|bomber|militants?|insurgents?|rebels?|jihadists?|terrorists?|terror attack|gunmen|air ?strikes?|shelling|shelled|rockets?|mortars?|drones?)\b/i;

/**
 * Whether an event sentence only elaborates a non-event happening told earlier in its story:
 * its subject points back ("the blasts") to the nearest earlier sentence naming that happening,
 * which the rules call no event for a stated reason (a disaster, a crime). Returns that reason.
 */
export function elaboratesNonEvent(text: string, earlier: { text: string; isEvent: boolean }[]): string | null {
  const m = ANAPHORIC_SUBJECT.exec(text);
  if (!m || POLITICAL_AUTHOR.test(text)) return null;
  const family = FAMILIES.find((f) => f.test(m[1]!));
  if (!family) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (!family.test(e.text)) continue;
    // The nearest telling of the happening decides: an event there means the sentence elaborates it.
    if (e.isEvent || POLITICAL_AUTHOR.test(e.text)) return null;
    return nonEventReason(e.text);
  }
  return null;
}

// "It was not related to the ongoing clashes": the fighting is named only to be set apart.
const SET_APART = /\b(?:(?:was|were|is|are|had been|has been)\s+not|wasn't|weren't|isn't)\s+(?:\w+\s+)?(?:related|linked|connected|tied)\s+(?:to|with)\b|\bunrelated\s+to\b|\bhad nothing to do with\b/i;

/** Whether the sentence names its event cue only to say the story is not about it. */
export function eventSetApart(text: string, trigger: { start: number } | null): boolean {
  const m = SET_APART.exec(text);
  return !!m && (!trigger || trigger.start >= m.index);
}

// "The incident occurred due to a conflict between members of a gang": a motive that makes the
// happening told before a crime or a private quarrel, not political violence.
const CRIMINAL_MOTIVE = /^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:incident|attack|explosion|blast|shooting|killing|murders?|stabbing|clash|fight)\s+(?:\w+\s+){0,3}?(?:due to|because of|caused by|over|stemmed from|resulted from|the result of|sparked by|linked to|related to|motivated by)\s+(?:\w+\s+){0,6}?(?:gangs?|criminals?|criminal groups?|robbery|robbers|theft|thieves|drug (?:dealers?|traffickers?|gangs?)|(?:human|drug)-trafficking|smugglers?|personal (?:dispute|quarrel|feud|conflict|row)|family (?:dispute|quarrel|feud|row)|domestic (?:dispute|quarrel|row)|business (?:dispute|quarrel|row)|debts?|jealousy)\b/i;

// Rival militias or clans fighting over smuggling routes are still organised political violence.
const ARMED_PARTY = /\b(?:armed|militias?|factions?|tribes?|tribal|clans?|army|soldiers|troops|security forces)\b/i;

/** Whether the sentence gives the happening told before it a criminal or private motive. */
export function givesCriminalMotive(text: string): boolean {
  return CRIMINAL_MOTIVE.test(text) && !POLITICAL_AUTHOR.test(text) && !ARMED_PARTY.test(text);
}

// Leads that tell words, not deeds: a statement, a claim of who was behind an attack, a
// condemnation, a denial, a demand, a court ruling, talks.
const STATEMENT_LEADS = new Set(['non-event:attribution', 'non-event:condemnation', 'non-event:denial', 'non-event:demand', 'non-event:judicial', 'non-event:statement-or-diplomacy', 'non-event:diplomatic-agreement']);
// The speaker's own words, continuing the lead's statement.
const QUOTATION = /^\W{0,3}["“‘']/;
// Fighting recalled as the setting of the talks, not told as the day's news.
const RECALLED = /\b(?:last|past|previous) (?:week|month|year|weekend)\b|\bearlier this (?:week|month|year)\b|\bin recent (?:days|weeks|months|years)\b|\bover the (?:past|last) (?:\w+ )?(?:days|weeks|months|years)\b|\bsince the (?:start|beginning|outbreak) of\b|\bso far this year\b/i;

/**
 * Whether a sentence of a short story only continues a lead that tells words, not an event: the
 * speaker's quoted words, or fighting recalled as background ("Fighting killed 20 last week")
 * after a lead about talks or a statement. A short story is about its lead.
 */
export function continuesStatementLead(text: string, lead: { text: string; isEvent: boolean }): string | null {
  if (lead.isEvent || !(QUOTATION.test(text) || RECALLED.test(text))) return null;
  const reason = nonEventReason(lead.text);
  return reason && STATEMENT_LEADS.has(reason) ? reason : null;
}
