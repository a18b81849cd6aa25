// Territorial control from territory events: the winner holds the place from the event's date.
import type { SubEventType } from '../core/taxonomy.js';
import type { EventStatus } from './types.js';

export interface Transfer {
  /** Who holds the place afterwards; null when a withdrawal names no one taking over. */
  holder: string | null;
  /** Who held it before, when stated. */
  previous: string | null;
  /** The change is told as the loser leaving rather than the winner arriving. */
  withdrawal: boolean;
}

/** Words that say actor1 left rather than arrived ("ISIS withdrew from", "pulled out", "evacuated"). */
export const WITHDRAWAL = /\b(withdr[ae]w\w*|withdrawing|withdrawal|pull(?:ed|s|ing)? (?:out|back)|retreat\w*|evacuat\w*|abandon\w*|left|leav(?:e|es|ing)|handed over|hand(?:s|ing)? over|ceded?|surrender\w*)\b/i;

/**
 * A counter-statement to a withdrawal: the actor is not leaving, is digging in, holding its
 * positions, or a withdrawal is denied ("ISIS is not thinking of withdrawing", "digging tunnels").
 */
export const COUNTER_WITHDRAWAL =
  /\b(?:not|no longer|never)\b[^.;]{0,40}\b(?:withdraw\w*|pull\w* (?:out|back)|retreat\w*|leav\w*)|\bno (?:sign|intention|plans?) of (?:withdraw\w*|leaving|retreat\w*)|\bdig(?:ging|s)? in\b|\bdug in\b|\bentrench\w*|\bdigging tunnels\b|\bholding (?:their|its) (?:positions|ground)\b|\bstand(?:ing|s)? (?:firm|their ground|its ground)\b|\bdenie[sd]\b[^.;]{0,60}\b(?:withdraw\w*|pull\w* (?:out|back)|retreat\w*)/i;

/** Civilians, protesters and rioters can be displaced or freed, but they do not hold territory. */
const NOT_A_HOLDER = /^(civilians|protesters|rioters|prisoners|refugees)\b/i;

function holderOrNull(actor: string | null): string | null {
  return actor && !NOT_A_HOLDER.test(actor.trim()) ? actor : null;
}

/**
 * Who won and who lost a territory event. Regains and overtakes: actor1 takes the place from
 * actor2 (ACLED's convention). A non-violent transfer told as a withdrawal ("ISIS withdrew from
 * X", actor1 = ISIS): actor1 loses it, to actor2 if one is named. Otherwise actor1 receives it.
 */
export function transferOf(
  ev: { sub_event_type: SubEventType; actor1: string | null; actor2: string | null },
  evidence: string,
): Transfer | null {
  switch (ev.sub_event_type) {
    case 'Government regains territory':
    case 'Non-state actor overtakes territory':
      if (!holderOrNull(ev.actor1)) return null;
      return { holder: ev.actor1, previous: holderOrNull(ev.actor2), withdrawal: false };
    case 'Non-violent transfer of territory':
      if (!holderOrNull(ev.actor1)) return null;
      if (WITHDRAWAL.test(evidence)) return { holder: holderOrNull(ev.actor2), previous: ev.actor1, withdrawal: true };
      return { holder: ev.actor1, previous: holderOrNull(ev.actor2), withdrawal: false };
    default:
      return null;
  }
}

/**
 * How far a change of control is established, from its event's status and corroboration.
 * Denied events change nothing and are left out of the timeline.
 */
export function controlConfidence(status: EventStatus, corroboration: number): number | null {
  switch (status) {
    case 'corroborated':
      return Math.round(Math.min(0.95, 0.8 + 0.05 * (corroboration - 2)) * 100) / 100;
    case 'single-source':
      return 0.6;
    case 'claimed':
      return 0.4;
    case 'unverified':
      return 0.3;
    case 'contested':
      return 0.25;
    case 'denied':
      return null;
  }
}
