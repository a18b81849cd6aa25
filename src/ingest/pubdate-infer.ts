// Publication dates inferred from a page's own evidence, the way an analyst dates a page that states
// no year: names current only in a known period (data/periods/names.tsv), year-less dates the text
// writes as past or still to come, photo captions (taken before the page) and reader comments
// (written after it). The last resort after override, metadata and a date written in the text;
// every answer says how it was reached and how exact it is, and weak or conflicting evidence
// leaves the date unknown.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span, Zone } from '../core/types.js';
import { findDates, fullDate, isoDate, isValidDate, toUtcDay, type PartialDate } from './dates.js';

export interface Inference {
  /** YYYY-MM-DD: the day (precision 1), the middle of a few days (2), or the month's 15th (3). */
  published: string;
  precision: 1 | 2 | 3;
  /** Where the month and day were read (a year-less title date), else null. */
  span: Span | null;
  /** How it was reached, for the analyst. */
  why: string;
}

export interface InferInput {
  text: string;
  zones: Zone[];
  /** A year-less date found where a publication date is written (title, dateline), if any. */
  monthDay: PartialDate | null;
}

/** Names linger in the press after a rename: a page may use the old name this long after. */
const NAME_LAG_DAYS = 31;
/**
 * A year-less date refers to the nearest such day. One precise to the day or part of a month
 * ("January 22", "the end of December") is news of recent or coming weeks: within half a year;
 * a bare month ("since May") may be up to a year away.
 */
const YEARLESS_DAY_HORIZON_DAYS = 183;
const YEARLESS_MONTH_HORIZON_DAYS = 365;
/** Reader comments start within a few days of their article. */
const COMMENT_ONSET_DAYS = 3;
/** Dates quoted in comments must cluster this tightly to tell when the thread was written. */
const QUOTED_CLUSTER_DAYS = 31;
/** The widest window a month is estimated from (the month must hold most of it). */
const MAX_MONTH_WINDOW_DAYS = 45;
/** A window this short (from strict evidence) is reported as "a few days", precision 2. */
const MAX_FEW_DAYS = 7;
/** Bounds for year-less dates: the years dates.ts accepts. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** Enough text to find the evidence in; pages beyond this are rare and the start says the most. */
const MAX_SCAN_CHARS = 300_000;
const MAX_MENTIONS = 60;

// ---------------------------------------------------------------- sets of days

/** Inclusive day numbers (days since 1970-01-01); ±Infinity for an open end. */
type Range = readonly [number, number];
/** Sorted, disjoint ranges. */
type DaySet = Range[];

const EVERY_DAY: DaySet = [[-Infinity, Infinity]];

function normalise(ranges: Range[]): DaySet {
  const sorted = ranges.filter((r) => r[0] <= r[1]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function intersect(a: DaySet, b: DaySet): DaySet {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]);
    const hi = Math.min(a[i]![1], b[j]![1]);
    if (lo <= hi) out.push([lo, hi]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

function dayOf(iso: string): number {
  return toUtcDay(iso);
}

function isoOf(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

function describeRange([lo, hi]: Range): string {
  if (lo === -Infinity && hi === Infinity) return 'any day';
  if (lo === -Infinity) return `up to ${isoOf(hi)}`;
  if (hi === Infinity) return `from ${isoOf(lo)}`;
  return `${isoOf(lo)}..${isoOf(hi)}`;
}

/** The set as the analyst reads it: its ranges when few, else its outer bounds. */
function describe(set: DaySet): string {
  if (!set.length) return 'no day';
  if (set.length <= 3) return set.map(describeRange).join(' or ');
  const lo = set[0]![0];
  const hi = set[set.length - 1]![1];
  return `${set.length} stretches between ${Number.isFinite(lo) ? isoOf(lo) : 'any day'} and ${Number.isFinite(hi) ? isoOf(hi) : 'now'}`;
}

// ---------------------------------------------------------------- name periods

interface PeriodRule {
  key: string;
  pattern: RegExp;
  set: DaySet;
  what: string;
  span: string;
}

interface PeriodTable {
  rules: PeriodRule[];
  problems: string[];
}

let periodTable: PeriodTable | null = null;

function periodsPath(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const path = join(dir, 'data', 'periods', 'names.tsv');
    if (existsSync(path)) return path;
    dir = dirname(dir);
  }
  return null;
}

/** The packaged data/periods/names.tsv, read once. */
function periods(): PeriodTable {
  periodTable ??= readPeriods(periodsPath());
  return periodTable;
}

/** A periods table (names.tsv format); bad rows are skipped and reported, never thrown. */
export function readPeriods(path: string | null): PeriodTable {
  const table: PeriodTable = { rules: [], problems: [] };
  if (!path) {
    table.problems.push('data/periods/names.tsv not found: no name periods are used');
    return table;
  }
  let raw = '';
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    table.problems.push(`cannot read ${path}: ${(e as Error).message}`);
  }
  const byKey = new Map<string, PeriodRule>();
  raw.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const rule = parseRow(line.split('\t'), `${path}:${i + 1}`, table.problems);
    if (!rule) return;
    const known = byKey.get(rule.key);
    if (known) {
      known.set = normalise([...known.set, ...rule.set]);
      known.span += `, ${rule.span}`;
    } else {
      byKey.set(rule.key, rule);
    }
  });
  table.rules = [...byKey.values()];
  return table;
}

