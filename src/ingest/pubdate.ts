// The publication date of a report: the override, else metadata, else the text itself: a date in
// the title ("Syria Daily, Jan 10"), a dateline ("BEIRUT, Jan 10 (Reuters) -"), a date line at the
// top ("Sun 05 Jul 2015", "By Jane Doe, January 10, 2014"). A year-less date gets its year from
// other dates in the page (comment dates, bylines). As a last resort the date is inferred from the
// page's own evidence (pubdate-infer.ts: dated names, past or upcoming dates, comments), flagged
// 'inferred' with its precision; otherwise it stays null with a message saying why.
import type { Entry, Message, Span, Zone } from '../core/types.js';
import { findDates, fullDate, isoDate, isValidDate, normaliseDate, toUtcDay, type PartialDate } from './dates.js';
import { inferPublicationDate, periodProblems } from './pubdate-infer.js';

export interface PublicationDate {
  published: string | null;
  publishedFrom: 'override' | 'metadata' | 'text' | 'inferred' | null;
  /** Set for inferred dates: 1 the day, 2 within a few days, 3 only the month (published = the 15th). */
  publishedPrecision?: 1 | 2 | 3;
  publishedSpan: Span | null;
  messages: Message[];
}

export interface PubDateInput {
  text: string;
  zones: Zone[];
  entries: Entry[];
  title: Span | null;
  override?: string | null;
  metadata?: string | null;
  origin: string;
}

/** Comments come at most this long after the post: a wider gap makes the inferred year unsafe. */
const MAX_COMMENT_LAG_DAYS = 200;

export function publicationDate(input: PubDateInput): PublicationDate {
  const messages: Message[] = [];
  const { origin } = input;
  if (input.override) {
    return { published: input.override, publishedFrom: 'override', publishedSpan: null, messages };
  }
  if (input.metadata) {
    const d = normaliseDate(input.metadata);
    if (d) return { published: d, publishedFrom: 'metadata', publishedSpan: null, messages };
    messages.push({ level: 'warning', code: 'ingest/date', reason: `publication date "${input.metadata.slice(0, 60)}" is not a full date: ignored`, origin });
  }
  const found = dateFromText(input);
  if (found.date) return { published: found.date, publishedFrom: 'text', publishedSpan: found.span, messages };
  const inferred = inferPublicationDate({ text: input.text, zones: input.zones, monthDay: found.partial });
  for (const problem of periodProblems()) messages.push({ level: 'warning', code: 'ingest/periods', reason: problem, origin });
  if (inferred.date) {
    const { published, precision, span, why } = inferred.date;
    messages.push({ level: 'info', code: 'ingest/date-inferred', reason: why, origin, ...(span ? { span } : {}) });
    return { published, publishedFrom: 'inferred', publishedPrecision: precision, publishedSpan: span, messages };
  }
  const bound = found.commentsFrom ? ` (dates in the comments start at ${found.commentsFrom})` : '';
  messages.push({ level: 'info', code: 'ingest/no-date', reason: `${found.why}; ${inferred.why}: publication date left unknown${bound}`, origin });
  return { published: null, publishedFrom: null, publishedSpan: null, messages };
}

interface TextDate {
  date: string | null;
  span: Span | null;
  /** Why there is no date (when date is null). */
  why: string;
  /** A year-less date found where a publication date is written, left for inference. */
  partial: PartialDate | null;
  /** The earliest date written in the comments, if any. */
  commentsFrom: string | null;
}

function dateFromText(input: PubDateInput): TextDate {
  const { text, zones } = input;
  // Where a publication date is written: the title, the top lines, the first entry's first words.
  const places: Span[] = [];
  if (input.title) places.push(input.title);
  const firstEntry = input.entries[0];
  for (const z of zones) {
    if (z.kind === 'comment') break;
    if (firstEntry && z.start > firstEntry.start + 10) break;
    if (z.kind === 'caption') continue;
    if (z.kind !== 'title') places.push({ start: z.start, end: Math.min(z.end, z.start + 160) });
  }
  if (firstEntry && !places.some((p) => p.start === firstEntry.start)) {
    places.push({ start: firstEntry.start, end: Math.min(firstEntry.end, firstEntry.start + 160) });
  }
  const candidates: PartialDate[] = [];
  for (const p of places) {
    for (const d of findDates(text, p.start, p.end)) {
      if (d.day === null) continue;
      if (p === input.title || isDatelineOrDateLine(text, p, d)) candidates.push(d);
    }
  }
  const stamps = stampDates(text, zones);
  const full = candidates.find((d) => fullDate(d) !== null) ?? stamps.find((d) => fullDate(d) !== null);
  if (full) return { date: fullDate(full), span: { start: full.start, end: full.end }, why: '', partial: null, commentsFrom: null };
  const partial = candidates[0] ?? null;
  const comments = commentDates(text, zones);
  // Comment dates bound the publication date from above: worth telling the analyst.
  const commentsFrom = comments[0] ?? null;
  if (!partial) return { date: null, span: null, why: 'no publication date in metadata or text', partial: null, commentsFrom };
  const written = text.slice(partial.start, partial.end);
  const year = inferYear(partial, comments) ?? yearFromOrigin(input.origin, partial);
  if (year === null) {
    return { date: null, span: null, why: `"${written}" has no year and no dated comment or byline gives one`, partial, commentsFrom };
  }
  return { date: isoDate(year, partial.month, partial.day!), span: { start: partial.start, end: partial.end }, why: '', partial: null, commentsFrom: null };
}

