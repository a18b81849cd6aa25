// The date of an event mention. In order:
// 1. a date expression in the sentence, resolved against the entry's own date or else the
//    report's publication date ("on Thursday" = the last Thursday on or before it);
// 2. the date stated in one of the two sentences before, in the same entry (news carries its
//    date from the lead: "On Thursday, X. Y was also hit.");
// 3. no date in the text: the entry's or report's date with time_precision 2, since a report tells
//    of the days just before it, and precision 1 would claim a day the text does not state;
// 4. no date at all: null (unresolved rather than a guess).
import type { Report, Sentence, Span } from '../core/types.js';
import type { TimePrecision } from '../core/taxonomy.js';
import { eventDateIn } from '../time/dates.js';

export interface EventDate {
  date: string;
  precision: TimePrecision;
  span: Span | null;
  rule: string;
}

interface Seen {
  date: string;
  precision: TimePrecision;
  index: number;
  span?: Span;
}

export function referenceDate(report: Report, entry: number): string | null {
  return report.entries[entry]?.date ?? report.published ?? null;
}

/** Call for every sentence in order: it remembers the dates stated, for the sentences after. */
export function resolveEventDate(
  report: Report,
  c: { sentence: Sentence; text: string },
  index: number,
  lastDateInEntry: Map<number, Seen>,
): EventDate | null {
  const s = c.sentence;
  const ref = referenceDate(report, s.entry);
  const d = eventDateIn(c.text, ref);
  if (d) {
    const span = { start: d.span.start + s.start, end: d.span.end + s.start };
    lastDateInEntry.set(s.entry, { date: d.date, precision: d.precision, index, span });
    return { date: d.date, precision: d.precision, span, rule: `date-in-sentence:${d.rule}` };
  }
  const last = lastDateInEntry.get(s.entry);
  if (last && index - last.index <= 2) return { date: last.date, precision: last.precision, span: last.span ?? null, rule: 'date-from-previous-sentence' };
  if (ref) {
    const fromEntry = report.entries[s.entry]?.date != null;
    return { date: ref, precision: 2, span: null, rule: fromEntry ? 'entry-date-no-cue' : 'publication-date-no-cue' };
  }
  return null;
}