function parseRow(cols: string[], where: string, problems: string[]): PeriodRule | null {
  const [key, source, from, until, kind, what] = cols.map((c) => c.trim());
  if (cols.length < 6 || !key || !source || !from || !until || !kind || !what) {
    problems.push(`${where}: expected 7 tab-separated columns`);
    return null;
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, 'gu');
  } catch (e) {
    problems.push(`${where}: bad pattern: ${(e as Error).message}`);
    return null;
  }
  const okDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValidDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
  if (!okDate(from) || (until !== '-' && !okDate(until))) {
    problems.push(`${where}: dates must be YYYY-MM-DD (until may be "-")`);
    return null;
  }
  if (kind !== 'name' && kind !== 'office' && kind !== 'upcoming') {
    problems.push(`${where}: kind must be name, office or upcoming`);
    return null;
  }
  const lag = kind === 'name' ? NAME_LAG_DAYS : 0;
  const hi = until === '-' ? Infinity : dayOf(until) + lag;
  return { key, pattern, set: [[dayOf(from), hi]], what, span: `${from}..${until === '-' ? 'now' : until}` };
}

/** A name written as past ("former President", "formerly known as the ...") says nothing of the page's date. */
const WRITTEN_AS_PAST =
  /\b(?:former|ex|then|late|ousted|deposed|toppled|previously|formerly|once|erstwhile|onetime|renamed from)\b[\s-]+(?:(?:known|called|named)\s+(?:as\s+)?)?(?:the\s+)?(?:(?:US|U\.S\.|American|Syrian|Russian|Turkish|UN)\s+)?$/i;

// ---------------------------------------------------------------- year-less dates as past or to come

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const PART = '(?:(?:the\\s+)?(start|beginning|middle|end)\\s+of\\s+|(early|mid|late)[- ]?)?';
/** Not followed by a year or another number: "January 22" but not "January 22, 2014" or "December 2013". */
const NO_YEAR = '(?![,.]?\\s*\\d|[\\p{L}\\d-])';
const YEARLESS = new RegExp(`\\b${PART}${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?${NO_YEAR}|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}${NO_YEAR}`, 'gu');

/** "the end of December." keeps its sentence's full stop out of the quote ("Dec." keeps its own). */
const FULL_MONTH_DOT = /(January|February|March|April|May|June|July|August|September|October|November|December)\.$/;

const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Words that put what follows in the future or the past; the nearest one before the date decides. */
const CUE =
  /\b(?:(scheduled|slated|set (?:for|to)|planned|due|expected|upcoming|forthcoming|proposed|will|going to|next|postponed (?:to|until)|deadline)|(since|back in|earlier|last|ago|was|were|had|did|missing|killed|kidnapped|abducted|captured|arrested|detained|released|freed|died|began|started|launched|happened|occurred|took place|said|announced|declared|claimed|reported))\b/gi;

type Tense = 'past' | 'future';

