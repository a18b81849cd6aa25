// The publication date a page prints at its head: "Published October 2 2017", "Date of publication
// 3 October 2017", or a full date with its weekday ("Reuters Tuesday 14 Nov 2017", "Mon Jul 11 2016").
// Scraped pages often carry a metadata date that is wrong by days or years; the page's own stamp is
// what its "on Monday" was written against. A weekday that agrees with the date is what tells a
// stamp from any date in a headline; an "Updated" stamp is never taken (a later update's date is not
// the anchor of the story's weekdays).
import type { Span } from '../core/types.js';
import { findDates, isoDay, parseIsoDay } from './dates.js';

export interface PublicationStamp {
  date: string;
  /** The stamp's words, label or weekday included, as offsets into the text. */
  span: Span;
  rule: 'labelled' | 'weekday-and-date';
}

/** How far into a page its stamp may stand (title, byline and agency come first). */
const HEAD = 200;
const LABEL = /\b(?:published(?:\s+on)?|date\s+of\s+publication|posted(?:\s+on)?)\s*:?\s*$/i;
const UPDATED = /\b(?:updated|modified)\b[^.]{0,20}$/i;
const WEEKDAY_BEFORE = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*\.?,?\s*$/;
const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const FULL_DATE_RULES = new Set(['day-month-year', 'month-day-year', 'iso-date']);

export function publicationStamp(text: string): PublicationStamp | null {
  const head = text.slice(0, HEAD);
  for (const d of findDates(head, null)) {
    if (!FULL_DATE_RULES.has(d.rule) || d.span.end > HEAD - 1) continue;
    const before = head.slice(Math.max(0, d.span.start - 40), d.span.start);
    if (UPDATED.test(before)) continue;
    const label = LABEL.exec(before);
    if (label) return { date: d.date, span: { start: d.span.start - label[0].length, end: d.span.end }, rule: 'labelled' };
    const wd = WEEKDAY_BEFORE.exec(before);
    const day = parseIsoDay(d.date);
    if (wd && day && day.getUTCDay() === WEEKDAY_INDEX[wd[1]!]) {
      return { date: isoDay(day), span: { start: d.span.start - wd[0].length, end: d.span.end }, rule: 'weekday-and-date' };
    }
  }
  return null;
}
