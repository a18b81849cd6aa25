// PLACEHOLDER until the sub-event classifier lands: the signature is the contract.
import type { Span } from '../../core/types.js';
import type { EventType, SubEventType } from '../../core/taxonomy.js';

export interface Classification {
  sub_event_type: SubEventType;
  event_type: EventType;
  /** 0..1 */
  score: number;
  /** The words that triggered it, as offsets into the sentence string given. */
  trigger: Span | null;
  /** Names of the rules / features that decided, for `sitrep explain`. */
  rules: string[];
  /** Runner-up types with their scores. */
  alternatives: { sub_event_type: SubEventType; score: number }[];
}

export interface ClassifyContext {
  /** The headline of the entry the sentence belongs to, if any. */
  headline?: string | null;
}

/** The ACLED sub-event type a sentence reports, or null when it reports no ACLED event. */
export function classifySentence(_sentence: string, _ctx: ClassifyContext = {}): Classification | null {
  return null;
}
