// The date of an event mention. In order:
// 1. the day a bulletin line opens with, in digits ("11/03, Gao: ...", see line-head.ts); else
//    a date expression in the sentence, resolved against the entry's own date or else the
//    report's publication date ("on Thursday" = the last Thursday on or before it) -- the date the
//    page prints at its head ("Published October 2 2017") before a metadata date;
// 2. the date stated in one of the two sentences before, in the same entry (news carries its
//    date from the lead: "On Thursday, X. Y was also hit.");
// 3. "on the same day", "the next day": the date the entry last stated, however far back, moved
//    by the day the words say;
// 4. for a headline, the date its lead states (one of the three sentences after it);
// 5. no date in the text: the entry's or report's date with time_precision 2, since a report tells
//    of the days just before it, and precision 1 would claim a day the text does not state;
// 6. no date at all: null (unresolved rather than a guess).
import type { Report, Sentence, Span } from '../core/types.js';
import type { TimePrecision } from '../core/taxonomy.js';
import { eventDateIn, isoDay, parseIsoDay } from '../time/dates.js';
import { publicationStamp, type PublicationStamp } from '../time/publication-stamp.js';
import { lineHeadDay } from './line-head.js';

export interface EventDate {
  date: string;
  precision: TimePrecision;
  span: Span | null;
  rule: string;
}

const stamps = new WeakMap<Report, PublicationStamp | null>();
/** The publication date the page prints at its head, read once per report. */
function stampOf(report: Report): PublicationStamp | null {
  if (!stamps.has(report)) stamps.set(report, publicationStamp(report.text));
  return stamps.get(report)!;
}

/**
 * The anchor of relative dates: the entry's own date, else the publication date. A metadata date
 * gives way to the date the page prints at its head (scraped metadata is often days or years off;
 * the page's "on Monday" was written against its own stamp). An override (--date) is kept.
 */
export function referenceDate(report: Report, entry: number): string | null {
  const own = report.entries[entry]?.date;
  if (own) return own;
  if (report.publishedFrom === 'metadata') {
    const stamp = stampOf(report);
    if (stamp) return stamp.date;
  }
  return report.published ?? null;
}