/** Verbs of saying: what follows them may be a plan ("officials said elections on June 3, 2014"). */
const SAYING = /^(?:said|announced|declared|claimed|reported)$/i;

/** The tense the nearest cue before `at` (in the same sentence) gives, and that cue. */
function cueBefore(text: string, at: number): { tense: Tense; cue: string } | null {
  const windowStart = Math.max(0, at - 80);
  let before = text.slice(windowStart, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (stop >= 0) before = before.slice(stop + 1);
  let found: { tense: Tense; cue: string } | null = null;
  for (const m of before.matchAll(CUE)) found = { tense: m[1] ? 'future' : 'past', cue: m[0] };
  return found;
}

function tenseBefore(text: string, at: number): Tense | null {
  return cueBefore(text, at)?.tense ?? null;
}

interface Mention {
  written: string;
  tense: Tense;
  set: DaySet;
}

/** Year-less sets by reference: the same few recur across pages, and each spans two centuries. */
const yearlessMemo = new Map<string, DaySet>();

/** The days a year-less reference allows the page to be written on, over every plausible year. */
function yearlessSet(month: number, first: number, last: number | null, tense: Tense, horizon: number): DaySet {
  const key = `${month}|${first}|${last}|${tense}|${horizon}`;
  let set = yearlessMemo.get(key);
  if (!set) yearlessMemo.set(key, (set = buildYearlessSet(month, first, last, tense, horizon)));
  return set;
}

function buildYearlessSet(month: number, first: number, last: number | null, tense: Tense, horizon: number): DaySet {
  const ranges: Range[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const end = last ?? new Date(Date.UTC(y, month, 0)).getUTCDate();
    if (!isValidDate(y, month, first) || !isValidDate(y, month, end)) continue;
    const lo = dayOf(isoDate(y, month, first));
    const hi = dayOf(isoDate(y, month, end));
    ranges.push(tense === 'past' ? [lo, hi + horizon] : [lo - horizon, hi]);
  }
  return normalise(ranges);
}

function yearlessMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(YEARLESS)) {
    if (out.length >= MAX_MENTIONS) break;
    const monthName = (m[3] ?? m[6] ?? '').slice(0, 3).toLowerCase();
    const month = MONTH_NUMBER[monthName];
    if (!month) continue;
    const dayText = m[4] ?? m[5];
    const part = m[1] ?? m[2];
    // A bare month name with neither day nor part ("in November") still counts when cued.
    let first = 1;
    let last: number | null = null;
    if (dayText) {
      first = Number(dayText);
      last = first;
      if (first < 1 || first > 31) continue;
    } else if (part === 'start' || part === 'beginning' || part === 'early') {
      last = 10;
    } else if (part === 'middle' || part === 'mid') {
      first = 11;
      last = 20;
    } else if (part === 'end' || part === 'late') {
      first = 21;
    }
    const tense = tenseBefore(text, m.index!);
    if (!tense) continue;
    const horizon = dayText || part ? YEARLESS_DAY_HORIZON_DAYS : YEARLESS_MONTH_HORIZON_DAYS;
    const set = yearlessSet(month, first, last, tense, horizon);
    if (set.length) out.push({ written: m[0].replace(FULL_MONTH_DOT, '$1'), tense, set });
  }
  return out;
}

// ---------------------------------------------------------------- comments

interface CommentDates {
  /** Dates that stand as a comment's own time stamp ("February 10, 2015", "March 3, 2016 at 4:12 pm"). */
  stamps: string[];
  /** Dates written inside comments (quoted tweets, references): when the thread was talking. */
  quoted: string[];
}

