// Date expressions in a sentence, resolved against a reference date (the entry's or report's date),
// with ACLED's time_precision: 1 the day, 2 a span of days or a week, 3 only the month.
// Rule-based and deterministic; dates never fall after the reference date (news reports the past).

import type { Span } from '../core/types.js';
import type { TimePrecision } from '../core/taxonomy.js';

export interface ResolvedDate {
  /** YYYY-MM-DD; for a span or a month, the day ACLED codes (see the rules). */
  date: string;
  precision: TimePrecision;
  /** The words it was read from, as offsets into the string given. */
  span: Span;
  rule: string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const SMALL_NUMBERS: Record<string, number> = {
  one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAY_RE = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** A calendar day as a UTC Date; day arithmetic stays exact across DST. */
function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
export function isoDay(d: Date): string {
  const y = d.getUTCFullYear();
  // Hand-formatted (this runs for every date read); toISOString for years it writes otherwise.
  if (y < 1000 || y > 9999 || Number.isNaN(y)) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1, day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
export function parseIsoDay(s: string | null | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = utc(+m[1]!, +m[2]!, +m[3]!);
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== +m[3]! ? null : d;
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}
function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return utc(y, m, d).getUTCDate() === d;
}
/** The year that puts month/day on or before the reference (a report dated 3 Jan saying "December 30"). */
function yearFor(m: number, d: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  // Two days of grace: a dateline in Washington is already the next day in Syria.
  return utc(y, m, Math.min(d, 28)) > addDays(ref, 2) ? y - 1 : y;
}
function midMonth(y: number, m: number): Date {
  return utc(y, m, 15);
}

interface Pattern {
  re: RegExp;
  rule: string;
  /** Returns null when the match does not make a valid date. */
  resolve(m: RegExpExecArray, ref: Date | null): { date: Date; precision: TimePrecision } | null;
  /**
   * A cheap necessary condition on the text (words every match contains), so that a sentence
   * skips the patterns it cannot match: most sentences name no date at all.
   */
  cue: (c: Cues) => boolean;
}

/** What the cues look at, computed once per text: the lower-cased text, any digit, any month. */
interface Cues {
  lower: string;
  digit: boolean;
  month: boolean;
}
const DIGIT_RE = /\d/;
const MONTH_CUE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
const DIGIT_CUE = (c: Cues) => c.digit;
const MONTH_NAME_CUE = (c: Cues) => c.month;
// A day written with its month name: a digit and a month (MONTH_RE's every name holds one of
// MONTH_CUE's stems). A toll of "12 people" with no month then skips those patterns.
const DAY_AND_MONTH_CUE = (c: Cues) => c.digit && c.month;
const words = (...ws: string[]) => (c: Cues) => ws.some((w) => c.lower.includes(w));

/** A day of month and year, the year as written or the one that puts it on or before the reference. */
function dayOf(mo: number, d: number, year: string | undefined, ref: Date | null): Date | null {
  const y = year ? +year : ref ? yearFor(mo, d, ref) : null;
  return y != null && validDay(y, mo, d) ? utc(y, mo, d) : null;
}
/** A span of days: precision 2, its middle day (ACLED's day for a span whose exact day is unknown). */
function spanOf(from: Date | null, to: Date | null): { date: Date; precision: TimePrecision } | null {
  if (!from || !to || to < from || to.getTime() - from.getTime() > 31 * 86400000) return null;
  return { date: new Date(from.getTime() + Math.floor((to.getTime() - from.getTime()) / 86400000 / 2) * 86400000), precision: 2 };
}
const RANGE_JOIN = '\\s*(?:-|–|and|to|until|till|through)\\s*';

// Ordered: the more specific patterns first; a later match may not overlap an earlier one.
const PATTERNS: Pattern[] = [
  {
    // "between 5 and 7 March 2019", "5-7 March": a span of days
    rule: 'day-range',
    cue: DAY_AND_MONTH_CUE,
    re: new RegExp(`\\b(?:between\\s+|from\\s+)?${DAY_RE}${RANGE_JOIN}${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ref) => {
      const mo = MONTHS[m[3]!.toLowerCase()]!;
      return spanOf(dayOf(mo, +m[1]!, m[4], ref), dayOf(mo, +m[2]!, m[4], ref));
    },
  },
  {
    // "between 28 February and 2 March 2019": a span across two months
    rule: 'day-range',
    cue: DAY_AND_MONTH_CUE,
    re: new RegExp(`\\b(?:between\\s+|from\\s+)?${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE}${RANGE_JOIN}${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ref) => {
      const mo1 = MONTHS[m[2]!.toLowerCase()]!, mo2 = MONTHS[m[4]!.toLowerCase()]!;
      const to = dayOf(mo2, +m[3]!, m[5], ref);
      // The first day's year is the second's, or the year before across New Year.
      const from = to ? dayOf(mo1, +m[1]!, String(mo1 > mo2 ? to.getUTCFullYear() - 1 : to.getUTCFullYear()), null) : null;
      return spanOf(from, to);
    },
  },
  {
    // "the week of 10 March 2019": that week, precision 2, its middle day
    rule: 'week-of',
    cue: words('week'),
    re: new RegExp(`\\bweek\\s+(?:of|beginning|starting)\\s+(?:${WEEKDAY_RE},?\\s+)?${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ref) => {
      const from = dayOf(MONTHS[m[3]!.toLowerCase()]!, +m[2]!, m[4], ref);
      return from ? spanOf(from, addDays(from, 6)) : null;
    },
  },
  {
    // "around 10 March 2019", "on or about 10 March": the day is approximate, precision 2
    rule: 'around-day',
    cue: DAY_AND_MONTH_CUE,
    re: new RegExp(`\\b(?:around|about|approximately|circa|on\\s+or\\s+(?:around|about))\\s+${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ref) => {
      const d = dayOf(MONTHS[m[2]!.toLowerCase()]!, +m[1]!, m[3], ref);
      return d ? { date: d, precision: 2 } : null;
    },
  },
  {
    rule: 'iso-date',
    cue: DIGIT_CUE,
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => (validDay(+m[1]!, +m[2]!, +m[3]!) ? { date: utc(+m[1]!, +m[2]!, +m[3]!), precision: 1 } : null),
  },
  {
    // "5 March 2019", "5th of March, 2019"
    rule: 'day-month-year',
    cue: DAY_AND_MONTH_CUE,
    re: new RegExp(`\\b${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE},?\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => {
      const y = +m[3]!, mo = MONTHS[m[2]!.toLowerCase()]!, d = +m[1]!;
      return validDay(y, mo, d) ? { date: utc(y, mo, d), precision: 1 } : null;
    },
  },
  {
    // "March 5, 2019", "March 5th 2019"
    rule: 'month-day-year',
    cue: DAY_AND_MONTH_CUE,
    re: new RegExp(`\\b${MONTH_RE}\\s+${DAY_RE},?\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => {
      const y = +m[3]!, mo = MONTHS[m[1]!.toLowerCase()]!, d = +m[2]!;
      return validDay(y, mo, d) ? { date: utc(y, mo, d), precision: 1 } : null;
    },
  },
  {
    // "early December 2015", "late March" -> a span of about ten days: precision 2, its middle day
    rule: 'part-of-month',
    cue: MONTH_NAME_CUE,
    re: new RegExp(`\\b(early|mid|middle of|late|end of|beginning of|start of)[\\s-]+${MONTH_RE}(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, ref) => {
      const mo = MONTHS[m[2]!.toLowerCase()]!;
      const part = m[1]!.toLowerCase();
      const d = /early|beginning|start/.test(part) ? 5 : /mid|middle/.test(part) ? 15 : 25;
      const y = m[3] ? +m[3] : ref ? yearFor(mo, d, ref) : null;
      return y == null ? null : { date: utc(y, mo, d), precision: 2 };
    },
  },
  {
    // "5 March", "5th of March"
    rule: 'day-month',
    cue: DAY_AND_MONTH_CUE,
    re: new RegExp(`\\b${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE}\\b`, 'gi'),
    resolve: (m, ref) => {
      const mo = MONTHS[m[2]!.toLowerCase()]!, d = +m[1]!;
      if (!ref) return null;
      const y = yearFor(mo, d, ref);
      return validDay(y, mo, d) ? { date: utc(y, mo, d), precision: 1 } : null;
    },
  },
  {
    // "March 5", "on Jan. 22"
    rule: 'month-day',
    cue: DAY_AND_MONTH_CUE,
    re: new RegExp(`\\b${MONTH_RE}\\s+${DAY_RE}\\b(?!\\s*(?:km|miles|people|%))`, 'gi'),
    resolve: (m, ref) => {
      const mo = MONTHS[m[1]!.toLowerCase()]!, d = +m[2]!;
      if (!ref || d > 31) return null;
      const y = yearFor(mo, d, ref);
      return validDay(y, mo, d) ? { date: utc(y, mo, d), precision: 1 } : null;
    },
  },
  {
    // "in March 2015", "March 2015"
    rule: 'month-year',
    cue: DAY_AND_MONTH_CUE,
    re: new RegExp(`\\b${MONTH_RE},?\\s+(\\d{4})\\b`, 'gi'),
    resolve: (m) => ({ date: midMonth(+m[2]!, MONTHS[m[1]!.toLowerCase()]!), precision: 3 }),
  },
  {
    rule: 'in-month',
    cue: MONTH_NAME_CUE,
    // "in December", "last September"; "since March" is a span start, not an event date
    re: new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Ll]ast)\\s+${MONTH_RE}\\b`, 'g'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const mo = MONTHS[m[1]!.toLowerCase()]!;
      return { date: midMonth(yearFor(mo, 1, ref), mo), precision: 3 };
    },
  },
  {
    rule: 'yesterday',
    cue: words('yesterday', 'night'),
    re: /\b(?:yesterday|last night|overnight)\b/gi,
    resolve: (m, ref) => {
      if (!ref) return null;
      // "overnight" in a morning report means the night just ended: the day before.
      return { date: addDays(ref, -1), precision: 1 };
    },
  },
  {
    rule: 'today',
    cue: words('today', 'this', 'tonight'),
    re: /\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier today)\b/gi,
    resolve: (_m, ref) => (ref ? { date: ref, precision: 1 } : null),
  },
  {
    rule: 'days-ago',
    cue: words('days'),
    re: /\b(two|three|four|five|six|\d)\s+days\s+(?:ago|earlier)\b/gi,
    resolve: (m, ref) => {
      if (!ref) return null;
      const n = SMALL_NUMBERS[m[1]!.toLowerCase()] ?? +m[1]!;
      return { date: addDays(ref, -n), precision: 1 };
    },
  },
  {
    // "days earlier", "a few days ago": a span of days before the reference, its middle four days back.
    rule: 'days-ago',
    cue: words('days'),
    re: /(?:\b(?:[Aa]\s+few|[Ss]everal|[Ss]ome|[Aa]\s+couple\s+of)\s+days|(?<![\w,-]\s)\b[Dd]ays)\s+(?:ago|earlier)\b/g,
    resolve: (_m, ref) => (ref ? { date: addDays(ref, -4), precision: 2 } : null),
  },
  {
    // "on Thursday", "Thursday night", "late on Saturday": the last such day on or before the reference
    rule: 'weekday',
    cue: words('day'),
    // A weekday written before its own date ("Tuesday 14 Nov 2017") is read with that date.
    // ("Mondays shelling": a crawled copy's "Monday's" without its apostrophe.)
    re: new RegExp(`\\b(?:last\\s+)?${WEEKDAY_RE}(?:s(?=\\s+[a-z]))?\\b(?!,?\\s+(?:${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE}|${MONTH_RE}\\s+\\d))`, 'g'),
    resolve: (m, ref) => {
      if (!ref) return null;
      const want = WEEKDAYS[m[1]!.toLowerCase()]!;
      let back = (ref.getUTCDay() - want + 7) % 7;
      if (/^last/i.test(m[0]) && back === 0) back = 7;
      return { date: addDays(ref, -back), precision: 1 };
    },
  },
  {
    // ACLED codes a week-long span with precision 2; we use the span's middle day.
    rule: 'last-week',
    cue: words('week'),
    re: /\b(?:last|past|previous)\s+week(?:end)?\b/gi,
    resolve: (m, ref) => {
      if (!ref) return null;
      if (/weekend$/i.test(m[0])) {
        const back = (ref.getUTCDay() - 6 + 7) % 7 || 7; // the last Saturday before the reference
        return { date: addDays(ref, -back), precision: 2 };
      }
      return { date: addDays(ref, -7), precision: 2 };
    },
  },
  {
    rule: 'this-week',
    cue: words('week', 'recent', 'past'),
    re: /\b(?:this|earlier this)\s+week(?:end)?\b|\bin recent days\b|\bover the past (?:few|several|two|three) days\b/gi,
    resolve: (_m, ref) => (ref ? { date: addDays(ref, -Math.min(3, ref.getUTCDay() || 3)), precision: 2 } : null),
  },
  {
    // "two weeks ago": a span of days, its middle a fortnight back.
    rule: 'weeks-ago',
    cue: words('week', 'weeks'),
    re: /\b(a|one|two|three|four|five|six|\d)\s+weeks?\s+(?:ago|earlier)\b/gi,
    resolve: (m, ref) => {
      if (!ref) return null;
      const n = SMALL_NUMBERS[m[1]!.toLowerCase()] ?? +m[1]!;
      return { date: addDays(ref, -7 * n), precision: 2 };
    },
  },
  {
    // "three months ago", "over a year ago", "a year earlier": only the month is known, if that.
    // A takeover recalled this way is dated when it happened, not when the report told of it.
    rule: 'months-ago',
    cue: words('months', 'month', 'year'),
    re: /\b(?:(?:over|more than|nearly|almost|about|some)\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(months?|years?)\s+(?:ago|earlier)\b/gi,
    resolve: (m, ref) => {
      if (!ref) return null;
      const n = SMALL_NUMBERS[m[1]!.toLowerCase()] ?? +m[1]!;
      if (n < 1) return null;
      const back = /^year/i.test(m[2]!) ? 12 * n : n;
      const total = ref.getUTCFullYear() * 12 + ref.getUTCMonth() - back;
      return { date: midMonth(Math.floor(total / 12), (total % 12) + 1), precision: 3 };
    },
  },
  {
    // "in a summer offensive", "during the winter": only the season is known, so its middle month at
    // precision 3, in the last such season begun before the reference (northern hemisphere, where most
    // conflict reporting sitrep reads is written from).
    rule: 'season',
    cue: words('summer', 'winter', 'spring', 'autumn', 'fall'),
    // Not a name ("the Arab Spring") nor an event ("the fall of Aleppo"), nor a season with its year.
    re: /\b(?:in|during|over|throughout)\s+(?:the\s+|this\s+|last\s+|a\s+|an\s+)?(?!arab\s)(?:[\w-]+\s+)?(summer|winter|spring|autumn|fall)\b(?!\s+of\b)(?!\s+\d{4})/gi,
    resolve: (m, ref) => {
      if (!ref) return null;
      const middle = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 }[m[1]!.toLowerCase() as 'spring']!;
      // The season must have begun (a month before its middle) by the reference.
      const y = ref.getUTCFullYear();
      const year = ref.getUTCMonth() + 1 >= middle - 1 ? y : y - 1;
      return { date: midMonth(year, middle), precision: 3 };
    },
  },
  {
    rule: 'last-month',
    cue: words('month'),
    re: /\b(?:last|past|previous)\s+month\b/gi,
    resolve: (_m, ref) => {
      if (!ref) return null;
      const y = ref.getUTCFullYear(), mo = ref.getUTCMonth() + 1;
      return { date: mo === 1 ? midMonth(y - 1, 12) : midMonth(y, mo - 1), precision: 3 };
    },
  },
];

const EXPLICIT_YEAR = new Set(['iso-date', 'day-month-year', 'month-day-year', 'month-year']);

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every date expression in `text`, resolved against `reference` (YYYY-MM-DD or null), in text order.
 * Expressions that need a reference are skipped without one; dates after the reference are dropped
 * (a report cannot tell of events after it was written; a future date is a forecast).
 */
/** Every pattern needs one of these words or a digit: most sentences skip the patterns. */
const ANY_DATE_CUE = /\d|day\b|night|week|month|morning|afternoon|evening|ago\b|earlier|summer|winter|spring|autumn|fall\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

export function findDates(text: string, reference: string | null): ResolvedDate[] {
  if (!ANY_DATE_CUE.test(text)) return [];
  const ref = parseIsoDay(reference);
  const found: ResolvedDate[] = [];
  const taken: Span[] = [];
  const lower = text.toLowerCase();
  const cues: Cues = { lower, digit: DIGIT_RE.test(text), month: MONTH_CUE.test(lower) };
  for (const p of PATTERNS) {
    if (!p.cue(cues)) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => overlaps(t, span))) continue;
      if (/^may\b/i.test(m[0]) && !/^May\b/.test(m[0])) continue; // the modal verb, not the month
      const r = p.resolve(m, ref);
      if (!r) continue;
      // The words are used up even when rejected, so a shorter pattern cannot re-read them.
      taken.push(span);
      // A relative date is never after the reference; an explicit year is kept as written.
      if (ref && r.date > addDays(ref, 2) && !EXPLICIT_YEAR.has(p.rule)) continue;
      found.push({ date: isoDay(r.date), precision: r.precision, span, rule: p.rule });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

// Capitals of any script's accents ("CULIACÁN, Mexico, Sept. 20, 2024 —").
const DATELINE_BEFORE = /^\s*(?:\p{Lu}[\p{Lu}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}\d_.' -]{1,30})?,?\s*(?:\([^)]{1,20}\)\s*)?)?$/u;
const DATELINE_AFTER = /^\s*(?:\([A-Za-z.\s/-]{1,30}\)\s*)?[-–—:]/;

/** A date at the head of a sentence, between a place in capitals and an agency or a dash. */
export function isDateline(text: string, d: ResolvedDate): boolean {
  if (d.span.start > 60 || d.precision !== 1) return false;
  return DATELINE_BEFORE.test(text.slice(0, d.span.start)) && DATELINE_AFTER.test(text.slice(d.span.end, d.span.end + 30));
}

const REPORTING_ACT_BEFORE = /\b(?:said|says|told\s+(?:\w+\s+){0,2}|announced|stated|released|published|posted|issued|added|reported|confirmed|(?:rose|risen|climbed|jumped|increased|reached)\s+to\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?[\d,]+(?:\s+[\w-]+){0,3}?)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

/**
 * The date of the event a sentence tells: its most precise date expression (the first among equals).
 * A date introduced by "since" or "until" bounds a period and is not the event's day.
 */
export function eventDateIn(text: string, reference: string | null): ResolvedDate | null {
  let best: ResolvedDate | null = null;
  const dates = findDates(text, reference);
  // A dateline ("BEIRUT, April 5, 2017 (AFP) -") dates the report, not the event: it becomes the
  // reference for the rest of the sentence ("on Wednesday") and is not an event date itself.
  const line = dates.find((d) => isDateline(text, d));
  const rest = line ? findDates(text, line.date).filter((d) => d.span.start !== line.span.start) : dates;
  // "Said on Monday", "a video released on Monday", "the toll rose to 72 on Wednesday": the day of
  // a statement or a count, not of the event. Taken only when the sentence names no other day.
  let reporting: ResolvedDate | null = null;
  let periodStart: ResolvedDate | null = null;
  for (const d of rest) {
    const before = text.slice(Math.max(0, d.span.start - 12), d.span.start).toLowerCase();
    if (/\b(since|until|till|by|before)\s+$/.test(before)) {
      if (/since\s+$/.test(before)) periodStart ??= d;
      continue;
    }
    // "since launching an offensive on October 27": the start of a period told after "since".
    if (/\bsince\s+(?:[\w'’-]+\s+){1,6}(?:on|in)\s+$/i.test(text.slice(Math.max(0, d.span.start - 70), d.span.start))) {
      periodStart ??= d;
      continue;
    }
    if (REPORTING_ACT_BEFORE.test(text.slice(Math.max(0, d.span.start - 50), d.span.start))) {
      if (!reporting) reporting = { ...d, rule: d.rule + '+reporting-act' };
      continue;
    }
    // ("killed eight civilians overnight on Sunday": the day named beats "overnight".)
    if (!best || d.precision < best.precision || (d.precision === best.precision && best.rule === 'yesterday' && /^overnight$|^last night$/i.test(text.slice(best.span.start, best.span.end)) && d.rule === 'weekday')) best = d;
  }
  // "Said on Sunday it had captured 100 outposts since October 27": what the statement sums up
  // happened over the period up to it, known to the week (ACLED 2) or only to the month (3).
  if (!best && reporting && periodStart) {
    const days = (Date.parse(reporting.date) - Date.parse(periodStart.date)) / 86_400_000;
    if (days > 0) return { ...reporting, precision: days <= 7 ? 2 : 3, rule: reporting.rule + '+period-since' };
  }
  return best ?? reporting;
}

/** "in 2023", "between 2002 and 2005", "from 2012 to 2014", "in late 2019": a time told only by its years. */
const YEARS_ONLY = /\b(?:in|during|between|from|throughout)\s+(?:(?:late|early|mid)[\s-]+)?((?:19|20)\d\d)(?:\s*(?:and|to|until|-|–)\s*((?:19|20)\d\d))?\b(?!\s*[-–]\s*\d)/g;

/**
 * A sentence that dates what it tells only by years before the report's ("had murdered 127 young
 * men between 2002 and 2005", "took up arms in 2023") recalls history: no day or month a coder
 * could record, and not the news of the report. Returns the span of the years, or null when the
 * sentence also states a day or month, names the report's own year, or there is no reference.
 */
export function yearsOnlyBefore(text: string, reference: string | null): Span | null {
  const ref = parseIsoDay(reference);
  if (!ref || !/(?:19|20)\d\d/.test(text)) return null;
  let found: Span | null = null;
  for (const m of text.matchAll(YEARS_ONLY)) {
    const last = Math.max(+m[1]!, m[2] ? +m[2] : 0);
    if (last >= ref.getUTCFullYear()) return null;
    found ??= { start: m.index!, end: m.index! + m[0].length };
  }
  if (!found) return null;
  // A day or a month is a date coders can record, whatever year it is in.
  return findDates(text, reference).some((d) => d.precision <= 3) ? null : found;
}
