// Calendar dates as written in news pages: "Jan 10", "February 10, 2015", "10 January 2015",
// "Sun 05 Jul 2015", "10/1/2017", "2014-01-10". Year-less dates stay year-less: the caller decides
// whether the year can be inferred, never this module.

export interface PartialDate {
  year: number | null;
  month: number; // 1..12
  day: number | null;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+)?';

/** "January 10, 2015" / "Jan 10" / "Jan. 10 2015" */
const MDY = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'g');
/** "10 January 2015" / "Sun 05 Jul 2015" / "10 Jan" */
const DMY = new RegExp(`\\b${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g');
/** "10/1/2017" (month/day or day/month: only the year is certain unless one part exceeds 12) */
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Years a news report can plausibly be dated in; anything else is a typo or noise. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export function isValidDate(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** All dates written in [from, to) of text, in order; overlapping matches keep the longest. */
export function findDates(text: string, from = 0, to = text.length): PartialDate[] {
  const slice = text.slice(from, to);
  const found: PartialDate[] = [];
  for (const m of slice.matchAll(MDY)) {
    const month = monthNumber(m[1]!)!;
    const day = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    if (day >= 1 && day <= 31) found.push({ year, month, day, start: from + m.index!, end: from + m.index! + m[0].length });
  }
  for (const m of slice.matchAll(DMY)) {
    const day = Number(m[1]);
    const month = monthNumber(m[2]!)!;
    const year = m[3] ? Number(m[3]) : null;
    if (day >= 1 && day <= 31) found.push({ year, month, day, start: from + m.index!, end: from + m.index! + m[0].length });
  }
  for (const m of slice.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    // US order unless the first part cannot be a month; if both could be, keep the month unknown day.
    let month = a;
    let day: number | null = b;
    if (a > 12 && b <= 12) [month, day] = [b, a];
    else if (a > 12) continue;
    found.push({ year, month, day, start: from + m.index!, end: from + m.index! + m[0].length });
  }
  for (const m of slice.matchAll(ISO)) {
    found.push({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), start: from + m.index!, end: from + m.index! + m[0].length });
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: PartialDate[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    if (d.year !== null && (d.year < MIN_YEAR || d.year > MAX_YEAR)) continue;
    if (d.day !== null && d.year !== null && !isValidDate(d.year, d.month, d.day)) continue;
    out.push(d);
  }
  return out;
}

/** A full date as YYYY-MM-DD, or null when a part is missing. */
export function fullDate(d: PartialDate): string | null {
  if (d.year === null || d.day === null || !isValidDate(d.year, d.month, d.day)) return null;
  return isoDate(d.year, d.month, d.day);
}

/**
 * A metadata date string ("2014-01-10T08:00:00Z", "Fri, 10 Jan 2014 08:00:00 GMT", "January 10, 2014")
 * as YYYY-MM-DD: the calendar date as written (no time-zone shift), or null if it has no full date.
 */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return isValidDate(+iso[1]!, +iso[2]!, +iso[3]!) ? isoDate(+iso[1]!, +iso[2]!, +iso[3]!) : null;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(v);
  if (compact) return isValidDate(+compact[1]!, +compact[2]!, +compact[3]!) ? isoDate(+compact[1]!, +compact[2]!, +compact[3]!) : null;
  const dates = findDates(v);
  const d = dates[0];
  return d ? fullDate(d) : null;
}

export function toUtcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / 86400000;
}