const STAMP_REST = /^[\s,|•·–—-]*(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[\s,|•·–—-]*(?:Reply|Permalink|Report)?\s*$/i;

function commentDates(text: string, zones: Zone[]): CommentDates {
  const out: CommentDates = { stamps: [], quoted: [] };
  for (const z of zones) {
    if (z.kind !== 'comment') continue;
    for (const d of findDates(text, z.start, Math.min(z.end, z.start + MAX_SCAN_CHARS))) {
      const iso = fullDate(d);
      if (!iso) continue;
      const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
      let lineEnd = text.indexOf('\n', d.end);
      if (lineEnd === -1) lineEnd = text.length;
      const before = text.slice(lineStart, d.start);
      const after = text.slice(d.end, lineEnd);
      const stamp = /^[\s•·*-]*(?:(?:posted|published|on)\s*:?\s*)?$/i.test(before) && STAMP_REST.test(after);
      (stamp ? out.stamps : out.quoted).push(iso);
    }
  }
  out.stamps.sort();
  out.quoted.sort();
  return out;
}

// ---------------------------------------------------------------- evidence

interface Evidence {
  set: DaySet;
  /** For the message: what the text says and what it implies. */
  says: string;
  /** Year-less references read as past or to come: dropped when they conflict with the rest. */
  soft?: boolean;
}

/** The text of the zones that speak for the page itself: not comments, not captions. */
function reportingText(text: string, zones: Zone[]): string {
  const parts: string[] = [];
  let size = 0;
  for (const z of zones) {
    if (z.kind === 'comment' || z.kind === 'caption') continue;
    parts.push(text.slice(z.start, z.end));
    size += z.end - z.start;
    if (size > MAX_SCAN_CHARS) break;
  }
  return parts.join('\n');
}

function nameEvidence(reporting: string): Evidence[] {
  const out: Evidence[] = [];
  for (const rule of periods().rules) {
    rule.pattern.lastIndex = 0;
    for (const m of reporting.matchAll(rule.pattern)) {
      if (WRITTEN_AS_PAST.test(reporting.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      out.push({ set: rule.set, says: `"${m[0]}" (${rule.what} ${rule.span})` });
      break;
    }
  }
  return out;
}

function strictEvidence(text: string, zones: Zone[], comments: CommentDates): Evidence[] {
  const reporting = reportingText(text, zones);
  const out = nameEvidence(reporting);
  for (const m of yearlessMentions(reporting)) {
    out.push({ set: m.set, says: `"${m.written}" written as ${m.tense === 'past' ? 'past' : 'still to come'}`, soft: true });
  }
  // A full date the page writes as an event past (not merely after "said"): the page is no earlier.
  for (const d of findDates(reporting)) {
    const iso = fullDate(d);
    const cue = iso ? cueBefore(reporting, d.start) : null;
    if (iso && cue?.tense === 'past' && !SAYING.test(cue.cue)) {
      out.push({ set: [[dayOf(iso), Infinity]], says: `"${reporting.slice(d.start, d.end)}" written as past` });
    }
  }
  // A photo is taken before the page that shows it.
  for (const z of zones) {
    if (z.kind !== 'caption') continue;
    for (const d of findDates(text, z.start, z.end)) {
      const iso = fullDate(d);
      if (iso) out.push({ set: [[dayOf(iso), Infinity]], says: `a photo caption is dated ${iso}` });
    }
  }
  // A comment is written after its article.
  const firstStamp = comments.stamps[0];
  if (firstStamp) out.push({ set: [[-Infinity, dayOf(firstStamp)]], says: `the first reader comment is dated ${firstStamp}` });
  const seen = new Set<string>();
  return out.filter((e) => !seen.has(e.says) && seen.add(e.says));
}

function intersectAll(evidence: Evidence[], from: DaySet = EVERY_DAY): DaySet {
  let set = from;
  for (const e of evidence) set = intersect(set, e.set);
  return set;
}

interface Combined {
  /** The days every piece of evidence allows (the soft ones dropped if they conflict). */
  set: DaySet;
  used: Evidence[];
  /** Set when the soft evidence conflicted with the rest and was dropped. */
  note: string;
}

/** All the evidence together, or the hard evidence alone when the year-less references conflict with it. */
function combine(evidence: Evidence[], fits: (set: DaySet) => boolean = (set) => set.length > 0): Combined {
  const hard = evidence.filter((e) => !e.soft);
  const hardSet = intersectAll(hard);
  const all = intersectAll(evidence.filter((e) => e.soft), hardSet);
  if (fits(all) || !hardSet.length || hard.length === evidence.length) return { set: all, used: evidence, note: '' };
  return { set: hardSet, used: hard, note: ' (year-less dates written as past or to come were set aside: they conflict with the rest)' };
}

/** Days of the set within the years dates can have: how much it still allows. */
function measure(set: DaySet): number {
  const lo = dayOf(`${FIRST_YEAR}-01-01`);
  const hi = dayOf(`${LAST_YEAR}-12-31`);
  let n = 0;
  for (const [a, b] of set) n += Math.max(0, Math.min(b, hi) - Math.max(a, lo) + 1);
  return n;
}

/**
 * The evidence that narrows the page from `start` to `target` (or until `done`), most telling first
 * (greedy), at most five items: the message names what decided, not everything found.
 */
function because(used: Evidence[], target: DaySet, start: DaySet = EVERY_DAY, done: (set: DaySet) => boolean = () => false): string {
  const goal = measure(target);
  const chosen: Evidence[] = [];
  let set = start;
  let left = [...used];
  while (left.length && measure(set) > goal && !done(set) && chosen.length < 5) {
    let best = left[0]!;
    let bestSize = Infinity;
    for (const e of left) {
      const size = measure(intersect(set, e.set));
      if (size < bestSize) [best, bestSize] = [e, size];
    }
    if (bestSize >= measure(set)) break;
    chosen.push(best);
    set = intersect(set, best.set);
    left = left.filter((e) => e !== best);
  }
  if (!chosen.length && start === EVERY_DAY) return used.slice(0, 5).map((e) => e.says).join('; ');
  return chosen.map((e) => e.says).join('; ');
}

// ---------------------------------------------------------------- the two questions

/** The years in which month/day falls inside the set. */
function yearsWithin(md: PartialDate, set: DaySet): number[] {
  const years: number[] = [];
  if (!set.length) return years;
  const lo = set[0]![0];
  const hi = set[set.length - 1]![1];
  const firstYear = lo === -Infinity ? FIRST_YEAR : Math.max(FIRST_YEAR, Number(isoOf(lo).slice(0, 4)));
  const lastYear = hi === Infinity ? LAST_YEAR : Math.min(LAST_YEAR, Number(isoOf(hi).slice(0, 4)));
  for (let y = firstYear; y <= lastYear; y++) {
    if (!isValidDate(y, md.month, md.day!)) continue;
    const day = dayOf(isoDate(y, md.month, md.day!));
    if (set.some(([a, b]) => a <= day && day <= b)) years.push(y);
  }
  return years;
}

/** The year of a year-less title or dateline date, from what the page names and mentions. */
function inferYear(md: PartialDate, text: string, evidence: Evidence[]): { date: Inference | null; why: string } {
  const written = text.slice(md.start, md.end);
  // Year-less references alone repeat every year: they can choose between years, never name one.
  if (!evidence.some((e) => !e.soft)) return { date: null, why: 'nothing in the page (a dated name, a dated comment or caption) gives the year' };
  const { set, used, note } = combine(evidence, (s) => yearsWithin(md, s).length > 0);
  const years = yearsWithin(md, set);
  if (years.length === 1) {
    const y = years[0]!;
    const day = dayOf(isoDate(y, md.month, md.day!));
    return {
      date: {
        published: isoDate(y, md.month, md.day!),
        precision: 1,
        span: { start: md.start, end: md.end },
        why: `year ${y} inferred for "${written}": ${because(used, [[day, day]], EVERY_DAY, (s) => yearsWithin(md, s).length === 1)}${note}`,
      },
      why: '',
    };
  }
  const reasons = because(used, set);
  if (!years.length) return { date: null, why: `no year fits the page's evidence (${reasons})` };
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const list =
    last === LAST_YEAR ? `${first} or later` : first === FIRST_YEAR ? `${last} or earlier` : years.length > 4 ? `${first}..${last}` : years.join(', ');
  return { date: null, why: `the page's evidence (${reasons}) allows ${list}` };
}

/** The month a set of days mostly falls in, when the set is narrow enough to say so. */
function monthOf(set: DaySet): { month: string; share: number } | null {
  if (!set.length) return null;
  const lo = set[0]![0];
  const hi = set[set.length - 1]![1];
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi - lo + 1 > MAX_MONTH_WINDOW_DAYS) return null;
  const days = new Map<string, number>();
  let total = 0;
  for (const [a, b] of set) {
    for (let d = a; d <= b; d++) {
      const m = isoOf(d).slice(0, 7);
      days.set(m, (days.get(m) ?? 0) + 1);
      total++;
    }
  }
  for (const [month, n] of days) if (n * 2 > total) return { month, share: n / total };
  return null;
}

/** A page with no date written where dates go: the month, from its evidence and its comments. */
function inferMonth(evidence: Evidence[], comments: CommentDates): { date: Inference | null; why: string } {
  const { set: strict, used, note } = combine(evidence);
  if (!strict.length) return { date: null, why: `the page's evidence conflicts (${because(used, strict)})` };
  // Strict evidence alone may already be narrow.
  const lo = strict[0]![0];
  const hi = strict[strict.length - 1]![1];
  if (Number.isFinite(lo) && Number.isFinite(hi) && hi - lo + 1 <= MAX_FEW_DAYS) {
    const mid = Math.floor((lo + hi) / 2);
    const why = `publication inferred within ${describe(strict)} (the middle day taken, precision of a few days): ${because(used, strict)}${note}`;
    return { date: { published: isoOf(mid), precision: 2, span: null, why }, why: '' };
  }
  // Comments follow their article within days: the thread tells when the page was read.
  const heuristics: Evidence[] = [];
  const firstStamp = comments.stamps[0];
  if (firstStamp) {
    const d = dayOf(firstStamp);
    heuristics.push({ set: [[d - COMMENT_ONSET_DAYS, d]], says: `comments start within days of their article (first comment ${firstStamp})` });
  } else if (comments.quoted.length) {
    const latest = comments.quoted[comments.quoted.length - 1]!;
    const d = dayOf(latest);
    const near = comments.quoted.filter((q) => d - dayOf(q) <= QUOTED_CLUSTER_DAYS);
    if (near.length >= 2) {
      heuristics.push({
        set: [[d - COMMENT_ONSET_DAYS, d + COMMENT_ONSET_DAYS]],
        says: `the comments quote dates from ${near[0]} to ${latest}, so they were written around ${latest}, within days of the article`,
      });
    }
  }
  for (const h of heuristics) {
    const narrowed = intersect(strict, h.set);
    const month = monthOf(narrowed);
    if (month) {
      const strictPart = because(used, narrowed, h.set);
      return { date: monthInference(month, describe(narrowed), [h.says, strictPart].filter(Boolean).join('; ') + note), why: '' };
    }
  }
  const month = monthOf(strict);
  if (month) return { date: monthInference(month, describe(strict), because(used, strict) + note), why: '' };
  if (!evidence.some((e) => !e.soft) && !heuristics.length) return { date: null, why: 'nothing in the page (a dated name, a dated comment or caption) to infer one from' };
  const all = [because(used, strict), ...heuristics.map((h) => h.says)].filter(Boolean).join('; ');
  return { date: null, why: `the page's evidence (${all}) leaves ${describe(strict)}, too wide to name a month` };
}

function monthInference({ month, share }: { month: string; share: number }, window: string, reasons: string): Inference {
  const most = share < 1 ? ` (${Math.round(share * 100)}% of it in ${month})` : '';
  return {
    published: `${month}-15`,
    precision: 3,
    span: null,
    why: `publication month ${month} inferred (date set to the 15th, month precision): the evidence leaves ${window}${most}: ${reasons}`,
  };
}

/**
 * The publication date a page's own evidence supports, or null with the reason. `monthDay` is a
 * year-less date read where a publication date is written: then only its year is inferred.
 */
export function inferPublicationDate(input: InferInput): { date: Inference | null; why: string } {
  const { text, zones, monthDay } = input;
  const comments = commentDates(text, zones);
  const evidence = strictEvidence(text, zones, comments);
  if (monthDay && monthDay.day !== null) return inferYear(monthDay, text, evidence);
  return inferMonth(evidence, comments);
}

/** Problems met reading data/periods/names.tsv (for a warning), if any. */
export function periodProblems(): string[] {
  return periods().problems;
}