/** A sentence's text with the page's publication stamp blanked: the stamp dates the page, not an event. */
function withoutStamp(report: Report, s: Sentence, text: string): string {
  const stamp = stampOf(report);
  if (!stamp || stamp.span.end <= s.start || stamp.span.start >= s.start + text.length) return text;
  const from = Math.max(0, stamp.span.start - s.start), to = Math.min(text.length, stamp.span.end - s.start);
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

/** How exactly the reference date is known: an entry's own date is a day; the report's may be less. */
function referencePrecision(report: Report, entry: number): TimePrecision {
  return report.entries[entry]?.date ? 1 : (report.publishedPrecision ?? 1);
}

const RELATIVE_RULES = new Set(['weekday', 'yesterday', 'today', 'days-ago', 'last-week', 'this-week', 'last-month', 'weeks-ago', 'months-ago', 'season']);

/** A date read relative to a reference known only to the week or month is known no better. */
function coarsen(d: EventDate, refPrecision: TimePrecision, ref: string | null, rule: string): EventDate {
  if (refPrecision === 1 || !RELATIVE_RULES.has(rule)) return d;
  if (refPrecision === 3 && ref) return { date: ref, precision: 3, span: d.span, rule: d.rule + '+reference-month-only' };
  return { date: d.date, precision: Math.max(d.precision, refPrecision) as TimePrecision, span: d.span, rule: d.rule + '+reference-span' };
}

/** The date a sentence states itself (report offsets), or null; read only when asked, then kept. */
export type StatedDates = (index: number) => EventDate | null;

export function statedDates(report: Report, sentences: { sentence: Sentence; text: string }[]): StatedDates {
  const memo = new Map<number, EventDate | null>();
  return (i) => {
    if (memo.has(i)) return memo.get(i)!;
    const { sentence: s, text } = sentences[i]!;
    const ref = referenceDate(report, s.entry);
    const clean = withoutStamp(report, s, text);
    // "- 11/03, Ansongo cercle: ...": the day a bulletin line opens with is its event's day.
    const head = lineHeadDay(clean, ref);
    if (head) {
      const out: EventDate = { date: head.date, precision: 1, span: { start: head.span.start + s.start, end: head.span.end + s.start }, rule: `date-in-sentence:line-head-${head.order}` };
      memo.set(i, out);
      return out;
    }
    const d = eventDateIn(clean, ref);
    const out = d
      ? coarsen({ date: d.date, precision: d.precision, span: { start: d.span.start + s.start, end: d.span.end + s.start }, rule: `date-in-sentence:${d.rule}` }, referencePrecision(report, s.entry), ref, d.rule)
      : null;
    memo.set(i, out);
    return out;
  };
}

// A day told only by reference to one already named: "on the same day", "later that day", "the
// following morning", "the day before". The number is the shift in days from the named day.
const DAY_ANAPHOR = /\b(?:(?:on|later|earlier)\s+)?(?:the\s+same\s+(?:day|night|morning|afternoon|evening)|(?:later|earlier)\s+that\s+(?:day|night|morning|afternoon|evening)|(?:the\s+)?(?:next|following)\s+(?:day|morning|night)|the\s+(?:day|night)\s+before|the\s+previous\s+day)\b/i;

// "Tuesday's strike", "Sunday's bombing": a day named as the incident's own (scraped text often
// loses the apostrophe: "Mondays raid").
const INCIDENT_DAY = /\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)['’]?s\s+(?:[\w-]+\s+)?(?:strike|air\s?strike|attack|bombing|blast|explosion|shelling|raid|assault|massacre|killings?|clashes|ambush|shooting)s?\b/i;

function dayShift(phrase: string): number {
  if (/next|following/i.test(phrase) && !/night/i.test(phrase)) return 1;
  if (/before|previous/i.test(phrase)) return -1;
  return 0;
}

export function resolveEventDate(report: Report, sentences: { sentence: Sentence; text?: string }[], stated: StatedDates, index: number): EventDate | null {
  const s = sentences[index]!.sentence;
  const own = stated(index);
  const same = (j: number) => j >= 0 && j < sentences.length && sentences[j]!.sentence.entry === s.entry;
  // "The toll rose to 72 on Wednesday ... after Tuesday's strike": when the sentence's only day is
  // that of a statement or count, a nearby "Tuesday's strike" names the incident's own day.
  const incidentDay = (from: number): EventDate | null => {
    for (let j = from; j <= index + 2 && same(j); j++) {
      const text = sentences[j]!.text ?? '';
      const m = INCIDENT_DAY.exec(text);
      const d = m ? eventDateIn(m[1]!, referenceDate(report, s.entry)) : null;
      if (m && d) {
        const at = sentences[j]!.sentence.start + m.index;
        return { date: d.date, precision: d.precision, span: { start: at, end: at + m[0].indexOf('s', m[1]!.length) + 1 }, rule: 'date-of-incident-named-nearby' };
      }
    }
    return null;
  };
  if (own && own.rule.endsWith('+reporting-act')) {
    const d = incidentDay(index + 1);
    if (d) return d;
  }
  if (own) return own;
  const anaphor = DAY_ANAPHOR.exec(sentences[index]!.text ?? '');
  if (anaphor) {
    for (let j = index - 1; same(j); j--) {
      const d = stated(j);
      if (!d) continue;
      const shift = dayShift(anaphor[0]);
      const day = shift ? parseIsoDay(d.date) : null;
      const date = day ? isoDay(new Date(day.getTime() + shift * 86_400_000)) : d.date;
      return { date, precision: d.precision, span: d.span, rule: `date-same-as-earlier:${anaphor[0].trim().toLowerCase()}` };
    }
  }
  for (let j = index - 1; j >= index - 2 && same(j); j--) {
    const d = stated(j);
    // The day carried from before is a statement's: a nearby "Monday's raid" names the incident's.
    const named = d && d.rule.endsWith('+reporting-act') ? incidentDay(j + 1) : null;
    if (named) return named;
    if (d) return { date: d.date, precision: d.precision, span: d.span, rule: 'date-from-previous-sentence' };
  }
  if (s.zone === 'headline' || s.zone === 'title' || index === 0) {
    // A page title belongs to no entry (-1): its lead is the first entry's opening.
    for (let j = index + 1; j <= index + 3 && j < sentences.length && (same(j) || s.entry < 0); j++) {
      const d = stated(j);
      if (d) return { date: d.date, precision: d.precision, span: d.span, rule: 'date-from-lead' };
    }
  }
  const ref = referenceDate(report, s.entry);
  if (ref) {
    const fromEntry = report.entries[s.entry]?.date != null;
    const precision = Math.max(2, referencePrecision(report, s.entry)) as TimePrecision;
    return { date: ref, precision, span: null, rule: fromEntry ? 'entry-date-no-cue' : 'publication-date-no-cue' };
  }
  return null;
}
