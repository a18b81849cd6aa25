// The head of a bulletin line: "- 11/03, Ansongo cercle: JNIM fighters set up a checkpoint ...",
// "12/03/2024, Gao: ...", "March 13, Douentza: ...", "Tougouri, Burkina Faso: clashes ...".
// Security bulletins, situation reports and incident logs open each line with the incident's day
// and place, then a colon. The day is the event's day; the place (before the colon) is the event's
// place, like a dateline, unless the sentence itself names a more precise one.
//
// The day is read here: a numeric day/month at the start of a line or sentence. The place before
// the colon is read by the geoparser (src/geo/line-head.ts), which looks the name up as a reader would.
import type { Span } from '../core/types.js';
import { LEAD, NUMERIC_DAY, lineHeadPlace } from '../geo/line-head.js';

// ---------------------------------------------------------------------------------------------
// The day at the head of a line.

/** What ends a head's day: a comma, colon or dash, or a capitalised word (the place). */
const AFTER_DAY = String.raw`(?=\s*[,:;]|\s*[-–—]\s|\s+\p{Lu})`;
const LINE_HEAD_DAY = new RegExp(`${LEAD}(?:${NUMERIC_DAY})(?![\\d/.])${AFTER_DAY}`, 'u');

export interface LineHeadDay {
  date: string;
  /** Offsets of the day's digits in the text given. */
  span: Span;
  /** Which order the digits were read in. */
  order: 'day-first' | 'month-first';
}

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && utc(y, m, d).getUTCDate() === d;
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function parseIso(s: string | null): Date | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m && validDay(+m[1]!, +m[2]!, +m[3]!) ? utc(+m[1]!, +m[2]!, +m[3]!) : null;
}

/**
 * The day a line or sentence opens with, written in digits ("11/03, Ansongo cercle: ..."), against
 * the report's date (`reference`, YYYY-MM-DD or null). Day-first or month-first: a reading that is
 * no calendar day is dropped; of two valid readings the one on or before the reference and nearest
 * it is taken (a bulletin reports the days just past). A day after the reference is never read.
 * Without a reference (so only with a written year), day-first, the order used outside the US.
 * A day without its year takes the year that puts it on or before the reference; without a
 * reference it cannot be placed in time and is not read.
 */
export function lineHeadDay(text: string, reference: string | null): LineHeadDay | null {
  const m = LINE_HEAD_DAY.exec(text.slice(0, 40));
  if (!m) return null;
  // "24-08-2014 Syrian Army Kills 50 ...": a page's stamp run into its headline is no bulletin
  // line. Without a comma, colon or dash after it, the day heads a line only before a place and
  // its colon ("12/03 Gao: ...").
  if (!/^\s*(?:[,:;]|[-–—]\s)/.test(text.slice(m[0].length)) && !lineHeadPlace(text)?.dated) return null;
  const dash = m[5] !== undefined;
  const a = +(dash ? m[5]! : m[1]!), b = +(dash ? m[6]! : m[3]!);
  const written = dash ? m[7] : m[4];
  const ref = parseIso(reference);
  const digits = m[0].slice(m[0].search(/\d/));
  const start = m[0].length - digits.length;
  const span = { start, end: m[0].length };
  let year: number | null = null;
  if (written) year = written.length === 4 ? +written : 2000 + +written;
  // A two-digit year after the reference's year is of the last century ("12/03/98").
  if (written && written.length === 2 && ref && year! > ref.getUTCFullYear()) year! -= 100;
  const readings: LineHeadDay[] = [];
  const read = (day: number, month: number, order: LineHeadDay['order']) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    let y = year;
    if (y === null) {
      if (!ref) return;
      y = ref.getUTCFullYear();
      // Feb 29 of a year without one reads in the last leap year before the reference.
      while (!validDay(y, month, day) || utc(y, month, day) > ref) {
        y--;
        if (y < ref.getUTCFullYear() - 8) return;
      }
    }
    if (!validDay(y, month, day)) return;
    const d = utc(y, month, day);
    if (ref && d > ref) return; // never a day after the report
    if (!readings.some((r) => r.date === iso(d))) readings.push({ date: iso(d), span, order });
  };
  read(a, b, 'day-first');
  read(b, a, 'month-first');
  if (!readings.length) return null;
  if (readings.length === 1 || !ref) return readings[0]!; // without a reference: day-first
  const gap = (r: LineHeadDay) => ref.getTime() - parseIso(r.date)!.getTime();
  return gap(readings[1]!) < gap(readings[0]!) ? readings[1]! : readings[0]!;
}
