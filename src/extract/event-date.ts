// The date of an event mention. In order:
// 1. a date expression in the sentence, resolved against the entry's own date or else the
//    report's publication date ("on Thursday" = the last Thursday on or before it);
// 2. the date stated in one of the two sentences before, in the same entry (news carries its
//    date from the lead: "On Thursday, X. Y was also hit.");
// 3. for a headline, the date its lead states (one of the three sentences after it);
// 4. no date in the text: the entry's or report's date with time_precision 2, since a report tells
//    of the days just before it, and precision 1 would claim a day the text does not state;
// 5. no date at all: null (unresolved rather than a guess).
import type { Report, Sentence, Span } from '../core/types.js';
import type { TimePrecision } from '../core/taxonomy.js';
import { eventDateIn } from '../time/dates.js';

export interface EventDate {
  date: string;
  precision: TimePrecision;
  span: Span | null;
  rule: string;
}

export function referenceDate(report: Report, entry: number): string | null {
  return report.entries[entry]?.date ?? report.published ?? null;
}

/** The date a sentence states itself (report offsets), or null; read only when asked, then kept. */
export type StatedDates = (index: number) => EventDate | null;

export function statedDates(report: Report, sentences: { sentence: Sentence; text: string }[]): StatedDates {
  const memo = new Map<number, EventDate | null>();
  return (i) => {
    if (memo.has(i)) return memo.get(i)!;
    const { sentence: s, text } = sentences[i]!;
    const d = eventDateIn(text, referenceDate(report, s.entry));
    const out = d ? { date: d.date, precision: d.precision, span: { start: d.span.start + s.start, end: d.span.end + s.start }, rule: `date-in-sentence:${d.rule}` } : null;
    memo.set(i, out);
    return out;
  };
}

export function resolveEventDate(report: Report, sentences: { sentence: Sentence }[], stated: StatedDates, index: number): EventDate | null {
  const s = sentences[index]!.sentence;
  const own = stated(index);
  if (own) return own;
  const same = (j: number) => j >= 0 && j < sentences.length && sentences[j]!.sentence.entry === s.entry;
  for (let j = index - 1; j >= index - 2 && same(j); j--) {
    const d = stated(j);
    if (d) return { ...d, rule: 'date-from-previous-sentence' };
  }
  if (s.zone === 'headline' || s.zone === 'title' || index === 0) {
    // A page title belongs to no entry (-1): its lead is the first entry's opening.
    for (let j = index + 1; j <= index + 3 && j < sentences.length && (same(j) || s.entry < 0); j++) {
      const d = stated(j);
      if (d) return { ...d, rule: 'date-from-lead' };
    }
  }
  const ref = referenceDate(report, s.entry);
  if (ref) {
    const fromEntry = report.entries[s.entry]?.date != null;
    return { date: ref, precision: 2, span: null, rule: fromEntry ? 'entry-date-no-cue' : 'publication-date-no-cue' };
  }
  return null;
}