/** Dates on byline/stamp lines anywhere outside comments: "By Jane Doe, January 10, 2014", "Published: ...". */
function stampDates(text: string, zones: Zone[]): PartialDate[] {
  const out: PartialDate[] = [];
  for (const z of zones) {
    if (z.kind === 'comment' || z.kind === 'caption') continue;
    const re = /^[ \t]*(by\s|published|posted|updated|last updated|first published|(?:live\s+)?(?:coverage|updates|blog)\s+(?:began|started|begins|starts)\b)[^\n]{0,110}$/gim;
    const slice = text.slice(z.start, z.end);
    for (const m of slice.matchAll(re)) {
      const from = z.start + m.index!;
      out.push(...findDates(text, from, from + m[0].length).filter((d) => d.year !== null && d.day !== null));
    }
  }
  return out;
}

/** A date opening a line ("Sun 05 Jul 2015", "BEIRUT, Jan 10 (Reuters) -") or a short date/byline line. */
function isDatelineOrDateLine(text: string, place: Span, d: PartialDate): boolean {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  let lineEnd = text.indexOf('\n', d.end);
  if (lineEnd === -1) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, place.start), d.start);
  const after = text.slice(d.end, lineEnd);
  if (/^\s*$/.test(before)) return true; // the line starts with the date
  // Dateline: "BEIRUT, Jan 10 (Reuters) -", "Aleppo, Syria, 10 January 2014 -", and one on a line
  // of its own: "KYIV/MOSCOW, Nov 11 2022", "OUAGADOUGOU, Feb 18 2023 (AFP)".
  if (/^\s*[\p{Lu}][\p{L} .'’/-]{1,40}(,\s*[\p{Lu}][\p{L} .'’-]{1,30})?,\s*$/u.test(before) && /^\s*(\([^)]{1,30}\))?\s*(?:[-–—:]|$)/.test(after)) return true;
  // Byline or stamp line: "By Jane Doe, January 10, 2014", "Published: 10 January 2014 14:02"
  const whole = text.slice(lineStart, lineEnd).trim();
  // "Live coverage began Saturday 2 July 2022": a live page says when it opened.
  if (whole.length <= 120 && /^(by\s|published|posted|updated|last updated|first published|date|(?:live\s+)?(?:coverage|updates|blog)\s+(?:began|started|begins|starts)\b)/i.test(whole)) return true;
  return false;
}

/** Full dates written in the comment thread ("February 10, 2015", "9/30/2017"). */
function commentDates(text: string, zones: Zone[]): string[] {
  const out: string[] = [];
  for (const z of zones) {
    if (z.kind !== 'comment') continue;
    for (const d of findDates(text, z.start, z.end)) {
      if (d.year === null) continue;
      // A numeric date whose month/day order is unsure still fixes the year; use the 1st as the day.
      const iso = fullDate(d) ?? (isValidDate(d.year, d.month, 1) ? isoDate(d.year, d.month, 1) : null);
      if (iso) out.push(iso);
    }
  }
  return out.sort();
}

/** The year that puts month/day just before the earliest comment, if the gap is plausible. */
function inferYear(d: PartialDate, dates: string[]): number | null {
  const earliest = dates[0];
  if (!earliest) return null;
  const cy = Number(earliest.slice(0, 4));
  for (const y of [cy, cy - 1]) {
    if (!isValidDate(y, d.month, d.day!)) continue;
    const lag = toUtcDay(earliest) - toUtcDay(isoDate(y, d.month, d.day!));
    if (lag >= 0 && lag <= MAX_COMMENT_LAG_DAYS) return y;
  }
  return null;
}

/** An entry's own dateline ("ALEPPO, Jan 12 (Reuters) -" or a date line opening it), as YYYY-MM-DD. */
export function entryDate(text: string, entry: Entry, bodyStart: number, year: number | null): string | null {
  const head: Span = { start: bodyStart, end: Math.min(entry.end, bodyStart + 80) };
  for (const d of findDates(text, head.start, head.end)) {
    if (d.day === null || !isDatelineOrDateLine(text, head, d)) continue;
    const y = d.year ?? year;
    if (y !== null && isValidDate(y, d.month, d.day)) return isoDate(y, d.month, d.day);
  }
  return null;
}

/**
 * "MOSCOW, June 28 (Wire) -" in a file named "2022-06-28-kremenchuk.txt": the file name's date, within
 * a few days of the dateline's month and day, gives the dateline its year (people name saved stories by date).
 */
function yearFromOrigin(origin: string, d: PartialDate): number | null {
  const m = /(?:^|[\\/_ .-])((?:19|20)\d\d)[-_.]?(\d\d)[-_.]?(\d\d)(?=$|[\\/_ .-])/.exec(origin.split(/[\\/]/).pop() ?? '');
  if (!m || d.day === null) return null;
  const y = Number(m[1]);
  if (!isValidDate(y, d.month, d.day) || !isValidDate(y, Number(m[2]), Number(m[3]))) return null;
  const gap = Math.abs(toUtcDay(isoDate(y, d.month, d.day)) - toUtcDay(isoDate(y, Number(m[2]), Number(m[3]))));
  return gap <= 7 ? y : null;
}
